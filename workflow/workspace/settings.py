"""`workflow.toml`: every table and key, declared once here with its type, default and meaning.

`load(text)` reads the file when the workspace opens (for every command) and checks it: an
unknown table or key is an error with a "did you mean", a value of the wrong type or out of
range names the key, what it must be and its line. The rest of the package reads the typed
`Settings`, never the raw TOML. `render()` writes the schema as a commented TOML file: what
`workflow settings` prints and the README's settings section.

A key is a dataclass field; `setting(default, meaning, ...)` attaches the meaning and what the
value must be beyond its type (a range, a set of choices, language codes as table keys). The
types a key may have: bool, int, float, str, `X | None` (unset in the file), tuple[str, ...],
tuple[float, float] and Mapping[str, X] (a TOML table).
"""

from __future__ import annotations

import dataclasses
import datetime
import difflib
import json
import math
import re
import textwrap
import tomllib
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from workflow.errors import LanguageError, WorkspaceError
from workflow.lang import languages

SETTINGS_FILE = "workflow.toml"

ENGINES = ("argos", "bergamot")  # the engines workflow.mt.engines.select can make
# [engines] <lang> = "none": people translate the language; no engine is asked for, ever
PEOPLE_ONLY = "none"
SEVERITIES = ("error", "warning", "off")
# CTranslate2's compute types (ctranslate2.get_supported_compute_types lists the CPU's)
COMPUTE_TYPES = (
    "auto",
    "default",
    "int8",
    "int8_float32",
    "int8_float16",
    "int8_bfloat16",
    "int16",
    "float16",
    "bfloat16",
    "float32",
)
# What Argos passes to CTranslate2 for every sentence (argostranslate/translate.py).
ARGOS_LENGTH_PENALTY = 0.2
ARGOS_INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"

Valid = tuple[Callable[[Any], bool], str]  # a test on the value, and what it must be if not


def setting(
    default: Any,
    meaning: str,
    *,
    valid: Valid | None = None,
    choices: tuple[str, ...] | None = None,
    keys: str | None = None,
    example: str | None = None,
    rest: bool = False,
) -> Any:
    """A key of workflow.toml. `valid` tests the value (each value, for a table), `choices`
    lists the strings allowed, `keys="language"` makes a table's keys language codes (stored
    normalized: pt-BR -> pt_BR), `example` is shown (commented out) when the key is unset,
    `rest` collects the keys of the table that are not declared (e.g. [engines] fr = ...)."""
    meta = {
        "meaning": meaning,
        "valid": valid,
        "choices": choices,
        "keys": keys,
        "example": example,
        "rest": rest,
    }
    if isinstance(default, dict):
        return field(default_factory=dict, metadata=meta)
    return field(default=default, metadata=meta)


def _positive(v: Any) -> bool:
    return bool(v > 0)


def _at_least_one(v: Any) -> bool:
    return bool(v >= 1)


def _between(low: int, high: int) -> Callable[[Any], bool]:
    """A whole number in low..high: an unbounded one can stall a run (beam 100000)."""
    return lambda v: bool(low <= v <= high)


def _share(v: Any) -> bool:
    return bool(0 <= v <= 1)


def _bounds(v: Any) -> bool:
    return bool(0 < v[0] < v[1])


def _not_empty(v: Any) -> bool:
    return bool(v.strip())


def _asset(v: Any) -> bool:
    """A path inside the assets folder (workflow.publish.render checks it again)."""
    path = PurePosixPath(v)
    return bool(v) and not path.is_absolute() and ".." not in path.parts and not set(v) & set(":\\")


NOT_EMPTY: Valid = (_not_empty, "a string that is not empty")
SHARE: Valid = (_share, "a share between 0 and 1")


@dataclass(frozen=True)
class Office:
    organisation: str = setting(
        "Press Office",
        "the organisation's name on every PDF, in `language`",
        valid=NOT_EMPTY,
    )
    language: str = setting(
        "en",
        "the language `organisation` is written in; a PDF in another language needs the name "
        "in organisation_translations, or is a draft",
        valid=(lambda v: _is_language(v), "a language code such as en or fr"),
    )
    logo: str | None = setting(
        None,
        "image on every PDF, a file in assets/; unset: no logo",
        valid=(_asset, "a relative path inside assets/"),
        example='"logo.png"',
    )
    organisation_translations: Mapping[str, str] = setting(
        {},
        "the organisation's name per language (fr, pt-BR, zh-Hans...)",
        keys="language",
        valid=NOT_EMPTY,
        example='{ fr = "Mission permanente du Pakistan auprès des Nations Unies" }',
    )


@dataclass(frozen=True)
class Engines:
    default: str = setting(
        "auto",
        "engine of the languages not listed; auto: argos if a package is installed; none: "
        "people translate them (no engine)",
        choices=("auto", *ENGINES, PEOPLE_ONLY),
    )
    languages: Mapping[str, str] = setting(
        {},
        "engine per target language; none: people translate it, no engine is asked for",
        keys="language",
        choices=(*ENGINES, PEOPLE_ONLY),
        rest=True,
        example='pt = "bergamot"',
    )


@dataclass(frozen=True)
class Argos:
    """Decoding and threading of the Argos engine; None means "chosen from the core count".
    (workflow.mt.engines.argos.ArgosSettings adds the thread choice to these fields.)"""

    # Argos's default, what its models are evaluated with. Beam 2 is 2.1-2.5x faster
    # (benchmarks/translate.py, transformer-base, 2 shared cores: 5.5 vs 2.6 seg/s under
    # load, 13.3 vs 5.3 lighter; 166 vs 354 ms CPU a segment) for a small quality loss.
    beam_size: int = setting(
        4,
        "beams searched per segment; 2 is twice as fast, a little worse",
        valid=(_between(1, 16), "a whole number from 1 to 16"),
    )
    batch_size: int = setting(
        32,
        "segments per CTranslate2 batch",
        valid=(_between(1, 1024), "a whole number from 1 to 1024"),
    )
    inter_threads: int | None = setting(
        None,
        "batches translated at once; unset: one per core",
        valid=(_between(1, 256), "a whole number from 1 to 256"),
        example="2",
    )
    intra_threads: int | None = setting(
        None,
        "threads per batch; unset: from the core count",
        valid=(_between(1, 256), "a whole number from 1 to 256"),
        example="1",
    )
    compute_type: str = setting(
        "auto",
        "CTranslate2 compute type; auto: int8 on CPUs that support it",
        choices=COMPUTE_TYPES,
    )
    max_length_ratio: float = setting(
        2.0,
        "a translation is cut at this many times its source's tokens...",
        valid=(_positive, "a number > 0"),
    )
    max_length_extra: int = setting(
        10, "...plus this many", valid=(lambda v: v >= 0, "a whole number >= 0")
    )
    length_spread: float = setting(
        1.25,
        "longest/shortest segment in one batch (see plan_batches)",
        valid=(_at_least_one, "a number >= 1"),
    )
    length_penalty: float = setting(ARGOS_LENGTH_PENALTY, "CTranslate2 length penalty")


@dataclass(frozen=True)
class Models:
    argos_dir: str = setting(
        ".workflow/argos-packages",
        "Argos packages folder, relative to the workspace ($WORKFLOW_ARGOS_PACKAGES wins)",
        valid=NOT_EMPTY,
    )
    index_url: str = setting(
        ARGOS_INDEX_URL,
        "package index of `models install --from-index` ($WORKFLOW_ARGOS_INDEX wins)",
        valid=NOT_EMPTY,
    )


@dataclass(frozen=True)
class Translate:
    memory_reviewed: bool = setting(
        False, "true: translations reused from the memory count as reviewed; false: they stay fuzzy"
    )
    call_timeout: float = setting(
        600.0,
        "seconds an engine may take on one batch before it is abandoned",
        valid=(lambda v: 1 <= v <= 86_400, "a number of seconds from 1 to 86400"),
    )


@dataclass(frozen=True)
class Extract:
    carry_trivial_edits: bool = setting(
        False,
        "true: a whitespace/quote/one-typo source edit keeps the reviewed translation (with a "
        "note) instead of making it fuzzy",
    )


@dataclass(frozen=True)
class Publish:
    reviewed: float = setting(
        1.0, "share of segments that must be reviewed for a final PDF", valid=SHARE
    )
    reviewed_by_language: Mapping[str, float] = setting(
        {}, "the share per language", keys="language", valid=SHARE, example="{ ur = 0.9 }"
    )

    def required(self, code: str, base: str) -> float:
        """The share for a language (its code, else its base language, else `reviewed`)."""
        by = self.reviewed_by_language
        return by.get(code, by.get(base, self.reviewed))


@dataclass(frozen=True)
class Checks:
    disable: tuple[str, ...] = setting(
        (), "checks that do not run; `workflow check --list` names them", example='["length"]'
    )
    severity: Mapping[str, str] = setting(
        {},
        "severity per check: error, warning or off",
        choices=SEVERITIES,
        example='{ repetition = "warning" }',
    )
    length_ratio: Mapping[str, tuple[float, float]] = setting(
        {},
        "allowed translation/source length per language",
        keys="language",
        valid=(_bounds, "[min, max] with 0 < min < max"),
        example="{ zh = [0.15, 0.6] }",
    )
    include_fuzzy: bool = setting(True, "also check machine (fuzzy) translations")

    def as_mapping(self) -> dict[str, object]:
        """The table as workflow.quality.checks.Settings.from_mapping reads it."""
        return {
            "disable": list(self.disable),
            "severity": dict(self.severity),
            "length_ratio": {k: list(v) for k, v in self.length_ratio.items()},
            "include_fuzzy": self.include_fuzzy,
        }


def _scheduler(v: Any) -> bool:
    from workflow.cluster.address import is_address

    return is_address(v)


def _absolute(v: Any) -> bool:
    return bool(v.strip()) and PurePosixPath(v).is_absolute()


@dataclass(frozen=True)
class Cluster:
    scheduler: str | None = setting(
        None,
        "Dask scheduler `workflow run` sends its heavy work to (--cluster wins); local:N starts "
        "N worker processes on this machine; unset: the local pool",
        valid=(_scheduler, "tcp://HOST:PORT, tls://HOST:PORT or local:N with N from 1 to 64"),
        example='"tcp://10.0.0.5:8786"',
    )
    argos_dir: str | None = setting(
        None,
        "Argos packages folder on the worker machines ($WORKFLOW_ARGOS_PACKAGES on a worker "
        "wins); unset: the workspace's own folder",
        valid=(_absolute, "an absolute path"),
        example='"/srv/argos-packages"',
    )
    models_per_worker: int = setting(
        2,
        "translation models a worker keeps loaded; the least recently used is dropped",
        valid=(_between(1, 64), "a whole number from 1 to 64"),
    )
    connect_timeout: float = setting(
        10.0,
        "seconds to reach the scheduler before the run gives up",
        valid=(lambda v: 0.5 <= v <= 600, "a number of seconds from 0.5 to 600"),
    )


def _token(v: Any) -> bool:
    return bool(len(v) >= 16 and v.isprintable() and not v.isspace() and " " not in v)


@dataclass(frozen=True)
class Serve:
    token: str | None = setting(
        None,
        "the token every request to `workflow serve` must carry; needed to listen on an address "
        "other than 127.0.0.1 (--token wins)",
        valid=(_token, "at least 16 printable characters, no spaces"),
        example='"a-long-random-string"',
    )


@dataclass(frozen=True)
class Settings:
    """The whole workflow.toml; every table is optional, every key has a default."""

    office: Office = field(
        default_factory=Office, metadata={"meaning": "the press office, named on every PDF"}
    )
    engines: Engines = field(
        default_factory=Engines, metadata={"meaning": "which engine translates which language"}
    )
    argos: Argos = field(
        default_factory=Argos, metadata={"meaning": "decoding and threading of the Argos engine"}
    )
    models: Models = field(
        default_factory=Models,
        metadata={"meaning": "where Argos packages are installed from and to"},
    )
    translate: Translate = field(
        default_factory=Translate,
        metadata={"meaning": "workflow translate: the translation memory, engine calls"},
    )
    extract: Extract = field(
        default_factory=Extract, metadata={"meaning": "workflow extract: updating catalogs"}
    )
    publish: Publish = field(
        default_factory=Publish, metadata={"meaning": "the gate of final PDFs (workflow build)"}
    )
    checks: Checks = field(
        default_factory=Checks, metadata={"meaning": "workflow check: the quality checks"}
    )
    serve: Serve = field(
        default_factory=Serve, metadata={"meaning": "workflow serve: the page for press staff"}
    )
    cluster: Cluster = field(
        default_factory=Cluster,
        metadata={"meaning": "workflow run on a Dask cluster (the `cluster` extra)"},
    )
    # where each key was found: ("checks", "disable") -> line; not a setting
    lines: Mapping[tuple[str, ...], int] = field(
        default_factory=dict, compare=False, repr=False, metadata={"internal": True}
    )

    def line(self, *path: str) -> int | None:
        """The line of a key (or table) in the file, else of the nearest enclosing one."""
        return _line(self.lines, path)

    def is_set(self, *path: str) -> bool:
        return path in self.lines


# --- the schema, read from the dataclasses -------------------------------------------------


def tables() -> list[dataclasses.Field[Any]]:
    return [f for f in dataclasses.fields(Settings) if not f.metadata.get("internal")]


def keys(cls: type[Any]) -> list[dataclasses.Field[Any]]:
    return list(dataclasses.fields(cls))


def _hints(cls: type[Any]) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _optional(hint: Any) -> Any:
    """X for `X | None`, else the hint itself."""
    if isinstance(hint, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0]
    return hint


def describe(hint: Any, meta: Mapping[str, Any], *, leaf: bool = False) -> str:
    """What a value must be, in words: "true or false", "a table of language = a string"."""
    hint = _optional(hint)
    origin = typing.get_origin(hint)
    if origin is Mapping and not leaf:
        what = "language" if meta.get("keys") == "language" else "name"
        return f"a table of {what} = {describe(typing.get_args(hint)[1], meta, leaf=True)}"
    if meta.get("choices"):
        return "one of " + ", ".join(meta["choices"])
    if meta.get("valid"):
        return str(meta["valid"][1])
    if hint is bool:
        return "true or false"
    if hint is int:
        return "a whole number"
    if hint is float:
        return "a number"
    if hint is str:
        return "a string"
    if origin is tuple and typing.get_args(hint)[1:] == (Ellipsis,):
        return "a list of strings"
    if origin is tuple:
        return "a list of two numbers"
    raise AssertionError(hint)  # pragma: no cover - a schema type without words


def _got(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return "the string " + json.dumps(value, ensure_ascii=False)
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, list | dict):
        text = toml_value(value)
        kind = "a list" if isinstance(value, list) else "a table"
        return text if 0 < len(text) <= 40 else kind
    return f"a {type(value).__name__}"  # dates and times


def _is_language(code: str) -> bool:
    try:
        languages.parse(code)
    except LanguageError:
        return False
    return True


def _did_you_mean(name: str, known: list[str]) -> str | None:
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    if not close:
        close = [k for k in known if k.startswith(name) or name.startswith(k)][:1]
    return close[0] if close else None


# --- reading -----------------------------------------------------------------------------


def _line(lines: Mapping[tuple[str, ...], int], path: tuple[str, ...]) -> int | None:
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return None


class _Reader:
    def __init__(self, lines: dict[tuple[str, ...], int]) -> None:
        self.lines = lines

    def fail(self, path: tuple[str, ...], message: str, hint: str | None = None) -> WorkspaceError:
        return WorkspaceError(message, file=SETTINGS_FILE, line=_line(self.lines, path), hint=hint)

    def wrong(self, path: tuple[str, ...], expected: str, value: object) -> WorkspaceError:
        return self.fail(path, f"'{'.'.join(path)}' must be {expected}, not {_got(value)}")

    def table(self, cls: type[Any], data: object, path: tuple[str, ...]) -> Any:
        if not isinstance(data, dict):
            name = ".".join(path)
            raise self.fail(path, f"'{name}' must be a table", f"write it as a section: [{name}]")
        hints = _hints(cls)
        declared = {f.name: f for f in keys(cls)}
        rest = next((f for f in declared.values() if f.metadata.get("rest")), None)
        values: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        named = [k for k, f in declared.items() if f is not rest]
        for key, value in data.items():
            f = declared.get(key)
            if f is None or f is rest:
                if rest is not None and _is_language(key):
                    extra[key] = value
                    continue
                raise self.unknown(path, key, named, rest="a language code" if rest else None)
            values[key] = self.value(hints[key], f.metadata, value, (*path, key))
        if rest is not None:
            values[rest.name] = self.value(hints[rest.name], rest.metadata, extra, path)
        return cls(**values)

    def unknown(
        self, path: tuple[str, ...], key: str, known: list[str], *, rest: str | None = None
    ) -> WorkspaceError:
        close = _did_you_mean(key, known)
        hint = f"did you mean '{close}'?" if close else "keys: " + ", ".join(known)
        if rest and not close:
            hint += f" or {rest}"
        return self.fail((*path, key), f"unknown setting '{key}' in [{'.'.join(path)}]", hint)

    def value(
        self, hint: Any, meta: Mapping[str, Any], value: object, path: tuple[str, ...]
    ) -> Any:
        hint = _optional(hint)
        if typing.get_origin(hint) is Mapping:
            if not isinstance(value, dict):
                raise self.wrong(path, describe(hint, meta), value)
            out: dict[str, Any] = {}
            for key, item in value.items():
                where = (*path, key)
                if meta.get("keys") == "language":
                    try:
                        key = languages.parse(key).code
                    except LanguageError as exc:
                        raise self.fail(
                            where, f"'{'.'.join(where)}': {exc.message}", exc.hint
                        ) from None
                if key in out:
                    raise self.fail(where, f"'{'.'.join(where)}' names a language twice")
                out[key] = self.value(typing.get_args(hint)[1], meta, item, where)
            return out
        converted = self.scalar(hint, value)
        if converted is None:
            raise self.wrong(path, describe(hint, meta, leaf=True), value)
        choices = meta.get("choices")
        if choices and converted not in choices:
            close = _did_you_mean(str(converted), list(choices))
            raise self.fail(
                path,
                f"'{'.'.join(path)}' must be {describe(hint, meta, leaf=True)}, not {_got(value)}",
                f"did you mean '{close}'?" if close else None,
            )
        valid = meta.get("valid")
        if valid and not valid[0](converted):
            raise self.wrong(path, valid[1], value)
        return converted

    @staticmethod
    def scalar(hint: Any, value: object) -> Any:
        """The value as the type says, or None if it is not of that type."""
        if hint is bool:
            return value if isinstance(value, bool) else None
        if isinstance(value, bool):
            return None
        if hint is int:
            return value if isinstance(value, int) else None
        if hint is float:
            if isinstance(value, int | float) and math.isfinite(value):
                return float(value)
            return None
        if hint is str:
            return value if isinstance(value, str) else None
        args = typing.get_args(hint)
        if not isinstance(value, list):
            return None
        if args[1:] == (Ellipsis,):  # tuple[str, ...]
            return tuple(value) if all(isinstance(v, str) for v in value) else None
        numbers = [v for v in value if isinstance(v, int | float) and not isinstance(v, bool)]
        if len(value) != len(args) or len(numbers) != len(value):
            return None
        return tuple(float(v) for v in numbers)


_BARE = r"[A-Za-z0-9_-]+"
_PART = rf"(?:{_BARE}|\"[^\"\n]*\"|'[^'\n]*')"
_DOTTED = rf"{_PART}(?:\s*\.\s*{_PART})*"
_HEADER = re.compile(rf"^\s*\[\[?\s*({_DOTTED})\s*\]")
_KEY = re.compile(rf"^\s*({_DOTTED})\s*=")
_INLINE_KEY = re.compile(rf"[{{,]\s*({_DOTTED})\s*=")


def _parts(dotted: str) -> tuple[str, ...]:
    return tuple(p.strip("\"'") for p in re.findall(_PART, dotted))


def locate(text: str) -> dict[tuple[str, ...], int]:
    """The line of each table header and key of a TOML text, by path (first occurrence).
    Keys of inline tables get the line of the table. A line-based scan: good for messages."""
    found: dict[tuple[str, ...], int] = {}
    current: tuple[str, ...] = ()
    for n, line in enumerate(text.splitlines(), 1):
        m = _HEADER.match(line)
        if m:
            current = _parts(m.group(1))
            found.setdefault(current, n)
            continue
        m = _KEY.match(line)
        if m:
            path = (*current, *_parts(m.group(1)))
            for i in range(len(current) + 1, len(path) + 1):
                found.setdefault(path[:i], n)
            for inner in _INLINE_KEY.finditer(line, m.end()):
                found.setdefault((*path, *_parts(inner.group(1))), n)
    return found


def load(text: str) -> Settings:
    """Parse and check a workflow.toml text; raise WorkspaceError(file, line) on any problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"^(.*) \(at line (\d+), column \d+\)$", str(exc))
        message = m.group(1) if m else str(exc)
        line = int(m.group(2)) if m else None
        raise WorkspaceError(
            f"invalid settings: {message}", file=SETTINGS_FILE, line=line
        ) from None
    lines = locate(text)
    reader = _Reader(lines)
    declared = {f.name: f for f in tables()}
    hints = _hints(Settings)
    values: dict[str, Any] = {}
    for name, content in data.items():
        if name not in declared:
            if isinstance(content, dict):
                close = _did_you_mean(name, list(declared))
                raise reader.fail(
                    (name,),
                    f"unknown table [{name}]",
                    f"did you mean [{close}]?" if close else "tables: " + ", ".join(declared),
                )
            owner = next((t for t in declared if name in _hints(hints[t])), None)
            raise reader.fail(
                (name,),
                f"unknown setting '{name}' outside any table",
                f"did you mean [{owner}] {name}?" if owner else "tables: " + ", ".join(declared),
            )
        values[name] = reader.table(hints[name], content, (name,))
    return Settings(**values, lines=lines)


# --- writing -----------------------------------------------------------------------------


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, tuple | list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, Mapping):
        inner = ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    raise AssertionError(value)  # pragma: no cover


@dataclass(frozen=True)
class Key:
    """One key of the schema, with the value a workspace gives it."""

    table: str
    name: str
    type: str
    default: Any
    meaning: str
    value: Any
    set: bool
    example: str | None
    rest: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "key": f"{self.table}.{self.name}" if not self.rest else f"{self.table}.<language>",
            "type": self.type,
            "default": self.default,
            "meaning": self.meaning,
            "value": self.value,
            "set": self.set,
        }


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    factory: Any = f.default_factory
    return factory()


def schema(settings: Settings | None = None) -> Iterator[tuple[str, str, list[Key]]]:
    """Each table (name, meaning) with its keys, and the values `settings` gives them."""
    settings = settings or Settings()
    for t in tables():
        cls = _hints(Settings)[t.name]
        hints = _hints(cls)
        current = getattr(settings, t.name)
        out = []
        for f in keys(cls):
            default = _default(f)
            value = getattr(current, f.name)
            rest = bool(f.metadata.get("rest"))
            out.append(
                Key(
                    t.name,
                    f.name,
                    describe(hints[f.name], f.metadata, leaf=rest),
                    list(default) if isinstance(default, tuple) else default,
                    f.metadata["meaning"],
                    list(value) if isinstance(value, tuple) else value,
                    bool(value) if rest else settings.is_set(t.name, f.name),
                    f.metadata.get("example"),
                    rest,
                )
            )
        yield t.name, t.metadata["meaning"], out


def render(settings: Settings | None = None) -> str:
    """The schema as a commented TOML file: each key after a comment saying what it means and
    must be, set to its value (the default, unless `settings` sets it: then the comment names
    the default); unset optional keys commented out with an example. Tables of a workspace's
    values come last in their table, as [table.key] sections."""
    blocks = []
    for name, meaning, table_keys in schema(settings):
        lines = [f"[{name}]  # {meaning}"]
        sections = []
        for k in table_keys:
            lines += _wrap(f"{k.meaning} ({k.type})")
            if k.set and k.value != k.default and k.default != {}:
                lines.append(
                    "# default: " + ("unset" if k.default is None else toml_value(k.default))
                )
            if k.rest:
                items = [f"{code} = {toml_value(v)}" for code, v in k.value.items()]
                lines += items or [f"# {k.example}"]
            elif k.value is None or (k.value in ({}, []) and k.example and not k.set):
                lines.append(f"# {k.name} = {k.example}")
            elif isinstance(k.value, Mapping) and k.value:
                lines.append(f"# [{name}.{k.name}] below")
                sections.append(f"[{name}.{k.name}]")
                sections += [f"{code} = {toml_value(v)}" for code, v in k.value.items()]
            else:
                lines.append(f"{k.name} = {toml_value(k.value)}")
        blocks.append("\n".join(lines + sections))
    return "\n\n".join(blocks) + "\n"


def _wrap(comment: str) -> list[str]:
    return textwrap.wrap(comment, 96, initial_indent="# ", subsequent_indent="#   ")
