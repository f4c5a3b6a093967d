"""Where an entry's translation comes from, as translator comments that stay true.

The translate step writes, above the text it fills in, a translator comment (`# `: msgmerge and
Poedit keep those) saying where it came from:

    # machine: bergamot enpt-1693087644 0.2.0 (text 5d2a1c0e)
    # tm: locales/fr/LC_MESSAGES/other-release.po (text 9b1f33aa)

`(text …)` is a fingerprint of the text as filled in (the first 8 hex digits of its SHA-256).
When a person changes the text (in Poedit, a text editor...), the fingerprint no longer
matches, and the next step that merges the catalog (`merge.py`, at every extract and run)
rewrites the comment as

    # edited from machine: bergamot enpt-1693087644 0.2.0

and drops the `machine-warning:` lines about the machine text. So a reviewed entry that still
says `machine:` is the engine's text, accepted as it was; `edited from machine:` is a
person's text made from it. An edited entry is no longer machine text: `--retranslate`
leaves it alone even while it is still fuzzy. A comment without a fingerprint (written before
fingerprints) cannot be told apart and is left as it is. Pure: no I/O.
"""

from __future__ import annotations

import hashlib
import re

from workflow.catalogs.types import Entry

MACHINE_PREFIX = "machine: "  # the engine, model and version that made the text
TM_PREFIX = "tm: "  # the catalog the office's reviewed wording was reused from
WARNING_PREFIX = "machine-warning: "  # markup or figures the engine's text could not restore
EDITED_PREFIX = "edited from "  # + "machine: ..." or "tm: ...": a person changed that text
SOURCES = (MACHINE_PREFIX, TM_PREFIX)
OURS = (*SOURCES, WARNING_PREFIX, EDITED_PREFIX)  # lines the translate step owns

_FINGERPRINT = re.compile(r" \(text ([0-9a-f]{8})\)$")


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def stamp(note: str, text: str) -> str:
    """A provenance note with the fingerprint of the text it is about."""
    return f"{note} (text {fingerprint(text)})" if note.startswith(SOURCES) else note


def _edited(line: str, text: str) -> bool:
    """A provenance line whose fingerprint is not the text's: a person changed the text."""
    if not line.startswith(SOURCES):
        return False
    m = _FINGERPRINT.search(line)
    return m is not None and m.group(1) != fingerprint(text)


def edited(e: Entry) -> bool:
    """Whether a person changed the text an engine or the memory filled in."""
    return bool(e.msgstr) and any(_edited(line, e.msgstr) for line in e.tcomments)


def is_machine(e: Entry) -> bool:
    """A fuzzy entry holding an engine's text as the engine wrote it."""
    return (
        e.fuzzy and any(line.startswith(MACHINE_PREFIX) for line in e.tcomments) and not edited(e)
    )


def settle(e: Entry) -> bool:
    """Make the provenance comments say what the text now is: `machine:`/`tm:` lines whose
    text a person changed become `edited from …` (without the fingerprint), and the
    machine-warnings about the replaced text go. Returns whether anything changed."""
    if e.obsolete or not edited(e):
        return False
    kept: list[str] = []
    for line in e.tcomments:
        if _edited(line, e.msgstr):
            kept.append(EDITED_PREFIX + _FINGERPRINT.sub("", line))
        elif not line.startswith(WARNING_PREFIX):
            kept.append(line)
    e.tcomments = kept
    return True
