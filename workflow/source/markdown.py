"""CommonMark structure: body -> text blocks, and body -> HTML with each block's text replaced.

The only markdown-it-py user. The project's preset is markdown-it's ``commonmark`` with tables
and raw HTML disabled: HTML written in a release is printed as the literal text it is (the
extract step warns about it, `workflow.source.lint`), and the only markup in the output is
what the Markdown structure makes.

Everything the rest of the project needs to know about inline Markdown "as markdown-it sees
it" is asked here: the HTML of a piece of inline Markdown (`render_inline`), whether two
renderings show the same thing (`same_rendering`), the readable form of a block's text
(entities a translator can read decoded, `readable`), and what markup a text holds
(`inline_markup`).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from typing import Any, Literal

from markdown_it import MarkdownIt
from markdown_it.token import Token

from workflow.source import inline

# The document's link reference definitions, as markdown-it keeps them (label -> href, title).
Refs = Mapping[str, Any]
# What follows a part of a replaced block: a space, nothing (Chinese, Japanese), a hard line
# break, or nothing because it is the block's last part.
Joiner = Literal["space", "none", "break", "end"]


@dataclass(frozen=True)
class Block:
    """A run of inline text in the body: a heading, a paragraph, a list item, a cell..."""

    kind: str  # "heading", "paragraph", "list item", "quote", "table header", "table cell"
    text: str  # the inline Markdown source as written (soft/hard line breaks kept)
    line: int  # 0-based line of the block's first line within the body
    # the body's link reference definitions: "[text][label]" in this block resolves with them
    refs: Refs = field(default_factory=dict, compare=False, repr=False)


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


_MD = _parser()


def _kind(stack: list[str]) -> str:
    if "th" in stack:
        return "table header"
    if "td" in stack:
        return "table cell"
    if stack and stack[-1].startswith("h") and stack[-1][1:].isdigit():
        return "heading"
    if "li" in stack:
        return "list item"
    if "blockquote" in stack:
        return "quote"
    return "paragraph"


def _walk(tokens: list[Token]) -> list[tuple[Token, str, int]]:
    """Each inline token with its block kind and body line."""
    out: list[tuple[Token, str, int]] = []
    stack: list[str] = []
    row_line = 0
    for tok in tokens:
        if tok.nesting == 1:
            stack.append(tok.tag)
            if tok.tag == "tr" and tok.map:
                row_line = tok.map[0]
        elif tok.nesting == -1:
            stack.pop()
        elif tok.type == "inline":
            line = tok.map[0] if tok.map else row_line
            out.append((tok, _kind(stack), line))
    return out


def blocks(body: str) -> list[Block]:
    """The body's text blocks in document order (empty ones, like an empty cell, skipped)."""
    env: dict[str, Any] = {}
    walked = _walk(_MD.parse(body, env))
    refs = env.get("references", {})
    return [
        Block(kind, tok.content, line, refs) for tok, kind, line in walked if tok.content.strip()
    ]


def render(body: str) -> str:
    """markdown-it's own rendering of a body with the project's preset: the reference every
    rebuild of the body (source or identity translation) must equal."""
    return str(_MD.render(body))


def _inline_tokens(text: str, refs: Refs) -> list[Token]:
    """The inline tokens of ``text`` as markdown-it's core makes them (escapes and entities
    joined into text, as in a whole document)."""
    env: dict[str, Any] = {"references": dict(refs)} if refs else {}
    found = _MD.parseInline(text, env)
    return list(found[0].children or []) if found else []


@lru_cache(maxsize=4096)
def _render_cached(text: str, refs_key: tuple[tuple[str, str, str], ...]) -> str:
    refs = {label: {"href": href, "title": title} for label, href, title in refs_key}
    return str(_MD.renderer.render(_inline_tokens(text, refs), _MD.options, {}))


def _refs_key(refs: Refs) -> tuple[tuple[str, str, str], ...]:
    return tuple(
        sorted((k, str(v.get("href", "")), str(v.get("title", ""))) for k, v in refs.items())
    )


def render_inline(text: str, refs: Refs | None = None) -> str:
    """The HTML of a piece of inline Markdown (no enclosing paragraph)."""
    return _render_cached(text, _refs_key(refs or {}))


# --- comparing renderings -----------------------------------------------------------------------

_CODE_HTML = re.compile(r"(<code>.*?</code>|<pre>.*?</pre>)", re.S)
# HTML's white space (not U+00A0, which is text)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_WIDE = r"\u2e80-\u303f\u3040-\u9fff\uf900-\ufaff\uff00-\uffef"
# a line break between two Chinese/Japanese characters shows as nothing (CSS Text 3)
_WIDE_BREAK = re.compile(rf"(?<=[{_WIDE}])[ \t\r\f]*\n[ \t\n\r\f]*(?=[{_WIDE}])")


def canonical(html_text: str) -> str:
    """HTML as it shows: runs of white space outside code are one space (a soft line break
    between Chinese characters none); inside ``<code>`` and ``<pre>`` every character counts."""
    parts = _CODE_HTML.split(html_text)
    out = []
    for i, part in enumerate(parts):
        out.append(part if i % 2 else _HTML_SPACE.sub(" ", _WIDE_BREAK.sub("", part)))
    return "".join(out).strip()


def same_rendering(a: str, b: str) -> bool:
    """Two HTML renderings show the same text with the same markup."""
    return a == b or canonical(a) == canonical(b)


# --- readable entities ----------------------------------------------------------------------

# ASCII punctuation is Markdown syntax (or HTML): written as an entity, it stays one
_SYNTAX = set("!#$%()*+,-./:;<=>?@[\\]^_`{|}~")


def _decoded(reference: str) -> str | None:
    """The character an entity or numeric reference stands for, if a translator can read it
    in place of the reference; None for invisible characters (no-break and other spaces,
    joiners, soft hyphens, direction marks, controls), combining marks, and Markdown syntax."""
    ch = html.unescape(reference)
    if ch == reference or len(ch) != 1 or ch == "\ufffd" or ch in _SYNTAX:
        return None
    if unicodedata.category(ch)[0] in "CZM":
        return None
    return ch


def readable(text: str, refs: Refs | None = None) -> str:
    """``text`` with the entities and numeric references a translator can read written as
    their characters (``Johnson &amp; Johnson`` -> ``Johnson & Johnson``), where that changes
    nothing markdown-it renders; ``&nbsp;``, references in code spans or autolinks, and those
    that would make new markup stay as written."""
    if "&" not in text:
        return text
    found = [(m, ch) for m in inline.ENTITY.finditer(text) if (ch := _decoded(m.group()))]
    if not found:
        return text
    want = render_inline(text, refs)

    def substitute(chosen: Sequence[tuple[re.Match[str], str]]) -> str:
        out, last = [], 0
        for m, ch in chosen:
            out.append(text[last : m.start()] + ch)
            last = m.end()
        return "".join(out) + text[last:]

    every = substitute(found)
    if render_inline(every, refs) == want:
        return every
    kept: list[tuple[re.Match[str], str]] = []
    for item in found:
        if render_inline(substitute([*kept, item]), refs) == want:
            kept.append(item)
    return substitute(kept)


# --- rebuilding a body ------------------------------------------------------------------------


def _text_token(content: str) -> Token:
    tok = Token("text", "", 0)
    tok.content = content
    return tok


def _children(parts: Sequence[tuple[str, Joiner]], refs: Refs) -> list[Token]:
    children: list[Token] = []
    for text, joiner in parts:
        children.extend(_inline_tokens(text, refs))
        if joiner == "space":
            children.append(_text_token(" "))
        elif joiner == "break":
            children.append(Token("hardbreak", "br", 0))
    return children


def to_html(body: str, replace: Callable[[Block], Sequence[tuple[str, Joiner]]]) -> str:
    """Render the body to HTML, replacing each block's inline source by the parts
    ``replace(block)`` returns (a translated block: its sentences and what joins them).

    Each part is parsed on its own as inline Markdown, with the body's link references: it
    cannot create new blocks, markup in one sentence cannot reach into the next, and raw HTML
    in it is escaped.
    """
    env: dict[str, Any] = {}
    tokens = _MD.parse(body, env)
    refs = env.get("references", {})
    for tok, kind, line in _walk(tokens):
        if not tok.content.strip():
            continue
        tok.children = _children(replace(Block(kind, tok.content, line, refs)), refs)
    return str(_MD.renderer.render(tokens, _MD.options, env))


def inline_to_text(source: str) -> str:
    """Plain text of inline Markdown (for titles, PDF metadata, checks)."""
    parts: list[str] = []
    for child in _inline_tokens(source, {}):
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


# --- visible text -------------------------------------------------------------------------------


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.code = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("code", "pre"):
            self.code += 1
        elif tag == "img":
            self.parts.append(dict(attrs).get("alt") or "")
        elif tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("code", "pre") and self.code:
            self.code -= 1

    def handle_data(self, data: str) -> None:
        self.parts.append(f"\x00{data}\x01" if self.code else data)


_CODE_TEXT = re.compile(r"(\x00[^\x01]*\x01)")


def visible_text(html_text: str) -> str:
    """The text an HTML rendering shows (images by their alt text), white space as it shows
    (collapsed but in code): what the self-check of a build compares."""
    parser = _Text()
    parser.feed(html_text)
    parser.close()
    parts = _CODE_TEXT.split("".join(parser.parts))
    shown = [
        p[1:-1] if i % 2 else _HTML_SPACE.sub(" ", _WIDE_BREAK.sub("", p))
        for i, p in enumerate(parts)
    ]
    return "".join(shown).strip()


# --- markup as markdown-it sees it --------------------------------------------------------------


@dataclass(frozen=True)
class Oddity:
    """Inline Markdown that is printed other than it reads: a delimiter matching nothing, an
    unclosed code span, a link without text, link syntax or HTML printed as literal text."""

    line: int  # 0-based line within the text
    kind: str  # "stray **", "stray *", "stray __", "stray _", "unclosed `", "empty link", ...
    message: str


@dataclass(frozen=True)
class InlineMarkup:
    """What markup a piece of inline Markdown makes, counted as markdown-it parses it."""

    spans: dict[str, int]  # "strong (**)", "emphasis (_)", "code", "link", "image" -> count
    oddities: tuple[Oddity, ...]


_RAW = _parser()
_RAW.core.ruler.disable("text_join")  # escapes and entities stay `text_special` tokens

_DELIMITER_RUN = re.compile(r"\*+|_+")
_BACKTICKS = re.compile(r"`+")
_SPAN_LABEL = {
    ("strong_open", "**"): "strong (**)",
    ("strong_open", "__"): "strong (__)",
    ("em_open", "*"): "emphasis (*)",
    ("em_open", "_"): "emphasis (_)",
}


def _punctuation(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def _can_delimit(flat: str, start: int, end: int) -> bool:
    """CommonMark's flanking rules: the run ``flat[start:end]`` could open or close emphasis."""
    before = flat[start - 1] if start else " "
    after = flat[end] if end < len(flat) else " "
    left = not after.isspace() and (
        not _punctuation(after) or before.isspace() or _punctuation(before)
    )
    right = not before.isspace() and (
        not _punctuation(before) or after.isspace() or _punctuation(after)
    )
    if flat[start] == "*":
        return left or right
    opens = left and (not right or _punctuation(before))
    closes = right and (not left or _punctuation(after))
    return opens or closes


@lru_cache(maxsize=8192)
def _markup(text: str, refs_key: tuple[tuple[str, str, str], ...]) -> InlineMarkup:
    refs = {label: {"href": href, "title": title} for label, href, title in refs_key}
    env: dict[str, Any] = {"references": refs} if refs else {}
    found = _RAW.parseInline(text, env)
    children = list(found[0].children or []) if found else []
    spans: dict[str, int] = {}
    oddities: list[Oddity] = []
    # the visible text, flattened, with where each literal text token's runs are
    flat = ""
    literal: list[tuple[int, int, int]] = []  # (start, end, line) in flat of text tokens
    line = 0
    for i, tok in enumerate(children):
        label = _SPAN_LABEL.get((tok.type, tok.markup))
        if label:
            spans[label] = spans.get(label, 0) + 1
        elif tok.type in ("code_inline", "link_open", "image"):
            kind = {"code_inline": "code", "link_open": "link", "image": "image"}[tok.type]
            spans[kind] = spans.get(kind, 0) + 1
        following = children[i + 1].type if i + 1 < len(children) else ""
        if tok.type == "link_open" and following == "link_close":
            href = tok.attrGet("href")
            oddities.append(Oddity(line, "empty link", f"link to {href} has no text"))
        if tok.type == "text":
            literal.append((len(flat), len(flat) + len(tok.content), line))
            flat += tok.content
        elif tok.type in ("text_special", "code_inline", "image"):
            flat += "a"  # an escaped character, code or an image: ordinary text for flanking
        elif tok.type in ("softbreak", "hardbreak"):
            flat += "\n"
            line += 1
    for start, end, at in literal:
        part = flat[start:end]
        for m in _DELIMITER_RUN.finditer(part):
            if _can_delimit(flat, start + m.start(), start + m.end()):
                run = m.group()
                mark = run[0] * min(len(run), 2)
                what = "strong" if len(mark) == 2 else "emphasis"
                oddities.append(
                    Oddity(
                        at + part.count("\n", 0, m.start()),
                        f"stray {mark}",
                        f"unbalanced {what} ({mark}): `{run}` matches nothing and is printed "
                        f"as literal text (write \\{run[0]} for a literal {run[0]})",
                    )
                )
        for m in _BACKTICKS.finditer(part):
            oddities.append(
                Oddity(
                    at,
                    "unclosed `",
                    f"unclosed code span: `{m.group()}` is printed as literal text",
                )
            )
        if "](" in part:
            oddities.append(
                Oddity(
                    at,
                    "literal link",
                    "link syntax printed as literal text, not a link (a destination cannot "
                    "span lines or hold spaces outside <...>)",
                )
            )
        for m in _HTML_TAG.finditer(part):
            oddities.append(
                Oddity(
                    at + part.count("\n", 0, m.start()),
                    "html",
                    f"raw HTML {m.group()} is printed as literal text: releases are Markdown "
                    "only (HTML is escaped, never interpreted)",
                )
            )
    return InlineMarkup(spans, tuple(oddities))


_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*?)?\s*/?>|<!--.*?-->", re.S)


def inline_markup(text: str, refs: Refs | None = None) -> InlineMarkup:
    """The spans and oddities of a piece of inline Markdown, as markdown-it parses it."""
    return _markup(text, _refs_key(refs or {}))
