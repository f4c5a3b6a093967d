"""The repetition check: loops, and a sentence or clause said twice whatever its length."""

from __future__ import annotations

from workflow.lang import languages
from workflow.quality.registry import CHECKS, Context, EntryView

EN = languages.parse("en")
SOURCE = (
    "Ambassador Akram called for bridging the digital divide through capacity building and "
    "enhanced international cooperation to enable a global transition to modern economies."
)
FR = (
    "L’ambassadeur Akram a appelé à réduire la fracture numérique grâce au renforcement des "
    "capacités et à une coopération internationale renforcée afin de permettre une transition "
    "mondiale vers des économies modernes."
)


def severities(code: str, source: str, target: str) -> list[str]:
    ctx = Context(EN, languages.parse(code))
    return [p.severity for p in CHECKS["repetition"].run(EntryView(source, target), ctx)]


def test_a_long_sentence_said_twice_is_an_error() -> None:
    assert severities("fr", SOURCE, FR) == []
    assert len(FR.split()) > 24  # longer than the loop detector's window
    assert severities("fr", SOURCE, FR + " " + FR) == ["error"]
    # a clause said again further on
    clause = "grâce au renforcement des capacités et à une coopération internationale renforcée"
    assert severities("fr", SOURCE, FR[:-1] + ", " + clause + ".") == ["error"]


def test_chinese_counts_characters_and_a_repeating_source_makes_it_a_warning() -> None:
    zh = "大使呼吁通过能力建设和加强国际合作来弥合数字鸿沟，以实现向现代经济的全球转型。"
    assert severities("zh", SOURCE, zh) == []
    assert severities("zh", SOURCE, zh + zh) == ["error"]
    twice = "the digital divide and the economy, the digital divide and the economy"
    assert severities("fr", twice, FR + " " + FR) == ["warning"]
