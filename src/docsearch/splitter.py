"""Stage 3: a paper's cleaned lines become segments.

A paper is read as a run of *documents*, each found by its own header: a minutes
document (`Minutes of a meeting of the Cabinet held ... on Tuesday, 20 October 2020.`),
a minute extract (`SCRUTINY COMMISSION – 4 NOVEMBER 2020` / title / `MINUTE EXTRACT`),
an officer report (`CABINET – 20 NOVEMBER 2020` / title / `REPORT OF ...`), and the text
around them (agenda front sheets, plans, appendices). Each document takes its body and
meeting date from its own header, never from the file name: an agenda pack holds several
meetings.

Minutes are cut into minute items; inside each item the formal `RESOLVED` and
`RECOMMENDED` blocks become child segments. Reports and other text are cut at their
headings; a report's Recommendation(s) section becomes a child recommendation. Every
line that is not page furniture lands in exactly one minute, report or section segment.
"""

from __future__ import annotations

import bisect
import datetime as dt
import difflib
import functools
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from .clean import Line
from .dates import DAY_MONTH_YEAR, find_date
from .model import Segment, council_initials

# ---------------------------------------------------------------------------------------
# Document headers

# A date as a header prints it: "Tuesday, 20 October 2020", "20TH NOVEMBER 2020",
# "5th Sept 2024" (dates.find_date then reads it).
_PRINTED_DATE = r"(?:(?i:\w+day),?\s+)?\d{1,2}\s?(?i:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}"

# "Minutes of a meeting of the Cabinet held at County Hall, Glenfield ... on Tuesday, ..."
# "MINUTES of a meeting of the County Council held in the Council Chamber ..."
# "Notes of the meeting held on Tuesday 21 January 2025" (a board that is no committee)
# "MINUTES of the meeting held in the Darent Room, ..." (body named on the line above)
# "MINUTES OF THE SPECIAL MEETING (CALL-IN) HELD ON ..." (the kind of meeting in brackets)
MINUTES_HEADER = re.compile(
    r"^\s*(?:minutes|notes)\s+of\s+(?:a|an|the)\s+(?:(?:special|extraordinary|virtual|remote|"
    r"reconvened|annual|ordinary|hybrid|informal|adjourned)\s+)*meeting\s+(?:\([^)]{1,40}\)\s+)?"
    r"(?:of\s+(?:the\s+)?(?P<body>.+?)\s+)?(?:held|which\s+took\s+place|convened)\b",
    re.I,
)
# Other wordings of the same header: "Minutes of the Parish Council Meeting held on ...",
# "Minutes of the Planning Committee held on ...", and without "Minutes": "Meeting of the
# Planning Committee held on Wednesday, 12th March, 2025" under a page titled "Minutes".
MINUTES_HEADER_NAMED = re.compile(
    r"^\s*(?:minutes\s+of\s+(?:a|an|the)\s+(?P<body>[A-Z][\w&'’,()/ -]{2,80}?)(?:\s+meeting)?|"
    r"(?:a\s+)?meeting\s+of\s+(?:the\s+)?(?P<body2>[A-Z][\w&'’,()/ -]{2,80}?))"
    r"\s+(?:held|which\s+took\s+place|convened)\b",
    re.I,
)


# A header of two lines: "Minutes of the Cabinet" over "4 March 2025 at 4.00 pm",
# "Minutes of the WMCA Board" over "Friday 14 February 2025 at 11.00 am".
MINUTES_OF_BODY = re.compile(r"^\s*minutes\s+of\s+(?:the\s+|a\s+)?(?P<body>[A-Z][\w&'’,() -]{2,80}?)\s*$", re.I)
# (A month's name, not any word: "6 Budget 2024/25 and Medium Term Financial Strategy" is
# an item.)
_DATE_OPENING = re.compile(rf"^\s*(?:\w+day,?\s+)?(?:{DAY_MONTH_YEAR.pattern}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}})", re.I)


# Minutes that name another meeting, an item's title: "Minutes of the previous meeting".
PREVIOUS_MEETING = re.compile(r"(?:previous|last)\s+meeting\b", re.I)


def _minutes_header(text: str) -> tuple[str | None] | None:
    """(body,) for a minutes header line, the body None when it is not named there."""
    m = MINUTES_HEADER.match(text)
    if m:
        return (m.group("body"),)
    m = MINUTES_HEADER_NAMED.match(text)
    if m:
        body = m.group("body") or m.group("body2")
        # "Minutes of the previous meeting" / "To confirm the minutes of the meeting held
        # on ..." is an item's title and its text: the minutes of another meeting.
        if PREVIOUS_MEETING.match(body):
            return None
        return (None if body.lower().split()[-1] == "meeting" else body,)
    return None


# Minutes have an attendance list or a first item soon after their header; a line that
# merely *names* some minutes ("Minutes of the Cabinet meeting on ...") has neither.
ATTENDANCE = re.compile(
    r"^\s*(?:present|(?:[A-Z][a-z]+\s+)?members\s+present|in\s+attendance|also\s+present|attendance|"
    r"councillors\s+present|apologies|(?:members|councillors)\s*:|"
    # Hackney's labels: "Councillors in Attendance: ..." ("Chair:" alone heads agendas too).
    r"(?:councillors|members|officers|also)\s+in\s+attendance)", re.I)
# "Minute extract from the Environment and Transport Overview and Scrutiny Committee,
# 5 March 2020."  /  "Extract from the minutes of the Cabinet held on 6 March 2020"  /
# "Minutes except from Selection and Member Services Committee – 13 December 2025"
# (the typo is Kent's).
EXTRACT_INLINE = re.compile(
    r"^\s*(?:minutes?\s+(?:extracts?|except)|extract\s+(?:from\s+)?(?:the\s+)?minutes?)\s+(?:from|of)\s+"
    r"(?:(?:a|the)\s+meeting\s+of\s+)?(?:the\s+)?(?P<body>.+?)(?:\s+held)?(?:\s+on)?\s*[,–—-]?\s+"
    rf"(?P<date>{_PRINTED_DATE})", re.I)
# "MINUTE EXTRACT" alone under a "SCRUTINY COMMISSION – 4 NOVEMBER 2020" header.
EXTRACT_LABEL = re.compile(r"^\s*(?:draft\s+)?(?:minute\s+extract|extract\s+from\s+(?:the\s+)?minutes)\s*:?\s*$", re.I)
# "CABINET – 20 NOVEMBER 2020", "CORPORATE PARENTING PANEL– 29 October 2024",
# "Council – 5th September 2024", "To: Cabinet – 30 January 2025".
MEETING_LINE = re.compile(
    r"^\s*(?:(?i:to)\s*:\s*)?(?P<body>[A-Z][A-Za-z&,'’()/ -]{2,90}?)\s*[–—:-]+\s*"
    rf"(?P<date>{_PRINTED_DATE})\s*\.?\s*$")
# Words that show a "NAME – DATE" line is not a body meeting on a date.
NOT_A_BODY = re.compile(r"\b(?:date|dated|published|updated|version|issued|deadline|received|"
                        r"closing|consultation|page|decision|to\s+be)\b", re.I)
# Leicester City's template: "Decision to be taken at Council meeting on: 5th Sept 2024",
# "Date of meeting: 10 July 2024", "Date of Scrutiny Meeting: 20 August 2024",
# "Decision to be taken by: Full Council".
DECISION_MEETING = re.compile(
    r"^\s*decision\s+to\s+be\s+taken\s+(?:at|by)\s+(?:the\s+)?(?P<body>.*?)\s*meeting\s+on\s*:?\s*(?P<date>.+)$", re.I)
DATE_OF_MEETING = re.compile(r"^\s*(?:date\s+of\s+(?:the\s+)?(?P<body>[A-Za-z ]{0,40}?)\s*meeting|meeting\s+date|"
                             r"date\s+of\s+decision)\s*:\s*(?P<date>.+)$", re.I)
# The addressee line of a report header: "To: Cabinet, 30 January 2025", "To: County
# Council 13th March 2025", "To: County Council   Date: 13 March 2025", "To: County
# Council" (Kent's templates; the date may be left off).
ADDRESSEE = re.compile(rf"^\s*(?:(?:report\s+)?to|meeting|committee)\s*:\s*(?P<body>[A-Z][A-Za-z&,'’()/ -]{{2,80}}?)\s*(?:[–—:,-]*\s*(?:date\s*:\s*)?(?P<date>{_PRINTED_DATE}))?\s*\.?\s*$", re.I)
# A paper's header field saying which body it went to: "Circulated to Cabinet" (Kent's
# budget book, a paper with no meeting date of its own).
CIRCULATED_TO = re.compile(r"^\s*circulated\s+to\s*:?\s+(?P<body>[A-Z][A-Za-z&,'’ -]{2,60}?)\s*\.?\s*$", re.I)
DECISION_BY = re.compile(r"^\s*decision\s+(?:(?:to\s+be\s+)?taken\s+by|maker)\s*:\s*(?P<body>.+)$", re.I)
# Lines that only an officer report's header block carries.
REPORT_SIGNAL = re.compile(
    r"^\s*(?:(?:joint\s+)?report\s+(?:of|by|from)\b|part\s+a\s*$|purpose\s+of\s+(?:the\s+)?report|"
    r"from\s*:|by\s*:|to\s*:|subject\s*:|(?:report\s+)?title\s*:|lead\s+(?:member|director|officer|director/officer)\b|"
    r"report\s+authors?|useful\s+information\s*$|decision\s+(?:no|number|ref(?:erence)?)\s*:|key\s+decision\s*:|"
    r"classification\s*:|electoral\s+divisions?\s*:|wards?\s*(?:\(s\))?\s+affected|"
    r"date\s+of\s+.{0,40}meeting\s*:|decision\s+(?:to\s+be\s+)?taken\s+(?:by|at)\b|head\s+of\s+service\s*:|"
    # Unitary councils' templates: "Report to: Cabinet", "Meeting: Executive", "Title of
    # report:", "Decision maker: Cabinet", "Date of decision: 12 March 2025".
    r"report\s+to\s*:|meeting\s*:|decision\s+maker\s*:|title\s+of\s+(?:the\s+)?report\s*:|"
    r"date\s+of\s+decision\s*:)",
    re.I)
# A council web page's title, which names its meeting (extract puts the <title> first):
# ModernGov's "Agenda for Cabinet on Tuesday, 4th March, 2025, 10.00 am" (also "Agenda and
# minutes for ...", "Decisions for ..."), "Minutes of Planning Committee, Tuesday 4 March
# 2025", CMIS's "Meeting of Planning Committee, 04/03/2025 18:00", often followed by the
# time and the site's name (" - Midshire County Council"). Such a page often names its
# meeting nowhere else: the body and date sit in the site's banner or breadcrumbs.
PAGE_TITLE_MEETING = re.compile(
    r"^\s*(?P<what>(?i:agenda(?:\s*,\s*decisions)?(?:\s+and\s+(?:draft\s+)?(?:minutes|decisions))?|(?:draft\s+)?minutes|"
    r"decisions|meeting))\s+"
    r"(?:(?i:for|of)\s+(?:(?i:the)\s+)?|[–—-]\s+)(?P<body>[A-Z][A-Za-z&,'’()/ -]{2,80}?)\s*(?:,|\s+(?i:on)\b|\s[–—-])\s*"
    rf"(?P<date>{_PRINTED_DATE}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}})\b")
# The same said by the page's headings when its title does not: "Agenda and minutes" over
# "Planning Committee - Wednesday, 5th March, 2025 6.30 pm".
# (CMIS titles a meeting's page "Meeting Details - <council>", its heading "Cabinet -
# Thursday, 20 November 2025 10:00".)
PAGE_HEADING_WHAT = re.compile(r"^\s*(?P<what>agenda(?:\s*,\s*decisions)?(?:\s+and\s+(?:draft\s+)?(?:minutes|decisions))?|"
                               r"(?:draft\s+)?minutes|decisions|meeting\s+details(?=\s*[-–—|]\s*\S.*$))(?:\s*[-–—|].*)?\s*$",
                               re.I)
PAGE_HEADING_MEETING = re.compile(rf"^\s*(?P<body>[A-Z][A-Za-z&,'’()/ ]{{2,80}}?)\s*[–—-]\s*(?P<date>{_PRINTED_DATE})\b")
# ModernGov's label over an item's minutes on a meeting's web page ("Minutes:", under the
# item's title and before its text; "Decision:" on an executive's page): the page carries
# the minutes of the meeting its title names, with no minutes header of their own.
MINUTES_LABEL = re.compile(r"^\s*(?:minutes|decision)\s*:\s*$", re.I)

# "A meeting of the Audit Committee will be held:", "summon you to a meeting of the
# LEICESTER CITY COUNCIL to be held at ..." on an agenda front sheet.
AGENDA_MEETING = re.compile(
    r"\bmeeting\s+of\s+(?:the\s+)?(?P<body>[A-Za-z&,' ]{3,80}?)\s+(?:will\s+be|to\s+be|is\s+to\s+be)\s+held",
    re.I)

# ---------------------------------------------------------------------------------------
# Minute items

# The word an item's number may follow: "Minute 120/24", "Min 45/24", "Item 1.",
# "Minute No. 57".
_ITEM_WORD = r"(?:(?i:minute\s+no\.?|minute|min\.?|item)\s+)?"
# "441. Minutes of the previous meeting."  "80. Provisional Local Government ..."
# ("Item 89 - Apologies for Absence": after the word "Item", a dash may part the two.)
ITEM_INLINE = re.compile(r"^\s*" + _ITEM_WORD + r"(?P<num>\d{1,4})\s*(?:\.|(?<=\d)\s[-–—](?=\s))?\s+"
                         r"(?P<title>[A-Z0-9'‘\"“(].*)$")
# "441." or "441" alone, the title on the next line.
ITEM_ALONE = re.compile(r"^\s*(?P<num>\d{1,4})\s*\.?\s*$")
# A minute number with a committee's letters or the year: "OSC47/24 Draft Budget" (the
# 47th minute of 2024), "25/04 Precept 2025/26" (a parish's 4th minute of 2025),
# "TC/24/101 APOLOGIES", perhaps after the word "Minute" ("Minute 120/24 Apologies"), as
# any item number may be ("Item 1. To receive apologies").
# A committee's letters before a minute's number ("OSC", "R&S"; not a page's "PAGE 3/12").
_LETTERS = r"(?!PAGE\b)[A-Z][A-Z&]{0,5}"
_COMMITTEE_LETTERS = r"(?:[A-Z]{1,5}/)?(?:" + _LETTERS + r"[ .]?)?"
# ... or a municipal year before the number: "2024/25/123 Apologies for Absence".
_YEAR_FIRST = r"(?:(?:19|20)\d\d/(?=\d\d/\d))?"
# In brackets too: "(13/2024) REVENUE BUDGET 2024/25" (a fire authority's minutes).
ITEM_CODED = re.compile(r"^\s*" + _ITEM_WORD + r"(?P<open>\()?(?P<code>" + _COMMITTEE_LETTERS + _YEAR_FIRST
                        + r"(?P<a>\d{1,4})/(?P<b>\d{1,4}))(?(open)\))"
                        r"\s*\.?\s+(?P<title>[A-Z0-9'‘\"“(].*)$")
# The same alone on a line (a table's first cell), the title on the next line. Not a
# financial year ("2024/25", a table's column heading).
ITEM_CODED_ALONE = re.compile(r"^\s*" + _ITEM_WORD + r"(?P<open>\()?(?P<code>(?![12]\d{3}/\d\d\)?\s*$)"
                              + _COMMITTEE_LETTERS + _YEAR_FIRST + r"(?P<a>\d{1,4})/(?P<b>\d{1,4}))(?(open)\))\s*\.?\s*$")
# A minute number after the committee's letters, with no year: "PC.121" (its title on the
# next line), "R&S.34 APOLOGIES FOR ABSENCE", "CAB 57", "CA57", "CAB/101"; or with the
# municipal year between ("FA/24/25/55", a fire authority's 55th minute of 2024/25). Taken
# only where the same letters number two items or more: one "M25 Junction 10" is a road.
# (A year's "/24" only before another "/": in "EX/140" the digits are the number.)
ITEM_LETTERED = re.compile(r"^\s*(?P<code>(?P<letters>" + _LETTERS + r"(?:/\d{2}(?=/)){0,2})[ ./]?(?P<num>\d{1,4}))"
                           r"\s*\.?(?:\s+(?P<title>[A-Z0-9'‘\"“(].*))?\s*$")
# A planning application's or a decision's number opening an item's title: "24/01234/FUL -
# Land at Mill Lane, Eastford", "24/00108 - Household Support Fund", "DC/24/0123 - ...".
# A title opening so is a title, though it does not open with a capital.
REFERENCE_NUMBER = re.compile(r"^\s*(?:[A-Z]{1,4}/)?\d{2,4}/\d{2,6}(?:/[A-Z0-9]{1,6})*\b")
# The full stop that ends a minutes header's sentence: one followed by a capital or by
# nothing (not "10.00", nor "a.m. on").
_HEADER_SENTENCE_END = re.compile(r"\.(?=\s+[A-Z(\"“‘']|\s*$)")
# Kent prints the agenda item under the title: "(Item 1)".
ITEM_MARKER = re.compile(r"^\s*\(\s*item\s+(?P<item>[0-9]{1,3}[a-z]?)\s*\)\s*$", re.I)
# The same marker after the title on its line, the item's only number: "APOLOGIES FOR
# ABSENCE (Item 1)".
ITEM_TRAILING = re.compile(r"^\s*(?P<title>[A-Z][^()]{2,120}?)\s*\(\s*(?i:item)\s+(?P<num>[0-9]{1,3})\s*\)\s*$")
# The closing block of minutes: "2.00 - 2.54 pm", "The meeting closed at 3.15 pm",
# "CHAIRMAN".
CLOSING = re.compile(
    r"^\s*(?:\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*[-–]+\s*\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)"
    r"|(?:the\s+)?meeting\s+(?:was\s+)?(?:closed|ended|finished|concluded|rose)\s+at\b"
    r"|chairman\s*$|chair\s*$|chairwoman\s*$)", re.I)

# ---------------------------------------------------------------------------------------
# Decisions

# "RESOLVED:", "RESOLVED that ...", "3. RESOLVED that ...", "It was RESOLVED that",
# "Resolved –", "RESOVLED:" (the stem word is matched loosely, see _is_resolved_word).
DECISION_STEM = re.compile(
    r"^\s*(?:[-•]\s*)?(?:\(?(?:\d{1,2}(?:\.\d{1,2})?|[a-z]|[ivx]{1,4})[.)]?\s+)?(?:[Ii]t\s+was\s+(?:further\s+)?|and\s+)?"
    r"(?P<word>[A-Za-z]{6,12})\b(?P<rest>.*)$")
# "That the Cabinet be recommended to ..." in minutes.
# "That the Cabinet be recommended to ...", and in capitals "The Committee RECOMMENDS TO
# CABINET that ..." (in lower case, "recommends to" is as often a report's narrative).
RECOMMENDED_TO = re.compile(r"^\s*(?:(?i:that\s+(?:the\s+)?)[A-Z][\w ,&]{2,80}?\s+(?i:be\s+recommended\s+to)\b|"
                            r"(?:[Tt]he\s+)?[A-Z][\w ,&]{2,60}?\s+RECOMMENDS\s+TO\b)")
# What follows a decision and is not part of it.
DECISION_END = re.compile(
    r"^\s*(?:reason(?:s|\(s\))?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)|\(?key\s+decision\)?\s*$|"
    r"(?:options?|alternative\s+options?)\s+considered)", re.I)
# Parts of a decision: "(a)", "a)", "(i)", "ii.", "1.", "•", "- ", "That ...".
PART = re.compile(r"^\s*(?:\(?(?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})[.)]\s|[-•▪·●o]\s|that\b|and\b|or\b)", re.I)

# Report sections that hold recommendations: "Recommendations", "Recommendation(s):",
# "6. Recommended actions/decision", "Report Recommendations", "Recommendation to Cabinet".
RECOMMENDATION_HEADING = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:report\s+|officer\s+|officers['’]?\s+|summary\s+of\s+)?"
    # ("Amended recommendation" in an addendum: what the committee is now asked.)
    r"(?:(?:amended|revised)\s+)?"
    r"(?:recommendations?(?:\s*\(s\))?|recommended\s+(?:actions?|decisions?)(?:\s*/\s*decisions?)?)"
    # ... to or for a body, or for a decision ("Recommendations to Cabinet", "for the March
    # County Council", "for decision"); not a consultant's "Recommendations for Mitigating
    # Adverse Effects", a section of an appraisal.
    r"(?:\s+(?:to|for)\s+(?:the\s+)?(?:[A-Za-z&'’,-]+\s+){0,5}?(?:cabinet|council|committee|commission|panel|board|"
    r"executive|mayor|member|leader|forum|decision|approval|noting|consideration|information|action))?"
    r"\s*:?\s*(?P<rest>.*)$", re.I)
# Stems that open a formal list of recommendations when no heading announces it:
# "It is recommended that:", "Council is recommended to:", "That Council agree:".
RECOMMENDATION_STEM = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d+)*\.?\s+)?(?:it\s+is\s+recommended\s+that|"
    r"(?:the\s+)?(?:council|cabinet|committee|commission|panel|board|executive|mayor)\s+"
    r"(?:is|are)\s+(?:recommended|asked|requested|invited)\s+to|that\s+(?:the\s+)?"
    r"(?:council|cabinet|committee|commission|panel|board)\s+(?:agrees?|approves?|notes?))\b.{0,80}[:\-–]\s*$",
    re.I)

_SECTION_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.|\([a-z]\)|[ivx]{1,4}\.)\s+")
# A section number with a stop: "5. ", "6.2 ", "10.1. " (not "10 Year Plan").
_DOTTED_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.\d{0,2}\s+")
# A table row of figures: a number and then an amount ("22.0 22.0 22.0 Community
# Services Core", "11.1 10.5 -0.5 Additional income" in budget appendices). A numbered
# heading has words or a year after its number ("2.4 The Chief Executive's ...",
# "3.1 2025-26 Budget", "1.2 3.5% pay award"), never a second amount.
_FIGURES_ROW = re.compile(r"^\s*[-(]?[£$]?[\d,]*\d(?:\.\d+)?%?\)?\s+[-(]?[£$]?(?:[\d,]*\d[.,]\d+|-\d+)\)?(?:\s|$)")
# A numbered heading: "5.1 ...", or a label and its number, "Question 3", "Risk 4 – ...".
_NUMBERED_TITLE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s|[A-Z][a-z]+\s+\d{1,2}[a-z]?(?:\s|$))")
# A meeting's date as a labelled field: "Date of Meeting: Thursday 6 February 2025",
# "Meeting date:     Wednesday 26 March 2025", "Date of hearing: 11 February 2025".
# (Not "Date:" alone, a letter's; nor "Date published:", "Date of next meeting:".)
_DATE_FIELD = re.compile(r"^\s*(?:date\s+of\s+(?:the\s+)?(?:meeting|hearing)|(?:meeting|hearing)\s+date)\s*:?\s+\S", re.I)
# A date alone on its line ("16 December 2024", "Tuesday, 31 December 2024"): a letter's
# date, not a heading numbered 16.
_DATE_LINE = re.compile(rf"^\s*(?:[A-Z][a-z]+day,?\s+)?(?:{DAY_MONTH_YEAR.pattern})\s*$", re.I)
# A table row: a label and then its figures ("Swale 115 1159", "Passported Council Tax
# £20.5m £18.7m £1.8m"), or a change ("Drawdowns from reserves (core budget) -£10.6m").
_ENDS_IN_FIGURES = re.compile(r"\s[-(]?[£$]?\d[\d,.]*(?:m|bn|k)?%?\)?\s+[-(]?[£$]?\d[\d,.]*(?:m|bn|k)?%?\)?\s*$"
                             r"|\s[-+][£$]\d[\d,.]*(?:m|bn|k)?\s*$")
# An answer on a form (an equality impact assessment's "Yes", "No", "Not Applicable"),
# and a line that opens with a figure: a share ("85.7% receive Learning Disability
# Support"), a sum ("£10.6m savings") or a count of hundreds or more ("700 tonnes", "9,500
# tonnes": a chart's labels). The form's, the table's or the chart's content, not a
# heading over what follows. (Section numbers are short and have no "£", "%" or
# thousands comma; a year, "2025-26 Council Tax", can open a heading.)
_FORM_ANSWER = re.compile(r"^\s*(?:yes|no|n/?a|not\s+applicable|none|unknown|tbc)\.?\s*$", re.I)
_OPENS_WITH_FIGURE = re.compile(r"^\s*(?:\d[\d,.]*%\s|[£$]\d|\d{1,3}(?:,\d{3})+\b|(?!(?:19|20)\d\d\b)\d{3,}\b)")
# A row of a table: trend arrows ("1st (Eng) ↓ 156.2 151.8 Low"), three figures or more
# anywhere in it ("Library children's issues ‐ 746k 575k 580k High"; a figure has a
# decimal point, a "%" or a "k"/"m": plain numbers and years do not count), or a start
# and an end month ("Implement Tree Management Strategy Both Forestry Apr-20 Mar-24 G").
_TREND_ARROW = re.compile(r"[↑↓→←↗↘]")
_FIGURE = re.compile(r"(?<![\w.])[-+]?[£$]?\d[\d,]*(?:\.\d+%?|%|(?:\.\d+)?[km]\b)")
_MONTHS = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d\d\b.*"
                     r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d\d\b")
# A decision in Kent's style, its verb in capitals ("DELEGATE authority to the Director
# ...", "APPROVE the net transfer ..."): an item of a list of recommendations.
_CAPITAL_VERB = re.compile(r"^\s*(?:\(?\w{1,3}[.)]\s+)?(?:to\s+)?(?:NOTE|AGREE|APPROVE|DELEGATE|ENDORSE|CONSIDER|COMMENT|"
                           r"RECOMMEND|ADOPT|DEBATE|DECIDE|AUTHORISE|AUTHORIZE|REQUEST|ACCEPT|REJECT|CONFIRM|APPOINT|"
                           r"AMEND|REVIEW|RESCIND)\s+[a-z]")
# A row of labelled figures on a performance dashboard: "Latest: 94% Target: 90%, Floor:
# 85% Previous: 89% (Amber)".
_LABELLED_FIGURES = re.compile(r"(?:\b[A-Za-z]+:\s*[-+]?[£$]?\d[\d,.]*(?:%|m|k|bn)?(?!\w).*?){2}")
# A postal address, ending in its postcode ("Merton Civic Centre, London Road, Morden SM4
# 5DX"): where a meeting is held, not a heading.
_ADDRESS = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\s*$")
# The heading of a report's list of papers: "Attached documents", "Background documents".
# (Not "15. Appendices", which is as often a line of a table of contents.)
DOCUMENT_LIST = re.compile(r"^\s*(?:attached|background)\s+(?:papers|documents)\s*:?\s*$", re.I)
# What a report prints after its recommendations, not part of them: its contacts ("4.
# Contact details", "5. Report Authors:", "Contact Officer"), its list of appendices
# ("Appendices", "Appendix 1 – Executive Response") and papers.
END_MATTER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:contact\s+(?:details|officers?|information)|"
                        r"report\s+authors?|relevant\s+directors?|(?:lead\s+)?officer\s+contact|appendices|list\s+of\s+appendices|"
                        r"(?:attached|background)\s+(?:papers|documents))\s*:?\s*$", re.I)


# The reminder a budget report prints to the members deciding it, after what it asks:
# "Cabinet Members are reminded that Section 106 of the Local Government Finance Act 1992
# applies ...", "Members are reminded of ...", "Any Member ... in arrears ...".
_STATUTORY_REMINDER = re.compile(
    r"^\s*(?:(?:[A-Z][a-z]+\s+){0,2}(?:Members|Councillors)\s+(?:are|is)\s+reminded\b|"
    r"(?:Any|All)\s+Members?\s+of\s+(?:a|the)\s+(?:Local\s+Authority|Council)\s+who\b)")


def _recommendations_end(p: _Paper, start: int, end: int) -> int:
    """Where recommendations starting on line ``start`` end, at the latest ``end``: at a
    heading of the report's end matter (END_MATTER), or at a contact's block, a name over
    a telephone number or an email address ("Louise Gavin" / "People Strategy Adviser" /
    "03000 416135"). Before, "County Council endorses the attached Pay Policy Statement"
    ran on into its author's name and telephone number."""
    for k in range(start + 1, end):
        t = p.bare[k]
        if END_MATTER.match(t) or _STATUTORY_REMINDER.match(t) and p.gap_before[k]:
            return k
        if _PERSON.match(t) and any(_CONTACT.search(p.bare[j]) for j in range(k + 1, min(end, k + 4))):
            return k
    return end


# An item of a lettered or numbered list: "(e) To increase ...", "b) Note the ...".
_LIST_ITEM = re.compile(r"^\s*\(?(?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)\s")
_SMALL_WORDS = {"and", "of", "the", "for", "in", "on", "to", "a", "an", "with", "at", "by", "or"}

# Council names as papers print them: "KENT COUNTY COUNCIL", "Leicestershire County
# Council", "London Borough of Merton", "Merton Council".
# Authorities that publish papers as councils do, though they are not councils: "West
# Pennine Combined Authority", "Ashdale Fire and Rescue Authority", "Northshire Police and
# Crime Panel".
_JOINT_BODY = (r"(?:Combined|Fire\s+(?i:and)\s+Rescue|Fire|National\s+Park|Waste\s+Disposal)\s+Authority"
               r"|Police\s+(?i:and)\s+Crime\s+Panel")
# A place's name may join words ("Brighton & Hove", "Stoke-on-Trent", "Bournemouth,
# Christchurch and Poole Council"), carry an apostrophe ("King's Lynn") or a dot ("St.
# Albans").
_PLACE_WORD = r"[A-Z][a-z][A-Za-z'’]*\.?"
# A word of a place's name with what joins it to the next: "Stoke-on-", "Brighton & ",
# "Cheshire ", and "of" only where place names use it ("Isle of Wight", "Forest of Dean",
# "East Riding of Yorkshire"); "Leader of Cheshire East Council" names no place "Leader".
# (A header in capitals is read in title case: "Of", "The" there are no places.)
_PLACE_PART = (r"(?:(?:Isles?|Forest|Riding)\s+(?i:of)(?:\s+(?i:the))?\s+|(?!(?:Council|County|City|Borough|District|"
               r"Town|Parish|Of|The|And|In|At|For|To|By|On)\b)" + _PLACE_WORD +
               r"(?:[ -](?i:upon|on|under|and|le|&)[ -]|\s+(?=[A-Z])))")
# Words that follow a council's name and are not part of it: its bodies and papers.
_NOT_A_PLACE = (r"(?:Council|Cabinet|Committee|Sub|Planning|Licensing|Executive|Scrutiny|Overview|Audit|Full|"
                r"Minutes|Meeting|Agenda|Report|Decision|Health|Pensions?|Standards|Corporate|Adults?|Children|"
                r"Schools?|Housing|Members?|Annual|Extraordinary|Special|Budget|Local|Strategic|General|"
                r"Employment|Appointments|Governance|Held|Notice|Record|Officer|Director|"
                # (Small words, capitalised in a header read in title case: "... OF HARINGEY AT
                # THE MEETING".)
                r"At|The|On|In|For|To|By|Of|From|With|Was|Is|Has)\b")
COUNCIL_NAME = re.compile(
    r"\b(?:(?:London|Royal)\s+Borough\s+(?i:of)\s+[A-Z][A-Za-z]+(?:\s+(?i:and|upon)\s+[A-Z][A-Za-z]+|"
    # ... a borough of two words ("Tower Hamlets", "Waltham Forest"), not a body of it
    # ("London Borough of Brent Planning Committee").
    r"\s+(?!" + _NOT_A_PLACE + r")[A-Z][a-z]+\b)?"
    r"|" + _PLACE_PART + r"{0,3}"
    + _PLACE_WORD + r"\s+(?:(?:County|City(?:\s+(?i:and)\s+District)?|Borough|District|Metropolitan\s+Borough|Town|Parish)"
    # A unitary council named without its kind, of one word or several: "Wiltshire
    # Council", "Cheshire East Council", "Bath and North East Somerset Council",
    # "Bournemouth, Christchurch and Poole Council".
    # (Not an office's last word before the council: "... Adult Social Care and Health,
    # Westshire Council".)
    r"\s+Council|" + _JOINT_BODY + r")|(?:(?!" + _NOT_A_PLACE + r")[A-Z][A-Za-z]+,\s+)*" + _PLACE_PART + r"{0,3}"
    r"(?!(?:County|City|Borough|District|Town|Parish)\s)(?:[A-Z][A-Za-z]+\s+)(?:Council))\b")
_NOT_COUNCIL_WORDS = {"the", "county", "city", "borough", "district", "town", "parish", "this",
                      "our", "a", "each", "every", "full", "any", "that", "same", "other", "by",
                      "of", "to", "and", "metropolitan", "neighbouring", "local", "from", "with",
                      "in", "at", "for", "on", "whole", "their", "which", "its", "is", "was", "since",
                      # Words papers print before "County Council" that are not places:
                      # "the 2025-26 Budget County Council", "Cabinet Member".
                      "budget", "dear", "member", "members", "plan", "subsequently", "recommendation",
                      "meeting", "report", "agenda", "date", "cabinet", "leader", "officer",
                      "annual", "special", "extraordinary", "january", "february", "march",
                      "april", "may", "june", "july", "august", "september", "october",
                      "november", "december", "then", "next", "at", "as", "or", "if", "when",
                      # ... and above a name in a title block: "DRAFT KENT COUNTY COUNCIL".
                      "draft", "appendix", "annex", "minutes", "chairman", "leaders"}

# Sections longer than this many words are cut at paragraph breaks, so that a hit points
# at the passage rather than at a fifty-page plan.
MAX_SECTION_WORDS = 450
# Sections shorter than this are merged into the next (tables arrive one cell per line
# and would otherwise make hundreds of one-line "sections").
MIN_SECTION_WORDS = 25
# A heading repeated under several numbered sections ("What will success look like?")
# is titled with the numbered heading at most this many sections above it.
REPEATED_HEADING_REACH = 3


# ---------------------------------------------------------------------------------------


@dataclass
class _Doc:
    kind: str  # "minutes", "minute_extract", "report", "other"
    start: int  # index into the content lines
    body: str | None = None
    date: dt.date | None = None
    title: str = ""
    end: int = 0
    header_end: int = 0  # first line after the header block
    minute: str | None = None  # a minute extract's item number, or a record of decision's number
    appended: bool = False  # appended to the document before it (an equality assessment)


@dataclass
class _Part:
    kind: str
    start: int
    end: int  # exclusive, content-line indices
    title: str
    minute: str | None = None
    doc: _Doc | None = None
    children: list["_Part"] = field(default_factory=list)
    document: str | None = None  # the report title the part's title starts with


class _Paper:
    """The content lines of one paper and small questions about them."""

    def __init__(self, lines: list[Line]):
        self.lines = [ln for ln in lines if not ln.furniture and not ln.blank]
        # A blank line (or furniture) between two content lines marks a paragraph break.
        self.gap_before: list[bool] = []
        seen_blank = True
        for ln in lines:
            if ln.furniture or ln.blank:
                seen_blank = True
            else:
                self.gap_before.append(seen_blank or ln.page_break)
                seen_blank = False
        self.text = [" ".join(ln.text.split()) for ln in self.lines]
        # Lines printed again as page furniture (a running header): their first printing,
        # kept as content, heads what the pages below it hold.
        self.runs_on = {" ".join(ln.text.split()) for ln in lines if ln.furniture and ln.text.strip()}
        # The same line with markdown list prefixes ("- ", "* ") removed, for matching.
        self.bare = [re.sub(r"^[-*•]\s+", "", t) for t in self.text]

    def __len__(self) -> int:
        return len(self.lines)

    @functools.cached_property
    def line_counts(self) -> Counter:
        """How often each line is printed in the paper."""
        return Counter(t.strip() for t in self.bare)

    @functools.cached_property
    def decision_page(self):
        """What a ModernGov decision page says of its decision (see _decision_page), or
        None: asked by the header, the documents and each run of sections."""
        return _decision_page(self)

    def window(self, k: int, n: int) -> str:
        return " ".join(self.bare[k:k + n])


def _title_case(text: str) -> str:
    words = text.split()
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        # A label's letter is no small word: "Appendix A", not "Appendix a".
        label = i and len(lw) == 1 and words[i - 1].lower() in _LETTERED
        # (Nor after a colon: "Winter Plans: An Update".)
        small = i and lw in _SMALL_WORDS and not label and not words[i - 1].endswith(":")
        out.append(w if _initials(w) else lw if small else lw[:1].upper() + lw[1:])
    return " ".join(out)


# Two-letter words a title in capitals may hold that are words, not initials ("IT" is
# as often the word as the department: "WHAT IT MEANS FOR SCHOOLS").
_TWO_LETTER_WORDS = frozenset("of to in on at by an as or if is it be we me my no so up us do go he".split())
# Titles and abbreviations with no vowel that are no initials: "MR SMITH", "CLLR JONES".
_NOT_INITIALS = frozenset("mr mrs ms dr st cllr cllrs rd nr".split())


def _initials(word: str) -> bool:
    """A word in capitals that reads as initials, kept so in a title cased from capitals:
    two letters that are no word ("EU", "UK"), or letters with no vowel ("NHS", "KCC",
    "CQC") that are no abbreviation ("MR", "DR", "CLLR"). ("SEND", "VAT" or "IT" cannot
    be told from a word, and are cased as words.)"""
    letters = re.sub(r"[^A-Za-z]", "", word)
    if len(letters) < 2 or not letters.isupper() or letters != word.strip("()[],.;:'’&-"):
        return False
    if letters.lower() in _NOT_INITIALS:
        return False
    return (len(letters) == 2 and letters.lower() not in _TWO_LETTER_WORDS) or not set(letters.lower()) & set("aeiouy")


_LETTERED = ("appendix", "annex", "annexe", "part", "schedule", "section", "table", "option", "phase")


# The heading of an adjourned meeting's second sitting, which names no body.
_RESUMED = re.compile(r"\s*(?:the\s+)?(?:adjourned|reconvened|resumed)(?:\s+meeting)?\s*", re.I)


def clean_body(name: str | None, council: str | None = None) -> str | None:
    """A body's name as a clerk writes it: `the Cabinet` → `Cabinet`, `SCRUTINY
    COMMISSION` → `Scrutiny Commission`; the council itself meeting in full → `Council`
    (`County Council`, `Parish Council`, `Town Council` for a county, parish or town)."""
    if not name:
        return None
    name = " ".join(name.replace("’", "'").split()).strip(" ,.:;–-")
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
    # A decision maker named with the office: "Councillor Tom Walsh, Cabinet Member for ...".
    name = re.sub(r"^(?:councillor|cllr\.?|mrs?|ms|miss|dr)\s+[A-Za-z.'’ -]{1,40}?,\s*(?=\S)", "", name, flags=re.I)
    # ... an officer named so, with no title: "Nicola Ashworth, Strategic Director of
    # Communities" (an officer's decision record's maker is the office);
    name = re.sub(r"^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3},\s*(?=(?:[A-Z][a-z]+\s+){0,3}(?:Director|Head\s+of|"
                  r"Chief\s+Executive|Cabinet\s+Member|Leader|Manager|Officer)\b)", "", name)
    # ... the one who decides, not those consulted: "Executive Director (Communities and
    # People), in consultation with the Cabinet Member for Housing".
    name = re.sub(r",?\s+\(?(?:in\s+consultation|after\s+consult(?:ation|ing)|following\s+consultation|in\s+conjunction)"
                  r"(?:\s+with\b.*)?$", "", name, flags=re.I)
    # ... or after it: "Cabinet Member for Finance, Councillor Alan Birtwhistle", "Mayor
    # of the Severn Vale Combined Authority (Mayor Dan Hollis)", "The Mayor of
    # Thamesmere, Rokhsana Patel".
    name = re.sub(r",\s*(?:councillor|cllr\.?)\s+[A-Za-z.'’ -]{1,40}$", "", name, flags=re.I)
    name = re.sub(r"\s*\((?:mayor|councillor|cllr\.?)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\)$", "", name, flags=re.I)
    # (A mayor's only: after a portfolio, "Cabinet Member for Parks, Highways and
    # Transport", the words are more of the office.)
    name = re.sub(r"^((?i:the\s+)?(?i:mayor)\b[^,]{0,80}),\s*[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}$", r"\1", name)
    # An agenda addressed "To: All Members of the County Council" summons that body.
    name = re.sub(r"^(?:all\s+)?members\s+of\s+(?:the\s+)?", "", name, flags=re.I)
    # A web page's heading names its papers with the body: "Minutes of the Parish Council
    # Meeting", "Planning Committee Minutes".
    name = re.sub(r"^(?:draft\s+)?minutes\s+of\s+(?:the\s+|a\s+)?(?=\S)", "", name, flags=re.I)
    name = re.sub(r"\s+(?:(?:draft\s+)?minutes|agenda)$", "", name, flags=re.I)
    # The annual meeting of a parish's or town's electors, no council's meeting: the law
    # calls it the "Annual Parish Meeting" (a header's "meeting" may have been read as
    # the word after a body's name, leaving "Annual Parish").
    electors = re.fullmatch(r"annual\s+(parish|town)(?:\s+meeting)?", name, re.I)
    if electors:
        return f"Annual {electors.group(1).title()} Meeting"
    name = re.sub(r"\s+(?:meeting|held|report)$", "", name, flags=re.I)
    # London's minutes name the council after the body: "Full Council of the London
    # Borough of Haringey", "Proceedings of the Council of the London Borough of Camden at
    # the (meeting held ...)".
    name = re.sub(r"^proceedings\s+of\s+(?:the\s+)?", "", name, flags=re.I)
    name = re.sub(r"\s+at\s+the$", "", name, flags=re.I)
    of = re.search(r"\s+of\s+(?:the\s+)?(?P<council>.+)$", name, re.I)
    if of and COUNCIL_NAME.fullmatch(of.group("council").title().replace(" Of ", " of ")):
        name = name[:of.start()]
    # A web page's title says what the page is before the body: "Minutes - Coldham Parish
    # Council - 8 January 2025".
    name = re.sub(r"^(?:minutes|agenda|decisions)\s*[-–—:]\s*", "", name, flags=re.I)
    # "the Full Town Council": the council meeting in full, as for "Full Council" below;
    # "the Annual Parish Council (meeting)", "an Extraordinary Town Council": the kind of
    # meeting, not of body.
    name = re.sub(r"^(?:(?:full|annual|extraordinary|special|ordinary)\s+)+"
                  r"(?=(?:town|parish|county|city|borough|district)\s+council$)", "", name, flags=re.I)
    # "Budget Meeting of the Council": the Council, meeting to set its budget.
    name = re.sub(r"^(?:(?:budget|annual|extraordinary|special|ordinary)\s+)+meeting\s+of\s+(?:the\s+)?(?=\S)", "", name,
                  flags=re.I)
    # "AUDIT COMMITTEE AND GENERAL PURPOSES COMMITTEE (JOINT SESSION)": the session's kind
    # is not part of the body's name.
    name = re.sub(r"\s*\((?:joint|special|extraordinary|reconvened|adjourned|informal|virtual)\b[^)]*\)$", "", name, flags=re.I)
    # "ADJOURNED MEETING - TUESDAY, 23 JANUARY 2024": the kind of meeting alone names no
    # body (the Council's meeting had been adjourned).
    if not name or len(name) > 90 or re.fullmatch(r"(?:special|extraordinary|reconvened|adjourned|informal|"
                                                  r"ordinary)(?:\s+meeting)?", name, re.I):
        return None
    letters = [c for c in name if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.7:
        name = _title_case(name)
    if council and name.lower() == council.lower() and not council.lower().endswith(" council"):
        return name  # a combined or fire authority, a police and crime panel, meeting as itself
    if council and name.lower() == council.lower() or name.lower() in ("full council", "council meeting", "council"):
        # A county's papers name the meeting of all its members "County Council" ("To:
        # County Council – 9 January 2025"), so "To: Full Council" is that body too; a
        # parish's and a town's, "Parish Council" and "Town Council" (a parish's minutes are
        # nearly all of that one body, and its web pages call it so).
        tier = re.search(r"\b(County|Parish|Town)\s+Council$", council or "", re.I)
        return f"{tier.group(1).title()} Council" if tier else "Council"
    return name


_BROKEN_AFTER_OF = re.compile(r"\bBorough\s+of$", re.I)
_NAME_WORD = re.compile(r"Council|Authority|Panel|Borough", re.I)


def _place_case(name: str) -> str:
    """A place's name as it is written: "Newcastle-under-Lyme", "Stoke-on-Trent",
    "Kingston upon Thames"."""
    name = re.sub(r"(?<=\s)Upon(?=\s)", "upon", name)
    return re.sub(r"[A-Za-z]+(?:-[A-Za-z]+)+", lambda m: "-".join(
        w.lower() if w.lower() in ("upon", "on", "under", "le", "en", "in", "by", "the") and i else w.capitalize()
        for i, w in enumerate(m.group(0).split("-"))), name)


# How a paper refers to its own council without naming it: "the County Council".
_OWN_COUNCIL = re.compile(r"\b[Tt]he\s+(County|City|Borough|District|Town|Parish)\s+Council\b")


LETTERHEAD_LINES = 3
# "Council" (or "County Council", ...) alone on its line: the end of a name broken over two.
_COUNCIL_ALONE = re.compile(r"\s*(?:(?:County|City|Borough|District|Town|Parish)\s+)?Council\s*")


def _letterhead(paper: _Paper, names) -> str | None:
    """The council named alone on one of the paper's first lines, if any: not one of a
    list of councils a line each (a letter's addressees)."""
    for k, t in enumerate(paper.bare[:LETTERHEAD_LINES]):
        named = names([t], generic=True)
        if len(named) == 1 and len(named[0].split()) == len(t.split()):
            beside = paper.bare[max(0, k - 1):k] + paper.bare[k + 1:k + 2]
            if not any(_names_a_council(b) for b in beside):
                return named[0]
    return None


def find_council(paper: _Paper) -> str | None:
    """The council whose paper this is, from its own words: the first council named in
    its opening lines; else the named council of the kind the paper calls "the County
    Council" (or "the City Council", ...) most often; else the one it names most."""
    def names(texts: list[str], generic: bool = False) -> list[str]:
        found = []
        # Headers print names in capitals ("KENT COUNTY COUNCIL"): read those in title case.
        # A name can break after a short first line ("Leicester" / "City Council"), before
        # "Council" alone ("NORTH NORTHAMPTONSHIRE" / "COUNCIL"), or after "of" ("... FULL
        # COUNCIL OF THE LONDON BOROUGH OF" / "HARINGEY HELD AT ...").
        lines = [t.title() if t.isupper() else t for t in texts]
        chunks = [a + " " + b if len(a.split()) == 1 or _BROKEN_AFTER_OF.search(a)
                  or _COUNCIL_ALONE.fullmatch(b) else a
                  for a, b in zip(lines, lines[1:] + [""])]
        # (Only lines that can hold a name are searched: the pattern is slow to fail.)
        chunks = [c for c in chunks if _NAME_WORD.search(c)]
        for m in (m for chunk in chunks for m in COUNCIL_NAME.finditer(chunk)):
            words = m.group(0).split()
            while words and words[0].lower().rstrip(",") in _NOT_COUNCIL_WORDS:
                words.pop(0)
            # "Merton Council" names a council in a header; deep in the text "X Council"
            # is as often a forum ("Children in Care Council").
            typed = re.search(r"\b(?:County|City|Borough|District|Town|Parish)\s+Council|Borough\s+of|" + _JOINT_BODY,
                              " ".join(words))
            if not generic and not typed:
                continue
            if len(words) >= 2 and words[0][0].isupper() and words[0].lower() not in _NOT_COUNCIL_WORDS:
                found.append(_place_case(_title_case(" ".join(words)).replace("Of ", "of ")))
        return found

    # A web page's title ends with the site's council ("... 7.00 pm - Mid Suffolk District
    # Council"): that is the paper's, whichever council its text calls "the Parish Council".
    if paper.bare and re.search(r"\s[-–—|]\s[^-–—|]*\bCouncil\s*$", paper.bare[0]):
        first = names([paper.bare[0]], generic=True)
        if len(first) == 1:
            return first[0]
    kind, kind_uses = _own_kind(paper)
    head = names(paper.bare[:12], generic=True)
    # (Opening lines naming three councils or more may still stand under a letterhead: a
    # fire authority's members listed with the councils they sit for.)
    if len(set(head)) > 2 and (named := _letterhead(paper, names)):
        return named
    # Opening lines naming several councils address them ("To: Leaders of two-tier
    # councils: Ashford Borough Council, Canterbury City Council, ..."); and a paper that
    # calls itself "the County Council" is not the paper of a borough it names in its
    # summary ("jointly with Medway Council").
    if len(set(head)) <= 2:
        # (Once is a mention, not the paper's own: district minutes recording "a motion
        # asking the County Council to ..." are the district's.)
        if head and (kind is None or kind_uses < 2):
            return head[0]
        # A letterhead, the council's name alone on one of the paper's first lines, is
        # its council, whichever council its text calls "the County Council" (a parish's
        # minutes report a flood "to the County Council") or names below it (a county
        # cabinet's minutes "held at Ravensby District Council Offices", speaking of "the
        # District Council" twice).
        if (named := _letterhead(paper, names)):
            return named
        for name in head:
            if f" {kind} Council" in name:
                return name
    counts: dict[str, int] = {}
    for name in names(paper.bare):
        counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    # A paper that calls itself by initials ("KCC" eleven times) is not the paper of a
    # council with other initials that it names ("Dover District Council").
    initials, uses = _own_initials(paper)
    if uses >= 3:
        counts = {n: c for n, c in counts.items() if council_initials(n) == initials}
    if kind:
        of_kind = {n: c for n, c in counts.items() if f" {kind} Council" in n}
        # None named of its own kind: the councils it names are others (partners, the
        # districts in its area); better no council than the wrong one.
        return max(of_kind, key=of_kind.get) if of_kind else None
    if not counts:
        return None
    best = max(counts.items(), key=lambda kv: kv[1])
    if best[1] >= 2:
        return best[0]
    # Named once, and no other council named: the paper's own, unless the paper calls
    # itself by other initials, even once ("At KCC any two members ..." over "engagement
    # with Swale Borough Council"): then the one named is a partner.
    return best[0] if len(counts) == 1 and (not initials or council_initials(best[0]) == initials) else None


# A council's initials as papers print them: "KCC", "LCC", "DDC", "RBKC".
_COUNCIL_INITIALS = re.compile(r"\b([A-Z]{1,3}[CDB]C)\b")


def _own_kind(paper: _Paper) -> tuple[str | None, int]:
    """The kind of council a paper calls its own ("the County Council": "County") most,
    and how many times (None, 0 if it never does)."""
    return _most_printed(paper, _OWN_COUNCIL)


def _own_initials(paper: _Paper) -> tuple[str | None, int]:
    """The council initials a paper uses most, and how many times (None, 0 if none)."""
    return _most_printed(paper, _COUNCIL_INITIALS)


def _most_printed(paper: _Paper, pattern: re.Pattern) -> tuple[str | None, int]:
    """The value of ``pattern``'s group the paper prints most (the first, of equals), and
    how many times."""
    return next(iter(_printed(paper, pattern)), (None, 0))


def _printed(paper: _Paper, pattern: re.Pattern) -> list[tuple[str, int]]:
    """The values of ``pattern``'s group the paper prints, most printed first, and how
    many times each."""
    return Counter(m.group(1) for t in paper.bare for m in pattern.finditer(t)).most_common()


# ---------------------------------------------------------------------------------------
# Finding documents


def _meeting_line(text: str) -> tuple[str, dt.date] | None:
    m = MEETING_LINE.match(text)
    if not m:
        return None
    body = m.group("body")
    # A meeting line names a body, not a sentence: few words, no full stop inside.
    if len(body.split()) > 10 or re.search(r"[.\d]", body) or NOT_A_BODY.search(body):
        return None
    date = find_date(m.group("date"))
    return (body, date) if date else None


def _page_title_meeting(p: _Paper) -> tuple[str, str, dt.date] | None:
    """What a web page's title says it holds ("agenda", "minutes", ...), and the body and
    date of the meeting, when the paper's first line is such a title."""
    m = PAGE_TITLE_MEETING.match(p.bare[0]) if len(p) else None
    if not m:
        heading = next((j for j in range(min(len(p) - 1, PAGE_HEADER_REACH)) if PAGE_HEADING_WHAT.match(p.bare[j])), None)
        # (The meeting's heading under it, or a line or two further down, below the
        # site's name or a link: "Services A to Z".)
        m = next((m for j in range(heading + 1, min(len(p), heading + 4))
                  if (m := PAGE_HEADING_MEETING.match(p.bare[j]))), None) if heading is not None else None
        if not m:
            return None
        what = PAGE_HEADING_WHAT.match(p.bare[heading]).group("what")
    else:
        what = m.group("what")
    body = m.group("body").strip(" ,")
    # A body's name, not a minutes header's sentence ("Minutes of the Planning Committee
    # held on ...", read by _find_minutes) nor a "Minutes of the meeting" heading.
    if len(body.split()) > 10 or re.search(r"[.\d]|\b(?:held|meeting)\b", body, re.I) or NOT_A_BODY.search(body):
        return None
    date = find_date(m.group("date"))
    return (what.lower(), body, date) if date else None


# How far below a web page's title its own minutes header can stand ("Minutes of a meeting
# of the Cabinet held ..." under an h1 "Minutes").
PAGE_HEADER_REACH = 12


def _titled_page_minutes(p: _Paper) -> _Doc | None:
    """A web page whose title names a meeting and whose text is that meeting's minutes,
    with no minutes header of its own: "Minutes of Planning Committee, Tuesday 4 March
    2025" over an attendance list, or ModernGov's "Agenda for Cabinet on ..." page once
    the minutes are published, each item's text under a "Minutes:" label."""
    titled = _page_title_meeting(p)
    if titled is None:
        return None
    what, body, date = titled
    near = range(1, min(len(p), PAGE_HEADER_REACH))
    if any(_find_minutes(p, j) for j in near):
        return None  # the page prints its minutes' own header: that is read instead
    # Minutes: said so in the title or in a heading of the page's own ("Minutes" alone, as
    # CMIS heads a "Meeting of ..." page), above an attendance list; or items' minutes
    # under ModernGov's labels.
    said = "minutes" in what or any(re.fullmatch(r"\s*(?:draft\s+)?minutes\s*", p.bare[j], re.I) for j in near)
    # (CMIS labels each item's decision "Decision" with no colon, its page's status
    # "Decisions published".)
    labelled = any(MINUTES_LABEL.match(t) for t in p.bare) or what.lower().startswith("meeting") and any(
        re.fullmatch(r"\s*decision\s*", t, re.I) for t in p.bare)
    if not (said and any(ATTENDANCE.match(p.bare[j]) for j in near) or labelled):
        return None
    return _Doc("minutes", 0, body=body, date=date, title=p.text[0])


# How far down a paper its own minutes header may open it (below a letterhead or the
# council's name).
OPENING_LINES = 2


def _opens_paper(p: _Paper, k: int) -> bool:
    """Line ``k`` opens the paper: only a few short lines above it, none a sentence."""
    return k <= OPENING_LINES and not any(len(p.bare[j].split()) > 8 or p.bare[j].rstrip().endswith(".")
                                          for j in range(k))


# A district's record of a Cabinet meeting's decisions, published in place of its minutes:
# "CABINET" / "RECORD OF DECISIONS" / "Meeting held on Tuesday, 8 October 2024 ...".
DECISIONS_RECORD = re.compile(r"^\s*(?:(?:record|schedule|notice)\s+of\s+(?:the\s+)?decisions|decisions?\s+notice)\s*(?:taken)?\s*(?::\s*)?"
                              r"(?P<held>(?:at|by)\s+(?:the|a)\s+meeting\s+(?:of\s+.{2,80}?\s+)?held\s+on\s+.+)?$", re.I)
# Its items: "Decision No: CAB 45/24" over "Subject: Leisure Centre Decarbonisation".
DECISION_NUMBER = re.compile(r"^\s*(?i:decision\s+(?:no\.?|number|ref(?:erence)?))\s*:?\s*"
                             r"(?P<code>(?:[A-Z]{1,5}[ .]?)?\d[\w/.-]*)(?:\s+\(.*\))?\s*$")
# A report's numbered heading or paragraph opening its line: "1. PURPOSE", "2.1 The plan"
# (not "12 Mill Street" or "10 Year Health Plan", a title's words wrapped).
_PARAGRAPH_NUMBER = re.compile(r"^\s*(?:\d{1,2}\.|\d{1,2}\.\d{1,2}\.?)\s+[A-Z]")
SUBJECT_FIELD = re.compile(r"^\s*(?:subject|title|item)\s*:\s*(?P<title>\S.*)$", re.I)


# ModernGov's page of a decision's history ("Issue - items at meetings - <title>"): each
# meeting that took the item is headed "Meeting: 12/03/2025 - Cabinet (Item 6)", over the
# item's number and title and its "Decision:" and "Minutes:" text, as the meeting's page
# prints them; the page holds an item of each meeting's minutes.
ISSUE_MEETING = re.compile(r"^\s*meeting\s*:\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})\s*[-–—]\s*"
                           r"(?P<body>[A-Z][^()]{2,80}?)\s*\(\s*item\s+(?P<item>[\w./-]{1,12})\s*\)\s*$", re.I)


# ModernGov's page of one agenda item: "Meeting: Cabinet, Wednesday, 12th March, 2025 2.00
# pm" over "5. Library Service Redesign", then the item's "Decision:" and "Minutes:" once
# the minutes are out: an item of that meeting's minutes.
AGENDA_ITEM_MEETING = re.compile(r"^\s*meeting\s*:\s*(?P<body>[A-Z][^,()]{2,80}?)\s*,\s*(?P<when>\S.*\d{4}.*)$", re.I)
AGENDA_ITEM_TITLE = re.compile(r"^\s*(?P<item>\d{1,3}[a-z]?)\.?\s+(?P<title>[A-Z]\S*.*)$")


def _agenda_item_page(p: _Paper, k: int) -> _Doc | None:
    m = AGENDA_ITEM_MEETING.match(p.bare[k])
    date = find_date(m.group("when")) if m else None
    titled = AGENDA_ITEM_TITLE.match(p.bare[k + 1]) if date and k + 1 < len(p) else None
    if not titled or not any(MINUTES_LABEL.match(t) for t in p.bare[k + 2:]):
        return None
    return _Doc("minute_extract", k, body=m.group("body").strip(), date=date, title=titled.group("title"),
                header_end=k + 1, minute=titled.group("item"))


def _issue_meeting(p: _Paper, k: int) -> _Doc | None:
    m = ISSUE_MEETING.match(p.bare[k])
    date = find_date(m.group("date")) if m else None
    if date is None:
        return _agenda_item_page(p, k)
    # The item's number and title follow: "6 Highways Capital Programme 2025/26", "7a.
    # Fees and Charges" (under "(Item 7a)", "(Item 3.)").
    item = m.group("item").rstrip(".")
    titled = re.match(rf"^\s*{re.escape(item)}\.?\s+(?P<title>\S.*)$", p.bare[k + 1], re.I) if k + 1 < len(p) else None
    return _Doc("minute_extract", k, body=m.group("body").strip(), date=date,
                title=titled.group("title") if titled else "", header_end=k + 1, minute=item)


def _decisions_record(p: _Paper, k: int) -> _Doc | None:
    m = DECISIONS_RECORD.match(p.bare[k])
    if not m:
        return None
    # ("Record of decisions taken at the meeting held on Tuesday 14 January 2025": the
    # date on the same line.)
    date = find_date(m.group("held")) if m.group("held") else None
    # (Or the date a few lines down, under the body's name: "DECISION NOTICE" / "Combined
    # Authority Board" / "Meeting held on: Friday 28 March 2025"; a hearing's notice gives
    # the case's fields first, "Complaint reference:" / "Subject Member:" / "Date of
    # hearing: 11 February 2025".)
    date = date or next((find_date(p.bare[j]) for j in range(k + 1, min(len(p), k + 6))
                         if re.match(r"^\s*(?:meeting\s+held|held\s+on)\b", p.bare[j], re.I)
                         or _DATE_FIELD.match(p.bare[j])), None)
    if date is None:
        return None
    body = _body_above(p, k, letterhead=False)
    if body is None and k + 1 < len(p) and (below := _named_body(p.bare[k + 1])):
        return _Doc("minutes", k, body=below, date=date, title=p.text[k], header_end=k + 2)
    return _Doc("minutes", k if body is None else k - 1, body=body, date=date, title=p.text[k])


def _body_above(p: _Paper, k: int, letterhead: bool = True) -> str | None:
    """The body a header names on one of the two lines above it, in capitals or named as
    one ("KENT COUNTY COUNCIL / CABINET / MINUTES of the meeting ...", "Planning
    Committee" / "MINUTES of the Meeting held ..."); with ``letterhead`` False, not the
    council's own name."""
    for j in range(k - 1, max(-1, k - 3), -1):
        t = p.bare[j]
        # (A long name is a name in capitals, its small words apart: "Children and Young
        # People Overview and Scrutiny Committee", "Northmoor and Westshire Police and
        # Crime Panel"; not a sentence ending in "... by the Scrutiny Committee".)
        named = len(t.split()) <= 6 or len(t.split()) <= 10 and all(
            w[:1].isupper() or w in ("and", "of", "the", "for", "&") for w in t.split())
        if (t.isupper() or BODY_LINE.match(t)) and named and (letterhead or not _names_a_council(t)):
            return t
    return None


def _find_minutes(p: _Paper, k: int) -> _Doc | None:
    record = _decisions_record(p, k)
    if record:
        return record
    m = _minutes_header(p.bare[k])
    if not m:
        titled = _titled_minutes(p, k)
        if titled:
            return titled
        # A header can wrap before "held": join the next line and try again.
        joined = p.window(k, 2)
        if not re.match(r"^\s*(?:(?:minutes|notes)\s+of|(?:a\s+)?meeting\s+of)\b", p.bare[k], re.I):
            return None
        # (or twice: "MINUTES OF THE MEETING OF THE" / "WEST YORKSHIRE COMBINED AUTHORITY" /
        # "HELD ON THURSDAY, 1 FEBRUARY 2024 ...").
        m = _minutes_header(joined) or _minutes_header(p.window(k, 3))
        if not m:
            # ... or name the body, its date on the line below.
            named = MINUTES_OF_BODY.match(p.bare[k])
            if not (named and k + 1 < len(p) and _DATE_OPENING.match(p.bare[k + 1])
                    and not PREVIOUS_MEETING.match(named.group("body"))):
                return None
            m = (named.group("body"),)
    # "12." / "Minutes of the meeting held on 7 November 2023": an item's title, under its
    # number, is no header.
    if k > 0 and (ITEM_ALONE.match(p.bare[k - 1]) or ITEM_CODED_ALONE.match(p.bare[k - 1])):
        return None
    # The attendance list follows within a few lines; without it, a line opening "Minutes of
    # a meeting of the Cabinet held on ..." is as often a report's narrative. But a header
    # that opens the paper, with a numbered item below it, is the paper's own: minutes of
    # a sub-committee or an extract may list no attendance.
    ahead = range(k + 1, min(len(p), k + 12))
    if not any(ATTENDANCE.match(p.bare[j]) for j in ahead) and not (
            _opens_paper(p, k) and any(ITEM_INLINE.match(p.bare[j]) or ITEM_ALONE.match(p.bare[j])
                                       or ITEM_CODED.match(p.bare[j]) or ITEM_CODED_ALONE.match(p.bare[j])
                                       or ITEM_LETTERED.match(p.bare[j])
                                       for j in ahead)):
        return None
    # The header runs on over up to four lines, to the attendance list or the first item
    # ("... held at 6.30 pm in the Council Chamber, Town Hall, Bexhill-on-Sea" / "Present:
    # ..." / "AS24/31 MINUTES" / "RESOLVED: That the minutes of the meeting held on 23
    # September 2024 ...": that is the last meeting's date, not this one's).
    n = 1
    # (Not at a line opening with a number: "2025 AT BOROUGH HALL", "4 March 2025 at
    # 4.00 pm" carry the header on.)
    while n < 4 and k + n < len(p) and not (ATTENDANCE.match(p.bare[k + n]) or ITEM_CODED.match(p.bare[k + n])
                                            or _decision_kind(p.bare[k + n])):
        n += 1
    header = p.window(k, n)
    # The header's date is in its first sentence; a full stop in a time ("held at 10.00 am
    # on 13 December 2024") or in "a.m." ends none.
    end = _HEADER_SENTENCE_END.search(header, 40)
    date = find_date(header[: end.end()] if end else header)
    body = m[0]
    # Kent's panels name the body on the line above: "CORPORATE PARENTING PANEL– 29 October 2024".
    start = k
    for j in range(k - 1, max(-1, k - 4), -1):
        ml = _meeting_line(p.bare[j])
        if ml:
            body = body or ml[0]
            date = date or ml[1]
            start = j
            break
        # ... or the date alone, the header printing none: "SCHOOLS FORUM" / "Wednesday,
        # 15 January 2025" / "Minutes of a meeting of the Schools Forum held virtually";
        # or labelled, "Date of Meeting: Thursday 6 February 2025".
        if not date and (_DATE_LINE.match(p.bare[j]) or _DATE_FIELD.match(p.bare[j])) and find_date(p.bare[j]):
            date = find_date(p.bare[j])
            start = j - 1 if j > 0 and _body_above(p, j) == p.bare[j - 1] else j
            break
    body = body or _body_above(p, k)
    return _Doc("minutes", start, body=body, date=date, title=p.text[k])


_MINUTES_ALONE = re.compile(r"\s*(?:draft\s+)?minutes\s*", re.I)


# The fields of a minutes header printed as a form: "Meeting: Full Council", "Date:
# Monday 10 March 2025", "Time: 7.00 pm", "Venue: Council Chamber".
MEETING_FIELD = re.compile(r"^\s*(?P<label>meeting|committee|body|date|time|venue|location|place)\s*:\s*(?P<value>\S.*)$",
                           re.I)


def _labelled_minutes(p: _Paper, k: int) -> _Doc | None:
    """Minutes headed "MINUTES" over fields, as town and parish councils and
    sub-committees print them: "Meeting: Full Council" / "Date: Monday 10 March 2025" /
    "Time: ..." / "Venue: ...", then the attendance list."""
    fields: dict[str, str] = {}
    j = k + 1
    while j < min(len(p), k + 8) and (m := MEETING_FIELD.match(p.bare[j])):
        fields.setdefault(m.group("label").lower(), m.group("value").strip())
        j += 1
    body = fields.get("meeting") or fields.get("committee") or fields.get("body")
    date = find_date(fields["date"]) if "date" in fields else None
    if not (body and date and len(body.split()) <= 10) or NOT_A_BODY.search(body):
        return None
    if not any(ATTENDANCE.match(p.bare[i]) for i in range(j, min(len(p), j + 3))):
        return None
    return _Doc("minutes", k, body=body, date=date, title=p.text[k])


def _plain_minutes(p: _Paper, k: int) -> _Doc | None:
    """Minutes headed "CABINET" / "MINUTES" over the attendance list, the date printed
    only in the page's footer beside the body ("Cabinet 12.03.25"), or nowhere; or
    "MINUTES" over the meeting's fields (see _labelled_minutes)."""
    if not _MINUTES_ALONE.fullmatch(p.bare[k]):
        return None
    labelled = _labelled_minutes(p, k)
    if labelled:
        return labelled
    body = _body_above(p, k, letterhead=False)
    if not body or not any(ATTENDANCE.match(p.bare[j]) for j in range(k + 1, min(len(p), k + 4))):
        return None
    # The date between the body and "Minutes" ("Licensing Committee" / "Tuesday 3 June
    # 2025, 6.00pm" / "Minutes"), else in the page's title, else in a footer.
    footer = re.compile(rf"^\s*{re.escape(body)}\s*[-–—,]?\s*(?P<date>\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})\s*$", re.I)
    titled = _page_title_meeting(p)
    # A field below "Minutes" ("Meeting date:     Wednesday 26 March 2025") comes first.
    fields = (find_date(p.bare[j]) for j in range(k + 1, min(len(p), k + 4)) if _DATE_FIELD.match(p.bare[j]))
    date = (next((d for d in fields if d), None)
            or find_date(" ".join(p.bare[max(0, k - 2):k])) or (titled[2] if titled else None)
            or next((find_date(m.group("date")) for t in [*p.bare, *sorted(p.runs_on)] if (m := footer.match(t))), None))
    # (The footer may be page furniture, as it is when printed beside every page number.)
    return _Doc("minutes", k, body=body, date=date, title=p.text[k])


# A line that names papers, not a body: "Minutes of the Cabinet", "Agenda", "Meeting of ...".
_NAMES_NO_BODY = re.compile(r"\s*(?:minutes|agenda|notes|meeting)\b", re.I)


def _titled_body(p: _Paper) -> str | None:
    """The body a paper's first line names before the site's or council's name, as a web
    page's title does: "Overview and Scrutiny Committee | Westbury Vale District Council"."""
    parts = re.split(r"\s+[|–—-]\s+", p.bare[0]) if len(p) else []
    return _named_body(parts[0]) if parts else None


def _titled_council(p: _Paper) -> str | None:
    """The council a paper's first line names after what it is, as a parish's web page
    titles its minutes: "Minutes – 10 June 2025 – Ashby Green Parish Council". A parish's
    pages are its full council's (the council's own name is its Council)."""
    parts = re.split(r"\s+[|–—-]\s+", p.bare[0]) if len(p) else []
    return next((t for t in parts[1:] if _names_a_council(t)), None)


def _heading_above(p: _Paper, k: int) -> str | None:
    """A body's name as the heading just above line ``k``: a few words, each capitalised
    but the small ones, no figures ("Parish and Town Council Liaison Meeting")."""
    t = p.bare[k - 1].strip() if k > 0 else ""
    words = t.split()
    if not 1 <= len(words) <= 10 or re.search(r"[\d.:]", t) or _names_a_council(t):
        return None
    return t if all(w[:1].isupper() or w in ("and", "of", "the", "for", "&") for w in words) else None


def _titled_minutes(p: _Paper, k: int) -> _Doc | None:
    """Minutes headed only by the body and date, straight above the attendance list:
    "AUDIT COMMITTEE" / "24 SEPTEMBER 2009" / "(19:15 TO 19:25)" / "PRESENT: ...", or
    "CORPORATE PARENTING PANEL – 29 October 2024" / "PRESENT: ..."."""
    ml = _meeting_line(p.bare[k])
    if ml:
        body, date, after = ml[0], ml[1], k + 1
        if _MINUTES_ALONE.fullmatch(body):
            # "Minutes - Wednesday 12 November 2025": a web page's heading names the
            # papers, and its title the body ("Overview and Scrutiny Committee | Westbury
            # Vale District Council"); before, the body was "Minutes".
            body = _titled_body(p) or _heading_above(p, k) or _titled_council(p) if k > 0 else None
    elif (plain := _plain_minutes(p, k)) is not None:
        return plain
    else:
        t = p.bare[k]
        # (In capitals, or named as a body: "Health and Wellbeing Board"; not "Minutes of
        # the Cabinet", read as a header of two lines.)
        # (Nor a letterhead over the header's own meeting line: "Penhallow District
        # Council" / "Executive – Thursday 5 December 2024" is the Executive's.)
        if not ((t.isupper() or BODY_LINE.match(t)) and 1 <= len(t.split()) <= 8 and k + 1 < len(p)) or find_date(t) \
                or _NAMES_NO_BODY.match(t) or (below := _meeting_line(p.bare[k + 1])) and not _NAMES_NO_BODY.match(below[0]):
            return None
        # The date alone, or in a field ("Date and Time: Tuesday 6 February 2024 at 7.00 pm").
        when = re.sub(r"^\s*date(?:\s+and\s+time)?\s*:\s*", "", p.bare[k + 1], flags=re.I)
        date = find_date(when)
        if not date or len(when.split()) > (8 if when != p.bare[k + 1] else 6):
            return None
        body, after = t, k + 2
    for j in range(after, min(len(p), after + 3)):
        if ATTENDANCE.match(p.bare[j]):
            return _Doc("minutes", k, body=body, date=date, title=p.text[k])
    return None


def _find_extract(p: _Paper, k: int) -> _Doc | None:
    m = EXTRACT_INLINE.match(p.window(k, 2))
    if m and re.match(r"^\s*(?:minutes?\s+)?(?:extract|except)", p.bare[k], re.I):
        date = find_date(m.group("date"))
        if date:
            # The item's title is the line after the header (which may wrap once).
            after = k + 1 if find_date(p.bare[k]) else k + 2
            title = p.bare[after] if after < len(p) and len(p.bare[after].split()) <= 16 else ""
            return _Doc("minute_extract", k, body=m.group("body"), date=date, title=title)
    # "Environment and Transport Overview and Scrutiny Committee" / "5th March 2020 - Minutes"
    bl = BODY_LINE.match(p.bare[k])
    if bl and k + 1 < len(p):
        dm = re.match(r"^\s*(?P<date>.{6,40}?)\s*[-–—:]\s*minutes?\s*(?:extract)?\s*$", p.bare[k + 1], re.I)
        date = find_date(dm.group("date")) if dm else None
        if date:
            return _Doc("minute_extract", k, body=bl.group("body"), date=date, title="", header_end=k + 2)
    if EXTRACT_LABEL.match(p.bare[k]):
        # "SCRUTINY COMMISSION – 4 NOVEMBER 2020" / TITLE / "MINUTE EXTRACT"
        for j in range(k - 1, max(-1, k - 6), -1):
            ml = _meeting_line(p.bare[j])
            if ml:
                title = " ".join(p.text[j + 1:k])
                return _Doc("minute_extract", j, body=ml[0], date=ml[1], title=title)
        # ... or the label first, the meeting under it: "Extract from the Minutes" /
        # "Cabinet" / "12 March 2025" (it had been an extract of no body and no day).
        if k + 2 < len(p) and (below := _named_meeting(p, k + 1)):
            # Its item's number and title on the line after: "5. Highways Asset Management Plan".
            item = ITEM_INLINE.match(p.bare[k + 3]) if k + 3 < len(p) else None
            title = item.group("title").strip() if item else ""
            return _Doc("minute_extract", k, body=below[0], date=below[1], title=title, header_end=k + 3,
                        minute=item.group("num") if item else None)
        return _Doc("minute_extract", k, title="")
    return None


def _header_meeting(text: str) -> tuple[str | None, dt.date | None, int] | None:
    """A line of a report header that names the meeting, with its strength: the
    decision meeting beats a dated meeting line, which beats a briefing."""
    m = DECISION_MEETING.match(text)
    if m and find_date(m.group("date")):
        return m.group("body") or None, find_date(m.group("date")), 3
    m = DATE_OF_MEETING.match(text)
    if m and find_date(m.group("date")):
        return (m.group("body") or None), find_date(m.group("date")), 2
    ml = _meeting_line(text)
    if ml:
        return ml[0], ml[1], 0 if re.search(r"briefing", ml[0], re.I) else 2
    m = ADDRESSEE.match(text)
    if m and re.match(r"leaders\s+of\b", m.group("body"), re.I):
        # A letter "To: Leaders of all two-tier councils and ...": a document of its own,
        # addressed to no body that meets.
        return None, None, 1
    if m and not NOT_A_BODY.search(m.group("body")) and len(m.group("body").split()) <= 8:
        date = find_date(m.group("date")) if m.group("date") else None
        return m.group("body").strip(" -–—,"), date, 2 if date else 1
    return None


# A line naming a body on its own, as Leicester's template prints it above a report:
# "Children, Young People and Education Scrutiny Commission."
BODY_LINE = re.compile(
    r"^\s*(?:the\s+)?(?P<body>(?:[A-Z][A-Za-z,&' ]{0,80}?\s)?(?:Cabinet|Council|Committee|Commission|Panel|Board|Executive|Forum"
    # (a combined, fire or national park authority meeting as itself)
    r"|[A-Z][A-Za-z]+\s+Authority))\.?\s*$")


def _named_body(line: str) -> str | None:
    """A body's name on a line of its own ("Cabinet", "PLANNING COMMITTEE"), not the
    council's letterhead. ("AUDIT AND GOVERNANCE COMMITTEE" is "Audit and Governance
    Committee", as its minutes name it, not "Audit And ...": one body, not two.)"""
    text = _title_case(line.strip()) if line.isupper() else line.strip()
    bl = BODY_LINE.match(text)
    if not bl or _names_a_council(text) and not re.fullmatch(r"(?:county|city|full)\s+council", text, re.I):
        return None
    return bl.group("body")


def _names_a_council(line: str) -> bool:
    """The line is a council's name and nothing else ("HARTMOOR COUNCIL", "London Borough
    of Brent"): a letterhead."""
    text = line.strip().title() if line.isupper() else line.strip()
    return bool(COUNCIL_NAME.fullmatch(text.replace(" Of ", " of ")))


# A header's date on a field of its own: "Date: 13 March 2025".
DATE_FIELD = re.compile(r"^\s*date\s*:\s*(.+)$", re.I)


def _stacked_meeting(p: _Paper, k: int) -> tuple[int, str, dt.date, int] | None:
    """The meeting a report header stacks above line ``k`` ("Report Title:", "REPORT OF
    THE CHIEF EXECUTIVE"): the body's name on a line of its own and the date on the next
    ("Cabinet" / "Date: Thursday 10 April 2025", "CABINET" / "12 MARCH 2025"), perhaps
    with the report's title between them and ``k``."""
    for j in range(max(0, k - 4), k - 1):
        if (named := _named_meeting(p, j)):
            return (j,) + named + (2,)
    return None


def _named_meeting(p: _Paper, j: int, date_alone: bool = True) -> tuple[str, dt.date] | None:
    """(body, date) of a body's name on line ``j`` over its date on the next, in a field
    ("Cabinet" / "Date: Thursday 10 April 2025") or, with ``date_alone``, alone ("CABINET"
    / "12 MARCH 2025")."""
    body = _named_body(p.bare[j])
    if not body or j + 1 >= len(p):
        return None
    dm = DATE_FIELD.match(p.bare[j + 1])
    when = dm.group(1) if dm else p.bare[j + 1] if date_alone and _DATE_LINE.match(p.bare[j + 1]) else None
    found = find_date(when) if when else None
    return (body, found) if found else None


_PAGES_CITED = re.compile(r"\(\s*pages?\s+\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*\)\s*$", re.I)


def _find_report(p: _Paper, k: int) -> _Doc | None:
    """An officer report's header block: header lines (a meeting line, "REPORT OF",
    "Lead Member:", "Subject:", ...) close together, naming a meeting."""
    here = _header_meeting(p.bare[k])
    if not here and not REPORT_SIGNAL.match(p.bare[k]):
        return None
    # (An agenda's line under an item's title, "Report of the Head of Highways (Pages 3 -
    # 6)", lists the report; it is not its header.)
    if not here and _PAGES_CITED.search(p.bare[k]):
        return None
    stacked = None if here else _stacked_meeting(p, k)
    window = []
    for j in range(k, min(len(p), k + 12)):
        # The header block ends where another document's header begins.
        if j > k and (EXTRACT_LABEL.match(p.bare[j]) or _minutes_header(p.bare[j])):
            break
        window.append(j)
    signals = [j for j in window if REPORT_SIGNAL.match(p.bare[j])]
    if len(signals) < (1 if here or stacked else 2):
        return None
    if here and not any(j > k for j in signals) and not re.match(r"^\s*to\s*:", p.bare[k], re.I):
        return None
    # A report header does not start inside another one.
    if k > 0 and (REPORT_SIGNAL.match(p.bare[k - 1]) or _header_meeting(p.bare[k - 1])):
        return None
    meetings = [(j,) + mt for j in window if (mt := _header_meeting(p.bare[j]))]
    start = k
    if not meetings and stacked:
        meetings, start = [stacked], stacked[0]
    if not meetings:
        return None
    _j, body, date, _strength = max(meetings, key=lambda m: (m[3], -m[0]))
    if body is None:
        # "Meeting: Cabinet" / "Meeting date: 12 March 2025": the body from its own field.
        body = next((m[1] for m in meetings if m[1]), None)
    if body is None and date is not None:
        # "CABINET" / "Date of meeting: 21 January 2025": the body on the line above.
        for j in range(_j - 1, max(-1, _j - 3), -1):
            if (named := _named_body(p.bare[j])):
                body, start = named, min(start, j)
                break
    if body and date is None and ADDRESSEE.match(p.bare[_j]):
        body = _addressee(p, _j, body)
        # "To: Full Council" / "Date: 13 March 2025": the date on a field of its own.
        for j in range(_j + 1, min(_j + 3, len(p))):
            dm = DATE_FIELD.match(p.bare[j])
            if dm and (found := find_date(dm.group(1))):
                date = found
                break
    for j in window:
        by = DECISION_BY.match(p.bare[j])
        if by and by.group("body").strip():
            maker = by.group("body").strip()
            if maker.split()[-1].lower() in _SMALL_WORDS and j + 1 < len(p):
                maker += " " + p.bare[j + 1].strip()  # "... for Environment and" / "Neighbourhoods"
            body = body or maker
    title = ""
    for j in window:
        tm = re.match(r"^\s*\**\s*(?:(?:report\s+)?(?:subject|title)|title\s+of\s+(?:the\s+)?report)\s*:\s*(.*)$",
                      p.bare[j], re.I)
        if tm:
            title = tm.group(1).strip()
            nxt = j + 1
            if not title and nxt < len(p) and not HEADER_FIELD.match(p.bare[nxt]):
                # "Subject:" alone on its line, the title below it.
                title, nxt = p.bare[nxt], nxt + 1
            # A wrapped title runs on over the next lines (up to three) that are no field,
            # nor the report's first heading or paragraph: "Subject: Internal Audit Plan
            # 2024/25" / "RECOMMENDATION(S)" / "1. That the Committee approves ...".
            while title and nxt < len(p) and nxt <= j + 4 and not p.gap_before[nxt] \
                    and not HEADER_FIELD.match(p.bare[nxt]) and not REPORT_SIGNAL.match(p.bare[nxt]) \
                    and not ((RECOMMENDATION_HEADING.match(p.bare[nxt]) or _PARAGRAPH_NUMBER.match(p.bare[nxt]))
                             and not _wraps_on(title)):
                title += " " + p.bare[nxt]
                nxt += 1
            break
    if not title and _meeting_line(p.bare[k]):
        # CABINET – 20 NOVEMBER 2020 / TITLE (possibly wrapped) / REPORT OF ...
        rep = next((j for j in signals if j > k), None)
        if rep is not None and rep - k <= 5:
            title = " ".join(p.bare[k + 1:rep])
        if not title and rep is not None and re.match(r"^\s*report\s+(?:of|by|from)\b", p.bare[rep], re.I):
            # ... or SCRUTINY COMMISSION – 8TH APRIL 2020 / REPORT OF THE CHIEF EXECUTIVE /
            # TITLE (possibly wrapped) / Purpose of report.
            j = rep + 1
            while j < len(p) and j <= rep + 3 and not REPORT_SIGNAL.match(p.bare[j]) \
                    and not _header_meeting(p.bare[j]) and len(p.bare[j].split()) <= 16:
                j += 1
            if j < len(p) and REPORT_SIGNAL.match(p.bare[j]):
                title = " ".join(p.bare[rep + 1:j])
    # Leicester's template names the body on a line of its own, above or below the title.
    named_body = None
    if not title and k > 0:
        # ... and the title sits above the header lines.
        top = k
        if BODY_LINE.match(p.bare[k - 1]):
            named_body = BODY_LINE.match(p.bare[k - 1]).group("body")
            top = k - 1
        j = top - 1
        # (Not the date a summons was sent, "Wednesday, 5 March 2025" / "To: All Members",
        # nor a letter's "Dear Member".)
        while j >= 0 and top - j <= 2 and len(p.bare[j].split()) <= 16 and not p.bare[j].endswith((".", ":", ";")) \
                and not BODY_LINE.match(p.bare[j]) and not CLOSING.match(p.bare[j]) and not _DATE_LINE.match(p.bare[j]) \
                and not re.match(r"^\s*dear\b", p.bare[j], re.I) and not NOT_A_TITLE.match(p.bare[j]) \
                and not _names_a_council(p.bare[j]):  # (nor the council's letterhead)
            j -= 1
            if p.gap_before[j + 1]:
                break
        if j + 1 < top:
            title = " ".join(p.bare[j + 1:top])
            start = j + 1
    if start > 0 and BODY_LINE.match(p.bare[start - 1]):
        named_body = named_body or BODY_LINE.match(p.bare[start - 1]).group("body")
        start -= 1
    if stacked and meetings == [stacked]:
        start = min(start, stacked[0])  # the header opens at the body's name
    if named_body and (not body or len(body.split()) == 1 and body.lower() not in ("cabinet", "council")):
        body = named_body
    if not title:
        title = _application_title(p, window)
    if not title:
        # A members' group's report is named by who made it: "Report of the Temporary
        # Accommodation Task and Finish Group" (an officer's "Report of the Director of
        # Finance" names no subject).
        title = next((p.bare[j].strip() for j in window if _GROUP_REPORT.match(p.bare[j])), "")
    if not title and re.match(r"^\s*to\s*:\s*all\s+members\b", p.bare[_j], re.I):
        # A paper sent to all the members of a body, with no subject, summons them: the agenda.
        title = "Agenda"
    title = " ".join(title.replace("*", " ").split())
    header_end = _header_tail(p, max(signals + [m[0] for m in meetings]) + 1)
    # The number of the decision the report asks for ("Decision no: 24/00093"): its
    # recommendations are cited by it, as the record of that decision is. It is a field of
    # the header, which runs on past the window when the report is from four people.
    number = next((m.group("code").rstrip(".") for j in range(k, max(header_end, window[-1] + 1))
                   if (m := DECISION_NUMBER.match(p.bare[j]))), None)
    return _Doc("report", start, body=body, date=date, title=title, header_end=header_end, minute=number)


# "Report of the Temporary Accommodation Task and Finish Group", "Report of the Scrutiny
# Review Panel".
# (Not a scrutiny committee's name: "Report of the Director of Finance to the Scrutiny
# Commission" is an officer's report, addressed to it.)
_GROUP_REPORT = re.compile(r"^\s*(?:final\s+)?report\s+of\s+the\s+(?:[\w,'’&-]+\s+){0,8}?(?:task(?:\s+and\s+finish)?\s+group|"
                           r"working\s+(?:group|party)|review\s+(?:group|panel)|inquiry\s+(?:group|panel))"
                           r"(?:\s+(?:on|into)\s+\S.{0,80})?\s*$", re.I)


# A planning application's fields in a report's header: "Application No: 25/00911/OUT"
# (its reference has a slash or a dash and a figure: "DC/25/12345", "P/2025/0123/FUL"),
# "Site: Land west of Kingsway Business Park, Harbury".
_APPLICATION_FIELD = re.compile(
    r"^\s*(?i:(?:planning\s+)?application\s*(?:no\.?|number|ref(?:erence)?)?|app\.?\s+no\.?)\s*:?\s+(?P<ref>(?=[\w/.-]*\d)[A-Z0-9]+(?:[/-][A-Z0-9]+){1,4})\b")
_SITE_FIELD = re.compile(r"^\s*(?:site(?:\s+address)?|address|location)\s*:\s*(?P<site>\S.*)$", re.I)


def _application_title(p: _Paper, window: list[int]) -> str:
    """A report on a planning application with no subject line is named by the
    application, as a committee's agenda lists it: its reference and its site."""
    ref = next((m.group("ref") for j in window if (m := _APPLICATION_FIELD.match(p.bare[j]))), None)
    if ref is None:
        return ""
    site = next((m.group("site").strip() for j in window if (m := _SITE_FIELD.match(p.bare[j]))), "")
    return f"{ref} {site}".strip()


# An office a report is addressed to: "Cabinet Member for ...", "Leader of the Council".
_OFFICE = re.compile(r"\b(?:(?:Deputy\s+)?Cabinet\s+Member|(?:Deputy\s+)?Leader|Corporate\s+Director|"
                     r"Director|Chief\s+Executive|Head\s+of)\b")


def _addressee(p: _Paper, j: int, body: str) -> str:
    """The body or office a report is addressed to ("To:"), as a clerk records the decision
    maker: a name wrapped onto the next line is joined ("... Integrated Children's" /
    "Services"), and the person's name before the office is left off ("Sue Chandler,
    Cabinet Member for ..." → "Cabinet Member for ...")."""
    nxt = j + 1
    if nxt < len(p) and not p.gap_before[nxt] and len(p.bare[nxt].split()) <= 4 \
            and not HEADER_FIELD.match(p.bare[nxt]) and not REPORT_SIGNAL.match(p.bare[nxt]) \
            and not _header_meeting(p.bare[nxt]):
        body = f"{body} {p.bare[nxt].strip()}"
    person, comma, office = body.partition(",")
    if comma and _OFFICE.match(office.strip()) and len(person.split()) <= 4:
        body = office.strip()
    return body


# A field of a report's header block: "Decision No:", "Past Pathway of report:", "Status:".
HEADER_FIELD = re.compile(r"^\s*[A-Z][A-Za-z ()/'’&-]{1,40}:(?:\s|$)")
# Fields that open the report's own text rather than describe it.
TEXT_FIELD = re.compile(r"^\s*(?:summary|recommendations?|purpose|introduction|background)\b", re.I)


def _header_tail(p: _Paper, j: int) -> int:
    """Where a report's header block really ends: its field lines ("Past Pathway of
    report:", "Future Pathway:", with their wrapped values) run on past the lines that
    proved it a header. A meeting named there (a committee that saw the report first)
    must not start a report of its own."""
    wrapped = 0
    while j < len(p):
        line = p.bare[j]
        if (HEADER_FIELD.match(line) or REPORT_SIGNAL.match(line)) and not TEXT_FIELD.match(line):
            j, wrapped = j + 1, 0
        elif wrapped < 3 and j > 0 and HEADER_FIELD.match(p.bare[j - 1 - wrapped]) and len(line) < 90 \
                and not line.rstrip().endswith(".") and not _SECTION_NUMBER.match(line) and not _is_rec_heading(p, j):
            # A field's value wrapped onto the next lines (PDF text may put a blank
            # line between them); not the recommendations' heading under the last field.
            j, wrapped = j + 1, wrapped + 1
        else:
            break
    return j


# The words that name a document on its cover: "Scrutiny Annual Report", "Climate Ready
# Leicester Plan", "Corporate Equality and Diversity Strategy".
COVER_TITLE = re.compile(
    r"\b(?:report|plan|strategy|policy|review|statement|programme|charter|framework|"
    r"assessment|protocol|compendium|prospectus)\b", re.I)
# "2023-2024", "2023/24", "2024-28" printed under a cover title.
COVER_YEARS = re.compile(r"^\s*(?:19|20)\d\d(?:\s*[-/–]\s*(?:19|20)?\d\d)?\s*$")


def _find_cover(p: _Paper, k: int) -> _Doc | None:
    """A document's cover inside a pack: the council's name alone on a line, then a short
    title naming a kind of document (report, plan, strategy, ...), perhaps its years.
    Appendices (annual reports, plans, strategies) begin so, with no report header."""
    t = p.bare[k]
    m = COUNCIL_NAME.fullmatch(t.strip())
    if not m or not p.gap_before[k] or len(t.split()) > 6 or k + 1 >= len(p):
        return None
    if t.split()[0].lower() in _NOT_COUNCIL_WORDS:
        return None
    lines = []
    j = k + 1
    while j < len(p) and len(lines) < 3:
        line = p.bare[j]
        if lines and p.gap_before[j] and not COVER_YEARS.match(line):
            break
        # (A report's header under the council's name is no cover: "Report to:
        # Licensing Committee" / "Date: 21 July 2025" is read as the header it is.)
        if len(line.split()) > 8 or line.rstrip().endswith((".", ":", ";", ",")) or HEADER_FIELD.match(line) \
                or REPORT_SIGNAL.match(line):
            return None
        lines.append(line)
        j += 1
    title = " ".join(" ".join(lines).split())
    if not lines or not COVER_TITLE.search(title) or COVER_YEARS.match(lines[0]):
        return None
    return _Doc("report", k, title=title, header_end=j)


def _find_presentation(p: _Paper, k: int, docs: list[_Doc]) -> _Doc | None:
    """A presentation's title slide printed in a pack: a short title on a line or three,
    then the meeting it is shown to, the body's name over the date ("Corporate Parenting" /
    "Roles & Responsibilities" / "Full Council" / "05 September 2024"). Its slides had run
    on as part of the report before it, and under that report's name. The meeting is the
    pack's own, a day a document before it names: a heading over another day ("Key
    Milestones" / "Cabinet" / "12 March 2025" in a timeline, a signature over a report's
    meeting) is no slide."""
    if not p.gap_before[k] or k + 2 >= len(p) or not docs:
        return None
    lines = 0
    while lines < 3 and k + lines < len(p) and (lines == 0 or not p.gap_before[k + lines]):
        line = p.bare[k + lines]
        words = line.split()
        # A title's words, capitalised: not a sentence, a field, the body's own name or
        # the council's (a letterhead over a report's meeting lines).
        if (len(words) > 8 or line.rstrip().endswith((".", ":", ";", ",")) or HEADER_FIELD.match(line)
                or _named_body(line) or COUNCIL_NAME.fullmatch(_title_case(line.strip()) if line.isupper() else line.strip())
                or not all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _SMALL_WORDS for w in words)):
            break
        lines += 1
    j = k + lines
    if not lines or j + 2 > len(p) or not (meeting := _named_meeting(p, j)) \
            or meeting[1] not in {d.date for d in docs}:
        return None
    if j + 2 < len(p) and not p.gap_before[j + 2]:
        return None
    title = " ".join(" ".join(p.bare[i] for i in range(k, j)).split())
    # Not a signature's "CHAIR" over the next paper's meeting lines, nor a numbered part
    # of one paper, each headed so ("Question 1" / "COUNTY COUNCIL" / date).
    if len(title.split()) < 2 or re.search(r"\s(?:\d{1,3}|[A-Z])$", title):
        return None
    # Nor a block inside a report whose numbered sections go on after it ("Decision
    # Pathway" / "Cabinet" / "12 March 2025" over "2. Recommendations", the pack's own
    # day: a regression test found such blocks taking the report's recommendation away).
    numbers = [int(m.group(1)) for i in range(docs[-1].start, k) if (m := _MAJOR_NUMBER.match(p.bare[i]))]
    if numbers and any((m := _MAJOR_NUMBER.match(p.bare[i])) and numbers[-1] <= int(m.group(1)) <= numbers[-1] + 2
                       for i in range(j + 2, min(len(p), j + 2 + PRESENTATION_REACH))):
        return None
    return _Doc("report", k, body=meeting[0], date=meeting[1], title=title, header_end=j + 2)


# A report's numbered section or paragraph, by its first number: "2. Recommendations",
# "3.1 The previous plan ...".
_MAJOR_NUMBER = re.compile(r"^\s*(\d{1,2})(?:\.\d{1,2})*\.?\s+[A-Z]")
#: Lines after a title slide's meeting searched for the report's numbering going on.
PRESENTATION_REACH = 60


# An equality impact assessment appended to a report: "EQIA Submission Form", "Equality
# Analysis for Seashells Family Hub Proposal", "Equality Impact Assessment".
EQUALITY_ASSESSMENT = re.compile(r"^\s*(?:eqi?a\b|equality\s+(?:impact\s+assessment|analysis)\b)", re.I)


def _find_assessment(p: _Paper, k: int) -> _Doc | None:
    """An equality impact assessment appended to a report in a pack (the caller asks only
    after a report): a form of its own, which starts a new page under its own title. Its
    sections are the assessment's, not the report's. (A paper whose chapters are equality
    analyses is one paper, and its chapters are its sections.)"""
    t = p.bare[k]
    page = p.lines[k].page
    if page is None or k == 0 or p.lines[k - 1].page == page or not EQUALITY_ASSESSMENT.match(t) \
            or len(t.split()) > 10 or t.rstrip().endswith((".", ",", ";", ":")):
        return None
    title = " ".join(t.split())
    return _Doc("report", k, title=_title_case(title) if title.isupper() else title, header_end=k + 1,
                appended=True)


# The fields of one decision among several a page lists: "Decision maker: Cabinet Member
# for Finance, Councillor ...", "Date of decision: 14 November 2025".
_LISTED_REFERENCE = re.compile(r"^\s*(?:our\s+)?ref(?:erence)?(?:\s+(?:no|number))?\.?\s*:\s*(?P<ref>[A-Z0-9][\w/.-]{2,30})\s*$", re.I)
_LISTED_SUBJECT = re.compile(r"^\s*(?:subject|title)\s*:\s*(?P<title>\S.*)$", re.I)
_LISTED_MAKER = re.compile(r"^\s*decision\s+(?:maker|taker|taken\s+by|made\s+by)\s*:\s*(?P<maker>\S.*)$", re.I)
# (ModernGov's list of decisions dates each by "Made at meeting: 13/03/2024 - Cabinet",
# or, for a decision no meeting took, "Decision published: 19/03/2024".)
_LISTED_DATE = re.compile(r"^\s*(?:date\s+of\s+decision|decision\s+date|date\s+(?:decision\s+)?(?:taken|made)|"
                          r"made\s+at\s+meeting|decision\s+published)\s*:\s*(?P<date>\S.*)$", re.I)


# A forward plan lists decisions to be taken, with the same fields: "Decision due: 9 Apr
# 2025", "Notice of key decisions", "Forward Plan".
_TO_BE_TAKEN = re.compile(r"^\s*(?:decision\s+due|date\s+(?:of\s+)?(?:decision\s+)?due|expected\s+date)\b|"
                          r"\bforward\s+plan\b|\bnotice\s+of\s+(?:key\s+)?decisions\b|\bdecisions?\s+to\s+be\s+taken\b", re.I)


def _listed_decisions(p: _Paper) -> int:
    """How many decisions taken a paper lists, each with its maker's field ("Decision
    maker:") and its date ("Date of decision:"); none in a forward plan of decisions to
    be taken."""
    if any(_TO_BE_TAKEN.search(t) for t in p.bare):
        return 0
    return sum(1 for j, t in enumerate(p.bare) if _LISTED_MAKER.match(t)
               and any(_LISTED_DATE.match(p.bare[i]) for i in range(max(0, j - 3), min(len(p), j + 4))))


def _wraps_on(value: str) -> bool:
    """True when a field's value stops after a dash, a comma or a small word, and so runs
    on over the next line ("Executive Director (Communities and People), in consultation
    with the" / "Cabinet Member for Housing and Communities")."""
    return value.rstrip().endswith(("–", "-", ",")) or value.split()[-1].lower() in _SMALL_WORDS


def _reports_on_decisions(p: _Paper) -> bool:
    """A report to a committee that lists decisions taken ("EXECUTIVE DECISIONS TAKEN
    SINCE THE LAST MEETING" / "REPORT OF THE HEAD OF DEMOCRATIC SERVICES"): its author
    named above the first of them. It is a report, not a page of decisions."""
    first = next((j for j, t in enumerate(p.bare) if _LISTED_MAKER.match(t)), 0)
    return any(_REPORT_OF.match(t) for t in p.bare[:first])


_REPORT_OF = re.compile(r"^\s*(?:joint\s+)?report\s+(?:of|by|from)\b|^\s*purpose\s+of\s+(?:the\s+)?report\b", re.I)


def _listed_decision(p: _Paper, k: int) -> _Doc | None:
    """One decision of a page listing several, as councils publish a month's decisions of
    individual Cabinet Members or officers: its title ("PH/2025/043 Discretionary Rate
    Relief Policy 2026/27") over "Decision maker:" and "Date of decision:", then its
    "Decision:" and "Reasons for decision:". It is read as an item of its maker's
    decisions, numbered by the reference it opens with."""
    t = p.bare[k]
    # Or its reference and subject as fields of their own: "Reference: OD/2025/0032" /
    # "Subject: Temporary closure of Gloucester Green" / "Decision maker: ...".
    field = _LISTED_REFERENCE.match(t)
    subject = _LISTED_SUBJECT.match(p.bare[k + 1]) if field and k + 1 < len(p) else None
    if subject:
        t = f"{field.group('ref')} {subject.group('title').strip()}"
        k += 1
    elif _LISTED_MAKER.match(t) or HEADER_FIELD.match(t) or not _title_shaped(t) or len(t.split()) > 20 \
            or t.rstrip().endswith((".", ":")):
        return None
    # The maker's field straight under the title, or under another field ("Reference:"):
    # a heading over the first title ("Decisions published in December 2025") is none.
    at = next((j for j in range(k + 1, min(len(p), k + 3)) if _LISTED_MAKER.match(p.bare[j])
               and (j == k + 1 or HEADER_FIELD.match(p.bare[k + 1]))), None)
    if at is None:
        return None
    maker = _LISTED_MAKER.match(p.bare[at]).group("maker")
    # A maker's office wrapped onto the next line ("Executive Director (Communities and
    # People), in consultation with the" / "Cabinet Member for Housing and Communities").
    header_end = at + 1
    if _wraps_on(maker) and at + 1 < len(p) \
            and not HEADER_FIELD.match(p.bare[at + 1]) and not _LISTED_DATE.match(p.bare[at + 1]):
        maker = f"{maker} {p.bare[at + 1].strip()}"
        header_end = at + 2
    date = _decided_on(p, k + 1, min(len(p), k + 6))
    ref = REFERENCE_NUMBER.match(t) or re.match(r"^\s*[A-Z]{1,4}/\d{2,4}/\d{1,4}\b", t)
    title = t[ref.end():].strip(" -–—:") if ref else t.strip()
    return _Doc("minute_extract", k - 1 if subject else k, body=maker, date=date, title=title or t.strip(),
                minute=ref.group(0).strip() if ref else None, header_end=header_end)


# A forward plan lists decisions to be taken, each with its maker, its expected date and
# the report to come: "FORWARD PLAN OF KEY AND OTHER EXECUTIVE DECISIONS", "Notice of Key
# Decisions".
_FORWARD_PLAN = re.compile(r"^\s*(?:the\s+)?(?:(?:executive|cabinet|council'?s?)\s+)?forward\s+plan\s*(?:$|of\b|for\b|[-–:(])"
                           r"|^\s*notice\s+of\s+(?:key|forthcoming|executive)\s+decisions\b"
                           r"|^\s*(?:the\s+)?key\s+decisions?\s+(?:plan|notice|list)\b", re.I)


def _forward_plan(p: _Paper) -> bool:
    """A paper that opens as a forward plan. It holds no meetings and no reports, only the
    cells of a table that name them: a row "Cabinet" / "17 April 2025" / ... / "Report of
    the Corporate Director" had been read as a report to a meeting on the decision's
    expected date."""
    # (Not a decision's page quoting its "Forward plan reference FP/2025/27", nor a report
    # on the plan to a meeting: "OVERVIEW AND SCRUTINY COMMITTEE – 4 FEBRUARY 2025" /
    # "FORWARD PLAN OF KEY DECISIONS" / "REPORT OF THE HEAD OF DEMOCRATIC SERVICES".)
    if p.decision_page is not None:
        return False
    opening = range(min(len(p), 6))
    plan = next((j for j in opening if _FORWARD_PLAN.match(p.bare[j])), None)
    return plan is not None and plan < 4 and not any(_meeting_line(p.bare[j]) for j in range(plan)) \
        and not any(re.match(r"^\s*report\s+(?:of|by|to)\b", p.bare[j], re.I) for j in opening)


def _find_record(p: _Paper, k: int) -> _Doc | None:
    """A record of decision printed after other papers in a pack ("KENT COUNTY COUNCIL –
    PROPOSED RECORD OF DECISION" over "DECISION TO BE TAKEN BY:", a supplement's letter
    above it); one that opens the paper is the paper's own (see split_lines)."""
    t = p.bare[k]
    # (Its title in capitals, as a record's form prints it; not a report's field listing
    # one as its appendix, "Appendix A: Proposed Record of Decision".)
    if k == 0 or len(t.split()) > 10 or not RECORD_OF_DECISION.search(t) or not t.isupper() or APPENDIX_TITLE.match(t):
        return None
    if not any(_DECISION_FIELD.match(p.bare[j]) for j in range(k + 1, min(len(p), k + 6))):
        return None
    return _Doc("report", k)


def _find_documents(p: _Paper) -> list[_Doc]:
    docs: list[_Doc] = []
    k = 0
    n = len(p)
    listed = _listed_decisions(p) >= 2 and not _reports_on_decisions(p)
    # A record of decision's fields ("Title:", "Decision taker:") are its own header, not
    # a report's below its name.
    record_fields = RECORD_REACH if _record_opening(p) else 0
    while k < n:
        doc = ((_titled_page_minutes(p) if k == 0 else None)
               or (_listed_decision(p, k) if listed else None)
               or _find_minutes(p, k) or _issue_meeting(p, k) or _find_extract(p, k) or _find_record(p, k)
               # (A list of decisions holds no reports: its fields, "Decision maker:" over
               # "Date of decision:", are no report's header.)
               or (_find_report(p, k) if not listed and k >= record_fields else None)
               or _find_cover(p, k) or _find_presentation(p, k, docs)
               or (_find_assessment(p, k) if docs and docs[-1].kind == "report" else None))
        if doc and (not docs or doc.start > docs[-1].start):
            # A header found by looking back may start before lines already claimed.
            doc.start = max(doc.start, docs[-1].start + 1 if docs else 0)
            docs.append(doc)
            k = max(k + 1, doc.start + 2, doc.header_end)
            # (A header read on past a record of decision's title: the letter sending a
            # supplement names its meeting, and the record's fields follow its signature.)
            record = next((r for j in range(doc.start + 1, min(k, n)) if (r := _find_record(p, j))), None)
            if record is not None:
                docs.append(record)
                k = record.start + 2
            continue
        k += 1
    return docs


# ---------------------------------------------------------------------------------------
# Minute items


# A line this long after a complete item title is the item's text, not more title.
TITLE_LINE_WORDS = 12


_ITEM_ANSWER = re.compile(r"^\s*(?:(?:nil|none|noted|agreed|approved|received|resolved|deferred|carried)\b"
                          r"|(?:cllrs?|councillors?|mr|mrs|ms|miss|dr)\.?\s)", re.I)


def _title_block(p: _Paper, k: int, first: str, stop: int) -> tuple[str, int]:
    """An item title and the index after it: the title may wrap onto one or two lines,
    ending at a paragraph break, Kent's "(Item N)" or a decision stem."""
    parts = [first]
    j = k + 1
    while j < stop and j <= k + 2 and not p.gap_before[j]:
        t = p.bare[j]
        if ITEM_MARKER.match(t) or _decision_kind(t) or _DECISION_ALONE.fullmatch(t) \
                or parts[-1].rstrip().endswith((".", ":", ")")) or _AGENDA_ITEM_AFTER.search(parts[-1]):
            break
        # (Nor a lettered part's own heading: "FC/24/107 Allotments" / "a) Rents for 2025/26".)
        if _LIST_ITEM.match(t) and not p.text[k].rstrip().endswith(("-", "–", ",")):
            break
        # An answer is the item's text: "Declarations of interest" / "None.", "Noted.",
        # "Cllr Ross." (the apologies).
        if _FORM_ANSWER.match(t) or _ITEM_ANSWER.match(t):
            break
        # A title in capitals ends where the capitals do. (An application's number,
        # "24/01234/FUL", is no title in capitals: the site's name follows it.)
        if _is_caps(REFERENCE_NUMBER.sub("", parts[0])) and not _is_caps(t):
            break
        if len(" ".join(parts + [t]).split()) > 30:
            break
        # A title that is complete (not cut after a small word, a comma or a dash) does not
        # run on into a sentence: "1. Apologies for absence" / "Apologies were received
        # and accepted from Cllr R Black." with no blank line between, as parish minutes
        # and many PDFs print them. (A title's last word may wrap with its full stop:
        # "... Care Home Provider" / "Sustainability.")
        cut = parts[-1].rstrip().endswith((",", "-", "–", "&")) or parts[-1].split()[-1].lower() in _SMALL_WORDS
        # (Nor into one that leads into a list, "The Head of SEND presented the report.
        # She said that:", or holds two sentences.)
        if not cut and (t.rstrip().endswith((".", "!", "?", ":")) and len(t.split()) >= 3
                        or re.search(r"[a-z]\.\s+[A-Z]", t) or len(t.split()) > TITLE_LINE_WORDS):
            break
        # Nor into a line of prose that is longer than the title's line by far: a title
        # wraps only when the next word does not fit, so a short title line followed by a
        # long sentence-case one ended at its own line break ("064/25 Public
        # participation" / "Residents of Mill Lane raised concerns about speeding traffic,").
        if not cut and _prose_line(t) and len(parts[-1]) + 1 + len(t.split()[0]) < 0.75 * len(t):
            break
        # Nor into the minute's first sentence, whatever names it quotes: "49. Internal
        # Audit Plan 2025/26" / "The Committee considered the risk-based Internal Audit Plan".
        if not cut and _NARRATIVE_OPENING.match(t) and len(t.split()) >= 5:
            break
        # Nor into the item's first numbered paragraph: "3. Decision on whether the Code
        # of Conduct was breached" / "3.1 Having consulted the Independent Person, ...".
        if not cut and re.match(r"^\s*\d{1,3}\.\d{1,2}\.?\s+[A-Z]", t):
            break
        parts.append(t)
        j += 1
    if j < stop and ITEM_MARKER.match(p.bare[j]):
        j += 1
    title = " ".join(" ".join(parts).split())
    # A record of decisions marks each item in the margin: "Item 6  Local Transport Plan
    # 2025-2040: Adoption      Key decision" (or "Not a key decision"); no part of the title.
    return _KEY_DECISION_MARK.sub("", title) or title, j


_KEY_DECISION_MARK = re.compile(r"\s+[(\[]?(?:not\s+a\s+)?key\s+decision[)\]]?\s*$", re.I)


# A sentence of minutes opening with who did what: "The Committee considered", "Members
# noted", "Councillor Smith presented", "The Head of Finance introduced".
_NARRATIVE_OPENING = re.compile(
    r"^\s*(?:The\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*){0,4}\s+"
    r"(?:[a-z]+ed|was|were|had|has|gave|made|took|heard|sought|thanked|welcomed|informed|presented|introduced)\b")


def _prose_line(text: str) -> bool:
    """A line of six words or more in sentence case: most of its words (small words
    aside) start in lower case, as a title's do not."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w.lower() not in _SMALL_WORDS]
    return len(text.split()) >= 6 and sum(w[0].islower() for w in words) * 2 > len(words)


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _title_shaped(title: str) -> bool:
    words = title.split()
    if not words or len(words) > 30:
        return False
    if _decision_kind(title):
        return False
    # Numbered paragraphs of narrative start like sentences about people ("Members asked
    # ..."; not the agenda's "Members' interests", "Members’ questions").
    # (A short title in title case is a title though: "12. Councillor Training",
    # "Councillor Call for Action", "Members Allowances Scheme".)
    if re.match(r"^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|It|He|She|They|We|Members(?!['’])|The\s+(?:Chair|Chairman|Committee|"
                r"Cabinet|Panel|Commission|Leader|Director|report))\b", title) \
            and not (len(words) <= 6 and not title.rstrip().endswith(".") and len(words) > 1
                     and all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _SMALL_WORDS for w in words)):
        return False
    return True


#: How far minute numbers may jump ahead, when the number after the jump follows it.
MINUTES_SKIPPED = 20


def _like_the_items(title: str, items: list[tuple[int, str | None, str, int]]) -> bool:
    """A title printed as the minute items before it are: a title alone (no sentence run
    on after it), in capitals if theirs are."""
    if re.search(r"[a-z)]\.\s+[A-Z]", title):
        return False
    return not items or _is_caps(items[-1][2]) == _is_caps(title)


def _find_items(p: _Paper, doc: _Doc) -> list[tuple[int, str | None, str, int]]:
    """Minute items in a minutes document: (start, number, title, body start)."""
    a, b = doc.start, doc.end
    items: list[tuple[int, str | None, str, int]] = []
    markers = [j for j in range(a, b) if ITEM_MARKER.match(p.bare[j])]
    if markers:
        # Kent: the title (with or without a number) sits just above "(Item N)".
        for mk in markers:
            first = mk - 1
            while first > a and mk - first < 3 and not p.gap_before[first] and not ITEM_MARKER.match(p.bare[first - 1]):
                cand = p.bare[first - 1]
                if cand.rstrip().endswith((".", ":", ";")) or len(cand) > 90:
                    break
                first -= 1
            if first <= a and a != 0:
                first = max(first, a + 1)
            text = " ".join(p.bare[first:mk])
            m = ITEM_INLINE.match(text)
            num = m.group("num") if m else None
            title = m.group("title") if m else text
            if items and first <= items[-1][0]:
                continue
            items.append((first, num, _strip_title(title), mk + 1))
        return items

    numbered = [j for j in range(a + 1, b) if DECISION_NUMBER.match(p.bare[j])]
    if numbered:
        # A record of decisions: each decision under its number, named by its subject.
        for j in numbered:
            subject = next((k for k in range(j + 1, min(b, j + 3)) if SUBJECT_FIELD.match(p.bare[k])), None)
            title = SUBJECT_FIELD.match(p.bare[subject]).group("title") if subject else ""
            items.append((j, " ".join(DECISION_NUMBER.match(p.bare[j]).group("code").split()), _strip_title(title),
                          (subject or j) + 1))
        return items

    cands: list[tuple[int, int, str, int, str]] = []
    coded, lettered = [], []
    for j in range(a + 1, b):
        t = p.bare[j]
        if _DATE_OPENING.match(t):
            continue  # "4 March 2025 at 4.00 pm", "10 June 2025": a date, not item 4 or 10
        m = ITEM_CODED.match(t)
        if m:
            title, after = _title_block(p, j, _title_before_text(m.group("title")), b)
            if _title_shaped(title):
                coded.append((j, int(m.group("a")), int(m.group("b")), title, after, m.group("code")))
            continue
        m = ITEM_CODED_ALONE.match(t)
        if m and j + 1 < b:
            title, after = _title_block(p, j + 1, p.bare[j + 1], b)
            if _title_shaped(title) and (title[:1].isupper() or REFERENCE_NUMBER.match(title)):
                coded.append((j, int(m.group("a")), int(m.group("b")), title, after, m.group("code")))
            continue
        m = ITEM_LETTERED.match(t)
        if m and int(m.group("num")) > 0:
            if m.group("title"):
                title, after = _title_block(p, j, _title_before_text(m.group("title")), b)
            elif j + 1 < b:
                title, after = _title_block(p, j + 1, p.bare[j + 1], b)
            else:
                continue
            if _title_shaped(title) and (title[:1].isupper() or REFERENCE_NUMBER.match(title)):
                lettered.append((j, int(m.group("num")), title, after, " ".join(m.group("code").split()),
                                 m.group("letters")))
            continue
        m = ITEM_INLINE.match(t)
        # ("3. That the Chair write to the Secretary of State": a part of a decision.)
        if m and int(m.group("num")) > 0 and not re.match(r"That\s", m.group("title")):
            title, after = _title_block(p, j, _title_before_text(m.group("title")), b)
            if _title_shaped(title):
                cands.append((j, int(m.group("num")), title, after, str(int(m.group("num")))))
            continue
        m = ITEM_ALONE.match(t)
        if m and j + 1 < b:
            title, after = _title_block(p, j + 1, p.bare[j + 1], b)
            if _title_shaped(title) and (title[:1].isupper() or REFERENCE_NUMBER.match(title)):
                cands.append((j, int(m.group("num")), title, after, str(int(m.group("num")))))
            continue
        m = ITEM_TRAILING.match(t)
        if m and _title_shaped(m.group("title")):
            cands.append((j, int(m.group("num")), m.group("title").strip(), j + 1, str(int(m.group("num")))))
    # (An extract holds one item: there, one number after a committee's letters, "CYP/42
    # Children's Residential Care ...", is its minute.)
    letters = Counter(c[5] for c in lettered)
    lone = doc.kind == "minute_extract" and len(lettered) == 1 and not cands and not coded
    cands = _not_a_list(p, sorted(cands + [c[:5] for c in lettered if letters[c[5]] >= 2 or lone]))
    if coded:
        # The part of a coded number that counts the minutes is the one that changes from
        # item to item (the year stays): "OSC46/24", "OSC47/24"; "25/03", "25/04".
        first_counts = len({c[1] for c in coded}) >= len({c[2] for c in coded})
        cands = sorted(cands + [(j, left if first_counts else right, title, after, code)
                                for j, left, right, title, after, code in coded])
    expected: int | None = None
    for idx, (j, num, title, after, label) in enumerate(cands):
        if items and j < items[-1][3]:
            continue
        if expected is None:
            # The first item: confirmed by a next item in sequence, or the only candidate.
            # (An extract's numbered paragraphs are no items: it needs the sequence.)
            # (Or by the next number but one or two, items minuted apart: "1. Apologies",
            # "4. Home to School Transport Policy".)
            following = [c for c in cands[idx + 1:idx + 2] if num < c[1] <= num + 3 and p.gap_before[c[0]]
                         and doc.kind == "minutes" and len(title.split()) <= TITLE_LINE_WORDS] \
                or [c for c in cands[idx + 1:] if c[1] == num + 1]
            if not following and (len(cands) > 1 or doc.kind == "minute_extract" and not lone):
                continue
        elif not (expected <= num <= expected + 2 or expected < num <= expected + MINUTES_SKIPPED
                  and p.gap_before[j] and any(c[1] == num + 1 and c[0] > j for c in cands[idx + 1:idx + 4])
                  and _like_the_items(title, items)):
            # (Numbers skip further where exempt items are minuted apart or agenda
            # numbers are kept: "5 Public questions", "6-8 (No business)", "9 Budget";
            # such a jump is taken when the next number follows it and its title is
            # printed as the items' are, not a point of the debate numbered by the
            # report's paragraph: "12. Pension fund. Members asked why ...".)
            continue
        elif num != expected and not p.gap_before[j]:
            continue
        elif label == str(num) and items and items[-1][1] != str(expected - 1):
            # A plain number among items numbered "5/25", "CAB 125" is no item: a table's
            # cell, "6 Orchard Close" in a parish's planning list before "6/25 Precept".
            continue
        items.append((j, label, _strip_title(title), after))
        expected = num + 1
    return items


def _not_a_list(p: _Paper, cands: list) -> list:
    """Item candidates less the lines of a numbered list that a sentence introduces: a
    licence granted "subject to the following conditions:" / "1. The sale of alcohol ..."
    / ... / "5. A dispersal policy ...", whose 5 had been taken for the next item, 5."""
    listed: set[int] = set()
    for idx, (j, num, *_rest) in enumerate(cands):
        before = p.bare[j - 1] if j > 0 else ""
        # (A sentence's end, not a label's: "Present:", "Agenda:" may head the items. And
        # only inside an item: "... the following business was transacted:" heads them.
        # A decision's lead-in is no label, however short: "RESOLVED that Cabinet:" /
        # "1. Agree to submit ..." had made the parts of a one-item extract's decision its
        # items 1 and 2.)
        lead = DECISION_STEM.match(before)
        decision = bool(lead) and lead.group("word").isupper() and (
            _is_resolved_word(lead.group("word")) or lead.group("word") in ("AGREED", "DECIDED"))
        if num != 1 or idx == 0 or not before.rstrip().endswith(":") \
                or len(before.split()) < 4 and not before[:1].islower() and not decision:
            continue
        run, last = [j], j
        for c in cands[idx + 1:]:
            if c[1] != num + len(run) or c[0] - last > 4:
                break
            run.append(c[0])
            last = c[0]
        if len(run) >= 2:
            listed.update(run)
    return [c for c in cands if c[0] not in listed]


def _title_before_text(title: str) -> str:
    """An item's title printed with its text after a colon, as short minutes print them
    ("Min 46/24 Pavilion roof: RESOLVED to accept the quote ..."): the title alone. A
    colon inside a title ("Budget Monitoring: November 2024-25") is kept."""
    m = re.match(r"^(?P<title>[^:]{3,80}):\s+(?P<text>.+)$", title)
    if m and (_decision_kind(m.group("text")) or RESOLVED_IN_LINE.search(m.group("text"))
              or m.group("text").rstrip().endswith(".")):
        return m.group("title")
    return title


_AGENDA_ITEM_AFTER = re.compile(r"\s*[(\[]\s*(?:agenda\s+)?item\s+\w+(?:\s*\(\w{1,3}\))?\s*[)\]]\s*$", re.I)


def _strip_title(title: str) -> str:
    title = ITEM_MARKER.sub("", title)
    # An extract's item named by its agenda number: "Item 6 – Governance Working Party Updates".
    title = re.sub(r"^\s*item\s+\d+[a-z]?\s*[–—:.-]\s*", "", title, flags=re.I)
    # The agenda item after the title: Merton's "... 2008/09 (Agenda item 5)", Surrey's
    # "52/24 APOLOGIES FOR ABSENCE [Item 1]".
    title = _AGENDA_ITEM_AFTER.sub("", title)
    return " ".join(title.split()).rstrip(" .:")


# ---------------------------------------------------------------------------------------
# Decisions


def _is_resolved_word(word: str) -> bool:
    """RESOLVED, Resolved, and the misspellings councils print (RESOVLED, RESOLOVED)."""
    if word.isupper():
        w = word
    elif word[:1].isupper() and word[1:].islower():
        w = word.upper()
    else:
        return False
    if w == "RESOLVED":
        return True
    return w.startswith("RES") and w.endswith("D") and difflib.SequenceMatcher(None, w, "RESOLVED").ratio() >= 0.8


BODY_RESOLVED = re.compile(r"^\s*(?:\(?[a-z]\)\s+)?(?:(?:[Tt]he\s+)?(?:[A-Z][\w'’&-]*\s+){1,4}|[Mm]embers\s+|[Cc]ouncillors\s+)"
                           r"resolved\s+(?:unanimously\s+|nem\.?\s*con\.?\s+)?(?=(?:that|to)\b)")
CAPITAL_DECISION = re.compile(r"^\s*(?:(?:[Tt]he\s+)?[A-Z][A-Za-z&' ]{2,50}?\s+(?:RESOLVED|AGREED)\s+(?:that|to)\b"
                              # ... or NOTED, in capitals as the record of what it decided:
                              # "The Authority NOTED the report." (in lower case, narrative)
                              r"|(?:[Tt]he\s+)?[A-Z][A-Za-z&' ]{2,50}?\s+NOTED\s+(?:the|that)\b"
                              r"|[Ii]t\s+was\s+(?:unanimously\s+)?agreed\s+(?:that|to)\b"
                              # A planning committee's decision on an application, its outcome
                              # in capitals, with no "RESOLVED" before it: "That planning
                              # permission be GRANTED subject to ...", "Consideration of this
                              # application was DEFERRED to allow a site visit."
                              r"|[Tt]hat\s+(?:(?:full\s+|outline\s+)?planning\s+permission|permission|(?:listed\s+building|"
                              r"advertisement)\s+consent|the\s+application)\s+(?:be|is)\s+(?:GRANTED|REFUSED|APPROVED|"
                              r"DEFERRED)\b"
                              r"|(?:[Cc]onsideration\s+of\s+)?(?:[Tt]his|[Tt]he)\s+application\s+(?:was|is)\s+(?:GRANTED|"
                              r"REFUSED|APPROVED|DEFERRED|WITHDRAWN)\b"
                              # A hearing's decision: "The Sub-Committee has decided to grant
                              # the application, subject to ...".
                              r"|[Tt]he\s+(?:[A-Z][\w-]*\s+){0,3}(?:Sub-[Cc]ommittee|Committee|Panel)\s+has\s+"
                              r"(?:therefore\s+|unanimously\s+)?decided\s+(?:to|that)\b)")


# ("Recommendations to Cabinet:", "RECOMMENDATION TO COUNCIL:" name the body in the label.)
RECOMMENDATIONS_LABEL = re.compile(r"^\s*(?:\d{1,2}\.\s+)?(?:RECOMMENDATIONS?(?:\s+TO\s+[A-Z][A-Z &]{2,60})?|"
                                   r"Recommendations?\s+to\s+(?:the\s+)?[A-Z][\w &]{2,60}?)\s*:\s*(?:\S.*)?$")
# The last word of a body's name: "Council", "Cabinet", "Scrutiny Committee", "Board".
_BODY_WORDS = r"council|cabinet|committee|commission|panel|board|executive|authority|forum|mayor"


# What follows "RECOMMENDED" in a recommendation to another body: "to Council that:",
# "TO CABINET that", "to the Cabinet Member for Homes:".
# A joint committee recommends to its councils, by name or together: "to Coldharbour
# District Council and Rushmere Borough Council that:", "to both Councils:", "to the
# constituent authorities".
_A_BODY = (rf"(?:(?i:the)\s+)?(?:(?:[A-Z][\w'’&-]*\s+){{0,5}}?(?i:(?:{_BODY_WORDS})s?)|"
           r"(?i:both|all|each\s+of\s+the|the\s+(?:constituent|partner))\s+(?:[A-Za-z]+\s+)?(?i:councils|authorities))")
_TO_A_BODY = re.compile(rf"^\s*(?i:to)\s+(?:{_A_BODY}(?:\s*(?:,|(?i:and)|&)\s+{_A_BODY}){{0,4}}|"
                        r"(?:(?i:the)\s+)?(?i:cabinet\s+member|portfolio\s+holder|executive\s+member)\s+(?i:for)\s+[A-Za-z ,&'’-]{2,60}?)"
                        r"\s*(?:(?i:that)\b|:|[–—-]|$)")


# After the stem, a decision to recommend to another body: "to RECOMMEND to Full
# Council", ": To recommend to Cabinet", "that it be recommended to the Council".
_RECOMMEND_TO = re.compile(r"^\s*(?:[:–—-]\s*)?(?:(?i:that\s+it\s+be\s+)|(?i:to)\s+|"
                           # ("Decision: The Forum agreed to recommend to the Council ...")
                           r"(?i:the)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?i:agreed|resolved|decided)\s+(?i:to)\s+)"
                           r"(?i:recommend(?:ed)?)\s+(?i:to)\b")


def _decision_kind(text: str) -> str | None:
    """'resolution' or 'recommendation' when ``text`` opens a formal decision block."""
    m = DECISION_STEM.match(text)
    if m:
        word, rest = m.group("word"), m.group("rest")
        mixed_case = not word.isupper()
        # A mixed-case stem must be followed by the block's punctuation or "that":
        # "Resolved –", "Resolved: that"; not "Resolved issues were ...".
        # (Or "to" in minutes' lines: "Resolved to ask Westshire Council for a speed survey".)
        formal_follow = re.match(r"^\s*(?:[:–—-]|(?:unanimously\s+|nem\.?\s*con\.?\s+)?(?:that|to)\b|,|\.?\s*$)", rest, re.I) \
            or re.match(r"^\s*(?:unanimously|nem\.?\s*con\.?)\s+(?:that|to)\b", rest, re.I)
        if _is_resolved_word(word) and (not mixed_case or formal_follow):
            # "It was RESOLVED to RECOMMEND to Full Council: ...", "RESOLVED to recommend to
            # the Town Council that ...": a recommendation to the body that still decides.
            return "recommendation" if _RECOMMEND_TO.match(rest) else "resolution"
        if word.upper() == "RECOMMENDED" and (word.isupper() or formal_follow) and not re.match(r"^\s*(?:by|in|to)\b", rest):
            return "recommendation"
        # "RECOMMENDED to Council that:", "RECOMMENDED TO CABINET that": a committee's
        # recommendation to another body, in capitals (in mixed case, "recommended to"
        # is narrative: "officers had recommended to the working group ...").
        if word == "RECOMMENDED" and _TO_A_BODY.match(rest):
            return "recommendation"
        # ("AGREED to recommend to Cabinet ...", "DECISION: To RECOMMEND to Council": as
        # for RESOLVED.)
        if word.upper() in ("AGREED", "DECIDED", "DECISION", "DECISIONS") and word.isupper() \
                and (re.match(r"^\s*[:–—-]|^\s*that\b|^\s*$", rest) or word == "AGREED" and re.match(r"^\s*to\b", rest)):
            return "recommendation" if _RECOMMEND_TO.match(rest) else "resolution"
        # A record of decisions' (and ModernGov's) label over the decision, or before it:
        # "Decision:", "Decision: Schools members of the Forum agreed ..."; "Agreed:" as
        # boards and forums record what they agreed.
        # (A vote of some members only: "Decision (maintained primary members): ...".)
        if word.upper() in ("DECISION", "AGREED") and (voted := re.match(r"^\s*(?:\([^()]{1,60}\))?\s*(?=:)", rest)):
            return "recommendation" if _RECOMMEND_TO.match(rest[voted.end():]) else "resolution"
    # A committee's recommendations in its minutes, a label in capitals over their parts:
    # "5. RECOMMENDATIONS:" / "(a) That the Trust provide a written update ...".
    if RECOMMENDATIONS_LABEL.match(text):
        return "recommendation"
    # "The Cabinet RESOLVED to note ...", "Cabinet AGREED to recommend ...": the body's
    # decision in capitals; "It was agreed that ..." opening a line of minutes.
    if CAPITAL_DECISION.match(text):
        return "resolution"
    # "The Council resolved to ask ...", "Members resolved unanimously that ...": the
    # meeting's decision opening a line of parish and town minutes, in lower case too.
    if (body_resolved := BODY_RESOLVED.match(text)):
        return "recommendation" if _RECOMMEND_TO.match(text[body_resolved.end():]) else "resolution"
    if RECOMMENDED_TO.match(text):
        return "recommendation"
    return None


# A formal decision recorded after the discussion on the same line, as parish minutes
# print it: "... three quotes. It was RESOLVED that ...", "... the bus shelter. RESOLVED:
# to spend ...", "... speeding. Resolved: the Clerk to write ...", "Proposed Cllr A,
# seconded Cllr B, and (unanimously) RESOLVED to install ...", "Following discussion it
# was resolved unanimously to ...", "..., the Committee RESOLVED that ...". In capitals,
# with the block's colon, or as "it was resolved that/to": "the Council resolved to ..."
# in a sentence is narrative.
RESOLVED_IN_LINE = re.compile(
    r"(?:[.;:]\s+(?:It\s+was\s+(?:further\s+)?)?|\bseconded\b[^.]*?\band\s+(?:unanimously\s+)?)RESOLVED\b(?!\s+(?:by|in)\b)"
    # "Proposed by Cllr X, seconded by Cllr Y, and resolved that ...": a motion carried,
    # however printed.
    r"|\bseconded\b[^.]*?\band\s+(?:unanimously\s+)?(?i:resolved)\s+(?:(?i:unanimously)\s+)?(?i:that|to)\b"
    # "After hearing from the Cabinet Member, the Committee RESOLVED that ...": the body,
    # then its decision in capitals.
    r"|\b[Tt]he\s+(?:[A-Z][\w'’&-]*\s+){1,6}RESOLVED\s+(?:(?:unanimously\s+)?(?:that|to))\b"
    r"|[.;]\s+Resolved\s*(?:[:–—-]|\s(?:that|to)\b)"
    # "25/00344/FUL - Calder Mill - Resolved to object on flood grounds."
    r"|\s[-–—]\s+Resolved\s+(?:that|to)\b"
    r"|\b[Ii]t\s+was\s+(?:unanimously\s+)?(?:resolved|RESOLVED)\s+(?:unanimously\s+|nem\.?\s*con\.?\s+)?(?:that|to)\b"
    # "After discussion it was agreed that the Clerk obtain quotations ...": the outcome
    # of an item's debate, as "It was agreed that ..." opening a line (CAPITAL_DECISION).
    # (Not "It was agreed that ..." inside a paragraph of discussion, which records what
    # members agreed in passing, beside the item's RESOLVED.)
    r"|\b(?:After|Following)\s+(?:a\s+|some\s+|further\s+)?discussion,?\s+it\s+was\s+(?:unanimously\s+)?agreed\s+(?:that|to)\b")


_RESOLVED_WORD = re.compile(r"\bresolved\b", re.I)
_POINTS_BELOW = re.compile(r"\b(?:(?:table|schedule)\s+below|set\s+out\s+below|as\s+follows)\s*[.:]$", re.I)
DECISION_LABEL_ALONE = re.compile(r"^\s*(?:it\s+was\s+)?(?:decisions?|agreed|resolved|recommended)\s*[:–—-]{0,2}\s*$", re.I)
# A key decision's marker, printed after the decision ("(KEY DECISION)") or between its
# stem and its text ("RESOLVED" / "KEY DECISION" / "a) ...").
KEY_DECISION = re.compile(r"^\s*\(?key\s+decision\)?\s*$", re.I)


# An item's lettered part heading a matter of its own: "(b) 25/00077/FUL – The Beach
# Kiosk, Marine Parade", "(b) Bank reconciliation".
_SUB_ITEM = re.compile(r"^\s*\(?[a-z]\)\s+(?P<rest>\S.*)$")


def _sub_item_heading(t: str) -> bool:
    """A line that heads the next matter of an item, not a part of the decision above
    it: a lettered part naming a planning application, or a short title (a few words
    in title case, with no verb's capitals or stop: "(b) Bank reconciliation", not "(b)
    NOTE the forecast" nor "(b) to approve the plan;")."""
    m = _SUB_ITEM.match(t)
    if not m:
        return False
    rest = m.group("rest").strip()
    if APPLICATION_REFERENCE.search(rest):
        return True
    words = rest.split()
    # (Not a part of a list of grants or payments: "i) Roses Theatre - £1,500", "ii) 1,200
    # trees"; a year is a title's: "a) Rents for 2025/26".)
    return (len(words) <= 7 and rest[:1].isupper() and not words[0].isupper()
            and not re.search(r"[£$€%]|\d,\d{3}|\d\.\d|^\d", rest)
            and words[0].lower() not in ("that", "to", "the", "a", "an") and not rest.endswith((".", ";", ":", ",")))


# A board's or forum's decision as boards record them, in mixed case: "The Board agreed
# to:", "The Health and Wellbeing Board agreed that ..." (not "The Chair agreed to write").
BODY_AGREED = re.compile(r"^\s*[Tt]he\s+(?:(?:[A-Z][\w&'’-]*|and|of|&)\s+){0,6}?(?P<word>Committee|Sub-[Cc]ommittee|Board|"
                         r"Forum|Panel|Cabinet|Council|Authority|Executive|Commission|Partnership)\s+"
                         r"(?:unanimously\s+)?agreed\s+(?:that|to)\b(?P<rest>.*)$")
# ... but not an opinion agreed: "The Board agreed that the presentation had been very
# informative."
_AGREED_OPINION = re.compile(r"\b(?:was|were|had\s+been|is|are)\s+(?:very\s+|most\s+|extremely\s+)?"
                             r"(?:useful|helpful|informative|interesting|valuable|welcome|positive|encouraging)\b", re.I)


_DECISION_ALONE = re.compile(r"\s*decisions?\s*", re.I)


def _body_agreed(text: str, body: str | None) -> bool:
    """The minutes' own body agreeing (see BODY_AGREED): "The Committee agreed that ..."
    reported in a board's minutes from a scrutiny committee, or "The Forum agreed to
    nominate ..." of another body, is not the board's decision."""
    m = BODY_AGREED.match(text)
    if not m or _AGREED_OPINION.search(m.group("rest")):
        return False
    return body is None or m.group("word").lower() in body.lower()


# A lettered part of an item: "a) ...", "(b) ...", "c. ...".
_LETTERED_PART = re.compile(r"^\s*\(?([a-h])[.)]\s")


def _decisions(p: _Paper, start: int, end: int, body: str | None = None) -> list[tuple[str, int, int]]:
    """Formal decision blocks inside a minute item: (kind, start, end). A block starts on
    the line that opens with it or records it after the discussion (RESOLVED_IN_LINE).
    ``body``: the meeting's, whose own agreeing records a decision (see _body_agreed)."""
    out: list[tuple[str, int, int]] = []
    j = start
    while j < end:
        # ("Decision" alone, as CMIS labels an item's decision on a meeting's page, is the
        # decision below it, however worded: "Cabinet agreed the policy for consultation".)
        kind = _decision_kind(p.bare[j]) or ("resolution" if RESOLVED_IN_LINE.search(p.bare[j])
                                             or _body_agreed(p.bare[j], body)
                                             or _DECISION_ALONE.fullmatch(p.bare[j]) and j + 1 < end else None)
        # ("... three quotations. It was RESOLVED to RECOMMEND to Full Council that ...": a
        # recommendation to the body that still decides, after a sentence as before one.)
        if kind == "resolution" and (within := _RESOLVED_WORD.search(p.bare[j])) \
                and _RECOMMEND_TO.match(p.bare[j][within.end():]) and RESOLVED_IN_LINE.search(p.bare[j]):
            kind = "recommendation"
        if not kind:
            j += 1
            continue
        # A decision recorded after its discussion inside a lettered part starts with the
        # part: "c) Precept 2025/26: Following consideration of the draft budget ..." /
        # "Clerk, it was proposed by Cllr Lockwood, seconded by Cllr Hardy and RESOLVED".
        found = j
        # (Only when the line goes on with the part's sentence: "Following discussion, it
        # was RESOLVED ..." after "b) ... the summer fete." starts a sentence of its own.)
        if not _decision_kind(p.bare[j]) and j > start and not p.bare[j - 1].rstrip().endswith((".", ";", "!", "?")):
            floor = max(start, out[-1][2] if out else start)
            for b in range(j, max(floor, j - 3) - 1, -1):
                if b < j and (_decision_kind(p.bare[b]) or RESOLVED_IN_LINE.search(p.bare[b])):
                    break
                if _LETTERED_PART.match(p.bare[b]):
                    j = b
                    break
                if p.gap_before[b]:
                    break
        para = re.match(r"^\s*(\d{1,2})[.)]\s", p.bare[j])
        next_para = f"{int(para.group(1)) + 1}" if para else None
        # (Lettered parts likewise: "a) It was RESOLVED to approve the payments" ends at
        # "b) Bank reconciliation ...".)
        # (Not a part that leads into a lettered list of its own: "a) It was RESOLVED to
        # approve the payments, including:" / "a) Grounds maintenance £2,100;" / "b) ...".)
        lettered = _LETTERED_PART.match(p.bare[j])
        if lettered and not para:
            inner = next((m.group(1) for t in p.bare[j + 1:end] if (m := _LETTERED_PART.match(t))), None)
            if not (p.bare[j].rstrip().endswith(":") and inner == "a"):
                next_para = chr(ord(lettered.group(1)) + 1)
        # A label alone ("Decision:") is the decision below it: "RESOLVED that ..." under
        # it goes on the same decision, not one of its own.
        label = DECISION_LABEL_ALONE.match(p.bare[j])
        k = opening = j + 1  # (opening: the line after the label, and its marker)
        while k < end:
            t = p.bare[k]
            if label and k == opening and KEY_DECISION.match(t):
                k = opening = k + 1
                continue
            # (A line recording a decision of its own after its discussion, "(d) ... below
            # £25,000; Resolved: that the Certificate of Exemption be signed", is the next.)
            # (Nor past a divider before the exempt items: "PART II - NOT FOR PUBLICATION".)
            if DECISION_END.match(t) or (_decision_kind(t) or RESOLVED_IN_LINE.search(t)) and not (label and k == opening) \
                    and k > found or CLOSING.match(t) or MINUTES_DIVIDER.match(t):
                break
            if next_para and re.match(rf"^\s*\(?{next_para}[.)]\s", t):
                break
            if _sub_item_heading(t):
                break
            if p.gap_before[k]:
                prev = p.bare[k - 1].rstrip()
                # After a paragraph break the decision goes on only with its parts, or when
                # the previous line left a sentence open (double-spaced text, page breaks),
                # or pointed to a table below it ("... for each band as indicated in the
                # table below." in a council tax resolution, whose parts go on after it).
                if not (PART.match(t) or t[:1].islower() or prev.endswith((":", ";", ",", " and", " or", "-", "–"))
                        or not prev.endswith((".", ")", "!", "?")) or _POINTS_BELOW.search(prev)):
                    break
            k += 1
        out.append((kind, j, k))
        j = k
    return out


# ---------------------------------------------------------------------------------------
# Headings, sections and reports


def _stopped_heading(p: _Paper, k: int, t: str) -> bool:
    """A numbered heading its writer ended with a full stop, over its first numbered
    paragraph: "3 Recommendations." / "3.1 STRATEGIC PRIORITIES: ...", "5 About the
    Leicester Climate Commission." / "5.1 ..." (a review's sections had run on under the
    heading before)."""
    m = re.match(r"^\s*(\d{1,2})\.?\s+[A-Z][^.]*\.$", t.rstrip())
    if not m or len(t.split()) > 8 or k + 1 >= len(p):
        return False
    # A heading's words, not a sentence's: three at most, or every long word capitalised
    # ("5 About the Leicester Climate Commission."; not "4. Members noted the report.").
    words = _SECTION_NUMBER.sub("", t).rstrip(" .").split()
    if len(words) > 3 and not all(w[:1].isupper() for w in words if len(w) > 3):
        return False
    return re.match(rf"^\s*{m.group(1)}\.1\b", p.bare[k + 1]) is not None


def _wrapped_heading(p: _Paper, k: int) -> bool:
    """A numbered heading wrapped onto a second, short line: "9.4 Carers and people with care
    needs are supported to live active, independent," / "and fulfilling lives", "8. Strong
    Economy, Transport and" / "Infrastructure". Its first line stops at a comma or a small
    word, or its second opens with one in lower case; the second is short, unstopped and
    unnumbered, and text follows. (A numbered paragraph that wraps ends its last line with
    a full stop.)"""
    t = p.bare[k].rstrip()
    if not _DOTTED_NUMBER.match(t) or k + 1 >= len(p) or p.gap_before[k + 1]:
        return False
    core = _DOTTED_NUMBER.sub("", t)
    nxt = p.bare[k + 1].strip()
    # (Or its second line opens with the small word: "4. The Breadth, Contribution and
    # Impact of Kent County Council on Health" / "and Wellbeing".)
    if not core[:1].isupper() or not (t.endswith(",") or t.split()[-1].lower() in _SMALL_WORDS
                                      or nxt.split()[:1] and nxt.split()[0] in _SMALL_WORDS):
        return False
    # Printed again and again, it is a table's first column ("4. Strategy for" /
    # "Leicester" on each row of comments on that chapter), not a heading.
    if p.line_counts[t.strip()] > 1:
        return False
    if len(nxt.split()) > 6 or len(nxt) > 45 or nxt.endswith((".", ",", ";", ":")) or _SECTION_NUMBER.match(nxt) \
            or len(t.split()) + len(nxt.split()) > 18:
        return False
    if k + 2 >= len(p):
        return True
    # Text follows, not another short cell (a table's "3. Vision for" / "Leicester" / "24
    # 3.1 – The"), nor the next item of a numbered list ("5. If Recommendation 4 is
    # passed, APPROVE the relevant changes to the" / "Constitution" / "6. DELEGATE ...").
    after = p.bare[k + 2]
    here, then = _DOTTED_NUMBER.match(t), _DOTTED_NUMBER.match(after)
    if then and not then.group(0).strip().startswith(here.group(0).strip().rstrip(".") + "."):
        return False
    return len(after) > 40


# A paragraph's number under its section's: "6.3".
_SUBSECTION_NUMBER = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.?\s")
#: A paragraph's first line is at least this long, and at least this share of the widest
#: line of the block it runs on into (see _opens_a_paragraph).
_PARAGRAPH_LINE = 40
_PARAGRAPH_WIDTH = 0.85
#: How many lines of that block are looked at.
_PARAGRAPH_LOOK = 12


def _opens_a_paragraph(p: _Paper, k: int, after: int) -> bool:
    """True when line ``k`` is the first line of a paragraph, not a heading over one: it
    runs on with no gap into lines of prose, the last ending a sentence, is about as wide
    as the widest of them, and is in a sentence's case ("6.3 Under the current
    arrangements the Corporate Director Children, Young" / "People, and Education (DCS)
    is overseeing ...", "Four “Business Improvement Managers” were recruited into the
    Council’s" / "Adult Social Care ..."). A heading is narrower than the text below it,
    or capitalises its words, or asks a question ("1.4. How would the baseline change
    without the updated KMWLP?")."""
    if after >= len(p) or p.gap_before[after]:
        return False
    t = p.bare[k].strip()
    if len(t) < _PARAGRAPH_LINE or t.endswith("?"):
        return False
    # Its lines: up to the first that ends a sentence (a table's cells run on into the
    # next cell's with no gap).
    block = [p.bare[after].strip()]
    for j in range(after + 1, min(len(p), after + _PARAGRAPH_LOOK)):
        if p.gap_before[j] or block[-1].endswith("."):
            break
        block.append(p.bare[j].strip())
    # Each line but the last as wide as the text: not a table's cells ("Ensure young people
    # are skilled and ready for adult life" / "Improve pupil attainment measured through
    # average" / "attainment 8 scores" / ...).
    widest = max(len(line) for line in block)
    if not block[-1].endswith(".") or len(t) < _PARAGRAPH_WIDTH * widest \
            or any(len(line) < _PARAGRAPH_WIDTH * widest for line in block[:-1]):
        return False
    return not all(w[:1].isupper() for w in (w.strip("(\"'‘“") for w in _SECTION_NUMBER.sub("", t).split()) if len(w) > 3)


def _is_heading(p: _Paper, k: int, start: int) -> bool:
    t = p.bare[k]
    words = t.split()
    wrapped = _wrapped_heading(p, k)
    if wrapped:
        # Judged as the heading it is, on one line, with the text after it.
        t = f"{t.rstrip()} {p.bare[k + 1].strip()}"
        words = t.split()
    # An addendum's or a report's heading for each agenda item it speaks to, however long
    # the application's name: "Agenda Item 5: 23/01234/FUL - Land rear of 12-16 Station
    # Road, Little Hadley".
    if _AGENDA_ITEM_HEADING.match(t) and len(words) <= 25 and not t.rstrip().endswith("."):
        return True
    if not words or len(words) > (18 if wrapped else 10) or len(t) > (140 if wrapped else 95) or PACK_STAMP.match(t):
        return False
    # An item of a bulleted list, printed straight after the item before it ("- 10-year gilt
    # yields falling to 4.0% in September"), is not a heading (a dump that bullets every
    # paragraph sets its headings apart with blank lines); nor is a row of dates and
    # figures ("31-Mar-24 2024-25 30-Sep-24"), nor a table's key ("Note 1 = excludes
    # domestic abuse", "RAG = Red, Amber, Green").
    if (p.text[k] != p.bare[k] and k > start and not p.gap_before[k]) or all(re.search(r"\d", w) for w in words) \
            or _ENDS_IN_FIGURES.search(t) or _DATE_LINE.match(t) or " = " in t:
        return False
    # A line ending in "the", "and", "of" is a wrapped sentence, not a heading.
    if words[-1].lower() in _SMALL_WORDS or re.match(r"^\s*\(?[a-z]{1,3}\)", t):
        return False
    core = _SECTION_NUMBER.sub("", t)
    if not core or not (core[0].isupper() or core[0].isdigit()):
        return False
    # "6.2 To consider, and note, the achievements": parts of a decision or a
    # recommendation open with "To" or "That"; headings do not.
    if re.match(r"^(?:to|that)\s", core, re.I):
        return False
    if RECOMMENDATION_HEADING.match(t) and not RECOMMENDATION_HEADING.match(t).group("rest"):
        return True
    if _form_start(p, k):
        return True
    # An appendix's title that runs on as the header of its pages ("APPENDIX F: 2025-28
    # LABOUR GROUP ALTERNATIVE BUDGET - SPENDING" over 13 pages of tables) starts it,
    # though table cells follow it.
    if APPENDIX_TITLE.match(t) and p.text[k] in p.runs_on:
        return True
    # A report's lists of papers ("Attached documents" / "a) 24-00093 - Decision Report")
    # start a section of their own, though a list of short lines follows: they are not
    # part of the recommendations above them.
    if DOCUMENT_LIST.match(t):
        return True
    # (A colon and a dash, "In relation to great communities: -", lead into a list.)
    if t.rstrip(" -–").endswith((".", ",", ";", ":")) and not _stopped_heading(p, k, t) \
            or re.fullmatch(r"[\d\s.,%£$()/-]+", t) or _FIGURES_ROW.match(t):
        return False
    if PART.match(t) and not _SECTION_NUMBER.match(t):
        return False
    after = k + 2 if wrapped else k + 1
    if after < len(p) and p.bare[after][:1].islower():
        return False
    # A line after one that leaves a sentence open carries that sentence on, unless it
    # opens with a section number ("5. Clean, Green Future", "6.2 People participate"):
    # text dumps print headings straight after a list whose items end in no stop. (Not
    # a line of an agenda's list of items, which follows another numbered line or ends in
    # its page number: "1. Declarations of interest 1" / "2. Apologies for absence".)
    prev = p.bare[k - 1].rstrip() if k > start else ""
    if k > start and not p.gap_before[k] and not prev.endswith((".", ":", ";", "?", "!")) \
            and not (_DOTTED_NUMBER.match(t) and not t.rstrip()[-1:].isdigit() and not _SECTION_NUMBER.match(prev)):
        return False
    # A heading is followed by text, not by another short line (table cells, lists).
    if not (after >= len(p) or len(p.bare[after]) > 40 or p.gap_before[after]):
        return False
    # Nor is it a paragraph's first line, numbered as a paragraph ("6.3") or not at all (a
    # chapter's "3. Strategic environmental assessment and sustainability appraisal" is a
    # heading in a sentence's case).
    if not wrapped and (_SUBSECTION_NUMBER.match(t) or not _SECTION_NUMBER.match(t)) \
            and _opens_a_paragraph(p, k, after):
        return False
    # Nor is it a form's answer, a figure, an address or contact details ("Email:
    # jane.moore@leics.gov.uk", a web address), a letter's reference lines or sign-off,
    # a row of a table or dashboard, or a decision (see the patterns above; checked last,
    # on the few lines that get this far).
    return not (_FORM_ANSWER.match(t) or _OPENS_WITH_FIGURE.match(t) or _ADDRESS.search(t) or _CONTACT.search(t)
                or _SIGN_OFF.match(t) or _LETTER_LINE.match(t) or _LABELLED_FIGURES.search(t)
                or _CAPITAL_VERB.match(t) or _TREND_ARROW.search(t)
                or len(_FIGURE.findall(_SECTION_NUMBER.sub("", t))) >= 3 or _MONTHS.search(t))


# ("Agenda Item 5:" with its colon: "Item 1 - Apologies" is a line of an agenda's list.)
_AGENDA_ITEM_HEADING = re.compile(r"^\s*(?:agenda\s+)?item\s+\d{1,3}[a-z]?\s*:\s+[A-Z0-9]", re.I)


# An appendix's or annex's title: "APPENDIX F: ...", "Annex 3 – ...".
APPENDIX_TITLE = re.compile(r"^\s*(?:appendix|annex|annexe)\s+[A-Z0-9]{1,3}\b\s*[:–—.-]?\s*\S", re.I)


def _appendix_word(title: str) -> str:
    """ "appendix" or "annex" for an appendix's or annex's title, else ""."""
    return title.split()[0].lower().replace("annexe", "annex") if APPENDIX_TITLE.match(title) else ""


# A letter's reference lines and salutation, above what it is about.
_LETTER_LINE = re.compile(r"^\s*(?:(?:direct\s+dial|ask\s+for|our\s+ref|your\s+ref|my\s+ref|e-?mail|tel(?:ephone)?|"
                          r"date)\b[^:]{0,12}:|dear\s)", re.I)
# A letter's closing: what follows is its signature, not a section.
_SIGN_OFF = re.compile(r"^\s*(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+regards|best\s+wishes)\W*$",
                       re.I)
# A form's title: "Budget Amendment Form", "Call-in Form".
_FORM_TITLE = re.compile(r"^\s*(?:[A-Z][\w'’&-]*\s+){0,5}Form\s*$")


def _form_start(p: _Paper, k: int) -> bool:
    """A form printed at the top of a page with a field naming its subject below
    ("Budget Amendment Form" / "Amendment Name: LEVI capital funding"): a pack prints one
    form after another, each a paper of its own."""
    if not _FORM_TITLE.match(p.bare[k]):
        return False
    page = p.lines[k].page
    if page is not None and k > 0 and p.lines[k - 1].page == page:
        return False
    return any(_FORM_NAME_FIELD.match(p.bare[j]) for j in range(k + 1, min(k + FORM_REACH, len(p))))


# A person's name as signed: two to four capitalised words ("Richard Smith", "Benjamin
# Watts", "Cllr Roger Gough").
_PERSON = re.compile(r"^\s*(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}\s*$")
# An office printed under a name: "Corporate Director Adult Social Care & Health",
# "General Counsel", "Cabinet Member for Finance". (_OFFICE finds an office anywhere in
# a report's addressee; this one opens the line and takes the titles that sign letters.)
_SIGNED_OFFICE = re.compile(r"^\s*(?:(?:Interim|Deputy|Acting|Assistant)\s+)?(?:Cabinet\s+Member\s+for|Leader|Corporate\s+Director|"
                            r"Director|Chief\s+Executive|Head\s+of|General\s+Counsel|Monitoring\s+Officer|"
                            r"Chief\s+Officer|Chairman|Chair\b)", re.I)


def _signed_office(p: _Paper, k: int) -> str | None:
    """The office under a name on line k ("Richard Smith" / "Corporate Director Adult
    Social Care & Health"): a signature, a report's contact, a directorate's profile."""
    # (Not a heading over a line of contact details: "Contact Details" / "Interim Corporate
    # Director Finance John Betts 03000 410 066".)
    if k + 1 < len(p) and _PERSON.match(p.bare[k]) and _SIGNED_OFFICE.match(p.bare[k + 1]) \
            and not re.search(r"\d|@", p.bare[k + 1]):
        return p.bare[k + 1].strip()
    return None


# The whole number a heading opens with: "9" of "9.2 Carers", "35" of "35  Leicestershire".
_LEADING_NUMBER = re.compile(r"^\s*(\d{1,3})(?:\.\d{1,2})*\.?\s")


def _numbered_in_turn(p: _Paper, part: _Part, following: _Part) -> bool:
    """A report's numbered section followed by the next ("11. Risk implications" over
    "11.1 If the LDS is not approved ...", then "12. Equalities implications"): each a
    section, however short. (Not an agenda's list of items, which number no paragraphs.)"""
    a, b = _LEADING_NUMBER.match(part.title), _LEADING_NUMBER.match(following.title)
    if not (a and b and int(b.group(1)) == int(a.group(1)) + 1):
        return False
    own = re.compile(rf"^\s*{int(a.group(1))}\.1\b")
    return any(own.match(p.bare[j]) for j in range(part.start + 1, min(part.end, part.start + 4)))


def _drop_glued_page_numbers(p: _Paper, heads: list[int]) -> list[int]:
    """Headings less those that are a page number glued to a running footer.

    A text dump can glue a page's number to its footer ("35  Leicestershire County
    Council Strategic Plan 2022-26"), which then reads as a numbered heading. Section
    numbers run in order; a number above both the numbered headings either side of it,
    where those two run on from each other ("9.2 ...", "35 ...", "10. ..."), is out of
    that order, so it is the page's. (A number below its neighbours is kept: appendices
    start their numbering again.)"""
    def number(k: int) -> int | None:
        m = _LEADING_NUMBER.match(p.bare[k])
        return int(m.group(1)) if m else None

    numbered = [(k, number(k)) for k in heads]
    numbered = [(k, n) for k, n in numbered if n is not None]
    glued = {k for (_, before), (k, n), (_, after) in zip(numbered, numbered[1:], numbered[2:])
             if before <= after < n}
    return [k for k in heads if k not in glued]


# "Question 3 – Answer" (see _sections): the answer to the numbered question above it.
_ANSWER_HEADING = re.compile(r"\s*[–-]\s*(?:answer|reply|response)", re.I)


def _sections(p: _Paper, a: int, b: int, kind: str, prefix: str, doc: _Doc | None) -> list[_Part]:
    """Cut [a, b) at headings into parts of ``kind``, merging fragments and splitting
    long runs at paragraph breaks; recommendation sections get a child."""
    # A report's header block (From:, To:, Subject:, Decision no:, ...) is one part, not
    # a heading per field; it is titled by the report's name alone.
    header_end = doc.header_end if doc is not None and prefix else a
    heads = [a] + [k for k in range(max(a + 1, header_end), b) if _is_heading(p, k, a)]
    # A list of recommendations may group its lettered items under sub-headings ("2025-26
    # Council Tax" / "(e) To increase ..."): those do not end the recommendations.
    kept: list[int] = []
    in_recs = False
    for h in heads:
        if in_recs and h + 1 < b and _LIST_ITEM.match(p.bare[h + 1]) and not _SECTION_NUMBER.match(p.bare[h]) \
                and not DOCUMENT_LIST.match(p.bare[h]):
            continue
        kept.append(h)
        in_recs = _is_rec_heading(p, h)
    heads = _drop_glued_page_numbers(p, kept)
    if p.decision_page is not None:
        # A decision's own lines are not headings: a fee schedule inside it ("Wirral-based
        # community groups: no charge for set-up days") would cut it short.
        spans = _decision_spans(p)
        heads = [h for h in heads if h == a or not any(j < h < end for j, end in spans)]
    parts: list[_Part] = []
    for i, h in enumerate(heads):
        end = heads[i + 1] if i + 1 < len(heads) else b
        if h < header_end:
            title = ""
        else:
            if _is_heading(p, h, a):
                title = _heading_title(p, h)
            else:
                title = _opening_title(p, h, end)
        parts.append(_Part(kind, h, end, title, doc=doc))
    # Merge fragments forward (keeping a recommendation section on its own, but joining
    # "6. Recommended actions/decision" to a "Recommendations" heading inside it).
    merged: list[_Part] = []
    for part in parts:
        prev_rec = bool(merged) and _is_rec_heading(p, merged[-1].start)
        this_rec = _is_rec_heading(p, part.start)
        if merged and _form_start(p, part.start):
            # A form starts afresh, under its own name: a fragment before it (a table's
            # last cell at the foot of the page before) joins the section above instead.
            if len(merged) > 1 and _words(p, merged[-1]) < MIN_SECTION_WORDS and not prev_rec \
                    and not _is_rec_heading(p, merged[-2].start):
                # (Popped first: "merged[-2].end = merged.pop().end" would pop before it
                # picks merged[-2], and stretch the section before that over the fragment's
                # section, two segments then holding the same lines.)
                fragment = merged.pop()
                merged[-1].end = fragment.end
            merged.append(part)
            continue
        if merged and ((_words(p, merged[-1]) < MIN_SECTION_WORDS and not prev_rec and not this_rec
                        and not _numbered_in_turn(p, merged[-1], part))
                       or (prev_rec and this_rec)):
            merged[-1].end = part.end
            # A short title block joined to the section below takes that section's heading.
            merged[-1].title = merged[-1].title or part.title
        else:
            merged.append(part)
    # A fragment left at the end (a heading with a line under it, a table's last cell)
    # joins the section before it, as fragments elsewhere join the one after.
    if len(merged) > 1 and _words(p, merged[-1]) < MIN_SECTION_WORDS \
            and not _is_rec_heading(p, merged[-1].start) and not _is_rec_heading(p, merged[-2].start):
        tail = merged.pop()
        merged[-1].end = tail.end
    # A heading the document repeats under each of its numbered sections ("What will
    # success look like?", "Our Commitments") says which one it is by that section's.
    # Only near its numbered section: a long run of unnumbered headings after one (a plan
    # appended after a report's last numbered field) is not under it.
    def sections_above(parts):
        numbered, since = "", 0
        for part in parts:
            if _NUMBERED_TITLE.match(part.title):
                numbered, since = part.title, 0
            else:
                since += 1
            yield part, numbered if since <= REPEATED_HEADING_REACH else ""

    under: dict[str, set] = {}
    for part, numbered in sections_above(merged):
        if part.title and not _NUMBERED_TITLE.match(part.title):
            under.setdefault(part.title.lower(), set()).add(numbered)
    for part, numbered in list(sections_above(merged)):
        if numbered and len(under.get(part.title.lower(), set()) - {""}) > 1 and not _is_rec_heading(p, part.start) \
                and _SECTION_NUMBER.sub("", numbered).strip().lower() != part.title.lower():
            # (Not "2. Purpose – Purpose": under a section of its own name it says nothing more.)
            part.title = f"{numbered} – {part.title}"
    # A question put at a meeting and the answer given to it are one section, when short
    # enough to be one: "Question 3" / "Answer" (a search for the question's words showed
    # the question without its answer).
    for i in range(len(merged) - 1, 0, -1):
        ask, answer = merged[i - 1], merged[i]
        if _ANSWER_HEADING.fullmatch(answer.title.replace(ask.title, "", 1)) and answer.title.startswith(ask.title) \
                and _words(p, ask) + _words(p, answer) <= MAX_SECTION_WORDS:
            ask.end = answer.end
            del merged[i]
    out: list[_Part] = []
    name = prefix
    # (A record printed inside a pack, after the letter sending it, is one from its own
    # opening.)
    inside = _record_opening(p, doc.start) if doc is not None and doc.start > 0 and doc.kind == "report" else None
    records = _records_decisions(p) or inside == "taken"
    proposed = not records and (_proposes_decision(p) or inside == "proposed")
    for part in merged:
        rec = _is_rec_heading(p, part.start)
        # An appendix printed after another in one paper ("APPENDIX F: ... - SPENDING",
        # then "APPENDIX F: ... - SAVINGS") is a paper of its own name, not a section of
        # the first: its sections are named after it. (An annex in an appendix is a part
        # of it: "Appendix L – Treasury Management Strategy: Annex A – ...".)
        if name and _appendix_word(name) and _appendix_word(name) == _appendix_word(part.title):
            name = _title_case(part.title) if part.title.isupper() else part.title
            part.title = ""
        pieces = [part] if rec else _cut_long(p, part)
        for piece in pieces:
            # (A heading's colon leads into its text: "Recommendation(s):" is titled
            # "Recommendation(s)", and "show" printed "...: Recommendations: (id ...)".)
            piece.title = _items_held(p, piece).rstrip(" :")
            if name:
                piece.title = (f"{name}: {piece.title}" if piece.title and not piece.title.startswith("(")
                               else f"{name} {piece.title}".strip())
            piece.document = name or None
            out.append(piece)
        if rec:
            body_start = part.start + 1
            if RECOMMENDATION_HEADING.match(p.bare[part.start]).group("rest").strip():
                body_start = part.start
            if body_start < part.end:
                part.children.append(_Part("recommendation", body_start, _recommendations_end(p, body_start, part.end),
                                           f"Recommendations: {name or part.title}", doc=doc,
                                           document=name or None, minute=_asked_number(doc)))
        elif (records or proposed) and (decision := next((j for j in range(part.start, part.end)
                                            if (DECISION_PAGE_LABEL if p.decision_page else DECISION_LABEL)
                                            .match(p.bare[j])), None)) is not None:
            # What the record says was decided, as a resolution records a meeting's.
            end = _decision_end(p, decision, part.end)
            # A decision called in, deferred or withdrawn says so (see _STATUS_NOTE); a
            # proposed one is what the decision maker is asked to decide.
            label = f"Decision ({p.decision_page.note})" if p.decision_page and p.decision_page.note else "Decision"
            # (Cited by its number, "24/00093", as a minute by its: see _record_of_decision.)
            part.children.append(_Part("recommendation" if proposed else "resolution", decision, end,
                                       re.sub(r"^Proposed Record of Decision", "Proposed decision", name) if proposed and name
                                       else f"{label}: {name or part.title}", doc=doc,
                                       document=name or None, minute=doc.minute if doc else None))
        elif kind == "report":
            for j in range(part.start, part.end):
                if RECOMMENDATION_STEM.match(p.bare[j]):
                    part.children.append(_Part("recommendation", j, _recommendations_end(p, j, part.end),
                                               f"Recommendations: {name or part.title}", doc=doc,
                                               document=name or None, minute=_asked_number(doc)))
                    break
    return out


# A numbered item or paragraph: "9. Review of Decision 24/00093 - Commissioned Family Hubs".
_NUMBERED_ITEM = re.compile(r"^\s*(?P<n>\d{1,3})\.\s+[A-Z]")


def _items_held(p: _Paper, part: _Part) -> str:
    """A section's title, saying which numbered items it holds when it holds several: an
    agenda's items are short, and a section joins them until it is long enough, so "9.
    Review of Decision 24/00093" holding items 10 and 11 too is titled "9–11. Review of
    Decision 24/00093" (a hit on item 10 is not cited as item 9's); so are a report's
    short numbered sections joined, and an inspector's numbered paragraphs."""
    first = _NUMBERED_ITEM.match(part.title)
    if not first:
        return part.title
    last = number = int(first.group("n"))
    names = [_item_name(part.title)]
    # An item's name is a heading: text follows it after a gap, or the next item does (in
    # an inspector's report, "19. The County Council, North West Leicestershire District
    # Council, Highways" runs on into its paragraph). (Not a part that goes on from the
    # one before: it starts with no item's name.)
    at = next((j for j in range(part.start, part.end) if (m := _NUMBERED_ITEM.match(p.bare[j]))
               and int(m.group("n")) == number), None)
    headings = at is not None and _item_lines_end(p, at, part.end) is not None
    for j in range((part.start if at is None else at) + 1, part.end):
        m = _NUMBERED_ITEM.match(p.bare[j])
        if m and int(m.group("n")) == last + 1:
            last += 1
            end = _item_lines_end(p, j, part.end)
            headings = headings and end is not None
            names.append(_item_name(" ".join(p.bare[i].strip() for i in range(j, (end or j) + 1))))
    if last == number:
        return part.title
    numbers = f"{number}–{last}."
    # The items' names, when they are headings: an agenda's items ("11–12. Reports of the
    # Monitoring Officer; Notices of Motion"), not an inspector's numbered paragraphs.
    if headings and all(name and len(name.split()) <= ITEM_NAME_WORDS and not name.endswith(".") for name in names):
        return f"{numbers} {'; '.join(names)}"
    return re.sub(r"^\s*\d{1,3}\.", numbers, part.title, count=1)


def _item_lines_end(p: _Paper, j: int, stop: int) -> int | None:
    """The last line of a numbered item's name at line j, wrapped over up to three lines
    ("... Future of Commissioned Services" / "at Seashells and Millmead Family Hubs (Pages
    101 - 104)"); None when text runs on after them with no gap (a numbered paragraph, not
    an item's name)."""
    def runs_on(i: int) -> bool:
        # (Not into the next item, nor into a part's heading in capitals: "EXEMPT ITEMS".)
        return i < stop and not p.gap_before[i] and not _NUMBERED_ITEM.match(p.bare[i]) and not _is_caps(p.bare[i])

    k = j
    while k + 1 < j + ITEM_NAME_LINES and runs_on(k + 1):
        k += 1
    return None if runs_on(k + 1) else k


#: The longest name of an agenda item that a section of several items is titled by, and
#: the most lines it is printed on ("Minutes of the meetings held on 19 December 2024 and
#: 9 January" / "2025 and, if in order, to be approved as a correct record").
ITEM_NAME_WORDS = 30
ITEM_NAME_LINES = 3

# An item's pages in its agenda: "(Pages 25 - 100)", "(Page 5)".
_ITEM_PAGES = re.compile(r"\s*\(\s*pages?\s+\d+(?:\s*[-–]\s*\d+)?\s*\)\s*$", re.I)


def _item_name(line: str) -> str:
    """An agenda item's name, without its number, pages and the colon that leads into its text."""
    return _ITEM_PAGES.sub("", re.sub(r"^\s*\d{1,3}\.\s+", "", line)).strip().rstrip(" :")


def _asked_number(doc: _Doc | None) -> str | None:
    """The number of the decision a report's recommendations ask for, from its header."""
    return doc.minute if doc is not None and doc.kind == "report" else None


def _wrapped_caps_heading(p: _Paper, k: int) -> bool:
    """True when a heading in capitals runs on into the next line, in capitals too and with
    no gap, and text follows that ("PERCEIVED IMPACT OF ACCESSING FAMILY HUB SERVICES AT
    THE SHEPPEY" / "GATEWAY ON CHILDREN, YOUNG PEOPLE AND FAMILIES" / "Consultees were
    asked ..."; its title had stopped at "SHEPPEY"). Its first line is long, as a line
    wrapped for width is: "RESIDENT FEEDBACK" over "ANY OTHER PROPOSAL COMMENTS OR
    SUGGESTIONS" is a part's name over a heading."""
    if k + 2 >= len(p) or p.gap_before[k + 1] or not _is_caps(p.bare[k]) \
            or len(p.bare[k].strip()) < _WRAPPED_TITLE_LINE:
        return False
    nxt = p.bare[k + 1].strip()
    return (_is_caps(nxt) and len(nxt.split()) <= 12 and not _SECTION_NUMBER.match(nxt)
            and not PART.match(nxt) and not _is_caps(p.bare[k + 2]))


def _heading_title(p: _Paper, k: int) -> str:
    """A heading as its section's title. A section number printed after the heading
    ("Council Tax 6", its paragraphs 6.1, 6.2, ... starting within the next three lines,
    perhaps under a sub-heading) goes in front: "6. Council Tax"."""
    t = p.bare[k].strip()
    if _form_start(p, k):
        return _form_name(p, k + 1, k + FORM_REACH, t)
    if _wrapped_heading(p, k) or _wrapped_caps_heading(p, k):
        return f"{t} {p.bare[k + 1].strip()}"
    # A name alone says little: with its office it says whose block it is.
    if (office := _signed_office(p, k)):
        return f"{t}, {office}"
    m = re.match(r"^(?P<head>\D.*?)\s+(?P<n>\d{1,2})$", t)
    if m and any(p.bare[j].lstrip().startswith(f"{m.group('n')}.1 ") for j in range(k + 1, min(k + 4, len(p)))):
        return f"{m.group('n')}. {m.group('head')}"
    return t[:-1] if _stopped_heading(p, k, t) else t  # (its full stop is no part of the name)


def _opening_title(p: _Paper, start: int, end: int, salutation: bool = False) -> str:
    """The title of a part that opens with no heading: its first line. A cover's title,
    run on over several lines, is given whole, up to 20 words. A letter's reference lines
    are not what it is about: "Direct Dial/Ext: 03000416892" / "Ask for: Joel Cook" /
    "Dear Member" / "COUNTY COUNCIL - THURSDAY, 13 FEBRUARY 2025" is titled by the last.
    A part of reference lines alone has no title ("": a fragment joined to the part
    below takes that part's), or, with ``salutation``, its "Dear Member"."""
    first = start
    # (A sentence that gives a web address, "Copies of this document are available on the
    # Council website http://...", is text, not a reference line.)
    while first < end and (_LETTER_LINE.match(p.bare[first]) or PACK_STAMP.match(p.bare[first])
                           or _CONTACT.search(p.bare[first]) and len(p.bare[first].split()) <= 8):
        first += 1
    if first == end:
        return next((p.bare[j].strip() for j in range(start, end) if p.bare[j].lower().startswith("dear ")), "") \
            if salutation else ""
    wrapped = _wrapped_line(p, first, end)
    return _first_words(wrapped, 20 if wrapped != p.bare[first].strip() else 12)


def _is_rec_heading(p: _Paper, k: int) -> bool:
    m = RECOMMENDATION_HEADING.match(p.bare[k])
    if not m or len(p.bare[k].split()) > 12:
        return False
    rest = m.group("rest").strip()
    # "Recommendation(s): Cabinet is asked to ..." carries its text on the heading line.
    return not rest or p.bare[k].split(":")[0].strip() != p.bare[k].strip()


def _words(p: _Paper, part: _Part) -> int:
    return sum(len(p.bare[j].split()) for j in range(part.start, part.end))


def _wrapped_line(p: _Paper, k: int, stop: int) -> str:
    """Line k, with the lines it runs on to while it ends in a small word: a cover's title
    set one phrase to a line ("Summons to and" / "Agenda for the Budget"). Once it has run
    on so, it is such a title, and takes the short lines below it too, down to the first
    in capitals ("... Extraordinary" / "Meeting on" / "Thursday, 9th" / "January, 2025" /
    "at 10.00 am", over "DEMOCRATIC SERVICES")."""
    text = p.bare[k].strip()
    j = k + 1
    while j < min(stop, k + 4) and not p.gap_before[j] and text.split()[-1:] \
            and text.split()[-1].lower() in _SMALL_WORDS:
        text = f"{text} {p.bare[j].strip()}"
        j += 1
    if j == k + 1:
        return text
    while j < min(stop, k + COVER_TITLE_LINES) and not p.gap_before[j] and len(p.bare[j].split()) <= 4 \
            and not _is_caps(p.bare[j]):
        text = f"{text} {p.bare[j].strip()}"
        j += 1
    return text.rstrip(" ,;")


# Lines a cover's title set one phrase to a line may take.
COVER_TITLE_LINES = 8


def _first_words(text: str, n: int = 12) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" ..." if len(words) > n else "")


def _cut_long(p: _Paper, part: _Part) -> list[_Part]:
    pieces = [part]
    count = 0
    start, end = part.start, part.end
    for j in range(start, end):
        # Cut at a paragraph break; text with none (one 5 MB line) is cut anyway.
        if j > start and (count >= MAX_SECTION_WORDS and p.gap_before[j] or count >= 4 * MAX_SECTION_WORDS):
            pieces[-1].end = j
            pieces.append(_Part(part.kind, j, end, f"{part.title} (continued)".strip(), doc=part.doc))
            start, count = j, 0
        count += len(p.bare[j].split())
    return pieces


# ---------------------------------------------------------------------------------------


# An extract's opening naming what the body considered: "The Committee received a report
# on the Leicester Leicestershire Strategic Transport Priorities."
_REPORT_ON = re.compile(r"\b(?:received|considered|noted)\s+(?:a|the)\s+(?:joint\s+)?report\b[^.]{0,80}?\b"
                        r"(?:on|about|concerning|regarding|setting\s+out)\s+(?:the\s+)?(?P<what>[A-Z][^.:;]{3,100}?)"
                        r"(?:\.|,|\s+(?:and|which|that)\s|$)")


def _reported_on(p: _Paper, doc: _Doc) -> str | None:
    """What an extract with no item heading is about, from its first sentence naming
    the report the body considered; else None (its body's name would title it)."""
    start = max(doc.start, doc.header_end)
    m = _REPORT_ON.search(" ".join(p.bare[start:min(doc.end, start + 4)]))
    return " ".join(m.group("what").split()) if m else None


def _meeting_parts(p: _Paper, doc: _Doc) -> list[_Part]:
    items = _find_items(p, doc)
    parts: list[_Part] = []
    first = items[0][0] if items else None
    body_name = doc.body or "meeting"
    when = doc.date.strftime("%-d %B %Y") if doc.date else ""
    if doc.kind == "minute_extract" and not items:
        title = doc.title or _reported_on(p, doc) or _first_words(p.bare[doc.start])
        minute = _Part("minute", doc.start, doc.end, _strip_title(title), minute=doc.minute, doc=doc)
        _add_decisions(p, minute)
        return [minute]
    if first is None or first > doc.start:
        head_end = first if first is not None else doc.end
        unnumbered = _unnumbered_item(p, doc.start, head_end, numbered=bool(items))
        if unnumbered is not None:
            start, title = unnumbered
            parts.append(_Part("section", doc.start, start, f"Minutes of {body_name} {when}".strip(), doc=doc))
            minute = _Part("minute", start, head_end, _strip_title(title), doc=doc)
            _add_decisions(p, minute)
            parts.append(minute)
        else:
            parts.append(_Part("section", doc.start, head_end,
                               f"Minutes of {body_name} {when}".strip(), doc=doc))
    for i, (start, num, title, _after) in enumerate(items):
        end = items[i + 1][0] if i + 1 < len(items) else doc.end
        minute = _Part("minute", start, end, title, minute=num, doc=doc)
        _add_decisions(p, minute)
        parts.append(minute)
    return parts


# Dividers in minutes that are not item titles: "UNRESTRICTED ITEMS", "EXEMPT ITEMS", "PART A".
# ("PART II - NOT FOR PUBLICATION" too.)
MINUTES_DIVIDER = re.compile(r"^\s*(?:(?:un)?restricted|exempt|open|confidential)\s+(?:items|business)|^\s*part\s+[a-z0-9]{1,3}"
                             r"(?:\s*[-–—:]\s*(?:not\s+for\s+publication|exempt|confidential|restricted)\b.*)?\s*$", re.I)


def _unnumbered_item(p: _Paper, a: int, b: int, numbered: bool) -> tuple[int, str] | None:
    """An item printed without a number between a minutes' attendance list and its first
    numbered item ("Election of Chair" before minute 283), or the whole business of
    minutes that number nothing. Before numbered items it is an item only when it holds
    a decision: every decision in minutes belongs to a minute item."""
    attendance = next((j for j in range(a, b) if ATTENDANCE.match(p.bare[j])), None)
    if attendance is None:
        return None
    if numbered and not any(_decision_kind(p.bare[j]) for j in range(attendance, b)):
        return None
    for j in range(attendance + 1, b):
        t = p.bare[j]
        if _decision_kind(t):
            return None  # a decision before any title: no item to hang it on
        if MINUTES_DIVIDER.match(t) or ATTENDANCE.match(t) or len(t.split()) > 12:
            continue
        # (An attendance list runs on in lines like "Caroline Holland (Director of
        # Corporate Services), Grant Miles": a title has no commas.)
        if (_is_caps(t) and p.gap_before[j] | p.bare[j - 1].rstrip().endswith((".", ")"))) or (
                _is_heading(p, j, a) and "," not in t):
            return j, t
    return None


# A planning application's reference: "24/501842/FULL", "WD/2024/0600/F", "DC/24/0123".
APPLICATION_REFERENCE = re.compile(r"\b(?:[A-Z]{1,4}/)?\d{2,4}/\d{3,6}/[A-Z]{1,6}\b|\b[A-Z]{1,4}/\d{2,4}/\d{3,6}\b")


# The words that open a decision however it is printed: "Decision: That ...", "It was
# RESOLVED that ...", "RESOLVED: That ...", "Resolved unanimously that ...".
_DECISION_OPENING = frozenset(("decision", "decisions", "it", "was", "resolved", "agreed", "unanimously", "that"))


def _decision_words(p: _Paper, s: int, e: int) -> list[str]:
    """A decision's words, without the label or stem it opens with: ModernGov prints an
    item's "Decision: That the policy be approved" and its minutes record "It was
    RESOLVED that the policy be approved"."""
    words = re.findall(r"\w+", " ".join(p.bare[s:e]).lower())
    first = next((n for n, w in enumerate(words) if w not in _DECISION_OPENING), len(words))
    return words[first:]


def _printed_again(p: _Paper, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The decisions of an item without those printed again below its "Minutes:" label.
    ModernGov's pages give an item's decision ("Decision:") and then its minutes, which
    record the same resolution word for word: one decision, not two. (Identical
    decisions with no such label between them, as a planning schedule's "That permission
    be GRANTED", stay: each decides its own application.)"""
    if len(found) < 2:
        return found
    kept: list[tuple[str, int, int]] = []
    # Where each kind and wording was first kept, and where the "Minutes:" labels are: an
    # item holding thousands of decisions (a dump whose item numbers ran past 999) had
    # compared each with every one before it, line by line, and a 24 MB paper took minutes.
    labels = [j for j in range(found[0][1], found[-1][2])
              if MINUTES_LABEL.match(p.bare[j]) and "minutes" in p.bare[j].lower()]
    first_end: dict[tuple, int] = {}
    for kind, s, e in found:
        key = (kind, tuple(_decision_words(p, s, e)))
        at = first_end.get(key)
        i = bisect.bisect_left(labels, at) if at is not None else len(labels)
        if i < len(labels) and labels[i] < s:
            continue  # printed again below the item's "Minutes:" label
        kept.append((kind, s, e))
        first_end.setdefault(key, e)
    return kept


# A sub-item's heading inside a minute: "9a Budget 2025/26 ...", "11a Motion on river
# water quality", "Item 5.2 NP/FEL/24/0744/FUL – Siting of 12 camping pods ...".
SUB_ITEM_HEADING = re.compile(r"^\s*(?:(?i:item)\s+)?(?P<num>\d{1,3}(?:[a-z]|\.\d{1,2}))[.)]?\s+(?P<title>[A-Z(].*)$")


def _sub_item(p: _Paper, start: int, end: int, minute: _Part) -> tuple[str, str | None] | None:
    """The last sub-item heading between ``start`` and ``end`` of a minute: its title, and
    its number when it numbers a part of this minute ("9a", "3.1" under minute 9 or 3;
    under "16/25", "Item 5.2" is the agenda's number, not the minute's)."""
    for j in range(end - 1, start - 1, -1):
        m = SUB_ITEM_HEADING.match(p.bare[j])
        if not m or j == minute.start:
            continue
        # (A heading wrapped after a comma, a dash or a small word runs on: "Item 5.1
        # NP/HAW/24/0612/FUL – Conversion of roadside field barn to" / "a one-bedroom
        # ...". A label before a reference is no title: "2.1 REFERENCE NO - 24/501842/FULL".)
        parts = [m.group("title")]
        for k in range(j + 1, min(end, j + 3)):
            last = parts[-1].rstrip()
            if p.gap_before[k] or not (last.endswith((",", "-", "–", "&")) or last.split()[-1].lower() in _SMALL_WORDS):
                break
            parts.append(p.bare[k])
        title = re.sub(r"^(?i:(?:application\s+)?ref(?:erence)?(?:\s+no\.?)?)\s*[-–—:]?\s*", "",
                       " ".join(" ".join(parts).split()))
        # A name, then a dash and the matter's text on its line: "14.2 Bramley in Bloom -
        # application for £1,200 towards hanging baskets." is named "Bramley in Bloom".
        named = re.split(r"\s[-–—]\s", title, maxsplit=1)
        if title.rstrip().endswith(".") and len(named) == 2 and len(named[0].split()) <= 8 \
                and _title_shaped(named[0]) and not APPLICATION_REFERENCE.search(named[0]):
            title = named[0]
        if not _title_shaped(title) or title.rstrip().endswith(".") or len(title.split()) > 30 \
                or not APPLICATION_REFERENCE.sub("", title).strip(" -–—:"):
            continue
        num = m.group("num")
        own = minute.minute and re.fullmatch(rf"{re.escape(minute.minute)}(?:[a-z]|\.\d{{1,2}})", num)
        return title, num if own else None
    return None


def _add_decisions(p: _Paper, minute: _Part) -> None:
    found = _printed_again(p, _decisions(p, minute.start, minute.end, minute.doc.body if minute.doc else None))
    # A listed decision's status, as ModernGov's list prints it: "Decision status: Called In".
    status = next((m.group("note").lower().replace("-", " ") for j in range(minute.start, minute.end)
                   if (field := _STATUS_FIELD.match(p.bare[j])) and (m := _STATUS_NOTE.search(field.group(1)))), None)
    since = minute.start
    for n, (kind, s, e) in enumerate(found, 1):
        label = "Resolution" if kind == "resolution" else "Recommendation"
        label += f" ({status})" if status else ""
        title = f"{label}: {minute.title}"
        number = minute.minute
        if len(found) > 1:
            # Several decisions under one item (a schedule of planning applications, a
            # working party's list, a council's lettered sub-items): each says which it
            # is, by the sub-item or the application it decides when one is named since
            # the decision before, else by its place. A sub-item of the minute's own
            # number ("9a") numbers its decision, so minute:9a finds it.
            sub = _sub_item(p, since, s, minute)
            # (Not the minute's own number, "FC/24/107", read as an application's.)
            refs = [m.group(0) for j in range(since, e) for m in APPLICATION_REFERENCE.finditer(p.bare[j])
                    if not (minute.minute and m.group(0) in minute.minute)]
            lettered = next((m.group("rest").strip() for j in range(s - 1, since - 1, -1)
                             if _sub_item_heading(p.bare[j]) and (m := _SUB_ITEM.match(p.bare[j]))
                             and not APPLICATION_REFERENCE.search(p.bare[j])), None)
            if sub:
                title, number = f"{label}: {sub[0]}", sub[1] or number
            elif lettered:
                # A lettered part's heading names its decision: "a) Rents for 2025/26".
                title += f" – {lettered}"
            else:
                title += f" – {refs[-1]}" if refs and refs[-1] not in minute.title else f" ({n} of {len(found)})"
        since = e
        minute.children.append(_Part(kind, s, e, title, minute=number, doc=minute.doc))


_STATUS_FIELD = re.compile(r"^\s*decision\s+status\s*:\s*(.+)$", re.I)
_SIGNED = re.compile(r"^\s*(?:signed\b|(?:\.{4,}|_{4,})\s*(?:\(?chair))", re.I)


def _closing_end(p: _Paper, doc: _Doc) -> int:
    """Where a minutes document ends: after its closing block (time, CHAIRMAN, date)."""
    for j in range(doc.start, doc.end):
        if CLOSING.match(p.bare[j]) or re.search(r"\d{1,2}[.:]\d{2}\s*(?:am|pm)\s+chair(?:man)?\s*$", p.bare[j], re.I):
            k = j + 1
            # (The chairman's signature is part of the block: "Signed ........ Chairman
            # Date ........".)
            while k < doc.end and k <= j + 3:
                t = p.bare[k]
                if not (_SIGNED.match(t) or len(t.split()) <= 5 and (
                        CLOSING.match(t) or find_date(t) or re.match(r"^\s*(chair|date)", t, re.I))):
                    break
                k += 1
            return k
    return doc.end


# A meeting's date and time on a line of their own: "Thursday, 24 April 2025 at 2.00 pm",
# "Wednesday 12 March 2025, 10.00am".
_MEETING_TIME = re.compile(rf"^\s*(?P<date>(?:[A-Z][a-z]+day,?\s+)?(?:{DAY_MONTH_YEAR.pattern}))\s*(?:,|at)?\s*"
                           r"\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s*$", re.I)


def _agenda_meeting(p: _Paper, council: str | None) -> tuple[str | None, dt.date | None]:
    """The meeting an agenda front sheet summons, from its opening lines."""
    # A web page titled by its meeting ("Agenda for Cabinet on Tuesday, 4th March, 2025,
    # 10.00 am") is that meeting's, whatever its first lines say.
    if (titled := _page_title_meeting(p)):
        return clean_body(titled[1], council), titled[2]
    # ModernGov's page of one agenda item before its minutes are out (see
    # _agenda_item_page): "Meeting: Cabinet, Wednesday, 9th April, 2025 2.00 pm".
    for k in range(min(len(p), PAGE_HEADER_REACH)):
        if (m := AGENDA_ITEM_MEETING.match(p.bare[k])) and (date := find_date(m.group("when"))):
            return clean_body(m.group("body"), council), date
    head = " ".join(p.bare[:40])
    m = AGENDA_MEETING.search(head)
    if not m:
        # ModernGov front sheets: "AGENDA" / "CABINET" / "Thursday, 30th January, 2025, ...".
        for k in range(min(6, len(p))):
            if re.fullmatch(r"agenda", p.bare[k].strip(), re.I) and k + 2 < len(p):
                body = p.bare[k + 1]
                date = find_date(" ".join(p.bare[k + 2:k + 4]))
                if len(body.split()) <= 8 and not re.search(r"[\d.:]", body) and date:
                    return clean_body(body, council), date
        # ... or "Hartmoor Council" / "Cabinet" / "Date: Wednesday, 12 March 2025" / "Time:"
        # / "Venue:", over the membership and the "AGENDA".
        if any(re.fullmatch(r"agenda", t.strip(), re.I) for t in p.bare[:25]):
            for k in range(min(6, len(p) - 1)):
                if (named := _named_meeting(p, k, date_alone=False)):
                    return clean_body(named[0], council), named[1]
                # ... or its date alone with the meeting's time: "Coldharbour and Rushmere
                # Joint Strategic Planning Committee" / "Thursday, 24 April 2025 at 2.00 pm".
                timed = _MEETING_TIME.match(p.bare[k + 1])
                if timed and (body := _named_body(p.bare[k])) and (date := find_date(timed.group("date"))):
                    return clean_body(body, council), date
        # ModernGov's letter over a supplement or "to follow" pack: "Dear Member" /
        # "COUNTY COUNCIL - THURSDAY, 13 FEBRUARY 2025" / "Enclosed are ...".
        for k in range(min(12, len(p))):
            if re.match(r"^\s*dear\s+(?:members?|councillors?)\b", p.bare[k], re.I):
                for j in range(k + 1, min(k + 3, len(p))):
                    if (ml := _meeting_line(p.bare[j])):
                        return clean_body(ml[0], council), ml[1]
        return None, None
    date = find_date(head[m.end(): m.end() + 300])
    return clean_body(m.group("body"), council), date


# "Appendix G", "APPENDIX M", "Annex 2": a label printed above an appendix's title.
_APPENDIX_WORD = r"^\s*(?:appendix|annex|schedule)\b"
APPENDIX_LABEL = re.compile(_APPENDIX_WORD + r"\s+[A-Z0-9]{1,3}\s*[-–:]?\s*$", re.I)
# A web or email address, or a telephone number: contact details, not a title.
_CONTACT = re.compile(r"\bwww\.|https?://|\S@\S|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b")
# Lines that stand at the top of a page without naming the paper: protective markings,
# "Item No" stamps, the number of the first of several questions or motions (and a
# council's name on its letterhead, LETTERHEAD_COUNCIL below).
NOT_A_TITLE = re.compile(r"^\s*(?:official|unrestricted|restricted|confidential|not\s+for\s+publication|"
                         r"public\s+document\s+pack|"
                         r"(?:item|question|motion|amendment)\s+(?:no|\d))\b", re.I)
# ModernGov stamps "Public Document Pack" above a pack's first page: it names no paper.
PACK_STAMP = re.compile(r"^\s*public\s+document\s+pack\s*$", re.I)
# A council's name on a line of its own: a letterhead. A title may open with the name
# ("KENT COUNTY COUNCIL ACTION TO IMPROVE HEALTH AND WELLBEING").
LETTERHEAD_COUNCIL = re.compile(r"^\s*(?:[A-Z][a-z]+\s+){1,3}(?:county|city|borough|district)?\s*council\s*$", re.I)


def _names_a_paper(line: str) -> bool:
    words = line.lower().split()
    if len(words) < 2 or (NOT_A_TITLE.match(line) or LETTERHEAD_COUNCIL.match(line)) and not re.search(r"[-–:]", line):
        return False
    # A letterhead or running header: "Lake Market Research | www.lake-research.com | 01622 357060".
    if _CONTACT.search(line):
        return False
    # "Direct Dial/Ext: 03000 ..." is a letter's field, not its title (an appendix label
    # with its title on one line is one).
    if HEADER_FIELD.match(line) and not re.match(_APPENDIX_WORD, line, re.I):
        return False
    # A table's column headings repeat ("Core External Total Core External Total").
    return len(set(words)) >= 0.7 * len(words)


#: A title's or a heading's line this long may have been wrapped for width (see
#: _wrapped_title, _wrapped_caps_heading).
_WRAPPED_TITLE_LINE = 40


def _wrapped_title(p: _Paper, k: int, prev: str) -> bool:
    """True when line ``k`` finishes a title wrapped for width: the line before it is long
    (``prev``), this one follows it with no gap, every long word of both
    is capitalised, and a gap follows this one ("Details of Core Grants within the
    2025-26 Final Local" / "Government Finance Settlement" over Kent's Appendix K had
    titled it "... Final Local"). A heading below a title ("Reserves Policy" /
    "Introduction") is below a short line."""
    nxt = p.bare[k].strip()
    if len(prev) < _WRAPPED_TITLE_LINE or p.gap_before[k] or k + 1 >= len(p) or not p.gap_before[k + 1]:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() for w in (prev + " " + nxt).split()
               if len(w) > 3 and w.lower() not in _TITLE_SMALL_WORDS)


# Words a title in title case leaves in lower case ("Details of Core Grants within the
# 2025-26 Final Local Government Finance Settlement").
_TITLE_SMALL_WORDS = _SMALL_WORDS | {"within", "from", "into", "over", "under", "between", "about", "after",
                                     "before", "against", "across", "through", "upon", "than", "via", "without"}


def _paper_title(p: _Paper, end: int) -> tuple[str, int]:
    """The title a paper prints at its top ("Appendix G / Reserves Policy", "APPENDIX A -
    CAPITAL INVESTMENT SUMMARY 2025-26 TO 2034-35") and the line after it; ("", 0) when
    the paper opens with text, a table or a numbered heading instead. A letterhead above
    the title (contact details, the council's name alone) is passed over."""

    def title_line(t: str, cut: bool = False) -> bool:
        # ``cut``: the line before ended at a comma or a small word, so this one may open
        # in lower case ("Draft Revenue Budget 2025-26 and 2025-28 MTFP," / "and Draft
        # Capital Programme 2025-35").
        words = t.split()
        return (0 < len(words) <= 12 and len(t) <= 100 and not t.rstrip().endswith((".", ";", ":"))
                and (cut or t.lstrip()[:1].isupper() or t.lstrip()[:1].isdigit())
                and sum(c.isalpha() for c in t) >= 3 and not _FIGURES_ROW.match(t)
                and not _SECTION_NUMBER.match(t) and not REPORT_SIGNAL.match(t))

    top = 0
    while top < min(end - 2, 2) and (_CONTACT.search(p.bare[top]) or LETTERHEAD_COUNCIL.match(p.bare[top])
                                     or PACK_STAMP.match(p.bare[top])):
        top += 1
    first = p.bare[top].strip()
    # (A one-word first line may be the top of a stack: judged with the rest below.)
    if end - top < 2 or not title_line(first) or not (_names_a_paper(first) or len(first.split()) == 1 and _is_caps(first)):
        return "", 0
    lines = [first]
    k = top + 1
    # The title runs on where its first line is only a label, was cut after a small word
    # or a comma, or is one of a stack of capitalised words ("APPENDIX N / CAPITAL /
    # STRATEGY").
    while k < min(end - 1, top + 4):
        prev, nxt = lines[-1], p.bare[k].strip()
        cut = prev.endswith(",") or prev.split()[-1].lower() in _SMALL_WORDS
        # (Not into the first section's heading: "CAPITAL" / "STRATEGY" / "INTRODUCTION".)
        if not title_line(nxt, cut) or not (
                APPENDIX_LABEL.match(prev) or cut
                or _is_caps(prev) and _is_caps(nxt) and len(nxt.split()) <= 4 and not TEXT_FIELD.match(nxt)
                or _wrapped_title(p, k, prev)):
            break
        lines.append(nxt)
        k += 1
    if lines[-1].endswith(","):  # a sentence's opening, not a title
        return "", 0
    if APPENDIX_LABEL.match(lines[0]) and len(lines) > 1:
        title = lines[0].strip(" -–:") + " – " + " ".join(lines[1:])
    else:
        title = " ".join(lines)
    title = " ".join(title.split())
    if not _names_a_paper(title):
        return "", 0
    return (_title_case(title) if title.isupper() else title), k


# A letter's subject line: "Re: Kent and Medway request to be included in Devolution
# Priority Programme".
_LETTER_SUBJECT = re.compile(r"^\s*(?:re|subject)\s*:\s*(?P<title>\S.{3,150}?)\s*$", re.I)
_SALUTATION = re.compile(r"^\s*dear\s", re.I)


def _letter_subject(p: _Paper, end: int) -> str:
    """The subject of a letter published as a paper of its own, printed just under its
    salutation or just above it; a letter's first lines are its writer's and addressees'
    names and addresses ("Roger Gough" / "Leader of the Council" / "Sessions House"),
    which say whom it is from, not what it is about. "" when it prints none."""
    dear = next((j for j in range(min(end, LETTER_HEAD_LINES)) if _SALUTATION.match(p.bare[j])), None)
    if dear is None:
        return ""
    for j in (*range(dear + 1, min(end, dear + 3)), *range(dear - 1, max(-1, dear - 3), -1)):
        if (m := _LETTER_SUBJECT.match(p.bare[j])):
            return m.group("title").rstrip(" .")
    return ""


#: How far down its first page a letter's salutation may be, below the addresses.
LETTER_HEAD_LINES = 40


# A record of a decision taken by a Cabinet Member or the Cabinet (Kent's template): its
# fields each on a line of their own, the value on the next line.
# ("Record of Urgent Decision", "Record of Delegated Decision", "Record of a Mayoral
# Decision"; a portfolio holder's or a mayor's "Decision Notice" is one too.)
RECORD_OF_DECISION = re.compile(r"\brecord\s+of\s+(?:(?:an?\s+)?(?:executive|officer|key|urgent|delegated|individual|"
                                r"cabinet\s+member|portfolio\s+holder|mayoral)\s+)?decision\b|"
                                r"\b(?:portfolio\s+holder|cabinet\s+member|executive\s+member|mayoral)\s+decision\s+notice\b|"
                                # (An officer's report approved in a box at its foot: "Delegated
                                # Officer Decision Report" / ... / "I approve the recommendation(s)".)
                                r"\bdelegated\s+(?:officer\s+)?decision\s+(?:report|record|notice)\b", re.I)
# The decision in a record of one: "Decision:" over "As Cabinet Member ... I agree to:
# APPROVE ...", or "Decision: To approve ..." on one line, or "Decision" alone over it (a
# notice whose fields are labels over values).
DECISION_LABEL = re.compile(r"^\s*(?:\d{1,2}\.?\s+)?decision(?:\s+and\s+approval)?\s*(?::\s*(?:\S.*)?)?$", re.I)


# ModernGov's page of one decision: titled "Decision - <title>" (then the site's name after
# a bar or a dash), headed "Decision details" below the site's own links, its fields
# "Decision Maker:", "Decision status:", "Decision:", "Reasons for the decision:", and at
# its foot "Date of decision:", "Decided at meeting: 04/03/2025 - Cabinet". A field's
# value may be on the line below its label (a table's next cell).
# CMIS prints the same page ("Decision Details") as a table of labels without colons,
# "Title", "Decision Maker", "Meeting" ("Cabinet, Tuesday, 4th March, 2025"), "Date of
# Decision", "Decision", "Status", each over its value; a council's own page of an
# officer's decision is headed "Officer decision: <title>", with "Decision taken by:".
# Councils' own sites head the page "Record of executive decision", "Cabinet Member
# decision" (the title below), with "Decision taker", "Decision made by", "Date decision
# taken", "Date"; and any of them may print a label and its value on one line without a
# colon ("Decision Maker Council", "Date 7 January 2025").
_DECISION_KINDS = (r"(?:(?:officer|delegated|executive|(?:individual\s+)?(?:cabinet\s+)?member|portfolio\s+holder|"
                   r"leader'?s?|called[- ]in)\s+decision(?:\s+record)?|decision\s+notice)")
_RECORD_OF = r"record\s+of\s+(?:an?\s+)?(?:(?:executive|officer|delegated|key|individual)\s+)?decision"
DECISION_PAGE_TITLE = re.compile(rf"^\s*(?:{_DECISION_KINDS}|{_RECORD_OF}|decision)\s*[-–—:]\s*(?P<title>\S.*?)\s*"
                                 r"(?:\|.*)?$", re.I)
DECISION_PAGE_HEADING = re.compile(
    rf"^\s*(?:decision\s+details|{_DECISION_KINDS}\s*[:–—-]\s*(?!(?:yes|no)\b)(?P<title>\S.*)|{_DECISION_KINDS}|"
    rf"{_RECORD_OF})\s*$", re.I)
DECISION_PAGE_HEAD = 15  # how far down the page the heading may be, below the site's links
_FIELD_NAMES = (r"(?P<field>decision\s+maker|decision\s+taker|decision\s+(?:taken|made)\s+by|decision\s+status|"
                r"date\s+of\s+decision|date\s+decision\s+(?:taken|made)|date|(?:decided|made)\s+at\s+meeting|meeting|"
                r"status|title|subject|(?:decision\s+)?officer)")
_DECISION_PAGE_FIELD = re.compile(rf"^\s*{_FIELD_NAMES}\s*:\s*(?P<value>.*)$", re.I)
# A label without its colon is a field alone on its line (a table's cell, the value on
# the next line), or before its value on a short line.
_DECISION_PAGE_BARE_FIELD = re.compile(rf"^\s*{_FIELD_NAMES}(?:\s*$|\s+(?P<value>\S.{{0,80}}))$", re.I)
# What the page prints after the decision, as labels alone on their lines: where its
# text ends ("Reasons", "Background", "Status" / "Called In", "Related pages").
DECISION_PAGE_LABEL_END = re.compile(
    r"^\s*(?:reasons?(?:\s+for\s+(?:the\s+)?decision)?|background(?:\s+papers)?|(?:conflicts?|declarations?)\s+of\s+"
    r"interests?|alternative\s+options?(?:\s+considered)?(?:\s+and\s+rejected)?|call[- ]in(?:\s+[a-z]+){0,2}|"
    r"(?:decision\s+)?status|related\s+(?:pages|documents|links)|page\s+last\s+updated\b.*|supporting\s+documents|"
    r"consultation|(?:financial|legal)\s+implications|date\s+published)\s*:?\s*$", re.I)
# The fields' names, in the words read from them.
_FIELD_KEYS = {"decision taken": "decision maker", "decision taker": "decision maker", "decision made": "decision maker",
               "status": "decision status", "date decision": "date of", "date": "date of", "made at": "decided at",
               "officer": "decision maker", "decision officer": "decision maker"}
# The decision's own label on such a page: "Decision:" or, in a table, "Decision" alone.
DECISION_PAGE_LABEL = re.compile(r"^\s*decision\s*(?::\s*(?:\S.*)?)?$", re.I)
# A status of a decision still to be taken (a notice of a key decision), or never taken.
_NOT_TAKEN = re.compile(r"\b(?:for\s+determination|pending|abandoned|awaiting|proposed|not\s+yet|due)\b", re.I)
# The fields printed after the decision on the page: where its text ends.
DECISION_PAGE_FIELD_END = re.compile(
    r"^\s*(?:interests\s+and\s+nature|report\s+author|publication\s+date|date\s+of\s+decision|decided\s+at\s+meeting|"
    r"effective\s+from|accompanying\s+documents|notice\s+of\s+proposed\s+decision|anticipated\s+restriction|"
    r"decision\s+due|wards?\s+affected|lead\s+officer|contact\s+officer|reason\s+key|call[- ]in|reasons?)\b[^:]{0,30}:", re.I)


# A decision taken that is not (or not yet) in force, as its status says: called in for
# scrutiny ("Decision status: Called In"; not "subject to call-in"), deferred (a decision
# to decide later: "RESOLVED that consideration ... be deferred"), or withdrawn after it
# was taken. It is still a decision of its date, and its title says which.
_STATUS_NOTE = re.compile(r"^(?!.*\bnot\b).*\b(?P<note>called[- ]in|deferred|withdrawn)\b", re.I)


@dataclass
class _DecisionPage:
    """What a ModernGov decision page says of its decision (see _decision_page)."""
    name: str  # its title
    maker: str | None  # the decision maker, or the body of the meeting that took it
    date: dt.date | None
    header_end: int  # where its header of fields ends
    taken: bool  # not a decision still to be taken, or never taken
    note: str | None  # "called in", "deferred", "withdrawn": see _STATUS_NOTE


def _decision_page(p: _Paper) -> _DecisionPage | None:
    """A ModernGov decision page's name (its title), its decision maker (the meeting's
    body when it was decided at one), the date of the decision, where its header of
    fields ends (at the first label alone on its line: "Purpose:", "Decision:"),
    whether the decision was taken (not one still to be taken, or never taken), and
    whether it was called in, deferred or withdrawn."""
    # (A title line naming only the site, "Delegated decision - Bracknell Forest Council",
    # is not the heading: the page's own is below it.)
    head = next((j for j in range(min(len(p), DECISION_PAGE_HEAD)) if (m := DECISION_PAGE_HEADING.match(p.bare[j]))
                 and not (m.group("title") and _site_name(m.group("title")))), None)
    if head is None and len(p) and (re.match(r"^\s*key\s+decision\s*[-–—:]\s*[A-Z]", p.bare[0], re.I)
                                    or DECISION_PAGE_TITLE.match(p.bare[0])):
        # A page whose title names the decision ("Decision - Council Tax Base ...", "Key
        # decision - Disposal of land ...") is its heading, if fields below name a maker.
        head = 0
    if head is None or _listed_decisions(p) >= 2:
        return None  # (a page listing several decisions: see _listed_decision)
    fields = {}
    for j in range(head, len(p)):
        m = _DECISION_PAGE_FIELD.match(p.bare[j]) or _DECISION_PAGE_BARE_FIELD.match(p.bare[j])
        if m:
            value = (m.group("value") or "").strip() or (p.bare[j + 1].strip() if j + 1 < len(p) else "")
            field_name = " ".join(m.group("field").lower().split()[:2])
            if field_name.endswith("officer") and m.re is _DECISION_PAGE_BARE_FIELD and m.group("value"):
                continue  # "Officer decision: ...", a heading: "Officer" is a field alone or with a colon
            field_name = _FIELD_KEYS.get(field_name, field_name)
            if field_name == "date of" and not find_date(value):
                continue  # "Date published", or a date field's label over something else
            fields.setdefault(field_name, value)
    if "decision maker" not in fields:
        return None
    heading = DECISION_PAGE_HEADING.match(p.bare[head])
    titled = heading and heading.group("title")
    titled = titled or fields.get("title") or fields.get("subject")
    if not titled and (m := DECISION_PAGE_TITLE.match(p.bare[0])) and not re.match(r"details\b", m.group("title"), re.I) \
            and not _site_name(m.group("title")):
        titled = m.group("title")
    name = titled or (p.bare[head + 1].strip() if head + 1 < len(p) else "")
    name = re.sub(r"^\s*key\s+decision\s*[-–—:]\s*", "", name, flags=re.I)
    # The site's name after a spaced dash or a bar: "... - Eastvale District Council",
    # "... - Newcastle-under-Lyme Borough Council" (its own hyphens unspaced).
    name = re.sub(r"\s+[-–—|]\s+((?:(?!\s[-–—|]\s).)+)$", lambda m: "" if _names_a_council(m.group(1)) else m.group(0),
                  name)
    maker, date = fields["decision maker"] or None, find_date(fields.get("date of", ""))
    # ("04/03/2025 - Cabinet", "26 February 2026 - Council".)
    meeting = re.match(r"^(?P<date>\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+[A-Za-z]+\s+\d{4})\s*[-–—]\s*(?P<body>\S.*)$",
                       fields.get("decided at", ""))
    if meeting and find_date(meeting.group("date")):
        maker, date = meeting.group("body"), find_date(meeting.group("date"))
    # CMIS's "Meeting: Cabinet, Tuesday, 4th March, 2025".
    held = re.match(r"^(?P<body>[^,]+?)\s*[,–—-]\s*(?P<when>.*\d{4})\s*$", fields.get("meeting", ""))
    if held and find_date(held.group("when")):
        maker, date = held.group("body"), date or find_date(held.group("when"))
    note = _STATUS_NOTE.search(fields.get("decision status", "")) or re.search(
        r"\b(?P<note>called[- ]in)\s+decision\b", p.bare[head], re.I)
    # ("Withdrawn - ... pending a revised valuation" was taken, then withdrawn.)
    taken = bool(note) or not _NOT_TAKEN.search(fields.get("decision status", "")) and not any(
        re.match(r"^\s*(?:notice\s+of\s+proposed\s+decision|decision\s+due)", t, re.I) for t in p.bare)
    header_end = next((j for j in range(head + 1, len(p)) if re.match(r"^\s*[A-Z][\w ,?]{2,40}:\s*$", p.bare[j])
                       and not _DECISION_PAGE_FIELD.match(p.bare[j])), head + 1)
    return _DecisionPage(name, maker, date, header_end, taken,
                         " ".join(note.group("note").lower().replace("-", " ").split()) if note else None)


def _site_name(title: str) -> bool:
    """A page title's words that are only the site's name: "Wirral Council", "Bracknell
    Forest Council | Home"."""
    return _names_a_council(re.split(r"\s+[|–—-]\s+", title)[0])


def _decision_end(p: _Paper, label: int, limit: int) -> int:
    """Where a record's decision that starts at its label on line ``label`` ends, at the
    latest ``limit``: at its reasons, or the next field."""
    return next((k for k in range(label + 1, limit) if DECISION_END.match(p.bare[k]) or DECISION_PAGE_FIELD_END.match(
        p.bare[k]) or p.decision_page and DECISION_PAGE_LABEL_END.match(p.bare[k])), limit)


def _decision_spans(p: _Paper) -> list[tuple[int, int]]:
    """On a decision page, where each "Decision:" runs: from its label to the next field."""
    return [(j, _decision_end(p, j, len(p))) for j in range(len(p)) if DECISION_PAGE_LABEL.match(p.bare[j])]


def _record_opening(p: _Paper, start: int = 0) -> str | None:
    """ "taken" or "proposed" when the paper's opening (or a document's, from ``start``)
    names it a record of decision ("PROPOSED RECORD OF DECISION" goes to a committee
    before the decision is taken), else None."""
    opening = " ".join(p.bare[start:start + 8])
    # (Its title, a short line of its own: not a report's purpose that mentions one, "To
    # report the record of urgent decision taken by the Chief Executive on ...".)
    if not any(RECORD_OF_DECISION.search(t) and len(t.split()) <= 12 and not t.rstrip().endswith(".")
               for t in p.bare[start:start + 8]):
        return None
    return "proposed" if re.search(r"\bproposed\b", opening, re.I) else "taken"


def _proposes_decision(p: _Paper) -> bool:
    """The paper is a proposed record of decision: the decision a committee or the
    Cabinet is asked to take, its "Decision:" a recommendation (see _sections)."""
    return _record_opening(p) == "proposed"


def _records_decisions(p: _Paper) -> bool:
    """The paper is a record of a decision taken (a Cabinet Member's, an officer's): its
    opening names it so, and not as one proposed; or it is ModernGov's page of a
    decision."""
    record = _record_opening(p)
    if record:
        return record == "taken"
    page = p.decision_page
    return page is not None and page.taken


def _decided_on(p: _Paper, start: int, end: int) -> dt.date | None:
    """The date in a decision's "Date of decision:" field (or ModernGov's "Made at
    meeting:", see _LISTED_DATE) between ``start`` and ``end``: a listed decision's, or
    a record's that is not signed and dated at its foot."""
    return next((find_date(m.group("date")) for j in range(start, min(end, start + RECORD_REACH))
                 if (m := _LISTED_DATE.match(p.bare[j]))), None)


def _signed_date(p: _Paper, end: int) -> dt.date | None:
    """The date a record of decision was signed: "17/1/2025" over "signed date", or
    "Signed: T Walsh   Date: 3 March 2025", or an approval box's "Approved by: ..." /
    "Signature: ..." over "Date: 14 March 2025"."""
    for j in range(end - 1, max(-1, end - 12), -1):
        if re.search(r"\bsigned\b|^\s*(?:signature|approved\s+by)\s*:", p.bare[j], re.I):
            # (Above a line of dots to sign on, in Kent's form; or the box's field below.)
            below = [t for t in p.bare[j + 1:j + 2] if DATE_FIELD.match(t)]
            for t in [p.bare[j]] + p.bare[max(0, j - 2):j][::-1] + below:
                found = find_date(t)
                if found:
                    return found
    return None


# (Also "Decision reference:", "Decision taker:", and a plain "Title:", "Subject" or
# "Portfolio" as the whole label, with its colon or alone on its line.)
_PLAIN_LABEL = r"(?=\s*(?::|$))"
_DECISION_FIELD = re.compile(r"^\s*(?:(?P<number>(?:individual\s+)?(?:mayoral\s+)?decision\s+(?:\([A-Z]{2,6}\)\s+)?(?:number|no|reference)\b)|(?P<decision>(?:subject\s+matter\s*/\s*)?"
                             rf"title\s+of\s+decision|(?:report\s+)?(?:title|subject){_PLAIN_LABEL})|"
                             rf"(?P<by>decision\s+(?:(?:to\s+be\s+)?taken\s+by|taker|maker))|(?P<portfolio>portfolio{_PLAIN_LABEL}))"
                             r"\s*:?\s*(?P<value>.*)$", re.I)
RECORD_REACH = 40


def _record_of_decision(p: _Paper, end: int, name: str, start: int = 0) -> tuple[str, str | None, int, str | None]:
    """A record of decision's name ("Record of Decision 24/00093 – Commissioned Family Hub
    Contracts") and its decision maker, from its fields; the title printed if they are
    not there. And where its fields end (0 if none was found): they are its header, not
    headings ("DECISION TO BE TAKEN BY:" / "Cabinet"); and its number ("24/00093")."""
    fields: dict[str, str] = {}
    fields_end = 0
    for j in range(start, min(end, start + RECORD_REACH)):
        m = _DECISION_FIELD.match(p.bare[j])
        if not m:
            continue
        key = next(k for k in ("number", "decision", "by", "portfolio") if m.group(k) is not None)
        value, nxt = m.group("value").strip(), j + 1
        if not value and j + 1 < len(p):
            value = _addressee(p, j + 1, p.bare[j + 1].strip()) if key == "by" else p.bare[j + 1].strip()
            nxt = j + 2
        # A title or a maker wrapped after a dash or a small word runs on to the next
        # line ("Cabinet Member for Environment and" / "Neighbourhoods"). (Not further: a
        # name is printed on every section's hit, and searched with each.)
        if key != "number" and value and nxt < len(p) and not _DECISION_FIELD.match(p.bare[nxt]) \
                and _wraps_on(value):
            value = f"{value} {p.bare[nxt].strip()}"
            nxt += 1
        fields.setdefault(key, value)
        fields_end = max(fields_end, nxt)
    number, subject = fields.get("number", ""), fields.get("decision", "")
    if subject:
        # "Proposed Record of Decision": the decision is still to be taken. (A record
        # named otherwise keeps its name: "Record of Urgent Decision".)
        called = RECORD_OF_DECISION.search(name)
        label = _title_case(called.group(0)) if called else "Record of Decision"
        label = f"Proposed {label}" if re.search(r"\bproposed\b", name, re.I) else label
        name = f"{label} {number} – {subject}" if number else f"{label} – {subject}"
    # (A portfolio's name is its holder's office only where no maker is named: "Portfolio:
    # Environment" above "Decision maker: Councillor R Green, Portfolio Holder for ...".)
    return name, fields.get("by") or fields.get("portfolio"), fields_end, number.strip() or None


# A form's field for what it is about: "Amendment Name:" (perhaps over two lines), "Title:".
_FORM_NAME_FIELD = re.compile(r"^\s*(?:[A-Z][a-z]+\s+)?(?:[Nn]ame|[Tt]itle)\s*:\s*(?P<value>.*)$")
FORM_REACH = 6


def _form_name(p: _Paper, start: int, end: int, name: str) -> str:
    """A form's name with what it is about: "Budget Amendment Form – Expansion of
    Community Wardens" (every amendment is printed on the same form); its fields are
    looked for from ``start``."""
    end = min(end, len(p))
    for j in range(start, min(end, start + FORM_REACH)):
        m = _FORM_NAME_FIELD.match(p.bare[j])
        if not m:
            continue
        value = m.group("value").strip()
        parts, k = [value] if value else [], j + 1
        # The value runs on over its wrapped lines, up to the next field ("Amendment" /
        # "Number: 2": a label may wrap too).
        while k < end and len(parts) < 3:
            line = p.bare[k].strip()
            if ":" in line or (len(line.split()) == 1 and k + 1 < end and HEADER_FIELD.match(p.bare[k + 1])):
                break
            parts.append(line)
            k += 1
        return f"{name} – {' '.join(parts)}" if parts else name
    return name


# How far into a paper its header block can reach: a contents list may come first.
CIRCULATED_REACH = 80


# A paper's cover naming the meeting it goes to, without a report's header block: "To
# Cabinet – 30 January 2025" under the title and the Cabinet Member's name (Kent's
# monitoring reports), or the body over the date ("COUNTY COUNCIL" / "Thursday 13 March
# 2025" atop each answer to a question put at the meeting).
ADDRESSED_MEETING = re.compile(rf"^\s*(?i:to)\s*:?\s+(?P<body>[A-Z][A-Za-z&,'’ ]{{2,60}}?)\s*[–—-]\s*"
                               rf"(?P<date>{_PRINTED_DATE})\s*$")
FRONT_MEETING_REACH = 25  # how far down its first lines a cover names the meeting


def _front_meeting(p: _Paper, end: int, council: str | None) -> tuple[str, dt.date] | None:
    """The meeting a paper's cover says it is for, (body, date), or None."""
    for j in range(min(end, FRONT_MEETING_REACH)):
        m = ADDRESSED_MEETING.match(p.bare[j])
        if m and BODY_LINE.match(m.group("body")) and (date := find_date(m.group("date"))):
            return clean_body(m.group("body"), council), date
        if (named := _named_meeting(p, j)):
            return clean_body(named[0], council), named[1]
    # "PLANNING COMMITTEE - TUESDAY 12 MARCH 2024" over "SUPPLEMENTARY AGENDA", when the
    # cover names one meeting so (a budget timetable lists several, none its own).
    named = {(body, ml[1]) for j in range(min(end, FRONT_MEETING_REACH))
             if (ml := _meeting_line(p.bare[j])) and (body := _named_body(ml[0]))}
    if len(named) == 1:
        body, date = named.pop()
        return clean_body(body, council), date
    return None


def _titled_for(title: str) -> dt.date | None:
    """The date of the meeting a paper's title line ends by naming ("Governance Update
    Appendix 1 – County Council 13 March 2025"), or None."""
    m = re.search(rf"[–—-]\s*(?P<body>[A-Z][A-Za-z&' ]{{2,60}}?)\s*[–—,-]?\s*(?P<date>{_PRINTED_DATE})\s*$", title)
    return find_date(m.group("date")) if m and BODY_LINE.match(m.group("body")) else None


def _circulated_to(p: _Paper, end: int, council: str | None) -> str | None:
    """The body a paper's header says it was circulated to, or None."""
    for j in range(min(end, CIRCULATED_REACH)):
        m = CIRCULATED_TO.match(p.bare[j])
        if m and len(m.group("body").split()) <= 6 and not NOT_A_BODY.search(m.group("body")) \
                and not re.match(r"(?:all\s+)?(?:members|councillors)\b", m.group("body"), re.I):
            return clean_body(m.group("body"), council)
    return None


def _make_id(key: str, ordinal: int, kind: str) -> str:
    return hashlib.blake2b(f"{key}:{ordinal}:{kind}".encode("utf-8", "surrogateescape"), digest_size=6).hexdigest()


def split_lines(lines: list[Line], source: str, key: str, council: str | None = None) -> list[Segment]:
    """Split a paper's cleaned lines into segments.

    ``key`` makes the segment ids (use the paper's content hash, so ids stay the same
    across rebuilds); ``council`` is used only when the paper does not name its council.
    """
    return split_with_council_hint(lines, source, key, council)[0]


def split_with_council_hint(lines: list[Line], source: str, key: str, council: str | None = None,
                            site: str | None = None) -> tuple[list[Segment], tuple[str, ...]]:
    """:func:`split_lines`, and for a paper that names no council, the ways it may call its
    own, each printed twice or more, to be tried in turn: by initials ("KCC"), the most
    printed first, then as "the County Council" (or "the City Council", ...). A budget
    appendix may say "KCC" throughout and never "Kent County Council"; ingest matches the
    hints to the one council that other papers in the index name with those initials, or
    of that kind. Initials are not always a council's: a note may print "PCC" (the Police
    and Crime Commissioner) more often than "KCC", so none is taken for the only one."""
    p = _Paper(lines)
    if not len(p):
        return [], ()
    # A web page that names no council is its site's council's (its logo's name), before
    # the one the user gives for papers that name none.
    paper_council = find_council(p) or (_place_case(site) if site and _names_a_council(site) else None) or council
    hints: tuple[str, ...] = ()
    if paper_council is None:
        kind, called = _own_kind(p)
        hints = tuple([initials for initials, uses in _printed(p, _COUNCIL_INITIALS) if uses >= 2]
                      + ([f"the {kind} Council"] if called >= 2 else []))
    # A decision page is one decision: its "Report author:" starts no report of its own.
    forward_plan = _forward_plan(p)
    docs = [] if p.decision_page or forward_plan else _find_documents(p)
    for i, doc in enumerate(docs):
        doc.end = docs[i + 1].start if i + 1 < len(docs) else len(p)
        resumed = doc.kind == "minutes" and _RESUMED.fullmatch(doc.body or "")
        doc.body = clean_body(doc.body, paper_council)
        if resumed and i and docs[i - 1].kind == "minutes":
            # "ADJOURNED MEETING - TUESDAY, 23 JANUARY 2024": the meeting above, resumed
            # on another day, is of the same body, unless a body's name stands over it
            # ("PLANNING COMMITTEE" / "ADJOURNED MEETING - ...", after another's minutes).
            above = _named_body(p.bare[doc.start - 1]) if doc.start > 0 else None
            doc.body = clean_body(above, paper_council) if above else docs[i - 1].body

    parts: list[_Part] = []
    agenda_body, agenda_date = (None, None) if forward_plan else _agenda_meeting(p, paper_council)
    for prev, doc in zip([None] + docs, docs):
        if doc.appended and prev is not None:
            # An assessment appended to a report goes to the report's meeting.
            doc.body, doc.date = prev.body, prev.date
            continue
        if doc.kind == "report" and doc.date is None and (doc.body is None or doc.body == agenda_body):
            # A document found by its cover (an appendix), or addressed to the body the
            # pack summons without a date of its own, is a paper for that meeting.
            doc.body, doc.date = agenda_body, agenda_date
    # Minutes cannot be of a meeting after the one their paper is for: "Governance Update
    # Appendix 1 – County Council 13 March 2025" over "Minutes extract from Selection and
    # Member Services Committee – 13 December 2025" misprints the year. Such a date is
    # left out rather than believed (a search by date would put it first, or drop it).
    printed_for = agenda_date or _titled_for(p.bare[0]) if docs else None
    for doc in docs:
        if doc.kind in ("minutes", "minute_extract") and printed_for and doc.date and doc.date > printed_for:
            doc.date = None
    # A council's letterhead alone above minutes or a report ("LITTLE ASHBY PARISH
    # COUNCIL" / "Minutes of the meeting ...", or "KENT COUNTY COUNCIL" / "CABINET" /
    # "MINUTES of a meeting of the Cabinet ...") is their header's first lines, not a
    # paper of its own.
    if docs and docs[0].kind in ("minutes", "minute_extract", "report") and 0 < docs[0].start <= 3 \
            and all(_names_a_council(p.bare[j]) or _named_body(p.bare[j]) for j in range(docs[0].start)):
        docs[0].start = 0
    front = _Doc("agenda", 0, body=agenda_body, date=agenda_date, end=docs[0].start if docs else len(p))
    if front.end > 0:
        name = ""
        if agenda_body is None and agenda_date is None:
            # Not an agenda: a paper of its own (an appendix, a policy), named by its title,
            # and the paper of the body its header says it was circulated to.
            name, front.header_end = _paper_title(p, front.end)
            # (A letter is named by its subject line: its top line is its writer's name.)
            name = _letter_subject(p, front.end) or name
            front.body = _circulated_to(p, front.end, paper_council)
            if forward_plan:
                front.body = None  # the plan's rows name meetings to come, not its own
                # Named by its heading, not by the council's letterhead above it
                # ("Buckinghamshire Council" / "Cabinet" / "Key Decision Plan").
                at = next(j for j in range(len(p)) if _FORWARD_PLAN.match(p.bare[j]))
                if at > 0 and not _FORWARD_PLAN.search(name):
                    heading = p.bare[at].strip()
                    name = _title_case(heading) if heading.isupper() else heading
                    front.header_end = max(front.header_end, at + 1)
            # A paper titled by its meeting ("County Council Meeting - 13th March 2025", a
            # notice of motion) is that meeting's.
            elif (ml := _meeting_line(name)) and not _MINUTES_ALONE.fullmatch(ml[0]):
                front.body, front.date = clean_body(ml[0], paper_council), ml[1]
            elif (page := p.decision_page) is not None:
                name, front.header_end = page.name, page.header_end
                front.body = clean_body(page.maker, paper_council) or front.body
                front.date = page.date if page.taken else None
            elif RECORD_OF_DECISION.search(name):
                name, maker, fields_end, front.minute = _record_of_decision(p, front.end, name)
                front.body = clean_body(maker, paper_council) or front.body
                front.header_end = max(front.header_end, fields_end)
                if _records_decisions(p):
                    front.date = _signed_date(p, front.end) or _decided_on(p, 0, front.end)
            elif re.search(r"\bform$", name, re.I):
                name = _form_name(p, 0, front.end, name)
            elif (cover := _front_meeting(p, front.end, paper_council)) is not None:
                front.body, front.date = cover
        parts.extend(_sections(p, 0, front.end, "section", name, front))
    for doc in docs:
        if doc.kind in ("minutes", "minute_extract"):
            end = _closing_end(p, doc) if doc.kind == "minutes" else doc.end
            tail = _Doc("other", end, end=doc.end)
            doc.end = end
            parts.extend(_meeting_parts(p, doc))
            if tail.start < tail.end:
                parts.extend(_sections(p, tail.start, tail.end, "section", "", tail))
        else:
            # (A letter with no subject line, "To: Leaders of ..." / "Dear Leaders", is one.)
            letter = any(_SALUTATION.match(p.bare[j]) for j in range(doc.start, min(doc.end, doc.start + LETTER_HEAD_LINES)))
            if not doc.title and (record := _record_opening(p, doc.start)):
                # A record of decision inside a pack (sent as a supplement, after the
                # letter): named, numbered and dated by its fields, as one alone is.
                opening = next(p.bare[j] for j in range(doc.start, doc.start + 8) if RECORD_OF_DECISION.search(p.bare[j]))
                doc.title, maker, fields_end, doc.minute = _record_of_decision(p, doc.end, opening, doc.start)
                doc.body = clean_body(maker, paper_council) or doc.body
                doc.header_end = max(doc.header_end, fields_end)
                if record == "taken":
                    doc.date = _signed_date(p, doc.end) or _decided_on(p, doc.start, doc.end) or doc.date
            title = doc.title or ("Letter" if letter else "Report")
            parts.extend(_sections(p, doc.start, doc.end, "report", _title_case(title) if title.isupper() else title, doc))

    return _to_segments(p, parts, source, key, paper_council), hints


def _to_segments(p: _Paper, parts: list[_Part], source: str, key: str, council: str | None) -> list[Segment]:
    segments: list[Segment] = []
    ordinal = 0

    def build(part: _Part, parent: str | None) -> Segment:
        nonlocal ordinal
        ordinal += 1
        first, last = p.lines[part.start], p.lines[part.end - 1]
        doc = part.doc
        has_meeting = doc is not None and doc.kind in ("minutes", "minute_extract", "report", "agenda")
        return Segment(
            id=_make_id(key, ordinal, part.kind),
            kind=part.kind,
            title=part.title or _opening_title(p, part.start, part.end, salutation=True) or _first_words(p.bare[part.start]),
            text=_join(p, part.start, part.end),
            source=source,
            council=council,
            body=doc.body if has_meeting else None,
            meeting_date=doc.date if has_meeting else None,
            minute=part.minute,
            parent=parent,
            pages=(first.page, last.page) if first.page is not None else None,
            lines=(first.number, last.number),
            context=doc.kind if doc else "",
            document=part.document,
        )

    kept: list[_Part] = []
    for part in parts:
        # A part with no words (a rule of dashes between two meetings' minutes) is no
        # segment of its own: it goes with the part before it, when that ends where it
        # starts, so that every line is still in one.
        if kept and kept[-1].end == part.start and not part.children \
                and not any(re.search(r"\w", p.bare[j]) for j in range(part.start, part.end)):
            kept[-1].end = part.end
            continue
        kept.append(part)
    for part in kept:
        if part.end <= part.start:
            continue
        seg = build(part, None)
        segments.append(seg)
        for child in part.children:
            if child.end > child.start:
                segments.append(build(child, seg.id))
    return segments


def _join(p: _Paper, a: int, b: int) -> str:
    """Display text of content lines [a, b): paragraph breaks kept, layout noise dropped."""
    out: list[str] = []
    for j in range(a, b):
        t = p.text[j]
        if out and p.gap_before[j]:
            prev = out[-1]
            # A blank line inside a sentence is double spacing, not a paragraph break.
            if prev.endswith((".", ":", ";", "?", "!", ")")) or t[:1].isupper() or PART.match(t) or len(prev) < 60:
                out.append("")
        out.append(t)
    return "\n".join(out)
