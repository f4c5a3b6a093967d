"""workflow.mt.protect: masking spans around machine translation and restoring them."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workflow.errors import EngineError
from workflow.mt.figures import (
    ENGLISH,
    PORTUGUESE,
    format_figure,
    missing_figures,
    number_readings,
    parse_figure,
)
from workflow.mt.protect import (
    STYLES,
    Protected,
    protect,
    restore,
    translate_protected,
)

TERMS = ("Munir Akram", "EU DisinfoLab", "EU", "Ishaq Dar")

# (source, kinds of the spans in placeholder order, text the engine must see)
SPAN_CASES: list[tuple[str, list[str], str]] = [
    ("Call **now** please.", ["strong", "strong"], "Call [1] now [2] please."),
    ("Call __now__ please.", ["strong", "strong"], "Call [1] now [2] please."),
    ("An *urgent* call.", ["em", "em"], "An [1] urgent [2] call."),
    ("An _urgent_ call.", ["em", "em"], "An [1] urgent [2] call."),
    ("A ***very*** big ~~old~~ deal.", ["strong"] * 2 + ["strike"] * 2, None),
    ("Run `make test` now.", ["code"], "Run [1] now."),
    ("See [the report](https://un.org/r?id=1) today.", ["link", "link"], None),
    ("See [the report][ref] today.", ["link", "link"], "See [1] the report [2] today."),
    ("Visit https://pakun.org/statements/2024-09-24.", ["url"], "Visit [1]."),
    ("Visit www.un.org, then rest.", ["url"], "Visit [1], then rest."),
    ("Write to press@pakun.org or mailto:a.b@c.org.", ["email", "email"], None),
    ("Call +41 22 749 19 30 today.", ["phone"], "Call [1] today."),
    ("Ambassador Munir Akram spoke.", ["term"], "Ambassador [1] spoke."),
    ("The EU DisinfoLab and the EU.", ["term", "term"], "The [1] and the [2]."),
    ("Over 1,250,000 homes.", ["number"], "Over [1] homes."),
    ("An image ![logo](logo.png) here.", ["image"], "An image [1] here."),
    ("An autolink <https://un.org> here.", ["autolink"], "An autolink [1] here."),
    ("Line<br/>break and <span>x</span>.", ["html"] * 3, None),
    ("Not \\*emphasis\\* here.", ["escape", "escape"], "Not [1]emphasis[2] here."),
    ("See note [3] below.", ["literal"], "See note [1] below."),
    ("Minister **Ishaq Dar** spoke.", ["strong"], "Minister [1] spoke."),
    ("**[Read more](https://x.org/a)** now.", ["strong", "link", "link", "strong"], None),
    ('He said "*enough*" (**twice**).', ["em", "em", "strong", "strong"], None),
    # source/inline.py's one URL pattern: "*" and "_" end no URL, nor do Chinese punctuation
    # and the link text's marks: the pair around the URL alone becomes one atom
    ("See **https://un.org** now.", ["strong"], "See [1] now."),
    ("At [https://un.org/en](https://un.org/en) today.", ["link"], "At [1] today."),
    ("See (https://en.wikipedia.org/wiki/Foo_(bar)).", ["url"], "See ([1])."),
    (
        "声明见 https://pakun.org/a.html，或致函 press@pakun.org。",
        ["url", "email"],
        "声明见 [1]，或致函 [2]。",
    ),
    ("An empty link [](https://un.org) here.", ["link"], "An empty link [1] here."),
]


@pytest.mark.parametrize(("source", "kinds", "masked"), SPAN_CASES)
def test_each_kind_of_span_is_masked(source: str, kinds: list[str], masked: str | None) -> None:
    p = protect(source, TERMS)
    assert [s.kind for s in p.spans] == kinds
    assert [s.n for s in p.spans] == list(range(1, len(kinds) + 1))
    if masked is not None:
        assert p.text == masked
    for span in p.spans:
        if span.role == "atom" and span.kind != "literal":
            assert span.text not in p.text  # the model never sees it


@pytest.mark.parametrize(("source", "kinds", "masked"), SPAN_CASES)
def test_identity_round_trip(source: str, kinds: list[str], masked: str | None) -> None:
    p = protect(source, TERMS)
    r = restore(p.text, p)
    assert r.text == source
    assert r.problems == ()
    assert r.unrestored == ()
    assert r.ok


@pytest.mark.parametrize("source", ["*_*_", "a *b _c* d_ e", "~~[’~~](u)", " _*[,**_*"])
def test_crossing_pairs_are_not_both_masked(source: str) -> None:
    # a pair whose words hold one marker of another pair is left as text (it used to be masked,
    # then collapsed into an atom with the other pair's marker: KeyError in protect())
    p = protect(source)
    kinds = [(s.n, s.pair) for s in p.spans if s.role != "atom"]
    for n, pair in kinds:
        assert (pair, n) in kinds
    assert restore(p.text, p).text == source.strip()


def test_link_text_is_translated_and_url_kept() -> None:
    p = protect("See [the report](https://un.org/r) today.")
    assert p.text == "See [1] the report [2] today."
    assert "the report" in p.text and "un.org" not in p.text
    r = restore("Veja [1] o relatório [2] hoje.", p)
    assert r.text == "Veja [o relatório](https://un.org/r) hoje."
    assert r.ok


def test_emphasis_content_translated_markers_kept() -> None:
    p = protect("Seating is limited, and **late arrivals will not be admitted** after 10:15.")
    r = restore(
        "Os lugares são limitados e [1] os atrasados não serão admitidos [2] após 10:15.", p
    )
    assert r.text == "Os lugares são limitados e **os atrasados não serão admitidos** após 10:15."


SPACING: dict[str, Callable[[str], str]] = {
    "no spaces around": lambda t: re.sub(r"\s*(\[\d+\])\s*", r"\1", t),
    "wide spaces": lambda t: re.sub(r"\[(\d+)\]", r"  [ \1 ]  ", t),
    "space before punctuation": lambda t: re.sub(r"(\[\d+\])([.,)])", r"\1 \2", t),
    "tabs and newlines": lambda t: re.sub(r" (\[\d+\]) ", "\t\\1\n", t),
}
SPACING_SOURCES = [
    "Foreign Minister **Ishaq Dar** addressed the *79th session* of the "
    "[United Nations General Assembly](https://www.un.org/en/ga/) on Tuesday.",
    "See the [fact sheet (PDF, 2 MB)](https://finance.gov.pk/f.pdf) or `FIN/2024/117`, "
    "1,250,000 and $1,375.2 million (**17.5%**).",
    'A (**b c**) d "*e f*" [g **h** i](https://u.org) ***j k*** and ___l___.',
    "He stressed that the EU DisinfoLab's exposé, at press@pakun.org, matters.",
    "Journalists must register at https://forms.example.org/dcf2025 and call +41 22 749 19 30.",
]


@pytest.mark.parametrize("perturb", SPACING.values(), ids=list(SPACING))
@pytest.mark.parametrize("source", SPACING_SOURCES)
def test_restore_tolerates_spacing_changes(source: str, perturb: Callable[[str], str]) -> None:
    p = protect(source, TERMS)
    r = restore(perturb(p.text), p)
    assert r.text == source
    assert r.ok


def test_lost_placeholder_is_reported_never_silently_dropped() -> None:
    p = protect("Contact press@pakun.org or visit https://pakun.org today.")
    r = restore("Contacte [1] ou visite hoje.", p)  # the model dropped [2]
    assert not r.ok
    assert [u.text for u in r.unrestored] == ["https://pakun.org"]
    assert [(x.check, x.severity) for x in r.problems] == [("lost", "error")]
    assert r.text == "Contacte press@pakun.org ou visite hoje."


def test_lost_pair_marker_drops_both_markers_and_reports_both() -> None:
    p = protect("Read the [full statement](https://pakun.org/s) now.")
    r = restore("Leia a declaração completa [2] agora.", p)
    assert not r.ok
    assert {u.role for u in r.unrestored} == {"open", "close"}
    assert {x.check for x in r.problems} == {"lost", "unbalanced"}
    assert r.text == "Leia a declaração completa agora."  # valid Markdown, words kept


def test_reordered_atoms_are_restored_and_flagged_as_warning() -> None:
    p = protect("Between https://a.org and https://b.org there is a link.")
    r = restore("Há uma ligação entre [2] e [1].", p)
    assert r.text == "Há uma ligação entre https://b.org e https://a.org."
    assert [(x.check, x.severity) for x in r.problems] == [("reordered", "warning")]
    assert r.ok  # word order may legitimately change; a reviewer is warned


@pytest.mark.parametrize(
    ("translated", "why"),
    [
        ("[2] palavras importantes [1] aqui.", "closes before it opens"),
        ("[1] palavras [3] importantes [2] aqui [4].", "crosses another pair"),
    ],
)
def test_inverted_or_crossing_pairs_are_unbalanced(translated: str, why: str) -> None:
    p = protect("**important words** here [link](https://x.org).")
    r = restore(translated, p)
    assert not r.ok
    assert any(x.check == "unbalanced" and why in x.message for x in r.problems)
    assert "**" not in r.text.replace("](", "") or r.text.count("**") % 2 == 0


def test_duplicated_placeholder_is_restored_once() -> None:
    p = protect("Write to press@pakun.org today.")
    r = restore("Escreva para [1] hoje [1].", p)
    assert r.text == "Escreva para press@pakun.org hoje."
    assert [(x.check, x.severity) for x in r.problems] == [("duplicated", "warning")]


def test_spurious_placeholder_is_removed_and_reported() -> None:
    p = protect("Write to press@pakun.org today.")
    r = restore("Escreva para [1] hoje [7].", p)
    assert r.text == "Escreva para press@pakun.org hoje."
    assert [x.check for x in r.problems] == ["spurious"]


def test_emptied_pair_is_reported() -> None:
    p = protect("The [General Assembly](https://un.org/ga) met.")
    r = restore("A Assembleia Geral [1] [2] reuniu-se.", p)
    assert not r.ok
    assert [x.check for x in r.problems] == ["emptied", "emptied"]
    assert r.text == "A Assembleia Geral reuniu-se."


def test_adjacent_atoms_are_not_welded_when_the_source_kept_them_apart() -> None:
    p = protect("In the fiscal years 2024–25.", numbers="mask")
    r = restore("Nos anos fiscais [1][2].", p)  # the model dropped the dash
    assert r.text == "Nos anos fiscais 2024 25."


def test_currency_symbol_stays_glued_to_its_figure() -> None:
    p = protect("Investment reached $1,375.2 million.", target_notation=PORTUGUESE)
    assert p.text == "Investment reached $[1] million."
    r = restore("O investimento atingiu $ [1] milhões.", p)
    assert r.text == "O investimento atingiu $1.375,2 milhões."


# --- figures ------------------------------------------------------------------------------


def test_figures_left_to_the_model_are_checked_as_numbers() -> None:
    p = protect("Inflation eased to 6.9% from 31.4%, and 244890 firms in 2024.")
    assert p.figures == ("6.9", "31.4", "244890", "2024")
    assert restore("A inflação caiu para 6,9% de 31,4%, e 244890 empresas em 2024.", p).ok
    r = restore("A inflação caiu para 6,9% de 31,4%, e 24,490 empresas em 2024.", p)
    assert [(x.check, x.message) for x in r.problems] == [
        ("number", "figure '244890' not found in the translation")
    ]


def test_grouped_figures_are_masked_and_localised() -> None:
    p = protect("Some 1,250,000 businesses and 12.5% more.", target_notation=PORTUGUESE)
    assert p.text == "Some [1] businesses and 12.5% more."
    assert p.figures == ("12.5",)
    assert restore("Cerca de [1] empresas e 12,5% mais.", p).text == (
        "Cerca de 1.250.000 empresas e 12,5% mais."
    )


def test_number_policies() -> None:
    source = "From 22% to 17.5% for 1,250,000 firms."
    assert [s.kind for s in protect(source, numbers="check").spans] == []
    assert [s.text for s in protect(source, numbers="mask").spans] == ["22", "17.5", "1,250,000"]
    assert [s.text for s in protect(source).spans] == ["1,250,000"]


def test_figures_in_urls_and_codes_do_not_count() -> None:
    p = protect("See `FIN/2024/117` at https://x.org/2023 for 15 years.")
    assert p.figures == ("15",)
    r = restore("Veja [1] em [2] durante quinze anos.", p)
    assert [x.check for x in r.problems] == ["number"]


@pytest.mark.parametrize(
    ("token", "values"),
    [
        ("1.250.000", {"1250000"}),
        ("1,250,000", {"1250000"}),
        ("1.250", {"1250", "1.25"}),
        ("17,5", {"17.5"}),
        ("1.20.000", set()),
        ("1\u00a0250\u00a0000,5", {"1250000.5"}),
    ],
)
def test_number_readings(token: str, values: set[str]) -> None:
    assert number_readings(token) == {Decimal(v) for v in values}


def test_figure_helpers() -> None:
    assert str(parse_figure("1.375,2", PORTUGUESE)) == "1375.2"
    assert parse_figure("1,25,000", ENGLISH) is None
    assert format_figure("1,375.2", ENGLISH, PORTUGUESE) == "1.375,2"
    assert format_figure("244890", ENGLISH, PORTUGUESE) == "244890"  # not grouped: stays so
    assert missing_figures(["15", "15", "750"], "15 anos, 750 sites") == ["15"]


def test_portuguese_source_notation() -> None:
    p = protect(
        "Cerca de 1.250.000 empresas e 12,5% mais.", notation=PORTUGUESE, target_notation=ENGLISH
    )
    assert [s.text for s in p.spans] == ["1,250,000"]
    assert p.figures == ("12,5",)
    assert restore("About [1] businesses and 12.5% more.", p).ok


# --- terms, literals, edge cases --------------------------------------------------------------


def test_terms_longest_first_and_on_word_boundaries() -> None:
    p = protect("EU DisinfoLab, the EU, Darfur and Ishaq Dar.", TERMS)
    assert [s.text for s in p.spans] == ["EU DisinfoLab", "EU", "Ishaq Dar"]
    assert "Darfur" in p.text


def test_terms_can_be_left_to_the_model() -> None:
    p = protect("Ambassador Munir Akram spoke.", TERMS, mask_terms=False)
    assert p.spans == () and "Munir Akram" in p.text


def test_literal_placeholder_text_in_the_source_survives() -> None:
    p = protect("See footnote [1] and **this**.")
    r = restore(p.text.replace("this", "isto"), p)
    assert r.text == "See footnote [1] and **isto**."


def test_segment_with_nothing_to_translate() -> None:
    p = protect("**https://pakun.org**")
    assert not p.needs_engine
    assert restore(p.text, p).text == "**https://pakun.org**"
    assert protect("Hello **world**").needs_engine


@pytest.mark.parametrize("name", ["bracket", "bracket-tight", "xz", "double-bracket", "pua"])
def test_other_placeholder_styles_round_trip(name: str) -> None:
    source = SPACING_SOURCES[0]
    p = protect(source, TERMS, style=STYLES[name])
    assert restore(p.text, p).text == source.strip()


# --- translate_protected --------------------------------------------------------------------


def test_translate_protected_retries_failed_pairs_apart() -> None:
    calls: list[list[str]] = []

    def engine(batch: list[str]) -> list[str]:
        calls.append(batch)
        if len(calls) == 1:  # first pass: the model loses every pair marker
            return [re.sub(r" ?\[[24]\]", "", t).upper() for t in batch]
        return [t.upper() for t in batch]

    sources = ["We **strongly** support [the plan](https://x.org/p).", "Nothing special here."]
    results = translate_protected(sources, engine)
    assert [r.text for r in results] == [
        "WE **STRONGLY** SUPPORT [THE PLAN](https://x.org/p).",
        "NOTHING SPECIAL HERE.",
    ]
    assert all(r.ok for r in results)
    # second batch: only the failed segment, its outer text and its two pair contents
    assert calls[1] == ["We [1] support [3].", "strongly", "the plan"]


def test_translate_protected_skips_the_engine_when_nothing_to_translate() -> None:
    def engine(batch: list[str]) -> list[str]:
        raise AssertionError(f"engine called with {batch}")

    results = translate_protected(["https://pakun.org", "**1,250,000**"], engine)
    assert [r.text for r in results] == ["https://pakun.org", "**1,250,000**"]


def test_translate_protected_rejects_a_batch_of_the_wrong_length() -> None:
    with pytest.raises(EngineError):
        translate_protected(["One.", "Two."], lambda batch: batch[:1])


def test_restored_keeps_its_protected_segment() -> None:
    [r] = translate_protected(["Hi **there**."], lambda b: b)
    assert isinstance(r.protected, Protected) and r.protected.source == "Hi **there**."


# --- property: identity round trip over generated segments -----------------------------------

_PIECES = st.sampled_from(
    [
        "word",
        "Pakistan",
        "**bold words**",
        "*em*",
        "_em words_",
        "[link text](https://example.org/a_b)",
        "https://pakun.org/x",
        "press@pakun.org",
        "`code`",
        "1,250,000",
        "17.5%",
        "$4.2",
        "Munir Akram",
        "(**note**)",
        '"*quoted*"',
        "end.",
        "a,",
        "[5]",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=12))
def test_identity_round_trip_property(pieces: list[str]) -> None:
    source = " ".join(pieces)
    p = protect(source, TERMS)
    r = restore(p.text, p)
    assert r.text == source
    assert r.ok


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=10), st.sampled_from(list(SPACING)))
def test_spacing_perturbation_property(pieces: list[str], perturbation: str) -> None:
    source = " ".join(pieces)
    p = protect(source, TERMS)
    r = restore(SPACING[perturbation](p.text), p)
    assert r.text == source
