"""Mention replacement for NER training: copies of the training sentences whose names are swapped
for other names of the same type.

The GermEval model recalls 0.88 of the names it saw in training but only 0.35 of new ones: with
5,000 sentences it learns names more than the contexts that mark them. Swapping each name for
another of its type ("mention replacement", Dai & Adel 2020, "An Analysis of Simple Data
Augmentation for Named Entity Recognition") keeps the context and breaks that memory. Names come
from the training sentences themselves and from kg's own lexicons (gazetteer, given names, and a
surname list if one is given), never from the held-out or development slices.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

from spacy.tokens import Doc, Span

from kg.errors import InputError

#: Gazetteer kinds as GermEval labels.
LABEL_OF_KIND = {"Person": "PER", "Organization": "ORG", "Country": "LOC", "Place": "LOC"}

Name = tuple[str, ...]


def name_pools(train: Sequence[Doc], *, lang: str = "de", surnames: Path | None = None,
               max_surnames: int = 20_000) -> dict[str, list[Name]]:
    """Replacement names per label: (training mentions, lexicon names), each a list of token tuples.

    Lexicon persons are a given name from kg's first-name list with a surname from ``surnames``
    (one a line; the first ``max_surnames`` single-word names in alphabetical order), or from the
    training mentions' last words when no list is given.
    """
    from kg.nlp.gazetteer import load_gazetteer

    seen: dict[str, set[Name]] = {"PER": set(), "ORG": set(), "LOC": set()}
    for doc in train:
        for ent in doc.ents:
            if ent.label_ in seen:
                seen[ent.label_].add(tuple(t.text for t in ent))
    lexicon: dict[str, set[Name]] = {"PER": set(), "ORG": set(), "LOC": set()}
    gazetteer = load_gazetteer(lang)
    for tokens, entry in gazetteer.names.entries():
        label = LABEL_OF_KIND.get(entry.kind)
        if label:
            lexicon[label].add(tokens)
    if surnames is not None:
        try:
            lines = Path(surnames).read_text(encoding="utf-8").split("\n")
        except UnicodeDecodeError as e:
            raise InputError(f"surname list is not UTF-8 (byte {e.start})", source=surnames) from e
        family = sorted({w.strip() for w in lines if w.strip()[:1].isupper() and " " not in w.strip()})[:max_surnames]
        if not family:
            raise InputError("no surnames here (one capitalised name a line)", source=surnames)
    else:
        family = sorted({name[-1] for name in seen["PER"] if len(name) > 1})
    given = sorted(gazetteer.first_names)
    rng = random.Random(0)
    for _ in range(min(len(family), max_surnames)):
        lexicon["PER"].add((rng.choice(given), rng.choice(family)))
    pools = {label: sorted(seen[label]) for label in seen}
    for label, names in lexicon.items():
        pools[f"{label}:lexicon"] = sorted(names)
    return pools


def replace_mentions(docs: Sequence[Doc], pools: dict[str, list[Name]], *, copies: int = 1,
                     rate: float = 0.8, lexicon_share: float = 0.5, seed: int = 0) -> list[Doc]:
    """``copies`` new docs per doc with names; each name is replaced with probability ``rate`` by a
    name of its label, from the lexicon with probability ``lexicon_share``, else from the training
    mentions. Deterministic for a seed; the originals are not returned."""
    rng = random.Random(seed)
    out: list[Doc] = []
    for doc in docs:
        ents = [e for e in doc.ents if e.label_ in ("PER", "ORG", "LOC")]
        if not ents:
            continue
        for _ in range(copies):
            words: list[str] = []
            spaces: list[bool] = []
            spans: list[tuple[int, int, str]] = []
            i = 0
            for ent in ents:
                words.extend(t.text for t in doc[i:ent.start])
                spaces.extend(bool(t.whitespace_) for t in doc[i:ent.start])
                name: Name = tuple(t.text for t in ent)
                if rng.random() < rate:
                    lexicon = pools.get(f"{ent.label_}:lexicon") or []
                    pool = lexicon if lexicon and rng.random() < lexicon_share else pools.get(ent.label_) or lexicon
                    if pool:
                        name = rng.choice(pool)
                spans.append((len(words), len(words) + len(name), ent.label_))
                words.extend(name)
                spaces.extend([True] * (len(name) - 1) + [bool(doc[ent.end - 1].whitespace_)])
                i = ent.end
            words.extend(t.text for t in doc[i:])
            spaces.extend(bool(t.whitespace_) for t in doc[i:])
            new = Doc(doc.vocab, words=words, spaces=spaces)
            new.set_ents([Span(new, s, e, label=lab) for s, e, lab in spans], default="outside")
            out.append(new)
    return out


__all__ = ["name_pools", "replace_mentions"]
