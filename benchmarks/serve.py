"""The board of `workflow serve` on a large workspace, against `workflow status --json`.

Builds N releases (default 1,000) x 5 reviewed target languages like benchmarks/scale.py (but
with translations the checks pass: rot13 of the source), without typesetting (each language
gets a placeholder file at its PDF's path, so the board finds and dates one), or measures an
existing workspace (--root, e.g. one kept by `scale.py --keep`). Then, with the status cache warm:
  - baseline: `workflow status --json` in its own process
  - GET /                 the board's first page (50 releases), through the real application
  - GET /?per=N           every release on one page
  - GET /?release=...     filtered to one release; GET /release/<id>
  - the template alone for the one-page board (the status already computed)
and prints each figure and its ratio to the baseline (target: the board < 1 s).

    python benchmarks/serve.py [--releases 1000] [--root DIR]
"""

from __future__ import annotations

import argparse
import codecs
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale import make_workspace
from starlette.testclient import TestClient

from workflow.serve import app as serve_app
from workflow.serve import board
from workflow.workspace import open_workspace

LANGS = ["fr", "es", "pt", "de", "it"]


def build(root: Path, releases: int) -> None:
    # reviewed, figures kept, no English words left (no check warnings)
    make_workspace(root, releases, LANGS, random.Random(7), lambda m: codecs.encode(m, "rot13"))
    ws = open_workspace(root)
    for release_id in ws.release_ids():  # placeholders where the PDFs would be
        folder = root / "output" / release_id
        folder.mkdir(parents=True, exist_ok=True)
        for lang in ("en", *LANGS):
            (folder / f"{release_id}.{lang}.pdf").write_bytes(b"%PDF placeholder\n")


def timed(fn: Callable[[], object], runs: int = 3) -> float:
    fn()  # warm
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def status_json(root: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "workflow", "--root", str(root), "status", "--json"],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--releases", type=int, default=1000)
    ap.add_argument("--root", type=Path, help="an existing workspace to measure")
    ap.add_argument("--keep", type=Path, help="build the workspace here and keep it")
    args = ap.parse_args()
    root = args.root or args.keep or Path(tempfile.mkdtemp(prefix="bench-serve-"))
    if args.root is None:
        t0 = time.perf_counter()
        build(root, args.releases)
        print(
            f"built {args.releases} releases x {len(LANGS)} languages in {root} "
            f"({time.perf_counter() - t0:.0f} s)"
        )
    ws = open_workspace(root)
    count = len(ws.release_ids())
    status_json(root)  # fills the status cache, as any earlier status or run would
    baseline = timed(lambda: status_json(root))
    some = ws.release_ids()[count // 2]
    every = f"/?per={min(count, board.MAX_PER_PAGE)}"
    cold = []  # a server's first request computes the status of the releases it shows
    for path in ("/", every):
        fresh = TestClient(serve_app.create_app(ws), base_url="http://127.0.0.1:8470")
        t0 = time.perf_counter()
        assert fresh.get(path).status_code == 200
        cold.append((f"first GET {path} of a new server", time.perf_counter() - t0))
    client = TestClient(serve_app.create_app(ws), base_url="http://127.0.0.1:8470")

    def get(path: str) -> Callable[[], object]:
        def fetch() -> object:
            response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)
            return response

        return fetch

    figures = [
        *cold,
        ("GET / (first page, 50 releases)", timed(get("/"))),
        (f"GET {every} (every release on one page)", timed(get(every))),
        (f"GET /?release={some}", timed(get(f"/?release={some}"))),
        (f"GET /release/{some}", timed(get(f"/release/{some}"))),
    ]
    collected = board.collect(ws, board.Filters(per_page=min(count, board.MAX_PER_PAGE)))
    server = serve_app.Server(ws, None, serve_app.Runner(ws.root))
    render = timed(lambda: server.page("board.html.j2", board=collected, links=[]))
    figures.append(("template alone, every release (status computed)", render))
    size = len(get(every)().text)  # type: ignore[attr-defined]
    print(f"workspace: {count} releases, {count * (len(LANGS) + 1)} board cells")
    print(f"  {'baseline: workflow status --json (own process)':52} {baseline:7.3f} s")
    for label, seconds in figures:
        print(f"  {label:52} {seconds:7.3f} s   {seconds / baseline:5.2f}x baseline")
    print(f"  one-page board: {size / 1e6:.1f} MB of HTML; target: the board < 1 s")
    if args.root is None and args.keep is None:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
