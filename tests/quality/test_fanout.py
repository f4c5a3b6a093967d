"""Catalog checks spread over worker processes, their cache facts handed back."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workflow.errors import CatalogError
from workflow.quality import fanout
from workflow.workspace import open_workspace
from workflow.workspace.cache import Cache
from workflow.workspace.workers import cores


def _cache(tmp_path: Path) -> Cache:
    (tmp_path / "releases").mkdir()
    return Cache.load(open_workspace(tmp_path))


def test_few_items_are_left_to_the_caller(tmp_path: Path) -> None:
    cache = _cache(tmp_path)
    assert fanout.each(cache, fanout.PARALLEL_CATALOGS - 1, lambda i: i) is None


@pytest.mark.skipif(cores() < 2, reason="one core: no workers")
def test_tasks_run_in_workers_and_their_facts_come_back(tmp_path: Path) -> None:
    cache = _cache(tmp_path)
    parent = os.getpid()

    def task(i: int) -> int:
        if i == 3:
            raise CatalogError("spoilt", file=f"c{i}.po", line=1)
        cache.put("check", f"c{i}.po", "d", {"n": i})
        return os.getpid()

    done = fanout.each(cache, 20, task)
    assert done is not None and len(done) == 20
    assert done[3] is None  # raised: the caller does it, where its error shows
    assert all(pid not in (None, parent) for i, pid in enumerate(done) if i != 3)
    assert [cache.get("check", f"c{i}.po", "d") for i in (0, 19)] == [{"n": 0}, {"n": 19}]
    assert cache.get("check", "c3.po", "d") is None
    cache.save()
    assert Cache.load(cache.ws).get("check", "c7.po", "d") == {"n": 7}
