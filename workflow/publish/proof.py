"""A bilingual proof for reviewers: one row per segment of a release, source next to translation.

Pure: a parsed catalog (or its entries) and a release in, rows out. The rows follow the
document (title, subtitle, dateline place, then every sentence of the body in order); a segment
the release repeats gets a row each time it occurs. Each row carries the catalog line of its
entry, its state (reviewed / machine / untranslated) and the check problems of the entry.

An untranslated entry has no translation in its row, never the source text: the proof must not
let a reviewer mistake an untranslated sentence for a translated one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from workflow.catalogs import pofile, types
from workflow.source import contact, markdown, segment
from workflow.source.release import Release

STATES = ("reviewed", "machine", "untranslated")
NOT_IN_CATALOG = "not in the catalog: run `workflow extract`"


@dataclass(frozen=True)
class Entry:
    """What the proof needs of a catalog entry."""

    msgid: str
    msgstr: str
    state: str  # one of STATES
    line: int  # 1-based line of the entry in the catalog


@dataclass(frozen=True)
class Row:
    """One segment of the release as the reviewer sees it."""

    number: int  # 1-based position in the document
    block: int  # 0: title/subtitle/place; then 1, 2, ... per body block
    kind: str  # "title", "dateline place", "heading", "paragraph", "list item", ...
    source: str  # the msgid (inline Markdown as the translator sees it)
    translation: str | None  # the msgstr; None when untranslated (never the source)
    state: str  # "reviewed", "machine" or "untranslated"
    reference: str  # "locales/fr/LC_MESSAGES/<id>.po:42", "" if the entry is missing
    problems: tuple[str, ...] = ()
    repeat: bool = False  # the same segment occurred earlier in the document
    block_start: bool = False  # first segment of a body block (the proof draws a rule)


@dataclass(frozen=True)
class Summary:
    total: int
    counts: dict[str, int] = field(default_factory=dict)  # state -> rows
    problems: int = 0  # rows with at least one problem


def entries(po: Iterable[types.Entry]) -> dict[str, Entry]:
    """msgid -> Entry for the active entries of a parsed catalog (``pofile.parse``)."""
    out: dict[str, Entry] = {}
    for e in po:
        if e.obsolete or not e.msgid:
            continue
        state = pofile.state(e)
        out[e.msgid] = Entry(
            msgid=e.msgid,
            msgstr=e.msgstr if state != "untranslated" else "",
            state=state,
            line=int(e.linenum or 0),
        )
    return out


def segments(rel: Release) -> list[tuple[int, str, str]]:
    """(block, kind, source segment) of the release in document order."""
    out: list[tuple[int, str, str]] = [(0, "title", rel.title)]
    if rel.subtitle:
        out.append((0, "subtitle", rel.subtitle))
    out.append((0, "dateline place", rel.place))
    n = 0
    for n, block in enumerate(markdown.blocks(rel.body), start=1):
        for piece in segment.split(block.text, rel.language.base, block.refs):
            out.append((n, block.kind, piece.text))
    if rel.contact:  # the contact block's translatable parts, a block of its own
        out.extend((n + 1, "contact", text) for _, text in contact.segments(rel.contact))
    return out


def rows(
    rel: Release,
    found: Mapping[str, Entry],
    *,
    catalog_file: str,
    problems: Mapping[str, Sequence[str]] | None = None,
) -> list[Row]:
    """The proof's rows: every segment of ``rel`` with its entry from ``found``.

    ``catalog_file`` is the catalog's workspace-relative path (for the file:line reference);
    ``problems`` maps msgids to check messages (from the checks module) shown in the row.
    A segment the catalog lacks (stale catalog) is shown untranslated with a problem saying so.
    """
    problems = problems or {}
    out: list[Row] = []
    seen: set[str] = set()
    for number, (block, kind, source) in enumerate(segments(rel), start=1):
        entry = found.get(source)
        notes = tuple(problems.get(source, ()))
        if entry is None:
            state, translation, reference = "untranslated", None, ""
            notes = (NOT_IN_CATALOG, *notes)
        else:
            state = entry.state
            translation = entry.msgstr if state != "untranslated" and entry.msgstr else None
            if translation is None:
                state = "untranslated"
            reference = f"{catalog_file}:{entry.line}"
        out.append(
            Row(
                number=number,
                block=block,
                kind=kind,
                source=source,
                translation=translation,
                state=state,
                reference=reference,
                problems=notes,
                repeat=source in seen,
                block_start=block > 0 and (not out or out[-1].block != block),
            )
        )
        seen.add(source)
    return out


def summary(found_rows: Sequence[Row]) -> Summary:
    counts = {state: 0 for state in STATES}
    for row in found_rows:
        counts[row.state] += 1
    return Summary(
        total=len(found_rows),
        counts=counts,
        problems=sum(1 for row in found_rows if row.problems),
    )
