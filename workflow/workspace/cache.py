"""A cache of facts derived from files, keyed by the file's content digest (.workflow/cache/).

What `workflow status` shows for a large workspace (entry counts, check problems, a release's
languages) is read from here when the file has not changed, instead of parsing it again. Losing
the cache only costs time.

The cache is split into `SHARDS` files by a hash of the key, read when a key of theirs is first
asked for and rewritten only when one of their keys changed: a run over one release reads and
writes a few small files, not the whole workspace's facts (a single file grew past the 50 MB
input limit on 1,000 releases and was then ignored, so `status` re-checked everything).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from workflow.errors import WorkflowError
from workflow.workspace import Workspace
from workflow.workspace.fsio import atomic_write, read_input

FOLDER = ".workflow/cache"
OLD_FILE = ".workflow/cache.json"  # before the split: removed at the first save
VERSION = 3  # 2: the entry memos shared the shards of the verdicts
SHARDS = 64
# Kinds of facts kept in shards of their own (file name prefix): the checks' entry memos and a
# catalog's problems are most of the cache's bytes, and only a catalog being checked or a page
# listing problems needs them; `workflow status` reads the verdicts and their counts only
# (1,000 releases: 7 s of JSON decoding and Problem objects when all were in one family, 85 MB).
FAMILIES = {"entry-checks": "memo-", "check-problems": "problems-"}


def shard_of(key: str) -> str:
    """The shard file name of a key (`kind:name`): two hex digits, after its kind's family
    prefix if it has one; stable across runs and machines."""
    n = hashlib.blake2b(key.encode(), digest_size=2).digest()[0] % SHARDS
    return f"{FAMILIES.get(key.partition(':')[0], '')}{n:02x}.json"


@dataclass
class Cache:
    ws: Workspace
    shards: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    dirty: set[str] = field(default_factory=set)
    # what a command derives from cached facts once, in this process only (never saved)
    derived: dict[str, Any] = field(default_factory=dict)
    # when a list: every `put` is also added to it (a worker process hands its facts back)
    log: list[tuple[str, str, str, Any]] | None = None

    @classmethod
    def load(cls, ws: Workspace) -> Cache:
        """The workspace's cache; shards are read on first use."""
        return cls(ws)

    def _shard(self, name: str) -> dict[str, dict[str, Any]]:
        if name not in self.shards:
            self.shards[name] = self._read(name)
        return self.shards[name]

    def _read(self, name: str) -> dict[str, dict[str, Any]]:
        try:
            raw = read_input(self.ws.root / FOLDER / name, "state")
            data = json.loads(raw) if raw is not None else None
        except (WorkflowError, ValueError):  # lost or spoilt: only costs time
            return {}
        if not isinstance(data, dict) or data.get("version") != VERSION:
            return {}
        entries = data.get("entries")
        return entries if isinstance(entries, dict) else {}

    def get(self, kind: str, key: str, digest: str) -> Any:
        full = f"{kind}:{key}"
        found = self._shard(shard_of(full)).get(full)
        if isinstance(found, dict) and found.get("digest") == digest:
            return found.get("value")
        return None

    def put(self, kind: str, key: str, digest: str, value: Any) -> None:
        full = f"{kind}:{key}"
        name = shard_of(full)
        self._shard(name)[full] = {"digest": digest, "value": value}
        self.dirty.add(name)
        if self.log is not None:
            self.log.append((kind, key, digest, value))

    def save(self) -> None:
        """Write the shards that changed (atomically). A read-only workspace or a full disk
        keeps them in memory only: the cache is optional."""
        for name in sorted(self.dirty):
            payload = json.dumps({"version": VERSION, "entries": self.shards[name]}, sort_keys=True)
            try:
                # no fsync: after a power cut a shard is at worst empty, which only costs time
                atomic_write(
                    self.ws.root / FOLDER / name, payload.encode(), durable=False, sync_folder=False
                )
            except WorkflowError:
                return
            self.dirty.discard(name)
        old = self.ws.root / OLD_FILE
        if old.is_file() and not old.is_symlink():
            with contextlib.suppress(OSError):
                old.unlink()
