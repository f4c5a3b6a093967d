"""The repetition check: no looping words or phrases ("the the the", a sentence twice), the
usual failure of machine translation on long or odd input.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress
from operator import eq

from workflow.lang.languages import Language
from workflow.lang.words import FUNCTION_WORDS
from workflow.lang.writing import UNSPACED_SCRIPTS, letter_scripts
from workflow.problems import Problem, Severity
from workflow.quality.registry import Context, EntryView, problem, register
from workflow.quality.text import plain
from workflow.source import inline

_UNSPACED_TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f]+|\d+|[^\W\d_]|[%$€£¥]")
_SPACED_TOKEN = re.compile(r"\w+|[%$€£¥]")


@lru_cache(maxsize=4096)  # the source's tokens are asked for more than once
def _tokens(text: str, language: Language) -> tuple[str, ...]:
    """Words (characters in Chinese and Japanese), currency and per cent signs; code spans,
    URLs and e-mails one token each."""
    spans = sorted(
        ([m.span() for m in inline.CODE.finditer(text)] if "`" in text else [])
        + inline.url_spans(text)
        + ([m.span() for m in inline.EMAIL.finditer(text)] if "@" in text else [])
    )
    tokens: list[str] = []
    word = _UNSPACED_TOKEN if letter_scripts(language) & UNSPACED_SCRIPTS else _SPACED_TOKEN
    last = 0
    for a, b in [*spans, (len(text), len(text))]:
        if a < last:
            continue
        tokens += word.findall(text[last:a].lower())
        if b > a:
            tokens.append(text[a:b])
        last = b
    return tuple(tokens)


def _twice(tokens: Sequence[str], counts: Counter[str]) -> bytes:
    """A byte a token: 1 where the token occurs more than once in the text, else 0. A run
    said twice (or a loop) is a run of 1s: where there is none, the loops and spans below
    need not be looked for (a test in C)."""
    recurring = {t for t, n in counts.items() if n > 1}
    return bytes(map(recurring.__contains__, tokens)) if recurring else b""


def _loops(tokens: Sequence[str], max_n: int = 24) -> list[tuple[str, int]]:
    """Consecutive repeats: n-grams of 1-3 tokens three times or more, longer ones twice."""
    found: list[tuple[str, int]] = []
    size = len(tokens)
    # the next place each token occurs again: a repeat of length n starting at i needs the
    # token at i again at i + n, so only those n are tried (most tokens recur far or never)
    nxt = [size] * size
    seen: dict[str, int] = {}
    for k in range(size - 1, -1, -1):
        nxt[k] = seen.get(tokens[k], size)
        seen[tokens[k]] = k
    i = 0
    while i < size:
        hit = False
        j = nxt[i]
        while j < size and j - i <= max_n:
            n = j - i
            if i + 2 * n > size:
                break
            gram = tokens[i:j]
            reps = 1
            while tokens[i + reps * n : i + (reps + 1) * n] == gram:
                reps += 1
            if reps >= (3 if n <= 3 else 2):
                found.append((" ".join(gram), reps))
                i += reps * n
                hit = True
                break
            j = nxt[j]
        if not hit:
            i += 1
    return found


def _repeated_span(
    tokens: Sequence[str], n: int, function: frozenset[str] = frozenset()
) -> tuple[int, int]:
    """The longest run of tokens (n at least) that occurs twice, the second time after the
    first ends: (its start, its length), or (0, 0). A sentence or clause said twice, however
    far apart and however long. With `function` words, a run of them alone ("of the") counts
    for nothing."""
    if len(tokens) < 2 * n:
        return 0, 0
    first: dict[tuple[str, ...], int] = {}
    best = (0, 0)
    for i in range(len(tokens) - n + 1):
        gram = tuple(tokens[i : i + n])
        j = first.setdefault(gram, i)
        if j + n <= i:
            length = n
            while (
                i + length < len(tokens)
                and j + length < i
                and (tokens[j + length] == tokens[i + length])
            ):
                length += 1
            if length > best[1] and (
                not function or any(t not in function for t in tokens[j : j + length])
            ):
                best = (j, length)
    return best


# A run of this many tokens said twice is a repetition (characters in Chinese and Japanese:
# the reviewed catalogs here repeat at most 3 words, or 5 characters, within an entry); the
# source with a repeated run of `_SPAN_SOURCE` tokens makes it a warning, or of
# `_SHORT_SOURCE` tokens for a run shorter than `_SPAN_LONG` (a name the source says twice).
_SPAN_ERROR = {"spaced": 5, "unspaced": 8}
_SPAN_LONG = {"spaced": 7, "unspaced": 14}
_SPAN_SOURCE = 5
_CONTENT_WORDS = 3  # ... of which this many content words at least
_SHORT_SOURCE = 2


def _masked(text: str) -> str:
    """The text with code spans, URLs and e-mails blanked (a link said twice is no phrase)."""
    if not any(mark in text for mark in ("`", "@", ".", ":")):  # no URL, e-mail or code
        return text
    spans = (
        ([m.span() for m in inline.CODE.finditer(text)] if "`" in text else [])
        + inline.url_spans(text)
        + ([m.span() for m in inline.EMAIL.finditer(text)] if "@" in text else [])
    )
    for a, b in spans:
        text = text[:a] + "\0" * (b - a) + text[b:]
    return text


_SPACED_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f\u0640\u064b-\u065f\u0670])+")  # marks kept
# the same words, as `re.split` keeps them (runs of each class in turn: fewer steps); in a text
# without those marks, runs of letters and digits (one class: far faster)
_SPACED_SPLIT = re.compile(r"((?:[^\W_]+|[\u0300-\u036f\u0640\u064b-\u065f\u0670]+)+)")
_LETTERS_SPLIT = re.compile(r"([^\W_]+)")
_MARKS = re.compile(r"[\u0300-\u036f\u0640\u064b-\u065f\u0670]")
_BETWEEN = re.compile(r"[\s,;:،؛–—-]*")  # what may stand between a phrase and its double
# Two to twelve characters (figures and commas inside too: "400多万", "申，巴") said again right
# after (or after a dash: "纽约——纽约"), or three to twelve after a comma (two may be said
# again after one: "袭击，袭击造成"); at least two of them Chinese or Japanese (not "20" in
# "2020年"). One character said twice is Chinese reduplication (人人, 常常) or two words
# meeting (联合国国际, 大会会议): not reported.
_U = "\u3400-\u9fff\u3040-\u30ff"
_UNSPACED_TWICE = re.compile(
    rf"([{_U}\d][{_U}\d，、·]{{0,10}}[{_U}\d])(?:——|—)?\1"
    rf"|([{_U}\d][{_U}\d，、·]{{1,10}}[{_U}\d])[，、,;；：:\s—]+\2"
)
_CJK = re.compile("[\u3400-\u9fff\u3040-\u30ff]")


@lru_cache(maxsize=64)
def _function_words(base: str) -> frozenset[str]:
    return frozenset(FUNCTION_WORDS.get(base, "").split())


# Languages that say a word twice as grammar (Urdu "ساتھ ساتھ", Hindi "धीरे धीरे", Turkish
# "yavaş yavaş", Persian, Indonesian): a word said twice there is only a warning.
_REDUPLICATING = frozenset(
    "ur hi fa tr id ms bn pa ta te mr gu ne tl vi th sw az uz kk ky ps".split()
)
# Words good prose says twice in a row ("nous nous engageons", "en en tirant les leçons",
# "Frauen, die die Kinder", "he had had", "من من" for "from those who"): a warning.
_TWICE_IN_PROSE = {
    "en": frozenset({"had", "that"}),
    "fr": frozenset({"nous", "vous", "en"}),
    "de": frozenset({"die", "der", "das"}),
    "nl": frozenset({"die", "dat"}),
    "ar": frozenset({"رويدا", "رويداً", "من"}),
}
# Words said twice around a preposition as an adverb ("peu à peu", "pas à pas", "poco a poco",
# "paso a paso", "uno por uno"), the preposition then said again for what follows ("s’étend
# peu à peu à de nouvelles zones"): the pair "peu à" twice is good prose, a warning.
_REDUPLICATED_BY = {
    "fr": frozenset({"à", "par"}),
    "es": frozenset({"a", "por", "tras"}),
    "pt": frozenset({"a", "por"}),
    "it": frozenset({"a", "per"}),
}
# A word taken up again after a dash or a colon is an apposition, a figure of style: "иная
# картина — картина единения", "a peace — peace that lasts", "2024 год: год рекордов" (2024:
# a year of records): a warning, not a slip.
_DASH = re.compile("[–—:]")
# A source that names something ("He called it the fastest-growing refugee crisis"): French
# says "il a qualifié cette crise de crise de réfugiés", the noun twice.
_NAMING = re.compile(
    r"\b(?:call|describ|term|label|dub|brand|characteri[sz]|qualif|nam)(?:e|es|ed|ing|s)?\b",
    re.IGNORECASE,
)


def _may_name_twice(source: str) -> bool:
    """The source names something (`_NAMING`): its translation may say a noun twice
    ("qualifié cette crise de crise de réfugiés")."""
    return bool(_NAMING.search(source))


# A Chinese quantity and its measure word said twice, as the language says "whole swathes",
# "one after another": "整片整片", "一批一批", "大片大片", "成片成片" (a warning)
_QUANTITY_HEADS = frozenset("一整大成每")


def doubled(text: str, language: Language, source: str = "") -> list[tuple[str, Severity]]:
    """Phrases said twice in a row ("de una de una", "afirmó, afirmó", "伙伴伙伴"), which the
    loop detector lets pass below three repeats: the usual slip of an engine or an editor's
    paste. An error, except a warning for what good prose may say twice: a word in a language
    that doubles words as grammar (Urdu, Hindi, Turkish), a word of `_TWICE_IN_PROSE`, a
    function word after a comma ("nous, nous"), a word taken up after a dash ("une paix —
    paix durable"), and a pair
    of a content word and a function word when the source names something ("qualifié cette
    crise de crise de réfugiés" for "called it the refugee crisis")."""
    text = _masked(text)
    brackets: list[tuple[str, Severity]] = []
    if "(" in text or "（" in text:
        # a bracket said again right after: "(PNUD) (PNUD)", "（世卫组织）（世卫组织）"
        brackets = [(m.group(1), "error") for m in _BRACKET_TWICE.finditer(text)]
        text = _BRACKET_TWICE.sub(r"\1", text)
    if letter_scripts(language) & UNSPACED_SCRIPTS:
        return brackets + [
            (w, "warning" if len(w) == 2 and w[0] in _QUANTITY_HEADS else "error")
            for m in _UNSPACED_TWICE.finditer(text)
            if len(_CJK.findall(w := m.group(1) or m.group(2))) >= 2
        ]
    return brackets + _doubled_words(text, language, source)


# A bracket said twice in a row: "(PNUD) (PNUD)"
_BRACKET_TWICE = re.compile(r"([(（][^()（）]{1,80}[)）])\s*\1")


def _doubled_words(text: str, language: Language, source: str) -> list[tuple[str, Severity]]:
    """`doubled` in a language that spaces its words."""
    folded = text.casefold()
    if len(folded) == len(text):  # one character for one: the same words at the same places
        # separators and words in turn: what stands between words k and k + 1 is parts[2k + 2]
        split = _SPACED_SPLIT if _MARKS.search(folded) else _LETTERS_SPLIT
        parts = split.split(folded)
        tokens = parts[1::2]
    else:
        matches = list(_SPACED_WORD.finditer(text))
        tokens = [m.group().casefold() for m in matches]
        parts = []
    size = len(tokens)
    if len(set(tokens)) == size:
        return []  # no word said twice at all
    found: list[tuple[str, Severity]] = []
    # the places where a word is said again within four words (found in C): the only ones to
    # look at; most texts have none
    places: set[int] = set()
    for n in (1, 2, 3, 4):
        places.update(compress(range(size - 2 * n + 1), map(eq, tokens, tokens[n:])))
    if not places:
        return []
    i = 0
    for place in sorted(places):
        if place < i:
            continue
        i = place
        first = tokens[i]
        for n in (4, 3, 2, 1):
            if i + 2 * n > size or tokens[i + n] != first:  # cheap test first
                continue
            gram = tokens[i : i + n]
            if gram != tokens[i + n : i + 2 * n] or not any(c.isalpha() for w in gram for c in w):
                continue
            if parts:
                start = sum(map(len, parts[: 2 * (i + n)]))
                between = text[start : start + len(parts[2 * (i + n)])]
            else:
                between = text[matches[i + n - 1].end() : matches[i + n].start()]
            if not _BETWEEN.fullmatch(between) or (n == 1 and "-" in between):
                continue
            weak = False
            function = _function_words(language.base)
            if n == 1:
                word = gram[0]
                weak = (
                    language.base in _REDUPLICATING
                    or word in _TWICE_IN_PROSE.get(language.base, ())
                    or not any(c.isalpha() for c in word)
                    or ("," in between and word in function)
                    or _DASH.search(between) is not None
                )
            elif n == 2:
                mixed = (gram[0] in function or len(gram[0]) == 1) != (
                    gram[1] in function or len(gram[1]) == 1
                )
                weak = (mixed and _may_name_twice(source)) or (
                    gram[1] in _REDUPLICATED_BY.get(language.base, ()) and gram[0] not in function
                )
            found.append((" ".join(gram), "warning" if weak else "error"))
            i += 2 * n - 1
            break
        i += 1
    return found


# A name with its short form in brackets, the same words: UN Chinese writes "世界气象组织
# （气象组织）" for "World Meteorological Organization (WMO)", and a title in its marks
# "《联合国防治荒漠化公约》（《防治荒漠化公约》）". The bracket is no repetition.
_SHORT_FORM = re.compile(r"(\w{2,40})(》?)\s?[（(]《?\1》?[）)]")


def _without_short_forms(text: str) -> str:
    if "（" not in text and "(" not in text:
        return text
    return _SHORT_FORM.sub(r"\1\2", text)


# A short text said twice, whatever stands between ("Ginebra. Ginebra.", "He said so. He said
# so."): too short for the run of `_SPAN_ERROR` tokens. Longer ones are runs.
_SHORT_TEXT = 120


def _said_twice(text: str) -> str:
    """The text's first half if the text is that half said twice, else ""."""
    text = text.strip()
    if len(text) > 2 * _SHORT_TEXT or len(text) < 4:
        return ""
    half = len(text) // 2
    if text.find(text[:2], max(2, half - 4), half + 7) < 0:  # most texts: cheap test first
        return ""
    for cut in range(max(2, half - 4), min(len(text) - 1, half + 5)):
        head, tail = text[:cut].rstrip(), text[cut:].lstrip()
        if _norm_end(head) == _norm_end(tail) and any(c.isalpha() for c in head):
            return head
    return ""


def _norm_end(text: str) -> str:
    return text.rstrip(" .,;:!?。，；：！？、").casefold()


@register("repetition", "error", 'no looping words or phrases ("the the the", a sentence twice)')
def check_repetition(entry: EntryView, ctx: Context) -> list[Problem]:
    twice = _said_twice(entry.msgstr)
    if twice and not _said_twice(entry.msgid):
        return [problem("repetition", entry, f"{twice!r}: the whole text said twice")]
    unspaced = bool(letter_scripts(ctx.target) & UNSPACED_SCRIPTS)
    longest = 40 if unspaced else 24
    tokens = _tokens(_without_short_forms(entry.msgstr), ctx.target)
    counts = Counter(tokens)
    recur = _twice(tokens, counts)
    # a loop repeats three tokens at least (a word thrice, longer runs twice)
    tgt_loops = _loops(tokens, longest) if b"\1\1\1" in recur else []
    out = (
        _loop_problems(entry, ctx, tgt_loops) if tgt_loops else _repeated_ngrams(entry, ctx, counts)
    )
    if not tgt_loops:
        out += _doubled_problems(entry, ctx)
    out += _name_again(entry, ctx)
    n = _SPAN_ERROR["unspaced" if unspaced else "spaced"]
    start, length = _repeated_span(tokens, n) if b"\1" * n in recur else (0, 0)
    if length and not any(reps == 2 and len(g.split()) >= n for g, reps in tgt_loops):
        src = _tokens(entry.msgid, ctx.source)
        short = length < _SPAN_LONG["unspaced" if unspaced else "spaced"]
        # the source saying a name or phrase twice itself ("the United Nations ... the United
        # Nations"), not merely "of the" twice; a long phrase of the translation may be a
        # shorter one of the source, in half as many words ("for Disaster Risk Reduction",
        # "para la reducción del riesgo de desastres"), or in as many words as it has content
        # words ("World Fisheries and Aquaculture ... global fisheries and aquaculture", "mundial
        # de la pesca y la acuicultura" twice: three content words, the rest articles)
        run = tokens[start : start + length]
        # (an elided article, "l’", "d’", is no content word either)
        function = _function_words(ctx.target.base)
        content = sum(t not in function and (unspaced or len(t) > 1) for t in run)
        long_need = max(_SHORT_SOURCE + 1, min(_SPAN_SOURCE, (length + 1) // 2, content))
        need = _SHORT_SOURCE if short else long_need
        echo = _repeated_span(src, need, _function_words(ctx.source.base))[1]
        coordinated = _coordinated(tokens, start, length)
        compound = short and _one_word_term(src, run, tokens, ctx.source)
        # a run of two content words or fewer where the source says a content word twice
        # itself is a term said again ("du niveau de la mer" for "sea level" and "rising
        # seas"), no clause: a warning (Chinese: characters, counted as they are)
        few = (
            not unspaced
            and content < _CONTENT_WORDS
            and _times(tokens, run) <= _most_said(entry.msgid, ctx)
        )
        severity: Severity | None = "warning" if echo or coordinated or compound or few else None
        sep = "" if unspaced else " "
        shown = sep.join(tokens[start : start + length])
        out.append(
            problem("repetition", entry, f"{shown!r} ({length} tokens) said twice", severity)
        )
    return out


# A name's word said again right after it ("Martha Carvajalino Villegas Carvajalino", "Fu
# Cong Fu"): two capitalised words and the first again (in Latin and Cyrillic script; Arabic
# has no capitals, and such runs are prose there: "المملكة المتحدة والولايات المتحدة")
_NAME_AGAIN = re.compile(
    r"(?<![\w-])([A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'-]+)((?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'-]+){1,3})\s+\1(?![\w-])"
)


def _name_again(entry: EntryView, ctx: Context) -> list[Problem]:
    """A word of a name said again right after the name (`_NAME_AGAIN`), where the source
    says no such run itself. Of the 5,600 reviewed entries of the sets, no Latin or Cyrillic
    one has one."""
    out = [
        problem("repetition", entry, f"{short!r} said again right after the name {full}")
        for full, short in _glossary_name_again(entry, ctx)
    ]
    if out or not (letter_scripts(ctx.target) & {"Latn", "Cyrl"}):
        return out
    if _NAME_AGAIN.search(entry.msgid):
        return []
    return [
        problem(
            "repetition",
            entry,
            f"{m.group(1)!r} said again right after the name {m.group(1)}{m.group(2)}",
        )
        for m in _NAME_AGAIN.finditer(entry.msgstr)
    ]


def _glossary_name_again(entry: EntryView, ctx: Context) -> list[tuple[str, str]]:
    """A person's name of the glossary in the target's form, then at once the form of a
    shorter name of the glossary made of its words ("屈冬玉屈", "شو دونيو شو": Qu Dongyu, then
    Qu), where the source does not say them so: (the full form, the short one)."""
    names = [t for t in ctx.glossary.terms if t.kind == "name" and t.term in entry.msgid]
    out: list[tuple[str, str]] = []
    for full in names:
        for short in names:
            if short is full or short.term not in full.term.split():
                continue
            f = full.form(ctx.target.code) or full.term
            sh = short.form(ctx.target.code) or short.term
            # (no word's end after it in Chinese: "屈冬玉屈说")
            end = "" if ctx.target.base in ("zh", "ja") else r"(?![^\W\d_])"
            pattern = re.escape(f) + r"[\s·]*" + re.escape(sh) + end
            said = re.escape(full.term) + r"\s*" + re.escape(short.term) + r"(?!\w)"
            if re.search(pattern, entry.msgstr) and not re.search(said, entry.msgid):
                out.append((f, sh))
    return out


# An English term of one long word ("peacebuilding", "peacekeeping", "stakeholders"), written
# closed, which French and Spanish say in several ("la consolidation de la paix", "las
# operaciones de mantenimiento de la paz"): a source that says it as often as the translation
# says its run of words (a short one) has the run's repetition itself.
_TERM_LETTERS = 10


def _one_word_term(
    src: Sequence[str], run: Sequence[str], tokens: Sequence[str], source: Language
) -> bool:
    """Whether the source says a long content word (`_TERM_LETTERS` letters at least) as many
    times as the translation says the run (twice at least): the run is that word's
    translation, said as often."""
    size = len(run)
    said = sum(tuple(tokens[i : i + size]) == tuple(run) for i in range(len(tokens) - size + 1))
    function = _function_words(source.base)
    return any(
        n >= said and len(w) >= _TERM_LETTERS and w.isalpha() and w not in function
        for w, n in Counter(src).items()
        if n >= 2
    )


# A head said again in a coordination: "los países con un IDH bajo y los países con un IDH muy
# alto" for "low-HDI and very-high-HDI countries" (the source's compound adjectives share one
# head, the translation's phrases each their own): a warning
_COORDINATORS = frozenset("and or y e o u et ou и или а و أو 和 与 及 或".split())
_COORDINATION_GAP = 6


def _coordinated(tokens: Sequence[str], start: int, length: int) -> bool:
    """Whether the run said twice at `start` is a head said again in a coordination: a word
    of its own after it (a modifier), then a word that coordinates, the run again a few words
    later and a word of its own after that ("A x y A z"; not "A y A", a clause said twice)."""
    run = tuple(tokens[start : start + length])
    end = start + length
    if end >= len(tokens) or tokens[end] in _COORDINATORS:
        return False
    for i in range(end + 1, min(len(tokens) - length, end + _COORDINATION_GAP) + 1):
        if tuple(tokens[i : i + length]) == run:
            after = tokens[i + length] if i + length < len(tokens) else ""
            return (
                bool(after)
                and after != tokens[end]
                and any(t in _COORDINATORS for t in tokens[end:i])
            )
    return False


def _loop_problems(
    entry: EntryView, ctx: Context, tgt_loops: list[tuple[str, int]]
) -> list[Problem]:
    # the source looping as often itself (a chant, a stammer quoted), or each phrase said
    # twice across a clause's punctuation where the source says a content word of it twice
    # too: a figure of speech ("there is no food; without food" = "就没有粮食；没有粮食就")
    in_source = len(_loops(_tokens(entry.msgid, ctx.source)))
    rhetoric = all(
        reps == 2 and _across_a_break(gram, entry.msgstr, ctx) for gram, reps in tgt_loops
    ) and _content_word_twice(entry.msgid, ctx)
    severity: Severity | None = "warning" if in_source >= len(tgt_loops) or rhetoric else None
    sep = "" if not ctx.target.spaced else " "
    return [
        problem(
            "repetition",
            entry,
            f"{gram.replace(' ', sep) if sep == '' else gram!r} repeated {reps} times",
            severity,
        )
        for gram, reps in tgt_loops
    ]


_CLAUSE_MARK = r"\s*[；;，,。：:、—–]\s*"


def _across_a_break(gram: str, text: str, ctx: Context) -> bool:
    """Whether a phrase said twice stands on either side of a clause's punctuation."""
    words = gram.split(" ")
    sep = r"\s*" if not ctx.target.spaced else r"\s+"
    phrase = sep.join(re.escape(w) for w in words)
    return re.search(f"(?i){phrase}{_CLAUSE_MARK}{phrase}", text) is not None


# A word ending a clause and taken up at the next one's start: "there is no food; without
# food, there is no peace", "on the world’s roads, and road traffic crashes" (its plural too)
_TAKEN_UP_ACROSS = re.compile(r"(?i)\b([^\W\d_]{3,}?)s?[;:,]\s+(?:[^\W\d_]+\s+){0,2}\1s?\b")


def _most_said(source: str, ctx: Context) -> int:
    """How many times the source says its most repeated content word (three letters at least,
    not a function word), its plural as the word ("sea level ... rising seas", "meat prices
    ... meat prices": 2); 1 where it says none twice."""
    function = _function_words(ctx.source.base)
    words = Counter(
        w.casefold().removesuffix("s")
        for w in re.findall(r"[^\W\d_]{3,}", plain(source))
        if w.casefold() not in function
    )
    return max(words.values(), default=1)


def _times(tokens: Sequence[str], run: Sequence[str]) -> int:
    """How many times a run of tokens occurs in a text's tokens, none overlapping."""
    n, i, size = 0, 0, len(run)
    while i + size <= len(tokens):
        if list(tokens[i : i + size]) == list(run):
            n, i = n + 1, i + size
        else:
            i += 1
    return n


def _content_word_twice(source: str, ctx: Context) -> bool:
    """Whether the source takes a word up across a clause's break itself (`_TAKEN_UP_ACROSS`),
    a word that is no function word."""
    function = _function_words(ctx.source.base)
    return any(
        m.group(1).casefold() not in function for m in _TAKEN_UP_ACROSS.finditer(plain(source))
    )


def _repeated_ngrams(
    entry: EntryView, ctx: Context, counts: Counter[str] | None = None
) -> list[Problem]:
    """The same 4-word (8-character in CJK) sequence three times or more: a likely loop.
    `counts`: the tokens of the translation counted, where the caller has them."""
    n = 8 if letter_scripts(ctx.target) & UNSPACED_SCRIPTS else 4
    toks = _tokens(_without_short_forms(entry.msgstr), ctx.target)
    counts = counts or Counter(toks)
    # a sequence thrice is n tokens in a row each said thrice or more (a test in C)
    thrice = {t for t, k in counts.items() if k >= 3}
    if not thrice or b"\1" * n not in bytes(map(thrice.__contains__, toks)):
        return []
    grams = Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))
    src = _tokens(entry.msgid, ctx.source)
    src_counts = Counter(tuple(src[i : i + 4]) for i in range(len(src) - 3))
    worst = max(grams.values(), default=0)
    if worst >= 3 and worst > max(src_counts.values(), default=0):
        gram = max(grams, key=lambda k: grams[k])
        sep = " " if ctx.target.spaced else ""
        return [problem("repetition", entry, f"{sep.join(gram)!r} occurs {worst} times", "warning")]
    return []


# A word said twice around a joiner: "step by step", "day after day", "again and again", "one
# by one", "side by side", "face to face", "hand in hand", "more and more". Translations say
# it by a word said twice in a row: "خطوة خطوة", "一步一步", "一个一个", "يوما يوما".
_JOINED_TWICE = re.compile(r"(?i)\b([^\W\d_]+)\s+(?:by|after|upon|and|to|in|for)\s+\1\b")
# A noun taken up after a comma ("this preventable disease, a disease that knows no borders"),
# which a language without articles says twice with the comma between ("заболевание,
# заболевание"): not with nothing between, a slip
_TAKEN_UP = re.compile(r"(?i)\b([^\W\d_]+),\s+(?:a|an|the)\s+\1\b")


# a capitalised word holding a syllable twice in a row ("Zavazava": "zava" twice)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")
_SYLLABLE_TWICE = re.compile(r"([a-z]{2,4})\1")


def _names_with_a_syllable_twice(source: str) -> int:
    return sum(bool(_SYLLABLE_TWICE.search(w.lower())) for w in _CAPITALISED.findall(source))


def _reduplications(source: str) -> int:
    """How many times the source says a word twice around a joiner (`_JOINED_TWICE`)."""
    return len(_JOINED_TWICE.findall(source)) if " " in source else 0


def _a_name_of(phrase: str, source: str, ctx: Context) -> bool:
    """Whether a phrase is a capitalised word of the source, kept as it is, that the source
    does not say twice itself, or a word of a person's name in the glossary's form for the
    target language ("拉塞尔" of 凯瑟琳·拉塞尔)."""
    folded = phrase.casefold()
    for m in re.finditer(r"(?<!\w)[A-Z][\w’'-]+", source):
        if m.group().casefold() == folded:
            return not re.search(rf"(?i)\b{re.escape(phrase)}\W+{re.escape(phrase)}\b", source)
    for term in ctx.glossary.terms:
        if term.kind != "name" or term.term not in source:
            continue
        form = term.form(ctx.target.code) or ""
        if len(phrase) >= 2 and phrase in re.split(r"[\s·•・]+", form):
            return True
    return False


def _doubled_problems(entry: EntryView, ctx: Context) -> list[Problem]:
    found = doubled(_without_short_forms(entry.msgstr), ctx.target, entry.msgid)
    if found and "," in entry.msgid and _TAKEN_UP.search(entry.msgid):
        found = [
            (phrase, severity)
            for phrase, severity in found
            if not re.search(rf"(?i)\b{re.escape(phrase)},\s*{re.escape(phrase)}\b", entry.msgstr)
        ]
    if not found:
        return []
    # the source says something twice in a row itself ("Bora Bora", a quoted stammer): as
    # often as the translation, nothing to report; less often, a warning
    in_source = len(doubled(entry.msgid, ctx.source)) + _reduplications(entry.msgid)
    if letter_scripts(ctx.target) & UNSPACED_SCRIPTS:
        # a name whose syllables repeat, transcribed: "Zavazava" = "扎瓦扎瓦"
        in_source += _names_with_a_syllable_twice(entry.msgid)
    # a name of the source said twice is none of the source's own doublings ("crisis upon
    # crisis" is no excuse for "Catherine Russell Russell", "凯瑟琳·拉塞尔拉塞尔")
    named = [f for f in found if _a_name_of(f[0], entry.msgid, ctx)]
    if named:
        return [problem("repetition", entry, f"{p!r} said twice in a row", s) for p, s in named]
    if in_source >= len(found):
        return []
    source_too = in_source > 0
    return [
        problem(
            "repetition",
            entry,
            f"{phrase!r} said twice in a row",
            "warning" if source_too else severity,
        )
        for phrase, severity in found
    ]
