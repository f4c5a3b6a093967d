"""Verbs of saying per language (workflow/lang/saying.py)."""

from __future__ import annotations

import pytest

from workflow.lang import saying

ATTRIBUTIONS = {
    "en": ["she said", "Ms. Pope added", "he asked", "according to WFP", "UNODC writes"],
    "fr": ["a déclaré Mme Pope", "a-t-elle ajouté", "selon l’OIM", "a mis en avant", "avertissent"],
    "es": [
        "afirmó la Sra. Pope",
        "añadió",
        "dijo",
        "escribe en el prólogo",
        "según la OIM",
        "advierten",
    ],
    "ru": ["сказала она", "заявила г-жа Поуп", "предупреждал", "по словам г-жи Поуп", "спросил он"],
    "ar": ["وقالت", "وأضافت السيدة بوب", "قائلاً", "وفقاً للمنظمة", "وأكدت", "هكذا تساءل", "يحذران"],
    "zh": ["她说", "波普女士补充说", "他指出", "她强调"],
}


@pytest.mark.parametrize("base", sorted(ATTRIBUTIONS))
def test_attributions_have_a_verb_of_saying(base: str) -> None:
    for text in ATTRIBUTIONS[base]:
        assert saying.has_saying(text, base), (base, text)


def test_other_words_are_none() -> None:
    assert not saying.has_saying("la Directora Ejecutiva del PMA, Cindy McCain", "es")
    assert not saying.has_saying("la Directrice exécutive du PAM, Cindy McCain", "fr")
    assert not saying.has_saying("Директор-исполнитель ВПП Синди Маккейн", "ru")
    # Arabic words that hold a verb's letters: "تذكير" (a reminder), "الانتقال" (transition)
    assert not saying.has_saying("تذكير مأساوي بشأن الانتقال", "ar")
    assert not saying.known("xx") and not saying.has_saying("said", "xx")


def test_an_incise_inside_the_quotation() -> None:
    assert saying.has_incise("Nous devons agir, a-t-elle dit, maintenant", "fr")
    assert saying.has_incise("Мы должны действовать, — сказал он, — сейчас", "ru")
    assert not saying.has_incise("Nous devons agir maintenant", "fr")


def test_a_headline_s_attribution() -> None:
    assert saying.headline_attribution("Ten Days without Power, IAEA Chief Warns") == (
        "IAEA Chief Warns"
    )
    assert saying.headline_attribution("Millions Unable to Have Children, UNFPA Report Finds") == (
        "UNFPA Report Finds"
    )
    assert saying.headline_attribution("Progress has stalled, he warns") == ""
    assert saying.headline_attribution("Heatwave in Europe") == ""


def test_a_headline_attribution_of_two_bodies_and_russian_prepositions() -> None:
    assert saying.headline_attribution("Billions Lack Safe Water, WHO and UNICEF Say") == (
        "WHO and UNICEF Say"
    )
    assert saying.has_saying("свидетельствуют «Факты и цифры» МСЭ", "ru")
    assert saying.has_saying("Согласно докладу ВОЗ, число случаев выросло", "ru")
