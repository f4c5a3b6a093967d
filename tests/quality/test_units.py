"""The units check: currencies and per cent / per mille as in the source."""

from __future__ import annotations

from workflow.lang import languages
from workflow.quality.registry import CHECKS, Context, EntryView

EN = languages.parse("en")


def errors(code: str, source: str, target: str) -> list[str]:
    ctx = Context(EN, languages.parse(code))
    problems = CHECKS["units"].run(EntryView(source, target), ctx)
    return [p.message for p in problems if p.severity == "error"]


def test_the_same_units_pass() -> None:
    assert errors("fr", "$2.4 billion, 15% of it", "2,4 milliards de dollars, soit 15 %") == []
    assert errors("zh", "15 per cent", "百分之十五") == []
    assert errors("pt", "4 million", "4 milhões") == []


def test_a_currency_added_changed_or_dropped() -> None:
    # Bergamot on a table cell: "4 million" became "4 milhões de euros"
    assert errors("pt", "4 million", "4 milhões de euros") == ["euros ('euros') not in the source"]
    assert errors("es", "$5 million", "5 millones de euros") == [
        "dollars ('$') missing in the translation",
        "euros ('euros') not in the source",
    ]
    assert errors("fr", "12 per cent", "12 pour mille") == [
        "per cent ('per cent') missing in the translation",
        "per mille ('pour mille') not in the source",
    ]
