"""The untranslated check: web addresses written as text, and a copied source in another
script."""

from __future__ import annotations

from workflow.lang import languages
from workflow.quality.registry import CHECKS, Context, EntryView

EN = languages.parse("en")
SOURCE = (
    "The text of the message is available at [press.un.org](https://press.un.org/en/2023/"
    "sgsm21852.doc.htm) under the symbol **SG/SM/21852**."
)


def found(code: str, source: str, target: str) -> list[tuple[str, str]]:
    ctx = Context(EN, languages.parse(code))
    return [
        (p.severity, p.message) for p in CHECKS["untranslated"].run(EntryView(source, target), ctx)
    ]


def test_a_web_address_written_as_text_is_no_word() -> None:
    ar = (
        "ويمكن الاطلاع على نص الرسالة على الموقع [press.un.org](https://press.un.org/en/2023/"
        "sgsm21852.doc.htm) تحت الرمز **SG/SM/21852**."
    )
    zh = "致辞全文可在[press.un.org](https://press.un.org/en/2023/sgsm21852.doc.htm)查阅，文号为**SG/SM/21852**。"
    ru = "Текст послания размещен на сайте www.unhcr.org/ukraine и press.un.org."
    assert found("ar", SOURCE, ar) == []
    assert found("zh", SOURCE, zh) == []
    assert found("ru", SOURCE, ru) == []
    # words left in English beside the address are still found
    left = "Текст послания is available at press.un.org under the symbol."
    assert [s for s, _ in found("ru", SOURCE, left)] == ["error"]


def test_a_source_copied_into_another_script_is_untranslated() -> None:
    # two words only, one in lower case: no name, whatever its length
    assert found(
        "zh", "Media enquiries: ocha-pakistan@un.org", "Media enquiries: ocha-pakistan@un.org"
    ) == [("error", "translation is the source text")]
    assert (
        found("zh", "Media enquiries: ocha-pakistan@un.org", "媒体垂询：ocha-pakistan@un.org") == []
    )
    # a name kept as it is in another script is a warning, as before
    assert [s for s, _ in found("ar", "New York", "New York")] in ([], ["warning"])
    # in the same script, two capitalised words copied are a name (a warning at most)
    assert [s for s, _ in found("fr", "Media Enquiries", "Media Enquiries")] != ["error"]


def test_unit_symbols_after_figures_are_no_words() -> None:
    source = "Rainfall reached 310 mm in 24 hours, winds 160 km/h, and the sea warmed by 1.8 °C."
    zh = "24小时降雨量达310 mm，风速160 km/h，海水升温1.8°C。"
    ru = "За 24 часа выпало 310 mm осадков, скорость ветра составила 160 km/h, море прогрелось на 1,8 °C."
    ar = "وبلغ هطول الأمطار 310 mm في 24 ساعة، وسرعة الرياح 160 km/h، وارتفعت حرارة البحر 1.8 °C."
    for code, target in (("zh", zh), ("ru", ru), ("ar", ar)):
        assert found(code, source, target) == [], code
    # words left in English next to them are still found
    left = "24小时降雨量达310 mm，winds 160 km/h, and the sea warmed。"
    assert [s for s, _ in found("zh", source, left)] == ["error"]


def test_an_organisation_s_name_kept_in_latin_letters_is_no_phrase_left() -> None:
    source = "Oxfam and Doctors of the World Canada sent two teams to the camps."
    ru = "Oxfam и Doctors of the World Canada направили в лагеря две группы."
    assert found("ru", source, ru) == []
    # more than the name, in Latin letters: a phrase left untranslated
    more = "Oxfam и Doctors of the World Canada sent two teams в лагеря."
    assert [s for s, _ in found("ru", source, more)] == ["error"]


def test_a_web_address_as_link_text_is_no_english_phrase() -> None:
    source = (
        "The full report is at [data.unicef.org/resources/child-food-poverty]"
        "(https://data.unicef.org/resources/child-food-poverty/)."
    )
    fr = (
        "Le rapport complet est disponible sur [data.unicef.org/resources/child-food-poverty]"
        "(https://data.unicef.org/resources/child-food-poverty/)."
    )
    assert found("fr", source, fr) == []
    # English left next to it is still found
    left = fr.replace("Le rapport complet est disponible sur", "The full report is at")
    assert [s for s, _ in found("fr", source, left)] == ["error"]


def test_the_source_s_hashtags_and_handles_are_no_words() -> None:
    source = "The campaign was launched on X and Instagram under the hashtag #EveryChild."
    for code, target in (
        ("zh", "该运动在X和Instagram上以话题标签#EveryChild发起。"),
        ("ru", "Кампания запущена в сетях X и Instagram под хештегом #EveryChild."),
    ):
        assert [m for s, m in found(code, source, target) if s == "error"] == []
    # English words around the hashtag are still left untranslated
    assert (
        found("zh", source, "该运动was launched on X and Instagram以#EveryChild发起。")[0][0]
        == "error"
    )
