"""The names check: proper names outside the glossary carried into the translation."""

from __future__ import annotations

from workflow.lang import languages
from workflow.quality.names import source_names
from workflow.quality.registry import CHECKS, Context, EntryView

EN = languages.parse("en")
SOURCE = "Secretary-General António Guterres met Roger Stone in Geneva on Monday."
FR = "Le Secrétaire général António Guterres a rencontré Roger Stone à Genève lundi."


def found(code: str, source: str, target: str) -> list[tuple[str, str]]:
    ctx = Context(EN, languages.parse(code))
    return [(p.severity, p.message) for p in CHECKS["names"].run(EntryView(source, target), ctx)]


def test_names_of_a_source() -> None:
    words = [(n.word, n.person) for n in source_names(SOURCE, False)]
    assert words == [
        ("António", True),
        ("Guterres", True),
        ("Roger", False),
        ("Stone", False),
        ("Geneva", False),
    ]
    # titles of things, headings in title case, acronyms, sentence starts: no names
    assert (
        source_names("The debate on Maintenance of International Peace and Security.", False) == ()
    )
    assert source_names("Pakistan Advocates for Comprehensive Cyber Framework", True) == ()
    assert source_names("Several NGOs and ICTs were named.", False) == ()
    assert [n.word for n in source_names("Mr. Tedros Adhanom spoke.", False)] == [
        "Tedros",
        "Adhanom",
    ]


def test_a_correct_translation_passes_and_an_exonym_is_a_warning() -> None:
    assert found("fr", SOURCE, FR) == [
        ("warning", "name 'Geneva' written 'geneve' (a transcription?)")
    ]
    es = "El Secretario General, António Guterres, se reunió con Roger Stone en Ginebra el lunes."
    assert found("es", SOURCE, es) == [
        ("warning", "name 'Geneva' not found ('general': another spelling?)")
    ]


def test_a_misspelt_or_replaced_name_is_an_error() -> None:
    assert ("error", "name 'Guterres' written 'gutreres'") in found(
        "fr", SOURCE, FR.replace("Guterres", "Gutreres")
    )
    # translated word for word: the other word of the name is still there
    assert ("error", "name 'Stone' missing: translated, replaced or dropped?") in found(
        "fr", SOURCE, FR.replace("Stone", "Pierre")
    )
    assert ("error", "name 'Guterres' missing: translated, replaced or dropped?") in found(
        "fr", SOURCE, FR.replace("Guterres", "Robertson")
    )


def test_transcriptions_are_warnings() -> None:
    assert found("es", "President Zelensky spoke.", "El presidente Zelenski habló.") == [
        ("warning", "name 'Zelensky' written 'zelenski' (a transcription?)")
    ]
    assert [
        s for s, _ in found("fr", "President Putin spoke.", "Le président Poutine a parlé.")
    ] == ["warning"]


def test_other_scripts_never_demand_latin_letters() -> None:
    ru = "Генеральный секретарь Антониу Гутерриш встретился с Роджером Стоуном в Женеве в понедельник."
    assert found("ru", SOURCE, ru) == [
        (
            "warning",
            "name 'António Guterres': not in Latin letters and the glossary has no ru form "
            "(add one to locales/glossary.csv)",
        )
    ]
    assert (
        found("ru", SOURCE, "Генеральный секретарь António Guterres встретился с Roger Stone.")
        == []
    )


def found_kind(code: str, source: str, target: str, kind: str) -> list[tuple[str, str]]:
    ctx = Context(EN, languages.parse(code))
    entry = EntryView(source, target, kind=kind)
    return [(p.severity, p.message) for p in CHECKS["names"].run(entry, ctx)]


def test_names_of_bodies_plans_and_documents_are_translated_whole() -> None:
    cases = [
        (
            "es",
            "The 2011 Humanitarian Appeal is the largest since the Consolidated Appeal Process "
            "was created in 1991.",
            "El Llamamiento Humanitario 2011 es el mayor desde que se creó el proceso de "
            "llamamientos unificados en 1991.",
        ),
        (
            "fr",
            "Donors are asked to contribute through the Financial Tracking Service.",
            "Les donateurs sont invités à verser leurs contributions par l’intermédiaire du "
            "Service de surveillance financière.",
        ),
        (
            "fr",
            "The 2022 Pakistan Floods Response Plan was launched in Islamabad and Geneva.",
            "Le Plan de réponse aux inondations de 2022 au Pakistan a été lancé à Islamabad et "
            "à Genève.",
        ),
        (
            "es",
            "He spoke at the opening of the Council’s Humanitarian Affairs Segment in Geneva.",
            "Habló en la apertura de la serie de sesiones sobre asuntos humanitarios del Consejo, "
            "en Ginebra.",
        ),
    ]
    for code, source, target in cases:
        assert [p for p in found(code, source, target) if p[0] == "error"] == [], source


def test_a_title_of_office_is_no_person_s_name() -> None:
    source = (
        "“In 2011, tens of millions of people will need help to survive,” said Valerie Amos, "
        "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator."
    )
    fr = (
        "« En 2011, des dizaines de millions de personnes auront besoin d’aide pour survivre », "
        "a déclaré Valerie Amos, Secrétaire générale adjointe aux affaires humanitaires et "
        "Coordonnatrice des secours d’urgence."
    )
    assert found("fr", source, fr) == []
    assert [n.word for n in source_names(source, False)] == ["Valerie", "Amos"]
    # the person's name is still checked
    assert found("fr", source, fr.replace("Valerie Amos", "Valerie Amso")) == [
        ("error", "name 'Amos' written 'amso'")
    ]


def test_a_prefixed_adjective_is_no_name() -> None:
    source = "Millions have fled their villages in Syria, Iraq and sub-Saharan Africa."
    es = "Millones de personas han huido de sus pueblos en Siria, el Iraq y el África Subsahariana."
    assert found("es", source, es) == []


def test_a_word_after_a_title_in_a_heading_may_be_its_verb() -> None:
    heading = "Secretary-General Seeks $7.4 Billion to Aid 50 Million People in 2011"
    es = "El Secretario General solicita 7400 millones de dólares para ayudar a 50 millones de personas"
    assert found_kind("es", heading, es, "title") == [
        ("warning", "name 'Seeks' not found"),
    ]
    heading = "Humanitarian Needs at Record Levels, Secretary-General Guterres Tells ECOSOC"
    fr = "Les besoins humanitaires atteignent des niveaux records, déclare M. Guetrres à l’ECOSOC"
    # a misspelt name in a heading is still an error
    assert ("error", "name 'Guterres' written 'guetrres'") in found_kind("fr", heading, fr, "title")


def test_a_common_word_translated_in_lower_case_is_no_misspelt_name() -> None:
    # no head noun in the run: "Migration" one letter from "migración", written lower case
    source = "The Safe Migration Corridor opened in March."
    es = "El corredor de migración segura se abrió en marzo."
    assert [p for p in found("es", source, es) if p[0] == "error"] == []
    # a name misspelt stays capitalised: still an error
    source = "The report of Roger Stone was published."
    assert found("es", source, "Se publicó el informe de Roger Stoen.") == [
        ("error", "name 'Stone' written 'stoen'")
    ]


def test_a_place_s_common_word_translated_is_no_name_replaced() -> None:
    source = "Aid convoys reached the Gaza Strip and the Kakuma Camp on Monday."
    fr = "Des convois d’aide ont atteint la bande de Gaza et le camp de Kakuma lundi."
    assert [p for p in found("fr", source, fr) if p[0] == "error"] == []
    # a name's other word replaced by a new capitalised word is still an error
    assert found(
        "es", "The report of Roger Stone was published.", "Se publicó el informe de Roger Piedra."
    ) == [("error", "name 'Stone' missing: translated, replaced or dropped?")]


def test_the_glossary_row_asked_for_names_the_person_not_the_country() -> None:
    source = "The Council extended the mandate by 12 months, Ambassador Yamazaki of Japan said."
    ar = "وقال السفير يامازاكي ممثل اليابان إن المجلس مدد الولاية لمدة 12 شهرا."
    assert found("ar", source, ar) == [
        (
            "warning",
            "name 'Yamazaki': not in Latin letters and the glossary has no ar form (add one to "
            "locales/glossary.csv)",
        )
    ]


def test_a_country_s_name_before_a_title_is_no_person_s_name() -> None:
    source = "Burkina Faso's Minister of Health, Awa Ouédraogo, opened the clinic."
    fr = "La Ministre burkinabè de la santé, Awa Ouédraogo, a inauguré la clinique."
    assert found("fr", source, fr) == []
    words = [n.word for n in source_names("Costa Rica's Ambassador Elena Mora spoke.", False)]
    assert words == ["Elena", "Mora"]


def test_french_and_spanish_transcriptions_of_names_are_warnings() -> None:
    # a vowel more or less, "sh" as "ch": how French and Spanish write names from Arabic,
    # Persian and Ukrainian; two letters swapped stays a misspelling
    source = "President Bashar Hussaini met Foreign Minister Olha Kuzmenko in Cairo."
    fr = "Le Président Bachar Hussaïni a rencontré la Ministre des affaires étrangères Olha Kouzmenko au Caire."
    assert [s for s, _ in found("fr", source, fr)] == ["warning", "warning"]
    es = "El Presidente Bashar Husaini se reunió con la Ministra de Relaciones Exteriores Olha Kuzmenko en El Cairo."
    assert [s for s, _ in found("es", source, es)] == ["warning"]
    swapped = fr.replace("Bachar", "Bahsar")
    assert ("error", "name 'Bashar' written 'bahsar'") in found("fr", source, swapped)
    ru_name = "Deputy Minister Anatoly Kovalchuk arrived."
    assert found("fr", ru_name, "Le Vice-Ministre Anatoli Kovaltchuk est arrivé.") == [
        ("warning", "name 'Anatoly' written 'anatoli' (a transcription?)"),
        ("warning", "name 'Kovalchuk' written 'kovaltchuk' (a transcription?)"),
    ]


def test_a_name_with_another_apostrophe_is_the_same_name() -> None:
    source = (
        "Special Envoy Hans Grundberg met Foreign Minister Ahmad Awad bin Mubarak and Ra'ad Khalil."
    )
    fr = "L’Envoyé spécial Hans Grundberg a rencontré le Ministre des affaires étrangères Ahmad Awad bin Mubarak et Ra’ad Khalil."
    assert found("fr", source, fr) == []
    assert [s for s, _ in found("fr", source, fr.replace("Ra’ad", "Ra’da"))] == ["error"]


def test_the_same_entry_gets_the_same_problem_in_every_process() -> None:
    """'Lakes' is two letters from both "lacs" and "les": the word the hint names was a set's
    first, which follows the string hash seed of the process (a message, or a severity,
    changing from one run to the next, and with it a remembered verdict)."""
    import os
    import subprocess
    import sys

    code = (
        "from tests.quality.test_names import found\n"
        "print(found('fr', \"This is the Council's first statement on the Great Lakes since "
        "2022.\", 'Il s’agit de la première déclaration du Conseil sur les Grands Lacs "
        "depuis 2022.'))"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(runs) == 1, runs
    assert "another spelling?" in runs.pop()


def test_the_rest_of_a_body_s_name_after_on_or_for_is_no_name() -> None:
    # "Convention on Biological Diversity", "Institution on Missing Persons", "Institute for
    # Training and Research": words of the body's name, translated with it
    source = "Ms. Holm was appointed to the Convention on Biological Diversity in Montreal."
    assert [n.word for n in source_names(source, False)] == ["Holm", "Montreal"]
    es = "La Sra. Holm fue nombrada en el Convenio sobre la Diversidad Biológica en Montreal."
    assert found("es", source, es) == []
    source = "Ms. Holm heads the Independent Institution on Missing Persons."
    es = "La Sra. Holm dirige la Institución Independiente sobre las Personas Desaparecidas."
    assert found("es", source, es) == []
    # a person's name after "on" is still one
    source = "The Committee on Monday heard Ambassador Munir Akram."
    assert [n.word for n in source_names(source, False)] == ["Munir", "Akram"]
    es = "El Comité escuchó el lunes al Embajador Munir Akran."
    assert found("es", source, es) == [("error", "name 'Akram' written 'akran'")]


def test_the_words_before_a_person_s_title_qualify_the_title() -> None:
    """ "Emergency Relief Coordinator Jan Egeland": a title of office before the name, said in
    the translation's words ("Coordonnateur des secours d'urgence"); the name is Jan Egeland."""
    source = "Emergency Relief Coordinator Jan Egeland said that governments had pledged aid."
    fr = "Le Coordonnateur des secours d’urgence, Jan Egeland, a déclaré que les gouvernements avaient promis une aide."
    assert found("fr", source, fr) == []
    assert [s for s, _ in found("fr", source, fr.replace("Jan Egeland", "John Smith"))] == [
        "warning",
        "error",
    ]


def test_what_follows_a_title_in_the_possessive_is_no_person_s_name() -> None:
    source = (
        "Member States have agreed to pay $50 million a year, said Ambassador Jane Moss of "
        "Kenya, Chair of the Secretary-General's Peacebuilding Fund Advisory Group."
    )
    fr = (
        "Les États Membres sont convenus de verser 50 millions de dollars par an, a précisé la "
        "Présidente du Groupe consultatif du Fonds pour la consolidation de la paix du "
        "Secrétaire général, l’Ambassadrice Jane Moss, du Kenya."
    )
    assert [p for p in found("fr", source, fr) if p[0] == "error"] == []
    assert [n.word for n in source_names(source, False)] == ["Jane", "Moss"]
    # the person's name is still checked
    assert ("error", "name 'Moss' missing: translated, replaced or dropped?") in found(
        "fr", source, fr.replace("Jane Moss", "Jane Brown")
    )


def test_a_name_s_words_translated_in_the_target_s_order_are_no_name_replaced() -> None:
    source = "The world is off track to reach Sustainable Development Goal 2, Zero Hunger."
    fr = "Le monde n’est pas en voie d’atteindre l’objectif de développement durable 2, Faim zéro."
    assert [p for p in found("fr", source, fr) if p[0] == "error"] == []
    # a new capitalised word where the missing one stood is still a name replaced
    source = "The report of Roger Stone was published."
    assert found("fr", source, "Le rapport de Roger Pierre a été publié.") == [
        ("error", "name 'Stone' missing: translated, replaced or dropped?")
    ]


def test_a_capitalised_prefix_at_a_sentence_s_start_makes_an_adjective() -> None:
    """ "Sub-Saharan Africa" opening a sentence: "Saharan" is no name ("subsahariana")."""
    source = "Sub-Saharan Africa is home to nearly two thirds of all child labourers."
    es = "África subsahariana alberga a casi dos tercios de todos los niños trabajadores."
    assert found("es", source, es) == []


def test_a_common_noun_of_an_institution_s_name_said_by_its_cognate() -> None:
    source = "the United Nations Convention to Combat Desertification (UNCCD) said."
    es = "la Convención de las Naciones Unidas de Lucha contra la Desertificación (CLD)."
    assert all(s == "warning" for s, _ in found("es", source, es))
    # a person's name one letter off stays an error
    person = "Secretary-General Antonio Guterres said."
    assert found("es", person, "El Secretario General Antonio Guetrres dijo.") == [
        ("error", "name 'Guterres' written 'guetrres'")
    ]


def test_words_qualifying_a_title_are_no_names() -> None:
    source = (
        "Joyce Msuya, Assistant Secretary-General for Humanitarian Affairs and Deputy Emergency"
        " Relief Coordinator, recalled that the region was once flourishing."
    )
    fr = (
        "Joyce Msuya, Sous-Secrétaire générale aux affaires humanitaires et Coordonnatrice "
        "adjointe des secours d’urgence, a rappelé que la région avait été florissante."
    )
    assert found("fr", source, fr) == []
    # a name after a title still counts ("Kiki" dropped)
    source = "Deputy Special Representative Anita Kiki Gbeho said that the mission would stay."
    fr = "La Représentante spéciale adjointe, Anita Gbeho, a déclaré que la mission resterait."
    assert found("fr", source, fr) == [
        ("error", "name 'Kiki' missing: translated, replaced or dropped?")
    ]
