import datetime as dt
import glob
import json
import os
import re
import shutil
import time

import pytest

from docsearch import Index, IndexCorrupt, IndexMissing, IndexOutdated, QueryError, UnknownSegment, split
from conftest import corpus


def test_search_finds_a_resolution_with_its_meeting(corpus_index):
    hits = corpus_index.search("provisional settlement grant reductions", kind="resolution")
    assert hits
    top = hits[0].segment
    assert top.kind == "resolution" and top.minute == "80" and top.body == "Cabinet"
    assert top.meeting_date.isoformat() == "2025-01-09"
    assert hits[0].parent_title and "Finance Settlement" in hits[0].parent_title
    assert "settlement" in hits[0].snippet.lower()


def test_field_filters_and_dates(corpus_index):
    hits = corpus_index.search("report kind:resolution body:cabinet date:2020", limit=20)
    assert hits
    assert all(h.segment.kind == "resolution" and h.segment.body == "Cabinet"
               and h.segment.meeting_date.year == 2020 for h in hits)
    assert not corpus_index.search("report", since="2024-01-01", until="2024-12-31", council="leicestershire")
    # Excluding by a field is refused, not turned into keeping it.
    for query in ("-kind:minute budget", "budget NOT council:kent"):
        with pytest.raises(QueryError, match="excluding by a field"):
            corpus_index.search(query)
    # A field named twice means either value: a segment has one kind.
    for query in ("(kind:minute OR kind:resolution) budget", "kind:minute,resolution budget",
                  "kind:minute OR kind:resolution"):
        kinds = {h.segment.kind for h in corpus_index.search(query, limit=100)}
        assert kinds == {"minute", "resolution"}, (query, kinds)
    # Councils too, in the query or the option; a body's name may hold a comma itself.
    for query, option in (("budget council:kent,leicestershire", None), ("budget", "Kent, Leicestershire"),
                          ("budget council:kent OR council:leicestershire", None)):
        councils = {h.segment.council for h in corpus_index.search(query, council=option, limit=200)}
        assert councils == {"Kent County Council", "Leicestershire County Council"}, (query, councils)
    assert not corpus_index.search("budget", body="Cabinet, Leicestershire")
    # Dates narrow one another, so two that do not overlap say so, not that a range the
    # user never typed is back to front.
    with pytest.raises(QueryError, match="do not overlap.*date:2020-01..2020-06"):
        corpus_index.search("date:2025-01 date:2025-03 budget")
    with pytest.raises(QueryError, match="'2020-06..2020-01' is empty"):
        corpus_index.search("date:2020-06..2020-01 budget")
    with pytest.raises(QueryError, match="--since .* is after --until"):
        corpus_index.search("budget", since="2021", until="2020")
    with pytest.raises(QueryError, match="outside --since/--until"):
        corpus_index.search("budget date:2019", since="2021")
    assert corpus_index.search("budget date:2020", since="2020-03")
    # A program's datetime is taken as its day.
    late = corpus_index.search("budget", since=dt.datetime(2020, 11, 20, 10, 30), until=dt.datetime(2020, 11, 20))
    assert late and {h.segment.meeting_date for h in late} == {dt.date(2020, 11, 20)}
    # Either end of a range may be a date as people write it, quoted.
    for query in ('budget date:"1 October 2020"..2020-11', 'budget date:2020-10.."30 November 2020"'):
        dates = {h.segment.meeting_date for h in corpus_index.search(query, limit=50)}
        assert dates and all(dt.date(2020, 10, 1) <= d <= dt.date(2020, 11, 30) for d in dates), (query, dates)
        assert not any("2020" in t or "11" in t for h in corpus_index.search(query) for t in h.matched_terms)


def test_phrase_is_exact_and_stemming_matches_variants(corpus_index):
    exact = corpus_index.search('"free school meal vouchers"', limit=50)
    assert exact and all("free school meal vouchers" in " ".join(h.segment.text.lower().split()) for h in exact)
    # "recommending" reaches text that says "recommended"/"recommendation".
    hits = corpus_index.search("recommending financial resilience", kind="recommendation")
    assert hits
    # The matched terms are the words as printed, not their stems ("financi").
    assert "financial" in hits[0].matched_terms and "financi" not in hits[0].matched_terms


def test_missing_word_does_not_empty_the_result(corpus_index):
    assert corpus_index.search("free school meals zzyzxq")


def test_procedural_items_rank_below_substance(corpus_index):
    hits = corpus_index.search("minutes meeting cabinet", kind="minute", limit=5)
    hits_plain = corpus_index.search("cabinet meeting", kind="minute", limit=5)
    assert not any(h.segment.title.lower().startswith(("apologies", "declarations")) for h in hits_plain[:2])
    assert hits  # asked for, procedural items are found
    # Filters alone rank every minute alike; the County Council's declarations of
    # disclosable pecuniary interests still go below its debates, and excluding a
    # procedural word does not ask for procedural items.
    for query in ('kind:minute body:"county council"', 'kind:minute body:"county council" -apologies'):
        titles = [h.segment.title for h in corpus_index.search(query, limit=10)]
        assert titles[0] == "English Devolution White Paper", (query, titles)
        assert not any(t.startswith(("Apologies", "Declarations")) for t in titles[:2]), (query, titles)


def test_bad_queries_raise_query_error(corpus_index):
    for q in ('"unbalanced', "(open", "foo:bar", "AND", "", "date:notadate", "kind:banana"):
        with pytest.raises(QueryError):
            corpus_index.search(q)
    # A filter cannot be an alternative to words: it applies to every hit.
    for q in ("kind:minute OR budget", "budget OR date:2020", 'council:kent OR "council tax"', "kind:minute OR (budget)"):
        with pytest.raises(QueryError, match="OR cannot join a filter"):
            corpus_index.search(q)
    # Filters of one field joined by OR, and words joined by OR beside a filter, are fine.
    assert corpus_index.search("kind:minute OR kind:resolution budget")
    assert corpus_index.search("(budget OR tax) kind:minute")


def test_a_title_filter_looks_in_the_title_as_shown(corpus_index):
    # "Recommendations: <report>": the report's name is in the title a hit shows, so
    # title: finds it there (before, only the heading "Recommendations" was looked in).
    hits = corpus_index.search("title:climate kind:recommendation", limit=20)
    assert hits and all(h.segment.kind == "recommendation" and "climate" in h.segment.title.lower() for h in hits)
    assert any(h.segment.title.startswith("Recommendations: ") for h in hits)


def test_a_minute_cited_by_its_number_ranks_first(corpus_index):
    # "minute 80", as a clerk cites it: the minutes numbered 80 first, not the agendas and
    # tables that print an 80 (before, the words "minute" and "80" ranked on their own).
    hits = corpus_index.search("minute 80", limit=3)
    assert [h.segment.minute for h in hits[:2]] == ["80", "80"], [(h.segment.minute, h.segment.title) for h in hits]
    assert corpus_index.search("Minute No. 80 provisional settlement", limit=1)[0].segment.minute == "80"
    # The cited minute's decision follows it, though it prints neither word.
    hits = corpus_index.search("minute 285", limit=3)
    assert [(h.segment.minute, h.segment.kind) for h in hits[:2]] == [("285", "minute"), ("285", "resolution")]
    assert hits[1].segment.parent == hits[0].segment.id


def test_minutes_numbered_with_their_bodys_letters_are_found_as_clerks_cite_them(tmp_path):
    # "JWC/24/5", "OSMB/60", "PL.87", "minute CAB 130": before, the letters and numbers
    # were searched as loose words ("5" not at all), and minutes 4, 2, 6 and 3 came first.
    def minutes(body, numbers):
        items = "".join(f"{n}  {title.upper()}\n\nThe Committee considered a report on the {title}"
                        f"{' (see also minute ' + numbers[1][0] + ')' if i == 0 else ''}.\n\n"
                        f"RESOLVED that the {title} be approved.\n\n" for i, (n, title) in enumerate(numbers))
        return f"SOUTH VALE COUNCIL\n\nMINUTES of the meeting of the {body} held on 27 June 2024\n\n{items}"
    ix = _index_of(tmp_path, {
        "jwc.txt": minutes("Joint Waste Committee", [(f"JWC/24/{n}", t) for n, t in
                                                     [(4, "food waste rounds"), (5, "garden waste charges"),
                                                      (6, "depot lease")]]),
        "osmb.txt": minutes("Scrutiny Board", [("OSMB/59", "declarations of interest"),
                                               ("OSMB/60", "day centre call-in")]),
        "pl.txt": minutes("Planning Committee", [("PL.86", "tree preservation order"), ("PL.87", "Mill Lane homes")]),
        "cab.txt": minutes("Cabinet", [("CAB 129", "school admissions"), ("CAB 130", "parking strategy"),
                                       ("CAB 131", "Section 106 affordable housing contributions")])})
    for query, minute in [("JWC/24/5", "JWC/24/5"), ("minute OSMB/60", "OSMB/60"), ("PL.87", "PL.87"),
                          ("minute CAB 130", "CAB 130")]:
        hits = ix.search(query, limit=3)
        assert [(h.segment.minute, h.segment.kind) for h in hits[:2]] == [(minute, "minute"), (minute, "resolution")], \
            (query, [(h.segment.minute, h.segment.kind) for h in hits])
    # Shorthand with a full stop that is no minute's number ("S.106", "Reg.18") is not a
    # phrase every hit must print: it had found nothing.
    assert ix.search("S.106 affordable housing", limit=1)[0].segment.minute == "CAB 131"


def test_a_cited_minute_of_another_subject_brings_no_decision_along(tmp_path):
    # Two councils' minutes 285: "minute 285 food vouchers" is after the first one's
    # decision; the second's minute may show for its number, not its resolution too.
    def minutes(council, title, decision):
        return (f"{council.upper()}\n\nMINUTES of a meeting of the Cabinet held on Thursday, 9 January 2025.\n\n"
                f"285. {title}\n\nThe Cabinet considered a report of the Director.\n\n"
                f"RESOLVED that {decision}.\n")
    ix = _index_of(tmp_path, {
        "a.txt": minutes("Kent County Council", "Food vouchers in the school holidays",
                         "food vouchers be given to every eligible child over the summer holidays"),
        "b.txt": minutes("Surrey County Council", "Parking charges",
                         "the charges for the county's car parks rise by ten pence an hour")})
    hits = ix.search("minute 285 food vouchers")
    assert [(h.segment.council, h.segment.kind) for h in hits if h.segment.kind == "resolution"] \
        == [("Kent County Council", "resolution")]
    # Cited alone, each minute 285 brings its resolution.
    assert sum(h.segment.kind == "resolution" for h in ix.search("minute 285")) == 2


def test_full_council_is_the_councils_meeting_of_all_its_members(corpus_index):
    # Papers call it "Full Council"; it is recorded as the council's own body ("County
    # Council"). Before, --body "full council" found nothing.
    hits = corpus_index.search("devolution", body="full council", limit=20)
    assert hits and {h.segment.body for h in hits} == {"County Council"}
    assert corpus_index.search('devolution body:"Full Council"', limit=1)[0].segment.body == "County Council"


def test_did_you_mean_takes_the_nearest_word_not_the_most_used(corpus_index):
    # Whoosh offers "fall" and "early" before "family" (they are used more); the README's
    # own example must come out as it says.
    assert corpus_index.suggest("famly hubs") == "family hubs"
    assert corpus_index.suggest("resilence") == "resilience"
    # A long word three letters from its stem ("devolut").
    assert corpus_index.suggest("devolutoin") == "devolution"
    # Among words as near, the one people misspell so: a vowel for another, not the rare
    # "MEES" a letter short; two letters swapped, a word the papers use more often.
    assert corpus_index.suggest("fre school meels") == "free school meals"
    assert corpus_index.suggest("hosuing") == "housing"
    assert corpus_index.suggest("adoptoin") == "adoption"
    # Porter stems a misspelt word its own way, away from the word's stem ("corprate" to
    # "corprat", three letters from "corpor"; "educaton" four from "educ"): these had come
    # out "compatible", "mental" (or "murals") and "educated", and "devolushun" as nothing.
    assert corpus_index.suggest("corprate parenting") == "corporate parenting"
    assert corpus_index.suggest("minrals") == "minerals"
    assert corpus_index.suggest("educaton") == "education"
    assert corpus_index.suggest("devolushun") == "devolution"


def test_kinds_and_councils_may_be_lists_and_an_index_closes_with_with(corpus_index):
    from docsearch import Index

    with Index(corpus_index.path) as ix:
        hits = ix.search("budget", kind=["minute", "resolution"], council=("kent", "leicestershire"), limit=30)
        assert hits and {h.segment.kind for h in hits} <= {"minute", "resolution"}
        assert ix._kept is not None
    assert ix._kept is None


def test_a_snippet_takes_the_sentence_with_the_rarer_query_words():
    from docsearch.search import make_snippet

    text = ("The budget balances this year. Reserves will support the budget. "
            "The budget and the balance sheet are set out below.")
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    snippet, _ = make_snippet(text, spans, ["use", "reserves", "balance", "budget"])
    # All three sentences hold two of the words; "reserves" is in one sentence only.
    assert snippet.lstrip().startswith("Reserves will support the budget."), snippet


def test_a_snippet_takes_a_sentence_before_a_heading_holding_the_same_words():
    from docsearch.search import make_snippet
    from docsearch.paper import sentence_spans

    # The report's title, in capitals, holds the words as the first paragraph does; the
    # hit's title already shows it, and the sentence says what the report is for.
    text = ("CABINET – 20TH NOVEMBER 2020\n\nFREE SCHOOL MEAL PROVISION DURING SCHOOL HOLIDAYS\n\nPART A\n\n"
            "1. The purpose of this report is to advise the Cabinet on vouchers for pupils eligible for free school "
            "meals over the school holidays.\n\n2. The vouchers are funded from the contingency.")
    snippet, _ = make_snippet(text, sentence_spans([text])[0], ["free", "school", "meals"])
    assert snippet.startswith("1. The purpose of this report"), snippet


def test_get_and_children(corpus_index):
    hit = corpus_index.search("provisional settlement", kind="resolution")[0]
    parent = corpus_index.get(hit.segment.parent)
    assert parent.kind == "minute"
    assert hit.segment.id in [c.id for c in corpus_index.children(parent.id)]
    assert corpus_index.get(f" {parent.id.upper()} ").id == parent.id  # copied with a space, typed in capitals
    # A mistyped id is an error from each, not an empty list of resolutions or copies.
    for look_up in (corpus_index.get, corpus_index.children, corpus_index.copies):
        with pytest.raises(UnknownSegment):
            look_up("c863239902e")
    assert hit.segment.id in [c.id for c in corpus_index.children(f" {parent.id.upper()}")]
    # Not a string (a hit's parent when it has none): the library's own error, not Python's.
    for bad in (None, 5):
        with pytest.raises(UnknownSegment, match="an id is a string"):
            corpus_index.get(bad)
        with pytest.raises(UnknownSegment):
            corpus_index.children(bad)


def test_stats(corpus_index):
    st = corpus_index.stats()
    assert st["papers"] == 10
    assert st["segments"] == sum(st["by_kind"].values())
    assert {"minute", "resolution", "recommendation", "report", "section"} <= set(st["by_kind"])
    assert st["meetings"] >= 5
    assert st["meetings_with_papers"] >= st["meetings"]  # agendas and reports name meetings too
    assert 0 < st["undated_segments"] < st["segments"]  # the Strategic Plan is no meeting's
    assert st["segments_without_council"] == st["segments"] - sum(st["councils"].values())
    assert "Kent County Council" in st["councils"]


def test_ingest_is_incremental_and_rebuild_keeps_ids(tmp_path, small_corpus, monkeypatch):
    ix = Index(str(tmp_path / "ix"))
    first = ix.ingest([str(small_corpus)], workers=0)
    assert len(first.added) == 2 and not first.failed
    again = ix.ingest([str(small_corpus)], workers=0)
    assert len(again.unchanged) == 2 and not again.added and not again.replaced
    # One path may be given alone, as a string (not read as a list of its characters) or
    # a Path.
    monkeypatch.chdir(small_corpus.parent)
    for alone in (small_corpus.name, small_corpus):
        again = ix.ingest(alone, workers=0)
        assert len(again.unchanged) == 2 and not again.failed, again.failed
    count = ix.stats()["segments"]

    txt = small_corpus / "leics-scrutiny-commission-pack-2020-04-08.txt"
    txt.write_text(txt.read_text(encoding="utf-8") + "\nRESOLVED that the zebra crossing be approved.\n", encoding="utf-8")
    changed = ix.ingest([str(small_corpus)], workers=0)
    assert changed.replaced == [str(txt)] and len(changed.unchanged) == 1
    assert ix.search("zebra crossing")
    assert ix.stats()["segments"] >= count  # replaced, not added twice

    ids_before = sorted(h.segment.id for h in ix.search("cabinet", limit=50))
    ix.rebuild(workers=0)
    assert sorted(h.segment.id for h in ix.search("cabinet", limit=50)) == ids_before

    os.remove(txt)
    # Without --prune the paper stays, and the report says it is gone from disk.
    kept = ix.ingest([str(small_corpus)], workers=0)
    assert kept.missing == [str(txt)] and not kept.removed and ix.search("zebra crossing")
    pruned = ix.ingest([str(small_corpus)], workers=0, prune=True)
    assert pruned.removed == [str(txt)] and not pruned.missing
    assert not ix.search("zebra crossing")


def test_an_index_inside_the_folder_ingested_is_not_read_as_papers(small_corpus):
    # "docsearch ingest ." with the default ./index: its files are not listed as skipped.
    ix = Index(str(small_corpus / "index"))
    ix.ingest([str(small_corpus)], workers=0)
    again = ix.ingest([str(small_corpus)], workers=0)
    assert len(again.unchanged) == 2 and not again.skipped, again.skipped


def test_bad_paper_is_reported_and_the_rest_indexed(tmp_path, small_corpus):
    (small_corpus / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (small_corpus / "notes.docx").write_bytes(b"PK\x03\x04")
    ix = Index(str(tmp_path / "ix"))
    report = ix.ingest([str(small_corpus)], workers=2)
    assert [p.source for p in report.failed] == [str(small_corpus / "broken.pdf")]
    assert [p.source for p in report.skipped] == [str(small_corpus / "notes.docx")]
    assert len(report.added) == 2 and ix.search("provisional settlement")


def test_missing_and_outdated_index(tmp_path, small_corpus):
    with pytest.raises(IndexMissing):
        Index(str(tmp_path / "none")).search("x")
    ix = Index(str(tmp_path / "ix"))
    ix.ingest([str(small_corpus / "kent-cabinet-minutes-2025-01-09.pdf")], workers=0)
    gen = ix._current()
    with open(os.path.join(gen, "docsearch.json"), "w") as fh:
        json.dump({"schema_version": 0}, fh)
    with pytest.raises(IndexOutdated):
        ix.search("cabinet")
    ix.rebuild(workers=0)
    assert ix.search("cabinet")


def test_a_posting_file_cut_short_raises_index_corrupt(tmp_path, small_corpus):
    ix = Index(str(tmp_path / "ix"))
    ix.ingest([str(small_corpus / "kent-cabinet-minutes-2025-01-09.pdf")], workers=0)
    some_id = ix.search("cabinet")[0].segment.id
    ix.close()
    for pst in glob.glob(os.path.join(ix._current(), "*.pst")):
        os.truncate(pst, os.path.getsize(pst) // 10)
    with pytest.raises(IndexCorrupt, match="is damaged"):
        Index(ix.path).search("cabinet")
    with pytest.raises(IndexCorrupt, match="is damaged"):
        Index(ix.path).get(some_id)


def test_repeated_text_shows_once_with_also_in(tmp_path):
    summary = ("The Council will expand the community wardens scheme across all districts, funded by "
               "the reserve, with a review of outcomes after twelve months and a report to Cabinet.")
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "report.txt").write_text(f"Summary\n\n{summary}\n", encoding="utf-8")
    (papers / "appendix.txt").write_text(
        f"Appendix A\n\nExecutive summary\n\n{summary} The scheme began in 2019 in two districts "
        "and has reduced antisocial behaviour reports.\n", encoding="utf-8")
    ix = Index(str(tmp_path / "ix"))
    ix.ingest([str(papers)], workers=0)
    hits = ix.search("community wardens scheme")
    assert len(hits) == 1
    assert len(hits[0].also_in) == 1
    # The appendix says more than the summary: similar text, not the same.
    assert hits[0].also_in[0]["similar"] is True
    # Word for word the same (another download of the report): the same text.
    (papers / "report (1).txt").write_text(f"Summary\n\n{summary}\n", encoding="utf-8")
    ix.ingest([str(papers)], workers=0)
    hits = ix.search("community wardens scheme")
    assert os.path.basename(hits[0].segment.source) == "report.txt"
    assert sorted((os.path.basename(c["source"]), c["similar"]) for c in hits[0].also_in) == [
        ("appendix.txt", True), ("report (1).txt", False)]


def test_a_decision_is_not_folded_into_the_recommendation_that_proposed_it(tmp_path):
    # The Council resolved what the report recommended, in nearly the same words: what was
    # decided and what was asked are both wanted, not one listed under the other.
    asked = ("Endorse the submission of an expression of interest to join the Devolution Priority Programme, "
             "and ask the Leader to write to the Minister seeking postponement of the county elections.")
    report = ("From: Leader of the Council\n\nTo: County Council\n\nDate: 9 January 2025\n\n"
              f"Subject: English Devolution White Paper\n\n1. Recommendations\n\nCounty Council is asked to:\n\n{asked}\n")
    minutes = ("Minutes of a meeting of the County Council held at Sessions House, Maidstone on Thursday, "
               "9 January 2025.\n\nPRESENT\n\nMr A Chair (Chairman)\n\n285. English Devolution White Paper\n\n"
               f"RESOLVED that the Council: {asked.replace('Endorse ', 'Endorses ')}\n")
    ix = _index_of(tmp_path, {"report.txt": report, "minutes.txt": minutes})
    hits = ix.search("devolution priority programme expression of interest")
    kinds = {h.segment.kind for h in hits}
    assert {"resolution", "recommendation"} <= kinds, [(h.segment.kind, h.also_in) for h in hits]
    assert not any(c["id"] in {h.segment.id for h in hits} for h in hits for c in h.also_in)


def test_a_copy_printed_for_a_meeting_is_shown_before_an_undated_one(tmp_path):
    # An appendix published on its own prints no meeting; the same text printed in a
    # meeting's papers says which meeting had it, so that printing is the hit, whichever
    # ranks first, and the undated one is listed under "also in".
    text = ("The Council will expand the community wardens scheme across all districts, funded by "
            "the reserve, with a review of outcomes after twelve months and a report to Cabinet.")
    appendix = f"Community wardens\n\nCommunity wardens scheme\n\n{text}\n"
    report = (f"From: Cabinet Member for Communities\n\nTo: Cabinet\n\nDate: 30 January 2025\n\n"
              f"Subject: Wardens\n\n1. Introduction\n\n{text}\n")
    # Each downloaded twice: every printing is listed, whichever ranked first.
    ix = _index_of(tmp_path, {"appendix.txt": appendix, "appendix (1).txt": appendix,
                              "report.txt": report, "report (1).txt": report})
    hits = ix.search("community wardens scheme")
    assert len(hits) == 1
    assert (hits[0].segment.body, str(hits[0].segment.meeting_date)) == ("Cabinet", "2025-01-30")
    shown = os.path.basename(hits[0].segment.source)
    printings = [shown] + [os.path.basename(c["source"]) for c in hits[0].also_in]
    assert sorted(printings) == ["appendix (1).txt", "appendix.txt", "report (1).txt", "report.txt"]
    assert {c["meeting_date"] for c in hits[0].also_in if c["source"].endswith(("appendix.txt", "appendix (1).txt"))} == {None}
    assert "wardens" in hits[0].snippet
    # Told against the printing shown: the report's other download is the same text, the
    # appendix's two printings (headed otherwise) similar text, whichever ranked first.
    assert sorted((os.path.basename(c["source"]), c["similar"]) for c in hits[0].also_in) == [
        ("appendix (1).txt", True), ("appendix.txt", True), ("report (1).txt" if shown == "report.txt" else "report.txt",
                                                              False)]


def test_the_copies_of_what_folds_into_a_hit_are_listed_too(tmp_path):
    # The pack downloaded twice, and a revised pack with one word changed in one item:
    # the revised item is a near-copy and folds under the hit, and so must the exact copy
    # of whichever printing is not searched (no search finds it otherwise).
    items = {"Apologies": "Apologies were received from Councillor Brown and Councillor Green.",
             "Library Service Review": " ".join(["The Committee considered the review of the library service, "
                                                 "its opening hours and the mobile library routes to the villages."] * 3),
             "Date of next meeting": "The next meeting will be held on 12 June 2025."}
    def minutes(change=False):
        text = "Westshire County Council\n\nMinutes of a meeting of the Communities Committee held on 4 March 2025\n\n" \
               "Present: Councillor Smith (Chair), Councillor Jones\n\n"
        for n, (title, body) in enumerate(items.items(), 21):
            body = body.replace("considered the review", "considered the revised review", 1) if change else body
            text += f"{n}. {title}\n\n{body}\n\n"
        return text
    ix = _index_of(tmp_path, {"pack.txt": minutes(), "pack (1).txt": minutes(), "pack revised.txt": minutes(True)})
    hits = ix.search("library service review mobile routes", kind="minute")
    assert len(hits) == 1
    shown = os.path.basename(hits[0].segment.source)
    assert sorted(os.path.basename(c["source"]) for c in hits[0].also_in) == sorted(
        {"pack.txt", "pack (1).txt", "pack revised.txt"} - {shown})


def test_a_long_minute_quoting_a_short_hit_is_not_folded_under_it(tmp_path):
    # The recommendation is printed again inside the minute of the debate on it: the
    # minute holds the copy and much more, and folded under the recommendation it could
    # not be found at all.
    asked = ("County Council is asked to agree that the Leader writes to the Minister asking that Kent joins "
             "the Devolution Priority Programme, and that the county elections be postponed.")
    debate = " ".join(f"Member {i} spoke on the devolution proposals and the timetable for the elections."
                      for i in range(60))
    minute = ("Minutes of a meeting of the County Council held at Sessions House, Maidstone on Thursday, "
              "9 January 2025.\n\nPRESENT\n\nMr A Chair (Chairman)\n\n285. English Devolution White Paper\n\n"
              f"The Leader moved the recommendation: {asked}\n\n{debate}\n")
    ix = _index_of(tmp_path, {"summary.txt": f"Devolution\n\n{asked}\n", "minutes.txt": minute})
    hits = ix.search("devolution priority programme minister")
    assert [h.segment.kind for h in hits] == ["section", "minute"], [(h.segment.kind, h.also_in) for h in hits]
    assert not hits[0].also_in


def test_a_report_reworded_for_another_meeting_is_not_folded_into_the_first(tmp_path):
    # The same report goes to Cabinet and then, reworded, to County Council: two meetings'
    # decisions, both shown. Printed word for word it would fold (see the test above).
    text = ("1.1 The Minerals Sites Plan makes no decision on the nominated hard rock quarry at Oaken Wood, "
            "which remains subject to a separate examination next year, and Members are advised that {who} "
            "makes no decision in relation to the Oaken Wood site today. The Plan was found sound by the "
            "Inspector, subject to the main modifications set out in the appendix to this report. "
            "The modifications concern the safeguarding of wharves and rail depots, the supply of soft sand "
            "over the plan period, and the monitoring of permitted reserves against the landbank required by "
            "national policy. None of them changes the strategy consulted upon in 2023.")
    papers = {}
    for name, who, date in (("cabinet.txt", "Cabinet", "4 March 2025"), ("council.txt", "County Council", "13 March 2025")):
        papers[name] = (f"From: Cabinet Member for Environment\n\nTo: {who}\n\nDate: {date}\n\n"
                        f"Subject: Adoption of the Minerals Plan\n\n1. Introduction\n\n{text.format(who=who)}\n")
    ix = _index_of(tmp_path, papers)
    hits = ix.search("Oaken Wood quarry")
    assert [(h.segment.body, h.segment.meeting_date.isoformat()) for h in hits] == [
        ("Cabinet", "2025-03-04"), ("County Council", "2025-03-13")]
    assert not any(h.also_in for h in hits)


def _report_to(body: str, day: str, subject: str, text: str) -> str:
    return (f"Kent County Council\n\nFrom: Cabinet Member for Finance\n\nTo: {body}\n\nDate: {day}\n\n"
            f"Subject: {subject}\n\n1. Introduction\n\n{text}\n")


_RESERVES = ("Appendix G - Reserves Policy\n\n1. Overview\n\n1.1 The general reserve is held to meet unforeseen "
             "costs. We are now aiming to hold the general reserve at {share} of the net revenue budget within the "
             "medium term plan, restoring it after the drawdown of recent years, and the risk reserve is held "
             "against the risks identified in the budget risk register, reviewed each quarter by the Section 151 "
             "officer and reported to Cabinet with the monitoring of the revenue budget.\n")


def _meetings(ix, query: str) -> dict[str, tuple]:
    return {os.path.basename(h.segment.source): (h.segment.meeting_date and h.segment.meeting_date.isoformat(),
                                                 h.segment.body, h.segment.council, h.segment.meeting_from)
            for h in ix.search(query, limit=20)}


def test_a_paper_that_dates_nothing_takes_the_meeting_its_file_name_dates_among_its_papers(tmp_path):
    # An appendix published on its own prints no meeting; its file name dates it, and the
    # papers beside it hold a Cabinet meeting that day. A date no paper beside it holds
    # (a draft's, "22.01.25") or a paper elsewhere is not taken: better undated than wrong.
    budget = "1.1 Cabinet is asked to endorse the draft budget and the reserves policy for consultation."
    ix = _index_of(tmp_path, {
        "cabinet_2025-01-30_Draft_Budget_report.txt": _report_to("Cabinet", "30 January 2025", "Draft Budget", budget),
        "cabinet_2025-01-30_Appendix_G_Reserves_Policy.txt": _RESERVES.format(share="5%"),
        "Appendix I Budget Risk Register 22.01.25.txt": _RESERVES.format(share="6%"),
        "Reserves Policy 2025-02-13.txt": _RESERVES.format(share="7%")})
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "cabinet_2025-01-30_Appendix_H.txt").write_text(_RESERVES.format(share="8%"), encoding="utf-8")
    ix.ingest([str(other)], workers=0)
    # (Each searched by its own share: the four are near-copies, and fold as one text.)
    assert _meetings(ix, '"5%" reserve')["cabinet_2025-01-30_Appendix_G_Reserves_Policy.txt"] == (
        "2025-01-30", "Cabinet", "Kent County Council", "file name")
    for share, undated in (("6%", "Appendix I Budget Risk Register 22.01.25.txt"),
                           ("7%", "Reserves Policy 2025-02-13.txt"), ("8%", "cabinet_2025-01-30_Appendix_H.txt")):
        assert _meetings(ix, f'"{share}" reserve')[undated] == (None, None, None, None), undated
    assert _meetings(ix, "endorse draft budget")["cabinet_2025-01-30_Draft_Budget_report.txt"][3] == "paper"
    assert ix.search("general reserve unforeseen costs", since="2025-01-01")[0].segment.meeting_date == dt.date(2025, 1, 30)


def test_a_paper_dated_by_its_file_name_takes_the_body_it_names_or_its_own(tmp_path):
    # Cabinet and the County Council meet on one day: the file name says whose paper it
    # is ("full_council_..."), or neither is taken. A paper that names its own body (the
    # Cabinet Member's decision report, appended to the Council's papers) keeps it and is
    # not dated by another body's meeting.
    decision = _report_to("Cabinet Member for Integrated Children's Services", "", "Family Hubs",
                          "1.1 The Cabinet Member is asked to agree the commissioning of family hub services.")
    decision = decision.replace("Date: \n\n", "")
    ix = _index_of(tmp_path, {
        "cabinet_2025-03-13_agenda.txt": _report_to("Cabinet", "13 March 2025", "Budget Update",
                                                    "1.1 Cabinet is asked to note the budget update."),
        "full_council_2025-03-13_report.txt": _report_to("County Council", "13 March 2025", "Family Hubs Call-in",
                                                         "1.1 County Council is asked to consider the call-in."),
        "full_council_2025-03-13_Appendix_3.txt": _RESERVES.format(share="5%"),
        "2025-03-13 Appendix 9.txt": _RESERVES.format(share="6%"),
        "full_council_2025-03-13_Appendix_4_Decision_Report.txt": decision})
    assert _meetings(ix, '"5%" reserve')["full_council_2025-03-13_Appendix_3.txt"] == (
        "2025-03-13", "County Council", "Kent County Council", "file name")
    # (Neither body, but both meetings are the council's.)
    assert _meetings(ix, '"6%" reserve')["2025-03-13 Appendix 9.txt"] == ("2025-03-13", None, "Kent County Council",
                                                                          "file name")
    hit = ix.search("commissioning family hub services")[0]
    assert (hit.segment.body, hit.segment.meeting_date) == ("Cabinet Member for Integrated Children's Services", None)


def test_a_paper_that_names_no_council_takes_its_meetings_council_from_the_papers_beside_it(tmp_path):
    # Cabinet's agenda front sheet names no council; the reports to that meeting do. A
    # paper of another meeting, or of none, is left without.
    def sheet(day: str, item: str) -> str:
        return f"Cabinet\n\n{day}\n\nAgenda\n\n1. {item}\n\nTo consider the report on the {item.lower()}.\n"
    ix = _index_of(tmp_path, {
        "agenda.txt": sheet("Tuesday, 4 March 2025", "Mobile library timetable"),
        "other agenda.txt": sheet("Thursday, 13 March 2025", "Village hall grants"),
        "report.txt": _report_to("Cabinet", "4 March 2025", "Budget Update", "1.1 Cabinet is asked to note it.")})
    found = _meetings(ix, "mobile library timetable")
    assert found["agenda.txt"][:3] == ("2025-03-04", "Cabinet", "Kent County Council")
    assert _meetings(ix, "village hall grants")["other agenda.txt"][:3] == ("2025-03-13", "Cabinet", None)


def test_papers_waiting_for_their_meeting_are_held_up_to_a_bound(tmp_path, monkeypatch):
    # Past the bound, the longest waiting is placed by what is known by then and written,
    # so that memory does not grow with the run; at the end of the run it is placed again
    # from its records. (Read biggest first, the appendices come before the short agenda
    # that prints their meeting.)
    import docsearch.index as index_module

    monkeypatch.setattr(index_module, "UNPLACED_AT_MOST", 1)
    long = " ".join(["The reserve is reviewed each quarter against the risks in the register."] * 12)
    ix = _index_of(tmp_path, {
        "cabinet_2025-01-30_agenda.txt": _report_to("Cabinet", "30 January 2025", "Budget", "1.1 Endorse it."),
        "cabinet_2025-01-30_Appendix_A.txt": f"Appendix A - Reserves\n\n1. Alpha\n\n{long}\n",
        "cabinet_2025-01-30_Appendix_B.txt": f"Appendix B - Reserves\n\n1. Bravo\n\n{long} More.\n"})
    assert ix.stats()["papers"] == 3
    found = _meetings(ix, "reserve reviewed quarter")
    assert found == {f"cabinet_2025-01-30_Appendix_{x}.txt": ("2025-01-30", "Cabinet", "Kent County Council", "file name")
                     for x in "AB"}, found


def test_a_paper_is_dated_by_the_meetings_of_papers_indexed_before_it(tmp_path):
    # The agenda was ingested last week; the appendix published later finds its meeting
    # in the index.
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "cabinet_2025-01-30_agenda.txt").write_text(
        _report_to("Cabinet", "30 January 2025", "Draft Budget", "1.1 Cabinet is asked to endorse the budget."),
        encoding="utf-8")
    ix = Index(str(tmp_path / "ix"))
    ix.ingest([str(folder)], workers=0)
    (folder / "cabinet_2025-01-30_Appendix_G.txt").write_text(_RESERVES.format(share="5%"), encoding="utf-8")
    assert ix.ingest([str(folder)], workers=0).added
    assert _meetings(ix, "general reserve unforeseen costs")["cabinet_2025-01-30_Appendix_G.txt"][:2] == (
        "2025-01-30", "Cabinet")


def test_a_paper_indexed_before_the_papers_that_print_its_meeting_takes_it_when_they_come(tmp_path):
    # The appendix came out first and was ingested undated; the agenda that prints its
    # meeting comes in a later run, which places the appendix again from its records.
    # Pruning the agenda takes the meeting away again.
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "cabinet_2025-01-30_Appendix_G.txt").write_text(_RESERVES.format(share="5%"), encoding="utf-8")
    ix = Index(str(tmp_path / "ix"))
    ix.ingest([str(folder)], workers=0)
    query = "general reserve unforeseen costs"
    assert _meetings(ix, query)["cabinet_2025-01-30_Appendix_G.txt"] == (None, None, None, None)
    agenda = folder / "cabinet_2025-01-30_agenda.txt"
    agenda.write_text(_report_to("Cabinet", "30 January 2025", "Draft Budget", "1.1 Cabinet is asked to endorse it."),
                      encoding="utf-8")
    report = ix.ingest([str(folder)], workers=0)
    assert [os.path.basename(p) for p in report.added] == ["cabinet_2025-01-30_agenda.txt"]
    assert [os.path.basename(p) for p in report.placed] == ["cabinet_2025-01-30_Appendix_G.txt"]
    assert _meetings(ix, query)["cabinet_2025-01-30_Appendix_G.txt"] == (
        "2025-01-30", "Cabinet", "Kent County Council", "file name")
    assert ix.search(query, since="2025-01-01")
    # Written again, not twice.
    assert ix.stats()["segments"] == sum(len(split(str(path))) for path in folder.iterdir())
    # Nothing new: nothing placed again.
    assert not ix.ingest([str(folder)], workers=0).placed
    agenda.unlink()
    report = ix.ingest([str(folder)], workers=0, prune=True)
    assert len(report.removed) == 1 and len(report.placed) == 1
    assert _meetings(ix, query)["cabinet_2025-01-30_Appendix_G.txt"] == (None, None, None, None)
    assert not ix.search(query, since="2025-01-01")


def _placed_papers(ix) -> dict[str, set[tuple]]:
    """{paper file name: the (meeting date, body, council, meeting_from) of its segments}."""
    out: dict[str, set[tuple]] = {}
    for hit in ix.search("budget", limit=1000):  # (a word every one of them prints)
        for seg in [hit.segment] + [ix.get(entry["id"]) for entry in hit.also_in]:
            out.setdefault(os.path.basename(seg.source), set()).add(
                (seg.meeting_date, seg.body, seg.council, seg.meeting_from))
    return out


def test_the_order_papers_are_ingested_in_does_not_change_their_meetings_or_councils(tmp_path):
    # A meeting's papers, and papers that take from them (appendices dated by their file
    # names, a front sheet naming no council, a paper calling its council "KCC"), split
    # over two runs in every way that puts something in each: each ends as one run does.
    papers = {
        "cabinet_2025-01-30_report.txt": _report_to("Cabinet", "30 January 2025", "Draft Budget",
                                                    "1.1 Cabinet is asked to endorse the draft budget."),
        "cabinet_2025-01-30_Appendix_G.txt": _RESERVES.format(share="5%"),
        "cabinet_2025-01-30_agenda.txt": "Cabinet\n\nThursday, 30 January 2025\n\nAgenda\n\n1. Draft Budget\n\n"
                                         "To consider the report on the draft budget and the reserves.\n",
        "risks.txt": "Budget Risk Register\n\nThe register sets out the main risks to KCC's budget for 2025-26 and "
                     "the actions KCC is taking to reduce them, including the reserves held against overspends.\n",
        "full_council_2025-02-13_Appendix_H.txt": _RESERVES.format(share="6%").replace("Appendix G", "Appendix H"),
    }
    names = sorted(papers)

    def ingested(runs: list[list[str]], where) -> dict:
        folder = where / "papers"
        folder.mkdir(parents=True)
        ix = Index(str(where / "ix"))
        for run in runs:
            for name in run:
                (folder / name).write_text(papers[name], encoding="utf-8")
            ix.ingest([str(folder)], workers=0)
        return _placed_papers(ix)

    once = ingested([names], tmp_path / "once")
    assert once["cabinet_2025-01-30_Appendix_G.txt"] == {(dt.date(2025, 1, 30), "Cabinet", "Kent County Council",
                                                          "file name")}
    assert {c for _, _, c, _ in once["risks.txt"]} == {"Kent County Council"}
    for mask in range(1, 2 ** len(names) - 1):
        first = [n for i, n in enumerate(names) if mask >> i & 1]
        rest = [n for n in names if n not in first]
        assert ingested([first, rest], tmp_path / f"two{mask}") == once, first
    # And one pruned afterwards leaves the rest as one run of them does.
    for gone in names:
        where = tmp_path / f"pruned-{gone}"
        ingested([names], where)
        os.remove(where / "papers" / gone)
        ix = Index(str(where / "ix"))
        ix.ingest([str(where / "papers")], workers=0, prune=True)
        rest = [n for n in names if n != gone]
        assert _placed_papers(ix) == ingested([rest], tmp_path / f"without-{gone}"), gone


def _whoosh_records(ix) -> tuple[list[dict], int]:
    """Every record of the index as stored, in order of id, and how many Whoosh segments
    hold them."""
    from whoosh import index as whoosh_index

    gen = os.path.join(ix.path, open(os.path.join(ix.path, "CURRENT")).read().strip())
    wix = whoosh_index.open_dir(gen)
    with wix.searcher() as s:
        return sorted(s.all_stored_fields(), key=lambda f: f["id"]), len(wix._segments())


# A meeting's papers, most of which wait for the end of the run to be placed.
_WAITING = {
    "cabinet_2025-01-30_report.txt": _report_to("Cabinet", "30 January 2025", "Draft Budget",
                                                "1.1 Cabinet is asked to endorse the draft budget."),
    **{f"cabinet_2025-01-30_Appendix_{x}.txt": _RESERVES.format(share=f"{n}%").replace("Appendix G", f"Appendix {x}")
       for n, x in enumerate("ABCDEFGH", start=2)},
}


def test_the_papers_written_at_the_end_of_a_run_are_written_by_two_processes_as_by_one(tmp_path, monkeypatch):
    # The appendices wait to be placed until every paper is read, and are then written
    # half in a forked process, each half in a Whoosh segment of its own: the index holds
    # the same records as when one process writes them all.
    import docsearch.index as index_module

    folder = tmp_path / "papers"
    folder.mkdir()
    for name, text in _WAITING.items():
        (folder / name).write_text(text, encoding="utf-8")

    def ingested(where, write_in_two_from: int) -> Index:
        monkeypatch.setattr(index_module, "WRITE_IN_TWO_FROM", write_in_two_from)
        ix = Index(str(where))
        ix.ingest([str(folder)], workers=2)
        return ix

    one, in_one = _whoosh_records(ingested(tmp_path / "one", 10 ** 9))
    two_ix = ingested(tmp_path / "two", 1)
    two, in_two = _whoosh_records(two_ix)
    assert two == one and in_two == in_one + 2
    assert {f["meeting_date"].date() for f in two if f.get("doctype") == "segment"} == {dt.date(2025, 1, 30)}
    assert len(two_ix.search("general reserve unforeseen costs", limit=20)) == 1  # (the rest its copies)
    # Where the other process fails, this one writes its half too.
    parent = os.getpid()
    write_segment = index_module._write_segment

    def fails_in_the_other(ix, docs):
        if os.getpid() != parent:
            raise OSError("no space left on device")
        return write_segment(ix, docs)
    monkeypatch.setattr(index_module, "_write_segment", fails_in_the_other)
    assert _whoosh_records(ingested(tmp_path / "failed", 1)) == (one, in_one + 2)


def test_writing_in_two_makes_no_empty_segment_whatever_one_record_weighs(tmp_path):
    # Halves are cut by words; one record longer than all the others together still
    # leaves each process a record to write.
    from whoosh import index as whoosh_index

    import docsearch.index as index_module

    ix = _index_of(tmp_path, {"a.txt": "CABINET\n\n1. Libraries\n\nThe Cabinet agreed the library review.\n"})
    gen = os.path.join(ix.path, open(os.path.join(ix.path, "CURRENT")).read().strip())
    docs = [{"id": "big", "doctype": "segment", "content": "library " * 5000},
            {"id": "small", "doctype": "segment", "content": "library"}]
    segments = index_module._write_in_two(whoosh_index.open_dir(gen), docs)
    assert sorted(seg.doc_count_all() for seg in segments) == [1, 1]


def test_a_run_stopped_while_two_processes_write_leaves_the_index_as_its_last_commit(tmp_path, monkeypatch):
    # Ctrl-C while the end of the run is written: the other process is stopped, the index
    # is as its last commit left it, and the next run writes the rest.
    import docsearch.index as index_module

    monkeypatch.setattr(index_module, "WRITE_IN_TWO_FROM", 1)
    folder = tmp_path / "papers"
    folder.mkdir()
    for name, text in _WAITING.items():
        (folder / name).write_text(text, encoding="utf-8")
    ix = Index(str(tmp_path / "ix"))
    parent = os.getpid()
    write_segment = index_module._write_segment
    other = tmp_path / "other.pid"

    def stopped(ix, docs):
        if os.getpid() != parent:
            other.write_text(str(os.getpid()))
            return write_segment(ix, docs)
        deadline = time.monotonic() + 10
        while not other.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        raise KeyboardInterrupt
    monkeypatch.setattr(index_module, "_write_segment", stopped)
    with pytest.raises(KeyboardInterrupt):
        ix.ingest([str(folder)], workers=2)
    with pytest.raises(ChildProcessError):
        os.waitpid(int(other.read_text()), os.WNOHANG)  # (the other process was stopped and waited for)
    monkeypatch.setattr(index_module, "_write_segment", write_segment)
    report = ix.ingest([str(folder)], workers=2)
    assert len(report.added) + len(report.unchanged) == len(_WAITING)
    assert ix.stats()["papers"] == len(_WAITING)
    # Nothing of the stopped run's segments is left beside the index's.
    gen = os.path.join(ix.path, open(os.path.join(ix.path, "CURRENT")).read().strip())
    from whoosh import index as whoosh_index
    names = {seg.segment_id() for seg in whoosh_index.open_dir(gen)._segments()}
    assert {f.split(".")[0] for f in os.listdir(gen) if f.startswith("MAIN_") and "WRITELOCK" not in f} == names


def test_a_run_cut_short_before_placing_is_placed_by_the_next_even_with_nothing_to_read(tmp_path, monkeypatch):
    # The run that brought the agenda committed it and was stopped (Ctrl-C) before it
    # placed the appendix of an earlier run; the next run, with no paper to read, does.
    import docsearch.index as index_module

    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "cabinet_2025-01-30_Appendix_G.txt").write_text(_RESERVES.format(share="5%"), encoding="utf-8")
    ix = Index(str(tmp_path / "ix"))
    ix.ingest([str(folder)], workers=0)
    (folder / "cabinet_2025-01-30_agenda.txt").write_text(
        _report_to("Cabinet", "30 January 2025", "Draft Budget", "1.1 Cabinet is asked to endorse it."), encoding="utf-8")

    def stopped(*args):
        raise KeyboardInterrupt
    monkeypatch.setattr(index_module, "COMMIT_EVERY_PAPERS", 1)
    monkeypatch.setattr(index_module, "_placeable_papers", stopped)
    with pytest.raises(KeyboardInterrupt):
        ix.ingest([str(folder)], workers=0)
    monkeypatch.undo()
    query = "general reserve unforeseen costs"
    assert _meetings(ix, query)["cabinet_2025-01-30_Appendix_G.txt"][0] is None
    report = ix.ingest([str(folder)], workers=0)
    assert len(report.unchanged) == 2 and [os.path.basename(p) for p in report.placed] == [
        "cabinet_2025-01-30_Appendix_G.txt"]
    assert _meetings(ix, query)["cabinet_2025-01-30_Appendix_G.txt"][:2] == ("2025-01-30", "Cabinet")
    # Then a run with nothing to read places nothing.
    assert not ix.ingest([str(folder)], workers=0).placed


def test_a_draft_and_final_appendix_dated_by_their_file_names_fold_as_one_text(tmp_path):
    # The reserves policy appended to Cabinet's draft budget and, revised, to the
    # Council's final one: neither paper was reworded for its meeting (it names none), so
    # the revision folds under the first as similar text, as it did while both were
    # undated; reports that print their meetings do not (see the test above).
    ix = _index_of(tmp_path, {
        "cabinet_2025-01-30_report.txt": _report_to("Cabinet", "30 January 2025", "Draft Budget",
                                                    "1.1 Cabinet is asked to endorse the budget."),
        "full_council_2025-02-13_report.txt": _report_to("County Council", "13 February 2025", "Budget",
                                                         "1.1 County Council is asked to approve the budget."),
        "cabinet_2025-01-30_Appendix_G.txt": _RESERVES.format(share="5%"),
        "full_council_2025-02-13_Appendix_H.txt": _RESERVES.format(share="5% to 10%")})
    hits = ix.search("general reserve unforeseen costs")
    assert len(hits) == 1, [(h.segment.source, h.segment.meeting_date) for h in hits]
    assert [(e["body"], e["meeting_date"], e["similar"]) for e in hits[0].also_in] in (
        [("County Council", "2025-02-13", True)], [("Cabinet", "2025-01-30", True)])


def test_the_same_words_decided_on_different_items_are_each_a_decision(tmp_path):
    # A planning committee grants two applications in the same words, and another
    # council's committee a third: three decisions, none a copy of another. The same
    # minutes printed again in a later pack are a copy.
    def minutes(council, body, date, items):
        return (f"{council}\n\nMinutes of a meeting of the {body} held on {date}\n\nPresent: Councillor Smith\n\n"
                + "".join(f"{n}. {title}\n\nRESOLVED that planning permission be GRANTED subject to the "
                          "conditions set out in the report.\n\n" for n, title in items))
    north = minutes("Wealden District Council", "Planning Committee North", "6 June 2024",
                    [(7, "WD/2024/0555/F - Barn at Hole Farm"), (8, "WD/2024/0600/F - 3 Station Road")])
    ix = _index_of(tmp_path, {
        "north.txt": north, "pack.txt": f"Agenda Item 2\n\n{north}",
        "eastleigh.txt": minutes("Eastleigh Borough Council", "Planning Committee", "11 July 2024",
                                 [(30, "24/00999/FUL - 9 Bournemouth Road")])})
    hits = ix.search("planning permission granted", kind="resolution")
    assert sorted(h.segment.minute for h in hits) == ["30", "7", "8"], [(h.segment.minute, h.also_in) for h in hits]
    assert sorted(len(h.also_in) for h in hits) == [0, 1, 1]


def test_the_same_words_decided_on_unnumbered_items_of_one_paper_are_each_a_decision(tmp_path):
    # A panel notes each report in the same words, its items numbered only by the
    # agenda ("(Item 4)"): three decisions, not one "also in" two others. The minutes
    # printed again in a later pack are still a copy.
    minutes = ("CORPORATE PARENTING PANEL - 29 October 2024\n\nMINUTES of the meeting held in the Darent Room, "
               "Sessions House, County Hall, Maidstone.\n\nPRESENT: Mrs A Smith (Chair), Mr B Jones\n\n"
               + "".join(f"{title}\n(Item {n})\n\nThe {who} introduced the report on {what}.\n\n"
                         "RESOLVED that the Panel note the report.\n\n"
                         for n, title, who, what in [
                             (4, "Fostering recruitment", "Head of Fostering", "recruiting foster carers"),
                             (5, "Virtual School annual report", "Virtual School Head", "attainment"),
                             (6, "Care leavers housing", "Director", "housing for care leavers")]))
    ix = _index_of(tmp_path, {"minutes.txt": minutes, "pack.txt": f"Agenda Item 2\n\n{minutes}"})
    hits = ix.search("panel note the report", kind="resolution")
    assert sorted(h.segment.title for h in hits) == [
        "Resolution: Care leavers housing", "Resolution: Fostering recruitment",
        "Resolution: Virtual School annual report"], [(h.segment.title, h.also_in) for h in hits]
    assert [len(h.also_in) for h in hits] == [1, 1, 1]


def _library_report(services: int = 12) -> str:
    return "Mobile libraries\n\n" + "".join(
        f"{n}. Route {n}\n\nThe mobile library route {n} calls at {n + 2} villages every fortnight and "
        f"lends about {100 * n} books a month; the review proposes {'keeping' if n % 2 else 'merging'} it.\n\n"
        for n in range(1, services + 1))


def test_exact_copies_leave_the_list_full(tmp_path):
    # A folder holding each paper many times (downloaded again, a pack and its reports)
    # gives as many hits as asked for, each printing once, with its copies under it.
    ix = _index_of(tmp_path, {f"copy{c}.txt": _library_report() for c in range(10)})
    hits = ix.search("mobile library route", limit=10)
    assert len(hits) == 10
    assert len({h.segment.title for h in hits}) == 10
    assert all(len(h.also_in) == 9 for h in hits), [len(h.also_in) for h in hits]
    # The copies are kept whole: shown, counted, and found by filters alone.
    copy = ix.get(hits[0].also_in[0]["id"])
    assert copy.text == hits[0].segment.text
    st = ix.stats()
    assert st["segments"] == 10 * len(split(str(tmp_path / "papers" / "copy0.txt")))
    assert st["copies"] == 9 * len(split(str(tmp_path / "papers" / "copy0.txt")))


def test_exact_copies_leave_the_list_full_by_filters_alone(tmp_path):
    # Searched by filters alone (or excluded words alone), every candidate scores alike;
    # ten copies each of papers of four sections must still give ten different hits.
    def paper(subject, words):
        return f"{subject}\n\n" + "".join(f"{n}. {subject} {n}\n\n" + " ".join([f"The {subject.lower()} item {n}."] * words)
                                          + "\n\n" for n in range(1, 5))
    papers = {f"{name}{c}.txt": paper(subject, words) for name, subject, words in
              (("a", "Parks", 30), ("b", "Roads", 20), ("c", "Schools", 10)) for c in range(10)}
    ix = _index_of(tmp_path, papers)
    for query in ("kind:section", "kind:section -merging"):
        hits = ix.search(query, limit=10)
        assert len({h.segment.title for h in hits}) == 10, (query, [h.segment.title for h in hits])
        assert all(len(h.also_in) == 9 for h in hits), (query, [len(h.also_in) for h in hits])


def test_a_copy_is_searched_when_the_printing_searched_is_gone(tmp_path):
    ix = _index_of(tmp_path, {"a.txt": _library_report(), "b.txt": _library_report()})
    shown = {os.path.basename(h.segment.source) for h in ix.search("mobile library route", limit=20)}
    assert len(shown) == 1
    folder = tmp_path / "papers"
    # The printing searched is changed: the other one's words are searched again.
    changed = shown.pop()
    (folder / changed).write_text("Bus services\n\nThe service is under review.\n", encoding="utf-8")
    ix.ingest([str(folder)], workers=0)
    hits = ix.search("mobile library route", limit=20)
    assert len(hits) == 12 and not any(h.also_in for h in hits)
    assert {os.path.basename(h.segment.source) for h in hits} == {"a.txt", "b.txt"} - {changed}
    # Copies again, and the one searched deleted and pruned.
    (folder / "c.txt").write_text(_library_report(), encoding="utf-8")
    ix.ingest([str(folder)], workers=0)
    searched = os.path.basename(ix.search("mobile library route")[0].segment.source)
    os.remove(folder / searched)
    ix.ingest([str(folder)], workers=0, prune=True)
    hits = ix.search("mobile library route", limit=20)
    left = ({"a.txt", "b.txt"} - {changed} | {"c.txt"}) - {searched}
    assert len(hits) == 12 and {os.path.basename(h.segment.source) for h in hits} == left


def test_a_prune_cut_short_leaves_every_text_searched(tmp_path, monkeypatch):
    # The printing searched is dropped and a copy searched again in the same commit: a
    # run cut short after it (or a search meanwhile) does not find the text missing.
    import docsearch.index as index_module

    ix = _index_of(tmp_path, {"a.txt": _library_report(), "b.txt": _library_report()})
    searched = os.path.basename(ix.search("mobile library route")[0].segment.source)
    os.remove(tmp_path / "papers" / searched)

    def cut_short(ix):
        raise KeyboardInterrupt

    monkeypatch.setattr(index_module, "_mend_copies", cut_short)
    with pytest.raises(KeyboardInterrupt):
        ix.ingest([str(tmp_path / "papers")], workers=0, prune=True)
    monkeypatch.undo()
    assert len(Index(ix.path).search("mobile library route", limit=20)) == 12


def test_a_paper_downloaded_again_and_the_old_one_pruned_in_one_run(tmp_path, monkeypatch):
    # "pack.txt" is deleted and the same text saved as "pack (2).txt": the prune comes
    # first, so the new printing is written searched (not as a copy of the one pruned),
    # even if the run is cut short at its end. Then the old name comes back: a copy of
    # the printing searched, not of its own deleted record.
    import docsearch.index as index_module

    folder = tmp_path / "papers"
    ix = _index_of(tmp_path, {"pack.txt": _library_report()})
    (folder / "pack (2).txt").write_text(_library_report() + "\n", encoding="utf-8")  # other bytes, same text
    os.remove(folder / "pack.txt")

    def cut_short(ix):
        raise KeyboardInterrupt

    monkeypatch.setattr(index_module, "_mend_copies", cut_short)
    with pytest.raises(KeyboardInterrupt):
        ix.ingest([str(folder)], workers=0, prune=True)
    hits = Index(ix.path).search("mobile library route", limit=20)
    assert len(hits) == 12 and {os.path.basename(h.segment.source) for h in hits} == {"pack (2).txt"}
    (folder / "pack.txt").write_text(_library_report(), encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        Index(ix.path).ingest([str(folder)], workers=0)
    monkeypatch.undo()
    hits = Index(ix.path).search("mobile library route", limit=20)
    assert len(hits) == 12 and all(len(h.also_in) == 1 for h in hits)


def test_a_paper_pruned_and_put_back_is_searched(tmp_path, monkeypatch):
    # Its deleted records' keys are still among Whoosh's terms until merged away: they
    # must not make the paper put back a copy of nothing.
    import docsearch.index as index_module

    folder = tmp_path / "papers"
    ix = _index_of(tmp_path, {"pack.txt": _library_report(), "other.txt": "Parks\n\nThe parks strategy was noted.\n"})
    os.remove(folder / "pack.txt")
    ix.ingest([str(folder)], workers=0, prune=True)
    (folder / "pack.txt").write_text(_library_report(), encoding="utf-8")
    monkeypatch.setattr(index_module, "_mend_copies", lambda ix: 0)
    ix.ingest([str(folder)], workers=0)
    assert len(Index(ix.path).search("mobile library route", limit=20)) == 12


def test_a_copy_left_unsearched_is_mended_by_the_next_ingest(tmp_path):
    # Whatever left a text with no printing searched (a run of an older version cut
    # short), the next ingest mends it, though it has no paper to read.
    from whoosh import index as whoosh_index

    ix = _index_of(tmp_path, {"a.txt": _library_report(), "b.txt": _library_report()})
    gen = os.path.join(ix.path, open(os.path.join(ix.path, "CURRENT")).read().strip())
    searched = {h.segment.id for h in ix.search("mobile library route", limit=20)}
    writer = whoosh_index.open_dir(gen).writer()
    for seg_id in searched:
        writer.delete_by_term("id", seg_id)
    writer.commit()
    assert not Index(ix.path).search("mobile library route")
    report = Index(ix.path).ingest([str(tmp_path / "papers")], workers=0)
    assert not report.added and not report.replaced
    assert len(Index(ix.path).search("mobile library route", limit=20)) == 12


def test_a_copy_searched_again_is_found_by_its_papers_initials(tmp_path):
    # A copy's words are indexed again from what the index keeps, with the initials its
    # paper defines for the names they spell out (see acronyms).
    body = "\n\n".join(f"Pupils with special educational needs and disabilities placed out of county rose again "
                        f"in area {n}, and the cost of each placement rose with them over the year." for n in range(50))
    text = ("1. Introduction\n\nThis report sets out the plan for Special Educational Needs and Disabilities "
            f"(SEND) in the county.\n\n{body}\n")
    ix = _index_of(tmp_path, {"a.txt": text, "b.txt": text})
    searched = os.path.basename(ix.search("SEND placement")[0].segment.source)
    os.remove(tmp_path / "papers" / searched)
    ix.ingest([str(tmp_path / "papers")], workers=0, prune=True)
    spelt_out = [h for h in ix.search("SEND placement", limit=20) if "SEND" not in h.segment.text]
    assert spelt_out and all(os.path.basename(h.segment.source) != searched for h in spelt_out)
    assert all("send" in h.matched_terms for h in spelt_out)


def test_a_reports_recommendations_rank_with_the_report(tmp_path):
    # The recommendations do not repeat the words of the report's sections; they are still
    # what a search for the report's subject is after, above passing mentions elsewhere.
    sections = "".join(
        f"{n}. {title}\n\n{n}.1 The {which} business rates collection fund surplus was confirmed late, after "
        "the budget was set, and the business rates retained share rose. These late changes are reported "
        "to Cabinet each March.\n\n"
        for n, (title, which) in enumerate([("Introduction", "final"), ("Business rates", "county"),
                                            ("Late changes", "annual")], start=1))
    report = ("From: Deputy Leader\nTo: Cabinet – 4 March 2025\nSubject: Late changes to the 2025-26 budget\n"
              "Classification: Unrestricted\n\n" + sections
              + "4. Recommendations\n\nCabinet is asked to:\n1) NOTE the updates to the final budget.\n"
              "2) APPROVE the net transfer of £356.0k into reserves to improve financial resilience.\n")
    items = "".join(f"{80 + n}. Item {n}\n\nMembers discussed the highways programme; business rates changes "
                    f"were noted (item {n}).\n\n" for n in range(8))
    other = ("Minutes of a meeting of the Cabinet held on Thursday, 9 January 2025.\n\nPRESENT\n\nMr A Chair\n\n"
             + items)
    ix = _index_of(tmp_path, {"report.txt": report, "minutes.txt": other})
    order = [h.segment.kind for h in ix.search("business rates late changes", limit=10)]
    # (The three sections, alike but for a word, fold into one: their paragraph numbers
    # are no part of the words compared for copies.)
    assert order[:2] == ["report", "recommendation"] and set(order[2:]) == {"minute"}, order


def test_not_excludes_from_every_hit(corpus_index):
    hits = corpus_index.search("school meals NOT holidays", limit=20)
    assert hits and not any("holiday" in h.segment.text.lower() for h in hits)
    hits = corpus_index.search('meals -"free school"', limit=20)
    assert hits and not any("free school" in " ".join(h.segment.text.lower().split()) for h in hits)


def test_exclusions_with_filters_only(corpus_index):
    # "kind:minute -budget": every minute item without the word, long ones included (their
    # words are indexed in passages).
    every = corpus_index.search("kind:minute", limit=200)
    without = corpus_index.search("kind:minute -budget", limit=200)
    assert without and len(without) < len(every)
    assert not any("budget" in h.segment.text.lower() for h in without)
    assert {h.segment.id for h in every if "budget" not in h.segment.text.lower()} == {h.segment.id for h in without}
    with pytest.raises(QueryError):
        corpus_index.search("-budget")  # nothing to exclude from


def test_phrase_is_checked_word_for_word(corpus_index):
    # "meal voucher" and "meals vouchers" share stems; only the printed words count.
    for hit in corpus_index.search('"school meal vouchers"', limit=20):
        assert "school meal vouchers" in " ".join(hit.segment.text.lower().split())


def _index_of(tmp_path, papers: dict[str, str]) -> Index:
    folder = tmp_path / "papers"
    folder.mkdir()
    for name, text in papers.items():
        (folder / name).write_text(text, encoding="utf-8")
    ix = Index(str(tmp_path / "ix"))
    report = ix.ingest([str(folder)], workers=0)
    assert not report.failed, report.failed
    return ix


def _debate(n: int, topic: str) -> str:
    sentences = [f"Member {i} spoke about the {topic} at length and asked for further figures." for i in range(n)]
    return "\n\n".join(" ".join(sentences[i:i + 5]) for i in range(0, n, 5))


def test_a_long_minute_is_found_by_the_passage_that_matches(tmp_path):
    from docsearch.index import PASSAGE_MIN_WORDS

    # A 1,500-word debate mentions the Foundation Strategic Authority in one paragraph only;
    # a short item mentions "strategic" and "authority" once each.
    long_item = (_debate(60, "budget") + "\n\nMr Hills said the Council would prefer the Foundation Strategic "
                 "Authority route to the devolution programme.\n\n" + _debate(60, "highways"))
    assert len(long_item.split()) > 2 * PASSAGE_MIN_WORDS
    minutes = ("Minutes of a meeting of the County Council held at Sessions House, Maidstone on "
               "Thursday, 9 January 2025.\n\nPRESENT\n\nMr A Chair (Chairman)\n\n"
               "285. English Devolution White Paper\n\n" + long_item + "\n\n"
               "286. Strategic Risk\n\nThe strategic risk register was noted by the authority.\n")
    ix = _index_of(tmp_path, {"minutes.txt": minutes})
    hits = ix.search("Foundation Strategic Authority")
    assert hits[0].segment.minute == "285" and hits[0].segment.kind == "minute"
    # The whole minute is the hit, shown once; the snippet is from the passage that matched.
    assert [h.segment.id for h in hits].count(hits[0].segment.id) == 1
    assert "Foundation Strategic Authority" in hits[0].snippet
    assert ix.get(hits[0].segment.id).text == hits[0].segment.text
    # Passages are not segments.
    assert ix.stats()["by_kind"]["minute"] == len(ix.search("kind:minute", limit=50)) == 2


def test_words_side_by_side_rank_first(tmp_path):
    ix = _index_of(tmp_path, {
        "meals.txt": "Holiday Provision\n\nThe free school meal vouchers for the school holidays continue; the "
                     "catering programme is reviewed each year by the forum.\n",
        "schools.txt": "New Places\n\nOne funding option is the Free Schools programme, under which the "
                       "Department opens new schools for the county.\n",
    })
    hits = ix.search("free schools programme")
    assert os.path.basename(hits[0].segment.source) == "schools.txt"


def test_a_report_name_counts_less_than_a_sections_own_words(tmp_path):
    # Every section of the transport report carries its name; the question is answered by
    # the section of another report that is about it.
    report = ("Cabinet - 20 November 2020\n\nStrategic Transport Priorities\n\nReport of the Director\n\n"
              "Purpose of the Report\n\nTo set out the strategic transport priorities for approval.\n\n")
    for n in range(1, 5):
        report += f"{n}. Corridor {n}\n\n" + "The corridor needs investment in junctions and buses. " * 6 + "\n\n"
    other = ("Cabinet - 20 November 2020\n\nDevolution\n\nReport of the Chief Executive\n\nPurpose of the Report\n\n"
             "To consider devolution.\n\n1. Options\n\nA Foundation Strategic Authority would take on "
             "transport powers across the area.\n")
    ix = _index_of(tmp_path, {"transport.txt": report, "devolution.txt": other})
    hits = ix.search("foundation strategic authority")
    assert os.path.basename(hits[0].segment.source) == "devolution.txt"


def test_a_kept_searcher_follows_ingests_and_rebuilds(tmp_path):
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "a.txt").write_text("Libraries\n\nThe mobile library service will visit villages weekly.\n",
                                  encoding="utf-8")
    ix = Index(str(tmp_path / "ix"))
    ix.ingest([str(papers)], workers=0)
    assert ix.search("mobile library") and not ix.search("gritting routes")
    (papers / "b.txt").write_text("Winter\n\nThe gritting routes cover all A roads and bus routes.\n",
                                  encoding="utf-8")
    ix.ingest([str(papers)], workers=0)
    assert ix.search("gritting routes")  # the same Index object sees the new commit
    (papers / "a.txt").unlink()
    ix.rebuild([str(papers)], workers=0)
    assert ix.search("gritting routes") and not ix.search("mobile library")  # and the rebuild
    ix.close()


def test_a_rerun_with_nothing_new_answers_without_whoosh(tmp_path, small_corpus):
    import subprocess
    import sys

    ix = Index(str(tmp_path / "ix"))
    ix.ingest([str(small_corpus)], workers=0)
    probe = ("import sys\nfrom docsearch import Index\n"
             f"r = Index({str(tmp_path / 'ix')!r}).ingest([{str(small_corpus)!r}], workers=0)\n"
             "print(len(r.unchanged), len(r.added), 'whoosh' in sys.modules, 'pypdf' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["2", "0", "False", "False"]


def test_a_stale_manifest_is_not_trusted(tmp_path, small_corpus):
    from docsearch.index import MANIFEST

    ix = Index(str(tmp_path / "ix"))
    ix.ingest([str(small_corpus)], workers=0)
    gen = ix._current()
    manifest = json.loads(open(os.path.join(gen, MANIFEST)).read())
    # A run killed between a commit and the manifest: the manifest names an older commit
    # and may list a paper as it was before. The index is read instead.
    txt = str(small_corpus / "leics-scrutiny-commission-pack-2020-04-08.txt")
    manifest["commit"] -= 1
    manifest["papers"][txt][0] = "0" * 32
    with open(os.path.join(gen, MANIFEST), "w") as fh:
        json.dump(manifest, fh)
    again = ix.ingest([str(small_corpus)], workers=0)
    assert len(again.unchanged) == 2 and not again.replaced
    # ... and the run leaves a manifest that is right again.
    fresh = json.loads(open(os.path.join(gen, MANIFEST)).read())
    assert fresh["papers"][txt][0] != "0" * 32
    # A changed paper is read again, and the manifest follows it.
    with open(txt, "a", encoding="utf-8") as fh:
        fh.write("\nRESOLVED that the cycle path be approved.\n")
    changed = ix.ingest([str(small_corpus)], workers=0)
    assert changed.replaced == [txt]
    assert json.loads(open(os.path.join(gen, MANIFEST)).read())["papers"][txt][0] != fresh["papers"][txt][0]
    assert ix.search('"cycle path"')


def test_a_heading_over_its_recommendations_shows_once(tmp_path):
    report = ("Cabinet - 20 November 2020\n\nHighway Maintenance\n\nReport of the Director\n\n"
              "Purpose of the Report\n\nTo set out the highway maintenance programme for approval.\n\n"
              "Recommendations\n\nThat the Cabinet approves the highway maintenance programme for 2021, "
              "including resurfacing of rural roads and repairs to footway lighting across the county.\n\n"
              "1. Background\n\nThe programme was drawn up after the winter survey of the road network.\n")
    ix = _index_of(tmp_path, {"highways.txt": report})
    hits = ix.search("resurfacing rural roads footway lighting", limit=20)
    texts = [" ".join(h.segment.text.split()) for h in hits]
    holding = [t for t in texts if "resurfacing of rural roads" in t]
    # The recommendation and the section that only heads it are one answer, shown once.
    assert len(holding) == 1, [(h.segment.kind, h.segment.title) for h in hits]
    assert hits[0].segment.kind == "recommendation"


def test_a_list_of_appendices_ranks_below_what_it_lists(tmp_path):
    report = ("Cabinet - 20 November 2020\n\nBudget Report\n\nReport of the Director\n\n"
              "Purpose of the Report\n\nTo set out the budget for approval by the Cabinet.\n\n"
              "1. Reserves\n\nThe council keeps a general reserve of between five and ten per cent of "
              "its net budget, as the reserves policy sets out, and will hold it at the minimum level.\n\n"
              "2. Appendices\n\nAppendix A Reserves Policy. Appendix B Capital Strategy. "
              "Appendix C Treasury Management Strategy. Appendix D Reserves Policy Minimum Level Table. "
              "Appendix E Budget Risk Register. Appendix F Economic and Fiscal Context.\n")
    ix = _index_of(tmp_path, {"budget.txt": report})
    hits = ix.search("reserves policy minimum level")
    assert hits[0].segment.title.endswith("1. Reserves"), [h.segment.title for h in hits]
    # Asked for, the list is found first.
    assert ix.search("appendices reserves policy")[0].segment.title.endswith("Appendices")


def test_a_contents_list_ranks_below_the_section_it_lists(tmp_path):
    # Printed under a column heading, not "Contents": known by its numbers running upwards.
    budget = ("Draft Revenue Budget 2025-26 and 2025-28 MTFP,\nand Draft Capital Programme 2025-35\n\nSection Page\n"
              "Executive Summary 1 2\nBackground and Context 2 5\nFinal 2025-26 Local Government Finance Settlement 3 12\n"
              "Council Tax 4 20\nSensitivity Analysis 5 28\nReserves 6 34\n\n"
              "5. Sensitivity Analysis\n\nThe sensitivity of the budget to the tax base and pay assumptions is set out "
              "below, with the best and worst cases for each year of the plan.\n")
    ix = _index_of(tmp_path, {"budget.txt": budget})
    hits = ix.search("sensitivity analysis council tax")
    assert hits[0].segment.title.endswith("5. Sensitivity Analysis"), [h.segment.title for h in hits]
    from docsearch.index import _is_contents
    assert _is_contents(budget.split("\n\n5.")[0])
    # A table of counts does not run upwards.
    assert not _is_contents("Total number of respondents 903\nIndividuals responding 850\nCompleted survey on "
                            "the plan 515\nCompleted survey on climate action 546\nOrganisations responding 53\n")


def test_a_hit_holding_more_of_the_words_ranks_higher(tmp_path):
    # No passage holds every word, so those holding some are looked up; the one holding
    # three of the four words comes before the one repeating two of them.
    a = ("Highways Update\n\nThe cycle lanes on the ring road were repainted, and the cycle lanes in the "
         "town centre were widened where the cycle lanes met the bus lanes.\n")
    b = ("Oadby Transport Scheme\n\nFunding for new cycle routes in Oadby was agreed by the Cabinet, with "
         "work to start in the spring once the designs are approved.\n")
    ix = _index_of(tmp_path, {"a.txt": a, "b.txt": b})
    hits = ix.search("cycle lanes funding Oadby")
    assert os.path.basename(hits[0].segment.source) == "b.txt", [h.segment.title for h in hits]


def test_a_coded_minute_number_is_found_in_any_case(tmp_path):
    minutes = ("Minutes of a meeting of the Overview and Scrutiny Committee held on 12 February 2025\n\n"
               "Present: Cllr A Smith (Chairman)\n\nOSC46/24 Declarations of Interest\nThere were none.\n\n"
               "OSC47/24 Draft Budget 2025/26\nThe Committee considered the draft budget for the year ahead.\n")
    ix = _index_of(tmp_path, {"minutes.txt": minutes})
    for typed in ("minute:OSC47/24", "minute:osc47/24"):
        hits = ix.search(typed)
        assert [h.segment.minute for h in hits] == ["OSC47/24"], typed
    assert ix.search("minute:441") == []


def test_a_decision_naming_the_whole_subject_outranks_a_report_section_on_it(tmp_path):
    # The report section has the words in its heading too, which would put it first; the
    # resolution holds every word of the query in its own text, and is the answer.
    minutes = ("Minutes of a meeting of the Cabinet held at County Hall on Tuesday, 4 March 2025.\n\n"
               "PRESENT\n\nMr A Chair (Chairman)\n\n14. Highways Reserve\n\nThe Cabinet considered the "
               "use of the highways reserve.\n\nRESOLVED that the reserve fund repairs to the shelter at "
               "each bus stop in the county.\n")
    report = ("Cabinet - 4 March 2025\n\nRoads Maintenance\n\nReport of the Director of Highways\n\n"
              "1. Bus Shelters\n\nThe operators report each bus shelter that needs repairs.\n")
    ix = _index_of(tmp_path, {"minutes.txt": minutes, "report.txt": report})
    hits = ix.search("bus shelter repairs")
    assert [h.segment.kind for h in hits[:2]] == ["resolution", "report"], [h.segment.title for h in hits]


def test_only_words_naming_procedure_lift_its_penalty():
    from docsearch.search import _PROCEDURAL_WORDS

    assert _PROCEDURAL_WORDS.search("list of appendices") and _PROCEDURAL_WORDS.search("report authors")
    # "authority" is not "author", nor "contents" a word inside another.
    assert not _PROCEDURAL_WORDS.search("local authority housing")


def test_a_query_naming_the_body_that_met_prefers_its_decision(tmp_path):
    def minutes(body, text):
        return (f"Minutes of a meeting of the {body} held at County Hall on Tuesday, 4 March 2025.\n\n"
                f"PRESENT\n\nMr A Chair (Chairman)\n\n12. Budget 2025-26\n\n{text}\n")
    ix = _index_of(tmp_path, {
        # The same words in both: only the body that met tells them apart.
        "cabinet.txt": minutes("Cabinet", "Members noted the budget 2025-26 and the recommendations made on it."),
        "council.txt": minutes("County Council", "Members noted the budget 2025-26 and the recommendations "
                                                 "made on it."),
    })
    assert ix.search("budget 2025-26 recommendations county council")[0].segment.body == "County Council"
    assert ix.search("budget 2025-26 recommendations cabinet")[0].segment.body == "Cabinet"
    # "Cabinet committee" names another body; the word "council" alone names none.
    from docsearch.search import _names_body, _stem
    words = [_stem(w) for w in "cabinet committee split".split()]
    assert not _names_body("Cabinet", words)
    assert not _names_body("Council", [_stem(w) for w in "council tax increase".split()])


def test_a_paper_calling_its_council_by_initials_takes_the_council_they_match(tmp_path):
    minutes = ("KENT COUNTY COUNCIL\n\nMINUTES of a meeting of the Cabinet held in the Council Chamber, "
               "Sessions House, Maidstone on Thursday, 30 January 2025.\n\n1. Budget\n(Item 1)\n\n"
               "RESOLVED that the draft budget be noted.\n")
    appendix = ("Budget Risk Register\n\nThe register sets out the main risks to KCC's budget for 2025-26 and the "
                "actions KCC is taking to reduce them, including the reserves held against overspends.\n")
    once = ("Reserves Policy\n\nThe policy sets out how the reserves are held and reviewed each year, with "
            "the levels agreed with KCC and the districts in the county.\n")
    ix = _index_of(tmp_path, {"minutes.txt": minutes, "risks.txt": appendix, "reserves.txt": once})
    assert ix.search("risk register")[0].segment.council == "Kent County Council"
    # Initials used once may be another council's, mentioned in passing.
    assert ix.search("reserves policy")[0].segment.council is None
    # A later run matches them to the councils already in the index.
    later = tmp_path / "later"
    later.mkdir()
    (later / "treasury.txt").write_text(appendix.replace("Budget Risk Register", "Treasury Strategy")
                                        .replace("register", "strategy"), encoding="utf-8")
    ix.ingest([str(later)], workers=0)
    assert ix.search("treasury strategy")[0].segment.council == "Kent County Council"
    assert set(ix.stats()["councils"]) == {"Kent County Council"}
    # Initials printed more often that are no council's ("PCC", the Police and Crime
    # Commissioner) do not hide the council's own.
    (later / "policing.txt").write_text(
        "Community Safety Note\n\nThe PCC funds the wardens scheme; the PCC and KCC meet each quarter, and the "
        "PCC reports on the grant. KCC holds the contract, and the PCC the budget for it.\n", encoding="utf-8")
    ix.ingest([str(later)], workers=0)
    assert ix.search("community safety note")[0].segment.council == "Kent County Council"


def test_a_paper_calling_its_council_by_initials_indexed_first_takes_it_from_a_later_run(tmp_path):
    # The appendix saying "KCC" was ingested before any paper naming Kent County Council;
    # the run that brings one gives it its council, wherever its folder.
    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir()
    later.mkdir()
    (first / "risks.txt").write_text(
        "Budget Risk Register\n\nThe register sets out the main risks to KCC's budget for 2025-26 and the actions "
        "KCC is taking to reduce them, including the reserves held against overspends.\n", encoding="utf-8")
    ix = Index(str(tmp_path / "ix"))
    ix.ingest([str(first)], workers=0)
    assert ix.search("risk register")[0].segment.council is None
    (later / "minutes.txt").write_text(
        "KENT COUNTY COUNCIL\n\nMINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions House, "
        "Maidstone on Thursday, 30 January 2025.\n\n1. Budget\n(Item 1)\n\nRESOLVED that the draft budget be "
        "noted.\n", encoding="utf-8")
    report = ix.ingest([str(later)], workers=0)
    assert [os.path.basename(p) for p in report.placed] == ["risks.txt"]
    hit = ix.search("risk register")[0].segment
    assert (hit.council, hit.placed) == ("Kent County Council", ("council",))
    # The minutes pruned, no paper names the council: the register's is taken away
    # again (the council it took does not count as named).
    (later / "minutes.txt").unlink()
    (later / "note.txt").write_text("Library Note\n\nThe mobile library visits every village each fortnight.\n",
                                    encoding="utf-8")
    report = ix.ingest([str(later)], workers=0, prune=True)
    assert len(report.removed) == 1 and [os.path.basename(p) for p in report.placed] == ["risks.txt"]
    assert ix.search("risk register")[0].segment.council is None


def test_initials_two_councils_share_match_neither(tmp_path):
    def minutes(council, body):
        return (f"{council.upper()}\n\nMinutes of a meeting of the {body} held at the Town Hall on Tuesday, "
                "20 October 2020.\n\n441. Libraries\n\nRESOLVED that the report be noted.\n")
    appendix = ("Library Review\n\nThe review sets out how LCC will keep its libraries open, and the savings "
                "LCC expects from sharing buildings with other services, schools and the health service.\n")
    # Papers are read biggest first: the county's minutes, then the review (matched to the
    # county, the only "LCC" so far), then the city's minutes, which make "LCC" ambiguous.
    county = minutes("Leicestershire County Council", "Cabinet") + "Members discussed the mobile library. " * 40
    city = minutes("Leicester City Council", "Executive")
    assert len(county) > len(appendix) > len(city)
    ix = _index_of(tmp_path, {"county.txt": county, "city.txt": city, "review.txt": appendix})
    assert ix.search("library review")[0].segment.council is None
    # Written again, not twice.
    assert ix.stats()["segments"] == sum(len(split(str(tmp_path / "papers" / n))) for n in ("county.txt", "city.txt", "review.txt"))


def test_the_same_folder_named_another_way_is_not_read_again(tmp_path, small_corpus, monkeypatch):
    monkeypatch.chdir(small_corpus.parent)
    ix = Index(str(tmp_path / "ix"))
    first = ix.ingest(["papers"], workers=0)
    assert len(first.added) == 2
    for other in ("./papers/", str(small_corpus)):
        again = ix.ingest([other], workers=0)
        assert len(again.unchanged) == 2 and not again.replaced and not again.added, other


def test_sort_by_date_is_newest_first_among_hits_with_every_word(corpus_index):
    short = corpus_index.search("school transport", sort="date", limit=5)
    long = corpus_index.search("school transport", sort="date", limit=30)
    # A longer list is the same list, only longer, past a hundred too.
    assert [h.segment.id for h in short] == [h.segment.id for h in long[:5]]
    some = corpus_index.search("report", sort="date", limit=120)
    more = corpus_index.search("report", sort="date", limit=300)
    assert [h.segment.id for h in some] == [h.segment.id for h in more[:120]]
    dates = [h.segment.meeting_date or dt.date.min for h in long]
    assert dates == sorted(dates, reverse=True)
    for h in long:
        words = (h.segment.title + " " + h.segment.text).lower()
        assert "school" in words and "transport" in words, h.segment.title


def test_sort_by_date_keeps_a_long_minute_whose_words_fall_in_different_passages(tmp_path):
    # A long minute is indexed as passages; "zebra" is in its first, "crossing" in its last,
    # so no passage holds both words, but the minute does, and it is the newest.
    long_item = ("The zebra at the school gate was raised by Mr Hills.\n\n" + _debate(150, "budget")
                 + "\n\nThe crossing was approved by the Cabinet.\n")
    newer = ("Minutes of a meeting of the Cabinet held at County Hall on Thursday, 9 January 2025.\n\n"
             "PRESENT\n\nMr A Chair (Chairman)\n\n40. Road Safety\n\n" + long_item)
    older = ("Minutes of a meeting of the Cabinet held at County Hall on Thursday, 9 January 2020.\n\n"
             "PRESENT\n\nMr A Chair (Chairman)\n\n12. Road Safety\n\nA zebra crossing and a pelican crossing on the high street were agreed.\n")
    ix = _index_of(tmp_path, {"newer.txt": newer, "older.txt": older})
    by_date = ix.search("zebra crossing", sort="date")
    assert [(h.segment.minute, h.segment.meeting_date.year) for h in by_date[:2]] == [("40", 2025), ("12", 2020)]
    # Relevance finds it too; by date, a minute holding one of the words is still left out
    # while another holds them all.
    assert "40" in {h.segment.minute for h in ix.search("zebra crossing")}
    assert "40" not in {h.segment.minute for h in ix.search("zebra pelican", sort="date")}


def test_a_paper_calling_its_council_the_county_council_takes_the_one_county_council(tmp_path):
    minutes = ("KENT COUNTY COUNCIL\n\nMINUTES of a meeting of the Cabinet held in the Council Chamber, "
               "Sessions House, Maidstone on Thursday, 30 January 2025.\n\n1. Budget\n(Item 1)\n\n"
               "RESOLVED that the draft budget be noted.\n")
    plan = ("Minerals and Waste Local Plan\n\nThe County Council adopted the plan after the examination, and "
            "the County Council will review it within five years, with Medway Council and the districts.\n")
    ix = _index_of(tmp_path, {"minutes.txt": minutes, "plan.txt": plan})
    assert ix.search("minerals waste plan")[0].segment.council == "Kent County Council"
    # A second county council's papers come in another folder: a paper beside them is
    # that council's; a paper alone in its folder could be either's.
    other = tmp_path / "other"
    other.mkdir()
    (other / "leics.txt").write_text(minutes.replace("KENT", "LEICESTERSHIRE"), encoding="utf-8")
    (other / "plan2.txt").write_text(plan.replace("Minerals", "Transport"), encoding="utf-8")
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "plan3.txt").write_text(plan.replace("Minerals", "Libraries"), encoding="utf-8")

    def councils():
        return [ix.search(q)[0].segment.council for q in ("minerals waste plan", "transport waste plan",
                                                           "libraries waste plan")]

    ix.ingest([str(other), str(alone)], workers=0)
    assert councils() == ["Kent County Council", "Leicestershire County Council", None]
    # The same whatever the order the folders came in.
    ix.rebuild([str(alone), str(other), str(tmp_path / "papers")], workers=0)
    assert councils() == ["Kent County Council", "Leicestershire County Council", None]


def test_an_interrupt_inside_a_commit_is_reported_as_the_interrupt(tmp_path, small_corpus, monkeypatch):
    # Ctrl-C can land inside Whoosh's commit, which has closed its writer by then: the
    # clean-up must not replace the interrupt with "this writer is closed".
    from whoosh.writing import SegmentWriter

    commit = SegmentWriter.commit

    def interrupted_commit(self, *args, **kwargs):
        commit(self, *args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(SegmentWriter, "commit", interrupted_commit)
    with pytest.raises(KeyboardInterrupt):
        Index(str(tmp_path / "ix")).ingest([str(small_corpus)], workers=0)


def test_a_renamed_paper_is_moved_not_indexed_twice(tmp_path, small_corpus):
    ix = Index(str(tmp_path / "ix"))
    ix.ingest([str(small_corpus)], workers=0)
    papers = ix.stats()["papers"]
    old = small_corpus / "leics-scrutiny-commission-pack-2020-04-08.txt"
    new = small_corpus / "scrutiny-2020-04-08.txt"
    old.rename(new)
    report = ix.ingest([str(small_corpus)], workers=0)
    assert report.added == [str(new)] and report.removed == [str(old)] and not report.missing
    assert ix.stats()["papers"] == papers
    hit = ix.search("youth justice")[0]
    assert hit.segment.source == str(new) and not any(c["source"] == str(old) for c in hit.also_in)
    # Two copies of one paper, both renamed: each new name takes one old record.
    twin = small_corpus / "twin.txt"
    twin.write_bytes(new.read_bytes())
    ix.ingest([str(small_corpus)], workers=0)
    new.rename(small_corpus / "a.txt")
    twin.rename(small_corpus / "b.txt")
    report = ix.ingest([str(small_corpus)], workers=0)
    assert sorted(report.removed) == sorted([str(new), str(twin)]) and not report.missing
    assert ix.stats()["papers"] == papers + 1


def test_initials_find_the_name_spelt_out_where_the_paper_defines_them(tmp_path):
    # The paper defines DSG once; the section on the deficit spells the name out. A
    # search by the initials finds it, and the text shown is the text printed.
    filler = " ".join(f"Paragraph {i} sets out the position of the schools in the county in some detail."
                      for i in range(6))
    paper = (f"1. Schools Funding\n\nThe Dedicated Schools Grant (DSG) is paid to the Council for schools. {filler}\n\n"
             "2. High needs\n\nThe deficit on the high needs block of the Dedicated Schools Grant reached "
             f"£96m and the statutory override ends in 2028. {filler}\n")
    other = f"Deficit elsewhere\n\nThe dedicated schools grant deficit is not defined in this paper. {filler}\n"
    ix = _index_of(tmp_path, {"budget.txt": paper, "other.txt": other})
    hits = ix.search("DSG")
    assert sorted(h.segment.title for h in hits) == ["1. Schools Funding", "2. High needs"]
    spelt = next(h for h in hits if h.segment.title == "2. High needs")
    assert "DSG" not in spelt.segment.text
    # The snippet shows and marks the name spelt out, and the initials count as matched.
    assert "dsg" in spelt.matched_terms
    marked = [spelt.snippet[a:b] for a, b in spelt.highlights]
    assert {"Dedicated", "Schools", "Grant"} <= set(marked), marked
    # Another paper's initials are not this one's: the paper that defines none, though it
    # spells the name out, is not found by them.
    assert {os.path.basename(h.segment.source) for h in hits} == {"budget.txt"}


def test_a_phrase_with_a_figure_and_its_sign(tmp_path):
    # The index holds words: "4.99" is in a table of interest rates too. A phrase with
    # its sign must print the sign, and the snippet marks the figure as the index cut it.
    rates = ("Investments\n\nThe average rates earned in the half year are set out below for each class of "
             "investment held by the Council.\n\nShort-term investments 44.4 12.4 56.7 4.96\n"
             "Total investments 453.4 49.3 502.6 4.99\n")
    tax = ("Council Tax\n\nThe draft budget includes a 4.99 % increase in Council Tax, which would add £1.54 "
           "a week to the bill for a typical band D household in the county.\n")
    ix = _index_of(tmp_path, {"rates.txt": rates, "tax.txt": tax})
    hits = ix.search('"4.99%"')
    assert [os.path.basename(h.segment.source) for h in hits] == ["tax.txt"]
    assert hits[0].matched_terms == ["4.99"] and "4.99" in hits[0].snippet
    a, b = hits[0].highlights[0]
    assert hits[0].snippet[a:b] == "4.99"
    assert {os.path.basename(h.segment.source) for h in ix.search('"4.99"')} == {"rates.txt", "tax.txt"}


def test_a_figure_with_thousands_separators_is_one_figure(tmp_path):
    # "£4,350" is indexed as its parts; unquoted it matched every "350" in the papers.
    ix = _index_of(tmp_path, {
        "grant.txt": "Grants\n\nA grant of £4,350 was made to the Westgate community library for new shelving.\n",
        "routes.txt": "Mobile library\n\nThe mobile library visits 350 villages, and the library service lends books.\n",
        "homes.txt": "Housing\n\nThe plan provides for 12,000 homes, 350 of them in the villages round the library.\n"})
    for query in ("£4,350", "library grant £4,350"):
        assert [os.path.basename(h.segment.source) for h in ix.search(query)] == ["grant.txt"], query
    assert [os.path.basename(h.segment.source) for h in ix.search("12,000 homes")] == ["homes.txt"]
    # Typed inside a phrase, it is the same figure.
    assert [os.path.basename(h.segment.source) for h in ix.search('"grant of £4,350"')] == ["grant.txt"]


def test_initials_typed_in_capitals_are_not_an_ordinary_word(tmp_path):
    # "LEVI" and "levy" share Porter's stem; typed in capitals the query asks for the
    # initials, printed so or spelt out where the paper defines them.
    filler = " ".join(f"Sentence {i} of the report gives the background in the usual way." for i in range(5))
    papers = {
        "levy.txt": f"Community Infrastructure Levy\n\nThe levy is charged on new development, and the levy rates "
                    f"are set by the charging authority; levy receipts fund infrastructure. {filler}\n",
        "levi.txt": f"Charge points\n\nThe LEVI grant funds charge points for residents without driveways. {filler}\n",
        "spelt.txt": f"Electric vehicles\n\nThe Local Electric Vehicle Infrastructure (LEVI) fund was announced.\n\n"
                     f"Funding\n\nThe Local Electric Vehicle Infrastructure funding will pay for 400 charge points "
                     f"in the county over three years. {filler}\n"}
    ix = _index_of(tmp_path, papers)
    names = [os.path.basename(h.segment.source) for h in ix.search("LEVI funding", limit=10)]
    assert names.index("levy.txt") > max(names.index("levi.txt"), names.index("spelt.txt")), names
    # In lower case it is the ordinary word.
    assert os.path.basename(ix.search("levy")[0].segment.source) == "levy.txt"


def test_a_copy_and_its_parent_are_listed_once_under_also_in(tmp_path):
    # The Cabinet's report and the Council's pack both print the recommendations section;
    # in each, the section and its recommendations (its child) say the same. The pack's
    # printing is one "also in", not two.
    report = ("From: Cabinet Member for Finance\nTo: Cabinet – 30 January 2025\nSubject: Wardens Scheme\n"
              "Classification: Unrestricted\n\n1. Introduction\n\nThe report sets out the case for the scheme "
              "and the consultation held with districts over the autumn on its funding.\n\n"
              "Recommendation(s):\nThe Cabinet is asked to AGREE the expansion of the community wardens scheme "
              "to every district, funded from the prevention reserve, with a review after twelve months.\n")
    ix = _index_of(tmp_path, {"report.txt": report, "pack.txt": report.replace("Wardens Scheme", "Wardens")})
    hits = ix.search("community wardens scheme expansion prevention reserve")
    listed = [c["source"] for h in hits for c in h.also_in]
    assert len(listed) == len(set(listed)), [(h.segment.kind, h.segment.title, h.also_in) for h in hits]


def test_one_index_shared_between_threads(small_corpus, tmp_path):
    # A web server's threads share one Index: their searches take turns on its searcher,
    # and none sees a "damaged" index or another's results.
    import threading

    ix = Index(str(tmp_path / "ix"))
    ix.ingest([str(small_corpus)], workers=0)
    expected = {q: [h.segment.id for h in ix.search(q)] for q in ("budget", "climate emergency")}
    outcomes = []

    def searching(q):
        for _ in range(20):
            try:
                outcomes.append([h.segment.id for h in ix.search(q)] == expected[q])
            except Exception as exc:  # noqa: BLE001 - counted, not raised, in a thread
                outcomes.append(type(exc).__name__)

    threads = [threading.Thread(target=searching, args=(q,)) for q in expected for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes == [True] * 80, {o: outcomes.count(o) for o in set(map(str, outcomes))}


def test_a_callers_wrong_argument_is_a_query_error_not_a_damaged_index(small_corpus, tmp_path):
    from docsearch import QueryError

    ix = Index(str(tmp_path / "ix"))
    ix.ingest([str(small_corpus)], workers=0)
    for wrong in (dict(body=5), dict(body=["Cabinet", 3]), dict(kind=5), dict(limit=None), dict(limit="5"),
                  dict(since=2020), dict(sort=None)):
        with pytest.raises(QueryError):
            ix.search("budget", **wrong)
    with pytest.raises(QueryError):
        ix.search(None)
    # A list of bodies is either of them, as lists of kinds and councils are.
    both = ix.search("budget", body=["Cabinet", "Scrutiny Commission"], limit=50)
    assert {h.segment.body for h in both} == {"Cabinet", "Scrutiny Commission"}


def test_a_prefix_marks_the_words_it_matched(corpus_index):
    # Whoosh names no terms for a prefix: the words each hit prints that start with it
    # are its matched terms, and are marked in the snippet.
    hits = corpus_index.search("consult*", limit=5)
    assert hits
    for hit in hits:
        assert hit.matched_terms and all(t.startswith("consult") for t in hit.matched_terms), hit.matched_terms
        assert any(hit.snippet[a:b].lower().startswith("consult") for a, b in hit.highlights), hit.snippet


def test_an_index_on_a_read_only_mount_searches_but_says_why_it_cannot_ingest(small_corpus, tmp_path, monkeypatch):
    import errno

    from docsearch import DocsearchError

    ix = Index(str(tmp_path / "ix"))
    ix.ingest([str(small_corpus)], workers=0)
    real_open = os.open

    def read_only(path, flags, *args):
        if flags & (os.O_RDWR | os.O_WRONLY | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system", path)
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", read_only)
    assert ix.search("budget")
    with pytest.raises(DocsearchError, match="cannot be written to .*search does not"):
        ix.ingest([str(small_corpus)], workers=0)


def test_a_short_dated_passage_of_boilerplate_does_not_stand_in_for_a_whole_record(tmp_path):
    # A record of decision (undated) prints the template's key-decision paragraph; another
    # decision's paper for a meeting prints only that paragraph. The record is the hit:
    # the short paragraph is no copy of it to show instead.
    boiler = ("The decision is a key decision because it affects more than two electoral "
              "divisions and involves expenditure or savings of more than one million pounds, and it was "
              "published in the Forward Plan of executive decisions twenty eight days before it was taken.")
    record = ("Record of Decision 24/00093 – Commissioned Family Hub Contracts\n\n"
              "Decision: As Cabinet Member for Integrated Children's Services I agree to approve the proposal not "
              "to recommission the Seashells and Millmead family hub contracts when they end in March 2025. "
              + boiler + " " + " ".join(f"Consultation response {i} said the family hub services mattered." for i in range(25)))
    other = (f"From: Cabinet Member for Education\n\nTo: Cabinet\n\nDate: 30 January 2025\n\nSubject: Commissioning Plan\n\n"
             f"1. Introduction\n\nThe plan sets out how many school places each district will need over the next five "
             f"years, and where new schools and expansions of existing schools are proposed.\n\n"
             f"2. Decision status\n\n{boiler}\n")
    ix = _index_of(tmp_path, {"record.txt": record, "other.txt": other})
    hits = ix.search("key decision family hubs record of decision", limit=5)
    assert hits[0].segment.source.endswith("record.txt"), [(h.segment.source, h.segment.title) for h in hits]


def test_kinds_as_people_type_them(corpus_index):
    # A reporter types "decision" for what the minutes record as a resolution, and plurals.
    for query, option in (("budget kind:decision", None), ("budget", "decisions"), ("budget kind:resolutions", None)):
        hits = corpus_index.search(query, kind=option, limit=20)
        assert hits and {h.segment.kind for h in hits} == {"resolution"}, (query, option)
    with pytest.raises(QueryError, match="unknown kind 'vote'"):
        corpus_index.search("budget kind:vote")


def test_a_decision_number_typed_finds_the_decision_before_the_papers_citing_it(tmp_path):
    record = ("KENT COUNTY COUNCIL – RECORD OF DECISION\nDECISION TO BE TAKEN BY:\nCabinet Member for Children\n"
              "DECISION NUMBER:\n24/00093\n\nSubject Matter / Title of Decision\nFamily Hub Contracts\n\nDecision:\n"
              "I agree to APPROVE the proposal not to re-commission the family hub services when the contracts end.\n\n"
              "Reason(s) for decision:\nThe savings are needed.\n")
    cited = " ".join(["The Scrutiny Committee called in decision 24/00093 and asked Cabinet to reconsider "
                      "decision 24/00093 on the family hubs."] * 4)
    report = ("From: Chair of the Scrutiny Committee\n\nTo: Cabinet\n\nDate: 4 March 2025\n\n"
              f"Subject: Cabinet reconsideration of Decision 24/00093\n\n1. Introduction\n\n{cited}\n")
    other = "Older decision\n\nDecision 22/00093 on 24 November 2021 set the family hub contracts.\n"
    ix = _index_of(tmp_path, {"record.txt": record, "call-in report.txt": report, "older.txt": other})
    hits = ix.search("24/00093")
    # The number as printed: not another year's decision 22/00093, nor "24 November".
    assert not any("older" in h.segment.source for h in hits)
    assert hits[0].segment.kind == "resolution" and hits[0].segment.minute == "24/00093", \
        [(h.segment.kind, h.segment.title) for h in hits]
    assert [h.segment.id for h in ix.search("minute:24/00093")] == [hits[0].segment.id]


def test_a_snippet_of_a_long_sentence_is_cut_between_words():
    from docsearch.search import make_snippet

    text = ("County Council is asked to: (i) NOTE the report of the examination of the plan and the modifications "
            "recommended, all of which are incorporated in the plan presented; (ii) NOTE the appraisal of the "
            "plan; (iii) ADOPT the Kent Minerals and Waste Local Plan 2024-2039 as set out in Appendix B; and (iv) "
            "DELEGATE authority to the Corporate Director to make any minor changes needed before publication, "
            "and to publish the adopted plan with its policies map and the statement of adoption.")
    for term in ("adopt", "publication"):
        snippet, _ = make_snippet(text, [(0, len(text))], [term])
        inner = snippet.strip("…")
        assert text.find(inner) >= 0
        start, end = text.find(inner), text.find(inner) + len(inner)
        assert (start == 0 or text[start - 1] == " ") and (end == len(text) or text[end] in " ,.;"), snippet
    # Nor inside a figure: a table's row of amounts had been cut to "46,…".
    for shift in range(10):  # the snippet's end falling at each place of a figure
        row = "Adult Social Care budget" + "s" * shift + " by line " + " ".join(f"{n},631.1" for n in range(10, 60))
        snippet, _ = make_snippet(row, [(0, len(row))], ["adult"])
        assert snippet.rstrip("… ").endswith(",631.1"), (shift, snippet[-30:])


def _unnamed_plan() -> str:
    # A plan's text with its cover left out: nothing in it says which plan it is.
    return ("1. Foreword\n\nThis plan sets out our ambitions and priorities for the next four years, and how we "
            "will work with partners across the county to deliver them.\n\n"
            "2. Vision\n\nAn inclusive county in which active towns and villages and greener living enable everyone "
            "to prosper, be happy and healthy. The vision was shaped by what residents, businesses and the "
            "voluntary sector told us in the consultation, and it will guide each of the outcomes below.\n\n"
            "3. Safer streets\n\nWe will reduce anti-social behaviour in town centres and support victims of "
            "crime, working with the police and the districts. Each year we will report what has been done, "
            "and what residents think of how safe they feel in their neighbourhoods.\n")


def test_a_paper_nothing_in_names_is_searched_by_its_file_name(tmp_path):
    # "community safety plan vision" is after the plan's Vision, which says none of
    # "community", "safety" or "plan"; a report's vision for a town centre's community
    # says two of the words.
    report = ("Report to Cabinet\n\nSubject: Town centre regeneration\n\n1. Background\n\nThe consultation "
              "closed in March, and many residents responded.\n\n2. Vision\n\nThe vision is a lively "
              "centre with homes above shops, and a community hall.\n")
    ix = _index_of(tmp_path, {"Community_Safety_Plan_2024-27.txt": _unnamed_plan(), "town-centre.txt": report})
    first = ix.search("community safety plan vision")[0].segment
    assert os.path.basename(first.source) == "Community_Safety_Plan_2024-27.txt" and first.title == "2. Vision"


def test_a_papers_file_name_names_it_without_its_dates_and_only_if_nothing_else_does():
    from docsearch.index import paper_name
    from docsearch.model import Segment

    def sections(**named):
        return [Segment("p:1", "section", "2. Vision", "An inclusive county.", "p", **named)]

    assert paper_name(sections(), "papers/cabinet_2025-01-30_Strategy_13th-Feb-2025_09.30.pdf") == "cabinet Strategy"
    assert paper_name(sections(), "Appendix_D_21.01.25.pdf") == "Appendix D"
    assert paper_name(sections(), "Strategic-Plan-2022-26.txt") == "Strategic-Plan-2022-26"
    assert paper_name(sections(document="Local Plan"), "Local_Plan.pdf") is None
    assert paper_name([Segment("p:1", "minute", "5. Libraries", "Noted.", "p")], "Cabinet_minutes.pdf") is None


def test_a_plan_published_under_two_names_is_one_text(tmp_path):
    # The same plan in a pack and on its own: their file names are searched, but the two
    # printings are still copies, and when the one searched goes the other is found by
    # its own name.
    ix = _index_of(tmp_path, {"Community_Safety_Plan.txt": _unnamed_plan(), "Safer_Streets_Strategy.txt": _unnamed_plan()})
    assert ix.stats()["copies"] == 3
    hits = ix.search("ambitions priorities")
    assert len(hits) == 1 and len(hits[0].also_in) == 1
    searched = os.path.basename(hits[0].segment.source)
    os.remove(tmp_path / "papers" / searched)
    ix.ingest([str(tmp_path / "papers")], workers=0, prune=True)
    other = ({"Community_Safety_Plan.txt", "Safer_Streets_Strategy.txt"} - {searched}).pop()
    words = "community safety plan foreword" if other.startswith("Community") else "safer streets strategy foreword"
    first = ix.search(words)[0].segment
    assert os.path.basename(first.source) == other and first.title == "1. Foreword"


def test_a_paper_that_cannot_be_read_is_named_again_on_every_run(tmp_path):
    # A nightly job that alerts on the report must still see it, though it is not read
    # again until its file changes; from the manifest and, without one, from the index.
    from docsearch.index import MANIFEST

    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "good.txt").write_text(_library_report(), encoding="utf-8")
    (folder / "blank.html").write_text("<html><head></head><body><p> </p></body></html>", encoding="utf-8")
    ix = Index(str(tmp_path / "ix"))
    first = ix.ingest([str(folder)], workers=0)
    assert [os.path.basename(p.source) for p in first.failed] == ["blank.html"]
    for drop_manifest in (False, True):
        if drop_manifest:
            gen = os.path.join(ix.path, open(os.path.join(ix.path, "CURRENT")).read().strip())
            os.remove(os.path.join(gen, MANIFEST))
        again = ix.ingest([str(folder)], workers=0)
        assert not again.failed and len(again.unchanged) == 2
        assert [(os.path.basename(p.source), "still unreadable" in p.reason) for p in again.warnings] == [
            ("blank.html", True)], again.warnings


def test_did_you_mean_counts_a_double_letter_written_single_as_half_a_slip(tmp_path):
    # "tiping" is a letter from "timing" as from "tipping"; the papers print "timing" more
    # often, but a double letter written single is how people misspell.
    timing = "".join(f"Timing of the works on route {n} depends on the weather.\n\n" for n in range(6))
    ix = _index_of(tmp_path, {"roads.txt": f"Road Works\n\n{timing}",
                              "waste.txt": "Fly-tipping\n\nCameras are placed where fly tipping is reported.\n"})
    assert ix.suggest("fly tiping cameras") == "fly tipping cameras"
    assert ix.suggest("timming") == "timing"


def test_did_you_mean_joins_a_word_typed_in_two(tmp_path):
    # "pot holes": the papers print "potholes"; before, "holes" was taken for a slip of
    # "homes", a word a letter away.
    ix = _index_of(tmp_path, {"highways.txt": "Highways Report\n\nThe number of potholes reported rose this winter, "
                                              "and new homes on the estate wait for their roads to be adopted.\n"})
    assert ix.suggest("pot holes") == "potholes"
    assert ix.suggest("pot holes reported").startswith("potholes report")
    # Two words the papers print apart are left as typed.
    assert ix.suggest("new homes") is None
    # A word longer than any printed is not looked up (Whoosh took 29 s for 1,000 letters).
    assert ix.suggest("pot " + "a" * 1000) is None


def test_a_folder_that_cannot_be_listed_is_reported_and_its_papers_not_pruned(tmp_path, monkeypatch):
    # os.walk passes over a folder it may not list (permissions, a share's access rules)
    # without a word: its papers looked deleted, and --prune dropped them, exit 0.
    text = ("Minutes of the Parish Council meeting held on Tuesday 3 June 2025\n\nPresent: Cllr M Hebden (Chair)\n\n"
            "1. Play area\nRESOLVED: to repaint the swings.\n")
    ix = _index_of(tmp_path, {"ok.txt": text})
    closed = tmp_path / "papers" / "closed"
    closed.mkdir()
    (closed / "x.txt").write_text(text.replace("swings", "benches"), encoding="utf-8")
    assert ix.ingest([str(tmp_path / "papers")], workers=0).added == [str(closed / "x.txt")]
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(closed):
            raise PermissionError(13, "Permission denied", str(closed))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    report = ix.ingest([str(tmp_path / "papers")], workers=0, prune=True)
    assert [(p.source, p.reason.split(";")[0]) for p in report.failed] == [
        (str(closed), "cannot read this folder: Permission denied")]
    assert not report.removed and not report.missing
    assert ix.stats()["papers"] == 2


def test_a_paper_that_read_before_and_fails_now_says_its_old_version_stays(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    pdf = folder / "minutes.pdf"
    pdf.write_bytes(open(corpus("kent-cabinet-minutes-2025-01-09.pdf"), "rb").read())
    ix = Index(str(tmp_path / "ix"))
    ix.ingest([str(folder)], workers=0)
    before = ix.stats()["segments"]
    pdf.write_bytes(pdf.read_bytes()[:50000])  # cut short, as a failed download is
    report = ix.ingest([str(folder)], workers=0)
    assert [p.reason.endswith("; its previous version stays indexed") for p in report.failed] == [True]
    assert ix.stats()["segments"] == before


def test_a_link_to_a_folder_among_the_papers_is_listed_as_skipped(tmp_path):
    # Not followed (it may loop, or lead out of the papers), and no longer passed over
    # without a word: the user sees why its papers are not in the index.
    text = "Budget Report\n\nThe budget was agreed by the Cabinet for the coming year.\n"
    ix = _index_of(tmp_path, {"ok.txt": text})
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "x.txt").write_text(text.replace("Budget", "Libraries"), encoding="utf-8")
    (tmp_path / "papers" / "linked").symlink_to(elsewhere, target_is_directory=True)
    report = ix.ingest([str(tmp_path / "papers")], workers=0)
    assert [(os.path.basename(p.source), p.reason.split(",")[0]) for p in report.skipped] == [
        ("linked", "a link to a folder")]
    assert not report.added and not report.failed


def test_a_decision_outscored_on_raw_scores_by_many_passages_is_still_ranked(tmp_path):
    # A hundred and twenty short report passages say "family hubs" twice each; the one
    # decision says it once in a longer sentence. On raw BM25 it is far outside the
    # candidates of a list of ten; counted as a decision holding every word, it ranks first,
    # and the list does not depend on how many hits were asked for.
    towns = ["Ashford", "Dover", "Deal", "Margate", "Ramsgate", "Folkestone", "Hythe", "Sandwich"]
    papers = {f"report{n}.txt": (f"Family hubs review {n}\n\nSummary\n\nThe family hubs in {towns[n % 8]} ward {n} "
                                 f"opened {n % 7 + 1} days a week; family hubs there served {100 + n} families.\n")
              for n in range(120)}
    papers["minutes.txt"] = (
        "Minutes of a meeting of the Cabinet held on 9 January 2025\n\nPresent: Mr A Smith\n\n"
        "12. Children's centres\n\nThe Cabinet considered the report.\n\n"
        "RESOLVED that the proposal not to recommission the services at the family hubs run from the "
        "former children's centres in the west of the county be approved, with a review of the effect on "
        "families in the area after twelve months and a report to the committee.\n")
    ix = _index_of(tmp_path, papers)
    for limit in (3, 10, 11):
        hits = ix.search("family hubs", limit=limit)
        assert hits[0].segment.kind == "resolution" and hits[0].segment.minute == "12", limit


def test_a_day_typed_among_the_words_asks_for_that_days_meeting(tmp_path):
    def minutes(day, items):
        return (f"Minutes of a meeting of the Cabinet held on {day}\n\nPresent: Mr A Smith\n\n"
                + "".join(f"{n}. {title}\n\nThe Cabinet considered a report on the {title.lower()}.\n\n"
                          f"RESOLVED that the {title.lower()} be approved.\n\n" for n, title in items))
    ix = _index_of(tmp_path, {
        "jan.txt": minutes("9 January 2025", [(76, "Corporate risk register"), (77, "Highways term contract")]),
        "mar.txt": minutes("4 March 2025", [(101, "Cabinet budget monitoring"), (102, "Cabinet forward plan")]),
        "grant.txt": ("Household Support Fund\n\nSummary\n\nThe fund must be spent by the deadline of 9 January "
                      "2025, and the deadline cannot be moved; unspent grant returns to the department.\n")})
    # Without a meeting's name, a day is words the papers print: "deadline 9 January 2025"
    # finds the grant's deadline, not whatever met that day.
    assert ix.search("deadline 9 January 2025")[0].segment.source.endswith("grant.txt")
    for query in ("Cabinet 9 January 2025", "cabinet 09/01/2025", "cabinet 2025-01-09"):
        hits = ix.search(query, limit=3)
        assert {h.segment.meeting_date for h in hits} == {dt.date(2025, 1, 9)}, query
    # A day in quotes is a phrase to print, and a day in date: a filter, as before.
    assert ix.search('"9 January 2025"')[0].segment.meeting_date == dt.date(2025, 1, 9)
    assert {h.segment.meeting_date for h in ix.search("cabinet date:2025-03")} == {dt.date(2025, 3, 4)}


def test_a_section_that_only_holds_its_recommendations_shows_once(tmp_path):
    # "5. RECOMMENDATION" over the recommendation and its author's contact details says
    # nothing the recommendation does not: one hit, not two with the same sentence.
    text = ("From: Chief Executive\nTo: County Council, 13 March 2025\nSubject: Pay Policy Statement 2025/26\n\n"
            "1. INTRODUCTION\n\n1.1 The Localism Act 2011 requires the Council to publish a pay policy statement "
            "each year, setting out its policies on the pay of its chief officers and lowest paid employees.\n\n"
            "5. RECOMMENDATION\n\n5.1 County Council endorses the attached Pay Policy Statement.\n\n"
            "Louise Gavin\nPeople Strategy Adviser\n03000 416135\n\nAppendix 1.\n")
    ix = _index_of(tmp_path, {"pay.txt": text})
    hits = ix.search("pay policy statement")
    assert [h.segment.kind for h in hits] == ["recommendation", "report"]
    # Nor does its list of appendices, however long their names: the Council's review of
    # a called-in decision had shown its "Recommendation" section under the same words.
    listed = text.replace("Appendix 1.\n", "Appendix 1 – Pay Policy Statement 2025/26 for Chief Officers and "
                                            "Employees\nAppendix 2 – Pay Multiples and Gender Pay Gap Report\n")
    (tmp_path / "listed").mkdir()
    ix = _index_of(tmp_path / "listed", {"pay.txt": listed})
    hits = ix.search("pay policy statement")
    shown = {h.segment.id for h in hits}
    assert hits[0].segment.kind == "recommendation" and hits[0].segment.parent not in shown, \
        [(h.segment.kind, h.segment.title) for h in hits]


def test_a_compound_is_found_written_as_one_word(tmp_path):
    # Papers print "re-offending" and "reoffending", "well-being" and "wellbeing"; people
    # type the short form. The hyphenated printing is found by it, highlighted whole, and
    # phrases of its parts, and of the words after it, are found as before.
    filler = " ".join(f"Sentence {i} of the report gives the background in the usual way." for i in range(5))
    papers = {
        "youth.txt": f"Youth Justice Plan\n\nThe plan aims to cut re-offending by young people, and to support "
                     f"the well-being of children in custody. {filler}\n",
        "other.txt": f"Leisure Strategy\n\nThe strategy covers sport, parks and libraries across the district, "
                     f"and a cost-of-living fund. {filler}\n"}
    ix = _index_of(tmp_path, papers)
    hits = ix.search("reoffending")
    assert [os.path.basename(h.segment.source) for h in hits] == ["youth.txt"]
    hit = hits[0]
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["re-offending"]
    assert hit.matched_terms == ["re-offending"]
    assert os.path.basename(ix.search("wellbeing children")[0].segment.source) == "youth.txt"
    for phrase in ('"well-being of children"', '"well being"', '"of children in custody"', '"cut re-offending"'):
        assert [os.path.basename(h.segment.source) for h in ix.search(phrase)] == ["youth.txt"], phrase
    # A compound whose part is a stop word ("stand-by", "on-going") and one printed with
    # Word's hyphen (U+2010) are found so too.
    other = ("Standby arrangements\n\nThe stand-by rota and the on-going review of re\u2010ablement care were "
             f"noted. {filler}\n")
    (tmp_path / "papers" / "rota.txt").write_text(other, encoding="utf-8")
    ix.ingest([str(tmp_path / "papers")], workers=0)
    for word in ("standby rota", "ongoing review", "reablement"):
        assert [os.path.basename(h.segment.source) for h in ix.search(word)][:1] == ["rota.txt"], word
    # Only two words of letters are joined: "cost-of-living" is a phrase, not a word.
    assert not ix.search("costofliving")
    assert os.path.basename(ix.search('"cost of living"')[0].segment.source) == "other.txt"


def test_the_index_joins_only_compounds_and_only_when_indexing():
    from docsearch.compounds import joined, stem_analyzer

    analyzer = stem_analyzer()
    text = "the well-being of looked-after children, COVID-19, 2025-26 and cost-of-living"
    indexed = [(t.text, t.pos) for t in analyzer(text, positions=True, mode="index")]
    # Each at its first kept part's place; the stop filter has numbered the places again.
    assert ("be", 2) in indexed and ("wellb", 1) in indexed and ("lookedaft", 3) in indexed
    assert ("children", 5) in indexed  # the words after a compound keep their places
    assert not any(w in ("covid19", "202526", "costof", "ofliv", "costofliv") for w, _ in indexed)
    # A query's words are its own: "well-being" typed is "well" and "being".
    assert [t.text for t in analyzer("well-being", mode="query")] == ["well", "be"]
    assert joined("re-offending and re-use") == "reoffending and reuse"
    assert joined("a cost-of-living fund, 2025-26") is None


def test_copies_folding_leave_no_list_short_and_a_shorter_list_is_the_first_part_of_a_longer(tmp_path):
    # Twenty-four printings of one note hold every word and fold into one hit; twelve
    # reports hold two of the three. A list of ten had shown the one hit, as if nothing
    # else matched, and a list of five was not the first five of a list of ten.
    note = ("Elections note {n}\n\nThe county council elections due in May are postponed for a year while "
            "the devolution programme is settled, as the minister asked in December. Copy {n}.\n")
    papers = {f"note{n}.txt": note.format(n=n) for n in range(24)}
    papers.update({f"report{n}.txt": f"Report {n}\n\nThe county elections in district {n} were held on time, and the "
                                     f"count in ward {n} finished by noon.\n" for n in range(12)})
    ix = _index_of(tmp_path, papers)
    ten = ix.search("postponed county elections", limit=10)
    assert len(ten) == 10, [(h.segment.source, len(h.also_in)) for h in ten]
    assert os.path.basename(ten[0].segment.source).startswith("note")
    assert [h.segment.id for h in ix.search("postponed county elections", limit=5)] == [h.segment.id for h in ten[:5]]


def test_a_question_is_answered_by_its_subject_not_its_question_words(tmp_path):
    # A journalist types a question; a survey's "How did you find out ...?" holds its
    # question words, the Council's minute its subject.
    filler = " ".join(f"Sentence {i} of the paper gives the background in the usual way." for i in range(4))
    papers = {
        "survey.txt": "Devolution consultation: results\n\nHow did you find out about this consultation? Did you "
                      f"vote in the online poll? Most residents heard of the devolution proposals online. {filler}\n",
        "minutes.txt": "Minutes of the County Council held on 9 January 2025\n\n285. English Devolution White Paper\n\n"
                       "The motion on devolution was put to the vote: 45 councillors voted for it and 20 against. "
                       f"{filler}\n"}
    ix = _index_of(tmp_path, papers)
    hits = ix.search("how did councillors vote on devolution")
    assert os.path.basename(hits[0].segment.source) == "minutes.txt", [(h.segment.source, h.score) for h in hits]
    # Asked only in question words, they are the words searched for.
    assert os.path.basename(ix.search("how did")[0].segment.source) == "survey.txt"
    # A name that stems as a question word is a name: "Howe" is not "how".
    howe = ("Councillor Howe reported on the devolution vote and the councillors' questions to the Leader. "
            f"{filler}\n")
    (tmp_path / "papers" / "howe.txt").write_text("Leader's report\n\n" + howe, encoding="utf-8")
    ix.ingest([str(tmp_path / "papers")], workers=0)
    assert os.path.basename(ix.search("councillor howe devolution")[0].segment.source) == "howe.txt"


def test_a_fields_value_in_single_quotes_is_one_value(corpus_index):
    # "body:'corporate parenting'" inside a double-quoted shell argument: it had searched
    # the body "'corporate" and the word "parenting'" (1 hit where there are 11).
    double = [h.segment.id for h in corpus_index.search('kind:resolution body:"corporate parenting"', limit=20)]
    assert len(double) > 1
    assert [h.segment.id for h in corpus_index.search("kind:resolution body:'corporate parenting'", limit=20)] == double
    assert ([h.segment.id for h in corpus_index.search("devolution date:'January 2025'..'February 2025'")]
            == [h.segment.id for h in corpus_index.search('devolution date:"January 2025".."February 2025"')])
    # An apostrophe between letters is the value's own, not its end.
    from docsearch.search import _double_quoted
    assert _double_quoted("body:'children's services' fostering") == 'body:"children\'s services" fostering'
    assert ([h.segment.id for h in corpus_index.search("kind:resolution body:'children's services'")]
            == [h.segment.id for h in corpus_index.search('kind:resolution body:"children\'s services"')])


def test_a_day_typed_with_a_body_that_met_that_day_asks_for_its_meeting(tmp_path):
    # The Cabinet and the County Council met on 13 March; the Council's papers say
    # "Cabinet" often, and had filled the list for "cabinet 13 March 2025".
    cabinet = ("Minutes of a meeting of the Cabinet held on 13 March 2025\n\nPresent: Mr A Smith\n\n"
               "5. Highways term contract\n\nRESOLVED that the contract be extended.\n")
    council = ("Minutes of a meeting of the County Council held on 13 March 2025\n\nPresent: Mr B Jones\n\n"
               + "".join(f"{n}. Report of the Cabinet on item {n}\n\nThe Cabinet's report on item {n} was received; the "
                         f"Cabinet Member and the Cabinet answered questions on the Cabinet's plans.\n\n"
                         for n in range(10, 22)))
    member = ("Record of decision\n\nDecision taken by: Cabinet Member for Highways\n\nDate of decision: 13 March 2025\n\n"
              "Decision: I agree that the Cabinet's highways contract be extended.\n")
    ix = _index_of(tmp_path, {"cabinet.txt": cabinet, "council.txt": council, "member.txt": member})
    for query in ("cabinet 13 March 2025", "cabinet 13/03/2025"):  # (a day in figures had named no body)
        hits = ix.search(query)
        assert hits and {h.segment.body for h in hits} == {"Cabinet"}, [(h.segment.body, h.segment.title) for h in hits]
    assert {h.segment.body for h in ix.search("county council 13 March 2025")} == {"County Council"}
    # "council" names the council's own meeting too, with the Cabinet named beside it.
    assert {h.segment.body for h in ix.search("council and cabinet 13 March 2025", limit=20)} == \
        {"Cabinet", "County Council"}
    # A body that did not meet that day leaves the day's meetings as they were.
    assert len({h.segment.body for h in ix.search("scrutiny committee 13 March 2025", limit=20)}) > 1
    # Names with an apostrophe or a compound are named as typed either way.
    sub = ("Minutes of a meeting of the Children's Services Sub-Committee held on 13 March 2025\n\nPresent: Mr C "
           "Brown\n\n7. Fostering allowances\n\nRESOLVED that the allowances be raised.\n")
    (tmp_path / "papers" / "sub.txt").write_text(sub, encoding="utf-8")
    ix.ingest([str(tmp_path / "papers")], workers=0)
    for query in ("children's services subcommittee 13 March 2025", "Children's Services Sub-Committee 13/03/2025"):
        assert {h.segment.body for h in ix.search(query, limit=20)} == {"Children's Services Sub-Committee"}, query
    # A council named is that council's meeting alone, not every council's that day.
    parish = ("Minutes of a meeting of Little Chart Parish Council held on 13 March 2025\n\nPresent: Cllr D Green\n\n"
              "9. Precept\n\nRESOLVED that the budget and precept be agreed.\n")
    (tmp_path / "papers" / "parish.txt").write_text(parish, encoding="utf-8")
    ix.ingest([str(tmp_path / "papers")], workers=0)
    assert {h.segment.body for h in ix.search("county council budget 13 March 2025", limit=20)} == {"County Council"}


def test_a_day_and_body_typed_leave_the_rest_of_the_words_to_rank_the_meetings_papers(tmp_path):
    # Every paper of the Cabinet's 30 January meeting is that day's and the Cabinet's: the
    # capital strategy appended to it, which prints neither, comes first for "capital
    # strategy", above the reports that print "Cabinet", "January" and "2025" and mention
    # capital in passing.
    report = _report_to("Cabinet", "30 January 2025", "Revenue Budget Monitoring",
                        "1.1 Cabinet is asked to note the forecast for January 2025, the capital programme's "
                        "position in January 2025 and the risks reported to Cabinet in January 2025.")
    strategy = ("Capital Strategy\n\n1. Introduction\n\n1.1 This capital strategy gives an overview of how "
                "capital expenditure, capital financing and treasury management contribute to the provision of "
                "services, and of the strategy for the capital programme over ten years.\n")
    ix = _index_of(tmp_path, {"cabinet_2025-01-30_monitoring.txt": report,
                              "cabinet_2025-01-30_Appendix_N_Capital_Strategy.txt": strategy})
    hits = ix.search("Cabinet 30 January 2025 capital strategy")
    assert hits[0].segment.source.endswith("Appendix_N_Capital_Strategy.txt"), [h.segment.source for h in hits]
    assert {h.segment.meeting_date for h in hits} == {dt.date(2025, 1, 30)}
    # Words no paper of the meeting holds leave its papers listed as before, not none.
    assert ix.search("Cabinet 30 January 2025 fly-tipping")


def test_a_decisions_numbered_part_opens_its_snippet_with_its_number(tmp_path):
    # Punkt takes "1." for a sentence of its own: the snippet had begun "Agree to submit
    # ...;" and gone on "2. Note that ...", one part numbered and the other not.
    minutes = ("Minutes of a meeting of the Cabinet held on 9 January 2025\n\nPresent: Mr A Smith\n\n"
               "83. English Devolution White Paper\n\nRESOLVED that Cabinet:\n\n1. Agree to submit a request to "
               "Government, jointly with Medway Council, for Kent and Medway to be included in the Devolution "
               "Priority Programme;\n\n2. Note that acceptance onto the Devolution Priority Programme will commit "
               "Kent and Medway to elections to a new Mayoral Strategic Authority in May 2026.\n")
    ix = _index_of(tmp_path, {"minutes.txt": minutes})
    hit = ix.search("submit request government priority programme", kind="resolution")[0]
    assert hit.snippet.startswith("1. Agree to submit"), hit.snippet
    # Parts run on in one paragraph: the number Punkt leaves at the end of the part before
    # ("... Ashgrove; 3.") goes to the part it numbers.
    from docsearch.paper import sentence_spans
    text = ("1. Agree the budget for Ashgrove; 2. Agree the programme for schools; and 3. Approve fees of "
            "£58.75 a year.")
    assert [text[a:b] for a, b in sentence_spans([text])[0]] == [
        "1. Agree the budget for Ashgrove;", "2. Agree the programme for schools; and", "3. Approve fees of £58.75 a year."]


def test_a_reports_recommendations_printed_again_with_paragraph_numbers_show_once(tmp_path):
    # The summary asks what section 4 asks, there numbered "4.1", "4.2" (and "a lead" for
    # "the lead"): the same recommendations had been the first two hits.
    asked = ("Members are asked to note all that is being done to deliver the Armed Forces Covenant in Kent and "
             "agree to priorities going forward including promoting {the} lead Gold Award.\n\n{n2}Members are "
             "requested to continue to support the Armed Forces Covenant across the county and to endorse the "
             "Council's commitment to this work.\n")
    text = ("From: Armed Forces Champion\nTo: Full Council\nDate: 13 March 2025\nSubject: 2024 Annual Report on "
            "the Armed Forces Covenant\nClassification: Unrestricted\n\nRecommendation(s):\n"
            + asked.format(the="the", n2="") + "\n1. Introduction\n\n1.1 The Covenant is a promise by the nation "
            "that those who serve are treated fairly, and the Council signed it in 2011.\n\n"
            "4. Recommendation\n\n4.1 " + asked.format(the="a", n2="4.2 "))
    ix = _index_of(tmp_path, {"covenant.txt": text})
    hits = ix.search("armed forces covenant recommendation")
    recs = [h for h in hits if h.segment.kind == "recommendation"]
    assert len(recs) == 1 and recs[0].also_in and recs[0].also_in[0]["similar"], \
        [(h.segment.kind, h.segment.title, h.also_in) for h in hits]


def test_did_you_mean_offers_no_word_found_only_by_the_start_of_a_longer_one(tmp_path):
    # Matched against the start of the word typed, "crematorium" had been offered
    # "create" and "hedgehogs" "hedge" (a regression test): words the papers lack, and
    # far from what was typed.
    papers = {"plan.txt": "Housing plan\n\nThe plan will create new homes, and the hedge on the verge will be cut "
                          "back each spring by the contractor.\n"}
    ix = _index_of(tmp_path, papers)
    assert ix.suggest("crematorium") is None and ix.suggest("hedgehogs") is None
    assert ix.suggest("contracter") == "contractor"


def test_did_you_mean_leaves_a_questions_own_words_alone(tmp_path):
    # A small index lacks "what": it had been offered "white" (a regression test).
    ix = _index_of(tmp_path, {"paper.txt": "White Lane\n\nThe white lines on White Lane will be renewed.\n"})
    assert ix.suggest("what white lines") is None
    assert ix.suggest("whte lines") == "white lines"


def test_a_hits_copies_are_listed_from_their_column_not_their_stored_records(tmp_path, monkeypatch):
    # Listing a hit's copies under "also in" read each copy's stored fields, its text and
    # all (a quarter of the 10x corpus's warm searches); their ``listing`` column is read
    # instead. A record written without one is still listed, from its stored fields.
    from whoosh.reading import SegmentReader

    import docsearch.index as index_module

    text = "Village halls\n\nThe village hall grants open in April each year, and the Cabinet agreed them.\n"
    papers = {f"copy{n}.txt": text for n in range(4)}
    (tmp_path / "column").mkdir()
    ix = _index_of(tmp_path / "column", papers)
    read = []  # (one Whoosh segment: its document numbers are the index's)
    stored_fields = SegmentReader.stored_fields
    monkeypatch.setattr(SegmentReader, "stored_fields", lambda self, n: read.append(n) or stored_fields(self, n))
    (hit,) = ix.search("village hall grants")
    listed = [(e["source"].rsplit("/", 1)[-1], e["lines"]) for e in hit.also_in]
    assert len(listed) == 3
    monkeypatch.undo()
    gen = os.path.join(ix.path, open(os.path.join(ix.path, "CURRENT")).read().strip())
    from whoosh import index as whoosh_index
    wix = whoosh_index.open_dir(gen)
    assert len(wix._segments()) == 1
    with wix.searcher() as s:
        copies = {n for n in range(s.doc_count_all()) if s.stored_fields(n).get("bare")}
    assert len(copies) == 3 and read and not copies & set(read)
    # Written without it (a column left empty): the same listing.
    real = index_module.copy_listing
    monkeypatch.setattr(index_module, "copy_listing", lambda fields, seg=None: None)
    (tmp_path / "none").mkdir()
    ix = _index_of(tmp_path / "none", papers)
    monkeypatch.setattr(index_module, "copy_listing", real)
    (hit,) = ix.search("village hall grants")
    assert [(e["source"].rsplit("/", 1)[-1], e["lines"]) for e in hit.also_in] == listed
