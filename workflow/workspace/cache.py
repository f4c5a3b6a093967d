"""A cache of facts derived from files, keyed by the file's content digest (.workflow/cache.json).

What `workflow status` shows for a large workspace (entry counts, check problems, a release's
languages) is read from here when the file has not changed, instead of parsing it again. Losing
the cache only costs time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from workflow.errors import WorkflowError
from workflow.workspace import Workspace
from workflow.workspace.fsio import atomic_write, read_input

FILE = ".workflow/cache.json"
VERSION = 1


@dataclass
class Cache:
    ws: Workspace
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    dirty: bool = False

    @classmethod
    def load(cls, ws: Workspace) -> Cache:
        try:
            raw = read_input(ws.root / FILE, "state")
            data = json.loads(raw) if raw is not None else None
        except (WorkflowError, ValueError):  # lost or spoilt: only costs time
            return cls(ws)
        if not isinstance(data, dict) or data.get("version") != VERSION:
            return cls(ws)
        entries = data.get("entries")
        return cls(ws, entries if isinstance(entries, dict) else {})

    def get(self, kind: str, key: str, digest: str) -> Any:
        found = self.entries.get(f"{kind}:{key}")
        if isinstance(found, dict) and found.get("digest") == digest:
            return found.get("value")
        return None

    def put(self, kind: str, key: str, digest: str, value: Any) -> None:
        self.entries[f"{kind}:{key}"] = {"digest": digest, "value": value}
        self.dirty = True

    def save(self) -> None:
        if not self.dirty:
            return
        payload = json.dumps({"version": VERSION, "entries": self.entries}, sort_keys=True)
        try:
            atomic_write(self.ws.root / FILE, payload.encode())
        except WorkflowError:  # a read-only workspace or a full disk: the cache is optional
            return
        self.dirty = False
