"""What extraction produces: plain dataclasses, language-neutral, JSON-ready.

``DocumentResult.to_json()`` is the contract of ``kg extract --format jsonl`` (documented in
README "Extraction output"); fields are only ever added, never renamed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

STATUSES = ("happened", "planned", "hypothetical", "negated")
ACTOR_TYPES = ("Person", "Organization", "Country", "Place")


@dataclass(frozen=True)
class TextSpan:
    """A piece of the input text, by character offsets into the document's decoded text."""

    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class RoleMention:
    """An office observed for an actor in this article ("Präsident" of "US")."""

    role: str
    country: str | None = None
    org: str | None = None
    mention: TextSpan | None = None


@dataclass
class Actor:
    """A person, organisation, country or place named in one article."""

    id: str  # stable key, e.g. "person:donald-trump", "country:RU"
    label: str
    type: str
    mentions: list[TextSpan] = field(default_factory=list)
    roles: list[RoleMention] = field(default_factory=list)
    country: str | None = None
    wikidata: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "type": self.type,
            "mentions": [m.to_json() for m in self.mentions],
            "roles": sorted({r.role for r in self.roles}),
            "country": self.country,
            "wikidata": self.wikidata,
        }


@dataclass
class Participant:
    actor: str  # Actor.id
    role: str  # initiator | recipient | participant | speaker

    def to_json(self) -> dict[str, Any]:
        return {"actor": self.actor, "role": self.role}


@dataclass
class Event:
    """One event reported by one article, with the sentences that report it."""

    id: str
    type: str
    participants: list[Participant]
    status: str
    evidence: list[TextSpan]
    place: str | None = None
    date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    duration: str | None = None  # ISO 8601, PT1H30M
    cameo: str | None = None
    plover: str | None = None  # "CONSULT/phone"
    according_to: list[str] = field(default_factory=list)  # Actor ids the report is attributed to
    quote: str | None = None  # Statement: what was said
    trigger: TextSpan | None = None

    def actor_ids(self) -> frozenset[str]:
        return frozenset(p.actor for p in self.participants)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "participants": [p.to_json() for p in self.participants],
            "place": self.place,
            "date": self.date,
            "duration": self.duration,
            "status": self.status,
            "evidence": [e.to_json() for e in self.evidence],
            "cameo": self.cameo,
            "plover": self.plover,
            "according_to": list(self.according_to),
        }
        if self.quote is not None:
            data["quote"] = self.quote
        return data


@dataclass
class DocumentResult:
    """Everything kg extracted from one article."""

    id: str
    source: str
    title: str | None
    published: datetime | None
    lang: str
    text: str
    actors: list[Actor]
    events: list[Event]
    url: str | None = None
    agency: str | None = None
    pipeline: str | None = None
    source_digest: str | None = None  # kg.extract.fingerprint: input + engine, set by kg build

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "lang": self.lang,
            "actors": [a.to_json() for a in self.actors],
            "events": [e.to_json() for e in self.events],
        }
