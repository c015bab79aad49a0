"""The ``docsearch`` command: each command makes one or two library calls and renders
the result. Results go to stdout (``--json``: one object per line, exactly the
library's ``to_dict()``); progress, warnings and errors go to stderr.

Exit codes: 0 success; 1 an error, a bad query included (one line on stderr says what
and what to do); 2 a usage mistake (an unknown option, a missing argument); 3
ingest/rebuild finished but some papers could not be read; 4 the index is being updated
by another process.
"""

from __future__ import annotations

import datetime as dt
import errno
import functools
import os
import re
import signal
import sys
import time
import unicodedata

import click

from .errors import (
    DocsearchError,
    IndexBusy,
    IndexCorrupt,
    IndexMissing,
    IndexOutdated,
    PaperError,
    QueryError,
    UnknownSegment,
    raised_in_whoosh,
)

EXIT_ERROR = 1
EXIT_PAPERS_FAILED = 3
EXIT_BUSY = 4
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
EXIT_TERMINATED = 143  # 128 + SIGTERM

QUERY_HELP = """Search the index for QUERY.

\b
Query language:
  free school meals      all words rank first; a missing word does not empty the result
  "free school meals"    exact phrase (unstemmed)
  meals -breakfast       exclude a word (also: NOT breakfast)
  budget AND (tax OR precept)   group with AND / OR and brackets
  consult*               prefix
  kind:resolution        kind: minute, resolution, recommendation, report, section
                         (kind:decision is kind:resolution)
  kind:minute,resolution either kind (also: kind:minute OR kind:resolution)
  body:cabinet  council:kent  minute:441  title:budget
  council:kent,medway    either council (also: council:kent OR council:medway)
  date:2020  date:2020-03  date:2020-01..2020-06  date:"5 March 2020"  date:"March 2020"
  date:"January 2025"..2025-03
  cabinet 9 January 2025 a day typed in full (also 09/01/2025, 2025-01-09) with a
                         meeting's name keeps that day's meetings, if any were held
  (a filter applies to every hit: OR cannot join one to words, as in kind:minute OR budget)

Words are stemmed: councillor/councillors and recommend/recommendation match.
A word typed whole finds it printed with a hyphen too (reoffending: re-offending).
A question's own words (what, how, did, was ...) count for little.
A word in capitals is initials (SEND, DSG): it also finds the name spelt out where
a paper defines it, and "send" or "levy" alone ranks lower. A phrase with a sign
("4.99%") must print the sign. A figure with commas (£4,350, 12,000) is searched as
printed, not as its parts.
Procedural items (apologies, declarations, previous minutes) rank below substance
unless the query asks for them. The same text printed twice shows once ("also in");
a report reworded for another meeting shows again, as that meeting's.
A query naming the body that met ("... county council", "... cabinet") ranks that
body's papers first. A word found in no paper gets a "did you mean" (on stderr).
"""


class _QueryCommand(click.Command):
    """``docsearch search``: words of the query may start with "-" (``meals -holidays``
    excludes a word), which click would otherwise take for options ("-h" and "-n" are
    options). Options this command knows stay options; every other argument is a word of
    the query."""

    def parse_args(self, ctx, args):
        takes_value, flags = set(), set(ctx.help_option_names)
        for param in self.params:
            if isinstance(param, click.Option):
                names = param.opts + param.secondary_opts
                (flags if param.is_flag or param.count else takes_value).update(names)
        options, words = [], []
        i = 0
        while i < len(args):
            arg = args[i]
            if arg == "--":
                words.extend(args[i + 1:])
                break
            if arg in takes_value:
                if i + 1 == len(args):
                    # (Left to click, the "--" added below would be taken for its value.)
                    raise click.BadOptionUsage(arg, f"option {arg} requires a value", ctx=ctx)
                options.extend(args[i:i + 2])
                i += 2
                continue
            if arg in flags or (arg.startswith("--") and arg.split("=", 1)[0] in takes_value | flags):
                options.append(arg)
            elif arg.startswith("--"):
                raise click.NoSuchOption(arg.split("=", 1)[0], ctx=ctx)  # a mistyped option
            else:
                words.append(arg)
            i += 1
        return super().parse_args(ctx, options + ["--"] + words)


class _Failure(click.ClickException):
    def __init__(self, message: str, code: int = EXIT_ERROR):
        super().__init__(message)
        self.exit_code = code

    def show(self, file=None):
        click.echo(f"docsearch: {self.format_message()}", err=True)


def _friendly(fn):
    """Turn library errors into one line and an exit code; never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except IndexMissing as exc:
            raise _Failure(f"{exc}; run 'docsearch ingest PATH...' first, or pass --index DIR") from None
        except IndexOutdated as exc:
            raise _Failure(f"{exc}; run 'docsearch rebuild' to build it afresh") from None
        except IndexCorrupt as exc:
            if exc.plain_rebuild:
                raise _Failure(f"{exc}; run 'docsearch rebuild' to build it afresh from the papers it lists") from None
            raise _Failure(f"{exc}; run 'docsearch rebuild PATH...' to build a new one beside it") from None
        except IndexBusy as exc:
            advice = "wait longer with --wait SECONDS" if "(waited" in str(exc) else "pass --wait SECONDS"
            raise _Failure(f"{exc}; try again when it finishes, or {advice}", EXIT_BUSY) from None
        except QueryError as exc:
            raise _Failure(f"bad query: {exc}") from None
        except UnknownSegment as exc:
            raise _Failure(f"{exc}; ids are shown by 'docsearch search'") from None
        except PaperError as exc:
            raise _Failure(f"cannot read {exc.source}: {exc.reason}") from None
        except DocsearchError as exc:
            raise _Failure(str(exc)) from None
        except KeyboardInterrupt as exc:
            code = EXIT_TERMINATED if isinstance(exc, _Terminated) else EXIT_INTERRUPTED
            raise _Failure(_interrupted(click.get_current_context(silent=True)), code) from None
        except click.ClickException:
            raise
        except BrokenPipeError:
            # Output piped into `head`: the reader has what it wanted.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):  # (no EDQUOT on some systems)
                # A full disk is no damaged index: what was committed stands, and a rebuild
                # (which needs room for a second copy) is the last thing to advise.
                where = click.get_current_context(silent=True)
                index = (where.obj or {}).get("index") if where else None
                raise _Failure(f"no space left on the disk{f' holding {index}' if index else ''} "
                               f"({exc.strerror}); the index holds everything committed before; free some "
                               "space and run again") from None
            if raised_in_whoosh(exc):
                raise _Failure(f"the index cannot be read ({exc.strerror or exc}: {exc.filename or ''}); it may be "
                               "damaged: run 'docsearch rebuild PATH...' to build a new one beside it") from None
            raise _Failure(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")) from None
        except Exception as exc:  # noqa: BLE001 - last resort: one line, not a traceback
            if os.environ.get("DOCSEARCH_DEBUG"):
                raise
            if raised_in_whoosh(exc):
                # Whoosh failing to read its own files: a damaged index (a disk error, a
                # file edited or cut short), which a rebuild replaces.
                raise _Failure(f"the index cannot be read ({type(exc).__name__}: {exc}); it may be damaged: "
                               "run 'docsearch rebuild PATH...' to build a new one beside it") from None
            raise _Failure(f"internal error: {type(exc).__name__}: {exc} (set DOCSEARCH_DEBUG=1 for details)") from None

    return wrapper


def _interrupted(ctx) -> str:
    """What Ctrl-C left: an ingest keeps what it committed; a rebuild swaps its new index
    in only when complete, so the live one is as it was; a search changes nothing."""
    command = ctx.info_name if ctx is not None else None
    if command == "ingest":
        return "interrupted; the index holds everything committed before the interruption"
    if command == "rebuild":
        return "interrupted; the index is as it was before the rebuild"
    return "interrupted"


def _index(ctx):
    from .index import Index

    return Index(ctx.obj["index"])


def _echo_json(obj) -> None:
    import json

    text = json.dumps(obj, ensure_ascii=False)
    if any("\ud800" <= c <= "\udfff" for c in text):
        # A file name that is not UTF-8 holds stand-ins for its bytes: escaped, as JSON
        # allows, rather than written as bytes that are not UTF-8.
        text = json.dumps(obj)
    click.echo(text)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--index", "index_dir", metavar="DIR", envvar="DOCSEARCH_INDEX", default="index",
              show_default=True, help="Index folder (default: $DOCSEARCH_INDEX, else ./index).")
@click.version_option(package_name="docsearch")
@click.pass_context
def cli(ctx, index_dir):
    """docsearch: find decisions in council papers.

    Ingest minutes, agenda packs and reports (PDF, text, HTML), split into minute items,
    resolutions, recommendations and report sections, then search them.
    """
    ctx.ensure_object(dict)
    ctx.obj["index"] = index_dir


def _printable(text: str) -> str:
    """A file name as a line of a log can hold it: control characters (a newline, a
    terminal's escape) written as escapes, so that a name cannot forge a line of output
    or recolour the terminal."""
    return "".join(repr(c)[1:-1] if unicodedata.category(c) == "Cc" else c for c in str(text))


class _Progress:
    """Progress on stderr: a bar on a terminal, failures always, a summary at the end."""

    #: Without a terminal (a log, cron), a line this often instead of a bar.
    LOG_EVERY_SECONDS = 10.0

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self.tty = sys.stderr.isatty()
        self.bar = None
        self.last_line = time.monotonic()
        self.done = 0

    def __call__(self, event, detail, done, total):
        if event in ("read", "failed") and total:
            self.done = done
        if event in ("read", "failed") and not self.tty and not self.quiet and total \
                and time.monotonic() - self.last_line >= self.LOG_EVERY_SECONDS and done < total:
            click.echo(f"docsearch: {done}/{total} papers read", err=True)
            self.last_line = time.monotonic()
        if event == "waiting" and not self.tty and not self.quiet \
                and time.monotonic() - self.last_line >= self.LOG_EVERY_SECONDS:
            # No paper finished for a while (a long budget book): the log still moves.
            click.echo(f"docsearch: {self.done}/{total} papers read; reading {_printable(detail)}", err=True)
            self.last_line = time.monotonic()
        if event in ("failed", "skipped"):
            self._clear()
            label = "cannot read" if event == "failed" else "skipped"
            click.echo(f"docsearch: {label} {_printable(detail)}", err=True)
        elif event == "start":
            if not self.quiet:
                click.echo(f"docsearch: {detail}", err=True)
            if self.tty and total and not self.quiet:
                self.bar = click.progressbar(length=total, label="reading", file=sys.stderr)
                self.bar.__enter__()
        elif event in ("read",) and self.bar is not None:
            self.bar.update(1)
        elif event == "removed" and not self.quiet:
            click.echo(f"docsearch: removed {_printable(detail)}", err=True)
        elif event == "writing" and not self.quiet:
            # Every paper is read; what is left takes seconds, with the bar full.
            self.close()
            click.echo(f"docsearch: writing {detail}", err=True)
        if event == "failed" and self.bar is not None:
            self.bar.update(1)

    def _clear(self):
        if self.bar is not None and self.tty:
            click.echo("\r\033[K", err=True, nl=False)

    def close(self):
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def _finds(ix, words: str) -> bool:
    """True when ``words`` alone (a query with its filters taken out) find a hit; False
    when there are none, or they are not a query on their own."""
    if not words:
        return False
    try:
        return bool(ix.search(words, limit=1))
    except DocsearchError:
        return False


def _finish_ingest(report, as_json: bool, verb: str):
    if as_json:
        _echo_json(report.to_dict())
    for w in report.warnings:
        click.echo(f"docsearch: warning: {_printable(w.source)}: {w.reason}", err=True)
    parts = [f"{len(report.added)} added", f"{len(report.replaced)} replaced",
             f"{len(report.unchanged)} unchanged"]
    if report.removed:
        parts.append(f"{len(report.removed)} removed")
    if report.placed:
        # Papers of earlier runs whose meeting or council this run's papers told.
        parts.append(f"{len(report.placed)} indexed before given their meeting or council")
    if report.skipped:
        parts.append(f"{len(report.skipped)} skipped")
    if report.failed:
        parts.append(f"{len(report.failed)} could not be read")
    segments = f"{report.segments} segment{'' if report.segments == 1 else 's'}"
    papers = f"{report.papers} paper{'' if report.papers == 1 else 's'}"
    click.echo(f"docsearch: {verb}: {', '.join(parts)}; {segments} indexed; the index holds {papers}", err=True)
    if report.missing:
        # A paper moved or deleted stays searchable (under its old path) until pruned.
        n = len(report.missing)
        click.echo(f"docsearch: {n} indexed paper{'s are' if n > 1 else ' is'} no longer on disk "
                   f"(first: {_printable(report.missing[0])}); 'docsearch ingest --prune' with their folder drops them", err=True)
    found_none = report.found_none
    if found_none:
        click.echo("docsearch: no papers found (docsearch reads .pdf, .txt, .text, .md, .html and .htm files, "
                   "in any case)", err=True)
    # (Finding none is a failure too: a cron job's empty mount point must not look fine.)
    if report.failed or found_none:
        sys.exit(EXIT_PAPERS_FAILED)


def _set_index(ctx, _param, value):
    if value is None:
        return
    parent = ctx.parent
    if parent is not None and parent.get_parameter_source("index_dir") == click.core.ParameterSource.COMMANDLINE \
            and os.path.abspath(parent.params["index_dir"]) != os.path.abspath(value):
        # Which one was meant cannot be known; the last silently winning would search or
        # write the wrong index.
        raise click.UsageError(f"--index is given twice ({parent.params['index_dir']} before the command, "
                               f"{value} after it); give it once")
    ctx.ensure_object(dict)["index"] = value


# "--index" after the command too ("docsearch search budget --index ix"), as people type it.
_index_here = click.option("--index", metavar="DIR", expose_value=False, callback=_set_index,
                           help="Index folder (also accepted before the command).")


def _a_number(_ctx, param, value):
    """Click's ranges let "nan" through (no comparison with it is false): it turned the
    paper timeout off."""
    if value is not None and value != value:
        raise click.BadParameter("not a number", param=param)
    return value


_common_write = [
    _index_here,
    click.option("--council", metavar="NAME",
                 help="Council to record when a paper does not name its own (the papers read in this run; "
                      "with ingest, unchanged papers keep theirs)."),
    click.option("--workers", type=click.IntRange(0, 64), default=None,
                 help="Reader processes (default: CPU count, at most 4; 0 reads in this process, "
                      "with no --timeout)."),
    click.option("--timeout", "paper_timeout", type=click.FloatRange(1), default=None, callback=_a_number,
                 help="Seconds one paper may take before it is reported and skipped [default: 120]; "
                      "needs reader processes (not --workers 0)."),
    click.option("--wait", type=click.FloatRange(0), default=0, show_default=True, callback=_a_number,
                 help="Seconds to wait if another process is updating the index."),
    click.option("--json", "as_json", is_flag=True, help="Print the ingest report as JSON."),
    click.option("-q", "--quiet", is_flag=True, help="Only errors and the summary on stderr."),
]


def _with(options):
    def deco(fn):
        for opt in reversed(options):
            fn = opt(fn)
        return fn

    return deco


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(readable=False))
@click.option("--prune", is_flag=True, help="Drop papers whose files no longer exist.")
@_with(_common_write)
@click.pass_context
@_friendly
def ingest(ctx, paths, prune, council, workers, paper_timeout, wait, as_json, quiet):
    """Add new papers and replace changed ones (default PATH: ./corpus).

    PATHs are files or folders (searched recursively for .pdf, .txt, .text, .md, .html, .htm;
    endings in any case).
    Unchanged papers cost a hash check. A paper that cannot be read is named on stderr
    with the reason and the run goes on (exit status 3 at the end).
    """
    paths = paths or ("corpus",)
    progress = _Progress(quiet)
    try:
        report = _index(ctx).ingest(paths, council=council, prune=prune, workers=workers,
                                    progress=progress, wait=wait, paper_timeout=paper_timeout)
    finally:
        progress.close()
    if council and report.unchanged and not quiet:
        n = len(report.unchanged)
        click.echo(f"docsearch: --council applies to the papers read in this run; {n} unchanged "
                   f"paper{' keeps its' if n == 1 else 's keep theirs'} (docsearch rebuild "
                   "--council applies it to all)", err=True)
    _finish_ingest(report, as_json, "ingest")


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(readable=False))
@_with(_common_write)
@click.pass_context
@_friendly
def rebuild(ctx, paths, council, workers, paper_timeout, wait, as_json, quiet):
    """Build a fresh index and swap it in only when complete.

    With no PATH, re-reads the papers the current index holds. Searches keep answering
    from the old index until the new one is ready.
    """
    progress = _Progress(quiet)
    try:
        report = _index(ctx).rebuild(list(paths) if paths else None, council=council, workers=workers,
                                     progress=progress, wait=wait, paper_timeout=paper_timeout)
    finally:
        progress.close()
    _finish_ingest(report, as_json, "rebuild")


def _where(seg) -> str:
    return _location(seg.source, seg.pages, seg.lines)


def _location(source: str, pages, lines) -> str:
    """"papers/pack.pdf, pages 4-6"; "papers/minutes.txt, lines 12-40"."""
    if pages:
        a, b = pages
        loc = f"page {a}" if a == b else f"pages {a}-{b}"
    elif lines:
        a, b = lines
        loc = f"line {a}" if a == b else f"lines {a}-{b}"
    else:
        loc = ""
    return f"{_printable(source)}{', ' + loc if loc else ''}"


def _heading(seg, council: bool = False) -> str:
    """"Cabinet · 9 Jan 2025 · minute 80 · resolution" ("decision 24/00093" for a decision's
    number); with ``council``, the council first
    (an index may hold several councils' Cabinets)."""
    bits = [seg.council] if council and seg.council else []
    if seg.body or not bits:
        bits.append(seg.body or "-")
    bits.append(seg.meeting_date.strftime("%-d %b %Y") if seg.meeting_date else "undated")
    if seg.minute:
        # A number from minutes is a minute's; one from a record of decision or a report
        # ("Decision no: 24/00093") is the decision's: nothing was minuted under it.
        bits.append(f"{'minute' if seg.context in ('minutes', 'minute_extract') else 'decision'} {seg.minute}")
    bits.append(seg.kind)
    return " · ".join(bits)


def _copy_meeting(other: dict, seg) -> str:
    """A copy's meeting, where it differs from the hit's (a report printed again for
    another body, an appendix printed alone with no meeting), as "Council · 13 Mar 2025 · "
    or "- · undated · "; else nothing."""
    body, date = other.get("body"), other.get("meeting_date")
    if (body, date) == (seg.body, seg.meeting_date.isoformat() if seg.meeting_date else None):
        return ""
    when = dt.date.fromisoformat(date).strftime("%-d %b %Y") if date else "undated"
    return f"{body or '-'} · {when} · "


def _highlight(snippet: str, spans, colour: bool) -> str:
    if not colour or not spans:
        return snippet
    out, last = [], 0
    for a, b in sorted(spans):
        if a < last:
            continue
        out.append(snippet[last:a])
        out.append(click.style(snippet[a:b], fg="yellow", bold=True))
        last = b
    out.append(snippet[last:])
    return "".join(out)


def _use_colour(stream) -> bool:
    """Colour on a terminal, unless the user asks for none (NO_COLOR, as no-color.org
    proposes) or the terminal shows none (TERM=dumb)."""
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


@cli.command(help=QUERY_HELP, cls=_QueryCommand)
@click.argument("query", nargs=-1, required=False)
@click.option("--kind", metavar="KIND", multiple=True,
              help="Only this kind (minute, resolution, recommendation, report, section; comma-separated or "
                   "repeated for either).")
@click.option("--council", metavar="NAME", multiple=True,
              help="Only papers of this council (words match, e.g. kent; comma-separated or repeated for either).")
@click.option("--body", metavar="NAME", multiple=True,
              help="Only this body (words match, e.g. 'scrutiny commission'; repeated for either).")
@click.option("--since", metavar="DATE", callback=lambda ctx, param, value: _a_date(param, value),
              help="Meetings on or after DATE (2020-03-05, 05/03/2020, '5 March 2020', 'March 2020', 2020).")
@click.option("--until", metavar="DATE", callback=lambda ctx, param, value: _a_date(param, value),
              help="Meetings on or before DATE.")
@click.option("--limit", "-n", type=click.IntRange(1), default=10, show_default=True, help="Number of results.")
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True,
              help="'date' shows the newest meetings first, among the hits holding every word (if any do).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit, one per line.")
@_index_here
@click.pass_context
@_friendly
def search(ctx, query, kind, council, body, since, until, limit, sort, as_json):
    text = " ".join(query)
    # An option given twice means either value, as a field named twice in the query does.
    kind = ",".join(kind) or None
    council = ",".join(council) or None
    body = (body[0] if len(body) == 1 else list(body)) or None
    if not text.strip() and not any((kind, council, body, since, until)):
        raise click.UsageError("give a QUERY (words, or filters such as kind:resolution)")
    ix = _index(ctx)
    hits = ix.search(text, kind=kind, council=council, body=body, since=since, until=until,
                     limit=limit, sort=sort)
    _left_out_unknown(ix, text, kind, body, council, since, until, limit)
    if not hits:
        from .model import KINDS
        from .search import without_filters

        if not ix.search("", kind=list(KINDS), limit=1):
            # An index made by an ingest that has not yet committed (it commits every 25
            # papers or 20 seconds), or emptied by --prune: not "no results" for the words.
            # (Said only when one is running: after an ingest killed before its first
            # commit, the user had been told to wait for one that would never come.)
            running = ("an ingest running now adds papers as it goes" if ix._being_updated()
                       else "none is running: an ingest stopped before its first commit, or a --prune of every "
                            "paper, leaves it so")
            raise _Failure(f"the index at {ix.path} holds no papers yet; run 'docsearch ingest PATH...' ({running})")
        suggestion = ix.suggest(text) if text.strip() else None
        # (A query pasted by mistake, a page long, is not echoed back whole.)
        shown = text if len(text) <= 100 else text[:97] + "..."
        msg = f"no results for {shown!r}" if text.strip() else "no results"
        options = {"--kind": kind, "--council": council, "--body": body, "--since": since, "--until": until}
        given = [f"{name} {value!r}" for name, value in options.items() if value]
        words = without_filters(text)
        if given and text.strip():
            # The words alone may find papers: say that the options ruled them out.
            unfiltered = _finds(ix, words)
            if unfiltered:
                msg += f" with {', '.join(given)}; the words alone find papers, so try without the options"
                if body or council:
                    msg += " (`docsearch stats` lists the bodies and councils)"
        elif words != " ".join(text.split()):
            # Or the query's own filters did (a body's name mistyped: "body:cabniet").
            if _finds(ix, words):
                msg += "; the words alone find papers, so the query's filters ruled them out"
            msg += " (`docsearch stats` lists the bodies, councils and dates)"
        if isinstance(body, str) and "," in body or re.search(r"(?<![\w:])body:[^\s\"]*,", text, re.I):
            # Kinds and councils take commas for either; a body's name may hold one itself.
            msg += "; a body is one name (it may hold a comma): for either of two, type body:cabinet OR body:audit"
        if suggestion:
            msg += f"; did you mean: {suggestion}"
        click.echo(f"docsearch: {msg}", err=True)
        return
    # Some words found nothing (a typing slip) while others found these hits: say so, and
    # what the papers hold instead, on stderr so that --json output stays clean.
    suggestion = ix.suggest(text) if text.strip() else None
    if suggestion:
        click.echo(f"docsearch: some words are in no paper; did you mean: {suggestion}", err=True)
    elif text.strip() and (missing := ix.missing_words(text)):
        # (With no near word to offer, still say which words counted for nothing.)
        named = ", ".join(f"'{w}'" for w in missing)
        click.echo(f"docsearch: no paper has the word{'s' if len(missing) > 1 else ''} {named}; "
                   "these hits are for the other words", err=True)
    if as_json:
        for hit in hits:
            _echo_json(hit.to_dict())
        return
    colour = _use_colour(sys.stdout)
    for n, hit in enumerate(hits, 1):
        seg = hit.segment
        head = _heading(seg, council=True)
        click.echo(f"{n}. {click.style(head, bold=True) if colour else head}")
        click.echo(f"   {seg.title}")
        if hit.parent_title and seg.kind in ("resolution", "recommendation"):
            click.echo(f"   in: {hit.parent_title}")
        click.echo(f"   {_highlight(hit.snippet, hit.highlights, colour)}")
        click.echo(f"   {_where(seg)} · id {seg.id}")
        for other in hit.also_in[:3]:
            where = _location(other["source"], other.get("pages"), other.get("lines"))
            # A near-copy (a draft and its final version) is not called the same text.
            label = "similar text in" if other.get("similar") else "also in"
            click.echo(f"   {label}: {_copy_meeting(other, seg)}{where} · id {other['id']}")
        if len(hit.also_in) > 3:
            # Printings, not papers: one paper may print a text many times (a pack of
            # packs), and "57 more papers" was one file.
            more = len(hit.also_in) - 3
            papers = len({other["source"] for other in hit.also_in[3:]})
            click.echo(f"   also printed {more} more time{'s' if more > 1 else ''}, in {papers} "
                       f"paper{'s' if papers > 1 else ''} (--json lists them all)")
        click.echo("")


def _a_date(param, value):
    """--since/--until checked as click checks an option: a value that is no date is the
    option's error (exit 2), not the query's ("bad query: 'banana' is not a date")."""
    from .dates import parse_date_range

    if value is not None and parse_date_range(value) is None:
        raise click.BadParameter(f"{value!r} is not a date; try 2020-03-05, 5 March 2020 or March 2020", param=param)
    return value


def _left_out_unknown(ix, text, kind, body, council, since, until, limit) -> None:
    """Say when --council or --since/--until (or council: and date: in the query) left out
    hits that name no council or print no meeting date (standalone appendices often do
    neither): the filter cannot tell whether they match, and the user would not otherwise
    know they exist."""
    from .search import filters_typed, without_filters

    typed = filters_typed(text)
    by_council, by_date = "council" in typed, "date" in typed
    in_query = by_council or by_date
    council, dated = council or by_council, since or until or by_date
    words = without_filters(text, only=("council", "date"))
    if not words.strip() or not (council or dated):
        return
    wider = ix.search(words, kind=kind, body=body, limit=limit)
    unknown = [h for h in wider if (council and not h.segment.council) or (dated and not h.segment.meeting_date)]
    if unknown:
        why = " or ".join(([] if not council else ["name no council"])
                          + ([] if not dated else ["print no meeting date"]))
        which = "filters" if in_query else "options"
        click.echo(f"docsearch: {len(unknown)} of the top {len(wider)} hits without those {which} {why}, "
                   f"so the {which} left them out (first: {_short(unknown[0].segment.title, 60)}, "
                   f"id {unknown[0].segment.id})", err=True)


def _short(text: str, most: int) -> str:
    """``text`` cut to at most ``most`` characters between words, with "…" if cut."""
    if len(text) <= most:
        return text
    cut = text[:most].rsplit(" ", 1)[0]
    return (cut if len(cut) > most // 2 else text[:most]).rstrip(" ,;:–-") + "…"


@cli.command()
@click.argument("segment_id")
@click.option("--json", "as_json", is_flag=True, help="Print the segment as JSON.")
@_index_here
@click.pass_context
@_friendly
def show(ctx, segment_id, as_json):
    """Print one segment in full, with its meeting, parent, children and source.

    SEGMENT_ID is a hit's id, or its first few characters (at least 4) when only one
    segment's id starts so."""
    ix = _index(ctx)
    seg = ix.get(segment_id)
    parent = ix.get(seg.parent) if seg.parent else None
    children = ix.children(seg.id)
    copies = ix.copies(seg.id)
    if as_json:
        d = seg.to_dict()
        d["parent_title"] = parent.title if parent else None
        d["children"] = [{"id": c.id, "kind": c.kind, "title": c.title} for c in children]
        d["also_in"] = [{"id": c.id, "source": c.source, "pages": list(c.pages) if c.pages else None,
                         "lines": list(c.lines) if c.lines else None} for c in copies]
        _echo_json(d)
        return
    click.echo(_heading(seg))
    click.echo(seg.title)
    # Always said, so that a missing council is seen ("ingest --council" fills it).
    beside = " (from the papers beside it: the paper names none)" if "council" in seg.placed else ""
    click.echo(f"council: {seg.council or '- (the paper names none)'}{beside}")
    if seg.dated_by_file_name:
        # Said, since the paper itself prints no meeting (see index._meeting_of).
        click.echo("meeting: from the file name, a day the papers beside it met (the paper prints none)")
    click.echo(f"source: {_where(seg)}")
    for c in copies:
        click.echo(f"also in: {_where(c)} (id {c.id})")
    if parent:
        click.echo(f"part of: {parent.title} (id {parent.id})")
    for c in children:
        click.echo(f"contains: {c.kind}: {c.title} (id {c.id})")
    click.echo("")
    click.echo(seg.text)


@cli.command()
@click.argument("path", type=click.Path(readable=False))
@click.option("--council", metavar="NAME", help="Council to record when the paper does not name its own.")
@click.option("--kind", metavar="KIND",
              help="Only segments of this kind (minute, resolution, recommendation, report, section; comma-separated).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per segment, one per line.")
@_friendly
def split(path, council, kind, as_json):
    """Extract and split one paper and print its segments (no index involved)."""
    from . import split as split_paper

    if not os.path.exists(path):
        raise _Failure(f"no such file: {path}")
    from .model import kinds_named

    try:
        kinds = kinds_named(kind) if kind else []
    except ValueError as exc:
        raise _Failure(str(exc)) from None
    segments = split_paper(path, council=council)
    if kinds:
        segments = [s for s in segments if s.kind in kinds]
    for seg in segments:
        if as_json:
            _echo_json(seg.to_dict())
        else:
            indent = "    " if seg.parent else ""
            click.echo(f"{indent}{_heading(seg)} · {seg.id}")
            click.echo(f"{indent}  {seg.title}")
            first = seg.text.split("\n", 1)[0]
            click.echo(f"{indent}  {first[:100]}{'…' if len(first) > 100 else ''}  [{_where(seg)}]")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as one JSON object.")
@_index_here
@click.pass_context
@_friendly
def stats(ctx, as_json):
    """Papers, segments by kind, meetings, councils, bodies and dates in the index."""
    st = _index(ctx).stats()
    if as_json:
        _echo_json(st)
        return
    click.echo(f"index: {st['index']}")
    click.echo(f"papers: {st['papers']}" + (f" (+{st['papers_without_text']} without text)" if st["papers_without_text"] else ""))
    click.echo(f"segments: {st['segments']}  " + "  ".join(f"{k}: {v}" for k, v in st["by_kind"].items())
               + (f"  ({st['copies']} exact cop{'y' if st['copies'] == 1 else 'ies'} of others, searched once)"
                  if st["copies"] else ""))
    click.echo(f"meetings: {st['meetings']} with minutes; {st['meetings_with_papers']} with papers")
    if st["date_range"]:
        notes = [f"{st['undated_segments']} segment{'' if st['undated_segments'] == 1 else 's'} undated"
                 ] if st["undated_segments"] else []
        if st["dated_by_file_name"]:
            notes.append(f"{st['dated_by_file_name']} dated by their file names")
        click.echo(f"dates: {st['date_range'][0]} to {st['date_range'][1]}" + (f" ({'; '.join(notes)})" if notes else ""))
    click.echo("councils: " + (", ".join(f"{k} ({v})" for k, v in st["councils"].items()) or "-")
               + (f"; none named ({st['segments_without_council']})" if st["segments_without_council"] else ""))
    # The twelve with most segments; the count says there are more (--json lists all).
    bodies = list(st["bodies"].items())
    more = f", and {len(bodies) - 12} more (--json lists them all)" if len(bodies) > 12 else ""
    click.echo("bodies: " + (", ".join(f"{k} ({v})" for k, v in bodies[:12]) or "-") + more)


class _Terminated(KeyboardInterrupt):
    """SIGTERM (`kill PID`, a service being stopped), taken as Ctrl-C is: the run stops,
    its readers are stopped, and what the index holds is said."""


def _terminate(_signum, _frame):
    raise _Terminated()


def main():
    signal.signal(signal.SIGTERM, _terminate)
    # Run with its error stream closed ("2>&-", a daemon's wrapper), Python has no
    # sys.stderr, and the first progress line ended the run with no index made; the
    # messages go nowhere instead, and the exit code still tells.
    for fd, name in ((1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is None:
            null = os.open(os.devnull, os.O_WRONLY)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
            setattr(sys, name, open(fd, "w", closefd=False))
    try:
        cli(prog_name="docsearch")
    except KeyboardInterrupt as exc:
        click.echo("docsearch: interrupted", err=True)
        sys.exit(EXIT_TERMINATED if isinstance(exc, _Terminated) else EXIT_INTERRUPTED)
