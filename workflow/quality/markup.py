"""The markup and URL checks: emphasis, links, code spans, line breaks, HTML tags and
placeholders match the source; URLs and e-mail addresses are identical to the source's.
"""

from __future__ import annotations

import re
from collections import Counter

from workflow.problems import Problem
from workflow.quality.registry import Context, EntryView, problem, register
from workflow.quality.text import blank_code
from workflow.source import inline, markdown

_PLACEHOLDERS = re.compile(
    r"\[\s*\d{1,3}\s*\](?!\()|\{\s*\d{0,3}\s*\}|\{[A-Za-z_]\w*\}|%(?:\d+\$)?[sdif]|%\([A-Za-z_]\w*\)[sdif]"
    r"|⟨\s*\d{1,3}\s*⟩|⟦[^⟧]*⟧|_{2,3}\s*\d{1,3}\s*_{2,3}|(?<![A-Za-z])XZ\s*\d{1,3}(?!\d)|<\s*x\s*\d{1,3}\s*/\s*>"
    r"|[\ue000-\uf8ff]|[\U000f0000-\U000fffff]"
)
_STRIKE = re.compile(r"~~")
# A character without which no markup, link, tag or placeholder can be: most segments have none,
# and for them only the line breaks are compared.
_MARKUP_CHARS = re.compile(r"[`\[\]<*_~{%⟨⟦X\ue000-\uf8ff\U000f0000-\U000fffff]")
# ... and no address: the URL check's text needs one of these.
_ADDRESS_HINTS = ("://", "www.", "@", "<")


@register(
    "markup",
    "error",
    "emphasis, links, code spans, line breaks, HTML tags and placeholders match the source",
)
def check_markup(entry: EntryView, ctx: Context) -> list[Problem]:
    src, tgt = entry.msgid, entry.msgstr
    out: list[str] = []
    plain_text = not _MARKUP_CHARS.search(src) and not _MARKUP_CHARS.search(tgt)
    if not plain_text:
        out += _code_spans(src, tgt) + _links(src, tgt) + _emphasis(src, tgt)
    # hard line breaks
    s_br, t_br = src.count("\n"), tgt.count("\n")
    if s_br != t_br:
        out.append(f"{t_br} line break(s), the source has {s_br}")
    if not plain_text:
        out += _html_tags(src, tgt) + _placeholders(src, tgt)
    return [problem("markup", entry, m) for m in out]


def _code_spans(src: str, tgt: str) -> list[str]:
    """Code spans: same content, untranslated."""
    out: list[str] = []
    s_code = Counter(m.group("code").strip() for m in inline.CODE.finditer(src))
    t_code = Counter(m.group("code").strip() for m in inline.CODE.finditer(tgt))
    for code in s_code - t_code:
        out.append(f"code span `{code}` missing or changed")
    for code in t_code - s_code:
        out.append(f"code span `{code}` not in the source")
    return out


def _links(src: str, tgt: str) -> list[str]:
    """Links: as many, to the same destinations, each with a text that is not a placeholder."""
    out: list[str] = []
    s_links = [
        (m.group("image"), m.group("text"), m.group("dest"))
        for m in inline.LINK.finditer(blank_code(src))
    ]
    t_links = [
        (m.group("image"), m.group("text"), m.group("dest"))
        for m in inline.LINK.finditer(blank_code(tgt))
    ]
    if len(s_links) != len(t_links):
        out.append(f"{len(t_links)} link(s), the source has {len(s_links)}")
    for url in Counter(u for _, _, u in s_links) - Counter(u for _, _, u in t_links):
        if len(s_links) == len(t_links) or url:
            out.append(f"link to {url} missing or changed")
    for url in Counter(u for _, _, u in t_links) - Counter(u for _, _, u in s_links):
        out.append(f"link to {url} not in the source")
    s_texts = {text.strip() for _, text, _ in s_links}
    for image, text, url in t_links:
        if not image and not text.strip():
            out.append(f"link to {url} has no text")
        elif (
            _PLACEHOLDERS.fullmatch(text.strip()) or text.strip().isdigit()
        ) and text.strip() not in s_texts:
            out.append(f"link to {url} has a placeholder for text: [{text.strip()}]")
    return out


# A closing mark after full-width punctuation and before a letter ("**编者按：**报告"), or an
# opening one after a letter and before full-width punctuation ("说**“…”**"): CommonMark reads
# it as neither, and prints it. A trap of Chinese and Japanese text, where no space separates.
_CJK_STUCK = re.compile(
    r"[：，。！？、；”’」』》）】](?:\*+|_+)(?=[^\W_])|(?<=[^\W_])(?:\*+|_+)[“‘「『《（【]"
)
_CJK_HINT = (
    '; CommonMark reads no mark after "：" or before "“": "**编者按**：", not "**编者按：**"'
)


def _emphasis(src: str, tgt: str) -> list[str]:
    """Emphasis as markdown-it parses it: spans of each kind, and delimiters matching nothing
    (printed as literal text; `workflow extract` warns about the source's, `source/lint.py`).
    A translation that keeps the source's stray ``**`` is consistent with it, not a fault."""
    out: list[str] = []
    if not any(ch in text for text in (src, tgt) for ch in "*_~"):
        return out
    s, t = markdown.inline_markup(src), markdown.inline_markup(tgt)
    # a title in italics may be set in the translation's title quotes: 《…》, «…», ”…“
    titles = min(_quoted(tgt) - _quoted(src), len(_TITLE_IN_ITALICS.findall(src)))
    for label in ("strong (**)", "strong (__)", "emphasis (*)", "emphasis (_)"):
        s_n, t_n = s.spans.get(label, 0), t.spans.get(label, 0)
        if s_n > t_n and label.startswith("emphasis") and titles > 0:
            quoted = min(titles, s_n - t_n)
            t_n, titles = t_n + quoted, titles - quoted
        if s_n != t_n:
            out.append(f"{t_n} {label} span(s), the source has {s_n}")
    s_stray = Counter(o.kind for o in s.oddities if o.kind.startswith("stray "))
    t_stray = Counter(o.kind for o in t.oddities if o.kind.startswith("stray "))
    for kind in sorted(set(s_stray) | set(t_stray)):
        if s_stray[kind] != t_stray[kind]:
            mark = kind.split(" ", 1)[1]
            what = "strong" if len(mark) == 2 else "emphasis"
            out.append(
                f"unbalanced {what} ({mark}): {t_stray[kind]} `{mark}` matching nothing "
                f"(printed as literal text), the source has {s_stray[kind]}"
                + (_CJK_HINT if _CJK_STUCK.search(tgt) else "")
            )
    # strikethrough is no CommonMark: `~~` is literal text in the source and the PDF alike
    s_n, t_n = len(_STRIKE.findall(src)), len(_STRIKE.findall(tgt))
    if s_n != t_n:
        out.append(f"{t_n} `~~` in the translation, the source has {s_n}")
    return out


# Quoted spans, and titles: Chinese 《…》 (a title's own marks), «…», “…”, UN Arabic ”…“, "…",
# „…“, 「…」. Languages set a title in quotes where English sets it in italics: "the *Global
# Status* report" = "《全球状况》报告", "доклад «Глобальное состояние»", "تقرير ”الحالة العالمية“".
_QUOTED = re.compile(
    r"《[^《》]+》|«[^«»]+»|“[^“”]+”|”[^“”]+“|\"[^\"]+\"|„[^„“”]+[“”]|「[^「」]+」"
)

# an emphasis span that may be a title: capitalised, of two words or more ("the *Global
# Status of ...* report"; not a name in italics, "*Akram*")
_TITLE_IN_ITALICS = re.compile(r"(?<![*_\w])([*_])[A-Z0-9][^*_\s]*\s[^*_]*(?<!\s)\1(?![*_\w])")


def _quoted(text: str) -> int:
    return len(_QUOTED.findall(text))


def _html_tags(src: str, tgt: str) -> list[str]:
    """Inline HTML tags."""
    out: list[str] = []
    s_tags = Counter(_tag(m.group()) for m in inline.HTML_TAG.finditer(blank_code(src)))
    t_tags = Counter(_tag(m.group()) for m in inline.HTML_TAG.finditer(blank_code(tgt)))
    for tag in s_tags - t_tags:
        out.append(f"tag {tag} missing")
    for tag in t_tags - s_tags:
        out.append(f"tag {tag} not in the source")
    return out


def _placeholders(src: str, tgt: str) -> list[str]:
    """Placeholders (machine-translation leftovers) and private-use characters."""
    out: list[str] = []
    s_ph = Counter(_ph(m.group()) for m in _PLACEHOLDERS.finditer(blank_code(src)))
    t_ph = Counter(_ph(m.group()) for m in _PLACEHOLDERS.finditer(blank_code(tgt)))
    for ph in t_ph - s_ph:
        out.append(f"placeholder {ph} left in the translation")
    for ph in s_ph - t_ph:
        out.append(f"placeholder {ph} missing")
    return out


_TAG_NAME = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9-]*)")
_SPACES = re.compile(r"\s+")


def _tag(tag: str) -> str:
    m = _TAG_NAME.match(tag)
    return f"<{m.group(1)}{m.group(2).lower()}>" if m else tag


def _ph(text: str) -> str:
    if (len(text) == 1 and 0xE000 <= ord(text) <= 0xF8FF) or ord(text[0]) >= 0xF0000:
        return f"U+{ord(text[0]):04X}"
    return _SPACES.sub("", text)


@register("urls", "error", "URLs and e-mail addresses in the text are identical to the source's")
def check_urls(entry: EntryView, ctx: Context) -> list[Problem]:
    if not any(h in text for text in (entry.msgid, entry.msgstr) for h in _ADDRESS_HINTS):
        return []
    s, t = _addresses(entry.msgid), _addresses(entry.msgstr)
    out = [f"{a} missing or changed" for a in s - t]
    out += [f"{a} not in the source" for a in t - s]
    return [problem("urls", entry, m) for m in out]


def _addresses(text: str) -> Counter[str]:
    """URLs and e-mails outside link destinations (those are the markup check's)."""
    text = inline.LINK.sub(lambda m: "[" + m.group("text") + "]", blank_code(text))
    found: Counter[str] = Counter()
    for m in inline.AUTOLINK.finditer(text):
        found[m.group("address")] += 1
    text = inline.AUTOLINK.sub(" ", text)
    for a, b in inline.url_spans(text):
        found[text[a:b]] += 1
    text = inline.blank(text, [inline.URL])
    for m in inline.EMAIL.finditer(text):
        found[m.group().rstrip(".")] += 1
    return found
