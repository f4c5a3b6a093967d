"""The board of `workflow serve`: releases x languages, one cell each.

The counts, problems and verdicts are `workflow status --json`'s rows (`workflow.status`); this
module adds what a press officer needs next to them: the release's date and title in each
language, and the state of each PDF in output/ (final, draft, stale, failed, not built).

`collect` reads the workspace (the I/O edge); `page_of` and `pdf_state` are pure.
"""

from __future__ import annotations

import functools
import math
import os
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from workflow import status
from workflow.catalogs import glossary, pofile
from workflow.errors import WorkflowError
from workflow.lang import languages
from workflow.quality.gate import CatalogCheck
from workflow.workspace import SETTINGS_FILE, Workspace
from workflow.workspace.cache import Cache
from workflow.workspace.fsio import digest, read

PER_PAGE = 50  # releases on one page of the board
MAX_PER_PAGE = 1000


@dataclass(frozen=True)
class ReleaseInfo:
    """What the board shows of a release's front matter (cached by the file's digest)."""

    id: str
    date: str  # ISO date, "" when the release cannot be read
    title: str
    language: str
    targets: tuple[str, ...]
    error: str = ""  # why the release cannot be read

    @property
    def languages(self) -> tuple[str, ...]:
        return (self.language, *self.targets) if self.language else ()


@dataclass(frozen=True)
class Cell:
    release: str
    language: str
    direction: str  # "ltr" or "rtl"
    source: bool  # the release's own language
    title: str  # the title in this language ("" when not translated yet)
    title_state: str  # "source", "reviewed", "machine" or "untranslated"
    status: Mapping[str, object] | None  # the `workflow status --json` row (None for the source)
    state: str  # "final", "draft", "stale", "failed", "not built"
    publishable: bool
    pdf: str | None  # path under output/ of the language's PDF, if it exists
    proof: str | None  # path under output/ of the proof, if it exists
    message: str = ""  # why it failed

    @property
    def reviewed_share(self) -> float:
        if self.status is None:
            return 1.0
        total = self.status["total"]
        reviewed = self.status["reviewed"]
        assert isinstance(total, int) and isinstance(reviewed, int)
        return reviewed / total if total else 0.0


@dataclass(frozen=True)
class Row:
    info: ReleaseInfo
    cells: dict[str, Cell] = field(default_factory=dict)  # language -> cell


@dataclass(frozen=True)
class Filters:
    release: str = ""  # part of a release id or title, case-insensitive ("" = all)
    languages: tuple[str, ...] = ()  # language codes ("" = all)
    page: int = 1
    per_page: int = PER_PAGE


@dataclass(frozen=True)
class Board:
    rows: list[Row]
    columns: list[str]  # the languages shown, source languages first
    directions: Mapping[str, str]  # language -> ltr/rtl
    filters: Filters
    matching: int  # releases that pass the filters
    total: int  # releases in the workspace
    pages: int
    all_languages: list[str]  # every language of the workspace (the filter's choices)


def pdf_state(
    pdf_mtime: float | None, inputs_mtime: float, *, publishable: bool, failed: str | None
) -> str:
    """The state of a language's PDF: failed (the last build here failed), not built, stale
    (older than the release, its catalog, settings or glossary), else final or draft."""
    if failed is not None:
        return "failed"
    if pdf_mtime is None:
        return "not built"
    if pdf_mtime < inputs_mtime:
        return "stale"
    return "final" if publishable else "draft"


def page_of(infos: Sequence[ReleaseInfo], filters: Filters) -> tuple[list[ReleaseInfo], int, int]:
    """The releases of the page asked for, newest first: (those, how many match, pages)."""
    wanted = filters.release.casefold()
    langs = set(filters.languages)
    matching = [
        i
        for i in infos
        if (not wanted or wanted in i.id.casefold() or wanted in i.title.casefold())
        and (not langs or langs & set(i.languages) or i.error)
    ]
    matching.sort(key=lambda i: (i.date, i.id), reverse=True)
    pages = max(1, math.ceil(len(matching) / filters.per_page))
    page = min(max(filters.page, 1), pages)
    start = (page - 1) * filters.per_page
    return matching[start : start + filters.per_page], len(matching), pages


def release_info(ws: Workspace, cache: Cache, release_id: str) -> ReleaseInfo:
    """A release's date, title and languages; its front matter parsed only when the file
    changed since the cache saw it."""
    path = ws.release_path(release_id)
    try:
        data, _ = read(path)
        if data is None:
            raise WorkflowError("no such release", file=ws.rel(path))
        key = digest(data)
        hit = cache.get("serve-release", ws.rel(path), key)
        if hit is None:
            rel = ws.load_release(release_id)
            hit = [rel.date.isoformat(), rel.title, rel.language.code]
            hit.append([t.code for t in rel.targets])
            cache.put("serve-release", ws.rel(path), key, hit)
    except WorkflowError as exc:
        return ReleaseInfo(release_id, "", release_id, "", (), error=str(exc))
    date, title, language, targets = hit
    return ReleaseInfo(release_id, date, title, language, tuple(targets))


def catalog_title(ws: Workspace, cache: Cache, info: ReleaseInfo, lang: str) -> tuple[str, str]:
    """The release's title in a catalog and its state (reviewed, machine, untranslated)."""
    path = ws.catalog_path(info.id, languages.parse(lang))
    try:
        data, _ = read(path)
    except WorkflowError:
        return "", "untranslated"
    if data is None:
        return "", "untranslated"
    key = digest(data) + digest(info.title.encode())
    hit = cache.get("serve-title", ws.rel(path), key)
    if hit is None:
        hit = ["", "untranslated"]
        try:
            po = pofile.parse(data, path=ws.rel(path))
        except WorkflowError:
            return hit[0], hit[1]
        for entry in po:
            if not entry.obsolete and entry.msgid == info.title:
                state = pofile.state(entry)
                hit = [entry.msgstr if state != "untranslated" else "", state]
                break
        cache.put("serve-title", ws.rel(path), key, hit)
    return str(hit[0]), str(hit[1])


def _mtime(path: str | Path) -> float | None:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return None


@functools.cache
def _direction(code: str) -> str:
    return languages.parse(code).direction


def cells(
    ws: Workspace,
    info: ReleaseInfo,
    checks: Mapping[str, CatalogCheck],
    titles: Mapping[str, tuple[str, str]],
    failed: Mapping[tuple[str, str], str],
    shared_mtime: float,
) -> dict[str, Cell]:
    """One cell per language of a release (source first): `checks` are the status rows of its
    catalogs, `titles` the title in each. (Paths as strings: a large board stats thousands.)"""
    out: dict[str, Cell] = {}
    ws.release_path(info.id)  # a valid id: the strings below stay inside their folders
    root = os.fspath(ws.root)
    release_mtime = max(_mtime(f"{root}/releases/{info.id}.md") or 0.0, shared_mtime)
    for lang in info.languages:
        source = lang == info.language
        pdf = f"{info.id}/{info.id}.{lang}.pdf"
        proof = f"{info.id}/{info.id}.{lang}.proof.pdf"
        pdf_mtime = _mtime(f"{root}/output/{pdf}")
        check = checks.get(lang)
        if source:
            title, title_state, row, publishable = info.title, "source", None, True
            inputs = release_mtime
        else:
            title, title_state = titles.get(lang, ("", "untranslated"))
            row = status.as_json(check) if check is not None else None
            publishable = bool(check and check.publishable)
            catalog = f"{root}/locales/{lang}/LC_MESSAGES/{info.id}.po"
            inputs = max(release_mtime, _mtime(catalog) or 0.0)
        why = failed.get((info.id, lang))
        out[lang] = Cell(
            release=info.id,
            language=lang,
            direction=_direction(lang),
            source=source,
            title=title,
            title_state=title_state,
            status=row,
            state=pdf_state(pdf_mtime, inputs, publishable=publishable, failed=why),
            publishable=publishable,
            pdf=pdf if pdf_mtime is not None else None,
            proof=None if source or _mtime(f"{root}/output/{proof}") is None else proof,
            message=why or "",
        )
    return out


def shared_inputs_mtime(ws: Workspace) -> float:
    """When settings or the glossary last changed (every PDF depends on them)."""
    return max(_mtime(ws.root / SETTINGS_FILE) or 0.0, _mtime(ws.locales / glossary.FILE) or 0.0)


Stamp = tuple[int, int, int] | None  # a file's inode, size and mtime (ns); None: no file


def stamp(path: str | Path) -> Stamp:
    """What changes when a file is written, saved in place or replaced (atomic writes make a
    new inode)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


@dataclass
class Memo:
    """What the board computed, kept while the server runs and redone for a release only when
    one of its files (release, catalogs) or the settings or glossary changed: the board of a
    large workspace then costs a `stat` per file and the template, not a status."""

    infos: dict[str, tuple[Stamp, ReleaseInfo]] = field(default_factory=dict)
    # (release, language) -> (stamps it was computed from, status row, title in the language)
    catalogs: dict[tuple[str, str], tuple[tuple[Stamp, ...], CatalogCheck, tuple[str, str]]] = (
        field(default_factory=dict)
    )
    errors: dict[str, str] = field(default_factory=dict)  # release -> why its status failed
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def releases(self, ws: Workspace) -> list[ReleaseInfo]:
        """Every release, read again only where its file changed."""
        ids = ws.release_ids()
        stamps = {release_id: stamp(ws.release_path(release_id)) for release_id in ids}
        changed = [i for i in ids if self.infos.get(i, (False,))[0] != stamps[i]]
        if changed:
            cache = Cache.load(ws)
            for release_id in changed:
                self.infos[release_id] = (stamps[release_id], release_info(ws, cache, release_id))
            cache.save()
        for gone in set(self.infos) - set(ids):
            self.infos.pop(gone, None)
        return [self.infos[i][1] for i in ids]

    def status(
        self, ws: Workspace, shown: Sequence[ReleaseInfo]
    ) -> dict[str, tuple[dict[str, CatalogCheck], dict[str, tuple[str, str]]]]:
        """Per release: the status rows of its catalogs and its titles, computed (through
        `workflow.status`, as `workflow status --json`) for the releases whose files changed."""
        shared = (stamp(ws.root / SETTINGS_FILE), stamp(ws.locales / glossary.FILE))
        keys: dict[tuple[str, str], tuple[Stamp, ...]] = {}
        todo: list[ReleaseInfo] = []
        locales = os.fspath(ws.locales)
        for info in shown:
            if info.error:
                continue
            release = self.infos[info.id][0] if info.id in self.infos else None
            for lang in info.targets:  # valid ids and language codes (read from the release)
                path = f"{locales}/{lang}/LC_MESSAGES/{info.id}.po"
                keys[(info.id, lang)] = (stamp(path), release, *shared)  # before computing
            if any(
                self.catalogs.get((info.id, lang), ((),))[0] != keys[(info.id, lang)]
                for lang in info.targets
            ):
                todo.append(info)
        if todo:
            by_id = {info.id: info for info in todo}
            checks = self._checks(ws, list(by_id))
            cache = Cache.load(ws)
            for check in checks:
                key = (check.release, check.language)
                title = catalog_title(ws, cache, by_id[check.release], check.language)
                self.catalogs[key] = (keys.get(key, ()), check, title)
            cache.save()
        out: dict[str, tuple[dict[str, CatalogCheck], dict[str, tuple[str, str]]]] = {}
        for info in shown:
            if info.id in self.errors:
                continue
            found: tuple[dict[str, CatalogCheck], dict[str, tuple[str, str]]] = ({}, {})
            for lang in info.targets:
                hit = self.catalogs.get((info.id, lang))
                if hit is not None:
                    found[0][lang], found[1][lang] = hit[1], hit[2]
            out[info.id] = found
        return out

    def _checks(self, ws: Workspace, ids: Sequence[str]) -> list[CatalogCheck]:
        """The status rows; a release whose catalog cannot be read gets its error instead."""
        for release_id in ids:
            self.errors.pop(release_id, None)
        try:
            return status.checks(ws, ids)
        except WorkflowError:
            out = []
            for release_id in ids:
                try:
                    out += status.checks(ws, [release_id])
                except WorkflowError as exc:
                    self.errors[release_id] = str(exc)
            return out


def collect(
    ws: Workspace,
    filters: Filters,
    failed: Mapping[tuple[str, str], str] | None = None,
    memo: Memo | None = None,
) -> Board:
    """The board for the filters: the status of the page's releases (the rows of
    `workflow status --json`), their titles and PDF states."""
    memo = memo if memo is not None else Memo()
    with memo.lock:
        infos = memo.releases(ws)
        shown, matching, pages = page_of(infos, filters)
        computed = memo.status(ws, shown)
        shown = [
            replace(info, error=memo.errors[info.id]) if info.id in memo.errors else info
            for info in shown
        ]
    shared = shared_inputs_mtime(ws)
    rows = []
    for info in shown:
        row = Row(info)
        if not info.error:
            checks, titles = computed[info.id]
            found = cells(ws, info, checks, titles, failed or {}, shared)
            row.cells.update(
                (lang, cell)
                for lang, cell in found.items()
                if not filters.languages or lang in filters.languages
            )
        rows.append(row)
    all_languages = _ordered(infos)
    columns = [code for code in _ordered([r.info for r in rows]) if code in _shown(rows)]
    directions = {code: _direction(code) for code in all_languages}
    return Board(
        rows=rows,
        columns=columns,
        directions=directions,
        filters=Filters(
            filters.release, filters.languages, min(filters.page, pages), filters.per_page
        ),
        matching=matching,
        total=len(infos),
        pages=pages,
        all_languages=all_languages,
    )


def _shown(rows: Sequence[Row]) -> set[str]:
    return {lang for r in rows for lang in r.cells}


def _ordered(infos: Sequence[ReleaseInfo]) -> list[str]:
    """Languages in the order a reader expects: source languages first, then targets as the
    releases list them."""
    seen: dict[str, None] = {}
    for i in infos:
        if i.language:
            seen.setdefault(i.language)
    for i in infos:
        for t in i.targets:
            seen.setdefault(t)
    return list(seen)
