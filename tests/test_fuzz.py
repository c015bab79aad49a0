"""Property-based fuzzing (issue 5) with hypothesis.

- The splitter never raises on any text, and keeps the coverage invariant: every
  content line (not blank, not page furniture) lands in exactly one minute, report or
  section segment; those container segments do not overlap; resolutions and
  recommendations lie inside their parent.
- The query parser (and a whole search) raises nothing but QueryError.
- Extraction of mutated real PDFs (and of random bytes as text or HTML) returns or
  raises PaperError: nothing else.

Example counts are kept modest so that the file runs in well under a minute.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import signal
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, assume, event, example, given, settings
from hypothesis import strategies as st

from docsearch.clean import clean
from docsearch.errors import PaperError, QueryError
from docsearch.extract import ExtractedPaper, extract
from docsearch.model import CONTAINER_KINDS, KINDS
from docsearch.splitter import split_lines

HERE = os.path.dirname(__file__)
CORPUS = os.path.join(os.path.dirname(HERE), "corpus")

def fuzz(examples: int):
    return settings(max_examples=examples, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@contextmanager
def time_limit(seconds: int, what: str):
    """Fail (rather than hang the suite) when one example takes far too long."""

    def on_alarm(signum, frame):
        raise TimeoutError(f"{what} took longer than {seconds}s")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


# =========================================================================================
# The splitter
# =========================================================================================

COUNCIL_LINES = [
    "RESOLVED:", "RESOLVED that the report be noted.", "Resolved – that the budget be approved.",
    "It was RESOLVED that:", "RESOVLED:", "RECOMMENDED:", "RECOMMENDED to Council that", "AGREED:",
    "That the Cabinet be recommended to approve the plan.",
    "(a) that the plan be approved;", "(b) that officers report back;", "(i) the grant;", "• the levy",
    "- a list item", "1. the first part", "2) the second part", "and", "that",
    "Recommendations", "Recommendation(s):", "Recommendation(s): Cabinet is asked to note the report.",
    "6. Recommended actions/decision", "Reason(s) for Recommendation(s)", "Reasons for the decision",
    "It is recommended that:", "The Cabinet is recommended to:", "That Council agrees:",
    "Options considered", "(Key Decision)",
    "CABINET – 20 NOVEMBER 2020", "SCRUTINY COMMISSION – 4 NOVEMBER 2020",
    "CORPORATE PARENTING PANEL– 29 October 2024", "Council – 5th September 2024",
    "To: Cabinet – 30 January 2025", "AUDIT COMMITTEE", "24 SEPTEMBER 2009", "(19:15 TO 19:25)",
    "Minutes of a meeting of the Cabinet held at County Hall, Glenfield on Tuesday, 20 October 2020.",
    "MINUTES of the meeting held in the Darent Room, Sessions House, on 9 January 2025.",
    "Minutes of the Cabinet meeting on 5 March 2020",
    "Minute extract from the Environment and Transport Overview and Scrutiny Committee, 5 March 2020.",
    "Extract from the minutes of the Cabinet held on 6 March 2020", "MINUTE EXTRACT",
    "PRESENT:", "Present: Mr J. Smith CC (in the Chair)", "Apologies", "In attendance",
    "REPORT OF THE DIRECTOR OF CORPORATE RESOURCES", "Report of the Chief Executive",
    "PART A", "Purpose of the Report", "Purpose of report", "Subject: Budget 2021-22",
    "Title: Local Plan", "Lead Member: Cllr Smith", "Decision No: 24/00096", "Key decision: Yes",
    "Date of meeting: 5 March 2020", "Date of Scrutiny Meeting: 20 August 2024",
    "Decision to be taken at Council meeting on: 5th Sept 2024", "Decision to be taken by: Full Council",
    "A meeting of the Audit Committee will be held:", "AGENDA", "CABINET", "Thursday, 30th January, 2025",
    "(Item 3)", "( item 12a )", "Item 6 – Governance Working Party Updates",
    "The meeting closed at 3.15 pm", "2.00 - 2.54 pm", "CHAIRMAN", "Chair", "Date",
    "Page 3 of 12", "12", "- 7 -", "Agenda Item 5", "35 Agenda Item 5", "Page 12",
    "KENT COUNTY COUNCIL", "Leicestershire County Council", "London Borough of Merton",
    "the County Council", "Leicester", "City Council",
    "Background", "Financial Implications", "Appendix A", "Children, Young People and Education Scrutiny Commission.",
    "The Committee noted the report and asked questions about the budget and the grant.",
    "£1.2m was agreed for 2021/22 (see paragraph 4.3).", "**Bold** [link](#) \\(escaped\\)",
    "<td>cell</td>", "", "   ", "\t",
]

_item = st.builds(lambda n, title, dot: f"{n}{'.' if dot else ''} {title}",
                  st.integers(0, 9999),
                  st.sampled_from(["Title", "Minutes of the previous meeting", "Budget 2021/22",
                                   "'Quoted' item", "(Item 3)", "Apologies", "RESOLVED", "a lower case start"]),
                  st.booleans())
_number_line = st.one_of(st.integers(0, 99999).map(str), st.integers(0, 999).map(lambda n: f"{n}."),
                         st.floats(allow_nan=True, allow_infinity=True).map(str),
                         st.tuples(st.integers(0, 40), st.integers(0, 40)).map(lambda t: f"{t[0]}.{t[1]}"))
_unicode_line = st.text(max_size=120)
_words_line = st.lists(st.sampled_from(["the", "council", "RESOLVED", "that", "and", "of", "budget",
                                        "Cabinet", "–", "2020", "5", "March", "recommended", ":",
                                        "(a)", "Item", "report", "ﬁnance", "“quoted”", "é", "\u00ad",
                                        "\u200b", "\xa0", "Ⅳ", "١٢"]),
                       max_size=25).map(" ".join)
_long_line = st.integers(2001, 6000).map(lambda n: ("word " * n)[:n])

LINE = st.one_of(st.sampled_from(COUNCIL_LINES), _item, _number_line, _unicode_line, _words_line,
                 st.just(""))
PAPER_LINES = st.lists(st.one_of(LINE, LINE, LINE, LINE, _long_line), max_size=70)

# Council papers with real structure (minutes with numbered items and RESOLVED blocks,
# officer reports with Recommendations, minute extracts), then damaged by inserting,
# deleting and replacing lines, so that the fuzzing reaches every kind of segment.
_sentence = st.sampled_from([
    "The Committee considered a report of the Director of Corporate Resources on the budget.",
    "Members asked about the cost of the scheme and the timetable for consultation with residents.",
    "The Cabinet Member for Highways said the works would start in the spring and finish by autumn.",
    "Arising from discussion the following points were made about school places and transport.",
    "A copy of the report, marked Agenda Item 5, is filed with these minutes.",
    "The county council's share of the precept would rise by 1.99 per cent in 2021/22.",
    "there was concern that the grant would not cover the full cost of the service;",
])
_paragraph = st.lists(_sentence, min_size=1, max_size=4)
_parts = st.lists(st.sampled_from(["(a) That the report be noted;", "(b) That the plan be approved;",
                                   "(i) the grant be accepted;", "• the levy be set;", "That officers report back.",
                                   "and that the Director be authorised to act."]), min_size=0, max_size=4)
_resolved = st.tuples(st.sampled_from(["RESOLVED:", "RESOLVED that the report be noted.", "It was RESOLVED that:",
                                       "RECOMMENDED:", "Resolved – that", "AGREED:"]), _parts).map(
    lambda t: [t[0], ""] + t[1] + [""])


@st.composite
def minutes_doc(draw):
    lines = [draw(st.sampled_from([
        "Minutes of a meeting of the Cabinet held at County Hall, Glenfield on Tuesday, 20 October 2020.",
        "MINUTES of a meeting of the County Council held in the Council Chamber on 9 January 2025.",
        "CORPORATE PARENTING PANEL– 29 October 2024",
        "Minutes of the Cabinet meeting on 5 March 2020",
    ])), "", draw(st.sampled_from(["PRESENT: Mr J. Smith CC (in the Chair)", "Present:", "Apologies"])), ""]
    number = draw(st.integers(1, 500))
    for _ in range(draw(st.integers(0, 5))):
        number += draw(st.sampled_from([1, 1, 1, 2, 0, -1, 5]))
        title = draw(st.sampled_from(["Minutes of the previous meeting", "Budget 2021/22", "Apologies",
                                      "Local Plan", "Declarations of interest"]))
        if draw(st.booleans()):
            lines += [f"{number}. {title}"]
        else:
            lines += [f"{number}.", title]
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from(["(Item 3)", "( item 12a )"])))
        lines += [""] + draw(_paragraph) + [""]
        if draw(st.booleans()):
            lines += draw(_resolved)
            if draw(st.booleans()):
                lines += ["Reasons for the decision", ""] + draw(_paragraph) + [""]
    if draw(st.booleans()):
        lines += [draw(st.sampled_from(["The meeting closed at 3.15 pm", "2.00 - 2.54 pm"])), "CHAIRMAN", ""]
    return lines


@st.composite
def report_doc(draw):
    lines = [draw(st.sampled_from(["CABINET – 20 NOVEMBER 2020", "To: Cabinet – 30 January 2025",
                                   "SCRUTINY COMMISSION – 4 NOVEMBER 2020"])),
             draw(st.sampled_from(["LIBRARY SERVICES REVIEW", "Budget Monitoring", "Local Plan"])),
             draw(st.sampled_from(["REPORT OF THE DIRECTOR OF CORPORATE RESOURCES", "Report of the Chief Executive",
                                   "Subject: Budget 2021-22"])), ""]
    for heading in draw(st.lists(st.sampled_from(["Purpose of the Report", "Recommendations",
                                                  "Recommendation(s):", "Background", "Financial Implications",
                                                  "Reason(s) for Recommendation(s)", "1. Introduction",
                                                  "It is recommended that:"]), max_size=5)):
        lines += [heading, ""] + draw(_paragraph) + draw(_parts) + [""]
    return lines


@st.composite
def extract_doc(draw):
    return [draw(st.sampled_from(["SCRUTINY COMMISSION – 4 NOVEMBER 2020",
                                  "Minute extract from the Environment and Transport Overview and Scrutiny "
                                  "Committee, 5 March 2020."])),
            "Highways Maintenance", "MINUTE EXTRACT", ""] + draw(_paragraph) + draw(_resolved)


@st.composite
def form_doc(draw):
    """A form printed one to a page in a pack (a budget amendment), perhaps with its last
    line alone below a gap."""
    lines = ["Budget Amendment Form", f"Amendment Name: {draw(st.sampled_from(['LEVI capital funding', 'Wardens']))}",
             "Proposer: Mark Hood Seconder: Barry Lewis", ""] + draw(_paragraph) + [""]
    if draw(st.booleans()):
        lines += ["Reduce Contribution to General Reserves", ""]
    return lines


@st.composite
def structured_paper(draw):
    lines: list[str] = []
    for doc in draw(st.lists(st.one_of(minutes_doc(), report_doc(), extract_doc(), form_doc(), _paragraph),
                             min_size=1, max_size=4)):
        lines += doc + [""]
    # Damage: insert noise, delete, replace, duplicate lines.
    for op, where, line in draw(st.lists(st.tuples(st.sampled_from(["insert", "delete", "replace", "dup"]),
                                                   st.floats(0, 1), LINE), max_size=8)):
        i = min(int(where * len(lines)), max(len(lines) - 1, 0))
        if op == "insert" or not lines:
            lines.insert(i, line)
        elif op == "delete":
            del lines[i]
        elif op == "replace":
            lines[i] = line
        else:
            lines.insert(i, lines[i])
    return lines


def _check_coverage(text: str, page_breaks: list[float] | None = None) -> None:
    """The coverage invariant on ``text``; with ``page_breaks`` (shares of its lines),
    printed as a PDF's pages broken there."""
    if page_breaks is None:
        paper = ExtractedPaper("fuzz.txt", [text], paged=False)
    else:
        rows = text.split("\n")
        cuts = sorted({int(share * len(rows)) for share in page_breaks} | {0, len(rows)})
        paper = ExtractedPaper("fuzz.pdf", ["\n".join(rows[a:b]) for a, b in zip(cuts, cuts[1:])] or [""], paged=True)
    lines = clean(paper)
    with time_limit(30, "splitting"):
        segments = split_lines(lines, "fuzz.txt", "fuzz-key")

    content = {ln.number for ln in lines if not ln.furniture and not ln.blank}
    # A line longer than clean.MAX_LINE is cut into parts that keep its number, and two
    # segments may then both name it: only such numbers may be shared.
    parts_per_number: dict[int, int] = {}
    for ln in lines:
        parts_per_number[ln.number] = parts_per_number.get(ln.number, 0) + 1
    cut = {n for n, k in parts_per_number.items() if k > 1}

    assert len({s.id for s in segments}) == len(segments), "segment ids are not unique"
    by_id = {s.id: s for s in segments}
    for s in segments:
        assert s.kind in KINDS
        assert s.lines is not None and 1 <= s.lines[0] <= s.lines[1], s
        assert (s.pages is None) == (page_breaks is None), s
        assert s.text.strip(), f"empty segment text: {s}"
        if s.kind in CONTAINER_KINDS:
            assert s.parent is None, s
        else:
            assert s.parent in by_id, f"{s.kind} without a parent: {s}"

    event(f"{len(segments)} segments" if len(segments) < 3 else "3+ segments")
    event("kinds: " + ",".join(sorted({s.kind for s in segments})))
    containers = sorted((s.lines for s in segments if s.kind in CONTAINER_KINDS))
    for (a1, b1), (a2, b2) in zip(containers, containers[1:]):
        assert b1 < a2 or (b1 == a2 and b1 in cut), f"segments overlap: lines {a1}-{b1} and {a2}-{b2}"
    covered: set[int] = set()
    for a, b in containers:
        covered.update(range(a, b + 1))
    missing = content - covered
    assert not missing, f"content lines in no segment: {sorted(missing)[:10]}"
    assert not content or containers, "content but no segment"

    for s in segments:
        if s.parent:
            parent = by_id[s.parent]
            assert parent.kind in CONTAINER_KINDS, (s, parent)
            assert parent.lines[0] <= s.lines[0] and s.lines[1] <= parent.lines[1], \
                f"{s.kind} {s.lines} outside its {parent.kind} {parent.lines}"


@fuzz(250)
@given(PAPER_LINES, st.sampled_from(["\n", "\r\n", "\n\n"]))
@example(["441. Title", "RESOLVED:", "", "(a) that the report be noted;", "442.", "Next item"], "\n")
@example(["CABINET – 20 NOVEMBER 2020", "Budget", "REPORT OF THE DIRECTOR", "Recommendations",
          "It is recommended that:", "(a) the plan be approved.", "12"], "\n")
@example(["Minutes of a meeting of the Cabinet held at County Hall on Tuesday, 20 October 2020.",
          "PRESENT: Mr Smith", "1. Apologies", "RESOLVED that it be noted.", "The meeting closed at 3.15 pm",
          "CHAIRMAN", "Appendix"], "\n")
def test_splitter_never_raises_and_covers_every_line(lines, newline):
    _check_coverage(newline.join(lines))


@fuzz(100)
@given(st.text(max_size=3000))
def test_splitter_on_any_unicode_text(text):
    _check_coverage(text)


@fuzz(500)
@given(structured_paper(), st.sampled_from(["\n", "\r\n"]))
def test_splitter_on_damaged_council_papers(lines, newline):
    _check_coverage(newline.join(lines))


@fuzz(300)
@given(structured_paper(), st.lists(st.floats(0, 1), max_size=8))
def test_splitter_on_damaged_council_papers_in_pages(lines, page_breaks):
    # Pages bring their own rules (a form starts at the top of a page; page edges hold
    # running headers and page numbers): a fragment moved between sections there once
    # stretched one section over another's lines.
    _check_coverage("\n".join(lines), page_breaks)


# =========================================================================================
# The query parser
# =========================================================================================

_schema_cache = []


def _schema():
    if not _schema_cache:
        from docsearch.index import _schema as make

        _schema_cache.append(make())
    return _schema_cache[0]


QUERY_TOKENS = st.one_of(
    st.sampled_from([
        "budget", "free", "school", "meals", "council", "AND", "OR", "NOT", "and", "or", "not", "(", ")",
        '"', '"free school meals"', "-", "-budget", '-"free school"', "*", "consult*", "?", "~", "~2",
        "^", "^2", "budget^3", "[", "]", "{", "}", "TO", "[a TO b]", "{2020 TO}", ":", "::", "\\", "/", "'",
        "kind:", "kind:resolution", "kind:banana", "KIND:Minute", "body:", "body:cabinet",
        'body:"scrutiny commission"', "council:kent", "council:", "minute:441", "minute:", "title:",
        "title:budget", 'title:"budget"', "content:budget", "Content:", "foo:bar", "foo:", "a:b:c",
        "date:", "date:2020", "date:2020-03", "date:2020-13", "date:2020-01..2020-06", "date:..2020",
        "date:2020..", "date:..", "date:2021..2020", 'date:"5 March 2020"', 'date:"March 2020"',
        "date:notadate", 'date:""', "date:0000", "date:1899", "date:3000-01", "date:2020-02-30",
        "date:29/02/2020", "date:31.12.99", "date:(2020)", "id:x", "doctype:paper", "paper:/x",
        "<", ">", "=", "@", "#", "&", "|", "!", "+budget", "&&", "||", "NEAR", "\t", "\n", "\x00",
        "é", "ﬁnance", "“quoted”", "‘x’", "–", "—", "\u200b", "\u00ad", "🙂", "٣", "𝟚𝟘𝟚𝟘",
    ]),
    st.text(max_size=8),
    st.from_regex(r"[A-Za-z_]{1,6}:[^\s]{0,6}", fullmatch=True),
)
QUERIES = st.one_of(st.lists(QUERY_TOKENS, max_size=12).map(" ".join),
                    st.lists(QUERY_TOKENS, max_size=12).map("".join),
                    st.text(max_size=60))


@fuzz(600)
@given(QUERIES)
@example('"unbalanced')
@example("(open")
@example("AND")
@example("date:..")
@example("NOT (a OR b)")
@example("NOT NOT a")
@example('"" budget')
@example("date:2021..2020 budget")
def test_query_parser_raises_only_query_error(text):
    from docsearch.search import parse_query

    try:
        parsed = parse_query(_schema(), text)
    except QueryError as exc:
        assert str(exc) and "\n" not in str(exc), repr(str(exc))
        # The message is ours, not a Python error's text passed on.
        assert not re.search(r"index out of range|object has no attribute|unexpected keyword", str(exc)), str(exc)
        event("QueryError")
        return
    event("parsed")
    if parsed.dates is not None:
        assert isinstance(parsed.dates[0], dt.date) and isinstance(parsed.dates[1], dt.date)


@pytest.fixture(scope="module")
def ram_searcher():
    """A tiny in-memory index with a few segments: a whole search, filters included."""
    from whoosh.filedb.filestore import RamStorage

    from docsearch.index import _schema as make, _segment_docs
    from docsearch.model import Segment

    storage = RamStorage()
    ix = storage.create_index(make())
    w = ix.writer()
    for i, (kind, body, date, text) in enumerate([
        ("minute", "Cabinet", dt.date(2020, 3, 5), "The Cabinet discussed free school meals and the budget."),
        ("resolution", "Cabinet", dt.date(2020, 3, 5), "RESOLVED that the budget be approved."),
        ("report", "Scrutiny Commission", dt.date(2024, 9, 5), "Report on council tax and the precept."),
        ("section", None, None, "Agenda front sheet: consultation on libraries."),
    ]):
        seg = Segment(id=f"s{i}", kind=kind, title=text[:20], text=text, source="x.txt",
                      council="Kent County Council", body=body, meeting_date=date, minute=str(i + 1),
                      parent="s0" if kind == "resolution" else None, lines=(i + 1, i + 1))
        for doc in _segment_docs(seg, "/x.txt", [(0, len(text))]):
            w.add_document(**doc)
    w.commit()
    with ix.searcher() as s:
        yield ix, s


@fuzz(150)
@given(QUERIES,
       st.one_of(st.none(), st.sampled_from(["resolution", "minute,report", "banana", ",", "RESOLUTION"])),
       st.one_of(st.none(), st.sampled_from(["2020", "March 2020", "yesterday", "2020-02-30", "1800", ""])),
       st.sampled_from([1, 5, 0, -1]))
@example('title:"free school"', None, None, 5)
@example("NOT NOT budget", None, None, 5)
@example("date:..2020 budget", "resolution", "1800", 1)
def test_whole_search_raises_only_query_error(ram_searcher, text, kind, since, limit):
    from docsearch.search import run_search

    ix, searcher = ram_searcher
    try:
        hits = run_search(searcher, ix.schema, text, kind=kind, since=since, limit=limit)
    except QueryError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert len(hits) <= limit


# =========================================================================================
# Extraction
# =========================================================================================

FUZZ_PDFS = ["kent-cabinet-report-24-00096-2025-01-30.pdf", "merton-audit-committee-agenda-2009-10-22.pdf"]
_pdf_cache: dict[str, bytes] = {}


def _pdf(name: str) -> bytes:
    if name not in _pdf_cache:
        with open(os.path.join(CORPUS, name), "rb") as fh:
            _pdf_cache[name] = fh.read()
    return _pdf_cache[name]


# Where damage hurts most: the PDF's own structure.
_MARKERS = [b"xref", b"startxref", b"trailer", b"/Root", b"/Pages", b"/Kids", b"/Count", b"/Parent",
            b"/Length", b"/Filter", b"/Contents", b"/Resources", b"/Font", b" obj", b"endobj", b"stream",
            b"endstream", b"/Encrypt", b"/ObjStm", b"/XRef", b"%%EOF"]
_JUNK = [b"", b"\x00", b"\xff" * 8, b"0 0 R", b"1 0 R", b"9999999 0 R", b"-1", b"99999999999999999999",
         b"<<", b">>", b"[", b"]", b"(", b")", b"/Length 999999999", b"/Length -5", b"/Count 1000000000",
         b"/Kids [1 0 R 1 0 R]", b"/Filter /FlateDecode", b"/Filter /LZWDecode", b"stream\r\n",
         b"endstream", b"obj", b"endobj", b"xref\n0 1\n0000000000 65535 f \n", b"%PDF-1.7",
         b"/Type /Pages", b"/Encrypt 1 0 R", b"1e308", b"3.4.5", b"\\", b"#", b"/"]

MUTATION = st.tuples(
    st.sampled_from(["flip", "delete", "insert", "overwrite", "duplicate", "truncate"]),
    st.one_of(st.floats(0.02, 1), st.sampled_from(_MARKERS)),  # where: a share of the file, or a marker
    st.integers(0, 4),  # which occurrence of the marker
    st.integers(1, 2000),  # how many bytes (delete, duplicate)
    st.sampled_from(_JUNK),
    st.integers(0, 255),
)


def _mutate(data: bytes, mutations) -> bytes:
    buf = bytearray(data)
    for op, where, nth, size, junk, byte in mutations:
        if not buf:
            break
        if isinstance(where, float):
            pos = min(int(where * len(buf)), len(buf) - 1)
        else:
            found = [i for i in _find_all(bytes(buf), where)][: nth + 1]
            pos = found[-1] + len(where) if found else int(len(buf) * 0.5)
            pos = min(pos, len(buf) - 1)
        if op == "flip":
            buf[pos] = byte
        elif op == "delete":
            del buf[pos:pos + size]
        elif op == "insert":
            buf[pos:pos] = junk
        elif op == "overwrite":
            buf[pos:pos + len(junk)] = junk
        elif op == "duplicate":
            buf[pos:pos] = buf[pos:pos + size]
        elif op == "truncate":
            del buf[pos:]
    return bytes(buf)


def _find_all(data: bytes, needle: bytes):
    i = data.find(needle)
    while i != -1:
        yield i
        i = data.find(needle, i + 1)


def _extract_ok_or_paper_error(path: str, data: bytes) -> None:
    try:
        with time_limit(30, f"extracting {path}"):
            paper = extract(path, data)
    except PaperError as exc:
        assert exc.reason and "\n" not in exc.reason, repr(exc.reason)
        event(f"PaperError: {exc.reason.split(':')[0]}")
        return
    event("extracted" + (" with warnings" if paper.warnings else ""))
    assert isinstance(paper, ExtractedPaper)
    assert paper.pages and all(isinstance(p, str) for p in paper.pages)
    assert any(p.strip() for p in paper.pages)


@fuzz(100)
@given(st.sampled_from(FUZZ_PDFS), st.lists(MUTATION, min_size=1, max_size=4))
def test_extract_mutated_pdf_returns_or_raises_paper_error(name, mutations):
    data = _mutate(_pdf(name), mutations)
    assume(data != _pdf(name))
    _extract_ok_or_paper_error("mutated.pdf", data)


@fuzz(40)
@given(st.sampled_from(FUZZ_PDFS), st.floats(0.001, 0.999))
def test_extract_truncated_pdf_returns_or_raises_paper_error(name, share):
    data = _pdf(name)
    _extract_ok_or_paper_error("truncated.pdf", data[: int(len(data) * share)])


@fuzz(100)
@given(st.sampled_from(["x.txt", "x.md", "x.html", "x.htm", "x.pdf", "x.unknown"]),
       st.one_of(st.binary(max_size=2000),
                 st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")),
                 st.text(max_size=500).map(lambda t: t.encode("utf-16")),
                 st.sampled_from([b"<html><script>", b"<!DOCTYPE html><p>", b"%PDF-", b"%PDF-1.4\n%%EOF",
                                  b"\xff\xfe", b"\xfe\xff\x00", b"PK\x03\x04", b"<", b"\r\n" * 50])))
def test_extract_any_bytes_returns_or_raises_paper_error(path, data):
    if path.endswith(".unknown"):
        with pytest.raises(PaperError):
            extract(path, data)
        return
    try:
        paper = extract(path, data)
    except PaperError as exc:
        assert exc.reason and "\n" not in exc.reason
        return
    assert isinstance(paper, ExtractedPaper) and all(isinstance(p, str) for p in paper.pages)


@pytest.mark.parametrize("text", ['date:"a\nb"', 'kind:"a\nb"', 'date:2020.."x\ny"'])
def test_a_query_error_quoting_a_line_break_is_one_line(text):
    # Hypothesis found 'kind:"a\nb"' quoted with its line break in the message.
    from docsearch.search import parse_query

    with pytest.raises(QueryError) as caught:
        parse_query(_schema(), text)
    assert "\n" not in str(caught.value)
