"""merge.py against GNU msgmerge 0.21 (`msgmerge --previous`), run on the same
catalogs: fuzzy matches (obsolete entries included), what obsolete entries keep, the header,
the similarity measure on Chinese and Arabic; and the extract step's merges end to end."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from tests.conftest import msgfmt_check
from workflow.catalogs import extract, merge, pofile
from workflow.catalogs.types import Catalog, Entry
from workflow.lang import languages
from workflow.workspace import open_workspace

NOW = "2024-06-20 09:00+0000"
FR = languages.parse("fr")
UTF8 = '"Content-Type: text/plain; charset=UTF-8\\n"\n'


def msgmerge(tmp_path: Path, old: str, pot: str) -> Catalog:
    """GNU msgmerge --previous on two catalog texts, its output read back."""
    (tmp_path / "old.po").write_text(old, encoding="utf-8")
    (tmp_path / "new.pot").write_text(pot, encoding="utf-8")
    out = tmp_path / "gnu.po"
    subprocess.run(
        ["msgmerge", "--quiet", "--previous", "-o", str(out), "old.po", "new.pot"],
        cwd=tmp_path,
        check=True,
    )
    return pofile.parse(out.read_bytes(), path="gnu.po")


def ours(old: str, pot: str, language: languages.Language = FR) -> tuple[Catalog, Catalog]:
    """Our merge of the same texts: as merged, and as written and read back."""
    merged, _ = merge.merge(
        pofile.parse(old.encode(), path="old.po"),
        pofile.parse(pot.encode(), path="new.pot"),
        language,
    )
    return merged, pofile.parse(pofile.dump(merged), path="ours.po")


def view(po: Catalog) -> list[tuple[object, ...]]:
    """Everything an entry says, in file order."""
    return [
        (
            e.obsolete,
            e.msgctxt,
            e.msgid,
            e.msgid_plural,
            e.msgstr,
            sorted(e.msgstr_plural.items()),
            e.fuzzy,
            sorted(f for f in e.flags if f != "fuzzy"),
            e.tcomments,
            e.comments,
            e.occurrences,
            e.previous_msgctxt,
            e.previous_msgid,
            e.previous_msgid_plural,
        )
        for e in po
    ]


def head(po: Catalog) -> tuple[object, ...]:
    return list(po.metadata.items()), po.header_comments, po.metadata_is_fuzzy


POT = f"""# SOME TITLE
#, fuzzy
msgid ""
msgstr ""
"Project-Id-Version: pot-proj 2\\n"
"Report-Msgid-Bugs-To: bugs@pot\\n"
"POT-Creation-Date: 2024-07-01 10:00+0000\\n"
"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\\n"
"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n"
"Language-Team: LANGUAGE <LL@li.org>\\n"
"Language: \\n"
"MIME-Version: 1.0\\n"
{UTF8}"Content-Transfer-Encoding: 8bit\\n"
"X-Generator: pot-gen 1\\n"
"X-Pot-Only: yes\\n"

#. paragraph
#: rel.md:3
msgid "The cat sat on the red mat today."
msgstr ""

#. paragraph
#: rel.md:5
msgid "The dog barked at the postman all morning long."
msgstr ""

#: rel.md:7
msgid "Birds were singing in the garden yesterday."
msgstr ""

#: rel.md:9
msgid "Completely new sentence nobody translated."
msgstr ""

#: rel.md:11
msgid "Revived sentence exactly as before."
msgstr ""

#: rel.md:13
msgid "One two three four five six seven eight."
msgstr ""

#: rel.md:15
msgid "abc"
msgstr ""

#: rel.md:17
msgid "wxyz"
msgstr ""

#: rel.md:19
msgid "abce"
msgstr ""

#: rel.md:21
msgid "Alpha beta gamma delta epsilon zeta."
msgstr ""
"""

OLD = f"""# French translation.
# Translator One, 2024.
msgid ""
msgstr ""
"X-First: a\\n"
"Project-Id-Version: translator-proj 1\\n"
"Language-Team: French <fr@li.org>\\n"
{UTF8}"Plural-Forms: nplurals=2; plural=(n > 1);\\n"
"POT-Creation-Date: 2024-06-01 10:00+0000\\n"
"PO-Revision-Date: 2024-06-02 11:00+0000\\n"
"Last-Translator: Jeanne <j@x.fr>\\n"
"MIME-Version: 1.0\\n"
"X-Generator: Poedit 3.4\\n"
"Content-Transfer-Encoding: 8bit\\n"
"X-Last: z\\n"

#, fuzzy
#: x.md:1
msgid "Alpha beta gamma delta epsilon."
msgstr "Alpha flou, sans msgid précédent."

msgid "One two three four five six seven nine."
msgstr "Vivant."

msgid "abcd"
msgstr "ABCD"

msgid "wxy"
msgstr "WXY"

# live untranslated that will go
#: a.md:1
msgid "Live untranslated going away."
msgstr ""

# live fuzzy without previous
#, fuzzy, no-wrap
#: a.md:2
msgid "Live fuzzy going away entirely."
msgstr "Flou."

# A translator note on the obsolete one.
#, fuzzy, c-format
#~| msgid "The cat sat on a mat."
#~ msgid "The cat sat on the mat today."
#~ msgstr "Le chat était sur le tapis aujourd'hui."

#~ msgid "The dog barked at the postman all morning."
#~ msgstr ""

# reviewed note
#~ msgid "Birds were singing in the garden."
#~ msgstr "Les oiseaux chantaient dans le jardin."

# kept obsolete note
#, no-wrap
#~| msgid "Something quite unrelated was here."
#~ msgid "Something unrelated was here before."
#~ msgstr "Autre chose."

#~ msgid "Untranslated and obsolete."
#~ msgstr ""

# revived note
#, fuzzy, no-wrap
#~| msgid "Revived sentence as before."
#~ msgid "Revived sentence exactly as before."
#~ msgstr "Ressuscitée."

#~ msgid "One two three four five six seven."
#~ msgstr "Obsolète."

#~ msgid "abd"
#~ msgstr "court"
"""


# OLD without its obsolete entries' previous msgids ("#~|")
OLD_PLAIN = "".join(line for line in OLD.splitlines(keepends=True) if not line.startswith("#~|"))


@pytest.mark.parametrize("old", [OLD_PLAIN, OLD], ids=["plain", "obsolete-previous"])
def test_merge_is_msgmerge_previous(tmp_path: Path, old: str) -> None:
    """Entry for entry and field for field, the header included, what msgmerge writes; and
    the file itself, byte for byte."""
    gnu, (merged, written) = msgmerge(tmp_path, old, POT), ours(old, POT)
    assert view(written) == view(gnu)
    assert head(merged) == head(gnu)
    assert pofile.dump(merged) == (tmp_path / "gnu.po").read_bytes()


def test_obsolete_entries_are_fuzzy_candidates(tmp_path: Path) -> None:
    """The issue's case: a deleted sentence (now `#~`) restored with one word changed comes
    back fuzzy with its old translation and `#| msgid`; the obsolete entry goes."""
    by_id = {e.msgid: e for e in ours(OLD_PLAIN, POT)[1]}
    birds = by_id["Birds were singing in the garden yesterday."]
    assert (birds.msgstr, birds.fuzzy, birds.previous_msgid, birds.tcomments) == (
        "Les oiseaux chantaient dans le jardin.",
        True,
        "Birds were singing in the garden.",
        ["reviewed note"],
    )
    assert "Birds were singing in the garden." not in by_id
    # an old fuzzy entry passes on the previous msgid it had: none if none
    cat = by_id["The cat sat on the red mat today."]
    assert cat.fuzzy and cat.previous_msgid is None
    assert cat.flags == ["fuzzy"]  # c-format was the old entry's own: gettext drops it
    assert cat.comments == ["paragraph"] and cat.occurrences == [("rel.md", "3")]
    alpha = by_id["Alpha beta gamma delta epsilon zeta."]
    assert alpha.fuzzy and alpha.previous_msgid is None
    # an obsolete entry without translation is no candidate, and is dropped
    assert by_id["The dog barked at the postman all morning long."].msgstr == ""
    assert "The dog barked at the postman all morning." not in by_id
    assert "Untranslated and obsolete." not in by_id
    assert "Live untranslated going away." not in by_id
    # msgmerge's candidates: a 4-character n-gram in common, or a short msgid of fitting length
    assert by_id["abce"].msgstr == "" and by_id["wxyz"].msgstr == ""  # fstrcmp 0.75, 0.86
    assert by_id["abc"].msgstr == "ABCD"  # 0.86, over "abd" (0.67): short ones by byte length
    assert by_id["wxy"].obsolete and by_id["abd"].obsolete
    # the closest of a live and an obsolete candidate wins, whichever it is
    assert by_id["One two three four five six seven eight."].msgstr == "Obsolète."
    # the same source back: revived as it was (fuzzy), its no-wrap gone
    revived = by_id["Revived sentence exactly as before."]
    assert (revived.obsolete, revived.fuzzy, revived.flags) == (False, True, ["fuzzy"])
    assert revived.tcomments == ["revived note"]


def test_a_fuzzy_old_entry_passes_on_its_previous_msgid() -> None:
    """`#|` names the source the translation was made for (the model, whatever the reader)."""
    old = pofile.parse(f'msgid ""\nmsgstr ""\n{UTF8}'.encode(), path="old.po")
    for obsolete in (True, False):
        old.append(
            Entry(
                msgid=f"The cat sat on the mat, obsolete={obsolete}.",
                msgstr="Le chat.",
                flags=["fuzzy"],
                obsolete=obsolete,
                previous_msgid=f"The cat sat on a mat, obsolete={obsolete}.",
            )
        )
    old.append(Entry(msgid="Revived.", msgstr="Ressuscitée.", flags=["fuzzy"], obsolete=True))
    old[-1].previous_msgid = "Revived before."
    pot = pofile.template("r", [], created=NOW)
    for obsolete in (True, False):
        pot.append(Entry(msgid=f"The cat sat on the red mat, obsolete={obsolete}."))
    pot.append(Entry(msgid="Revived."))
    merged, report = merge.merge(old, pot, FR)
    assert (report.fuzzy, report.kept, report.obsoleted, len(merged)) == (2, 1, 0, 3)
    for e, obsolete in zip(merged, (True, False), strict=False):
        assert (e.obsolete, e.fuzzy, e.msgstr) == (False, True, "Le chat.")
        assert e.previous_msgid == f"The cat sat on a mat, obsolete={obsolete}."
    revived = merged[2]
    assert (revived.obsolete, revived.fuzzy, revived.msgstr) == (False, True, "Ressuscitée.")
    assert revived.previous_msgid == "Revived before."


def test_obsolete_entries_keep_all_msgmerge_keeps(tmp_path: Path) -> None:
    """Translator comments, flags and the previous msgid (`#~|`) stay; `#.` and `#:` go, on
    entries obsolete already and on those obsoleted now (the model, whatever the reader)."""
    old = pofile.parse(f'msgid ""\nmsgstr ""\n{UTF8}'.encode(), path="old.po")
    for obsolete in (True, False):
        old.append(
            Entry(
                msgid=f"Gone sentence, obsolete={obsolete}.",
                msgstr="Partie.",
                msgctxt="ctx",
                flags=["fuzzy", "no-wrap"],
                tcomments=["note", "", "second line"],
                comments=["paragraph"],
                occurrences=[("old.md", "4")],
                obsolete=obsolete,
                previous_msgid="The gone sentence.",
                previous_msgctxt="old ctx",
            )
        )
    pot = pofile.template("r", [], created=NOW)
    merged, report = merge.merge(old, pot, FR)
    assert report.obsoleted == 1
    for e in merged:
        assert e.obsolete
        assert (e.msgctxt, e.msgstr, e.flags, e.tcomments) == (
            "ctx",
            "Partie.",
            ["fuzzy", "no-wrap"],
            ["note", "", "second line"],
        )
        assert (e.previous_msgid, e.previous_msgctxt) == ("The gone sentence.", "old ctx")
        assert (e.comments, e.occurrences) == ([], [])
    # what msgmerge writes for the same entries
    text = (
        f'msgid ""\nmsgstr ""\n{UTF8}\n# note\n#.  paragraph\n#: old.md:4\n#, fuzzy, no-wrap\n'
        '#| msgctxt "old ctx"\n#| msgid "The gone sentence."\nmsgctxt "ctx"\n'
        'msgid "Gone sentence."\nmsgstr "Partie."\n'
    )
    (tmp_path / "old.po").write_text(text)
    (tmp_path / "new.pot").write_text(f'msgid ""\nmsgstr ""\n{UTF8}')
    gnu = subprocess.run(
        ["msgmerge", "--quiet", "--previous", "-o", "-", "old.po", "new.pot"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert gnu.endswith(
        '# note\n#, fuzzy, no-wrap\n#~| msgctxt "old ctx"\n#~| msgid "The gone sentence."\n'
        '#~ msgctxt "ctx"\n#~ msgid "Gone sentence."\n#~ msgstr "Partie."\n'
    )


# --- the similarity measure ---------------------------------------------------------------------

# (old msgid, new msgid): pairs where the byte and the character measures agree, and pairs
# where they do not (a changed CJK character is 3 bytes, an Arabic letter 2, sharing a lead
# byte with many others: bytes rate such edits closer than characters do)
SCRIPT_PAIRS = [
    ("秘书长今天在纽约发表讲话。", "秘书长昨天在日内瓦发表讲话。"),  # both: match
    ("大会通过了关于气候变化的决议。", "大会否决了关于海洋保护的提案。"),  # both: none
    ("会议讨论了网络安全问题。", "会议讨论了数据保护和隐私问题。"),  # bytes 0.64, chars 0.59
    ("代表团欢迎东道国的支持。", "代表团感谢东道国提供的帮助。"),  # no 4-gram in common
    ("رحب السفير بالوفود.", "رحب الوزير بالضيوف."),  # both: match
    (
        "رحب الأمين العام بالوفود في نيويورك.",
        "شكر الأمين العام الحكومة المضيفة على دعمها.",
    ),  # bytes 0.63, chars 0.56
]


def test_similarity_is_msgmerge_fstrcmp_on_utf8_bytes(tmp_path: Path) -> None:
    """Decided: msgmerge's byte measure, so that our fuzzy matches are msgmerge's. Next to each
    other, real msgmerge's decision, ours, and what the character measure would decide."""
    table = []
    for n, (old, new) in enumerate(SCRIPT_PAIRS):
        po = f'msgid ""\nmsgstr ""\n{UTF8}\nmsgid "{old}"\nmsgstr "T{n}"\n'
        pot = f'msgid ""\nmsgstr ""\n{UTF8}\nmsgid "{new}"\nmsgstr ""\n'
        gnu = msgmerge(tmp_path, po, pot).find(new)
        mine = ours(po, pot, languages.parse("zh"))[1].find(new)
        assert gnu is not None and mine is not None
        table.append(
            (
                round(merge.similarity(old, new), 3),
                round(merge.char_similarity(old, new), 3),
                gnu.msgstr == f"T{n}",
                mine.msgstr == f"T{n}",
                merge.char_similarity(old, new) >= merge.FUZZY_THRESHOLD,
            )
        )
    # bytes, chars, msgmerge matched, we matched, characters (without the 4-gram filter) would
    assert table == [
        (0.79, 0.741, True, True, True),
        (0.489, 0.467, False, False, False),
        (0.642, 0.593, True, True, False),
        (0.667, 0.615, False, False, True),  # no candidate: no 4 characters in a row shared
        (0.8, 0.789, True, True, True),
        (0.634, 0.557, True, True, False),
    ]


def test_similarity_basics() -> None:
    assert merge.similarity("abc", "abc") == 1.0
    assert merge.similarity("", "") == 1.0 and merge.similarity("a", "") == 0.0
    assert merge.similarity("The cat sat.", "The cat sat down.") > 0.6
    assert merge.similarity("Hello", "A completely different sentence.") < 0.6
    assert merge.similarity("é", "e") == 0.0  # b"\xc3\xa9" and b"e": no byte in common
    assert merge.similarity("é", "è") == 0.5  # the lead byte \xc3 in common
    assert merge.fstrcmp(b"ab", b"abcdefgh", 0.6) == 0.0  # cannot reach the bound


# --- end to end through extract -----------------------------------------------------------------

BEFORE = """---
title: Cyber talks open
date: 2024-06-20
place: New York
language: en
languages: [fr]
---

# Talks open in New York

The Ambassador welcomed the delegations. He thanked the host country for its support.

The meeting discussed ransomware attacks on hospitals. It also discussed the theft of data.

- Confidence-building measures were agreed.
- A directory of points of contact was launched.

A sentence that will be removed entirely from the release.
"""

AFTER = """---
title: Cyber talks open
date: 2024-06-20
place: New York
language: en
languages: [fr]
---

# Talks open in New York

The Ambassador warmly welcomed the delegations. He thanked the host country for its support.

The meeting discussed ransomware attacks against hospitals. It also discussed the theft of data.

- Confidence-building measures were agreed.
- A directory of points of contact was launched.
- A brand new item about quantum computing and outer space.
"""

TRANSLATIONS = {
    "Talks open in New York": ("Ouverture des pourparlers à New York", False),
    "The Ambassador welcomed the delegations.": (
        "L'Ambassadeur a accueilli les délégations.",
        False,
    ),
    "He thanked the host country for its support.": ("Il a remercié le pays hôte.", True),
    "The meeting discussed ransomware attacks on hospitals.": (
        "La réunion a examiné les rançongiciels visant les hôpitaux.",
        False,
    ),
    "Confidence-building measures were agreed.": (
        "Des mesures de confiance ont été convenues.",
        True,
    ),
    "A sentence that will be removed entirely from the release.": ("Une phrase supprimée.", False),
}


def _translate(path: Path) -> None:
    po = polib.pofile(str(path))
    for e in po:
        if e.msgid in TRANSLATIONS:
            e.msgstr, fuzzy = TRANSLATIONS[e.msgid]
            if fuzzy:
                e.flags.append("fuzzy")
                e.tcomment = "machine: argos translate-en_fr 1.9"
            else:
                e.tcomment = "Checked with the desk officer."
    po.metadata["Project-Id-Version"] = "Cyber talks, French desk"
    po.metadata["Last-Translator"] = "Jeanne Dupont <jd@example.org>"
    po.metadata["X-Poedit-Basepath"] = "../.."
    po.save(str(path))


def _extract_like_msgmerge(
    ws_root: Path, tmp_path: Path, text: str, now: str
) -> tuple[Catalog, Catalog]:
    """Extract after the release changed; and msgmerge --previous on the catalog before."""
    po_path = ws_root / "locales" / "fr" / "LC_MESSAGES" / "talks.po"
    old = tmp_path / "old.po"
    shutil.copy(po_path, old)
    (ws_root / "releases" / "talks.md").write_text(text)
    extract.extract(open_workspace(ws_root), ["talks"], now=now)
    gnu = tmp_path / "gnu.po"
    pot = ws_root / "locales" / "templates" / "talks.pot"
    subprocess.run(
        ["msgmerge", "--quiet", "--previous", "-o", str(gnu), str(old), str(pot)], check=True
    )
    msgfmt_check(po_path)
    return (
        pofile.parse(po_path.read_bytes(), path="ours.po"),
        pofile.parse(gnu.read_bytes(), path="gnu.po"),
    )


def test_reextract_behaves_like_msgmerge_previous(workspace: Path, tmp_path: Path) -> None:
    (workspace / "releases" / "talks.md").write_text(BEFORE)
    extract.extract(open_workspace(workspace), ["talks"], now=NOW)
    _translate(workspace / "locales" / "fr" / "LC_MESSAGES" / "talks.po")
    mine, gnu = _extract_like_msgmerge(workspace, tmp_path, AFTER, "2024-06-21 09:00+0000")
    assert view(mine) == view(gnu)
    assert head(mine) == head(gnu)
    by_id = {e.msgid: e for e in mine}
    edited = by_id["The Ambassador warmly welcomed the delegations."]
    assert (edited.msgstr, edited.fuzzy, edited.previous_msgid, edited.tcomment) == (
        "L'Ambassadeur a accueilli les délégations.",
        True,
        "The Ambassador welcomed the delegations.",
        "Checked with the desk officer.",
    )
    assert by_id["He thanked the host country for its support."].fuzzy  # still machine
    assert not by_id["Talks open in New York"].fuzzy
    assert by_id["A sentence that will be removed entirely from the release."].obsolete
    assert by_id["A brand new item about quantum computing and outer space."].msgstr == ""
    # the translator's header stays; the template's creation date comes in
    assert mine.metadata["Project-Id-Version"] == "Cyber talks, French desk"
    assert mine.metadata["Last-Translator"] == "Jeanne Dupont <jd@example.org>"
    assert mine.metadata["POT-Creation-Date"] == "2024-06-21 09:00+0000"
    assert list(mine.metadata)[-1] == "X-Poedit-Basepath"


def test_deleted_sentence_restored_with_an_edit_comes_back_fuzzy(
    workspace: Path, tmp_path: Path
) -> None:
    """The issue's report: deleted (obsolete), then restored with one word changed."""
    (workspace / "releases" / "talks.md").write_text(BEFORE)
    extract.extract(open_workspace(workspace), ["talks"], now=NOW)
    _translate(workspace / "locales" / "fr" / "LC_MESSAGES" / "talks.po")
    gone = BEFORE.replace("The meeting discussed ransomware attacks on hospitals. ", "")
    mine, gnu = _extract_like_msgmerge(workspace, tmp_path, gone, "2024-06-21 09:00+0000")
    assert view(mine) == view(gnu)
    dropped = [e for e in mine if e.obsolete and "ransomware" in e.msgid]
    assert len(dropped) == 1
    back = BEFORE.replace("attacks on hospitals", "attacks against hospitals")
    mine, gnu = _extract_like_msgmerge(workspace, tmp_path, back, "2024-06-22 09:00+0000")
    assert view(mine) == view(gnu)
    restored = mine.find("The meeting discussed ransomware attacks against hospitals.")
    assert restored is not None
    assert (restored.msgstr, restored.fuzzy, restored.previous_msgid) == (
        "La réunion a examiné les rançongiciels visant les hôpitaux.",
        True,
        "The meeting discussed ransomware attacks on hospitals.",
    )
    assert not [e for e in mine if e.obsolete and "ransomware" in e.msgid]


@pytest.mark.parametrize(
    ("old", "new", "trivial"),
    [
        ('He said "yes".', "He said “yes”.", True),
        ("Two  spaces here.", "Two spaces here.", True),
        ("The goverment acted.", "The govermant acted.", True),
        ("The government acted.", "The governments acted.", False),  # length changed
        ("Over 240 million people.", "Over 241 million people.", False),  # a figure
        ("The council met today.", "The council met Monday.", False),  # a different word
    ],
)
def test_trivial_edit(old: str, new: str, trivial: bool) -> None:
    assert merge.trivial_edit(old, new) is trivial


def test_trivial_edits_carry_reviewed_translations_only_when_asked(workspace: Path) -> None:
    rel = workspace / "releases" / "talks.md"
    rel.write_text(BEFORE)
    ws = open_workspace(workspace)
    extract.extract(ws, ["talks"], now=NOW)
    po_path = workspace / "locales" / "fr" / "LC_MESSAGES" / "talks.po"
    _translate(po_path)
    edited = BEFORE.replace("The Ambassador welcomed", "The  Ambassador welcomed").replace(
        "attacks on hospitals", "attacks an hospitals"
    )
    rel.write_text(edited)
    (workspace / "workflow.toml").write_text("[extract]\ncarry_trivial_edits = true\n")
    extract.extract(open_workspace(workspace), ["talks"], now=NOW)
    entries = {e.msgid: e for e in pofile.parse(po_path.read_bytes(), path="fr.po")}
    carried = entries["The meeting discussed ransomware attacks an hospitals."]
    assert not carried.fuzzy and carried.previous_msgid is None
    assert carried.msgstr == "La réunion a examiné les rançongiciels visant les hôpitaux."
    assert "source edit carried over (trivial), was: The meeting discussed" in carried.tcomment
    # off by default: the same edit comes back fuzzy, as msgmerge does
    (workspace / "workflow.toml").unlink()
    rel.write_text(edited.replace("attacks an hospitals", "attacks in hospitals"))
    extract.extract(open_workspace(workspace), ["talks"], now=NOW)
    entries = {e.msgid: e for e in pofile.parse(po_path.read_bytes(), path="fr.po")}
    assert entries["The meeting discussed ransomware attacks in hospitals."].fuzzy
    msgfmt_check(po_path)


def test_an_obsolete_twin_of_a_live_entry_is_not_written_again() -> None:
    """gettext refuses a live and an obsolete entry with one msgid (so does our reader); a
    catalog built in code may still hold the pair, and the merge must not write it back."""
    old = pofile.new_file()
    old.append(Entry(msgid="a b c d", msgstr="live"))
    old.append(Entry(msgid="a b c d", msgstr="obsolete", obsolete=True))
    pot = pofile.template("r", [], created=NOW)
    pot.append(Entry(msgid="a b c d"))
    merged, _ = merge.merge(old, pot, FR)
    assert [(e.msgid, e.msgstr, e.obsolete) for e in merged] == [("a b c d", "live", False)]


def test_a_legacy_charset_catalog_is_converted_to_utf8_on_the_next_write(
    workspace: Path,
) -> None:
    rel = workspace / "releases" / "talks.md"
    rel.write_text(BEFORE)
    ws = open_workspace(workspace)
    extract.extract(ws, ["talks"], now=NOW)
    po_path = workspace / "locales" / "fr" / "LC_MESSAGES" / "talks.po"
    _translate(po_path)
    latin1 = subprocess.run(
        ["msgconv", "--to-code=ISO-8859-1", str(po_path)], capture_output=True, check=True
    ).stdout
    assert "é".encode("latin-1") in latin1 and "é".encode() not in latin1
    po_path.write_bytes(latin1)  # a translator's tool saved it in Latin-1

    rel.write_text(AFTER)
    report = extract.extract(ws, ["talks"], now="2024-06-21 09:00+0000")
    change = next(c for c in report.changes if c.path.endswith("fr/LC_MESSAGES/talks.po"))
    assert "converted from ISO-8859-1 to UTF-8" in change.detail
    text = po_path.read_bytes().decode("utf-8")
    assert "charset=UTF-8" in text and "Ouverture des pourparlers à New York" in text
    msgfmt_check(po_path)
