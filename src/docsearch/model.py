"""The civic concepts docsearch works with, as plain classes.

This module imports nothing of pypdf, Whoosh or click: every other stage builds
these objects or reads them, and the CLI prints their ``to_dict()``. The classes are
written out rather than made with ``dataclasses``: this module is on the path of every
cold ``docsearch search``, and generating them costs a few milliseconds each start.
"""

from __future__ import annotations

import datetime as _dt
import hashlib as _hashlib


def content_hash(data: bytes) -> str:
    """A paper's identity for change detection: a hash of its bytes. Here rather than
    with the reading stages so that a re-ingest with nothing to read imports none of them."""
    return _hashlib.blake2b(data, digest_size=16).hexdigest()


class _Record:
    """Equality and repr from ``__slots__``."""

    __slots__ = ()

    def __eq__(self, other):
        return type(self) is type(other) and all(
            getattr(self, n) == getattr(other, n) for n in self.__slots__)

    def __repr__(self):
        fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__)
        return f"{type(self).__name__}({fields})"


#: The kinds of segment a paper is split into.
#:
#: ``minute``: one numbered item of a meeting's minutes (or an unnumbered minute extract),
#: with all its text including the resolution.
#: ``resolution``: what the body decided on that item (the RESOLVED block); child of its minute.
#: ``recommendation``: what a report asks the body to decide, or a RECOMMENDED block in
#: minutes; child of its report section or minute.
#: ``report``: one section of an officer report.
#: ``section``: any other text (agenda front sheets, plans, appendices, guidance).
KINDS = ("minute", "resolution", "recommendation", "report", "section")

#: Kinds that own their lines: every line of a paper that is not page furniture belongs
#: to exactly one segment of these kinds. Resolutions and recommendations are children
#: that repeat some of their parent's lines.
CONTAINER_KINDS = ("minute", "report", "section")


def kinds_named(option: str) -> list[str]:
    """The kinds a ``--kind`` option names ("resolution,minute"); ValueError for one that
    is not a kind."""
    kinds = [KIND_ALIASES.get(k.strip().lower(), k.strip().lower()) for k in option.split(",") if k.strip()]
    for k in kinds:
        if k not in KINDS:
            raise ValueError(f"unknown kind '{k}'; kinds are {', '.join(KINDS)} (and 'decision' for resolution)")
    return list(dict.fromkeys(kinds))


#: Words people type for a kind: a decision is what a resolution records; plurals too.
KIND_ALIASES = {"decision": "resolution", "decisions": "resolution", "resolutions": "resolution",
                "recommendations": "recommendation", "minutes": "minute", "reports": "report",
                "sections": "section"}


def council_initials(name: str) -> str:
    """The initials a council goes by in its own papers: "KCC" for Kent County Council."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


class Segment(_Record):
    """A searchable unit of a paper: a minute item, a resolution, a recommendation,
    a report section or any other section.

    ``lines`` are the first and last line numbers (from 1) of the segment in the
    extracted text of the paper; for a text dump they are the lines of the file.
    ``pages`` are the first and last page (from 1) for a PDF, else ``None``.
    ``text`` is the text as printed (page furniture removed), for display;
    indexing normalises it separately. ``context`` says which document inside the
    paper it came from ("minutes", "minute_extract", "report", "agenda" or "");
    it is used for display and ranking, and is not part of the JSON contract.
    ``document`` is the title of the report or plan a section belongs to, when its
    ``title`` starts with it ("Local Plan 2020 to 2036: Duty to Co-operate"); ranking
    weighs the report's name apart from the section's own heading.
    ``placed`` names the fields ("meeting_date", "body", "council") taken from the papers
    beside it rather than read from the paper itself (see index._placeable):
    an appendix that prints no meeting, dated by its file name on the day its folder's
    papers met. ``meeting_from`` says where the meeting was read: "paper" when the paper
    prints it, "file name" when the paper prints none and its file name dates it; None
    when undated.
    """

    __slots__ = ("id", "kind", "title", "text", "source", "council", "body", "meeting_date",
                 "minute", "parent", "pages", "lines", "context", "document", "placed")

    def __init__(self, id: str, kind: str, title: str, text: str, source: str,
                 council: str | None = None, body: str | None = None,
                 meeting_date: _dt.date | None = None, minute: str | None = None,
                 parent: str | None = None, pages: tuple[int, int] | None = None,
                 lines: tuple[int, int] | None = None, context: str = "",
                 document: str | None = None, placed: tuple[str, ...] = ()):
        self.id = id
        self.kind = kind
        self.title = title
        self.text = text
        self.source = source
        self.council = council
        self.body = body
        self.meeting_date = meeting_date
        self.minute = minute
        self.parent = parent
        self.pages = pages
        self.lines = lines
        self.context = context
        self.document = document
        self.placed = placed

    @property
    def dated_by_file_name(self) -> bool:
        return "meeting_date" in self.placed

    @property
    def meeting_from(self) -> str | None:
        if not self.meeting_date:
            return None
        return "file name" if self.dated_by_file_name else "paper"

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "parent": self.parent,
            "council": self.council,
            "body": self.body,
            "meeting_date": self.meeting_date.isoformat() if self.meeting_date else None,
            "meeting_from": self.meeting_from,
            "minute": self.minute,
            "title": self.title,
            "document": self.document,
            "text": self.text,
            "source": self.source,
            "pages": list(self.pages) if self.pages else None,
            "lines": list(self.lines) if self.lines else None,
        }


class Hit(_Record):
    """One search result: a segment, its score, a snippet and the terms that matched.

    ``also_in`` lists where the same text is printed again (a summary repeated in an
    appendix, a section printed again for the next meeting), with each copy's meeting
    and whether its words differ (``similar``), so the user sees it once.
    ``parent_title`` names the minute item a resolution belongs to. ``highlights`` are
    the (start, end) of each matched word inside ``snippet``.
    """

    __slots__ = ("segment", "score", "snippet", "matched_terms", "also_in", "parent_title", "highlights")

    def __init__(self, segment: Segment, score: float, snippet: str,
                 matched_terms: list[str] | None = None, also_in: list[dict] | None = None,
                 parent_title: str | None = None, highlights: list[tuple[int, int]] | None = None):
        self.segment = segment
        self.score = score
        self.snippet = snippet
        self.matched_terms = matched_terms or []
        self.also_in = also_in or []
        self.parent_title = parent_title
        self.highlights = highlights or []

    def to_dict(self) -> dict:
        d = self.segment.to_dict()
        d["score"] = round(self.score, 4)
        d["snippet"] = self.snippet
        d["matched_terms"] = self.matched_terms
        d["also_in"] = self.also_in
        d["parent_title"] = self.parent_title
        return d


class PaperProblem(_Record):
    """A paper that could not be read (or was read only in part), and why."""

    __slots__ = ("source", "reason")

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason

    def to_dict(self) -> dict:
        return {"source": self.source, "reason": self.reason}


class IngestReport(_Record):
    """What an ingest or rebuild did: papers added, replaced, unchanged, removed, failed;
    ``missing``: papers still indexed whose files are gone (``prune`` drops them);
    ``placed``: papers indexed before this run that the papers it read or removed gave
    another meeting or council (see Segment.placed);
    ``segments``: segments written by this run; ``papers``: papers the index holds after
    it (a prune writes no segments, and "0 segments indexed" alone read as an empty index)."""

    __slots__ = ("added", "replaced", "unchanged", "removed", "missing", "skipped", "failed", "warnings",
                 "placed", "segments", "papers")

    def __init__(self):
        self.added: list[str] = []
        self.replaced: list[str] = []
        self.unchanged: list[str] = []
        self.removed: list[str] = []
        self.missing: list[str] = []
        self.skipped: list[PaperProblem] = []
        self.failed: list[PaperProblem] = []
        self.warnings: list[PaperProblem] = []
        self.placed: list[str] = []
        self.segments = 0
        self.papers = 0

    @property
    def found_none(self) -> bool:
        """No paper was found at all (an empty folder, a share not mounted): a run that
        did nothing, which a program should treat as a failure, as the CLI does."""
        return not (self.added or self.replaced or self.unchanged or self.failed or self.removed)

    def to_dict(self) -> dict:
        return {
            "added": self.added,
            "replaced": self.replaced,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "missing": self.missing,
            "skipped": [p.to_dict() for p in self.skipped],
            "failed": [p.to_dict() for p in self.failed],
            "warnings": [p.to_dict() for p in self.warnings],
            "placed": self.placed,
            "segments": self.segments,
            "papers": self.papers,
            "found_none": self.found_none,
        }
