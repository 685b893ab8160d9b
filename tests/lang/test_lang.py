"""Language data: every folder loads, and lexicon and ontology agree both ways."""

from __future__ import annotations

import pytest
from rdflib import RDFS, Graph, URIRef

from kg.lang import EVENT_TYPES, available_languages, load_lang
from kg.rdf.namespace import KG
from kg.rdf.validate import ONTOLOGY_DIR


@pytest.mark.parametrize("code", available_languages())
def test_language_folder_loads(code):
    data = load_lang(code)
    assert data.frames and data.roles and data.countries


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "kg.ttl", format="turtle")


@pytest.mark.parametrize("code", available_languages())
def test_event_types_exist_in_the_ontology_with_the_same_codes(code, ontology):
    data = load_lang(code)
    assert set(data.frames) == set(EVENT_TYPES)
    for name, frame in data.frames.items():
        cls = URIRef(KG[name])
        assert (cls, RDFS.subClassOf, KG.Event) in ontology, name
        assert str(ontology.value(cls, KG.cameo)) == frame.cameo, name
    declared = {str(s).rsplit("#", 1)[1] for s in ontology.subjects(RDFS.subClassOf, KG.Event)}
    assert declared == set(EVENT_TYPES)


def test_unknown_language_is_a_clear_error():
    from kg.errors import LanguageDataError

    with pytest.raises(LanguageDataError, match="no language folder for 'xx'"):
        load_lang("xx")
