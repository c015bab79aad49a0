"""Reading papers in worker processes, so that extraction (pypdf) overlaps with
indexing (Whoosh) in the parent, and so that one pathological paper (a PDF bomb, a page
that never finishes) is stopped after a time limit and a memory limit instead of
hanging or exhausting the run.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import signal
import threading
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
#: Papers a worker may have read ahead of the caller (see read_papers).
READ_AHEAD = 2


def read_papers(tasks: Iterable[Task], workers: int = 0, timeout: float = DEFAULT_PAPER_TIMEOUT,
                memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
                waiting: Callable[[list[str]], None] | None = None) -> Iterator[Outcome]:
    """Read papers, yielding an :class:`Outcome` for each as it finishes.

    ``workers=0`` reads in this process (no time or memory limit); otherwise that many
    worker processes read in parallel and outcomes arrive in completion order, and
    ``waiting`` is called with the papers being read every WAITING_EVERY seconds in which
    none finishes (a budget book can take a minute: a log should still show the run).

    The workers are given papers, and what they read is taken from them, by a thread of
    this process, so that they go on reading while the caller writes and commits: each
    waited, idle, to hand over its paper through the 10x corpus's first commit (3.7 s),
    and the run's other core with it. Up to READ_AHEAD papers a worker are held read.
    """
    tasks = list(tasks)
    if workers <= 0 or not tasks:
        for task in tasks:
            yield _read(task)
        return
    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    slots = [_Slot(ctx, memory_limit) for _ in range(min(workers, len(tasks)))]
    done: queue.Queue = queue.Queue(maxsize=READ_AHEAD * len(slots))
    stop = threading.Event()
    wake, waker = ctx.Pipe(duplex=False)  # (to end the thread's wait for the workers at once)
    feeder = threading.Thread(target=_feed, name="docsearch-readers", daemon=True,
                              args=(slots, list(reversed(tasks)), ctx, memory_limit, timeout, waiting is not None,
                                    done, stop, wake))
    feeder.start()
    try:
        while True:
            item = done.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            if isinstance(item, list):  # (put only when there is ``waiting`` to call)
                waiting(item)
                continue
            yield item
    finally:
        stop.set()
        waker.send(None)
        feeder.join()
        wake.close()
        waker.close()
        for slot in slots:
            slot.stop(kill=bool(slot.task))


def _feed(slots: list[_Slot], pending: list[Task], ctx, memory_limit, timeout, tell_waiting: bool,
          done: queue.Queue, stop: threading.Event, wake) -> None:
    """read_papers' thread: gives the workers (``slots``, replaced in place when one is
    stopped) the papers ``pending`` (last first), and puts on ``done`` each Outcome, the
    papers being read while none finishes (a list), an error of its own, and at the end
    None; until ``stop`` is set."""

    def put(item) -> bool:
        while not stop.is_set():
            try:
                done.put(item, timeout=0.1)
                return True
            except queue.Full:
                pass
        return False

    try:
        for slot in slots:
            if pending:
                slot.give(pending.pop())
        while any(s.task for s in slots) and not stop.is_set():
            busy = [s for s in slots if s.task]
            now = time.monotonic()
            wait_for = max(0.05, min(timeout - (now - s.started) for s in busy)) if timeout else None
            if tell_waiting:
                wait_for = min(wait_for or WAITING_EVERY, WAITING_EVERY)
            ready = wait([s.conn for s in busy] + [wake], timeout=wait_for)
            if stop.is_set():
                return
            if not ready and tell_waiting and not put([s.task.source for s in busy]):
                return
            for slot in busy:
                outcome = None
                if slot.conn in ready:
                    try:
                        outcome = slot.conn.recv()
                    except (EOFError, OSError):
                        outcome = Outcome(slot.task, error="reader process died (out of memory?)")
                        slot.stop(kill=True)
                        # (Forked from this thread: the new worker runs only _worker, which
                        # takes none of the locks the caller's thread may hold.)
                        slots[slots.index(slot)] = slot = _Slot(ctx, memory_limit)
                elif timeout and time.monotonic() - slot.started > timeout:
                    outcome = Outcome(slot.task, error=f"took longer than {timeout:g}s to read; stopped")
                    slot.stop(kill=True)
                    slots[slots.index(slot)] = slot = _Slot(ctx, memory_limit)
                if outcome is not None:
                    slot.task = None
                    if pending:
                        slot.give(pending.pop())
                    if not put(outcome):
                        return
        put(None)
    except BaseException as exc:  # noqa: BLE001 - the caller's to raise, in its own thread
        put(exc)
