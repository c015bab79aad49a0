"""The relevance benchmark's arithmetic (benchmarks/relevance.py), on judgements small
enough to score by hand: a wrong ideal makes every figure in the README wrong."""

import math

from conftest import benchmark_module


def _bench():
    return benchmark_module("relevance")


def _rel(contains, grade=2, paper="p.txt"):
    return {"paper": paper, "grade": grade, "contains": contains}


def test_each_judgement_earns_once_at_its_first_hit():
    bench = _bench()
    relevant = [_rel("alpha beta"), _rel("gamma", 1)]
    hits = [("corpus/p.txt", "Alpha, beta and gamma."), ("p.txt", "alpha beta again"), ("q.txt", "gamma")]
    assert bench.judge(hits, relevant) == [2, 0, 0]


def test_unit_ideal_is_the_best_ranking_not_the_greedy_one():
    bench = _bench()
    relevant = [_rel("alpha"), _rel("beta")]
    # A unit holding both passages, and two holding one each. The greedy pick (best new
    # grade first) can take the big unit first and then has nothing left to earn; the
    # best ranking puts the two small units first, two hits of grade 2.
    units = [("p.txt", "alpha beta"), ("p.txt", "alpha"), ("p.txt", "beta")]
    best = 3 / math.log2(2) + 3 / math.log2(3)
    assert math.isclose(bench.unit_ideal(relevant, units), best)
    # With only the big unit, one hit is all any ranking can earn.
    assert math.isclose(bench.unit_ideal(relevant, units[:1]), 3.0)


def test_unit_ideal_prefers_the_higher_grade_where_units_overlap():
    bench = _bench()
    relevant = [_rel("alpha", 2), _rel("beta", 1), _rel("gamma", 1)]
    units = [("p.txt", "alpha beta"), ("p.txt", "beta gamma"), ("p.txt", "gamma"), ("q.txt", "alpha")]
    # alpha beta (2), then beta gamma (1): 3 + 1/log2(3); the other paper's unit earns nothing.
    assert math.isclose(bench.unit_ideal(relevant, units), 3 + 1 / math.log2(3))


def test_metrics_divide_by_the_judged_passages():
    bench = _bench()
    relevant = [_rel("a"), _rel("b", 1)]
    ndcg, recall, rr = bench.metrics([0, 2, 1], relevant)
    ideal = 3 + 1 / math.log2(3)
    assert math.isclose(ndcg, (3 / math.log2(3) + 1 / math.log2(4)) / ideal)
    assert recall == 1.0 and rr == 0.5
