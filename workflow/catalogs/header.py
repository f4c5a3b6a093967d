"""The catalog header policy: what a merge keeps of the translator's header, and what a machine
write changes in it.

A merge treats the header as GNU `msgmerge` 0.21 does (`message_merge` in msgmerge.c; checked
by running msgmerge on small catalogs, see tests/catalogs/test_merge.py):

- every field of the translator's header stays with its value: Project-Id-Version,
  PO-Revision-Date, Last-Translator, Language-Team, Language, MIME-Version, Content-Type,
  Content-Transfer-Encoding, Plural-Forms, X-Generator and any other field;
- two come from the template, when it has them: Report-Msgid-Bugs-To and POT-Creation-Date;
- the ten standard fields are written in gettext's order (`STANDARD`), then the others
  (Plural-Forms, X-* ...) in the translator's order; a standard field named in another case
  (`content-type`) gets its standard name;
- the header's comments and fuzzy flag are the translator's (see `merge.merge`).

Where we differ, on purpose: a missing Language is set to the catalog's language (msgmerge
guesses it from Language-Team; we know it), a missing Plural-Forms is added (msgmerge adds
none), and the charset is UTF-8 (msgmerge converts a catalog to the template's UTF-8 too).

A machine write (machine translation or memory fill, `workflow check --annotate`) updates
PO-Revision-Date and X-Generator as an editor saving the file does (`revised`); it happens only
when an entry changed, so a run that changes nothing writes nothing and no date moves.
"""

from __future__ import annotations

import os
import re
import time

from workflow import __version__
from workflow.lang.languages import Language, plural_forms

STANDARD = (
    "Project-Id-Version",
    "Report-Msgid-Bugs-To",
    "POT-Creation-Date",
    "PO-Revision-Date",
    "Last-Translator",
    "Language-Team",
    "Language",
    "MIME-Version",
    "Content-Type",
    "Content-Transfer-Encoding",
)
FROM_TEMPLATE = ("Report-Msgid-Bugs-To", "POT-Creation-Date")
GENERATOR = f"press-workflow {__version__}"
_CANONICAL = {name.lower(): name for name in STANDARD}
_CHARSET = re.compile(r"charset=[^\s;]*", re.IGNORECASE)


def timestamp() -> str:
    """gettext-style date of now, or of SOURCE_DATE_EPOCH for reproducible runs."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    t = time.gmtime(int(epoch)) if epoch and epoch.isdigit() else time.gmtime()
    return time.strftime("%Y-%m-%d %H:%M+0000", t)


def merged(old: dict[str, str], pot: dict[str, str], language: Language) -> dict[str, str]:
    """The header fields of a catalog merged with a template (see the module docstring)."""
    standard: dict[str, str] = {}
    others: dict[str, str] = {}
    for key, value in old.items():
        name = _CANONICAL.get(key.lower())
        if name is None:
            others[key] = value
        else:
            standard[name] = value
    for name in FROM_TEMPLATE:
        if name in pot:
            standard[name] = pot[name]
    standard.setdefault("Language", language.code)
    content = standard.get("Content-Type")
    if content is None:
        standard["Content-Type"] = "text/plain; charset=UTF-8"
    elif _CHARSET.search(content):
        standard["Content-Type"] = _CHARSET.sub("charset=UTF-8", content)
    out = {name: standard[name] for name in STANDARD if name in standard}
    out.update(others)
    out.setdefault("Plural-Forms", plural_forms(language))
    return out


def revised(metadata: dict[str, str], now: str) -> None:
    """A machine write's stamp: PO-Revision-Date is `now`, X-Generator names this program.
    A field the header lacks is added where gettext puts it (X-Generator at the end)."""
    _put(metadata, "PO-Revision-Date", now)
    _put(metadata, "X-Generator", GENERATOR)


def _put(metadata: dict[str, str], key: str, value: str) -> None:
    if key in metadata or key not in STANDARD:
        metadata[key] = value
        return
    before = set(STANDARD[: STANDARD.index(key)])
    items = list(metadata.items())
    at = 0
    for i, (name, _) in enumerate(items):
        if name in before:
            at = i + 1
    items.insert(at, (key, value))
    metadata.clear()
    metadata.update(items)
