"""Fault injector of the held-out evaluation (issue 13), written from the fault list alone.

`faults(entries, seed)` takes clean reviewed entries (language, msgid, msgstr) and returns copies
with one fault each, of these kinds:

  number        a digit changed, a figure dropped, a scale word changed (million -> milliard,
                万 -> 亿), a thousands separator that changes the value in the target locale
                (fr "287 000" -> "287,000", zh "1100" -> "1.100")
  unit          currency or unit dropped, changed ($ -> €, % -> ‰), added (33 million people ->
                33 million dollars)
  name          a person's name misspelt, replaced by another person's, translated word for word
  country       a country replaced by another, a country the source does not name added, a
                country misspelt, a demonym changed ("le peuple afghan" -> "le peuple iranien")
  url           a URL, e-mail or link target changed, a link reduced to its text, bold dropped,
                one ** dropped
  untranslated  the source copied, the second half left in English
  repetition    a phrase, the last clause or the whole sentence repeated; the variant name says
                whether the repeated part is short (<= 24 tokens) or long (> 24 tokens)
  clause        the last clause dropped
  quotation     the quote marks dropped (direct speech reads as paraphrase)
  negation      a statement negated (reported only: no goal)

Pure and deterministic: the same entries and seed give the same faults, in the same order.
Each kind is capped at `per_kind` faults, drawn evenly over languages and variants.
The person names the injector knows come from the held-out glossary (`glossary.csv` next to this
file), the countries from the tables below; nothing comes from the project's own checks.
"""

from __future__ import annotations

import csv
import random
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("fr", "es", "ar", "zh", "ru")
KINDS = (
    "number",
    "unit",
    "name",
    "country",
    "url",
    "untranslated",
    "repetition",
    "clause",
    "quotation",
    "negation",
)
LONG = 24  # tokens: a repeated part longer than this is a "long" repetition


@dataclass(frozen=True)
class Clean:
    """A reviewed entry of a held-out catalog."""

    lang: str
    msgid: str
    msgstr: str
    catalog: str = ""
    line: int = 0


@dataclass(frozen=True)
class Fault:
    kind: str
    variant: str
    clean: Clean
    msgstr: str  # the faulty translation


# --- text helpers -------------------------------------------------------------------------------
_EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_PROTECTED = re.compile(r"https?://[^\s)\]]+|www\.[^\s)\]]+|" + _EMAIL + r"|\]\([^)]*\)|SG/SM/\d+")
_FIGURE = re.compile(r"\d+(?:[ \u00a0\u202f.,]\d+)*")
_CJK = re.compile(r"[\u3400-\u9fff]")


def _protected(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PROTECTED.finditer(text)]


def _free(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return not any(a < span[1] and span[0] < b for a, b in spans)


def figures(text: str) -> list[re.Match[str]]:
    """Figures in running text (not inside URLs, e-mails, link targets, document symbols)."""
    spans = _protected(text)
    out = []
    for m in _FIGURE.finditer(text):
        s = m.group().rstrip(" \u00a0\u202f.,")
        if s and _free(m.span(), spans):
            out.append(m)
    return out


def tokens(text: str, lang: str) -> int:
    """Tokens as a reader counts them: words, and each Chinese character."""
    if lang == "zh":
        return len(_CJK.findall(text)) + len(re.findall(r"[A-Za-z0-9]+", _CJK.sub(" ", text)))
    return len(text.split())


def _end(text: str) -> int:
    """Where the final punctuation (and closing quotes) of a sentence starts."""
    m = re.search(r"[.!?。！？؟…\s\u00a0\u202f»”\"’)）]*$", text)
    assert m is not None
    return m.start()


def _misspell(word: str, rng: random.Random) -> str:
    """Two neighbouring letters inside the word swapped (a Chinese name: one character changed)."""
    if _CJK.search(word):
        chars = [i for i, c in enumerate(word) if _CJK.match(c)]
        i = chars[len(chars) // 2]
        other = next(c for c in "德尔斯特克里" if c != word[i])
        return word[:i] + other + word[i + 1 :]
    inner = [i for i in range(1, len(word) - 2) if word[i].isalpha() and word[i + 1].isalpha()]
    inner = [i for i in inner if word[i] != word[i + 1]]
    if not inner:
        return word[:-1] + word[-1] * 2
    i = rng.choice(inner)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


# --- language tables ----------------------------------------------------------------------------
QUOTE_MARKS = "«»“”„"
SCALE_SWAPS: dict[str, list[tuple[str, str]]] = {
    "fr": [(r"\bmillions?\b", "milliards"), (r"\bmilliards?\b", "millions")],
    "es": [(r"\bmil millones\b", "millones"), (r"\bmill(ones|ón)\b", "mil millones")],
    "ar": [
        (r"ملايين", "مليارات"),
        (r"مليارات", "ملايين"),
        (r"مليونا", "مليارا"),
        (r"مليون", "مليار"),
        (r"مليار", "مليون"),
        (r"ألف", "مليون"),
    ],
    "zh": [(r"(?<=[\d多])万", "亿"), (r"(?<=[\d多])亿", "万")],
    "ru": [
        (r"\bмиллион(а|ов|ам|ами)?\b", "миллиардов"),
        (r"\bмлн\b", "млрд"),
        (r"\bмлрд\b", "млн"),
        (r"\bмиллиард(а|ов)?\b", "миллионов"),
    ],
}
CURRENCY: dict[str, list[str]] = {  # longest first
    "fr": ["de dollars des États-Unis", "de dollars", "dollars"],
    "es": ["de dólares de los Estados Unidos", "de dólares", "dólares"],
    "ar": ["دولار أمريكي", "دولار"],
    "zh": ["美元"],
    "ru": ["долларов США", "долларов", "доллара"],
}
EUROS = {"fr": "d’euros", "es": "de euros", "ar": "يورو", "zh": "欧元", "ru": "евро"}
ADDED_CURRENCY = {
    "fr": " de dollars",
    "es": " de dólares",
    "ar": " دولار",
    "zh": "美元",
    "ru": " долларов",
}
PERCENT: dict[str, list[tuple[str, str]]] = {  # (percent, per mille)
    "fr": [("\u00a0%", "\u00a0‰")],
    "es": [("\u00a0%", "\u00a0‰")],
    "ar": [("في المائة", "في الألف")],
    "zh": [("%", "‰")],
    "ru": [("процентов", "промилле"), ("процента", "промилле"), ("процент", "промилле")],
}
SCALE_AFTER = {  # a scale word right after a figure, where a currency can be slipped in
    "fr": r"\d\s?(?:millions?|milliards?)",
    "es": r"\d\s?(?:millones|millón)",
    "ar": r"\d\s?(?:مليون|مليار|ملايين|ألف)",
    "zh": r"\d多?[万亿]",
    "ru": r"\d\s?(?:миллион\w*|млн|млрд)",
}

# Countries as the held-out translations write them; a Russian form is a stem that inflects.
COUNTRIES: dict[str, dict[str, str]] = {
    "Pakistan": {
        "fr": "Pakistan",
        "es": "Pakistán",
        "ar": "باكستان",
        "zh": "巴基斯坦",
        "ru": "Пакистан",
    },
    "Afghanistan": {
        "fr": "Afghanistan",
        "es": "Afganistán",
        "ar": "أفغانستان",
        "zh": "阿富汗",
        "ru": "Афганистан",
    },
    "Ukraine": {"fr": "Ukraine", "es": "Ucrania", "ar": "أوكرانيا", "zh": "乌克兰", "ru": "Украин"},
    "Poland": {"fr": "Pologne", "es": "Polonia", "ar": "بولندا", "zh": "波兰", "ru": "Польш"},
    "Romania": {
        "fr": "Roumanie",
        "es": "Rumania",
        "ar": "رومانيا",
        "zh": "罗马尼亚",
        "ru": "Румыни",
    },
    "Haiti": {"fr": "Haïti", "es": "Haití", "ar": "هايتي", "zh": "海地", "ru": "Гаити"},
    "Somalia": {"fr": "Somalie", "es": "Somalia", "ar": "الصومال", "zh": "索马里", "ru": "Сомали"},
    "Sudan": {"fr": "Soudan", "es": "Sudán", "ar": "السودان", "zh": "苏丹", "ru": "Судан"},
    "Angola": {"fr": "Angola", "es": "Angola", "ar": "أنغولا", "zh": "安哥拉", "ru": "Ангол"},
    "Indonesia": {
        "fr": "Indonésie",
        "es": "Indonesia",
        "ar": "إندونيسيا",
        "zh": "印度尼西亚",
        "ru": "Индонези",
    },
    "Nigeria": {
        "fr": "Nigéria",
        "es": "Nigeria",
        "ar": "نيجيريا",
        "zh": "尼日利亚",
        "ru": "Нигери",
    },
    "Italy": {"fr": "Italie", "es": "Italia", "ar": "إيطاليا", "zh": "意大利", "ru": "Итали"},
    "Burundi": {"fr": "Burundi", "es": "Burundi", "ar": "بوروندي", "zh": "布隆迪", "ru": "Бурунди"},
    "Chad": {"fr": "Tchad", "es": "Chad", "ar": "تشاد", "zh": "乍得", "ru": "Чад"},
    "Kenya": {"fr": "Kenya", "es": "Kenya", "ar": "كينيا", "zh": "肯尼亚", "ru": "Кени"},
    "Yemen": {"fr": "Yémen", "es": "Yemen", "ar": "اليمن", "zh": "也门", "ru": "Йемен"},
    "Syria": {"fr": "Syrie", "es": "Siria", "ar": "سوريا", "zh": "叙利亚", "ru": "Сири"},
    "Iraq": {"fr": "Iraq", "es": "Iraq", "ar": "العراق", "zh": "伊拉克", "ru": "Ирак"},
    "Zimbabwe": {
        "fr": "Zimbabwe",
        "es": "Zimbabwe",
        "ar": "زمبابوي",
        "zh": "津巴布韦",
        "ru": "Зимбабве",
    },
}
# What replaces a country (nominative), and what is added next to one.
OTHER = {
    "fr": ["Inde", "Iran", "Hongrie", "Turquie", "Égypte"],
    "es": ["India", "Irán", "Hungría", "Turquía", "Egipto"],
    "ar": ["الهند", "إيران", "هنغاريا", "تركيا", "مصر"],
    "zh": ["印度", "伊朗", "匈牙利", "土耳其", "埃及"],
    "ru": ["Индия", "Иран", "Венгрия", "Турция", "Египет"],
}
ADDED_COUNTRY = {
    "fr": " et l’Inde",
    "es": " y la India",
    "ar": " والهند",
    "zh": "和印度",
    "ru": " и Индии",
}
DEMONYMS: dict[str, list[tuple[str, str]]] = {
    "fr": [
        ("afghan", "iranien"),
        ("afghans", "iraniens"),
        ("syriens", "libanais"),
        ("Afghans", "Iraniens"),
        ("pakistanais", "indien"),
        ("Pakistanais", "Indiens"),
        ("polonais", "hongrois"),
        ("italienne", "espagnole"),
    ],
    "es": [
        ("afgano", "iraní"),
        ("sirios", "libaneses"),
        ("afganos", "iraníes"),
        ("pakistaní", "indio"),
        ("pakistaníes", "indios"),
        ("polaco", "húngaro"),
    ],
    "ar": [
        ("الأفغانية", "الإيرانية"),
        ("الأفغاني", "الإيراني"),
        ("السوريين", "اللبنانيين"),
        ("الأفغان", "الإيرانيين"),
        ("الباكستاني", "الهندي"),
        ("باكستاني", "هندي"),
        ("البولندية", "الهنغارية"),
        ("الإيطالية", "الإسبانية"),
    ],
    "zh": [("阿富汗人", "伊朗人"), ("巴基斯坦人", "印度人")],
    "ru": [
        ("афганского", "иранского"),
        ("афганских", "иранских"),
        ("сирийских", "ливанских"),
        ("афганцев", "иранцев"),
        ("пакистанцев", "индийцев"),
    ],
}
# Names a literal-minded engine translates ("Roger Stone" -> "Piedra").
NAME_AS_WORD = {
    "Grandi": {"fr": "Grands", "es": "Grandes", "ar": "الكبار", "zh": "大人物", "ru": "Великие"},
    "Sharif": {"fr": "Noble", "es": "Noble", "ar": "النبيل", "zh": "高贵", "ru": "Благородный"},
    "Amos": {"fr": "Amos", "es": "Amos", "ar": "عاموس", "zh": "阿摩司", "ru": "Амос"},
}
NEGATIONS: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (r"\b(?:ne|n’)\s?(\w+) pas\b", r"\1"),
        (r"\ba (\w+é)\b", r"n’a pas \1"),
        (r"\bont (\w+é)", r"n’ont pas \1"),
        (r"\best\b", "n’est pas"),
        (r"\bsont\b", "ne sont pas"),
        (r"\bpeut\b", "ne peut pas"),
    ],
    "es": [
        (r"\bno (\w+)", r"\1"),
        (r"\b(ha|han|es|son|está|están|puede|debe)\b", r"no \1"),
        (r"\b(\w+ó)\b", r"no \1"),
    ],
    "ar": [(r"(?<!\w)لا\s", "")]
    + [
        (r"(?<!\w)(و?)" + past + r"(?!\w)", r"\1لم " + jussive)
        for past, jussive in (
            ("قال", "يقل"),
            ("أكد", "يؤكد"),
            ("أطلق", "يطلق"),
            ("أعرب", "يعرب"),
            ("دعا", "يدعُ"),
            ("أشار", "يُشر"),
            ("رحّب", "يرحّب"),
            ("شكر", "يشكر"),
            ("وصف", "يصف"),
            ("أشاد", "يُشِد"),
        )
    ],
    "zh": [(r"不", ""), (r"已", "未"), (r"(是|能|会|将|需要|应当)", r"不\1"), (r"有", "没有")],
    "ru": [
        (r"\bне\s", ""),
        (r"\b(\w+(?:ил|ал|ял|ел)(?:а|и|о)?)\b", r"не \1"),
        (r"\b(\w+(?:ет|ют|ит|ят|ут|ат))\b", r"не \1"),
    ],
}
CLAUSE_BREAK = re.compile(r"(,(?=\s)|;|،|，|；| – | — |——)")


def names(path: Path = HERE / "glossary.csv") -> dict[str, dict[str, str]]:
    """Person names of the held-out glossary: term -> {lang: form} (the term itself where the
    language's column is empty)."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return {
        r["term"]: {lang: r.get(lang) or r["term"] for lang in LANGS}
        for r in rows
        if r["kind"] == "name"
    }


# --- fault kinds --------------------------------------------------------------------------------
Variants = list[tuple[str, str]]


def _number(e: Clean, rng: random.Random) -> Variants:
    t, out = e.msgstr, []
    figs = figures(t)
    if figs:
        m = rng.choice(figs)
        digits = [i for i in range(*m.span()) if t[i].isdigit()]
        i = rng.choice(digits)
        new = str((int(t[i]) + rng.randrange(1, 10)) % 10)
        out.append(("digit changed", t[:i] + new + t[i + 1 :]))
        a, b = m.span()
        a, b = (a - 1, b) if a and t[a - 1] in " \u00a0" else (a, b + (t[b : b + 1] == " "))
        out.append(("figure dropped", t[:a] + t[b:]))
    for pattern, repl in SCALE_SWAPS[e.lang]:
        m2 = re.search(pattern, t)
        if m2:
            out.append(("scale word changed", t[: m2.start()] + repl + t[m2.end() :]))
            break
    for m in figs:
        s = m.group()
        plain = re.sub(r"[ \u00a0\u202f]", "", s)
        if not plain.isdigit() or len(plain) < 4 or (len(plain) == 4 and plain[:2] in ("19", "20")):
            continue
        sep = "." if e.lang in ("ar", "zh") else ","
        bad = plain[:-3] + sep + plain[-3:]
        out.append(("thousands separator reads as decimal", t[: m.start()] + bad + t[m.end() :]))
        break
    return out


def _unit(e: Clean, rng: random.Random) -> Variants:
    t, lang, out = e.msgstr, e.lang, []
    for cur in CURRENCY[lang]:
        i = t.find(cur)
        if i >= 0:
            a = i - 1 if i and t[i - 1] == " " else i
            out.append(("currency dropped", t[:a] + t[i + len(cur) :]))
            repl = EUROS[lang]
            if lang in ("fr", "es") and not cur.startswith("de "):
                repl = repl.split(" ", 1)[-1].lstrip("d’")
            out.append(("currency changed ($ -> €)", t[:i] + repl + t[i + len(cur) :]))
            break
    for pct, permille in PERCENT[lang]:
        if pct in t:
            out.append(("per cent -> per mille", t.replace(pct, permille, 1)))
            out.append(
                ("per cent dropped", t.replace(" " + pct.strip(), "", 1).replace(pct, "", 1))
            )
            break
    if not any(c in t for c in CURRENCY[lang]):
        m = re.search(SCALE_AFTER[lang], t)
        if m:
            out.append(("currency added", t[: m.end()] + ADDED_CURRENCY[lang] + t[m.end() :]))
    return out


def _find_name(t: str, form: str, lang: str) -> re.Match[str] | None:
    """A name (or country) in the text; in Russian every word may take a case ending."""
    if lang == "zh":
        return re.search(re.escape(form), t)
    tail = r"\w{0,3}" if lang == "ru" else ""
    words = r"\s+".join(re.escape(w) + tail for w in form.split())
    return re.search(r"(?<!\w)" + words + r"(?!\w)", t)


def _name(e: Clean, rng: random.Random, known: dict[str, dict[str, str]]) -> Variants:
    t, lang = e.msgstr, e.lang
    for term in sorted(known, key=len, reverse=True):
        if not re.search(r"(?<!\w)" + re.escape(term) + r"(?!\w)", e.msgid):
            continue
        m = _find_name(t, known[term][lang], lang)
        if m is None:
            continue
        head, found, tail = t[: m.start()], m.group(), t[m.end() :]
        words = found.split(" ")
        k = max(range(len(words)), key=lambda j: len(words[j]))
        words[k] = _misspell(words[k], rng)
        out = [("name misspelt", head + " ".join(words) + tail)]
        others = [n for n in known if n.split()[-1] != term.split()[-1] and " " in n]
        other = known[rng.choice(sorted(others))][lang]
        out.append(("name replaced by another person's", head + other + tail))
        for word, forms in NAME_AS_WORD.items():
            if word in term.split():
                lit = forms[lang]
                form_word = known.get(word, {}).get(lang, word)
                out.append(("name translated word for word", t.replace(form_word, lit, 1)))
        return out
    return []


def _country(e: Clean, rng: random.Random) -> Variants:
    t, lang, out = e.msgstr, e.lang, []
    for country, forms in COUNTRIES.items():
        if country not in e.msgid and not (country == "Haiti" and "Haitian" in e.msgid):
            continue
        form = forms[lang]
        m = _find_name(t, form, lang) if lang != "ru" else re.search(re.escape(form) + r"\w*", t)
        if m is None:
            continue
        other = rng.choice(OTHER[lang])
        out.append(("wrong country", t[: m.start()] + other + t[m.end() :]))
        out.append(("country added", t[: m.end()] + ADDED_COUNTRY[lang] + t[m.end() :]))
        out.append(("country misspelt", t[: m.start()] + _misspell(m.group(), rng) + t[m.end() :]))
        break
    for word, other in DEMONYMS[lang]:
        m = re.search(("" if lang == "zh" else r"(?<!\w)") + re.escape(word) + r"(?!\w)", t)
        if m:
            out.append(("wrong demonym", t[: m.start()] + other + t[m.end() :]))
            break
    return out


def _url(e: Clean, rng: random.Random) -> Variants:
    t, out = e.msgstr, []
    for m in re.finditer(r"https?://[^\s)\]]+[^\s)\].,]|" + _EMAIL, t):
        s = m.group()
        if "@" in s and "://" not in s:
            bad, label = (
                "info." + s if rng.random() < 0.5 else s.replace("@", "s@", 1),
                "e-mail changed",
            )
        elif ".org" in s:
            bad, label = s.replace(".org", ".com", 1), "URL domain changed"
        else:
            bad, label = s.rstrip("/") + "/en", "URL path changed"
        out.append((label, t[: m.start()] + bad + t[m.end() :]))
    link = re.search(r"\[([^\]]+)\]\(([^)]+)\)", t)
    if link:
        out.append(
            ("link reduced to its text", t[: link.start()] + link.group(1) + t[link.end() :])
        )
    if "**" in t:
        out.append(("bold dropped", t.replace("**", "")))
        out.append(("one ** dropped", t.replace("**", "", 1)))
    return out


def _untranslated(e: Clean, rng: random.Random) -> Variants:
    src = e.msgid.split()
    out = []
    if len(src) >= 3:
        out.append(("source copied", e.msgid))
    if len(src) >= 8:
        english = " ".join(src[len(src) // 2 :])
        if e.lang == "zh":
            cut = len(e.msgstr) // 2
            out.append(("second half left in English", e.msgstr[:cut] + english))
        else:
            words = e.msgstr.split(" ")
            out.append(
                ("second half left in English", " ".join([*words[: len(words) // 2], english]))
            )
    return out


def _size(part: str, lang: str) -> str:
    return "long" if tokens(part, lang) > LONG else "short"


def _repetition(e: Clean, rng: random.Random) -> Variants:
    t, lang, out = e.msgstr, e.lang, []
    end = _end(t)
    body, final = t[:end], t[end:]
    if tokens(body, lang) < 4:
        return []
    sep = "" if lang == "zh" else " "
    # a phrase of two to four tokens, said twice
    if lang == "zh":
        runs = [m for m in re.finditer(r"[\u3400-\u9fff]{4,}", body)]
        if runs:
            r = rng.choice(runs)
            i = rng.randrange(r.start(), r.end() - 3)
            n = rng.randrange(2, 5)
            phrase = body[i : i + n]
            out.append(("phrase repeated (short)", body[: i + n] + phrase + body[i + n :] + final))
    else:
        words = body.split(" ")
        n = rng.randrange(2, 5)
        i = rng.randrange(0, max(1, len(words) - n))
        said_twice = words[: i + n] + words[i : i + n] + words[i + n :]
        out.append(("phrase repeated (short)", " ".join(said_twice) + final))
    parts = CLAUSE_BREAK.split(body)
    if len(parts) >= 3:
        last = parts[-1].strip()
        out.append(
            (f"last clause repeated ({_size(last, lang)})", body + parts[-2] + sep + last + final)
        )
    out.append((f"sentence repeated ({_size(t, lang)})", t + sep + t))
    return out


def _clause(e: Clean, rng: random.Random) -> Variants:
    t, lang = e.msgstr, e.lang
    end = _end(t)
    body, final = t[:end], t[end:]
    matches = list(CLAUSE_BREAK.finditer(body))
    if not matches:
        return []
    m = matches[-1]
    head, last = body[: m.start()], body[m.end() :]
    need = 4 if lang == "zh" else 3
    if tokens(last, lang) < need or tokens(head, lang) < need:
        return []
    return [("last clause dropped", head + final)]


def _quotation(e: Clean, rng: random.Random) -> Variants:
    if not any(q in e.msgid for q in "“”"):
        return []
    t = e.msgstr
    if not any(q in t for q in QUOTE_MARKS):
        return []
    bad = re.sub(r"«[\u00a0\u202f ]?|[\u00a0\u202f ]?»|[“”„]", "", t)
    return [("quote marks dropped", bad)]


def _negation(e: Clean, rng: random.Random) -> Variants:
    t = e.msgstr
    for pattern, repl in NEGATIONS[e.lang]:
        bad = re.sub(pattern, repl, t, count=1)
        if bad != t:
            return [("negated", bad)]
    return []


def _makers(
    known: dict[str, dict[str, str]],
) -> dict[str, Callable[[Clean, random.Random], Variants]]:
    return {
        "number": _number,
        "unit": _unit,
        "name": lambda e, rng: _name(e, rng, known),
        "country": _country,
        "url": _url,
        "untranslated": _untranslated,
        "repetition": _repetition,
        "clause": _clause,
        "quotation": _quotation,
        "negation": _negation,
    }


def candidates(entries: Iterable[Clean], seed: int) -> list[Fault]:
    """Every fault variant that applies to each entry (one random draw per entry and kind)."""
    makers = _makers(names())
    out = []
    for e in entries:
        for kind in KINDS:
            rng = random.Random(f"{seed}:{kind}:{e.lang}:{e.msgid}")
            for variant, bad in makers[kind](e, rng):
                if bad != e.msgstr and bad.strip():
                    out.append(Fault(kind, variant, e, bad))
    return out


def faults(entries: Iterable[Clean], seed: int = 13, per_kind: int = 130) -> list[Fault]:
    """At most `per_kind` faults of each kind, taken in turn from each (language, variant) group
    after a seeded shuffle: every language and every variant is represented."""
    pool = candidates(entries, seed)
    rng = random.Random(seed)
    groups: dict[str, dict[tuple[str, str], list[Fault]]] = defaultdict(lambda: defaultdict(list))
    for f in pool:
        groups[f.kind][(f.clean.lang, f.variant)].append(f)
    chosen: list[Fault] = []
    for kind in KINDS:
        queues = [groups[kind][k] for k in sorted(groups[kind])]
        for q in queues:
            rng.shuffle(q)
        taken = 0
        while taken < per_kind and any(queues):
            for q in queues:
                if q and taken < per_kind:
                    chosen.append(q.pop())
                    taken += 1
    return chosen
