"""Stage 4: segments go into a Whoosh index; the index answers searches.

Layout of an index folder::

    index/
      CURRENT          name of the live generation ("gen-20261123-061500-1234")
      gen-.../         a Whoosh index plus docsearch.json (schema version)
      write.lock       held (flock) by the one process allowed to write

``ingest`` updates the live generation in place, committing every few papers: Whoosh
writes a commit's files first and its table of contents last (by rename), so a process
killed at any moment leaves the previous commit readable. ``rebuild`` builds a new
generation beside the live one and swaps ``CURRENT`` only when it is complete. An index
is never deleted to recover from an error.
"""

from __future__ import annotations

import datetime as dt
import errno
import fcntl
import gc
import json
import os
import re
import shutil
import stat
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import contextmanager, suppress

from .acronyms import Glossary
from .dates import dates_in_file_name
from .errors import (DocsearchError, IndexBusy, IndexCorrupt, IndexMissing, IndexOutdated, QueryError,
                     UnknownSegment, raised_in_whoosh)
from .model import Hit, IngestReport, PaperProblem, Segment, content_hash, council_initials

#: Bump when the schema or the meaning of stored fields changes, or when the splitter
#: cuts papers differently enough that an index of unchanged papers would hold the old
#: segments: older indexes then ask for ``docsearch rebuild`` instead of failing oddly.
#: 5: report headers and paper titles name more documents; listing sections procedural.
#: 6: councils, decision makers and headings found differently (numbered headings after
#: lists, repeated headings named by their section, list items and table rows not headings).
#: 7: a heading counted once beside its text (which opens with it), not twice; equality
#: assessments, "Circulated to", a county's full council, councils named once.
#: 8: papers record their council; a paper naming none takes the council its initials or kind match.
#: 9: paper titles wrapped after a comma or under a letterhead; contents lists procedural;
#: minute numbers with letters ("OSC47/24") indexed in lower case.
#: 10: a passage spelling out a name its paper abbreviates is found by the initials too;
#: "Declarations of Disclosable Pecuniary Interests" procedural.
#: 11: district and borough minutes (numbers after a committee's letters, records of
#: decisions, headers in fields), councils' names as printed, appendices after one
#: another named by their own titles, several decisions of one item told apart.
#: 12: exact copies of a record are kept unsearched beside the one printing searched;
#: ModernGov's pages of a decision's history hold an item of each meeting.
#: 13: web pages' numbered lists keep their numbers, and CMIS, officer, agenda-item and
#: draft-minutes pages are read; a number inside a PDF page, or a year, is text, not a
#: page number; decision numbers on records, proposed records and reports' recommendations;
#: papers dated by their covers; recommendations end before contacts; numbered sections
#: holding several items say so.
#: 14: a paper with nothing in it naming it is searched by its file name too; minutes and
#: web pages of more layouts read (labelled headers, boards agreeing, sub-items, CMIS
#: meeting pages, lists of decisions), and more site furniture left out.
#: 15: ``title:`` searches the title as shown, the report's name with it; letterheads,
#: signatures and planning applications' reports read; item titles end at their line.
#: 16: forward plans, hearing notices, lists of officers' decisions, records in packs,
#: lettered parts' decisions, questions with their answers read.
#: 17: bracketed minute numbers, adjourned and special meetings, urgent and portfolio
#: holder decisions, ModernGov's lists of decisions, supplementary agendas read; more
#: footers of text dumps left out.
#: 18: a compound ("re-offending") is also indexed as one word (see compounds); a part's
#: number opens its sentence; headers ending in their page's number left out, lines citing
#: a page kept; presentations' title slides, stopped and wrapped headings read.
#: 19: a paragraph's first line is no heading; titles and headings in capitals wrapped for
#: width read whole.
#: 20: a paper that dates nothing takes the meeting of the papers beside it that its file
#: name dates, and one that names no council its meeting's; papers record the meetings
#: they print; a section of several agenda items is titled by each item's name.
#: 21: segments record what they took from the papers beside them, and papers how they
#: call their council, so that a later run can place them again.
#: 22: segments keep how they are listed under "also in" in a column of their own.
SCHEMA_VERSION = 22

#: Progress callback: (event, detail, done, total). Events: "start", "read", "waiting"
#: (no paper finished for a while: those being read), "failed", "skipped", "removed",
#: "commit", "writing" (the papers written at the end of the run, once placed).
Progress = Callable[[str, str, int, int], None]

# Commit after this many papers or seconds, whichever comes first: a killed ingest
# loses at most one batch, and a re-run picks it up by hash.
COMMIT_EVERY_PAPERS = 25
COMMIT_EVERY_SECONDS = 20.0
# Papers that wait for the end of the run to be placed among the meetings of the papers
# beside them (see _meeting_of) are held in memory; past this many, the longest waiting
# is placed by what is known by then, written, and placed again from its records at the
# end. (Kent's 131 papers hold 89 so, with no rise in the ingest's peak memory.)
UNPLACED_AT_MOST = 200
# Whoosh's buffer of postings before it writes a run to disk. Measured on Kent papers
# (benchmarks/profile_ingest.py): 64 MB to 1 GB index at the same speed, so the buffer is
# kept small enough to bound the parent's memory on a big ingest; one writer process
# while the readers read (procs=2 commits twice as slowly, and the readers need the
# second core), two once they are done (see _write_in_two).
WRITER_MB = 128
# From this many records, the papers written after the last paper is read (those that
# waited to be placed) are written by two processes at once (see _write_in_two); for
# fewer (a second or less of writing) a fork and a Whoosh segment more are not worth it.
WRITE_IN_TWO_FROM = 300


def _whoosh():
    # Whoosh is imported when an index is opened, not with this module: a re-ingest
    # with nothing new answers from the manifest (see MANIFEST) without it.
    from whoosh import index

    return index


def _schema():
    from whoosh.analysis import IDTokenizer, LowercaseFilter, StandardAnalyzer
    from whoosh.columns import PickleColumn, VarBytesColumn
    from whoosh.fields import COLUMN, DATETIME, ID, STORED, TEXT, Schema

    from .compounds import stem_analyzer

    stem = stem_analyzer()  # Whoosh's StemmingAnalyzer, and compounds joined (see compounds)
    plain = StandardAnalyzer(stoplist=None)
    return Schema(
        id=ID(stored=True, unique=True),
        # "segment", "passage" (part of a long segment, see PASSAGE_WORDS) or "paper"
        # (one record per paper).
        doctype=ID(stored=True),
        paper=ID(stored=True),  # the paper's absolute path
        kind=ID(stored=True),
        # The segment's own heading, and the report it belongs to; both are also part of
        # ``content``, which plain words search (see _searchable).
        title=TEXT(analyzer=stem),
        document=TEXT(analyzer=stem, stored=True),
        label=STORED,  # the title as displayed: document and heading
        # One analysed copy of the text: stemmed, with positions for phrases. An exact
        # phrase is found on it and then checked against the stored (unstemmed) text,
        # which costs far less than indexing the text a second time unstemmed.
        content=TEXT(analyzer=stem, phrase=True),
        council=TEXT(analyzer=plain, stored=True),
        body=TEXT(analyzer=plain, stored=True),
        meeting_date=DATETIME(stored=True),
        # The fields taken from the papers beside it, not read from it (see Segment.placed):
        # what a later run puts back to the paper's own reading before placing it again.
        placed=STORED,
        # In lower case for the filter: "minute:osc47/24" finds "OSC47/24".
        minute=ID(stored=True, analyzer=IDTokenizer() | LowercaseFilter()),
        parent=ID(stored=True),
        of=ID(stored=True),  # a passage's segment
        dupkey=ID(stored=True),
        # The key of the record's exact copies (see copy_key); and, on a copy (see
        # _mend_copies), the same key again: a copy's words are not indexed, since the
        # one printing of it that is stands for all.
        copy=ID(stored=True),
        bare=ID(stored=True),
        procedural=ID(stored=True),
        source=STORED,
        pages=STORED,
        lines=STORED,
        text=STORED,
        sentences=STORED,
        context=STORED,
        aka=STORED,  # the acronyms added to ``content``, {initials: name} (see _searchable)
        # How a segment is listed under "also in" (see copy_listing): read for each of a
        # hit's copies without their stored fields, text and all.
        listing=COLUMN(PickleColumn(VarBytesColumn())),
        # Paper records only:
        digest=ID(stored=True),
        status=ID(stored=True),
        reason=STORED,
        segments=STORED,
        page_count=STORED,
        acronyms=STORED,  # the paper's, {initials: name}: to index a copy's words again
        named=STORED,  # the name it is searched by, if from its file (see paper_name): the same
        meetings=STORED,  # the meetings it prints, [[date, body, council]] (see _meeting_of)
        # How it calls its council when it names none ("KCC"; see _council_hinted), and
        # whether it takes anything from the papers beside it (see _placeable): what a
        # later run needs to place it again.
        hints=STORED,
        placeable=STORED,
        council_beside=STORED,  # the council it took so (its own is ``council``)
    )


def needs_rebuild(meta: dict | None) -> bool:
    """True when an index's stored metadata says it was written by another schema."""
    return not meta or meta.get("schema_version") != SCHEMA_VERSION


# Procedural items rank below substance unless the query asks for them.
PROCEDURAL_TITLE = re.compile(
    r"^(?:\d+\.\s*)?(?:apologies|(?:declarations?|disclosures?)\s+of\s+(?:[\w'’]+\s+){0,3}?(?:interests?|pecuniary)|"
    r"minutes\s+of\s+(?:the\s+)?(?:previous|last)\s+meeting|minutes\s+of\s+the\s+meeting\s+held|"
    r"(?:date|dates)\s+of\s+(?:the\s+)?next\s+meeting|urgent\s+(?:items?|business)|"
    r"any\s+other\s+(?:urgent\s+)?business|chairman'?s\s+announcements|"
    r"exclusion\s+of\s+(?:the\s+)?press|questions?\s+(?:from|by)\s+members|substitutes|"
    r"apologies\s+and\s+substitutes|election\s+of\s+(?:vice[- ])?chair|membership)", re.I)


# A report's furniture sections: lists of its appendices and background papers, its
# contents, who to contact. They name every subject of the report and answer none.
LISTING_HEADING = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s*)?(?:appendices|list\s+of\s+appendices|background\s+(?:papers|documents)|attached\s+documents|"
    r"(?:table\s+of\s+)?contents|officers?\s+to\s+contact|contact\s+(?:details|officers?)|"
    r"report\s+authors?)(?:\s*\(continued\))?\s*:?\s*$", re.I)


# A line of a contents list: a section's name, then its number or page, or both
# ("Council Tax 6 20").
_CONTENTS_LINE = re.compile(r"^[A-Za-z].*?[A-Za-z’')]\s+(\d{1,3})(?:\s+\d{1,3})?\s*$")


def _is_contents(text: str) -> bool:
    """A report's contents list, printed under no heading that says so ("Section Page"):
    most of its lines end in a number, and the numbers (the sections', where pages are
    printed too) run upwards. A table of counts ("Completed survey on climate action
    546") does not run upwards."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    numbers = []
    for ln in lines:
        m = _CONTENTS_LINE.match(ln)
        if m:
            numbers.append(int(m.group(1)))
    return (len(numbers) >= 5 and len(numbers) >= 0.6 * len(lines)
            and all(a <= b for a, b in zip(numbers, numbers[1:])))


def same_words_key(text: str) -> str:
    """A key equal for texts of the same words, whatever their spacing, case and
    punctuation: the same text printed twice (see search, "also in")."""
    import hashlib

    words = re.findall(r"[a-z0-9]+", text.lower())
    return hashlib.blake2b(" ".join(words).encode(), digest_size=8).hexdigest()


def copy_key(seg: Segment, content: str) -> str:
    """The key shared by the exact copies of a segment in one meeting's papers: the same
    searchable words (heading, report and text) of the same kind, for the same council,
    body, meeting and minute. A report printed in its agenda pack and published alone, or
    a folder of papers ingested twice, hold such copies; they score alike for any query,
    so only one printing is searched (see _mend_copies) and search lists the others under
    it. The same appendix for another meeting (in the Cabinet's pack and the Council's),
    and the same words of another record ("RESOLVED that planning permission be GRANTED
    ..." for each application) have other keys."""
    import hashlib

    date = seg.meeting_date.isoformat() if seg.meeting_date else ""
    record = "\n".join([content, seg.kind, seg.council or "", seg.body or "", date, seg.minute or ""])
    return hashlib.blake2b(record.encode("utf-8", "surrogateescape"), digest_size=10).hexdigest()


#: The words of segments longer than this are indexed as passages of about
#: PASSAGE_WORDS, cut at sentence ends. A long minute (a 3,000-word debate) otherwise
#: loses to every short text that mentions the query's words once: BM25 divides by
#: length. A passage that matches stands for its whole segment in the results.
PASSAGE_MIN_WORDS = 600
PASSAGE_WORDS = 250


def _heading(seg: Segment) -> str:
    """The segment's own heading: its title without the report name it starts with."""
    if seg.document and seg.title.startswith(seg.document + ": "):
        return seg.title[len(seg.document) + 2:]
    if seg.document and seg.title.endswith(": " + seg.document):  # "Recommendations: <report>"
        return seg.title[:-len(seg.document) - 2]
    return seg.title


def _searchable(heading: str, document: str | None, text: str,
                glossary: Glossary | None = None) -> tuple[str, dict[str, str]]:
    """The text words are searched in: the heading, the name of the report the section is
    in, and the text. A word in a section's heading says more about it than the same word
    in its text (BM25F's title weight, folded into one field so that a word in both is
    scored as one word found); the text opens with its heading, so a heading's words count
    twice. (Three times was better before headings were mended; now twice is better on
    all four query sets.) The acronyms its paper defines for names the text spells out
    follow (see acronyms); they are returned too, {initials: name}, to be stored: search
    tells by them an ordinary word from initials, and marks the name in a snippet."""
    searchable = "\n".join([heading, document or "", text])
    aka = {initials: glossary.names[initials] for initials in glossary.also_known_as(searchable)} if glossary else {}
    return (searchable + "\n" + " ".join(aka) if aka else searchable), aka


#: Dates and times in a file name ("2025-01-30", "13th-Feb-2025", "10.00", "21.01.25"):
#: the meeting's date is read from the paper, and "2025" in every one of its sections
#: would match every query about 2025-26.
FILE_NAME_DATE = re.compile(r"\b(?:\d{4}-\d\d-\d\d|\d\d?(?:st|nd|rd|th)?-[A-Za-z]{3,9}-\d{4}"
                            r"|\d\d?\.\d\d(?:\.\d\d(?:\d\d)?)?)\b")


def paper_name(segments: list[Segment], source: str) -> str | None:
    """The name a paper is searched by when nothing in it names it: its file name. A plan
    or strategy published on its own, its cover left out of the text ("3. Vision", "5.
    Clean, Green Future" and no "Strategic Plan 2022-26" above them), is found by the
    name people know it by only through the name it was published under. Only papers
    wholly of such sections: a report, a pack or minutes name themselves, and their file
    names ("Printed minutes", "Public reports pack") say less than their text."""
    if not segments or any(seg.kind != "section" or seg.document for seg in segments):
        return None
    name = os.path.splitext(os.path.basename(source))[0].replace("_", " ")
    return " ".join(FILE_NAME_DATE.sub(" ", name).split()) or None


def _segment_docs(seg: Segment, paper_key: str, sentences, glossary: Glossary | None = None,
                  named: str | None = None) -> list[dict]:
    """The index records of one segment: the segment, and its passages if it is long.
    ``named``: the paper's name when the segment names no report (see paper_name)."""
    from .clean import normalise

    heading = normalise(_heading(seg))
    text = normalise(seg.text)
    document = seg.document or named
    content, aka = _searchable(heading, document, text, glossary)
    # Copies are known by their own words: a plan printed in a pack and alone is one text
    # though the two files are named differently.
    own = content if document == seg.document else _searchable(heading, seg.document, text, glossary)[0]
    doc = {
        "id": seg.id,
        "doctype": "segment",
        "paper": paper_key,
        "kind": seg.kind,
        # ``title:`` looks in the title as shown ("Recommendations: English Devolution
        # White Paper"), the report's name included; ranking reads the heading in content.
        "title": normalise(seg.title),
        "label": seg.title,
        "content": content,
        "source": seg.source,
        "pages": list(seg.pages) if seg.pages else None,
        "lines": list(seg.lines) if seg.lines else None,
        "text": seg.text,
        "sentences": sentences,
        "dupkey": same_words_key(seg.text),
        "copy": copy_key(seg, own),
        "procedural": "yes" if PROCEDURAL_TITLE.match(re.sub(r"^(Resolution|Recommendations?): ", "", seg.title))
                      or LISTING_HEADING.match(heading) or _is_contents(seg.text) else "no",
        "context": seg.context,
    }
    for name in ("council", "body", "minute", "parent", "document"):
        value = getattr(seg, name)
        if value:
            doc[name] = value
    if aka:
        doc["aka"] = aka
    if seg.meeting_date:
        doc["meeting_date"] = dt.datetime.combine(seg.meeting_date, dt.time())
    if seg.placed:
        doc["placed"] = list(seg.placed)
    doc["listing"] = copy_listing(doc, seg)
    docs = [doc]
    if sentences and len(seg.text.split()) > PASSAGE_MIN_WORDS:
        # The passages carry the words (the text is indexed once) and what filters and
        # ranking need; the rest is read from the segment's record.
        del doc["content"]
        shared = {k: doc[k] for k in ("paper", "kind", "title", "procedural", "council", "body",
                                      "minute", "document", "meeting_date") if k in doc}
        doc.pop("aka", None)
        for n, (start, end, spans) in enumerate(_passages(seg.text, sentences)):
            text = seg.text[start:end]
            content, aka = _searchable(heading, document, normalise(text), glossary)
            docs.append(dict(shared, id=f"{seg.id}~{n}", doctype="passage", of=seg.id, content=content, text=text,
                             sentences=[(a - start, b - start) for a, b in spans], **({"aka": aka} if aka else {})))
    return docs


def _as_copy(doc: dict) -> dict:
    """A segment's record as an exact copy of one searched (see _mend_copies): stored,
    with no words indexed and no passages."""
    return {k: v for k, v in doc.items() if k not in ("content", "title")} | {
        "bare": doc["copy"], "listing": doc.get("listing") or copy_listing(doc)}  # (stored fields hold no column)


def _printing_order(fields: dict) -> tuple[str, str]:
    """The order in which printings of a text are chosen to be the one searched, when
    none is: by file name (then id, for two printings in one paper)."""
    return fields.get("source", ""), fields["id"]


def _paper_words(searcher, paper: str) -> tuple[Glossary, str | None]:
    """The acronyms a paper defines and the name it is searched by (see paper_name),
    from its paper record."""
    record = searcher.document(id=f"paper:{paper}") or {}
    return Glossary(record.get("acronyms") or {}), record.get("named")


def _search_again(writer, fields: dict, words: tuple[Glossary, str | None]) -> None:
    """Indexes the words of a copy's record again (its stored fields), as the printing
    searched: the one that was is gone. ``words``: its paper's (see _paper_words)."""
    writer.delete_by_term("id", fields["id"])
    for doc in _segment_docs(segment_from_stored(fields), fields["paper"], fields.get("sentences"), *words):
        writer.add_document(**doc)


def _searched_keys(searcher) -> set[str]:
    """The copy keys of the records whose words are searched, read from the postings
    (the terms alone would count records deleted and not yet merged away: a paper
    pruned and then restored would be written as a copy of its own deleted record)."""
    keys: set[str] = set()
    for leaf, _ in searcher.reader().leaf_readers():
        bare: set[int] = set()
        for term in leaf.lexicon("bare"):
            bare.update(leaf.postings("bare", term).all_ids())
        for term in leaf.lexicon("copy"):
            if any(not leaf.is_deleted(n) and n not in bare for n in leaf.postings("copy", term).all_ids()):
                keys.add(term.decode("utf-8"))
    return keys


def _mend_copies(ix) -> int:
    """Leaves one searched record of each exact copy (see copy_key): the others are
    kept as copies (``bare``), their words not indexed, and search lists them under the
    one it finds. Without this, a folder holding each paper twice fills the candidates
    with pairs and a search shows fewer hits than asked for; a ranking that kept one of
    each copy among the candidates made searches of the benchmark's 10x corpus twice as
    slow (README, "Tried and not kept"). The printing kept is the one already searched,
    else the first by file name; when it is gone (its paper replaced or dropped), a
    copy's words are indexed again.

    Ingest writes a copy of a record already searched as a copy from the start, and
    searches a copy again in the commit that drops the printing searched; this runs
    after its last commit for what is left (two printings searched, a copy in a paper
    written in the same commit as the printing's drop). The next ingest runs it if a run
    stopped short of it, whether or not it has papers to read. Returns how many records
    changed."""
    with ix.searcher() as s:
        # Counted in each of Whoosh's segments (its whole-index term lookup asks every
        # segment for every term: ten times slower). Terms of deleted records count until
        # their segment is merged: a key that looks shared may have one record left.
        held: Counter[bytes] = Counter()
        for leaf, _ in s.reader().leaf_readers():
            held.update({key: info.doc_frequency() for key, info in leaf.iter_field("copy")})
        keys = {key.decode("utf-8") for key, count in held.items() if count > 1}
        keys.update(s.reader().field_terms("bare"))
        changes = []
        for key in sorted(keys):
            printings = set(s.document_numbers(copy=key))
            if len(printings - set(s.document_numbers(bare=key))) == 1:
                continue  # one printing searched, the others copies: as it should be
            records = sorted((f for f in (s.stored_fields(n) for n in printings)
                              if f.get("doctype") == "segment"), key=_printing_order)
            searched = [f for f in records if not f.get("bare")]
            keep = searched[0] if searched else records[0] if records else None
            changes += [(f, f is keep) for f in records if (f is keep) == bool(f.get("bare"))]
        words = {fields["paper"]: _paper_words(s, fields["paper"]) for fields, searched in changes if searched}
    if not changes:
        return 0
    writer = ix.writer(timeout=5.0, limitmb=WRITER_MB, compound=False)
    try:
        for fields, searched in changes:
            if searched:
                _search_again(writer, fields, words[fields["paper"]])
            else:
                writer.delete_by_term("id", fields["id"])
                writer.delete_by_term("of", fields["id"])  # its passages
                writer.add_document(**_as_copy(fields))
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    return len(changes)


def _passages(text: str, sentences) -> list[tuple[int, int, list]]:
    """Cut a text into runs of whole sentences of about PASSAGE_WORDS words."""
    out = []
    run: list = []
    words = 0
    for span in sentences:
        run.append(span)
        words += len(text[span[0]:span[1]].split())
        if words >= PASSAGE_WORDS:
            out.append((run[0][0], run[-1][1], run))
            run, words = [], 0
    if run:
        if out and words < PASSAGE_WORDS // 3:  # a short tail joins the passage before it
            start, _, spans = out.pop()
            out.append((start, run[-1][1], spans + run))
        else:
            out.append((run[0][0], run[-1][1], run))
    return out


def _segment_fields(searcher, segment_id: str) -> dict:
    """A segment's stored fields, by its id or the start of it (at least SHORTEST_ID
    characters, as long as one segment's id starts so: people copy the first few, as they
    do a commit's). Raises UnknownSegment."""
    fields = searcher.document(id=segment_id)
    if (not fields or fields.get("doctype") != "segment") and SHORTEST_ID <= len(segment_id) < ID_LENGTH:
        from whoosh import query as wq

        starting = [searcher.stored_fields(n)
                    for n in wq.And([wq.Prefix("id", segment_id), wq.Term("doctype", "segment")]).docs(searcher)]
        if len(starting) > 1:
            raise UnknownSegment(f"{len(starting)} segments have an id starting {segment_id!r}; give more of it")
        fields = starting[0] if starting else None
    if not fields or fields.get("doctype") != "segment":
        short = f" (give at least {SHORTEST_ID} of its characters)" if len(segment_id) < SHORTEST_ID else ""
        raise UnknownSegment(f"no segment with id {segment_id!r}{short}")
    return fields


#: A segment's id is this many hex digits; ``show`` takes at least SHORTEST_ID of them.
ID_LENGTH = 12
SHORTEST_ID = 4


def segment_from_stored(fields: dict) -> Segment:
    """Rebuild a :class:`Segment` from an index's stored fields."""
    date = fields.get("meeting_date")
    pages = fields.get("pages")
    lines = fields.get("lines")
    return Segment(
        id=fields["id"],
        kind=fields.get("kind", "section"),
        title=fields.get("label", ""),
        text=fields.get("text", ""),
        source=fields.get("source", ""),
        council=fields.get("council"),
        body=fields.get("body"),
        meeting_date=date.date() if isinstance(date, dt.datetime) else date,
        minute=fields.get("minute"),
        parent=fields.get("parent"),
        pages=tuple(pages) if pages else None,
        lines=tuple(lines) if lines else None,
        context=fields.get("context", ""),
        document=fields.get("document"),
        placed=tuple(fields.get("placed") or ()),
    )


def copy_entry(seg: Segment) -> dict:
    """A copy's line under "also in": where it is printed, and for which meeting."""
    return {"id": seg.id, "source": seg.source, "body": seg.body,
            "meeting_date": seg.meeting_date.isoformat() if seg.meeting_date else None,
            "pages": list(seg.pages) if seg.pages else None,
            "lines": list(seg.lines) if seg.lines else None}


def copy_listing(fields: dict, seg: Segment | None = None) -> tuple:
    """How a segment's record (its fields as written or stored; ``seg``, the segment they
    were written from, if at hand) is listed under another printing's "also in": its
    copy_entry's values (in LISTED order), its parent and its words' key. Kept in a
    column (``listing``): on the 10x corpus, reading each copy's stored fields (its text
    among them) to list it took a quarter of the warm searches' time. (A tuple, not a
    dict: the column holds one a record, its keys would add half.)"""
    seg = seg or segment_from_stored(fields)
    entry = copy_entry(seg)
    return tuple(entry[k] for k in LISTED) + (seg.parent, words_key_of(fields))


#: The keys of a copy_entry, in the order copy_listing keeps their values.
LISTED = ("id", "source", "body", "meeting_date", "pages", "lines")


def words_key_of(fields: dict) -> str:
    """A record's words' key (see same_words_key): the one stored at ingest, since
    working it out again from a copy's text cost the 10x corpus's searches 7% of their
    time."""
    return fields.get("dupkey") or same_words_key(fields.get("text", ""))


#: Files in a papers folder that describe the folder rather than being papers.
FOLDER_NOTES = ("readme.md", "readme.txt", "readme")


def collect_papers(paths: Iterable[str], report: IngestReport | None = None,
                   unreadable: list[str] | None = None) -> list[tuple[str, str]]:
    """The papers under ``paths`` (files, or folders searched recursively), as
    (absolute path, path as given) pairs. Files in a folder that docsearch cannot read
    are listed in ``report.skipped``; paths that do not exist, files named in ``paths``
    that are not papers, and folders that cannot be listed, in ``report.failed`` (the
    folders' absolute paths also in ``unreadable``: their papers are not gone)."""
    from .extract import is_supported

    found: dict[str, str] = {}

    def unlisted(err: OSError) -> None:
        # os.walk passes over a folder it may not list without a word; its papers would
        # then look deleted, and --prune would drop them.
        if unreadable is not None:
            unreadable.append(os.path.abspath(err.filename))
        if report is not None:
            report.failed.append(PaperProblem(err.filename, f"cannot read this folder: {err.strerror or err}; "
                                                            "its papers were not read (nor pruned)"))

    def consider(path: str, name: str, named: bool = False) -> None:
        problem = None
        if not os.path.exists(path):
            problem = PaperProblem(path, "broken link")
        elif not stat.S_ISREG(os.stat(path).st_mode):
            # A named pipe or a device would block the first read for ever.
            problem = PaperProblem(path, "not a regular file (a pipe or device?)")
        elif is_supported(name):
            found.setdefault(os.path.abspath(path), path)
        elif named:
            # A file the user named is meant as a paper: say it was not read (exit 3),
            # where a folder's other files are only listed as skipped.
            problem = PaperProblem(path, "not a kind of paper docsearch reads (.pdf, .txt, .text, .md, .html, .htm)")
        elif report is not None:
            report.skipped.append(PaperProblem(path, "unknown file type"))
        if problem is not None and report is not None:
            report.failed.append(problem)

    for given in paths:
        if os.path.isdir(given):
            for root, dirs, files in os.walk(given, followlinks=False, onerror=unlisted):
                # A docsearch index inside the folder (the default ./index when ingesting
                # ".") holds no papers: its files are not listed as skipped on every run.
                dirs[:] = sorted(d for d in dirs
                                 if not d.startswith(".") and not _is_index_folder(os.path.join(root, d)))
                # A link to a folder is not followed (it may loop, or lead out of the
                # papers), and is listed as skipped rather than passed over unsaid.
                for d in [d for d in dirs if os.path.islink(os.path.join(root, d))]:
                    dirs.remove(d)
                    if report is not None:
                        report.skipped.append(PaperProblem(os.path.join(root, d),
                                                           "a link to a folder, not followed (name the folder to read it)"))
                for name in sorted(files):
                    # A folder's README describes the papers; it is not one of them.
                    if name.startswith(".") or name.lower() in FOLDER_NOTES:
                        continue
                    consider(os.path.join(root, name), name)
        elif os.path.lexists(given):
            consider(given, given, named=True)
        elif report is not None:
            report.failed.append(PaperProblem(given, "no such file or folder"))
    return sorted(found.items(), key=lambda kv: kv[1])


def _is_index_folder(path: str) -> bool:
    """A docsearch index: its CURRENT file and generation folders."""
    return os.path.isfile(os.path.join(path, "CURRENT")) and any(
        n.startswith("gen-") for n in os.listdir(path))


#: A generation's list of the papers it holds, {path: [digest, source]}, written after
#: each commit with the number of the commit it describes. A re-ingest that finds every
#: paper unchanged answers from it without opening Whoosh; when it is missing or names
#: another commit (a run killed between the two writes), the index itself is read. It
#: also records the size of each of that commit's segment files ("files"): Whoosh never
#: changes a segment file once written, so one of another size has been cut short or
#: overwritten, which ``stats`` checks at the cost of a stat per file.
MANIFEST = "papers.json"


def _kept(report: IngestReport) -> IngestReport:
    """A rebuild's report when its new index was dropped and the old one kept: the papers
    it read changed nothing (before, it said "9 added; 1330 segments indexed" under "the
    index was kept as it was")."""
    report.unchanged = report.added + report.replaced + report.unchanged
    report.added, report.replaced, report.segments = [], [], 0
    return report


def _whoosh_failure(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}" + (f": {os.path.basename(str(exc.filename))}" if exc.filename else "")
    name = type(exc).__name__
    if name == "error":  # struct.error, zlib.error: the module says what
        name = f"{type(exc).__module__}.error"
    return f"{exc}" if name == "Exception" and str(exc) else f"{name}: {exc}"


def _read_json(path: str):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return None


def _latest_commit(gen: str) -> int | None:
    # Whoosh names each commit's table of contents _MAIN_<number>.toc.
    numbers = [int(m.group(1)) for name in os.listdir(gen) if (m := re.fullmatch(r"_MAIN_(\d+)\.toc", name))]
    return max(numbers) if numbers else None


def _read_manifest(gen: str) -> dict[str, list] | None:
    data = _read_json(os.path.join(gen, MANIFEST))
    if not isinstance(data, dict) or data.get("commit") is None or data.get("commit") != _latest_commit(gen):
        return None
    papers = data.get("papers")
    return papers if isinstance(papers, dict) else None


def _segment_files(gen: str, commit: int) -> dict[str, int]:
    """The files of the segments commit ``commit`` holds, with their sizes (files of
    segments merged away and not yet deleted are left out)."""
    from whoosh.filedb.filestore import FileStorage
    from whoosh.index import TOC

    toc = TOC.read(FileStorage(gen), "MAIN", gen=commit)
    live = {seg.segment_id() for seg in toc.segments}
    files = {}
    for name in os.listdir(gen):
        m = re.fullmatch(r"(MAIN_[0-9a-z]+)\.[A-Za-z0-9_.]+", name)  # Whoosh's segment file names
        if m and m.group(1) in live:
            files[name] = os.path.getsize(os.path.join(gen, name))
    return files


def _run_finished(gen: str) -> bool:
    """Whether the latest commit was followed by the end of its run's work: papers placed
    again among their meetings, and copies mended (see _mend_copies)."""
    data = _read_json(os.path.join(gen, MANIFEST))
    return isinstance(data, dict) and data.get("commit") == _latest_commit(gen) and data.get("finished") is True


def _write_manifest(gen: str, held: dict[str, list], finished: bool = False) -> None:
    commit = _latest_commit(gen)
    data: dict = {"commit": commit, "papers": held, "finished": finished}
    try:
        data["files"] = _segment_files(gen, commit)
    except Exception:  # noqa: BLE001 - only a check's data: the commit itself is done
        pass
    tmp = os.path.join(gen, MANIFEST + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh)
    os.replace(tmp, os.path.join(gen, MANIFEST))


class Index:
    """A docsearch index in a folder: ingest papers, rebuild, search, get, stats.

    Opening does not touch the disk; each operation opens what it needs, so an ``Index``
    is cheap to make and safe to keep. Searches keep one Whoosh searcher open between
    calls (``close()`` lets it go); it follows new commits and rebuilds by itself. An
    ``Index`` may be shared between threads: its searches take turns on that searcher
    (a Whoosh searcher is not safe to use from two threads at once).
    """

    def __init__(self, path: str | os.PathLike = "index"):
        if not isinstance(path, (str, os.PathLike)):
            raise TypeError(f"Index(path): a folder's path as a string or path object, not {type(path).__name__}")
        self.path = os.path.abspath(path)
        self._kept = None  # (generation folder, Whoosh searcher, schema)
        self._turn = threading.RLock()  # one thread at a time on the kept searcher

    def close(self) -> None:
        """Close the searcher kept open between searches, if any."""
        with self._turn:
            if self._kept is not None:
                self._kept[1].close()
                self._kept = None

    def __enter__(self) -> "Index":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- storage ------------------------------------------------------------------------

    def _current(self) -> str | None:
        if os.path.exists(self.path) and not os.path.isdir(self.path):
            raise DocsearchError(f"{self.path} is a file, not an index folder; pass --index DIR")
        try:
            with open(os.path.join(self.path, "CURRENT"), encoding="utf-8") as fh:
                name = fh.read().strip()
        except FileNotFoundError:
            return None
        return os.path.join(self.path, name) if name else None

    def exists(self) -> bool:
        gen = self._current()
        return bool(gen and os.path.isdir(gen))

    def _open(self, gen: str | None = None):
        gen = gen or self._current()
        if gen and not os.path.isdir(gen):
            self._refuse_a_foreign_folder()
            # CURRENT names a generation that is gone (deleted by hand, a restore from a
            # partial backup): the papers are not in the index, whatever it says.
            raise IndexCorrupt(f"the index at {self.path} names a generation that is missing "
                               f"({os.path.basename(gen)})")
        if not gen:
            self._refuse_a_foreign_folder()
            raise IndexMissing(f"no index at {self.path}")
        self._check_version(gen)
        try:
            return _whoosh().open_dir(gen)
        except Exception as exc:  # noqa: BLE001 - Whoosh raises many types for a bad index
            raise IndexCorrupt(f"the index at {self.path} is damaged (Whoosh cannot open it: "
                               f"{_whoosh_failure(exc)})") from None

    @contextmanager
    def _reading(self):
        """Whoosh failing while it answers (a posting file cut short: the searcher opens,
        and the first term read fails) means the index is damaged: IndexCorrupt, naming
        the index, rather than whatever Whoosh raised. A file docsearch may not read is
        not damage, and is left to say so."""
        try:
            yield
        except DocsearchError:
            raise
        except Exception as exc:  # noqa: BLE001 - Whoosh raises many types for a bad index
            if not raised_in_whoosh(exc) or (isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM)):
                raise
            raise IndexCorrupt(f"the index at {self.path} is damaged (Whoosh cannot read it: "
                               f"{_whoosh_failure(exc)})") from exc

    def _refuse_a_foreign_folder(self) -> None:
        """A folder of other things (a folder of papers named by mistake) is not an index,
        and docsearch writes nothing into it. Its own lock file and generation folders are
        not "other things": a first run that stopped before its first commit leaves them."""
        gen = self._current()  # a file, not a folder: says so
        if not os.path.isdir(self.path):
            return
        # (Another program's folder may hold a CURRENT file too: LevelDB's names its
        # "MANIFEST-000001". Ours names a generation, "gen-...".)
        ours = gen is not None and os.path.basename(gen).startswith("gen-")
        if ours or gen is None and os.path.exists(os.path.join(self.path, "CURRENT")):
            return
        if any(n != "write.lock" and not n.startswith(("gen-", "CURRENT")) for n in os.listdir(self.path)):
            held = "no CURRENT file" if gen is None else "a CURRENT file that is not docsearch's"
            raise DocsearchError(f"{self.path} is not a docsearch index (it holds other files and {held}); "
                                 "pass --index with an index folder, or a new one to build")

    def _check_version(self, gen: str) -> None:
        try:
            with open(os.path.join(gen, "docsearch.json"), "rb") as fh:
                raw = fh.read()
        except FileNotFoundError:
            raw = None  # an index from before docsearch.json: another version
        meta = None
        if raw is not None:
            try:
                meta = json.loads(raw)
            except ValueError:  # garbage, cut short, not UTF-8
                meta = None
            if not isinstance(meta, dict):
                # Damaged, not written by another version (every version wrote a JSON
                # object). Whoosh's files, which list the papers, may be sound.
                raise IndexCorrupt(f"the index at {self.path} is damaged (its docsearch.json is not a "
                                   "JSON object; cut short or overwritten?)", plain_rebuild=True)
        if needs_rebuild(meta):
            # The index's own number and this docsearch's: "another version" alone read as
            # wrong when --version printed the same for both (the number counts changes to
            # what an index holds, which come between releases).
            was = meta.get("schema_version") if meta else None
            held = f"index format {was}" if isinstance(was, int) else "an index format without a number"
            raise IndexOutdated(f"the index at {self.path} was written by another version of docsearch "
                                f"({held}; this one reads format {SCHEMA_VERSION})")

    def _new_generation(self) -> str:
        os.makedirs(self.path, exist_ok=True)
        # Names sort by creation time; the nanoseconds keep two rebuilds in one second apart.
        name = time.strftime("gen-%Y%m%d-%H%M%S") + f"-{time.time_ns() % 10**9:09d}-{os.getpid()}"
        gen = os.path.join(self.path, name)
        os.makedirs(gen)
        _whoosh().create_in(gen, _schema())
        with open(os.path.join(gen, "docsearch.json"), "w", encoding="utf-8") as fh:
            json.dump({"schema_version": SCHEMA_VERSION, "created": time.time()}, fh)
        return gen

    def _swap_to(self, gen: str) -> None:
        tmp = os.path.join(self.path, "CURRENT.tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(os.path.basename(gen) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, os.path.join(self.path, "CURRENT"))

    def _drop_old_generations(self, keep: str, replaced: str | None) -> None:
        # Keep the generation just replaced for a moment: a search that opened it a
        # moment ago may still be reading. The others go: older ones, and the part-built
        # ones of rebuilds that were killed, which were never live (and which, being newer
        # by name, must not be mistaken for the one just replaced). The caller holds the
        # write lock, so no other rebuild is making one now.
        for name in os.listdir(self.path):
            full = os.path.join(self.path, name)
            if name.startswith("gen-") and full not in (keep, replaced):
                shutil.rmtree(full, ignore_errors=True)

    def _being_updated(self) -> bool:
        """True while another process holds the write lock (an ingest or rebuild running)."""
        try:
            fd = os.open(os.path.join(self.path, "write.lock"), os.O_RDONLY)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            return False
        except OSError as exc:
            return exc.errno in (errno.EAGAIN, errno.EACCES)
        finally:
            os.close(fd)

    @contextmanager
    def _write_lock(self, wait: float = 0.0):
        try:
            os.makedirs(self.path, exist_ok=True)
            fd = os.open(os.path.join(self.path, "write.lock"), os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise
            # A read-only mount or another user's index: searches work, writes cannot.
            raise DocsearchError(f"the index at {self.path} cannot be written to ({exc.strerror}); "
                                 "ingest and rebuild need write access, search does not") from None
        deadline = time.monotonic() + wait
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as exc:
                    if exc.errno not in (errno.EAGAIN, errno.EACCES):
                        raise
                    if time.monotonic() >= deadline:
                        waited = f" (waited {wait:g} s)" if wait else ""
                        raise IndexBusy(f"the index at {self.path} is being updated by another process{waited}") from None
                    time.sleep(0.2)
            yield
        finally:
            os.close(fd)  # closing releases the lock, as does the process dying

    # -- writing ------------------------------------------------------------------------

    def ingest(self, paths: Iterable[str], *, council: str | None = None, prune: bool = False,
               workers: int | None = None, progress: Progress | None = None,
               wait: float = 0.0, paper_timeout: float | None = None) -> IngestReport:
        """Add new papers under ``paths`` and replace changed ones; unchanged papers cost
        a hash check. With ``prune``, papers whose files are gone are dropped. ``paths``
        is a list of files and folders; one path alone may be given as it is."""
        paths = _path_list(paths)
        _check_options(council=council, workers=workers, progress=progress, wait=wait, paper_timeout=paper_timeout)
        self._refuse_a_foreign_folder()
        folder_made = not os.path.exists(self.path)
        with self._write_lock(wait):
            gen = self._current()
            if gen and not os.path.isdir(gen):
                self._open(gen)  # says the generation is missing, rather than start afresh
            made = not gen
            if made:
                gen = self._new_generation()
                self._swap_to(gen)
            self._check_version(gen)
            if not made:
                # A damaged index is not written to: the new commit's record of its files'
                # sizes would take the damage as the norm, and hide it from later checks.
                self._check_files(gen)
            report = self._ingest_into(gen, paths, council=council, prune=prune, workers=workers,
                                       progress=progress, paper_timeout=paper_timeout)
            if made and not report.added:
                # A first ingest that read nothing (a mistyped path, papers that all
                # failed) leaves no empty index behind: the next search says there is
                # no index, which is true, rather than finding nothing in one.
                os.remove(os.path.join(self.path, "CURRENT"))
                shutil.rmtree(gen, ignore_errors=True)
                if report.failed:
                    report.warnings.append(PaperProblem(self.path, "no paper could be read; no index was made"))
            report.papers = self._papers_held()
        if made and not report.added and folder_made:
            with suppress(OSError):  # another process may have begun to use it
                os.remove(os.path.join(self.path, "write.lock"))
                os.rmdir(self.path)
        return report

    def rebuild(self, paths: Iterable[str] | None = None, *, council: str | None = None,
                workers: int | None = None, progress: Progress | None = None,
                wait: float = 0.0, paper_timeout: float | None = None) -> IngestReport:
        """Build a fresh index from ``paths`` (default: the papers the current index
        holds) beside the live one, and swap it in only when complete. ``paths`` as for
        :meth:`ingest`."""
        _check_options(council=council, workers=workers, progress=progress, wait=wait, paper_timeout=paper_timeout)
        if paths is not None:
            paths = _path_list(paths)
        self._refuse_a_foreign_folder()
        with self._write_lock(wait):
            report = self._rebuild(paths, council=council, workers=workers, progress=progress,
                                   paper_timeout=paper_timeout)
            report.papers = self._papers_held()
        return report

    def _rebuild(self, paths: list[str] | None, **options) -> IngestReport:
        """:meth:`rebuild`'s work, under the write lock."""
        sources = None
        if paths is None:
            # The papers the index holds, by absolute path (the rebuild may run from
            # another folder), shown as they were first given.
            sources = self._indexed_papers()
            paths = sorted(sources)
        gen = self._new_generation()
        try:
            report = self._ingest_into(gen, paths, prune=False, sources=sources, **options)
        except BaseException:
            shutil.rmtree(gen, ignore_errors=True)  # never live: safe to drop
            raise
        gone = [given for path, given in (sources or {}).items() if not os.path.exists(path)]
        if gone:
            # A rebuild of the papers the index holds, some of them not on disk (a share
            # not mounted): the new index would silently lack them.
            shutil.rmtree(gen, ignore_errors=True)
            report.warnings.append(PaperProblem(
                self.path, f"{len(gone)} indexed paper{'s are' if len(gone) > 1 else ' is'} not on disk "
                           f"(first: {gone[0]}); the index was kept as it was (a share not mounted? to drop "
                           "them, run 'docsearch ingest --prune' on their folder first)"))
            return _kept(report)
        if not (report.added or report.replaced) and (report.failed or self.exists()):
            # Every paper failed, or none was found (a folder moved, a share not mounted
            # and its mount point empty): an empty index must not replace a good one.
            shutil.rmtree(gen, ignore_errors=True)
            what = "could be read" if report.failed else "was found"
            report.warnings.append(PaperProblem(self.path, f"no paper {what}; the index was kept as it was"))
            return _kept(report)
        replaced = self._current()
        self._swap_to(gen)
        self._drop_old_generations(gen, replaced)
        return report

    def _papers_held(self) -> int:
        """How many papers the live index holds (with text): from its manifest, else from
        Whoosh's paper records; 0 when there is no index."""
        gen = self._current()
        if not gen or not os.path.isdir(gen):
            return 0
        held = _read_manifest(gen)
        if held is not None:
            return sum(len(entry) < 3 for entry in held.values())  # (a third entry: why it has no text)
        with self._open(gen).searcher() as s:
            return sum(f.get("status") != "no_text" for f in s.documents(doctype="paper"))

    def _indexed_papers(self) -> dict[str, str]:
        """The papers the index holds, {absolute path: path as first given}: from Whoosh's
        paper records, found by their terms. Where Whoosh cannot find them (a damaged
        index), from the generation's manifest if it describes the latest commit; else
        from a scan of Whoosh's stored fields, which needs no postings (a posting file cut
        short and the manifest gone); else from a manifest written at an earlier commit:
        a rebuild from a list a commit old is better than none."""
        gen = None
        try:
            ix = self._open()
        except (IndexMissing, IndexOutdated, IndexCorrupt):
            # An old or broken index still lists its papers in Whoosh's stored fields.
            gen = self._current()
            if not gen:
                raise
            ix = None
        gen = gen or self._current()
        try:
            if ix is None:
                ix = _whoosh().open_dir(gen)
            with ix.searcher() as s:
                return _paper_sources(s.documents(doctype="paper"))
        except Exception:  # noqa: BLE001 - Whoosh raises many types for a bad index
            pass
        manifest = _read_json(os.path.join(gen, MANIFEST))
        listed = manifest.get("papers") if isinstance(manifest, dict) else None
        listed = {path: (held[1] if isinstance(held, list) and len(held) > 1 and held[1] else path)
                  for path, held in listed.items()} if isinstance(listed, dict) else {}
        if listed and manifest.get("commit") == _latest_commit(gen):
            return listed
        if ix is not None:
            try:
                with ix.searcher() as s:
                    found = _paper_sources(s.all_stored_fields())
                if found:
                    return found
            except Exception:  # noqa: BLE001 - the stored fields are damaged too
                pass
        if listed:
            return listed
        # (The command line adds how to rebuild: name the papers' folders.)
        raise IndexCorrupt(f"cannot read the paper list from {self.path}")

    def _ingest_into(self, gen: str, paths, *, council, prune, workers, progress, paper_timeout,
                     sources: dict[str, str] | None = None) -> IngestReport:
        report = IngestReport()
        unreadable: list[str] = []
        papers = collect_papers(paths, report, unreadable)
        hidden = tuple(folder.rstrip(os.sep) + os.sep for folder in unreadable)
        if sources:
            papers = [(a, sources.get(a, given)) for a, given in papers]
        for problem in report.skipped:
            _tell(progress, "skipped", f"{problem.source}: {problem.reason}", 0, 0)
        for problem in report.failed:
            _tell(progress, "failed", f"{problem.source}: {problem.reason}", 0, 0)

        ix = None
        held = _read_manifest(gen)
        if held is None:
            ix = self._open(gen)
            with ix.searcher() as s:
                held = {_term_path(f["paper"]): [f.get("digest"), f.get("source")]
                        + ([f.get("reason") or "no text"] if f.get("status") == "no_text" else [])
                        for f in s.documents(doctype="paper")}
        known = dict(held)  # as the run found it; ``held`` follows what is committed
        # (Read now: this run's commits make it False until its end. An index of no
        # papers has nothing to place or mend.)
        finished_before = not known or _run_finished(gen)

        # Unchanged papers cost one hash of their bytes; nothing is extracted.
        todo: list[tuple[str, str]] = []
        digests: dict[str, str] = {}
        for abspath, given in papers:
            try:
                with open(abspath, "rb") as fh:
                    digest = content_hash(fh.read())
            except OSError as exc:
                problem = PaperProblem(given, f"cannot read: {exc.strerror or exc}")
                report.failed.append(problem)
                _tell(progress, "failed", f"{given}: {problem.reason}", 0, 0)
                continue
            digests[abspath] = digest
            old = known.get(abspath)
            # The same file named another way ("papers", "./papers/", an absolute path) is
            # unchanged: it keeps the name it was first indexed by rather than be read again.
            if old and old[0] == digest:
                report.unchanged.append(given)
                if len(old) > 2:
                    # A paper that could not be read is named again on every run until its
                    # file changes, so that a nightly job's log still shows it; it is not
                    # read again (a warning, not a new failure).
                    report.warnings.append(PaperProblem(given, f"unchanged and still unreadable: {old[2]}"))
            else:
                todo.append((abspath, given))
        # A new path holding the bytes of an indexed paper whose file is gone is that paper,
        # moved or renamed: its old records go when the new ones are written, rather than
        # show twice (under the old path first) until a --prune.
        present = {a for a, _ in papers}
        vanished: dict[str, list[str]] = {}
        for key, old in known.items():
            if key not in present and not os.path.exists(key) and not key.startswith(hidden):
                vanished.setdefault(old[0], []).append(key)
        # (Two copies of one paper, both renamed: each new path takes one old record.)
        moved_from = {path: vanished[digests[path]].pop() for path, _ in sorted(todo)
                      if path not in known and vanished.get(digests[path])}
        # Papers whose files are gone, under the paths given (another folder's papers, a
        # share not named in this run, are not this run's to prune). Those under a path
        # that is missing or holds no papers at all are not pruned: a share not mounted
        # or a folder moved looks like papers deleted, and would empty the index.
        roots = [os.path.abspath(path) for path in paths]

        def root_of(path: str) -> str | None:
            return next((r for r in roots if path == r or path.startswith(r.rstrip(os.sep) + os.sep)), None)

        # (Papers in a folder that could not be listed are not gone: it is reported failed.)
        gone = [k for k in known if k not in present and not os.path.exists(k) and k not in moved_from.values()
                and not k.startswith(hidden)]
        to_prune: list[str] = []
        refused: set[str] = set()
        if prune:
            found_in = {root_of(a) for a in present}
            for root, given in zip(roots, paths):
                held_there = [k for k in gone if root_of(k) == root]
                if root in found_in or not held_there:
                    continue
                refused.update(held_there)
                kept = (f"its {len(held_there)} indexed paper{'s were' if len(held_there) > 1 else ' was'} not pruned "
                        "(a share not mounted? if they were deleted, prune the folder that held this one: "
                        "'docsearch ingest --prune' with its parent)")
                if os.path.exists(root):
                    report.failed.append(PaperProblem(given, f"no papers found; {kept}"))
                    _tell(progress, "failed", f"{given}: no papers found; {kept}", 0, 0)
                else:  # (already failed: no such file or folder)
                    report.warnings.append(PaperProblem(given, kept))
            to_prune = [k for k in gone if root_of(k) in found_in and root_of(k) is not None]
        report.missing = [known[k][1] or k for k in gone if k not in to_prune and k not in refused]
        # Biggest papers first, so that no worker is left reading a budget book alone at
        # the end while the others idle.
        todo.sort(key=lambda t: -_size(t[0]))
        total = len(todo)
        _tell(progress, "start", f"{total} paper{'' if total == 1 else 's'} to read, {len(report.unchanged)} unchanged", 0, total)

        if workers is None:
            # Even one paper is read in a worker: that is what bounds its time and memory.
            workers = max(1, min(os.cpu_count() or 1, 4, total))
        outcomes: Iterable = ()
        if todo:
            # Only now the reading stages (pypdf, nltk, the splitter): a re-run with
            # nothing new does without them.
            from .workers import DEFAULT_PAPER_TIMEOUT, Task, read_papers

            timeout = DEFAULT_PAPER_TIMEOUT if paper_timeout is None else paper_timeout
            outcomes = read_papers([Task(path, given, council) for path, given in todo],
                                   workers=workers, timeout=timeout,
                                   waiting=lambda reading: _tell(progress, "waiting", ", ".join(reading), -1, total))

        def new_writer(ix):
            # Whoosh is opened only when something is to be written.
            ix = ix or self._open(gen)
            return ix, ix.writer(timeout=5.0, limitmb=WRITER_MB, compound=False)

        writer = None
        # A paper that names no council but calls its own by initials ("KCC") or as "the
        # County Council" takes the one council of those initials, or of that kind, that
        # the other papers name, in this run or already indexed: first the papers in its
        # own folder (a meeting's papers, downloaded together, are one council's), then
        # all. It is written as soon as one matches, so that writing it overlaps with
        # reading the rest; one that none matches yet waits for the end of the run. Both
        # are kept until then: a council named later may make the match ambiguous ("LCC"),
        # or a paper beside it may name another, and the paper is written again with the
        # council it matches at the end, or none.
        named: dict[str, set[str]] = {}  # folder: the councils its papers in this run name
        # What the papers already indexed (less this run's) name and print, by folder:
        # read once, when first asked (see _papers_beside).
        indexed: tuple[dict[str, set[str]], dict[str, set[tuple]]] | None = None

        # Papers this run reads again or drops: what they said before counts no more.
        superseded = {path for path, _ in todo} | set(to_prune) | set(moved_from.values())

        def papers_indexed() -> tuple[dict[str, set[str]], dict[str, set[tuple]]]:
            nonlocal indexed
            if indexed is None:
                indexed = _papers_beside(ix, skip=superseded)
            return indexed

        def council_of(paper: str, hints: tuple[str, ...]) -> str | None:
            councils = papers_indexed()[0]
            folder = os.path.dirname(paper)
            near = named.get(folder, set()) | councils.get(folder, set())
            everywhere = set().union(*named.values(), *councils.values())
            return _council_hinted(hints, everywhere, near)

        waiting: list = []
        matched: list = []
        # A paper that dates nothing, or names no council, waits for the end of the run
        # too, when the meetings of all the papers beside it are known: it may be one of
        # theirs (see _meeting_of, _meeting_council).
        meetings: dict[str, set[tuple]] = {}  # folder: the meetings its papers in this run print
        unplaced: list = []
        written_early: set[str] = set()  # (see UNPLACED_AT_MOST)

        def meetings_beside(path: str) -> set[tuple]:
            folder = os.path.dirname(path)
            return meetings.get(folder, set()) | papers_indexed()[1].get(folder, set())

        def place(task, read) -> None:
            """Give a paper what the papers beside it say and it does not (see _placeable):
            the meeting its file name dates (_meeting_of), the council it calls by
            initials (_council_hinted) or its meeting's papers name (_meeting_council).
            What it takes is marked (Segment.placed) and put back first, so that a paper
            placed again starts from its own reading."""
            for seg in read.segments:
                _put_back(seg)
            beside = meetings_beside(task.path)
            day = body = None
            if any(seg.meeting_date for seg in read.segments):
                council = (council_of(task.path, read.council_hint) if read.council_hint
                           else _meeting_council(read.segments, beside))
            else:
                day, body, council = _meeting_of(task.path, read.segments, beside) or (None, None, None)
                if read.council_hint:
                    council = council_of(task.path, read.council_hint) or council
            for seg in read.segments:
                placed = []
                if day:
                    seg.meeting_date = day
                    placed.append("meeting_date")
                if body and not seg.body:
                    seg.body = body
                    placed.append("body")
                if council and not seg.council:
                    seg.council = council
                    placed.append("council")
                seg.placed = tuple(placed)

        # The copy keys (see copy_key) of records whose words are searched: a record
        # written with one of them is written as a copy, rather than indexed and then
        # made one by _mend_copies, whose deletions Whoosh would go on reading past.
        searched: set[str] | None = None
        # The papers dropped since the last commit, and the keys they held searched: a
        # copy of such a record elsewhere is searched again in the same commit, so that
        # no search (nor a run cut short) finds its text missing.
        dropped: set[str] = set()
        unsearched: set[str] = set()
        # Whether _mend_copies has work to look for: only a paper dropped leaves a text
        # with no printing searched, or two (writing one paper at a time leaves neither).
        mend = [False]
        # Whoosh segments written beside the writer (see _write_in_two), to join the
        # index in its next commit.
        written_apart: list = []

        def drop_paper(path: str, committed: bool) -> None:
            # The keys of the records it had searched are no longer searched (unless
            # another paper's are too: then _mend_copies makes one of them a copy again).
            nonlocal searched
            term = _paper_term(path)
            if searched is None:
                with ix.searcher() as s:
                    searched = _searched_keys(s)
            if committed:
                with ix.searcher() as s:
                    keys = {f["copy"] for f in s.documents(paper=term) if f.get("copy") and not f.get("bare")}
                searched.difference_update(keys)
                unsearched.update(keys)
                mend[0] = True
            dropped.add(term)
            writer.delete_by_term("paper", term)

        def commit(**kwargs) -> None:
            # Copies of the records dropped since the last commit, in papers that stay,
            # are searched again in this commit (unless a paper written since searches
            # the same words).
            keys = sorted(unsearched - (searched or set()))
            if keys:
                with ix.searcher() as s:
                    for key in keys:
                        stay = sorted((f for f in (s.stored_fields(n) for n in s.document_numbers(bare=key))
                                       if f.get("doctype") == "segment" and f["paper"] not in dropped),
                                      key=_printing_order)
                        if stay:
                            _search_again(writer, stay[0], _paper_words(s, stay[0]["paper"]))
                            searched.add(key)
            dropped.clear()
            unsearched.clear()
            if written_apart:
                # The segments written beside the writer join the index in its commit.
                writer.segments.extend(written_apart)
                writer._setup_doc_offsets()
                written_apart.clear()
            writer.commit(**kwargs)

        def write(task, read, again: bool = False, add: Callable[[dict], None] | None = None) -> None:
            """Writes a read paper's records, with ``add`` if given (else the writer)."""
            add = add or (lambda doc: writer.add_document(**doc))
            key = task.path
            term = _paper_term(key)  # the paper's path as its records hold it
            # The council it names, and apart, one it took from the papers beside it: only
            # the first counts as named by a paper (see _papers_beside), or a council
            # taken would still be found beside it once the paper naming it is gone.
            council = next((s.council for s in read.segments if s.council and "council" not in s.placed), None)
            beside = next((s.council for s in read.segments if "council" in s.placed), None)
            drop_paper(key, committed=again or key in known)
            if key in moved_from and not again:
                before = moved_from[key]
                drop_paper(before, committed=True)
                del held[before]
                report.removed.append(known[before][1] or before)
            glossary = Glossary(read.acronyms)
            named = paper_name(read.segments, task.source)
            for seg in read.segments:
                docs = _segment_docs(seg, term, read.sentences.get(seg.id), glossary, named)
                if docs[0]["copy"] in searched:
                    docs = [_as_copy(docs[0])]
                else:
                    searched.add(docs[0]["copy"])
                for doc in docs:
                    add(doc)
            add(dict(id=f"paper:{term}", doctype="paper", paper=term, source=task.source,
                     digest=read.digest, status="ok", segments=len(read.segments),
                     page_count=read.pages, council=council, council_beside=beside,
                     acronyms=read.acronyms or None,
                     named=named, meetings=sorted(([day.isoformat(), body, of] for day, body, of
                                                   in _meetings_of(read.segments)),
                                                  key=lambda m: (m[0], m[1] or "", m[2] or "")) or None,
                     hints=list(read.council_hint) or None,
                     placeable=_placeable(key, read.segments, read.council_hint) or None))
            held[key] = [read.digest, task.source]
            if again:
                return
            (report.replaced if key in known else report.added).append(task.source)
            report.segments += len(read.segments)
            for w in read.warnings:
                report.warnings.append(PaperProblem(task.source, w))

        gc_was_enabled = False
        pending = 0
        last_commit = time.monotonic()
        done = 0
        try:
            # Segments and Whoosh postings are long-lived objects with no reference
            # cycles worth collecting; the cyclic GC only rescans them (about a tenth of
            # the parent's time), so it waits until the run is over.
            gc_was_enabled = gc.isenabled()
            gc.disable()
            if to_prune:
                # First, so that a paper's new copy read in this run (downloaded again under
                # another name) is searched in place of the printing pruned.
                ix, writer = new_writer(ix)
                for key in to_prune:
                    drop_paper(key, committed=True)
                    source = known[key][1] or key
                    del held[key]
                    report.removed.append(source)
                    _tell(progress, "removed", source, 0, total)
                pending += 1
            for outcome in outcomes:
                done += 1
                task = outcome.task
                if writer is None:
                    ix, writer = new_writer(ix)
                key = task.path
                if outcome.paper is None:
                    if outcome.no_text:
                        # Counted in stats; a re-run skips it until the file changes.
                        term = _paper_term(key)
                        drop_paper(key, committed=key in known)
                        writer.add_document(id=f"paper:{term}", doctype="paper", paper=term, source=task.source,
                                            digest=digests[key], status="no_text", reason=outcome.error,
                                            segments=0)
                        held[key] = [digests[key], task.source, outcome.error or "no text"]
                        pending += 1
                    # A changed paper that no longer reads keeps its previous segments, and
                    # says so: searches still find the version that did read.
                    reason = outcome.error or "unreadable"
                    if key in known and not outcome.no_text:
                        reason += "; its previous version stays indexed"
                    report.failed.append(PaperProblem(task.source, reason))
                    _tell(progress, "failed", f"{task.source}: {reason}", done, total)
                else:
                    read = outcome.paper
                    named.setdefault(os.path.dirname(key), set()).update(s.council for s in read.segments if s.council)
                    meetings.setdefault(os.path.dirname(key), set()).update(_meetings_of(read.segments))
                    council = council_of(key, read.council_hint) if read.council_hint else None
                    dated = any(seg.meeting_date for seg in read.segments)
                    # (One dated and calling its council by initials is matched as soon as
                    # they point to one council, below.)
                    if _placeable(key, read.segments, ()) and not (dated and read.council_hint):
                        unplaced.append((task, read))
                        if len(unplaced) > UNPLACED_AT_MOST:
                            # Memory is bounded: the longest waiting is placed by what is
                            # known so far, written, and placed again at the end of the run
                            # from its records, like a paper of an earlier run.
                            first = unplaced.pop(0)
                            place(*first)
                            write(*first)
                            written_early.add(first[0].path)
                            pending += 1
                    elif read.council_hint and council is None:
                        waiting.append((task, read))
                    else:
                        if council:
                            place(task, read)
                            matched.append((task, read, council))
                        write(task, read)
                        pending += 1
                    _tell(progress, "read", task.source, done, total)
                if pending >= COMMIT_EVERY_PAPERS or (pending and time.monotonic() - last_commit > COMMIT_EVERY_SECONDS):
                    # Intermediate commits only make the work durable; merging segments
                    # is left to the final commit.
                    commit(merge=False)
                    _write_manifest(gen, held)
                    _tell(progress, "commit", f"{pending} papers", done, total)
                    writer, pending, last_commit = None, 0, time.monotonic()

            if waiting or matched or unplaced:
                if writer is None:
                    ix, writer = new_writer(ix)
                # Written once the readers are done, when a core would idle: on two
                # cores or more, by two processes (see _write_in_two).
                if unplaced or waiting:
                    n = len(unplaced) + len(waiting)
                    _tell(progress, "writing", f"{n} paper{'' if n == 1 else 's'} placed among the papers beside them",
                          done, total)
                last = []
                for task, read in unplaced + waiting:
                    place(task, read)
                    write(task, read, add=last.append)
                if workers > 1 and len(last) >= max(2, WRITE_IN_TWO_FROM):
                    written_apart.extend(_write_in_two(ix, last))
                else:
                    for doc in last:
                        writer.add_document(**doc)
                del last
                undone = [(task, read) for task, read, council in matched
                          if council_of(task.path, read.council_hint) != council]
                if undone:
                    # Whoosh deletes only what is committed: commit the first writing first.
                    commit(merge=False)
                    _write_manifest(gen, held)
                    ix, writer = new_writer(ix)
                    for task, read in undone:
                        place(task, read)
                        write(task, read, again=True)
            if (todo or to_prune or not finished_before) and _latest_commit(gen) is not None:
                # Papers indexed before this run (or written before its end) that take
                # their meeting or council from the papers beside them are placed again:
                # this run may have brought the agenda that prints their meeting, or
                # dropped it. (Without this, an appendix ingested before its agenda
                # stayed undated until a rebuild.) After a run cut short, all of them:
                # what it changed is not known.
                ix = ix or self._open(gen)
                if written_early and writer is not None:
                    commit(merge=False)  # (their records are read back from the index)
                    _write_manifest(gen, held)
                    writer = None
                folders = {os.path.dirname(path) for path in superseded}
                settled = superseded - written_early

                def may_move(record: dict) -> bool:
                    # Those in the folders this run changed; and anywhere, one that calls
                    # its council by initials that now point to another.
                    path = _term_path(record["paper"])
                    return path not in settled and (not finished_before or os.path.dirname(path) in folders or bool(
                        record.get("hints")) and council_of(path, tuple(record["hints"])) != record.get("council_beside"))

                again = []
                with ix.searcher() as s:
                    for task, read in _placeable_papers(s, may_move):
                        before = _where(read)
                        place(task, read)
                        if _where(read) != before:
                            again.append((task, read))
                for task, read in again:
                    if writer is None:
                        ix, writer = new_writer(ix)
                    write(task, read, again=True)
                    if task.path not in written_early:
                        report.placed.append(task.source)
                    pending += 1
            if writer is not None:
                commit()
                writer = None
            # After a run that dropped a paper, or one before it that stopped short of this.
            if (ix is not None or not finished_before) and _latest_commit(gen) is not None:
                ix = ix or self._open(gen)
                if mend[0] or not finished_before:
                    _mend_copies(ix)
                # (Also where an index from before manifests gets one: the next run is quick.)
                _write_manifest(gen, held, finished=True)
        finally:
            if writer is not None:
                try:
                    writer.cancel()
                except Exception:  # noqa: BLE001 - already closed by a commit that was cut short
                    # (Ctrl-C inside Whoosh's commit): the error that stopped the run is
                    # the one to report, not this one.
                    pass
            # A run stopped while papers were being read stops its readers now, not when
            # the reading (its thread and processes) is collected at the interpreter's exit.
            getattr(outcomes, "close", lambda: None)()
            if gc_was_enabled:
                gc.enable()
        return report

    # -- reading ------------------------------------------------------------------------

    def search(self, query: str, *, kind: str | list[str] | None = None, council: str | list[str] | None = None,
               body: str | list[str] | None = None, since: str | dt.date | None = None,
               until: str | dt.date | None = None, limit: int = 10, sort: str = "relevance") -> list[Hit]:
        """Search the index. ``query`` uses the query language described in the README;
        filters narrow it (``kind``, ``council`` and ``body`` may be lists: either of them).
        Raises QueryError for a query, or an argument, that cannot be understood."""
        from .search import run_search

        # A caller's wrong argument is a QueryError here, not a Whoosh failure further on
        # (which would read as a damaged index).
        if not isinstance(query, str):
            raise QueryError(f"the query must be a string, not {type(query).__name__}")
        if isinstance(limit, bool) or not isinstance(limit, int):
            raise QueryError(f"limit must be a whole number, not {limit!r}")
        if not isinstance(sort, str):
            raise QueryError("sort must be 'relevance' or 'date'")
        for name, value in (("since", since), ("until", until)):
            if value is not None and not isinstance(value, (str, dt.date)):
                raise QueryError(f"{name} must be a date or a string such as '2020-03', not {type(value).__name__}")
        named = {}
        for name, value in (("kind", kind), ("council", council), ("body", body)):
            if isinstance(value, (list, tuple, set)) and all(isinstance(v, str) for v in value):
                value = sorted(value) if isinstance(value, set) else list(value)
            elif value is not None and not isinstance(value, str):
                raise QueryError(f"{name} must be a string or a list of strings, not {type(value).__name__}")
            named[name] = value
        kind, council, body = named["kind"], named["council"], named["body"]
        if isinstance(kind, list):
            kind = ",".join(kind)
        if isinstance(council, list):
            council = ",".join(council)
        with self._turn, self._reading():
            searcher, schema = self._searcher()
            return run_search(searcher, schema, query, kind=kind, council=council, body=body,
                              since=since, until=until, limit=limit, sort=sort)

    def _searcher(self):
        """The searcher kept between searches: opening one costs more than a typical
        search. It is reopened when CURRENT names another generation (a rebuild) or its
        generation has a newer commit (an ingest)."""
        from .search import weighting

        gen = self._current()
        if self._kept is not None and self._kept[0] == gen and gen and os.path.isdir(gen):
            if self._kept[1].up_to_date():
                return self._kept[1], self._kept[2]
            # Not Whoosh's refresh(): it reuses the readers of segments it thinks
            # unchanged, and they miss deletions made since (a pruned paper stays found).
        self.close()
        ix = self._open(gen)
        searcher = ix.searcher(weighting=weighting())
        self._kept = (gen, searcher, ix.schema)
        return searcher, ix.schema

    def suggest(self, query: str) -> str | None:
        """A corrected query from the index's own vocabulary, or None."""
        from .search import suggest_query

        with self._turn, self._reading():
            searcher, _schema = self._searcher()  # the one searches keep open
            return suggest_query(searcher, query)

    def missing_words(self, query: str) -> list[str]:
        """The words of ``query`` that no paper holds (a search ranks by the others)."""
        from .search import missing_words

        with self._turn, self._reading():
            searcher, _schema = self._searcher()
            return missing_words(searcher, query)

    def get(self, segment_id: str) -> Segment:
        """One segment by id. Raises UnknownSegment."""
        segment_id = _segment_id(segment_id)
        ix = self._open()
        with self._reading(), ix.searcher() as s:
            return segment_from_stored(_segment_fields(s, segment_id))

    def copies(self, segment_id: str) -> list[Segment]:
        """The other printings of a segment word for word, for the same meeting (the same
        report in a pack and published alone, a paper downloaded twice): see copy_key.
        Raises UnknownSegment, as get does: a mistyped id is not a text printed once."""
        segment_id = _segment_id(segment_id)
        ix = self._open()
        with self._reading(), ix.searcher() as s:
            fields = _segment_fields(s, segment_id)
            key = fields.get("copy")
            found = [segment_from_stored(f) for f in s.documents(copy=key)
                     if f.get("id") != fields["id"] and f.get("doctype") == "segment"] if key else []
        return sorted(found, key=lambda seg: (seg.source, seg.lines or (0, 0)))

    def children(self, segment_id: str) -> list[Segment]:
        """The segments whose parent is ``segment_id`` (a minute's resolution). Raises
        UnknownSegment, as get does: a mistyped id is not a minute with no decisions."""
        segment_id = _segment_id(segment_id)
        ix = self._open()
        with self._reading(), ix.searcher() as s:
            segment_id = _segment_fields(s, segment_id)["id"]
            found = [segment_from_stored(f) for f in s.documents(parent=segment_id)]
        return sorted(found, key=lambda seg: seg.lines or (0, 0))

    def _check_files(self, gen: str) -> None:
        """Raise IndexCorrupt when a segment file of the latest commit is not the size the
        manifest recorded (cut short, overwritten, deleted). Cheap: a stat per file, not a
        read of the postings; an index whose manifest records no sizes, or names another
        commit, is not checked."""
        data = _read_json(os.path.join(gen, MANIFEST))
        files = data.get("files") if isinstance(data, dict) else None
        commit = data.get("commit") if isinstance(data, dict) else None
        if not isinstance(files, dict) or commit is None or commit != _latest_commit(gen):
            return
        for name, size in sorted(files.items()):
            try:
                actual = os.path.getsize(os.path.join(gen, name))
            except OSError:
                actual = None
            if actual != size:
                if _latest_commit(gen) != commit:
                    return  # an ingest committed meanwhile (and deleted merged segments' files)
                what = "is missing" if actual is None else f"is {actual:,} bytes, {size:,} when written"
                raise IndexCorrupt(f"the index at {self.path} is damaged ({name} {what})")

    def stats(self) -> dict:
        """Counts: papers, segments, segments by kind, meetings, councils, bodies, dates.
        Raises IndexCorrupt when a file of the index is not the size it was written at,
        although the counts (stored fields only) might still be read: the searches would fail."""
        ix = self._open()
        self._check_files(self._current())
        by_kind: Counter[str] = Counter()
        meetings: set = set()
        with_papers: set = set()
        undated = no_council = by_file_name = 0
        councils: Counter[str] = Counter()
        bodies: Counter[str] = Counter()
        dates: list[dt.date] = []
        papers = no_text = copies = 0
        with self._reading(), ix.searcher() as s:
            for f in s.all_stored_fields():
                if f.get("doctype") == "passage":
                    continue
                if f.get("doctype") == "paper":
                    if f.get("status") == "no_text":
                        no_text += 1
                    else:
                        papers += 1
                    continue
                by_kind[f.get("kind", "?")] += 1
                copies += bool(f.get("bare"))
                date = f.get("meeting_date")
                if f.get("council"):
                    councils[f["council"]] += 1
                if f.get("body"):
                    bodies[f["body"]] += 1
                if date and f.get("kind") in ("minute", "resolution") or f.get("context") == "minutes":
                    meetings.add((f.get("council"), f.get("body"), date.date() if date else None))
                if date:
                    dates.append(date.date())
                    by_file_name += "meeting_date" in (f.get("placed") or ())
                    if f.get("body"):
                        with_papers.add((f.get("body"), date.date()))
                else:
                    undated += 1
                no_council += not f.get("council")
        return {
            "index": self.path,
            "papers": papers,
            "papers_without_text": no_text,
            "segments": sum(by_kind.values()),
            "by_kind": dict(sorted(by_kind.items())),
            "copies": copies,  # segments printed again word for word, searched once (see _mend_copies)
            "meetings": len(meetings),  # meetings whose minutes are in the index
            "meetings_with_papers": len(with_papers),  # bodies and dates any segment is for
            "undated_segments": undated,
            # dated by their papers' file names, not by their own print (see _meeting_of)
            "dated_by_file_name": by_file_name,
            "segments_without_council": no_council,
            "councils": dict(councils.most_common()),
            "bodies": dict(bodies.most_common()),
            "date_range": [min(dates).isoformat(), max(dates).isoformat()] if dates else None,
        }


def _segment_id(segment_id) -> str:
    """A segment id as the index holds it. Ids are lower-case hex; one copied with a space
    or typed in capitals is the same. Not a string (a hit's parent when it has none): the
    library's own error, not Python's."""
    if not isinstance(segment_id, str):
        raise UnknownSegment(f"no segment with id {segment_id!r} (an id is a string)")
    return segment_id.strip().lower()


def _paper_sources(records) -> dict[str, str]:
    """{absolute path: path as first given} of the paper records among ``records``."""
    return {_term_path(f["paper"]): f.get("source") or _term_path(f["paper"]) for f in records
            if f.get("doctype") == "paper" and f.get("paper")}


def _paper_term(path: str) -> str:
    """A paper's path as an index term. A file name that is not UTF-8 (a Windows share's,
    a zip's) reaches Python with stand-ins for its bytes, which Whoosh cannot write; such
    a path is written as its bytes in hex, behind a NUL no path holds."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return "\0" + os.fsencode(path).hex()


def _term_path(term: str) -> str:
    """The path a term of _paper_term stands for."""
    return os.fsdecode(bytes.fromhex(term[1:])) if term.startswith("\0") else term


def _path_list(paths) -> list[str]:
    """The paths given to ingest or rebuild as a list. One path given alone ("corpus")
    is one path: as an iterable it would be its characters, and "/" among them the
    whole file system."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        return [os.fsdecode(paths)]
    try:
        return [os.fsdecode(p) for p in paths]
    except TypeError:
        raise TypeError("paths: a path, or a list of paths, as strings or path objects") from None


def _check_options(*, council, workers, progress, wait, paper_timeout) -> None:
    """Wrong types and values of ingest's and rebuild's options, said before any work
    (``workers="2"`` had failed half-way, leaving an empty index behind)."""
    if council is not None and not isinstance(council, str):
        raise TypeError(f"council: a council's name as a string, not {type(council).__name__}")
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or workers < 0):
        raise ValueError(f"workers: a whole number of reader processes, 0 or more, not {workers!r}")
    if progress is not None and not callable(progress):
        raise TypeError("progress: a function of (event, detail, done, total)")
    if not _seconds(wait, 0):
        raise ValueError(f"wait: a number of seconds, not {wait!r}")
    if paper_timeout is not None and not (_seconds(paper_timeout, 0) and paper_timeout > 0):
        raise ValueError(f"paper_timeout: a number of seconds, above 0, not {paper_timeout!r}")


def _seconds(value, least: float) -> bool:
    """A number of seconds, at least ``least`` (not a bool, nor NaN)."""
    return not isinstance(value, bool) and isinstance(value, (int, float)) and value == value and value >= least


def _papers_beside(ix, skip: set[str]) -> tuple[dict[str, set[str]], dict[str, set[tuple]]]:
    """What the index's papers say, by the papers' folders, less the papers in ``skip``:
    the councils they name (not those they took from the papers beside them), and the
    meetings they print, (date, body, council). One pass over the papers' records serves
    both (see _council_hinted, _meeting_of)."""
    councils: dict[str, set[str]] = {}
    meetings: dict[str, set[tuple]] = {}
    with ix.searcher() as s:
        for f in s.documents(doctype="paper"):
            if not f.get("paper") or _term_path(f["paper"]) in skip:
                continue
            folder = os.path.dirname(_term_path(f["paper"]))
            if f.get("council"):
                councils.setdefault(folder, set()).add(f["council"])
            if f.get("meetings"):
                meetings.setdefault(folder, set()).update(
                    (dt.date.fromisoformat(day), body, council) for day, body, council in f["meetings"])
    return councils, meetings


def _council_hinted(hints: tuple[str, ...], names: set[str], near: set[str] = frozenset()) -> str | None:
    """The one council a paper's hints point to, the first hint that points to any
    deciding: "KCC" to the one council of those initials, "the County Council" to the one
    county council. The councils ``near`` (named by the papers beside it) are asked
    first, then all of ``names``. None when no hint points to any, or the first that does
    points to several ("LCC" is both Leicestershire County Council and Leicester City
    Council: neither is guessed, nor is a later hint or a wider set tried)."""
    for pool in (near, names):
        for hint in hints:
            if hint.startswith("the "):
                found = {n for n in pool if n.endswith(hint[3:])}
            else:
                found = {n for n in pool if council_initials(n) == hint}
            if found:
                return next(iter(found)) if len(found) == 1 else None
    return None


def _meetings_of(segments: list[Segment]) -> set[tuple]:
    """The meetings a paper's segments print: (date, body, council), the council None
    unless the paper names it. (Not one read from its file name, nor a council taken
    from the papers beside it: a meeting is known by the papers that print it.)"""
    return {(seg.meeting_date, seg.body, None if "council" in seg.placed else seg.council) for seg in segments
            if seg.meeting_date and "meeting_date" not in seg.placed}


_NAME_FILLER = frozenset({"the", "of", "and", "for", "to", "on", "in"})


def _meeting_council(segments: list[Segment], near: set[tuple]) -> str | None:
    """The council of a paper that prints its meeting but names no council: the one
    council the papers beside it name for that meeting, the same body on the same day
    (Cabinet's agenda front sheet, which names no council, beside the reports to that
    Cabinet, which name the County Council). None when they name none, or several."""
    held = {(seg.meeting_date, seg.body) for seg in segments if seg.meeting_date and seg.body}
    councils = {council for day, body, council in near if council and (day, body) in held}
    return next(iter(councils)) if len(councils) == 1 else None


def _name_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in _NAME_FILLER}


def _meeting_of(path: str, segments: list[Segment], near: set[tuple]) -> tuple | None:
    """The meeting a paper that dates nothing was published for, (date, body, council),
    body and council None when not known; None when it is not known.

    Appendices, equality impact assessments and records of decision published on their
    own print no meeting, and their file names often do ("cabinet_2025-01-30_Appendix_F",
    "Agenda frontsheet 13th-Mar-2025"). A date in the file name is taken only when the
    papers beside it (``near``, the meetings of its folder's papers) hold a meeting on that
    day, and on only one of the days its name writes: a draft's or a letter's date
    ("Budget Risk Register 22.01.25", a week before the meeting) matches none, and a paper
    is better undated than dated wrong. Of two bodies meeting that day, the body is the
    one the file name names ("cabinet_...", "full_council_..."; the most of its name's
    words), else none; of one, that one. The council is the paper's own if it names one,
    else that of the meeting's papers if they name one."""
    days = dates_in_file_name(os.path.splitext(os.path.basename(path))[0])
    own = {seg.council for seg in segments if seg.council}
    # A paper that names its body or council is only that body's or council's: the
    # Cabinet member's decision report appended to the Council's papers is not dated by
    # the Council's meeting.
    bodies_named = {seg.body for seg in segments if seg.body}
    near = {m for m in near if (not own or m[2] in own or m[2] is None) and (not bodies_named or m[1] in bodies_named)}
    matched = {m for m in near if m[0] in days}
    if len({m[0] for m in matched}) != 1:
        return None
    day = next(iter(matched))[0]
    bodies = {body for _, body, _ in matched if body}
    body = None
    if len(bodies) == 1:
        body = next(iter(bodies))
    elif bodies:
        named = _name_words(os.path.basename(path))
        share = {b: len(_name_words(b) & named) / max(1, len(_name_words(b))) for b in bodies}
        best = max(share.values())
        if best > 0 and list(share.values()).count(best) == 1:
            body = max(share, key=share.get)
    if own:
        council = next(iter(own)) if len(own) == 1 else None
    else:
        councils = {council for _, b, council in matched if council and (body is None or b == body)}
        council = next(iter(councils)) if len(councils) == 1 else None
    return day, body, council


def _write_in_two(ix, docs: list[dict]) -> list:
    """Writes ``docs`` in two Whoosh segments at once, half of them (by words) in a
    forked process, and returns the two segments, to be added to the writer's at its
    commit. If the other process fails, this one writes its half too.

    The papers that wait to be placed among their meetings (see _meeting_of), most of a
    meeting's appendices, are written after the last paper is read, when the readers are
    done and one core of two would idle: on Kent, 92 of its 131 papers, 2.7 s building
    and writing their records and 1.8 s committing them at the end of a 27 s ingest.
    This is how Whoosh's own multi-process writer (whoosh.multiproc) writes a segment of
    its own beside the locked writer, with its internals (SegmentWriter(_lk=False),
    _finalize_segment) of the pinned Whoosh version; that writer is not used itself, as it
    leaves a failed or cancelled process waiting."""
    import pickle
    import signal

    if not hasattr(os, "fork"):
        return [_write_segment(ix, docs)]
    # Halves by words, as they take the time: a record costs something even without any.
    weights = [len(doc.get("content") or "") + 200 for doc in docs]
    half, total, at = 0, sum(weights), 0
    while half < len(docs) and at + weights[half] <= total / 2:
        at += weights[half]
        half += 1
    half = min(max(half, 1), len(docs) - 1)  # (no empty segment, whatever one record weighs)
    readable, writable = os.pipe()
    pid = os.fork()
    if pid == 0:  # the other process: its half, its segment back through the pipe
        status = 1
        try:
            os.close(readable)
            segment = _write_segment(ix, docs[half:])
            with os.fdopen(writable, "wb") as out:
                pickle.dump(segment, out)
            status = 0
        finally:
            os._exit(status)  # (no cleanup of this process's copy of the run)
    os.close(writable)
    try:
        with os.fdopen(readable, "rb") as back:
            own = _write_segment(ix, docs[:half])
            data = back.read()
    except BaseException:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise
    _, status = os.waitpid(pid, 0)
    if status == 0 and data:
        return [own, pickle.loads(data)]
    return [own, _write_segment(ix, docs[half:])]


def _write_segment(ix, docs: list[dict]):
    """A Whoosh segment of ``docs``, written beside the index's (locked) writer."""
    from whoosh.writing import SegmentWriter

    writer = SegmentWriter(ix, _lk=False, limitmb=WRITER_MB, compound=False)
    for doc in docs:
        writer.add_document(**doc)
    return writer._finalize_segment()


def _placeable(path: str, segments: list[Segment], hints: tuple[str, ...]) -> bool:
    """Whether a paper takes anything from the papers beside it (see place in
    Index._ingest_into), by its own reading (less what it took, Segment.placed): one that
    calls its council by initials and names none; one that prints no meeting and whose
    file name writes a date; one that prints its meeting and names no council."""
    if not segments:
        return False
    if hints:
        return True
    if not any(seg.meeting_date and "meeting_date" not in seg.placed for seg in segments):
        return bool(dates_in_file_name(os.path.basename(path)))
    return not any(seg.council and "council" not in seg.placed for seg in segments)


def _where(read) -> list[tuple]:
    """Where a paper's segments are placed: their meeting dates, bodies and councils."""
    return [(seg.meeting_date, seg.body, seg.council) for seg in read.segments]


def _put_back(seg: Segment) -> None:
    """A segment as its paper reads, less what it took from the papers beside it."""
    if "meeting_date" in seg.placed:
        seg.meeting_date = None
    if "body" in seg.placed:
        seg.body = None
    if "council" in seg.placed:
        seg.council = None
    seg.placed = ()


def _placeable_papers(searcher, wanted: Callable[[dict], bool]):
    """The placeable papers of an index (see _placeable) whose record ``wanted`` accepts,
    as they were read: (Task, ReadPaper) rebuilt from their records, to be placed and
    written again (see Index._ingest_into)."""
    from .paper import ReadPaper
    from .workers import Task

    records = [f for f in searcher.documents(doctype="paper") if f.get("placeable") and wanted(f)]
    for record in records:
        fields = [f for f in searcher.documents(paper=record["paper"]) if f.get("doctype") == "segment"]
        fields.sort(key=lambda f: (tuple(f.get("lines") or (0, 0)), f["id"]))  # in the order they were read
        read = ReadPaper(source=record.get("source") or _term_path(record["paper"]), digest=record.get("digest") or "",
                         segments=[segment_from_stored(f) for f in fields],
                         sentences={f["id"]: f.get("sentences") for f in fields},
                         pages=record.get("page_count") or 0, council_hint=tuple(record.get("hints") or ()),
                         acronyms=record.get("acronyms") or {})
        yield Task(_term_path(record["paper"]), read.source), read


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _tell(progress: Progress | None, event: str, detail: str, done: int, total: int) -> None:
    if progress is not None:
        progress(event, detail, done, total)
