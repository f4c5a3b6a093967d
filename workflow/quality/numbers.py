"""The numbers check: figures, dates and scale words mean the same values in the translation
(the reading and matching of figures is `workflow.quality.figures`).
"""

from __future__ import annotations

import re

from workflow.problems import Problem
from workflow.quality import figures
from workflow.quality.registry import Context, EntryView, problem, register
from workflow.quality.text import source_pattern


@register("numbers", "error", "figures, dates and scale words mean the same values as the source")
def check_numbers(entry: EntryView, ctx: Context) -> list[Problem]:
    source, target = entry.msgid, entry.msgstr
    # figures inside glossary terms ("COVID-19" -> "新冠肺炎", "G20" -> "二十国集团") are the
    # glossary check's business when the term's form is there
    for pattern, form in ctx.cached("numbers.terms", lambda: _terms_with_figures(ctx)):
        if pattern.search(source) and form in target:
            source, target = pattern.sub(" ", source), target.replace(form, " ")
    return [
        problem("numbers", entry, f.message, f.severity)
        for f in figures.compare(source, target, ctx.source, ctx.target)
    ]


def _terms_with_figures(ctx: Context) -> list[tuple[re.Pattern[str], str]]:
    """Glossary terms holding a figure, with their form in the target language."""
    out = []
    for t in ctx.glossary.terms:
        if any(c.isdigit() for c in t.term):
            form = t.form(ctx.target.code)
            if form:
                out.append((source_pattern(t.term, fold=not t.term.isupper()), form))
    return out
