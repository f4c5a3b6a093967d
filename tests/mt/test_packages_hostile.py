"""Issue 14: a hostile index or download server, and packages that would break model handling.

Servers are real HTTP servers on 127.0.0.1 (threads in this process); nothing else is
contacted. Packages are the repository's fixture (scripts/make_test_argosmodel.py) with their
metadata or contents rewritten.
"""

# Fixtures are imported from tests.mt.argos_fixtures and requested as arguments:
# ruff: noqa: F811
from __future__ import annotations

import http.server
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.mt.argos_fixtures import (  # noqa: F401  (pytest fixtures)
    ArgosPackages,
    IndexServer,
    argos_packages,
    index_server,
)
from tests.mt.test_packages import _entry, _evil_zip, _rezip, visible
from workflow.errors import ModelError
from workflow.mt import packages
from workflow.mt.engines.argos import ArgosEngine

# -- a hostile server -------------------------------------------------------------------------


@dataclass
class Hostile:
    """A server on 127.0.0.1 whose paths misbehave; `requests` records (Host, path)."""

    url: str  # http://127.0.0.1:PORT/
    port: int
    ftp_port: int  # a listening socket standing in for an FTP server: must never be contacted
    requests: list[tuple[str, str]] = field(default_factory=list)
    index: bytes = b"[]"
    redirects: dict[str, str] = field(default_factory=dict)  # extra path -> Location


def _handler(state: Hostile) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def _redirect(self, location: str) -> None:
            self.send_response(302)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self) -> None:
            state.requests.append((self.headers.get("Host", ""), self.path))
            path = self.path.split("?")[0]
            try:
                if path in state.redirects:
                    self._redirect(state.redirects[path])
                elif path == "/index.json":
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(state.index)))
                    self.end_headers()
                    self.wfile.write(state.index)
                elif path == "/to-ftp":
                    self._redirect(f"ftp://127.0.0.1:{state.ftp_port}/index.json")
                elif path == "/to-file":
                    self._redirect("file:///etc/passwd")
                elif path == "/to-localhost":
                    self._redirect(f"http://localhost:{state.port}/index.json")
                elif path == "/to-nowhere":
                    self._redirect("http://never-contacted.invalid/index.json")
                elif path == "/to-self":
                    self._redirect("/index.json")
                elif path == "/drip":
                    self.send_response(200)
                    self.send_header("Content-Length", "1000")
                    self.end_headers()
                    for _ in range(60):
                        self.wfile.write(b" ")
                        self.wfile.flush()
                        time.sleep(0.5)
                elif path == "/drip-headers":
                    self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                    for _ in range(60):
                        self.wfile.write(b"X-Slow: 1\r\n")
                        self.wfile.flush()
                        time.sleep(0.5)
                elif path == "/endless":
                    self.send_response(200)
                    self.end_headers()
                    block = b"[" * 65536
                    for _ in range(100_000):  # ~6 GB if nobody stops reading
                        self.wfile.write(block)
                elif path == "/short":
                    self.send_response(200)
                    self.send_header("Content-Length", "1000000")
                    self.end_headers()
                    self.wfile.write(b"x" * 1000)
                    self.wfile.flush()
                    self.close_connection = True
                else:
                    self.send_error(404)
            except OSError:  # the client hung up, as it should
                self.close_connection = True

    return Handler


@pytest.fixture
def hostile() -> Iterator[Hostile]:
    ftp = socket.socket()
    ftp.bind(("127.0.0.1", 0))
    ftp.listen(1)
    ftp.setblocking(False)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    server.daemon_threads = True
    port = server.server_address[1]
    state = Hostile(f"http://127.0.0.1:{port}/", port, ftp.getsockname()[1])
    server.RequestHandlerClass = _handler(state)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
        with pytest.raises(BlockingIOError):  # nobody ever knocked at the "FTP server"
            ftp.accept()
    finally:
        server.shutdown()
        server.server_close()
        ftp.close()
        thread.join(5)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("to-ftp", "only http(s) is allowed"),
        ("to-file", "only http(s) is allowed"),
        ("to-localhost", "'localhost' is neither the index's host"),
        ("to-nowhere", "'never-contacted.invalid' is neither the index's host"),
    ],
)
def test_index_redirect_off_limits_is_refused(hostile: Hostile, path: str, message: str) -> None:
    with pytest.raises(ModelError, match="refused redirect") as caught:
        packages.fetch_index(hostile.url + path)
    assert message in str(caught.value)
    assert hostile.requests == [(f"127.0.0.1:{hostile.port}", f"/{path}")]  # nothing followed


def test_redirect_on_the_same_host_is_followed(hostile: Hostile) -> None:
    assert packages.fetch_index(hostile.url + "to-self") == []
    assert [p for _, p in hostile.requests] == ["/to-self", "/index.json"]


@pytest.mark.parametrize("path", ["drip", "drip-headers"])
def test_dripping_index_hits_the_deadline(hostile: Hostile, path: str) -> None:
    start = time.monotonic()
    with pytest.raises(ModelError, match=r"did not finish within 1\.5 s"):
        packages.fetch_index(hostile.url + path, deadline=1.5)
    assert time.monotonic() - start < 5


def test_endless_index_is_cut_at_the_cap(hostile: Hostile) -> None:
    with pytest.raises(ModelError, match="larger than 1000000 bytes"):
        packages.fetch_index(hostile.url + "endless", max_bytes=1_000_000)


def test_short_index_body(hostile: Hostile) -> None:
    with pytest.raises(ModelError, match="download cut short: got 1000 of 1000000 bytes"):
        packages.fetch_index(hostile.url + "short")


def _index_for(hostile: Hostile, link: str, **extra: object) -> str:
    entry = {
        "type": "translate",
        "from_code": "en",
        "to_code": "fr",
        "package_version": "1.0",
        "links": [link],
        **extra,
    }
    hostile.index = json.dumps([entry]).encode()
    return hostile.url + "index.json"


@pytest.mark.parametrize(
    ("link", "message", "kwargs"),
    [
        ("to-ftp", "only http(s) is allowed", {}),
        ("to-localhost", "'localhost' is neither", {}),
        ("to-nowhere", "'never-contacted.invalid' is neither", {}),
        ("drip", "did not finish within 1.5 s", {"deadline": 1.5}),
        ("drip-headers", "did not finish within 1.5 s", {"deadline": 1.5}),
        ("endless", "larger than 2000000 bytes", {"max_download_bytes": 2_000_000}),
        ("short", "download cut short: got 1000 of 1000000 bytes", {}),
    ],
)
def test_hostile_package_download(
    hostile: Hostile, tmp_path: Path, link: str, message: str, kwargs: dict[str, float]
) -> None:
    url = _index_for(hostile, link)
    packages_dir = tmp_path / "packages"
    start = time.monotonic()
    with pytest.raises(ModelError, match=re.escape(message)) as caught:
        packages.install_from_index("en", "fr", url, packages_dir, **kwargs)  # type: ignore[arg-type]
    assert time.monotonic() - start < 10
    assert ".download-" not in str(caught.value) and ".download-" not in (caught.value.file or "")
    assert visible(packages_dir) == []


def test_redirect_to_a_host_the_index_names_is_followed(
    hostile: Hostile, argos_packages: ArgosPackages, index_server: IndexServer, tmp_path: Path
) -> None:
    """The index names localhost in one link, so a redirect there is allowed."""
    index_server.publish(argos_packages.en_fr)
    served = index_server.url.replace("127.0.0.1", "localhost") + argos_packages.en_fr.name
    other = {"type": "translate", "from_code": "de", "to_code": "en", "package_version": "1"}
    entry = {"type": "translate", "from_code": "en", "to_code": "fr", "package_version": "1.0"}
    # en->fr's only link redirects from 127.0.0.1 (hostile) to localhost (index_server)
    hostile.index = json.dumps(
        [{**entry, "links": ["to-served"]}, {**other, "links": [served]}]
    ).encode()
    hostile.redirects["/to-served"] = served
    info = packages.install_from_index("en", "fr", hostile.url + "index.json", tmp_path / "p")
    assert info.name == "translate-en_fr"
    assert visible(tmp_path / "p") == ["translate-en_fr"]


# -- hostile packages -------------------------------------------------------------------------


def _metadata(archive: Path) -> dict[str, object]:
    with zipfile.ZipFile(archive) as zf:
        name = next(n for n in zf.namelist() if n.endswith("/metadata.json"))
        data: dict[str, object] = json.loads(zf.read(name))
        return data


NESTED = b'{"from_code": "en", "to_code": "fr", "x": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"

HOSTILE_METADATA: dict[str, tuple[dict[str, object] | bytes, str]] = {
    "long-version": ({"package_version": "9" * 5000}, "package_version must be digits and dots"),
    "huge-int-version": (
        b'{"from_code": "en", "to_code": "fr", "package_version": ' + b"9" * 5000 + b"}",
        "cannot read package metadata",
    ),
    "newline-code": ({"to_code": "fr\n"}, "to_code is missing or not a language code"),
    "same-pair": ({"to_code": "en"}, "source and target are the same language"),
    "escape-in-name": ({"to_name": "French\x1b[2J"}, "control character"),
    "bidi-in-name": ({"from_name": "English\u202e"}, "control character"),
    "long-name": ({"from_name": "E" * 1000}, "at most 200 characters"),
    "nested": (NESTED, "cannot read package metadata"),
}


def _metadata_bytes(argos_packages: ArgosPackages, case: str) -> bytes:
    changes = HOSTILE_METADATA[case][0]
    if isinstance(changes, bytes):
        return changes
    return json.dumps({**_metadata(argos_packages.en_fr), **changes}).encode()


@pytest.mark.parametrize("case", sorted(HOSTILE_METADATA))
def test_hostile_metadata_is_refused(
    case: str, argos_packages: ArgosPackages, tmp_path: Path
) -> None:
    packages_dir = tmp_path / "packages"
    archive = _rezip(
        tmp_path / f"{case}.argosmodel",
        argos_packages.en_fr,
        "",
        {"metadata.json": _metadata_bytes(argos_packages, case)},
    )
    with pytest.raises(ModelError, match=HOSTILE_METADATA[case][1]) as caught:
        packages.install_file(archive, packages_dir)
    assert caught.value.file == str(archive)
    assert len(str(caught.value)) < 400  # the 5,000 digits are not echoed
    assert visible(packages_dir) == []


@pytest.mark.parametrize(
    "case", ["long-version", "huge-int-version", "newline-code", "same-pair", "nested"]
)
def test_broken_package_on_disk_is_listed_and_removable(
    case: str, argos_packages: ArgosPackages, tmp_path: Path
) -> None:
    """What an older version of the tool (or a hand copy) left: never a traceback."""
    packages_dir = tmp_path / "packages"
    folder = packages.install_file(argos_packages.en_fr, packages_dir).path
    (folder / "metadata.json").write_bytes(_metadata_bytes(argos_packages, case))
    if case == "newline-code":
        folder = folder.rename(packages_dir / "translate-en_fr\n")
    assert packages.list_installed(packages_dir) == []
    installed, broken = packages.scan(packages_dir)
    assert installed == [] and [b.path for b in broken] == [folder]
    engine = ArgosEngine(packages_dir)
    assert not engine.supports("en", "fr")
    with pytest.raises(ModelError, match="no Argos package installed for en -> fr"):
        engine.translate_batch(["The framework"], "en", "fr")
    tgt = "en" if case == "same-pair" else "fr"
    assert [b.path for b in packages.remove(packages_dir, "en", tgt)] == [folder]
    assert visible(packages_dir) == []


@pytest.mark.parametrize("link", ["folder", "model-file"])
def test_a_package_linked_out_of_the_packages_folder_is_not_followed(
    link: str, argos_packages: ArgosPackages, tmp_path: Path
) -> None:
    elsewhere = packages.install_file(argos_packages.en_fr, tmp_path / "elsewhere").path
    packages_dir = tmp_path / "packages"
    if link == "folder":
        packages_dir.mkdir()
        linked = packages_dir / "mine"
        linked.symlink_to(elsewhere)
    else:
        linked = packages.install_file(argos_packages.en_fr, packages_dir).path / "model"
        bin_path = linked / "model.bin"
        bin_path.unlink()
        bin_path.symlink_to(elsewhere / "model" / "model.bin")
        linked = bin_path
    installed, broken = packages.scan(packages_dir)
    assert installed == [] and len(broken) == 1
    assert "a link leading outside the packages folder" in broken[0].reason
    assert not ArgosEngine(packages_dir).supports("en", "fr")
    removed = packages.remove(packages_dir, "en", "fr")
    assert len(removed) == 1 and visible(packages_dir) == []
    # only the link went: what it led to is untouched
    assert packages.read_package(elsewhere).name == "translate-en_fr"


def test_translate_names_the_broken_package_of_its_pair(
    sample_workspace: Path, argos_packages: ArgosPackages
) -> None:
    root = str(sample_workspace)
    packages_dir = sample_workspace / ".workflow" / "argos-packages"
    folder = packages.install_file(argos_packages.en_fr, packages_dir).path
    (folder / "model" / "model.bin").unlink()
    pt = folder.rename(packages_dir / "translate-en_pt")
    meta = json.loads((pt / "metadata.json").read_text())
    (pt / "metadata.json").write_text(json.dumps({**meta, "to_code": "pt"}))
    line = _one_error(run_cli("translate", "--lang", "pt", "--engine", "argos", "--root", root))
    assert "the installed package 'translate-en_pt' is broken: package has no model" in line
    assert "`workflow models list`" in line and "`workflow models remove en pt`" in line


def test_remove_leaves_other_pairs_and_broken_packages_of_other_pairs(
    argos_packages: ArgosPackages, tmp_path: Path
) -> None:
    packages_dir = tmp_path / "packages"
    packages.install_file(argos_packages.en_fr, packages_dir)
    de_en = packages.install_file(argos_packages.de_en, packages_dir).path
    (de_en / "metadata.json").write_text("{broken", encoding="utf-8")
    assert [p.path.name for p in packages.remove(packages_dir, "en", "fr")] == ["translate-en_fr"]
    assert visible(packages_dir) == ["translate-de_en"]


def test_zip_bomb_is_refused_by_its_ratio(argos_packages: ArgosPackages, tmp_path: Path) -> None:
    """Refused with the default size limit: a zeros entry compresses ~1000:1."""
    packages_dir = tmp_path / "packages"
    bomb = _entry("translate-en_fr-1_0/model/padding")
    bomb.compress_type = zipfile.ZIP_DEFLATED
    size = packages.RATIO_FLOOR_BYTES + 1024**2
    archive = _evil_zip(tmp_path / "bomb.argosmodel", argos_packages.en_fr, [(bomb, bytes(size))])
    with pytest.raises(ModelError, match="zip bomb"):
        packages.install_file(archive, packages_dir)
    assert visible(packages_dir) == []


def test_many_small_bombs_are_refused_by_the_overall_ratio(
    argos_packages: ArgosPackages, tmp_path: Path
) -> None:
    packages_dir = tmp_path / "packages"
    extra = []
    for i in range(packages.RATIO_FLOOR_BYTES // 1024**2 + 2):
        entry = _entry(f"translate-en_fr-1_0/model/pad-{i}")
        entry.compress_type = zipfile.ZIP_DEFLATED
        extra.append((entry, bytes(1024**2)))
    archive = _evil_zip(tmp_path / "bombs.argosmodel", argos_packages.en_fr, extra)
    with pytest.raises(ModelError, match=r"archive unpacks \d+ bytes from \d+ .*zip bomb"):
        packages.install_file(archive, packages_dir)
    assert visible(packages_dir) == []


# -- temporary files left by a killed install -------------------------------------------------


def test_stale_temporaries_are_cleaned_at_install(
    argos_packages: ArgosPackages, tmp_path: Path
) -> None:
    packages_dir = tmp_path / "packages"
    (packages_dir / ".installing-x" / "translate-en_fr-1_0").mkdir(parents=True)
    (packages_dir / ".installing-x" / "translate-en_fr-1_0" / "model.bin").write_bytes(b"0" * 99)
    (packages_dir / ".download-y.argosmodel").write_bytes(b"partial")
    (packages_dir / ".removing-z").mkdir()
    (packages_dir / ".keep-me").write_text("not ours", encoding="utf-8")
    (packages_dir / "notes.txt").write_text("not ours", encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "f").write_text("x", encoding="utf-8")
    (packages_dir / ".installing-link").symlink_to(outside, target_is_directory=True)
    packages.install_file(argos_packages.en_fr, packages_dir)
    assert visible(packages_dir) == [".keep-me", "notes.txt", "translate-en_fr"]
    assert (outside / "f").read_text(encoding="utf-8") == "x"  # the link, not its target


def test_list_cleans_stale_temporaries_but_not_while_an_install_runs(tmp_path: Path) -> None:
    packages_dir = tmp_path / "packages"
    (packages_dir / ".installing-x").mkdir(parents=True)
    with packages._locked(packages_dir):  # another install holds the folder
        assert packages.scan(packages_dir, clean=True) == ([], [])
        assert visible(packages_dir) == [".installing-x"]
    assert packages.scan(packages_dir, clean=True) == ([], [])
    assert visible(packages_dir) == []


def test_a_killed_download_is_cleaned_at_the_next_list(hostile: Hostile, tmp_path: Path) -> None:
    url = _index_for(hostile, "drip")
    packages_dir = tmp_path / "packages"
    code = (
        "import sys; from pathlib import Path; from workflow.mt import packages; "
        "packages.install_from_index('en', 'fr', sys.argv[1], Path(sys.argv[2]))"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen([sys.executable, "-c", code, url, str(packages_dir)], env=env)
    try:
        for _ in range(200):
            if packages_dir.is_dir() and any(
                p.name.startswith(".download-") for p in packages_dir.iterdir()
            ):
                break
            time.sleep(0.05)
        else:
            pytest.fail("the download never started")
    finally:
        proc.kill()
        proc.wait()
    assert [p.name.startswith(".download-") for p in packages_dir.iterdir()] == [True]
    assert packages.scan(packages_dir, clean=True) == ([], [])
    assert visible(packages_dir) == []


# -- the command line -------------------------------------------------------------------------


def _one_error(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr, proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, proc.stderr
    return errors[0]


def test_cli_with_hostile_and_broken_packages(
    sample_workspace: Path, argos_packages: ArgosPackages, tmp_path: Path
) -> None:
    root = str(sample_workspace)
    packages_dir = sample_workspace / ".workflow" / "argos-packages"
    long_version = _rezip(
        tmp_path / "long.argosmodel",
        argos_packages.en_fr,
        "",
        {"metadata.json": _metadata_bytes(argos_packages, "long-version")},
    )
    line = _one_error(run_cli("models", "install", str(long_version), "--root", root))
    assert "package_version must be digits and dots" in line
    slip = _evil_zip(tmp_path / "slip.argosmodel", argos_packages.en_fr, [(_entry("../x"), b"x")])
    assert "unsafe path in archive" in _one_error(
        run_cli("models", "install", str(slip), "--root", root)
    )
    assert not (sample_workspace / ".workflow" / "x").exists()
    assert visible(packages_dir) == []

    # a package broken on disk, and what a killed install left
    proc = run_cli("models", "install", str(argos_packages.en_fr), "--root", root)
    assert proc.returncode == 0, proc.stderr
    folder = packages_dir / "translate-en_fr"
    (folder / "metadata.json").write_bytes(_metadata_bytes(argos_packages, "long-version"))
    (packages_dir / ".installing-old").mkdir()
    proc = run_cli("models", "list", "--root", root)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    assert "broken  'translate-en_fr': metadata.json: package_version" in proc.stdout
    assert visible(packages_dir) == ["translate-en_fr"]  # .installing-old cleaned
    listing = json.loads(run_cli("models", "list", "--json", "--root", root).stdout)
    assert listing["installed"] == [] and listing["broken"][0]["path"] == str(folder)
    proc = run_cli("models", "remove", "en", "fr", "--root", root)
    assert proc.returncode == 0, proc.stderr
    assert "removed broken package 'translate-en_fr'" in proc.stdout
    assert visible(packages_dir) == []
