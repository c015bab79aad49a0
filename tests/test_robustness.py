"""Robustness (issue 5): bad papers, bad queries and options, and index safety.

Every bad input must give one clear line on stderr, the right exit status and never a
traceback; a run with bad papers reads the good ones; a killed or concurrent writer
never leaves an index that cannot answer. Bad papers are generated at test time by
``badpapers.py`` (from scratch, or from real papers in ``corpus/``).

The command line is run as a real subprocess (``python -m docsearch``) where processes
matter (reader processes, locks, kill -9), and with click's CliRunner elsewhere.
"""

from __future__ import annotations

import fcntl
import glob
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import badpapers
from docsearch.cli import cli
from docsearch.index import SCHEMA_VERSION

HERE = os.path.dirname(__file__)
CORPUS = os.path.join(os.path.dirname(HERE), "corpus")


# -- helpers ------------------------------------------------------------------------------


def _env() -> dict:
    env = dict(os.environ)
    env.pop("DOCSEARCH_INDEX", None)
    env.pop("DOCSEARCH_DEBUG", None)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def ds_cmd(*args) -> list[str]:
    return [sys.executable, "-m", "docsearch", *map(str, args)]


def ds(*args, cwd=None, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the docsearch command line in a subprocess and return what it did."""
    return subprocess.run(ds_cmd(*args), cwd=cwd, env=_env(), capture_output=True, text=True,
                          timeout=timeout)


def _as_from_a_terminal() -> None:
    # A command started from a terminal takes Ctrl-C. One started in the background by a
    # shell without job control ("pytest &" in a script) inherits SIGINT ignored, as does
    # everything it starts, and rightly takes no Ctrl-C: the tests that send one would
    # find the run finished instead.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Started:
    """A docsearch command running in the background, in its own process group.

    Its output goes to files, not pipes: reader processes it forks may outlive it (when
    it is killed) and would keep a pipe open, so that reading it never ends."""

    def __init__(self, args, logdir: Path, cwd=None):
        logdir.mkdir(parents=True, exist_ok=True)
        n = len(list(logdir.glob("*.out")))
        self.out_path, self.err_path = logdir / f"{n}.out", logdir / f"{n}.err"
        with open(self.out_path, "w") as out, open(self.err_path, "w") as err:
            self.proc = subprocess.Popen(ds_cmd(*args), cwd=cwd, env=_env(), stdout=out, stderr=err,
                                         stdin=subprocess.DEVNULL, start_new_session=True,
                                         preexec_fn=_as_from_a_terminal)
        self.pid = self.proc.pid

    @property
    def stdout(self) -> str:
        return self.out_path.read_text(encoding="utf-8", errors="replace")

    @property
    def stderr(self) -> str:
        return self.err_path.read_text(encoding="utf-8", errors="replace")

    def running(self) -> bool:
        return self.proc.poll() is None

    def wait_for_stderr(self, text: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.stderr:
            assert self.running(), f"ended before writing {text!r}: {self.stderr}"
            assert time.monotonic() < deadline, f"no {text!r} on stderr within {timeout}s"
            time.sleep(0.01)

    def wait(self, timeout: float = 120) -> int:
        return self.proc.wait(timeout=timeout)

    def kill(self) -> None:
        """kill -9 the command itself (only it, as `kill -9 PID` does)."""
        if self.running():
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def kill_group(self) -> None:
        """kill -9 the command and every process it started (as a crash or power cut)."""
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait()


def no_traceback(*texts: str) -> None:
    for text in texts:
        assert "Traceback" not in (text or ""), text


def one_clear_line(stderr: str) -> str:
    """The error message: exactly one line, starting with 'docsearch:'."""
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, f"expected one line on stderr, got: {stderr!r}"
    assert lines[0].startswith("docsearch:"), lines[0]
    return lines[0]


def stats_json(index) -> dict:
    r = ds("--index", index, "stats", "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def search_json(index, *query, cwd=None) -> list[dict]:
    r = ds("--index", index, "search", *query, "--json", "--limit", "50", cwd=cwd)
    assert r.returncode == 0, r.stderr
    no_traceback(r.stdout, r.stderr)
    return [json.loads(ln) for ln in r.stdout.splitlines() if ln.strip()]


def current_generation(index) -> Path:
    name = (Path(index) / "CURRENT").read_text(encoding="utf-8").strip()
    return Path(index) / name


def commits_in(gen_glob: str) -> int:
    """The newest Whoosh commit (table-of-contents generation) in the folders matched."""
    newest = -1
    for toc in glob.glob(os.path.join(gen_glob, "_MAIN_*.toc")):
        m = re.search(r"_MAIN_(\d+)\.toc$", toc)
        if m:
            newest = max(newest, int(m.group(1)))
    return newest


def lock_holders(index) -> list[int]:
    """Processes with <index>/write.lock open (the parent's reader processes inherit it)."""
    lock = os.path.realpath(os.path.join(index, "write.lock"))
    pids = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            for fd in os.listdir(f"/proc/{pid}/fd"):
                try:
                    if os.readlink(f"/proc/{pid}/fd/{fd}") == lock:
                        pids.append(int(pid))
                        break
                except OSError:
                    pass
        except OSError:
            pass
    return pids


def kill_leftovers(started: "Started", index) -> None:
    """Clean-up after a test: end what the command started, by id: its process group
    (its own session, so nothing else is in it) and any process still holding its
    index's write lock (orphaned reader processes)."""
    try:
        os.killpg(started.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    for pid in lock_holders(index):
        if pid != os.getpid():
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
    started.proc.wait()


class HeldLock:
    """Hold the index's write lock as another writer would: flock on <index>/write.lock,
    the protocol README and index.py describe."""

    def __init__(self, index):
        os.makedirs(index, exist_ok=True)
        self.fd = os.open(os.path.join(index, "write.lock"), os.O_RDWR | os.O_CREAT, 0o644)
        fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def release(self):
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


@pytest.fixture
def runner():
    return CliRunner()


def _invoke(runner, args):
    result = runner.invoke(cli, [str(a) for a in args])
    # A ClickException ends in SystemExit; anything else escaped the CLI's error handling.
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    no_traceback(result.output)
    return result


def _many_papers(folder: Path, n: int = 60) -> Path:
    """``n`` distinct text papers cut from the corpus's text dumps (about 30 KB each)."""
    folder.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    for name in sorted(os.listdir(CORPUS)):
        if name.endswith(".txt"):
            lines += Path(CORPUS, name).read_text(encoding="utf-8").splitlines()
    size = len(lines) // n
    for i in range(n):
        chunk = lines[i * size:(i + 1) * size]
        (folder / f"paper-{i:03d}.txt").write_text(f"Paper number {i}\n\n" + "\n".join(chunk) + "\n",
                                                   encoding="utf-8")
    return folder


def _good_papers(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in badpapers.GOOD_PAPERS:
        shutil.copy(os.path.join(CORPUS, name), folder / name)
        os.chmod(folder / name, 0o644)
    return folder


# =========================================================================================
# 1. Bad papers
# =========================================================================================


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory):
    """The mixed folder of bad and good papers, ingested once by the real command."""
    root = tmp_path_factory.mktemp("bad")
    bf = badpapers.make_bad_folder(root / "papers")
    index = root / "index"
    started = time.monotonic()
    result = ds("--index", index, "ingest", bf.folder, "--json")
    elapsed = time.monotonic() - started
    report = json.loads(result.stdout) if result.stdout.strip() else {}
    return {"folder": bf, "index": index, "result": result, "report": report, "elapsed": elapsed}


def _line_naming(stderr: str, name: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if name in ln]


def test_bad_run_exits_3_without_traceback(bad_run):
    r = bad_run["result"]
    no_traceback(r.stdout, r.stderr)
    assert r.returncode == 3, r.stderr
    # A 5 MB one-line text and 17 papers: bounded time, far below the per-paper timeout.
    assert bad_run["elapsed"] < 60


def test_bad_run_stderr_holds_only_docsearch_lines(bad_run):
    """Nothing but docsearch's own one-line messages on stderr (no library chatter)."""
    stray = [ln[:200] for ln in bad_run["result"].stderr.splitlines() if ln.strip() and not ln.startswith("docsearch:")]
    assert not stray, stray


@pytest.mark.parametrize("name", sorted(badpapers.EXPECT_FAILED))
def test_bad_paper_named_on_stderr_with_one_line_reason(bad_run, name):
    bf = bad_run["folder"]
    if name not in bf.failed:
        pytest.skip("chmod 000 does not stop root from reading")
    stderr = bad_run["result"].stderr
    lines = _line_naming(stderr, name)
    assert lines, f"{name} is not named on stderr:\n{stderr}"
    assert len(lines) == 1, lines
    line = lines[0]
    assert line.startswith("docsearch: "), line
    assert re.search(bf.failed[name], line, re.I), f"no reason for {name} in: {line!r}"
    failed = {os.path.basename(p["source"]): p["reason"] for p in bad_run["report"]["failed"]}
    assert name in failed and "\n" not in failed[name]


@pytest.mark.parametrize("name", sorted(badpapers.EXPECT_SKIPPED))
def test_unknown_file_type_listed_as_skipped(bad_run, name):
    lines = _line_naming(bad_run["result"].stderr, name)
    assert len(lines) == 1 and re.search(badpapers.EXPECT_SKIPPED[name], lines[0], re.I), lines
    assert name in {os.path.basename(p["source"]) for p in bad_run["report"]["skipped"]}


@pytest.mark.parametrize("name", sorted(badpapers.EXPECT_READABLE))
def test_readable_papers_are_indexed_and_searchable(bad_run, name):
    report = bad_run["report"]
    assert name in {os.path.basename(p) for p in report["added"]}, report
    assert name not in {os.path.basename(p["source"]) for p in report["failed"]}
    query = badpapers.EXPECT_READABLE[name]
    hits = search_json(bad_run["index"], query)
    assert any(os.path.basename(h["source"]) == name for h in hits), \
        f"{query!r} does not find {name}: {[h['source'] for h in hits]}"


def test_no_text_pdf_counted_in_stats(bad_run):
    st = stats_json(bad_run["index"])
    assert st["papers_without_text"] == 1
    assert st["papers"] == len(badpapers.EXPECT_READABLE)
    human = ds("--index", bad_run["index"], "stats")
    assert human.returncode == 0 and "without text" in human.stdout


def test_encodings_are_decoded_not_mangled(bad_run):
    index = bad_run["index"]
    hits = [h for h in search_json(index, badpapers.WORD_CP1252) if h["source"].endswith("windows-1252.txt")]
    assert hits
    hit = hits[0]
    assert "£250,000" in hit["text"] and f"“{badpapers.WORD_CP1252}”" in hit["text"]
    assert "officer’s" in hit["text"]
    hits = [h for h in search_json(index, badpapers.WORD_LATIN1) if h["source"].endswith("latin-1.txt")]
    assert hits
    hit = hits[0]
    assert "café" in hit["text"] and "£12,500" in hit["text"] and "½" in hit["text"]
    # A warning about the encoding is allowed, and then names the file.
    for ln in bad_run["result"].stderr.splitlines():
        if "warning" in ln and ("windows-1252.txt" in ln or "latin-1.txt" in ln):
            assert ln.startswith("docsearch: warning:")


def test_long_line_is_indexed_in_pieces(bad_run):
    hits = search_json(bad_run["index"], badpapers.WORD_LONG_LINE)
    hits = [h for h in hits if h["source"].endswith("one-long-line.txt")]
    assert hits and all(len(h["text"]) < 100_000 for h in hits)


@pytest.mark.parametrize("word", [badpapers.WORD_HTML_SCRIPT, badpapers.WORD_HTML_STYLE])
def test_html_script_and_style_are_not_searchable(bad_run, word):
    r = ds("--index", bad_run["index"], "search", word, "--json")
    assert r.returncode == 0 and not r.stdout.strip(), r.stdout
    assert "no results" in r.stderr


def test_html_visible_text_only(tmp_path):
    """Visible text of a broken page, without script, style or the doctype."""
    path = badpapers.nasty_html(tmp_path)
    r = ds("split", path, "--json")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(ln) for ln in r.stdout.splitlines() if ln.strip()]
    text = "\n".join(row["title"] + "\n" + row["text"] for row in rows)
    assert badpapers.WORD_HTML_VISIBLE in text and "£40,000" in text and "Unclosed everything" in text
    assert badpapers.WORD_HTML_SCRIPT not in text and badpapers.WORD_HTML_STYLE not in text
    assert "document.write" not in text and "color: red" not in text
    # "<!DOCTYPE html>" is not text a reader sees: it must not become the first line
    # (and so the title) of the paper.
    first_line = rows[0]["text"].splitlines()[0]
    assert first_line.strip().lower() != "html" and not first_line.lower().startswith("html "), rows[0]
    assert rows[0]["title"].strip().lower() != "html", rows[0]["title"]


def test_bad_papers_one_by_one_with_split(tmp_path, runner):
    """`docsearch split` on each bad paper: exit 1, one line naming it, no traceback."""
    bf = badpapers.make_bad_folder(tmp_path / "papers")
    for name in bf.failed:
        result = runner.invoke(cli, ["split", str(bf.folder / name)])
        assert result.exit_code == 1, (name, result.output)
        line = one_clear_line(result.stderr)
        assert name in line, line
        no_traceback(result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_second_run_skips_unchanged_and_still_reports_failures(bad_run, tmp_path):
    index = tmp_path / "index"
    shutil.copytree(bad_run["index"], index)
    r = ds("--index", index, "ingest", bad_run["folder"].folder, "--json")
    no_traceback(r.stdout, r.stderr)
    assert r.returncode == 3
    report = json.loads(r.stdout)
    assert not report["added"] and not report["replaced"]
    assert {os.path.basename(p) for p in report["unchanged"]} >= set(badpapers.GOOD_PAPERS)


def test_library_warnings_do_not_leak_onto_stderr(tmp_path):
    """A PDF pypdf reads while logging complaints (a garbled font encoding): the paper
    is read and stderr holds only docsearch's own lines, for ingest and for split."""
    path = badpapers.damaged_font_encoding_pdf(tmp_path)
    r = ds("--index", tmp_path / "index", "ingest", path)
    no_traceback(r.stdout, r.stderr)
    assert r.returncode == 0, r.stderr[:500]
    stray = [ln[:120] for ln in r.stderr.splitlines() if ln.strip() and not ln.startswith("docsearch:")]
    assert not stray, f"{len(stray)} stray lines on stderr: {stray}"
    r = ds("split", path)
    assert r.returncode == 0 and r.stdout.strip()
    assert not r.stderr.strip(), r.stderr[:300]


def test_pdf_bomb_is_not_reported_as_a_scan(tmp_path):
    """A content stream that inflates past pypdf's limit: the paper is reported (exit
    3) with a reason that says it could not be read, not "no text, scanned?", and it is
    not counted among the papers without a text layer."""
    folder = _good_papers(tmp_path / "papers")
    badpapers.pdf_bomb(folder)
    index = tmp_path / "index"
    started = time.monotonic()
    r = ds("--index", index, "ingest", folder, "--timeout", "30")
    no_traceback(r.stdout, r.stderr)
    assert time.monotonic() - started < 30
    assert r.returncode == 3, r.stderr
    (line,) = _line_naming(r.stderr, "pdf-bomb.pdf")
    assert not re.search(r"no text|scanned", line), line
    assert re.search(r"could not be read|too (large|big)|memory|bomb|limit|damaged", line, re.I), line
    assert stats_json(index)["papers_without_text"] == 0


# -- a paper that makes the reader hang or take too long ----------------------------------


def test_slow_paper_is_stopped_by_timeout(tmp_path):
    folder = _good_papers(tmp_path / "papers")
    badpapers.slow_pdf(folder)
    index = tmp_path / "index"
    started = time.monotonic()
    # Three seconds, not one: on a loaded machine a good paper can take a second to read.
    # The slow paper takes about ten.
    r = ds("--index", index, "ingest", folder, "--timeout", "3", "--workers", "2")
    elapsed = time.monotonic() - started
    no_traceback(r.stdout, r.stderr)
    assert r.returncode == 3, r.stderr
    (line,) = _line_naming(r.stderr, "slow-to-read.pdf")
    assert re.search(r"took longer than 3s|timed? ?out", line), line
    assert elapsed < 9, f"the three-second timeout took {elapsed:.1f}s to act"
    for name, query in badpapers.GOOD_PAPERS.items():
        assert any(h["source"].endswith(name) for h in search_json(index, query))


def test_read_papers_says_what_it_is_reading_while_none_finishes(tmp_path, monkeypatch):
    """A 50 MB paper took 80 s with no progress line at all in a log; while no paper
    finishes, ``waiting`` is called with the papers being read."""
    from docsearch import workers

    monkeypatch.setattr(workers, "WAITING_EVERY", 0.2)
    slow = tmp_path / "slow.txt"
    slow.write_text("1. Libraries\nThe Cabinet agreed the library review, and asked for a report.\n\n" * 40000,
                    encoding="utf-8")
    seen = []
    outcomes = list(workers.read_papers([workers.Task(str(slow), "slow.txt")], workers=1, timeout=60,
                                        waiting=seen.append))
    assert outcomes[0].paper is not None
    assert seen and all(reading == ["slow.txt"] for reading in seen)


def test_read_papers_goes_on_reading_while_the_caller_is_busy(tmp_path, monkeypatch):
    """While the caller writes a paper or commits (the 10x corpus's first commit took
    3.7 s), the workers read on, up to READ_AHEAD papers each: they used to wait, idle,
    for the caller to take the paper each had read."""
    from docsearch import workers

    log = tmp_path / "read.log"
    read_paper = workers.read_paper

    def logged(path, source, council):
        with open(log, "a", encoding="utf-8") as out:
            out.write(source + "\n")
        return read_paper(path, source, council)
    monkeypatch.setattr(workers, "read_paper", logged)
    tasks = []
    for n in range(10):
        paper = tmp_path / f"paper{n}.txt"
        paper.write_text(f"CABINET\n\n{n}. Libraries\n\nThe Cabinet agreed the library review.\n", encoding="utf-8")
        tasks.append(workers.Task(str(paper), paper.name))
    outcomes = workers.read_papers(tasks, workers=2, timeout=60)
    first = next(outcomes)
    assert first.paper is not None
    # The caller is busy with the first paper; the workers read on.
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and len(log.read_text(encoding="utf-8").split()) < 1 + 2 * workers.READ_AHEAD:
        time.sleep(0.05)
    assert len(log.read_text(encoding="utf-8").split()) >= 1 + 2 * workers.READ_AHEAD
    rest = list(outcomes)
    assert sorted(o.task.source for o in [first] + rest) == sorted(t.source for t in tasks)
    assert all(o.paper is not None for o in rest)


def test_read_papers_timeout_replaces_the_stuck_worker(tmp_path):
    """The machinery itself: a reader stuck on a paper (one far too long to read in the
    time given; a named pipe, which blocked open() for ever, is now refused before it is
    opened) is stopped, and the next paper is still read."""
    from docsearch.workers import Task, read_papers

    stuck = tmp_path / "stuck.txt"
    stuck.write_text("1. Libraries\nThe Cabinet agreed the library review, and asked for a report.\n\n" * 60000,
                     encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("CABINET\n\nThe Cabinet agreed the budget.\n", encoding="utf-8")
    tasks = [Task(str(stuck), "stuck.txt"), Task(str(good), "good.txt")]
    started = time.monotonic()
    outcomes = {o.task.source: o for o in read_papers(tasks, workers=1, timeout=1.0)}
    assert time.monotonic() - started < 8
    assert outcomes["stuck.txt"].paper is None and "took longer" in outcomes["stuck.txt"].error
    assert outcomes["good.txt"].paper is not None and outcomes["good.txt"].error is None


def test_paper_that_blocks_on_open_does_not_hang_ingest(tmp_path):
    """A named pipe called .txt among the papers (nothing ever writes to it): the
    per-paper timeout must cover everything done with a paper, including hashing it."""
    folder = _good_papers(tmp_path / "papers")
    os.mkfifo(folder / "stuck-pipe.txt")
    index = tmp_path / "index"
    run = Started(["--index", index, "ingest", folder, "--timeout", "1"], tmp_path / "logs")
    try:
        try:
            run.wait(timeout=12)
        except subprocess.TimeoutExpired:
            pytest.fail("ingest hangs on a named pipe among the papers (still running after 12 s); "
                        f"stderr so far: {run.stderr!r}")
        no_traceback(run.stdout, run.stderr)
        assert run.proc.returncode == 3 and "stuck-pipe.txt" in run.stderr
    finally:
        kill_leftovers(run, index)


def test_split_refuses_a_pipe_or_a_device(tmp_path):
    """`split` of a named pipe hung, and of /dev/zero linked as a paper grew until the
    kernel killed it; `ingest` already refused both. (A pipe, in a process of its own, so
    that a regression fails rather than hangs the suite.)"""
    path = tmp_path / "paper.txt"
    os.mkfifo(path)
    try:
        run = subprocess.run([sys.executable, "-m", "docsearch", "split", str(path)], capture_output=True,
                             text=True, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("split hangs on a named pipe")
    no_traceback(run.stdout, run.stderr)
    assert run.returncode == 1 and "not a regular file" in run.stderr


def test_an_unreadable_paper_named_on_the_command_line_is_one_failure(runner, tmp_path, monkeypatch):
    """Click's own readability check made it a usage error that stopped the whole run
    (exit 2, three lines); the other papers named must still be read. (Simulated: root
    reads any file, so os.access is made to say no.)"""
    folder = _good_papers(tmp_path / "papers")
    names = sorted(folder.iterdir())
    monkeypatch.setattr(os, "access", lambda *a, **k: False)
    result = _invoke(runner, ["--index", tmp_path / "index", "ingest", *names])
    assert result.exit_code == 0 and "Invalid value" not in result.output, result.output


@pytest.fixture(scope="module")
def small_index(tmp_path_factory):
    from docsearch import Index

    root = tmp_path_factory.mktemp("small")
    folder = _good_papers(root / "papers")
    index = root / "index"
    report = Index(str(index)).ingest([str(folder)], workers=0)
    assert not report.failed
    return index


BAD_SEARCHES = [
    pytest.param(['"unbalanced quote'], r"quote", id="unbalanced-quotes"),
    pytest.param(['budget "free school'], r"quote", id="unbalanced-quotes-2"),
    pytest.param(["(budget OR tax"], r"bracket", id="unclosed-bracket"),
    pytest.param(["budget)"], r"bracket", id="stray-bracket"),
    pytest.param([")("], r"bracket", id="reversed-brackets"),
    pytest.param(["AND"], r"nothing to search", id="lone-AND"),
    pytest.param(["OR"], r"nothing to search", id="lone-OR"),
    pytest.param(["NOT"], r"nothing to search", id="lone-NOT"),
    pytest.param(["AND OR NOT"], r"nothing to search", id="only-operators"),
    pytest.param(["foo:bar"], r"unknown field", id="unknown-field"),
    pytest.param(["budget", "Colour:red"], r"unknown field", id="unknown-field-2"),
    pytest.param(["kind:banana"], r"unknown kind", id="unknown-kind"),
    pytest.param(["date:notadate"], r"not a date", id="date-not-a-date"),
    pytest.param(["budget", "date:2020-13"], r"not a date", id="date-month-13"),
    pytest.param(["budget", 'date:"31 February 2020"'], r"not a date", id="date-31-february"),
    pytest.param(["budget", "date:2021..2020"], r"empty", id="date-range-backwards"),
    pytest.param(["budget", "date:soon..later"], r"not a date", id="date-range-words"),
    pytest.param(["--", "-budget"], r"only excludes", id="only-negative"),
    # (Whoosh's parser failed inside: "list index out of range" reached the user.)
    pytest.param(["budget NOT NOT tax"], r"NOT twice in a row", id="not-not"),
    # (A page pasted by mistake: Whoosh's parser took 40 s over 100,000 characters.)
    pytest.param(["budget " + "a" * 5000], r"5,007 characters long; the longest searched is 2,000", id="too-long"),
    pytest.param(["budget", "--since", "2021", "--until", "2020"], r"--since \(2021\) is after --until", id="since-after-until"),
    pytest.param(["budget", "--kind", "banana"], r"unknown kind", id="kind-option"),
    pytest.param(["budget", "--council", ",,,"], r"no words", id="council-no-words"),
]


@pytest.mark.parametrize("args, reason", BAD_SEARCHES)
def test_bad_query_one_line_nonzero_no_traceback(runner, small_index, args, reason):
    result = _invoke(runner, ["--index", small_index, "search", *args])
    assert result.exit_code != 0
    line = one_clear_line(result.stderr)
    assert re.search(reason, line, re.I), line
    assert not result.stdout.strip()


@pytest.mark.parametrize("args, reason", [
    pytest.param([""], r"give a QUERY", id="empty"),
    pytest.param([], r"give a QUERY", id="no-query"),
    pytest.param(["   "], r"give a QUERY", id="blank"),
    pytest.param(["budget", "--limit", "0"], r"limit", id="limit-zero"),
    pytest.param(["budget", "--limit", "-3"], r"limit", id="limit-negative"),
    # A bad date given to an option is the option's mistake, not the query's (it had been
    # "bad query: 'banana' is not a date").
    pytest.param(["budget", "--since", "yesterday"], r"Invalid value for '--since': 'yesterday' is not a date",
                 id="since-yesterday"),
    pytest.param(["budget", "--since", "last tuesday-ish"], r"'--since'.*not a date", id="since-garbage"),
    pytest.param(["budget", "--until", "2020-02-30"], r"'--until'.*not a date", id="until-impossible"),
    pytest.param(["budget", "--until", "31/31/2020"], r"'--until'.*not a date", id="until-31-31"),
])
def test_a_missing_query_or_a_bad_limit_is_a_usage_error(runner, small_index, args, reason):
    # As the README says of usage mistakes (a missing argument, a bad option value): exit
    # 2, with click's usage lines, and no traceback.
    result = _invoke(runner, ["--index", small_index, "search", *args])
    assert result.exit_code == 2, result.output
    assert re.search(reason, result.stderr, re.I) and "Traceback" not in result.stderr
    assert not result.stdout.strip()


@pytest.mark.parametrize("args", [
    ["search", "budget"], ["show", "abc123"], ["stats"], ["search", "--json", "budget"],
])
def test_missing_index_is_one_line(runner, tmp_path, args):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = _invoke(runner, ["--index", empty, *args])
    assert result.exit_code == 1
    line = one_clear_line(result.stderr)
    assert "no index" in line and "docsearch ingest" in line


def test_folder_that_is_not_an_index_is_one_line(runner, tmp_path):
    folder = tmp_path / "stuff"
    folder.mkdir()
    (folder / "notes.txt").write_text("not an index", encoding="utf-8")
    result = _invoke(runner, ["--index", folder, "search", "budget"])
    assert result.exit_code == 1
    assert "not a docsearch index" in one_clear_line(result.stderr)


def test_ingest_writes_nothing_into_a_folder_that_is_not_an_index(runner, tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "notes.txt").write_text("not an index", encoding="utf-8")
    for command in ("ingest", "rebuild"):
        result = _invoke(runner, ["--index", folder, command, os.path.join(CORPUS, "leics-strategic-plan-2022-26.txt")])
        assert result.exit_code == 1, command
        assert "not a docsearch index" in one_clear_line(result.stderr)
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_a_damaged_index_file_is_one_line_that_says_rebuild(runner, tmp_path):
    index = tmp_path / "index"
    assert _invoke(runner, ["--index", index, "ingest", os.path.join(CORPUS, "leics-strategic-plan-2022-26.txt")]).exit_code == 0
    terms = next(index.glob("gen-*/*.trm"))
    with open(terms, "r+b") as fh:
        fh.write(b"\xdd\x08\x00\x01garbage")
    result = _invoke(runner, ["--index", index, "search", "carers"])
    assert result.exit_code == 1
    line = one_clear_line(result.stderr)
    assert f"the index at {index} is damaged" in line and "docsearch rebuild" in line and "internal error" not in line


def _cut_short(index, pattern: str) -> None:
    """Cut the files of the live generation matching ``pattern`` to a tenth of their size,
    as a full disk or a copy stopped half-way leaves them."""
    files = list(current_generation(index).glob(pattern))
    assert files, pattern
    for path in files:
        os.truncate(path, path.stat().st_size // 10)


def test_posting_files_cut_short_search_and_show_say_damaged(runner, tmp_path):
    index = tmp_path / "index"
    assert _invoke(runner, ["--index", index, "ingest", os.path.join(CORPUS, "leics-strategic-plan-2022-26.txt")]).exit_code == 0
    some_id = search_json(index, "carers")[0]["id"]
    _cut_short(index, "*.pst")
    for args in (["search", "carers"], ["search", "--json", "carers"], ["show", some_id]):
        result = _invoke(runner, ["--index", index, *args])
        assert result.exit_code == 1, args
        line = one_clear_line(result.stderr)
        assert f"the index at {index} is damaged" in line, line
        assert line.count("rebuild") == 1 and "run 'docsearch rebuild PATH...'" in line, line
        assert not result.stdout.strip()
    r = ds("--index", index, "search", "carers")
    no_traceback(r.stdout, r.stderr)
    assert r.returncode == 1 and "is damaged" in one_clear_line(r.stderr)


@pytest.mark.parametrize("pattern", ["*.pst", "*_content_len.col"])
def test_stats_does_not_call_an_index_with_files_cut_short_healthy(runner, tmp_path, pattern):
    """Stats reads only stored fields, which a posting file cut short leaves readable:
    it checks each file's size against the one recorded at the commit."""
    index = tmp_path / "index"
    paper = os.path.join(CORPUS, "leics-strategic-plan-2022-26.txt")
    assert _invoke(runner, ["--index", index, "ingest", paper]).exit_code == 0
    assert _invoke(runner, ["--index", index, "stats"]).exit_code == 0
    _cut_short(index, pattern)
    for args in (["stats"], ["stats", "--json"]):
        result = _invoke(runner, ["--index", index, *args])
        assert result.exit_code == 1, args
        line = one_clear_line(result.stderr)
        assert f"the index at {index} is damaged" in line and pattern.lstrip("*") in line, line
        assert line.count("rebuild") == 1 and "run 'docsearch rebuild PATH...'" in line, line
        assert not result.stdout.strip()
    # An ingest does not write to it: its commit would record the damaged sizes as the
    # norm, and stats would call the index healthy again.
    result = _invoke(runner, ["--index", index, "ingest", os.path.join(CORPUS, "leics-cabinet-pack-2020-11-20.txt")])
    assert result.exit_code == 1 and "is damaged" in one_clear_line(result.stderr)
    assert _invoke(runner, ["--index", index, "stats"]).exit_code == 1
    # What it says to do works.
    assert _invoke(runner, ["--index", index, "rebuild", paper]).exit_code == 0
    assert _invoke(runner, ["--index", index, "stats"]).exit_code == 0
    assert _invoke(runner, ["--index", index, "search", "carers"]).exit_code == 0


def test_plain_rebuild_recovers_from_posting_files_cut_short_without_a_manifest(runner, tmp_path):
    """The paper records cannot be found by their terms, and the manifest is gone (or names
    another commit): their stored fields, which need no postings, still list them."""
    index = tmp_path / "index"
    folder = _good_papers(tmp_path / "papers")
    assert _invoke(runner, ["--index", index, "ingest", folder]).exit_code == 0
    _cut_short(index, "*.pst")
    (current_generation(index) / "papers.json").unlink()
    assert _invoke(runner, ["--index", index, "search", "provisional settlement"]).exit_code == 1
    r = ds("--index", index, "rebuild")
    no_traceback(r.stdout, r.stderr)
    assert r.returncode == 0, r.stderr
    assert stats_json(index)["papers"] == 2
    assert search_json(index, "provisional settlement")


def test_an_index_missing_its_table_of_contents_says_rebuild_once(runner, tmp_path):
    index = tmp_path / "index"
    assert _invoke(runner, ["--index", index, "ingest", os.path.join(CORPUS, "leics-strategic-plan-2022-26.txt")]).exit_code == 0
    twin = tmp_path / "twin"
    shutil.copytree(index, twin)
    for folder in (index, twin):
        for toc in folder.glob("gen-*/_MAIN_*.toc"):
            toc.unlink()
    result = _invoke(runner, ["--index", index, "search", "carers"])
    assert result.exit_code == 1
    line = one_clear_line(result.stderr)
    assert line.count("rebuild") == 1 and "rebuild PATH" in line, line
    # A plain rebuild reads the paper list from the manifest Whoosh's files cannot give...
    assert _invoke(runner, ["--index", index, "rebuild"]).exit_code == 0
    assert _invoke(runner, ["--index", index, "search", "carers"]).exit_code == 0
    # ... and, with the manifest gone too, says to name the papers.
    next(twin.glob("gen-*/papers.json")).unlink()
    result = _invoke(runner, ["--index", twin, "rebuild"])
    assert result.exit_code == 1
    line = one_clear_line(result.stderr)
    assert line.count("rebuild") == 1 and "rebuild PATH" in line, line


def test_an_index_whose_generation_is_gone_is_not_started_afresh(runner, tmp_path):
    index = tmp_path / "index"
    paper = os.path.join(CORPUS, "leics-strategic-plan-2022-26.txt")
    assert _invoke(runner, ["--index", index, "ingest", paper]).exit_code == 0
    for gen in index.glob("gen-*"):
        shutil.rmtree(gen)
    for args in (["search", "carers"], ["ingest", paper]):
        result = _invoke(runner, ["--index", index, *args])
        assert result.exit_code == 1, args
        assert "names a generation that is missing" in one_clear_line(result.stderr)
    # What it says to do works.
    assert _invoke(runner, ["--index", index, "rebuild", paper]).exit_code == 0
    assert _invoke(runner, ["--index", index, "search", "carers"]).exit_code == 0


def test_an_index_path_that_is_a_file_is_one_line(runner, tmp_path):
    a_file = tmp_path / "README.md"
    a_file.write_text("not an index", encoding="utf-8")
    for args in (["search", "budget"], ["ingest", os.path.join(CORPUS, "leics-strategic-plan-2022-26.txt")],
                 ["rebuild"]):
        result = _invoke(runner, ["--index", a_file, *args])
        assert result.exit_code == 1
        assert "is a file, not an index folder" in one_clear_line(result.stderr), args


def test_a_named_file_that_is_not_a_paper_is_reported_and_split_kinds_are_checked(runner, tmp_path):
    notes = tmp_path / "notes.docx"
    notes.write_bytes(b"PK\x03\x04 not a paper docsearch reads")
    result = _invoke(runner, ["--index", tmp_path / "ix", "ingest", notes, "--workers", "0"])
    assert result.exit_code == 3 and "notes.docx" in result.stderr and "could not be read" in result.stderr
    paper = tmp_path / "minutes.txt"
    paper.write_text("Minutes of a meeting of the Cabinet held on Tuesday, 20 October 2020.\n", encoding="utf-8")
    result = _invoke(runner, ["split", paper, "--kind", "bogus"])
    assert result.exit_code == 1 and "unknown kind 'bogus'" in one_clear_line(result.stderr)


@pytest.mark.parametrize("query", ["title:", "budget body: cabinet", "date: 2020"])
def test_a_field_with_no_value_is_one_line(runner, small_index, query):
    result = _invoke(runner, ["--index", small_index, "search", query])
    assert result.exit_code == 1 and "names no value" in one_clear_line(result.stderr)


def test_unknown_id_for_show(runner, small_index):
    for seg_id in ("nosuchid", "paper:/etc/passwd", "'; DROP TABLE", ""):
        result = _invoke(runner, ["--index", small_index, "show", seg_id])
        assert result.exit_code == 1, seg_id
        assert "no segment with id" in one_clear_line(result.stderr)


def test_good_query_still_works(runner, small_index):
    result = _invoke(runner, ["--index", small_index, "search", "provisional settlement", "--limit", "1"])
    assert result.exit_code == 0 and result.stdout.strip()


@pytest.mark.parametrize("query", [
    'title:"provisional settlement"', 'title:"budget"', 'body:"scrutiny commission" budget',
    "minute:80 kind:minute", "consult*", "budget~", "budget^2", "[a TO b]", "title:(budget OR tax)",
    "content:budget", 'date:"January 2025" budget', "NOT NOT budget", '"free school" -"school meals"',
    "title:budget*", "*budget", "budget AND NOT", "budget OR", "((budget))", "date:..2030 budget",
    'council:"kent county" cabinet', "budget's", "NOT(budget)",
])
def test_odd_but_plausible_queries_never_give_an_internal_error(runner, small_index, query):
    """Queries a person may well type: results, "no results", or a one-line 'bad query'
    message; never the last-resort "internal error"."""
    result = _invoke(runner, ["--index", small_index, "search", query])
    assert "internal error" not in result.stderr, result.stderr
    if result.exit_code != 0:
        assert result.exit_code == 1
        assert one_clear_line(result.stderr).startswith("docsearch: bad query"), result.stderr


@pytest.mark.parametrize("args, reason", [
    (["search", '"unbalanced'], "quote"),
    (["search", "AND"], "nothing to search"),
    (["search", "budget", "date:yesterday"], "not a date"),
    (["show", "nosuchid"], "no segment"),
])
def test_bad_query_real_process(small_index, args, reason):
    r = ds("--index", small_index, *args)
    no_traceback(r.stdout, r.stderr)
    assert r.returncode == 1
    assert re.search(reason, one_clear_line(r.stderr), re.I)
    assert not r.stdout.strip()


def test_missing_index_real_process(tmp_path):
    r = ds("--index", tmp_path, "search", "budget")
    no_traceback(r.stdout, r.stderr)
    assert r.returncode == 1 and "no index" in one_clear_line(r.stderr)


@pytest.mark.parametrize("args", [
    ["search", "budget", "--limit", "many"],
    ["search", "budget", "--sort", "bogus"],
    ["ingest", "--workers", "-1"],
    ["ingest", "--timeout", "0"],
    ["frobnicate"],
])
def test_usage_mistakes_exit_2(runner, small_index, args):
    result = _invoke(runner, ["--index", small_index, *args])
    assert result.exit_code == 2, result.output


# =========================================================================================
# 3. Index safety
# =========================================================================================


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """60 text papers and the stats of a clean ingest of them into a fresh index."""
    root = tmp_path_factory.mktemp("many")
    folder = _many_papers(root / "papers")
    clean = root / "clean-index"
    r = ds("--index", clean, "ingest", folder)
    assert r.returncode == 0, r.stderr
    return {"folder": folder, "clean": clean, "stats": stats_json(clean)}


def _kill_after_first_commit(run: Started, gen_glob: str, whole_group: bool, first: int = 1) -> None:
    """SIGKILL ``run`` as soon as a commit numbered ``first`` or later appears."""
    deadline = time.monotonic() + 60
    while commits_in(gen_glob) < first:
        assert run.running(), f"finished before its first commit could be seen: {run.stderr}"
        assert time.monotonic() < deadline, "no commit within 60 s"
        time.sleep(0.005)
    assert run.running(), "finished before it could be killed: make the folder bigger"
    if whole_group:
        run.kill_group()
    else:
        run.kill()
    assert run.proc.returncode == -signal.SIGKILL


def test_kill_9_mid_ingest_then_resume(many, tmp_path):
    """kill -9 (the ingest and its reader processes, as in a crash) after its first
    commit: the index answers from that commit, and a re-run completes it exactly."""
    index = tmp_path / "index"
    run = Started(["--index", index, "ingest", many["folder"], "--workers", "1"], tmp_path / "logs")
    try:
        _kill_after_first_commit(run, str(index / "gen-*"), whole_group=True)
        partial = stats_json(index)
        assert 0 < partial["papers"] < 60
        assert search_json(index, "council")
        # Re-run: what was committed is unchanged; the rest is read now.
        r = ds("--index", index, "ingest", many["folder"], "--json")
        no_traceback(r.stdout, r.stderr)
        assert r.returncode == 0, r.stderr
        report = json.loads(r.stdout)
        assert len(report["unchanged"]) == partial["papers"]
        assert len(report["added"]) == 60 - partial["papers"]
        final = stats_json(index)
        clean = many["stats"]
        assert final["segments"] == clean["segments"]
        assert final["papers"] == clean["papers"] == 60
        assert final["by_kind"] == clean["by_kind"]
        assert search_json(index, "council")
    finally:
        kill_leftovers(run, index)


def test_ctrl_c_mid_ingest_is_one_line_for_every_process(many, tmp_path):
    """Ctrl-C reaches the ingest and its reader processes (the terminal's whole process
    group): one line says what the index holds, and no reader prints a traceback."""
    index = tmp_path / "index"
    # Papers that name their council are written as they are read, so the first commit
    # comes after 25 of the 60, not at the end with those matched to a council by initials
    # (where, on a busy machine, the interrupt could land after the run had finished).
    folder = tmp_path / "papers"
    folder.mkdir()
    for paper in Path(many["folder"]).iterdir():
        (folder / paper.name).write_text("Leicestershire County Council\n\n" + paper.read_text(encoding="utf-8"),
                                         encoding="utf-8")
    run = Started(["--index", index, "ingest", folder, "--workers", "2"], tmp_path / "logs")
    try:
        deadline = time.monotonic() + 60
        while commits_in(str(index / "gen-*")) < 1:
            assert run.running() and time.monotonic() < deadline, run.stderr
            time.sleep(0.005)
        os.killpg(run.pid, signal.SIGINT)
        assert run.wait(timeout=30) == 130, run.stderr
        no_traceback(run.stderr)
        assert "interrupted; the index holds everything committed" in run.stderr
        assert search_json(index, "council")
    finally:
        kill_leftovers(run, index)


def test_sigterm_to_the_ingest_alone_stops_it_as_ctrl_c_does(tmp_path):
    """`kill PID` (a service being stopped) reaches the ingest only: it stops its readers,
    says what the index holds, and no reader prints a traceback as its pipe closes."""
    folder = _good_papers(tmp_path / "papers")
    badpapers.slow_pdf(folder)  # the biggest file, so read first: about ten seconds
    index = tmp_path / "index"
    run = Started(["--index", index, "ingest", folder, "--workers", "2"], tmp_path / "logs")
    try:
        run.wait_for_stderr(" to read, ")
        time.sleep(0.5)
        run.proc.send_signal(signal.SIGTERM)
        assert run.wait(timeout=30) == 143, run.stderr
        time.sleep(0.5)  # a reader that printed would have done so by now
        no_traceback(run.stderr)
        assert "interrupted; the index holds everything committed" in run.stderr
        r = ds("--index", index, "ingest", folder / "kent-cabinet-minutes-2025-01-09.pdf")
        assert r.returncode == 0, r.stderr
    finally:
        kill_leftovers(run, index)


def test_kill_9_of_the_writer_releases_the_write_lock(tmp_path):
    """kill -9 of the ingest process alone (`kill -9 PID`): the lock must be free at
    once. Reader processes it forked (one still busy with a slow paper, or waiting for
    work on a pipe) must not keep holding it."""
    folder = _good_papers(tmp_path / "papers")
    badpapers.slow_pdf(folder)  # the biggest file, so read first: about ten seconds
    index = tmp_path / "index"
    run = Started(["--index", index, "ingest", folder, "--workers", "1"], tmp_path / "logs")
    try:
        run.wait_for_stderr(" to read, ")  # the lock is held; readers are starting
        time.sleep(0.5)
        run.kill()
        r = ds("--index", index, "ingest", folder / "kent-cabinet-minutes-2025-01-09.pdf", "--wait", "3")
        no_traceback(r.stdout, r.stderr)
        assert r.returncode != 4, ("index still locked 3 s after its writer was killed; "
                                   f"write.lock held by pids {lock_holders(index)}: {r.stderr}")
        assert r.returncode == 0, r.stderr
    finally:
        kill_leftovers(run, index)


def test_kill_9_mid_rebuild_keeps_the_live_generation(many, tmp_path):
    index = tmp_path / "index"
    shutil.copytree(many["clean"], index)
    before = current_generation(index)
    run = Started(["--index", index, "rebuild", many["folder"], "--workers", "1"], tmp_path / "logs")
    try:
        # The new generation is the one that is not live.
        deadline = time.monotonic() + 30
        while True:
            others = [g for g in glob.glob(str(index / "gen-*")) if Path(g) != before]
            if others:
                break
            assert run.running() and time.monotonic() < deadline, run.stderr
            time.sleep(0.005)
        _kill_after_first_commit(run, others[0], whole_group=True)
        assert current_generation(index) == before
        assert stats_json(index)["segments"] == many["stats"]["segments"]
        assert search_json(index, "council")
        r = ds("--index", index, "rebuild")
        no_traceback(r.stdout, r.stderr)
        assert r.returncode == 0, r.stderr
        assert current_generation(index) != before and current_generation(index).is_dir()
        assert stats_json(index)["segments"] == many["stats"]["segments"]
        # The killed run's part-built generation goes; the one just replaced stays a while
        # for searches that opened it.
        assert not Path(others[0]).exists() and before.is_dir()
    finally:
        kill_leftovers(run, index)


@pytest.fixture
def good_index(tmp_path):
    """Two real papers ingested with absolute paths into a fresh index."""
    from docsearch import Index

    folder = _good_papers(tmp_path / "papers")
    index = tmp_path / "index"
    report = Index(str(index)).ingest([str(folder)], workers=0)
    assert len(report.added) == 2 and not report.failed
    return index


def test_second_writer_exits_4(good_index, tmp_path):
    lock = HeldLock(good_index)
    try:
        for command in ("ingest", "rebuild"):
            args = [command, tmp_path / "papers"]
            r = ds("--index", good_index, *args)
            no_traceback(r.stdout, r.stderr)
            assert r.returncode == 4, (command, r.stderr)
            assert "being updated by another process" in one_clear_line(r.stderr)
    finally:
        lock.release()


def test_second_writer_exits_4_in_process(runner, good_index, tmp_path):
    lock = HeldLock(good_index)
    try:
        result = _invoke(runner, ["--index", good_index, "ingest", tmp_path / "papers"])
        assert result.exit_code == 4
        assert "being updated by another process" in one_clear_line(result.stderr)
    finally:
        lock.release()


def test_wait_waits_for_the_lock_then_succeeds(good_index, tmp_path):
    lock = HeldLock(good_index)
    extra = tmp_path / "extra"
    extra.mkdir()
    shutil.copy(os.path.join(CORPUS, "kent-county-council-minutes-2025-01-09.pdf"), extra)
    run = None
    try:
        started = time.monotonic()
        run = Started(["--index", good_index, "ingest", extra, "--wait", "30"], tmp_path / "logs")
        time.sleep(1.5)
        assert run.running(), f"did not wait: {run.stderr}"
        lock.release()
        assert run.wait(timeout=60) == 0, run.stderr
        no_traceback(run.stdout, run.stderr)
        assert time.monotonic() - started >= 1.5
        assert stats_json(good_index)["papers"] == 3
    finally:
        lock.release()
        if run is not None:
            kill_leftovers(run, good_index)


def test_wait_gives_up_with_exit_4(runner, good_index, tmp_path):
    lock = HeldLock(good_index)
    try:
        started = time.monotonic()
        result = _invoke(runner, ["--index", good_index, "ingest", tmp_path / "papers", "--wait", "1"])
        assert result.exit_code == 4 and 0.9 <= time.monotonic() - started < 10
    finally:
        lock.release()


def test_search_answers_while_the_lock_is_held(runner, good_index):
    lock = HeldLock(good_index)
    try:
        result = _invoke(runner, ["--index", good_index, "search", "provisional settlement", "--json"])
        assert result.exit_code == 0 and result.stdout.strip()
        assert _invoke(runner, ["--index", good_index, "stats"]).exit_code == 0
        r = ds("--index", good_index, "search", "provisional settlement")
        assert r.returncode == 0 and r.stdout.strip()
    finally:
        lock.release()


def test_search_during_a_real_ingest(many, good_index, tmp_path):
    """A real writer busy on 60 papers: searches answer, a second writer gets exit 4,
    and the writer finishes cleanly."""
    run = Started(["--index", good_index, "ingest", many["folder"], "--workers", "1"], tmp_path / "logs")
    try:
        run.wait_for_stderr(" to read, ")  # the writer holds the lock now
        answered = 0
        while run.running() and answered < 3:
            r = ds("--index", good_index, "search", "provisional settlement", "--json")
            no_traceback(r.stdout, r.stderr)
            assert r.returncode == 0 and r.stdout.strip(), r.stderr
            answered += 1
        assert answered >= 1
        second = ds("--index", good_index, "ingest", many["folder"])
        if run.running():
            assert second.returncode == 4, second.stderr
            assert "being updated by another process" in one_clear_line(second.stderr)
        assert run.wait(timeout=120) == 0, run.stderr
        no_traceback(run.stdout, run.stderr)
    finally:
        kill_leftovers(run, good_index)
    assert stats_json(good_index)["papers"] == 62


@pytest.mark.parametrize("meta", [
    {"schema_version": 1},
    {"schema_version": 999, "created": 0},
    None,  # docsearch.json missing
])
def test_other_schema_version_asks_for_rebuild(runner, good_index, meta):
    gen = current_generation(good_index)
    meta_file = gen / "docsearch.json"
    if meta is None:
        meta_file.unlink()
    else:
        meta_file.write_text(meta if isinstance(meta, str) else json.dumps(meta), encoding="utf-8")
    for args in (["search", "provisional settlement"], ["stats"], ["show", "abc"]):
        result = _invoke(runner, ["--index", good_index, *args])
        assert result.exit_code == 1, (args, result.output)
        assert "run 'docsearch rebuild'" in one_clear_line(result.stderr)
        # Which format the index has, and which this docsearch reads.
        held = f"index format {meta['schema_version']}" if meta else "an index format without a number"
        assert f"({held}; this one reads format {SCHEMA_VERSION})" in result.stderr, result.stderr
    r = ds("--index", good_index, "search", "budget")
    assert r.returncode == 1 and "run 'docsearch rebuild'" in one_clear_line(r.stderr)
    # ... and rebuild fixes it, from the paper list the old index holds.
    _plain_rebuild_recovers(good_index, gen)


def _plain_rebuild_recovers(good_index, gen) -> None:
    """``docsearch rebuild`` with no paths builds a new generation holding both papers."""
    r = ds("--index", good_index, "rebuild")
    no_traceback(r.stdout, r.stderr)
    assert r.returncode == 0, r.stderr
    assert current_generation(good_index) != gen
    assert stats_json(good_index)["papers"] == 2
    assert search_json(good_index, "provisional settlement")


@pytest.mark.parametrize("damage", ["garbage", "cut short", "empty"])
def test_a_damaged_docsearch_json_says_damaged_not_another_version(runner, good_index, damage):
    gen = current_generation(good_index)
    meta_file = gen / "docsearch.json"
    meta = meta_file.read_bytes()
    meta_file.write_bytes({"garbage": b"\x00\xffnot json at all {", "cut short": meta[:len(meta) // 2],
                           "empty": b""}[damage])
    for args in (["search", "provisional settlement"], ["stats"], ["show", "abc"]):
        result = _invoke(runner, ["--index", good_index, *args])
        assert result.exit_code == 1, (args, result.output)
        line = one_clear_line(result.stderr)
        assert "is damaged" in line and "docsearch.json" in line and "another version" not in line, line
        # Whoosh's files still list the papers: a plain rebuild is what to run.
        assert line.count("rebuild") == 1 and "run 'docsearch rebuild'" in line, line
    _plain_rebuild_recovers(good_index, gen)


def test_rebuild_swaps_in_a_whole_new_generation(good_index):
    before_gen = current_generation(good_index)
    before = stats_json(good_index)
    ids_before = sorted(h["id"] for h in search_json(good_index, "cabinet"))
    r = ds("--index", good_index, "rebuild", "--json")
    no_traceback(r.stdout, r.stderr)
    assert r.returncode == 0, r.stderr
    after_gen = current_generation(good_index)
    assert after_gen != before_gen and after_gen.is_dir()
    assert (after_gen / "docsearch.json").is_file()
    assert not (good_index / "CURRENT.tmp").exists()
    after = stats_json(good_index)
    assert {k: after[k] for k in ("papers", "segments", "by_kind")} == \
        {k: before[k] for k in ("papers", "segments", "by_kind")}
    assert sorted(h["id"] for h in search_json(good_index, "cabinet")) == ids_before
    # A second rebuild swaps again; old generations are not left to pile up.
    assert ds("--index", good_index, "rebuild").returncode == 0
    assert ds("--index", good_index, "rebuild").returncode == 0
    assert current_generation(good_index) not in (before_gen, after_gen)
    assert len(glob.glob(str(good_index / "gen-*"))) <= 3
    assert search_json(good_index, "provisional settlement")


def test_rebuild_with_paths_and_bad_papers_still_swaps(good_index, tmp_path):
    folder = tmp_path / "papers"
    badpapers.text_named_pdf(folder)
    before_gen = current_generation(good_index)
    r = ds("--index", good_index, "rebuild", folder)
    no_traceback(r.stdout, r.stderr)
    assert r.returncode == 3 and "not-really-a.pdf" in r.stderr
    assert current_generation(good_index) != before_gen
    assert stats_json(good_index)["papers"] == 2


def test_rebuild_from_another_folder_keeps_the_papers(tmp_path):
    """Papers ingested with relative paths, rebuild run from elsewhere: the rebuilt
    index must hold the same papers (a rebuild never empties a good index)."""
    work = tmp_path / "work"
    _good_papers(work / "papers")
    r = ds("--index", "index", "ingest", "papers", cwd=work)
    assert r.returncode == 0, r.stderr
    before = stats_json(work / "index")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    r = ds("--index", work / "index", "rebuild", cwd=elsewhere)
    no_traceback(r.stdout, r.stderr)
    after = stats_json(work / "index")
    assert after["papers"] == before["papers"] == 2, (r.returncode, r.stderr)
    assert after["segments"] == before["segments"]


def test_rebuild_with_the_papers_gone_keeps_the_index(tmp_path):
    """The papers' folder is gone (moved, or a share not mounted) when `docsearch
    rebuild` runs: every paper fails, and the good index must not be swapped for an
    empty one."""
    work = tmp_path / "work"
    _good_papers(work / "papers")
    index = tmp_path / "index"
    r = ds("--index", index, "ingest", work / "papers")
    assert r.returncode == 0, r.stderr
    before_gen, before = current_generation(index), stats_json(index)
    (work / "papers").rename(work / "papers-moved")
    r = ds("--index", index, "rebuild")
    no_traceback(r.stdout, r.stderr)
    assert r.returncode in (1, 3), r.stderr
    assert stats_json(index)["papers"] == before["papers"] == 2, \
        f"rebuild swapped in an index without the papers: {r.stderr}"
    assert current_generation(index) == before_gen
    assert search_json(index, "provisional settlement")


def test_a_paper_whose_file_name_is_not_utf8(runner, tmp_path):
    # Names from a Windows share or a zip may be Latin-1: Python holds stand-ins for their
    # bytes, which neither Whoosh nor a JSON reader takes as they are.
    folder = tmp_path / "papers"
    folder.mkdir()
    name = os.path.join(os.fsencode(folder), b"caf\xe9 minutes.txt")
    with open(name, "wb") as fh:
        fh.write(open(os.path.join(CORPUS, "leics-strategic-plan-2022-26.txt"), "rb").read())
    index = tmp_path / "index"
    for args in (["ingest", folder], ["ingest", folder], ["rebuild"]):
        result = _invoke(runner, ["--index", index, *args])
        assert result.exit_code == 0, (args, result.stderr)
    r = ds("--index", index, "search", "--json", "carers")
    no_traceback(r.stdout, r.stderr)
    hit = json.loads(r.stdout.splitlines()[0])
    assert os.fsencode(hit["source"]) == name
    # Plain output prints the name's bytes as they are, as ls does.
    r = subprocess.run(ds_cmd("split", os.fsdecode(name)), env=_env(), capture_output=True, timeout=120)
    assert r.returncode == 0 and b"Traceback" not in r.stderr and name in r.stdout


@pytest.mark.parametrize("options, error", [
    (dict(workers="2"), ValueError), (dict(workers=-1), ValueError), (dict(paper_timeout=-5), ValueError),
    (dict(paper_timeout=float("nan")), ValueError), (dict(wait=None), ValueError), (dict(council=5), TypeError),
    (dict(progress=5), TypeError)])
def test_ingest_options_of_the_wrong_kind_are_refused_before_any_work(tmp_path, options, error):
    """``workers="2"`` failed half-way and left an empty index behind; ``paper_timeout=-5``
    failed every paper; ``council=5`` was taken."""
    from docsearch import Index

    papers = _good_papers(tmp_path / "papers")
    with pytest.raises(error, match=next(iter(options))):
        Index(str(tmp_path / "ix")).ingest([str(papers)], **options)
    assert not (tmp_path / "ix").exists()


def test_an_index_or_paths_of_the_wrong_kind_are_refused_in_words(tmp_path):
    from docsearch import Index

    for bad in (None, 5):
        with pytest.raises(TypeError, match="a folder's path"):
            Index(bad)
    with pytest.raises(TypeError, match="a list of paths"):
        Index(str(tmp_path / "ix")).ingest(None)


def test_a_timeout_of_nan_is_not_a_number(runner, tmp_path):
    """Click's ranges let "nan" through, and it turned the timeout off."""
    result = _invoke(runner, ["--index", tmp_path / "ix", "ingest", _good_papers(tmp_path / "papers"),
                              "--timeout", "nan"])
    assert result.exit_code == 2 and "not a number" in result.output


def test_ingest_with_its_error_stream_closed_still_builds_the_index(tmp_path):
    """Run with stderr closed ("2>&-"), Python has no sys.stderr: the first progress line
    had ended the run (exit 1), with no index made."""
    folder = _good_papers(tmp_path / "papers")
    index = tmp_path / "index"
    run = subprocess.run([sys.executable, "-m", "docsearch", "--index", str(index), "ingest", str(folder)],
                         stdout=subprocess.DEVNULL, preexec_fn=lambda: os.close(2), timeout=120)
    assert run.returncode == 0 and (index / "CURRENT").exists()


def test_another_programs_folder_with_a_current_file_is_not_taken_for_an_index(runner, tmp_path):
    # LevelDB and RocksDB keep a CURRENT file too ("MANIFEST-000001"): docsearch must not
    # call the folder a damaged index, nor write its own CURRENT over theirs.
    folder = tmp_path / "leveldb"
    folder.mkdir()
    (folder / "CURRENT").write_text("MANIFEST-000001\n", encoding="utf-8")
    (folder / "000003.log").write_text("data", encoding="utf-8")
    for args in (["search", "budget"], ["stats"], ["ingest", os.path.join(CORPUS, "leics-strategic-plan-2022-26.txt")],
                 ["rebuild", os.path.join(CORPUS, "leics-strategic-plan-2022-26.txt")]):
        result = _invoke(runner, ["--index", folder, *args])
        assert result.exit_code == 1, args
        assert "not a docsearch index" in one_clear_line(result.stderr), args
    assert sorted(p.name for p in folder.iterdir()) == ["000003.log", "CURRENT"]
    assert (folder / "CURRENT").read_text(encoding="utf-8") == "MANIFEST-000001\n"


def test_a_full_disk_is_not_called_a_damaged_index(runner, tmp_path, monkeypatch):
    import errno
    from docsearch import Index

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", "")

    monkeypatch.setattr(Index, "ingest", full)
    result = _invoke(runner, ["--index", tmp_path / "ix", "ingest", os.path.join(CORPUS, "leics-strategic-plan-2022-26.txt")])
    assert result.exit_code == 1
    line = one_clear_line(result.stderr)
    assert "no space left" in line and "free some space" in line and "rebuild" not in line and "damaged" not in line
