"""Events of one article from trigger words and sentence-level argument frames.

A sentence is cut into segments at commas, colons, dashes and quotes. A trigger (verb lemma,
separable verb, noun, or compound ending) from ``events.yml`` opens an event; its arguments are
the actors of its segment:

- actors after a locative preposition ("in Kiew", "nach Moskau") give the place;
- actors in an attribution ("nach Angaben des Kreml", "laut TASS", "berichtete TASS") are the
  sources the report is attributed to, never participants;
- "er"/"sie" resolves to the speaker of the sentence or the last sentence-initial person;
- a capital in a participant slot stands for its state ("Moskau und Kiew einigten sich").

A trigger with no actors refers back ("das Telefonat dauerte …") and adds evidence to the last
event of its type. Repeated reports of one event (same type, same participants, compatible
dates) merge, keeping the first sentence as first evidence and its status.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import ActorMention
from kg.extract.model import Actor, Event, Participant, TextSpan
from kg.extract.timex import TimeResolver
from kg.lang import EventFrame, LangData
from kg.nlp.gazetteer import Gazetteer, actor_key

SEGMENT_BREAKS = {",", ";", ":", "–", "—", "(", ")"}
LOCATIVE = {"in", "im", "nach", "auf", "bei", "ins"}
OBLIQUE = {"mit", "von", "vom", "bei", "zu", "zum", "zur", "nach", "für", "gegen", "über", "an", "am", "in", "im",
           "dem", "den", "des", "einem", "einen", "ohne", "um", "aus", "mit", "zwischen", "seinem", "seinen", "ihrem", "ihren"}
PRONOUNS = {"er", "sie"}
ROLE_FOR_OTHERS = {"Invitation": "recipient", "Visit": "recipient"}


@dataclass
class _Trigger:
    token: Token
    frame: EventFrame
    is_noun: bool
    segment: int
    anaphoric: bool = False
    lemma: str = ""


@dataclass
class _Sentence:
    span: Span
    index: int
    segments: list[tuple[int, int]]  # token index ranges
    mentions: list[ActorMention]
    paragraph: int
    dates: list = field(default_factory=list)

    def segment_of(self, i: int) -> int:
        for n, (a, b) in enumerate(self.segments):
            if a <= i < b:
                return n
        return len(self.segments) - 1


class EventExtractor:
    """Find events in a parsed article (see module docstring)."""

    def __init__(self, lang: LangData, gaz: Gazetteer) -> None:
        self.lang = lang
        self.gaz = gaz
        self.time = TimeResolver(lang.time)
        status = lang.status
        self.neg_words = set(status["negated"]["words"])
        self.neg_lemmas = set(status["negated"]["lemmas"])
        self.hyp_words = set(status["hypothetical"]["words"])
        self.hyp_lemmas = set(status["hypothetical"]["lemmas"])
        self.plan_words = set(status["planned"]["words"])
        self.plan_lemmas = set(status["planned"]["lemmas"])
        self.not_negation = [tuple(p.split()) for p in status.get("not_negation", [])]
        self.hyp_phrases = [tuple(p.split()) for p in status.get("hypothetical_phrases", [])]
        self.subordinators = set(status.get("subordinators", []))
        speech = lang.speech
        self.source_before = [tuple(p.split()) for p in speech["source_before"]]
        self.source_after = set(speech["source_after"])
        self.statement = lang.frames.get("Statement")
        self.reporting = set(speech["reporting_verbs"]) | (self.statement.verbs if self.statement else set())
        self.frames = [f for f in lang.frames.values() if f.type != "Statement"]

    # ------------------------------------------------------------------ entry point
    def extract(
        self, doc: Doc, actors: list[Actor], mentions: list[ActorMention], *, doc_id: str, published: date | None
    ) -> list[Event]:
        by_id = {a.id: a for a in actors}
        sentences = self._sentences(doc, mentions)
        events: list[Event] = []
        last_person_subject: str | None = None
        paragraph_date: dict[int, str] = {}
        for sent in sentences:
            sent.dates = self.time.dates(sent.span.text, published)
            sources = self._sources(doc, sent) | self._reporting_subjects(doc, sent, by_id)
            speaker = self._speaker(doc, sent, sources, by_id)
            triggers = self._triggers(doc, sent)
            for trig in triggers:
                event = self._event(doc, sent, trig, by_id, actors, sources, speaker, last_person_subject, published, doc_id)
                if event is None:
                    continue
                if event.date is None and event.status == "happened" and sent.paragraph in paragraph_date:
                    event.date = paragraph_date[sent.paragraph]
                self._add(events, event, trig, by_id, sources)
            if self.statement is not None and speaker is not None:
                events.append(self._statement(doc, sent, speaker, sources, doc_id))
            for d in sent.dates:
                paragraph_date[sent.paragraph] = d.value
            first = next((m for m in sent.mentions if by_id[m.actor].type == "Person"), None)
            if first is not None and first.start <= sent.span.start + 2:
                last_person_subject = first.actor
        return [e for e in events if e.participants or e.type == "Statement"]

    # ------------------------------------------------------------------ sentences
    def _sentences(self, doc: Doc, mentions: list[ActorMention]) -> list[_Sentence]:
        out = []
        paragraph = 0
        for n, span in enumerate(doc.sents):
            if not span.text.strip():
                if "\n\n" in span.text or span.text.count("\n") >= 1:
                    paragraph += 1
                continue
            segments: list[tuple[int, int]] = []
            start = span.start
            for token in span:
                if token.text in SEGMENT_BREAKS:
                    if token.i > start:
                        segments.append((start, token.i))
                    start = token.i + 1
            if start < span.end:
                segments.append((start, span.end))
            if not segments:
                continue
            ms = [m for m in mentions if span.start <= m.start < span.end]
            out.append(_Sentence(span, n, segments, ms, paragraph))
            if "\n" in span.text.rstrip(" ")[-2:] or span[-1].whitespace_.count("\n") or "\n" in doc[span.end - 1].text:
                paragraph += 1
        return out

    # ------------------------------------------------------------------ attribution
    def _sources(self, doc: Doc, sent: _Sentence) -> set[str]:
        """Actors the sentence attributes its report to ("nach Angaben des Kreml")."""
        sources: set[str] = set()
        lowers = [t.lower_ for t in doc]
        for m in sent.mentions:
            for phrase in self.source_before:
                n = len(phrase)
                for back in range(1, 4):
                    s = m.start - back - n + 1
                    if s >= sent.span.start and tuple(lowers[s : s + n]) == phrase:
                        sources.add(m.actor)
            if m.end < sent.span.end and lowers[m.end] in self.source_after:
                sources.add(m.actor)
        return sources

    def _reporting_subjects(self, doc: Doc, sent: _Sentence, by_id: dict[str, Actor]) -> set[str]:
        """Organisations and spokespeople that report ("Der Kreml bestätigte das Telefonat")."""
        found: set[str] = set()
        for a, b in sent.segments:
            verb = next((t for t in doc[a:b] if self._lemma(t) in self.reporting and t.pos_ in ("VERB", "AUX", "")), None)
            if verb is None:
                continue
            near = [m for m in sent.mentions if a <= m.start < b and not self._is_oblique(doc, m, a)]
            if not near:
                continue
            subject = min(near, key=lambda m: abs(m.start - verb.i))
            actor = by_id[subject.actor]
            if actor.type == "Organization" or any("sprecher" in r.role.lower() for r in actor.roles):
                found.add(subject.actor)
        return found

    def _speaker(self, doc: Doc, sent: _Sentence, sources: set[str], by_id: dict[str, Actor]) -> str | None:
        """The actor who says or reports something in this sentence, if any."""
        a, b = sent.segments[0]
        first = [m for m in sent.mentions if a <= m.start < b]
        if len(first) == 1 and first[0].start == a and first[0].end == b and b < sent.span.end and doc[b].text == ":":
            return first[0].actor  # headline "Trump: Mit Putin … vereinbart"
        for a, b in sent.segments:
            seg = doc[a:b]
            verb = next((t for t in seg if self._lemma(t) in self.reporting and t.pos_ in ("VERB", "AUX", "")), None)
            if verb is None:
                continue
            in_seg = [m for m in sent.mentions if a <= m.start < b and by_id[m.actor].type in ("Person", "Organization")]
            if in_seg:
                return in_seg[0].actor
        return None

    # ------------------------------------------------------------------ triggers
    def _lemma(self, token: Token) -> str:
        return token.lemma_ if token.lemma_ else token.lower_

    def _verb_lemmas(self, doc: Doc, token: Token, end: int) -> list[str]:
        """The verb's lemma, and with a separated particle ("lud … ein" -> "einladen") first."""
        lemma = self._lemma(token)
        forms = [lemma]
        for t in doc[token.i + 1 : end]:
            if t.tag_ == "PTKVZ":
                forms.insert(0, t.lower_ + lemma)
                break
            if t.text in {",", ";", ":"}:
                break
        return forms

    def _segment_triggers(self, doc: Doc, sent: _Sentence, a: int, b: int) -> list[_Trigger]:
        return [t for t in self._triggers(doc, sent) if a <= t.token.i < b]

    def _triggers(self, doc: Doc, sent: _Sentence) -> list[_Trigger]:
        found: list[_Trigger] = []
        support_used: set[int] = set()
        span = sent.span
        # nouns first, so their support verbs ("eine Vereinbarung treffen") do not trigger too
        for token in span:
            if not token.text[:1].isupper() or token.pos_ not in ("NOUN", "PROPN", "X", ""):
                continue
            match = self._noun_frame(token)
            if match is None:
                continue
            frame, kind = match
            seg = sent.segment_of(token.i)
            a, b = sent.segments[seg]
            if frame.support_verbs:
                support = [t for t in doc[a:b] if any(f in frame.support_verbs for f in self._verb_lemmas(doc, t, b)) and t.i != token.i]
                if not support:
                    continue
                support_used.update(t.i for t in support)
            if (token.text in frame.needs_place_for or self._lemma(token) in frame.needs_place_for) and not self._has_place(sent, a, b):
                continue
            found.append(_Trigger(token, frame, True, seg, anaphoric=kind == "anaphoric", lemma=self._lemma(token)))
        for token in span:
            if token.pos_ not in ("VERB", "AUX", "") or token.i in support_used or token.text[:1].isupper() and token.i != span.start:
                continue
            seg = sent.segment_of(token.i)
            a, b = sent.segments[seg]
            forms = self._verb_lemmas(doc, token, span.end)
            for frame in self.frames:
                lemma = next((f for f in forms if f in frame.verbs), None)
                if lemma is None:
                    continue
                if lemma in frame.reflexive and not any(t.lower_ == "sich" for t in doc[a:b]):
                    continue
                if lemma in frame.needs_place_for and not self._has_place(sent, a, b):
                    continue
                found.append(_Trigger(token, frame, False, seg, lemma=lemma))
                break
        return sorted(found, key=lambda t: t.token.i)

    def _noun_frame(self, token: Token) -> tuple[EventFrame, str] | None:
        """The frame a noun triggers: surface form first ("Gespräche" -> Negotiation), then lemma
        ("Gespräch" -> Meeting, anaphoric), then compound ending ("EU-Gipfel")."""
        text, lemma, lower = token.text, self._lemma(token), token.text.lower()
        for key in (text, lemma):
            for frame in self.frames:
                if key in frame.nouns:
                    return frame, "anaphoric" if key in frame.anaphoric_nouns else "noun"
        for frame in self.frames:
            if any(lower.endswith(s) and lower != s for s in frame.noun_suffixes):
                return frame, "noun"
        return None

    def _has_place(self, sent: _Sentence, a: int, b: int) -> bool:
        return any(a <= m.start < b and m.start > 0 and sent.span.doc[m.start - 1].lower_ in LOCATIVE | {"der", "die", "das", "dem", "den"} and self._is_place_slot(sent.span.doc, m) for m in sent.mentions)

    def _is_place_slot(self, doc: Doc, m: ActorMention) -> bool:
        i = m.start - 1
        while i >= 0 and (doc[i].lower_ in {"der", "die", "das", "dem", "den", "des"} or doc[i].tag_ == "ADJA"):
            i -= 1
        return i >= 0 and doc[i].lower_ in LOCATIVE

    # ------------------------------------------------------------------ arguments
    def _event(self, doc: Doc, sent: _Sentence, trig: _Trigger, by_id: dict[str, Actor], actors: list[Actor],
               sources: set[str], speaker: str | None, last_subject: str | None, published: date | None,
               doc_id: str) -> Event | None:
        a, b = sent.segments[trig.segment]
        seg_mentions = [m for m in sent.mentions if a <= m.start < b]
        places: list[tuple[int, str]] = []  # (rank, actor): lower rank = better place
        participants: list[str] = []
        subject: str | None = None
        for m in seg_mentions:
            actor = by_id[m.actor]
            if m.actor in sources:
                continue
            slot = self._is_place_slot(doc, m)
            if actor.type in ("Place", "Country") and (slot or trig.frame.type == "Visit"):
                # the most specific location wins: a city after "in"/"nach" before a country;
                # a visit's destination is its place, never a participant
                places.append(((0 if slot else 2) + (0 if actor.type == "Place" else 1), m.actor))
                continue
            if actor.type == "Organization" and slot and doc[m.start - 1].lower_ in {"im", "in"}:
                places.append((0, m.actor))
                continue
            key = self._state_for_capital(actor, actors, by_id, m, doc)
            if key not in participants:
                participants.append(key)
            if subject is None and m.start < trig.token.i and not self._is_oblique(doc, m, a):
                subject = key
        if trig.is_noun and "-" in trig.token.text:
            for key in self._compound_actors(trig.token, actors, by_id):
                if key not in participants:
                    participants.append(key)
        # pronoun subject: "Trump schrieb, er habe …", "Er hatte ein Treffen mit Putin …"
        pronoun = next((t for t in doc[a:b] if t.lower_ in PRONOUNS and t.i < trig.token.i + 3 and t.tag_ in ("PPER", "")), None)
        if pronoun is not None and (not participants or pronoun.i < min((m.start for m in seg_mentions if m.actor in participants), default=pronoun.i + 1)):
            antecedent = speaker if speaker and by_id[speaker].type == "Person" else last_subject
            if antecedent and antecedent not in participants:
                participants.insert(0, antecedent)
                subject = subject or antecedent
        # reported speech without its own subject: "Trump: Mit Putin … vereinbart"
        if subject is None and speaker and by_id[speaker].type == "Person" and speaker not in participants and speaker not in sources:
            if participants and all(self._is_oblique(doc, m, a) for m in seg_mentions if m.actor in participants):
                participants.insert(0, speaker)
                subject = speaker
        # a verb in a coordinated clause without its own subject: "Trump telefonierte … und lud … ein"
        if not trig.is_noun and subject is None and trig.segment > 0 or (not trig.is_noun and not participants):
            head = next((m for m in sent.mentions if m.start < a and m.actor not in sources and by_id[m.actor].type == "Person"), None)
            if head is not None and head.actor not in participants and self._same_clause_chain(doc, sent, head.start, trig.token.i):
                participants.insert(0, head.actor)
                subject = head.actor
        place = min(places)[1] if places else None
        if trig.frame.type == "Visit" and place is None:
            place = self._sentence_place(doc, sent, by_id, sources)
        role_of_subject = trig.frame.verb_initiator.get(trig.lemma, trig.frame.initiator) if not trig.is_noun else trig.frame.initiator
        initiator = subject if role_of_subject == "subject" else None
        if trig.is_noun and role_of_subject == "subject" and len(participants) == 1:
            initiator = participants[0]
        status = self._status(doc, sent, trig)
        date_value = self._date(sent, trig, published, forward=status == "planned")
        if status == "happened" and date_value and published and len(date_value) == 10 and date_value > published.isoformat():
            status = "planned"
        others_role = ROLE_FOR_OTHERS.get(trig.frame.type, "participant")
        parts = [Participant(p, "initiator" if p == initiator else others_role if initiator else "participant") for p in participants]
        sentence_span = _clean_span(sent.span)
        frame = trig.frame
        return Event(
            id=f"{frame.type.lower()}-{sentence_span.start}-{trig.token.idx}",
            type=frame.type,
            participants=parts,
            status=status,
            evidence=[sentence_span],
            place=place,
            date=date_value,
            duration=self.time.duration(sent.span.text) if frame.type in ("Call", "Meeting", "Visit", "Negotiation") else None,
            cameo=frame.cameo,
            plover="/".join(x for x in (frame.plover_category, frame.plover_mode) if x) or None,
            according_to=sorted(sources),
            trigger=TextSpan(trig.token.text, trig.token.idx, trig.token.idx + len(trig.token.text)),
        )

    def _compound_actors(self, token: Token, actors: list[Actor], by_id: dict[str, Actor]) -> list[str]:
        """Organisations and states named in a trigger compound ("EU-Gipfel", "NATO-Treffen").

        Names inside compounds are not actors in general (ANNOTATION.md), but a summit of a
        grouping has that grouping as its participant.
        """
        keys = []
        offset = token.idx
        for part in token.text.split("-")[:-1]:
            entry = self.gaz.names.get(part)
            if entry is not None and entry.kind in ("Organization", "Country"):
                actor = by_id.get(entry.key)
                if actor is None:
                    actor = Actor(id=entry.key, label=entry.canonical, type=entry.kind, country=entry.country)
                    actors.append(actor)
                    by_id[entry.key] = actor
                span = TextSpan(part, offset, offset + len(part))
                if span not in actor.mentions:
                    actor.mentions.append(span)
                keys.append(entry.key)
            offset += len(part) + 1
        return keys

    def _same_clause_chain(self, doc: Doc, sent: _Sentence, start: int, end: int) -> bool:
        """True unless a new subject or a subordinate clause sits between ``start`` and ``end``."""
        between = doc[start:end]
        return not any(t.lower_ in self.subordinators or t.lower_ in {"der", "die", "das"} and t.i > start + 1 and t.nbor(-1).text == "," for t in between)

    def _is_oblique(self, doc: Doc, m: ActorMention, seg_start: int) -> bool:
        i = m.start - 1
        # skip a title attached to the name: "dem russischen Präsidenten Wladimir Putin"
        for title in doc.spans.get("kg_titles", []):
            if title.end == m.start:
                i = title.start - 1 if doc[title.start].lower_ not in OBLIQUE else title.start
                break
        while i >= seg_start and doc[i].tag_ in ("ADJA",):
            i -= 1
        return i >= seg_start and doc[i].lower_ in OBLIQUE

    def _state_for_capital(self, actor: Actor, actors: list[Actor], by_id: dict[str, Actor], m: ActorMention, doc: Doc) -> str:
        """A capital in a participant slot stands for its state (ANNOTATION.md)."""
        if actor.type != "Place":
            return actor.id
        iso = self.gaz.capitals.get(actor.label)
        if iso is None:
            return actor.id
        key = actor_key("Country", iso)
        if key not in by_id:
            country = Actor(id=key, label=self.gaz.country_names.get(iso, iso), type="Country", country=iso)
            actors.append(country)
            by_id[key] = country
        mention = TextSpan(doc[m.start : m.end].text, m.start_char, m.end_char)
        if mention not in by_id[key].mentions:
            by_id[key].mentions.append(mention)
        return key

    def _sentence_place(self, doc: Doc, sent: _Sentence, by_id: dict[str, Actor], sources: set[str]) -> str | None:
        for m in sent.mentions:
            if m.actor not in sources and by_id[m.actor].type in ("Place", "Country") and self._is_place_slot(doc, m):
                return m.actor
        return None

    # ------------------------------------------------------------------ status and time
    def _status(self, doc: Doc, sent: _Sentence, trig: _Trigger) -> str:
        a, b = sent.segments[trig.segment]
        tokens = [t for t in doc[a:b] if t.i != trig.token.i]
        lowers = [t.lower_ for t in doc[a:b]]
        governing: list[Token] = []
        if trig.segment > 0:
            pa, pb = sent.segments[trig.segment - 1]
            prev = [t for t in doc[pa:pb] if not t.is_punct]
            if lowers and (lowers[0] in self.subordinators or (prev and prev[-1].pos_ in ("VERB", "AUX"))):
                governing = prev
        if any(_contains(lowers, p) for p in self.hyp_phrases):
            return "hypothetical"
        negated = any(t.lower_ in self.neg_words for t in tokens) and not any(_contains(lowers, p) for p in self.not_negation)
        if negated or any(f in self.neg_lemmas for t in tokens for f in self._verb_lemmas(doc, t, b)):
            return "negated"
        # lemma cues ("vereinbaren", "hoffen") govern nouns and infinitives, not a finite verb
        # coordinated with them ("telefoniert und vereinbart")
        lemma_scope = governing + (tokens if trig.is_noun or trig.token.tag_ in ("VVINF", "VVIZU") else [])
        if any(t.lower_ in self.hyp_words for t in tokens + governing) or any(self._lemma(t) in self.hyp_lemmas for t in lemma_scope):
            return "hypothetical"
        if any(t.lower_ in self.plan_words for t in tokens + governing) or any(self._lemma(t) in self.plan_lemmas for t in lemma_scope):
            return "planned"
        return "happened"

    def _date(self, sent: _Sentence, trig: _Trigger, published: date | None, *, forward: bool) -> str | None:
        base = sent.span.start_char
        dates = self.time.dates(sent.span.text, published, forward=forward)
        if not dates:
            return None
        explicit = [d for d in dates if any(ch.isdigit() for ch in sent.span.text[d.start : d.end])]
        pool = explicit or dates
        pos = trig.token.idx - base
        return min(pool, key=lambda d: abs(d.start - pos)).value

    # ------------------------------------------------------------------ statements
    def _statement(self, doc: Doc, sent: _Sentence, speaker: str, sources: set[str], doc_id: str) -> Event:
        span = _clean_span(sent.span)
        quote = _quote(sent.span)
        return Event(
            id=f"statement-{span.start}",
            type="Statement",
            participants=[Participant(speaker, "speaker")],
            status="happened",
            evidence=[span],
            cameo=self.statement.cameo if self.statement else None,
            according_to=sorted(s for s in sources if s != speaker),
            quote=quote,
        )

    # ------------------------------------------------------------------ merging
    def _add(self, events: list[Event], event: Event, trig: _Trigger, by_id: dict[str, Actor], sources: set[str]) -> None:
        """Merge repeated reports of one event; attach participant-less back references."""
        same_type = [e for e in events if e.type == event.type]
        if trig.anaphoric:
            target = next((e for e in reversed(events) if e.type != "Statement" and event.actor_ids() <= e.actor_ids() and e.participants), None)
            if target is not None:
                _merge_into(target, event)
                return
        if not event.participants:
            preferred = [e for e in same_type if any(by_id[p.actor].country in {by_id[s].country for s in sources} for p in e.participants)]
            target = (preferred or same_type or [None])[-1]
            if target is not None:
                _merge_into(target, event)
            return
        for existing in same_type:
            if existing.actor_ids() == event.actor_ids() and (existing.date is None or event.date is None or existing.date == event.date):
                _merge_into(existing, event)
                return
        events.append(event)


def _merge_into(target: Event, other: Event) -> None:
    for span in other.evidence:
        if span not in target.evidence:
            target.evidence.append(span)
    target.date = target.date or other.date
    target.duration = target.duration or other.duration
    target.place = target.place or other.place
    target.according_to = sorted(set(target.according_to) | set(other.according_to))
    roles = {p.actor: p for p in target.participants}
    for p in other.participants:
        if p.actor in roles and p.role == "initiator" and roles[p.actor].role == "participant" and not any(q.role == "initiator" for q in target.participants):
            roles[p.actor].role = "initiator"


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


def _clean_span(span: Span) -> TextSpan:
    """The sentence without surrounding whitespace, with exact offsets."""
    text = span.text
    left = len(text) - len(text.lstrip())
    stripped = text.strip()
    start = span.start_char + left
    return TextSpan(stripped, start, start + len(stripped))


def _quote(span: Span) -> str | None:
    text = span.text
    for opener, closer in (("„", "“"), ("»", "«"), ("\"", "\"")):
        i = text.find(opener)
        j = text.find(closer, i + 1)
        if i >= 0 and j > i:
            return text[i + 1 : j].strip()
    return None
