"""The countries check: the source's countries, and no other."""

from __future__ import annotations

from workflow.lang import languages
from workflow.quality.registry import CHECKS, Context, EntryView

EN = languages.parse("en")
SOURCE = "The Permanent Representative of Pakistan said that Pakistan hosts refugees."


def problems(code: str, target: str, source: str = SOURCE) -> list[tuple[str, str]]:
    ctx = Context(EN, languages.parse(code))
    return [
        (p.severity, p.message) for p in CHECKS["countries"].run(EntryView(source, target), ctx)
    ]


def test_a_wrong_country_is_an_error_even_with_the_right_one_elsewhere() -> None:
    fr = "Le Représentant permanent du Pakistan a déclaré que le Pakistan accueille des réfugiés."
    assert problems("fr", fr) == []
    wrong = fr.replace("du Pakistan", "de l’Inde")
    assert problems("fr", wrong) == [("error", "Inde (IN) is not in the source")]
    zh = "巴基斯坦常驻代表说，巴基斯坦收容了难民。"
    assert problems("zh", zh) == []
    assert problems("zh", zh.replace("收容了难民", "收容了阿富汗人")) == [
        ("error", "阿富汗 (AF) is not in the source")
    ]


def test_an_adjective_counts_as_the_country() -> None:
    source = "Pakistan hosts refugees from Afghanistan."
    assert problems("fr", "Le Pakistan accueille des réfugiés afghans.", source) == []
    assert problems("es", "Pakistán acoge a refugiados afganos.", source) == []
    assert problems("ru", "Пакистан принимает афганских беженцев.", source) == []
    assert problems("ar", "تستضيف باكستان لاجئين أفغان.", source) == []
    assert problems("fr", "Le Pakistan accueille des réfugiés.", source) == [
        ("error", "country Afghanistan missing: 'Afghanistan' or its adjective not found")
    ]


# --- issue 13: demonyms, variant spellings, misspellings ---------------------------------------
AFGHANS = "Pakistan calls for international support for the return of Afghan refugees."


def test_a_demonym_of_a_country_the_source_does_not_mention_is_an_error() -> None:
    right = {
        "fr": "Le Pakistan appelle à un soutien international au retour des réfugiés afghans.",
        "es": "El Pakistán pide apoyo internacional para el regreso de los refugiados afganos.",
        "ar": "باكستان تدعو إلى دعم دولي لعودة اللاجئين الأفغان.",
        "ru": "Пакистан призывает к международной поддержке возвращения афганских беженцев.",
    }
    wrong = {
        "fr": ("afghans", "iraniens", "Iran"),
        "es": ("afganos", "iraníes", "Irán"),
        "ar": ("الأفغان", "الإيرانيين", "إيران"),
        "ru": ("афганских", "иранских", "Иран"),
    }
    for code, target in right.items():
        assert problems(code, target, AFGHANS) == [], code
        old, new, name = wrong[code]
        found = problems(code, target.replace(old, new), AFGHANS)
        assert ("error", f"{name} (IR) is not in the source") in found, (code, found)


def test_demonyms_as_nouns_and_in_every_form() -> None:
    source = "The floods affected more than 20 million Pakistanis."
    ru = "Наводнения затронули более 20 миллионов пакистанцев."
    assert problems("ru", ru, source) == []
    assert ("error", "Индия (IN) is not in the source") in problems(
        "ru", ru.replace("пакистанцев", "индийцев"), source
    )
    es = "La invasión rusa de Ucrania agravó la crisis."
    assert problems("es", es, "The Russian invasion of Ukraine worsened the crisis.") == []
    # the Italian mission: an Arabic adjective from the country's name (إيطاليا -> الإيطالية)
    ar = "وقادت البعثة الإيطالية المفاوضات بشأن القرار."
    source = "The Italian mission led the negotiations on the resolution."
    assert problems("ar", ar, source) == []
    assert problems("ar", ar.replace("الإيطالية", "الإسبانية"), source) == [
        (
            "error",
            "country Italy (as an adjective) missing: 'إيطاليا' or its adjective not found",
        ),
        ("error", "إسبانيا (ES) is not in the source"),
    ]


def test_variant_spellings_of_un_and_press_usage() -> None:
    source = "Millions have fled their homes in Syria, Iraq and Romania."
    assert (
        problems("fr", "Des millions de personnes ont fui la Syrie, l’Iraq et la Roumanie.", source)
        == []
    )
    assert (
        problems("fr", "Des millions de personnes ont fui la Syrie, l’Irak et la Roumanie.", source)
        == []
    )
    assert (
        problems("es", "Millones de personas han huido de Siria, el Iraq y Rumania.", source) == []
    )
    assert problems("es", "Millones de personas han huido de Siria, Irak y Rumanía.", source) == []
    zw = "Appeals were launched for Zimbabwe and Somalia."
    assert problems("ar", "أُطلقت نداءات من أجل زمبابوي والصومال.", zw) == []
    assert problems("ar", "أُطلقت نداءات من أجل زيمبابوي والصومال.", zw) == []


def test_a_country_one_letter_away_is_misspelt() -> None:
    source = "The floods that hit Pakistan in July affected more than 20 million Pakistanis."
    ru = (
        "От наводнений, обрушившихся на Пакистан в июле, пострадали более 20 миллионов пакистанцев."
    )
    assert problems("ru", ru, source) == []
    # the adjective is still there: the name misspelt is found all the same
    assert problems("ru", ru.replace("Пакистан ", "Пакисатн "), source) == [
        ("error", "country Pakistan: 'Пакисатн' misspelt? ('Пакистан')")
    ]
    haiti = "The Haitian earthquake of 12 January 2010 killed more than 200,000 people."
    ar = "وأودى الزلزال الذي ضرب هايتي في 12 كانون الثاني/يناير 2010 بحياة أكثر من 200 ألف شخص."
    assert problems("ar", ar, haiti) == []
    assert problems("ar", ar.replace("هايتي", "هاتيي"), haiti) == [
        ("error", "country Haiti: 'هاتيي' misspelt? ('هايتي')")
    ]
    # an adjective's feminine one letter from the name is the adjective, not a misspelling
    italy = "Ambassador Massari of Italy led the negotiations."
    assert problems("ar", "وقاد السفير ماساري، ممثل إيطاليا، المفاوضات.", italy) == []
    assert (
        problems("es", "La delegación rusa apoyó a Rusia.", "The Russian delegation backed Russia.")
        == []
    )


def test_it_opening_a_sentence_may_be_the_country_made_explicit() -> None:
    source = (
        "It still hosts more than three million Afghan refugees, the largest protracted refugee "
        "population in the world."
    )
    zh = "巴基斯坦仍收容着300多万阿富汗难民，这是世界上规模最大的长期难民群体。"
    assert problems("zh", zh, source) == []
    fr = (
        "Il accueille encore plus de trois millions de réfugiés afghans, soit la plus importante "
        "population de réfugiés au monde."
    )
    assert problems("fr", fr, source) == []
    # a demonym is no country made explicit: another people is an error
    assert problems("fr", fr.replace("afghans", "iraniens"), source) == [
        (
            "error",
            "country Afghanistan (as an adjective) missing: "
            "'Afghanistan' or its adjective not found",
        ),
        ("error", "Iran (IR) is not in the source"),
    ]


def test_a_country_the_source_has_as_an_adjective_dropped_is_an_error() -> None:
    source = "The Sudanese Government thanked the donors for their support to Chad."
    es = "El Gobierno sudanés agradeció a los donantes su apoyo al Chad."
    assert problems("es", es, source) == []
    # the adjective gone and the country in no other form: dropped
    assert (
        "error",
        "country Sudan (as an adjective) missing: 'Sudán' or its adjective not found",
    ) in (problems("es", es.replace("Gobierno sudanés", "Gobierno"), source))
    # Chinese has no adjective but the name: there a warning
    zh = problems("zh", "苏丹政府感谢捐助方对乍得的支持。".replace("苏丹", ""), source)
    assert (
        "warning",
        "country Sudan (as an adjective) missing: '苏丹' or its adjective not found",
    ) in zh
    # said by its name instead: no problem
    assert problems("es", es.replace("Gobierno sudanés", "Gobierno del Sudán"), source) == []
    ru = "Правительство Судана поблагодарило доноров за поддержку."
    assert problems("ru", ru, "The Sudanese Government thanked the donors for their support.") == []
    assert [
        p[0]
        for p in problems(
            "ru",
            "Правительство поблагодарило доноров за поддержку.",
            "The Sudanese Government thanked the donors for their support.",
        )
    ] == ["error"]


def test_an_arabic_adjective_added_is_no_country_made_explicit() -> None:
    # "It" may be the host country made explicit by its name, never by another people's adjective
    source = "It still shelters about two million Sudanese refugees."
    ar = "ولا تزال تؤوي نحو مليوني لاجئ سوداني."
    assert problems("ar", ar, source) == []
    assert problems("ar", ar.replace("سوداني", "سوداني وإثيوبي"), source) == [
        ("error", "إثيوبيا (ET) is not in the source")
    ]


def test_an_adjective_in_a_compound_is_unsure() -> None:
    source = "Latin American and Caribbean States supported Romania."
    fr = "Les États latino-américains et caribéens ont appuyé la Roumanie."
    assert [p for p in problems("fr", fr, source) if p[0] == "error"] == []


def test_a_capitalised_adjective_for_the_name_is_misspelt() -> None:
    source = "He said the same was true of the Republic of Moldova and Romania, which he visited."
    fr = "Il a ajouté qu’il en allait de même pour la République de Moldova et la Roumanie, où il s’est rendu."
    assert problems("fr", fr, source) == []
    assert problems("fr", fr.replace("la Roumanie", "la Roumaine"), source) == [
        ("error", "country Romania: 'Roumaine' misspelt? ('Roumanie')")
    ]
    # the adjective in lower case is the adjective: "the Romanian Government" for "Romania"
    ok = "Il a salué l’accueil réservé par le gouvernement roumain."
    assert problems("fr", ok, "He welcomed the reception by the Government of Romania.") == []


def test_the_host_made_explicit() -> None:
    source = "Afghan refugees thanked the host Government for its generosity."
    fr = "Les réfugiés afghans ont remercié le Gouvernement pakistanais de sa générosité."
    assert [p for p in problems("fr", fr, source) if p[0] == "error"] == []
    # two countries added: no host made explicit
    two = fr.replace("pakistanais", "pakistanais et le Gouvernement iranien")
    assert [p for p in problems("fr", two, source) if p[0] == "error"] == [
        ("error", "Pakistan (PK) is not in the source"),
        ("error", "Iran (IR) is not in the source"),
    ]


def test_the_country_translated_as_such_was_not_made_explicit() -> None:
    source = (
        "The United Nations and the Government of Pakistan today launched a flash appeal to help "
        "the country cope with catastrophic floods."
    )
    ru = (
        "Организация Объединенных Наций и правительство Пакистана сегодня объявили срочный "
        "призыв, чтобы помочь стране справиться с катастрофическими наводнениями."
    )
    assert problems("ru", ru, source) == []
    added = ru.replace("Пакистана", "Пакистана и Индии")
    assert problems("ru", added, source) == [("error", "Индия (IN) is not in the source")]
    # "the country" written as its name: one country made explicit, no error
    zh = "联合国和巴基斯坦政府今天发起紧急呼吁，帮助巴基斯坦应对灾难性洪灾。"
    assert problems("zh", zh, source) == []
    zh_added = "联合国和巴基斯坦政府今天发起紧急呼吁，帮助该国和印度应对灾难性洪灾。"
    assert problems("zh", zh_added, source) == [("error", "印度 (IN) is not in the source")]


def test_a_chinese_country_name_with_a_character_changed() -> None:
    source = "He expressed solidarity with the Afghan people."
    assert problems("zh", "他表示声援阿富汗人民。", source) == []
    assert problems("zh", "他表示声援阿德汗人民。", source) == [
        ("error", "country Afghanistan: '阿德汗' misspelt? ('阿富汗')")
    ]


# --- stop 23 (tuning3): UN missions, a country replaced where the source's is weak -----------------
def test_a_mission_spelt_out_names_its_country_and_is_none_added() -> None:
    source = "A medical officer from Ghana served with UNMISS in Malakal."
    ar = "خدم ضابط طبي من غانا في بعثة الأمم المتحدة في جمهورية جنوب السودان في ملكال."
    assert problems("ar", ar, source) == []
    fr = "Un médecin militaire du Ghana a servi à la MINUSS à Malakal."
    assert problems("fr", fr, source) == []
    # a country no mission of the source serves is still added
    assert problems("ar", ar.replace("جنوب السودان", "الصومال"), source) == [
        ("error", "الصومال (SO) is not in the source")
    ]


def test_a_country_in_place_of_the_source_s_is_an_error_even_as_an_ambiguous_word() -> None:
    # "مصر" is also a word (insistent): alone it is unsure; where it stands in the place of a
    # country the source names, it is the source's country replaced
    source = "Exports from Ghana rose by a fifth."
    ok = "ارتفعت صادرات غانا بمقدار الخمس."
    assert problems("ar", ok, source) == []
    assert ("error", "مصر (EG) is not in the source") in problems(
        "ar", ok.replace("غانا", "مصر"), source
    )
    # not where the source's own word was unsure ("US$", "Jordan" a person): the target's
    # may be a word too ("مالية", financial)
    us = "A US$ 5 million financial package for Pakistan was approved."
    ar = "وتمت الموافقة على حزمة مالية قدرها 5 ملايين دولار لباكستان."
    assert [s for s, _ in problems("ar", ar, us)] == ["warning"]
    person = "Jordan Peterson, a financial adviser, visited Pakistan."
    ar = "زار جوردان بيترسون، وهو مستشار مالي، باكستان."
    assert {s for s, _ in problems("ar", ar, person)} == {"warning"}
    # nor is "the country" made explicit denied for an unsure word of the source missing
    envoy = "Envoy Jordan Ryan said the country needs aid."
    ar = "قال المبعوث جوردان رايان إن باكستان تحتاج إلى المساعدة."
    assert {s for s, _ in problems("ar", ar, envoy)} == {"warning"}


def test_the_country_made_explicit_only_where_the_source_s_country_is_there() -> None:
    source = "Some 40 Nepali engineers have served since the country joined the mission."
    zh = "自该国加入特派团以来，约有40名尼泊尔工程师在此服务。"
    assert problems("zh", zh, source) == []
    explicit = "自尼泊尔加入特派团以来，约有40名尼泊尔工程师在此服务。"
    assert problems("zh", explicit, source) == []
    # the source's country gone and another one named: not "the country" made explicit
    swapped = "自不丹加入特派团以来，约有40名不丹工程师在此服务。"
    assert ("error", "不丹 (BT) is not in the source") in problems("zh", swapped, source)


def test_un_short_names_are_no_misspelt_or_missing_country() -> None:
    source = "Gabon, Ecuador and Mozambique voted in favour."
    ar = "وصوتت غابون وإكوادور وموزامبيق مؤيدة."
    assert problems("ar", ar, source) == []
    es = "Votaron a favor el Gabón, el Ecuador y Mozambique."
    assert problems("es", es, source) == []
    [(severity, message)] = problems("ar", ar.replace("وإكوادور", "وإكوداور"), source)
    assert severity == "error" and message.startswith("country Ecuador: ")
    assert "misspelt?" in message


def test_a_person_named_like_a_country_is_no_country_added() -> None:
    source = "The former French President François Hollande visited Senegal."
    fr = "L’ancien Président français François Hollande s’est rendu au Sénégal."
    # the source's own word carried over, capitalised: a name, not the Netherlands
    assert problems("fr", fr, source) == []
    assert [s for s, _ in problems("fr", fr.replace("Sénégal", "Sénégal et au Tchad"), source)]
    source = "Foreign Secretary Dominic Raab met the President of Kenya."
    zh = "外交大臣多米尼克·拉布会见了肯尼亚总统。"
    assert problems("zh", zh, source) == []  # 多米尼克 (Dominica) of a transcribed name


def test_a_country_said_by_an_official_translation_s_adjective() -> None:
    source = "Two peacekeepers from Burkina Faso were injured near Kidal."
    fr = "Deux Casques bleus burkinabè ont été blessés près de Kidal."
    assert problems("fr", fr, source) == []
    assert [s for s, _ in problems("fr", fr.replace("burkinabè", "togolais"), source)] == [
        "error",
        "error",
    ]
    source = "Floods hit Pakistan's Sindh province."
    assert (
        problems("es", "Las inundaciones azotaron la provincia paquistaní de Sindh.", source) == []
    )


def test_a_spanish_adjective_that_drops_its_accent_in_the_feminine() -> None:
    # "danés" -> "danesa", "danesas": the country's adjective in every form
    source = "Ms. Holm, a Danish diplomat, chaired the meeting."
    target = "La Sra. Holm, diplomática danesa, presidió la reunión."
    assert problems("es", target, source) == []
    assert problems("es", "Las diplomáticas danesas presidieron la reunión.", source) == []
    assert problems("es", "La Sra. Holm, diplomática sueca, presidió la reunión.", source)


# --- issue 13, a fourth injector: misspellings beside the right name, look-alike letters -------
def test_a_name_misspelt_where_it_is_also_named_rightly_is_an_error() -> None:
    source = "Pakistan has asked for help; the floods in Pakistan affected 33 million people."
    fr = "Le Pakistan a demandé de l'aide ; les inondations au Pakistan ont touché 33 millions."
    assert problems("fr", fr, source) == []
    assert problems("fr", fr.replace("au Pakistan", "au Pakitsan"), source) == [
        ("error", "country Pakistan: 'Pakitsan' misspelt? ('Pakistan')")
    ]
    ru = "Пакистан попросил о помощи; наводнения в Пакистане затронули 33 миллиона человек."
    assert problems("ru", ru, source) == []
    assert problems("ru", ru.replace("Пакистане", "Пакитсане"), source) == [
        ("error", "country Pakistan: 'Пакитсане' misspelt? ('Пакистан')")
    ]
    # a word of another country's name is none of this one misspelt ("Республике Корея" for
    # the Republic of Moldova, "Territorio" of the Palestinian territories)
    korea = "Moldova and the Republic of Korea signed."
    ru = "Молдова и Республика Корея подписали соглашение."
    assert problems("ru", ru, korea) == []


def test_arabic_letters_no_word_has_there_misspell_a_name() -> None:
    source = "Refugees from Afghanistan and Türkiye returned."
    ar = "عاد لاجئون من أفغانستان وتركيا."
    assert problems("ar", ar, source) == []
    # a hamza on an alif inside the word, an alif maqsura before its end
    assert problems("ar", ar.replace("أفغانستان", "أفغأنستان"), source) == [
        ("error", "country Afghanistan: 'أفغأنستان' misspelt? ('أفغانستان')")
    ]
    assert problems("ar", ar.replace("وتركيا", "وتركىا"), source) == [
        ("error", "country Türkiye: 'وتركىا' misspelt? ('تركيا')")
    ]
    # the hamza left out at the start is not the UN spelling (the reader folds the alifs, the
    # listed name has it); on the alif after the clitics it is
    assert problems("ar", ar.replace("أفغانستان", "افغانستان"), source) == [
        ("error", "country Afghanistan: 'افغانستان' misspelt? ('أفغانستان')")
    ]
    assert problems("ar", "عاد لاجئون إلى لأفغانستان وبتركيا.", source) == []


def test_a_chinese_name_with_a_character_added_dropped_or_swapped() -> None:
    source = "Two million refugees have fled Ukraine and Afghanistan."
    zh = "200万难民逃离乌克兰和阿富汗。"
    assert problems("zh", zh, source) == []
    for bad, word in (
        ("乌克克兰", "乌克克兰"),  # doubled inside
        ("乌兰克", "乌兰克"),  # two swapped
    ):
        got = problems("zh", zh.replace("乌克兰", bad), source)
        assert got == [("error", f"country Ukraine: '{word}' misspelt? ('乌克兰')")]
    pk = "Some 170 Pakistani peacekeepers have lost their lives."
    assert problems("zh", "约有170名巴基坦维和人员牺牲。", pk) == [
        ("error", "country Pakistan: '巴基坦' misspelt? ('巴基斯坦')")
    ]
    # a character after the name may begin the next word: 巴基斯坦坦克, "Pakistani tanks"; not
    # before a full stop
    tanks = "Pakistani tanks crossed the line."
    assert problems("zh", "巴基斯坦坦克越过了界线。", tanks) == []
    assert problems("zh", "200万难民逃离阿富汗和乌克兰兰。", source) == [
        ("error", "country Ukraine: '乌克兰兰' misspelt? ('乌克兰')")
    ]


def test_an_ambiguous_name_in_a_list_of_countries_or_after_in_is_a_country() -> None:
    source = "Aid has helped to avert famine in Somalia and Afghanistan."
    es = "La ayuda ha contribuido a evitar la hambruna en Somalia y el Afganistán."
    assert problems("es", es, source) == []
    assert problems("es", es.replace("y el", "y en Omán y el"), source) == [
        ("error", "Omán (OM) is not in the source")
    ]
    ar = "ساعدت المعونة على تجنب المجاعة في الصومال وأفغانستان."
    assert problems("ar", ar.replace("وأفغانستان", "وأفغانستان وكوبا"), source) == [
        ("error", "كوبا (CU) is not in the source")
    ]
    fr = "L'aide a permis d'éviter la famine en Somalie et en Afghanistan."
    assert problems("fr", fr + " Elle arrive au Tchad.", source) == [
        ("error", "Tchad (TD) is not in the source")
    ]
    # or after an article: a first name takes none ("le Tchad", "с Грузией")
    assert problems("fr", fr + " Le Tchad aussi.", source) == [
        ("error", "Tchad (TD) is not in the source")
    ]
    ru = "Помощь позволила предотвратить голод в Сомали и Афганистане."
    assert problems("ru", ru + " Вместе с Грузией.", source) == [
        ("error", "Грузия (GE) is not in the source")
    ]
    # alone, an ambiguous word stays unsure: "عمان" may be Amman, "Salvador" a first name
    assert problems("ar", ar.replace("المجاعة", "المجاعة في عمان"), source) == [
        ("warning", "عُمان (OM) is not in the source")
    ]
    assert [s for s, _ in problems("fr", fr + " Salvador l'a dit.", source)] == ["warning"]


def test_a_country_added_where_the_source_s_name_is_left_only_as_an_adjective() -> None:
    source = "India has deployed 6,000 personnel, and 180 Indian peacekeepers have died."
    ru = "Индия направила 6000 человек; погибли 180 индийских миротворцев."
    assert problems("ru", ru, source) == []
    # the name replaced by an ambiguous one, the adjective left: the added one is an error
    assert problems("ru", ru.replace("Индия", "Чили"), source) == [
        ("error", "Чили (CL) is not in the source")
    ]


def test_countries_in_a_compound_adjective_are_mentioned() -> None:
    # "Greek Cypriot" = es "grecochipriota": Greece and Cyprus both said
    source = "The Greek Cypriot and Turkish Cypriot leaders met."
    es = "Los dirigentes grecochipriota y turcochipriota se reunieron."
    assert [s for s, _ in problems("es", es, source)] == []
    # a country left out of the compound is still missing
    dropped = "Los dirigentes chipriotas se reunieron."
    assert "error" in [s for s, _ in problems("es", dropped, source)]


def test_a_country_word_inside_a_chinese_transcribed_name_is_no_country() -> None:
    # 纽埃 (Niue) in 埃马纽埃尔·马克龙 (Emmanuel Macron), 马里 (Mali) in 马里奥 (Mario)
    source = "The Special Envoy held talks with President Emmanuel Macron of France in Paris."
    zh = "特使在巴黎与法国总统埃马纽埃尔·马克龙举行了会谈。"
    assert problems("zh", zh, source) == []
    assert problems("zh", "特使与马里奥·德拉吉和法国总统会谈。", source) == []
    # the country named before the title is one
    assert problems("zh", zh.replace("法国", "德国"), source) == [
        ("error", "country France missing: '法国' or its adjective not found"),
        ("error", "德国 (DE) is not in the source"),
    ]
    assert problems("zh", "特使与马里总统埃马纽埃尔·马克龙会谈。", source)


NONE = "The report recommends mulching and installing drainage systems."


def test_a_country_added_where_the_source_names_none_is_an_error() -> None:
    fr = "Le rapport recommande le paillage et l’installation de systèmes de drainage"
    assert problems("fr", fr + ".", NONE) == []
    assert problems("fr", fr + ", notamment au Nigéria.", NONE) == [
        ("error", "Nigeria (NG) is not in the source")
    ]
    # an adjective too ("les enfants chinois", "الأطفال الصوماليون")
    assert problems("fr", fr + " pour les agriculteurs chinois.", NONE) == [
        ("error", "Chine (CN) is not in the source")
    ]
    ar = "ويوصي التقرير بالتغطية وتركيب أنظمة الصرف للمزارعين الصوماليين."
    assert problems("ar", ar, NONE) == [("error", "الصومال (SO) is not in the source")]
    assert problems("zh", "报告建议索马里农民覆盖土壤并安装排水系统。", NONE) == [
        ("error", "索马里 (SO) is not in the source")
    ]


def test_a_country_added_where_the_source_has_a_word_standing_for_one_is_a_warning() -> None:
    # "the country", "national", "the host Government", a capital, a people made explicit by
    # one name: nothing (as where the source names countries); by more, or with "the country"
    # translated as such: a warning
    for source, fr in (
        ("The country called for talks.", "Le Pakistan a appelé à des négociations."),
        ("National authorities called for talks.", "Les autorités du Pakistan ont appelé"),
        ("Talks were held in Islamabad.", "Des négociations ont eu lieu à Islamabad (Pakistan)."),
        (
            "Refugees arrived in Cox's Bazar.",
            "Des réfugiés sont arrivés à Cox’s Bazar (Bangladesh).",
        ),
        ("The Rohingya people fled.", "Les Rohingya du Myanmar ont fui."),
        ("The Ambassador said so.", "L’Ambassadeur du Pakistan l’a dit."),
        ("It also called for talks.", "Le Pakistan a aussi appelé à des négociations."),
    ):
        assert problems("fr", fr, source) == [], source
        two = fr.replace("Pakistan", "Pakistan et de l’Inde").replace(
            "Bangladesh", "Bangladesh, Inde"
        )
        two = two.replace("Myanmar", "Myanmar et de l’Inde")
        assert [s for s, _ in problems("fr", two, source)] == ["warning", "warning"], source
    literal = "Le pays a appelé, avec le Pakistan, à des négociations."
    assert problems("fr", literal, "The country called for talks.") == [
        ("warning", "Pakistan (PK) is not in the source")
    ]
    # nor the President of a United Nations organ
    source = "Contact the Office of the President of the General Assembly."
    assert problems(
        "fr", "Contactez le Bureau du Président de l’Assemblée générale au Chili.", source
    ) == [("error", "Chili (CL) is not in the source")]
    # a continent or a region of many countries stands for none
    assert problems("fr", "La crise en Europe, ainsi qu’en Ukraine", "The crisis in Europe") == [
        ("error", "Ukraine (UA) is not in the source")
    ]
    assert problems(
        "fr", "Ceux qui vivent en Asie du Sud, notamment en Inde", "Those in South Asia"
    ) == [("error", "Inde (IN) is not in the source")]
    headline = "Secretary-General Arrives in Islamabad for Talks on Floods"
    zh = "秘书长抵达巴基斯坦伊斯兰堡，就洪灾举行会谈"
    assert problems("zh", zh, headline) == []
    # nor a capitalised word inside a name ("Trade in Endangered Species")
    source = "They are listed by the Convention on International Trade in Endangered Species."
    fr = "Elles sont inscrites par la Convention sur le commerce international des espèces menacées"
    assert problems("fr", fr + ", notamment au Japon.", source) == [
        ("error", "Japon (JP) is not in the source")
    ]
    # a headline's capitals are no place ("Remain at Risk")
    headline = "Twenty Years On, Millions Remain at Risk, Secretary-General Says"
    assert problems("fr", "Vingt ans après, des millions restent menacés au Japon", headline) == [
        ("error", "Japon (JP) is not in the source")
    ]


def test_an_ambiguous_word_added_is_a_country_in_a_countrys_place() -> None:
    es = "El informe recomienda el acolchado y la instalación de sistemas de drenaje"
    assert problems("es", es + ", en particular en Chile.", NONE) == [
        ("error", "Chile (CL) is not in the source")
    ]
    assert problems("es", es + " y de Chile.", NONE) == [
        ("error", "Chile (CL) is not in the source")
    ]
    ru = "В докладе рекомендуется мульчирование и установка дренажных систем"
    assert problems("ru", ru + ", включая Мали.", NONE) == [
        ("error", "Мали (ML) is not in the source")
    ]
    assert problems("ru", ru + ", по Кубе.", NONE) == [("error", "Куба (CU) is not in the source")]
    ar = "ويوصي التقرير بالتغطية وتركيب أنظمة الصرف"
    assert problems("ar", ar + "، بما في ذلك عمان.", NONE) == [
        ("error", "عُمان (OM) is not in the source")
    ]
    zh = "报告建议覆盖土壤并安装排水系统"
    assert problems("zh", zh + "，特别是在乍得。", NONE) == [
        ("error", "乍得 (TD) is not in the source")
    ]
    # 以及 ("as well as", like "ainsi que", "а также")
    assert problems("zh", zh + "以及多哥。", NONE) == [("error", "多哥 (TG) is not in the source")]
    assert problems("zh", zh + "以及护坡。", NONE) == []
    assert problems("zh", "报告建议多哥政府覆盖土壤。", NONE) == [
        ("error", "多哥 (TG) is not in the source")
    ]
    assert problems("zh", "报告建议马里儿童覆盖土壤。", NONE) == [
        ("error", "马里 (ML) is not in the source")
    ]
    # after a preposition ("وفي البحرين"), not a word whose other sense is a city ("في عمان")
    assert problems("ar", ar + " وفي البحرين.", NONE) == [
        ("error", "البحرين (BH) is not in the source")
    ]
    assert problems("ar", ar + " في الكويت.", NONE) == []
    # an ordinary word is none ("المالية", financial), nor a person's name the source has
    assert problems("ar", ar + " والموارد المالية.", NONE) == []
    source = "Salvador Dalí painted it in Figueres."
    assert problems("fr", "Salvador Dalí l’a peint à Figueres.", source) == []


def test_the_united_states_dollar_and_coastal_areas_are_no_country() -> None:
    source = "The plan requests US$160 million for life-saving activities."
    assert problems("ar", "وتطلب الخطة 160 مليون دولار أمريكي لأنشطة إنقاذ الأرواح.", source) == []
    assert problems("fr", "Le plan demande 160 millions de dollars américains.", source) == []
    assert problems("es", "El plan solicita 160 millones de dólares estadounidenses.", source) == []
    source = "Rising sea levels put one billion people in coastal zones at risk."
    assert problems("zh", "海平面上升使沿海地区10亿人面临风险。", source) == []


def test_a_place_named_after_a_country_lost_or_changed_is_an_error() -> None:
    source = "Twenty years after the Indian Ocean tsunami, millions remain at risk."
    lost = [
        ("error", "Indian Ocean not found in the translation (its country word lost or changed?)")
    ]
    fr = "Vingt ans après le tsunami de l’océan Indien, des millions restent menacés."
    assert problems("fr", fr, source) == []
    assert problems("fr", fr.replace("Indien", "Inndien"), source) == lost
    ru = "Через двадцать лет после цунами в Индийском океане миллионы под угрозой."
    assert problems("ru", ru, source) == []
    assert problems("ru", ru.replace("Индийском ", ""), source) == lost
    assert problems("ru", ru.replace("Индийском", "Японском"), source) == [
        *lost,
        ("error", "Япония (JP) is not in the source"),
    ]
    ar = "بعد عشرين عاماً على تسونامي المحيط الهندي، لا يزال الملايين معرضين للخطر."
    assert problems("ar", ar, source) == []
    assert problems("ar", ar.replace("المحيط الهندي", "المحيط"), source) == lost
    assert problems("zh", "印度洋海啸发生二十年后，仍有数百万人面临风险。", source) == []
    assert problems("zh", "印亚度洋海啸发生二十年后，仍有数百万人面临风险。", source) == lost
    # the Indian and Pacific Oceans: the Indian one is no India
    source = "Tsunamis threaten the coasts of the Indian and Pacific Oceans."
    ru = "Цунами угрожают побережьям Индийского и Тихого океанов."
    assert problems("ru", ru, source) == []


def test_the_host_named_by_the_source_is_no_other_country_made_explicit() -> None:
    source = "Rasul Baghirov of Azerbaijan was appointed in Belarus, with the host Government's approval."
    zh = "阿塞拜疆的拉苏尔·巴吉罗夫经东道国政府同意，被任命为驻白俄罗斯协调员。"
    assert problems("zh", zh, source) == []
    assert problems("zh", zh.replace("东道国政府", "东道国秘鲁政府"), source) == [
        ("error", "秘鲁 (PE) is not in the source")
    ]
    # a host the source does not name may be made explicit
    source = "Rasul Baghirov of Azerbaijan was appointed, with the host Government's approval."
    assert problems("zh", zh.replace("东道国政府", "白俄罗斯政府"), source) == []


def test_an_ambiguous_word_of_the_source_listed_with_another_country_is_one() -> None:
    source = "China, Iran and Kazakhstan;"
    assert problems("fr", "la Chine, l’Iran et le Kazakhstan ;", source) == []
    assert problems("fr", ", l’Iran et le Kazakhstan ;", source) == [
        ("error", "country China missing: 'Chine' or its adjective not found")
    ]
    # alone it stays unsure (china, porcelain)
    assert problems("fr", "la porcelaine", "China") == [
        (
            "warning",
            "country China (as an ambiguous word) missing: 'Chine' or its adjective not found",
        )
    ]


def test_china_with_a_capital_in_running_text_is_the_country() -> None:
    # china the porcelain is written in lower case: "China" in a sentence is the country
    source = "China hosts 26 of the top 100 clusters, ahead of the United States, with 20."
    ru = "В Китае находятся 26 из 100 ведущих кластеров, в Соединенных Штатах — 20."
    assert problems("ru", ru, source) == []
    assert problems("ru", ru.replace("Китае", "Киитае"), source) == [
        ("error", "country China: 'Киитае' misspelt? ('Китай')")
    ]
    zh = "中国拥有前100强集群中的26个，领先于拥有20个集群的美国。"
    assert problems("zh", zh, source) == []
    assert problems("zh", zh.replace("中国", "国中"), source) == [
        ("error", "country China missing: '中国' or its adjective not found")
    ]
    assert problems("ar", "شانغهاي - سوتشو، في الصين.", "Shanghai–Suzhou, in China.") == []
    assert problems("ar", "شانغهاي - سوتشو، في الصيين.", "Shanghai–Suzhou, in China.") == [
        ("error", "country China missing: 'الصين' or its adjective not found")
    ]
    # a list's item of names in capitals is no headline: it ends as an item does
    ru = "Шэньчжэнь — Гонконг — Гуанчжоу (Китай);"
    source = "Shenzhen–Hong Kong–Guangzhou, in China;"
    assert [p for p in problems("ru", ru, source) if p[0] == "error"] == []
    assert ("error", "country China: 'Китаай' misspelt? ('Китай')") in problems(
        "ru", ru.replace("Китай", "Китаай"), source
    )
    # not in a headline in title case, nor alone, where it stays unsure
    title = "China Tops the Ranking of Science and Technology Clusters"
    fr = "En tête du classement des pôles scientifiques et technologiques"
    assert problems("fr", fr, title) == [
        (
            "warning",
            "country China (as an ambiguous word) missing: 'Chine' or its adjective not found",
        )
    ]


def test_a_prefix_of_a_compound_is_no_place_that_may_stand_for_a_country() -> None:
    # "to Pre-Pandemic" is no place the translation could name a country for
    source = "International Tourism Back to Pre-Pandemic Levels with 1.4 Billion Arrivals in 2024"
    zh = "国际旅游业恢复至疫情前水平，2024年国际游客达14亿人次"
    assert problems("zh", zh, source) == []
    assert problems("zh", zh + "和缅甸", source) == [("error", "缅甸 (MM) is not in the source")]
    # a place's name with hyphens still is one ("in Port-au-Prince" -> "en Haïti")
    source = "The meeting took place in Port-au-Prince on Monday."
    fr = "La réunion a eu lieu lundi à Port-au-Prince, en Haïti."
    assert problems("fr", fr, source) == []


def test_capital_as_money_stands_for_no_country() -> None:
    source = "Venture capital funding dropped by about 40 per cent in 2023."
    zh = "2023年风险投资资金下降约40%"
    assert problems("zh", zh + "。", source) == []
    assert problems("zh", zh + "以及智利。", source) == [
        ("error", "智利 (CL) is not in the source")
    ]
    # the capital city still may be made explicit by its country
    source = "Fighting continued in the capital on Monday."
    assert (
        problems(
            "fr", "Les combats se sont poursuivis lundi à Khartoum, capitale du Soudan.", source
        )
        == []
    )


def test_china_by_its_full_name_its_russian_abbreviation_or_as_the_chinese_side() -> None:
    source = "China and the Russian Federation abstained in the vote."
    assert problems("ru", "КНР и Россия воздержались при голосовании.", source) == []
    assert problems("zh", "中华人民共和国和俄罗斯联邦投了弃权票。", source) == []
    # "the Chinese side" in diplomatic prose has the country the source names ...
    assert problems("zh", "中方和俄罗斯联邦在表决中投了弃权票。", source) == []
    assert problems("zh", "俄罗斯联邦在表决中投了弃权票。", source) == [
        ("error", "country China missing: '中国' or its adjective not found")
    ]
    # ... and is no mention of its own (集中方式, "a concentrated way")
    none = "The funds will be managed centrally."
    assert problems("zh", "这些资金将以集中方式管理。", none) == []


def test_a_chinese_city_after_its_country_may_begin_with_the_name_s_last_character() -> None:
    # 埃塞俄比亚 + 亚的斯亚贝巴 (Addis Ababa): no 亚 doubled where the source names a city there
    source = "He will travel to Addis Ababa, Ethiopia, on Monday."
    zh = "他将于星期一前往埃塞俄比亚亚的斯亚贝巴。"
    assert problems("zh", zh, source) == []
    # the same doubling with no city in the source is a misspelling
    source = "He will travel to Ethiopia on Monday."
    assert problems("zh", "他将于星期一前往埃塞俄比亚亚的国家。", source) == [
        ("error", "country Ethiopia: '埃塞俄比亚亚' misspelt? ('埃塞俄比亚')")
    ]


def test_regions_named_like_a_country_are_none() -> None:
    source = "Drought has hit southern Africa and the Korean Peninsula, and the West Bank."
    assert problems("ru", "Засуха поразила Южную Африку.", source) == []
    assert problems("zh", "干旱袭击了南非、朝鲜半岛和约旦河西岸。", source) == []


def test_the_adjective_of_a_region_the_source_names_is_the_regions() -> None:
    # "американский" is the United States' adjective and the Americas'
    source = "The Americas recovered 97 per cent of their pre-pandemic arrivals."
    ru = "Американский регион восстановил 97 процентов допандемического уровня прибытий."
    assert problems("ru", ru, source) == []
    # the country's name is still a country added
    assert problems("ru", "США восстановили 97 процентов допандемического уровня.", source) == [
        ("error", "Соединенные Штаты (US) is not in the source")
    ]
    # with countries in the source too
    source = "Latin America and Brazil received 20 million tourists."
    ru = "Латиноамериканский регион и Бразилия приняли 20 млн туристов."
    assert problems("ru", ru, source) == []
    assert problems("ru", "Американский регион и Бразилия приняли 20 млн туристов.", source) == []
    # ... and the words of the region's name ("в странах Америки"), not the country's own
    source = "In the Americas, arrivals grew by 7 per cent."
    ru = "В странах Америки число прибытий выросло на 7 процентов."
    assert problems("ru", ru, source) == []
    assert problems("ru", ru.replace("Америки", "Америки и США"), source) == [
        ("error", "Соединенные Штаты (US) is not in the source")
    ]
    # where the source names no region of the Americas the adjective is the country's
    source = "Europe received 747 million international arrivals."
    assert problems("ru", "Американский регион принял 747 млн туристов.", source) != []


def test_a_country_added_where_the_source_names_none_in_an_unknown_language_is_unsure() -> None:
    # German: CLDR names, none of our ambiguous words: a warning
    assert problems("de", "Der Bericht empfiehlt Drainagesysteme, auch im Tschad.", NONE) == [
        ("warning", "Tschad (TD) is not in the source")
    ]


def test_an_arabic_country_word_that_is_also_a_city_is_added_where_the_source_names_neither() -> (
    None
):
    ar = "ويوصي التقرير بالتغطية وتركيب أنظمة الصرف"
    assert problems("ar", ar + " والجزائر.", NONE) == [
        ("error", "الجزائر (DZ) is not in the source")
    ]
    # the city named by the source: "in Amman" -> "في عمان"
    source = "The report was launched in Amman."
    assert problems("ar", "وأُطلق التقرير في عمان.", source) == []


def test_a_territory_or_continent_added_is_a_warning_not_an_error() -> None:
    """Not a State: its word in the target may be an ordinary word or part of a name ("la
    Segunda Reunión" is a meeting), or the source says it by an adjective the tables do not
    hold ("Antarctic")."""
    source = "Antarctic sea ice extent reached an all-time low in February."
    ar = "وبلغ امتداد الجليد البحري في أنتاركتيكا أدنى مستوى له على الإطلاق في شباط/فبراير."
    assert [s for s, _ in problems("ar", ar, source)] in ([], ["warning"])
    source = "The Second UN Food Systems Summit Stocktake will be held in July."
    es = "La Segunda Reunión de las Naciones Unidas para Hacer Balance se celebrará en julio."
    assert [s for s, _ in problems("es", es, source)] in ([], ["warning"])
    # a State added is still an error
    added = problems("es", es.replace("julio", "julio en Chile"), source)
    assert ("error", "Chile (CL) is not in the source") in added


def test_port_sudan_is_a_city_not_the_country() -> None:
    assert problems("ar", "بورتسودان", "Port Sudan") == []
    assert problems("es", "Puerto Sudán", "Port Sudan") == []
    assert problems("zh", "苏丹港", "Port Sudan") == []
    assert problems("ru", "Порт-Судан", "Port Sudan") == []
    # the country itself, added, is still one
    assert problems("zh", "苏丹港和苏丹", "Port Sudan") != []


def test_the_dollar_named_by_its_country_reads_as_the_country_too() -> None:
    """UN French writes US dollars "dollars des États-Unis", which also reads "dollars from the
    United States": the source's country is there."""
    source = "It expects about $1.5 billion from the United States this year."
    for code, target in (
        ("fr", "Il attend environ 1,5 milliard de dollars des États-Unis cette année."),
        ("es", "Espera unos 1500 millones de dólares de los Estados Unidos este año."),
        ("ru", "В этом году ожидается около 1,5 млрд долл. США."),
        ("ar", "ويتوقع نحو 1.5 بليون دولار من دولارات الولايات المتحدة هذا العام."),
    ):
        assert problems(code, target, source) == [], (code, target)
    # the country gone, the dollar left: still missing
    assert problems("fr", "Il attend environ 1,5 milliard de dollars cette année.", source) == [
        ("error", "country United States missing: 'États-Unis' or its adjective not found")
    ]
    # "$5 million" as "5 millions de dollars des États-Unis": no country added
    assert problems("fr", "5 millions de dollars des États-Unis", "$5 million") == []


def test_a_country_listed_beside_the_source_s_is_added_even_after_it() -> None:
    """A sentence opening with "It" may name the country "it" is; a country joined to the one
    the source names is one more, not "it" made explicit."""
    source = "It expects about 1.5 billion from the United States this year."
    ru = "В этом году она рассчитывает получить от Соединенных Штатов и Нидерландов около 1,5 млрд."
    assert problems("ru", ru, source) == [("error", "Нидерланды (NL) is not in the source")]
    ar = "ويتوقع أن يتلقى نحو 1.5 بليون من الولايات المتحدة وكندا هذا العام."
    assert problems("ar", ar, source) == [("error", "كندا (CA) is not in the source")]
    assert (
        problems(
            "ru",
            "В этом году она рассчитывает получить от Соединенных Штатов около 1,5 млрд.",
            source,
        )
        == []
    )


def test_a_country_after_including_is_added_whatever_word_might_stand_for_one() -> None:
    """Where the source names no country, one named after a word saying "including" is added,
    even where the source has a word that may stand for one ("in Lisbon", "its"): an error.
    Where the source says "including" too, still only a warning."""
    source = "The previous Conference was held in Lisbon in 2022."
    fr = "La précédente Conférence s’était tenue à Lisbonne en 2022."
    assert problems("fr", fr, source) == []
    assert problems("fr", fr[:-1] + ", notamment au Chili.", source) == [
        ("error", "Chili (CL) is not in the source")
    ]
    source = "He urged all countries to ratify its Agreement."
    es = "Instó a todos los países a ratificar su Acuerdo, incluido en Marruecos."
    assert problems("es", es, source) == [("error", "Marruecos (MA) is not in the source")]
    # made explicit by its name, as before: nothing
    assert problems("fr", "Le Pakistan accueille des réfugiés.", "It hosts refugees.") == []
    source = "It hosts refugees, including in camps."
    assert problems("fr", "Il accueille des réfugiés, notamment au Pakistan.", source) != [
        ("error", "Pakistan (PK) is not in the source")
    ]


def test_a_title_s_state_and_article_stand_for_no_country() -> None:
    """ "The State of Food Security …" is a report's title, and "according to The …" its
    article, no State nor place a translation may name: a country added there is an error."""
    source = (
        "About 8.2 per cent of the world's population faced hunger in 2024, according to The "
        "State of Food Security and Nutrition in the World 2025."
    )
    fr = (
        "Selon L’état de la sécurité alimentaire et de la nutrition dans le monde 2025, environ "
        "8,2 % de la population mondiale a souffert de la faim en 2024."
    )
    assert problems("fr", fr, source) == []
    added = fr.replace("population mondiale", "population béninoise mondiale")
    assert problems("fr", added, source) == [("error", "Bénin (BJ) is not in the source")]
    # a State that may be a country's: still a word standing for one (a warning)
    source = "The State will host the talks."
    assert problems("fr", "Le Bénin accueillera les pourparlers.", source) == []


def test_an_ambiguous_word_a_place_belongs_to_is_the_country() -> None:
    """ "the Sikasso region of Mali": no person, no river, the country."""
    source = (
        "Tahirou Sanogo, 15, from Tiola in the Sikasso region of Mali, worked in cotton fields."
    )
    good = "15-летний Таиру Саного из Тиолы в области Сикасо в Мали работал на хлопковых полях."
    assert problems("ru", good, source) == []
    assert problems("ru", good.replace("в Мали", "в Малли"), source) == [
        ("error", "country Mali: 'Малли' misspelt? ('Мали')")
    ]
    es = "Tahirou Sanogo, de 15 años, de Tiola, en la región de Sikasso (Níger), trabajaba."
    assert ("error", "Níger (NE) is not in the source") in problems("es", es, source)
    # elsewhere the word stays unsure: "Mali" may be a person
    assert [s for s, _ in problems("ru", "Мали Сингх выступила.", "Mali Singh spoke.")] in (
        [],
        ["warning"],
    )


def test_misspellings_the_reader_reads_through_are_errors() -> None:
    """A misspelt case ending, a long name misspelt after its short one, another alif: each
    reads as the country, and is reported misspelt."""
    source = "It is under the control of the Russian Federation, as in Italy and Spain."
    for code, good, bad in (
        ("ru", "под контролем Российской Федерации, как в Италии и Испании", "в Итали"),
        ("ru", "под контролем Российской Федерации, как в Италии и Испании", "Федерацыи"),
        ("zh", "处于俄罗斯联邦控制之下，如意大利和西班牙。", "俄罗斯联帮"),
        ("ar", "تحت سيطرة الاتحاد الروسي، كما في إيطاليا وإسبانيا.", "اسبانيا"),
    ):
        assert problems(code, good, source) == [], good
        wrong = {
            "в Итали": good.replace("в Италии", "в Итали"),
            "Федерацыи": good.replace("Федерации", "Федерацыи"),
            "俄罗斯联帮": good.replace("俄罗斯联邦", "俄罗斯联帮"),
            "اسبانيا": good.replace("وإسبانيا", "واسبانيا"),
        }[bad]
        found = problems(code, wrong, source)
        assert [s for s, _ in found] == ["error"], (wrong, found)
        assert "misspelt" in found[0][1], found


def test_a_country_added_beside_the_source_s_or_its_dollar() -> None:
    assert problems("fr", "le Nigéria et le Niger (26 %) ;", "Nigeria (26 per cent);") == [
        ("error", "Niger (NE) is not in the source")
    ]
    source = "It expects about $1.5 billion from the United States this year."
    good = "Espera recibir unos 1500 millones de dólares de los Estados Unidos este año."
    assert problems("es", good, source) == []
    bad = good.replace("Estados Unidos", "Estados Unidos y los Países Bajos")
    assert problems("es", bad, source) == [("error", "Países Bajos (NL) is not in the source")]
    # the dollar's country misspelt where the source names no country
    fr = "L’UNICEF lance un appel de 40 millions de dollars des États-Unis."
    assert problems("fr", fr, "UNICEF is appealing for US$40 million.") == []
    assert problems(
        "fr", fr.replace("Unis", "Unies"), "UNICEF is appealing for US$40 million."
    ) == [("error", "country United States: 'États-Unies' misspelt? ('États-Unis')")]


def test_the_representative_of_an_ambiguous_name_is_the_country_s() -> None:
    """ "Singapore" is a city too; "the representative of Singapore" is the country: missing or
    replaced is an error, and a letter added at its end is a misspelling."""
    source = "“It is unsustainable,” the representative of Singapore said."
    good = "« C’est intenable », a déclaré la représentante de Singapour."
    assert problems("fr", good, source) == []
    assert problems("fr", good.replace("Singapour", "Singapoure"), source) == [
        ("error", "country Singapore: 'Singapoure' misspelt? ('Singapour')")
    ]
    assert [s for s, _ in problems("fr", good.replace("de Singapour", "de Malaisie"), source)] == [
        "error",
        "error",
    ]


def test_a_long_name_misspelt_read_as_its_adjective_and_a_person_of_a_country() -> None:
    source = "Rik Peeperkorn, WHO Representative in the Occupied Palestinian Territory, said so."
    fr = "Rik Peeperkorn, Représentant de l’OMS dans le Territoire palestinien occupé, l’a dit."
    assert problems("fr", fr, source) == []
    [(severity, message)] = problems("fr", fr.replace("occupé", "ocupé"), source)
    assert severity == "error" and "'Territoire palestinien ocupé' misspelt" in message
    # "Name of Panama": the representative of the country, not Panama the hat
    source = "Eloy Alfaro de Alba of Panama said that the co-sponsors were convinced."
    ar = "وقال إلوي ألفارو دي ألبا، ممثل بنما، إن مقدمي مشروع القرار مقتنعون."
    assert problems("ar", ar, source) == []
    assert problems("ar", ar.replace("بنما", "بناما"), source) == [
        ("error", "country Panama missing: 'بنما' or its adjective not found")
    ]


def test_chad_after_a_preposition_is_the_country_and_a_short_name_misspelt() -> None:
    source = "Some 600,000 refugees have fled into Chad since April 2023."
    es = "Unos 600.000 refugiados han huido al Chad desde abril de 2023."
    assert problems("es", es, source) == []
    assert problems("es", es.replace("al Chad", "al Tchad"), source) == [
        ("error", "country Chad: 'Tchad' misspelt? ('Chad')")
    ]
    # an English word the translation keeps with a neighbour the source has only inside a
    # longer word is no title kept: "el Sudan ha" is no "Sudan has"
    source = "Since April 2023, the conflict in Sudan has forced 600,000 people to flee."
    es = "Desde abril de 2023, el conflicto en el Sudán ha obligado a huir a 600.000 personas."
    assert problems("es", es, source) == []
    assert problems("es", es.replace("Sudán", "Sudan"), source) == [
        ("error", "country Sudan: 'Sudan' misspelt? ('Sudán')")
    ]


def test_the_dollar_given_another_country_and_an_allocation_s_country() -> None:
    source = "WHO has released US$1.45 million from its Contingency Fund."
    ar = "وقد أفرجت المنظمة عن 1.45 مليون دولار من دولارات الولايات المتحدة من صندوق الطوارئ."
    assert problems("ar", ar, source) == []
    assert problems("ar", ar.replace("الولايات المتحدة", "كندا"), source) == [
        ("error", "كندا (CA) is not in the source (the dollar's country)")
    ]
    es = "La OMS ha liberado 1,45 millones de dólares de los Estados Unidos de su Fondo."
    assert problems("es", es, source) == []
    joined = es.replace("Estados Unidos", "Estados Unidos y los Países Bajos")
    assert problems("es", joined, source) == [
        ("error", "Países Bajos (NL) is not in the source (the dollar's country)")
    ]
    # "Chad ($15 million)": an allocation's country, not a person
    source = "Chad ($15 million), to support refugees and others;"
    assert problems("ar", "تشاد (15 مليون دولار)، لدعم اللاجئين وغيرهم؛", source) == []
    assert [
        s for s, _ in problems("ar", "النيجر (15 مليون دولار)، لدعم اللاجئين وغيرهم؛", source)
    ] == [
        "error",
        "error",
    ]
    # an Arabic long name with another ta marbuta
    source = "the Syrian Arab Republic ($20 million), for people affected by fighting;"
    ar = "الجمهورية العربية السورية (20 مليون دولار)، لصالح المتضررين من القتال؛"
    assert problems("ar", ar, source) == []
    [(severity, message)] = problems("ar", ar.replace("العربية", "العربيه"), source)
    assert severity == "error" and "'الجمهورية العربيه السورية' misspelt" in message
    # Chinese: a name misspelt beside the same name written rightly
    source = "the United Nations Mission in the Republic of South Sudan (UNMISS) until 2026."
    zh = "联合国南苏丹共和国特派团（南苏丹特派团）的任务期限延长至2026年。"
    assert problems("zh", zh, source) == []
    assert [s for s, _ in problems("zh", zh.replace("（南苏丹", "（南苏旦"), source)] == ["error"]


def test_the_country_of_a_mission_s_acronym_spelt_out_misspelt_or_cut() -> None:
    source = "It called on the Government to **immediately cease obstructing UNMISS**."
    zh = "安理会呼吁政府**立即停止阻挠南苏丹特派团**。"
    assert problems("zh", zh, source) == []
    assert problems("zh", zh.replace("南苏丹", "南苏旦"), source) == [
        ("error", "country South Sudan: '南苏旦' misspelt? ('南苏丹')")
    ]
    assert problems("zh", zh.replace("南苏丹", "苏丹"), source) == [
        ("error", "苏丹 (SD) is not in the source (its mission serves 南苏丹)")
    ]
    fr = "Il a appelé le Gouvernement à **cesser immédiatement d’entraver la MINUSS**."
    assert problems("fr", fr, source) == []


def test_one_congo_written_as_the_other() -> None:
    source = (
        "Refugees came from the Central African Republic and the Democratic Republic of the Congo."
    )
    ru = "Беженцы прибыли из Центральноафриканской Республики и Демократической Республики Конго."
    assert problems("ru", ru, source) == []
    wrong = ru.replace("Демократической Республики Конго", "Республики Конго")
    assert [s for s, m in problems("ru", wrong, source) if "(CG) is not in the source" in m] == [
        "error"
    ]
    fr = "Les réfugiés venaient de la République centrafricaine et de la République démocratique du Congo."
    added = fr.replace("du Congo.", "du Congo et de la République du Congo.")
    assert problems("fr", fr, source) == []
    assert [s for s, _ in problems("fr", added, source)] == ["error"]
    # a bare "Congo" of the source may be the other one
    both = "The Democratic Republic of the Congo and the Congo signed a border agreement."
    assert problems("ru", "ДРК и Республика Конго подписали соглашение о границе.", both) == []


def test_a_country_named_more_often_than_in_the_source() -> None:
    source = "In Chad, refugees from Darfur are assisted in the east of the country."
    assert (
        problems("fr", "Au Tchad, les réfugiés du Darfour sont aidés dans l’est du pays.", source)
        == []
    )
    # "the country" made explicit
    assert (
        problems("fr", "Au Tchad, les réfugiés du Darfour sont aidés dans l’est du Tchad.", source)
        == []
    )
    # another people written as the country's, "the country" kept
    wrong = "Au Tchad, les réfugiés tchadiens sont aidés dans l’est du pays."
    assert [s for s, m in problems("fr", wrong, source) if "more time" in m] == ["error"]
    # a currency's ISO code or name given its country's adjective
    rupees = "Pakistan will receive PKR 10 billion for reconstruction."
    assert (
        problems("ru", "Пакистан получит 10 млрд пакистанских рупий на восстановление.", rupees)
        == []
    )


def test_an_ambiguous_name_before_a_service_of_its_own_is_a_country() -> None:
    source = "Thanks to a recent grant, the Niger service may resume in August."
    assert (
        problems(
            "fr",
            "Grâce à une subvention récente, le service du Niger pourrait reprendre en août.",
            source,
        )
        == []
    )
    misspelt = "Grâce à une subvention récente, le service du Nigère pourrait reprendre en août."
    assert [s for s, _ in problems("fr", misspelt, source)] == ["error"]
    replaced = "بفضل منحة حديثة، قد تستأنف خدمة مالي في آب/أغسطس."
    assert "error" in [s for s, _ in problems("ar", replaced, source)]
    # not a river's delta
    delta = "Oil spills in the Niger Delta harm fishing."
    assert (
        problems("fr", "Les marées noires dans le delta du Niger nuisent à la pêche.", delta) == []
    )


def test_a_continent_written_as_another_is_an_error() -> None:
    source = "The European region reported 127,350 measles cases in 2024."
    fr = "La région européenne a enregistré 127 350 cas de rougeole en 2024."
    assert problems("fr", fr, source) == []
    assert problems("fr", fr.replace("européenne", "africaine"), source) == [
        ("error", "the source's Europe written as another continent (Africa)")
    ]
    zh = "欧洲区域2024年报告了127,350例麻疹病例。"
    assert problems("zh", zh, source) == []
    assert [s for s, _ in problems("zh", zh.replace("欧洲", "非洲"), source)] == ["error"]
    # a continent added beside the source's is none replaced
    both = "La région européenne, comme l’Afrique, a enregistré 127 350 cas en 2024."
    assert problems("fr", both, source) == []


def test_an_arabic_adjective_where_only_the_name_can_stand_is_misspelt() -> None:
    source = "The earthquake struck Türkiye on 6 February."
    assert problems("ar", "ضرب الزلزال تركيا في 6 شباط/فبراير.", source) == []
    assert [s for s, _ in problems("ar", "وقع الزلزال في تركية في 6 شباط/فبراير.", source)] == [
        "error"
    ]
    # the adjective with its noun is the adjective ("the Turkish cities")
    people = "The earthquake struck Turkish cities on 6 February."
    assert problems("ar", "ضرب الزلزال المدن التركية في 6 شباط/فبراير.", people) == []


def test_a_chinese_name_of_another_standard_is_an_error() -> None:
    source = "Half of its 13,871 personnel have now left Mali."
    assert problems("zh", "其13 871名人员中已有一半离开马里。", source) == []
    assert [s for s, _ in problems("zh", "其13 871名人员中已有一半离开马利。", source)] == ["error"]


def test_a_capitalised_ambiguous_name_in_place_of_the_source_s_is_an_error() -> None:
    source = "Half of its 13,871 personnel have now left Mali."
    es = "La mitad de sus 13 871 efectivos ya ha abandonado Malí."
    assert problems("es", es, source) == []
    assert "error" in [s for s, _ in problems("es", es.replace("Malí", "Níger"), source)]


def test_a_name_of_the_source_transcribed_as_a_country_is_none_added() -> None:
    source = "A team from Surya University in Indonesia was selected."
    assert problems("ar", "اختير فريق من جامعة سوريا في إندونيسيا.", source) == []
    # "Sudan" of the source's "South Sudan" is no name: "Судан" added is a country
    south = "The Council extended the mandate of the Mission in South Sudan."
    ru = "Совет продлил мандат Миссии в Южном Судане и Судане."
    assert [s for s, m in problems("ru", ru, south) if "(SD)" in m] == ["error"]


def test_places_named_like_a_country_or_holding_one_are_no_country_error() -> None:
    # a capital named after its country, written as the country's name
    assert problems("fr", "Panama", "Panama City") == []
    # a sultanate (阿曼苏丹国) holds no Sudan
    oman = "The Special Envoy had commended the Sultanate of Oman."
    assert problems("zh", "特使曾就此赞扬阿曼苏丹国。", oman) == []
    # another country's name holding a near miss of one (格林纳丁 of 圣文森特和格林纳丁斯)
    title = "UN Seeks $9 Million for Grenada and Saint Vincent and the Grenadines"
    assert problems("zh", "联合国为格林纳达和圣文森特和格林纳丁斯寻求900万美元", title) == []
    # a territory's name inside a place's ("Petite Martinique", an island of Grenada)
    island = "Most buildings on Petite Martinique in Grenada were damaged."
    ar = "أُصيبت معظم المباني في بيتيت مارتينيك في غرينادا بأضرار."
    assert "error" not in [s for s, _ in problems("ar", ar, island)]
    # an Arabic word one letter from a name ("الامن", security, is no misspelt اليمن)
    council = "The Special Envoy for Yemen told the Security Council that Yemen is fragile."
    ar = "وأبلغ المبعوث الخاص لليمن مجلس الامن بأن اليمن هش."
    assert problems("ar", ar, council) == []


def test_a_chinese_translation_names_the_country_of_a_where() -> None:
    source = (
        "Peace is eroding in Yemen, where the situation remains fragile, the Envoy for Yemen said."
    )
    zh = "也门问题特使说，也门的和平正在削弱，也门局势依然脆弱。"
    assert problems("zh", zh, source) == []


def test_a_currency_named_after_a_country_is_no_country_added() -> None:
    source = "50 school backpacks, worth 255,760 bolivianos (about US$37,000)."
    assert (
        problems(
            "es", "50 mochilas escolares, por 255.760 bolivianos (unos 37.000 dólares).", source
        )
        == []
    )
    assert problems("zh", "50个书包，价值25.576万玻利维亚诺（约合3.7万美元）。", source) == []


def test_the_government_made_explicit_where_the_source_lists_other_countries() -> None:
    source = (
        "The Government declared a national emergency, and Venezuela, Chile, Brazil and China"
        " sent firefighters."
    )
    zh = "玻利维亚政府宣布全国进入紧急状态，委内瑞拉、智利、巴西和中国派出了消防员。"
    assert problems("zh", zh, source) == [("warning", "玻利维亚 (BO) is not in the source")]
    # where the source names one country, the Government is that one's
    source = "The appeal for Türkiye was designed with the Government, which leads the relief."
    fr = "L’appel pour la Türkiye a été élaboré avec le Gouvernement péruvien, qui dirige les secours."
    assert problems("fr", fr, source) == [("error", "Pérou (PE) is not in the source")]
    # ... and one listed with the source's is added
    es = "El llamamiento para Türkiye y Grecia se elaboró con el Gobierno, que dirige el socorro."
    assert problems("es", es, source) == [("error", "Grecia (GR) is not in the source")]


def test_a_country_named_more_where_another_is_named_less_is_an_error() -> None:
    # "its" may stand for a country, but Bolivia named fewer times says Colombia replaced it
    source = (
        "Ms. Sakhr, whose office covers Argentina, Bolivia and Chile, said that Bolivia had become"
        " a transit point for migrants from Venezuela and Colombia, and that UNHCR had expanded"
        " its presence there."
    )
    right = (
        "وقالت السيدة صخر، التي يغطي مكتبها الأرجنتين وبوليفيا وشيلي، إن بوليفيا أصبحت نقطة عبور"
        " للمهاجرين القادمين من فنزويلا وكولومبيا، وإن المفوضية وسعت نطاق وجودها هناك."
    )
    assert problems("ar", right, source) == []
    wrong = right.replace("إن بوليفيا", "إن كولومبيا")
    assert (
        "error",
        "كولومبيا (CO) is named 1 more time(s) than in the source: another place or people written as it?",
    ) in problems("ar", wrong, source)
    # Chinese: a demonym replaced by another country's, named in the source (a warning for the
    # adjective missing, an error for the other named more)
    source = "Tens of thousands of Venezuelans crossed the jungle between Colombia and Panama."
    zh = "数以万计的委内瑞拉人穿越了哥伦比亚和巴拿马之间的丛林。"
    assert problems("zh", zh, source) == []
    assert (
        "error",
        "哥伦比亚 (CO) is named 1 more time(s) than in the source: another place or people written as it?",
    ) in problems("zh", zh.replace("委内瑞拉人", "哥伦比亚人"), source)


def test_a_name_written_with_other_accents_beside_it_written_rightly() -> None:
    source = "Refugees from Venezuela and the Bolivarian Republic of Venezuela."
    fr = "Les réfugiés du Venezuela et de la République bolivarienne du Venezuela."
    assert problems("fr", fr, source) == []
    assert problems("fr", fr.replace("du Venezuela", "du Vénézuela", 1), source) == [
        ("error", "country Venezuela: 'Vénézuela' misspelt? ('Venezuela')")
    ]
    # a long name writes its own accents: "Brunéi Darussalam" (French), "Tanzanía" (Spanish)
    assert problems("fr", "Brunéi Darussalam ;", "Brunei Darussalam;") == []
    source = "Rwanda and the United Republic of Tanzania"
    assert problems("es", "Rwanda y la República Unida de Tanzanía", source) == []


def test_a_name_transcribed_and_a_traditional_chinese_name() -> None:
    # Gagnon in Arabic letters reads as "Ghanaians" (غانيون): the source's name transcribed
    source = "Ms. Gagnon said that the priorities of the response were:"
    assert problems("ar", "وقالت السيدة غانيون إن أولويات الاستجابة هي:", source) == []
    # a name in traditional characters in a simplified Chinese text is misspelt
    source = "The plan will complement the response of Armenia's Government."
    assert problems("zh", "该计划将补充亚美尼亚政府的应对工作。", source) == []
    assert problems("zh", "该计划将补充亞美尼亞政府的应对工作。", source) == [
        ("error", "country Armenia: '亞美尼亞' misspelt? ('亚美尼亚')")
    ]


def test_a_country_of_the_source_named_twice_in_one_list() -> None:
    # "its" may stand for a country, but not for one named again in the same list
    source = (
        "The lake has lost 90 per cent of its surface and no longer reaches the Niger and Nigeria."
    )
    fr = "Le lac a perdu 90 % de sa superficie et n’atteint plus le Niger et le Nigéria."
    assert problems("fr", fr, source) == []
    assert problems("fr", fr.replace("le Nigéria.", "le Nigéria et le Niger."), source) == [
        (
            "error",
            "Niger (NE) is named 1 more time(s) than in the source: another place or people "
            "written as it?",
        )
    ]


def test_a_russian_case_with_a_letter_more_beside_the_name_written_rightly() -> None:
    source = "The floods in eastern Libya, the Coordinator for Libya said."
    ru = "Наводнения на востоке Ливии, сказала Координатор по Ливии."
    assert problems("ru", ru, source) == []
    assert problems("ru", ru.replace("востоке Ливии", "востоке Ливиии"), source) == [
        ("error", "country Libya: 'Ливиии' misspelt? ('Ливия')")
    ]
