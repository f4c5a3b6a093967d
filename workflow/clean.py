"""Files left by releases and languages that are gone: what `workflow status` lists and
`workflow clean` removes.

Only files the tool made are candidates, by their names: `output/<id>/<id>.<lang>[.proof].pdf`
and `.html`, `locales/templates/<id>.pot`, and `locales/<lang>/LC_MESSAGES/<id>.po`, where the
release `<id>` is gone from `releases/` or `<lang>` is no longer one of its languages. A
catalog is removed only when it holds no work of a person: no reviewed entry (active or
obsolete), no fuzzy translation without the machine's or the memory's provenance, no comment a
translator wrote; otherwise it is listed and kept. A catalog removed is kept in the catalog
history first (`workflow recover` brings it back). Any other file (a person's notes in
output/<id>/, a release that does not parse) is left alone: a release that cannot be read
keeps all its files.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from workflow.catalogs import guard, pofile
from workflow.catalogs.types import Catalog
from workflow.errors import WorkflowError
from workflow.quality.registry import ANNOTATION_PREFIX
from workflow.source.release import Release
from workflow.workspace import Workspace
from workflow.workspace.cache import Cache
from workflow.workspace.fsio import check_inside, digest, read

LANGUAGES = "languages"  # the cache's kind: release -> its language codes, source first
_OUTPUT = re.compile(r"^(?P<code>[A-Za-z]{2,3}(?:_[A-Za-z0-9]{2,8})*)(?:\.proof)?\.(?:pdf|html)$")
_CODE = re.compile(r"^[A-Za-z]{2,3}(?:_[A-Za-z0-9]{2,8})*$")
_TOOL_COMMENTS = (
    pofile.MACHINE_PREFIX,
    pofile.TM_PREFIX,
    pofile.WARNING_PREFIX,
    ANNOTATION_PREFIX,
)


@dataclass(frozen=True)
class Leftover:
    path: str  # workspace-relative
    why: str  # "release r3 is gone", "pt_BR is no longer a language of r1"
    kind: str  # "output", "template", "catalog"
    keep: str = ""  # why it stays although it is left over (a person's work in it)


def find(ws: Workspace) -> list[Leftover]:
    """Every file the tool made for a release or language that is gone."""
    cache = Cache.load(ws)
    langs = _languages(ws, cache)
    cache.save()
    out: list[Leftover] = []
    out += _outputs(ws, langs)
    out += _templates(ws, langs)
    out += _catalogs(ws, langs)
    return out


def remove(ws: Workspace, leftovers: list[Leftover]) -> list[Leftover]:
    """Delete the leftovers that are not kept (a catalog first into the catalog history), and
    the folders this leaves empty. Returns what was deleted."""
    removed: list[Leftover] = []
    folders: set[Path] = set()
    for item in leftovers:
        if item.keep:
            continue
        path = ws.root / item.path
        check_inside(path)
        if item.kind == "catalog":
            data, _ = read(path)
            if data is not None:
                guard.remember_bytes(ws, path, data, "before clean")
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed.append(item)
        folders.add(path.parent)
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        for empty in (folder, folder.parent):  # output/<id>/, locales/<lang>/LC_MESSAGES/
            if empty in (ws.output, ws.locales, ws.root) or not empty.is_dir():
                continue
            try:
                empty.rmdir()  # only when empty
            except OSError:
                break
    return removed


def _languages(ws: Workspace, cache: Cache) -> dict[str, list[str] | None]:
    """Release id -> its language codes (source first); None for one that cannot be read."""
    out: dict[str, list[str] | None] = {}
    for release_id in ws.release_ids():
        path = ws.release_path(release_id)
        try:
            data, _ = read(path, "release")
        except WorkflowError:
            out[release_id] = None
            continue
        key = digest(data or b"")
        found = cache.get(LANGUAGES, ws.rel(path), key)
        if found is None:
            try:
                rel = ws.load_release(release_id)
            except WorkflowError:
                out[release_id] = None
                continue
            found = [lang.code for lang in (rel.language, *rel.targets)]
            cache.put(LANGUAGES, ws.rel(path), key, found)
        out[release_id] = list(found)
    return out


def remember_languages(ws: Workspace, cache: Cache, rel: Release) -> None:
    """Keep a release's languages in the cache (the run does, for `workflow status` after
    it not to parse every release again)."""
    path = ws.release_path(rel.id)
    data, _ = read(path, "release")
    if data is not None:
        codes = [lang.code for lang in (rel.language, *rel.targets)]
        cache.put(LANGUAGES, ws.rel(path), digest(data), codes)


def _gone(release_id: str, code: str, langs: dict[str, list[str] | None], *, source: bool) -> str:
    """Why a file of (release, language) is left over, or "" if it is not."""
    if release_id not in langs:
        return f"release {release_id} is gone"
    codes = langs[release_id]
    if codes is None:  # a release that cannot be read keeps every file
        return ""
    if code not in (codes if source else codes[1:]):
        return f"{code} is no longer a language of {release_id}"
    return ""


def _entries(folder: Path) -> list[os.DirEntry[str]]:
    try:
        return sorted(
            (e for e in os.scandir(folder) if not e.name.startswith(".")), key=lambda e: e.name
        )
    except (FileNotFoundError, NotADirectoryError):
        return []


def _outputs(ws: Workspace, langs: dict[str, list[str] | None]) -> list[Leftover]:
    out: list[Leftover] = []
    for folder in _entries(ws.output):
        if not folder.is_dir(follow_symlinks=False):
            continue
        release_id = folder.name
        for entry in _entries(Path(folder.path)):
            if not entry.is_file(follow_symlinks=False) or not entry.name.startswith(
                release_id + "."
            ):
                continue
            match = _OUTPUT.match(entry.name[len(release_id) + 1 :])
            if match is None:
                continue  # not a name the tool gives: a person's file
            why = _gone(release_id, match["code"], langs, source=True)
            if why:
                out.append(Leftover(ws.rel(Path(entry.path)), why, "output"))
    return out


def _templates(ws: Workspace, langs: dict[str, list[str] | None]) -> list[Leftover]:
    out: list[Leftover] = []
    for entry in _entries(ws.locales / "templates"):
        release_id = entry.name.removesuffix(".pot")
        pot = entry.name.endswith(".pot") and entry.is_file(follow_symlinks=False)
        if pot and release_id not in langs:
            why = f"release {release_id} is gone"
            out.append(Leftover(ws.rel(Path(entry.path)), why, "template"))
    return out


def _catalogs(ws: Workspace, langs: dict[str, list[str] | None]) -> list[Leftover]:
    out: list[Leftover] = []
    for lang_dir in _entries(ws.locales):
        if lang_dir.name == "templates" or not _CODE.match(lang_dir.name):
            continue
        for entry in _entries(Path(lang_dir.path) / "LC_MESSAGES"):
            if not entry.name.endswith(".po") or not entry.is_file(follow_symlinks=False):
                continue
            why = _gone(entry.name.removesuffix(".po"), lang_dir.name, langs, source=False)
            if why:
                path = Path(entry.path)
                out.append(Leftover(ws.rel(path), why, "catalog", _persons_work(ws, path)))
    return out


def _persons_work(ws: Workspace, path: Path) -> str:
    """What a person wrote in the catalog ("" if nothing: only the tool's work)."""
    try:
        data, _ = read(path)
        if data is None:
            return ""
        po = pofile.parse(data, path=ws.rel(path))
    except WorkflowError as exc:  # cannot tell what is in it: keep it
        return f"cannot be read ({exc.message})"
    return _work(po)


def _work(po: Catalog) -> str:
    reviewed = written = 0
    for e in po:
        if not e.msgid:
            continue
        if e.msgstr and not e.fuzzy:
            reviewed += 1
        elif (
            e.msgstr
            and not any(
                line.startswith((pofile.MACHINE_PREFIX, pofile.TM_PREFIX))
                for line in (e.tcomment or "").splitlines()
            )
        ) or any(
            line.strip() and not line.startswith(_TOOL_COMMENTS)
            for line in (e.tcomment or "").splitlines()
        ):
            written += 1
    if reviewed:
        return f"holds {reviewed} reviewed translation(s)"
    if written:
        return f"holds {written} entr(ies) a person wrote or commented"
    return ""
