"""`kg.extract_articles` takes what `kg.ingest.read_articles` yields, unreadable files included: a notebook that
feeds one into the other gets the readable articles and a clear error (or report) for the rest."""

from __future__ import annotations

import pytest

TEXT = ("apa.at\nnews/APA/Mittwoch, 12.02.25, 19:00:58\n\nTelefonat\n\n"
        "Wien (APA) - Kanzlerin Eva Gruber hat am Dienstag mit Premier Jan Novak telefoniert.\n")


def _inputs(tmp_path):
    good = tmp_path / "a-good.txt"
    good.write_text(TEXT, encoding="utf-8")
    bad = tmp_path / "b-binary.txt"
    bad.write_bytes(b"\x00\x01\x02\xff\xfe" * 200)
    return good, bad


def test_unreadable_inputs_are_reported_and_the_rest_extracted(tmp_path):
    from kg.api import extract_articles
    from kg.ingest import read_articles

    good, bad = _inputs(tmp_path)
    failures = []
    results = list(extract_articles(read_articles([good, bad]), on_error=failures.append))
    assert [r.source for r in results] == [str(good)]
    labels = {a.id: a.label for a in results[0].actors}
    calls = [sorted(labels[p.actor] for p in e.participants) for e in results[0].events if e.type == "Call"]
    assert calls == [["Eva Gruber", "Jan Novak"]]
    assert [f.source for f in failures] == [str(bad)]


def test_without_a_report_an_unreadable_input_raises_a_clear_error(tmp_path):
    from kg.api import extract_articles
    from kg.errors import InputError
    from kg.ingest import read_articles

    good, bad = _inputs(tmp_path)
    with pytest.raises(InputError) as raised:
        list(extract_articles(read_articles([good, bad])))
    assert str(raised.value).startswith(f"{bad}: ")
