"""The build step: catalog + release -> HTML -> PDF per language, final or draft.

A final build refuses a language with unreviewed entries (or check errors) and lists them; a
draft builds with machine text and a mark on every page that says why it is a draft (machine
text not reviewed, partly untranslated, untranslated, check errors), in the page's language.
An untranslated entry never falls back silently to the source language: in a draft it shows
in the source language inside the language's mark ("[non traduit : …]"), isolated in the
source language's direction (`render.untranslated`).
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from workflow.catalogs import guard, pofile
from workflow.catalogs.types import Catalog
from workflow.errors import CatalogError, PublishError, WorkflowError
from workflow.lang.languages import Language
from workflow.publish import proof, render, selfcheck, typeset
from workflow.quality import gate
from workflow.source import contact, markdown, segment
from workflow.source.release import Release
from workflow.workspace import Workspace
from workflow.workspace import office as office_texts
from workflow.workspace.cache import Cache
from workflow.workspace.fsio import atomic_write, check_inside, write_error
from workflow.workspace.workers import pool as workers_pool

if TYPE_CHECKING:
    from workflow.cluster.session import Cluster


@dataclass(frozen=True)
class Job:
    release: str
    language: str  # language code
    draft: bool
    proof: bool = False  # a bilingual proof instead of the language's PDF


@dataclass
class BuildResult:
    release: str
    language: str
    kind: str = ""  # "final", "draft" or "proof"
    pdf: str = ""
    pages: int = 0
    seconds: float = 0.0
    error: WorkflowError | None = None  # why the PDF was not built; the caller formats it
    check: gate.CatalogCheck | None = None  # the catalog's verdict, for the run's summary
    check_key: str = ""  # its cache key

    @property
    def ok(self) -> bool:
        return self.error is None


def office(ws: Workspace, lang: Language) -> tuple[str, str | None]:
    """Organisation name in `lang` and logo path, from workflow.toml [office]."""
    return office_texts.organisation(ws, lang), ws.settings.office.logo or None


def document(
    ws: Workspace,
    rel: Release,
    lang: Language,
    texts: dict[str, str] | None,
    *,
    draft: bool,
    draft_reason: str = "machine",
) -> render.Document:
    """The release in `lang`: `texts` maps source segments to translations (None: source)."""

    def tr(source: str) -> str:
        if texts is None:
            return source
        found = texts.get(source)
        return render.without_marks(found) if found is not None else render.untranslated(source)

    def block(b: markdown.Block) -> list[tuple[str, markdown.Joiner]]:
        pieces = segment.split(b.text, rel.language.base, b.refs)
        return segment.joiners([(tr(p.text), p.sep) for p in pieces], lang.spaced)

    organisation, logo = office(ws, lang)
    return render.Document(
        lang=lang.tag,
        title=markdown.inline_to_text(tr(rel.title)),
        dateline_place=markdown.inline_to_text(tr(rel.place)),
        date=rel.date,
        body_html=markdown.to_html(rel.body, block),
        organisation=organisation,
        source_lang=rel.language.tag,
        draft=draft,
        draft_reason=draft_reason,
        logo=logo,
        contact=contact.translated(rel.contact, tr) if rel.contact else None,
    )


def build_one(
    ws: Workspace,
    rel: Release,
    lang: Language,
    *,
    draft: bool,
) -> BuildResult:
    result, page = _prepare_one(ws, rel, lang, draft=draft)
    return _typeset_here(ws, result, page)


@dataclass(frozen=True)
class Page:
    """A document ready to typeset: its HTML (written), where its PDF goes, how to set it."""

    html: str
    pdf: Path
    lang: Language
    created: datetime.date
    also: tuple[str, ...] = ()


def _prepare_one(
    ws: Workspace, rel: Release, lang: Language, *, draft: bool
) -> tuple[BuildResult, Page]:
    """Everything of a build but the typesetting: the catalog, the gate, the HTML."""
    result = BuildResult(rel.id, lang.code)
    texts: dict[str, str] | None = None
    is_draft = False
    reason = "machine"
    if lang != rel.language:
        path, data, po = _catalog(ws, rel, lang)
        cache = Cache.load(ws)  # one for the checks and the key: the length model is fitted once
        verdict = gate.evaluate(ws, rel, lang, po, cache)
        result.check = verdict
        result.check_key = gate.verdict_key(
            ws, rel.id, lang, data, gate.inputs_digest(ws, cache), cache
        )
        cache.save()
        blocking = gate.blocking(ws, rel, lang, po, verdict.problems)
        if blocking and not draft:
            err = PublishError(
                f"{len(blocking)} problem{'' if len(blocking) == 1 else 's'} keep "
                f"{lang.code} from a final build",
                file=ws.rel(path),
                lang=lang.code,
                hint="review them, or build a draft with --draft",
            )
            err.blocking = tuple(blocking)
            raise err
        is_draft = bool(blocking)
        stats = pofile.stats(po)
        reason = render.draft_reason(
            untranslated=stats.untranslated, machine=stats.machine, reviewed=stats.reviewed
        )
        # machine text is in a draft, or in a final build where the office allows a share of it
        texts = pofile.translations(po, include_machine=True)
    doc = document(ws, rel, lang, texts, draft=is_draft, draft_reason=reason)
    if texts is None:  # the source language: it shows what the release says, or no PDF
        selfcheck.check_source_text(rel, doc.body_html)
    html = render.render_document(doc)
    page = _page(ws, rel, lang, f"{rel.id}.{lang.code}", html)
    result.kind = "draft" if is_draft else "final"
    result.pdf = ws.rel(page.pdf)
    return result, page


def _page(
    ws: Workspace, rel: Release, lang: Language, stem: str, html: str, also: tuple[str, ...] = ()
) -> Page:
    """Write output/<id>/<stem>.html (atomically); the page whose PDF is <stem>.pdf."""
    out_dir = ws.output / rel.id
    check_inside(out_dir)  # before making folders: never one outside the workspace
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(exc, out_dir) from None
    atomic_write(out_dir / f"{stem}.html", html.encode("utf-8"))
    return Page(html, out_dir / f"{stem}.pdf", lang, rel.date, also)


def _typeset_here(ws: Workspace, result: BuildResult, page: Page) -> BuildResult:
    """Typeset the page in this process and write its PDF (atomically)."""
    report = typeset.typeset(
        page.html,
        page.pdf,
        assets_dir=ws.root / "assets",
        lang=page.lang.tag,
        created=page.created,
        also=page.also,
    )
    result.pages = report.pages
    result.seconds = report.seconds
    return result


def build_proof(
    ws: Workspace,
    rel: Release,
    lang: Language,
    problems: Mapping[str, Sequence[str]] | None = None,
) -> BuildResult:
    """The bilingual proof of `lang`: output/<id>/<id>.<lang>.proof.pdf (and .html).

    Always allowed (it exists to review unreviewed text). `problems` maps msgids to check
    messages, shown in their rows.
    """
    result, page = _prepare_proof(ws, rel, lang, problems)
    return _typeset_here(ws, result, page)


def _prepare_proof(
    ws: Workspace,
    rel: Release,
    lang: Language,
    problems: Mapping[str, Sequence[str]] | None = None,
) -> tuple[BuildResult, Page]:
    if lang == rel.language:
        raise CatalogError(
            "no proof for the source language",
            lang=lang.code,
            hint="a proof compares the source with a target language",
        )
    path, _, po = _catalog(ws, rel, lang)
    if problems is None:
        problems = _problems_by_msgid(ws, rel, lang, po)
    rows = proof.rows(rel, proof.entries(po), catalog_file=ws.rel(path), problems=problems)
    organisation, _ = office(ws, rel.language)
    doc = render.ProofDocument(
        source_lang=rel.language.tag,
        target_lang=lang.tag,
        title=markdown.inline_to_text(rel.title),
        date=rel.date,
        catalog=ws.rel(path),
        rows=rows,
        summary=proof.summary(rows),
        organisation=organisation,
    )
    html = render.render_proof(doc)
    page = _page(ws, rel, lang, f"{rel.id}.{lang.code}.proof", html, also=(rel.language.tag,))
    return BuildResult(rel.id, lang.code, kind="proof", pdf=ws.rel(page.pdf)), page


def _catalog(ws: Workspace, rel: Release, lang: Language) -> tuple[Path, bytes, Catalog]:
    """The release's catalog for `lang`: its path, bytes and parsed form."""
    path = ws.catalog_path(rel.id, lang)
    got = guard.read_whole(ws, path)  # a translator's save caught half-way is waited for
    if got is None:
        raise CatalogError(
            "no catalog", file=ws.rel(path), lang=lang.code, hint="run `workflow extract`"
        )
    po, data, _ = got
    return path, data, po


def _problems_by_msgid(
    ws: Workspace, rel: Release, lang: Language, po: Catalog
) -> dict[str, list[str]]:
    """The checks' findings on the catalog, by the msgid of the entry they are about."""
    msgid_at = pofile.msgids_by_line(po)
    found: dict[str, list[str]] = {}
    for p in gate.problems(ws, rel, lang, po):
        found.setdefault(msgid_at.get(p.line, ""), []).append(
            f"{p.severity}: {p.check}: {p.message}"
        )
    return found


def _job(ws: Workspace, job: Job) -> BuildResult:
    from workflow.lang import languages

    lang = languages.parse(job.language)
    try:
        rel = ws.load_release(job.release)
        if job.proof:
            return build_proof(ws, rel, lang)
        return build_one(ws, rel, lang, draft=job.draft)
    except WorkflowError as exc:
        return BuildResult(job.release, job.language, error=exc)


def run(
    ws: Workspace,
    jobs: Sequence[Job],
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
    cluster: Cluster | None = None,
) -> list[BuildResult]:
    """Build every job, languages in parallel processes (or typeset on the cluster's
    workers); results in job order."""
    if cluster is not None:
        return _run_on(cluster, ws, jobs, progress)
    workers = workers or min(len(jobs), os.cpu_count() or 1)
    results: dict[int, BuildResult] = {}
    if progress:
        progress(0, len(jobs))
    if workers <= 1 or len(jobs) <= 1:
        for i, job in enumerate(jobs):
            results[i] = _job(ws, job)
            if progress:
                progress(i + 1, len(jobs))
    else:
        # forked workers inherit the font caches: one fc-list run instead of one per worker
        typeset.preload_fonts({job.language for job in jobs})
        with workers_pool(workers) as pool:
            futures = {pool.submit(_job, ws, job): i for i, job in enumerate(jobs)}
            for n, fut in enumerate(as_completed(futures), start=1):
                results[futures[fut]] = fut.result()
                if progress:
                    progress(n, len(jobs))
    return [results[i] for i in range(len(jobs))]


def _prepare_job(ws: Workspace, job: Job) -> tuple[BuildResult, Page | None]:
    from workflow.lang import languages

    lang = languages.parse(job.language)
    try:
        rel = ws.load_release(job.release)
        if job.proof:
            return _prepare_proof(ws, rel, lang)
        return _prepare_one(ws, rel, lang, draft=job.draft)
    except WorkflowError as exc:
        return BuildResult(job.release, job.language, error=exc), None


def _run_on(
    cluster: Cluster,
    ws: Workspace,
    jobs: Sequence[Job],
    progress: Callable[[int, int], None] | None,
) -> list[BuildResult]:
    """This process reads the catalogs, applies the gate and writes the HTML, one job after
    the other while the workers typeset; each PDF comes back as bytes and is written here,
    atomically: a worker that dies leaves no file, and its page is typeset again elsewhere."""
    from workflow.cluster.tasks import TypesetJob, read_assets

    assets = read_assets(ws.root / "assets")
    results: list[BuildResult] = [BuildResult(j.release, j.language) for j in jobs]
    sent: list[tuple[int, Page]] = []
    done = 0

    def tick() -> None:
        if progress:
            progress(done, len(jobs))

    def pages() -> Iterator[TypesetJob]:
        nonlocal done
        for i, job in enumerate(jobs):
            results[i], page = _prepare_job(ws, job)
            if page is None:
                done += 1
                tick()
                continue
            sent.append((i, page))
            yield TypesetJob(
                page.html, str(page.pdf), page.lang.tag, page.created, page.also, assets
            )

    tick()
    for n, outcome in cluster.typeset(pages()):
        i, page = sent[n]
        result = results[i]
        if outcome.error is not None:
            result.error = outcome.error
        else:
            try:
                atomic_write(page.pdf, outcome.pdf)
                result.pages, result.seconds = outcome.pages, outcome.seconds
            except OSError as exc:
                result.error = write_error(exc, page.pdf)
        done += 1
        tick()
    return results
