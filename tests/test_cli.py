import json
import os
import re
import shutil

import pytest
from click.testing import CliRunner

from docsearch import Index
from docsearch.cli import cli

from conftest import corpus

CONTRACT = {"id", "kind", "parent", "council", "body", "meeting_date", "meeting_from", "minute", "title",
            "document", "text", "source", "pages", "lines"}


@pytest.fixture
def runner():
    return CliRunner()


def _json_lines(output):
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def _ingested(runner, tmp_path, papers: dict[str, str]) -> str:
    """An index (its folder) of these papers, {file name: text}, ingested by the CLI."""
    folder = tmp_path / "papers"
    folder.mkdir()
    for name, text in papers.items():
        (folder / name).write_text(text, encoding="utf-8")
    ix = str(tmp_path / "ix")
    assert runner.invoke(cli, ["--index", ix, "ingest", str(folder), "--workers", "0"]).exit_code == 0
    return ix


def test_every_command_has_help(runner):
    for name, command in cli.commands.items():
        assert command.help, f"{name} has no help text"
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0
    assert "kind:resolution" in runner.invoke(cli, ["search", "--help"]).output


def test_a_search_option_given_no_value_says_so(runner, tmp_path):
    for option in ("--limit", "-n", "--kind"):
        result = runner.invoke(cli, ["--index", str(tmp_path / "ix"), "search", "budget", option])
        assert result.exit_code == 2
        assert f"option {option} requires a value" in result.output and "'--'" not in result.output


def test_split_json_contract(runner):
    path = corpus("kent-cabinet-minutes-2025-01-09.pdf")
    result = runner.invoke(cli, ["split", path, "--json"])
    assert result.exit_code == 0, result.output
    rows = _json_lines(result.output)
    assert rows and all(CONTRACT <= set(r) for r in rows)
    kinds = {r["kind"] for r in rows}
    assert {"minute", "resolution"} <= kinds
    res = next(r for r in rows if r["kind"] == "resolution")
    assert res["parent"] in {r["id"] for r in rows if r["kind"] == "minute"}
    assert res["meeting_date"] == "2025-01-09" and res["source"] == path
    assert isinstance(res["pages"], list) and len(res["pages"]) == 2


def test_split_text_dump_gives_lines(runner):
    rows = _json_lines(runner.invoke(cli, ["split", corpus("leics-cabinet-pack-2020-11-20.txt"), "--json",
                                           "--kind", "recommendation"]).output)
    assert rows and all(r["kind"] == "recommendation" and r["pages"] is None and r["lines"][0] <= r["lines"][1]
                        for r in rows)


def test_ingest_search_show_stats(runner, tmp_path, small_corpus, monkeypatch):
    ix = str(tmp_path / "ix")
    result = runner.invoke(cli, ["--index", ix, "ingest", str(small_corpus), "--workers", "0"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["--index", ix, "search", "provisional", "settlement", "--json"])
    assert result.exit_code == 0
    hits = _json_lines(result.output)
    assert hits and all(CONTRACT | {"score", "snippet", "matched_terms"} <= set(h) for h in hits)
    # --index may also come after the command, as people type it.
    after = runner.invoke(cli, ["search", "provisional settlement", "--kind", "resolution", "--index", ix])
    assert after.exit_code == 0 and "minute 80 · resolution" in after.output
    # Both, naming the same folder, is fine; two folders cannot both be meant.
    both = runner.invoke(cli, ["--index", ix, "search", "provisional settlement", "--index", ix + os.sep])
    assert both.exit_code == 0 and "minute 80" in both.output
    other = runner.invoke(cli, ["--index", ix, "search", "provisional settlement", "--index", ix + "-other"])
    assert other.exit_code == 2 and "--index is given twice" in other.output
    # An option given twice means either value (before, the last one given was the only one).
    either = _json_lines(runner.invoke(cli, ["--index", ix, "search", "provisional settlement", "--kind", "minute",
                                             "--kind", "resolution", "-n", "30", "--json"]).output)
    assert {h["kind"] for h in either} == {"minute", "resolution"}
    # Minute numbers may be listed with commas, as kinds and councils are.
    listed = _json_lines(runner.invoke(cli, ["--index", ix, "search", "minute:80,81", "kind:minute", "--json"]).output)
    assert sorted({h["minute"] for h in listed}) == ["80", "81"]
    human = runner.invoke(cli, ["--index", ix, "search", "provisional settlement", "--kind", "resolution"])
    assert "1. Kent County Council · Cabinet · 9 Jan 2025 · minute 80 · resolution" in human.output
    assert "kent-cabinet-minutes-2025-01-09.pdf, page" in human.output
    shown = runner.invoke(cli, ["--index", ix, "show", hits[0]["id"]])
    assert shown.exit_code == 0 and hits[0]["title"] in shown.output
    shown_json = _json_lines(runner.invoke(cli, ["--index", ix, "show", hits[0]["id"], "--json"]).output)[0]
    assert CONTRACT <= set(shown_json)
    # The start of an id will do, as long as one segment's id starts so.
    ids = [h["id"] for h in _json_lines(runner.invoke(cli, ["--index", ix, "search", "kind:minute,resolution", "-n",
                                                            "100", "--json"]).output)]
    start = next(h["id"][:n] for n in (4, 5, 6) for h in hits[:1] if sum(i.startswith(h["id"][:n]) for i in ids) == 1)
    short = _json_lines(runner.invoke(cli, ["--index", ix, "show", start, "--json"]).output)[0]
    assert (short["id"], short["children"]) == (hits[0]["id"], shown_json["children"])
    assert "no segment with id 'xyz9'" in runner.invoke(cli, ["--index", ix, "show", "xyz9"]).output
    assert "give at least 4 of its characters" in runner.invoke(cli, ["--index", ix, "show", start[:3]]).output
    # A start that several ids share (one hex digit, allowed here, is shared by many).
    import docsearch.index

    monkeypatch.setattr(docsearch.index, "SHORTEST_ID", 1)
    many = runner.invoke(cli, ["--index", ix, "show", ids[0][0]])
    assert many.exit_code == 1 and "segments have an id starting" in many.output and "give more of it" in many.output
    stats = _json_lines(runner.invoke(cli, ["--index", ix, "stats", "--json"]).output)[0]
    assert stats["papers"] == 2 and stats["segments"] > 0 and "by_kind" in stats and "meetings" in stats


def test_also_in_names_the_copys_meeting_when_it_differs(runner, tmp_path):
    # The same section printed in the Cabinet report and again in the Council's.
    intro = "1.1 This report asks {who} to adopt the Minerals Plan, which the Inspector found sound in January."
    background = ("2.1 The Minerals Sites Plan makes no decision on the nominated hard rock quarry at Oaken Wood, "
                  "which remains subject to a separate examination next year, and the Plan was found sound by "
                  "the Inspector subject to the main modifications set out in the appendix to this report.")
    ix = _ingested(runner, tmp_path, {
        name: (f"From: Cabinet Member for Environment\n\nTo: {who}\n\nDate: {date}\n\n"
               f"Subject: Adoption of the Minerals Plan\n\n1. Introduction\n\n"
               f"{intro.format(who=who)}\n\n2. Background\n\n{background}\n")
        for name, who, date in (("cabinet.txt", "Cabinet", "4 March 2025"),
                                ("council.txt", "County Council", "13 March 2025"))})
    result = runner.invoke(cli, ["--index", ix, "search", "Oaken Wood quarry"])
    also = [line.strip() for line in result.output.splitlines() if "also in:" in line]
    assert len(also) == 1
    shown = next(line for line in result.output.splitlines() if re.match(r"1\. ", line))
    other = "Cabinet · 4 Mar 2025 · " if "County Council" in shown else "County Council · 13 Mar 2025 · "
    assert also[0].startswith(f"also in: {other}"), result.output
    hit = _json_lines(runner.invoke(cli, ["--index", ix, "search", "Oaken Wood quarry", "--json"]).output)[0]
    assert {"body", "meeting_date"} <= set(hit["also_in"][0])


def test_show_lists_the_other_printings_of_a_segment(runner, tmp_path):
    text = "Mobile libraries\n\nThe mobile library calls at twelve villages every fortnight.\n"
    ix = _ingested(runner, tmp_path, {"report.txt": text, "report (1).txt": text})
    hit = _json_lines(runner.invoke(cli, ["--index", ix, "search", "mobile library", "--json"]).output)[0]
    other = hit["also_in"][0]
    shown = runner.invoke(cli, ["--index", ix, "show", hit["id"]]).output
    assert f"also in: {other['source']}, lines 1-3 (id {other['id']})" in shown
    shown = _json_lines(runner.invoke(cli, ["--index", ix, "show", other["id"], "--json"]).output)[0]
    assert [c["id"] for c in shown["also_in"]] == [hit["id"]]


def test_show_says_a_meeting_was_read_from_the_file_name(runner, tmp_path):
    agenda = "To: Cabinet\n\nDate: 30 January 2025\n\nSubject: Budget\n\n1. Introduction\n\nCabinet is asked to endorse the budget.\n"
    ix = _ingested(runner, tmp_path, {"cabinet_2025-01-30_agenda.txt": agenda,
                                      "cabinet_2025-01-30_Appendix_A.txt": "Mobile libraries\n\nThe mobile library "
                                                                           "calls at twelve villages every fortnight.\n"})
    hit = _json_lines(runner.invoke(cli, ["--index", ix, "search", "mobile library", "--json"]).output)[0]
    assert (hit["meeting_date"], hit["body"], hit["meeting_from"]) == ("2025-01-30", "Cabinet", "file name")
    assert "meeting: from the file name" in runner.invoke(cli, ["--index", ix, "show", hit["id"]]).output
    agenda_hit = _json_lines(runner.invoke(cli, ["--index", ix, "search", "endorse budget", "--json"]).output)[0]
    assert agenda_hit["meeting_from"] == "paper"
    assert "meeting: from" not in runner.invoke(cli, ["--index", ix, "show", agenda_hit["id"]]).output
    assert _json_lines(runner.invoke(cli, ["--index", ix, "stats", "--json"]).output)[0]["dated_by_file_name"] == 1
    assert "(1 dated by their file names)" in runner.invoke(cli, ["--index", ix, "stats"]).output


def test_ingest_says_when_it_writes_the_papers_that_waited_to_be_placed(runner, tmp_path):
    # Every paper is read, the bar is full, and the appendices, placed among their
    # meeting's papers only now, are still to be written: the user is told.
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "cabinet_2025-01-30_agenda.txt").write_text(
        "Kent County Council\n\nCabinet\n\nThursday, 30 January 2025\n\nAgenda\n\n1. Mobile libraries\n\n"
        "To consider the report on the mobile library timetable.\n", encoding="utf-8")
    for x in "AB":
        (folder / f"cabinet_2025-01-30_Appendix_{x}.txt").write_text(
            f"Village halls {x}\n\nThe village hall grants open in April each year.\n", encoding="utf-8")
    ix = str(tmp_path / "ix")
    result = runner.invoke(cli, ["--index", ix, "ingest", str(folder), "--workers", "0"])
    assert result.exit_code == 0
    assert "docsearch: writing 2 papers placed among the papers beside them\n" in result.stderr
    result = runner.invoke(cli, ["--index", str(tmp_path / "ix2"), "ingest", str(folder), "--workers", "0", "--quiet"])
    assert result.exit_code == 0 and "writing" not in result.stderr


def test_ingest_counts_the_papers_it_placed_again_and_show_says_whence_a_council(runner, tmp_path):
    # The Cabinet's agenda sheet names no council; the report to that meeting, ingested
    # in a later run, names it, and gives the sheet both its council and the appendix
    # ingested with it its meeting.
    ix = _ingested(runner, tmp_path, {
        "cabinet_2025-01-30_agenda.txt": "Cabinet\n\nThursday, 30 January 2025\n\nAgenda\n\n1. Mobile libraries"
                                         "\n\nTo consider the report on the mobile library timetable.\n",
        "cabinet_2025-01-30_Appendix_A.txt": "Village halls\n\nThe village hall grants open in April each year.\n"})
    (tmp_path / "papers" / "cabinet_2025-01-30_report.txt").write_text(
        "Kent County Council\n\nTo: Cabinet\n\nDate: 30 January 2025\n\nSubject: Budget\n\n1. Introduction"
        "\n\nCabinet is asked to endorse the budget.\n", encoding="utf-8")
    result = runner.invoke(cli, ["--index", ix, "ingest", str(tmp_path / "papers"), "--workers", "0", "--json"])
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)["placed"]) == 2
    assert "1 added, 0 replaced, 2 unchanged, 2 indexed before given their meeting or council;" in result.stderr
    assert "writing" not in result.stderr  # (nothing read waited to be placed)
    sheet = _json_lines(runner.invoke(cli, ["--index", ix, "search", "mobile library timetable", "--json"]).output)[0]
    assert (sheet["council"], sheet["meeting_from"]) == ("Kent County Council", "paper")
    shown = runner.invoke(cli, ["--index", ix, "show", sheet["id"]]).output
    assert "council: Kent County Council (from the papers beside it: the paper names none)" in shown
    hall = _json_lines(runner.invoke(cli, ["--index", ix, "search", "village hall grants", "--json"]).output)[0]
    assert (hall["meeting_date"], hall["meeting_from"], hall["council"]) == (
        "2025-01-30", "file name", "Kent County Council")


def test_a_near_copy_is_listed_as_similar_text(runner, tmp_path):
    # A summary printed again inside a longer section: similar, not the same text.
    summary = ("The Council will expand the community wardens scheme across all districts, funded by "
               "the reserve, with a review of outcomes after twelve months and a report to Cabinet.")
    ix = _ingested(runner, tmp_path, {
        "report.txt": f"Summary\n\n{summary}\n",
        "appendix.txt": f"Appendix A\n\nExecutive summary\n\n{summary} The scheme began in 2019 in two districts.\n"})
    lines = [ln.strip() for ln in runner.invoke(cli, ["--index", ix, "search", "community wardens"]).output.splitlines()]
    assert any(ln.startswith("similar text in: ") and "appendix.txt" in ln for ln in lines), lines
    assert not any(ln.startswith("also in") for ln in lines)


def test_stats_says_how_many_bodies_it_leaves_out(runner, tmp_path):
    ix = _ingested(runner, tmp_path, {
        f"minutes{n}.txt": (f"Minutes of a meeting of the Committee {n} held on 4 March 2025\n\n"
                            f"Present: Councillor A Smith\n\n{n + 1}. Apologies\n\n"
                            "Apologies were received from Councillor Brown.\n") for n in range(14)})
    out = runner.invoke(cli, ["--index", ix, "stats"]).output
    bodies = _json_lines(runner.invoke(cli, ["--index", ix, "stats", "--json"]).output)[0]["bodies"]
    assert len(bodies) == 14 and "and 2 more (--json lists them all)" in out, out


def test_a_copy_with_no_meeting_under_a_dated_hit_says_undated(runner, tmp_path):
    text = ("The Council will expand the community wardens scheme across all districts, funded by "
            "the reserve, with a review of outcomes after twelve months and a report to Cabinet.")
    ix = _ingested(runner, tmp_path, {
        "appendix.txt": f"Community wardens\n\nCommunity wardens scheme\n\n{text}\n",
        "report.txt": (f"From: Cabinet Member for Communities\n\nTo: Cabinet\n\nDate: 30 January 2025\n\n"
                       f"Subject: Wardens\n\n1. Introduction\n\n{text}\n")})
    lines = [ln.strip() for ln in runner.invoke(cli, ["--index", ix, "search", "community wardens scheme"]).output.splitlines()]
    assert any(ln.startswith("similar text in: - · undated · ") and "appendix.txt" in ln for ln in lines), lines


def test_more_copies_than_listed_are_counted(runner, tmp_path):
    ix = _ingested(runner, tmp_path, {
        f"copy{n}.txt": ("Mobile libraries\n\nThe mobile library calls at twelve villages every fortnight "
                         "and lends about 900 books a month.\n") for n in range(5)})
    result = runner.invoke(cli, ["--index", ix, "search", "mobile library villages"])
    also = [line for line in result.output.splitlines() if "also in:" in line]
    # Each with where it is printed, as the hit is: two printings in one pack differ only there.
    assert len(also) == 3 and all(re.search(r"copy\d\.txt, lines 1-3 · id ", line) for line in also), also
    assert "also printed 1 more time, in 1 paper (--json lists them all)" in result.output
    # Printings, not papers: one paper printing a text many times is one paper (a user's
    # 50 MB file of 61 packs had been "also in 57 more papers").
    (tmp_path / "pack").mkdir()
    copy = ("Mobile libraries\n\nThe mobile library calls at twelve villages every fortnight and lends about 900 "
            "books a month. It stops for an hour at each village hall, school or shop, and its staff help people "
            "order books, renew their loans, use the computers on board and find out about the other services "
            "of the library, the council and the voluntary groups that meet in the villages it serves.\n\n")
    pack = _ingested(runner, tmp_path / "pack", {"pack.txt": copy * 6})
    result = runner.invoke(cli, ["--index", pack, "search", "mobile library villages"])
    assert "more times, in 1 paper (--json lists them all)" in result.output, result.output
    hit = _json_lines(runner.invoke(cli, ["--index", ix, "search", "mobile library villages", "--json"]).output)[0]
    assert len(hit["also_in"]) == 4


def test_council_given_to_a_rerun_says_unchanged_papers_keep_theirs(runner, tmp_path, small_corpus):
    ix = str(tmp_path / "ix")
    runner.invoke(cli, ["--index", ix, "ingest", str(small_corpus), "--workers", "0"])
    result = runner.invoke(cli, ["--index", ix, "ingest", str(small_corpus), "--workers", "0",
                                 "--council", "Dover District Council"])
    assert result.exit_code == 0
    assert "2 unchanged papers keep theirs" in result.stderr and "rebuild --council" in result.stderr


def test_a_folder_with_no_papers_says_so(runner, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.docx").write_bytes(b"PK")
    result = runner.invoke(cli, ["--index", str(tmp_path / "ix"), "ingest", str(empty)])
    # Not a success: a cron job's share that is not mounted leaves its mount point empty.
    assert result.exit_code == 3 and "no papers found" in result.stderr
    # A program is told so too, not left to check that every list is empty.
    report = Index(str(tmp_path / "ix2")).ingest([str(empty)], workers=0)
    assert report.found_none and report.to_dict()["found_none"]
    (empty / "minutes.txt").write_text("Parks\n\nThe parks strategy was noted.\n", encoding="utf-8")
    assert not Index(str(tmp_path / "ix2")).ingest([str(empty)], workers=0).found_none


def test_a_rebuild_that_finds_no_papers_keeps_the_index(runner, tmp_path, small_corpus):
    ix = str(tmp_path / "ix")
    runner.invoke(cli, ["--index", ix, "ingest", str(small_corpus), "--workers", "0"])
    empty = tmp_path / "mnt"
    empty.mkdir()
    result = runner.invoke(cli, ["--index", ix, "rebuild", str(empty), "--workers", "0"])
    assert result.exit_code == 3 and "the index was kept as it was" in result.stderr
    assert Index(ix).stats()["papers"] == 2


@pytest.mark.parametrize("mounted", [True, False])
def test_a_prune_that_finds_no_papers_prunes_nothing(runner, tmp_path, small_corpus, mounted):
    # The share is not mounted: its mount point is empty, or not there at all. Its papers
    # look deleted, and pruning them would empty the index.
    papers = tmp_path / "share"
    shutil.copytree(small_corpus, papers)
    ix = str(tmp_path / "ix")
    assert runner.invoke(cli, ["--index", ix, "ingest", str(papers), "--workers", "0"]).exit_code == 0
    shutil.rmtree(papers)
    if mounted:
        papers.mkdir()
    result = runner.invoke(cli, ["--index", ix, "ingest", str(papers), "--prune", "--workers", "0"])
    assert result.exit_code == 3 and "its 2 indexed papers were not pruned" in result.stderr
    assert Index(ix).stats()["papers"] == 2


def _two_shares(runner, tmp_path, small_corpus, other_papers: dict[str, str]):
    """An index of two folders: "share" (the small corpus) and "other" (these papers)."""
    share, other = tmp_path / "share", tmp_path / "other"
    shutil.copytree(small_corpus, share)
    other.mkdir()
    for name, text in other_papers.items():
        (other / name).write_text(text, encoding="utf-8")
    ix = str(tmp_path / "ix")
    assert runner.invoke(cli, ["--index", ix, "ingest", str(share), str(other), "--workers", "0"]).exit_code == 0
    return share, other, ix


def test_a_prune_of_several_folders_spares_the_one_that_holds_none(runner, tmp_path, small_corpus):
    # One share of two is not mounted: its papers stay; a paper deleted from the other goes.
    share, other, ix = _two_shares(runner, tmp_path, small_corpus, {
        "note.txt": "Budget\n\nThe budget was agreed.\n", "gone.txt": "Parks\n\nThe parks strategy was noted.\n"})
    for paper in share.iterdir():
        paper.unlink()
    (other / "gone.txt").unlink()
    result = runner.invoke(cli, ["--index", ix, "ingest", str(share), str(other), "--prune", "--workers", "0", "--json"])
    assert result.exit_code == 3 and "its 2 indexed papers were not pruned" in result.stderr
    assert [os.path.basename(p) for p in json.loads(result.stdout)["removed"]] == ["gone.txt"]
    assert Index(ix).stats()["papers"] == 3


def test_a_rebuild_with_papers_missing_keeps_the_index(runner, tmp_path, small_corpus):
    # One of two shares is not mounted: a plain rebuild would lose its papers unsaid.
    share, _, ix = _two_shares(runner, tmp_path, small_corpus, {"note.txt": "Budget\n\nThe budget was agreed.\n"})
    shutil.rmtree(share)
    result = runner.invoke(cli, ["--index", ix, "rebuild", "--workers", "0"])
    assert result.exit_code == 3 and "2 indexed papers are not on disk" in result.stderr
    assert "the index was kept as it was" in result.stderr
    # ... and its summary says it changed nothing (before: "1 added; 2 segments indexed").
    assert "rebuild: 0 added, 0 replaced, 1 unchanged, 2 could not be read; 0 segments indexed; " \
           "the index holds 3 papers" in result.stderr
    assert Index(ix).stats()["papers"] == 3


def test_a_prune_says_how_many_papers_the_index_still_holds(runner, tmp_path, small_corpus):
    # A prune writes no segments: "0 segments indexed" alone read as an emptied index.
    share, other, ix = _two_shares(runner, tmp_path, small_corpus, {
        "note.txt": "Budget\n\nThe budget was agreed.\n", "gone.txt": "Parks\n\nThe parks strategy was noted.\n"})
    (other / "gone.txt").unlink()
    result = runner.invoke(cli, ["--index", ix, "ingest", str(share), str(other), "--prune", "--workers", "0", "--json"])
    assert result.exit_code == 0
    assert "1 removed; 0 segments indexed; the index holds 3 papers" in result.stderr
    assert json.loads(result.stdout)["papers"] == 3 == Index(ix).stats()["papers"]


def test_filters_in_the_query_that_rule_out_every_hit_are_named(runner, tmp_path, small_corpus):
    ix = str(tmp_path / "ix")
    runner.invoke(cli, ["--index", ix, "ingest", str(small_corpus), "--workers", "0"])
    result = runner.invoke(cli, ["--index", ix, "search", "budget body:cabniet"])
    assert result.exit_code == 0
    assert "the query's filters ruled them out" in result.stderr and "docsearch stats" in result.stderr
    result = runner.invoke(cli, ["--index", ix, "search", "zzqxv body:cabniet"])
    assert "ruled them out" not in result.stderr


def test_searching_an_index_that_holds_no_papers_says_so(runner, tmp_path):
    paper = tmp_path / "papers" / "note.txt"
    paper.parent.mkdir()
    paper.write_text("Budget\n\nThe budget was agreed by the Council.\n", encoding="utf-8")
    ix = str(tmp_path / "ix")
    runner.invoke(cli, ["--index", ix, "ingest", str(paper.parent)])
    paper.unlink()
    # (A folder left with no papers at all is not pruned: see the test above.)
    (paper.parent / "blank.txt").write_text("", encoding="utf-8")
    runner.invoke(cli, ["--index", ix, "ingest", str(paper.parent), "--prune"])
    result = runner.invoke(cli, ["--index", ix, "search", "budget"])
    assert result.exit_code == 1 and "holds no papers yet" in result.stderr, result.stderr
    # No ingest runs: the user is not told to wait for one (after a killed first ingest,
    # they had been); while one holds the write lock, they are.
    assert "none is running: an ingest stopped before its first commit" in result.stderr
    import fcntl

    with open(os.path.join(ix, "write.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        result = runner.invoke(cli, ["--index", ix, "search", "budget"])
    assert "an ingest running now adds papers as it goes" in result.stderr, result.stderr


def test_a_first_ingest_that_reads_nothing_leaves_no_index(runner, tmp_path):
    (tmp_path / "bad.pdf").write_bytes(b"not a pdf")
    ix = tmp_path / "ix"
    result = runner.invoke(cli, ["--index", str(ix), "ingest", str(tmp_path / "bad.pdf")])
    assert result.exit_code == 3 and "no index was made" in result.stderr
    assert not ix.exists()
    # A search then says there is no index, rather than finding nothing in an empty one.
    result = runner.invoke(cli, ["--index", str(ix), "search", "budget"])
    assert result.exit_code != 0 and "no index at" in result.stderr
    # A folder made beforehand is left, empty of docsearch's files.
    ix.mkdir()
    runner.invoke(cli, ["--index", str(ix), "ingest", str(tmp_path / "missing")])
    assert ix.is_dir() and not (ix / "CURRENT").exists()
    assert not [p for p in ix.iterdir() if p.name.startswith("gen-")]


def test_zero_results_suggest_a_correction(runner, tmp_path, small_corpus):
    ix = str(tmp_path / "ix")
    runner.invoke(cli, ["--index", ix, "ingest", str(small_corpus), "--workers", "0"])
    result = runner.invoke(cli, ["--index", ix, "search", "setlement"])
    assert result.exit_code == 0
    assert "did you mean: settlement" in result.output
    # A slip in one word of several still finds the others, and says what was meant, the
    # word as the papers print it nearest to the one typed.
    result = runner.invoke(cli, ["--index", ix, "search", "provisional setlement", "--json"])
    assert result.exit_code == 0 and "did you mean: provisional settlement" in result.stderr
    assert all(json.loads(line) for line in result.stdout.splitlines())
    assert "did you mean" not in runner.invoke(cli, ["--index", ix, "search", "provisional settlement"]).output
    # A word in no paper and near none is named, not dropped in silence.
    result = runner.invoke(cli, ["--index", ix, "search", "is the provisional settlement zyxwvut", "--json"])
    assert result.exit_code == 0 and "no paper has the word 'zyxwvut'" in result.stderr
    assert all(json.loads(line) for line in result.stdout.splitlines())
    assert "no paper has" not in runner.invoke(cli, ["--index", ix, "search", "kind:resolution settlement"]).stderr
    # Options that rule out every hit are named, when the words alone find papers.
    result = runner.invoke(cli, ["--index", ix, "search", "provisional settlement", "--body", "audit committee"])
    assert result.exit_code == 0 and "with --body 'audit committee'" in result.stderr
    assert "the words alone find papers" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["search", "budget"], "no index"),
    (["show", "abc"], "no index"),
    (["stats"], "no index"),
])
def test_missing_index_is_one_clear_line(runner, tmp_path, args, message):
    result = runner.invoke(cli, ["--index", str(tmp_path / "nothing")] + args)
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert "docsearch ingest" in result.output


def test_rebuild_with_no_index_yet_leaves_a_missing_index_not_a_strange_folder(runner, tmp_path):
    # The rebuild takes the write lock (a file in the index folder) before it finds there is
    # nothing to rebuild; the lock file does not make the folder "not an index".
    ix = str(tmp_path / "index")
    for args in (["rebuild"], ["search", "budget"], ["rebuild"]):
        result = runner.invoke(cli, ["--index", ix] + args)
        assert result.exit_code == 1 and "no index at" in result.output, (args, result.output)


def test_bad_paper_exit_code(runner, tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not really a pdf")
    result = runner.invoke(cli, ["--index", str(tmp_path / "ix"), "ingest", str(bad)])
    assert result.exit_code == 3
    assert "broken.pdf" in result.output and "Traceback" not in result.output
    split = runner.invoke(cli, ["split", str(bad)])
    assert split.exit_code == 1 and "broken.pdf" in split.output


def test_query_words_may_start_with_a_dash(runner, tmp_path, small_corpus):
    ix = str(tmp_path / "ix")
    assert runner.invoke(cli, ["--index", ix, "ingest", str(small_corpus)]).exit_code == 0
    every = _json_lines(runner.invoke(cli, ["--index", ix, "search", "devolution", "--json", "-n", "50"]).output)
    def says_mayor(hit):  # the word, not "mayoral" (another stem)
        return re.search(r"\bmayors?\b", hit["text"], re.I)

    assert any(says_mayor(h) for h in every)
    # "-mayor" and "-h..." are words of the query (exclusions), not options; -n is still one.
    for word in ("-mayor", "-Mayor"):
        result = runner.invoke(cli, ["--index", ix, "search", "devolution", word, "--json", "-n", "50"])
        assert result.exit_code == 0, result.output
        hits = _json_lines(result.output)
        assert hits and not any(says_mayor(h) for h in hits)
    assert runner.invoke(cli, ["--index", ix, "search", "budget", "-housing", "-n", "1"]).exit_code == 0
    mistyped = runner.invoke(cli, ["--index", ix, "search", "--limt", "5", "budget"])
    assert mistyped.exit_code == 2 and "No such option" in mistyped.output


def test_filters_say_what_they_left_out_for_want_of_a_date_or_council(runner, tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "minutes.txt").write_text(
        "KENT COUNTY COUNCIL\n\nMINUTES of a meeting of the Cabinet held in the Council Chamber on Thursday, "
        "30 January 2025.\n\nPresent: Mr R Gough\n\n1. Reserves policy\n(Item 1)\n\n"
        "RESOLVED that the reserves policy be approved.\n", encoding="utf-8")
    (folder / "appendix.txt").write_text(
        "Reserves Policy\n\nThe reserves policy sets the level of general reserves the council holds against risk.\n",
        encoding="utf-8")
    ix = str(tmp_path / "ix")
    assert runner.invoke(cli, ["--index", ix, "ingest", str(folder), "--workers", "0"]).exit_code == 0
    result = runner.invoke(cli, ["--index", ix, "search", "reserves policy", "--since", "2025-01-01"])
    assert result.exit_code == 0
    assert "print no meeting date, so the options left them out" in result.stderr
    # So do council: and date: in the query (council:kent had left out the papers naming
    # no council with no word said; a user test).
    for query, why in (("reserves policy council:kent", "name no council"),
                       ("reserves policy date:2025", "print no meeting date"),
                       ("kind:section,resolution reserves policy council:'kent county'", "name no council")):
        result = runner.invoke(cli, ["--index", ix, "search", *query.split(" ")])
        assert result.exit_code == 0 and f"{why}, so the filters left them out" in result.stderr, (query, result.stderr)
    # Without a filter on dates or councils, nothing to say.
    plain = runner.invoke(cli, ["--index", ix, "search", "reserves policy"])
    assert "left them out" not in plain.stderr


def test_progress_without_a_terminal_is_a_line_now_and_then(runner, tmp_path, small_corpus, monkeypatch):
    from docsearch import cli as cli_module

    monkeypatch.setattr(cli_module._Progress, "LOG_EVERY_SECONDS", 0.0)
    result = runner.invoke(cli, ["--index", str(tmp_path / "ix"), "ingest", str(small_corpus), "--workers", "0"])
    assert result.exit_code == 0
    assert "docsearch: 1/2 papers read" in result.stderr
    quiet = runner.invoke(cli, ["--index", str(tmp_path / "ix2"), "ingest", str(small_corpus), "--workers", "0", "-q"])
    assert "papers read" not in quiet.stderr


def test_ctrl_c_says_what_each_command_left(runner, tmp_path, monkeypatch):
    from docsearch.index import Index

    def interrupt(*_args, **_kwargs):
        raise KeyboardInterrupt

    for method in ("ingest", "rebuild", "search"):
        monkeypatch.setattr(Index, method, interrupt)
    said = {}
    for args in (["ingest", str(tmp_path)], ["rebuild", str(tmp_path)], ["search", "budget"]):
        result = runner.invoke(cli, ["--index", str(tmp_path / "ix"), *args])
        assert result.exit_code == 130, result.output
        said[args[0]] = result.output.strip()
    assert "holds everything committed" in said["ingest"]
    # A rebuild swaps its new index in only when complete: the live one is untouched.
    assert "as it was before the rebuild" in said["rebuild"] and "committed" not in said["rebuild"]
    assert said["search"] == "docsearch: interrupted"


def test_split_gives_the_ids_the_index_holds_for_a_relative_path(runner, tmp_path, small_corpus, monkeypatch):
    ix = str(tmp_path / "ix")
    runner.invoke(cli, ["--index", ix, "ingest", str(small_corpus), "--workers", "0"])
    name = sorted(p.name for p in small_corpus.iterdir())[0]
    monkeypatch.chdir(small_corpus)
    rows = _json_lines(runner.invoke(cli, ["split", name, "--json"]).output)
    assert rows
    for row in rows[:3]:
        result = runner.invoke(cli, ["--index", ix, "show", row["id"]])
        assert result.exit_code == 0, result.output
    # Or through a symbolic link to the folder.
    link = tmp_path / "link"
    link.symlink_to(small_corpus)
    linked = _json_lines(runner.invoke(cli, ["split", str(link / name), "--json"]).output)
    assert [r["id"] for r in linked] == [r["id"] for r in rows]


def test_a_body_list_with_commas_says_how_to_name_either(runner, tmp_path, small_corpus):
    # Kinds and councils take commas for either; a body's name may hold a comma itself.
    ix = str(tmp_path / "ix")
    runner.invoke(cli, ["--index", ix, "ingest", str(small_corpus), "--workers", "0"])
    for args in (["budget", "--body", "cabinet,scrutiny commission"], ["budget body:cabinet,audit"]):
        result = runner.invoke(cli, ["--index", ix, "search", *args])
        assert result.exit_code == 0 and "body:cabinet OR body:audit" in result.stderr, result.stderr
    result = runner.invoke(cli, ["--index", ix, "search", "budget body:cabinet OR body:\"scrutiny commission\""])
    assert result.exit_code == 0 and result.stdout.strip()


def test_colour_only_on_a_terminal_that_wants_it(monkeypatch):
    from docsearch.cli import _use_colour

    class Terminal:
        def isatty(self):
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert _use_colour(Terminal())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not _use_colour(Terminal())
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("TERM", "dumb")
    assert not _use_colour(Terminal())


def test_a_file_name_with_a_newline_or_an_escape_cannot_forge_output(runner, tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "bad\ndocsearch: ingest: 0 added, fake.pdf").write_bytes(b"not a pdf")
    (folder / "\x1b[31mred\x1b[0m.pdf").write_bytes(b"not a pdf either")
    (folder / "ok.txt").write_text("Budget Report\n\nThe budget was agreed.\n", encoding="utf-8")
    result = runner.invoke(cli, ["--index", str(tmp_path / "ix"), "ingest", str(folder), "--workers", "0"])
    assert result.exit_code == 3
    assert "\x1b" not in result.stderr and "\\x1b[31mred" in result.stderr
    lines = result.stderr.splitlines()
    assert not any(line.startswith("docsearch: ingest: 0 added, fake") for line in lines), lines
    assert any("bad\\ndocsearch: ingest: 0 added, fake.pdf" in line for line in lines)



def test_a_decisions_number_is_shown_as_a_decisions_and_a_minutes_as_a_minutes(runner, tmp_path):
    # "minute 24/00093" on a record of decision read as if minuted; it is the decision's.
    record = ("KENT COUNTY COUNCIL – RECORD OF DECISION\n\nDECISION TO BE TAKEN BY:\nMrs Sue Chandler, Cabinet Member "
              "for Integrated Children's Services\n\nDECISION NO:\n24/00093\n\nFor publication\n\n"
              "Subject Matter: Commissioned Family Hub Contracts\n\nDecision:\nAs Cabinet Member for Integrated "
              "Children's Services, I agree not to recommission the family hub contracts at Seashells and "
              "Millmead.\n\nSigned: Sue Chandler    Date: 17 January 2025\n")
    minutes = ("KENT COUNTY COUNCIL\n\nMINUTES of a meeting of the Cabinet held on Thursday, 9 January 2025.\n\n"
               "Present: Mr R Gough\n\n80. Family hubs update\n(Item 5)\n\nRESOLVED that the family hubs update "
               "be noted.\n")
    ix = _ingested(runner, tmp_path, {"record.txt": record, "minutes.txt": minutes})
    out = runner.invoke(cli, ["--index", ix, "search", "family", "hubs", "kind:resolution"]).output
    assert "· decision 24/00093 · resolution" in out and "· minute 80 · resolution" in out, out
    assert "minute 24/00093" not in out
