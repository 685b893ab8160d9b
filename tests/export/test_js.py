"""An independent reader: graphology-gexf (the parser behind Gephi Lite) under Node.

The JavaScript test is tests/export/js/gexf.test.js; .ci/setup-export.sh installs its packages
(``npm ci`` in tests/export/js). Without node or the packages the test skips and says why; on
CI (``CI=true``) it fails instead, so CI never passes without running it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest

from kg.api import export

JS = Path(__file__).resolve().parent / "js"


def _missing(reason: str) -> None:
    message = f"{reason}; run .ci/setup-export.sh (needs node and npm) to run the graphology-gexf test"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


def test_graphology_gexf_parses_kgs_gexf(built_store, tmp_path):
    node = shutil.which("node")
    if node is None:
        _missing("node is not installed")
    if not (JS / "node_modules" / "graphology-gexf").is_dir():
        _missing(f"{JS / 'node_modules'} has no graphology-gexf")
    gexf_path = export("gexf", tmp_path / "actor-network.gexf", store=built_store)
    export("json", tmp_path / "actor-network.json", store=built_store)
    graph = nx.read_gexf(str(gexf_path))
    expected = {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "trump": "https://w3id.org/kg-news/id/actor/person/donald-trump",
        "putin": "https://w3id.org/kg-news/id/actor/person/wladimir-putin",
    }
    (tmp_path / "expected.json").write_text(json.dumps(expected), encoding="utf-8")
    result = subprocess.run(
        [node, "--test", "gexf.test.js"], check=False, cwd=JS, env={**os.environ, "KG_EXPORT_DIR": str(tmp_path)},
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "# pass 2" in result.stdout and "# fail 0" in result.stdout, result.stdout
