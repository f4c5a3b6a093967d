"""Where the cluster of a run is: a scheduler's address (`tcp://host:8786`) or `local:N`, N
worker processes started on this machine for the run (listening on 127.0.0.1 only)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workflow.errors import ClusterError

MAX_LOCAL_WORKERS = 64
_SCHEDULER = re.compile(
    r"(tcp|tls)://(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?):(\d{1,5})"
)
_LOCAL = re.compile(r"local:(\d{1,3})")
OFF = "off"  # --cluster off: the local pool even when workflow.toml names a scheduler


@dataclass(frozen=True)
class Address:
    text: str  # as given
    local_workers: int = 0  # local:N -> N; 0 for a scheduler's address

    @property
    def local(self) -> bool:
        return self.local_workers > 0


def parse(text: str) -> Address:
    """`tcp://HOST:PORT`, `tls://HOST:PORT` or `local:N`, else ClusterError saying so."""
    text = text.strip()
    local = _LOCAL.fullmatch(text)
    if local:
        workers = int(local.group(1))
        if not 1 <= workers <= MAX_LOCAL_WORKERS:
            raise ClusterError(
                f"local:{workers}: the number of local workers must be from 1 to "
                f"{MAX_LOCAL_WORKERS}"
            )
        return Address(text, workers)
    scheduler = _SCHEDULER.fullmatch(text)
    if scheduler and 0 < int(scheduler.group(3)) < 65536:
        return Address(text)
    raise ClusterError(
        f"not a cluster address: {text!r}",
        hint="tcp://HOST:PORT (a `dask scheduler`), or local:N for N workers on this machine",
    )


def is_address(text: str) -> bool:
    try:
        parse(text)
    except ClusterError:
        return False
    return True
