"""CommonMark structure: body -> text blocks, and body -> HTML with each block's text replaced.

The only markdown-it-py user. Raw HTML in a release is disabled: the only markup in the output
is what the Markdown structure makes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token


@dataclass(frozen=True)
class Block:
    """A run of inline text in the body: a heading, a paragraph, a list item, a cell..."""

    kind: str  # "heading", "paragraph", "list item", "quote", "table header", "table cell"
    text: str  # the inline Markdown source as written (soft/hard line breaks kept)
    line: int  # 0-based line of the block's first line within the body


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
    return [
        Block(kind, tok.content, line)
        for tok, kind, line in _walk(_MD.parse(body))
        if tok.content.strip()
    ]


def to_html(body: str, replace: Callable[[Block], str]) -> str:
    """Render the body to HTML, replacing each block's inline source by `replace(block)`.

    The replacement is inline Markdown (a translated block); it is parsed as inline content
    only, so it cannot create new blocks, and raw HTML in it is escaped.
    """
    env: dict[str, object] = {}
    tokens = _MD.parse(body, env)
    for tok, kind, line in _walk(tokens):
        if not tok.content.strip():
            continue
        new = replace(Block(kind, tok.content, line))
        tok.content = new
        tok.children = []
        _MD.inline.parse(new, _MD, env, tok.children)
    return str(_MD.renderer.render(tokens, _MD.options, env))


def inline_to_text(source: str) -> str:
    """Plain text of inline Markdown (for titles, PDF metadata, checks)."""
    tokens = _MD.parseInline(source)
    parts: list[str] = []
    for tok in tokens:
        for child in tok.children or []:
            if child.type in ("text", "code_inline"):
                parts.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                parts.append(" ")
    return "".join(parts)
