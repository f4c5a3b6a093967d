"""Merging a language catalog with a new template, as GNU `msgmerge --previous` does.

Exact matches keep their translation and state; a changed source gets its closest old
translation back as fuzzy with the previous msgid (`#| msgid`); an entry that was obsolete
comes back when its source does; entries no longer in the template become obsolete (`#~`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from workflow.catalogs.pofile import copy_source, new_file
from workflow.catalogs.types import Catalog, Entry, new_entry
from workflow.lang.languages import Language, plural_forms

FUZZY_THRESHOLD = 0.6  # msgmerge's FUZZY_THRESHOLD
TRIVIAL_PREFIX = "source edit carried over (trivial), was: "


@dataclass
class MergeReport:
    kept: int = 0
    fuzzy: int = 0  # matched to an edited old entry, now fuzzy with #| msgid
    new: int = 0
    obsoleted: int = 0


@lru_cache(maxsize=65536)
def _char_masks(a: str) -> dict[str, int]:
    masks: dict[str, int] = {}
    for i, ch in enumerate(a):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    return masks


def lcs_length(a: str, b: str) -> int:
    """Length of the longest common subsequence, bit-parallel (Allison-Dix / Hyyro)."""
    if not a or not b:
        return 0
    masks = _char_masks(a)
    full = (1 << len(a)) - 1
    v = full
    for ch in b:
        u = v & masks.get(ch, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - v.bit_count()


@lru_cache(maxsize=65536)
def similarity(a: str, b: str) -> float:
    """msgmerge's fstrcmp: 2 * LCS / total length (0.0 when it cannot reach the threshold)."""
    if not a and not b:
        return 1.0
    total = len(a) + len(b)
    if 2 * min(len(a), len(b)) / total < FUZZY_THRESHOLD:
        return 0.0
    return 2 * lcs_length(a, b) / total


def merge(
    old: Catalog, pot: Catalog, language: Language, *, carry_trivial: bool = False
) -> tuple[Catalog, MergeReport]:
    """Merge a language catalog with a new template, as `msgmerge --previous` does.

    With `carry_trivial`, a reviewed translation whose source changed only trivially (spacing,
    quote style, a one-word typo fix) stays reviewed, with a note instead of the fuzzy flag."""
    report = MergeReport()
    po = _merged_header(old, pot, language)
    old_entries = _OldEntries.of(old)
    for src in pot:
        po.append(old_entries.match(src, report, carry_trivial=carry_trivial))
    for e in old:
        if id(e) in old_entries.used or not e.msgid:
            continue
        if e.obsolete:
            po.append(e)
        elif e.msgstr or any(e.msgstr_plural.values()):
            e.obsolete = True
            po.append(e)
            report.obsoleted += 1
    return po, report


def _merged_header(old: Catalog, pot: Catalog, language: Language) -> Catalog:
    po = new_file()
    po.metadata = dict(old.metadata)
    po.metadata["POT-Creation-Date"] = pot.metadata.get("POT-Creation-Date", "")
    po.metadata["Project-Id-Version"] = pot.metadata.get("Project-Id-Version", "")
    po.metadata.setdefault("Language", language.code)
    po.metadata.setdefault("Plural-Forms", plural_forms(language))
    po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    po.header = old.header
    po.metadata_is_fuzzy = old.metadata_is_fuzzy
    po.wrap = old.wrap  # a file saved unwrapped stays unwrapped
    return po


@dataclass
class _OldEntries:
    """The old catalog's entries by key, and the ones a template entry took already."""

    exact: dict[tuple[str | None, str], Entry]
    obsolete: dict[tuple[str | None, str], Entry]
    candidates: list[Entry]  # translated entries a changed source may match
    used: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, old: Catalog) -> _OldEntries:
        active = [e for e in old if not e.obsolete and e.msgid]
        return cls(
            exact={(e.msgctxt, e.msgid): e for e in active},
            obsolete={(e.msgctxt, e.msgid): e for e in old if e.obsolete},
            candidates=[e for e in active if e.msgstr or any(e.msgstr_plural.values())],
        )

    def match(self, src: Entry, report: MergeReport, *, carry_trivial: bool) -> Entry:
        """The new catalog's entry for a template entry: kept, revived, fuzzy or new."""
        key = (src.msgctxt, src.msgid)
        hit = self.exact.get(key)
        if hit is None:
            hit = self.obsolete.get(key)  # revived: its source came back
        if hit is not None:
            self.used.add(id(hit))
            report.kept += 1
            return _carry(src, hit, fuzzy=hit.fuzzy, previous=hit.previous_msgid)
        best = self._closest(src.msgid)
        if best is None:
            report.new += 1
            return copy_source(src)
        self.used.add(id(best))
        if carry_trivial and not best.fuzzy and trivial_edit(best.msgid, src.msgid):
            report.kept += 1
            return _carry_trivial(src, best)
        report.fuzzy += 1
        previous = best.previous_msgid if best.fuzzy and best.previous_msgid else best.msgid
        return _carry(src, best, fuzzy=True, previous=previous)

    def _closest(self, msgid: str) -> Entry | None:
        best, score = None, 0.0
        for cand in self.candidates:
            s = similarity(msgid, cand.msgid)
            if s > score:
                best, score = cand, s
        return best if best is not None and score >= FUZZY_THRESHOLD else None


def _carry_trivial(src: Entry, old: Entry) -> Entry:
    """A reviewed translation kept through a trivial source edit, with a note saying so."""
    entry = _carry(src, old, fuzzy=False, previous=None)
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


def _carry(src: Entry, old: Entry, *, fuzzy: bool, previous: str | None) -> Entry:
    entry = new_entry(
        msgid=src.msgid,
        msgctxt=src.msgctxt,
        msgid_plural=src.msgid_plural or old.msgid_plural,
        msgstr=old.msgstr,
        msgstr_plural=dict(old.msgstr_plural),
        occurrences=list(src.occurrences),
        comment=src.comment,
        tcomment=old.tcomment,
        flags=[f for f in src.flags if f != "fuzzy"]
        + [f for f in old.flags if f not in src.flags and f != "fuzzy"],
    )
    if fuzzy:
        entry.flags.insert(0, "fuzzy")
        if previous is not None and previous != src.msgid:
            entry.previous_msgid = previous
    return entry
