"""Runs started from the page: `run.batch` (the same batch run as `workflow run`) in a child
process under the same workspace lock, its progress collected for the page's live view.

The child is spawned (not forked from the threaded server); it takes the workspace lock itself
and says first whether it got it, so a second click while a run works (from this page or from
a terminal) gets the lock's answer: who holds it.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import queue as queues
import threading
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workflow.errors import WorkflowError, WorkspaceError

START_TIMEOUT = 120.0  # seconds a child may take to import and take the lock


@dataclass
class Job:
    id: int
    releases: tuple[str, ...]  # () = all
    started: float = field(default_factory=time.time)
    pid: int = 0
    state: str = "starting"  # starting, running, done, failed
    events: list[dict[str, Any]] = field(default_factory=list)  # {"step", "done", "total"}
    report: dict[str, Any] | None = None  # the run's summary (RunReport as a dict)
    error: str = ""
    changed: threading.Condition = field(default_factory=threading.Condition, repr=False)

    @property
    def working(self) -> bool:
        return self.state in ("starting", "running")

    @property
    def label(self) -> str:
        return ", ".join(self.releases) if self.releases else "all releases"

    def holder(self) -> str:
        clock = time.strftime("%H:%M:%S", time.localtime(self.started))
        return f"run #{self.id} of {self.label}, started from this page at {clock} (pid {self.pid})"

    def failures(self) -> dict[tuple[str, str], str]:
        """(release, language) -> why, for the languages this run failed."""
        rows = self.report["rows"] if self.report else []
        return {(r["release"], r["language"]): r["message"] for r in rows if r["built"] == "failed"}

    def _add(self, **changes: Any) -> None:
        with self.changed:
            event = changes.pop("event", None)
            if event is not None:
                self.events.append(event)
            for name, value in changes.items():
                setattr(self, name, value)
            self.changed.notify_all()


def _child(root: str, names: Sequence[str], out: Any) -> None:
    """The run, in the child process: lock, batch, report; every message a tuple on `out`."""
    import os

    from workflow import run
    from workflow.workspace import open_workspace, state

    try:
        ws = open_workspace(Path(root))
        with state.workspace_lock(ws):
            out.put(("started", os.getpid()))

            def progress(step: str, done: int, total: int) -> None:
                out.put(("progress", step, done, total))

            report = run.batch(ws, names, run.Options(), progress)
        out.put(
            (
                "done",
                {
                    "ok": report.ok,
                    "translated": report.translated,
                    "unchanged": report.unchanged,
                    "failures": report.failures,
                    "waiting": [str(w) for w in report.waiting],
                    "rows": [
                        {**dataclasses.asdict(r), "file": r.pdf.removeprefix("output/")}
                        for r in report.rows
                    ],
                },
            )
        )
    except WorkflowError as exc:
        out.put(("error", str(exc), type(exc).__name__))
    except BaseException as exc:  # the page says what happened; the server's log has the rest
        traceback.print_exc()
        out.put(("error", f"the run stopped: {type(exc).__name__}: {exc}", "Exception"))


class Runner:
    """One run at a time per server; the last job is kept for its page."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.jobs: dict[int, Job] = {}
        self._lock = threading.Lock()
        self._context = multiprocessing.get_context("spawn")

    def current(self) -> Job | None:
        return next((j for j in self.jobs.values() if j.working), None)

    def get(self, job_id: int) -> Job | None:
        return self.jobs.get(job_id)

    def failures(self) -> dict[tuple[str, str], str]:
        """What the last finished run failed, by (release, language)."""
        done = [j for j in self.jobs.values() if j.state == "done"]
        return done[-1].failures() if done else {}

    def start(self, releases: Sequence[str]) -> Job:
        """Start a run; WorkspaceError naming the holder when a run already works."""
        with self._lock:
            busy = self.current()
            if busy is not None:
                raise WorkspaceError(
                    f"a run is already working on this workspace: {busy.holder()}",
                    hint="wait for it to finish; its progress is on its page",
                )
            job = Job(len(self.jobs) + 1, tuple(releases))
            out = self._context.Queue()
            proc = self._context.Process(target=_child, args=(str(self.root), list(releases), out))
            proc.start()
            job.pid = proc.pid or 0
            first = self._first(out, proc)
            if first[0] == "error":
                proc.join(5)
                raise (
                    WorkspaceError(first[1])
                    if first[2] == "WorkspaceError"
                    else WorkflowError(first[1])
                )
            job.pid = first[1]
            job.state = "running"
            self.jobs[job.id] = job
        threading.Thread(target=self._watch, args=(job, out, proc), daemon=True).start()
        return job

    def _first(self, out: Any, proc: Any) -> tuple[Any, ...]:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            try:
                return tuple(out.get(timeout=0.2))
            except queues.Empty:
                if not proc.is_alive():
                    return ("error", f"the run could not start (exit code {proc.exitcode})", "")
        proc.terminate()
        return ("error", "the run did not start in time", "")

    def _watch(self, job: Job, out: Any, proc: Any) -> None:
        while True:
            try:
                message = out.get(timeout=0.5)
            except queues.Empty:
                if not proc.is_alive():
                    job._add(state="failed", error=f"the run stopped (exit code {proc.exitcode})")
                    return
                continue
            kind = message[0]
            if kind == "progress":
                _, step, done, total = message
                job._add(event={"step": step, "done": done, "total": total})
            elif kind == "done":
                job._add(state="done", report=message[1])
                break
            elif kind == "error":
                job._add(state="failed", error=message[1])
                break
        proc.join(30)

    def wait(self, job: Job, timeout: float) -> bool:
        """Until the job is finished or `timeout` passed; True if it finished."""
        deadline = time.monotonic() + timeout
        with job.changed:
            while job.working:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                job.changed.wait(left)
        return True
