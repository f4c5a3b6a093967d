"""The identity of this program's code: a digest of the package's own files.

Caches and the run's incremental state are salted with it, so a changed check, template or
typesetting rule (an upgrade, or a developer's edit) invalidates what the old code derived,
even when the version number stays the same.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from workflow import __version__

PACKAGE = Path(__file__).resolve().parent
SUFFIXES = {".py", ".j2", ".css", ".js", ".json", ".csv", ".txt", ".toml"}


@cache
def code_digest() -> str:
    """Version plus every source and data file of the package (about 1 MB: milliseconds)."""
    h = hashlib.blake2b(__version__.encode(), digest_size=16)
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in SUFFIXES and "__pycache__" not in path.parts and path.is_file():
            h.update(str(path.relative_to(PACKAGE)).encode() + b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()
