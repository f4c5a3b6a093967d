"""The names check: the source's proper names are carried into the translation.

A name is a capitalised word of the source that is not its sentence's first word alone, not
an acronym, not a country (the countries check's), not inside a glossary term (the glossary
check's), not one of the capitalised words of institutions, titles, days and months
(`workflow.lang.words.CAPITALISED_WORDS_EN`), and not in a capitalised title ("Maintenance of
International Peace and Security") or a heading in title case. A name after a title ("Ambassador
Munir Akram", "Secretary-General António Guterres") is a person's name.

- **Latin-script translation** (fr, es, pt...): the name verbatim (accents and case aside).
  Missing, with a word of the translation one letter away (two letters swapped, a letter
  changed, added or dropped) in a person's name or a name of two words or more: an error,
  "Guterres" written "Guetrres"; unless the edit is one transcriptions make (a vowel changed,
  added or dropped, y/i, k/c, a doubled letter, an h, "ch" for "sh", "tch" for "ch":
  "Zelensky"/"Zelenski", "Rouhani"/"Rohani", "Bashar"/"Bachar"), then a warning. A single word one
  letter away (a place: "Geneva"/"Genève") is a warning. A person's name missing with no
  such word, or a name of which another word is there ("Roger Piedra" for "Roger Stone"):
  an error, the name translated or replaced; two letters away ("Poutine" for "Putin"): a
  warning. Other names missing: a warning.
- **Other scripts** (ru, ar, zh...): the name in Latin letters is fine; its glossary form is
  the glossary check's; a person's name found neither way is a warning asking for a glossary
  row with the language's form. Never an error demanding Latin letters.

Pure: no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from workflow.lang import countries, languages
from workflow.lang.languages import Language
from workflow.lang.words import CAPITALISED_WORDS_EN, NAME_HEADS_EN, NAME_TITLES_EN
from workflow.lang.writing import letter_scripts
from workflow.problems import Problem, Severity
from workflow.quality.registry import Context, EntryView, problem, register
from workflow.quality.text import plain

_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’][^\W\d_]+)?")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”«»(\[]\s*|\s[-–—]\s)$")
_TITLES = frozenset(NAME_TITLES_EN.split())
_CAPITALISED = frozenset(CAPITALISED_WORDS_EN.split())
_ABBREVIATED = ("Mr", "Mrs", "Ms", "Dr", "Prof", "St", "H.E")
_CONNECTORS = frozenset("of and for the de la du des del da do von van der bin al".split())
# what joins a body's head noun to the rest of its name: "Convention on Biological Diversity",
# "Institute for Training and Research", "Convention against Torture"
_BODY_CONNECTORS = frozenset("on for against".split())
_EN = languages.parse("en")
_POSSESSIVE = re.compile(r"['’]s$")
# prefixes of an adjective, capitalised at a sentence's start ("Sub-Saharan", "Pan-African")
_PREFIXES = frozenset(
    "Sub Pan Pro Non Anti Trans Post Pre Inter Intra Extra Ultra Neo Mid Semi Afro Euro Indo"
    " Sino Russo Franco Anglo Ibero Latino".split()
)


@dataclass(frozen=True)
class _Name:
    word: str  # as written in the source, possessive dropped
    person: bool  # after a title: a person's name
    run: tuple[str, ...]  # the name words of its run ("Munir", "Akram")
    heading: bool = False  # in a title-case text: maybe a capitalised verb ("Secretary-General
    # Tells ECOSOC")


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "ʻ": "'"})


def _fold(word: str) -> str:
    """A word without accents, lower case, one apostrophe: names compare so ("Vladímir" =
    "Vladimir", "Ra’ad" = "Ra'ad": French typography turns ' into ’)."""
    if word.isascii():  # nothing to decompose, no mark, no typographic apostrophe
        return word.casefold()
    nfd = unicodedata.normalize("NFD", word)
    # the marks among the text's distinct characters (not a test at every letter)
    marks = {ord(c): None for c in set(nfd) if unicodedata.combining(c)}
    return (nfd.translate(marks) if marks else nfd).casefold().translate(_APOSTROPHES)


@lru_cache(maxsize=8192)
def source_names(text: str, heading: bool) -> tuple[_Name, ...]:
    """The proper names of an English source text (see the module's rules)."""
    rest = text[1:]
    # no capital after the first letter (islower: no upper or title case letter, one lower at
    # least; a text it is not true of is looked at letter by letter)
    if rest.islower() or not any(c.isupper() for c in rest):
        return ()
    words = list(_WORD.finditer(text))
    if not words:
        return ()
    capitalised = [w for w in words if w.group()[0].isupper()]
    title_case = heading or len(capitalised) > 0.75 * len(words)
    runs: list[list[tuple[re.Match[str], bool]]] = []
    run: list[tuple[re.Match[str], bool]] = []
    last_end = -1
    prev = ""
    for w in words:
        token = w.group()
        gap = text[last_end : w.start()] if last_end >= 0 else ""
        joined = last_end >= 0 and (
            gap in (" ", "-", " -", "- ")
            or (gap == ". " and text[:last_end].endswith(_ABBREVIATED))
        )
        if token[0].isupper() and gap == "-" and (prev[:1].islower() or prev in _PREFIXES):
            # "sub-Saharan", "pro-Russian", "non-European" (a sentence's "Sub-Saharan Africa"
            # too): an adjective, not a name
            if run:
                runs.append(run)
            run = []
        elif token[0].isupper() or (
            run
            and joined
            and (
                token in _CONNECTORS
                or (token in _BODY_CONNECTORS and _POSSESSIVE.sub("", prev) in NAME_HEADS_EN)
            )
        ):
            if run and not joined:
                runs.append(run)
                run = []
            run.append((w, bool(_SENTENCE_START.search(text[: w.start()]))))
        else:
            if run:
                runs.append(run)
            run = []
        last_end = w.end()
        prev = token
    if run:
        runs.append(run)
    out: list[_Name] = []
    # a country's name of several words is no person's name, even before a title ("Sierra
    # Leone's Foreign Minister": "Leone" is not a name of the Minister's)
    in_country = _country_spans(text) if any(len(r) > 1 for r in runs) else []
    for r in runs:
        while r and r[-1][0].group() in _CONNECTORS:
            r.pop()
        tokens = [m.group() for m, _ in r]
        titled = any(t in _TITLES for t in tokens)
        if any(t in _CONNECTORS for t in tokens) and len(tokens) >= 3 and not titled:
            continue  # a title of something: "Maintenance of International Peace ..."
        person = False
        office = False  # a title of office: "Under-Secretary-General for Humanitarian Affairs"
        bodies = _named_body(tokens)  # "Consolidated Appeal Process": no name in it
        names: list[str] = []
        # the words before a person's title in the run qualify the title ("Emergency Relief
        # Coordinator Jan Egeland", "Special Envoy"): the name comes after it
        first_title = next(
            (i for i, t in enumerate(tokens) if _POSSESSIVE.sub("", t) in _TITLES), 0
        )
        for i, (m, starts) in enumerate(r):
            token = m.group()
            base = _POSSESSIVE.sub("", token)
            if i < first_title:
                continue
            if base in _TITLES or base in _CONNECTORS:
                if base in _TITLES and base != token:
                    # a title in the possessive ("the Secretary-General's Peacebuilding Fund
                    # Advisory Group"): what follows is the office-holder's, a body or a
                    # thing, no person's name
                    person = office = False
                    bodies = _named_body(tokens[i + 1 :])
                elif base in _TITLES:
                    person = True
                    bodies = False
                    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
                    # (or words qualifying a title after them: "Deputy Emergency Relief
                    # Coordinator")
                    office = nxt in ("for", "of", "on") or _qualifies_title(tokens[i + 1 :])
                continue
            if office or (bodies and not person):
                continue
            if any(a <= m.start() and m.end() <= b for a, b in in_country):
                continue
            if base in _CAPITALISED or len(base) < 3 or sum(c.isupper() for c in base) > 1:
                continue  # an acronym (UN, NGOs), a title, an institution's word
            if starts and i == 0:
                continue  # the sentence's first word: maybe only capitalised there
            if title_case and not person:
                continue
            names.append(base)
        for n in names:
            out.append(_Name(n, person, tuple(names), heading))
    return tuple(out)


def _qualifies_title(tokens: list[str]) -> bool:
    """Whether a run's words up to a title of a person are all capitalised words of no
    connector: they qualify that title ("Emergency Relief" of "Emergency Relief Coordinator")."""
    for t in tokens:
        base = _POSSESSIVE.sub("", t)
        if base in _TITLES:
            return True
        if base in _CONNECTORS:
            return False
    return False


def _country_spans(text: str) -> list[tuple[int, int]]:
    """Where an English text names a country (or has its adjective)."""
    return countries.reader(_EN).spans(text)


def _named_body(tokens: list[str]) -> bool:
    """Whether a run of capitalised words is the name of a body, plan, programme, event or
    document (it holds a head noun of `NAME_HEADS_EN` before any title of a person)."""
    for t in tokens:
        base = _POSSESSIVE.sub("", t)
        if base in _TITLES:
            return False
        if base in NAME_HEADS_EN:
            return True
    return False


# Letters transcriptions trade for one another: a change among them may be a transcription.
_SIMILAR = ["yij", "kcq", "uwv", "sz", "fv", "aeiouy"]


def _edit(a: str, b: str) -> tuple[int, bool]:
    """(Damerau-Levenshtein distance capped at 3, whether a one-letter edit is one that
    transcriptions make) of two folded words."""
    if abs(len(a) - len(b)) > 2:
        return 3, False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            i = diff[0]
            x, y = a[i], b[i]
            # "sh" written "ch": the French transcription ("Bachar" for "Bashar")
            sh = {x, y} == {"s", "c"} and a[i + 1 : i + 2] == "h"
            return 1, sh or any(x in g and y in g for g in _SIMILAR)
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1
        if swapped and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return 1, False  # two letters swapped: a misspelling
    if abs(len(a) - len(b)) == 1:
        long, short = (a, b) if len(a) > len(b) else (b, a)
        for i in range(len(long)):
            if long[:i] + long[i + 1 :] == short:
                dropped = long[i]
                doubled = (i > 0 and long[i - 1] == dropped) or (
                    i + 1 < len(long) and long[i + 1] == dropped
                )
                # a vowel, h or y more or less: a transcription ("Rohani" for "Rouhani",
                # "Zelenski" for "Zelenskyi", "Mohamed" for "Mohammed"); "tch" for "ch", the
                # French transcription of Russian ч ("Gorbatchev")
                tch = dropped == "t" and long[i + 1 : i + 3] == "ch"
                return 1, doubled or tch or dropped in "heyaiou"
    return _levenshtein(a, b), False


def _levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
        if min(prev) > 2:
            return 3
    return min(prev[-1], 3)


def _replaced_next_to(kept: dict[str, int], source: str, target: str) -> bool:
    """Whether a word of the target next to a kept name word, on the side the missing word
    stood in the source (`kept`: the kept word -> -1 or 1), is capitalised and not in the
    source: the name's other word replaced by another name ("Roger Stone" -> "Roger Piedra").
    A new capitalised word on the other side is the name's words translated in the target's
    order ("Zero Hunger" -> "Faim « zéro »": French and Spanish put the noun first)."""
    words = list(_WORD.finditer(target))
    src = {_fold(w) for w in _WORD.findall(source)}
    keep = {_fold(k): side for k, side in kept.items()}
    for i, w in enumerate(words):
        side = keep.get(_fold(w.group()))
        if side is None:
            continue
        j = i + side
        if 0 <= j < len(words):
            other = words[j].group()
            if other[:1].isupper() and _fold(other) not in src:
                return True
    return False


def _lower_only(folded: str, target: str) -> bool:
    """Whether every word of the target that folds to `folded` starts in lower case."""
    found = [w for w in _WORD.findall(target) if _fold(w) == folded]
    return bool(found) and all(w[:1].islower() for w in found)


def _glossary_words(ctx: Context) -> frozenset[str]:
    """Words of the glossary's terms (their source side): the glossary check's."""

    def make() -> frozenset[str]:
        return frozenset(w for t in ctx.glossary.terms for w in _WORD.findall(t.term))

    return ctx.cached("names.glossary", make)


def _country_words(language: Language, text: str) -> bool:
    return bool(countries.reader(language).mentions(text))


@register("names", "error", "the source's proper names carried into the translation, spelt alike")
def check_names(entry: EntryView, ctx: Context) -> list[Problem]:
    if ctx.source.base != "en":
        return []
    source = plain(entry.msgid)
    found = source_names(source, entry.kind in ("heading", "title"))
    if not found:
        return []
    glossary = _glossary_words(ctx)
    target = plain(entry.msgstr)
    latin = "Latn" in letter_scripts(ctx.target)
    t_words = set(_WORD.findall(_fold(target)))  # one fold of the text, not one per word
    out: list[Problem] = []
    seen: set[str] = set()
    seen_runs: set[str] = set()
    for name in found:
        if name.word in seen or name.word in glossary:
            continue
        seen.add(name.word)
        folded = _fold(name.word)
        if folded in t_words or any(w.startswith(folded) for w in t_words):
            continue
        if _country_words(ctx.source, name.word):
            continue
        if not latin:
            if name.person and name.run[0] not in seen_runs:
                seen_runs.add(name.run[0])
                # the person's words, not a country after them ("Ambassador Yamazaki of Japan")
                words = [w for w in name.run if not _country_words(ctx.source, w)]
                out.append(
                    problem(
                        "names",
                        entry,
                        f"name {' '.join(words)!r}: not in Latin letters and the glossary has "
                        f"no {ctx.target.code} form (add one to locales/glossary.csv)",
                        "warning",
                    )
                )
            continue
        out.append(_missing(name, folded, t_words, entry, target))
    return out


# An English word of an institution's name with the ending of a common noun ("Convention to
# Combat Desertification"): translated by its cognate ("Desertificación"), not a name misspelt
_COMMON_NOUN = re.compile(r"(?:tion|sion|ment|ity|ism|ance|ence|ship|ness)s?$")


def _missing(name: _Name, folded: str, t_words: set[str], entry: EntryView, target: str) -> Problem:
    # in a fixed order (a set's order changes from one process to the next): the same entry
    # gets the same problem in every run; a transcription-like spelling is taken first
    near = [
        (_edit(folded, w), w) for w in sorted(t_words) if w[:1] == folded[:1] or len(folded) > 5
    ]
    one = sorted(((similar, w) for (d, similar), w in near if d == 1), key=lambda sw: not sw[0])
    two = [w for (d, _), w in near if d == 2]
    if one and len(folded) >= 4:
        similar, w = one[0]
        # a place's name may be its exonym ("Genève"): errors only for people's names; a word
        # the translation writes in lower case is a common word translated ("Process" ->
        # "proceso", "Migration" -> "migración"), not a name misspelt, and so is a headline's
        # verb after a title ("Director-General Declares" -> "déclare")
        lower = _lower_only(w, target)
        sure = (name.person and not (name.heading and lower)) or (
            len(name.run) >= 2 and not lower and not _COMMON_NOUN.search(name.word)
        )
        severity: Severity = "warning" if similar or not sure else "error"
        note = " (a transcription?)" if similar else ""
        return problem("names", entry, f"name {name.word!r} written {w!r}{note}", severity)
    at = name.run.index(name.word)
    # each kept word of the name, with the side of it the missing word stood on
    kept = {
        o: 1 if k < at else -1
        for k, o in enumerate(name.run)
        if o != name.word and _fold(o) in t_words
    }
    # another word of the name kept, a new capitalised word next to it: replaced ("Roger
    # Stone" -> "Roger Piedra"); kept alone, a common word of a place's name translated ("Gaza
    # Strip" -> "la bande de Gaza")
    replaced = bool(kept) and _replaced_next_to(kept, entry.msgid, target)
    if (name.person or replaced) and not two and not name.heading:
        return problem(
            "names", entry, f"name {name.word!r} missing: translated, replaced or dropped?"
        )
    hint = f" ({two[0]!r}: another spelling?)" if two else ""
    return problem("names", entry, f"name {name.word!r} not found{hint}", "warning")
