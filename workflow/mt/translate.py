"""The translate step: fill catalogs from translation memory, then from a machine engine.

Segments go to the engine in batches across all entries of a catalog and across catalogs of the
same language pair. After each batch the catalogs it touched are written atomically, so an
interrupt loses at most the batch in flight. A translator's save made during the run is noticed
before writing: the file is read again, their entries win, and only entries still open get the
machine text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workflow.catalogs import glossary, memory, pofile
from workflow.errors import CatalogError
from workflow.lang import languages
from workflow.lang.languages import Language
from workflow.mt import protect
from workflow.mt.engines.base import Engine, Provenance
from workflow.mt.engines.select import Engines
from workflow.source.release import Release
from workflow.workspace import Workspace
from workflow.workspace.fsio import Snapshot, atomic_write, current, read

Progress = Callable[[int, int], None]
DEFAULT_BATCH = 32


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
    error: str = ""


@dataclass
class TranslateReport:
    catalogs: list[CatalogResult] = field(default_factory=list)

    @property
    def segments(self) -> int:
        return sum(c.machine + c.memory for c in self.catalogs)


@dataclass
class _Open:
    """A catalog being filled: what we read, and what we wrote into it so far."""

    path: Path
    lang: Language
    po: Any
    snap: Snapshot
    result: CatalogResult
    filled: dict[str, tuple[str, list[str], bool]] = field(default_factory=dict)
    dirty: bool = False


@dataclass(frozen=True)
class Options:
    languages: tuple[Language, ...] = ()
    engine: str | None = None
    retranslate: bool = False
    batch_size: int = DEFAULT_BATCH


def run(
    ws: Workspace,
    releases: Sequence[Release],
    options: Options,
    progress: Progress | None = None,
    engines: Engines | None = None,
) -> TranslateReport:
    """Translate the open entries of the releases' catalogs. Pass `engines` to keep models
    loaded across calls (a batch run translating language by language)."""
    report = TranslateReport()
    gloss = glossary.load(ws.locales)
    engines = engines or Engines(ws)
    memory_reuse_reviewed = bool(ws.settings.get("translate", {}).get("memory_reviewed", False))

    # open every catalog first: a malformed one stops the run before anything is written
    opened: list[tuple[Release, _Open]] = []
    for rel in releases:
        for lang in rel.targets:
            if options.languages and lang not in options.languages:
                continue
            path = ws.catalog_path(rel.id, lang)
            data, snap = read(path)
            if data is None:
                raise CatalogError(
                    "no catalog yet",
                    file=ws.rel(path),
                    lang=lang.code,
                    hint="run `workflow extract` first",
                )
            po = pofile.parse(data, path=ws.rel(path))
            result = CatalogResult(rel.id, lang.code, ws.rel(path))
            report.catalogs.append(result)
            opened.append((rel, _Open(path, lang, po, snap, result)))

    # translation memory, then the work per language pair
    work: dict[tuple[str, str], list[tuple[_Open, str]]] = {}
    pair_langs: dict[tuple[str, str], tuple[Language, Language]] = {}
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
                _fill(
                    cat,
                    msgid,
                    hit[0],
                    notes,
                    fuzzy=not memory_reuse_reviewed,
                    retranslate=options.retranslate,
                )
                cat.result.memory += 1
            else:
                key = (rel.language.code, cat.lang.code)
                pair_langs[key] = (rel.language, cat.lang)
                work.setdefault(key, []).append((cat, msgid))
    # choose engines before writing anything, so a missing model fails fast and changes nothing
    chosen: dict[tuple[str, str], Engine] = {}
    for key, (src, tgt) in pair_langs.items():
        chosen[key] = engines.choose(src, tgt, options.engine)
    for _, cat in opened:
        _save(ws, cat, options)

    total = sum(len(items) for items in work.values())
    done = 0
    if progress:
        progress(done, total)
    for key, items in work.items():
        src, tgt = pair_langs[key]
        engine = chosen[key]
        prov = engine.provenance(src.tag, tgt.tag)
        terms = [t.term for t in gloss.protected()]
        names = [(t.term, t.form(tgt.code)) for t in gloss.protected() if t.kind == "name"]

        def translate_texts(
            texts: list[str], engine: Engine = engine, src: Language = src, tgt: Language = tgt
        ) -> list[str]:
            return engine.translate_batch(texts, src.tag, tgt.tag)

        for start in range(0, len(items), options.batch_size):
            chunk = items[start : start + options.batch_size]
            results = protect.translate_protected(
                [msgid for _, msgid in chunk],
                translate_texts,
                terms,
                notation=languages.notation(src),
                target_notation=languages.notation(tgt),
            )
            touched: dict[int, _Open] = {}
            for (cat, msgid), restored in zip(chunk, results, strict=True):
                text = restored.text
                for term, form in names:
                    if form and form != term:
                        text = text.replace(term, form)
                notes = [prov.comment()]
                if not restored.ok:
                    problems = "; ".join(p.message for p in restored.problems)
                    notes.append(f"{pofile.WARNING_PREFIX}{problems}")
                    cat.result.flagged += 1
                _fill(cat, msgid, text, notes, fuzzy=True, retranslate=options.retranslate)
                cat.result.machine += 1
                cat.result.engine = _describe(prov)
                touched[id(cat)] = cat
            for cat in touched.values():
                _save(ws, cat, options)
            done += len(chunk)
            if progress:
                progress(done, total)
    return report


def _describe(prov: Provenance) -> str:
    return f"{prov.engine} {prov.model} {prov.version}"


def _fill(
    cat: _Open, msgid: str, msgstr: str, notes: list[str], *, fuzzy: bool, retranslate: bool
) -> None:
    """Fill an entry unless it stopped being open (a translator's save merged in meanwhile)."""
    if not pofile.can_fill(cat.po, msgid, retranslate=retranslate):
        return
    if pofile.fill(cat.po, msgid, msgstr, notes, fuzzy=fuzzy):
        cat.filled[msgid] = (msgstr, notes, fuzzy)
        cat.dirty = True


def _save(ws: Workspace, cat: _Open, options: Options) -> None:
    """Write the catalog if we changed it; if a translator saved it meanwhile, merge first."""
    if not cat.dirty:
        return
    now = current(cat.path)
    if now != cat.snap:
        data, snap = read(cat.path)
        if data is None:
            raise CatalogError(
                "catalog was deleted during the run; nothing written", file=cat.result.path
            )
        fresh = pofile.parse(data, path=cat.result.path)
        for msgid, (msgstr, notes, fuzzy) in cat.filled.items():
            if pofile.can_fill(fresh, msgid, retranslate=options.retranslate):
                pofile.fill(fresh, msgid, msgstr, notes, fuzzy=fuzzy)
        cat.po, cat.snap = fresh, snap
        cat.result.kept_edits += 1
    payload = pofile.dump(cat.po)
    atomic_write(cat.path, payload)
    cat.snap = Snapshot.of_bytes(payload)
    cat.dirty = False
