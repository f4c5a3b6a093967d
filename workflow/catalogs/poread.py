"""Read a .po/.pot file strictly, as GNU gettext 0.21 reads it (po-lex.c, po-gram-gen.y,
read-catalog.c), into the project's `Catalog`.

One pass over the lines. What msgfmt would refuse is a `CatalogError` naming the file and the
line; so is what gettext would read but lose (a NUL escape, bytes invalid in the charset).

What gettext keeps, this keeps, the same way:

- translator comments line by line, one leading blank dropped (`#  a  ` -> ` a  `, `##` ->
  `#`, a lone `#` -> ``); extracted comments (`#.`) likewise;
- `#:` references with gettext's rules (`file:12`, `file : 12`, `file: 12`, `file` without
  a line, Solaris' `# File: f, line: 12`); the line number as gettext reads it (`007` -> `7`);
- flags of every `#,` line, in file order (gettext 0.21 keeps the last line's only; 0.22 and
  later all of them); `range: 1..5` as one flag;
- `#|` / `#~|` previous msgctxt, msgid and msgid_plural, of live and obsolete entries;
- comments of obsolete entries (`#~ # text`), like any other comments.

Comments after the last entry are dropped, as gettext drops them.
"""

from __future__ import annotations

import codecs
import gettext
import re
import unicodedata
from functools import cache

from workflow.catalogs.types import Catalog, Entry
from workflow.errors import CatalogError, MergeConflictError, one_line

PAGE_WIDTH = 79  # gettext's line width: a wrapped file has no wider line it could have broken

# gettext's portable charset names (po-charset.c) and the Python codec for each
_LEGACY = {
    "ISO-8859-1": "iso8859-1",
    "ISO-8859-2": "iso8859-2",
    "ISO-8859-3": "iso8859-3",
    "ISO-8859-4": "iso8859-4",
    "ISO-8859-5": "iso8859-5",
    "ISO-8859-6": "iso8859-6",
    "ISO-8859-7": "iso8859-7",
    "ISO-8859-8": "iso8859-8",
    "ISO-8859-9": "iso8859-9",
    "ISO-8859-13": "iso8859-13",
    "ISO-8859-14": "iso8859-14",
    "ISO-8859-15": "iso8859-15",
    "KOI8-R": "koi8-r",
    "KOI8-U": "koi8-u",
    "KOI8-T": "koi8-t",
    "CP850": "cp850",
    "CP866": "cp866",
    "CP874": "cp874",
    "CP932": "cp932",
    "CP949": "cp949",
    "CP950": "cp950",
    "CP1250": "cp1250",
    "CP1251": "cp1251",
    "CP1252": "cp1252",
    "CP1253": "cp1253",
    "CP1254": "cp1254",
    "CP1255": "cp1255",
    "CP1256": "cp1256",
    "CP1257": "cp1257",
    "GB2312": "gb2312",
    "EUC-JP": "euc_jp",
    "EUC-KR": "euc_kr",
    "BIG5": "big5",
    "BIG5-HKSCS": "big5hkscs",
    "GBK": "gbk",
    "GB18030": "gb18030",
    "SHIFT_JIS": "shift_jis",
    "JOHAB": "johab",
    "TIS-620": "tis-620",
}
_BY_CODEC = {codec: name for name, codec in _LEGACY.items()}
_ASCII = {"ASCII", "ANSI_X3.4-1968", "US-ASCII", "CHARSET"}  # CHARSET: a template's placeholder

_HEADER = re.compile(  # the header entry, found in the bytes to learn their charset
    rb'^msgid[ \t]*""[ \t]*\n(?:[ \t]*""[ \t]*\n)*[ \t]*msgstr[ \t]*'
    rb'((?:[ \t]*"(?:[^"\\\n]|\\.)*"[ \t]*(?:\n|$))+)',
    re.M,
)
_CHARSET = re.compile(rb'charset=([^ \t\n"\\]*)')
_CHARSET_TEXT = re.compile(r"charset=([^ \t\n]*)")

# one token of a line (po-lex.c): a string, a keyword, a number, a bracket, a comment, junk
_TOKEN = re.compile(
    r'[ \t\r\f\v]*(?:"([^"\\]*(?:\\.[^"\\]*)*)(")?'
    r"|([A-Za-z_$][A-Za-z0-9_$]*)|([0-9]+)|([\[\]])|(#)|([^ \t\r\f\v]))"
)
_STRING_LINE = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"[ \t]*')  # the common line: a lone string
_ESCAPE = re.compile(r'\\(?:([ntbrfva\\"])|([0-7]{1,3})|x([0-9A-Fa-f]+)|(.?))')
_SIMPLE = {"n": "\n", "t": "\t", "b": "\b", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_SIMPLE.update({"\\": "\\", '"': '"'})
_SOLARIS = re.compile(r" [Ff]ile:[ \t]*(.*?)[ \t]*,[ \t]*line[ \t]*(?:number[ \t]*)?:([0-9]+)\s*")
_FLAG_SEP = re.compile(r"[\n \t\r\f\v,]+")

_KEYWORDS = {"msgid", "msgstr", "msgctxt", "msgid_plural"}
_PREV_KEYWORDS = {"msgid", "msgctxt", "msgid_plural"}
_STAGES = ("ctxt", "id", "plural", "str", "strn")  # where a string may come
_PREV_STAGES = ("prev_ctxt", "prev_id", "prev_plural")
_STAGE_KEYWORD = {
    "prev_ctxt": "#| msgctxt",
    "prev_id": "#| msgid",
    "prev_plural": "#| msgid_plural",
    "ctxt": "msgctxt",
    "id": "msgid",
    "plural": "msgid_plural",
}
# (stage, in a "#|" line, keyword) -> the next stage (po-gram-gen.y's message rules)
_NEXT = {
    ("", True, "msgctxt"): "prev_ctxt",
    ("", True, "msgid"): "prev_id",
    ("", False, "msgctxt"): "ctxt",
    ("", False, "msgid"): "id",
    ("prev_ctxt", True, "msgid"): "prev_id",
    ("prev_id", True, "msgid_plural"): "prev_plural",
    ("prev_id", False, "msgctxt"): "ctxt",
    ("prev_id", False, "msgid"): "id",
    ("prev_plural", False, "msgctxt"): "ctxt",
    ("prev_plural", False, "msgid"): "id",
    ("ctxt", False, "msgid"): "id",
    ("id", False, "msgid_plural"): "plural",
    ("id", False, "msgstr"): "msgstr",
    ("plural", False, "msgstr"): "[",
}


def read(data: bytes, *, path: str) -> Catalog:
    """A catalog from a .po/.pot file's bytes; refusals name `path` and the line."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise CatalogError(
            "a NUL byte in the catalog (gettext cuts a string there)",
            file=path,
            line=data.count(b"\n", 0, nul) + 1,
            hint="remove it; a file full of them may be UTF-16: save it as UTF-8",
        )
    if b"<<<<<<<" in data:
        _check_merge_conflicts(data, path)
    text, codec, declared = _decode(data, path)
    reader = _Reader(path, codec)
    reader.run(text)
    # the style that leaves more of the file's lines as they are
    reader.catalog.wrap = reader.long_strings <= reader.folded_lines
    po = reader.catalog
    _finish_header(po, reader, declared, codec, path, data)
    _check_plurals(po, path, reader.header_line)
    return po


# --- merge conflicts ---------------------------------------------------------------------------

_OURS_MARK, _BASE_MARK, _SPLIT_MARK, _THEIRS_MARK = b"<<<<<<<", b"|||||||", b"=======", b">>>>>>>"
_MSGID_LINE = re.compile(r'(?:#~ )?msgid\s+"(.*)"\s*$')


def _marker(line: bytes, mark: bytes) -> bool:
    return line.startswith(mark) and line[7:8] in (b"", b" ", b"\t", b"\r")


def _check_merge_conflicts(data: bytes, path: str) -> None:
    """Refuse a catalog with git's conflict markers in it (a merge of two edits of the same
    entries), naming each conflict's lines, the entry and both sides' lines."""
    lines = data.split(b"\n")
    conflicts: list[tuple[int, int, str, list[str], str, list[str]]] = []
    i = 0
    while i < len(lines):
        if not _marker(lines[i], _OURS_MARK):
            i += 1
            continue
        start, ours_name = i + 1, _text(lines[i][8:]).strip() or "ours"
        ours: list[str] = []
        theirs: list[str] = []
        side: list[str] | None = ours
        theirs_name = "theirs"
        i += 1
        while i < len(lines) and not _marker(lines[i], _THEIRS_MARK):
            if _marker(lines[i], _BASE_MARK):
                side = None  # diff3's common ancestor: neither side
            elif _marker(lines[i], _SPLIT_MARK):
                side = theirs
            elif side is not None and lines[i].strip():
                side.append(_text(lines[i]))
            i += 1
        if i < len(lines):
            theirs_name = _text(lines[i][8:]).strip() or "theirs"
        conflicts.append((start, min(i + 1, len(lines)), ours_name, ours, theirs_name, theirs))
        i += 1
    if not conflicts:
        return
    start, end, ours_name, ours, theirs_name, theirs = conflicts[0]
    msgid = _conflict_msgid(lines, start - 1)
    entry = f", entry msgid {one_line(msgid, 50)!r}" if msgid is not None else ""
    more = (
        f"; {len(conflicts) - 1} more at lines "
        + ", ".join(f"{s}-{e}" for s, e, *_ in conflicts[1:4])
        + ("..." if len(conflicts) > 4 else "")
        if len(conflicts) > 1
        else ""
    )
    err = MergeConflictError(
        f"unresolved git merge conflict at lines {start}-{end}{entry}: {ours_name} has "
        f"{_side(ours)}, {theirs_name} has {_side(theirs)}{more}",
        file=path,
        line=start,
        hint="keep one side of each conflict and delete the <<<<<<<, ======= and >>>>>>> lines; "
        f"or take one side for the whole file: git checkout --ours {path} (or --theirs)",
    )
    details: list[str] = []
    for start, end, ours_name, ours, theirs_name, theirs in conflicts:
        msgid = _conflict_msgid(lines, start - 1)
        details.append(
            f"{path}:{start}-{end}: merge conflict"
            + (f" in msgid {one_line(msgid, 60)!r}" if msgid is not None else "")
        )
        width = max(len(ours_name), len(theirs_name)) + 1
        for name, side_lines in ((ours_name, ours), (theirs_name, theirs)):
            shown = side_lines or ["(nothing)"]
            for n, line in enumerate(shown):
                label = f"{name}:" if n == 0 else ""
                details.append(f"  {label:{width}} {one_line(line, 200)}")
    err.details = tuple(details)
    raise err


def _text(line: bytes) -> str:
    return line.decode("utf-8", "replace").rstrip("\r")


def _side(lines: list[str]) -> str:
    """One side of a conflict in the error's one line: its msgstr, or its first lines."""
    if not lines:
        return "nothing"
    wanted = [line for line in lines if line.lstrip("#~ ").startswith("msgstr")] or lines
    return one_line(" ".join(line.strip() for line in wanted[:2]), 80)


def _conflict_msgid(lines: list[bytes], start: int) -> str | None:
    """The msgid of the entry a conflict is in: the last msgid line before its marker (or the
    first inside it)."""
    for j in range(start - 1, max(start - 40, -1), -1):
        m = _MSGID_LINE.match(_text(lines[j]))
        if m:
            return m.group(1) or _continued(lines, j)
        if not lines[j].strip():
            break
    for j in range(start + 1, min(start + 40, len(lines))):
        m = _MSGID_LINE.match(_text(lines[j]))
        if m:
            return m.group(1) or _continued(lines, j)
    return None


def _continued(lines: list[bytes], j: int) -> str:
    """A wrapped msgid (`msgid ""` then string lines): its first string line."""
    nxt = _text(lines[j + 1]).strip() if j + 1 < len(lines) else ""
    return nxt.strip('"') if nxt.startswith('"') else ""


# --- bytes to text -----------------------------------------------------------------------------


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _decode(data: bytes, path: str) -> tuple[str, str, str | None]:
    """The text, the codec it was read with and the charset the header declares."""
    if data.startswith(b"\xef\xbb\xbf"):
        raise CatalogError(
            "catalog starts with a byte-order mark",
            file=path,
            line=1,
            hint="save it as UTF-8 without BOM",
        )
    crlf = data.find(b"\r\n")
    if crlf >= 0:
        raise CatalogError(
            "catalog has Windows (CRLF) line endings",
            file=path,
            line=_line_of(data, crlf),
            hint="save it with Unix (LF) line endings, e.g. dos2unix",
        )
    declared: str | None = None
    where = 0
    header = _HEADER.search(data)
    if header:
        m = _CHARSET.search(header.group(1))
        if m:
            declared = m.group(1).decode("ascii", "replace")
            where = header.start(1) + m.start()
    codec = _codec(declared, path, _line_of(data, where))
    try:
        return data.decode(codec), codec, declared
    except UnicodeDecodeError as exc:
        if codec == "utf-8" and declared is not None and declared.upper() in _ASCII:
            hint = f"it declares charset={declared}: declare its real charset, or msgconv it"
        elif codec == "utf-8":
            hint = "save it as UTF-8"
        else:
            hint = f"the header says charset={declared}: fix the bytes or the charset"
        name = "UTF-8" if codec == "utf-8" else _BY_CODEC.get(codec, declared)
        raise CatalogError(
            f"catalog is not valid {name}",
            file=path,
            line=_line_of(data, exc.start),
            hint=hint,
        ) from None


def _codec(declared: str | None, path: str, line: int) -> str:
    if declared is None or declared.upper() in _ASCII or declared.upper() == "UTF-8":
        return "utf-8"
    if declared.upper() in _LEGACY:
        return _LEGACY[declared.upper()]
    try:
        name = codecs.lookup(declared).name  # aliases: windows-1252, latin1, utf8...
    except LookupError:
        name = ""
    if name == "utf-8" or name in _BY_CODEC:
        return name
    raise CatalogError(
        f"catalog declares a charset this workflow cannot read: {declared!r}",
        file=path,
        line=line,
        hint="convert it to UTF-8 (msgconv --to-code=UTF-8)",
    )


def _finish_header(
    po: Catalog, reader: _Reader, declared: str | None, codec: str, path: str, data: bytes
) -> None:
    m = _CHARSET_TEXT.search(po.metadata.get("Content-Type", ""))
    found = m.group(1) if m else None
    if found != declared:  # the header is not where a quick look at the bytes found it
        raise CatalogError(
            "cannot tell the catalog's charset: its header is not the first entry",
            file=path,
            line=reader.header_line or None,
            hint='put the header (msgid "") first',
        )
    if declared is None:
        return
    if codec != "utf-8":
        converted: str | None = _BY_CODEC.get(codec, declared)
    elif declared.upper() in _ASCII and not data.isascii():
        converted = declared
    else:
        converted = None
    if converted is not None:
        po.converted_from = converted
        po.metadata["Content-Type"] = _CHARSET_TEXT.sub(
            "charset=UTF-8", po.metadata["Content-Type"], count=1
        )
        if po.header_text is not None:  # the header as written, but for its charset
            po.header_text = _CHARSET_TEXT.sub("charset=UTF-8", po.header_text, count=1)
            po.header_fields = dict(po.metadata)


_NPLURALS = re.compile(r"nplurals\s*=\s*(\d+)")
_PLURAL = re.compile(r"(?<![a-z])plural\s*=\s*([^;]*)")  # as msgfmt: up to the first ';'


def _check_plural_forms(forms: str, path: str, line: int) -> None:
    """A Plural-Forms header msgfmt can use (a template's placeholder INTEGER is let pass)."""
    if "INTEGER" in forms:
        return
    count, expression = _NPLURALS.search(forms), _PLURAL.search(forms)
    valid = count is not None and expression is not None and 0 < int(count.group(1)) < 100
    if valid and expression is not None:
        try:
            gettext.c2py(expression.group(1).strip())
        except (ValueError, RecursionError):
            valid = False
    if not valid:
        raise CatalogError(
            f"invalid Plural-Forms {forms[:80]!r}",
            file=path,
            line=line or None,
            hint="write it as in the gettext manual, e.g. nplurals=2; plural=(n != 1);",
        )


def _check_plurals(po: Catalog, path: str, header_line: int) -> None:
    if "Plural-Forms" in po.metadata:
        _check_plural_forms(po.metadata["Plural-Forms"], path, header_line)
    m = re.search(r"nplurals\s*=\s*(\d+)", po.metadata.get("Plural-Forms", ""))
    nplurals = int(m.group(1)) if m else 0
    if not nplurals:
        return
    for e in po.entries:  # as msgfmt: translated entries only (not fuzzy, not empty)
        if e.obsolete or not e.msgid_plural or e.fuzzy or not any(e.msgstr_plural.values()):
            continue
        if len(e.msgstr_plural) != nplurals:
            raise CatalogError(
                f"entry has {len(e.msgstr_plural)} plural forms, the header says {nplurals}",
                file=path,
                line=e.linenum,
            )


# --- widths -----------------------------------------------------------------------------------


def width(text: str) -> int:
    """Display columns: East Asian wide and fullwidth 2, combining and format marks 0."""
    if text.isascii():
        return len(text)
    # a character below U+0300 is one column; the others are looked up once each
    high = _HIGH.findall(text)
    return len(text) - len(high) + sum(map(_char_width, high))


_HIGH = re.compile("[\u0300-\U0010ffff]")


@cache
def _char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _unwrapped(line: str) -> bool:
    """Whether this string line shows the file was saved without wrapping: wider than gettext
    writes and holding a place where gettext would have broken it (a blank or an escaped
    newline before its last word, or wide characters). An unbreakable run (a long URL) is
    as wide in a wrapped file."""
    if len(line) <= PAGE_WIDTH // 2 or width(line) <= PAGE_WIDTH:
        return False
    content = line[line.find('"') + 1 : line.rfind('"')].rstrip(" ")
    if " " in content or "\\n" in content[:-2]:
        return True
    return not content.isascii() and any(
        unicodedata.east_asian_width(ch) in ("W", "F") for ch in content
    )


# --- the reader ---------------------------------------------------------------------------------


class _Reader:
    """The grammar of po-gram-gen.y over the tokens of po-lex.c, one line at a time."""

    def __init__(self, path: str, codec: str) -> None:
        self.path = path
        self.codec = codec
        self.catalog = Catalog(has_header=False)
        self.header_line = 0
        self.seen: dict[tuple[str | None, str], int] = {}
        self.hash_line = 0  # the last line starting with "#"
        # the file's wrapping style: lines of strings cut inside their text (which unwrapping
        # would change), strings on a line wider than gettext writes where gettext would have
        # cut them (which wrapping would change)
        self.folded_lines = 0
        self.long_strings = 0
        self._reset()

    # the entry being read
    def _reset(self) -> None:
        self.stage = ""  # "", prev_ctxt, prev_id, prev_plural, ctxt, id, plural, msgstr,
        # str, strn (after msgstr[n]), "[", "#", "]" (inside msgstr[n])
        self.parts: list[str] = []
        self.start = 0  # first line of the entry (its first comment or keyword)
        self.msgid_line = 0
        self.obsolete = False
        self.long = False
        self.tcomments: list[str] = []
        self.comments: list[str] = []
        self.occurrences: list[tuple[str, str]] = []
        self.flags: list[str] = []
        self.msgctxt: str | None = None
        self.msgid = ""
        self.msgid_plural = ""
        self.msgstr = ""
        self.msgstr_plural: dict[int, str] = {}
        self.index = -1
        self.prev_ctxt: str | None = None
        self.prev_id: str | None = None
        self.prev_plural: str | None = None

    def fail(self, message: str, line: int, hint: str | None = None) -> CatalogError:
        return CatalogError(message, file=self.path, line=line, hint=hint)

    def run(self, text: str) -> None:
        number = 0
        string_line = _STRING_LINE.fullmatch
        lines = enumerate(text.split("\n"), start=1)
        for number, line in _joined(text) if "\\\n" in text else lines:
            if not line:
                continue
            first = line[0]
            if first == '"' and self.stage in _STAGES and not self.obsolete:
                m = string_line(line)
                if m:  # fast path: a continuation line
                    s = m.group(1)
                    if "\x04" in s:
                        self._eot(number)
                    self.parts.append(self._unescape(s, number) if "\\" in s else s)
                    if len(line) > PAGE_WIDTH // 2 and not self.long:
                        self.long = _unwrapped(line)
                    continue
            if first == "#":
                self.hash_line = number
                second = line[1:2]
                if second == "~":
                    if line[2:3] == "|":
                        self._tokens(line, 3, number, True, True)
                    else:
                        self._tokens(line, 2, number, True, False)
                elif second == "|":
                    self._tokens(line, 2, number, False, True)
                else:
                    self._comment(line[1:], number)
                continue
            self._tokens(line, 0, number, False, False)
        self._end(number)

    def _tokens(self, line: str, pos: int, number: int, obsolete: bool, previous: bool) -> None:
        after_string = False
        end = len(line)
        while pos < end:
            m = _TOKEN.match(line, pos)
            if m is None:  # trailing blanks
                return
            pos = m.end()
            string, closed, name, digits, bracket, hash_, junk = m.groups()
            if string is not None:
                if closed is None:
                    raise self.fail("unterminated string", number, hint='end the string with a "')
                if "\\" in string:
                    string = self._unescape(string, number)
                elif "\x04" in string:
                    self._eot(number)
                self._string(string, number, obsolete, previous, line)
                after_string = True
            elif name is not None:
                self._keyword(name, number, obsolete, previous, line, after_string)
                after_string = False
            elif hash_ is not None:
                nxt = line[pos : pos + 1]
                if nxt == "~":
                    obsolete = True
                    pos += 1
                    if line[pos : pos + 1] == "|":
                        previous = True
                        pos += 1
                elif nxt == "|":
                    previous = True
                    pos += 1
                else:
                    self._comment(line[pos:], number)
                    return
            elif digits is not None:
                self._number(int(digits), number, obsolete, line)
            elif bracket is not None:
                self._bracket(bracket, number, obsolete, line)
            elif junk is not None:
                self._junk(line, number, after_string)
            else:  # pragma: no cover - the pattern always matches one group
                return

    # --- tokens ---

    def _junk(self, line: str, number: int, after_string: bool) -> None:
        if after_string:
            raise self.fail("unescaped quote inside a string", number, hint='write a quote as \\"')
        raise self.fail(f"syntax error: {line.strip()[:40]!r}", number)

    def _check_obsolete(self, obsolete: bool, number: int) -> None:
        if obsolete != self.obsolete:
            raise self.fail(
                "inconsistent use of #~ in an entry",
                number,
                hint='mark every line of an obsolete entry with "#~", or none',
            )

    def _comment(self, text: str, number: int) -> None:
        stage = self.stage
        if stage:
            if stage in ("str", "strn"):
                self._finish()
            elif stage.startswith("prev"):
                raise self.fail(
                    'a comment after a "#|" (previous msgid) line',
                    number,
                    hint='"#|" lines come last, just before msgctxt/msgid',
                )
            else:
                self._incomplete(number)
        if not self.start:
            self.start = number
        c = text[:1]
        if c == ".":
            self.comments.append(text[2:] if text[1:2] == " " else text[1:])
        elif c == ":":
            self.occurrences.extend(_references(text[1:]))
        elif c in (",", "!"):
            self._flags(text[1:])
        else:
            m = _SOLARIS.fullmatch(text) if c == " " and "ile:" in text[:6] else None
            if m:
                self.occurrences.append((m.group(1), str(int(m.group(2)))))
            else:
                self.tcomments.append(text[1:] if c == " " else text)

    def _flags(self, text: str) -> None:
        tokens = [t for t in _FLAG_SEP.split(text) if t]
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if token == "range:" and i + 1 < len(tokens):
                self.flags.append(f"range: {tokens[i + 1]}")
                i += 2
                continue
            self.flags.append(token)
            i += 1

    def _string(self, value: str, number: int, obsolete: bool, previous: bool, line: str) -> None:
        stage = self.stage
        if stage == "msgstr":
            stage = self.stage = "str"
        if stage not in (_PREV_STAGES if previous else _STAGES):
            if stage == "[":
                raise self.fail("msgid_plural needs msgstr[0], msgstr[1]... (not msgstr)", number)
            if previous and stage in ("str", "strn"):
                raise self.fail(
                    'a "#|" string after the msgstr',
                    number,
                    hint='"#|" lines come before msgctxt/msgid',
                )
            if self.hash_line == number - 1 and line.lstrip().startswith('"'):
                raise self.fail(
                    "a string line after a comment line",
                    number,
                    hint='strings continue a msgid/msgstr line; in a "#|" or "#~" block, '
                    "start the line with the same mark",
                )
            raise self.fail(f"syntax error: {line.strip()[:40]!r}", number)
        self._check_obsolete(obsolete, number)
        self.parts.append(value)
        if not self.long and len(line) > PAGE_WIDTH // 2:
            self.long = _unwrapped(line)

    def _keyword(
        self, name: str, number: int, obsolete: bool, previous: bool, line: str, after: bool
    ) -> None:
        if name not in (_PREV_KEYWORDS if previous else _KEYWORDS):
            if name == "domain" and not previous:
                raise self.fail(
                    "domain directives are not supported",
                    number,
                    hint="keep one domain a file (msgcat can split them)",
                )
            if previous and name == "msgstr":
                raise self.fail(
                    '"#| msgstr": a "#|" line holds a previous msgctxt, msgid or msgid_plural',
                    number,
                )
            self._junk(line, number, after)
        stage = self.stage
        if stage in ("str", "strn"):
            if name == "msgstr" and not previous:
                if stage == "strn":
                    self._check_obsolete(obsolete, number)
                    self._store()
                    self.stage = "["
                    return
                raise self.fail("a second msgstr in an entry", number)
            if name == "msgid_plural" and not previous:
                raise self.fail("msgid_plural after the msgstr", number)
            self._finish()
            stage = ""
        if stage in ("msgstr", "[", "#", "]"):
            raise self.fail(f"a string must follow msgstr, not {name}", number)
        if stage and not self.parts:
            raise self.fail(f"a string must follow {_STAGE_KEYWORD[stage]}", number)
        following = _NEXT.get((stage, previous, name))
        if following is None:
            self._misplaced(name, stage, previous, number, line)
        if stage == "":
            self.obsolete = obsolete
            if not self.start:
                self.start = number
        else:
            self._check_obsolete(obsolete, number)
            self._store()
        if name == "msgid" and not previous:
            self.msgid_line = number
        self.stage = following or ""

    def _misplaced(self, name: str, stage: str, previous: bool, number: int, line: str) -> None:
        shown = f"#| {name}" if previous else name
        if stage in ("id", "plural") and not previous and name in ("msgid", "msgctxt"):
            self._incomplete(number)
        if stage == "ctxt":
            raise self.fail("msgctxt without msgid", number)
        if stage.startswith("prev") and not previous:
            raise self.fail('"#|" lines without the msgid they precede', self.start or number)
        if stage == "" and not previous:
            raise self.fail(f"{name} without msgid", number)
        if previous or stage.startswith("prev"):
            raise self.fail(
                f'"{shown}" out of order',
                number,
                hint='"#|" lines are: msgctxt, msgid, msgid_plural, before the entry\'s own',
            )
        raise self.fail(f"syntax error: {line.strip()[:40]!r}", number)

    def _number(self, value: int, number: int, obsolete: bool, line: str) -> None:
        if self.stage != "#":
            raise self.fail(f"syntax error: {line.strip()[:40]!r}", number)
        self._check_obsolete(obsolete, number)
        if value != self.index + 1:
            raise self.fail("plural forms must be msgstr[0], msgstr[1]... without gaps", self.start)
        self.index = value
        self.stage = "]"

    def _bracket(self, bracket: str, number: int, obsolete: bool, line: str) -> None:
        stage = self.stage
        if bracket == "[" and stage == "msgstr":
            raise self.fail("msgstr[n] without msgid_plural", self.start)
        if (bracket == "[" and stage == "[") or (bracket == "]" and stage == "]"):
            self._check_obsolete(obsolete, number)
            self.stage = "#" if bracket == "[" else "strn"
            return
        if stage in ("[", "#", "]"):
            raise self.fail(
                "plural forms must be msgstr[0], msgstr[1]... without gaps"
                if stage == "["
                else "a plural form is msgstr[N]",
                number,
            )
        raise self.fail(f"syntax error: {line.strip()[:40]!r}", number)

    def _incomplete(self, number: int) -> None:
        stage = self.stage
        if stage == "id":
            raise self.fail("msgid without msgstr", self.msgid_line)
        if stage == "plural":
            raise self.fail("msgid_plural without msgstr[0], msgstr[1]...", self.msgid_line)
        if stage == "ctxt":
            raise self.fail("msgctxt without msgid", number)
        if stage in ("msgstr", "[", "#", "]"):
            raise self.fail("msgstr without a string", number)
        raise self.fail('"#|" lines without the msgid they precede', self.start or number)

    def _end(self, number: int) -> None:
        if self.stage in ("str", "strn"):
            self._finish()
        elif self.stage:
            self._incomplete(number)

    # --- strings ---

    def _store(self) -> None:
        """The strings read so far into the field the stage names."""
        value = "".join(self.parts)
        if "no-wrap" not in self.flags:
            if self.long:
                self.long_strings += 1
            elif any(p and p[-1] != "\n" for p in self.parts[:-1]):
                self.folded_lines += len(self.parts)
        self.long = False
        self.parts = []
        stage = self.stage
        if stage == "str":
            self.msgstr = value
        elif stage == "strn":
            self.msgstr_plural[self.index] = value
        elif stage == "id":
            self.msgid = value
        elif stage == "ctxt":
            self.msgctxt = value
        elif stage == "plural":
            self.msgid_plural = value
        elif stage == "prev_id":
            self.prev_id = value
        elif stage == "prev_ctxt":
            self.prev_ctxt = value
        elif stage == "prev_plural":
            self.prev_plural = value

    def _unescape(self, s: str, number: int) -> str:
        raw = False

        def one(m: re.Match[str]) -> str:
            nonlocal raw
            simple, octal, hexa, bad = m.groups()
            if simple is not None:
                return _SIMPLE[simple]
            if bad is not None:
                raise self.fail(
                    f"invalid escape {m.group(0)[:2]!r} in string",
                    number,
                    hint='write a backslash as \\\\ and a quote as \\"',
                )
            value = int(octal, 8) if octal is not None else int(hexa, 16)
            value &= 0xFF  # gettext keeps the low byte
            if value == 0:
                raise self.fail(
                    "a \\0 escape in a string (gettext cuts the string there)",
                    number,
                    hint="remove it",
                )
            raw = True
            return f"\x00{value:02x}\x00"  # a byte: decoded with the others below

        text = _ESCAPE.sub(one, s)
        if raw:
            text = self._bytes(text, number)
        if "\x04" in text:
            self._eot(number)
        return text

    def _eot(self, number: int) -> None:
        raise self.fail(
            "context separator <EOT> (\\x04) within string",
            number,
            hint="gettext keeps it for msgctxt: remove it",
        )

    def _bytes(self, text: str, number: int) -> str:
        """Escaped bytes (\\351, \\xe9) are bytes of the file's charset, as in gettext."""
        out = bytearray()
        for i, piece in enumerate(text.split("\x00")):
            if i % 2:
                out.append(int(piece, 16))
            else:
                out += piece.encode(self.codec)
        try:
            return out.decode(self.codec)
        except UnicodeDecodeError:
            raise self.fail(
                f"escaped bytes in a string are not valid {self.codec}",
                number,
                hint="write the characters themselves",
            ) from None

    # --- entries ---

    def _finish(self) -> None:
        self._store()
        key = (self.msgctxt, self.msgid)
        po = self.catalog
        header = not self.msgid and self.msgctxt is None and not self.obsolete
        if header and po.has_header:
            raise self.fail(
                f'a second header (msgid ""; the first is at line {self.header_line})',
                self.msgid_line,
                hint="keep one",
            )
        if key in self.seen:
            raise self.fail(
                f"duplicate entry for msgid {self.msgid[:40]!r} (first at line {self.seen[key]})",
                self.start,
                hint="keep one of the two entries"
                + (" (one is obsolete, #~)" if self.obsolete else ""),
            )
        self.seen[key] = self.start
        if header:
            self._header()
        else:
            po.entries.append(
                Entry(
                    msgid=self.msgid,
                    msgstr=self.msgstr,
                    msgid_plural=self.msgid_plural,
                    msgstr_plural=self.msgstr_plural,
                    msgctxt=self.msgctxt,
                    flags=self.flags,
                    tcomments=self.tcomments,
                    comments=self.comments,
                    occurrences=self.occurrences,
                    obsolete=self.obsolete,
                    previous_msgid=self.prev_id,
                    previous_msgid_plural=self.prev_plural,
                    previous_msgctxt=self.prev_ctxt,
                    linenum=self.start,
                )
            )
        self._reset()

    def _header(self) -> None:
        po = self.catalog
        po.has_header = True
        self.header_line = self.msgid_line
        if self.msgid_plural or self.msgstr_plural:
            raise self.fail("the header has plural forms", self.msgid_line)
        po.header_text = self.msgstr
        po.header_comments = self.tcomments
        po.header_extracted = self.comments
        po.header_references = self.occurrences
        po.metadata_is_fuzzy = "fuzzy" in self.flags
        meta: dict[str, str] = {}
        key = None
        for line in self.msgstr.split("\n"):
            if not line:
                continue
            name, colon, value = line.partition(":")
            if colon:
                key = name
                meta[key] = value.strip()
            elif key is not None:
                meta[key] += "\n" + line.strip()
        po.metadata = meta
        po.header_fields = dict(meta)


def _joined(text: str) -> list[tuple[int, str]]:
    """The lines with gettext's backslash-newline continuation (po-lex.c lex_getc drops every
    backslash that ends a line, even in a comment), each numbered by its first line."""
    raw = text.split("\n")
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(raw):
        first, line = i + 1, raw[i]
        while raw[i].endswith("\\") and i + 1 < len(raw):
            line = line[:-1] + raw[i + 1]
            i += 1
        out.append((first, line))
        i += 1
    return out


def _references(s: str) -> list[tuple[str, str]]:
    """A `#:` line's references, by gettext's rules (read-catalog-abstract.c)."""
    if ": " not in s and " :" not in s and "\t" not in s:  # the usual "file:12 file:13"
        return [_reference(name) for name in s.split(" ") if name]
    out: list[tuple[str, str]] = []
    blanks = " \t\n"
    n = len(s)
    i = 0
    while i < n:
        while i < n and s[i] in blanks:
            i += 1
        if i >= n:
            break
        start = i
        while i < n and s[i] not in blanks:
            i += 1
        name = s[start:i]
        # "file : 12" / "file :12"
        p = i
        while p < n and s[p] in blanks:
            p += 1
        if p < n and s[p] == ":":
            p += 1
            while p < n and s[p] in blanks:
                p += 1
            q = p
            while q < n and s[q].isdigit() and s[q].isascii():
                q += 1
            if q > p and (q == n or s[q] in blanks):
                out.append((name, str(int(s[p:q]))))
                i = q
                continue
        # "file: 12"
        if name.endswith(":"):
            p = i
            while p < n and s[p] in blanks:
                p += 1
            q = p
            while q < n and s[q].isdigit() and s[q].isascii():
                q += 1
            if q > p and (q == n or s[q] in blanks):
                out.append((name[:-1], str(int(s[p:q]))))
                i = q
                continue
        out.append(_reference(name))
    return out


_FILE_LINE = re.compile(r"(.+):([0-9]+)", re.ASCII | re.DOTALL)


def _reference(name: str) -> tuple[str, str]:
    """`file:12` or `file` (no line number)."""
    m = _FILE_LINE.fullmatch(name)
    return (m.group(1), str(int(m.group(2)))) if m else (name, "")
