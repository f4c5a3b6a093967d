"""A release's contact block, line by line: what translators translate, what stays as written.

A press office's contact block is labels, names, phone numbers and addresses:

    Press Section, Permanent Mission of Pakistan
    Tel.: +1 212 879 8600
    E-mail: pakistan@un.int

Phone numbers, e-mail addresses and web addresses are never translated: a line of only those
is printed as written in every language; a line `Label: <only those>` gives translators the
label alone (`Tel.:`, `E-mail:`); any other line is one segment (names in it are the
translator's to keep: the entry's comment says so, and the checks compare figures, e-mails
and addresses with the source's). Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from workflow.source import inline

KIND = "contact (keep names, phone numbers and e-mails as written)"  # the entries' `#.` comment

# a number as an office writes its telephone: +1 212 879 8600, (212) 879-8600, 0300-1234567
_LOCAL_PHONE = re.compile(r"(?<![\w+])\(?\d[\d \u00a0().-]{5,}\d(?!\w)")
_LABEL = re.compile(r"(?P<label>[^:：\t]*?[^\W\d_][^:：\t]*?\s*[:：])(?P<rest>\s*.+)")
_JOINERS = re.compile(r"[\s,;/|·•–—-]*|\s+(?:or|and|ou|et|o|y)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Part:
    text: str
    translatable: bool


def _fixed_spans(line: str) -> list[tuple[int, int]]:
    """Where the line has phone numbers, e-mail and web addresses."""
    spans: list[tuple[int, int]] = []
    for pattern in (inline.EMAIL, inline.URL, inline.PHONE, _LOCAL_PHONE):
        address = pattern in (inline.EMAIL, inline.URL)
        for m in pattern.finditer(line):
            number = sum(ch.isdigit() for ch in m.group()) >= 7  # not a year or a room
            taken = any(a < m.end() and m.start() < b for a, b in spans)
            if (address or number) and not taken:
                spans.append((m.start(), m.end()))
    return sorted(spans)


def _only_fixed(text: str) -> bool:
    """The text is phone numbers, addresses and separators only."""
    rest, end = [], 0
    for a, b in _fixed_spans(text):
        rest.append(text[end:a])
        end = b
    rest.append(text[end:])
    return all(_JOINERS.fullmatch(piece) for piece in rest)


def parts(line: str) -> list[Part]:
    """One line of the contact block as translatable and fixed parts, in order."""
    stripped = line.strip()
    if not stripped:
        return [Part(line, False)] if line else []
    if not any(ch.isalpha() for ch in stripped) or _only_fixed(stripped):
        return [Part(line, False)]
    m = _LABEL.fullmatch(stripped)
    if m and _only_fixed(m.group("rest")):
        lead = line[: len(line) - len(line.lstrip())]
        return [
            *([Part(lead, False)] if lead else []),
            Part(m.group("label"), True),
            Part(m.group("rest") + line[len(line.rstrip()) :], False),
        ]
    return [Part(line, True)]


def segments(contact: str) -> list[tuple[int, str]]:
    """The translatable texts of a contact block with their 0-based line in it."""
    return [
        (n, p.text.strip())
        for n, line in enumerate(contact.split("\n"))
        for p in parts(line)
        if p.translatable and p.text.strip()
    ]


def translated(contact: str, tr: Callable[[str], str]) -> str:
    """The contact block with its translatable parts through `tr`, the rest as written."""
    out = []
    for line in contact.split("\n"):
        pieces = []
        for p in parts(line):
            if p.translatable:
                lead = p.text[: len(p.text) - len(p.text.lstrip())]
                trail = p.text[len(p.text.rstrip()) :]
                pieces.append(lead + tr(p.text.strip()) + trail)
            else:
                pieces.append(p.text)
        out.append("".join(pieces))
    return "\n".join(out)
