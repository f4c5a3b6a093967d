"""The glossary check: do-not-translate terms verbatim, names in their glossary form,
required wording (inflection allowed). Countries (a glossary term that is a country too) are
the countries check's (`workflow.quality.countries`): an adjective counts there.

A name with no form for the target language, in a translation written in another script than
the name (a Latin name in Russian, Arabic or Chinese), is a warning asking for a glossary row,
never an error demanding Latin letters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from workflow.lang.countries import Reader, reader
from workflow.lang.languages import Language
from workflow.lang.writing import first_script, letter_class, letter_scripts
from workflow.problems import Problem, Severity
from workflow.quality.paragraphs import SPEAKER_FIRST, glossary_people
from workflow.quality.registry import Context, EntryView, problem, register
from workflow.quality.text import compiled_source as _compiled
from workflow.quality.text import find_form, near_form
from workflow.quality.text import first_word as _first_word
from workflow.quality.text import word_keys as _keys


@dataclass(frozen=True)
class _Required:
    """A wording the translation needs because the source has a term."""

    label: str  # how the message names it
    pattern: re.Pattern[str] | tuple[str, bool]  # finds the term in the source (or: term, fold)
    forms: tuple[str, ...]  # any of these in the target will do
    kind: str  # dnt, name, term, country
    length: int  # of the source term: longer terms cover shorter ones inside them
    severity: Severity = "error"

    @property
    def source(self) -> re.Pattern[str]:
        """The source pattern, compiled when a source first may hold the term."""
        if isinstance(self.pattern, tuple):
            return _compiled(*self.pattern)
        return self.pattern


@dataclass(frozen=True)
class _Requirements:
    terms: tuple[_Required, ...]  # glossary terms, each with its own source pattern
    by_word: Mapping[str, tuple[int, ...]] = field(default_factory=dict)  # first word -> terms

    def candidates(self, source: str) -> list[_Required]:
        """The glossary terms the source may hold (by first word), in glossary order: a
        glossary of 100,000 rows is not 100,000 patterns run on each entry."""
        by_word = self.by_word
        found = sorted({i for k in by_word.keys() & _keys(source) for i in by_word[k]})
        return [self.terms[i] for i in found]


def _required(ctx: Context) -> _Requirements:
    """What the source's terms require of the target (once per catalog,
    and cached per glossary and language pair)."""

    def make() -> _Requirements:
        key = tuple((t.term, t.kind, t.form(ctx.target.code)) for t in ctx.glossary.terms)
        return _required_for(ctx.source, ctx.target, key)

    return ctx.cached("terms.required", make)


@lru_cache(maxsize=64)
def _required_for(
    source: Language, target: Language, terms: tuple[tuple[str, str, str | None], ...]
) -> _Requirements:
    out: list[_Required] = []
    covered: set[str] = set()
    src_countries = reader(source)
    for term, kind, form in terms:
        if form is None:
            continue
        if kind == "term" and _is_country(term, src_countries):
            continue  # the countries check's: "afghan", "афганского" count as the country
        fold = kind == "term" and not term.isupper()  # acronyms keep their case: UN, not "un"
        out.append(_Required(term, (term, fold), (form,), kind, len(term)))
        covered.add(term.casefold())
    by_word: dict[str, list[int]] = {}
    for i, req in enumerate(out):
        by_word.setdefault(_first_word(req.label), []).append(i)
    index = MappingProxyType({k: tuple(v) for k, v in by_word.items()})
    return _Requirements(tuple(out), index)


def _is_country(term: str, src: Reader) -> bool:
    """A glossary term that is one country's name ("Pakistan")."""
    found = src.mentions(term)
    return len(found) == 1 and "name" in found.values() and len(term.split()) <= 3


def _source_text(text: str) -> str:
    """The source as term patterns read it: NFC, typographic apostrophes and spaces plain."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", text).replace("’", "'")
    return _SPACES.sub(" ", text)


_SPACES = re.compile(r"[\u00a0\u202f\u2009]")


def _uncovered(req: _Required, spans: list[tuple[int, int]], taken: list[tuple[int, int]]) -> bool:
    """True if some occurrence of the term is not inside a longer term's occurrence."""
    return any(not any(a <= s and e <= b and (b - a) > (e - s) for a, b in taken) for s, e in spans)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


@register(
    "glossary",
    "error",
    "glossary terms (do-not-translate verbatim, names, required wording)",
)
def check_glossary(entry: EntryView, ctx: Context) -> list[Problem]:
    source = _source_text(entry.msgid)
    found = _found(source, _required(ctx))
    taken = [s for _, spans in found for s in spans]
    out: list[Problem] = []
    for req, spans in found:
        if _uncovered(req, spans, taken):
            out += _unmet(req, spans, source, entry, ctx)
    return out + _moved_name_misspelt(entry, ctx, {r.label for r, _ in found})


def _moved_name_misspelt(entry: EntryView, ctx: Context, said: set[str]) -> list[Problem]:
    """A glossary person's name, one character (a letter) from the glossary's form, in a
    translation whose source does not name the person: the speaker moved in from the next
    sentence ("赵兑烈先生说：“我们承受不起倒退的代价。" for "“We cannot afford to step
    backward.", Mr. Cho named in the next) and misspelt ("赵对烈"). Where the source names the
    person, the requirement above reads the name."""
    if ctx.target.base not in SPEAKER_FIRST:
        return []
    names = ctx.cached("terms.names", lambda: _glossary_names(ctx))
    out = []
    chars = set(entry.msgstr)
    text: str | None = None
    for term, form, letters in names:
        # (a quick test: all but one of the form's characters in the text, its first among them)
        if form[0] not in chars or len(letters - chars) > 1 or term in said:
            continue
        if len(form) >= 5 and form[:2] not in entry.msgstr and form[-2:] not in entry.msgstr:
            continue  # (one character off, a name of five keeps its first or last two)
        if form in entry.msgstr:
            continue
        if text is None:
            # countries blanked: "斯坦的" of 乌兹别克斯坦的 is no misspelt 斯坦因 (Stein)
            text = entry.msgstr
            for a, b in reader(ctx.target).spans(text):
                text = text[:a] + " " * (b - a) + text[b:]
        near = near_form(form, text)
        if near:
            out.append(
                problem(
                    "glossary",
                    entry,
                    f"name {term!r} written {near!r}? (the glossary has {form!r})",
                )
            )
    return out


def _glossary_names(ctx: Context) -> list[tuple[str, str, frozenset[str]]]:
    """`paragraphs.glossary_people` with each form's characters: (term, form, characters)."""
    return [(term, form, frozenset(form)) for term, form in glossary_people(ctx)]


def _found(source: str, required: _Requirements) -> list[tuple[_Required, list[tuple[int, int]]]]:
    """The glossary terms that the source has, with their spans."""
    found: list[tuple[_Required, list[tuple[int, int]]]] = []
    for req in required.candidates(source):
        spans = _spans(req.source, source)
        if spans:
            found.append((req, spans))
    return found


def _unmet(
    req: _Required, spans: list[tuple[int, int]], source: str, entry: EntryView, ctx: Context
) -> list[Problem]:
    """The problem, if any, of a requirement the source has that the translation does not meet."""
    target = entry.msgstr
    if req.kind == "dnt":
        if _verbatim(req.forms[0], target):
            return []
        return [problem("glossary", entry, f"do-not-translate {req.label!r} missing")]
    if req.kind == "name":
        if any(find_form(f, target, ctx.target, fold=False) == "exact" for f in req.forms):
            return []
        if first_script(req.forms[0]) not in letter_scripts(ctx.target):
            return [
                problem(
                    "glossary",
                    entry,
                    f"name {req.label!r} not found: the glossary has no {ctx.target.code} form "
                    "for it (add one to locales/glossary.csv)",
                    "warning",
                )
            ]
        return [problem("glossary", entry, f"name {req.label!r} should read {req.forms[0]!r}")]
    results = [find_form(f, target, ctx.target, fold=True) for f in req.forms]
    if "exact" in results:
        return []
    # an acronym of the form spelt out: "Устав ООН" written "Устав Организации Объединенных Наций"
    results += [find_form(f, target, ctx.target, fold=True) for f in _spelt_out(req.forms[0], ctx)]
    if "exact" in results:
        return []
    what = "term"
    label = req.label
    inflects = True
    if ("close" in results and inflects) or _in_compound(spans, source):
        return [
            problem(
                "glossary",
                entry,
                f"{what} {label!r}: {req.forms[0]!r} not found as such (inflected?)",
                "warning",
            )
        ]
    acronym = _new_acronym(source, target, req.forms[0])
    if acronym:
        # "Организация Объединенных Наций" written "ООН", "Nations Unies" written "l'ONU"
        return [
            problem(
                "glossary",
                entry,
                f"{what} {label!r}: {req.forms[0]!r} not found; written {acronym!r}?",
                "warning",
            )
        ]
    return [
        problem("glossary", entry, f"{what} {label!r} should read {req.forms[0]!r}", req.severity)
    ]


_ACRONYM = re.compile(r"(?<!\w)[A-ZÀ-ÞА-ЯЁ]{2,6}(?!\w)")


def _spelt_out(form: str, ctx: Context) -> list[str]:
    """The form with an acronym of it written as the glossary's form it stands for, the
    initials of that form's words in order ("Устав ООН" -> "Устав Организации Объединенных
    Наций", from the glossary's "Организация Объединенных Наций")."""
    acronyms = _ACRONYM.findall(form)
    if not acronyms:
        return []
    out: list[str] = []
    for t in ctx.glossary.terms:
        full = t.form(ctx.target.code)
        if not full or full == form:
            continue
        initials = "".join(w[0].upper() for w in full.split() if len(w) > 2 and w[0].isalpha())
        for a in acronyms:
            if initials == a:
                out.append(re.sub(rf"(?<!\w){re.escape(a)}(?!\w)", full, form))
    return out


def _new_acronym(source: str, target: str, form: str) -> str:
    """An acronym of the translation that the source does not have and that may stand for the
    form: the initials of its words, in order ("Организация Объединенных Наций" -> ООН,
    "Nations Unies" -> ONU); "" if none."""
    initials = [w[0].upper() for w in form.split() if len(w) > 2 and w[0].isalpha()]
    if len(initials) < 2:
        return ""
    have = set(_ACRONYM.findall(source))
    for a in _ACRONYM.findall(target):
        a = str(a)
        rest = iter(a)
        if a not in have and all(c in rest for c in initials):
            return a
    return ""


def _verbatim(term: str, text: str) -> bool:
    t = unicodedata.normalize("NFC", text).replace("’", "'")
    f = unicodedata.normalize("NFC", term).replace("’", "'")
    letters = letter_class(first_script(f))
    if not letters:
        return f in t
    return _verbatim_pattern(letters, f).search(t) is not None


@lru_cache(maxsize=4096)
def _verbatim_pattern(letters: str, form: str) -> re.Pattern[str]:
    """A form not inside a word (compiled once: the re module's cache is too small for every
    term's pattern)."""
    return re.compile(f"(?<![{letters}])" + re.escape(form))


def _in_compound(spans: list[tuple[int, int]], source: str) -> bool:
    """The term is part of a compound ("anti-Pakistan", "Pakistan-led"): unsure."""
    return all(
        (s > 0 and source[s - 1] == "-") or (e < len(source) and source[e : e + 1] == "-")
        for s, e in spans
    )
