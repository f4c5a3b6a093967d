"""Writing a catalog exactly as GNU gettext writes it (`msgcat FILE`, msgmerge, Poedit).

Translators keep their .po files in git and save them with tools that wrap as gettext does, so
a file written any other way is a large diff at every save. This follows gettext 0.21's
write-po.c rule by rule (a reimplementation, checked byte for byte against `msgcat` in the
tests): comment lines as they were read, references filled to 79 columns, flags in gettext's
order (unknown flags dropped, as msgcat drops them), the previous msgid, and each string cut
at its `\\n`s and then by libunistring's line breaking at 79 display columns, after an empty
first line when it does not fit on the keyword's line. A file saved unwrapped keeps that style
(`Catalog.wrap`). Obsolete entries follow the live ones; one without a translation is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workflow.catalogs.types import Catalog, Entry
from workflow.catalogs.unistring import BREAK_POSSIBLE, BREAK_PROHIBITED, linebreaks

PAGE_WIDTH = 79
_NO_LIMIT = 2**31 - 1  # INT_MAX: a string that is not wrapped

# gettext's format languages, in the order their flags are written (message.c)
FORMATS = (
    "c objc python python-brace java java-printf csharp javascript scheme lisp elisp librep "
    "ruby sh awk lua object-pascal smalltalk qt qt-plural kde kde-kuit boost tcl perl "
    "perl-brace php gcc-internal gfc-internal ycp"
).split()
_FORMAT_FLAG = re.compile(r"(no-|possible-)?(" + "|".join(map(re.escape, FORMATS)) + r")-format")
_RANGE_FLAG = re.compile(r"range: *(\d+) *\.\. *(\d+)")

# where a directive of a format language starts and ends: breaks inside one are prohibited
_DIRECTIVES = {
    "c": re.compile(
        rb"%(?:\d+\$)?[-+ #0'I]*(?:\d+|\*(?:\d+\$)?)?(?:\.(?:\d+|\*(?:\d+\$)?)?)?"
        rb"(?:hh|h|ll|l|L|q|j|z|Z|t)?(?:[diouxXeEfFgGaAcsCSpnm%]|<PRI[a-zA-Z0-9]+>)"
    ),
    "python": re.compile(
        rb"%(?:\([^)]*\))?[-+ #0]*(?:\d+|\*)?(?:\.(?:\d+|\*)?)?[hlL]?[diouxXeEfFgGcrsa%]"
    ),
    "python-brace": re.compile(rb"\{[^{}]*\}"),
}

_ESCAPES = str.maketrans(
    {
        "\a": "\\a",
        "\b": "\\b",
        "\f": "\\f",
        "\n": "\\n",
        "\r": "\\r",
        "\t": "\\t",
        "\v": "\\v",
        "\\": "\\\\",
        '"': '\\"',
    }
)
_NEEDS_ESCAPE = re.compile('[\a\b\f\n\r\t\v\\\\"]')
_RARE_ESCAPE = re.compile("[\a\b\f\v]")


def _escape(text: str) -> str:
    """C escapes as gettext writes them (str.translate with a table is 10x slower)."""
    if not _NEEDS_ESCAPE.search(text):
        return text
    text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    text = text.replace("\t", "\\t").replace("\r", "\\r")
    if _RARE_ESCAPE.search(text):
        text = text.replace("\a", "\\a").replace("\b", "\\b").replace("\f", "\\f")
        text = text.replace("\v", "\\v")
    return text


_ESCAPE_PAIR = re.compile(rb"\\.", re.DOTALL)
# UTF-8 continuation bytes may never start a line; everything else is the algorithm's choice
_CONTINUATION = bytes(BREAK_PROHIBITED if 0x80 <= b < 0xC0 else 0 for b in range(256))
_BREAK = re.compile(bytes([BREAK_POSSIBLE]))


def dump(po: Catalog) -> bytes:
    """The catalog as gettext writes it, in UTF-8."""
    return b"".join(_lines(po))


def _lines(po: Catalog) -> Iterator[bytes]:
    wrap = po.wrap
    blank = False
    if po.has_header or po.metadata:
        header = Entry(
            msgid="",
            msgstr=po.header_msgstr(),
            tcomments=po.header_comments,
            comments=po.header_extracted,
            occurrences=po.header_references,
        )
        if po.metadata_is_fuzzy:
            header.flags.append("fuzzy")
        yield from _message(header, wrap)
        blank = True
    for e in po:
        if not e.obsolete:
            if blank:
                yield b"\n"
            yield from _message(e, wrap)
            blank = True
    for e in po:
        if e.obsolete and _first_msgstr(e):
            if blank:
                yield b"\n"
            yield from _obsolete(e, wrap)
            blank = True


def _first_msgstr(e: Entry) -> str:
    if e.msgid_plural:
        return e.msgstr_plural.get(0, "") if e.msgstr_plural else ""
    return e.msgstr


def _message(e: Entry, wrap: bool) -> Iterator[bytes]:
    yield from _comments(e)
    yield from _flags(e, obsolete=False)
    yield from _strings(e, wrap, prefix="", previous_prefix="#| ")


def _obsolete(e: Entry, wrap: bool) -> Iterator[bytes]:
    yield from _comments(e)
    yield from _flags(e, obsolete=True)
    yield from _strings(e, wrap, prefix="#~ ", previous_prefix="#~| ")


def _comments(e: Entry) -> Iterator[bytes]:
    for text in e.tcomments:
        for line in text.split("\n"):
            yield ("#" + (" " if line else "") + line + "\n").encode()
    for line in e.comments:
        yield ("#." + (" " if line else "") + line + "\n").encode()
    if e.occurrences:
        yield _references(list(dict.fromkeys(e.occurrences)))  # gettext keeps one of each


def _references(occurrences: list[tuple[str, str]]) -> bytes:
    out = bytearray(b"#:")
    column = 2
    for path, line in occurrences:
        name = path.encode()
        while name.startswith(b"./"):
            name = name[2:]
        ref = name + (f":{line}".encode() if line != "" else b"")
        if column > 2 and column + len(ref) + 1 > PAGE_WIDTH:
            out += b"\n#:"
            column = 2
        out += b" " + ref
        column += len(ref) + 1
    return bytes(out + b"\n")


def _format_flags(e: Entry) -> dict[str, str]:
    """Format language -> flag as gettext writes it ("c-format", "no-c-format")."""
    found: dict[str, str] = {}
    for flag in e.flags:
        m = _FORMAT_FLAG.fullmatch(flag.strip())
        if m:
            found[m.group(2)] = ("no-" if m.group(1) == "no-" else "") + f"{m.group(2)}-format"
    return found


def _flags(e: Entry, *, obsolete: bool) -> Iterator[bytes]:
    flags = []
    if e.fuzzy and (obsolete or _first_msgstr(e)):
        flags.append("fuzzy")
    formats = _format_flags(e)
    flags += [formats[lang] for lang in FORMATS if lang in formats]
    if not obsolete:
        ranges = [m for f in e.flags if (m := _RANGE_FLAG.fullmatch(f.strip()))]
        if ranges:
            low, high = int(ranges[-1].group(1)), int(ranges[-1].group(2))
            if low < high:
                flags.append(f"range: {low}..{high}")
    if _no_wrap(e):
        flags.append("no-wrap")
    if flags:
        yield ("#, " + ", ".join(flags) + "\n").encode()


def _no_wrap(e: Entry) -> bool:
    state = None
    for flag in e.flags:
        if flag.strip() in ("wrap", "no-wrap"):
            state = flag.strip()
    return state == "no-wrap"


def _strings(e: Entry, wrap: bool, *, prefix: str, previous_prefix: str) -> Iterator[bytes]:
    width = PAGE_WIDTH if wrap and not _no_wrap(e) else _NO_LIMIT
    directives = _directive_pattern(e)
    for name, value in (
        ("msgctxt", e.previous_msgctxt),
        ("msgid", e.previous_msgid),
        ("msgid_plural", e.previous_msgid_plural),
    ):
        if value is not None:
            yield _wrap(previous_prefix, name, value, width, directives)
    if e.msgctxt is not None:
        yield _wrap(prefix, "msgctxt", e.msgctxt, width, directives)
    yield _wrap(prefix, "msgid", e.msgid, width, directives)
    if not e.msgid_plural:
        yield _wrap(prefix, "msgstr", e.msgstr, width, directives)
        return
    yield _wrap(prefix, "msgid_plural", e.msgid_plural, width, directives)
    forms = [e.msgstr_plural[k] for k in sorted(e.msgstr_plural)] or [""]
    for i, form in enumerate(forms):
        yield _wrap(prefix, f"msgstr[{i}]", form, width, directives)


def _directive_pattern(e: Entry) -> re.Pattern[bytes] | None:
    """The directive syntax of the entry's first possible format language (as gettext)."""
    for lang, flag in sorted(_format_flags(e).items(), key=lambda kv: FORMATS.index(kv[0])):
        if not flag.startswith("no-"):
            return _DIRECTIVES.get(lang)
    return None


def _portions(value: str) -> list[str]:
    """The string cut after each newline, as gettext prints it (one portion for '')."""
    parts = value.split("\n")
    out = [p + "\n" for p in parts[:-1]]
    if parts[-1] or not out:
        out.append(parts[-1])
    return out


def _wrap(
    prefix: str, name: str, value: str, width: int, directives: re.Pattern[bytes] | None
) -> bytes:
    """One keyword and its string, as gettext's `wrap` writes it."""
    if "\n" not in value[:-1] and not directives:  # one portion: the common case
        portion = _escape(value).encode()
        if len(prefix) + len(name) + 3 + len(portion) <= width:  # fits: no break possible
            return f'{prefix}{name} "'.encode() + portion + b'"\n'
    lead = prefix.encode()
    out = bytearray()
    first = True
    after_break = len(lead) + 1
    room = width - 1 - after_break
    inside = _inside_directives(value, directives) if directives else None
    offset = 0
    portions = _portions(value)
    for index, text in enumerate(portions):
        portion, overrides = _escaped(text, inside, offset)
        offset += len(text.encode())
        more = index + 1 < len(portions)
        while True:
            start = len(lead) + (len(name) + 1 if first else 0) + 1 - after_break
            # UTF-8 takes at least as many bytes as columns: a portion whose bytes fit cannot
            # be broken, and needs no call to the line breaker
            fits = start + len(portion) <= room
            if first and portion and more:  # an empty first line, whatever the breaks are
                breaks = b""
            else:
                breaks = b"" if fits else linebreaks(portion, room, start, overrides)
            if first and portion and (more or start > room or BREAK_POSSIBLE in breaks):
                out += lead + name.encode() + b' ""\n'
                first = False
                continue
            break
        out += lead + (name.encode() + b" " if first else b"") + b'"'
        first = False
        cut = 0
        for m in _BREAK.finditer(breaks):
            out += portion[cut : m.start()] + b'"\n' + lead + b'"'
            cut = m.start()
        out += portion[cut:] + b'"\n'
    return bytes(out)


def _escaped(text: str, inside: set[int] | None, offset: int) -> tuple[bytes, bytes]:
    """A portion with C escapes, and the per-byte break overrides gettext gives it."""
    if inside is None:
        portion = _escape(text).encode()
        overrides = bytearray(portion.translate(_CONTINUATION))
        for m in _ESCAPE_PAIR.finditer(portion):
            overrides[m.start() + 1] = BREAK_PROHIBITED
    else:
        portion, overrides = _escaped_slowly(text.encode(), inside, offset)
    if text.endswith("\n"):
        overrides[len(portion) - 2] = BREAK_PROHIBITED  # never break before the final \n
    return portion, bytes(overrides)


def _escaped_slowly(raw: bytes, inside: set[int], offset: int) -> tuple[bytes, bytearray]:
    """As `_escaped`, byte by byte: no break inside a format directive."""
    portion, overrides = bytearray(), bytearray()
    for i, byte in enumerate(raw):
        brk = BREAK_PROHIBITED if offset + i in inside else 0
        char = bytes([byte])
        escaped = char.decode("latin-1").translate(_ESCAPES).encode("latin-1")
        if len(escaped) == 2:
            portion += escaped
            overrides += bytes([brk, BREAK_PROHIBITED])
        else:
            portion += char
            overrides.append(BREAK_PROHIBITED if 0x80 <= byte < 0xC0 else brk)
    return bytes(portion), overrides


def _inside_directives(value: str, directives: re.Pattern[bytes]) -> set[int]:
    """Byte offsets of the value inside a format directive, its first byte excepted."""
    raw = value.encode()
    return {i for m in directives.finditer(raw) for i in range(m.start() + 1, m.end())}
