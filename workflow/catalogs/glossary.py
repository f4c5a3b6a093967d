"""The office's glossary: a CSV in locales/ that translators edit in any spreadsheet.

Columns: `term` (source wording), `kind`, one column per language code, `note`.
Kinds:
- `dnt`  do not translate: the term appears verbatim in every language ("EU DisinfoLab");
- `name` a name: machine translation never sees it; it is restored in the target language's
  form from its column, or verbatim when the column is empty ("Munir Akram" -> "منیر اکرم");
- `term` required wording: not masked, but a check reports a translation that lacks it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from workflow.errors import WorkflowError
from workflow.lang import languages
from workflow.workspace.fsio import read_input

FILE = "glossary.csv"
KINDS = ("dnt", "name", "term")


class GlossaryError(WorkflowError):
    """The glossary file is malformed."""


@dataclass(frozen=True)
class Term:
    term: str
    kind: str
    forms: dict[str, str] = field(default_factory=dict)  # language code -> wording
    note: str = ""
    line: int = 0

    def form(self, lang: str) -> str | None:
        """The required wording in `lang`, or None if the glossary does not say."""
        if self.kind == "dnt":
            return self.term
        found = self.forms.get(lang) or self.forms.get(languages.parse(lang).base)
        if found:
            return found
        return self.term if self.kind == "name" else None


@dataclass(frozen=True)
class Glossary:
    terms: tuple[Term, ...] = ()

    def protected(self) -> list[Term]:
        """Terms machine translation must not see (dnt and names), longest first."""
        return sorted(
            (t for t in self.terms if t.kind in ("dnt", "name")), key=lambda t: -len(t.term)
        )


def parse(text: str, *, path: str = f"locales/{FILE}") -> Glossary:
    reader = csv.reader(io.StringIO(text))
    rows: list[list[str]] = []
    lines: list[int] = []  # file line where each row starts
    try:
        start = 1
        for row in reader:
            if any("\n" in cell for cell in row):
                raise GlossaryError(
                    "a cell runs over several lines",
                    file=path,
                    line=start,
                    hint="an unclosed quote? terms and their forms are one line each",
                )
            rows.append(row)
            lines.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:  # a cell over the csv module's size limit, a NUL byte...
        raise GlossaryError(
            f"not a readable CSV file: {exc}", file=path, line=reader.line_num
        ) from None
    if not rows:
        return Glossary()
    header = [h.strip() for h in rows[0]]
    if "term" not in header or "kind" not in header:
        raise GlossaryError(
            "the first row must name the columns: term, kind, <language codes...>, note",
            file=path,
            line=1,
        )
    langs: dict[int, str] = {}
    for i, name in enumerate(header):
        if name not in ("term", "kind", "note") and name:
            langs[i] = languages.parse(name, source=path, line=1).code
    terms: list[Term] = []
    seen: dict[str, Term] = {}
    for number, row in zip(lines[1:], rows[1:], strict=True):
        if not any(cell.strip() for cell in row):
            continue
        cells = {header[i]: c.strip() for i, c in enumerate(row) if i < len(header)}
        term, kind = cells.get("term", ""), cells.get("kind", "").lower() or "term"
        if not term:
            raise GlossaryError("row has no term", file=path, line=number)
        if kind not in KINDS:
            raise GlossaryError(
                f"unknown kind {kind!r}", file=path, line=number, hint="use dnt, name or term"
            )
        forms = {code: row[i].strip() for i, code in langs.items() if i < len(row) and row[i]}
        first = seen.get(term)
        if first is not None:
            raise GlossaryError(
                f"{term!r} is also at line {first.line}"
                + (
                    ""
                    if (first.kind, first.forms) == (kind, forms)
                    else ", with another kind or forms"
                ),
                file=path,
                line=number,
                hint="keep one row per term",
            )
        terms.append(Term(term, kind, forms, cells.get("note", ""), number))
        seen[term] = terms[-1]
    return Glossary(tuple(terms))


def load(locales: Path) -> Glossary:
    data = read_input(locales / FILE, "glossary", name=f"locales/{FILE}", error=GlossaryError)
    if data is None:
        return Glossary()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GlossaryError(
            "glossary is not valid UTF-8",
            file=f"locales/{FILE}",
            line=data[: exc.start].count(b"\n") + 1,
            hint="save it as CSV UTF-8",
        ) from None
    return parse(text)
