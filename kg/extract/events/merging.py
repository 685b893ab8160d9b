"""Repeated reports of one event, and back references, joined into one event.

A trigger with no actors, or a definite noun ("das Telefonat", "bei dem Treffen") with none
attached, refers back to the last event of its type: it adds evidence (and the subjects of its
clause) to it or, when its status or date differ, reports a new event of the same participants
(ANNOTATION.md: events with different content or status are separate). Repeated reports of one
event (same type, same participants, compatible dates) merge, keeping the first sentence as
first evidence and its status; so do a report naming states and one naming their
representatives ("USA und Iran verhandelten" / "Witkoff und Araghchi verhandelten").
"""

from __future__ import annotations

from kg.extract.events.grammar import Grammar, contains
from kg.extract.events.segments import Sentence
from kg.extract.events.triggers import Trigger
from kg.extract.model import Actor, Event, Participant
from kg.lang import EventFrame

# what a definite anaphoric noun ("das Gespräch") may refer back to
BACK_REFERENCE_TYPES = ("Call", "Meeting", "Negotiation")
# a back reference with one of these statuses is an event of its own ("Die Verhandlungen sollen
# fortgesetzt werden"); a hypothetical one ("ob die Gespräche abgeschlossen werden können") is not
NEW_EVENT_STATUSES = ("planned", "negated")
# a report of these naming one party of an earlier one of the same status is more of it ("Angerufen habe der Kanzler")
SINGLE_REPORT_TYPES = ("Call",)


class Merger(Grammar):
    """Adds each new event to the article's list: merged, referred back, or new."""

    def _add(self, events: list[Event], event: Event, trig: Trigger, by_id: dict[str, Actor], sources: set[str],
             sent: Sentence) -> Event | None:
        """Merge repeated reports of one event; attach back references (see module docstring). Returns the earlier
        event that a setting phrase ("bei dem Treffen", "am Rande des Gipfels") refers back to, else None."""
        same_type = [e for e in events if e.type == event.type]
        if trig.is_noun and trig.support_lemmas & trig.frame.recipient_support_verbs:
            # "Stocker wolle der Einladung im Oktober folgen": the guest's answer to an invitation reported before is
            # no invitation of its own (what it leads to, the visit, is reported with the invitation)
            answered = next((e for e in reversed(same_type) if e.participants and event.actor_ids() <= e.actor_ids()), None)
            if answered is not None:
                merge_into(answered, event)
                return
        if trig.anaphoric and (not trig.definite or trig.explicit):
            probe = trig.probe or event.actor_ids()
            target = next((e for e in reversed(events) if e.type in BACK_REFERENCE_TYPES and probe <= e.actor_ids() and e.participants), None)
            if target is not None:
                merge_into(target, event)
                return
        if trig.is_noun and trig.definite and not trig.explicit:
            types = BACK_REFERENCE_TYPES if trig.anaphoric else (event.type,)
            # "bei der Balkankonferenz" does not refer back to "beim EU-Gipfel": compounds with other modifiers
            # (a demonstrative that names who attends may complete a summit reported without them: "ein kleiner Gipfel
            # einiger Regierungschefs … Dieses Vortreffen, an dem auch X teilnimmt")
            named = trig.attendees and self._determiner(trig.token.doc, trig.token.i, trig.token.sent.start) in self.demonstratives
            earlier = [e for e in reversed(events) if e.type in types and (e.participants or named) and not self._other_compound(e, trig)]
            # "Laut dem Kreml dauerte das Telefonat …": the call of the source's side first
            countries = {by_id[s].country for s in sources} - {None}
            preferred = [e for e in earlier if any(by_id[p.actor].country in countries for p in e.participants)]
            target = next((e for e in preferred + earlier if e.status == event.status and dates_agree(e, event)),
                          (preferred + earlier)[0] if earlier else None)
            if named and earlier:
                target = earlier[0]  # ("dieser" is the latest)
            if target is not None and trig.anaphoric and not trig.adverbial and self._continues(target, event):
                event.type, event.cameo, event.plover = target.type, target.cameo, target.plover  # what "Gespräche" continue
                self._refer_back(events, target, event, trig.subjects)  # "Die Gespräche sollen … fortgesetzt werden"
                return
            if target is not None and (trig.anaphoric or trig.adverbial):
                # "das Gespräch", "nach dem Treffen" only ever add evidence (and, for "bei dem
                # Treffen", the people said to act there)
                merge_into(target, event)
                known = target.actor_ids()
                if trig.during or trig.joins:
                    target.participants.extend(Participant(s, "participant") for s in trig.subjects if s not in known)
                target.participants.extend(Participant(s, "participant") for s in self._after_summit(trig, target, by_id)
                                           if s not in known)
                return target if trig.during else None
            if target is not None:
                self._refer_back(events, target, event, trig.subjects)
                return
        if not event.participants and trig.is_noun and event.type == "Meeting" and not trig.adverbial \
                and self._determiner(trig.token.doc, trig.token.i, trig.token.sent.start) in self.indefinite:
            # "ein sogenannter Mini-Gipfel der Willigen": a new meeting, whose participants later sentences may
            # name ("Neben X sind auch Y vertreten"); dropped at the end if none do
            events.append(event)
            return
        if not event.participants:
            same_type = [e for e in same_type if not (trig.is_noun and self._other_compound(e, trig))]
            preferred = [e for e in same_type if any(by_id[p.actor].country in {by_id[s].country for s in sources} for p in e.participants)]
            named = [e for e in same_type if e.participants]  # (not a report still waiting for its parties)
            preferred = [e for e in preferred if e.participants]
            target = (preferred or named or [None])[-1]
            related = next((e for e in reversed(events) if e.type in trig.frame.carries_parties_of and len(e.participants) >= 2), None)
            # talks reported after the event this one would refer back to
            talks_since = target is not None and related is not None and events.index(related) > events.index(target)
            if talks_since and trig.is_noun and event.status in ("hypothetical", "planned") and related.actor_ids() != target.actor_ids():
                # "Rot-Grün scheiterte … SPÖ und NEOS verhandeln … Eine Einigung halte sie für möglich": the agreement
                # the latest talks may reach, not another of the parties of an earlier one
                event.participants = self._carried(related, event.type)
                events.append(event)
            elif target is not None and target.status == "negated" and (trig.is_noun and event.status in ("hypothetical", "planned")
                                                                       or not trig.is_noun and event.status == "happened"):
                # "haben sich nicht einigen können … Eine Einigung bis zum Sommer sei realistisch": the
                # agreement still to come is another event than the one that failed, of the same parties; so is what they
                # did agree on ("ohne Einigung … Man habe sich lediglich darauf verständigt, dass …")
                event.participants = [Participant(p.actor, p.role) for p in target.participants]
                events.append(event)
            elif target is not None and event.type == "Visit" and event.status != target.status and not trig.possessive \
                    and event.place is not None and target.place is not None and event.place != target.place:
                # "X besuchte Tunesien. Eine Reise nach Libyen wurde abgesagt": a trip elsewhere with another status is
                # another trip of the same traveller (not "sagte seine Reise ab", whose owner may be another)
                event.participants = [Participant(p.actor, p.role) for p in target.participants]
                events.append(event)
            elif target is not None and self._continues(target, event):
                self._refer_back(events, target, event, [])  # "Am 3. März wird weiterverhandelt"
            elif target is not None and event.status == "negated" and target.status != "negated" and not dates_agree(target, event) \
                    and trig.is_noun and self._determiner(trig.token.doc, trig.token.i, trig.token.sent.start) in self.indefinite:
                # what failed at another time is another event: of the parties of the talks reported since ("schlossen am
                # Mittwoch einen Vergleich … hatten im Herbst verhandelt, eine Einigung kam damals nicht zustande"), else of
                # the same parties
                if talks_since:
                    event.participants = self._carried(related, event.type)
                    events.append(event)
                else:
                    self._refer_back(events, target, event, [])
            elif target is not None:
                merge_into(target, event)
            elif (trig.is_noun or self._impersonal(trig, sent)) and related is not None:
                # (also "Verhandelt wurde seit Oktober" after the contract of X and Y: their talks)
                # "Beide halten eine Einigung für möglich" after the talks between X and Y: theirs
                event.participants = self._carried(related, event.type)
                events.append(event)
            elif trig.is_noun and trig.support_lemmas & trig.frame.signature_verbs and (pair := self._signing_pair(sent, by_id)):
                # "X und Y arbeiten künftig zusammen. Der Vertrag wurde am Mittwoch unterzeichnet": the pair's contract
                event.participants = [Participant(k, "participant") for k in pair]
                events.append(event)
            elif trig.is_noun and event.status in trig.frame.unnamed_statuses:
                events.append(event)  # kept only if no report of this type names its parties (extract)
            elif trig.is_noun and trig.frame.carries_parties_of:
                events.append(event)  # it may take the parties of the next sentence's report (extract), else it is dropped
            return
        for existing in same_type:
            if existing.actor_ids() == event.actor_ids() and dates_agree(existing, event) and self._statuses_agree(existing, event) \
                    and not self._trip_onward(existing, event, trig):
                merge_into(existing, event)
                return
        if event.type == "Visit" and self._companion(trig, sent):
            # "X, der mit nach Moskau gereist war": X came along on the trip reported before to that place
            trip = next((e for e in reversed(same_type) if e.place == event.place and e.status == event.status), None)
            if trip is not None and event.place is not None:
                merge_into(trip, event, union=True)
                return
        if self._guest_list(trig, event):
            # "Marterbauer bittet Länder und Gemeinden zur Schlussrunde … Eingeladen sind auch X und Y": the guests of the
            # invitation reported before, which named who invited
            invited = next((e for e in reversed(same_type) if e.status == event.status and dates_agree(e, event)
                            and any(p.role == "initiator" for p in e.participants)), None)
            if invited is not None:
                merge_into(invited, event, union=True)
                return
        if len(event.participants) == 1 and event.type in SINGLE_REPORT_TYPES:
            # "Angerufen habe der Kanzler", "ging der Anruf von Lula aus": who called in the call reported before
            called = next((e for e in reversed(same_type) if len(e.participants) >= 2 and event.actor_ids() < e.actor_ids()
                           and e.status == event.status and dates_agree(e, event)), None)
            if called is not None:
                merge_into(called, event)
                return
        for existing in same_type:
            # a later report that names one party and a pronoun for the other: "ein Gespräch mit X überzeugte ihn"; or
            # only the partner, with no first party in the clause: "Meinl-Reisinger in Sarajevo – kein Treffen mit
            # Dodik … Ein Treffen mit Dodik war nicht vorgesehen"
            if len(event.participants) == 1 and event.actor_ids() < existing.actor_ids() and existing.status == event.status \
                    and not (trig.is_noun and self._other_compound(existing, trig)) \
                    and dates_agree(existing, event) and (trig.is_noun and trig.comitative and not trig.subjects or any(
                        t.lower_ in self.party_pronouns and t.tag_ in ("PPER", "PRF", "") for t in trig.token.sent)):
                merge_into(existing, event)
                return
        for existing in same_type:
            # the headline names one side and describes the other, the text names both: "Wels verhandelt mit Betreiber
            # über Rechenzentrum" / "Die Stadt Wels und der Betreiber Danubia Data verhandeln": one event
            if existing.participants and existing.actor_ids() < event.actor_ids() and existing.status == event.status and dates_agree(existing, event) \
                    and self._in_headline(existing) and not self._in_headline(event):
                merge_into(existing, event, union=True)
                return
        for existing in same_type:
            if self._trip_onward(existing, event, trig):
                continue
            if existing.status == event.status and dates_agree(existing, event) and (
                    self._same_states(existing, event, by_id) or self._same_sides(existing, event, by_id)
                    or self._same_sides(event, existing, by_id) or self._lead_signatories(existing, event, trig, by_id)):
                merge_into(existing, event, union=True)
                return
        events.append(event)

    def _trip_onward(self, existing: Event, event: Event, trig: Trigger) -> bool:
        """The trip's verb says it went on from where the traveller was to another place, a visit of its own
        (grammar.yml onward_words: "Von Wien aus reiste X weiter nach Bratislava", "fliegt nach Astana weiter")."""
        if event.type != "Visit" or trig.is_noun or event.place is None or existing.place in (None, event.place):
            return False
        return (trig.lemma or "").startswith(tuple(self.onward_words)) or any(
            t.lower_ in self.onward_words for t in trig.token.sent if t.tag_ in ("ADV", "PTKVZ", "ADJD"))

    def _companion(self, trig: Trigger, sent: Sentence) -> bool:
        """The trip's clause says its traveller came along: "der mit nach Moskau gereist war" (grammar.yml
        companion_phrases)."""
        a, b = sent.segments[trig.segment]
        lowers = [t.lower_ for t in trig.token.doc[a:b]]
        return any(contains(lowers, phrase) for phrase in self.companion_phrases)

    def _after_summit(self, trig: Trigger, target: Event, by_id: dict[str, Actor]) -> list[str]:
        """A leader who speaks "nach dem Treffen" of a grouping's summit took part in it: "Bundeskanzler Stocker zeigte
        sich nach dem Treffen erleichtert" after the EU summit (only a summit that has an organisation among its parties,
        not a meeting of named others; only the clause's people who are no object)."""
        doc, sent = trig.token.doc, trig.token.sent
        if not trig.is_noun or self._preposition(doc, trig.token.i, sent.start) not in self.retrospective \
                or target.type != "Meeting" or not any(by_id[p.actor].type == "Organization" for p in target.participants):
            return []
        people = [m for i, m in self._by_start.items() if sent.start <= i < sent.end and by_id[m.actor].type == "Person"
                  and not m.via_role and not self._is_oblique(doc, m, sent.start)]
        return [m.actor for m in people][:1]

    @staticmethod
    def _guest_list(trig: Trigger, event: Event) -> bool:
        """A verb's participle naming guests and no one who invited: "Eingeladen sind auch X und Y"."""
        return not trig.is_noun and trig.frame.type == "Invitation" and trig.token.tag_ == "VVPP" and bool(event.participants) \
            and not any(p.role == "initiator" for p in event.participants)

    def _signing_pair(self, sent: Sentence, by_id: dict[str, Actor]) -> list[str]:
        """The two organisations or towns the sentence before joins with "und", in the same paragraph, for a signed
        contract that names no party."""
        if sent.index == 0 or self._sentence_list[sent.index - 1].paragraph != sent.paragraph:
            return []
        return self._pair_before(sent, by_id)

    def _impersonal(self, trig: Trigger, sent: Sentence) -> bool:
        """A verb's participle with "werden" and no one named ("Verhandelt wurde seit Oktober"), or a verb whose
        subject is "man" or "wir" and no one named ("Geeinigt habe man sich noch nicht")."""
        if self._werden_passive(trig.token, trig.token.sent):
            return True
        a, b = sent.segments[trig.segment]
        return not trig.is_noun and any(t.lower_ in self.speaker_pronouns and t.tag_ in ("PIS", "PPER", "")
                                         for t in trig.token.doc[a:b])

    def _in_headline(self, event: Event) -> bool:
        """The event's first report is the article's headline: its first sentence, a paragraph of its own."""
        sentences = self._sentence_list
        if len(sentences) < 2 or sentences[0].paragraph == sentences[1].paragraph or not event.evidence:
            return False
        return event.evidence[0].start < sentences[0].span.end_char

    def _modifier(self, text: str, frame: EventFrame) -> str:
        """What a trigger compound adds to its head: "balkan" in "Balkankonferenz", "" in "Gipfel"."""
        low = text.lower()
        heads = [s for s in frame.noun_suffixes if low.endswith(s)] + [n.lower() for n in frame.nouns if low.endswith(n.lower())]
        for suffix in self.genitive_suffixes if not heads else ():  # a genitive: "des EU-Türkei-Gipfels"
            stem = low[: len(low) - len(suffix)]
            if low.endswith(suffix) and stem.endswith(tuple(frame.noun_suffixes) + tuple(n.lower() for n in frame.nouns)):
                low = stem
                heads = [s for s in frame.noun_suffixes if low.endswith(s)] + [n.lower() for n in frame.nouns if low.endswith(n.lower())]
                break
        return low[: len(low) - max(map(len, heads))].rstrip("-") if heads else ""

    def _other_compound(self, earlier: Event, trig: Trigger) -> bool:
        """The noun and the earlier event's trigger are compounds with different modifiers."""
        if earlier.trigger is None or earlier.type != trig.frame.type:
            return False
        if self._determiner(trig.token.doc, trig.token.i, 0) in self.demonstratives:
            return False  # "diese Beruhigungskonferenz" points back whatever it is called
        mine, theirs = self._modifier(trig.token.text, trig.frame), self._modifier(earlier.trigger.text, trig.frame)
        return bool(mine) and bool(theirs) and mine != theirs

    def _refer_back(self, events: list[Event], target: Event, event: Event, subjects: list[str]) -> None:
        """A back reference adds evidence and its clause's subjects to ``target``; with another
        status or date it is a new event of the same participants (ANNOTATION.md)."""
        # (what may still come after a cancelled or failed one is another event too: "sagte die Reise ab … Der Besuch
        # könnte Ende Oktober nachgeholt werden")
        again = target.status == "negated" and event.status == "hypothetical"
        if event.status not in NEW_EVENT_STATUSES and not again or event.status == target.status and dates_agree(target, event):
            merge_into(target, event)
            known = target.actor_ids()
            target.participants.extend(Participant(s, "participant") for s in subjects if s not in known)
            return
        known = {p.actor for p in target.participants}
        event.participants = [Participant(p.actor, p.role) for p in target.participants]
        event.participants += [Participant(s, "participant") for s in subjects if s not in known]
        event.place = event.place or target.place
        for existing in events:
            if existing.type == event.type and existing.actor_ids() == event.actor_ids() and existing.status == event.status and dates_agree(existing, event):
                merge_into(existing, event)
                return
        events.append(event)

    def _continues(self, target: Event, event: Event) -> bool:
        """A report without parties of what lies ahead, after the same kind of event has been reported as done, is the
        next round, another event of the same parties: "X und Y verhandelten … Die Gespräche sollen kommende Woche
        fortgesetzt werden" (ANNOTATION.md: events with different status are separate)."""
        return target.status == "happened" and event.status == "planned"

    def _statuses_agree(self, a: Event, b: Event) -> bool:
        """Reports of one event: same status, or a later report that is less definite; but what may still come after
        a cancelled or failed one is another event ("Trump sagte den Gipfel mit Putin ab … schloss ein Treffen mit dem
        Kremlchef zu einem späteren Zeitpunkt nicht aus")."""
        if a.status == "negated" and b.status in ("hypothetical", "planned"):
            return False
        return a.status == b.status or b.status not in NEW_EVENT_STATUSES + ("hypothetical",) or a.status != "happened" and b.status != "negated"

    def _same_states(self, a: Event, b: Event, by_id: dict[str, Actor]) -> bool:
        """One report names states, the other their representatives: "USA und Iran verhandelten",
        "Witkoff und Araghchi verhandelten" (each person's country is one of the states)."""
        def split(e: Event) -> tuple[set[str], set[str | None]]:
            states = {by_id[p.actor].country for p in e.participants if by_id[p.actor].type == "Country"}
            people = {by_id[p.actor].country for p in e.participants if by_id[p.actor].type == "Person"}
            return states, people
        sa, pa = split(a)
        sb, pb = split(b)
        kinds_a = {by_id[p.actor].type for p in a.participants}
        kinds_b = {by_id[p.actor].type for p in b.participants}
        if kinds_a == {"Country"} and kinds_b == {"Person"}:
            return len(sa) >= 2 and pb == sa
        if kinds_b == {"Country"} and kinds_a == {"Person"}:
            return len(sb) >= 2 and pa == sb
        return False

    def _same_sides(self, sides: Event, people: Event, by_id: dict[str, Actor]) -> bool:
        """One report names organisations, the other the people who act for them: "Die Stadt Wels und Danubia Data
        verhandeln" / "verhandelt Bürgermeister Rabl mit Danubia-Geschäftsführerin Brandstätter" (some person tied to
        one of the organisations, none to another, nothing else named that the first report lacks)."""
        orgs = {p.actor for p in sides.participants if by_id[p.actor].type in ("Organization", "Place")}
        persons = [p.actor for p in people.participants if by_id[p.actor].type == "Person"]
        if not orgs or len(persons) < 2 or any(p.actor not in orgs for p in people.participants if by_id[p.actor].type != "Person"):
            return False
        ties = [self._affiliations.get(p, set()) for p in persons]
        return any(t & orgs for t in ties) and not any(t and not t & orgs for t in ties)

    def _lead_signatories(self, headline: Event, people: Event, trig: Trigger, by_id: dict[str, Actor]) -> bool:
        """The headline's agreement of two organisations or towns and the lead's agreement of two people signed for
        them are one: "Villach und Universität Klagenfurt unterzeichnen Vertrag" / "Bürgermeister X und Rektorin Y
        unterzeichneten …" (within the headline's next three sentences; neither person tied to anyone else)."""
        if people.type != "Agreement" or not self._in_headline(headline):
            return False
        sides = {p.actor for p in headline.participants}
        persons = [p.actor for p in people.participants]
        if len(sides) != 2 or len(persons) != 2 or any(by_id[k].type == "Person" for k in sides) \
                or any(by_id[k].type != "Person" for k in persons):
            return False
        if any(self._affiliations.get(k, set()) - sides for k in persons):
            return False
        sentences = self._sentence_list
        return len(sentences) <= 4 or trig.token.i < sentences[4].span.start

    def _join_halves(self, events: list[Event], before: int) -> None:
        """Two new events of one type and status from one sentence that share a participant, or of
        which one has a single participant, are one event reported by two triggers ("hat sich einen
        Deal gesichert: Sie habe einen Vertrag mit X unterzeichnet"); a multilateral event is never
        split (ANNOTATION.md). Visits to different places stay apart."""
        i = before
        while i < len(events):
            e = events[i]
            # (not two pairs that share one party: "X traf zunächst A, danach wurde sie von B empfangen" are two meetings)
            target = next((t for t in events[before:i] if t.type == e.type and t.status == e.status and t.type != "Statement"
                           and (t.actor_ids() & e.actor_ids() or len(t.participants) == 1 or len(e.participants) == 1)
                           and not (len(t.participants) >= 2 and len(e.participants) >= 2
                                    and t.actor_ids() - e.actor_ids() and e.actor_ids() - t.actor_ids())
                           and (t.place is None or e.place is None or t.place == e.place) and dates_agree(t, e)), None)
            if target is None:
                i += 1
                continue
            merge_into(target, e, union=True)
            del events[i]


def dates_agree(a: Event, b: Event) -> bool:
    return a.date is None or b.date is None or a.date == b.date


def merge_into(target: Event, other: Event, *, union: bool = False) -> None:
    for span in other.evidence:
        if span not in target.evidence:
            target.evidence.append(span)
    target.date = target.date or other.date
    target.duration = target.duration or other.duration
    target.place = target.place or other.place
    target.according_to = sorted(set(target.according_to) | set(other.according_to))
    roles = {p.actor: p for p in target.participants}
    if union:
        target.participants.extend(Participant(p.actor, p.role) for p in other.participants if p.actor not in roles)
    for p in other.participants:
        if p.actor in roles and p.role == "initiator" and roles[p.actor].role == "participant" and not any(q.role == "initiator" for q in target.participants):
            roles[p.actor].role = "initiator"
