"""A translated document -> one self-contained HTML page for the typesetter (the only Jinja2 user).

The body arrives as safe HTML (the Markdown renderer runs with raw HTML disabled); everything
else is plain text and is escaped. Front matter is rendered in the target locale (dates and
language names from `workflow.lang.languages`: CLDR through Babel), page furniture ("Page 2
of 3", the draft mark, ...) comes from ``data/labels.json``.

Bidi: WeasyPrint does not reorder text across inline elements and ignores ``unicode-bidi`` and
bare ``<bdi>``, so inside RTL text every Latin run (names, e-mails, phone numbers, figures) is
put in its own ``<span dir="ltr">`` (with a Latin font), and inside LTR text every RTL run in a
``<span dir="rtl">``: see ``isolate_ltr_runs``.
"""

from __future__ import annotations

import datetime
import html
import json
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from typing import Any

import jinja2
from markupsafe import Markup, escape

from workflow.errors import LanguageError, TypesetError
from workflow.lang import languages, scripts
from workflow.lang.languages import Language
from workflow.publish.proof import Row as ProofRow
from workflow.publish.proof import Summary as ProofSummary

TEMPLATES_DIR = Path(__file__).parent / "templates"
LABELS_FILE = Path(__file__).parent / "data" / "labels.json"
LABEL_KEYS = (
    "press_release",
    "dateline",
    "original",
    "page",
    "draft",
    "draft_partly",
    "draft_partly_machine",
    "draft_untranslated",
    "draft_checks",
    "untranslated",
    "draft_short",
    "end",
    "contact",
)
# Why a document is a draft -> the label on its pages, so that the label tells the truth.
DRAFT_LABELS = {
    "machine": "draft",  # machine text not reviewed (nothing untranslated)
    "partly": "draft_partly",  # some segments untranslated, the rest reviewed
    "partly_machine": "draft_partly_machine",  # some untranslated, some machine
    "untranslated": "draft_untranslated",  # nothing translated at all
    "checks": "draft_checks",  # every segment reviewed, but a check error remains
}
# An untranslated segment shown in the source language travels through the Markdown renderer
# between these two private-use characters; the renderer turns the pair into the language's
# mark ("[non traduit : …]") around an isolate in the source language's direction.
UNTRANSLATED_OPEN = "\ue000"
UNTRANSLATED_CLOSE = "\ue001"
_SENTINELS = UNTRANSLATED_OPEN + UNTRANSLATED_CLOSE


def untranslated(source: str) -> str:
    """A source segment marked as untranslated (rendered as the language's mark)."""
    return UNTRANSLATED_OPEN + without_marks(source) + UNTRANSLATED_CLOSE


def without_marks(text: str) -> str:
    """`text` without the characters that carry the untranslated mark (never from inputs)."""
    return text.translate({ord(ch): None for ch in _SENTINELS})


def draft_reason(*, untranslated: int, machine: int, reviewed: int) -> str:
    """Why a document that may not be published is a draft (a key of DRAFT_LABELS)."""
    if untranslated and not machine and not reviewed:
        return "untranslated"
    if untranslated:
        return "partly_machine" if machine else "partly"
    return "machine" if machine else "checks"


BASE_FONT_SIZE_PT = 10.5


@dataclass(frozen=True, kw_only=True)
class Document:
    """A release in one language, ready to typeset.

    ``body_html`` is trusted: it must come from the project's Markdown renderer (raw HTML
    disabled). Every other field is plain text and gets escaped.
    """

    lang: str  # BCP 47 target language, e.g. "fr", "zh-Hans"
    title: str  # plain text, already translated
    dateline_place: str  # "New York", translated
    date: datetime.date  # release date (also the PDF's creation date)
    body_html: str  # safe HTML from the Markdown renderer
    organisation: str  # issuer, shown in the masthead and as the PDF author
    source_lang: str  # language the release was written in
    draft: bool = False  # may not be published: watermark and label every page
    draft_reason: str = "machine"  # a key of DRAFT_LABELS: what the label says
    logo: str | None = None  # path relative to the workspace assets folder, e.g. "logo.png"
    contact: str | None = None  # plain text block (lines kept)

    def __post_init__(self) -> None:
        if not isinstance(self.date, datetime.date):
            raise TypesetError(f"date must be a datetime.date, got {self.date!r}", lang=self.lang)
        if self.draft_reason not in DRAFT_LABELS:
            raise TypesetError(f"unknown draft reason {self.draft_reason!r}", lang=self.lang)
        if self.logo is not None:
            path = PurePosixPath(self.logo)
            if (
                not self.logo
                or path.is_absolute()
                or ":" in self.logo
                or "\\" in self.logo
                or ".." in path.parts
            ):
                raise TypesetError(
                    f"logo must be a relative path inside the assets folder, got {self.logo!r}",
                    lang=self.lang,
                    hint="e.g. logo: logo.png, with the file in assets/",
                )


def _typeset_language(tag: str) -> tuple[Language, scripts.Typesetting]:
    """The language of a BCP 47 tag and how we typeset it; LanguageError if we do not."""
    language = languages.parse(tag)
    return language, language.typesetting


# --------------------------------------------------------------------------- labels


@cache
def _all_labels() -> dict[str, dict[str, str]]:
    data = json.loads(LABELS_FILE.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def labels(lang: str) -> dict[str, str]:
    """Page-furniture labels for a language (by its primary subtag)."""
    base = _typeset_language(lang)[0].base
    found = _all_labels().get(base)
    if found is None:
        raise LanguageError(
            f"no labels for language {lang!r}",
            file=LABELS_FILE,
            lang=lang,
            hint="add the language to workflow/publish/data/labels.json",
        )
    missing = [k for k in LABEL_KEYS if k not in found]
    if missing:
        raise LanguageError(
            f"labels for {base!r} lack {', '.join(missing)}", file=LABELS_FILE, lang=lang
        )
    return dict(found)


# --------------------------------------------------------------------------- bidi isolation

_CODE_ELEMENTS = {"code", "pre", "kbd", "samp"}
_BIDI_CONTROLS = {chr(c) for c in (0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))}
_NEUTRALS = {"WS", "CS", "ES", "ET", "ON", "NSM", "BN"}


def _arabic_block(ch: str) -> bool:
    o = ord(ch)
    return 0x0590 <= o <= 0x08FF or 0xFB1D <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF


def _ltr_strong(ch: str) -> bool:
    bidi = unicodedata.bidirectional(ch)
    return bidi == "L" or (bidi == "EN" and not _arabic_block(ch))


def _ltr_joiner(ch: str) -> bool:
    """Neutral characters kept inside a Latin run (spaces, '.', '@', '-', ...)."""
    if ch in _BIDI_CONTROLS or ch in "\n\r\t":
        return False
    o = ord(ch)
    if not (o < 0x0590 or 0x2000 <= o <= 0x206F):
        return False
    return unicodedata.bidirectional(ch) in _NEUTRALS


def _rtl_strong(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in {"R", "AL", "AN"}


def _rtl_joiner(ch: str) -> bool:
    """Neutral characters kept inside an RTL run (space, ZWNJ, Arabic comma, marks)."""
    if ch in _BIDI_CONTROLS or ch in "\n\r\t":
        return False
    bidi = unicodedata.bidirectional(ch)
    if ch == " " or ch == "\u00a0" or bidi in {"NSM", "BN"}:
        return True
    return _arabic_block(ch) and bidi in _NEUTRALS | {"EN"}


def _wrap_runs(text: str, rtl_context: bool) -> str:
    """Escape ``text`` and wrap each opposite-direction run in ``<span dir=...>``."""
    strong, joiner = (_ltr_strong, _ltr_joiner) if rtl_context else (_rtl_strong, _rtl_joiner)
    tag = '<span dir="ltr">' if rtl_context else '<span dir="rtl">'
    out: list[str] = []
    i, n = 0, len(text)
    plain_start = 0
    while i < n:
        if not strong(text[i]):
            i += 1
            continue
        start = i
        # A leading "+" belongs to a phone number: "+92 51 123".
        if (
            rtl_context
            and start > 0
            and text[start - 1] == "+"
            and (start == 1 or text[start - 2].isspace())
        ):
            start -= 1
        end = i + 1
        j = i + 1
        while j < n and (strong(text[j]) or joiner(text[j])):
            if strong(text[j]) or unicodedata.bidirectional(text[j]) == "NSM":
                end = j + 1
            elif not rtl_context and _arabic_block(text[j]):
                end = j + 1  # Arabic comma / question mark belong to the RTL phrase
            j += 1
        run = text[start:end]
        out.append(html.escape(text[plain_start:start], quote=False))
        if rtl_context and not any(ch.isalpha() for ch in run):
            # Figures, dates, phone numbers: one unbreakable LTR unit.
            out.append('<span dir="ltr" class="figure">')
        else:
            out.append(tag)
        out.append(html.escape(run, quote=False) + "</span>")
        plain_start = i = end
    out.append(html.escape(text[plain_start:], quote=False))
    return "".join(out)


@dataclass(frozen=True)
class Marks:
    """How untranslated segments are marked on a page, from the language's label
    ("[non traduit : {text}]", "غير مترجم: [{text}]"): the label's text before and after the
    segment, and the marks that touch the segment ("[", "]"), which go inside the isolate
    with it, in the source language's direction."""

    before: str  # "غير مترجم: "
    open: str  # "["
    close: str  # "]"
    after: str  # ""
    source_lang: str  # BCP 47 tag
    source_rtl: bool

    @classmethod
    def of(cls, lang: str, source_lang: str) -> Marks:
        before, _, after = labels(lang)["untranslated"].partition("{text}")
        source = _typeset_language(source_lang)[0]
        if _typeset_language(lang)[0].direction == "rtl" and source.direction == "ltr":
            # the marks touching {text} ("[", "]") go into the left-to-right isolate with it:
            # there they are never mirrored (WeasyPrint mirrors a bracket of right-to-left
            # text only sometimes, measured), and the segment's full stop stays its own
            opening = len(before) - len(before.split(" ")[-1])
            closing = len(after.split(" ")[0])
        else:  # the page's own direction holds the marks
            opening, closing = len(before), 0
        return cls(
            before[:opening],
            before[opening:],
            after[:closing],
            after[closing:],
            source.tag,
            source.direction == "rtl",
        )

    def plain(self, text: str) -> str:
        """`text` with its marked segments as plain text (the page's <title>)."""
        return text.replace(UNTRANSLATED_OPEN, self.before + self.open).replace(
            UNTRANSLATED_CLOSE, self.close + self.after
        )


class _Isolator(HTMLParser):
    def __init__(self, rtl_context: bool, marks: Marks | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.rtl_context = rtl_context
        self.page_rtl = rtl_context
        self.marks = marks
        self.in_mark = False
        self.out: list[str] = []
        self.code_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _CODE_ELEMENTS:
            self.code_depth += 1
        self.out.append(self.get_starttag_text() or "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in _CODE_ELEMENTS and self.code_depth:
            self.code_depth -= 1
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        """Text, with an untranslated segment's mark: the whole marked span is one element,
        the label's brackets in the page's direction around an isolate in the source
        language's direction that holds the segment with its final punctuation."""
        start = 0
        for i, ch in enumerate(data):
            if ch not in _SENTINELS:
                continue
            self._text(data[start:i])
            start = i + 1
            if self.marks is None:
                continue  # a stray sentinel: dropped
            if ch == UNTRANSLATED_OPEN and not self.in_mark:
                m = self.marks
                direction = "rtl" if m.source_rtl else "ltr"
                self.out.append('<span class="untranslated">')
                self._text(m.before)
                self.out.append(f'<span dir="{direction}" lang="{html.escape(m.source_lang)}">')
                self.in_mark, self.rtl_context = True, m.source_rtl
                self.out.append(html.escape(m.open, quote=False))
            elif ch == UNTRANSLATED_CLOSE and self.in_mark:
                self.out.append(html.escape(self.marks.close, quote=False) + "</span>")
                self.in_mark, self.rtl_context = False, self.page_rtl
                self._text(self.marks.after)
                self.out.append("</span>")
        self._text(data[start:])

    def close(self) -> None:
        super().close()
        if self.in_mark:  # never left open, whatever the input
            self.out.append("</span></span>")
            self.in_mark, self.rtl_context = False, self.page_rtl

    def _text(self, data: str) -> None:
        if not data:
            return
        if self.code_depth and self.rtl_context and data.strip():
            # Code is LTR as a whole, whatever characters it has.
            self.out.append('<span dir="ltr">' + html.escape(data, quote=False) + "</span>")
        else:
            self.out.append(_wrap_runs(data, self.rtl_context))

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")


def isolate_ltr_runs(html_fragment: str, lang: str, marks: Marks | None = None) -> str:
    """Put opposite-direction runs of the text nodes of ``html_fragment`` in their own spans.

    For an RTL ``lang``: every run of left-to-right text (Latin or Cyrillic words, names,
    e-mails, phone numbers, European digits) becomes ``<span dir="ltr">…</span>``.
    For an LTR ``lang``: every run of Arabic/Hebrew script becomes ``<span dir="rtl">…</span>``.
    Tags and attributes are kept as they are; text is re-escaped. Idempotence is not a goal:
    call it once, on the final HTML. With `marks`, untranslated segments (between
    UNTRANSLATED_OPEN and UNTRANSLATED_CLOSE) get the language's mark; without, the
    characters are dropped.
    """
    parser = _Isolator(_typeset_language(lang)[0].direction == "rtl", marks)
    parser.feed(html_fragment)
    parser.close()
    return "".join(parser.out)


# --------------------------------------------------------------------------- CSS pieces


def css_string(text: str) -> str:
    """A CSS string literal, safe inside ``<style>``: quotes, backslashes, controls and
    ``<>&`` are hex-escaped so no ``</style>`` can appear."""
    out = []
    for ch in text:
        if ch in '"\\<>&' or ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\{ord(ch):x} ")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def page_counter_content(template: str) -> str:
    """'Page {page} of {pages}' -> 'Page ' counter(page) ' of ' counter(pages) (CSS)."""
    parts: list[str] = []
    rest = template
    while rest:
        cut = min((i for i in (rest.find("{page}"), rest.find("{pages}")) if i >= 0), default=-1)
        if cut < 0:
            parts.append(css_string(rest))
            break
        if cut:
            parts.append(css_string(rest[:cut]))
        if rest.startswith("{pages}", cut):
            parts.append("counter(pages)")
            rest = rest[cut + len("{pages}") :]
        else:
            parts.append("counter(page)")
            rest = rest[cut + len("{page}") :]
    return " ".join(parts) if parts else '""'


def language_css(
    lang: str, *, draft: bool, organisation: str, draft_reason: str = "machine"
) -> str:
    """The language- and script-dependent part of the stylesheet."""
    language, typesetting = _typeset_language(lang)
    script = typesetting.script
    rtl = language.direction == "rtl"
    lab = labels(lang)
    body = scripts.css_font_family(typesetting.body_fonts)
    heading = scripts.css_font_family(typesetting.heading_fonts)
    size = round(BASE_FONT_SIZE_PT * script.size_scale, 2)
    heading_lh = round(max(1.25, script.line_height - 0.25), 2)
    start, end = ("right", "left") if rtl else ("left", "right")
    lines = [
        f"html {{ font-family: {body}; font-size: {size}pt; line-height: {script.line_height}; }}",
        f"h1, h2, h3, h4, .masthead, .contact, .end {{ font-family: {heading}; }}",
        f"h1, h2, h3, h4 {{ line-height: {heading_lh}; }}",
    ]
    if rtl:
        latin = scripts.css_font_family(typesetting.latin_fonts)
        latin_sans = scripts.css_font_family(typesetting.latin_heading_fonts)
        lines.append(f'span[dir="ltr"] {{ font-family: {latin}; }}')
        lines.append(
            'h1 span[dir="ltr"], h2 span[dir="ltr"], h3 span[dir="ltr"], '
            '.masthead span[dir="ltr"], .contact span[dir="ltr"] '
            f"{{ font-family: {latin_sans}; }}"
        )
        lines.append("span.figure { white-space: nowrap; }")
        if script.ltr_run_gap:
            lines.append(f'span[dir="ltr"] {{ margin: 0 {script.ltr_run_gap}em; }}')
    else:
        other = scripts.css_font_family(typesetting.rtl_fonts)
        lines.append(f'span[dir="rtl"] {{ font-family: {other}; }}')
    # code in a monospace face, also its runs isolated inside RTL text (after, so it wins)
    code = scripts.css_font_family(typesetting.code_fonts)
    lines.append(f"code, pre, code span[dir], pre span[dir] {{ font-family: {code}; }}")
    align = "justify" if script.justify else "start"
    lines.append(f".body p {{ text-align: {align}; }}")
    if typesetting.hyphenation:
        lines.append(".body p, .body li { hyphens: auto; }")
    else:
        lines.append(".body p, .body li { hyphens: manual; }")
    if script.uppercase and script.letter_spacing:
        lines.append(".kicker { text-transform: uppercase; letter-spacing: 0.08em; }")
    margin = f"font-family: {heading}; font-size: 8pt; color: #555; line-height: 1.3;"
    lines.append("@page {")
    lines.append(f"  @bottom-{end} {{ content: {page_counter_content(lab['page'])}; {margin} }}")
    lines.append(f"  @bottom-{start} {{ content: {css_string(organisation)}; {margin} }}")
    if draft:
        lines.append(
            f"  @top-center {{ content: {css_string(lab[DRAFT_LABELS[draft_reason]])}; "
            f"font-family: {heading};"
            " font-size: 9pt; font-weight: bold; color: #b00000; line-height: 1.3; }"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- rendering


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


PageRenderer = Callable[[str, Mapping[str, Any]], str]


def page_renderer(folder: Path) -> PageRenderer:
    """HTML pages from the Jinja2 templates in `folder` (`workflow serve`'s), autoescaped;
    an undefined name is an error, not an empty string."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )

    def render(name: str, context: Mapping[str, Any]) -> str:
        return env.get_template(name).render(**context)

    return render


@cache
def _base_css() -> str:
    css = (TEMPLATES_DIR / "release.css").read_text(encoding="utf-8")
    if "</" in css:
        raise TypesetError("release.css must not contain '</'", file=TEMPLATES_DIR / "release.css")
    return css


def format_release_date(date: datetime.date, lang: str) -> str:
    """The release date, long form, in the target locale: '20 juin 2024', '2024年6月20日'."""
    return languages.long_date(date, languages.parse(lang))


def _isolated(text: str, lang: str, marks: Marks | None = None) -> Markup:
    return Markup(isolate_ltr_runs(str(escape(text)), lang, marks))


def render_document(doc: Document) -> str:
    """The complete HTML page (stylesheet inlined) for one language of a release."""
    language, _ = _typeset_language(doc.lang)
    lab = labels(doc.lang)
    # only a draft shows untranslated segments (a final document has none)
    marks = Marks.of(doc.lang, doc.source_lang) if doc.draft else None
    date_text = format_release_date(doc.date, doc.lang)
    dateline = escape(lab["dateline"]).format(
        place=_isolated(doc.dateline_place, doc.lang, marks), date=_isolated(date_text, doc.lang)
    )
    original: Markup | None = None
    source, _ = _typeset_language(doc.source_lang)
    if source.base != language.base:
        name = languages.language_name(source, in_language=language)
        original = escape(lab["original"]).format(language=_isolated(name, doc.lang))
    context: dict[str, Any] = {
        "lang": doc.lang,
        "dir": language.direction,
        "title": marks.plain(doc.title) if marks else without_marks(doc.title),
        "title_html": _isolated(doc.title, doc.lang, marks),
        "organisation": doc.organisation,
        "organisation_html": _isolated(doc.organisation, doc.lang),
        "created": doc.date.isoformat(),
        "dateline_html": dateline,
        "original_html": original,
        "body_html": Markup(isolate_ltr_runs(doc.body_html, doc.lang, marks)),
        "contact_html": _isolated(doc.contact, doc.lang) if doc.contact else None,
        "logo": doc.logo,
        "draft": doc.draft,
        "labels": lab,
        "css": Markup(_base_css()),
        "language_css": Markup(
            language_css(
                doc.lang,
                draft=doc.draft,
                organisation=doc.organisation,
                draft_reason=doc.draft_reason,
            )
        ),
    }
    return _environment().get_template("release.html.j2").render(context)


# --------------------------------------------------------------------------- bilingual proof

PROOF_BASE_FONT_SIZE_PT = 9.5
# The proof is a working document for reviewers: its furniture is in English (the release
# text in both columns is what gets reviewed).
PROOF_LABELS = {
    "proof": "Proof",
    "page": "Page {page} of {pages}",
    "source": "{language} (source)",
    "translation": "{language} (translation)",
    "segment": "Segment",
    "reviewed": "reviewed",
    "machine": "machine",
    "untranslated": "untranslated",
    "repeat": "repeated",
    "missing": "untranslated",
    "problem": "problem",
    "problems": "problems",
    "with_problems": "with problems",
}


@dataclass(frozen=True, kw_only=True)
class ProofDocument:
    """A bilingual proof of one language of a release (rows from ``workflow.proof``)."""

    source_lang: str  # BCP 47 tag of the release's language
    target_lang: str  # BCP 47 tag of the translation
    title: str  # the release title (source language, plain text)
    date: datetime.date  # release date (the PDF's creation date)
    catalog: str  # workspace-relative path of the catalog
    rows: Sequence[ProofRow]
    summary: ProofSummary
    organisation: str = ""


def language_name(tag: str) -> str:
    """English name of a supported language: 'French', 'Urdu', 'Chinese'."""
    return languages.language_name(_typeset_language(tag)[0])


def _column_css(selector: str, lang: str) -> list[str]:
    """Font, size, line-height, and bidi-run fonts of one column's language."""
    language, typesetting = _typeset_language(lang)
    script = typesetting.script
    body = scripts.css_font_family(typesetting.body_fonts)
    size = round(PROOF_BASE_FONT_SIZE_PT * script.size_scale, 2)
    lines = [
        f"{selector} {{ font-family: {body}; font-size: {size}pt;"
        f" line-height: {script.line_height}; }}",
    ]
    if language.direction == "rtl":
        latin = scripts.css_font_family(typesetting.latin_fonts)
        lines.append(f'{selector} span[dir="ltr"] {{ font-family: {latin}; }}')
        lines.append(f"{selector} span.figure {{ white-space: nowrap; }}")
        if script.ltr_run_gap:
            lines.append(
                f'{selector} .text span[dir="ltr"] {{ margin: 0 {script.ltr_run_gap}em; }}'
            )
    else:
        other = scripts.css_font_family(typesetting.rtl_fonts)
        lines.append(f'{selector} span[dir="rtl"] {{ font-family: {other}; }}')
    return lines


def proof_css(doc: ProofDocument) -> str:
    """The language-dependent part of the proof's stylesheet: column fonts, page furniture."""
    target, target_typesetting = _typeset_language(doc.target_lang)
    _, source_typesetting = _typeset_language(doc.source_lang)
    chrome = scripts.css_font_family(target_typesetting.latin_heading_fonts)
    rtl = target.direction == "rtl"
    heading = scripts.css_font_family(source_typesetting.heading_fonts)
    running = " — ".join((PROOF_LABELS["proof"], doc.title, language_name(doc.target_lang)))
    margin = f"font-family: {heading}; font-size: 7.5pt; color: #555; line-height: 1.3;"
    lines = [
        f"html {{ font-family: {chrome}; font-size: {PROOF_BASE_FONT_SIZE_PT}pt; }}",
        f".proof-head h1 {{ font-family: {heading}; }}",
        *_column_css("td.src", doc.source_lang),
        *_column_css("td.tgt", doc.target_lang),
        # The translation column's heading sits over the start edge of its text.
        f"th.tgt {{ text-align: {'right' if rtl else 'left'}; }}",
        f"td .missing, td .problems, td .ref {{ font-family: {chrome}; }}",
        "@page {",
        f"  @top-left {{ content: {css_string(running)}; {margin} width: 80%; }}",
        f"  @bottom-right {{ content: {page_counter_content(PROOF_LABELS['page'])}; {margin} }}",
        f"  @bottom-left {{ content: {css_string(doc.catalog)}; {margin} }}",
        "}",
    ]
    return "\n".join(lines) + "\n"


@cache
def _proof_base_css() -> str:
    path = TEMPLATES_DIR / "proof.css"
    css = path.read_text(encoding="utf-8")
    if "</" in css:
        raise TypesetError("proof.css must not contain '</'", file=path)
    return css


def render_proof(doc: ProofDocument) -> str:
    """The complete HTML page (stylesheet inlined) of a bilingual proof."""
    source, _ = _typeset_language(doc.source_lang)
    target, _ = _typeset_language(doc.target_lang)
    rows = [
        {
            "row": row,
            "source_html": _isolated(row.source, doc.source_lang),
            "translation_html": (
                _isolated(row.translation, doc.target_lang) if row.translation is not None else None
            ),
        }
        for row in doc.rows
    ]
    source_name = language_name(doc.source_lang)
    target_name = language_name(doc.target_lang)
    context: dict[str, Any] = {
        "source_lang": doc.source_lang,
        "target_lang": doc.target_lang,
        "source_dir": source.direction,
        "target_dir": target.direction,
        "source_name": source_name,
        "target_name": target_name,
        "title": doc.title,
        "title_html": _isolated(doc.title, doc.source_lang),
        "organisation": doc.organisation,
        "created": doc.date.isoformat(),
        "catalog": doc.catalog,
        "rows": rows,
        "summary": doc.summary,
        "labels": PROOF_LABELS,
        "source_heading": PROOF_LABELS["source"].format(language=source_name),
        "translation_heading": PROOF_LABELS["translation"].format(language=target_name),
        "css": Markup(_proof_base_css()),
        "language_css": Markup(proof_css(doc)),
    }
    return _environment().get_template("proof.html.j2").render(context)
