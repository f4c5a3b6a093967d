"""`workflow build`: final PDFs from reviewed catalogs, drafts, refusals, blocked resources."""

from __future__ import annotations

import http.server
import re
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import polib
import pytest

from tests.conftest import SAMPLE_ID, copy_sample, run_cli
from workflow.errors import PublishError, ReleaseError
from workflow.publish import build
from workflow.workspace import open_workspace

pytestmark = pytest.mark.slow

# A sentence of each reviewed catalog that must come out of the PDF as text.
EXPECTED = {
    "en": "Pakistan Advocates for Comprehensive International",
    "fr": "Le Pakistan plaide pour un cadre international",
    "es": "Pakistán aboga por un marco internacional",
    "zh": "巴基斯坦倡导建立全面的国际网络安全框架",
    "ar": "باكستان",
    "ru": "Пакистан выступает за всеобъемлющую международную рамочную основу",
}
FONTS = {
    "en": "Noto-Serif",
    "fr": "Noto-Serif",
    "es": "Noto-Serif",
    "ar": "Noto-Naskh-Arabic",
    "ur": "Noto-Nastaliq-Urdu",
    "zh": "Noto-Serif-CJK-SC",
    "ru": "Noto-Serif",
}


def pdf(root: Path, lang: str) -> Path:
    return root / "output" / SAMPLE_ID / f"{SAMPLE_ID}.{lang}.pdf"


def pdftext(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def embedded(path: Path) -> set[str]:
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return {line.split()[0].split("+", 1)[-1] for line in lines if line.strip()}


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def built(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Path, subprocess.CompletedProcess[str]]]:
    root = copy_sample(tmp_path_factory.mktemp("build") / "ws")
    proc = run_cli("build", "--root", str(root))
    yield root, proc


def test_final_pdfs_for_reviewed_languages(
    built: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    root, proc = built
    for lang, family in FONTS.items():
        path = pdf(root, lang)
        assert path.exists(), proc.stderr
        assert family in embedded(path)
        assert 1 <= pages(path) <= 4
        assert "DRAFT" not in pdftext(path)
    for lang, sentence in EXPECTED.items():
        assert sentence in pdftext(pdf(root, lang)), lang
    assert "Permanent Mission of Pakistan" in pdftext(pdf(root, "en"))
    assert "20 juin 2024" in pdftext(pdf(root, "fr"))
    assert "2024年6月20日" in pdftext(pdf(root, "zh"))
    assert "Нью-Йорк, 20 июня 2024 г." in pdftext(pdf(root, "ru"))
    assert "Постоянное представительство Пакистана" in pdftext(pdf(root, "ru"))


def test_unreviewed_language_refused_with_blocking_entries(
    built: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    root, proc = built
    assert proc.returncode == 1
    assert not pdf(root, "pt").exists()
    assert "19 problems keep pt from a final build" in proc.stderr
    blocking = [line for line in proc.stderr.splitlines() if line.startswith("  locales/")]
    assert len(blocking) == 19
    assert blocking[1].strip().startswith(f"locales/pt/LC_MESSAGES/{SAMPLE_ID}.po:")
    assert "not translated: New York" in blocking[1]


def test_refusal_stays_a_typed_error(tmp_path: Path) -> None:
    # BuildResult carries the PublishError itself (blocking entries included), also across
    # the worker processes; the CLI and `workflow run` format it.
    root = copy_sample(tmp_path / "ws")
    jobs = [
        build.Job(SAMPLE_ID, "pt", draft=False),
        build.Job("no-such-release", "fr", draft=False),
    ]
    refused, missing = build.run(open_workspace(root), jobs, workers=2)
    assert isinstance(refused.error, PublishError) and not refused.ok
    assert len(refused.error.blocking) == 19
    assert refused.error.lang == "pt"
    assert str(refused.error).startswith(f"locales/pt/LC_MESSAGES/{SAMPLE_ID}.po: 19 problems")
    assert isinstance(missing.error, ReleaseError) and not missing.ok


def test_second_build_is_byte_identical(
    built: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    root, _ = built
    before = pdf(root, "fr").read_bytes()
    proc = run_cli("build", "--root", str(root), "--lang", "fr")
    assert proc.returncode == 0, proc.stderr
    assert pdf(root, "fr").read_bytes() == before


def test_draft_carries_its_mark_and_never_falls_back_silently(sample_workspace: Path) -> None:
    po_path = sample_workspace / "locales" / "pt" / "LC_MESSAGES" / f"{SAMPLE_ID}.po"
    po = polib.pofile(str(po_path))
    for e in po:
        if e.msgid == "New York":
            e.msgstr = "Nova Iorque"
            e.flags.append("fuzzy")
    po.save(str(po_path))
    proc = run_cli("build", "--root", str(sample_workspace), "--lang", "pt", "--draft")
    assert proc.returncode == 0, proc.stderr
    text = pdftext(pdf(sample_workspace, "pt"))
    # the label says what the page holds: machine text and untranslated segments
    assert "RASCUNHO — parcialmente não traduzido, tradução automática não revisada" in text
    assert "Nova Iorque" in text
    assert "[não traduzido: In a significant debate" in text


def test_file_urls_never_reach_the_pdf(sample_workspace: Path) -> None:
    rel = sample_workspace / "releases" / f"{SAMPLE_ID}.md"
    rel.write_text(
        rel.read_text()
        + '\n![secret](file:///etc/passwd) and [link](file:///etc/passwd) <img src="file:///etc/passwd">\n'
    )
    proc = run_cli("build", "--root", str(sample_workspace), "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    text = pdftext(pdf(sample_workspace, "en"))
    assert "root:x:0:0" not in text
    html = (sample_workspace / "output" / SAMPLE_ID / f"{SAMPLE_ID}.en.html").read_text()
    assert "<img" not in html  # raw HTML is escaped, file: images are dropped


class _Counter(http.server.BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self) -> None:
        type(self).hits += 1
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_network_images_are_refused(sample_workspace: Path) -> None:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Counter)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/logo.png"
        rel = sample_workspace / "releases" / f"{SAMPLE_ID}.md"
        rel.write_text(rel.read_text() + f"\n![logo]({url})\n")
        proc = run_cli("build", "--root", str(sample_workspace), "--lang", "en")
    finally:
        server.shutdown()
    assert proc.returncode == 1
    assert "refused" in proc.stderr and url in proc.stderr
    assert _Counter.hits == 0
    assert not pdf(sample_workspace, "en").exists()


CONTACT = """contact: |
  Press Section, Permanent Mission of Pakistan
  Tel.: +1 212 879 8600
  E-mail: pakistan@un.int
"""
CONTACT_RU = {
    "Press Section, Permanent Mission of Pakistan": "Пресс-служба Постоянного представительства Пакистана",
    "Tel.:": "Тел.:",
    "E-mail:": "Эл. почта:",
}
CONTACT_AR = {
    "Press Section, Permanent Mission of Pakistan": "القسم الصحفي، البعثة الدائمة لباكستان",
    "Tel.:": "الهاتف:",
    "E-mail:": "البريد الإلكتروني:",
}


def test_the_contact_block_is_translated_and_its_numbers_stay(sample_workspace: Path) -> None:
    rel = sample_workspace / "releases" / f"{SAMPLE_ID}.md"
    rel.write_text(rel.read_text().replace("language: en\n", "language: en\n" + CONTACT, 1))
    assert run_cli("extract", "--root", str(sample_workspace)).returncode == 0
    pot = polib.pofile(str(sample_workspace / "locales" / "templates" / f"{SAMPLE_ID}.pot"))
    contact_entries = [e for e in pot if e.comment.startswith("contact")]
    assert [e.msgid for e in contact_entries] == list(CONTACT_RU)
    assert [e.occurrences[0][1] for e in contact_entries] == ["7", "8", "9"]
    assert not any("879" in e.msgid or "@" in e.msgid for e in pot)  # never a segment
    # before translators reach the contact block, ru is not final: its entries are open
    refused = run_cli("build", "--root", str(sample_workspace), "--lang", "ru")
    assert refused.returncode == 1 and "not translated: Tel.:" in refused.stderr
    for lang, texts in (("ru", CONTACT_RU), ("ar", CONTACT_AR)):
        path = sample_workspace / "locales" / lang / "LC_MESSAGES" / f"{SAMPLE_ID}.po"
        po = polib.pofile(str(path))
        for e in po:
            if e.msgid in texts:
                e.msgstr = texts[e.msgid]
                e.flags = [f for f in e.flags if f != "fuzzy"]
        po.save(str(path))
    check = run_cli("check", "--root", str(sample_workspace), "--lang", "ru,ar")
    assert check.returncode == 0, check.stdout + check.stderr
    proc = run_cli("build", "--root", str(sample_workspace), "--lang", "en,ru,ar")
    assert proc.returncode == 0, proc.stderr
    ru, ar, en = (pdftext(pdf(sample_workspace, lang)) for lang in ("ru", "ar", "en"))
    assert "Контакты Пресс-служба Постоянного представительства Пакистана" in ru
    assert "Тел.: +1 212 879 8600 Эл. почта: pakistan@un.int" in ru
    assert "Press Section" not in ru and "E-mail" not in ru
    assert "القسم الصحفي" in ar and "pakistan@un.int" in ar and "+1 212 879 8600" in ar
    assert "Press Section, Permanent Mission of Pakistan Tel.: +1 212 879 8600" in en


def test_a_draft_with_no_translation_at_all_says_so(sample_workspace: Path) -> None:
    """The issue: a French draft with no translation was headed "traduction automatique, non
    relue". Its label says it is not translated; every segment shows in English inside the
    French mark."""
    fr = sample_workspace / "locales" / "fr" / "LC_MESSAGES" / f"{SAMPLE_ID}.po"
    po = polib.pofile(str(fr))
    for e in po:
        e.msgstr = ""
    po.save(str(fr))
    proc = run_cli("build", "--root", str(sample_workspace), "--lang", "fr", "--draft")
    assert proc.returncode == 0, proc.stderr
    text = pdftext(pdf(sample_workspace, "fr"))
    assert "BROUILLON — non traduit" in text
    assert "traduction automatique" not in text
    assert "[non traduit : New York], le 20 juin 2024" in text
