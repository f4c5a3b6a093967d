"""`workflow serve`: the board, the release pages, Run and Build draft, PDF downloads.

Pages are Jinja2 templates (`serve/templates/`) rendered on the server: everything works with
JavaScript off, but the live progress of a run (server-sent events; without JavaScript the run
page reloads itself). Only two actions write to the workspace, both POST forms with the page's
form token, both under the workspace lock: Run (`run.batch`, as `workflow run`) and Build draft
(one language, as `workflow build --draft`).
"""

from __future__ import annotations

import asyncio
import json
import sys
import traceback
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from workflow import status
from workflow.errors import (
    LanguageError,
    ReleaseError,
    RequestError,
    WorkflowError,
    WorkspaceError,
)
from workflow.lang import languages
from workflow.publish.render import PageRenderer, page_renderer
from workflow.serve import board, detail, guard, web
from workflow.serve.runner import Job, Runner
from workflow.serve.web import Request, Response
from workflow.workspace import Workspace

TEMPLATES = Path(__file__).parent / "templates"
STATIC = {"serve.css": "text/css", "progress.js": "text/javascript"}
TITLES = {400: "Bad request", 401: "Token needed", 403: "Refused", 404: "Not found"}


@dataclass
class Server:
    ws: Workspace
    token: str | None
    runner: Runner
    csrf: str = field(default_factory=guard.new_secret)
    render: PageRenderer = field(default_factory=lambda: page_renderer(TEMPLATES))
    built: dict[tuple[str, str], str] = field(default_factory=dict)  # failed draft builds
    notes: dict[str, str] = field(default_factory=dict)  # release -> last build's outcome
    memo: board.Memo = field(default_factory=board.Memo)  # the board's computed status

    def failures(self) -> dict[tuple[str, str], str]:
        return {**self.runner.failures(), **self.built}

    def page(self, name: str, status: int = 200, **context: Any) -> Response:
        context.setdefault("running", self.runner.current())
        return web.html(self.render(name, {"csrf": self.csrf, **context}), status)


def create_app(ws: Workspace, *, token: str | None = None) -> Any:
    """The ASGI application for a workspace (`token`: every request must carry it)."""
    server = Server(ws, token, Runner(ws.root))

    async def error_page(request: Request, exc: Exception) -> Response:
        status, title, message, hint = _describe(exc)
        return server.page(
            "error.html.j2", status, title=title, message=message, hint=hint, path=request.url.path
        )

    async def before(request: Request) -> Response | None:
        try:
            return _admit(server, request)
        except RequestError as exc:
            return await error_page(request, exc)

    async def board_page(request: Request) -> Response:
        filters = _filters(request.query_params)
        data = await web.in_thread(board.collect, ws, filters, server.failures(), server.memo)
        links = _page_links(filters, data.pages)
        return server.page("board.html.j2", board=data, links=links)

    def _status_rows() -> list[dict[str, object]]:  # as `workflow status --json`: a broken
        return status.rows(ws, ws.release_ids(), isolate=True)  # release is a row of its own

    async def status_json(request: Request) -> Response:
        rows = await web.in_thread(_status_rows)
        body = json.dumps(rows, indent=2, ensure_ascii=False)
        return web.Response(body, media_type="application/json")

    async def release_page(request: Request) -> Response:
        release_id = request.path_params["release_id"]
        page = await web.in_thread(detail.collect, ws, release_id, server.failures())
        return server.page("release.html.j2", page=page, note=server.notes.get(release_id, ""))

    async def run_action(request: Request) -> Response:
        form = await web.form(request)
        guard.check_form(form, server.csrf, request.headers, request.headers.get("host", ""))
        names = [n for n in form.get("release", "").split(",") if n]
        await web.in_thread(ws.resolve_ids, names)  # an unknown release: a clear page, no run
        job = await web.in_thread(server.runner.start, names)
        return web.redirect(f"/run/{job.id}")

    async def run_page(request: Request) -> Response:
        job = _job(server, request)
        return server.page("run.html.j2", job=job, steps=_steps(job))

    async def run_events(request: Request) -> Response:
        return web.event_stream(_events(_job(server, request)))

    async def build_action(request: Request) -> Response:
        release_id = request.path_params["release_id"]
        form = await web.form(request)
        guard.check_form(form, server.csrf, request.headers, request.headers.get("host", ""))
        await web.in_thread(ws.resolve_ids, [release_id])
        rel = await web.in_thread(ws.load_release, release_id)
        lang = languages.parse(form.get("lang", ""), source="lang")
        if lang not in (rel.language, *rel.targets):
            raise RequestError(f"{lang.code} is not a language of this release", status=400)
        busy = server.runner.current()
        if busy is not None:
            raise WorkspaceError(f"a run is working on this workspace: {busy.holder()}")
        result = await web.in_thread(_build_draft, ws, release_id, lang.code)
        key = (release_id, lang.code)
        if result.ok:
            server.built.pop(key, None)
            server.notes[release_id] = f"{lang.code}: built {result.kind} {result.pdf}"
        else:
            server.built[key] = str(result.error)
            server.notes[release_id] = f"{lang.code}: not built: {result.error}"
        return web.redirect(f"/release/{release_id}#lang-{lang.code}")

    async def file_download(request: Request) -> Response:
        path = guard.output_file(ws, request.path_params["name"])
        return web.download(path, attachment=request.query_params.get("download") == "1")

    async def static_file(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC:
            raise RequestError("no such page", status=404)
        return web.static(TEMPLATES / name, STATIC[name])

    return web.application(
        [
            ("GET", "/", board_page),
            ("GET", "/status.json", status_json),
            ("GET", "/release/{release_id}", release_page),
            ("POST", "/release/{release_id}/build", build_action),
            ("POST", "/run", run_action),
            ("GET", "/run/{job_id}", run_page),
            ("GET", "/run/{job_id}/events", run_events),
            ("GET", "/files/{name:path}", file_download),
            ("GET", "/static/{name}", static_file),
        ],
        error_page,
        before,
    )


def _admit(server: Server, request: Request) -> Response | None:
    """The Host header and the token; a token given in the address becomes a cookie."""
    host = request.headers.get("host", "")
    if not guard.host_allowed(host, token=server.token):
        raise RequestError(
            f"this server answers only to 127.0.0.1 and localhost, not {host!r}", status=400
        )
    if server.token is None:
        return None
    in_query = request.query_params.get("token")
    if in_query is not None and guard.same(in_query, server.token):
        rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
        target = request.url.path + ("?" + urlencode(rest) if rest else "")
        return web.set_cookie(web.redirect(target), guard.TOKEN_COOKIE, server.token)
    given = guard.bearer(request.headers) or request.cookies.get(guard.TOKEN_COOKIE)
    if guard.same(given, server.token):
        return None
    raise RequestError(
        "this page needs the access token",
        status=401,
        hint="open the address `workflow serve` printed, which ends in ?token=…",
    )


def _describe(exc: Exception) -> tuple[int, str, str, str]:
    """HTTP status, title, message and hint of the page that tells about an error."""
    if isinstance(exc, RequestError):
        return exc.status, TITLES.get(exc.status, "Refused"), _where(exc), exc.hint or ""
    if isinstance(exc, ReleaseError) and (
        exc.message.startswith("no such release") or exc.message.startswith("invalid release id")
    ):
        return 404, "No such release", _where(exc), exc.hint or ""
    if isinstance(exc, LanguageError):
        return 400, "Unknown language", _where(exc), exc.hint or ""
    if isinstance(exc, WorkspaceError):
        return 409, "Not now", _where(exc), exc.hint or ""
    if isinstance(exc, WorkflowError):
        return 422, "Cannot do that", _where(exc), exc.hint or ""
    traceback.print_exception(exc, file=sys.stderr)  # for the server's log, not the page
    return 500, "Unexpected error", f"the server met an unexpected error ({type(exc).__name__})", ""


def _where(exc: WorkflowError) -> str:
    where = exc.file + (f":{exc.line}" if exc.line else "") + ": " if exc.file else ""
    lang = f" [{exc.lang}]" if exc.lang and exc.lang not in exc.message else ""
    return where + exc.message + lang


def _filters(query: Any) -> board.Filters:
    codes: list[str] = []
    for value in query.getlist("lang"):
        codes += [c for c in value.split(",") if c.strip()]
    langs = tuple(languages.parse(c.strip(), source="lang").code for c in codes)
    try:
        page = int(query.get("page", "1"))
        per = int(query.get("per", str(board.PER_PAGE)))
    except ValueError:
        raise RequestError("page and per must be whole numbers", status=400) from None
    if page < 1 or not 1 <= per <= board.MAX_PER_PAGE:
        raise RequestError(f"page must be 1 or more, per from 1 to {board.MAX_PER_PAGE}")
    return board.Filters(query.get("release", "").strip(), langs, page, per)


def _page_links(filters: board.Filters, pages: int) -> list[tuple[int, str]]:
    def href(n: int) -> str:
        query: list[tuple[str, str]] = []
        if filters.release:
            query.append(("release", filters.release))
        if filters.languages:
            query.append(("lang", ",".join(filters.languages)))
        if filters.per_page != board.PER_PAGE:
            query.append(("per", str(filters.per_page)))
        query.append(("page", str(n)))
        return "/?" + urlencode(query)

    return [(n, href(n)) for n in range(1, pages + 1)]


def _job(server: Server, request: Request) -> Job:
    raw = request.path_params["job_id"]
    job = server.runner.get(int(raw)) if raw.isdigit() else None
    if job is None:
        raise RequestError("no such run (runs are kept while the server runs)", status=404)
    return job


def _steps(job: Job) -> list[dict[str, Any]]:
    """The last progress of each step, in order."""
    last: dict[str, dict[str, Any]] = {}
    for event in list(job.events):
        last[event["step"]] = event
    return list(last.values())


async def _events(job: Job) -> AsyncIterator[str]:
    """The run's progress as server-sent events, then `end` with its outcome."""
    sent = 0
    while True:
        events = job.events[sent:]
        sent += len(events)
        latest: dict[str, Any] = {}
        for event in events:
            latest[event["step"]] = event
        for event in latest.values():
            yield f"event: progress\ndata: {json.dumps(event)}\n\n"
        if not job.working:
            yield f"event: end\ndata: {json.dumps({'state': job.state})}\n\n"
            return
        await asyncio.sleep(0.25)


def _build_draft(ws: Workspace, release_id: str, lang: str) -> Any:
    """One language's PDF as `workflow build --draft`, under the workspace lock."""
    from workflow.publish import build
    from workflow.workspace import state

    with state.workspace_lock(ws):
        return build.run(ws, [build.Job(release_id, lang, draft=True)])[0]


def serve(ws: Workspace, *, host: str, port: int, token: str | None) -> int:
    """Listen on host:port until interrupted."""
    guard.require_token(host, token)
    shown = f"[{host}]" if ":" in host else host
    address = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
    print(f"workflow serve: {ws.root}")
    print(f"open {address}   (Ctrl+C stops)", flush=True)
    web.serve(create_app(ws, token=token), host, port)
    return 0
