"""A run's cluster as the steps see it: `Cluster` (send jobs, get outcomes as they finish),
and `connect`, which starts or reaches it. Without the `cluster` extra installed, `connect`
is one clear error and nothing else changes: dask is imported only by
`workflow.cluster.daskrun`, and only here, when a run asks for a cluster."""

from __future__ import annotations

import dataclasses
import importlib.util
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol

from workflow.cluster.address import Address
from workflow.cluster.tasks import (
    EngineSpec,
    TranslateJob,
    TranslateOutcome,
    TypesetJob,
    TypesetOutcome,
)
from workflow.errors import ClusterError
from workflow.workspace import Workspace

EXTRA_HINT = "install the cluster extra: pip install '.[cluster]' (dask, distributed)"


class Cluster(Protocol):
    address: str

    def translate(self, jobs: Sequence[TranslateJob]) -> Iterator[tuple[int, TranslateOutcome]]:
        """Each job's outcome as it finishes, with the job's index."""
        ...

    def typeset(self, jobs: Iterable[TypesetJob]) -> Iterator[tuple[int, TypesetOutcome]]:
        """As `translate`; `jobs` is read as workers get free (it may prepare each job)."""
        ...

    def summary(self) -> dict[str, object]:
        """Which worker did what (counts), for the run's summary."""
        ...

    def close(self) -> None: ...


def engine_spec(ws: Workspace, address: Address) -> EngineSpec:
    """How workers make the run's engines: [cluster] argos_dir (else the workspace's Argos
    folder) and [argos]. Local workers share this machine's cores: unless [argos] names the
    thread counts, each gets its share (the same translations: a batch's outputs do not depend
    on how CTranslate2 spreads it, tests/cluster/test_daskrun.py)."""
    from workflow.mt.engines.argos import available_cores
    from workflow.mt.engines.select import argos_dir

    conf = ws.settings.cluster
    argos = dataclasses.asdict(ws.settings.argos)
    if address.local and argos["inter_threads"] is None and argos["intra_threads"] is None:
        argos["inter_threads"] = max(1, available_cores() // address.local_workers)
        argos["intra_threads"] = 1
    return EngineSpec(
        conf.argos_dir or str(argos_dir(ws)),
        tuple(sorted(argos.items())),
        conf.models_per_worker,
    )


def installed() -> bool:
    """Whether the `cluster` extra (Dask distributed) is installed."""
    return importlib.util.find_spec("distributed") is not None


def connect(ws: Workspace, address: Address) -> Cluster:
    """Start `local:N` workers on 127.0.0.1, or reach the scheduler; ClusterError (one line)
    if the extra is missing or no scheduler answers within [cluster] connect_timeout."""
    if not installed():
        raise ClusterError(
            f"--cluster {address.text} needs Dask distributed, which is not installed",
            hint=EXTRA_HINT,
        )
    from workflow.cluster import daskrun

    return daskrun.DaskCluster.start(
        address, engine_spec(ws, address), ws.settings.cluster.connect_timeout
    )
