"""Content moved between the sentences of one paragraph (workflow/quality/paragraphs.py)."""

from __future__ import annotations

from workflow.lang import languages
from workflow.quality import registry
from workflow.quality.registry import Context, EntryView

EN = languages.parse("en")
FIRST = "“We need schools, and we need them now."
SECOND = "Our children cannot wait,” a 41-year-old teacher in Brazil said."
REF = "releases/x.md:12"


def severities(
    lang: str, first: str, second: str, ref: str = REF
) -> dict[tuple[int, str], set[str]]:
    entries = [
        EntryView(FIRST, first, reference=ref, catalog="x.po", line=10),
        EntryView(SECOND, second, reference=ref, catalog="x.po", line=14),
    ]
    out: dict[tuple[int, str], set[str]] = {}
    for p in registry.run_checks(entries, Context(EN, languages.parse(lang))):
        out.setdefault((p.line, p.check), set()).add(p.severity)
    return out


def test_the_speaker_put_first_is_no_error() -> None:
    """Arabic and Chinese introduce the speaker before the quotation, in its first sentence."""
    ar_first = (
        "وقال معلم يبلغ من العمر 41 عاماً من البرازيل: «نحن بحاجة إلى مدارس، ونحتاج إليها الآن."
    )
    ar_second = "فأطفالنا لا يستطيعون الانتظار»."
    found = severities("ar", ar_first, ar_second)
    assert all(s == {"warning"} for s in found.values()), found
    assert found.get((10, "countries")) == {"warning"}  # moved: said, as a warning
    zh_first = "一位41岁的巴西教师说：“我们需要学校，现在就需要。"
    zh_second = "我们的孩子等不起。”"
    found = severities("zh", zh_first, zh_second)
    assert all(s == {"warning"} for s in found.values()), found


def test_sentences_of_different_paragraphs_are_not_joined() -> None:
    ar_first = (
        "وقال معلم يبلغ من العمر 41 عاماً من البرازيل: «نحن بحاجة إلى مدارس، ونحتاج إليها الآن."
    )
    found = severities("ar", ar_first, "فأطفالنا لا يستطيعون الانتظار».", ref="")
    assert found.get((10, "countries")) == {"error"}
    assert found.get((14, "countries")) == {"error"}


def test_a_fault_in_one_sentence_stays_an_error() -> None:
    first = "« Nous avons besoin d’écoles, et nous en avons besoin maintenant."
    second = "Nos enfants ne peuvent pas attendre », a déclaré un enseignant brésilien de 41 ans."
    assert severities("fr", first, second) == {}
    # the figure dropped from the second sentence: the paragraph whole lacks it too
    wrong = second.replace("de 41 ans", "")
    assert severities("fr", first, wrong)[(14, "numbers")] == {"error"}
    # the country replaced in the second: an error on it alone, no move
    assert severities("fr", first, second.replace("brésilien", "péruvien"))[(14, "countries")] == {
        "error"
    }
