"""Language data: every folder loads, and lexicon and ontology agree both ways."""

from __future__ import annotations

import re

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


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("period_units: {woche: fortnight}", "period_units: 'woche' must map to one of week, month, year"),
        ("period_offsets: {vergangene: minus one}", "period_offsets: 'vergangene' must map to a whole number"),
        ("period_words: {heuer: year}", "period_words: 'heuer' must map to \\[unit, offset\\]"),
        ("seasons: {sommer: June}", "seasons: 'sommer' must map to the month it starts in \\(1-12\\)"),
        ("seasons: {herbst: 13}", "seasons: 'herbst' must map to the month it starts in \\(1-12\\)"),
        ("distance_days: {woche: sieben}", "distance_days: 'woche' must map to a number of days"),
        ("distance_days: {tag: 0}", "distance_days: 'tag' must map to a number of days"),
    ],
)
def test_a_bad_relative_period_in_time_yml_names_the_file_and_entry(tmp_path, entry, message):
    from kg.errors import LanguageDataError
    from kg.lang import read_time

    path = tmp_path / "time.yml"
    path.write_text(entry + "\n", encoding="utf-8")
    with pytest.raises(LanguageDataError, match=message) as caught:
        read_time(path)
    assert "time.yml" in str(caught.value)


def test_the_shipped_time_yml_passes_its_checks():
    assert load_lang("de").time["period_words"]["heuer"] == ["year", 0]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("ruled_out_by: [aus]", "Meeting.ruled_out_by must map words to lists of words"),
        ("ruled_out_by: {zusammensetzen: aus}", "Meeting.ruled_out_by must map words to lists of words"),
        ("signed_nouns: Erklärung", "Meeting.signed_nouns must be a list of words"),
    ],
)
def test_a_malformed_frame_entry_in_events_yml_names_the_file_and_key(tmp_path, entry, message):
    import shutil

    from kg.errors import LanguageDataError
    from kg.lang import LANG_ROOT
    import kg.lang as lang_module

    folder = tmp_path / "xx"
    shutil.copytree(LANG_ROOT / "de", folder)
    events = (folder / "events.yml").read_text(encoding="utf-8")
    # (the entry, a flow mapping, may run over several lines)
    meeting_line = re.search(r"^  ruled_out_by: \{zusammensetzen.*?\}\n", events, re.S | re.M).group(0)
    (folder / "events.yml").write_text(events.replace(meeting_line, f"  {entry}\n", 1), encoding="utf-8")
    original = lang_module.LANG_ROOT
    lang_module.LANG_ROOT = tmp_path
    try:
        with pytest.raises(LanguageDataError, match=message) as caught:
            lang_module.load_lang.__wrapped__("xx")  # past the cache of loaded languages
    finally:
        lang_module.LANG_ROOT = original
    assert "events.yml" in str(caught.value)


@pytest.mark.parametrize("text", [
    "locative: [in, im]\nlocative: [nach]\n",  # at the top level
    "Meeting:\n  verbs: [treffen]\n  verbs: [tagen]\n",  # inside a frame
])
def test_a_key_given_twice_in_a_yaml_file_is_an_error_naming_the_file_and_line(tmp_path, text):
    # PyYAML keeps the last of two equal keys silently: a linguist adding a key that exists further down would
    # change what the older one meant
    from kg.errors import LanguageDataError
    from kg.lang import read_time

    path = tmp_path / "time.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LanguageDataError, match="given twice \\(first on line [12]\\)") as caught:
        read_time(path)
    assert "time.yml" in str(caught.value)


def test_the_shipped_language_files_give_no_key_twice():
    import kg.lang as lang_module

    assert lang_module.load_lang.__wrapped__("de").grammar["venue_prepositions"] == ["in", "im", "ins"]
