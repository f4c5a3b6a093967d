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


def messages(code: str, source: str, target: str) -> list[tuple[str, str]]:
    ctx = Context(EN, languages.parse(code))
    return [
        (p.severity, p.message) for p in CHECKS["repetition"].run(EntryView(source, target), ctx)
    ]


def test_a_phrase_said_twice_in_a_row_is_an_error_in_every_script() -> None:
    src = "That was about 2 per cent of a pre-war population of 44 million."
    es = "Eso suponía alrededor del 2 % de una población de 44 millones antes de la guerra."
    assert messages("es", src, es) == []
    slipped = es.replace("de una población", "de una población de una población")
    assert messages("es", src, slipped) == [("error", "'de una población' said twice in a row")]
    # a pair of function words doubled ("de una de una") is only a warning
    slipped = es.replace("de una", "de una de una")
    assert messages("es", src, slipped) == [("warning", "'de una' said twice in a row")]

    ru = "Самый быстро нарастающий кризис беженцев в Европе"
    src = "The fastest-growing refugee crisis in Europe"
    assert messages("ru", src, ru) == []
    assert messages("ru", src, ru.replace("быстро нарастающий", "быстро нарастающий " * 2)) == [
        ("error", "'быстро нарастающий' said twice in a row")
    ]
    # a clause said again after a dash, an attribution said twice after a comma
    said = "«Кроме того, грозит голод», – сказал Генеральный секретарь."
    src = "“And some are at risk of famine,” the Secretary-General said."
    assert messages("ru", src, said) == []
    assert messages("ru", src, said[:-1] + " – сказал Генеральный секретарь.") == [
        ("error", "'сказал генеральный секретарь' said twice in a row")
    ]
    assert messages(
        "es", "“The world should act now,” he said.", "«El mundo debe actuar ya», afirmó, afirmó."
    ) == [("error", "'afirmó' said twice in a row")]
    # Arabic words with their vowel marks (tanwin) are words all the same
    ar = "يتطلب الأمر هجوماً إرهابياً ورداً عسكرياً."
    src = "It took a terrorist attack and military reaction."
    assert messages("ar", src, ar) == []
    assert [s for s, _ in messages("ar", src, ar.replace("ورداً", "ورداً هجوماً إرهابياً ورداً"))] == [
        "error"
    ]
    # Chinese: characters said twice with nothing between
    zh = "巴基斯坦与难民署的伙伴关系已有35年。"
    src = "Pakistan's partnership with UNHCR is 35 years old."
    assert messages("zh", src, zh) == []
    assert messages("zh", src, zh.replace("伙伴", "伙伴伙伴")) == [
        ("error", "'伙伴' said twice in a row")
    ]


def test_repeats_a_language_makes_are_not_flagged() -> None:
    # "crise de crise de réfugiés": a pair holding a function word is only a warning
    src = "He called it the fastest-growing refugee crisis in Europe."
    fr = "Il a qualifié cette crise de crise de réfugiés à la croissance la plus rapide."
    assert messages("fr", src, fr) == [("warning", "'crise de' said twice in a row")]
    # short words doubled (French reflexive "nous nous"): a warning at most
    src = "We met the delegation."
    assert [
        s for s, _ in messages("fr", src, "Nous nous sommes entretenus avec la délégation.")
    ] == ["warning"]
    # a doubling the source has too ("Bora Bora"), a hyphenated reduplication
    src = "The Bora Bora meeting."
    assert messages("fr", src, "La réunion de Bora Bora.") == []
    src = "The Bora Bora meeting in Walla."  # one doubling in the source, two in the target
    twice = "La réunion de Bora Bora à Walla Walla."
    assert [s for s, _ in messages("fr", src, twice)] == ["warning", "warning"]
    assert messages("ru", "Very, very long.", "Очень-очень долго.") == []
    # Chinese reduplication of one character, and a word said again after a comma
    src = "Everyone has the right; the attack, which killed a crew member."
    assert messages("zh", src, "人人都有权利，仅仅是第一步。") == []
    assert messages("zh", src, "安理会谴责对一架直升机的袭击，袭击造成一名机组人员死亡。") == []
    # a URL written twice is no phrase
    src = "See www.unhcr.org and www.unhcr.org/ukraine."
    assert messages("es", src, "Véase www.unhcr.org www.unhcr.org/ukraine.") == []


def test_a_run_of_five_words_or_eight_characters_said_again_is_an_error() -> None:
    # the beginning said again after the sentence (an engine starting over)
    src = "Pakistan and India are both members of the United Nations."
    es = "Pakistán y la India son miembros de las Naciones Unidas."
    assert messages("es", src, es) == []
    assert messages("es", src, es + " Pakistán y la India son") == [
        ("error", "'pakistán y la india son' (5 tokens) said twice")
    ]
    zh = "巴基斯坦倡导建立全面的国际网络安全框架。"
    src = "Pakistan Advocates for Comprehensive International Cyber Security Framework."
    assert messages("zh", src, zh + "巴基斯坦倡导建立全") == [
        ("error", "'巴基斯坦倡导建立全' (9 tokens) said twice")
    ]
    # a name the source says twice too, where the translation repeats more words around it
    src = "The United Nations said the United Nations would stay."
    fr = (
        "L’Organisation des Nations Unies a déclaré que l’Organisation des Nations Unies resterait."
    )
    assert [s for s, _ in messages("fr", src, fr)] == ["warning"]
    # three words said twice (a title, a place) are no repetition
    src = "Ambassador Akram and Ambassador Massari met in New York."
    es = "El Embajador de Pakistán y el Embajador de Italia se reunieron en Nueva York."
    assert messages("es", src, es) == []
