"""Content negotiation for the SPARQL endpoint: which serialisation a client gets.

The ``Accept`` header decides (q-values honoured, wildcards allowed), unless the request names a
format with ``format=`` or ``output=`` (what Virtuoso and SPARQLWrapper send): a short name
(``json``, ``xml``, ``csv``, ``tsv``, ``turtle``, ``nt``, ``jsonld``, ``rdfxml``, ``html``) or a
media type. SELECT and ASK answer in SPARQL results formats, CONSTRUCT and DESCRIBE in RDF
formats; ``text/html`` is the browser's table. Plain standard library, so the query workers
import it cheaply.
"""

from __future__ import annotations

RESULTS = "results"  # SELECT, ASK
GRAPH = "graph"  # CONSTRUCT, DESCRIBE
HTML = "text/html"

# Server preference order: the first is the default for */*.
RESULT_TYPES = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
    HTML,
)
GRAPH_TYPES = ("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml", HTML)
SERVICE_TYPES = GRAPH_TYPES

# Media types clients use for the same thing.
ALIASES = {
    "application/json": "application/sparql-results+json",
    "text/javascript": "application/sparql-results+json",
    "application/javascript": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "application/turtle": "text/turtle",
    "application/x-turtle": "text/turtle",
    "text/n3": "text/turtle",
    "text/rdf+n3": "text/turtle",
    "application/n3": "text/turtle",
    "text/plain": "application/n-triples",
    "application/x-json+ld": "application/ld+json",
}
GRAPH_ALIASES = {  # the same names mean an RDF format for CONSTRUCT/DESCRIBE
    "application/json": "application/ld+json",
    "application/xml": "application/rdf+xml",
    "text/xml": "application/rdf+xml",
}

# format=/output= short names: (for SELECT/ASK, for CONSTRUCT/DESCRIBE)
FORMAT_NAMES = {
    "json": ("application/sparql-results+json", "application/ld+json"),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv", None),
    "tsv": ("text/tab-separated-values", None),
    "turtle": (None, "text/turtle"),
    "ttl": (None, "text/turtle"),
    "n3": (None, "text/turtle"),
    "nt": (None, "application/n-triples"),
    "ntriples": (None, "application/n-triples"),
    "n-triples": (None, "application/n-triples"),
    "jsonld": (None, "application/ld+json"),
    "json-ld": (None, "application/ld+json"),
    "rdfxml": (None, "application/rdf+xml"),
    "rdf+xml": (None, "application/rdf+xml"),
    "html": (HTML, HTML),
}


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """``Accept`` as ``[(media_range, q), ...]``; a missing header means ``*/*``."""
    ranges = []
    for part in (header or "*/*").split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges or [("*/*", 1.0)]


def _q(candidate: str, accept: list[tuple[str, float]], kind: str) -> float:
    """The q of the most specific range that matches ``candidate`` (0 if none)."""
    best, best_rank = 0.0, -1
    major = candidate.split("/", 1)[0]
    aliases = {**ALIASES, **GRAPH_ALIASES} if kind == GRAPH else ALIASES
    for media, q in accept:
        media = aliases.get(media, media)
        if media == candidate:
            rank = 2
        elif media == f"{major}/*":
            rank = 1
        elif media == "*/*":
            rank = 0
        else:
            continue
        if candidate == HTML and rank < 2:
            continue  # only a client that asks for HTML by name gets the browser page
        if rank > best_rank:
            best, best_rank = q, rank
    return best


def choose(kind: str, accept: list[tuple[str, float]], formats: list[str] | None = None) -> str | None:
    """The media type to answer with for a result of ``kind`` (RESULTS, GRAPH); None: 406."""
    candidates = RESULT_TYPES if kind == RESULTS else GRAPH_TYPES
    for name in formats or []:
        name = name.strip().lower()
        if name in FORMAT_NAMES:
            picked = FORMAT_NAMES[name][0 if kind == RESULTS else 1]
        else:
            picked = (GRAPH_ALIASES.get(name) if kind == GRAPH else None) or ALIASES.get(name, name)
        if picked in candidates:
            return picked
    scored = [(_q(c, accept, kind), -i, c) for i, c in enumerate(candidates)]
    q, _, best = max(scored)
    return best if q > 0 else None


def wants_html(accept: list[tuple[str, float]]) -> bool:
    """True when a browser asks: ``text/html`` by name, preferred over every RDF/results type."""
    html = _q(HTML, accept, RESULTS)
    others = max(_q(c, accept, RESULTS) for c in RESULT_TYPES[:-1])
    return html > 0 and html >= others


__all__ = ["GRAPH", "GRAPH_TYPES", "HTML", "RESULTS", "RESULT_TYPES", "choose", "parse_accept", "wants_html"]
