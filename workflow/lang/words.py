"""Word lists per language: abbreviations and sentence starters (sentence splitting),
function words (untranslated text), English country aliases, languages with case endings.

Tables keyed by base language code; the word lists are space-separated strings. Pure data.
"""

from __future__ import annotations

# --- abbreviations (workflow.source.segment) ----------------------------------------------------
# "never": a full stop after these never ends a sentence (titles before names, "No. 5").
# "maybe": it ends one only when the next word is capitalised (etc., Inc.).
# Months: not an end before a figure ("Dec. 5"), else "maybe".
MONTH_ABBREVIATIONS = {
    "en": "jan feb mar apr jun jul aug sep sept oct nov dec",
    "fr": "janv févr avr juil sept oct nov déc",
    "es": "ene feb mar abr jun jul ago sep sept oct nov dic",
    "pt": "jan fev mar abr mai jun jul ago set out nov dez",
    "de": "jan feb mär apr jun jul aug sep sept okt nov dez",
    "ru": "янв февр мар апр авг сент окт нояб дек",
}
ABBREVIATIONS_NEVER_FINAL = {
    "en": "mr mrs ms messrs dr prof amb h.e st gen col lt maj sgt capt cmdr adm gov sen rep "
    "hon rev fr sr jr no nos vol art arts para paras fig figs approx dept est mt ft ave blvd "
    "rd vs cf viz al op pp p ch sec tel fax ext mob",
    "fr": "m mm mme mmes mlle mlles dr pr me mgr s.e st ste av bd no nos art p pp cf env "
    "réf vol chap",
    "es": "sr sra sres sras srta dr dra d dña excmo excma ilmo ilma ud uds lic ing prof pág "
    "págs art núm no nos av avda emb s.e vol cap",
    "pt": "sr sra srs sras srta dr dra prof profa exmo exma ilmo ilma v av art arts pág págs "
    "n nº no nos emb s.exa vol cap",
    "de": "hr hrn fr dr prof nr str bzw ca vgl z.b d.h u.a s inkl ggf evtl abs art bd st geb gest",
    "ru": "г гг т.е т.д т.п т.к им ул д др проф акад тыс млн млрд руб см ст п пп",
    "ar": "د",
    "ur": "",
    "hi": "डॉ प्रो",
    "zh": "",
}
ABBREVIATIONS_MAYBE_FINAL = {
    "en": "etc inc ltd co corp plc llc bros",
    "fr": "etc cie",
    "es": "etc cía",
    "pt": "etc cia ltda",
    "de": "usw etc",
    "ru": "и.т.д",
}
# Before a figure these never end a sentence ("No. 5", "Art. 51", "p. 12"); else "maybe".
ABBREVIATIONS_NUMBERED = frozenset(
    "no nos nr núm n nº art arts p pp vol para paras fig figs sec ch".split()
)
# Words that start sentences: after a dotted acronym ("U.N.", "p.m.") a full stop ends the
# sentence only before one of these.
SENTENCE_STARTERS = {
    "en": "the this that these those he she it they we i you in on at but and however "
    "meanwhile a an his her their our there its as for after before when while if according "
    "speaking during",
    "fr": "le la les il elle ils elles nous on un une ce cette ces dans en mais et selon lors",
    "es": "el la los las él ella ellos ellas un una este esta estos en pero y según durante",
    "pt": "o a os as ele ela eles elas um uma este esta em mas e segundo durante",
    "de": "der die das er sie es wir ein eine dies diese in im am aber und laut während",
    "ru": "он она они мы это в на но и по",
}


# --- function words -----------------------------------------------------------------------------
# Words of a language that a translation into another language does not keep ("the", "of").
FUNCTION_WORDS = {
    "en": "the of and to in that is was for with by on as at from this which are were has have "
    "been be it its their an or not will would should also said he she they we who these those "
    "than into between while",
    "fr": "le la les de des du et en un une que qui dans pour sur par au aux il elle ils on as "
    "est son sa ses ce cette ne pas plus a",
    "es": "el la los las de del y en un una que por para con se su sus al lo como es he has "
    "son no a",
    "pt": "o a os as de do da dos das e em um uma que por para com se seu sua no na não é",
    "it": "il la le gli di del della e in un una che per con si suo sua non è a al in",
    "de": "der die das den dem des und in ein eine zu mit von ist nicht an auf als auch will was "
    "so wir sie er es",
}

# --- country names ------------------------------------------------------------------------------
# English short and UN names of countries that CLDR does not use as the main name.
COUNTRY_ALIASES_EN = {
    "United States of America": "US",
    "USA": "US",
    "U.S.": "US",
    "US": "US",
    "United Kingdom of Great Britain and Northern Ireland": "GB",
    "Great Britain": "GB",
    "Britain": "GB",
    "UK": "GB",
    "U.K.": "GB",
    "Russian Federation": "RU",
    "Republic of Korea": "KR",
    "Democratic People's Republic of Korea": "KP",
    "Democratic Republic of the Congo": "CD",
    "DRC": "CD",
    "Republic of the Congo": "CG",
    "Czech Republic": "CZ",
    "Ivory Coast": "CI",
    "Cote d'Ivoire": "CI",
    "Côte d'Ivoire": "CI",
    "Turkey": "TR",
    "Burma": "MM",
    "Swaziland": "SZ",
    "Holy See": "VA",
    "Vatican": "VA",
    "State of Palestine": "PS",
    "Palestine": "PS",
    "Islamic Republic of Iran": "IR",
    "Syrian Arab Republic": "SY",
    "Republic of Moldova": "MD",
    "United Republic of Tanzania": "TZ",
    "Viet Nam": "VN",
    "Lao People's Democratic Republic": "LA",
    "Laos": "LA",
    "Bolivarian Republic of Venezuela": "VE",
    "Plurinational State of Bolivia": "BO",
    "Hong Kong": "HK",
    "Macao": "MO",
    "Macau": "MO",
    "Cape Verde": "CV",
    "East Timor": "TL",
    "North Macedonia": "MK",
}
# English names that are also ordinary words or other places: reported as warnings.
AMBIGUOUS_COUNTRY_NAMES_EN = frozenset(
    {
        "Chad",
        "Georgia",
        "Jordan",
        "Jersey",
        "Guernsey",
        "Turkey",
        "Niger",
        "Guinea",
        "US",
        "UK",
        "U.S.",
        "U.K.",
        "Man",
        "Christmas Island",
        "Norfolk Island",
        "Martinique",
        "Montserrat",
        "Dominica",
        "Mali",
        "Oman",
        "Peru",
        "Cuba",
    }
)

# Languages whose nouns take case endings: a country name found only as a stem may be declined
# (ru "Пакистана"). Elsewhere a stem match is a misspelling ("Indica" for "India").
INFLECTING = frozenset(
    "ru uk be pl cs sk sl hr sr bs bg lt lv fi et hu tr de el ro is ga cy la ka hy".split()
)

# --- proper names (workflow.quality.names) ------------------------------------------------------
# Titles before a person's name ("Ambassador Munir Akram"): the words after them are a name.
# Not Pope, King, Queen, Prince, Saint: their names are translated ("pape François").
NAME_TITLES_EN = (
    "Ambassador Mr Mrs Ms Miss Dr Prof Professor President Vice-President Minister Secretary "
    "Secretary-General Under-Secretary-General Rapporteur Envoy Senator Judge Justice Chairman "
    "Chairwoman Chairperson Chair Director Director-General Commissioner Governor Mayor "
    "Spokesperson Spokesman Spokeswoman Sheikh Emir Chancellor Counsellor Counselor Consul "
    "Attaché Representative Delegate Deputy Colonel General Admiral Captain Lieutenant Major "
    "Sir Dame Lord Lady H.E. Excellency Honourable Honorable Mme Mlle Coordinator Administrator "
    "Adviser Advisor Prosecutor Registrar Ombudsman Ombudsperson"
)
# Head nouns of the names of bodies, plans, programmes, events and documents: a run of
# capitalised words holding one ("Consolidated Appeal Process", "Financial Tracking Service",
# "Pakistan Floods Response Plan", "Humanitarian Affairs Segment") is such a name, translated
# as a whole ("processus d'appel global"): none of its words is a proper name to carry.
NAME_HEADS_EN = frozenset(
    (
        "Service Services Process Appeal Appeals Segment Response Plan Plans Mechanism Facility"
        " System Team Panel Unit Campaign Project Dialogue Compact Operation Operations Affairs"
        " Fund Programme Program Office Council Committee Commission Agency Organization"
        " Organisation Conference Summit Forum Declaration Convention Agreement Treaty Framework"
        " Resolution Session Report Initiative Strategy Agenda Review Board Trust Institute"
        " Centre Center Network Alliance Coalition Partnership Mission Department Ministry Court"
        " Assembly Secretariat Group Union Bank Day Week Year Decade Goals Award Prize Fellowship"
        " Overview Outlook Survey Index Assessment Study Protocol Statute Covenant Act Law Code"
        " Cluster Pool Account Platform Portal Tracker Database Roadmap Pact Accord Accords"
        " Consultation Consultations Meeting Debate Bureau Authority Tribunal Parliament Summit"
        " Month Target Targets Vision Reduction Management Coordination Development Institution"
        " Institutions"
    ).split()
)
# Capitalised words that are no proper names to carry verbatim: institutions, titles, days,
# months, offices, document words, and words that start headings and quotations.
CAPITALISED_WORDS_EN = (
    NAME_TITLES_EN
    + " Pope King Queen Prince Princess Saint St Holy Father Crown His Her Their Majesty Highness"
    " United Nations Nation UN Security Council General Assembly Human Rights Charter Permanent"
    " Mission Missions Government Governments Ministry Ministries Republic Kingdom State States"
    " Organization Organisation Organizations International Court Conference Summit Committee"
    " Commission Office Department Agency Programme Program Fund Bank Union European African"
    " Asian Arab Islamic Group Forum Declaration Convention Agreement Treaty Framework"
    " Resolution Resolutions Session Day Week Year Report Reports Debate Open High Level"
    " High-Level Points Point Contact Directory Cyber Cybersecurity Information Communication"
    " Communications Technology Technologies Global Sustainable Development Goals Goal Peace"
    " Climate Change World Health Food Prime Foreign Affairs Economic Social Secretariat Member"
    " Members Observer Delegation Statement Press Release Annual Special Senior Official"
    " Officials Affairs Protection Promotion Countering Maintenance Addressing Evolving Threats"
    " Cyberspace Fundamental Freedoms Disinformation Capacity Building Confidence Measures"
    " Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April"
    " May June July August September October November December North South East West Central"
    " Middle Northern Southern Eastern Western Sea Ocean Gulf River Lake Mountain Island Islands"
    " Federal National Regional Local City Province District Region Area Zone Border Line"
    " Party Parties Army Force Forces Navy Police Defence Defense Interior Justice Finance Trade"
    " Education Labour Environment Energy Water Youth Women Children Refugees Migration"
    " Mr. Mrs. Ms. Dr. Excellencies Distinguished Colleagues Ladies Gentlemen Chief Executive"
    " Head Heads Leader Leaders Parliament Senate Congress Cabinet Presidency Embassy Consulate"
    " Internet Web Online Covid COVID Ebola Sars Agenda Initiative Strategy Plan Action Review"
    " Universal Periodic Working Board Trust Institute Centre Center University College School"
    " Foundation Network Alliance Coalition Partnership Council's Nations' God Allah Muslim"
    " Muslims Christian Christians Jewish Hindu Buddhist Sikh English Arabic Chinese French"
    " Russian Spanish Urdu Hindi Portuguese Latin Western Eastern Northern Southern Annex"
    " Article Articles Chapter Part Section Paragraph Table Figure Note Notes Source Sources"
    " Yes No OK Thank Thanks Today Tomorrow Yesterday Now Also However Therefore Moreover"
    " Furthermore Meanwhile Finally First Second Third Last Next New Old Great Grand Big Small"
    " High Low Upper Lower Greater Lesser Royal Imperial Democratic People's Popular Socialist"
    " Federation Emirates Commonwealth Territory Territories Occupied Palestinian Kashmir"
    " Jammu Azad Gilgit-Baltistan Baltistan Gilgit Under Assistant Acting Associate Executive"
    " Coordinator"
)
