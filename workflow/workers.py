"""Worker processes for parallel steps.

Workers come from a fork server, not from forking the caller: a forked worker would inherit the
run's workspace lock and keep it after the run is killed. The server preloads the heavy
modules once, so each worker starts warm.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

_PRELOAD = ["workflow.warmup"]


def pool(workers: int) -> ProcessPoolExecutor:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(_PRELOAD)
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
