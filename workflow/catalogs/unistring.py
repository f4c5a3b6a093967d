"""GNU libunistring's line breaking, as GNU gettext wraps .po strings with it.

gettext (msgcat, msgmerge, xgettext; Poedit and Lokalize follow it) breaks a string with
libunistring's `ulc_width_linebreaks`: the Unicode line-breaking algorithm (UAX #14) by display
width (UAX #11, East Asian wide characters 2 columns, combining marks 0). A Python reimplementation
(uniseg, wcwidth) follows other Unicode versions and tailorings, and any difference is a changed
line in a translator's git diff; so this calls the very function gettext calls, in the library
the gettext tools themselves link (Debian's libunistring, installed with gettext). The only
ctypes user of the project.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable
from functools import lru_cache

from workflow.errors import WorkflowError

BREAK_UNDEFINED = 0
BREAK_PROHIBITED = 1
BREAK_POSSIBLE = 2

_NAMES = ("libunistring.so.5", "libunistring.so.2", "libunistring.so")


class UnistringMissing(WorkflowError):
    """libunistring (a dependency of GNU gettext) is not on this machine."""


@lru_cache(maxsize=1)
def _linebreaks() -> Callable[..., int]:
    found = ctypes.util.find_library("unistring")
    for name in (*_NAMES, *([found] if found else [])):
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            continue
        # gettext 0.21 built on libunistring >= 1.0 calls the _v2 variant (CR LF handling)
        fn = getattr(lib, "ulc_width_linebreaks_v2", None) or lib.ulc_width_linebreaks
        fn.restype = ctypes.c_int
        fn.argtypes = [
            ctypes.c_char_p,
            ctypes.c_size_t,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_char_p,
            ctypes.c_char_p,
            ctypes.c_char_p,
        ]
        return fn
    raise UnistringMissing(
        "GNU libunistring is not installed",
        hint="install GNU gettext (apt-get install gettext), which brings it",
    )


@lru_cache(maxsize=65536)  # a msgid is written in its template and in every language's catalog
def linebreaks(portion: bytes, width: int, start_column: int, overrides: bytes) -> bytes:
    """For each byte of the UTF-8 `portion`, BREAK_POSSIBLE where a line may break before it,
    given the line `width`, the column the text starts at and per-byte overrides
    (BREAK_UNDEFINED: the algorithm decides; BREAK_PROHIBITED: never here)."""
    n = len(portion)
    if n == 0:
        return b""
    out = _buffer(n)
    _linebreaks()(portion, n, width, start_column, 0, overrides, b"UTF-8", out)
    return ctypes.string_at(out, n)


_scratch: list[ctypes.Array[ctypes.c_char]] = [ctypes.create_string_buffer(4096)]


def _buffer(n: int) -> ctypes.Array[ctypes.c_char]:
    """One result buffer, reused (allocating one per string was a third of a write's time)."""
    if len(_scratch[0]) < n:
        _scratch[0] = ctypes.create_string_buffer(2 * n)
    return _scratch[0]
