"""The release page of `workflow serve`: per language the PDF and proof, the problems with the
entry's source and translation side by side, the word diff of changed sources, and the catalog
file a translator opens."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from workflow import status
from workflow.catalogs import pofile, review
from workflow.catalogs.review import Change
from workflow.errors import WorkflowError
from workflow.lang import languages
from workflow.quality import gate
from workflow.quality.gate import CatalogCheck
from workflow.serve import board
from workflow.serve.board import Cell, ReleaseInfo
from workflow.source.release import Release
from workflow.workspace import Workspace
from workflow.workspace.cache import Cache
from workflow.workspace.fsio import read


@dataclass(frozen=True)
class Finding:
    text: str  # file:line: severity: check: message
    severity: str
    source: str  # the entry's msgid ("" when the line is not an entry's)
    translation: str


@dataclass(frozen=True)
class Changed:
    """A fuzzy entry whose source sentence changed: the word diff and the translation."""

    where: str  # file:line
    reference: str  # where it is in the release
    diff: list[Change]
    translation: str


@dataclass
class Language:
    cell: Cell
    catalog: str = ""  # workspace-relative
    catalog_file: str = ""  # absolute, to open in Poedit
    findings: list[Finding] = field(default_factory=list)
    changed: list[Changed] = field(default_factory=list)
    unreviewed: list[Finding] = field(default_factory=list)  # what keeps it from a final PDF
    error: str = ""  # the catalog cannot be read


@dataclass(frozen=True)
class Page:
    info: ReleaseInfo
    languages: list[Language]


def collect(
    ws: Workspace, release_id: str, failed: Mapping[tuple[str, str], str] | None = None
) -> Page:
    """Everything the release page shows (raises ReleaseError for an unknown release)."""
    ws.resolve_ids([release_id])  # an unknown or invalid id is a ReleaseError
    rel = ws.load_release(release_id)
    info = ReleaseInfo(
        rel.id,
        rel.date.isoformat(),
        rel.title,
        rel.language.code,
        tuple(t.code for t in rel.targets),
    )
    checks = {c.language: c for c in status.checks(ws, [rel.id])}
    cache = Cache.load(ws)
    titles = {code: board.catalog_title(ws, cache, info, code) for code in info.targets}
    cache.save()
    found = board.cells(ws, info, checks, titles, failed or {}, board.shared_inputs_mtime(ws))
    out = []
    for code, cell in found.items():
        item = Language(cell)
        if not cell.source:
            _catalog(ws, rel, code, checks.get(code), item)
        out.append(item)
    return Page(info, out)


def _catalog(
    ws: Workspace, rel: Release, code: str, check: CatalogCheck | None, item: Language
) -> None:
    path = ws.catalog_path(rel.id, languages.parse(code))
    item.catalog = ws.rel(path)
    item.catalog_file = str(path)
    try:
        data, _ = read(path)
        if data is None:
            item.error = "no catalog yet: run the release"
            return
        po = pofile.parse(data, path=item.catalog)
    except WorkflowError as exc:
        item.error = str(exc)
        return
    entries = {e.linenum: e for e in po if not e.obsolete and e.msgid}
    for e in pofile.unreviewed(po):
        entry = entries.get(e.line)
        what = "not translated" if e.state == "untranslated" else "machine text not reviewed"
        item.unreviewed.append(
            Finding(
                f"{item.catalog}:{e.line}: {what}", e.state, e.msgid, entry.msgstr if entry else ""
            )
        )
    # a segment of the release the catalog lacks (the release edited since the last run)
    for seg in gate.missing_segments(rel, po):
        item.unreviewed.append(
            Finding(
                f"{gate.segment_place(rel, seg)}: not in the catalog: run the release",
                "untranslated",
                seg.msgid,
                "",
            )
        )
    for p in check.problems if check is not None else []:
        entry = entries.get(p.line)
        item.findings.append(
            Finding(
                str(p),
                p.severity,
                entry.msgid if entry else "",
                entry.msgstr if entry else "",
            )
        )
    for rev in pofile.revisions(po):
        item.changed.append(
            Changed(
                f"{item.catalog}:{rev.line}",
                rev.reference,
                review.word_diff(rev.previous, rev.msgid),
                rev.msgstr,
            )
        )
