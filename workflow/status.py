"""The editor's dashboard data: per release and target language, the counts, problems and
publication verdict. `workflow status --json` prints `rows`; the board of `workflow serve`
shows the same rows (one source, not two)."""

from __future__ import annotations

from collections.abc import Sequence

from workflow.lang.languages import Language
from workflow.quality import gate
from workflow.quality.gate import CatalogCheck
from workflow.workspace import Workspace


def as_json(r: CatalogCheck) -> dict[str, object]:
    """One row as `workflow status --json` prints it."""
    return {
        "release": r.release,
        "language": r.language,
        "untranslated": r.untranslated,
        "machine": r.machine,
        "reviewed": r.reviewed,
        "total": r.untranslated + r.machine + r.reviewed,
        "errors": r.errors,
        "warnings": r.warnings,
        "publishable": r.publishable,
        "catalog": None if r.missing else r.path,
        "error": r.error or None,
    }


def checks(
    ws: Workspace, ids: Sequence[str], only: Sequence[Language] = (), *, isolate: bool = False
) -> list[CatalogCheck]:
    """Every target catalog of the releases with its verdict (from the cache where unchanged).
    With `isolate`, a release or catalog that cannot be read is a row with its error and the
    others are still checked (the command line); without, the error is raised."""
    return gate.check_many(ws, ids, only, isolate=isolate)


def rows(
    ws: Workspace, ids: Sequence[str], only: Sequence[Language] = (), *, isolate: bool = False
) -> list[dict[str, object]]:
    """What `workflow status --json` prints."""
    return [as_json(r) for r in checks(ws, ids, only, isolate=isolate)]
