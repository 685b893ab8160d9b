"""Actor identity across articles: automatic surname links, merges and splits that last."""

from __future__ import annotations

from kg.cli import cli

SURNAME_ONLY = "Wien – Finanzminister Pfannenstiel besuchte am Montag Kiew.\n"
FULL_NAME = "Graz – Der Finanzminister Hubert Pfannenstiel traf den ukrainischen Präsidenten Wolodymyr Selenskyj.\n"
TWO_NAMES = (
    "Linz – Landesrätin Gertrude Krähwinkel traf Bürgermeister Anton Zeisig.\n",
    "Linz – Landesrätin Gerti Krähwinkel lud Bürgermeister Anton Zeisig nach Wels ein.\n",
)


def _persons(runner, store) -> set[str]:
    out = runner.invoke(cli, ["query", "SELECT DISTINCT ?l WHERE { ?a a kg:Person ; rdfs:label ?l }", "--store", str(store), "--format", "csv"])
    assert out.exit_code == 0, out.output
    return set(out.output.split("\n")[1:]) - {""}


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_surname_only_person_links_to_the_full_name_in_another_article(runner, tmp_path, fresh_store):
    a = _write(tmp_path, "a.txt", SURNAME_ONLY)
    b = _write(tmp_path, "b.txt", FULL_NAME)
    assert runner.invoke(cli, ["build", str(a), "--store", str(fresh_store), "-q"]).exit_code == 0
    assert "Pfannenstiel" in _persons(runner, fresh_store)
    assert runner.invoke(cli, ["build", str(b), "--store", str(fresh_store), "-q"]).exit_code == 0
    persons = _persons(runner, fresh_store)
    assert "Hubert Pfannenstiel" in persons and "Pfannenstiel" not in persons


def test_split_keeps_them_apart_also_after_a_rebuild(runner, tmp_path, fresh_store):
    a = _write(tmp_path, "a.txt", SURNAME_ONLY)
    b = _write(tmp_path, "b.txt", FULL_NAME)
    runner.invoke(cli, ["build", str(a), str(b), "--store", str(fresh_store), "-q"])
    result = runner.invoke(cli, ["actors", "split", "person:pfannenstiel", "person:hubert-pfannenstiel", "--store", str(fresh_store)])
    assert result.exit_code == 0, result.output
    assert {"Pfannenstiel", "Hubert Pfannenstiel"} <= _persons(runner, fresh_store)
    runner.invoke(cli, ["build", str(a), str(b), "--store", str(fresh_store), "-q"])
    assert {"Pfannenstiel", "Hubert Pfannenstiel"} <= _persons(runner, fresh_store)


def test_merge_survives_a_rebuild(runner, tmp_path, fresh_store):
    files = [_write(tmp_path, f"{n}.txt", text) for n, text in enumerate(TWO_NAMES)]
    runner.invoke(cli, ["build", *map(str, files), "--store", str(fresh_store), "-q"])
    assert {"Gertrude Krähwinkel", "Gerti Krähwinkel"} <= _persons(runner, fresh_store)
    result = runner.invoke(cli, ["actors", "merge", "Gertrude Krähwinkel", "Gerti Krähwinkel", "--store", str(fresh_store)])
    assert result.exit_code == 0, result.output
    assert "Gerti Krähwinkel" not in _persons(runner, fresh_store)
    runner.invoke(cli, ["build", *map(str, files), "--store", str(fresh_store), "-q"])
    persons = _persons(runner, fresh_store)
    assert "Gertrude Krähwinkel" in persons and "Gerti Krähwinkel" not in persons
    events = runner.invoke(cli, ["query", "events_of_actor", "-p", "name=Gertrude Krähwinkel", "--store", str(fresh_store), "--format", "csv"])
    assert "Meeting" in events.output and "Invitation" in events.output


def test_aliases_file_on_build(runner, tmp_path, fresh_store):
    files = [_write(tmp_path, f"{n}.txt", text) for n, text in enumerate(TWO_NAMES)]
    aliases = _write(tmp_path, "aliases.yml", "merge:\n  - into: person:gertrude-krähwinkel\n    label: Gertrude Krähwinkel\n    from: [Gerti Krähwinkel]\n")
    result = runner.invoke(cli, ["build", *map(str, files), "--aliases", str(aliases), "--store", str(fresh_store), "-q"])
    assert result.exit_code == 0, result.output
    assert "Gerti Krähwinkel" not in _persons(runner, fresh_store)


def test_bad_aliases_file_is_a_clear_error(runner, tmp_path, fresh_store):
    a = _write(tmp_path, "a.txt", SURNAME_ONLY)
    bad = _write(tmp_path, "aliases.yml", "merge:\n  - into: x\n")
    result = runner.invoke(cli, ["build", str(a), "--aliases", str(bad), "--store", str(fresh_store), "-q"])
    assert result.exit_code == 1
    assert "aliases.yml: merge rule 1 needs 'into' and a list 'from'" in result.output


def test_known_actors_link_to_checked_wikidata_ids(runner, examples_dir, fresh_store):
    runner.invoke(cli, ["build", str(examples_dir / "apa-2025-08-09-trump-putin-alaska.txt"), "--store", str(fresh_store), "-q"])
    out = runner.invoke(cli, ["query", "SELECT ?w WHERE { <https://w3id.org/kg-news/id/actor/person/wladimir-putin> schema:sameAs ?w }", "--store", str(fresh_store), "--format", "csv"])
    assert out.output.split() == ["w", "http://www.wikidata.org/entity/Q7747"]


def test_a_stored_article_comes_back_as_it_was_read(tmp_path, fresh_store):
    """Re-extraction reads articles back from the store by id (their graph and node named in the
    query, not looked up by identifier): each id must give its own text and header, also an id
    that needs escaping in an IRI."""
    import json

    from kg.api import build
    from kg.identity import stored_article
    from kg.store import Store

    feed = tmp_path / "feed.jsonl"
    items = [
        {"id": "feed 1/ä", "title": "Besuch in Kiew", "published": "2025-05-06", "text": SURNAME_ONLY},
        {"id": "feed-2", "title": "Treffen in Graz", "published": "2025-05-07", "text": FULL_NAME},
    ]
    feed.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8")
    build([feed], store=fresh_store)
    with Store.open(fresh_store, read_only=True) as store:
        for item in items:
            article = stored_article(store, item["id"])
            assert article is not None and article.id == item["id"]
            assert article.text == item["text"] and article.title == item["title"]
            assert article.published.isoformat().startswith(item["published"])
        assert stored_article(store, "feed-3") is None


def test_articles_mentioning_an_actor_are_found_by_their_ids(tmp_path, fresh_store):
    """The articles a new surname link re-extracts: those whose graphs describe the actor (ids
    read back from graph names, also ids that need escaping), and no others."""
    import json

    from kg.api import build
    from kg.identity import articles_mentioning
    from kg.store import Store

    feed = tmp_path / "feed.jsonl"
    items = [
        {"id": "feed 1/ä", "published": "2025-05-06", "text": FULL_NAME},
        {"id": "feed-2", "published": "2025-05-07", "text": TWO_NAMES[0]},
        {"id": "feed%3", "published": "2025-05-08", "text": "Kiew – Präsident Wolodymyr Selenskyj empfing am Dienstag Anton Zeisig.\n"},
    ]
    feed.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8")
    build([feed], store=fresh_store)
    with Store.open(fresh_store, read_only=True) as store:
        assert articles_mentioning(store, ["person:wolodymyr-selenskyj"]) == ["feed 1/ä", "feed%3"]
        assert articles_mentioning(store, ["person:anton-zeisig", "person:hubert-pfannenstiel"]) == ["feed 1/ä", "feed%3", "feed-2"]
        assert articles_mentioning(store, ["person:niemand-bekannt"]) == []


def test_a_build_reports_the_articles_it_re_extracts_for_a_new_link(runner, tmp_path, fresh_store):
    """The re-extraction after a new surname link can take minutes on a large store: the API
    says how many articles it re-extracts and which, and kg build shows a second bar for it."""
    from kg.api import build
    from kg.store import Store

    a = _write(tmp_path, "a.txt", SURNAME_ONLY)
    b = _write(tmp_path, "b.txt", FULL_NAME)
    build([a], store=fresh_store)
    with Store.open(fresh_store, read_only=True) as store:
        (first,) = store.documents()
    counts: list[int] = []
    seen: list[str] = []

    def on_relink(count: int):
        counts.append(count)
        return seen.append

    report = build([b], store=fresh_store, on_relink=on_relink)
    assert (counts, seen, report.relinked) == ([1], [first], 1)
    assert build([b], store=fresh_store, on_relink=on_relink).relinked == 0 and counts == [1], "no new link: no call"

    other = tmp_path / "other-store"
    assert runner.invoke(cli, ["build", str(a), "--store", str(other)]).exit_code == 0
    out = runner.invoke(cli, ["build", str(b), "--store", str(other)])
    assert out.exit_code == 0 and "Relinking" in out.output and "1 article(s) relinked" in out.output, out.output
    third = tmp_path / "third-store"
    assert runner.invoke(cli, ["build", str(a), "--store", str(third)]).exit_code == 0
    out = runner.invoke(cli, ["build", str(b), "--store", str(third), "--silent"])
    assert out.exit_code == 0 and "Relinking" not in out.output and "Pfannenstiel" not in _persons(runner, third)
