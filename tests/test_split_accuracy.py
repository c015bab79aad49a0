"""The splitter against the hand-checked expectations in tests/expected (see FORMAT.md):
the issue's bar for the bundled papers, kept as a regression test."""

import os

from conftest import CORPUS, HERE, benchmark_module


def test_bundled_papers_meet_the_bar():
    result = benchmark_module("split_accuracy").score(os.path.join(HERE, "expected"), CORPUS)
    assert result["minutes"]["expected"] > 0 and result["resolutions"]["expected"] > 0
    assert result["minutes"]["f1"] >= 0.98, result["minutes"]
    assert result["resolutions"]["f1"] >= 0.98, result["resolutions"]
    assert result["recommendations"]["f1"] >= 0.95, result["recommendations"]
    assert result["meetings"]["right"] == result["meetings"]["total"], result["meetings"]
