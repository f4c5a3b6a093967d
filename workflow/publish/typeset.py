"""HTML -> PDF with WeasyPrint (the only WeasyPrint user).

What this adds to WeasyPrint:

- fonts: every family the language needs must be installed (else TypesetError naming the
  font and its Debian package), and every character of the page must be covered by a font
  of the stylesheet's stacks (checked with fontconfig's charsets before rendering); after
  rendering, any ``.notdef`` glyph WeasyPrint reports and any font outside those stacks is an
  error too. A missing glyph is never a silent box.
- resources: a restricted URL fetcher serves files under ``assets_dir`` (and the package's
  own templates) and refuses everything else: other paths (``file:///etc/passwd``,
  ``../`` escapes, symlinks out), network URLs (http, https, ftp), ``data:`` URLs.
- warnings: WeasyPrint's logger is silent by default; its warnings and errors are captured
  during the render and become a TypesetError (or, with ``strict=False``, the report's
  ``warnings`` — missing glyphs and unexpected fonts stay errors).
- PDF/UA-1, deterministic bytes (creation/modification dates from the release, the file
  identifier derived from the content), written atomically (temp file + ``os.replace``).
"""

from __future__ import annotations

import datetime
import logging
import mimetypes
import os
import shutil
import subprocess
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

import weasyprint
import weasyprint.pdf.fonts as weasyprint_fonts
import weasyprint.text.ffi as weasyprint_ffi
from weasyprint.urls import URLFetcher, URLFetcherResponse

from workflow.errors import TypesetError, WorkflowError
from workflow.lang import languages, scripts
from workflow.workspace.fsio import atomic_write

PACKAGE_TEMPLATES = Path(__file__).parent / "templates"
PDF_VARIANT = "pdf/ua-1"
_NOTDEF_MARK = ".notdef glyph rendered"


@dataclass(frozen=True)
class TypesetReport:
    """What a build produced."""

    path: Path
    pages: int
    fonts: tuple[str, ...]  # families embedded in the PDF, sorted
    warnings: tuple[str, ...]  # WeasyPrint warnings kept with strict=False (else empty)
    blocked: tuple[str, ...]  # URLs the fetcher refused
    seconds: float  # wall time of render + write


# --------------------------------------------------------------------------- URL fetcher


class ResourceRefused(ValueError):
    """Raised inside WeasyPrint by the fetcher; WeasyPrint logs it and skips the resource."""


class AssetFetcher(URLFetcher):  # type: ignore[misc]
    """Serves ``file:`` URLs under the allowed folders, refuses everything else.

    Refusals are recorded in ``blocked`` (the URL only, never any content).
    """

    def __init__(self, roots: tuple[Path, ...]) -> None:
        super().__init__(timeout=1, allowed_protocols=("file",), allow_redirects=False)
        self.roots = tuple(root.resolve() for root in roots)
        self.blocked: list[str] = []  # "URL (reason)", never any content
        self.served: list[Path] = []

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
        try:
            path = self._allowed_path(url)
        except ResourceRefused as exc:
            shown = url if len(url) < 200 else url[:200] + "…"
            self.blocked.append(f"{shown} ({exc})")
            raise
        self.served.append(path)
        mime, _ = mimetypes.guess_type(path.name)
        return URLFetcherResponse(
            path.as_uri(),
            body=path.read_bytes(),
            headers={"Content-Type": mime or "application/octet-stream"},
        )

    def _allowed_path(self, url: str) -> Path:
        parts = urlsplit(url)
        if parts.scheme.lower() != "file":
            raise ResourceRefused(f"refused {parts.scheme or 'relative'} URL (only assets)")
        if parts.netloc not in ("", "localhost"):
            raise ResourceRefused("refused file URL on another host")
        try:
            path = Path(url2pathname(parts.path)).resolve(strict=True)  # url2pathname unquotes
        except (OSError, RuntimeError) as exc:
            raise ResourceRefused("no such asset") from exc
        if not any(path.is_relative_to(root) for root in self.roots):
            raise ResourceRefused("refused path outside the assets folder")
        if not path.is_file():
            raise ResourceRefused("not a regular file")
        return path


# --------------------------------------------------------------------------- fonts


def has_harfbuzz_subset() -> bool:
    """True if WeasyPrint found libharfbuzz-subset (fast font subsetting)."""
    return bool(getattr(weasyprint_fonts, "harfbuzz_subset", None))


@dataclass(frozen=True)
class Libraries:
    """WeasyPrint and the C libraries it loaded (for `workflow doctor`)."""

    weasyprint: str
    pango: str
    harfbuzz: str
    harfbuzz_subset: bool


def libraries() -> Libraries:
    """The versions of Pango and HarfBuzz as WeasyPrint loaded them (its own handles: the
    library it found, not whatever else is on the machine)."""
    number = weasyprint_ffi.pango.pango_version()  # major * 10000 + minor * 100 + micro
    pango = f"{number // 10000}.{number // 100 % 100}.{number % 100}"
    return Libraries(weasyprint.__version__, pango, _harfbuzz_version(), has_harfbuzz_subset())


def _harfbuzz_version() -> str:
    """HarfBuzz's version through the one version call WeasyPrint declares,
    hb_version_atleast(major, minor, micro), searched component by component."""
    atleast = weasyprint_ffi.harfbuzz.hb_version_atleast

    def highest(make: Callable[[int], tuple[int, int, int]]) -> int:
        low, high = 0, 1023  # atleast(make(low)) holds; find the last value for which it does
        while low < high:
            mid = (low + high + 1) // 2
            low, high = (mid, high) if atleast(*make(mid)) else (low, mid - 1)
        return low

    major = highest(lambda n: (n, 0, 0))
    minor = highest(lambda n: (major, n, 0))
    micro = highest(lambda n: (major, minor, n))
    return f"{major}.{minor}.{micro}"


@cache
def _fc_list() -> str:
    exe = shutil.which("fc-list")
    if exe is None:
        raise TypesetError(
            "fontconfig's fc-list is not installed", hint="apt-get install fontconfig"
        )
    return exe


@cache
def _installed_faces() -> dict[str, list[tuple[list[str], str]]]:
    """Every installed face by family name: (its style names, its fontconfig charset).

    One ``fc-list`` run per process (about 30 ms for a few hundred faces) instead of one per
    family: a build needs a dozen families, and each worker process builds its own cache.
    """
    result = subprocess.run(
        [_fc_list(), "-f", "%{family}\t%{style}\t%{charset}\n"],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    faces: dict[str, list[tuple[list[str], str]]] = {}
    for line in result.stdout.splitlines():
        if line.count("\t") != 2:
            continue
        families, styles, charset = line.split("\t")
        for family in families.split(","):
            faces.setdefault(family, []).append((styles.split(","), charset))
    return faces


@cache
def font_charset(family: str) -> frozenset[int] | None:
    """Code points the Regular face of an installed family covers; None if not installed."""
    faces = _installed_faces().get(family)
    if not faces:
        return None
    regular = [f for f in faces if "Regular" in f[0]] or faces
    covered: set[int] = set()
    for chunk in regular[0][1].split():
        low, _, high = chunk.partition("-")
        covered.update(range(int(low, 16), int(high or low, 16) + 1))
    return frozenset(covered)


def _stack(langs: Iterable[str]) -> tuple[scripts.Font, ...]:
    """Every font the stylesheets of ``langs`` may name, the first language's first."""
    stack: tuple[scripts.Font, ...] = ()
    for tag in langs:
        stack += tuple(f for f in languages.parse(tag).typesetting.all_fonts if f not in stack)
    return stack


def preload_fonts(langs: Iterable[str]) -> None:
    """Fill this process's font caches for ``langs`` (codes or tags), before forking workers:
    they inherit them instead of each running fc-list and parsing charsets again. Unknown
    languages are skipped; typeset() reports them."""
    for lang in langs:
        try:
            fonts = languages.parse(lang).typesetting.all_fonts
        except WorkflowError:
            continue
        for font in fonts:
            font_charset(font.family)


def check_fonts_installed(fonts: Iterable[scripts.Font], lang: str) -> None:
    """TypesetError naming the font and its Debian package if one of ``fonts`` is missing."""
    for font in fonts:
        if font_charset(font.family) is None:
            raise TypesetError(
                f"font {font.family!r} is not installed",
                lang=lang,
                hint=f"apt-get install {font.package}",
            )


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chars: set[str] = set()
        self.in_title = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.in_title:
            self.in_title -= 1

    def handle_data(self, data: str) -> None:
        # <style> text is included on purpose: generated content (page labels, the draft
        # mark) lives in CSS strings. Property names are ASCII, which every stack covers.
        if not self.in_title:
            self.chars.update(data)


def _needs_glyph(ch: str) -> bool:
    if ch in "\n\r\t\f":
        return False
    return unicodedata.category(ch) not in {"Cc", "Cf", "Zl", "Zp"}


def check_coverage(html: str, lang: str, *, also: Sequence[str] = ()) -> None:
    """TypesetError for every character no font of the language's stacks has.

    If an installed-fonts-only check fails but a known, uninstalled Noto family would cover
    the character, the error names that family and its Debian package.
    """
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    chars = sorted(ch for ch in collector.chars if _needs_glyph(ch))
    stack = _stack((lang, *also))
    installed = [(font, font_charset(font.family)) for font in stack]
    missing: list[str] = []
    needs_install: dict[str, scripts.Font] = {}
    for ch in chars:
        cp = ord(ch)
        if any(cs is not None and cp in cs for _, cs in installed):
            continue
        uninstalled = [font for font, cs in installed if cs is None]
        if uninstalled:
            # Not installed: we cannot know its charset; name it as the likely remedy.
            for font in uninstalled:
                needs_install.setdefault(font.family, font)
        missing.append(f"U+{cp:04X} {unicodedata.name(ch, '?')} ({ch!r})")
    if missing:
        shown = ", ".join(missing[:10]) + (
            f" and {len(missing) - 10} more" if len(missing) > 10 else ""
        )
        hint = "no font of the stylesheet has these glyphs; remove or replace the characters"
        if needs_install:
            fonts = sorted(needs_install.values(), key=lambda f: f.family)
            hint = "not installed: " + ", ".join(
                f"{f.family} (apt-get install {f.package})" for f in fonts
            )
        raise TypesetError(f"missing glyphs: {shown}", lang=lang, hint=hint)


# --------------------------------------------------------------------------- logging


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.thread = threading.get_ident()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            try:
                self.messages.append(record.getMessage())
            except Exception:  # a malformed record must not break the build
                self.messages.append(str(record.msg))


@contextmanager
def _captured_warnings() -> Iterator[_Capture]:
    logger = logging.getLogger("weasyprint")
    handler = _Capture()
    old_level = logger.level
    if old_level == logging.NOTSET or old_level > logging.WARNING:
        logger.setLevel(logging.WARNING)
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)


# --------------------------------------------------------------------------- writing


def _w3c(created: datetime.date | datetime.datetime) -> str:
    if isinstance(created, datetime.datetime):
        return created.replace(microsecond=0).isoformat()
    return created.isoformat()


# --------------------------------------------------------------------------- typeset


def typeset(
    html: str,
    out_pdf: Path,
    *,
    assets_dir: Path,
    lang: str,
    created: datetime.date | datetime.datetime,
    strict: bool = True,
    also: Sequence[str] = (),
) -> TypesetReport:
    """Typeset ``html`` (from render.render_document) into ``out_pdf``.

    Relative URLs resolve against ``assets_dir``; only files under it (and the package's
    templates) can be loaded. Raises TypesetError, and leaves ``out_pdf`` untouched, for: a
    missing font, a character no font covers, a WeasyPrint warning or a refused resource
    (the last two only when ``strict``), a missing output folder. An unwritable one raises
    `atomic_write`'s error (a full disk, a read-only folder: file and cause).

    ``also`` names further languages the page holds (a bilingual proof: the source language):
    their fonts must be installed and may be used too.
    """
    out_pdf = Path(out_pdf)
    if not out_pdf.parent.is_dir():
        _check_inputs(html, out_pdf, (lang, *also), strict=strict)  # names what is wrong first
        raise TypesetError("output folder does not exist", file=out_pdf.parent, lang=lang)
    done = render(
        html, out_pdf, assets_dir=assets_dir, lang=lang, created=created, strict=strict, also=also
    )
    atomic_write(out_pdf, done.pdf)  # a full disk or read-only folder: its typed error
    return TypesetReport(
        path=out_pdf,
        pages=done.pages,
        fonts=done.fonts,
        warnings=done.warnings,
        blocked=done.blocked,
        seconds=done.seconds,
    )


@dataclass(frozen=True)
class Rendered:
    """A typeset PDF, not written yet (what a cluster's worker sends back)."""

    pdf: bytes
    pages: int
    fonts: tuple[str, ...]
    warnings: tuple[str, ...]
    blocked: tuple[str, ...]
    seconds: float


def render(
    html: str,
    out_pdf: Path,
    *,
    assets_dir: Path,
    lang: str,
    created: datetime.date | datetime.datetime,
    strict: bool = True,
    also: Sequence[str] = (),
) -> Rendered:
    """`typeset` without the write: the PDF's bytes. ``out_pdf`` only names it in errors."""
    langs = (lang, *also)
    _check_inputs(html, out_pdf, langs, strict=strict, folder=False)
    assets = Path(assets_dir)
    fetcher = AssetFetcher((assets, PACKAGE_TEMPLATES))
    started = time.perf_counter()
    document, pdf, messages = _render(html, out_pdf, lang, assets, fetcher, created)
    seconds = time.perf_counter() - started
    used = _check_output(document, messages, fetcher, out_pdf, langs, assets, strict=strict)
    return Rendered(
        pdf=pdf,
        pages=len(document.pages),
        fonts=used,
        warnings=tuple(messages),
        blocked=tuple(fetcher.blocked),
        seconds=seconds,
    )


def _check_inputs(
    html: str, out_pdf: Path, langs: Sequence[str], *, strict: bool, folder: bool = True
) -> None:
    """Before rendering: languages we typeset, HarfBuzz, installed fonts, glyph coverage, and
    an output folder. ``langs[0]`` is the page's language."""
    lang = langs[0]
    rules = [languages.parse(tag).typesetting for tag in langs]  # LanguageError early
    if strict and not has_harfbuzz_subset():
        raise TypesetError(
            "HarfBuzz subsetting is not available: WeasyPrint would fall back to fontTools"
            " (a one-page Chinese PDF then takes ~24 s instead of 0.5 s)",
            lang=lang,
            hint="apt-get install libharfbuzz-subset0",
        )
    for tag, typesetting in zip(langs, rules, strict=True):
        check_fonts_installed(typesetting.required_fonts, tag)
    check_coverage(html, lang, also=langs[1:])
    if folder and not out_pdf.parent.is_dir():
        raise TypesetError("output folder does not exist", file=out_pdf.parent, lang=lang)


def _render(
    html: str,
    out_pdf: Path,
    lang: str,
    assets: Path,
    fetcher: AssetFetcher,
    created: datetime.date | datetime.datetime,
) -> tuple[Any, bytes, list[str]]:
    """WeasyPrint's rendered document, the PDF bytes, and the warnings it logged meanwhile."""
    base_url = str(assets.resolve()) + os.sep
    with _captured_warnings() as capture:
        try:
            document = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher).render()
            document.metadata.created = _w3c(created)
            document.metadata.modified = _w3c(created)
            pdf = document.write_pdf(pdf_variant=PDF_VARIANT, pdf_identifier=True)
        except TypesetError:
            raise
        except Exception as exc:  # WeasyPrint raises assorted errors on bad input
            raise TypesetError(
                f"WeasyPrint failed: {type(exc).__name__}: {exc}", file=out_pdf, lang=lang
            ) from exc
    return document, pdf, list(capture.messages)


def _check_output(
    document: Any,
    messages: list[str],
    fetcher: AssetFetcher,
    out_pdf: Path,
    langs: Sequence[str],
    assets: Path,
    *,
    strict: bool,
) -> tuple[str, ...]:
    """After rendering: no missing glyph, no font outside the stacks, and (when ``strict``)
    no refused resource and no warning. Returns the font families used, sorted."""
    lang = langs[0]
    notdef = [m for m in messages if _NOTDEF_MARK in m]
    if notdef:
        raise TypesetError(
            "missing glyphs: " + "; ".join(sorted(set(notdef))[:10]),
            file=out_pdf,
            lang=lang,
            hint="a font for these characters is missing",
        )
    allowed = {font.family for font in _stack(langs)}
    used = tuple(sorted({font.family for font in document.fonts.values()}))
    unexpected = [family for family in used if family not in allowed]
    if unexpected:
        raise TypesetError(
            "text fell back to fonts outside the stylesheet: " + ", ".join(unexpected),
            file=out_pdf,
            lang=lang,
            hint="a character is missing from the language's fonts",
        )
    if strict and fetcher.blocked:
        raise TypesetError(
            "refused resources: " + "; ".join(fetcher.blocked[:10]),
            file=out_pdf,
            lang=lang,
            hint=f"only files under {assets} can be used (no network, no other paths)",
        )
    if strict and messages:
        raise TypesetError(
            "WeasyPrint warnings: " + "; ".join(messages[:10]),
            file=out_pdf,
            lang=lang,
            hint="fix the HTML/CSS, or build with strict=False to keep them as warnings",
        )
    return used
