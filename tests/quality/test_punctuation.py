"""The quotes check: a quotation of the source stays a quotation."""

from __future__ import annotations

from workflow.lang import languages
from workflow.quality.punctuation import quote_marks
from workflow.quality.registry import CHECKS, Context, EntryView

EN = languages.parse("en")
SOURCE = '"Cyberspace must remain peaceful," he said.'


def problems(code: str, target: str, source: str = SOURCE) -> list[tuple[str, str]]:
    ctx = Context(EN, languages.parse(code))
    return [(p.severity, p.message) for p in CHECKS["quotes"].run(EntryView(source, target), ctx)]


def test_quote_marks_of_every_style_apostrophes_aside() -> None:
    assert quote_marks("« Le cyberespace », a-t-il dit") == 2
    assert quote_marks("“他说”和《联合国宪章》") == 4
    assert quote_marks("l’ambassadeur d’Inde") == 0
    assert quote_marks("‘a’ and ’tis") == 3


def test_a_quotation_made_paraphrase_is_an_error() -> None:
    assert problems("fr", "« Le cyberespace doit rester pacifique », a-t-il déclaré.") == []
    assert problems("pt", "“O ciberespaço deve permanecer pacífico”, disse ele.") == []
    assert problems("pt", "O ciberespaço deve permanecer pacífico, disse ele.") == [
        (
            "error",
            "the source has 2 quotation mark(s), the translation none: a quotation made "
            "paraphrase (direct speech must stay direct)",
        )
    ]
    two = '"A," he said, "and B."'
    assert [s for s, _ in problems("fr", "« A », a-t-il dit, et B.", two)] == ["warning"]


def test_a_word_or_two_quoted_may_be_said_without_marks() -> None:
    source = "He said the plan was “unacceptable”."
    assert [s for s, _ in problems("ru", "Он назвал план неприемлемым.", source)] == ["warning"]
    source = "He said he was “deeply alarmed”."
    assert [s for s, _ in problems("ru", "Он выразил глубокую тревогу.", source)] == ["warning"]
    source = "He said “the window is closing”."
    assert [s for s, _ in problems("ru", "Он сказал, что окно закрывается.", source)] == ["error"]
