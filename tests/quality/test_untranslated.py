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
    # a heading or a name copied whole into another script: names too are written in the
    # target's letters ("نيويورك"); acronyms and glossary terms are set aside
    assert [s for s, _ in found("ar", "New York", "New York")] == ["error"]
    assert [s for s, _ in found("ar", "Background", "Background")] == ["error"]
    assert found("ru", "UNICEF", "UNICEF") == []
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


def test_a_heading_copied_in_the_same_script_is_untranslated_where_the_dictionary_says_so() -> None:
    """One or two words copied whole: an error where the English-to-target dictionary says the
    word otherwise ("Background": "contexte"), a warning for a word the target shares
    ("Contact") or a name no English-to-target dictionary has ("Bangkok")."""
    assert [s for s, _ in found("fr", "Background", "Background")] == ["error"]
    assert [s for s, _ in found("es", "Press release", "Press release")] == ["error"]
    assert [s for s, _ in found("fr", "Contact", "Contact")] == ["warning"]
    assert [s for s, _ in found("es", "Bangkok", "Bangkok")] == ["warning"]
    assert [s for s, _ in found("fr", "Amina J. Mohammed", "Amina J. Mohammed")] == ["warning"]
    assert found("fr", "Background", "Contexte") == []


def test_the_particles_of_a_name_are_no_english_phrase() -> None:
    # "Ursula von der Leyen" kept whole: its pairs "von der", "der Leyen" are a name, not English
    source = "Ursula von der Leyen, President of the European Commission, welcomed the decision."
    fr = (
        "La Présidente de la Commission européenne, Ursula von der Leyen, s’est félicitée de "
        "cette décision."
    )
    es = (
        "La Presidenta de la Comisión Europea, Ursula von der Leyen, acogió con beneplácito la "
        "decisión."
    )
    assert found("fr", source, fr) == []
    assert found("es", source, es) == []
    # the rest of the sentence left in English is still an error
    left = "Ursula von der Leyen, President of the European Commission, a salué la décision."
    assert [s for s, _ in found("fr", source, left)] == ["error"]


def test_the_title_of_a_work_kept_in_its_own_language() -> None:
    # a song's or report's title kept as it is: in italics, or quoted in title case
    song = 'The song "We Are the World" was played.'
    assert found("fr", song, "La chanson « We Are the World » a été diffusée.") == []
    assert found("es", song, "Se interpretó la canción «We Are the World».") == []
    report = "UNEP's *Emissions Gap Report 2024: No more hot air … please!* is out."
    kept = "Le *Emissions Gap Report 2024: No more hot air … please!* du PNUE vient de paraître."
    assert found("fr", report, kept) == []
    # a quotation of speech left in English is still an error
    speech = "“We must act now to save the lives of millions,” he said."
    left = "« We must act now to save the lives of millions », a-t-il déclaré."
    assert [s for s, _ in found("fr", speech, left)] == ["error"]


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


def test_a_dateline_place_kept_as_it_is_is_a_town_s_name() -> None:
    """A dateline's place is a town's name, kept as it is in many languages: not an error where
    it spells an English word the dictionary says otherwise ("Nice", fr "gentil"); a warning,
    as any name copied. The same word as a heading is still an error."""
    ctx = Context(EN, languages.parse("fr"))
    run = CHECKS["untranslated"].run
    assert [p.severity for p in run(EntryView("Nice", "Nice", kind="dateline place"), ctx)] == [
        "warning"
    ]
    assert [p.severity for p in run(EntryView("Nice", "Nice", kind="heading"), ctx)] == ["error"]


def test_a_translation_ending_with_the_source_s_last_words_is_left_in_english() -> None:
    """The source's last three words or more, an English function word among them, ending the
    translation too: its second half left in English. A name the two texts end with is not
    ("Celeste Saulo", "Zarb-i-Azb"), nor an e-mail or a web address."""
    source = "For more information, visit [unfccc.int](https://unfccc.int/cop29) or write to press@unfccc.int."
    fr = "Pour en savoir plus, consultez [unfccc.int](https://unfccc.int/cop29) ou écrivez à press@unfccc.int."
    assert found("fr", source, fr) == []
    half = "Pour en savoir plus, consultez [unfccc.int](https://unfccc.int/cop29) or write to press@unfccc.int."
    assert found("fr", source, half) == [
        ("error", "left in English: or write to (the source's last words)")
    ]
    source = "The Assembly asked for a first Peacebuilding Week in June 2026."
    assert found("es", source, "La Asamblea pidió una primera Semana de la Week in June 2026.") == [
        ("error", "left in English: Week in June (the source's last words)")
    ]
    # an organisation's name in title case, kept whole, is no phrase left
    source = "The appeal was launched with Save the Children."
    fr = "L’appel a été lancé avec Save the Children."
    assert [s for s, _ in found("fr", source, fr)] == ["warning"]
    source = "The delay was due to the ongoing operation Zarb-i-Azb, said Celeste Saulo."
    es = "El retraso se debió a la operación en curso Zarb-i-Azb, dijo Celeste Saulo."
    assert found("es", source, es) == []
