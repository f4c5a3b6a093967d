"""Quality checks on real catalogs: the reviewed sample release and the checks' test catalogs
(tests/data/checks) must be clean; the same entries with a fault must fail the right check."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from workflow.catalogs import glossary, pofile
from workflow.errors import WorkspaceError
from workflow.lang import languages
from workflow.problems import Problem
from workflow.quality import length, registry, text
from workflow.quality.registry import CHECKS, Context, EntryView, Settings

REPO = Path(__file__).resolve().parents[2]
SAMPLE = "2024-06-20-cyber-security-framework"
LANGS = ["fr", "es", "ur", "ar", "zh"]  # with a test catalog in tests/data/checks/
SAMPLE_LANGS = [*LANGS, "ru"]  # the reviewed catalogs of the sample release
EN = languages.parse("en")
GLOSSARY = glossary.load(REPO / "locales")


def _read(path: Path) -> list[EntryView]:
    name = path.relative_to(REPO).as_posix()
    return registry.views(pofile.parse(path.read_bytes(), path=name), name)


def sample(code: str) -> list[EntryView]:
    return _read(REPO / "locales" / code / "LC_MESSAGES" / f"{SAMPLE}.po")


def extra(code: str) -> list[EntryView]:
    path = REPO / "tests" / "data" / "checks" / f"{code}.po"
    return _read(path) if path.exists() else []


def ctx(code: str, **settings: object) -> Context:
    return Context(EN, languages.parse(code), GLOSSARY, Settings(**settings))  # type: ignore[arg-type]


def entry(code: str, fragment: str) -> EntryView:
    """The entry whose msgid contains `fragment`, from the sample or the test catalogs."""
    for e in sample(code) + extra(code):
        if fragment in e.msgid:
            return e
    raise AssertionError(f"no {code} entry with {fragment!r}")


def run(name: str, e: EntryView, code: str) -> list[Problem]:
    return CHECKS[name].run(e, ctx(code))


def errors(name: str, e: EntryView, code: str) -> list[str]:
    return [p.message for p in run(name, e, code) if p.severity == "error"]


def warnings(name: str, e: EntryView, code: str) -> list[str]:
    return [p.message for p in run(name, e, code) if p.severity == "warning"]


def changed(e: EntryView, old: str, new: str) -> EntryView:
    assert old in e.msgstr, (old, e.msgstr)
    return dataclasses.replace(e, msgstr=e.msgstr.replace(old, new, 1))


# --- registry and clean catalogs ----------------------------------------------------------------
def test_registry_lists_named_checks() -> None:
    assert list(CHECKS) == [
        "numbers",
        "units",
        "markup",
        "urls",
        "glossary",
        "countries",
        "names",
        "untranslated",
        "repetition",
        "length",
        "punctuation",
        "quotes",
        "negation",
        "omission",
    ]
    for check in CHECKS.values():
        assert check.severity in ("error", "warning")
        assert check.description and "\n" not in check.description
        assert len(check.description) <= 100


@pytest.mark.parametrize(
    "first", ["workflow.quality.registry", "workflow.quality.punctuation", "workflow.quality.gate"]
)
def test_registry_is_complete_whatever_is_imported_first(first: str) -> None:
    code = f"import {first}; from workflow.quality.registry import CHECKS; print(*CHECKS)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert out.stdout.split() == list(CHECKS)


@pytest.mark.parametrize("code", SAMPLE_LANGS)
def test_reviewed_sample_catalog_is_clean(code: str) -> None:
    entries = sample(code)
    assert len(entries) == 19 and all(e.msgstr and not e.fuzzy for e in entries)
    assert registry.run_checks(entries, ctx(code)) == []


@pytest.mark.parametrize("code", [*LANGS, "ru", "pt"])
def test_checks_test_catalog_is_clean(code: str) -> None:
    entries = extra(code)
    assert len(entries) == (27 if code in LANGS else 21)
    found = registry.run_checks(entries, ctx(code))
    assert [str(p) for p in found if p.severity == "error"] == []
    # warnings only where a reviewer has something to decide: a name with no glossary form
    # in another script, an exonym ("Genève"), an inflected glossary term
    assert {p.check for p in found} <= {"names", "glossary"}


def test_entry_view_from_a_catalog_entry() -> None:
    e = entry("fr", "240 million")
    assert e.reference == f"releases/{SAMPLE}.md:27"
    assert e.catalog == f"locales/fr/LC_MESSAGES/{SAMPLE}.po"
    assert e.line == 196 and e.kind == "paragraph" and not e.fuzzy
    lines = (REPO / e.catalog).read_text(encoding="utf-8").splitlines()
    assert lines[e.line - 1] == "#. paragraph"  # the entry starts with its comments
    assert lines[e.line + 1].startswith('msgid "')


def test_problem_says_where_and_annotations_round_trip() -> None:
    e = changed(entry("fr", "240 million"), "240 millions", "24 millions")
    problems = registry.run_checks([e], ctx("fr"))
    assert [str(p) for p in problems] == [
        f"locales/fr/LC_MESSAGES/{SAMPLE}.po:196: error: numbers: 240 million missing",
        f"locales/fr/LC_MESSAGES/{SAMPLE}.po:196: error: numbers: 24 millions not in the source",
    ]
    assert problems[0].reference == f"releases/{SAMPLE}.md:27"
    lines = registry.annotation_lines(problems + problems)
    assert lines == [
        "check: numbers: 240 million missing",
        "check: numbers: 24 millions not in the source",
    ]
    comment = registry.annotate("machine: argos 1.9\ncheck: markup: old problem", problems)
    assert comment.split("\n") == ["machine: argos 1.9", *lines]
    assert registry.without_annotations(comment) == "machine: argos 1.9"
    assert registry.annotate("check: numbers: 240 million missing", []) == ""
    assert list(registry.by_entry(problems)) == [(e.catalog, 196)]


def test_run_checks_skips_untranslated_and_follows_settings() -> None:
    bad = changed(entry("es", "240 million"), "240 millones", "24 millones")
    empty = dataclasses.replace(bad, msgstr="")
    assert registry.run_checks([empty], ctx("es")) == []
    fuzzy = dataclasses.replace(bad, fuzzy=True)
    assert len(registry.run_checks([fuzzy], ctx("es"))) == 2  # machine output is checked too
    assert registry.run_checks([fuzzy], ctx("es", include_fuzzy=False)) == []
    assert registry.run_checks([bad], ctx("es", disabled=frozenset({"numbers"}))) == []
    softened = registry.run_checks([bad], ctx("es", severity={"numbers": "warning"}))
    assert [p.severity for p in softened] == ["warning", "warning"]


def test_a_large_catalog_is_checked_by_workers_with_the_same_problems(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = changed(entry("es", "240 million"), "240 millones", "24 millones")
    many = [*sample("es"), bad, *extra("es")] * 20
    serial = registry.run_checks(many, ctx("es"))
    assert len(serial) >= 40  # the bad entry's two problems, 20 times, and the rest
    monkeypatch.setattr(registry, "PARALLEL_ENTRIES", 10)
    assert registry.run_checks(many, ctx("es")) == serial  # same problems, same order


def test_settings_from_workflow_toml_table() -> None:
    s = Settings.from_mapping(
        {
            "disable": ["length"],
            "severity": {"punctuation": "warning", "repetition": "off"},
            "length_ratio": {"zh-Hans": [0.1, 0.6]},
            "include_fuzzy": False,
        }
    )
    assert s.disabled == {"length", "repetition"}
    assert s.severity == {"punctuation": "warning"}
    assert s.length_ratio == {"zh_Hans": (0.1, 0.6)}
    assert s.include_fuzzy is False
    for bad in (
        {"disable": ["spelling"]},
        {"severity": {"numbers": "fatal"}},
        {"length_ratio": {"fr": [2, 1]}},
        {"colour": True},
        {"include_fuzzy": "yes"},
    ):
        with pytest.raises(WorkspaceError):
            Settings.from_mapping(bad, file="workflow.toml")


# --- numbers ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("code", "written", "wrong"),
    [
        ("fr", "240 millions", "240 milliards"),
        ("es", "240 millones", "250 millones"),
        ("ur", "240 ملین", "240"),
        ("ar", "240 مليون", "24 مليون"),
        ("zh", "2.4亿", "2.4万"),
        ("ru", "240 миллионов", "240 миллиардов"),
    ],
)
def test_numbers_fail_on_a_changed_value(code: str, written: str, wrong: str) -> None:
    e = entry(code, "240 million")
    assert errors("numbers", e, code) == []
    bad = errors("numbers", changed(e, written, wrong), code)
    assert bad[0] == "240 million missing" and bad[1].endswith("not in the source")


@pytest.mark.parametrize("code", LANGS)
def test_numbers_fail_on_a_dropped_year(code: str) -> None:
    e = entry(code, "2019 and 2020 reports")
    assert errors("numbers", changed(e, "2020", ""), code) == ["2020 missing"]


def test_numbers_money_and_dates_in_every_language() -> None:
    for code in LANGS:
        money = entry(code, "$2.4 billion")
        assert errors("numbers", money, code) == []
        date = entry(code, "20 June 2024")
        assert errors("numbers", date, code) == []
    assert errors("numbers", changed(entry("es", "$2.4 billion"), "2.400", "2.500"), "es")
    assert errors("numbers", changed(entry("ur", "$2.4 billion"), "ارب", "ملین"), "ur")
    assert errors("numbers", changed(entry("zh", "20 June 2024"), "6月", "7月"), "zh")


# --- markup -------------------------------------------------------------------------------------
def test_markup_faults_in_every_language() -> None:
    cases = [
        ("fr", "**", "", "strong (**)"),
        ("es", "(https://www.un.org/sg/en)", "(https://www.un.org/sg/fr)", "link to"),
        ("ur", "[سیکرٹری جنرل]", "[]", "has no text"),
        ("ar", "**السفير", "السفير", "unbalanced strong"),
        ("zh", "会见了", "会见了 [1] ", "placeholder [1] left"),
    ]
    for code, old, new, message in cases:
        e = entry(code, "**Ambassador Munir Akram**")
        assert errors("markup", e, code) == []
        found = errors("markup", changed(e, old, new), code)
        assert any(message in m for m in found), (code, found)


def test_markup_code_spans_line_breaks_and_emphasis() -> None:
    code_entry = entry("fr", "`A/RES/76/227`")
    assert errors("markup", code_entry, "fr") == []
    assert errors("markup", changed(code_entry, "`A/RES/76/227`", "A/RES/76/227"), "fr") == [
        "code span `A/RES/76/227` missing or changed"
    ]
    quote = entry("es", "*peaceful*")
    assert errors("markup", quote, "es") == []
    assert errors("markup", changed(quote, "*pacífico*", "pacífico"), "es") == [
        "0 emphasis (*) span(s), the source has 1"
    ]
    para = entry("ar", "2019 and 2020 reports")
    assert errors("markup", changed(para, "، اللذين", "،\nاللذين"), "ar") == [
        "1 line break(s), the source has 0"
    ]
    # a snake_case word or a URL's underscore is no emphasis
    plain = EntryView(
        "See file_name at https://x.org/a_b_c.", "Voir file_name sur https://x.org/a_b_c."
    )
    assert CHECKS["markup"].run(plain, ctx("fr")) == []


def test_a_title_in_italics_may_be_set_in_the_translation_s_title_quotes() -> None:
    # UN Chinese sets a title in 《》, Russian in «», Arabic in ”“: no emphasis lost
    source = "The *Global Status of Salt-Affected Soils* report was presented in Bangkok."
    for code, target in (
        ("zh", "《全球盐渍土状况》报告在曼谷发布。"),
        ("ru", "Доклад «Глобальное состояние засоленных почв» был представлен в Бангкоке."),
        ("ar", "وقُدم تقرير ”الحالة العالمية للتربة المتأثرة بالملوحة“ في بانكوك."),
        ("ar", "وقُدم تقرير *الحالة العالمية للتربة المتأثرة بالملوحة* في بانكوك."),
    ):
        assert errors("markup", EntryView(source, target), code) == [], target
    # emphasis dropped with no title quotes, or where the source has the quotes too
    assert errors("markup", EntryView(source, "全球盐渍土状况报告在曼谷发布。"), "zh") == [
        "0 emphasis (*) span(s), the source has 1"
    ]
    quoted = "The *Global Status* report, “a wake-up call”, was presented."
    assert (
        errors("markup", EntryView(quoted, "«Глобальное состояние», «тревожный сигнал»."), "ru")
        == []
    )
    assert errors("markup", EntryView(quoted, "Доклад Глобальное состояние, «сигнал»."), "ru") == [
        "0 emphasis (*) span(s), the source has 1"
    ]
    # strong emphasis is never a title
    bold = "The number of refugees has crossed **50 million**."
    assert errors("markup", EntryView(bold, "难民人数已超过《5 000万》。"), "zh") == [
        "0 strong (**) span(s), the source has 1"
    ]


def test_a_mark_stuck_between_full_width_punctuation_and_a_letter_is_explained() -> None:
    # CommonMark closes no emphasis after "：" before a letter: the `**` are printed
    source = "**Note to editors:** the full report is online."
    assert errors("markup", EntryView(source, "**编者按**：报告全文已上网。"), "zh") == []
    found = errors("markup", EntryView(source, "**编者按：**报告全文已上网。"), "zh")
    assert found[0] == "0 strong (**) span(s), the source has 1"
    assert found[1].startswith("unbalanced strong (**): 2 `**` matching nothing")
    assert found[1].endswith('"**编者按**：", not "**编者按：**"'), found
    # an opening mark after a letter, before "“"
    quoted = "He said **“now”** again."
    stuck = errors("markup", EntryView(quoted, "他又说**“现在”**一遍。"), "zh")
    assert any("CommonMark reads no mark" in m for m in stuck), stuck
    # a stray mark elsewhere gets no such hint
    assert (
        "punctuation"
        not in errors("markup", EntryView(source, "**编者按 报告全文已上网。"), "zh")[-1]
    )


def test_markup_machine_translation_leftovers() -> None:
    e = entry("zh", "Security Council met")
    for leftover in ("[1]", "XZ2", "⟨3⟩", "<x1/>", "\ue001", "{0}"):
        found = errors("markup", changed(e, "安全理事会", "安全理事会" + leftover), "zh")
        assert any("placeholder" in m for m in found), (leftover, found)


# --- urls ---------------------------------------------------------------------------------------
def test_urls_and_emails_identical() -> None:
    for code in LANGS:
        e = entry(code, "https://pakun.org/statements")
        assert errors("urls", e, code) == []  # also with "۔", "，", "؟" right after the URL
    fr = entry("fr", "https://pakun.org/statements")
    assert errors("urls", changed(fr, "statements/2024", "statements/2025"), "fr") == [
        "https://pakun.org/statements/2024/cyber.html missing or changed",
        "https://pakun.org/statements/2025/cyber.html not in the source",
    ]
    ar = entry("ar", "https://pakun.org/statements")
    assert errors("urls", changed(ar, "press@pakun.org", "info@pakun.org"), "ar") == [
        "press@pakun.org missing or changed",
        "info@pakun.org not in the source",
    ]
    zh = entry("zh", "https://pakun.org/statements")
    assert errors(
        "urls", changed(zh, " https://pakun.org/statements/2024/cyber.html", ""), "zh"
    ) == ["https://pakun.org/statements/2024/cyber.html missing or changed"]


# --- glossary and countries ---------------------------------------------------------------------
def test_dnt_term_verbatim() -> None:
    for code in LANGS:
        e = entry(code, "2019 and 2020 reports by EU DisinfoLab")
        assert errors("glossary", e, code) == []
    fr = entry("fr", "2019 and 2020 reports by EU DisinfoLab")
    assert errors("glossary", changed(fr, "EU DisinfoLab", "EU Disinfolab"), "fr") == [
        "do-not-translate 'EU DisinfoLab' missing"
    ]
    zh = entry("zh", "2019 and 2020 reports by EU DisinfoLab")
    assert errors("glossary", changed(zh, "EU DisinfoLab", "欧盟虚假信息实验室"), "zh") == [
        "do-not-translate 'EU DisinfoLab' missing"
    ]


@pytest.mark.parametrize(
    ("code", "form", "wrong"),
    [
        ("fr", "Munir Akram", "Munir Akran"),
        ("ur", "منیر اکرم", "منیر اکرام"),
        ("ar", "منير أكرم", "منير اكرم"),
        ("zh", "穆尼尔·阿克拉姆", "穆尼尔·阿克拉木"),
    ],
)
def test_names_in_the_glossary_form(code: str, form: str, wrong: str) -> None:
    e = entry(code, "Ambassador Munir Akram, Permanent Representative")
    assert errors("glossary", e, code) == []
    assert f"name 'Munir Akram' should read {form!r}" in errors(
        "glossary", changed(e, form, wrong), code
    )


def test_required_terms_and_their_inflections() -> None:
    es = entry("es", "UN Security Council High-Level")
    assert errors("glossary", changed(es, "Consejo de Seguridad", "Junta de Seguridad"), "es") == [
        "term 'Security Council' should read 'Consejo de Seguridad'"
    ]
    # an inflected or reordered form is a warning, not an error
    fr = entry("fr", "UN Security Council High-Level")
    unsure = changed(fr, "Conseil de sécurité", "Conseil de la sécurité")
    assert errors("glossary", unsure, "fr") == []
    assert warnings("glossary", unsure, "fr") == [
        "term 'Security Council': 'Conseil de sécurité' not found as such (inflected?)"
    ]
    # Urdu postpositions (کا/کے/کی) and Arabic clitics (لل، ب، و) are no faults
    assert errors("glossary", entry("ur", "UN Charter (signed"), "ur") == []
    assert errors("glossary", entry("ar", "UN Charter (signed"), "ar") == []
    assert "term 'UN Charter' should read 'ميثاق الأمم المتحدة'" in errors(
        "glossary", changed(entry("ar", "UN Charter (signed"), "بميثاق", "بعهد"), "ar"
    )


def test_required_terms_take_russian_case_endings_on_every_word() -> None:
    ru = languages.parse("ru")
    for form, found in [
        ("Совет Безопасности", "в Совете Безопасности ООН"),
        ("Генеральная Ассамблея", "резолюцию Генеральной Ассамблеи"),
        ("кибербезопасность", "в области кибербезопасности"),
        ("программы-вымогатели", "использование программ-вымогателей"),
        ("Устав ООН", "принципам Устава ООН"),
    ]:
        assert text.find_form(form, found, ru, fold=True) == "exact", (form, found)
    # another word with the same beginning, or a short word changed, is not the term
    assert text.find_form("Совет Безопасности", "Совещание Безопасности", ru, fold=True) != "exact"
    assert text.find_form("Устав ООН", "Устав ОБСЕ", ru, fold=True) == ""
    # the sample's reviewed Russian: every term found, none "inflected?"
    for e in sample("ru"):
        assert run("glossary", e, "ru") == [], e.msgid


@pytest.mark.parametrize(
    ("code", "name", "wrong"),
    [
        ("fr", "Inde", "Indie"),
        ("es", "India", "Indica"),
        ("ur", "بھارت", "بھارات"),
        ("ar", "الهند", "الحنذ"),  # not الهنود: "the Indians", a demonym, counts as India
        ("zh", "印度", "因度"),
    ],
)
def test_country_names_as_cldr_writes_them(code: str, name: str, wrong: str) -> None:
    e = entry(code, "Pakistan and India")
    assert run("countries", e, code) == []
    # one letter away from a name of five letters or more (four in Latin or Cyrillic script,
    # where the country is in no form): said to be misspelt
    misspelt = code in ("es", "ur", "fr")
    assert [m for m in errors("countries", changed(e, name, wrong), code) if "India" in m] == [
        f"country India: {wrong!r} misspelt? ({name!r})"
        if misspelt
        else f"country India missing: {name!r} or its adjective not found"
    ]


def test_country_names_unsure_cases_are_warnings() -> None:
    georgia = EntryView("Georgia voted.", "La délégation a voté.")
    assert [p.severity for p in CHECKS["countries"].run(georgia, ctx("fr"))] == ["warning"]
    anti = EntryView("an anti-Pakistan campaign", "une campagne antipakistanaise")
    assert [p.severity for p in CHECKS["countries"].run(anti, ctx("fr"))] == ["warning"]
    new_jersey = EntryView("She lives in New Jersey.", "Elle vit dans le New Jersey.")
    assert CHECKS["countries"].run(new_jersey, ctx("fr")) == []
    # a country named where the source names none: not read ("the country" made explicit)
    added = EntryView("The delegation called for a treaty.", "Le Pakistan a appelé à un traité.")
    assert CHECKS["countries"].run(added, ctx("fr")) == []
    explicit = EntryView("Our country and India agreed.", "Le Pakistan et l’Inde sont d’accord.")
    assert CHECKS["countries"].run(explicit, ctx("fr")) == []
    # the glossary decides: the office's form for a country counts as its name
    ur = EntryView("The United States voted.", "امریکہ نے ووٹ دیا۔")
    assert CHECKS["countries"].run(ur, ctx("ur")) == []
    office = glossary.parse("term,kind,fr\nPakistan,term,Pakistan\n")
    adjective = EntryView("Pakistan voted.", "La délégation pakistanaise a voté.")
    assert CHECKS["glossary"].run(adjective, Context(EN, languages.parse("fr"), office)) == []
    assert CHECKS["countries"].run(adjective, ctx("fr")) == []


# --- untranslated -------------------------------------------------------------------------------
@pytest.mark.parametrize("code", LANGS)
def test_source_copied_is_untranslated(code: str) -> None:
    e = entry(code, "He stressed the urgent need")
    assert errors("untranslated", e, code) == []
    copied = dataclasses.replace(e, msgstr=e.msgid)
    assert errors("untranslated", copied, code) == ["translation is the source text"]


def test_names_copied_are_fine_english_left_is_not() -> None:
    assert run("untranslated", entry("fr", "New York"), "fr") == []  # glossary: same in fr
    es = entry("es", "He stressed the urgent need")
    half = (
        es.msgstr.split(" de ")[0] + " such as ransom-ware and the theft of sensitive information."
    )
    assert errors("untranslated", dataclasses.replace(es, msgstr=half), "es")[0].startswith(
        "left in English:"
    )
    ur = entry("ur", "He stressed the urgent need")
    mixed = changed(ur, "رینسم ویئر", "ransom-ware and the theft of")
    assert errors("untranslated", mixed, "ur")[0].startswith("6 word(s) left in Latn script")
    zh = entry("zh", "Security Council met")
    one = changed(zh, "举行会议", "met")
    assert warnings("untranslated", one, "zh") == ["word(s) in Latn script: met"]
    assert errors("untranslated", one, "zh") == []


def test_a_persons_name_copied_in_the_same_script_is_not_untranslated() -> None:
    name = EntryView("Mohamed Ould Cheikh Ahmed", "Mohamed Ould Cheikh Ahmed")
    assert errors("untranslated", name, "fr") == []
    headline = EntryView("Council Extends Mandate Of Mission", "Council Extends Mandate Of Mission")
    assert errors("untranslated", headline, "fr") == ["translation is the source text"]
    assert errors(
        "untranslated", EntryView("Linda Thomas-Greenfield", "Linda Thomas-Greenfield"), "ru"
    )


# --- repetition and length ----------------------------------------------------------------------
def test_looping_words_and_phrases() -> None:
    fr = entry("fr", "He stressed the urgent need")
    assert errors("repetition", changed(fr, "l’urgence", "l’urgence urgence urgence"), "fr") == [
        "'urgence' repeated 3 times"
    ]
    ar = entry("ar", "He stressed the urgent need")
    tail = " مثل برمجيات الفدية وسرقة المعلومات"
    assert errors("repetition", changed(ar, tail, tail * 2), "ar") == [
        "'مثل برمجيات الفدية وسرقة المعلومات' repeated 2 times"
    ]
    zh = entry("zh", "He stressed the urgent need")
    assert errors(
        "repetition", changed(zh, "恶意网络活动", "恶意网络活动网络活动网络活动"), "zh"
    ) == ["'网络活动' repeated 3 times"]
    ur = entry("ur", "He stressed the urgent need")
    assert errors("repetition", changed(ur, "فوری طور پر", "فوری فوری فوری فوری طور پر"), "ur")


def test_length_model_prior_calibrated_on_the_sample() -> None:
    for code in LANGS:
        model = length.model(ctx(code))
        assert 0.2 < model.ratio < 1.5 and model.spread > 0
        for e in sample(code):
            assert [p for p in run("length", e, code) if p.severity == "error"] == []
    zh = entry("zh", "Ambassador Akram called for bridging")
    assert errors("length", dataclasses.replace(zh, msgstr="阿克拉姆大使呼吁。"), "zh")
    fr = entry("fr", "Ambassador Akram called for bridging")
    longer = dataclasses.replace(
        fr, msgstr=fr.msgstr + " " + entry("fr", "He reaffirmed").msgstr * 2
    )
    assert errors("length", longer, "fr")[0].startswith("translation is 3.")


# --- punctuation --------------------------------------------------------------------------------
def test_sentence_final_punctuation_of_the_target_script() -> None:
    ur = entry("ur", "He stressed the urgent need")
    assert errors("punctuation", changed(ur, "۔", "."), "ur") == [
        "ends with '.'; Urdu ends sentences with '۔'"
    ]
    zh = entry("zh", "He stressed the urgent need")
    assert errors("punctuation", changed(zh, "。", "."), "zh") == [
        "ends with '.'; Chinese ends sentences with '。'"
    ]
    ar = entry("ar", "He stressed the urgent need")
    assert errors("punctuation", changed(ar, "الحساسة.", "الحساسة"), "ar") == [
        "no sentence-final punctuation (expected '.')"
    ]
    question = entry("es", "What can states do")
    assert run("punctuation", question, "es") == []
    assert warnings("punctuation", changed(question, "?", "."), "es") == [
        "the source asks a question"
    ]
    title = entry("zh", "Statement by Ambassador")
    assert warnings("punctuation", dataclasses.replace(title, msgstr=title.msgstr + "。"), "zh")


def test_quotes_and_brackets_balanced() -> None:
    fr = entry("fr", "He said:")
    assert errors("punctuation", changed(fr, " »", ""), "fr") == [
        "unbalanced: 1 quote(s) opened and not closed"
    ]
    es = entry("es", "EU DisinfoLab's exposé")
    assert errors("punctuation", changed(es, "las revelaciones", "las «revelaciones"), "es")
    zh = entry("zh", "UN Charter (signed")
    assert errors("punctuation", changed(zh, "（", ""), "zh") == [
        "unbalanced: 1 bracket(s) closed and not opened"
    ]
    ur = entry("ur", "over 750 fake media")
    assert errors("punctuation", changed(ur, "”", ""), "ur")
    # a quotation that runs over several sentences: open in the source, open in the translation
    open_quote = EntryView('"The report was clear.', "« Le rapport était clair.")
    assert CHECKS["punctuation"].run(open_quote, ctx("fr")) == []
    # apostrophes are no quotes
    assert errors("punctuation", entry("fr", "EU DisinfoLab's exposé"), "fr") == []


# --- what a reviewed translation may do -----------------------------------------------------------
def test_figures_in_words_and_chinese_numerals() -> None:
    zh = entry("zh", "79th session")
    assert "第七十九届" in zh.msgstr and run("numbers", zh, "zh") == []
    assert errors("numbers", changed(zh, "第七十九届", "第八十届"), "zh") == ["79 missing"]
    es = entry("es", "79th session")
    assert run("numbers", es, "es") == []  # "79.º", "septiembre de 2024"
    three = EntryView("Three reports were published in 2024.", "Trois rapports ont paru en 2024.")
    assert run("numbers", three, "fr") == []


def test_figures_inside_glossary_terms() -> None:
    flu = EntryView("H5N1 hit 20 states.", "禽流感疫情影响了20个国家。")
    assert errors("numbers", flu, "zh") == ["5 missing", "1 missing"]
    office = glossary.parse("term,kind,zh\nH5N1,term,禽流感\n")
    assert CHECKS["numbers"].run(flu, Context(EN, languages.parse("zh"), office)) == []


def test_a_quotation_over_two_segments() -> None:
    for code in LANGS:
        first, second = entry(code, '"Cyberspace is a common'), entry(code, 'peaceful," he added')
        assert run("punctuation", first, code) == [] and run("punctuation", second, code) == []


def test_source_wording_glossed_in_brackets() -> None:
    ur = entry("ur", "He stressed the urgent need")
    glossed = changed(ur, "رینسم ویئر", "رینسم ویئر (ransom-ware)")
    assert run("untranslated", glossed, "ur") == []
    unglossed = changed(ur, "رینسم ویئر", "رینسم ویئر (malicious software)")
    assert warnings("untranslated", unglossed, "ur") == [
        "word(s) in Latn script: malicious software"
    ]


def test_acronym_terms_keep_their_case() -> None:
    office = glossary.parse("term,kind,fr\nUN,term,ONU\n")
    ctx_fr = Context(EN, languages.parse("fr"), office)
    un = EntryView("The UN met.", "L’Organisation s’est réunie.")
    assert [p.message for p in CHECKS["glossary"].run(un, ctx_fr)] == [
        "term 'UN' should read 'ONU'"
    ]
    word = EntryView("An un-binding text.", "Un texte non contraignant.")
    assert CHECKS["glossary"].run(word, ctx_fr) == []


def test_a_check_that_fails_on_an_entry_is_an_error_there_and_the_others_go_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(entry: EntryView, ctx: Context) -> list[Problem]:
        if "boom" in entry.msgstr:
            raise ArithmeticError("cannot read 287\u202f000")
        return []

    monkeypatch.setitem(CHECKS, "numbers", dataclasses.replace(CHECKS["numbers"], run=broken))
    entries = [
        EntryView("Fine.", "Bien.", catalog="fr.po", line=3),
        EntryView("Boom.", "boom.", catalog="fr.po", line=7),
        EntryView("Fine again.", "Encore bien.", catalog="fr.po", line=9),
    ]
    found = registry.run_checks(entries, Context(languages.parse("en"), languages.parse("fr")))
    crashed = [p for p in found if p.check == "numbers"]
    assert [(p.line, p.severity) for p in crashed] == [(7, "error")]
    assert "ArithmeticError: cannot read" in crashed[0].message and "bug" in crashed[0].message
