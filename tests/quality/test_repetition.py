"""The repetition check: loops, and a sentence or clause said twice whatever its length."""

from __future__ import annotations

from workflow.lang import languages
from workflow.quality.registry import CHECKS, Context, EntryView

EN = languages.parse("en")
SOURCE = (
    "Ambassador Akram called for bridging the digital divide through capacity building and "
    "enhanced international cooperation to enable a global transition to modern economies."
)
FR = (
    "L’ambassadeur Akram a appelé à réduire la fracture numérique grâce au renforcement des "
    "capacités et à une coopération internationale renforcée afin de permettre une transition "
    "mondiale vers des économies modernes."
)


def severities(code: str, source: str, target: str) -> list[str]:
    ctx = Context(EN, languages.parse(code))
    return [p.severity for p in CHECKS["repetition"].run(EntryView(source, target), ctx)]


def test_a_long_sentence_said_twice_is_an_error() -> None:
    assert severities("fr", SOURCE, FR) == []
    assert len(FR.split()) > 24  # longer than the loop detector's window
    assert severities("fr", SOURCE, FR + " " + FR) == ["error"]
    # a clause said again further on
    clause = "grâce au renforcement des capacités et à une coopération internationale renforcée"
    assert severities("fr", SOURCE, FR[:-1] + ", " + clause + ".") == ["error"]


def test_a_phrase_the_source_says_twice_in_fewer_words_is_a_warning() -> None:
    # "World Fisheries and Aquaculture ... global fisheries and aquaculture": the translation
    # says it twice with its articles, seven tokens of three content words
    source = (
        "The 2024 edition of *The State of World Fisheries and Aquaculture*, launched in San "
        "José, shows that global fisheries and aquaculture production reached a record."
    )
    es = (
        "La edición de 2024 de *El estado mundial de la pesca y la acuicultura*, presentada en "
        "San José, muestra que la producción mundial de la pesca y la acuicultura alcanzó un "
        "récord."
    )
    assert severities("es", source, es) == ["warning"]
    fr = (
        "L’édition 2024 de *La situation mondiale des pêches et de l’aquaculture*, lancée à San "
        "José, montre que la production mondiale des pêches et de l’aquaculture a atteint un "
        "record."
    )
    assert severities("fr", source, fr) == ["warning"]
    # a clause said twice where the source repeats no phrase stays an error
    once = source.replace("global fisheries and aquaculture production", "production")
    assert severities("es", once, es) == ["error"]


def test_chinese_counts_characters_and_a_repeating_source_makes_it_a_warning() -> None:
    zh = "大使呼吁通过能力建设和加强国际合作来弥合数字鸿沟，以实现向现代经济的全球转型。"
    assert severities("zh", SOURCE, zh) == []
    assert severities("zh", SOURCE, zh + zh) == ["error"]
    twice = "the digital divide and the economy, the digital divide and the economy"
    assert severities("fr", twice, FR + " " + FR) == ["warning"]


def messages(code: str, source: str, target: str) -> list[tuple[str, str]]:
    ctx = Context(EN, languages.parse(code))
    return [
        (p.severity, p.message) for p in CHECKS["repetition"].run(EntryView(source, target), ctx)
    ]


def test_a_phrase_said_twice_in_a_row_is_an_error_in_every_script() -> None:
    src = "That was about 2 per cent of a pre-war population of 44 million."
    es = "Eso suponía alrededor del 2 % de una población de 44 millones antes de la guerra."
    assert messages("es", src, es) == []
    slipped = es.replace("de una población", "de una población de una población")
    assert messages("es", src, slipped) == [("error", "'de una población' said twice in a row")]
    # a pair of function words doubled ("de una de una"), a word doubled: errors
    slipped = es.replace("de una", "de una de una")
    assert messages("es", src, slipped) == [("error", "'de una' said twice in a row")]
    slipped = es.replace("alrededor", "alrededor alrededor")
    assert messages("es", src, slipped) == [("error", "'alrededor' said twice in a row")]

    ru = "Самый быстро нарастающий кризис беженцев в Европе"
    src = "The fastest-growing refugee crisis in Europe"
    assert messages("ru", src, ru) == []
    assert messages("ru", src, ru.replace("быстро нарастающий", "быстро нарастающий " * 2)) == [
        ("error", "'быстро нарастающий' said twice in a row")
    ]
    # a clause said again after a dash, an attribution said twice after a comma
    said = "«Кроме того, грозит голод», – сказал Генеральный секретарь."
    src = "“And some are at risk of famine,” the Secretary-General said."
    assert messages("ru", src, said) == []
    assert messages("ru", src, said[:-1] + " – сказал Генеральный секретарь.") == [
        ("error", "'сказал генеральный секретарь' said twice in a row")
    ]
    assert messages(
        "es", "“The world should act now,” he said.", "«El mundo debe actuar ya», afirmó, afirmó."
    ) == [("error", "'afirmó' said twice in a row")]
    # Arabic words with their vowel marks (tanwin) are words all the same
    ar = "يتطلب الأمر هجوماً إرهابياً ورداً عسكرياً."
    src = "It took a terrorist attack and military reaction."
    assert messages("ar", src, ar) == []
    assert [s for s, _ in messages("ar", src, ar.replace("ورداً", "ورداً هجوماً إرهابياً ورداً"))] == [
        "error"
    ]
    # Chinese: characters said twice with nothing between
    zh = "巴基斯坦与难民署的伙伴关系已有35年。"
    src = "Pakistan's partnership with UNHCR is 35 years old."
    assert messages("zh", src, zh) == []
    assert messages("zh", src, zh.replace("伙伴", "伙伴伙伴")) == [
        ("error", "'伙伴' said twice in a row")
    ]


def test_repeats_a_language_makes_are_not_flagged() -> None:
    # "crise de crise de réfugiés": a pair holding a function word is only a warning
    src = "He called it the fastest-growing refugee crisis in Europe."
    fr = "Il a qualifié cette crise de crise de réfugiés à la croissance la plus rapide."
    assert messages("fr", src, fr) == [("warning", "'crise de' said twice in a row")]
    # short words doubled (French reflexive "nous nous"): a warning at most
    src = "We met the delegation."
    assert [
        s for s, _ in messages("fr", src, "Nous nous sommes entretenus avec la délégation.")
    ] == ["warning"]
    # a doubling the source has too ("Bora Bora"), a hyphenated reduplication
    src = "The Bora Bora meeting."
    assert messages("fr", src, "La réunion de Bora Bora.") == []
    src = "The Bora Bora meeting in Walla."  # one doubling in the source, two in the target
    twice = "La réunion de Bora Bora à Walla Walla."
    # a name the source says once, said twice: an error whatever the source doubles
    assert messages("fr", src, twice) == [("error", "'walla' said twice in a row")]
    assert messages("ru", "Very, very long.", "Очень-очень долго.") == []
    # Chinese reduplication of one character, and a word said again after a comma
    src = "Everyone has the right; the attack, which killed a crew member."
    assert messages("zh", src, "人人都有权利，仅仅是第一步。") == []
    assert messages("zh", src, "安理会谴责对一架直升机的袭击，袭击造成一名机组人员死亡。") == []
    # a URL written twice is no phrase
    src = "See www.unhcr.org and www.unhcr.org/ukraine."
    assert messages("es", src, "Véase www.unhcr.org www.unhcr.org/ukraine.") == []


# Written for these tests (not from any catalog of the project).
FLOOD_SRC = "On 12 May, the river rose by two metres in Dhaka, flooding some 400,000 homes."
FLOOD = {
    "fr": "Le 12 mai, le fleuve est monté de deux mètres à Dhaka, inondant quelque 400 000 foyers.",
    "ar": "في 12 أيار/مايو، ارتفع منسوب النهر مترين في دكا، فغمرت المياه نحو 400 ألف منزل.",
    "ru": "12 мая уровень реки поднялся на два метра в Дакке, затопив около 400 000 домов.",
    "zh": "5月12日，达卡河水上涨两米，淹没约40万户住房。",
}


def test_a_word_said_twice_is_an_error_unless_the_language_says_it_so() -> None:
    for code, text in FLOOD.items():
        assert messages(code, FLOOD_SRC, text) == [], code
    assert [s for s, _ in messages("fr", FLOOD_SRC, FLOOD["fr"].replace("Le 12", "Le Le 12"))] == [
        "error"
    ]
    assert [s for s, _ in messages("ru", FLOOD_SRC, FLOOD["ru"].replace("в Д", "в в Д"))] == [
        "error"
    ]
    doubled_ar = FLOOD["ar"].replace("في دكا", "في في دكا")
    assert [s for s, _ in messages("ar", FLOOD_SRC, doubled_ar)] == ["error"]
    # Urdu says words twice as grammar ("ساتھ ساتھ", along with): a warning
    ur = "دریا کے ساتھ ساتھ بستیاں ڈوب گئیں۔"
    assert [s for s, _ in messages("ur", "Villages along the river were flooded.", ur)] == [
        "warning"
    ]


def test_a_phrase_said_again_after_an_arabic_comma_or_a_chinese_dash() -> None:
    ar = FLOOD["ar"].replace("في دكا،", "في دكا، في دكا،")
    assert messages("ar", FLOOD_SRC, ar) == [("error", "'في دكا' said twice in a row")]
    zh = "2025年5月12日，达卡——达卡——河水上涨两米。"
    assert [s for s, _ in messages("zh", FLOOD_SRC, zh)] == ["error"]
    # figures inside the phrase
    zh = FLOOD["zh"].replace("约40万户", "约40万户40万户")
    assert messages("zh", FLOOD_SRC, zh) == [("error", "'40万户' said twice in a row")]
    # a year is no phrase said twice
    assert messages("zh", FLOOD_SRC, "2020年5月12日，达卡河水上涨两米，淹没约40万户住房。") == []


def test_a_source_saying_of_the_twice_does_not_excuse_a_phrase_said_twice() -> None:
    src = "The head of the agency spoke of the needs of the people in the region."
    fr = "Le chef de l’agence a parlé des besoins de la population de la région."
    assert messages("fr", src, fr) == []
    again = fr[:-1] + ", des besoins de la population."
    assert messages("fr", src, again) == [
        ("error", "'des besoins de la population' (5 tokens) said twice")
    ]


def test_a_run_of_five_words_or_eight_characters_said_again_is_an_error() -> None:
    # the beginning said again after the sentence (an engine starting over)
    src = "Pakistan and India are both members of the United Nations."
    es = "Pakistán y la India son miembros de las Naciones Unidas."
    assert messages("es", src, es) == []
    assert messages("es", src, es + " Pakistán y la India son") == [
        ("error", "'pakistán y la india son' (5 tokens) said twice")
    ]
    zh = "巴基斯坦倡导建立全面的国际网络安全框架。"
    src = "Pakistan Advocates for Comprehensive International Cyber Security Framework."
    assert messages("zh", src, zh + "巴基斯坦倡导建立全") == [
        ("error", "'巴基斯坦倡导建立全' (9 tokens) said twice")
    ]
    # a name the source says twice too, where the translation repeats more words around it
    src = "The United Nations said the United Nations would stay."
    fr = (
        "L’Organisation des Nations Unies a déclaré que l’Organisation des Nations Unies resterait."
    )
    assert [s for s, _ in messages("fr", src, fr)] == ["warning"]
    # three words said twice (a title, a place) are no repetition
    src = "Ambassador Akram and Ambassador Massari met in New York."
    es = "El Embajador de Pakistán y el Embajador de Italia se reunieron en Nueva York."
    assert messages("es", src, es) == []


def test_a_name_with_its_short_form_in_brackets_is_no_repetition() -> None:
    src = "The World Meteorological Organization (WMO) confirmed the record."
    zh = "世界气象组织（气象组织）确认了这一纪录。"
    assert messages("zh", src, zh) == []
    assert [s for s, _ in messages("zh", src, "世界气象组织气象组织确认了这一纪录。")] == ["error"]


def test_a_bracket_said_twice_in_a_row_is_an_error() -> None:
    src = "The United Nations Development Programme (UNDP) will help."
    fr = "Le Programme des Nations Unies pour le développement (PNUD) aidera."
    assert messages("fr", src, fr) == []
    assert messages("fr", src, fr.replace("(PNUD)", "(PNUD) (PNUD)")) == [
        ("error", "'(PNUD)' said twice in a row")
    ]
    zh = "联合国开发计划署（开发署）将提供帮助。"
    assert messages("zh", src, zh) == []
    assert [
        s for s, _ in messages("zh", src, zh.replace("（开发署）", "（开发署）（开发署）"))
    ] == ["error"]


def test_a_short_text_said_twice_after_its_full_stop_is_an_error() -> None:
    assert messages("es", "Geneva", "Ginebra") == []
    assert messages("es", "Geneva", "Ginebra. Ginebra.") == [
        ("error", "'Ginebra.': the whole text said twice")
    ]
    assert [s for s, _ in messages("fr", "He said so.", "Il l’a dit. Il l’a dit.")] == ["error"]
    assert [s for s, _ in messages("zh", "Geneva", "日内瓦。日内瓦。")] == ["error"]
    # the source says it twice too
    assert messages("fr", "Bora Bora", "Bora Bora") == []


def test_french_en_en_is_french() -> None:
    src = "He drew lessons from it."
    fr = "Il a conclu en en tirant les leçons."
    assert [s for s, _ in messages("fr", src, fr)] == ["warning"]


def test_a_word_taken_up_after_a_dash_is_an_apposition() -> None:
    src = "The talks opened a new chapter, a chapter of trust between the two towns."
    ru = "Переговоры открыли новую главу — главу доверия между двумя городами."
    assert messages("ru", src, ru) == [("warning", "'главу' said twice in a row")]
    # the same word with nothing or a comma between stays an error; a phrase after a dash too
    assert [s for s, _ in messages("ru", src, ru.replace("главу — главу", "главу главу"))] == [
        "error"
    ]
    slipped = ru.replace("новую главу — главу", "новую главу — новую главу")
    assert [s for s, _ in messages("ru", src, slipped)] == ["error"]


def test_a_phrase_the_source_says_twice_is_longer_in_the_translation() -> None:
    # "for Child Protection Policy" (4 words) twice in the source: Spanish says it in 8 words
    source = (
        "She was named Adviser for Child Protection Policy and head of the National Office "
        "for Child Protection Policy in 2022."
    )
    es = (
        "Fue nombrada Asesora para la política de protección de la infancia y jefa de la "
        "Oficina Nacional para la política de protección de la infancia en 2022."
    )
    assert messages("es", source, es) == [
        ("warning", "'para la política de protección de la infancia' (8 tokens) said twice")
    ]
    # said once in the source, twice in the translation: an error
    once = "She was named head of the National Office for Child Protection Policy in 2022."
    assert messages("es", once, es)[0][0] == "error"


def test_a_word_said_twice_around_a_preposition_then_the_preposition_again() -> None:
    # "peu à peu à de nouvelles zones", "poco a poco a nuevas zonas": an adverb, then "à"/"a"
    src = "Violence is gradually spreading to new areas."
    fr = "La violence s’étend peu à peu à de nouvelles zones."
    es = "La violencia se extiende poco a poco a nuevas zonas."
    assert "error" not in severities("fr", src, fr)
    assert "error" not in severities("es", src, es)
    assert "error" not in severities(
        "es", "One by one, step by step to peace.", "Uno por uno, paso a paso a la paz."
    )
    # a pair said twice by a slip is still an error ("de una de una", "à de à de")
    assert "error" in severities(
        "es", src, "La violencia se extiende de una de una a nuevas zonas."
    )
    assert "error" in severities("fr", src, "La violence s’étend à de à de nouvelles zones.")


def test_a_word_the_source_says_twice_round_a_joiner_may_be_said_twice() -> None:
    # "step by step" = "خطوة خطوة", "一步一步": reduplication, the source's own figure
    source = "Step by step, communities are rebuilding their lives."
    assert severities("ar", source, "وتعيد المجتمعات المحلية بناء حياتها خطوة خطوة.") == []
    assert severities("zh", source, "社区正在一步一步地重建生活。") == []
    # a word said twice where the source says none twice is still an error
    other = "Communities are rebuilding their lives."
    assert severities("ar", other, "وتعيد المجتمعات المحلية بناء حياتها حياتها.") == ["error"]
    assert severities("zh", other, "社区正在重建重建生活。") == ["error"]
    # one more than the source's: a warning each, the reader tells which
    assert severities("zh", source, "社区正在一步一步地重建重建生活。") == ["warning", "warning"]


def test_a_word_taken_up_after_a_colon_is_an_apposition() -> None:
    # "2024 год: год рекордов" (2024: a year of records)
    assert severities("ru", "2024: a year of records", "2024 год: год рекордов") == ["warning"]
    assert severities("ru", "2024, a year of records", "2024 год год рекордов") == ["error"]


def test_a_head_said_again_in_a_coordination_is_a_warning() -> None:
    source = "Inequality between low-HDI and very-high-HDI countries has increased."
    es = "La desigualdad entre los países con un IDH bajo y los países con un IDH muy alto ha aumentado."
    ctx = Context(languages.parse("en"), languages.parse("es"))
    found = CHECKS["repetition"].run(EntryView(source, es), ctx)
    assert [p.severity for p in found] == ["warning"]
    # a clause said twice with "and" between is still an error
    twice = "El informe se publicó hoy y el informe se publicó hoy."
    found = CHECKS["repetition"].run(EntryView("The report was published today.", twice), ctx)
    assert "error" in [p.severity for p in found]


def test_a_long_english_word_said_as_often_as_its_translation_is_a_warning() -> None:
    source = (
        "The Peacebuilding Fund spent $1 billion in support of peacebuilding, said the Assistant "
        "Secretary-General for Peacebuilding Support."
    )
    es = (
        "El Fondo para la Consolidación de la Paz destinó 1000 millones de dólares en apoyo de "
        "la consolidación de la paz, indicó la Subsecretaria General de Apoyo a la "
        "Consolidación de la Paz."
    )
    assert "error" not in severities("es", source, es)
    # said more often than the source says the word: still an error
    once = source.replace("in support of peacebuilding", "in support of peace")
    assert "error" in severities("es", once, es)


def test_a_name_whose_syllables_repeat_may_repeat_them_in_chinese() -> None:
    source = "“The world is inching forward,” said Cosmas Zavazava, Director of the Bureau."
    assert severities("zh", source, "局长科斯马斯·扎瓦扎瓦说：“世界在缓慢前进。”") == []
    # without such a name in the source, the same doubling is an error
    plain = "“The world is inching forward,” said the Director of the Bureau."
    assert severities("zh", plain, "局长说：“世界在缓慢缓慢前进。”") == ["error"]


def test_a_noun_taken_up_after_a_comma_said_twice_without_its_article() -> None:
    source = "We must contain this preventable disease, a disease that knows no borders."
    ru = "Мы должны сдержать это предотвратимое заболевание, заболевание, которое не знает границ."
    assert severities("ru", source, ru) == []
    plain = "We must contain this preventable disease that knows no borders."
    assert severities("ru", plain, ru) == ["error"]


def test_a_phrase_said_again_across_a_clause_break_as_the_source_says_its_word() -> None:
    """ "there is no food; without food" = "就没有粮食；没有粮食就": a figure of speech."""
    source = "“Without fertile soil, there is no food; without food, there is no peace.”"
    zh = "“没有肥沃的土壤就没有粮食；没有粮食就没有和平。”"
    assert severities("zh", source, zh) == ["warning"]
    # the same phrase twice with no break between: an engine's loop
    assert severities(
        "zh", "“Without fertile soil, there is no food.”", "“没有肥沃的土壤就没有粮食没有粮食。”"
    ) == ["error"]


def test_a_title_s_short_form_in_brackets_in_its_marks() -> None:
    source = "according to the United Nations Convention to Combat Desertification (UNCCD), land is lost."
    zh = "根据《联合国防治荒漠化公约》（《防治荒漠化公约》），土地正在丧失。"
    assert severities("zh", source, zh) == []


def test_a_word_of_a_name_said_again_right_after_it() -> None:
    source = (
        "“Protecting the soil is protecting life,” said Martha Carvajalino Villegas, the Minister."
    )
    es = "«Proteger el suelo es proteger la vida», afirmó Martha Carvajalino Villegas, la Ministra."
    assert severities("es", source, es) == []
    bad = es.replace("Villegas,", "Villegas Carvajalino,")
    assert severities("es", source, bad) == ["error"]
    # the source's own run ("Sierra Leone Sierra..." is none; a name said so in the source)
    assert severities("es", "Bora Bora Bora is an island.", "Bora Bora Bora es una isla.") != [
        "error"
    ]


def test_a_name_said_twice_is_no_doubling_of_the_source_s() -> None:
    """ "crisis upon crisis" in the source excuses a doubling of its own, not the speaker's name
    said twice."""
    source = "Catherine Russell said: “The world is beset by crisis upon crisis.”"
    fr = "Catherine Russell a déclaré : « Le monde est en proie à des crises successives. »"
    assert severities("fr", source, fr) == []
    assert severities("fr", source, fr.replace("Russell", "Russell Russell")) == ["error"]


def test_a_name_said_in_full_then_its_short_form() -> None:
    """ "Qu Dongyu Qu", "Tedros Adhanom Ghebreyesus Tedros"; in other scripts through the
    glossary's forms ("屈冬玉屈", "شو دونيو شو")."""
    from workflow.catalogs import glossary

    source = "“The battle is long,” said FAO Director-General Qu Dongyu."
    fr = "« La lutte est longue », a déclaré le Directeur général de la FAO, Qu Dongyu."
    assert severities("fr", source, fr) == []
    assert severities("fr", source, fr.replace("Dongyu.", "Dongyu Qu.")) == ["error"]
    office = glossary.parse("term,kind,zh,ar\nQu Dongyu,name,屈冬玉,شو دونيو\nQu,name,屈,شو\n")
    for code, good in (
        ("zh", "粮农组织总干事屈冬玉说：“这场战斗旷日持久。”"),
        ("ar", "وقال المدير العام للفاو، شو دونيو: «إن المعركة طويلة»."),
    ):
        ctx = Context(EN, languages.parse(code), glossary=office)
        assert CHECKS["repetition"].run(EntryView(source, good), ctx) == []
        bad = good.replace("屈冬玉", "屈冬玉屈").replace("شو دونيو", "شو دونيو شو")
        [p] = CHECKS["repetition"].run(EntryView(source, bad), ctx)
        assert p.severity == "error", code


def test_a_term_said_again_as_often_as_the_source_says_its_word() -> None:
    # "sea level" and "rising seas": "niveau de la mer" twice, two content words
    source = (
        "Many cities lie less than 5 metres above sea level and will expose people to rising "
        "seas and storm surges."
    )
    fr = (
        "Beaucoup de villes sont à moins de 5 mètres au-dessus du niveau de la mer et exposeront "
        "leurs habitants à l’élévation du niveau de la mer et aux ondes de tempête."
    )
    assert severities("fr", source, fr) == ["warning"]
    # where the source says no word twice, the phrase said again is an error
    once = source.replace("rising seas", "floods")
    assert severities("fr", once, fr) == ["error"]


def test_a_word_taken_up_after_a_comma_in_its_plural_allows_a_chinese_doubling() -> None:
    source = "Around 1.25 million people die every year on the world’s roads, and road traffic crashes remain the first cause of death."
    zh = "全世界每年约有125万人死于道路交通，道路交通碰撞仍是首要死因。"
    assert "error" not in severities("zh", source, zh)


def test_a_chinese_quantity_said_twice_is_a_warning() -> None:
    source = "“Entire neighbourhoods have been wiped off the map."
    assert severities("zh", source, "格里菲斯说：“整片整片的街区从地图上被抹去。") == ["warning"]
    assert severities("zh", source, "格里菲斯说：“街区街区从地图上被抹去。") == ["error"]
