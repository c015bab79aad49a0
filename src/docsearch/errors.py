"""Named exceptions of the library, and how to tell a failure inside Whoosh (a damaged
index). Only the CLI turns them into messages and exit codes."""

import os


class DocsearchError(Exception):
    """Base class: anything docsearch raises on purpose."""


class PaperError(DocsearchError):
    """A paper cannot be read: not really a PDF, encrypted, empty, no text layer, ..."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class NoTextError(PaperError):
    """A paper opened fine but holds no text (a scan with no text layer)."""


class QueryError(DocsearchError):
    """A search query or filter that cannot be understood. Its message is one line: it
    quotes what was typed, and a query read from a file or pasted may hold line breaks."""

    def __init__(self, message: str = ""):
        super().__init__(" ".join(str(message).split("\n")))


class IndexMissing(DocsearchError):
    """No index where one was expected."""


class IndexBusy(DocsearchError):
    """Another process is writing to the index."""


class IndexOutdated(DocsearchError):
    """The index was written by another schema version and needs a rebuild."""


class IndexCorrupt(DocsearchError):
    """The index exists but is damaged: it cannot be opened or read.

    ``plain_rebuild`` is true when the damage leaves the list of papers readable (only
    docsearch's own metadata file is bad), so that ``docsearch rebuild`` with no paths
    can build it afresh; otherwise the papers' folders must be named."""

    def __init__(self, message: str, *, plain_rebuild: bool = False):
        super().__init__(message)
        self.plain_rebuild = plain_rebuild


class UnknownSegment(DocsearchError):
    """No segment with the id asked for."""


def raised_in_whoosh(exc: BaseException) -> bool:
    """True when ``exc`` was raised inside Whoosh: reading its own files, that is a damaged
    index (a file cut short or overwritten), not a mistake of the caller's."""
    tb = exc.__traceback__
    while tb is not None:
        if f"{os.sep}whoosh{os.sep}" in tb.tb_frame.f_code.co_filename:
            return True
        tb = tb.tb_next
    return False
