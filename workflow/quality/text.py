"""Text helpers shared by the check families: markup, URLs and e-mails blanked out, plain
text, normalised text, a required wording found in a translation (inflection allowed), the
lists of an English source ("A, B, C and D").

Pure: no I/O.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Literal

from workflow.lang.languages import Language
from workflow.lang.words import INFLECTING
from workflow.lang.writing import (
    ARABIC_DIACRITICS,
    ARABIC_PREFIX,
    UNSPACED_SCRIPTS,
    first_script,
    letter_class,
)
from workflow.source import inline

# A text without one of these has no code span, link, autolink, tag, URL, e-mail or entity
# (what each of `plain`'s patterns needs: inline._NEEDS).
_MARKUP_HINT = re.compile(r"[`<@&\]]|://|www\.")


@lru_cache(maxsize=4096)  # each check asks again for the same entry's texts
def plain(text: str) -> str:
    """Text without code, link destinations, autolinks, URLs, e-mails and entities (blanked:
    ``5&nbsp;million`` is the figure 5 and the word million, no word "nbsp")."""

    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group())

    def link_text(m: re.Match[str]) -> str:
        start, end = m.span("text")
        return " " * (start - m.start()) + m.group("text") + " " * (m.end() - end)

    if not _MARKUP_HINT.search(text):  # most segments: nothing to blank
        return text
    text = inline.blank(text, [inline.CODE])
    if inline.may_match(inline.LINK, text):
        text = inline.LINK.sub(link_text, text)
    return inline.blank(
        text, (inline.AUTOLINK, inline.HTML_TAG, inline.URL, inline.EMAIL, inline.ENTITY)
    )


# the dot between the parts of a transcribed name in Chinese and Japanese, as typed
_YO = str.maketrans({"ё": "е", "Ё": "Е"})
_NAME_DOTS = str.maketrans({"•": "·", "・": "·", "‧": "·", "∙": "·", "⋅": "·", "･": "·"})


_SPACE_LIKE = re.compile(r"[\u00a0\u202f\u2009\-\u2010\u2011\u2013]")
_URDU_GENITIVE = re.compile(r"(?<!\S)(?:کے|کی)(?!\S)")


def _norm(text: str, *, fold: bool, lang: Language | None = None) -> str:
    """Text as wordings are compared: NFC, one apostrophe, hyphens and no-break spaces as
    spaces, no Arabic diacritics, Urdu genitive postpositions as one, optionally case-folded."""
    if not text.isascii():  # what follows changes no ASCII text
        text = unicodedata.normalize("NFC", text)
        text = text.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
        text = ARABIC_DIACRITICS.sub("", text)
    text = _SPACE_LIKE.sub(" ", text)
    if lang is not None and lang.base == "ur":
        text = _URDU_GENITIVE.sub("کا", text)
    elif lang is not None and lang.base in ("zh", "ja"):
        text = text.translate(_NAME_DOTS)  # 安东尼奥•古特雷斯 is 安东尼奥·古特雷斯
    elif lang is not None and lang.base == "ru":
        text = text.translate(_YO)  # Russian writes ё as е at will: Кереши is Кёрёши
    text = " ".join(text.split())
    return text.casefold() if fold else text


_WORD = re.compile(r"\w+")


def folded_words(text: str) -> list[str]:
    """The words of a text as wordings are compared (`_norm`, case folded)."""
    return _WORD.findall(_norm(text, fold=True))


def title_case(text: str) -> bool:
    """Whether a text is written in title case (a headline: "Remain at Risk, Secretary-General
    Says"), where a capital tells no name."""
    words = re.findall(r"\b[^\W\d_]{4,}", text)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) * 3 >= len(words) * 2


def blank_code(text: str) -> str:
    """The text with its code spans blanked out (same length, same positions)."""
    return inline.blank(text, [inline.CODE]) if "`" in text else text


def strip_links(text: str) -> str:
    """Link syntax reduced to its text (the destination may hold * or _)."""
    return inline.LINK.sub(lambda m: m.group("text"), blank_code(text))


@lru_cache(maxsize=4096)
def markup_text(text: str) -> str:
    """Text with code spans, URLs and e-mails blanked: their * and _ are not emphasis."""
    text = blank_code(text)
    return inline.blank(text, (inline.AUTOLINK, inline.HTML_TAG, inline.URL, inline.EMAIL))


@lru_cache(maxsize=4096)
def _form_patterns(
    form: str, lang: Language, fold: bool
) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """(exact, close) patterns for a required wording in a target text normalised by _norm.

    exact: the words in order, at a word start, any ending (inflection, plural); in an
    inflecting language written in Cyrillic every word may take its case ending (up to three
    letters, in place of the form's final vowels or soft sign: Совет Безопасности ->
    Совете Безопасности, Генеральная Ассамблея -> Генеральной Ассамблеи);
    Arabic also takes a clitic before the first word (و ف ب ك ل, لل for ال);
    close: each word cut to a stem, the words one word apart at most (a warning).
    """
    f = _norm(form, fold=fold, lang=lang)
    script = first_script(f)
    words = f.split()
    if script in UNSPACED_SCRIPTS or not letter_class(script):
        exact = re.compile(re.escape(f))
        # a long name shortened, as Chinese writes it once the context is clear: its head alone
        # (联合国大会 -> 大会, 人权理事会 -> 理事会) or its characters in order, first and last
        # kept (安全理事会 -> 安理会): maybe right, maybe not
        close = None
        if script in UNSPACED_SCRIPTS and len(f) >= 4:
            middle = "".join(re.escape(c) + "?" for c in f[1:-1])
            close = re.compile(
                re.escape(f[-2:]) + "|" + re.escape(f[0]) + middle + re.escape(f[-1])
            )
        return exact, close
    letters = letter_class(script)
    edge = f"(?<![{letters}])"
    arabic = script == "Arab" and lang.base != "ur"
    cases = script == "Cyrl" and lang.base in INFLECTING

    def word(w: str, first: bool) -> str:
        if cases:
            strict = lang.base == "ru"
            return re.escape("-").join(_case_form(p, letters, strict) for p in w.split("-"))
        esc = re.escape(w)
        if arabic and first:
            if w.startswith("ال"):
                return f"(?:{ARABIC_PREFIX}{esc}|[وف]?لل{re.escape(w[2:])})"
            return ARABIC_PREFIX + esc
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


_CYRILLIC_ENDING = re.compile("[аеёиоуыэюяйь]{1,2}$")


def _case_form(word: str, letters: str, strict: bool = False) -> str:
    """A Cyrillic word of a required wording with any case ending: its final vowels (or soft
    sign) replaced by up to three letters, or up to three letters added after a final
    consonant. Words of three letters or fewer (по, ООН) stay as they are.

    strict (Russian): the ending is one of the language's case endings and ends the word, so a
    misspelt name is not taken for an inflected one ("Ханн" is not a case of "Хан", "Хана"
    is); a short word takes them too (Хан -> Хана; ООН, по end there)."""
    if len(word) <= 3:
        if strict and len(word) == 3 and word[-1] in "йь":
            # Цюй -> Цюем, Цюя: the soft ending replaced
            return re.escape(word[:-1]) + f"(?:{word[-1]}|я|ю|ем|ём|е|и)(?![{letters}])"
        if strict:
            return re.escape(word) + _RU_ENDINGS + f"(?![{letters}])"
        return re.escape(word)
    stem = _CYRILLIC_ENDING.sub("", word) if len(word) > 4 else word
    if strict and len(word) == 4 and word[-1] in "ьй":
        stem = word[:-1]  # a short name in -ь/-й declines too: Чэнь -> Чэня, Чэнем
    if strict and len(word) == 4 and word[-1] in "ая":
        stem = word[:-1]  # a short name in -а/-я declines too: Таня -> Таней, Нина -> Нину
    m = _FLEETING_VOWEL.search(stem)
    ending = f"[{letters}]{{0,3}}"
    if strict:
        # the first of two vowels cut may stay: Ассамблея -> Ассамбл + е + и (Ассамблеи)
        cut = word[len(stem) :]
        kept = f"{re.escape(cut[0])}?" if len(cut) == 2 else ""
        ending = kept + _RU_ENDINGS + f"(?![{letters}])"
    if m:  # посол -> послом, отец -> отца: the vowel before the last consonant drops
        declined = re.escape(stem[: m.start()]) + f"[оеё]?{re.escape(m.group(2))}{ending}"
    else:
        declined = re.escape(stem) + ending
    if strict:
        # the word as the glossary writes it, in any case a name that does not decline takes
        # ("Гуанчжэ Чэнь": no case ending follows the -э)
        return f"(?:{re.escape(word)}(?![{letters}])|{declined})"
    return declined


# Russian case endings of nouns, adjectives and names, after a stem cut of its final vowels
_RU_ENDING_LIST = (
    "а я у ю о е ё и ы ь й ом ем ём ой ей ою ею ам ям ах ях ов ев ёв ий ый ая яя ое ее ые ие ую "
    "юю ым им ых их ого его ому ему ыми ями ами ими ия ии ию ией иям иями иях ье ья ьи ью ьё ьев "
    "ьям ьями ьях ьем ьею ин ина ину ине ином ины"
).split()
_RU_ENDINGS = "(?:" + "|".join(sorted(set(_RU_ENDING_LIST), key=len, reverse=True)) + ")?"


_FLEETING_VOWEL = re.compile("(?<=[бвгджзклмнпрстфхцчшщ])([оеё])([клнрц])$")


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
def source_pattern(term: str, fold: bool) -> re.Pattern[str]:
    """A source term at word boundaries, plural and possessive allowed ("ICTs", "EU's")."""
    words = _norm(term, fold=False).split()
    body = r"[\s\-]+".join(re.escape(w) for w in words)
    flags = re.IGNORECASE if fold else 0
    return re.compile(r"(?<![^\W_])" + body + r"(?:s|es|'s|’s)?(?![^\W_])", flags)


@lru_cache(maxsize=65536)
def compiled_source(term: str, fold: bool) -> re.Pattern[str]:
    """`source_pattern`, compiled once a process: a glossary's patterns are compiled only for
    the terms a source may hold (indexed by `first_word`, looked up by `word_keys`)."""
    return source_pattern(term, fold)


def first_word(term: str) -> str:
    """The key a term is indexed by: its first word as patterns compare words ("" for none)."""
    words = folded_words(term)
    return words[0] if words else ""


def word_keys(text: str) -> set[str]:
    """The index keys a source may hold: its words, and without a plural ending ("ICTs")."""
    words = folded_words(text)
    keys = set(words)
    keys.add("")
    for w in words:
        if w[-1] == "s":  # a word has a letter at least
            keys.update((w[:-1], w[:-2]))
    return keys


# A list's items in English: "A, B, C and D" (each item up to four words); its inner items (B,
# C), set off by a comma on either side, are the ones looked for (the first item's start is
# not known).
_W = r"[\w'’-]+"
_LIST = re.compile(rf"(?<!\w){_W}(?: {_W}){{0,3}}((?:, {_W}(?: {_W}){{0,3}})+),? (?:and|or) ")
# A phrase set off by a comma that opens with one of these words qualifies what comes before
# it: its "and" joins its own words, not a list's items ("exceeded their levels, except Central
# and Eastern Europe"; "many regions, including Asia and the Pacific")
_QUALIFYING = frozenset(
    """except excluding including includes especially notably particularly mainly mostly chiefly
    primarily largely such like unlike apart besides beyond save""".split()
)


def source_lists(text: str) -> Iterator[tuple[int, list[str]]]:
    """The inner items of the source's lists ("B", "C" of "A, B, C and D"), each list with
    where its items start; a phrase that qualifies what comes before it (`_QUALIFYING`) opens
    the list that follows it ("deepened, especially in 5G, robotics and electric vehicles":
    "robotics"), and is no list of its own ("..., except Central and Eastern Europe")."""
    for m in _LIST.finditer(text):
        items = m.group(1).split(", ")[1:]
        first = 0
        for k, item in enumerate(items):
            if item.split(" ", 1)[0].casefold() in _QUALIFYING:
                first = k + 1
        yield m.start(1) + sum(2 + len(i) for i in items[:first]), items[first:]


def list_commas(source: str) -> int:
    """The commas between the items of the source's lists, the one before "and" left out: as
    many as a Chinese list has 、 ("A, B, C and D" = "A、B、C和D"), whatever commas the rest of
    the sentence has ("X说，" puts one after a verb of saying)."""
    return sum(len(items) for _, items in source_lists(plain(source)))


def near_form(form: str, text: str) -> str:
    """A run of `text` one character (changed, added or dropped) from `form`, not `form`
    itself, where `form` is three Chinese characters or five letters or more (whole words
    then): "赵对烈" for 赵兑烈, "دي ريفير" for دي ريفيير; "" where there is none."""
    han = all("\u3400" <= c <= "\u9fff" or c == "·" for c in form)
    if len(form) < (3 if han else 5):
        return ""
    # (a Chinese run a character shorter than the name is too often a word: "马里" of 马萨里)
    sizes = (len(form), len(form) + 1) if han else (len(form), len(form) - 1, len(form) + 1)
    starts = []
    i = text.find(form[0])
    while i >= 0:
        starts.append(i)
        i = text.find(form[0], i + 1)
    head, tail = form[:2], form[-2:]
    for size in sizes:
        for i in starts:
            run = text[i : i + size]
            if len(run) < size:
                break
            if not han and run[:2] != head and run[-2:] != tail:
                continue  # one character apart, a name of five keeps its first or last two
            if any(not (c.isalpha() or c in " ·-") for c in run):
                continue  # markup or a mark inside: "منير *أكرم" is the name emphasised
            if run != form and run[0] == form[0] and _one_edit(run, form):
                before = text[i - 1 : i]
                after = text[i + size : i + size + 1]
                if not han and (before.isalnum() or after.isalnum()):
                    continue  # a word's part, in a script with spaces
                return run
    return ""


def _one_edit(a: str, b: str) -> bool:
    """Whether two strings are one character apart (changed, added or dropped)."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))
