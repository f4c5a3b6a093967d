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


def test_a_currency_word_outside_an_amount_is_no_unit() -> None:
    source = (
        "The 2011 Humanitarian Appeal is the largest in dollar terms since the Consolidated "
        "Appeal Process was created in 1991."
    )
    for code, target in [
        (
            "fr",
            "L’Appel humanitaire 2011 est le plus important en valeur depuis la création de la "
            "procédure d’appel global en 1991.",
        ),
        (
            "es",
            "El Llamamiento Humanitario 2011 es el mayor en cifras monetarias desde que se creó el "
            "proceso de llamamientos unificados en 1991.",
        ),
        (
            "ar",
            "ويُعد النداء الإنساني لعام 2011 الأكبر من حيث القيمة المالية منذ إنشاء عملية النداءات "
            "الموحدة في عام 1991.",
        ),
        (
            "ru",
            "Гуманитарный призыв на 2011 год стал крупнейшим в денежном выражении с момента "
            "создания процесса сводных призывов в 1991 году.",
        ),
        ("zh", "按金额计算，《2011年人道主义呼吁》是1991年设立联合呼吁程序以来规模最大的一次。"),
    ]:
        assert errors(code, source, target) == [], code


DEPLOYED = "UNHCR has deployed dozens of experts and tens of millions of dollars in aid."


def test_the_currency_of_an_amount_without_a_figure() -> None:
    right = {
        "fr": "Le HCR a déployé des dizaines d’experts et une aide de plusieurs dizaines de "
        "millions de dollars.",
        "es": "El ACNUR ha desplegado a decenas de expertos y decenas de millones de dólares en "
        "ayuda.",
        "ar": "ونشرت المفوضية عشرات الخبراء ومساعدات بعشرات الملايين من الدولارات.",
        "ru": "УВКБ направило десятки экспертов и помощь на десятки миллионов долларов.",
        "zh": "难民署已部署数十名专家和价值数千万美元的援助。",
    }
    euros = {
        "fr": ("de dollars", "d’euros"),
        "es": ("de dólares", "de euros"),
        "ar": ("من الدولارات", "من اليوروات"),
        "ru": ("долларов", "евро"),
        "zh": ("美元", "欧元"),
    }
    for code, target in right.items():
        assert errors(code, DEPLOYED, target) == [], code
        dollars, euro = euros[code]
        changed = target.replace(dollars, euro)
        assert "dollars ('dollars') missing in the translation" in errors(code, DEPLOYED, changed)
        dropped = target.replace(" " + dollars, "").replace(dollars, "")
        assert errors(code, DEPLOYED, dropped) == [
            "dollars ('dollars') missing in the translation"
        ], code
