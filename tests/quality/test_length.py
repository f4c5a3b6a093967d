"""The length check: content dropped (a translation far shorter than the pair's usual, in the
spreads of the length model), and a translation far longer."""

from __future__ import annotations

import pytest

from workflow.lang import languages
from workflow.quality import lengthmodel
from workflow.quality.registry import CHECKS, Context, EntryView, Settings

EN = languages.parse("en")

# A UN-style sentence with translations at publication quality, and the same translations with
# their last clauses dropped.
SOURCE = (
    "The Secretary-General said the funds would provide 5.2 million people with food, water, "
    "sanitation, emergency education, protection and health support, and would help the "
    "hardest-hit districts rebuild their schools and clinics."
)
FULL = {
    "fr": (
        "Le Secrétaire général a indiqué que ces fonds permettraient de fournir à 5,2 millions "
        "de personnes de la nourriture, de l’eau, des services d’assainissement, une éducation "
        "d’urgence, une protection et un soutien sanitaire, et aideraient les districts les "
        "plus touchés à reconstruire leurs écoles et leurs dispensaires."
    ),
    "es": (
        "El Secretario General indicó que los fondos permitirían proporcionar a 5,2 millones de "
        "personas alimentos, agua, saneamiento, educación de emergencia, protección y apoyo "
        "sanitario, y ayudarían a los distritos más afectados a reconstruir sus escuelas y "
        "centros de salud."
    ),
    "ru": (
        "Генеральный секретарь отметил, что эти средства позволят обеспечить 5,2 миллиона "
        "человек продовольствием, водой, услугами санитарии, образованием в чрезвычайных "
        "условиях, защитой и медицинской помощью, а также помогут наиболее пострадавшим "
        "районам восстановить школы и поликлиники."
    ),
    "zh": (
        "秘书长说，这些资金将为520万人提供粮食、饮水、卫生设施、紧急教育、保护和医疗支助，"
        "并帮助受灾最严重的地区重建学校和诊所。"
    ),
    "ar": (
        "وقال الأمين العام إن هذه الأموال ستوفر لـ 5.2 مليون شخص الغذاء والمياه وخدمات الصرف "
        "الصحي والتعليم في حالات الطوارئ والحماية والدعم الصحي، وستساعد المقاطعات الأشد تضرراً "
        "على إعادة بناء مدارسها وعياداتها."
    ),
}
CUT = {  # all after "water" dropped
    "fr": FULL["fr"].split(", des services")[0] + ".",
    "es": FULL["es"].split(", saneamiento")[0] + ".",
    "ru": FULL["ru"].split(", услугами")[0] + ".",
    "zh": FULL["zh"].split("、卫生设施")[0] + "。",
    "ar": FULL["ar"].split(" وخدمات")[0] + ".",
}


def found(code: str, source: str, target: str, ctx: Context | None = None) -> list[str]:
    ctx = ctx or Context(EN, languages.parse(code))
    return [p.severity for p in CHECKS["length"].run(EntryView(source, target), ctx)]


@pytest.mark.parametrize("code", sorted(FULL))
def test_a_dropped_last_clause_is_an_error_and_the_whole_translation_passes(code: str) -> None:
    assert found(code, SOURCE, FULL[code]) == []
    assert found(code, SOURCE, CUT[code]) == ["error"]


def test_a_last_clause_dropped_at_a_comma_counts_clauses() -> None:
    # Spanish cut at ", y ayudarían...": shorter than usual and one clause fewer than the source
    cut = FULL["es"].split(", y ayudarían")[0] + "."
    assert found("es", SOURCE, cut) == ["error"]
    # as short, with as many clauses as the source: a terse translation, not an error
    model = lengthmodel.Model(0.0, 0.1, 1000)
    ctx = Context(EN, languages.parse("es"), length_model=model)
    source = "Refugees have access to public health facilities, and their children attend schools."
    s = lengthmodel.letters(source)
    terse = "Los refugiados usan centros de salud, y sus hijos van a clase."
    # z = log(49 / 71) * sqrt(71 / 100) = -0.31: 3.1 spreads below, a warning only
    assert (s, lengthmodel.letters(terse)) == (71, 49)
    assert found("es", source, terse, ctx) == ["warning"]
    clipped = "Los refugiados tienen acceso a centros de salud públicos."
    assert found("es", source, clipped, ctx) == ["error"]


def test_the_message_says_how_far_from_the_usual_and_from_what() -> None:
    ctx = Context(EN, languages.parse("fr"))
    (p,) = CHECKS["length"].run(EntryView(SOURCE, CUT["fr"]), ctx)
    assert "much shorter than the usual 1.15 for en->fr" in p.message
    assert "from built-in figures" in p.message


def test_correct_terse_translations_pass() -> None:
    # Arabic joins clauses with و instead of commas; Chinese is a third of English in letters
    source = (
        "“Every human being has a right to safety, stability and security, and it is within our "
        "power to make this right a reality,” the Secretary-General said in his foreword to the "
        "appeal."
    )
    ar = (
        "وكتب الأمين العام في تصديره للنداء: «لكل إنسان الحق في الأمان والاستقرار والأمن، "
        "وبوسعنا أن نجعل هذا الحق واقعاً»."
    )
    assert found("ar", source, ar) == []
    zh = "秘书长在呼吁的前言中写道：“人人都有享有安全、稳定和保障的权利，我们有能力让这一权利成为现实。”"
    assert found("zh", source, zh) == []
    # a short source is not measured (a word more or less is a large share)
    assert found("fr", "Press release", "Communiqué") == []


def test_the_learnt_model_decides() -> None:
    # the French cut at ", et aideraient...": within the built-in spread (French from the
    # project's catalogs varies) but with a clause break and two "et" fewer than the source's
    # "and"s, far below the usual of an office whose French is regular
    cut = FULL["fr"].split(", et aideraient")[0] + "."
    assert found("fr", SOURCE, cut) == ["error"]
    regular = lengthmodel.Model(0.17, 0.06, 5000)
    ctx = Context(EN, languages.parse("fr"), length_model=regular)
    (p,) = CHECKS["length"].run(EntryView(SOURCE, cut), ctx)
    assert p.severity == "error" and "from 5000 reviewed entries" in p.message
    # an office whose translations are summaries (usually half as long): the short one is usual
    summaries = lengthmodel.Model(-0.6, 0.15, 5000)
    ctx = Context(EN, languages.parse("fr"), length_model=summaries)
    assert found("fr", SOURCE, CUT["fr"], ctx) == []


def test_far_longer_and_fixed_bounds() -> None:
    fr = FULL["fr"]
    assert found("fr", SOURCE, fr + " " + fr + " " + fr) == ["error"]
    assert found("fr", SOURCE, fr + " " + fr[: len(fr) * 2 // 3]) == ["warning"]
    fixed = Context(EN, languages.parse("fr"), settings=Settings(length_ratio={"fr": (1.2, 2.0)}))
    assert found("fr", SOURCE, FULL["fr"], fixed) == []
    assert found("fr", SOURCE, CUT["fr"], fixed) == ["error"]


# Written for these tests (not from any catalog of the project).
BEIRA = (
    "In Beira, where the cyclone made landfall, some 90 per cent of the city was damaged, and "
    "roads, bridges and power lines were cut."
)
BEIRA_FR = (
    "À Beira, où le cyclone a touché terre, quelque 90 % de la ville a été endommagée, et les "
    "routes, les ponts et les lignes électriques ont été coupés."
)


def test_a_middle_clause_dropped_is_told_by_length_and_clause_count() -> None:
    assert found("fr", BEIRA, BEIRA_FR) == []
    # the relative clause "où le cyclone a touché terre" alone: within the usual spread (2.1
    # spreads below, one clause fewer), the limit of what length can tell
    short = BEIRA_FR.replace(" où le cyclone a touché terre,", "")
    assert found("fr", BEIRA, short) == []
    # with a word more gone (3.3 spreads below, a clause fewer): an error
    assert found("fr", BEIRA, short.replace(" électriques", "")) == ["error"]
    # the last clause: far shorter
    assert found("fr", BEIRA, BEIRA_FR.split(", et les")[0] + ".") == ["error"]
    # a clause with its linking word ("where": "où") and its comma gone, 1.5 spreads below: an
    # error in French, Spanish and Russian
    es = (
        "En Beira, donde el ciclón tocó tierra, alrededor del 90 % de la ciudad resultó dañada, "
        "y se cortaron carreteras, puentes y tendidos eléctricos."
    )
    assert found("es", BEIRA, es) == []
    assert found("es", BEIRA, es.replace(" donde el ciclón tocó tierra,", "")) == ["error"]


def test_per_cent_written_as_a_sign_is_no_content_dropped() -> None:
    src = "Rates fell from 20 per cent in 2011 to 8 per cent in 2022, and from 30 per cent to 9 per cent."
    es = "Las tasas bajaron del 20 % en 2011 al 8 % en 2022, y del 30 % al 9 %."
    assert found("es", src, es) == []
    assert found("es", src.replace(" per cent", "%"), es) == []


def test_a_country_s_long_un_name_is_no_addition() -> None:
    source = "Envoys from Syria, Iran and Laos met in Geneva."
    fr = (
        "Des envoyés de la République arabe syrienne, de la République islamique d’Iran et de la "
        "République démocratique populaire lao se sont réunis à Genève."
    )
    assert found("fr", source, fr) == []
    ru = (
        "Посланники Сирийской Арабской Республики, Исламской Республики Иран и Лаосской "
        "Народно-Демократической Республики встретились в Женеве."
    )
    assert found("ru", source, ru) == []
    # what is long besides the names is still far longer
    assert found("fr", source, fr + " " + fr) == ["error"]


def test_a_country_s_long_english_name_said_short_is_no_content_dropped() -> None:
    source = "The Democratic Republic of the Congo and the United Kingdom signed the accord."
    assert found("fr", source, "La RDC et le Royaume-Uni ont signé l’accord.") == []
    assert found("ru", source, "ДРК и Соединенное Королевство подписали соглашение.") == []
    # the rest of the sentence dropped is still far shorter
    long_source = (
        "The Democratic Republic of the Congo signed the accord on Monday, and the two "
        "Governments agreed to reopen the border crossings closed since the fighting began."
    )
    assert found("fr", long_source, "La RDC a signé l’accord lundi.") == ["error"]


def test_several_clause_breaks_fewer_tell_a_cut_nearer_the_usual() -> None:
    source = (
        "Relief convoys reached Kassala, Gedaref and Port Sudan on Monday, carrying tents, "
        "blankets, water tanks and medicine for some 40,000 displaced people."
    )
    full = (
        "Des convois humanitaires ont atteint Kassala, Gedaref et Port-Soudan lundi, "
        "transportant des tentes, des couvertures, des citernes d’eau et des médicaments pour "
        "quelque 40 000 personnes déplacées."
    )
    assert found("fr", source, full) == []
    # the list of what they carried cut to one item: two clause breaks fewer, 1.4 spreads
    # below the usual: within what correct translations do
    cut = full.replace("des tentes, des couvertures, des citernes d’eau et ", "")
    assert found("fr", source, cut) == []
    # and "carrying" made "with": three fewer, 2.0 spreads below: content cut
    assert found("fr", source, cut.replace("lundi, transportant", "lundi avec")) == ["error"]


def test_a_clause_cut_from_one_sentence_of_a_paragraph() -> None:
    source = (
        "The rains destroyed roads, bridges and the only hospital in the district, leaving "
        "thousands of people without care. Families who lost their homes are sheltering in "
        "schools, mosques and churches, and many have had nothing to eat for days. Aid workers "
        "reached the area on Friday with food, water and medicine for the first time since the "
        "floods began."
    )
    full = (
        "Les pluies ont détruit des routes, des ponts et le seul hôpital du district, privant de "
        "soins des milliers de personnes. Les familles qui ont perdu leur maison s’abritent dans "
        "des écoles, des mosquées et des églises, et beaucoup n’ont rien mangé depuis des jours. "
        "Les humanitaires ont atteint la zone vendredi avec de la nourriture, de l’eau et des "
        "médicaments pour la première fois depuis le début des inondations."
    )
    assert found("fr", source, full) == []
    # the second sentence loses its last clause: the paragraph as a whole is within the
    # usual spread (1.3 below), its second sentence is not
    cut = full.replace(", et beaucoup n’ont rien mangé depuis des jours", "")
    [p] = CHECKS["length"].run(EntryView(source, cut), Context(EN, languages.parse("fr")))
    assert (p.severity, p.message[:20]) == ("error", "sentence 2 of 3 is 3")
    # sentences that no longer pair up one to one are not compared one by one
    merged = cut.replace(" personnes. Les familles", " personnes, et les familles")
    assert found("fr", source, merged) == []


def test_a_head_the_source_says_twice_in_a_coordination_said_once() -> None:
    # "the Ministry of Health and the Ministry of Finance" = "los Ministerios de Salud y
    # Hacienda": the translation factors the repeated head out
    source = (
        "The plan was drafted with experts from the Ministry of Health and the Ministry of Finance."
    )
    es = "El plan se redactó con expertos de los Ministerios de Salud y Hacienda."
    assert found("es", source, es) == []
    # the same translation with a part dropped is still too short
    assert found("es", source, "El plan se redactó con los Ministerios.") == ["error"]


def test_a_short_source_said_at_length_is_only_a_warning() -> None:
    # "Learn more at [link] or contact [e-mail]": 20 letters of its own; the Russian says it in
    # three times as many, as Russian does
    source = "Learn more at [ifad.org/idfr](https://www.ifad.org/en/idfr) or contact remittances@ifad.org."
    ru = (
        "Дополнительную информацию можно найти на сайте [ifad.org/idfr](https://www.ifad.org/en/"
        "idfr) или получить по адресу remittances@ifad.org."
    )
    assert found("ru", source, ru) == ["warning"]
    # a long source said three times over stays an error
    long_source = SOURCE
    assert found("fr", long_source, " ".join([FULL["fr"]] * 3)) == ["error"]


def test_a_chinese_list_comma_is_a_clause_break() -> None:
    source = (
        "Vassily Nebenzia, Permanent Representative of the Russian Federation, said that the "
        "Panel’s work “has been reduced to playing along with Western approaches, replicating "
        "biased information, analysing newspaper headlines and low-quality photos”."
    )
    zh = (
        "俄罗斯联邦常驻代表瓦西里·涅边贾说，专家小组的工作“已沦为附和西方做法、复制带有偏见的信息、"
        "分析报纸标题和低质量照片”。"
    )
    assert found("zh", source, zh) == []


def test_a_phrase_the_source_says_twice_said_once() -> None:
    # "will run out of funds by" said twice, once in the translation (an ellipsis)
    source = (
        "The service to Chad will run out of funds by 15 August, while the service in "
        "Liberia, Sierra Leone and Guinea will run out of funds by 30 August."
    )
    es = (
        "El servicio al Chad se quedará sin fondos el 15 de agosto, y el de Liberia, "
        "Sierra Leona y Guinea, el 30 de agosto."
    )
    assert found("es", source, es) == []
    assert found("es", source, "El servicio al Chad se quedará sin fondos.") == ["error"]


def test_a_figure_in_english_words_written_in_digits_or_roman_numerals() -> None:
    # "twenty-first" is "XXI", "eightieth" is "80": the source's words are counted as the
    # translation's figure, not as letters the translation dropped
    def length_errors(source: str, target: str, code: str) -> list[str]:
        ctx = Context(EN, languages.parse(code))
        run = CHECKS["length"].run(EntryView(source, target), ctx)
        return [p.message for p in run if p.severity == "error"]

    century = "The twenty-first century will be decisive."
    assert length_errors(century, "El siglo XXI será decisivo.", "es") == []
    assert length_errors(century, "Le XXIe siècle sera décisif.", "fr") == []
    # a translation that drops the rest is still too short; another figure saves nothing
    assert length_errors("The twenty-first century will be decisive for all of us.", "XXI.", "es")
    assert length_errors(
        "The twenty-first century will be decisive, and it has already begun.", "El siglo XX.", "es"
    )


def test_the_source_s_acronyms_spelt_out_are_no_addition() -> None:
    # UN Arabic spells out most acronyms: the translation is near three times the source
    source = "UNHCR, UNICEF and WFP warned of a looming famine."
    ar = (
        "وحذرت مفوضية الأمم المتحدة السامية لشؤون اللاجئين ومنظمة الأمم المتحدة للطفولة "
        "(اليونيسف) وبرنامج الأغذية العالمي من مجاعة وشيكة."
    )
    assert found("ar", source, ar) == []
    # a translation said over again is still far longer
    assert found("ar", source, ar + " " + ar + " " + ar) == ["error"]
    plain = "The agencies warned of a looming famine."
    assert found("ar", plain, ar) == ["error"]


def test_chinese_short_country_names_are_no_content_dropped() -> None:
    # "韩国和朝鲜" for "the Republic of Korea and the Democratic People's Republic of Korea"
    source = (
        "The Republic of Korea and the Democratic People's Republic of Korea both addressed "
        "the Assembly."
    )
    assert found("zh", source, "韩国和朝鲜都在大会上发了言。") == []
    longer = source[:-1] + ", calling for the immediate resumption of talks and for restraint."
    assert found("zh", longer, "韩国和朝鲜都在大会上发了言，呼吁立即恢复会谈并保持克制。") == []
    assert found("zh", longer, "韩国和朝鲜都在大会上发了言。") == ["error"]


def test_figures_in_words_said_in_figures_are_no_content_dropped() -> None:
    # "the twenty-first century" = "XXI век": the source's number words are no letters to match
    assert found("ru", "the twenty-first century", "XXI век") == []
    assert found("ru", "in the twenty-first century and beyond", "в XXI веке и позднее") == []
    # without the figure the translation is still far too short
    assert found("ru", "the twenty-first century and the challenges ahead of it", "век") == [
        "error"
    ]


def test_an_arabic_list_joined_by_wa_has_no_clause_break_fewer() -> None:
    """Arabic joins a list's items by و: the source's list commas are no breaks it drops."""
    from workflow.quality import length

    ctx = Context(EN, languages.parse("ar"))
    source = (
        "Nearly two thirds of the world's ships are registered in just ten countries, including "
        "Panama, Liberia and the Marshall Islands."
    )
    right = "ونحو ثلثي سفن العالم مسجلة في عشرة بلدان فقط، منها بنما وليبريا وجزر مارشال."
    assert length.fewer_breaks(source, right, "ar") == 0
    assert length.fewer_breaks(source, right, "fr") == 1
    assert [
        p for p in CHECKS["length"].run(EntryView(source, right), ctx) if p.severity == "error"
    ] == []
    # a clause dropped still is one
    cut = "ونحو ثلثي سفن العالم مسجلة."
    assert [p.severity for p in CHECKS["length"].run(EntryView(source, cut), ctx)] == ["error"]


def test_brackets_round_a_phrase_and_short_scale_words_are_no_content_dropped() -> None:
    """Russian sets an apposition in brackets ("Азия (18 500 жертв)" for "Asia, with 18,500
    victims,") and writes "млн" for "million": the two edges of a bracket count as the
    apposition's commas, "million" as long as "млн"."""
    source = "It was followed by Asia, with 18,500 victims, and the Americas, with 8,300."
    assert found("ru", source, "За ней следуют Азия (18 500 жертв) и Америка (8300).") == []
    # an acronym in brackets is no clause edge
    from workflow.quality import length

    assert length.clause_breaks("Детский фонд (ЮНИСЕФ) и (КС-29) сообщили") == 0
    assert length.clause_breaks("Азия (18 500 жертв)") == 2
    assert length.clause_breaks("в Гааге (Нидерланды)") == 2  # "in The Hague, the Netherlands"
    million = (
        "Even before the earthquakes, nearly 20 million people in Myanmar needed humanitarian "
        "assistance, including more than 3.5 million displaced from their homes."
    )
    ru = (
        "Еще до землетрясений почти 20 млн человек в Мьянме нуждались в гуманитарной помощи, "
        "в том числе более 3,5 млн перемещенных лиц."
    )
    assert found("ru", million, ru) == []
    assert found("ru", million, "Еще до землетрясений почти 20 млн человек.") == ["error"]


def test_commas_after_short_leading_phrases_may_go() -> None:
    """ "Without fertile soil, there is no food; without food, there is no peace." Spanish
    leaves out the commas after the two short leading phrases: no clause fewer."""
    source = "“Without fertile soil, there is no food; without food, there is no peace.”"
    assert (
        found("es", source, "«Sin suelo fértil no hay alimentos; sin alimentos no hay paz».") == []
    )


def test_a_russian_leading_phrase_and_a_chinese_relative_clause_need_no_comma() -> None:
    source = (
        "“After a competitive selection process with numerous promising applications, a team "
        "from Surya University in Indonesia was selected, together with Mauritius, in the third "
        "round.”"
    )
    ru = (
        "«По итогам конкурсного отбора из множества перспективных заявок в третьем раунде вместе "
        "с Маврикием была выбрана группа из Университета Сурья в Индонезии»."
    )
    assert found("ru", source, ru) == []
    relative = (
        "Their right to self-determination is enshrined in the **United Nations Declaration on "
        "the Rights of Indigenous Peoples**, which was adopted by the General Assembly on 13 "
        "September 2007."
    )
    zh = "他们的自决权载于大会2007年9月13日通过的 **《联合国土著人民权利宣言》**。"
    assert found("zh", relative, zh) == []


def test_a_name_in_apposition_needs_no_comma_in_chinese() -> None:
    source = (
        "The members also paid tribute to the Special Representative of the Secretary-General, "
        "Bintou Keita, and to the peacekeepers who had lost their lives."
    )
    zh = "安理会成员还向秘书长特别代表宾图·凯塔以及殉职的维和人员致敬。"
    assert found("zh", source, zh) == []


def test_a_speaker_s_title_needs_no_comma_in_chinese() -> None:
    source = (
        "“In times of crisis like this, we witness the extraordinary resilience of the affected "
        "communities,” said Karmen Sakhr, Representative of the UNHCR Regional Office for the "
        "Southern Cone, noting that 14 families of refugees and migrants, some 45 people in all, "
        "were among those who had lost their livelihoods."
    )
    zh = (
        "难民署南锥体区域办事处代表卡门·萨赫尔说：“在这样的危机时刻，我们见证了受灾社区非凡的韧性。”"
        "她指出，有14户难民和移民家庭、共约45人失去了生计。"
    )
    assert found("zh", source, zh) == []


def test_a_trailing_phrase_of_a_preposition_needs_no_comma_in_russian() -> None:
    source = (
        "Tens of thousands of Venezuelans have continued on dangerous journeys, through the "
        "Darien jungle between Colombia and Panama or across the Andes between Bolivia and Chile."
    )
    ru = (
        "Десятки тысяч венесуэльцев продолжают опасный путь через джунгли Дарьен между Колумбией "
        "и Панамой или через Анды между Боливией и Чили."
    )
    assert found("ru", source, ru) == []
