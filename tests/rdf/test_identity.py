"""One graph across articles: one event per real-world event, order-independent builds."""

from __future__ import annotations

from pathlib import Path

from kg.api import build
from kg.store import Store

SAME_CALL = [
    "apa-2025-03-18-trump-putin-telefonat.txt",
    "apa-2025-03-19-trump-selenskyj-telefonat.txt",
    "apa-2025-03-20-kreml-telefonat-eishockey.txt",
]

CALLS_OF_TRUMP_AND_PUTIN = """
SELECT ?event ?date (COUNT(DISTINCT ?article) AS ?reports) WHERE {
  ?event a kg:Call ; kg:date ?date ;
         kg:hasParticipant <https://w3id.org/kg-news/id/actor/person/donald-trump>,
                           <https://w3id.org/kg-news/id/actor/person/wladimir-putin> ;
         gaf:denotedBy/kg:article ?article .
} GROUP BY ?event ?date ORDER BY ?date
"""


def _calls(store_path: Path) -> list[tuple[str, int]]:
    with Store.open(store_path, read_only=True) as store:
        return [(str(r["date"]), int(r["reports"])) for r in store.query(CALLS_OF_TRUMP_AND_PUTIN)]


def test_three_reports_of_one_call_are_one_event(examples_dir, fresh_store):
    build([examples_dir / name for name in SAME_CALL], store=fresh_store)
    assert _calls(fresh_store) == [("2025-03-18", 3)]


def test_calls_on_different_days_stay_two(examples_dir, fresh_store):
    build([examples_dir / SAME_CALL[0], examples_dir / "standard-2025-05-19-telefonat.txt"], store=fresh_store)
    dates = [d for d, _ in _calls(fresh_store)]
    assert "2025-03-18" in dates
    with Store.open(fresh_store, read_only=True) as store:
        may_calls = list(store.query('SELECT ?e WHERE { ?e a kg:Call ; kg:date "2025-05-19"^^xsd:date }'))
    assert len(may_calls) == 1 and str(may_calls[0][0]) != "2025-03-18"


def test_visits_to_two_cities_on_one_day_stay_two(examples_dir, fresh_store):
    build([examples_dir / "feed.jsonl"], store=fresh_store)
    with Store.open(fresh_store, read_only=True) as store:
        rows = list(store.query('SELECT DISTINCT ?e ?place WHERE { ?e a kg:Visit ; kg:place/rdfs:label ?place }'))
    assert sorted(str(r["place"]) for r in rows) == ["Paris", "Warschau"]


def test_removing_reports_keeps_the_event_until_its_last_report(examples_dir, fresh_store):
    build([examples_dir / name for name in SAME_CALL], store=fresh_store)
    with Store.open(fresh_store) as store:
        ids = store.documents()
        for doc_id in ids[:2]:
            store.remove_document(doc_id)
    assert _calls(fresh_store) == [("2025-03-18", 1)]
    with Store.open(fresh_store) as store:
        store.remove_document(ids[2])
        assert len(store) == 0, "no orphan actor, event or mention is left"


def _content(store_path: Path) -> set[tuple[str, str, str, str]]:
    """Every quad except the run metadata (when and by which run a graph was written)."""
    with Store.open(store_path, read_only=True) as store:
        quads = store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return {
            tuple(str(x) for x in row)
            for row in quads
            if not str(row["g"]).endswith("/graph/runs") and not str(row["p"]).endswith("#extractedBy")
        }


def test_one_run_or_several_in_any_order_give_the_same_graph(examples_dir, tmp_path):
    files = sorted(p for p in examples_dir.iterdir() if p.suffix in (".txt", ".jsonl"))
    build(files, store=tmp_path / "one")
    for batch in (files[6:], files[:3], files[3:6]):
        build(batch, store=tmp_path / "several")
    assert _content(tmp_path / "one") == _content(tmp_path / "several")
