"""poread against GNU gettext: the corpus in tests/data/po/ is read as msgcat reads it, and
every refusal names its line (and is a refusal for msgfmt too, where gettext refuses)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO
from workflow.catalogs import pofile, poread
from workflow.catalogs.types import Catalog
from workflow.errors import CatalogError

CORPUS = REPO / "tests" / "data" / "po"
FILES = sorted(p.name for p in CORPUS.iterdir() if p.suffix in (".po", ".pot"))
NO_HEADER = {"no-header.po"}  # msgfmt --check refuses a file without header: check the rest
# gettext 0.21 keeps the flags of an entry's last "#," line only (0.22 fixed it); we keep all
SEVERAL_FLAG_LINES = {"comments.po"}


def read(name: str) -> Catalog:
    return poread.read((CORPUS / name).read_bytes(), path=name)


def msgfmt(path: Path, *checks: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        ["msgfmt", *(checks or ("--check",)), "-o", "/dev/null", str(path)], capture_output=True
    )


def msgcat(path: Path, tmp_path: Path) -> Catalog:
    """What `msgcat --to-code=UTF-8` makes of the file, read back."""
    data = path.read_bytes()
    if b"charset=CHARSET" in data and not data.isascii():
        # msgcat cannot convert from the placeholder: declare what the bytes are
        path = tmp_path / path.name
        path.write_bytes(data.replace(b"charset=CHARSET", b"charset=UTF-8"))
    proc = subprocess.run(["msgcat", "--to-code=UTF-8", str(path)], capture_output=True)
    assert proc.returncode == 0, proc.stderr.decode()
    return poread.read(proc.stdout, path="msgcat output")


def model(po: Catalog, *, flags_of_last_line: bool = False) -> dict[str, object]:
    """Everything a catalog says, with what gettext's writer normalises normalised: flags
    order, the `./` of references, the charset it converts to."""
    meta = dict(po.metadata)
    if "charset=" in meta.get("Content-Type", ""):
        meta["Content-Type"] = meta["Content-Type"].split("charset=")[0] + "charset=UTF-8"
    entries = []
    for e in po:
        entries.append(
            {
                "msgctxt": e.msgctxt,
                "msgid": e.msgid,
                "msgid_plural": e.msgid_plural,
                "msgstr": e.msgstr,
                "msgstr_plural": e.msgstr_plural,
                "flags": None if flags_of_last_line else sorted(set(e.flags)),
                "tcomments": e.tcomments,
                "comments": e.comments,
                "occurrences": [(f.removeprefix("./"), n) for f, n in e.occurrences],
                "obsolete": e.obsolete,
                "previous": (e.previous_msgctxt, e.previous_msgid, e.previous_msgid_plural),
            }
        )
    return {
        "has_header": po.has_header,
        "metadata": meta,
        "metadata_is_fuzzy": po.metadata_is_fuzzy,
        "header_comments": po.header_comments,
        "entries": entries,
    }


# --- the corpus ---------------------------------------------------------------------------------


def test_corpus_covers_gettexts_features() -> None:
    assert {"plural.po", "context.po", "obsolete.po", "nowrap.po", "latin1.po", "cp1251.po"} <= set(
        FILES
    )
    assert {"koi8r.po", "eucjp.po", "gb2312.po", "charset-placeholder.po"} <= set(FILES)
    assert {"no-header.po", "comments.po", "escapes.po", "unwrapped.po", "template.pot"} <= set(
        FILES
    )


@pytest.mark.parametrize("name", FILES)
def test_gettext_and_we_accept_the_corpus(name: str) -> None:
    checks = ("--check-format", "--check-domain") if name in NO_HEADER else ()
    proc = msgfmt(CORPUS / name, *checks)
    assert proc.returncode == 0, proc.stderr.decode()
    assert read(name) is not None


@pytest.mark.parametrize("name", FILES)
def test_corpus_reads_as_msgcat_reads_it(name: str, tmp_path: Path) -> None:
    """A round trip through msgcat loses nothing we read, and adds nothing."""
    ours, theirs = read(name), msgcat(CORPUS / name, tmp_path)
    several = name in SEVERAL_FLAG_LINES
    assert model(ours, flags_of_last_line=several) == model(theirs, flags_of_last_line=several)
    for mine, gnu in zip(ours, theirs, strict=True):
        assert set(gnu.flags) <= set(mine.flags)
        if not several:
            assert set(gnu.flags) == set(mine.flags)


@pytest.mark.parametrize("name", FILES)
def test_comments_print_back_as_msgcat_prints_them(name: str, tmp_path: Path) -> None:
    """`"#" + (" " if s else "") + s` for each stored comment gives msgcat's lines."""
    path = CORPUS / name
    if b"charset=CHARSET" in path.read_bytes():
        path = tmp_path / name
        path.write_bytes((CORPUS / name).read_bytes().replace(b"=CHARSET", b"=UTF-8"))
    out = subprocess.run(["msgcat", "--to-code=UTF-8", str(path)], capture_output=True)
    gnu = [line for line in out.stdout.decode().split("\n") if line.startswith(("# ", "#."))]
    gnu += [line for line in out.stdout.decode().split("\n") if line == "#"]
    po = read(name)
    printed = ["#" + (" " if s else "") + s for s in po.header_comments]
    for e in po:
        printed += ["#" + (" " if s else "") + s for s in e.tcomments]
        printed += ["#." + (" " if s else "") + s for s in e.comments]
    assert sorted(printed) == sorted(gnu)


def test_comments_kept_line_by_line() -> None:
    po = read("comments.po")
    assert po.header_comments == [
        "Header comment, first line.",
        "",
        " Two leading blanks and three trailing ones   ",
    ]
    first = po.entries[0]
    assert first.tcomments == [
        "A translator's comment.",
        "",
        "# A hash after the hash.",
        "\tA tab after the hash.",
        "no blank after the hash",
        "  ",
    ]
    assert first.comments == [" An extracted comment with two blanks.", "", "paragraph"]
    assert first.occurrences == [
        ("releases/a.md", "3"),
        ("./releases/b.md", "4"),
        ("releases/c.md", ""),
        ("releases/d.md", "5"),
        ("releases/e.md", "6"),
        ("releases/f.md", "7"),
    ]
    assert first.flags == ["c-format"]
    assert [e.flags for e in po.entries[1:]] == [
        ["fuzzy", "python-format"],
        ["fuzzy", "c-format"],  # two "#," lines: both kept, in file order
        ["no-c-format"],
        ["range: 1..5", "c-format"],
    ]
    assert [e.linenum for e in po] == [12, 27, 31, 36, 40]  # the entry's first line


def test_obsolete_entries_keep_everything() -> None:
    po = read("obsolete.po")
    live, _, title, plural, long = po.entries
    assert not live.obsolete and live.previous_msgid == "The Ambassador welcomed the delegations."
    assert title.obsolete
    assert title.tcomments == [
        "A translator's note on an obsolete entry.",
        "",
        "  indented, with trailing blanks   ",
    ]
    assert (title.comments, title.occurrences) == (
        ["heading"],
        [("releases/talks.md", "3"), ("releases/other.md", "7")],
    )
    assert title.flags == ["fuzzy", "c-format"]
    assert (title.previous_msgctxt, title.previous_msgid, title.msgctxt) == (
        "old context",
        "Old %s talks",
        "title",
    )
    assert plural.obsolete and plural.tcomments == ["machine: argos translate-en_de 1.9"]
    assert (plural.comments, plural.flags) == (["paragraph"], ["fuzzy"])
    assert (plural.previous_msgid, plural.previous_msgid_plural) == (
        "%d old sentence",
        "%d old sentences",
    )
    assert plural.msgstr_plural == {0: "%d Satz", 1: "%d Sätze"}
    assert (
        long.obsolete
        and long.msgid.startswith("A removed sentence")
        and long.msgid.endswith("than one line.")
    )


def test_plural_and_context() -> None:
    po = read("plural.po")
    assert po.entries[0].msgstr_plural == {
        0: "Прибыла %d делегация.",
        1: "Прибыли %d делегации.",
        2: "Прибыло %d делегаций.",
    }
    assert po.metadata["Plural-Forms"].startswith("nplurals=3;")
    assert po.entries[2].msgctxt == "document"
    ctx = read("context.po")
    assert [(e.msgctxt, e.msgid) for e in ctx][:4] == [
        ("month", "May"),
        ("verb", "May"),
        (None, "May"),
        ("", "May"),
    ]
    assert ("header", "") in [(e.msgctxt, e.msgid) for e in ctx]  # not the header
    assert ctx.entries[-1].previous_msgctxt == "old month"


def test_escapes_and_split_strings() -> None:
    po = read("escapes.po")
    assert [e.msgid for e in po] == [
        "Tab\there, newline\n",
        'Quote " and backslash \\ and bell \a and backspace \b',
        "Form feed \f, vertical tab \v, carriage return \r.",
        "Octal ABC, \b1 and hex AJJ.",
        "Escaped UTF-8 bytes: café and café",
        "Split on one line and over two more.",
        "Blanks around",
        "Non-ASCII: déjà vu, 東京, Ελληνικά",
    ]
    assert po.entries[5].msgstr == "Coupé sur plusieurs lignes."


def test_header_as_read() -> None:
    po = read("template.pot")
    assert po.has_header and po.metadata_is_fuzzy and po.converted_from is None
    assert po.header_comments[0] == "SOME DESCRIPTIVE TITLE."
    assert po.metadata["Content-Type"] == "text/plain; charset=CHARSET"
    assert po.header_text is not None and po.header_text.startswith(
        "Project-Id-Version: PACKAGE VERSION\nReport-Msgid-Bugs-To: \n"
    )
    assert po.header_fields == po.metadata and po.header_msgstr() == po.header_text
    none = read("no-header.po")
    assert not none.has_header and none.metadata == {} and none.header_text is None
    assert none.entries[0].tcomments == ["A catalog without a header entry."]


@pytest.mark.parametrize(
    ("name", "charset", "text"),
    [
        ("latin1.po", "ISO-8859-1", "Les pourparlers se sont ouverts."),
        ("cp1251.po", "CP1251", "Переговоры открылись."),
        ("koi8r.po", "KOI8-R", "Переговоры начались."),
        ("eucjp.po", "EUC-JP", "会談が始まりました。"),
        ("gb2312.po", "GB2312", "会谈开幕。"),
        ("charset-placeholder.po", "CHARSET", "Las conversaciones comenzaron."),
    ],
)
def test_legacy_charsets_are_converted(name: str, charset: str, text: str) -> None:
    po = read(name)
    assert po.converted_from == charset
    assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert po.header_text is not None and f"charset={charset}" not in po.header_text
    assert po.header_msgstr() == po.header_text  # the header as written, but for its charset
    assert "charset=UTF-8" in po.header_msgstr()
    assert po.entries[0].msgstr == text
    assert po.entries[-1].obsolete
    assert "Проверено" in po.entries[0].tcomments or po.entries[0].tcomments[0].isprintable()


def test_ascii_declared_on_utf8_bytes_is_read_as_utf8() -> None:
    """msgfmt 0.21 itself refuses these ("invalid multibyte sequence"); such files are common
    and what they mean is clear."""
    data = (
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=ASCII\\n"\n\nmsgid "a"\nmsgstr "été"\n'
    ).encode()
    po = poread.read(data, path="x.po")
    assert po.converted_from == "ASCII" and po.entries[0].msgstr == "été"
    assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    ascii_only = poread.read(data.replace("été".encode(), b"ete"), path="x.po")
    assert ascii_only.converted_from is None
    assert ascii_only.metadata["Content-Type"] == "text/plain; charset=ASCII"


def test_windows_charset_aliases() -> None:
    text = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=windows-1252\\n"\n\n'
    po = poread.read((text + 'msgid "a"\nmsgstr "déjà"\n').encode("cp1252"), path="x.po")
    assert po.converted_from == "CP1252" and po.entries[0].msgstr == "déjà"


@pytest.mark.parametrize(
    ("name", "wrap"),
    [("unwrapped.po", False), ("nowrap.po", True), ("obsolete.po", True), ("plural.po", True)],
)
def test_wrapping_style(name: str, wrap: bool) -> None:
    assert read(name).wrap is wrap


def test_wide_characters_count_twice() -> None:
    head = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    line = "東京" * 19  # 38 characters, 76 columns: with 'msgstr ""' wider than 79
    po = poread.read(f'{head}msgid "a"\nmsgstr "{line}"\n'.encode(), path="x.po")
    assert po.wrap is False
    po = poread.read(f'{head}msgid "a"\nmsgstr "{line[:30]}"\n'.encode(), path="x.po")
    assert po.wrap is True


# --- refusals -----------------------------------------------------------------------------------

HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
)  # 5 lines: a body's first line is line 6

REFUSALS = [
    # (body after HEADER, line, words, msgfmt refuses it too)
    ('msgid "a"\nmsgstr "b\n', 7, "unterminated string", True),
    ('msgid "a"\nmsgstr "b', 7, "unterminated string", True),
    ('msgid "a\\q"\nmsgstr "b"\n', 6, "invalid escape '\\\\q'", True),
    ('msgid "a\\x"\nmsgstr "b"\n', 6, "invalid escape", True),
    ('msgid "a"\nmsgstr "b\\\n\n"\n', 7, "unterminated string", True),
    (
        'msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n',
        9,
        "duplicate entry for msgid 'a' (first at line 6)",
        True,
    ),
    (
        '# note\nmsgid "a"\nmsgstr "b"\n\n#, fuzzy\nmsgid "a"\nmsgstr "c"\n',
        10,
        "first at line 6",
        True,
    ),
    ('msgid "a"\nmsgstr "b"\n\n#~ msgid "a"\n#~ msgstr "c"\n', 9, "duplicate entry", True),
    (
        'msgctxt "x"\nmsgid "a"\nmsgstr "b"\n\nmsgctxt "x"\nmsgid "a"\nmsgstr "c"\n',
        10,
        "duplicate entry",
        True,
    ),
    ('msgid "a"\nmsgstr "b" x\n', 7, "unescaped quote", True),
    ('msgid "a"\nmsgstr "b "c" d"\n', 7, "unescaped quote", True),
    ('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\n', 6, "1 plural forms, the header says 2", True),
    ('msgid "a"\nmsgid_plural "as"\nmsgstr[1] "b"\nmsgstr[2] "c"\n', 6, "without gaps", True),
    ('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\nmsgstr[2] "c"\n', 6, "without gaps", True),
    ('msgid "a"\nmsgid_plural "as"\nmsgstr "b"\n', 8, "msgid_plural needs msgstr[0]", True),
    ('msgid "a"\nmsgstr[0] "b"\n', 6, "msgstr[n] without msgid_plural", True),
    (
        'msgid "a"\nmsgid_plural "as"\n\nmsgid "b"\nmsgstr "c"\n',
        6,
        "msgid_plural without msgstr",
        True,
    ),
    ('msgid "a"\nmsgstr "b"\nbogus line\n', 8, "syntax error: 'bogus line'", True),
    ('msgid "a"\nmsgstr "b"\n\nmsgid "c"\n', 9, "msgid without msgstr", True),
    ('msgid "a"\n\nmsgid "c"\nmsgstr "d"\n', 6, "msgid without msgstr", True),
    ('#, fuzzy\nmsgstr "b"\n', 7, "msgstr without msgid", True),
    ('msgid\nmsgstr "b"\n', 7, "a string must follow msgid", True),
    ('msgid "a"\nmsgstr\n\nmsgid "c"\nmsgstr "d"\n', 9, "a string must follow msgstr", True),
    ('msgctxt "x"\nmsgstr "b"\n', 7, "msgctxt without msgid", True),
    ('#, fuzzy\n"stray"\nmsgid "a"\nmsgstr "b"\n', 7, "a string line after a comment line", True),
    (
        'msgid "a"\nmsgstr ""\n"b "\n#| msgid "x"\n"c"\n',
        10,
        "a string line after a comment line",
        True,
    ),
    ('#| msgid "x"\n# note\nmsgid "a"\nmsgstr "b"\n', 7, 'a comment after a "#|"', True),
    (
        '#| msgid "x"\n\nmsgid "a"\nmsgstr "b"\n\n#| msgid "y"\n',
        11,
        '"#|" lines without the msgid',
        True,
    ),
    ('#| msgstr "x"\nmsgid "a"\nmsgstr "b"\n', 6, '"#| msgstr"', True),
    (
        'msgid "a"\nmsgstr "b"\n#| msgid "x"\n#| msgctxt "y"\nmsgid "c"\nmsgstr "d"\n',
        9,
        "out of order",
        True,
    ),
    ('#~ msgid "a"\nmsgstr "b"\n', 7, "inconsistent use of #~", True),
    ('#~ msgid "a"\n#~ msgstr "b"\n"c"\n', 8, "inconsistent use of #~", True),
    ('#| msgid "x"\n#~ msgid "a"\n#~ msgstr "b"\n', 7, "inconsistent use of #~", True),
    (
        'msgid ""\nmsgstr "Language: es\\n"\n',
        6,
        'a second header (msgid ""; the first is at line 1)',
        True,
    ),
    ('domain "other"\nmsgid "a"\nmsgstr "b"\n', 6, "domain directives are not supported", True),
    ('msgid "a\\0b"\nmsgstr "b"\n', 6, "\\0 escape", False),
    ('msgid "a\\x04 b"\nmsgstr "b"\n', 6, "context separator", True),
    ('msgid "a"\nmsgstr "b\x04"\n', 7, "context separator", True),
    ('msgid "a\\351"\nmsgstr "b"\n', 6, "escaped bytes in a string are not valid", False),
    ('msgid "a"\nmsgstr "b"\n\nmsgid "a" msgstr "b" é\n', 9, "unescaped quote", True),
    ('msgid "a"\nmsgstr "b"\n\n[ 0 ]\n', 9, "syntax error", True),
    (
        'msgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\nmsgstr[1] "c"\nmsgstr "d"\n',
        10,
        "msgid_plural needs msgstr[0]",
        True,
    ),
    ('msgid "a"\nmsgstr "b"\nmsgstr "c"\n', 8, "a second msgstr", True),
]


@pytest.mark.parametrize(("body", "line", "words", "gettext_refuses"), REFUSALS)
def test_refusals_name_the_line(
    body: str, line: int, words: str, gettext_refuses: bool, tmp_path: Path
) -> None:
    data = (HEADER + body).encode()
    with pytest.raises(CatalogError) as err:
        poread.read(data, path="x.po")
    assert err.value.file == "x.po"
    assert err.value.line == line, str(err.value)
    assert words in err.value.message, str(err.value)
    path = tmp_path / "x.po"
    path.write_bytes(data)
    assert (msgfmt(path).returncode != 0) is gettext_refuses


@pytest.mark.parametrize(
    ("data", "line", "words"),
    [
        (b"\xef\xbb\xbf" + HEADER.encode(), 1, "byte-order mark"),
        (HEADER.replace("\n", "\r\n").encode(), 1, "CRLF"),
        (HEADER.encode() + b'msgid "a"\r\nmsgstr "b"\n', 6, "CRLF"),
        (HEADER.encode() + b'msgid "a"\nmsgstr "\xe9"\n', 7, "not valid UTF-8"),
        (
            HEADER.replace("UTF-8", "ASCII").encode() + b'msgid "a"\n\nmsgstr "\xe9"\n',
            8,
            "not valid UTF-8",
        ),
        (
            HEADER.replace("UTF-8", "EUC-JP").encode() + b'msgid "a"\nmsgstr "\xff\xff"\n',
            7,
            "not valid EUC-JP",
        ),
        (HEADER.replace("UTF-8", "KLINGON-8").encode(), 3, "cannot read: 'KLINGON-8'"),
        (HEADER.replace("UTF-8", "VISCII").encode(), 3, "msgconv"),
        (b'msgid ""\nmsgstr "\xe9"\n', 2, "not valid UTF-8"),
    ],
)
def test_encoding_refusals_name_the_line(data: bytes, line: int, words: str) -> None:
    with pytest.raises(CatalogError) as err:
        poread.read(data, path="x.po")
    assert err.value.line == line, str(err.value)
    assert words in str(err.value)


@pytest.mark.parametrize(
    ("body", "msgid", "msgstr"),
    [
        ('msgid "a"\nmsgstr "b\\\n"\n', "a", "b"),  # backslash-newline joins lines (lex_getc)
        ('msgid\n"a"\nmsgstr\n"b"\n', "a", "b"),
        ('msgid "a" msgstr "b" # a comment for the next entry\n', "a", "b"),
        ('msgid "a"\nmsgid_plural "as"\nmsgstr [ 0 ] "b"\nmsgstr[1]"bs"\n', "a", ""),
    ],
)
def test_what_gettext_also_accepts(body: str, msgid: str, msgstr: str, tmp_path: Path) -> None:
    path = tmp_path / "x.po"
    path.write_bytes((HEADER + body).encode())
    assert msgfmt(path).returncode == 0
    po = poread.read(path.read_bytes(), path="x.po")
    assert (po.entries[0].msgid, po.entries[0].msgstr) == (msgid, msgstr)
    assert model(po) == model(msgcat(path, tmp_path))


# --- found on real files nobody here wrote (benchmarks/po_corpus.py) -----------------------------

HEAD_UTF8 = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
WRAPPED = (
    '\nmsgid ""\n"The delegation welcomed the adoption of the framework and asked that it be "\n'
    '"reviewed every two years."\nmsgstr ""\n"La délégation a salué l\'adoption du cadre et a '
    'demandé qu\'il soit réexaminé "\n"tous les deux ans."\n'
)
ONE_WIDE = (
    '\nmsgid "Short."\nmsgstr "Une ligne modifiée à la main, bien plus large que les 79 colonnes '
    'de gettext."\n'
)


def test_one_wide_line_in_a_wrapped_file_leaves_the_file_wrapped(tmp_path: Path) -> None:
    """A hand edit in a wrapped file: gettext rewraps that line only; so must we."""
    data = (HEAD_UTF8 + WRAPPED + ONE_WIDE).encode()
    po = poread.read(data, path="x.po")
    assert po.wrap
    path = tmp_path / "x.po"
    path.write_bytes(data)
    gnu = subprocess.run(["msgcat", str(path)], capture_output=True, check=True).stdout
    assert pofile.dump(po) == gnu


def test_the_style_that_keeps_more_of_the_lines_wins() -> None:
    """A file of both styles (Transifex wraps msgids, not msgstrs) is written in the style that
    changes fewer of its lines: unwrapping WRAPPED changes its 6 lines, wrapping a wide
    string 1 line each."""

    def wide(n: int) -> str:
        return "".join(
            f'\nmsgid "Entry {i}"\nmsgstr "Une traduction saisie sans retour à la ligne, plus '
            f'large que les 79 colonnes de gettext, numéro {i}."\n'
            for i in range(n)
        )

    assert poread.read((HEAD_UTF8 + WRAPPED + wide(3)).encode(), path="x.po").wrap
    assert not poread.read((HEAD_UTF8 + WRAPPED + wide(7)).encode(), path="x.po").wrap


def test_plural_count_is_checked_on_translated_entries_only() -> None:
    """As msgfmt: an untranslated or fuzzy plural entry may have fewer forms than nplurals."""
    head = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    head += '"Plural-Forms: nplurals=3; plural=n%10==1 ? 0 : n%10>=2 ? 1 : 2;\\n"\n'
    entry = '\n{flag}msgid "one"\nmsgid_plural "many"\nmsgstr[0] "{a}"\nmsgstr[1] "{b}"\n'
    poread.read((head + entry.format(flag="", a="", b="")).encode(), path="x.po")
    poread.read((head + entry.format(flag="#, fuzzy\n", a="x", b="y")).encode(), path="x.po")
    with pytest.raises(CatalogError, match="2 plural forms, the header says 3") as err:
        poread.read((head + entry.format(flag="", a="x", b="y")).encode(), path="x.po")
    assert err.value.line == 6


def test_a_converted_header_keeps_its_own_text_but_the_charset() -> None:
    header = (
        'msgid ""\nmsgstr ""\n"Project-Id-Version: talks\\n"\n"Content-Type: text/plain; '
        'charset=ISO-8859-1\\n"\n"Content-Transfer-Encoding:\\n"\n"X-Note:  two  spaces"\n'
    )
    po = poread.read((header + '\nmsgid "a"\nmsgstr "é"\n').encode("latin-1"), path="x.po")
    assert po.header_msgstr() == (
        "Project-Id-Version: talks\nContent-Type: text/plain; charset=UTF-8\n"
        "Content-Transfer-Encoding:\nX-Note:  two  spaces"
    )


def test_the_header_keeps_its_references_and_extracted_comments(tmp_path: Path) -> None:
    data = f"# title\n#. made by a tool\n#: src/a.c:1\n#, fuzzy\n{HEAD_UTF8}{WRAPPED}".encode()
    path = tmp_path / "x.po"
    path.write_bytes(data)
    gnu = subprocess.run(["msgcat", str(path)], capture_output=True, check=True).stdout
    assert pofile.dump(poread.read(data, path="x.po")) == gnu
    assert b"#: src/a.c:1\n" in gnu


def test_a_nul_byte_is_refused_with_its_line() -> None:
    """gettext cuts a string at a NUL; a final PDF would show U+FFFD."""
    data = (HEAD_UTF8 + '\nmsgid "a"\nmsgstr "x\x00y"\n').encode()
    with pytest.raises(CatalogError, match="NUL byte") as err:
        poread.read(data, path="x.po")
    assert err.value.line == 6


@pytest.mark.parametrize(
    ("forms", "ok"),
    [
        ("nplurals=2; plural=(n != 1);", True),
        ("nplurals=2; plural=(n > 1);;", True),  # real files: msgfmt reads up to the first ';'
        ("nplurals=2; plural=n != 1;\\\\n", True),
        ("nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n%100>=3 && n%100<=10 ? 3 : 5;", True),
        ("nplurals=INTEGER; plural=EXPRESSION;", True),  # a template's placeholder
        ("nplurals=2; plural=n !=;", False),
        ("nplurals=x;", False),
        ("nplurals=2; plural=(n != 1", False),
        ("plural=n != 1;", False),
    ],
)
def test_plural_forms_are_checked_as_msgfmt_reads_them(forms: str, ok: bool) -> None:
    data = f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: {forms}\\n"\n'
    if ok:
        poread.read(data.encode(), path="x.po")
        return
    with pytest.raises(CatalogError, match="invalid Plural-Forms") as err:
        poread.read(data.encode(), path="x.po")
    assert err.value.line == 1


# --- a merge conflict left in a catalog ---------------------------------------------------------


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-C", str(folder), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        capture_output=True,
        text=True,
    )


def conflicted_catalog(folder: Path) -> Path:
    """The sample's French catalog after a real `git merge` of two edits of the same msgstr
    (and of a second entry): git leaves its conflict markers in the file."""
    folder.mkdir()
    po = folder / "fr.po"
    sample = REPO / "locales" / "fr" / "LC_MESSAGES" / "2024-06-20-cyber-security-framework.po"
    po.write_bytes(sample.read_bytes())
    _git(folder, "init", "-q", "-b", "main")
    _git(folder, "add", "fr.po")
    _git(folder, "commit", "-qm", "base")
    _git(folder, "checkout", "-qb", "translator")
    text = sample.read_text(encoding="utf-8")
    edited = text.replace('msgstr "New York"', 'msgstr "New York (États-Unis)"')
    po.write_text(edited.replace("Le pays a demandé", "Le pays a réclamé"), encoding="utf-8")
    _git(folder, "commit", "-qam", "translator")
    _git(folder, "checkout", "-q", "main")
    edited = text.replace('msgstr "New York"', 'msgstr "New-York"')
    po.write_text(edited.replace("Le pays a demandé", "Le pays a exigé"), encoding="utf-8")
    _git(folder, "commit", "-qam", "editor")
    merge = _git(folder, "merge", "translator")
    assert merge.returncode != 0 and "CONFLICT" in merge.stdout, merge.stdout + merge.stderr
    return po


def test_a_merge_conflict_is_named_with_its_lines_and_both_sides(tmp_path: Path) -> None:
    po = conflicted_catalog(tmp_path / "repo")
    data = po.read_bytes()
    lines = data.decode("utf-8").split("\n")
    first = lines.index("<<<<<<< HEAD") + 1
    end = lines.index(">>>>>>> translator") + 1
    assert msgfmt(po).returncode != 0  # gettext refuses it too ("keyword HEAD unknown")
    with pytest.raises(CatalogError) as err:
        poread.read(data, path="locales/fr/x.po")
    exc = err.value
    assert type(exc).__name__ == "MergeConflictError"
    assert exc.file == "locales/fr/x.po" and exc.line == first
    assert exc.message.startswith(
        f"unresolved git merge conflict at lines {first}-{end}, entry msgid 'New York': "
        'HEAD has msgstr "New-York", translator has msgstr "New York (États-Unis)"; 1 more at lines'
    )
    assert "syntax error" not in str(exc)
    assert "git checkout --ours locales/fr/x.po" in (exc.hint or "")
    assert exc.details[:3] == (
        f"locales/fr/x.po:{first}-{end}: merge conflict in msgid 'New York'",
        '  HEAD:       msgstr "New-York"',
        '  translator: msgstr "New York (États-Unis)"',
    )
    assert any("Le pays a exigé" in d for d in exc.details)
    assert any("Le pays a réclamé" in d for d in exc.details)


def test_resolving_as_the_hint_says_gives_a_catalog_gettext_and_we_read(tmp_path: Path) -> None:
    po = conflicted_catalog(tmp_path / "repo")
    # keep one side of each conflict, delete the marker lines
    kept: list[str] = []
    side = ""
    for line in po.read_text(encoding="utf-8").split("\n"):
        if line.startswith("<<<<<<< "):
            side = "ours"
        elif line == "=======":
            side = "theirs"
        elif line.startswith(">>>>>>> "):
            side = ""
        elif side != "theirs":
            kept.append(line)
    po.write_text("\n".join(kept), encoding="utf-8")
    assert msgfmt(po).returncode == 0
    assert poread.read(po.read_bytes(), path="fr.po").find("New York").msgstr == "New-York"  # type: ignore[union-attr]
    # or a whole side, through git
    po2 = conflicted_catalog(tmp_path / "repo2")
    assert _git(po2.parent, "checkout", "--theirs", "fr.po").returncode == 0
    theirs = poread.read(po2.read_bytes(), path="fr.po")
    assert theirs.find("New York").msgstr == "New York (États-Unis)"  # type: ignore[union-attr]


def test_diff3_conflicts_and_markers_without_an_end(tmp_path: Path) -> None:
    head = (REPO / "tests" / "golden" / "2024-06-20-cyber-security-framework.fr.po").read_bytes()
    body = (
        b'\n#: r.md:9\nmsgid "Hello"\n<<<<<<< ours\nmsgstr "Bonjour"\n||||||| base\n'
        b'msgstr "Salut"\n=======\nmsgstr "Bonsoir"\n>>>>>>> theirs\n\n<<<<<<< HEAD\nmsgid "x"\n'
    )
    with pytest.raises(CatalogError) as err:
        poread.read(head + body, path="x.po")
    assert 'ours has msgstr "Bonjour", theirs has msgstr "Bonsoir"' in err.value.message
    assert "Salut" not in err.value.message  # the common ancestor is neither side
    assert "1 more at lines" in err.value.message
