"""Actor aliases: the user's (and kg's automatic) decisions that two actor ids are one actor.

A YAML file, version 1::

    # aliases.yml
    merge:
      - into: person:wolodymyr-selenskyj     # actor id, or an exact label
        label: Wolodymyr Selenskyj           # optional: the label to show
        from: [person:zelensky, Selensky]    # ids or exact labels that mean the same actor
    distinct:
      - [person:bessent, person:scott-bessent]   # never merge these automatically

``kg build --aliases FILE`` applies a file; ``kg actors merge/split`` edit the store's own
``aliases.yml`` (kept in the store folder, so merges survive rebuilds) and re-extract the
articles they affect.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kg.errors import InputError
from kg.extract.model import Actor, DocumentResult


@dataclass
class Aliases:
    """Merge rules: alias (id or label) -> canonical id, with optional canonical labels."""

    into: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    distinct: set[frozenset[str]] = field(default_factory=set)
    auto: dict[str, str] = field(default_factory=dict)  # automatic merges (surname -> full name)

    def canonical(self, actor: Actor) -> str:
        for key in (actor.id, actor.label):
            target = self.into.get(key) or self.auto.get(key)
            if target and target != actor.id and frozenset((actor.id, target)) not in self.distinct:
                return self.into.get(target, target)
        return actor.id

    def update(self, other: "Aliases") -> "Aliases":
        self.into.update(other.into)
        self.labels.update(other.labels)
        self.distinct |= other.distinct
        self.auto.update(other.auto)
        return self

    def merge(self, keep: str, alias: str, label: str | None = None) -> None:
        if keep == alias:
            raise InputError("an actor cannot be merged into itself", source=alias)
        self.distinct.discard(frozenset((keep, alias)))
        for source, target in list(self.into.items()):
            if target == alias:
                self.into[source] = keep
        self.into[alias] = keep
        if label:
            self.labels[keep] = label

    def split(self, a: str, b: str | None = None) -> list[str]:
        """Undo merges of ``a`` (with ``b`` only, if given) and keep them apart from now on."""
        undone = []
        for source, target in list(self.into.items()) + list(self.auto.items()):
            pair = {source, target}
            if a in pair and (b is None or b in pair):
                self.into.pop(source, None)
                self.auto.pop(source, None)
                self.distinct.add(frozenset(pair))
                undone.append(source if source != a else target)
        if b is not None and not undone:
            self.distinct.add(frozenset((a, b)))
        return undone

    def to_yaml(self) -> str:
        groups: dict[str, list[str]] = {}
        for source, target in sorted(self.into.items()):
            groups.setdefault(target, []).append(source)
        data: dict[str, Any] = {
            "version": 1,
            "merge": [{"into": t, **({"label": self.labels[t]} if t in self.labels else {}), "from": s} for t, s in groups.items()],
        }
        if self.auto:
            data["auto"] = dict(sorted(self.auto.items()))
            extra = {t: self.labels[t] for t in sorted(set(self.auto.values())) if t in self.labels and t not in groups}
            if extra:
                data["labels"] = extra
        if self.distinct:
            data["distinct"] = sorted(sorted(pair) for pair in self.distinct)
        return "# kg actor aliases (see kg/extract/aliases.py for the format)\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False)

    def save(self, path: Path) -> None:
        path.write_text(self.to_yaml(), encoding="utf-8")


def load_aliases(path: Path | None) -> Aliases:
    """Read an aliases file; a missing optional file is an empty set of aliases."""
    aliases = Aliases()
    if path is None or not Path(path).exists():
        return aliases
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        raise InputError(f"not valid YAML: {str(e).splitlines()[0]}", source=path) from e
    if not isinstance(data, dict):
        raise InputError("an aliases file is a mapping with 'merge' and 'distinct' lists", source=path)
    for n, rule in enumerate(data.get("merge") or [], start=1):
        if not isinstance(rule, dict) or "into" not in rule or not isinstance(rule.get("from"), list):
            raise InputError(f"merge rule {n} needs 'into' and a list 'from'", source=path)
        into = str(rule["into"])
        label = rule.get("label") or (into if ":" not in into else None)
        for alias in rule["from"]:
            aliases.merge(into, str(alias), label)
    for n, pair in enumerate(data.get("distinct") or [], start=1):
        if not isinstance(pair, list) or len(pair) != 2:
            raise InputError(f"distinct entry {n} must be a pair [a, b]", source=path)
        aliases.distinct.add(frozenset(map(str, pair)))
    aliases.auto = {str(k): str(v) for k, v in (data.get("auto") or {}).items()}
    aliases.labels.update({str(k): str(v) for k, v in (data.get("labels") or {}).items()})
    return aliases


def apply_aliases(result: DocumentResult, aliases: Aliases) -> DocumentResult:
    """Rename and merge actors of one result in place; events follow their actors."""
    if not (aliases.into or aliases.auto):
        return result
    rename = {a.id: aliases.canonical(a) for a in result.actors}
    if all(k == v for k, v in rename.items()):
        return result
    merged: dict[str, Actor] = {}
    for actor in result.actors:
        target = rename[actor.id]
        if target in merged:
            keep = merged[target]
            keep.mentions.extend(m for m in actor.mentions if m not in keep.mentions)
            keep.roles.extend(actor.roles)
            keep.country = keep.country or actor.country
            keep.wikidata = keep.wikidata or actor.wikidata
        else:
            actor.id = target
            merged[target] = actor
        if target in aliases.labels:
            merged[target].label = aliases.labels[target]
    for actor in merged.values():
        actor.mentions.sort(key=lambda m: m.start)
    result.actors = list(merged.values())
    for event in result.events:
        seen: set[str] = set()
        participants = []
        for part in event.participants:
            part.actor = rename.get(part.actor, part.actor)
            if part.actor not in seen:
                seen.add(part.actor)
                participants.append(part)
        event.participants = participants
        event.place = rename.get(event.place, event.place) if event.place else None
        event.according_to = sorted({rename.get(a, a) for a in event.according_to})
    return result
