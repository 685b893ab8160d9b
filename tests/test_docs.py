"""Docs checked by tests: every command is in the README, and the README's tour runs."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from kg.cli import COMMANDS, cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", list(COMMANDS))
def test_command_is_documented_in_readme(name):
    assert f"kg {name}" in README or f"`{name}`" in README, f"'kg {name}' is not in README.md"


def test_readme_tour_runs(runner, examples_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(examples_dir.parent)
    store = tmp_path / "tour-store"
    tour = README.split("## A short tour", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    for line in tour.splitlines():
        line = line.split("  #", 1)[0].strip()
        if not line.startswith("kg "):
            continue
        args = shlex.split(line)[1:]
        if args[0] == "remove":
            continue  # ids depend on content; removal is tested in tests/store
        if args[0] == "export":
            args = [a.replace("exports/", f"{tmp_path}/") for a in args]
        if args[0] not in ("extract",):
            args += ["--store", str(store)]
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, f"{line}: {result.output}"
