"""Wikidata ids for gazetteer actors, from ``kg/lang/<code>/gazetteer/wikidata.tsv``.

Every QID in that file was checked against the source named in its ``checked`` column; an
actor without a row simply has no ``schema:sameAs``.
"""

from __future__ import annotations

import functools

from kg.lang import load_lang, read_tsv
from kg.nlp.gazetteer import actor_key


@functools.lru_cache(maxsize=4)
def wikidata_ids(lang: str = "de") -> dict[str, str]:
    """Actor key ("person:wladimir-putin", "country:RU") -> QID ("Q7747")."""
    data = load_lang(lang)
    path = data.path / "gazetteer" / "wikidata.tsv"
    if not path.exists():
        return {}
    qids = {row["name"]: row["qid"] for row in read_tsv(path, ("name", "qid", "checked"))}
    keys: dict[str, str] = {}
    for row in data.persons:
        if row["name"] in qids:
            keys[actor_key("Person", row["name"])] = qids[row["name"]]
    for row in data.organisations:
        if row["name"] in qids:
            keys[actor_key("Organization", row["name"])] = qids[row["name"]]
    for row in data.countries:
        name = row["names"].split("|")[0]
        if name in qids:
            keys[actor_key("Country", row["iso"])] = qids[name]
    return keys
