"""A trigger's arguments (participants, place, initiator) and the event they make.

A trigger's arguments are the actors of its segment (function words from ``grammar.yml``):

- actors after a locative preposition ("in Kiew", "nach Moskau") give the place;
- actors in an attribution ("nach Angaben des Kreml", "laut TASS", "berichtete TASS") are the
  sources the report is attributed to, never participants;
- actors attached to an event noun ("Telefonat mit Trump", "Treffen zwischen X und Y",
  "Besuch des Präsidenten") belong to that noun's event, not to another trigger's; a noun's
  other arguments are the actors of its clause that no preposition governs (its subjects);
- a country inside a title ("Tschechiens Außenminister") only qualifies the title;
- "er"/"sie" resolves to the speaker of the sentence or the last subject, unless that person's
  gender (given name or office title) does not fit: then to the person of the sentence who fits
  ("sie" with none is a group); "die beiden" to the pair of people that most often took part in
  an event together so far;
- a capital in a participant slot stands for its state ("Moskau und Kiew einigten sich"), but after
  a municipal noun it is the city ("die Stadt Wien"); another town or region is a party only when it
  acts (subject, or partner after "mit"/"zwischen": "Graz einigte sich mit dem Bund").

``ArgumentReader._event`` reads them, adds the parties of ``parties``, and asks ``status``
and ``dates`` for the rest of the event.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from kg.extract.actors import ActorMention
from kg.extract.events.attribution import Attribution
from kg.extract.events.dates import DateRules
from kg.extract.events.grammar import (
    CLAUSE_OPENER_TAGS,
    DASHES,
    DETERMINER_TAGS,
    FINITE_TAGS,
    INFINITIVE_TAGS,
    NONFINITE_TAGS,
    back_over,
    back_over_words,
    clean_span,
    contains,
    is_common_noun,
)
from kg.extract.events.parties import PartyFinder, entry_actor
from kg.extract.events.segments import DocInfo, Sentence
from kg.extract.events.status import StatusRules
from kg.extract.events.triggers import Trigger
from kg.extract.model import Actor, Event, Participant, TextSpan
from kg.nlp.gazetteer import actor_key

TREATY_TYPES = ("Negotiation", "Agreement")  # events a named treaty brings its parties to
ROLE_FOR_OTHERS = {"Invitation": "recipient", "Visit": "recipient"}


@dataclass
class Conjuncts:
    """A segment's verb-phrase joints: (conjunction, its finite verb), the object pronouns of the sentence,
    and the segment's first finite verb."""

    joints: list[tuple[int, int]]
    pronouns: list[int]
    first_finite: int | None


class ArgumentReader(PartyFinder, Attribution, StatusRules, DateRules):
    """Reads a trigger's arguments into an event (with status and date)."""

    def _event(self, doc: Doc, sent: Sentence, trig: Trigger, by_id: dict[str, Actor], actors: list[Actor],
               sources: set[str], speaker: str | None, last_subject: str | None, published: date | None,
               doc_id: str, info: DocInfo, triggers: list[Trigger], events: list[Event]) -> Event | None:
        a, b = sent.segments[trig.segment]
        seg_mentions = [m for m in sent.mentions if a <= m.start < b and m.start not in info.modifiers
                        and not self._former_affiliation(doc, m.start, a)]
        trig.joins = trig.is_noun and trig.definite and any(
            f in self.participation_verbs for t in doc[a:b] if t.pos_ in ("VERB", "AUX", "") for f in self._verb_lemmas(doc, t, b))
        # actors attached to another event noun of the clause belong to that noun's event
        # (not the inviter of "auf Einladung von X", who hosts the clause's event)
        others = {s for t in triggers if t is not trig and t.is_noun and not t.occasion and t.segment == trig.segment for s in t.chain} - trig.chain
        places: list[tuple[int, str]] = []  # (rank, actor): lower rank = better place
        participants: list[str] = []
        subjects: list[str] = []
        subject: str | None = None
        dropped: list[ActorMention] = []
        conj = self._conjuncts(doc, sent, a, b)
        passive = self._passive_clause(doc, trig, a, b)
        # a trip noun that names its traveller after it ("ein Besuch von X", "die Reise des Ministers X")
        # (not a host after "bei": "kündigte einen Besuch bei Erdoğan an")
        # (but one who gets a visit hosts it: "erhält Kanzler X Besuch vom polnischen Präsidenten Y"; grammar.yml hosting_verbs)
        visitor_named = trig.is_noun and trig.frame.type == "Visit" and trig.token.i + 1 < len(doc) \
            and doc[trig.token.i + 1].lower_ in self.agent_prepositions | self.genitive \
            and any(i in info.starts and self._kinds.get(info.starts[i].actor) == "Person" for i in trig.chain) \
            and not any(f in self.hosting_verbs for t in doc[a:b] if t.pos_ in ("VERB", "AUX") for f in self._verb_lemmas(doc, t, b))
        # "Nach zwei Jahren Verhandlungen haben X und Y den Weg frei gemacht": in a clause that opens with the talks, the
        # pair after the finite verb held them (grammar.yml aftermath_prepositions; the talks name no party of their own)
        after_talks = trig.is_noun and not trig.chain and trig.frame.type in self.aftermath_types \
            and any(t.lower_ in self.aftermath_prepositions and t.tag_ == "APPR" for t in doc[max(a, trig.token.i - 6) : trig.token.i]) \
            and self._subject_pair(doc, seg_mentions, trig, a, b)
        attending = self._attending_clause(doc, trig, b, sent.span.end)
        for m in seg_mentions:
            actor = by_id[m.actor]
            if m.actor in sources and not self._named_again(sent, m, info) or m.start in others:
                continue
            if attending is not None and attending[0] <= m.start < attending[1]:
                continue  # (read below)
            if not trig.is_noun and trig.token.tag_ in NONFINITE_TAGS and m.start > trig.token.i \
                    and any(t.lower_ in self.conjunctions for t in doc[trig.token.i + 1 : m.start]) \
                    and not any(t.tag_ in FINITE_TAGS for t in doc[trig.token.i + 1 : m.start]):
                # "soll zwischen X und Y vereinbart und den Nachbarstaaten Z mitgeteilt werden": Z is the next verb's (not
                # after a fronted participle: "Eingeladen sind auch X und Y")
                continue
            if trig.is_noun and self._proposing_clause(doc, m, a, b):
                continue  # "Ein Gipfel mit Renzi, wie es Platter vorgeschlagen hatte, lehnt Kern ab": Platter only proposed it
            if conj is not None and self._other_conjunct(m, trig, seg_mentions, conj):
                continue  # "X besucht Wien und trifft dort Y": Wien is the visit's, Y the meeting's
            # (but a medium attached to a negotiation or agreement noun, or the partner after "mit" of one, is a party: "die
            # Verhandlungen des ORF mit den Privatsendern", "hat sich mit der Krone geeinigt"; one attached to a talk or call
            # is the interviewer)
            if m.actor in info.media and actor.type == "Organization" and not (m.start in trig.chain and trig.frame.type in TREATY_TYPES) \
                    and not (trig.frame.type in TREATY_TYPES and self._preposition_of(doc, m, a) in self.comitative) \
                    and (participants or self._is_oblique(doc, m, a)) and not self._conjoined_party(doc, m, seg_mentions, participants):
                continue  # a news medium told of it: "Faymann habe der Kronen Zeitung eine Einigung verkauft"
            slot = self._is_place_slot(doc, m) or actor.type == "Place" and trig.is_noun and self._names_the_event(doc, m, trig)
            capital = actor.type == "Place" and self._capital_iso(actor.label) is not None
            if capital and not slot and self._names_a_noun(doc, m, a, trig, info):
                places.append((4, m.actor))
                continue  # the name of the noun before it: "die Zukunft des Standorts Wien", "der Flughafen Wien"
            acting = actor.type == "Place" and not slot and trig.frame.type != "Visit" and (
                self._acting_place(doc, m, a, trig) or after_talks and not self._is_oblique(doc, m, a))
            if trig.frame.type == "Visit" and not trig.is_noun and actor.type in ("Place", "Country") \
                    and self._preposition_of(doc, m, a) in self.trip_origin_prepositions:
                places.append((6, m.actor))
                continue  # where the trip set out from: "Von Wien aus reiste X weiter nach Bratislava"
            if actor.type in ("Place", "Country") and (slot or trig.frame.type == "Visit") or actor.type == "Place" and not capital and not acting:
                # the most specific location wins: a city after "in"/"nach" before a country, a
                # named object before a genitive ("Schließen der Balkanroute"); a visit's
                # destination is its place, never a participant; nor is a place that is no capital
                rank = 0 if slot else 4 if self._is_oblique(doc, m, a) else 2
                places.append((rank + (0 if actor.type == "Place" else 1), m.actor))
                continue
            if actor.type == "Organization" and slot and doc[m.start - 1].lower_ in self.venue:
                places.append((0, m.actor))
                continue
            if m.end < b and m.end != trig.token.i and is_common_noun(doc[m.end]) and m.end not in info.title_tokens \
                    and self.genitive_suffixes and doc[m.end - 1].text.endswith(self.genitive_suffixes) \
                    and not actor.label.endswith(self.genitive_suffixes) and actor.type == "Person":
                continue  # "Bans Vorgänger Boutros-Ghali": the possessor of another noun
            if trig.frame.type == "Visit" and not trig.is_noun and m.start > trig.token.i and self._genitive_of_noun(doc, m, a, trig):
                continue  # "besuchte das Werk des Faserherstellers Lenzing": the plant is visited, not its owner
            if m.end < len(doc) and doc[m.end].lower_.startswith(self.origin_participles) and self._preposition_of(doc, m, a) == "aus":
                continue  # "der aus den USA stammende Papst": where someone comes from
            if actor.type != "Person" and self._meeting_topic(doc, m, a):
                continue  # "eine Krisensitzung zu Griechenland": what the meeting is about
            in_topic = trig.is_noun and m.start not in trig.chain and self._in_topic(doc, trig.token.i, m.start, b)
            topic_party = trig.is_noun and m.start not in trig.chain and self._parties_of_topic(doc, trig, m, a, b)
            if in_topic and not topic_party:
                continue  # "Gespräche über den Währungsfonds sowie den ESM": what they are about
            if self._after_noun(doc, m, a, self.mediator_nouns):
                continue  # "unter Vermittlung Norwegens", "mit dem Vermittler X": mediators are no parties (ANNOTATION.md)
            if trig.frame.type == "Meeting" and self._after_noun(doc, m, a, self.chair_nouns):
                if m.actor not in participants:
                    participants.append(m.actor)  # "unter (dem) Vorsitz von X": the chair takes part
                continue
            if actor.type != "Person" and self._apposition_attribute(doc, m, a, by_id):
                continue  # "mit X, Kronprinz der Vereinigten Arabischen Emirate": X's office, not a party
            # the agent of a passive acts: "wurde von Kanzler X empfangen", "wurde von X und Y unterzeichnet"
            agent = passive and self._preposition_of(doc, m, a) in self.agent_prepositions
            oblique = self._is_oblique(doc, m, a) and not agent
            if visitor_named and m.start not in trig.chain and not oblique:
                continue  # "Einen Besuch von X in Athen lehnte Minister Y ab": Y refused it, X is the visitor
            if trig.is_noun and not trig.takes_subjects and m.start not in trig.chain and not after_talks and not topic_party:
                continue  # "nach den Entschlüssen der Klimakonferenz äußerte sich X", "protestiert gegen den Gipfel": X was not there
            # (but who an invitation was received from is its inviter: "erhielt von X eine Einladung")
            if trig.is_noun and oblique and m.start not in trig.chain and not topic_party \
                    and not self._partner_in_relative(doc, trig, m, b) \
                    and not (trig.light and self._preposition_of(doc, m, a) in self.light_partners) \
                    and not (trig.support_lemmas & trig.frame.recipient_support_verbs and self._preposition_of(doc, m, a) in self.agent_prepositions) \
                    and not self._partner_before(doc, m, trig, a) \
                    and not (trig.during and actor.type == "Person" and self._case_object(doc, m, a)):
                dropped.append(m)
                continue  # "Erwartungen an das Treffen", "Themen des Treffens waren die Hilfe für X"
            if self._between_in_topic(doc, m, a):
                continue  # "Über den Ausbau der Bahnstrecke zwischen Graz und Maribor verhandeln …": what it is about
            governor = self._preposition_of(doc, m, a)
            if not trig.is_noun and governor is not None and not agent and (governor not in self.partner or self._noun_attribute(doc, m, a)):
                continue  # "einigten sich auf Sanktionen gegen Russland", "auf Anordnung von X eingetroffen": no party
            if not trig.is_noun and governor is None and self._topic_genitive(doc, m, a):
                continue  # "haben sich auf die Finanzierung der Ukraine verständigt": what they agreed on
            if not trig.is_noun and governor is None and actor.type != "Person" and doc[m.start - 1].tag_ == "ADJA" \
                    and self._genitive_attribute(doc, back_over(doc, m.start - 1, a, ("ADJA", "ADJD")), a):
                # "zu Gesprächen über die Bildung einer gemeinsamen Bundesregierung eingeladen": what they are about (a
                # described attribute; a bare one may stand for its whole: "Die Staaten der Europäischen Union")
                continue
            key = self._state_for_capital(actor, actors, by_id, m, doc)
            if key not in participants:
                participants.append(key)
            if not oblique and m.start not in trig.chain and key not in subjects:
                subjects.append(key)
            if subject is None and m.start < trig.token.i and not oblique and not self._object_after_front(doc, m, a):
                subject = key
            elif subject is None and not oblique and self._inverted_subject(doc, m, trig, a):
                subject = key  # "Zum Abschied lud Novak die Ministerin nach Prag ein"
        # "Der Gipfel, bei dem auch X vertreten sein wird": X attends (not "an dem aus Österreich X teilnahm"); a noun
        # that names no one else refers back to the meeting X attends
        trig.attendees = [] if attending is None else list(dict.fromkeys(
            m.actor for m in sent.mentions if attending[0] <= m.start < attending[1] and self._kinds.get(m.actor) != "Place"
            and m.start not in info.modifiers
            and m.actor not in sources and not self._is_oblique(doc, m, attending[0])))
        if participants or not (trig.definite or trig.possessive):
            participants += [k for k in trig.attendees if k not in participants]
            subjects += [k for k in trig.attendees if k not in subjects]
        # an infinitive clause takes its subject from the clause it depends on: "Merz und Tusk kündigten an,
        # Gespräche … aufzunehmen"; a verb's infinitive clause never has one of its own, so its subject joins the
        # object ("Trump kündigte an, Putin … zu treffen"), also through a pronoun ("Putin sagte, er sei bereit,
        # Selenskyj zu treffen": the speaker)
        if (not participants or not trig.is_noun or trig.light) and trig.segment > 0 and any(t.tag_ in INFINITIVE_TAGS for t in doc[a:b]):
            for pa, pb in reversed(sent.segments[max(0, trig.segment - 2) : trig.segment]):
                heads = [m for m in sent.mentions if pa <= m.start < pb and m.actor not in sources and m.start not in info.modifiers
                         and by_id[m.actor].type != "Place" and (not self._is_oblique(doc, m, pa) or self._represented(doc, m, pa))]
                for n, m in enumerate(heads):
                    key = self._state_for_capital(by_id[m.actor], actors, by_id, m, doc)
                    if n == 0 and not trig.is_noun:
                        subject = key  # ("Muchitsch kündigte an, Riedl … einladen zu wollen": Riedl is the object)
                    if key not in participants:
                        participants.append(key)
                        subjects.append(key)
                if not heads and not trig.is_noun and speaker is not None and by_id[speaker].type == "Person" \
                        and any(t.tag_ == "PPER" and t.lower_ in self.pronouns for t in doc[pa:pb]):
                    if speaker not in participants:
                        participants.insert(0, speaker)
                        subjects.insert(0, speaker)
                    break
                if heads or trig.is_noun:
                    break
            # "Stocker vereinbarte mit Orbán, weiter zu verhandeln": the clause is what both agreed to do, so the
            # partner after "mit" is a party too (events.yml carries_parties_of)
            pa, pb = sent.segments[trig.segment - 1]
            lo, hi = doc[pa].idx, doc[pb - 1].idx + len(doc[pb - 1])
            agreed = next((e for e in reversed(events) if e.trigger is not None and lo <= e.trigger.start < hi and e.participants
                           and e.type in trig.frame.carries_parties_of), None) if participants and not trig.is_noun else None
            for p in agreed.participants if agreed is not None else []:
                if p.actor not in participants:
                    participants.append(p.actor)
                    subjects.append(p.actor)
            if not participants:
                # "Die beiden vereinbarten, im März erneut zu verhandeln": the parties of the event of the clause it
                # depends on, named there by a pronoun or "die beiden"
                pa, pb = sent.segments[trig.segment - 1]
                lo, hi = doc[pa].idx, doc[pb - 1].idx + len(doc[pb - 1])
                governing = next((e for e in reversed(events) if e.trigger is not None and lo <= e.trigger.start < hi and e.participants), None)
                for p in governing.participants if governing is not None else []:
                    participants.append(p.actor)
                    subjects.append(p.actor)
        compound = self._compound_actors(trig.token, actors, by_id) if trig.is_noun and "-" in trig.token.text else []
        # a counted group as subject ("die beiden Unternehmen"), read once: its actors join the parties below
        counted = self._counted_group(doc, sent, a, b, info, by_id)
        if not participants and dropped and not trig.definite and not compound and not counted:
            # (not when a counted group is the subject: "Die beiden Unternehmen schlossen vor dem Landesgericht
            # Innsbruck einen Vergleich")
            # nothing but prepositional actors: "Verhandlungen über ein Hilfspaket für Griechenland" (a
            # compound names its own: "Die Entscheidung Ungarns kommt kurz vor einem EU-Gipfel")
            for m in dropped:
                if self._preposition_of(doc, m, a) in self.topic or self._in_topic(doc, trig.token.i, m.start, b):
                    continue  # what the talks are about ("Gespräche über die Ukraine", "über den IWF sowie den ESM")
                if self._preposition_of(doc, m, a) in self.court_prepositions:
                    continue  # where it took place: "vor dem Handelsgericht"
                key = self._state_for_capital(by_id[m.actor], actors, by_id, m, doc)
                if key not in participants:
                    participants.append(key)
        for key in compound:
            if key not in participants:
                participants.append(key)
        # talks without a topic (decided once the prepositional parties are in: "Zwischen X und Y gab es
        # Gespräche") are negotiations between states or organisations, a meeting of people
        # ("Gespräche der Parteien", of unnamed organisations or states, stay negotiations)
        # (people the text ties to organisations hold them for those: "Geführt werden die Gespräche von KAGes-Vorständin
        # X und Sanvita-Geschäftsführer Y" are the two companies' negotiation)
        if trig.fallback is not None and (not participants and not self._group_attribute(doc, trig.token.i, b)
                                          or any(by_id[p].type == "Person" and not self._affiliations.get(p) for p in participants)):
            trig.frame, trig.anaphoric, trig.fallback = trig.fallback, True, None
        if not trig.is_noun and trig.lemma in self.topic_talk_verbs and participants and self.negotiation_frame is not None \
                and not any(by_id[p].type == "Person" for p in participants) \
                and any(t.lower_ in self.topic_talk_prepositions for t in doc[a:b]):
            trig.frame = self.negotiation_frame  # grammar.yml topic_talks: "sprach mit der Energie Steiermark über …"
        if trig.is_noun and trig.frame is self.coalition_frame:
            for key in self._coalition_parties(doc, trig, subject, actors, by_id):
                if key not in participants:
                    participants.append(key)
        # "die Verhandlungen zum Freihandelsabkommen TTIP": a treaty named in the clause brings its parties
        if trig.frame.type in TREATY_TYPES:
            for key in self._treaty_parties(doc, a, b, actors, by_id):
                if key not in participants:
                    participants.append(key)
                    compound.append(key)
        # "bei dem Treffen warfen X und Y ihrem Gast … vor": the guest is the visitor of the last visit
        if trig.frame.type != "Visit":
            guests = self._guests(doc, a, b, events, by_id)
            # (a visitor the clause names is not her own guest: "bat Meinl-Reisinger ihren Amtskollegen zu einem
            # Gegenbesuch" is the host, a counterpart below)
            for key in guests if not set(guests) <= set(participants) else []:
                if key not in participants:
                    participants.append(key)
        # "lud Stubb seinen Gastgeber zu einem Gegenbesuch ein": the host is whom the last visitor met
        if trig.frame.type != "Visit":
            for key in self._hosts(doc, a, b, events, by_id) or self._counterparts(doc, a, b, events, by_id):
                if key not in participants:
                    participants.append(key)
            for key in self._host_clause(doc, sent, trig, by_id):
                if key not in participants:
                    participants.append(key)
        # "reist nach Belgrad weiter, wo ein Treffen mit Präsident Vučić geplant ist": the traveller meets him there
        if subject is None and not any(not self._is_oblique(doc, m, a) for m in seg_mentions if m.actor in participants):
            for key in self._travellers_there(doc, sent, a, b, trig, events, by_id):
                if key not in participants:
                    participants.insert(0, key)
        # "Ein von der EU vorgeschlagenes Ministertreffen lehnte Saudi-Arabien ab": the proposer takes part
        if trig.is_noun and not trig.chain:
            for key in self._proposers(doc, sent, trig, a, by_id):
                if key not in participants:
                    participants.append(key)
        # "das Treffen der EU-Innenminister", "die NATO-Außenminister trafen sich": the grouping
        # behind a collective role takes part (ANNOTATION.md: summits of groupings)
        for key in self._collective_roles(doc, trig, a, b, actors, by_id):
            if key not in participants:
                participants.append(key)
                compound.append(key)
        # "XXXLutz bestätigte Gespräche mit der Gemeinde": talks "mit" someone need a first party, and an
        # organisation confirming or announcing them is it (it stays a source of talks it only reports:
        # "Der Kreml bestätigte das Telefonat Putins mit Trump")
        if trig.is_noun and trig.comitative and trig.takes_subjects and not (trig.chain & set(info.starts) and any(
                doc[info.starts[i].end - 1].text.endswith(self.genitive_suffixes) and i < trig.token.i + 2 for i in trig.chain)):
            for m in seg_mentions:
                if m.actor in sources and m.start < trig.token.i and by_id[m.actor].type == "Organization" \
                        and m.actor not in info.media and not self._is_oblique(doc, m, a) and m.actor not in participants:
                    participants.insert(0, m.actor)
                    subjects.insert(0, m.actor)
        # "Einen ersten Anlauf hatte die Raiffeisenbank X 2022 unternommen, damals scheiterten Fusionsgespräche mit der
        # Raiffeisenbank Y": talks "mit" one party in a clause of their own take the subject of the clause before, of
        # the partner's kind, as their first party
        # (past a relative clause on that subject when the talks' clause opens with its finite verb: "Kurz, der nach Skopje
        # gereist war, verteidigte nach einem Treffen mit X …")
        if trig.is_noun and trig.comitative and trig.takes_subjects and len(participants) == 1 and trig.segment > 0:
            first = self._main_subject(doc, sent, trig.segment, by_id, sources, kind=by_id[participants[0]].type,
                                       over_relatives=doc[a].tag_ in FINITE_TAGS)
            if first is not None and first not in participants:
                participants.insert(0, first)
        # … and so does a verb that opens its clause after a relative clause on the subject: "Der Chef der OMV, X, der mit
        # nach Moskau gereist war, verhandelte am Rande mit Y"
        elif not trig.is_noun and subject is None and trig.token.i == a and trig.token.tag_ in FINITE_TAGS and trig.segment > 1 \
                and self._relative_opener(doc, *sent.segments[trig.segment - 1]):
            first = self._main_subject(doc, sent, trig.segment, by_id, sources, over_relatives=True)
            if first is not None and first not in participants:
                participants.insert(0, first)
                subjects.insert(0, first)
                subject = first
        # "Der VKI hat gegen die Bank geklagt und einen Vergleich erzielt": a settlement with one party named is with
        # the one the sentence sued or tried (grammar.yml settlement_nouns, opponent_prepositions)
        if trig.is_noun and trig.frame.type == "Agreement" and len(participants) == 1 \
                and trig.token.text.lower().endswith(self.settlement_nouns):
            opponent = next((m.actor for m in sent.mentions if m.actor not in participants and m.actor not in sources
                             and by_id[m.actor].type in ("Organization", "Person", "Country")
                             and self._preposition_of(doc, m, sent.span.start) in self.opponent_prepositions), None)
            if opponent is not None:
                participants.append(opponent)
        trig.explicit = bool(trig.chain - others) or bool(compound)
        trig.probe = {self._state_for_capital(by_id[info.starts[i].actor], actors, by_id, info.starts[i], doc)
                      for i in trig.chain if i in info.starts}
        if trig.probe and trig.possessive and subject:
            trig.probe.add(subject)  # "sein Gespräch mit Putin": its owner took part
        # pronoun subject: "Trump schrieb, er habe …", "Er hatte ein Treffen mit Putin …"
        # (anywhere in the clause for a noun with no party or only its partner: "Gespräche mit dem Unternehmen habe er
        # abgelehnt")
        # (and for an offer taken or turned down: "Ein Angebot der Strabag hatte er ausgeschlagen")
        offer = self._offer(trig)
        window = b if (trig.is_noun and (not participants or trig.comitative and not subjects or offer)) else trig.token.i + 3
        pronoun = next((t for t in doc[a:b] if t.lower_ in self.pronouns and t.i < window and t.tag_ in ("PPER", "")), None)
        if trig.is_noun and not trig.takes_subjects:
            pronoun = None
        group = self._group_before(doc, sent, trig.segment, by_id) \
            if pronoun is not None and pronoun.lower_ not in self.singular_pronouns and self._plural_verb(doc, pronoun, a, b) else None
        if group is not None:
            # "So hatten die Regierungschefs der Union das geplant, als sie sich trafen": the group, not a pair
            for key in group:
                if key not in participants:
                    participants.append(key)
                    subjects.append(key)
            pronoun = None
        if pronoun is not None and pronoun.lower_ not in self.singular_pronouns and self._plural_verb(doc, pronoun, a, b):
            # "statten sie … einen Besuch ab": they are the pair last named together
            for key in self._last_pair(events, by_id):
                if key not in participants:
                    participants.append(key)
                    subjects.append(key)
            pronoun = None
        # (a verb's partner fronted with "mit" is no antecedent of the subject pronoun after it: "Mit X habe er telefoniert")
        partner_only = pronoun is not None and not trig.is_noun and not subjects and bool(participants) and all(
            self._preposition_of(doc, m, a) in self.comitative for m in seg_mentions if m.actor in participants and m.start < pronoun.i)
        # (nor a name in the front field before the finite verb that "er" follows: "Kanzlerin Merkel habe er telefonisch
        # unterrichtet", "Den Präsidenten X traf er im Kreml": "er" is the subject, the name the object)
        fronted = not trig.is_noun and pronoun is not None and pronoun.lower_ in self.singular_pronouns and pronoun.i > a \
            and doc[pronoun.i - 1].tag_ in FINITE_TAGS and bool(participants) \
            and all(m.start < pronoun.i for m in seg_mentions if m.actor in participants)
        if pronoun is not None and (not participants or trig.is_noun and trig.comitative and not subjects or offer or partner_only or fronted
                                    or pronoun.i < min((m.start for m in seg_mentions if m.actor in participants), default=pronoun.i + 1)):
            antecedent = speaker if speaker and by_id[speaker].type == "Person" and speaker not in sources else last_subject
            if trig.segment > 0 and doc[a].tag_ in CLAUSE_OPENER_TAGS:
                # "X reiste nach Berlin, wo sie Y traf": a subordinate clause's pronoun is the subject of the clause before
                antecedent = self._main_subject(doc, sent, trig.segment, by_id, sources) or antecedent
            wrong = "female" if pronoun.lower_ in self.singular_pronouns else "male"
            if antecedent and self._gender(by_id[antecedent]) == wrong:
                # "er" is no woman ("sie, die Nagl helfen musste, weil er sich nicht einigte": Nagl), "sie" no man
                # ("bevor sie die Reise fortsetzen" after Mitterlehner: the refugees): the person of the sentence who
                # fits; "sie" without one is a group. ("er" without one may be a thing, "solle er bis zum Gipfel
                # ausgearbeitet werden"; it keeps its antecedent for now: without it two reports of EU meetings merge,
                # see the module docstring on repeated reports.)
                fitting = next((m.actor for m in reversed(sent.mentions) if m.start < pronoun.i and m.actor not in sources
                                and by_id[m.actor].type == "Person" and self._gender(by_id[m.actor]) not in (wrong, None)), None)
                antecedent = fitting if fitting is not None or wrong == "male" else antecedent
            if antecedent and antecedent not in participants:
                participants.insert(0, antecedent)
                subjects.insert(0, antecedent)
                subject = subject or antecedent
        # a man as the object: "…, wo ihn Putin empfing", "Dort empfing ihn Putin": the subject of the clause or
        # sentence before (grammar.yml object_pronouns)
        # (not one in a verb phrase coordinated after the trigger: "hat mit X telefoniert und ihn umzustimmen versucht")
        own_end = next((t.i for t in doc[trig.token.i + 1 : b] if t.lower_ in self.conjunctions), b)
        if not trig.is_noun and participants and any(t.lower_ in self.object_pronouns and t.tag_ in ("PPER", "") for t in doc[a:own_end]):
            antecedent = last_subject
            if trig.segment > 0 and doc[a].tag_ in CLAUSE_OPENER_TAGS:
                antecedent = self._main_subject(doc, sent, trig.segment, by_id, sources) or antecedent
            if antecedent in participants and sent.index > 0:
                # the subject is named again in this clause ("Kainz wandte sich an Landesrat X. Kainz hatte ihn
                # angerufen"): the man last named in the sentence before, who is not its subject
                before = self._sentence_list[sent.index - 1].mentions
                antecedent = next((m.actor for m in reversed(before) if m.actor not in participants
                                   and by_id[m.actor].type == "Person" and self._gender(by_id[m.actor]) == "male"), None)
            if antecedent and antecedent not in participants and by_id[antecedent].type == "Person" \
                    and self._gender(by_id[antecedent]) != "female" and antecedent not in sources:
                participants.append(antecedent)
        # a woman as the object: "Lula habe sie eingeladen" ("sie" right after the finite verb that follows the subject)
        if not trig.is_noun and participants and any(
                t.lower_ in self.feminine_object_pronouns and t.tag_ in ("PPER", "") and t.i - 1 > a
                and doc[t.i - 1].tag_ in FINITE_TAGS and t.i - 1 in self._by_end for t in doc[a:b]):
            antecedent = last_subject
            if trig.segment > 0 and doc[a].tag_ in CLAUSE_OPENER_TAGS:
                antecedent = self._main_subject(doc, sent, trig.segment, by_id, sources) or antecedent
            if antecedent and antecedent not in participants and by_id[antecedent].type == "Person" \
                    and self._gender(by_id[antecedent]) == "female":
                participants.append(antecedent)
        # "die drei Präsidenten besuchten …", "die beiden US-Firmen könnten sich einigen": the actors of
        # that kind named together last
        for key, governed in counted:
            if key not in participants:
                participants.append(key)
                if not governed:
                    subjects.append(key)
        # "Beide Seiten hätten vereinbart": the two sides of what was reported last
        for key in self._sides(doc, a, b, events, by_id):
            if key not in participants:
                participants.append(key)
                subjects.append(key)
                subject = subject or key
        # "die beiden trafen sich": the pair that most often took part in an event together
        lowers = info.lowers
        # (also in the genitive after the event noun, at the clause's end: "Ein Treffen der beiden, das … sollte")
        plural = next((i for i in range(a, b) for p in self.plural_pronouns if tuple(lowers[i : i + len(p)]) == p
                       and (i + len(p) < b or i + len(p) == b and i == trig.token.i + 1)
                       and not (i + len(p) < b and (is_common_noun(doc[i + len(p)]) or doc[i + len(p)].tag_ in ("NE", "ADJA")
                                                   and i + len(p) != trig.token.i))  # (the verb read as an adjective)
                       and i + len(p) - 1 not in info.title_tokens), None)
        if plural is not None and plural not in info.starts:
            for key in self._last_pair(events, by_id) or self._pair_before(sent, by_id):
                if key not in participants:
                    participants.append(key)
                    subjects.append(key)
        # "man"/"wir" (nominative only: the clause's subject) in reported speech is the speaker's side: "Man habe sich
        # mit X geeinigt, sagte Y" (with another party named: "Wir haben zugestimmt, sagte Y" is no agreement of Y's)
        if speaker is not None and participants and trig.takes_subjects and by_id[speaker].type in ("Person", "Organization") \
                and speaker not in participants and any(t.lower_ in self.speaker_pronouns and t.tag_ in ("PIS", "PPER", "")
                                                        for t in doc[a:b]):
            side = self._speaker_state(speaker, participants, by_id)
            participants.insert(0, side)
            subjects.insert(0, side)
            subject = subject or side
        # "sollte sich mit ihm zusammensetzen, forderte Nepp": the partner pronoun of reported speech is the speaker
        if speaker is not None and by_id[speaker].type == "Person" and speaker not in participants and speaker not in sources:
            partner = next((t for t in doc[a:b] if t.lower_ in self.partner_pronouns and t.tag_ in ("PPER", "")
                            and t.i > a and doc[t.i - 1].lower_ in self.light_partners), None)
            if partner is not None and self._gender(by_id[speaker]) == self.partner_pronouns[partner.lower_]:
                participants.append(speaker)
        # reported speech without its own subject: "Trump: Mit Putin … vereinbart"
        headline = self._headline_speaker(doc, sent)
        reporter = headline or (speaker if not trig.is_noun else None)
        if subject is None and reporter and by_id[reporter].type == "Person" and reporter not in participants and reporter not in sources:
            if participants and all(self._is_oblique(doc, m, a) for m in seg_mentions if m.actor in participants):
                participants.insert(0, reporter)
                subject = reporter
        # "Meinl-Reisinger in Sarajevo – kein Treffen mit Dodik": the traveller of a headline's first half meets the partner
        traveller = self._headline_traveller(doc, sent, by_id) if trig.is_noun and trig.segment == 1 else None
        if subject is None and traveller is not None and traveller not in participants and traveller not in sources \
                and participants and all(self._is_oblique(doc, m, a) for m in seg_mentions if m.actor in participants):
            participants.insert(0, traveller)
            subject = traveller
        # a relative clause's verb: "Bürgermeisterin X, die seit Monaten mit Rewe verhandelt"; after a pronoun that can
        # only be the subject, a name is the object: "Kanzler X, der Tsipras in Athen besucht hatte" (grammar.yml
        # nominative_relatives; also where the tagger read the pronoun as the name's article: "X, der Putin … besucht hatte")
        nominative = doc[a].lower_ in self.nominative_relatives
        # (also for a noun with its support verb: "Kommissar X, der eine Einladung Mikl-Leitners ausgeschlagen hatte")
        if (not trig.is_noun or trig.light and subject is None) and (subject is None or nominative) and trig.takes_subjects \
                and (doc[a].tag_ == "PRELS" or self._after_relative_pronoun(doc, a)) and doc[a].lower_ in self.relative_subjects and a > 0:
            antecedent = self._relative_antecedent(doc, a)
            if antecedent is not None and by_id[antecedent.actor].type in ("Person", "Organization") \
                    and antecedent.actor not in sources and antecedent.actor not in participants:
                participants.insert(0, antecedent.actor)
                subjects.insert(0, antecedent.actor)
                subject = antecedent.actor
        # the infinitive clause of an offer: "Das Angebot der EVN, den Vertrag mit der Gemeinde zu verlängern": the one
        # who offered is a party
        offerer = self._offerer(doc, sent, a, b)
        if offerer is not None and offerer.actor not in participants and offerer.actor not in sources \
                and by_id[offerer.actor].type in ("Person", "Organization", "Country"):
            participants.insert(0, offerer.actor)
            subject = subject or offerer.actor
        # … and its object or partner: "Bürgermeister X, den Y vorab telefonisch informiert hatte"
        if not trig.is_noun and a > 1 and doc[a].lower_ in self.relative_partners \
                and (doc[a].tag_ == "PRELS" or self._after_relative_pronoun(doc, a)):
            antecedent = self._relative_antecedent(doc, a)
            if antecedent is not None and by_id[antecedent.actor].type in ("Person", "Organization") \
                    and antecedent.actor not in sources and antecedent.actor not in participants:
                participants.append(antecedent.actor)
        # a verb in a coordinated clause without its own subject: "Trump telefonierte … und lud … ein"
        if not trig.is_noun and subject is None and trig.segment > 0 or (not trig.is_noun and not participants):
            head = next((m for m in sent.mentions if m.start < a and m.actor not in sources and m.start not in info.modifiers
                         and (by_id[m.actor].type == "Person" or by_id[m.actor].type == "Organization"
                              and self._relative_clause_after(doc, m.end, a))), None)
            if head is not None and head.actor not in participants and self._same_clause_chain(doc, sent, head.start, trig.token.i):
                participants.insert(0, head.actor)
                subject = head.actor
                # … all of a coordinated subject: "Erdoğan und Putin telefonieren – Besuch in der Türkei vereinbart"
                k = head.end
                while k + 1 < a and doc[k].lower_ in self.conjunctions and by_id[head.actor].type == "Person":
                    nxt = self._by_start.get(k + 1)
                    if nxt is None or by_id[nxt.actor].type != "Person" or nxt.actor in sources:
                        break
                    if nxt.actor not in participants:
                        participants.insert(1, nxt.actor)
                    k = nxt.end
        if trig.is_noun and trig.frame.type == "Visit" and not participants and places and trig.segment > 0:
            participants = self._foreign_visitor(doc, sent, a, min(places)[1], by_id, sources, info)
        fronted = self._fronted_partner(doc, sent.mentions, a) if not trig.is_noun else None
        if fronted is not None and fronted.actor not in participants and fronted.actor not in sources:
            participants.append(fronted.actor)  # "Mit den Freiheitlichen, die …, hatte der Landeshauptmann sondiert"
        related = self._relative_partner(doc, a) if not trig.is_noun else None
        if related is not None and related.actor not in participants and related.actor not in sources \
                and by_id[related.actor].type != "Place":
            participants.append(related.actor)  # "lobte Orbán, mit dem er telefoniert hatte"
        if not participants and not counted and not trig.is_noun and doc[a].lower_ in self.setting_adverbs and sent.index > 0:
            # "… traf Vertreter der GPA-djp. Dabei wurde vereinbart, …": the parties of the meeting the clause is set at
            setting = self._recent_event(events, sent, 1, lambda e: e.type in ("Meeting", "Negotiation", "Call") and bool(e.participants))
            participants = [p.actor for p in setting.participants] if setting is not None else participants
        if not participants and not counted and not trig.is_noun and passive and trig.frame.type == "Negotiation" and sent.index > 0:
            # "X und Y einigten sich auf … Über eine weitere Verlängerung soll nach der EM verhandelt werden": talks in the
            # passive with no party of their own continue those of the deal or talks the sentence before reports
            # (the latest of the three sentences before that did not fall through)
            earlier = self._recent_event(events, sent, 3, lambda e: e.type in ("Agreement", "Negotiation")
                                         and len(e.participants) > 1 and e.status != "negated")
            participants = [p.actor for p in earlier.participants] if earlier is not None else participants
        if trig.between and trig.probe:
            participants = [p for p in participants if p in trig.probe]  # "zwischen X und Y" names every party
        if not trig.is_noun and trig.lemma in trig.frame.needs_partner_for and not self._has_partner(doc, trig, a, b, participants, seg_mentions):
            return None
        # a noun of these counts only with a person attached to it: "ein Termin bei Präsident X" (not "Den Termin für das
        # Treffen legte X fest")
        if trig.is_noun and (trig.token.text in trig.frame.needs_partner_for or trig.lemma in trig.frame.needs_partner_for) and not any(
                i in info.starts and by_id[info.starts[i].actor].type == "Person" for i in trig.chain):
            return None
        if (trig.is_noun and (trig.token.lower_.endswith(self.grouping_only) or trig.lemma.lower().endswith(self.grouping_only))
                or not trig.is_noun and trig.lemma in self.grouping_only_verbs and trig.lemma in trig.frame.verbs
                and not (self._person_partner(doc, seg_mentions, a, participants, by_id)
                         and (trig.token.tag_ in FINITE_TAGS or self._comitative_partner(doc, seg_mentions, a, participants, by_id))
                         or self._invited_purpose(doc, sent, trig) and sum(by_id[p].type == "Person" for p in participants) >= 2)
                and not (related is not None and by_id[related.actor].type == "Person")) and not any(
                by_id[p].type == "Organization" and by_id[p].country is None for p in participants) \
                and not (trig.joins and self._grouping_meeting(latest_meeting(events), by_id)):
            # a session of one body ("die Sitzung des Nationalrats"); "die Sitzung der Eurogruppe" is a meeting, and so
            # is "die Sitzung" after a grouping's meeting ("An der Sitzung nahm für Österreich X teil")
            return None
        if not trig.is_noun and trig.frame.type == "Visit" and trig.token.tag_ in ("VVINF", "VVIZU") \
                and any(self._lemma(t) in self.causative for t in doc[trig.token.i + 1 : b]):
            return None  # "die Flüchtlinge einreisen zu lassen": the subject lets others travel
        if not trig.is_noun and trig.lemma in trig.frame.vote_verbs \
                and any(is_common_noun(t) and t.lower_.endswith(trig.frame.vote_objects)
                        for t in (doc[a:b] if len(participants) > 1 else sent.span)):
            # "die Partei will der Reform nicht zustimmen" is a vote, not an agreement; so is one body's assent to a
            # bill of another clause ("Bevor die Reform in Kraft treten kann, muss der Bundesrat zustimmen")
            return None
        if not trig.is_noun and trig.lemma in trig.frame.vote_verbs and participants \
                and all(by_id[p].label.lower().endswith(self.approving_bodies) for p in participants):
            return None  # "Zustimmen muss noch die Finanzmarktaufsicht": an approval of a single body (grammar.yml)
        if not trig.is_noun and trig.lemma in trig.frame.vote_verbs and any(
                is_common_noun(t) and t.lower_.endswith(self.approving_bodies) and self._preposition(doc, t.i, a) is None
                for t in doc[a:b]):
            return None  # "nachdem die Belegschaft zugestimmt hatte": the assent of a body named by a common noun
        if self._offer(trig) and len(participants) < 2:
            return None  # an accepted offer needs who made it and who took it
        if trig.transfer:
            # the clubs a player moves between are the parties, not the player
            participants = [info.starts[i].actor for i in trig.transfer if i in info.starts]
            subjects, subject = [], None
        if trig.lemma in trig.frame.needs_person_for and not any(by_id[p].type == "Person" for p in participants):
            return None  # "die Türkei ruft den Sicherheitsrat an" is an appeal, not a phone call
        if not trig.is_noun and trig.lemma in self.signing_verbs and (
                not any(by_id[p].type == "Organization" for p in participants)
                or any(t.tag_ in ("VVIZU", "PTKZU") for t in sent.span)
                or any(t.tag_ == "VAFIN" and self._lemma(t) in self.copulas for t in doc[a:b])
                and not any(t.tag_ == "VAPP" for t in doc[a:b])):  # (not the passive "ist verpflichtet worden")
            # "verpflichtete sich, die Schulden zu zahlen" is a promise, not a signing; "ist der JVP verpflichtet" a bond
            return None
        if not trig.is_noun and trig.lemma in self.signing_prepositions and not any(
                a < m.start < b and self._preposition(doc, m.start, a) in self.signing_prepositions[trig.lemma]
                and by_id[m.actor].type == "Organization" for m in sent.mentions):
            return None  # "unterschrieb beim FC Basel", "beim Aufsteiger" (not "unterschrieb die Petition der Grünen")
        if not trig.is_noun and trig.lemma in self.signing_verbs and sum(by_id[p].type == "Organization" for p in participants) >= 2:
            # "Rapid hat Stürmer X von NK Maribor verpflichtet": a transfer, the agreement of the two clubs (as trig.transfer)
            participants = [p for p in participants if by_id[p].type != "Person"]
        if trig.joins and not subjects and doc[a].tag_ == "PRELS" and a > 0:
            # "Rutte, der das Treffen leitete": the relative pronoun's antecedent
            antecedent = self._relative_antecedent(doc, a)
            if antecedent is not None and by_id[antecedent.actor].type == "Person" and antecedent.actor not in sources:
                subjects.append(antecedent.actor)
        if not trig.is_noun and trig.frame.content_prepositions:
            # "lud Weißmann zum Finale der Champions League ein": a genitive in what the invitation is to (no event of
            # its own) names no guest
            k = self._content_preposition(sent, trig)
            noun = next((t for t in doc[k + 1 : b] if is_common_noun(t) or t.tag_ == "NE"), None) if k is not None else None
            if noun is not None and self._noun_frame(noun) is not None:
                k = None  # ("zu einem Gipfel der EU-Staaten": the summit's parties are the guests)
            attributes = {m.actor for m in seg_mentions if k is not None and m.start > k + 2
                          and doc[back_over(doc, m.start - 1, a, ("ADJA",))].lower_ in self.genitive}
            named = {m.actor for m in seg_mentions if m.actor not in attributes or k is None or m.start < k}
            participants = [p for p in participants if p not in attributes or p in named]
            # … nor the name right after an event noun there, which is the event's own: "lud die Presse zur
            # Hausmesse CES ein"
            if noun is not None and self._noun_frame(noun) is not None:
                titled = {m.actor for m in seg_mentions if m.start == noun.i + 1 and by_id[m.actor].type == "Organization"}
                participants = [p for p in participants if p not in titled]
        trig.subjects = subjects
        place = min(places)[1] if places else None
        if trig.frame.type == "Visit" and place is None:
            place = self._sentence_place(doc, sent, by_id, sources)
        role_of_subject = trig.frame.verb_initiator.get(trig.lemma, trig.frame.initiator) if not trig.is_noun else trig.frame.initiator
        initiator = subject if role_of_subject == "subject" else None
        passive_subject = initiator is not None and not trig.is_noun and (passive or self._state_passive(doc, trig, a, b))
        if passive_subject:
            # "X wurde von Y eingeladen", "Zum Treffen ist auch X eingeladen": the subject is the one invited or called;
            # the agent, if named, acts
            agents = (self._state_for_capital(by_id[m.actor], actors, by_id, m, doc) for m in seg_mentions
                      if self._preposition_of(doc, m, a) in self.agent_prepositions)
            initiator = next((key for key in agents if key in participants), None)
        if trig.is_noun and role_of_subject == "subject" and len(participants) == 1:
            initiator = participants[0]
        if trig.is_noun and trig.support_lemmas & trig.frame.recipient_support_verbs:
            # "Fiala nahm die Einladung (Stockers) an": the subject received it; the one it came from sent it
            givers = [p for p in participants if p not in subjects]
            initiator = givers[0] if len(givers) == 1 else None
        status = self._status(doc, sent, trig)
        if status == "happened" and not trig.is_noun and trig.lemma in trig.frame.expected_verbs:
            status = "planned"  # "wird am Donnerstag in Prag erwartet"
        if status == "happened" and trig.is_noun and self._expected_for(doc, trig, a, b):
            status = "planned"  # "wird zu einem Arbeitsessen in der Hofburg erwartet": the guest is still to come
        scheduled = status == "happened" and self._scheduled_present(doc, sent, trig)
        if scheduled and published is None:
            status = "planned"  # "Am Dienstag ist X in Warschau zu Besuch", "am Wochenende statten sie … ab"
        if status == "planned" and self._later_denial(doc, sent, trig):
            status = "negated"  # "wollte am Montag nach Kiew reisen, sagte die Reise aber ab"
        if trig.attributive and status == "negated":
            status = "happened"  # "das ausgehandelte Abkommen ist nicht umgesetzt": it was concluded
        # (what would have happened, "hätte am Montag nach Rom fliegen wollen", lies behind)
        counterfactual = status in ("hypothetical", "negated") and self._counterfactual(list(doc[a:b]))
        if counterfactual and status == "hypothetical" and any(t.lower_ in self.cancelled_plan_modals and t.tag_ in ("VMINF", "VMFIN")
                                                               for t in doc[a:b]):
            status = "negated"  # "wo sie am Mittwoch X hätte treffen sollen": the plan did not come about
        # (a proposed or planned event that was refused or called off lies ahead too: "Ein von der EU vorgeschlagenes
        # Ministertreffen im Juli lehnte Saudi-Arabien ab")
        refused_plan = status == "negated" and trig.is_noun and self._proposed_or_planned(doc, trig, a)
        date_value = self._date(sent, trig, published, forward=status in ("planned", "hypothetical") and not counterfactual or scheduled or refused_plan,
                                reported=status == "happened" and not scheduled)
        if status == "happened" and date_value and published and date_value > published.isoformat()[: len(date_value)]:
            if self._present_clause(doc, *sent.segments[trig.segment]):
                status = "planned"  # a day or month after publication: "reist am Freitag nach Paris", "trifft im April X"
            else:
                date_value = None  # the perfect reports what is done: "haben sich auf die Hilfe für 2027 verständigt"
        others_role = ROLE_FOR_OTHERS.get(trig.frame.type, "participant")
        # (an unnamed subject before the verb leaves the names after it as the ones invited or visited: "Der Betriebsrat
        # lud Minister X ein")
        unnamed_subject = initiator is None and not trig.is_noun and role_of_subject == "subject" and bool(participants) \
            and all(self._object_after_front(doc, m, a) for m in seg_mentions if m.actor in participants)
        parts = [Participant(p, "initiator" if p == initiator else others_role if initiator or passive_subject and p in subjects
                             or unnamed_subject else "participant") for p in participants]
        sentence_span = clean_span(sent.span)
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
            plover=frame.plover_code,
            according_to=sorted(sources),
            trigger=TextSpan(trig.token.text, trig.token.idx, trig.token.idx + len(trig.token.text)),
        )

    def _delegates(self, sent: Sentence, events: list[Event], by_id: dict[str, Actor]) -> None:
        """People who lead the sides' teams take part in their talks: "Angeführt werden die Verhandlungsteams von Eva
        Scherz (GPA) und Gerhard Aichinger (SWÖ)" joins them to the latest negotiation or meeting of those organisations
        (grammar.yml delegation_nouns; each person tied to one of its sides, see extractor.affiliations)."""
        if not any(t.text in self.delegation_nouns for t in sent.span):
            return
        def sides(e: Event) -> frozenset[str]:
            return frozenset(p.actor for p in e.participants if by_id[p.actor].type != "Person")
        # (asked once all events have their parties, a headline's included: only those reported before the sentence)
        latest = next((e for e in reversed(events) if e.type in ("Negotiation", "Meeting") and sides(e)
                       and e.evidence and e.evidence[0].start < sent.span.start_char), None)
        if latest is None:
            return
        # every round of these talks so far: "Auch die dritte Runde … Die vierte ist für 5. November angesetzt."
        for talks in (e for e in events if e.type == latest.type and sides(e) == sides(latest)):
            known = set(talks.actor_ids())
            for m in sent.mentions:
                if m.actor not in known and by_id[m.actor].type == "Person" and self._affiliations.get(m.actor, set()) & known:
                    talks.participants.append(Participant(m.actor, "participant"))
                    known.add(m.actor)

    def _person_partner(self, doc: Doc, mentions: list[ActorMention], a: int, participants: list[str],
                        by_id: dict[str, Actor]) -> bool:
        """A person taking part is named after "mit" (grammar.yml comitative), or the participants are two or more people:
        "Mit Kanzler X beriet die Premierministerin zwei Stunden" is a meeting, though "beraten" alone is one only for a
        grouping."""
        if self._comitative_partner(doc, mentions, a, participants, by_id):
            return True
        # … and so is "Bundeskanzler X, Vizekanzler Y und Außenministerin Z berieten vier Stunden": people deliberating
        # together (not a body's session)
        # (the subjects, not the chairs of a grouping's session: "berieten … unter dem Vorsitz von X und Y")
        people = {m.actor for m in mentions if m.actor in participants and by_id[m.actor].type == "Person"
                  and not self._is_oblique(doc, m, a)}
        return len(people) >= 2 and len(people) == len(participants)

    def _invited_purpose(self, doc: Doc, sent: Sentence, trig: Trigger) -> bool:
        """The trigger is the infinitive of a clause that says what an invitation in the clause before is for: "hat X und Y
        ins Kanzleramt geladen, um mit ihnen über die Inflation zu beraten" (not "trafen einander, um … zu beraten")."""
        if trig.segment == 0 or trig.token.tag_ not in ("VVIZU", "VVINF"):
            return False
        pa, pb = sent.segments[trig.segment - 1]
        return any(f in self.inviting for t in doc[pa:pb] for f in self._verb_lemmas(doc, t, pb))

    def _comitative_partner(self, doc: Doc, mentions: list[ActorMention], a: int, participants: list[str],
                            by_id: dict[str, Actor]) -> bool:
        """A person taking part is named after "mit" ("mit Kanzler X beraten")."""
        return any(m.actor in participants and by_id[m.actor].type == "Person" and self._preposition_of(doc, m, a) in self.comitative
                   for m in mentions)

    def _inverted_subject(self, doc: Doc, m: ActorMention, trig: Trigger, a: int) -> bool:
        """A name right after the finite trigger verb of a main clause whose front field holds no actor but a place is
        its subject: "Zum Abschluss lud Tinner seinen Gastgeber … ein", "Am Dienstag traf Gruber Novak", "Zu einem
        Gegenbesuch in Wien lud Kurz Lawrow ein"."""
        titles = self._title_tokens(doc)  # (past the name's title: "lud Außenminister Sebastian Kurz …")
        return (not trig.is_noun and trig.token.tag_ == "VVFIN" and m.start > trig.token.i and not m.via_role
                and all(k in titles or doc[k].tag_ == "ADJA" or doc[k].lower_ in self.subject_articles
                        for k in range(trig.token.i + 1, m.start))
                and a < trig.token.i and doc[a].tag_ not in CLAUSE_OPENER_TAGS
                and not any(t.i in self._by_start and not self._is_place(self._by_start[t.i]) or t.tag_ in ("PPER", "PRELS")
                            for t in doc[a : trig.token.i])
                and not self._nominative_front(doc, a, trig.token.i))

    def _offer(self, trig: Trigger) -> bool:
        """The trigger is an offer taken or turned down ("nahm das Angebot von X an"; grammar.yml acceptance)."""
        return trig.is_noun and trig.frame is self.acceptance_frame and trig.token.lower_.endswith(self.acceptance_nouns)

    def _partner_before(self, doc: Doc, m: ActorMention, trig: Trigger, a: int) -> bool:
        """The name is the partner ("mit") of the clause's object or subject event noun of a talk, call or meeting, before
        the noun: "hat mit Putin ein Telefonat geführt", "hatte mit X ein Gespräch unter vier Augen", "Mit X hatte sie
        ein Treffen" (grammar.yml partner_before_types)."""
        return trig.is_noun and not trig.adverbial and m.start < trig.token.i and trig.frame.type in self.partner_before_types \
            and self._preposition_of(doc, m, a) in self.comitative and self._genitive_head(doc, m, a) is None

    def _state_passive(self, doc: Doc, trig: Trigger, a: int, b: int) -> bool:
        """An invitation verb's participle with a form of "sein" and no "haben" in its clause is a state passive: "Zu dem
        Treffen ist auch X eingeladen" (X is the guest). Other frames' verbs take "sein" in the active perfect ("ist
        nach Wien gereist")."""
        return bool(trig.frame.content_prepositions) and trig.token.tag_ == "VVPP" \
            and any(t.tag_ == "VAFIN" and self._lemma(t) == "sein" for t in doc[a:b]) \
            and not any(self._lemma(t) == "haben" for t in doc[a:b] if t.pos_ == "AUX")

    def _object_after_front(self, doc: Doc, m: ActorMention, a: int) -> bool:
        """The name follows the clause's finite verb, and the front field before that verb is a bare noun phrase in the
        nominative: "Der Betriebsrat hat Minister X eingeladen" (X is the object)."""
        finite = next((t.i for t in doc[a : m.start] if t.tag_ in FINITE_TAGS), None)
        return finite is not None and self._nominative_front(doc, a, finite)

    def _nominative_front(self, doc: Doc, a: int, verb: int) -> bool:
        """The front field before the finite verb is one bare noun phrase in the nominative ("Der Betriebsrat lud …"; grammar.yml
        nominative_articles): the clause's subject, so a name after the verb is its object."""
        front = [t for t in doc[a:verb] if not t.is_punct]
        return len(front) >= 2 and front[0].lower_ in self.nominative_articles and front[0].tag_ == "ART" \
            and all(t.tag_ in ("ADJA", "NN") for t in front[1:]) and front[-1].tag_ == "NN"

    def _expected_for(self, doc: Doc, trig: Trigger, a: int, b: int) -> bool:
        """The event noun is what a guest is expected for: after a preposition of events.yml expected_for, in a clause
        whose verb is an expected_verbs participle in the passive ("wird zu einem Arbeitsessen erwartet")."""
        k = back_over(doc, trig.token.i - 1, a, ("ART", "ADJA"))
        return k >= a and doc[k].lower_ in self.expected_for and any(
            self._lemma(t) in self.expected_verbs and t.tag_ == "VVPP" and self._werden_passive(t, doc[a:b]) for t in doc[a:b])

    def _host_clause(self, doc: Doc, sent: Sentence, trig: Trigger, by_id: dict[str, Actor]) -> list[str]:
        """The people a clause after the trigger's names as the host: "…, Gastgeber ist Bundespräsident X"
        (grammar.yml host_nouns followed by a form of "sein")."""
        found: list[str] = []
        for a, b in sent.segments[trig.segment + 1 : trig.segment + 2]:
            words = [t for t in doc[a:b] if not t.is_punct]
            if len(words) < 3 or words[0].text not in self.host_nouns or self._lemma(words[1]) not in self.copulas:
                continue
            found += [m.actor for m in sent.mentions if a <= m.start < b and by_id[m.actor].type == "Person"]
        return found

    def _attendees(self, doc: Doc, sent: Sentence, events: list[Event], by_id: dict[str, Actor], sources: set[str],
                   info: DocInfo) -> None:
        """ "Unter den Teilnehmern war auch X": the ungoverned actors of a sentence that names no event
        but its participants take part in the latest meeting."""
        # "Neben Deutschland sind auch Frankreich und Schweden vertreten": present at it (grammar.yml attendance_words);
        # "Österreich wurde dabei von Kanzler X vertreten": the passive's agent too; "Mit am Tisch saßen X und Y"
        # (attendance_phrases)
        auxiliaries = {self._lemma(t) for t in sent.span if t.tag_ in ("VAFIN", "VAINF")}
        attended = any(t.lower_ in self.attendance_words for t in sent.span)
        passive = attended and bool(auxiliaries & self.passive)
        lowers = [t.lower_ for t in sent.span]
        present = (attended and bool(auxiliaries & self.copulas) or passive
                   or any(contains(lowers, phrase) for phrase in self.attendance_phrases) or self._takes_part_in_session(doc, sent)) \
            and not any(w in self.neg_words for w in lowers)  # (not "Die Ukraine saß nicht mit am Tisch")
        if not present and not any(t.text in self.participant_nouns for t in sent.span):
            return
        meeting = latest_meeting(events)
        if meeting is None:
            return
        known = set(meeting.actor_ids())
        for m in sent.mentions:
            seg = next(((a, b) for a, b in sent.segments if a <= m.start < b), None)
            # (also one named "neben" another: "Mit am Tisch saßen neben Gastgeber X auch Y und Z"; not a person's party in
            # brackets)
            if seg is None:
                continue
            governor = self._preposition_of(doc, m, seg[0])
            if m.actor in known or m.actor in sources or by_id[m.actor].type == "Place" or m.start in info.modifiers \
                    or self._is_oblique(doc, m, seg[0]) and not (passive and governor in self.agent_prepositions
                                                                 or governor in self.attendance_prepositions):
                continue
            meeting.participants.append(Participant(m.actor, "participant"))
            known.add(m.actor)
        meeting.evidence.append(clean_span(sent.span))

    def _summit_hosts(self, doc: Doc, sent: Sentence, events: list[Event], by_id: dict[str, Actor]) -> None:
        """ "Gastgeberin X verteidigte den Aufwand": a person titled as host (grammar.yml host_nouns) takes part in the
        latest meeting when it is an international organisation's summit."""
        meeting = latest_meeting(events)
        if not self._grouping_meeting(meeting, by_id):
            return
        for m in sent.mentions:
            # (also in an apposition: "Die Gastgeberin, Kanzlerin X, …")
            title = self._titles_by_end(doc).get(m.start)
            start = title.start if title is not None else m.start
            k = start - 1 - (start - 2 >= sent.span.start and doc[start - 1].text == ",")
            if by_id[m.actor].type == "Person" and m.actor not in meeting.actor_ids() and k >= sent.span.start \
                    and doc[k].text in self.host_nouns:
                meeting.participants.append(Participant(m.actor, "participant"))

    def _takes_part_in_session(self, doc: Doc, sent: Sentence) -> bool:
        """ "Für Österreich nahm X an den Beratungen teil": a verb of taking part with a definite session noun that is
        no event of its own (grammar.yml attendance_verbs, session_nouns)."""
        return any(t.text in self.session_nouns and t.i - 2 >= sent.span.start and doc[t.i - 1].tag_ == "ART"
                   and doc[t.i - 1].lower_ in self.definite and doc[t.i - 2].lower_ in self.session_prepositions for t in sent.span) \
            and any(f in self.attendance_verbs for t in sent.span if t.pos_ in ("VERB", "AUX", "")
                    for f in self._verb_lemmas(doc, t, sent.span.end))

    def _passive_clause(self, doc: Doc, trig: Trigger, a: int, b: int) -> bool:
        """The trigger verb, or a light noun's support verb, is a participle with a form of "werden" in its clause:
        "wurde von X empfangen", "Das Abkommen wurde von X und Y unterzeichnet" (grammar.yml passive_auxiliaries)."""
        if trig.is_noun:
            verbs = [t for t in doc[a:b] if trig.light and t.tag_ == "VVPP" and set(self._verb_lemmas(doc, t, b)) & trig.support_lemmas]
        else:
            verbs = [trig.token]
        return any(v.tag_ == "VVPP" for v in verbs) and any(
            self._lemma(t) in self.passive for t in doc[a:b] if t.i != trig.token.i)

    @staticmethod
    def _speaker_state(speaker: str, participants: list[str], by_id: dict[str, Actor]) -> str:
        """The side a speaker's "wir"/"man" stands for: with states only as the other parties, the speaker's state
        when the article names it ("Seit Mai verhandeln wir mit der Türkei, sagte die bulgarische Ministerin": Bulgaria),
        else the speaker."""
        person = by_id[speaker]
        if person.type != "Person" or not person.country or not all(by_id[p].type == "Country" for p in participants):
            return speaker
        state = next((x.id for x in by_id.values() if x.type == "Country" and x.country == person.country), None)
        return state if state is not None and state not in participants else speaker

    def _faces(self, doc: Doc, trig: Trigger, a: int, b: int, mentions: list[ActorMention]) -> bool:
        """An encounter preposition after the verb names someone to face: "trifft im Halbfinale auf den an eins gesetzten
        X", "trifft auf X" (grammar.yml encounter_determiners; not "traf auf dem Gipfel X", "auf Malta"); before
        a final verb, with the person named: "ob er auf den Grünen X oder den Freiheitlichen Y treffen werde"."""
        people = {m.start for m in mentions if self._kinds.get(m.actor) == "Person"}
        for t in doc[a : trig.token.i]:
            if t.lower_ in trig.frame.encounter_prepositions and t.i + 1 < trig.token.i and (
                    t.i + 1 in people or doc[t.i + 1].lower_ in self.encounter_determiners
                    and any(t.i + 2 <= k <= t.i + 4 for k in people)):
                return True
        for t in doc[trig.token.i + 1 : b - 1]:
            if t.tag_ in FINITE_TAGS or t.tag_ == "KOUS":
                return False
            after = doc[t.i + 1]
            if t.lower_ in trig.frame.encounter_prepositions and (after.lower_ in self.encounter_determiners or any(
                    m.start == after.i and self._kinds.get(m.actor) == "Person" for m in mentions)):
                return True
        return False

    def _has_partner(self, doc: Doc, trig: Trigger, a: int, b: int, participants: list[str], mentions: list[ActorMention]) -> bool:
        """A verb such as "treffen" is a meeting only with someone to meet: a reflexive ("sich
        treffen"), a second participant, or an object ("trifft seinen Koalitionspartner"); never
        in the passive ("Schulen wurden getroffen"), with a bare preposition ("traf zum 1:0"),
        with an abstract object ("trafen die Entscheidung") or a partner to face ("auf X treffen")."""
        tokens = doc[a:b]
        if self._passive_clause(doc, trig, a, b):
            return False
        for m in mentions:
            j = back_over(doc, m.start - 1, a, ("ART", "ADJA"), titles=self._title_tokens(doc))
            if j >= a and doc[j].lower_ in trig.frame.encounter_prepositions and self._kinds.get(m.actor) not in ("Place", "Country"):
                return False  # (not a place: "traf auf Malta seinen Amtskollegen")
        if not self._has_reflexive(tokens) and self._faces(doc, trig, a, b, mentions):
            return False
        obj = None
        in_pp = False
        for t in doc[trig.token.i + 1 : b]:
            if t.tag_ in ("KOUS", "KON") or t.tag_ in FINITE_TAGS:
                break
            if t.tag_ in ("APPR", "APPRART"):
                in_pp = True  # "traf am Dienstag die Entscheidung": skip the adverbial
            elif t.tag_ == "ART" and t.lower_ in self.genitive and t.i - 1 > trig.token.i and is_common_noun(doc[t.i - 1]):
                continue  # a genitive attribute is no object: "traf zum Tor des Tages"
            elif t.tag_ in DETERMINER_TAGS and not in_pp and t.i + 1 < b and (is_common_noun(doc[t.i + 1]) or doc[t.i + 1].tag_ in ("NE", "ADJA")):
                k = t.i + 1  # (the phrase's own noun, not one of a phrase after it: "der 36-Jährige/ADJA per Kopf")
                while k < b and doc[k].tag_ in ("ADJA", "ADJD", "ADV", "CARD") and not (is_common_noun(doc[k]) or doc[k].tag_ == "NE"):
                    k += 1
                head = doc[k] if k < b and (is_common_noun(doc[k]) or doc[k].tag_ == "NE") else None
                if head is None or len(participants) < 2 and any(m.start <= head.i < m.end and m.actor in participants for m in mentions):
                    continue  # the only participant is the subject after the verb: "traf der 36-Jährige per Kopf zum 2:1"
                obj = head
                break
            elif is_common_noun(t) or t.tag_ == "NE":
                in_pp = False
        if obj is None and doc[a].tag_ in ("PRELS",) and a >= 2:
            obj = doc[a - 2] if is_common_noun(doc[a - 2]) else None  # "Vereinbarungen, die X traf"
        if obj is not None and (obj.text in trig.frame.light_objects or self._lemma(obj) in trig.frame.light_objects):
            return False
        if self._has_reflexive(tokens) or len(participants) >= 2:
            return True
        verb_final = doc[a].tag_ in CLAUSE_OPENER_TAGS and any(t.tag_ == "PPER" and t.lower_ in self.pronouns for t in tokens) \
            or trig.token.tag_ == "VVIZU" or trig.token.i > a and doc[trig.token.i - 1].tag_ == "PTKZU"
        if obj is None and verb_final and any(m.start < trig.token.i and not self._is_oblique(doc, m, a) for m in mentions):
            return True  # a verb-final clause names its object before the verb: "…, wo sie X traf", "…, X zu treffen"
        return obj is not None

    def _meeting_topic(self, doc: Doc, m: ActorMention, floor: int) -> bool:
        """The mention follows a meeting noun and one of grammar.yml meeting_topic_prepositions: "eine Krisensitzung zu
        Griechenland", "der Sondergipfel zur Ukraine"."""
        j = back_over_words(doc, m.start - 1, floor, self.articles, ("ADJA",))
        if j - 1 < floor or doc[j].lower_ not in self.meeting_topic_prepositions or not is_common_noun(doc[j - 1]):
            return False
        match = self._noun_frame(doc[j - 1])
        return match is not None and match[0].type == "Meeting"

    def _in_topic(self, doc: Doc, noun: int, i: int, end: int) -> bool:
        """Token ``i`` lies in the topic phrase right after the noun ("Gespräche über den Währungsfonds sowie den
        eingerichteten ESM"): from a topic preposition to the next verb, punctuation mark or partner preposition."""
        if noun + 1 >= end or doc[noun + 1].lower_ not in self.topic or i <= noun + 1:
            return False
        return not any(t.is_punct or t.pos_ in ("VERB", "AUX") or t.lower_ in self.light_partners for t in doc[noun + 2 : i])

    def _recent_event(self, events: list[Event], sent: Sentence, back: int, fits: Callable[[Event], bool]) -> Event | None:
        """The latest event that ``fits`` among those reported in the ``back`` sentences before this one."""
        before = self._sentence_list[max(0, sent.index - back)].span.start_char
        return next((e for e in reversed(events) if e.evidence and before <= e.evidence[0].start < sent.span.start_char
                     and fits(e)), None)

    @staticmethod
    def _grouping_meeting(meeting: Event | None, by_id: dict[str, Actor]) -> bool:
        """The meeting is one of an international organisation's ("Die EU-Innenminister haben sich getroffen")."""
        return meeting is not None and any(by_id[p.actor].type == "Organization" and by_id[p.actor].country is None
                                           for p in meeting.participants)

    def _attending_clause(self, doc: Doc, trig: Trigger, b: int, sent_end: int) -> tuple[int, int] | None:
        """A relative clause on a meeting noun that says who attends it: "Der Gipfel, bei dem auch X und Y vertreten
        sein werden, …", "ein Sondergipfel der EU, an dem X teilnimmt" (grammar.yml attendance_words,
        relative_attendance_words, participation_verbs); or on a meeting or call who asked for it: "Ein Treffen mit X,
        um das Y gebeten hatte, …" (request_verbs); or on a meeting who invited whom to it: "ein Gespräch, zu dem X Y
        eingeladen hatte" (inviting_relatives). Its tokens after the relative pronoun, up to its finite verb."""
        if not trig.is_noun or trig.frame.type not in ("Meeting", "Call"):
            return None
        # (past the noun's attribute: "ein Sondergipfel der EU, an dem …")
        # (also when the clause is a segment of its own: "Am Donnerstag beginnt ein Gipfel, an dem X teilnimmt")
        # (and past the participle that ends the noun's clause: "Für Montag ist ein Treffen in Wien angesetzt, an dem X
        # teilnehmen soll"; not past a finite verb)
        comma = next((t.i for t in doc[trig.token.i + 1 : min(b + 1, trig.token.i + 14, sent_end)] if t.text == "," or t.tag_ in FINITE_TAGS), None)
        if comma is None or doc[comma].text != "," or comma + 2 >= sent_end:
            return None
        # (the tagger may read "um" before the pronoun as the conjunction of "um … zu")
        clause = self._relative_after(doc, comma, sent_end, self.request_prepositions)
        if clause is None:
            return None
        j, end = clause
        lemmas = {f for t in doc[j + 1 : end] if t.pos_ in ("VERB", "AUX", "") for f in self._verb_lemmas(doc, t, end)}
        cue = trig.frame.type == "Meeting" and (
            any(t.lower_ in self.attendance_words or t.lower_ in self.relative_attendance_words for t in doc[j + 1 : end])
            or bool(lemmas & self.participation_verbs))
        requested = doc[comma + 1].lower_ in self.request_prepositions and bool(lemmas & self.request_verbs)
        # (the host and the guests of "ein Treffen, zu dem X Y eingeladen hatte")
        invited = trig.frame.type == "Meeting" and doc[comma + 1].lower_ in self.inviting_prepositions and bool(lemmas & self.inviting_verbs)
        return (j + 1, end) if cue or requested or invited else None

    def _partner_in_relative(self, doc: Doc, trig: Trigger, m: ActorMention, b: int) -> bool:
        """The name is the partner ("mit") in a relative clause on the event noun: "Die Verkaufsgespräche, die X mit
        Rewe führte" (Rewe took part, as in "Gespräche mit Rewe")."""
        i = trig.token.i
        if i + 2 >= b or doc[i + 1].text != "," or m.start < i + 3 or not self._relative_pronoun(doc[i + 2]):
            return False
        end = next((t.i for t in doc[i + 3 : b] if t.text == ","), b)
        return m.start < end and self._preposition_of(doc, m, i + 3) in self.light_partners

    def _offerer(self, doc: Doc, sent: Sentence, a: int, b: int) -> ActorMention | None:
        """The name after an offer noun (grammar.yml offer_nouns) right before the comma that opens the infinitive
        clause ``a``–``b``: "Das Angebot der EVN, den Vertrag … zu verlängern"."""
        if not self.offer_nouns or a < 3 or doc[a - 1].text != "," or not any(t.tag_ in ("VVIZU", "PTKZU") for t in doc[a:b]):
            return None
        named = self._by_end.get(a - 1)
        if named is None or named.start <= sent.span.start:
            return None
        k = named.start - 1
        if doc[k].tag_ in ("ART", "APPR", "APPRART"):
            k -= 1
        return named if k >= sent.span.start and doc[k].text in self.offer_nouns else None

    def _partner_preposition(self, doc: Doc, m: ActorMention, a: int) -> int | None:
        """The "zwischen" (grammar.yml exhaustive_partner_prepositions) that governs the name and follows a common noun,
        past the names and articles of its list: "Bahnstrecke zwischen Graz und Maribor"."""
        j = m.start - 1
        while j > a and (doc[j].tag_ in ("ART", "ADJA", "KON") or j + 1 in self._by_end):
            j = self._by_end[j + 1].start - 1 if j + 1 in self._by_end else j - 1
        return j if j > a and doc[j].lower_ in self.all_partners and is_common_noun(doc[j - 1]) else None

    def _parties_of_topic(self, doc: Doc, trig: Trigger, m: ActorMention, a: int, b: int) -> bool:
        """The name is a party of an event noun in the topic of the trigger noun, and so a party of the talks:
        "Verhandlungen über ein Freihandelsabkommen zwischen der EU und Kanada"."""
        j = self._partner_preposition(doc, m, a)
        return j is not None and self._noun_frame(doc[j - 1]) is not None and self._in_topic(doc, trig.token.i, j - 1, b)

    def _between_in_topic(self, doc: Doc, m: ActorMention, a: int) -> bool:
        """The name is in a "zwischen" phrase of a noun inside a topic phrase: "über den Ausbau der Bahnstrecke zwischen
        Graz und Maribor" (the route is what the talks are about; "Verhandlungen zwischen X und Y" name the parties)."""
        j = self._partner_preposition(doc, m, a)
        if j is None or self._noun_frame(doc[j - 1]):
            return False  # (an agreement's parties are those of the talks about it: "Über eine Partnerschaft zwischen X und Y")
        k = j - 1
        while k >= a and not (doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX")):
            if doc[k].lower_ in self.topic:
                return True
            k -= 1
        return False

    def _topic_genitive(self, doc: Doc, m: ActorMention, a: int) -> bool:
        """The name is the genitive attribute of a noun after a preposition of what the event is about (grammar.yml
        topic_genitive_prepositions: "auf die Finanzierung der Ukraine", "über die Zukunft Syriens"), not of a noun for
        people who act for it ("auf Vertreter der Ukraine")."""
        j = m.start - 1
        if j >= a and doc[j].lower_ in self.genitive and doc[j].tag_ == "ART":
            j -= 1
        elif not doc[m.end - 1].text.endswith(self.genitive_suffixes):
            return False
        if j < a or not is_common_noun(doc[j]) or self._represents(doc[j]):
            return False
        return self._preposition(doc, j, a) in self.topic_genitive

    def _group_attribute(self, doc: Doc, i: int, end: int) -> bool:
        """The noun at ``i`` has a genitive attribute that is a plural of organisations or states (grammar.yml
        group_nouns): "Gespräche der Parteien", "Gespräche beider Staaten"; or names them after "zwischen": "die
        Gespräche zwischen den beiden Konzernen"."""
        j = i + 1
        if j < end and doc[j].lower_ in self.all_partners:
            j += 1
        elif j >= end or doc[j].lower_ not in self.genitive and doc[j].tag_ not in ("PIAT", "PIDAT"):
            return False
        j += 1
        while j < end and doc[j].tag_ in ("ADJA", "CARD", "PIAT", "PIDAT"):
            j += 1
        # (in the dative too: "Konzernen")
        forms = (doc[j].lower_, doc[j].lower_[:-1] if doc[j].lower_.endswith("en") else doc[j].lower_) if j < end else ()
        return j < end and is_common_noun(doc[j]) and any(w.endswith(g) and kind in ("Organization", "Country")
                                                          for g, kind in self.group_nouns.items() for w in forms)

    def _after_noun(self, doc: Doc, m: ActorMention, floor: int, nouns: frozenset[str]) -> bool:
        """The mention follows one of ``nouns`` directly or after "von"/an article/a title: "unter Vorsitz von
        Kanzler X", "unter Leitung Polens"."""
        j = m.start - 1
        while j > floor and (doc[j].lower_ in self.articles or doc[j].lower_ in self.attribute_prepositions or doc[j].tag_ == "ADJA"
                             or j in self._title_tokens(doc)):
            j -= 1
        return j >= floor and doc[j].text in nouns

    def _apposition_attribute(self, doc: Doc, m: ActorMention, floor: int, by_id: dict[str, Actor]) -> bool:
        """The mention is the attribute of an office title in apposition after a named person: "Omar bin Said,
        (der) Kronprinz der/von Katar", "Jan Novak, der Außenminister Tschechiens" (the state is the office's, the person
        takes part); or of a noun in apposition after a town ("Maskat, der Hauptstadt des Oman")."""
        j = m.start - 1
        genitive_name = doc[m.end - 1].text.endswith(self.genitive_suffixes) and j > floor and self._is_role(doc[j].text)
        while not genitive_name and j > floor and doc[j].lower_ in self.articles:
            j -= 1
        if j <= floor or not genitive_name and doc[j].lower_ not in self.attribute_prepositions and doc[j + 1].lower_ not in self.genitive:
            return False
        if doc[j].lower_ in self.attribute_prepositions:
            j -= 1
        if j <= floor or not is_common_noun(doc[j]):
            return False
        role = self._is_role(doc[j].text)
        j = back_over_words(doc, j - 1, floor, self.articles, ("ADJA",))
        if j <= floor or doc[j].text != ",":
            return False
        named = self._by_end.get(j)
        # … or of a noun describing a town named before: "In Maskat, der Hauptstadt des Oman, verhandelten X und Y"
        return named is not None and (by_id[named.actor].type == "Person" and role or by_id[named.actor].type == "Place" and not role)

    def _same_clause_chain(self, doc: Doc, sent: Sentence, start: int, end: int) -> bool:
        """True unless a new subject or a subordinate clause sits between ``start`` and ``end``. A relative clause
        closed before ``end`` is passed over: "Macron, der mit Putin telefoniert hatte, reist nach Kiew"."""
        if any(t.text == ":" for t in doc[start:end]):
            return False  # what follows a colon is a quote or a clause of its own
        i = start
        while i < end:
            t = doc[i]
            if t.tag_ in ("PRELS", "PRELAT") and i > start + 1 and doc[i - 1].text == ",":
                close = next((j for j in range(i + 1, end) if doc[j].text == ","), None)
                if close is None:
                    return False
                i = close + 1
                continue
            if t.lower_ in self.subordinators:
                return False
            i += 1
        return True

    @staticmethod
    def _relative_clause_after(doc: Doc, start: int, end: int) -> bool:
        """A relative clause opens right after the name ending at ``start``, before ``end``: "Die OMV, die seit Wochen
        verhandelt, hat sich …" (an organisation's clause is taken to go on only past such a clause)."""
        return start + 1 < end and doc[start].text == "," and doc[start + 1].tag_ in ("PRELS", "PRELAT")

    def _names_a_noun(self, doc: Doc, m: ActorMention, floor: int, trig: Trigger, info: DocInfo) -> bool:
        """The mention follows a common noun with its article and names it: "des Standorts Wien", "der
        Flughafen Wien" (not a place noun, "die Hauptstadt Riad", nor "am Dienstag Prag")."""
        i = m.start - 1
        if i - 1 < floor or i == trig.token.i or not is_common_noun(doc[i]) or i in info.title_tokens:
            return False
        if doc[i].text in self.place_nouns or self._municipal(doc, m):
            return False
        j = back_over(doc, i - 1, floor, ("ADJA",))
        return j >= floor and doc[j].tag_ == "ART"

    def _genitive_head(self, doc: Doc, m: ActorMention, floor: int) -> Token | None:
        """The common noun whose genitive attribute the mention is, past the noun that tells its sort: "das Werk
        des Konzerns Siemens", "der Vorstand des Feuerwehrausrüsters Rosenbauer"; None for any other mention."""
        j = back_over(doc, self._before_sort(doc, m.start, floor), floor, ("ADJA",))
        if j - 1 < floor or doc[j].tag_ != "ART" or doc[j].lower_ not in self.genitive or not is_common_noun(doc[j - 1]):
            return None
        return doc[j - 1]

    def _represented(self, doc: Doc, m: ActorMention, floor: int) -> bool:
        """The mention is the genitive of a noun for people who act for it: "Der Vorstand des Feuerwehrausrüsters
        Rosenbauer reiste …, um … zu unterzeichnen" (grammar.yml ``representatives``)."""
        head = self._genitive_head(doc, m, floor)
        return head is not None and self._represents(head)

    def _genitive_of_noun(self, doc: Doc, m: ActorMention, floor: int, trig: Trigger) -> bool:
        """The mention is the genitive attribute of a common noun other than the trigger or a title: "das Werk
        des Konzerns Siemens", "die Zentrale der Erste Group"."""
        head = self._genitive_head(doc, m, floor)
        return head is not None and head.i != trig.token.i and head.i not in self._title_tokens(doc)

    def _case_object(self, doc: Doc, m: ActorMention, floor: int) -> bool:
        """The mention is the clause verb's object by case, not by a preposition nor as another noun's attribute:
        "In einem Telefonat informierte X den französischen Präsidenten Y", "dankte X dem Kanzler Y" (not "die
        Politik des Präsidenten Y", "mit dem Präsidenten Y")."""
        if self._preposition_of(doc, m, floor) is not None:
            return False
        j = back_over(doc, m.start - 1, floor, ("ART", "ADJA", "ADJD", "PPOSAT"), titles=self._title_tokens(doc))
        return j >= floor and not is_common_noun(doc[j]) and doc[j].tag_ not in ("APPR", "APPRART", "KON") and not doc[j].is_punct

    def _noun_attribute(self, doc: Doc, m: ActorMention, floor: int) -> bool:
        """The mention's preposition ("von") follows a common noun whose attribute it is:
        "auf Anordnung von X" (not "am Montag von X eingeladen", not a title)."""
        titles = self._title_tokens(doc)
        # (past the noun that tells the name's sort: "über den Transfer von Stürmer Kovář")
        j = back_over(doc, self._before_sort(doc, m.start, floor), floor, ("ART", "ADJA", "ADJD", "PPOSAT", "CARD"), titles=titles)
        # a conjunct shares its attribute: "die Klubobleute von SPÖ und ÖVP"
        before = self._by_end.get(j) if j >= floor and doc[j].lower_ in self.conjunctions else None
        if before is not None and floor <= before.start < m.start:
            return self._noun_attribute(doc, before, floor)
        if j - 1 < floor or doc[j].lower_ not in self.attribute_prepositions or doc[j].tag_ != "APPR":
            return False
        before = doc[j - 1]
        return is_common_noun(before) and before.text not in self.lang.stop_names and j - 1 not in titles and not self._represents(before)

    def _foreign_visitor(self, doc: Doc, sent: Sentence, a: int, place: str, by_id: dict[str, Actor], sources: set[str],
                         info: DocInfo) -> list[str]:
        """A visit without a visitor in a clause that follows a coordinated pair of people ("Stocker und Babiš telefonierten
        – Besuch in Wien vereinbart"): the one of them not from the destination's country."""
        destination = by_id[place].country
        people = [m for m in sent.mentions if m.start < a and m.actor not in sources and m.start not in info.modifiers
                  and by_id[m.actor].type == "Person"]
        if destination is None or len(people) != 2 or doc[people[0].end].lower_ not in self.conjunctions \
                or people[0].end + 1 != people[1].start:
            return []
        foreign = [m.actor for m in people if by_id[m.actor].country not in (None, destination)]
        home = [m.actor for m in people if by_id[m.actor].country == destination]
        return foreign if len(foreign) == 1 and len(home) == 1 else []

    def _headline_traveller(self, doc: Doc, sent: Sentence, by_id: dict[str, Actor]) -> str | None:
        """The person of a verbless first half "X in Sarajevo –" (a headline's traveller)."""
        a, b = sent.segments[0]
        first = [m for m in sent.mentions if a <= m.start < b]
        if len(first) == 2 and first[0].start == a and first[1].end == b and first[1].start == first[0].end + 1 \
                and doc[first[0].end].lower_ in self.traveller_prepositions and b < sent.span.end and doc[b].text in DASHES \
                and by_id[first[0].actor].type == "Person" and by_id[first[1].actor].type in ("Place", "Country"):
            return first[0].actor
        return None

    @staticmethod
    def _attribute_with(doc: Doc, trig: Trigger, a: int, stems: tuple[str, ...]) -> int | None:
        """The index of an attribute of the event noun that starts with one of ``stems`` ("vorgeschlagenes", "geplante")."""
        k = trig.token.i - 1
        while k >= a and doc[k].tag_ in ("ADJA", "ADJD", "ADV"):
            if doc[k].tag_ == "ADJA" and doc[k].lower_.startswith(stems):
                return k
            k -= 1
        return None

    def _proposed_or_planned(self, doc: Doc, trig: Trigger, a: int) -> bool:
        """An attribute of the event noun proposes or plans it: "ein von X vorgeschlagenes Treffen", "die geplante Reise"."""
        return self._attribute_with(doc, trig, a, self.proposal_participles + tuple(self.plan_attributes)) is not None

    def _conjoined_party(self, doc: Doc, m: ActorMention, seg_mentions: list[ActorMention], participants: list[str]) -> bool:
        """The mention is joined by a conjunction to a party named right before it, with no preposition between: "wollen
        die Telekom Austria und der Sender Puls 4 verhandeln" (a medium that is a party, not one that was told)."""
        before = next((x for x in reversed(seg_mentions) if x.end <= m.start), None)
        if before is None or before.actor not in participants:
            return False
        between = doc[before.end : m.start]
        return any(t.lower_ in self.conjunctions for t in between) and not any(t.tag_ in ("APPR", "APPRART") or t.is_punct
                                                                                for t in between)

    def _proposing_clause(self, doc: Doc, m: ActorMention, a: int, b: int) -> bool:
        """The mention is in a "wie" clause of proposing inside the segment: ", wie es X vorgeschlagen hatte," (grammar.yml
        proposal_participles)."""
        k = m.start - 1
        while k > a and doc[k].text != "," and doc[k].lower_ not in self.manner_clause_openers:
            k -= 1
        if doc[k].lower_ not in self.manner_clause_openers or doc[k - 1].text != ",":
            return False
        end = next((t.i for t in doc[m.end : b] if t.text == ","), b)
        return any(t.lower_ in self.proposal_participles for t in doc[m.end : end])

    def _proposers(self, doc: Doc, sent: Sentence, trig: Trigger, a: int, by_id: dict[str, Actor]) -> list[str]:
        """Who a participle of proposing in the noun's attribute names after "von" ("Ein von der EU vorgeschlagenes
        Ministertreffen"; grammar.yml proposal_participles, proposer_prepositions)."""
        k = self._attribute_with(doc, trig, a, self.proposal_participles)
        start = self._participle_phrase_start(doc, k, a) if k is not None else None
        if start is None:
            return []
        return [m.actor for m in sent.mentions if start < m.start < k and by_id[m.actor].type != "Place"
                and self._preposition_of(doc, m, start + 1) in self.proposer_prepositions]

    def _headline_trip(self, doc: Doc, sent: Sentence, info: DocInfo, by_id: dict[str, Actor]) -> tuple[str, str] | None:
        """The person and the place of a headline whose verbless first half (or whole) says that a person is abroad:
        "Norwegens Energieminister in Wien: …", "Mikl-Leitner auf Wirtschaftsmission in China" (a noun after
        "auf"/"zu" may stand between; grammar.yml traveller_prepositions). Only for a person of a known state other
        than the place's."""
        a, b = sent.segments[0]
        if b < sent.span.end and doc[b].text not in DASHES | {":"} or any(t.tag_ in FINITE_TAGS for t in doc[a:b]):
            return None
        # (a state that qualifies a title is none: "Norwegens Energieminister")
        first = sorted((m for m in sent.mentions if a <= m.start < b and (m.via_role or m.start not in info.modifiers)), key=lambda m: m.start)
        if len(first) != 2 or by_id[first[0].actor].type != "Person" or by_id[first[1].actor].type not in ("Place", "Country") \
                or not all(t.is_punct or t.is_space for t in doc[first[1].end : b]):
            return None
        between = [t for t in doc[first[0].end : first[1].start]]
        if not between or between[-1].lower_ not in self.traveller_prepositions \
                or len(between) > 1 and not (len(between) == 3 and between[0].lower_ in self.trip_purpose_prepositions
                                             and is_common_noun(between[1])):
            return None
        person, place = by_id[first[0].actor], by_id[first[1].actor]
        country = person.country or self._party_country(doc, person.id, by_id)
        if country is None or place.country is None or country == place.country:
            return None
        return person.id, place.id

    def _party_country(self, doc: Doc, person: str, by_id: dict[str, Actor]) -> str | None:
        """The state of the party in brackets after a mention of the person ("Johanna Mikl-Leitner (ÖVP)")."""
        for m in self._by_start.values():
            if m.actor == person and m.end + 1 < len(doc) and doc[m.end].text == "(":
                party = self._by_start.get(m.end + 1)
                if party is not None and by_id[party.actor].type == "Organization" and by_id[party.actor].country:
                    return by_id[party.actor].country
        return None

    def _preposition_of(self, doc: Doc, m: ActorMention, floor: int) -> str | None:
        """The preposition that governs the mention, if any ("gegen Russland", "mit dem Präsidenten", also past the
        noun that tells its sort: "mit dem Konzern Gazprom")."""
        j = back_over(doc, self._before_sort(doc, m.start, floor, self._is_place(m)), floor, ("ART", "ADJA", "ADJD", "ADV", "PPOSAT", "CARD"),
                      titles=self._title_tokens(doc))
        if j >= floor and (doc[j].lower_ in self.conjunctions or doc[j].text == ","):
            before = self._by_end.get(j)
            # (not a person after a comma that follows an organisation: "die Klubobleute von SPÖ und ÖVP, Andreas
            # Schieder und Reinhold Lopatka": the names are those of the title, not conjuncts of the parties)
            apposition = doc[j].text == "," and before is not None \
                and (self._kinds.get(m.actor) == "Person") != (self._kinds.get(before.actor) == "Person")
            if before is not None and before.start >= floor and before.start < m.start and not apposition \
                    and not self._after_origin(doc, m, before, floor):
                return self._preposition_of(doc, before, floor)  # a conjunct: "zwischen Siemens und Alstom"
        return doc[j].lower_ if j >= floor and doc[j].tag_ in ("APPR", "APPRART") else None

    def _relative_antecedent(self, doc: Doc, a: int) -> ActorMention | None:
        """The name before the comma that opens a relative clause at ``a`` ("Rutte, der …"), also over a bracket
        after it ("Bürgermeisterin Andrea Kaufmann (ÖVP), die …")."""
        end = a - 1 if doc[a - 1].is_punct else a
        if end > 0 and doc[end - 1].text == ")":
            end = next((k for k in range(end - 2, max(-1, end - 8), -1) if doc[k].text == "("), end)
        return self._by_end.get(end) or self._by_end.get(end - 1)

    @staticmethod
    def _named_again(sent: Sentence, m: ActorMention, info: DocInfo) -> bool:
        """A source named again in another clause is a party there: "Siemens hat sich geeinigt, teilte
        der Konzern mit" (not "Der Kreml bestätigte das Telefonat", where the clause is the source's own)."""
        own = [s for s in sent.source_starts if s in info.starts and info.starts[s].actor == m.actor]
        return bool(own) and m.start not in own and all(sent.segment_of(s) != sent.segment_of(m.start) for s in own)

    def _subject_pair(self, doc: Doc, mentions: list[ActorMention], trig: Trigger, a: int, b: int) -> bool:
        """Two names joined by "und" right after the clause's finite verb, after the trigger: the clause's subject."""
        finite = next((t.i for t in doc[a:b] if t.tag_ in FINITE_TAGS), None)
        if finite is None or finite < trig.token.i:
            return False
        after = [m for m in mentions if m.start > finite and not self._is_oblique(doc, m, a)]
        return len(after) >= 2 and doc[after[0].end].lower_ in self.conjunctions and after[0].end + 1 <= after[1].start <= after[0].end + 3

    def _main_subject(self, doc: Doc, sent: Sentence, segment: int, by_id: dict[str, Actor], sources: set[str],
                      kind: str = "Person", over_relatives: bool = False) -> str | None:
        """The actor of ``kind`` (a person unless told) who is the subject of the segment before: its first name of that
        kind that no preposition or case governs (``over_relatives``: of the segment before the relative clauses there)."""
        while over_relatives and segment > 1 and self._relative_opener(doc, *sent.segments[segment - 1]):
            segment -= 1
        a, b = sent.segments[segment - 1]
        # (a name before a title that refers to someone: "Der Chef der OMV, X, …" is X)
        found = [m for m in sent.mentions if a <= m.start < b and m.actor not in sources
                 and by_id[m.actor].type == kind and not self._is_oblique(doc, m, a)]
        return next((m.actor for m in sorted(found, key=lambda m: bool(m.via_role))), None)

    def _conjuncts(self, doc: Doc, sent: Sentence, a: int, b: int) -> Conjuncts:
        """Where a segment's verb phrases are joined, built once per trigger so that asking it for every mention
        stays cheap in a long sentence."""
        joints: list[tuple[int, int]] = []
        for c in range(a, b):
            if doc[c].lower_ in self.conjunctions:
                k = c + 1
                while k < b and doc[k].tag_ in ("ADV", "PAV"):
                    k += 1
                if k < b and doc[k].tag_ in FINITE_TAGS:
                    joints.append((c, k))
        pronouns = [k for k in range(sent.span.start, sent.span.end) if doc[k].tag_ == "PPER"
                    and doc[k].lower_ in self.party_pronouns and doc[k].lower_ not in self.pronouns]
        first_finite = next((f for f in range(a, b) if doc[f].tag_ in FINITE_TAGS), None)
        return Conjuncts(joints, pronouns, first_finite)

    def _other_conjunct(self, m: ActorMention, trig: Trigger, seg_mentions: list[ActorMention], conj: Conjuncts) -> bool:
        """The mention is an object of another finite verb coordinated with the trigger verb ("und" right before a
        finite verb): after it ("trifft Y und besucht Wien"), or between the first verb and "und" ("besucht Wien und
        trifft Y"). The subject the conjuncts share stays: the first name before the first verb, or right after it
        when none is before it ("Am Dienstag besucht X Wien und trifft Y"); so does an object a pronoun in the
        trigger's conjunct takes along ("telefonierte mit X und lud ihn ein")."""
        t = trig.token.i
        if not conj.joints:
            return False
        if m.start > t:
            later = next((v for c, v in conj.joints if c > t), None)
            return later is not None and later < m.start
        inside = [c for c, v in conj.joints if m.end <= c and v <= t]
        if not inside:
            return False
        if bisect_right(conj.pronouns, inside[-1]) < len(conj.pronouns):
            return False
        first = conj.first_finite
        if first is None or first >= m.start:
            return False
        before = any(n.start < first for n in seg_mentions)
        first_after = next((n for n in seg_mentions if n.start > first), None)
        return before or first_after is None or first_after.start != m.start

    def _names_the_event(self, doc: Doc, m: ActorMention, trig: Trigger) -> bool:
        """A town right after the event noun and "von" names the event's place, not a party: "das Abkommen von
        Paris", "der Gipfel von Helsinki" (grammar.yml naming_prepositions); not one of several ("Gespräche von
        Moskau und Kiew": capitals for their states)."""
        j = trig.token.i + 1
        return j < m.start and doc[j].lower_ in self.naming_prepositions and all(
            doc[k].tag_ in ("ART", "ADJA") for k in range(j + 1, m.start)) \
            and not (m.end < len(doc) and doc[m.end].lower_ in self.conjunctions)

    def _acting_place(self, doc: Doc, m: ActorMention, floor: int, trig: Trigger) -> bool:
        """A town or region that acts is a party: "Graz einigte sich mit dem Bund", "verhandelt mit der
        Gemeinde Lustenau" (grammar.yml municipal_nouns); not the place of the event ("im Tiroler Telfs"), a
        dateline, or a place that names something ("die Konferenz von St. Petersburg")."""
        if any(doc[k].lower_ in self.locative and all(doc[j].tag_ in ("ART", "ADJA", "ADJD", "CARD") for j in range(k + 1, m.start))
               for k in range(max(floor, m.start - 3), m.start)):
            return False  # (not "Im Februar hatten Stadt und Unternehmen …": "im" governs another noun)
        if m.end < len(doc) and doc[m.end].text in DASHES:
            return False  # a dateline: "Telfs - Rund um das Bilderberg-Treffen …"
        if m.start > floor and self._municipal(doc, m):
            return True
        if self._is_oblique(doc, m, floor):
            return self._preposition_of(doc, m, floor) in self.comitative | self.all_partners
        # (also the subject of a relative clause on the event noun: "den Vertrag, den Klosterneuburg und die EVN schlossen")
        return m.start < trig.token.i or not trig.is_noun or self._after_relative_pronoun(doc, m.start - 1)  # "einigten sich Tirol und Südtirol"

    def _municipal(self, doc: Doc, m: ActorMention) -> bool:
        """A town named as a municipality: "die Stadt Wien", "der Bürgermeister von Prag", "die Wiener
        Stadtregierung" (grammar.yml municipal_nouns, municipal_offices)."""
        i = m.start
        if i > 1 and doc[i - 1].lower_ in self.conjunctions and (prev := self._by_end.get(i - 1)) is not None:
            return self._municipal(doc, prev)  # "die Bürgermeister von Villach und Klagenfurt"
        return i > 0 and doc[i - 1].text in self.municipal_nouns or doc[m.end - 1].text in self.municipal_nouns \
            or m.end - m.start > 1 and doc[i].text in self.municipal_nouns \
            or i > 1 and doc[i - 1].lower_ in self.municipal_office_prepositions and doc[i - 2].text in self.municipal_offices

    def _state_for_capital(self, actor: Actor, actors: list[Actor], by_id: dict[str, Actor], m: ActorMention, doc: Doc) -> str:
        """A capital in a participant slot stands for its state (ANNOTATION.md)."""
        if actor.type != "Place":
            return actor.id
        if self._municipal(doc, m):
            return actor.id  # "die Stadt Wien", "der Bürgermeister von Prag": the city
        seated = self.gaz.names.get(self.seats[actor.label]) if actor.label in self.seats else None
        if seated is not None:
            return entry_actor(seated, actors, by_id).id  # "Brüssel" is the EU
        iso = self._capital_iso(actor.label)
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

    def _capital_iso(self, label: str) -> str | None:
        """The state of a capital, also in the genitive ("die Außenminister Athens und Ankaras")."""
        iso = self.gaz.capitals.get(label)
        if iso is None and self.genitive_suffixes and label.endswith(self.genitive_suffixes):
            iso = next((self.gaz.capitals[label[: -len(end)]] for end in self.genitive_suffixes
                        if label.endswith(end) and label[: -len(end)] in self.gaz.capitals), None)
        return iso

    def _sentence_place(self, doc: Doc, sent: Sentence, by_id: dict[str, Actor], sources: set[str]) -> str | None:
        for m in sent.mentions:
            if m.actor not in sources and by_id[m.actor].type in ("Place", "Country") and self._is_place_slot(doc, m):
                return m.actor
        return None


def latest_meeting(events: list[Event]) -> Event | None:
    """The meeting reported last, which a sentence naming no event of its own may add people to."""
    return next((e for e in reversed(events) if e.type == "Meeting"), None)
