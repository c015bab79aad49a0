"""Dates as council papers print them.

`Tuesday, 20 October 2020`, `20TH NOVEMBER 2020`, `5th Sept 2024`, `11 th February 2022`,
`27.08.2024`, `25/02/2020`, `8 April` (year from context), `9th March 2022 at 10.00am`.
Used by the splitter (meeting headers) and by search (`--since`, `date:`).
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)\s?(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# "20 October 2020", "20TH NOVEMBER 2020", "5th Sept 2024", "11 th February 2022",
# "8 April" (no year).
# ("the 3rd day of March 2025", as formal minutes date a meeting.)
DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}\s+(?:day\s+)?(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b", re.I)
# "October 20, 2020" (rare in English papers, common in exported metadata).
MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I)
# "27.08.2024", "25/02/2020", "9/1/25" (day first, as English papers write them).
NUMERIC = re.compile(r"\b(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?P<year>(?:19|20)?\d\d)\b")
# "2020-11-20".
ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
# "March 2020" (a month, for ranges).
MONTH_YEAR = re.compile(rf"^\s*{_MONTH}\s+{_YEAR}\s*$", re.I)


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_date(text: str, default_year: int | None = None) -> dt.date | None:
    """The first date written in ``text``, or None.

    A date printed without a year (`8 April`) takes ``default_year`` when given, else it
    is not a date: docsearch never guesses a year from a file name.
    """
    best: tuple[int, dt.date] | None = None
    for pattern in (DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC, ISO):
        for m in pattern.finditer(text):
            date = _from_match(m, default_year)
            if date is not None:
                start = m.start()
                first = _FIRST_DAY.search(text, 0, start) if pattern is DAY_MONTH_YEAR else None
                if first and 0 < int(first.group("day")) < date.day:
                    # A meeting held over two days, "Tuesday 5 and Wednesday 6 March
                    # 2024", "5-6 March": its date is the day it opened.
                    date, start = date.replace(day=int(first.group("day"))), first.start()
                if best is None or start < best[0]:
                    best = (start, date)
                break
    return best[1] if best else None


def dates_in_file_name(name: str) -> set[dt.date]:
    """Every whole date (day, month and year) a file name writes: "2025-01-30",
    "13th-Feb-2025", "21.01.25", with underscores for spaces. A time ("10.00") or a
    version ("v2.1.25") is no date. A file name's date may still be a draft's or a
    letter's, not a meeting's: a caller takes only one it can confirm (see index, the
    papers of a meeting)."""
    spaced = name.replace("_", " ")
    found = set()
    for text, patterns in ((spaced, (ISO, NUMERIC)), (spaced.replace("-", " "), (DAY_MONTH_YEAR, MONTH_DAY_YEAR))):
        for pattern in patterns:
            for m in pattern.finditer(text):
                if m.group("year") and (date := _from_match(m, None)):
                    found.add(date)
    return found


# The first day of two before a date: "5 and Wednesday " in "5 and Wednesday 6 March
# 2024", "5-" in "5-6 March". Not a page's or an item's number: "Page 3 - 6 March 2024".
_FIRST_DAY = re.compile(r"(?<!\bpage\s)(?<!\bpages\s)(?<!\bitem\s)(?<!\bitems\s)(?<!\bno\.\s)(?<!\bversion\s)\b(?P<day>[0-3]?\d)\s?(?:st|nd|rd|th)?"
                        r"(?:\s*(?:and|&)\s*(?:[A-Za-z]+day,?\s+)?|[-–])$", re.I)


def _from_match(m: re.Match, default_year: int | None) -> dt.date | None:
    month_text = m.group("month")
    month = MONTHS.get(month_text.lower().rstrip(".")) if not month_text.isdigit() else int(month_text)
    if not month:
        return None
    year_text = m.group("year")
    if year_text is None:
        if default_year is None:
            return None
        year = default_year
    else:
        year = int(year_text)
        if year < 100:
            year += 2000
    return _make(year, month, int(m.group("day")))


def parse_date_range(text: str) -> tuple[dt.date, dt.date] | None:
    """A date or period as a person types it, as an inclusive (first, last) day range.

    `2020` is the whole year; `2020-03` and `March 2020` a month; `5 March 2020`,
    `05/03/2020`, `2020-03-05`, `2020-3-5` and `05-03-2020` one day. Returns None when
    ``text`` is not a date.
    """
    text = text.strip().strip("\"'")
    if re.fullmatch(r"(19|20)\d\d", text):
        year = int(text)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    m = re.fullmatch(r"((?:19|20)\d\d)-(\d{1,2})", text)
    if m:
        return _month_range(int(m.group(1)), int(m.group(2)))
    m = MONTH_YEAR.match(text)
    if m:
        return _month_range(int(m.group("year")), MONTHS[m.group("month").lower().rstrip(".")])
    # Typed with dashes: "2025-2-1" (year first), "13-02-2025" (day first, as in England).
    m = re.fullmatch(r"((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})", text) or re.fullmatch(r"(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)", text)
    if m:
        year, month, day = (m.group(1), m.group(2), m.group(3)) if len(m.group(1)) == 4 else (m.group(3), m.group(2), m.group(1))
        date = _make(int(year), int(month), int(day))
        return (date, date) if date else None
    date = find_date(text)
    if date is None:
        return None
    # The whole text must be the date, give or take a weekday: "Tuesday 5 March 2020".
    leftover = re.sub(r"(?i)\b(mon|tues|wednes|thurs|fri|satur|sun)day\b,?", "", text)
    for pattern in (DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC, ISO):
        leftover = pattern.sub("", leftover)
    if leftover.strip(" ,."):
        return None
    return date, date


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    if not 1 <= month <= 12:
        return None
    first = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)
