"""Merging a language catalog with a new template, as GNU `msgmerge --previous` (0.21) does.

What msgmerge does, checked by running it on small catalogs (tests/catalogs/test_merge.py) and
against its source (msgmerge.c, msgl-fsearch.c, message.c):

- An entry of the template whose msgctxt and msgid are in the old catalog keeps that entry's
  translation, translator comments and fuzzy flag; an obsolete (`#~`) entry comes back so.
  The previous msgid (`#|`) stays only on a fuzzy, translated entry.
- Otherwise the closest old entry with a translation, live or obsolete, fuzzy or not, gives
  its translation, marked fuzzy, if it is similar enough (below). Its `#|` previous msgid is
  the old msgid, or, if the old entry was fuzzy already, the previous msgid it had (none if it
  had none): the source the translation was made for. An entry taken so, obsolete or not, does
  not stay behind as obsolete.
- One thing msgmerge does not do: provenance comments (`# machine: …`) whose text a translator
  changed become `# edited from machine: …` (`provenance.py`).
- Extracted comments (`#.`), references (`#:`) and flags come from the template; of the old
  entry only the fuzzy flag counts (gettext keeps no flag of its own: `no-wrap`, a format flag
  of the old entry go).
- An old entry no template entry took becomes obsolete with its translator comments, flags
  and previous msgid (`#~|`), without its `#.` and `#:` lines; one without a translation (its
  first form empty) is dropped, as gettext writes no untranslated obsolete entry.
- The header: see `header.py`.

Similarity (the measure decided here, tested on Chinese and Arabic in test_merge.py):
msgmerge's `fstrcmp`, 2 * LCS / (len a + len b), over the UTF-8 *bytes* of the msgids, not
over characters, so that our fuzzy matches are msgmerge's. The two disagree on non-Latin
scripts: one changed Chinese character is three bytes, of which the old and new characters
often share the lead byte, so the byte measure rates CJK and Arabic edits as closer than the
character measure does. A template entry takes the best candidate scoring at least
FUZZY_THRESHOLD (0.6; an old entry with another msgctxt needs more than 0.6), ties going to
the first in msgmerge's candidate order. Candidates are msgmerge's too: those sharing a
4-character n-gram with the msgid (`message_fuzzy_index_search`), ordered by how many they
share; a msgid under 4 characters is compared only with old msgids of fitting byte length (at
most 28 bytes). So "abcd" does not match "abce" (no 4-gram in common), as in msgmerge.

Where we can still differ from msgmerge: gnulib's diff (behind fstrcmp) gives up on an exact
LCS past about 4096 edits (strings of many kilobytes), where ours stays exact; compendiums
and msgmerge's format-string checks (which may mark an exact match fuzzy) are not modelled.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from math import ceil

from workflow.catalogs import header, provenance
from workflow.catalogs.pofile import copy_source, new_file
from workflow.catalogs.types import Catalog, Entry, new_entry
from workflow.lang.languages import Language

FUZZY_THRESHOLD = 0.6  # msgmerge's FUZZY_THRESHOLD
TRIVIAL_PREFIX = "source edit carried over (trivial), was: "
_SPAN = 2 / FUZZY_THRESHOLD - 1  # a match's length ratio is within 1/_SPAN .. _SPAN
_SHORT_MSG_MAX = int((4 - 1) * 4 * _SPAN)  # msgl-fsearch.c's SHORT_MSG_MAX (bytes)
_CONTEXT_BONUS = 0.00001  # fuzzy_search_goal_function's bonus for a candidate's context


@dataclass
class MergeReport:
    kept: int = 0
    fuzzy: int = 0  # matched to an edited old entry, now fuzzy with #| msgid
    new: int = 0
    obsoleted: int = 0


@lru_cache(maxsize=4096)
def _masks(a: bytes | str) -> dict[int | str, int]:
    masks: dict[int | str, int] = {}
    units: Iterable[int | str] = a
    for i, unit in enumerate(units):
        masks[unit] = masks.get(unit, 0) | (1 << i)
    return masks


def lcs_length(a: bytes | str, b: bytes | str) -> int:
    """Length of the longest common subsequence of bytes (or characters), bit-parallel
    (Allison-Dix / Hyyro)."""
    if not a or not b:
        return 0
    masks = _masks(a)
    full = (1 << len(a)) - 1
    v = full
    for unit in b:
        u = v & masks.get(unit, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - v.bit_count()


def fstrcmp(a: bytes | str, b: bytes | str, lower_bound: float = 0.0) -> float:
    """gnulib's fstrcmp_bounded: 2 * LCS / (len a + len b); a value under `lower_bound` may be
    returned as 0.0 (the length bound says it cannot reach it)."""
    total = len(a) + len(b)
    if not a or not b:
        return 1.0 if total == 0 else 0.0
    if lower_bound > 0 and 2 * min(len(a), len(b)) / total < lower_bound:
        return 0.0
    return 2 * lcs_length(a, b) / total


def similarity(a: str, b: str) -> float:
    """The fuzzy-match measure: msgmerge's fstrcmp on the UTF-8 bytes of two msgids."""
    return fstrcmp(a.encode("utf-8"), b.encode("utf-8"))


def char_similarity(a: str, b: str) -> float:
    """The same formula over characters: what the project measured before (for comparison)."""
    return fstrcmp(a, b)


def merge(
    old: Catalog, pot: Catalog, language: Language, *, carry_trivial: bool = False
) -> tuple[Catalog, MergeReport]:
    """Merge a language catalog with a new template, as `msgmerge --previous` does.

    With `carry_trivial`, a reviewed translation whose source changed only trivially (spacing,
    quote style, a one-word typo fix) stays reviewed, with a note instead of the fuzzy flag."""
    report = MergeReport()
    po = _merged_header(old, pot, language)
    old_entries = _OldEntries.of(old, nplurals=_nplurals(po.metadata))
    for src in pot:
        po.append(old_entries.match(src, report, carry_trivial=carry_trivial))
    taken = {(e.msgctxt, e.msgid) for e in pot}
    for e in old:
        if id(e) in old_entries.used or not e.msgid or not _first_form(e):
            continue
        if (e.msgctxt, e.msgid) in taken:
            continue  # an obsolete twin of a live entry (gettext refuses the pair): drop it
        if not e.obsolete:
            report.obsoleted += 1
        po.append(_obsoleted(e))
    return po, report


def _merged_header(old: Catalog, pot: Catalog, language: Language) -> Catalog:
    po = new_file()
    po.metadata = header.merged(old.metadata, pot.metadata, language)
    po.header_comments = list(old.header_comments)
    po.metadata_is_fuzzy = old.metadata_is_fuzzy
    po.wrap = old.wrap  # a file saved unwrapped stays unwrapped
    po.has_header = old.has_header  # msgmerge writes no header when the catalog had none
    if old.header_text is not None and old.header_fields == po.metadata:
        po.header_text, po.header_fields = old.header_text, dict(old.header_fields)
    return po


def _first_form(e: Entry) -> str:
    """The translation as gettext tests it for "translated": the first plural form."""
    return e.msgstr_plural.get(0, "") if e.msgid_plural else e.msgstr


def _obsoleted(e: Entry) -> Entry:
    """An old entry kept as obsolete: all but its extracted comments and references."""
    return Entry(
        msgid=e.msgid,
        msgstr=e.msgstr,
        msgid_plural=e.msgid_plural,
        msgstr_plural=dict(e.msgstr_plural),
        msgctxt=e.msgctxt,
        flags=list(e.flags),
        tcomments=list(e.tcomments),
        obsolete=True,
        previous_msgid=e.previous_msgid,
        previous_msgid_plural=e.previous_msgid_plural,
        previous_msgctxt=e.previous_msgctxt,
    )


@lru_cache(maxsize=65536)
def _grams(text: str) -> frozenset[str]:
    """The 4-character n-grams of a msgid (cached: a release's msgids recur in every language)."""
    return frozenset(text[i : i + 4] for i in range(len(text) - 3))


@lru_cache(maxsize=65536)
def _utf8(text: str) -> bytes:
    return text.encode("utf-8")


@dataclass
class _FuzzyIndex:
    """msgmerge's fuzzy index (msgl-fsearch.c) over the old entries with a translation."""

    entries: list[Entry]
    msgids: tuple[str, ...]
    contexts: tuple[str | None, ...]

    @classmethod
    def of(cls, old: Catalog) -> _FuzzyIndex:
        entries = [e for e in old if e.msgid and _first_form(e)]
        return cls(entries, tuple(e.msgid for e in entries), tuple(e.msgctxt for e in entries))

    def search(self, msgctxt: str | None, msgid: str) -> Entry | None:
        """The best old entry for a msgid, or None under the threshold."""
        j = _best(self.msgids, self.contexts, msgctxt, msgid)
        return None if j is None else self.entries[j]


@lru_cache(maxsize=16384)  # a release's catalogs (one per language) ask the same questions
def _best(
    msgids: tuple[str, ...], contexts: tuple[str | None, ...], msgctxt: str | None, msgid: str
) -> int | None:
    """Which old msgid a new one matches best (msgmerge's fuzzy search), or None."""
    key = _utf8(msgid)
    best, best_weight = None, FUZZY_THRESHOLD
    for j in _candidates(msgids, msgid):
        bonus = _CONTEXT_BONUS if contexts[j] is None or contexts[j] == msgctxt else 0.0
        weight = fstrcmp(key, _utf8(msgids[j]), best_weight - bonus * 1.01) + bonus
        if weight > best_weight:
            best, best_weight = j, weight
    return best


def _candidates(msgids: tuple[str, ...], msgid: str) -> list[int]:
    """The old msgids worth comparing, in msgmerge's order: those sharing a 4-character n-gram,
    most shared first (counted per n-gram position, as the index lookup counts them); for a
    msgid under 4 characters, the short ones of a length that could match."""
    if len(msgid) < 4:
        size = len(_utf8(msgid))
        lmin, lmax = ceil(size / _SPAN), int(size * _SPAN)
        short = [
            (len(key), j)
            for j, m in enumerate(msgids)
            if len(key := _utf8(m)) <= _SHORT_MSG_MAX and lmin <= len(key) <= lmax
        ]
        return [j for _, j in sorted(short)]  # by length, then file order
    positions: dict[str, int] = {}
    for i in range(len(msgid) - 3):
        gram = msgid[i : i + 4]
        positions[gram] = positions.get(gram, 0) + 1
    wanted = frozenset(positions)
    repeats = {g: n - 1 for g, n in positions.items() if n > 1}
    counts: dict[int, int] = {}
    for j, m in enumerate(msgids):
        shared = _grams(m) & wanted
        if shared:
            counts[j] = len(shared) + sum(repeats.get(g, 0) for g in shared & repeats.keys())
    return sorted(counts, key=lambda j: (-counts[j], j))


@dataclass
class _OldEntries:
    """The old catalog's entries by key, its fuzzy index, and the ones a template entry took."""

    old: Catalog
    exact: dict[tuple[str | None, str], Entry]
    nplurals: int  # the merged header's, for a singular translation of a plural source
    used: set[int] = field(default_factory=set)
    _index: _FuzzyIndex | None = None  # built on the first source without an exact match

    @classmethod
    def of(cls, old: Catalog, *, nplurals: int) -> _OldEntries:
        exact = {(e.msgctxt, e.msgid): e for e in old if e.obsolete and e.msgid}
        exact.update({(e.msgctxt, e.msgid): e for e in old if not e.obsolete and e.msgid})
        return cls(old=old, exact=exact, nplurals=nplurals)

    @property
    def index(self) -> _FuzzyIndex:
        if self._index is None:
            self._index = _FuzzyIndex.of(self.old)
        return self._index

    def match(self, src: Entry, report: MergeReport, *, carry_trivial: bool) -> Entry:
        """The new catalog's entry for a template entry: kept, revived, fuzzy or new."""
        hit = self.exact.get((src.msgctxt, src.msgid))
        if hit is not None:  # kept, or revived if it was obsolete: its source came back
            self.used.add(id(hit))
            report.kept += 1
            return _carry(src, hit, fuzzy=False, nplurals=self.nplurals)
        best = self.index.search(src.msgctxt, src.msgid)
        if best is None:
            report.new += 1
            return copy_source(src)
        self.used.add(id(best))
        if carry_trivial and not best.fuzzy and trivial_edit(best.msgid, src.msgid):
            report.kept += 1
            return _carry_trivial(src, best, self.nplurals)
        report.fuzzy += 1
        return _carry(src, best, fuzzy=True, nplurals=self.nplurals)


def _carry_trivial(src: Entry, old: Entry, nplurals: int) -> Entry:
    """A reviewed translation kept through a trivial source edit, with a note saying so."""
    entry = _carry(src, old, fuzzy=False, nplurals=nplurals)
    entry.flags = [f for f in entry.flags if f != "fuzzy"]
    entry.previous_msgctxt = entry.previous_msgid = entry.previous_msgid_plural = None
    kept = [
        line for line in (entry.tcomment or "").splitlines() if not line.startswith(TRIVIAL_PREFIX)
    ]
    entry.tcomment = "\n".join([*kept, f"{TRIVIAL_PREFIX}{old.msgid}"])
    return entry


_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})


def trivial_edit(old: str, new: str) -> bool:
    """True when a source edit cannot change the translation: whitespace or quote style only,
    or one word's typo fixed (same words, same length, at most two characters changed)."""

    def norm(text: str) -> str:
        return " ".join(text.translate(_QUOTES).split())

    a, b = norm(old), norm(new)
    if a == b:
        return True
    wa, wb = a.split(" "), b.split(" ")
    if len(a) != len(b) or len(wa) != len(wb):
        return False
    changed = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(changed) != 1:
        return False
    x, y = changed[0]
    if any(ch.isdigit() for ch in x + y):
        return False  # a figure is never a typo
    return sum(1 for p, q in zip(x, y, strict=True) if p != q) <= 2


def _carry(src: Entry, old: Entry, *, fuzzy: bool, nplurals: int) -> Entry:
    """msgmerge's message_merge: the template's msgid, comments, references and flags; the old
    entry's translation, translator comments and fuzzy state; `#|` on a fuzzy translation."""
    entry = new_entry(
        msgid=src.msgid,
        msgctxt=src.msgctxt,
        msgid_plural=src.msgid_plural,
        occurrences=list(src.occurrences),
        comment=src.comment,
        tcomment=old.tcomment,
        flags=[f for f in src.flags if f != "fuzzy"],
    )
    fuzzy = fuzzy or old.fuzzy or src.msgid_plural != old.msgid_plural
    if src.msgid_plural and old.msgid_plural:
        entry.msgstr_plural = dict(old.msgstr_plural)
    elif src.msgid_plural:  # a singular translation for a plural source: every form, fuzzy
        entry.msgstr_plural = dict.fromkeys(range(nplurals), old.msgstr)
    elif old.msgid_plural:  # a plural translation for a singular source: its first form
        entry.msgstr = old.msgstr_plural.get(0, "")
    else:
        entry.msgstr = old.msgstr
    provenance.settle(entry)  # a machine text a translator changed: "edited from machine:"
    if fuzzy:
        entry.flags.insert(0, "fuzzy")
        if _first_form(entry):
            if old.fuzzy:
                entry.previous_msgctxt = old.previous_msgctxt
                entry.previous_msgid = old.previous_msgid
                entry.previous_msgid_plural = old.previous_msgid_plural
            else:
                entry.previous_msgctxt = old.msgctxt
                entry.previous_msgid = old.msgid
                entry.previous_msgid_plural = old.msgid_plural or None
    return entry


def _nplurals(metadata: dict[str, str]) -> int:
    """nplurals of a header's Plural-Forms; gettext's default (2) without one."""
    m = re.search(r"nplurals\s*=\s*(\d+)", metadata.get("Plural-Forms", ""))
    return int(m.group(1)) if m and int(m.group(1)) > 0 else 2
