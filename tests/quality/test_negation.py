"""The negation check: a negation on one side only is a warning; what the other side says
another way accounts for it."""

from __future__ import annotations

from workflow.lang import languages
from workflow.quality.registry import CHECKS, Context, EntryView

EN = languages.parse("en")


def found(code: str, source: str, target: str) -> list[tuple[str, str]]:
    ctx = Context(EN, languages.parse(code))
    entry = EntryView(source, target)
    return [(p.severity, p.message) for p in CHECKS["negation"].run(entry, ctx)]


SOURCE = "The delegation supported the draft resolution on water security."
NEGATED = "The delegation did not support the draft resolution on water security."


def test_a_negation_added_is_a_warning_in_every_language_with_a_table() -> None:
    added = {
        "fr": "La délégation n’a pas soutenu le projet de résolution sur la sécurité de l’eau.",
        "es": "La delegación no apoyó el proyecto de resolución sobre la seguridad hídrica.",
        "pt": "A delegação não apoiou o projeto de resolução sobre a segurança hídrica.",
        "ru": "Делегация не поддержала проект резолюции о водной безопасности.",
        "ar": "ولم يؤيد الوفد مشروع القرار المتعلق بالأمن المائي.",
        "zh": "代表团不支持关于水安全的决议草案。",
        "ur": "وفد نے آبی سلامتی سے متعلق قرارداد کے مسودے کی حمایت نہیں کی۔",
    }
    for code, target in added.items():
        problems = found(code, SOURCE, target)
        assert len(problems) == 1 and problems[0][0] == "warning", (code, problems)
        assert "the source has no negation" in problems[0][1]


def test_a_negation_dropped_is_a_warning() -> None:
    assert found(
        "fr", NEGATED, "La délégation a soutenu le projet de résolution sur la sécurité de l’eau."
    ) == [
        (
            "warning",
            "the source says 'not', the translation has no negation: a statement turned into "
            "its opposite?",
        )
    ]
    assert found("zh", NEGATED, "代表团支持关于水安全的决议草案。")
    assert found("ru", NEGATED, "Делегация поддержала проект резолюции о водной безопасности.")


def test_correct_translations_raise_nothing() -> None:
    pairs = [
        ("fr", NEGATED, "La délégation n’a pas soutenu le projet de résolution."),
        ("ru", NEGATED, "Делегация не поддержала проект резолюции."),
        ("zh", NEGATED, "代表团没有支持该决议草案。"),
        # a negation said with a word of another kind on the other side
        (
            "fr",
            "The agency was unable to reach the camp.",
            "L’agence n’a pas pu atteindre le camp.",
        ),
        (
            "es",
            "Non-governmental organizations joined.",
            "Se sumaron organizaciones no gubernamentales.",
        ),
        ("zh", "Fewer than 300 people remain.", "剩下的人不到300人。"),
        ("ar", "The appeal is only 20 per cent funded.", "لم يُموَّل النداء إلا بنسبة 20 في المائة."),
        ("ru", "No country should be left behind.", "Ни одна страна не должна остаться позади."),
        ("fr", "Nothing can replace dialogue.", "Rien ne peut remplacer le dialogue."),
        (
            "es",
            "The figure is the highest ever recorded.",
            "La cifra es la más alta jamás registrada.",
        ),
    ]
    for code, source, target in pairs:
        assert found(code, source, target) == [], (code, target)


def test_a_language_without_a_table_is_not_checked() -> None:
    assert found("de", SOURCE, "Die Delegation unterstützte den Entwurf nicht.") == []
