"""The splitter against the hand-checked expectations in tests/expected (see FORMAT.md):
the issue's bar for the bundled papers, kept as a regression test."""

import importlib.util
import os

HERE = os.path.dirname(__file__)
ROOT = os.path.dirname(HERE)


def _scorer():
    spec = importlib.util.spec_from_file_location("split_accuracy", os.path.join(ROOT, "benchmarks", "split_accuracy.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bundled_papers_meet_the_bar():
    result = _scorer().score(os.path.join(HERE, "expected"), os.path.join(ROOT, "corpus"))
    assert result["minutes"]["expected"] > 0 and result["resolutions"]["expected"] > 0
    assert result["minutes"]["f1"] >= 0.98, result["minutes"]
    assert result["resolutions"]["f1"] >= 0.98, result["resolutions"]
    assert result["recommendations"]["f1"] >= 0.95, result["recommendations"]
    assert result["meetings"]["right"] == result["meetings"]["total"], result["meetings"]
