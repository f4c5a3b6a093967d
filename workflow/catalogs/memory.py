"""Translation memory: the office's reviewed wording for recurring sentences, per language."""

from __future__ import annotations

from dataclasses import dataclass, field

from workflow.catalogs import pofile
from workflow.errors import WorkflowError
from workflow.lang.languages import Language
from workflow.workspace import Workspace
from workflow.workspace.fsio import read_input


@dataclass
class Memory:
    """Exact matches msgid -> (reviewed msgstr, catalog it came from), one language."""

    entries: dict[str, tuple[str, str]] = field(default_factory=dict)

    def lookup(self, msgid: str) -> tuple[str, str] | None:
        return self.entries.get(msgid)


def build(ws: Workspace, lang: Language) -> Memory:
    """Read every catalog of `lang` in the workspace; unreadable ones are skipped (they are
    reported by the commands that own them)."""
    mem = Memory()
    folder = ws.locales / lang.code / "LC_MESSAGES"
    if not folder.is_dir():
        return mem
    for path in sorted(folder.glob("*.po")):
        try:
            data = read_input(path, "catalog")
            if data is None:
                continue
            po = pofile.parse(data, path=ws.rel(path))
        except WorkflowError:  # CatalogError, or not a regular file, too big, a link out
            continue
        for msgid, msgstr in pofile.reviewed(po):
            mem.entries.setdefault(msgid, (msgstr, ws.rel(path)))
    return mem
