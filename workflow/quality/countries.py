"""The countries check: the translation names the countries its source names, and no other.

Countries are read on both sides by `workflow.lang.countries`: CLDR names, the office's
aliases, adjectives and demonyms, inflected forms, all counted as the country ("le peuple
afghan", "الأفغاني", "афганского", "阿富汗人" are Afghanistan). A glossary term that is a
country adds its form in the target language as one more name.

- a country the source names (by its name) or has as a sure adjective or demonym ("Afghan
  refugees", "the Italian Mission") that the translation does not mention at all, in any form,
  is an error (an adjective only a warning in Chinese, which has none but the name); one the
  source only has as an ambiguous word (Chad, Jordan) or in a compound ("Pakistan-led") is a
  warning;
- a country the source names but the translation has only one letter away from one of its
  names ("Pakisatn", "هاتيي" for هايتي), that word being no country word itself: an error, a
  misspelt country (even where its adjective is there elsewhere);
- a country the translation names, by its name or its adjective, that the source does not
  mention at all is an error where the source mentions countries ("of India" for "of
  Pakistan", even where Pakistan is named elsewhere in the entry; "le peuple iranien" for "the
  Afghan people"), except one country where the source says "the country" or opens a
  sentence with "It" (made explicit), not where a country the source names (or has as an
  adjective) is missing from the translation: then the one named replaced it. An ambiguous
  word or a name in a compound is a warning, unless a country the source names by its name is
  missing ("مصر", also a word, for "Ghana": an error). A UN mission's acronym spelt out
  ("MONUSCO" -> "...في جمهورية الكونغو الديمقراطية") names the country it serves: none added.
  Where the English source names no country, a country the translation names or has as a
  sure adjective is an error ("..., notamment au Nigéria"), not where the source has a word
  that may stand for one ("the country", "national", "its", "It", "The Ambassador", "the host
  Government", "in Islamabad", "the Rohingya people": one country named there makes it
  explicit, more are a warning); an ambiguous word only in a country's place ("y compris au
  Chili", "включая Мали", "بما في ذلك عمان") or, in Arabic, a city's name the source lacks
  ("والجزائر"); a target language without our adjectives and ambiguous words: a warning;
- a sea, ocean, gulf or lake named after a country ("Indian Ocean") that the source names and
  the translation does not, in its fixed words, is an error (its country word lost, changed
  or misspelt: "l'océan Indiien");
- for a target language without adjectives in the data (other than en fr es pt ru ar ur zh),
  a missing country is a warning.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from workflow.lang import continents, countries, languages
from workflow.lang.languages import Language
from workflow.lang.writing import ARABIC_DIACRITICS
from workflow.problems import Problem, Severity
from workflow.quality.registry import Context, EntryView, problem, register
from workflow.quality.text import plain, title_case

# "the country" (the host country, the host Government) made explicit by its name; so may be a
# sentence's subject "It" ("It still hosts more than three million Afghan refugees" ->
# "巴基斯坦仍收容着..."): the nouns ("Our country and India agreed"), the pronoun
_NAMED_STAND_IN = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Oo]ur|[Mm]y|[Ii]ts|[Tt]heir) (?:host )?(?:country|nation)\b"
)
_ONLY_IT = re.compile(r"(?:^|[.!?]\s+)Its?\s")
_THE_COUNTRY = re.compile(f"{_NAMED_STAND_IN.pattern}|{_ONLY_IT.pattern}")
# "the country" translated word for word: then it was not made explicit by a name
_COUNTRY_WORD = {
    "fr": re.compile(r"(?<!\w)(?:pays|nation)(?!\w)", re.IGNORECASE),
    "es": re.compile(r"(?<!\w)(?:país|nación)(?!\w)", re.IGNORECASE),
    "pt": re.compile(r"(?<!\w)(?:país|nação)(?!\w)", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)стран(?:а|ы|е|у|ой|ою)?(?!\w)", re.IGNORECASE),
    "ar": re.compile(r"(?<!\w)(?:[وفبكل]?(?:ال|لل))?(?:بلد|بلاد)(?:ها|ه)?(?!\w)"),
    "zh": re.compile(r"该国|这个国家|这一国家|本国"),
}
# ... and the host made explicit by its name or its adjective ("the host Government" -> "le
# Gouvernement pakistanais")
_HOST = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir) host (?:country|nation|Government|community|communities|State)\b"
)
# "The Government", of no country named after it
_THE_GOVERNMENT = re.compile(r"\b[Tt]he (?:national )?Government\b(?! of\b)")
# Words of an English source naming no country that may stand for one a translation names: a
# country ("the country", "national", "its", "the host Government", "the authorities") ...
_STANDS_FOR = re.compile(
    r"\b(?:[Cc]ountry|[Cc]ountry's|[Nn]ation|[Nn]ation's|[Nn]ational(?:ly|s)?|[Nn]ationwide"
    # (not "The State of Food Security ...", a title)
    r"|[Ss]tate(?! of\b)|[Gg]overnment|[Gg]overnment's|[Aa]uthorities|[Hh]ost|[Dd]omestic"
    r"|[Ii]ts)\b"
    # a capital city, not money ("venture capital", "capital flows", "human capital")
    r"|\b[Cc]apital(?:s|'s|’s)?\b(?!\s+(?:funding|flows?|markets?|investments?|expenditures?"
    r"|spending|goods|costs?|gains?|stock|account|adequacy|requirements?|injections?))"
    r"(?<!venture capital)(?<!human capital)(?<!working capital)(?<!private capital)"
    r"(?<!social capital)(?<!natural capital)(?<!seed capital)(?<!share capital)"
    # a sentence's subject "It" (the country named in the sentence before)
    r"|(?:^|[.!?:]\s+|[“\"]\s*)It\b"
    # a country's office, its people's representatives ("The Ambassador said" -> "L'Ambassadeur
    # du Pakistan a déclaré")
    r"|\b(?:Ambassador|Representative|Minister|Ministry|Mission|Embassy|[Dd]elegation"
    r"|[Pp]arliament|Constitution|[Cc]itizens|[Nn]ationals)\b"
    # (not the President of a United Nations organ)
    r"|\bPresident\b(?! of the (?:General Assembly|Security Council|Economic and Social Council"
    r"|Human Rights Council|Trusteeship Council|International Court))"
)
# ... a capital or a region ("in Islamabad", "from Darfur": one capitalised word after a
# preposition of place, not a month or a day), a people ("the Rohingya people"); not a continent
# or a region of many countries ("in Europe", "the West Africa region")
_CONTINENTS = (
    "(?:(?:South|East|West|North|Central|Southern|Eastern|Western|Northern|South-East|Southeast"
    "|Sub-Saharan)\\s+)?(?:Africa|Europe|Asia|America|Americas|Oceania|Antarctica|Arctic"
    "|Caribbean|Pacific|Atlantic|Mediterranean|Sahel|Balkans|Caucasus)"
)
# an English prefix opening a compound, no place's name ("Back to Pre-Pandemic Levels")
_PREFIX = (
    "(?:Pre|Post|Anti|Non|Mid|Pan|Inter|Multi|Sub|Self|Co|Re|Ex|Cross|Trans|Semi|Ultra|Micro"
    "|Macro|Neo|Pro|Over|Under|Out|Counter|Well|High|Low|Long|Short|Full|Half)"
)
# ... not a title's article or determiner ("according to The State of Food Security")
_DETERMINERS = "(?:The|A|An|This|That|These|Those|Its|Their|Our|His|Her)"
_PLACE = re.compile(
    r"\b(in|from|to|at|of|across|near|throughout|around|inside|outside)\s+"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    rf"(?!{_CONTINENTS}\b|United Nations\b|{_PREFIX}-|{_DETERMINERS}\b)[A-Z][a-z'’]+\b"
    rf"|\b(?!{_CONTINENTS}\b)[A-Z][a-z]+\s+(?:people|peoples|refugees|community|communities"
    r"|population|region|province|city)\b"
)
# Regions a translation may name as it names a country ("southern Africa": "Южная Африка",
# "南非"): no country added where the source names the region
_REGIONS = {"ZA": re.compile(r"\b[Ss]outhern Africa")}
# Countries whose adjective is also that of a continent or region the source names: there the
# translation's adjective is the region's ("The Americas recovered 97 per cent" -> "Американский
# регион восстановил..."), not the country added; its name still is one ("США").
_REGION_ADJECTIVES = {
    "US": re.compile(r"\b(?:the )?Americas\b|\b(?:Latin|North|South|Central) America\b"),
}
# UN missions and offices the source may name by their acronym alone, and the countries they
# serve: a translation spelling the acronym out (as UN Arabic does: "MONUSCO" -> "بعثة منظمة
# الأمم المتحدة لتحقيق الاستقرار في جمهورية الكونغو الديمقراطية") names the country, which is
# then no country added; one keeping the acronym is not asked for it.
_MISSIONS = {
    "MONUSCO": ("CD",),
    "MONUC": ("CD",),
    "MINUSCA": ("CF",),
    "BINUCA": ("CF",),
    "MINUSMA": ("ML",),
    "UNMISS": ("SS",),
    "UNAMID": ("SD",),
    "UNMIS": ("SD",),
    "UNITAMS": ("SD",),
    "UNISFA": ("SD", "SS"),
    "UNIFIL": ("LB",),
    "UNFICYP": ("CY",),
    "UNDOF": ("SY",),
    "MINURSO": ("EH",),
    "UNAMA": ("AF",),
    "UNAMI": ("IQ",),
    "UNSOM": ("SO",),
    "UNSOS": ("SO",),
    "UNTMIS": ("SO",),
    "UNSMIL": ("LY",),
    "UNMHA": ("YE",),
    "BINUH": ("HT",),
    "MINUSTAH": ("HT",),
    "MINUJUSTH": ("HT",),
    "UNMIL": ("LR",),
    "UNOCI": ("CI",),
    "UNIOGBIS": ("GW",),
    "UNMIT": ("TL",),
    "UNMIN": ("NP",),
    "UNAMSIL": ("SL",),
    "UNIPSIL": ("SL",),
    "UNMOGIP": ("IN", "PK"),
    "UNMEE": ("ER", "ET"),
    "UNOMIG": ("GE",),
}
_MISSION = re.compile(r"\b(?:" + "|".join(sorted(_MISSIONS, key=len, reverse=True)) + r")\b")
# Languages with adjectives and demonyms in workflow/lang/data/demonyms.csv (Chinese needs none)
KNOWN = frozenset({"en", "fr", "es", "pt", "ru", "ar", "ur", "zh"})


def _glossary_names(ctx: Context) -> Mapping[str, tuple[str, ...]]:
    """Country code -> the glossary's forms in the target language, for glossary terms that
    are a country's name."""

    def make() -> Mapping[str, tuple[str, ...]]:
        src = countries.reader(ctx.source)
        out: dict[str, list[str]] = {}
        for t in ctx.glossary.terms:
            form = t.form(ctx.target.code)
            if not form:
                continue
            found = src.mentions(t.term)
            if len(found) == 1 and "name" in found.values():
                out.setdefault(next(iter(found)), []).append(form)
        return {k: tuple(v) for k, v in out.items()}

    return ctx.cached("countries.glossary", make)


def _carried(words: list[str], source: str) -> bool:
    """Whether an ambiguous country word of the translation is the source's own word, written
    as the source writes it, capitalised ("Hollande" of "François Hollande" is no Netherlands
    in French): a name carried over, not a country added."""
    return bool(words) and all(
        w[:1].isupper() and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", source) for w in words
    )


def _kept_word(words: list[str], source: str) -> bool:
    """Whether a country word of the translation is an English word of the source, in any case:
    the currency "bolivianos", which Spanish also reads as "Bolivians" (the English source
    names no country by it)."""
    return bool(words) and all(
        re.search(rf"(?<!\w){re.escape(w)}(?!\w)", source, re.IGNORECASE) for w in words
    )


_EN = languages.parse("en")
# Consonants of Arabic and Cyrillic letters as Latin letters, vowels and weak letters left out:
# a transcription's skeleton ("سوريا" -> "sr", "Сурья" -> "sr", "Surya" -> "sr")
_SKELETON = str.maketrans(
    {
        **dict(zip("بتثجحخدذرزسشصضطظعغفقكلمنهة", "btsjhkddrzsssdtzagfqklmnht", strict=True)),
        **dict(zip("бвгджзйклмнпрстфхцчшщ", "bvgdzzjklmnprstfhccss", strict=True)),
        **{c: "" for c in "اأإآوي ىءئؤаеёиоуыэюяьъ"},
    }
)


def _skeleton(word: str) -> str:
    """A word's consonants as Latin letters, no vowels, no h, y, w or j (`_SKELETON`), a
    doubled one once ("Gagnon" -> "gn", "غانيون" -> "gn")."""
    out = word.casefold().translate(_SKELETON)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyhwj]", "", out))


def _transcribed(words: list[str], source: str, target: str) -> bool:
    """Whether a country word of an Arabic or Cyrillic translation transcribes a capitalised
    word of the source that is no country's ("Surya University" = "جامعة سوريا", Surya a
    university's name, no Syria): its consonants are that word's (`_skeleton`). `target` is
    the translation (unused: the words are read from it by the caller)."""
    if not words or any(re.search("[A-Za-z]", w) for w in words):
        return False
    # (the source's own country words blanked: "Sudan" of "South Sudan" is no name to transcribe)
    for a, b in countries.reader(_EN).spans(source):
        source = source[:a] + " " * (b - a) + source[b:]
    names = {_skeleton(w) for w in re.findall(r"(?<![\w-])[A-Z][a-z]{2,}", source)}
    return all(len(_skeleton(w)) >= 2 and _skeleton(w) in names for w in words)


def _kept(words: list[str], source: str, target: str) -> bool:
    """Whether the translation keeps a country word of the source as the source writes it,
    with a word beside it the source has beside it too: a title or a name kept in English
    ("*Afghanistan Socio-Economic Outlook 2023*" in a Spanish or Russian sentence)."""
    for w in words:
        for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", target):
            after = re.match(r"[\s-]+\w+", target[m.end() :])
            before = re.search(r"\w+[\s-]+$", target[: m.start()])
            pairs = [w + after.group()] if after else []
            pairs += [before.group() + w] if before else []
            if any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", source) for p in pairs):
                return True
    return False


def _name(code: str, language: Language) -> str:
    names = languages.territory_names(language)
    return names.get(code) or names.get("CD" if code == "CG" else code, code)


def _misspelt(entry: EntryView, code: str, word: str, ctx: Context) -> Problem:
    return problem(
        "countries",
        entry,
        f"country {_name(code, ctx.source)}: {word!r} misspelt? ({_name(code, ctx.target)!r})",
    )


# Arabic country names whose other sense is a city (عمان Amman, الجزائر Algiers, جيبوتي
# Djibouti), with clitics: where the source names neither, the word is added either way
_CITY_SENSE = {
    "ar": {
        "OM": (re.compile(r"(?<!\w)[وف]?[بل]?عمان(?!\w)"), re.compile(r"\bAmman\b")),
        "DZ": (re.compile(r"(?<!\w)[وف]?(?:[بك]?ال|لل)جزائر(?!\w)"), re.compile(r"\bAlgiers\b")),
        "DJ": (re.compile(r"(?<!\w)[وف]?[بل]?جيبوتي(?!\w)"), re.compile(r"\bDjibouti\b")),
    }
}


def _city_word(code: str, base: str, target: str, source: str) -> bool:
    """Whether a translation has an ambiguous country word whose other sense is a city the
    source does not name ("...اليابسة والجزائر" for a source with no Algiers): a country
    added, or a city."""
    got = _CITY_SENSE.get(base, {}).get(code)
    if got is None:
        return False
    word, city = got
    return word.search(countries.normalise(target, base)) is not None and not city.search(source)


# A capital named after its country ("Panama City", "Kuwait City", "Guatemala City"), which a
# translation may write as the country's name ("Panama", "بنما", "巴拿马城")
_NAMED_CITY = re.compile(r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) City\b")


def _cities_named(source: str) -> set[str]:
    """The countries whose capital, named after them, the source names ("Panama City")."""
    reader = countries.reader(_EN)
    return {code for m in _NAMED_CITY.finditer(source) for code in reader.read(m.group(1))}


def _served(source: str) -> set[str]:
    """The countries a source names without their name: those of the UN missions it names by
    their acronym, and those named like a region it names ("southern Africa")."""
    out = {countries.SAME_COUNTRY.get(c, c) for m in _MISSION.findall(source) for c in _MISSIONS[m]}
    return out | {c for c, region in _REGIONS.items() if region.search(source)}


def _region_adjectives(source: str) -> set[str]:
    """The countries whose adjective the source's regions share (`_REGION_ADJECTIVES`)."""
    if "America" not in source:
        return set()
    return {c for c, region in _REGION_ADJECTIVES.items() if region.search(source)}


# ... and the words of the region's own name a translation may say it by ("в странах Америки",
# "Americas" as "Америка"), which name the country elsewhere
_REGION_WORDS = {"US": re.compile(r"(?i)америк|americ|améric|[اأ]مريك|[اأ]ميرك")}


def _regional(code: str, how: str, regional: set[str], words: list[str]) -> bool:
    """Whether a country the translation mentions is the region the source names: by the
    adjective they share, or only by the words of the region's name."""
    if code not in regional:
        return False
    said = _REGION_WORDS.get(code)
    return how == "adjective" or (
        bool(words) and said is not None and all(said.search(w) for w in words)
    )


def _places_lost(entry: EntryView, ctx: Context, source: str) -> list[Problem]:
    """A sea, ocean, gulf or lake named after a country that the English source names and the
    translation does not, in its language's fixed words ("Indian Ocean" -> "l'océan", "в
    Японском океане", "l'océan Indiien"): an error (its country word lost, changed or
    misspelt)."""
    if ctx.source.base != "en" or not any(w in source for w in ("Ocean", "Sea", "Gulf", "Lake")):
        return []
    mine = countries.places(source, ctx.source)
    if not mine:
        return []
    have = countries.places(plain(entry.msgstr), ctx.target)
    return [
        problem(
            "countries",
            entry,
            f"{place} not found in the translation (its country word lost or changed?)",
        )
        for place in sorted(mine)
        if ctx.target.base in countries.PLACES[place] and place not in have
    ]


def _a_place(source: str, m: re.Match[str]) -> bool:
    """Whether a capitalised word after a preposition (`_PLACE`) is a place's name: not inside a
    name of capitalised words ("Trade in Endangered Species", "Master of Laws"); in a headline,
    where every word has a capital, one word only after "in", "from", "to" ("Arrives in
    Islamabad for Talks"; "Remain at Risk", "Warns in First Global Assessment" are none)."""
    if not m.group(1):
        return True  # a people ("the Rohingya people")
    if title_case(source):
        rest = source[m.end() :]
        return m.group(1) in ("in", "from", "to") and not re.match(r"\s+[A-Z]", rest)
    before = source[: m.start()].rstrip().rsplit(None, 1)
    return not (before and before[-1][:1].isupper() and before[-1][-1:].isalpha())


def _added_to_none(entry: EntryView, ctx: Context, source: str) -> list[Problem]:
    """The countries a translation names where its English source names none: an error where
    the source has no word that may stand for one (`_STANDS_FOR`); a warning where it has one
    ("the country", "the host Government", "in Islamabad" made explicit by the name). An
    ambiguous word ("Chili", "عمان", "Того") is a country only in a country's place (after a
    preposition that takes one, in a list with another, after "including": `Reader.placed`),
    and not where the source has the same word (a person's name: "Salvador"); a name in a
    compound is none here."""
    target = plain(entry.msgstr)
    t_reader = countries.reader(ctx.target)
    tgt = t_reader.read(target)
    if not tgt or ctx.source.base != "en":
        return []
    served = _served(entry.msgid) | _cities_named(entry.msgid)
    known = ctx.target.base in KNOWN
    stands = _STANDS_FOR.search(source) is not None or any(
        _a_place(source, m) for m in _PLACE.finditer(source)
    )
    placed: set[str] | None = None
    added: list[str] = []
    regional = _region_adjectives(source)
    bare = ARABIC_DIACRITICS.sub("", target)  # (the reader's words of the text as written)
    for code, how in tgt.items():
        words = t_reader.surface(target, code)
        if code in served or _regional(code, how, regional, words):
            continue
        if how != "weak" and _kept_word(words, entry.msgid):
            continue  # an English word that is no country there ("255,760 bolivianos")
        if _transcribed(t_reader.surface(bare, code), source, target):
            continue  # a name of the source transcribed: "السيدة غانيون" for "Ms. Gagnon"
        if how == "weak":
            if placed is None:
                placed = t_reader.placed(target, source)
            if code not in placed and not _city_word(code, ctx.target.base, target, source):
                continue
        elif how == "adjective" and not known:
            continue
        added.append(code)
    # a country after "including" where the source says no such word ("…, notamment au
    # Chili"): added, whatever word of the source might stand for one
    inserted = (
        t_reader.introduced(target) & set(added)
        if added and not countries.SAYS_INCLUDING_EN.search(source)
        else set()
    )
    if stands and len(added) == 1 and tgt[added[0]] == "name" and not inserted:
        # one country named where the source has a word standing for one ("the country", "It",
        # "The delegation", "in Islamabad"): made explicit, as where the source names countries
        # (not where "the country" is translated as such: "aider le pays", then it is another)
        literal = _COUNTRY_WORD.get(ctx.target.base)
        if not (literal is not None and literal.search(target)):
            return []
    return [
        problem(
            "countries",
            entry,
            f"{_name(code, ctx.target)} ({code}) is not in the source",
            # (a language without our ambiguous words and adjectives: unsure; a territory or
            # continent, not a State: "أنتاركتيكا" for "Antarctic")
            "warning"
            if (stands and code not in inserted) or not known or code not in countries.states()
            else "error",
        )
        for code in added
    ]


# English country names whose other sense is a common noun, written in lower case (china the
# porcelain, turkey the bird, chile the pepper): with a capital in running text (a sentence,
# not a headline in title case), the country ("China hosts 26 of the top 100 clusters")
_CAPITAL_SENSE = re.compile(r"(?<![\w-])(?:China|Turkey|Chile)(?![\w-])")
_RUNNING_WORDS = 2


def _capital_sense(source: str) -> bool:
    """Whether an English source writes a country of `_CAPITAL_SENSE` in running text: not in
    a headline in title case, unless it ends as a sentence or a list's item does (names in
    capitals make one look like a headline: "Shenzhen–Hong Kong–Guangzhou, in China;")."""
    return (
        _CAPITAL_SENSE.search(source) is not None
        and len(source.split()) >= _RUNNING_WORDS
        and (not title_case(source) or source.rstrip()[-1:] in ".;:!?")
    )


# An English word a place belongs to ("the Sikasso region of Mali", "the capital of Chad",
# "the people of Georgia", "the representative of Singapore"): an ambiguous word there is a
# country's name
_OF_A_COUNTRY = re.compile(
    r"(?i)\b(?:region|regions|province|provinces|district|districts|capital|city|cities|town"
    r"|towns|village|villages|people|peoples|government|president|north|south|east|west"
    r"|northern|southern|eastern|western|central|part|parts|border|borders|representative"
    r"|representatives|delegate|delegates|delegation|ambassador|minister|ministry|mission"
    r"|embassy)\s+of\s+(?:the\s+)?$"
)


def _allotted(source: str, words: list[str]) -> bool:
    """Whether an English source gives one of `words` an amount in brackets, as a list of
    allocations does ("Chad ($15 million), to support refugees", "the Niger (US$10 million)"):
    the country."""
    return any(
        re.search(rf"(?<![\w-]){re.escape(w)}\s*\(\s*(?:US\s?)?[$€£]", source) for w in words
    )


# A person's name, then "of" and the country the person speaks for ("Vassily Nebenzia of the
# Russian Federation", "Eloy Alfaro de Alba of Panama")
_PERSON_OF = re.compile(
    r"\b[A-Z][\w’'-]+\s+(?:(?:de|da|del|van|von|al|el|bin|ben|ibn|du|le|la|dos)\s+)?"
    r"[A-Z][\w’'-]+\s+of\s+(?:the\s+)?$"
)


# An English word after a country's name that makes it a country's ("the Chad service", "the
# Niger operation", "the Jordan Government"), the article before it: not a river's delta or a
# lake's basin ("the Niger Delta", "the Lake Chad Basin")
_ITS_OWN = re.compile(
    r"\s+(?:service|services|operation|operations|office|country\s+office|government|authorities"
    r"|programme|program|response|plan|appeal|crisis|border|mission|country\s+team)\b",
    re.IGNORECASE,
)


def _of_a_country(source: str, words: list[str]) -> bool:
    """Whether an English source has one of `words` where a place belongs to it, a person
    speaks for it (`_PERSON_OF`), or a service or office is its own (`_ITS_OWN`)."""
    for w in words:
        for m in re.finditer(rf"(?<![\w-]){re.escape(w)}(?![\w-])", source):
            if _OF_A_COUNTRY.search(source, max(0, m.start() - 40), m.start()):
                return True
            if _ITS_OWN.match(source, m.end()) and re.search(
                r"(?<![\w-])[Tt]he\s+$", source[max(0, m.start() - 5) : m.start()]
            ):
                return True
            before = source[max(0, m.start() - 60) : m.start()]
            if _PERSON_OF.search(before) and not _INSTITUTION_OF.search(before):
                return True
    return False


# a capitalised institution or place before "of", no person: "the University of Chile"
_INSTITUTION_OF = re.compile(
    r"\b(?:University|Bank|Gulf|Republic|Kingdom|Government|Ministry|Embassy|Mission|Office"
    r"|Council|Court|Assembly|Commission|Committee|Institute|College|School|City|Port|Bay"
    r"|Sea|Lake|River|Island|Islands|Coast|State|States|Union|League|Organization|Fund)\s+of"
    r"\s+(?:the\s+)?$"
)


def _city_of(source: str, words: list[str]) -> bool:
    """Whether an English source names a place with the country after it: "Addis Ababa,
    Ethiopia", "in Belém, Brazil" (a capitalised word, a comma, the country)."""
    return any(
        re.search(rf"[A-Z][\w'’-]*,\s+(?:the\s+)?{re.escape(w)}(?!\w)", source) for w in words
    )


def _read_through(
    t_reader: countries.Reader, s_reader: countries.Reader, target: str, source: str, code: str
) -> list[str]:
    """The misspellings of a country the reader reads through: a Russian ending that is no
    case of the name ("в Итали"), a Russian case with a letter more ("Ливиии"), an alif other
    than the UN spelling's ("اسبانيا"), other accents than the name's ("Vénézuela" beside
    "Venezuela"), an Arabic adjective where only the name can stand ("في تركية"), a Chinese name
    of another standard than the UN's ("马利" for 马里) or in traditional characters, and where
    the source says the long name ("the Russian Federation"), that name misspelt round a
    word of it the reader reads ("俄罗斯联帮", "Territoire palestinien ocupé")."""
    near = (
        t_reader.bad_cases(target, code)
        or t_reader.near_cases(target, code)
        or t_reader.hamza_misses(target, code)
        or t_reader.accent_misses(target, code)
        or t_reader.adjective_as_name(target, code)
        or t_reader.other_standard(target, code)
    )
    if not near and any(" " in w for w in s_reader.surface(source, code)):
        near = t_reader.long_name_misses(target, code)
    return near


def _dollar_problems(
    entry: EntryView, ctx: Context, source: str, src_how: Mapping[str, str]
) -> list[Problem]:
    """The dollar's name in the translation: the United States misspelt there ("dollars des
    États-Unies"), or the dollar given another country or one joined to it ("dollars des
    Pays-Bas", "دولارات كندا") that the source does not name."""
    target = plain(entry.msgstr)
    out = [
        _misspelt(entry, "US", word, ctx)
        for word in countries.misspelt_dollar_country(target, ctx.target)
    ]
    if "$" in source or "dollar" in source.lower():
        for code in sorted(countries.dollar_countries(target, ctx.target)):
            if code not in src_how:
                out.append(
                    problem(
                        "countries",
                        entry,
                        f"{_name(code, ctx.target)} ({code}) is not in the source{_DOLLAR_NOTE}",
                    )
                )
    return out


def _mission_problems(
    entry: EntryView, ctx: Context, source: str, src_how: Mapping[str, str]
) -> list[Problem]:
    """The country a UN mission's acronym names (`_MISSIONS`), where the translation spells
    the mission out: misspelt ("UNMISS" = "南苏丹特派团" -> "南苏旦特派团"), or cut to another
    country's name inside its own ("苏丹特派团")."""
    out: list[Problem] = []
    missions = {
        countries.SAME_COUNTRY.get(c, c) for m in _MISSION.findall(source) for c in _MISSIONS[m]
    }
    if not missions - set(src_how):
        return out
    t_reader = countries.reader(ctx.target)
    target = plain(entry.msgstr)
    t_how = t_reader.read(target)
    for code in sorted(missions - set(src_how)):
        if code in t_how:
            continue
        near = t_reader.near_misses(target, code)
        if near:
            out.append(_misspelt(entry, code, near[0], ctx))
        own = countries.names(ctx.target, code)
        for other in sorted(t_how):
            if other not in src_how and any(
                n in o for n in countries.names(ctx.target, other) for o in own if n != o
            ):
                out.append(
                    problem(
                        "countries",
                        entry,
                        f"{_name(other, ctx.target)} ({other}) is not in the source (its "
                        f"mission serves {_name(code, ctx.target)})",
                    )
                )
    return out


# A currency's name, which a translation may give its country's adjective ("rupees" =
# "روبية باكستانية", "dollars" = "dollars des États-Unis")
_CURRENCY_WORD = re.compile(
    r"(?i)\b(?:rupees?|dinars?|pounds?|pesos?|francs?|shillings?|riyals?|rials?|yuan|renminbi"
    r"|rubles?|roubles?|liras?|hryvnias?|nairas?|rands?|birr|taka|afghanis?|dollars?|euros?)\b"
)
# A Chinese translation names a country again for a relative pronoun ("the United Kingdom,
# which is considering" -> "联合王国除外，联合王国正在考虑"; "in Yemen, where" -> "也门局势")
_RELATIVE = re.compile(r"\b(?:which|who|whose)\b")
_WHERE = re.compile(r",?\s+where\b")


def _said_more(
    entry: EntryView, ctx: Context, source: str, target: str, codes: list[str]
) -> list[Problem]:
    """A country the translation names more often than the English source, where no word of
    the source stands for it (`_STANDS_FOR` less the translation's own "the country": "in the
    east of the country" kept as "dans l’est du pays"): another place or people written as it
    ("Darfurian refugees" -> "réfugiés tchadiens"). Of 2,700 reviewed entries naming a country of
    their source, 3 named it more often, each for a stand-in word of the source."""
    s_reader, t_reader = countries.reader(ctx.source), countries.reader(ctx.target)
    literal = _COUNTRY_WORD.get(ctx.target.base)
    if literal is None:
        return []
    stand_ins = len(_STANDS_FOR.findall(source)) - len(literal.findall(target))
    stand_ins += len(_CURRENCY_WORD.findall(source)) + source.count("$")
    if ctx.target.base == "zh":
        stand_ins += len(_RELATIVE.findall(source))
        # ... and a "where" right after a country ("in Yemen, where the situation")
        ends = {b for _, b in s_reader.spans(source)}
        stand_ins += sum(m.start() in ends for m in _WHERE.finditer(source))
    out = []
    said, written = s_reader.counts(source), t_reader.counts(target)
    # a country of the source named fewer times: one named more stands in its place, whatever
    # word of the source may stand for a country ("said that Bolivia had" -> "إن كولومبيا")
    fewer = any(written.get(c, 0) < n for c, n in said.items())
    twice: set[str] | None = None  # ... and one named twice in one list (read when needed)
    for code in codes:
        more = written.get(code, 0) - said.get(code, 0)
        # a currency's ISO code, the country's code and a letter ("PKR 10 billion" = "10 млрд
        # пакистанских рупий")
        more -= len(re.findall(rf"\b{code}[A-Z]\b", source))
        if more > 0 and not fewer and twice is None:
            # "du Niger et du Nigéria et du Niger": named again in the source's list
            twice = t_reader.listed_twice(target) - s_reader.listed_twice(source)
        if more > (0 if fewer or code in (twice or ()) else max(0, stand_ins)):
            out.append(
                problem(
                    "countries",
                    entry,
                    f"{_name(code, ctx.target)} ({code}) is named {more} more time(s) than in "
                    "the source: another place or people written as it?",
                )
            )
    return out


def _continent_problems(entry: EntryView, ctx: Context, source: str) -> list[Problem]:
    """A continent the source names, missing from the translation, which names another that
    the source does not ("The European region" -> "La région africaine"): replaced."""
    if not (continents.known(ctx.source) and continents.known(ctx.target)):
        return []
    src = continents.named(source, ctx.source)
    if not src:
        return []
    tgt = continents.named(plain(entry.msgstr), ctx.target)
    lost, other = src - tgt, tgt - src
    if not (lost and other):
        return []
    return [
        problem(
            "countries",
            entry,
            f"the source's {' and '.join(continents.NAMES[c] for c in sorted(lost))} written "
            f"as another continent ({' and '.join(continents.NAMES[c] for c in sorted(other))})",
        )
    ]


def _capitalised_inside(words: list[str], text: str) -> bool:
    """Whether one of `words` is written with a capital inside a sentence of `text` (not after
    a full stop, a colon or an opening quotation mark), in Latin or Cyrillic letters."""
    for w in words:
        if not re.match(r"[A-ZÀ-ÖØ-ÞА-ЯЁ]", w):
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text):
            before = text[: m.start()].rstrip()
            if before and before[-1] not in '.!?:«“"(':
                return True
    return False


def _congo_problems(entry: EntryView, ctx: Context, source: str) -> list[Problem]:
    """One Congo named by its full name in the source, the other's full name in the
    translation (`countries.congos`): "Республики Конго" for "the Democratic Republic of the
    Congo", "et de la République du Congo" added. Not where the source names both."""
    src = countries.congos(source, ctx.source)
    tgt = countries.congos(plain(entry.msgstr), ctx.target)
    if src is None or tgt is None or (src[0] and src[1]) or not any(src):
        return []
    if countries.reader(ctx.source).count(source, "CG") > sum(src):
        return []  # a bare "Congo" besides may be the other one ("the DRC and the Congo")
    wrong = 1 if src[0] else 0
    if not tgt[wrong]:
        return []
    codes = countries.CONGOS
    return [
        problem(
            "countries",
            entry,
            f"{_name(codes[wrong], ctx.target)} ({codes[wrong]}) is not in the source, which "
            f"names {_name(codes[1 - wrong], ctx.source)}",
        )
    ]


def _doubled_end(word: str) -> bool:
    """Whether a Chinese near miss is a name with its last character said twice (乌克兰兰)."""
    return len(word) >= 3 and word[-1] == word[-2]


@register("countries", "error", "the countries of the source (names, adjectives) and no other")
def check_countries(entry: EntryView, ctx: Context) -> list[Problem]:
    found = _check(entry, ctx)
    # a country the dollar is given that is reported added anyway: once, as an error (the
    # other report may be a warning: "Pays-Bas" unsure where the source names no country)
    dollars = {p.message[: -len(_DOLLAR_NOTE)] for p in found if p.message.endswith(_DOLLAR_NOTE)}
    errors = {p.message for p in found if p.severity == "error"}
    return [
        p
        for p in found
        if not (p.message.endswith(_DOLLAR_NOTE) and p.message[: -len(_DOLLAR_NOTE)] in errors)
        and not (p.message in dollars and p.severity != "error")
    ]


_DOLLAR_NOTE = " (the dollar's country)"


def _check(entry: EntryView, ctx: Context) -> list[Problem]:
    s_reader = countries.reader(ctx.source)
    source = plain(entry.msgid)
    src_how = s_reader.read(source)
    if "weak" in src_how.values():
        # an ambiguous word listed with another country is one ("China, Iran and Kazakhstan")
        for code in s_reader.listed(source):
            if src_how.get(code) == "weak":
                src_how[code] = "name"
        if ctx.source.base == "en" and _capital_sense(source):
            for code in {c for w in _CAPITAL_SENSE.findall(source) for c in s_reader.mentions(w)}:
                if src_how.get(code) == "weak":
                    src_how[code] = "name"
        if ctx.source.base == "en":
            for code, how in list(src_how.items()):
                words = s_reader.surface(source, code) if how == "weak" else []
                if words and (_of_a_country(source, words) or _allotted(source, words)):
                    src_how[code] = "name"
    src = {code: "name" if how == "name" else "weak" for code, how in src_how.items()}
    out = _places_lost(entry, ctx, source)
    out += _dollar_problems(entry, ctx, source, src_how)
    out += _mission_problems(entry, ctx, source, src_how)
    out += _continent_problems(entry, ctx, source)
    if "CG" in src:
        out += _congo_problems(entry, ctx, source)
    if not src:
        return out + _added_to_none(entry, ctx, source)
    target = plain(entry.msgstr)
    t_reader = countries.reader(ctx.target)
    tgt = t_reader.read(target)
    known = ctx.target.base in KNOWN and ctx.source.base in KNOWN
    glossary = _glossary_names(ctx) if src else {}
    absent = False  # a country the source names or has as an adjective, not in the translation
    absent_weak = False  # ... or has as an ambiguous word ("have now left Mali")
    replaced = False  # ... and one the source names by its name
    sides = countries.SIDE_FORMS.get(ctx.target.base, {})
    for code, strength in src.items():
        if any(f in target for f in (*glossary.get(code, ()), *sides.get(code, ()))):
            continue  # the glossary's form, "the X side" (中方)
        if (
            code == "US"
            and code not in tgt
            and countries.names_the_dollar_s_country(target, ctx.target)
        ):
            continue  # "1,5 milliard de dollars des États-Unis" for "$1.5 billion from the US"
        if strength == "name" and tgt.get(code) == "adjective":
            # named by the source, only an adjective in the translation: a country added there
            # may stand in its name's place ("Chile, the second-largest contributor... 180
            # Indian peacekeepers" -> "Чили, второй... 180 индийских миротворцев")
            replaced = True
        if code in tgt and (tgt[code] == "name" or strength != "name"):
            # named, and misspelt elsewhere: "l'Inde ... l'Indde", "乌克兰 ... 乌克克兰"
            # (words gone through only where it is mentioned less often than in the source)
            fewer = t_reader.count(target, code) < s_reader.count(source, code)
            # (Chinese: every run, its names written rightly blanked first: "南苏丹共和国特派团
            # （南苏旦特派团）" mentions South Sudan as often as its source, one misspelt)
            cjk = ctx.target.base in ("zh", "ja")
            near = t_reader.near_misses(target, code, named=True, words=fewer or cjk)
            # a misspelling the reader reads through: "в Итали" (no case of Италия), "اسبانيا"
            # (not the listed إسبانيا)
            near = near or _read_through(t_reader, s_reader, target, source, code)
            if (
                near
                and ctx.target.base == "zh"
                and _city_of(source, s_reader.surface(source, code))
            ):
                # Chinese writes a city after its country with nothing between: a name's last
                # character said again may be the city's first (埃塞俄比亚亚的斯亚贝巴, "Addis
                # Ababa, Ethiopia"); a doubling only where the source names no city there
                near = [w for w in near if not _doubled_end(w)]
            if near:
                out.append(_misspelt(entry, code, near[0], ctx))
            continue
        if code not in tgt and _kept(s_reader.surface(source, code), source, target):
            continue  # in a title the translation keeps in English ("*Afghanistan Outlook*")
        near = (
            t_reader.near_misses(target, code)
            or t_reader.near_cases(target, code)
            or t_reader.other_standard(target, code)
        )
        if not near and code in tgt:  # an adjective of it: "Territoire palestinien ocupé"
            near = _read_through(t_reader, s_reader, target, source, code)
        if not near and code not in tgt:  # a short name: "el Tchad" for "Chad"
            near = t_reader.near_short(target, code)
        if code not in tgt and src_how[code] != "weak":  # not an ambiguous word ("Jordan")
            absent = True
            replaced = replaced or strength == "name"
        elif code not in tgt and not near:
            absent_weak = True
        if near:
            out.append(_misspelt(entry, code, near[0], ctx))
            continue
        if code in tgt:
            continue  # named by its adjective: "le peuple afghan" for "Afghanistan"
        # a country the source has as a sure adjective or demonym ("Afghan refugees", "the
        # Italian Mission"), not an ambiguous word, that the translation has in no form at all
        # (name, adjective, demonym): dropped ("réfugiés afghans" -> "réfugiés")
        # Chinese has no adjective of a country apart from its name: a translation restructured
        # round the noun ("Syrian refugees" -> "难民" after the country was named) loses it
        # more often, so there it stays a warning
        sure = strength == "name" or (src_how[code] == "adjective" and ctx.target.base != "zh")
        # a territory, no State, may be a part of another place's name ("Petite Martinique",
        # an island of Grenada): its name missing is a warning
        sure = sure and code in countries.states()
        severity: Severity = "error" if sure and known else "warning"
        what = (
            ""
            if strength == "name"
            else " (as an adjective)"
            if src_how[code] == "adjective"
            else " (as an ambiguous word)"
        )
        out.append(
            problem(
                "countries",
                entry,
                f"country {_name(code, ctx.source)}{what} missing: "
                f"{_name(code, ctx.target)!r} or its adjective not found",
                severity,
            )
        )
    if ctx.source.base == "en" and not any(p.severity == "error" for p in out):
        out += _said_more(entry, ctx, source, target, [c for c in src if c in tgt])
    added = [c for c in tgt if c not in src]
    if added:
        served = _served(entry.msgid)
        regional = _region_adjectives(source)
        added = [
            c
            for c in added
            if c not in served and not _regional(c, tgt[c], regional, t_reader.surface(target, c))
        ]
        cities = _cities_named(entry.msgid)
        added = [c for c in added if c not in cities]
    # "the country" made explicit by its name: only where the source's countries are all there
    # (a country named where the source's is missing is the source's replaced)
    one = added[0] if len(added) == 1 and ctx.source.base == "en" and not absent else ""
    named = bool(one and tgt[one] == "name" and _THE_COUNTRY.search(entry.msgid))
    literal = _COUNTRY_WORD.get(ctx.target.base)
    if named and literal is not None and literal.search(target):
        named = False  # "the country" translated as such ("aider le pays"): not made explicit
    if one and not named and _HOST.search(entry.msgid):
        # the host made explicit: not where the source names the country things happen in
        # ("Resident Coordinator in Belarus, with the host Government's approval"): the host
        # is that one, named already
        located = any(
            re.search(r"\b[Ii]n (?:the )?\Z", source[max(0, a - 8) : a])
            for a, _ in s_reader.spans(source)
        )
        named = not located
    if one and named and _ONLY_IT.search(entry.msgid) and not _NAMED_STAND_IN.search(entry.msgid):
        # "It" made explicit by a name is the subject, not one of a list with the source's
        # country ("от Соединенных Штатов и Нидерландов"): there it is one more
        named = not t_reader.beside(target).get(one, set()) & set(src)
    if one and named:
        added = []  # "the country" written as its name
    # "The Government" made explicit by its country ("玻利维亚政府", "le Gouvernement bolivien"),
    # where the source names others only in a list ("Venezuela, Chile, Brazil and China sent
    # aid"): unsure, the one added country is a warning. Not where the source names one country
    # (the Government is that one's: "l'appel pour la Türkiye ... le Gouvernement péruvien"),
    # nor one listed with the source's ("para Türkiye y Grecia")
    governed = bool(
        one
        and added
        and len(src) >= 2
        and _THE_GOVERNMENT.search(entry.msgid)
        and not t_reader.beside(target).get(one, set()) & set(src)
    )
    for code, how in tgt.items():
        if code not in added:
            continue
        if how == "weak" and _carried(t_reader.surface(target, code), entry.msgid):
            continue  # the source's own word kept: a name ("François Hollande")
        if how != "weak" and _kept_word(t_reader.surface(target, code), entry.msgid):
            continue  # ... or an English word that is no country there ("255,760 bolivianos")
        bare = ARABIC_DIACRITICS.sub("", target)  # (the reader's words of the text as written)
        if _transcribed(t_reader.surface(bare, code), plain(entry.msgid), target):
            continue  # the source's name transcribed: "جامعة سوريا" for "Surya University"
        # a country's name or adjective the source does not have ("le peuple iranien" for
        # "the Afghan people"); an ambiguous word or a name in a compound is unsure, unless a
        # country the source names is missing: then it stands in its place ("مصر" for
        # "Egypt"... for "Ghana"). Not where the source's word was unsure too ("Chad" a
        # person, "US$"): the target's may be a word ("مالي", financial)
        # An ambiguous word standing as a country is one: in a list with another ("en Somalia
        # y en Omán", "أفغانستان وكوبا") or after a preposition that takes a country ("au Tchad")
        sure = how == "name" or (how == "adjective" and known) or replaced
        sure = sure or (how == "weak" and code in t_reader.placed(target, source))
        # ... or, where the source's ambiguous word is missing, a capitalised one in its place
        # in a Latin or Cyrillic translation ("abandonado Níger" for "left Mali"): a name
        if how == "weak" and absent_weak and not sure:
            sure = _capitalised_inside(t_reader.surface(target, code), target)
        # a territory or continent (not a State): the target's word for it may be an ordinary
        # word or part of a name ("la Segunda Reunión", "أنتاركتيكا" for "Antarctic")
        sure = sure and code in countries.states() and not governed
        severity = "error" if sure else "warning"
        out.append(
            problem(
                "countries",
                entry,
                f"{_name(code, ctx.target)} ({code}) is not in the source",
                severity,
            )
        )
    return out
