"""The web framework, Starlette (ASGI) served by uvicorn: the only module importing either.

The application (`serve/app.py`) sees requests, a few kinds of responses and typed errors: a
framework's HTTP error (an unknown page, a wrong method) reaches it as a `RequestError`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qsl

import uvicorn
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from workflow.errors import RequestError, WorkflowError

__all__ = ["Request", "Response"]

T = TypeVar("T")
Endpoint = Callable[[Request], Awaitable[Response]]
ErrorPage = Callable[[Request, Exception], Awaitable[Response]]
Before = Callable[[Request], Awaitable[Response | None]]

MAX_FORM = 16_384  # bytes of a form: the page's forms hold a token and a name or two

# every response: no framing by other sites, no type guessing, no address (a token) passed on
HEADERS = {
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "content-security-policy": "default-src 'self'; frame-ancestors 'none'; form-action 'self'",
}


def html(text: str, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    return HTMLResponse(text, status_code=status, headers=dict(headers or {}))


def redirect(url: str, headers: Mapping[str, str] | None = None) -> Response:
    return RedirectResponse(url, status_code=303, headers=dict(headers or {}))


def static(path: Path, media_type: str) -> Response:
    return FileResponse(path, media_type=media_type, headers={"cache-control": "no-cache"})


def download(path: Path, *, attachment: bool) -> Response:
    return FileResponse(
        path,
        media_type="application/pdf",
        filename=path.name,
        content_disposition_type="attachment" if attachment else "inline",
    )


def event_stream(events: AsyncIterator[str]) -> Response:
    """Server-sent events: each item is one event, already formatted."""
    return StreamingResponse(
        events,
        media_type="text/event-stream",
        headers={"cache-control": "no-cache", "x-accel-buffering": "no"},
    )


def set_cookie(response: Response, name: str, value: str) -> Response:
    response.set_cookie(name, value, httponly=True, samesite="strict", path="/")
    return response


async def form(request: Request) -> dict[str, str]:
    """An urlencoded form (the page's only kind), size-limited."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM:
            raise RequestError("the form is too large", status=413)
    try:
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    except UnicodeDecodeError:
        raise RequestError("the form is not UTF-8") from None


async def in_thread(fn: Callable[..., T], *args: Any) -> T:
    """A blocking call (reading catalogs, building a PDF) off the event loop."""
    return await run_in_threadpool(fn, *args)


class _Guard:
    """Runs `before` ahead of every request (a response it returns is the answer) and adds
    the safety headers to every response."""

    def __init__(self, app: ASGIApp, before: Before) -> None:
        self.app = app
        self.before = before

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                extra = [
                    (k.encode(), v.encode()) for k, v in HEADERS.items() if k.encode() not in have
                ]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        answer = await self.before(Request(scope, receive))
        if answer is not None:
            await answer(scope, receive, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)


def application(
    routes: Sequence[tuple[str, str, Endpoint]], error_page: ErrorPage, before: Before
) -> ASGIApp:
    """The ASGI application: (method, path, endpoint) routes; every error goes to `error_page`
    (a framework's HTTP error as a RequestError), never a traceback."""

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        message = {404: "no such page", 405: "this address does not take that method"}.get(
            exc.status_code, str(exc.detail)
        )
        return await error_page(request, RequestError(message, status=exc.status_code))

    app = Starlette(
        routes=[Route(path, endpoint, methods=[method]) for method, path, endpoint in routes],
        exception_handlers={
            HTTPException: on_http_error,
            WorkflowError: error_page,
            Exception: error_page,
        },
    )
    return _Guard(app, before)


def serve(app: ASGIApp, host: str, port: int) -> None:
    """Listen until interrupted (uvicorn; no access log of addresses that may carry a token)."""
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        proxy_headers=False,
        server_header=False,
        timeout_graceful_shutdown=3,
    )
