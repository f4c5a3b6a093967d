"""The check step: run the quality checks over catalogs, the publication gate, annotations."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from workflow.catalogs import extract, glossary, guard, header, pofile
from workflow.catalogs.pofile import SourceEntry
from workflow.catalogs.types import Catalog
from workflow.codeid import code_digest
from workflow.errors import CatalogError, ConcurrentEditError, ReleaseError, WorkflowError
from workflow.lang import languages, lexicon
from workflow.lang.languages import Language
from workflow.problems import Problem
from workflow.quality import fanout, lengthmodel, memo, registry
from workflow.source.release import Release
from workflow.workspace import SETTINGS_FILE, Workspace, office
from workflow.workspace.cache import Cache
from workflow.workspace.fsio import atomic_write, current, digest, read


def context(
    ws: Workspace, rel: Release, lang: Language, cache: Cache | None = None
) -> registry.Context:
    models = length_models(ws, lang, cache or Cache.load(ws))
    return registry.Context(
        rel.language,
        lang,
        glossary.load(ws.locales),
        registry.Settings.from_mapping(ws.settings.checks.as_mapping(), file=SETTINGS_FILE),
        length_model=models.get(rel.language.code),
    )


def length_models(ws: Workspace, lang: Language, cache: Cache) -> dict[str, lengthmodel.Model]:
    """The length models of translations into `lang` (source language -> model), learnt from
    the reviewed entries of every release's catalog of `lang` (`quality/lengthmodel.py`). Each
    catalog's samples are cached by its content, the fitted models by the catalogs' sizes and
    times (a look at the folder when nothing changed), and kept for the command (`cache`)."""
    known = cache.derived.setdefault("length-models", {})
    if lang.code not in known:
        folder = ws.locales / lang.code / "LC_MESSAGES"
        paths = sorted(folder.glob("*.po")) if folder.is_dir() else []
        stamp = digest("\n".join(_stamp(p) for p in paths).encode())
        fitted = cache.get("length-model", lang.code, stamp)
        if not isinstance(fitted, dict):
            models = _fit_models(ws, lang, paths, cache)
            fitted = {src: [m.median, m.spread, m.entries] for src, m in models.items()}
            cache.put("length-model", lang.code, stamp, fitted)
        known[lang.code] = {
            str(src): lengthmodel.Model(float(v[0]), float(v[1]), int(v[2]))
            for src, v in fitted.items()
        }
    return dict(known[lang.code])


def _stamp(path: Path) -> str:
    try:
        st = path.stat()
    except OSError:  # removed since listed
        return f"{path.name}:-"
    return f"{path.name}:{st.st_size}:{st.st_mtime_ns}"


def _fit_models(
    ws: Workspace, lang: Language, paths: Sequence[Path], cache: Cache
) -> dict[str, lengthmodel.Model]:
    merged: dict[str, lengthmodel.Samples] = {}
    for path in paths:
        data, _ = read(path)
        if data is None:
            continue
        key, name = digest(data), ws.rel(path)
        found = cache.get("length-samples", name, key)
        if found is None:
            found = _length_samples(ws, path, data, cache)
            cache.put("length-samples", name, key, found)
        source, cells = found
        bucket = merged.setdefault(source, lengthmodel.Samples())
        for d, s, n in cells:
            bucket[(d, s)] += n
    merged.pop("", None)
    return lengthmodel.fit_all(merged, lang.code)


def _length_samples(ws: Workspace, path: Path, data: bytes, cache: Cache) -> list[object]:
    """[source language, [[log-ratio cell, length cell, entries], ...]] of a catalog's
    reviewed entries; no source language for a catalog or release that cannot be read.
    The release id -> source language map is read once a command (`cache.derived`)."""
    sources: dict[str, str] = cache.derived.setdefault("sources", {})
    try:
        if path.stem not in sources:
            sources[path.stem] = ws.load_release(path.stem).language.code
        source = sources[path.stem]
        po = parse(data, ws.rel(path), cache)
    except WorkflowError:
        return ["", []]
    samples = lengthmodel.samples_of(
        (e.msgid, e.msgstr)
        for e in po
        if e.msgid and not e.obsolete and pofile.state(e) == "reviewed"
    )
    return [source, [[d, s, n] for (d, s), n in sorted(samples.items())]]


BIG_CATALOG = 1_000_000  # bytes: a catalog this large is parsed once a command


def parse(data: bytes, path: str, cache: Cache) -> Catalog:
    """A catalog parsed; a large one is kept for the command (`cache.derived`, by content), so
    that learning the length model and checking it do not parse it twice (100,000 entries:
    seconds each time)."""
    if len(data) < BIG_CATALOG:
        return pofile.parse(data, path=path)
    kept: dict[str, Catalog] = cache.derived.setdefault("parsed", {})
    key = digest(data)
    if key not in kept:
        kept.clear()  # one at a time: the one being checked
        kept[key] = pofile.parse(data, path=path)
    return kept[key]


def length_digest(ws: Workspace, lang: Language, cache: Cache) -> str:
    """What the checks' verdicts on `lang` depend on of the office's reviewed catalogs (and of
    the dictionaries installed on the machine, `lang/lexicon.py`)."""
    learnt = lengthmodel.digest(length_models(ws, lang, cache))
    installed = lexicon.fingerprint(lang.base)
    return f"{learnt}+{installed}" if installed else learnt


# The checks whose results depend on the length model learnt from the office's reviewed
# catalogs: their entry memo is keyed by the model too, so a changed model re-runs only them.
MODEL_CHECKS = frozenset({"length", "omission"})


def problems(
    ws: Workspace, rel: Release, lang: Language, po: Catalog, cache: Cache | None = None
) -> list[Problem]:
    """Every problem of a catalog's translated entries. Entries checked before with the same
    code, settings, glossary and languages (and length model, for `MODEL_CHECKS`) are taken
    from the entry memos (`memo`) kept in the workspace cache (`cache`, or the workspace's own,
    saved here)."""
    path = ws.rel(ws.catalog_path(rel.id, lang))
    entries = registry.views(po, path)
    if not entries:  # nothing to check: a catalog emptied is an error of its own
        return _emptied(rel, po, path)
    store = cache if cache is not None else Cache.load(ws)
    ctx = context(ws, rel, lang, store)
    pair = _memo_pair(ws, rel, lang, store)
    settings = ctx.settings
    keys = [memo.key_of(e) for e in entries]  # what each memo keeps (100,000: a tenth of a s)
    found = _remembered_checks(
        store,
        path,
        pair,
        entries,
        keys,
        replace(ctx, settings=replace(settings, disabled=settings.disabled | MODEL_CHECKS)),
    )
    others = frozenset(registry.CHECKS) - MODEL_CHECKS
    if MODEL_CHECKS - settings.disabled:
        found += _remembered_checks(
            store,
            path + "#model",
            f"{pair}:{length_digest(ws, lang, store)}",
            entries,
            keys,
            replace(ctx, settings=replace(settings, disabled=settings.disabled | others)),
        )
    if cache is None:
        store.save()
    # in entry then check order, as one run of the checks gives them
    place = {(e.catalog, e.line): i for i, e in enumerate(entries)}
    order = {name: i for i, name in enumerate(registry.CHECKS)}
    return sorted(
        found, key=lambda p: (place.get((p.catalog, p.line), -1), order.get(p.check, len(order)))
    )


def _remembered_checks(
    store: Cache,
    name: str,
    key: str,
    entries: Sequence[registry.EntryView],
    keys: Sequence[str],
    ctx: registry.Context,
) -> list[Problem]:
    """The problems of `ctx`'s checks over `entries` (`keys`: their memo keys), through the
    entry memo kept in `store` under `name` and `key`."""
    remembered = memo.Memo.from_json(store.get("entry-checks", name, key))
    found = registry.run_checks(entries, ctx, remembered, keys)
    kept = remembered.to_json(keys)
    if remembered.added or len(kept) != len(remembered.known):  # new entries, or gone ones
        store.put("entry-checks", name, key, kept)
    return found


def _memo_pair(ws: Workspace, rel: Release, lang: Language, cache: Cache) -> str:
    """What a catalog's entry memos depend on besides its entries (the length model aside)."""
    return f"{inputs_digest(ws, cache)}:{rel.language.code}>{lang.code}"


def memo_known(ws: Workspace, rel: Release, lang: Language, cache: Cache) -> bool:
    """Whether the catalog has an entry memo for the current code, settings and glossary
    (checking it again costs little: at most the `MODEL_CHECKS` over its entries)."""
    path = ws.rel(ws.catalog_path(rel.id, lang))
    return cache.get("entry-checks", path, _memo_pair(ws, rel, lang, cache)) is not None


def office_problems(ws: Workspace, lang: Language) -> list[Problem]:
    """The office's texts a PDF in `lang` lacks (workflow.toml): warnings that keep the
    language to drafts (`blocking`)."""
    return [
        Problem(
            "office",
            "warning",
            office.missing_message(ws, lang, text),
            SETTINGS_FILE,
            office.settings_line(ws),
        )
        for text in office.missing_office_texts(ws, lang)
    ]


def required_share(ws: Workspace, lang: Language) -> float:
    """Share of segments that must be reviewed for a final build ([publish] reviewed)."""
    return ws.settings.publish.required(lang.code, lang.base)


def blocking(
    ws: Workspace,
    rel: Release,
    lang: Language,
    po: Catalog,
    found: Sequence[Problem] | None = None,
) -> list[str]:
    """file:line lines for what keeps `lang` from a final build: untranslated entries, machine
    entries while the reviewed share is below the setting, check errors (`found`, if the
    caller already ran the checks), and office texts workflow.toml lacks for `lang`."""
    path = ws.rel(ws.catalog_path(rel.id, lang))
    stats = pofile.stats(po)
    lacking = missing_segments(rel, po)
    total = stats.total + len(lacking)
    enough = total and stats.reviewed / total >= required_share(ws, lang)
    out = [
        f"{segment_place(rel, s)}: not in the catalog (run `workflow extract`; `workflow "
        f"recover` if its entries were lost): {s.msgid[:60]}"
        for s in lacking
    ]
    for e in pofile.unreviewed(po):
        if e.state == "untranslated":
            out.append(f"{path}:{e.line}: not translated: {e.msgid[:60]}")
        elif not enough:
            out.append(f"{path}:{e.line}: machine text not reviewed: {e.msgid[:60]}")
    if found is None:
        found = problems(ws, rel, lang, po)
    out += [str(p) for p in found if p.severity == "error"]
    out += [str(p) for p in office_problems(ws, lang)]
    return out


def _emptied(rel: Release, po: Catalog, path: str) -> list[Problem]:
    """A catalog (at `path`) with no entry at all while its release has segments (a 0-byte
    file, an editor's save cut short): an error `workflow check` shows with the way back."""
    if any(e.msgid and not e.obsolete for e in po) or not _segments(rel):
        return []
    return [
        Problem(
            "catalog",
            "error",
            f"no entries: none of the release's {len(_segments(rel))} segments (emptied by a "
            f"save cut short? `workflow recover {path}` brings back a saved state)",
            path,
            1,
        )
    ]


def segment_place(rel: Release, segment: SourceEntry) -> str:
    """Where a segment stands in its release: "releases/<id>.md:12"."""
    if not segment.references:
        return rel.path
    path, line = segment.references[0]
    return f"{path}:{line}"


def missing_segments(rel: Release, po: Catalog) -> list[SourceEntry]:
    """The release's segments its catalog lacks: the release changed since `workflow extract`,
    or the catalog lost entries (cut short by a save, an entry deleted by hand). A build would
    print them in the source language: they count as untranslated, and keep a final build."""
    have = {e.msgid for e in po if not e.obsolete}
    return [s for s in _segments(rel) if s.msgid not in have]


# the segments of the last releases asked for (a release is checked in each of its languages)
_SEGMENTS: dict[int, tuple[Release, list[SourceEntry]]] = {}


def _segments(rel: Release) -> list[SourceEntry]:
    known = _SEGMENTS.get(id(rel))
    if known is not None and known[0] is rel:
        return known[1]
    try:
        found = extract.source_entries(rel)
    except ReleaseError:  # a segment too long: extract refuses the release, with its line
        found = []
    if len(_SEGMENTS) >= 8:
        _SEGMENTS.pop(next(iter(_SEGMENTS)))
    _SEGMENTS[id(rel)] = (rel, found)
    return found


@dataclass
class CatalogCheck:
    release: str
    language: str
    path: str
    untranslated: int = 0
    machine: int = 0
    reviewed: int = 0
    publishable: bool = False
    missing: bool = False  # no catalog yet
    error: str = ""  # the release or catalog could not be read: why (file:line)
    # the problems, or (from the cache) their counts and how to get them when asked for:
    # `workflow status` counts them, only a page listing them reads them
    _problems: list[Problem] | None = field(default=None, repr=False)
    _counts: tuple[int, int] = (0, 0)
    _load: Callable[[], list[Problem]] | None = field(default=None, repr=False, compare=False)

    @property
    def problems(self) -> list[Problem]:
        if self._problems is None:
            self._problems = self._load() if self._load is not None else []
        return self._problems

    @problems.setter
    def problems(self, value: list[Problem]) -> None:
        self._problems = value

    @property
    def from_cache(self) -> bool:
        """The verdict was remembered (its problems are read when asked for)."""
        return self._load is not None

    def detached(self) -> CatalogCheck:
        """The row with its problems read (the loader of a cached row does not cross
        processes)."""
        self._problems, self._load = self.problems, None
        return self

    def remembered(self, counts: tuple[int, int], load: Callable[[], list[Problem]]) -> None:
        """The problems are in the cache: `counts` (errors, warnings) now, `load` if asked."""
        self._problems, self._counts, self._load = None, counts, load

    @property
    def errors(self) -> int:
        if self._problems is None and self._load is not None:
            return self._counts[0]
        return sum(p.severity == "error" for p in self.problems)

    @property
    def warnings(self) -> int:
        if self._problems is None and self._load is not None:
            return self._counts[1]
        return sum(p.severity == "warning" for p in self.problems)


def evaluate(
    ws: Workspace, rel: Release, lang: Language, po: Catalog, cache: Cache | None = None
) -> CatalogCheck:
    """Stats, problems and publication verdict of a parsed catalog."""
    result = CatalogCheck(rel.id, lang.code, ws.rel(ws.catalog_path(rel.id, lang)))
    stats = pofile.stats(po)
    result.problems = problems(ws, rel, lang, po, cache) + office_problems(ws, lang)
    result.untranslated, result.machine, result.reviewed = (
        stats.untranslated + len(missing_segments(rel, po)),
        stats.machine,
        stats.reviewed,
    )
    result.publishable = not blocking(ws, rel, lang, po, result.problems)
    return result


def inputs_digest(ws: Workspace, cache: Cache | None = None) -> str:
    """What a verdict depends on besides the catalog: settings, glossary and the checks' code;
    read once a command when the command's `cache` is given."""
    if cache is not None:
        known = cache.derived.get("inputs")
        if known is None:
            known = cache.derived["inputs"] = inputs_digest(ws)
        return str(known)
    parts = [code_digest().encode()]
    for path in (ws.root / SETTINGS_FILE, ws.locales / glossary.FILE):
        data, _ = read(path)
        parts.append(data or b"")
    return digest(b"\0".join(parts))


def cache_key(catalog_data: bytes, inputs: str) -> str:
    return digest(catalog_data) + inputs


def verdict_key(
    ws: Workspace,
    release_id: str,
    lang: Language,
    catalog_data: bytes,
    inputs: str,
    cache: Cache | None = None,
) -> str:
    """The key of a catalog's cached verdict: its content, its release's (a segment added to the
    release and not extracted is missing from the catalog), `inputs` (`inputs_digest`) and the
    length model learnt from the workspace's reviewed catalogs of `lang`."""
    cache = cache if cache is not None else Cache.load(ws)
    learnt = length_digest(ws, lang, cache)
    return cache_key(catalog_data, f"{inputs}:{learnt}:{_release_digest(ws, release_id, cache)}")


def _release_digest(ws: Workspace, release_id: str, cache: Cache, data: bytes | None = None) -> str:
    """The digest of the release file's bytes (`data`, when the caller has read them), read
    once a command ("" if it cannot be read: its error comes when it is parsed)."""
    name = f"release:{release_id}"
    if data is not None:
        cache.derived[name] = digest(data)
    known = cache.derived.get(name)
    if known is None:
        try:
            data, _ = read(ws.release_path(release_id), "release")
        except WorkflowError:
            data = None
        known = cache.derived[name] = digest(data) if data is not None else ""
    return str(known)


def remember(cache: Cache, key: str, result: CatalogCheck) -> None:
    """A catalog's verdict, and its problems apart (kind "check-problems": shards of their own
    that `workflow status` never reads; `check_catalog` reads them when they are asked for)."""
    cache.put(
        "check",
        result.path,
        key,
        {
            "counts": [result.errors, result.warnings],
            "stats": [result.untranslated, result.machine, result.reviewed],
            "publishable": result.publishable,
        },
    )
    problems = [
        [p.check, p.severity, p.message, p.line, p.reference]
        if p.catalog == result.path and not p.details and p.span is None
        else p.__dict__
        for p in result.problems
    ]
    cache.put("check-problems", result.path, key, problems)


def _remembered_problems(cache: Cache, path: str, key: str) -> list[Problem] | None:
    """The problems `remember` stored for the catalog at `path` with this `key`, if kept."""
    hit = cache.get("check-problems", path, key)
    if not isinstance(hit, list):
        return None
    return [
        Problem(**p)
        if isinstance(p, dict)
        else Problem(
            str(p[0]),
            "error" if p[1] == "error" else "warning",
            str(p[2]),
            path,
            int(p[3]),
            str(p[4]),
        )
        for p in hit
    ]


def check_catalog(
    ws: Workspace,
    release_id: str,
    lang: Language,
    cache: Cache,
    get_release: Callable[[], Release],
    inputs: str,
) -> CatalogCheck:
    """A catalog's verdict from the cache when nothing changed; the release is only parsed
    when the catalog, settings or glossary changed."""
    result, data, key = _lookup(ws, release_id, lang, cache, get_release, inputs)
    if result.missing or result.from_cache:
        return result
    try:
        po = parse(data, result.path, cache)
    except CatalogError:  # a translator's save caught half-way: wait for it (or its error)
        got = guard.read_whole(ws, ws.catalog_path(release_id, lang))
        if got is None:
            result.missing = True
            return result
        po, data, _ = got
        key = verdict_key(ws, release_id, lang, data, inputs, cache)
    result = evaluate(ws, get_release(), lang, po, cache)
    remember(cache, key, result)
    return result


def _lookup(
    ws: Workspace,
    release_id: str,
    lang: Language,
    cache: Cache,
    get_release: Callable[[], Release],
    inputs: str,
) -> tuple[CatalogCheck, bytes, str]:
    """A catalog's row (missing, or remembered from the cache, or empty: to be checked), its
    bytes and its verdict key."""
    path = ws.catalog_path(release_id, lang)
    result = CatalogCheck(release_id, lang.code, ws.rel(path))
    data, _ = read(path)
    if data is None:
        result.missing = True
        return result, b"", ""
    key = verdict_key(ws, release_id, lang, data, inputs, cache)
    hit = cache.get("check", result.path, key)
    if not (isinstance(hit, dict) and "counts" in hit):
        return result, data, key
    errors, warnings = hit["counts"]

    def load() -> list[Problem]:
        found = _remembered_problems(cache, result.path, key)
        if found is None:  # its shard was lost: check the catalog again
            data, _ = read(path)
            po = pofile.parse(data or b"", path=result.path)
            found = problems(ws, get_release(), lang, po, cache) + office_problems(ws, lang)
        return found

    result.remembered((errors, warnings), load)
    result.untranslated, result.machine, result.reviewed = hit["stats"]
    result.publishable = hit["publishable"]
    return result, data, key


def annotate(
    ws: Workspace,
    rel: Release,
    lang: Language,
    *,
    now: str | None = None,
    cache: Cache | None = None,
) -> int:
    """Write each entry's problems as `check:` translator comments (Poedit shows them), and
    remove the ones that are fixed. Returns the number of entries annotated. A catalog written
    gets `now` as PO-Revision-Date and this program as X-Generator; an unchanged one is not
    written."""
    path = ws.catalog_path(rel.id, lang)
    data, snap = read(path)
    if data is None:
        return 0
    po = pofile.parse(data, path=ws.rel(path))
    found = registry.by_entry(problems(ws, rel, lang, po, cache))
    lines = {line: registry.annotation_lines(ps) for (_, line), ps in found.items()}
    if pofile.set_annotations(po, lines, registry.without_annotations):
        if current(path) != snap:
            raise ConcurrentEditError(
                "catalog changed while checking; not annotated",
                file=ws.rel(path),
                hint="run the command again",
            )
        header.revised(po.metadata, now or header.timestamp())
        atomic_write(path, pofile.dump(po))
    return len(lines)


def check_many(
    ws: Workspace, ids: Sequence[str], only: Sequence[Language] = (), *, isolate: bool = False
) -> list[CatalogCheck]:
    """The dashboard: every target catalog of the releases, from the cache where unchanged.
    With `isolate`, a release or catalog that cannot be read is a row of its own with its
    error (language "" for a release) and the others are checked; else its error is raised.

    The catalogs the cache does not know are checked after the others, in worker processes
    when there are many (a first status of a large workspace: one catalog per core at a time)."""
    cache = Cache.load(ws)
    inputs = inputs_digest(ws, cache)
    out: list[CatalogCheck] = []
    todo: list[_Todo] = []
    for release_id in ids:
        if not isolate:
            out += _check_release(ws, release_id, only, cache, inputs, todo=todo, at=len(out))
            continue
        try:
            rows = _check_release(
                ws, release_id, only, cache, inputs, isolate=True, todo=todo, at=len(out)
            )
        except WorkflowError as exc:
            path = ws.rel(ws.release_path(release_id))
            rows = [CatalogCheck(release_id, "", path, error=str(exc))]
            todo[:] = [t for t in todo if t.release.id != release_id]
        out += rows

    def in_worker(i: int) -> CatalogCheck:
        rel, lang = todo[i].release, todo[i].lang
        return check_catalog(ws, rel.id, lang, cache, lambda: rel, inputs).detached()

    checked = fanout.each(cache, len(todo), in_worker) or [None] * len(todo)
    for item, row in zip(todo, checked, strict=True):
        out[item.at] = row if row is not None else _checked_here(ws, item, cache, inputs, isolate)
    cache.save()
    return out


@dataclass(frozen=True)
class _Todo:
    """A catalog the cache has no verdict for: its row `at` in the dashboard."""

    at: int
    release: Release
    lang: Language


def _check_release(
    ws: Workspace,
    release_id: str,
    only: Sequence[Language],
    cache: Cache,
    inputs: str,
    *,
    todo: list[_Todo],
    at: int,
    isolate: bool = False,
) -> list[CatalogCheck]:
    """The rows of one release's catalogs; the release is parsed only when needed. A catalog
    the cache has no verdict for is added to `todo` (its row left empty, `at` counting the
    rows before this release's), not checked here."""
    loaded: list[Release] = []

    def get_release() -> Release:
        if not loaded:
            loaded.append(ws.load_release(release_id))
        return loaded[0]

    out: list[CatalogCheck] = []
    path = ws.release_path(release_id)
    data, _ = read(path)
    if data is None:
        return out
    key = _release_digest(ws, release_id, cache, data)  # also the verdict keys' part
    targets = cache.get("targets", ws.rel(path), key)
    if targets is None:
        targets = [t.code for t in get_release().targets]
        cache.put("targets", ws.rel(path), key, targets)
    for code in targets:
        lang = languages.parse(code)
        if only and lang not in only:
            continue
        try:
            row, _, _ = _lookup(ws, release_id, lang, cache, get_release, inputs)
            if not (row.missing or row.from_cache):  # its row is filled in once checked
                todo.append(_Todo(at + len(out), get_release(), lang))
            out.append(row)
        except CatalogError as exc:
            if not isolate:
                raise
            where = ws.rel(ws.catalog_path(release_id, lang))
            out.append(CatalogCheck(release_id, lang.code, where, error=str(exc)))
    return out


def _checked_here(
    ws: Workspace, item: _Todo, cache: Cache, inputs: str, isolate: bool
) -> CatalogCheck:
    """A catalog checked in this process (few to check, or a worker could not)."""
    rel, lang = item.release, item.lang
    try:
        return check_catalog(ws, rel.id, lang, cache, lambda: rel, inputs)
    except CatalogError as exc:
        if not isolate:
            raise
        where = ws.rel(ws.catalog_path(rel.id, lang))
        return CatalogCheck(rel.id, lang.code, where, error=str(exc))


def check_releases(
    ws: Workspace,
    ids: Sequence[str],
    only: Sequence[Language] = (),
    *,
    write: bool = False,
    now: str | None = None,
) -> tuple[list[Problem], int]:
    """`workflow check`: every problem of the releases' catalogs; with `write`, also annotate
    the catalogs (a catalog written is revised at `now`, by default the run's start). Returns
    the problems and the number of entries annotated. A release or catalog that cannot be read
    is one problem of its own (check "unreadable", with its file and line) and the others are
    checked."""
    cache = Cache.load(ws)
    found: list[Problem] = []
    annotated = 0
    now = now or header.timestamp()
    office_checked: set[str] = set()  # once a language, not once a release
    loaded: list[Release | Problem] = []
    for release_id in ids:
        try:
            loaded.append(ws.load_release(release_id))
        except WorkflowError as exc:
            loaded.append(unreadable(exc, ws.rel(ws.release_path(release_id))))
    catalogs = [
        (rel, lang)
        for rel in loaded
        if isinstance(rel, Release)
        for lang in rel.targets
        if not only or lang in only
    ]
    by_workers = _check_new_catalogs(ws, catalogs, cache)
    for rel in loaded:
        if isinstance(rel, Problem):
            found.append(rel)
            continue
        for lang in rel.targets:
            if only and lang not in only:
                continue
            path = ws.catalog_path(rel.id, lang)
            try:
                checked = by_workers.get((rel.id, lang.code))
                if checked is not None:
                    found += checked
                else:
                    data, _ = read(path)
                    if data is None:
                        continue
                    found += problems(ws, rel, lang, parse(data, ws.rel(path), cache), cache)
                if write:
                    annotated += annotate(ws, rel, lang, now=now, cache=cache)
            except CatalogError as exc:
                found.append(unreadable(exc, ws.rel(path)))
            if lang.code not in office_checked:
                office_checked.add(lang.code)
                found += office_problems(ws, lang)
    cache.save()
    return found, annotated


def _check_new_catalogs(
    ws: Workspace, catalogs: Sequence[tuple[Release, Language]], cache: Cache
) -> dict[tuple[str, str], list[Problem]]:
    """Check, in worker processes when there are many, the catalogs without an entry memo:
    their problems by (release, language), their memos put in `cache`. A catalog not in the
    result (few to check, none there, or one a worker could not read) is the caller's."""
    if len(catalogs) < fanout.PARALLEL_CATALOGS:
        return {}  # too few for workers: the caller checks them
    todo = [(rel, lang) for rel, lang in catalogs if not memo_known(ws, rel, lang, cache)]

    def in_worker(i: int) -> list[Problem] | None:
        rel, lang = todo[i]
        path = ws.catalog_path(rel.id, lang)
        data, _ = read(path)
        if data is None:
            return None
        return problems(ws, rel, lang, parse(data, ws.rel(path), cache), cache)

    done = fanout.each(cache, len(todo), in_worker)
    if done is None:
        return {}
    return {
        (rel.id, lang.code): found
        for (rel, lang), found in zip(todo, done, strict=True)
        if found is not None
    }


def unreadable(exc: WorkflowError, path: str) -> Problem:
    """A file the checks could not read, as a problem of its own (the error's file:line)."""
    return Problem(
        "unreadable",
        "error",
        exc.message + (f" ({exc.hint})" if exc.hint else ""),
        catalog=exc.file or path,
        line=exc.line or 0,
        details=exc.details,
    )
