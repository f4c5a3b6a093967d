"""The extract step: a release's segments become its template and every language's catalog,
merged like `msgmerge --previous`. Validates everything before writing anything."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from workflow.catalogs import guard, merge, pofile
from workflow.catalogs.header import timestamp
from workflow.catalogs.pofile import SourceEntry
from workflow.catalogs.types import Catalog
from workflow.errors import CatalogError, ConcurrentEditError, ReleaseError, WorkflowError
from workflow.lang.languages import Language
from workflow.source import contact, markdown, release, segment
from workflow.source.release import Release
from workflow.workspace import Workspace, history
from workflow.workspace.fsio import Snapshot, atomic_write, read, sync_folders
from workflow.workspace.workers import parallel_map

# --- segments -----------------------------------------------------------------------------------


# The most characters a segment may have. A sentence of a press release is a few hundred; a
# longer one is a missing full stop or line break, or a pasted blob, and would keep an engine
# busy for minutes on one call. Refused at extract, so that it never reaches an engine.
MAX_SEGMENT = 2_000


def source_entries(rel: Release) -> list[SourceEntry]:
    """The release's segments as template entries: front matter fields, the body, then the
    contact block's translatable parts. Segments longer than `MAX_SEGMENT` characters are a
    `ReleaseError` at the first one's line that lists the lines of the others (all of them are
    to be split, not one per run)."""
    found: dict[str, tuple[list[tuple[str, int]], list[str]]] = {}
    too_long: list[tuple[int, str, str]] = []  # line, kind, text

    def add(text: str, line: int, kind: str) -> None:
        if len(text) > MAX_SEGMENT:
            too_long.append((line, kind, text))
            return
        refs, kinds = found.setdefault(text, ([], []))
        if (rel.path, line) not in refs:
            refs.append((rel.path, line))
        if kind not in kinds:
            kinds.append(kind)

    add(rel.title, rel.field_lines.get("title", 1), "title")
    if rel.subtitle:
        add(rel.subtitle, rel.field_lines.get("subtitle", 1), "subtitle")
    add(rel.place, rel.field_lines.get("place", 1), "dateline place")
    for block in markdown.blocks(rel.body):
        for piece in segment.split(block.text, rel.language.base, block.refs):
            add(piece.text, rel.line_of(block.line + piece.line), block.kind)
    if rel.contact:  # at the end, as printed; phone numbers and addresses stay as written
        for n, text in contact.segments(rel.contact):
            add(text, rel.contact_line + n if rel.contact_line else 1, contact.KIND)
    if too_long:
        line, kind, text = too_long[0]
        others = sorted({n for n, _, _ in too_long[1:]} - {line})
        more = ""
        if others:
            shown = ", ".join(str(n) for n in others[:10]) + (", ..." if len(others) > 10 else "")
            more = (
                f" (and {len(too_long) - 1} more, at line{'s' if len(others) > 1 else ''} {shown})"
            )
        raise ReleaseError(
            f"a {kind} segment of {len(text):,} characters, more than the "
            f"{MAX_SEGMENT:,} one entry may have: {text[:40]!r}...{more}",
            file=rel.path,
            line=line,
            hint="split it into sentences or paragraphs (a missing full stop or line break?)",
        )
    return [SourceEntry(t, tuple(r), tuple(k)) for t, (r, k) in found.items()]


def split_text(text: str, lang: Language) -> list[str]:
    """What `workflow segment` prints: a release file or a plain Markdown text, as sentences."""
    if text.startswith("---\n"):
        rel = release.parse(text.encode("utf-8"), release_id="stdin", path="<input>")
        return [e.msgid for e in source_entries(rel)]
    return [
        piece.text
        for block in markdown.blocks(text)
        for piece in segment.split(block.text, lang.base, block.refs)
    ]


# --- extract ------------------------------------------------------------------------------------


@dataclass
class FileChange:
    path: str
    action: str  # "created", "updated", "unchanged", "failed" (with `isolate`)
    detail: str = ""
    error: WorkflowError | None = None  # why a catalog failed (`isolate`)
    language: str = ""  # the catalog's language code ("" for the template)


@dataclass
class ExtractReport:
    changes: list[FileChange] = field(default_factory=list)

    @property
    def written(self) -> list[FileChange]:
        return [c for c in self.changes if c.action not in ("unchanged", "failed")]

    @property
    def failed(self) -> list[FileChange]:
        return [c for c in self.changes if c.action == "failed"]


@dataclass
class _Pending:
    path: Path
    data: bytes
    before: Snapshot
    change: FileChange
    # (reviewed, total) of the catalog as read and as written, for its history; counted where
    # the catalogs were parsed (a worker), not parsed again in the writing loop
    counts: tuple[tuple[int, int], tuple[int, int]] | None = None


def _read_catalog(ws: Workspace, path: Path) -> tuple[Catalog | None, Snapshot]:
    """A template as it is; a language's catalog only whole (`guard`): an empty one, or one
    without its header, is refused, never rebuilt untranslated."""
    if path.suffix == ".po":
        try:
            got = guard.read_whole(ws, path, settle=False)
        except guard.HalfSavedCatalogError as exc:
            exc.hint = (
                f"`workflow recover {ws.rel(path)}` brings back a saved state; "
                "delete the file to start the catalog afresh"
            )
            raise
        if got is None:
            return None, Snapshot.of_bytes(None)
        return got[0], got[2]
    data, snap = read(path)
    if data is None:
        return None, snap
    return pofile.parse(data, path=ws.rel(path)), snap


def extract(
    ws: Workspace, ids: Sequence[str], *, now: str | None = None, isolate: bool = False
) -> ExtractReport:
    """Write templates and create/merge catalogs. Validates everything before writing anything;
    with `isolate` (the batch run), a catalog that cannot be read is a failed change of its own
    and the template and the other catalogs are written."""
    now = now or timestamp()
    pending: list[_Pending] = []
    report = ExtractReport()
    for result in parallel_map(partial(_extract_one, ws, now, isolate), ids):
        pending.extend(result)
    # each file is checked and written on its own, by the workers too: with the history's
    # copies, the writes were a third of a 10% update's time in this process alone
    changed = [p for p in pending if p.change.action not in ("unchanged", "failed")]
    try:
        parallel_map(partial(_write, ws), changed)
    finally:  # each folder's fsync once, for the renames done (not once a file)
        sync_folders(p.path for p in changed)
    report.changes.extend(p.change for p in pending)
    return report


def _write(ws: Workspace, p: _Pending) -> None:
    """Write a template, or a catalog with its states before and after in the history; a file
    changed on disk since it was read is left alone (`ConcurrentEditError`)."""
    old, snap = read(p.path)
    if snap != p.before:
        raise ConcurrentEditError(
            "catalog changed on disk while extracting; nothing was overwritten",
            file=p.change.path,
            hint="run the command again",
        )
    if p.counts is None:  # a template
        atomic_write(p.path, p.data, sync_folder=False)
        return
    (r0, t0), (r1, t1) = p.counts
    if old is not None:
        history.remember(ws, p.change.path, old, reviewed=r0, total=t0, source="read")
    atomic_write(p.path, p.data, sync_folder=False)
    history.remember(ws, p.change.path, p.data, reviewed=r1, total=t1, source="extract")


def _extract_one(ws: Workspace, now: str, isolate: bool, release_id: str) -> list[_Pending]:
    return _extract_release(ws, ws.load_release(release_id), now, isolate=isolate)


def _extract_release(
    ws: Workspace, rel: Release, now: str, *, isolate: bool = False
) -> list[_Pending]:
    out: list[_Pending] = []
    entries = source_entries(rel)
    project = f"{rel.id}"
    pot = pofile.template(project, entries, created=now, title=rel.title)
    pot_path = ws.template_path(rel.id)
    old_pot, pot_snap = _read_catalog(ws, pot_path)
    if old_pot is not None and pofile.fingerprint(old_pot) == pofile.fingerprint(pot):
        pot = old_pot  # unchanged: keep its creation date, rewrite nothing
        out.append(_Pending(pot_path, b"", pot_snap, FileChange(ws.rel(pot_path), "unchanged")))
    else:
        action = "created" if old_pot is None else "updated"
        out.append(
            _Pending(
                pot_path,
                pofile.dump(pot),
                pot_snap,
                FileChange(ws.rel(pot_path), action, f"{len(entries)} segments"),
            )
        )
    for lang in rel.targets:
        path = ws.catalog_path(rel.id, lang)
        try:
            old, snap = _read_catalog(ws, path)
        except CatalogError as exc:
            if not isolate:
                raise
            failed = FileChange(ws.rel(path), "failed", str(exc), exc, lang.code)
            out.append(_Pending(path, b"", Snapshot.of_bytes(None), failed))
            continue
        if old is None:
            po = pofile.new_catalog(pot, lang, created=now)
            out.append(
                _Pending(
                    path,
                    pofile.dump(po),
                    snap,
                    FileChange(ws.rel(path), "created", f"{len(entries)} untranslated"),
                    ((0, 0), (0, pofile.stats(po).total)),
                )
            )
            continue
        carry = ws.settings.extract.carry_trivial_edits
        merged, mr = merge.merge(old, pot, lang, carry_trivial=carry)
        if pofile.fingerprint(merged) == pofile.fingerprint(old):
            out.append(_Pending(path, b"", snap, FileChange(ws.rel(path), "unchanged")))
            continue
        detail = f"{mr.kept} kept, {mr.fuzzy} fuzzy, {mr.new} new, {mr.obsoleted} obsolete"
        if old.converted_from:
            detail += f"; converted from {old.converted_from} to UTF-8"
        before, after = pofile.stats(old), pofile.stats(merged)
        out.append(
            _Pending(
                path,
                pofile.dump(merged),
                snap,
                FileChange(ws.rel(path), "updated", detail),
                ((before.reviewed, before.total), (after.reviewed, after.total)),
            )
        )
    return out
