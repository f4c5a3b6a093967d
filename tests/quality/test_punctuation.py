"""The quotes check: a quotation of the source stays a quotation."""

from __future__ import annotations

from workflow.lang import languages
from workflow.quality.punctuation import _bracket_balance, quote_marks
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


def test_a_quoted_phrase_made_paraphrase_is_an_error_a_quoted_name_a_warning() -> None:
    source = "He said the plan was “unacceptable”."
    assert problems("ru", "Он назвал план «неприемлемым».", source) == []
    assert [s for s, _ in problems("ru", "Он назвал план неприемлемым.", source)] == ["error"]
    source = "He said he was “deeply alarmed”."
    assert [s for s, _ in problems("ru", "Он выразил глубокую тревогу.", source)] == ["error"]
    source = "He said “the window is closing”."
    assert [s for s, _ in problems("ru", "Он сказал, что окно закрывается.", source)] == ["error"]
    # a name the source quotes may be written as a name
    source = "The “Blue Helmets” were deployed in March."
    assert [
        s for s, _ in problems("fr", "Les Casques bleus ont été déployés en mars.", source)
    ] == ["warning"]


# Written for these tests (not from any catalog of the project).
SPEECH = "“We cannot wait for the next harvest,” she said, adding that “the rains have failed.”"
SPEECH_FR = (
    "«\u00a0Nous ne pouvons pas attendre la prochaine récolte\u00a0», a-t-elle déclaré, ajoutant "
    "que «\u00a0les pluies ont manqué\u00a0»."
)
NESTED = "The farmer told us: “They said, ‘Leave now,’ but where can we go?”"


def test_one_quotation_of_two_dropped_is_an_error() -> None:
    assert problems("fr", SPEECH_FR, SPEECH) == []
    reported = SPEECH_FR.replace(
        "que «\u00a0les pluies ont manqué\u00a0»", "que les pluies ont manqué"
    )
    assert [s for s, _ in problems("fr", reported, SPEECH)] == ["error"]
    # the second quotation a word said without marks: a warning
    word = SPEECH.replace("“the rains have failed.”", "the rains were “catastrophic”.")
    fr = SPEECH_FR.replace(
        "«\u00a0les pluies ont manqué\u00a0»", "les pluies étaient catastrophiques"
    )
    assert [s for s, _ in problems("fr", fr, word)] == ["warning"]
    longer = (
        "“We cannot wait for the next harvest,” she said, adding that “the rains have failed "
        "across the whole southern region this year.”"
    )
    fr = (
        "«\u00a0Nous ne pouvons pas attendre la prochaine récolte\u00a0», a-t-elle déclaré, "
        "ajoutant que «\u00a0les pluies ont manqué dans toute la région du sud cette année\u00a0»."
    )
    assert problems("fr", fr, longer) == []
    dropped = fr.replace("«\u00a0Nous", "Nous").replace("récolte\u00a0»", "récolte")
    assert [s for s, _ in problems("fr", dropped, longer)] == ["error"]
    # the interrupted quotation made one, the incise inside the guillemets: French usage
    merged = (
        "«\u00a0Nous ne pouvons pas attendre la prochaine récolte, a-t-elle déclaré, les pluies "
        "ont manqué dans toute la région du sud cette année.\u00a0»"
    )
    assert problems("fr", merged, longer) == []


def test_outer_marks_dropped_with_the_nested_quote_kept_is_an_error() -> None:
    zh = "那位农民告诉我们：“他们说，‘马上离开’，可我们能去哪里？”"
    ru = "Фермер сказал нам: «Нам сказали: „Уходите“, но куда нам идти?»"
    es = "El agricultor nos dijo: «Nos dijeron: “Váyanse”, pero ¿adónde podemos ir?»"
    for code, text in (("zh", zh), ("ru", ru), ("es", es)):
        assert problems(code, text, NESTED) == []
        outer = text.replace("“", "").replace("”", "") if code == "zh" else text
        outer = outer.replace("«", "").replace("»", "")
        assert [s for s, _ in problems(code, outer, NESTED)] == ["error"], code
    # the nested marks dropped, the quotation kept: nothing for this check
    assert problems("zh", zh.replace("‘", "").replace("’", ""), NESTED) == []


def test_apostrophes_and_inch_marks_are_no_quotation() -> None:
    source = "O’Brien said the UN’s “Delivering as One” plan works; the Parties’ role is key."
    fr = "O’Brien a déclaré que le plan « Unis dans l’action » de l’ONU fonctionne."
    assert quote_marks(source) == 2
    assert problems("fr", fr, source) == []
    inches = 'The cyclone dropped 12" of rain on Beira.'
    assert quote_marks(inches) == 0
    assert problems("fr", "Le cyclone a déversé 30 cm de pluie sur Beira.", inches) == []
    assert punctuation("fr", inches, "Le cyclone a déversé 30 cm de pluie sur Beira.") == []


def punctuation(code: str, source: str, target: str) -> list[tuple[str, str]]:
    ctx = Context(EN, languages.parse(code))
    return [
        (p.severity, p.message) for p in CHECKS["punctuation"].run(EntryView(source, target), ctx)
    ]


def test_a_nested_chinese_quote_closes_between_characters() -> None:
    # ’ between two Latin letters is an apostrophe; between Chinese characters, none exists:
    # it closes the nested quote ‘打了激素’
    source = (
        "“The Pakistani people are facing a monsoon on steroids – the relentless impact of "
        "epochal levels of rain and flooding,” he said."
    )
    zh = "他说：“巴基斯坦人民正面临一场‘打了激素’的季风——空前的降雨和洪水带来无情冲击。”"
    assert punctuation("zh", source, zh) == []
    assert quote_marks("一场‘打了激素’的季风") == 2
    assert punctuation("zh", source, zh.replace("’的", "的")) == [
        ("error", "unbalanced: 1 quote(s) opened and not closed")
    ]
    # French and Russian apostrophes stay apostrophes
    assert punctuation("fr", "The UN’s role.", "Le rôle de l’ONU.") == []
    assert quote_marks("l’ambassadeur d’Inde") == 0


def test_a_clause_mark_right_before_the_full_stop_is_a_cut_sentence() -> None:
    source = "“And more than 260 million people face acute food insecurity,” he said."
    ru = "«Кроме того, более 260 миллионов человек страдают от нехватки продовольствия», – сказал он."
    assert punctuation("ru", source, ru) == []
    cut = "«Кроме того, более 260 миллионов человек страдают от нехватки продовольствия»,."
    assert punctuation("ru", source, cut) == [
        ("error", "ends with ',.': a clause mark before the full stop, the sentence cut short?")
    ]
    es = "Los refugiados tienen acceso a los centros de salud públicos, y sus hijos,."
    assert [s for s, _ in punctuation("es", "Refugees have access, and children attend.", es)] == [
        "error"
    ]
    zh = "难民可以使用公共卫生设施，。"
    assert [s for s, _ in punctuation("zh", "Refugees have access, and children attend.", zh)] == [
        "error"
    ]
    # an ellipsis after a comma in the source is the source's own
    assert punctuation("fr", "Food, water,.", "Nourriture, eau,.") == []


def test_an_interrupted_quotation_made_one_in_chinese_is_no_warning() -> None:
    source = "“The rains came early,” the Minister said, “and the harvest was lost.”"
    zh = "部长说：“雨季来得早，收成都毁了。”"
    assert problems("zh", zh, source) == []


def test_a_title_quoted_in_english_may_be_in_title_marks_in_chinese() -> None:
    source = "The agency published its report “State of the Global Climate 2023” on Tuesday."
    zh = "该机构星期二发表了《2023年全球气候状况》报告。"
    assert problems("zh", zh, source) == []
    assert punctuation("zh", source, zh) == []


def test_un_arabic_curly_quotes_in_the_order_they_show() -> None:
    # a right-to-left text may open with ” and close with “ (it shows as “…” right to left)
    source = "The campaign, “Clean Seas”, was launched in 2017."
    ar = "وأُطلقت حملة ”البحار النظيفة“ في عام 2017."
    assert punctuation("ar", source, ar) == []
    assert quote_marks(ar) == 2
    # one mark dropped is still an error
    assert punctuation("ar", source, "وأُطلقت حملة ”البحار النظيفة في عام 2017.") == [
        ("error", "unbalanced: 1 quote(s) closed and not opened")
    ]
    # a left-to-right text keeps ” as a closing mark
    assert punctuation("fr", source, "La campagne ”Mers propres“ a été lancée en 2017.") != []
    # a lone ” in a right-to-left text closes a quotation opened in an earlier segment
    assert (
        punctuation("ar", "It must stay open,” she said.", "يجب أن يبقى مفتوحا”، كما قالت.") == []
    )


def test_an_item_of_a_list_over_paragraphs_may_end_with_a_comma_or_a_semicolon() -> None:
    source = "Closed clinics.  Empty classrooms."
    # French typography ends every item but the last with a semicolon (or a comma)
    found = punctuation("fr", source, "Des dispensaires fermés, des salles de classe vides ;")
    assert [s for s, _ in found] == ["warning"]
    assert [s for s, _ in punctuation("ru", source, "Закрытые клиники, пустые классы,")] == [
        "warning"
    ]
    # no mark at all is still an error
    assert [s for s, _ in punctuation("fr", source, "Des dispensaires fermés, des classes")] == [
        "error"
    ]


def test_who_said_it_dropped_is_an_error() -> None:
    source = "“The borders must stay open for every family,” the High Commissioner said."
    said = (
        "error",
        "the translation is all quotation; the source's words outside it "
        "('the High Commissioner said') are nowhere: dropped",
    )
    # said after the quotation, before it, or as an incise: kept
    assert (
        problems(
            "fr", "« Les frontières doivent rester ouvertes », a dit le Haut-Commissaire.", source
        )
        == []
    )
    assert problems("zh", "高级专员说：“边境必须为每个家庭保持开放。”", source) == []
    assert (
        problems("es", "«Las fronteras deben seguir abiertas», afirmó el Alto Comisionado.", source)
        == []
    )
    # nowhere: dropped
    assert problems(
        "fr", "« Les frontières doivent rester ouvertes pour chaque famille ».", source
    ) == [said]
    assert problems("ar", "«يجب أن تبقى الحدود مفتوحة أمام كل أسرة».", source) == [said]
    # a quotation interrupted by who said it may carry it inside the guillemets (French style)
    two = "“Borders must stay open,” she said, “for every family.”"
    assert (
        problems(
            "fr",
            "« Les frontières doivent rester ouvertes, a-t-elle dit, pour chaque famille. »",
            two,
        )
        == []
    )


def test_a_quotation_in_another_languages_marks_is_a_warning() -> None:
    """French and Russian quote with guillemets, Chinese with “…”, German with „…“: a
    quotation in English marks is a warning (Spanish, Portuguese, Arabic write both styles)."""
    assert problems("fr", "« Le cyberespace doit rester pacifique », a-t-il déclaré.") == []
    assert problems("fr", '"Le cyberespace doit rester pacifique", a-t-il déclaré.') == [
        ("warning", 'quotation marks ": French quotes with « … »')
    ]
    assert problems("fr", "“Le cyberespace doit rester pacifique”, a-t-il déclaré.") == [
        ("warning", "quotation marks “”: French quotes with « … »")
    ]
    # nested English marks inside guillemets, a term quoted where the source has no marks
    assert problems("fr", "« Ils ont dit : “Rentrez” », a-t-il rappelé.") == []
    assert problems("ru", 'Он назвал это "кризисом".', "He called it a crisis.") == [
        ("warning", 'quotation marks ": Russian quotes with «…» („…“ inside)')
    ]
    assert problems("zh", '他说："网络空间必须保持和平。"') == [
        ("warning", 'quotation marks ": Chinese quotes with “…”')
    ]
    assert problems("zh", "他说：“网络空间必须保持和平。”") == []
    assert problems("de", "„Der Cyberraum muss friedlich bleiben“, sagte er.") == []
    assert problems("es", '"El ciberespacio debe seguir siendo pacífico", dijo.') == []
    # an inch mark is no quotation
    assert problems("fr", 'Un écran de 7".', 'A 7" screen.') == []


def test_a_german_quotation_closes_with_the_low_high_marks() -> None:
    """„…“ closes with “ (and »…« with «): the full stop inside it is the sentence's."""
    source = 'He said: "We will act now."'
    assert punctuation("de", source, "Er sagte: „Wir handeln jetzt.“") == []
    assert punctuation("de", source, "Er sagte: »Wir handeln jetzt.«") == []


def bracket_errors(source: str, target: str, code: str) -> list[str]:
    ctx = Context(EN, languages.parse(code))
    run = CHECKS["punctuation"].run(EntryView(source, target), ctx)
    return [p.message for p in run if p.severity == "error" and "bracket" in p.message]


def test_a_bracket_closed_after_a_short_word_is_no_enumeration() -> None:
    # UN country names "Bolivia (Plurinational State of)": the ")" after "of" closes a bracket
    source = "Bolivia (Plurinational State of) and Venezuela (Bolivarian Republic of) abstained."
    fr = "L’État plurinational de Bolivie et la République bolivarienne du Venezuela se sont abstenus."
    es = (
        "El Estado Plurinacional de Bolivia y la República Bolivariana de Venezuela se abstuvieron."
    )
    assert bracket_errors(source, fr, "fr") == []
    assert bracket_errors(source, es, "es") == []
    kept = "La Bolivie (État plurinational de) et le Venezuela (République bolivarienne du) se sont abstenus."
    assert bracket_errors(source, kept, "fr") == []
    # a bracket left open in the translation is still an error; "a)" and "iv)" still enumerate
    assert bracket_errors(source, kept.replace("de)", "de"), "fr")
    assert bracket_errors("a) water; b) food.", "a) l’eau ; b) la nourriture.", "fr") == []
    assert bracket_errors("iv) shelter.", "iv) des abris.", "fr") == []


def test_a_short_second_quotation_made_paraphrase_is_an_error() -> None:
    """Two quotations, the second a short sentence ("We must end it."): its marks gone, with
    fewer marks than the source, the share quoted falls short by a sentence."""
    source = (
        "“Trafficking is a crime that feeds on inequality,” the Secretary-General said. "
        "“We must end it.”"
    )
    es = (
        "“La trata es un delito que se alimenta de la desigualdad”, dijo el Secretario General. "
        "“Debemos ponerle fin”."
    )
    assert [p for p in problems("es", es, source) if p[0] == "error"] == []
    cut = es.replace("“Debemos ponerle fin”.", "Debemos ponerle fin.")
    assert [s for s, m in problems("es", cut, source) if "quoted" in m] == ["error"]
    # as many marks as the source, the text said otherwise around them: no quotation dropped
    source = "“As one mother told me, ‘We have nothing left,’” Mr. Lazzarini said."
    ar = "وقال السيد لازاريني: ”كما قالت لي إحدى الأمهات: ’لم يتبقَّ لنا شيء‘“."
    assert [p for p in problems("ar", ar, source) if p[0] == "error"] == []


def test_an_apostrophe_after_a_figure_is_no_quote() -> None:
    source = "“If 2024’s sluggish progress becomes ‘the new normal’, the milestone could slip.”"
    fr = "« Si la lenteur des progrès de 2024 devient “la nouvelle norme”, l’échéance pourrait glisser. »"
    assert [m for s, m in problems("fr", fr, source) if "left open" in m] == []


def quotes(source: str, target: str, code: str) -> list[tuple[str, str]]:
    return problems(code, target, source)


def test_the_verb_of_saying_dropped_with_the_speaker_left_is_an_error() -> None:
    """“…,” said X. -> «…», X.: who said it is there, that X said it is not."""
    source = "“We must act now,” said WFP Executive Director Cindy McCain."
    good = {
        "es": "«Debemos actuar ahora», afirmó la Directora Ejecutiva del PMA, Cindy McCain.",
        "fr": "« Nous devons agir maintenant », a déclaré la Directrice exécutive du PAM.",
        "ru": "«Мы должны действовать сейчас», — заявила Директор-исполнитель ВПП Синди Маккейн.",
        "ar": "وقالت المديرة التنفيذية للبرنامج، سيندي ماكين: «يجب أن نتحرك الآن».",
        "zh": "粮食署执行主任辛迪·麦凯恩说：“我们必须立即行动。”",
    }
    for code, target in good.items():
        assert quotes(source, target, code) == [], (code, target)
    dropped = quotes(
        source, "«Debemos actuar ahora», la Directora Ejecutiva del PMA, Cindy McCain.", "es"
    )
    assert dropped == [
        (
            "error",
            "the source says who spoke ('said WFP Executive Director Cindy McCain'), the translation has no verb of saying: the attribution dropped?",
        )
    ]
    # nothing after the quotation: the speaker put in another sentence of the paragraph
    assert quotes("We are out of time,” he said.", "لقد نفد الوقت».", "ar") == []
    # a title in quotes is no speech
    titled = "He highlighted the resolution titled “Countering Disinformation for Peace.”"
    assert (
        quotes(titled, "Destacó la resolución titulada «Lucha contra la desinformación».", "es")
        == []
    )


def test_a_clause_mark_said_twice_is_an_error() -> None:
    source = "cocaine, with 23 million;"
    assert punctuation("ru", source, "кокаин — 23 млн;") == []
    assert punctuation("ru", source, "кокаин — 23 млн;; ") == [
        ("error", "';;': a clause mark said twice (a clause repeated or cut out?)")
    ]
    assert punctuation("zh", "Tokyo–Yokohama, in Japan;", "东京—横滨（日本）；；") == [
        ("error", "'；；': a clause mark said twice (a clause repeated or cut out?)")
    ]
    assert punctuation("fr", "He said: “Peace.”", "Il a déclaré : : « La paix. »") == [
        ("error", "': :': a clause mark said twice (a clause repeated or cut out?)")
    ]
    # an ellipsis, a colon before a quotation's comma, a link's "://" are none
    assert punctuation("fr", "He paused... then spoke.", "Il s’est arrêté... puis a parlé.") == []
    assert punctuation("ar", "He said: 1, 2 and 3.", "وقال: 1، 2 و3.") == []
    link = "See [un.org](https://www.un.org/en/), or write."
    assert punctuation("fr", link, "Voir [un.org](https://www.un.org/en/), ou écrire.") == []


def test_a_quoted_phrase_of_a_headline_is_no_name_for_its_capitals() -> None:
    """ "Blue Helmets" in running text may be a name said without marks (a warning); in a
    headline every word has a capital, which tells no name: the marks dropped are an error."""
    headline = "UN Seeks $47 Billion to Help 190 Million People in a “World on Fire”"
    fr = "L’ONU demande 47 milliards de dollars pour aider 190 millions de personnes dans un monde en feu"
    assert [s for s, _ in quotes(headline, fr, "fr")] == ["error"]
    running = "The “Blue Helmets” were honoured in New York on Friday."
    assert [
        s
        for s, _ in quotes(running, "Les Casques bleus ont été honorés vendredi à New York.", "fr")
    ] == ["warning"]

    ctx = Context(EN, languages.parse("fr"))

    def punctuation(source: str, target: str) -> list[str]:
        return [p.severity for p in CHECKS["punctuation"].run(EntryView(source, target), ctx)]

    source = "adopt a detailed, predictable and flexible annual programme of work;"
    fr = "d’adopter un programme de travail annuel détaillé, prévisible et souple\u202f;"
    assert punctuation(source, fr) == []
    assert punctuation(source, fr + "; ") == ["error"]
    assert punctuation("They met, , and spoke.", "Ils se sont vus, , et ont parlé.") == []


def test_a_lead_in_colon_dropped() -> None:
    """ "..., with:" opens a list; a translation ending without a colon lost the lead-in's end."""
    from workflow.lang import languages
    from workflow.quality.registry import CHECKS, Context, EntryView

    source = "Since January, FAO has supported control operations in 10 countries, with:"
    ctx = Context(languages.parse("en"), languages.parse("zh"))
    good = "自1月以来，粮农组织在10个国家支持开展了防治行动，包括："
    assert CHECKS["punctuation"].run(EntryView(source, good), ctx) == []
    [p] = CHECKS["punctuation"].run(
        EntryView(source, "自1月以来，粮农组织在10个国家支持开展了防治行动"), ctx
    )
    assert p.severity == "error" and "':'" in p.message


def test_a_figure_s_last_group_in_brackets_is_no_enumeration() -> None:
    assert _bracket_balance("le plus de victimes (1\u202f003), devant la Syrie (933)") == (0, 0)
    assert _bracket_balance("a) un ; b) deux") == (0, 0)
