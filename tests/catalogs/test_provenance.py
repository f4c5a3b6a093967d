"""Provenance comments that stay true: a machine text a person changed says so."""

from __future__ import annotations

from workflow.catalogs import merge, pofile, provenance
from workflow.catalogs.types import Catalog, new_entry
from workflow.lang import languages

NOTE = "machine: bergamot enpt-1693087644 0.2.0"


def filled(msgstr: str = "Nova Iorque", *notes: str) -> Catalog:
    po = Catalog()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "pt"}
    po.append(new_entry(msgid="New York", msgstr="", occurrences=[("r.md", "4")]))
    assert pofile.fill(po, "New York", msgstr, list(notes or (NOTE,)), fuzzy=True)
    return po


def test_fill_stamps_the_text_it_wrote() -> None:
    e = filled()[0]
    fp = provenance.fingerprint("Nova Iorque")
    assert e.tcomments == [f"{NOTE} (text {fp})"]
    assert pofile.is_machine(e) and not provenance.edited(e)


def test_a_changed_text_is_no_longer_machine_and_says_it_was_edited() -> None:
    po = filled("Nova Iorque", NOTE, "machine-warning: a link could not be restored")
    e = po[0]
    e.tcomments.insert(0, "a translator's own note")
    e.msgstr = "Nova York"  # the translator's text; still fuzzy: not reviewed yet
    assert provenance.edited(e) and not pofile.is_machine(e)
    assert pofile.to_translate(po, retranslate=True) == []  # --retranslate leaves it alone
    assert provenance.settle(e)
    assert e.tcomments == ["a translator's own note", f"edited from {NOTE}"]
    assert not provenance.settle(e)  # settled once


def test_an_accepted_machine_text_keeps_its_machine_comment() -> None:
    e = filled()[0]
    e.flags.remove("fuzzy")  # reviewed as it was
    assert not provenance.settle(e)
    assert e.tcomments[0].startswith(NOTE)


def test_memory_reuses_and_old_comments() -> None:
    po = filled("Nova Iorque", "tm: locales/pt/LC_MESSAGES/other.po")
    po[0].msgstr = "Nova York"
    assert provenance.settle(po[0])
    assert po[0].tcomments == ["edited from tm: locales/pt/LC_MESSAGES/other.po"]
    old = new_entry(msgid="x", msgstr="y", tcomment=NOTE, flags=["fuzzy"])  # no fingerprint
    assert pofile.is_machine(old) and not provenance.settle(old)


def test_a_refill_replaces_an_edited_note() -> None:
    po = filled()
    po[0].msgstr = "Nova York"
    provenance.settle(po[0])
    po[0].msgstr = ""  # the translator emptied it: it is open again
    assert pofile.fill(po, "New York", "Nova Iorque", [NOTE], fuzzy=True)
    assert po[0].tcomments == [f"{NOTE} (text {provenance.fingerprint('Nova Iorque')})"]


def test_merge_settles_what_a_translator_changed() -> None:
    po = filled()
    po[0].msgstr = "Nova York"
    po[0].flags.remove("fuzzy")
    pot = Catalog()
    pot.append(new_entry(msgid="New York", msgstr="", occurrences=[("r.md", "4")]))
    merged, _ = merge.merge(po, pot, languages.parse("pt"))
    assert merged[0].msgstr == "Nova York" and not merged[0].fuzzy
    assert merged[0].tcomments == [f"edited from {NOTE}"]
