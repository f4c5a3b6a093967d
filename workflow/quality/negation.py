"""The negation check: a negation on one side only, a statement turned into its opposite
("Pakistan supports the framework" -> "le Pakistan ne soutient pas le cadre").

Each side's negations are read with its language's table (`workflow.lang.negation`): the
negations proper ("not", "ne ... pas", "不", "لم"), and the words that may say one another
way ("unable", "only", "non-governmental", "невозможно", "غير"). A side with more negations
proper than the other is reported unless the other side's words of the second kind account
for the difference.

A warning, never an error: languages say a negation in ways no table holds ("deny", "refrain
from", "fall short"), so a reviewer decides. Languages without a table (de, ja ...) are not
checked. Pure: no I/O.
"""

from __future__ import annotations

from workflow.lang import negation
from workflow.problems import Problem
from workflow.quality.registry import Context, EntryView, problem, register
from workflow.quality.text import plain


def _shown(forms: tuple[str, ...]) -> str:
    return ", ".join(f"{f!r}" for f in dict.fromkeys(forms))


@register(
    "negation",
    "warning",
    "a negation on one side only: a statement turned into its opposite",
)
def check_negation(entry: EntryView, ctx: Context) -> list[Problem]:
    if not (negation.supported(ctx.source) and negation.supported(ctx.target)):
        return []  # a language without a table: nothing to compare
    source, target = plain(entry.msgid), plain(entry.msgstr)
    src = negation.strong(source, ctx.source)
    tgt = negation.strong(target, ctx.target)
    if len(src) == len(tgt):
        return []  # most entries: no negation on either side
    # the words that may say a negation another way, on the side short of one, account for it
    if len(src) > len(tgt) + negation.weak(target, ctx.target):
        return [_flipped(entry, "source", src, "translation", tgt)]
    if len(tgt) > len(src) + negation.weak(source, ctx.source):
        return [_flipped(entry, "translation", tgt, "source", src)]
    return []


def _flipped(
    entry: EntryView, more: str, says: tuple[str, ...], other: str, has: tuple[str, ...]
) -> Problem:
    return problem(
        "negation",
        entry,
        f"the {more} says {_shown(says)}, the {other} "
        + (f"only {_shown(has)}" if has else "has no negation")
        + ": a statement turned into its opposite?",
    )
