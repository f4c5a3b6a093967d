"""The work a cluster's workers do, and what goes to and comes back from them (no Dask here).

Workers do only pure, heavy work and write nothing: a chunk of segments of one language pair
is machine-translated (`translate_chunk`: the very function a local run calls,
`workflow.mt.translate.machine_texts`), one document's HTML is typeset (`typeset_page`: the PDF
comes back as bytes). The coordinator keeps every read and write of the workspace.

A worker keeps the engines it loaded, one per (engine, pair), in a bounded cache (least
recently used dropped): the coordinator sends a pair's chunks to the workers that hold it.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
import time
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from workflow.errors import ClusterError, WorkflowError
from workflow.lang.languages import Language
from workflow.mt.engines.base import Engine, Provenance
from workflow.mt.translate import Machine, machine_texts

ENV_ARGOS_DIR = "WORKFLOW_ARGOS_PACKAGES"  # as workflow.mt.engines.select: on a worker, it wins
MAX_ASSETS = 20 * 1024 * 1024  # bytes of assets/ sent with each document


@dataclass(frozen=True)
class EngineSpec:
    """How a worker makes the engines of a run: where its Argos packages are, [argos]."""

    argos_dir: str
    argos: tuple[tuple[str, Any], ...]  # workflow.toml [argos] as (key, value)
    models_per_worker: int

    def key(self) -> str:
        return json.dumps([self.argos_dir, self.argos], default=str)


@dataclass(frozen=True)
class TranslateJob:
    engine: str  # "argos" or "bergamot"
    src: Language
    tgt: Language
    msgids: tuple[str, ...]
    terms: tuple[str, ...]
    names: tuple[tuple[str, str | None], ...]
    timeout: float

    @property
    def pair(self) -> str:
        """What a worker loads for this job, the key of model affinity."""
        return f"{self.engine}:{self.src.tag}->{self.tgt.tag}"


@dataclass
class TranslateOutcome:
    worker: str
    texts: list[Machine] = field(default_factory=list)
    provenance: Provenance | None = None
    error: WorkflowError | None = None
    seconds: float = 0.0
    loaded: bool = False  # this task loaded the pair's model on its worker


@dataclass(frozen=True)
class TypesetJob:
    html: str
    name: str  # the PDF's path as the coordinator will write it (for messages)
    lang: str
    created: date | datetime
    also: tuple[str, ...] = ()
    assets: tuple[tuple[str, bytes], ...] = ()  # the workspace's assets/: relative path, bytes


@dataclass
class TypesetOutcome:
    worker: str
    pdf: bytes = b""
    pages: int = 0
    seconds: float = 0.0
    error: WorkflowError | None = None


# --- the worker's state: engines loaded, bounded -------------------------------------------

_lock = threading.Lock()
_engines: OrderedDict[tuple[str, str], Engine] = OrderedDict()  # (spec key, pair) -> engine
_loads: Counter[str] = Counter()  # pair -> times its model was loaded in this process


def loaded_pairs() -> list[str]:
    """The pairs whose model this worker process holds now (asked by the coordinator)."""
    with _lock:
        return [pair for _, pair in _engines]


def model_loads() -> dict[str, int]:
    with _lock:
        return dict(_loads)


def _engine(spec: EngineSpec, job: TranslateJob) -> tuple[Engine, bool]:
    key = (spec.key(), job.pair)
    with _lock:
        engine = _engines.get(key)
        if engine is not None:
            _engines.move_to_end(key)
            return engine, False
        engine = _make(spec, job.engine)
        _engines[key] = engine
        _loads[job.pair] += 1
        while len(_engines) > spec.models_per_worker:
            _engines.popitem(last=False)  # its models go with it
        return engine, True


def _make(spec: EngineSpec, name: str) -> Engine:
    if name == "argos":
        from workflow.mt.engines.argos import ArgosEngine, ArgosSettings

        folder = os.environ.get(ENV_ARGOS_DIR) or spec.argos_dir
        return ArgosEngine(Path(folder), ArgosSettings(**dict(spec.argos)))
    if name == "bergamot":
        from workflow.mt.engines.bergamot import BergamotEngine

        # one thread: a Dask worker thread is one core's share (each sentence is translated
        # on its own: the texts are the same as with more threads)
        return BergamotEngine(threads=1)
    raise ClusterError(f"unknown engine {name!r}")


def _forget(spec: EngineSpec, job: TranslateJob) -> None:
    with _lock:
        _engines.pop((spec.key(), job.pair), None)


# --- the work ------------------------------------------------------------------------------

_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # glibc's mallopt parameters
_malloc_done = False
_STACK = 64 * 2**20


def _malloc_as_usual() -> None:
    """Undo the MALLOC_TRIM_THRESHOLD_ a Dask nanny sets for its workers: with it, glibc also
    stops adapting its mmap threshold, every large buffer of CTranslate2 is mapped and
    unmapped again, and a chunk takes 3-4x as long (measured: 2.2 s -> 7.0 s for 5 segments
    of the test package). Once per process, glibc only."""
    global _malloc_done
    if _malloc_done or "MALLOC_TRIM_THRESHOLD_" not in os.environ:
        return
    _malloc_done = True
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        libc.mallopt(_M_MMAP_THRESHOLD, 32 * 2**20)
        libc.mallopt(_M_TRIM_THRESHOLD, 128 * 2**20)
    except (OSError, AttributeError):  # not glibc
        pass


def translate_chunk(spec: EngineSpec, job: TranslateJob, worker: str) -> TranslateOutcome:
    """Machine texts of one chunk, with the provenance of the model that made them. An error
    (no package for the pair on this worker, an engine failure) comes back named by worker
    and pair, for the coordinator to report on every catalog of the chunk."""
    _malloc_as_usual()
    if threading.stack_size() < _STACK:
        # The engine runs in threads (base.within, Bergamot's pool): in a Dask worker process
        # their default stack was too small for Bergamot's native decoder (SIGSEGV in
        # NativeDirection.translate under `dask worker`, never outside Dask; gone with 64 MB,
        # which is address space, not memory)
        threading.stack_size(_STACK)
    started = time.perf_counter()
    outcome = TranslateOutcome(worker)
    try:
        engine, outcome.loaded = _engine(spec, job)
        src, tgt = job.src.tag, job.tgt.tag
        outcome.provenance = engine.provenance(src, tgt)
        outcome.texts = machine_texts(
            engine, job.src, job.tgt, job.msgids, job.terms, job.names, timeout=job.timeout
        )
    except WorkflowError as exc:
        _forget(spec, job)  # a package installed later is seen by the next task
        outcome.loaded = False
        outcome.error = type(exc)(
            f"worker {worker} cannot translate {job.src.tag}->{job.tgt.tag}: {exc.message}",
            file=exc.file,
            lang=job.tgt.code,
            hint=exc.hint,
        )
        outcome.provenance = None
    outcome.seconds = time.perf_counter() - started
    return outcome


def typeset_page(job: TypesetJob, worker: str) -> TypesetOutcome:
    """One document's PDF, as bytes (the coordinator writes it atomically)."""
    from workflow.publish import typeset

    started = time.perf_counter()
    outcome = TypesetOutcome(worker)
    try:
        with tempfile.TemporaryDirectory(prefix="workflow-assets-") as tmp:
            assets = Path(tmp)
            for name, data in job.assets:
                path = assets / PurePosixPath(name)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
            rendered = typeset.render(
                job.html,
                Path(job.name),
                assets_dir=assets,
                lang=job.lang,
                created=job.created,
                also=job.also,
            )
        outcome.pdf, outcome.pages = rendered.pdf, rendered.pages
    except WorkflowError as exc:
        outcome.error = type(exc)(
            f"{exc.message} (typeset on worker {worker})",
            file=exc.file,
            line=exc.line,
            lang=exc.lang,
            hint=exc.hint,
        )
    outcome.seconds = time.perf_counter() - started
    return outcome


def read_assets(folder: Path) -> tuple[tuple[str, bytes], ...]:
    """The regular files under the workspace's assets/ (what a page may show: the logo), for
    workers on machines without the workspace. Links out of the folder are not followed."""
    if not folder.is_dir():
        return ()
    from workflow.workspace.fsio import read_input

    found: list[tuple[str, bytes]] = []
    total = 0
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        data = read_input(path, "asset", error=ClusterError) or b""
        total += len(data)
        if total > MAX_ASSETS:
            raise ClusterError(
                f"assets/ holds more than {MAX_ASSETS // 2**20} MB: too much to send with "
                "every document",
                file=folder,
            )
        found.append((path.relative_to(folder).as_posix(), data))
    return tuple(found)
