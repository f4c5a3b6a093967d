"""The numbers check's glossary side: figures inside glossary terms, indexed by first word."""

from __future__ import annotations

from workflow.catalogs import glossary
from workflow.lang import languages
from workflow.quality import text
from workflow.quality.registry import CHECKS, Context, EntryView

EN, FR, ZH = languages.parse("en"), languages.parse("fr"), languages.parse("zh")


def numbers(ctx: Context, source: str, target: str) -> list[str]:
    return [p.message for p in CHECKS["numbers"].run(EntryView(source, target), ctx)]


def test_a_figure_inside_a_glossary_term_is_the_glossary_s_business() -> None:
    terms = glossary.parse("term,kind,zh\nH5N1,term,禽流感\n")
    ctx = Context(EN, ZH, terms)
    assert numbers(ctx, "H5N1 cases rose by 12 per cent.", "禽流感病例增加了12%。") == []
    # without the glossary, 5 and 1 are figures the translation lacks
    assert numbers(Context(EN, ZH), "H5N1 cases rose by 12 per cent.", "禽流感病例增加了12%。")


def test_the_19_of_covid_19_is_2019_or_the_disease_s_name() -> None:
    ctx = Context(EN, ZH)
    source = "Global economic woes, started by COVID-19, are hitting the most vulnerable."
    assert numbers(ctx, source, "由2019冠状病毒病引发的全球经济困境对最弱势群体打击最重。") == []
    assert numbers(ctx, source, "由新冠肺炎疫情引发的全球经济困境对最弱势群体打击最重。") == []
    assert numbers(ctx, source, "由COVID-19引发的全球经济困境对最弱势群体打击最重。") == []
    assert (
        numbers(
            Context(EN, languages.parse("ru")),
            source,
            "Глобальные экономические трудности, вызванные коронавирусной инфекцией, сильнее всего "
            "бьют по наиболее уязвимым.",
        )
        == []
    )
    # the pandemic UN Chinese names without the year: 冠状病毒病疫情, 冠状病毒病大流行
    pandemic = "Schools closed during the COVID-19 pandemic."
    assert numbers(ctx, pandemic, "冠状病毒病疫情期间学校停课。") == []
    assert numbers(ctx, pandemic, "冠状病毒病大流行期间学校停课。") == []
    assert numbers(ctx, pandemic, "2020冠状病毒病大流行期间学校停课。") == [
        "19 missing",
        "2020 not in the source",
    ]
    # the disease alone is not the pandemic: its year dropped there is a figure dropped
    assert numbers(ctx, "COVID-19 and hunger persist.", "冠状病毒病疫情和饥饿依然存在。") == [
        "19 missing"
    ]
    # "coronavirus disease" without its year is not COVID-19; another year is another figure
    assert numbers(ctx, source, "由冠状病毒病引发的全球经济困境对最弱势群体打击最重。") == [
        "19 missing"
    ]
    assert numbers(ctx, source, "由2020冠状病毒病引发的全球经济困境对最弱势群体打击最重。") == [
        "19 missing",
        "2020 not in the source",
    ]


def test_a_100k_row_glossary_of_terms_with_figures_compiles_only_the_candidates() -> None:
    rows = "\n".join(f"Zorvex{i} alpha,term,zorvex{i} alpha" for i in range(100_000))
    big = glossary.parse("term,kind,fr\nG20,term,G20\n" + rows + "\n")
    ctx = Context(EN, FR, big)
    before = text.compiled_source.cache_info().misses
    assert numbers(ctx, "The G20 met 3 times.", "Le G20 s'est réuni 3 fois.") == []
    assert numbers(ctx, "Zorvex7 alpha met 3 times.", "zorvex7 alpha s'est réuni 3 fois.") == []
    assert numbers(ctx, "The G20 met 3 times.", "Le G20 s'est réuni 4 fois.") != []
    assert numbers(ctx, "Nothing here but 3 times.", "Rien que 3 fois.") == []
    # the candidates by first word (g20, zorvex7), not 100,001 patterns
    assert text.compiled_source.cache_info().misses - before <= 2


def test_covid_with_its_figure_cut_is_a_figure_missing() -> None:
    source = "COVID-19 cases rose by 12 per cent."
    assert numbers(Context(EN, FR), source, "Les cas de COVID-19 ont augmenté de 12 %.") == []
    assert numbers(Context(EN, FR), source, "Les cas de COVID- ont augmenté de 12 %.") == [
        "19 missing"
    ]


def test_a_numbered_target_or_paragraph_is_copied_as_written() -> None:
    # "target 4.1", "paragraph 12.3": labels, not decimals; UN French, Spanish and Russian keep
    # the dot, UN Arabic writes a hyphen
    source = "Progress on target 4.1 lags, the review of paragraph 12.3 says."
    for code, target in [
        ("fr", "Les progrès vers la cible 4.1 sont lents, selon l’examen du paragraphe 12.3."),
        ("es", "Los avances hacia la meta 4.1 son lentos, según el examen del párrafo 12.3."),
        ("ru", "Прогресс в достижении задачи 4.1 отстает, говорится в обзоре пункта 12.3."),
        ("ar", "يتأخر التقدم نحو الغاية 4-1، حسبما يفيد استعراض الفقرة 12-3."),
        ("zh", "具体目标4.1的进展滞后，第12.3段的审查指出。"),
    ]:
        assert numbers(Context(EN, languages.parse(code)), source, target) == [], code
    # a label changed is still an error
    fr = Context(EN, FR)
    assert numbers(fr, source, "Les progrès vers la cible 4.2 sont lents (paragraphe 12.3).")
    assert numbers(
        Context(EN, languages.parse("ar")), source, "يتأخر التقدم نحو الغاية 4-2 (الفقرة 12-3)."
    )
    # a decimal is no label: written the English way in French it stays an error
    assert numbers(fr, "Prices rose by 4.1 per cent.", "Les prix ont augmenté de 4.1 %.") == [
        "4.1 is read as 4.1 only with en separators (fr groups with '\\u202f', decimals with ',')"
    ]


def test_french_tens_and_units_in_words() -> None:
    # quatre-vingt-dix-neuf (99), dix-sept (17): tens written with "dix" and a unit
    fr = Context(EN, FR)
    assert (
        numbers(
            fr,
            "Ninety-nine per cent of schools reopened.",
            "Quatre-vingt-dix-neuf pour cent des écoles ont rouvert.",
        )
        == []
    )
    assert numbers(fr, "Seventeen countries signed.", "Dix-sept pays ont signé.") == []
    assert (
        numbers(
            fr,
            "Ninety-seven delegations attended.",
            "Quatre-vingt-dix-sept délégations étaient présentes.",
        )
        == []
    )
    assert numbers(
        fr,
        "Ninety-nine per cent of schools reopened.",
        "Quatre-vingt-dix-huit pour cent des écoles ont rouvert.",
    )
