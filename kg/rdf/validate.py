"""SHACL validation of kg's graphs (pySHACL against ontology/shapes.ttl).

Validates one article graph at a time: the shapes describe what one article says (exactly one
status per event, one label per actor), and different articles may legitimately disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import KgError

ONTOLOGY_DIR = Path(__file__).resolve().parents[2] / "ontology"


@dataclass
class Violation:
    graph: str
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.graph}: {self.focus} {self.path}: {self.message}"


@dataclass
class ValidationReport:
    graphs: int = 0
    violations: list[Violation] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not self.violations


def _shapes() -> tuple[Graph, Graph]:
    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    ontology = Graph().parse(ONTOLOGY_DIR / "kg.ttl", format="turtle")
    return shapes, ontology


def validate_graphs(graphs: list[Graph]) -> ValidationReport:
    """Validate each graph separately; collect readable violations."""
    from pyshacl import validate

    shapes, ontology = _shapes()
    report = ValidationReport()
    query = """
    PREFIX sh: <http://www.w3.org/ns/shacl#>
    SELECT ?focus ?path ?message WHERE {
      ?r a sh:ValidationResult ; sh:focusNode ?focus .
      OPTIONAL { ?r sh:resultPath ?path }
      OPTIONAL { ?r sh:resultMessage ?message }
    }"""
    for graph in graphs:
        report.graphs += 1
        conforms, results, _ = validate(graph, shacl_graph=shapes, ont_graph=ontology, inference="rdfs", allow_warnings=True)
        if conforms:
            continue
        for row in results.query(query):
            report.violations.append(Violation(str(graph.identifier), str(row.focus), str(row.path or ""), str(row.message or "")))
    return report


def validate_file(path: Path) -> ValidationReport:
    """Validate an RDF file: each named graph of TriG/N-Quads, or the whole of Turtle/N-Triples."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".trig", ".nq"):
            ds = Dataset()
            ds.parse(path, format="trig" if suffix == ".trig" else "nquads")
            graphs = [g for g in ds.graphs() if len(g)]
        else:
            graphs = [Graph().parse(path)]
    except Exception as e:  # rdflib raises many parser-specific types
        raise KgError(f"cannot parse RDF: {str(e).splitlines()[0]}", source=path) from e
    return validate_graphs(graphs)


def validate_store(store: object) -> ValidationReport:
    """Validate every article graph of an open :class:`kg.store.Store`."""
    from rdflib import URIRef

    graphs = []
    for name in store.graph_names():  # type: ignore[attr-defined]
        if name.endswith("/graph/runs"):
            continue
        g = Graph(identifier=URIRef(name))
        for s, p, o, _ in store.dataset.quads((None, None, None, URIRef(name))):  # type: ignore[attr-defined]
            g.add((s, p, o))
        graphs.append(g)
    return validate_graphs(graphs)
