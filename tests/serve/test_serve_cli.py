"""`workflow serve` on the command line: the address rules, and a real uvicorn answering."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2 as httpx  # the test client Starlette uses (the dev extra pins it)
import pytest

from tests.conftest import SAMPLE_ID, run_cli

TOKEN = "a-token-of-twenty-chars"
SLOW = 30  # seconds: the first page checks every catalog, slow on a loaded machine


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(root: Path, *args: str) -> tuple[subprocess.Popen[str], str]:
    """`workflow serve` in a subprocess; its base address once it answers."""
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "workflow",
            "--root",
            str(root),
            "serve",
            "--port",
            str(port),
            *args,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(proc.communicate()[1])
        try:
            httpx.get(base + "/static/serve.css", timeout=1)
            return proc, base
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise AssertionError("workflow serve did not answer in 60 s")


@pytest.fixture
def stop() -> Iterator[list[subprocess.Popen[str]]]:
    procs: list[subprocess.Popen[str]] = []
    yield procs
    for proc in procs:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_another_address_needs_a_token(sample_workspace: Path) -> None:
    for host in ("0.0.0.0", "192.0.2.1", "::"):
        done = run_cli("--root", str(sample_workspace), "serve", "--host", host, timeout=60)
        assert done.returncode == 1
        assert done.stderr.startswith(f"error: refusing to listen on {host} without a token")
        assert "--token" in done.stderr and "[serve] token" in done.stderr
    short = run_cli("--root", str(sample_workspace), "serve", "--host", "0.0.0.0", "--token", "abc")
    assert short.returncode == 1
    assert "the token must be at least 16 printable characters" in short.stderr
    # a token in workflow.toml is read (and checked like every setting)
    settings = sample_workspace / "workflow.toml"
    settings.write_text(settings.read_text(encoding="utf-8") + '\n[serve]\ntoken = "x"\n')
    bad = run_cli("--root", str(sample_workspace), "serve", "--host", "0.0.0.0")
    assert bad.returncode == 1
    assert "'serve.token' must be at least 16 printable characters, no spaces" in bad.stderr


def test_serves_the_board_on_loopback(
    sample_workspace: Path, stop: list[subprocess.Popen[str]]
) -> None:
    proc, base = start(sample_workspace)
    stop.append(proc)
    page = httpx.get(base + "/", timeout=SLOW)
    assert page.status_code == 200 and SAMPLE_ID in page.text
    assert httpx.get(base + "/release/nope", timeout=SLOW).status_code == 404
    assert httpx.get(base + "/", headers={"host": "evil.example"}, timeout=SLOW).status_code == 400


def test_serves_with_a_token_from_the_settings(
    sample_workspace: Path, stop: list[subprocess.Popen[str]]
) -> None:
    settings = sample_workspace / "workflow.toml"
    settings.write_text(settings.read_text(encoding="utf-8") + f'\n[serve]\ntoken = "{TOKEN}"\n')
    proc, base = start(sample_workspace)
    stop.append(proc)
    assert httpx.get(base + "/", timeout=SLOW).status_code == 401
    with httpx.Client(base_url=base, timeout=SLOW) as client:
        entry = client.get(f"/?token={TOKEN}", follow_redirects=True)
        assert entry.status_code == 200 and SAMPLE_ID in entry.text
        assert str(entry.url) == base + "/"
    proc.terminate()
    out, _ = proc.communicate(timeout=10)
    assert f"?token={TOKEN}" in out  # the address to open, printed at the start
