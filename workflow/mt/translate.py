"""The translate step: fill catalogs from translation memory, then from a machine engine.

Segments go to the engine in batches across all entries of a catalog and across catalogs of the
same language pair. After each batch the catalogs it touched are written atomically, so an
interrupt loses at most the batch in flight. A translator's save made during the run is noticed
before writing: the file is read again, their entries win, and only entries still open get the
machine text; a save caught half-way (an editor emptying the file, then writing it) is waited
for, and if the file stays cut off that catalog fails and nothing is written to it (`guard`).
Every state read or written is kept in the catalog history. A catalog written gets the run's
time as PO-Revision-Date and this program as X-Generator, as an editor's save would
(`header.revised`); one nothing was filled into is not written.

Everything is decided per catalog: a catalog with nothing to translate never asks for an engine;
a language people translate (`[engines] <lang> = "none"`) never asks for one either; a pair no
engine can translate leaves its catalogs' open entries waiting (one `NoEngine` per pair, with
what to do) and every other catalog is translated; a catalog that cannot be read fails alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from workflow.catalogs import glossary, guard, header, memory, pofile
from workflow.catalogs.types import Catalog
from workflow.errors import CatalogError, ConcurrentEditError, EngineError, ModelError
from workflow.lang import languages
from workflow.lang.languages import Language
from workflow.mt import protect
from workflow.mt.engines.base import Engine, Provenance, within
from workflow.mt.engines.select import Engines
from workflow.source.release import Release
from workflow.workspace import Workspace
from workflow.workspace.fsio import Snapshot, atomic_write, current

if TYPE_CHECKING:
    from workflow.cluster.session import Cluster

Progress = Callable[[int, int], None]
DEFAULT_BATCH = 32
MAX_MERGES = 20  # translator's saves merged in one write before giving up on the catalog


@dataclass
class CatalogResult:
    release: str
    language: str
    path: str
    engine: str = ""
    memory: int = 0  # filled from translation memory
    machine: int = 0  # filled by the engine
    flagged: int = 0  # machine text whose protected spans could not all be restored
    kept_edits: int = 0  # times a translator's concurrent save was merged in
    converted_from: str = ""  # legacy charset the catalog was in (written back in UTF-8)
    waiting: int = 0  # open entries left for people (people-only language, or no engine)
    people_only: bool = False  # [engines] <lang> = "none"
    no_engine: str = ""  # why no engine translated its open entries
    error: str = ""
    lasting: bool = False  # the error follows from the file as it is (not a save caught)


@dataclass(frozen=True)
class NoEngine:
    """A language pair with open entries and no engine: said once per run, not per catalog."""

    src: str
    tgt: str
    why: str  # the engine selection's message
    advice: str  # install (exact command), mark people-only, or translate by hand
    entries: int
    catalogs: int

    def __str__(self) -> str:
        return (
            f"{self.why} ({self.entries} entr{'y' if self.entries == 1 else 'ies'} in "
            f"{self.catalogs} catalog{'' if self.catalogs == 1 else 's'} wait): {self.advice}"
        )


@dataclass
class TranslateReport:
    catalogs: list[CatalogResult] = field(default_factory=list)
    no_engine: list[NoEngine] = field(default_factory=list)

    @property
    def segments(self) -> int:
        return sum(c.machine + c.memory for c in self.catalogs if not c.error)


@dataclass
class _Open:
    """A catalog being filled: what we read, and what we wrote into it so far."""

    path: Path
    lang: Language
    po: Catalog
    snap: Snapshot
    data: bytes  # the bytes `snap` is of
    result: CatalogResult
    filled: dict[str, tuple[str, list[str], bool]] = field(default_factory=dict)
    dirty: bool = False
    remembered: bool = False  # the catalog as read is in the history


@dataclass(frozen=True)
class Options:
    languages: tuple[Language, ...] = ()
    engine: str | None = None
    retranslate: bool = False
    batch_size: int = DEFAULT_BATCH
    now: str | None = None  # the run's time for PO-Revision-Date (None: when the run starts)


@dataclass
class _Pair:
    """The machine work of one language pair: (catalog, msgid) in catalog order."""

    src: Language
    tgt: Language
    items: list[tuple[_Open, str]] = field(default_factory=list)
    engine: Engine | None = None


def run(
    ws: Workspace,
    releases: Sequence[Release],
    options: Options,
    progress: Progress | None = None,
    engines: Engines | None = None,
    cluster: Cluster | None = None,
) -> TranslateReport:
    """Translate the open entries of the releases' catalogs. Pass `engines` to keep models
    loaded across calls (a batch run translating language by language), `cluster` to have
    its workers do the machine translation (this process still reads, merges and writes).

    Steps: open every catalog (a malformed one fails alone, with its file:line), fill from
    translation memory and plan the machine work per language pair, choose the engines (a
    people-only language or a pair without engine leaves its entries waiting, said once per
    pair), save the memory reuses, then translate batch by batch, saving after each (an engine
    failing at run time fails the catalogs of its pair that it had not finished)."""
    report = TranslateReport()
    options = replace(options, now=options.now or header.timestamp())
    gloss = glossary.load(ws.locales)
    opened = _open_catalogs(ws, releases, options, report)
    pairs = _reuse_memory_and_plan(ws, opened, options)
    _choose_engines(pairs, engines or Engines(ws), options, report)
    for _, cat in opened:
        _save(ws, cat, options)
    total = sum(len(pair.items) for pair in pairs.values())
    done = 0
    if progress:
        progress(done, total)
    if cluster is not None:
        _translate_on(cluster, ws, list(pairs.values()), gloss, options, progress)
        return report
    for pair in pairs.values():
        for start in range(0, len(pair.items), options.batch_size):
            chunk = pair.items[start : start + options.batch_size]
            try:
                _translate_chunk(ws, pair, chunk, gloss, options)
            except EngineError as exc:  # this pair's engine broke: its unfinished catalogs fail
                for cat, _ in pair.items[start:]:
                    cat.result.error = cat.result.error or str(exc)
                break
            finally:
                done += len(chunk)
                if progress:
                    progress(done, total)
    return report


def _choose_engines(
    pairs: dict[tuple[str, str], _Pair], engines: Engines, options: Options, report: TranslateReport
) -> None:
    """An engine for each pair with machine work; the pairs that get none leave the plan, their
    entries waiting in their catalogs (people-only: silently; no engine: one `NoEngine`)."""
    for key, pair in list(pairs.items()):
        cats = {id(cat): cat for cat, _ in pair.items}
        for cat, _ in pair.items:
            cat.result.waiting += 1
        if engines.people_only(pair.tgt, options.engine):
            for cat in cats.values():
                cat.result.people_only = True
            del pairs[key]
            continue
        try:
            pair.engine = engines.choose(pair.src, pair.tgt, options.engine)
        except ModelError as exc:
            report.no_engine.append(
                NoEngine(
                    pair.src.tag,
                    pair.tgt.tag,
                    exc.message,
                    engines.advice(pair.src, pair.tgt),
                    len(pair.items),
                    len(cats),
                )
            )
            for cat in cats.values():
                cat.result.no_engine = exc.message
            del pairs[key]
            continue
        for cat, _ in pair.items:
            cat.result.waiting -= 1


def _open_catalogs(
    ws: Workspace, releases: Sequence[Release], options: Options, report: TranslateReport
) -> list[tuple[Release, _Open]]:
    opened: list[tuple[Release, _Open]] = []
    for rel in releases:
        for lang in rel.targets:
            if options.languages and lang not in options.languages:
                continue
            path = ws.catalog_path(rel.id, lang)
            result = CatalogResult(rel.id, lang.code, ws.rel(path))
            report.catalogs.append(result)
            try:
                got = guard.read_whole(ws, path, settle=False)
            except CatalogError as exc:  # this catalog fails; the others go on
                result.error = str(exc)
                result.lasting = not isinstance(
                    exc, (guard.HalfSavedCatalogError, ConcurrentEditError)
                )
                continue
            if got is None:
                result.error = str(
                    CatalogError(
                        "no catalog yet",
                        file=ws.rel(path),
                        lang=lang.code,
                        hint="run `workflow extract` first",
                    )
                )
                continue
            po, data, snap = got
            opened.append((rel, _Open(path, lang, po, snap, data, result)))
    return opened


def _reuse_memory_and_plan(
    ws: Workspace, opened: Sequence[tuple[Release, _Open]], options: Options
) -> dict[tuple[str, str], _Pair]:
    """Fill what the office's reviewed wording in other catalogs has (in memory only); what
    is left goes to the machine, grouped by language pair."""
    reuse_reviewed = ws.settings.translate.memory_reviewed
    pairs: dict[tuple[str, str], _Pair] = {}
    memories: dict[str, memory.Memory] = {}
    for rel, cat in opened:
        todo = pofile.to_translate(cat.po, retranslate=options.retranslate)
        if not todo:
            continue
        mem = memories.get(cat.lang.code)
        if mem is None:
            mem = memories[cat.lang.code] = memory.build(ws, cat.lang)
        for msgid in todo:
            hit = mem.lookup(msgid)
            if hit is not None and hit[1] != cat.result.path:
                notes = [f"{pofile.TM_PREFIX}{hit[1]}"]
                _fill(cat, msgid, hit[0], notes, fuzzy=not reuse_reviewed, options=options)
                cat.result.memory += 1
            else:
                key = (rel.language.code, cat.lang.code)
                pair = pairs.setdefault(key, _Pair(rel.language, cat.lang))
                pair.items.append((cat, msgid))
    return pairs


def _translate_chunk(
    ws: Workspace,
    pair: _Pair,
    chunk: Sequence[tuple[_Open, str]],
    gloss: glossary.Glossary,
    options: Options,
) -> None:
    """Machine-translate one batch with its markup protected, fill it, save what it touched."""
    engine, src, tgt = pair.engine, pair.src, pair.tgt
    assert engine is not None  # chosen before any translation
    prov = engine.provenance(src.tag, tgt.tag)
    texts = machine_texts(
        engine,
        src,
        tgt,
        [msgid for _, msgid in chunk],
        *protected_terms(gloss, tgt),
        timeout=ws.settings.translate.call_timeout,
    )
    _apply(ws, chunk, texts, prov, options)


@dataclass(frozen=True)
class Machine:
    """A segment's machine text, and what could not be restored in it ("" if all was)."""

    text: str
    warning: str = ""


def protected_terms(
    gloss: glossary.Glossary, tgt: Language
) -> tuple[tuple[str, ...], tuple[tuple[str, str | None], ...]]:
    """The glossary's protected terms, and its names with their form in `tgt`."""
    terms = tuple(t.term for t in gloss.protected())
    names = tuple((t.term, t.form(tgt.code)) for t in gloss.protected() if t.kind == "name")
    return terms, names


def machine_texts(
    engine: Engine,
    src: Language,
    tgt: Language,
    msgids: Sequence[str],
    terms: Sequence[str],
    names: Sequence[tuple[str, str | None]],
    *,
    timeout: float,
) -> list[Machine]:
    """The pure, heavy part of a batch: protect, translate, restore, put names in their form.
    Runs here, or on a cluster's worker (`workflow.cluster.tasks`): the same texts either way."""
    results = protect.translate_protected(
        msgids,
        lambda texts: within(
            timeout, lambda batch: engine.translate_batch(batch, src.tag, tgt.tag), texts
        ),
        list(terms),
        notation=languages.notation(src),
        target_notation=languages.notation(tgt),
    )
    out: list[Machine] = []
    for restored in results:
        text = restored.text
        for term, form in names:
            if form and form != term:
                text = text.replace(term, form)
        warning = "" if restored.ok else "; ".join(p.message for p in restored.problems)
        out.append(Machine(text, warning))
    return out


def _apply(
    ws: Workspace,
    chunk: Sequence[tuple[_Open, str]],
    texts: Sequence[Machine],
    prov: Provenance,
    options: Options,
) -> None:
    """Fill a batch's machine texts into their catalogs and save the catalogs it touched."""
    touched: dict[int, _Open] = {}
    for (cat, msgid), machine in zip(chunk, texts, strict=True):
        notes = [prov.comment()]
        if machine.warning:
            notes.append(f"{pofile.WARNING_PREFIX}{machine.warning}")
            cat.result.flagged += 1
        _fill(cat, msgid, machine.text, notes, fuzzy=True, options=options)
        cat.result.machine += 1
        cat.result.engine = _describe(prov)
        touched[id(cat)] = cat
    for cat in touched.values():
        _save(ws, cat, options)


def _translate_on(
    cluster: Cluster,
    ws: Workspace,
    pairs: Sequence[_Pair],
    gloss: glossary.Glossary,
    options: Options,
    progress: Progress | None,
) -> None:
    """The batches of every pair go to the cluster's workers at once; each result is filled
    and saved here as it comes back. A batch that failed (a worker without the pair's model)
    fails the catalogs it belongs to, each with the worker's message."""
    from workflow.cluster.tasks import TranslateJob

    chunks = [
        (pair, pair.items[start : start + options.batch_size])
        for pair in pairs
        for start in range(0, len(pair.items), options.batch_size)
    ]
    jobs = []
    for pair, chunk in chunks:
        assert pair.engine is not None  # chosen before any translation
        terms, names = protected_terms(gloss, pair.tgt)
        jobs.append(
            TranslateJob(
                pair.engine.name,
                pair.src,
                pair.tgt,
                tuple(msgid for _, msgid in chunk),
                terms,
                names,
                ws.settings.translate.call_timeout,
            )
        )
    total, done = sum(len(chunk) for _, chunk in chunks), 0
    for i, outcome in cluster.translate(jobs):
        _, chunk = chunks[i]
        if outcome.error is not None or outcome.provenance is None:
            for cat, _ in chunk:
                cat.result.error = cat.result.error or str(outcome.error)
        else:
            _apply(ws, chunk, outcome.texts, outcome.provenance, options)
        done += len(chunk)
        if progress:
            progress(done, total)


def _describe(prov: Provenance) -> str:
    return f"{prov.engine} {prov.model} {prov.version}"


def _fill(
    cat: _Open, msgid: str, msgstr: str, notes: list[str], *, fuzzy: bool, options: Options
) -> None:
    """Fill an entry unless it stopped being open (a translator's save merged in meanwhile)."""
    if not pofile.can_fill(cat.po, msgid, retranslate=options.retranslate):
        return
    if pofile.fill(cat.po, msgid, msgstr, notes, fuzzy=fuzzy):
        cat.filled[msgid] = (msgstr, notes, fuzzy)
        cat.dirty = True


def _save(ws: Workspace, cat: _Open, options: Options) -> None:
    """Write the catalog if we changed it; if a translator saved it meanwhile, merge first.
    A save that leaves the file half-written for long fails this catalog only: nothing is
    written to it, and both its last good state and ours are kept in the catalog history."""
    if not cat.dirty:
        return
    if not cat.result.error:
        try:
            _merge_and_write(ws, cat, options)
            return
        except guard.HalfSavedCatalogError as exc:
            cat.result.error = str(exc)
    # failed: the machine work goes on into the history only
    guard.remember(ws, cat.path, pofile.dump(cat.po), cat.po, "translate, not written")
    cat.dirty = False


def _merge_and_write(ws: Workspace, cat: _Open, options: Options) -> None:
    if not cat.remembered:  # the catalog as read, before our first write over it
        guard.remember(ws, cat.path, cat.data, pofile.parse(cat.data, path=cat.result.path), "read")
        cat.remembered = True
    for _ in range(MAX_MERGES):
        if current(cat.path) != cat.snap:
            _merge_translator_save(ws, cat, options)
        header.revised(cat.po.metadata, options.now or header.timestamp())
        payload = pofile.dump(cat.po)
        if current(cat.path) == cat.snap:  # nobody saved while we merged and dumped
            break
    else:
        raise guard.HalfSavedCatalogError(
            f"catalog kept changing ({MAX_MERGES} saves during one write); nothing written to it",
            file=cat.result.path,
            hint="run the command again when the editor is done",
        )
    cat.result.converted_from = cat.po.converted_from or cat.result.converted_from
    atomic_write(cat.path, payload)
    cat.data, cat.snap = payload, Snapshot.of_bytes(payload)
    guard.remember(ws, cat.path, payload, cat.po, "translate")
    cat.dirty = False


def _merge_translator_save(ws: Workspace, cat: _Open, options: Options) -> None:
    """Read the translator's save (once whole: see `guard`), keep it, fill what is still open."""
    got = guard.read_whole(ws, cat.path, cat.po)
    if got is None:
        raise CatalogError(
            "catalog was deleted during the run; nothing written", file=cat.result.path
        )
    fresh, data, snap = got
    guard.remember(ws, cat.path, data, fresh, "translator's save")
    for msgid, (msgstr, notes, fuzzy) in cat.filled.items():
        if pofile.can_fill(fresh, msgid, retranslate=options.retranslate):
            pofile.fill(fresh, msgid, msgstr, notes, fuzzy=fuzzy)
    cat.po, cat.data, cat.snap = fresh, data, snap
    cat.result.kept_edits += 1
