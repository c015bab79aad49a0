"""Search relevance: nDCG@10, recall@10 and MRR for docsearch and, in the same run, for
a naive baseline (a Whoosh index of fixed 200-word windows of the same papers).

    python benchmarks/relevance.py [--queries tests/relevance/queries.json] [--corpus DIR] [--own-units] [-v]

Each query in ``tests/relevance/queries.json`` lists the passages that answer it, marked
by hand: a paper, a grade (2 answers it, 1 is useful) and a verbatim snippet the passage
contains; a judgement may name a list of papers printing the same passage, any of
which earns it. A hit is relevant with a judgement's grade when it comes from that paper and
its text contains the snippet (case, punctuation and spacing ignored); each judgement
counts once, at its first hit, so copies of the same text earn nothing.

A hit that holds several judged passages earns one of them, while the ideal ranking the
score is divided by has one passage per hit: a system whose units are larger than the
judged passages cannot reach 1.0. ``--own-units`` adds a second figure that divides by
the best ranking of the system's own units instead (segments for docsearch, windows for
the baseline), and the share of judged passages the top 10 hold.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "src"))

from docsearch import Index  # noqa: E402
from docsearch.errors import QueryError  # noqa: E402

K = 10
WINDOW = 200


def norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9£%]+", (text or "").lower().replace("’", "'")))


def judge(hits: list[tuple[str, str]], relevant: list[dict]) -> list[int]:
    """Grades of the top hits, each judgement credited once."""
    used: set[int] = set()
    grades = []
    for source, text in hits[:K]:
        t = norm(text)
        grade = 0
        for i, rel in enumerate(relevant):
            if i in used or os.path.basename(source) not in _papers(rel):
                continue
            if norm(rel["contains"]) in t:
                used.add(i)
                grade = max(grade, rel["grade"])
        grades.append(grade)
    return grades


def _papers(rel: dict) -> list[str]:
    """The papers a judgement names: one, or a list of papers printing the same passage."""
    return rel["paper"] if isinstance(rel["paper"], list) else [rel["paper"]]


def metrics(grades: list[int], relevant: list[dict]) -> tuple[float, float, float]:
    dcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(grades))
    ideal = sorted((r["grade"] for r in relevant), reverse=True)[:K]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    ndcg = dcg / idcg if idcg else 0.0
    recall = sum(1 for g in grades if g > 0) / len(relevant) if relevant else 0.0
    rr = next((1 / (i + 1) for i, g in enumerate(grades) if g > 0), 0.0)
    return ndcg, min(recall, 1.0), rr


def unit_ideal(relevant: list[dict], units: list[tuple[str, str]]) -> float:
    """IDCG@10 by segment: the best DCG any ranking of a system's own units (segments,
    windows) can reach, each unit credited as judge() credits a hit (the best grade among
    the judged passages it holds that no unit above it held). Exact: a search over the
    distinct sets of passages the units hold. A unit whose new passages include another's,
    at no better grade, is never the better choice (it gains no more and leaves less for
    the units below), so only the others are tried. A greedy pick (best new grade first)
    can fall short of the best, and a system then scored above 1.0."""
    sets = {frozenset(i for i, rel in enumerate(relevant) if paper in _papers(rel) and norm(rel["contains"]) in text)
            for paper, text in units}
    sets.discard(frozenset())
    grade = [rel["grade"] for rel in relevant]
    discount = [1 / math.log2(i + 2) for i in range(K)]

    @functools.lru_cache(maxsize=None)
    def best(covered: frozenset, depth: int) -> float:
        if depth == K:
            return 0.0
        new = {}
        for held in sets:
            fresh = held - covered
            if fresh:
                new[fresh] = max(grade[i] for i in fresh)
        choices = [f for f, g in new.items() if not any(o < f and new[o] >= g for o in new)]
        return max(((2 ** new[f] - 1) * discount[depth] + best(covered | f, depth + 1) for f in choices),
                   default=0.0)

    return best(frozenset(), 0)


def found_share(hits: list[tuple[str, str]], relevant: list[dict]) -> float:
    """Share of the judged passages that the top hits hold (several may share a hit)."""
    got = set()
    for source, text in hits[:K]:
        paper, t = os.path.basename(source), norm(text)
        got |= {i for i, rel in enumerate(relevant) if paper in _papers(rel) and norm(rel["contains"]) in t}
    return len(got) / len(relevant) if relevant else 0.0


def units_of(ix_path: str, field: str, where=None) -> list[tuple[str, str]]:
    """Every unit a Whoosh index can return: (paper file name, normalised text)."""
    from whoosh import index as wi

    with wi.open_dir(ix_path).searcher() as s:
        return [(os.path.basename(f["source"]), norm(f[field])) for f in s.all_stored_fields()
                if field in f and (where is None or where(f))]


def naive_index(corpus: str, folder: str):
    """The baseline: every paper cut into fixed 200-word windows, BM25 over them."""
    from whoosh import index as wi
    from whoosh.analysis import StemmingAnalyzer
    from whoosh.fields import ID, STORED, TEXT, Schema

    from docsearch.clean import clean
    from docsearch.extract import extract

    schema = Schema(source=ID(stored=True), text=TEXT(analyzer=StemmingAnalyzer(), stored=True), n=STORED)
    ix = wi.create_in(folder, schema)
    w = ix.writer()
    for name in sorted(os.listdir(corpus)):
        if not name.endswith((".pdf", ".txt")) or name.lower().startswith("readme"):
            continue
        path = os.path.join(corpus, name)
        words = " ".join(ln.text for ln in clean(extract(path))).split()
        for n, start in enumerate(range(0, max(len(words), 1), WINDOW)):
            w.add_document(source=path, text=" ".join(words[start:start + WINDOW]), n=n)
    w.commit()
    return ix


def naive_search(ix, query: str) -> list[tuple[str, str]]:
    from whoosh import qparser

    q = re.sub(r"\b\w+:\S+", " ", query)  # the baseline has no fields
    parser = qparser.QueryParser("text", ix.schema, group=qparser.OrGroup)
    with ix.searcher() as s:
        return [(h["source"], h["text"]) for h in s.search(parser.parse(q), limit=K)]


def main() -> None:
    ap = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    ap.add_argument("--queries", default=os.path.join(ROOT, "tests", "relevance", "queries.json"),
                    help="the judged queries (JSON) [tests/relevance/queries.json]")
    ap.add_argument("--corpus", default=os.path.join(ROOT, "corpus"),
                    help="the papers the queries were judged on [corpus/]")
    ap.add_argument("-v", "--verbose", action="store_true", help="per-query figures")
    ap.add_argument("--own-units", action="store_true",
                    help="also: nDCG@10 against the best ranking of each system's own units, and the "
                         "share of judged passages held by the top 10")
    args = ap.parse_args()
    with open(args.queries, encoding="utf-8") as fh:
        queries = json.load(fh)

    with tempfile.TemporaryDirectory() as tmp:
        ix = Index(os.path.join(tmp, "ix"))
        ix.ingest([args.corpus], workers=2)
        os.makedirs(os.path.join(tmp, "naive"))
        naive = naive_index(args.corpus, os.path.join(tmp, "naive"))
        totals = {"docsearch": [0.0, 0.0, 0.0], "naive": [0.0, 0.0, 0.0]}
        own = {"docsearch": [0.0, 0.0], "naive": [0.0, 0.0]}
        units = {}
        if args.own_units:
            with open(os.path.join(tmp, "ix", "CURRENT"), encoding="utf-8") as fh:
                gen = os.path.join(tmp, "ix", fh.read().strip())
            units = {"docsearch": units_of(gen, "text", lambda f: f.get("doctype") == "segment"),
                     "naive": units_of(os.path.join(tmp, "naive"), "text")}
        for q in queries:
            try:
                ours = [(h.segment.source, h.segment.text) for h in ix.search(q["query"], limit=K)]
            except QueryError as exc:
                print(f"query error for {q['query']!r}: {exc}")
                ours = []
            base = naive_search(naive, q["query"])
            for name, hits in (("docsearch", ours), ("naive", base)):
                grades = judge(hits, q["relevant"])
                m = metrics(grades, q["relevant"])
                for i in range(3):
                    totals[name][i] += m[i]
                extra = ""
                if units:
                    dcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(grades))
                    ideal = unit_ideal(q["relevant"], units[name])
                    own[name][0] += dcg / ideal if ideal else 0.0
                    own[name][1] += found_share(hits, q["relevant"])
                    extra = f" | own units {dcg / ideal if ideal else 0.0:.2f} {found_share(hits, q['relevant']):.2f}"
                if args.verbose and name == "docsearch":
                    print(f"{m[0]:.2f} {m[1]:.2f} {m[2]:.2f}{extra}  {q['query']}")
    n = len(queries)
    print(f"\n{n} queries")
    print(f"{'system':10} {'nDCG@10':>8} {'recall@10':>10} {'MRR':>6}")
    for name, (nd, rc, rr) in totals.items():
        print(f"{name:10} {nd / n:8.3f} {rc / n:10.3f} {rr / n:6.3f}")
    if args.own_units:
        print(f"\n{'own units':10} {'nDCG@10':>8} {'passages found':>15}")
        for name, (nd, found) in own.items():
            print(f"{name:10} {nd / n:8.3f} {found / n:15.3f}")


if __name__ == "__main__":
    main()
