"""Countries read in text per language: names, aliases, adjectives, inflected forms."""

from __future__ import annotations

import pytest

from workflow.lang import countries, languages
from workflow.lang.countries import alias_rows, demonym_rows


def mentions(code: str, text: str) -> dict[str, str]:
    return dict(countries.reader(languages.parse(code)).mentions(text))


def test_the_demonym_table_covers_the_un_member_states() -> None:
    rows = dict(demonym_rows())
    assert len(rows) == 195  # 193 member states, Palestine and the Holy See
    en = languages.territory_names(languages.parse("en"))
    assert set(rows) <= set(en)
    for code, forms in rows.items():
        assert forms.get("en"), code  # every row has its English adjective
        # no two countries share a French adjective, but the Congos and the Dominicas' English
        assert len(forms.get("fr", ())) >= 1 or code in {"AG", "KN", "LC", "VC"}, code
    assert {code for code, _ in alias_rows()} <= set(en)


@pytest.mark.parametrize(
    ("code", "text", "country"),
    [
        ("fr", "le peuple afghan", "AF"),
        ("fr", "des réfugiées afghanes", "AF"),
        ("es", "el pueblo afgano", "AF"),
        ("es", "refugiadas afganas", "AF"),
        ("pt", "o povo afegão", "AF"),
        ("pt", "a delegação paquistanesa", "PK"),
        ("ru", "афганского народа", "AF"),
        ("ru", "на Украину", "UA"),
        ("ru", "в Пакистане", "PK"),
        ("ar", "الشعب الأفغاني", "AF"),
        ("ar", "والهند", "IN"),
        ("ar", "للهند", "IN"),
        ("ur", "افغان عوام", "AF"),
        ("ur", "پاکستانی وفد", "PK"),
        ("zh", "阿富汗人", "AF"),
        ("en", "the Pakistani delegation", "PK"),
        ("en", "the Congolese army", "CG"),  # both Congos are one country here
        # spellings official translations use beside the table's first form
        ("fr", "deux Casques bleus burkinabè", "BF"),
        ("fr", "la délégation moldove", "MD"),
        ("fr", "la République démocratique populaire lao", "LA"),
        ("es", "la provincia paquistaní de Baluchistán", "PK"),
        ("es", "la selección burkinabé", "BF"),
        ("ru", "экваториальногвинейская делегация", "GQ"),
        ("ru", "тиморские рыбаки", "TL"),
        ("ru", "коста-риканский посол", "CR"),
    ],
)
def test_adjectives_and_inflected_forms_are_the_country(code: str, text: str, country: str) -> None:
    assert country in mentions(code, text)


def test_names_are_sure_adjectives_and_ambiguous_words_are_weak() -> None:
    assert mentions("en", "Pakistan and India") == {"PK": "name", "IN": "name"}
    assert mentions("en", "the Afghan people") == {"AF": "weak"}
    assert mentions("en", "Chad voted") == {"TD": "weak"}
    assert mentions("en", "an anti-Pakistan campaign") == {"PK": "weak"}
    assert mentions("ar", "الدعم المالي") == {"ML": "weak"}  # مالي: "financial"


def test_longest_name_first_and_places_that_are_no_country() -> None:
    assert mentions("en", "Papua New Guinea and Guinea-Bissau") == {"PG": "name", "GW": "name"}
    assert mentions("en", "the South China Sea and the Indian Ocean") == {}
    assert mentions("en", "New Jersey") == {}
    assert mentions("zh", "尼日利亚") == {"NG": "name"}
    # 欧美国家 (Western countries), 其中国际 (among them international): no 美国, no 中国
    assert mentions("zh", "欧美国家") == {"US": "weak"}
    assert mentions("zh", "其中国际社会") == {"CN": "weak"}
    assert mentions("ru", "Внешние малые о-ва (США)") == {"UM": "name"}  # not the US


def test_a_text_without_a_country_costs_little() -> None:
    reader = countries.reader(languages.parse("fr"))
    assert reader.mentions("La délégation a voté pour la résolution.") == {}


@pytest.mark.parametrize(
    ("code", "text", "country"),
    [
        # UN names CLDR does not use, and Russian names declined word by word
        ("fr", "au Nigéria", "NG"),
        ("fr", "en RCA", "CF"),  # the Central African Republic's initials
        ("ru", "в ЦАР", "CF"),
        ("en", "the CAR and the DRC", "CF"),
        ("es", "Rwanda y Kenya", "RW"),
        ("es", "Rwanda y Kenya", "KE"),
        ("zh", "联合王国和日本", "GB"),
        ("ar", "وكوت ديفوار", "CI"),
        ("ar", "وجزر مارشال", "MH"),
        ("ar", "والجمهورية الدومينيكية", "DO"),
        ("ru", "Кот-д’Ивуар", "CI"),
        ("ru", "представитель Соединенных Штатов", "US"),
        ("ru", "в Южном Судане", "SS"),
        ("ru", "в Соединенном Королевстве", "GB"),
        ("ru", "Маршалловы Острова", "MH"),
        ("ru", "на Кубе", "CU"),
    ],
)
def test_un_names_and_declined_names(code: str, text: str, country: str) -> None:
    assert country in mentions(code, text)


def test_the_dollar_of_the_united_states_is_a_currency() -> None:
    assert mentions("ru", "300 млн долл. США") == {}
    assert mentions("fr", "5 millions de dollars des États-Unis") == {}
    assert "US" in mentions("ru", "США выделили 300 млн долл. США")


@pytest.mark.parametrize(
    ("code", "text", "country", "how"),
    [
        # the Arabic nisba of a name ending in alif after yeh: إيطاليا -> إيطالي (not إيطاليي)
        ("ar", "البعثة الإيطالية", "IT", "adjective"),
        ("ar", "الحكومة الإسبانية", "ES", "adjective"),
        ("ar", "اللاجئين السوريين", "SY", "adjective"),
        # an Arabic name with a nisba ending, clitics in front: the adjective, not the name
        ("ar", "لاجئون تونسيون", "TN", "adjective"),
        ("ar", "والحكومة الباكستانية", "PK", "adjective"),
        ("ar", "وبتونس", "TN", "name"),
        # Russian demonyms as nouns, every case
        ("ru", "миллионов индийцев", "IN", "adjective"),
        ("ru", "положению иранцев", "IR", "adjective"),
        ("ru", "китайцы", "CN", "adjective"),
        ("ru", "иракцев", "IQ", "adjective"),
        # UN and press spellings of adjectives
        ("fr", "des réfugiés iraquiens", "IQ", "adjective"),
        ("es", "el pueblo kenyano", "KE", "adjective"),
        # a short adjective in every form (its key leaves out the last letter)
        ("es", "la invasión rusa", "RU", "adjective"),
        ("es", "las tropas rusas", "RU", "adjective"),
        # UN and press spellings beside CLDR's
        ("fr", "l’Iraq", "IQ", "name"),
        ("es", "Rumania", "RO", "name"),
        ("ar", "زمبابوي", "ZW", "name"),
        ("ru", "Туркмения", "TM", "name"),
        ("fr", "la Syrie", "SY", "name"),
    ],
)
def test_read_tells_names_from_adjectives(code: str, text: str, country: str, how: str) -> None:
    assert countries.reader(languages.parse(code)).read(text) == {country: how}


def test_near_misses_are_no_country_words() -> None:
    ru = countries.reader(languages.parse("ru"))
    assert ru.near_misses("обрушившихся на Пакисатн в июле", "PK") == ["Пакисатн"]
    assert ru.near_misses("обрушившихся на Пакисатна в июле", "PK") == ["Пакисатна"]
    assert ru.near_misses("пострадали миллионы пакистанцев", "PK") == []
    assert ru.near_misses("миллионы украинцев бежали", "UA") == []  # a demonym, lower case
    assert ru.near_misses("бежали в Укарине", "UA") == ["Укарине"]  # a case of it misspelt
    ar = countries.reader(languages.parse("ar"))
    assert ar.near_misses("الزلزال الذي ضرب هاتيي", "HT") == ["هاتيي"]
    assert ar.near_misses("الحكومة الهايتية", "HT") == []
    fr = countries.reader(languages.parse("fr"))
    assert fr.near_misses("le gouvernement roumain", "RO") == []
    zh = countries.reader(languages.parse("zh"))
    assert zh.near_misses("罗马尼亚", "RO") == []
    # Chinese: one character changed in a name of three or more
    assert zh.near_misses("他表示声援阿德汗人民", "AF") == ["阿德汗"]
    assert zh.near_misses("巴基德坦收容了难民", "PK") == ["巴基德坦"]
    # 澳大利亚 holds 澳大利, one character from 意大利: part of another country's name
    assert zh.near_misses("澳大利亚代表团", "IT") == []


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # an adjective of a country whose name is also a word is unsure: مالي is "financial",
        # قطري "country-level" (البرامج القطرية, country programmes)
        ("ar", "المساعدة المالية", {"ML": "weak"}),
        ("ar", "البرامج القطرية", {"QA": "weak"}),
        ("ar", "الدعم المالي", {"ML": "weak"}),
        # ... not so its adjective where that is no word: "malien", "tchadien", "التشادي"
        ("fr", "le gouvernement malien", {"ML": "adjective"}),
        ("es", "el Gobierno chadiano", {"TD": "adjective"}),
        ("ar", "الشعب التشادي", {"TD": "adjective"}),
        ("ru", "иорданские власти", {"JO": "adjective"}),
        ("fr", "le peuple afghan", {"AF": "adjective"}),
        ("fr", "plusieurs îles dominiquaises", {"DM": "adjective"}),
        ("fr", "des milliers de Grenadiens", {"GD": "adjective"}),
        ("es", "miles de dominiqueses", {"DM": "adjective"}),
        ("ru", "на нескольких доминикских островах", {"DM": "adjective"}),
        ("ru", "гренадских островах", {"GD": "adjective"}),
        # a Russian demonym of an adjective in -ьский: венесуэльский -> венесуэльцы
        ("ru", "Десятки тысяч венесуэльцев", {"VE": "adjective"}),
        # Türkiye's newer Russian name
        ("ru", "осадков в Грецию, Тюркийе и Болгарию", {"GR": "name", "TR": "name", "BG": "name"}),
        # seas, oceans and continents named after a country are no country
        ("ru", "в Индийском океане и Латинской Америке", {}),
        ("ar", "في المحيط الهندي وأمريكا اللاتينية", {}),
        ("ar", "الدول الأمريكية اللاتينية وأميركا الجنوبية", {}),
        ("ar", "الحكومة الأمريكية", {"US": "adjective"}),
        ("zh", "印度洋和拉丁美洲", {}),
        ("zh", "印度和巴基斯坦", {"IN": "name", "PK": "name"}),
        # a compound adjective is unsure
        ("fr", "les États latino-américains", {"US": "weak"}),
    ],
)
def test_unsure_words_are_weak(code: str, text: str, expected: dict[str, str]) -> None:
    assert countries.reader(languages.parse(code)).read(text) == expected


@pytest.mark.parametrize(
    ("code", "text", "country"),
    [
        # UN short names where CLDR has another form (UN Arabic without the article, UN
        # Spanish and French spellings, UN Russian "Острова")
        ("ar", "وفد غابون", "GA"),
        ("ar", "وإكوادور وبيرو", "EC"),
        ("ar", "سفير موزامبيق", "MZ"),
        ("ar", "حكومة تايلند", "TH"),
        ("ar", "في ليبريا", "LR"),
        ("es", "Guinea-Bissau y el Senegal", "GW"),
        ("es", "Trinidad y Tabago", "TT"),
        ("es", "Suriname", "SR"),
        ("es", "Nueva Zelandia", "NZ"),
        ("fr", "au Libéria", "LR"),
        ("ru", "на Мальдивских Островах", "MV"),
        ("zh", "文莱达鲁萨兰国代表", "BN"),
        # Arabic broken plurals of demonyms
        ("ar", "العمال الهنود", "IN"),
        ("ar", "الزوار الأتراك", "TR"),
        ("ar", "الجنود البنغاليين", "BD"),
    ],
)
def test_un_short_names_and_broken_plurals(code: str, text: str, country: str) -> None:
    assert country in mentions(code, text)


def test_a_russian_name_takes_case_endings_and_no_other_letters() -> None:
    ru = countries.reader(languages.parse("ru"))
    for text in ("в Дании", "с Данией", "Данию", "Индия", "в Индии", "Пакистаном"):
        assert ru.read(text), text
    # a word on a country's stem is not the country: a storm "Даниэль" is not Denmark
    assert ru.read("ураган «Даниэль»") == {}
    assert ru.read("Иранда") == {}


def test_spans_of_the_country_words_of_a_text() -> None:
    en = countries.reader(languages.parse("en"))
    text = "The envoy of Burkina Faso met the Malian minister."
    assert [text[a:b] for a, b in en.spans(text)] == ["Burkina Faso", "Malian"]
    assert en.spans("No country here.") == []


def test_the_arabic_adjective_of_a_un_name_is_the_country_and_no_misspelling() -> None:
    ar = countries.reader(languages.parse("ar"))
    assert ar.read("الشرطة الزمبابوية") == {"ZW": "adjective"}
    assert "MZ" in ar.read("الحكومة الموزامبيقية")
    assert ar.near_misses("الشرطة الزمبابوية", "ZW") == []


def test_russian_short_names_and_fleeting_vowels_decline() -> None:
    ru = countries.reader(languages.parse("ru"))
    assert "EG" in ru.read("в Египте и Иордании")
    assert ru.near_misses("в Египте", "EG") == []
    assert "TD" in ru.read("беженцы в Чаде")
    assert "TD" in ru.read("граница с Чадом")


def test_capitals_named_after_their_country_are_no_country() -> None:
    en = countries.reader(languages.parse("en"))
    assert en.read("The conference opened in Kuwait City and Panama City.") == {}
    assert "MX" in en.read("Mexico and Guatemala signed in Mexico City.")
    assert en.read("a grant of 5 million US dollars") == {}
    assert countries.reader(languages.parse("zh")).read("撒哈拉以南非洲") == {}


def test_english_names_with_no_other_meaning_are_sure() -> None:
    en = countries.reader(languages.parse("en"))
    assert en.read("Peru and Guyana signed.") == {"PE": "name", "GY": "name"}
    assert en.read("Chad and Jordan signed.") == {"TD": "weak", "JO": "weak"}


@pytest.mark.parametrize(
    "text",
    ["на Маршалловых Островах", "Соломоновым Островам", "на Багамских Островах"],
)
def test_russian_island_names_decline_as_adjective_and_noun(text: str) -> None:
    assert countries.reader(languages.parse("ru")).mentions(text), text


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "le bassin du lac Tchad"),
        ("es", "la cuenca del lago Chad"),
        ("ru", "бассейн озера Чад"),
        ("ar", "حوض بحيرة تشاد"),
        ("zh", "乍得湖流域"),
    ],
)
def test_lake_chad_is_no_country_in_the_translations_either(code: str, text: str) -> None:
    assert countries.reader(languages.parse(code)).read(text) == {}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Dennis Francis of Trinidad and Tobago", "TT"),
        ("the delegation of Bosnia and Herzegovina", "BA"),
        ("Antigua and Barbuda", "AG"),
        ("Saint Kitts and Nevis", "KN"),
        ("Saint Vincent and the Grenadines", "VC"),
        ("Sao Tome and Principe", "ST"),
        ("Saint Lucia", "LC"),
    ],
)
def test_english_un_names_where_cldr_writes_an_ampersand(text: str, country: str) -> None:
    # CLDR's English "Trinidad & Tobago", "St. Kitts & Nevis": the UN and the press write "and"
    assert countries.reader(languages.parse("en")).read(text) == {country: "name"}


def test_normalising_replaces_as_the_tables_translate() -> None:
    # `_translate` replaces character by character: the same as str.translate for tables
    # mapping a character to one character that no table maps in turn
    tables = (countries._PLAIN, countries._ARABIC, countries._CYRILLIC)
    every = "".join(chr(k) + v for t in tables for k, v in t.items())
    for table in tables:
        assert all(len(v) == 1 and ord(v) not in table for v in table.values())
        for text in (every, "Côte d’Ivoire", "ёлка", "الإمارات", ""):
            assert countries._translate(text, table) == text.translate(table)


def test_the_keys_of_words_remembered_are_those_of_a_text_read_afresh() -> None:
    # a reader caches each word's index keys (and the words giving none): a text read after
    # others gives the keys it gives with no cache
    reader = countries.reader(languages.parse("en"))
    texts = (
        "The Afghan refugees in Pakistan and Iran, and the people of Chad",
        "The Secretary-General met Pakistani and Iranian officials",
        "the secretary-general",
    )
    cache: dict[str, tuple[str, ...]] = {}
    nothing: set[str] = set()
    for _ in range(2):
        for text in texts:
            alone = countries._text_keys(text, "en", reader.index)
            assert countries._text_keys(text, "en", reader.index, cache, nothing) == alone
    assert nothing and cache


def test_a_compound_adjective_of_two_countries_mentions_both() -> None:
    # es "grecochipriota", "turcochipriota", fr "gréco-chypriote", "israélo-palestinien": a
    # combining form joined to a country's adjective
    es = countries.reader(languages.parse("es"))
    fr = countries.reader(languages.parse("fr"))
    assert set(es.read("Los dirigentes grecochipriota y turcochipriota")) == {"GR", "TR", "CY"}
    assert set(fr.read("les dirigeants gréco-chypriote et turco-chypriote")) == {"GR", "TR", "CY"}
    assert set(fr.read("le conflit israélo-palestinien")) == {"IL", "PS"}
    assert set(es.read("la frontera sirio-libanesa")) == {"SY", "LB"}
    # the form before a word that is no country's adjective is none ("francotirador", sniper)
    assert es.read("el francotirador y el mundo hispanohablante") == {}


def test_a_chinese_name_with_a_character_doubled_at_its_start_or_end_is_misspelt() -> None:
    zh = countries.reader(languages.parse("zh"))
    assert zh.near_misses("中中国、伊朗和哈萨克斯坦；", "CN", named=True, words=False) == ["中中国"]
    assert zh.near_misses("阿阿富汗、阿根廷", "AF", named=True, words=False) == ["阿阿富汗"]
    assert zh.near_misses("为乌克兰兰及其人民深感悲痛", "UA", named=True, words=False) == [
        "乌克兰兰"
    ]
    # a word ending with the name's first character before it, or beginning with its last
    # character after it, is no doubling (其中中国 "among them China"; 兰州 Lanzhou)
    assert zh.near_misses("其中中国占一半", "CN", named=True, words=False) == []
    assert zh.near_misses("乌克兰兰州", "UA", named=True, words=False) == []


def test_an_adjective_with_a_letter_doubled_or_put_in_is_misspelt() -> None:
    fr = countries.reader(languages.parse("fr"))
    assert fr.near_misses("180 Casques bleus iindiens", "IN") == ["iindiens"]
    assert fr.near_misses("des réfugiés pakisstanais", "PK") == ["pakisstanais"]
    assert fr.near_misses("180 Casques bleus indiens", "IN") == []
    ru = countries.reader(languages.parse("ru"))
    assert ru.near_misses("около 180 индиийских миротворцев", "IN") == ["индиийских"]
    es = countries.reader(languages.parse("es"))
    assert es.near_misses("los refugiados afgganos", "AF") == ["afgganos"]


def test_the_countries_a_text_names_after_a_word_saying_including() -> None:
    fr = countries.reader(languages.parse("fr"))
    assert fr.introduced("La Conférence s’est tenue à Lisbonne, notamment au Chili.") == {"CL"}
    assert fr.introduced("La Conférence s’est tenue au Portugal.") == set()
    es = countries.reader(languages.parse("es"))
    assert es.introduced("Ratificó el Acuerdo, incluido en Marruecos.") == {"MA"}
    assert countries.SAYS_INCLUDING_EN.search("refugees, including in Chad")
    assert not countries.SAYS_INCLUDING_EN.search("The Conference was held in Lisbon.")


def test_a_russian_name_with_no_case_ending_of_its_own_is_a_bad_case() -> None:
    """The reader takes a name's stem with any ending; a word on it that is no case of the
    name is one misspelt ("Итали" for Италии, "Нидерланди" for Нидерланды)."""
    ru = countries.reader(languages.parse("ru"))
    assert ru.bad_cases("в Португалии, Итали и Греции", "IT") == ["Итали"]
    assert ru.bad_cases("в Гааге (Нидерланди)", "NL") == ["Нидерланди"]
    for text, code in (
        ("в Италии, Италию, Италией", "IT"),
        ("Нидерландов, Нидерландам, в Нидерландах", "NL"),
        ("Соединенных Штатов, Соединенным Штатам", "US"),
        ("в Египте", "EG"),
        ("Российской Федерации", "RU"),
        ("Соломоновых Островов", "SB"),
        ("в Мали", "ML"),
    ):
        assert ru.bad_cases(text, code) == [], text
    assert countries.reader(languages.parse("fr")).bad_cases("Itali", "IT") == []


def test_a_long_russian_stem_misspelt_at_its_last_letter_is_a_near_miss() -> None:
    ru = countries.reader(languages.parse("ru"))
    assert ru.near_misses("под контролем Российской Федерацыи", "RU") == ["Федерацыи"]
    assert ru.near_misses("Федеральной службы по надзору", "RU") == []


def test_a_chinese_long_name_misspelt_after_the_short_name_it_begins_with() -> None:
    zh = countries.reader(languages.parse("zh"))
    assert zh.long_name_misses("处于俄罗斯联帮控制之下", "RU") == ["俄罗斯联帮"]
    assert zh.long_name_misses("摩尔多瓦共合国", "MD") == ["摩尔多瓦共合国"]
    assert zh.long_name_misses("处于俄罗斯联邦控制之下，俄罗斯代表", "RU") == []
    assert zh.long_name_misses("俄罗斯、乌克兰", "RU") == []


def test_an_arabic_name_of_several_words_misspelt_round_a_word_of_it() -> None:
    ar = countries.reader(languages.parse("ar"))
    # South Sudan has one Arabic name: it is sought round its word جنوب
    assert ar.long_name_misses("سلطات جنوب السدان", "SS") == ["جنوب السدان"]
    assert ar.long_name_misses("سلطات جنوب السودان وجنوب أفريقيا", "SS") == []
    # a clitic article inside the name is read in the name as in the text ("والهرسك")
    assert ar.long_name_misses("زارت البعثة البوسنة والهرسك", "BA") == []


def test_an_arabic_name_with_another_alif_than_its_un_spelling() -> None:
    ar = countries.reader(languages.parse("ar"))
    assert ar.hamza_misses("في اسبانيا", "ES") == ["اسبانيا"]
    assert ar.hamza_misses("مع الإتحاد الروسي", "RU") == ["الإتحاد الروسي"]
    assert ar.hamza_misses("في إسبانيا ولإسبانيا", "ES") == []
    assert ar.hamza_misses("مع الاتحاد الروسي وروسيا", "RU") == []


def test_the_united_states_misspelt_in_the_dollar_s_name() -> None:
    fr, es, ru, ar = (languages.parse(c) for c in ("fr", "es", "ru", "ar"))
    assert countries.misspelt_dollar_country("dollars des États-Unies.", fr) == ["États-Unies"]
    assert countries.misspelt_dollar_country("dólares de los Estados Unídos", es) == [
        "Estados Unídos"
    ]
    assert countries.misspelt_dollar_country("5 млн долл. СЩА", ru) == ["СЩА"]
    assert countries.misspelt_dollar_country("دولار من دولارات الولايات المتحده", ar) == [
        "الولايات المتحده"
    ]
    for code, text in (
        ("fr", "5 millions de dollars des États-Unis, et 2 millions"),
        ("fr", "dollars des États-Unis d’Amérique"),
        ("es", "dólares de los Estados Unidos."),
        ("ru", "5 млн долл. США."),
        ("ar", "40 مليون دولار من دولارات الولايات المتحدة."),
    ):
        assert countries.misspelt_dollar_country(text, languages.parse(code)) == [], text


def test_the_dollar_named_by_its_country_stands_beside_a_country_listed_after_it() -> None:
    es = countries.reader(languages.parse("es"))
    text = "1500 millones de dólares de los Estados Unidos y los Países Bajos"
    assert es.beside(text) == {"US": {"NL"}, "NL": {"US"}}


def test_an_ambiguous_word_inside_a_source_word_is_not_the_source_s() -> None:
    """ "Niger" is in "Nigeria": not a word the source carries over."""
    fr = countries.reader(languages.parse("fr"))
    assert fr.placed("le Nigéria et le Niger (26 %)", "Nigeria (26 per cent);") == {"NE"}
    assert fr.placed("le Nigéria et le Niger", "Nigeria and the Niger") == set()


def test_haiti_before_a_verb_beginning_with_its_last_character() -> None:
    """海地带 is a sea zone, but 给海地带来 is "brings Haiti"."""
    zh = countries.reader(languages.parse("zh"))
    assert zh.read("这项决议给海地带来了希望。") == {"HT": "name"}
    assert "HT" not in zh.read("沿海地带的居民")


def test_a_long_name_misspelt_round_its_short_name() -> None:
    es = countries.reader(languages.parse("es"))
    assert es.long_name_misses("destinado a la República Arabe Siria para 2023", "SY") == [
        "República Arabe Siria"
    ]
    assert es.long_name_misses("destinado a la República Árabe Siria y a Siria", "SY") == []
    zh = countries.reader(languages.parse("zh"))
    # the characters in another order
    assert zh.long_name_misses("用于援助叙利亚阿拉伯共和国近500万人", "SY") == [
        "叙利亚阿拉伯共和国"
    ]
    assert zh.long_name_misses("用于援助阿拉伯叙利亚共和国近500万人", "SY") == []
    assert zh.long_name_misses("中国、俄罗斯联邦和美国", "RU") == []
    # Russian takes endings: its cases are `bad_cases`' and `near_cases`'
    ru = countries.reader(languages.parse("ru"))
    assert ru.long_name_misses("в Республике Молдова", "MD") == []


def test_a_russian_word_one_letter_from_a_case_of_the_name() -> None:
    ru = countries.reader(languages.parse("ru"))
    assert ru.near_cases("Элой Альфаро де Альба (Панамма) заявил", "PA") == ["Панамма"]
    assert ru.near_cases("Элой Альфаро де Альба (Панама) заявил", "PA") == []
    assert ru.bad_cases("«В Сирие уже сложилось»", "SY") == ["Сирие"]
    assert ru.bad_cases("в Сирийской Арабской Республике", "SY") == []


def test_an_arabic_name_without_its_hamza_in_a_text_with_vowel_marks() -> None:
    ar = countries.reader(languages.parse("ar"))
    assert ar.hamza_misses("الحظر الذي فُرض في افغانستان عام 2021", "AF") == ["افغانستان"]
    assert ar.hamza_misses("الحظر الذي فُرض في أفغانستان عام 2021", "AF") == []


def test_a_short_name_one_letter_off() -> None:
    es = countries.reader(languages.parse("es"))
    assert es.near_short("El Tchad, que también acoge", "TD") == ["Tchad"]
    assert es.near_short("El Chad, que también acoge", "TD") == []


def test_the_two_congos_full_names_are_counted_apart() -> None:
    assert countries.congos(
        "the Democratic Republic of Congo, the Republic of the Congo and the DRC",
        languages.parse("en"),
    ) == (2, 1)
    # the Republic's name inside the Democratic Republic's is not counted again
    assert countries.congos(
        "جمهورية الكونغو الديمقراطية وجمهورية الكونغو", languages.parse("ar")
    ) == (1, 1)
    assert countries.congos(
        "из Республики Конго и Демократической Республики Конго", languages.parse("ru")
    ) == (1, 1)
    assert countries.congos("刚果民主共和国和刚果共和国，刚果", languages.parse("zh")) == (1, 1)
    assert countries.congos("le Congo", languages.parse("fr")) == (0, 0)


def test_chinese_names_of_another_standard_and_developing_countries() -> None:
    zh = countries.reader(languages.parse("zh"))
    assert zh.other_standard("已有一半离开马利", "ML") == ["马利"]
    assert zh.other_standard("已有一半离开马里", "ML") == []
    assert zh.other_standard("查德维和人员", "TD") == ["查德"]
    # "developing countries" holds 中国 and names no China
    assert zh.read("流入发展中国家的外国直接投资") == {}
    assert zh.read("发展中国家和中国") == {"CN": "name"}


def test_the_united_kingdom_s_full_un_name_is_one_country_in_every_language() -> None:
    for code, text in [
        ("fr", "le Royaume-Uni de Grande-Bretagne et d’Irlande du Nord"),
        ("es", "el Reino Unido de Gran Bretaña e Irlanda del Norte"),
        ("ru", "Соединенного Королевства Великобритании и Северной Ирландии"),
        ("ar", "والمملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية"),
        ("zh", "大不列颠及北爱尔兰联合王国"),
    ]:
        reader = countries.reader(languages.parse(code))
        assert reader.read(text) == {"GB": "name"}, code
        assert reader.count(text, "GB") == 1, code
    # either Arabic alif of Ireland is the listed spelling, no misspelling
    ar = countries.reader(languages.parse("ar"))
    assert ar.hamza_misses("وتُعدّ المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية", "GB") == []


def test_an_arabic_long_name_misspelt_round_a_word_of_it() -> None:
    ar = countries.reader(languages.parse("ar"))
    assert ar.long_name_misses("زار وفد من مجلس الأمن جمهورية الكنغو الديمقراطية", "CG")
    assert ar.long_name_misses("زار وفد من مجلس الأمن جمهورية الكونغو الديمقراطية", "CG") == []
    # a clitic before the article is no misspelling ("للجمهورية" = "ل" + "الجمهورية")
    assert ar.long_name_misses("وأشاد المبعوث بدعمه للجمهورية العربية السورية", "SY") == []


def test_a_country_named_twice_in_one_list() -> None:
    fr = countries.reader(languages.parse("fr"))
    assert fr.listed_twice("les frontières du Niger et du Nigéria et du Niger") == {"NE"}
    assert fr.listed_twice("les frontières du Niger et du Nigéria") == set()
    # twice, but in two lists: no list names it twice
    assert fr.listed_twice("le Niger et le Tchad aident le Niger à l’est") == set()
