"""The batch run: extract -> translate -> check -> build over a workspace, incrementally.

Holds a lock on the workspace. Everything is decided per language of a release (a "unit": the
source language's PDF, or one target catalog and its PDF): a unit whose inputs (release file,
template, its catalog, glossary, settings, logo, tool version) hash the same as after the last
run, and whose outputs are still there, is not redone; a unit that failed for what its files
say (a merge conflict in its catalog, a front matter typo) is reported again from the state,
quickly, until its files change; a unit whose entries wait for an engine is taken up again when
the engines here change (a package installed). A broken release or catalog is one failed row;
the rest of the run goes on. Every write is atomic, so a run killed at any moment leaves valid
catalogs and no half-written PDF; the next run removes stale temporary files and picks up where
it stopped.

`batch` runs the named steps in order: `_Batch.changed`, `.extract`, `.translate`, `.build`,
`.summarise`. The lock and the run state live in `workspace/state.py`.
"""

from __future__ import annotations

import dataclasses
import functools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from workflow.catalogs import glossary
from workflow.errors import CatalogError, ConcurrentEditError, ReleaseError, WorkflowError
from workflow.lang import languages
from workflow.lang.languages import Language
from workflow.source.release import Release
from workflow.workspace import Workspace
from workflow.workspace.cache import Cache
from workflow.workspace.state import (
    RunState,
    clean_stale_temporaries,
    release_digest,
    shared_digest,
    unit_digest,
)

if TYPE_CHECKING:  # the steps are imported when a run has work for them: a fast no-change run
    from workflow.cluster.session import Cluster
    from workflow.mt.engines.select import Engines
    from workflow.publish.build import BuildResult

Progress = Callable[[str, int, int], None]  # (step, done, total)
PROOF_SUFFIX = ".proof.pdf"


@dataclass
class Row:
    release: str
    language: str  # "" for a release that could not be read
    reviewed: int = 0
    total: int = 0
    errors: int = 0
    warnings: int = 0
    built: str = ""  # "final", "draft", "failed"
    pdf: str = ""
    message: str = ""
    untranslated: int = 0
    proof: str = ""  # the bilingual proof rebuilt with it (one existed)
    unchanged: bool = False  # reported from the run state: nothing was redone


@dataclass
class Waiting:
    """A language pair whose entries wait for an engine: one line per run, not per catalog."""

    src: str
    tgt: str
    why: str
    advice: str
    entries: int = 0
    catalogs: int = 0

    def __str__(self) -> str:  # as mt.translate.NoEngine says it (not imported: a fast start)
        return (
            f"{self.why} ({self.entries} entr{'y' if self.entries == 1 else 'ies'} in "
            f"{self.catalogs} catalog{'' if self.catalogs == 1 else 's'} wait): {self.advice}"
        )


@dataclass
class RunReport:
    rows: list[Row] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # one line each: "file:line: message"
    translated: int = 0
    waiting: list[Waiting] = field(default_factory=list)  # pairs without an engine
    seconds: dict[str, float] = field(default_factory=dict)  # wall time per step

    @property
    def ok(self) -> bool:
        return (
            not self.failures and not self.waiting and all(r.built != "failed" for r in self.rows)
        )


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
    run.finish(ids, everything=not names)
    return run.report


Unit = tuple[str, str]  # (release id, language code)


@dataclass
class _Batch:
    ws: Workspace
    options: Options
    progress: Progress | None
    report: RunReport = field(default_factory=RunReport)
    failed: dict[Unit, tuple[str, bool]] = field(default_factory=dict)  # why, lasting
    units: dict[str, list[str]] = field(default_factory=dict)  # release -> codes to redo
    release_inputs: dict[str, str] = field(default_factory=dict)
    built_from: dict[Unit, str] = field(default_factory=dict)  # inputs at the build
    no_engine: dict[Unit, tuple[str, str, int]] = field(default_factory=dict)  # src, tgt, n
    pairs: dict[tuple[str, str], Waiting] = field(default_factory=dict)
    _availability: str | None = None
    _engines: Engines | None = None

    def __post_init__(self) -> None:
        self.state = RunState.load(self.ws)
        self.shared = shared_digest(self.ws)

    @property
    def engines(self) -> Engines:
        """The run's engines (each loaded at most once, when a catalog needs it)."""
        if self._engines is None:
            from workflow.mt.engines.select import Engines

            self._engines = Engines(self.ws)
        return self._engines

    def _tick(self, step: str, done: int, total: int) -> None:
        if self.progress:
            self.progress(step, done, total)

    def _wanted(self, code: str, *, source: bool) -> bool:
        """The source language always; targets unless --lang leaves them out."""
        return (
            source
            or not self.options.languages
            or any(lang.code == code for lang in self.options.languages)
        )

    def availability(self) -> str:
        """What engines this machine has (computed once a run, only when asked)."""
        if self._availability is None:
            self._availability = self.engines.availability()
        return self._availability

    # ---------------------------------------------------------------- 1. what changed

    @_timed("changed")
    def changed(self, ids: Sequence[str]) -> dict[str, set[str] | None]:
        """1. Per release, the languages whose inputs or outputs changed since the last run
        (None: the release itself changed, every language); the others' failures and waiting
        entries are reported from the state."""
        todo: dict[str, set[str] | None] = {}
        for release_id in ids:
            try:
                inputs = release_digest(self.ws, release_id, self.shared)
            except WorkflowError as exc:  # a file in releases/ whose name is not an id
                self.report.failures.append(str(exc))
                continue
            known = None if self.options.force else self.state.release(release_id, inputs)
            if known is None:
                todo[release_id] = None
                continue
            if known.get("error"):
                self.report.rows.append(
                    Row(release_id, "", built="failed", message=known["error"], unchanged=True)
                )
                self.report.unchanged.append(release_id)
                continue
            redo = self._changed_units(release_id, inputs, known.get("languages", []))
            if redo:
                todo[release_id] = redo
            else:
                self.report.unchanged.append(release_id)
        return todo

    def _changed_units(self, release_id: str, inputs: str, codes: Sequence[str]) -> set[str]:
        redo: set[str] = set()
        for n, code in enumerate(codes):
            if not self._wanted(code, source=n == 0):
                continue
            unit = unit_digest(self.ws, release_id, code, inputs, source=n == 0)
            known = self.state.unit_unchanged(release_id, code, unit, self.availability)
            if known is None or not self._from_state(known):
                redo.add(code)
        return redo

    def _from_state(self, known: dict[str, Any]) -> bool:
        """An unchanged unit: its failure, or the entries it waits an engine for, once more
        (False if the record is not one this run can read: the unit is redone)."""
        row = known.get("row")
        if not isinstance(row, dict):
            return False
        try:
            if row.get("built") == "failed":
                fields = {f.name for f in dataclasses.fields(Row)} - {"unchanged"}
                again = Row(**{k: v for k, v in row.items() if k in fields}, unchanged=True)
                self.report.rows.append(again)
            waits = row.get("waiting")
            if isinstance(waits, list) and len(waits) == 3:
                self._wait(str(waits[0]), str(waits[1]), int(waits[2]))
        except (TypeError, ValueError, WorkflowError):
            return False
        return True

    def _wait(self, src: str, tgt: str, entries: int, why: str = "", advice: str = "") -> None:
        pair = self.pairs.get((src, tgt))
        if pair is None:
            if not advice:
                source, target = languages.parse(src), languages.parse(tgt)
                why = f"no translation model for {source.tag}->{target.tag}"
                advice = self.engines.advice(source, target)
            pair = self.pairs[(src, tgt)] = Waiting(src, tgt, why, advice)
        pair.entries += entries
        pair.catalogs += 1

    # ---------------------------------------------------------------- 2. extract

    @_timed("extract")
    def extract(self, todo: dict[str, set[str] | None]) -> list[Release]:
        """2. Extract release by release: a release that cannot be read is one failed row, a
        catalog that cannot be read fails its language only."""
        from workflow.catalogs import extract

        releases: list[Release] = []
        for n, (release_id, redo) in enumerate(todo.items(), start=1):
            self._tick("extract", n, len(todo))
            try:
                rel = self.ws.load_release(release_id)
                done = extract.extract(self.ws, [release_id], isolate=True)
            except WorkflowError as exc:
                self.report.rows.append(Row(release_id, "", built="failed", message=str(exc)))
                if isinstance(exc, ReleaseError):  # what the file says: until it changes
                    self.state.record_release(
                        release_id, self.release_inputs_now(release_id), [], error=str(exc)
                    )
                continue
            for change in done.failed:
                self.failed[(release_id, change.language)] = (change.detail, _lasting(change.error))
            codes = [lang.code for lang in (rel.language, *rel.targets)]
            inputs = self.release_inputs_now(release_id)  # the template as extract left it
            known = self.state.release(release_id, inputs) if redo is not None else None
            self.state.record_release(release_id, inputs, codes)
            if known is None:  # the release changed: every language it has
                redo = set(codes)
            self.units[release_id] = [
                code
                for i, code in enumerate(codes)
                if code in (redo or ()) and self._wanted(code, source=i == 0)
            ]
            releases.append(rel)
        return releases

    def release_inputs_now(self, release_id: str) -> str:
        self.release_inputs[release_id] = release_digest(self.ws, release_id, self.shared)
        return self.release_inputs[release_id]

    # ---------------------------------------------------------------- 3. translate

    @_timed("translate")
    def translate(self, releases: Sequence[Release]) -> None:
        """3. Translate language by language, catalog by catalog: a missing engine leaves that
        pair's entries waiting (said once), a broken catalog fails alone."""
        from workflow.catalogs import header
        from workflow.mt import translate

        now = header.timestamp()  # one PO-Revision-Date for every catalog this run writes
        by_lang: dict[Language, list[Release]] = {}
        for rel in releases:
            for lang in rel.targets:
                unit = (rel.id, lang.code)
                if lang.code in self.units.get(rel.id, ()) and unit not in self.failed:
                    by_lang.setdefault(lang, []).append(rel)
        for lang, rels in by_lang.items():
            opts = translate.Options(languages=(lang,), engine=self.options.engine, now=now)

            def step(done: int, total: int, code: str = lang.code) -> None:
                self._tick(f"translate {code}", done, total)

            try:
                done = translate.run(
                    self.ws, rels, opts, step, engines=self.engines, cluster=self.options.cluster
                )
            except WorkflowError as exc:  # the language's shared input (its memory...)
                for rel in rels:
                    self.failed[(rel.id, lang.code)] = (str(exc), False)
                continue
            self.report.translated += done.segments
            for cat in done.catalogs:
                if cat.error:
                    self.failed[(cat.release, cat.language)] = (cat.error, cat.lasting)
            pair_of = {(p.src, p.tgt): p for p in done.no_engine}
            for cat in done.catalogs:
                if cat.no_engine and not cat.error:
                    rel_lang = next(r.language.tag for r in rels if r.id == cat.release)
                    found = pair_of.get((rel_lang, lang.tag))
                    if found is not None:
                        self.no_engine[(cat.release, cat.language)] = (
                            found.src,
                            found.tgt,
                            cat.waiting,
                        )
                        self._wait(found.src, found.tgt, cat.waiting, found.why, found.advice)

    # ---------------------------------------------------------------- 4. build

    @_timed("build")
    def build(self, releases: Sequence[Release]) -> dict[tuple[str, str, bool], BuildResult]:
        """4. Check and build: final where publishable, a marked draft otherwise, and again
        the bilingual proof of a language that has one."""
        from workflow.publish import build  # WeasyPrint: imported when there is something to build

        jobs = []
        for rel in releases:
            inputs = self.release_inputs[rel.id]
            for code in self.units.get(rel.id, ()):
                source = code == rel.language.code
                self.built_from[(rel.id, code)] = unit_digest(
                    self.ws, rel.id, code, inputs, source=source
                )
                if (rel.id, code) in self.failed:
                    continue
                jobs.append(build.Job(rel.id, code, draft=True))
                proof = self.ws.output / rel.id / f"{rel.id}.{code}{PROOF_SUFFIX}"
                if not source and proof.is_file():  # a proof follows its catalog
                    jobs.append(build.Job(rel.id, code, draft=True, proof=True))

        def step(done: int, total: int) -> None:
            self._tick("build", done, total)

        results = build.run(self.ws, jobs, step, cluster=self.options.cluster)
        return {(r.release, r.language, job.proof): r for job, r in zip(jobs, results, strict=True)}

    # ---------------------------------------------------------------- 5. summarise

    @_timed("summarise")
    def summarise(
        self, releases: Sequence[Release], results: dict[tuple[str, str, bool], BuildResult]
    ) -> None:
        """5. One row per language redone; the state records each unit as it was made."""
        from workflow import clean
        from workflow.quality import gate

        cache = Cache.load(self.ws)
        inputs = gate.inputs_digest(self.ws)
        for rel in releases:
            clean.remember_languages(self.ws, cache, rel)
            for code in self.units.get(rel.id, ()):
                lang = languages.parse(code)
                res = results.get((rel.id, code, False))
                if res is not None and res.check is not None:
                    gate.remember(cache, res.check_key, res.check)
                row = _row(self.ws, rel, lang, cache, inputs)
                outputs: dict[str, int] = {}
                lasting = self._outcome(row, res, outputs)
                proof = results.get((rel.id, code, True))
                if proof is not None and proof.ok:
                    row.proof = proof.pdf
                    outputs[proof.pdf] = (self.ws.root / proof.pdf).stat().st_size
                self.report.rows.append(row)
                self._record(rel, code, row, outputs, lasting)
        cache.save()

    def _record(
        self, rel: Release, code: str, row: Row, outputs: dict[str, int], lasting: bool
    ) -> None:
        unit = (rel.id, code)
        now = unit_digest(
            self.ws, rel.id, code, self.release_inputs[rel.id], source=code == rel.language.code
        )
        # a file saved while the run built (a translator's save) is not what the outputs were
        # made from; a failure of this machine (a font, a save caught) may pass: not recorded,
        # so the next run takes the unit up again
        if not lasting or now != self.built_from.get(unit):
            self.state.forget_unit(rel.id, code)
            return
        saved: dict[str, object] = dataclasses.asdict(row)
        waits = self.no_engine.get(unit)
        if waits is not None:
            saved["waiting"] = list(waits)
        needs_engine = row.untranslated > 0 and not self.engines.people_only(
            languages.parse(code), self.options.engine
        )
        self.state.record_unit(
            rel.id,
            code,
            now,
            engines=self.availability() if needs_engine else None,
            outputs=outputs,
            row=saved,
        )

    def _outcome(self, row: Row, res: BuildResult | None, outputs: dict[str, int]) -> bool:
        """Fill the row with what happened to its language; False if it failed for a reason
        its files do not say (to be tried again)."""
        failed = self.failed.get((row.release, row.language))
        if failed is not None:
            row.built, row.message = "failed", failed[0]
            return failed[1]
        if res is None:
            return False
        if not res.ok:
            row.built, row.message = "failed", str(res.error)
            return _lasting(res.error)
        row.built, row.pdf = res.kind, res.pdf
        outputs[res.pdf] = (self.ws.root / res.pdf).stat().st_size
        waits = self.no_engine.get((row.release, row.language))
        if waits is not None:
            row.message = f"{waits[2]} entr(ies) wait for an engine ({waits[0]}->{waits[1]})"
        elif row.untranslated and self.engines.people_only(
            languages.parse(row.language), self.options.engine
        ):
            row.message = f"{row.untranslated} entr(ies) wait for translators (people only)"
        return True

    def finish(self, ids: Sequence[str], *, everything: bool) -> None:
        """Forget releases that are gone (a run over all of them), save the state, and put
        the pairs without engine in the report."""
        if everything:
            self.state.keep_only(ids)
        self.state.save()
        self.report.waiting = list(self.pairs.values())


def _lasting(error: WorkflowError | None) -> bool:
    """A failure that follows from the files as they are (a malformed catalog or release, a
    release the build's self-check refuses): reported from the state until they change."""
    from workflow.catalogs.guard import HalfSavedCatalogError
    from workflow.errors import FidelityError

    if isinstance(error, (HalfSavedCatalogError, ConcurrentEditError)):
        return False
    return isinstance(error, (CatalogError, ReleaseError, FidelityError))


def _row(ws: Workspace, rel: Release, lang: Language, cache: Cache, inputs: str) -> Row:
    from workflow.catalogs import extract
    from workflow.quality import gate

    if lang == rel.language:  # the release as written: every segment is its own text
        segments = len(extract.source_entries(rel))
        return Row(rel.id, lang.code, reviewed=segments, total=segments)
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
        untranslated=verdict.untranslated,
    )
