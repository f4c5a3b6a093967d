"""The untranslated check: the translation is not the source copied, nor left in the
source's script (words of it), nor in the source's language (its function words, its word
pairs). In another script, unit symbols after a figure ("1.5°C", "160 km/h") are no words, nor
is a title-case name of the source kept whole in its letters ("Save the Children").
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache

from workflow.lang import languages, lexicon
from workflow.lang.words import FUNCTION_WORDS
from workflow.lang.writing import SCRIPT_RANGES, letter_class, letter_scripts, script_of
from workflow.problems import Problem
from workflow.quality.registry import Context, EntryView, problem, register
from workflow.quality.text import plain
from workflow.source import inline

_ACRONYM = re.compile(r"(?<![^\W\d_])[A-Z][A-Z0-9&]*[A-Z0-9](?:s)?(?![^\W\d_])")


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


@register(
    "untranslated",
    "error",
    "the translation is not the source copied, nor left in the source's language or script",
)
def check_untranslated(entry: EntryView, ctx: Context) -> list[Problem]:
    src, tgt = entry.msgid, entry.msgstr
    allowed = ctx.cached("untranslated.allowed", lambda: _allowed_foreign(ctx))
    # 1. copied: identical, with real words left once names and terms are set aside
    if " ".join(src.split()) == " ".join(tgt.split()):
        residue = _residue(src, ctx, allowed)
        other_script = ctx.source.script != ctx.target.script
        if (
            (len(residue) >= 3 and not _a_name(residue, ctx))
            # in another script, any word of the source left ("Background", "Media enquiries"):
            # a name too is written in the target's letters (acronyms and glossary terms are
            # not in the residue)
            or (other_script and residue)
            # in the same script, words the target says otherwise ("Background", "Press
            # release"); not a name of several words ("Amina Mohammed": dictionaries hold some),
            # nor a dateline's place, a town's name whatever English word it spells ("Nice")
            or (
                not other_script
                and not (len(residue) > 1 and _a_name(residue, ctx))
                and not (entry.kind == _DATELINE and _a_name(residue, ctx))
                and _common_words(residue, ctx)
            )
        ):
            return [problem("untranslated", entry, "translation is the source text")]
        if residue:
            return [
                problem(
                    "untranslated",
                    entry,
                    f"translation is the source text ({' '.join(residue)})",
                    "warning",
                )
            ]
        return []
    counts = _script_counts(plain(src))
    src_scripts = set(counts)
    tgt_scripts = letter_scripts(ctx.target)
    main = _main_script(counts)
    if main and main not in tgt_scripts:
        return _foreign_script(entry, ctx, main, allowed)
    if ctx.target.base != ctx.source.base and src_scripts:
        return _foreign_words(entry, ctx)
    return []


# The extractor's kind of a release's dateline place (`workflow.catalogs.extract`)
_DATELINE = "dateline place"


def _common_words(words: Sequence[str], ctx: Context) -> list[str]:
    """The words of a short text copied whole into a translation of the same script that the
    target says otherwise by the bilingual dictionary (`lang/lexicon.py`): "Background" (fr
    "contexte", "fond"), not "Contact" (fr "contact") nor a name no dictionary has."""
    if ctx.source.base != "en":
        return []
    lex = lexicon.load_with_kin(ctx.target.base)
    if lex is None:
        return []
    english = lexicon.english_headwords(ctx.target.base)
    out = []
    for w in words:
        if w.casefold() not in english:
            continue  # not a word of the English-to-target dictionary: a name, maybe
        said = lex.get(w.casefold())
        own = lexicon.normalise(w, lex.script)
        if said and not any(own.startswith(st) or st.startswith(own[:4]) for st in said):
            out.append(w)
    return out


_NAME_WORDS = 6
_TITLE_WORDS = frozenset("of the and for on in to with at by from as is are".split())
_NAME_PARTICLES = frozenset(
    "al bin ben ibn el de da del der di dos das du la le van von ould y e".split()
)


def _a_name(words: Sequence[str], ctx: Context) -> bool:
    """Every word capitalised (or a name particle: bin, de, van, ould): a person's or a
    body's name, which a translation in the same script keeps as it is ("Mohamed Ould Cheikh
    Ahmed", "Linda Thomas-Greenfield")."""
    if ctx.source.script != ctx.target.script or len(words) > _NAME_WORDS:
        return False
    if any(w.lower() in _TITLE_WORDS for w in words):
        return False  # a headline in title case ("Council Extends Mandate Of Mission")
    return any(w[:1].isupper() for w in words) and all(
        w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words
    )


def _script_counts(text: str) -> dict[str, int]:
    """Letters of each script in a text, scripts in the order of their first letter (each
    distinct character's script asked once)."""
    if text.isascii():  # every letter Latin
        letters = sum(map(str.isalpha, text))
        return {"Latn": letters} if letters else {}
    counts: dict[str, int] = {}
    for ch, n in Counter(text).items():
        s = script_of(ch)
        if s:
            counts[s] = counts.get(s, 0) + n
    return counts


def _main_script(counts: dict[str, int]) -> str:
    """The script with most letters (the first of a tie)."""
    return max(counts.items(), key=lambda kv: kv[1])[0] if counts else ""


def _residue(src: str, ctx: Context, allowed: Sequence[str]) -> list[str]:
    """Words of the source that a translation would normally change."""
    text = _remove(plain(src), allowed)
    tgt_names = languages.territory_names(ctx.target)
    for code, name in languages.territory_names(ctx.source).items():
        if tgt_names.get(code) == name and name in text:  # (no match without the name)
            text = _whole(name).sub(" ", text)
    words = _TWO_LETTERS.findall(_ACRONYM.sub(" ", text))
    return words


_TWO_LETTERS = re.compile(r"[^\W\d_]{2,}")


@lru_cache(maxsize=4096)
def _whole(name: str) -> re.Pattern[str]:
    """A name as a whole word (compiled once: the re module's own cache is too small for the
    checks' many patterns, and a compile costs more than a check)."""
    return re.compile(r"(?<![^\W_])" + re.escape(name) + r"(?![^\W_])")


# A web address written as text, with no scheme ("press.un.org", "www.unhcr.org/ukraine"):
# plain() leaves it as link text, and it is no word of any language.
_DOMAIN = re.compile(r"(?<![\w@.])(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?:/[^\s)\]]*)?(?![\w@]|\.\w)")


# A hashtag or a handle ("#EveryChild", "@UNICEF"): a campaign's or an account's name, kept in
# its letters in every language.
_HASHTAG = re.compile(r"(?<![A-Za-z0-9_#@])[#@][A-Za-z0-9][A-Za-z0-9_]*")


# A unit's symbol after a figure ("1.5°C", "125 km", "177 km/h", "200 mm", "3 km²", "10万km²"):
# no word of the source's language, and Chinese, Russian and Arabic texts write many in Latin
# letters.
_UNIT_SYMBOL = re.compile(
    r"(?<=[\d°万亿千百])\s?°?[A-Za-zµ]{1,4}(?:[/²³][A-Za-z]{0,3}[²³]?)*(?![A-Za-z])"
)
# A proper name of the source in title case, function words inside ("Save the Children",
# "Friends of the Earth", "Médecins Sans Frontières"): an organisation or a title that
# translations into another script may keep in its own letters (Russian "Save the Children").
_NAME_PHRASE = re.compile(
    r"(?<![^\W\d_])[A-Z][^\W\d_]+(?:[ -](?:(?:of|the|and|for|on|in|without|sans|de|du|des|la|le)"
    r"[ -])*[A-Z][^\W\d_]+){1,5}(?![^\W\d_])"
)


_TWO_CAPITALS = re.compile(r"[A-Z][^A-Z]*[A-Z]")  # a cheap test before reading names
_FIGURE_OR_DEGREE = re.compile(r"[\d°]")
_LATIN_RUN = re.compile(
    r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’]*(?:[ -]+[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’]*)*"
)


def _without_source_names(entry: EntryView, tgt: str) -> str:
    """The target without the runs of Latin words that are, whole, a title-case name of the
    source ("Save the Children" kept in a Russian text). A run holding more ("Universal
    Declaration of Human Rights on") stays: a phrase left untranslated. Not for a heading or a
    title, whose every word is capitalised."""
    if entry.kind in ("heading", "title") or not _TWO_CAPITALS.search(entry.msgid):
        return tgt
    names = {m.group() for m in _NAME_PHRASE.finditer(plain(entry.msgid))}
    names |= {part for n in names for part in n.split(" and ")}  # two names in a row
    if not names:
        return tgt
    return _LATIN_RUN.sub(lambda m: " " if m.group() in names else m.group(), tgt)


def _foreign_script(
    entry: EntryView, ctx: Context, script: str, allowed: Sequence[str]
) -> list[Problem]:
    tgt = _remove(_DOMAIN.sub(" ", plain(entry.msgstr)), allowed)
    if "#" in tgt or "@" in tgt:  # the source's hashtags and handles, kept as they are
        tgt = _HASHTAG.sub(lambda m: " " if m.group() in entry.msgid else m.group(), tgt)
    tgt = _ACRONYM.sub(" ", tgt)
    if _FIGURE_OR_DEGREE.search(tgt):
        tgt = _UNIT_SYMBOL.sub(" ", tgt)
    tgt = _without_source_names(entry, tgt)
    # the source's wording given in brackets after its translation, as Urdu and Arabic
    # journalists do: "سائبر جنگ (cyber warfare)"
    source = entry.msgid.casefold()
    tgt = _GLOSS.sub(lambda m: " " if m.group(1).strip().casefold() in source else m.group(), tgt)
    words = _script_words(tgt, script)
    letters = sum(map(str.isalpha, tgt))
    foreign = sum(len(w) for w in words)
    # proper names copied from the source (capitalised there) are fine in small numbers
    capitalised = set(_CAPITALISED.findall(entry.msgid))
    lower = [w for w in words if w not in capitalised]
    share = foreign / letters if letters else 0.0
    if (len(words) >= 2 and share > 0.5) or len(lower) >= 3 or _phrase_run(tgt, script):
        return [
            problem(
                "untranslated",
                entry,
                f"{len(words)} word(s) left in {script} script: {' '.join(words[:6])}",
            )
        ]
    if lower:
        return [
            problem(
                "untranslated",
                entry,
                f"word(s) in {script} script: {' '.join(lower)}",
                "warning",
            )
        ]
    return []


_CAPITALISED = re.compile(r"(?<![^\W_])[A-Z][^\W\d_]+")
_GLOSS = re.compile(r"[(（]([^()（）]+)[)）]")


def _phrase_run(text: str, script: str) -> bool:
    """Three words or more of the script in a row, one in lower case: a phrase, not a name."""
    pattern = _run_of_three(script)
    if pattern is None:
        return False
    for m in pattern.finditer(text):
        if any(w[0].islower() for w in _SPACE_OR_HYPHEN.split(m.group())):
            return True
    return False


_SPACE_OR_HYPHEN = re.compile(r"[ \-]+")


@lru_cache(maxsize=64)
def _run_of_three(script: str) -> re.Pattern[str] | None:
    letters = letter_class(script)
    if not letters:
        return None
    word = f"[{letters}][{letters}'’]*"
    return re.compile(rf"{word}(?:[ \-]+{word}){{2,}}")


def _script_words(text: str, script: str) -> list[str]:
    """Runs of letters of one script ("Council" in "举Council"), apostrophes inside kept."""
    pattern = _script_run(script)
    if pattern is not None:
        return pattern.findall(text)
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


# Scripts whose letters are enumerated into a character class (the others: letter by letter).
_SPANS: dict[str, list[tuple[int, int]]] = {"Latn": [(0, 0x250), (0x1E00, 0x1F00)]}
for _lo, _hi, _name in SCRIPT_RANGES:
    _SPANS.setdefault(_name, []).append((_lo, _hi + 1))


@cache
def _script_run(script: str) -> re.Pattern[str] | None:
    """A run of `_script_words`: letters of the script (every character `script_of` puts in
    it, as a class), an apostrophe between two of them kept."""
    spans = _SPANS.get(script)
    if spans is None:
        return None
    chars = [chr(o) for lo, hi in spans for o in range(lo, hi) if script_of(chr(o)) == script]
    ranges: list[list[int]] = []
    for o in map(ord, chars):
        if ranges and ranges[-1][1] == o - 1:
            ranges[-1][1] = o
        else:
            ranges.append([o, o])
    cls = "".join(
        re.escape(chr(lo)) + ("-" + re.escape(chr(hi)) if hi > lo else "") for lo, hi in ranges
    )
    return re.compile(rf"[{cls}]+(?:['’][{cls}]+)*")


def _foreign_words(entry: EntryView, ctx: Context) -> list[Problem]:
    """Same script: source word pairs copied into the translation, or the source's function
    words ("the", "of", "which") that the target language does not have."""
    # a web address written as text ("peacekeeping.un.org/en/in-memoriam") is no English,
    # nor the title of a work kept in its own language (`_kept_titles`)
    msgstr = entry.msgstr
    for title in _kept_titles(entry.msgid, msgstr):
        msgstr = msgstr.replace(title, " ")
    copied = _copied_pairs(_no_domain(entry.msgid), _no_domain(msgstr))
    stop = ctx.cached("untranslated.stop", lambda: _stop_words(ctx))
    tokens = list(map(str.lower, _LETTERS.findall(plain(msgstr))))
    hits = list(filter(stop.__contains__, tokens))
    name = ctx.source.english_name
    tail = _copied_tail(entry.msgid, msgstr)
    if (
        len(tail) >= _TAIL_WORDS
        and any(w in stop for w in tail)
        and not _a_name_phrase(" ".join(tail), entry.msgid)
    ):
        return [
            problem(
                "untranslated", entry, f"left in {name}: {' '.join(tail)} (the source's last words)"
            )
        ]
    if len(copied) >= 3 or (len(hits) >= 3 and len(hits) >= 0.15 * len(tokens)):
        shown = " | ".join(copied[:4]) if copied else " ".join(dict.fromkeys(hits))
        return [problem("untranslated", entry, f"left in {name}: {shown}")]
    if len(copied) >= 2 or (len(hits) >= 2 and len(hits) >= 0.1 * len(tokens)):
        shown = " | ".join(copied) if copied else " ".join(dict.fromkeys(hits))
        return [problem("untranslated", entry, f"{name} words: {shown}", "warning")]
    return []


_LETTERS = re.compile(r"[^\W\d_]+")
# The source's last words, a function word of its language among them, ending the translation
# too ("… consultez [unfccc.int](…) or write to press@unfccc.int.", "… de la Week in June
# 2026."): its second half left in the source's language. A translation ends with its
# source's words only where they are a name ("Celeste Saulo", "Zarb-i-Azb", "New York").
_TAIL_WORDS = 3


def _copied_tail(source: str, target: str) -> list[str]:
    """The words (figures, e-mails, web addresses set aside) both texts end with."""
    a, b = _tail_words(source), _tail_words(target)
    k = 0
    while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
        k += 1
    return a[len(a) - k :]


def _a_name_phrase(words: str, source: str) -> bool:
    """Whether the words are, whole, a title-case name of the source ("Save the Children",
    "Friends of the Earth"), which a translation keeps; not a part of one ("Week in June" of
    "Peacebuilding Week in June")."""
    return any(m.group() == words for m in _NAME_PHRASE.finditer(plain(source)))


def _tail_words(text: str) -> list[str]:
    if "@" in text:
        text = inline.EMAIL.sub(" ", text)
    for a, b in sorted(inline.url_spans(text), reverse=True):
        text = text[:a] + " " + text[b:]
    return _PAIR_WORD.findall(_no_domain(plain(text)))


# A title in italics ("*Emissions Gap Report 2024: No more hot air … please!*") or a quoted
# name in title case ("We Are the World", "Games Wide Open"): a translation may keep the
# work's or campaign's own title, in its letters.
_ITALICS = re.compile(r"(?<![*\w])\*([^*\n]{3,200})\*(?![*\w])|(?<!\w)_([^_\n]{3,200})_(?!\w)")
_QUOTED = re.compile(r"[“\"«]\s?([^“”\"«»]{3,80}?)\s?[”\"»]")
_MINOR = frozenset("a an the and or of on in at to for by with from".split())


def _title_case(words: list[str]) -> bool:
    major = [w for w in words if w.lower() not in _MINOR]
    return 1 <= len(words) <= 8 and all(w[:1].isupper() or w[:1].isdigit() for w in major)


def _kept_titles(source: str, target: str) -> list[str]:
    """The source's titles of works (in italics) and quoted names in title case that the
    translation keeps word for word."""
    if "*" not in source and "_" not in source and not _QUOTED.search(source):
        return []
    out = [t for m in _ITALICS.finditer(source) for t in m.groups() if t and t in target]
    for m in _QUOTED.finditer(source):
        title = m.group(1).strip(" ,.")
        if title in target and _title_case(_PAIR_WORD.findall(title)):
            out.append(title)
    return out


_PAIR_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")
_DOT_LETTER = re.compile(r"\.[A-Za-z]")  # what a _DOMAIN match cannot do without


def _no_domain(text: str) -> str:
    return _DOMAIN.sub(" ", text) if _DOT_LETTER.search(text) else text


def _stop_words(ctx: Context) -> frozenset[str]:
    """Function words of the source's language that the target's does not have."""
    return frozenset(FUNCTION_WORDS.get(ctx.source.base, "").split()) - frozenset(
        FUNCTION_WORDS.get(ctx.target.base, "").split()
    )


def _in_a_name(a: str, b: str) -> bool:
    """Two words of a person's name: each capitalised or a name particle ("Ursula von",
    "von der", "der Leyen", "Staffan de Mistura"), which a translation keeps as they are."""
    return all(w[:1].isupper() or w in _NAME_PARTICLES for w in (a, b))


def _copied_pairs(source: str, target: str) -> list[str]:
    """Pairs of words, one at least in lower case, side by side in both texts ("such as",
    "Council met"): a translation shares names with its source, not phrases (a name's
    particles are no phrase: "von der Leyen")."""
    words = _PAIR_WORD.findall(plain(source))
    theirs = _PAIR_WORD.findall(plain(target))
    if set(words).isdisjoint(theirs):
        return []  # no word in common, no pair in common (most translations)
    src = {
        (a, b)
        for a, b in itertools.pairwise(words)
        if (a.islower() or b.islower()) and len(a) + len(b) > 4 and not _in_a_name(a, b)
    }
    if not src:
        return []
    words = theirs
    # a pair of the source meets the test already: membership is enough
    return list(dict.fromkeys(f"{a} {b}" for a, b in itertools.pairwise(words) if (a, b) in src))
