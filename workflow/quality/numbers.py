"""The numbers check: figures, dates and scale words mean the same values in the translation
(the reading and matching of figures is `workflow.quality.figures`).
"""

from __future__ import annotations

from workflow.problems import Problem
from workflow.quality import figures
from workflow.quality.registry import Context, EntryView, problem, register
from workflow.quality.text import compiled_source, first_word, word_keys


@register("numbers", "error", "figures, dates and scale words mean the same values as the source")
def check_numbers(entry: EntryView, ctx: Context) -> list[Problem]:
    source, target = entry.msgid, entry.msgstr
    # figures inside glossary terms ("COVID-19" -> "新冠肺炎", "G20" -> "二十国集团") are the
    # glossary check's business when the term's form is there
    index = ctx.cached("numbers.terms", lambda: _terms_with_figures(ctx))
    if index:
        found = {i for k in word_keys(source) for i in index.get(k, ())}
        for _, term, fold, form in sorted(found):  # in glossary order
            pattern = compiled_source(term, fold)
            if pattern.search(source) and form in target:
                source, target = pattern.sub(" ", source), target.replace(form, " ")
    return [
        problem("numbers", entry, f.message, f.severity)
        for f in figures.compare(source, target, ctx.source, ctx.target)
    ]


Term = tuple[int, str, bool, str]  # glossary position, term, case folded, target form


def _terms_with_figures(ctx: Context) -> dict[str, list[Term]]:
    """Glossary terms holding a figure, with their form in the target language, by first word:
    a glossary of 100,000 such rows is not 100,000 patterns compiled and run on each entry."""
    out: dict[str, list[Term]] = {}
    for n, t in enumerate(ctx.glossary.terms):
        if any(c.isdigit() for c in t.term):
            form = t.form(ctx.target.code)
            if form:
                out.setdefault(first_word(t.term), []).append(
                    (n, t.term, not t.term.isupper(), form)
                )
    return out
