"""What must hold for any input: the checks the fuzz tests apply to every example.

Kept out of ``test_*`` modules so both fuzz modules share them; no fixtures here.

The suite runs the same examples every time (derandomised, so an unrelated change never meets
a new random failure in CI). To hunt for new failures, run with fresh random examples and more
of them: ``KG_FUZZ_RANDOM=1 KG_FUZZ_SCALE=20 pytest tests/fuzz``.
"""

from __future__ import annotations

import json
import os
import unicodedata
import warnings

from hypothesis import HealthCheck, settings
from rdflib import XSD, Dataset, Graph, Literal
from rdflib.compare import isomorphic, graph_diff

from kg.extract import DocumentResult, TextSpan
from kg.ingest import Article
from kg.ingest.normalize import clean_field

ALLOWED_CONTROLS = set("\t\n\r")


def fuzz_settings(examples: int) -> settings:
    """Hypothesis settings of a fuzz test: ``examples`` examples (times ``$KG_FUZZ_SCALE``)."""
    scale = float(os.environ.get("KG_FUZZ_SCALE", "1"))
    return settings(
        deadline=None,
        max_examples=max(1, round(examples * scale)),
        derandomize=not os.environ.get("KG_FUZZ_RANDOM"),
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def check_clean(text: str) -> None:
    """Text kg analyses is NFC and has no control, format or surrogate characters but tab and line breaks."""
    assert unicodedata.is_normalized("NFC", text)
    bad = {c for c in text if unicodedata.category(c) in ("Cc", "Cf", "Cs") and c not in ALLOWED_CONTROLS}
    assert not bad, f"left in the text: {sorted(map(ascii, bad))}"


def check_article(article: Article, raw: str | None = None) -> None:
    """Spans inside the text, blanking keeps offsets, and the map leads back into ``raw``."""
    text = article.text
    check_clean(text)
    assert len(article.analysis_text()) == len(text)
    for start, end in article.skip_spans:
        assert 0 <= start <= end <= len(text)
    if article.title_span is not None:
        start, end = article.title_span
        assert text[start:end] == article.title
    if article.offset_map is not None:
        assert len(article.offset_map) == len(text)
        if raw is not None:
            assert article.offset_map.input_length == len(raw)
            a, b = article.input_span(0, len(text))
            assert clean_field(raw[a:b]) == text


def spans(result: DocumentResult) -> list[tuple[str, TextSpan]]:
    """Every span of text the extraction output points at, with where it came from."""
    out: list[tuple[str, TextSpan]] = []
    for actor in result.actors:
        out += [(f"mention of {actor.id}", m) for m in actor.mentions]
        out += [(f"role of {actor.id}", r.mention) for r in actor.roles if r.mention is not None]
    for event in result.events:
        out += [(f"evidence of {event.id}", e) for e in event.evidence]
        if event.trigger is not None:
            out.append((f"trigger of {event.id}", event.trigger))
    return out


def check_offsets(result: DocumentResult) -> None:
    """Every offset lies within the stored text, and the slice there is the span's surface string."""
    text = result.text
    for where, span in spans(result):
        assert 0 <= span.start <= span.end <= len(text), f"{where}: {span} outside 0..{len(text)}"
        assert text[span.start : span.end] == span.text, f"{where}: text at {span.start}:{span.end} is {text[span.start:span.end]!r}, span says {span.text!r}"


def check_json(result: DocumentResult) -> None:
    """The ``kg extract --format jsonl`` line can be written as UTF-8 and read back."""
    line = json.dumps(result.to_json(), ensure_ascii=False)
    assert json.loads(line.encode("utf-8").decode("utf-8")) == result.to_json()


def check_rdf_roundtrip(result: DocumentResult) -> None:
    """The article's named graph, written by kg's store and dumped as N-Quads and TriG (what
    ``kg extract --format nq|ttl`` and ``kg export`` print), reads back: same size, isomorphic."""
    from kg.rdf.mapping import document_graph
    from kg.store import Store

    graph = Graph(identifier=document_graph(result).identifier)
    for s, p, o in document_graph(result):
        # Oxigraph keeps derived integer types as xsd:integer (see ontology/shapes.ttl)
        if isinstance(o, Literal) and o.datatype == XSD.nonNegativeInteger:
            o = Literal(o, datatype=XSD.integer)
        graph.add((s, p, o))
    with Store.memory() as store:
        store.add_document(result)
        dumps = {"nquads": store.dump(None, "nq"), "trig": store.dump(None, "trig")}
    for fmt, data in dumps.items():
        back = Dataset()
        with warnings.catch_warnings():  # rdflib 7.x warns about its own Dataset internals
            warnings.filterwarnings("ignore", category=DeprecationWarning, module="rdflib")
            back.parse(data=data, format=fmt)
        again = back.graph(graph.identifier)
        assert len(again) == len(graph), f"{fmt}: {len(graph)} triples made, {len(again)} read back"
        if not isomorphic(again, graph):
            _, only_made, only_read = graph_diff(graph, again)
            raise AssertionError(f"{fmt} changed the graph:\nmade only: {sorted(only_made)[:5]}\nread only: {sorted(only_read)[:5]}")
