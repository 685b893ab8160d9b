"""The networks kg exports, built from the store as networkx multigraphs.

Projections (``--projection``):

- ``actors``: actors as nodes; one edge per pair of actors *and event type* they share (GEXF's
  edge ``kind``), so a Call and an Agreement between the same pair are two parallel edges.
  ``weight`` counts the events of that type; ``pair_events`` counts all the pair's events.
- ``bipartite``: actors and events as two node kinds (``node_kind``); an edge per actor, event
  and role (``kind`` = initiator, recipient, participant, speaker).
- ``events``: events as nodes, joined when they share actors (``weight`` = shared actors).
- ``query``: the result of a SPARQL SELECT (``?source ?target`` and optional ``?weight``,
  ``?type``, ``?date``, ``?source_label``, ``?target_label``) or CONSTRUCT (IRI objects become
  edges whose kind is the predicate; literal objects become node attributes).

Every attribute is a plain ``str``/``int``/``float``/``bool`` (IRIs as ``str``), which every
writer can take as it is. Two keys are reserved for the writers: ``kind`` on edges, and
``spells`` on nodes and edges, a list of ``(start, end)`` ISO dates, closed intervals that the
dynamic formats turn into Gephi's timeline.

Limits: a date of month or year precision spans the whole month or year; an event without a
date takes the publication date of the earliest article that reports it (``dated_by`` says
which); with neither it has no spell and Gephi shows it at every time. SELECT results are
undirected, CONSTRUCT results directed.
"""

from __future__ import annotations

import calendar
import difflib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import ExportError, KgError

__all__ = [
    "ALL_TYPES",
    "EVENT_TYPES",
    "PROJECTIONS",
    "Actor",
    "Event",
    "NetworkOptions",
    "build_network",
    "date_span",
    "format_intervals",
]

EVENT_TYPES = ("Call", "Visit", "Meeting", "Agreement", "Invitation", "Negotiation")
ALL_TYPES = EVENT_TYPES + ("Statement",)
PROJECTIONS = ("actors", "bipartite", "events")
ROLES = ("initiator", "recipient", "participant", "speaker")

PREFIXES = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX gaf: <http://groundedannotationframework.org/gaf#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
"""

EVENTS_QUERY = PREFIXES + """
SELECT ?event ?class ?g ?status ?date ?label ?sentence ?place ?published WHERE {
  GRAPH ?g {
    ?event a ?class ; kg:status ?status .
    OPTIONAL { ?event kg:date ?date }
    OPTIONAL { ?event rdfs:label ?label }
    OPTIONAL { ?event gaf:denotedBy/nif:anchorOf ?sentence }
    OPTIONAL { ?event kg:place ?place }
  }
  VALUES ?class { %s }
  OPTIONAL { GRAPH ?g { ?article schema:datePublished ?published } }
}
"""

PARTICIPANTS_QUERY = PREFIXES + """
SELECT DISTINCT ?event ?actor ?role WHERE {
  { ?event kg:hasParticipation ?p . ?p kg:actor ?actor ; kg:role ?role }
  UNION
  { ?event kg:hasParticipant ?actor }
}
"""

# Several small queries instead of one with many OPTIONALs: their cross product is slow.
ACTOR_QUERIES = {
    "base": "SELECT DISTINCT ?actor ?class ?value WHERE { ?actor a ?class ; rdfs:label ?value . "
            "VALUES ?class { kg:Person kg:Organization kg:Country kg:Place } }",
    "mentions": "SELECT ?actor (COUNT(DISTINCT ?m) AS ?value) WHERE { ?actor a ?class ; gaf:denotedBy ?m . "
                "VALUES ?class { kg:Person kg:Organization kg:Country kg:Place } } GROUP BY ?actor",
    "country": "SELECT DISTINCT ?actor ?value WHERE { { ?actor kg:country/kg:isoCode ?value } UNION "
               "{ ?actor a kg:Country ; kg:isoCode ?value } }",
    "roles": "SELECT DISTINCT ?actor ?value WHERE { { ?actor kg:holdsOffice ?o } UNION { ?o kg:holder ?actor } "
             "?o kg:roleName ?value }",
    "aliases": "SELECT DISTINCT ?actor ?value WHERE { ?actor a ?class ; skos:altLabel ?value . "
               "VALUES ?class { kg:Person kg:Organization kg:Country kg:Place } }",
    "wikidata": "SELECT DISTINCT ?actor ?value WHERE { ?actor a ?class ; schema:sameAs ?value . "
                "VALUES ?class { kg:Person kg:Organization kg:Country kg:Place } }",
}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]*$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass
class Actor:
    """An actor as the store knows it."""

    iri: str
    label: str
    type: str
    country: str = ""
    mentions: int = 0
    roles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    wikidata: str = ""


@dataclass
class Event:
    """An event merged over the articles that report it (one IRI, possibly several graphs)."""

    iri: str
    type: str
    label: str = ""
    dates: set[str] = field(default_factory=set)
    published: set[str] = field(default_factory=set)
    statuses: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    evidence: list[str] = field(default_factory=list)
    place: str = ""
    participants: dict[str, set[str]] = field(default_factory=dict)  # actor IRI -> roles

    @property
    def date(self) -> str:
        """The event's own date (the most precise one if articles differ), else ''."""
        return max(sorted(self.dates), key=len) if self.dates else ""

    @property
    def dated_by(self) -> str:
        return "event" if self.dates else ("article" if self.published else "")

    @property
    def span(self) -> tuple[str, str] | None:
        """The closed interval (start, end) the event occupies on the timeline."""
        if self.dates:
            return date_span(self.date)
        if self.published:
            day = min(self.published)
            return (day, day)
        return None


@dataclass
class NetworkOptions:
    """What to export; each field is one ``kg export`` option."""

    projection: str = "actors"
    types: tuple[str, ...] | None = None
    since: str | None = None
    until: str | None = None
    min_weight: float | None = None
    actor: str | None = None
    depth: int = 1
    query: str | Path | None = None


# ---------------------------------------------------------------------- small helpers
def text(value: Any) -> str:
    """A str safe for XML (no control characters), whitespace kept."""
    return _CONTROL.sub(" ", str(value))


def _local(iri: Any) -> str:
    s = str(iri)
    return s.rsplit("#", 1)[-1] if "#" in s else s.rstrip("/").rsplit("/", 1)[-1]


def date_span(value: str, *, option: str | None = None) -> tuple[str, str]:
    """``2025-03-18`` -> (2025-03-18, 2025-03-18); ``2025-03`` -> the month; ``2025`` -> the year."""
    m = _DATE.match(value.strip()[:10]) if value else None
    if m is None or (m.group(2) and not 1 <= int(m.group(2)) <= 12):
        where = f"{option} {value!r}" if option else f"date {value!r}"
        raise ExportError(f"{where}: not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = m.group(1), m.group(2), m.group(3)
    if day:
        if not 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1]:
            where = f"{option} {value!r}" if option else f"date {value!r}"
            raise ExportError(f"{where}: no such day; write YYYY-MM-DD, YYYY-MM or YYYY")
        return (f"{year}-{month}-{day}", f"{year}-{month}-{day}")
    if month:
        last = calendar.monthrange(int(year), int(month))[1]
        return (f"{year}-{month}-01", f"{year}-{month}-{last:02d}")
    return (f"{year}-01-01", f"{year}-12-31")


def merge_spells(spells: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Sorted, with overlapping intervals merged (Gephi wants disjoint intervals)."""
    out: list[list[str]] = []
    for start, end in sorted(set(spells)):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(a, b) for a, b in out]


def format_intervals(spells: Iterable[tuple[str, str]]) -> str:
    """Gephi's interval-set syntax: ``<[2025-03-18, 2025-03-18]; [2025-03-20, 2025-03-20]>``."""
    spells = list(spells)
    return "<" + "; ".join(f"[{a}, {b}]" for a, b in spells) + ">" if spells else ""


def _join(values: Iterable[Any], sep: str = "; ") -> str:
    seen: dict[str, None] = {}
    for v in values:
        if v not in (None, ""):
            seen.setdefault(text(v), None)
    return sep.join(seen)


def parse_types(types: Iterable[str] | None) -> tuple[str, ...]:
    """Check ``--type`` names (case-insensitive) against the ontology's event types."""
    if not types:
        return EVENT_TYPES
    by_lower = {t.lower(): t for t in ALL_TYPES}
    out = []
    for name in types:
        name = name.strip()
        if not name:
            continue
        if name.lower() not in by_lower:
            raise ExportError(f"--type {name!r}: unknown event type; choose from {', '.join(ALL_TYPES)}")
        out.append(by_lower[name.lower()])
    if not out:
        raise ExportError(f"--type: no event type given; choose from {', '.join(ALL_TYPES)}")
    return tuple(dict.fromkeys(out))


# ---------------------------------------------------------------------- reading the store
def load_actors(store: Any) -> dict[str, Actor]:
    rows = {name: list(store.query(PREFIXES + sparql)) for name, sparql in ACTOR_QUERIES.items()}
    actors: dict[str, Actor] = {}
    for row in rows["base"]:
        iri = str(row["actor"])
        if iri not in actors:
            actors[iri] = Actor(iri=iri, label=text(row["value"]), type=_local(row["class"]))
    extra: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for name in ("country", "roles", "aliases", "wikidata"):
        for row in rows[name]:
            extra[str(row["actor"])][name].add(text(row["value"]))
    for row in rows["mentions"]:
        if str(row["actor"]) in actors:
            actors[str(row["actor"])].mentions = int(row["value"])
    for iri, actor in actors.items():
        values = extra.get(iri, {})
        actor.country = min(values.get("country", {""}))
        actor.roles = tuple(sorted(values.get("roles", ())))
        actor.aliases = tuple(sorted(values.get("aliases", set()) - {actor.label}))
        actor.wikidata = min(values.get("wikidata", {""}))
    return actors


def load_events(store: Any, types: tuple[str, ...]) -> dict[str, Event]:
    values = " ".join(f"kg:{t}" for t in types)
    events: dict[str, Event] = {}
    for row in store.query(EVENTS_QUERY % values):
        iri = str(row["event"])
        event = events.get(iri)
        if event is None:
            event = events[iri] = Event(iri=iri, type=_local(row["class"]))
        event.statuses.add(_local(row["status"]).lower())
        event.articles.add(str(row["g"]))
        if row["date"]:
            event.dates.add(str(row["date"]))
        if row["published"]:
            event.published.add(str(row["published"])[:10])
        if row["label"] and not event.label:
            event.label = text(row["label"])
        if row["sentence"]:
            sentence = " ".join(text(row["sentence"]).split())
            if sentence not in event.evidence:
                event.evidence.append(sentence)
        if row["place"] and not event.place:
            event.place = str(row["place"])
    for row in store.query(PARTICIPANTS_QUERY):
        event = events.get(str(row["event"]))
        if event is None:
            continue
        roles = event.participants.setdefault(str(row["actor"]), set())
        if row["role"] is not None:
            role = _local(row["role"]).lower()
            if role in ROLES:
                roles.add(role)
            elif role == "source":  # kg:accordingTo: the report's source, not a participant
                roles.add("source")
    for event in events.values():
        for actor, roles in list(event.participants.items()):
            if roles == {"source"}:
                del event.participants[actor]
            else:
                roles.discard("source")
                if not roles:
                    roles.add("participant")
    return events


def _filter_dates(events: dict[str, Event], since: str | None, until: str | None) -> dict[str, Event]:
    if not since and not until:
        return events
    lo = date_span(since, option="--since")[0] if since else "0000-01-01"
    hi = date_span(until, option="--until")[1] if until else "9999-12-31"
    if lo > hi:
        raise ExportError(f"--since {since} is after --until {until}; swap them")
    kept = {}
    for iri, event in events.items():
        span = event.span  # the whole span must lie inside: an event known only as "2025" is not one of 18-19 March
        if span is not None and span[0] >= lo and span[1] <= hi:
            kept[iri] = event
    return kept


# ---------------------------------------------------------------------- projections
def _actor_attrs(actor: Actor) -> dict[str, Any]:
    attrs: dict[str, Any] = {"label": actor.label, "node_kind": "actor", "actor_type": actor.type,
                             "mentions": actor.mentions}
    if actor.country:
        attrs["country"] = actor.country
    if actor.roles:
        attrs["roles"] = _join(actor.roles)
    if actor.aliases:
        attrs["aliases"] = _join(actor.aliases)
    if actor.wikidata:
        attrs["wikidata"] = actor.wikidata
    return attrs


def _event_label(event: Event, actors: dict[str, Actor]) -> str:
    if event.label:
        return event.label
    names = sorted(actors[a].label for a in event.participants if a in actors)
    return f"{event.type}: {' – '.join(names)}" + (f" ({event.date})" if event.date else "")


def _event_attrs(event: Event, actors: dict[str, Actor]) -> dict[str, Any]:
    attrs: dict[str, Any] = {
        "label": _event_label(event, actors),
        "node_kind": "event",
        "event_type": event.type,
        "status": _join(sorted(event.statuses)),
        "articles": len(event.articles),
        "evidence": _join(event.evidence, " | "),
        "participants": _join(
            f"{actors[a].label} ({', '.join(sorted(r))})" for a, r in sorted(event.participants.items()) if a in actors
        ),
    }
    if event.date:
        attrs["date"] = event.date
    if event.dated_by:
        attrs["dated_by"] = event.dated_by
    if event.place:
        attrs["place"] = actors[event.place].label if event.place in actors else event.place
    span = event.span
    if span:
        attrs["spells"] = [span]
    return attrs


def _add_actor_timing(graph: nx.Graph, node: str, events: Iterable[Event]) -> None:
    events = list(events)
    spans = [e.span for e in events if e.span]
    data = graph.nodes[node]
    data["events"] = len(events)
    data["event_types"] = _join(sorted({e.type for e in events}))
    if spans:
        data["spells"] = merge_spells(spans)
        data["first_date"] = min(s[0] for s in spans)
        data["last_date"] = max(s[1] for s in spans)


def actor_projection(events: dict[str, Event], actors: dict[str, Actor]) -> nx.MultiGraph:
    graph = nx.MultiGraph(name="kg actor network", projection="actors")
    by_actor: dict[str, list[Event]] = defaultdict(list)
    pairs: dict[tuple[str, str, str], list[Event]] = defaultdict(list)
    for event in events.values():
        members = sorted(a for a in event.participants if a in actors)
        for a in members:
            by_actor[a].append(event)
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pairs[(a, b, event.type)].append(event)
    pair_totals: dict[tuple[str, str], set[str]] = defaultdict(set)
    pair_types: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (a, b, kind), evs in pairs.items():
        pair_totals[(a, b)].update(e.iri for e in evs)
        pair_types[(a, b)].add(kind)
    for (a, b, kind), evs in sorted(pairs.items()):
        for node in (a, b):
            if node not in graph:
                graph.add_node(node, **_actor_attrs(actors[node]))
        spans = [e.span for e in evs if e.span]
        dates = sorted({e.date or (e.span[0] if e.span else "") for e in evs} - {""})
        roles = _join(
            f"{actors[x].label}: {role}" for e in evs for x in (a, b) for role in sorted(e.participants.get(x, ()))
        )
        attrs: dict[str, Any] = {
            "kind": kind,
            "label": kind,
            "event_type": kind,
            "weight": float(len(evs)),
            "events": len(evs),
            "pair_events": len(pair_totals[(a, b)]),
            "pair_types": _join(sorted(pair_types[(a, b)])),
            "dates": _join(dates),
            "status": _join(sorted({s for e in evs for s in e.statuses})),
            "roles": roles,
            "articles": len({g for e in evs for g in e.articles}),
            "evidence": _join((s for e in evs for s in e.evidence), " | "),
            "event_ids": _join(sorted(e.iri for e in evs), " "),
        }
        if spans:
            attrs["spells"] = merge_spells(spans)
            attrs["first_date"] = min(s[0] for s in spans)
            attrs["last_date"] = max(s[1] for s in spans)
        graph.add_edge(a, b, key=f"{a}|{b}|{kind}", **attrs)
    for node in graph:
        _add_actor_timing(graph, node, by_actor[node])
    return graph


def bipartite_projection(events: dict[str, Event], actors: dict[str, Actor]) -> nx.MultiGraph:
    graph = nx.MultiGraph(name="kg actors and events", projection="bipartite")
    by_actor: dict[str, list[Event]] = defaultdict(list)
    for event in sorted(events.values(), key=lambda e: e.iri):
        members = [a for a in sorted(event.participants) if a in actors]
        if not members:
            continue
        graph.add_node(event.iri, **_event_attrs(event, actors))
        for actor in members:
            by_actor[actor].append(event)
            if actor not in graph:
                graph.add_node(actor, **_actor_attrs(actors[actor]))
            for role in sorted(event.participants[actor]):
                attrs: dict[str, Any] = {"kind": role, "label": role, "role": role, "event_type": event.type,
                                         "weight": 1.0}
                if event.span:
                    attrs["spells"] = [event.span]
                    attrs["date"] = event.date or event.span[0]
                graph.add_edge(actor, event.iri, key=f"{actor}|{event.iri}|{role}", **attrs)
    for node, data in graph.nodes(data=True):
        if data["node_kind"] == "actor":
            _add_actor_timing(graph, node, by_actor[node])
    return graph


def event_projection(events: dict[str, Event], actors: dict[str, Actor]) -> nx.MultiGraph:
    graph = nx.MultiGraph(name="kg event network", projection="events")
    by_actor: dict[str, list[str]] = defaultdict(list)
    for event in sorted(events.values(), key=lambda e: e.iri):
        members = [a for a in sorted(event.participants) if a in actors]
        if not members:
            continue
        graph.add_node(event.iri, **_event_attrs(event, actors))
        for actor in members:
            by_actor[actor].append(event.iri)
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for actor, iris in by_actor.items():
        for i, a in enumerate(iris):
            for b in iris[i + 1 :]:
                shared[(a, b) if a < b else (b, a)].append(actor)
    for (a, b), members in sorted(shared.items()):
        attrs: dict[str, Any] = {
            "weight": float(len(members)),
            "shared_actors": _join(sorted(actors[m].label for m in members)),
            "label": _join(sorted(actors[m].label for m in members)),
        }
        spans = [s for s in (events[a].span, events[b].span) if s]
        if spans:
            attrs["spells"] = [(min(s[0] for s in spans), max(s[1] for s in spans))]
        graph.add_edge(a, b, key=f"{a}|{b}", **attrs)
    return graph


# ---------------------------------------------------------------------- --query
def _read_query(query: str | Path) -> tuple[str, str]:
    """The text of ``--query``: a .rq file, or the name of a saved query in queries/."""
    path = Path(query)
    if path.is_file():
        try:
            return path.read_text(encoding="utf-8"), str(path)
        except (OSError, UnicodeDecodeError) as e:
            raise ExportError(f"--query: cannot read the file: {e}", source=path) from e
    from kg.query import saved_queries

    saved = saved_queries()
    if str(query) in saved:
        return saved[str(query)].text, str(saved[str(query)].path)
    raise ExportError(
        f"--query {query}: no such file and no saved query of that name; give a .rq file "
        f"(SELECT ?source ?target [?weight ?type ?date], or CONSTRUCT) or one of: {', '.join(sorted(saved))}"
    )


def _labels(store: Any, iris: set[str]) -> dict[str, dict[str, str]]:
    """Label and type of the IRIs that the store describes (actors and events)."""
    if not iris:
        return {}
    values = " ".join(f"<{i}>" for i in sorted(iris) if _ABSOLUTE_IRI.match(i))
    sparql = PREFIXES + f"""
SELECT ?x (SAMPLE(?l) AS ?label) (SAMPLE(?c) AS ?class) WHERE {{
  VALUES ?x {{ {values} }}
  OPTIONAL {{ ?x rdfs:label ?l }}
  OPTIONAL {{ ?x a ?c . FILTER(STRSTARTS(STR(?c), STR(kg:))) }}
}} GROUP BY ?x"""
    out: dict[str, dict[str, str]] = {}
    for row in store.query(sparql):
        info: dict[str, str] = {}
        if row["label"]:
            info["label"] = text(row["label"])
        if row["class"]:
            cls = _local(row["class"])
            if cls in ("Person", "Organization", "Country", "Place"):
                info["actor_type"] = cls
                info["node_kind"] = "actor"
            elif cls in ALL_TYPES:
                info["event_type"] = cls
                info["node_kind"] = "event"
        out[str(row["x"])] = info
    return out


def _number(value: Any, source: str) -> float:
    try:
        return float(value)
    except (TypeError, ValueError) as e:
        raise ExportError(f"--query: ?weight {value!r} is not a number; bind ?weight to a count or a decimal", source=source) from e


def query_projection(store: Any, query: str | Path, opts: NetworkOptions) -> nx.Graph:
    sparql, source = _read_query(query)
    try:
        result = store.query(sparql)
    except KgError as e:
        raise ExportError(f"--query: {e.reason}; fix the query and run it with 'kg query FILE' first", source=source) from e
    if result.type == "CONSTRUCT":
        return _construct_graph(store, result.graph, source)
    if result.type != "SELECT":
        raise ExportError("--query: an ASK query has no graph; write a SELECT ?source ?target … or a CONSTRUCT", source=source)
    names = {str(v) for v in result.vars or []}
    if not {"source", "target"} <= names:
        raise ExportError(
            f"--query: the SELECT has {', '.join('?' + n for n in sorted(names)) or 'no variables'}; "
            "it needs ?source and ?target (optional: ?weight, ?type, ?date, ?source_label, ?target_label)",
            source=source,
        )
    wanted = set(parse_types(opts.types)) if opts.types else None
    lo = date_span(opts.since, option="--since")[0] if opts.since else None
    hi = date_span(opts.until, option="--until")[1] if opts.until else None
    graph = nx.MultiGraph(name=f"kg query {Path(source).name}", projection="query")
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    given_labels: dict[str, str] = {}
    for row in result:
        s, t = row["source"], row["target"]
        if s is None or t is None:
            continue
        a, b = sorted((str(s), str(t)))
        kind = _local(row["type"]) if "type" in names and row["type"] is not None else ""
        if wanted is not None and kind and kind not in wanted:
            continue
        span = None
        if "date" in names and row["date"] is not None:
            try:
                span = date_span(str(row["date"])[:10])
            except ExportError:
                span = None
        if (lo or hi) and (span is None or (lo and span[0] < lo) or (hi and span[1] > hi)):  # inside, as _filter_dates
            continue
        weight = 1.0
        for var in ("weight", "events"):
            if var in names and row[var] is not None:
                weight = _number(row[var], source)
                break
        for var, node in (("source_label", str(s)), ("target_label", str(t))):
            if var in names and row[var] is not None:
                given_labels[node] = text(row[var])
        edge = edges.setdefault((a, b, kind), {"weight": 0.0, "spells": [], "rows": 0})
        edge["weight"] += weight
        edge["rows"] += 1
        if span:
            edge["spells"].append(span)
    info = _labels(store, {n for a, b, _ in edges for n in (a, b)})
    for a, b, kind in sorted(edges):
        for node in (a, b):
            if node not in graph:
                attrs = {"label": node.rsplit("/", 1)[-1], "node_kind": "value"} | info.get(node, {})
                if node in given_labels:
                    attrs["label"] = given_labels[node]
                graph.add_node(node, **attrs)
        data = edges[(a, b, kind)]
        attrs = {"weight": data["weight"], "rows": data["rows"]}
        if kind:
            attrs.update(kind=kind, label=kind, event_type=kind)
        if data["spells"]:
            attrs["spells"] = merge_spells(data["spells"])
            attrs["first_date"] = attrs["spells"][0][0]
            attrs["last_date"] = attrs["spells"][-1][1]
        graph.add_edge(a, b, key=f"{a}|{b}|{kind}", **attrs)
    return graph


def _construct_graph(store: Any, triples: Any, source: str) -> nx.MultiDiGraph:
    from rdflib import RDF, RDFS, Literal

    graph = nx.MultiDiGraph(name=f"kg query {Path(source).name}", projection="query")
    literals: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    spells: dict[str, list[tuple[str, str]]] = defaultdict(list)
    edges: dict[tuple[str, str, str], str] = {}
    classes: dict[str, str] = {}
    for s, p, o in triples:
        subject = str(s)
        if p == RDF.type:
            classes.setdefault(subject, _local(o))
            continue
        if isinstance(o, Literal):
            key = "label" if p == RDFS.label else re.sub(r"\W+", "_", _local(p)).strip("_") or "value"
            literals[subject][key].append(text(o))
            if o.datatype is not None and _local(o.datatype) in ("date", "gYearMonth", "gYear"):
                try:
                    spells[subject].append(date_span(str(o)))
                except ExportError:
                    pass
            continue
        edges[(subject, str(o), _local(p))] = str(p)
    nodes = set(literals) | {n for a, b, _ in edges for n in (a, b)} | set(classes)
    info = _labels(store, nodes)
    reserved = {"label", "kind", "spells", "weight", "id"}
    for node in sorted(nodes):
        attrs: dict[str, Any] = {"label": node.rsplit("/", 1)[-1], "node_kind": "resource"} | info.get(node, {})
        if node in classes:
            attrs["rdf_type"] = classes[node]
        for key, values in literals.get(node, {}).items():
            if key == "label":
                attrs["label"] = values[0]
            elif key not in reserved:
                attrs[key] = _join(values)
        if spells.get(node):
            attrs["spells"] = merge_spells(spells[node])
        graph.add_node(node, **attrs)
    for (a, b, kind), predicate in sorted(edges.items()):
        graph.add_edge(a, b, key=f"{a}|{b}|{kind}", kind=kind, label=kind, predicate=predicate, weight=1.0)
    return graph


# ---------------------------------------------------------------------- filters after building
def _resolve_actor(name: str, actors: dict[str, Actor], graph: nx.Graph) -> str:
    """``--actor``: an IRI, the end of one (``person/donald-trump``), a label or an alias."""
    wanted = name.strip()
    if wanted in graph or wanted in actors:
        return wanted
    candidates = {a.iri: a.label for a in actors.values()}
    for node, data in graph.nodes(data=True):
        candidates.setdefault(str(node), str(data.get("label", node)))
    matches = [iri for iri in candidates if iri.endswith("/" + wanted.strip("/"))]
    if not matches:
        low = wanted.casefold()
        matches = [iri for iri, label in candidates.items() if label.casefold() == low]
        matches += [a.iri for a in actors.values() if low in (x.casefold() for x in a.aliases) and a.iri not in matches]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise ExportError(f"--actor {name!r} matches several actors ({', '.join(sorted(matches))}); give the IRI")
    close = difflib.get_close_matches(wanted, sorted(set(candidates.values())), n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else "; list them with 'kg query actors'"
    raise ExportError(f"--actor {name!r}: no actor with this label or IRI{hint}")


def _ego(graph: nx.Graph, events: dict[str, Event] | None, iri: str, depth: int, projection: str, name: str) -> nx.Graph:
    if projection == "events":
        known = events or {}
        seeds = {e for e in graph if e in known and iri in known[e].participants}
        if not seeds:
            raise ExportError(f"--actor {name!r} takes part in no event of this export; widen --type, --since or --until")
        keep = set(seeds)
        frontier = set(seeds)
        for _ in range(depth - 1):
            frontier = {n for f in frontier for n in graph.neighbors(f)} - keep
            keep |= frontier
        return graph.subgraph(keep).copy()
    if iri not in graph:
        raise ExportError(
            f"--actor {name!r} takes part in no event of this export; widen --type, --since or --until, or lower --min-weight"
        )
    radius = 2 * depth if projection == "bipartite" else depth
    undirected = graph.to_undirected(as_view=True) if graph.is_directed() else graph
    keep = nx.single_source_shortest_path_length(undirected, iri, cutoff=radius)
    return graph.subgraph(keep).copy()


def _finish(graph: nx.Graph) -> nx.Graph:
    """Degrees and the graph's time range, computed on what is exported."""
    for node, data in graph.nodes(data=True):
        data["degree"] = len(set(graph.neighbors(node)) - {node}) if not graph.is_directed() else len(
            set(graph.successors(node)) | set(graph.predecessors(node))
        )
        data["weighted_degree"] = float(sum(d.get("weight", 1.0) for *_, d in graph.edges(node, data=True)))
    starts = [s for _, d in graph.nodes(data=True) for s, _ in d.get("spells", [])]
    starts += [s for *_, d in graph.edges(data=True) for s, _ in d.get("spells", [])]
    ends = [e for _, d in graph.nodes(data=True) for _, e in d.get("spells", [])]
    ends += [e for *_, d in graph.edges(data=True) for _, e in d.get("spells", [])]
    if starts:
        graph.graph["start"] = min(starts)
        graph.graph["end"] = max(ends)
    return graph


def build_network(store: Any, options: NetworkOptions | None = None) -> nx.Graph:
    """The graph ``kg export`` writes: a projection of the store, filtered as ``options`` say."""
    opts = options or NetworkOptions()
    if opts.depth < 1:
        raise ExportError(f"--depth {opts.depth}: must be 1 or more (1 = the actor and its direct partners)")
    if opts.min_weight is not None and opts.min_weight < 0:
        raise ExportError(f"--min-weight {opts.min_weight}: must be 0 or more")
    if opts.depth != 1 and not opts.actor:
        raise ExportError("--depth needs --actor: give the actor whose network to export")
    actors: dict[str, Actor] = {}
    events: dict[str, Event] | None = None
    if opts.query is not None:
        graph = query_projection(store, opts.query, opts)
        projection = "query"
    else:
        if opts.projection not in PROJECTIONS:
            raise ExportError(f"--projection {opts.projection!r}: choose one of {', '.join(PROJECTIONS)}")
        projection = opts.projection
        types = parse_types(opts.types)
        actors = load_actors(store)
        events = _filter_dates(load_events(store, types), opts.since, opts.until)
        build = {"actors": actor_projection, "bipartite": bipartite_projection, "events": event_projection}[projection]
        graph = build(events, actors)
    if opts.min_weight is not None:
        graph.remove_edges_from([(a, b, k) for a, b, k, w in graph.edges(keys=True, data="weight") if (w or 0) < opts.min_weight])
        graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    if opts.actor:
        iri = _resolve_actor(opts.actor, actors, graph)
        graph = _ego(graph, events, iri, opts.depth, projection, opts.actor)
        graph.graph["ego"] = iri
        graph.graph["depth"] = opts.depth
    graph.graph["projection"] = projection
    if graph.number_of_nodes() == 0:
        given = [name for name, value in (("--type", opts.types), ("--since", opts.since), ("--until", opts.until),
                                          ("--min-weight", opts.min_weight)) if value]
        if opts.query is not None:
            raise ExportError(f"--query {opts.query}: the result has no rows with ?source and ?target bound; "
                              "check the query with 'kg query FILE'")
        hint = f"; widen {', '.join(given)}" if given else "; build the store from articles first ('kg build PATH')"
        what = {"actors": "actor network", "bipartite": "actor-event network", "events": "event network"}[projection]
        raise ExportError(f"nothing to export: no {what} matches{hint}")
    return _finish(graph)
