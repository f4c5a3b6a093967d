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
    terms = glossary.parse("term,kind,zh\nCOVID-19,term,新冠肺炎\n")
    ctx = Context(EN, ZH, terms)
    assert numbers(ctx, "COVID-19 cases rose by 12 per cent.", "新冠肺炎病例增加了12%。") == []
    # without the glossary, 19 is a figure the translation lacks
    assert numbers(
        Context(EN, ZH), "COVID-19 cases rose by 12 per cent.", "新冠肺炎病例增加了12%。"
    )


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
