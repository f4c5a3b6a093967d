"""The check registry: what the checks see of an entry, their settings, `CHECKS`, running them.

Every check has a name, a default severity and a one-line description, and is registered in
`CHECKS` (what `workflow check --list` prints). A check is `check(entry, ctx) -> list[Problem]`:
`entry` is an `EntryView` (plain data read from a catalog entry), `ctx` a `Context` (source and
target language, glossary, settings). A check may report a problem below its default severity
(a warning where it is unsure: an inflected form, a separator reading); never above it.

`run_checks()` runs the enabled checks over entries; `annotation_lines()` turns problems into
translator-comment lines ("check: numbers: 240 million missing") that can be written into the
catalog and removed again once fixed (`without_annotations()`).

The checks themselves are in one module per family (numbers, markup, terms, untranslated,
repetition, length, punctuation), each registering its checks with `register`;
`workflow.quality` imports them all, in the order of `CHECKS`.

Pure: no I/O. Babel only through `workflow.lang.languages`; entries are `catalogs.types.Entry`s.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar, cast

from workflow.catalogs.glossary import Glossary
from workflow.catalogs.types import Entry
from workflow.errors import WorkspaceError
from workflow.lang import languages
from workflow.lang.languages import Language
from workflow.problems import MESSAGE_LIMIT, Problem, Severity
from workflow.quality import lengthmodel, paragraphs
from workflow.quality.memo import Memo
from workflow.quality.memo import run as run_memo
from workflow.workspace.workers import cores, pool

T = TypeVar("T")

ANNOTATION_PREFIX = "check: "


# --- data ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class EntryView:
    """One catalog entry as the checks see it."""

    msgid: str
    msgstr: str
    fuzzy: bool = False
    reference: str = ""  # "releases/<id>.md:12"
    catalog: str = ""  # the .po path, as shown to users
    line: int = 0  # line of the entry in the .po
    kind: str = ""  # extracted comment: "paragraph", "heading", "title"...

    @classmethod
    def of(cls, entry: Entry, catalog: str) -> EntryView:
        ref = ""
        if entry.occurrences:
            path, line = entry.occurrences[0]
            ref = f"{path}:{line}" if line else path
        return cls(
            msgid=entry.msgid,
            msgstr=entry.msgstr,
            fuzzy="fuzzy" in entry.flags,
            reference=ref,
            catalog=catalog,
            line=entry.linenum,
            kind=(entry.comment or "").split("\n")[0],
        )


def views(entries: Iterable[Entry], catalog: str) -> list[EntryView]:
    """The live (not obsolete) entries of a catalog, header left out."""
    return [EntryView.of(e, catalog) for e in entries if e.msgid and not e.obsolete]


@dataclass(frozen=True)
class Settings:
    """What a workspace may tune (workflow.toml [checks])."""

    disabled: frozenset[str] = frozenset()
    severity: Mapping[str, Severity] = field(default_factory=dict)  # check name -> severity
    length_ratio: Mapping[str, tuple[float, float]] = field(default_factory=dict)  # lang -> bounds
    include_fuzzy: bool = True  # check machine translations too

    @classmethod
    def from_mapping(cls, data: Mapping[str, object], *, file: str | None = None) -> Settings:
        """Read a [checks] table: disable = [names], severity = {name = "warning"|"off"},
        length_ratio = {lang = [min, max]}, include_fuzzy = bool."""
        known = {"disable", "severity", "length_ratio", "include_fuzzy"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise WorkspaceError(
                f"unknown [checks] setting {unknown[0]!r}", file=file, hint=", ".join(sorted(known))
            )
        disabled = set(_names(data.get("disable", []), file))
        severity: dict[str, Severity] = {}
        raw = data.get("severity", {})
        if not isinstance(raw, Mapping):
            raise WorkspaceError("[checks] severity must be a table", file=file)
        for name, value in raw.items():
            _names([name], file)
            if value == "off":
                disabled.add(name)
            elif value in ("error", "warning"):
                severity[name] = "error" if value == "error" else "warning"
            else:
                raise WorkspaceError(
                    f"severity of {name!r} must be error, warning or off", file=file
                )
        ratios: dict[str, tuple[float, float]] = {}
        raw = data.get("length_ratio", {})
        if not isinstance(raw, Mapping):
            raise WorkspaceError("[checks] length_ratio must be a table", file=file)
        for lang, bounds in raw.items():
            if (
                not isinstance(bounds, list | tuple)
                or len(bounds) != 2
                or not all(isinstance(b, int | float) and b > 0 for b in bounds)
                or bounds[0] >= bounds[1]
            ):
                raise WorkspaceError(
                    f"length_ratio for {lang!r} must be [min, max]", file=file, hint="[0.5, 2.0]"
                )
            ratios[languages.parse(str(lang), source=file).code] = (
                float(bounds[0]),
                float(bounds[1]),
            )
        fuzzy = data.get("include_fuzzy", True)
        if not isinstance(fuzzy, bool):
            raise WorkspaceError("[checks] include_fuzzy must be true or false", file=file)
        return cls(frozenset(disabled), severity, ratios, fuzzy)


def _names(value: object, file: str | None) -> list[str]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise WorkspaceError("[checks] disable must be a list of check names", file=file)
    for name in value:
        if name not in CHECKS:
            raise WorkspaceError(
                f"unknown check {name!r}", file=file, hint="workflow check --list names them"
            )
    return list(value)


@dataclass(frozen=True)
class Context:
    source: Language
    target: Language
    glossary: Glossary = field(default_factory=Glossary)
    settings: Settings = field(default_factory=Settings)
    # the pair's length model learnt from the workspace (`quality/gate.length_model`); None:
    # the built-in prior
    length_model: lengthmodel.Model | None = None
    # what a check derives once per catalog (glossary patterns, term indexes), by name
    _memo: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    def cached(self, name: str, make: Callable[[], T]) -> T:
        """`make()`, computed once for this context (a catalog's checks share it)."""
        if name not in self._memo:
            self._memo[name] = make()
        return cast(T, self._memo[name])


CheckFunction = Callable[[EntryView, Context], list[Problem]]


@dataclass(frozen=True)
class Check:
    name: str
    severity: Severity
    description: str
    run: CheckFunction


CHECKS: dict[str, Check] = {}


def register(
    name: str, severity: Severity, description: str
) -> Callable[[CheckFunction], CheckFunction]:
    """Decorator: add a check function to `CHECKS` under that name."""

    def add(fn: CheckFunction) -> CheckFunction:
        CHECKS[name] = Check(name, severity, description, fn)
        return fn

    return add


def problem(name: str, entry: EntryView, message: str, severity: Severity | None = None) -> Problem:
    """A problem of check `name` on the entry, at the check's severity unless told."""
    sev = severity or CHECKS[name].severity
    return Problem(name, sev, _one_line(message), entry.catalog, entry.line, entry.reference)


def _one_line(text: str, limit: int = MESSAGE_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Entries of one catalog above which its checks run in worker processes (about a millisecond
# an entry: a 100,000-entry catalog is checked by every core, not one).
PARALLEL_ENTRIES = 4_000
# the context and entries forked workers inherit (not pickled to them)
_shared: list[tuple[Context, list[EntryView]]] = []


def run_checks(
    entries: Iterable[EntryView],
    ctx: Context,
    memo: Memo | None = None,
    keys: Sequence[str] | None = None,
) -> list[Problem]:
    """Problems of all enabled checks over the translated entries, in entry then check order.
    With a `memo` (keyed by the caller on everything but the entries), entries it knows are
    not checked again, and the others are added to it; `keys`: the entries' memo keys
    (`memo.key_of`, one an entry, in order) where the caller has them already."""
    listed = list(entries)
    todo_at = [
        i
        for i, e in enumerate(listed)
        if e.msgstr.strip() and not (e.fuzzy and not ctx.settings.include_fuzzy)
    ]
    todo = [listed[i] for i in todo_at]
    if memo is not None:
        todo_keys = [keys[i] for i in todo_at] if keys is not None else None
        found = run_memo(todo, lambda fresh: _run_all(fresh, ctx), memo, todo_keys)
    else:
        found = _run_all(todo, ctx)
    # words moved between the sentences of a paragraph (the speaker put first in Arabic)
    found = paragraphs.regroup(todo, found, ctx, _run_one)
    moved = paragraphs.moved_names(todo, ctx)
    if not moved:
        return found
    order = {(e.catalog, e.line): i for i, e in enumerate(todo)}
    return sorted(found + moved, key=lambda p: order.get((p.catalog, p.line), len(order)))


def _run_one(name: str, entry: EntryView, ctx: Context) -> list[Problem]:
    return _guarded(name, CHECKS[name].run, entry, ctx)


def _guarded(name: str, run: CheckFunction, entry: EntryView, ctx: Context) -> list[Problem]:
    try:
        return run(entry, ctx)
    except Exception as exc:  # a bug of the check, not the translator's: say it there
        return [_crashed(name, entry, exc)]


def _run_all(todo: list[EntryView], ctx: Context) -> list[Problem]:
    n = cores()
    if len(todo) < PARALLEL_ENTRIES or n < 2 or multiprocessing.parent_process() is not None:
        return _run(todo, ctx)
    size = -(-len(todo) // (n * 4))
    # the workers are forked with the entries: each is sent only where its part starts and ends
    # (100,000 entries pickled to the workers took the parent most of a second)
    parts = [(i, min(i + size, len(todo))) for i in range(0, len(todo), size)]
    _shared[:] = [(ctx, todo)]
    try:
        with pool(n) as workers:
            return [p for part in workers.map(_run_shared, parts) for p in part]
    finally:
        _shared.clear()


def _run_shared(part: tuple[int, int]) -> list[Problem]:
    ctx, todo = _shared[0]
    return _run(todo[part[0] : part[1]], ctx)


def _run(entries: Iterable[EntryView], ctx: Context) -> list[Problem]:
    out: list[Problem] = []
    settings = ctx.settings
    # each enabled check with its severity override, looked up once, not at every entry
    enabled = [
        (c.name, c.run, settings.severity.get(c.name))
        for c in CHECKS.values()
        if c.name not in settings.disabled
    ]
    for entry in entries:
        for name, run, override in enabled:
            found = _guarded(name, run, entry, ctx)
            if override and found:
                found = [dataclasses.replace(p, severity=override) for p in found]
            out.extend(found)
    return out


def _crashed(name: str, entry: EntryView, exc: Exception) -> Problem:
    """An error in the entry's place for a check that failed on it: the other entries and
    checks go on (a nightly run is not stopped by one text), the language is not published
    unchecked, and the message says what to report."""
    return problem(
        name,
        entry,
        f"the {name} check failed on this entry ({type(exc).__name__}: {exc}); this is a bug "
        "of the check: please report it with this entry",
        "error",
    )


def annotation_lines(problems: Iterable[Problem]) -> list[str]:
    """Translator-comment lines for problems ("check: numbers: 240 missing"), no duplicates."""
    lines: list[str] = []
    for p in problems:
        line = f"{ANNOTATION_PREFIX}{p.check}: {p.message}"
        if line not in lines:
            lines.append(line)
    return lines


def without_annotations(comment: str) -> str:
    """A translator comment with the check annotation lines removed."""
    return "\n".join(
        line for line in comment.split("\n") if not line.startswith(ANNOTATION_PREFIX)
    ).strip("\n")


def annotate(comment: str, problems: Iterable[Problem]) -> str:
    """A translator comment with its old annotations replaced by the problems' lines."""
    kept = without_annotations(comment)
    lines = annotation_lines(problems)
    return "\n".join(([kept] if kept else []) + lines)


def by_entry(problems: Iterable[Problem]) -> dict[tuple[str, int], list[Problem]]:
    """Problems grouped by (catalog, entry line), in first-seen order."""
    out: dict[tuple[str, int], list[Problem]] = {}
    for p in problems:
        out.setdefault((p.catalog, p.line), []).append(p)
    return out
