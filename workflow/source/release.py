"""Parse a release file (YAML front matter + CommonMark body) into plain data.

The only YAML user.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import yaml

from workflow.errors import LanguageError, ReleaseError, decode_utf8, one_line
from workflow.lang import languages
from workflow.lang.languages import Language
from workflow.source import dates, markdown

MAX_BYTES = 2_000_000  # a press release is a few KB; refuse what is clearly not one
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$")
REQUIRED = ("title", "date", "place", "language")
OPTIONAL = ("subtitle", "languages", "contact", "author")
_SHOWN = 160  # longest value a hint repeats with its corrected line
TEXT_KEYS = ("title", "subtitle", "place", "author", "contact")  # free text: quoting fixes them
_KEY_LINE = re.compile(r"([A-Za-z_]+)[ \t]*:[ \t]+(.*?)[ \t]*")


@dataclass(frozen=True)
class Release:
    id: str
    path: str  # workspace-relative, e.g. "releases/<id>.md"
    title: str
    subtitle: str | None
    date: dt.date
    place: str
    language: Language
    targets: tuple[Language, ...]
    contact: str | None
    body: str
    body_line: int  # 1-based file line of the body's first line
    field_lines: dict[str, int]  # front-matter key -> 1-based file line
    contact_line: int = 0  # 1-based file line of the contact block's first line (0: none)

    def line_of(self, body_line: int) -> int:
        """File line (1-based) of a 0-based body line."""
        return self.body_line + body_line


def check_id(release_id: str, *, source: str | None = None) -> str:
    """A release id is a plain file stem: no folders, no '..', nothing hidden."""
    if not _ID.match(release_id) or len(release_id) > 200:
        raise ReleaseError(
            f"invalid release id {one_line(repr(release_id), 60)}",
            file=source,
            hint="ids are file names like 2024-06-20-cyber-framework (letters, digits, - _ .)",
        )
    return release_id


def parse(data: bytes, *, release_id: str, path: str) -> Release:
    """Parse a release from its bytes. Raises ReleaseError/LanguageError with file and line."""
    check_id(release_id, source=path)
    if len(data) > MAX_BYTES:
        raise ReleaseError(
            f"release is {len(data):,} bytes, more than the {MAX_BYTES:,} allowed",
            file=path,
            hint="split it into several releases",
        )
    text = _decode(data, path)
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        raise ReleaseError(
            "missing front matter",
            file=path,
            line=1,
            hint="start the file with a '---' line, the title/date/place/language keys, "
            "and a closing '---'",
        )
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None:
        raise ReleaseError(
            "front matter is not closed", file=path, line=1, hint="add a '---' line after it"
        )
    front_src = "\n".join(lines[1:end])
    meta, key_lines, value_lines = _load_front(front_src, path)
    body = "\n".join(lines[end + 1 :])
    rel = _build(meta, key_lines, body, end + 2, release_id, path)
    return replace(rel, contact_line=value_lines.get("contact", 0)) if rel.contact else rel


def _decode(data: bytes, path: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text = decode_utf8(data, file=path, error=ReleaseError)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = _CONTROL.search(text)
    if bad:
        raise ReleaseError(
            f"control character U+{ord(bad.group()):04X} in the text",
            file=path,
            line=text.count("\n", 0, bad.start()) + 1,
            hint="delete it: it is invisible in most editors, and gettext refuses some",
        )
    return text


_ISO_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")

# C0/C1 controls but tab and newline: no text has them; in a catalog EOT would end a msgctxt
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class _Loader(yaml.SafeLoader):
    """Safe YAML without implicit timestamps: dates stay text and are checked here, with lines."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


MAX_DEPTH = 32  # front matter nests two or three levels; PyYAML's composer recurses per level
_OPEN = (
    yaml.FlowSequenceStartToken,
    yaml.FlowMappingStartToken,
    yaml.BlockSequenceStartToken,
    yaml.BlockMappingStartToken,
)
_CLOSE = (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken, yaml.BlockEndToken)


def _check_depth(src: str, path: str) -> None:
    """Refuse deep nesting before composing it (the scanner is iterative, the composer not),
    and anchors and aliases (a release needs none; a few hundred bytes of aliases expand to
    gigabytes: "billion laughs")."""
    depth = 0
    for token in yaml.scan(src, Loader=_Loader):
        if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
            sign = "&" if isinstance(token, yaml.AnchorToken) else "*"
            kind = "anchor" if sign == "&" else "alias"
            quote = quoting_hint(src, token.start_mark.line)
            raise ReleaseError(
                f"front matter uses a YAML {kind} ({sign}{one_line(str(token.value), 40)})",
                file=path,
                line=token.start_mark.line + 2,
                hint=quote or "write each value out: anchors and aliases are not allowed",
            )
        if isinstance(token, _OPEN):
            depth += 1
            if depth > MAX_DEPTH:
                raise ReleaseError(
                    f"front matter is nested too deeply (more than {MAX_DEPTH} levels)",
                    file=path,
                    line=token.start_mark.line + 2,
                )
        elif isinstance(token, _CLOSE):
            depth -= 1


def quoted(value: str) -> str:
    """A one-line text as a YAML string that reads back as written: in double quotes, or in
    single quotes when it has double quotes (and no apostrophe), else escaped."""
    if '"' not in value:
        return '"' + value.replace("\\", "\\\\") + '"'
    if "'" not in value:
        return "'" + value + "'"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def quoting_hint(src: str, index: int) -> str | None:
    """For a front matter line `key: text` (0-based `index`) of a free-text key written
    without quotes: the hint to quote it, with the line as it should read."""
    lines = src.split("\n")
    m = _KEY_LINE.fullmatch(lines[index]) if 0 <= index < len(lines) else None
    if m is None or m.group(1) not in TEXT_KEYS or not m.group(2):
        return None
    key, value = m.group(1), m.group(2)
    if value[0] in "|>" or (value[0] in "\"'" and value[-1] == value[0] and len(value) > 1):
        return None  # a block or an already quoted text: the fault is elsewhere
    if len(value) > _SHOWN:  # the corrected line would not fit in the message
        return f'put the {key} in quotes ("...")'
    if value[0] in "\"'" and value[0] not in value[1:]:
        return f"close the quote: {key}: {value}{value[0]}"
    return f"put the {key} in quotes: {key}: {quoted(value)}"


def _check_comment(src: str, key: str, k: yaml.Node, v: yaml.Node, path: str) -> None:
    """A free text cut at ' #' (YAML reads the rest of the line as a comment, silently): an
    error, not a title without its hashtag."""
    if key not in TEXT_KEYS or not isinstance(v, yaml.ScalarNode) or v.style is not None:
        return
    if v.end_mark.line != k.start_mark.line:
        return
    rest = src.split("\n")[v.end_mark.line][v.end_mark.column :]
    if rest.lstrip().startswith("#"):
        raise ReleaseError(
            f"the {key} stops before '#': YAML reads ' #' and what follows as a comment",
            file=path,
            line=k.start_mark.line + 2,
            hint=quoting_hint(src, k.start_mark.line),
        )


def _load_front(src: str, path: str) -> tuple[dict[str, Any], dict[str, int], dict[str, int]]:
    """The front matter's values, each key's line and each value's first line (a block
    scalar's text starts on the line after its `|`)."""
    try:
        _check_depth(src, path)
        loader = _Loader(src)
        try:
            node = loader.get_single_node()
            meta = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context, context_mark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        unclosed = "end of stream" in problem or "<stream end>" in problem
        if context and context_mark is not None and unclosed:
            # an unclosed quote or bracket: the line that opened it, not the end of the text
            mark, problem = context_mark, f"{problem} {context}"
        line = mark.line + 2 if mark is not None else 2
        quote = quoting_hint(src, line - 2)
        text_key = _KEY_LINE.fullmatch(src.split("\n")[line - 2]) if quote else None
        if text_key is not None and "mapping values are not allowed" in problem:
            message = f"the {text_key.group(1)} has ': ' in it, which YAML reads as another key"
        else:
            message = f"front matter is not valid YAML: {one_line(problem, 200)}"
        raise ReleaseError(message, file=path, line=line, hint=quote) from None
    if not isinstance(meta, dict) or not isinstance(node, yaml.MappingNode):
        raise ReleaseError("front matter must be a set of 'key: value' lines", file=path, line=2)
    key_lines: dict[str, int] = {}
    value_lines: dict[str, int] = {}
    for k, v in node.value:
        if not isinstance(k, yaml.Node):
            continue
        key, line = str(k.value), k.start_mark.line + 2
        block = isinstance(v, yaml.ScalarNode) and v.style in ("|", ">")
        value_lines[key] = v.start_mark.line + 2 + (1 if block else 0)
        _check_comment(src, key, k, v, path)
        if key in key_lines:  # YAML lets the last one win, silently
            raise ReleaseError(
                f"front matter key {one_line(key, 60)!r} is also at line {key_lines[key]}",
                file=path,
                line=line,
                hint="keep one",
            )
        key_lines[key] = line
    return meta, key_lines, value_lines


def _build(
    meta: dict[str, Any],
    key_lines: dict[str, int],
    body: str,
    body_line: int,
    release_id: str,
    path: str,
) -> Release:
    front = _Front(meta, key_lines, path)
    front.check_keys()
    source, targets = front.source_and_targets()
    date = front.date(source)
    if not markdown.blocks(body):
        raise ReleaseError(
            "release has no text", file=path, line=body_line, hint="write the body after the '---'"
        )
    return Release(
        id=release_id,
        path=path,
        # inline Markdown like the body: entities a translator can read written as characters
        title=markdown.readable(front.text("title") or ""),
        subtitle=_readable(front.text("subtitle")),
        date=date,
        place=markdown.readable(front.text("place") or ""),
        language=source,
        targets=targets,
        contact=_contact(meta.get("contact"), front.fail),
        body=body,
        body_line=body_line,
        field_lines=key_lines,
    )


def _readable(text: str | None) -> str | None:
    return markdown.readable(text) if text is not None else None


@dataclass(frozen=True)
class _Front:
    """Front matter being checked: its values, their lines and the file, for errors."""

    meta: dict[str, Any]
    key_lines: dict[str, int]
    path: str

    def fail(self, key: str, message: str, hint: str | None = None) -> ReleaseError:
        return ReleaseError(message, file=self.path, line=self.key_lines.get(key, 1), hint=hint)

    def check_keys(self) -> None:
        """Only known keys, and every required one."""
        for key in self.meta:
            if key not in REQUIRED + OPTIONAL:
                raise self.fail(
                    str(key),
                    f"unknown front matter key {one_line(repr(key), 60)}",
                    "known keys: " + ", ".join(REQUIRED + OPTIONAL),
                )
        for key in REQUIRED:
            if self.meta.get(key) in (None, ""):
                raise ReleaseError(
                    f"front matter lacks {key!r}",
                    file=self.path,
                    line=1,
                    hint=f"add a line '{key}: ...' between the '---' lines",
                )

    def text(self, key: str) -> str | None:
        """A one-line text field, white space collapsed; None if absent."""
        value = self.meta.get(key)
        if value is None:
            return None
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            raise self.fail(key, f"{key!r} must be text")
        value = " ".join(str(value).split())
        if not value:
            raise self.fail(key, f"{key!r} is empty")
        return value

    def date(self, language: Language) -> dt.date:
        """The release date, written year-month-day; otherwise an error whose hint is the
        date that was meant, read from what was written (both readings if it reads two
        ways), in the release's language or English."""
        date = self.meta["date"]
        if isinstance(date, str) and _ISO_DATE.fullmatch(date.strip()):
            year, month, day = (int(part) for part in date.strip().split("-"))
            try:
                return dt.date(year, month, day)  # 2024-3-4 too: it reads one way
            except ValueError:
                why = dates.why_invalid(date) or "no such date"
                raise self.fail(
                    "date",
                    f"date {one_line(repr(date.strip()), 60)} is not an ISO date: {why}",
                    "write the release date as year-month-day, e.g. 2024-06-20",
                ) from None
        if isinstance(date, dt.datetime):
            return date.date()
        if isinstance(date, dt.date):
            return date
        written = str(date).strip() if isinstance(date, str | int) else ""
        names = {**languages.month_names(languages.parse("en")), **languages.month_names(language)}
        meant = dates.readings(written, names) if written else []
        if len(meant) == 1:
            hint = f"write it as year-month-day: date: {meant[0].isoformat()}"
        elif meant:
            hint = "it reads two ways; write the one you mean as year-month-day: " + " or ".join(
                f"date: {d.isoformat()} ({dates.spoken(d)})" for d in meant
            )
        else:
            hint = "write the release date as year-month-day, e.g. 2024-06-20"
        raise self.fail(
            "date",
            f"date {one_line(repr(written or date), 60)} is not an ISO date (year-month-day)",
            hint,
        )

    def language(self, value: object, key: str) -> Language:
        if not isinstance(value, str):
            raise self.fail(key, f"{key!r} must hold language codes such as fr or pt-BR")
        try:
            return languages.parse(value, source=self.path, line=self.key_lines.get(key))
        except LanguageError as exc:
            raise self.fail(key, exc.message, exc.hint) from None

    def source_and_targets(self) -> tuple[Language, tuple[Language, ...]]:
        """The release's language and its target languages (no repeats, not the source)."""
        source = self.language(self.meta["language"], "language")
        raw_targets = self.meta.get("languages") or []
        if isinstance(raw_targets, str):
            raw_targets = [t for t in re.split(r"[,\s]+", raw_targets) if t]
        if not isinstance(raw_targets, list):
            raise self.fail("languages", "'languages' must be a list such as [fr, es, ar]")
        targets: list[Language] = []
        written: dict[str, str] = {}  # code -> as the press officer wrote it
        for value in raw_targets:
            target = self.language(value, "languages")
            if languages.same_language(target, source) or (
                target.base == source.base and target.script == source.script and not target.region
            ):  # en for an en-US release: the same language (en-GB would be a localisation)
                raise self.fail("languages", f"{target.code!r} is the release's own language")
            twin = next((t for t in targets if languages.same_language(t, target)), None)
            if twin is not None and twin != target:
                # zh and zh-Hans: one language, which would get two catalogs and two PDFs
                first, second = one_line(written[twin.code], 30), one_line(value, 30)
                raise self.fail(
                    "languages",
                    f"{first!r} and {second!r} are the same language ("
                    f"{languages.language_name(target)}, {target.script} script): each would "
                    "get its own catalog and PDF",
                    f"keep one of them in 'languages': {first} (catalogs in locales/{twin.code}/)"
                    f" or {second} (locales/{target.code}/)",
                )
            if target not in targets:
                targets.append(target)
                written[target.code] = value
        return source, tuple(targets)


def _contact(value: object, fail: Callable[[str, str], ReleaseError]) -> str | None:
    """The contact block: free text, line breaks kept."""
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise fail("contact", "'contact' must be text (use 'contact: |' for several lines)")
    return value.strip()
