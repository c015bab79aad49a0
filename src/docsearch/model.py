"""The civic concepts docsearch works with, as plain dataclasses.

This module imports nothing of pypdf, Whoosh or click: every other stage builds
these objects or reads them, and the CLI prints their ``to_dict()``.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

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


@dataclass
class Meeting:
    """One sitting of a body on a date, as named by a minutes or report header.

    ``kind`` says where it came from: ``minutes`` (a minutes document), ``minute_extract``
    (another body's minutes pasted into an appendix), ``report`` (a report's header says
    which meeting it goes to) or ``agenda`` (an agenda front sheet).
    """

    body: str | None
    meeting_date: _dt.date | None
    kind: str = "minutes"
    header: str = ""

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "body": self.body,
            "meeting_date": self.meeting_date.isoformat() if self.meeting_date else None,
            "header": self.header,
        }


@dataclass
class Segment:
    """A searchable unit of a paper: a minute item, a resolution, a recommendation,
    a report section or any other section.

    ``lines`` are the first and last line numbers (from 1) of the segment in the
    extracted text of the paper; for a text dump they are the lines of the file.
    ``pages`` are the first and last page (from 1) for a PDF, else ``None``.
    ``text`` is the text as printed (page furniture removed), for display;
    indexing normalises it separately.
    """

    id: str
    kind: str
    title: str
    text: str
    source: str
    council: str | None = None
    body: str | None = None
    meeting_date: _dt.date | None = None
    minute: str | None = None
    parent: str | None = None
    pages: tuple[int, int] | None = None
    lines: tuple[int, int] | None = None
    # Which document inside the paper this came from: "minutes", "minute_extract",
    # "report" or "" (anything else). Used for display and ranking, not in the contract.
    context: str = ""

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "parent": self.parent,
            "council": self.council,
            "body": self.body,
            "meeting_date": self.meeting_date.isoformat() if self.meeting_date else None,
            "minute": self.minute,
            "title": self.title,
            "text": self.text,
            "source": self.source,
            "pages": list(self.pages) if self.pages else None,
            "lines": list(self.lines) if self.lines else None,
        }


@dataclass
class Hit:
    """One search result: a segment, its score, a snippet and the terms that matched.

    ``also_in`` lists where the same text is printed again (a summary repeated in an
    appendix), so the user sees it once. ``minute_title`` names the minute item a
    resolution belongs to.
    """

    segment: Segment
    score: float
    snippet: str
    matched_terms: list[str] = field(default_factory=list)
    also_in: list[dict] = field(default_factory=list)
    parent_title: str | None = None
    # (start, end) of each matched word inside ``snippet``, for highlighting.
    highlights: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict:
        d = self.segment.to_dict()
        d["score"] = round(self.score, 4)
        d["snippet"] = self.snippet
        d["matched_terms"] = self.matched_terms
        d["also_in"] = self.also_in
        d["parent_title"] = self.parent_title
        return d


@dataclass
class PaperProblem:
    """A paper that could not be read (or was read only in part), and why."""

    source: str
    reason: str

    def to_dict(self) -> dict:
        return {"source": self.source, "reason": self.reason}


@dataclass
class IngestReport:
    """What an ingest or rebuild did: papers added, replaced, unchanged, removed, failed."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[PaperProblem] = field(default_factory=list)
    failed: list[PaperProblem] = field(default_factory=list)
    warnings: list[PaperProblem] = field(default_factory=list)
    segments: int = 0

    def to_dict(self) -> dict:
        return {
            "added": self.added,
            "replaced": self.replaced,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "skipped": [p.to_dict() for p in self.skipped],
            "failed": [p.to_dict() for p in self.failed],
            "warnings": [p.to_dict() for p in self.warnings],
            "segments": self.segments,
        }
