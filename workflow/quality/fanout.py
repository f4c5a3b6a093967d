"""Checking many catalogs at once: one catalog a task in worker processes, the facts each
task put in the workspace cache (verdicts, entry memos, problems) handed back to the parent,
which keeps them and saves the cache once.

A first `workflow status` or `workflow check` of a large workspace (or the first after the
checks' code, settings or glossary changed, which keys every verdict) checks every catalog;
spread over the cores it takes a fraction of the time. Workers are forked: they inherit the
loaded modules, the parsed releases, the fitted length models and the cache as read so far.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from typing import Any, TypeVar

from workflow.errors import WorkflowError
from workflow.workspace.cache import Cache
from workflow.workspace.workers import cores, pool

T = TypeVar("T")

# Catalogs to check from which they go to worker processes (a catalog costs tens of
# milliseconds, starting the workers about as much).
PARALLEL_CATALOGS = 16
_shared: list[tuple[Cache, Callable[[int], Any]]] = []  # what forked workers inherit
Facts = list[tuple[str, str, str, Any]]  # Cache.put's arguments


def each(cache: Cache, count: int, task: Callable[[int], T]) -> list[T | None] | None:
    """`task(i)` for i in range(count), in worker processes, the facts each put in `cache`
    put in it here. An item whose task raised a `WorkflowError` is None: the caller does it
    itself, where the error is raised or shown as usual. None when not worth it (fewer than
    `PARALLEL_CATALOGS`, one core, or already in a worker): the caller does them all.
    `task`'s result must be picklable."""
    n = cores()
    if count < PARALLEL_CATALOGS or n < 2 or multiprocessing.parent_process() is not None:
        return None
    _shared[:] = [(cache, task)]
    try:
        with pool(n) as workers:
            done = list(workers.map(_run, range(count), chunksize=max(1, count // (n * 8))))
    finally:
        _shared.clear()
    out: list[T | None] = []
    for result, facts in done:
        for kind, key, value_digest, value in facts:
            cache.put(kind, key, value_digest, value)
        out.append(result)
    return out


def _run(i: int) -> tuple[Any, Facts]:
    cache, task = _shared[0]
    cache.log = []
    try:
        return task(i), cache.log
    except WorkflowError:
        return None, []
