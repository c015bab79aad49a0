"""Named exceptions of the library. Only the CLI turns them into messages and exit codes."""


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
    """A search query or filter that cannot be understood."""


class IndexMissing(DocsearchError):
    """No index where one was expected."""


class IndexBusy(DocsearchError):
    """Another process is writing to the index."""


class IndexOutdated(DocsearchError):
    """The index was written by another schema version and needs a rebuild."""


class IndexCorrupt(DocsearchError):
    """The index exists but cannot be opened."""


class UnknownSegment(DocsearchError):
    """No segment with the id asked for."""
