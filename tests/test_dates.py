import datetime as dt

import pytest

from docsearch.dates import find_date, parse_date_range


@pytest.mark.parametrize("text, expected", [
    ("on Tuesday, 20 October 2020.", dt.date(2020, 10, 20)),
    ("CABINET – 20TH NOVEMBER 2020", dt.date(2020, 11, 20)),
    ("Council – 5th Sept 2024", dt.date(2024, 9, 5)),
    ("held on 11 th February 2022", dt.date(2022, 2, 11)),
    ("Date of meeting: 27.08.2024", dt.date(2024, 8, 27)),
    ("received 25/02/2020", dt.date(2020, 2, 25)),
    ("9th March 2022 at 10.00am", dt.date(2022, 3, 9)),
    ("Thursday, 30th January, 2025, at 10.00 am", dt.date(2025, 1, 30)),
])
def test_find_date_reads_council_forms(text, expected):
    assert find_date(text) == expected


def test_date_without_year_needs_context():
    assert find_date("on 8 April") is None
    assert find_date("on 8 April", default_year=2020) == dt.date(2020, 4, 8)


def test_impossible_dates_are_not_dates():
    assert find_date("31 February 2020") is None
    assert find_date("item 441") is None


@pytest.mark.parametrize("text, first, last", [
    ("2020", dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
    ("2020-02", dt.date(2020, 2, 1), dt.date(2020, 2, 29)),
    ("March 2020", dt.date(2020, 3, 1), dt.date(2020, 3, 31)),
    ("5 March 2020", dt.date(2020, 3, 5), dt.date(2020, 3, 5)),
    ("2020-03-05", dt.date(2020, 3, 5), dt.date(2020, 3, 5)),
    ("2025-2-1", dt.date(2025, 2, 1), dt.date(2025, 2, 1)),
    ("13-02-2025", dt.date(2025, 2, 13), dt.date(2025, 2, 13)),
])
def test_parse_date_range(text, first, last):
    assert parse_date_range(text) == (first, last)


def test_parse_date_range_rejects_non_dates():
    assert parse_date_range("yesterday") is None
    assert parse_date_range("5 March 2020 budget") is None
    assert parse_date_range("2025-13-01") is None and parse_date_range("31-02-2025") is None


@pytest.mark.parametrize("text, date", [
    # A meeting held over two days is dated by the day it opened.
    ("held on Tuesday 5 and Wednesday 6 March 2024 at 10.00 am", dt.date(2024, 3, 5)),
    ("held on 5-6 March 2024", dt.date(2024, 3, 5)),
    ("on 5th & 6th March 2024", dt.date(2024, 3, 5)),
    # Not a page's or an item's number, nor a dash between two things.
    ("Page 3 - 6 March 2024", dt.date(2024, 3, 6)),
    ("Agenda items 4 and 6 March 2024", dt.date(2024, 3, 6)),
])
def test_a_meeting_over_two_days_takes_its_first(text, date):
    assert find_date(text) == date


def test_a_range_of_pages_or_versions_is_no_meeting_over_two_days():
    assert find_date("Pages 11-26 March 2024") == dt.date(2024, 3, 26)
