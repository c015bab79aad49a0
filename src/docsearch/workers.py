"""Reading papers in worker processes, so that extraction (pypdf) overlaps with
indexing (Whoosh) in the parent, and so that one pathological paper (a PDF bomb, a page
that never finishes) is stopped after a time limit and a memory limit instead of
hanging or exhausting the run.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait

from .errors import PaperError
from .paper import ReadPaper, read_paper

#: Seconds one paper may take before it is reported as too slow and its worker replaced.
DEFAULT_PAPER_TIMEOUT = 120.0
#: Address space one worker may use (bytes); a paper that needs more is reported.
DEFAULT_MEMORY_LIMIT = 2 * 1024 ** 3


@dataclass
class Task:
    path: str
    source: str
    council: str | None = None


@dataclass
class Outcome:
    """What reading one paper gave: the read paper, or the reason it could not be read."""

    task: Task
    paper: ReadPaper | None = None
    error: str | None = None
    no_text: bool = False


def _read(task: Task) -> Outcome:
    from .errors import NoTextError

    try:
        return Outcome(task, paper=read_paper(task.path, task.source, task.council))
    except NoTextError as exc:
        return Outcome(task, error=exc.reason, no_text=True)
    except PaperError as exc:
        return Outcome(task, error=exc.reason)
    except MemoryError:
        return Outcome(task, error="needs too much memory (PDF bomb?)")
    except RecursionError:
        return Outcome(task, error="structure too deeply nested (damaged PDF?)")
    except Exception as exc:  # noqa: BLE001 - a bug on one paper must not stop the run
        return Outcome(task, error=f"could not be split: {type(exc).__name__}: {exc}"[:200])


def _worker(conn, memory_limit: int | None) -> None:
    # Ctrl-C reaches every process of the terminal's group. The parent stops the run and
    # then its workers; a worker that took the interrupt itself would print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # SIGTERM ends a worker at once (the parent's handler, inherited by the fork, would
    # unwind it with a traceback); the parent, if it took one too, stops the run.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # A forked worker inherits every file the parent had open: the index's write lock,
    # Whoosh's files, the other workers' pipes. Holding them would keep the lock taken
    # and the pipe open after a killed parent (an orphan waiting for ever, an index
    # "being updated" by nobody). Only the standard streams and this pipe are kept.
    keep = conn.fileno()
    os.closerange(3, keep)
    os.closerange(keep + 1, _max_fd())
    if memory_limit:
        try:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
        except (ImportError, ValueError, OSError):
            pass
    while True:
        try:
            task = conn.recv()
            if task is None:
                return
            conn.send(_read(task))
        except (EOFError, OSError):
            # The parent is gone (stopped by a signal, killed): nobody is left to tell.
            return


def _max_fd() -> int:
    try:
        import resource

        soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
        return soft if 0 < soft < 1 << 20 else 65536
    except (ImportError, ValueError, OSError):
        return 65536


class _Slot:
    def __init__(self, ctx, memory_limit):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, memory_limit), daemon=True)
        self.proc.start()
        child.close()
        self.task: Task | None = None
        self.started = 0.0

    def give(self, task: Task) -> None:
        self.task = task
        self.started = time.monotonic()
        self.conn.send(task)

    def stop(self, kill: bool = False) -> None:
        try:
            if kill:
                self.proc.kill()
            else:
                self.conn.send(None)
        except (OSError, BrokenPipeError):
            pass
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


#: Seconds between calls of ``read_papers``' ``waiting`` while no paper finishes.
WAITING_EVERY = 10.0


def read_papers(tasks: Iterable[Task], workers: int = 0, timeout: float = DEFAULT_PAPER_TIMEOUT,
                memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
                waiting: Callable[[list[str]], None] | None = None) -> Iterator[Outcome]:
    """Read papers, yielding an :class:`Outcome` for each as it finishes.

    ``workers=0`` reads in this process (no time or memory limit); otherwise that many
    worker processes read in parallel and outcomes arrive in completion order, and
    ``waiting`` is called with the papers being read every WAITING_EVERY seconds in which
    none finishes (a budget book can take a minute: a log should still show the run).
    """
    tasks = list(tasks)
    if workers <= 0 or not tasks:
        for task in tasks:
            yield _read(task)
        return
    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    pending = list(reversed(tasks))
    slots = [_Slot(ctx, memory_limit) for _ in range(min(workers, len(tasks)))]
    try:
        for slot in slots:
            if pending:
                slot.give(pending.pop())
        while any(s.task for s in slots):
            busy = [s for s in slots if s.task]
            now = time.monotonic()
            wait_for = max(0.05, min(timeout - (now - s.started) for s in busy)) if timeout else None
            if waiting is not None:
                wait_for = min(wait_for or WAITING_EVERY, WAITING_EVERY)
            ready = wait([s.conn for s in busy], timeout=wait_for)
            if not ready and waiting is not None:
                waiting([s.task.source for s in busy])
            for slot in busy:
                outcome = None
                if slot.conn in ready:
                    try:
                        outcome = slot.conn.recv()
                    except (EOFError, OSError):
                        outcome = Outcome(slot.task, error="reader process died (out of memory?)")
                        slot.stop(kill=True)
                        slots[slots.index(slot)] = slot = _Slot(ctx, memory_limit)
                elif timeout and time.monotonic() - slot.started > timeout:
                    outcome = Outcome(slot.task, error=f"took longer than {timeout:g}s to read; stopped")
                    slot.stop(kill=True)
                    slots[slots.index(slot)] = slot = _Slot(ctx, memory_limit)
                if outcome is not None:
                    slot.task = None
                    if pending:
                        slot.give(pending.pop())
                    yield outcome
    finally:
        for slot in slots:
            slot.stop(kill=bool(slot.task))
