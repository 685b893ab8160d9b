"""The scored events of a text as (type, participant labels, status): what the #3 tests compare."""

from __future__ import annotations

from kg.api import extract_text

SCORED = {"Call", "Visit", "Meeting", "Agreement", "Invitation", "Negotiation"}


def scored_events(text: str) -> list[tuple[str, frozenset[str], str]]:
    result = extract_text(text)
    labels = {a.id: a.label for a in result.actors}
    return [(e.type, frozenset(labels[p.actor] for p in e.participants), e.status) for e in result.events if e.type in SCORED]
