"""The scored events of a text as (type, participant labels, status): what the #3 tests compare."""

from __future__ import annotations

from kg.api import extract_text

SCORED = {"Call", "Visit", "Meeting", "Agreement", "Invitation", "Negotiation"}


def scored_events(text: str) -> list[tuple[str, frozenset[str], str]]:
    result = extract_text(text)
    labels = {a.id: a.label for a in result.actors}
    return [(e.type, frozenset(labels[p.actor] for p in e.participants), e.status) for e in result.events if e.type in SCORED]


def canonical(event: tuple[str, frozenset[str], str]) -> tuple[str, list[str], str]:
    """A sort key that does not depend on a set's iteration order (``str`` of a frozenset does: string hashes
    change from process to process, so two equal lists sorted by ``str`` could differ in order)."""
    return event[0], sorted(event[1]), event[2]


def expected_events(items) -> list[tuple[str, frozenset[str], str]]:
    """(type, participant labels, status) triples written with plain sets, in the order ``sorted_events`` gives."""
    return sorted(((t, frozenset(p), s) for t, p, s in items), key=canonical)


def sorted_events(text: str) -> list[tuple[str, frozenset[str], str]]:
    """The scored events of a text in a fixed order, to compare with ``expected_events``."""
    return sorted(scored_events(text), key=canonical)


def roles(text: str, kind: str) -> dict[str, str]:
    """The participants of the one event of ``kind`` in ``text``, by label, with their roles."""
    result = extract_text(text)
    labels = {a.id: a.label for a in result.actors}
    (event,) = [e for e in result.events if e.type == kind]
    return {labels[p.actor]: p.role for p in event.participants}


# the header of the mini wire stories the round tests write: published on Wednesday, 12 February 2025
WIRE_HEADER = "apa.at\nnews/APA/Mittwoch, 12.02.25, 19:00:58\n\n"


def wire_events(text: str, title: str = "Titel", *, dates: bool = True) -> list[tuple]:
    """The events (no statements) of a mini wire story with ``title`` and ``text``, sorted, as (type, participant
    labels, status, date), or without the date."""
    result = extract_text(WIRE_HEADER + title + "\n\n" + text)
    labels = {a.id: a.label for a in result.actors}
    return sorted((e.type, sorted(labels[p.actor] for p in e.participants), e.status) + ((e.date,) if dates else ())
                  for e in result.events if e.type != "Statement")
