"""The store: idempotent builds, atomic replacement, removal, clear errors."""

from __future__ import annotations

import pytest

from kg.api import build, extract_text
from kg.errors import StoreError
from kg.store import Store

STORY = (
    "apa.at\nnews/APA/Montag, 03.03.25, 09:15:00\n\nTelefonat\n\n"
    "Bundeskanzler Christian Stocker hat am Montag mit dem französischen Präsidenten Emmanuel Macron telefoniert.\n"
)


def _count(store, sparql: str) -> int:
    return int(next(iter(store.query(sparql)))[0])


def test_building_twice_changes_nothing(examples_dir, fresh_store):
    first = build([examples_dir], store=fresh_store)
    second = build([examples_dir], store=fresh_store)
    assert first.articles == second.articles == 11
    assert first.unchanged == 0 and second.unchanged == 11
    assert first.triples == second.triples


def test_changed_article_replaces_its_graph(fresh_store):
    with Store.open(fresh_store) as store:
        assert store.add_document(extract_text(STORY, doc_id="story"))
        before = _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?e a kg:Call }")
        changed = STORY.replace("Emmanuel Macron telefoniert", "Emmanuel Macron in Paris getroffen")
        assert store.add_document(extract_text(changed, doc_id="story"))
        assert _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?e a kg:Call }") == before - 1
        assert _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?e a kg:Meeting }") == 1
        assert store.documents() == ["story"]


def test_remove_leaves_no_triple_of_the_article(fresh_store):
    with Store.open(fresh_store) as store:
        store.add_document(extract_text(STORY, doc_id="story"))
        assert store.remove_document("story")
        assert len(store) == 0
        assert not store.remove_document("story")


def test_read_only_open_of_a_missing_store_says_how_to_build(tmp_path):
    with pytest.raises(StoreError, match="kg build"):
        with Store.open(tmp_path / "nothing", read_only=True):
            pass


def test_refuses_a_folder_that_is_not_a_store(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not a kg store"):
        with Store.open(tmp_path):
            pass


def test_a_second_writer_is_refused_with_the_holders_pid(fresh_store):
    import os
    import subprocess
    import sys

    with Store.open(fresh_store):
        code = (
            "import sys\nfrom kg.store import Store\nfrom kg.errors import StoreError\n"
            f"try:\n    Store.open({str(fresh_store)!r}).__enter__()\nexcept StoreError as e:\n    print(e)\n    sys.exit(3)\n"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 3, done.stderr
    assert f"pid {os.getpid()}" in done.stdout and "another kg process is writing" in done.stdout
    with Store.open(fresh_store) as store:  # released when the first writer closed
        assert len(store) == 0
