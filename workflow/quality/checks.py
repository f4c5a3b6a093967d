"""Quality checks on translated catalog entries: small named functions, each returning problems.

Every check has a name, a default severity and a one-line description, and is registered in
`CHECKS` (what `workflow check --list` prints). A check is `check(entry, ctx) -> list[Problem]`:
`entry` is an `EntryView` (plain data read from a catalog entry), `ctx` a `Context` (source and
target language, glossary, settings). A check may report a problem below its default severity
(a warning where it is unsure: an inflected form, a separator reading); never above it.

`run_checks()` runs the enabled checks over entries; `annotation_lines()` turns problems into
translator-comment lines ("check: numbers: 240 million missing") that can be written into the
catalog and removed again once fixed (`without_annotations()`).

Pure: no I/O. Babel only through `workflow.lang.languages`, polib never (entries are duck-typed).
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Literal, Protocol

from workflow.catalogs.glossary import Glossary
from workflow.errors import WorkspaceError
from workflow.lang import languages
from workflow.lang.languages import Language
from workflow.problems import Problem, Severity
from workflow.quality import figures

ANNOTATION_PREFIX = "check: "


# --- data ---------------------------------------------------------------------------------------
class PoEntryLike(Protocol):
    """What `EntryView.of` reads from a catalog entry (a polib.POEntry fits)."""

    msgid: str
    msgstr: str
    flags: list[str]
    occurrences: list[tuple[str, str]]
    linenum: int
    comment: str
    obsolete: int


@dataclass(frozen=True)
class EntryView:
    """One catalog entry as the checks see it."""

    msgid: str
    msgstr: str
    fuzzy: bool = False
    reference: str = ""  # "releases/<id>.md:12"
    catalog: str = ""  # the .po path, as shown to users
    line: int = 0  # line of the entry in the .po
    kind: str = ""  # extracted comment: "paragraph", "heading", "title"...

    @classmethod
    def of(cls, entry: PoEntryLike, catalog: str) -> EntryView:
        ref = ""
        if entry.occurrences:
            path, line = entry.occurrences[0]
            ref = f"{path}:{line}" if line else path
        return cls(
            msgid=entry.msgid,
            msgstr=entry.msgstr,
            fuzzy="fuzzy" in entry.flags,
            reference=ref,
            catalog=catalog,
            line=entry.linenum,
            kind=(entry.comment or "").split("\n")[0],
        )


def views(entries: Iterable[PoEntryLike], catalog: str) -> list[EntryView]:
    """The live (not obsolete) entries of a catalog, header left out."""
    return [EntryView.of(e, catalog) for e in entries if e.msgid and not e.obsolete]


@dataclass(frozen=True)
class Settings:
    """What a workspace may tune (workflow.toml [checks])."""

    disabled: frozenset[str] = frozenset()
    severity: Mapping[str, Severity] = field(default_factory=dict)  # check name -> severity
    length_ratio: Mapping[str, tuple[float, float]] = field(default_factory=dict)  # lang -> bounds
    include_fuzzy: bool = True  # check machine translations too

    @classmethod
    def from_mapping(cls, data: Mapping[str, object], *, file: str | None = None) -> Settings:
        """Read a [checks] table: disable = [names], severity = {name = "warning"|"off"},
        length_ratio = {lang = [min, max]}, include_fuzzy = bool."""
        known = {"disable", "severity", "length_ratio", "include_fuzzy"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise WorkspaceError(
                f"unknown [checks] setting {unknown[0]!r}", file=file, hint=", ".join(sorted(known))
            )
        disabled = set(_names(data.get("disable", []), file))
        severity: dict[str, Severity] = {}
        raw = data.get("severity", {})
        if not isinstance(raw, Mapping):
            raise WorkspaceError("[checks] severity must be a table", file=file)
        for name, value in raw.items():
            _names([name], file)
            if value == "off":
                disabled.add(name)
            elif value in ("error", "warning"):
                severity[name] = "error" if value == "error" else "warning"
            else:
                raise WorkspaceError(
                    f"severity of {name!r} must be error, warning or off", file=file
                )
        ratios: dict[str, tuple[float, float]] = {}
        raw = data.get("length_ratio", {})
        if not isinstance(raw, Mapping):
            raise WorkspaceError("[checks] length_ratio must be a table", file=file)
        for lang, bounds in raw.items():
            if (
                not isinstance(bounds, list | tuple)
                or len(bounds) != 2
                or not all(isinstance(b, int | float) and b > 0 for b in bounds)
                or bounds[0] >= bounds[1]
            ):
                raise WorkspaceError(
                    f"length_ratio for {lang!r} must be [min, max]", file=file, hint="[0.5, 2.0]"
                )
            ratios[languages.parse(str(lang), source=file).code] = (
                float(bounds[0]),
                float(bounds[1]),
            )
        fuzzy = data.get("include_fuzzy", True)
        if not isinstance(fuzzy, bool):
            raise WorkspaceError("[checks] include_fuzzy must be true or false", file=file)
        return cls(frozenset(disabled), severity, ratios, fuzzy)


def _names(value: object, file: str | None) -> list[str]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise WorkspaceError("[checks] disable must be a list of check names", file=file)
    for name in value:
        if name not in CHECKS:
            raise WorkspaceError(
                f"unknown check {name!r}", file=file, hint="workflow check --list names them"
            )
    return list(value)


@dataclass(frozen=True)
class Context:
    source: Language
    target: Language
    glossary: Glossary = field(default_factory=Glossary)
    settings: Settings = field(default_factory=Settings)


CheckFunction = Callable[[EntryView, Context], list[Problem]]


@dataclass(frozen=True)
class Check:
    name: str
    severity: Severity
    description: str
    run: CheckFunction


CHECKS: dict[str, Check] = {}


def _register(
    name: str, severity: Severity, description: str
) -> Callable[[CheckFunction], CheckFunction]:
    def add(fn: CheckFunction) -> CheckFunction:
        CHECKS[name] = Check(name, severity, description, fn)
        return fn

    return add


def _problem(
    name: str, entry: EntryView, message: str, severity: Severity | None = None
) -> Problem:
    sev = severity or CHECKS[name].severity
    return Problem(name, sev, _one_line(message), entry.catalog, entry.line, entry.reference)


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def run_checks(entries: Iterable[EntryView], ctx: Context) -> list[Problem]:
    """Problems of all enabled checks over the translated entries, in entry then check order."""
    out: list[Problem] = []
    enabled = [c for c in CHECKS.values() if c.name not in ctx.settings.disabled]
    for entry in entries:
        if not entry.msgstr.strip() or (entry.fuzzy and not ctx.settings.include_fuzzy):
            continue
        for check in enabled:
            found = check.run(entry, ctx)
            override = ctx.settings.severity.get(check.name)
            if override:
                found = [dataclasses.replace(p, severity=override) for p in found]
            out.extend(found)
    return out


def annotation_lines(problems: Iterable[Problem]) -> list[str]:
    """Translator-comment lines for problems ("check: numbers: 240 missing"), no duplicates."""
    lines: list[str] = []
    for p in problems:
        line = f"{ANNOTATION_PREFIX}{p.check}: {p.message}"
        if line not in lines:
            lines.append(line)
    return lines


def without_annotations(comment: str) -> str:
    """A translator comment with the check annotation lines removed."""
    return "\n".join(
        line for line in comment.split("\n") if not line.startswith(ANNOTATION_PREFIX)
    ).strip("\n")


def annotate(comment: str, problems: Iterable[Problem]) -> str:
    """A translator comment with its old annotations replaced by the problems' lines."""
    kept = without_annotations(comment)
    lines = annotation_lines(problems)
    return "\n".join(([kept] if kept else []) + lines)


def by_entry(problems: Iterable[Problem]) -> dict[tuple[str, int], list[Problem]]:
    """Problems grouped by (catalog, entry line), in first-seen order."""
    out: dict[tuple[str, int], list[Problem]] = {}
    for p in problems:
        out.setdefault((p.catalog, p.line), []).append(p)
    return out


# --- text helpers -------------------------------------------------------------------------------
def script_of(ch: str) -> str:
    """A coarse script for a letter: Latn, Cyrl, Grek, Arab, Hebr, Deva, Beng, Hani, Kana,
    Hang, Thai, or "" for what is not a letter."""
    if not ch.isalpha():
        return ""
    o = ord(ch)
    if o < 0x250 or 0x1E00 <= o <= 0x1EFF:
        return "Latn"
    for lo, hi, name in _SCRIPT_RANGES:
        if lo <= o <= hi:
            return name
    return "Other"


_SCRIPT_RANGES = (
    (0x370, 0x3FF, "Grek"),
    (0x400, 0x52F, "Cyrl"),
    (0x590, 0x5FF, "Hebr"),
    (0x600, 0x6FF, "Arab"),
    (0x750, 0x77F, "Arab"),
    (0x8A0, 0x8FF, "Arab"),
    (0x900, 0x97F, "Deva"),
    (0x980, 0x9FF, "Beng"),
    (0xE00, 0xE7F, "Thai"),
    (0x1100, 0x11FF, "Hang"),
    (0x3040, 0x30FF, "Kana"),
    (0x3400, 0x4DBF, "Hani"),
    (0x4E00, 0x9FFF, "Hani"),
    (0xAC00, 0xD7AF, "Hang"),
    (0xF900, 0xFAFF, "Hani"),
    (0xFB50, 0xFDFF, "Arab"),
    (0xFE70, 0xFEFF, "Arab"),
)
_LANGUAGE_SCRIPTS = {
    "Hans": {"Hani"},
    "Hant": {"Hani"},
    "Hani": {"Hani"},
    "Jpan": {"Hani", "Kana"},
    "Kore": {"Hang", "Hani"},
}


def _scripts(language: Language) -> set[str]:
    return _LANGUAGE_SCRIPTS.get(language.script, {language.script})


_UNSPACED = {"Hani", "Kana", "Thai"}
_TASHKEEL = re.compile("[\u064b-\u065f\u0670\u0640]")
_URL = re.compile(r"(?:\bhttps?://|\bwww\.)[^\s<>\"«»“”「」『』（）【】《》。，、；：！？]+")
_URL_TRAIL = ".,;:!?'’”»،۔؟"


def _url_spans(text: str) -> list[tuple[int, int]]:
    """Bare URLs: trailing punctuation left out, and a ")" that closes nothing in the URL."""
    spans = []
    for m in _URL.finditer(text):
        url = m.group()
        depth = 0
        for i, ch in enumerate(url):
            if ch == "(":
                depth += 1
            elif ch == ")":
                if not depth:
                    url = url[:i]
                    break
                depth -= 1
        url = url.rstrip(_URL_TRAIL)
        if len(url) > len("www."):
            spans.append((m.start(), m.start() + len(url)))
    return spans


def _blank_urls(text: str) -> str:
    for a, b in _url_spans(text):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CODE = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_LINK = re.compile(r"(!?)\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_AUTOLINK = re.compile(r"<((?:[A-Za-z][A-Za-z0-9+.-]{1,31}:|mailto:)?[^\s<>]+)>")


def _plain(text: str) -> str:
    """Text without code, link destinations, autolinks, URLs and e-mails (blanked)."""

    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group())

    def link_text(m: re.Match[str]) -> str:
        return " " * (m.start(2) - m.start()) + m.group(2) + " " * (m.end() - m.end(2))

    text = _CODE.sub(blank, text)
    text = _LINK.sub(link_text, text)
    text = _AUTOLINK.sub(blank, text)
    text = _blank_urls(text)
    return _EMAIL.sub(blank, text)


def _norm(text: str, *, fold: bool, lang: Language | None = None) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    text = re.sub(r"[\u00a0\u202f\u2009\-\u2010\u2011\u2013]", " ", text)
    text = _TASHKEEL.sub("", text)
    if lang is not None and lang.base == "ur":
        text = re.sub(r"(?<!\S)(?:کے|کی)(?!\S)", "کا", text)
    text = " ".join(text.split())
    return text.casefold() if fold else text


def _letter_class(script: str) -> str:
    """A regex class of the letters of a script (for word boundaries)."""
    return {
        "Latn": r"A-Za-z\u00c0-\u024f\u1e00-\u1eff",
        "Cyrl": r"\u0400-\u052f",
        "Grek": r"\u0370-\u03ff",
        "Arab": r"\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff",
        "Deva": r"\u0900-\u097f",
    }.get(script, "")


def _first_script(text: str) -> str:
    for ch in text:
        s = script_of(ch)
        if s:
            return s
    return ""


_AR_PREFIX = "(?:[وف]?(?:[بك]?ال|لل|[بكل])?)"  # conjunction, preposition, article


@lru_cache(maxsize=4096)
def _form_patterns(
    form: str, lang: Language, fold: bool
) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """(exact, close) patterns for a required wording in a target text normalised by _norm.

    exact: the words in order, at a word start, any ending (inflection, plural);
    Arabic also takes a clitic before the first word (و ف ب ك ل, لل for ال);
    close: each word cut to a stem, the words one word apart at most (a warning).
    """
    f = _norm(form, fold=fold, lang=lang)
    script = _first_script(f)
    words = f.split()
    if script in _UNSPACED or not _letter_class(script):
        exact = re.compile(re.escape(f))
        return exact, None
    letters = _letter_class(script)
    edge = f"(?<![{letters}])"
    arabic = script == "Arab" and lang.base != "ur"

    def word(w: str, first: bool) -> str:
        esc = re.escape(w)
        if arabic and first:
            if w.startswith("ال"):
                return f"(?:{_AR_PREFIX}{esc}|[وف]?لل{re.escape(w[2:])})"
            return _AR_PREFIX + esc
        return esc

    exact = re.compile(edge + r"\s+".join(word(w, i == 0) for i, w in enumerate(words)))
    stems = [_stem(w, script) for w in words]
    if all(s == w for s, w in zip(stems, words, strict=True)) and not arabic:
        return exact, None
    if script == "Arab":
        parts = [rf"[{letters}]*{re.escape(s)}[{letters}]*" for s in stems]
        close = re.compile(r"(?:\s+\S+)?\s+".join(parts))
    else:
        parts = [re.escape(s) + rf"[{letters}]*" for s in stems]
        close = re.compile(edge + r"(?:\s+\S+)?\s+".join(parts))
    return exact, close


def _stem(word: str, script: str) -> str:
    if script == "Arab":
        if word.startswith("ال") and len(word) > 4:
            word = word[2:]
        return word if len(word) <= 3 else word[: max(3, len(word) - 2)]
    if len(word) <= 4:
        return word
    return word[: max(4, math.ceil(len(word) * 0.6))]


def find_form(form: str, text: str, lang: Language, *, fold: bool) -> Literal["exact", "close", ""]:
    """Whether a required wording is in a text: "exact" (inflection allowed), "close" (a stem
    match: maybe inflected, maybe wrong) or "" (absent)."""
    exact, close = _form_patterns(form, lang, fold)
    t = _norm(text, fold=fold, lang=lang)
    if exact.search(t):
        return "exact"
    if close is not None and close.search(t):
        return "close"
    return ""


@lru_cache(maxsize=4096)
def _source_pattern(term: str, fold: bool) -> re.Pattern[str]:
    """A source term at word boundaries, plural and possessive allowed ("ICTs", "EU's")."""
    words = _norm(term, fold=False).split()
    body = r"[\s\-]+".join(re.escape(w) for w in words)
    flags = re.IGNORECASE if fold else 0
    return re.compile(r"(?<![^\W_])" + body + r"(?:s|es|'s|’s)?(?![^\W_])", flags)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


# --- numbers ------------------------------------------------------------------------------------
@_register("numbers", "error", "figures, dates and scale words mean the same values as the source")
def check_numbers(entry: EntryView, ctx: Context) -> list[Problem]:
    source, target = entry.msgid, entry.msgstr
    # figures inside glossary terms ("COVID-19" -> "新冠肺炎", "G20" -> "二十国集团") are the
    # glossary check's business when the term's form is there
    for t in ctx.glossary.terms:
        form = t.form(ctx.target.code)
        if form and any(c.isdigit() for c in t.term):
            pattern = _source_pattern(t.term, fold=not t.term.isupper())
            if pattern.search(source) and form in target:
                source, target = pattern.sub(" ", source), target.replace(form, " ")
    return [
        _problem("numbers", entry, f.message, f.severity)
        for f in figures.compare(source, target, ctx.source, ctx.target)
    ]


# --- markup -------------------------------------------------------------------------------------
_PLACEHOLDERS = re.compile(
    r"\[\s*\d{1,3}\s*\](?!\()|\{\s*\d{0,3}\s*\}|\{[A-Za-z_]\w*\}|%(?:\d+\$)?[sdif]|%\([A-Za-z_]\w*\)[sdif]"
    r"|⟨\s*\d{1,3}\s*⟩|⟦[^⟧]*⟧|_{2,3}\s*\d{1,3}\s*_{2,3}|(?<![A-Za-z])XZ\s*\d{1,3}(?!\d)|<\s*x\s*\d{1,3}\s*/\s*>"
    r"|[\ue000-\uf8ff]|[\U000f0000-\U000fffff]"
)
_HTML = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*?)?\s*/?>")
_STAR_RUN = re.compile(r"\*+")
_UNDER_RUN = re.compile(r"_+")
_STRIKE = re.compile(r"~~")


def _delimiters(text: str) -> Counter[str]:
    """Emphasis delimiters: each run of * or _ counts n // 2 strong and n % 2 emphasis markers;
    _ inside a word (snake_case) is not a delimiter."""
    found: Counter[str] = Counter()
    for rx, mark in ((_STAR_RUN, "*"), (_UNDER_RUN, "_")):
        for m in rx.finditer(text):
            before = text[m.start() - 1] if m.start() else " "
            after = text[m.end()] if m.end() < len(text) else " "
            if mark == "_" and before.isalnum() and after.isalnum():
                continue
            if before.isspace() and after.isspace():
                continue  # a lone * or _ between spaces is no delimiter
            n = len(m.group())
            found[mark * 2] += n // 2
            found[mark] += n % 2
    found["~~"] = len(_STRIKE.findall(text))
    return found


_BREAK = re.compile(r"\n")


def _markup_text(text: str) -> str:
    """Text with code spans, URLs and e-mails blanked: their * and _ are not emphasis."""
    text = _CODE.sub(lambda m: " " * len(m.group()), text)
    text = _AUTOLINK.sub(lambda m: " " * len(m.group()), text)
    text = _blank_urls(text)
    return _EMAIL.sub(lambda m: " " * len(m.group()), text)


@_register(
    "markup",
    "error",
    "emphasis, links, code spans, line breaks, HTML tags and placeholders match the source",
)
def check_markup(entry: EntryView, ctx: Context) -> list[Problem]:
    src, tgt = entry.msgid, entry.msgstr
    out: list[str] = []
    # code spans: same content, untranslated
    s_code = Counter(m.group(2).strip() for m in _CODE.finditer(src))
    t_code = Counter(m.group(2).strip() for m in _CODE.finditer(tgt))
    for code in s_code - t_code:
        out.append(f"code span `{code}` missing or changed")
    for code in t_code - s_code:
        out.append(f"code span `{code}` not in the source")
    # links
    s_links = [(m.group(1), m.group(2), m.group(3)) for m in _LINK.finditer(_blank_code(src))]
    t_links = [(m.group(1), m.group(2), m.group(3)) for m in _LINK.finditer(_blank_code(tgt))]
    if len(s_links) != len(t_links):
        out.append(f"{len(t_links)} link(s), the source has {len(s_links)}")
    for url in Counter(u for _, _, u in s_links) - Counter(u for _, _, u in t_links):
        if len(s_links) == len(t_links) or url:
            out.append(f"link to {url} missing or changed")
    for url in Counter(u for _, _, u in t_links) - Counter(u for _, _, u in s_links):
        out.append(f"link to {url} not in the source")
    s_texts = {text.strip() for _, text, _ in s_links}
    for image, text, url in t_links:
        if not image and not text.strip():
            out.append(f"link to {url} has no text")
        elif (
            _PLACEHOLDERS.fullmatch(text.strip()) or text.strip().isdigit()
        ) and text.strip() not in s_texts:
            out.append(f"link to {url} has a placeholder for text: [{text.strip()}]")
    # emphasis and strike, counted as delimiters
    s_marks = _delimiters(_markup_text(_strip_links(src)))
    t_marks = _delimiters(_markup_text(_strip_links(tgt)))
    for mark, label in (
        ("**", "strong (**)"),
        ("__", "strong (__)"),
        ("*", "emphasis (*)"),
        ("_", "emphasis (_)"),
        ("~~", "strikethrough (~~)"),
    ):
        s_n, t_n = s_marks[mark], t_marks[mark]
        if s_n != t_n:
            if t_n % 2:
                out.append(f"unbalanced {label}")
            else:
                out.append(f"{t_n // 2} {label} span(s), the source has {s_n // 2}")
    # hard line breaks
    s_br, t_br = src.count("\n"), tgt.count("\n")
    if s_br != t_br:
        out.append(f"{t_br} line break(s), the source has {s_br}")
    # inline HTML tags
    s_tags = Counter(_tag(m.group()) for m in _HTML.finditer(_blank_code(src)))
    t_tags = Counter(_tag(m.group()) for m in _HTML.finditer(_blank_code(tgt)))
    for tag in s_tags - t_tags:
        out.append(f"tag {tag} missing")
    for tag in t_tags - s_tags:
        out.append(f"tag {tag} not in the source")
    # placeholders (machine-translation leftovers) and private-use characters
    s_ph = Counter(_ph(m.group()) for m in _PLACEHOLDERS.finditer(_blank_code(src)))
    t_ph = Counter(_ph(m.group()) for m in _PLACEHOLDERS.finditer(_blank_code(tgt)))
    for ph in t_ph - s_ph:
        out.append(f"placeholder {ph} left in the translation")
    for ph in s_ph - t_ph:
        out.append(f"placeholder {ph} missing")
    return [_problem("markup", entry, m) for m in out]


def _blank_code(text: str) -> str:
    return _CODE.sub(lambda m: " " * len(m.group()), text)


def _strip_links(text: str) -> str:
    """Link syntax reduced to its text (the destination may hold * or _)."""
    return _LINK.sub(lambda m: m.group(2), _blank_code(text))


def _tag(tag: str) -> str:
    m = re.match(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9-]*)", tag)
    return f"<{m.group(1)}{m.group(2).lower()}>" if m else tag


def _ph(text: str) -> str:
    if (len(text) == 1 and 0xE000 <= ord(text) <= 0xF8FF) or ord(text[0]) >= 0xF0000:
        return f"U+{ord(text[0]):04X}"
    return re.sub(r"\s+", "", text)


# --- URLs and e-mails ---------------------------------------------------------------------------
@_register("urls", "error", "URLs and e-mail addresses in the text are identical to the source's")
def check_urls(entry: EntryView, ctx: Context) -> list[Problem]:
    s, t = _addresses(entry.msgid), _addresses(entry.msgstr)
    out = [f"{a} missing or changed" for a in s - t]
    out += [f"{a} not in the source" for a in t - s]
    return [_problem("urls", entry, m) for m in out]


def _addresses(text: str) -> Counter[str]:
    """URLs and e-mails outside link destinations (those are the markup check's)."""
    text = _LINK.sub(lambda m: "[" + m.group(2) + "]", _blank_code(text))
    found: Counter[str] = Counter()
    for m in _AUTOLINK.finditer(text):
        found[m.group(1)] += 1
    text = _AUTOLINK.sub(" ", text)
    for a, b in _url_spans(text):
        found[text[a:b]] += 1
    text = _blank_urls(text)
    for m in _EMAIL.finditer(text):
        found[m.group().rstrip(".")] += 1
    return found


# --- glossary and country names -----------------------------------------------------------------
@dataclass(frozen=True)
class _Required:
    """A wording the translation needs because the source has a term."""

    label: str  # how the message names it
    source: re.Pattern[str]  # finds the term in the source
    forms: tuple[str, ...]  # any of these in the target will do
    kind: str  # dnt, name, term, country
    length: int  # of the source term: longer terms cover shorter ones inside them
    severity: Severity = "error"


# English short and UN names of countries that CLDR does not use as the main name.
_ALIASES_EN = {
    "United States of America": "US",
    "USA": "US",
    "U.S.": "US",
    "US": "US",
    "United Kingdom of Great Britain and Northern Ireland": "GB",
    "Great Britain": "GB",
    "Britain": "GB",
    "UK": "GB",
    "U.K.": "GB",
    "Russian Federation": "RU",
    "Republic of Korea": "KR",
    "Democratic People's Republic of Korea": "KP",
    "Democratic Republic of the Congo": "CD",
    "DRC": "CD",
    "Republic of the Congo": "CG",
    "Czech Republic": "CZ",
    "Ivory Coast": "CI",
    "Cote d'Ivoire": "CI",
    "Côte d'Ivoire": "CI",
    "Turkey": "TR",
    "Burma": "MM",
    "Swaziland": "SZ",
    "Holy See": "VA",
    "Vatican": "VA",
    "State of Palestine": "PS",
    "Palestine": "PS",
    "Islamic Republic of Iran": "IR",
    "Syrian Arab Republic": "SY",
    "Republic of Moldova": "MD",
    "United Republic of Tanzania": "TZ",
    "Viet Nam": "VN",
    "Lao People's Democratic Republic": "LA",
    "Laos": "LA",
    "Bolivarian Republic of Venezuela": "VE",
    "Plurinational State of Bolivia": "BO",
    "Hong Kong": "HK",
    "Macao": "MO",
    "Macau": "MO",
    "Cape Verde": "CV",
    "East Timor": "TL",
    "North Macedonia": "MK",
}
# English names that are also ordinary words or other places: reported as warnings.
_AMBIGUOUS_EN = frozenset(
    {
        "Chad",
        "Georgia",
        "Jordan",
        "Jersey",
        "Guernsey",
        "Turkey",
        "Niger",
        "Guinea",
        "US",
        "UK",
        "U.S.",
        "U.K.",
        "Man",
        "Christmas Island",
        "Norfolk Island",
        "Martinique",
        "Montserrat",
        "Dominica",
        "Mali",
        "Oman",
        "Peru",
        "Cuba",
    }
)


def _country_names(name: str) -> tuple[str, ...]:
    """A CLDR name and its short parts: "Myanmar (Burma)" -> also "Myanmar"."""
    out = [name]
    for sep in (" (", "（", " - "):
        if sep in name:
            out.append(name.split(sep)[0].strip())
    return tuple(dict.fromkeys(n for n in out if n))


@dataclass(frozen=True)
class _Requirements:
    terms: tuple[_Required, ...]  # glossary terms, each with its own source pattern
    countries: re.Pattern[str] | None  # every country name of the source language at once
    by_country: Mapping[str, _Required]  # matched name -> requirement


def _required(ctx: Context) -> _Requirements:
    """What the source's terms and country names require of the target (cached per setup)."""
    key = tuple((t.term, t.kind, t.form(ctx.target.code)) for t in ctx.glossary.terms)
    return _required_for(ctx.source, ctx.target, key)


@lru_cache(maxsize=64)
def _required_for(
    source: Language, target: Language, terms: tuple[tuple[str, str, str | None], ...]
) -> _Requirements:
    out: list[_Required] = []
    covered: set[str] = set()
    for term, kind, form in terms:
        if form is None:
            continue
        fold = kind == "term" and not term.isupper()  # acronyms keep their case: UN, not "un"
        out.append(_Required(term, _source_pattern(term, fold), (form,), kind, len(term)))
        covered.add(term.casefold())
    src_names = languages.territory_names(source)
    tgt_names = languages.territory_names(target)
    by_name: dict[str, str] = {}
    for code, name in src_names.items():
        for short in _country_names(name):
            by_name.setdefault(short.replace("’", "'"), code)
    if source.base == "en":
        for alias, code in _ALIASES_EN.items():
            by_name.setdefault(alias, code)
    countries: dict[str, _Required] = {}
    for name, code in by_name.items():
        if name.casefold() in covered or code not in tgt_names:
            continue
        forms = _country_names(tgt_names[code])
        severity: Severity = "warning" if name in _AMBIGUOUS_EN else "error"
        countries[name] = _Required(
            f"{name} ({code})", _NEVER, forms, "country", len(name), severity
        )
    pattern = None
    if countries:
        names = "|".join(re.escape(n) for n in sorted(countries, key=len, reverse=True))
        pattern = re.compile(r"(?<!New )(?<![^\W_])(" + names + r")(?:'s)?(?![^\W_])")
    return _Requirements(tuple(out), pattern, MappingProxyType(countries))


_NEVER = re.compile(r"(?!)")


def _source_text(text: str) -> str:
    """The source as term patterns read it: NFC, typographic apostrophes and spaces plain."""
    text = unicodedata.normalize("NFC", text).replace("’", "'")
    return re.sub(r"[\u00a0\u202f\u2009]", " ", text)


def _uncovered(req: _Required, spans: list[tuple[int, int]], taken: list[tuple[int, int]]) -> bool:
    """True if some occurrence of the term is not inside a longer term's occurrence."""
    return any(not any(a <= s and e <= b and (b - a) > (e - s) for a, b in taken) for s, e in spans)


@_register(
    "glossary",
    "error",
    "glossary terms (do-not-translate verbatim, names, required wording), CLDR country names",
)
def check_glossary(entry: EntryView, ctx: Context) -> list[Problem]:
    source = _source_text(entry.msgid)
    found: list[tuple[_Required, list[tuple[int, int]]]] = []
    required = _required(ctx)
    for req in required.terms:
        spans = _spans(req.source, source)
        if spans:
            found.append((req, spans))
    if required.countries is not None:
        by_name: dict[str, list[tuple[int, int]]] = {}
        for m in required.countries.finditer(source):
            by_name.setdefault(m.group(1), []).append((m.start(), m.end()))
        found.extend((required.by_country[n], spans) for n, spans in by_name.items())
    taken = [s for _, spans in found for s in spans]
    out: list[Problem] = []
    target = entry.msgstr
    for req, spans in found:
        if not _uncovered(req, spans, taken):
            continue
        if req.kind == "dnt":
            if not _verbatim(req.forms[0], target):
                out.append(_problem("glossary", entry, f"do-not-translate {req.label!r} missing"))
            continue
        if req.kind == "name":
            if not any(find_form(f, target, ctx.target, fold=False) == "exact" for f in req.forms):
                out.append(
                    _problem("glossary", entry, f"name {req.label!r} should read {req.forms[0]!r}")
                )
            continue
        results = [find_form(f, target, ctx.target, fold=True) for f in req.forms]
        if "exact" in results:
            continue
        short = _short_form(req.forms[0]) if req.kind == "country" else ""
        if short and find_form(short, target, ctx.target, fold=True) == "exact":
            out.append(
                _problem(
                    "glossary",
                    entry,
                    f"country {req.label!r}: {short!r} found, CLDR writes {req.forms[0]!r} "
                    "(add the short form to the glossary if it is the office's usage)",
                    "warning",
                )
            )
            continue
        what = "country" if req.kind == "country" else "term"
        label = req.label
        inflects = req.kind != "country" or ctx.target.base in _INFLECTING
        if ("close" in results and inflects) or _in_compound(spans, source):
            out.append(
                _problem(
                    "glossary",
                    entry,
                    f"{what} {label!r}: {req.forms[0]!r} not found as such (inflected?)",
                    "warning",
                )
            )
        else:
            out.append(
                _problem(
                    "glossary",
                    entry,
                    f"{what} {label!r} should read {req.forms[0]!r}",
                    req.severity,
                )
            )
    return out


# Languages whose nouns take case endings: a country name found only as a stem may be declined
# (ru "Пакистана"). Elsewhere a stem match is a misspelling ("Indica" for "India").
_INFLECTING = frozenset(
    "ru uk be pl cs sk sl hr sr bs bg lt lv fi et hu tr de el ro is ga cy la ka hy".split()
)


def _short_form(name: str) -> str:
    """The longest word of a multi-word name ("ریاست ہائے متحدہ امریکہ" -> "امریکہ")."""
    words = [w for w in re.split(r"[\s\-]+", name) if len(w) >= 4]
    if len(name.split()) < 2 or not words:
        return ""
    return max(words, key=len)


def _verbatim(term: str, text: str) -> bool:
    t = unicodedata.normalize("NFC", text).replace("’", "'")
    f = unicodedata.normalize("NFC", term).replace("’", "'")
    letters = _letter_class(_first_script(f))
    if not letters:
        return f in t
    return re.search(f"(?<![{letters}])" + re.escape(f), t) is not None


def _in_compound(spans: list[tuple[int, int]], source: str) -> bool:
    """The term is part of a compound ("anti-Pakistan", "Pakistan-led"): unsure."""
    return all(
        (s > 0 and source[s - 1] == "-") or (e < len(source) and source[e : e + 1] == "-")
        for s, e in spans
    )


# --- untranslated -------------------------------------------------------------------------------
_ACRONYM = re.compile(r"(?<![^\W\d_])[A-Z][A-Z0-9&]*[A-Z0-9](?:s)?(?![^\W\d_])")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f']+")
_STOP = {
    "en": "the of and to in that is was for with by on as at from this which are were has have "
    "been be it its their an or not will would should also said he she they we who these those "
    "than into between while",
    "fr": "le la les de des du et en un une que qui dans pour sur par au aux il elle ils on as "
    "est son sa ses ce cette ne pas plus a",
    "es": "el la los las de del y en un una que por para con se su sus al lo como es he has "
    "son no a",
    "pt": "o a os as de do da dos das e em um uma que por para com se seu sua no na não é",
    "it": "il la le gli di del della e in un una che per con si suo sua non è a al in",
    "de": "der die das den dem des und in ein eine zu mit von ist nicht an auf als auch will was "
    "so wir sie er es",
}


def _allowed_foreign(ctx: Context) -> list[str]:
    """Wordings the target may keep in the source's script: dnt terms, names, glossary forms."""
    out = []
    for t in ctx.glossary.terms:
        if t.kind in ("dnt", "name"):
            out.append(t.term)
        form = t.form(ctx.target.code)
        if form:
            out.append(form)
    return sorted(set(out), key=len, reverse=True)


def _remove(text: str, wordings: Sequence[str]) -> str:
    for w in wordings:
        if w:
            text = text.replace(w, " ")
    return text


@_register(
    "untranslated",
    "error",
    "the translation is not the source copied, nor left in the source's language or script",
)
def check_untranslated(entry: EntryView, ctx: Context) -> list[Problem]:
    src, tgt = entry.msgid, entry.msgstr
    allowed = _allowed_foreign(ctx)
    # 1. copied: identical, with real words left once names and terms are set aside
    if " ".join(src.split()) == " ".join(tgt.split()):
        residue = _residue(src, ctx, allowed)
        if len(residue) >= 3:
            return [_problem("untranslated", entry, "translation is the source text")]
        if residue:
            return [
                _problem(
                    "untranslated",
                    entry,
                    f"translation is the source text ({' '.join(residue)})",
                    "warning",
                )
            ]
        return []
    src_scripts = {script_of(c) for c in _plain(src)} - {""}
    tgt_scripts = _scripts(ctx.target)
    main = _main_script(src)
    if main and main not in tgt_scripts:
        return _foreign_script(entry, ctx, main, allowed)
    if ctx.target.base != ctx.source.base and src_scripts:
        return _foreign_words(entry, ctx)
    return []


def _main_script(text: str) -> str:
    counts = Counter(script_of(c) for c in _plain(text))
    counts.pop("", None)
    return counts.most_common(1)[0][0] if counts else ""


def _residue(src: str, ctx: Context, allowed: Sequence[str]) -> list[str]:
    """Words of the source that a translation would normally change."""
    text = _remove(_plain(src), allowed)
    tgt_names = languages.territory_names(ctx.target)
    for code, name in languages.territory_names(ctx.source).items():
        if tgt_names.get(code) == name:
            text = re.sub(r"(?<![^\W_])" + re.escape(name) + r"(?![^\W_])", " ", text)
    words = re.findall(r"[^\W\d_]{2,}", _ACRONYM.sub(" ", text))
    return words


def _foreign_script(
    entry: EntryView, ctx: Context, script: str, allowed: Sequence[str]
) -> list[Problem]:
    tgt = _remove(_plain(entry.msgstr), allowed)
    tgt = _ACRONYM.sub(" ", tgt)
    # the source's wording given in brackets after its translation, as Urdu and Arabic
    # journalists do: "سائبر جنگ (cyber warfare)"
    source = entry.msgid.casefold()
    tgt = _GLOSS.sub(lambda m: " " if m.group(1).strip().casefold() in source else m.group(), tgt)
    words = _script_words(tgt, script)
    letters = sum(1 for c in tgt if c.isalpha())
    foreign = sum(len(w) for w in words)
    # proper names copied from the source (capitalised there) are fine in small numbers
    capitalised = set(re.findall(r"(?<![^\W_])[A-Z][^\W\d_]+", entry.msgid))
    lower = [w for w in words if w not in capitalised]
    share = foreign / letters if letters else 0.0
    if (len(words) >= 2 and share > 0.5) or len(lower) >= 3 or _phrase_run(tgt, script):
        return [
            _problem(
                "untranslated",
                entry,
                f"{len(words)} word(s) left in {script} script: {' '.join(words[:6])}",
            )
        ]
    if lower:
        return [
            _problem(
                "untranslated",
                entry,
                f"word(s) in {script} script: {' '.join(lower)}",
                "warning",
            )
        ]
    return []


_GLOSS = re.compile(r"[(（]([^()（）]+)[)）]")


def _phrase_run(text: str, script: str) -> bool:
    """Three words or more of the script in a row, one in lower case: a phrase, not a name."""
    letters = _letter_class(script)
    if not letters:
        return False
    word = f"[{letters}][{letters}'’]*"
    for m in re.finditer(rf"{word}(?:[ \-]+{word}){{2,}}", text):
        if any(w[0].islower() for w in re.split(r"[ \-]+", m.group())):
            return True
    return False


def _script_words(text: str, script: str) -> list[str]:
    """Runs of letters of one script ("Council" in "举Council"), apostrophes inside kept."""
    words: list[str] = []
    run = ""
    for ch in text + " ":
        if script_of(ch) == script or (run and ch in "'’" and run[-1].isalpha()):
            run += ch
        else:
            if run.strip("'’"):
                words.append(run.strip("'’"))
            run = ""
    return words


def _foreign_words(entry: EntryView, ctx: Context) -> list[Problem]:
    """Same script: source word pairs copied into the translation, or the source's function
    words ("the", "of", "which") that the target language does not have."""
    copied = _copied_pairs(entry.msgid, entry.msgstr)
    stop = set(_STOP.get(ctx.source.base, "").split()) - set(_STOP.get(ctx.target.base, "").split())
    tokens = [w.lower() for w in re.findall(r"[^\W\d_]+", _plain(entry.msgstr))]
    hits = [w for w in tokens if w in stop]
    name = ctx.source.english_name
    if len(copied) >= 3 or (len(hits) >= 3 and len(hits) >= 0.15 * len(tokens)):
        shown = " | ".join(copied[:4]) if copied else " ".join(dict.fromkeys(hits))
        return [_problem("untranslated", entry, f"left in {name}: {shown}")]
    if len(copied) >= 2 or (len(hits) >= 2 and len(hits) >= 0.1 * len(tokens)):
        shown = " | ".join(copied) if copied else " ".join(dict.fromkeys(hits))
        return [_problem("untranslated", entry, f"{name} words: {shown}", "warning")]
    return []


def _copied_pairs(source: str, target: str) -> list[str]:
    """Pairs of words, one at least in lower case, side by side in both texts ("such as",
    "Council met"): a translation shares names with its source, not phrases."""

    def pairs(text: str) -> list[tuple[str, str]]:
        words = re.findall(r"[^\W\d_][^\W\d_'’-]*", _plain(text))
        return [
            (a, b)
            for a, b in itertools.pairwise(words)
            if (a.islower() or b.islower()) and len(a) + len(b) > 4
        ]

    src = set(pairs(source))
    return list(dict.fromkeys(f"{a} {b}" for a, b in pairs(target) if (a, b) in src))


# --- repetition and length ----------------------------------------------------------------------
def _tokens(text: str, language: Language) -> list[str]:
    """Words (characters in Chinese and Japanese), currency and per cent signs; code spans,
    URLs and e-mails one token each."""
    spans = sorted(
        [m.span() for m in _CODE.finditer(text)]
        + _url_spans(text)
        + [m.span() for m in _EMAIL.finditer(text)]
    )
    tokens: list[str] = []
    if _scripts(language) & _UNSPACED:
        word = r"[A-Za-z\u00c0-\u024f]+|\d+|[^\W\d_]|[%$€£¥]"
    else:
        word = r"\w+|[%$€£¥]"
    last = 0
    for a, b in [*spans, (len(text), len(text))]:
        if a < last:
            continue
        tokens += re.findall(word, text[last:a].lower())
        if b > a:
            tokens.append(text[a:b])
        last = b
    return tokens


def _loops(tokens: Sequence[str], max_n: int = 24) -> list[tuple[str, int]]:
    """Consecutive repeats: n-grams of 1-3 tokens three times or more, longer ones twice."""
    found: list[tuple[str, int]] = []
    i = 0
    size = len(tokens)
    while i < size:
        hit = False
        for n in range(1, max_n + 1):
            if i + 2 * n > size:
                break
            gram = list(tokens[i : i + n])
            reps = 1
            while list(tokens[i + reps * n : i + (reps + 1) * n]) == gram:
                reps += 1
            if reps >= (3 if n <= 3 else 2):
                found.append((" ".join(gram), reps))
                i += reps * n
                hit = True
                break
        if not hit:
            i += 1
    return found


@_register("repetition", "error", 'no looping words or phrases ("the the the", a sentence twice)')
def check_repetition(entry: EntryView, ctx: Context) -> list[Problem]:
    longest = 40 if _scripts(ctx.target) & _UNSPACED else 24
    tgt_loops = _loops(_tokens(entry.msgstr, ctx.target), longest)
    if not tgt_loops:
        return _repeated_ngrams(entry, ctx)
    severity: Severity | None = "warning" if _loops(_tokens(entry.msgid, ctx.source)) else None
    sep = "" if not ctx.target.spaced else " "
    return [
        _problem(
            "repetition",
            entry,
            f"{gram.replace(' ', sep) if sep == '' else gram!r} repeated {reps} times",
            severity,
        )
        for gram, reps in tgt_loops
    ]


def _repeated_ngrams(entry: EntryView, ctx: Context) -> list[Problem]:
    """The same 4-word (8-character in CJK) sequence three times or more: a likely loop."""
    n = 8 if _scripts(ctx.target) & _UNSPACED else 4
    toks = _tokens(entry.msgstr, ctx.target)
    counts = Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))
    src = _tokens(entry.msgid, ctx.source)
    src_counts = Counter(tuple(src[i : i + 4]) for i in range(len(src) - 3))
    worst = max(counts.values(), default=0)
    if worst >= 3 and worst > max(src_counts.values(), default=0):
        gram = max(counts, key=lambda k: counts[k])
        sep = " " if ctx.target.spaced else ""
        return [
            _problem("repetition", entry, f"{sep.join(gram)!r} occurs {worst} times", "warning")
        ]
    return []


# Length of a translation over its English source, in characters: the median of the reviewed
# sample catalogs (fr 1.20, es 1.20, ur 1.02, ar 0.85, zh 0.26) and usual values for others.
_EXPECTED_RATIO = {
    "fr": 1.2,
    "es": 1.2,
    "pt": 1.15,
    "it": 1.15,
    "de": 1.2,
    "ru": 1.15,
    "ur": 1.02,
    "ar": 0.85,
    "fa": 0.95,
    "hi": 1.05,
    "zh": 0.27,
    "ja": 0.4,
    "ko": 0.45,
}
_SPREAD_ERROR = 2.5  # a factor around the expected ratio beyond which the length is an error
_SPREAD_WARNING = 1.8


def _expected(language: Language) -> float:
    if language.base in _EXPECTED_RATIO:
        return _EXPECTED_RATIO[language.base]
    return 0.3 if _scripts(language) & _UNSPACED else 1.1


def length_bounds(ctx: Context) -> tuple[float, float, float, float]:
    """(error low, warning low, warning high, error high) bounds of len(msgstr)/len(msgid)."""
    override = ctx.settings.length_ratio.get(ctx.target.code)
    if override:
        return override[0], override[0], override[1], override[1]
    ratio = (
        _expected(ctx.target) / _expected(ctx.source)
        if ctx.source.base != "en"
        else (_expected(ctx.target))
    )
    return (
        ratio / _SPREAD_ERROR,
        ratio / _SPREAD_WARNING,
        ratio * _SPREAD_WARNING,
        ratio * _SPREAD_ERROR,
    )


def _measured(text: str) -> str:
    """The words of a text: no markup, URLs, e-mails or code; spaces collapsed."""
    return " ".join(re.sub(r"[*_~`\[\]]", " ", _plain(text)).split())


@_register(
    "length", "error", "the translation is not much longer or shorter than usual for the pair"
)
def check_length(entry: EntryView, ctx: Context) -> list[Problem]:
    src, tgt = _measured(entry.msgid), _measured(entry.msgstr)
    if len(src) < 12:
        return []
    ratio = len(tgt) / len(src)
    err_lo, warn_lo, warn_hi, err_hi = length_bounds(ctx)
    if len(src) < 30:  # short segments vary more: errors only, wider
        err_lo, err_hi = err_lo / 1.6, err_hi * 1.6
        warn_lo, warn_hi = err_lo, err_hi
    expected = f"{warn_lo:.2f}-{warn_hi:.2f}"
    if ratio > err_hi or ratio < err_lo:
        what = "longer" if ratio > err_hi else "shorter"
        return [
            _problem(
                "length",
                entry,
                f"translation is {ratio:.2f} times the source's length, much {what} than "
                f"usual for {ctx.source.code}->{ctx.target.code} ({expected})",
            )
        ]
    if ratio > warn_hi or ratio < warn_lo:
        return [
            _problem(
                "length",
                entry,
                f"translation is {ratio:.2f} times the source's length "
                f"(usual for {ctx.source.code}->{ctx.target.code}: {expected})",
                "warning",
            )
        ]
    return []


# --- punctuation --------------------------------------------------------------------------------
_CLOSERS = "\"'”’»)]）」』》›*_ \u00a0\u202f"
_SOURCE_ENDS = ".!?…。！？۔؟।"
# Sentence-final marks per language (first: the full stop), by base language then script.
_ENDS_BY_LANG = {
    "ur": "۔!؟…",
    "ar": ".!؟…",
    "fa": ".!؟…",
    "hi": "।!?…",
    "zh": "。！？…",
    "ja": "。！？…",
}
_ENDS_BY_SCRIPT = {"Hani": "。！？…", "Kana": "。！？…", "Arab": ".!؟…", "Deva": "।!?…"}
_QUESTION = "?؟？"
_EXCLAIM = "!！"


def _ends(language: Language) -> str:
    if language.base in _ENDS_BY_LANG:
        return _ENDS_BY_LANG[language.base]
    for s in _scripts(language):
        if s in _ENDS_BY_SCRIPT:
            return _ENDS_BY_SCRIPT[s]
    return ".!?…"


def _last_mark(text: str) -> str:
    stripped = text.rstrip(_CLOSERS)
    return stripped[-1:] if stripped else ""


@_register(
    "punctuation",
    "error",
    "sentence-final punctuation of the target script; quotes and brackets balanced as the source's",
)
def check_punctuation(entry: EntryView, ctx: Context) -> list[Problem]:
    out: list[Problem] = []
    src_end = _last_mark(entry.msgid)
    tgt_end = _last_mark(entry.msgstr)
    ends = _ends(ctx.target)
    if src_end in _SOURCE_ENDS:
        if tgt_end not in ends:
            if tgt_end in ".!?…。！？۔؟।":
                out.append(
                    _problem(
                        "punctuation",
                        entry,
                        f"ends with {tgt_end!r}; {ctx.target.english_name} ends sentences "
                        f"with {ends[0]!r}",
                    )
                )
            else:
                out.append(
                    _problem(
                        "punctuation",
                        entry,
                        f"no sentence-final punctuation (expected {ends[0]!r})",
                    )
                )
        elif src_end in _QUESTION and tgt_end not in _QUESTION:
            out.append(_problem("punctuation", entry, "the source asks a question", "warning"))
    elif tgt_end in ends and tgt_end != "…" and entry.msgid.strip():
        out.append(
            _problem(
                "punctuation",
                entry,
                f"ends with {tgt_end!r}, the source has no full stop",
                "warning",
            )
        )
    s_q = _quote_balance(entry.msgid, ctx.source)
    t_q = _quote_balance(entry.msgstr, ctx.target)
    if s_q != t_q:
        out.append(_problem("punctuation", entry, _balance_message("quote", s_q, t_q)))
    s_b, t_b = _bracket_balance(entry.msgid), _bracket_balance(entry.msgstr)
    if s_b != t_b:
        out.append(_problem("punctuation", entry, _balance_message("bracket", s_b, t_b)))
    return out


def _balance_message(what: str, src: tuple[int, int], tgt: tuple[int, int]) -> str:
    opened, closed = tgt
    if (src[0], src[1]) == (0, 0):
        parts = []
        if opened:
            parts.append(f"{opened} {what}(s) opened and not closed")
        if closed:
            parts.append(f"{closed} {what}(s) closed and not opened")
        return "unbalanced: " + ", ".join(parts)
    return f"{what}s left open/closed {opened}/{closed}, the source {src[0]}/{src[1]}"


_BRACKETS = {
    ")": "(",
    "]": "[",
    "}": "{",
    "）": "（",
    "］": "［",
    "】": "【",
    "》": "《",
    "〉": "〈",
}


def _bracket_balance(text: str) -> tuple[int, int]:
    """(unclosed openers, unopened closers) of round, square, curly and CJK brackets."""
    text = _markup_text(_strip_links(text))
    text = re.sub(r"(?:^|(?<=\s))[a-z0-9ivx]{1,3}\)", " ", text)  # enumerations "a)", "2)"
    unclosed = unopened = 0
    for closer, opener in _BRACKETS.items():
        depth = 0
        for ch in text:
            if ch == opener:
                depth += 1
            elif ch == closer:
                if depth:
                    depth -= 1
                else:
                    unopened += 1
        unclosed += depth
    return unclosed, unopened


# Languages that may open quotations with » (»Zitat«) and that may write ”…” or »…».
_REVERSED_GUILLEMETS = frozenset({"da", "de", "hr", "sl", "cs", "sk"})
_SAME_MARK_QUOTES = frozenset({"sv", "fi"})


def _quote_balance(text: str, language: Language) -> tuple[int, int]:
    """(quotes opened and not closed, closed and not opened), across all quote styles.

    « » “ ” „ 「」 『』 ‹ › and straight double quotes (opening or closing told by the spaces
    around them); ‘ ’ only when ‘ is used at all, and never ’ between letters (an apostrophe);
    »…« where the language writes it, ”…” and »…» (Swedish, Finnish) by alternation.
    """
    text = _markup_text(_strip_links(text))
    low9 = "„" in text
    reversed_guillemets = (
        language.base in _REVERSED_GUILLEMETS
        and "»" in text
        and ("«" not in text or text.index("»") < text.index("«"))
    )
    same_mark = language.base in _SAME_MARK_QUOTES
    singles = "‘" in text
    opened = 0
    unopened = 0
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        kind = ""
        if same_mark and ch in "”»" and "“" not in text and "«" not in text:
            kind = "close" if opened else "open"
        elif ch in "«»":
            kind = "open" if (ch == "«") != reversed_guillemets else "close"
        elif ch in "「『‹„":
            kind = "open"
        elif ch in "」』›":
            kind = "close"
        elif ch == "“":
            kind = "close" if low9 else "open"
        elif ch == "”":
            kind = "close"
        elif ch == "‘" and singles:
            kind = "open"
        elif ch == "’" and singles and not (prev.isalpha() and nxt.isalpha()):
            kind = "close"
        elif ch == '"':
            if prev.isspace() or prev in "([{—–-/" or i == 0:
                kind = "open"
            elif nxt.isspace() or nxt in ".,;:!?)]}…" or i == len(text) - 1:
                kind = "close"
            else:
                kind = "open" if opened == 0 else "close"
        if kind == "open":
            opened += 1
        elif kind == "close":
            if opened:
                opened -= 1
            else:
                unopened += 1
    return opened, unopened
