"""The sentence loop that runs the stages and returns the events of one article.

For each sentence: its dates, sources and speaker, its triggers; for each trigger the event
its arguments make, added to the article's events (merged with an earlier report or referred
back); two halves of one event joined; a Statement for the speaker; the sentence's subject
kept for the next sentence's pronouns. At the end, events without parties (unless their frame
keeps them) and meetings of a single national body are dropped.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from collections import Counter
from datetime import date
from itertools import islice

from spacy.tokens import Doc

from kg.extract.actors import ActorMention
from kg.extract.events.arguments import ROLE_FOR_OTHERS, ArgumentReader
from kg.extract.events.merging import Merger, dates_agree, merge_into
from kg.extract.events.grammar import FINITE_TAGS, back_over, clean_span, is_common_noun
from kg.extract.events.segments import DocInfo, Segmenter, Sentence
from kg.extract.events.triggers import Trigger, TriggerFinder
from kg.extract.model import Actor, Event, Participant, TextSpan


class EventExtractor(Segmenter, TriggerFinder, ArgumentReader, Merger):
    """Find events in a parsed article (the stages: see ``kg.extract.events``)."""

    def extract(
        self, doc: Doc, actors: list[Actor], mentions: list[ActorMention], *, doc_id: str, published: date | None
    ) -> list[Event]:
        by_id = {a.id: a for a in actors}
        self._kinds = {a.id: a.type for a in actors}
        self._labels = {a.id: a.label for a in actors}
        self._named_together = Counter()  # people named in one sentence (declared in Grammar)
        self._named_latest = {}
        info = self._doc_info(doc, mentions)
        self._by_end = {m.end: m for m in mentions}
        self._by_start = {m.start: m for m in mentions}
        self._affiliations = affiliations(doc, actors, mentions, self.affiliation_prepositions, self.town_adjective_endings)
        self._roles = {a.id: list(a.roles) for a in actors}
        sentences = self._sentences(doc, mentions)
        self._sentence_list = sentences
        events: list[Event] = []
        last_person_subject: str | None = None
        paragraph_date: dict[int, str] = {}
        headline_visit: Event | None = None
        previous_day: str | None = None  # the day of the last sentence's happened event
        for sent in sentences:
            sent.dates = self.time.dates(sent.span.text, published)
            sources = self._sources(doc, sent, info) | self._reporting_subjects(doc, sent, by_id)
            speaker = self._speaker(doc, sent, sources, by_id)
            triggers = self._triggers(doc, sent, info)
            before = len(events)
            built: list[Event] = []
            deferred: list[tuple[Event, Trigger]] = []
            invitations: list[tuple[Event, Trigger]] = []
            setting: Event | None = None  # an earlier event the clause happens at: "Am Rande des Gipfels traf X Y"
            from_paragraph: set[int] = set()
            # the characters of the clauses of events (True: planned or hypothetical ones)
            clauses: dict[bool, list[tuple[int, int]]] = {True: [], False: []}
            for trig in triggers:
                event = self._event(doc, sent, trig, by_id, actors, sources, speaker, last_person_subject, published,
                                    doc_id, info, triggers, events)
                if event is None:
                    continue
                a, b = sent.segments[trig.segment]
                clauses[event.status in ("planned", "hypothetical")].append((doc[a].idx, doc[b - 1].idx + len(doc[b - 1])))
                if trig.invites or trig.frame.trip_prepositions:
                    invitations.append((event, trig))
                if event.date is None and event.status in ("happened", "negated") and not self._own_time(sent, trig):
                    # (a failure is dated as what failed: "trennten sich, ohne sich zu einigen" after "am Donnerstag")
                    a, b = sent.segments[trig.segment]
                    there = any(t.lower_ in self.destination_words for t in doc[a:b])
                    trip = self._trip_of(event, events, self._present_clause(doc, a, b), there) if event.status == "happened" else None
                    if trip is not None:
                        event.date = trip.date  # "… ist am Dienstag nach Kiew gereist. In Kiew traf sie X": on the trip
                        event.status = trip.status  # "… reist am Donnerstag nach Prag. Er trifft dort X": still to come
                        event.place = event.place or trip.place
                    elif previous_day is not None and event.status == "happened" and self._sequel(sent):
                        event.date = previous_day  # "Am Dienstag traf X Y. Im Anschluss unterzeichneten sie …"
                    elif sent.paragraph in paragraph_date:
                        event.date = paragraph_date[sent.paragraph]
                        from_paragraph.add(id(event))
                if trig.occasion:
                    # the clause's modals and dates are its other event's: the invitation was issued
                    event.status, event.date = "happened", None
                    deferred.append((event, trig))
                    continue
                if not (trig.is_noun and trig.adverbial):
                    built.append(event)  # not "vor dem EU-Gipfel": an event that only dates the clause
                setting = self._add(events, event, trig, by_id, sources, sent) or setting
                if trig.attendees:
                    self._add_attendees(events, event, trig)
            for event, trig in deferred:
                # "auf Einladung von X kamen A und B zusammen": X invited those who take part in the clause's event
                known = set(event.actor_ids())
                others_role = ROLE_FOR_OTHERS.get(event.type, "participant")
                event.participants = [Participant(p.actor, "initiator" if p.actor in trig.probe else others_role) for p in event.participants]
                for other in built:
                    if other.type != event.type and other.evidence[0].start == event.evidence[0].start:
                        for p in other.participants:
                            if p.actor not in known:
                                event.participants.append(Participant(p.actor, others_role))
                                known.add(p.actor)
                self._add(events, event, trig, by_id, sources, sent)
            if sent.index == 0 and len(sentences) > 1 and sentences[1].paragraph != sent.paragraph:
                headline_visit = self._headline_visit(doc, sent, info, by_id, built)
                if headline_visit is not None:
                    built.append(headline_visit)
                    events.append(headline_visit)
            for invitation, trig in invitations:
                trip = None if trig.invites else self._invited_trip(sent, invitation, trig, published)
                # (not again when the clause reports the trip itself: "Auf Einladung von X reiste Y nach Wien")
                if trip is not None and not any(e.type == trip.type and e.evidence and e.evidence[0] == trip.evidence[0]
                                                and set(trip.actor_ids()) <= set(e.actor_ids()) for e in built):
                    built.append(trip)
                    events.append(trip)
                for target in trig.invites:
                    invited = self._invited_event(doc, sent, invitation, target, by_id, actors, sources, speaker,
                                                  last_person_subject, published, doc_id, info, triggers, events)
                    if invited is not None:
                        built.append(invited)
                        # (named by the invitation, it refers back to nothing: "hat Österreich zu dem Treffen eingeladen")
                        self._add(events, invited, replace(target, definite=False, anaphoric=False), by_id, sources, sent)
            if setting is not None and setting.date and setting.status == "happened" and not self._own_time(sent):
                # what happened at a reported event happened when it did (before any date of the paragraph)
                for event in built:
                    if event is not setting and event.status == "happened" and (event.date is None or id(event) in from_paragraph):
                        event.date = setting.date
            self._agreed_after_talks(doc, events, before)
            self._join_halves(events, before)
            self._drop_visit_purpose(events, before)
            days = [e.date for e in built if e.status == "happened" and e.date and len(e.date) == 10]
            previous_day = days[-1] if days else None
            if not triggers:
                self._attendees(doc, sent, events, by_id, sources, info)
            self._summit_hosts(doc, sent, events, by_id)
            if self.statement is not None and speaker is not None:
                events.append(self._statement(doc, sent, speaker, sources, doc_id))
            for d in sent.dates:
                # (a day after publication is a plan's: "den die Türkei am 7. Juli ausrichtet" dates nothing done since;
                # so is a day in the clause of a plan alone: "Stocker reist am Donnerstag nach Prag")
                if not d.weak and not (published and d.value > published.isoformat()[: len(d.value)]) \
                        and not self._plan_day(sent.span.start_char + d.start, sent.span.start_char + d.end, clauses):
                    paragraph_date[sent.paragraph] = d.value
            people = sorted({m.actor for m in sent.mentions if by_id[m.actor].type == "Person" and not m.via_role})
            for i, x in enumerate(people[:6]):
                for y in people[i + 1 : 6]:
                    self._named_together[(x, y)] += 1
                    self._named_latest[(x, y)] = sent.index
            subject = self._sentence_subject(doc, sent, by_id, sources, speaker)
            if subject is not None:
                last_person_subject = subject
        self._parties_from_next(events, sentences)
        self._bargaining_sides(events, sentences, by_id)
        if headline_visit is not None and headline_visit.date is None and len(sentences) > 1:
            # "Norwegens Energieminister in Wien: …": the day of the first dated event of the lead the visitor took part in
            lead = sentences[1].paragraph
            first = next((e for e in events if e is not headline_visit and e.status == "happened" and e.date and len(e.date) == 10
                          and headline_visit.actor_ids() <= e.actor_ids() and self._paragraph_of(e, sentences) == lead), None)
            headline_visit.date = first.date if first is not None else None
        for sent in sentences:
            self._delegates(sent, events, by_id)
        events = self._employers(doc, events, sentences, mentions, by_id)
        named = {e.type for e in events if e.participants}
        unnamed = {f.type: f.unnamed_statuses for f in self.frames}
        return [e for e in events if (e.participants or e.type == "Statement" or e.type not in named and e.status in unnamed.get(e.type, ()))
                and not self._single_body(e, by_id)]

    @staticmethod
    def _add_attendees(events: list[Event], event: Event, trig: Trigger) -> None:
        """The attendees a relative clause names join the meeting its noun was added to or referred back to, else make
        one of their own (not one whose owner is unknown: "Bei ihrem Treffen, das X leitete")."""
        span = event.evidence[0] if event.evidence else None
        taker = event if any(e is event for e in events) else next(
            (e for e in reversed(events) if e.type == event.type and span in e.evidence), None)
        if taker is None and trig.possessive:
            return
        if taker is None:  # (nothing reported before to refer back to: the meeting of those who attend)
            taker = event
            events.append(event)
        known = taker.actor_ids()
        taker.participants.extend(Participant(k, "participant") for k in trig.attendees if k not in known)

    def _invited_event(self, doc: Doc, sent: Sentence, invitation: Event, target: Trigger, by_id: dict[str, Actor],
                       actors: list[Actor], sources: set[str], speaker: str | None, last_subject: str | None,
                       published: date | None, doc_id: str, info: DocInfo, triggers: list[Trigger],
                       events: list[Event]) -> Event | None:
        """What an invitation is to, as an event of its own, first reported by the invitation's sentence (the
        convention of our gold sets): "lud Pistorius zu einem Besuch in Ankara ein" is also Pistorius's planned visit,
        "lud die Gewerkschaften zu einem Spitzengespräch ein" a planned meeting of the inviter and the invited. Its
        date and place are the noun's own; none for a refused invitation or one without a named guest."""
        guests = [p.actor for p in invitation.participants if p.role == "recipient"]
        # (a denied report of the invitation denies what it was to as well: "Einen Bericht, wonach X die Ministerin zu einer
        # Aussprache gebeten habe, dementierte ihr Sprecher")
        denied = invitation.status == "negated" and self._denied_report(doc, sent, *sent.segments[target.segment])
        if invitation.status == "negated" and not denied or not guests:
            return None
        event = self._event(doc, sent, target, by_id, actors, sources, speaker, last_subject, published, doc_id, info,
                            triggers, events)
        if event is None:
            return None
        if event.type == "Visit":
            event.participants = [Participant(g, "initiator") for g in guests]
        else:
            # (with no inviter named, the others named are where the guests go: "sind X und Y bei Landesrat Z zu einem
            # Gespräch geladen")
            hosts = [p.actor for p in invitation.participants if p.role == "initiator"] \
                or [p.actor for p in invitation.participants if p.role != "recipient"]
            event.participants = [Participant(a, "participant") for a in hosts + guests]
        event.status = "negated" if denied else "planned" if invitation.status == "happened" and not self._acceptance_open(
            doc, sent, target.token.i) else "hypothetical"
        # its date is the one set for it ("für November") or one after the noun ("zu einem Treffen am 3. März"), never
        # the invitation's ("lud am Montag … ein")
        base = sent.span.start_char
        dates = self.time.dates(sent.span.text, published, forward=True)
        chosen = next((d for d in dates if not d.weak and self.time.scheduled(sent.span.text, d)), None) or next(
            (d for d in dates if not d.weak and d.start >= target.token.idx - base), None)
        event.date = chosen.value if chosen is not None else None
        return event

    @staticmethod
    def _paragraph_of(event: Event, sentences: list[Sentence]) -> int | None:
        """The paragraph of the sentence an event was first reported in."""
        sent = EventExtractor._sentence_at(sentences, event.evidence[0].start) if event.evidence else None
        return sent.paragraph if sent is not None else None

    def _headline_visit(self, doc: Doc, sent: Sentence, info: DocInfo, by_id: dict[str, Actor], built: list[Event]) -> Event | None:
        """A headline that puts a person of another state at a place ("Norwegens Energieminister in Wien: …") reports
        that person's visit there, unless the headline reports one already."""
        trip = self._headline_trip(doc, sent, info, by_id)
        visit = self.lang.frames.get("Visit")
        if trip is None or visit is None or any(e.type == "Visit" and trip[0] in e.actor_ids() for e in built):
            return None
        person, place = trip
        a, b = sent.segments[0]
        return Event(id=f"visit-{sent.span.start_char}-{doc[a].idx}", type="Visit", participants=[Participant(person, "initiator")],
                     status="happened", evidence=[clean_span(sent.span)], place=place, date=None, cameo=visit.cameo,
                     plover=visit.plover_code, trigger=TextSpan(doc[a:b].text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1])))

    def _invited_trip(self, sent: Sentence, invitation: Event, trig: Trigger, published: date | None = None) -> Event | None:
        """An invitation to a place with no event noun is an invitation to travel there (events.yml trip_prepositions):
        "lud den Kanzler nach Rom ein" is also the Chancellor's planned visit to Rome (the convention of our gold sets,
        as for "zu einem Besuch in Rom"); two or more guests invited there by a named host are to meet the host."""
        guests = [p.actor for p in invitation.participants if p.role == "recipient"]
        visit = self.lang.frames.get("Visit")
        if invitation.status == "negated" or not guests or visit is None or not trig.frame.trip_prepositions:
            return None
        doc = trig.token.doc
        a, b = sent.segments[trig.segment]
        places = [m for m in sent.mentions if a <= m.start < b and self._kinds.get(m.actor) in ("Place", "Country")
                  and m.start > 0 and doc[m.start - 1].lower_ in trig.frame.trip_prepositions]
        status = "planned" if invitation.status == "happened" and not self._acceptance_open(doc, sent, trig.token.i) \
            else "hypothetical"
        if not places and trig.is_noun and trig.frame.stay_verbs:
            # "Auf Einladung von Fischer war Mattarella in Wien": the guest's stay there is the visit
            places = [m for m in sent.mentions if a <= m.start < b and self._kinds.get(m.actor) in ("Place", "Country")
                      and m.start > 0 and doc[m.start - 1].lower_ in trig.frame.stay_prepositions]
            if not any(t.tag_ in FINITE_TAGS and t.lemma_ in trig.frame.stay_verbs for t in doc[a:b]):
                places = []
            status = invitation.status
        if not places or any(self._venue_noun(doc, t.i, b) for t in doc[a:b]):
            return None  # ("ins Landhaus nach Innsbruck eingeladen": to a meeting at a venue, not on a trip)
        # (the trip's time is the one set for it or named with what the guest is invited to: "für Oktober nach Oslo",
        # "zur Eröffnung … im Herbst nach X")
        content = self._content_chars(sent, trig)
        base = sent.span.start_char
        when = next((d.value for d in self.time.dates(sent.span.text, published, forward=True) if not d.weak and (
            self.time.scheduled(sent.span.text, d) or any(x <= base + d.start and base + d.end <= y for x, y in content))), None)
        # several guests asked to one place meet their host there: "hat seine Amtskollegen X und Y nach Bregenz gebeten" is
        # a planned meeting of the three, no trip of each
        hosts = [p.actor for p in invitation.participants if p.role == "initiator"]
        meeting = self.lang.frames.get("Meeting") if len(guests) >= 2 and hosts else None
        frame = meeting or visit
        participants = [Participant(k, "participant") for k in hosts + guests] if meeting else \
            [Participant(g, "initiator") for g in guests]
        return Event(
            id=f"{frame.type.lower()}-{invitation.evidence[0].start}-{doc[places[0].start].idx}", type=frame.type,
            participants=participants, status=status, evidence=list(invitation.evidence[:1]), place=places[0].actor,
            date=when, cameo=frame.cameo, plover=frame.plover_code,
            according_to=list(invitation.according_to), trigger=invitation.trigger)

    def _agreed_after_talks(self, doc: Doc, events: list[Event], before: int) -> None:
        """An agreement with one party, in a sentence that opens with talks after an aftermath preposition (grammar.yml
        aftermath_prepositions, aftermath_results) that this party held with others, is theirs: "Nach wochenlangen
        Gesprächen mit den Grünen einigte sich die ÖVP auf eine Koalition"."""
        new = events[before:]
        for talks in new:
            if talks.type not in self.aftermath_types or len(talks.participants) < 2 or talks.trigger is None:
                continue
            token = doc.char_span(talks.trigger.start, talks.trigger.end, alignment_mode="expand")
            if token is None or not any(t.lower_ in self.aftermath_prepositions and t.tag_ == "APPR"
                                        for t in doc[max(token.sent.start, token.start - 5) : token.start]):
                continue
            held = [p.actor for p in talks.participants]
            for deal in new:
                if deal.type in self.aftermath_results and len(deal.participants) == 1 and deal.evidence == talks.evidence \
                        and deal.participants[0].actor in held and deal.trigger is not None and deal.trigger.start > talks.trigger.start:
                    deal.participants += [Participant(a, "participant") for a in held if a != deal.participants[0].actor]

    def _acceptance_open(self, doc: Doc, sent: Sentence, after: int) -> bool:
        """Whether the guest accepts is an open question (grammar.yml open_acceptance): an opener after token ``after``
        in the sentence, or opening the next one, with a verb of accepting in its clause ("ob der Premier komme")."""
        starts = [t.i for t in sent.span if t.i > after and t.lower_ in self.acceptance_openers]
        following = self._sentence_list[sent.index + 1] if sent.index + 1 < len(self._sentence_list) else None
        if following is not None and doc[following.span.start].lower_ in self.acceptance_openers:
            starts.append(following.span.start)
        for start in starts:
            end = next((t.i for t in doc[start + 1 : len(doc)] if t.is_punct), len(doc))
            if any(f in self.acceptance_lemmas for t in doc[start + 1 : end] if t.pos_ in ("VERB", "AUX")
                   for f in self._verb_lemmas(doc, t, end)):
                return True
        return False

    @staticmethod
    def _drop_visit_purpose(events: list[Event], before: int) -> None:
        """Talks named as what a visitor came for, with nobody else, are the visit's purpose, not a meeting of their own:
        "ist zu politischen Gesprächen nach Wien gekommen" (whom she met, the next sentences tell)."""
        new = events[before:]
        spans = {e.evidence[0] for e in new if e.evidence}
        # (the visit may have joined an earlier report of it: the headline's)
        visits = [v for v in events if v.type == "Visit" and spans & set(v.evidence)]
        visitors = {p.actor for v in visits for p in v.participants}
        for e in new:
            if e.type in ("Meeting", "Negotiation") and len(e.participants) == 1 and e.participants[0].actor in visitors \
                    and e.trigger is not None and e.trigger.text[:1].isupper() \
                    and any(e.evidence[0] in v.evidence for v in visits):
                events.remove(e)

    def _venue_noun(self, doc: Doc, i: int, b: int) -> bool:
        """A common noun after a venue preposition at ``i`` ("ins Landhaus", "in das Kanzleramt"); not a time ("im Juni",
        "im Herbst")."""
        if doc[i].lower_ not in self.venue:
            return False
        j = i + 1 + (i + 1 < b and doc[i + 1].tag_ == "ART")
        return j < b and is_common_noun(doc[j]) and doc[j].lower_ not in self.months and doc[j].lower_ not in self.time.seasons

    def _parties_from_next(self, events: list[Event], sentences: list[Sentence]) -> None:
        """An event without named parties takes those of the first event of a type it carries the parties of
        (events.yml carries_parties_of; Negotiation and Agreement each other's) reported in its own or the next
        sentence: "Metaller-KV: Erste Runde ohne Einigung" / "Die Verhandlungen sind am Donnerstag ohne Ergebnis
        vertagt worden. Die Gewerkschaften PRO-GE und GPA sowie der FMTI trennten sich, ohne sich zu einigen." A
        report that then equals an earlier one (type, parties, status, date) is one event with it."""
        carried = {f.type: f.carries_parties_of for f in self.frames}
        starts = [s.span.start_char for s in sentences]
        for event in reversed(list(events)):  # (from the last, so that parties pass back over several reports)
            if event not in events or event.participants or event.type == "Statement" or not event.evidence or not carried.get(event.type):
                continue
            k = bisect_right(starts, event.evidence[0].start)  # the sentence after the event's
            limit = starts[k + 1] if k + 1 < len(starts) else float("inf")
            source = next((e for e in events if e is not event and e.participants and e.evidence
                           and event.evidence[0].start < e.evidence[0].start < limit
                           and (e.type == event.type or e.type in carried[event.type])), None)
            if source is None:
                continue
            event.participants = self._carried(source, event.type)
            same = next((e for e in events if e is not event and e.type == event.type and e.actor_ids() == event.actor_ids()
                         and e.status == event.status and dates_agree(e, event)), None)
            if same is not None:
                first, second = (event, same) if event.evidence[0].start < same.evidence[0].start else (same, event)
                merge_into(first, second)
                events.remove(second)

    def _bargaining_sides(self, events: list[Event], sentences: list[Sentence], by_id: dict[str, Actor]) -> None:
        """Talks and agreements that no sentence gives parties to ("Keine Einigung in der dritten KV-Runde") are those of
        the sides of a bargaining the article reports: the organisations that make an offer and those that make a demand
        as subjects of grammar.yml bargaining verbs ("Der Fachverband bot 1,1 Prozent, die Gewerkschaften verlangen
        2,3"), and for the talks also the people whose title makes them a side's negotiator. Nothing without both an
        offer and a demand of different organisations."""
        open_events = [e for e in events if not e.participants and e.type in self.bargaining_types]
        if not open_events:
            return
        offers: list[str] = []
        demands: list[str] = []
        for sent in sentences:
            doc, start, end = sent.span.doc, sent.span.start, sent.span.end
            before = start  # the subject of a verb stands between the finite verb before it and the verb
            for t in sent.span:
                if t.tag_ not in FINITE_TAGS:
                    continue
                lemmas = set(self._verb_lemmas(doc, t, end))
                if t.tag_ == "VAFIN":
                    # (and the participle of an auxiliary's clause: "Der Fachverband hatte 1,3 Prozent angeboten")
                    clause_end = next((k.i for k in doc[t.i + 1 : end] if k.text in {",", ";", ":"} or k.tag_ in FINITE_TAGS), end)
                    lemmas |= {self._lemma(k) for k in doc[t.i + 1 : clause_end] if k.tag_ == "VVPP"}
                for sides, verbs in ((offers, self.offer_lemmas), (demands, self.demand_lemmas)):
                    if lemmas & verbs:
                        subjects = [m.actor for m in sent.mentions if before <= m.start < t.i and by_id[m.actor].type == "Organization"
                                    and not self._is_oblique(doc, m, start)]
                        # (or, after a fronted phrase, the subject right after the verb: "Für Lokführer verlangt die vida …")
                        subjects = subjects or [m.actor for m in sent.mentions if m.start == t.i + 1 + (doc[t.i + 1].tag_ == "ART")
                                                and by_id[m.actor].type == "Organization"]
                        sides.extend(k for k in subjects if k not in sides)
                before = t.i + 1
        if not offers or not demands or set(offers) & set(demands):
            return
        negotiators = [k for k, actor in by_id.items() if actor.type == "Person"
                       and any(r.role.lower().endswith(self.negotiator_titles) for r in self._roles.get(k, ()))]
        for event in open_events:
            people = negotiators if event.type in self.negotiator_types else []
            event.participants = [Participant(k, "participant") for k in offers + demands + people]

    def _employers(self, doc: Doc, events: list[Event], sentences: list[Sentence], mentions: list[ActorMention],
                   by_id: dict[str, Actor]) -> list[Event]:
        """A person's contract that names no other party (grammar.yml ``employment_contracts``) is with their club or
        employer: an organisation of its clause or named after a town there ("reiste nach Wolfsburg, wo sie einen
        Vertrag unterschrieb": VfL Wolfsburg); else the one organisation the person already made an agreement with
        ("Der LASK hat X verpflichtet … Der Stürmer bekommt einen Vertrag bis 2028", which is then that agreement
        again); else the club the person moves to ("wechselt zum VfL Wolfsburg"); else the organisation named most often
        before it, the last of equals, and never one the person left ("vom SKN", "aus Maribor") or was with before
        ("zuletzt beim Drittligisten Y tätig"). A contract that names nobody is first given its holder
        (``_contract_holder``)."""
        kept: list[Event] = []
        for event in events:
            trigger = event.trigger
            sent = self._sentence_at(sentences, trigger.start) if trigger is not None else None
            span = doc.char_span(trigger.start, trigger.end) if sent is not None else None
            if event.type != "Agreement" or span is None or len(event.participants) > 1 \
                    or not trigger.text.lower().endswith(self.contract_nouns):
                kept.append(event)
                continue
            a, b = sent.segments[sent.segment_of(span.start)]
            if not event.participants or by_id[event.participants[0].actor].type == "Organization":
                # (a club named in the clause is the other side: "…, der beim Klub einen Vertrag erhielt")
                holder = self._contract_holder(doc, sent, a, span.start, mentions, by_id)
                if holder is not None and holder not in event.actor_ids():
                    event.participants.insert(0, Participant(holder, "participant"))
                if len(event.participants) > 1:
                    self._keep_contract(event, kept)
                    continue
            person = event.participants[0].actor if event.participants else None
            if person is None or by_id[person].type != "Person":
                kept.append(event)
                continue
            clause = [m for m in sent.mentions if a <= m.start < b and not self._former_affiliation(doc, m.start, a)]
            before = [m for m in mentions if m.start_char < trigger.start and by_id[m.actor].type == "Organization"
                      and not self._former_affiliation(doc, m.start, 0)]
            towns = {by_id[m.actor].label for m in clause if by_id[m.actor].type == "Place"}
            here = [m.actor for m in clause if by_id[m.actor].type == "Organization"]
            here += [m.actor for m in before if any(town in by_id[m.actor].label for town in towns)]
            partners = [[p.actor for p in e.participants if by_id[p.actor].type == "Organization"] for e in kept
                        if e.type in ("Agreement", "Negotiation") and person in e.actor_ids()]
            partners = [sides[0] for sides in partners if len(sides) == 1]
            joined = [m.actor for m in before if m.start > 0 and doc[m.start - 1].lower_ in self.transfer_to]
            left = {m.actor for m in before if m.start > 0 and doc[m.start - 1].lower_ in self.transfer_from | {"aus"}}
            counts = Counter(m.actor for m in before if m.actor not in left)
            latest = {m.actor: m.start for m in before}
            employer = next(iter(here + partners + joined), None) or max(counts, key=lambda k: (counts[k], latest[k]), default=None)
            if employer is None:
                kept.append(event)
                continue
            event.participants.append(Participant(employer, "participant"))
            self._keep_contract(event, kept)
        return kept

    @staticmethod
    def _keep_contract(event: Event, kept: list[Event]) -> None:
        """Keep a contract whose parties are now known, merged into the same agreement if one was reported."""
        same = next((e for e in kept if e.type == event.type and e.actor_ids() == event.actor_ids() and e.status == event.status
                     and dates_agree(e, event)), None)
        if same is not None:
            merge_into(same, event)
        else:
            kept.append(event)

    def _contract_holder(self, doc: Doc, sent: Sentence, a: int, i: int, mentions: list[ActorMention],
                         by_id: dict[str, Actor]) -> str | None:
        """Whose contract the noun at ``i`` (its clause opening at ``a``) is: the antecedent of the relative clause it
        stands in ("X, der einen Dreijahresvertrag erhielt"), or the person of the possessive's gender named most often
        before, the last of equals ("Sein Vertrag wurde verlängert" in a portrait of a player who quotes his coach)."""
        if doc[a].tag_ == "PRELS" and a > 0:
            antecedent = self._relative_antecedent(doc, a)
            if antecedent is None and a >= 2 and doc[a - 1].text == "," and doc[a - 2].tag_ in ("VVPP", "VVINF", "VAINF", "VMINF") \
                    and doc[a].lower_ in self.relative_genders:
                # put after the final verb: the last person of the pronoun's gender in the clause before ("haben X als
                # Trainer präsentiert, der …")
                before = sent.segments[sent.segment_of(a - 2)]
                gender = self.relative_genders[doc[a].lower_]
                antecedent = next((m for m in reversed(sent.mentions) if before[0] <= m.start < a - 2
                                   and by_id[m.actor].type == "Person" and self._gender(by_id[m.actor]) == gender), None)
            return antecedent.actor if antecedent is not None and by_id[antecedent.actor].type == "Person" else None
        k = back_over(doc, i - 1, a, ("ADJA",))
        gender = self.possessive_genders.get(doc[k].lower_) if k >= a and doc[k].tag_ == "PPOSAT" else None
        if gender is None:
            return None
        people = [m for m in mentions if m.end <= k and by_id[m.actor].type == "Person" and self._gender(by_id[m.actor]) == gender]
        counts = Counter(m.actor for m in people)
        latest = {m.actor: m.start for m in people}
        return max(counts, key=lambda p: (counts[p], latest[p]), default=None)

    @staticmethod
    def _sentence_at(sentences: list[Sentence], char: int) -> Sentence | None:
        """The sentence holding the character offset ``char``."""
        return next((s for s in sentences if s.span.start_char <= char < s.span.end_char), None)

    def _sequel(self, sent: Sentence) -> bool:
        """The sentence opens with a word that puts it right after the one before (grammar.yml sequel_openers)."""
        words = [t.lower_ for t in islice((t for t in sent.span if not t.is_space), 3)]
        return any(words[: len(w)] == w for w in self.sequel_openers)

    @staticmethod
    def _plan_day(start: int, end: int, clauses: dict[bool, list[tuple[int, int]]]) -> bool:
        """The characters ``start:end`` lie in the clause of a planned or hypothetical event and of no other event."""
        def within(spans: list[tuple[int, int]]) -> bool:
            return any(x <= start and end <= y for x, y in spans)
        return within(clauses[True]) and not within(clauses[False])

    @staticmethod
    def _trip_of(event: Event, events: list[Event], present: bool = False, there: bool = False) -> Event | None:
        """The dated visit reported before that ``event`` happened on: one of its visitors takes part in it at
        the visit's destination ("Die Ministerin ist am Dienstag nach Kiew gereist. In Kiew traf sie X", or "dort":
        grammar.yml destination_words); told in the present tense, also a planned visit ("Stocker reist am Donnerstag
        nach Prag. Er trifft dort X")."""
        if event.type == "Visit" or event.place is None and not there:
            return None
        ids = event.actor_ids()
        statuses = ("happened", "planned") if present else ("happened",)
        return next((e for e in reversed(events) if e.type == "Visit" and e.status in statuses and e.date
                     and (e.place == event.place or event.place is None) and e.actor_ids() & ids), None)

    def _single_body(self, event: Event, by_id: dict[str, Actor]) -> bool:
        """A meeting of one national body alone ("Parteivorstand", "die ÖVP bei ihrer Klausur")
        is a session, not an event (ANNOTATION.md); a summit of an international grouping is one."""
        if event.type != "Meeting" or len(event.participants) != 1:
            return False
        actor = by_id[event.participants[0].actor]
        return actor.type == "Organization" and actor.country is not None


def affiliations(doc: Doc, actors: list[Actor], mentions: list[ActorMention], prepositions: frozenset[str] = frozenset(),
                 town_endings: tuple[str, ...] = ()) -> dict[str, set[str]]:
    """The organisations (and towns) the article ties each person to, for telling which people act for which side:
    a title's prefix ("Danubia-Geschäftsführerin", "ÖSV-Präsidentin"), a name in brackets right after the person's
    ("Eva Scherz (GPA)", "Anton Friedle (Gramais)"), one after one of ``prepositions`` ("Gerald Kniebeiß (ÖVP) aus
    Gnas") and a town whose adjective (``town_endings``) stands in the person's title ("sein Pilsner Amtskollege X")."""
    kinds = {a.id: a.type for a in actors}
    by_text: dict[str, str] = {}
    for a in actors:
        if a.type in ("Organization", "Place"):
            by_text.setdefault(a.label.lower(), a.id)
            for m in a.mentions:
                by_text.setdefault(m.text.lower(), a.id)
    out: dict[str, set[str]] = {}
    for a in actors:
        for role in a.roles if a.type == "Person" else ():
            org = role.org and (by_text.get(role.org.lower()) or next(
                (i for t, i in by_text.items() if t.startswith(role.org.lower() + " ")), None))
            if org:
                out.setdefault(a.id, set()).add(org)
    by_start = {m.start: m for m in mentions}
    bracketed: dict[str, list[tuple[str, str]]] = {}
    for m in mentions:
        inner = by_start.get(m.end + 1)
        if kinds.get(m.actor) == "Person" and inner is not None and kinds.get(inner.actor) in ("Organization", "Place") \
                and doc[m.end].text == "(" and inner.end < len(doc) and doc[inner.end].text == ")":
            bracketed.setdefault(inner.actor, []).append((m.actor, inner.start))
    # a town or organisation after "aus" right after the person (past a bracket): "Gerald Kniebeiß (ÖVP) aus Gnas"
    for m in mentions:
        if kinds.get(m.actor) != "Person":
            continue
        k = m.end
        if k < len(doc) and doc[k].text == "(":
            k = next((t.i + 1 for t in doc[k : min(len(doc), k + 8)] if t.text == ")"), k)
        origin = by_start.get(k + 1) if k < len(doc) and doc[k].lower_ in prepositions else None
        if origin is not None and kinds.get(origin.actor) in ("Organization", "Place"):
            out.setdefault(m.actor, set()).add(origin.actor)
    # a town's adjective in the person's title: "sein Pilsner Amtskollege X" (not a genitive: "Burgenlands Landeshauptmann"
    # speaks for more than his Land)
    towns = {a.label: a.id for a in actors if a.type == "Place"}
    for m in mentions:
        if kinds.get(m.actor) == "Person":
            town = _title_town(doc, m.start, towns, town_endings)
            if town is not None:
                out.setdefault(m.actor, set()).add(town)
    labels = {a.id: a.label for a in actors if a.type == "Organization"}
    for org, ties in bracketed.items():
        # the short name of an organisation named in full elsewhere: "Kurt Maier (Austropapier)" of "Fachverband Austropapier"
        full = next((i for i, label in labels.items() if i != org and label.endswith(" " + labels.get(org, "\0"))), None)
        if full is not None:
            for person, _ in ties:
                out.setdefault(person, set()).add(full)
        # a name the text only ever puts in brackets after people is a label, a party's as a rule ("Rabl (FPÖ)"): no side
        elif sum(m.actor == org for m in mentions) > len(ties):
            for person, _ in ties:
                out.setdefault(person, set()).add(org)
    return out


def _title_town(doc: Doc, start: int, towns: dict[str, str], endings: tuple[str, ...]) -> str | None:
    """The town whose adjective stands in the title right before a name: "Pilsner" (Pilsen), "Gnaser" (Gnas) in "sein
    Pilsner Amtskollege", "der Gnaser Bürgermeister". The adjective is the town's name with an ending, which may drop an
    "e" before the name's last letter ("Pilsen", "Pilsner") or an "en" ("Bremen", "Bremer")."""
    k = start - 1
    while k >= 0 and start - k <= 4 and doc[k].tag_ in ("ADJA", "ADJD", "NN", "NE") and doc[k].text[:1].isupper():
        word = doc[k].text
        ending = next((e for e in endings if word.endswith(e) and len(word) > len(e) + 1), None)
        stem = word[: -len(ending)] if ending else ""
        stems = [stem, stem[:-1] + "e" + stem[-1], stem + "en"] if stem else []
        town = next((towns[s] for s in stems if s in towns), None)
        if town is not None:
            return town
        k -= 1
    return None
