"""Blocks -> sentences, with rules per source language.

A block's inline Markdown is cut into *pieces*: sentences, each followed by the separator that
joined it to the next one in the source (a sentence gap or a hard line break), so that a
translated block can be reassembled with the target language's own spacing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from workflow.lang.words import (
    ABBREVIATIONS_MAYBE_FINAL,
    ABBREVIATIONS_NEVER_FINAL,
    ABBREVIATIONS_NUMBERED,
    MONTH_ABBREVIATIONS,
    SENTENCE_STARTERS,
)
from workflow.source import inline, markdown


def _words(table: dict[str, str], lang: str) -> frozenset[str]:
    """A language's word list from a table of workflow.lang.words (English if it has none)."""
    return frozenset(table.get(lang, table.get("en", "")).split())


class Sep(Enum):
    """What joined a sentence to the next one in the source."""

    GAP = "gap"  # sentence gap: a space in spaced scripts, nothing in Chinese/Japanese
    BREAK = "break"  # a hard line break
    END = "end"  # last piece of the block


@dataclass(frozen=True)
class Piece:
    text: str  # the sentence: inline Markdown, whitespace normalised
    sep: Sep  # separator after it
    line: int  # 0-based line within the block where the sentence starts


# --- masking: spans inside which no sentence ends -----------------------------------------------
_MASKS = [
    inline.CODE,
    *inline.ADDRESSES,  # link destinations, autolinks, URLs, e-mails
    re.compile(r"\d[.,]\d"),  # decimals and thousands: 1.1, 2,4
]
_CJK_END = "。！？"
_CLOSERS = "\"'”’»)]）」』》*_"
_OPENERS = "\"'“‘«([（「『《*_¿¡"
_ALWAYS = "۔؟।॥" + _CJK_END  # terminators that always end a sentence
_BOUNDARY = re.compile(
    r"(?P<term>\.{3}|…|[.!?]+|[" + _ALWAYS + r"!?]+)(?P<close>[" + re.escape(_CLOSERS) + r"]*)"
    r"(?P<space>[ \t]+|$)?"
)
_WORD_BEFORE = re.compile(r"(\S*)$")
_DOTTED = re.compile(r"^(?:\w\.){1,}\w$")  # U.S.A / e.g / p.m (final dot stripped)


def _mask(text: str) -> str:
    chars = list(text)
    for rx in _MASKS:
        for m in rx.finditer(text):
            for i in range(m.start(), m.end()):
                chars[i] = "x"
    # no sentence ends inside [link text]
    depth = 0
    for i, ch in enumerate(text):
        if ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
        elif depth and ch in ".!?。！？۔؟।":
            chars[i] = "x"
    return "".join(chars)


def _next_word(text: str, pos: int) -> str:
    rest = text[pos:].lstrip(_OPENERS + " \t")
    m = re.match(r"[\w'’.-]*", rest)
    return m.group(0) if m else ""


def _ends_sentence(text: str, masked: str, m: re.Match[str], lang: str) -> bool:
    term = m.group("term")
    after = m.end()
    at_end = after >= len(text) or not text[after:].strip()
    if at_end:
        return False  # the end of the block is not a boundary inside it
    if any(c in _ALWAYS for c in term):
        # Chinese/Japanese stops quoted in a spaced-language text end a sentence only before
        # white space, like "." does there (else 'A 巴基斯坦。.' gave a segment "." and a
        # reassembly with a space that was not in the source)
        spaced_source = lang not in ("zh", "ja")
        return not (spaced_source and m.group("space") is None and set(term) <= set(_CJK_END))
    if m.group("space") is None:
        # no space after the terminator: only Chinese/Japanese-style text continues directly
        return False
    nxt = _next_word(text, after)
    first = nxt[:1]
    if first and first.islower():
        return False
    if term in ("!", "?", "?!", "!?", "...", "…") or len(term) > 1:
        return bool(first) or text[after:].lstrip()[:1] in _OPENERS
    # a single full stop: look at the word before it
    before = _WORD_BEFORE.search(text, 0, m.start())
    word = (before.group(1) if before else "").lstrip(_OPENERS)
    low = word.lower()
    if not word:
        return True
    if low in ABBREVIATIONS_NUMBERED:
        return not nxt[:1].isdigit() and bool(first) and first.isupper()  # "No. 5"
    if low in _words(ABBREVIATIONS_NEVER_FINAL, lang):
        return False
    months = _words(MONTH_ABBREVIATIONS, lang)
    if low in months:
        return not nxt[:1].isdigit() and bool(first) and first.isupper()
    if low in _words(ABBREVIATIONS_MAYBE_FINAL, lang):
        return bool(first) and first.isupper()
    if len(word) == 1 and word.isalpha() and (word.isupper() or not word.islower()):
        return False  # an initial: "John F. Kennedy"
    if _DOTTED.match(word):
        return nxt.lower() in _words(SENTENCE_STARTERS, lang)
    if lang == "de" and word.isdigit() and len(word) <= 2:
        return False  # German ordinals: "am 20. Juni"
    return True


def split(text: str, lang: str, refs: markdown.Refs | None = None) -> list[Piece]:
    """Split a block's inline Markdown into sentences (pieces), normalising whitespace.

    `lang` is the base language code of the source (en, fr, zh, ...); `refs` the body's link
    reference definitions (`markdown.Block.refs`).

    Markdown is kept whole: every cut (a hard line break, a sentence boundary) and every
    normalisation of a piece's white space is one markdown-it renders the same, so no cut
    falls inside emphasis, a link or a code span (the sentences stay together in one piece),
    a code span keeps its exact text, and the pieces, each rendered on its own and joined,
    show what the block shows. Entities a translator can read are written as their characters
    (`markdown.readable`).
    """
    refs = refs or {}
    text = markdown.readable(text, refs)
    check = _has_markup(text)
    pieces: list[Piece] = []
    lines = text.split("\n")
    # hard breaks: two trailing spaces or a trailing backslash (outside any inline span)
    chunks: list[tuple[str, int]] = []
    start_line = 0
    for i, raw in enumerate(lines[:-1]):
        if not (raw.endswith("  ") or raw.endswith("\\")):
            continue
        head = "\n".join(lines[start_line : i + 1])
        if check and not _clean_break(head, "\n".join(lines[i + 1 :]), refs):
            continue
        chunks.append((_normal(head[:-1] if head.endswith("\\") else head, lang, refs), start_line))
        start_line = i + 1
    chunks.append((_normal("\n".join(lines[start_line:]), lang, refs), start_line))
    chunks = [(c, ln) for c, ln in chunks if c]
    for n, (chunk, first_line) in enumerate(chunks):
        sentences = _split_chunk(chunk, lang, refs if check else None)
        for k, (sentence, offset) in enumerate(sentences):
            last = k == len(sentences) - 1
            sep = Sep.GAP if not last else (Sep.BREAK if n < len(chunks) - 1 else Sep.END)
            pieces.append(
                Piece(sentence, sep, first_line + _line_offset(lines, first_line, chunk, offset))
            )
    return pieces


# characters without which a text has no inline span (emphasis, code, link, image, autolink)
# and no escaped line end: its cuts need no check by rendering
_SPAN_CHARS = frozenset("*_`[<\\")


def _has_markup(text: str) -> bool:
    return any(ch in _SPAN_CHARS for ch in text)


def _clean_break(head: str, tail: str, refs: markdown.Refs) -> bool:
    """The line end after ``head`` is a hard line break between two independent pieces."""
    before = head[:-1] if head.endswith("\\") else head.rstrip(" ")
    whole = markdown.render_inline(head + "\n" + tail, refs)
    cut = markdown.render_inline(before, refs) + "<br />\n" + markdown.render_inline(tail, refs)
    return markdown.same_rendering(whole, cut)


def _normal(raw: str, lang: str, refs: markdown.Refs) -> str:
    """A chunk's text with soft line breaks and runs of spaces made one space (none between
    Chinese characters), unless that changes what markdown-it renders (a code span's exact
    text, a link destination over a line break that is literal text): then only the line
    breaks become spaces, and failing that the text stays as written."""
    joined = _join([line.strip() for line in raw.split("\n")], lang)
    if not _has_markup(raw):
        return joined
    want = markdown.render_inline(raw, refs)
    for candidate in (joined, raw.replace("\n", " ").strip()):
        if markdown.same_rendering(markdown.render_inline(candidate, refs), want):
            return candidate
    return raw.strip()


def _line_offset(lines: list[str], first: int, chunk: str, offset: int) -> int:
    """Approximate: how many source lines of the chunk precede character `offset`."""
    seen = 0
    for i in range(first, len(lines)):
        seen += len(" ".join(lines[i].split())) + 1
        if seen > offset:
            return i - first
    return 0


def _join(lines: list[str], lang: str) -> str:
    joined = ""
    for line in lines:
        if not line:
            continue
        if joined and not (lang in ("zh", "ja") and _cjk(joined[-1]) and _cjk(line[0])):
            joined += " "
        joined += line
    return re.sub(r"[ \t]+", " ", joined).strip()


def _cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"


def _split_chunk(text: str, lang: str, refs: markdown.Refs | None) -> list[tuple[str, int]]:
    """Sentences of a chunk with their offsets. With ``refs`` (the text has markup), a cut is
    made only where the two sides rendered apart show what the text shows."""
    masked = _mask(text)
    out: list[tuple[str, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(masked):
        if not _ends_sentence(text, masked, m, lang):
            continue
        cut = m.end("close")
        if refs is not None and not _clean_cut(text[start:], cut - start, m.end() - start, refs):
            continue  # inside a span: the sentences stay together
        sentence = text[start:cut].strip()
        if sentence:
            out.append((sentence, start))
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append((tail, start))
    return out


def _clean_cut(text: str, cut: int, resume: int, refs: markdown.Refs) -> bool:
    gap = " " if text[cut:resume].strip(" \t") != text[cut:resume] else ""
    whole = markdown.render_inline(text, refs)
    parts = markdown.render_inline(text[:cut].strip(), refs) + gap
    parts += markdown.render_inline(text[resume:].strip(), refs)
    return markdown.same_rendering(whole, parts)


def sentences(text: str, lang: str) -> list[str]:
    """Plain list of sentences of a text, paragraphs separated by blank lines."""
    out: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        out.extend(p.text for p in split(para, lang))
    return out


def join(pieces: list[tuple[str, Sep]], spaced: bool) -> str:
    """Reassemble translated sentences into a block's inline Markdown."""
    out = ""
    for text, sep in pieces:
        out += text
        if sep is Sep.GAP:
            out += " " if spaced else ""
        elif sep is Sep.BREAK:
            out += "\\\n"
    return out


def joiners(pieces: list[tuple[str, Sep]], spaced: bool) -> list[tuple[str, markdown.Joiner]]:
    """Translated sentences with what joins them, for `markdown.to_html` (each rendered on its
    own: the target language's spacing, a hard line break, nothing after the last)."""
    gap: markdown.Joiner = "space" if spaced else "none"
    kinds: dict[Sep, markdown.Joiner] = {Sep.GAP: gap, Sep.BREAK: "break", Sep.END: "end"}
    return [(text, kinds[sep]) for text, sep in pieces]
