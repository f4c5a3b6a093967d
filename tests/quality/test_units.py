"""The units check: currencies and per cent / per mille as in the source."""

from __future__ import annotations

import pytest

from workflow.lang import languages
from workflow.quality.registry import CHECKS, Context, EntryView

EN = languages.parse("en")


def errors(code: str, source: str, target: str) -> list[str]:
    ctx = Context(EN, languages.parse(code))
    problems = CHECKS["units"].run(EntryView(source, target), ctx)
    return [p.message for p in problems if p.severity == "error"]


def test_the_same_units_pass() -> None:
    assert errors("fr", "$2.4 billion, 15% of it", "2,4 milliards de dollars, soit 15 %") == []
    assert errors("zh", "15 per cent", "百分之十五") == []
    assert errors("pt", "4 million", "4 milhões") == []


def test_a_currency_added_changed_or_dropped() -> None:
    # Bergamot on a table cell: "4 million" became "4 milhões de euros"
    assert errors("pt", "4 million", "4 milhões de euros") == ["euros ('euros') not in the source"]
    assert errors("es", "$5 million", "5 millones de euros") == [
        "dollars ('$') missing in the translation",
        "euros ('euros') not in the source",
    ]
    assert errors("fr", "12 per cent", "12 pour mille") == [
        "per cent ('per cent') missing in the translation",
        "per mille ('pour mille') not in the source",
    ]


def test_a_currency_word_outside_an_amount_is_no_unit() -> None:
    source = (
        "The 2011 Humanitarian Appeal is the largest in dollar terms since the Consolidated "
        "Appeal Process was created in 1991."
    )
    for code, target in [
        (
            "fr",
            "L’Appel humanitaire 2011 est le plus important en valeur depuis la création de la "
            "procédure d’appel global en 1991.",
        ),
        (
            "es",
            "El Llamamiento Humanitario 2011 es el mayor en cifras monetarias desde que se creó el "
            "proceso de llamamientos unificados en 1991.",
        ),
        (
            "ar",
            "ويُعد النداء الإنساني لعام 2011 الأكبر من حيث القيمة المالية منذ إنشاء عملية النداءات "
            "الموحدة في عام 1991.",
        ),
        (
            "ru",
            "Гуманитарный призыв на 2011 год стал крупнейшим в денежном выражении с момента "
            "создания процесса сводных призывов в 1991 году.",
        ),
        ("zh", "按金额计算，《2011年人道主义呼吁》是1991年设立联合呼吁程序以来规模最大的一次。"),
    ]:
        assert errors(code, source, target) == [], code


DEPLOYED = "UNHCR has deployed dozens of experts and tens of millions of dollars in aid."


def test_the_currency_of_an_amount_without_a_figure() -> None:
    right = {
        "fr": "Le HCR a déployé des dizaines d’experts et une aide de plusieurs dizaines de "
        "millions de dollars.",
        "es": "El ACNUR ha desplegado a decenas de expertos y decenas de millones de dólares en "
        "ayuda.",
        "ar": "ونشرت المفوضية عشرات الخبراء ومساعدات بعشرات الملايين من الدولارات.",
        "ru": "УВКБ направило десятки экспертов и помощь на десятки миллионов долларов.",
        "zh": "难民署已部署数十名专家和价值数千万美元的援助。",
    }
    euros = {
        "fr": ("de dollars", "d’euros"),
        "es": ("de dólares", "de euros"),
        "ar": ("من الدولارات", "من اليوروات"),
        "ru": ("долларов", "евро"),
        "zh": ("美元", "欧元"),
    }
    for code, target in right.items():
        assert errors(code, DEPLOYED, target) == [], code
        dollars, euro = euros[code]
        changed = target.replace(dollars, euro)
        assert "dollars ('dollars') missing in the translation" in errors(code, DEPLOYED, changed)
        dropped = target.replace(" " + dollars, "").replace(dollars, "")
        assert errors(code, DEPLOYED, dropped) == [
            "dollars ('dollars') missing in the translation"
        ], code


def test_measures_changed_dropped_or_added() -> None:
    assert errors("fr", "600 kilometres", "600 kilomètres") == []
    assert errors("fr", "600 kilometres", "600 milles") == [
        "kilometres ('kilometres') missing in the translation",
        "miles ('milles') not in the source",
    ]
    assert errors("ru", "15,000 tonnes", "15 тыс. т") == []
    assert errors("ru", "15,000 tonnes", "15 тыс. кг") == [
        "tonnes ('tonnes') missing in the translation",
        "kilograms ('кг') not in the source",
    ]
    assert errors("zh", "winds of 177 km/h", "风速达每小时177公里") == []
    assert errors("zh", "5,000 hectares", "5 000英亩") == [
        "hectares ('hectares') missing in the translation",
        "acres ('英亩') not in the source",
    ]
    assert errors("ar", "below 2°C", "دون 2 درجة مئوية") == []
    assert errors("ar", "below 2°C", "دون 2 درجة فهرنهايت") == [
        "degrees (Celsius) ('°C') missing in the translation",
        "degrees Fahrenheit ('درجة فهرنهايت') not in the source",
    ]
    assert errors("es", "fell by 2.5 percentage points", "bajó 2,5 puntos porcentuales") == []
    assert errors("es", "fell by 2.5 percentage points", "bajó 2,5 %") == [
        "percentage points ('percentage points') missing in the translation",
        "per cent ('%') not in the source",
    ]
    # a measure word outside an amount is none: "the national" (وطني holds طن), "how" (كم)
    assert errors("ar", "The national plan", "الخطة الوطنية") == []


def test_a_unit_dropped_after_one_figure_of_two() -> None:
    source = "Prices rose by 40 per cent in 2008 and by 12 per cent in 2009."
    assert errors("fr", source, "Les prix ont augmenté de 40 % en 2008 et de 12 % en 2009.") == []
    assert errors("fr", source, "Les prix ont augmenté de 40 en 2008 et de 12 % en 2009.") == [
        "per cent ('per cent') after 2 figures in the source, 1 in the translation"
    ]
    # a range says its unit once: not a unit dropped
    assert errors("fr", "from 10% to 15%", "de 10 à 15 %") == []
    assert errors("zh", "from 10 to 15 per cent", "从10%升至15%") == []
    assert errors("ru", "below 2°C and ideally at 1.5°C", "ниже 2 °C, а в идеале — 1,5 °C") == []
    assert errors("ru", "below 2°C and ideally at 1.5°C", "ниже 2, а в идеале — 1,5 °C")


@pytest.mark.parametrize("code", ["fr", "es", "ru", "ar", "zh"])
def test_hand_translated_amounts(code: str) -> None:
    from tests.quality import amounts_corpus

    tried = 0
    for source, target in amounts_corpus.pairs(code):
        assert errors(code, source, target) == [], (source, target)
        for variant, bad in amounts_corpus.faults(code, target):
            if variant.startswith("unit") and (code, variant, bad) not in amounts_corpus.NO_FAULT:
                tried += 1
                assert errors(code, source, bad), (variant, bad)
    assert tried >= 30


def test_the_unit_of_a_rate() -> None:
    source = "The price of wheat doubled, from $200 to $400 per tonne."
    for code, right, wrong in [
        ("fr", "passant de 200 à 400 dollars la tonne", "passant de 200 à 400 dollars le kilo"),
        ("ru", "с 200 до 400 долларов за тонну", "с 200 до 400 долларов за килограмм"),
        ("ar", "من 200 إلى 400 دولار للطن", "من 200 إلى 400 دولار للكيلوغرام"),
        ("zh", "从每吨200美元涨到400美元", "从每公斤200美元涨到400美元"),
    ]:
        assert errors(code, source, right) == [], code
        assert errors(code, source, wrong), code


def test_a_currency_added_to_a_second_amount() -> None:
    source = "Some 1.2 billion people live on less than $1.25 a day."
    right = "Unos 1.200 millones de personas viven con menos de 1,25 dólares al día."
    assert errors("es", source, right) == []
    wrong = "Unos 1.200 millones de dólares de personas viven con menos de 1,25 dólares al día."
    assert errors("es", source, wrong) == [
        "dollars ('dólares') after 2 amounts in the translation, 1 in the source"
    ]
    # an amount the source says bare after one with its unit ("4.6 million of them") may take
    # the unit again in the translation; not an amount of people
    source = "Fires have burned some 6.9 million hectares this year, 4.6 million of them forest."
    right = (
        "Les incendies ont ravagé 6,9 millions d’hectares, dont 4,6 millions d’hectares de forêt."
    )
    assert errors("fr", source, right) == []
    assert errors("ar", source, "على نحو 6.9 ملايين هكتار، منها 4.6 ملايين هكتار من الغابات.") == []
    source = "a $397.6 million appeal for nearly 5 million people"
    assert errors("fr", source, "un appel de 397,6 millions de dollars pour 5 millions de dollars")
    # the same currency named twice for one amount, a range naming it once: no currency added
    assert errors("ar", "US$ 100 million", "100 مليون دولار من دولارات الولايات المتحدة") == []
    assert errors("fr", "from 200 to 400 dollars", "de 200 dollars à 400 dollars") == []


def test_units_as_climate_texts_write_them() -> None:
    # km² and 平方公里, °C against a CJK character, parts per million
    source = "The sea ice extent was 1 million km² below the record low."
    assert errors("zh", source, "海冰范围比最低纪录少100万平方公里。") == []
    assert errors("zh", source, "海冰范围比最低纪录少100万平方英里。")
    assert errors("zh", "to limit warming to 1.5 °C", "将升温限制在1.5°C以内") == []
    assert errors("zh", "to limit warming to 1.5 °C", "将升温限制在1.5以内") == [
        "degrees (Celsius) ('°C') missing in the translation"
    ]
    source = "Carbon dioxide reached 417.9 parts per million in 2022."
    assert (
        errors("es", source, "El dióxido de carbono alcanzó 417,9 partes por millón en 2022.") == []
    )
    assert errors(
        "es", source, "El dióxido de carbono alcanzó 417,9 partes por mil millones en 2022."
    )
    assert errors("ar", source, "وبلغ ثاني أكسيد الكربون 417.9 جزءا من المليون في عام 2022.") == []
    assert errors("ar", source, "وبلغ ثاني أكسيد الكربون 417.9 جزءا من المليار في عام 2022.")


def test_a_year_opens_no_range() -> None:
    # "del 20 en 2011 al 8 %": the 20 lost its per cent; 2011 ... 8 is no range
    source = "Nepal cut it from 20 per cent in 2011 to 8 per cent in 2022."
    assert errors("es", source, "Nepal la redujo del 20 % en 2011 al 8 % en 2022.") == []
    assert errors("es", source, "Nepal la redujo del 20 en 2011 al 8 % en 2022.")


def test_an_arabic_dual_unit_counts_as_its_amount() -> None:
    source = "keep it well below 2°C and ideally at 1.5°C"
    assert errors("ar", source, "إبقاؤه دون درجتين مئويتين بكثير، ويفضل عند 1,5 درجة مئوية") == []
    assert errors("ar", source, "إبقاؤه دون 2 بكثير، ويفضل عند 1,5 درجة مئوية")


def test_a_list_names_its_unit_once() -> None:
    source = "The rate reached 54% in Guinea, 53% in Guinea-Bissau and 49% in Afghanistan."
    target = "وبلغ المعدل 54 و53 و49 في المائة في غينيا وغينيا - بيساو وأفغانستان على التوالي."
    assert errors("ar", source, target) == []


def test_square_and_metric_units() -> None:
    assert errors("zh", "over 2,000 square kilometres", "2 000多平方公里") == []
    assert errors("ar", "over 2,000 square kilometres", "أكثر من 2 000 كيلومتر مربع") == []
    assert errors("ru", "3,000 metric tons of food", "3 тыс. метрических тонн продовольствия") == []
    assert errors("ru", "3,000 metric tons of food", "3 тыс. метров продовольствия")


def test_fifty_per_cent_said_as_a_half() -> None:
    source = "Rainfall dropped by 50 per cent in the north."
    assert errors("fr", source, "Les pluies ont diminué de moitié dans le nord.") == []
    assert errors("es", source, "Las lluvias se redujeron a la mitad en el norte.") == []
    assert errors("ru", source, "Количество осадков на севере сократилось наполовину.") == []
    assert errors("fr", "Half of the wells are dry.", "50 % des puits sont à sec.") == []
    # another per cent, or no half on the other side: the per cent is still missing
    assert errors("fr", "Rainfall dropped by 40 per cent.", "Les pluies ont diminué de moitié.")
    assert errors("fr", source, "Les pluies ont diminué dans le nord.")


def test_percentage_points_said_as_points_after_the_figure() -> None:
    source = "Unemployment rose by 2 percentage points."
    assert errors("fr", source, "Le chômage a augmenté de 2 points.") == []
    assert errors("ru", source, "Безработица выросла на 2 пункта.") == []
    # points nowhere: the unit is missing
    assert errors("fr", source, "Le chômage a augmenté de 2 %.")


def test_a_per_cent_or_measure_added_to_another_figure() -> None:
    source = "Some 40 per cent of the 2,000 schools were damaged."
    assert errors("fr", source, "Quelque 40 % des 2 000 écoles ont été endommagées.") == []
    assert errors("fr", source, "Quelque 40 % des 2 000 % écoles ont été endommagées.") == [
        "per cent ('%') after 2 amounts in the translation, 1 in the source"
    ]
    assert errors("zh", "a 40 km road and 12 bridges", "一条40公里长的道路和12公里桥梁")
    # a range or list the source names its unit once for may name it after each figure
    assert errors("fr", "from 10 to 15 per cent", "de 10 % à 15 %") == []
    assert errors("es", "54, 53 and 49 per cent", "el 54 %, el 53 % y el 49 %") == []


def test_a_measure_after_an_order_of_magnitude_without_a_figure() -> None:
    # "thousands of kilometres": the measure of an amount said without a figure, on both sides
    source = "Smoke from the fires travelled thousands of kilometres."
    assert (
        errors("fr", source, "La fumée des incendies a parcouru des milliers de kilomètres.") == []
    )
    assert errors("es", source, "El humo de los incendios recorrió miles de kilómetros.") == []
    assert (
        errors("es", "Hundreds of kilometres of roads", "Cientos de kilómetros de carreteras") == []
    )
    assert errors("fr", source, "La fumée des incendies a parcouru des milliers de milles.") == [
        "kilometres ('kilometres') missing in the translation",
        "miles ('milles') not in the source",
    ]


def test_an_earthquake_s_magnitude_in_degrees_is_no_temperature() -> None:
    # Arabic and Spanish press say a magnitude in degrees: "بقوة 7.8 درجات", "7,8 grados"
    source = "An earthquake of magnitude 7.8 struck the region."
    assert errors("ar", source, "ضرب المنطقة زلزال بقوة 7.8 درجات.") == []
    assert (
        errors(
            "es", source, "Un terremoto de 7,8 grados en la escala de Richter sacudió la región."
        )
        == []
    )
    # a temperature in degrees is still one
    assert errors("ar", "Temperatures rose by 1.2 points.", "ارتفعت درجات الحرارة 1.2 درجات.") == [
        "degrees (Celsius) ('درجات') not in the source"
    ]


def test_a_metre_s_sign_after_a_figure() -> None:
    source = "The wall is 700 kilometres long and 8 metres high."
    assert errors("fr", source, "Le mur mesure 700 km de long et 8 m de haut.") == []
    assert errors("es", source, "El muro tiene 700 km de largo y 8 m de alto.") == []
    assert errors("ru", source, "Длина стены составляет 700 км, высота — 8 м.") == []
    assert errors("fr", "A shelter of 50 square metres.", "Un abri de 50 m².") == []
    # a currency after a figure is no metre; a metre where the source has none is one added
    assert errors("fr", "A budget of €5 million.", "Un budget de 5 M€.") == []
    assert errors("fr", "The wall is 8 feet high.", "Le mur mesure 8 m de haut.") == [
        "metres ('m') not in the source"
    ]


def test_an_arabic_unit_in_the_dual_is_its_own_amount() -> None:
    # "بنقطتين مئويتين": by two percentage points, far from any figure
    source = "The rate rose by 2 percentage points, to 14 per cent."
    assert errors("ar", source, "وارتفع المعدل بنقطتين مئويتين ليبلغ 14 في المائة.") == []


def test_a_measure_in_an_english_compound_adjective() -> None:
    # "a 10-kilometre walk", "a 50-square-metre shelter": the amount's measure all the same
    source = "They built a 50-square-metre shelter after a 10-kilometre walk."
    fr = "Ils ont construit un abri de 50 m² après une marche de 10 kilomètres."
    assert errors("fr", source, fr) == []
    assert errors("fr", source, fr.replace("10 kilomètres", "10 milles")) == [
        "kilometres ('kilometre') missing in the translation",
        "miles ('milles') not in the source",
    ]


def test_the_currency_of_half_a_scale_word() -> None:
    source = "The mission has a budget of nearly half a billion dollars."
    fr = "La mission dispose d’un budget de près d’un demi-milliard de dollars."
    assert errors("fr", source, fr) == []
    assert errors("ru", source, "Бюджет миссии составляет почти полмиллиарда долларов.") == []
    assert errors("fr", source, fr.replace("dollars", "euros")) == [
        "dollars ('dollars') missing in the translation",
        "euros ('euros') not in the source",
    ]


def test_per_cent_said_as_a_fraction_either_way() -> None:
    source = "More than three quarters of the funds remain unspent."
    assert errors("es", source, "Más del 75 % de los fondos siguen sin gastarse.") == []
    assert errors("fr", "Some 67 per cent of voters", "Les deux tiers des électeurs") == []
    # a per cent figure no fraction of the other side says is still a unit added
    assert errors("es", source, "Más del 75 % de los fondos, el 40 %, siguen sin gastarse.")


def test_one_per_cent_in_words_has_its_unit() -> None:
    # "One per cent" = "El 1 %": the source's per cent follows "one", an amount
    source = "One per cent of the population owns half the wealth."
    assert errors("es", source, "El 1 % de la población posee la mitad de la riqueza.") == []
    assert (
        errors("fr", source, "Un pour cent de la population détient la moitié des richesses.") == []
    )
    # a unit the source does not have is still added
    assert errors("es", "One of the population owns half the wealth.", "El 1 % de la población.")


def test_an_earthquake_s_strength_said_with_its_possessive() -> None:
    # "الذي بلغت قوته 7,8 درجات" (whose strength reached 7.8 degrees)
    source = "The earthquake, of magnitude 7.8, struck at 4.17 a.m. local time."
    assert errors("ar", source, "ووقع الزلزال، الذي بلغت قوته 7,8 درجات، فجراً.") == []
    assert errors("ar", source, "ووقع الزلزال وبلغت الحرارة 7,8 درجات مئوية.") == [
        "degrees (Celsius) ('درجات مئوية') not in the source"
    ]


def test_the_yen_sign_is_also_the_yuan_s() -> None:
    # "¥" writes the yen and the yuan: either currency in the translation is the source's
    source = "Japan announced a contribution of ¥1.5 billion."
    assert errors("zh", source, "日本宣布捐款15亿日元。") == []
    assert errors("ru", source, "Япония объявила о взносе в размере 1,5 млрд иен.") == []
    assert errors("ar", source, "وأعلنت اليابان عن مساهمة قدرها 1,5 مليار ين.") == []
    assert errors("zh", "China pledged ¥2 billion.", "中国认捐20亿元人民币。") == []
    # another currency is still one; the Arabic "ين" of "بين" (between) is no yen
    assert errors("zh", source, "日本宣布捐款15亿美元。") == [
        "yen ('¥') missing in the translation",
        "dollars ('美元') not in the source",
    ]
    assert errors("ar", "between 2 and 3 per cent", "بين 2 و3 في المائة") == []
    assert errors("ar", "1.5 billion", "1,5 مليار ين") == ["yen ('ين') not in the source"]


def test_a_chinese_share_in_tenths_is_per_cent() -> None:
    assert errors("zh", "More than 40 per cent of children", "逾四成儿童") == []
    assert errors("zh", "More than 40 per cent of children", "逾四成儿童（千分之四十）") == [
        "per mille ('千分之') not in the source"
    ]


def test_a_currency_after_its_country_s_adjective_or_name() -> None:
    # "10 млрд пакистанских рупий", "100亿巴基斯坦卢比"
    source = "Pakistan will receive PKR 10 billion for reconstruction."
    assert errors("ru", source, "Пакистан получит 10 млрд пакистанских рупий.") == []
    assert errors("zh", source, "巴基斯坦将获得100亿巴基斯坦卢比用于重建。") == []
    assert errors("zh", source, "巴基斯坦将获得100亿美元用于重建。") == [
        "rupees ('PKR') missing in the translation",
        "dollars ('美元') not in the source",
    ]


def test_eight_out_of_ten_said_in_tenths_is_no_per_cent_added() -> None:
    source = "Eight out of ten people in the camp depend on food aid."
    assert errors("zh", source, "营地里八成的人依赖粮食援助。") == []
    assert errors("zh", "Eight people depend on food aid.", "八成的人依赖粮食援助。") == [
        "per cent ('成') not in the source"
    ]


def test_fifty_per_cent_said_as_a_half_is_no_per_cent_dropped() -> None:
    source = "Some 50 per cent of the population lacks access to clean water."
    assert errors("ar", source, "ويفتقر نصف السكان تقريباً إلى المياه النظيفة.") == []
    assert errors("zh", source, "约一半人口无法获得清洁用水。") == []
    assert errors("ar", "Half of the children", "و50 في المائة من الأطفال") == []
    assert errors("zh", source, "约三分之一人口无法获得清洁用水。") == [
        "per cent ('per cent') missing in the translation"
    ]


def test_a_currency_dropped_from_an_amount_no_earlier_amount_names_it() -> None:
    source = "The UN seeks $47 billion, after receiving $20 billion last year."
    fr = "L’ONU demande 47 milliards de dollars, après en avoir reçu 20 milliards de dollars l’an dernier."
    assert errors("fr", source, fr) == []
    assert errors("fr", source, fr.replace("47 milliards de dollars", "47 milliards")) == [
        "dollars ('$') missing after 47000000000 in the translation (no amount before it names "
        "the currency)"
    ]
    zh = "联合国呼吁提供470亿美元，去年收到200亿美元。"
    assert errors("zh", source, zh) == []
    assert errors("zh", source, zh.replace("470亿美元", "470亿"))
    # left out after an amount that names it, or once for a range: the translation's way
    source = "The plan costs $2 billion, of which $300 million is for food."
    assert (
        errors(
            "fr",
            source,
            "Le plan coûte 2 milliards de dollars, dont 300 millions pour l’alimentation.",
        )
        == []
    )
    source = "Estimates put the trade at $5 billion to $23 billion a year."
    assert errors("zh", source, "据估计，这一贸易每年价值50亿至230亿美元。") == []
    assert (
        errors(
            "fr",
            source,
            "Selon les estimations, ce commerce représente de 5 à 23 milliards de dollars par an.",
        )
        == []
    )


def test_the_yen_sign_and_cfa_francs() -> None:
    # "¥" is the yen's and the yuan's sign: the translation names which
    assert (
        errors("fr", "Japan contributed ¥500 million.", "Le Japon a versé 500 millions de yens.")
        == []
    )
    assert (
        errors("es", "Japan contributed ¥500 million.", "El Japón aportó 500 millones de yenes.")
        == []
    )
    # "CFA francs": the franc after its qualifier is the amount's currency
    source = "Farmers received 10,000 CFA francs each."
    assert errors("fr", source, "Les agriculteurs ont reçu chacun 10 000 francs CFA.") == []
    assert errors("es", source, "Los agricultores recibieron 10.000 francos CFA cada uno.") == []
    # another currency is still an error
    assert errors("fr", "Japan contributed ¥500 million.", "Le Japon a versé 500 millions d’euros.")
    assert errors("fr", source, "Les agriculteurs ont reçu chacun 10 000 dollars.")


def test_a_currency_after_half_a_billion_in_the_russian_genitive() -> None:
    assert errors("ru", "$500 million", "около полумиллиарда долларов") == []
    assert errors("ru", "$500 million", "около полумиллиарда евро") == [
        "dollars ('$') missing in the translation",
        "euros ('евро') not in the source",
    ]


def test_un_russian_clock_minutes_are_no_metres() -> None:
    source = "The meeting began at 10.05 a.m."
    assert errors("ru", source, "Заседание началось в 10 ч. 05 м.") == []
    assert errors("ru", "The wall is 10 high.", "Высота стены — 10 м.") == [
        "metres ('м') not in the source"
    ]


def test_arabic_parts_per_million_with_the_tanween() -> None:
    source = "Carbon dioxide reached 417.9 parts per million."
    assert errors("ar", source, "وبلغ ثاني أكسيد الكربون 417,9 جزءاً في المليون.") == []
    assert errors("ar", source, "وبلغ ثاني أكسيد الكربون 417,9 جزءاً في المليار.") == [
        "parts per million ('parts per million') missing in the translation",
        "parts per billion ('جزءاً في المليار') not in the source",
    ]


def test_a_quarter_for_25_per_cent_is_no_per_cent_dropped() -> None:
    assert errors("ru", "25 per cent of the budget", "четверть бюджета") == []
    assert errors("ar", "20 per cent of the budget", "خُمس الميزانية") == []
    assert errors("ru", "30 per cent of the budget", "четверть бюджета") == [
        "per cent ('per cent') missing in the translation"
    ]


def test_the_spanish_verb_ha_after_a_year_is_no_hectare() -> None:
    source = "The war that broke out in April 2023 has displaced 11 million people."
    es = "La guerra que estalló en abril de 2023 ha desplazado a 11 millones de personas."
    assert errors("es", source, es) == []
    source = "Floods covered 500 hectares of farmland."
    assert errors("es", source, "Las inundaciones cubrieron 500 ha de tierras agrícolas.") == []
    assert errors("es", source, "Las inundaciones cubrieron 500 de tierras agrícolas.")


def test_a_prefixed_tonne_is_a_tonne() -> None:
    """Gigatonnes and megatonnes are tonnes: "57.1 gigatonnes" = "571亿吨" = "57,1 млрд тонн"."""
    source = "Emissions reached a record 57.1 gigatonnes in 2023."
    for code, target in (
        ("fr", "Les émissions ont atteint le chiffre record de 57,1 gigatonnes en 2023."),
        ("es", "Las emisiones alcanzaron un récord de 57,1 gigatoneladas en 2023."),
        ("ru", "Выбросы достигли рекордных 57,1 млрд тонн в 2023 году."),
        ("ar", "وبلغت الانبعاثات مستوى قياسيا قدره 57.1 غيغاطن في عام 2023."),
        ("ar", "وبلغت الانبعاثات مستوى قياسيا قدره 57.1 جيجا طن في عام 2023."),
        ("zh", "2023年排放量达到创纪录的571亿吨。"),
        ("zh", "2023年排放量达到创纪录的57.1吉吨。"),
    ):
        assert errors(code, source, target) == [], (code, target)
    assert errors("zh", source, "2023年排放量达到创纪录的571亿。") == [
        "tonnes ('gigatonnes') missing in the translation"
    ]


def test_an_arabic_degree_after_a_number_word_is_a_level() -> None:
    """ "درجة" is a degree and a level: a temperature after a figure, or said "مئوية"."""
    scale = "Emergency is one step away from famine on the five-level hunger scale."
    ar = "ومستوى الطوارئ لا يفصله عن المجاعة سوى درجة واحدة على مقياس الجوع المؤلف من خمس درجات."
    assert errors("ar", scale, ar) == []
    warming = "The world is heading for 3.1 degrees of warming."
    assert errors("ar", warming, "العالم يتجه نحو احترار قدره 3.1 درجات.") == []
    celsius = "Temperatures rose by five degrees Celsius."
    assert errors("ar", celsius, "ارتفعت درجات الحرارة بمقدار خمس درجات مئوية.") == []
    # a temperature added after a figure is still one
    assert errors("ar", "Warming of 3.1 per cent.", "احترار قدره 3.1 درجات.") != []


def test_an_amount_restated_says_its_currency_again() -> None:
    """ "43 per cent, or $21 billion": an amount restated names its currency again; one that
    is part of another ("dont") or set against it ("contre") may leave it out."""
    source = "The plan called for $49.6 billion, but only 43 per cent, or $21 billion, came."
    fr = "Le plan appelait à réunir 49,6 milliards de dollars, mais seuls 43 %, soit 21 milliards de dollars, sont arrivés."
    assert errors("fr", source, fr) == []
    assert errors("fr", source, fr.replace("21 milliards de dollars", "21 milliards")) == [
        "dollars ('$') missing after 21000000000 in the translation (no amount before it names the currency)"
    ]
    zh = "该计划呼吁筹集496亿美元，但仅收到43%，即210亿美元。"
    assert errors("zh", source, zh) == []
    assert errors("zh", source, zh.replace("即210亿美元", "即210亿")) != []
    # part of the first amount, or set against it: the translation's way
    part = "It received $2 billion, of which $300 million came in May."
    assert errors("fr", part, "Il a reçu 2 milliards de dollars, dont 300 millions en mai.") == []
    against = "The budget is $6.4 billion, down from $10 billion in 2024."
    assert (
        errors(
            "fr", against, "Le budget est de 6,4 milliards de dollars, contre 10 milliards en 2024."
        )
        == []
    )


def test_russian_interest_is_no_per_cent() -> None:
    # "проценты" is per cent after an amount and interest elsewhere (UN Russian, on debt)
    source = (
        "In 2024 alone, they paid a record $921 billion in interest, 10 per cent more than in 2023."
    )
    right = (
        "Только в 2024 году они выплатили рекордные 921 млрд долл. США в виде процентов, что на "
        "10 процентов больше, чем в 2023 году."
    )
    assert errors("ru", source, right) == []
    title = "Developing Countries Paying $921 Billion in Interest"
    assert (
        errors("ru", title, "развивающиеся страны выплатили 921 млрд долл. США в виде процентов")
        == []
    )
    # the per cent dropped, the interest still said: the per cent is missing
    wrong = (
        "Только в 2024 году они выплатили рекордные 921 млрд долл. США в виде процентов, что на 10 "
        "больше, чем в 2023 году."
    )
    assert errors("ru", source, wrong) == ["per cent ('per cent') missing in the translation"]
    # a per cent added to an amount is still one
    assert errors("ru", title, "выплатили 921 процентов в виде процентов") != []


def test_per_cent_after_amounts_in_words_with_a_half() -> None:
    source = "Prices rose by three and a half per cent, and by one and a half per cent in services."
    assert errors("zh", source, "价格上涨了3.5%，服务业价格上涨了1.5%。") == []
    assert (
        errors("ru", source, "Цены выросли на 3,5 процента, а в сфере услуг — на 1,5 процента.")
        == []
    )
    wrong = "价格上涨了3.5%，服务业价格上涨了1.5%，工业价格上涨了2%。"
    assert errors("zh", source, wrong) == [
        "per cent ('%') after 3 amounts in the translation, 2 in the source"
    ]


def test_a_ships_tonnage_may_be_said_in_tonnes_or_not() -> None:
    source = "The rules apply to ships of 5,000 gross tonnage and above."
    assert (
        errors("ar", source, "وتطبق القواعد على السفن التي تبلغ حمولتها الإجمالية 5000 طن فأكثر.")
        == []
    )
    assert (
        errors("ru", source, "Правила применяются к судам валовой вместимостью 5000 и более.") == []
    )
    # a tonne added where the source has no tonnage still is one
    source = "The rules apply to ships of 5,000 passengers and above."
    assert errors("ar", source, "وتطبق القواعد على السفن التي تحمل 5000 طن فأكثر.") == [
        "tonnes ('طن') not in the source"
    ]


def test_a_tonne_written_by_its_symbol_is_a_tonne() -> None:
    """ "57.1 Gt" and "57.1 GtCO2e" are tonnes: "571亿吨"; "57,1 Gt" for "57.1 gigatonnes"."""
    assert (
        errors(
            "zh", "Emissions reached 57.1 GtCO2e in 2023.", "2023年排放量达到571亿吨二氧化碳当量。"
        )
        == []
    )
    assert (
        errors("fr", "Emissions reached 57.1 gigatonnes.", "Les émissions ont atteint 57,1 Gt.")
        == []
    )
    assert errors("zh", "Emissions reached 57.1 Gt in 2023.", "2023年排放量达到571亿。") == [
        "tonnes ('Gt') missing in the translation"
    ]


def test_a_range_s_end_the_source_says_bare_may_take_the_unit_again() -> None:
    source = "shrinking from about 25,000 square kilometres to 2,500, and it no longer reaches"
    assert errors("zh", source, "从约2.5万平方公里缩减到2500平方公里，已不再延伸到") == []
    assert (
        errors("ar", source, "إذ تقلصت من نحو 25,000 كيلومتر مربع إلى 2,500 كيلومتر مربع، ولم تعد")
        == []
    )
