"""Sentences of the benchmark releases (a simple splitter; the lead's segmenter comes later)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "releases" / "2024-06-20-cyber-security-framework.md"
if not SAMPLE.exists():  # a worktree without the sample release: use the main checkout's
    SAMPLE = Path("/work/main/releases/2024-06-20-cyber-security-framework.md")
RELEASES = [SAMPLE, *sorted((ROOT / "tests" / "data" / "releases").glob("*.md"))]

# Do-not-translate terms of these releases (what a glossary would list).
TERMS = (
    "Munir Akram",
    "EU DisinfoLab",
    "Ishaq Dar",
    "António Guterres",
    "Philemon Yang",
    "Muhammad Aurangzeb",
    "Bilal Ahmad",
    "Amina Siddiqui",
    "Sara Khan",
    "Palais des Nations",
)

_ABBREVIATIONS = ("Mr.", "Ms.", "Mrs.", "Dr.", "No.", "St.", "e.g.", "i.e.", "Prof.")
_BOUNDARY = re.compile(r"[.!?][\"”’)*_]*\s+(?=[\"“(\[*_]*[A-Z0-9])")


def split_sentences(paragraph: str) -> list[str]:
    text = " ".join(paragraph.split())
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        head = text[start : m.end()].rstrip()
        if head.endswith(_ABBREVIATIONS) or any(
            text[: m.start() + 1].endswith(a) for a in _ABBREVIATIONS
        ):
            continue
        out.append(head)
        start = m.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def release_sentences(path: Path) -> list[str]:
    """Body sentences of a release (front matter skipped; headings and items kept whole)."""
    body = path.read_text(encoding="utf-8")
    if body.startswith("---"):
        body = body.split("---", 2)[2]
    sentences: list[str] = []
    for block in re.split(r"\n\s*\n", body):
        block = block.strip()
        if not block:
            continue
        block = re.sub(r"^(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)", "", block)
        sentences.extend(split_sentences(block))
    return sentences


def all_sentences() -> list[tuple[str, str]]:
    """(release id, sentence) for every benchmark release."""
    return [(p.stem, s) for p in RELEASES for s in release_sentences(p)]


if __name__ == "__main__":
    for rid, s in all_sentences():
        print(rid[:10], s)
