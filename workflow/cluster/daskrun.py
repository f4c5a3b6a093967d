"""Dask distributed under a run (the only importer of dask and distributed).

`DaskCluster.start` reaches a scheduler (`tcp://host:8786`, started with `dask scheduler`) or
starts a LocalCluster of N worker processes, one thread each, every socket on 127.0.0.1 and
no dashboard unless bokeh is installed (then on 127.0.0.1 too).

Jobs are handed out by this process, not queued all at once: each worker gets at most
`DEPTH` jobs per thread, and a free worker gets first a chunk of a pair whose model it holds
(its `loaded_pairs`, and what it was given), else a pair no other worker is on, else the next
job. Each job is submitted pinned to its worker with `allow_other_workers=True`: if that
worker dies, the scheduler runs the job elsewhere (up to `distributed.scheduler.allowed-failures`
deaths, then KilledWorker, which fails only that job's catalogs or document). A job's own
error (a worker without the pair's package) is not retried: it would fail the same way.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import dask
from distributed import Client, Future, LocalCluster, get_worker, wait

from workflow.cluster import tasks
from workflow.cluster.address import Address
from workflow.cluster.tasks import (
    EngineSpec,
    TranslateJob,
    TranslateOutcome,
    TypesetJob,
    TypesetOutcome,
)
from workflow.errors import ClusterError, WorkflowError

J = TypeVar("J")
R = TypeVar("R")
DEPTH = 2  # jobs per worker thread at once: the next one is there when one finishes
QUIET = ("distributed", "tornado")


def _translate(spec: EngineSpec, job: TranslateJob) -> TranslateOutcome:
    return tasks.translate_chunk(spec, job, get_worker().address)


def _typeset(job: TypesetJob) -> TypesetOutcome:
    return tasks.typeset_page(job, get_worker().address)


@dataclass
class _Stats:
    translate_tasks: int = 0
    segments: int = 0
    typeset_tasks: int = 0
    model_loads: int = 0
    busy_seconds: float = 0.0
    failed_tasks: int = 0


@dataclass
class DaskCluster:
    client: Client
    address: str
    spec: EngineSpec
    local: LocalCluster | None = None
    held: defaultdict[str, set[Hashable]] = field(default_factory=lambda: defaultdict(set))
    stats: defaultdict[str, _Stats] = field(default_factory=lambda: defaultdict(_Stats))
    moved: int = 0  # jobs that finished on another worker than they were given to
    task_seconds: defaultdict[str, list[float]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def start(cls, address: Address, spec: EngineSpec, timeout: float) -> DaskCluster:
        quiet()
        dask.config.set({"distributed.comm.timeouts.connect": f"{timeout}s"})
        local: LocalCluster | None = None
        try:
            if address.local:
                local = local_cluster(address.local_workers)
                client = Client(local, timeout=f"{timeout}s", set_as_default=False)
            else:
                client = Client(address.text, timeout=f"{timeout}s", set_as_default=False)
        except (OSError, TimeoutError) as exc:
            if local is not None:
                local.close()
            raise ClusterError(
                f"cannot reach the Dask scheduler at {address.text}: {exc}",
                hint="start it with `dask scheduler` (README: Running on a cluster), or check "
                "--cluster / [cluster] scheduler",
            ) from None
        return cls.attach(client, address.text, spec, local)

    @classmethod
    def attach(
        cls, client: Client, address: str, spec: EngineSpec, local: LocalCluster | None = None
    ) -> DaskCluster:
        """A run's cluster over a connected client; asks the workers which models they hold
        (from an earlier run on a long-lived cluster)."""
        cluster = cls(client, address, spec, local)
        with contextlib.suppress(Exception):
            for worker, pairs in client.run(tasks.loaded_pairs).items():
                cluster.held[worker].update(pairs)
        return cluster

    # -- the protocol of workflow.cluster.session.Cluster ---------------------------------

    def translate(self, jobs: Sequence[TranslateJob]) -> Iterator[tuple[int, TranslateOutcome]]:
        for i, job, planned, got in self._dispatch(
            lambda job, worker: self.client.submit(
                _translate, self.spec, job, **self._opts("mt", worker)
            ),
            jobs,
            lambda job: job.pair,
        ):
            if isinstance(got, BaseException):
                outcome = TranslateOutcome(planned, error=self._lost(got, job.pair, planned))
            else:
                outcome = got
            stats = self.stats[outcome.worker]
            stats.translate_tasks += 1
            stats.busy_seconds += outcome.seconds
            if outcome.error is None:
                stats.segments += len(job.msgids)
            else:
                stats.failed_tasks += 1
            stats.model_loads += outcome.loaded
            self.task_seconds["translate"].append(outcome.seconds)
            self.moved += outcome.worker != planned
            yield i, outcome

    def typeset(self, jobs: Iterable[TypesetJob]) -> Iterator[tuple[int, TypesetOutcome]]:
        for i, job, planned, got in self._dispatch(
            lambda job, worker: self.client.submit(_typeset, job, **self._opts("pdf", worker)),
            jobs,
            lambda job: None,
        ):
            if isinstance(got, BaseException):
                outcome = TypesetOutcome(planned, error=self._lost(got, job.name, planned))
            else:
                outcome = got
            stats = self.stats[outcome.worker]
            stats.typeset_tasks += 1
            stats.busy_seconds += outcome.seconds
            stats.failed_tasks += outcome.error is not None
            self.task_seconds["typeset"].append(outcome.seconds)
            self.moved += outcome.worker != planned
            yield i, outcome

    def summary(self) -> dict[str, object]:
        return {
            "scheduler": self.address,
            "workers": {
                worker: {
                    "translate_tasks": s.translate_tasks,
                    "segments": s.segments,
                    "typeset_tasks": s.typeset_tasks,
                    "model_loads": s.model_loads,
                    "failed_tasks": s.failed_tasks,
                    "busy_seconds": round(s.busy_seconds, 3),
                }
                for worker, s in sorted(self.stats.items())
            },
            "moved_tasks": self.moved,
            "task_seconds": {
                kind: {"tasks": len(times), "total": round(sum(times), 3)}
                for kind, times in sorted(self.task_seconds.items())
            },
        }

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.client.close()
        if self.local is not None:
            with contextlib.suppress(Exception):
                self.local.close()

    # -- handing out jobs ------------------------------------------------------------------

    def _opts(self, kind: str, worker: str) -> dict[str, Any]:
        """Run on `worker`, or elsewhere if it is gone; never cached, never retried on an
        error of its own (a worker's death is not one: the scheduler reschedules those)."""
        return {
            "workers": [worker],
            "allow_other_workers": True,
            "pure": False,
            "retries": 0,
            "key": f"workflow-{kind}-{uuid.uuid4().hex}",
        }

    def _workers(self) -> dict[str, int]:
        """The workers now (address -> threads); waits a little for one to come back."""
        deadline = time.monotonic() + 60
        while True:
            try:
                workers = {w: int(n) for w, n in self.client.nthreads().items()}
            except (OSError, TimeoutError) as exc:
                raise ClusterError(f"lost the Dask scheduler at {self.address}: {exc}") from None
            if workers:
                return workers
            if time.monotonic() > deadline:
                raise ClusterError(
                    f"the Dask scheduler at {self.address} has no workers",
                    hint="start some with `dask worker " + self.address + "`",
                )
            time.sleep(0.2)

    def _dispatch(
        self,
        submit: Callable[[J, str], Future[Any]],
        jobs: Iterable[J],
        key: Callable[[J], Hashable | None],
    ) -> Iterator[tuple[int, J, str, Any]]:
        """(index, job, the worker it was given to, outcome or exception), as jobs finish.

        A job whose worker left the cluster before it finished is sent once more to a live
        worker (the scheduler may leave it waiting for the worker it was pinned to); the
        first copy to finish counts, the other is cancelled."""
        source = enumerate(jobs)
        pending: list[tuple[int, J]] = []
        running: dict[Future[Any], tuple[int, J, str]] = {}
        resent: set[int] = set()
        exhausted = False
        while True:
            workers = self._workers()
            slots = {w: n * DEPTH for w, n in workers.items()}
            for _, _, w in running.values():
                if w in slots:
                    slots[w] -= 1
            while not exhausted and len(pending) < 2 * sum(n * DEPTH for n in workers.values()):
                try:
                    pending.append(next(source))
                except StopIteration:
                    exhausted = True
            if not pending and not running:
                return
            for i, job, worker in list(running.values()):
                if worker not in workers and i not in resent:
                    resent.add(i)
                    again = max(slots, key=lambda w: slots[w])
                    slots[again] -= 1
                    running[submit(job, again)] = (i, job, again)
            for worker, free in slots.items():
                for _ in range(max(0, free)):
                    if not pending:
                        break
                    i, job = pending.pop(self._pick(worker, pending, key))
                    k = key(job)
                    if k is not None:
                        self.held[worker].add(k)
                    running[submit(job, worker)] = (i, job, worker)
            try:
                with self.client.as_current():  # wait() asks for the current client
                    done, _ = wait(list(running), timeout=1.0, return_when="FIRST_COMPLETED")
            except TimeoutError:  # nothing finished: look at the workers again
                continue
            for fut in done:
                if fut not in running:
                    continue  # the other copy of a job that finished in this round
                i, job, worker = running.pop(fut)
                twins = [f for f, (j, _, _) in running.items() if j == i]
                for twin in twins:
                    running.pop(twin)
                    twin.cancel()
                try:
                    got: Any = fut.result()
                except Exception as exc:  # KilledWorker, a lost scheduler, a bug on a worker
                    got = exc
                yield i, job, worker, got

    def _pick(self, worker: str, pending: list[tuple[int, J]], key: Callable[[J], Any]) -> int:
        """Which pending job a free worker gets: one of a pair it holds, else one of a pair
        nobody else holds, else the first."""
        mine = self.held.get(worker, set())
        others = set().union(*(h for w, h in self.held.items() if w != worker))
        first_free = None
        for n, (_, job) in enumerate(pending):
            k = key(job)
            if k is None or k in mine:
                return n
            if first_free is None and k not in others:
                first_free = n
        return first_free if first_free is not None else 0

    def _lost(self, exc: BaseException, what: str, worker: str) -> ClusterError:
        if isinstance(exc, WorkflowError):
            return ClusterError(exc.message, hint=exc.hint)
        name = type(exc).__name__
        return ClusterError(
            f"{what}: the task was lost on the cluster ({name}: {exc}); last given to {worker}",
            hint="see the workers' logs; workers that die again and again may lack memory",
        )


def quiet() -> None:
    """A worker's death is reported by the run (its tasks move), not as log lines."""
    for name in QUIET:
        logging.getLogger(name).setLevel(logging.CRITICAL)


def local_cluster(workers: int) -> LocalCluster:
    """`local:N`: N worker processes of one thread each, every socket on 127.0.0.1. Their
    OpenMP/BLAS get one thread, as Dask sets it, but malloc stays as usual (see
    `tasks._malloc_as_usual`)."""
    quiet()
    with dask.config.set(
        {
            "distributed.nanny.pre-spawn-environ": {
                "OMP_NUM_THREADS": 1,
                "MKL_NUM_THREADS": 1,
                "OPENBLAS_NUM_THREADS": 1,
            }
        }
    ):
        return LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            protocol="tcp://",
            dashboard_address=_dashboard(),
            worker_dashboard_address=None,
            silence_logs=logging.CRITICAL,
        )


def _dashboard() -> str | None:
    """The scheduler's dashboard needs bokeh; without it, none (never a public address)."""
    return "127.0.0.1:0" if importlib.util.find_spec("bokeh") else None
