"""Worker processes: how many, as the process's CPU affinity allows."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO
from workflow.workspace.workers import cores, parallel_map

CODE = "from workflow.workspace.workers import cores; print(cores())"


def test_cores_follow_the_affinity_at_most_eight() -> None:
    assert 1 <= cores() <= 8


@pytest.mark.skipif(not shutil.which("taskset"), reason="no taskset")
def test_a_process_confined_to_one_core_starts_no_workers() -> None:
    out = subprocess.run(
        ["taskset", "-c", "0", sys.executable, "-c", CODE],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    assert out.stdout.strip() == "1"


def test_parallel_map_keeps_the_order() -> None:
    items = list(range(40))
    assert parallel_map(str, items) == [str(i) for i in items]
