"""Stage 1: a file on disk becomes extracted pages of text.

PDFs are read with pypdf page by page (pages numbered from 1); text and Markdown dumps
are decoded (UTF-8, else cp1252 with a warning); HTML pages are reduced to their visible
text with beautifulsoup4, one line per block element. pypdf and bs4 are imported only
here and only when needed, so the search path never loads them.
"""

from __future__ import annotations

import logging
import os
import re
import stat
from dataclasses import dataclass, field

from .errors import NoTextError, PaperError

#: File endings docsearch reads, by the reader that handles them.
PDF_SUFFIXES = (".pdf",)
TEXT_SUFFIXES = (".txt", ".md", ".text")
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED_SUFFIXES = PDF_SUFFIXES + TEXT_SUFFIXES + HTML_SUFFIXES

# Signatures of files that often arrive misnamed: a Word document saved as .pdf is the
# commonest "broken PDF" councils publish.
_OTHER_FORMATS = (
    (b"PK\x03\x04", "a Word/zip file (.docx?), not a PDF"),
    (b"\xd0\xcf\x11\xe0", "an old Word/Office file, not a PDF"),
    (b"<!DOCTYPE html", "an HTML page, not a PDF"),
    (b"<html", "an HTML page, not a PDF"),
    (b"\x89PNG", "a PNG image, not a PDF"),
    (b"\xff\xd8\xff", "a JPEG image, not a PDF"),
)


@dataclass
class ExtractedPaper:
    """The raw text of one paper.

    ``pages`` holds one string per PDF page; a text or HTML paper is one "page" and
    ``paged`` is False (its line numbers are then the file's own). ``web`` is True for an
    HTML page, which was never printed: a number alone on one of its lines is a table
    cell (a minute's number), not a page number.
    """

    source: str
    pages: list[str]
    paged: bool
    warnings: list[str] = field(default_factory=list)
    web: bool = False
    # The name in a web page's site logo ("<img alt="Ashcombeshire County Council">"): the
    # council whose site published it, when the page's words name none.
    site: str | None = None


def is_supported(path: str) -> bool:
    """True when docsearch has a reader for this file's ending."""
    return path.lower().endswith(SUPPORTED_SUFFIXES)


def extract(path: str, data: bytes | None = None) -> ExtractedPaper:
    """Read one paper. Raises :class:`PaperError` with a one-line reason when it cannot."""
    if data is None:
        try:
            # A named pipe blocks the first read for ever, and a device (/dev/zero, linked
            # as a paper) never ends: only regular files are read.
            if not stat.S_ISREG(os.stat(path).st_mode):
                raise PaperError(path, "not a regular file (a pipe or device?)")
            with open(path, "rb") as fh:
                data = fh.read()
        except IsADirectoryError:
            raise PaperError(path, "is a folder, not a paper") from None
        except FileNotFoundError:
            raise PaperError(path, "file not found (or a broken link)") from None
        except PermissionError:
            raise PaperError(path, "permission denied") from None
        except OSError as exc:
            raise PaperError(path, f"cannot read: {exc.strerror or exc}") from None
    if not data.strip():
        raise PaperError(path, "empty file")
    lower = path.lower()
    if lower.endswith(PDF_SUFFIXES):
        return _extract_pdf(path, data)
    if lower.endswith(HTML_SUFFIXES):
        text, warnings = _decode(path, data)
        shown, site = _html_to_text(text)
        if not shown.strip():
            raise NoTextError(path, "no visible text (markup, scripts or navigation only)")
        return ExtractedPaper(path, [shown], paged=False, warnings=warnings, web=True, site=site)
    if lower.endswith(TEXT_SUFFIXES):
        text, warnings = _decode(path, data)
        return ExtractedPaper(path, [text], paged=False, warnings=warnings)
    raise PaperError(path, f"unsupported file type '{os.path.splitext(path)[1] or path}'")


def _extract_pdf(path: str, data: bytes) -> ExtractedPaper:
    head = data[:1024]
    if b"%PDF" not in head:
        for magic, what in _OTHER_FORMATS:
            if data.lstrip()[: len(magic)].lower() == magic.lower():
                raise PaperError(path, f"not a PDF: {what}")
        raise PaperError(path, "not a PDF (no %PDF header)")

    import io

    import pypdf
    from pypdf.errors import PdfReadError

    # pypdf reports damage it worked round through logging (even at ERROR level:
    # "Advanced encoding ... not implemented yet"); a CLI run would otherwise print dozens
    # of lines per odd PDF. Problems that matter surface as exceptions below.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    warnings: list[str] = []
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            # Many council PDFs are "encrypted" only against editing, with an empty
            # user password; those open fine.
            try:
                ok = reader.decrypt("")
            except Exception:  # noqa: BLE001 - pypdf raises several types here
                ok = 0
            if not ok:
                raise PaperError(path, "encrypted PDF (needs a password)")
        n_pages = len(reader.pages)
    except PaperError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, OSError) as exc:
        raise PaperError(path, f"damaged PDF: {_short(exc)}") from None
    except Exception as exc:  # noqa: BLE001 - any other pypdf failure is a bad paper
        raise PaperError(path, f"damaged PDF: {_short(exc)}") from None
    if n_pages == 0:
        raise PaperError(path, "PDF has no pages (truncated?)")

    pages: list[str] = []
    bad_pages = 0
    first_problem = ""
    for number in range(n_pages):
        try:
            text = reader.pages[number].extract_text() or ""
        except Exception as exc:  # noqa: BLE001 - one bad page must not lose the others
            bad_pages += 1
            first_problem = first_problem or _short(exc)
            text = ""
        pages.append(text)
    if not any(p.strip() for p in pages):
        if bad_pages:
            # Pages that fail to decode (a stream that inflates past pypdf's limits, a
            # broken content stream) are damage, not a scan without a text layer.
            raise PaperError(path, f"damaged PDF: {bad_pages} of {n_pages} pages could not be read ({first_problem})")
        raise NoTextError(path, "no text, scanned? (the PDF has no text layer)")
    if bad_pages:
        warnings.append(f"{bad_pages} of {n_pages} pages could not be read ({first_problem})")
    return ExtractedPaper(path, pages, paged=True, warnings=warnings)


def _short(exc: BaseException) -> str:
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return msg[:160]


def _decode(path: str, data: bytes) -> tuple[str, list[str]]:
    """Decode a text dump: UTF-8 first, then cp1252 (then Latin-1), never crash on bytes."""
    sample = data[:65536]
    # Binary junk named .txt: NUL bytes or mostly control characters.
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in sample or controls > len(sample) * 0.05:
        if not (sample.startswith((b"\xff\xfe", b"\xfe\xff"))):
            raise PaperError(path, "binary data, not text")
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            raise PaperError(path, "binary data, not text") from None
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), ["not UTF-8; read as Windows-1252"]
    except UnicodeDecodeError:
        return data.decode("latin-1"), ["not UTF-8; read as Latin-1"]


# Elements whose text is never shown to a reader of the page. (A <form> is dropped too,
# unless it holds the page: see _holds_the_page.)
_HIDDEN_TAGS = ("script", "style", "noscript", "template", "nav", "head", "iframe", "svg",
                "button", "select")
# Elements that start a new line of text.
_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer aside "
    "blockquote pre dt dd dl hr main figure figcaption caption address td th".split()
)


# The names (class, id, label) sites give their breadcrumb trails ("breadcrumbs",
# "crumbs"), cookie banners and consent managers ("cookie-notice", CookieYes's
# "cky-consent-container", "consent-bar"), skip links, and ModernGov's list of a
# meeting's links ("Attendance | Issue history | Printable version", "mgActionList").
_FURNITURE_NAME = re.compile(
    r"breadcrumb|^(?:\w+[-_])?crumbs$|cookie|^cky-|^mgActionList$"
    # (a consent manager's box, not any name holding "consent": "listed-building-consent")
    r"|consent[-_]?(?:banner|bar|manager|modal|popup|container|dialog|overlay|wrapper)"
    r"|^skip(?:[-_ ]?(?:link|to|nav|main|content)\w*)?$"
    # ... and a page's "Was this page helpful?", "Last updated" and "Share this page" boxes
    # (LocalGov Drupal's "lgd-page-feedback", "lgd-last-updated"; Jadu's "feedback" and
    # "share"; ModernGov's "mgLastUpdated").
    r"|page[-_]?feedback|feedback[-_]?(?:form|widget|block)|last[-_]?updated|share[-_]?(?:this|page|links|buttons)"
    r"|social[-_]?shar|^feedback$|^share$", re.I)
# ... and their footers, menus and bars of links, when those are plain <div>s and lists:
# "site-footer", "topnav", "main-menu", "MainMenu", "masthead-nav", "top-bar", and
# DotNetNuke's "dnnNav" (CMIS runs on DotNetNuke: its pages come whole in their <form>).
_FOOTER_NAME = re.compile(
    r"footer|^(?:top|main|site|global|primary|masthead|header|dnn)?[-_]?(?:nav(?:bar|igation)?|menu)(?:[-_]?links)?$"
    r"|^top[-_]?bar$|^mega[-_]?menu$", re.I)
# ... and their sidebars, when not an <aside> or marked "complementary": "sidebar",
# "sidebar-left", "primary-sidebar", WordPress's "widget-area". Whole names only, since a
# theme's wrapper round both the text and its sidebar is named "content-sidebar-wrap".
_SIDEBAR_NAME = re.compile(
    r"^(?:(?:left|right|primary|secondary|page|site)[-_]?)?sidebar(?:[-_]?(?:left|right|primary|secondary|\d))?$"
    r"|^widget-area$", re.I)


# A link to a document labelled with its file type and size, as ModernGov prints one
# after an item's title ("PDF 198 KB") and at the end of a document's name ("Printed
# minutes 05th-Nov-2025 18.30 Planning Committee PDF 240 KB"), and CMIS in brackets
# ("Report of the Director (PDF, 540KB)").
_FILE_SIZE = re.compile(r"\(?\b(?:PDF|DOCX?|XLSX?|PPTX?|ODT|ODS|RTF|CSV|TXT|ZIP)\b,?\s*\d+(?:[.,]\d+)?\s*[KMG]B\)?$", re.I)
# The label over a list of such links: "Supporting documents:", "Additional documents:",
# "Accompanying Documents:", "Background papers".
_DOCUMENTS_LABEL = re.compile(
    r"^(?:(?:supporting|additional|accompanying|meeting|item)\s+)?(?:documents?|attachments)\s*:?$", re.I)
# ... and the label of a report's own list, which is part of the report: "Background
# papers", "Background documents".
_BACKGROUND_LABEL = re.compile(r"^background\s+(?:papers|documents)\b", re.I)


def _drop_document_links(soup) -> None:
    """Leave out the links to a meeting's documents, which are not the paper's words. A
    size alone as a link's label ("PDF 198 KB" after "Minutes of the previous meeting")
    was read into the item's title and its decisions' titles; a list of documents
    ("Supporting documents:" over "Printed minutes 05th-Nov-2025 ... PDF 240 KB") at the
    foot of a meeting's page was read as part of its last minute. A report's own list
    ("Background papers") stays, and so does one link in a paragraph ("Appendix C: Draft
    terms and conditions (PDF 64 KB)"), which may be the only mention of the appendix."""
    for link in soup.find_all("a"):
        if _FILE_SIZE.fullmatch(" ".join(link.get_text(" ").split())):
            # (Its brackets too: "... September 2024 (PDF 40 KB), with ...".)
            before, after = link.previous_sibling, link.next_sibling
            if isinstance(before, str) and isinstance(after, str) and before.rstrip().endswith("(") \
                    and after.lstrip().startswith(")"):
                rest = after.lstrip()[1:]
                before.replace_with(before.rstrip()[:-1].rstrip() + ("" if rest[:1] in ",.;:)" else " "))
                after.replace_with(rest)
            link.decompose()
    for block in soup.find_all(("ul", "ol", "div", "p")):
        if block.decomposed:
            continue
        links = block.find_all("a")
        words = len(block.get_text(" ").split())
        if not links or sum(len(a.get_text(" ").split()) for a in links) < words:
            continue
        if not all(_FILE_SIZE.search(" ".join(a.get_text(" ").split())) for a in links):
            continue
        label = block.find_previous_sibling()
        said = " ".join(label.get_text(" ").split()) if label is not None else ""
        if _BACKGROUND_LABEL.match(said):
            continue
        if _DOCUMENTS_LABEL.match(said):
            label.decompose()
        elif len(links) < 2:
            continue
        block.decompose()
    # ModernGov prints the size in a span of its own after a title, in its link or not
    # ("Joint Local Health and Wellbeing Strategy 2025-2030 <span class="mgSizeTxt">PDF
    # 512 KB</span>"): what is left of such spans goes, the titles stay.
    for span in soup.find_all(("span", "small")):
        if not span.decomposed and _FILE_SIZE.fullmatch(" ".join(span.get_text(" ").split())):
            span.decompose()


# Block elements that end a paragraph (not table cells and rows, which PDF extraction
# gives one to a line with no gap between).
_PARAGRAPH_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 li ul ol table blockquote pre dl address figure".split())


# A table cell holding this many words or more is prose, not a label or a figure.
_PROSE_CELL_WORDS = 12


def _prose_cell(cell) -> bool:
    """Whether a table cell holds prose (paragraphs, or a sentence) rather than a label,
    a title or a figure."""
    if cell.find(_PARAGRAPH_TAGS) is not None:
        return True
    words = cell.get_text(" ").split()
    return len(words) >= _PROSE_CELL_WORDS or len(words) >= 6 and words[-1].endswith((".", "!", "?"))


def _list_label(number: int, style: str) -> str:
    """A numbered list item's label, in the brackets council papers print a decision's
    parts in: "(3)", "(c)", "(C)", "(iii)". (A browser shows "3.", but a number and a
    full stop opening a line is how minutes number their items: a decision's parts in a
    list would be read as items 1, 2, 3 of the meeting.)"""
    if number < 1 or style == "1":
        return f"({number})"
    if style in ("a", "A"):
        letters = ""
        while number:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return f"({letters.upper() if style == 'A' else letters})"
    if style in ("i", "I"):
        roman = ""
        for value, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                               (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"),
                               (5, "v"), (4, "iv"), (1, "i")):
            count, number = divmod(number, value)
            roman += numeral * count
        return f"({roman.upper() if style == 'I' else roman})"
    return f"({number})"


def _whole_number(value, default: int | None) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


# A minute's title printed as a list item is short: "Minutes of the meeting held on 27th
# October 2025".
_HEADING_WORDS = 15


_DECISION_WORD = re.compile(r"\b(?:resolved|agreed|decided|decision|recommended)\b", re.I)


def _numbered_heading(ol, items) -> bool:
    """Whether a numbered list is a minute's heading: WordPress's list blocks and Word
    pastes print "4. Planning applications" as a list of one item, <ol start="4"><li>
    <strong>Planning applications</strong></li></ol>, with the minute's text in the
    paragraphs after it. Such an item is a title: short, with no closing stop, bold or
    capitalised, not a decision's part ("That ...", "To ..."), not led into by a line
    ending in a colon or a decision's stem ("RESOLVED that Cabinet:", "RESOLVED" over a
    one-part decision) and followed by text that is not another numbered list."""
    if len(items) != 1:
        return False
    item = items[0]
    if item.find(("p", "div", "ul", "ol", "table", "br")) is not None:
        return False
    text = " ".join(item.get_text(" ").split())
    if not text or len(text.split()) > _HEADING_WORDS or text.endswith((".", ";", ":", ",")):
        return False
    bold = " ".join(" ".join(b.get_text(" ") for b in item.find_all(("strong", "b"))).split())
    if bold != text and not text[0].isupper():
        return False
    # (A decision's one part: "That the Council Tax Base ... be approved", "To adopt
    # the revised Standing Orders", under "RESOLVED", "It was RESOLVED that the
    # Committee", "RESOLVED –".)
    if re.match(r"(?:that|to)\s", text, re.I):
        return False
    before = ol.find_previous_sibling()
    said = " ".join(before.get_text(" ").split()) if before is not None else ""
    if said.endswith(":") or _DECISION_WORD.search(said[-80:]) and not said.endswith((".", "!", "?")):
        return False
    # Followed by its text, which may be a bulleted list (a clerk's report in points),
    # not by another numbered list.
    after = ol.find_next_sibling()
    return after is not None and after.name not in ("ol", "li")


def _number_list_items(soup) -> None:
    """Write each item of a numbered list (<ol>) with its number before it. A decision
    printed as a numbered list ("RESOLVED that Cabinet: (1) approves ... (3) delegates
    ...") is cited by those numbers, and without them its parts ran together with
    nothing to tell them apart. The list's ``start``, ``type`` and ``reversed`` and an
    item's ``value`` are honoured, as browsers do."""
    from bs4 import NavigableString

    for ol in soup.find_all("ol"):
        items = ol.find_all("li", recursive=False)
        if not items:
            continue
        backwards = ol.has_attr("reversed")
        number = _whole_number(ol.get("start"), len(items) if backwards else 1)
        style = str(ol.get("type") or "1").strip()[:1] or "1"
        if style == "1" and _numbered_heading(ol, items):
            number = _whole_number(items[0].get("value"), number)
            items[0].insert(0, NavigableString(f"{number}. "))
            continue
        for li in items:
            number = _whole_number(li.get("value"), number)
            li.insert(0, NavigableString(_list_label(number, str(li.get("type") or style)[:1]) + " "))
            number += -1 if backwards else 1


def _holds_the_page(form, page_words: int) -> bool:
    """Whether a <form> is the page itself rather than a box on it. ASP.NET WebForms sites
    (CMIS, DotNetNuke) wrap the whole page in one <form>, so dropping forms left such a
    page its <title> alone; a search box, a login, a newsletter sign-up or a "Was this page
    useful?" form is a small part of the page. So a form holding most of the page's
    words, in headings, paragraphs or tables, is kept."""
    if form.find(("h1", "h2", "h3", "h4", "h5", "h6", "p", "table")) is None:
        return False
    return 2 * len(form.get_text(" ").split()) > page_words


def _mostly_links(tag) -> bool:
    """Whether most of an element's words are the words of its links, as in a list of
    related pages or the latest news."""
    # (Its headings aside: "Related pages" over two links.)
    words = len(tag.get_text(" ").split()) - sum(len(h.get_text(" ").split())
                                                 for h in tag.find_all(("h1", "h2", "h3", "h4", "h5", "h6")))
    linked = sum(len(a.get_text(" ").split()) for a in tag.find_all("a"))
    return 2 * linked >= words


# A logo's alternative text around the council's name: "Ashcombeshire County Council
# logo", "Logo of Harrowfield Council", "Go to the Wexcombe Town Council home page".
_LOGO_WORDS = re.compile(r"^(?:(?:the\s+)?logo\s+(?:of|for)\s+|go\s+to\s+(?:the\s+)?)|"
                         r"(?:\s*[-–|:]?\s*(?:logo|home\s*page|homepage|home|website))+$", re.I)


def _site_owner(soup) -> str | None:
    """The council named by the alternative text of one of the page's first images (its
    site's logo), for the splitter to check; ModernGov's meeting pages may name their
    council nowhere else."""
    for img in soup.find_all("img", alt=True, limit=5):
        alt = _LOGO_WORDS.sub("", " ".join(str(img["alt"]).split())).strip()
        if re.search(r"\b(?:Council|Authority)$", alt) and len(alt.split()) <= 8:
            return alt
    return None


def _html_to_text(html: str) -> tuple[str, str | None]:
    """The text a reader sees on the page, and the council its site's logo names."""
    from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

    # Markup that is a NavigableString to bs4 but never shown: "<!DOCTYPE html>" etc.
    unseen = (Comment, Declaration, Doctype, ProcessingInstruction)

    soup = BeautifulSoup(html, "html.parser")
    # The page's title is its first line: a council's meeting pages name the meeting and
    # the council there ("Minutes of Cabinet, Tuesday, 20th October, 2020 - Leicestershire
    # County Council") and often nowhere else, the council's name being in the site banner.
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    site = _site_owner(soup)
    for tag in soup.find_all(_HIDDEN_TAGS):
        tag.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    # Counted with scripts and controls gone, so that only what a reader sees is weighed.
    page_words = len(soup.get_text(" ").split())
    # Site navigation, banner and footer in ModernGov pages sit in elements with these roles.
    for tag in soup.find_all(attrs={"role": ("navigation", "banner", "search", "contentinfo")}):
        tag.decompose()
    # A <footer> outside any article or section is the page's own (its contentinfo, as
    # HTML defines it: the council's address, copyright), not the paper's; inside an
    # article it may belong to the text, and stays. (A <header> may hold the meeting's
    # name in an <h1>: it stays.)
    for tag in soup.find_all("footer"):
        if tag.find_parent(("article", "section", "main", "aside")) is None:
            tag.decompose()
    # A page's own <header> with no heading in it is the site's banner, whether or not
    # it says so by a role: its lists of links ("Pay council tax online", "Report a
    # pothole") go, and its logo's words stay, for they may be all the page says of
    # its council.
    for tag in soup.find_all("header"):
        if tag.find_parent(("article", "section", "main", "aside")) is None and tag.find(("h1", "h2", "h3")) is None:
            for links in tag.find_all(("ul", "ol", "menu")):
                links.decompose()
    # Site furniture that pages mark only by name: breadcrumbs, cookie banners, skip
    # links. (A breadcrumb trail written as a numbered list read "(1) Home (2) Decisions",
    # and "(3) Decisions" was taken for a heading.) Never an element holding most of the
    # page: a page saved from a browser may carry a consent script's mark on its <body>
    # or its wrapper ("cky-consent-given", "cookies-accepted").
    furniture = [*soup.find_all(class_=_FURNITURE_NAME), *soup.find_all(id=_FURNITURE_NAME),
                 *soup.find_all(attrs={"aria-label": _FURNITURE_NAME})]
    for tag in furniture:
        if tag.name not in ("html", "body") and not 2 * len(tag.get_text(" ").split()) > page_words:
            tag.decompose()
    # A site's footer or top menu built of plain <div>s, named so ("site-footer",
    # "footerLinks", "topnav"): dropped as a <footer> is, outside any article or section.
    for tag in [*soup.find_all(class_=_FOOTER_NAME), *soup.find_all(id=_FOOTER_NAME)]:
        if tag.find_parent(("article", "section", "main", "aside")) is None:
            tag.decompose()
    # Sidebars: an <aside>, a "complementary" region or a block named as a sidebar holds
    # what sits beside the text ("Related pages", "Latest news", "Quick links"), and a
    # user test found a town council's "Quick links" read as part of its last minute.
    # Inside an article or the page's <main> an aside may be the text's own (a box
    # holding the decision: "The decision" / "Decision maker: ..."), so there only one
    # made mostly of links goes.
    sidebars = [*soup.find_all("aside"), *soup.find_all(attrs={"role": "complementary"}),
                *soup.find_all(class_=_SIDEBAR_NAME), *soup.find_all(id=_SIDEBAR_NAME)]
    for tag in sidebars:
        if tag.find_parent(("article", "main")) is None or _mostly_links(tag):
            tag.decompose()
    # Forms last, weighed against what is left of the page: a CMIS page's form holds its
    # decision, and the council's large footer outside it is gone by now.
    shown_words = len(soup.get_text(" ").split())
    for form in [f for f in soup.find_all("form") if not _holds_the_page(f, shown_words)]:
        form.decompose()

    _drop_document_links(soup)
    _number_list_items(soup)

    lines: list[str] = [" ".join(title.split())] if title.strip() else []
    current: list[str] = []

    def flush() -> None:
        text = " ".join("".join(current).split())
        if text:
            lines.append(text)
        current.clear()

    def walk(node) -> None:
        for child in node.children:
            if isinstance(child, unseen):
                continue
            if isinstance(child, NavigableString):
                current.append(str(child))
            elif isinstance(child, Tag):
                block = child.name in _BLOCK_TAGS
                if block:
                    flush()
                if child.name in ("td", "th"):
                    # Table cells: one cell per line, as PDF extraction gives them; but a
                    # cell of prose is a paragraph of its own. Minutes printed as a table
                    # (number | title | text) would otherwise run the item's title into
                    # its text, while a title in two cells ("24/01234/FUL" | "Land at
                    # Mill Lane") still reads as one.
                    prose = _prose_cell(child)
                    if prose and lines and lines[-1]:
                        lines.append("")
                    walk(child)
                    flush()
                    if prose and lines and lines[-1]:
                        lines.append("")
                    continue
                walk(child)
                if block:
                    flush()
                    if child.name in _PARAGRAPH_TAGS and lines and lines[-1]:
                        # A blank line ends a paragraph or a heading, as in a text dump:
                        # the splitter reads a title's end and a paragraph's by them.
                        lines.append("")

    walk(soup)
    flush()
    return "\n".join(lines), site
