"""The punctuation checks: sentence-final punctuation of the target's script; quotes and
brackets balanced as in the source; a quotation of the source still a quotation (quotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workflow.lang import saying
from workflow.lang.languages import Language
from workflow.lang.writing import (
    QUESTION_MARKS,
    QUOTE_STYLE,
    REVERSED_GUILLEMETS,
    SAME_MARK_QUOTES,
    SENTENCE_ENDS,
    UNSPACED_SCRIPTS,
    letter_scripts,
    sentence_ends,
)
from workflow.problems import Problem
from workflow.quality.registry import Context, EntryView, problem, register
from workflow.quality.text import markup_text, strip_links, title_case

_CLOSERS = "\"'”’»)]）」』》›“‘«*_ \u00a0\u202f"  # “ ‘ « close German quotes
# the marks that end an item of a list running over several paragraphs
_RUN_ON = frozenset(",;，；،؛")


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
            elif tgt_end in _RUN_ON:
                # an enumeration over paragraphs ends each item with a comma or a semicolon
                # and only the last with a full stop (French, Spanish, Russian typography),
                # where English may end each item with its own full stop
                out.append(
                    problem(
                        "punctuation",
                        entry,
                        f"ends with {tgt_end!r}, the source with {src_end!r}: an item of a list "
                        "that runs on into the next paragraph?",
                        "warning",
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
    elif src_end == ":" and tgt_end not in (":", "："):
        # the colon that opens the source's list or quotation ("..., with:"): the lead-in's
        # end dropped with it (each of the 193 reviewed translations of one keeps it)
        out.append(
            problem(
                "punctuation",
                entry,
                "the source ends with ':', opening what follows; the translation does not: "
                "the end of the lead-in dropped?",
            )
        )
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
    twice = _MARK_TWICE.search(entry.msgstr) and _MARK_TWICE.search(strip_links(entry.msgstr))
    if twice and not _MARK_TWICE.search(strip_links(entry.msgid)):
        out.append(
            problem(
                "punctuation",
                entry,
                f"{twice.group()!r}: a clause mark said twice (a clause repeated or cut out?)",
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


# A clause mark said twice, or two of them in a row ("23 млн;;", "（日本）；；", "تليه:، تليه:"
# has none; ",;" and "،:"): what a repeated or dropped empty clause leaves, never good prose.
# Not "..." (an ellipsis) nor "?!" nor a full stop after a colon's abbreviation.
_MARK_TWICE = re.compile(r"[,;，；、،؛][\s\u00a0\u202f]*[,;，；、،؛]|[:：][\s\u00a0\u202f]*[:：]")


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


_ANY_BRACKET = re.compile("[" + re.escape("".join(_BRACKETS) + "".join(_BRACKETS.values())) + "]")


# an enumeration "a)", "2)", "iv)": one letter, a number or a roman numeral (not a word's end
# closing a bracket: "Bolivia (Plurinational State of)", "(see annex)")
# (not a figure's last group: "(1 003)")
_ENUMERATION = re.compile(r"(?:^|(?<=\s))(?<!\d\s)(?:[a-z]|[0-9]{1,3}|[ivx]{1,4})\)")


def _bracket_balance(text: str) -> tuple[int, int]:
    """(unclosed openers, unopened closers) of round, square, curly and CJK brackets."""
    if not _ANY_BRACKET.search(text):  # most segments: none
        return 0, 0
    text = markup_text(strip_links(text))
    text = _ENUMERATION.sub(" ", text)  # enumerations "a)", "2)"
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
_QUOTE_OR_TITLE = re.compile('[«»「『‹„」』›“”‘’"《》〈〉]')


def _quote_events(text: str, language: Language, titles: bool = False) -> list[tuple[int, int]]:
    """(position, +1 opens / -1 closes / 0 unknown) of each quotation mark of a markup-free text.

    « » “ ” „ 「」 『』 ‹ › and straight double quotes (opening or closing told by the spaces
    around them; one right after a figure with none open is an inch mark: 7", 5'11"); ‘ ’ only
    when ‘ is used at all, and never ’ between letters (an apostrophe); »…« where the language
    writes it, ”…” and »…» (Swedish, Finnish) by alternation; ”…“ in a right-to-left text that
    opens with ” (UN Arabic).
    """
    low9 = "„" in text
    reversed_guillemets = (
        language.base in REVERSED_GUILLEMETS
        and "»" in text
        and ("«" not in text or text.index("»") < text.index("«"))
    )
    same_mark = language.base in SAME_MARK_QUOTES and "“" not in text and "«" not in text
    # a right-to-left text may hold its curly quotes in the order they show: UN Arabic ”…“
    # (both in the text, ” first: a lone ” still closes a quotation begun in an earlier segment)
    reversed_curly = (
        language.direction == "rtl"
        and not low9
        and "”" in text
        and "“" in text
        and text.index("”") < text.index("“")
    )
    singles = "‘" in text
    events: list[tuple[int, int]] = []
    depth = 0
    straight = False  # a straight double quote is open
    marks = _QUOTE_OR_TITLE if titles else _QUOTE_MARK
    for found in marks.finditer(text):  # only the quote marks: the rest counts nothing
        i, ch = found.start(), found.group()
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        kind = 0
        if same_mark and ch in "”»":
            kind = -1 if depth else 1
        elif ch in "«»":
            kind = 1 if (ch == "«") != reversed_guillemets else -1
        elif ch in "「『‹„《〈":
            kind = 1
        elif ch in "」』›》〉":
            kind = -1
        elif ch == "“":
            kind = -1 if low9 or reversed_curly else 1
        elif ch == "”":
            kind = 1 if reversed_curly else -1
        elif ch == "‘":
            kind = 1 if singles else 0
        elif ch == "’":
            if not singles or _apostrophe(prev, nxt):
                continue
            kind = -1
        elif ch == '"':
            if prev.isdigit() and not straight:
                continue  # an inch mark
            if prev.isspace() or prev in "([{—–-/" or i == 0:
                kind = 1
            elif nxt.isspace() or nxt in ".,;:!?)]}…" or i == len(text) - 1:
                kind = -1
            else:
                kind = 1 if depth == 0 else -1
            straight = kind == 1
        if kind == 1:
            depth += 1
        elif kind == -1 and depth:
            depth -= 1
        events.append((i, kind))
    return events


def _quote_balance(text: str, language: Language) -> tuple[int, int]:
    """(quotes opened and not closed, closed and not opened), across all quote styles
    (`_quote_events`)."""
    if not _QUOTE_MARKS.search(text):
        return 0, 0
    opened = unopened = 0
    for _, kind in _quote_events(markup_text(strip_links(text)), language):
        if kind == 1:
            opened += 1
        elif kind == -1:
            if opened:
                opened -= 1
            else:
                unopened += 1
    return opened, unopened


def _apostrophe(prev: str, nxt: str) -> bool:
    """’ between two letters is an apostrophe (l’ONU, don’t), and between a figure and a letter
    (2024’s, the 1990’s), except between Chinese or Japanese characters, which have none: there
    it closes a nested quote (‘打了激素’的)."""
    return (
        (prev.isalpha() or prev.isdigit())
        and nxt.isalpha()
        and not (_CJK.match(prev) or _CJK.match(nxt))
    )


_CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff\u3040-\u30ff]")
_QUOTE_MARKS = re.compile('[«»「『‹„」』›“”‘’"《》〈〉]')


_NOT_LETTERS = re.compile(r"[\W_]+")


def _letters(text: str) -> int:
    return len(_NOT_LETTERS.sub("", text))


_WORDS = re.compile(r"[^\W_][\w’'-]*")
# A quotation whose marks are gone is an error when it held this many letters of the source (about
# three words) and the translation quotes less than `_KEPT_SHARE` of what the source quotes.
_LOST_LETTERS = 15
_KEPT_SHARE = 0.6
# ... or this many (a short sentence: "We must end it.") with quotation marks fewer than the
# source's and a saying of three words or more fewer: the marks of that quotation gone
_LOST_LETTERS_FEWER_MARKS = 10
# ... or quotes fewer quotations of a sentence or more (letters: _LONG_SPAN in spaced scripts,
# _LONG_SPAN_UNSPACED characters in Chinese and Japanese) and `_LOST_SHARE` less of its text.
_LOST_SHARE = 0.15
_KEPT_MARGIN = 0.1  # quoting this much less of the text than the source: a warning
_LONG_SPAN = 10
_LONG_SPAN_UNSPACED = 4
_NAME_WORDS = 3  # a quoted name ("Blue Helmets") a translation may write as a name, unquoted
# A source that is one quotation and words outside it ("he said": 6 letters or more), opening
# with its quotation mark
_SAID_LETTERS = 6
_SAID_TRIM = ' ,.;:!?”’»"*_\u00a0'
_OPENS_WITH_QUOTE = re.compile(r"^[\s*_]*[“\"«„‘]")


@lru_cache(maxsize=4096)
def quote_marks(text: str) -> int:
    """Quotation marks in a text, every style (straight double quotes, « », “ ”, „ “, 「」,
    『』, ‹ ›, and 《》 of Chinese titles); ’ only where ‘ is used and not between letters
    (an apostrophe); a straight double quote right after a figure with none open is an inch
    mark (7")."""
    return len(_quote_chars(text))


def _quote_chars(text: str) -> list[str]:
    """The quotation marks `quote_marks` counts, in order."""
    if not _QUOTE_MARKS.search(text):
        return []
    text = markup_text(strip_links(text))
    singles = "‘" in text
    out: list[str] = []
    straight = 0
    for m in _QUOTE_MARKS.finditer(text):
        ch = m.group()
        i = m.start()
        if ch == "’":
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if not singles or _apostrophe(prev, nxt):
                continue
        elif ch == '"':
            if i and text[i - 1].isdigit() and straight % 2 == 0:
                continue
            straight += 1
        out.append(ch)
    return out


def _quote_style(entry: EntryView, ctx: Context) -> list[Problem]:
    """A quotation written with marks the target language's typography does not use ("…" in
    French, Russian; "…" in Chinese), where none of its own marks are in the text: a warning."""
    style = QUOTE_STYLE.get(ctx.target.base)
    if style is None:
        return []
    used = set(_quote_chars(entry.msgstr))
    if not used or used & set(style.marks) or not used & set(style.foreign):
        return []
    shown = "".join(sorted(used & set(style.foreign)))
    return [
        problem(
            "quotes",
            entry,
            f"quotation marks {shown}: {ctx.target.english_name} quotes with {style.shown}",
            "warning",
        )
    ]


@dataclass(frozen=True)
class Quotation:
    """What a text quotes: its quoted spans (outermost, nested quotes inside them) and the
    letters inside them against all its letters. A span left open runs to the end of the text,
    one closed first from its start (a quotation over several segments)."""

    spans: tuple[str, ...]
    sizes: tuple[int, ...]  # letters of each span
    quoted: int  # letters inside quotation marks
    letters: int  # letters of the text

    @property
    def share(self) -> float:
        return self.quoted / self.letters if self.letters else 0.0


@lru_cache(maxsize=4096)  # a source is asked for every language
def quotation(text: str, language: Language) -> Quotation:
    if not _QUOTE_MARKS.search(text):
        return Quotation((), (), 0, _letters(text))
    text = markup_text(strip_links(text))
    bounds: list[tuple[int, int]] = []
    depth = 0
    start = 0
    # Chinese and Japanese write a title in 《》 where English quotes it (the report “Global
    # Trends”, 《全球趋势》报告): a quotation of the text all the same
    for i, kind in _quote_events(text, language, titles=True):
        if kind == 1:
            if depth == 0:
                start = i + 1
            depth += 1
        elif kind == -1:
            if depth:
                depth -= 1
                if depth == 0:
                    bounds.append((start, i))
            elif not bounds:  # closes a quotation opened in an earlier segment
                bounds.append((0, i))
    if depth:
        bounds.append((start, len(text)))
    spans = tuple(text[a:b] for a, b in bounds)
    sizes = tuple(_letters(q) for q in spans)
    return Quotation(spans, sizes, sum(sizes), _letters(text))


def _outside(text: str, q: Quotation) -> str:
    """A text without its quoted spans (`quotation`'s)."""
    text = markup_text(strip_links(text))
    for span in q.spans:
        text = text.replace(span, " ", 1)
    return text


def _tail(text: str, q: Quotation) -> str:
    """What a text says after its last quotation ("she said" of "“…,” she said.")."""
    if not q.spans:
        return ""
    text = markup_text(strip_links(text))
    at = text.rfind(q.spans[-1])
    return text[at + len(q.spans[-1]) :] if at >= 0 else ""


def _long_spans(q: Quotation, language: Language) -> int:
    unspaced = bool(letter_scripts(language) & UNSPACED_SCRIPTS)
    least = _LONG_SPAN_UNSPACED if unspaced else _LONG_SPAN
    return sum(size >= least for size in q.sizes)


def _sayings(q: Quotation, language: Language) -> int:
    """Quotations of three words or more (a saying, not a word in scare quotes: "catastrophic");
    in Chinese and Japanese, of `_LONG_SPAN_UNSPACED` characters."""
    if letter_scripts(language) & UNSPACED_SCRIPTS:
        return _long_spans(q, language)
    return sum(len(_WORDS.findall(span)) >= 3 for span in q.spans)


def _name_like(spans: tuple[str, ...]) -> bool:
    """Every quoted span a short run of capitalised words ("Blue Helmets", “Delivering as
    One”): a name, which a translation may write as a name without marks."""
    for q in spans:
        words = _WORDS.findall(q)
        capitalised = [w for w in words if w[0].isupper()]
        if not words or len(words) > _NAME_WORDS or len(capitalised) < (len(words) + 1) // 2:
            return False
    return bool(spans)


@register(
    "quotes",
    "error",
    "a quotation of the source is a quotation in the translation (direct speech stays direct)",
)
def check_quotes(entry: EntryView, ctx: Context) -> list[Problem]:
    return _quote_style(entry, ctx) + _quotations_kept(entry, ctx)


def _quotations_kept(entry: EntryView, ctx: Context) -> list[Problem]:
    source = quote_marks(entry.msgid)
    if not source:
        return []
    target = quote_marks(entry.msgstr)
    src = quotation(entry.msgid, ctx.source)
    if target == 0:
        # every quotation made paraphrase; only a quoted name may fairly lose its marks
        return [
            problem(
                "quotes",
                entry,
                f"the source has {source} quotation mark(s), the translation none: a quotation "
                "made paraphrase (direct speech must stay direct)",
                # (in a headline every word has a capital: no sign of a name)
                "warning"
                if _name_like(src.spans) and not title_case(_outside(entry.msgid, src))
                else None,
            )
        ]
    # the same quotation said with other marks (an interrupted quotation made one, a nested
    # quote unmarked, an incise inside the guillemets) keeps its share of the text quoted; a
    # quotation dropped does not, whatever the count of marks left (a nested quote kept)
    tgt = quotation(entry.msgstr, ctx.target)
    lost = (src.share - tgt.share) * src.letters
    fewer = _long_spans(tgt, ctx.target) < _long_spans(src, ctx.source)
    enough = lost >= _LOST_LETTERS or (
        lost >= _LOST_LETTERS_FEWER_MARKS
        and target < source
        and _sayings(tgt, ctx.target) < _sayings(src, ctx.source)
    )
    if enough and (
        tgt.share < src.share * _KEPT_SHARE or (fewer and src.share - tgt.share >= _LOST_SHARE)
    ):
        return [
            problem(
                "quotes",
                entry,
                f"{tgt.share:.0%} of the translation is quoted, {src.share:.0%} of the source "
                f"({target} quotation mark(s), the source {source}): a quotation dropped "
                "(direct speech must stay direct)",
            )
        ]
    if (
        len(src.spans) == 1
        and _OPENS_WITH_QUOTE.match(entry.msgid)
        and src.letters - src.quoted >= _SAID_LETTERS
        and tgt.quoted
        and tgt.quoted == tgt.letters
    ):
        # “...,” the Secretary-General said. -> « ... ».: who said it dropped (the
        # translation may put it before the quotation, or inside the guillemets as an
        # incise, never nowhere)
        said = entry.msgid[entry.msgid.rfind(src.spans[0]) + len(src.spans[0]) :]
        said = said.strip(_SAID_TRIM)
        return [
            problem(
                "quotes",
                entry,
                f"the translation is all quotation; the source's words outside it "
                f"({said!r}) are nowhere: dropped",
            )
        ]
    if (
        tgt.quoted
        and saying.known(ctx.target.base)
        and _sayings(src, ctx.source)
        and saying.has_saying(_tail(entry.msgid, src), ctx.source.base)
        and _WORDS.search(_tail(entry.msgstr, tgt))
        and not saying.has_saying(_outside(entry.msgstr, tgt), ctx.target.base)
        and not any(saying.has_incise(q, ctx.target.base) for q in tgt.spans)
    ):
        # “...,” said the Executive Director. -> « ... », la Directrice exécutive.: the verb
        # of saying dropped with its clause, the speaker's name left after the quotation (a
        # translation with nothing after it put the speaker first, or in another sentence)
        said = " ".join(_tail(entry.msgid, src).split()).strip(_SAID_TRIM)
        return [
            problem(
                "quotes",
                entry,
                f"the source says who spoke ({said!r}), the translation has no verb of saying: "
                "the attribution dropped?",
            )
        ]
    if target <= source - 2 and tgt.share < src.share - _KEPT_MARGIN:
        return [
            problem(
                "quotes",
                entry,
                f"{target} quotation mark(s), the source has {source}: a quotation dropped?",
                "warning",
            )
        ]
    return []
