"""The HTML of ``kg serve``: a query form with the saved queries one click away, and result tables.

Plain HTML and a few lines of CSS, no scripts and nothing loaded from elsewhere, so the page
works offline. Every value shown is escaped.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any
from urllib.parse import quote

FORMAT_CHOICES = (
    ("html", "table (HTML)"), ("json", "SPARQL JSON / JSON-LD"), ("xml", "SPARQL XML / RDF/XML"),
    ("csv", "CSV"), ("tsv", "TSV"), ("turtle", "Turtle"), ("nt", "N-Triples"), ("jsonld", "JSON-LD"),
)

STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5rem auto; max-width: 72rem; padding: 0 1rem; color: #222; }
textarea { width: 100%; font-family: ui-monospace, monospace; font-size: .9rem; }
table { border-collapse: collapse; font-size: .85rem; }
th, td { border: 1px solid #ccc; padding: .2rem .4rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
.muted { color: #666; font-size: .85rem; }
.note { background: #fff4d6; border: 1px solid #e8c66a; padding: .4rem .6rem; }
pre { background: #f7f7f7; padding: .6rem; overflow-x: auto; }
form.inline { display: inline; }
"""


def _layout(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}</style></head>'
            f"<body>{body}</body></html>\n")


def index_page(queries: dict[str, Any], config: Any, text: str, *, endpoint: str) -> str:
    """The start page: the endpoint's address and limits, a query form, the saved queries."""
    options = "".join(f'<option value="{v}">{escape(label)}</option>' for v, label in FORMAT_CHOICES)
    rows = []
    for name, saved in queries.items():
        run = f"/queries/{quote(name)}"
        if saved.params or saved.options:  # an option left empty is not sent (the whole answer)
            fields = [(p, kind, help_, "") for p, (kind, help_) in saved.params.items()]
            fields += [(p, kind, help_, " (optional)") for p, (kind, help_) in saved.options.items()]
            inputs = "".join(
                f'<label>{escape(p)}{note} <input name="{escape(p)}" placeholder="{escape(kind)}" title="{escape(help_)}"></label> '
                for p, kind, help_, note in fields
            )
            action = f'<form class="inline" action="{run}" method="get">{inputs}<button>run</button></form>'
        else:
            action = f'<a href="{run}">run</a>'
        rows.append(
            f"<tr><td><b>{escape(name)}</b><br><span class='muted'>{escape(saved.title)}</span></td>"
            f"<td>{escape(saved.answers.strip())}</td>"
            f'<td>{action} · <a href="/?query={quote(name)}#form">edit</a> · '
            f'<a href="{run}?format=csv">csv</a> · <a href="{run}?format=json">json</a></td></tr>'
        )
    update = "accepted with the token" if config.allow_update else "refused (read-only)"
    service = "allowed" if config.allow_service else "refused"
    body = (
        "<h1>kg SPARQL endpoint</h1>"
        f"<p>Endpoint: <code>{escape(endpoint)}</code> (SPARQL 1.1 Protocol: GET or POST, <code>query=</code> or "
        "<code>application/sparql-query</code>). The default graph is the union of all article graphs. "
        f"Limits: {config.timeout:g} s per query, {config.max_rows:,} rows, {config.max_request_bytes:,} bytes per request; "
        f"updates {update}; SERVICE {service}. <a href=\"/sparql\">Service description</a> · "
        "<a href=\"/queries\">saved queries as JSON</a></p>"
        "<h2 id=\"form\">Query</h2>"
        '<form action="/sparql" method="post">'
        f'<textarea name="query" rows="14" spellcheck="false">{escape(text or _EXAMPLE)}</textarea>'
        f'<p>Answer as <select name="format">{options}</select> <button>Run query</button></p></form>'
        "<h2>Saved queries</h2><table><tr><th>query</th><th>answers</th><th></th></tr>"
        + "".join(rows) + "</table>"
    )
    return _layout("kg SPARQL endpoint", body)


_EXAMPLE = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

SELECT ?type (COUNT(?event) AS ?events)
WHERE {
  ?event a ?class .
  VALUES ?class { kg:Call kg:Visit kg:Meeting kg:Agreement kg:Invitation kg:Negotiation kg:Statement }
  BIND(STRAFTER(STR(?class), "#") AS ?type)
}
GROUP BY ?type
ORDER BY DESC(?events)
"""


def _term(cell: dict[str, str] | None) -> str:
    if not cell:
        return ""
    value = escape(cell.get("value", ""))
    if cell.get("type") == "uri":
        link = cell.get("value", "").lower().startswith(("http://", "https://"))
        return f'<a href="{value}">{value}</a>' if link else value
    if cell.get("type") == "bnode":
        return f"_:{value}"
    lang = cell.get("xml:lang")
    return f'{value} <span class="muted">@{escape(lang)}</span>' if lang else value


def result_page(result: dict[str, Any], sparql: str, note: str | None) -> str:
    """A result as a page: a table for SELECT, a word for ASK, Turtle for CONSTRUCT."""
    parts = ['<p><a href="/">← kg SPARQL endpoint</a></p>']
    if note:
        parts.append(f'<p class="note">{escape(note)}</p>')
    body = result["body"].decode("utf-8")
    if result["form"] == "SELECT":
        data = json.loads(body)
        variables = data["head"]["vars"]
        head = "".join(f"<th>{escape(v)}</th>" for v in variables)
        rows = "".join(
            "<tr>" + "".join(f"<td>{_term(b.get(v))}</td>" for v in variables) + "</tr>"
            for b in data["results"]["bindings"]
        )
        parts.append(f"<p class='muted'>{result['rows']} row{'s' if result['rows'] != 1 else ''}</p>"
                     f"<table><tr>{head}</tr>{rows}</table>")
    elif result["form"] == "ASK":
        parts.append(f"<p><b>{'true' if json.loads(body).get('boolean') else 'false'}</b></p>")
    else:
        parts.append(f"<p class='muted'>{result['rows']} triples</p><pre>{escape(body)}</pre>")
    parts.append(f"<details><summary>query</summary><pre>{escape(sparql)}</pre></details>")
    return _layout("kg query result", "".join(parts))


__all__ = ["index_page", "result_page"]
