"""Content moved between the sentences of one paragraph.

The extractor makes a segment of each sentence; a translator may move words across them, where
the target language orders a sentence otherwise. Arabic and Chinese put the speaker before the
quotation, so a quotation split over two sentences gets its attribution in the first:

    “I want children, but it's becoming more difficult with time.
    Housing is unaffordable,” a 29-year-old woman in Mexico said.
    ->  وقالت امرأة تبلغ من العمر 29 عاماً من المكسيك: «أريد أطفالاً، لكن الأمر يزداد صعوبة...
        فالسكن لم يعد في المتناول».

Each sentence alone has a country and a figure added, the other has them missing; the
paragraph as a whole has all. `regroup` checks such a paragraph whole: where the errors of a
sentence-by-sentence check show words moved (errors of a check of content on two sentences or
more: something missing in one, added in another; or missing in one, and another sentence's
translation passing that check against both sentences' sources) and the paragraph whole has
no error of that check, its errors become warnings, and so do those of the other content
checks the move explains (the quotation, the length), where the paragraph whole passes them.

Quotations are read over paragraphs too: one that English leaves open at a paragraph's end
joins that paragraph to the next (`_paragraphs`); a quotation a translation runs over two
sentences of a paragraph gives warnings where the paragraph's marks balance whole; and a
paragraph going on with the previous one's quotation may open with "»" (Spanish) or no mark
(Russian): its quotation errors are warnings where it passes read as opening it
(`_continued`).

A fault on one sentence is not hidden: it leaves the paragraph with the error too, and one
sentence in error is no move. Nor is an item both sentences' sources say (a country, a name:
the other sentence's translation holds it for its own source), a glossary name misspelt in its
own sentence, or a whole quotation of a sentence's source with no mark left in its translation
(`benchmarks/heldout_checks.py`, judging each fault in its catalog, showed these eased).
Pure: `registry.run_checks` calls it with its checks.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from workflow.problems import MESSAGE_LIMIT, Problem

if TYPE_CHECKING:  # the registry runs this module: no import of it at run time
    from workflow.quality.registry import Context, EntryView

# checks of what a sentence says, which words moved elsewhere in the paragraph explain
CONTENT = ("numbers", "countries", "names", "units", "glossary", "quotes", "length", "omission")
# ... and those whose errors show the move itself: an item missing in one sentence and added
# in another (errors on both), or missing in one and said by another sentence's translation
# beyond what its own source asks (a name, a glossary term: nothing reports one added)
MOVED = ("numbers", "countries", "names", "units", "glossary")
# ... of which those that report nothing added (a name): a move shows as an item missing in
# one sentence that another's translation says, beyond its own source (`_said_by_another`);
# the others show it as errors on both sentences, missing in one and added in the other
SAID_ONLY = ("names", "glossary", "countries")
_NOTE = " (the paragraph as a whole has it: moved to another of its sentences?)"
# the kind of the entry that is a paragraph's sentences joined (`_whole`): the length check
# does not pair its sentences up one to one, since words moved between them
JOINED = "joined sentences"

Run = Callable[[str, "EntryView", "Context"], list[Problem]]


def regroup(
    entries: Sequence[EntryView], problems: list[Problem], ctx: Context, run: Run
) -> list[Problem]:
    """`problems` (of `entries`, by catalog and line) with the errors content moved between the
    sentences of a paragraph explains made warnings. `run(check, entry, ctx)` runs one check."""
    errors: dict[tuple[str, int], set[str]] = defaultdict(set)
    warned: dict[tuple[str, int], set[str]] = defaultdict(set)
    for p in problems:
        if p.severity == "error" and (p.check in CONTENT or p.check in QUOTATION_CHECKS):
            errors[(p.catalog, p.line)].add(p.check)
        elif p.check in MOVED:
            warned[(p.catalog, p.line)].add(p.check)
    if not errors:
        return problems
    # (catalog, line, check) -> the note the error is made a warning with
    eased: dict[tuple[str, int, str], str] = _continued(entries, errors, ctx, run)
    for members in _paragraphs(entries):
        if len(members) < 2:
            continue
        checks = [errors.get((e.catalog, e.line), set()) for e in members]
        # a quotation opened in one sentence and closed in another (Chinese and Arabic put
        # the speaker first and run the source's two quotations into one): the paragraph's
        # marks balance whole
        whole = _whole(members, ctx)
        quoted = {c for found in checks for c in found if c in QUOTATION_CHECKS}
        if sum(bool(found & quoted) for found in checks) >= 2:
            for c in quoted:
                if not any(p.severity == "error" for p in run(c, whole, ctx)):
                    for e, f in zip(members, checks, strict=True):
                        if c in f and not _marks_lost(e):
                            eased[(e.catalog, e.line, c)] = _QUOTED_NOTE
        moved = [
            c
            for c in MOVED
            if sum(c in found for found in checks) >= 2
            or (c in SAID_ONLY and _said_by_another(c, members, checks, ctx, run))
        ]
        # a move a warning shows: an unsure item ("Singapore", a city too) missing in one
        # sentence that another sentence's translation says, nothing of it then reported
        hints = [
            warned.get((e.catalog, e.line), set()) - found
            for e, found in zip(members, checks, strict=True)
        ]
        shown = [c for c in MOVED if _said_by_another(c, members, hints, ctx, run, strict=True)]
        if not moved and not shown:
            continue
        passed = {
            c
            for c in CONTENT
            if any(c in found for found in checks)
            and not any(p.severity == "error" for p in run(c, whole, ctx))
        }
        if not passed & set(moved) and not (passed and shown):
            continue  # no move the paragraph whole explains
        for e, found in zip(members, checks, strict=True):
            for c in found & passed:
                if c in ("glossary", "names") and _misspelt_here(e, ctx):
                    continue  # the name is here, misspelt: not moved away
                if c in QUOTATION_CHECKS and _marks_lost(e):
                    continue  # a whole quotation of its source, no mark at all: lost here
                eased.setdefault((e.catalog, e.line, c), _NOTE)
    if not eased:
        return problems
    return [
        _eased(p, eased[(p.catalog, p.line, p.check)])
        if p.severity == "error" and (p.catalog, p.line, p.check) in eased
        else p
        for p in problems
    ]


def _paragraphs(entries: Sequence[EntryView], join: bool = True) -> list[list[EntryView]]:
    """The entries by paragraph (one language, one catalog a release: a paragraph is its
    entries of one reference), in order; a quotation going on into the next paragraph (its
    opening mark not closed: "“This ... is unsustainable." / "It has ...,” the representative
    said") joins them (`join`): Chinese and Arabic put the speaker before its first paragraph."""
    groups: dict[str, list[EntryView]] = defaultdict(list)
    for e in entries:
        if e.reference:
            groups[e.reference].append(e)
    out: list[list[EntryView]] = []
    open_quote = False
    for members in groups.values():
        same_file = out and _file(out[-1][0]) == _file(members[0])
        if join and open_quote and same_file:
            out[-1] = out[-1] + members
        else:
            out.append(list(members))
        text = " ".join(e.msgid for e in out[-1])
        open_quote = text.count("“") > text.count("”")
    return out


def _file(entry: EntryView) -> str:
    """The source file of an entry's paragraph ("releases/x.md" of "releases/x.md:12")."""
    return entry.reference.rpartition(":")[0]


def _said_by_another(
    check: str,
    members: Sequence[EntryView],
    checks: list[set[str]],
    ctx: Context,
    run: Run,
    strict: bool = False,
) -> bool:
    """Whether a sentence's error of `check` is what another sentence's translation says: that
    translation passes the check against both sentences' sources (the speaker's name the
    Arabic puts in the first sentence of a quotation the English attributes in its second);
    `strict`: with no problem of the check at all there, not even a warning."""
    for i, found in enumerate(checks):
        if check not in found:
            continue
        for j, other in enumerate(members):
            if j == i or check in checks[j] or not _holds_more(check, other, members[i], ctx):
                continue
            first, second = (other, members[i]) if j < i else (members[i], other)
            both = dataclasses.replace(
                other, msgid=f"{first.msgid} {second.msgid}", msgstr=other.msgstr
            )
            said = run(check, both, ctx)
            if not (said if strict else any(p.severity == "error" for p in said)):
                return True
    return False


def _holds_more(check: str, other: EntryView, entry: EntryView, ctx: Context) -> bool:
    """Whether a sentence's translation holds what its own source does not say and the other
    sentence's source does, where it may have been moved to: a country (the countries check),
    a glossary person's form, or (a Latin-script translation) a capitalised word of that
    source ("Mr. Cho" put in the first sentence). Not a name both sources say ("Guterres ...
    Guterres"), which the other sentence's translation holds for its own source."""
    if check == "countries":
        from workflow.lang import countries  # (no cycle at import)

        s_reader, t_reader = countries.reader(ctx.source), countries.reader(ctx.target)
        wanted = set(s_reader.read(entry.msgid)) - set(s_reader.read(other.msgid))
        return bool(wanted & set(t_reader.read(other.msgstr)))
    for term, form in glossary_people(ctx):
        if form in other.msgstr and _says(entry.msgid, term) and not _says(other.msgid, term):
            return True
    if ctx.target.script != "Latn":
        return False
    own = set(_CAPITALISED.findall(other.msgid))
    return any(
        w not in own and _says(other.msgstr, w) for w in set(_CAPITALISED.findall(entry.msgid))
    )


_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][\w’'-]{2,}")


def _whole(members: Sequence[EntryView], ctx: Context) -> EntryView:
    """The paragraph as one entry: its sentences joined, in order."""
    joiner = "" if ctx.target.base in ("zh", "ja") else " "
    first = members[0]
    return dataclasses.replace(
        first,
        msgid=" ".join(e.msgid for e in members),
        msgstr=joiner.join(e.msgstr for e in members),
        kind=JOINED,
    )


def _eased(p: Problem, note: str = _NOTE) -> Problem:
    message = p.message
    if len(message) + len(note) > MESSAGE_LIMIT:
        message = message[: MESSAGE_LIMIT - len(note) - 1] + "…"
    return dataclasses.replace(p, severity="warning", message=message + note)


# The quotation checks, and how a paragraph going on with the previous one's quotation may
# open: with no mark (Russian), or with the closing guillemet as the mark of a quotation going
# on (Spanish "»El trabajo decente..."): read as if it opened with the opening mark.
QUOTATION_CHECKS = ("punctuation", "quotes")
_CONTINUED_NOTE = " (a quotation going on from the previous paragraph: opened there)"
_QUOTED_NOTE = (
    " (the paragraph's quotation marks balance as a whole: one quotation over its sentences)"
)


# the targets whose convention opens no mark again at a paragraph going on with a quotation
# (Russian); the others open one ("«", "“"), or "»" (Spanish, older French)
_NOT_REOPENED = frozenset({"ru", "uk", "be"})


def _reopened(text: str, base: str) -> str:
    """A paragraph's translation as if it opened the quotation it goes on with: "»" at its
    start read as "«", and in Russian nothing there as "«" (or "“" where it closes with "”")."""
    body = text.lstrip()
    if body.startswith("»"):
        return "«" + body[1:]
    if base not in _NOT_REOPENED:
        return text
    for opening, closing in (("«", "»"), ("“", "”")):
        if closing in body and opening not in body:
            return opening + body
    return text


def _continued(
    entries: Sequence[EntryView],
    errors: dict[tuple[str, int], set[str]],
    ctx: Context,
    run: Run,
) -> dict[tuple[str, int, str], str]:
    """The quotation errors of a paragraph's sentences that go away where the paragraph is
    read as going on with the quotation the previous paragraph's source leaves open (English
    closes none at that paragraph's end and opens again at the next one's start): as
    (catalog, line, check) -> the note."""
    out: dict[tuple[str, int, str], str] = {}
    previous: list[EntryView] = []
    for members in _paragraphs(entries, join=False):
        first = members[0]
        found = {
            c
            for e in members
            for c in errors.get((e.catalog, e.line), set())
            if c in QUOTATION_CHECKS
        }
        before = " ".join(e.msgid for e in previous)
        same = previous and _file(previous[0]) == _file(first)
        if found and same and before.count("“") > before.count("”"):
            whole = _whole(members, ctx) if len(members) > 1 else first
            view = dataclasses.replace(whole, msgstr=_reopened(whole.msgstr, ctx.target.base))
            for check in found:
                if view.msgstr != whole.msgstr and not any(
                    p.severity == "error" for p in run(check, view, ctx)
                ):
                    for e in members:
                        if check in errors.get((e.catalog, e.line), set()):
                            out[(e.catalog, e.line, check)] = _CONTINUED_NOTE
        previous = members
    return out


# --- a speaker's name moved into another sentence --------------------------------------------
# Chinese and Arabic set the speaker before the quotation: "“We cannot afford to step backward.
# / The progress we have made is real,” Mr. Cho said." -> "赵兑烈先生说：“我们承受不起倒退的代价。
# / 我们取得的进展是实实在在的。”". The first sentence's translation then holds a name its own
# source lacks, so no check of that sentence asks for it, and the second's check, its name
# missing, is eased by the paragraph whole. Read over the paragraph: a glossary person's name
# in a sentence's translation that no source of the paragraph names is another person (the
# name misspelt there the glossary check finds on the sentence itself: `terms`).


def moved_names(entries: Sequence[EntryView], ctx: Context) -> list[Problem]:
    """Errors of the names check on the sentences whose translation holds a glossary person's
    name that no source of the paragraph names: another person in place of the speaker moved
    there from another sentence (see above). Only sentences whose own source lacks the name
    (that sentence's own check reads the others)."""
    from workflow.quality.text import find_form  # (no cycle at import)

    if ctx.target.base not in SPEAKER_FIRST:
        return []
    people = glossary_people(ctx)
    if not people:
        return []
    out: list[Problem] = []
    for members in _paragraphs(entries):
        sources = " ".join(e.msgid for e in members)
        if len(members) < 2 or not _QUOTED.search(sources):
            continue  # (a speaker is moved round a quotation)
        named: list[tuple[str, str]] | None = None
        for e in members:
            for term, form in people:
                if form not in e.msgstr or _says(e.msgid, term):
                    continue
                if named is None:
                    named = [(t, f) for t, f in people if _says(sources, t)]
                if (term, form) in named:
                    continue
                if find_form(form, e.msgstr, ctx.target, fold=False) == "exact" and not any(
                    form in f or f in form for _, f in named
                ):
                    out.append(
                        _names_error(
                            e,
                            f"name {form!r} ({term}) in no source of the paragraph: "
                            "another person?",
                        )
                    )
    return out


# the languages that set the speaker before a quotation; a quotation's marks in English
SPEAKER_FIRST = frozenset({"zh", "ar", "ja", "ur", "fa"})
_QUOTED = re.compile('[“”"]')


def glossary_people(ctx: Context) -> list[tuple[str, str]]:
    """The glossary's person names with a form of their own in the target, three characters
    or more (a form of two is often a word too: Arabic لي, Li, is "to me"): (term, form), once
    a catalog."""

    def make() -> list[tuple[str, str]]:
        code = ctx.target.code
        return [
            (t.term, form)
            for t in ctx.glossary.terms
            if t.kind == "name" and (form := t.form(code)) and form != t.term and len(form) >= 3
        ]

    return ctx.cached("paragraphs.people", make)


_ANY_MARK = re.compile('[«»“”„‟‹›「」『』"]')


def _marks_lost(entry: EntryView) -> bool:
    """Whether a sentence's source holds a whole quotation (both its marks) and its translation
    no quotation mark at all: the quotation made paraphrase there, not run over the paragraph's
    sentences (which leaves a mark in each sentence it opens or closes in)."""
    return (
        entry.msgid.count("“") >= 1
        and entry.msgid.count("”") >= 1
        and _ANY_MARK.search(entry.msgstr) is None
    )


def _misspelt_here(entry: EntryView, ctx: Context) -> bool:
    """Whether a sentence's translation holds a glossary person's name that its source says,
    one character off ("古特勒斯" for 古特雷斯): the name misspelt in place, whatever another
    sentence of the paragraph says."""
    from workflow.quality.text import near_form  # (no cycle at import)

    return any(
        _says(entry.msgid, term) and form not in entry.msgstr and near_form(form, entry.msgstr)
        for term, form in glossary_people(ctx)
    )


def _says(text: str, term: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text) is not None


def _names_error(entry: EntryView, message: str) -> Problem:
    return Problem(
        "names", "error", message[:MESSAGE_LIMIT], entry.catalog, entry.line, entry.reference
    )
