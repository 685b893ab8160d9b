"""Shared fixtures. Tests use the project's own texts (examples/, tests/data/); tests that
need ../shared (the seed article, the GEXF schema) skip with a message where it is absent."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"

# Word caches (kg.nlp.word_cache) go to a folder of this test run, never the user's ~/.cache;
# subprocesses (kg CLI runs, build workers) inherit it.
os.environ["KG_CACHE_DIR"] = tempfile.mkdtemp(prefix="kg-test-word-cache-")


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "seed").is_dir():
        pytest.skip(f"{SHARED} not found: this test needs the team's shared data folder beside the repo")
    return SHARED


@pytest.fixture(scope="session")
def example_results() -> dict:
    """Extraction results of every example article, by file name (JSONL items by id)."""
    from kg.api import extract_articles
    from kg.ingest import Article, read_articles

    articles = [a for a in read_articles([EXAMPLES]) if isinstance(a, Article)]
    results = {}
    for article, result in zip(articles, extract_articles(articles)):
        key = Path(article.source.split(":")[0]).name if article.source.endswith(".txt") else article.id
        results[key] = result
    return results


@pytest.fixture(scope="session")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built once from examples/ through the CLI, shared by read-only tests."""
    from kg.cli import cli

    store = tmp_path_factory.mktemp("stores") / "examples-store"
    result = CliRunner().invoke(cli, ["build", str(EXAMPLES), "--store", str(store), "--silent"])
    assert result.exit_code == 0, result.output
    return store


@pytest.fixture()
def fresh_store(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def event_of(result, kind: str, *names: str):
    """The events of ``kind`` whose participants' labels include all ``names``."""
    labels = {a.id: a.label for a in result.actors}
    out = []
    for event in result.events:
        if event.type != kind:
            continue
        present = {labels[p.actor] for p in event.participants}
        if all(n in present for n in names):
            out.append(event)
    return out


def label_of(result, actor_id: str | None) -> str | None:
    if actor_id is None:
        return None
    return next(a.label for a in result.actors if a.id == actor_id)
