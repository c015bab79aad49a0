"""docsearch: find decisions in English local-council papers.

Papers (PDF, text dumps, HTML) are split into minute items, resolutions,
recommendations, report sections and other sections, each with its council, body,
meeting date and minute number, and indexed with Whoosh::

    from docsearch import Index, split

    for seg in split("corpus/kent-cabinet-minutes-2025-01-09.pdf"):
        print(seg.kind, seg.minute, seg.title)

    ix = Index("index")
    ix.ingest(["corpus"])
    for hit in ix.search("free school meals holidays", kind="resolution"):
        print(hit.segment.body, hit.segment.meeting_date, hit.snippet)
"""

from __future__ import annotations

import os

from .errors import (
    DocsearchError,
    IndexBusy,
    IndexCorrupt,
    IndexMissing,
    IndexOutdated,
    NoTextError,
    PaperError,
    QueryError,
    UnknownSegment,
)
from .model import KINDS, Hit, IngestReport, PaperProblem, Segment

__version__ = "0.1.0"

__all__ = [
    "Index",
    "split",
    "Segment",
    "Hit",
    "IngestReport",
    "PaperProblem",
    "KINDS",
    "DocsearchError",
    "PaperError",
    "NoTextError",
    "QueryError",
    "IndexMissing",
    "IndexBusy",
    "IndexOutdated",
    "IndexCorrupt",
    "UnknownSegment",
]


def split(path: str | os.PathLike, council: str | None = None) -> list[Segment]:
    """Extract and split one paper (no index involved). Raises PaperError when the paper
    cannot be read. ``council`` is used only when the paper does not name its council."""
    from .paper import read_paper

    return read_paper(os.fspath(path), council=council, with_sentences=False).segments


def __getattr__(name: str):
    # Index pulls in Whoosh; importing docsearch for split() alone need not.
    if name == "Index":
        from .index import Index

        return Index
    raise AttributeError(f"module 'docsearch' has no attribute {name!r}")
