"""`workflow serve` in a real browser: Debian's chromium driven by Selenium through Debian's
chromedriver (both installed by scripts/install-system-deps.sh; nothing is downloaded). The
browser may resolve no host but 127.0.0.1.

Screenshots of the board and the release page are written to $WORKFLOW_SCREENSHOTS (else the
test's temporary folder)."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.wait import WebDriverWait

from tests.conftest import SAMPLE_ID
from tests.serve.test_serve_cli import start

pytestmark = pytest.mark.slow

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
LANGS = ["en", "fr", "es", "pt", "ur", "ar", "zh", "ru"]


@pytest.fixture
def downloads(tmp_path: Path) -> Path:
    folder = tmp_path / "downloads"
    folder.mkdir()
    return folder


@pytest.fixture
def browser(downloads: Path) -> Iterator[WebDriver]:
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager never fetches a driver
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1500,1000",
        "--lang=en-US",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-domain-reliability",
        "--disable-features=Translate,OptimizationHints,MediaRouter",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ):
        options.add_argument(flag)
    options.add_experimental_option(
        "prefs",
        {"download.default_directory": str(downloads), "download.prompt_for_download": False},
    )
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def server(sample_workspace: Path) -> Iterator[str]:
    proc, base = start(sample_workspace)
    try:
        yield base
    finally:
        proc.terminate()
        proc.wait(30)


def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("WORKFLOW_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def states(driver: WebDriver) -> dict[str, str]:
    return {
        td.get_attribute("data-lang") or "": td.get_attribute("data-state") or ""
        for td in driver.find_elements(By.CSS_SELECTOR, "td.cell[data-lang]")
    }


ROWS = """
    return Object.fromEntries([...document.querySelectorAll('#progress tr[data-step]')]
        .map(r => [r.dataset.step, r.querySelector('.n').textContent]))
"""


def progress_rows(driver: WebDriver) -> dict[str, str]:
    return dict(driver.execute_script(ROWS))


def snapshot(driver: WebDriver) -> dict[str, object] | None:
    """The run page at one instant (None while it reloads): still the first load? summary?
    the progress rows."""
    try:
        found = driver.execute_script(
            "const rows = (function () {" + ROWS + "})();"
            "return {same: window.samePage === true, "
            "summary: !!document.getElementById('summary'), rows: rows};"
        )
    except WebDriverException:
        return None
    return dict(found) if isinstance(found, dict) else None


def wait_for_file(folder: Path, name: str, timeout: float = 30) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        path = folder / name
        if path.exists() and not list(folder.glob("*.crdownload")):
            return path
        time.sleep(0.2)
    raise AssertionError(f"{name} not downloaded: {sorted(p.name for p in folder.iterdir())}")


def test_board_run_progress_download_and_rtl(
    browser: WebDriver, server: str, downloads: Path, tmp_path: Path
) -> None:
    browser.get(server + "/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Releases"
    assert list(states(browser)) == LANGS
    assert set(states(browser).values()) == {"not built"}

    # Run: the run page follows the progress live (server-sent events), then shows the summary
    browser.find_element(By.ID, "run-all").click()
    # the form's POST answers with a redirect: on a loaded machine the click returns first
    WebDriverWait(browser, 30).until(lambda b: b.current_url == server + "/run/1")
    assert not browser.find_elements(By.ID, "no-js")  # with JavaScript: live, no reloads
    browser.execute_script("window.samePage = true")  # gone once the page reloads
    live: list[dict[str, str]] = []
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        now = snapshot(browser)
        if now and now["summary"]:
            break
        if now and now["same"]:
            rows = now["rows"]
            assert isinstance(rows, dict)
            live.append(rows)
        time.sleep(0.1)
    else:
        raise AssertionError("the run did not end in 10 minutes")
    # progress arrived while the page stayed loaded, and went forward
    seen_builds = {rows["build"] for rows in live if "build" in rows}
    assert any(rows.get("translate pt") == "19/19" for rows in live), live[-3:]
    assert seen_builds and seen_builds <= {f"{n}/8" for n in range(9)}, seen_builds
    final = progress_rows(browser)
    assert final["build"] == "8/8" and final["extract"] == "1/1"
    assert browser.find_element(By.ID, "run-state").get_attribute("data-state") == "done"
    assert (
        "19 segment(s) translated, 0 failure(s)" in browser.find_element(By.TAG_NAME, "main").text
    )

    # the board: pt is a draft, every other language final and publishable
    browser.get(server + "/")
    assert states(browser) == {lang: "draft" if lang == "pt" else "final" for lang in LANGS}
    pt = browser.find_element(By.CSS_SELECTOR, 'td[data-lang="pt"]')
    assert "not publishable" in pt.text and "machine 19" in pt.text
    # the Arabic title is laid out right to left: its first letter at the right edge
    title = browser.find_element(By.CSS_SELECTOR, 'td[data-lang="ar"] .title')
    assert title.get_attribute("dir") == "rtl"
    layout = browser.execute_script(
        """
        const el = arguments[0];
        const range = document.createRange();
        range.setStart(el.firstChild, 0);
        range.setEnd(el.firstChild, 1);
        const first = range.getBoundingClientRect(), box = el.getBoundingClientRect();
        return {direction: getComputedStyle(el).direction, first: first.right, right: box.right,
                left: box.left};
        """,
        title,
    )
    assert layout["direction"] == "rtl"
    assert abs(layout["right"] - layout["first"]) < 3, layout  # starts at the right edge
    assert title.text.startswith("باكستان")
    folder = shots(tmp_path)
    browser.save_screenshot(str(folder / "board.png"))

    # download the Portuguese draft and read it
    pt.find_element(By.CSS_SELECTOR, "a[download]").click()
    pdf = wait_for_file(downloads, f"{SAMPLE_ID}.pt.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "RASCUNHO" in text  # the draft mark, on every page
    assert "Missão Permanente do Paquistão junto às Nações Unidas" in text

    # the release page: per language the PDF, the catalog to open, Build draft
    browser.find_element(By.LINK_TEXT, SAMPLE_ID).click()
    WebDriverWait(browser, 30).until(lambda b: b.find_elements(By.ID, "lang-pt"))
    section = browser.find_element(By.ID, "lang-pt")
    assert "DRAFT" in section.text and "not publishable" in section.text
    assert f"locales/pt/LC_MESSAGES/{SAMPLE_ID}.po" in section.text
    assert "19 entries to review" in section.text
    ar = browser.find_element(By.CSS_SELECTOR, "#lang-ar p.title")
    assert ar.get_attribute("dir") == "rtl"
    browser.save_screenshot(str(folder / "release.png"))
    browser.execute_script("arguments[0].scrollIntoView()", section)
    browser.save_screenshot(str(folder / "release-pt.png"))
    browser.execute_script("window.scrollTo(0, document.body.scrollHeight)")
    # Build draft for Arabic: the page comes back with the outcome
    section = browser.find_element(By.ID, "lang-ar")
    section.find_element(By.CSS_SELECTOR, "button.build").click()
    # the page comes back once the PDF is typeset: seconds, more on a loaded machine
    WebDriverWait(browser, 120).until(lambda b: b.find_elements(By.ID, "note"))
    note = browser.find_element(By.ID, "note").text
    assert note == f"ar: built final output/{SAMPLE_ID}/{SAMPLE_ID}.ar.pdf"


def test_pages_work_without_javascript(browser: WebDriver, server: str) -> None:
    """JavaScript off: the run page reloads itself until the summary is there."""
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    browser.get(server + "/?lang=ar")
    assert list(states(browser)) == ["ar"]
    browser.find_element(By.ID, "run-all").click()
    WebDriverWait(browser, 30).until(lambda b: b.find_elements(By.ID, "no-js"))
    assert browser.find_element(By.ID, "no-js").text.startswith("This page reloads itself")
    deadline = time.monotonic() + 600
    while not browser.find_elements(By.ID, "summary"):
        assert time.monotonic() < deadline, "no summary without JavaScript"
        time.sleep(0.5)
    assert progress_rows(browser)["build"] == "8/8"
