import os
import shutil

import pytest

HERE = os.path.dirname(__file__)
CORPUS = os.path.join(os.path.dirname(HERE), "corpus")


def corpus(name: str) -> str:
    return os.path.join(CORPUS, name)


def benchmark_module(name: str):
    """A script of benchmarks/ loaded as a module, for the tests of its arithmetic."""
    import importlib.util

    path = os.path.join(os.path.dirname(HERE), "benchmarks", f"{name}.py")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PAPERS = sorted(n for n in os.listdir(CORPUS) if n.endswith((".pdf", ".txt")))


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory):
    """The whole bundled corpus ingested once, in a temporary folder."""
    from docsearch import Index

    root = tmp_path_factory.mktemp("ix")
    ix = Index(str(root / "index"))
    report = ix.ingest([CORPUS], workers=2)
    assert not report.failed, report.failed
    return ix


@pytest.fixture
def small_corpus(tmp_path):
    """A copy of two papers (one text dump, one PDF) that a test may change."""
    folder = tmp_path / "papers"
    folder.mkdir()
    for name in ("kent-cabinet-minutes-2025-01-09.pdf", "leics-scrutiny-commission-pack-2020-04-08.txt"):
        shutil.copy(corpus(name), folder / name)
    return folder
