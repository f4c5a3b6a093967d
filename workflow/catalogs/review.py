"""Reviewer help: what changed in the source of a fuzzy entry, as a word-level diff."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Change:
    op: str  # "equal", "delete", "insert"
    text: str


def word_diff(old: str, new: str) -> list[Change]:
    """Word-level changes from `old` to `new` (whitespace kept with the words)."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    out: list[Change] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(Change("equal", "".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            out.append(Change("delete", "".join(a[i1:i2])))
        if op in ("insert", "replace"):
            out.append(Change("insert", "".join(b[j1:j2])))
    return out


def render(changes: list[Change], *, color: bool) -> str:
    """git --word-diff style: [-removed-]{+added+}, or red/green on a terminal."""
    parts = []
    for c in changes:
        if c.op == "equal":
            parts.append(c.text)
        elif c.op == "delete":
            parts.append(f"\x1b[31;9m{c.text}\x1b[0m" if color else f"[-{c.text}-]")
        else:
            parts.append(f"\x1b[32m{c.text}\x1b[0m" if color else f"{{+{c.text}+}}")
    return "".join(parts)
