import pytest

from docsearch.clean import clean, normalise
from docsearch.errors import NoTextError, PaperError
from docsearch.extract import ExtractedPaper, extract

from conftest import corpus


def test_pdf_pages_are_numbered_from_one():
    paper = extract(corpus("kent-cabinet-minutes-2025-01-09.pdf"))
    assert paper.paged and len(paper.pages) > 3
    assert "MINUTES of a meeting of the Cabinet" in paper.pages[0]
    lines = clean(paper)
    assert lines[0].page == 1 and lines[-1].page == len(paper.pages)


def test_not_a_pdf_is_reported(tmp_path):
    bad = tmp_path / "report.pdf"
    bad.write_bytes(b"PK\x03\x04 this is a docx really")
    with pytest.raises(PaperError, match="Word"):
        extract(str(bad))


def test_pdf_without_text_is_reported(tmp_path):
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=595, height=842)
    path = tmp_path / "scan.pdf"
    with open(path, "wb") as fh:
        w.write(fh)
    with pytest.raises(NoTextError, match="no text"):
        extract(str(path))


def test_cp1252_text_is_read_with_a_warning(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("RESOLVED that £5m be allocated to the ‘pilot’.".encode("cp1252"))
    paper = extract(str(path))
    assert "£5m" in paper.pages[0] and "‘pilot’" in paper.pages[0]
    assert paper.warnings


def test_binary_junk_named_txt_is_refused(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(PaperError, match="binary"):
        extract(str(path))


def test_html_keeps_visible_text_as_lines(tmp_path):
    path = tmp_path / "minutes.html"
    path.write_text("<html><head><title>x</title><script>var secret = 1;</script></head><body>"
                    "<nav>Home | Meetings</nav><h1>Minutes</h1><p>441. Minutes of the <b>previous</b> meeting."
                    "<p>RESOLVED: that the minutes be signed.<table><tr><td>a</td><td>b</td></tr></table>"
                    "<div>unclosed", encoding="utf-8")
    text = extract(str(path)).pages[0]
    assert "secret" not in text and "Home | Meetings" not in text
    lines = text.splitlines()
    assert lines[0] == "x"  # the page's title
    assert "441. Minutes of the previous meeting." in lines
    assert "RESOLVED: that the minutes be signed." in lines
    assert "unclosed" in lines


def test_html_numbered_lists_keep_their_numbers(tmp_path):
    # A decision printed as a numbered list is cited by its numbers ("decision 3").
    path = tmp_path / "decision.html"
    path.write_text("<html><body><p>RESOLVED that Cabinet:</p><ol><li>approves the programme;</li>"
                    "<li>delegates authority to the Director;</li></ol>"
                    "<ol type='a' start='3'><li>notes the survey;</li><li value='7'>thanks the staff.</li>"
                    "<li>ends.<ul><li>a bullet</li></ul></li></ol>"
                    "<ol type='i' reversed><li>four</li><li>three</li><li>two</li><li>one</li></ol></body></html>",
                    encoding="utf-8")
    lines = [ln for ln in extract(str(path)).pages[0].splitlines() if ln]
    # In brackets, as papers print a decision's parts: "1." would open a minute item.
    assert lines[1:3] == ["(1) approves the programme;", "(2) delegates authority to the Director;"]
    assert lines[3:7] == ["(c) notes the survey;", "(g) thanks the staff.", "(h) ends.", "a bullet"]
    assert lines[7:] == ["(iv) four", "(iii) three", "(ii) two", "(i) one"]


def test_html_minute_headings_printed_as_one_item_lists_are_numbered_as_minutes(tmp_path):
    # WordPress list blocks and Word pastes print "4. Planning applications" as a list of
    # one bold item over the minute's paragraphs: that is the minute's heading. A decision
    # of one part, led in by a colon, keeps its brackets.
    path = tmp_path / "minutes.html"
    path.write_text("<html><body><p>Present: Cllrs K. Moss (Chair), B. Laing</p>"
                    "<ol class='wp-block-list'><li><strong>Apologies for absence</strong></li></ol><p>None.</p>"
                    "<ol start='4' class='wp-block-list'><li><strong>Planning applications</strong></li></ol>"
                    "<p>RESOLVED that Cabinet:</p><ol><li>approves the programme</li></ol>"
                    "<p>The Committee noted the report.</p></body></html>", encoding="utf-8")
    lines = [ln for ln in extract(str(path)).pages[0].splitlines() if ln]
    assert lines[1:4] == ["1. Apologies for absence", "None.", "4. Planning applications"]
    assert "(1) approves the programme" in lines


def test_html_site_furniture_is_dropped_and_the_councils_name_kept(tmp_path):
    path = tmp_path / "decision.html"
    path.write_text("<html><body><div class='cookie-banner'>We use cookies to improve our website.</div>"
                    "<a class='skip-link' href='#main'>Skip to main content</a>"
                    "<header class='site-header'><a href='/'>Kelby District Council</a>"
                    "<ul><li><a href='/bins'>Check your bin collection day</a></li><li>Report a pothole</li></ul></header>"
                    "<ol class='breadcrumb'><li>Home</li><li>Decisions</li></ol>"
                    "<h1>Officer decision: Closure of Quay Road</h1><p>To close Quay Road for six weeks.</p>"
                    "</body></html>", encoding="utf-8")
    lines = [ln for ln in extract(str(path)).pages[0].splitlines() if ln]
    assert lines == ["Kelby District Council", "Officer decision: Closure of Quay Road", "To close Quay Road for six weeks."]
    # A footer and a menu of plain <div>s, named so.
    path.write_text("<html><body><div class='topnav'>Home Bins Council Tax</div><h1>Minutes</h1>"
                    "<p>The meeting closed at 8.15 pm.</p><div id='footerLinks'>Contact us Accessibility</div>"
                    "<div class='site-footer'>Kelby District Council, Market Street, Kelby</div></body></html>",
                    encoding="utf-8")
    assert [ln for ln in extract(str(path)).pages[0].splitlines() if ln] == ["Minutes", "The meeting closed at 8.15 pm."]


def test_an_html_page_wrapped_in_a_form_is_read_and_small_forms_are_not(tmp_path):
    # ASP.NET WebForms sites (CMIS, DotNetNuke) wrap the whole page in one <form>; a
    # search box or a newsletter sign-up is a form of its own, and site furniture.
    path = tmp_path / "meeting.html"
    path.write_text("<html><head><title>Meeting of Licensing Committee, 19/11/2025</title></head>"
                    "<body><form method='post' id='Form'><input type='hidden' name='__VIEWSTATE' value='x'>"
                    "<form role='search'><label>Search this site</label><input name='q'><button>Go</button></form>"
                    "<h1>Licensing Committee</h1><h2>Minutes</h2>"
                    "<table><tr><td>LC/25/17</td><td><strong>Licensing fees 2026/27</strong>"
                    "<p>Resolved – That the fees for 2026/27 set out in Appendix A be approved.</p></td></tr></table>"
                    "</form><form action='/newsletter'><h2>Newsletter</h2><p>Sign up for council news.</p>"
                    "<input name='email'></form></body></html>", encoding="utf-8")
    lines = [ln for ln in extract(str(path)).pages[0].splitlines() if ln]
    assert lines[1:4] == ["Licensing Committee", "Minutes", "LC/25/17"]
    assert "Resolved – That the fees for 2026/27 set out in Appendix A be approved." in lines
    assert not any("Search" in ln or "Newsletter" in ln or "Sign up" in ln for ln in lines)


def test_html_theme_and_plugin_furniture_is_dropped(tmp_path):
    # Cookie and consent banners, menus, bars of links, breadcrumbs by other names,
    # ModernGov's list of a meeting's links, and sidebars, as WordPress themes, plugins
    # and council sites name them.
    path = tmp_path / "minutes.html"
    path.write_text("<html><body class='cky-consent-given'>"
                    "<div class='cky-consent-container'><p class='cky-title'>We value your privacy</p></div>"
                    "<div id='consent-banner'><p>We use cookies on this site.</p></div>"
                    "<div class='top-bar'><a href='/sitemap'>Sitemap</a> | <a href='/contact'>Contact</a></div>"
                    "<div class='site-name'>Oakley Green Parish Council</div>"
                    "<ul class='main-menu'><li>Home</li><li>Councillors</li></ul>"
                    "<ul class='masthead-nav'><li>Bins, recycling and waste</li></ul>"
                    "<div class='dnnNav'><ul><li>Meetings</li><li>People</li></ul></div>"
                    "<div class='crumbs'>Home &raquo; Meetings</div>"
                    "<main><h1>Minutes of the Parish Council Meeting</h1>"
                    "<ul class='mgActionList'><li>Attendance</li><li>Issue history</li><li>Printable version</li></ul>"
                    "<article><h4>120/25 MINUTES</h4><p>Resolved: that the minutes be approved.</p>"
                    "<div class='listed-building-consent'><p>No objection to the listed building consent.</p></div>"
                    "<aside><p>Resolved: that the Clerk write to the County Council.</p></aside>"
                    "<aside><h2>See also</h2><ul><li><a href='/minutes'>All minutes</a></li></ul></aside>"
                    "</article><aside class='related'><h2>Related pages</h2><ul><li><a href='/cabinet'>Cabinet</a></li></ul></aside>"
                    "</main><div id='secondary' class='widget-area' role='complementary'><h2>Latest news</h2>"
                    "<p><a href='/news'>Remembrance Sunday arrangements</a></p></div>"
                    "<div id='sidebar'><h3>Quick links</h3><ul><li><a href='/vacancies'>Vacancies</a></li></ul></div>"
                    "</body></html>", encoding="utf-8")
    lines = [ln for ln in extract(str(path)).pages[0].splitlines() if ln]
    # An aside of the article's own that is not a list of links (a box holding a
    # decision) stays.
    assert lines == ["Oakley Green Parish Council", "Minutes of the Parish Council Meeting", "120/25 MINUTES",
                     "Resolved: that the minutes be approved.", "No objection to the listed building consent.",
                     "Resolved: that the Clerk write to the County Council."]


def test_html_links_to_a_meetings_documents_are_left_out(tmp_path):
    # ModernGov prints a report's type and size as a link after the item's title, and
    # lists the meeting's documents under the last minute; CMIS puts the size in brackets.
    path = tmp_path / "minutes.html"
    path.write_text("<html><body><p class='mgAiTitleTxt'><a href='mgAi.aspx?ID=1'>Minutes of the previous meeting</a>"
                    "&nbsp;<a class='mgDocLink' href='m.pdf'>PDF 198 KB</a></p>"
                    "<p>RESOLVED that the minutes be approved. The report (PDF 2 MB) is on the website.</p>"
                    "<div class='ItemDocuments'><a href='r.pdf'>Report of the Director (PDF, 540KB)</a><br>"
                    "<a href='a.pdf'>Appendix 1 - Equality Impact Assessment (PDF, 210KB)</a></div>"
                    "<p>RESOLVED that the report be noted.</p>"
                    "<p class='mgSectionTitle'>Supporting documents:</p><ul class='mgBulletList'>"
                    "<li><a href='p.pdf'>Printed minutes 05th-Nov-2025 18.30 Planning Committee PDF 240 KB</a></li>"
                    "<li><a href='d.doc'>Decision notice DOC 45 KB</a></li></ul>"
                    # ... and newer pages print the size in a span of its own, in the
                    # title's link or after it; a list of such links still goes whole.
                    "<p class='mgAiTitleTxt'><a href='i.aspx'>Better Care Fund Return "
                    "<span class='mgSizeTxt'>PDF 512 KB</span></a></p>"
                    "<p class='mgAiTitleTxt'>Date of next meeting <span class='mgSizeTxt'>PDF 42 KB</span></p>"
                    "<ul class='mgBulletList'><li><a href='a1.pdf'>Appendix 1 Draft Strategy "
                    "<span class='mgSizeTxt'>PDF 2 MB</span></a></li><li><a href='a2.pdf'>Appendix 2 Engagement "
                    "<span class='mgSizeTxt'>PDF 890 KB</span></a></li></ul></body></html>", encoding="utf-8")
    lines = [ln for ln in extract(str(path)).pages[0].splitlines() if ln]
    assert lines == ["Minutes of the previous meeting",
                     "RESOLVED that the minutes be approved. The report (PDF 2 MB) is on the website.",
                     "RESOLVED that the report be noted.", "Better Care Fund Return", "Date of next meeting"]


def test_html_page_footer_is_dropped_and_an_articles_kept(tmp_path):
    path = tmp_path / "minutes.html"
    path.write_text("<html><body><header><h1>Minutes of Planning Committee</h1></header>"
                    "<article><p>114. RESOLVED: that permission be granted.</p><footer>Agreed by the Chair</footer>"
                    "</article><footer>Somerset Council, County Hall, Taunton TA1 4DY</footer></body></html>",
                    encoding="utf-8")
    lines = extract(str(path)).pages[0].splitlines()
    assert "Minutes of Planning Committee" in lines and "Agreed by the Chair" in lines
    assert not any("Taunton" in ln for ln in lines)


def test_a_pages_feedback_last_updated_and_share_boxes_are_dropped(tmp_path):
    # LocalGov Drupal's and Jadu's boxes under the minutes had become sections of them.
    path = tmp_path / "minutes.html"
    path.write_text("<html><body><main><article><p>6/25 Precept. Resolved: to set a precept of £24,600.</p></article>"
                    "<div class='lgd-page-feedback'><h2>Was this page helpful?</h2></div>"
                    "<p class='last-updated'>Last updated: 3 February 2025</p>"
                    "<div class='share'><h2>Share this page</h2><a href='#'>Facebook</a></div></main></body></html>",
                    encoding="utf-8")
    text = extract(str(path)).pages[0]
    assert "Precept" in text and not any(w in text for w in ("helpful", "Last updated", "Share", "Facebook"))


def test_page_furniture_is_flagged():
    pages = [f"Leicestershire – Youth Justice Plan\nText on page {n} goes on.\nMore words here.\n{n}\n"
             for n in range(1, 6)]
    lines = clean(ExtractedPaper("x.pdf", pages, paged=True))
    furniture = {ln.text.strip() for ln in lines if ln.furniture}
    assert "Leicestershire – Youth Justice Plan" in furniture
    assert {"1", "2", "5"} <= furniture
    assert not any(ln.furniture for ln in lines if ln.text.startswith("Text on page"))


def test_a_number_inside_a_page_or_a_year_is_text_not_a_page_number():
    # A recommendation wrapping its year onto a line of its own, and a risk register's
    # scores: text. The page's own number, at its foot: furniture.
    page = ("Paragraph {n}.1 opens the page.\nParagraph {n}.2 goes on.\nParagraph {n}.3 goes on.\n"
            "({n}) Note that the programme will commit Kent to reorganisation by either April 2027 or April\n"
            "2028\n(4) Note that elections may be postponed.\nRisk score\n3\nLikelihood\n4\nImpact\n"
            "More text on page {n}.\nAnd more on page {n}.\n{n}\n")
    lines = clean(ExtractedPaper("x.pdf", [page.format(n=n) for n in (1, 2, 3)], paged=True))
    furniture = [ln.text for ln in lines if ln.furniture]
    assert furniture == ["1", "2", "3"]
    # In a text dump (no pages) a number alone is taken for a page number, but not a year.
    dump = clean(ExtractedPaper("x.txt", ["Annual Delivery Report\n2020\nThe year in review.\n12\nMore.\n"],
                                paged=False))
    assert [ln.text for ln in dump if ln.furniture] == ["12"]


def test_numbers_over_item_titles_in_a_dump_are_no_page_numbers():
    # Minutes numbered on a line of their own over a title in capitals: the items'
    # numbers, in sequence. A page number over running text stays furniture.
    text = ("Minutes of the Joint Waste Committee\n\n12\nAPOLOGIES FOR ABSENCE\nNone.\n\n13\n"
            "DECLARATIONS OF INTEREST\nNone were declared.\n\n7\nThe committee went on to discuss bins.\n")
    lines = clean(ExtractedPaper("minutes.txt", [text], paged=False))
    assert [ln.text for ln in lines if ln.furniture] == ["7"]


def test_blank_page_filler_is_furniture():
    pages = ["1. Budget\nThe budget is set out below.\n", "This page is intentionally left blank\n",
             "[Page deliberately left blank.]\n", "The page is left as it is; this page is blank for notes.\n"]
    lines = clean(ExtractedPaper("x.pdf", pages, paged=True))
    furniture = {ln.text.strip() for ln in lines if ln.furniture}
    assert furniture == {"This page is intentionally left blank", "[Page deliberately left blank.]"}


def test_structural_lines_at_page_edges_are_not_furniture():
    pages = [f"Title {n}\n(Item {n})\nText of item {n}.\n" for n in range(1, 6)]
    lines = clean(ExtractedPaper("x.pdf", pages, paged=True))
    assert not any(ln.furniture for ln in lines if ln.text.startswith("(Item"))


def test_text_quoted_again_at_top_and_bottom_of_pages_is_not_furniture():
    # A debate's minutes restate the motion under each amendment; page breaks put it at
    # the bottom of one page and the top of others. A running header keeps to one edge.
    motion = "(1) Endorse the ongoing joint work with the District Leaders\n"
    talk = "".join(f"Member {n} spoke on the amendment.\n" for n in range(1, 7))
    pages = ["KENT COUNTY COUNCIL\n" + talk + motion, "KENT COUNTY COUNCIL\n" + motion + talk,
             "KENT COUNTY COUNCIL\n" + talk + talk, "KENT COUNTY COUNCIL\n" + motion + talk]
    lines = clean(ExtractedPaper("x.pdf", pages, paged=True))
    assert not any(ln.furniture for ln in lines if ln.text.startswith("(1) Endorse"))
    assert [ln.furniture for ln in lines if ln.text == "KENT COUNTY COUNCIL"] == [False, True, True, True]


def test_markdown_debris_is_removed_from_dumps():
    lines = clean(ExtractedPaper("x.md", ["- 1. LORD MAYOR'S ANNOUNCEMENTS**\n[Agenda for Council](#) \\(leicester.gov.uk\\)"], paged=False))
    assert lines[0].text == "- 1. LORD MAYOR'S ANNOUNCEMENTS"
    assert lines[1].text == "Agenda for Council (leicester.gov.uk)"
    # Heading marks and emphasis; a bullet stays a bullet.
    lines = clean(ExtractedPaper("x.md", ["## 12. Parking charges ##\nThe report *increases* the charges.\n"
                                          "* a bullet, with 2 * 3 in it"], paged=False))
    assert [ln.text for ln in lines] == ["12. Parking charges", "The report increases the charges.",
                                         "* a bullet, with 2 * 3 in it"]
    # A table's rows lose their pipes and its rule goes; a pipe inside a sentence stays.
    lines = clean(ExtractedPaper("x.md", ["| Plot size | 2024/25 |\n|---|:---:|\n| Half | £20 |\nA | B"], paged=False))
    assert [ln.text for ln in lines] == ["Plot size  2024/25", "", "Half  £20", "A | B"]


def test_markdown_minutes_split_like_plain_text(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Minutes of the Cabinet held on 3 April 2025\n\nPresent: Cllr A Smith (Chair)\n\n"
                    "## 12. Parking charges\n\nThe Cabinet considered the charges.\n\n"
                    "RESOLVED: That the charges be approved.\n", encoding="utf-8")
    from docsearch import split

    minutes = [s for s in split(str(path)) if s.kind == "minute"]
    assert [(m.minute, m.body, str(m.meeting_date)) for m in minutes] == [("12", "Cabinet", "2025-04-03")]


def test_normalise_folds_ligatures_and_quotes():
    assert normalise("ﬁnancial “risk” CO₂e") == 'financial "risk" CO2e'


def test_an_html_page_with_nothing_to_read_is_reported(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title></title><script>var x = 1;</script></head><body><nav>Home</nav></body></html>",
                    encoding="utf-8")
    with pytest.raises(NoTextError):
        extract(str(path))


# Minutes printed as a table, one row an item (ModernGov and CMIS publish them so): the
# minute's number, the item's title, and its text.
MINUTES_TABLE_ROW = ("<tr><td>47</td><td>24/01234/FUL - Land at Mill Lane, Eastford</td>"
                     "<td>The Committee considered an application for 40 dwellings with access from Mill Lane.</td></tr>")


def test_a_number_alone_on_a_web_page_is_not_a_page_number(tmp_path):
    # A web page was never printed: "47" alone is the table's number cell, a minute's
    # number, not a page number. The same line in a text dump is a page's number.
    path = tmp_path / "minutes.html"
    path.write_text(f"<html><head><title>Minutes</title></head><body><table>{MINUTES_TABLE_ROW}</table></body></html>",
                    encoding="utf-8")
    lines = clean(extract(str(path)))
    assert [ln.furniture for ln in lines if ln.text == "47"] == [False]
    dump = clean(ExtractedPaper("minutes.txt", ["Text of the page goes on here.\n47\nMore text.\n"], paged=False))
    assert [ln.furniture for ln in dump if ln.text == "47"] == [True]


def test_a_table_cell_of_prose_is_a_paragraph(tmp_path):
    # The item's text is set apart from its title, while cells of labels and figures stay
    # one to a line with no gap, as a PDF's table gives them.
    path = tmp_path / "minutes.html"
    path.write_text("<html><head><title>Minutes</title></head><body><table>"
                    f"{MINUTES_TABLE_ROW}<tr><td>Swale</td><td>115</td><td>1159</td></tr></table></body></html>",
                    encoding="utf-8")
    lines = extract(str(path)).pages[0].splitlines()
    title = lines.index("24/01234/FUL - Land at Mill Lane, Eastford")
    assert lines[title - 1] == "47"
    assert lines[title + 1] == "" and lines[title + 2].startswith("The Committee considered")
    swale = lines.index("Swale")
    assert lines[swale:swale + 3] == ["Swale", "115", "1159"]


def test_html_rules_keep_what_a_regression_test_found_them_dropping(tmp_path):
    # A page's form holding its decision beside a large footer outside it; a decision in
    # an <aside> inside <main>; a mega-menu inside a whole-page form; a planning block
    # named "consent-notice"; a report's background papers and a single appendix link.
    footer = "<footer>" + " ".join(f"Popular page {n}" for n in range(120)) + "</footer>"
    path = tmp_path / "form.html"
    path.write_text(
        "<html><body><form id='Form'><div class='mega-menu'><ul><li><a href='/a'>Births, deaths and marriages</a></li>"
        "<li><a href='/b'>Bins and recycling</a></li></ul></div>"
        "<h1>Decision Details</h1><p>Decision: To cap bus fares at two pounds.</p></form>" + footer
        + "</body></html>", encoding="utf-8")
    text = extract(str(path)).pages[0]
    assert "To cap bus fares at two pounds." in text
    assert "Births, deaths" not in text and "Popular page" not in text
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><main><aside class='decision-summary'><h2>The decision</h2><p>Decision maker: Director of Place</p>"
        "<p>Decision: To close Pelham Street car park.</p></aside>"
        "<div class='consent-notice'><p>PC25/10 Decisions notified by the district: consent granted.</p></div>"
        "<h3>Background papers</h3><ul><li><a href='m.pdf'>Medium Term Financial Strategy (PDF 1.1 MB)</a></li>"
        "<li><a href='b.pdf'>Budget book (PDF 2 MB)</a></li></ul>"
        "<p><a href='c.pdf'>Appendix C: Draft garden waste terms (PDF 64 KB)</a></p>"
        "<p>Charges rose in September 2024 (<a href='x.pdf'>PDF 40 KB</a>), with exceptions.</p></main>"
        "</body></html>", encoding="utf-8")
    text = extract(str(path)).pages[0]
    for kept in ("To close Pelham Street car park.", "PC25/10 Decisions notified", "Medium Term Financial Strategy",
                 "Appendix C: Draft garden waste terms", "Charges rose in September 2024, with exceptions."):
        assert kept in text, kept


def test_a_one_item_list_is_a_decisions_part_after_its_stem_and_a_heading_over_bullets(tmp_path):
    # "RESOLVED" / <ol><li>That ...</li></ol> is the decision's part (1); "5. Clerk's
    # Report" over a bulleted list, and "7. Play Area" after a decision's full stop, are
    # headings (a regression user test).
    path = tmp_path / "minutes.html"
    path.write_text(
        "<html><body><p><strong>RESOLVED</strong></p><ol><li>That the Council Tax Base be set at 42,315.6</li></ol>"
        "<p>It was RESOLVED that the Committee</p><ol><li>Notes the Internal Audit Progress Report</li></ol>"
        "<ol start='5'><li><strong>Clerk's Report</strong></li></ol><ul><li>The audit is on 2 May.</li></ul>"
        "<p>RESOLVED that the payments listed be approved.</p><ol start='7'><li>Play Area</li></ol>"
        "<p>The zip wire had failed its inspection.</p></body></html>", encoding="utf-8")
    lines = [ln for ln in extract(str(path)).pages[0].splitlines() if ln]
    for line in ("(1) That the Council Tax Base be set at 42,315.6", "(1) Notes the Internal Audit Progress Report",
                 "5. Clerk's Report", "7. Play Area"):
        assert line in lines, (line, lines)


def test_a_running_header_under_every_page_break_of_a_dump_is_furniture():
    # pdftotext's dump of a three-page report: the header opens pages 2 and 3 only, too
    # few printings for the count of repeats, yet it is the page's header, not a heading.
    header = "Cabinet - 9 April 2025                              Temporary Accommodation Task Group"
    text = ("Swindon Borough Council\n\nReport of the Temporary Accommodation Task and Finish Group\n\n"
            "1. Recommendations to Cabinet\n\n1.1 Cabinet is asked to respond to them within two months:\n\n"
            "                    Page 1 of 3\n\f" + header + "\n\n"
            "R1 That the Council sets a target of no family in bed and breakfast for more than six weeks.\n\n"
            "2. Background\n\n2.1 The number of households in temporary accommodation rose.\n\n"
            "                    Page 2 of 3\n\f" + header + "\n\n3. Legal implications\n\n3.1 Cabinet must respond.\n")
    lines = clean(ExtractedPaper("dump.txt", [text], paged=False))
    assert [ln.number for ln in lines if ln.furniture and ln.text.startswith("Cabinet - 9 April")] == [10, 19]
    # A line opening only one page after the first, or differing between pages, is text.
    once = clean(ExtractedPaper("dump.txt", [text.replace("\f" + header, "\fThe Council", 1)], paged=False))
    assert not any(ln.furniture and not ln.text.strip().startswith("Page") for ln in once)


def test_a_footer_ending_in_its_page_number_is_furniture_on_two_pages():
    # A parish's two-page minutes: the signature footer prints once before the one page
    # break, too rare for the count of repeats, yet "Page 1 of 2" says it is the footer.
    text = ("GREAT BARTON PARISH COUNCIL\n\nMinutes of the Meeting held on 14th January 2025\n\n"
            "24/156 Clerk's report\nThe Clerk has renewed the Council's membership of SALC.\n\n"
            "Signed .................... Chairman      Page 1 of 2\n\f"
            "24/157 Planning\nNo objection was raised to DC/24/2018/HH.\n\n"
            "Signed .................... Chairman      Page 2 of 2\n")
    lines = clean(ExtractedPaper("dump.txt", [text], paged=False))
    assert [ln.number for ln in lines if ln.furniture] == [8, 12]
    # In running text, away from a page's edge, the words are text.
    inside = text.replace("2025\n", "2025\nThe new plan is set out on page 2 of 2\n")
    lines = clean(ExtractedPaper("dump.txt", [inside], paged=False))
    assert [ln.number for ln in lines if ln.furniture] == [9, 13]


def test_a_dumps_footer_beside_every_page_number_and_one_set_apart_are_furniture():
    # Two pages, no form feeds: the body and date over "Page 1" and "Page 2" is the
    # footer, though printed only twice (it had become a section of its own at the end).
    footer = "Overview and Scrutiny Management Board - 4 April 2024"
    text = ("MINUTES\n\nOSMB/60 CALL-IN\n\nThe Board considered the call-in.\n\n" + footer + "\nPage 1\n"
            "RESOLVED that the decision be referred back.\n\nOSMB/61 WORK PROGRAMME\n\n"
            "The Board noted its work programme.\n\n" + footer + "\nPage 2\n")
    lines = clean(ExtractedPaper("dump.txt", [text], paged=False))
    assert [ln.text for ln in lines if ln.furniture] == [footer, "Page 1", footer, "Page 2"]
    # A footer laid out with its page number set apart by a wide gap, with no form feed.
    laid_out = "Fire and Rescue Authority - 16 February 2024                Page 1 of 3"
    lines = clean(ExtractedPaper("dump.txt", [f"The budget was approved.\n{laid_out}\nThe plan was noted.\n"], paged=False))
    assert [ln.text for ln in lines if ln.furniture] == [laid_out]


def test_a_papers_own_words_by_its_page_numbers_are_not_footers():
    # A regression test of the footer rules: a decision sheet's "Decision: Approved subject
    # to conditions" beside both page numbers names no day, and is the sheet's text; a
    # sentence a dump glued to its page's number is text; a contents list's rows with
    # their pages set apart by a gap are text.
    sheet = ("Item 7 24/00101/FUL Car wash\nDecision: Approved subject to conditions\n1\n"
             "Item 9 24/00140/FUL Two flats\nDecision: Approved subject to conditions\n2\n")
    assert [ln.text for ln in clean(ExtractedPaper("dump.txt", [sheet], paged=False)) if ln.furniture] == ["1", "2"]
    glued = "RESOLVED - That the fares be approved, the consultation to close on 8 March 2024. Page 1 of 2\n\fMore.\n"
    assert not any(ln.furniture for ln in clean(ExtractedPaper("dump.txt", [glued], paged=False)))
    contents = "".join(f"{n}. {title}                      Page {n * 3} of 18\n" for n, title in
                       enumerate(["Introduction", "Audit Work", "Internal Audit Opinion"], start=1))
    assert not any(ln.furniture for ln in clean(ExtractedPaper("dump.txt", [contents], paged=False)))


def test_a_pdfs_header_naming_the_day_atop_every_page_after_the_first_is_furniture():
    # Two pages: "Cabinet 13.03.24" atop page 2 only, too rare for the count of repeats;
    # it had stood at the end of the minute running over the page.
    page1 = "HOLLINGTON CITY COUNCIL\nCABINET\nMINUTES of the meeting held on 13th March 2024\nCAB 126 RENTS\nRESOLVED that rents rise.\n"
    page2 = "Cabinet 13.03.24\nCAB 127 CLIMATE\nRESOLVED that the report be noted.\nPage 2\n"
    lines = clean(ExtractedPaper("minutes.pdf", [page1, page2], paged=True))
    assert [ln.text for ln in lines if ln.furniture] == ["Cabinet 13.03.24", "Page 2"]
    # A line naming no day there is the page's text; so is one that differs between pages.
    lines = clean(ExtractedPaper("minutes.pdf", [page1, page2.replace("Cabinet 13.03.24", "CAB 126 continued")], paged=True))
    assert [ln.text for ln in lines if ln.furniture] == ["Page 2"]


def test_a_pdf_footer_ending_in_its_page_number_alone_after_a_dash():
    page = "Report text.\nThe costs are set out on page 5\nWestshire Council - Delegated Officer Decision - Page {n}\n"
    lines = clean(ExtractedPaper("decision.pdf", [page.format(n=1), page.format(n=2)], paged=True))
    assert [ln.text for ln in lines if ln.furniture] == [
        "Westshire Council - Delegated Officer Decision - Page 1", "Westshire Council - Delegated Officer Decision - Page 2"]


def test_a_line_citing_a_page_is_text_and_page_numbers_are_furniture():
    # A consultation response goes through the plan page by page: "Page 20 Fig 1.4 refers
    # to ..." opens a comment, not a footer, and had been dropped as page numbering.
    text = ("Response of the County Council to the masterplan consultation\n\n"
            "Page 20 Fig 1.4 refers to 5% one bed properties, the yield calculations for the\n"
            "per dwelling contributions are based on 15% one-bedroom properties.\n\n"
            "Page 114 Spine Road design: Should we now be requiring developers to build it?\n\n"
            "Page 3\n\nPage 12 of 26 Leicestershire County Council\n")
    lines = clean(ExtractedPaper("dump.txt", [text], paged=False))
    assert [ln.text.strip() for ln in lines if ln.furniture] == [
        "Page 3", "Page 12 of 26 Leicestershire County Council"]
    # At a PDF page's foot, "Page N" with words after it is the footer it looks like.
    for footer in ("Page {n} Cabinet 12 March 2025", "Page {n} - Minutes", "Page {n} | Cabinet Minutes"):
        pages = [f"{n}. Item {n}\nThe Cabinet considered the report on item {n} and noted the\n{footer.format(n=n)}"
                 for n in range(1, 4)]
        lines = clean(ExtractedPaper("minutes.pdf", pages, paged=True))
        assert [ln.text for ln in lines if ln.furniture] == [footer.format(n=n) for n in range(1, 4)], footer
    # Not a sentence citing a page near the edge, as scrutiny minutes go through a report
    # page by page; a dump's header just after its form feed is furniture too.
    cited = [f"{n}. Item {n}\nPage {n + 20} – the Director explained that the overspend was due to placement "
             f"costs.\nThe Committee noted the report on item {n}." for n in range(1, 4)]
    assert not any(ln.furniture for ln in clean(ExtractedPaper("minutes.pdf", cited, paged=True)))
    dump = ("5. Budget\nThe Cabinet considered the budget and noted the\n\fPage 2 | Cabinet Minutes\n"
            "comments of the scrutiny committee.\n")
    assert [ln.text for ln in clean(ExtractedPaper("dump.txt", [dump], paged=False)) if ln.furniture] == [
        "Page 2 | Cabinet Minutes"]


def test_a_pdf_header_ending_in_its_page_number_is_furniture():
    # A record of decision's header, the form's path with the page's number, atop pages 2
    # to 5: it differs on each page, so the count of repeats missed it, and it sat in the
    # decision's text, once mid-sentence.
    def body(n):
        return f"The Cabinet Member agreed in paragraph {n} that the contracts end and that services"

    pages = ["KENT COUNTY COUNCIL – RECORD OF DECISION\nDecision no: 24/00093\n" + body(1)]
    pages += [f"01/decision/glossaries/FormC {n}\nwill be offered from family hub {n}.\n{body(n)}" for n in range(2, 6)]
    lines = clean(ExtractedPaper("record.pdf", pages, paged=True))
    assert [ln.text for ln in lines if ln.furniture] == [f"01/decision/glossaries/FormC {n}" for n in range(2, 6)]
    # A paper's numbered parts, one to a page, are headings; so are numbers that do not go
    # up with the pages.
    parts = [f"Question {n}\nMr Hood asked the Leader about budget line {n}." for n in range(1, 6)]
    assert not any(ln.furniture for ln in clean(ExtractedPaper("questions.pdf", parts, paged=True)))
    same = [f"Schools capital programme {10 - n}\n{body(n)}" for n in range(5)]
    assert not any(ln.furniture for ln in clean(ExtractedPaper("table.pdf", same, paged=True)))
    # Nor a heading of a few plain words numbered one to a page (a regression test: a
    # report's "Case Study 1" to "Case Study 5" had gone, and its pages with them).
    for heading in ("Case Study", "Key Stage", "Strategic Priority", "Key Line of Enquiry",
                    "Summary of Responses to Question", "2024/25 Quarter"):
        studies = [f"{heading} {n}\n{body(n)}" for n in range(1, 6)]
        assert not any(ln.furniture for ln in clean(ExtractedPaper("studies.pdf", studies, paged=True))), heading
    # A form's line with its dot leaders is a footer: "Chairman's initials ........ 3".
    signed = [f"{body(n)}\nChairman's initials ........ {n}" for n in range(1, 5)]
    assert [ln.text for ln in clean(ExtractedPaper("minutes.pdf", signed, paged=True)) if ln.furniture] == \
        [f"Chairman's initials ........ {n}" for n in range(1, 5)]
