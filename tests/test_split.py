import datetime as dt
import pathlib
import re
import textwrap

import pytest

from docsearch import split
from docsearch.clean import clean
from docsearch.extract import ExtractedPaper
from docsearch.model import CONTAINER_KINDS
from docsearch.splitter import split_lines

from conftest import PAPERS, corpus

MINUTES = """\
Minutes of a meeting of the Cabinet held at County Hall, Glenfield on Tuesday, 20 October 2020.

PRESENT

Mr. N. J. Rushton CC (in the Chair)

441. Minutes of the previous meeting.

The minutes of the meeting held on 18 September 2020 were taken as read, confirmed
and signed subject to the addition to minute 430.

442. Free School Meals.

The Cabinet considered a report of the Director. It was noted that the Council had resolved
to extend provision in 2019.

RESOLVED:

a) That the provision of vouchers be approved;

b) That the Director be authorised to agree the spend.

REASONS FOR DECISION:

To support families over the holidays.

443. Date of next meeting.

RESOVLED that the next meeting be held on 20 November 2020.

2.00 - 2.54 pm CHAIRMAN
20 October 2020
"""


def _split(text, name="x.txt"):
    return split_lines(clean(ExtractedPaper(name, [text], paged=False)), name, "key")


def test_minutes_items_and_resolutions():
    segs = _split(MINUTES)
    minutes = [s for s in segs if s.kind == "minute"]
    assert [m.minute for m in minutes] == ["441", "442", "443"]
    assert minutes[1].title == "Free School Meals"
    assert all(m.body == "Cabinet" and m.meeting_date == dt.date(2020, 10, 20) for m in minutes)
    res = [s for s in segs if s.kind == "resolution"]
    assert len(res) == 2
    assert res[0].parent == minutes[1].id and res[0].minute == "442"
    assert res[0].text.startswith("RESOLVED:") and res[0].text.endswith("agree the spend.")
    assert "REASONS" not in res[0].text
    # A misspelt stem is still a resolution; the closing block is not part of it.
    assert res[1].text.startswith("RESOVLED that the next meeting") and "CHAIRMAN" not in res[1].text


def test_narrative_resolved_is_not_a_resolution():
    segs = _split(MINUTES)
    assert not any("had resolved" in s.text for s in segs if s.kind == "resolution")


def test_cross_reference_numbers_are_not_items():
    text = MINUTES.replace("addition to minute 430.", "addition to minute\n430. Amendments were agreed.")
    minutes = [s for s in _split(text) if s.kind == "minute"]
    assert [m.minute for m in minutes] == ["441", "442", "443"]


REPORT = """\
CABINET – 20 NOVEMBER 2020

FREE SCHOOL MEAL PROVISION DURING SCHOOL HOLIDAYS

REPORT OF THE DIRECTOR OF CORPORATE RESOURCES

PART A

Purpose of the Report

1. The purpose of this report is to advise the Cabinet on arrangements for vouchers.

Recommendations

2. It is recommended that -

a) The provision of Free School Meal vouchers for school holidays is confirmed;

b) That up to £1m in total be allocated.

Reasons for Recommendation

3. It is recommended that the Commission consider the matter in passing.

SCRUTINY COMMISSION – 4 NOVEMBER 2020

FREE SCHOOL MEALS

MINUTE EXTRACT

The Commission considered the report.

RESOLVED:

(a) That the report be noted;

(b) That the comments be reported to the Cabinet.
"""


def test_report_recommendations_and_minute_extract():
    segs = _split(REPORT)
    recs = [s for s in segs if s.kind == "recommendation"]
    assert len(recs) == 1
    assert recs[0].text.startswith("2. It is recommended that") and recs[0].text.endswith("be allocated.")
    assert recs[0].body == "Cabinet" and recs[0].meeting_date == dt.date(2020, 11, 20)
    assert "Free School Meal Provision" in recs[0].title
    extract = [s for s in segs if s.kind == "minute"]
    assert len(extract) == 1 and extract[0].minute is None
    assert extract[0].body == "Scrutiny Commission" and extract[0].meeting_date == dt.date(2020, 11, 4)
    res = [s for s in segs if s.kind == "resolution"]
    assert len(res) == 1 and res[0].parent == extract[0].id
    assert res[0].text.endswith("reported to the Cabinet.")


def test_unclassified_text_is_a_section():
    segs = _split("Our vision for Leicestershire.\n\nWe will work with partners.\n")
    assert [s.kind for s in segs] == ["section"]
    assert "partners" in segs[0].text


def test_rows_of_figures_are_not_headings():
    # Each row of a budget template is a short line with the line's detail below it.
    rows = "\n\n".join(f"{n}.0 {n}.5 -0.{n} Service line {n}\nDemand and cost drivers: the estimated "
                       f"impact of rising demand on service line {n}" for n in range(1, 6))
    text = ("Budget Changes\n\nThe changes to each service budget for 2025-26 are set out in the table "
            "below, with the figures in thousands of pounds.\n\n" + rows +
            "\n\n2.4 The Chief Executive's Department\n\nThe department has kept within its budget "
            "this year and expects to do so again next year, as set out in the report.\n")
    titles = [s.title for s in _split(text)]
    assert not any(t[0].isdigit() and "Service line" in t for t in titles)
    assert any(t.endswith("2.4 The Chief Executive's Department") for t in titles)


def _content_lines(path):
    from docsearch.extract import extract

    return {ln.number for ln in clean(extract(path)) if not ln.furniture and not ln.blank}


@pytest.mark.parametrize("name", PAPERS)
def test_coverage_invariant_on_bundled_papers(name):
    path = corpus(name)
    segs = split(path)
    containers = [s for s in segs if s.kind in CONTAINER_KINDS]
    ranges = sorted(s.lines for s in containers)
    for (a1, b1), (a2, b2) in zip(ranges, ranges[1:]):
        assert b1 < a2, f"segments overlap at lines {a1}-{b1} and {a2}-{b2}"
    covered = set()
    for a, b in ranges:
        covered.update(range(a, b + 1))
    missing = _content_lines(path) - covered
    assert not missing, f"lines in no segment: {sorted(missing)[:10]}"
    by_id = {s.id: s for s in segs}
    for s in segs:
        if s.parent:
            parent = by_id[s.parent]
            assert parent.lines[0] <= s.lines[0] and s.lines[1] <= parent.lines[1]
    assert len({s.id for s in segs}) == len(segs)


def test_kent_minutes_pdf():
    segs = split(corpus("kent-cabinet-minutes-2025-01-09.pdf"))
    minutes = [s for s in segs if s.kind == "minute"]
    assert [m.minute for m in minutes] == [str(n) for n in range(76, 84)]
    assert minutes[4].title == "Provisional Local Government Finance Settlement 2025-26"
    assert {m.council for m in minutes} == {"Kent County Council"}
    assert {m.meeting_date for m in minutes} == {dt.date(2025, 1, 9)}
    res = [s for s in segs if s.kind == "resolution"]
    assert any(r.minute == "80" and "provisional settlement" in r.text for r in res)
    assert all(r.pages for r in res)


def test_agenda_pack_holds_several_meetings():
    segs = split(corpus("leics-cabinet-pack-2020-11-20.txt"))
    dates = {(s.body, s.meeting_date) for s in segs if s.kind in ("minute", "resolution", "recommendation")}
    assert ("Cabinet", dt.date(2020, 10, 20)) in dates  # the previous meeting's minutes
    assert ("Cabinet", dt.date(2020, 11, 20)) in dates  # the reports' recommendations
    assert ("Scrutiny Commission", dt.date(2020, 11, 4)) in dates  # a minute extract
    assert {s.council for s in segs} == {"Leicestershire County Council"}


def test_ids_are_stable():
    a = split(corpus("kent-cabinet-minutes-2025-01-09.pdf"))
    b = split(corpus("kent-cabinet-minutes-2025-01-09.pdf"))
    assert [s.id for s in a] == [s.id for s in b]
    # A path object names the same paper, as Index and ingest take one.
    assert [s.id for s in split(pathlib.Path(corpus("kent-cabinet-minutes-2025-01-09.pdf")))] == [s.id for s in a]


def test_extract_header_with_dash_and_typo():
    text = ("Governance Update Appendix 1 – County Council 13 March 2025\n\n"
            "Minutes except from Selection and Member Services Committee – 13\nDecember 2024\n\n"
            "Item 6 – Governance Working Party Updates\n\n"
            "1. The paper was presented by the Chair.\n\n"
            "2. RESOLVED that the outputs of the Working Party be noted.\n")
    segs = _split(text)
    minute = next(s for s in segs if s.kind == "minute")
    assert minute.body == "Selection and Member Services Committee"
    assert minute.meeting_date == dt.date(2024, 12, 13)
    assert minute.title == "Governance Working Party Updates"
    res = next(s for s in segs if s.kind == "resolution")
    assert res.parent == minute.id and res.text.endswith("be noted.")


def test_unnumbered_item_before_the_numbered_ones():
    text = ("MINUTES of a meeting of the County Council held in the Council Chamber on Thursday, 9 January 2025.\n\n"
            "PRESENT: Mr N Baker, Mr M Baldock\n\nUNRESTRICTED ITEMS\n\nElection of Chair\n\n"
            "1. Mr Gough proposed that Mr G Cooke be elected to Chair the meeting.\n\n"
            "2. RESOLVED that Mr Cooke be elected to Chair the meeting.\n\n"
            "283. Apologies for Absence\n(Item 1)\n\nApologies were reported.\n\n"
            "284. Declarations of Interest\n(Item 2)\n\nNone were made.\n")
    segs = _split(text)
    minutes = [s for s in segs if s.kind == "minute"]
    assert [(m.minute, m.title) for m in minutes] == [(None, "Election of Chair"), ("283", "Apologies for Absence"),
                                                      ("284", "Declarations of Interest")]
    res = next(s for s in segs if s.kind == "resolution")
    assert res.parent == minutes[0].id and res.minute is None


COVERED_APPENDIX = """\
Leicester City Council

Summons to a meeting of the Leicester City Council to be held at the Town Hall on
Thursday, 5 September 2024.

Some agenda text about the business of the meeting and the items to be considered.

Leicester City Council

Scrutiny Annual Report

2023-2024

Foreword

I am delighted to present a report that sets out the extensive range of work by our
scrutiny committees and commissions during the year.

Leicester City Council
City Hall
115 Charles Street
Leicester
"""


def test_a_document_cover_starts_a_document():
    segs = _split(COVERED_APPENDIX)
    covered = [s for s in segs if s.document == "Scrutiny Annual Report 2023-2024"]
    assert covered, [(s.title, s.document) for s in segs]
    assert any("extensive range of work" in s.text for s in covered)
    # The cover itself is titled by the document's name; its sections by name and heading.
    assert all(s.title == "Scrutiny Annual Report 2023-2024"
               or s.title.startswith("Scrutiny Annual Report 2023-2024: ") for s in covered)
    # A letterhead (the council's name over its address) is no cover.
    assert not any(s.document and "Charles Street" in s.document for s in segs)
    # Nothing above the cover is claimed by it.
    assert not any("agenda text" in s.text for s in covered)


def test_report_title_below_report_of():
    text = (MINUTES + "\nSCRUTINY COMMISSION – 8TH APRIL 2020\n\nREPORT OF THE CHIEF EXECUTIVE\n\n"
            "LEICESTERSHIRE COUNTY COUNCIL’S REVISED STRATEGIC PLAN\n2018 – 22\n\nPurpose of report\n\n"
            "1. The purpose of this report is to seek the views of the Commission on the revised plan.\n")
    reports = [s for s in _split(text) if s.kind == "report"]
    assert reports, [(s.kind, s.title) for s in _split(text)]
    # The title is the block under REPORT OF, not the date that closes the minutes above.
    assert reports[0].document.lower().startswith("leicestershire county council’s revised strategic plan")
    assert all(s.meeting_date == dt.date(2020, 4, 8) for s in reports)


KENT_STYLE_REPORT = """From: Sue Chandler, Cabinet Member for Integrated
Children's Services

To: Cabinet, 30 January 2025

Subject:

Transfer the 18-25 section of the Strengthening
Independence Service to the Adult Social Care Directorate

Decision no: 24/00109

Past Pathway of report: Adult Social Care Cabinet Committee – 15 January

Children's, Young People and Education Cabinet
Committee – 16 January 2025

Classification: Unrestricted

Summary: This report proposes moving the young adults' transitions team.

1. Introduction

1.1 Transitions is the process of a young person moving to adult services, and the
team that supports it would move between directorates on 1 April.
"""


def test_report_header_with_fields_on_their_own_lines():
    segs = _split(KENT_STYLE_REPORT)
    name = ("Transfer the 18-25 section of the Strengthening Independence Service to the Adult "
            "Social Care Directorate")
    # One report: the committee that saw it first (in "Past Pathway") starts no report.
    assert {s.document for s in segs} == {name}, [(s.title, s.document) for s in segs]
    assert all(s.body == "Cabinet" and s.meeting_date == dt.date(2025, 1, 30) for s in segs)
    # The header block (with its summary) is one part, titled by the report's name.
    assert [s.title for s in segs] == [name, f"{name}: 1. Introduction"]
    assert "proposes moving the young adults" in segs[0].text


def test_a_covers_title_set_a_phrase_to_a_line_is_read_whole():
    text = ("Summons to and\nAgenda for an\nExtraordinary\nMeeting on\nThursday, 9th\nJanuary, 2025\nat 10.00 am\n"
            "DEMOCRATIC SERVICES\nSESSIONS HOUSE\nTuesday, 31 December 2024\nTo: All Members of the County Council\n"
            "An extraordinary meeting of the County Council will be held in the Council Chamber, Sessions House, "
            "Maidstone on Thursday, 9th January, 2025 at 10.00 am to deal with the following business.\n")
    assert _split(text)[0].title == ("Summons to and Agenda for an Extraordinary Meeting on Thursday, 9th "
                                     "January, 2025 at 10.00 am")


def test_a_report_header_with_the_body_alone_and_a_report_title_field():
    text = ("TUNBRIDGE WELLS BOROUGH COUNCIL\n\nCabinet\n\nDate: Thursday 10 April 2025\n\n"
            "Report Title: Future Operation of the Assembly Hall Theatre\n\n"
            "Report of: Director of Finance, Policy and Development\n\n"
            "Cabinet Member: Cabinet Member for Culture, Leisure and Economic Development\n\n"
            "1. Purpose of the Report\n\n1.1 This report sets out options for the future operation of the theatre "
            "after the current management agreement ends.\n\n2. Recommendations\n\nCabinet is recommended to:\n\n"
            "(a) APPROVE option 2, procurement of an external operator on a 10-year concession.\n")
    segs = _split(text)
    recs = [s for s in segs if s.kind == "recommendation"]
    assert [(r.body, str(r.meeting_date), r.document) for r in recs] == [
        ("Cabinet", "2025-04-10", "Future Operation of the Assembly Hall Theatre")], [(s.kind, s.title) for s in segs]


def test_an_item_title_does_not_run_on_into_its_text():
    text = ("Minutes of the Parish Council Meeting held on Tuesday 14th January 2025 at 7.30pm in the Village Hall\n\n"
            "Present: Cllr J Smith (Chairman), Cllr A Brown, Cllr P Green\n\n"
            "1. Apologies for absence\nApologies were received and accepted from Cllr R Black.\n\n"
            "2. Declarations of interest\nThere were none.\n\n"
            "4. Precept 2025/26\nThe Clerk presented the draft budget. After discussion it was proposed by Cllr Brown "
            "and seconded by Cllr Green and\nRESOLVED that the precept for 2025/26 be set at £18,500.\n\n"
            "5. Adult Social Care Winter Plan and Measures to Support Care Home Provider\nSustainability.\n\n"
            "The Cabinet noted the plan.\n\n"
            # A short title line over a long line of prose, wrapped mid-sentence: the title
            # ended at its line break (the prose's first word would have fitted after it).
            "6. Public participation\nResidents of Mill Lane raised concerns about speeding traffic,\n"
            "particularly at school times.\n\n"
            "7. Playing field\nThe annual ROSPA inspection report had identified the zip wire\n"
            "platform as medium risk.\n\n"
            # A title that fills its line and wraps is one title.
            "8. Review of the Council's Standing Orders, Financial Regulations and the Scheme of\n"
            "Delegation to the Clerk\nThe Clerk presented the model documents.\n")
    titles = [s.title for s in _split(text) if s.kind == "minute"]
    assert titles == ["Apologies for absence", "Declarations of interest", "Precept 2025/26",
                      "Adult Social Care Winter Plan and Measures to Support Care Home Provider Sustainability",
                      "Public participation", "Playing field",
                      "Review of the Council's Standing Orders, Financial Regulations and the Scheme of "
                      "Delegation to the Clerk"], titles


@pytest.mark.parametrize("numbers", [("25/01", "25/02", "25/03"), ("OSC45/24", "OSC46/24", "OSC47/24")])
def test_minute_numbers_with_the_year_or_a_committees_letters(numbers):
    # A parish numbers its minutes by year ("25/04": the 4th of 2025); a committee may add
    # its letters and the year ("OSC47/24"). Either way each is an item of its own.
    first, second, third = numbers
    text = ("Minutes of the Parish Council Meeting held on Tuesday 14th January 2025 at 7.30pm in the Village Hall\n\n"
            "Present: Cllr J Smith (Chairman), Cllr A Brown\n\n"
            f"{first} Apologies for absence\nApologies were received and accepted from Cllr R Black.\n\n"
            f"{second} Precept 2025/26\nThe Clerk presented the draft budget for the year.\n"
            "RESOLVED that the precept for 2025/26 be set at £18,500.\n\n"
            f"{third} Play area\nThe Clerk reported on the annual inspection of the swings.\n")
    segs = _split(text)
    assert [(s.minute, s.title) for s in segs if s.kind == "minute"] == [
        (first, "Apologies for absence"), (second, "Precept 2025/26"), (third, "Play area")]
    assert [s.minute for s in segs if s.kind == "resolution"] == [second]


def test_a_coded_minute_number_alone_on_a_line_or_in_a_tables_cell():
    # The number alone on a line (a table's first cell), the title on the next; a
    # financial year alone on a line is a column's heading, not an item.
    text = ("Minutes of the Meeting of Ashby Parva Parish Council held on Monday 12 May 2025 at 7.00pm\n\n"
            "Present: Cllr J Smith (Chair), Cllr A Patel\n\n25/10\nElection of Chair\n"
            "Cllr J Smith was elected Chair for 2025-26.\n\n25/11\nGrass cutting contract\n"
            "The Clerk reported on the quotes received.\n\n2024/25\nSpend to date\n\n2025/26\nBudget\n\n"
            "25/12\nSpeed limit on Main Street\nResidents raised concerns about speeding traffic.\n")
    segs = _split(text)
    assert [(s.minute, s.title) for s in segs if s.kind == "minute"] == [
        ("25/10", "Election of Chair"), ("25/11", "Grass cutting contract"), ("25/12", "Speed limit on Main Street")]
    # A parish's meeting of all its members is the Parish Council, as its web pages say.
    assert {s.body for s in segs if s.kind == "minute"} == {"Parish Council"}


def test_a_coded_minute_number_in_brackets():
    # A fire authority's "(13/2024) REVENUE BUDGET ...": before, no item was found, and
    # the six resolutions fell under one minute titled by an attendance line.
    text = ("EASTMOOR FIRE AND RESCUE AUTHORITY\n\nMinutes of the meeting of the Eastmoor Fire and Rescue "
            "Authority held on Friday 16 February 2024 at 10.30 am\n\nPresent:\nCouncillor K Mensah (Chair)"
            "     Colbridge City Council\n\n(12/2024) MINUTES OF THE PREVIOUS MEETING\nRESOLVED that the minutes "
            "be approved.\n(13/2024) REVENUE BUDGET 2024/25 AND COUNCIL TAX PRECEPT\nThe Treasurer presented "
            "the report.\nRESOLVED that a net revenue budget of £48,620,000 be approved.\n(14/2024)\nCOMMUNITY "
            "RISK MANAGEMENT PLAN\nRESOLVED to approve the draft plan for consultation.\n")
    segs = _split(text)
    assert [(s.minute, s.title) for s in segs if s.kind == "minute"] == [
        ("12/2024", "MINUTES OF THE PREVIOUS MEETING"), ("13/2024", "REVENUE BUDGET 2024/25 AND COUNCIL TAX PRECEPT"),
        ("14/2024", "COMMUNITY RISK MANAGEMENT PLAN")]
    assert [s.minute for s in segs if s.kind == "resolution"] == ["12/2024", "13/2024", "14/2024"]
    # The divider before the exempt items ends the exclusion's resolution.
    exempt = text + ("(15/2024) EXCLUSION OF THE PRESS AND PUBLIC\nRESOLVED that the press and public be excluded.\n"
                     "PART II - NOT FOR PUBLICATION\n(16/2024) SENIOR MANAGEMENT RESTRUCTURE\nRESOLVED that the "
                     "restructure be approved.\n")
    assert [s.text for s in _split(exempt) if s.kind == "resolution" and s.minute == "15/2024"] == [
        "RESOLVED that the press and public be excluded."]
    # A financial year in brackets alone on its line is still no item.
    assert not any(s.minute == "2024/25" for s in _split(text.replace("(14/2024)", "(2024/25)")))


def test_the_kind_of_meeting_is_not_its_body():
    # A special meeting with its reason in brackets, under the body's name.
    text = ("HOLLINGTON CITY COUNCIL\n\nOVERVIEW AND SCRUTINY MANAGEMENT BOARD\n\n"
            "MINUTES OF THE SPECIAL MEETING (CALL-IN) HELD ON THURSDAY 4 APRIL 2024 AT 6.00 PM\n\n"
            "PRESENT: Councillor T Hext (Chair); Councillors K Amadi and L Byrne\n\n"
            "OSMB/60  CALL-IN: CLOSURE OF WESTGATE DAY CENTRE\n\nRESOLVED that the decision be referred back.\n\n"
            "OSMB/61  CALL-IN: LIBRARY HOURS\n\nRESOLVED that no further action be taken.\n")
    assert {s.body for s in _split(text)} == {"Overview and Scrutiny Management Board"}
    # The second sitting of an adjourned meeting is the same body's.
    text = ("BRACKENFORD BOROUGH COUNCIL\n\nMINUTES OF THE EXTRAORDINARY MEETING OF THE COUNCIL held in the "
            "Council Chamber on Monday, 15 January 2024 at 7.00 pm\n\nPRESENT: The Mayor\n\n"
            "C/23/104 PETITION - LEISURE CENTRE\n\nRESOLVED that the petition be noted.\n\n"
            "C/23/105 FUTURE OF THE LEISURE CENTRE\n\nThe Mayor adjourned the meeting.\n\n"
            "ADJOURNED MEETING - TUESDAY, 23 JANUARY 2024\n\nPRESENT: The Mayor\n\n"
            "C/23/106 APOLOGIES FOR ABSENCE\n\nApologies were received.\n\n"
            "C/23/107 FUTURE OF THE LEISURE CENTRE (CONTINUED)\n\nRESOLVED that the centre be closed.\n")
    assert [(s.minute, s.body, s.meeting_date) for s in _split(text) if s.kind == "resolution"] == [
        ("C/23/104", "Council", dt.date(2024, 1, 15)), ("C/23/107", "Council", dt.date(2024, 1, 23))]
    # A parish's annual meeting of its electors is the Annual Parish Meeting, no council's.
    text = ("GREAT WEXCOMBE PARISH COUNCIL\n\nMINUTES OF THE ANNUAL PARISH MEETING\nheld in the Village Hall on "
            "Monday 13th May 2024 at 7.00pm\n\nPresent: Cllr M Penhaligon (Chairman), 23 residents\n\n"
            "1. Minutes of the last Annual Parish Meeting\nThe minutes were approved.\n\n"
            "2. Chairman's report\nThe Chairman reported on the year.\n")
    assert {s.body for s in _split(text) if s.kind == "minute"} == {"Annual Parish Meeting"}
    # A rule of dashes after its close, before the council's own minutes, is no section.
    segs = _split(text + "\nThe meeting closed at 7.40pm.\n\n" + "-" * 60 + "\n\nMINUTES OF THE ANNUAL MEETING OF THE "
                  "PARISH COUNCIL\nheld on Monday 13th May 2024 at 7.45pm\n\nPresent: Cllrs M Penhaligon and D Austell\n\n"
                  "24/31 ELECTION OF CHAIRMAN\nIt was RESOLVED that Cllr Penhaligon be elected Chairman.\n")
    assert not [s for s in segs if not re.search(r"\w", s.text)]
    assert [s.body for s in segs if s.kind == "resolution"] == ["Parish Council"]


def test_recommendations_straight_under_a_reports_subject_field():
    # No blank line between the header's last field and the recommendations' heading:
    # the title ran on into "RECOMMENDATION(S) 1. That the Committee approves the", and
    # the recommendations were part of the header.
    text = ("KELSWORTH DISTRICT COUNCIL\nReport to: Audit and Governance Committee\nDate: 19 March 2024\n"
            "Report of: Head of Internal Audit\nSubject: Internal Audit Plan 2024/25\nRECOMMENDATION(S)\n"
            "1. That the Committee approves the Internal Audit Plan 2024/25 at Appendix 1,\n"
            " comprising 310 days of audit work.\n2. That the Committee approves the revised Internal Audit "
            "Charter.\n1. PURPOSE OF REPORT\n1.1 The Public Sector Internal Audit Standards require the Committee "
            "to approve a risk-based plan of internal audit work each year, and the Charter that governs it.\n")
    segs = _split(text)
    assert {s.title for s in segs if s.kind == "report"} >= {"Internal Audit Plan 2024/25"}
    # The body's name in capitals on an agenda's front sheet is the one its minutes print.
    front = ("KELSWORTH DISTRICT COUNCIL\nAUDIT AND GOVERNANCE COMMITTEE\nDate: Tuesday, 19 March 2024\n"
             "Time: 6.00 pm\nVenue: Committee Room A\nAGENDA\n1. Apologies for Absence\n"
             "2. Internal Audit Plan 2024/25 (Pages 11 - 16)\n\f")
    assert {s.body for s in _split(front + text)} == {"Audit and Governance Committee"}
    recs = [s for s in segs if s.kind == "recommendation"]
    assert [s.title for s in recs] == ["Recommendations: Internal Audit Plan 2024/25"]
    assert recs[0].text.startswith("1. That the Committee approves") and "Charter" in recs[0].text


def test_records_of_urgent_and_portfolio_holder_decisions():
    # Before, an urgent decision's "Title:" started a report of its own, its maker was
    # "Committee" (from a wrapped line), and a notice whose labels stand over their values
    # held no decision at all.
    urgent = ("NORTHSHIRE COUNTY COUNCIL\n\nRECORD OF URGENT DECISION\n\n"
              "Decision reference:     UD/2024/03\n\nTitle:                  Emergency repairs to Hallam Bridge\n\n"
              "Decision taker:         Chief Executive, after consultation with the Leader of the\n"
              "                        Council\n\nDate of decision:       7 February 2024\n\n"
              "Reason for urgency:\n\nThe bridge was closed to all traffic on 3 February.\n\nDecision:\n\n"
              "1. To approve expenditure of up to £1.45 million on emergency repairs to Hallam Bridge.\n\n"
              "Reasons for the decision:\n\nThe bridge is the only crossing of the river.\n\n"
              "Signed:  P Rawcliffe, Chief Executive          Date: 7 February 2024\n")
    notice = ("Marlbrook District Council\n\nPORTFOLIO HOLDER DECISION NOTICE\n\nDecision reference\nPH/2024/11\n\n"
              "Portfolio\nPortfolio Holder for Leisure, Culture and Tourism\n\nSubject\nMarlbrook Arts Grants 2024/25\n\n"
              "Date of decision\n4 September 2024\n\nDecision\nTo award grants totalling £24,600 from the Community "
              "Arts Fund.\n\nReasons for decision\nThe applications met the criteria of the fund.\n\n"
              "Signed: Cllr R Sayer                      Date: 4 September 2024\n")
    for text, name, maker, number, day in [
            (urgent, "Record of Urgent Decision UD/2024/03 – Emergency repairs to Hallam Bridge", "Chief Executive",
             "UD/2024/03", dt.date(2024, 2, 7)),
            (notice, "Portfolio Holder Decision Notice PH/2024/11 – Marlbrook Arts Grants 2024/25",
             "Portfolio Holder for Leisure, Culture and Tourism", "PH/2024/11", dt.date(2024, 9, 4))]:
        segs = _split(text)
        decisions = [s for s in segs if s.kind == "resolution"]
        assert [(s.title, s.body, s.minute, s.meeting_date) for s in decisions] == [(f"Decision: {name}", maker, number, day)]
        assert {s.document for s in segs if s.kind == "report"} == {name}


def test_parish_minutes_record_decisions_after_the_discussion():
    text = ("Minutes of the meeting of Foo Parish Council held on Monday 2 June 2025\n\n"
            "Present: Cllrs A Smith, B Jones and C Brown\n\n1. Village hall roof\n"
            "The clerk presented three quotes. It was RESOLVED that the quote from Roofco for £12,000 be accepted.\n\n"
            "2. Allotments\nFollowing discussion it was resolved unanimously to increase allotment rents by 5%.\n\n"
            "3. Bus shelter\nMembers agreed to repaint the bus shelter. RESOLVED: to spend up to £300.\n\n"
            "4. Defibrillator\nProposed Cllr A Smith, seconded Cllr B Jones, and RESOLVED to install a defibrillator.\n\n"
            "5. Declarations of interest\nNone.\n\n6. Footpaths\nThe clerk said the Council resolved in 2019 to "
            "survey the footpaths, and the survey was resolved by the volunteers.\n")
    segs = _split(text)
    assert [s.minute for s in segs if s.kind == "resolution"] == ["1", "2", "3", "4"]
    # An answer is the item's text, not part of its title; narrative is no decision.
    assert [s.title for s in segs if s.kind == "minute"][4] == "Declarations of interest"


@pytest.mark.parametrize("style", ["Minute {n}/24 {t}", "Min {n}/24 {t}", "TC/24/{n} {t}", "Item {i}. {t}"])
def test_item_numbers_as_parishes_and_towns_print_them(style):
    # After the word "Minute", "Min" or "Item", or with the council's letters before the
    # year; in a short meeting's minutes with no attendance list.
    items = [("Apologies", "Cllr Ross."), ("Pavilion roof", "RESOLVED to accept the quote of £8,200 from Roofco."),
             ("Annual governance statement", "It was RESOLVED that the AGAR Section 1 be approved.")]
    text = "Fenwick Parish Council\n\nMinutes of the Parish Council Meeting held on 6 May 2024\n\n" + "\n\n".join(
        style.format(n=45 + i, i=1 + i, t=title) + "\n" + said for i, (title, said) in enumerate(items)) + "\n"
    segs = _split(text)
    minutes = [s for s in segs if s.kind == "minute"]
    assert [m.title for m in minutes] == [t for t, _ in items], [m.title for m in minutes]
    assert [m.minute for m in minutes] == [style.split(" {t}")[0].format(n=45 + i, i=1 + i).split()[-1].rstrip(".")
                                           for i in range(3)]
    assert len([s for s in segs if s.kind == "resolution"]) == 2
    assert {(m.body, m.meeting_date) for m in minutes} == {("Parish Council", dt.date(2024, 5, 6))}
    # The same with each title's text after a colon, on one line.
    one_line = text.replace("\nCllr", ": Cllr").replace("\nRESOLVED", ": RESOLVED").replace("\nIt was", ": It was")
    assert [m.title for m in _split(one_line) if m.kind == "minute"] == [t for t, _ in items]


@pytest.mark.parametrize("style,label", [("PC.{n}\n{t}", "PC.{n}"), ("R&S.{n} {t}", "R&S.{n}"),
                                         ("Minute No. {n} {t}", "{n}"), ("CAB {n}/24 {t}", "CAB {n}/24"),
                                         ("CAB.{n} {t}", "CAB.{n}"), ("CA{n} {t}", "CA{n}")])
def test_minute_numbers_after_a_committees_letters(style, label):
    # District and borough minutes number items with the committee's letters: "PC.121"
    # (the title on the next line), "R&S.34 APOLOGIES", "CAB 57/24", or "Minute No. 57".
    items = [("APOLOGIES FOR ABSENCE", "Apologies were received from Councillor Corben."),
             ("24/01234/FUL – LAND AT MILL LANE, BISHOPSTOKE", "RESOLVED – That planning permission be GRANTED."),
             ("APPEAL DECISIONS", "The Committee noted the appeal decisions.")]
    text = ("Minutes of a meeting of the Planning Committee held in the Council Chamber on Thursday, "
            "13 June 2024 at 7.00 pm\n\nPresent:\nCouncillor R Kyrle (Chair); Councillors T Craig, C Garton\n\n"
            + "\n\n".join(style.format(n=121 + i, t=t) + "\n" + said for i, (t, said) in enumerate(items)) + "\n")
    segs = _split(text)
    minutes = [s for s in segs if s.kind == "minute"]
    assert [(m.minute, m.title) for m in minutes] == [(label.format(n=121 + i), t) for i, (t, _) in enumerate(items)]
    assert [s.minute for s in segs if s.kind == "resolution"] == [label.format(n=122)]


def test_moderngovs_pack_stamp_names_no_paper():
    text = "Public Document Pack\n\nEASTLEIGH BOROUGH COUNCIL\n\nPLANNING COMMITTEE\n\n" + MINUTES
    titles = [s.title for s in _split(text)]
    assert not any(t.startswith("Public Document Pack") for t in titles), titles


def test_a_district_minutes_header_in_fields_and_the_previous_meetings_minutes_as_an_item():
    # ModernGov's printed minutes: the body, then "Date and Time:" and "Place:" fields over
    # the attendance list. Item 12 confirms another meeting's minutes: its title is no
    # header, and the items after it stay in this meeting.
    text = ("HART DISTRICT COUNCIL\n\nLICENSING COMMITTEE\n\n"
            "Date and Time: Tuesday 6 February 2024 at 7.00 pm\n\nPlace: Council Chamber, Civic Offices, Fleet\n\n"
            "Present:\nCouncillors Cockarill (Chairman), Bailey, Farmer\n\n"
            "12.\nMINUTES OF THE PREVIOUS MEETING\n\nTo confirm the minutes of the meeting held on 7 November 2023.\n\n"
            "13.\nAPOLOGIES FOR ABSENCE\n\nApologies were received from Councillor Lamb.\n\n"
            "14.\nHACKNEY CARRIAGE FARES REVIEW 2024\n\nRESOLVED that the table of fares be approved.\n")
    segs = _split(text)
    minutes = [s for s in segs if s.kind == "minute"]
    assert [m.minute for m in minutes] == ["12", "13", "14"]
    assert minutes[0].title == "MINUTES OF THE PREVIOUS MEETING"
    assert {(s.body, s.meeting_date) for s in segs if s.kind in ("minute", "resolution")} == {
        ("Licensing Committee", dt.date(2024, 2, 6))}


def test_the_body_named_above_a_minutes_header_that_does_not_name_it():
    text = ("Planning Committee\n\nMINUTES of the Meeting held in the Council Chamber, Swale House, Sittingbourne on\n"
            "Thursday, 4 July 2024 from 7.00 pm - 9.55 pm.\n\nPRESENT: Councillors Mike Baldock, Monique Bonney.\n\n"
            "183 Emergency Evacuation Procedure\n\nThe Chair outlined the procedure.\n\n"
            "184 Minutes\n\nThe Minutes of the Meeting held on 6 June 2024 were approved.\n")
    minutes = [s for s in _split(text) if s.kind == "minute"]
    assert [(m.minute, m.body, m.meeting_date) for m in minutes] == [
        ("183", "Planning Committee", dt.date(2024, 7, 4)), ("184", "Planning Committee", dt.date(2024, 7, 4))]


def test_a_record_of_decisions_is_a_meetings_decisions():
    # A district publishes its Cabinet's decisions as a record: each under its number,
    # named by its subject, the decision under a "Decision:" label. The publication date
    # and the call-in deadline are not the meeting's.
    def decision(n, subject, text):
        return (f"Decision No: CAB {n}/24{' (URGENT – NOT SUBJECT TO CALL-IN)' if n == 47 else ''}\n"
                f"Subject: {subject}\nKey Decision: Yes\n\nDecision:\n\n{text}\n\n"
                "Reasons for decision:\nThe scheme reduces the centre's costs.\n\n"
                "Declarations of interest / dispensations granted: None\n\n")
    text = ("SOUTH KESTEVEN DISTRICT COUNCIL\n\nCABINET\n\nRECORD OF DECISIONS\n\n"
            "Meeting held on Tuesday, 8 October 2024 at 2.00 pm in the Council Chamber, Grantham\n\n"
            "Date of publication: 10 October 2024\nCall-in deadline: 5.00 pm on Thursday, 17 October 2024\n\n"
            "Cabinet Members present: Councillor Ashley Baxter (Leader of the Council), Councillor Paul Stokes\n\n"
            + decision(45, "Leisure Centre Decarbonisation", "That Cabinet approves the award of a contract.")
            + decision(47, "Stamford Arts Centre – Emergency Roof Repairs", "That Cabinet approves a budget of £310,000."))
    segs = _split(text)
    minutes = [s for s in segs if s.kind == "minute"]
    assert [(m.minute, m.title) for m in minutes] == [
        ("CAB 45/24", "Leisure Centre Decarbonisation"), ("CAB 47/24", "Stamford Arts Centre – Emergency Roof Repairs")]
    res = [s for s in segs if s.kind == "resolution"]
    assert [r.minute for r in res] == ["CAB 45/24", "CAB 47/24"]
    assert "£310,000" in res[1].text and "Reasons" not in res[1].text
    assert {(s.body, s.meeting_date) for s in minutes + res} == {("Cabinet", dt.date(2024, 10, 8))}


@pytest.mark.parametrize("when", ["Date of meeting: 21 January 2025", "21 JANUARY 2025"])
def test_a_district_report_header_names_the_body_above_its_date(when):
    text = ("NORTH HERTFORDSHIRE DISTRICT COUNCIL\n\nCABINET\n\n" + when + "\n\n"
            "Report of: Head of Planning and Building Control\nWards affected: All\n\nKey decision: Yes\n\n"
            "Report title: LOCAL PLAN REVIEW – LOCAL DEVELOPMENT SCHEME\n\nReport classification: Open\n\n"
            "1. SUMMARY\n\n1.1 This report seeks approval of an updated Local Development Scheme setting out the "
            "timetable for the review of the Local Plan.\n\n2. RECOMMENDATIONS\n\n2.1 That Cabinet approves the "
            "Local Development Scheme at Appendix A, to take effect from 1 February 2025.\n")
    segs = _split(text)
    reports = [s for s in segs if s.kind in ("report", "recommendation")]
    assert reports and {(s.body, s.meeting_date) for s in reports} == {("Cabinet", dt.date(2025, 1, 21))}
    assert reports[0].title == "Local Plan Review – Local Development Scheme"
    assert any(s.kind == "recommendation" for s in segs)


def test_a_committee_recommends_to_cabinet_in_capitals():
    text = ("Minutes of a meeting of the Scrutiny Committee held on Monday, 18 November 2024\n\n"
            "Present: Councillor Smith\n\n38. Car parking\n\nThe Committee discussed the charges.\n\n"
            "The Committee RECOMMENDS TO CABINET that it reconsiders its response at its next meeting.\n\n"
            "39. Monitoring\n\nThe Chair said the committee recommends to residents that they read the report.\n")
    assert [s.minute for s in _split(text) if s.kind == "recommendation"] == ["38"]


def test_a_sentence_giving_a_web_address_is_text_not_a_reference_line():
    text = (MINUTES + "\n\nCopies of this document are available on the Council website http://www.swale.gov.uk/dso/. "
            "If you would like\nhard copies or alternative versions (i.e. large print, audio) we will do our best.\n")
    assert not any(s.title.startswith("hard copies") for s in _split(text))


def test_decisions_of_one_item_each_say_which_they_are():
    # A planning committee's schedule decides several applications under one item; a
    # working party's update records several decisions.
    apps = "".join(f"2.{n} REFERENCE NO - 24/50{n}842/FULL\nADDRESS Land at {n} Vicarage Road\n\n"
                   f"Members debated the application.\n\nResolved: That application 24/50{n}842/FULL be approved.\n\n"
                   for n in (1, 2))
    text = ("Minutes of a meeting of the Planning Committee held on Thursday, 4 July 2024\n\nPresent: Councillor Hall\n\n"
            "186 Schedule of Decisions\n\n" + apps + "187 Appeals\n\nRESOLVED that the appeals be noted.\n\n"
            "188 Working party\n\nRESOLVED that the report be noted.\n\nRESOLVED that a review be held.\n")
    titles = [s.title for s in _split(text) if s.kind == "resolution"]
    assert titles == ["Resolution: Schedule of Decisions – 24/501842/FULL",
                      "Resolution: Schedule of Decisions – 24/502842/FULL", "Resolution: Appeals",
                      "Resolution: Working party (1 of 2)", "Resolution: Working party (2 of 2)"], titles


def test_short_numbered_sections_of_a_report_stay_apart():
    # "11. Risk implications" is short, but "12. Equalities implications" after it is the
    # report's next section, not more of the same; an agenda's items, which number no
    # paragraphs, still run together.
    text = ("CABINET – 21 JANUARY 2025\n\nLOCAL PLAN REVIEW\n\nREPORT OF THE HEAD OF PLANNING\n\n"
            "Purpose of the Report\n\n1. This report seeks approval of the Local Development Scheme, which sets out "
            "the timetable for the review of the Local Plan and its consultation.\n\n"
            "11. RISK IMPLICATIONS\n\n11.1 If the scheme is not approved, the Council risks intervention.\n\n"
            "12. EQUALITIES IMPLICATIONS\n\n12.1 An Equality Impact Assessment has been carried out and is at "
            "Appendix C, and finds no adverse effect on any group with a protected characteristic.\n")
    titles = [s.title for s in _split(text)]
    assert any(t.endswith("11. RISK IMPLICATIONS") for t in titles), titles
    assert any(t.endswith("12. EQUALITIES IMPLICATIONS") for t in titles), titles


_CABINET_MINUTES = ("Minutes of the meeting of the Cabinet held on Wednesday, 12 February 2025 at 2.00 pm\n\n"
                    "Present:\nCouncillor J Patel (Chair)\n\n101. Apologies for Absence\n\nApologies were received.\n\n"
                    "102. Libraries Review\n\nThe Cabinet Member introduced the report.\n\n{decision}\n\n"
                    "103. Treasury Management Strategy\n\nNoted.\n")


@pytest.mark.parametrize("decision", [
    "Agreed:\n(1) That the outcome of the consultation be noted.",
    "Agreed:\nThe Cabinet noted the outcome of the consultation.",
    "Decision: Cabinet agreed that the outcome of the consultation be noted.",
    "DECISIONS:\n(1) That the outcome of the consultation be noted.",
    "Cabinet AGREED to note the outcome of the consultation.",
    "The Cabinet RESOLVED to note the outcome of the consultation.",
    "It was agreed that the outcome of the consultation be noted."])
def test_decisions_as_boards_and_unitary_councils_record_them(decision):
    segs = _split(_CABINET_MINUTES.format(decision=decision))
    assert [s.minute for s in segs if s.kind == "resolution"] == ["102"], decision


def test_a_report_in_a_narrative_of_minutes_is_no_decision():
    text = _CABINET_MINUTES.format(decision="Members said the Cabinet had agreed to the review in 2023, and asked "
                                            "how the consultation had been run.")
    assert not [s for s in _split(text) if s.kind == "resolution"]


def test_notes_of_a_boards_meeting_are_its_minutes():
    text = ("Northbrook Metropolitan Borough Council\nCorporate Parenting Board\n\n"
            "Notes of the meeting held on Tuesday 21 January 2025\nat 5.30pm in Meeting Room 3\n\n"
            "Present\nBoard members: Councillor B Foster (Chair)\n\n1. Welcome and introductions\n\nThe Chair welcomed "
            "everyone.\n\n2. Notes of the last meeting\n\nThe notes were agreed.\n\n3. Bus travel for care leavers\n\n"
            "Agreed:\n(i) The Chair will write to the Combined Authority about free bus travel.\n")
    segs = _split(text)
    minutes = [s for s in segs if s.kind == "minute"]
    assert [m.minute for m in minutes] == ["1", "2", "3"]
    assert {(m.body, m.meeting_date) for m in minutes} == {("Corporate Parenting Board", dt.date(2025, 1, 21))}
    assert [s.minute for s in segs if s.kind == "resolution"] == ["3"]


@pytest.mark.parametrize("header", [
    "Report to:         Cabinet\n\nDate:              12 March 2025\n\nReport of:         Director of Children's "
    "Services\n\nSubject:           Children's Homes Strategy\n\nKey decision:      Yes\n",
    "HARTMOOR COUNCIL\nMeeting:              Cabinet\nMeeting date:         12 March 2025\n"
    "Report title:         Children's Homes Strategy\nKey decision:         Yes\n",
    "Title of report:      Children's Homes Strategy\nDecision maker:       Cabinet\n"
    "Date of decision:     12 March 2025\nReport by:            Director of Education\n",
    "Part I\n\nHARTMOOR COUNCIL\n\nCABINET\n\n12 MARCH 2025\n\nCHILDREN'S HOMES STRATEGY\n\n"
    "REPORT OF THE DIRECTOR OF CHILDREN'S SERVICES\n"])
def test_unitary_councils_report_headers(header):
    text = (header + "\n1. Purpose of the report\n\n1.1 To seek approval of the strategy, which sets out how the "
            "Council will secure sufficient homes for children in its care over the next three years.\n\n"
            "2. Recommendations\n\n2.1 Cabinet is recommended to approve the strategy at Appendix A.\n")
    segs = _split(text)
    reports = [s for s in segs if s.kind in ("report", "recommendation")]
    assert reports and {(s.body, s.meeting_date) for s in reports} == {("Cabinet", dt.date(2025, 3, 12))}, \
        [(s.kind, s.title, s.body, s.meeting_date) for s in segs]
    assert reports[0].title.lower().startswith("children's homes strategy")
    assert any(s.kind == "recommendation" for s in segs)


@pytest.mark.parametrize("name,style,label", [
    ("HARTMOOR COUNCIL", "CAB/{n} {t}", "CAB/{n}"),
    ("ASHDALE FIRE AND RESCUE AUTHORITY", "FA/24/25/{n} {t}", "FA/24/25/{n}")])
def test_minute_numbers_with_a_slash_after_the_letters(name, style, label):
    items = ["APOLOGIES FOR ABSENCE", "REVENUE BUDGET AND PRECEPT 2025/26", "ANY OTHER BUSINESS"]
    text = (f"{name}\n\nMINUTES of the MEETING held on Monday, 17 February 2025\n\nPresent: Councillor A Smith\n\n"
            + "\n\n".join(style.format(n=55 + i, t=t) + "\nRESOLVED that it be noted." for i, t in enumerate(items)))
    minutes = [s for s in _split(text) if s.kind == "minute"]
    assert [(m.minute, m.title) for m in minutes] == [(label.format(n=55 + i), t) for i, t in enumerate(items)]


@pytest.mark.parametrize("name", ["West Pennine Combined Authority", "Ashdale Fire and Rescue Authority",
                                  "Northshire Police and Crime Panel"])
def test_authorities_that_are_not_councils_name_their_papers(name):
    text = (f"{name.upper()}\n\nMINUTES of the MEETING of the {name.upper()} held on Friday, 28 March 2025\n\n"
            "Present: Councillor A Smith\n\n31. Apologies\n\nNone.\n\n32. Budget\n\nRESOLVED that the budget be approved.\n")
    minutes = [s for s in _split(text) if s.kind == "minute"]
    assert {m.council for m in minutes} == {name}
    assert {m.body for m in minutes} == {name}


_KENT_RECORD = ("KENT COUNTY COUNCIL – {what}\nDECISION TO BE TAKEN BY:\nMrs Sue Chandler, Cabinet Member for "
                "Integrated Children's Services\nDECISION NUMBER:\n24/00093\n\nKey decision: YES\n\n"
                "Subject Matter / Title of Decision\nCommissioned Family Hub Contracts\n\nDecision:\n"
                "As Cabinet Member for Integrated Children's Services I agree to:\n\nAPPROVE the proposal to not "
                "re-commission the Family Hub services at Seashells and Millmead when the contracts end.\n\n"
                "Reason(s) for decision:\nThe Council must deliver savings of £108.8m over the next two years, and "
                "the services can be delivered from other Family Hubs.\n\nAny interest declared: None.\n\n"
                "17/1/2025\n.............................. ..............................\nsigned date\n")


def test_a_record_of_a_cabinet_members_decision_is_a_decision_on_its_date():
    segs = _split(_KENT_RECORD.format(what="RECORD OF DECISION"))
    decisions = [s for s in segs if s.kind == "resolution"]
    assert len(decisions) == 1 and "APPROVE the proposal" in decisions[0].text
    assert "Reason" not in decisions[0].text
    assert decisions[0].minute == "24/00093"  # cited by its number, as a minute is
    assert {(s.body, s.meeting_date) for s in segs} == {
        ("Cabinet Member for Integrated Children's Services", dt.date(2025, 1, 17))}
    # Proposed to a committee before it is taken: not yet a decision, but what the
    # decision maker is asked to decide, cited by its number.
    proposed = _split(_KENT_RECORD.format(what="PROPOSED RECORD OF DECISION"))
    assert not [s for s in proposed if s.kind == "resolution"]
    asked = [s for s in proposed if s.kind == "recommendation"]
    assert [(s.title, s.minute) for s in asked] == [
        ("Proposed decision 24/00093 – Commissioned Family Hub Contracts", "24/00093")]
    assert "APPROVE the proposal" in asked[0].text and "Reason" not in asked[0].text


def test_a_record_of_an_executive_decision_in_fields():
    text = ("NORTHBROOK METROPOLITAN BOROUGH COUNCIL\n\nRECORD OF EXECUTIVE DECISION BY AN INDIVIDUAL CABINET MEMBER\n\n"
            "Decision reference:        ED/2025/017\nDecision maker:            Councillor Tom Walsh, Cabinet Member "
            "for Environment and\n                           Neighbourhoods\nDate of decision:          3 March 2025\n\n"
            "Subject: Introduction of a 20mph speed limit around Moorfield Primary School\n\nDecision:\n\n"
            "To approve the making of the 20mph Speed Limit Order 2025 following the statutory consultation.\n\n"
            "Reasons for the decision:\n\nSix collisions resulting in injury have been recorded in five years.\n\n"
            "Signed: T Walsh                                   Date: 3 March 2025\n")
    segs = _split(text)
    decisions = [s for s in segs if s.kind == "resolution"]
    assert len(decisions) == 1 and "20mph Speed Limit Order" in decisions[0].text
    assert (decisions[0].body, decisions[0].meeting_date) == (
        "Cabinet Member for Environment and Neighbourhoods", dt.date(2025, 3, 3))


def test_a_letter_under_a_protective_marking_is_a_letter():
    text = ("OFFICIAL\nTo: Leaders of two-tier councils and\nunitary council in Kent\nAshford Borough Council\n"
            "Jim McMahon OBE MP\nMinister of State for Local Government\nYour reference:\nOur reference:\n"
            "5 February 2025\nDear Leaders\nI am writing to you now to formally invite you to work with other council "
            "leaders in your area to develop a proposal for local government reorganisation.\n\n"
            "Developing proposals for reorganisation\n\nProposals should set out how the new councils would "
            "deliver value for money and sustainable services for residents across the whole area.\n")
    titles = [s.title for s in _split(text) if s.kind == "report"]
    assert not any(t.lower().startswith("official") for t in titles), titles
    assert "Letter: Developing proposals for reorganisation" in titles, titles


def test_a_moderngov_front_sheet_with_its_date_in_a_field():
    text = ("Public Document Pack\n\nHartmoor Council\n\nCabinet\n\nDate:      Wednesday, 12 March 2025\n"
            "Time:      2.00 pm\nVenue:     Committee Room 1, Civic Centre\n\nMembership: Councillors J Patel (Chair), "
            "S Okafor\n\nAGENDA\n\n1.   Apologies for Absence\n\n2.   Declarations of Interest\n     Members are "
            "asked to declare any interests in items on the agenda.\n\n3.   Libraries Review (Pages 3 - 8)\n"
            "     Report of the Director of Place\n")
    assert {(s.body, s.meeting_date) for s in _split(text)} == {("Cabinet", dt.date(2025, 3, 12))}


def test_an_extracts_one_minute_numbered_after_the_committees_letters():
    text = ("Extract from the minutes of the Children and Young People Scrutiny Panel held on Monday, 24 February 2025\n\n"
            "CYP/42 Children's Residential Care Sufficiency Strategy 2025-2028\n\nThe Panel considered the draft "
            "strategy and asked about the cost of the two new homes.\n\nRESOLVED that the Panel supports the strategy.\n")
    minutes = [s for s in _split(text) if s.kind == "minute"]
    assert [(m.minute, m.title) for m in minutes] == [
        ("CYP/42", "Children's Residential Care Sufficiency Strategy 2025-2028")]


def test_a_road_or_a_grid_reference_is_no_minute_number():
    # One "M25 ..." line is not a run of minutes: the committee's letters number two or more.
    text = ("Minutes of a meeting of the Cabinet held on Tuesday, 10 December 2024\n\nPresent: Councillor Smith\n\n"
            "1. Highways update\nThe Cabinet discussed the works.\n\nM25 Junction 10 Improvements\n"
            "National Highways reported on progress.\n\n2. Budget\nRESOLVED that the budget be noted.\n")
    assert [s.minute for s in _split(text) if s.kind == "minute"] == ["1", "2"]


def test_parish_wordings_of_a_decision():
    lines = ["It was RESOLVED that the Parish Council purchase a new bus shelter at a cost of £3,000.",
             "After discussion it was RESOLVED that the Council accept the quote from Green Ltd of £4,000.",
             "It was proposed by Cllr Davies, seconded by Cllr Rowe, and unanimously RESOLVED to approve payments.",
             "Members discussed speeding. Resolved: the Clerk to write to the police.",
             "Resolved.",
             "The Council resolved to write to landowners about overhanging hedges."]
    text = "Minutes of the meeting of the Parish Council held on Monday 3 February 2025\n\n" + "\n\n".join(
        f"{i}. Item {i}\n{line}" for i, line in enumerate(lines, 1)) + "\n"
    # "The Council resolved to ..." opening the item's line records its decision too (an
    # earlier session had taken it for narrative; a user test of parish minutes found
    # eight decisions so worded lost): "had resolved" inside a sentence stays narrative.
    assert [s.minute for s in _split(text) if s.kind == "resolution"] == ["1", "2", "3", "4", "5", "6"]


def test_the_meeting_was_concluded_ends_the_last_resolution():
    text = ("Minutes of a meeting of the Cabinet held on 6 February 2025\n\nPresent: Cllr A Smith (Chairman)\n\n"
            "60. Budget and Council Tax Setting 2025/26\n\nThe Portfolio Holder presented the report.\n\n"
            "Resolved: That the budget be recommended to Council.\nTHE MEETING WAS CONCLUDED AT 8.15 PM\nCHAIRMAN\n")
    resolution = next(s for s in _split(text) if s.kind == "resolution")
    assert "CONCLUDED" not in resolution.text, resolution.text


def test_minutes_opening_the_paper_need_no_attendance_list():
    text = ("Minutes of the Licensing Sub-Committee held on 2 May 2025\n\n"
            "5. Application for a premises licence - The Red Lion, High Street\n\n"
            "The Sub-Committee considered the application and the representations made by residents.\n\n"
            "RESOLVED: That the premises licence be granted subject to the conditions proposed.\n")
    minutes = [s for s in _split(text) if s.kind == "minute"]
    assert [(m.minute, m.body, str(m.meeting_date)) for m in minutes] == [("5", "Licensing Sub-Committee", "2025-05-02")]
    # Further down a paper, such a line with no attendance list is a report's narrative.
    report = ("Licensing Policy Review\n\nThe review follows the decisions of the sub-committee this year, "
              "set out below for members.\n\n" + text)
    assert not any(s.kind == "minute" for s in _split(report))


def test_a_paper_is_named_by_the_title_at_its_top():
    text = ("Appendix G\nReserves Policy\n\n1. Background and Context\n\nThe council holds reserves "
            "to manage risk and to fund planned spending, as set out in this policy.\n")
    segs = _split(text)
    assert {s.document for s in segs} == {"Appendix G – Reserves Policy"}
    assert segs[-1].title == "Appendix G – Reserves Policy: 1. Background and Context"
    # A title set one word to a line, in capitals, is read down to the first heading.
    segs = _split("CAPITAL\nSTRATEGY\nINTRODUCTION\n1.1 This Capital Strategy gives a high-level overview of how "
                  "capital expenditure, capital financing and treasury management activity contribute.\n")
    assert {s.document for s in segs} == {"Capital Strategy"}, [s.title for s in segs]
    # A title wrapped after a comma runs on into a line in lower case.
    segs = _split("Draft Revenue Budget 2025-26 and 2025-28 MTFP,\nand Draft Capital Programme 2025-35\n\n"
                  "1. Executive Summary\n\nThe draft budget sets out the spending plans of the council for "
                  "the coming year and the medium term.\n")
    assert {s.document for s in segs} == {"Draft Revenue Budget 2025-26 and 2025-28 MTFP, and Draft Capital "
                                          "Programme 2025-35"}, [s.title for s in segs]
    # A title wrapped for width runs on into a last line in title case above a gap (Kent's
    # Appendix K had been "... within the 2025-26 Final Local"); a heading under a short
    # title does not, nor a line of a sentence.
    body = "\n\nThe council receives a mix of general grants which can be used in any way it decides.\n"
    segs = _split("Appendix K\n\n\nDetails of Core Grants within the 2025-26 Final Local\n"
                  "Government Finance Settlement" + body)
    assert {s.document for s in segs} == {"Appendix K – Details of Core Grants within the 2025-26 Final Local "
                                          "Government Finance Settlement"}, [s.title for s in segs]
    segs = _split("Appendix G\nReserves Policy\nIntroduction" + body)
    assert {s.document for s in segs} == {"Appendix G – Reserves Policy"}, [s.title for s in segs]
    segs = _split("Appendix K\n\n\nDetails of Core Grants within the 2025-26 Final Local\n"
                  "as the settlement sets them" + body)
    assert {s.document for s in segs} == {"Appendix K – Details of Core Grants within the 2025-26 Final Local"}, \
        [s.title for s in segs]
    # A letterhead above the title is passed over, and a title may open with the
    # council's name.
    segs = _split("Lake Market Research | www.lake-research.com | 01622 357060\nKENT COUNTY COUNCIL\n"
                  "SEASHELLS AND MILLMEAD FAMILY\nHUB CONSULTATION\nWRITTEN REPORT\n\nPREPARED BY LAKE MARKET "
                  "RESEARCH FOR THE COUNCIL AND ITS PARTNERS IN THE TWO TOWNS\n\nConsultation process\n\n"
                  "Residents and professionals were asked for their views on the proposals over six weeks.\n")
    assert {s.document for s in segs} == {"Seashells and Millmead Family Hub Consultation Written Report"}
    segs = _split("KENT COUNTY COUNCIL ACTION TO\nIMPROVE HEALTH AND WELLBEING\nINFORMING THE IC STRATEGY AND "
                  "JHWS\n\nWe will work together to make health and wellbeing better than any partner can.\n")
    assert {s.document for s in segs} == {"Kent County Council Action to Improve Health and Wellbeing"}
    # A paper that opens with its text, a heading or a letterhead names nothing.
    for opening in ("Our vision for Leicestershire.\n\n", "1. Glossary\n\n", "Kent County Council\n\n",
                    "Question 1\nCOUNTY COUNCIL\n\n", "Following the meeting of the Cabinet,\n"):
        segs = _split(opening + "We will work with partners across the county on this plan.\n")
        assert {s.document for s in segs} == {None}, opening


def test_sub_headings_inside_recommendations_do_not_end_them():
    text = KENT_STYLE_REPORT.replace(
        "1. Introduction",
        "Recommendations:\nCounty Council is asked to agree the following:\n\n2025-35 Capital Programme\n"
        "(a) The 10-year capital programme of £1,419m.\n\n2025-26 Council Tax\n"
        "(b) To increase Council Tax band rates up to the maximum permitted.\n\n1. Introduction")
    recs = [s for s in _split(text) if s.kind == "recommendation"]
    assert len(recs) == 1 and "(a) The 10-year" in recs[0].text and "(b) To increase" in recs[0].text


def test_a_fragment_at_the_end_joins_the_section_before():
    text = ("Budget Amendment Form\n\nThe amendment expands the community wardens scheme to every district "
            "of the county from April, with a review of its effect on antisocial behaviour after a year.\n\n"
            "Funding Source\n\nPrevention Grant\n")
    segs = _split(text)
    assert len(segs) == 1 and segs[0].text.rstrip().endswith("Prevention Grant"), [(s.title, s.text) for s in segs]


@pytest.mark.parametrize("by, to, body, date", [
    ("By: Peter Oakford, Deputy Leader", "To: County Council   Date: 13 March 2025", "County Council",
     dt.date(2025, 3, 13)),
    # A decision taken by a Cabinet Member is recorded under the office, its name joined
    # where it wraps.
    ("From: Sarah Hammond, Corporate Director", "To: Sue Chandler, Cabinet Member for Integrated Services",
     "Cabinet Member for Integrated Services", None),
    ("From: Sarah Hammond, Corporate Director", "To: Sue Chandler, Cabinet Member for Integrated Children's\n"
     "Services", "Cabinet Member for Integrated Children's Services", None),
    # The meeting's date on a field of its own, under the addressee.
    ("From: Amanda Beer, Chief Executive", "To: Full Council\nDate: 13 March 2025", "Council",
     dt.date(2025, 3, 13)),
])
def test_report_header_variants(by, to, body, date):
    text = (f"{by}\n{to}\nSubject: Pay Policy Statement 2025/26\nClassification: Unrestricted\n\n"
            "Summary: This paper sets out the pay policy the council must publish each year.\n\n"
            "1. Background\n\n1.1 The Localism Act requires councils to publish the pay of senior staff "
            "and the ratio between the highest and the median pay.\n")
    segs = _split(text)
    assert {s.document for s in segs} == {"Pay Policy Statement 2025/26"}, [(s.title, s.document) for s in segs]
    assert {(s.body, s.meeting_date) for s in segs} == {(body, date)}


def test_a_paper_is_not_given_another_councils_name():
    # A county's report naming a borough it works with: the borough is not its author.
    report = ("From: Leader of the Council\n\nTo: County Council – 9 January 2025\n\n"
              "Subject: English Devolution White Paper\n\nSummary: The Council is asked to endorse the "
              "decision to submit to Ministers, jointly with Medway Council, a request to join the "
              "programme.\n\n1. Background\n\n1.1 The County Council has asked for devolution before and "
              "the County Council will respond to the consultation in the spring.\n")
    assert {s.council for s in _split(report)} == {None}
    # The council the user names for such papers is recorded instead.
    segs = split_lines(clean(ExtractedPaper("x.txt", [report], paged=False)), "x.txt", "key",
                       council="Kent County Council")
    assert {s.council for s in segs} == {"Kent County Council"}
    # A letter addressed to the leaders of several councils is none of theirs.
    letter = ("OFFICIAL\nTo: Leaders of two-tier councils\nAshford Borough Council\nCanterbury City Council\n"
              "Dartford Borough Council\nDover District Council\n\nDear Leaders, we write about the next "
              "steps for local government reorganisation in your area this year.\n")
    assert {s.council for s in _split(letter)} == {None}
    # A paper that calls itself "KCC" is not Dover's, whose name it prints twice.
    monitoring = ("Finance Monitoring Report\n\nKCC's forecast overspend has fallen since the last report, "
                  "and KCC expects to balance the budget by the year end.\n\n"
                  + "".join(f"{n}. The forecast for service {n} is unchanged since the last report.\n\n"
                            for n in range(1, 13))
                  + "The capital programme includes the "
                  "Dover District Council regeneration scheme, on which KCC has agreed the next steps with "
                  "Dover District Council for the year ahead.\n")
    assert {s.council for s in _split(monitoring)} == {None}
    # Nor is a call-in report that says "At KCC" once the paper of the borough it names once.
    call_in = ("Scrutiny Committee call-in\n\n1. At KCC any two members from more than one political "
               "group may give notice of a call-in of a decision.\n\n"
               + "".join(f"{n}. The Committee heard the reasons for the call-in, point {n}.\n\n" for n in range(2, 14))
               + "14. Members raised differing accounts "
               "of engagement with Swale Borough Council over the proposals for the centre.\n")
    assert {s.council for s in _split(call_in)} == {None}
    # Named once in a paper that calls itself by no other initials, a council is its own.
    assert {s.council for s in _split(call_in.replace("At KCC", "Here"))} == {"Swale Borough Council"}
    # A paper that names its own council in its heading still gets it.
    own = report.replace("From: Leader", "KENT COUNTY COUNCIL\n\nFrom: Leader")
    assert {s.council for s in _split(own)} == {"Kent County Council"}


def test_a_numbered_heading_after_a_list_starts_a_section():
    # Text dumps print the next numbered heading straight after a list whose items end
    # in no full stop.
    text = ("Our Outcomes\n\nWe set out our aims for the county over the next four years in this plan.\n"
            "• Economic growth delivers increased\nprosperity for all\n"
            "• Leicestershire has the right homes in\nthe right places to meet needs\n"
            "5. Clean, Green Future\nThis outcome reflects the need to protect and enhance the environment and "
            "meet the challenges of climate change across the whole county.\n")
    assert _split(text)[-1].title.endswith("5. Clean, Green Future")
    # A line that carries a sentence on is still no heading, nor is an agenda's list of
    # items (numbered lines in a row, or ending in their page numbers).
    wrapped = text.replace("5. Clean, Green Future", "10 Year Plan for the county sets this out")
    assert "10 Year" not in " ".join(s.title for s in _split(wrapped))
    agenda = ("AGENDA\n\n1. Declarations of interest 1\n2. Apologies for absence\n"
              "3. Minutes of the meeting held on 24 September 2009 and notes of the session\n"
              "4. Internal audit progress report 23\n8. Work programme 169\n\n"
              "It is anticipated that there will be further reports to be considered at this meeting.\n")
    assert not any("Apologies" in s.title or "Work programme" in s.title for s in _split(agenda))


def test_a_repeated_heading_is_named_by_its_numbered_section():
    body = ("The council will work with partners and residents on this aim over the next four years, "
            "and will report on its progress to the Cabinet and to the scrutiny bodies each year.\n")
    text = ("Strategic Plan\n\n"
            + "".join(f"{n}. {aim}\n\n{body}\nWhat will success look like?\n\n{body}\n"
                      for n, aim in ((5, "Clean, Green Future"), (6, "Great Communities")))
            + "7. Keeping People Safe\n\n" + body + "\nHow to read this chart\n\n" + body
            + "\nHow to read this chart\n\n" + body)
    titles = [s.title.split(": ", 1)[-1] for s in _split(text)]
    assert "5. Clean, Green Future – What will success look like?" in titles
    assert "6. Great Communities – What will success look like?" in titles
    # Repeated under one section only, the heading says no more with its section's name.
    assert titles.count("How to read this chart") == 2
    # A label and its number number a section too: "Question 3" / "Answer" (an answer too
    # long to share a section with its question; see the test of questions below).
    qa = "".join(f"Question {n}\n\n{body}\nAnswer\n\n{body * 14}\n" for n in (1, 2))
    assert [s.title for s in _split("Questions put and answers given\n\n" + qa)][-1].endswith("Question 2 – Answer")
    # Under a section of its own name it says nothing more: not "2. Purpose – Purpose".
    own = "".join(f"{n}. {name}\n\n{body}\nPurpose\n\n{body}\n" for n, name in ((1, "Foreword"), (2, "Purpose")))
    assert [s.title for s in _split("Transport Priorities\n\n" + own)][-1].endswith(": Purpose")
    # A numbered line leading into a list ("...: -") is not a heading.
    lead = text.replace("7. Keeping People Safe", "7. In relation to keeping people safe: -")
    assert not any("In relation" in t for t in [s.title for s in _split(lead)])


def test_list_items_rows_of_dates_and_letterheads_are_not_titles():
    para = ("The Council's treasury position is set out below, with the changes over the first half "
            "of the year and the outlook for the rest of it.\n")
    text = ("2. Economic background\n\n" + para + "- CPI inflation hitting its target in June;\n"
            "- 10-year gilt yields falling to 4.0% in September\n\n" + para
            + "\n31-Mar-24 2024-25 30-Sep-24 30-Sep-24\n\n" + para + "\nSwale 115 1159\n\n" + para
            + "\nDrawdowns from reserves (core budget) -£10.6m\n\n" + para)
    titles = " ".join(s.title for s in _split(text + "\n16 December 2024\n\n" + para
                                              + "\nNote 1 = excludes domestic abuse\n\n" + para))
    assert "Note 1" not in titles
    assert "gilt" not in titles and "31-Mar-24" not in titles and "Swale" not in titles
    assert "16 December" not in titles  # a letter's date
    assert "Drawdowns" not in titles
    # A dump that bullets every paragraph sets a heading apart with blank lines.
    dump = "- Budget Overview\n\n" + "- " + para + "\n- Transitions\n\n" + "- " + para
    assert _split(dump)[-1].title.endswith("Transitions")
    # Contact details at a paper's top are a letterhead, not its name.
    letterhead = "Lake Market Research | www.lake-research.com | 01622 357060\n\nResident Feedback\n\n" + para
    assert not any("lake-research" in (s.document or "") for s in _split(letterhead))
    # Nor is a line of contact details a heading ("Email: jane.moore@leics.gov.uk" under a
    # report's officer to contact, a web address on a line of its own).
    titles = " ".join(s.title for s in _split("1. Background\n\n" + para + "\nEmail: jane.moore@leics.gov.uk\n\n"
                                              + para + "\nhttps://www.leics.gov.uk/strategic-plan\n\n" + para))
    assert "jane.moore" not in titles and "https" not in titles, titles


def test_form_answers_rows_opening_with_a_share_and_addresses_are_not_headings():
    # An equality impact assessment is a form: a question, then its answer on a line alone.
    para = ("The service will receive oversight from the Director of Adult Social Care, who will be able "
            "to exercise statutory duties that cannot be exercised at this time.\n")
    text = ("Section C – Impact\n\n" + para + "\nAre there any positive impacts for the protected groups?\n\n"
            "Yes\n\n" + para + "\nNot Applicable\n\n" + para + "\nN/A\n\n" + para
            + "\n85.7% receive Learning Disability Support\n\n" + para
            + "\n9,500 tonnes\n\n" + para + "\n700 tonnes\n\n" + para + "\n£10.6m savings\n\n" + para
            + "\n2025-26 Council Tax\n\n" + para
            + "\nLatest: 94% Target: 90%, Floor: 85% Previous: 89% (Amber)\n" + para
            + "\nUnemployment rate 3rd ↑ 3.1% 5.2% Low\n" + para
            + "\nLibrary children's issues - 746k 575k 580k High\n" + para
            + "\nImplement Tree Management Strategy Both Forestry Apr-20 Mar-24 G\n" + para)
    text += "\nMerton Civic Centre, London Road, Morden SM4 5DX\n\n" + para
    headings = [s.title.split(": ")[-1] for s in _split(text)]
    assert not any("SM4" in h for h in headings), headings  # where the meeting is held
    assert not any(h in ("Yes", "Not Applicable", "N/A") or h[:1].isdigit() and "tonnes" in h
                   or h.startswith(("85.7%", "£")) for h in headings), headings
    # Rows of a dashboard or a table: labelled figures, trend arrows, figures, months.
    assert not any(w in s.title for s in _split(text) for w in ("Latest: 94%", "3rd", "746k", "Apr-20"))
    assert "2025-26 Council Tax" in headings  # a year can open a heading
    assert "Are there any positive impacts for the protected groups?" in headings


def test_a_paper_circulated_to_a_body_is_that_bodys():
    # A budget book with no meeting date says in its header whom it went to.
    para = ("This report sets out the administration's draft revenue budget, the three-year medium "
            "term financial plan and the ten-year capital programme for consideration.\n")
    header = ("Draft Revenue Budget 2025-26\n\nExecutive Summary 1\nCouncil Tax 6\n\nFrom\n\n"
              "Leader of the Council; Roger Gough\nReport author Head of Finance Policy; Dave Shipton\n")
    segs = _split(header + "Circulated to Cabinet\nClassification Unrestricted\n\n1. Executive Summary\n\n" + para)
    assert {s.body for s in segs} == {"Cabinet"} and all(s.meeting_date is None for s in segs)
    # "Circulated to all Members" names no body that meets.
    segs = _split(header + "Circulated to all Members\n\n1. Executive Summary\n\n" + para)
    assert {s.body for s in segs} == {None}


def test_an_equality_assessment_appended_to_a_report_is_a_document_of_its_own():
    report = ("From: Corporate Director\nTo: Cabinet – 30 January 2025\nSubject: Transfer of the 18-25 Service\n"
              "Classification: Unrestricted\n\n1. Introduction\n\n1.1 The report proposes moving the service "
              "to the adult social care directorate from April, with no change to the support young adults receive.\n")
    form = ("EQIA Submission Form\n\nSection C – Impact\n\nThe service will receive oversight from the Director "
            "of Adult Social Care, who will be able to exercise statutory duties that cannot be exercised now.\n")
    segs = split_lines(clean(ExtractedPaper("pack.pdf", [report, form], paged=True)), "pack.pdf", "key")
    assert {s.document for s in segs} == {"Transfer of the 18-25 Service", "EQIA Submission Form"}
    # It goes to the report's meeting.
    assert {(s.body, s.meeting_date) for s in segs} == {("Cabinet", dt.date(2025, 1, 30))}
    # Not at the top of a page, the words are a heading inside the report.
    one_page = split_lines(clean(ExtractedPaper("pack.pdf", [report + "\n" + form], paged=True)), "pack.pdf", "key")
    assert {s.document for s in one_page} == {"Transfer of the 18-25 Service"}


def test_a_numbered_heading_wrapped_onto_a_second_line():
    para = ("This outcome aims to ensure that, using our local capabilities, innovations and skills, we "
            "build a productive, inclusive and sustainable economy for the county.\n")
    text = ("7. Improving Opportunities\n\n" + para + "\n8. Strong Economy, Transport and\nInfrastructure\n" + para
            + "\n9.4  Carers and people with care needs are supported to live active, independent,\n"
              "and fulfilling lives\n\n" + para)
    titles = [s.title for s in _split(text)]
    assert "8. Strong Economy, Transport and Infrastructure" in titles
    assert "9.4 Carers and people with care needs are supported to live active, independent, and fulfilling lives" \
        in titles
    # Its second line may open with the small word instead (Kent's 24/00115 report had its
    # sections 4 and 5 under "3. Background (continued)").
    health = ("3. Background\n\n" + para + "\n4. The Breadth, Contribution and Impact of Kent County Council on Health\n"
              "and Wellbeing\n" + para)
    assert "4. The Breadth, Contribution and Impact of Kent County Council on Health and Wellbeing" in \
        [s.title for s in _split(health)], [s.title for s in _split(health)]
    # Not a table's first column, printed on every row ...
    row = "4. Strategy for\nLeicester\n\n30 4.14 Suggest the need to reassess demand for offices in the city centre.\n\n"
    assert not any("Strategy for" in t for t in (s.title for s in _split("Detailed comments\n\n" + para + row * 3)))
    # ... nor an item of a numbered list of recommendations.
    recs = ("Recommendations\n\n4. DEBATE and DECIDE whether the Chair should be an opposition Member.\n"
            "5. If Recommendation 4 is passed, APPROVE the relevant changes to the\nConstitution\n"
            "6. DELEGATE authority to the Monitoring Officer to make further necessary changes to it.\n")
    assert not any("If Recommendation" in s.title for s in _split(para + "\n" + recs))


def test_a_paragraphs_first_line_is_not_a_heading():
    # A paragraph numbered "6.3" whose first line fills the width of the text and runs on
    # into the next (Kent's 24/00109 report had "6.3 Under the current arrangements the
    # Corporate Director Children, Young" as a section of its own in each of its printings).
    para = ("6.1 The Director of Adult Social Services at Kent County Council is accountable for\n"
            "assessing local needs and delivering a full range of adult social services.\n")
    text = ("6. Legal implications\n\n" + para
            + "\n6.3 Under the current arrangements the Corporate Director Children, Young\n"
              "People, and Education (DCS) is overseeing a group falling outside their\n"
              "statutory role.\n\n7. Equalities implications\n\n" + para)
    segs = _split(text)
    assert [s.title for s in segs] == ["6. Legal implications", "7. Equalities implications"], [s.title for s in segs]
    assert "statutory role." in segs[0].text
    # So is an unnumbered paragraph's, after a list item that ends in a semicolon (the
    # Leicestershire Cabinet pack's "Four “Business Improvement Managers” were recruited
    # into the Council’s" had been a section of the operating model's report).
    text = ("The TOM Programme\n\n" + para.replace("6.1 ", "")
            + "measure the success of the programme and build a culture of continuous improvement;\n"
              "Four “Business Improvement Managers” were recruited into the Council’s\n"
              "Transformation Unit and trained by Newton Europe. These individuals are part of\n"
              "the Implementation Team, to help maximise value after the programme closes.\n")
    assert [s.title for s in _split(text)] == ["The TOM Programme"], [s.title for s in _split(text)]
    # A heading over a table's cells, some of them short, is still a heading (Kent's
    # "Ensure young people are skilled and ready for adult life", over its measures).
    long = "1. Introduction\n\n" + textwrap.fill(" ".join(["The plan sets out the council's priorities "
                                                            "for the next four years and how it will measure "
                                                            "them."] * 12), width=60) + "\n\n"
    cells = ("Improve pupil attainment measured through average Progress\n8 scores and Attainment 8 scores\n"
             "Strengthen the capability of mainstream schools and settings\n"
             "so that more children are supported in their local school.\n")
    heading = "Ensure young people are skilled and ready for adult life"
    assert _split(long + heading + "\n" + cells)[-1].title == heading
    # A heading that asks a question or capitalises its words is still a heading over a
    # line of text as wide as it, and so is a chapter's "3." in a sentence's case; a
    # paragraph-numbered heading in a sentence's case is one over a wider line of text.
    sentence = ("The assessment considered the likely significant effects of the plan on the environment, "
                "including on biodiversity, population, human health, soil, water and air quality, and how "
                "they would be avoided.")
    intro = "1. Introduction\n\n1.1 " + textwrap.fill(" ".join([sentence] * 10), width=88) + "\n\n"
    for heading, width in (("1.4. How would the baseline change without the updated KMWLP?", None),
                           ("2.9 National: Department for Transport (DfT); Department for Environment, Food", None),
                           ("3. Strategic environmental assessment and sustainability appraisal of the plan", None),
                           ("1.5. Characteristics of areas likely to be significantly affected", 88)):
        body = textwrap.fill(" ".join([sentence] * 4), width=width or len(heading))
        assert _split(intro + heading + "\n" + body + "\n")[-1].title == heading, (heading, body)


def test_a_heading_in_capitals_wrapped_onto_a_second_line():
    # Kent's consultation report titled three sections "... SERVICES AT THE SHEPPEY" and
    # "... AT A DIFFERENT"; a short part's name over a heading is not one heading.
    para = ("Consultees were asked to indicate what impact they think accessing Family Hub services at "
            "the Sheppey Gateway would have on children, young people and families.\n")
    text = ("RESIDENT FEEDBACK\n\n" + para + "\nPERCEIVED IMPACT OF ACCESSING FAMILY HUB SERVICES AT THE SHEPPEY\n"
            "GATEWAY ON CHILDREN, YOUNG PEOPLE AND FAMILIES\n" + para)
    assert _split(text)[-1].title.endswith(": PERCEIVED IMPACT OF ACCESSING FAMILY HUB SERVICES AT THE SHEPPEY "
                                           "GATEWAY ON CHILDREN, YOUNG PEOPLE AND FAMILIES"), [s.title for s in _split(text)]
    stacked = "FREQUENCY OF USING THE HUB\n\n" + para + "\nRESIDENT FEEDBACK\nANY OTHER PROPOSAL COMMENTS OR SUGGESTIONS\n" + para
    assert _split(stacked)[-1].title.endswith(": RESIDENT FEEDBACK"), [s.title for s in _split(stacked)]


def test_a_page_number_glued_to_a_footer_is_not_a_heading():
    para = ("We will work with partners to identify carers and ensure they are signposted, if required, "
            "to relevant information and services across the county.\n")
    text = ("9.3 Older people are supported to live independently\n\n" + para
            + "\n9.4 Carers are supported to live active lives\n\n" + para + "\n194\n\n\n"
            + "35  Midshire County Council Strategic Plan 2022-26\n\n" + para * 2
            + "\n10. Enabling Services\n\n" + para)
    segs = _split(text)
    assert not any("Strategic Plan" in s.title for s in segs), [s.title for s in segs]
    # The page's text stays in the section it continues.
    carers = next(s for s in segs if s.title.startswith("9.4"))
    assert carers.text.count("signposted") == 3
    # Numbering that starts again lower (an appendix's "1 Summary" after "12.") is kept.
    restart = "11. Background\n\n" + para + "\n12. Options\n\n" + para + "\n1 Summary\n\n" + para + "\n2 Detail\n\n" + para
    assert "1 Summary" in [s.title for s in _split(restart)]


def test_a_summons_to_all_members_is_the_agenda_not_a_report_named_by_its_date():
    summons = ("Summons to and\nAgenda for a\nMeeting on\nThursday, 13th March,\n\nDEMOCRATIC SERVICES\n"
               "SESSIONS HOUSE\nWednesday, 5 March 2025\nTo: All Members of the County Council\n"
               "A meeting of the County Council will be held in the Council Chamber, County Hall, Maidstone on "
               "Thursday, 13th March, 2025 at 10.00 am to deal with the following business.\n\nA G E N D A\n\n"
               "1. Apologies for Absence\n\n2. Treasury Management - Mid-Year Update 2024-25\n\n"
               "The Council is asked to note the report on treasury management activity in the first half of "
               "the year, which was reviewed by the Governance and Audit Committee.\n")
    segs = _split(summons)
    assert not any("5 March" in (s.document or "") or "5 March" in s.title for s in segs), [s.title for s in segs]
    assert "Agenda" in {s.document for s in segs}
    # The cover's title, set one phrase to a line, is read whole.
    assert segs[0].title == "Summons to and Agenda for a Meeting on Thursday, 13th March"


def test_decisions_with_their_verb_in_capitals_stay_in_the_recommendations():
    report = ("From: Corporate Director\nTo: Cabinet – 4 March 2025\nSubject: Commissioned Family Hub Contracts\n"
              "Classification: Unrestricted\n\n1. Introduction\n\n1.1 The contracts for the two centres end on "
              "31 March 2025 and the Cabinet must decide what follows them.\n\nRecommendation(s):\n"
              "The Cabinet is asked to:\n\nAPPROVE the ending of the contracts at Seashells and Millmead.\n\n"
              "DELEGATE authority to the Director for Operational Integrated Children’s\n"
              "Services to explore the option for the Council to deliver outreach services from the centres.\n")
    segs = _split(report)
    recs = [s for s in segs if s.kind == "recommendation"]
    assert len(recs) == 1 and "DELEGATE authority" in recs[0].text, [(s.kind, s.title) for s in segs]
    assert not any("DELEGATE" in s.title for s in segs)


def test_a_packs_covering_letter_and_a_papers_title_give_its_meeting():
    # ModernGov's letter over a supplement pack names the meeting the papers are for.
    letter = ("Direct Dial/Ext: 03000416892\nAsk for: Joel Cook\nDate: 27 February 2025\nDear Member\n"
              "COUNTY COUNCIL - THURSDAY, 13 FEBRUARY 2025\nEnclosed are the Budget amendments that were "
              "proposed during the meeting.\nYours sincerely\n\nBudget Amendment Form\n\nThis amendment "
              "seeks to expand the Community Wardens scheme from the prevention grant, and to report on it.\n")
    segs = _split(letter)
    assert {(s.body, s.meeting_date) for s in segs} == {("County Council", dt.date(2025, 2, 13))}
    assert not any(s.title.startswith("Dear") or (s.document or "").startswith("Dear") for s in segs)
    # A notice of motion titled by its meeting is that meeting's.
    motion = ("County Council Meeting - 13th March 2025\n\nMotion on disposable vapes\n\nThis Council "
              "notes the harm that single-use vapes do to the environment and to young people's health.\n")
    assert {(s.body, s.meeting_date) for s in _split(motion)} == {("County Council", dt.date(2025, 3, 13))}


def test_the_list_of_attached_documents_is_not_part_of_the_recommendations():
    report = ("From: Chair of the Scrutiny Committee\nTo: Cabinet – 4 March 2025\nSubject: Reconsideration of "
              "Decision 24/00093\nClassification: Unrestricted\n\n1. Introduction\n\n1.1 The Scrutiny Committee "
              "referred the decision back to the Cabinet with its comments on the consultation.\n\n"
              "Recommendation(s):\nThe Cabinet is asked to consider the comments of the Scrutiny Committee and\n"
              "confirm, amend or rescind decision 24/00093.\n\nAttached documents\na) 24-00093 - Decision Report\n"
              "b) 24-00093 - Record of Decision\n\nBackground documents\na) Agenda for County Council on "
              "Thursday, 7th November, 2024\n")
    segs = _split(report)
    recs = [s for s in segs if s.kind == "recommendation"]
    assert len(recs) == 1 and "rescind decision" in recs[0].text
    assert "Attached documents" not in recs[0].text and "Agenda for County Council" not in recs[0].text


def test_a_record_of_decision_is_named_by_its_number_and_subject_and_taken_by_its_decision_maker():
    record = ("KENT COUNTY COUNCIL – RECORD OF DECISION\nDECISION TO BE TAKEN BY:\n"
              "Mrs Sue Chandler, Cabinet Member for Integrated Children’s\nServices\n   DECISION NUMBER:\n24/00093\n"
              "Key decision: YES\nKey decision criteria.  The decision will result in savings which are significant.\n"
              "Subject Matter / Title of Decision\nCommissioned Family Hub Contracts\nDecision:\n"
              "As Cabinet Member for Integrated Children’s Services I agree to:\nAPPROVE the proposal to not "
              "re-commission the Family Hub services at Seashells and Millmead when the contracts end.\n")
    segs = _split(record)
    assert {s.document for s in segs} == {"Record of Decision 24/00093 – Commissioned Family Hub Contracts"}
    assert {s.body for s in segs} == {"Cabinet Member for Integrated Children's Services"}
    proposed = record.replace("– RECORD", "– PROPOSED RECORD").replace(
        "Subject Matter / Title of Decision\nCommissioned Family Hub Contracts",
        "Subject Matter / Title of Decision: Revenue and Capital Budget Monitoring Report –\nSeptember 2024-2025")
    assert {s.document for s in _split(proposed)} == {
        "Proposed Record of Decision 24/00093 – Revenue and Capital Budget Monitoring Report – September 2024-2025"}
    # Another template: "Title of Decision:", its value on the next line, and the decision
    # maker's field is the record's header, not a heading of its own.
    other = ("KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION\nDECISION TO BE TAKEN BY:\nCabinet\n"
             "   DECISION NO:\n24/00115\nFor publication: Yes\nKey decision: Yes\nTitle of Decision:\n"
             "Adoption of the Integrated Care Strategy Delivery Plan\nDecision: Cabinet propose to:\n"
             "a) To ADOPT the Integrated Care Strategy Delivery Plan on behalf of Kent County Council\n"
             "b) To DELEGATE authority to the Director of Public Health to refresh the plan as appropriate.\n")
    segs = _split(other)
    assert segs[0].title == "Proposed Record of Decision 24/00115 – Adoption of the Integrated Care Strategy Delivery Plan"
    assert not any(s.title.endswith(": Cabinet") for s in segs), [s.title for s in segs]


def test_a_form_is_named_with_what_it_is_about():
    form = ("Budget Amendment Form\nAmendment\nName:\nReversal – Termination of Support for\n"
            "Council Tax Reduction Schemes (CTRS)\nAmendment\nNumber: 4\nDirectorate: All\n\nProposed Purpose:\n"
            "To reverse the proposal to end the support paid to districts for their council tax reduction schemes.\n")
    assert {s.document for s in _split(form)} == {
        "Budget Amendment Form – Reversal – Termination of Support for Council Tax Reduction Schemes (CTRS)"}


def test_forms_printed_one_after_another_in_a_pack_are_each_a_section_under_its_name():
    # ModernGov's pack of amendments: a covering letter, then one form per page. A
    # letter's reference lines and its "Yours sincerely" are not what a section is about.
    letter = ("Direct Dial/Ext: 03000416892\ne-mail: joel.cook@kent.gov.uk\nAsk for: Joel Cook\n"
              "Date: 27 February 2025\n\nDear Member\n\nCOUNTY COUNCIL - THURSDAY, 13 FEBRUARY 2025\n\n"
              "Enclosed are the Budget amendments that were proposed during the meeting on 13 February 2025, "
              "with the Labour Group's alternative budget and its appendices.\n\nYours sincerely\n\n"
              "Benjamin Watts\nGeneral Counsel\n")

    def form(name, number, purpose):
        return (f"Budget Amendment Form\nAmendment\nName:\n{name}\nNumber: {number}\nDirectorate: Growth, "
                f"Environment and Transport\nProposer: Mr A Hook Seconder: Mr R Streatfeild\nProposed Purpose:\n"
                f"{purpose} The amendment is funded from the capital programme and has no revenue effect.\n")
    table = ("APPENDIX F: RESERVES\n\n1 Contributions to reserves 1,200.0 1,300.0 1,400.0 and the drawdowns "
             "from them in each year of the plan, as set out in the alternative budget.\n\n"
             "Reduce Contribution to General Reserves\n")
    pages = [letter, table, form("LEVI capital funding Amendment", 3, "This amendment tops up the LEVI grant."),
             form("Highway Asset Maintenance Amendment", 4, "This amendment adds to highway maintenance.")]
    segs = split_lines(clean(ExtractedPaper("pack.pdf", pages, paged=True)), "pack.pdf", "key")
    titles = [s.title for s in segs]
    assert titles[0] == "COUNTY COUNCIL - THURSDAY, 13 FEBRUARY 2025", titles
    assert "Budget Amendment Form – LEVI capital funding Amendment" in titles
    assert "Budget Amendment Form – Highway Asset Maintenance Amendment" in titles
    assert not any(t.startswith(("Yours", "Direct Dial", "Reduce Contribution")) for t in titles), titles
    # The table's last cell stays with the text above it, not over the form below it.
    first_form = titles.index("Budget Amendment Form – LEVI capital funding Amendment")
    assert "Reduce Contribution" in segs[first_form - 1].text
    # Not at the top of a page, the words are a line of the text.
    one_page = split_lines(clean(ExtractedPaper("pack.pdf", ["\n".join(pages)], paged=True)), "pack.pdf", "key")
    assert not any(s.title.startswith("Budget Amendment Form –") for s in one_page[1:])


def test_a_section_number_printed_after_its_heading_goes_in_front():
    text = ("Budget Report\n\nCouncil Tax 6\n6.1 Council Tax income is a key source of funding for council "
            "services, and the amount raised is set by the precept on the district councils.\n\n"
            "Table 6.2 2025-26\n6.2 The tax base has grown by one per cent over the year, the districts report, "
            "and the collection fund shows a surplus to share.\n")
    titles = [s.title for s in _split(text.replace("Council Tax 6\n", "Council Tax 6\n\nCollection\n"))]
    assert any(t.endswith("6. Council Tax") for t in titles), titles
    assert not any(t.endswith("2. Table 6.2 2025-26") for t in titles)


def test_an_appendix_title_running_on_as_its_pages_header_starts_it():
    # The appendix's title heads each of its pages of tables: from its second printing it
    # is page furniture, and its first starts the appendix, though table cells follow it.
    report = ("8. Conclusions\n\nThe alternative budget is balanced in each year of the plan and keeps "
              "general reserves at the level the Section 151 Officer advises.\n")
    header = "APPENDIX F: 2025-28 LABOUR GROUP ALTERNATIVE BUDGET - SPENDING"
    table = "\n".join(f"Row {i}\n{i}00.0\n{i}10.0" for i in range(1, 6))
    pages = [report] + [f"{header}\n{table}\n" for _ in range(4)]
    segs = split_lines(clean(ExtractedPaper("pack.pdf", pages, paged=True)), "pack.pdf", "key")
    assert [s.title for s in segs][:2] == ["8. Conclusions", header], [s.title for s in segs]


def test_an_appendix_printed_after_another_in_one_paper_is_named_by_its_own_title():
    # One paper of budget templates: the spending appendix, then the savings appendix, each
    # under its own "APPENDIX F: ..." title. The savings tables are not a section of the
    # spending appendix; an annex inside an appendix is a part of it.
    def pages(title):
        table = "\n".join(f"Row {i}\n{i}00.0\n{i}10.0" for i in range(1, 6))
        return [f"{title}\n{table}\n" for _ in range(3)]

    spending = "APPENDIX F: 2025-28 BUDGET - SPENDING"
    savings = "APPENDIX F: 2025-28 BUDGET - SAVINGS"
    segs = split_lines(clean(ExtractedPaper("f.pdf", pages(spending) + pages(savings), paged=True)), "f.pdf", "key")
    titles = [s.title for s in segs]
    assert titles[0] == "Appendix F: 2025-28 Budget - Spending", titles
    assert "Appendix F: 2025-28 Budget - Savings" in titles, titles
    assert not any("Spending: " in t for t in titles), titles

    annex = "Annex A – Existing Investment and Debt Portfolio"
    prose = ("The Council's treasury management strategy sets out how it will borrow and invest in "
             "the coming year, within the limits the Prudential Code sets.\n")
    paper = ["Appendix L – Treasury Management Strategy\n\n" + prose * 8,
             f"{annex}\n\n" + prose * 8]
    titles = [s.title for s in split_lines(clean(ExtractedPaper("l.pdf", paper, paged=True)), "l.pdf", "key")]
    assert f"Appendix L – Treasury Management Strategy: {annex}" in titles, titles


def test_a_title_in_capitals_keeps_a_labels_letter():
    from docsearch.splitter import _title_case

    assert _title_case("APPENDIX A - CAPITAL INVESTMENT SUMMARY") == "Appendix A - Capital Investment Summary"
    assert _title_case("A VISION FOR A GREENER COUNTY") == "A Vision for a Greener County"


def test_addressees_that_name_a_body_and_those_that_do_not():
    from docsearch.splitter import clean_body

    # An agenda summons "All Members of the County Council": the body is the County Council.
    assert clean_body("All Members of the County Council") == "County Council"
    assert clean_body("Members of the Cabinet") == "Cabinet"
    # The meeting of all a council's members: a county's papers call it "County Council".
    assert clean_body("Full Council", "Kent County Council") == "County Council"
    assert clean_body("Kent County Council", "Kent County Council") == "County Council"
    assert clean_body("Full Council", "Leicester City Council") == "Council"
    # A parish's and a town's, "Parish Council" and "Town Council", however named; a web
    # page's title says "Minutes -" before the body.
    assert clean_body("Coldham Parish Council", "Coldham Parish Council") == "Parish Council"
    assert clean_body("Minutes - Coldham Parish Council", "Coldham Parish Council") == "Parish Council"
    assert clean_body("FULL TOWN COUNCIL", "Eastleigh Market Town Council") == "Town Council"
    assert clean_body("Full Council") == "Council"
    # A minister's letter "To: Leaders of all two-tier councils" names no body that met.
    letter = ("To: Leaders of all two-tier councils and neighbouring unitary authorities\n"
              "From: The Minister of State for Local Government\nSubject: Local government reorganisation\n\n"
              "Dear Leaders, I am writing to set out the next steps for reorganisation in your areas this year.\n")
    assert {s.body for s in _split(letter)} == {None}
    # Addressed to the body the agenda summons, with no date of its own, a paper is for
    # the meeting the agenda names.
    agenda = ("To: All Members of the County Council\n\nAn extraordinary meeting of the County Council will be "
              "held in the Council Chamber, County Hall, Maidstone on Thursday, 9th January, 2025 at 10.00 am to "
              "deal with the following business.\n\nA G E N D A\n\n1. Apologies for Absence\n\n"
              "2. English Devolution White Paper\n")
    assert {(s.body, s.meeting_date) for s in _split(agenda)} == {("County Council", dt.date(2025, 1, 9))}


MINUTES_PAGE = """<!DOCTYPE html>
<html><head><title>Minutes of Cabinet, Tuesday, 20th October, 2020 2.00 pm - Midshire County Council</title></head>
<body>
<div id="mgHeader" role="banner"><a href="/">Midshire County Council</a> | <a href="/mgListCommittees.aspx">Committees</a></div>
<h1 class="mgMainTitleTxt">Minutes</h1>
<p class="mgSubTitleTxt">Minutes of a meeting of the Cabinet held at County Hall on Tuesday, 20 October 2020.</p>
<p><strong>PRESENT:</strong> Mr N. J. Rushton CC (in the Chair), Mr J. B. Rhodes CC, Mrs P. Posnett MBE CC</p>
<table class="mgItemTable">
<tr><td><p>441.</p></td><td><h2>Minutes of the previous meeting.</h2>
<p>The minutes of the meeting held on 22 September 2020 were taken as read, confirmed and signed.</p></td></tr>
<tr><td><p>442.</p></td><td><h2>Free School Meals in the Holidays.</h2>
<p>The Cabinet considered a report of the Director of Children and Family Services concerning support for
families during the school holidays.</p>
<p>RESOLVED:</p>
<p>(a) That £1.2m be allocated to provide food vouchers to eligible families during the Christmas holidays;</p>
<p>(b) That the Director be authorised to agree the detailed arrangements with schools.</p></td></tr>
</table>
<div id="mgFooter" role="contentinfo">Powered by Modern.Gov</div>
</body></html>
"""


def test_a_councils_html_minutes_page(tmp_path):
    # Shaped like a ModernGov minutes page: item numbers and titles in table cells, the
    # council named in the page title and the site banner only.
    path = tmp_path / "cabinet-minutes.html"
    path.write_text(MINUTES_PAGE, encoding="utf-8")
    segs = split(str(path))
    minutes = [s for s in segs if s.kind == "minute"]
    assert [(m.minute, m.title) for m in minutes] == [("441", "Minutes of the previous meeting"),
                                                      ("442", "Free School Meals in the Holidays")]
    assert {(s.council, s.body, s.meeting_date) for s in minutes} == {
        ("Midshire County Council", "Cabinet", dt.date(2020, 10, 20))}
    resolution = next(s for s in segs if s.kind == "resolution")
    assert resolution.parent == minutes[1].id and "food vouchers" in resolution.text
    # The site's footer is not the council's text.
    assert not any("Modern.Gov" in s.text for s in segs)


def test_a_name_heading_a_block_is_titled_with_its_office():
    para = ("The directorate provides support for adults with care needs, their carers and families, "
            "working with the health service and the voluntary sector across the county.\n")
    text = ("Key Service Statement\n\n" + para + "\nRichard Smith\n\nCorporate Director Adult Social Care & Health\n\n"
            + para + "\nContact Details\n\nInterim Corporate Director Finance John Betts 03000 410 066\n\n" + para)
    titles = [s.title for s in _split(text)]
    assert any(t.endswith("Richard Smith, Corporate Director Adult Social Care & Health") for t in titles), titles
    # A heading over a line of contact details is not a name.
    assert not any("Contact Details," in t for t in titles), titles


@pytest.mark.parametrize("header, body", [
    ("Minutes of the Parish Council Meeting held on Monday 3rd March 2025 at 7.30pm in the Village Hall.",
     "Parish Council"),
    ("Minutes of the Planning Committee held on Wednesday, 12th March, 2025 at 10.00 am", "Planning Committee"),
    ("Meeting of the Planning Committee held on Wednesday, 12th March, 2025 at 10.00 am", "Planning Committee"),
])
def test_other_wordings_of_a_minutes_header(header, body):
    text = (f"LITTLE SNORING PARISH COUNCIL\n\n{header}\n\nPresent: Cllr A Green (Chair), Cllr B Brown\n\n"
            "1. Apologies\n\nApologies were received from Cllr D Black.\n\n2. Village hall roof\n\n"
            "The council discussed quotes for the roof from three local firms.\n\n"
            "RESOLVED: That the quote from Smith Roofing of £12,400 be accepted.\n")
    segs = _split(text)
    minutes = [s for s in segs if s.kind == "minute"]
    assert [m.title for m in minutes] == ["Apologies", "Village hall roof"], [s.title for s in segs]
    assert {(m.body, m.meeting_date) for m in minutes} == {(body, dt.date(2025, 3, 3 if "Parish" in header else 12))}
    assert [s.kind for s in segs].count("resolution") == 1
    assert {s.council for s in segs} == {"Little Snoring Parish Council"}


@pytest.mark.parametrize("name", ["East Sussex County Council", "Tunbridge Wells Borough Council",
                                  "North West Leicestershire District Council", "Brighton and Hove City Council",
                                  "Brighton & Hove City Council", "King's Lynn and West Norfolk Borough Council",
                                  "Bournemouth, Christchurch and Poole Council", "St Albans City and District Council",
                                  "Newcastle-under-Lyme Borough Council", "London Borough of Brent",
                                  # Unitary councils named without their kind, and "of" in a place.
                                  "Cheshire East Council", "North Yorkshire Council",
                                  "Bath and North East Somerset Council", "Cheshire West and Chester Council",
                                  "Isle of Wight Council", "East Riding of Yorkshire Council",
                                  "Forest of Dean District Council",
                                  # A London borough of two words, or with "upon" (before,
                                  # "London Borough of Tower", "... Kingston Upon Thames").
                                  "London Borough of Tower Hamlets", "London Borough of Waltham Forest",
                                  "Royal Borough of Kingston upon Thames"])
@pytest.mark.parametrize("capitals", [False, True])
def test_a_council_named_in_several_words(name, capitals):
    text = (f"{name.upper() if capitals else name}\n\nCABINET – 4 MARCH 2025\n\nLIBRARY SERVICE REVIEW\n\n"
            f"REPORT OF THE DIRECTOR\n\nPurpose of the Report\n\n1. The report sets out how {name} will keep its "
            "libraries open.\n")
    assert {s.council for s in _split(text)} == {name}


@pytest.mark.parametrize("line", ["Leader of Cheshire East Council", "Dear Member Cheshire East Council"])
def test_words_before_a_councils_name_are_not_part_of_it(line):
    text = f"{line}\n\nCABINET – 4 MARCH 2025\n\nREPORT OF THE DIRECTOR\n\nPurpose of the Report\n\n1. Libraries.\n"
    assert {s.council for s in _split(text)} == {"Cheshire East Council"}


@pytest.mark.parametrize("header", [
    "MINUTES OF THE EXTRAORDINARY MEETING OF FULL COUNCIL OF THE LONDON BOROUGH OF\nHARINGEY HELD AT THE CIVIC "
    "CENTRE, WOOD GREEN ON MONDAY, 4TH MARCH, 2024, 7.30 PM",
    "MINUTES OF THE PROCEEDINGS OF THE COUNCIL OF THE LONDON BOROUGH OF HARINGEY AT THE MEETING HELD ON MONDAY, "
    "4TH MARCH, 2024 AT 7.00PM"])
def test_a_london_boroughs_council_minutes_name_the_borough_after_the_body(header):
    text = (f"{header}\n\nPRESENT: Councillor Mason (Mayor)\n\n1. APOLOGIES\n\nApologies were received.\n\n"
            "2. BUDGET\n\nRESOLVED that the budget be approved.\n")
    minutes = [s for s in _split(text) if s.kind == "minute"]
    assert {(m.council, m.body, m.meeting_date) for m in minutes} == {
        ("London Borough of Haringey", "Council", dt.date(2024, 3, 4))}


def test_an_html_page_keeps_its_paragraphs_apart(tmp_path):
    # Headings and paragraphs are blocks of their own: an item's title does not run on
    # into the paragraph under it.
    page = ("<html><head><title>Minutes of Planning Committee, Wednesday 12 March 2025 - Wealden District Council"
            "</title></head><body><h1>Minutes</h1>"
            "<p>Meeting of the Planning Committee held on Wednesday, 12th March, 2025 at 10.00 am</p>"
            "<p>Present: Councillors Smith (Chair), Jones, Patel</p>"
            "<h2>1. Apologies for absence</h2><p>Apologies were received from Councillor Brown.</p>"
            "<h2>2. Land at Mill Lane, Hailsham</h2><p>The Committee considered an application for 40 dwellings.</p>"
            "<p>RESOLVED:</p><p>That planning permission be granted subject to the conditions in the report.</p>"
            "</body></html>")
    path = tmp_path / "planning.html"
    path.write_text(page, encoding="utf-8")
    segs = split(str(path))
    assert [s.title for s in segs if s.kind == "minute"] == ["Apologies for absence", "Land at Mill Lane, Hailsham"]
    assert {s.council for s in segs} == {"Wealden District Council"}


def test_minute_headings_printed_as_numbered_lists_are_the_minutes_items(tmp_path):
    # A town council's WordPress page: each minute's heading is a list of one bold item
    # (<ol start="4">), its text the paragraphs below. Before, the headings were read as
    # a decision's parts "(4)" and the minutes had no items.
    def item(number, title, *paragraphs):
        return (f"<ol start='{number}' class='wp-block-list'><li><strong>{title}</strong></li></ol>"
                + "".join(f"<p>{p}</p>" for p in paragraphs))

    page = ("<html><head><title>Planning Committee Minutes – 17th November 2025 – Hexley Town Council</title></head>"
            "<body><h1>Planning Committee Minutes – 17th November 2025</h1>"
            "<p><strong>Minutes of the Planning Committee held on Monday 17th November 2025 at 6.30pm</strong></p>"
            "<p><strong>Present:</strong> Cllrs K. Moss (Chair), B. Laing, T. Nkemelu</p>"
            + item(1, "Apologies for absence", "Cllr D. Yeo (unwell).")
            + item(2, "Planning applications", "The Committee considered three applications.",
                   "RESOLVED that the observations above be submitted to the District Council.")
            + item(3, "Hexley Neighbourhood Plan review", "RESOLVED to recommend to Full Council that a review "
                   "of the Hexley Neighbourhood Plan be commenced.")
            + item(4, "Date of next meeting", "Monday 15th December 2025 at 6.30pm.")
            + "</body></html>")
    path = tmp_path / "planning-minutes.html"
    path.write_text(page, encoding="utf-8")
    segs = split(str(path))
    assert [(s.minute, s.title) for s in segs if s.kind == "minute"] == [
        ("1", "Apologies for absence"), ("2", "Planning applications"),
        ("3", "Hexley Neighbourhood Plan review"), ("4", "Date of next meeting")]
    decisions = [(s.kind, s.minute) for s in segs if s.kind in ("resolution", "recommendation")]
    assert decisions == [("resolution", "2"), ("recommendation", "3")]


# A ModernGov meeting page once its minutes are published ("Agenda and minutes"): the
# meeting is named in the page's <title> and a subtitle carrying the time; each item's
# minutes sit under a "Minutes:" label in the item table. There is no "Minutes of a meeting
# of ... held" header and no attendance list on the page.
MODERNGOV_MEETING_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Agenda for Cabinet on Tuesday, 4th March, 2025, 10.00 am</title></head>
<body>
<div id="mgBanner" role="banner"><a href="/">Westshire County Council</a></div>
<nav><ul><li><a href="mgListCommittees.aspx">Committees</a></li></ul></nav>
<div id="modgov">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<p class="mgSubTitleTxt">Cabinet - Tuesday, 4th March, 2025 10.00 am</p>
<p><span class="mgLabel">Venue: </span>Council Chamber, County Hall, Westford, WE1 2AB</p>
<p><span class="mgLabel">Contact: </span>Democratic Services, 01234 567890</p>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable">
<tr><td class="mgItemNumberCell"><p>112.</p></td>
<td><p class="mgAiTitleTxt"><a href="ieIssueDetails.aspx?IId=5001">Apologies for absence</a></p>
<p class="mgSubItemTitleTxt">Minutes:</p>
<p>Apologies were received from Mr R. Gough and Mrs S. Chandler.</p></td></tr>
<tr><td class="mgItemNumberCell"><p>113.</p></td>
<td><p class="mgAiTitleTxt"><a href="ieIssueDetails.aspx?IId=5003">School Transport Policy 2025-26</a></p>
<p class="mgAiDecisionTxt">Decision Maker: Cabinet</p>
<p class="mgSubItemTitleTxt">Minutes:</p>
<p>The Cabinet Member for Education introduced the report, which set out changes to the
home to school transport policy following consultation.</p>
<p>RESOLVED:</p>
<p>(a) That the revised Home to School Transport Policy 2025-26 be approved;</p>
<p>(b) That the Director of Education be authorised to make minor changes to the policy.</p>
<p class="mgSubItemTitleTxt">Supporting documents:</p>
<ul><li><a href="documents/s5001/Report.pdf">School Transport Policy report PDF 412 KB</a></li></ul></td></tr>
</table>
</div>
<div id="mgFooter" role="contentinfo">Powered by Modern.Gov</div>
</body></html>
"""


def test_a_moderngov_meeting_page_named_only_in_its_title(tmp_path):
    path = tmp_path / "ieListDocuments.html"
    path.write_text(MODERNGOV_MEETING_PAGE, encoding="utf-8")
    segs = split(str(path))
    minutes = [s for s in segs if s.kind == "minute"]
    assert [(m.minute, m.title) for m in minutes] == [("112", "Apologies for absence"),
                                                      ("113", "School Transport Policy 2025-26")]
    assert {(s.body, s.meeting_date) for s in segs} == {("Cabinet", dt.date(2025, 3, 4))}
    resolution = next(s for s in segs if s.kind == "resolution")
    assert resolution.parent == minutes[1].id and "Transport Policy 2025-26 be approved" in resolution.text
    # Before the meeting the same page is its agenda: the meeting is still the title's.
    agenda = MODERNGOV_MEETING_PAGE.split('<table class="mgItemTable">')[0] + "</div></body></html>"
    path.write_text(agenda.replace("Agenda and minutes", "Agenda"), encoding="utf-8")
    segs = split(str(path))
    assert segs and not any(s.kind == "minute" for s in segs)
    assert {(s.body, s.meeting_date) for s in segs} == {("Cabinet", dt.date(2025, 3, 4))}


# ModernGov's history of one decision ("Issue - items at meetings"): each meeting that took
# the item is a heading "Meeting: DD/MM/YYYY - Body (Item N)" over the item's number and
# title, and its decision and minutes as the meeting's page prints them.
MODERNGOV_ISSUE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Issue - items at meetings - Library Service Review | Westshire County Council</title></head>
<body>
<div id="mgBanner" role="banner"><a href="/">Westshire County Council</a></div>
<div id="modgov">
<h1 class="mgMainTitleTxt">Issue - items at meetings - Library Service Review</h1>
<p><strong>Issue details</strong></p>
<p>Decision maker: Cabinet</p>
<p>Is Key decision?: Yes</p>
<h2 class="mgSubSubTitleTxt">Meeting: 04/03/2025 - Cabinet (Item 114)</h2>
<p class="mgSubTitleTxt">114 Library Service Review</p>
<p class="mgSubItemTitleTxt">Decision:</p>
<p>RESOLVED: That the new opening hours of the county's libraries be approved from 1 June 2025.</p>
<p class="mgSubItemTitleTxt">Minutes:</p>
<p>The Cabinet Member for Communities introduced the report on the consultation, and the Cabinet agreed it.</p>
<h2 class="mgSubSubTitleTxt">Meeting: 11/02/2025 - Communities Scrutiny Committee (Item 23a.)</h2>
<p class="mgSubTitleTxt">23a. Library Service Review - consultation findings</p>
<p class="mgSubItemTitleTxt">Minutes:</p>
<p>Members asked about the mobile library routes and the effect on rural villages.</p>
<p>RESOLVED: That Cabinet be asked to keep every mobile library route.</p>
</div></body></html>
"""


def test_a_moderngov_issue_page_holds_an_item_of_each_meeting(tmp_path):
    path = tmp_path / "ieIssueDetails.html"
    path.write_text(MODERNGOV_ISSUE_PAGE, encoding="utf-8")
    segs = split(str(path))
    minutes = [s for s in segs if s.kind == "minute"]
    assert [(m.body, m.meeting_date, m.minute, m.title) for m in minutes] == [
        ("Cabinet", dt.date(2025, 3, 4), "114", "Library Service Review"),
        ("Communities Scrutiny Committee", dt.date(2025, 2, 11), "23a", "Library Service Review - consultation findings")]
    resolutions = [s for s in segs if s.kind == "resolution"]
    assert [(r.parent, r.body) for r in resolutions] == [(minutes[0].id, "Cabinet"),
                                                         (minutes[1].id, "Communities Scrutiny Committee")]
    assert "opening hours" in resolutions[0].text and "mobile library route" in resolutions[1].text
    assert {s.council for s in segs} == {"Westshire County Council"}


def test_a_decision_listed_in_parts_on_an_issue_page_stays_its_items(tmp_path):
    # A numbered list's parts are the decision's, not items 1 and 2 of the meeting.
    path = tmp_path / "ieIssueDetails.html"
    path.write_text(MODERNGOV_ISSUE_PAGE.replace(
        "<p>RESOLVED: That the new opening hours of the county's libraries be approved from 1 June 2025.</p>",
        "<p>RESOLVED: That Cabinet</p><ol><li>approves the new opening hours of the county's libraries;</li>"
        "<li>keeps every mobile library route.</li></ol>"), encoding="utf-8")
    segs = split(str(path))
    assert [(s.minute, s.title) for s in segs if s.kind == "minute"] == [
        ("114", "Library Service Review"), ("23a", "Library Service Review - consultation findings")]
    decision = next(s for s in segs if s.kind == "resolution")
    assert decision.minute == "114" and "(2) keeps every mobile library route." in decision.text


def test_a_decision_printed_again_in_an_items_minutes_is_one_decision(tmp_path):
    # ModernGov prints an item's decision, then its minutes, which record it again.
    again = ("<p>The Cabinet Member for Communities introduced the report on the consultation.</p>"
             "<p>RESOLVED: That the new opening hours of the county's libraries be approved from 1 June 2025.</p>")
    path = tmp_path / "ieIssueDetails.html"
    path.write_text(MODERNGOV_ISSUE_PAGE.replace(
        "<p>The Cabinet Member for Communities introduced the report on the consultation, and the Cabinet agreed it.</p>",
        again), encoding="utf-8")
    resolutions = [s for s in split(str(path)) if s.kind == "resolution" and s.minute == "114"]
    assert [r.title for r in resolutions] == ["Resolution: Library Service Review"]
    # The minutes' own wording of the stem ("It was RESOLVED that") is the same decision
    # as the item's "Decision: That ..." (from a user test of ModernGov's pages).
    for stem in ("It was RESOLVED that", "RESOLVED unanimously that"):
        path.write_text(MODERNGOV_ISSUE_PAGE.replace(
            "<p>The Cabinet Member for Communities introduced the report on the consultation, and the Cabinet agreed it.</p>",
            again.replace("RESOLVED: That", stem)), encoding="utf-8")
        resolutions = [s for s in split(str(path)) if s.kind == "resolution" and s.minute == "114"]
        assert [r.title for r in resolutions] == ["Resolution: Library Service Review"], stem
    # Without the "Minutes:" label between them, the same words twice are two decisions
    # (a planning schedule's "That permission be GRANTED", each its own application's).
    path.write_text(MODERNGOV_ISSUE_PAGE.replace(
        '<p class="mgSubItemTitleTxt">Minutes:</p>\n<p>The Cabinet Member', "<p>The Cabinet Member").replace(
        "<p>The Cabinet Member for Communities introduced the report on the consultation, and the Cabinet agreed it.</p>",
        again), encoding="utf-8")
    resolutions = [s for s in split(str(path)) if s.kind == "resolution" and s.minute == "114"]
    assert len(resolutions) == 2


# ModernGov's page of one decision, as a site prints it: its own links above, the decision
# maker, the decision and its date in labelled fields (the date at the foot, below the
# report's author); taken at a meeting, "Decided at meeting:" names it.
MODERNGOV_DECISION_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Decision - Award of contracts for school transport routes {site}</title></head>
<body>
<a href="#content">Skip to content</a>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="mgDelegatedDecisions.aspx">Decisions</a></div>
<div id="modgov">
<h1 class="mgMainTitleTxt">Decision details</h1>
<h2 class="mgSubTitleTxt">Award of contracts for school transport routes</h2>
{maker}
<p><span class="mgLabel">Decision status: </span>{status}</p>
<p><span class="mgLabel">Is Key decision?: </span>Yes</p>
<h3>Purpose:</h3>
<p>To award contracts for school transport routes from September 2025.</p>
<h3>Decision:</h3>
<p>The Cabinet Member agreed to award the contracts for 142 school transport routes for three years
from 1 September 2025, with an option to extend them by two years.</p>
<h3>Reasons for the decision:</h3>
{reasons}
<h3>Report author:</h3>
<p>Jane Smith, Head of Transport</p>
<p><span class="mgLabel">Publication date: </span>14/03/2025</p>
<p><span class="mgLabel">Date of decision: </span>14/03/2025</p>
{meeting}
<p><span class="mgLabel">Effective from: </span>22/03/2025</p>
</div></body></html>
"""
_REASONS = "".join(f"<p>Reason {n}: the tender achieved savings on route group {n}.</p>" for n in range(40))


@pytest.mark.parametrize("site, maker, meeting, body, date", [
    ("| Westshire County Council", '<p><span class="mgLabel">Decision Maker: </span>Cabinet Member for Education</p>',
     "", "Cabinet Member for Education", dt.date(2025, 3, 14)),
    # The site's name after a dash; a label and its value in cells of a table.
    ("- Westshire County Council",
     '<table><tr><td class="mgLabel">Decision Maker:</td><td>Cabinet Member for Education</td></tr></table>',
     "", "Cabinet Member for Education", dt.date(2025, 3, 14)),
    ("| Westshire County Council", '<p><span class="mgLabel">Decision Maker: </span>Cabinet</p>',
     '<p><span class="mgLabel">Decided at meeting: </span>04/03/2025 - Cabinet</p>', "Cabinet", dt.date(2025, 3, 4)),
])
def test_a_moderngov_decision_page_is_its_decision(tmp_path, site, maker, meeting, body, date):
    path = tmp_path / "ieDecisionDetails.html"
    path.write_text(MODERNGOV_DECISION_PAGE.format(site=site, maker=maker, status="Implemented", meeting=meeting,
                                                   reasons=_REASONS), encoding="utf-8")
    segs = split(str(path))
    decisions = [s for s in segs if s.kind == "resolution"]
    assert len(decisions) == 1, [(s.kind, s.title) for s in segs]
    decision = decisions[0]
    assert decision.title == "Decision: Award of contracts for school transport routes"
    assert "142 school transport routes" in decision.text and "savings" not in decision.text
    assert "Jane Smith" not in decision.text
    assert (decision.body, decision.meeting_date, decision.council) == (body, date, "Westshire County Council")
    assert decision.parent in {s.id for s in segs}
    assert all(s.kind == "section" for s in segs if s.kind != "resolution")  # the author starts no report


@pytest.mark.parametrize("status, title", [
    ("Called In", "Decision (called in): Award of contracts for school transport routes"),
    ("Item Called-in", "Decision (called in): Award of contracts for school transport routes"),
    # Open to call-in, not called in.
    ("Recommendations Approved (subject to call-in)", "Decision: Award of contracts for school transport routes"),
    ("Not called in", "Decision: Award of contracts for school transport routes"),
    # Deferred (a decision to decide later) and withdrawn after it was taken: decisions
    # of their date still, and said so.
    ("Deferred", "Decision (deferred): Award of contracts for school transport routes"),
    ("Withdrawn - pending a revised valuation", "Decision (withdrawn): Award of contracts for school transport routes"),
])
def test_a_decision_called_in_says_so(tmp_path, status, title):
    path = tmp_path / "ieDecisionDetails.html"
    path.write_text(MODERNGOV_DECISION_PAGE.format(
        site="| Westshire County Council", status=status, meeting="", reasons="",
        maker='<p><span class="mgLabel">Decision Maker: </span>Cabinet Member for Education</p>'), encoding="utf-8")
    decision = next(s for s in split(str(path)) if s.kind == "resolution")
    assert decision.title == title
    assert decision.meeting_date == dt.date(2025, 3, 14)


CMIS_DECISION_PAGE = """<!DOCTYPE html><html><head><title>Decision Details - Northvale City Council CMIS</title></head>
<body><div id="dnn_Header"><span class="SiteName">Northvale City Council</span></div>
<h1 class="Head">Decision Details</h1>
<table class="DecisionDetailsTable">
<tr><td class="Label">Title</td><td>Bus Lane Enforcement Extension</td></tr>
<tr><td class="Label">Decision Reference</td><td>CAB/2025/019</td></tr>
<tr><td class="Label">Decision Maker</td><td>Cabinet</td></tr>
<tr><td class="Label">Meeting</td><td>Cabinet, Tuesday, 11th February, 2025</td></tr>
<tr><td class="Label">Decision</td><td>That Cabinet approves cameras on the four bus lanes named in the report, with
the income ring-fenced for bus priority schemes.</td></tr>
<tr><td class="Label">Reasons for Decision</td><td>Journey times on the routes have risen by a fifth in two years.</td></tr>
<tr><td class="Label">Status</td><td>{status}</td></tr>
</table></body></html>
"""

OFFICER_DECISION_PAGE = """<!DOCTYPE html><html><head>
<title>Officer decision: Closure of Quay Road for resurfacing | Northvale Borough Council</title></head>
<body><div class="breadcrumbs"><a href="/">Home</a> / Decisions / Officer decisions</div>
<h1>Officer decision: Closure of Quay Road for resurfacing</h1>
<p><strong>Decision taken by:</strong> Director of Place</p>
<p><strong>Date of decision:</strong> Monday, 3rd March, 2025</p>
<p><strong>Decision:</strong></p>
<ol><li>To close Quay Road from 17 March 2025 for up to six weeks.</li>
<li>To suspend the parking bays on Quay Road during the closure.</li></ol>
<p><strong>Reasons:</strong></p><p>The road surface has failed along its whole length.</p>
</body></html>
"""


# A council's own record of an executive decision: a table of labels without colons.
RECORD_OF_EXECUTIVE_DECISION_PAGE = """<html><head><title>Record of executive decision - Temporary Accommodation |
Northvale Borough Council</title></head><body><nav><a href="/">Home</a></nav>
<h1>Record of executive decision</h1><table>
<tr><th>Title</th><td>Temporary Accommodation Purchases</td></tr>
<tr><th>Decision taker</th><td>Leader of the Council</td></tr>
<tr><th>Date decision taken</th><td>21 March 2025</td></tr>
<tr><th>Date published</th><td>24 March 2025</td></tr>
<tr><th>Decision</th><td><ol type="a"><li>To buy up to 25 homes for use as temporary accommodation.</li>
<li>To bid for grant from the Local Authority Housing Fund.</li></ol></td></tr>
<tr><th>Reasons</th><td>Journey times have nothing to do with it; bed and breakfast costs too much.</td></tr>
</table></body></html>
"""

# A Cabinet Member's decision, its labels and values on one line with no colon.
CABINET_MEMBER_DECISION_PAGE = """<html><head><title>Cabinet Member decision - Care leavers council tax discount</title></head><body>
<h1>Cabinet Member decision</h1><h2>Care leavers council tax discount</h2>
<p><strong>Decision made by</strong> Cabinet Member for Children and Families</p>
<p><strong>Date</strong> 7 January 2025</p>
<p><strong>Status</strong> Subject to call-in until 15 January 2025</p>
<h3>Decision</h3><p>To extend the council tax discount for care leavers from age 21 to age 25.</p>
<h3>Background</h3><p>The road surface is not the point; there are 214 care leavers.</p>
</body></html>
"""


@pytest.mark.parametrize("page, title, body, date, words", [
    (CMIS_DECISION_PAGE.format(status="Implemented"), "Decision: Bus Lane Enforcement Extension", "Cabinet",
     dt.date(2025, 2, 11), "cameras on the four bus lanes"),
    (RECORD_OF_EXECUTIVE_DECISION_PAGE, "Decision: Temporary Accommodation Purchases", "Leader of the Council",
     dt.date(2025, 3, 21), "(b) To bid for grant"),
    (CABINET_MEMBER_DECISION_PAGE, "Decision: Care leavers council tax discount",
     "Cabinet Member for Children and Families", dt.date(2025, 1, 7), "from age 21 to age 25"),
    (OFFICER_DECISION_PAGE, "Decision: Closure of Quay Road for resurfacing", "Director of Place",
     dt.date(2025, 3, 3), "(2) To suspend the parking bays"),
])
def test_cmis_and_a_councils_own_decision_pages_are_their_decisions(tmp_path, page, title, body, date, words):
    path = tmp_path / "decision.html"
    path.write_text(page, encoding="utf-8")
    segs = split(str(path))
    decisions = [s for s in segs if s.kind == "resolution"]
    assert [(d.title, d.body, d.meeting_date) for d in decisions] == [(title, body, date)], \
        [(s.kind, s.title) for s in segs]
    assert words in decisions[0].text and "Journey times" not in decisions[0].text
    assert "road surface" not in decisions[0].text


@pytest.mark.parametrize("page, title, body, date", [
    # A delegated officer's decision notice, the officer in a field of that name.
    ("<html><head><title>Decision notice - Closure of Riverside car park | Tewkesbury Borough Council</title></head>"
     "<body><h1>Decision notice: Closure of Riverside car park</h1><dl><dt>Officer</dt><dd>Head of Community Services</dd>"
     "<dt>Date of decision</dt><dd>2 September 2025</dd><dt>Decision</dt><dd>To close Riverside car park for "
     "resurfacing.</dd><dt>Reasons</dt><dd>The surface is worn.</dd></dl></body></html>",
     "Decision: Closure of Riverside car park", "Head of Community Services", dt.date(2025, 9, 2)),
    # Called in, said by the heading.
    ("<html><head><title>Called-in decision: Closure of Fairfield Library - Stockton-on-Tees Borough Council</title>"
     "</head><body><h1>Called-in decision: Closure of Fairfield Library</h1><p>Decision maker: Cabinet</p>"
     "<p>Date of decision: 11 December 2025</p><p>Decision:</p><p>That Fairfield Library close on 31 March 2026.</p>"
     "<p>Call-in: This decision was called in by five members.</p></body></html>",
     "Decision (called in): Closure of Fairfield Library", "Cabinet", dt.date(2025, 12, 11)),
    # The page's title names the decision; the meeting "26 February 2026 - Council".
    ("<html><head><title>Decision - Council Tax Base and Budget 2026/27 - Bassetlaw District Council</title></head>"
     "<body><h2>Council Tax Base and Budget 2026/27</h2><p>Decision maker:</p><p>Full Council</p>"
     "<p>Made at meeting:</p><p>26 February 2026 - Council</p><p>Decision:</p><p>RESOLVED that the budget be "
     "approved.</p><p>Status:</p><p>Recommendations approved</p></body></html>",
     "Decision: Council Tax Base and Budget 2026/27", "Council", dt.date(2026, 2, 26)),
])
def test_more_councils_own_decision_pages(tmp_path, page, title, body, date):
    path = tmp_path / "decision.html"
    path.write_text(page, encoding="utf-8")
    decisions = [s for s in split(str(path)) if s.kind == "resolution"]
    assert [(d.title, d.body, d.meeting_date) for d in decisions] == [(title, body, date)]


def test_a_cmis_decision_still_to_be_taken_is_no_decision(tmp_path):
    path = tmp_path / "decision.html"
    path.write_text(CMIS_DECISION_PAGE.format(status="For Determination"), encoding="utf-8")
    assert not any(s.kind == "resolution" for s in split(str(path)))


def test_a_moderngov_agenda_item_page_is_an_item_of_its_meeting(tmp_path):
    path = tmp_path / "mgAi.html"
    decision = "<p>RESOLVED that Cabinet approves the new model, keeping all 14 libraries open.</p>"
    minutes = ('<p class="mgSubSubTitleTxt">Decision:</p>' + decision + '<p class="mgSubSubTitleTxt">Minutes:</p>'
               "<p>The Cabinet Member presented the outcome of the consultation.</p>" + decision)
    page = ("<html><head><title>Agenda item - Library Service Redesign | Westshire County Council</title></head><body>"
            "<h1>Agenda item</h1><p><span class='mgLabel'>Meeting: </span>Cabinet, Wednesday, 12th March, 2025 2.00 pm</p>"
            "<h2>5. Library Service Redesign</h2>{minutes}"
            "<p>Supporting documents:</p><ul><li>Library report PDF 800 KB</li></ul></body></html>")
    path.write_text(page.format(minutes=minutes), encoding="utf-8")
    segs = split(str(path))
    minute = next(s for s in segs if s.kind == "minute")
    assert (minute.body, minute.meeting_date, minute.minute, minute.title) == (
        "Cabinet", dt.date(2025, 3, 12), "5", "Library Service Redesign")
    assert [(s.title, s.parent) for s in segs if s.kind == "resolution"] == [
        ("Resolution: Library Service Redesign", minute.id)]
    # Before the minutes are out, the page is the agenda's item, not a minute, for that
    # meeting.
    path.write_text(page.format(minutes="<p>Contact: Amir Khan, Head of Libraries</p>"), encoding="utf-8")
    segs = split(str(path))
    assert not any(s.kind in ("minute", "resolution") for s in segs)
    assert {(s.body, s.meeting_date) for s in segs} == {("Cabinet", dt.date(2025, 3, 12))}


def test_a_decision_pages_site_title_and_a_schedule_inside_its_decision(tmp_path):
    # The page's title names only the site; the subject is under a heading naming the
    # kind of decision. The decision holds a schedule of "label: value" lines.
    page = ("<html><head><title>Cabinet Member decision - Northvale Borough Council</title></head><body>"
            "<h1>Cabinet Member decision</h1><h2>Fees for park events 2025</h2>"
            "<p><b>Decision made by:</b> Cabinet Member for Parks</p><p><b>Date:</b> 12.03.2025</p>"
            "<h3>Decision:</h3><p>The Cabinet Member approved these fees from 1 April 2025:</p>"
            "<p>Large events (over 5,000 people): £6,000 a day</p><p>Community groups: no charge for set-up days</p>"
            "<p>The Cabinet Member further agreed that the Director may waive fees for charities.</p>"
            "<h3>Reasons:</h3><p>To recover the cost of reinstating the grass.</p></body></html>")
    path = tmp_path / "decision.html"
    path.write_text(page, encoding="utf-8")
    decision = next(s for s in split(str(path)) if s.kind == "resolution")
    assert decision.title == "Decision: Fees for park events 2025"
    assert decision.text.rstrip().endswith("may waive fees for charities.") and "grass" not in decision.text


def test_a_decision_in_a_numbered_list_keeps_its_numbers(tmp_path):
    path = tmp_path / "ieDecisionDetails.html"
    page = MODERNGOV_DECISION_PAGE.format(
        site="| Westshire County Council", status="Implemented", meeting="", reasons="",
        maker='<p><span class="mgLabel">Decision Maker: </span>Cabinet Member for Education</p>')
    page = page.replace("<p>The Cabinet Member agreed to award the contracts for 142 school transport routes for three years\n"
                        "from 1 September 2025, with an option to extend them by two years.</p>",
                        "<p>The Cabinet Member:</p><ol><li>awards the contracts for 142 routes;</li>"
                        "<li>delegates the extensions to the Director of Education.</li></ol>")
    path.write_text(page, encoding="utf-8")
    decision = next(s for s in split(str(path)) if s.kind == "resolution")
    assert "(1) awards the contracts for 142 routes;" in decision.text
    assert "(2) delegates the extensions" in decision.text


def test_a_moderngov_notice_of_a_decision_to_be_taken_is_no_decision(tmp_path):
    path = tmp_path / "ieDecisionDetails.html"
    path.write_text(MODERNGOV_DECISION_PAGE.format(
        site="| Westshire County Council", status="For Determination", meeting="", reasons="",
        maker='<p><span class="mgLabel">Decision Maker: </span>Cabinet Member for Education</p>'), encoding="utf-8")
    segs = split(str(path))
    assert segs and not any(s.kind == "resolution" for s in segs)
    assert {s.meeting_date for s in segs} == {None}


@pytest.mark.parametrize("title, heading", [
    ("Minutes of Planning Committee, Tuesday 4 March 2025", "<h1>Minutes</h1>"),
    # CMIS titles a meeting's page "Meeting of ..." with a numeric date and the time, and
    # heads the minutes on the page.
    ("Meeting of Planning Committee, 04/03/2025 18:00 - CMIS", "<h2>Minutes</h2>"),
    # A site's own wording of the title, and a title naming only the site, the meeting in
    # the page's headings.
    ("Agenda and minutes - Planning Committee, Tuesday, 4th March, 2025 6.30 pm | Eastvale District Council",
     "<h1>Minutes</h1>"),
    ("Eastvale District Council - Meetings",
     "<h1>Agenda and minutes</h1><h2>Planning Committee - Tuesday, 4th March, 2025 6.30 pm</h2><h2>Minutes</h2>"),
    # Minutes not yet approved.
    ("Agenda and draft minutes - Planning Committee, Tuesday, 4th March, 2025 6.30 pm", "<h1>Minutes</h1>"),
])
def test_a_minutes_page_named_only_in_its_title(tmp_path, title, heading):
    page = (f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
            "<div role='banner'>Eastvale District Council</div>"
            f"{heading}<p>Present: Councillors A. Patel (Chair), B. Jones, C. Smith, D. Evans</p>"
            "<h3>45. Apologies for absence</h3><p>Apologies were received from Councillor Brown.</p>"
            "<h3>46. Declarations of interest</h3><p>There were no declarations of interest.</p>"
            "<h3>47. Appeals decided</h3><p>The Committee noted the appeal decisions received.</p>"
            "<p>RESOLVED: That the report be noted.</p></body></html>")
    path = tmp_path / "minutes.html"
    path.write_text(page, encoding="utf-8")
    segs = split(str(path))
    assert [(s.minute, s.title) for s in segs if s.kind == "minute"] == [
        ("45", "Apologies for absence"), ("46", "Declarations of interest"), ("47", "Appeals decided")]
    assert {(s.body, s.meeting_date) for s in segs} == {("Planning Committee", dt.date(2025, 3, 4))}
    assert [s.minute for s in segs if s.kind == "resolution"] == ["47"]


# Minutes printed as a table, one row an item: the minute's number alone in its cell, the
# title (a planning application's number and site) and the text. The meeting is named in
# the minutes header above the table.
PLANNING_TABLE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Planning Committee - Minutes - Eastvale District Council</title></head>
<body>
<h1>Planning Committee</h1>
<p>Minutes of a meeting of the Planning Committee held in the Council Chamber, Eastford on Tuesday, 4 March 2025 at 6.00 pm.</p>
<p>Present: Councillors A. Patel (Chair), B. Jones, C. Smith, D. Evans</p>
<table class="minutes">
<tr><th>Minute</th><th>Item</th><th>Minutes</th></tr>
<tr><td>45</td><td>Apologies for absence</td><td><p>Apologies were received from Councillor Brown.</p></td></tr>
<tr><td>46</td><td>Declarations of interest</td><td>Councillor Smith declared a personal interest in item 47.</td></tr>
<tr><td>47</td><td>24/01234/FUL - Land at Mill Lane, Eastford</td><td>
<p>The Committee considered an application for 40 dwellings with access from Mill Lane.</p>
<p>RESOLVED: That planning permission be granted subject to the conditions in the report.</p></td></tr>
<tr><td>48</td><td>24/00987/OUT<br>Former Depot, Station Road, Westford</td><td>
<p>The Committee considered an outline application for up to 120 dwellings.</p>
<p>RESOLVED: That planning permission be refused for the reasons set out in the report.</p></td></tr>
<tr><td>49</td><td>Appeals decided</td><td><p>The Committee noted the appeal decisions received since the last meeting.</p></td></tr>
</table>
<p>The meeting closed at 8.15 pm</p>
</body></html>
"""


def test_minutes_printed_as_a_table_with_planning_applications(tmp_path):
    path = tmp_path / "planning-minutes.html"
    path.write_text(PLANNING_TABLE_PAGE, encoding="utf-8")
    segs = split(str(path))
    minutes = [s for s in segs if s.kind == "minute"]
    assert [(m.minute, m.title) for m in minutes] == [
        ("45", "Apologies for absence"), ("46", "Declarations of interest"),
        ("47", "24/01234/FUL - Land at Mill Lane, Eastford"),
        ("48", "24/00987/OUT Former Depot, Station Road, Westford"), ("49", "Appeals decided")]
    assert {(m.body, m.meeting_date) for m in minutes} == {("Planning Committee", dt.date(2025, 3, 4))}
    resolutions = [s for s in segs if s.kind == "resolution"]
    assert [(r.minute, r.parent) for r in resolutions] == [("47", minutes[2].id), ("48", minutes[3].id)]
    assert "refused" in resolutions[1].text and "granted" not in resolutions[1].text


def test_an_item_titled_by_an_application_number():
    # A title opening with a planning application's number (not a capital) is a title:
    # the item is not run into the one before.
    text = ("Minutes of a meeting of the Planning Committee held on Tuesday, 4 March 2025.\n\n"
            "Present: Councillors A. Patel (Chair), B. Jones\n\n46.\n\nDeclarations of interest\n\n"
            "There were none.\n\n47.\n\n24/01234/FUL - Land at Mill Lane, Eastford\n\n"
            "RESOLVED: That planning permission be granted.\n\n48.\n\n24/00987/OUT\nFormer Depot, Station Road\n\n"
            "RESOLVED: That planning permission be refused.\n")
    minutes = [s for s in _split(text) if s.kind == "minute"]
    assert [(m.minute, m.title) for m in minutes] == [
        ("46", "Declarations of interest"), ("47", "24/01234/FUL - Land at Mill Lane, Eastford"),
        ("48", "24/00987/OUT Former Depot, Station Road")]


@pytest.mark.parametrize("cover, body, date", [
    # Kent's monitoring reports: the title, the Cabinet Member, "To Cabinet – <date>".
    ("Finance Monitoring Report\n\nAs at November 2024-25 – Quarter 3\n\n"
     "By Deputy Leader and Cabinet Member for Finance, Peter Oakford\nCorporate Directors\n"
     "To Cabinet – 30 January 2025\nUnrestricted\n", "Cabinet", dt.date(2025, 1, 30)),
    # An answer to a question put at a meeting, headed by the body over the date.
    ("Question 1\n\nCOUNTY COUNCIL\n\nThursday 13 March 2025\n\n"
     "Question by Paul Stepto to Rory Love, Cabinet Member for Education and Skills\n",
     "County Council", dt.date(2025, 3, 13)),
])
def test_a_papers_cover_names_its_meeting(cover, body, date):
    text = cover + ("\nThe forecast revenue overspend has fallen since the last report to the Cabinet, and the "
                    "directorates are asked to hold their spending within the budgets they were given.\n") * 3
    segs = _split(text)
    assert segs and {(s.body, s.meeting_date) for s in segs} == {(body, date)}, [(s.title, s.body) for s in segs]


def test_a_date_in_a_papers_text_is_no_meeting():
    # Not a cover: a body's name and a date in the text of an undated appendix.
    text = ("Appendix B - Reserves Policy\n\nThe reserves were reviewed by the Governance and Audit Committee, "
            "which met on 13 March 2025, and will be reviewed again next year.\n\n"
            "Reserves are held for known risks and for emergencies.\n")
    assert {s.meeting_date for s in _split(text)} == {None}


@pytest.mark.parametrize("after", [
    "Louise Gavin\nPeople Strategy Adviser\n03000 416135\n\nAppendix 1.\n",
    "4. Contact details\n\nMatthew Wagner\nChief Analyst\nTelephone: 03000 416559\n",
    "Appendices\nAppendix 1 – Executive Response\nAppendix 2 – Full call-in submission\n",
    "6. Relevant Director:\nDavid Whittle\nDirector of Strategy\n",
    # A budget report's reminder to the members deciding it, which every such report prints.
    "Cabinet Members are reminded that Section 106 of the Local Government Finance Act\n1992 applies to any "
    "meeting where consideration is given to the calculation of Council Tax.\n\n"
    "Any Member of a Local Authority who is liable to pay Council Tax, and who has any\nunpaid Council Tax "
    "amount overdue for at least two months, must declare the fact.\n",
])
def test_recommendations_end_before_the_reports_contacts_and_appendices(after):
    text = ("From: Leader of the Council\n\nTo: County Council\n\nDate: 13 March 2025\n\n"
            "Subject: Pay Policy Statement 2025/26\n\n1. Introduction\n\n"
            "1.1 The Localism Act requires the Council to publish a pay policy statement each year.\n\n"
            "2. Recommendation\n\n2.1 County Council endorses the attached Pay Policy Statement.\n\n" + after)
    rec = next(s for s in _split(text) if s.kind == "recommendation")
    assert rec.text.rstrip().endswith("endorses the attached Pay Policy Statement."), rec.text


@pytest.mark.parametrize("heading, is_recommendation", [
    ("3. Recommendations to Cabinet", True),
    ("3. Recommendation for decision", True),
    # A consultant's appraisal printed as an appendix: its advice, not the report's asks.
    ("1.9. Recommendations for Mitigating Adverse Effects", False),
])
def test_a_recommendations_heading_names_a_body_or_a_decision(heading, is_recommendation):
    text = ("From: Cabinet Member for Environment\n\nTo: Cabinet\n\nDate: 4 March 2025\n\n"
            "Subject: Minerals and Waste Local Plan\n\n1. Introduction\n\n"
            "1.1 The plan sets out where minerals may be worked in the county until 2039.\n\n"
            f"{heading}\n\nThe plan should require screening and planting where quarries are near homes, "
            "and the sites should be restored to farmland.\n")
    assert any(s.kind == "recommendation" for s in _split(text)) == is_recommendation


@pytest.mark.parametrize("year, date", [("2024", dt.date(2024, 12, 13)), ("2025", None)])
def test_minutes_dated_after_the_meeting_their_paper_is_for_are_undated(year, date):
    # The paper goes to the Council on 13 March 2025: its minute extract cannot be of a
    # meeting in December 2025 (a misprinted year).
    text = ("Governance Update Appendix 1 – County Council 13 March 2025\n\n"
            f"Minute extract from the Selection and Member Services Committee – 13 December {year}\n\n"
            "Item 6 – Governance Working Party Updates\n\n"
            "The Governance Working Party Updates paper was presented by the Chair of the working party.\n\n"
            "RESOLVED that the recommendations of the Governance Working Party be endorsed.\n")
    segs = [s for s in _split(text) if s.kind in ("minute", "resolution")]
    assert segs and {(s.body, s.meeting_date) for s in segs} == {("Selection and Member Services Committee", date)}, \
        [(s.kind, s.title, s.body, s.meeting_date) for s in _split(text)]


def test_a_short_form_between_two_forms_keeps_its_own_lines():
    # Forms printed one a page, the last line of the first alone (a fragment) before the
    # next: the fragment joins its form, and no segment also spans the form's lines.
    def form(name, words):
        return (f"\n\nBudget Amendment Form\nAmendment Name: {name}\nProposer: Mark Hood Seconder: Barry Lewis\n\n"
                + " ".join(words for _ in range(3)) + "\n")
    pages = ["APPENDIX F: 2025-28 LABOUR GROUP ALTERNATIVE BUDGET - RESERVES\n\n"
             + " ".join(f"Line {n} of the reserves table, with the drawdowns for the year." for n in range(20)) + "\n",
             form("Home to School Transport Feasibility Study",
                  "Allocate up to 75k from the money earmarked for general reserves to fund a study.")
             + "\n£75k\n\nReduce Contribution to General Reserves\n\n",
             form("LEVI capital funding", "Use the capital receipts to fund chargers for electric vehicles across Kent.")]
    lines = clean(ExtractedPaper("amendments.pdf", pages, paged=True))
    segs = [s for s in split_lines(lines, "amendments.pdf", "key") if s.parent is None]
    spans = sorted(s.lines for s in segs)
    assert all(b1 < a2 for (a1, b1), (a2, b2) in zip(spans, spans[1:])), [(s.title, s.lines) for s in segs]
    home = next(s for s in segs if "Home to School" in s.title)
    assert home.text.rstrip().endswith("Reduce Contribution to General Reserves")


@pytest.mark.parametrize("outcome", [
    "That planning permission be GRANTED subject to the conditions in the report.",
    "That the application be REFUSED because of the harm to the conservation area.",
    "Consideration of this application was DEFERRED to allow a site visit.",
])
def test_a_planning_committees_outcome_is_its_decision(outcome):
    # Planning minutes often print the outcome, in capitals, with no "RESOLVED" before it.
    text = ("Minutes of a meeting of the Planning Committee held on 6 March 2025\n\n"
            "Present: Councillors Adeleke (Chair), Birch and Chen\n\n"
            "102. 24/02877/FUL - Land rear of 14-18 Cotterells\n\n"
            "The case officer reported two further objections about overlooking.\n\n"
            f"{outcome}\n\n103. Appeals update\n\nThe committee noted the appeal decisions received.\n")
    decisions = [s for s in _split(text) if s.kind == "resolution"]
    assert [(d.minute, d.text) for d in decisions] == [("102", outcome)]


def test_a_reports_recommendations_carry_the_number_of_the_decision_it_asks_for():
    text = ("From: Cabinet Member for Integrated Children's Services\n\nTo: Cabinet\n\nDecision No: 24/00093\n\n"
            "Subject: Commissioned Family Hub Contracts\n\nDate: 30 January 2025\n\n1. Introduction\n\n"
            "1.1 The contracts for two family hubs end on 31 March 2025 and are not to be renewed.\n\n"
            "2. Recommendation\n\nThe Cabinet Member is asked to APPROVE the proposal not to re-commission the services.\n")
    recs = [s for s in _split(text) if s.kind == "recommendation"]
    assert [r.minute for r in recs] == ["24/00093"]


def test_a_section_holding_several_numbered_items_says_which():
    # An agenda's items are short and are joined into one section until it is long
    # enough: its title says it holds items 9 to 11, not item 9 alone.
    text = ("COUNTY COUNCIL – 13 MARCH 2025\n\nAGENDA\n\n"
            "9. Review of Decision 24/00093 - Commissioned Family Hubs\n\n(Pages 31 - 190)\n\n"
            "10. Armed Forces Covenant - Annual Report\n\n(Pages 191 - 222)\n\n"
            "11. Devolution and Local Government Reorganisation Update\n\n(Pages 223 - 244)\n")
    titles = [s.title for s in _split(text)]
    assert any(t.endswith("9–11. Review of Decision 24/00093 - Commissioned Family Hubs; Armed Forces Covenant - "
                          "Annual Report; Devolution and Local Government Reorganisation Update") for t in titles), titles


def test_a_section_of_several_items_is_titled_by_each_items_whole_name():
    # Each item's name as printed, wrapped over lines ("... Future of Commissioned
    # Services" / "at Seashells and Millmead Family Hubs"), without its pages: a hit on
    # the Seashells item is not titled by the performance report's name alone.
    text = ("CABINET – 4 MARCH 2025\n\nAGENDA\n\nUNRESTRICTED ITEMS\n\n"
            "6. Quarterly Performance Report, Q3 2024-2025 (Pages 25 - 100)\n"
            "7. Cabinet Reconsideration of Decision 24/00093 - Future of Commissioned Services\n"
            "at Seashells and Millmead Family Hubs (Pages 101 - 104)\n"
            "8. Home to School Transport - Presentation\n"
            "EXEMPT ITEMS\n(At the time of preparing the agenda there were no exempt items.)\n")
    titles = [s.title for s in _split(text)]
    assert any(t.endswith("6–8. Quarterly Performance Report, Q3 2024-2025; Cabinet Reconsideration of Decision "
                          "24/00093 - Future of Commissioned Services at Seashells and Millmead Family Hubs; Home to "
                          "School Transport - Presentation") for t in titles), titles


def test_numbered_paragraphs_joined_are_titled_by_the_first_alone():
    # Numbered paragraphs are not items with names: their first lines run on into their
    # text, and the section says only which paragraphs it holds.
    text = ("Inspector's Report\n\n13. Sand and Gravel\n\n"
            "14. The Plan allocates two sites for sharp sand\n"
            "and gravel, which together meet the need\n"
            "identified over the plan period, as the\n"
            "evidence base shows.\n\n"
            "15. The Council has shown that the landbank\n"
            "will be maintained at seven years, and that\n"
            "no further allocation is needed for soft\n"
            "sand over the same period.\n")
    titles = [s.title for s in _split(text)]
    assert titles == ["Inspector's Report: 13–15. Sand and Gravel"], titles


_CABINET_MINUTES_BY_YEAR = ("Thornbury Vale Council\n\nMinutes of the meeting of the Cabinet held on Thursday 13 February 2025 "
                            "at 10.00 am in the Council Chamber\n\nPresent:\nCouncillor M Hardy (Leader of the Council)\n\n"
                            "{n}123 Apologies for Absence\nThere were no apologies.\n\n"
                            "{n}124 Revenue Budget 2025/26\nThe Deputy Leader introduced the report.\n"
                            "RECOMMENDED to Council that:\n(a) the net revenue budget for 2025/26 of £318.6m be approved;\n"
                            "(b) a council tax increase of 4.99% be approved.\n"
                            "RESOLVED: That Cabinet notes the outcome of the budget consultation.\n\n"
                            "{n}125 Home to School Transport Policy\nThe Cabinet Member presented the report. After debate, "
                            "the Cabinet RESOLVED that the revised policy be adopted from September 2025.\n")


def test_minutes_numbered_after_the_municipal_year_and_a_recommendation_to_council():
    segs = _split(_CABINET_MINUTES_BY_YEAR.format(n="2024/25/"))
    assert [(s.minute, s.title) for s in segs if s.kind == "minute"] == [
        ("2024/25/123", "Apologies for Absence"), ("2024/25/124", "Revenue Budget 2025/26"),
        ("2024/25/125", "Home to School Transport Policy")]
    decisions = [(s.kind, s.minute) for s in segs if s.kind in ("resolution", "recommendation")]
    # "RECOMMENDED to Council that:" is the Cabinet's recommendation to the Council; "...,
    # the Cabinet RESOLVED that ..." after the debate, on the same line, its decision.
    assert decisions == [("recommendation", "2024/25/124"), ("resolution", "2024/25/124"),
                         ("resolution", "2024/25/125")], decisions


@pytest.mark.parametrize("to", ["Coldharbour District Council and Rushmere Borough Council", "both Councils",
                                "Kent County Council, Medway Council and Swale Borough Council",
                                "the constituent authorities", "the Cabinet Member for Homes"])
def test_a_joint_committees_recommendation_to_its_councils(to):
    # A joint committee recommends to its councils by name, or together; before, only to
    # one body ("RECOMMENDED to Council that:"), and the recommendation was lost.
    text = _CABINET_MINUTES_BY_YEAR.format(n="").replace("RECOMMENDED to Council that:", f"RECOMMENDED to {to} that:")
    decisions = [(s.kind, s.minute) for s in _split(text) if s.kind in ("resolution", "recommendation")]
    assert decisions[0] == ("recommendation", "124"), decisions


@pytest.mark.parametrize("header, body, council", [
    # A parish's minutes that report a flood "to the County Council" are the parish's.
    ("Brampton Magna Parish Council\n\nMINUTES OF THE ANNUAL PARISH COUNCIL MEETING HELD ON MONDAY 12TH MAY 2025",
     "Parish Council", "Brampton Magna Parish Council"),
    # A long body's name over the minutes' header.
    ("Westshire County Council\nChildren and Young People Overview and Scrutiny Committee\n\n"
     "Minutes of the meeting held on Tuesday 28 January 2025",
     "Children and Young People Overview and Scrutiny Committee", "Westshire County Council"),
])
def test_a_minutes_body_and_council_from_its_letterhead(header, body, council):
    text = (f"{header}\n\nPresent: Councillors T Appleby, K Burrows\n\n1. Flooding\n\n"
            "The Clerk was asked to report the flooding on Mill Lane to the County Council as Lead Local Flood Authority.\n\n"
            "2. Precept\n\nRESOLVED: That the precept for 2025/26 be £42,000.\n")
    minutes = [s for s in _split(text) if s.kind == "minute"]
    assert minutes and {(m.body, m.council) for m in minutes} == {(body, council)}


def test_a_title_does_not_run_on_into_the_sentence_below_it():
    text = ("Minutes of a meeting of the Scrutiny Committee held on 28 January 2025\n\nPresent: Councillor A Smith\n\n"
            "Minute 47 Matters arising\nNone.\n\n"
            "Minute 48 Special Educational Needs Sufficiency Strategy\nThe Head of SEND presented the report. She said that:\n"
            "1. the number of plans had risen;\n2. 38% were issued within 20 weeks.\n")
    titles = [s.title for s in _split(text) if s.kind == "minute"]
    assert titles == ["Matters arising", "Special Educational Needs Sufficiency Strategy"], titles


def test_a_decision_ends_where_the_next_lettered_matter_begins():
    text = ("Minutes of a meeting of the Planning and Environment Committee held on 18 February 2025\n\n"
            "Present: Councillor A Smith\n\n"
            "PE 91/24 Public forum\nA member of the public spoke.\n\n"
            "PE 92/24 Planning applications\n(a) 25/00061/HOU – 7 Cliff Road: loft conversion with rear dormer.\n"
            "RESOLVED: No objection.\n(b) 25/00077/FUL – The Beach Kiosk, Marine Parade: extension.\n"
            "Members considered the loss of part of the promenade.\nRESOLVED: To object.\n\n"
            "PE 93/24 FINANCE\n(a) Payments\nRESOLVED: That the payments listed be approved.\n(b) Bank reconciliation\n"
            "The bank reconciliation was noted.\n")
    decisions = [s for s in _split(text) if s.kind == "resolution"]
    assert [(d.title.split(" – ")[-1], d.text) for d in decisions] == [
        ("25/00061/HOU", "RESOLVED: No objection."), ("25/00077/FUL", "RESOLVED: To object."),
        ("Resolution: FINANCE", "RESOLVED: That the payments listed be approved.")], [(d.title, d.text) for d in decisions]


def test_a_decision_recorded_after_its_discussion_on_the_next_line_is_its_own():
    text = ("Minutes of the Annual Meeting of the Parish Council held on 12 May 2025\n\nPresent: Cllrs T Appleby, K Burrows\n\n"
            "25/47 ANNUAL GOVERNANCE AND ACCOUNTABILITY RETURN\n"
            "(a) Resolved: that the Accounting Statements be approved and signed by the Chair.\n"
            "(b) The Council is exempt from external audit as its income is below £25,000; Resolved: that the "
            "Certificate of Exemption be signed.\n\n25/48 DATE OF NEXT MEETING\nThe next meeting is on 9 June 2025.\n")
    decisions = [s.text for s in _split(text) if s.kind == "resolution"]
    assert len(decisions) == 2 and decisions[1].startswith("(b) The Council is exempt"), decisions


@pytest.mark.parametrize("header, date", [
    # The body named over the date on the next line.
    ("Bristol City Council\nMinutes of the Cabinet\n4 March 2025 at 4.00 pm", dt.date(2025, 3, 4)),
    # A date as formal minutes write it.
    ("Bristol City Council\nMinutes of a meeting of the Cabinet held at City Hall on the 3rd day of March 2025",
     dt.date(2025, 3, 3)),
])
def test_minutes_headers_in_other_shapes(header, date):
    text = (f"{header}\n\nMembers Present:\nCouncillor Tony Dyer (Chair)\n\n"
            "1 Welcome and Safety Information\nThe Chair welcomed everyone.\n\n"
            "2 Apologies for Absence\nNone.\n\n3 Heat Network Expansion\nThe Cabinet Member presented the report.\n"
            "RESOLVED: That the expansion be approved.\n")
    segs = _split(text)
    assert [(s.minute, s.title) for s in segs if s.kind == "minute"] == [
        ("1", "Welcome and Safety Information"), ("2", "Apologies for Absence"), ("3", "Heat Network Expansion")]
    assert {(s.body, s.meeting_date) for s in segs if s.kind in ("minute", "resolution")} == {("Cabinet", date)}


@pytest.mark.parametrize("item, decision, kind", [
    # "Item 89 - Title"; a decision under a numbered paragraph.
    ("Item 89 - Community Risk Management Plan", "89.2 RESOLVED that the plan be approved.", "resolution"),
    # A motion carried, in lower case.
    ("89. Community Risk Management Plan",
     "Proposed by Cllr Ellis, seconded by Cllr Whitlock, and resolved that the plan be approved.", "resolution"),
    # A committee's recommendations, a label over their parts.
    ("89. Community Risk Management Plan", "5. RECOMMENDATIONS:\n\n(a) That the Authority approve the plan.",
     "recommendation"),
    # A hearing's decision.
    ("89. Application for a Premises Licence", "The Sub-Committee has decided to grant the application, subject "
     "to the conditions the police proposed, which the applicant will approve.", "resolution"),
    # The stem alone, the key decision's marker, then the decision; and the stem alone
    # over a planning outcome.
    ("89. Community Risk Management Plan", "RESOLVED\n\nKEY DECISION\n\nThat the plan be approved.", "resolution"),
    ("89. Land at Mill Lane", "Resolved:\n\nThat planning permission be GRANTED subject to conditions.", "resolution"),
])
def test_decisions_in_other_shapes(item, decision, kind):
    text = ("HEREFORD AND WORCESTER FIRE AUTHORITY\n\nMinutes of a meeting of the Fire Authority held on 3 March 2025\n\n"
            "Present: Councillor Jones (Chair)\n\n88. Apologies for Absence\nNone.\n\n"
            f"{item}\n\nThe Chief Fire Officer presented the plan.\n\n{decision}\n\n90. Date of Next Meeting\n\n"
            "The next meeting is on 7 April 2025.\n")
    segs = _split(text)
    found = [(s.kind, s.minute) for s in segs if s.kind in ("resolution", "recommendation")]
    assert found == [(kind, "89")], [(s.kind, s.minute, s.title, s.text) for s in segs]
    # The decision holds its text, not only its stem.
    text = next(s for s in segs if s.kind == kind).text
    assert "approve" in text or "GRANTED" in text, text


def test_a_councils_name_over_two_lines():
    text = ("NORTH NORTHAMPTONSHIRE\nCOUNCIL\n\nMinutes of a meeting of the Executive held on 16 January 2025\n\n"
            "Present: Councillor J Harker (Chair)\n\n140. Minutes\n\nRESOLVED that the minutes be approved.\n")
    assert {s.council for s in _split(text)} == {"North Northamptonshire Council"}


def test_items_numbered_after_their_titles_and_a_recommendation_to_a_cabinet_member():
    text = ("LONDON BOROUGH OF CROYDON\n\nMinutes of a meeting of the Tenant and Leaseholder Panel held on "
            "25 February 2025\n\nPresent: Councillor Ali (Chair)\n\nAPOLOGIES FOR ABSENCE (Item 1)\n\nNone.\n\n"
            "REGINA ROAD ESTATE - REGENERATION UPDATE (Item 2)\n\nThe Panel heard from residents.\n\n"
            "RECOMMENDED to the Cabinet Member for Homes:\n\n1. That a residents' ballot be held.\n\n"
            "DATE OF NEXT MEETING (Item 3)\n\n22 April 2025.\n")
    segs = _split(text)
    assert [(s.minute, s.title) for s in segs if s.kind == "minute"] == [
        ("1", "APOLOGIES FOR ABSENCE"), ("2", "REGINA ROAD ESTATE - REGENERATION UPDATE"), ("3", "DATE OF NEXT MEETING")]
    assert [(s.kind, s.minute) for s in segs if s.kind == "recommendation"] == [("recommendation", "2")]


def test_a_record_of_decisions_dated_on_its_own_line_and_labels_of_recommendations():
    text = ("BRAMLEY BOROUGH COUNCIL\n\nCABINET\n\nRecord of decisions taken at the meeting held on Tuesday 14 January 2025\n\n"
            "Present: Councillor A Smith (Leader)\n\nCAB/71 Apologies for absence\nNone.\n\n"
            "CAB/72 Leisure Centre Review\nThe Cabinet considered the Scrutiny Committee's report.\n"
            "Recommendations to Council:\n1. That the leisure centre be refurbished.\n"
            "2. That the Scrutiny Committee be thanked.\n\n"
            "CAB/73 Waste Strategy\nIt was RESOLVED to RECOMMEND to Full Council:\n(i) that the strategy be adopted.\n")
    segs = _split(text)
    assert [(s.minute, s.body, s.meeting_date) for s in segs if s.kind == "minute"] == [
        ("CAB/71", "Cabinet", dt.date(2025, 1, 14)), ("CAB/72", "Cabinet", dt.date(2025, 1, 14)),
        ("CAB/73", "Cabinet", dt.date(2025, 1, 14))]
    # The parts "1." and "2." of a recommendation are not items; resolving to recommend to
    # the Council is a recommendation.
    assert [(s.kind, s.minute) for s in segs if s.kind in ("resolution", "recommendation")] == [
        ("recommendation", "CAB/72"), ("recommendation", "CAB/73")]


def test_a_committees_letters_and_a_slash_before_the_whole_number():
    # "EX/140": the digits are the number (not a year "/14" and a number "0"), so the
    # first item is found and the numbering runs across a ten.
    text = ("EASTLING DISTRICT COUNCIL\n\nEXECUTIVE\n\nMINUTES of the meeting held on Wednesday 2 April 2025\n\n"
            "Present: Councillor B Lister (Leader, Chair)\n\n"
            + "".join(f"EX/{n} ITEM NUMBER {n}\nThe Executive noted the item.\n\n" for n in range(139, 143)))
    assert [s.minute for s in _split(text) if s.kind == "minute"] == ["EX/139", "EX/140", "EX/141", "EX/142"]


@pytest.mark.parametrize("head, foot", [
    ("CABINET\n\nMINUTES", "Cabinet 12.03.25"),
    # The date between the body and the word "Minutes".
    ("Cabinet\n\nWednesday 12 March 2025, 6.00pm, Council Chamber\n\nMinutes", ""),
])
def test_minutes_headed_by_the_body_alone_dated_by_their_footer(head, foot):
    text = (f"KELSBY BOROUGH COUNCIL\n\n{head}\n\nPresent: Councillor A Mercer (Leader) in the Chair\n\n"
            "101. APOLOGIES FOR ABSENCE\n\nThere were no apologies.\n\n102. ARTS GRANTS\n\n"
            f"RESOLVED: That the grants be awarded.\n\n{foot}\n")
    segs = [s for s in _split(text) if s.kind in ("minute", "resolution")]
    assert [(s.kind, s.minute) for s in segs] == [("minute", "101"), ("minute", "102"), ("resolution", "102")]
    assert {(s.body, s.meeting_date) for s in segs} == {("Cabinet", dt.date(2025, 3, 12))}


@pytest.mark.parametrize("header", [
    "MINUTES OF THE MEETING OF THE\nWEST YORKSHIRE COMBINED AUTHORITY\nHELD ON THURSDAY, 1 FEBRUARY 2024 AT 11.00 AM",
    "Health and Wellbeing Board\nThursday, 1st February, 2024",
])
def test_common_minutes_in_other_headers(header):
    text = (f"{header}\n\nPRESENT: Mayor Tracy Brabin (Chair)\n\n85 Apologies for absence\n\nNone.\n\n"
            "86 Budget 2024/25 and Medium Term Financial Strategy\n\nThe Director presented the budget.\n\n"
            "It was RESOLVED:-\n\nThat the application be REFUSED planning permission for the reasons given.\n\n"
            "87 Grants\n\nRESOLVED to award the following grants:\ni) Roses Theatre - £1,500\n"
            "ii) Tewkesbury Food Bank - £1,000\n\n88 Apologies noted\n\n"
            "Apologies were received from Cllr T Foulger. Resolved to accept the apologies.\n")
    segs = _split(text)
    minutes = [(s.minute, s.title) for s in segs if s.kind == "minute"]
    # (A number without its full stop over a title holding a year is an item.)
    assert minutes == [("85", "Apologies for absence"), ("86", "Budget 2024/25 and Medium Term Financial Strategy"),
                       ("87", "Grants"), ("88", "Apologies noted")], minutes
    decisions = {s.minute: s.text for s in segs if s.kind == "resolution"}
    # A stem alone over a planning outcome is one decision; a list of grants is its parts.
    assert set(decisions) == {"86", "87", "88"} and "REFUSED" in decisions["86"], decisions
    assert decisions["87"].rstrip().endswith("£1,000")
    assert {s.meeting_date for s in segs if s.kind == "minute"} == {dt.date(2024, 2, 1)}
    assert {s.body for s in segs if s.kind == "minute"} <= {"West Yorkshire Combined Authority", "Health and Wellbeing Board"}


def test_a_web_pages_title_names_its_council_though_the_text_names_a_parish(tmp_path):
    page = ("<html><head><title>Agenda and minutes - Planning Committee - Thursday, 10th July, 2025 7.00 pm - "
            "Mid Suffolk District Council</title></head><body><h1>Agenda and minutes</h1>"
            "<p>Planning Committee - Thursday, 10th July, 2025 7.00 pm</p><h2>Minutes</h2>"
            "<p>Present: Councillors A Smith (Chair), B Jones</p><h3>21. Land at Mill Lane</h3>"
            "<p>The Parish Council objected to the application.</p><p>RESOLVED: That permission be refused.</p>"
            "<h3>22. Land at Church Road</h3><p>The Parish Council supported it.</p></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert {s.council for s in split(str(path))} == {"Mid Suffolk District Council"}


def test_minutes_headed_by_the_meetings_fields():
    # "MINUTES" over "Meeting:", "Date:", "Time:", "Venue:", as town councils and
    # licensing sub-committees print them, the members listed under "Members:".
    text = ("ELLSWORTH TOWN COUNCIL\n\nMINUTES\n\nMeeting:     Full Council\nDate:        Monday 10 March 2025\n"
            "Time:        7.00 pm\nVenue:       Council Chamber, The Guildhall\n\n"
            "Members:     Cllr S Marchant (Town Mayor, in the Chair), Cllr D Akers\n\n"
            "TC24/131   Apologies for absence\n\nApologies were received from Cllr K Harvey.\n\n"
            "TC24/132   Allotment rents\n\nIt was RESOLVED that allotment rents rise by 3% from October 2025.\n")
    segs = _split(text)
    assert [(s.minute, s.body, s.meeting_date) for s in segs if s.kind == "minute"] == [
        ("TC24/131", "Town Council", dt.date(2025, 3, 10)), ("TC24/132", "Town Council", dt.date(2025, 3, 10))]
    assert [(s.kind, s.minute) for s in segs if s.kind == "resolution"] == [("resolution", "TC24/132")]
    # Fields of another paper ("Date: 10 March 2025" under a report's "MINUTES" heading
    # with no meeting named) are no header.
    report = ("Report to Cabinet\n\nMINUTES\n\nDate: 10 March 2025\n\nPresent: the minutes are presented "
              "for information.\n")
    assert not [s for s in _split(report) if s.kind == "minute"]


def test_a_board_or_committee_agreeing_records_a_decision():
    # Boards, forums and joint committees record decisions as "The Board agreed to:",
    # "AGREED to recommend to ..." (a recommendation, as "RESOLVED to recommend to" is);
    # the Chair agreeing to write a letter is not the body's decision.
    text = ("HAVERLEIGH COUNCIL\n\nMinutes of a meeting of the Health and Wellbeing Board held on 24 April 2025\n\n"
            "Present: Councillor Ray (Chair)\n\n"
            "HWB.50 CHILDHOOD IMMUNISATION\n\nUptake of the second MMR dose was below target.\n\n"
            "The Board agreed to:\n  •   ask Public Health to develop a catch-up plan, and\n"
            "  •   receive an update in October.\n\n"
            "HWB.51 COST SHARING\n\nThe Board considered the draft agreement.\n\n"
            "AGREED to recommend to the Cabinet that the agreement be signed.\n\n"
            "HWB.52 CORRESPONDENCE\n\nThe Chair agreed to write to the Minister about the grant.\n")
    segs = _split(text)
    decisions = [(s.kind, s.minute, s.text.split("\n")[0]) for s in segs if s.kind in ("resolution", "recommendation")]
    assert decisions == [("resolution", "HWB.50", "The Board agreed to:"),
                         ("recommendation", "HWB.51", "AGREED to recommend to the Cabinet that the agreement be signed.")]
    assert "receive an update in October" in next(s.text for s in segs if s.kind == "resolution")


def test_minute_numbers_that_jump_ahead_where_items_were_minuted_apart():
    # "6-8 (No business)": the numbers jump from 5 to 9, and every minute after the jump
    # had been swallowed by minute 5. A decision's parts numbered "1.", "2." below the
    # jump are still no items.
    text = ("TOLLBRIDGE DISTRICT COUNCIL\n\nMinutes of a meeting of the Council held on 26 February 2025\n\n"
            "Present: Councillor Dee (Chairman)\n\n4     Apologies\n\nNone.\n\n5     Public questions\n\nNo questions had been received.\n\n"
            "6-8   (No business)\n\n9     Recommendations from Cabinet\n\nRESOLVED:\n\n1.    That the budget be "
            "approved.\n\n2.    That the council tax be set.\n\n10    Notices of Motion\n\nThe motion on river "
            "water quality was carried.\n")
    segs = _split(text)
    assert [s.minute for s in segs if s.kind == "minute"] == ["4", "5", "9", "10"]
    assert [s.minute for s in segs if s.kind == "resolution"] == ["9"]


@pytest.mark.parametrize("title, heading, body", [
    # The heading names the papers, the page's title the body.
    ("Overview and Scrutiny Committee | Westbury Vale District Council", "Minutes - Wednesday 12 November 2025",
     "Overview and Scrutiny Committee"),
    ("Minutes | Oakley Green Parish Council", "Minutes of the Parish Council Meeting - 11 November 2025", "Parish Council"),
    ("Hexley Town Council", "Planning Committee Minutes – 17th November 2025", "Planning Committee"),
    # A parish's page titled with the council, the heading straight under the title.
    ("Minutes – 10 June 2025 – Ashby Green Parish Council", "Minutes – 10 June 2025", "Parish Council"),
])
def test_a_minutes_pages_heading_naming_the_papers_with_the_body(tmp_path, title, heading, body):
    page = (f"<html><head><title>{title}</title></head><body><h2>{heading}</h2>"
            "<p>Present: Councillors Fenwick (Chair), Achebe and Collier.</p>"
            "<h3>31. Waste collections</h3><p>RESOLVED that three-weekly collections be trialled.</p>"
            "<h3>32. Date of next meeting</h3><p>10 December 2025.</p></body></html>")
    path = tmp_path / "minutes.html"
    path.write_text(page, encoding="utf-8")
    segs = split(str(path))
    assert [(s.minute, s.body) for s in segs if s.kind == "minute"] == [("31", body), ("32", body)]


def test_an_item_titled_members_interests_is_an_item():
    # "Members' interests" is an agenda's heading; "Members asked ..." is narrative.
    text = ("Planning Committee\nMinutes of the meeting held on Friday 7 March 2025 at 10.00 am at The Old Mill\n\n"
            "Present:     Mr G Thwaite (Chair), Cllr A Bell\n\n"
            "Minute 12/25   Apologies for absence\n\nApologies were received from Cllr T Harker.\n\n"
            "Minute 13/25   Members' interests\n\nNone were declared.\n\n"
            "Minute 14/25   Minutes of the last meeting\n\nThe minutes were agreed.\n\n"
            "Minute 15/25   Camping pods\n\n16. Members asked about traffic on the lane.\n\n"
            "RESOLVED that planning permission be refused.\n")
    assert [s.minute for s in _split(text) if s.kind == "minute"] == ["12/25", "13/25", "14/25", "15/25"]


def test_a_councils_own_minutes_mentioning_the_county_council_once():
    # "Minutes of a meeting of Tollbridge District Council": the district's Council; a
    # motion asking "the County Council" to act names another council once.
    text = ("Minutes of a meeting of Tollbridge District Council held in the Council Chamber on Wednesday, "
            "26 February 2025 at 6.30 pm\n\nPresent: The Chair of the Council (Cllr M Osborne), Cllrs Abbott, "
            "Barlow\n\n1     Apologies for absence\n\nNone.\n\n2     Notices of motion\n\nA motion asking the "
            "County Council to repair the bridge was carried.\n\nRESOLVED that the motion be adopted.\n")
    assert {(s.council, s.body) for s in _split(text)} == {("Tollbridge District Council", "Council")}


def test_a_letterhead_over_the_meeting_line_is_no_meeting_of_its_own():
    # "Penhallow District Council" / "Executive – Thursday 5 December 2024": one meeting,
    # the Executive's; before, the council's name was a meeting of "Council" too.
    text = ("Penhallow District Council\nExecutive – Thursday 5 December 2024\n\nMINUTES OF THE EXECUTIVE\n"
            "Held at Trelissick House, Penhallow at 10.00 am\n\nPresent: Cllr J Trelawny (Leader, Chair)\n\n"
            "EX.41 DECLARATIONS OF INTEREST\n\nNone.\n\nEX.42 MINUTES\n\nRESOLVED that the minutes be approved.\n")
    segs = _split(text)
    assert {(s.body, s.meeting_date) for s in segs if s.body} == {("Executive", dt.date(2024, 12, 5))}


def test_a_letterhead_alone_above_minutes_and_the_signature_below_are_theirs():
    # "LITTLE ASHBY PARISH COUNCIL" / "Minutes of the meeting ...": the council's name is
    # the minutes' header, not a paper of its own with no meeting.
    text = ("LITTLE ASHBY PARISH COUNCIL\n\nMinutes of the Parish Council meeting held on Tuesday 3rd June 2025 "
            "at 7.30pm in the Village Hall\n\nPresent: Cllr M Hebden (Chairman), Cllr J Coles\n\n"
            "061/25 Apologies for absence\nNone.\n\n062/25 Play area\nRESOLVED: to repaint the swings.\n\n"
            # The chairman's signature closes the minutes: it is theirs too.
            "Meeting closed at 9.05pm.\n\nSigned ........................ Chairman    Date ..............\n")
    segs = _split(text)
    assert all(s.body == "Parish Council" and s.meeting_date == dt.date(2025, 6, 3) for s in segs), \
        [(s.kind, s.title, s.body) for s in segs]
    assert segs[0].text.startswith("LITTLE ASHBY PARISH COUNCIL")
    assert {s.council for s in segs} == {"Little Ashby Parish Council"}


def test_a_letterhead_and_the_bodys_name_above_minutes_are_their_header():
    # "KENT COUNTY COUNCIL" / "CABINET" / "MINUTES of a meeting of the Cabinet ...": the
    # letterhead and the body's name open the minutes; before, they were a section of their
    # own, with no meeting, found by searches for the council's name.
    text = ("KENT COUNTY COUNCIL\n\n\nCABINET\n\nMINUTES of a meeting of the Cabinet held in the Council Chamber, "
            "Sessions\nHouse, County Hall, Maidstone on Thursday, 9 January 2025.\n\nPRESENT: Mr R W Gough "
            "(Chairman), Mr N Baker\n\n76. Apologies\n(Item 1)\n\nNo apologies were received.\n")
    segs = _split(text)
    assert segs[0].text.startswith("KENT COUNTY COUNCIL")
    assert {(s.body, s.meeting_date) for s in segs} == {("Cabinet", dt.date(2025, 1, 9))}, \
        [(s.title, s.body) for s in segs]


def test_a_joint_authoritys_letterhead_over_members_listed_with_their_councils():
    # A fire authority's members sit for the councils that appoint them, listed beside
    # their names: the minutes are the authority's, named alone on the first line.
    text = ("                    MERCIAN VALE FIRE AND RESCUE AUTHORITY\n\n"
            "                     MINUTES OF THE MEETING OF THE AUTHORITY\n"
            "             HELD AT FIRE SERVICE HEADQUARTERS, WOLVERSTONE\n"
            "                  ON FRIDAY 21 FEBRUARY 2025 AT 10.30 AM\n\nPRESENT:\n\n"
            "Councillor D Hollis (Chair)                 Mercian Vale County Council\n"
            "Councillor A Prewett (Vice-Chair)           Wolverstone City Council\n"
            "Councillors B Carr, F Ndlovu                Mercian Vale County Council\n"
            "Councillors R Mahmood and J Quinlan         Wolverstone City Council\n\n"
            "45/24    APOLOGIES\n\n         Apologies were received from Councillor C Whitby.\n\n"
            "46/24    PAY POLICY STATEMENT\n\n         RESOLVED that the statement be approved.\n")
    assert {s.council for s in _split(text)} == {"Mercian Vale Fire and Rescue Authority"}


def test_a_decision_notice_is_the_record_of_its_meetings_decisions():
    # "DECISION NOTICE" over the body and "Meeting held on:": the meeting's record, each
    # item's "Decision:" a resolution; the margin's "Key decision" is no part of a title.
    # Before, the notice was three sections with no meeting and no decision.
    text = ("Severn and Arden Combined Authority\n\nDECISION NOTICE\n\nCombined Authority Board\n\n"
            "Meeting held on: Friday 28 March 2025\nDate of publication: Monday 31 March 2025\n\n"
            "The decisions below were taken by the Combined Authority Board at its meeting.\n\n"
            "Item 6    Local Transport Plan 2025-2040: Adoption                        Key decision\n\n"
            "Decision:\n\nThe Combined Authority Board:\n\n1. Adopted the Local Transport Plan 2025-2040.\n\n"
            "Reason for decision: The Combined Authority is the local transport authority.\n\n"
            "Item 7    Adult Skills Fund 2025/26 Allocations                  Not a key decision\n\n"
            "Decision:\n\nThe Combined Authority Board:\n\n1. Approved allocations of £38.6 million.\n\n"
            "Reason for decision: To secure provision for the academic year.\n")
    segs = _split(text)
    assert [(s.kind, s.minute, s.title) for s in segs if s.kind != "section"] == [
        ("minute", "6", "Local Transport Plan 2025-2040: Adoption"),
        ("resolution", "6", "Resolution: Local Transport Plan 2025-2040: Adoption"),
        ("minute", "7", "Adult Skills Fund 2025/26 Allocations"),
        ("resolution", "7", "Resolution: Adult Skills Fund 2025/26 Allocations")], [(s.kind, s.title) for s in segs]
    assert {(s.council, s.body, s.meeting_date) for s in segs} == {
        ("Severn and Arden Combined Authority", "Combined Authority Board", dt.date(2025, 3, 28))}


def test_a_schools_forums_decisions_by_some_members_and_to_recommend():
    # A forum records votes of some of its members ("Decision (maintained primary
    # members):"), and its formula decisions are recommendations to the council.
    text = ("Larkshire Schools Forum\n\nMinutes of the meeting of the Schools Forum held on 16 January 2025\n\n"
            "Present: Mr P Ellison (Chair)\n\n4. Schools block funding formula 2025/26\n\n"
            "4.3 Decision: The Forum agreed to recommend to the Council that the local formula mirror the "
            "national funding formula.\n\n6. De-delegation\n\n"
            "6.2 Decision (maintained primary members): The Forum approved de-delegation for 2025/26.\n")
    decisions = [(s.kind, s.minute) for s in _split(text) if s.kind in ("resolution", "recommendation")]
    assert decisions == [("recommendation", "4"), ("resolution", "6")], decisions


def test_a_decision_agreed_after_discussion_on_the_items_line():
    # "After discussion it was agreed that ...": the outcome of the item's debate, printed on
    # its line as town and parish minutes do; "It was agreed that ..." in passing, inside a
    # paragraph of discussion, is not (a panel's minutes print their RESOLVED apart).
    text = ("Minutes of the Town Council meeting held on Monday 13 January 2025 at 7.00pm\n\n"
            "Present: Cllr A Patel (Mayor)\n\nFC/24/109 Town Hall heating\nMembers discussed the failure of the "
            "boiler. After discussion it was agreed that the Clerk obtain quotations for a heat pump.\n\n"
            "FC/24/110 Youth services\nMembers asked about placements. It was agreed that children should be "
            "placed close to home.\n\nRESOLVED that the report be noted.\n")
    decisions = [(s.minute, s.text.split(". ")[-1][:30]) for s in _split(text) if s.kind == "resolution"]
    assert decisions == [("FC/24/109", "After discussion it was agreed"), ("FC/24/110", "RESOLVED that the report be no")], \
        decisions


def test_an_items_lettered_parts_title_its_decisions():
    # "FC/24/107 Allotments" / "a) Rents for 2025/26" / RESOLVED ... / "b) Water supply at
    # Lower Field site" / ... RESOLVED: the minute is "Allotments"; each decision is named
    # by its part (before: the minute "Allotments a) Rents for 2025/26", its decisions
    # titled by the minute's own number, "– FC/24/107", as if an application's).
    text = ("Minutes of the Town Council meeting held on Monday 13 January 2025 at 7.00pm\n\n"
            "Present: Cllr A Patel (Mayor)\n\nFC/24/106 Precept\nRESOLVED: to set the precept at £412,650.\n\n"
            "FC/24/107 Allotments\na) Rents for 2025/26\nRESOLVED: that allotment rents increase to £52.\n\n"
            "b) Water supply at Lower Field site\nThe Clerk reported on the burst pipe.\n"
            "RESOLVED: to accept the quote of £3,940.\n")
    segs = _split(text)
    assert [(s.kind, s.title) for s in segs if s.minute == "FC/24/107"] == [
        ("minute", "Allotments"), ("resolution", "Resolution: Allotments – Rents for 2025/26"),
        ("resolution", "Resolution: Allotments – Water supply at Lower Field site")], [(s.kind, s.title) for s in segs]


def test_a_body_noting_in_capitals_records_its_decision():
    # "The Authority NOTED the report.": the record of what it decided, as "RESOLVED that
    # the report be noted" is; "The Forum noted the report" in lower case is narrative.
    text = ("Minutes of the meeting of the Fire Authority held on 21 February 2025\n\nPresent: Cllr D Hollis (Chair)\n\n"
            "50/24 HMICFRS inspection\n\nThe Chief Fire Officer presented the report.\n\nThe Authority NOTED the report.\n\n"
            "51/24 Prevention update\n\nThe Authority noted the report and thanked the team.\n")
    assert [s.minute for s in _split(text) if s.kind == "resolution"] == ["50/24"]


def test_a_front_sheet_with_the_meetings_date_and_time_under_its_body():
    # "Public Document Pack" / the committee / "Thursday, 24 April 2025 at 2.00 pm" / the
    # venue, over "AGENDA": that meeting's front sheet (before, no body and no date).
    text = ("Public Document Pack\n\nColdharbour and Rushmere Joint Strategic Planning Committee\n\n"
            "Thursday, 24 April 2025 at 2.00 pm\nCommittee Room 1, Coldharbour District Council Offices\n\n"
            "Membership: Councillors A Barton, E Carew (Chair)\n\nAGENDA\n\n1. Apologies for absence\n"
            "2. Declarations of interest\n3. Joint Local Plan consultation responses (Pages 9 - 40)\n")
    assert {(s.body, s.meeting_date) for s in _split(text)} == {
        ("Coldharbour and Rushmere Joint Strategic Planning Committee", dt.date(2025, 4, 24))}


def test_a_planning_application_report_is_named_by_its_application():
    # A report on one application has no subject line: it is named as the committee's
    # agenda lists it, by the application's reference and site; not by the council's
    # letterhead above it, which is the report's header and no section of its own.
    text = ("HARBURY DISTRICT COUNCIL\n\nPLANNING COMMITTEE - 23 JULY 2025\n\nREPORT OF THE HEAD OF PLANNING\n\n"
            "Application No: 25/00911/OUT\nSite:           Land west of Kingsway Business Park, Harbury\n"
            "Proposal:       Outline application for up to 18,000 sq m of employment floorspace\n"
            "Applicant:      Tarrant Land Promotions Ltd\n\n1. SUMMARY OF RECOMMENDATION\n\n"
            "1.1 That outline planning permission be GRANTED subject to conditions.\n\n"
            "2. SITE AND PROPOSAL\n\n2.1 The 6.2 hectare site is arable land allocated for employment use.\n")
    segs = _split(text)
    assert {s.document for s in segs} == {"25/00911/OUT Land west of Kingsway Business Park, Harbury"}, \
        [(s.kind, s.title) for s in segs]
    assert {(s.body, str(s.meeting_date)) for s in segs} == {("Planning Committee", "2025-07-23")}
    assert [s.kind for s in segs].count("recommendation") == 1


def test_a_minutes_header_dated_on_the_line_above_it():
    # "SCHOOLS FORUM" / "Wednesday, 15 January 2025" / "Minutes of a meeting of the Schools
    # Forum held virtually ...": the header prints no date, the line above does.
    text = ("Larkshire County Council\nSCHOOLS FORUM\n\nWednesday, 15 January 2025\n\n"
            "Minutes of a meeting of the Schools Forum held virtually via Microsoft Teams,\ncommencing at 8.30 am\n\n"
            "Present: Mr P Ellison (Chair), Dr A Nwosu\n\n1 Apologies\n\nNone.\n\n2 High needs block\n\n"
            "RESOLVED that the transfer of 0.5% to the high needs block be agreed.\n")
    segs = _split(text)
    assert [(s.minute, s.body, s.meeting_date) for s in segs if s.kind in ("minute", "resolution")] == [
        ("1", "Schools Forum", dt.date(2025, 1, 15)), ("2", "Schools Forum", dt.date(2025, 1, 15)),
        ("2", "Schools Forum", dt.date(2025, 1, 15))]


@pytest.mark.parametrize("header", [
    "Aire Valley Combined Authority\nThursday, 12 June 2025",
    "Aire Valley Combined Authority\nMinutes of the meeting held on Thursday, 12 June 2025 at Wellgate House",
])
def test_an_authoritys_minutes_headed_by_its_name(header):
    # A combined authority (or a fire or national park authority) meets as itself: its
    # name over the date, or over a header that names no body.
    text = (f"Public Document Pack\n{header}\n\nPresent:\nCllr A Khan (Chair), Cllr B Lowe\n\n1. Apologies\n\nNone.\n\n"
            "2. Bus reform\n\nRESOLVED that the franchising scheme be made.\n")
    segs = _split(text)
    assert [(s.minute, s.body, s.meeting_date) for s in segs if s.kind == "minute"] == [
        ("1", "Aire Valley Combined Authority", dt.date(2025, 6, 12)),
        ("2", "Aire Valley Combined Authority", dt.date(2025, 6, 12))]


def test_a_cmis_meeting_page_with_its_decisions(tmp_path):
    # CMIS: "Meeting Details - <council>" over "Cabinet - Thursday, 20 November 2025 10:00",
    # each item's decision under "Decision" with no colon; before, the page was sections
    # titled "Reason for decision", with no meeting and no decisions.
    page = ("<html><head><title>Meeting Details - Brackenshire County Council</title></head><body>"
            "<h1>Cabinet - Thursday, 20 November 2025 10:00</h1><p>Date:</p><p>20/11/2025</p>"
            "<p>Status:</p><p>Decisions published</p><h2>Agenda Items</h2>"
            "<h3>1 Apologies for Absence</h3><p>To receive any apologies for absence.</p>"
            "<h3>2 Recycling Centres - Opening Hours</h3><h4>Decision</h4>"
            "<p>Cabinet RESOLVED to approve winter opening hours at all eight recycling centres.</p>"
            "<h4>Reason for decision</h4><p>To achieve savings agreed in the budget.</p>"
            "<h3>3 Quarter 2 Monitoring</h3><h4>Decision</h4><p>Cabinet RESOLVED to note the forecast overspend.</p>"
            "</body></html>")
    path = tmp_path / "meeting.html"
    path.write_text(page, encoding="utf-8")
    segs = split(str(path))
    assert [(s.kind, s.minute, s.body, s.meeting_date) for s in segs if s.kind in ("minute", "resolution")] == [
        ("minute", "1", "Cabinet", dt.date(2025, 11, 20)), ("minute", "2", "Cabinet", dt.date(2025, 11, 20)),
        ("resolution", "2", "Cabinet", dt.date(2025, 11, 20)), ("minute", "3", "Cabinet", dt.date(2025, 11, 20)),
        ("resolution", "3", "Cabinet", dt.date(2025, 11, 20))]
    assert "savings" not in next(s.text for s in segs if s.kind == "resolution")


def test_a_decision_pages_title_loses_a_hyphenated_councils_name(tmp_path):
    # The site's name after the decision's title, its own words hyphenated: the decision
    # is titled without it, as it is without "Westshire County Council".
    page = MODERNGOV_DECISION_PAGE.format(
        site="- Newcastle-under-Lyme Borough Council", status="Implemented", meeting="", reasons="",
        maker='<p><span class="mgLabel">Decision Maker: </span>Cabinet Member for Education</p>')
    page = re.sub(r'<h2 class="mgSubTitleTxt">.*?</h2>', "", page)
    path = tmp_path / "ieDecisionDetails.html"
    path.write_text(page, encoding="utf-8")
    decision = next(s for s in split(str(path)) if s.kind == "resolution")
    assert decision.title == "Decision: Award of contracts for school transport routes"


def test_a_page_listing_several_cabinet_member_decisions(tmp_path):
    # A month's decisions of individual Cabinet Members: each its own decision, of its
    # maker and date, numbered by its reference; before, the page was one report with
    # the first decision's maker and date.
    entries = [("PH/2025/041 Award of Community Grants", "Communities and Leisure, Councillor Priya Shah",
                "10 November 2025", "To award community grants totalling £48,250."),
               ("PH/2025/043 Discretionary Rate Relief Policy 2026/27", "Finance, Councillor Alan Birtwhistle",
                "14 November 2025", "To extend 50 per cent relief to not-for-profit sports clubs.")]
    page = ("<html><head><title>Cabinet Member decisions November 2025 | Northmoor Borough Council</title></head>"
            "<body><h1>Cabinet Member decisions November 2025</h1><p>Decisions listed below may be called in.</p>"
            + "".join(f"<h2>{title}</h2><p><strong>Decision maker:</strong> Cabinet Member for {maker}</p>"
                      f"<p><strong>Date of decision:</strong> {date}</p><p><strong>Decision:</strong> {decision}</p>"
                      "<p><strong>Reasons for decision:</strong> The scheme's criteria are met.</p>"
                      for title, maker, date, decision in entries) + "</body></html>")
    path = tmp_path / "decisions.html"
    path.write_text(page, encoding="utf-8")
    decisions = [s for s in split(str(path)) if s.kind == "resolution"]
    assert [(d.minute, d.body, d.meeting_date) for d in decisions] == [
        ("PH/2025/041", "Cabinet Member for Communities and Leisure", dt.date(2025, 11, 10)),
        ("PH/2025/043", "Cabinet Member for Finance", dt.date(2025, 11, 14))]
    assert decisions[1].title == "Resolution: Discretionary Rate Relief Policy 2026/27"
    assert "criteria" not in decisions[1].text


def test_sub_items_title_and_number_their_decisions():
    # "9a", "9b" under minute 9 number and title its decisions; under minute "16/25",
    # "Item 5.2" is the agenda's number: it titles the decision, the minute stays 16/25.
    text = ("TOLLBRIDGE DISTRICT COUNCIL\n\nMinutes of a meeting of the Council held on 26 February 2025\n\n"
            "Present: Councillor Dee (Chairman)\n\n8     Apologies\n\nNone.\n\n"
            "9     Recommendations from Cabinet\n\n9a    Budget 2025/26 and Council Tax\n\n"
            "RESOLVED that the revenue budget for 2025/26 be approved.\n\n"
            "9b    Capital Strategy 2025/26\n\nRESOLVED that the Capital Strategy be approved.\n\n"
            "10    Date of next meeting\n\n23 April 2025.\n")
    decisions = [(s.minute, s.title) for s in _split(text) if s.kind == "resolution"]
    assert decisions == [("9a", "Resolution: Budget 2025/26 and Council Tax"),
                         ("9b", "Resolution: Capital Strategy 2025/26")]
    planning = ("Planning Committee\nMinutes of the meeting held on Friday 7 March 2025\n\nPresent: Mr G Thwaite (Chair)\n\n"
                "Minute 15/25   Apologies\n\nNone.\n\nMinute 16/25   Planning applications\n\n"
                "Item 5.1   NP/HAW/24/0612/FUL – Conversion of roadside field barn to\n"
                "           a local occupancy dwelling, Low Garth Barn\n\n"
                "DECISION: That planning permission be GRANTED.\n\n"
                "Item 5.2   NP/FEL/24/0744/FUL – Siting of 12 camping pods, Fell End Farm\n\n"
                "DECISION: That planning permission be REFUSED.\n\nMinute 17/25   Enforcement\n\nNoted.\n")
    decisions = [(s.minute, s.title) for s in _split(planning) if s.kind == "resolution"]
    assert decisions == [
        ("16/25", "Resolution: NP/HAW/24/0612/FUL – Conversion of roadside field barn to a local occupancy dwelling, "
                  "Low Garth Barn"),
        ("16/25", "Resolution: NP/FEL/24/0744/FUL – Siting of 12 camping pods, Fell End Farm")]


def test_a_minute_extract_with_no_heading_is_titled_by_the_report_it_considered():
    # "Environment and Transport Overview and Scrutiny Committee" / "5th March 2020 -
    # Minutes" over "The Committee received a report on the Leicester Leicestershire
    # Strategic Transport Priorities": the item is the priorities, not the committee.
    text = ("Appendix C\n\nEnvironment and Transport Overview and Scrutiny Committee\n5th March 2020 - Minutes\n\n"
            "The Committee received a report on the Leicester Leicestershire Strategic Transport Priorities. "
            "Arising from the discussion, the following points were noted:\n\ni) a concern about the A46.\n\n"
            "RESOLVED\n\nThat the comments of the Committee be submitted as part of the consultation.\n")
    segs = _split(text)
    assert [(s.kind, s.title) for s in segs if s.kind in ("minute", "resolution")] == [
        ("minute", "Leicester Leicestershire Strategic Transport Priorities"),
        ("resolution", "Resolution: Leicester Leicestershire Strategic Transport Priorities")]


def test_debate_points_numbered_by_the_reports_paragraphs_are_no_jump_of_the_items():
    # "12. Pension fund. Members asked ...", "13. ...": points numbered by the report's
    # paragraphs inside item 5, not minutes 12 and 13 (a regression test of the jump rule).
    text = ("BRACKENFIELD DISTRICT COUNCIL\n\nMinutes of a meeting of the Audit and Governance Committee held on "
            "8 July 2025\n\nPresent: Councillor Hale (Chair)\n\n4. APOLOGIES\n\nNone.\n\n"
            "5. DRAFT STATEMENT OF ACCOUNTS 2024/25\n\nThe following points were raised:\n\n"
            "12. Pension fund. Members asked why the liability had fallen.\n\n"
            "13. Property valuations. The market hall had been revalued.\n\n"
            "RESOLVED that the draft Statement of Accounts be noted.\n\n"
            "6. INTERNAL AUDIT ANNUAL REPORT\n\nRESOLVED that the report be noted.\n\n7. WORK PROGRAMME\n\nNoted.\n")
    assert [s.minute for s in _split(text) if s.kind == "minute"] == ["4", "5", "6", "7"]


def test_another_bodys_agreeing_or_an_opinion_agreed_is_no_decision_of_the_board():
    # In a board's minutes: a scrutiny committee's decision reported, the board agreeing
    # that a presentation was informative, and a forum's own decision are not the
    # board's; "The Board agreed to:" is (a regression test of the rule).
    text = ("WESTMARSH COUNCIL\n\nMinutes of a meeting of the Health and Wellbeing Board held on 26 June 2025\n\n"
            "Present: Councillor Ray (Chair)\n\n11. Health Inequalities\n\nIt was reported that the Scrutiny "
            "Committee had considered the strategy.\nThe Committee agreed that a task and finish group should be "
            "set up.\n\nThe Board agreed that the presentation had been very informative.\n\n"
            "The Board agreed to:\n(a) note the report;\n(b) make healthy weight its priority.\n\n"
            "12. Voluntary Sector Update\n\nMs Khan reported on the Forum's meeting.\n"
            "The Forum agreed to nominate two representatives to the working group.\n")
    decisions = [(s.minute, s.text.split("\n")[0]) for s in _split(text) if s.kind == "resolution"]
    assert decisions == [("11", "The Board agreed to:")]


def test_a_county_letterhead_over_minutes_held_at_a_district_councils_offices():
    # The county's cabinet meets at the district's offices and speaks of "the District
    # Council" twice: its letterhead names its council.
    text = ("Northmoor County Council\n\nMinutes of a meeting of the Cabinet held at Ravensby District Council "
            "Offices on Tuesday, 15 July 2025\n\nPresent: Councillor Hart (Leader)\n\n1. Apologies\n\nNone.\n\n"
            "2. Flood defences\n\nThe works would be delivered on behalf of the District Council, which the "
            "District Council had asked for.\n\nRESOLVED that the works be approved.\n")
    assert {s.council for s in _split(text)} == {"Northmoor County Council"}


def test_cmis_meeting_page_read_though_a_line_sits_under_its_title(tmp_path):
    # A site's name between the title and the meeting's heading; "Decision" labels over
    # decisions worded any way; items "1." then "4." (2 and 3 minuted apart).
    page = ("<html><head><title>Meeting Details - Northfield County Council</title></head><body>"
            "<p class='site-name'>Northfield County Council</p><h1>Cabinet - Thursday, 20 November 2025 10:00</h1>"
            "<h2>Agenda Items</h2><h3>1. Apologies for Absence</h3><p>Apologies were received from Councillor Reid.</p>"
            "<h3>4. Council Tax Base 2026/27</h3><h4>Decision</h4>"
            "<p>Cabinet approved a council tax base of 214,860.4 Band D equivalents.</p>"
            "<h3>5. Highways Contract Extension</h3><h4>Decision</h4><p>Cabinet agreed to extend the contract.</p>"
            "</body></html>")
    path = tmp_path / "meeting.html"
    path.write_text(page, encoding="utf-8")
    segs = split(str(path))
    assert [(s.kind, s.minute, s.body, s.meeting_date) for s in segs if s.kind in ("minute", "resolution")] == [
        ("minute", "1", "Cabinet", dt.date(2025, 11, 20)), ("minute", "4", "Cabinet", dt.date(2025, 11, 20)),
        ("resolution", "4", "Cabinet", dt.date(2025, 11, 20)), ("minute", "5", "Cabinet", dt.date(2025, 11, 20)),
        ("resolution", "5", "Cabinet", dt.date(2025, 11, 20))]
    assert [s.title for s in segs if s.kind == "minute"][1] == "Council Tax Base 2026/27"


def test_listed_decisions_under_a_heading_and_a_forward_plan(tmp_path):
    # A heading over the first listed decision is not its title; a forward plan's items
    # ("Decision due:") are decisions to be taken, not taken.
    def page(heading, entries):
        return (f"<html><head><title>Officer decisions | Penbury Borough Council</title></head><body><h1>{heading}</h1>"
                + "".join(f"<h3>{title}</h3><p>Decision maker: {maker}</p><p>{when}</p><p>Decision: {text}</p>"
                          for title, maker, when, text in entries) + "</body></html>")
    path = tmp_path / "decisions.html"
    path.write_text(page("Decisions published in December 2025", [
        ("Award of grounds maintenance contract", "Director of Environment", "Date of decision: 2 December 2025",
         "To award the contract to Greenway Ltd."),
        ("Sale of land at Fox Lane", "Head of Property", "Date of decision: 9 December 2025", "To sell the land.")]),
        encoding="utf-8")
    decisions = [s for s in split(str(path)) if s.kind == "resolution"]
    assert [(d.title, d.body, d.meeting_date) for d in decisions] == [
        ("Resolution: Award of grounds maintenance contract", "Director of Environment", dt.date(2025, 12, 2)),
        ("Resolution: Sale of land at Fox Lane", "Head of Property", dt.date(2025, 12, 9))]
    path.write_text(page("Forward Plan of Key Decisions", [
        ("Award of waste collection contract", "Cabinet", "Decision due: 9 Apr 2025", "To award the contract."),
        ("Rate Relief Policy 2025/26", "Cabinet Member for Finance", "Decision due: 14 Apr 2025", "To adopt it.")]),
        encoding="utf-8")
    assert not [s for s in split(str(path)) if s.kind in ("minute", "resolution")]


def test_a_report_header_under_the_councils_name_is_no_cover():
    # "Castlebridge Borough Council" / "Report to: Licensing Committee" / "Date: ..." /
    # "Subject: ...": a report of that meeting, titled by its subject; it had been read
    # as a cover titled by its header's fields, with no body and no date.
    text = ("Agenda Item 4\n\nCastlebridge Borough Council\n\nReport to:   Licensing Committee\nDate:        21 July 2025\n"
            "Report of:   Licensing Manager\nSubject:     Review of Statement of Gambling Policy 2026-2029\n\n"
            "1. Purpose\n\n1.1 The Gambling Act 2005 requires the Council to publish a statement every three years.\n\n"
            "2. Recommendation\n\n2.1 That the Committee approves the draft statement for consultation.\n")
    reports = [s for s in _split(text) if s.kind == "report"]
    assert {(s.body, s.meeting_date, s.document) for s in reports} == {
        ("Licensing Committee", dt.date(2025, 7, 21), "Review of Statement of Gambling Policy 2026-2029")}


def test_a_text_dumps_lines_are_cited_as_an_editor_counts_them(tmp_path):
    # pdftotext ends each page with a form feed at the start of the next page's first
    # line. A line ends at a newline only: before, each form feed added a line, and every
    # item after it was cited a line lower than the file has it.
    minutes = ("Minutes of the Planning Committee held on 12 March 2025\n\nPresent: Cllr A Patel (Chair)\n\n"
               "PL.91 Apologies\nNone.\n\n 1\n\fPL.92 Land at Mill Lane\nRESOLVED: That permission be REFUSED.\n\n"
               " 2\n\fPL.93 Former depot, Canal Street\nRESOLVED: That the application be deferred.\n")
    path = tmp_path / "planning.txt"
    path.write_text(minutes, encoding="utf-8")
    file_lines = path.read_text(encoding="utf-8").split("\n")
    for seg in split(str(path)):
        if seg.kind == "minute":
            assert file_lines[seg.lines[0] - 1].lstrip("\f").startswith(seg.minute), (seg.minute, seg.lines)


def test_a_running_footer_is_furniture_from_its_first_printing(tmp_path):
    # "Planning Committee 12.03.25" under each page's number: at page 1's foot it is no
    # title (a first printing at a page's top may be), and it must not cut the decision
    # running on over the page in two.
    pages = [
        "Minutes of the Planning Committee held on 12 March 2025\n\nPresent: Cllr A Patel (Chair)\n\n"
        "PL.91 24/02210/HOU - 17 Church View\nRESOLVED: That permission be REFUSED for the following reasons:\n"
        "1. The extension would harm the character of the conservation area.\n",
        "2. The extension would cause a loss of light to the neighbouring property.\n\n"
        "PL.92 Appeal decisions\nRESOLVED: That the report be noted.\n",
        "PL.93 Enforcement update\nRESOLVED: That the report be noted.\n",
        "PL.94 Date of next meeting\nThe next meeting will be held on 9 April 2025.\n",
    ]
    text = "".join(f"{page}\n {n}\nPlanning Committee 12.03.25\n\f" for n, page in enumerate(pages, start=1))
    path = tmp_path / "planning.txt"
    path.write_text(text, encoding="utf-8")
    segs = split(str(path))
    assert not [s.title for s in segs if "12.03.25" in s.title]
    refused = next(s for s in segs if s.kind == "resolution" and s.minute == "PL.91")
    assert "loss of light" in refused.text and "12.03.25" not in refused.text, refused.text


def test_a_web_page_naming_no_council_is_its_sites_councils(tmp_path):
    # A ModernGov meeting page names its council only in the site's logo (and a footer,
    # which is left out): the logo's name is the council, when the words name none.
    page = tmp_path / "minutes.html"
    page.write_text(
        "<html><head><title>Agenda and minutes - Health and Wellbeing Board - Thursday, 23rd January, 2025 2.00 pm"
        "</title></head><body><div id='header'><div class='logo'><a href='/'><img alt='Ashcombeshire County "
        "Council logo' src='logo.png'></a></div></div><div id='modgov'><h1>Agenda and minutes</h1>"
        "<h2>Health and Wellbeing Board - Thursday, 23rd January, 2025 2.00 pm</h2>"
        "<table><tr><td>28.</td><td><p>Apologies for absence</p><p>Apologies were received from Cllr Hart.</p>"
        "</td></tr><tr><td>29.</td><td><p>Better Care Fund</p><p>RESOLVED: That the return be approved.</p>"
        "</td></tr></table></div><div id='footer'><p>Ashcombeshire County Council, County Hall</p></div>"
        "</body></html>", encoding="utf-8")
    segs = split(str(page))
    assert {s.council for s in segs} == {"Ashcombeshire County Council"}, [(s.title, s.council) for s in segs]
    # A logo that names no council ("Home") gives none.
    page.write_text(page.read_text(encoding="utf-8").replace("Ashcombeshire County Council logo", "Home"),
                    encoding="utf-8")
    assert {s.council for s in split(str(page))} == {None}


def test_an_officer_decision_record_page_is_the_offices_decision(tmp_path):
    # "Officer decision record: <title>" heads the page (only "Officer decision:" was
    # read before: the page was sections with no decision), and its maker is the office,
    # not the officer ("Nicola Ashworth, Strategic Director of Communities").
    page = tmp_path / "decision.html"
    page.write_text(
        "<html><head><title>Officer decision record: Household Support Fund 2025/26 | Kilnsey Borough Council"
        "</title></head><body><main><article><h1>Officer decision record: Household Support Fund 2025/26</h1>"
        "<dl><dt>Decision taken by</dt><dd>Nicola Ashworth, Strategic Director of Communities</dd>"
        "<dt>Date of decision</dt><dd>19 February 2025</dd></dl><h2>Decision</h2>"
        "<p>To allocate the Household Support Fund grant of £2,184,460 as follows.</p>"
        "<h2>Reasons for the decision</h2><p>The Department confirmed the allocation.</p></article></main>"
        "</body></html>", encoding="utf-8")
    decisions = [s for s in split(str(page)) if s.kind == "resolution"]
    assert [(s.body, s.meeting_date) for s in decisions] == [
        ("Strategic Director of Communities", dt.date(2025, 2, 19))], [(s.kind, s.title, s.body) for s in split(str(page))]
    assert "allocate the Household Support Fund" in decisions[0].text and "confirmed" not in decisions[0].text


def test_a_time_with_a_full_stop_does_not_end_the_header_before_its_date():
    # "held at 10.00 am on 13 December 2024": the full stop in the time ends no sentence.
    # Surrey prints the agenda item after the title, "[Item 1]": no part of the title, and
    # the title ends there rather than running on into the next line.
    for time in ("10.00 am", "10.00 a.m.", "10:00 am"):
        text = (f"MINUTES of the meeting of the SURREY PENSION FUND COMMITTEE held at {time} on 13 December "
                "2024 at Woodhatch Place, Reigate.\nElected Members:\n* Nick Harrison (Chairman)\n"
                "52/24 APOLOGIES FOR ABSENCE AND SUBSTITUTIONS [Item 1]\nApologies were received from George Potter.\n"
                "53/24 COMMITTEE ACTION TRACKING AND FORWARD PLAN [Item 2]\nSpeakers:\n"
                "Neil Mason, Assistant Director\nRESOLVED:\nThe Committee approved the Forward Plan of Work for 2025.\n")
        minutes = [s for s in _split(text) if s.kind == "minute"]
        assert {(m.body, m.meeting_date) for m in minutes} == {("Surrey Pension Fund Committee", dt.date(2024, 12, 13))}
        assert [(m.minute, m.title) for m in minutes] == [
            ("52/24", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"), ("53/24", "COMMITTEE ACTION TRACKING AND FORWARD PLAN")]


def test_attendance_labelled_in_attendance_and_a_date_field_above_the_header():
    # Hackney's licensing minutes: the date only in a field above the header, and the
    # attendance as "Chair:" / "Councillors in Attendance:" / "Officers in Attendance:".
    text = ("London Borough of Hackney\nLicensing Sub Committee\nDate of Meeting: Thursday 6 February 2025\n\n"
            "Minutes of the proceedings of the Licensing Sub Committee held at Hackney Town Hall,\n"
            "Mare Street, London E8 1EA\n\nChair: Councillor Ifraax Samatar\n"
            "Councillors in Attendance: Councillor Susan Fajana-Thomas and Councillor Steve Race\n"
            "Officers in Attendance: Butta Singh, Licensing Officer\n\n"
            "1 Election of Chair\n1.1 Councillor Samatar was duly elected as Chair for the meeting.\n\n"
            "2 Premises Licence - Bar Nocturne, 118 Kingsland High Street\n"
            "2.1 The Licensing Sub-Committee RESOLVED to grant the application.\n")
    segs = _split(text)
    minutes = [s for s in segs if s.kind == "minute"]
    assert [(m.minute, m.body, m.meeting_date) for m in minutes] == [
        ("1", "Licensing Sub Committee", dt.date(2025, 2, 6)), ("2", "Licensing Sub Committee", dt.date(2025, 2, 6))]
    res = next(s for s in segs if s.kind == "resolution")
    assert res.parent == minutes[1].id and "grant the application" in res.text


def test_minutes_dated_by_a_field_below_the_word_minutes():
    # Cheltenham: "Minutes" under the body's name, then "Meeting date:" and "Meeting time:".
    # Its items' text starts on the line below the title, with no blank line between.
    text = ("Cheltenham Borough Council\n\nAudit, Compliance and Governance Committee\n\nMinutes\n\n"
            "Meeting date:     Wednesday 26 March 2025\n\nMeeting time:     6.00 pm - 7.48 pm\n\n"
            "In attendance:\nCouncillors: Dr David Willingham (Chair), Julie Sankey (Vice-Chair)\n\n"
            "48.    Apologies\n       Apologies were received from Councillor Dilys Barrell.\n\n"
            "49.    Internal Audit Plan 2025/26\n"
            "       The Committee considered the risk-based Internal Audit Plan for 2025/26 of 420\n       days.\n\n"
            "       RESOLVED that the Internal Audit Plan 2025/26 be approved.\n")
    minutes = [s for s in _split(text) if s.kind == "minute"]
    # The title does not run on into the minute's first sentence, though it quotes a name.
    assert minutes[1].title == "Internal Audit Plan 2025/26"
    assert [(m.minute, m.body, m.meeting_date) for m in minutes] == [
        ("48", "Audit, Compliance and Governance Committee", dt.date(2025, 3, 26)),
        ("49", "Audit, Compliance and Governance Committee", dt.date(2025, 3, 26))]


def test_a_members_group_report_is_named_by_the_group():
    # No subject line: the report is named by the group that made it, not "Report".
    text = ("Swindon Borough Council\n\nCabinet\n\n9 April 2025\n\n"
            "Report of the Temporary Accommodation Task and Finish Group\n\nWards affected: All\n\n"
            "1.    Recommendations to Cabinet\n\n1.1   Cabinet is asked to:\n\n"
            "      (a)   thank the Task and Finish Group for its work;\n\n"
            "      (b)   agree to respond to the recommendations within two months.\n\n"
            "2.    Background\n\n2.1   The number of households in temporary accommodation rose.\n")
    segs = _split(text)
    rec = next(s for s in segs if s.kind == "recommendation")
    assert rec.title == "Recommendations: Report of the Temporary Accommodation Task and Finish Group"
    assert (rec.body, rec.meeting_date) == ("Cabinet", dt.date(2025, 4, 9))
    # An officer's report names no subject by its author.
    officer = _split(text.replace("Temporary Accommodation Task and Finish Group", "Director of Housing"))
    assert next(s for s in officer if s.kind == "recommendation").title == "Recommendations: Report"


FORWARD_PLAN = """\
Nottinghamshire County Council

FORWARD PLAN OF KEY AND OTHER EXECUTIVE DECISIONS

For the period 1 April 2025 to 31 July 2025

Ref
Decision to be taken
Decision maker
Expected date of decision
Key decision?
FP/25/041
To approve the award of the contract for the Highways Term Maintenance Service.
Cabinet
17 April 2025
Yes
Report of the Corporate Director, Place
FP/25/043
To approve the Home to School Transport Policy 2026/27 following consultation.
Cabinet Member - Education and SEND
By 30 May 2025
Yes
Report; policy; equality impact assessment
"""


def test_a_forward_plan_holds_no_meetings_and_no_reports():
    # Its rows name decisions to come: "Cabinet" / "17 April 2025" / ... / "Report of the
    # Corporate Director" is no report to a meeting on that date.
    segs = _split(FORWARD_PLAN)
    assert {s.kind for s in segs} == {"section"}
    assert {(s.body, s.meeting_date) for s in segs} == {(None, None)}
    assert segs[0].council == "Nottinghamshire County Council"
    assert "Highways Term Maintenance Service" in " ".join(s.text for s in segs)
    # A decision's page quoting its "Forward plan reference" is still a decision.
    page = ("Key decision: Disposal of land at Harlow Road depot\n\nForward plan reference FP/2025/27\n"
            "Decision maker: Cabinet\nDate of decision: 6 October 2025\n\n"
            "Decision: That the former Harlow Road depot be sold for £3.1 million.\n")
    assert _split(FORWARD_PLAN.replace("FORWARD PLAN OF KEY AND OTHER EXECUTIVE DECISIONS", "Notice of key decisions"))[0].body is None
    decision = next(s for s in _split(page) if s.kind == "resolution")
    assert (decision.body, decision.meeting_date) == ("Cabinet", dt.date(2025, 10, 6))
    # Named by its heading, not by the council's letterhead above it.
    plan = ("Buckinghamshire Council\nCabinet\nKey Decision Plan\nPublished 3 March 2025\n\nDecision\n"
            "Decision maker\nDate of decision\nBus Service Improvement Plan 2025/26\nCabinet\n15 April 2025\n")
    assert {s.title for s in _split(plan)} == {"Key Decision Plan"}


def test_a_hearing_decision_notice_is_dated_by_its_date_of_hearing():
    # The case's fields stand between the body's name and the date; each numbered part
    # is an item whose title ends before its first numbered paragraph.
    text = ("Cornwall Council\nDECISION NOTICE\nHearing Panel of the Standards Committee\n"
            "Complaint reference: COC/24/071\nSubject Member: Councillor Derek Penhale, St Agnes Parish Council\n"
            "Date of hearing: 11 February 2025\nPanel Members: Councillor Loic Rich (Chairman), Councillor Dominic Fairman\n\n"
            "3. Decision on whether the Code of Conduct was breached\n"
            "3.1 Having consulted the Independent Person, the Panel decided that Councillor Penhale\n"
            "failed to comply with paragraphs 1.1 and 3.1 of the Code of Conduct.\n\n"
            "4. Sanctions\n4.1 The Panel decided to recommend to St Agnes Parish Council that he be censured.\n")
    minutes = [s for s in _split(text) if s.kind == "minute"]
    assert [(m.minute, m.title, m.body, m.meeting_date) for m in minutes] == [
        ("3", "Decision on whether the Code of Conduct was breached", "Hearing Panel of the Standards Committee",
         dt.date(2025, 2, 11)),
        ("4", "Sanctions", "Hearing Panel of the Standards Committee", dt.date(2025, 2, 11))]


def test_a_numbered_list_a_decision_introduces_holds_no_items():
    # A licence granted subject to numbered conditions: condition 5 is no minute 5.
    text = ("Minutes of a meeting of the Licensing Sub Committee held at Hackney Town Hall on Thursday 6 February 2025\n\n"
            "Present: Councillors Samatar (Chair), Fajana-Thomas and Race\n\n"
            "4 Application for a New Premises Licence - Bar Nocturne, 118 Kingsland High Street\n"
            "4.1 The Licensing Officer introduced the report.\n"
            "4.6 The Licensing Sub-Committee RESOLVED to grant the application for a new premises\n"
            "licence, subject to the following conditions, in addition to the conditions agreed with\n"
            "the Metropolitan Police:\n"
            "1. The sale of alcohol shall be permitted Sunday to Thursday 12:00 to 23:00.\n"
            "2. The premises shall close to the public 30 minutes after the end of licensable\nactivities.\n"
            "3. After 22:00 alcohol shall only be sold to persons seated.\n"
            "4. No more than 10 smokers shall be permitted outside the premises.\n"
            "5. A dispersal policy shall be in place and all staff shall be trained in it.\n"
            "Reasons for the decision\n"
            "4.7 The Sub-Committee was satisfied that the licensing objectives would be promoted.\n"
            "5 Application to Vary a Premises Licence - Oriental Express, 45 Stoke Newington Road\n"
            "5.1 The application was withdrawn by the applicant and was not considered.\n")
    segs = _split(text)
    minutes = [s for s in segs if s.kind == "minute"]
    assert [(m.minute, m.title.split(" - ")[-1]) for m in minutes] == [
        ("4", "Bar Nocturne, 118 Kingsland High Street"), ("5", "Oriental Express, 45 Stoke Newington Road")]
    res = [s for s in segs if s.kind == "resolution"]
    assert any("A dispersal policy shall be in place" in r.text for r in res)


def test_decisions_in_lettered_parts_start_and_end_with_their_part():
    text = ("Minutes of the Meeting of Great Barton Parish Council held on Tuesday 14th January 2025 at 7.30pm\n\n"
            "Present: Cllr R Mayes (Chairman), Cllr S Lockwood, Cllr A Brewster\n\n"
            "24/158 Finance\n"
            "a) It was RESOLVED to approve the payments listed, totalling £3,961.07.\n"
            "b) Bank reconciliation to 31st December 2024 was received and signed by Cllr Brewster.\n"
            "c) Precept 2025/26: Following consideration of the draft budget circulated by the\n"
            "Clerk, it was proposed by Cllr Lockwood, seconded by Cllr Hardy and RESOLVED\n"
            "unanimously to set the precept for 2025/26 at £58,750.\n"
            "d) Proposed by Cllr Mayes, seconded by Cllr Lockwood, and resolved unanimously that the\n"
            "Council adopt the General Power of Competence.\n\n"
            "24/159 Date of next meeting\nTuesday 11th March 2025.\n")
    res = [s for s in _split(text) if s.kind == "resolution"]
    assert [r.text.split()[0] for r in res] == ["a)", "c)", "d)"]
    assert "Bank reconciliation" not in res[0].text
    assert res[1].text.startswith("c) Precept 2025/26") and res[1].text.endswith("£58,750.")
    assert res[2].text.endswith("General Power of Competence.")


def test_a_headings_colon_is_no_part_of_its_title():
    text = ("From: Chief Executive\nTo: Cabinet, 30 January 2025\nSubject: Commissioning Plan for Education Provision\n\n"
            "1. Introduction\n\n1.1 The plan sets out the places needed in each district over the next four years.\n\n"
            "Recommendation(s):\n\nThe Cabinet is asked to APPROVE the Commissioning Plan for Education Provision.\n")
    titles = [s.title for s in _split(text)]
    assert not any(t.endswith(":") for t in titles), titles
    assert "Commissioning Plan for Education Provision: Recommendation(s)" in titles


def test_a_record_of_decision_inside_a_pack_is_read_as_one_alone():
    # A supplement's letter names the meeting, then the proposed record follows it.
    record = ("KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION\n\nDECISION TO BE TAKEN BY:\nCabinet\n"
              "DECISION NO:\n24/00096\n\nKey decision: YES\n\nSubject Matter / Title of Decision\n"
              "Commissioning Plan for Education Provision in Kent 2025-29\n\nDecision:\n\nCabinet agree to:\n\n"
              "A) the Commissioning Plan for Education Provision in Kent 2025-29\n\nReason(s) for decision:\n\n"
              "Background\n1.1 The County Council is the Strategic Commissioner of Education Provision in Kent.\n")
    letter = ("Ask for: Georgina Little\nDate: 27 January 2025\n\nDear Member\n\nCABINET - THURSDAY, 30 JANUARY 2025\n\n"
              "I am now able to enclose, for consideration, the following document that was unavailable when the\n"
              "agenda was published.\n\nAgenda Item No\n9 24/00096 - Commissioning Plan for Education Provision\n"
              "(Pages 1 - 4)\n\nYours sincerely\n\nBenjamin Watts\nGeneral Counsel\n\n")
    alone = next(s for s in _split(record) if s.kind == "recommendation")
    packed = next(s for s in _split(letter + record) if s.kind == "recommendation")
    for rec in (alone, packed):
        assert rec.title == "Proposed decision 24/00096 – Commissioning Plan for Education Provision in Kent 2025-29"
        assert rec.minute == "24/00096" and rec.body == "Cabinet"


def test_a_list_of_officer_decisions_with_reference_and_subject_fields():
    def record(ref, subject, maker, date, decision):
        return (f"Reference: {ref}\nSubject: {subject}\nDecision maker: {maker}\nDate of decision: {date}\n"
                f"Key decision: No\nDecision: {decision}\nReasons for the decision: As set out in the report.\n"
                + "-" * 60 + "\n")
    text = ("Oxford City Council\n\nRecord of Officer Decisions\n\nDecisions taken by officers under delegated powers, "
            "published for the week ending\nFriday 14 March 2025\n\n" + "-" * 60 + "\n"
            + record("OD/2025/0032", "Temporary closure of Gloucester Green", "Head of Community Services",
                     "11 March 2025", "To approve the temporary closure of Gloucester Green to traffic.")
            + record("OD/2025/0033", "Acquisition of 12 homes at Barton Park",
                     "Executive Director (Communities and People), in consultation with the\n"
                     "Cabinet Member for Housing and Communities", "12 March 2025",
                     "To approve the purchase of 12 homes at Barton Park at a cost of £3,960,000."))
    segs = _split(text)
    decisions = [s for s in segs if s.kind == "resolution"]
    assert [(d.minute, d.body, d.meeting_date) for d in decisions] == [
        ("OD/2025/0032", "Head of Community Services", dt.date(2025, 3, 11)),
        ("OD/2025/0033", "Executive Director (Communities and People)", dt.date(2025, 3, 12))]
    assert "£3,960,000" in decisions[1].text
    assert not any(s.kind == "report" for s in segs)


def test_a_question_put_at_a_meeting_and_its_answer_are_one_section():
    def qa(n, to, answer_sentences):
        return (f"Question {n}\n\nQuestion by Mr Member {n} to {to},\nCabinet Member for Highways and Transport\n\n"
                f"Would the Cabinet Member please tell us how many potholes were repaired in district {n} this year, "
                "what the backlog is, and when the resurfacing programme for the rural roads will begin?\n\n"
                "Answer\n\n" + "The resurfacing programme is planned and the backlog is falling each month. "
                * answer_sentences + "\n\n")
    text = ("COUNTY COUNCIL\n\nThursday 13 March 2025\n\n" + qa(1, "Neil Baker", 8) + qa(2, "Neil Baker", 10)
            + qa(3, "Neil Baker", 60))
    segs = _split(text)
    titles = [s.title.split(": ")[-1] for s in segs if s.kind == "section"]
    assert titles == ["Question 1", "Question 2", "Question 3", "Question 3 – Answer"], titles
    one = next(s for s in segs if s.title.endswith("Question 1"))
    assert "how many potholes" in one.text and "backlog is falling" in one.text
    # An answer too long to share a section with its question keeps one of its own.
    assert "Question 3 – Answer" in titles


# Papers of a regression test of this session's rules (written by a helper session as
# realistic papers of other councils), each a case where a first version of a rule fired
# when it should not.
REGRESSION_PAPERS = {
    'agenda_chair': 'OVERVIEW AND SCRUTINY COMMITTEE\nTuesday 4 February 2025\nChair: Councillor Sarah Hughes\nVice-Chair: Councillor Tom Bell\nMembership: Councillors Ahmed, Baker, Clarke, Dean and Ellis\n\nAGENDA\n\n1. Apologies for absence\n2. Declarations of interest\n3. Minutes of the meeting held on 7 January 2025\n4. Housing Revenue Account Business Plan\n5. Work programme\n',
    'next_meeting_date': 'Swale Borough Council\nStandards Committee\nMinutes\nPresent: Councillors Baldock (Chair), Hampshire and Marchington\nDate of next meeting: Wednesday 16 July 2025\n\n108 Apologies for Absence\nApologies were received from Councillor Gould.\n\n109 Code of Conduct Complaints Update\nRESOLVED: That the update be noted.\n',
    'business_transacted': 'Great Barton Parish Council\n\nMinutes of the Meeting of the Parish Council held on Tuesday 14th January 2025 at 7.30pm\nPresent: Cllr R Mayes (Chairman), Cllr S Lockwood, Cllr A Brewster\nThe Chairman opened the meeting and the following business was transacted:\n1. Apologies for absence\nCllr Hardy sent apologies.\n2. Declarations of interest\nNone.\n3. Minutes of the last meeting\nRESOLVED that the minutes of 10th December 2024 be signed.\n4. Planning\nRESOLVED to support application DC/24/1234/HH.\n',
    'discussion_points': 'Minutes of the Meeting of Hartley Wintney Parish Council held on Monday 13th January 2025 at 7.30pm\n\nPresent: Cllr P Burrows (Chairman), Cllr J Adams, Cllr M Coles, Cllr T Evans\n\n25/10 Village Hall Car Park Resurfacing\nMembers raised the following points:\na) the cost of the scheme was higher than budgeted;\nb) the work should avoid the summer fete.\nFollowing discussion, it was proposed by Cllr Coles, seconded by Cllr Evans and RESOLVED to\naccept the quote from Tarmac Services Ltd for £18,400.\n\n25/11 Date of next meeting\nMonday 10th February 2025.\n',
    'header_time_no_date': 'MINUTES of the meeting of the AUDIT AND STANDARDS COMMITTEE held at 6.30 pm in the Council Chamber, Town Hall, Bexhill-on-Sea\nPresent: Councillors S Errington (Chair), C Bayliss and J Barnes\nAS24/31 MINUTES\nRESOLVED: That the minutes of the meeting held on 23 September 2024 be approved.\n\nAS24/32 APOLOGIES\nApologies were received from Councillor P Osborne.\n',
    'report_lists_prod': 'From: Rory Love, Cabinet Member for Education and Skills\nChristine McInnes, Director of Education\nTo: Cabinet – 30 January 2025\nSubject: 24/00096 - Commissioning Plan for Education Provision in Kent 2025-29\nAppendix A: Proposed Record of Decision\nDecision no: 24/00096\nKey decision: Yes\nClassification: Unrestricted\nElectoral Division: All\n\nSummary: The Commissioning Plan sets out how the Council will meet its duty to provide sufficient school places.\n\nRecommendation(s):\nThe Cabinet is asked to APPROVE the Commissioning Plan for Education Provision in Kent 2025-29.\n\n1. Introduction\n1.1 The County Council is the strategic commissioner of education provision in Kent.\n1.2 Forecasts show demand for 450 more secondary places by 2028.\n\n2. Options\n2.1 The Plan proposes expansion of six secondary schools.\n',
    'bracket_in_title': 'MINUTES of the meeting of the PLANNING COMMITTEE held on Wednesday 15 January 2025 at 6.30 pm in the Council Chamber.\n\nPresent: Councillors A Brown (Chair), C Davis and E Foster\n\nPC/24/89 TREE PRESERVATION ORDER [TPO 12/2024]\nTHE OLD RECTORY, CHURCH ROAD, STAPLEHURST\nRESOLVED: That the Order be confirmed without modification.\n\nPC/24/90 EXCLUSION OF THE PUBLIC [Item 10(a)]\nRESOLVED: That the public be excluded.\n',
}


def test_rules_of_the_regression_test_fire_only_where_meant():
    segs = {name: _split(text) for name, text in REGRESSION_PAPERS.items()}
    # "Chair:" over an agenda's list of items is no attendance list: no minutes.
    assert not any(s.kind in ("minute", "resolution") for s in segs["agenda_chair"])
    # "Date of next meeting:" does not date the minutes it is printed in.
    assert {s.meeting_date for s in segs["next_meeting_date"]} == {None}
    # "... the following business was transacted:" heads the items; it is no list.
    assert [s.minute for s in segs["business_transacted"] if s.kind == "minute"] == ["1", "2", "3", "4"]
    # A decision after the discussion's lettered points starts with its own sentence.
    res = next(s for s in segs["discussion_points"] if s.kind == "resolution")
    assert res.text.startswith("Following discussion")
    # A header with a time and no date does not take the first minute's date.
    assert {s.meeting_date for s in segs["header_time_no_date"]} == {None}
    # A report's field "Appendix A: Proposed Record of Decision" does not start a record.
    report = segs["report_lists_prod"]
    assert {(s.body, s.meeting_date) for s in report} == {("Cabinet", dt.date(2025, 1, 30))}
    assert any(s.kind == "recommendation" for s in report)
    # A bracket that is no agenda item does not end a title: the site's address follows it.
    assert any("THE OLD RECTORY" in s.title for s in segs["bracket_in_title"] if s.kind == "minute")


def test_a_moderngov_list_of_decisions_holds_each_decision(tmp_path):
    # ModernGov's "Decisions" list dates each by the meeting that made it or the day it
    # was published; before, it held no decision, each one under a section titled by
    # the entry above's "Lead officer: ...".
    entry = ("<h2>{title}</h2><p>Decision Maker: {maker}</p>{meeting}<p>Decision published: {published}</p>"
             "<p>Effective from: 22/03/2024</p><p>Decision: {decision}</p><p>Wards affected: (All Wards);</p>"
             "<p>Lead officer: Owen Pritchard</p>")
    html = ("<html><head><title>Decisions - Hollington City Council</title></head><body><h1>Decisions</h1>"
            "<p>Decisions published between 01/03/2024 and 31/03/2024</p>"
            + entry.format(title="* Housing Revenue Account Rent Setting 2024/25", maker="Cabinet",
                           meeting="<p>Made at meeting: 13/03/2024 - Cabinet</p>", published="14/03/2024",
                           decision="Cabinet agreed to increase council housing rents by 7.7% from 1 April 2024.")
            + entry.format(title="Residents' parking zone K - Kingsmead", maker="Cabinet Member for Environment",
                           meeting="", published="19/03/2024",
                           decision="To introduce Residents' Parking Zone K in Kingsmead Avenue.")
            + "</body></html>")
    path = tmp_path / "mgDelegatedDecisions.html"
    path.write_text(html, encoding="utf-8")
    decisions = [s for s in split(str(path)) if s.kind == "resolution"]
    assert [(s.body, s.meeting_date) for s in decisions] == [
        ("Cabinet", dt.date(2024, 3, 13)), ("Cabinet Member for Environment", dt.date(2024, 3, 19))]
    assert "7.7%" in decisions[0].text and "Zone K" in decisions[1].text
    # A decision called in says so, as on a decision's own page.
    path.write_text(html.replace("<p>Effective from: 22/03/2024</p><p>Decision: To introduce",
                                 "<p>Decision status: Called In</p><p>Decision: To introduce"), encoding="utf-8")
    assert [s.title for s in split(str(path)) if s.kind == "resolution"] == [
        "Resolution: Housing Revenue Account Rent Setting 2024/25",
        "Resolution (called in): Residents' parking zone K - Kingsmead"]


def test_a_supplementary_agenda_is_its_meetings_and_parts_by_agenda_item():
    # A planning committee's addendum: before, it had no meeting, its items ran into one
    # another under "Officer response", and "Amended recommendation" was no recommendation.
    text = ("ASHCOMBE DISTRICT COUNCIL\n\nPLANNING COMMITTEE - TUESDAY 12 MARCH 2024\n\nSUPPLEMENTARY AGENDA\n\n"
            "ADDENDUM REPORT: LATE REPRESENTATIONS AND UPDATES\n\nThis addendum reports representations received "
            "after the agenda was published on 4 March 2024.\n\n"
            "Agenda Item 5: 23/01234/FUL - Land rear of 12-16 Station Road, Little Hadley\n\n"
            "One further letter of objection has been received from the occupier of 10 Station Road, raising "
            "concerns about headlight glare from vehicles leaving the site.\n\nAmended recommendation\n\n"
            "GRANT planning permission subject to the conditions set out in the main report and an additional "
            "condition requiring the visibility splays to be provided before first occupation.\n\n"
            "Agenda Item 6: 23/02117/FUL - The Stables, Church Lane, Upper Wexford\n\n"
            "Upper Wexford Parish Council has withdrawn its objection following the submission of amended plans "
            "reducing the number of rooflights from eight to four.\n")
    segs = _split(text)
    assert {(s.body, s.meeting_date) for s in segs} == {("Planning Committee", dt.date(2024, 3, 12))}
    assert [s.title.split(": ", 1)[1] for s in segs if "Agenda Item" in s.title] == [
        "Agenda Item 5: 23/01234/FUL - Land rear of 12-16 Station Road, Little Hadley",
        "Agenda Item 6: 23/02117/FUL - The Stables, Church Lane, Upper Wexford"]
    recs = [s for s in segs if s.kind == "recommendation"]
    assert len(recs) == 1 and recs[0].text.startswith("GRANT planning permission")


def test_the_sessions_rules_leave_their_look_alikes_alone():
    # A regression test of the rules for records of decision, adjourned meetings, wrapped
    # titles, covers, agenda item headings and amended recommendations.
    # A report whose purpose mentions a record of urgent decision is a report.
    report = ("WESTBURY DISTRICT COUNCIL\nCOUNCIL - 24 APRIL 2024\nURGENT DECISIONS TAKEN SINCE THE LAST MEETING\n"
              "REPORT OF THE MONITORING OFFICER\n\n1. Purpose\n1.1 To report the record of urgent decision taken by "
              "the Chief Executive on 5 March 2024, as the Constitution requires.\n\n2. Decision\n2.1 The Chief "
              "Executive approved emergency repairs to the leisure centre roof, costing £180,000.\n\n3. Recommendation\n"
              "3.1 That the Council notes the urgent decision taken.\n")
    segs = _split(report)
    assert not [s for s in segs if s.kind == "resolution"]
    assert {(s.kind, s.body, s.meeting_date) for s in segs if s.kind == "report"} == {("report", "Council", dt.date(2024, 4, 24))}
    # A decision notice not signed at its foot is dated by its "Date of decision:", and
    # its maker is the one named so, not the portfolio above.
    notice = ("HADLEY BOROUGH COUNCIL\nPORTFOLIO HOLDER DECISION NOTICE\nPortfolio: Environment and Climate Change\n"
              "Decision maker: Councillor R Green, Portfolio Holder for Environment and Climate Change\n"
              "Decision reference: PHD/24/011\nSubject: Award of the Community Climate Fund grants 2024\n"
              "Date of decision: 14 March 2024\n\nDecision\nTo award grants totalling £48,000 to 12 community groups.\n")
    decision = next(s for s in _split(notice) if s.kind == "resolution")
    assert (decision.body, decision.meeting_date) == ("Portfolio Holder for Environment and Climate Change",
                                                      dt.date(2024, 3, 14))
    # An adjourned sitting under another body's name is that body's.
    pack = ("HADLEY BOROUGH COUNCIL\n\nLICENSING COMMITTEE\nMINUTES of the meeting held on 5 March 2024\n\nPresent: "
            "Councillor A Jones\n\n12 PREMISES LICENCE\n\nRESOLVED that the licence be granted.\n\n"
            "PLANNING COMMITTEE\nADJOURNED MEETING - TUESDAY, 12 MARCH 2024\n\nPresent: Councillor B Khan\n\n"
            "31 LAND AT MILL LANE\n\nRESOLVED that planning permission be refused.\n")
    assert [s.body for s in _split(pack) if s.kind == "resolution"] == ["Licensing Committee", "Planning Committee"]
    # A title wrapped after a small word runs on over a line opening with a number.
    title = ("WESTBURY DISTRICT COUNCIL\nReport to: Cabinet\nDate: 17 January 2024\nSubject: Disposal of Freehold "
             "Interest in Land at\n12 Mill Street, Westbury\n\n1. PURPOSE\n1.1 To seek approval to sell the land at "
             "12 Mill Street, which is surplus to the Council's needs, by auction.\n")
    assert _split(title)[0].document == "Disposal of Freehold Interest in Land at 12 Mill Street, Westbury"
    # A timetable naming several meetings is none of theirs.
    timetable = ("MIDSHIRE COUNTY COUNCIL\nBUDGET TIMETABLE 2024/25\n\nSCRUTINY COMMISSION - 29 JANUARY 2024\n"
                 "CABINET - 6 FEBRUARY 2024\nCOUNTY COUNCIL - 21 FEBRUARY 2024\n\nThe draft budget goes to each "
                 "meeting in turn, with the comments of the one before it.\n")
    assert {(s.body, s.meeting_date) for s in _split(timetable)} == {(None, None)}
    # An agenda's list of items is no heading each; an audit's "Updated recommendations"
    # are the status of earlier ones, no recommendations to a meeting.
    agenda = ("AGENDA\n\nItem 1 - Apologies for absence\nItem 2 - Declarations of interest\nItem 3 - Minutes of the "
              "last meeting\nItem 4 - Local Plan review\n\nThe Council's Local Plan was adopted in 2019 and must be "
              "reviewed every five years.\n\nUpdated recommendations\n\nAll twelve recommendations of the 2023 audit "
              "of payroll have been implemented.\n")
    segs = _split(agenda)
    assert len([s for s in segs if s.kind == "section"]) == 1 and not [s for s in segs if s.kind == "recommendation"]
    # A report that lists decisions in ModernGov's fields for a committee is a report.
    listing = ("HADLEY BOROUGH COUNCIL\n\nOVERVIEW AND SCRUTINY COMMITTEE – 4 APRIL 2024\n\nEXECUTIVE DECISIONS TAKEN "
               "SINCE THE LAST MEETING\n\nREPORT OF THE HEAD OF DEMOCRATIC SERVICES\n\nDecisions taken\n\n"
               + "".join(f"{title}\nDecision Maker: {maker}\nDecision published: {day}/03/2024\nDecision: {text}\n\n"
                         for title, maker, day, text in [
                             ("Highways Term Maintenance Contract", "Cabinet", 13, "To award the contract to Roadways Ltd."),
                             ("Discretionary Rate Relief Policy", "Cabinet Member for Finance", 19, "To approve the policy.")]))
    assert {s.kind for s in _split(listing)} == {"report"}


@pytest.mark.parametrize("line", [
    "Resolved to ask Westshire Council for a speed survey.",
    "b) Resolved to ask Westshire Council for a speed survey.",
    "The Council resolved to ask Westshire Council for a speed survey.",
    "Members resolved unanimously to ask Westshire Council for a speed survey.",
    "25/00344/FUL - Calder Mill - Resolved to object on flood grounds.",
])
def test_a_parish_councils_decisions_in_lower_case(line):
    # The commonest wordings of parish and town minutes had been read as no decision.
    text = ("MINUTES OF THE MEETING OF THE PARISH COUNCIL held on Monday 3 March 2025 at 7pm\n\n"
            "Present: Cllrs A, B and C\n\n25/035 Highways\na) Potholes on Mill Lane were reported.\n"
            + line + "\n\n25/036 Close\nThe meeting closed at 8.10pm.\n")
    assert [(s.kind, s.minute) for s in _split(text) if s.kind == "resolution"] == [("resolution", "25/035")]


def test_resolved_in_a_sentence_about_the_past_is_no_decision():
    text = ("MINUTES OF THE MEETING OF THE PARISH COUNCIL held on Monday 3 March 2025 at 7pm\n\n"
            "Present: Cllrs A, B and C\n\n25/035 Highways\nThe Clerk said that in 2019 the Council had resolved "
            "to seek a speed limit, and that the county had refused it.\n\n25/036 Close\nClosed.\n")
    assert not [s for s in _split(text) if s.kind == "resolution"]


def test_a_council_tax_resolution_goes_on_past_its_table():
    # Part (4) points to the table of precepts below it; parts (5) and (6) follow it.
    table = "".join(f"       {band}      £{amount:,.2f}\n" for band, amount in [("A", 1143.72), ("B", 1334.34), ("C", 1524.96)])
    text = ("Minutes of the Budget Meeting of the Council held on Tuesday 25 February 2025\n\nPresent: The Mayor\n\n"
            "88. COUNCIL TAX 2025/26\n\nRESOLVED:\n\n(1) That the Council Tax Base be noted.\n\n"
            "(4) That it be noted that the County Council has issued precepts to the Council for each band as "
            "indicated in the table below.\n\n       Valuation Band      County Council\n" + table +
            "\n(5) That the Council sets the amounts of Council Tax for 2025/26 for each band.\n\n"
            "(6) That a premium of 100 per cent be charged on second homes from 1 April 2026.\n\n"
            "89. CLOSE\n\nThe meeting closed at 8.15pm.\n")
    decision = next(s for s in _split(text) if s.kind == "resolution")
    assert "second homes" in decision.text and "CLOSE" not in decision.text


def test_a_mayors_decisions_are_records_of_decision():
    # A combined authority's "MAYORAL DECISION NOTICE", its decision under "1. Decision",
    # and a London borough's "RECORD OF A MAYORAL DECISION" numbered "Individual Mayoral
    # Decision (IMD) Number:": before, all report sections, no decision, no number.
    notice = ("SEVERN VALE COMBINED AUTHORITY\n\nMAYORAL DECISION NOTICE\n\nDecision reference:        MD 2025/07\n"
              "Title of decision:         Bus Franchising - Transition Plan\nDecision maker:            Mayor of the "
              "Severn Vale Combined Authority\n                           (Mayor Dan Hollis)\nDate of decision:          "
              "3 March 2025\n\n1. Decision\n\nThe Mayor has decided to:\n\n(a) approve the Bus Franchising Transition "
              "Plan;\n\n(b) approve expenditure of up to £14.2 million.\n\n2. Reasons for the decision\n\n2.1 A "
              "transition plan is needed so that the first routes can start on time.\n")
    record = ("LONDON BOROUGH OF THAMESMERE\nRECORD OF A MAYORAL DECISION\nIndividual Mayoral Decision (IMD) Number:   "
              "IMD/2025/011\nSubject:           Award of the Leisure Centres Management Contract\nDecision taken by: The "
              "Mayor of Thamesmere, Rokhsana Patel\nDate of decision:  24 February 2025\n\nDecision\nThe Mayor:\n1. Agrees "
              "to award the contract to Everactive Leisure Trust for ten years.\n\nReasons for the decision\nThe bid "
              "scored highest on quality and price.\n")
    for text, number, maker in [(notice, "MD 2025/07", "Mayor"), (record, "IMD/2025/011", "Mayor of Thamesmere")]:
        decisions = [s for s in _split(text) if s.kind == "resolution"]
        assert [(s.minute, s.body) for s in decisions] == [(number, maker)]


def test_a_recommendation_to_council_after_a_sentence_and_the_budget_councils_body():
    text = ("BRAMLEY TOWN COUNCIL\n\nMinutes of the Budget Meeting of the Council held on Monday 17 February 2025\n\n"
            "Present: Cllrs A, B and C\n\nFC25/16 TOWN HALL ROOF REPAIRS\nThree quotations had been received. It was "
            "RESOLVED to RECOMMEND to Full Council that\nthe quotation of £18,400 from Hallam Roofing be accepted.\n\n"
            "FC25/17 CLOSE\nThe meeting closed at 8pm.\n")
    segs = _split(text)
    assert [s.kind for s in segs if s.kind in ("resolution", "recommendation")] == ["recommendation"]
    # "the Budget Meeting of the Council" is the Council's (it was a body of its own).
    assert {s.body for s in segs if s.kind == "minute"} == {"Town Council"}
    # An office's last word before the council's name is no part of it.
    board = ("WESTSHIRE HEALTH AND WELLBEING BOARD\n\nMinutes of the meeting held on Tuesday 18 March 2025\n\n"
             "Board members present:\nCllr Sarah Lyle (Chair), Cabinet Member for Adult Social Care and Health, "
             "Westshire Council\n\n1. APOLOGIES\nNone.\n")
    assert {s.council for s in _split(board)} == {"Westshire Council"}


def test_a_plain_number_among_coded_items_is_no_item():
    # A parish's planning list, its cells a line each: "6 Orchard Close" had become
    # minute 6 and swallowed the real item, "6/25 Precept 2025/26".
    text = ("Minutes of the meeting of Thornby Parish Council held on Wednesday 15 January 2025 at 7.30pm.\n\n"
            "Present: Cllrs M Astley (Chair), J Birch\n\n4/25 Police report\nTwo thefts were reported.\n\n"
            "5/25 Planning\n\nApplication\nAddress\nResponse\n24/02211/HH\n6 Orchard Close\nNo objection\n\n"
            "Resolved: to submit the responses above to Westshire Council.\n\n6/25 Precept 2025/26\n"
            "Resolved: to set a precept of £24,600 for 2025/26.\n\n7/25 Close\nThe meeting closed.\n")
    assert [s.minute for s in _split(text) if s.kind == "minute"] == ["4/25", "5/25", "6/25", "7/25"]


def test_an_officers_report_approved_in_a_box_at_its_foot_records_the_decision():
    # "Delegated Officer Decision Report": before, its sections had no maker, no date and
    # no decision, though the box at its foot records the approval and its day.
    text = ("Westshire Council\nDelegated Officer Decision Report\nReport title:     Introduction of a 20mph speed "
            "limit, Hollins Road\nDecision maker:   Head of Highways and Transport\nReference:        DOD/HT/2025/019\n\n"
            "1. Purpose of the report\n1.1 To seek approval to make a traffic regulation order for a 20mph limit.\n\n"
            "2. Recommendation\n2.1 That the Head of Highways and Transport approves the making of the Order.\n\n"
            "3. Decision and approval\nI approve the recommendation(s) in section 2 of this report.\n"
            "Approved by:     Gareth Lowe, Head of Highways and Transport\nSignature:       G Lowe\n"
            "Date:            14 March 2025\n")
    decisions = [s for s in _split(text) if s.kind == "resolution"]
    assert [(s.body, s.meeting_date) for s in decisions] == [("Head of Highways and Transport", dt.date(2025, 3, 14))]
    assert "I approve the recommendation(s)" in decisions[0].text


def test_a_sub_items_name_before_a_dash_names_its_decision():
    # "14.2 Bramley in Bloom - application for £1,200 ...": the name before the dash; the
    # decisions had been "GRANTS (1 of 2)" and "(2 of 2)".
    text = ("Minutes of the Finance Committee of Bramley Town Council held on Monday 10 March 2025\n\n"
            "Present: Cllrs A, B and C\n\nFC25/14  GRANTS\n14.1 Bramley Youth Football Club - application for "
            "£1,000 towards new goalposts.\nRESOLVED to award a grant of £750.\n\n14.2 Bramley in Bloom - application "
            "for £1,200 towards hanging baskets.\nRESOLVED to award a grant of £1,200.\n\nFC25/15  CLOSE\nClosed.\n")
    assert [s.title for s in _split(text) if s.kind == "resolution"] == [
        "Resolution: Bramley Youth Football Club", "Resolution: Bramley in Bloom"]


def test_an_agendas_line_listing_a_report_is_not_its_header():
    # "Report of the Head of Highways (Pages 3 - 6)" under item 3 of the front sheet had
    # started the report there, taking items 4 to 6 into it.
    text = ("Kingsmere Borough Council\n\nPlace Scrutiny Committee\n\nDate:    Wednesday, 2 April 2025\n\nAGENDA\n\n"
            "1.   Apologies for absence\n\n3.   Pavement parking - complaints received\n     Report of the Head of "
            "Highways                                     (Pages 3 - 6)\n\n4.   Work programme 2025/26           (Page 10)\n"
            "\n\fKINGSMERE BOROUGH COUNCIL\n\nReport to:           Place Scrutiny Committee\nDate of meeting:     2 April "
            "2025\nReport of:           Head of Highways\nTitle:               Pavement parking - complaints received\n\n"
            "1.  SUMMARY\n\n1.1 Complaints about pavement parking have risen by a third since 2023.\n")
    segs = _split(text)
    report = [s for s in segs if s.kind == "report"]
    assert report and all("Work programme" not in s.text for s in report)
    assert any("Work programme" in s.text for s in segs if s.kind == "section")


def test_a_reports_decision_number_below_a_long_from_field_numbers_its_recommendations():
    # Four authors make the header longer than the lines that prove it a header; the
    # "Decision no:" field further down still numbers the recommendations.
    authors = ("From: Sue Chandler, Cabinet Member for Integrated\nChildren's Services\n\n"
               "Dan Watkins, Cabinet Member for Adult Social Care\nand Public Health\n\n"
               "Sarah Hammond, Corporate Director, Children, Young\nPeople and Education\n\n"
               "Richard Smith, Corporate Director, Adult Social Care\nand Health\n\n")
    text = authors + KENT_STYLE_REPORT.split("\n\n", 1)[1].replace(
        "Summary:", "Recommendation(s):\nThe Cabinet is asked to AGREE the transfer of the team.\n\nSummary:")
    recs = [s for s in _split(text) if s.kind == "recommendation"]
    assert [(s.minute, s.body) for s in recs] == [("24/00109", "Cabinet")], [(s.kind, s.title) for s in _split(text)]


def test_a_presentations_title_slide_in_a_pack_starts_a_paper_of_its_own():
    # A summons prints the slides shown to the meeting after a partnership's report: the
    # title slide names the meeting. The slides had run on under the report's name.
    report = ("Leicester City Council\n\nCLIMATE READY LEICESTER PLAN 2023-28\n\nFull Council\n5 September 2024\n\n"
              "Report of the Strategic Director\n\n1. Summary\n\nThe plan sets out the city's climate actions.\n\n"
              "3 About the Partnership\n\nThe Partnership reviewed a draft of the plan in October 2023.\n\n")
    slides = ("Corporate Parenting\nRoles & Responsibilities\n\nFull Council\n05 September 2024\n\n"
              "As if they were my child\n\nWhy is Corporate Parenting a Priority?\n\nLooking after children is "
              "one of the most important jobs that councils do.\n")
    segs = _split(report + slides)
    parenting = [s for s in segs if "child" in s.text]
    assert parenting and all(s.document == "Corporate Parenting Roles & Responsibilities" for s in parenting), \
        [(s.title, s.document) for s in segs]
    assert all(s.body and s.meeting_date == dt.date(2024, 9, 5) for s in parenting)
    # A numbered part over its meeting ("Question 1" / "COUNTY COUNCIL" / date) is a part,
    # and a signature's "CHAIR" over the next paper's meeting lines no title.
    questions = "".join(f"Question {n}\n\nCOUNTY COUNCIL\n\nThursday 13 March 2025\n\nQuestion by Mr A to Mrs B "
                        f"about the budget line {n}.\n\n" for n in (1, 2))
    assert not any(s.document == "Question 1" for s in _split(questions))
    signed = ("The meeting closed at 4.05 pm.\n\nCHAIR\n\nJoint Strategic Planning Committee\n24 April 2025\n\n"
              "Joint Local Plan consultation responses\n\nReport of the Planning Policy Manager\n\n1. Purpose\n\n"
              "1.1 To report the representations received.\n")
    assert not any((s.document or s.title) == "Chair" for s in _split(signed))
    # The slide names the pack's meeting: a heading over another day (a timeline's "Key
    # Milestones" / "Cabinet" / "12 March 2025") is no slide.
    timeline = report + "Key Milestones\nCabinet\n12 March 2025\n\nConsultation closes in April 2025.\n"
    assert not any("Milestones" in (s.document or "") for s in _split(timeline))
    # Nor a block naming the pack's day inside a report whose numbered sections go on
    # after it: the report's recommendation had gone to a paper named "Decision Pathway".
    inside = report.replace("3 About the Partnership", "Decision Pathway\nFull Council\n5 September 2024\n\n"
                            "The decision will then be published.\n\n3 About the Partnership")
    assert not any("Pathway" in (s.document or "") for s in _split(inside)), [s.document for s in _split(inside)]


def test_a_title_cased_from_capitals_keeps_its_initials():
    # "EU EXIT TRANSITION" had become "Eu Exit Transition".
    text = ("CABINET – 20 NOVEMBER 2020\n\nEU EXIT TRANSITION AND NHS WINTER PLANS: AN UPDATE\n\n"
            "REPORT OF THE CHIEF EXECUTIVE\n\nPurpose of the Report\n\n1. The purpose of this report is to update the "
            "Cabinet on the preparations for the end of the transition period.\n")
    assert {s.document for s in _split(text)} == {"EU Exit Transition and NHS Winter Plans: An Update"}, \
        [(s.title, s.document) for s in _split(text)]
    # Abbreviations with no vowel are no initials, and "IT" is as often the word.
    from docsearch.splitter import _title_case
    assert _title_case("MR SMITH AND CLLR JONES AT ST MARY'S") == "Mr Smith and Cllr Jones at St Mary's"
    assert _title_case("WHAT IT MEANS FOR SCHOOLS") == "What It Means for Schools"


def test_a_numbered_heading_ended_with_a_full_stop_over_its_first_paragraph():
    # A partnership's review: "3 Recommendations." over "3.1 ..." had run on under
    # "2 Summary (continued)".
    para = "The Partnership reviewed the draft plan and offered feedback on its aims and its actions.\n\n"
    text = ("2 Summary\n\n" + para * 3 + "3 Recommendations.\n\n3.1 STRATEGIC PRIORITIES: Put forward medium-term "
            "priorities for each thematic area of the plan.\n\n" + para)
    assert [s.title for s in _split(text)] == ["2 Summary", "3 Recommendations"], [s.title for s in _split(text)]
    # A numbered sentence is no heading, stop or not, nor over its first paragraph.
    sentence = "2 Summary\n\n" + para * 3 + "3 The plan was approved.\n\nThe Partnership noted it.\n\n" + para
    assert [s.title for s in _split(sentence)] == ["2 Summary"]
    noted = ("2 Summary\n\n" + para * 3 + "3 Members noted the report.\n3.1 The Chair thanked the officers for "
             "the work on the plan over the year.\n\n" + para)
    assert "3 Members noted the report" not in [s.title for s in _split(noted)]


def test_a_decisions_numbered_parts_under_a_short_lead_in_are_no_items():
    # One item, its decision in numbered parts under "RESOLVED that Cabinet:": the parts
    # had become items 1 and 2, and item 83 lost its number.
    text = ("Minutes of a meeting of the Cabinet held on 9 January 2025\n\nPresent: Mr A Smith\n\n"
            "83. English Devolution White Paper\n\nRESOLVED that Cabinet:\n\n1. Agree to submit a request to "
            "Government for Kent and Medway to be included in the Devolution Priority Programme;\n\n"
            "2. Note that acceptance onto the Programme will commit Kent and Medway to elections in May 2026.\n")
    segs = _split(text)
    assert [(s.kind, s.minute) for s in segs if s.kind in ("minute", "resolution")] == [
        ("minute", "83"), ("resolution", "83")], [(s.kind, s.minute, s.title) for s in segs]
    assert "2. Note that acceptance" in next(s.text for s in segs if s.kind == "resolution")


def test_a_short_title_opening_with_councillor_is_a_minutes_title():
    # "12. Councillor Training" had been read as a sentence about a councillor, and the
    # item ran into minute 11's resolution.
    text = ("MINUTES of a meeting of the Cabinet held on Thursday, 16 January 2025.\n\nPRESENT: Councillor D Smith\n\n"
            "11. Health and Wellbeing Board Membership\nMembership of the board was agreed.\n"
            "RESOLVED: that the membership be agreed.\n\n12. Councillor Training\nCouncillors noted the training "
            "programme.\nRESOLVED: that the training programme be noted.\n\n"
            "13. Consumer Websites\nThe website review was noted.\nRESOLVED: that the review be noted.\n")
    assert [(s.minute, s.title) for s in _split(text) if s.kind == "minute"] == [
        ("11", "Health and Wellbeing Board Membership"), ("12", "Councillor Training"), ("13", "Consumer Websites")]
    # So with a dash and a ward's name (a second regression pass).
    vacancy = text.replace("12. Councillor Training\n", "12. Councillor Vacancy – Castle Ward\n")
    assert "12" in [s.minute for s in _split(vacancy) if s.kind == "minute"]
    # A numbered sentence about a councillor is still no title.
    said = text.replace("12. Councillor Training\n", "12. Councillor Smith asked about the training budget.\n")
    assert "12" not in [s.minute for s in _split(said) if s.kind == "minute"]


def test_a_minute_extract_labelled_over_its_meeting_takes_that_meeting():
    # "Extract from the Minutes" / "Cabinet" / "12 March 2025": the label first and the
    # meeting under it (the label last, under the meeting's line, was read before).
    text = ("Extract from the Minutes\nCabinet\n12 March 2025\n\n5. Highways Asset Management Plan\n\n"
            "The Cabinet Member introduced the report and answered questions.\n\n"
            "RESOLVED that the plan be approved.\n")
    segs = _split(text)
    assert {(s.body, s.meeting_date) for s in segs} == {("Cabinet", dt.date(2025, 3, 12))}, \
        [(s.kind, s.title, s.body, s.meeting_date) for s in segs]
    assert [(s.kind, s.minute, s.title) for s in segs] == [
        ("minute", "5", "Highways Asset Management Plan"), ("resolution", "5", "Resolution: Highways Asset Management Plan")]


def test_a_letter_is_named_by_its_subject_line_not_its_writers_name():
    # A letter published as an appendix opens with its writer's and addressee's names and
    # addresses; its "Re:" line under the salutation says what it is about.
    text = ("Roger Gough\nLeader of the Council\nSessions House\nCounty Hall, Maidstone\n\n"
            "Jim McMahon OBE MP\nMinister for Local Government and Devolution\n2 Marsham Street\nLondon\n\n"
            "10 January 2025\n\nDear Jim,\n\n"
            "Re: Kent and Medway request to be included in Devolution Priority Programme\n\n"
            "Further to the publication of the English Devolution White Paper on the 16 December, we write in "
            "response to your invitation to join the Devolution Priority Programme, and formally ask to be "
            "included in it.\n")
    titles = [s.title for s in _split(text)]
    assert titles and all(t.startswith("Kent and Medway request to be included in Devolution Priority Programme")
                          for t in titles), titles
