"""Negation in text, per language: the words that make a statement negative, and the words
that may say a negation another way.

A negation flipped ("Pakistan supports" -> "le Pakistan ne soutient pas") keeps every figure,
name and country; the one trace it leaves is a negation on one side only. Two sets per
language:

- **strong**, a negation proper that reads the same in any context: en "not", "never", "no";
  fr "ne ... pas", "jamais"; es "no", "nunca"; pt "não"; ru "не", "нет"; ar "لا", "لم", "لن",
  "ليس"; zh "不", "没有", "未"; ur "نہیں". Set phrases that hold such a word and negate
  nothing are blanked first ("not only", "no more than", "non seulement", "не только", "不断",
  "不同", "未来", "لا سيما", "لا يزال", Arabic "لم ... إلا" which says "only").
- **weak**, what may say a negation without a particle, or hold one that negates nothing:
  "without", "unable", "fail", "lack", "only" (fr "ne ... que"), "non-governmental" (es "no
  gubernamental"), "less than" (zh "不到"), fr "ne" without its second word, ru words fused
  with "не-" ("невозможно"), zh "无", "非", ar "غير", "عدم".

In languages with negative concord (es, pt, ru) the negations of one clause close together
count once ("ни одна страна не"). `quality/negation` compares the counts. Pure data and pure
functions; a language without a table has no negations read (the check is silent for it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workflow.lang.languages import Language


@dataclass(frozen=True)
class _Table:
    strong: str  # pattern of a negation
    weak: str  # pattern of what may carry or replace one
    ignore: str = ""  # set phrases blanked first (negate nothing)
    # set phrases a translation may say with or without a negation ("not only", "不仅"):
    # blanked for the negations proper, counted with the weak words
    either: str = ""
    concord: bool = False  # negative concord: "no ... ni ... ninguna" is one negation


_B, _E = r"(?<!\w)", r"(?!\w)"  # word edges that hold for every script


def _words(*words: str) -> str:
    return _B + "(?:" + "|".join(words) + ")" + _E


TABLES: dict[str, _Table] = {
    "en": _Table(
        strong=_words(
            "not",
            "never",
            "no",
            "none",
            "nothing",
            "nobody",
            "no one",
            "neither",
            "nor",
            "cannot",
            r"\w+n[’']t",
        ),
        weak=_words(
            "without",
            "only",
            "merely",
            "solely",
            "unless",
            "ever",
            "less",
            "fewer",
            "least",
            "under",
            "below",
            "free",
            "gone",
            "cut off",
            r"stop\w*",
            "except",
            "hardly",
            "barely",
            "rarely",
            "seldom",
            "lack",
            "lacks",
            "lacked",
            "lacking",
            r"absen\w+",
            r"fail\w*",
            r"refus\w+",
            "unable",
            "inability",
            r"impossib\w+",
            r"insufficien\w+",
            r"inadequa\w+",
            r"inequalit\w+",
            r"inequit\w+",
            r"(?-i:mal[a-z]{4,})",  # malnutrition, malnourished (not Mali, Malawi)
            r"insecur\w+",
            r"instabil\w+",
            r"illegal\w*",
            r"illicit\w*",
            r"non-?\w+",
            # un- words; not the common ones that negate nothing
            r"(?-i:[Uu]n(?!it|ion|der|til|ique|ivers|animous|fold|veil|leash|ravel)[a-z]{3,})",
            r"\w+less\w*",
        ),
        either=_words(r"(?:not|\w+n[’']t) (?:only|just|merely|simply)"),
        ignore=_words(
            "not least",
            "no more than",
            "no fewer than",
            "no less than",
            "no later than",
            "whether or not",
            r"no\.?(?=\s?\d)",
        ),
    ),
    "fr": _Table(
        strong=_B
        + r"n(?:e|[’'])\s*(?:\w+[\s’']+){0,4}?(?:pas|jamais|plus|rien|aucun|aucune|personne"
        + r"|nullement|guère|point|ni)"
        + _E
        + "|"
        + _words("aucun", "aucune", "jamais", "ni", "nul", "nulle"),
        weak=_words(
            "sans",
            "non",
            "ne",
            "n",
            "seulement",
            "uniquement",
            "sauf",
            "hormis",
            "excepté",
            "guère",
            r"impossib\w+",
            r"incapab\w+",
            r"insuffis\w+",
            r"inacceptab\w+",
            r"inégal\w+",
            r"insécurit\w+",
            r"instabilit\w+",
            r"illégal\w*",
            r"illicite\w*",
            r"absen\w+",
            r"manqu\w+",
            "faute",
            r"refus\w*",
            r"échou\w*",
            r"échec\w*",
            r"non-?\w+",
        ),
        either=_words("non seulement", "pas seulement", "pas simplement", "pas uniquement"),
        ignore=_words(
            "non plus que",
            "ne serait-ce",
            r"n[’']est-ce pas",
            # a superlative "ever": "la plus chaude jamais enregistrée", "la pire jamais vue"
            r"(?:plus|moins|pire|pires|meilleure?s?)\s+(?:\w+\s+){0,2}jamais",
            "jamais vu",
            "jamais vue",
            "jamais vus",
        ),
    ),
    "es": _Table(
        strong=_words(
            "no",
            "nunca",
            "jamás",
            "ningún",
            "ninguna",
            "ninguno",
            "nada",
            "nadie",
            "ni",
            "tampoco",
        ),
        weak=_words(
            "sin",
            "solo",
            "sólo",
            "solamente",
            "únicamente",
            "salvo",
            "excepto",
            "apenas",
            r"imposib\w+",
            r"incapa\w+",
            r"insuficien\w+",
            r"inaceptab\w+",
            r"desigual\w*",
            r"insegur\w+",
            r"inestab\w+",
            r"ilegal\w*",
            r"ilícit\w+",
            r"ausen\w+",
            r"falta\w*",
            r"carec\w+",
            r"rechaz\w+",
            r"fracas\w+",
            r"fall\w+",
            "a menos",
        ),
        either=_words("no solo", "no sólo", "no solamente", "no únicamente", "no simplemente"),
        ignore=_words(
            "no obstante",
            r"no\.?(?=\s?\d)",
            # a superlative "ever": "uno de los más duraderos jamás registrados"
            r"(?:más|menos|peor|peores|mejor|mejores)\s+(?:\w+\s+){0,2}(?:jamás|nunca)",
        ),
        concord=True,
    ),
    "pt": _Table(
        strong=_words("não", "nunca", "jamais", "nenhum", "nenhuma", "nada", "ninguém", "nem"),
        weak=_words(
            "sem",
            "apenas",
            "só",
            "somente",
            "salvo",
            "exceto",
            r"impossív\w+",
            r"incapa\w+",
            r"insuficien\w+",
            r"inaceitá\w+",
            r"desigual\w*",
            r"insegur\w+",
            r"ilega\w+",
            r"ausên\w+",
            r"falta\w*",
            r"carec\w+",
            r"recus\w+",
            r"fracass\w+",
            r"falh\w+",
        ),
        either=_words("não só", "não apenas", "não somente", "não simplesmente"),
        ignore=_words(
            "no entanto",
            r"(?:mais|menos|pior|piores|melhor|melhores)\s+(?:\w+\s+){0,2}(?:jamais|nunca)",
        ),
        concord=True,
    ),
    "ru": _Table(
        strong=_words(
            "не",
            "ни",
            "нет",
            "никогда",
            "ничего",
            "ничто",
            "ничем",
            "никто",
            "никого",
            "никому",
            "нигде",
            r"никак\w*",
            "нельзя",
        ),
        weak=_words(
            "без",
            r"не\w{3,}",  # fused: невозможно, недостаточно, неравенство, незаконный
            r"отсутств\w+",
            r"нехватк\w+",
            r"отказ\w+",
            r"провал\w*",
            r"безуспешн\w+",
            "лишь",
            "только",
            "кроме",
            "исключением",
        ),
        either=_words("не только", "не просто", "не лишь"),
        ignore=_words("не менее", "не более", "не раз", "не позднее"),
        concord=True,
    ),
    "ar": _Table(
        strong=_B + r"[وف]?(?:لا|لم|لن|ليس|ليست|ليسوا|لسنا|أليس|أليست|ألا)" + _E,
        weak=_B
        + r"[وف]?(?:بلا|بدون|غير|دون|عدم|إلا|الا|فقط|سوى|نقص|انعدام|لولا"
        + r"|رفض\w*|فشل\w*|تعذر\w*|عجز\w*|لا\w+|بلا\w+)"
        + _E,
        either=_B
        + r"[وف]?(?:ليس فقط|(?:لا|ليس|ليست|ليسوا)\s+(?:[^\s.؟!،]+\s+){0,6}?(?:فحسب|فقط))"
        + _E,
        ignore=_B
        + r"[وف]?(?:لا سيما|لاسيما|لا يزال|لا تزال|لا يزالون|لا تزالان|ما زال|ما زالت"
        + r"|لا بد|لابد"
        # "لم ... إلا", "لا ... سوى": "only"
        + r"|(?:لا|لم|لن|ليس)\s+(?:[^\s.؟!]+\s+){0,15}?(?:إلا|سوى))"
        + _E,
    ),
    "zh": _Table(
        # not the words where 不/未 is part of a word for a lack (不平等 inequality, 不足
        # insufficient, 营养不良 malnutrition): those may say an English un-, in-, mal-
        strong=r"没有|没|未(?!来|满)|不(?!平等|良|稳定|安全|确定|足|利|公|满|到)|并非|绝非|勿",
        weak=r"无|非|缺|拒|仅仅|仅|只有|只是|除|难以|失败|不到|未满|停止|不平等|不良|不稳定|不安全"
        + r"|不确定|不足|不利|不公|不满",
        either=r"不仅|不但|不只|不光",
        ignore=r"不断|不同|不少|不久|不论|不管|不过|未来|前所未有|不得不|不可或缺"
        + r"|毫不犹豫|不遗余力|非常|不安|停滞不前",
    ),
    "ur": _Table(
        strong=_words("نہیں", "نہ", "مت", "بغیر", "بنا"),
        weak=_B + r"(?:غیر|عدم|کمی|صرف|ناکام\w*|سوائے|بے\w*|نا\w+)" + _E,
        either=_words("نہ صرف"),
    ),
}


def _clitics(*words: str) -> frozenset[str]:
    return frozenset(p + w for p in ("", "و", "ف") for w in words)


TRIGGERS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "not never no none nothing nobody neither nor cannot t".split()
    ),  # "t": of "don't", "isn’t"
    "fr": frozenset("ne n aucun aucune jamais ni nul nulle".split()),
    "es": frozenset("no nunca jamás ningún ninguna ninguno nada nadie ni tampoco".split()),
    "pt": frozenset("não nunca jamais nenhum nenhuma nada ninguém nem".split()),
    "ru": frozenset(
        "не ни нет никогда ничего ничто ничем никто никого никому нигде нельзя никак никакой "
        "никакая никакое никакие никакого никаких никаким никакими никакую".split()
    ),
    "ar": _clitics("لا", "لم", "لن", "ليس", "ليست", "ليسوا", "لسنا", "أليس", "أليست", "ألا"),
    "ur": frozenset("نہیں نہ مت بغیر بنا".split()),
}
TRIGGER_CHARS = {"zh": "没未不并绝勿"}


@lru_cache(maxsize=32)
def _compiled(base: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]:
    """The language's strong and weak patterns, and its set phrases (ignored, then either
    way) as one pattern whose group "either" is set for the second kind."""
    table = TABLES[base]
    flags = re.IGNORECASE
    phrases = [f"(?:{table.ignore})"] if table.ignore else []
    phrases += [f"(?P<either>{table.either})"] if table.either else []
    return (
        re.compile(table.strong, flags),
        re.compile(table.weak, flags),
        re.compile("|".join(phrases), flags) if phrases else None,
    )


def supported(language: Language) -> bool:
    return language.base in TABLES


def _may_negate(text: str, base: str) -> bool:
    """False when the text holds none of the words a negation of the language needs."""
    chars = TRIGGER_CHARS.get(base)
    if chars is not None:
        return any(c in text for c in chars)
    words = TRIGGERS.get(base)
    if words is None:
        return True
    trigger = _trigger(base)
    if trigger is not None:
        return trigger.search(text.lower()) is not None
    return not words.isdisjoint(_TOKEN.findall(text.lower()))


@lru_cache(maxsize=32)
def _trigger(base: str) -> re.Pattern[str] | None:
    """A trigger word of the language as a whole `_TOKEN` (a run of word characters no word
    character touches): one search, not the text's words listed (None: a trigger is not made
    of word characters only)."""
    words = TRIGGERS[base]
    if not all(_TOKEN.fullmatch(w) for w in words):
        return None
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def strong(text: str, language: Language) -> tuple[str, ...]:
    """The negations proper of a text in `language` (none for a language without a table);
    in a language with negative concord, those of one clause close together count once."""
    base = language.base
    if base not in TABLES or not _may_negate(text, base):
        return ()
    pattern, _, phrases = _compiled(base)
    if phrases is not None:
        text = phrases.sub(lambda m: " " * len(m.group()), text)
    concord = TABLES[base].concord
    found: list[str] = []
    last = -1
    for m in pattern.finditer(text):
        if concord and last >= 0 and _ONE_CLAUSE.fullmatch(text, last, m.start()):
            # negative concord: "ни одна страна не", "no recibieron ni ... ninguna", "Ничто не"
            found[-1] += " … " + " ".join(m.group().split())
        else:
            found.append(" ".join(m.group().split()))
        last = m.end()
    return tuple(found)


def weak(text: str, language: Language) -> int:
    """How many words of a text may say a negation another way ("unable", "non-", "only"),
    or are a set phrase a translation says with or without one ("not only", "不仅")."""
    if language.base not in TABLES:
        return 0
    pattern, words, phrases = _compiled(language.base)
    either = 0
    if phrases is not None:
        either = sum(1 for m in phrases.finditer(text) if m.groupdict().get("either"))
        text = phrases.sub(" ", text)
    return either + len(words.findall(pattern.sub(" ", text)))


_TOKEN = re.compile(r"\w+")
# between two negations of one clause: a few words, no clause mark
_ONE_CLAUSE = re.compile(r"[^,;:.!?،؛，；：。！？()]{0,60}")
