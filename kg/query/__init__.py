"""Saved and ad-hoc SPARQL queries: load ``queries/*.rq``, bind parameters, format results.

A saved query starts with comment lines that document it::

    # title: Phone calls
    # answers: Who phoned whom, when ...
    # param: name string  the actor's label
    # option: event iri  only this event

A ``param`` is what the query asks about (offices_on_date needs a role and a day); an
``option`` narrows the answer when given and leaves the whole answer when not (event_evidence
for one event). Both are bound as values of the named variables (a ``VALUES`` block), never
pasted into the query text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import XSD, BNode, Literal, URIRef, Variable

from kg.errors import QueryError
from kg.rdf.terms import PREFIXES

QUERIES_DIR = Path(__file__).resolve().parents[2] / "queries"
FORMATS = ("table", "csv", "tsv", "json")
PARAM_TYPES = {"string": None, "iri": "iri", "date": XSD.date, "integer": XSD.integer, "year": XSD.gYear}


@dataclass
class SavedQuery:
    """A query file with its documented header."""

    name: str
    path: Path | None
    text: str
    title: str = ""
    answers: str = ""
    params: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (type, help)
    options: dict[str, tuple[str, str]] = field(default_factory=dict)  # optional params, same shape


@dataclass
class QueryResult:
    """Rows of a SELECT (or the boolean of an ASK, or triples of a CONSTRUCT)."""

    kind: str
    variables: list[str]
    rows: list[dict[str, Any]]
    boolean: bool | None = None
    graph: Any = None


def saved_queries(folder: Path = QUERIES_DIR) -> dict[str, SavedQuery]:
    """Every ``*.rq`` in ``folder`` by name (file name without ``.rq``)."""
    return {p.stem: load_query(p) for p in sorted(folder.glob("*.rq"))}


def load_query(path: Path) -> SavedQuery:
    """Read a ``.rq`` file and parse its header comments."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise QueryError(f"cannot read query file: {e}", source=path) from e
    query = SavedQuery(name=path.stem, path=path, text=text)
    current = None
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        body = line[1:].strip()
        m = re.match(r"(title|answers|param|option):\s*(.*)", body)
        if m:
            current = m.group(1)
            if current in ("param", "option"):
                parts = m.group(2).split(None, 2)
                if len(parts) < 2 or parts[1] not in PARAM_TYPES:
                    raise QueryError(f"bad '# {current}:' line, expected '# {current}: NAME TYPE help' with TYPE in {sorted(PARAM_TYPES)}", source=path)
                target = query.params if current == "param" else query.options
                target[parts[0]] = (parts[1], parts[2] if len(parts) > 2 else "")
            else:
                setattr(query, current, m.group(2))
        elif current in ("title", "answers") and body:
            setattr(query, current, getattr(query, current) + " " + body)
    return query


def resolve_query(text_or_path: str | Path) -> SavedQuery:
    """A path to a ``.rq`` file, the name of a saved query ("calls"), or SPARQL text."""
    candidate = str(text_or_path)
    if candidate.endswith(".rq") or (len(candidate) < 300 and "\n" not in candidate and Path(candidate).is_file()):
        path = Path(candidate)
        if not path.is_file():
            raise QueryError("no such query file", source=path)
        return load_query(path)
    saved = QUERIES_DIR / f"{candidate}.rq"
    if re.fullmatch(r"[A-Za-z0-9_\-]+", candidate) and saved.is_file():
        return load_query(saved)
    return SavedQuery(name="<query>", path=None, text=candidate)


def bind_params(query: SavedQuery, params: dict[str, str]) -> dict[str, Any]:
    """Typed rdflib terms for the given parameter values."""
    declared = {**query.options, **query.params}
    unknown = set(params) - set(declared)
    if unknown and query.path is not None:
        raise QueryError(f"unknown parameter(s) {sorted(unknown)}; this query takes {sorted(declared) or 'none'}", source=query.path)
    bindings: dict[str, Any] = {}
    for name, value in params.items():
        kind = declared.get(name, ("string", ""))[0]
        if kind == "iri":
            bindings[name] = URIRef(value)
        elif PARAM_TYPES[kind] is None:
            bindings[name] = Literal(value)
        else:
            bindings[name] = Literal(value, datatype=PARAM_TYPES[kind])
    return bindings


def run_query(store: Any, text_or_path: str | Path, *, params: dict[str, str] | None = None) -> QueryResult:
    """Run a query on an open :class:`kg.store.Store`."""
    query = resolve_query(text_or_path)
    try:
        result = store.query(query.text, bindings=bind_params(query, params or {}))
    except QueryError as e:
        raise QueryError(e.reason, source=query.path or "<query>") from e
    if result.type == "ASK":
        return QueryResult("ASK", [], [], boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult(result.type, [], [], graph=result.graph)
    variables = [str(v) for v in result.vars or []]
    keys = [Variable(v) for v in variables]
    rows = [{v: row.get(k) for v, k in zip(variables, keys)} for row in result.bindings]
    return QueryResult("SELECT", variables, rows)


def _short(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, ns in PREFIXES.items():
            if text.startswith(ns) and prefix not in ("rdf", "xsd"):
                return f"{prefix}:{text[len(ns):]}"
        return text
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def format_result(result: QueryResult, fmt: str = "table", *, max_width: int = 60) -> str:
    """Render a result as an aligned text table, CSV, TSV, or SPARQL 1.1 JSON results."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if result.kind == "ASK":
        return json.dumps({"head": {}, "boolean": result.boolean}) if fmt == "json" else ("true" if result.boolean else "false")
    if result.kind != "SELECT":
        return result.graph.serialize(format="turtle")
    if fmt == "json":
        return json.dumps({"head": {"vars": result.variables},
                           "results": {"bindings": [{k: _json_term(v) for k, v in row.items() if v is not None} for row in result.rows]}},
                          ensure_ascii=False, indent=1)
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow(["" if row[v] is None else str(row[v]) for v in result.variables])
        return out.getvalue()
    cells = [[_clip(_short(row[v]), max_width) for v in result.variables] for row in result.rows]
    widths = [max([len(v)] + [len(c[i]) for c in cells]) for i, v in enumerate(result.variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.variables, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(cell, widths)).rstrip() for cell in cells]
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    data = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal):
        if term.language:
            data["xml:lang"] = term.language
        elif term.datatype:
            data["datatype"] = str(term.datatype)
    return data


__all__ = ["FORMATS", "QueryResult", "SavedQuery", "format_result", "load_query", "resolve_query", "run_query", "saved_queries"]
