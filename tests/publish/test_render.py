"""workflow.publish.render: Document -> HTML (escaping, locale front matter, labels, bidi isolation).

Golden files: tests/golden/release.<lang>.html. After an intended change of the template or
stylesheet, regenerate them with ``UPDATE_GOLDEN=1 python -m pytest tests/test_render.py``
and review the diff.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import string
from pathlib import Path

import pytest

from tests.publish.typeset_samples import DATE, ORG, sample_document
from workflow.errors import LanguageError, TypesetError
from workflow.lang import scripts
from workflow.publish import render
from workflow.publish.render import Document, isolate_ltr_runs, render_document

GOLDEN = Path(__file__).resolve().parents[1] / "golden"


@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_golden_html(lang: str) -> None:
    html = render_document(sample_document(lang, draft=(lang == "ar")))
    path = GOLDEN / f"release.{lang}.html"
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(html, encoding="utf-8")
    assert html == path.read_text(encoding="utf-8")


def test_rendering_is_deterministic() -> None:
    doc = sample_document("ur", draft=True)
    assert render_document(doc) == render_document(doc)


@pytest.mark.parametrize(("lang", "direction"), [("en", "ltr"), ("ar", "rtl"), ("ur", "rtl")])
def test_head(lang: str, direction: str) -> None:
    doc = sample_document(lang)
    html = render_document(doc)
    assert f'<html lang="{lang}" dir="{direction}">' in html
    assert f"<title>{doc.title}</title>" in html
    assert '<meta name="dcterms.created" content="2024-06-20">' in html
    assert f'<meta name="author" content="{ORG}">' in html


@pytest.mark.parametrize(
    ("lang", "date"),
    [
        ("en", "June 20, 2024"),
        ("fr", "20 juin 2024"),
        ("es", "20 de junio de 2024"),
        ("de", "20. Juni 2024"),
        ("ur", "20 جون، 2024"),
        ("zh", "2024年6月20日"),
    ],
)
def test_date_in_target_locale(lang: str, date: str) -> None:
    assert render.format_release_date(DATE, lang) == date


def _visible(html: str) -> str:
    """Body text with tags removed (isolation spans split the text)."""
    body = html.split("<body>", 1)[1]
    return re.sub(r"<[^>]+>", "", body)


def test_front_matter_in_target_language() -> None:
    fr = _visible(render_document(sample_document("fr")))
    assert "New York, le 20 juin 2024" in fr
    assert "Original\u00a0: anglais" in fr
    assert "Communiqué de presse" in fr
    ur = _visible(render_document(sample_document("ur")))
    assert "نیویارک، 20 جون، 2024" in ur
    assert "اصل: انگریزی" in ur
    zh = _visible(render_document(sample_document("zh")))
    assert "纽约，2024年6月20日" in zh
    assert "原文：英语" in zh


def test_no_original_line_when_not_translated() -> None:
    html = render_document(sample_document("en"))
    assert 'class="original"' not in html


@pytest.mark.parametrize(
    ("lang", "content"),
    [
        ("en", '"Page " counter(page) " of " counter(pages)'),
        ("fr", '"Page " counter(page) " sur " counter(pages)'),
        ("ur", '"صفحہ " counter(page) " از " counter(pages)'),
        ("zh", '"第 " counter(page) " 页，共 " counter(pages) " 页"'),
    ],
)
def test_page_numbers_are_css_counters_with_localized_text(lang: str, content: str) -> None:
    assert f"content: {content};" in render_document(sample_document(lang))


def test_page_furniture_is_mirrored_for_rtl() -> None:
    en = render.language_css("en", draft=False, organisation=ORG)
    ar = render.language_css("ar", draft=False, organisation=ORG)
    assert '@bottom-right { content: "Page "' in en
    assert '@bottom-left { content: "الصفحة "' in ar


def test_draft_mark_only_on_drafts() -> None:
    draft = render_document(sample_document("fr", draft=True))
    final = render_document(sample_document("fr"))
    mark = "BROUILLON — traduction automatique, non relue"
    assert f'@top-center {{ content: "{mark}"' in draft
    assert 'class="draft-watermark"' in draft
    assert mark not in final and 'draft-watermark"' not in final


@pytest.mark.parametrize("lang", ["ar", "ur", "hi"])
def test_no_letter_spacing_on_joining_scripts(lang: str) -> None:
    assert "letter-spacing" not in render_document(sample_document(lang))


def test_letter_spacing_only_where_allowed() -> None:
    assert "letter-spacing: 0.08em" in render_document(sample_document("en"))


def test_hyphenation_where_a_dictionary_exists() -> None:
    assert ".body p, .body li { hyphens: auto; }" in render_document(sample_document("fr"))
    assert "hyphens: auto" not in render_document(sample_document("ar"))
    assert "hyphens: auto" not in render_document(sample_document("zh"))


def test_nastaliq_line_height_and_size() -> None:
    css = render.language_css("ur", draft=False, organisation=ORG)
    assert 'html { font-family: "Noto Nastaliq Urdu", "Noto Serif"' in css
    assert "line-height: 2.3;" in css
    assert "font-size: 12.07pt" in css


def test_plain_fields_are_escaped_body_is_not() -> None:
    nasty = '</title><script>alert("x")</script> & <b>'
    doc = sample_document(
        "en",
        title=nasty,
        dateline_place="<i>NY</i>",
        organisation='Mission "A" </style><script>x</script>',
        contact="a <b>b</b> & c",
        body_html="<p>Safe <strong>bold</strong> &amp; text</p>\n",
    )
    html = render_document(doc)
    assert "<script>" not in html
    title = "&lt;/title&gt;&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;"
    assert f"<title>{title}</title>" in html
    assert "&lt;i&gt;NY&lt;/i&gt;" in html
    assert "a &lt;b&gt;b&lt;/b&gt; &amp; c" in html
    assert "<p>Safe <strong>bold</strong> &amp; text</p>" in html
    # The organisation also goes into a CSS string (footer): no way out of <style>.
    style = html.split("<style>", 1)[1].split("</style>", 1)[0]
    assert "</" not in style
    assert '"Mission \\22 A\\22  \\3c /style\\3e \\3c script\\3e x\\3c /script\\3e "' in style


def test_css_string() -> None:
    assert render.css_string('a"b\\c\n<') == '"a\\22 b\\5c c\\a \\3c "'


@pytest.mark.parametrize(
    ("fragment", "lang", "expected"),
    [
        # Latin name inside Arabic.
        ("<p>قال السفير Munir Akram إن</p>", "ar",
         '<p>قال السفير <span dir="ltr">Munir Akram</span> إن</p>'),
        # e-mail, phone number with its "+", figures (unbreakable).
        ("<p>راجع info@pakun.org أو +1 212 879 8600.</p>", "ar",
         '<p>راجع <span dir="ltr">info@pakun.org</span> أو '
         '<span dir="ltr" class="figure">+1 212 879 8600</span>.</p>'),
        ("<p>تقريري 2019 و2020</p>", "ar",
         '<p>تقريري <span dir="ltr" class="figure">2019</span> و'
         '<span dir="ltr" class="figure">2020</span></p>'),
        # Parentheses and the Arabic comma stay in the RTL text.
        ("<p>إطار (ICT)، شامل</p>", "ar", '<p>إطار (<span dir="ltr">ICT</span>)، شامل</p>'),
        # Two names separated by an Arabic comma stay two runs (list order is RTL).
        ("<p>Akram، Khan</p>", "ar",
         '<p><span dir="ltr">Akram</span>، <span dir="ltr">Khan</span></p>'),
        # Urdu digits (Extended Arabic-Indic) are not Latin.
        ("<p>سال ۲۰۲۴ میں</p>", "ur", "<p>سال ۲۰۲۴ میں</p>"),
        # Tags and attributes untouched; entities re-escaped.
        ('<p><a href="https://un.org/x?a=1&amp;b=2">UN &amp; EU</a> هنا</p>', "ar",
         '<p><a href="https://un.org/x?a=1&amp;b=2">'
         '<span dir="ltr">UN &amp; EU</span></a> هنا</p>'),
        # Code is LTR as a whole.
        ("<p>الأمر <code>a = b(1)</code></p>", "ar",
         '<p>الأمر <code><span dir="ltr">a = b(1)</span></code></p>'),
        # Cyrillic is LTR too.
        ("<p>قال Путин</p>", "ar", '<p>قال <span dir="ltr">Путин</span></p>'),
        # The converse: RTL words inside LTR text.
        ("<p>The word سلام means peace.</p>", "en",
         '<p>The word <span dir="rtl">سلام</span> means peace.</p>'),
        ("<p>Le mot سلام، ici</p>", "fr", '<p>Le mot <span dir="rtl">سلام،</span> ici</p>'),
        # Nothing to do.
        ("<p>Plain English, 2024.</p>", "en", "<p>Plain English, 2024.</p>"),
        ("<p>纽约 EU DisinfoLab 2019年</p>", "zh", "<p>纽约 EU DisinfoLab 2019年</p>"),
        ("<p>خلال نقاش مهم.</p>", "ar", "<p>خلال نقاش مهم.</p>"),
    ],
)  # fmt: skip
def test_isolate_ltr_runs(fragment: str, lang: str, expected: str) -> None:
    assert isolate_ltr_runs(fragment, lang) == expected


def test_isolation_applies_to_front_matter_and_contact() -> None:
    html = render_document(sample_document("ar"))
    assert '<span dir="ltr">Permanent Mission of Pakistan to the United Nations</span>' in html
    assert '<span dir="ltr">press@pakun.org</span>' in html
    assert '<span dir="ltr" class="figure">2024</span>' in html
    # <title> stays plain text.
    assert "<title>باكستان تدعو إلى إطار دولي شامل للأمن السيبراني</title>" in html


def test_labels_complete_for_every_language() -> None:
    data = json.loads(render.LABELS_FILE.read_text(encoding="utf-8"))
    langs = {k for k in data if not k.startswith("_")}
    assert langs == set(scripts.TYPESETTING)
    fields = {
        key: {f for _, f, _, _ in string.Formatter().parse(text) if f}
        for key, text in data["en"].items()
    }
    for lang in langs:
        assert set(data[lang]) == set(render.LABEL_KEYS), lang
        for key, text in data[lang].items():
            found = {f for _, f, _, _ in string.Formatter().parse(text) if f}
            assert found == fields[key], (lang, key)
        assert render.labels(lang) == data[lang]


def test_labels_for_regional_tags() -> None:
    assert render.labels("pt-BR")["press_release"] == "Comunicado de imprensa"
    assert render.labels("zh-Hans")["page"] == "第 {page} 页，共 {pages} 页"


@pytest.mark.parametrize("logo", ["/etc/passwd", "../secret.png", "file:///etc/passwd",
                                  "http://example.com/x.png", "a\\b.png", ""])  # fmt: skip
def test_logo_must_be_a_relative_asset_path(logo: str) -> None:
    with pytest.raises(TypesetError):
        sample_document("en", logo=logo)


def test_logo_rendered_with_alt_text() -> None:
    html = render_document(sample_document("en", logo="img/logo.png"))
    assert f'<img class="logo" src="img/logo.png" alt="{ORG}">' in html


def test_unknown_language() -> None:
    doc = Document(
        lang="sw",
        title="t",
        dateline_place="p",
        date=datetime.date(2024, 1, 1),
        body_html="",
        organisation="o",
        source_lang="en",
    )
    with pytest.raises(LanguageError):
        render_document(doc)


@pytest.mark.parametrize(("lang", "mono"), [("en", None), ("ar", None), ("zh", "CJK SC")])
def test_code_is_monospace_and_left_to_right(lang: str, mono: str | None) -> None:
    css = render.language_css(lang, draft=False, organisation="Press Office")
    rule = next(line for line in css.splitlines() if line.startswith("code, pre"))
    assert rule.split("font-family: ", 1)[1].startswith('"Noto Sans Mono"')
    if mono:
        assert f'"Noto Sans Mono {mono}"' in rule
    html = render.isolate_ltr_runs("<p>نص <code>a  b()</code> نص</p>", lang)
    if lang == "ar":
        assert '<code><span dir="ltr">a  b()</span></code>' in html
    else:
        assert "<code>a  b()</code>" in html


# --- drafts: a label that tells the truth, untranslated segments marked ----------------------


@pytest.mark.parametrize(
    ("counts", "reason", "label"),
    [
        ((0, 5, 0), "machine", "BROUILLON — traduction automatique, non relue"),
        ((3, 0, 2), "partly", "BROUILLON — partiellement non traduit"),
        (
            (3, 1, 1),
            "partly_machine",
            "BROUILLON — partiellement non traduit, traduction automatique non relue",
        ),
        ((5, 0, 0), "untranslated", "BROUILLON — non traduit"),
        ((0, 0, 5), "checks", "BROUILLON — contrôles de qualité non satisfaits"),
    ],
)
def test_draft_label_tells_why(counts: tuple[int, int, int], reason: str, label: str) -> None:
    untranslated, machine, reviewed = counts
    got = render.draft_reason(untranslated=untranslated, machine=machine, reviewed=reviewed)
    assert got == reason
    html = render_document(sample_document("fr", draft=True, draft_reason=reason))
    assert f'@top-center {{ content: "{label}"' in html


def test_every_language_has_every_draft_label_and_the_untranslated_mark() -> None:
    for lang, found in render._all_labels().items():
        for key in render.DRAFT_LABELS.values():
            assert found[key].startswith(found["draft_short"]), (lang, key)
        assert found["untranslated"].count("{text}") == 1, lang


def test_untranslated_segment_in_a_french_draft() -> None:
    body = "<p>" + render.untranslated("Remarks by the **Foreign Secretary**.") + "</p>"
    out = render.isolate_ltr_runs(body, "fr", render.Marks.of("fr", "en"))
    assert out == (
        '<p><span class="untranslated">[non traduit\u00a0: <span dir="ltr" lang="en">'
        "Remarks by the **Foreign Secretary**.</span>]</span></p>"
    )


def test_untranslated_segment_in_a_right_to_left_draft_is_one_isolate() -> None:
    """The issue's `untranslated] Remarks by the Foreign Secretary]` and `.auspicious occasion
    together`: the brackets and the full stop now sit inside the one left-to-right span (a
    bracket there is never mirrored), the label before it in Arabic."""
    segment = "Remarks by the <strong>Foreign Secretary</strong> on this auspicious occasion."
    body = "<p>مرحبا " + render.untranslated(segment) + " شكرا.</p>"
    out = render.isolate_ltr_runs(body, "ar", render.Marks.of("ar", "en"))
    assert out == (
        '<p>مرحبا <span class="untranslated">غير مترجم: <span dir="ltr" lang="en">'
        "[Remarks by the <strong>Foreign Secretary</strong> on this auspicious occasion.]"
        "</span></span> شكرا.</p>"
    )


def test_untranslated_title_in_the_page_title_and_stray_marks_dropped() -> None:
    doc = sample_document(
        "ar", draft=True, draft_reason="partly", title=render.untranslated("Press Statement")
    )
    html = render_document(doc)
    assert "<title>غير مترجم: [Press Statement]</title>" in html
    assert '<span dir="ltr" lang="en">[Press Statement]</span>' in html
    # the marks' characters from a catalog or a final document never reach the page
    final = render_document(sample_document("ar", title="A\ue000B\ue001C"))
    assert "\ue000" not in final and "\ue001" not in final and "ABC" in final


def test_untranslated_mark_of_a_right_to_left_source_on_a_left_to_right_page() -> None:
    marks = render.Marks.of("en", "ur")
    out = render.isolate_ltr_runs("<p>" + render.untranslated("اقوام متحدہ۔") + "</p>", "en", marks)
    assert out == (
        '<p><span class="untranslated">[untranslated: <span dir="rtl" lang="ur">'
        "اقوام متحدہ۔</span>]</span></p>"
    )
