"""The batch run: extract -> translate -> check -> build over a workspace, incrementally.

Holds a lock on the workspace. A release whose inputs (release file, its template and
catalogs, glossary, settings, tool version) hash the same as after the last successful run, and
whose PDFs are still there, is skipped without being parsed. Every write is atomic, so a run
killed at any moment leaves valid catalogs and no half-written PDF; the next run removes stale
temporary files and picks up where it stopped.

`batch` runs the named steps in order: `_Batch.changed`, `.extract`, `.translate`, `.build`,
`.summarise`. The lock and the run state live in `workspace/state.py`.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from workflow.catalogs import extract, glossary, header
from workflow.catalogs.glossary import FILE as GLOSSARY_FILE
from workflow.errors import WorkflowError
from workflow.lang.languages import Language
from workflow.mt import translate
from workflow.mt.engines.select import Engines
from workflow.quality import gate
from workflow.source.release import Release
from workflow.workspace import SETTINGS_FILE, Workspace
from workflow.workspace.cache import Cache
from workflow.workspace.state import (
    CatalogIndex,
    RunState,
    clean_stale_temporaries,
    files_digest,
    input_digest,
)

if TYPE_CHECKING:
    from workflow.cluster.session import Cluster
    from workflow.publish.build import BuildResult

Progress = Callable[[str, int, int], None]  # (step, done, total)


@dataclass
class Row:
    release: str
    language: str
    reviewed: int = 0
    total: int = 0
    errors: int = 0
    warnings: int = 0
    built: str = ""  # "final", "draft", "unchanged", "failed"
    pdf: str = ""
    message: str = ""


@dataclass
class RunReport:
    rows: list[Row] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # one line each: "file:line: message"
    translated: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # wall time per step

    @property
    def ok(self) -> bool:
        return not self.failures and all(r.built != "failed" for r in self.rows)


@dataclass(frozen=True)
class Options:
    languages: tuple[Language, ...] = ()
    engine: str | None = None
    force: bool = False  # ignore the incremental state
    cluster: Cluster | None = None  # workers for translation and typesetting (else this machine)


F = TypeVar("F", bound=Callable[..., Any])


def _timed(step: str) -> Callable[[F], F]:
    """Add a step's wall time to the report's `seconds`."""

    def wrap(method: F) -> F:
        @functools.wraps(method)
        def timed(self: _Batch, *args: Any) -> Any:
            started = time.perf_counter()
            try:
                return method(self, *args)
            finally:
                seconds = self.report.seconds
                seconds[step] = seconds.get(step, 0.0) + time.perf_counter() - started

        return timed  # type: ignore[return-value]

    return wrap


def batch(
    ws: Workspace,
    names: Sequence[str],
    options: Options,
    progress: Progress | None = None,
) -> RunReport:
    """The batch run over the named releases (all when none are named)."""
    ids = ws.resolve_ids(names)
    glossary.load(ws.locales)  # every language's input: if it is bad, say so once, write nothing
    clean_stale_temporaries(ws)
    run = _Batch(ws, options, progress)
    todo = run.changed(ids)
    if todo:
        releases = run.extract(todo)
        run.translate(releases)
        run.summarise(releases, run.build(releases))
    return run.report


@dataclass
class _Batch:
    ws: Workspace
    options: Options
    progress: Progress | None
    report: RunReport = field(default_factory=RunReport)
    failed: dict[tuple[str, str], str] = field(default_factory=dict)  # (release, lang) -> why
    built_from: dict[str, str] = field(default_factory=dict)  # release -> inputs at the build

    def __post_init__(self) -> None:
        self.state = RunState.load(self.ws)
        shared = files_digest(self.ws.root / SETTINGS_FILE, self.ws.locales / GLOSSARY_FILE)
        self.shared = shared + ",".join(sorted(lang.code for lang in self.options.languages))

    def _tick(self, step: str, done: int, total: int) -> None:
        if self.progress:
            self.progress(step, done, total)

    def _wanted(self, rel: Release, lang: Language) -> bool:
        """The source language always; targets unless --lang leaves them out."""
        return not self.options.languages or lang in self.options.languages or lang == rel.language

    @_timed("changed")
    def changed(self, ids: Sequence[str]) -> list[str]:
        """1. The releases whose inputs or outputs changed since their last complete run."""
        index = CatalogIndex.scan(self.ws)
        todo: list[str] = []
        for release_id in ids:
            try:
                inputs = input_digest(self.ws, release_id, index, self.shared)
            except WorkflowError as exc:  # a file in releases/ whose name is not an id
                self.report.failures.append(str(exc))
                continue
            if not self.options.force and self.state.unchanged(release_id, inputs):
                self.report.unchanged.append(release_id)
            else:
                todo.append(release_id)
        return todo

    @_timed("extract")
    def extract(self, todo: Sequence[str]) -> list[Release]:
        """2. Extract release by release: a bad release is reported and skipped."""
        releases: list[Release] = []
        for n, release_id in enumerate(todo, start=1):
            try:
                rel = self.ws.load_release(release_id)
                extract.extract(self.ws, [release_id])
                releases.append(rel)
            except WorkflowError as exc:
                self.report.failures.append(str(exc))
            self._tick("extract", n, len(todo))
        return releases

    @_timed("translate")
    def translate(self, releases: Sequence[Release]) -> None:
        """3. Translate language by language: a missing model fails only that language."""
        engines = Engines(self.ws)
        now = header.timestamp()  # one PO-Revision-Date for every catalog this run writes
        by_lang: dict[Language, list[Release]] = {}
        for rel in releases:
            for lang in rel.targets:
                if not self.options.languages or lang in self.options.languages:
                    by_lang.setdefault(lang, []).append(rel)
        for lang, rels in by_lang.items():
            opts = translate.Options(languages=(lang,), engine=self.options.engine, now=now)

            def step(done: int, total: int, code: str = lang.code) -> None:
                self._tick(f"translate {code}", done, total)

            try:
                done = translate.run(
                    self.ws, rels, opts, step, engines=engines, cluster=self.options.cluster
                )
                self.report.translated += done.segments
                for cat in done.catalogs:
                    if cat.error:
                        self.failed[(cat.release, cat.language)] = cat.error
            except WorkflowError as exc:
                for rel in rels:
                    self.failed[(rel.id, lang.code)] = str(exc)

    @_timed("build")
    def build(self, releases: Sequence[Release]) -> dict[tuple[str, str], BuildResult]:
        """4. Check and build: final where publishable, a marked draft otherwise."""
        from workflow.publish import build  # WeasyPrint: imported when there is something to build

        jobs = [
            build.Job(rel.id, lang.code, draft=True)
            for rel in releases
            for lang in (rel.language, *rel.targets)
            if self._wanted(rel, lang) and (rel.id, lang.code) not in self.failed
        ]

        def step(done: int, total: int) -> None:
            self._tick("build", done, total)

        index = CatalogIndex.scan(self.ws)  # the inputs as the build reads them
        self.built_from = {
            rel.id: input_digest(self.ws, rel.id, index, self.shared) for rel in releases
        }
        built = build.run(self.ws, jobs, step, cluster=self.options.cluster)
        return {(r.release, r.language): r for r in built}

    @_timed("summarise")
    def summarise(
        self, releases: Sequence[Release], results: dict[tuple[str, str], BuildResult]
    ) -> None:
        """5. One row per release and language; the state records complete releases."""
        index = CatalogIndex.scan(self.ws)
        cache = Cache.load(self.ws)
        inputs = gate.inputs_digest(self.ws)
        for rel in releases:
            outputs: dict[str, int] = {}
            complete = True
            for lang in (rel.language, *rel.targets):
                if not self._wanted(rel, lang):
                    continue
                res = results.get((rel.id, lang.code))
                if res is not None and res.check is not None:
                    gate.remember(cache, res.check_key, res.check)
                row = _row(self.ws, rel, lang, cache, inputs)
                complete &= self._outcome(row, res, outputs)
                self.report.rows.append(row)
            inputs_now = input_digest(self.ws, rel.id, index, self.shared)
            # a file saved while the run built (a translator's save) is not what the outputs
            # were made from: not recorded, so the next run takes the release up again
            if complete and inputs_now == self.built_from.get(rel.id):
                self.state.record(rel.id, inputs_now, outputs)
            else:
                self.state.forget(rel.id)
        self.state.save()
        cache.save()

    def _outcome(self, row: Row, res: BuildResult | None, outputs: dict[str, int]) -> bool:
        """Fill the row with what happened to its language; False if it failed."""
        why = self.failed.get((row.release, row.language))
        if why is not None:
            row.built, row.message = "failed", why
            return False
        if res is None:
            return True
        if not res.ok:
            row.built, row.message = "failed", str(res.error)
            return False
        row.built, row.pdf = res.kind, res.pdf
        outputs[res.pdf] = (self.ws.root / res.pdf).stat().st_size
        return True


def _row(ws: Workspace, rel: Release, lang: Language, cache: Cache, inputs: str) -> Row:
    if lang == rel.language:
        return Row(rel.id, lang.code, reviewed=1, total=1)
    try:
        verdict = gate.check_catalog(ws, rel.id, lang, cache, lambda: rel, inputs)
    except WorkflowError as exc:
        return Row(rel.id, lang.code, message=str(exc))
    return Row(
        rel.id,
        lang.code,
        reviewed=verdict.reviewed,
        total=verdict.untranslated + verdict.machine + verdict.reviewed,
        errors=verdict.errors,
        warnings=verdict.warnings,
    )
