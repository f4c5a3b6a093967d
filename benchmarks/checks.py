"""Quality checks: recall per fault kind on injected faults, false errors on clean catalogs.

Clean material:
  * the reviewed sample catalogs (fr, es, ur, ar, zh) of the sample release;
  * the test catalogs tests/data/checks/<lang>.po (dates, money, scale words, URLs, e-mails,
    links, bold, code, quotes, brackets, Arabic-Indic digits);
  * the same entries "decorated" consistently in source and translation, one decoration per
    copy: a link on EU DisinfoLab or on the country name, a figure in bold, a name in italics,
    a URL or an e-mail in parentheses before the final punctuation -- the sample release has no
    markup, URLs or e-mails, and the faults below need some.

Faults injected into copies of clean entries (every applicable variant on every entry):
  number        a figure dropped, a digit changed, a scale word changed (million -> billion)
  url           a URL / e-mail / link destination changed
  markup        bold or italics dropped, one marker dropped, a link reduced to its text
  glossary      a do-not-translate term or a name altered, translated or dropped
  country       a country name misspelt
  untranslated  the source copied, or the second half of the sentence left in English
  loop          a word repeated four times, the end of the sentence repeated three times
  quote         a closing quote dropped, a stray opening quote, a bracket dropped

A fault counts as detected when a check meant for it reports an error on the entry ("+warn":
an error or a warning of such a check; "any err": an error of any check). False alarms are
errors on clean entries (warnings are counted apart).

More faults (issue 13), on the same material plus the Russian and Portuguese test catalogs:
  wrong country   a country of the source replaced by another in the translation
  name            a proper name outside the glossary misspelt, replaced, translated
  repeated        the sentence said twice, its first half said again (any length)
  separator       80 000 written 80,000 where that reads 80 (fr es pt ru)
  unit            a currency added (4 million -> 4 millions d'euros), changed, % -> per mille
  quotation lost  every quotation mark dropped (direct speech made paraphrase)
  clause dropped  the last clause cut (from the last comma): any content check counts
  negation        a negation added before a verb, or the first one removed; a warning of the
                  negation check is all it can get, so it is reported ("+warn") with no goal
                  and left out of "all"

    python benchmarks/checks.py
"""

from __future__ import annotations

import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from workflow.catalogs import glossary, pofile
from workflow.lang import countries, languages, numerals
from workflow.lang.languages import Language
from workflow.problems import Problem
from workflow.quality import figures, registry
from workflow.quality import names as names_check
from workflow.quality.registry import Context, EntryView

ROOT = Path(__file__).resolve().parent.parent
RELEASE = "2024-06-20-cyber-security-framework"
LANGS = ["fr", "es", "pt", "ru", "ur", "ar", "zh"]
EN = languages.parse("en")

EXPECTED = {
    "number": {"numbers"},
    "url": {"urls", "markup"},
    "markup": {"markup"},
    "glossary": {"glossary"},
    "country": {"countries"},
    "untranslated": {"untranslated"},
    "loop": {"repetition", "length"},
    "quote": {"punctuation"},
    "wrong country": {"countries"},
    "name": {"names"},
    "repeated": {"repetition"},
    "separator": {"numbers"},
    "unit": {"units"},
    "quotation lost": {"quotes", "punctuation"},
    "negation": {"negation"},
    "clause dropped": {
        "numbers",
        "glossary",
        "countries",
        "names",
        "units",
        "quotes",
        "length",
        "untranslated",
    },
}
QUOTES = {
    "fr": ("« ", " »"),
    "es": ("«", "»"),
    "ur": ("“", "”"),
    "ar": ("«", "»"),
    "zh": ("“", "”"),
    "ru": ("«", "»"),
    "pt": ("“", "”"),
}
PARENS = {"zh": ("（", "）")}
URL = "https://pakun.org/press/2024-06-20-cyber.html"
EMAIL = "press@pakun.org"

Entry = tuple[str, str]  # (msgid, msgstr)


# --- clean material ---------------------------------------------------------------------------
def read(path: Path) -> list[EntryView]:
    name = str(path.relative_to(ROOT))
    po = pofile.parse(path.read_bytes(), path=name)
    return [e for e in registry.views(po, name) if e.msgstr]


def sample(lang: str) -> list[EntryView]:
    """The reviewed catalog of the sample release (none for ru)."""
    path = ROOT / "locales" / lang / "LC_MESSAGES" / f"{RELEASE}.po"
    return read(path) if path.exists() else []


def extra(lang: str) -> list[EntryView]:
    """The test catalog of the checks: dates, money, scale words, URLs, markup, quotes."""
    return read(ROOT / "tests" / "data" / "checks" / f"{lang}.po")


def _wrap_first(text: str, needle: str, left: str, right: str) -> str | None:
    i = text.find(needle)
    if i < 0:
        return None
    return text[:i] + left + needle + right + text[i + len(needle) :]


def _before_end(text: str, insert: str) -> str:
    m = re.search(r"[.!?。！？۔؟]?[\s\"'”’»)）」]*$", text)
    assert m is not None
    return text[: m.start()] + insert + text[m.start() :]


def decorations(e: EntryView, lang: Language, gl: glossary.Glossary) -> Iterator[EntryView]:
    """Copies of a clean entry with the same markup, URL or e-mail added on both sides."""
    src, tgt = e.msgid, e.msgstr
    pak = next(t for t in gl.terms if t.term == "Pakistan").form(lang.code) or "Pakistan"
    dnt = "EU DisinfoLab"
    link = "(https://www.disinfo.eu/)"
    pair = [
        (_wrap_first(src, dnt, "[", "]" + link), _wrap_first(tgt, dnt, "[", "]" + link)),
        (
            _wrap_first(src, "Pakistan", "[", "](https://pakun.org/)"),
            _wrap_first(tgt, pak, "[", "](https://pakun.org/)"),
        ),
    ]
    s_figs = figures.figures(src, EN)
    t_figs = figures.figures(tgt, lang)
    for sf in s_figs:
        tf = next((f for f in t_figs if f.value == sf.value and not f.month), None)
        if tf is not None:
            pair.append(
                (
                    src[: sf.start] + "**" + sf.text + "**" + src[sf.end :],
                    tgt[: tf.start] + "**" + tf.text + "**" + tgt[tf.end :],
                )
            )
            break
    akram = next(t for t in gl.terms if t.term == "Akram").form(lang.code) or "Akram"
    pair.append((_wrap_first(src, "Akram", "*", "*"), _wrap_first(tgt, akram, "*", "*")))
    if len(src) > 40:
        o, c = PARENS.get(lang.base, (" (", ")"))
        pair.append((_before_end(src, f" ({URL})"), _before_end(tgt, f"{o}{URL}{c}")))
        pair.append((_before_end(src, f" ({EMAIL})"), _before_end(tgt, f"{o}{EMAIL}{c}")))
    for s, t in pair:
        if s is not None and t is not None:
            yield replace(e, msgid=s, msgstr=t)


# --- faults -------------------------------------------------------------------------------------
Variant = tuple[str, str]  # (what was done, the faulty msgstr)
Fault = Callable[[EntryView, Language, glossary.Glossary, random.Random], list[Variant]]
DNT_TRANSLATED = {
    "fr": "Laboratoire de désinformation de l’UE",
    "es": "Laboratorio de Desinformación de la UE",
    "ur": "یورپی یونین ڈس انفو لیب",
    "ar": "مختبر التضليل الأوروبي",
    "zh": "欧盟虚假信息实验室",
    "ru": "Лаборатория дезинформации ЕС",
    "pt": "Laboratório de Desinformação da UE",
}


def _other_digit(ch: str) -> str:
    for zero in (0x30, 0x660, 0x6F0):
        if zero <= ord(ch) <= zero + 9:
            return chr(zero + (ord(ch) - zero + 1) % 10)
    return ch


def fault_number(
    e: EntryView, lang: Language, gl: glossary.Glossary, rng: random.Random
) -> list[Variant]:
    t = e.msgstr
    figs = [f for f in figures.figures(t, lang) if not f.month]
    if not figs:
        return []
    f = rng.choice(figs)
    out = [("figure dropped", t[: f.start] + t[f.end :])]
    digits = [i for i in range(f.start, f.end) if t[i] in numerals.DIGITS]
    i = rng.choice(digits)
    out.append(("digit changed", t[:i] + _other_digit(t[i]) + t[i + 1 :]))
    if len(f.text) >= 4 and f.text[:4].isdigit():
        out.append(("digit lost (2019 -> 219)", t[: f.start] + f.text[0] + f.text[2:] + t[f.end :]))
    scaled = [g for g in figs if g.scale]
    if scaled:
        g = scaled[0]
        bare = g.text[: len(g.text) - len(g.scale)].rstrip()
        out.append(("scale word dropped", t[: g.start] + bare + t[g.end :]))
        words = numerals.scale_words(lang)
        power = words.get(g.scale.lower(), 0)
        other = next(w for w, p in words.items() if p != power)
        start = g.start + g.text.index(g.scale)
        out.append(("scale word changed", t[:start] + other + t[start + len(g.scale) :]))
    return out


def fault_url(
    e: EntryView, lang: Language, gl: glossary.Glossary, rng: random.Random
) -> list[Variant]:
    t = e.msgstr
    out = []
    for label, needle, changed in (
        ("URL path changed", URL, URL.replace("2024-06-20", "2024-06-21")),
        ("URL domain changed", URL, URL.replace("https://pakun.org", "https://pakun.com")),
        ("e-mail changed", EMAIL, EMAIL.replace("press", "presse")),
        ("link URL changed", "https://www.disinfo.eu/", "https://www.disinfo.org/"),
        ("link URL changed", "https://pakun.org/)", "https://pakun.org/en/)"),
    ):
        if needle in t:
            out.append((label, t.replace(needle, changed, 1)))
    return out


def fault_markup(
    e: EntryView, lang: Language, gl: glossary.Glossary, rng: random.Random
) -> list[Variant]:
    t = e.msgstr
    if e.msgid == e.msgstr:
        return []
    out = []
    if "**" in t:
        out.append(("bold dropped", t.replace("**", "")))
        out.append(("one ** dropped", t.replace("**", "", 1)))
    m = re.search(r"(?<!\*)\*(?!\*)([^*]+)\*", t)
    if m:
        out.append(("italics dropped", t[: m.start()] + m.group(1) + t[m.end() :]))
    cut = _word_cut(t) if lang.spaced else len(t) // 2
    out.append(("MT placeholder [1] left", t[:cut] + " [1]" + t[cut:]))
    out.append(("line break added", t[:cut] + "\n" + t[cut:]))
    m = re.search(r"\[([^\]]+)\]\(([^)]+)\)", t)
    if m:
        head, tail = t[: m.start()], t[m.end() :]
        out.append(("link reduced to text", head + m.group(1) + tail))
        out.append(("link made bare text + URL", head + m.group(1) + " " + m.group(2) + tail))
        out.append(("link text dropped", head + "[](" + m.group(2) + ")" + tail))
    return out


def _swap_inside(word: str) -> str:
    """A misspelling: two letters in the middle swapped (or the middle letter doubled)."""
    letters = [i for i, c in enumerate(word) if c.isalpha()]
    mid = letters[len(letters) // 2]
    nxt = mid + 1
    if nxt < len(word) and word[nxt].isalpha() and word[nxt] != word[mid]:
        return word[:mid] + word[nxt] + word[mid] + word[nxt + 1 :]
    return word[:mid] + word[mid] + word[mid:]


def fault_glossary(
    e: EntryView, lang: Language, gl: glossary.Glossary, rng: random.Random
) -> list[Variant]:
    t = e.msgstr
    for term in gl.terms:
        if term.kind not in ("dnt", "name"):
            continue
        if not re.search(r"(?<!\w)" + re.escape(term.term), e.msgid):
            continue
        form = term.form(lang.code) or term.term
        if form not in t:
            continue
        if term.kind == "dnt":
            return [
                ("dnt lower-cased", t.replace(form, form.lower(), 1)),
                ("dnt altered", t.replace(form, "Disinfo Lab", 1)),
                ("dnt translated", t.replace(form, DNT_TRANSLATED[lang.base], 1)),
            ]
        return [
            ("name misspelt", t.replace(form, _swap_inside(form), 1)),
            ("name dropped", t.replace(form, "", 1)),
        ]
    return []


def fault_country(
    e: EntryView, lang: Language, gl: glossary.Glossary, rng: random.Random
) -> list[Variant]:
    if not re.search(r"\bPakistan\b", e.msgid):
        return []
    form = languages.territory_names(lang)["PK"]
    if form not in e.msgstr:
        return []
    return [("country misspelt", e.msgstr.replace(form, _swap_inside(form)))]


def fault_untranslated(
    e: EntryView, lang: Language, gl: glossary.Glossary, rng: random.Random
) -> list[Variant]:
    words = e.msgid.split()
    out = []
    if len(words) >= 4:
        out.append(("source copied", e.msgid))
    if len(words) >= 12:
        cut = len(e.msgstr) // 2 if not lang.spaced else _word_cut(e.msgstr)
        english = " ".join(words[len(words) // 2 :])
        out.append(
            ("second half in English", e.msgstr[:cut] + (" " if lang.spaced else "") + english)
        )
    return out


def _cjk_positions(text: str) -> list[int]:
    """Positions between two Chinese characters (not inside a Latin name, a URL or a link)."""
    return [
        i
        for i in range(1, len(text) - 2)
        if all("\u4e00" <= c <= "\u9fff" for c in text[i - 1 : i + 2])
    ]


def _word_cut(text: str) -> int:
    spaces = [m.start() for m in re.finditer(" ", text)]
    return spaces[len(spaces) // 2] if spaces else len(text) // 2


def fault_loop(
    e: EntryView, lang: Language, gl: glossary.Glossary, rng: random.Random
) -> list[Variant]:
    t = e.msgstr
    if lang.spaced:
        words = t.split(" ")
        if len(words) < 3:
            return []
        i = rng.randrange(1, len(words) - 1)
        core = t.rstrip(".۔")
        tail = " ".join(core.split(" ")[-5:])
        return [
            ("word x4", " ".join(words[:i] + [words[i]] * 4 + words[i + 1 :])),
            ("last 5 words x3", core + (" " + tail) * 3 + t[len(core) :]),
        ]
    core = t.rstrip("。”")
    if len(core) < 8:
        return []
    i = rng.choice(_cjk_positions(core))
    return [
        ("2 characters x4", core[:i] + core[i : i + 2] * 3 + core[i:] + t[len(core) :]),
        ("last 10 characters x4", core + core[-10:] * 3 + t[len(core) :]),
    ]


def fault_quote(
    e: EntryView, lang: Language, gl: glossary.Glossary, rng: random.Random
) -> list[Variant]:
    t = e.msgstr
    out = []
    o, c = QUOTES[lang.base]
    if c.strip() in t:
        k = t.rfind(c.strip())
        out.append(("closing quote dropped", t[:k] + t[k + 1 :]))
    places = [m.end() for m in re.finditer(r"\s", t)] if lang.spaced else _cjk_positions(t)
    if places:
        k = rng.choice(places)
        out.append(("stray opening quote", t[:k] + o.strip() + t[k:]))
    for opener in "(（":
        if opener in t:
            k = t.find(opener)
            out.append(("opening bracket dropped", t[:k] + t[k + 1 :]))
            break
    return out


OTHER_COUNTRY = {"PK": "IN", "IN": "BD", "AF": "IR", "UA": "PL", "IR": "IQ", "TR": "GR", "CN": "JP"}


def fault_wrong_country(
    e: EntryView, lang: Language, gl: glossary.Glossary, rng: random.Random
) -> list[Variant]:
    """A country of the source replaced by another in the translation (the others stay)."""
    src = countries.reader(EN).mentions(e.msgid)
    names = languages.territory_names(lang)
    out = []
    for code, other in OTHER_COUNTRY.items():
        if src.get(code) != "name" or other in src:
            continue
        form = names[code] if code != "TR" else "Türkiye"
        for f in (form, (gl.terms and _glossary_form(gl, names, code, lang)) or form):
            if f in e.msgstr:
                out.append((f"{code} -> {other}", e.msgstr.replace(f, names[other], 1)))
                break
    return out[:1]


def _glossary_form(gl: glossary.Glossary, names: object, code: str, lang: Language) -> str:
    term = {"PK": "Pakistan"}.get(code, "")
    found = next((t for t in gl.terms if t.term == term), None)
    return (found.form(lang.code) or "") if found else ""


def fault_name(
    e: EntryView, lang: Language, gl: glossary.Glossary, rng: random.Random
) -> list[Variant]:
    """A proper name outside the glossary misspelt or replaced (Latin-script translations)."""
    if not lang.spaced or lang.script != "Latn":
        return []
    found = names_check.source_names(e.msgid, e.kind in ("heading", "title"))
    in_glossary = {w for t in gl.terms for w in t.term.split()}
    for n in found:
        if (
            n.word in e.msgstr
            and n.word not in in_glossary
            and len(n.word) >= 5
            and (n.person or len(n.run) >= 2)
        ):
            return [
                ("name misspelt", e.msgstr.replace(n.word, _swap_inside(n.word), 1)),
                ("name replaced", e.msgstr.replace(n.word, "Robertson", 1)),
                (
                    "name translated",
                    e.msgstr.replace(n.word, "Piedra" if n.word != "Piedra" else "Roca", 1),
                ),
            ]
    return []


def fault_repeated(
    e: EntryView, lang: Language, gl: glossary.Glossary, rng: random.Random
) -> list[Variant]:
    """The sentence said twice; its first half said again at its end."""
    t = e.msgstr
    sep = " " if lang.spaced else ""
    size = len(t.split()) if lang.spaced else len(t) // 2
    if size < 8:
        return []
    cut = _word_cut(t) if lang.spaced else len(t) // 2
    return [("sentence twice", t + sep + t), ("first half again at the end", t + sep + t[:cut])]


_SEPARATED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?![\d,])")


def fault_separator(
    e: EntryView, lang: Language, gl: glossary.Glossary, rng: random.Random
) -> list[Variant]:
    """A figure of the translation written with English separators where they read as
    another value (80 000 -> 80,000 in fr, es, pt, ru)."""
    if languages.notation(lang)[0] == ",":
        return []
    m = _SEPARATED.search(e.msgstr)
    if not m:
        return []
    en = re.sub(r"[ \u00a0\u202f.]", ",", m.group())
    return [("English separators", e.msgstr[: m.start()] + en + e.msgstr[m.end() :])]


EURO = {
    "fr": "euros",
    "es": "euros",
    "pt": "euros",
    "ru": "евро",
    "ar": "يورو",
    "zh": "欧元",
    "ur": "یورو",
}
DOLLAR = {
    "fr": "dollars",
    "es": "dólares",
    "pt": "dólares",
    "ru": "долларов",
    "ar": "دولار",
    "zh": "美元",
    "ur": "ڈالر",
}


def fault_unit(
    e: EntryView, lang: Language, gl: glossary.Glossary, rng: random.Random
) -> list[Variant]:
    """A currency added after a figure, a currency changed, per cent made per mille."""
    t = e.msgstr
    out = []
    figs = [
        f
        for f in figures.figures(t, lang)
        if not f.month and f.value >= 100 and t[: f.start].count("`") % 2 == 0
    ]
    if figs and DOLLAR[lang.base] not in t:
        f = figs[0]
        sep = " " if lang.spaced else ""
        joint = {"fr": " d’", "es": " de ", "pt": " de "}.get(lang.base, sep)
        word = EURO[lang.base]
        if lang.base == "fr" and word[0] not in "aeiou":
            joint = " de "
        out.append(("currency added", t[: f.end] + joint + word + t[f.end :]))
    if DOLLAR[lang.base] in t:
        out.append(("currency changed", t.replace(DOLLAR[lang.base], EURO[lang.base], 1)))
    if "%" in t:
        out.append(("per cent -> per mille", t.replace("%", "‰", 1)))
    return out


_QUOTE_CHARS = re.compile('[«»“”„"‘’「」『』]')


def fault_quotation_lost(
    e: EntryView, lang: Language, gl: glossary.Glossary, rng: random.Random
) -> list[Variant]:
    """Every quotation mark dropped: a quotation made paraphrase."""
    t = e.msgstr
    if not re.search('[«»“”„"]', e.msgid) or not _QUOTE_CHARS.search(t):
        return []
    return [("all quotation marks dropped", " ".join(_QUOTE_CHARS.sub("", t).split()))]


_CLAUSE = re.compile(r"[,،，;；、]\s*")


def fault_clause_dropped(
    e: EntryView, lang: Language, gl: glossary.Glossary, rng: random.Random
) -> list[Variant]:
    """The last clause of the sentence dropped (from its last comma to the final mark)."""
    t = e.msgstr
    cuts = [m.start() for m in _CLAUSE.finditer(t)]
    if not cuts:
        return []
    end = re.search(r"[.!?。！？۔؟]?[\s\"'”’»)）」]*$", t)
    assert end is not None
    cut = cuts[-1]
    if cut < 0.4 * len(t) or end.start() - cut < 0.15 * len(t):
        return []
    return [("last clause dropped", t[:cut] + t[end.start() :])]


# a negation added before the first verb these patterns know, or the first one removed
_NEGATE: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (r"\b(est|a|ont|sont|doit|peut|sera)\b", r"ne \1 pas"),
    ],
    "es": [(r"\b(es|ha|han|son|debe|puede|está|están|será)\b", r"no \1")],
    "pt": [(r"\b(é|foi|tem|têm|são|deve|pode|está|será)\b", r"não \1")],
    "ru": [(r"(?<!\w)(\w{3,}(?:ет|ит|ют|ят|ал|ала|али|ил|ила|или|ся))(?!\w)", r"не \1")],
    "ar": [
        (r"(?<!\w)(و?)(قال|أكد|دعا|أعرب|أشار)(?!\w)", r"\1لم \2"),
        (r"(?<!\w)(ي\w{3,})", r"لا \1"),
    ],
    "zh": [(r"(是|会|能|将|应|需要|支持|呼吁)", r"不\1"), (r"有", "没有")],
    "ur": [(r"\s(ہے|ہیں|تھا|تھی|تھے)(?=\W*$)", r" نہیں \1")],
}
_UNNEGATE: dict[str, str] = {
    "fr": r"\bn(?:e\s|’|')(?=\S+\s(?:pas|jamais|plus)\b)|(?<=\s)(?:pas|jamais)\s",
    "es": r"\bno\s",
    "pt": r"\bnão\s",
    "ru": r"(?<!\w)не\s",
    "ar": r"(?<!\w)(?:لا|لم|لن)\s",
    "zh": r"不|没",
    "ur": r"\sنہیں(?=\s)",
}


def fault_negation(
    e: EntryView, lang: Language, gl: glossary.Glossary, rng: random.Random
) -> list[Variant]:
    """A statement turned into its opposite: a negation added, or the first one removed."""
    t = e.msgstr
    out: list[Variant] = []
    pattern = _UNNEGATE.get(lang.base)
    if pattern and re.search(pattern, t):
        removed = re.sub(pattern, "", t, count=2 if lang.base == "fr" else 1)
        out.append(("negation removed", " ".join(removed.split())))
    else:
        for find, put in _NEGATE.get(lang.base, []):
            added = re.sub(find, put, t, count=1)
            if added != t:
                out.append(("negation added", added))
                break
    return out


FAULTS: dict[str, Fault] = {
    "number": fault_number,
    "url": fault_url,
    "markup": fault_markup,
    "glossary": fault_glossary,
    "country": fault_country,
    "untranslated": fault_untranslated,
    "loop": fault_loop,
    "quote": fault_quote,
    "wrong country": fault_wrong_country,
    "name": fault_name,
    "repeated": fault_repeated,
    "separator": fault_separator,
    "unit": fault_unit,
    "quotation lost": fault_quotation_lost,
    "clause dropped": fault_clause_dropped,
    "negation": fault_negation,
}
REPORTED = {"negation"}  # no goal: counted apart from "all"


# --- run ----------------------------------------------------------------------------------------
def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def main() -> int:
    gl = glossary.load(ROOT / "locales")
    rng = random.Random(20240620)
    started = time.perf_counter()
    clean_errors: list[Problem] = []
    clean_warnings: list[Problem] = []
    clean_count = Counter[str]()
    injected = Counter[tuple[str, str]]()
    detected = Counter[tuple[str, str]]()
    any_error = Counter[str]()
    warned = Counter[str]()
    by_variant = Counter[tuple[str, str, bool]]()
    misses: list[str] = []
    for code in LANGS:
        lang = languages.parse(code)
        ctx = Context(EN, lang, gl)
        base = sample(code) + extra(code)
        decorated = [d for e in base for d in decorations(e, lang, gl)]
        for group, entries in (
            ("sample", sample(code)),
            ("extra", extra(code)),
            ("decorated", decorated),
        ):
            problems = registry.run_checks(entries, ctx)
            clean_errors += errors(problems)
            clean_warnings += [p for p in problems if p.severity == "warning"]
            clean_count[group] += len(entries)
        for kind, fault in FAULTS.items():
            for e in base + decorated:
                for variant, bad in fault(e, lang, gl, rng):
                    if bad == e.msgstr:
                        continue
                    all_found = registry.run_checks([replace(e, msgstr=bad)], ctx)
                    found = errors(all_found)
                    hit = any(p.check in EXPECTED[kind] for p in found)
                    warned[kind] += any(p.check in EXPECTED[kind] for p in all_found)
                    injected[(kind, code)] += 1
                    detected[(kind, code)] += hit
                    any_error[kind] += bool(found)
                    by_variant[(kind, variant, hit)] += 1
                    if not hit:
                        misses.append(f"{kind}/{variant} {code}: {bad[:100]!r} -> {found}")
    elapsed = time.perf_counter() - started

    print(
        f"clean entries: {clean_count['sample']} of the reviewed sample release, "
        f"{clean_count['extra']} of tests/data/checks, {clean_count['decorated']} decorated copies"
    )
    print(f"false errors on clean entries: {len(clean_errors)}   warnings: {len(clean_warnings)}")
    for p in clean_errors + clean_warnings:
        print("   ", p)
    print()
    head = f"{'fault kind':<14}" + "".join(f"{c:>9}" for c in LANGS)
    head += f"{'all':>11}{'recall':>9}{'+warn':>9}{'any err':>9}"
    print(head)
    print("-" * len(head))
    for kind in FAULTS:
        cells = "".join(f"{detected[(kind, c)]}/{injected[(kind, c)]}".rjust(9) for c in LANGS)
        n = sum(injected[(kind, c)] for c in LANGS)
        d = sum(detected[(kind, c)] for c in LANGS)
        n = n or 1
        print(
            f"{kind:<14}{cells}{f'{d}/{n}':>11}{100 * d / n:8.1f}%{100 * warned[kind] / n:8.1f}%"
            f"{100 * any_error[kind] / n:8.1f}%"
        )
    total_n = sum(n for (k, _), n in injected.items() if k not in REPORTED)
    total_d = sum(d for (k, _), d in detected.items() if k not in REPORTED)
    print(
        f"{'all':<14}{' ' * 9 * len(LANGS)}{f'{total_d}/{total_n}':>11}"
        f"{100 * total_d / total_n:8.1f}%"
    )
    print("\nby variant (all languages):")
    variants = dict.fromkeys((k, v) for k, v, _ in by_variant)
    for kind, variant in variants:
        d = by_variant[(kind, variant, True)]
        n = d + by_variant[(kind, variant, False)]
        print(f"  {kind:<13} {variant:<28}{f'{d}/{n}':>9}")
    print(f"\n{total_n + sum(clean_count.values())} entries checked in {elapsed:.2f} s")
    if misses:
        print("\nmissed:")
        for m in misses:
            print("   ", m)
    recall_ok = all(
        sum(detected[(k, c)] for c in LANGS) >= 0.95 * sum(injected[(k, c)] for c in LANGS)
        for k in FAULTS
        if k not in REPORTED
    )
    return 0 if recall_ok and not clean_errors else 1


if __name__ == "__main__":
    sys.exit(main())
