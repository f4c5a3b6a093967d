"""The names check: proper names outside the glossary carried into the translation."""

from __future__ import annotations

from workflow.lang import languages
from workflow.quality.names import source_names
from workflow.quality.registry import CHECKS, Context, EntryView

EN = languages.parse("en")
SOURCE = "Secretary-General António Guterres met Roger Stone in Geneva on Monday."
FR = "Le Secrétaire général António Guterres a rencontré Roger Stone à Genève lundi."


def found(code: str, source: str, target: str) -> list[tuple[str, str]]:
    ctx = Context(EN, languages.parse(code))
    return [(p.severity, p.message) for p in CHECKS["names"].run(EntryView(source, target), ctx)]


def test_names_of_a_source() -> None:
    words = [(n.word, n.person) for n in source_names(SOURCE, False)]
    assert words == [
        ("António", True),
        ("Guterres", True),
        ("Roger", False),
        ("Stone", False),
        ("Geneva", False),
    ]
    # titles of things, headings in title case, acronyms, sentence starts: no names
    assert (
        source_names("The debate on Maintenance of International Peace and Security.", False) == ()
    )
    assert source_names("Pakistan Advocates for Comprehensive Cyber Framework", True) == ()
    assert source_names("Several NGOs and ICTs were named.", False) == ()
    assert [n.word for n in source_names("Mr. Tedros Adhanom spoke.", False)] == [
        "Tedros",
        "Adhanom",
    ]


def test_a_correct_translation_passes_and_an_exonym_is_a_warning() -> None:
    assert found("fr", SOURCE, FR) == [
        ("warning", "name 'Geneva' written 'geneve' (a transcription?)")
    ]
    es = "El Secretario General, António Guterres, se reunió con Roger Stone en Ginebra el lunes."
    assert found("es", SOURCE, es) == [
        ("warning", "name 'Geneva' not found ('general': another spelling?)")
    ]


def test_a_misspelt_or_replaced_name_is_an_error() -> None:
    assert ("error", "name 'Guterres' written 'gutreres'") in found(
        "fr", SOURCE, FR.replace("Guterres", "Gutreres")
    )
    # translated word for word: the other word of the name is still there
    assert ("error", "name 'Stone' missing: translated, replaced or dropped?") in found(
        "fr", SOURCE, FR.replace("Stone", "Pierre")
    )
    assert ("error", "name 'Guterres' missing: translated, replaced or dropped?") in found(
        "fr", SOURCE, FR.replace("Guterres", "Robertson")
    )


def test_transcriptions_are_warnings() -> None:
    assert found("es", "President Zelensky spoke.", "El presidente Zelenski habló.") == [
        ("warning", "name 'Zelensky' written 'zelenski' (a transcription?)")
    ]
    assert [
        s for s, _ in found("fr", "President Putin spoke.", "Le président Poutine a parlé.")
    ] == ["warning"]


def test_other_scripts_never_demand_latin_letters() -> None:
    ru = "Генеральный секретарь Антониу Гутерриш встретился с Роджером Стоуном в Женеве в понедельник."
    assert found("ru", SOURCE, ru) == [
        (
            "warning",
            "name 'António Guterres': not in Latin letters and the glossary has no ru form "
            "(add one to locales/glossary.csv)",
        )
    ]
    assert (
        found("ru", SOURCE, "Генеральный секретарь António Guterres встретился с Roger Stone.")
        == []
    )
