"""What date a press officer meant by a date not written as ISO 8601 (year-month-day).

A release's `date:` must be `2024-03-24`; when it is not, the error says what to write from
what was written: `24/03/2024`, `24.03.2024`, `March 24, 2024`, `24 mars 2024` (month names
of the release's language and English), `20240324`. A date that reads two ways (`03/04/2024`:
3 April or 4 March) gives both; one that reads no way gives none. Pure: no I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

_NUMERIC = re.compile(r"(\d{1,4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{1,4})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_DAY = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|e|º|°)?(?!\d)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+\.?")

MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def readings(text: str, month_names: Mapping[str, int]) -> list[dt.date]:
    """The dates `text` may mean, most likely first (none if it cannot be read as a date).

    `month_names` maps lower-case month names and abbreviations (no final dot) to 1..12."""
    text = text.strip()
    found: list[dt.date | None] = []
    m = _COMPACT.fullmatch(text)
    if m:
        found.append(_date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    m = _NUMERIC.fullmatch(text) or _NUMERIC.match(text)  # a time after the date is left
    if m and not found:
        a, sep, b, c = m.group(1), m.group(2), int(m.group(3)), m.group(4)
        if len(a) == 4:  # year first: 2024/03/24, 2024.3.24
            found.append(_date(int(a), b, int(c)))
        elif len(c) == 4:
            day_first = _date(int(c), b, int(a))
            month_first = _date(int(c), int(a), b)
            found.append(day_first)  # 24/03/2024, 24.03.2024: most of the world
            if sep != "." and int(a) != b:  # 03/04/2024 is 4 March in the United States
                found.append(month_first)
    if not found:
        found.append(_named(text, month_names))
    out: list[dt.date] = []
    for d in found:
        if d is not None and d not in out:
            out.append(d)
    return out


def _named(text: str, month_names: Mapping[str, int]) -> dt.date | None:
    """`March 24, 2024`, `24 March 2024`, `24th of March, 2024`, `24 mars 2024`."""
    months = [
        month_names[w.group().lower().rstrip(".")]
        for w in _WORD.finditer(text)
        if w.group().lower().rstrip(".") in month_names
    ]
    years = _YEAR.findall(text)
    if len(set(months)) != 1 or len(years) != 1:
        return None
    rest = _YEAR.sub(" ", text)
    days = [int(d) for d in _DAY.findall(rest)]
    if len(days) != 1:
        return None
    return _date(int(years[0]), months[0], days[0])


def spoken(date: dt.date) -> str:
    """A date as a person reads it, in English and unambiguous: '4 March 2024'."""
    return f"{date.day} {MONTHS_EN[date.month - 1]} {date.year}"


def why_invalid(text: str) -> str | None:
    """Why an ISO-looking date does not exist ('2024-02-30': February 2024 has 29 days)."""
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text.strip())
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups())
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    first = dt.date(year, month, 1)
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    if not 1 <= day <= last.day:
        return f"{MONTHS_EN[month - 1]} {year} has {last.day} days"
    return None
