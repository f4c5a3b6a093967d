"""Every route of `workflow serve` through Starlette's test client, on a copy of the sample
workspace: what the pages show, and what they refuse (unknown release, `../` paths, missing
token, foreign forms, a second run while one works)."""

from __future__ import annotations

import html
import json
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from tests.conftest import SAMPLE_ID, run_cli
from workflow.serve.app import create_app
from workflow.workspace import open_workspace, state

BASE = "http://127.0.0.1:8470"
TOKEN = "a-token-of-twenty-chars"
FR = f"locales/fr/LC_MESSAGES/{SAMPLE_ID}.po"


def client_for(root: Path, token: str | None = None) -> TestClient:
    return TestClient(
        create_app(open_workspace(root), token=token), base_url=BASE, follow_redirects=False
    )


@pytest.fixture
def client(sample_workspace: Path) -> Iterator[TestClient]:
    with client_for(sample_workspace) as c:
        yield c


def error_of(text: str) -> str:
    found = re.search(r'id="error-message">(.*?)</p>', text, re.S)
    assert found, text[-500:]
    return html.unescape(found.group(1))


def csrf_of(text: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', text)
    assert found
    return found.group(1)


def cells(text: str) -> dict[str, str]:
    """language -> the cell's HTML of the (only) release row."""
    return dict(
        re.findall(r'<td class="cell[^"]*" data-lang="([^"]+)"[^>]*>(.*?)</td>', text, re.S)
    )


def test_board_shows_every_language_with_the_status_numbers(
    client: TestClient, sample_workspace: Path
) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    found = cells(page.text)
    assert list(found) == ["en", "fr", "es", "pt", "ur", "ar", "zh", "ru"]
    status = json.loads(run_cli("--root", str(sample_workspace), "status", "--json").stdout)
    for row in status:  # the same numbers as `workflow status --json`
        cell = found[row["language"]]
        assert f"reviewed {row['reviewed']}/{row['total']}" in cell
        assert ("may be published" in cell) == row["publishable"]
        if row["untranslated"]:
            assert f"untranslated {row['untranslated']}" in cell
    # nothing is built in a fresh copy; pt is untranslated, the others reviewed
    assert all('data-state="not built"' in page.text for _ in found)
    assert "Pakistan Advocates for Comprehensive" in found["en"]
    assert "(title not translated)" in found["pt"]
    # the Arabic and Urdu titles are right to left, the others left to right
    assert re.search(r'<div class="title title-reviewed" lang="ar" dir="rtl">باكستان', found["ar"])
    assert 'lang="ur" dir="rtl"' in found["ur"]
    assert 'lang="zh" dir="ltr"' in found["zh"]


def test_status_json_route_is_the_cli_output(client: TestClient, sample_workspace: Path) -> None:
    cli = json.loads(run_cli("--root", str(sample_workspace), "status", "--json").stdout)
    assert client.get("/status.json").json() == cli


def test_status_json_route_isolates_a_broken_release_as_the_cli_does(
    client: TestClient, sample_workspace: Path
) -> None:
    broken = sample_workspace / "releases" / "2024-07-01-broken.md"
    broken.write_text("---\ntitle: A title: with a colon\n---\n\nBody.\n", encoding="utf-8")
    cli = run_cli("--root", str(sample_workspace), "status", "--json")
    rows = json.loads(cli.stdout)
    page = client.get("/status.json")
    assert page.status_code == 200 and page.json() == rows
    errors = [r for r in rows if r["error"]]
    assert [r["release"] for r in errors] == ["2024-07-01-broken"]
    assert "releases/2024-07-01-broken.md:2" in errors[0]["error"]
    assert any(r["release"] == SAMPLE_ID and r["publishable"] for r in rows)


def test_board_filters_by_language_and_release(client: TestClient) -> None:
    only = client.get("/?lang=pt,ar")
    assert list(cells(only.text)) == ["pt", "ar"]
    assert list(cells(client.get("/?lang=pt&lang=zh").text)) == ["pt", "zh"]
    assert SAMPLE_ID in client.get("/?release=CYBER").text  # part of the id, any case
    assert SAMPLE_ID in client.get("/?release=international cyber").text  # part of the title
    none = client.get("/?release=no-such-release")
    assert none.status_code == 200 and "0 of 1 releases" in none.text and not cells(none.text)
    bad = client.get("/?lang=xx")
    assert bad.status_code == 400 and "unknown language code 'xx'" in error_of(bad.text)
    assert client.get("/?page=zero").status_code == 400
    assert client.get("/?per=100000").status_code == 400


def test_board_sorts_newest_first_and_pages(sample_workspace: Path) -> None:
    text = (sample_workspace / "releases" / f"{SAMPLE_ID}.md").read_text(encoding="utf-8")
    for n, date in enumerate(("2023-01-05", "2025-03-01", "2024-01-01")):
        release = text.replace("date: 2024-06-20", f"date: {date}")
        (sample_workspace / "releases" / f"r{n}.md").write_text(release, encoding="utf-8")
    with client_for(sample_workspace) as c:
        page = c.get("/")
        order = re.findall(r'<tr id="release-([^"]+)">', page.text)
        assert order == ["r1", SAMPLE_ID, "r2", "r0"]
        second = c.get("/?per=3&page=2")
        assert re.findall(r'<tr id="release-([^"]+)">', second.text) == ["r0"]
        assert "page 2 of 2" in second.text and 'href="/?per=3&amp;page=1"' in second.text


def test_release_page_lists_pdfs_catalogs_and_problems_side_by_side(
    sample_workspace: Path,
) -> None:
    catalog = sample_workspace / FR
    text = catalog.read_text(encoding="utf-8")
    catalog.write_text(text.replace("plus de 750 faux", "plus de 760 faux"), encoding="utf-8")
    out = sample_workspace / "output" / SAMPLE_ID
    out.mkdir(parents=True)
    (out / f"{SAMPLE_ID}.fr.pdf").write_bytes(b"%PDF-1.4 built for the test\n")
    with client_for(sample_workspace) as c:
        page = c.get(f"/release/{SAMPLE_ID}")
    assert page.status_code == 200
    body = page.text
    section = body.split('id="lang-fr"', 1)[1].split("</section>", 1)[0]
    assert f"<code>{FR}</code>" in section
    assert str(sample_workspace / FR) in section  # the file to open in Poedit
    assert f'href="/files/{SAMPLE_ID}/{SAMPLE_ID}.fr.pdf"' in section
    assert f'href="/files/{SAMPLE_ID}/{SAMPLE_ID}.fr.pdf?download=1"' in section
    # the problem as file:line: severity: check: message, with source and translation
    row = re.search(
        r'<tr class="error"><td><code>(.*?)</code></td><td[^>]*>(.*?)</td><td[^>]*>(.*?)</td>',
        section,
        re.S,
    )
    assert row, section
    where, source, translation = (html.unescape(g) for g in row.groups())
    assert where == f"{FR}:81: error: numbers: 750 missing"
    assert "750" in where
    assert "over 750 fake media" in source and "plus de 760 faux" in translation
    assert "not publishable" in section
    pt = body.split('id="lang-pt"', 1)[1].split("</section>", 1)[0]
    assert "no PDF yet" in pt and "19 entries to review" in pt
    first = re.search(
        r'<tr class="untranslated"><td><code>(.*?)</code></td><td[^>]*>(.*?)</td>', pt
    )
    assert first and first.group(1) == f"locales/pt/LC_MESSAGES/{SAMPLE_ID}.po:18: not translated"
    assert html.unescape(first.group(2)).startswith("Pakistan Advocates for Comprehensive")


def test_release_page_shows_the_word_diff_of_a_changed_source(sample_workspace: Path) -> None:
    from workflow.catalogs import extract

    release = sample_workspace / "releases" / f"{SAMPLE_ID}.md"
    text = release.read_text(encoding="utf-8")
    release.write_text(text.replace("over 750 fake media", "over 780 fake media"), encoding="utf-8")
    ws = open_workspace(sample_workspace)
    extract.extract(ws, [SAMPLE_ID])
    with client_for(sample_workspace) as c:
        body = c.get(f"/release/{SAMPLE_ID}").text
    section = body.split('id="lang-fr"', 1)[1].split("</section>", 1)[0]
    assert "Changed sources" in section
    assert "<del>750</del><ins>780</ins>" in section
    assert "plus de 750 faux" in section  # the translation as it stands


def test_release_page_lists_a_paragraph_the_catalogs_lack(sample_workspace: Path) -> None:
    """The release edited after its last run: the new paragraph is in no catalog; the page
    lists it with the release's line among the entries to review, and the language is not
    publishable."""
    release = sample_workspace / "releases" / f"{SAMPLE_ID}.md"
    release.write_text(
        release.read_text(encoding="utf-8") + "\nA paragraph added after the last run.\n",
        encoding="utf-8",
    )
    line = len(release.read_text(encoding="utf-8").splitlines())
    with client_for(sample_workspace) as c:
        body = c.get(f"/release/{SAMPLE_ID}").text
    section = body.split('id="lang-fr"', 1)[1].split("</section>", 1)[0]
    row = re.search(
        r'<tr class="untranslated"><td><code>(.*?)</code></td><td[^>]*>(.*?)</td>', section
    )
    assert row, section
    assert html.unescape(row.group(1)) == (
        f"releases/{SAMPLE_ID}.md:{line}: not in the catalog: run the release"
    )
    assert html.unescape(row.group(2)) == "A paragraph added after the last run."
    assert "not publishable" in section


def test_unknown_and_invalid_releases_are_clear_404_pages(client: TestClient) -> None:
    for path in ("/release/no-such", "/release/%2E%2E", "/release/.hidden", "/release/a%20b"):
        page = client.get(path)
        assert page.status_code == 404, path
        assert page.headers["content-type"].startswith("text/html")
        assert "Traceback" not in page.text
    assert error_of(client.get("/release/no-such").text) == "releases/no-such.md: no such release"
    assert "invalid release id" in error_of(client.get("/release/%2E%2E").text)
    assert client.get("/nowhere").status_code == 404
    assert error_of(client.get("/nowhere").text) == "no such page"
    assert client.get("/run/99").status_code == 404
    assert client.get("/run/x/events").status_code == 404
    assert client.get("/static/../app.py").status_code == 404
    assert client.get("/static/serve.css").status_code == 200


@pytest.fixture
def outputs(sample_workspace: Path) -> Path:
    out = sample_workspace / "output" / SAMPLE_ID
    out.mkdir(parents=True)
    (out / f"{SAMPLE_ID}.en.pdf").write_bytes(b"%PDF-1.4 en\n")
    (out / f"{SAMPLE_ID}.en.html").write_text("<p>html</p>", encoding="utf-8")
    return out


def test_downloads_only_pdfs_under_output(
    sample_workspace: Path, outputs: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(b"%PDF secret outside the workspace")
    (outputs / "out.pdf").symlink_to(secret)  # a link leading out of the workspace
    (outputs / "settings.pdf").symlink_to(sample_workspace / "workflow.toml")  # out of output/
    (outputs / "same.pdf").symlink_to(outputs / f"{SAMPLE_ID}.en.pdf")  # inside output/
    with client_for(sample_workspace) as c:
        name = f"{SAMPLE_ID}/{SAMPLE_ID}.en.pdf"
        inline = c.get(f"/files/{name}")
        assert inline.status_code == 200 and inline.content == b"%PDF-1.4 en\n"
        assert inline.headers["content-type"] == "application/pdf"
        assert inline.headers["content-disposition"].startswith("inline")
        attached = c.get(f"/files/{name}?download=1")
        assert attached.headers["content-disposition"].startswith("attachment")
        assert f"{SAMPLE_ID}.en.pdf" in attached.headers["content-disposition"]
        assert c.get(f"/files/{SAMPLE_ID}/same.pdf").status_code == 200
        refused = {
            "..%2Fworkflow.toml": "not a file of output/",
            f"{SAMPLE_ID}%2F..%2F..%2Freleases%2F{SAMPLE_ID}.md": "not a file of output/",
            "%2Fetc%2Fpasswd": "not a file of output/",
            f"{SAMPLE_ID}/{SAMPLE_ID}.en.html": "only PDFs are downloaded from here",
            f"{SAMPLE_ID}/out.pdf": "a symbolic link leads outside the workspace",
            f"{SAMPLE_ID}/settings.pdf": "a symbolic link leads out of output/",
            f"{SAMPLE_ID}/missing.pdf": "no such file in output/",
            f"{SAMPLE_ID}/.hidden.pdf": "not a file of output/",
        }
        for path, why in refused.items():
            page = c.get(f"/files/{path}")
            assert page.status_code == 404, path
            assert why in error_of(page.text), (path, error_of(page.text))
            assert b"%PDF" not in page.content and str(tmp_path).encode() not in page.content


def test_an_output_folder_linked_out_of_the_workspace_is_refused(
    sample_workspace: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "x").mkdir(parents=True)
    (elsewhere / "x" / "a.pdf").write_bytes(b"%PDF elsewhere")
    (sample_workspace / "output").mkdir()
    (sample_workspace / "output" / "x").symlink_to(elsewhere / "x")
    with client_for(sample_workspace) as c:
        page = c.get("/files/x/a.pdf")
    assert page.status_code == 404 and b"%PDF" not in page.content
    assert "symbolic link leads outside the workspace" in error_of(page.text)


def test_token_is_needed_for_every_request(sample_workspace: Path) -> None:
    with client_for(sample_workspace, token=TOKEN) as c:
        for method, path in (("GET", "/"), ("GET", "/files/x.pdf"), ("POST", "/run")):
            page = c.request(method, path)
            assert page.status_code == 401, path
            assert "this page needs the access token" in error_of(page.text)
        assert (
            c.get("/", headers={"authorization": "Bearer wrong-token-wrong-token"}).status_code
            == 401
        )
        assert c.get("/?token=wrong").status_code == 401
        ok = c.get("/", headers={"authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 200 and "Releases" in ok.text
        # the token in the address becomes a cookie, and the address loses it
        entry = c.get(f"/?lang=pt&token={TOKEN}")
        assert entry.status_code == 303 and entry.headers["location"] == "/?lang=pt"
        cookie = entry.headers["set-cookie"]
        assert "workflow_token=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
        assert c.get("/?lang=pt").status_code == 200  # the client keeps the cookie


def test_without_token_only_loopback_host_names_are_answered(sample_workspace: Path) -> None:
    with client_for(sample_workspace) as c:
        assert c.get("/", headers={"host": "localhost:8470"}).status_code == 200
        rebound = c.get("/", headers={"host": "evil.example:8470"})
        assert rebound.status_code == 400
        assert "answers only to 127.0.0.1 and localhost" in error_of(rebound.text)
    with client_for(sample_workspace, token=TOKEN) as c:  # with a token, the token decides
        page = c.get("/", headers={"host": "press.example", "authorization": f"Bearer {TOKEN}"})
        assert page.status_code == 200


def test_actions_are_post_only_with_the_form_token(client: TestClient) -> None:
    csrf = csrf_of(client.get("/").text)
    assert client.get("/run").status_code == 405
    assert error_of(client.get("/run").text) == "this address does not take that method"
    assert client.get(f"/release/{SAMPLE_ID}/build").status_code == 405
    for form, headers in (
        ({}, {}),
        ({"csrf": "guessed"}, {}),
        ({"csrf": csrf}, {"origin": "http://evil.example"}),
        ({"csrf": csrf}, {"sec-fetch-site": "cross-site"}),
    ):
        page = client.post("/run", data=form, headers=headers)
        assert page.status_code == 403, (form, headers)
        page = client.post(
            f"/release/{SAMPLE_ID}/build", data={**form, "lang": "fr"}, headers=headers
        )
        assert page.status_code == 403
    assert client.post("/run", data={"csrf": csrf, "release": "no-such"}).status_code == 404
    big = client.post(
        "/run",
        content=b"csrf=" + b"x" * 20000,
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert big.status_code == 413


def test_build_draft_refuses_a_language_the_release_has_not(client: TestClient) -> None:
    csrf = csrf_of(client.get(f"/release/{SAMPLE_ID}").text)
    page = client.post(f"/release/{SAMPLE_ID}/build", data={"csrf": csrf, "lang": "de"})
    assert page.status_code == 400 and "de is not a language of this release" in error_of(page.text)
    page = client.post(f"/release/{SAMPLE_ID}/build", data={"csrf": csrf, "lang": "../x"})
    assert page.status_code == 400
    page = client.post("/release/no-such/build", data={"csrf": csrf, "lang": "fr"})
    assert page.status_code == 404


def test_actions_while_the_workspace_is_locked_say_who_holds_it(
    client: TestClient, sample_workspace: Path
) -> None:
    csrf = csrf_of(client.get("/").text)
    with state.workspace_lock(open_workspace(sample_workspace)):  # a `workflow run` elsewhere
        run = client.post("/run", data={"csrf": csrf})
        build = client.post(f"/release/{SAMPLE_ID}/build", data={"csrf": csrf, "lang": "en"})
    for page in (run, build):
        assert page.status_code == 409
        message = error_of(page.text)
        assert f"another `workflow run` is working on this workspace (pid {os.getpid()})" in message
    assert not (sample_workspace / "output").exists()


def test_build_draft_builds_one_language(client: TestClient, sample_workspace: Path) -> None:
    csrf = csrf_of(client.get(f"/release/{SAMPLE_ID}").text)
    page = client.post(f"/release/{SAMPLE_ID}/build", data={"csrf": csrf, "lang": "ar"})
    assert page.status_code == 303 and page.headers["location"] == f"/release/{SAMPLE_ID}#lang-ar"
    built = sorted(p.name for p in (sample_workspace / "output" / SAMPLE_ID).glob("*.pdf"))
    assert built == [f"{SAMPLE_ID}.ar.pdf"]
    after = client.get(f"/release/{SAMPLE_ID}").text
    assert f"ar: built final output/{SAMPLE_ID}/{SAMPLE_ID}.ar.pdf" in after
    assert cells(client.get("/").text)["ar"].count("final") == 1
    pdf = client.get(f"/files/{SAMPLE_ID}/{SAMPLE_ID}.ar.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    # a catalog saved after the build makes the PDF stale
    catalog = sample_workspace / f"locales/ar/LC_MESSAGES/{SAMPLE_ID}.po"
    later = time.time() + 5
    os.utime(catalog, (later, later))
    assert 'data-state="stale"' in client.get("/?lang=ar").text


def test_an_unexpected_error_is_a_page_not_a_traceback(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workflow.serve import board

    def broken(*args: object) -> None:
        raise RuntimeError("disk on fire at /secret/path")

    monkeypatch.setattr(board, "collect", broken)
    with TestClient(client.app, base_url=BASE, raise_server_exceptions=False) as c:
        page = c.get("/")
    assert page.status_code == 500
    assert error_of(page.text) == "the server met an unexpected error (RuntimeError)"
    assert "Traceback" not in page.text and "/secret/path" not in page.text


def test_every_response_carries_the_safety_headers(client: TestClient) -> None:
    for path in ("/", "/nowhere", "/static/serve.css"):
        headers = client.get(path).headers
        assert headers["x-frame-options"] == "DENY"
        assert headers["referrer-policy"] == "no-referrer"
        assert "script-src" not in headers["content-security-policy"]  # default-src 'self'
        assert "'unsafe-inline'" not in headers["content-security-policy"]


def events_of(stream: str) -> list[tuple[str, dict[str, object]]]:
    out = []
    for block in stream.strip().split("\n\n"):
        kind = re.search(r"^event: (.*)$", block, re.M)
        data = re.search(r"^data: (.*)$", block, re.M)
        assert kind and data, block
        out.append((kind.group(1), json.loads(data.group(1))))
    return out


def test_run_from_the_page_with_progress_and_summary(
    client: TestClient, sample_workspace: Path
) -> None:
    """The real batch run of the sample (Bergamot pt, seven PDFs), started by the form."""
    csrf = csrf_of(client.get("/").text)
    started = client.post("/run", data={"csrf": csrf})
    assert started.status_code == 303 and started.headers["location"] == "/run/1"
    # a second click while it works: who holds the workspace
    again = client.post("/run", data={"csrf": csrf})
    assert again.status_code == 409
    message = error_of(again.text)
    assert re.fullmatch(
        r"a run is already working on this workspace: run #1 of all releases, started from "
        r"this page at \d\d:\d\d:\d\d \(pid \d+\)",
        message,
    ), message
    build = client.post(f"/release/{SAMPLE_ID}/build", data={"csrf": csrf, "lang": "fr"})
    assert build.status_code == 409 and "run #1" in error_of(build.text)
    working = client.get("/run/1").text
    assert 'data-state="running"' in working
    assert '<noscript><meta http-equiv="refresh" content="2"></noscript>' in working
    assert '<script src="/static/progress.js" defer></script>' in working
    assert 'href="/run/1">A run is working' in client.get("/").text

    events = events_of(client.get("/run/1/events").text)  # streams until the run ends
    assert events[-1] == ("end", {"state": "done"})
    steps = [e for kind, e in events if kind == "progress"]
    builds = [e for e in steps if e["step"] == "build"]
    assert builds[-1] == {"step": "build", "done": 8, "total": 8}
    assert [e["done"] for e in builds] == sorted(e["done"] for e in builds)
    assert {"step": "translate pt", "done": 19, "total": 19} in steps

    summary = client.get("/run/1").text
    assert 'data-state="done"' in summary and "progress.js" not in summary
    assert "1 release(s) processed, 0 unchanged, 19 segment(s) translated, 0 failure(s)" in summary
    assert f'href="/files/{SAMPLE_ID}/{SAMPLE_ID}.pt.pdf?download=1"' in summary
    states = dict(re.findall(r'data-lang="(\w+)" data-state="([^"]+)"', client.get("/").text))
    assert states == {
        "en": "final",
        "fr": "final",
        "es": "final",
        "pt": "draft",
        "ur": "final",
        "ar": "final",
        "zh": "final",
        "ru": "final",
    }
    pdf = client.get(f"/files/{SAMPLE_ID}/{SAMPLE_ID}.pt.pdf?download=1")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")

    # the next run finds nothing changed
    assert client.post("/run", data={"csrf": csrf}).headers["location"] == "/run/2"
    assert events_of(client.get("/run/2/events").text)[-1] == ("end", {"state": "done"})
    assert f'unchanged: <a href="/release/{SAMPLE_ID}">' in client.get("/run/2").text


def test_the_board_follows_a_translator_save_and_a_broken_catalog(
    client: TestClient, sample_workspace: Path
) -> None:
    """The board keeps what it computed only while the files are unchanged."""
    assert "error" not in cells(client.get("/").text)["fr"]
    catalog = sample_workspace / FR
    text = catalog.read_text(encoding="utf-8")
    catalog.write_text(text.replace("plus de 750 faux", "plus de 760 faux"), encoding="utf-8")
    fr = cells(client.get("/").text)["fr"]
    assert '<span class="errors">2 errors</span>' in fr and "not publishable" in fr
    catalog.write_text(text.replace('"«', "«", 1), encoding="utf-8")  # a quote lost
    page = client.get("/")
    assert page.status_code == 200
    broken = re.search(rf'<div class="problem">({re.escape(FR)}:\d+: [^<]+)</div>', page.text)
    assert broken, page.text  # the release's row says which file and line
    assert not cells(page.text)
    catalog.write_text(text, encoding="utf-8")
    assert "may be published" in cells(client.get("/").text)["fr"]
