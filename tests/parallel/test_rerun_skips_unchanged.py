"""A rebuild does not analyse articles whose input and engine are unchanged (kg:sourceDigest)."""

from __future__ import annotations

import json
import shutil


import kg.api
from kg.api import build
from tests.conftest import EXAMPLES
from tests.parallel.test_scale_paths import content_quads


def test_rebuild_skips_unchanged_articles_and_analyses_changed_ones(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    store = tmp_path / "store"
    first = build([corpus], store=store)
    assert (first.articles, first.skipped) == (11, 0)
    before = content_quads(store)
    assert any("#sourceDigest>" in q for q in before)

    # nothing changed: no article reaches the pipeline, the store is the same
    def no_analysis(articles, **kwargs):
        for article in articles:
            raise AssertionError(f"unchanged article {article.id} was analysed again")
        yield from ()

    with monkeypatch.context() as patch:
        patch.setattr(kg.api, "extract_articles", no_analysis)
        again = build([corpus], store=store)
    assert (again.articles, again.unchanged, again.skipped) == (11, 11, 11)
    assert content_quads(store) == before

    # one article edited: only that one is analysed and rewritten
    feed = corpus / "feed.jsonl"
    lines = feed.read_text(encoding="utf-8").splitlines()
    item = json.loads(lines[0])
    item["text"] += "\n\nDie Gespräche sollen im Herbst fortgesetzt werden."
    feed.write_text("\n".join([json.dumps(item, ensure_ascii=False), *lines[1:]]) + "\n", encoding="utf-8")
    edited = build([corpus], store=store)
    assert edited.skipped == 10 and edited.articles - edited.unchanged == 1


def test_new_explicit_alias_means_analysing_again(tmp_path):
    store = tmp_path / "store"
    build([EXAMPLES], store=store)
    aliases = tmp_path / "aliases.yml"
    aliases.write_text("merge:\n  - into: person:wladimir-putin\n    from: [Kremlchef]\n", encoding="utf-8")
    report = build([EXAMPLES], store=store, aliases=aliases)
    assert report.skipped == 0
