"""A release's Markdown that would be printed other than it reads: the extract step's warnings.

markdown-it decides what the press officer's Markdown makes (`markdown.inline_markup`); what
it prints other than the officer likely meant is reported with the release's file and line,
never silently changed:

* an emphasis delimiter matching nothing (``**`` left open, a lone ``*`` in ``2*3``): printed
  as literal text; ``\\*`` writes a literal one;
* an unclosed code span: the backticks are printed;
* a link without text;
* link syntax that is no link (``[link](<foo`` / ``bar>)``: a destination over a line break);
* raw HTML, inline or as a block (``<u>New York</u>``). The policy is **escape**: releases are
  Markdown only, HTML is printed as the literal text it is, in every language, and said so.

The quality check on translations counts the same things the same way (`quality/markup.py`).
"""

from __future__ import annotations

from dataclasses import dataclass

from workflow.source import markdown
from workflow.source.release import Release


@dataclass(frozen=True)
class Warning:
    file: str
    line: int  # 1-based line of the release file
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


def release_warnings(rel: Release) -> list[Warning]:
    """Every oddity of the release's front-matter texts and body, in file order."""
    out: list[Warning] = []
    for key, text in (("title", rel.title), ("subtitle", rel.subtitle), ("place", rel.place)):
        if text:
            line = rel.field_lines.get(key, 1)
            out.extend(Warning(rel.path, line, o.message) for o in _oddities(text))
    for block in markdown.blocks(rel.body):
        for o in markdown.inline_markup(block.text, block.refs).oddities:
            out.append(Warning(rel.path, rel.line_of(block.line + o.line), o.message))
    return sorted(out, key=lambda w: w.line)


def _oddities(text: str) -> tuple[markdown.Oddity, ...]:
    return markdown.inline_markup(text).oddities
