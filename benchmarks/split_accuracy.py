"""Split accuracy: precision, recall and F1 per kind against hand-checked expectations.

    python benchmarks/split_accuracy.py [--expected tests/expected] [--corpus corpus] [-v]

Each ``tests/expected/<paper>.json`` (format: tests/expected/FORMAT.md) was written by
reading the paper. A predicted minute matches an expected one with the same body,
meeting date and number (or, unnumbered, the same title); a resolution or recommendation
matches when body, date and minute agree and its text starts with the expected first
words and ends with the expected last words (case, punctuation and spacing ignored).
Meetings are right when some minute of that body and date was found.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "src"))

from docsearch import split  # noqa: E402

# How far from the start (or end) of a segment the expected first (last) words may sit:
# room for the stem ("RESOLVED:", "3. RESOLVED that") or a part label.
SLACK = 40


def norm(text: str | None) -> str:
    text = (text or "").lower().replace("’", "'")
    return " ".join(re.findall(r"[a-z0-9£%]+", text))


def _same_meeting(exp: dict, seg) -> bool:
    date = seg.meeting_date.isoformat() if seg.meeting_date else None
    return norm(exp.get("body")) == norm(seg.body) and exp.get("meeting_date") == date


def _minute_match(exp: dict, seg) -> bool:
    if not _same_meeting(exp, seg):
        return False
    if exp.get("minute"):
        return exp["minute"] == seg.minute
    if exp.get("title") is None:  # the paper prints no title for this item
        return seg.minute is None
    return seg.minute is None and norm(seg.title)[:30] == norm(exp.get("title"))[:30]


def _block_match(exp: dict, seg) -> bool:
    if not _same_meeting(exp, seg):
        return False
    if (exp.get("minute") or None) != (seg.minute or None):
        return False
    text, first, last = norm(seg.text), norm(exp.get("first")), norm(exp.get("last"))
    head = text.find(first)
    tail = text.rfind(last)
    return 0 <= head <= SLACK and tail >= 0 and len(text) - (tail + len(last)) <= SLACK


def _pair(expected: list[dict], predicted: list, match) -> tuple[int, list[dict], list]:
    used: set[int] = set()
    missed = []
    for exp in expected:
        hit = next((i for i, seg in enumerate(predicted) if i not in used and match(exp, seg)), None)
        if hit is None:
            missed.append(exp)
        else:
            used.add(hit)
    extra = [seg for i, seg in enumerate(predicted) if i not in used]
    return len(used), missed, extra


def score(expected_dir: str, corpus_dir: str, verbose: bool = False) -> dict:
    totals = {k: [0, 0, 0] for k in ("minutes", "resolutions", "recommendations")}  # tp, n_exp, n_pred
    meetings_right = meetings_total = 0
    for path in sorted(glob.glob(os.path.join(expected_dir, "*.json"))):
        with open(path, encoding="utf-8") as fh:
            exp = json.load(fh)
        paper = os.path.join(corpus_dir, exp["paper"])
        segments = split(paper)
        kinds = {
            "minutes": ([s for s in segments if s.kind == "minute"], _minute_match),
            "resolutions": ([s for s in segments if s.kind == "resolution"], _block_match),
            "recommendations": ([s for s in segments if s.kind == "recommendation"], _block_match),
        }
        for name, (predicted, match) in kinds.items():
            expected = exp.get(name, [])
            tp, missed, extra = _pair(expected, predicted, match)
            totals[name][0] += tp
            totals[name][1] += len(expected)
            totals[name][2] += len(predicted)
            if verbose and (missed or extra):
                print(f"\n{exp['paper']} {name}: {tp}/{len(expected)} found, {len(extra)} extra")
                for m in missed:
                    print(f"  MISSED {m.get('body')} {m.get('meeting_date')} {m.get('minute')} "
                          f"{(m.get('title') or m.get('first') or '')[:60]!r} ... {(m.get('last') or '')[:40]!r}")
                for s in extra:
                    print(f"  EXTRA  {s.body} {s.meeting_date} {s.minute} L{s.lines} "
                          f"{s.text[:60]!r} ... {s.text[-40:]!r}")
        for meeting in exp.get("meetings", []):
            meetings_total += 1
            ok = any(_same_meeting(meeting, s) for s in segments if s.kind in ("minute", "resolution"))
            meetings_right += ok
            if verbose and not ok:
                print(f"  MEETING WRONG {exp['paper']}: {meeting}")
    out = {}
    for name, (tp, n_exp, n_pred) in totals.items():
        p = tp / n_pred if n_pred else 1.0
        r = tp / n_exp if n_exp else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[name] = {"precision": p, "recall": r, "f1": f, "expected": n_exp, "predicted": n_pred}
    out["meetings"] = {"right": meetings_right, "total": meetings_total}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    ap.add_argument("--expected", default=os.path.join(ROOT, "tests", "expected"),
                    help="the hand-checked expectations, a JSON file a paper [tests/expected]")
    ap.add_argument("--corpus", default=os.path.join(ROOT, "corpus"), help="the papers [corpus/]")
    ap.add_argument("-v", "--verbose", action="store_true", help="list missed and extra units")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    result = score(args.expected, args.corpus, args.verbose)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"\n{'kind':16} {'precision':>9} {'recall':>7} {'F1':>6} {'expected':>9} {'found':>6}")
    for name in ("minutes", "resolutions", "recommendations"):
        r = result[name]
        print(f"{name:16} {r['precision']:9.3f} {r['recall']:7.3f} {r['f1']:6.3f} {r['expected']:9d} {r['predicted']:6d}")
    m = result["meetings"]
    print(f"meetings with body and date right: {m['right']}/{m['total']}")


if __name__ == "__main__":
    main()
