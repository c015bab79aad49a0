"""One paper through the reading stages: extract → clean → split, plus what indexing
needs beside the segments (content hash, sentence spans for snippets).

This is the unit of work a worker process does during ingest; it runs in the parent
for ``docsearch split``.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field

from . import acronyms
from .clean import clean
from .extract import extract
from .model import Segment, content_hash
from .splitter import split_with_council_hint

# Abbreviations that end with a full stop without ending a sentence in council papers.
# Punkt learns these from training data, which cannot be downloaded here, so they are
# given to it directly.
ABBREVIATIONS = (
    "mr mrs ms dr cllr cllrs cc no nos para paras etc e.g i.e vs approx cf st rd ave fig figs "
    "ref refs dept govt incl ltd plc co sec secs vol app apps min mins jan feb mar apr jun jul "
    "aug sep sept oct nov dec prof rev hon obe mbe cbe jp am pm"
).split()


@dataclass
class ReadPaper:
    """A paper read and split, ready to index."""

    source: str
    digest: str
    segments: list[Segment]
    sentences: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    pages: int = 0
    # How a paper that names no council calls its own ("KCC", "the County Council"); see
    # splitter.split_with_council_hint.
    council_hint: tuple[str, ...] = ()
    # The acronyms the paper defines, {initials: name}; see acronyms.defined.
    acronyms: dict[str, str] = field(default_factory=dict)


def segment_key(path: str, digest: str) -> str:
    """Seed for segment ids: the same paper at the same place gives the same ids, however
    the place is written (``split`` given a relative path, or a path through a symbolic
    link, gives the ids the index holds)."""
    return f"{os.path.realpath(path)}:{digest}"


def read_paper(path: str, source: str | None = None, council: str | None = None,
               data: bytes | None = None, with_sentences: bool = True) -> ReadPaper:
    """Extract, clean and split one paper. Raises PaperError when it cannot be read."""
    if data is None:
        try:
            # (Not a pipe or a device, which extract() refuses: reading one never ends.)
            if stat.S_ISREG(os.stat(path).st_mode):
                with open(path, "rb") as fh:
                    data = fh.read()
        except OSError:
            data = None  # extract() reports the reason in its own words
    extracted = extract(path, data)
    digest = content_hash(data) if data is not None else ""
    lines = clean(extracted)
    segments, hint = split_with_council_hint(lines, source or path, segment_key(path, digest), council=council,
                                             site=extracted.site)
    spans = sentence_spans([s.text for s in segments]) if with_sentences else []
    return ReadPaper(
        source=source or path,
        digest=digest,
        segments=segments,
        sentences={s.id: sp for s, sp in zip(segments, spans)},
        warnings=list(extracted.warnings),
        pages=len(extracted.pages) if extracted.paged else 0,
        council_hint=hint,
        acronyms=acronyms.defined("\n".join(line.text for line in lines)),
    )


_tokenizer = None


def sentence_spans(texts: list[str]) -> list[list[tuple[int, int]]]:
    """Sentence boundaries (start, end) of each text, with nltk's Punkt and the
    abbreviation list above. Computed at ingest so that search never imports nltk."""
    global _tokenizer
    if _tokenizer is None:
        from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

        params = PunktParameters()
        params.abbrev_types = set(ABBREVIATIONS)
        _tokenizer = PunktSentenceTokenizer(params)
    out = []
    for text in texts:
        spans = []
        # Paragraph breaks end sentences too (headings, list parts without full stops).
        offset = 0
        for para in text.split("\n\n"):
            marker = None
            for s, e in _tokenizer.span_tokenize(para):
                if marker is not None:
                    s, marker = marker, None
                if _LIST_MARKER.fullmatch(para[s:e]):
                    # A part's number ("1.", "(a)") that Punkt takes for a sentence of its
                    # own opens the sentence after it: a snippet of "1. Agree to submit
                    # ..." had shown "Agree to submit ...; 2. Note that ...".
                    marker = s
                    continue
                if (tail := _TRAILING_MARKER.search(para, s, e)) and tail.end() == e:
                    # ... and one Punkt leaves at the end of the part before ("...
                    # Ashgrove; 3.") goes to the part it numbers.
                    spans.append((offset + s, offset + tail.start()))
                    marker = tail.start(1)
                    continue
                spans.append((offset + s, offset + e))
            if marker is not None:
                spans.append((offset + marker, offset + len(para.rstrip())))
            offset += len(para) + 2
        out.append(spans)
    return out


# A part's number or letter: "1.", "(a)", "iv)".
_MARKER = r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]"
_LIST_MARKER = re.compile(_MARKER)
# ... at the end of the part before it: "...; 3.", "... and 5.".
_TRAILING_MARKER = re.compile(rf"(?:(?<=[;:,])|(?<=\band)|(?<=\bor))\s+({_MARKER})")
