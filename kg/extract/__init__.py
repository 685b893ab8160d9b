"""Extraction: a parsed spaCy ``Doc`` of an :class:`~kg.ingest.Article` becomes actors and events.

Language-neutral: every word it knows comes from ``kg.lang`` and the gazetteer.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.actors import build_actors
from kg.extract.events import EventExtractor
from kg.extract.model import Actor, DocumentResult, Event, Participant, RoleMention, TextSpan
from kg.ingest import Article
from kg.lang import load_lang
from kg.nlp.gazetteer import load_gazetteer

__all__ = [
    "Actor",
    "DocumentResult",
    "Event",
    "Participant",
    "RoleMention",
    "TextSpan",
    "extract_document",
]

_EXTRACTORS: dict[str, EventExtractor] = {}


def extract_document(article: Article, doc: Doc, *, pipeline: str | None = None) -> DocumentResult:
    """Actors and events of one article, from its analysed ``Doc``."""
    lang = article.lang if article.lang else "de"
    extractor = _EXTRACTORS.get(lang)
    if extractor is None:
        extractor = _EXTRACTORS[lang] = EventExtractor(load_lang(lang), load_gazetteer(lang))
    actors, mentions = build_actors(doc, extractor.gaz, extractor.lang, dateline=article.dateline, title_span=article.title_span)
    published = article.published.date() if article.published else None
    events = extractor.extract(doc, actors, mentions, doc_id=article.id, published=published)
    used = {p.actor for e in events for p in e.participants} | {e.place for e in events if e.place}
    used |= {s for e in events for s in e.according_to}
    actors = [a for a in actors if a.mentions or a.id in used]
    for actor in actors:
        actor.mentions.sort(key=lambda m: m.start)
    return DocumentResult(
        id=article.id,
        source=article.source,
        title=article.title,
        published=article.published,
        lang=lang,
        text=article.text,
        actors=actors,
        events=events,
        url=article.url,
        agency=article.agency,
        pipeline=pipeline,
    )
