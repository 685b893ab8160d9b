"""Mention replacement (kg.nlp.augment): names swapped for names of their type, context kept."""

from __future__ import annotations

import spacy

from kg.nlp.augment import name_pools, replace_mentions
from kg.nlp.germeval import sentence_to_doc

VOCAB = spacy.blank("de").vocab

# Our own sentences in GermEval's layout: (tokens, outer BIO tags).
SENTENCES = [
    ("Die Bürgermeisterin Anna Berg empfing den Vorstand der Wiener Stadtwerke in Linz .".split(),
     ["O", "O", "B-PER", "I-PER", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O"]),
    ("Carl Dorn zog nach Graz .".split(), ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
    ("Es regnete den ganzen Tag .".split(), ["O"] * 6),
]
DOCS = [sentence_to_doc(VOCAB, words, tags) for words, tags in SENTENCES]
POOLS = {"PER": [("Eva", "Lind"), ("Otto",)], "ORG": [("Bahnverband",)], "LOC": [("Sankt", "Pölten")],
         "PER:lexicon": [("Maria", "Gruber", "Huber")], "ORG:lexicon": [], "LOC:lexicon": [("Villach",)]}


def _ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


def test_every_name_is_replaced_by_a_name_of_its_type_and_the_context_stays():
    out = replace_mentions(DOCS, POOLS, copies=2, rate=1.0, seed=3)
    assert len(out) == 4  # two copies of each sentence with names; none of the sentence without
    allowed = {"PER": {"Eva Lind", "Otto", "Maria Gruber Huber"}, "ORG": {"Bahnverband"}, "LOC": {"Sankt Pölten", "Villach"}}
    for doc in out:
        assert doc.ents and all(text in allowed[label] for text, label in _ents(doc))
    first = out[0]
    person, org, place = first.ents
    # the words around the names are the original's, in order
    assert first[: person.start].text == "Die Bürgermeisterin"
    assert first[person.end : org.start].text == "empfing den Vorstand der"
    assert first[org.end : place.start].text == "in"
    assert first[place.end :].text == "."
    assert out[2][out[2].ents[0].end : out[2].ents[1].start].text == "zog nach"


def test_no_replacement_at_rate_zero_and_the_same_copies_for_the_same_seed():
    kept = replace_mentions(DOCS, POOLS, copies=1, rate=0.0, seed=0)
    assert [_ents(d) for d in kept] == [_ents(d) for d in DOCS[:2]]
    assert [d.text for d in kept] == [d.text for d in DOCS[:2]]
    again = [[d.text for d in replace_mentions(DOCS, POOLS, copies=3, rate=0.8, seed=7)] for _ in range(2)]
    assert again[0] == again[1]


def test_pools_hold_training_mentions_and_lexicon_names_by_type():
    pools = name_pools(DOCS)
    assert pools["PER"] == [("Anna", "Berg"), ("Carl", "Dorn")]
    assert pools["ORG"] == [("Wiener", "Stadtwerke")] and pools["LOC"] == [("Graz",), ("Linz",)]
    assert ("Russland",) in pools["LOC:lexicon"] and ("Wien",) in pools["LOC:lexicon"]
    # lexicon persons: kg's known people, and a given name with a surname of the training names
    # when no surname list is given
    assert ("Wladimir", "Putin") in pools["PER:lexicon"]
    made = [n for n in pools["PER:lexicon"] if len(n) == 2 and n[1] in {"Berg", "Dorn"}]
    assert made and all(n[0][:1].isupper() for n in made)


def test_model_card_says_how_the_training_copies_were_made_and_how_to_rebuild_them():
    from kg.nlp.train import _augmentation_card, _reproduce

    aug = {"copies": 1, "rate": 0.8, "lexicon_share": 0.5, "seed": 0, "sentences": 1876,
           "surnames": {"file": "surnames-germaner.list", "sha256": "95b7607aaccf" + "0" * 52}}
    line = _augmentation_card(aug)
    assert line.startswith("- augmented: 1876 mention-replaced copies") and "probability 0.8" in line
    assert "`surnames-germaner.list`" in line
    assert _augmentation_card(None) == ""
    rebuild = _reproduce(0, None, aug)
    assert "augment=1, augment_rate=0.8, augment_lexicon_share=0.5" in rebuild
    assert 'surnames=Path("/work/shared/data/gazetteers/surnames-germaner.list")' in rebuild
    assert "augment" not in _reproduce(0, None)


def test_a_surname_list_that_cannot_serve_is_named_with_the_reason(tmp_path):
    from kg.errors import InputError

    latin = tmp_path / "latin.list"
    latin.write_bytes("Müller\n".encode("latin-1"))
    empty = tmp_path / "empty.list"
    empty.write_text("\n# nothing here\nkleinschreibung\n", encoding="utf-8")
    for path, reason in ((latin, "surname list is not UTF-8 (byte 1)"), (empty, "no surnames here")):
        try:
            name_pools(DOCS, surnames=path)
        except InputError as e:
            assert e.source == str(path) and e.reason.startswith(reason)
        else:
            raise AssertionError(f"{path} was accepted")


def test_surnames_from_a_list_pair_with_given_names(tmp_path):
    names = tmp_path / "surnames.list"
    names.write_text("Oberhuber\nZweistein\nvan Dyk\n", encoding="utf-8")
    persons = name_pools(DOCS, surnames=names)["PER:lexicon"]
    # as many made-up persons as surnames, drawn with replacement
    assert 1 <= len([n for n in persons if len(n) == 2 and n[1] in {"Oberhuber", "Zweistein"}]) <= 2
    # a line of two words is no single surname; the training names are not used when a list is given
    assert not any("Dyk" in n or "Berg" in n for n in persons)
