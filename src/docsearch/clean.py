"""Stage 2: extracted pages become numbered lines, with page furniture marked.

Page furniture is what a PDF-to-text conversion leaves behind that is not the paper's
text: bare page numbers, `Page 12 of 26`, `Agenda Item 5` stamps, and running headers
and footers repeated at the edges of pages. Furniture lines are kept (a bare number can
turn out to be a minute number) but flagged, and no segment's text includes them.

Markdown-like dumps carry conversion debris (`**`, dead links `[text](#)`, escaped
brackets, raw HTML in table cells); that is removed from the display text too, since the
council never printed it. Unicode normalisation (NFKC, ligatures) is for indexing only:
see :func:`normalise`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from .dates import find_date
from .extract import ExtractedPaper

# A bare page number, alone on its line: "20", " 7 ", "- 12 -".
PAGE_NUMBER = re.compile(r"^\s*[-–]?\s*\d{1,4}\s*[-–]?\s*$")
# "Page 12 of 26", "Page 3", "page 12 of 26 Leicestershire ..." at a page edge. Words
# after "Page N" without "of M" are text: a consultation response's "Page 20 Fig 1.4
# refers to 5% one bed properties, ..." cites the plan's page, and had been lost.
PAGE_OF = re.compile(r"^\s*(\d{1,4}\s+)?page\s+\d{1,4}(?:\s+of\s+\d{1,4}\b.{0,80}|\W*)$", re.I)
# ... but at a PDF page's edge, or by a dump's form feed, "Page 3 | Cabinet Minutes" and
# "Page 1 Cabinet 12 March 2025" are footers too.
_PAGE_AND_WORDS = re.compile(r"^\s*page\s+\d{1,4}\b.{0,80}$", re.I)
# A footer ending in its page's number: "Signed ......... Chairman      Page 1 of 3".
# ... or its number alone after a dash, a bar or a gap: "Westshire Council - Delegated
# Officer Decision - Page 1".
_ENDS_PAGE_OF = re.compile(r"(?:\bpage\s+(\d{1,4})\s+of\s+(\d{1,4})|(?:\s[-–—|]\s*|\s{3,})page\s+(\d{1,4}))\s*$", re.I)
_GAP_BEFORE_PAGE = re.compile(r"\S\s{4,}page\s+\d{1,4}\s+of\s+\d{1,4}\s*$", re.I)
# ModernGov's stamp on the first page of each item: "Agenda Item 5", glued to the page
# number as "35 Agenda Item 5".
AGENDA_STAMP = re.compile(r"^\s*(\d{1,4}\s+)?Agenda\s+Item\s+\d{1,3}[a-z]?\s*$", re.I)
# The filler printed on the empty back of a page in agenda packs (ModernGov adds it after
# every item with an odd page count): "This page is intentionally left blank".
BLANK_PAGE = re.compile(r"^\s*[\[(]?\s*(?:this\s+)?page\s+(?:is\s+|has\s+been\s+)?(?:intentionally|deliberately)\s+"
                        r"(?:left\s+)?blank\.?\s*[\])]?\s*$", re.I)

# "PRESENT: ..." opening a minutes' attendance list (its header may repeat as a running
# header on later pages, but where it stands above an attendance list it is a header).
ATTENDANCE_LIST = re.compile(r"^\s*present\s*:?", re.I)

# Markdown-dump debris: "[Agenda for Council ...](#)", "**", "\(".
_MD_LINK = re.compile(r"\[([^\]]*)\]\((#|https?://[^)]*)\)")
_MD_BOLD = re.compile(r"\*\*")
# "## 12. Parking charges": a heading's marks, which would hide its number from the
# splitter; "*increases*": emphasis (a bullet's "* " has a space after it, and stays).
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])")
_MD_ESCAPE = re.compile(r"\\([()\[\]*_#.-])")
# A Markdown table: "| Plot size | 2024/25 |" rows, under a "|---|:---:|" rule. The rule
# goes; a row's cells are set apart by spaces, as a PDF's table cells are.
_MD_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{3,}:?\s*\|?\s*$|^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]{0,400})?/?>")
# Lines longer than this are cut (at a space) so that no later stage meets a 5 MB line.
MAX_LINE = 2000
# How many non-blank lines at each edge of a page can hold running headers/footers.
EDGE_LINES = 3


@dataclass
class Line:
    """One line of a paper. ``number`` counts from 1 over the whole extracted text;
    ``page`` is the PDF page (from 1) or None for unpaged text."""

    number: int
    page: int | None
    text: str
    furniture: bool = False
    # A text dump's page break (a form feed) just before the line: a paragraph break.
    page_break: bool = False

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def normalise(text: str) -> str:
    """Text for indexing and matching: NFKC (ligatures, superscripts, full-width forms)
    and straight quotes. Display text keeps what was printed."""
    text = unicodedata.normalize("NFKC", text)
    return text.translate(_QUOTES)


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-",
                         "\u00ad": ""})


# Characters that break a line for str.splitlines but not for an editor: a form feed
# (a page break, which pdftotext prints before a page's first line, so it goes), a
# vertical tab, separators (spacing inside a line).
_BREAKS = str.maketrans({c: " " for c in "\v\x1c\x1d\x1e\x85\u2028\u2029"} | {"\f": ""})
_BREAK_FOUND = re.compile("[\f\v\x1c\x1d\x1e\x85\u2028\u2029]")


def _tidy(text: str, markdown: bool) -> str:
    text = text.rstrip().replace("\t", "  ")
    if markdown:
        text = _MD_LINK.sub(r"\1", text)
        text = _MD_BOLD.sub("", text)
        text = _MD_HEADING.sub(r"\1", text)
        text = _MD_EMPHASIS.sub(r"\1", text)
        text = _MD_ESCAPE.sub(r"\1", text)
        if _MD_TABLE_RULE.match(text):
            return ""
        row = _MD_TABLE_ROW.match(text)
        if row:
            text = "  ".join(cell.strip() for cell in row.group(1).split("|"))
        if "<" in text:
            text = _HTML_TAG.sub(" ", text)
    return text


def _split_long(text: str) -> list[str]:
    parts = []
    while len(text) > MAX_LINE:
        cut = text.rfind(" ", MAX_LINE // 2, MAX_LINE)
        cut = cut if cut > 0 else MAX_LINE
        parts.append(text[:cut])
        text = text[cut:].lstrip()
    parts.append(text)
    return parts


def clean(paper: ExtractedPaper) -> list[Line]:
    """Number the paper's lines and flag its page furniture."""
    markdown = not paper.paged
    lines: list[Line] = []
    number = 0
    for page_no, page in enumerate(paper.pages, start=1):
        # Lines end at a newline only, as an editor and `sed -n` count them: str.splitlines
        # also ends one at a form feed (pdftotext's page break), and a text dump's later
        # lines were then cited one line lower for each page.
        breaks = _BREAK_FOUND.search(page) is not None  # (rare: each line is looked at only then)
        for raw in (page[:-1] if page.endswith("\n") else page).split("\n"):
            number += 1
            broken = breaks and "\f" in raw
            if breaks:
                raw = raw.translate(_BREAKS)
            for part in _split_long(_tidy(raw, markdown)):
                lines.append(Line(number, page_no if paper.paged else None, part, page_break=broken))
                broken = False
        # pypdf does not end a page with a newline; pages are separate blocks anyway.
    _mark_furniture(lines, paper.paged, web=paper.web)
    if paper.paged:
        _mark_dated_edges(lines)
        _mark_numbered_edges(lines)
    else:
        _mark_running_tops(lines)
    return lines


def _text_by_page(lines: list[Line]) -> dict[int, list[Line]]:
    """A PDF's lines of text, furniture found so far left out, by page."""
    pages: dict[int, list[Line]] = {}
    for line in lines:
        if not line.blank and not line.furniture:
            pages.setdefault(line.page or 0, []).append(line)
    return pages


def _mark_dated_edges(lines: list[Line]) -> None:
    """A PDF's running header or footer naming the meeting's day, the same at one edge of
    every page ("Cabinet 13.03.24" atop page 2 of two): too rare in a short paper for the
    count of repeats. The top of the first page is the paper's own title, and is left.
    (Any short line at two pages' edges was tried and took Kent's table cells; naming a
    day, and printed at the very edge of every page, a line is the meeting's.)"""
    pages = _text_by_page(lines)
    if len(pages) < 2:
        return
    ordered = [pages[n] for n in sorted(pages)]
    for edge in ([page[0] for page in ordered[1:]], [page[-1] for page in ordered]):
        shapes = {_shape(ln.text) for ln in edge}
        if len(shapes) == 1:
            shape = shapes.pop()
            if len(shape.split()) <= 8 and not shape.endswith((".", ",", ";", ":")) and find_date(shape) is not None:
                for line in edge:
                    line.furniture = True


# A short line ending in a number: "01/decision/glossaries/FormC 2".
_ENDS_NUMBER = re.compile(r"^(?P<before>\S.{0,80}?)\s+(?P<n>\d{1,4})\s*$")
_PART_NAME = re.compile(r"^(?:question|item|appendix|annex|schedule|part|section|chapter|table|figure|"
                        r"amendment|motion|option|stage|phase|step)\b", re.I)
# Words that count things a paper numbers one to a page ("... Recommendation 3").
_COUNTED = frozenset("recommendation priority enquiry site quarter year ward area objective theme outcome action "
                     "study case district allocation policy proposal issue risk goal aim principle commitment "
                     "indicator measure target scheme project zone route level tier group round wave slide "
                     "no".split())


def _mark_numbered_edges(lines: list[Line]) -> None:
    """A PDF's running header or footer that ends in its page's number, the same words
    at the same edge of three or more pages in a row ("01/decision/glossaries/FormC 2"
    atop pages 2 to 6 of a record of decision): the count of repeats misses it, since the
    number differs on each page, and it had been left inside the decision's text, once in
    mid-sentence. The number must go up with the pages: paragraph numbers at pages' edges
    ("(Item 3)", "3.1 ... 12") do not."""
    pages = _text_by_page(lines)
    runs: dict[tuple, list[list[Line]]] = {}
    for page_no in sorted(pages):
        for side, line in enumerate((pages[page_no][0], pages[page_no][-1])):
            m = _ENDS_NUMBER.match(line.text.strip())
            before = m.group("before") if m else ""
            # A form's dot leaders or rule for a signature are its own ("Chairman's
            # initials ........ 3", "Chairman ________ 3"); a sentence's stop or a label's
            # colon is not a header's.
            leader = re.search(r"\.{3,}|_{3,}", before)
            # Only what a header prints beside its page number: a reference or a form's
            # line (figures, slashes, a bar, dot leaders). Headings numbered one to a page
            # are text, however many words ("Case Study 2", "Key Line of Enquiry 3",
            # "Summary of Responses to Question 4", "2024/25 Quarter 1": a regression
            # test found them gone, and their pages' text under the heading before), and
            # so are a paper's numbered parts ("Question 2", "Appendix 3").
            last = before.split()[-1].lower() if before.split() else ""
            if (not m or len(before.split()) > 8 or not leader and before.endswith((".", ",", ";", ":"))
                    or _PART_NAME.match(before) or _PART_NAME.fullmatch(last) or last in _COUNTED
                    or not (leader or re.search(r"[\d/|\\_]", before))):
                continue
            # Keyed by its words and how far its number is from the PDF's page number.
            key = (side, _shape(m.group("before")), int(m.group("n")) - page_no)
            found = runs.setdefault(key, [[]])
            if found[-1] and found[-1][-1].page != page_no - 1:
                found.append([])
            found[-1].append(line)
    for run in (run for found in runs.values() for run in found):
        if len(run) >= 3:
            for line in run:
                line.furniture = True


def _footer_before_page_of(text: str) -> str | None:
    """What a footer ending in its page's number prints before it ("Signed .........
    Chairman" in "Signed ......... Chairman   Page 1 of 2"), or None when the line is no
    such footer: a sentence that a dump glued to the page's number ("... close on 8 March
    2024. Page 1 of 2") is text."""
    m = _ENDS_PAGE_OF.search(text) if len(text) < 150 else None
    if not m or m.group(1) and not 0 < int(m.group(1)) <= int(m.group(2)) or m.group(3) and int(m.group(3)) == 0:
        return None
    before = text[:m.start()].strip()
    return None if len(before.split()) > 10 or before.endswith((".", ";", ":", ",")) else before


def _mark_footers_beside_page_numbers(content: list[Line], numbers: list[int]) -> None:
    """A dump's footer or header naming the meeting's day, printed right beside every one
    of two page numbers or more: "Overview and Scrutiny Management Board - 4 April 2024"
    over "Page 1" and "Page 2" of two pages (too few for the count of repeats; it had
    become a section). Not a paper's own wording that happens to stand there twice
    ("Decision: Approved subject to conditions" over both page numbers of a decision
    sheet), which names no day. ``numbers``: where the page numbers stand in ``content``."""
    if len(numbers) < 2:
        return
    beside = [{_shape(content[j].text): content[j] for j in (i - 1, i + 1) if 0 <= j < len(content)
               and not content[j].furniture} for i in numbers]
    for shape in set(beside[0]).intersection(*beside[1:]):
        if len(shape) <= 150 and find_date(shape) is not None:
            for near in beside:
                near[shape].furniture = True


def _mark_running_tops(lines: list[Line]) -> None:
    """A text dump's running header: the line that opens every page after the first, the
    same on each (pdftotext's form feeds mark the pages). Printed under two page breaks of
    a three-page report ("Cabinet - 9 April 2025   Temporary Accommodation Task Group"),
    it is too rare for the count of repeats at page edges, and it had titled a section and
    cut a recommendation from its list."""
    tops: list[Line] = []
    after_break = False
    for line in lines:
        after_break = after_break or line.page_break
        if after_break and not line.blank:
            tops.append(line)
            after_break = False
    shapes = {_shape(ln.text) for ln in tops}
    if len(tops) >= 2 and len(shapes) == 1 and len(next(iter(shapes))) <= 150 \
            and not ATTENDANCE_LIST.match(tops[0].text):
        for line in tops:
            line.furniture = True


def _shape(text: str) -> str:
    """A line's shape for spotting running headers. Digits count: Kent's "(Item 3)" and
    numbered paragraphs also sit at page edges, and differ only in their numbers; a
    footer whose page number changes is caught by PAGE_OF or PAGE_NUMBER instead."""
    return " ".join(text.lower().split())


# A year alone on its line is text, not a page number: "by either April 2027 or April" /
# "2028" wrapped in a recommendation, "AUG" / "2018" on a timeline. No paper runs to
# 1,900 pages.
_YEAR = re.compile(r"^\s*[-–]?\s*(?:19|20)\d\d\s*[-–]?\s*$")


def _page_sides(lines: list[Line]) -> list[list[list[Line]]]:
    """Each PDF page's top and bottom edges: its first and last EDGE_LINES lines with
    text."""
    by_page: dict[int, list[Line]] = {}
    for line in lines:
        if not line.blank:
            by_page.setdefault(line.page or 0, []).append(line)
    return [[page_lines[:EDGE_LINES], page_lines[-EDGE_LINES:]] for page_lines in by_page.values()]


def _item_numbers(lines: list[Line]) -> set[int]:
    """The ids of the numbers alone on their lines that number minute items in a text
    dump: each over a title in capitals ("12" / "APOLOGIES FOR ABSENCE"), and running in
    sequence with another. (A dump's page numbers stand over running text or a header.)"""
    content = [ln for ln in lines if not ln.blank]
    over_titles = {}
    for ln, nxt in zip(content, content[1:]):
        if not PAGE_NUMBER.match(ln.text):
            continue
        letters = [c for c in nxt.text if c.isalpha()]
        if len(letters) >= 3 and all(c.isupper() for c in letters) and len(nxt.text.split()) <= 12:
            over_titles[id(ln)] = int(ln.text.strip(" -–"))
    numbers = set(over_titles.values())
    return {i for i, n in over_titles.items() if n - 1 in numbers or n + 1 in numbers}


def _mark_furniture(lines: list[Line], paged: bool, web: bool = False) -> None:
    # In a PDF a page number sits at the top or the foot of its page; a number alone
    # inside a page is a table's cell (a risk register's score "3", a target year, a
    # contents list's page), and is text.
    page_sides = _page_sides(lines) if paged else []
    edges_of_pages = {id(ln) for top, bottom in page_sides for ln in top + bottom} if paged else None
    items = set() if paged or web else _item_numbers(lines)
    for line in lines:
        t = line.text
        # A web page has no printed pages: a number alone there is a table's cell, as
        # when minutes are a table of number, title and text ("47" | "24/01234/FUL - Land
        # at Mill Lane" | ...), and dropping it would lose the minute's number.
        page_number = (PAGE_NUMBER.match(t) and not web and not _YEAR.match(t) and id(line) not in items
                       and (edges_of_pages is None or id(line) in edges_of_pages))
        if page_number or AGENDA_STAMP.match(t) or BLANK_PAGE.match(t) or (len(t) < 120 and PAGE_OF.match(t)):
            line.furniture = True

    # Running headers and footers sit at page edges: the first and last few lines of a
    # PDF page, or (in a text dump, which has no pages) the lines next to a bare page
    # number. A line there whose shape recurs at three or more edges is furniture.
    # In a PDF the top and bottom edges are counted apart: a running header recurs at
    # one of them, while text quoted again and again (a motion restated under each
    # amendment in a debate's minutes) can fall at either, here the top of a page and
    # there the bottom.
    # A page's foot: the last lines of a PDF page, or of a text dump's page before the
    # form feed that ends it.
    edges: list[list[Line]] = []
    sides: list[list[list[Line]]] = []
    feet: set[int] = set()
    if paged:
        for top, bottom in page_sides:
            edges.append(top + bottom)
            sides.append([top, bottom])
            feet.update(id(ln) for ln in bottom)
    else:
        content = [ln for ln in lines if not ln.blank]
        numbers: list[int] = []  # where the page numbers stand in ``content``
        for i, line in enumerate(content):
            if line.furniture and (PAGE_NUMBER.match(line.text) or PAGE_OF.match(line.text)):
                numbers.append(i)
                edges.append(content[max(0, i - 2): i] + content[i + 1: i + 3])
                sides.append([edges[-1]])
            if line.page_break:
                feet.update(id(ln) for ln in content[max(0, i - EDGE_LINES): i])
    # A line at a page's edge that ends in "Page N of M" (or "- Page N") is a footer
    # however few pages print it: a parish's "Signed ... Chairman   Page 1 of 2" over the one page break of
    # its two pages is too rare for the count of repeats below, and had run into the
    # item it interrupts. (A dump's last page ends the paper, not at a form feed.)
    # So is one in a dump that sets its page number apart by a wide gap, as a PDF's
    # footer is laid out, where no form feed marks the pages, when it names the meeting's
    # day ("Fire and Rescue Authority - 16 February 2024      Page 1 of 3"; not a
    # contents list's "7. Internal Audit Opinion      Page 5 of 18").
    at_edges = edges_of_pages if paged else feet | {id(content[-1])} if feet else set()
    # The very edge: a page's first and last lines in a PDF; in a dump, the lines either
    # side of a form feed.
    if paged:
        outermost = {id(ln) for top, bottom in page_sides for ln in top[:1] + bottom[-1:]}
    else:
        outermost = {id(content[j]) for i, ln in enumerate(content) if ln.page_break for j in (i - 1, i) if j >= 0}
    for line in lines:
        # "Page 3 | Cabinet Minutes" at the very edge of a page, not a sentence citing a
        # page near it ("Page 22 – the Director explained that the overspend was due to
        # placement costs.", a regression test: scrutiny minutes go through a report page
        # by page).
        if id(line) in outermost and len(line.text) < 120 and _PAGE_AND_WORDS.match(line.text) \
                and not line.text.rstrip().endswith("."):
            line.furniture = True
            continue
        before = _footer_before_page_of(line.text)
        if before is not None and (id(line) in at_edges or not paged and _GAP_BEFORE_PAGE.search(line.text)
                                   and find_date(before) is not None):
            line.furniture = True
    if not paged:
        _mark_footers_beside_page_numbers(content, numbers)
    counts: Counter[str] = Counter()
    for side in range(2 if paged else 1):
        at_side: Counter[str] = Counter()
        for page_sides in sides:
            at_side.update({_shape(ln.text) for ln in page_sides[side] if not ln.furniture})
        counts |= at_side
    repeated = {shape for shape, n in counts.items() if n >= 3 and len(shape) <= 150}
    if not repeated:
        return
    threshold = max(3, len(edges) // 4) if paged else 3
    repeated = {s for s in repeated if counts[s] >= threshold}
    # The first time a running header appears it is usually the document's own title
    # block ("AUDIT COMMITTEE / 24 SEPTEMBER 2009" above a minutes' attendance list), so
    # it stays text; its repeats on later pages are furniture. A first printing at a
    # page's foot is no title: a footer from the first ("Cabinet 11 March 2025" under
    # page 1, which had cut a decision running on over the page in two).
    # Nor is a repeat that heads a new document: minutes whose attendance list follows.
    content = [ln for ln in lines if not ln.blank]
    heads_minutes = set()
    for i, ln in enumerate(content):
        if ATTENDANCE_LIST.match(ln.text):
            heads_minutes.update(id(x) for x in content[max(0, i - 3):i])
    seen: set[str] = set()
    for edge in edges:
        for ln in edge:
            shape = _shape(ln.text)
            if shape in repeated:
                if (shape in seen or id(ln) in feet) and id(ln) not in heads_minutes:
                    ln.furniture = True
                seen.add(shape)
