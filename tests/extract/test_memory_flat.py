"""A long build must not keep every word it ever saw: spaCy's string store stays the size it had
after loading, while the results keep their names (kg.api.extract_articles, memory zones)."""

from __future__ import annotations

from kg.api import extract_articles
from kg.ingest import Article
from kg.nlp import load_pipeline

TEXTS = [
    "Wien, 4. Juni 2025 (kg) - Die Außenministerin Zorana Quibelsky hat am Mittwoch mit dem "
    "Außenminister Tarvo Ebrinescu telefoniert.",
    "Berlin, 5. Juni 2025 (kg) - Bundeskanzler Friedrich Merz empfängt am Donnerstag den "
    "Regierungschef Ulmar Vastragoni zu einem Besuch.",
    # a name only the statistical model proposes, so the NER check model reads the text too
    "Graz, 6. Juni 2025 (kg) - Beim Turnier in Quolmberg siegte Darvesh Olumbo.",
]


def test_words_of_a_build_leave_the_string_store_and_the_results_keep_them():
    nlp = load_pipeline("de")
    list(extract_articles([Article(id="warm", source="warm.txt", text="Ein kurzer Satz ohne Namen.")]))  # components loaded
    assert load_pipeline("de", None) is nlp  # the pipeline kg.api extracts with, however it is asked for
    check = nlp.get_pipe("kg_actors").check  # the NER check model keeps a vocab of its own
    before = len(nlp.vocab.strings)
    check_before = len(check.vocab.strings) if check is not None else 0
    results = list(extract_articles([Article(id=f"a{n}", source=f"a{n}.txt", text=text) for n, text in enumerate(TEXTS)]))
    assert len(nlp.vocab.strings) == before
    assert "Quibelsky" not in nlp.vocab.strings
    if check is not None:
        assert len(check.vocab.strings) == check_before
    call = next(e for e in results[0].events if e.type == "Call")
    labels = {a.id: a.label for a in results[0].actors}
    assert {labels[p.actor] for p in call.participants} == {"Zorana Quibelsky", "Tarvo Ebrinescu"}
    assert any(a.label == "Ulmar Vastragoni" for a in results[1].actors)
