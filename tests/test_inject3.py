"""The third fault injector (benchmarks/inject3.py): each fault is real, of its kind, and made
in the target language's grammar; the same seed gives the same faults."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import inject3  # noqa: E402


def one(kind: str, variant: str, lang: str, text: str, src: str = "") -> str | None:
    return inject3.apply(kind, variant, text, lang, seed="t", src=src)


# (kind, variant, lang, clean, the faulty text): inputs with one place the variant applies to
CASES = [
    (
        "number",
        "scale_changed",
        "ru",
        "помощь 33 миллионам человек",
        "помощь 33 миллиардам человек",
    ),
    ("number", "scale_changed", "ru", "сбор 160 млн долларов", "сбор 160 млрд долларов"),
    ("number", "scale_changed", "ru", "разрушено 287 тыс. домов", "разрушено 287 млн домов"),
    ("number", "scale_changed", "zh", "帮助3300万人", "帮助3300亿人"),
    ("number", "scale_changed", "ar", "لمساعدة 33 مليون شخص", "لمساعدة 33 مليار شخص"),
    ("number", "scale_changed", "ar", "دُمّر 287 ألف منزل", "دُمّر 287 مليون منزل"),
    (
        "number",
        "scale_changed",
        "fr",
        "aider 33 millions de personnes",
        "aider 33 milliards de personnes",
    ),
    ("number", "scale_false_friend", "es", "pide 7,4 mil millones", "pide 7,4 billones"),
    ("number", "scale_false_friend", "fr", "7,4 milliards de dollars", "7,4 billions de dollars"),
    ("number", "group_as_decimal", "fr", "Plus de 1 600 blessés.", "Plus de 1,600 blessés."),
    ("number", "group_as_decimal", "ar", "أكثر من 1600 شخص.", "أكثر من 1,600 شخص."),
    ("number", "decimal_dropped", "zh", "发起1.6亿美元呼吁", "发起16亿美元呼吁"),
    ("number", "decimal_dropped", "ru", "примерно 15,4 миллиона", "примерно 154 миллиона"),
    ("number", "decimal_truncated", "es", "más de 1,2 millones", "más de 1 millones"),
    ("number", "approx_turned", "fr", "Plus de 110 millions", "Moins de 110 millions"),
    ("number", "approx_turned", "ru", "более 10 млрд долларов", "менее 10 млрд долларов"),
    ("number", "approx_turned", "ar", "أكثر من 30 مليون شخص", "أقل من 30 مليون شخص"),
    ("number", "approx_turned", "zh", "超过1.1亿人", "不到1.1亿人"),
    ("number", "approx_turned", "zh", "接收120多万难民", "接收120万难民"),
    ("number", "words_changed", "ru", "в три раза", "в четыре раза"),
    ("number", "words_changed", "es", "a cinco países", "a seis países"),
    ("number", "words_changed", "ar", "أكثر من ثلاثة عقود", "أكثر من أربعة عقود"),
    ("number", "words_changed", "zh", "走访五天后", "走访六天后"),
    ("number", "ordinal_changed", "ar", "الحرب العالمية الثانية", "الحرب العالمية الثالثة"),
    ("number", "ordinal_changed", "ru", "в 75-я годовщина", "в 76-я годовщина"),
    ("number", "ordinal_changed", "ru", "второго поколения", "третьего поколения"),
    ("number", "ordinal_changed", "zh", "大会第五十六届会议", "大会第五十七届会议"),
    ("number", "ordinal_changed", "fr", "la troisième génération", "la quatrième génération"),
    ("number", "dual_changed", "ar", "فرّ مليونا لاجئ", "فرّ ثلاثة ملايين لاجئ"),
    ("number", "dual_changed", "ar", "منذ عامين", "منذ ثلاثة أعوام"),
    ("number", "year_dropped", "ru", "процесса в 1991 году.", "процесса."),
    ("number", "year_dropped", "zh", "于2022年8月30日发布", "于8月30日发布"),
    (
        "number",
        "figure_dropped",
        "fr",
        "exhortés à ne pas oublier les 17 autres crises",
        "exhortés à ne pas oublier les autres crises",
    ),
    ("number", "range_end_changed", "fr", "de 10 à 15 ans", None),
    ("unit", "currency_changed", "fr", "7,4 milliards de dollars", "7,4 milliards d’euros"),
    ("unit", "currency_changed", "ru", "160 млн долларов США", "160 млн евро"),
    ("unit", "currency_changed", "zh", "1.6亿美元", "1.6亿欧元"),
    ("unit", "currency_changed", "ar", "7.4 مليار دولار", "7.4 مليار يورو"),
    ("unit", "currency_dropped", "es", "160 millones de dólares para", "160 millones para"),
    ("unit", "currency_added", "es", "a 50 millones de personas", "a 50 millones de dólares"),
    ("unit", "percent_to_permille", "ar", "بنسبة 30 في المائة", "بنسبة 30 في الألف"),
    ("unit", "percent_to_permille", "zh", "仅为20%。", "仅为20‰。"),
    ("unit", "percent_dropped", "ru", "на 20 процентов", "на 20"),
    ("unit", "percent_to_points", "fr", "de 30 % depuis", "de 30 points de pourcentage depuis"),
    ("unit", "measure_changed", "zh", "200万英亩农作物，约30吨", "200万英亩农作物，约30公斤"),
    ("country", "adjective_swapped", "ar", "الحكومة البولندية", None),
    ("country", "misspelt", "ru", "Йемен", None),
    (
        "clause",
        "relative_dropped",
        "ru",
        "о Молдове и Румынии, которые он посетил в ходе миссии.",
        "о Молдове и Румынии.",
    ),
    (
        "clause",
        "relative_dropped",
        "fr",
        "la résolution du Conseil, dont l’adoption était prévue le 23 juin.",
        "la résolution du Conseil.",
    ),
    (
        "clause",
        "relative_dropped",
        "ar",
        "على جمهورية مولدوفا ورومانيا، اللتين زارهما خلال مهمته.",
        "على جمهورية مولدوفا ورومانيا.",
    ),
    (
        "clause",
        "list_item_dropped",
        "fr",
        "en Syrie, en Iraq et en Afrique subsaharienne.",
        "en Syrie et en Afrique subsaharienne.",
    ),
    (
        "clause",
        "list_item_dropped",
        "zh",
        "给布隆迪、刚果民主共和国和塞拉利昂带来了希望。",
        "给布隆迪和塞拉利昂带来了希望。",
    ),
    (
        "clause",
        "list_item_dropped",
        "ar",
        "في سوريا والعراق وأفريقيا جنوب الصحراء الكبرى.",
        "في سوريا وأفريقيا جنوب الصحراء الكبرى.",
    ),
    (
        "clause",
        "leading_clause_dropped",
        "es",
        "El año pasado, los trabajadores humanitarios ayudaron a unos 15 millones.",
        "Los trabajadores humanitarios ayudaron a unos 15 millones.",
    ),
    (
        "clause",
        "sentence_dropped",
        "fr",
        "M. Grandi est arrivé à Genève. Il a rencontré les réfugiés venus de la région.",
        "M. Grandi est arrivé à Genève.",
    ),
    (
        "clause",
        "sentence_dropped",
        "zh",
        "他抵达日内瓦。他会见了来自该区域的难民。",
        "他抵达日内瓦。",
    ),
]


@pytest.mark.parametrize(("kind", "variant", "lang", "clean", "faulty"), CASES)
def test_a_variant_makes_the_fault_it_names(
    kind: str, variant: str, lang: str, clean: str, faulty: str | None
) -> None:
    out = one(kind, variant, lang, clean)
    assert out is not None and out != clean
    if faulty is not None:
        assert out == faulty


@pytest.mark.parametrize(
    ("lang", "clean", "swapped_form"),
    [
        # the case of a Russian name is kept: a prepositional stays prepositional
        ("ru", "Наводнения в Пакистане затронули миллионы.", r"в [А-Я][а-я]+(?:е|ии)\b"),
        # Arabic clitics are kept, and the article merges with لـ as Arabic writes it
        ("ar", "البعثة الدائمة للعراق لدى الأمم المتحدة", r"البعثة الدائمة (?:لل|ل)\w+ لدى"),
        ("ar", "وبباكستان", r"^وب\w+$"),
        # a French name keeps its article class: "au Pakistan" -> "au <masculine name>"
        ("fr", "Il s'est rendu au Pakistan hier.", r"au [A-ZÉ]\w+ hier"),
    ],
)
def test_a_country_swapped_keeps_its_grammar(lang: str, clean: str, swapped_form: str) -> None:
    for seed in "abcdef":
        out = inject3.apply("country", "name_swapped", clean, lang, seed=seed)
        assert out is not None and out != clean
        assert re.search(swapped_form, out), out
        before = {clean[s:e] for s, e, _, _ in inject3._country_hits(clean, lang)}
        after = {out[s:e] for s, e, _, _ in inject3._country_hits(out, lang)}
        assert after and after != before


def test_a_russian_adjective_keeps_its_ending() -> None:
    out = one("country", "adjective_swapped", "ru", "Убежище афганским беженцам.")
    assert out is not None and re.search(r"\b\w+ским беженцам", out) and "афганским" not in out


def test_a_country_added_or_dropped_changes_the_countries() -> None:
    clean = "Les réfugiés rentrent en Afghanistan dans la paix."
    added = one("country", "country_added", "fr", clean)
    assert added is not None and re.search(r"en Afghanistan et en [A-ZÉ]\w+", added)
    dropped = one("country", "country_dropped", "fr", clean)
    assert dropped == "Les réfugiés rentrent dans la paix."
    zh = one("country", "country_dropped", "zh", "联合国与巴基斯坦发起紧急呼吁")
    assert zh == "联合国发起紧急呼吁"


def test_what_is_no_figure_is_left_alone() -> None:
    # a code, an address, COVID-19: no figure of the text to change
    for text in ("COVID-19", "A/RES/77/1", "http://x.org/2022/a"):
        assert one("number", "digit_changed", "fr", text) is None
    # a year followed by a scale word is a count, not a year
    assert one("number", "year_changed", "zh", "2000多万人受灾") is None


def _material() -> list[inject3.Clean]:
    import heldout_checks as hc

    hc.use_set("heldout")
    views = hc.clean_views()
    return [
        inject3.Clean(lang, v.msgid, v.msgstr, v.catalog, v.line)
        for lang, entries in views.items()
        for v in entries
    ]


def test_faults_on_the_first_tuning_set() -> None:
    clean = _material()
    faults = inject3.faults(clean, seed=13, per_kind=130)
    assert faults == inject3.faults(clean, seed=13, per_kind=130)  # deterministic
    assert faults != inject3.faults(clean, seed=14, per_kind=130)
    kinds = Counter(f.kind for f in faults)
    assert set(kinds) == set(inject3.KINDS) and all(n == 130 for n in kinds.values())
    for kind in inject3.KINDS:
        langs = Counter(f.clean.lang for f in faults if f.kind == kind)
        assert set(langs) == set(inject3.LANGS), kind
        variants = Counter(f.variant for f in faults if f.kind == kind)
        assert len(variants) >= 5 and max(variants.values()) <= 0.35 * kinds[kind], variants
    for f in faults:
        assert f.msgstr != f.clean.msgstr and f.msgstr.strip()
        if f.kind == "clause":
            # a cut: shorter, and every word of it is a word of the clean text, in order
            assert len(f.msgstr) < len(f.clean.msgstr)
            assert _subsequence(_tokens(f.msgstr), _tokens(f.clean.msgstr)), f
        if f.kind == "country":
            before = Counter(f.clean.msgstr[s:e] for s, e, _, _ in _hits(f.clean))
            after = Counter(f.msgstr[s:e] for s, e, _, _ in _hits(f))
            assert before != after or f.variant == "misspelt", f
        if f.kind == "number" and f.variant in ("digit_changed", "digits_swapped", "year_changed"):
            assert sorted(re.findall(r"\d+", f.msgstr)) != sorted(
                re.findall(r"\d+", f.clean.msgstr)
            )


def _hits(f: inject3.Clean | inject3.Fault) -> list[tuple[int, int, str, tuple[object, ...]]]:
    if isinstance(f, inject3.Fault):
        return inject3._country_hits(f.msgstr, f.clean.lang)
    return inject3._country_hits(f.msgstr, f.lang)


def _tokens(text: str) -> list[str]:
    return re.findall(r"[\u4e00-\u9fff]|\w+", text.lower())


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(t == u for u in it) for t in short)
