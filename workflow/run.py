"""The batch run: extract -> translate -> check -> build over a workspace, incrementally.

Holds a lock on the workspace. A release whose inputs (release file, its template and
catalogs, glossary, settings, tool version) hash the same as after the last successful run, and
whose PDFs are still there, is skipped without being parsed. Every write is atomic, so a run
killed at any moment leaves valid catalogs and no half-written PDF; the next run removes stale
temporary files and picks up where it stopped.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from workflow import __version__
from workflow.catalogs import extract, glossary
from workflow.catalogs.glossary import FILE as GLOSSARY_FILE
from workflow.errors import WorkflowError, WorkspaceError
from workflow.lang.languages import Language
from workflow.mt import translate
from workflow.mt.engines.select import Engines
from workflow.quality import gate
from workflow.source.release import Release
from workflow.workspace import SETTINGS_FILE, Workspace
from workflow.workspace.cache import Cache
from workflow.workspace.fsio import atomic_write, digest

STATE_DIR = ".workflow"
LOCK_FILE = "run.lock"
STATE_FILE = "state.json"

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

    @property
    def share(self) -> float:
        return self.reviewed / self.total if self.total else 0.0


@dataclass
class RunReport:
    rows: list[Row] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # one line each: "file:line: message"
    translated: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures and all(r.built != "failed" for r in self.rows)


# --- lock ---------------------------------------------------------------------------------------


@contextlib.contextmanager
def workspace_lock(ws: Workspace, *, wait: bool = False) -> Iterator[None]:
    """An exclusive lock on the workspace, released by the kernel if the process dies."""
    folder = ws.root / STATE_DIR
    folder.mkdir(exist_ok=True)
    path = folder / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            raise WorkspaceError(
                f"another `workflow run` is working on this workspace (pid {holder})",
                file=ws.rel(path),
                hint="wait for it to finish, or pass --wait",
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)


def clean_stale_temporaries(ws: Workspace) -> int:
    """Temp files of writes interrupted by a kill (only safe under the lock)."""
    removed = 0
    for top in (ws.locales, ws.output):
        if top.is_dir():
            for tmp in top.rglob(".*.tmp"):
                with contextlib.suppress(FileNotFoundError):
                    tmp.unlink()
                    removed += 1
    return removed


# --- incremental state --------------------------------------------------------------------------


def _digest(*paths: Path) -> str:
    h = hashlib.sha256(__version__.encode())
    for p in paths:
        h.update(str(p.name).encode())
        try:
            h.update(p.read_bytes())
        except FileNotFoundError:
            h.update(b"\0missing")
        except OSError as exc:  # a folder, unreadable...: loading the release will say so
            h.update(f"\0unreadable {exc.errno}".encode())
    return h.hexdigest()


@dataclass
class _Index:
    """Catalog files per release id, listed once for the whole workspace."""

    catalogs: dict[str, list[Path]]

    @classmethod
    def scan(cls, ws: Workspace) -> _Index:
        found: dict[str, list[Path]] = {}
        if ws.locales.is_dir():
            for lang_dir in sorted(ws.locales.iterdir()):
                folder = lang_dir / "LC_MESSAGES"
                if lang_dir.name == "templates" or not folder.is_dir():
                    continue
                for entry in os.scandir(folder):
                    if entry.name.endswith(".po") and not entry.name.startswith("."):
                        found.setdefault(entry.name[:-3], []).append(Path(entry.path))
        return cls(found)


def input_digest(ws: Workspace, release_id: str, index: _Index, shared: str) -> str:
    paths = [ws.release_path(release_id), ws.template_path(release_id)]
    paths += sorted(index.catalogs.get(release_id, []))
    return digest((shared + _digest(*paths)).encode())


def _load_state(ws: Workspace) -> dict[str, dict[str, object]]:
    path = ws.root / STATE_DIR / STATE_FILE
    try:
        data = json.loads(path.read_text())
    except (FileNotFoundError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save_state(ws: Workspace, state: dict[str, dict[str, object]]) -> None:
    atomic_write(
        ws.root / STATE_DIR / STATE_FILE, json.dumps(state, indent=1, sort_keys=True).encode()
    )


def _outputs_present(ws: Workspace, outputs: object) -> bool:
    if not isinstance(outputs, dict):
        return False
    for rel_path, size in outputs.items():
        try:
            if (ws.root / rel_path).stat().st_size != size:
                return False
        except FileNotFoundError:
            return False
    return True


# --- the run ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Options:
    languages: tuple[Language, ...] = ()
    engine: str | None = None
    force: bool = False  # ignore the incremental state


def run(
    ws: Workspace,
    names: Sequence[str],
    options: Options,
    progress: Progress | None = None,
) -> RunReport:
    report = RunReport()
    ids = extract.resolve_ids(ws, names)
    glossary.load(ws.locales)  # every language's input: if it is bad, say so once, write nothing
    clean_stale_temporaries(ws)
    state = _load_state(ws)
    shared = _digest(ws.root / SETTINGS_FILE, ws.locales / GLOSSARY_FILE)
    shared += ",".join(sorted(lang.code for lang in options.languages))
    index = _Index.scan(ws)

    # 1. what changed
    todo: list[str] = []
    for release_id in ids:
        known = state.get(release_id, {})
        try:
            digest = input_digest(ws, release_id, index, shared)
        except WorkflowError as exc:  # a file in releases/ whose name is not an id
            report.failures.append(str(exc))
            continue
        if (
            not options.force
            and known.get("inputs") == digest
            and _outputs_present(ws, known.get("outputs"))
        ):
            report.unchanged.append(release_id)
        else:
            todo.append(release_id)
    if not todo:
        return report

    # 2. extract, release by release: a bad release is reported and skipped, the rest go on
    releases: list[Release] = []
    for n, release_id in enumerate(todo, start=1):
        try:
            rel = extract.load_release(ws, release_id)
            extract.extract(ws, [release_id])
            releases.append(rel)
        except WorkflowError as exc:
            report.failures.append(str(exc))
        if progress:
            progress("extract", n, len(todo))

    # 3. translate, language by language (a missing model stops only that language)
    failed: dict[tuple[str, str], str] = {}
    engines = Engines(ws)
    by_lang: dict[str, list[Release]] = {}
    langs: dict[str, Language] = {}
    for rel in releases:
        for lang in rel.targets:
            if not options.languages or lang in options.languages:
                by_lang.setdefault(lang.code, []).append(rel)
                langs[lang.code] = lang
    for code, rels in by_lang.items():
        opts = translate.Options(languages=(langs[code],), engine=options.engine)

        def step(done: int, total: int, code: str = code) -> None:
            if progress:
                progress(f"translate {code}", done, total)

        try:
            tr = translate.run(ws, rels, opts, step, engines=engines)
            report.translated += tr.segments
        except WorkflowError as exc:
            for rel in rels:
                failed[(rel.id, code)] = str(exc)

    # 4. check and build: final where publishable, a marked draft otherwise
    from workflow.publish import build  # WeasyPrint: imported when there is something to build

    jobs: list[build.Job] = []
    for rel in releases:
        for lang in (rel.language, *rel.targets):
            if options.languages and lang not in options.languages and lang != rel.language:
                continue
            if (rel.id, lang.code) not in failed:
                jobs.append(build.Job(rel.id, lang.code, draft=True))

    def build_step(done: int, total: int) -> None:
        if progress:
            progress("build", done, total)

    results = {(r.release, r.language): r for r in build.run(ws, jobs, build_step)}

    # 5. summary and state (the state is a cache: losing it to a kill only costs rework)
    index = _Index.scan(ws)
    cache = Cache.load(ws)
    inputs = gate.inputs_digest(ws)
    for rel in releases:
        outputs: dict[str, int] = {}
        complete = True
        for lang in (rel.language, *rel.targets):
            if options.languages and lang not in options.languages and lang != rel.language:
                continue
            res = results.get((rel.id, lang.code))
            if res is not None and res.check is not None:
                gate.remember(cache, res.check_key, res.check)
            row = _row(ws, rel, lang, cache, inputs)
            if (rel.id, lang.code) in failed:
                row.built, row.message = "failed", failed[(rel.id, lang.code)]
                complete = False
            elif res is not None:
                if res.ok:
                    row.built, row.pdf = res.kind, res.pdf
                    outputs[res.pdf] = (ws.root / res.pdf).stat().st_size
                else:
                    row.built, row.message = "failed", str(res.error)
                    complete = False
            report.rows.append(row)
        if complete:
            state[rel.id] = {
                "inputs": input_digest(ws, rel.id, index, shared),
                "outputs": outputs,
            }
        else:
            state.pop(rel.id, None)
    _save_state(ws, state)
    cache.save()
    return report


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
