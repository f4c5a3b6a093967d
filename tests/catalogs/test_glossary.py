"""The translators' glossary CSV."""

from __future__ import annotations

import pytest

from tests.conftest import REPO
from workflow.catalogs import glossary
from workflow.errors import LanguageError


def test_sample_glossary_loads() -> None:
    g = glossary.load(REPO / "locales")
    by_term = {t.term: t for t in g.terms}
    assert by_term["EU DisinfoLab"].form("zh") == "EU DisinfoLab"
    assert by_term["Munir Akram"].form("ur") == "منیر اکرم"
    assert by_term["Munir Akram"].form("de") == "Munir Akram"  # a name stays when no form given
    assert by_term["Security Council"].form("de") is None  # a term with no wording: unchecked
    assert [t.term for t in g.protected()][:2] == ["EU DisinfoLab", "Munir Akram"]


def test_errors_name_the_row() -> None:
    with pytest.raises(glossary.GlossaryError) as err:
        glossary.parse("term,kind,fr\nX,dnt,\nY,weird,\n")
    assert err.value.line == 3 and "unknown kind" in str(err.value)
    with pytest.raises(LanguageError):
        glossary.parse("term,kind,../x\nX,dnt,\n")
    with pytest.raises(glossary.GlossaryError, match="first row"):
        glossary.parse("a,b\n")


def test_unclosed_quote_is_reported_not_swallowed() -> None:
    with pytest.raises(glossary.GlossaryError) as err:
        glossary.parse('term,kind,fr\nX,dnt,\n"Y,name,Y fr\nZ,dnt,\n')
    assert err.value.line == 3 and "unclosed quote" in str(err.value)


def test_a_term_twice_is_refused_with_both_lines() -> None:
    text = "term,kind,fr\nEU DisinfoLab,dnt,\nMunir Akram,name,Munir Akram\nEU DisinfoLab,term,UE\n"
    with pytest.raises(glossary.GlossaryError, match="also at line 2, with another kind") as err:
        glossary.parse(text)
    assert err.value.line == 4
