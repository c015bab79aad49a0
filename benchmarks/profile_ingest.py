"""Where ingest time goes: stage timings, a cProfile of an in-process ingest, and Whoosh
writer settings, on a sample of Kent PDFs.

    .venv/bin/python benchmarks/profile_ingest.py [--folder /work/shared/kent-2025]
                                                  [--papers 12] [--ext pdf] [--top 25] [--no-writers]

1. Stage timings, paper by paper, as a worker and the parent do them: pypdf extraction,
   clean(), split_lines(), Punkt sentence spans, pickling the read paper (the pipe to the
   parent), building the Whoosh documents (_segment_docs: NFKC, dupkey), add_document,
   commit.
2. cProfile of ``Index(tmp).ingest(papers, workers=0)`` (everything in one process),
   with own time grouped by package and the top functions.
3. The same pre-built documents indexed with different Whoosh writer settings.

Reads src/ (imports docsearch) and changes nothing there.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import pickle
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "src"))

from docsearch.clean import clean  # noqa: E402
from docsearch.extract import extract  # noqa: E402
from docsearch.index import Index, _schema, _segment_docs  # noqa: E402
from docsearch.paper import ReadPaper, content_hash, segment_key, sentence_spans  # noqa: E402
from docsearch.splitter import split_lines  # noqa: E402


def sample(folder: str, n: int, ext: str = "pdf") -> list[str]:
    pdfs = sorted((os.path.join(folder, f) for f in os.listdir(folder)
                   if f.lower().endswith("." + ext) and f.lower() not in ("readme.md", "readme.txt")),
                  key=os.path.getsize)
    if n >= len(pdfs):
        return pdfs
    # An even spread over sizes, so the biggest and the smallest papers are both in.
    step = (len(pdfs) - 1) / (n - 1)
    return sorted({pdfs[round(i * step)] for i in range(n)}, key=os.path.getsize)


def stage_timings(paths: list[str]) -> tuple[dict, list[dict]]:
    from whoosh import index as wi

    t = defaultdict(float)
    docs_all: list[dict] = []
    pages = chars = segs = 0
    tmp = tempfile.mkdtemp(prefix="prof-ix-")
    ix = wi.create_in(tmp, _schema())
    writer = ix.writer(limitmb=256)
    gc_was = gc.isenabled()
    for path in paths:
        with open(path, "rb") as fh:
            data = fh.read()
        t0 = time.perf_counter()
        digest = content_hash(data)
        t1 = time.perf_counter()
        ex = extract(path, data)
        t2 = time.perf_counter()
        lines = clean(ex)
        t3 = time.perf_counter()
        segments = split_lines(lines, path, segment_key(path, digest))
        t4 = time.perf_counter()
        spans = sentence_spans([s.text for s in segments])
        t5 = time.perf_counter()
        read = ReadPaper(source=path, digest=digest, segments=segments,
                         sentences={s.id: sp for s, sp in zip(segments, spans)}, pages=len(ex.pages))
        blob = pickle.dumps(read, protocol=pickle.HIGHEST_PROTOCOL)
        read = pickle.loads(blob)
        t6 = time.perf_counter()
        # The parent runs with the cyclic GC off while indexing (index.py); do the same.
        gc.disable()
        docs = [d for seg in read.segments for d in _segment_docs(seg, path, read.sentences.get(seg.id))]
        t7 = time.perf_counter()
        for d in docs:
            writer.add_document(**d)
        t8 = time.perf_counter()
        if gc_was:
            gc.enable()
        docs_all.extend(docs)
        t["hash"] += t1 - t0
        t["extract (pypdf)"] += t2 - t1
        t["clean"] += t3 - t2
        t["split_lines"] += t4 - t3
        t["sentence spans (Punkt)"] += t5 - t4
        t["pickle round trip"] += t6 - t5
        t["_segment_docs"] += t7 - t6
        t["add_document"] += t8 - t7
        pages += len(ex.pages)
        chars += sum(len(p) for p in ex.pages)
        segs += len(segments)
    t0 = time.perf_counter()
    writer.commit()
    t["commit"] += time.perf_counter() - t0
    shutil.rmtree(tmp, ignore_errors=True)
    return {"times": dict(t), "pages": pages, "chars": chars, "segments": segs}, docs_all


def bucket(filename: str) -> str:
    f = filename.replace("\\", "/")
    for key, name in (("/pypdf/", "pypdf"), ("/whoosh/", "whoosh"), ("/nltk/", "nltk"),
                      ("docsearch/splitter.py", "docsearch.splitter"), ("docsearch/clean.py", "docsearch.clean"),
                      ("docsearch/dates.py", "docsearch.dates"), ("docsearch/", "docsearch (other)"),
                      ("/re/", "re (compile)"), ("difflib", "difflib"), ("unicodedata", "unicodedata")):
        if key in f:
            return name
    if f.startswith("~") or f.startswith("<"):
        return "builtins (C)"
    return "other stdlib"


def profile_ingest(paths: list[str], top: int) -> None:
    tmp = tempfile.mkdtemp(prefix="prof-ingest-")
    src = os.path.join(tmp, "papers")
    os.makedirs(src)
    for p in paths:
        os.symlink(os.path.abspath(p), os.path.join(src, os.path.basename(p)))
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    report = Index(os.path.join(tmp, "ix")).ingest([src], workers=0)
    prof.disable()
    wall = time.perf_counter() - t0
    shutil.rmtree(tmp, ignore_errors=True)
    st = pstats.Stats(prof)
    total = sum(v[2] for v in st.stats.values())
    by = defaultdict(float)
    for (filename, _line, func), (_cc, _nc, tt, _ct, _callers) in st.stats.items():
        name = bucket(filename)
        if name == "builtins (C)":
            # Attribute C functions (regex matching, str methods) to whoever calls them most.
            callers = _callers
            if callers:
                caller = max(callers.items(), key=lambda kv: kv[1][2])[0]
                name = bucket(caller[0]) + " (C calls)"
        by[name] += tt
    print(f"\n== cProfile: Index.ingest(workers=0) on {len(paths)} papers "
          f"({len(report.added)} added, {len(report.failed)} failed, {report.segments} segments): {wall:.2f} s wall "
          f"(profiled), {total:.2f} s own time")
    for name, tt in sorted(by.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<34} {tt:7.2f} s  {100 * tt / total:5.1f}%")
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(top)
    print(f"\n-- top {top} by own time")
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip()
                    and not line.startswith(("   Ordered", "         ")))[-6000:])
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(r"docsearch|whoosh/writing|whoosh/codec|"
                                                                         r"pypdf/_page|punkt", top)
    print(f"\n-- top {top} by cumulative time (docsearch, whoosh writing, pypdf page, punkt)")
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[-8000:])


def writer_settings(docs: list[dict]) -> None:
    from whoosh import index as wi

    settings = [
        ("limitmb=256 (as index.py)", dict(limitmb=256), {}),
        ("limitmb=64", dict(limitmb=64), {}),
        ("limitmb=1024", dict(limitmb=1024), {}),
        ("procs=2, limitmb=128", dict(procs=2, limitmb=128), {}),
        ("procs=2, multisegment=True", dict(procs=2, multisegment=True, limitmb=128), {}),
        ("limitmb=256, commit(merge=False)", dict(limitmb=256), dict(merge=False)),
    ]
    print(f"\n== Whoosh writer settings: {len(docs)} pre-built segment documents, one commit, gc off")
    for label, wargs, cargs in settings:
        times = []
        size = 0
        for _ in range(2):
            tmp = tempfile.mkdtemp(prefix="prof-w-")
            ix = wi.create_in(tmp, _schema())
            gc_was = gc.isenabled()
            gc.disable()
            t0 = time.perf_counter()
            w = ix.writer(**wargs)
            for d in docs:
                w.add_document(**d)
            t1 = time.perf_counter()
            w.commit(**cargs)
            t2 = time.perf_counter()
            if gc_was:
                gc.enable()
            times.append((t1 - t0, t2 - t1))
            size = sum(os.path.getsize(os.path.join(tmp, f)) for f in os.listdir(tmp))
            shutil.rmtree(tmp, ignore_errors=True)
        add = statistics.median(a for a, _ in times)
        com = statistics.median(c for _, c in times)
        print(f"  {label:<36} add {add:6.2f} s  commit {com:5.2f} s  total {add + com:6.2f} s  "
              f"index {size / 1e6:5.1f} MB")


def analysis_cost(docs: list[dict]) -> None:
    """How much of add_document is analysis (tokenise, lower-case, stop, stem)?"""
    schema = _schema()
    t = defaultdict(float)
    for d in docs:
        for name in ("content", "title"):
            value = d.get(name)
            if not value:
                continue
            field = schema[name]
            t0 = time.perf_counter()
            list(field.index(value))
            t[name] += time.perf_counter() - t0
    stored = 0.0
    for d in docs:
        t0 = time.perf_counter()
        pickle.dumps({k: v for k, v in d.items() if k in ("text", "sentences", "context", "pages", "lines")}, 4)
        stored += time.perf_counter() - t0
    print("\n== Field analysis alone (field.index(value): tokenise + stem + postings)")
    for name, secs in t.items():
        print(f"  {name:<10} {secs:6.2f} s")
    print(f"  stored-field pickling {stored:6.2f} s")


def main() -> int:
    ap = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    ap.add_argument("--folder", default="/work/shared/kent-2025", help="where the papers are [../shared/kent-2025]")
    ap.add_argument("--papers", type=int, default=12, help="how many of them, spread over their sizes [12]")
    ap.add_argument("--ext", default="pdf", help="which papers of the folder: pdf, txt, md, html [pdf]")
    ap.add_argument("--top", type=int, default=25, help="functions listed in each profile [25]")
    ap.add_argument("--no-writers", action="store_true", help="skip the writer-settings comparison")
    args = ap.parse_args()
    paths = sample(args.folder, args.papers, args.ext)
    mb = sum(os.path.getsize(p) for p in paths) / 1e6
    print(f"{len(paths)} papers, {mb:.1f} MB: " + ", ".join(os.path.basename(p)[:40] for p in paths))

    # Warm imports and the page cache so the first paper is not charged for them.
    for p in paths:
        with open(p, "rb") as fh:
            fh.read()
    sentence_spans(["Warm up. Punkt."])
    info, docs = stage_timings(paths)
    times = info["times"]
    total = sum(times.values())
    print(f"\n== Stage timings (in process): {info['pages']} pages, {info['chars'] / 1e6:.2f} M chars, "
          f"{info['segments']} segments, {total:.2f} s")
    worker = ("hash", "extract (pypdf)", "clean", "split_lines", "sentence spans (Punkt)", "pickle round trip")
    for name, secs in sorted(times.items(), key=lambda kv: -kv[1]):
        where = "worker" if name in worker else "parent"
        print(f"  {name:<26} {secs:7.2f} s  {100 * secs / total:5.1f}%  ({where})")
    w = sum(v for k, v in times.items() if k in worker)
    print(f"  worker side {w:.2f} s; parent side {total - w:.2f} s; "
          f"extraction alone {times['extract (pypdf)']:.2f} s; everything else "
          f"{total - times['extract (pypdf)']:.2f} s = {100 * (total / times['extract (pypdf)'] - 1):.0f}% on top")

    analysis_cost(docs)
    if not args.no_writers:
        writer_settings(docs)
    profile_ingest(paths, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
