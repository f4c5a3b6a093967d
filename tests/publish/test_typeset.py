"""workflow.publish.typeset: real WeasyPrint PDFs with real Debian fonts, checked with poppler-utils.

PDFs are asserted by page count, embedded fonts, extracted text and "no WeasyPrint warnings"
(never by bytes across versions; byte identity is only checked between two builds here).
"""

from __future__ import annotations

import datetime
import http.server
import re
import struct
import subprocess
import threading
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.publish.typeset_samples import DATE, EXPECTED, sample_document
from workflow.errors import TypesetError
from workflow.lang import languages, scripts
from workflow.publish import typeset
from workflow.publish.render import Document, render_document

LANGS = ["en", "fr", "es", "ru", "ar", "ur", "zh", "hi"]
# The script's own family as pdffonts names it (subset prefix removed).
EMBEDDED = {
    "en": "Noto-Serif",
    "fr": "Noto-Serif",
    "es": "Noto-Serif",
    "ru": "Noto-Serif",
    "ar": "Noto-Naskh-Arabic",
    "ur": "Noto-Nastaliq-Urdu",
    "zh": "Noto-Serif-CJK-SC",
    "hi": "Noto-Serif-Devanagari",
}
# ar is built as a two-page draft: RTL page numbering and the draft mark on every page.
PAGES = {lang: 1 for lang in LANGS} | {"ar": 2}
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]")


def run(*args: str | Path) -> str:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, check=True, timeout=60
    ).stdout


def pages(pdf: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)$", run("pdfinfo", pdf), re.M).group(1))  # type: ignore[union-attr]


def fonts(pdf: Path) -> set[str]:
    lines = run("pdffonts", pdf).splitlines()[2:]
    return {line.split()[0].split("+", 1)[-1] for line in lines if line.strip()}


def text(pdf: Path, page: int | None = None) -> str:
    """pdftotext output, normalised: bidi controls and hyphenation removed, spaces collapsed."""
    args: list[str | Path] = ["pdftotext"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = run(*args, pdf, "-")
    out = BIDI_CONTROLS.sub("", out).replace("\u2010\n", "")
    return re.sub(r"\s+", " ", out)


def png(width: int = 8, height: int = 4) -> bytes:
    """A real (tiny) PNG, made with the standard library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\x1d\x3b\x5a" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def document(lang: str) -> Document:
    if lang == "ar":
        return sample_document("ar", draft=True, repeat=6)
    return sample_document(lang)


@dataclass(frozen=True)
class Built:
    doc: Document
    html: str
    pdf: Path
    again: Path
    report: typeset.TypesetReport


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Built]:
    """One PDF per language (and a second build of each, for byte identity)."""
    root = tmp_path_factory.mktemp("pdf")
    assets = root / "assets"
    assets.mkdir()
    out: dict[str, Built] = {}
    for lang in LANGS:
        doc = document(lang)
        html = render_document(doc)
        pdf, again = root / f"release.{lang}.pdf", root / f"again.{lang}.pdf"
        report = typeset.typeset(html, pdf, assets_dir=assets, lang=lang, created=doc.date)
        typeset.typeset(html, again, assets_dir=assets, lang=lang, created=doc.date)
        out[lang] = Built(doc, html, pdf, again, report)
    return out


@pytest.fixture
def assets(tmp_path: Path) -> Path:
    folder = tmp_path / "assets"
    folder.mkdir()
    (folder / "logo.png").write_bytes(png())
    return folder


def page_html(body: str, lang: str = "en", head: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>t</title>'
        f"{head}</head><body><p>Hello.</p>{body}</body></html>"
    )


# ------------------------------------------------------------------ one PDF per language


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_page_count(built: dict[str, Built], lang: str) -> None:
    assert pages(built[lang].pdf) == PAGES[lang] == built[lang].report.pages


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_embedded_fonts(built: dict[str, Built], lang: str) -> None:
    embedded = fonts(built[lang].pdf)
    assert EMBEDDED[lang] in embedded
    # Only families of the language's stylesheet, never a fontconfig fallback.
    stack = languages.parse(lang).typesetting.all_fonts
    allowed = {f.family.replace(" ", "-") for f in stack}
    assert {re.sub(r"-(Bold|Italic|BoldItalic)$", "", name) for name in embedded} <= allowed
    assert set(built[lang].report.fonts) <= {f.family for f in stack}
    if lang == "zh":
        assert not any("JP" in name for name in embedded)


@pytest.mark.slow
@pytest.mark.parametrize("lang", [lang for lang in LANGS if EXPECTED[lang]])
def test_extracted_text(built: dict[str, Built], lang: str) -> None:
    extracted = text(built[lang].pdf)
    expected = EXPECTED[lang]
    assert expected is not None
    if lang == "zh":
        extracted = extracted.replace(" ", "")
    assert expected in extracted
    assert built[lang].doc.title.replace(" ", "" if lang == "zh" else " ") in extracted


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "block"), [("ur", (0x0600, 0x06FF)), ("hi", (0x0900, 0x097F))])
def test_glyph_coverage_where_extraction_is_wrong(
    built: dict[str, Built], lang: str, block: tuple[int, int]
) -> None:
    """Nastaliq and Devanagari PDFs extract wrongly (no ActualText): check coverage instead.

    Every character of the page is in a font that was embedded, the script's font is
    embedded, and the PDF maps glyphs back to the script's characters.
    """
    b = built[lang]
    assert b.report.warnings == ()
    covered: set[int] = set()
    for family in b.report.fonts:
        charset = typeset.font_charset(family)
        assert charset is not None
        covered |= charset
    visible = re.sub(r"<[^>]+>", "", b.html.split("<body>", 1)[1])
    needed = {ord(ch) for ch in visible if unicodedata.category(ch)[0] not in "CZ"}
    assert needed - covered == set()
    script_chars = [ch for ch in text(b.pdf) if block[0] <= ord(ch) <= block[1]]
    assert len(script_chars) > 50


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_no_warnings_and_byte_identical_rebuild(built: dict[str, Built], lang: str) -> None:
    b = built[lang]
    assert b.report.warnings == ()
    assert b.report.blocked == ()
    assert b.pdf.read_bytes() == b.again.read_bytes()


@pytest.mark.slow
def test_rebuild_in_a_fresh_process_is_byte_identical(
    built: dict[str, Built], tmp_path: Path
) -> None:
    b = built["ur"]
    html_file = tmp_path / "ur.html"
    html_file.write_text(b.html, encoding="utf-8")
    out = tmp_path / "ur.pdf"
    code = (
        "import datetime, pathlib, sys; from workflow.publish.typeset import typeset; "
        "p = pathlib.Path(sys.argv[1]); "
        "typeset(p.read_text(encoding='utf-8'), pathlib.Path(sys.argv[2]), "
        "assets_dir=p.parent, lang='ur', created=datetime.date(2024, 6, 20))"
    )
    import sys

    subprocess.run([sys.executable, "-c", code, html_file, out], check=True, timeout=120)
    assert out.read_bytes() == b.pdf.read_bytes()


@pytest.mark.slow
def test_pdf_ua_metadata(built: dict[str, Built]) -> None:
    info = run("pdfinfo", "-isodates", built["ar"].pdf)
    assert re.search(r"^Tagged:\s+yes$", info, re.M)
    assert re.search(r"^CreationDate:\s+2024-06-20T00:00:00", info, re.M)
    assert re.search(r"^ModDate:\s+2024-06-20T00:00:00", info, re.M)
    assert "Title:           باكستان تدعو إلى إطار دولي شامل للأمن السيبراني" in info
    assert "Author:          Permanent Mission of Pakistan to the United Nations" in info


@pytest.mark.slow
def test_localized_page_numbers(built: dict[str, Built]) -> None:
    assert "Page 1 of 1" in text(built["en"].pdf)
    assert "Page 1 sur 1" in text(built["fr"].pdf)
    assert "Страница 1 из 1" in text(built["ru"].pdf)
    assert "第 1 页，共 1 页" in text(built["zh"].pdf)
    # Arabic: on page 2 of 2, the numbers sit in the RTL label.
    page2 = text(built["ar"].pdf, 2)
    assert "الصفحة" in page2 and re.search(r"2\s*من|من\s*2", page2)


@pytest.mark.slow
def test_draft_mark_on_every_page(built: dict[str, Built], tmp_path: Path, assets: Path) -> None:
    doc = sample_document("fr", draft=True, repeat=10)
    pdf = tmp_path / "draft.fr.pdf"
    report = typeset.typeset(
        render_document(doc), pdf, assets_dir=assets, lang="fr", created=doc.date
    )
    assert report.pages == 2
    for page in (1, 2):
        page_text = text(pdf, page)
        assert "BROUILLON — traduction automatique, non relue" in page_text
        assert f"Page {page} sur 2" in page_text
    # The Arabic draft too, on both pages.
    for page in (1, 2):
        assert "مسودة" in text(built["ar"].pdf, page)
    assert "BROUILLON" not in text(built["fr"].pdf)


@pytest.mark.slow
def test_hyphenation_in_french(built: dict[str, Built]) -> None:
    raw = run("pdftotext", built["fr"].pdf, "-")
    assert "\u2010\n" in raw  # "Pakis‐/tan": pyphen's French dictionary at work


# ------------------------------------------------------------------ resources


@pytest.mark.slow
def test_asset_is_served(assets: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "logo.pdf"
    html = render_document(sample_document("en", logo="logo.png"))
    report = typeset.typeset(html, pdf, assets_dir=assets, lang="en", created=DATE)
    assert report.blocked == ()
    images = run("pdfimages", "-list", pdf).splitlines()[2:]
    assert len(images) == 1


@pytest.mark.slow
@pytest.mark.parametrize(
    "src",
    [
        "file:///etc/passwd",
        "/etc/passwd",
        "../../../../../../etc/passwd",
        "http://example.com/x.png",
        "https://example.com/x.png",
        "ftp://example.com/x.png",
        "data:image/png;base64,iVBORw0KGgo=",
        "evil.png",  # a symlink in assets pointing at /etc/passwd
    ],
)
def test_resources_outside_assets_are_refused(assets: Path, tmp_path: Path, src: str) -> None:
    (assets / "evil.png").symlink_to("/etc/passwd")
    html = page_html(f'<img src="{src}" alt="x">')
    pdf = tmp_path / "blocked.pdf"
    with pytest.raises(TypesetError) as info:
        typeset.typeset(html, pdf, assets_dir=assets, lang="en", created=DATE)
    assert "refused" in str(info.value)
    assert not pdf.exists()
    assert "root:" not in str(info.value)
    # Not strict: the PDF is built without the resource, and the refusal is reported.
    report = typeset.typeset(html, pdf, assets_dir=assets, lang="en", created=DATE, strict=False)
    assert len(report.blocked) == 1 and "refused" in report.blocked[0]
    assert run("pdfimages", "-list", pdf).splitlines()[2:] == []
    passwd_line = Path("/etc/passwd").read_text().splitlines()[0]
    assert passwd_line.encode() not in pdf.read_bytes()
    assert "root:" not in text(pdf)


@pytest.mark.slow
def test_stylesheet_urls_are_refused_too(assets: Path, tmp_path: Path) -> None:
    html = page_html(
        '<div style="background: url(/etc/passwd)">x</div>',
        head='<link rel="stylesheet" href="https://example.com/a.css">',
    )
    report = typeset.typeset(
        html, tmp_path / "x.pdf", assets_dir=assets, lang="en", created=DATE, strict=False
    )
    assert len(report.blocked) == 2


@pytest.fixture
def http_server() -> Iterator[tuple[str, list[str]]]:
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(png())

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.slow
def test_network_is_never_contacted(
    assets: Path, tmp_path: Path, http_server: tuple[str, list[str]]
) -> None:
    base, hits = http_server
    html = page_html(f'<img src="{base}/x.png" alt="x">')
    with pytest.raises(TypesetError):
        typeset.typeset(html, tmp_path / "x.pdf", assets_dir=assets, lang="en", created=DATE)
    assert hits == []


def test_fetcher_refuses_directly(assets: Path) -> None:
    fetcher = typeset.AssetFetcher((assets,))
    assert fetcher.fetch((assets / "logo.png").as_uri()).read() == png()
    for url in ("file:///etc/passwd", "http://127.0.0.1/x", "file://host/etc/passwd"):
        with pytest.raises(typeset.ResourceRefused):
            fetcher.fetch(url)
    assert len(fetcher.blocked) == 3


# ------------------------------------------------------------------ fonts and glyphs


@pytest.mark.slow
@pytest.mark.parametrize(
    "char",
    ["\ue000", "\U00010330", "\U0001f600"],  # private use, Gothic (no font in stack), emoji
)
def test_missing_glyph_is_an_error(assets: Path, tmp_path: Path, char: str) -> None:
    pdf = tmp_path / "x.pdf"
    with pytest.raises(TypesetError) as info:
        typeset.typeset(
            page_html(f"<p>a{char}b</p>"), pdf, assets_dir=assets, lang="en", created=DATE
        )
    assert f"U+{ord(char):04X}" in str(info.value)
    assert not pdf.exists()


@pytest.mark.slow
def test_notdef_glyph_from_css_is_caught_after_rendering(assets: Path, tmp_path: Path) -> None:
    # The character only exists after CSS escapes are resolved: the text scan cannot see it,
    # WeasyPrint's own ".notdef" warning must stop the build.
    html = page_html('<p class="x">a</p>', head='<style>.x::after { content: "\\E000"; }</style>')
    with pytest.raises(TypesetError) as info:
        typeset.typeset(html, tmp_path / "x.pdf", assets_dir=assets, lang="en", created=DATE)
    assert "missing glyphs" in str(info.value) and "U+E000" in str(info.value)
    with pytest.raises(TypesetError):  # not even with strict=False
        typeset.typeset(
            html, tmp_path / "x.pdf", assets_dir=assets, lang="en", created=DATE, strict=False
        )


def test_missing_font_names_font_and_package() -> None:
    klingon = scripts.Font("Noto Sans Klingon", "fonts-noto-extra")
    with pytest.raises(TypesetError) as info:
        typeset.check_fonts_installed([klingon], "en")
    assert "Noto Sans Klingon" in str(info.value)
    assert info.value.hint == "apt-get install fonts-noto-extra"


@pytest.mark.parametrize("lang", sorted(scripts.TYPESETTING))
def test_required_fonts_installed_here(lang: str) -> None:
    typeset.check_fonts_installed(languages.parse(lang).typesetting.required_fonts, lang)


def test_font_charset_from_fontconfig() -> None:
    nastaliq = typeset.font_charset("Noto Nastaliq Urdu")
    assert nastaliq is not None and 0x06D2 in nastaliq and ord("A") not in nastaliq
    assert typeset.font_charset("No Such Family 123") is None


def test_harfbuzz_subset_available() -> None:
    # Without libharfbuzz-subset0 a one-page Chinese PDF takes ~24 s instead of 0.5 s.
    assert typeset.has_harfbuzz_subset()


# ------------------------------------------------------------------ warnings and writing


@pytest.mark.slow
def test_weasyprint_warnings_fail_strict_builds(assets: Path, tmp_path: Path) -> None:
    html = page_html('<p style="colr: red">x</p>')
    with pytest.raises(TypesetError) as info:
        typeset.typeset(html, tmp_path / "x.pdf", assets_dir=assets, lang="en", created=DATE)
    assert "colr" in str(info.value)
    report = typeset.typeset(
        html, tmp_path / "x.pdf", assets_dir=assets, lang="en", created=DATE, strict=False
    )
    assert any("colr" in w for w in report.warnings)


@pytest.mark.slow
def test_failed_build_leaves_previous_pdf_untouched(assets: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    pdf = out / "release.en.pdf"
    pdf.write_bytes(b"previous build")
    with pytest.raises(TypesetError):
        typeset.typeset(page_html("<p>\ue000</p>"), pdf, assets_dir=assets, lang="en", created=DATE)
    with pytest.raises(TypesetError):
        typeset.typeset(
            page_html('<img src="/etc/passwd" alt="">'),
            pdf,
            assets_dir=assets,
            lang="en",
            created=DATE,
        )
    assert pdf.read_bytes() == b"previous build"
    typeset.typeset(page_html(""), pdf, assets_dir=assets, lang="en", created=DATE)
    assert pdf.read_bytes().startswith(b"%PDF-1.7")
    assert [p.name for p in out.iterdir()] == ["release.en.pdf"]  # no temp file left


def test_missing_output_folder(assets: Path, tmp_path: Path) -> None:
    with pytest.raises(TypesetError):
        typeset.typeset(
            page_html(""), tmp_path / "nope" / "x.pdf", assets_dir=assets, lang="en", created=DATE
        )


@pytest.mark.slow
def test_created_datetime(assets: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "x.pdf"
    when = datetime.datetime(2024, 6, 20, 14, 30, tzinfo=datetime.UTC)
    typeset.typeset(page_html(""), pdf, assets_dir=assets, lang="en", created=when)
    assert "CreationDate:    2024-06-20T14:30:00" in run("pdfinfo", "-isodates", pdf)
