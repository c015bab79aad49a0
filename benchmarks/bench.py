"""Performance benchmark: ingest speed against bare pypdf extraction, no-op re-ingest,
text throughput, warm and cold search latency, index size and peak ingest memory, each
printed beside its target in one table.

    .venv/bin/python benchmarks/bench.py [--quick | --no-kent] [--repeat N] [--workers N]
                                         [--keep] [--json FILE] [--kent DIR] [--corpus DIR]

Not a unit test: it takes several minutes on the Kent folder (131 PDFs). See
benchmarks/README.md for what each figure means. Run it with the project's venv
interpreter: the CLI runs (`docsearch ...`) use the `docsearch` script beside it.
"""

from __future__ import annotations

import argparse
import glob
import io
import json
import logging
import multiprocessing as mp
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "src"))

DEFAULT_KENT = "/work/shared/kent-2025"
DEFAULT_CORPUS = os.path.join(ROOT, "corpus")
FOLDER_NOTES = ("readme.md", "readme.txt", "readme")

# Targets (see README.md).
T_INGEST_RATIO = 1.3       # ingest wall time / bare pypdf extraction wall time
T_NOOP_RATIO = 0.03        # no-op re-ingest / full ingest
T_COLD_RATIO = 1.5         # cold `docsearch search` / `python -c "import whoosh..."`
T_WARM_P95_MS = 50.0       # warm library search p95 on the 10x corpus
T_PEAK_MB = 1024.0         # peak memory of the Kent ingest

COLD_RUNS = 7
WARM_PASSES = 5            # timed passes over the query list after one warm-up pass
NOOP_RUNS = 3

WHOOSH_IMPORTS = "import whoosh.index, whoosh.qparser, whoosh.fields, whoosh.analysis, whoosh.highlight"

# Realistic queries over council papers: plain words, phrases, fields, dates, prefixes,
# exclusions and procedural items. The same list runs on every index.
QUERIES = [
    "free school meals",
    '"free school meals"',
    "adult social care",
    "special educational needs transport",
    "home to school transport",
    "council tax precept",
    "capital programme",
    "climate change carbon emissions",
    "net zero",
    "household waste recycling centres",
    "youth justice",
    "bus services",
    "highways maintenance potholes",
    "libraries",
    "flood risk",
    "public health",
    "procurement contract award",
    "covid-19 recovery",
    "care leavers",
    "foster carers",
    "ofsted inspection",
    "corporate parenting",
    "internal audit",
    "risk register",
    "medium term financial plan",
    "reserves",
    "pension fund",
    "housing",
    "broadband",
    "road safety",
    "treasury management strategy",
    "asylum seeking children",
    "kind:resolution budget",
    "body:cabinet education",
    "council:kent schools",
    "date:2025 budget",
    "consult*",
    "budget -covid",
    "apologies",
    "strategic plan outcomes",
    "scrutiny commission",
    "(tax OR precept) AND budget",
]


# -- machine -------------------------------------------------------------------------------

def machine_info() -> dict:
    cpu = platform.processor() or "?"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.lower().startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    ram_gb = None
    try:
        with open("/proc/meminfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("MemTotal:"):
                    ram_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    versions = {}
    for mod in ("pypdf", "whoosh", "nltk", "bs4", "click"):
        try:
            from importlib.metadata import version

            dist = {"whoosh": "Whoosh-Reloaded", "bs4": "beautifulsoup4"}.get(mod, mod)
            versions[mod] = version(dist)
        except Exception:  # noqa: BLE001
            versions[mod] = "?"
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "cores_usable": usable,
        "ram_gb": ram_gb,
        "python": platform.python_version(),
        "executable": sys.executable,
        "platform": platform.platform(),
        "packages": versions,
    }


# -- helpers -------------------------------------------------------------------------------

def papers_in(folder: str, suffixes=(".pdf", ".txt", ".md", ".html", ".htm")) -> list[str]:
    out = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.lower() in FOLDER_NOTES:
                continue
            if name.lower().endswith(suffixes):
                out.append(os.path.join(root, name))
    return out


def total_bytes(paths) -> int:
    return sum(os.path.getsize(p) for p in paths)


def warm_page_cache(paths) -> None:
    for p in paths:
        with open(p, "rb") as fh:
            while fh.read(1 << 20):
                pass


def dir_bytes(path: str) -> int:
    n = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            if name == "write.lock":
                continue
            try:
                n += os.path.getsize(os.path.join(root, name))
            except OSError:
                pass
    return n


def fmt_s(x: float | None) -> str:
    return "-" if x is None else (f"{x:.2f} s" if x < 100 else f"{x:.1f} s")


def fmt_ms(x: float | None) -> str:
    return "-" if x is None else f"{x:.1f} ms"


def fmt_mb(kb: float | None) -> str:
    return "-" if kb is None else f"{kb / 1024:.0f} MB"


def p95(values: list[float]) -> float:
    vals = sorted(values)
    if not vals:
        return float("nan")
    k = 0.95 * (len(vals) - 1)
    lo, hi = int(k), min(int(k) + 1, len(vals) - 1)
    return vals[lo] + (vals[hi] - vals[lo]) * (k - lo)


class CpuWatch:
    """CPU used on the whole machine during a measurement, minus what this benchmark and
    its children used: how much *other* processes (another test run, a build) competed
    for the cores, and the hypervisor's steal time. Both distort wall-clock figures."""

    def __init__(self):
        self.tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

    @staticmethod
    def _own() -> float:
        import resource

        a = resource.getrusage(resource.RUSAGE_SELF)
        b = resource.getrusage(resource.RUSAGE_CHILDREN)
        return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime

    def _stat(self) -> tuple[float, float]:
        try:
            with open("/proc/stat", encoding="utf-8") as fh:
                f = [int(x) for x in fh.readline().split()[1:]]
        except (OSError, ValueError):
            return 0.0, 0.0
        busy = f[0] + f[1] + f[2] + f[5] + f[6]  # user nice system irq softirq
        steal = f[7] if len(f) > 7 else 0
        return busy / self.tick, steal / self.tick

    def __enter__(self):
        self.t0 = time.perf_counter()
        self.own0 = self._own()
        self.busy0, self.steal0 = self._stat()
        return self

    def __exit__(self, *exc):
        wall = time.perf_counter() - self.t0
        busy1, steal1 = self._stat()
        own = self._own() - self.own0
        capacity = max(1e-9, wall * (os.cpu_count() or 1))
        self.others_s = max(0.0, (busy1 - self.busy0) - own)
        self.steal_s = max(0.0, steal1 - self.steal0)
        self.others_share = self.others_s / capacity
        self.steal_share = self.steal_s / capacity
        BACKGROUND.append((self.label if hasattr(self, "label") else "?", self.others_share, self.steal_share))
        return False

    def as_dict(self) -> dict:
        return {"others_cpu_s": self.others_s, "others_share": self.others_share,
                "steal_s": self.steal_s, "steal_share": self.steal_share}


#: (label, share of CPU capacity used by other processes, steal share) per measurement.
BACKGROUND: list[tuple[str, float, float]] = []
#: Above this share of the machine's CPU used by other processes, a figure is flagged.
NOISY_SHARE = 0.10


def watched(label: str, fn, *args, **kwargs):
    """Run fn under a CpuWatch; the result dict gets a "background" entry."""
    w = CpuWatch()
    w.label = label
    with w:
        res = fn(*args, **kwargs)
    if isinstance(res, dict):
        res["background"] = w.as_dict()
    return res


def bg_text(res: dict) -> str:
    b = res.get("background") or {}
    share = b.get("others_share", 0.0)
    return f"{100 * share:.0f}% other procs" + (f", {100 * b['steal_share']:.0f}% steal" if b.get("steal_share", 0) >= 0.01 else "")


def docsearch_exe() -> list[str]:
    exe = os.path.join(os.path.dirname(sys.executable), "docsearch")
    if os.path.exists(exe):
        return [exe]
    return [sys.executable, "-m", "docsearch"]


# -- process-tree memory sampling ------------------------------------------------------------

def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", encoding="utf-8", errors="replace") as fh:
                stat = fh.read()
        except OSError:
            continue
        rest = stat[stat.rfind(")") + 2:].split()
        if len(rest) > 1:
            kids.setdefault(int(rest[1]), []).append(int(name))
    return kids


def _tree(pid: int) -> list[int]:
    kids = _children_map()
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []))
    return out


def _mem_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in kB; PSS shares fork-shared pages out fairly."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        try:
            with open(f"/proc/{pid}/status", encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        rss = pss = int(line.split()[1])
        except OSError:
            pass
    return rss, pss


class TreeSampler(threading.Thread):
    """Samples the summed RSS and PSS of a process and all its descendants."""

    def __init__(self, pid: int, every: float = 0.1):
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.stop_evt = threading.Event()
        self.peak_rss = self.peak_pss = 0
        self.peak_procs = 0

    def run(self):
        while not self.stop_evt.is_set():
            try:
                pids = _tree(self.pid)
                rss = pss = 0
                for p in pids:
                    r, s = _mem_kb(p)
                    rss += r
                    pss += s
                self.peak_rss = max(self.peak_rss, rss)
                self.peak_pss = max(self.peak_pss, pss)
                self.peak_procs = max(self.peak_procs, len(pids))
            except Exception:  # noqa: BLE001 - sampling must never break the run
                pass
            self.stop_evt.wait(self.every)

    def stop(self):
        self.stop_evt.set()
        self.join()


def run_measured(cmd: list[str], *, sample: bool = True, use_time: bool = True) -> dict:
    """Run ``cmd`` and measure wall time, CPU time and peak memory of it and its children.

    ``maxrss_kb`` comes from wait4() on the child: the largest RSS of any single process
    in its tree (the same figure getrusage(RUSAGE_CHILDREN) gives for a lone child).
    ``time_v_maxrss_kb`` is /usr/bin/time -v's "Maximum resident set size" (same source,
    a cross-check). ``tree_peak_*_kb`` are sampled sums over the whole tree at once.
    """
    timefile = None
    full = list(cmd)
    if use_time and os.path.exists("/usr/bin/time"):
        fd, timefile = tempfile.mkstemp(prefix="bench-time-")
        os.close(fd)
        full = ["/usr/bin/time", "-v", "-o", timefile] + full
    out = tempfile.TemporaryFile()
    err = tempfile.TemporaryFile()
    t0 = time.perf_counter()
    proc = subprocess.Popen(full, stdout=out, stderr=err)
    sampler = TreeSampler(proc.pid) if sample else None
    if sampler:
        sampler.start()
    _pid, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if sampler:
        sampler.stop()
    out.seek(0)
    err.seek(0)
    res = {
        "cmd": cmd,
        "rc": proc.returncode,
        "wall_s": wall,
        "cpu_s": ru.ru_utime + ru.ru_stime,
        "maxrss_kb": ru.ru_maxrss,
        "stdout": out.read().decode("utf-8", "replace"),
        "stderr": err.read().decode("utf-8", "replace"),
    }
    if sampler:
        res.update(tree_peak_rss_kb=sampler.peak_rss, tree_peak_pss_kb=sampler.peak_pss,
                   tree_peak_procs=sampler.peak_procs)
    if timefile:
        try:
            with open(timefile, encoding="utf-8") as fh:
                m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", fh.read())
            res["time_v_maxrss_kb"] = int(m.group(1)) if m else None
        finally:
            os.unlink(timefile)
    return res


def cli_ingest(index: str, paths: list[str], workers: int) -> dict:
    res = run_measured(docsearch_exe() + ["--index", index, "ingest", "-q", "--json",
                                          "--workers", str(workers)] + paths)
    report = {}
    for line in res["stdout"].splitlines():
        if line.startswith("{"):
            try:
                report = json.loads(line)
            except ValueError:
                pass
    res["report"] = {k: (len(v) if isinstance(v, list) else v) for k, v in report.items()}
    if res["rc"] not in (0, 3):
        raise SystemExit(f"ingest failed (exit {res['rc']}): {res['stderr'][-2000:]}")
    res.pop("stdout")
    res["stderr"] = res["stderr"][-500:]
    return res


def lib_noop(index: str, paths: list[str], workers: int, runs: int = NOOP_RUNS) -> dict:
    from docsearch import Index

    times = []
    report = None
    for _ in range(runs):
        t0 = time.perf_counter()
        report = Index(index).ingest(paths, workers=workers)
        times.append(time.perf_counter() - t0)
    return {"times_s": times, "median_s": statistics.median(times),
            "unchanged": len(report.unchanged), "read": len(report.added) + len(report.replaced)}


# -- bare extraction -------------------------------------------------------------------------

def _bare_one(path: str) -> tuple[str, int, int, float]:
    """pypdf.PdfReader(path).pages[i].extract_text() for every page; text is decoded only."""
    t0 = time.process_time()
    chars = pages = 0
    if path.lower().endswith(".pdf"):
        import pypdf

        logging.getLogger("pypdf").setLevel(logging.CRITICAL)
        try:
            reader = pypdf.PdfReader(path)
            pages = len(reader.pages)
            for i in range(pages):
                try:
                    chars += len((reader.pages[i].extract_text() or "").encode("utf-8"))
                except Exception:  # noqa: BLE001 - count the page, as ingest does
                    pass
        except Exception:  # noqa: BLE001
            pass
    else:
        with open(path, "rb") as fh:
            chars = len(fh.read().decode("utf-8", "replace").encode("utf-8"))
    return path, pages, chars, time.process_time() - t0


def bare_extract(paths: list[str], workers: int) -> dict:
    todo = sorted(paths, key=lambda p: -os.path.getsize(p))  # biggest first, as ingest does
    t0 = time.perf_counter()
    if workers <= 0:
        results = [_bare_one(p) for p in todo]
    else:
        ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
        with ctx.Pool(workers) as pool:
            results = list(pool.imap_unordered(_bare_one, todo, chunksize=1))
    wall = time.perf_counter() - t0
    return {"wall_s": wall, "cpu_s": sum(r[3] for r in results), "pages": sum(r[1] for r in results),
            "text_bytes": sum(r[2] for r in results), "files": len(results)}


# -- index contents --------------------------------------------------------------------------

def index_text_bytes(index: str) -> dict:
    from whoosh import index as wi

    with open(os.path.join(index, "CURRENT"), encoding="utf-8") as fh:
        gen = os.path.join(index, fh.read().strip())
    ix = wi.open_dir(gen)
    seg_bytes = top_bytes = segs = 0
    with ix.searcher() as s:
        for f in s.all_stored_fields():
            if f.get("doctype") != "segment":
                continue
            n = len((f.get("text") or "").encode("utf-8"))
            segs += 1
            seg_bytes += n
            # Resolutions/recommendations repeat lines of their parent: count once.
            if not f.get("parent"):
                top_bytes += n
    return {"segments": segs, "segment_text_bytes": seg_bytes, "top_level_text_bytes": top_bytes,
            "index_bytes": dir_bytes(index), "index_files": sum(len(f) for _r, _d, f in os.walk(gen))}


# -- search ----------------------------------------------------------------------------------

def warm_search(index: str, queries=QUERIES, passes: int = WARM_PASSES) -> dict:
    from docsearch import Index
    from docsearch.errors import QueryError

    ix = Index(index)
    errors = []
    hits = {}
    for q in queries:  # warm-up: imports, OS cache, Whoosh's lazy structures
        try:
            hits[q] = len(ix.search(q))
        except QueryError as exc:
            errors.append(f"{q}: {exc}")
    good = [q for q in queries if q in hits]
    samples: list[float] = []
    per_query: dict[str, list[float]] = {q: [] for q in good}
    for _ in range(passes):
        for q in good:
            t0 = time.perf_counter()
            ix.search(q)
            dt_ms = (time.perf_counter() - t0) * 1000
            samples.append(dt_ms)
            per_query[q].append(dt_ms)
    med_per_q = {q: statistics.median(v) for q, v in per_query.items()}
    slowest = sorted(med_per_q.items(), key=lambda kv: -kv[1])[:5]
    return {"queries": len(good), "samples": len(samples), "median_ms": statistics.median(samples),
            "p95_ms": p95(samples), "max_ms": max(samples), "slowest": slowest,
            "queries_without_hits": [q for q in good if not hits[q]], "errors": errors}


def _median_walls(cmds: list[list[str]], runs: int) -> list[dict]:
    """Wall times of each command, run in turn (a, b, c, a, b, c, ...) so that a change
    in background load during the measurement falls on all of them alike."""
    for cmd in cmds:
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm OS caches
    times: list[list[float]] = [[] for _ in cmds]
    rcs: list[int | None] = [None] * len(cmds)
    for _ in range(runs):
        for i, cmd in enumerate(cmds):
            t0 = time.perf_counter()
            rcs[i] = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
            times[i].append(time.perf_counter() - t0)
    return [{"median_s": statistics.median(t), "min_s": min(t), "times_s": t, "rc": rc}
            for t, rc in zip(times, rcs)]


def cold_search(index: str, query: str = "free school meals", runs: int = COLD_RUNS) -> dict:
    py = sys.executable
    ds, base, floor = _median_walls([docsearch_exe() + ["--index", index, "search", query],
                                     [py, "-c", WHOOSH_IMPORTS], [py, "-c", "pass"]], runs)
    return {"query": query, "docsearch": ds, "whoosh_imports": base, "python_bare": floor,
            "ratio": ds["median_s"] / base["median_s"]}


def search_imports(index: str) -> dict:
    """Which heavy modules a CLI search loads, and the costliest top-level imports."""
    probe = (
        "import sys, json\n"
        f"sys.argv = ['docsearch', '--index', {index!r}, 'search', 'budget']\n"
        "from docsearch.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ['nltk', 'pypdf', 'bs4', 'whoosh', 'click']\n"
        "print('@@' + json.dumps({m: m in sys.modules for m in heavy}), file=sys.stderr)\n"
    )
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    loaded = {}
    for line in r.stderr.splitlines():
        if line.startswith("@@"):
            loaded = json.loads(line[2:])
    t = subprocess.run([sys.executable, "-X", "importtime", "-m", "docsearch", "--index", index,
                        "search", "budget"], capture_output=True, text=True)
    top = []
    for line in t.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if m and len(m.group(3)) <= 1:  # top-level imports only
            top.append((m.group(4), int(m.group(2)) / 1000))
    top.sort(key=lambda kv: -kv[1])
    return {"loaded": loaded, "top_imports_ms": top[:10],
            "total_import_ms": sum(ms for _n, ms in top)}


# -- scaled corpus ---------------------------------------------------------------------------

def make_scaled_copy(corpus: str, dest: str, copies: int = 10) -> list[str]:
    os.makedirs(dest, exist_ok=True)
    for src in papers_in(corpus):
        stem, ext = os.path.splitext(os.path.basename(src))
        with open(src, "rb") as fh:
            data = fh.read()
        for c in range(1, copies + 1):
            out = os.path.join(dest, f"{stem}-copy{c:02d}{ext}")
            body = data
            if ext.lower() in (".txt", ".md", ".text"):
                body = data + f"\n(benchmark copy {c})\n".encode()
            with open(out, "wb") as fh:
                fh.write(body)
    return papers_in(dest)


# -- table -----------------------------------------------------------------------------------

class Table:
    def __init__(self):
        self.rows: list[tuple[str, str, str, str]] = []

    def section(self, title: str):
        self.rows.append(("##", title, "", ""))

    def add(self, measure: str, value: str, target: str = "", ok: bool | None = None):
        verdict = "" if ok is None else ("ok" if ok else "MISSED")
        self.rows.append((measure, value, target, verdict))

    def note(self, text: str):
        self.rows.append(("--", text, "", ""))

    def render(self) -> str:
        body = [r for r in self.rows if r[0] not in ("##", "--")]
        w0 = max([len(r[0]) for r in body] + [20])
        w1 = max([len(r[1]) for r in body] + [10])
        w2 = max([len(r[2]) for r in body] + [6])
        lines = [f"{'measure':<{w0}}  {'value':>{w1}}  {'target':<{w2}}  result",
                 "-" * (w0 + w1 + w2 + 12)]
        for r in self.rows:
            if r[0] == "##":
                lines.append(f"[{r[1]}]")
            elif r[0] == "--":
                lines.append(f"  note: {r[1]}")
            else:
                lines.append(f"{r[0]:<{w0}}  {r[1]:>{w1}}  {r[2]:<{w2}}  {r[3]}")
        return "\n".join(lines)


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# -- main ------------------------------------------------------------------------------------

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="skip the Kent folder and the 10x copy")
    ap.add_argument("--no-kent", action="store_true", help="skip only the Kent folder")
    ap.add_argument("--workers", type=int, default=None,
                    help="reader processes for ingest and bare extraction (default: min(cpu_count, 4))")
    ap.add_argument("--repeat", type=int, default=1,
                    help="Kent: run bare extraction and full ingest N times each (alternating) and "
                         "use the fastest of each [1]")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folders (indexes, 10x copy)")
    ap.add_argument("--json", metavar="FILE", help="also write all figures as JSON to FILE")
    ap.add_argument("--kent", default=DEFAULT_KENT, help=f"folder of real PDFs [{DEFAULT_KENT}]")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS, help="bundled corpus folder [corpus/]")
    args = ap.parse_args(argv)

    workers = args.workers if args.workers is not None else max(1, min(os.cpu_count() or 1, 4))
    machine = machine_info()
    results: dict = {"machine": machine, "workers": workers, "quick": args.quick,
                     "started": time.strftime("%Y-%m-%dT%H:%M:%S")}
    table = Table()
    tmp = tempfile.mkdtemp(prefix="docsearch-bench-")
    log(f"temporary folder {tmp}; {workers} worker(s)")
    t_start = time.perf_counter()
    # A regular install (pip install .) byte-compiles the package, and Python writes the
    # .pyc files on a first run anyway; an editable install on a machine that sets
    # PYTHONDONTWRITEBYTECODE (this one does) would compile docsearch's sources on every
    # cold start instead. Compile once, so cold starts measure what users see.
    import compileall

    compileall.compile_dir(os.path.join(ROOT, "src", "docsearch"), quiet=1)
    results["byte_compiled"] = True

    try:
        # 1, 2, 6, 7: the Kent folder ---------------------------------------------------------
        table.section(f"Kent PDFs ({args.kent})")
        kent_pdfs = papers_in(args.kent, (".pdf",)) if os.path.isdir(args.kent) else []
        if args.quick or args.no_kent:
            table.note("skipped (--quick)" if args.quick else "skipped (--no-kent)")
        elif not kent_pdfs:
            table.note(f"skipped: {args.kent} is absent or holds no PDFs")
        else:
            kent_paths = papers_in(args.kent)
            warm_page_cache(kent_paths)
            bares, fulls = [], []
            for rep in range(max(1, args.repeat)):
                tag = f" (run {rep + 1}/{args.repeat})" if args.repeat > 1 else ""
                log(f"bare pypdf extraction of {len(kent_pdfs)} PDFs, {workers} process(es){tag}")
                bares.append(watched("kent bare extraction", bare_extract, kent_pdfs, workers))
                log(f"  {bares[-1]['wall_s']:.1f} s; {bg_text(bares[-1])}")
                ix = os.path.join(tmp, f"ix-kent-{rep}")
                log(f"full ingest (CLI subprocess, fresh index){tag}")
                fulls.append(watched("kent ingest", cli_ingest, ix, [args.kent], workers))
                log(f"  {fulls[-1]['wall_s']:.1f} s; {bg_text(fulls[-1])}; report {fulls[-1]['report']}")
            bare = min(bares, key=lambda r: r["wall_s"])
            full = min(fulls, key=lambda r: r["wall_s"])
            ix = os.path.join(tmp, f"ix-kent-{fulls.index(full)}")
            log("no-op re-ingest (CLI, then library)")
            noop_cli = watched("kent no-op", cli_ingest, ix, [args.kent], workers)
            noop_lib = lib_noop(ix, [args.kent], workers)
            size = index_text_bytes(ix)
            ratio = full["wall_s"] / bare["wall_s"]
            results["kent"] = {"pdfs": len(kent_pdfs), "bytes": total_bytes(kent_pdfs), "bare": bare,
                               "ingest": full, "bare_runs": bares, "ingest_runs": fulls,
                               "noop_cli": noop_cli, "noop_lib": noop_lib,
                               "index": size, "ingest_over_bare": ratio}
            best = " (best of %d)" % args.repeat if args.repeat > 1 else ""
            table.add("papers / pages / MB", f"{len(kent_pdfs)} / {bare['pages']} / "
                      f"{total_bytes(kent_pdfs) / 1e6:.1f}")
            table.add(f"bare pypdf extraction ({workers} procs){best}", fmt_s(bare["wall_s"]))
            table.add("  extraction CPU (sum over procs)", fmt_s(bare["cpu_s"]))
            table.add("  background load during it", bg_text(bare))
            table.add(f"full ingest (docsearch ingest){best}", fmt_s(full["wall_s"]))
            table.add("  ingest CPU (parent + workers)", fmt_s(full["cpu_s"]))
            table.add("  background load during it", bg_text(full))
            table.add("  segments indexed", str(full["report"].get("segments", "?")))
            table.add("ingest / bare extraction", f"{ratio:.2f}x", f"<= {T_INGEST_RATIO}x",
                      ratio <= T_INGEST_RATIO)
            cpu_ratio = full["cpu_s"] / max(1e-9, bare["cpu_s"])
            table.add("  ingest CPU / extraction CPU", f"{cpu_ratio:.2f}x")
            r_cli = noop_cli["wall_s"] / full["wall_s"]
            r_lib = noop_lib["median_s"] / full["wall_s"]
            table.add("no-op re-ingest, CLI", fmt_s(noop_cli["wall_s"]))
            table.add("  no-op / full ingest (CLI)", f"{100 * r_cli:.1f}%", f"<= {100 * T_NOOP_RATIO:.0f}%",
                      r_cli <= T_NOOP_RATIO)
            table.add("no-op re-ingest, library (median)", fmt_s(noop_lib["median_s"]))
            table.add("  no-op / full ingest (library)", f"{100 * r_lib:.1f}%",
                      f"<= {100 * T_NOOP_RATIO:.0f}%", r_lib <= T_NOOP_RATIO)
            table.add("index size on disk", f"{size['index_bytes'] / 1e6:.1f} MB")
            table.add("  / extracted text (bare pypdf)", f"{size['index_bytes'] / max(1, bare['text_bytes']):.2f}x")
            table.add("  / segment text (stored)", f"{size['index_bytes'] / max(1, size['segment_text_bytes']):.2f}x")
            peak = full["maxrss_kb"]
            table.add("peak RSS, largest process (wait4)", fmt_mb(peak), f"<= {T_PEAK_MB:.0f} MB",
                      peak / 1024 <= T_PEAK_MB)
            if full.get("time_v_maxrss_kb") is not None:
                table.add("  same by /usr/bin/time -v", fmt_mb(full["time_v_maxrss_kb"]))
            table.add("peak tree PSS, all procs (sampled)", fmt_mb(full["tree_peak_pss_kb"]),
                      f"<= {T_PEAK_MB:.0f} MB", full["tree_peak_pss_kb"] / 1024 <= T_PEAK_MB)
            table.add("  peak tree RSS (sampled, shared counted twice)", fmt_mb(full["tree_peak_rss_kb"]))

        # 3: the bundled text dumps -----------------------------------------------------------
        table.section(f"Bundled text dumps ({args.corpus}/*.txt)")
        txts = sorted(glob.glob(os.path.join(args.corpus, "*.txt")))
        if not txts:
            table.note("skipped: no .txt files")
        else:
            warm_page_cache(txts)
            mb = total_bytes(txts) / 1e6
            runs = []
            for i in range(3):
                ix = os.path.join(tmp, f"ix-txt-{i}")
                log(f"text ingest run {i + 1}/3")
                runs.append(watched("text ingest", cli_ingest, ix, txts, workers))
            walls = [r["wall_s"] for r in runs]
            wall = statistics.median(walls)
            ix = os.path.join(tmp, "ix-txt-0")
            noop_cli = cli_ingest(ix, txts, workers)
            noop_lib = lib_noop(ix, txts, workers)
            size = index_text_bytes(ix)
            results["text"] = {"files": len(txts), "mb": mb, "ingest_runs": runs, "ingest_median_s": wall,
                               "mb_per_s": mb / wall, "noop_cli": noop_cli, "noop_lib": noop_lib,
                               "index": size}
            table.add("files / MB", f"{len(txts)} / {mb:.2f}")
            table.add("full ingest (CLI, median of 3)", fmt_s(wall))
            table.add("  throughput", f"{mb / wall:.2f} MB/s")
            table.add("  background load (worst run)", bg_text(max(runs, key=lambda r: r["background"]["others_share"])))
            table.add("  segments indexed", str(runs[0]["report"].get("segments", "?")))
            r_cli = noop_cli["wall_s"] / wall
            r_lib = noop_lib["median_s"] / wall
            table.add("no-op re-ingest, CLI", fmt_s(noop_cli["wall_s"]))
            table.add("  no-op / full ingest (CLI)", f"{100 * r_cli:.1f}%", f"<= {100 * T_NOOP_RATIO:.0f}%",
                      r_cli <= T_NOOP_RATIO)
            table.add("no-op re-ingest, library (median)", fmt_s(noop_lib["median_s"]))
            table.add("  no-op / full ingest (library)", f"{100 * r_lib:.1f}%",
                      f"<= {100 * T_NOOP_RATIO:.0f}%", r_lib <= T_NOOP_RATIO)
            table.add("index size / text", f"{size['index_bytes'] / 1e6:.1f} MB / "
                      f"{total_bytes(txts) / 1e6:.1f} MB = {size['index_bytes'] / total_bytes(txts):.2f}x")
            table.add("peak RSS, largest process (wait4)", fmt_mb(max(r["maxrss_kb"] for r in runs)))

        # 4, 5, 6: the whole bundled corpus, then 10x ------------------------------------------
        indexes = []
        table.section(f"Bundled corpus ({args.corpus}, all files)")
        corpus_paths = papers_in(args.corpus)
        ix_c = os.path.join(tmp, "ix-corpus")
        log(f"corpus ingest ({len(corpus_paths)} papers)")
        ing_c = watched("corpus ingest", cli_ingest, ix_c, [args.corpus], workers)
        size_c = index_text_bytes(ix_c)
        results["corpus"] = {"papers": len(corpus_paths), "bytes": total_bytes(corpus_paths),
                             "ingest": ing_c, "index": size_c}
        table.add("papers / MB", f"{len(corpus_paths)} / {total_bytes(corpus_paths) / 1e6:.2f}")
        table.add("full ingest (CLI)", fmt_s(ing_c["wall_s"]))
        table.add("  background load", bg_text(ing_c))
        table.add("  segments indexed", str(ing_c["report"].get("segments", "?")))
        table.add("index size / segment text", f"{size_c['index_bytes'] / 1e6:.1f} MB / "
                  f"{size_c['segment_text_bytes'] / 1e6:.1f} MB = "
                  f"{size_c['index_bytes'] / max(1, size_c['segment_text_bytes']):.2f}x")
        indexes.append(("corpus", ix_c, "corpus"))

        if args.quick:
            table.section("10x corpus")
            table.note("skipped (--quick)")
        else:
            src10 = os.path.join(tmp, "corpus-x10")
            paths10 = make_scaled_copy(args.corpus, src10)
            ix_10 = os.path.join(tmp, "ix-x10")
            log(f"10x corpus ingest ({len(paths10)} papers)")
            ing_10 = watched("10x ingest", cli_ingest, ix_10, [src10], workers)
            size_10 = index_text_bytes(ix_10)
            results["x10"] = {"papers": len(paths10), "bytes": total_bytes(paths10), "ingest": ing_10,
                              "index": size_10}
            table.section("10x corpus (10 renamed copies)")
            table.add("papers / MB", f"{len(paths10)} / {total_bytes(paths10) / 1e6:.1f}")
            table.add("full ingest (CLI)", fmt_s(ing_10["wall_s"]))
            table.add("  background load", bg_text(ing_10))
            table.add("  segments indexed", str(ing_10["report"].get("segments", "?")))
            table.add("index size / segment text", f"{size_10['index_bytes'] / 1e6:.1f} MB / "
                      f"{size_10['segment_text_bytes'] / 1e6:.1f} MB = "
                      f"{size_10['index_bytes'] / max(1, size_10['segment_text_bytes']):.2f}x")
            table.add("peak RSS, largest process (wait4)", fmt_mb(ing_10["maxrss_kb"]))
            indexes.append(("x10", ix_10, "10x corpus"))

        # Search ---------------------------------------------------------------------------
        table.section(f"Search ({len(QUERIES)} queries; warm = library Index.search in one process)")
        for key, ix, label in indexes:
            log(f"warm search on {label}")
            warm = watched(f"warm search {label}", warm_search, ix)
            results.setdefault("search", {})[key] = {"warm": warm}
            target = f"<= {T_WARM_P95_MS:.0f} ms" if key == "x10" else f"(<= {T_WARM_P95_MS:.0f} ms on 10x)"
            table.add(f"warm median, {label}", fmt_ms(warm["median_ms"]))
            table.add(f"warm p95, {label}", fmt_ms(warm["p95_ms"]), target,
                      warm["p95_ms"] <= T_WARM_P95_MS if key == "x10" else None)
            table.add(f"  background load", bg_text(warm))
            table.add(f"  slowest query, {label}", f"{warm['slowest'][0][1]:.1f} ms",
                      repr(warm["slowest"][0][0])[:40])
            if warm["errors"]:
                table.note(f"queries rejected on {label}: {warm['errors']}")
        for key, ix, label in indexes:
            log(f"cold search on {label}")
            cold = watched(f"cold search {label}", cold_search, ix)
            results["search"][key]["cold"] = cold
            table.add(f"cold `docsearch search`, {label}", fmt_s(cold["docsearch"]["median_s"]))
            table.add("  python -c 'import whoosh...'", fmt_s(cold["whoosh_imports"]["median_s"]))
            table.add("  python -c pass (floor)", fmt_s(cold["python_bare"]["median_s"]))
            table.add("  background load", bg_text(cold))
            table.add(f"  cold search / whoosh imports, {label}", f"{cold['ratio']:.2f}x",
                      f"<= {T_COLD_RATIO}x", cold["ratio"] <= T_COLD_RATIO)
        imp = search_imports(ix_c)
        results["search_imports"] = imp
        heavy = [m for m in ("nltk", "pypdf", "bs4") if imp["loaded"].get(m)]
        table.add("search path imports nltk/pypdf/bs4", ", ".join(heavy) if heavy else "none",
                  "none", not heavy)
        table.add("  top-level import time (-X importtime)", f"{imp['total_import_ms']:.0f} ms")
        for name, ms in imp["top_imports_ms"][:5]:
            table.add(f"    {name}", f"{ms:.0f} ms")
    finally:
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    total = time.perf_counter() - t_start
    results["bench_wall_s"] = total
    results["background"] = BACKGROUND
    noisy = [(label, share) for label, share, _steal in BACKGROUND if share > NOISY_SHARE]
    if noisy:
        table.note("other processes used more than %d%% of the CPU during: %s; those wall times "
                   "are inflated; rerun on an idle machine (or with --repeat N)"
                   % (100 * NOISY_SHARE, ", ".join(f"{lab} ({100 * sh:.0f}%)" for lab, sh in noisy)))
    m = machine
    print()
    print(f"docsearch benchmark  {results['started']}  ({total:.0f} s)")
    print(f"machine: {m['cpu']}; {m['cores']} cores ({m['cores_usable']} usable); "
          f"{m['ram_gb']} GB RAM; Python {m['python']} ({m['platform']})")
    print("packages: " + ", ".join(f"{k} {v}" for k, v in m["packages"].items())
          + f"; workers: {workers}")
    print()
    print(table.render())
    results["table"] = table.rows
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(results, fh, indent=2, default=str)
        log(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
