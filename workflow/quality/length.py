"""The length check: a translation is not much shorter than its translators usually make it
for the pair (content dropped: a clause, a sentence), nor much longer.

How much shorter is too short comes from the pair's length model (`quality/lengthmodel.py`),
learnt from the workspace's reviewed catalogs (`quality/gate.length_model`), else its built-in
prior: the deviation z of the entry's length ratio, in spreads of the model,

  * at or below -3.25 spreads: an error (no reviewed entry the priors were measured on went
    below -2.93);
  * at or below -2.5 with fewer clause breaks (commas, semicolons, colons, dashes) than the
    source, -2.0 with two fewer, -1.4 with three fewer: an error, content cut at a clause's edge
    (correct translations with one fewer went down to -2.44, with two or more fewer to -1.66,
    three or more -0.92); at or below
    -1.5 with a clause break and a linking word (and, which; et, qui; y, donde; и, который)
    fewer, in French, Spanish and Russian from English;
  * at or below -3: a warning.

Longer than 2.5 times the usual ratio (and 4 spreads above it: not in a source of a few words)
is an error, 1.8 times a warning (a repetition, an engine's addition). `[checks] length_ratio =
{lang = [min, max]}` replaces all of it with fixed bounds of the ratio of letters.
"""

from __future__ import annotations

import re

from workflow.lang import countries, numberwords
from workflow.lang.languages import Language
from workflow.problems import Problem, Severity
from workflow.quality import lengthmodel, paragraphs
from workflow.quality.registry import Context, EntryView, problem, register
from workflow.quality.text import list_commas, plain
from workflow.source import segment

ERROR_SPREADS = 3.25
CLAUSE_SPREADS = 2.5  # one clause break fewer than the source
# Two or more fewer: 2.0. Three or more fewer (a list's items or a clause and its incises
# cut): 1.4. Of 2,546 correct translations (the reviewed catalogs and the UN's own published
# translations of benchmarks/official.py), those with two or more fewer went down to 1.66
# spreads below, with three or more to 0.92.
CLAUSES_SPREADS = 2.0
MANY_CLAUSES_SPREADS = 1.4
WARNING_SPREADS = 3.0
# A clause break and a clause's linking word (and, which, while...; et, qui, dont...) fewer than
# the source, at this many spreads below the usual: a clause dropped. Of 1,065 reviewed fr, es
# and ru entries, 6 had both fewer, none shorter than 0.48 spreads below; of the clauses dropped
# in tests, 4 in 10 took a linking word with them.
LINKED_SPREADS = 1.5
# A segment of several sentences that pair up one to one with the translation's: each pair
# is held to the same limits (3.25 spreads below; 2.5 with a clause break fewer), so that a
# clause cut from one sentence of a long paragraph is not averaged away by the others. Looked
# at where the whole is shorter than usual (0.5 spreads below). Of 431 sentence pairs of
# correct translations, none went below 2.86 spreads, none with a clause break fewer below 2.06.
SENTENCES_GATE = 0.5
LONGER_ERROR = 2.5  # times the usual ratio
LONGER_ERROR_SPREADS = 4.0  # ... and this many spreads above it
LONGER_WARNING = 1.8

# A clause's edge: a comma or semicolon before a word (not 1,000), a colon, a dash set off by
# spaces, and their Arabic and Chinese forms.
_CLAUSE_BREAK = re.compile(r"[,;،，；、:：](?=\s|[^\d\s])| [–—] |——")
# ... and brackets round a phrase, a figure or a name, two edges as the commas of the
# apposition they stand for ("Азия (18 500 жертв)" for "Asia, with 18,500 victims,", "в Гааге
# (Нидерланды)" for "in The Hague, the Netherlands"), not round an acronym ("(ЮНИСЕФ)")
_PHRASE_BRACKETS = re.compile(
    r"[(（](?:[\d\s.,]+|[^()（）]*\S\s+\S[^()（）]*|[^\W\d_][^\W\d_A-ZА-ЯЁ]+)[)）]"
)


def model(ctx: Context) -> lengthmodel.Model:
    """The pair's model: learnt from the workspace, else the prior."""
    if ctx.length_model is not None:
        return ctx.length_model
    return lengthmodel.prior(ctx.source.code, ctx.target.code)


# "per cent" written "%" (no letters) in the translation: not content dropped.
_PER_CENT = re.compile(r"\bper ?cent\b", re.IGNORECASE)
_PERCENT_SIGNS = ("%", "٪", "％")


def source_letters(source: str, target: str) -> int:
    """The source's letters, "per cent" counted as the sign where the translation writes one,
    and a figure written in English words ("twenty-first", "eighty") as the digits or roman
    numeral the translation writes it in ("XXI", "80")."""
    if "cent" in source and any(sign in target for sign in _PERCENT_SIGNS):
        source = _PER_CENT.sub("%", source)
    return (
        lengthmodel.letters(source)
        - _words_written_as_figures(source, target)
        - _scales_abbreviated(source, target)
    )


# Scale words a translation writes short ("20 млн", "3,5 млрд", "15 тыс."): the source's
# "million" counted as long as that
_EN_SCALE = re.compile(r"(?i)(?<=\d )(?:thousand|million|billion|trillion)s?\b")
_SHORT_SCALE = re.compile(r"(?<![^\W\d_])(?:тыс|млн|млрд|трлн)\.?(?![^\W\d_])")


def _scales_abbreviated(source: str, target: str) -> int:
    """Letters an English source spends on scale words beyond their abbreviations in the
    translation ("million" against "млн"): 0 for most texts."""
    if not _SHORT_SCALE.search(target):
        return 0
    short = len(_SHORT_SCALE.findall(target))
    words = [len(m.group()) - 3 for m in _EN_SCALE.finditer(source)]
    return sum(sorted(words, reverse=True)[:short])


_EN_NUMBER_WORD = "|".join(sorted(numberwords.WORDS["en"], key=len, reverse=True))
_EN_NUMBER_RUN = re.compile(
    rf"(?i)(?<![^\W\d_])(?:{_EN_NUMBER_WORD})(?:[ -](?:and )?(?:{_EN_NUMBER_WORD}))*(?![^\W\d_])"
)
_TARGET_FIGURE = re.compile(r"[0-9]+(?:[ \u00a0\u202f.,][0-9]{3})*|(?<![^\W\d_])[IVXLC]{2,7}")
_GROUPS = re.compile(r"[ \u00a0\u202f.,]")


def _words_written_as_figures(source: str, target: str) -> int:
    """Letters an English source spends on figures in words (2 or more) that the translation
    writes in digits or roman numerals, less the digits: "The twenty-first century" = "El
    siglo XXI", "its eightieth anniversary" = "ses 80 ans". 0 for most texts."""
    if not _TARGET_FIGURE.search(target) or not numberwords.may_have(source, "en"):
        return 0
    written = {_GROUPS.sub("", m.group()) for m in _TARGET_FIGURE.finditer(target)}
    saved = 0
    for m in _EN_NUMBER_RUN.finditer(source):
        found = numberwords.values(m.group(), "en", exact=True)
        if len(found) != 1 or found[0] < 2:
            continue
        digits = str(found[0])
        if digits in written or _roman(found[0]) in written:
            saved += max(0, lengthmodel.letters(m.group()) - len(digits))
    return saved


def _roman(value: int) -> str:
    out = ""
    for n, sign in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX")):
        k, value = divmod(value, n)
        out += sign * k
    return out + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII")[value]


# The words that link a clause to the sentence, as counted: English sources; French, Spanish
# and Russian translations (measured there; Arabic and Chinese vary too much, a conjunction
# there often being a prefix or nothing).
_W = r"(?<!\w)(?:{})(?!\w)"
LINKS = {
    "en": _W.format(
        "and|but|which|who|whom|whose|where|while|whereas|although|because|when|including"
        "|as well as"
    ),
    "fr": _W.format(
        "et|mais|qui|dont|où|lorsque|tandis|parce|notamment|ainsi que|y compris|en particulier"
    ),
    "es": _W.format(
        "y|e|pero|quien|quienes|cuyo|cuya|cuyos|cuyas|donde|mientras|aunque|porque|cuando"
        "|incluidos|incluidas|incluido|incluida|incluso|entre ellos|entre ellas|en particular"
        "|así como"
    ),
    "ru": _W.format(
        "и|но|а|котор\\w+|где|когда|хотя|потому|включая|в том числе|в частности|причем|причём"
    ),
}
_LINKS = {base: re.compile(pattern, re.IGNORECASE) for base, pattern in LINKS.items()}


def fewer_links(source: str, target: str, ctx: Context) -> int:
    """How many fewer clause-linking words the translation has than the source; 0 where the
    pair is not measured."""
    src, tgt = _LINKS.get(ctx.source.base), _LINKS.get(ctx.target.base)
    if src is None or tgt is None or ctx.source.base != "en":
        return 0
    return len(src.findall(plain(source))) - len(tgt.findall(plain(target)))


# An acronym of the source ("UNHCR", "WFP") is often spelt out in full in a translation, and
# counts as this many letters a letter of it where a translation is much longer than usual:
# "WFP" is "World Food Programme" (6 a letter), "UNHCR" "Office of the United Nations High
# Commissioner for Refugees" (10 a letter).
ACRONYM_LETTERS = 8
_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{2,}(?=[a-z]?(?![\w-]))")

# letters a country's short form in the translation saves on the source's name, at least
_SHORT_NAME_LETTERS = 12


def _cut(fewer: int, spreads: float, links: bool) -> bool:
    """Content cut at a clause's edge: fewer clause breaks than the source this far below the
    usual, or a clause break and a linking word fewer."""
    return (
        (fewer >= 1 and spreads <= -CLAUSE_SPREADS)
        or (fewer >= 2 and spreads <= -CLAUSES_SPREADS)
        or (fewer >= 3 and spreads <= -MANY_CLAUSES_SPREADS)
        or links
    )


def _without_countries(text: str, language: Language) -> str:
    """The text with its country names and adjectives taken out."""
    spans = countries.reader(language).spans(plain(text))
    if not spans:
        return text
    text = plain(text)
    out, last = [], 0
    for a, b in sorted(spans):
        out.append(text[last:a])
        last = max(last, b)
    return "".join(out) + text[last:]


# "the University of Cambridge and the University of Uppsala": a head of one to three words
# and a preposition, its complement, "and", "or" or a comma, and the same head again
_COORDINATED = re.compile(
    r"(?<!\w)(?P<head>(?:[^\W\d_][\w'’-]* ){1,3}?(?:of|for|on|in|to) )"
    r"[\w'’-]+(?: [\w'’-]+){0,2}?(?: and | or |, )(?P=head)"
)


def _factored(text: str) -> str:
    """The text with the head a coordination says again left out ("the Ministry of Health and
    the Ministry of Finance" -> "the Ministry of Health and Finance"), else with a phrase it says
    twice said once (`_said_again`), or "" if it has neither."""
    m = _COORDINATED.search(text)
    if m is None or len(m.group("head")) < 8:
        return _said_again(text)
    return text[: m.end() - len(m.group("head"))] + text[m.end() :]


# A phrase of three words or more that the source says twice, a translation may say once
# ("The service to Chad will run out of funds by 15 August, while the service in Liberia will
# run out of funds by 30 August" = "... y el de Liberia, el 30 de agosto"): at least this many
# letters, and a word of them not one of the language's short words
_AGAIN_WORDS = 3
_AGAIN_LETTERS = 12
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _said_again(text: str) -> str:
    """The text with the second saying of its longest repeated phrase left out, or ""."""
    words = list(_WORD.finditer(text))
    folded = [w.group().casefold() for w in words]
    for n in range(min(8, len(words) // 2), _AGAIN_WORDS - 1, -1):
        first: dict[tuple[str, ...], int] = {}
        for i in range(len(words) - n + 1):
            gram = tuple(folded[i : i + n])
            j = first.setdefault(gram, i)
            if j + n <= i and sum(map(len, gram)) >= _AGAIN_LETTERS and max(map(len, gram)) > 3:
                return text[: words[i].start()] + text[words[i + n - 1].end() :]
    return ""


_FIGURE_RUN = re.compile(r"[0-9]+|(?<![^\W\d_])[IVXLC]{2,7}(?![^\W\d_])")


def _words_said_in_figures(source: str, target: str, base: str) -> int:
    """Letters of the source's number words, where the translation writes more figures
    (digits, Roman numerals) than the source: 0 where it does not."""
    if len(_FIGURE_RUN.findall(target)) <= len(_FIGURE_RUN.findall(source)):
        return 0
    spans = numberwords.marks(source, base) or ()
    return sum(b - a for a, b in spans)


def clause_breaks(text: str) -> int:
    text = plain(text)
    brackets = 2 * len(_PHRASE_BRACKETS.findall(text)) if "(" in text or "（" in text else 0
    return len(_CLAUSE_BREAK.findall(text)) + brackets


# Targets that join a list's items by a conjunction, with no comma ("بنما وليبريا وجزر
# مارشال" for "Panama, Liberia and the Marshall Islands"): the source's list commas are no
# clause breaks a translation there keeps.
_LISTS_JOINED = frozenset({"ar"})


# A short leading phrase of a clause, a preposition and up to three words, and its comma
# ("Without fertile soil, there is no food; without food, ..."): a comma a translation may
# well leave out ("Sin suelo fértil no hay alimentos; sin alimentos no hay paz")
_SHORT_LEAD = re.compile(
    r"(?:^|[;:.!?]\s+)[“\"‘]?(?i:without|with|for|in|on|at|by|after|before|since|during"
    r"|under|despite|today|now|here|so|yet|then|thus|still)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+,"
    # the clause itself next, not a clause or list hung on the phrase ("In Beira, where...")
    r"(?=\s)(?!\s+(?i:where|which|who|whom|whose|when|and|or|but|as|while|including)\b)"
)


# ... and in Russian, whose punctuation sets no comma after an adverbial phrase of any length
# ("После конкурсного отбора из множества перспективных заявок в третьем раунде была выбрана"
# for "After a competitive selection process with numerous promising applications, a team was
# selected"), a leading phrase of up to ten words
_LONG_LEAD = re.compile(
    r"(?:^|[;:.!?]\s+)[“\"‘]?(?i:after|with|without|for|in|on|at|by|before|since|during|under"
    r"|despite|following|through|across|throughout|among|amid|over)\s+(?:[\w’'-]+\s+){0,9}"
    r"[\w’'-]+,(?=\s)(?!\s+(?i:where|which|who|whom|whose|when|and|or|but|as|while|including)\b)"
)
_LEADS_UNMARKED = frozenset({"ru"})
# a relative clause set off by a comma, and the languages that set it before its noun instead
_RELATIVE_COMMA = re.compile(r",\s+(?:which|who|whose|whom)\b")
_RELATIVES_BEFORE = frozenset({"zh", "ja", "ko"})
_NAME_APPOSITION = re.compile(
    r",\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|de|da|del|van"
    r"|von|al|bin|dos)){1,4},"
)

_SPEAKER_TITLE = re.compile(
    r"\b(?:said|says|added|stressed|noted|explained|warned|emphasized|emphasised)\s+"
    r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3},\s+[^,.;:]+"
    # (a relative clause after the title is counted as one already: ", who briefed")
    r"(,(?!\s+(?:which|who|whose|whom)\b))?"
)


# a comma within a clause's first four words, in any language ("وفي عام 2022، كان", "En 2022,")
_LEAD_COMMA = re.compile(r"(?:^|[;:.!?؛。；：]\s*)[«“\"‘]?(?:\S+\s+){0,3}?\S+[,،，](?=\s|$)")


def fewer_breaks(source: str, target: str, base: str) -> int:
    """The clause breaks of the source the translation has fewer of (its list commas left out
    in a language of `_LISTS_JOINED`; the commas after a short leading phrase, `_SHORT_LEAD`,
    the translation leaves out)."""
    fewer = clause_breaks(source) - clause_breaks(target)
    if base in _LISTS_JOINED and fewer > 0:
        fewer = max(0, fewer - list_commas(source))
    if fewer > 0 and base in _RELATIVES_BEFORE and "," in source:
        # Chinese sets a relative clause before its noun ("the Declaration..., which was
        # adopted by the General Assembly" = "大会...通过的《...宣言》"): no comma for it; nor
        # for a name in apposition to a title ("the Special Representative, Bintou Keita, and"
        # = "特别代表宾图·凯塔以及"): the title before the name, no comma either side
        fewer = max(0, fewer - len(_RELATIVE_COMMA.findall(plain(source))))
        fewer = max(0, fewer - 2 * len(_NAME_APPOSITION.findall(plain(source))))
        # ... nor round a speaker's title ("said Karmen Sakhr, Representative of the Office,
        # noting" = "办事处代表卡门·萨赫尔说"): the title before the name, no comma
        fewer = max(0, fewer - sum(1 + bool(m.group(1)) for m in _SPEAKER_TITLE.finditer(source)))
    if fewer > 0 and "," in source:
        # the source's short leading phrases the translation writes without their comma
        lead = _LONG_LEAD if base in _LEADS_UNMARKED else _SHORT_LEAD
        left_out = len(lead.findall(plain(source))) - len(_LEAD_COMMA.findall(plain(target)))
        fewer = max(0, fewer - max(0, left_out))
    if fewer > 0 and base in _LEADS_UNMARKED:
        # ... and a trailing phrase of a preposition set off by a comma (", through the Darien
        # jungle" = "через джунгли Дарьен"), which Russian writes without one
        fewer = max(0, fewer - len(_TRAILING_PHRASE.findall(plain(source))))
    return fewer


_TRAILING_PHRASE = re.compile(
    r",\s+(?:through|across|along|via|between|among|amid|towards?|into|onto|from|under|over"
    r"|throughout|beyond|near|around|inside|outside)\s+(?:the\s+)?[\w’'-]+"
)


_SENTENCE_END = re.compile(r"[.!?。！？؟][\s\u00a0»”’\"')）]")


def _sentence_cut(entry: EntryView, ctx: Context, m: lengthmodel.Model, pair: str) -> list[Problem]:
    """A sentence of the segment far shorter than the translation's sentence it pairs with
    (not in a paragraph's sentences joined, whose words moved between them)."""
    if not _SENTENCE_END.search(entry.msgid) or entry.kind == paragraphs.JOINED:
        return []
    source = segment.sentences(entry.msgid, ctx.source.base)
    if len(source) < 2:
        return []
    target = segment.sentences(entry.msgstr, ctx.target.base)
    if len(target) != len(source):
        return []
    for n, (s, t) in enumerate(zip(source, target, strict=True), 1):
        src = source_letters(s, t)
        if src < lengthmodel.MIN_LETTERS:
            continue
        spreads = m.z(src, lengthmodel.letters(t)) / m.spread
        fewer = fewer_breaks(s, t, ctx.target.base)
        if spreads <= -ERROR_SPREADS or (fewer >= 1 and spreads <= -CLAUSE_SPREADS):
            return [
                problem(
                    "length",
                    entry,
                    f"sentence {n} of {len(source)} is {-spreads:.1f} spreads shorter than the "
                    f"usual for {pair}: content dropped?",
                )
            ]
    return []


@register("length", "error", "the translation is not much shorter or longer than the pair's usual")
def check_length(entry: EntryView, ctx: Context) -> list[Problem]:
    src = source_letters(entry.msgid, entry.msgstr)
    if src < lengthmodel.MIN_LETTERS:
        return []
    tgt = lengthmodel.letters(entry.msgstr)
    ratio = tgt / src
    pair = f"{ctx.source.code}->{ctx.target.code}"
    override = ctx.settings.length_ratio.get(ctx.target.code)
    if override:
        low, high = override
        if low <= ratio <= high:
            return []
        what = "longer" if ratio > high else "shorter"
        return [
            problem(
                "length",
                entry,
                f"translation is {ratio:.2f} times the source's length, {what} than allowed "
                f"for {pair} ({low:.2f}-{high:.2f})",
            )
        ]
    m = model(ctx)
    usual = m.ratio
    if ratio > usual * LONGER_WARNING:
        # a country's UN name may be far longer than the English short one ("Syria and Iran" =
        # "la République arabe syrienne et la République islamique d’Iran"): measured without
        # the country words of either side
        bare = _without_countries(entry.msgid, ctx.source)
        if len(bare) < len(entry.msgid):
            src = source_letters(bare, entry.msgstr)
            if src < lengthmodel.MIN_LETTERS:
                return []
            ratio = lengthmodel.letters(_without_countries(entry.msgstr, ctx.target)) / src
            if ratio <= usual * LONGER_WARNING:
                return []
        if _ACRONYM.search(entry.msgid):
            # the source's acronyms spelt out ("UNHCR, UNICEF and WFP" = "مفوضية الأمم المتحدة
            # السامية لشؤون اللاجئين ومنظمة الأمم المتحدة للطفولة وبرنامج الأغذية العالمي")
            spelt = src + (ACRONYM_LETTERS - 1) * sum(map(len, _ACRONYM.findall(entry.msgid)))
            if tgt / spelt <= usual * LONGER_WARNING:
                return []
        # (an error only where the source is long enough for the ratio to tell: "Learn more at
        # [link] or contact [e-mail]" has 20 letters of its own, "Дополнительную информацию
        # можно найти на сайте ... или получить по адресу" three times as many)
        sure = m.z(src, tgt) / m.spread >= LONGER_ERROR_SPREADS
        return [
            problem(
                "length",
                entry,
                f"translation is {ratio:.2f} times the source's length, much longer than the "
                f"usual {usual:.2f} for {pair}",
                None if ratio > usual * LONGER_ERROR and sure else "warning",
            )
        ]
    # figures the source writes in words and the translation in digits or Roman numerals
    # ("the twenty-first century" = "XXI век", "seventy-five years" = "75 лет"): their letters
    # are not the translation's to match
    src -= _words_said_in_figures(entry.msgid, entry.msgstr, ctx.source.base)
    if src < lengthmodel.MIN_LETTERS:
        return []
    spreads = m.z(src, tgt) / m.spread
    if spreads > -LINKED_SPREADS:
        if spreads <= -SENTENCES_GATE:
            return _sentence_cut(entry, ctx, m, pair)
        return []
    fewer = fewer_breaks(entry.msgid, entry.msgstr, ctx.target.base)
    links = fewer >= 1 and fewer_links(entry.msgid, entry.msgstr, ctx) >= 1
    cut = _cut(fewer, spreads, links)
    severity: Severity | None
    if spreads <= -ERROR_SPREADS or cut:
        severity = None
    elif spreads <= -WARNING_SPREADS:
        severity = "warning"
    else:
        return _sentence_cut(entry, ctx, m, pair)
    # a country's long English name said short ("the Democratic Republic of the Congo" = "la
    # RDC", "ДРК"): measured again without the country words, the milder reading stands
    bare = _without_countries(entry.msgid, ctx.source)
    bare_src = source_letters(bare, entry.msgstr) if len(bare) < len(entry.msgid) else src
    bare_tgt = lengthmodel.letters(_without_countries(entry.msgstr, ctx.target))
    # only where the translation's country words are far shorter than the source's
    # (in the letters of a language as long as English: a Chinese character says about three)
    if (src - bare_src) * usual - (tgt - bare_tgt) >= _SHORT_NAME_LETTERS * min(1.0, usual):
        if bare_src < lengthmodel.MIN_LETTERS:
            return []
        bare_spreads = m.z(bare_src, bare_tgt) / m.spread
        bare_cut = bare_spreads <= -LINKED_SPREADS and _cut(fewer, bare_spreads, links)
        if bare_spreads > -WARNING_SPREADS and not bare_cut:
            return []
        if severity is None and bare_spreads > -ERROR_SPREADS and not bare_cut:
            severity = "warning"
    # a phrase the source says twice in a coordination that the translation says once ("the
    # University of Cambridge and the University of Uppsala" = "las Universidades de Cambridge
    # y Uppsala"): measured again with the second one left out, the milder reading stands
    factored = _factored(plain(entry.msgid))
    if factored:
        f_src = source_letters(factored, entry.msgstr)
        f_spreads = m.z(f_src, tgt) / m.spread if f_src >= lengthmodel.MIN_LETTERS else 0.0
        f_cut = f_spreads <= -LINKED_SPREADS and _cut(fewer, f_spreads, links)
        if f_spreads > -WARNING_SPREADS and not f_cut:
            return []
        if severity is None and f_spreads > -ERROR_SPREADS and not f_cut:
            severity = "warning"
    learnt = f"{m.entries} reviewed entries" if m.entries else "built-in figures"
    return [
        problem(
            "length",
            entry,
            f"translation is {ratio:.2f} times the source's length, much shorter than the "
            f"usual {usual:.2f} for {pair} ({-spreads:.1f} spreads below, from {learnt})"
            + ("; fewer clauses than the source: content dropped?" if cut else ""),
            severity,
        )
    ]
