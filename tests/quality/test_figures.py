"""Figures read as numbers in many notations and scripts, and compared by value."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

from workflow.catalogs import pofile
from workflow.lang import languages, numerals
from workflow.quality import figures
from workflow.quality.figures import Finding

REPO = Path(__file__).resolve().parents[2]
SAMPLE = "2024-06-20-cyber-security-framework"
EN = languages.parse("en")


def lang(code: str) -> languages.Language:
    return languages.parse(code)


def values(text: str, code: str) -> list[Decimal]:
    return [f.value for f in figures.figures(text, lang(code))]


def compare(source: str, target: str, code: str) -> list[Finding]:
    return figures.compare(source, target, EN, lang(code))


def errors(found: list[Finding]) -> list[str]:
    return [f.message for f in found if f.severity == "error"]


def warnings(found: list[Finding]) -> list[str]:
    return [f.message for f in found if f.severity == "warning"]


# --- reading ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("en", "240,000,000", [240_000_000]),
        ("fr", "240\u202f000\u202f000", [240_000_000]),
        ("fr", "240\u00a0000\u00a0000", [240_000_000]),
        ("fr", "240 000 000", [240_000_000]),
        ("es", "240.000.000", [240_000_000]),
        ("de", "240.000.000", [240_000_000]),
        ("fr", "2,4", [Decimal("2.4")]),
        ("es", "2,4", [Decimal("2.4")]),
        ("en", "2.4", [Decimal("2.4")]),
        ("zh", "2.4亿", [240_000_000]),
        ("zh", "125万次", [1_250_000]),
        ("zh", "300万", [3_000_000]),
        ("zh", "1万亿", [10**12]),
        ("en", "240 million", [240_000_000]),
        ("en", "$2.4 billion", [2_400_000_000]),
        ("fr", "240 millions", [240_000_000]),
        ("fr", "2,4 milliards", [2_400_000_000]),
        ("es", "240 millones", [240_000_000]),
        ("es", "2.400 millones", [2_400_000_000]),
        ("es", "1,5 mil millones", [1_500_000_000]),
        ("pt", "240 milhões", [240_000_000]),
        ("ar", "240 مليون", [240_000_000]),
        ("ur", "240 ملین", [240_000_000]),
        ("ur", "24 کروڑ", [240_000_000]),
        ("ur", "۱۲ لاکھ ۵۰ ہزار", [1_250_000]),
        ("hi", "२४ करोड़", [240_000_000]),
        ("ru", "240 млн", [240_000_000]),
        # Arabic-Indic and Extended Arabic-Indic digits, Arabic separators
        ("ar", "٢٠١٩ و٢٠٢٠", [2019, 2020]),
        ("ar", "١٬٢٥٠٬٠٠٠", [1_250_000]),
        ("ar", "٢٫٤", [Decimal("2.4")]),
        ("ur", "۲۰۱۹", [2019]),
        ("hi", "२०२४", [2024]),
        # years and dates: months next to a figure count as their number
        ("en", "On 20 June 2024", [20, 6, 2024]),
        ("en", "June 20, 2024", [6, 20, 2024]),
        ("en", "in May the 5 may", [5]),  # "may" (verb) is no month; May alone is no date
        ("fr", "le 20 juin 2024", [20, 6, 2024]),
        ("es", "el 20 de junio de 2024", [20, 6, 2024]),
        ("ar", "20 حزيران/يونيو 2024", [20, 6, 2024]),
        ("ur", "20 جون 2024", [20, 6, 2024]),
        ("zh", "2024年6月20日", [2024, 6, 20]),
        ("de", "am 5. Juni", [5, 6]),
        ("es", "en septiembre de 2024", [9, 2024]),
        # not figures: digits inside URLs and e-mails
        ("en", "see https://x.org/2024/06/page-15 or mail team42@x.org", []),
        ("en", "read [the text](https://x.org/a/227)", []),
    ],
)
def test_figures_are_read_as_numbers(code: str, text: str, expected: list[int | Decimal]) -> None:
    assert values(text, code) == [Decimal(v) for v in expected]


def test_a_figure_keeps_its_text_and_scale() -> None:
    (f,) = figures.figures("plus de 240 millions d’habitants", lang("fr"))
    assert (f.text, f.number, f.scale, f.power) == ("240 millions", 240, "millions", 6)
    assert "plus de 240 millions d’habitants"[f.start : f.end] == f.text


def test_ascii_digits_keep_positions() -> None:
    text = "عام ٢٠١٩ و۲۰۲۰ और २०२४"
    plain = numerals.ascii_digits(text)
    assert len(plain) == len(text)
    assert "2019" in plain and "2020" in plain and "2024" in plain


# --- comparing ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("code", "target"),
    [
        ("fr", "plus de 240 millions d’habitants"),
        ("fr", "240\u202f000\u202f000 habitants"),
        ("es", "más de 240 millones de personas"),
        ("es", "240.000.000 de personas"),
        ("pt", "mais de 240 milhões de pessoas"),
        ("ar", "أكثر من 240 مليون نسمة"),
        ("ur", "240 ملین سے زائد"),
        ("ur", "24 کروڑ سے زائد"),
        ("zh", "超过2.4亿"),
        ("zh", "超过24000万"),
        ("hi", "२४ करोड़ से अधिक"),
    ],
)
def test_240_million_in_every_notation(code: str, target: str) -> None:
    assert compare("over 240 million people", target, code) == []


@pytest.mark.parametrize(
    ("code", "target", "message"),
    [
        ("fr", "plus de 24 millions d’habitants", "240 million missing"),
        ("fr", "plus de 240 milliards d’habitants", "240 million missing"),
        ("fr", "plus de 240 habitants", "240 million missing"),
        ("es", "más de 250 millones de personas", "240 million missing"),
        ("ur", "240 بلین سے زائد", "240 million missing"),
        ("ur", "24 لاکھ سے زائد", "240 million missing"),
        ("ar", "أكثر من 240 مليار نسمة", "240 million missing"),
        ("zh", "超过2.4万", "240 million missing"),
        ("zh", "超过24亿", "240 million missing"),
    ],
)
def test_a_wrong_value_is_an_error(code: str, target: str, message: str) -> None:
    found = compare("over 240 million people", target, code)
    assert message in errors(found)
    assert any(m.endswith("not in the source") for m in errors(found))


def test_dates_compare_across_scripts() -> None:
    source = "On 20 June 2024, the Council met."
    for code, target in [
        ("fr", "Le 20 juin 2024, le Conseil s’est réuni."),
        ("es", "El 20 de junio de 2024, el Consejo se reunió."),
        ("ar", "في 20 حزيران/يونيو 2024، اجتمع المجلس."),
        ("zh", "2024年6月20日，安理会举行会议。"),
        ("ur", "20 جون 2024 کو کونسل کا اجلاس ہوا۔"),
    ]:
        assert compare(source, target, code) == [], code
    # a wrong month: the source's is missing (an error); the other is only a warning, since a
    # month name is also part of names (حركة 23 مارس, the 23 March Movement, for "M23")
    found = compare(source, "Le 20 juillet 2024, le Conseil s’est réuni.", "fr")
    assert errors(found) == ["June (month) missing"]
    assert warnings(found) == ["juillet (month) not in the source"]
    found = compare(source, "2024年7月20日，安理会举行会议。", "zh")
    assert errors(found) == ["June (month) missing"]
    assert warnings(found) == ["7 (month) not in the source"]


def test_months_as_un_texts_write_them() -> None:
    # UN Arabic: both month names ("آذار/مارس"), the UN spellings يونيه and يوليه, no year
    assert compare("The attack of 7 March.", "الهجوم الذي وقع في 7 آذار/مارس.", "ar") == []
    assert compare("From 1 July to 30 June.", "من 1 تموز/يوليه إلى 30 حزيران/يونيه.", "ar") == []
    # Chinese: a month alone ("since January" = "自1月以来") is the month, not a figure 1
    assert compare("Since January, 400,000 fled.", "自1月以来，40多万人逃离。", "zh") == []
    # a month named by the source without a figure is accounted for on the other side too; one
    # the translation names instead of it is a month changed
    assert errors(compare("Since January, 400,000 fled.", "自2月以来，40多万人逃离。", "zh")) == [
        "2 (month) not in the source, month 1 missing"
    ]


def test_un_arabic_and_chinese_number_styles() -> None:
    # grouped by spaces, decimal comma (UN Arabic), the plural and the dual of scale words
    assert compare("A ceiling of 17,000 and 2,101.", "سقف قدره 17 000 و2 101.", "ar") == []
    assert compare("Over 1.9 million fled.", "فرّ أكثر من 1,9 مليون شخص.", "ar") == []
    assert compare("A $9.3 billion pledge.", "تعهد بمبلغ 9,3 بلايين دولار.", "ar") == []
    assert compare("€2 billion over four years.", "بليونا يورو على مدى أربع سنوات.", "ar") == []
    assert compare("20 million children.", "2 000万儿童。", "zh") == []
    # a comma before three digits still groups: 1,200 is not 1.2
    assert errors(compare("1.2 million", "1,200 مليون", "ar")) != []
    assert errors(compare("1.9 million fled.", "فرّ 1,8 مليون شخص.", "ar")) == [
        "1.9 million missing",
        "1,8 مليون not in the source",
    ]


def test_range_with_one_scale_word() -> None:
    source = "They need between $5.8 and $5.9 trillion."
    assert compare(source, "Il leur faut de 5 800 à 5 900 milliards de dollars.", "fr") == []
    assert compare(source, "Им нужно от 5,8 до 5,9 трлн долл. США.", "ru") == []
    assert compare(source, "需要5.8万亿至5.9万亿美元。", "zh") == []
    assert errors(compare(source, "Il leur faut de 5 700 à 5 900 milliards de dollars.", "fr"))


def test_figures_dropped_or_added() -> None:
    source = "The 2019 and 2020 reports listed 750 outlets."
    assert errors(compare(source, "Les rapports de 2019 listaient 750 médias.", "fr")) == [
        "2020 missing"
    ]
    assert errors(compare(source, "Les rapports de 2019 et 2020 listaient 751 médias.", "fr")) == [
        "750 missing",
        "751 not in the source",
    ]
    # the same figure twice in the translation when the source has it once; a year said again
    # is a date made explicit, a warning
    assert errors(compare("In 750 cases.", "Dans 750 cas, 750.", "fr")) == ["750 not in the source"]
    assert compare("In 2019.", "En 2019, en 2019.", "fr") == [
        Finding("warning", "2019 not in the source as often")
    ]


def test_source_separators_in_a_translation_are_an_error() -> None:
    # a French reader reads "2.4" as 2 and 4, "80,000" as 80: another value
    found = compare("a 2.4% rise", "une hausse de 2.4 %", "fr")
    assert warnings(found) == []
    assert errors(found) == [
        "2.4 is read as 2.4 only with en separators (fr groups with '\\u202f', decimals with ',')"
    ]
    found = compare("80,000 people", "80,000 personnes", "fr")
    assert warnings(found) == [] and len(errors(found)) == 1
    found = compare("80,000 people", "80,000 человек", "ru")
    assert warnings(found) == [] and len(errors(found)) == 1
    assert compare("80,000 people", "80 000 personnes", "fr") == []


def test_plain_spaces_between_separate_figures() -> None:
    # French groups with spaces: "10 750" is read as 10750, or as 10 and 750 when that fits
    assert compare("the 10 750 fake outlets", "les 10 750 faux médias", "fr") == []
    assert compare("27,000 soldiers", "27 000 soldats", "fr") == []


def test_scale_word_not_understood_is_a_warning_never_a_pass() -> None:
    found = compare("240 million people", "240 milyon kişi", "tr")  # no Turkish table
    assert errors(found) == []
    assert len(warnings(found)) == 1 and "'milyon'" in warnings(found)[0]
    found = compare("240 million people", "240 Mio. Einwohner", "fr")  # German word in French
    assert errors(found) == [] and "'Mio" in warnings(found)[0]
    # a known table and a word that is no scale word: the value is wrong
    assert errors(compare("240 million people", "240 personnes", "fr")) != []


# --- the reviewed sample catalogs ---------------------------------------------------------------
def _sample(code: str) -> list[tuple[str, str]]:
    path = REPO / "locales" / code / "LC_MESSAGES" / f"{SAMPLE}.po"
    po = pofile.parse(path.read_bytes(), path=str(path))
    return [(e.msgid, e.msgstr) for e in po if e.msgstr]


@pytest.mark.parametrize("code", ["fr", "es", "ur", "ar", "zh", "ru"])
def test_reviewed_sample_figures_agree(code: str) -> None:
    pairs = _sample(code)
    assert len(pairs) == 19  # every entry of the sample release
    for source, target in pairs:
        assert compare(source, target, code) == [], (source, target)


@pytest.mark.parametrize(
    ("code", "written", "wrong"),
    [
        ("fr", "240 millions", "240 milliards"),
        ("es", "240 millones", "24 millones"),
        ("ur", "240 ملین", "240 ملین ملین ہزار"),
        ("ar", "240 مليون", "240 ألف"),
        ("zh", "2.4亿", "2.4万"),
    ],
)
def test_reviewed_sample_with_the_population_altered(code: str, written: str, wrong: str) -> None:
    (source, target) = next(p for p in _sample(code) if "240 million" in p[0])
    assert written in target
    found = compare(source, target.replace(written, wrong), code)
    assert "240 million missing" in errors(found)


def test_reviewed_sample_with_a_year_altered_in_arabic_indic_digits() -> None:
    (source, target) = next(p for p in _sample("ar") if "2019 and 2020" in p[0])
    assert compare(source, target.replace("2019", "٢٠١٩"), "ar") == []
    assert errors(compare(source, target.replace("2019", "٢٠١٨"), "ar")) == [
        "2019 missing",
        "٢٠١٨ not in the source",
    ]


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("zh", "第七十九届会议", [79]),
        ("zh", "二〇二四年", [2024]),
        ("zh", "一万二千人", [12000]),
        ("zh", "十五年", [15]),
        ("zh", "两百", [200]),
        ("fr", "trois rapports et une note", [3, 1]),
        ("en", "three reports", [3]),
        ("ar", "ثلاثة تقارير", [3]),
    ],
)
def test_figures_in_words(code: str, text: str, expected: list[int]) -> None:
    assert figures.word_values(text, lang(code)) == [Decimal(v) for v in expected]


def test_words_only_account_for_figures_never_report_them() -> None:
    assert compare("the 79th session", "第七十九届会议", "zh") == []
    assert compare("three reports", "3 rapports", "fr") == []
    assert compare("3 reports", "trois rapports", "fr") == []
    # 统一 (unify) holds 一 (one): no figure is reported for it
    assert compare("a unified text", "统一的案文", "zh") == []


def test_centuries_halves_times_and_proportions_as_translations_write_them() -> None:
    assert compare("in the 21st century", "au XXIe siècle", "fr") == []
    assert compare("in the 21st century", "в XXI веке", "ru") == []
    assert compare("1.5 million people", "un million et demi de personnes", "fr") == []
    assert compare("1.5 million people", "полтора миллиона человек", "ru") == []
    assert compare("The meeting began at 3 p.m.", "La séance a commencé à 15 heures.", "fr") == []
    assert compare("The meeting began at 3 p.m.", "بدأت الجلسة الساعة 15:00.", "ar") == []
    assert compare("1 in 5 children", "каждый пятый ребенок", "ru") == []
    # still caught: a wrong hour, a wrong century, a wrong proportion
    assert errors(compare("at 3 p.m.", "à 16 heures", "fr")) == [
        "3 missing",
        "16 not in the source",
    ]
    assert errors(compare("in the 21st century", "au XXe siècle", "fr")) == ["21 missing"]
    assert errors(compare("1 in 5 children", "каждый четвертый ребенок", "ru")) == ["5 missing"]


def test_thousands_decades_and_duals_in_words() -> None:
    assert compare("3,000 people", "ثلاثة آلاف شخص", "ar") == []
    assert compare("$1 billion", "mil millones de dólares", "es") == []
    assert compare("in the 1990s", "en los años noventa", "es") == []
    assert compare("in the 1990s", "在二十世纪九十年代", "zh") == []
    assert compare("in the 1990s", "في تسعينيات القرن الماضي", "ar") == []
    assert errors(compare("in the 1990s", "en los años ochenta", "es")) == ["1990 missing"]
    # an Arabic dual may say the 2: unsure, a warning; another figure is still an error
    found = compare("for 2 years", "لمدة عامين", "ar")
    assert errors(found) == [] and warnings(found)
    assert errors(compare("for 2 years", "لمدة 3 أعوام", "ar")) == ["3 not in the source"]


# --- orders of magnitude without a figure (issue 13) --------------------------------------------
TENS_OF_MILLIONS = "In 2011, tens of millions of people will need help to survive."


@pytest.mark.parametrize(
    ("code", "right", "wrong"),
    [
        (
            "fr",
            "En 2011, des dizaines de millions de personnes auront besoin d’aide pour survivre.",
            "En 2011, des dizaines de milliards de personnes auront besoin d’aide pour survivre.",
        ),
        (
            "es",
            "En 2011, decenas de millones de personas necesitarán ayuda para sobrevivir.",
            "En 2011, decenas de mil millones de personas necesitarán ayuda para sobrevivir.",
        ),
        (
            "ru",
            "В 2011 году десятки миллионов людей будут нуждаться в помощи, чтобы выжить.",
            "В 2011 году десятки миллиардов людей будут нуждаться в помощи, чтобы выжить.",
        ),
        (
            "ar",
            "في عام 2011، سيحتاج عشرات الملايين من الناس إلى المساعدة من أجل البقاء.",
            "في عام 2011، سيحتاج عشرات المليارات من الناس إلى المساعدة من أجل البقاء.",
        ),
        (
            "zh",
            "2011年，将有数千万人需要援助才能生存。",
            "2011年，将有数十亿人需要援助才能生存。",
        ),
    ],
)
def test_an_order_of_magnitude_without_a_figure_is_compared_by_scale(
    code: str, right: str, wrong: str
) -> None:
    assert compare(TENS_OF_MILLIONS, right, code) == []
    found = compare(TENS_OF_MILLIONS, wrong, code)
    assert len(found) == 1 and found[0].severity == "error"
    assert "'tens of millions' (10^7) written" in found[0].message


def test_orders_of_magnitude_read_in_each_language() -> None:
    def powers(text: str, code: str) -> list[int]:
        return [v.power for v in figures.vague_amounts(text, lang(code))]

    assert powers("hundreds of thousands fled; millions stayed", "en") == [5, 6]
    assert powers("des centaines de milliers de réfugiés et des milliards de dollars", "fr") == [
        5,
        9,
    ]
    assert powers("miles de personas y miles de millones de dólares", "es") == [3, 9]
    assert powers("гибели тысяч людей и перемещения миллионов", "ru") == [3, 6]
    assert powers("مساعدات بعشرات الملايين من الدولارات لملايين اللاجئين", "ar") == [7, 6]
    assert powers("数百万难民、数以千万计的资金和数十名专家", "zh") == [6, 7]  # 数十: no scale
    # a scale word after a figure or a number word is the figure's
    assert powers("240 millions, deux milliards, 2,5 milliards", "fr") == []
    assert powers("двух миллионов и 20 миллионов", "ru") == []
    assert powers("ثلاثة ملايين لاجئ", "ar") == []


def test_an_order_of_magnitude_on_one_side_only_is_the_figures_business() -> None:
    # "2 million" said by an Arabic dual, "millions" made a figure: no scale said changed
    assert not [f for f in compare("2 million refugees", "مليونا لاجئ", "ar") if "10^" in f.message]
    assert not [
        f
        for f in compare("millions of refugees", "2 millions de réfugiés", "fr")
        if "10^" in f.message
    ]


@pytest.mark.parametrize(
    ("code", "source", "right", "wrong"),
    [
        (
            "ru",
            "“The 2.5 billion dollars that we are seeking today is a large amount”",
            "«Два с половиной миллиарда долларов, которые мы сегодня просим, – крупная сумма»",
            "«Два с половиной миллионов долларов, которые мы сегодня просим, – крупная сумма»",
        ),
        (
            "fr",
            "“The 2.5 billion dollars that we are seeking today”",
            "« Les deux milliards et demi de dollars que nous demandons aujourd’hui »",
            "« Les deux millions et demi de dollars que nous demandons aujourd’hui »",
        ),
        (
            "es",
            "“The 2.5 million people who fled”",
            "«Los dos millones y medio de personas que huyeron»",
            "«Los tres millones y medio de personas que huyeron»",
        ),
    ],
)
def test_and_a_half_in_words_is_read_by_value(
    code: str, source: str, right: str, wrong: str
) -> None:
    assert compare(source, right, code) == []
    assert [f.severity for f in compare(source, wrong, code)] == ["error"]


def test_a_month_matches_a_month_before_a_count() -> None:
    source = "On 3 March, Mr. Grandi had said that one million people had fled Ukraine."
    assert compare(source, "3月3日，格兰迪先生曾表示，已有100万人逃离乌克兰。", "zh") == []
    # the day dropped: the month's 3 does not stand for it
    assert compare(source, "3月日，格兰迪先生曾表示，已有100万人逃离乌克兰。", "zh") == [
        Finding("error", "3 missing")
    ]


def test_a_million_in_words_is_one_million() -> None:
    source = "More than a million people have been displaced since April."
    assert compare(source, "自4月以来，已有100多万人流离失所。", "zh") == []
    assert compare(source, "自4月以来，已有200多万人流离失所。", "zh") == [
        Finding("error", "200多万 not in the source")
    ]


# --- amounts read by value in each language's grammar (tests/quality/amounts_corpus.py) ---------
@pytest.mark.parametrize("code", ["fr", "es", "ru", "ar", "zh"])
def test_hand_translated_amounts_raise_nothing(code: str) -> None:
    from tests.quality import amounts_corpus

    for source, target in amounts_corpus.pairs(code):
        assert errors(compare(source, target, code)) == [], (source, target)


@pytest.mark.parametrize("code", ["fr", "es", "ru", "ar", "zh"])
def test_every_number_fault_injected_in_the_amounts_is_an_error(code: str) -> None:
    from tests.quality import amounts_corpus

    tried = 0
    for source, target in amounts_corpus.pairs(code):
        for variant, bad in amounts_corpus.faults(code, target):
            if variant.startswith("number") and (code, variant, bad) not in amounts_corpus.NO_FAULT:
                tried += 1
                assert errors(compare(source, bad, code)), (variant, bad)
    assert tried >= 100


@pytest.mark.parametrize(
    ("code", "source", "right", "wrong"),
    [
        ("fr", "Two million refugees", "Deux millions de réfugiés", "Trois millions de réfugiés"),
        (
            "es",
            "Two million refugees",
            "Dos millones de refugiados",
            "Dos mil millones de refugiados",
        ),
        ("ru", "for six months", "в течение шести месяцев", "в течение семи месяцев"),
        ("ar", "three countries", "ثلاثة بلدان", "أربعة بلدان"),
        ("zh", "a third of the population", "三分之一的人口", "四分之一的人口"),
        ("fr", "three quarters of them", "les trois quarts d’entre eux", "les quatre quarts"),
        ("zh", "Two million refugees", "两百万难民", "两百亿难民"),
        # the source's "N and a half million", "half a million" and "twice", in words
        (
            "ru",
            "one and a half million people",
            "полтора миллиона человек",
            "два миллиона человек",
        ),
        (
            "fr",
            "two and a half million people",
            "deux millions et demi de personnes",
            "trois millions de personnes",
        ),
        ("zh", "one and a half million people", "一百五十万人", "两百万人"),
        ("ar", "one and a half million people", "مليون ونصف مليون شخص", "ثلاثة ملايين شخص"),
        # ... and with no scale word: "three and a half per cent" (3.5)
        ("ru", "three and a half per cent", "три с половиной процента", "три процента"),
        ("zh", "prices rose by three and a half per cent", "价格上涨了3.5%", "价格上涨了4.5%"),
        ("ar", "two and a half years", "عامين ونصف", "ثلاثة أعوام"),
        ("fr", "half a million people", "un demi-million de personnes", "un million de personnes"),
        ("ru", "half a million people", "полмиллиона человек", "миллион человек"),
        (
            "fr",
            "twice as many people",
            "deux fois plus de personnes",
            "trois fois plus de personnes",
        ),
        ("es", "twice as many people", "el doble de personas", "el triple de personas, tres veces"),
        ("ru", "they met twice", "они встречались дважды", "они встречались трижды"),
    ],
)
def test_figures_in_words_on_both_sides_are_compared(
    code: str, source: str, right: str, wrong: str
) -> None:
    assert compare(source, right, code) == []
    assert errors(compare(source, wrong, code))


def test_words_that_say_no_value_are_not_compared() -> None:
    # approximate counts, "a second wave" said otherwise, "three decades" as thirty-odd years
    assert compare("dozens of experts", "des dizaines d’experts", "fr") == []
    assert compare("dozens of experts", "数十名专家", "zh") == []
    assert (
        compare("a second wave hit three towns", "une nouvelle vague a frappé trois villes", "fr")
        == []
    )
    assert compare("For more than three decades", "三十多年来", "zh") == []
    assert errors(compare("For more than three decades", "四十多年来", "zh"))
    # "семьи" are families, not sevens
    assert compare("three families", "три семьи", "ru") == []


def test_spanish_groups_with_spaces_and_chinese_decades() -> None:
    assert compare("177,770 people", "177 770 personas", "es") == []
    assert compare("177,770 people", "177.770 personas", "es") == []
    assert compare("in the 1990s", "20世纪90年代", "zh") == []
    assert errors(compare("in the 1990s", "20世纪80年代", "zh"))
    assert compare("by 14 votes to none", "以14票赞成、0票反对", "zh") == []


@pytest.mark.parametrize(
    ("code", "source", "right", "wrong"),
    [
        (
            "fr",
            "more than 300,000 people",
            "plus de 300 000 personnes",
            "moins de 300 000 personnes",
        ),
        ("es", "fewer than 500 families", "menos de 500 familias", "más de 500 familias"),
        (
            "ru",
            "on less than $1.25 a day",
            "менее чем на 1,25 доллара",
            "более чем на 1,25 доллара",
        ),
        ("ar", "more than 300,000 people", "أكثر من 300 000 شخص", "أقل من 300 000 شخص"),
        ("zh", "more than 300,000 people", "30多万人", "不到30万人"),
        ("zh", "children under 5", "5岁以下儿童", "5岁以上儿童"),
    ],
)
def test_a_bound_turned_round_is_an_error(code: str, source: str, right: str, wrong: str) -> None:
    assert compare(source, right, code) == []
    assert [f.severity for f in compare(source, wrong, code)] == ["error"]


def test_neutral_and_double_bounds_are_not_read_as_turned() -> None:
    # "nearly" may be "about"; "no fewer than" is a lower bound
    assert compare("nearly 2 million", "environ 2 millions", "fr") == []
    assert compare("more than 300,000", "не менее 300 000", "ru") == []
    assert (
        compare("over 3 days, fewer than 10 died", "en 3 jours, moins de 10 sont morts", "fr") == []
    )


@pytest.mark.parametrize(
    ("code", "source", "right", "wrong"),
    [
        (
            "fr",
            "The camp has sheltered them for nearly 25 years.",
            "Le camp les abrite depuis près de 25 ans.",
            "Le camp les abrite depuis plus de 25 ans.",
        ),
        (
            "es",
            "Some 48,000 tents were sent.",
            "Se enviaron unas 48 000 tiendas.",
            "Se enviaron más de 48 000 tiendas.",
        ),
        (
            "ru",
            "about 7 per cent of the harvest",
            "около 7 процентов урожая",
            "менее 7 процентов урожая",
        ),
        ("ar", "around 64,000 families", "نحو 64 ألف أسرة", "أكثر من 64 ألف أسرة"),
        # the source bounds another figure; the one it says is about so much is bounded
        (
            "zh",
            "more than 9,000 troops and almost 320 police",
            "9000多名士兵和近320名警察",
            "9000多名士兵和超过320名警察",
        ),
    ],
)
def test_an_approximation_made_a_bound_is_an_error(
    code: str, source: str, right: str, wrong: str
) -> None:
    assert compare(source, right, code) == []
    assert [f.message.split(" (")[-1] for f in compare(source, wrong, code)] == [
        "an approximation made a bound)"
    ]


def test_a_bound_turned_round_among_bounds_both_ways_is_told_figure_by_figure() -> None:
    source = "Fewer than 200 schools reopened, while more than 45,000 pupils stayed home."
    assert (
        compare(
            source,
            "Moins de 200 écoles ont rouvert, et plus de 45 000 élèves sont restés chez eux.",
            "fr",
        )
        == []
    )
    assert errors(
        compare(
            source,
            "Moins de 200 écoles ont rouvert, et moins de 45 000 élèves sont restés chez eux.",
            "fr",
        )
    ) == ["'more than' written 'moins de' (a lower bound made an upper one)"]


def test_a_figure_in_words_counted_once_against_the_same_in_digits() -> None:
    # the source says seven billion twice (in words, and in digits in a name): the translation's
    # one 7 billion in digits answers the digits, not the words too
    source = (
        "A population of seven billion is a landmark; the campaign is called “7 Billion Actions”."
    )
    right = "Une population de sept milliards est un jalon ; la campagne s’appelle « 7 milliards d’actions »."
    assert compare(source, right, "fr") == []
    assert errors(compare(source, right.replace("sept milliards", "sept millions"), "fr")) == [
        "7000000000 (in words) missing",
        "7000000 (in words) not in the source",
    ]


def test_a_chinese_more_than_lost() -> None:
    source = "More than 3,500 families have received shelter kits."
    assert compare(source, "3500多户家庭领到了住所物资包。", "zh") == []
    assert compare(source, "超过3500户家庭领到了住所物资包。", "zh") == []
    assert errors(compare(source, "3500户家庭领到了住所物资包。", "zh")) == [
        "'More than' not in the translation (a bound dropped)"
    ]
    # a duration is said without it ("for more than 20 years" = "20年来"), and "至少有" keeps it
    assert (
        compare("For more than 20 years, the camp has stood.", "20年来，营地一直存在。", "zh") == []
    )
    assert compare("at least 390 aid workers", "至少有390名援助工作者", "zh") == []


def test_a_bound_on_another_figure_is_no_approximation_turned() -> None:
    # "almost 130" is bounded nowhere; "more than 13,000" keeps its own bound (same digits)
    source = "More than 13,000 were displaced, almost 130 of them in the capital."
    assert (
        compare(
            source, "Plus de 13 000 personnes déplacées, dont près de 130 dans la capitale.", "fr"
        )
        == []
    )


def test_a_second_or_world_war_ii_replaced_by_a_third_in_words() -> None:
    source = "She was the second woman to lead the mission since World War II."
    assert (
        compare(
            source,
            "Elle est la deuxième femme à diriger la mission depuis la Seconde Guerre mondiale.",
            "fr",
        )
        == []
    )
    assert errors(
        compare(
            source,
            "Elle est la troisième femme à diriger la mission depuis la Seconde Guerre mondiale.",
            "fr",
        )
    ) == [
        "2 (in words) missing",
        "3 (in words) not in the source",
    ]
    assert errors(compare("since World War II", "منذ الحرب العالمية الثالثة", "ar")) == [
        "2 (in words) missing",
        "3 (in words) not in the source",
    ]
    # an Arabic month name holds an ordinal ("كانون الثاني", January): it says no 2
    term = "for a two-year term beginning on 1 January 2025"
    assert compare(term, "لولاية مدتها سنتان تبدأ في 1 كانون الثاني/يناير 2025", "ar") == []
    assert errors(
        compare(term, "لولاية مدتها ثلاث سنوات تبدأ في 1 كانون الثاني/يناير 2025", "ar")
    ) == [
        "2 (in words) missing",
        "3 (in words) not in the source",
    ]
    # a 2 said another way ("a second wave" -> "une nouvelle vague") adds no value: nothing
    assert compare("a second wave of refugees", "une nouvelle vague de réfugiés", "fr") == []


def test_three_in_words_made_two_and_a_fold_changed() -> None:
    meals = "Many cannot afford three meals a day."
    for code, right, wrong in (
        ("fr", "Beaucoup ne peuvent s’offrir trois repas par jour.", "deux repas par jour"),
        ("es", "Muchos no pueden permitirse tres comidas al día.", "dos comidas al día"),
        ("zh", "许多人无力负担一日三餐。", "许多人无力负担一日两餐。"),
    ):
        assert compare(meals, right, code) == [], code
        assert errors(compare(meals, wrong, code)) == [
            "3 (in words) missing",
            "2 (in words) not in the source",
        ], code
    # ... not where the source has a 2 too ("two or three meals")
    assert compare("two or three meals a day", "deux repas par jour", "fr") == []
    flow = "which reduced their flow fivefold"
    assert compare(flow, "ce qui a divisé leur débit par cinq", "fr") == []
    assert compare(flow, "导致两河流量减少至原来的五分之一", "zh") == []
    for code, wrong in (
        ("ru", "в результате чего их сток сократился в четыре раза"),
        ("es", "lo que redujo su caudal a la cuarta parte"),
        ("zh", "导致两河流量减少至原来的四分之一"),
    ):
        assert errors(compare(flow, wrong, code)) == [
            "5 (in words) missing",
            "4 (in words) not in the source",
        ], code
    # "more than sixfold" bounds no amount: "六倍以上" beside "1.5°C以内" is no bound changed
    assert (
        compare(
            "To limit warming to 1.5 °C, finance would have to grow more than sixfold.",
            "要将升温限制在1.5°C以内，资金需增加六倍以上。",
            "zh",
        )
        == []
    )


@pytest.mark.parametrize(
    ("code", "source", "right", "wrong"),
    [
        ("ar", "Hundreds of families fled.", "فرّت مئات الأسر.", "فرّت آلاف الأسر."),
        (
            "fr",
            "Dozens of schools were closed.",
            "Des dizaines d’écoles ont été fermées.",
            "Des centaines d’écoles ont été fermées.",
        ),
        (
            "ru",
            "Hundreds of homes were flooded.",
            "Сотни домов были затоплены.",
            "Тысячи домов были затоплены.",
        ),
    ],
)
def test_hundreds_and_dozens_said_alone_are_orders_of_magnitude(
    code: str, source: str, right: str, wrong: str
) -> None:
    assert compare(source, right, code) == []
    assert [f.severity for f in compare(source, wrong, code)] == ["error"]


def test_a_month_named_without_a_figure_and_changed() -> None:
    source = "Some 12,000 families fled in March."
    assert compare(source, "3月份逃离的约1.2万户家庭。", "zh") == []
    assert errors(compare(source, "4月份逃离的约1.2万户家庭。", "zh")) == [
        "4 (month) not in the source, month 3 missing"
    ]


def test_an_arabic_scale_word_alone_is_one_of_it() -> None:
    source = "The sea ice extent was 1 million km² below the record low."
    assert compare(source, "كان امتداد الجليد أقل بمليون كيلومتر مربع من أدنى مستوى.", "ar") == []
    assert errors(compare(source, "كان امتداد الجليد أقل بمليار كيلومتر مربع من أدنى مستوى.", "ar"))


@pytest.mark.parametrize(
    ("code", "target"),
    [
        ("fr", "un demi-million de personnes"),
        ("es", "medio millón de personas"),
        ("ru", "полмиллиона человек"),
        ("ar", "نصف مليون شخص"),
        ("zh", "50万人"),
    ],
)
def test_half_a_million(code: str, target: str) -> None:
    assert compare("500,000 people", target, code) == []
    assert compare("half a million people", target, code) == []


def test_arabic_duals_of_scale_words_and_units() -> None:
    assert compare("2 million refugees", "مليونين من اللاجئين", "ar") == []
    assert compare("2 million refugees", "مليونان من اللاجئين", "ar") == []
    # "2°C" said "درجتين مئويتين": the 2 is unsure, never an error
    found = compare("well below 2°C", "دون درجتين مئويتين بكثير", "ar")
    assert errors(found) == [] and warnings(found)


def test_chinese_words_holding_a_numeral_say_no_value() -> None:
    # 红十字 (the Red Cross) holds 十; a value said in words elsewhere is still compared
    source = "three teams and a second unit of the Red Cross"
    assert compare(source, "红十字会的三个小组和第二个单位", "zh") == []
    assert errors(compare(source, "红十字会的四个小组和第二个单位", "zh"))


def test_clock_times_written_with_a_dot() -> None:
    assert compare("at 3.30 p.m.", "à 15 h 30", "fr") == []
    assert compare("at 10.30 a.m.", "上午10时30分", "zh") == []
    assert errors(compare("at 3.30 p.m.", "à 16 h 30", "fr"))


def test_chinese_month_ranges_with_one_month_sign() -> None:
    assert compare("from January to March 2019", "2019年1至3月", "zh") == []
    assert compare("between March and May", "3-5月", "zh") == []
    assert compare("in April and May", "4、5月", "zh") == []
    assert errors(compare("in April and May", "4、6月", "zh")) == [
        "6 (month) not in the source, month 5 missing"
    ]


@pytest.mark.parametrize(
    ("code", "target"),
    [
        ("fr", "dans les années 90"),
        ("es", "en los años 90"),
        ("ru", "в 90-е годы"),
        ("ar", "في تسعينات القرن الماضي"),
        ("zh", "上世纪90年代"),
    ],
)
def test_a_decade_by_its_tens(code: str, target: str) -> None:
    assert compare("in the 1990s", target, code) == []
    assert errors(compare("in the 1980s", target, code))


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("eleven countries", "أحد عشر بلدا"),
        ("twelve countries", "اثنا عشر بلدا"),
        ("12 countries", "اثني عشر بلدا"),
        ("for the 11th time", "للمرة الحادية عشرة"),
        ("25 countries", "خمسة وعشرين بلدا"),
    ],
)
def test_arabic_compound_numbers_in_words(source: str, target: str) -> None:
    assert compare(source, target, "ar") == []


def test_figures_grouped_by_narrow_spaces_and_parted_by_a_plain_space_are_two() -> None:
    # was a decimal.InvalidOperation traceback: the part "287\u202f000" read as one number
    source = "Some 287,000 houses were destroyed and 662,000 damaged."
    target = "Quelque 287\u202f000 662\u202f000 maisons."
    assert errors(figures.compare(source, target, EN, lang("fr"))) == []


def test_arabic_space_groups_stored_in_the_order_they_show() -> None:
    # UN Arabic pages often hold "87 000" as "000 87" (it shows as 87 000 right to left)
    assert values("انتشر أكثر من 000 87 فرد في الميدان.", "ar") == [87000]
    assert values("لقي أكثر من ٨٠٠ ٣ شخص حتفهم.", "ar") == [3800]
    assert values("نحو 000 000 1 لاجئ.", "ar") == [1000000]
    assert values("ما يزيد على 000 113 من أفراد الشرطة.", "ar") == [113000]
    source = "More than 4,200 staff have served in 12 missions."
    assert compare(source, "عمل أكثر من 200 4 موظف في 12 بعثة.", "ar") == []
    # a wrong figure written that way is still wrong; a valid grouping stays as written
    assert errors(compare(source, "عمل أكثر من 300 4 موظف في 12 بعثة.", "ar")) == [
        "4,200 missing",
        "300 4 not in the source",
    ]
    assert values("سقف قدره 300 400 دولار.", "ar") == [300400]
    # only right-to-left text: a French "000 87" is two figures
    assert values("000 87", "fr") == [0, 87]


def test_an_ordinal_scale_word_is_the_figure_times_its_scale() -> None:
    # "the two millionth visitor" is the 2,000,000th: a translation may say it with the cardinal
    source = "The museum welcomed its two millionth visitor on Friday."
    right = "Le musée a accueilli son deuxième million de visiteurs vendredi."
    assert compare(source, right, "fr") == []
    assert compare(source, "Le musée a accueilli son deux millionième visiteur.", "fr") == []
    assert errors(compare(source, "Le musée a accueilli son troisième million de visiteurs.", "fr"))


def test_years_said_in_decades_and_fifty_per_cent_said_as_a_half() -> None:
    source = "Over the past 10 years, the lake has shrunk."
    assert compare(source, "Au cours de la dernière décennie, le lac a rétréci.", "fr") == []
    assert compare(source, "За последнее десятилетие озеро обмелело.", "ru") == []
    assert (
        compare("For two decades, the lake shrank.", "Durant 20 ans, le lac a rétréci.", "fr") == []
    )
    assert (
        compare("Some 50 per cent of wells are dry.", "La mitad de los pozos está seca.", "es")
        == []
    )
    # another span of years, another share: still figures missing
    assert errors(compare(source, "Au cours des deux dernières décennies, le lac a rétréci.", "fr"))
    assert errors(
        compare("For two decades, the lake shrank.", "Durant 30 ans, le lac a rétréci.", "fr")
    )
    assert errors(
        compare("Some 60 per cent of wells are dry.", "La mitad de los pozos está seca.", "es")
    )


def test_a_thousand_a_year_and_times_said_in_words() -> None:
    source = "More than 1,000 families left the valley."
    assert compare(source, "Plus d’un millier de familles ont quitté la vallée.", "fr") == []
    assert compare(source, "Más de un millar de familias abandonaron el valle.", "es") == []
    assert compare(source, "Более тысячи семей покинули долину.", "ru") == []
    assert compare("Nearly 1 million children", "Почти миллион детей", "ru") == []
    # thousands of families are no 1,000, and a figure before the word is the figure's
    assert errors(compare(source, "Тысячи семей покинули долину.", "ru"))
    assert errors(compare(source, "Более 2 тысяч семей покинули долину.", "ru"))
    source = "Over the next 12 months, the fund will grow."
    assert compare(source, "Au cours de l’année à venir, le fonds va croître.", "fr") == []
    assert compare("within 24 months", "в течение двух лет", "ru") == []
    assert errors(compare("within 24 months", "в течение трех лет", "ru"))
    assert (
        compare("He met the elders 3 times.", "Он трижды встречался со старейшинами.", "ru") == []
    )


def test_twelve_noon_said_as_noon() -> None:
    source = "Staff will stand in silence at 12 noon."
    assert compare(source, "Le personnel observera une minute de silence à midi.", "fr") == []
    assert compare(source, "El personal guardará silencio a mediodía.", "es") == []
    assert compare(source, "Сотрудники почтят память минутой молчания в полдень.", "ru") == []
    assert (
        compare("The curfew starts at 12 midnight.", "Le couvre-feu commence à minuit.", "fr") == []
    )
    # noon for midnight, or no time at all: the 12 is missing
    assert errors(
        compare("The curfew starts at 12 midnight.", "Le couvre-feu commence à midi.", "fr")
    )
    assert errors(compare(source, "Le personnel observera une minute de silence.", "fr"))


def test_a_unit_s_power_written_as_a_digit_is_no_figure() -> None:
    source = "The floods covered 5,000 square kilometres."
    assert compare(source, "Les inondations ont couvert 5 000 km2.", "fr") == []
    assert compare("300 cubic metres of water", "300 м3 воды", "ru") == []
    # a figure after the unit and a space is a figure
    assert errors(compare(source, "Les inondations ont couvert 5 000 km 2 fois.", "fr"))


def test_thousands_of_billions_are_trillions() -> None:
    source = "Trillions of dollars are spent on weapons."
    assert (
        compare(source, "Des milliers de milliards de dollars sont dépensés en armes.", "fr") == []
    )
    assert errors(compare(source, "Des milliards de dollars sont dépensés en armes.", "fr"))


def test_an_anniversary_said_by_its_noun() -> None:
    source = "We mark the 100th anniversary of her birth."
    assert compare(source, "Nous célébrons le centenaire de sa naissance.", "fr") == []
    assert compare(source, "Conmemoramos el centenario de su nacimiento.", "es") == []
    assert compare(source, "Мы отмечаем столетие со дня ее рождения.", "ru") == []
    assert compare("a 15-year plan", "пятнадцатилетний план", "ru") == []
    assert errors(compare(source, "Nous célébrons le cinquantenaire de sa naissance.", "fr"))


@pytest.mark.parametrize(
    ("text", "code", "other"),
    [
        ("240 millions de personnes, 2,4 % et 80,000 réfugiés", "fr", "en"),
        ("$5.8 and $5.9 trillion on 20 June 2024", "en", None),
        ("12 لاکھ 50 ہزار", "ur", "en"),
        ("2.4亿人，3月7日", "zh", "en"),
    ],
)
def test_a_figure_read_is_the_figure_the_dataclass_makes(
    text: str, code: str, other: str | None
) -> None:
    # `_figure` fills a Figure's fields itself (fast): every field, as the constructor would
    found = figures.figures(
        text, languages.parse(code), other=languages.parse(other) if other else None
    )
    assert found
    names = [f.name for f in dataclasses.fields(figures.Figure)]
    for f in found:
        assert set(vars(f)) == set(names)
        again = figures.Figure(**{n: getattr(f, n) for n in names})
        assert again == f and repr(again) == repr(f) and hash(again) == hash(f)


def test_un_arabic_clock_times_write_the_minutes_first() -> None:
    # "الساعة 00/10" is 10 a.m. in UN Arabic: the zero minutes are no figure of their own
    source = "The meeting runs from 10 a.m. to 1 p.m."
    assert compare(source, "وتعقد الجلسة من الساعة 00/10 إلى الساعة 00/13.", "ar") == []
    assert compare("It starts at 3.30 p.m.", "وتبدأ الساعة 30/15.", "ar") == []
    # an hour changed is still an error
    assert errors(compare(source, "وتعقد الجلسة من الساعة 00/10 إلى الساعة 00/14.", "ar")) == [
        "1 missing",
        "14 not in the source",
    ]


def test_round_the_clock_24_7_said_in_words_or_in_figures() -> None:
    source = "The hotline operates 24/7 in 12 languages."
    assert (
        compare(source, "La ligne fonctionne 24 heures sur 24, 7 jours sur 7, en 12 langues.", "fr")
        == []
    )
    assert compare(source, "Горячая линия работает круглосуточно на 12 языках.", "ru") == []
    assert compare(source, "热线全天候以12种语言提供服务。", "zh") == []
    # the other figures still count
    assert errors(compare(source, "Горячая линия работает круглосуточно на 13 языках.", "ru")) == [
        "12 missing",
        "13 not in the source",
    ]


# --- fractions in words (lang/fractionwords.py) --------------------------------------------------
@pytest.mark.parametrize(
    ("code", "good", "bad"),
    [
        (
            "fr",
            "Près des trois quarts des écoles ont été endommagées.",
            "Près des deux tiers des écoles ont été endommagées.",
        ),
        (
            "es",
            "Casi tres cuartas partes de las escuelas resultaron dañadas.",
            "Casi un tercio de las escuelas resultaron dañadas.",
        ),
        ("ru", "Почти три четверти школ были повреждены.", "Почти половина школ была повреждена."),
        ("ar", "تضرر ما يقرب من ثلاثة أرباع المدارس.", "تضرر ما يقرب من ثلثي المدارس."),
        ("zh", "近四分之三的学校受损。", "近三分之二的学校受损。"),
    ],
)
def test_a_fraction_in_words_changed_is_an_error(code: str, good: str, bad: str) -> None:
    source = "Nearly three quarters of the schools were damaged."
    assert errors(compare(source, good, code)) == []
    found = errors(compare(source, bad, code))
    assert "3/4 (a fraction in words) missing" in found
    assert any("(a fraction in words) not in the source" in f for f in found)


def test_a_fraction_said_otherwise_is_no_error() -> None:
    # as a per cent figure, either way, within a point
    source = "More than three quarters of the funds, some $2.3 billion, remain unspent."
    target = "Más del 75 % de los fondos, unos 2.300 millones de dólares, siguen sin gastarse."
    assert errors(compare(source, target, "es")) == []
    assert (
        errors(
            compare(
                "A third of them, 33 per cent, are children.",
                "Un tiers, soit 33 %, sont des enfants.",
                "fr",
            )
        )
        == []
    )
    assert errors(compare("Some 67 per cent of voters", "Les deux tiers des électeurs", "fr")) == []
    # a singular that may be an ordinal accounts for the other side's fraction
    source = "Half of the 40 million people need aid, and a third are children."
    target = "El 50 % de los 40 millones de personas necesita ayuda, y un tercio son niños."
    assert errors(compare(source, target, "es")) == []
    # a half that is a period, and an ordinal, are no fractions
    source = "In the first half of 2024, a quarter of the harvest was lost."
    assert (
        errors(compare(source, "В первой половине 2024 года была потеряна четверть урожая.", "ru"))
        == []
    )
    assert errors(compare(source, "في النصف الأول من عام 2024، فُقد ربع المحصول.", "ar")) == []
    source = "The Council held its third session; a fifth of the seats went to women."
    target = "Совет провел свою третью сессию; пятая часть мест досталась женщинам."
    assert errors(compare(source, target, "ru")) == []
    # (the denominators read as figures in words tell this one first: one problem, not two)
    assert errors(compare(source, target.replace("пятая", "четвертая"), "ru")) == [
        "5 (in words) missing",
        "4 (in words) not in the source",
    ]


def test_decades_in_words_changed_is_an_error() -> None:
    source = "Over the past two decades, poverty has halved."
    assert (
        errors(
            compare(
                source,
                "Au cours des deux dernières décennies, la pauvreté a diminué de moitié.",
                "fr",
            )
        )
        == []
    )
    # (the number words tell this one first: "2 (in words) missing")
    assert errors(
        compare(source, "Au cours des trois dernières décennies, la pauvreté a diminué.", "fr")
    )
    assert errors(compare("A decade after the war", "Dos décadas después de la guerra", "es")) == [
        "10 years (in decades) missing",
        "20 years (in decades) not in the source",
    ]
    # said in years, or decades said vaguely on both sides: nothing to compare
    assert (
        errors(
            compare(
                source, "En los últimos veinte años, la pobreza se ha reducido a la mitad.", "es"
            )
        )
        == []
    )
    assert (
        errors(
            compare(
                "For decades, the region has suffered.",
                "На протяжении десятилетий регион страдает.",
                "ru",
            )
        )
        == []
    )
    source = "It was the warmest decade on record, after two decades of warming."
    target = (
        "Fue el decenio más cálido del que se tiene constancia, tras dos décadas de calentamiento."
    )
    assert errors(compare(source, target, "es")) == []


@pytest.mark.parametrize(
    ("code", "target"),
    [
        ("fr", "Un quart de siècle après le génocide, il reste un demi-million de survivants."),
        ("es", "Veinticinco años después del genocidio, quedan medio millón de supervivientes."),
        ("ru", "Спустя четверть века после геноцида остаются полмиллиона выживших."),
        ("ar", "بعد ربع قرن من الإبادة الجماعية، لا يزال نصف مليون من الناجين."),
        ("zh", "种族灭绝发生25年后，仍有50万幸存者。"),
    ],
)
def test_a_quarter_of_a_century_is_25_years(code: str, target: str) -> None:
    source = "A quarter of a century after the genocide, half a million survivors remain."
    assert errors(compare(source, target, code)) == []
    assert errors(compare(source, target.replace("25年", "30年"), code)) == (
        ["30 not in the source"] if code == "zh" else []
    )


def test_a_span_of_years_written_short_is_its_full_years() -> None:
    # "2024/25" closes on 2025: the translation may write the span in full (and the other way)
    src = "The 2024/25 school year started late."
    assert compare(src, "L’année scolaire 2024-2025 a commencé en retard.", "fr") == []
    assert compare(src, "El año escolar 2024-2025 comenzó con retraso.", "es") == []
    assert compare("in 1998-99", "en 1998-1999", "es") == []
    assert compare("the 2024–2025 plan", "le plan 2024-25", "fr") == []
    # a wrong closing year, or a two-digit figure that is no year, is still an error
    assert errors(compare(src, "L’année scolaire 2024-2026 a commencé en retard.", "fr"))
    assert errors(compare("The 2024/25 school year", "El año escolar 2024-2035", "es"))
    assert errors(compare("from 2024 to 25 May", "de 2024 al 2025 de mayo", "es"))


def test_a_time_of_the_24_hour_clock_in_four_figures() -> None:
    # "1300 GMT", "2130 hours": the hour and minutes as the translation writes a time
    src = "The event starts at 3 p.m. local time (1300 GMT)."
    assert (
        compare(src, "La manifestation débute à 15 heures, heure locale (13 heures GMT).", "fr")
        == []
    )
    assert (
        compare(src, "El acto comienza a las 15.00 horas, hora local (13.00 horas GMT).", "es")
        == []
    )
    assert compare("at 2130 hours", "à 21 h 30", "fr") == []
    assert compare("at 2130 hours", "a las 21.30 horas", "es") == []
    # another hour, or four figures that are no time of day, are still errors
    assert errors(
        compare(src, "La manifestation débute à 15 heures, heure locale (14 heures GMT).", "fr")
    )
    assert errors(compare("at 2130 hours", "à 21 h 45", "fr"))
    assert errors(compare("some 1300 people", "quelque 13 personnes", "fr"))


def test_money_in_millions_written_short() -> None:
    # "£20m", "$2m": an "m" against the figure of an amount of money is a million
    src = "The UK pledged £20m and Germany €15m."
    fr = (
        "Le Royaume-Uni a promis 20 millions de livres sterling et l’Allemagne 15 millions d’euros."
    )
    es = "El Reino Unido prometió 20 millones de libras esterlinas y Alemania 15 millones de euros."
    assert compare(src, fr, "fr") == []
    assert compare(src, es, "es") == []
    assert compare("US$1.5m", "1,5 million de dollars", "fr") == []
    # another amount is still an error; a height in metres is no million
    assert errors(compare(src, fr.replace("15 millions", "15 milliards"), "fr"))
    assert errors(compare("a wall 3m high", "un mur de 3 millions", "fr"))


def test_a_title_kept_in_the_source_language_names_its_months() -> None:
    src = "The report, “Hunger Hotspots: June to October 2025”, warns of famine."
    fr = "Le rapport intitulé « Hunger Hotspots: June to October 2025 » met en garde contre la famine."
    assert compare(src, fr, "fr") == []
    # a month changed in the kept title, or dropped, is still an error
    assert errors(compare(src, fr.replace("October", "November"), "fr"))
    assert errors(compare(src, fr.replace("June to October ", ""), "fr"))


def test_a_figure_in_words_past_a_thousand() -> None:
    assert compare("Some 1,500 people attended.", "Quelque mille cinq cents personnes", "fr") == []
    assert (
        compare("Some 1,500 people attended.", "Asistieron unas mil quinientas personas.", "es")
        == []
    )
    assert errors(compare("Some 1,500 people attended.", "Quelque mille six cents personnes", "fr"))


def test_a_time_with_a_point_in_spanish_is_no_separator_slip() -> None:
    # UN Spanish writes times "a las 10.30 horas": the same as "10.30 a.m."
    assert compare("at 10.30 a.m.", "a las 10.30 horas", "es") == []
    assert (
        compare(
            "The vote took place at 10.30 a.m.", "La votación tuvo lugar a las 10.30 horas.", "es"
        )
        == []
    )
    # a figure with the source's separators is still an error, as is another time
    assert errors(compare("10.30 per cent", "10.30 %", "es"))
    assert errors(compare("at 10.30 a.m.", "a las 10.45 horas", "es"))


@pytest.mark.parametrize(
    ("code", "right", "wrong"),
    [
        ("ar", "ونزح قرابة ربع مليون شخص منذ تشرين الأول/أكتوبر.", "ونزح قرابة نصف مليون شخص."),
        ("ru", "С октября почти четверть миллиона человек покинули дома.", "почти миллион человек"),
        ("zh", "自10月以来，已有近25万人流离失所。", "自10月以来，已有近20万人流离失所。"),
    ],
)
def test_a_quarter_of_a_million_is_250000(code: str, right: str, wrong: str) -> None:
    # "a quarter of a million" is neither a 4 nor a million, in the source or in words
    source = "Nearly a quarter of a million people have been displaced since October."
    assert compare(source, right, code) == []
    assert errors(compare(source, wrong, code))


def test_a_russian_figure_with_a_scale_adjective() -> None:
    # "12-миллионного населения" (of a population of 12 million): the scale word an adjective
    source = "Half of the country's 12 million people are food insecure."
    assert values("Половина 12-миллионного населения", "ru") == [Decimal(12_000_000)]
    assert values("5-тысячный контингент", "ru") == [Decimal(5000)]
    assert compare(source, "Половина 12-миллионного населения страны голодает.", "ru") == []
    assert errors(compare(source, "Половина 12-тысячного населения страны голодает.", "ru"))
    assert errors(compare(source, "Половина 13-миллионного населения страны голодает.", "ru"))


def test_an_arabic_dual_and_a_half() -> None:
    # "مرتين ونصف" (two and a half times), "ملياران ونصف" (2.5 billion)
    source = "Funding fell by 2.5 times in a single year."
    assert compare(source, "وانخفض التمويل بمقدار مرتين ونصف في عام واحد.", "ar") == []
    assert errors(compare(source, "وانخفض التمويل بمقدار مرتين في عام واحد.", "ar"))
    money = "The plan needs $2.5 billion."
    assert compare(money, "وتحتاج الخطة إلى ملياري ونصف دولار.", "ar") == []
    assert compare(money, "وتحتاج الخطة إلى ملياران ونصف من الدولارات.", "ar") == []
    assert errors(compare(money, "وتحتاج الخطة إلى مليوني ونصف دولار.", "ar"))


def test_a_chinese_share_in_tenths() -> None:
    # "三成" is 30 per cent, "逾四成" over 40 per cent; not the 成 of 成员, 成为, 一成不变
    assert (
        compare("More than 40 per cent of children are out of school.", "逾四成儿童失学。", "zh")
        == []
    )
    assert compare("30 per cent of the population", "三成人口", "zh") == []
    assert errors(compare("30 per cent of the population", "四成人口", "zh"))
    assert figures.word_values("三名成员", lang("zh")) == [Decimal(3)]
    assert figures.word_values("一成不变", lang("zh")) == [Decimal(1)]


def test_two_chinese_numerals_in_a_row_say_one_or_the_other() -> None:
    # "一两天" (a day or two), "三四万人" (30,000 or 40,000): no 12, no 340,000
    assert (
        compare("It takes a day or two to reach the camp.", "到达营地需要一两天时间。", "zh") == []
    )
    assert figures.word_values("三四万人", lang("zh")) == [Decimal(30000), Decimal(40000)]
    assert compare("30,000 to 40,000 people", "三四万人", "zh") == []
    assert errors(compare("It takes a day or two to reach the camp.", "需要三四天时间。", "zh"))
    # a year in numerals is read digit by digit still
    assert figures.word_values("二〇二三年", lang("zh")) == [Decimal(2023)]


def test_russian_days_of_24_hours() -> None:
    # "в течение суток" (within 24 hours), "двое суток" (48 hours)
    source = "Emergency teams arrived within 24 hours."
    assert compare(source, "Спасатели прибыли в течение суток.", "ru") == []
    assert compare("a 48-hour pause", "пауза на двое суток", "ru") == []
    assert errors(compare("a 72-hour pause", "пауза на двое суток", "ru"))


def test_chinese_tenths_in_a_range_and_eight_out_of_ten() -> None:
    # "两到三成" (20 to 30 per cent); "八成" for "eight out of ten"
    assert (
        compare("Between 20 and 30 per cent of the harvest was lost.", "收成损失了两到三成。", "zh")
        == []
    )
    assert errors(compare("Between 20 and 40 per cent was lost.", "收成损失了两到三成。", "zh"))
    source = "Eight out of ten people in the camp depend on food aid."
    assert compare(source, "营地里八成的人依赖粮食援助。", "zh") == []
    assert compare(source, "Восемь из десяти жителей лагеря зависят от помощи.", "ru") == []
    assert errors(compare(source, "营地里六成的人依赖粮食援助。", "zh"))


def test_one_and_a_half_million_in_the_russian_genitive() -> None:
    source = "By the end of March, the number had risen to 1.5 million."
    assert compare(source, "К концу марта это число возросло до полутора миллионов.", "ru") == []
    assert errors(compare(source, "К концу марта это число возросло до двух миллионов.", "ru"))


def test_a_figure_in_a_compound_adjective_said_in_words() -> None:
    # "a 2-day conference" = "двухдневная конференция", an Arabic dual (a warning, unsure)
    source = "The 2-day conference will be held in Nairobi."
    assert compare(source, "Двухдневная конференция пройдет в Найроби.", "ru") == []
    assert errors(compare(source, "Трехдневная конференция пройдет в Найроби.", "ru"))
    ar = compare(source, "وسيُعقد المؤتمر الذي يستمر يومين في نيروبي.", "ar")
    assert errors(ar) == [] and warnings(ar)
    assert compare("The 10-year plan", "الخطة العشرية", "ar") == []
    assert errors(compare("The 10-year plan", "الخطة الخمسية", "ar"))


def test_fifty_per_cent_said_as_a_half_in_arabic_and_chinese() -> None:
    source = "Some 50 per cent of the population lacks access to clean water."
    assert compare(source, "ويفتقر نصف السكان تقريباً إلى المياه النظيفة.", "ar") == []
    assert compare(source, "约一半人口无法获得清洁用水。", "zh") == []
    assert compare("Half of the children", "و50 في المائة من الأطفال", "ar") == []
    # a third is no half
    assert errors(compare(source, "ويفتقر ثلث السكان إلى المياه النظيفة.", "ar"))
    assert errors(compare("Half of the children", "و40 في المائة من الأطفال", "ar"))


def test_a_chinese_scale_word_alone_with_over() -> None:
    # "万余人" (over 10,000 people), "百余名", "上千人" (upwards of a thousand)
    assert compare("More than 10,000 people attended.", "万余人参加了葬礼。", "zh") == []
    assert compare("Over 100 journalists have been killed.", "百余名记者遇害。", "zh") == []
    assert compare("More than 1,000 people fled.", "上千人逃离。", "zh") == []
    assert errors(compare("Over 1,000 journalists have been killed.", "百余名记者遇害。", "zh"))
    # after a numeral it is that numeral's scale: "3万余人" is 30,000
    assert errors(compare("More than 10,000 people attended.", "3万余人参加了葬礼。", "zh"))


def test_chinese_years_and_decades_for_months_and_years() -> None:
    assert compare("In the last 12 months, prices rose.", "过去一年，价格上涨。", "zh") == []
    assert compare("In the last 24 months, prices rose.", "过去两年，价格上涨。", "zh") == []
    assert errors(compare("In the last 12 months, prices rose.", "过去两年，价格上涨。", "zh"))
    decades = "Over the past two decades, the number of disasters has doubled."
    assert compare(decades, "过去20年来，灾害数量翻了一番。", "zh") == []
    assert errors(compare(decades, "过去30年来，灾害数量翻了一番。", "zh"))
    # the 1990s are no 1990 years
    assert errors(compare("In the 1980s, it was poor.", "上世纪90年代，该国很穷。", "zh"))


def test_russian_scale_words_in_every_case() -> None:
    source = "to assist 190 million people"
    assert compare(source, "для оказания помощи 190 миллионам человек", "ru") == []
    assert errors(compare(source, "для оказания помощи 190 тысячам человек", "ru"))


def test_weeks_said_in_days() -> None:
    # French counts a fortnight as "quinze jours" (a week "huit jours"); any language in 7s
    assert (
        compare(
            "Two weeks ago, fighting resumed.", "Il y a quinze jours, les combats ont repris.", "fr"
        )
        == []
    )
    assert (
        compare(
            "2 weeks ago, fighting resumed.", "Il y a quinze jours, les combats ont repris.", "fr"
        )
        == []
    )
    assert (
        compare(
            "Within three weeks, aid arrived.", "En vingt et un jours, l’aide est arrivée.", "fr"
        )
        == []
    )
    # another count of days is still an error
    assert errors(
        compare(
            "Two weeks ago, fighting resumed.", "Il y a seize jours, les combats ont repris.", "fr"
        )
    )
    assert errors(
        compare("2 weeks ago, fighting resumed.", "Il y a dix jours, les combats ont repris.", "fr")
    )


def test_a_compound_of_months_or_years_said_in_years_or_decades() -> None:
    # "a 12-month programme" = "un programme d’un an", "a 10-year plan" = "un plan pour une décennie"
    assert (
        compare("A 12-month programme was launched.", "Un programme d’un an a été lancé.", "fr")
        == []
    )
    assert (
        compare("A 24-month project ends in May.", "Un proyecto de dos años termina en mayo.", "es")
        == []
    )
    assert compare("A 10-year plan was adopted.", "Se aprobó un plan para una década.", "es") == []
    # another span is still an error
    assert errors(
        compare("A 12-month programme was launched.", "Un programme de deux ans a été lancé.", "fr")
    )


def test_a_span_of_years_said_by_its_adjective() -> None:
    # "a 5-year strategy" = "une stratégie quinquennale", "a 10-year plan" = "un plan decenal"
    assert (
        compare(
            "The 5-year strategy was launched.", "La stratégie quinquennale a été lancée.", "fr"
        )
        == []
    )
    assert compare("A 10-year plan was adopted.", "Se aprobó un plan decenal.", "es") == []
    assert (
        compare("The 2-year budget was approved.", "Le budget biennal a été approuvé.", "fr") == []
    )
    # the adjective of another span is still an error
    assert errors(
        compare("The 5-year strategy was launched.", "La stratégie décennale a été lancée.", "fr")
    )


def test_a_hundred_year_old_said_by_its_noun() -> None:
    assert compare("A 100-year-old woman voted.", "Votó una mujer centenaria.", "es") == []
    assert errors(compare("A 90-year-old woman voted.", "Votó una mujer centenaria.", "es"))


def test_fifty_fifty_said_as_equal_shares() -> None:
    src = "The costs are split 50/50 between the partners."
    assert compare(src, "Les coûts sont répartis à parts égales entre les partenaires.", "fr") == []
    assert compare(src, "Los costos se reparten a partes iguales entre los socios.", "es") == []
    # shares said otherwise are still an error
    assert errors(compare(src, "Les coûts sont répartis à 60/40 entre les partenaires.", "fr"))
    assert errors(compare(src, "Les coûts sont répartis entre les partenaires.", "fr"))


def test_an_english_m_against_a_figure_may_be_millions() -> None:
    # "2m people" = "2 millions de personnes", "deux millions"
    assert compare("About 2m people fled.", "Environ 2 millions de personnes ont fui.", "fr") == []
    assert (
        compare("About 2m people fled.", "Environ deux millions de personnes ont fui.", "fr") == []
    )
    assert compare("About 2.5m people fled.", "Unos 2,5 millones de personas huyeron.", "es") == []
    # another amount is still an error
    assert errors(
        compare("About 2m people fled.", "Environ 3 millions de personnes ont fui.", "fr")
    )


def test_half_a_million_in_the_russian_genitive() -> None:
    assert compare("Nearly 500,000 people", "около полумиллиона человек", "ru") == []
    assert compare("$500 million", "около полумиллиарда долларов", "ru") == []
    assert errors(compare("$400 million", "около полумиллиарда долларов", "ru"))


def test_an_afternoon_time_on_a_12_hour_clock() -> None:
    # "1.10 p.m." = "下午1时10分" (its word for the afternoon), as well as "13 h 10"
    source = "The meeting began at 10.05 a.m. and ended at 1.10 p.m."
    assert compare(source, "会议于上午10时05分开始，下午1时10分结束。", "zh") == []
    assert (
        compare(source, "Заседание началось в 10 ч. 05 м. и закончилось в 13 ч. 10 м.", "ru") == []
    )
    assert errors(compare(source, "会议于上午10时05分开始，下午2时10分结束。", "zh"))


def test_a_span_of_years_with_the_second_year_s_last_two_digits() -> None:
    # "2024/25" is 2024 to 2025
    assert values("в 2024/25 учебном году", "ru") == [Decimal(2024), Decimal(2025)]
    assert compare("the 2024-2025 school year", "2024/25 учебный год", "ru") == []
    assert compare("in the 2024/25 school year", "في العام الدراسي 2024/2025", "ar") == []
    assert errors(compare("in the 2024/25 school year", "في العام الدراسي 2024/2026", "ar"))
    # not a figure that is no next year
    assert values("2024/27", "ru") == [Decimal(2024), Decimal(27)]


def test_russian_and_a_half_with_no_scale_word() -> None:
    assert compare("3.5 per cent", "три с половиной процента", "ru") == []
    assert errors(compare("4.5 per cent", "три с половиной процента", "ru"))


def test_a_quarter_and_a_fifth_for_25_and_20_per_cent() -> None:
    assert compare("25 per cent of the budget", "четверть бюджета", "ru") == []
    assert compare("25 per cent of the budget", "ربع الميزانية", "ar") == []
    assert compare("20 per cent of the budget", "пятая часть бюджета", "ru") == []
    assert compare("20 per cent of the budget", "خُمس الميزانية", "ar") == []
    assert compare("A quarter of the budget", "25%的预算", "zh") == []
    # another share is no quarter; "the fifth session" is no fifth
    assert errors(compare("30 per cent of the budget", "четверть бюджета", "ru"))
    assert errors(compare("20 per cent of the budget", "الدورة الخامسة", "ar"))


def test_a_unit_s_si_prefix_is_a_scale() -> None:
    """ "57.1 gigatonnes" is 57.1 billion tonnes: "571亿吨", "57,1 milliards de tonnes"."""
    source = "Emissions reached 57.1 gigatonnes, and capacity 300 megawatts."
    for code, target in (
        ("zh", "排放量达到571亿吨，容量达到3亿瓦。"),
        ("zh", "排放量达到57.1吉吨，容量达到300兆瓦。"),
        ("fr", "Les émissions ont atteint 57,1 milliards de tonnes, et la capacité 300 mégawatts."),
        ("ru", "Выбросы достигли 57,1 гигатонны, а мощность — 300 мегаватт."),
        ("ar", "وبلغت الانبعاثات 57.1 غيغاطن، والقدرة 300 ميغاواط."),
    ):
        assert errors(compare(source, target, code)) == [], (code, target)
    assert errors(
        compare(source, "Les émissions ont atteint 57,1 tonnes et 300 mégawatts.", "fr")
    ) == [
        "57.1 giga missing",
        "57,1 not in the source",
    ]
    # "gigabytes" is no tonne nor watt: no scale
    assert values("5 gigabytes", "en") == [5]


def test_a_bracketed_acronym_repeating_a_figure_may_be_left_out() -> None:
    source = "The 29th Conference of the Parties (COP29) was held in Baku in November 2024."
    assert compare(source, "第二十九届缔约方会议于2024年11月在巴库举行。", "zh") == []
    ar = "وعقد مؤتمر الأطراف التاسع والعشرون في باكو في تشرين الثاني/نوفمبر 2024."
    assert compare(source, ar, "ar") == []
    # the ordinal changed, the acronym's figure is still looked for
    assert errors(compare(source, "第二十八届缔约方会议于2024年11月在巴库举行。", "zh"))
    # an acronym with a figure the source says nowhere else is the figure's only mention
    source = "The Conference of the Parties (COP29) was held in Baku."
    assert errors(compare(source, "缔约方会议在巴库举行。", "zh"))


def test_a_bound_before_a_figure_in_words_is_read() -> None:
    source = "More than 50 Heads of State attended, and nearly 200 countries took part."
    fr = (
        "Plus de cinquante chefs d’État étaient présents, et près de deux cents pays ont participé."
    )
    assert compare(source, fr, "fr") == []
    turned = fr.replace("Plus de cinquante", "Moins de cinquante")
    assert [f.message for f in compare(source, turned, "fr")] == [
        "'More than' written 'Moins de' (a lower bound made an upper one)"
    ]
    es = "Más de 50 Jefes de Estado asistieron, y más de doscientos países participaron."
    assert [f.message for f in compare(source, es, "es")] == [
        "'nearly' written 'más de' (an approximation made a bound)"
    ]


def test_first_made_second_is_an_error() -> None:
    source = "The two organs first adopted twin resolutions on 20 December 2005."
    es = (
        "Los dos órganos aprobaron resoluciones gemelas por primera vez el 20 de diciembre de 2005."
    )
    assert compare(source, es, "es") == []
    assert [f.message for f in compare(source, es.replace("primera", "segunda"), "es")] == [
        "'first' written 'segunda' (an ordinal changed)"
    ]
    # a source that may say a second otherwise ("again", "twice", a word with re-): not read
    again = "The organs met again and first adopted twin resolutions in 2005."
    fr = "Les organes se sont réunis pour la deuxième fois et ont adopté des résolutions en 2005."
    assert compare(again, fr, "fr") == []
    # the twenty-ninth is no second
    assert compare("The first session of COP29 opened.", "第二十九届缔约方大会开幕。", "zh") == []


def test_a_bound_in_words_on_both_sides_is_no_approximation_made_a_bound() -> None:
    # "over three years" bounds the 3 of the source too: "plus de trois ans" is no "nearly 3"
    # made a bound
    source = "Nearly 3 million people were displaced over three years."
    fr = "Près de 3 millions de personnes ont été déplacées en plus de trois ans."
    assert compare(source, fr, "fr") == []


def test_a_unit_s_si_symbol_is_a_scale_too() -> None:
    """ "1 gigawatt" = "1 ГВт" = "1 GW" = "1 000 MW" = "100万千瓦"; a lower-case "m" after money
    stays a million ("$2m")."""
    source = "The plant has six units of 1 gigawatt each."
    for code, target in (
        ("ru", "На станции шесть энергоблоков мощностью по 1 ГВт каждый."),
        ("fr", "La centrale compte six réacteurs de 1 GW chacun."),
        ("fr", "La centrale compte six réacteurs de 1 000 MW chacun."),
        ("zh", "该电站有6台100万千瓦机组。"),
    ):
        assert errors(compare(source, target, code)) == [], (code, target)
    assert [f.value for f in figures.figures("5 MW and 57 Gt", EN)] == [5_000_000, 57_000_000_000]


def test_a_month_named_with_no_figure_and_lost_is_an_error() -> None:
    source = "According to a needs analysis published in October, 73.4 per cent need assistance."
    right = {
        "ru": "Согласно анализу потребностей, опубликованному в октябре, в помощи нуждаются 73,4 процента.",
        "zh": "根据10月公布的需求分析，73.4%的人需要援助。",
        "ar": "ووفقاً لتحليل للاحتياجات نُشر في تشرين الأول/أكتوبر، يحتاج 73.4 في المائة إلى المساعدة.",
    }
    for code, text in right.items():
        assert compare(source, text, code) == [], code
    cut = "Согласно анализу потребностей, в помощи нуждаются 73,4 процента."
    assert errors(compare(source, cut, "ru")) == ["month 10 (October) missing"]
    # "Jan" is also a first name, and a month of a name is no date
    assert compare("said Jan Hoffmann, Head of the Branch.", "a déclaré Jan Hoffmann.", "fr") == []


def test_weeks_said_in_words_changed() -> None:
    source = "More than 100,000 arrivals in less than a week"
    for code, right, wrong in (
        (
            "es",
            "Más de 100.000 llegadas en menos de una semana",
            "Más de 100.000 llegadas en menos de dos semanas",
        ),
        (
            "ru",
            "Более 100 000 прибывших менее чем за неделю",
            "Более 100 000 прибывших менее чем за две недели",
        ),
        ("ar", "أكثر من 100,000 وافد في أقل من أسبوع", "أكثر من 100,000 وافد في أقل من أسبوعين"),
        ("zh", "不到一周抵达逾10万人", "不到两周抵达逾10万人"),
    ):
        assert compare(source, right, code) == [], code
        assert errors(compare(source, wrong, code)) == [
            "7 days (in weeks) missing",
            "14 days (in weeks) not in the source",
        ], code
    # a week of a name, numbered ("the fourth ... Road Safety Week"), is no span
    source = "The report was published for the fourth Global Road Safety Week, held in May 2017."
    fr = "Le rapport a été publié pour la quatrième Semaine mondiale de la sécurité routière, en mai 2017."
    assert compare(source, fr, "fr") == []
