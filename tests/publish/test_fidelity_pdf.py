"""End to end, by the project's own commands: a release with code, entities, escapes and a
table with escapes is extracted (with its warnings), translated by hand into Arabic and
Chinese (reviewed), checked, and built into final PDFs in en, ar and zh; what the PDFs say
is read back with pdftotext and pdffonts."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli
from workflow.catalogs import pofile

pytestmark = pytest.mark.slow

RELEASE = REPO / "tests" / "data" / "releases" / "fidelity.md"

AR = {
    "Johnson & Johnson fund R&D": "جونسون & جونسون تموّل البحث والتطوير R&D",
    "New York": "نيويورك",
    "Title \\*draft\\* © 2024": "العنوان \\*مسودة\\* © 2024",
    "Johnson & Johnson gave 5&nbsp;million to the fund.": "قدّمت جونسون & جونسون 5&nbsp;ملايين إلى الصندوق.",
    "Run `workflow  build --lang ar` to print it.": "شغّل `workflow  build --lang ar` لطباعته.",
    "\\* Provisional figures.": "\\* أرقام أولية.",
    "See [link \\[bar](https://un.org/uri) and <https://un.org>.": "انظر [الرابط \\[bar](https://un.org/uri) و <https://un.org>.",
    "Item": "البند",
    "Amount": "المبلغ",
    "R&D fund | core": "صندوق R&D | الأساسي",
    "5&#160;000 €": "5&#160;000 €",
    "`a  b`": "`a  b`",
    "—": "—",
    "**Gomphocarpus (*Gomphocarpus physocarpus*, syn. *Asclepias physocarpa*)** grows here.": "**الصقلاب (*Gomphocarpus physocarpus*، مرادف *Asclepias physocarpa*)** ينمو هنا.",
    "A `code span` too.": "و `code span` أيضًا.",
}
ZH = {
    "Johnson & Johnson fund R&D": "强生 & 强生资助 R&D",
    "New York": "纽约",
    "Title \\*draft\\* © 2024": "标题 \\*草稿\\* © 2024",
    "Johnson & Johnson gave 5&nbsp;million to the fund.": "强生 & 强生向基金捐赠了 5&nbsp;百万。",
    "Run `workflow  build --lang ar` to print it.": "运行 `workflow  build --lang ar` 以打印。",
    "\\* Provisional figures.": "\\* 初步数字。",
    "See [link \\[bar](https://un.org/uri) and <https://un.org>.": "参见[链接 \\[bar](https://un.org/uri)和 <https://un.org>。",
    "Item": "项目",
    "Amount": "金额",
    "R&D fund | core": "R&D 基金 | 核心",
    "5&#160;000 €": "5&#160;000 €",
    "`a  b`": "`a  b`",
    "—": "—",
    "**Gomphocarpus (*Gomphocarpus physocarpus*, syn. *Asclepias physocarpa*)** grows here.": "**钉头果 (*Gomphocarpus physocarpus*，异名 *Asclepias physocarpa*)** 生长于此。",
    "A `code span` too.": "还有 `code span`。",
}


def _fill(root: Path) -> None:
    """Hand translations, as a translator saves them (reviewed)."""
    for lang, table in (("ar", AR), ("zh", ZH)):
        path = root / "locales" / lang / "LC_MESSAGES" / "fidelity.po"
        po = pofile.parse(path.read_bytes(), path=str(path))
        for entry in po:
            if entry.msgid:
                entry.msgstr = table[entry.msgid]
        path.write_bytes(pofile.dump(po))


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
    text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", out.stdout)  # bidi marks
    return " ".join(text.split())


def _fonts(pdf: Path) -> set[str]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    return {line.split()[0].split("+", 1)[-1] for line in out.splitlines()[2:] if line.strip()}


def test_code_entities_and_escapes_reach_every_pdf(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    (root / "releases").mkdir(parents=True)
    shutil.copy(RELEASE, root / "releases")
    (root / "locales").mkdir()
    (root / "locales" / "glossary.csv").write_text(
        "term,kind,ar,zh,note\nGomphocarpus physocarpus,dnt,,,\nAsclepias physocarpa,dnt,,,\n"
        "bar,dnt,,,\n",
        encoding="utf-8",
    )
    (root / "workflow.toml").write_text(
        '[checks]\nseverity = { length = "warning" }\n', encoding="utf-8"
    )
    extracted = run_cli("extract", "--root", str(root), timeout=120)
    assert extracted.returncode == 0, extracted.stderr
    assert extracted.stderr == ""  # nothing odd in this release: no warning
    _fill(root)
    checked = run_cli("check", "--root", str(root), timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    built = run_cli("build", "--root", str(root), timeout=300)
    assert built.returncode == 0, built.stdout + built.stderr
    out = root / "output" / "fidelity"
    en, ar, zh = (_text(out / f"fidelity.{lang}.pdf") for lang in ("en", "ar", "zh"))
    for text in (en, ar, zh):
        assert "< />" not in text
        assert "R&D" in text
        assert "https://un.org" in text
    for text in (en, zh):  # pdftotext gives Arabic lines in visual order: words only there
        assert "workflow build --lang ar" in text  # the code span (pdftotext joins its spaces)
        assert "code block with spaces" in text
    assert all(word in ar for word in ("workflow", "build", "--lang", "code", "block", "spaces"))
    assert "Johnson & Johnson gave 5\u00a0million to the fund." in en.replace(
        " million", "\u00a0million"
    )
    assert "Title *draft* © 2024" in en
    assert "* Provisional figures." in en
    assert "link [bar" in en
    assert "R&D fund | core" in en
    assert "5 000 €" in en
    assert "—" in en
    assert "syn. Asclepias physocarpa) grows here." in en
    assert "&amp;" not in en + ar + zh
    assert "*مسودة*" in ar
    assert "*草稿*" in zh
    for lang in ("en", "ar", "zh"):
        assert "Noto-Sans-Mono" in _fonts(out / f"fidelity.{lang}.pdf")
        assert not any("DejaVu" in f for f in _fonts(out / f"fidelity.{lang}.pdf"))
    html = (out / "fidelity.ar.html").read_text(encoding="utf-8")
    assert '<code><span dir="ltr">workflow  build --lang ar</span></code>' in html
    assert "<pre><code>" in html
