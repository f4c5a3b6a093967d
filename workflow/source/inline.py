"""The one home of inline-span patterns: what in a segment's inline Markdown is not prose.

The segmenter (no sentence ends inside these), the protector (masked around machine
translation) and the quality checks (compared verbatim, blanked before counting words and
figures) all find URLs, e-mail addresses, code spans, links, autolinks, images, HTML, escapes,
phone numbers and emphasis with the patterns below. Where a user needs another view of the
same span (the segmenter only a link's destination, the checks its text and URL apart), it is
a named pattern built from the same pieces, never a copy.

The patterns follow CommonMark / GitHub Flavored Markdown where the project's texts need it:

* URL: ``http://``, ``https://``, ``ftp://`` or ``www.``, not inside a word, an e-mail or a
  path, but right after Chinese/Japanese/Korean/Thai letters ("详见https://un.org"). It ends at
  white space, at ``<>"```, at quotes that cannot be in one (``“”«»``), at Chinese/Japanese
  punctuation ("访问 https://un.org。下一句"), at those letters and at private-use characters; a
  ``)`` or ``]`` closing nothing in it ends it ("(see https://en.wikipedia.org/wiki/Foo_(bar))");
  trailing punctuation is not part of it ("Visit https://un.org." -- GFM's rule: ``.,;:!?*_~``,
  with ``'’”»`` and Arabic/Urdu ``،۔؟`` added).
* E-mail: ASCII, with an optional ``mailto:`` and a letter TLD; it does not run into the
  letters of a script written without spaces ("联系press@un.org获取").
* Code span: a run of backticks up to the same run ("`` a`b ``").
* Link: ``[text](destination "title")`` with one level of brackets in the text and of
  parentheses in the destination, ``<destination>`` in angle brackets, or ``[text][label]``.

Pure: no I/O, no third-party imports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

# --- URLs -----------------------------------------------------------------------------------------

# Letters of the scripts that glue words (and URLs) together: Han, kana, Hangul, Thai. A URL may
# follow them directly and ends before them ("详见https://un.org获取", "https://un.org에서").
_UNSPACED = r"\u0e00-\u0e7f\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff"
# Never in a URL: white space, markup delimiters, quotes and brackets of running text, the
# full-width punctuation of Chinese/Japanese, letters of the unspaced scripts, and private-use
# characters (placeholders; the protector's marks around link text).
_URL_STOP = (
    r"\s<>\"`«»“”「」『』（）【】《》。，、；：！？"
    rf"{_UNSPACED}\ue000-\uf8ff\U000f0000-\U0010ffff"
)
# In a URL, but not at its end: the punctuation of the sentence around it.
URL_TRAILING = ".,;:!?'’”»،۔؟*_~"
_URL_CHAR = rf"[^{_URL_STOP}()\[\]]"
_URL_GROUP = rf"(?:\({_URL_CHAR}*\)|\[{_URL_CHAR}*\])"  # balanced: "wiki/Foo_(bar)"
_URL_UNCLOSED = rf"(?:\((?!{_URL_CHAR}*\))|\[(?!{_URL_CHAR}*\]))"  # "a(b" keeps its "("
_URL_LAST = rf"(?:(?![{re.escape(URL_TRAILING)}]){_URL_CHAR}|{_URL_GROUP})"

URL = re.compile(
    # not inside a (spaced) word, an e-mail or a path; "_www.un.org_" is emphasis
    rf"(?:(?<=[{_UNSPACED}])|(?<![^\W_])(?<![@/]))(?:(?:https?|ftp)://|www\.)"
    rf"(?:{_URL_CHAR}|{_URL_GROUP}|{_URL_UNCLOSED})*{_URL_LAST}"
)


def url_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every bare URL of ``text``, trailing punctuation left out."""
    if "://" not in text and "www." not in text:
        return []
    return [m.span() for m in URL.finditer(text)]


# --- e-mail addresses --------------------------------------------------------------------------

# The local part neither starts nor ends with a dot ("(see .press@un.org.)").
EMAIL = re.compile(
    r"(?<![A-Za-z0-9_%+-])(?:mailto:)?[A-Za-z0-9_%+-](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_%+-])?"
    r"@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])"
)

# --- code spans -----------------------------------------------------------------------------------

# group 1: the backtick run, group "code": what is between the runs
CODE = re.compile(r"(`+)(?!`)(?P<code>.+?)(?<!`)\1(?!`)")

# --- links and images -----------------------------------------------------------------------------

_LINK_TEXT = r"(?:[^\[\]\\]|\\[\s\S]|\[[^\[\]]*\])*"  # escapes, one level of [brackets]
# The destination, without its angle brackets: <with spaces> or plain with one level of (x).
_DESTINATION = (
    r"(?P<angle><)?(?P<dest>(?(angle)[^<>\n]*|[^()\s<>]*(?:\([^()\s]*\)[^()\s<>]*)*))(?(angle)>)"
)
_TITLE = r"(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\))"
_INLINE_TARGET = rf"\(\s*{_DESTINATION}(?:\s+{_TITLE})?\s*\)"  # (destination "title")
_REFERENCE = r"\[(?P<label>[^\[\]\n]+)\]"  # [label]

# An inline link or image: groups "image" ("!" or ""), "text", "dest" (without <>).
LINK = re.compile(rf"(?P<image>!?)\[(?P<text>{_LINK_TEXT})\]{_INLINE_TARGET}")
# An inline or reference link (or image): "text", and "dest" or "label".
ANY_LINK = re.compile(rf"(?P<image>!?)\[(?P<text>{_LINK_TEXT})\](?:{_INLINE_TARGET}|{_REFERENCE})")
# An inline image: "![alt](src "title")".
IMAGE = re.compile(rf"!\[(?P<text>{_LINK_TEXT})\]{_INLINE_TARGET}")
# Only the end of an inline link: "](destination "title")" (the text stays prose).
LINK_DESTINATION = re.compile(rf"\]{_INLINE_TARGET}")

# --- autolinks, HTML, escapes ---------------------------------------------------------------------

# <scheme:...> or <user@host>: group "address" without the angle brackets.
AUTOLINK = re.compile(r"<(?P<address>[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>")
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*?)?\s*/?>")
HTML = re.compile(rf"{HTML_TAG.pattern}|<!--.*?-->")  # a tag or a comment
ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")  # a backslash before ASCII punctuation
# An entity or numeric character reference ("&nbsp;", "&#160;", "&#xA0;"): one character.
ENTITY = re.compile(r"&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});")

# --- phone numbers --------------------------------------------------------------------------------

# International form only: "+92 51 9210335", "+1 (212) 555-0100".
PHONE = re.compile(r"(?<![\w+])\+\d{1,3}(?:[ \u00a0.-]?\(?\d{1,4}\)?){2,6}(?!\w)")

# --- emphasis -------------------------------------------------------------------------------------

EmphasisKind = Literal["strong", "em", "strike"]

# Delimiter pairs around some words, longest delimiters first; group 1: the words. Underscores
# do not open or close inside a word ("snake_case_name").
EMPHASIS: tuple[tuple[EmphasisKind, re.Pattern[str]], ...] = (
    ("strong", re.compile(r"(?<!\*)\*\*\*(?=[^\s*])(.+?)(?<=[^\s*])\*\*\*(?!\*)")),
    ("strong", re.compile(r"(?<![\w_])___(?=[^\s_])(.+?)(?<=[^\s_])___(?![\w_])")),
    ("strong", re.compile(r"(?<!\*)\*\*(?=[^\s*])(.+?)(?<=[^\s*])\*\*(?!\*)")),
    ("strong", re.compile(r"(?<![\w_])__(?=[^\s_])(.+?)(?<=[^\s_])__(?![\w_])")),
    ("em", re.compile(r"(?<!\*)\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)")),
    ("em", re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")),
    ("strike", re.compile(r"(?<!~)~~(?=[^\s~])(.+?)(?<=[^\s~])~~(?!~)")),
)

# --- helpers --------------------------------------------------------------------------------------


def blank(text: str, patterns: Iterable[re.Pattern[str]]) -> str:
    """``text`` with every match of ``patterns`` (applied in order) replaced by as many spaces:
    offsets stay valid, and nothing inside the spans is counted as words or figures."""
    pats = patterns if isinstance(patterns, tuple) else tuple(patterns)
    # a pattern's hash is a hash of its compiled code (microseconds for URL): the patterns are
    # known by their ids, held in _PLANS (so no other object takes one of those ids)
    key = tuple(map(id, pats))
    plan = _PLANS.get(key)
    if plan is None:
        if len(_PLANS) >= 256:
            _PLANS.clear()
            _blank.cache_clear()
        plan = _PLANS[key] = (pats, _needs_of(pats))
    needs = plan[1]
    if needs is not None and not any(map(text.__contains__, needs)):
        return text  # no pattern can match: most segments
    return _blank(text, key)


def _needs_of(patterns: tuple[re.Pattern[str], ...]) -> tuple[str, ...] | None:
    """What a text needs one of for some pattern to match (None: a pattern needs nothing)."""
    needs: list[str] = []
    for p in patterns:
        needed = _NEEDS_BY_ID.get(id(p))
        if needed is None:
            return None
        needs += needed
    return tuple(dict.fromkeys(needs))


_PLANS: dict[tuple[int, ...], tuple[tuple[re.Pattern[str], ...], tuple[str, ...] | None]] = {}


@lru_cache(maxsize=2048)  # the checks blank the same entry's texts again and again
def _blank(text: str, key: tuple[int, ...]) -> str:
    for pattern in _PLANS[key][0]:
        if may_match(pattern, text):
            text = pattern.sub(lambda m: " " * len(m.group()), text)
    return text


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False when ``text`` lacks every character a match of ``pattern`` needs: most segments
    have no URL, e-mail, code or link, and this skips the regex for them (the checks run
    these patterns over every entry of every catalog)."""
    needed = _NEEDS_BY_ID.get(id(pattern))
    return needed is None or any(map(text.__contains__, needed))


# What a match of a pattern cannot do without: one of these substrings.
_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    URL: ("://", "www."),
    EMAIL: ("@",),
    CODE: ("`",),
    LINK: ("](",),
    ANY_LINK: ("]",),
    IMAGE: ("![",),
    LINK_DESTINATION: ("](",),
    AUTOLINK: ("<",),
    HTML_TAG: ("<",),
    HTML: ("<",),
    ESCAPE: ("\\",),
    ENTITY: ("&",),
}

# The same by the patterns' ids (a pattern's hash is slow; these patterns live as long as the
# module, so no other object has one of their ids)
_NEEDS_BY_ID = {id(p): needed for p, needed in _NEEDS.items()}

# What is an address, not prose: its digits are no figures, its dots end no sentence.
ADDRESSES: tuple[re.Pattern[str], ...] = (LINK_DESTINATION, AUTOLINK, URL, EMAIL)

__all__ = [
    "ADDRESSES",
    "ANY_LINK",
    "AUTOLINK",
    "CODE",
    "EMAIL",
    "EMPHASIS",
    "ENTITY",
    "ESCAPE",
    "HTML",
    "HTML_TAG",
    "IMAGE",
    "LINK",
    "LINK_DESTINATION",
    "PHONE",
    "URL",
    "URL_TRAILING",
    "EmphasisKind",
    "blank",
    "url_spans",
]
