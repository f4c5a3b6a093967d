"""CommonMark fidelity: release -> segments -> catalog -> HTML renders what markdown-it renders.

A table of cases, one or more per construct a release can hold. For each:

* **identity**: extract's segments written to a catalog and read back, translated with
  msgstr = msgid, rebuilt by the build (`build.document`): the HTML equals markdown-it's own
  rendering of the body with the project's preset (`markdown.render`), as it shows (white
  space outside code collapsed: `markdown.canonical`), and equals the golden file
  ``tests/golden/conformance/<case>.html`` (markdown-it's rendering, kept so that a change of
  markdown-it or of the preset shows in review). How many are also byte-identical is
  reported by ``test_figures``.
* **translated**: a hand-made translation of the body (every visible word changed; markup,
  URLs and code kept) gives segments paired one to one with the source's; the build with
  that catalog renders what markdown-it renders for the translated body, with the same tags
  in the same order as the source's rendering.

After an intended change, regenerate the goldens with
``UPDATE_GOLDEN=1 python -m pytest tests/source/test_conformance.py``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from workflow.catalogs import extract, pofile
from workflow.lang import languages
from workflow.publish import build, render
from workflow.source import markdown, release
from workflow.workspace import Workspace

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "conformance"
FRONT = "---\ntitle: T\ndate: 2024-06-20\nplace: New York\nlanguage: en\nlanguages: [fr]\n---\n\n"
FR = languages.parse("fr")
NOW = "2024-06-20 08:00+0000"

# (name, body, translated body)
CASES: list[tuple[str, str, str]] = [
    # --- entities and numeric character references
    (
        "entity-amp",
        "Johnson &amp; Johnson signed.\n",
        "Dupont &amp; Dupont ont signé.\n",
    ),
    (
        "entity-nbsp",
        "It gave 5&nbsp;million to the fund.\n",
        "Il a donné 5&nbsp;millions au fonds.\n",
    ),
    (
        "entity-named",
        "Rights &copy; 2024 &mdash; all &euro; &quot;kept&quot; &lt;here&gt;.\n",
        "Droits &copy; 2024 &mdash; tous &euro; &quot;gardés&quot; &lt;ici&gt;.\n",
    ),
    (
        "entity-numeric",
        "Figures &#169; and &#x2014; and &#65; and &#0; and &#x2A;stars&#x2A;.\n",
        "Chiffres &#169; et &#x2014; et &#65; et &#0; et &#x2A;étoiles&#x2A;.\n",
    ),
    (
        "entity-not-decoded-twice",
        "Write &amp;copy; for the sign.\n",
        "Écrivez &amp;copy; pour le signe.\n",
    ),
    (
        "entity-invalid",
        "An &unknown; entity and a bare & sign.\n",
        "Une entité &unknown; et un signe & seul.\n",
    ),
    # --- backslash escapes
    (
        "escape-star-start",
        "\\* Provisional figures.\n",
        "\\* Chiffres provisoires.\n",
    ),
    (
        "escape-heading",
        "# Title \\*draft\\*\n",
        "# Titre \\*brouillon\\*\n",
    ),
    (
        "escape-link-text",
        "See [link \\[bar](/uri) now.\n",
        "Voir [lien \\[barre](/uri) maintenant.\n",
    ),
    (
        "escape-all-punctuation",
        "Marks \\! \\# \\$ \\% \\( \\) \\+ \\- \\. \\< \\> \\_ \\` \\| \\~ \\\\ \\& here.\n",
        "Signes \\! \\# \\$ \\% \\( \\) \\+ \\- \\. \\< \\> \\_ \\` \\| \\~ \\\\ \\& ici.\n",
    ),
    (
        "escape-not-punctuation",
        "A \\q and \\é stay.\n",
        "Un \\q et \\é restent.\n",
    ),
    # --- code spans
    (
        "code-spaces",
        "Run `workflow  build   --lang ar` now.\n",
        "Lancez `workflow  build   --lang ar` maintenant.\n",
    ),
    (
        "code-over-hard-break",
        "A `code  \nspan` here.\n",
        "Un `code  \nspan` ici.\n",
    ),
    (
        "code-over-line-with-sentence",
        "Type `a. B\nc` then stop. Next one.\n",
        "Tapez `a. B\nc` puis arrêtez. Suivante.\n",
    ),
    (
        "code-backticks-inside",
        "Use ``a ` b`` and `` `x` `` and `&amp;` and `a\\`.\n",
        "Utilisez ``a ` b`` et `` `x` `` et `&amp;` et `a\\`.\n",
    ),
    (
        "code-leading-spaces-on-line",
        "Code `a\n   b` here.\n",
        "Code `a\n   b` ici.\n",
    ),
    # --- hard and soft breaks
    (
        "breaks",
        "First line.  \nSecond line.\\\nThird line\nstill third. Fourth.\n",
        "Première ligne.  \nDeuxième ligne.\\\nTroisième ligne\nencore. Quatrième.\n",
    ),
    (
        "escaped-backslash-at-line-end",
        "Path C:\\\\\nnext line.\n",
        "Chemin C:\\\\\nligne suivante.\n",
    ),
    # --- links, autolinks, reference definitions
    (
        "autolinks",
        "Write <press@un.org> or see <https://un.org/a?b=1&c=2>.\n",
        "Écrivez à <press@un.org> ou voyez <https://un.org/a?b=1&c=2>.\n",
    ),
    (
        "link-title-entity",
        'See [the report](https://x.org/a?x=1&amp;y=2 "R&amp;D") today.\n',
        'Voir [le rapport](https://x.org/a?x=1&amp;y=2 "R&amp;D") aujourd\'hui.\n',
    ),
    (
        "link-reference-definitions",
        'Read [the text][un] and [UN]. Then [go][].\n\n[un]: https://un.org "UN"\n[go]: /go\n',
        'Lisez [le texte][un] et [UN]. Puis [allez][go].\n\n[un]: https://un.org "UN"\n[go]: /go\n',
    ),
    (
        "link-destination-over-line-break",
        "A [link](<foo\nbar>) is text.\n",
        "Un [lien](<foo\nbar>) est du texte.\n",
    ),
    (
        "link-sentences-inside",
        "Read [the report. In full](https://x.org/r.pdf) today. Next.\n",
        "Lisez [le rapport. En entier](https://x.org/r.pdf) aujourd'hui. Suite.\n",
    ),
    # --- images and alt text
    (
        "image-alt",
        'Logo ![R&amp;D \\*x\\* *e* &copy;](https://x.org/i.png "T") here.\n',
        'Logo ![R&amp;D \\*x\\* *é* &copy;](https://x.org/i.png "T") ici.\n',
    ),
    # --- emphasis
    (
        "nested-emphasis",
        "**Strong *and em* inside** and ***both*** and _under **mixed**_.\n",
        "**Fort *et em* dedans** et ***les deux*** et _sous **mixte**_.\n",
    ),
    (
        "emphasis-over-sentences",
        "**Gomphocarpus (*Gomphocarpus physocarpus*, syn.\n*Asclepias physocarpa*)** grows. "
        "It is tall.\n",
        "**Gomphocarpus (*Gomphocarpus physocarpus*, syn.\n*Asclepias physocarpa*)** pousse. "
        "Elle est haute.\n",
    ),
    (
        "emphasis-unbalanced",
        "A **stray one. And *another.\n",
        "Une **égarée. Et *une autre.\n",
    ),
    (
        "intraword-underscore",
        "The file_name and 2*3 stay.\n",
        "Le file_name et 2*3 restent.\n",
    ),
    # --- lists and quotes
    (
        "lists",
        "- One &amp; two. Three.\n- `code` item\n\n1. First *em*.\n2. Second \\*.\n",
        "- Un &amp; deux. Trois.\n- `code` élément\n\n1. Premier *em*.\n2. Second \\*.\n",
    ),
    (
        "quote",
        '> "We act," he said. R&amp;D grows.\n> Second line.\n',
        "> « Nous agissons », dit-il. La R&amp;D croît.\n> Deuxième ligne.\n",
    ),
    # --- tables
    (
        "table-escapes-entities",
        "| Item | Amount |\n| --- | --- |\n| R&amp;D fund \\| core | 5&#160;000 &euro; |\n"
        "| `a  b` | \\*x\\* |\n",
        "| Poste | Montant |\n| --- | --- |\n| Fonds R&amp;D \\| cœur | 5&#160;000 &euro; |\n"
        "| `a  b` | \\*y\\* |\n",
    ),
    # --- HTML (escaped: printed as the literal text it is)
    (
        "html-inline",
        "<u>New York - June 20, 2024</u> and <b>bold</b>.\n",
        "<u>New York - 20 juin 2024</u> et <b>gras</b>.\n",
    ),
    (
        "html-block",
        "<div>\nInside a div.\n</div>\n\n<!-- a comment -->\n",
        "<div>\nDans un div.\n</div>\n\n<!-- un commentaire -->\n",
    ),
    # --- code blocks and thematic breaks are not translated: kept as written
    (
        "code-block",
        "Text.\n\n    code  block &amp; *x*\n\n```\nfenced `x`\n```\n\n---\n",
        "Texte.\n\n    code  block &amp; *x*\n\n```\nfenced `x`\n```\n\n---\n",
    ),
    # --- Chinese source: sentences joined without spaces
    (
        "chinese-soft-break",
        "巴基斯坦强调。\n它呼吁`a  b`合作。\n",
        "巴国强调。\n它号召`a  b`协作。\n",
    ),
]


def _release(body: str, lang: str = "en") -> release.Release:
    front = FRONT.replace("language: en", f"language: {lang}")
    return release.parse((front + body).encode(), release_id="case", path="releases/case.md")


def _catalog_texts(rel: release.Release, translate: dict[str, str] | None) -> dict[str, str]:
    """A catalog of `rel` written and read back, msgstr = translate[msgid] (or msgid)."""
    entries = extract.source_entries(rel)
    pot = pofile.template(rel.id, entries, created=NOW, title=rel.title)
    po = pofile.new_catalog(pofile.parse(pofile.dump(pot), path="x.pot"), FR, created=NOW)
    for entry in po:
        entry.msgstr = translate.get(entry.msgid, "") if translate else entry.msgid
    back = pofile.parse(pofile.dump(po), path="x.po")
    return pofile.translations(back, include_machine=False)


def _body_segments(rel: release.Release) -> list[str]:
    skip = {rel.title, rel.place}
    return [e.msgid for e in extract.source_entries(rel) if e.msgid not in skip]


def rebuild(body: str, translated: str | None = None) -> str:
    """The body's HTML as the build makes it from a catalog (identity, or `translated`); a
    Chinese body is "translated" into Chinese (joined without spaces), others into French."""
    lang = "zh" if re.search(r"[\u4e00-\u9fff]", body) else "en"
    rel = _release(body, lang)
    pairs = None
    if translated is not None:
        source, target = _body_segments(rel), _body_segments(_release(translated, lang))
        assert len(source) == len(target), (source, target)
        pairs = dict(zip(source, target, strict=True))
    texts = _catalog_texts(rel, pairs)
    target = languages.parse("zh") if lang == "zh" else FR
    doc = build.document(Workspace(Path("/nonexistent")), rel, target, texts, draft=False)
    assert render.UNTRANSLATED_OPEN not in doc.body_html
    return doc.body_html


def _tags(html: str) -> list[str]:
    return re.findall(r"</?[a-z0-9]+", html)


@pytest.mark.parametrize(("name", "body", "translated"), CASES, ids=[c[0] for c in CASES])
def test_identity_rebuild_is_markdown_its_rendering(name: str, body: str, translated: str) -> None:
    expected = markdown.render(body)
    golden = GOLDEN / f"{name}.html"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(expected, encoding="utf-8")
    assert expected == golden.read_text(encoding="utf-8")
    assert markdown.canonical(rebuild(body)) == markdown.canonical(expected)


@pytest.mark.parametrize(("name", "body", "translated"), CASES, ids=[c[0] for c in CASES])
def test_translated_rebuild_keeps_the_structure(name: str, body: str, translated: str) -> None:
    got = rebuild(body, translated)
    assert markdown.canonical(got) == markdown.canonical(markdown.render(translated))
    assert _tags(got) == _tags(markdown.render(body))
    assert markdown.visible_text(got) != markdown.visible_text(markdown.render(body))


def test_figures(capsys: pytest.CaptureFixture[str]) -> None:
    """How many cases rebuild identically: as they show, and byte for byte."""
    shown = exact = 0
    for _, body, _ in CASES:
        got, expected = rebuild(body), markdown.render(body)
        shown += markdown.canonical(got) == markdown.canonical(expected)
        exact += got == expected
    with capsys.disabled():
        print(
            f"\nconformance: {shown}/{len(CASES)} rebuild as markdown-it renders, "
            f"{exact}/{len(CASES)} byte for byte"
        )
    assert shown == len(CASES)


# --- the examples of issue 10, one test each ---------------------------------------------------


def _msgids(body: str) -> list[str]:
    return _body_segments(_release(body))


def test_issue_entity_amp_is_an_ampersand_for_translators_and_in_the_pdf() -> None:
    assert _msgids("Johnson &amp; Johnson\n") == ["Johnson & Johnson"]
    assert rebuild("Johnson &amp; Johnson\n") == "<p>Johnson &amp; Johnson</p>\n"
    # the way back: a translator's "&" is an "&" again
    assert rebuild("Johnson &amp; Johnson\n", "Dupont &amp; Dupont\n") == (
        "<p>Dupont &amp; Dupont</p>\n"
    )


def test_issue_entity_in_a_table_cell() -> None:
    body = "| Fund |\n| --- |\n| R&amp;D fund |\n"
    assert _msgids(body) == ["Fund", "R&D fund"]
    assert "<td>R&amp;D fund</td>" in rebuild(body)


def test_issue_nbsp_is_kept_as_an_entity_and_printed_as_a_no_break_space() -> None:
    assert _msgids("5&nbsp;million\n") == ["5&nbsp;million"]
    assert rebuild("5&nbsp;million\n") == "<p>5\u00a0million</p>\n"


def test_issue_escaped_star_at_paragraph_start() -> None:
    assert rebuild("\\* Provisional figures\n") == "<p>* Provisional figures</p>\n"


def test_issue_escapes_in_a_heading() -> None:
    assert rebuild("# Title \\*draft\\*\n") == "<h1>Title *draft*</h1>\n"


def test_issue_escaped_bracket_in_link_text() -> None:
    assert rebuild("[link \\[bar](/uri)\n") == '<p><a href="/uri">link [bar</a></p>\n'


def test_issue_image_alt_keeps_stars_ampersands_and_entities() -> None:
    got = rebuild("![R&amp;D \\*x\\* &copy; 5&#37;](i.png)\n")
    assert got == '<p><img src="i.png" alt="R&amp;D *x* © 5%" /></p>\n'


def test_issue_code_span_keeps_its_exact_text() -> None:
    body = "`code  \nspan` and `a   b`\n"
    assert _msgids(body) == ["`code   span` and `a   b`"]
    assert rebuild(body) == "<p><code>code   span</code> and <code>a   b</code></p>\n"


def test_issue_sentence_boundary_inside_emphasis_keeps_one_entry() -> None:
    body = "**Gomphocarpus (*Gomphocarpus physocarpus*, syn.\n*Asclepias physocarpa*)**\n"
    assert _msgids(body) == [
        "**Gomphocarpus (*Gomphocarpus physocarpus*, syn. *Asclepias physocarpa*)**"
    ]


def test_issue_code_span_over_a_line_break_is_one_entry() -> None:
    body = "Type `stop. Then\nrestart` now. Done.\n"
    assert _msgids(body) == ["Type `stop. Then restart` now.", "Done."]


def test_issue_link_destination_over_a_line_break_stays_literal_text() -> None:
    got = rebuild("[link](<foo\nbar>)\n")
    assert "<a " not in got
    assert markdown.canonical(got) == "<p>[link](&lt;foo bar&gt;)</p>"


def test_front_matter_entities_are_readable_too() -> None:
    front = FRONT.replace("title: T", "title: Johnson &amp; Johnson fund R&amp;D&nbsp;2")
    rel = release.parse((front + "Text.\n").encode(), release_id="case", path="releases/c.md")
    assert rel.title == "Johnson & Johnson fund R&D&nbsp;2"
    assert extract.source_entries(rel)[0].msgid == rel.title
    doc = build.document(Workspace(Path("/nonexistent")), rel, FR, None, draft=False)
    assert doc.title == "Johnson & Johnson fund R&D\u00a02"
