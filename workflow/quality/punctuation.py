"""The punctuation checks: sentence-final punctuation of the target's script; quotes and
brackets balanced as in the source; a quotation of the source still a quotation (quotes).
"""

from __future__ import annotations

import re

from workflow.lang.languages import Language
from workflow.lang.writing import (
    QUESTION_MARKS,
    REVERSED_GUILLEMETS,
    SAME_MARK_QUOTES,
    SENTENCE_ENDS,
    sentence_ends,
)
from workflow.problems import Problem
from workflow.quality.registry import Context, EntryView, problem, register
from workflow.quality.text import markup_text, strip_links

_CLOSERS = "\"'”’»)]）」』》›*_ \u00a0\u202f"


def _last_mark(text: str) -> str:
    stripped = text.rstrip(_CLOSERS)
    return stripped[-1:] if stripped else ""


@register(
    "punctuation",
    "error",
    "sentence-final punctuation of the target script; quotes and brackets balanced as the source's",
)
def check_punctuation(entry: EntryView, ctx: Context) -> list[Problem]:
    out: list[Problem] = []
    src_end = _last_mark(entry.msgid)
    tgt_end = _last_mark(entry.msgstr)
    ends = sentence_ends(ctx.target)
    if src_end in SENTENCE_ENDS:
        if tgt_end not in ends:
            if tgt_end in SENTENCE_ENDS:
                out.append(
                    problem(
                        "punctuation",
                        entry,
                        f"ends with {tgt_end!r}; {ctx.target.english_name} ends sentences "
                        f"with {ends[0]!r}",
                    )
                )
            else:
                out.append(
                    problem(
                        "punctuation",
                        entry,
                        f"no sentence-final punctuation (expected {ends[0]!r})",
                    )
                )
        elif src_end in QUESTION_MARKS and tgt_end not in QUESTION_MARKS:
            out.append(problem("punctuation", entry, "the source asks a question", "warning"))
    elif tgt_end in ends and tgt_end != "…" and entry.msgid.strip():
        out.append(
            problem(
                "punctuation",
                entry,
                f"ends with {tgt_end!r}, the source has no full stop",
                "warning",
            )
        )
    cut = _CUT_END.search(entry.msgstr)
    if cut and not _CUT_END.search(entry.msgid):
        out.append(
            problem(
                "punctuation",
                entry,
                f"ends with {cut.group().strip()!r}: a clause mark before the full stop, "
                "the sentence cut short?",
            )
        )
    s_q = _quote_balance(entry.msgid, ctx.source)
    t_q = _quote_balance(entry.msgstr, ctx.target)
    if s_q != t_q:
        out.append(problem("punctuation", entry, _balance_message("quote", s_q, t_q)))
    s_b, t_b = _bracket_balance(entry.msgid), _bracket_balance(entry.msgstr)
    if s_b != t_b:
        out.append(problem("punctuation", entry, _balance_message("bracket", s_b, t_b)))
    return out


# A comma or semicolon right before the sentence's end ("…голод»,." "…sus hijos,."): what is
# left where a clause was cut off.
_CUT_END = re.compile(r"[,;،，；][\s\u00a0\u202f»”\"’)）]*[.。!?！？؟]+[\s*_]*$")


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
    text = markup_text(strip_links(text))
    text = re.sub(r"(?:^|(?<=\s))[a-z0-9ivx]{1,3}\)", " ", text)  # enumerations "a)", "2)"
    unclosed = unopened = 0
    for closer, opener in _BRACKETS.items():
        if opener not in text and closer not in text:  # most texts have one kind or none
            continue
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


_QUOTE_MARK = re.compile('[«»「『‹„」』›“”‘’"]')


def _quote_balance(text: str, language: Language) -> tuple[int, int]:
    """(quotes opened and not closed, closed and not opened), across all quote styles.

    « » “ ” „ 「」 『』 ‹ › and straight double quotes (opening or closing told by the spaces
    around them); ‘ ’ only when ‘ is used at all, and never ’ between letters (an apostrophe);
    »…« where the language writes it, ”…” and »…» (Swedish, Finnish) by alternation.
    """
    text = markup_text(strip_links(text))
    low9 = "„" in text
    reversed_guillemets = (
        language.base in REVERSED_GUILLEMETS
        and "»" in text
        and ("«" not in text or text.index("»") < text.index("«"))
    )
    same_mark = language.base in SAME_MARK_QUOTES
    singles = "‘" in text
    opened = 0
    unopened = 0
    for found in _QUOTE_MARK.finditer(text):  # only the quote marks: the rest counts nothing
        i, ch = found.start(), found.group()
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
        elif ch == "’" and singles and not _apostrophe(prev, nxt):
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


def _apostrophe(prev: str, nxt: str) -> bool:
    """’ between two letters is an apostrophe (l’ONU, don’t), except between Chinese or
    Japanese characters, which have none: there it closes a nested quote (‘打了激素’的)."""
    return prev.isalpha() and nxt.isalpha() and not (_CJK.match(prev) or _CJK.match(nxt))


_CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff\u3040-\u30ff]")
_QUOTE_MARKS = re.compile('[«»「『‹„」』›“”‘’"《》〈〉]')


_QUOTED = re.compile(r'[“"«„]([^”"»“]*)[”"»“]')
_SHORT_QUOTE = 2  # words


def quote_marks(text: str) -> int:
    """Quotation marks in a text, every style (straight double quotes, « », “ ”, „ “, 「」,
    『』, ‹ ›, and 《》 of Chinese titles); ’ only where ‘ is used and not between letters
    (an apostrophe)."""
    if not _QUOTE_MARKS.search(text):
        return 0
    text = markup_text(strip_links(text))
    singles = "‘" in text
    count = 0
    for m in _QUOTE_MARKS.finditer(text):
        ch = m.group()
        if ch == "’":
            i = m.start()
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if not singles or _apostrophe(prev, nxt):
                continue
        count += 1
    return count


@register(
    "quotes",
    "error",
    "a quotation of the source is a quotation in the translation (direct speech stays direct)",
)
def check_quotes(entry: EntryView, ctx: Context) -> list[Problem]:
    source = quote_marks(entry.msgid)
    if not source:
        return []
    target = quote_marks(entry.msgstr)
    if target == 0:
        # only a word or two quoted ("deeply alarmed", a term): a translation may fairly say
        # it without marks ("назвал план неприемлемым"); a sentence quoted must stay quoted
        spans = _QUOTED.findall(entry.msgid)
        short = bool(spans) and all(len(q.split()) <= _SHORT_QUOTE for q in spans)
        return [
            problem(
                "quotes",
                entry,
                f"the source has {source} quotation mark(s), the translation none: a quotation "
                "made paraphrase (direct speech must stay direct)",
                "warning" if short else None,
            )
        ]
    if target <= source - 2:
        return [
            problem(
                "quotes",
                entry,
                f"{target} quotation mark(s), the source has {source}: a quotation dropped?",
                "warning",
            )
        ]
    return []
