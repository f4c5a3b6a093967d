"""Negations read per language: the negations proper, the words that may say one otherwise,
and the set phrases that negate nothing."""

from __future__ import annotations

import pytest

from workflow.lang import languages, negation


def strong(text: str, code: str) -> tuple[str, ...]:
    return negation.strong(text, languages.parse(code))


def weak(text: str, code: str) -> int:
    return negation.weak(text, languages.parse(code))


@pytest.mark.parametrize(
    ("code", "text", "found"),
    [
        ("en", "The committee did not adopt the text.", ("not",)),
        ("en", "The mission hasn’t received the funds.", ("hasn’t",)),
        ("en", "No agreement was reached, and none is expected.", ("No", "none")),
        ("fr", "La commission n’a pas adopté le texte.", ("n’a pas",)),
        ("fr", "Le comité ne l’a jamais examiné.", ("ne l’a jamais",)),
        ("es", "La comisión no aprobó el texto.", ("no",)),
        ("pt", "A comissão não aprovou o texto.", ("não",)),
        ("ru", "Комиссия не утвердила текст.", ("не",)),
        ("ar", "ولم تعتمد اللجنة النص.", ("ولم",)),
        ("ar", "يجب ألا يتكرر ذلك.", ("ألا",)),
        ("zh", "委员会没有通过该案文。", ("没有",)),
        ("ur", "کمیٹی نے متن منظور نہیں کیا۔", ("نہیں",)),
    ],
)
def test_a_negation_is_read_in_each_language(code: str, text: str, found: tuple[str, ...]) -> None:
    assert strong(text, code) == found


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "The plan covers not only food but also shelter; records aren’t just broken."),
        ("fr", "la décennie la plus chaude jamais enregistrée"),
        ("zh", "不平等和营养不良仍然存在。"),
        ("en", "Reports are due no later than 30 June, under resolution No. 12."),
        ("fr", "Le plan couvre non seulement la nourriture mais aussi l’abri."),
        ("es", "No obstante, el plan cubre no solo alimentos sino también refugio."),
        ("ru", "План охватывает не только продовольствие, но и жильё; не менее 40 семей."),
        ("ar", "ولا سيما الأطفال، الذين لا يزالون في المخيمات."),
        ("ar", "قال إن الأطفال يعانون من ألم شديد."),  # ألم: pain
        ("zh", "委员会不断努力，未来将继续提供不同形式的援助。"),
        ("de", "Der Ausschuss hat den Text nicht angenommen."),  # no table: nothing read
    ],
)
def test_set_phrases_that_negate_nothing(code: str, text: str) -> None:
    assert strong(text, code) == ()


def test_negative_concord_counts_once_where_the_language_has_it() -> None:
    assert strong("Ни одна страна не должна остаться позади.", "ru") == ("Ни … не",)
    assert strong("No recibieron ni una dosis de ninguna vacuna.", "es") == ("No … ni … ninguna",)
    # Chinese has no concord: two negated verbs are two negations
    assert len(strong("不使用武力和不干涉内政。", "zh")) == 2


def test_restrictive_negation_says_only() -> None:
    # "لم ... إلا" and "ne ... que" say "only": no negation proper
    assert strong("لم يُموَّل النداء إلا بنسبة 20 في المائة.", "ar") == ()
    assert strong("L’appel n’est financé qu’à hauteur de 20 %.", "fr") == ()
    assert weak("L’appel n’est financé qu’à hauteur de 20 %.", "fr") >= 1


def test_set_phrases_said_with_or_without_a_negation_count_as_weak_words() -> None:
    assert weak("The plan covers not only food; records aren’t just broken.", "en") == 2
    assert weak("这不仅是一场粮食危机。", "zh") == 1
    assert weak("Это не только продовольственный кризис.", "ru") == 1


def test_words_that_may_say_a_negation_another_way() -> None:
    assert weak("The government was unable to act; the conflict remains unresolved.", "en") == 2
    assert weak("non-governmental organizations", "en") == 1
    assert weak("United Nations Children’s Fund, under the UNHCR", "en") == 1  # "under" only
    assert weak("Невозможно оценить ущерб.", "ru") == 1
    assert weak("انعدام الأمن الغذائي", "ar") == 1
