"""The glossary check's index: a big glossary is not a pattern per term per entry, and the
index never hides a term the patterns would find."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from workflow.catalogs import glossary
from workflow.lang import languages
from workflow.quality import terms
from workflow.quality.registry import CHECKS, Context, EntryView

EN, FR = languages.parse("en"), languages.parse("fr")
ROWS = [
    "ICT,term,TIC",
    "EU DisinfoLab,dnt,",
    "Munir Akram,name,Munir Akram",
    "cyber-security,term,cybersécurité",
    "Security Council,term,Conseil de sécurité",
    "G20,dnt,",
    "الأمم المتحدة,term,Nations Unies",
    "Café Müller,name,Café Müller",
]
GLOSSARY = glossary.parse("term,kind,fr\n" + "\n".join(ROWS) + "\n")
TEXTS = [
    "The ICTs of the EU DisinfoLab's partners",
    "cyber security and cyber-security at the Security Council, G20 and G-20",
    "Ambassador Munir Akram met the الأمم المتحدة delegation at Café Müller.",
    "ICT's and icts",
]


def _by_scan(text: str, required: terms._Requirements) -> list[str]:
    return [r.label for r in required.terms if r.source.search(terms._source_text(text))]


def _by_index(text: str, required: terms._Requirements) -> list[str]:
    source = terms._source_text(text)
    return [r.label for r in required.candidates(source) if r.source.search(source)]


def test_the_index_finds_what_every_pattern_finds() -> None:
    required = terms._required(Context(EN, FR, GLOSSARY))
    for text in TEXTS:
        assert _by_index(text, required) == _by_scan(text, required)
    assert _by_index(TEXTS[0], required) == ["ICT", "EU DisinfoLab"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from([*TEXTS, " ", "-", "'s", "s", "ict", "cyber", "Akram"]), max_size=8)
)
def test_the_index_never_hides_a_term(pieces: list[str]) -> None:
    required = terms._required(Context(EN, FR, GLOSSARY))
    text = "".join(pieces)
    assert _by_index(text, required) == _by_scan(text, required)


def test_a_100k_row_glossary_is_indexed_not_scanned() -> None:
    rows = [f"Term{i} word{i},term,terme{i}" for i in range(100_000)]
    big = glossary.parse("term,kind,fr\n" + "\n".join([*ROWS, *rows]) + "\n")
    ctx = Context(EN, FR, big)
    required = terms._required(ctx)
    assert terms._required(ctx) is required  # once per catalog's context
    source = terms._source_text("Term5 word5 and Term6 words6")
    assert len(required.candidates(source)) == 2  # of 100,008 terms: Term5..., Term6...
    assert _by_index("Term5 word5 and Term6 words6", required) == ["Term5 word5"]


def test_a_term_shortened_or_written_as_an_acronym_is_a_warning() -> None:
    office = glossary.load(Path(__file__).resolve().parents[2] / "locales")

    def found(code: str, source: str, target: str) -> list[str]:
        ctx = Context(EN, languages.parse(code), office)
        return [p.severity for p in CHECKS["glossary"].run(EntryView(source, target), ctx)]

    assert found("zh", "The Security Council met.", "安理会举行了会议。") == ["warning"]
    assert found("zh", "The General Assembly met.", "大会举行了会议。") == ["warning"]
    assert found("ru", "The United Nations report", "Доклад ООН") == ["warning"]
    assert found("fr", "The United Nations report", "Le rapport de l’ONU") == ["warning"]
    assert found("fr", "The United Nations report", "Le rapport de l’organisation") == ["error"]
    assert found("ru", "Ambassador Akram spoke.", "Выступил посол Акрам.") == []
    assert (
        found("ru", "It was introduced by Ambassador Akram.", "Его представил послом Акрам.") == []
    )


def test_an_acronym_of_a_glossary_form_spelt_out_as_the_glossary_s_form_of_it() -> None:
    # "UN Charter" = "Устав ООН"; "ООН" is the glossary's "Организация Объединенных Наций"
    rows = "term,kind,ru\nUnited Nations,term,Организация Объединенных Наций\nUN Charter,term,Устав ООН\n"
    ctx = Context(EN, languages.parse("ru"), glossary.parse(rows))

    def errors(target: str) -> list[str]:
        found = CHECKS["glossary"].run(EntryView("He quoted the UN Charter.", target), ctx)
        return [p.message for p in found if p.severity == "error"]

    assert errors("Он процитировал Устав ООН.") == []
    assert errors("Он сослался на Устав Организации Объединенных Наций.") == []
    assert errors("Он процитировал Устав Африканского союза.") == [
        "term 'UN Charter' should read 'Устав ООН'"
    ]


def test_a_short_russian_name_in_a_soft_sign_declines() -> None:
    """Цюй (Qu Dongyu): "с г-ном Цюем"."""
    from workflow.catalogs import glossary

    office = glossary.parse("term,kind,ru\nQu,name,Цюй\n")
    ctx = Context(languages.parse("en"), languages.parse("ru"), glossary=office)
    source = "Mr. Qu was joined at the briefing."
    for good in ("Вместе с г-ном Цюем в брифинге участвовал", "Г-н Цюй сказал"):
        assert CHECKS["glossary"].run(EntryView(source, good), ctx) == []
    [p] = CHECKS["glossary"].run(EntryView(source, "Вместе с г-ном Цюхем в брифинге"), ctx)
    assert p.severity == "error"
