"""Worker processes for parallel steps, which die with the run that started them.

Workers are forked (they inherit loaded modules and font caches), and each asks the kernel to
kill it when its parent dies (PR_SET_PDEATHSIG). Without that, a run killed with SIGKILL would
leave its workers waiting forever on their job queue, holding the run's workspace lock.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

A = TypeVar("A")
T = TypeVar("T")
PARALLEL_MIN = 16  # below this many items, worker start-up costs more than it saves

_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: workers then end with their job queue
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def cores() -> int:
    """The cores this process may run on (its affinity: `taskset -c 0` gives one), at most 8."""
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        n = os.cpu_count() or 1
    return max(1, min(n, 8))


def pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_die_with_parent,
        initargs=(os.getpid(),),
    )


def parallel_map(fn: Callable[[A], T], items: Sequence[A]) -> list[T]:
    """fn over items (release ids, files to write...), in worker processes when there are many
    (order kept; the first error raised is raised here)."""
    workers = cores()
    if len(items) < PARALLEL_MIN or workers < 2:
        return [fn(i) for i in items]
    with pool(workers) as executor:
        return list(executor.map(fn, items, chunksize=max(1, len(items) // (workers * 8))))
