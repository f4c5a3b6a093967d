"""The page's safety rules, free of the web framework: who may ask (the token, the Host
header), which POSTs are the page's own (the form token), which files may be downloaded (PDFs
under output/, no link followed out)."""

from __future__ import annotations

import hmac
import ipaddress
import os
import secrets
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from workflow.errors import RequestError, WorkspaceError
from workflow.workspace import Workspace
from workflow.workspace.fsio import check_inside

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
TOKEN_COOKIE = "workflow_token"
DOWNLOADS = (".pdf",)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def require_token(host: str, token: str | None) -> None:
    """Listening on an address other than the loopback needs a token."""
    if not is_loopback(host) and not token:
        raise WorkspaceError(
            f"refusing to listen on {host} without a token: anyone who can reach it could run "
            "and rebuild releases",
            hint="pass --token T (16 characters or more) or set [serve] token in workflow.toml, "
            "or listen on 127.0.0.1",
        )
    if token is not None and (len(token) < 16 or not token.isprintable() or " " in token):
        raise WorkspaceError(
            "the token must be at least 16 printable characters, without spaces",
            hint="e.g. python3 -c 'import secrets; print(secrets.token_urlsafe())'",
        )


def same(given: str | None, expected: str) -> bool:
    """Constant-time comparison of a secret."""
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def bearer(headers: Mapping[str, str]) -> str | None:
    value = headers.get("authorization", "")
    return value[7:].strip() if value.lower().startswith("bearer ") else None


def host_allowed(host_header: str, *, token: str | None) -> bool:
    """Without a token only loopback names may be asked for (a DNS-rebinding page cannot);
    with one, the token decides."""
    if token:
        return True
    name = host_header.rsplit(":", 1)[0] if not host_header.endswith("]") else host_header
    if host_header.startswith("["):
        name = host_header[: host_header.find("]") + 1]
    return is_loopback(name)


def check_form(
    form: Mapping[str, str], csrf: str, headers: Mapping[str, str], host_header: str
) -> None:
    """A POST must come from the page itself: its form token, and no foreign Origin."""
    origin = headers.get("origin")
    if origin and origin != "null" and origin.split("://", 1)[-1] != host_header:
        raise RequestError(
            f"this action came from another site ({origin}) and was refused", status=403
        )
    if headers.get("sec-fetch-site") == "cross-site":
        raise RequestError("this action came from another site and was refused", status=403)
    if not same(form.get("csrf"), csrf):
        raise RequestError(
            "this form is out of date (the server was restarted) or not the page's own",
            status=403,
            hint="reload the page and try again",
        )


def output_file(ws: Workspace, name: str) -> Path:
    """A PDF under output/ named by a relative path; RequestError for anything else."""
    parts = PurePosixPath(name).parts
    if (
        not name
        or name.startswith("/")
        or "\\" in name
        or "\0" in name
        or any(p in ("..", ".") or p.startswith(".") for p in parts)
    ):
        raise RequestError("not a file of output/", status=404, file=name)
    path = ws.output.joinpath(*parts)
    if path.suffix not in DOWNLOADS:
        raise RequestError("only PDFs are downloaded from here", status=404, file=name)
    try:
        check_inside(path)
    except WorkspaceError:  # the page does not say where the link leads
        raise RequestError(
            "a symbolic link leads outside the workspace", status=404, file=name
        ) from None
    real, top = os.path.realpath(path), os.path.realpath(ws.output)
    if not real.startswith(top.rstrip(os.sep) + os.sep):
        raise RequestError("a symbolic link leads out of output/", status=404, file=name)
    if not os.path.isfile(real):
        raise RequestError("no such file in output/", status=404, file=name)
    return Path(real)
