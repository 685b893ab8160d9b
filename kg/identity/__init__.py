"""Actor identity across articles: one IRI per real-world actor.

Within an article, extraction already joins "Trump" to "Donald Trump". Across articles three
things join actors, all applied when an article's graph is written, so the graph is the same
whatever order or batches the articles came in:

1. the gazetteers (kg/lang/<code>/gazetteer/persons.tsv aliases: Selenskyj = Zelensky = …);
2. the store's ``aliases.yml`` (``kg actors merge/split``) and a user's ``--aliases`` file;
3. automatic surname links: a person named only by surname ("Bessent") in one article is the
   person with that surname and a full name elsewhere in the store ("Scott Bessent"), when
   exactly one such person exists and no ``distinct`` entry keeps them apart. A lone word
   that HanTa's lexicon knows as a common noun ("Schatz", "Jobs", "Wilde") links only where
   the tagger read it as a proper noun in its sentence: otherwise it is more likely a noun
   the NER mistook for a person, and a link would spread that error to a real person.

When a merge or an automatic link changes, the affected articles are re-extracted from the
text kept in the store (nif:isString) and replaced atomically, like any rebuild.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from kg.extract.aliases import Aliases, apply_aliases, load_aliases
from kg.ingest import Article
from kg.ingest.formats import find_dateline, looks_like_wire, parse_published, parse_wire
from kg.rdf.terms import actor_iri, article_iri, doc_id_of_graph, graph_iri

ALIASES_FILE = "aliases.yml"

PERSONS_QUERY = """
SELECT DISTINCT ?actor ?label WHERE { ?actor a kg:Person ; rdfs:label ?label }
"""

# how well known a person is: articles naming them, and whether an office was reported
PROMINENCE_QUERY = """
SELECT ?actor (COUNT(DISTINCT ?g) AS ?articles) (COUNT(?office) AS ?offices) WHERE {
  { GRAPH ?g { ?actor a kg:Person ; gaf:denotedBy ?m } }
  UNION
  { ?actor a kg:Person ; kg:holdsOffice ?office }
} GROUP BY ?actor
"""

# The article's graph and node are named in the text (IRIs made from the id, written by n3(),
# which escapes them): bound through VALUES, Oxigraph scanned every article of the store for
# each look-up (1.9 s on a 100,000-article store against 2 ms), and re-extracting the articles
# of a new surname link became quadratic in the store's size.
ARTICLE_QUERY = """
SELECT ?text ?headline ?published ?url ?source WHERE {
  GRAPH %(graph)s {
    %(article)s a kg:Article .
    ?context nif:sourceUrl %(article)s ; nif:isString ?text .
    OPTIONAL { %(article)s schema:headline ?headline }
    OPTIONAL { %(article)s schema:datePublished ?published }
    OPTIONAL { %(article)s schema:url ?url }
    OPTIONAL { %(article)s kg:source ?source }
  }
}
"""

# where an actor is mentioned: the article text and the mention's offsets (the actor's IRI is
# written into the pattern, as in ARTICLE_QUERY)
CONTEXTS_QUERY = """
SELECT ?text ?begin ?end WHERE {
  GRAPH ?g { %(actor)s gaf:denotedBy ?m . ?m nif:beginIndex ?begin ; nif:endIndex ?end ; nif:referenceContext ?c .
             ?c nif:isString ?text }
} LIMIT 20
"""

NAME_TAG = "NE"
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")

# the graphs in which an actor is described; an article's id is read from its graph's name. With
# the actor bound through VALUES and each graph's identifier joined in, this took 5–10 s per
# well-known person on a 100,000-article store, against 0.3–0.8 s (bench, same store)
MENTIONING_QUERY = """
SELECT DISTINCT ?g WHERE { GRAPH ?g { %(actor)s ?p ?o } }
"""


def store_aliases_path(store: Any) -> Path:
    return Path(store.path) / ALIASES_FILE


def store_aliases(store: Any) -> Aliases:
    """The aliases kept in the store folder (empty for an in-memory store)."""
    if str(store.path) == ":memory:":
        return Aliases()
    return load_aliases(store_aliases_path(store))


def actor_id_of(iri: str) -> str:
    """``…/id/actor/person/donald-trump`` -> ``person:donald-trump``."""
    kind, _, name = iri.split("/actor/", 1)[1].partition("/")
    return f"{unquote(kind)}:{unquote(name)}"


def stored_article(store: Any, doc_id: str) -> Article | None:
    """Rebuild an :class:`Article` from what the store keeps of it (text and header fields)."""
    rows = list(store.query(ARTICLE_QUERY % {"graph": graph_iri(doc_id).n3(), "article": article_iri(doc_id).n3()}))
    if not rows:
        return None
    row = rows[0]
    text = str(row["text"])
    if looks_like_wire(text):
        return parse_wire(text, source=f"store:{doc_id}", doc_id=doc_id)
    return Article(
        id=doc_id,
        text=text,
        source=f"store:{doc_id}",
        title=str(row["headline"]) if row["headline"] else None,
        published=parse_published(str(row["published"]), source=doc_id) if row["published"] else None,
        url=str(row["url"]) if row["url"] else None,
        agency=str(row["source"]) if row["source"] else None,
        dateline=find_dateline(text),
    )


def articles_mentioning(store: Any, actor_ids: Iterable[str]) -> list[str]:
    """Ids of the articles whose graphs mention any of these actors."""
    found: set[str] = set()
    for actor in actor_ids:
        for row in store.query(MENTIONING_QUERY % {"actor": actor_iri(actor).n3()}):
            doc_id = doc_id_of_graph(str(row["g"]))
            if doc_id is not None:
                found.add(doc_id)
    return sorted(found)


def actor_labels(store: Any) -> dict[str, str]:
    """Person id -> label, the longest when articles disagree (the fullest name)."""
    labels: dict[str, str] = {}
    for row in store.query(PERSONS_QUERY):
        actor, label = actor_id_of(str(row["actor"])), str(row["label"])
        if len(label) > len(labels.get(actor, "")):
            labels[actor] = label
    return labels


def known_common_noun(word: str) -> bool:
    """HanTa's lexicon knows the word, and best as a common noun: "Schatz", "Jobs", "Wilde",
    "Kern" (not "Merkel" or "Fischer", which it knows best as names, nor unknown words)."""
    from kg.nlp.components.hanta_tagger import lexicon_common_noun

    return lexicon_common_noun(word)


@lru_cache(maxsize=1)
def _reporting_lemmas() -> frozenset[str]:
    from kg.lang import load_lang

    lang = load_lang("de")
    statement = lang.frames.get("Statement")
    return frozenset(lang.speech.get("reporting_verbs", [])) | (statement.verbs if statement else frozenset())


def tagged_as_name(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` reads as a name in its sentence: HanTa tags it as a
    proper noun (NE), or it stands without a determiner next to a finite reporting verb, where
    HanTa tags even a surname its lexicon knows as a noun NN ("sagte Kern", "Kern erklärte"; the
    recogniser's rule, :func:`kg.nlp.components.hanta_tagger.beside_reporting_verb`, without the
    evidence before the noun it needs to make an unknown word a person: here the NER already did)."""
    from kg.nlp.components.hanta_tagger import _tagger, beside_reporting_verb, stts

    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(stops) + 1 if stops else len(text)
    tokens = [(m.group(), left + m.start()) for m in _TOKEN.finditer(text[left:right])]
    at = next((k for k, (_, offset) in enumerate(tokens) if offset == start), None)
    if at is None:
        return False
    tagged = _tagger().tag_sent([w for w, _ in tokens], taglevel=1)
    if tagged[at][2] == NAME_TAG:
        return True
    return beside_reporting_verb([stts(tag) for _, _, tag in tagged], [lemma for _, lemma, _ in tagged], at, _reporting_lemmas())


def named_in_context(store: Any, actor: str, surname: str, *, offices: frozenset[str] = frozenset()) -> bool:
    """A lone surname may stand for a person: HanTa does not know it as a common noun, a title
    stood before it ("Außenminister Kurz": the actor holds an office), or HanTa tags it as a
    proper noun in at least one sentence that mentions the actor."""
    if not known_common_noun(surname) or actor in offices:
        return True
    for row in store.query(CONTEXTS_QUERY % {"actor": actor_iri(actor).n3()}):
        if tagged_as_name(str(row["text"]), int(row["begin"]), int(row["end"])):
            return True
    return False


def surname_links(store: Any, aliases: Aliases) -> dict[str, str]:
    """Automatic links: surname-only person id -> the one full-name person with that surname.

    Only towards people who look like people (the name starts with a known given name) and are
    well known in the store (named in two or more articles, or with a reported office): a
    lone "Schneider" in one article is not the Robert Schneider of another. A surname that
    several full names in the store share links to none of them, and a lone common noun only
    where it was read as a name (:func:`named_in_context`).
    """
    from kg.lang import load_lang
    from kg.nlp.gazetteer import genitive_base, load_gazetteer

    gaz = load_gazetteer("de")
    grammar = load_lang("de").grammar
    particles = frozenset(w.lower() for w in grammar.get("name_particles", []))
    suffixes = tuple(grammar.get("genitive_suffixes", []))
    given_names = gaz.first_names
    full_by_surname: dict[str, set[str]] = defaultdict(set)
    single: dict[str, str] = {}
    labels = actor_labels(store)
    by_label = {label: actor for actor, label in labels.items()}
    links = {}
    for actor, label in labels.items():
        words = label.split()
        if 2 <= len(words) <= 4 and all(w[:1].isupper() or w.lower() in particles for w in words):
            nominative = genitive_base(words[-1], suffixes)
            target = by_label.get(" ".join(words[:-1] + [nominative])) if nominative else None
            if target is not None and target != actor and frozenset((actor, target)) not in aliases.distinct:
                links[actor] = target  # "Heinz Fischers" (a genitive read into the name) is Heinz Fischer
                continue
            full_by_surname[words[-1]].add(actor)
        elif words:
            single[actor] = words[0]
    counts = [(actor_id_of(str(row["actor"])), int(row["articles"]), int(row["offices"])) for row in store.query(PROMINENCE_QUERY)]
    prominent = {a for a, articles, offices in counts if articles >= 2 or offices > 0}
    office_holders = frozenset(a for a, _, offices in counts if offices > 0)
    for actor, surname in single.items():
        if surname in given_names:
            continue  # "Karl" alone is as likely Karl Nehammer as Beatrix Karl: leave it
        if any(len(w) < 2 or not w[:1].isupper() for w in surname.split("-")):
            continue
        candidates = full_by_surname.get(surname, set()) - {actor}
        nominative = genitive_base(surname, suffixes)
        if not candidates and nominative:
            candidates = full_by_surname.get(nominative, set()) - {actor}  # "Fischers" is Fischer's
        if len(candidates) != 1:
            continue  # several people share the surname (Mayer, Gruber, Schmidt): no guess
        target = next(iter(candidates))
        if target in prominent and labels[target].split()[0] in given_names:
            if frozenset((actor, target)) not in aliases.distinct and named_in_context(store, actor, surname, offices=office_holders):
                links[actor] = target
    return links


# Articles to re-extract before worker processes pay for their start-up (each loads the pipeline).
PARALLEL_REEXTRACT = 200


def reextract(store: Any, doc_ids: Iterable[str], aliases: Aliases, *, model: str | None = None, run: dict | None = None,
              workers: int = 1, progress: Callable[[str], Any] | None = None) -> int:
    """Re-extract stored articles with the given aliases and replace their graphs.

    With ``workers`` > 1 and many articles (a new surname link in a large store touches every
    article that names the person), extraction runs in that many processes like the build's.
    ``progress`` is called with each re-extracted article's id.
    """
    from kg.api import extract_articles
    from kg.errors import KgError

    doc_ids = list(doc_ids)
    articles = (a for a in (stored_article(store, d) for d in doc_ids) if a is not None)
    failures: list = []
    if workers > 1 and len(doc_ids) >= PARALLEL_REEXTRACT:
        from kg.parallel import extract_in_processes

        results = extract_in_processes(articles, workers=workers, model=model, on_error=failures.append)
    else:
        results = extract_articles(articles, model=model)
    changed = 0
    for result in results:
        changed += store.add_document(apply_aliases(result, aliases), run=run)
        if progress:
            progress(result.id)
    if failures:
        raise KgError(f"{failures[0].source}: re-extraction for new actor links failed: {failures[0].reason}")
    return changed


def reconcile(store: Any, aliases: Aliases, *, model: str | None = None, run: dict | None = None, workers: int = 1,
              on_relink: Callable[[int], Callable[[str], Any] | None] | None = None) -> int:
    """Refresh automatic surname links; re-extract articles whose links changed (in ``workers``
    processes). Returns how many.

    On a large store this can take minutes (every article naming a newly linked person):
    ``on_relink`` is told how many articles will be re-extracted and may return a callback
    that is called with each one's id, e.g. to drive a progress bar.
    """
    links = surname_links(store, aliases)
    new = {k: v for k, v in links.items() if aliases.auto.get(k) != v}
    if not new:
        return 0
    labels = actor_labels(store)
    aliases.auto.update(new)
    aliases.labels.update({t: labels[t] for t in new.values() if t in labels and t not in aliases.labels})
    if str(store.path) != ":memory:":
        saved = store_aliases(store)
        saved.auto.update(new)
        saved.labels.update({t: labels[t] for t in new.values() if t in labels and t not in saved.labels})
        saved.save(store_aliases_path(store))
    affected = articles_mentioning(store, new)
    progress = on_relink(len(affected)) if on_relink and affected else None
    return reextract(store, affected, aliases, model=model, run=run, workers=workers, progress=progress)


def merge_actors(store: Any, keep: str, alias: str, *, label: str | None = None, model: str | None = None) -> int:
    """Merge actor ``alias`` into ``keep`` for good (saved in the store's aliases.yml)."""
    aliases = store_aliases(store)
    aliases.merge(keep, alias, label or aliases.labels.get(keep) or actor_labels(store).get(keep) or _label_of(store, keep))
    aliases.save(store_aliases_path(store))
    return reextract(store, articles_mentioning(store, [alias, keep]), aliases, model=model)


def _label_of(store: Any, actor: str) -> str | None:
    rows = list(store.query("SELECT (SAMPLE(?l) AS ?label) WHERE { ?a rdfs:label ?l }", bindings={"a": actor_iri(actor)}))
    return str(rows[0]["label"]) if rows and rows[0]["label"] else None


def split_actors(store: Any, actor: str, other: str | None = None, *, model: str | None = None) -> tuple[list[str], int]:
    """Undo merges of ``actor`` (with ``other`` only, if given) and keep them apart from now on."""
    aliases = store_aliases(store)
    undone = aliases.split(actor, other)
    aliases.save(store_aliases_path(store))
    affected = articles_mentioning(store, [actor, *undone, *([other] if other else [])])
    return undone, reextract(store, affected, aliases, model=model)
