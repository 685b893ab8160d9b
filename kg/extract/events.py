"""Events of one article from trigger words and clause-level argument frames.

A sentence is cut into segments at commas, colons, dashes and brackets; a segment after a
comma or bracket that has no finite verb of its own (an apposition, a date, the tail of an
enumeration) stays with the clause before it. A trigger (verb lemma, separable verb, noun, or
compound ending) from ``events.yml`` opens an event; its arguments are the actors of its
segment (function words from ``grammar.yml``):

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
- a capital in a participant slot stands for its state ("Moskau und Kiew einigten sich").

A trigger with no actors, or a definite noun ("das Telefonat", "bei dem Treffen") with none
attached, refers back to the last event of its type: it adds evidence (and the subjects of its
clause) to it or, when its status or date differ, reports a new event of the same participants
(ANNOTATION.md: events with different content or status are separate). Repeated reports of one
event (same type, same participants, compatible dates) merge, keeping the first sentence as
first evidence and its status; so do a report naming states and one naming their
representatives ("USA und Iran verhandelten" / "Witkoff und Araghchi verhandelten").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import ActorMention
from kg.extract.model import Actor, Event, Participant, TextSpan
from kg.extract.timex import TimeResolver
from kg.lang import EventFrame, LangData
from kg.nlp.gazetteer import Gazetteer, actor_key, given_name_detector

# STTS tags (the tagset of HanTa and of spaCy's German models), not words of the language
SEGMENT_BREAKS = {",", ";", ":", "–", "—", "(", ")"}
CONTINUABLE = {",", "(", ")"}  # breaks after which a verbless segment continues the clause
FINITE_TAGS = {"VVFIN", "VAFIN", "VMFIN"}
TREATY_TYPES = ("Negotiation", "Agreement")  # events a named treaty brings its parties to
CLAUSE_OPENER_TAGS = {"KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS"}
INFINITIVE_TAGS = {"VVIZU", "PTKZU"}  # "…, Gespräche aufzunehmen" is a clause of its own
NONFINITE_TAGS = {"VVPP", "VVINF", "VVIZU"}  # a verb at the end of its clause: what follows "und" is another verb's
NP_TAGS = {"ART", "ADJA", "PPOSAT", "PIAT", "PDAT", "CARD", "TRUNC"}
DETERMINER_TAGS = {"ART", "PPOSAT", "PIAT", "PDAT"}
ROLE_FOR_OTHERS = {"Invitation": "recipient", "Visit": "recipient"}
# what a definite anaphoric noun ("das Gespräch") may refer back to
BACK_REFERENCE_TYPES = ("Call", "Meeting", "Negotiation")
# a back reference with one of these statuses is an event of its own ("Die Verhandlungen sollen
# fortgesetzt werden"); a hypothetical one ("ob die Gespräche abgeschlossen werden können") is not
NEW_EVENT_STATUSES = ("planned", "negated")
# how often a frame's context_blockers must occur in a document to rule the frame out there
CONTEXT_BLOCK_COUNT = 2
# inflection endings of a role title in a plural or oblique case: "Außenministern", "Regierungschefs"
ROLE_PLURAL_ENDINGS = ("", "s", "n", "en", "nen")


ADJECTIVE_ENDINGS = frozenset({"e", "en", "er", "es", "em"})


@dataclass
class _Trigger:
    token: Token
    frame: EventFrame
    is_noun: bool
    segment: int
    anaphoric: bool = False
    lemma: str = ""
    definite: bool = False  # a noun after a definite determiner ("das Telefonat")
    chain: frozenset[int] = frozenset()  # starts of the mentions attached to a noun trigger
    subjects: list[str] = field(default_factory=list)  # participants no preposition governs
    explicit: bool = False  # the noun names its own participants (attached or in a compound)
    adverbial: bool = False  # the noun heads a prepositional phrase ("nach dem Telefonat")
    during: bool = False  # … that places something at the event ("bei dem Treffen")
    joins: bool = False  # the clause's verb makes its subject take part ("nahm am Gipfel teil", "leitete das Treffen")
    attribute: bool = False  # the noun is a genitive attribute ("die Gegner des Gipfels")
    comitative: bool = False  # the noun has a partner attached by "mit" ("nach dem Telefonat mit Trump")
    attributive: bool = False  # a support verb's participle licenses the noun ("das ausgehandelte Abkommen")

    @property
    def takes_subjects(self) -> bool:
        """Whether the subjects of the clause take part in the noun's event: yes for a noun that is
        subject or object, or that places the action at the event ("bei dem Treffen") or has a
        partner ("nach dem Telefonat mit X sagte Y"); no for "gegen den Gipfel", "Themen des Treffens"."""
        if self.attribute:
            return False
        return not self.adverbial or self.during or self.comitative or self.joins
    fallback: EventFrame | None = None  # the frame if the participants say so ("Gespräche" of people)
    possessive: bool = False  # "sein Gespräch mit Putin"
    probe: set[str] = field(default_factory=set)  # who an anaphoric noun names: its attached actors (and owner)
    light: bool = False  # a noun with its support verb ("einen Vertrag schließen") acts like a verb
    between: bool = False  # the noun names all its parties after "zwischen" ("Vereinbarungen zwischen X und Y")
    occasion: bool = False  # the noun heads an adverbial with its own party ("auf Einladung von X")


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


@dataclass
class _DocInfo:
    """Per-document lookups, built once (nothing here grows with sentences x mentions)."""

    starts: dict[int, ActorMention]
    title_tokens: frozenset[int]
    modifiers: frozenset[int]  # starts of mentions inside a title ("Tschechiens Außenminister")
    lowers: list[str]
    blocked: frozenset[str] = frozenset()  # event types the document's context rules out
    media: frozenset[str] = frozenset()  # actors that are news media (interviewers in events.yml)


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
        self.double_negation = set(status.get("double_negation_lemmas", []))
        self.comment_words = {w.lower() for w in status.get("comment_words", [])}
        self.intention_modals = set(status.get("intention_modals", []))
        self.comment_negations = set(status.get("comment_negations", []))
        frustrated = status.get("frustrated_plans") or {}
        self.frustration_words = set(frustrated.get("words", []))
        self.frustrated_modals = set(frustrated.get("modals", []))
        self.subordinators = set(status.get("subordinators", []))
        self.past_modals = set(status.get("past_modals", []))
        self.setting_prepositions = set(status.get("setting_prepositions", []))
        self.content_verbs = set(status.get("content_verbs", []))
        self.contrast_words = set(status.get("contrast_words", []))
        self.subject_neg_lemmas = set(status.get("subject_negation_lemmas", []))
        self.completion_lemmas = set(status.get("completion_lemmas", []))
        self.seeking_lemmas = set(status.get("seeking_lemmas", []))
        reported_future = status.get("reported_future") or {}
        self.reported_future = set(reported_future.get("words", []))
        self.reported_future_times = set(reported_future.get("time_words", []))
        self.reportative_modals = set(status.get("reportative_modals", []))
        speech = lang.speech
        self.source_before = [tuple(p.split()) for p in speech["source_before"]]
        self.source_after = set(speech["source_after"])
        self.statement = lang.frames.get("Statement")
        self.reporting = set(speech["reporting_verbs"]) | (self.statement.verbs if self.statement else set())
        self.frames = [f for f in lang.frames.values() if f.type != "Statement"]
        grammar = lang.grammar

        def words(key: str) -> set[str]:
            return {w.lower() for w in grammar.get(key, [])}

        self.locative = words("locative")
        self.venue = words("venue_prepositions")
        self.oblique = words("oblique")
        self.attach = words("attach")
        self.conjunctions = words("conjunctions")
        self.gapping_openers = words("gapping_openers")
        self.relative_objects = words("relative_objects")
        self.guest_nouns = frozenset(grammar.get("guest_nouns", []))
        self.earlier_instance = words("earlier_instance")
        self.participant_nouns = frozenset(grammar.get("participant_nouns", []))
        self.attendance_words = frozenset(grammar.get("attendance_words", []))
        self.indefinite = frozenset(grammar.get("indefinite", []))
        self.signing_verbs = frozenset(grammar.get("signing_verbs", []))
        self.setting_heads = frozenset(grammar.get("setting_heads", []))
        self.speaker_pronouns = words("speaker_pronouns")
        self.mediator_nouns = frozenset(grammar.get("mediator_nouns", []))
        self.chair_nouns = frozenset(grammar.get("chair_nouns", []))
        self.meeting_topic_prepositions = words("meeting_topic_prepositions")
        acceptance = grammar.get("acceptance") or {}
        self.acceptance_frame = lang.frames.get(acceptance["type"]) if acceptance.get("type") else None
        self.acceptance_verbs = frozenset(acceptance.get("verbs", []))
        self.acceptance_nouns = tuple(w.lower() for w in acceptance.get("nouns", [])) or ("\0",)
        state = grammar.get("state_phrases") or {}
        self.state_prepositions = frozenset(w.lower() for w in state.get("prepositions", []))
        self.state_verbs = frozenset(state.get("verbs", []))
        negotiated = grammar.get("negotiated_agreements") or {}
        self.negotiation_frame = lang.frames.get(negotiated["type"]) if negotiated.get("type") else None
        self.negotiation_participles = tuple(w.lower() for w in negotiated.get("participles", [])) or ("\0",)
        coalitions = grammar.get("colour_coalitions") or {}
        self.party_colours = {c.lower(): list(ps) for c, ps in (coalitions.get("colours") or {}).items()}
        self.colour_endings = tuple(sorted(coalitions.get("endings", []), key=len, reverse=True)) + ("",)
        self.coalition_frame = lang.frames.get(coalitions["type"]) if coalitions.get("type") else None
        self.occasion_nouns = {n: frozenset(w.lower() for w in ps) for n, ps in (grammar.get("occasion_nouns") or {}).items()}
        self.broadcast = frozenset(grammar.get("broadcast_lemmas", []))
        self.talk_nouns = tuple(w.lower() for w in grammar.get("talk_nouns", []))
        self.copulas = frozenset(grammar.get("copulas", []))
        self.participation_verbs = words("participation_verbs")
        self.treaties: dict[str, tuple[str, ...]] = {}
        self.treaty_phrases: dict[str, list[str]] = {}  # first word -> multi-word treaty names
        for row in lang.treaties:
            parties = tuple(p for p in row["parties"].split("|") if p)
            for name in [row["name"], *row["aliases"].split("|")]:
                if name:
                    self.treaties[name] = parties
                    if " " in name:
                        self.treaty_phrases.setdefault(name.split()[0], []).append(name)
        self.definite = words("definite")
        self.demonstratives = words("demonstratives")
        self.genitive = words("genitive")
        self.genitive_suffixes = tuple(grammar.get("genitive_suffixes", []))
        self.pronouns = words("pronouns")
        self.singular_pronouns = words("singular_pronouns")
        self.party_pronouns = words("party_pronouns")
        self.plural_endings = tuple(grammar.get("plural_verb_endings", [])) or ("\0",)
        self.plural_pronouns = [tuple(p.lower().split()) for p in grammar.get("plural_pronouns", [])]
        self.passive = words("passive_auxiliaries")
        self.perfect_auxiliaries = words("perfect_auxiliaries")
        self.causative = words("causative_verbs")
        self.goal_prepositions = words("goal_prepositions")
        self.goal_nouns = words("goal_nouns")
        self.group_numbers = {w.lower(): int(n) for w, n in (grammar.get("group_numbers") or {}).items()}
        self.group_nouns = {w.lower(): k for w, k in (grammar.get("group_nouns") or {}).items()}
        self.definite_group_nouns = words("definite_group_nouns")
        self.reflexive = words("reflexive")
        self.weak_preterite = tuple(words("weak_preterite_endings"))
        # feminine title forms; not those of adjectival nouns, the same for a man after "der" ("der Sondergesandte",
        # masculine "Sondergesandter")
        self.feminine_titles = frozenset(form for form, role in lang.roles.items()
                                         if form != role.title and not role.title.startswith(form))
        # a masculine title that has a feminine form of its own names a man ("Vizekanzler Mitterlehner")
        self.masculine_titles = frozenset(role.title for form, role in lang.roles.items() if form != role.title)
        self.infinitive_ending = str(grammar.get("infinitive_ending", ""))
        self.articles = words("articles")
        self.representatives = words("representatives")
        self.topic = words("topic_prepositions")
        self.partner = words("partner_prepositions")
        self.comitative = words("comitative")
        self.light_partners = words("light_partner_prepositions")
        self.named_partners = words("named_partner_prepositions")
        self.all_partners = words("exhaustive_partner_prepositions")
        self.attribute_prepositions = words("attribute_prepositions")
        self.during = words("during")
        self.adjective_triggers = {w.lower(): t for w, t in (grammar.get("adjective_triggers") or {}).items()}
        self.opinion_markers = words("opinion_markers")
        self.appearance_verbs = words("appearance_verbs")
        self.support_participles = words("support_participles")
        self.phase_participles = words("phase_participles")
        self.present_forms = words("present_forms")
        self.umlauts = str.maketrans(grammar.get("umlauts") or {})
        self.anticipation = words("anticipation_prepositions")
        self.grouping_only = tuple(words("grouping_only_nouns")) or ("\0",)
        self.grouping_only_verbs = words("grouping_only_verbs")
        # "EU-Fischereiminister", "EU-Spitzenpolitikern": a compound whose head is an office title
        # (or a group noun of grammar.yml) is a role too
        self.role_heads = tuple(sorted({r.lower() for r in lang.roles if len(r) >= 6 and " " not in r}
                                       | words("collective_role_heads"))) or ("\0",)
        self.schedule_words = words("schedule_days")
        self.weekdays = {w.lower() for w in lang.time.get("weekdays", {})}
        self.months = {w.lower() for w in lang.time.get("months", {})}
        # a weekday and its compounds ("montags", "Montagabend"), lowercased
        self.weekday_forms = self.weekdays | {d + x for d in self.weekdays for x in lang.time.get("weekday_suffixes", [])}
        # negation and hypothesis cue verbs also license an event noun: "das Abkommen ist
        # geplatzt", "hofft auf eine Einigung" (planning verbs do not: "so sieht es der Vertrag vor")
        self.cue_lemmas = self.neg_lemmas | self.hyp_lemmas

    # ------------------------------------------------------------------ entry point
    def extract(
        self, doc: Doc, actors: list[Actor], mentions: list[ActorMention], *, doc_id: str, published: date | None
    ) -> list[Event]:
        by_id = {a.id: a for a in actors}
        self._kinds = {a.id: a.type for a in actors}
        self._labels = {a.id: a.label for a in actors}
        self._named_together: Counter[tuple[str, str]] = Counter()  # people named in one sentence
        self._named_latest: dict[tuple[str, str], int] = {}
        info = self._doc_info(doc, mentions)
        self._by_end = {m.end: m for m in mentions}
        self._by_start = {m.start: m for m in mentions}
        sentences = self._sentences(doc, mentions)
        self._sentence_list = sentences
        events: list[Event] = []
        last_person_subject: str | None = None
        paragraph_date: dict[int, str] = {}
        for sent in sentences:
            sent.dates = self.time.dates(sent.span.text, published)
            sources = self._sources(doc, sent, info) | self._reporting_subjects(doc, sent, by_id)
            speaker = self._speaker(doc, sent, sources, by_id)
            triggers = self._triggers(doc, sent, info)
            before = len(events)
            built: list[Event] = []
            deferred: list[tuple[Event, _Trigger]] = []
            for trig in triggers:
                event = self._event(doc, sent, trig, by_id, actors, sources, speaker, last_person_subject, published,
                                    doc_id, info, triggers, events)
                if event is None:
                    continue
                if event.date is None and event.status == "happened" and sent.paragraph in paragraph_date \
                        and not self._own_time(sent):
                    event.date = paragraph_date[sent.paragraph]
                if trig.occasion:
                    # the clause's modals and dates are its other event's: the invitation was issued
                    event.status, event.date = "happened", None
                    deferred.append((event, trig))
                    continue
                if not (trig.is_noun and trig.adverbial):
                    built.append(event)  # not "vor dem EU-Gipfel": an event that only dates the clause
                self._add(events, event, trig, by_id, sources)
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
                self._add(events, event, trig, by_id, sources)
            self._join_halves(events, before)
            if not triggers:
                self._attendees(doc, sent, events, by_id, sources)
            if self.statement is not None and speaker is not None:
                events.append(self._statement(doc, sent, speaker, sources, doc_id))
            for d in sent.dates:
                if not d.weak:
                    paragraph_date[sent.paragraph] = d.value
            people = sorted({m.actor for m in sent.mentions if by_id[m.actor].type == "Person" and not m.via_role})
            for i, x in enumerate(people[:6]):
                for y in people[i + 1 : 6]:
                    self._named_together[(x, y)] += 1
                    self._named_latest[(x, y)] = sent.index
            subject = self._sentence_subject(doc, sent, by_id, sources, speaker)
            if subject is not None:
                last_person_subject = subject
        named = {e.type for e in events if e.participants}
        unnamed = {f.type: f.unnamed_statuses for f in self.frames}
        return [e for e in events if (e.participants or e.type == "Statement" or e.type not in named and e.status in unnamed.get(e.type, ()))
                and not self._single_body(e, by_id)]

    def _join_halves(self, events: list[Event], before: int) -> None:
        """Two new events of one type and status from one sentence that share a participant, or of
        which one has a single participant, are one event reported by two triggers ("hat sich einen
        Deal gesichert: Sie habe einen Vertrag mit X unterzeichnet"); a multilateral event is never
        split (ANNOTATION.md). Visits to different places stay apart."""
        i = before
        while i < len(events):
            e = events[i]
            target = next((t for t in events[before:i] if t.type == e.type and t.status == e.status and t.type != "Statement"
                           and (t.actor_ids() & e.actor_ids() or len(t.participants) == 1 or len(e.participants) == 1)
                           and (t.place is None or e.place is None or t.place == e.place) and _dates_agree(t, e)), None)
            if target is None:
                i += 1
                continue
            _merge_into(target, e, union=True)
            del events[i]

    def _single_body(self, event: Event, by_id: dict[str, Actor]) -> bool:
        """A meeting of one national body alone ("Parteivorstand", "die ÖVP bei ihrer Klausur")
        is a session, not an event (ANNOTATION.md); a summit of an international grouping is one."""
        if event.type != "Meeting" or len(event.participants) != 1:
            return False
        actor = by_id[event.participants[0].actor]
        return actor.type == "Organization" and actor.country is not None

    def _doc_info(self, doc: Doc, mentions: list[ActorMention]) -> _DocInfo:
        starts: dict[int, ActorMention] = {}
        for m in mentions:
            starts.setdefault(m.start, m)
        titles = list(doc.spans.get("kg_titles", []))
        title_tokens = frozenset(i for t in titles for i in range(t.start, t.end))
        # a name inside a title qualifies it ("Tschechiens Außenminister"); a role mention
        # ("der Kremlchef") covers its title exactly and is an actor of its own
        inside = {(t.start, t.end) for t in titles}
        modifiers = frozenset(
            m.start for m in mentions
            if not m.via_role and m.start in title_tokens and m.end - 1 in title_tokens and (m.start, m.end) not in inside
        )
        # a party right before a person is the person's affiliation: "den Grünen Alexander Van der Bellen"
        persons = {m.start for m in mentions if m.via_role is False and self._kinds.get(m.actor) == "Person"}
        modifiers = modifiers | frozenset(m.start for m in mentions if not m.via_role and self._kinds.get(m.actor) == "Organization" and m.end in persons)
        # … and so is a party in brackets after a person: "Kurt Fischer (VP)", "Meinl-Reisinger (NEOS)"
        person_ends = {m.end for m in mentions if self._kinds.get(m.actor) == "Person"}
        modifiers = modifiers | frozenset(m.start for m in mentions if self._kinds.get(m.actor) == "Organization"
                                          and m.start >= 2 and doc[m.start - 1].text == "(" and m.start - 1 in person_ends)
        lowers = [t.lower_ for t in doc]
        counts: Counter[str] = Counter()
        for t in doc:
            counts[t.lower_] += 1
            if t.lemma_ and t.lemma_.lower() != t.lower_:
                counts[t.lemma_.lower()] += 1
        blocked = frozenset(f.type for f in self.frames if f.context_blockers
                            and sum(counts[w] for w in f.context_blockers) >= CONTEXT_BLOCK_COUNT)
        interviewers = {w for f in self.frames for w in f.interviewers}
        media = frozenset(m.actor for m in mentions if self._labels.get(m.actor) in interviewers)
        return _DocInfo(starts, title_tokens, modifiers, lowers, blocked, media)

    # ------------------------------------------------------------------ sentences
    def _sentences(self, doc: Doc, mentions: list[ActorMention]) -> list[_Sentence]:
        out = []
        paragraph = 0
        ordered = sorted(mentions, key=lambda m: m.start)
        k = 0
        for n, span in enumerate(doc.sents):
            while k < len(ordered) and ordered[k].start < span.start:
                k += 1
            if not span.text.strip():
                if "\n\n" in span.text or span.text.count("\n") >= 1:
                    paragraph += 1
                continue
            raw: list[tuple[int, int, str]] = []  # (start, end, break before)
            start = span.start
            brk = ""
            for token in span:
                if token.text in SEGMENT_BREAKS:
                    if token.i > start:
                        raw.append((start, token.i, brk))
                    start = token.i + 1
                    brk = token.text
            if start < span.end:
                raw.append((start, span.end, brk))
            if not raw:
                continue
            j = k
            ms = []
            while j < len(ordered) and ordered[j].start < span.end:
                ms.append(ordered[j])
                j += 1
            segments = self._clauses(doc, raw, ms)
            out.append(_Sentence(span, n, segments, ms, paragraph))
            if "\n" in span.text.rstrip(" ")[-2:] or span[-1].whitespace_.count("\n") or "\n" in doc[span.end - 1].text:
                paragraph += 1
        return out

    def _clauses(self, doc: Doc, raw: list[tuple[int, int, str]], mentions: list[ActorMention]) -> list[tuple[int, int]]:
        """Join a segment to the one before when it continues that clause: it follows a comma or
        bracket and has no finite verb of its own, or it is the tail of an enumeration of actors."""
        ends = {m.end for m in mentions}
        starts = {m.start: m for m in mentions}
        out: list[tuple[int, int]] = []
        for a, b, brk in raw:
            if out and brk in CONTINUABLE:
                tokens = doc[a:b]
                verbless = not any(t.tag_ in FINITE_TAGS or t.tag_ in INFINITIVE_TAGS for t in tokens) and tokens[0].tag_ not in CLAUSE_OPENER_TAGS \
                    and tokens[0].lower_ not in self.gapping_openers  # ", dann Faymann auch das Treffen": a clause of its own
                prev_verbless = not any(t.tag_ in FINITE_TAGS for t in doc[out[-1][0] : out[-1][1]])
                if verbless or prev_verbless and self._enumeration_tail(doc, a, b, out[-1], ends, starts):
                    out[-1] = (out[-1][0], b)
                    continue
                # a relative clause goes on after an apposition up to its verb at the end: "Vereinbarungen, die
                # X, Chef von Y, mit Z traf" is one clause (the noun's support verb and parties are in it)
                opener = doc[out[-1][0]]
                last = next((t for t in reversed(tokens) if not t.is_space and not t.is_punct), None)
                if prev_verbless and opener.tag_ in ("PRELS", "PRELAT") and tokens[0].tag_ not in CLAUSE_OPENER_TAGS \
                        and last is not None and last.tag_ in FINITE_TAGS:
                    out[-1] = (out[-1][0], b)
                    continue
            out.append((a, b))
        return out

    def _enumeration_tail(self, doc: Doc, a: int, b: int, prev: tuple[int, int], ends: set[int], starts: dict[int, ActorMention]) -> bool:
        """ "Trump, Putin und Selenskyj": the segment after the comma goes on listing actors."""
        if prev[1] not in ends:
            return False
        i = a
        while i < b and doc[i].tag_ in NP_TAGS:
            i += 1
        m = starts.get(i)
        if m is None or m.end >= b:
            return False
        after = doc[m.end]
        return after.lower_ in self.conjunctions and m.end + 1 < b

    # ------------------------------------------------------------------ attribution
    def _sources(self, doc: Doc, sent: _Sentence, info: _DocInfo) -> set[str]:
        """Actors the sentence attributes its report to ("nach Angaben des Kreml")."""
        sources: set[str] = set()
        lowers = info.lowers
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

    def _is_reporting(self, doc: Doc, token: Token, end: int) -> bool:
        return token.pos_ in ("VERB", "AUX", "") and any(f in self.reporting for f in self._verb_lemmas(doc, token, end))

    def _reporting_subjects(self, doc: Doc, sent: _Sentence, by_id: dict[str, Actor]) -> set[str]:
        """Organisations and spokespeople that report ("Der Kreml bestätigte das Telefonat",
        "Das teilten das Weiße Haus und der Kreml mit")."""
        found: set[str] = set()
        for a, b in sent.segments:
            verb = next((t for t in doc[a:b] if self._is_reporting(doc, t, b)), None)
            if verb is None:
                continue
            near = [m for m in sent.mentions if a <= m.start < b and not self._is_oblique(doc, m, a)]
            if not near:
                continue
            subject = min(near, key=lambda m: abs(m.start - verb.i))
            actor = by_id[subject.actor]
            if actor.type == "Organization":
                found.update(m.actor for m in near if by_id[m.actor].type == "Organization")
            elif any("sprecher" in r.role.lower() for r in actor.roles):
                found.add(subject.actor)
        return found

    def _speaker(self, doc: Doc, sent: _Sentence, sources: set[str], by_id: dict[str, Actor]) -> str | None:
        """The actor who says or reports something in this sentence, if any."""
        headline = self._headline_speaker(doc, sent)
        if headline is not None:
            return headline
        for a, b in sent.segments:
            verb = next((t for t in doc[a:b] if self._is_reporting(doc, t, b)), None)
            if verb is None:
                continue
            in_seg = [m for m in sent.mentions if a <= m.start < b and by_id[m.actor].type in ("Person", "Organization")]
            if in_seg:
                return in_seg[0].actor
        return None

    def _headline_speaker(self, doc: Doc, sent: _Sentence) -> str | None:
        """The speaker of a headline "Trump: Mit Putin … vereinbart"."""
        a, b = sent.segments[0]
        first = [m for m in sent.mentions if a <= m.start < b]
        if len(first) == 1 and first[0].start == a and first[0].end == b and b < sent.span.end and doc[b].text == ":":
            return first[0].actor
        return None

    def _sentence_subject(self, doc: Doc, sent: _Sentence, by_id: dict[str, Actor], sources: set[str],
                          speaker: str | None) -> str | None:
        """The person this sentence is about, for a pronoun in the next one: its speaker, or the
        first person before (or right after) its first finite verb that no preposition governs."""
        if speaker is not None and by_id[speaker].type == "Person":
            return speaker
        finite = next((t.i for t in sent.span if t.tag_ in FINITE_TAGS), sent.span.end)
        for m in sent.mentions:
            if m.start > finite + 2:
                break
            a, _ = sent.segments[sent.segment_of(m.start)]
            if by_id[m.actor].type == "Person" and m.actor not in sources and not self._is_oblique(doc, m, a):
                return m.actor
        return None

    # ------------------------------------------------------------------ triggers
    def _lemma(self, token: Token) -> str:
        return token.lemma_ if token.lemma_ else token.lower_

    def _verb_lemmas(self, doc: Doc, token: Token, end: int) -> list[str]:
        """The verb's lemma; with a separated particle ("lud … ein") only the particle verb
        ("einladen"): "traf … ein" is eintreffen, never treffen."""
        lemma = self._lemma(token)
        if token.tag_ not in FINITE_TAGS:
            return [lemma]
        for t in doc[token.i + 1 : end]:
            if t.tag_ == "PTKVZ":
                return [t.lower_ + lemma]
            if t.text in {",", ";", ":"} or t.tag_ in FINITE_TAGS or t.tag_ in CLAUSE_OPENER_TAGS:
                break
        return [lemma]

    def _triggers(self, doc: Doc, sent: _Sentence, info: _DocInfo) -> list[_Trigger]:
        found: list[_Trigger] = []
        support_used: set[int] = set()
        span = sent.span
        # nouns first, so their support verbs ("eine Vereinbarung treffen") do not trigger too
        for token in span:
            if not token.text[:1].isupper() or token.pos_ not in ("NOUN", "PROPN", "X", "") and not (
                    token.tag_ != "ADJA" and self._colours(token.text)):
                continue  # (a colour coalition "Blau-Rot" may be tagged as an adjectival noun)
            match = self._noun_frame(token)
            if match is None:
                continue
            frame, kind = match
            if frame.type in info.blocked:
                continue  # a court's "Verhandlung"
            if any(_ends_with(info.lowers, token.i, p) for p in frame.not_phrases) and not self._talks_with_person(doc, sent, token, info):
                continue  # "im Gespräch" (an idiom: being considered, an interview)
            seg = sent.segment_of(token.i)
            a, b = sent.segments[seg]
            chain = self._chain(doc, info, token.i, b)
            occasion = False
            if frame.support_verbs:
                support = [t for t in doc[a:b] if t.i != token.i and t.pos_ in ("VERB", "AUX", "")
                           and any(f in frame.support_verbs for f in self._verb_lemmas(doc, t, b))]
                attributive = False
                if not support:
                    # "das zwischen X und Y ausgehandelte Abkommen": a support verb's participle before the noun
                    support = [t for t in doc[max(a, token.i - 3) : token.i] if t.tag_ == "ADJA" and self._support_participle(t.lower_)]
                    attributive = bool(support)
                    if support and self._phrase_in_adverbial(doc, support[0].i, a, info):
                        continue  # "nach dem zwischen X und Y geschlossenen Abkommen": an instrument
                relative = self._relative_clause(doc, sent, seg, token) if not support else None
                if relative is not None:
                    # "einen Pakt, den X mit Y geschlossen hat": the relative clause is the noun's clause
                    ra, rb = sent.segments[relative]
                    support = [t for t in doc[ra:rb] if t.pos_ in ("VERB", "AUX", "")
                               and any(f in frame.support_verbs for f in self._verb_lemmas(doc, t, rb))]
                    if support:
                        seg, (a, b) = relative, (ra, rb)
                cue = [t for t in doc[a:b] if t.i != token.i and any(f in self.cue_lemmas for f in self._verb_lemmas(doc, t, b))]
                # a noun that names its parties needs no support verb: "Vereinbarungen zwischen X und Y"
                named = bool(chain) and token.i + 1 < b and info.lowers[token.i + 1] in self.named_partners
                # "auf Einladung von X": an adverbial that names the noun's party is the event itself
                occasion = bool(chain) and token.i > a and info.lowers[token.i - 1] in self.occasion_nouns.get(token.text, ())
                named = named or kind == "colour"  # "Blau-Rot" names its parties
                if not support and not cue and not named and not occasion:
                    continue
                if not cue and not occasion and kind != "colour" and self._in_adverbial(doc, token.i, a):
                    continue  # an instrument: "Ausnahmen im Kollektivvertrag", "Artikel 50 des EU-Vertrags"
                support_used.update(t.i for t in support)
            if frame.interviewers and (chain and all(info.starts[i].actor in info.media for i in chain if i in info.starts)
                                       or self._interviewer_follows(doc, token.i, b, frame)):
                continue  # "für das Gespräch mit dem STANDARD": an interview
            if token.lower_.endswith(self.talk_nouns) and (self._broadcast(doc, a, b) or self._recorded(doc, sent, seg, token)):
                continue  # "die Zweiergespräche … zeigt ORF 2", "in dem ausgestrahlten Gespräch": a programme
            if (token.text in frame.needs_place_for or self._lemma(token) in frame.needs_place_for) and not self._has_place(sent, a, b, info) \
                    and not (token.i > a and doc[token.i - 1].tag_ == "PPOSAT"):
                continue  # a trip needs its destination, unless it is someone's known trip ("sagte seine Reise ab")
            if self._is_topic(doc, token.i, a, found):
                continue  # "Verhandlungen über einen Pakt": the pact is what they negotiate
            if not chain and kind != "colour" and token.i - 1 >= a and doc[token.i - 1].tag_ == "APPR" and token.text != self._lemma(token):
                continue  # a bare plural after a preposition is generic: "als Faustpfand in Verhandlungen" (not "zu Besuch")
            det = self._determiner(doc, token.i, span.start)
            definite = det is not None and det in self.definite
            if definite and token.i > a and doc[token.i - 1].lower_ in self.earlier_instance:
                definite = False  # "beim letzten Treffen": an earlier meeting of a series, not the one reported
            fallback = None
            if (token.text in frame.needs_topic_for or self._lemma(token) in frame.needs_topic_for) and not self._has_topic(doc, token.i, b, chain):
                fallback = self._fallback_frame(frame)
            possessive = det is not None and doc[token.i - 1].tag_ == "PPOSAT" or token.i > 0 and doc[token.i - 1].tag_ == "PPOSAT"
            # "die Gespräche" without a topic refer back like "das Gespräch"
            anaphoric = kind == "anaphoric" or fallback is not None and definite
            found.append(_Trigger(token, frame, True, seg, anaphoric=anaphoric, lemma=self._lemma(token),
                                  definite=definite, chain=frozenset(chain), fallback=fallback, possessive=possessive,
                                  light=bool(frame.support_verbs) and bool(support),
                                  attributive=bool(frame.support_verbs) and attributive,
                                  between=bool(chain) and token.i + 1 < b and info.lowers[token.i + 1] in self.all_partners,
                                  adverbial=self._in_adverbial(doc, token.i, a),
                                  during=self._during(doc, token.i, a) or self._in_state(doc, token.i, a, b),
                                  attribute=self._is_attribute(doc, token.i, a),
                                  comitative=token.i + 1 < b and info.lowers[token.i + 1] in self.comitative,
                                  occasion=bool(frame.support_verbs) and occasion))
        # "das neu verhandelte Abkommen zwischen X und Y": the agreement and the negotiation that made it
        if self.negotiation_frame is not None:
            for t in list(found):
                if t.frame is not self.negotiation_frame and t.frame.support_verbs and any(
                        doc[k].tag_ == "ADJA" and doc[k].lower_.startswith(self.negotiation_participles)
                        for k in range(max(sent.segments[t.segment][0], t.token.i - 3), t.token.i)):
                    found.append(replace(t, frame=self.negotiation_frame, attributive=True, anaphoric=False, fallback=None))
        for token in span:
            adjective = self._adjective_trigger(doc, sent, token, info)
            if adjective is not None:
                found.append(adjective)
                continue
            misread = self._misread_verb(doc, token, info)
            if token.pos_ not in ("VERB", "AUX", "") and misread is None or token.i in support_used \
                    or token.text[:1].isupper() and token.i != span.start:
                continue
            seg = sent.segment_of(token.i)
            a, b = sent.segments[seg]
            forms = [misread] if misread is not None else self._verb_lemmas(doc, token, span.end)
            for frame in self.frames:
                lemma = next((f for f in forms if f in frame.verbs), None)
                if lemma is None or frame.type in info.blocked:
                    continue
                if lemma in frame.reflexive and not any(t.lower_ in self.reflexive for t in doc[a:b]):
                    continue
                if lemma in frame.needs_place_for and not self._has_place(sent, a, b, info):
                    continue
                found.append(_Trigger(token, frame, False, seg, lemma=lemma))
                break
        # "nahm das Angebot von X an": accepting an offer concludes an agreement with the one who made it (the verb
        # may follow in a later segment of the sentence, after a parenthesis)
        if self.acceptance_frame is not None:
            for token in span:
                if not (_is_noun(token) and token.lower_.endswith(self.acceptance_nouns)) or any(t.token.i == token.i for t in found):
                    continue
                if any(t.i > token.i and t.pos_ in ("VERB", "AUX", "") and any(f in self.acceptance_verbs for f in self._verb_lemmas(doc, t, span.end))
                       for t in span):
                    seg = sent.segment_of(token.i)
                    a, b = sent.segments[seg]
                    found.append(_Trigger(token, self.acceptance_frame, True, seg, lemma=self._lemma(token), light=True,
                                          chain=frozenset(self._chain(doc, info, token.i, b)),
                                          definite=False, adverbial=self._in_adverbial(doc, token.i, a)))
        # "lud ihn zu einem Folgetreffen ein": the meeting is what the invitation is to
        hosts = [t for t in found if t.frame.content_prepositions]
        found = [t for t in found if not (t.is_noun and any(h is not t and h.segment == t.segment and h.frame is not t.frame
                                                             and self._preposition(doc, t.token.i, span.start) in h.frame.content_prepositions
                                                             for h in hosts))]
        return sorted(found, key=lambda t: t.token.i)

    def _gender(self, actor: Actor) -> str | None:
        """"female" or "male" for a person named with a gendered office title (roles.tsv: "Innenministerin",
        "Vizekanzler") or a gendered given name (gender-guesser's name dictionary, the lexicon of given names
        kg/nlp reads); None when neither tells."""
        given = _given_name_gender(actor.label.split()[0]) if " " in actor.label else "unknown"
        if given in ("female", "mostly_female", "male", "mostly_male"):
            return "female" if "female" in given else "male"
        for r in actor.roles:
            words = r.mention.text.split() if r.mention is not None else []
            head = words[-1].rpartition("-")[2] if words else ""
            if head in self.feminine_titles:
                return "female"
            if head in self.masculine_titles:
                return "male"
        return None

    def _misread_verb(self, doc: Doc, token: Token, info: _DocInfo) -> str | None:
        """The lemma of a weak verb's preterite that the tagger read as an attributive adjective because
        the surname after it looked like a common noun ("Am Abend telefonierte/ADJA Hofbauer/NN mit …"):
        an adjective does not stand between a clause opener and a person's name (grammar.yml
        weak_preterite_endings). Not after a determiner or preposition: "in der besuchten Stadt"."""
        if token.tag_ != "ADJA" or not self.weak_preterite or token.i + 1 not in info.starts:
            return None
        if self._kinds.get(info.starts[token.i + 1].actor) != "Person":
            return None
        j = token.i - 1
        while j >= 0 and doc[j].tag_ in ("ADV", "ADJD", "ADJA", "PTKNEG"):
            j -= 1  # "die viel besuchte Pammer"
        if j >= 0 and doc[j].tag_ in DETERMINER_TAGS | {"APPR", "APPRART", "CARD", "PRELS"}:
            return None
        word = token.lower_
        ending = next((e for e in self.weak_preterite if word.endswith(e) and len(word) > len(e) + 2), None)
        return word[: len(word) - len(ending)] + self.infinitive_ending if ending else None

    def _phrase_in_adverbial(self, doc: Doc, participle: int, floor: int, info: _DocInfo) -> bool:
        """The noun phrase around an attributive participle heads a prepositional phrase: walk back over
        the phrases inside it ("im Februar", "zwischen X und dem Kosovo") to its own determiner."""
        j = participle - 1
        while j >= floor:
            t = doc[j]
            if t.tag_ in ("ART", "PDAT", "PPOSAT") and not (j + 1 < participle and (j + 1) in info.starts):
                return j - 1 >= floor and doc[j - 1].tag_ in ("APPR", "APPRART")
            j -= 1
        return False

    def _scheduled_present(self, doc: Doc, sent: _Sentence, trig: _Trigger) -> bool:
        """A clause in the present tense with a day ("am Dienstag", "am Wochenende") schedules its
        event when the article has no publication date to place the day: news report past events in
        the perfect or preterite. Reported speech (Konjunktiv I: "treffe", "sei") stays as it is."""
        a, b = sent.segments[trig.segment]
        lowers = [t.lower_ for t in doc[a:b]]
        day = any(w in self.weekday_forms or w in self.schedule_words for w in lowers)
        # … or a calendar day for an event verb: "beraten die EU-Innenminister am 8. Oktober" (a noun may be
        # what a present-tense report is about: "zitiert aus einer Telefonkonferenz am 16. Juli")
        day = day or not trig.is_noun and any(w in self.months and i > 0 and lowers[i - 1].rstrip(".").isdigit() for i, w in enumerate(lowers))
        # … or an event noun that something present happens before: "erhält ein Mandat vor der Sitzung der Eurogruppe"
        day = day or trig.is_noun and self._preposition(doc, trig.token.i, a) in self.anticipation
        if not day:
            return False
        finite = [t for t in doc[a:b] if t.tag_ in FINITE_TAGS]
        if any(t.tag_ in ("VVPP", "VAPP", "VMPP") for t in doc[a:b]) and any(self._lemma(t) in ("haben", "sein") for t in finite):
            return False  # the perfect: "haben am Montag telefoniert"
        return bool(finite) and all(self._present_form(t) for t in finite)

    def _present_form(self, token: Token) -> bool:
        """An indicative present form: "statten", "besucht", "trifft", "ist" (grammar.yml present_forms),
        not "besuchte", "traf", "treffe" (preterite, Konjunktiv I)."""
        word, lemma = token.lower_, self._lemma(token).lower()
        if word in self.present_forms:
            return True
        stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else lemma
        rest = word[len(stem):] if stem and word.startswith(stem) else None
        if rest is None and self.umlauts:
            # a strong verb's umlaut in the present: "erhält" (erhalten), "fährt" (fahren)
            plain = word.translate(self.umlauts)
            rest = plain[len(stem):] if plain != word and plain.startswith(stem) else None
            if rest == "" and stem.endswith("t"):
                return True  # "erhält", "hält": the ending merges with the stem's t
        return rest in ("t", "et", "en", "n", "st", "est")

    def _support_participle(self, word: str) -> bool:
        """An inflected participle of a support verb: "ausgehandelte", "unterzeichneten" (grammar.yml)."""
        return any(word.startswith(p) and word[len(p):] in ADJECTIVE_ENDINGS for p in self.support_participles)

    def _adjective_trigger(self, doc: Doc, sent: _Sentence, token: Token, info: _DocInfo) -> _Trigger | None:
        """A predicative adjective with a reflexive pronoun in its clause: "mit X sei man sich einig",
        "wurden sich nicht über die Posten einig" (grammar.yml adjective_triggers). Agreeing in opinion
        is none: "darüber sind sich alle einig", "einig, dass …" (grammar.yml opinion_markers)."""
        if token.tag_ != "ADJD" or token.lower_ not in self.adjective_triggers:
            return None
        frame = next((f for f in self.frames if f.type == self.adjective_triggers[token.lower_]), None)
        if frame is None or frame.type in info.blocked:
            return None
        seg = sent.segment_of(token.i)
        a, b = sent.segments[seg]
        if not any(t.lower_ in self.reflexive for t in doc[a:b]):
            return None
        after = [t.lower_ for t in doc[token.i + 1 : min(token.i + 3, len(doc))]]
        if seg + 1 < len(sent.segments):
            after.append(doc[sent.segments[seg + 1][0]].lower_)  # "Einig sind sich X und Y, dass …"
        if any(t.lower_ in self.opinion_markers for t in doc[a:b]) or any(w in self.opinion_markers for w in after):
            return None
        if any(t.pos_ in ("VERB", "AUX", "") and self._lemma(t).lower() in self.appearance_verbs for t in doc[a:b]):
            return None  # showing unity: "einig präsentierten sich X und Y"
        return _Trigger(token, frame, False, seg, lemma=token.lower_)

    def _attendees(self, doc: Doc, sent: _Sentence, events: list[Event], by_id: dict[str, Actor], sources: set[str]) -> None:
        """ "Unter den Teilnehmern war auch X": the ungoverned actors of a sentence that names no event
        but its participants take part in the latest meeting."""
        # "Neben Deutschland sind auch Frankreich und Schweden vertreten": present at it (grammar.yml attendance_words)
        present = any(t.lower_ in self.attendance_words for t in sent.span) and any(
            self._lemma(t) in self.copulas for t in sent.span if t.tag_ in ("VAFIN", "VAINF"))
        if not present and not any(t.text in self.participant_nouns for t in sent.span):
            return
        meeting = next((e for e in reversed(events) if e.type == "Meeting"), None)
        if meeting is None:
            return
        known = set(meeting.actor_ids())
        for m in sent.mentions:
            seg = next(((a, b) for a, b in sent.segments if a <= m.start < b), None)
            if seg is None or m.actor in known or m.actor in sources or by_id[m.actor].type == "Place" or self._is_oblique(doc, m, seg[0]):
                continue
            meeting.participants.append(Participant(m.actor, "participant"))
            known.add(m.actor)
        meeting.evidence.append(_clean_span(sent.span))

    def _guests(self, doc: Doc, a: int, b: int, events: list[Event], by_id: dict[str, Actor]) -> list[str]:
        """Visitors of the latest visit when the clause names them as a guest ("ihrem Gast", "der Gast")."""
        if not any(t.text in self.guest_nouns and t.i > a and doc[t.i - 1].tag_ in ("PPOSAT", "ART") for t in doc[a:b]):
            return []
        visit = next((e for e in reversed(events) if e.type == "Visit" and e.status == "happened"), None)
        if visit is None:
            return []
        return [p.actor for p in visit.participants if p.role == "initiator" and by_id[p.actor].type == "Person"]

    def _relative_clause(self, doc: Doc, sent: _Sentence, seg: int, token: Token) -> int | None:
        """The segment of a relative clause right after the noun ("einen Pakt, den …"), if any."""
        if seg + 1 >= len(sent.segments) or sent.segments[seg][1] != token.i + 1:
            return None
        start = sent.segments[seg + 1][0]
        return seg + 1 if doc[start].tag_ in ("PRELS", "PRELAT") and doc[start].lower_ in self.relative_objects else None

    def _preposition(self, doc: Doc, i: int, floor: int) -> str | None:
        """The preposition governing the noun at ``i`` ("zu einem Treffen", "zum Gipfel"), if any."""
        j = i - 1
        while j >= floor and (doc[j].tag_ in ("ADJA", "ADJD", "CARD", "ADV", "ART", "PPOSAT", "PIAT", "PDAT") or doc[j].is_space):
            j -= 1
        if self._attribute_phrase(doc, j, i, floor):
            j -= 2  # before the noun's determiner: "mit dem für 2017 geplanten Treffen"
        return doc[j].lower_ if j >= floor and doc[j].tag_ in ("APPR", "APPRART") else None

    def _is_topic(self, doc: Doc, i: int, floor: int, found: list[_Trigger]) -> bool:
        """The noun is the topic of an event noun before it: "Verhandlungen über einen Pakt"."""
        j = i - 1
        while j >= floor and (doc[j].tag_ in ("ADJA", "ADJD", "CARD", "ART", "PIAT", "PPOSAT") or doc[j].is_space):
            j -= 1
        if j < floor or doc[j].lower_ not in self.topic:
            return False
        return any(t.is_noun and t.token.i < j and (t.token.i == j - 1 or any(s < j for s in t.chain)) for t in found)

    def _has_topic(self, doc: Doc, i: int, end: int, chain: set[int]) -> bool:
        """A topic preposition follows the noun or its attached actors: "Gespräche über …"."""
        j = max([i] + [self._mention_end(doc, s) - 1 for s in chain]) + 1
        return j < end and doc[j].lower_ in self.topic

    def _mention_end(self, doc: Doc, start: int) -> int:
        for ent in doc.ents:
            if ent.start == start:
                return ent.end
        return start + 1

    def _fallback_frame(self, frame: EventFrame) -> EventFrame | None:
        for other in self.frames:
            if other.type == frame.topic_fallback:
                return other
        return None

    def _during(self, doc: Doc, i: int, floor: int) -> bool:
        """The noun heads a phrase saying that something happened at the event: "bei dem Treffen"."""
        j = i - 1
        while j >= floor and (doc[j].tag_ in ("ADJA", "ADJD", "CARD", "ADV", "ART", "PPOSAT", "PIAT", "PDAT") or doc[j].is_space):
            j -= 1
        return j >= floor and doc[j].lower_ in self.during or self._setting_attribute(doc, i, floor)

    def _determiner(self, doc: Doc, i: int, floor: int) -> str | None:
        """The determiner or article-fused preposition before the noun at ``i`` ("das", "beim")."""
        j = i - 1
        while j >= floor and (doc[j].tag_ in ("ADJA", "ADJD", "CARD", "ADV") or doc[j].is_space):
            j -= 1
        if j >= floor and (doc[j].tag_ in DETERMINER_TAGS or doc[j].tag_ == "APPRART"):
            return doc[j].lower_
        return None

    def _chain(self, doc: Doc, info: _DocInfo, i: int, end: int) -> set[int]:
        """Starts of the actor mentions attached to the event noun at ``i``: "Treffen mit Putin",
        "Telefonat zwischen X und Y", "Besuch des ukrainischen Präsidenten Selenskyj"."""
        found: set[int] = set()
        attached = goal = False
        j = i + 1
        while j < end:
            m = info.starts.get(j)
            if m is not None:
                genitive = j == i + 1 and doc[m.end - 1].text.endswith(self.genitive_suffixes) if self.genitive_suffixes else False
                if not attached and not genitive:
                    break
                found.add(j)
                j = max(m.end, j + 1)
                continue
            t = doc[j]
            low = info.lowers[j]
            if low in self.attach:
                attached = True
            elif low in self.goal_prepositions and not goal:
                # "Verhandlungen Österreichs zum Beitritt in die EU", "Verhandlungen zum Kauf von SanDisk": the
                # other side of an accession or purchase is a party of the talks
                k = j + 1
                while k < end and doc[k].tag_ in ("ART", "ADJA"):
                    k += 1
                if k >= end or info.lowers[k] not in self.goal_nouns:
                    break
                attached = goal = True
                j = k + 1
                continue
            elif goal and t.tag_ in ("APPR", "APPRART", "ART"):
                pass
            elif attached and (low in self.conjunctions or t.text in (",", "(", ")")):
                pass  # "zwischen X, Y und Z", "der Verkehrssicherheitsbehörde (NHTSA)"
            elif t.tag_ in NP_TAGS or j in info.title_tokens or (attached and (_is_noun(t) or t.tag_ == "NE")) or t.is_space:
                pass
            else:
                break
            j += 1
        return found

    def _noun_frame(self, token: Token) -> tuple[EventFrame, str] | None:
        """The frame a noun triggers: surface form first ("Gespräche" -> Negotiation), then lemma
        ("Gespräch" -> Meeting, anaphoric), then compound ending ("EU-Gipfel", "Geheimvereinbarungen")."""
        text, lemma = token.text, self._lemma(token)
        if self.coalition_frame is not None and token.tag_ != "ADJA" and self._colours(text):
            return self.coalition_frame, "colour"  # "Blau-Rot", "Schwarz-Grün": a coalition
        for key in (text, lemma):
            for frame in self.frames:
                if key in frame.not_nouns:
                    return None
                if key in frame.nouns:
                    return frame, "anaphoric" if key in frame.anaphoric_nouns else "noun"
        lowers = {text.lower(), lemma.lower()}
        for frame in self.frames:
            if any(lower.endswith(s) and lower != s for s in frame.noun_suffixes for lower in lowers) \
                    and not any(lower.endswith(s) for s in frame.not_suffixes for lower in lowers):
                return frame, "noun"
        return None

    def _has_place(self, sent: _Sentence, a: int, b: int, info: _DocInfo) -> bool:
        doc = sent.span.doc
        return any(a <= m.start < b and m.start > 0 and (info.lowers[m.start - 1] in self.locative | self.articles) and self._is_place_slot(doc, m)
                   for m in sent.mentions)

    def _is_place_slot(self, doc: Doc, m: ActorMention) -> bool:
        """After a locative preposition, with articles, adjectives and one apposition noun
        between: "in Kiew", "in der saudi-arabischen Hauptstadt Riad"."""
        i = m.start - 1
        nouns = 0
        while i >= 0:
            tag = doc[i].tag_
            if doc[i].lower_ in self.articles or tag == "ADJA" or doc[i].is_space:
                i -= 1
            elif _is_noun(doc[i]) and nouns == 0 and i == m.start - 1:
                nouns += 1
                i -= 1
            else:
                break
        return i >= 0 and doc[i].lower_ in self.locative

    # ------------------------------------------------------------------ arguments
    def _event(self, doc: Doc, sent: _Sentence, trig: _Trigger, by_id: dict[str, Actor], actors: list[Actor],
               sources: set[str], speaker: str | None, last_subject: str | None, published: date | None,
               doc_id: str, info: _DocInfo, triggers: list[_Trigger], events: list[Event]) -> Event | None:
        a, b = sent.segments[trig.segment]
        seg_mentions = [m for m in sent.mentions if a <= m.start < b and m.start not in info.modifiers]
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
        for m in seg_mentions:
            actor = by_id[m.actor]
            if m.actor in sources or m.start in others:
                continue
            if not trig.is_noun and trig.token.tag_ in NONFINITE_TAGS and m.start > trig.token.i \
                    and any(t.lower_ in self.conjunctions for t in doc[trig.token.i + 1 : m.start]):
                continue  # "soll zwischen X und Y vereinbart und den Nachbarstaaten Z mitgeteilt werden": Z is the next verb's
            if m.actor in info.media and actor.type == "Organization" and (participants or self._is_oblique(doc, m, a)):
                continue  # a news medium told of it: "Faymann habe der Kronen Zeitung eine Einigung verkauft"
            slot = self._is_place_slot(doc, m)
            capital = actor.type == "Place" and self._capital_iso(actor.label) is not None
            if actor.type in ("Place", "Country") and (slot or trig.frame.type == "Visit") or actor.type == "Place" and not capital:
                # the most specific location wins: a city after "in"/"nach" before a country, a
                # named object before a genitive ("Schließen der Balkanroute"); a visit's
                # destination is its place, never a participant; nor is a place that is no capital
                rank = 0 if slot else 4 if self._is_oblique(doc, m, a) else 2
                places.append((rank + (0 if actor.type == "Place" else 1), m.actor))
                continue
            if actor.type == "Organization" and slot and doc[m.start - 1].lower_ in self.venue:
                places.append((0, m.actor))
                continue
            if m.end < b and m.end != trig.token.i and _is_noun(doc[m.end]) and m.end not in info.title_tokens \
                    and self.genitive_suffixes and doc[m.end - 1].text.endswith(self.genitive_suffixes) \
                    and not actor.label.endswith(self.genitive_suffixes) and actor.type == "Person":
                continue  # "Bans Vorgänger Boutros-Ghali": the possessor of another noun
            if actor.type != "Person" and self._meeting_topic(doc, m, a):
                continue  # "eine Krisensitzung zu Griechenland": what the meeting is about
            if trig.is_noun and m.start not in trig.chain and self._in_topic(doc, trig.token.i, m.start, b):
                continue  # "Gespräche über den Währungsfonds sowie den ESM": what they are about
            if self._after_noun(doc, m, a, self.mediator_nouns):
                continue  # "unter Vermittlung Norwegens", "mit dem Vermittler X": mediators are no parties (ANNOTATION.md)
            if trig.frame.type == "Meeting" and self._after_noun(doc, m, a, self.chair_nouns):
                if m.actor not in participants:
                    participants.append(m.actor)  # "unter (dem) Vorsitz von X": the chair takes part
                continue
            if actor.type != "Person" and self._apposition_attribute(doc, m, a, by_id):
                continue  # "mit X, Kronprinz der Vereinigten Arabischen Emirate": X's office, not a party
            oblique = self._is_oblique(doc, m, a)
            if trig.is_noun and not trig.takes_subjects and m.start not in trig.chain:
                continue  # "nach den Entschlüssen der Klimakonferenz äußerte sich X", "protestiert gegen den Gipfel": X was not there
            if trig.is_noun and oblique and m.start not in trig.chain \
                    and not (trig.light and self._preposition_of(doc, m, a) in self.light_partners):
                dropped.append(m)
                continue  # "Erwartungen an das Treffen", "Themen des Treffens waren die Hilfe für X"
            governor = self._preposition_of(doc, m, a)
            if not trig.is_noun and governor is not None and (governor not in self.partner or self._noun_attribute(doc, m, a)):
                continue  # "einigten sich auf Sanktionen gegen Russland", "auf Anordnung von X eingetroffen": no party
            key = self._state_for_capital(actor, actors, by_id, m, doc)
            if key not in participants:
                participants.append(key)
            if not oblique and m.start not in trig.chain and key not in subjects:
                subjects.append(key)
            if subject is None and m.start < trig.token.i and not oblique:
                subject = key
        # an infinitive clause takes its subject from the clause it depends on:
        # "Merz und Tusk kündigten an, Gespräche … aufzunehmen"
        if not participants and trig.segment > 0 and any(t.tag_ in INFINITIVE_TAGS for t in doc[a:b]):
            pa, pb = sent.segments[trig.segment - 1]
            for m in sent.mentions:
                if pa <= m.start < pb and m.actor not in sources and m.start not in info.modifiers and by_id[m.actor].type != "Place" \
                        and not self._is_oblique(doc, m, pa):
                    key = self._state_for_capital(by_id[m.actor], actors, by_id, m, doc)
                    if key not in participants:
                        participants.append(key)
                        subjects.append(key)
        # talks without a topic are negotiations between states or organisations, a meeting of people
        # ("Gespräche der Parteien", of unnamed organisations or states, stay negotiations)
        if trig.fallback is not None and (not participants and not self._group_attribute(doc, trig.token.i, b)
                                          or any(by_id[p].type == "Person" for p in participants)):
            trig.frame, trig.anaphoric, trig.fallback = trig.fallback, True, None
        compound = self._compound_actors(trig.token, actors, by_id) if trig.is_noun and "-" in trig.token.text else []
        if not participants and dropped and not trig.definite and not compound:
            # nothing but prepositional actors: "Verhandlungen über ein Hilfspaket für Griechenland" (a
            # compound names its own: "Der Schritt Sloweniens fällt in die Woche eines EU-Gipfels")
            for m in dropped:
                if self._preposition_of(doc, m, a) in self.topic or self._in_topic(doc, trig.token.i, m.start, b):
                    continue  # what the talks are about ("Gespräche über die Ukraine", "über den IWF sowie den ESM")
                key = self._state_for_capital(by_id[m.actor], actors, by_id, m, doc)
                if key not in participants:
                    participants.append(key)
        for key in compound:
            if key not in participants:
                participants.append(key)
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
            for key in self._guests(doc, a, b, events, by_id):
                if key not in participants:
                    participants.append(key)
        # "das Treffen der EU-Innenminister", "die NATO-Außenminister trafen sich": the grouping
        # behind a collective role takes part (ANNOTATION.md: summits of groupings)
        for key in self._collective_roles(doc, trig, a, b, actors, by_id):
            if key not in participants:
                participants.append(key)
                compound.append(key)
        # "Ikea bestätigt Verhandlungen mit der Gemeinde": talks "mit" someone need a first party, and an
        # organisation confirming or announcing them is it (it stays a source of talks it only reports:
        # "Der Kreml bestätigte das Telefonat Putins mit Trump")
        if trig.is_noun and trig.comitative and trig.takes_subjects and not (trig.chain & set(info.starts) and any(
                doc[info.starts[i].end - 1].text.endswith(self.genitive_suffixes) and i < trig.token.i + 2 for i in trig.chain)):
            for m in seg_mentions:
                if m.actor in sources and m.start < trig.token.i and by_id[m.actor].type == "Organization" \
                        and m.actor not in info.media and not self._is_oblique(doc, m, a) and m.actor not in participants:
                    participants.insert(0, m.actor)
                    subjects.insert(0, m.actor)
        trig.explicit = bool(trig.chain - others) or bool(compound)
        trig.probe = {self._state_for_capital(by_id[info.starts[i].actor], actors, by_id, info.starts[i], doc)
                      for i in trig.chain if i in info.starts}
        if trig.probe and trig.possessive and subject:
            trig.probe.add(subject)  # "sein Gespräch mit Putin": its owner took part
        # pronoun subject: "Trump schrieb, er habe …", "Er hatte ein Treffen mit Putin …"
        window = b if (trig.is_noun and not participants) else trig.token.i + 3
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
        if pronoun is not None and (not participants or pronoun.i < min((m.start for m in seg_mentions if m.actor in participants), default=pronoun.i + 1)):
            antecedent = speaker if speaker and by_id[speaker].type == "Person" and speaker not in sources else last_subject
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
        # "die drei Präsidenten besuchten …", "die beiden US-Firmen könnten sich einigen": the actors of
        # that kind named together last
        for key, governed in self._counted_group(doc, sent, a, b, info, by_id):
            if key not in participants:
                participants.append(key)
                if not governed:
                    subjects.append(key)
        # "die beiden trafen sich": the pair that most often took part in an event together
        lowers = info.lowers
        plural = next((i for i in range(a, b) for p in self.plural_pronouns if tuple(lowers[i : i + len(p)]) == p
                       and i + len(p) < b and not (_is_noun(doc[i + len(p)]) or doc[i + len(p)].tag_ in ("NE", "ADJA")) and i + len(p) - 1 not in info.title_tokens), None)
        if plural is not None and plural not in info.starts:
            for key in self._last_pair(events, by_id):
                if key not in participants:
                    participants.append(key)
                    subjects.append(key)
        # "man"/"wir" (nominative only: the clause's subject) in reported speech is the speaker's side: "Man habe sich
        # mit X geeinigt, sagte Y" (with another party named: "Wir haben zugestimmt, sagte Y" is no agreement of Y's)
        if speaker is not None and participants and trig.takes_subjects and by_id[speaker].type in ("Person", "Organization") \
                and speaker not in participants and any(t.lower_ in self.speaker_pronouns and t.tag_ in ("PIS", "PPER", "")
                                                        for t in doc[a:b]):
            participants.insert(0, speaker)
            subjects.insert(0, speaker)
            subject = subject or speaker
        # reported speech without its own subject: "Trump: Mit Putin … vereinbart"
        headline = self._headline_speaker(doc, sent)
        reporter = headline or (speaker if not trig.is_noun else None)
        if subject is None and reporter and by_id[reporter].type == "Person" and reporter not in participants and reporter not in sources:
            if participants and all(self._is_oblique(doc, m, a) for m in seg_mentions if m.actor in participants):
                participants.insert(0, reporter)
                subject = reporter
        # a verb in a coordinated clause without its own subject: "Trump telefonierte … und lud … ein"
        if not trig.is_noun and subject is None and trig.segment > 0 or (not trig.is_noun and not participants):
            head = next((m for m in sent.mentions if m.start < a and m.actor not in sources and by_id[m.actor].type == "Person"
                         and m.start not in info.modifiers), None)
            if head is not None and head.actor not in participants and self._same_clause_chain(doc, sent, head.start, trig.token.i):
                participants.insert(0, head.actor)
                subject = head.actor
        if trig.between and trig.probe:
            participants = [p for p in participants if p in trig.probe]  # "zwischen X und Y" names every party
        if not trig.is_noun and trig.lemma in trig.frame.needs_partner_for and not self._has_partner(doc, trig, a, b, participants, seg_mentions):
            return None
        if (trig.is_noun and (trig.token.lower_.endswith(self.grouping_only) or trig.lemma.lower().endswith(self.grouping_only))
                or not trig.is_noun and trig.lemma in self.grouping_only_verbs) and not any(
                by_id[p].type == "Organization" and by_id[p].country is None for p in participants):
            return None  # a session of one body ("die Sitzung des Nationalrats"); "die Sitzung der Eurogruppe" is a meeting
        if not trig.is_noun and trig.frame.type == "Visit" and trig.token.tag_ in ("VVINF", "VVIZU") \
                and any(self._lemma(t) in self.causative for t in doc[trig.token.i + 1 : b]):
            return None  # "die Flüchtlinge einreisen zu lassen": the subject lets others travel
        if not trig.is_noun and trig.lemma in trig.frame.vote_verbs \
                and any(_is_noun(t) and t.lower_.endswith(trig.frame.vote_objects) for t in doc[a:b]):
            return None  # "die Partei will der Reform nicht zustimmen" is a vote, not an agreement
        if trig.is_noun and trig.frame is self.acceptance_frame and trig.token.lower_.endswith(self.acceptance_nouns) and len(participants) < 2:
            return None  # an accepted offer needs who made it and who took it
        if trig.lemma in trig.frame.needs_person_for and not any(by_id[p].type == "Person" for p in participants):
            return None  # "die Türkei ruft den Sicherheitsrat an" is an appeal, not a phone call
        if not trig.is_noun and trig.lemma in self.signing_verbs and (
                not any(by_id[p].type == "Organization" for p in participants)
                or any(t.tag_ in ("VVIZU", "PTKZU") for t in sent.span)):
            return None  # "verpflichtete sich, die Schulden zu zahlen" is a promise, not a signing
        if trig.joins and not subjects and doc[a].tag_ == "PRELS" and a > 0:
            # "Rutte, der das Treffen leitete": the relative pronoun's antecedent
            antecedent = self._by_end.get(a - 1) or self._by_end.get(a - 2)
            if antecedent is not None and by_id[antecedent.actor].type == "Person" and antecedent.actor not in sources:
                subjects.append(antecedent.actor)
        trig.subjects = subjects
        place = min(places)[1] if places else None
        if trig.frame.type == "Visit" and place is None:
            place = self._sentence_place(doc, sent, by_id, sources)
        role_of_subject = trig.frame.verb_initiator.get(trig.lemma, trig.frame.initiator) if not trig.is_noun else trig.frame.initiator
        initiator = subject if role_of_subject == "subject" else None
        if trig.is_noun and role_of_subject == "subject" and len(participants) == 1:
            initiator = participants[0]
        status = self._status(doc, sent, trig)
        if status == "happened" and published is None and self._scheduled_present(doc, sent, trig):
            status = "planned"  # "Am Dienstag ist X in Warschau zu Besuch", "am Wochenende statten sie … ab"
        if status == "planned" and self._later_denial(doc, sent, trig):
            status = "negated"  # "wollte am Montag nach Kiew reisen, sagte die Reise aber ab"
        if trig.attributive and status == "negated":
            status = "happened"  # "das ausgehandelte Abkommen ist nicht umgesetzt": it was concluded
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

    def _group_before(self, doc: Doc, sent: _Sentence, segment: int, by_id: dict[str, Actor]) -> list[str] | None:
        """An earlier clause of the sentence has a plural verb and no person or pronoun as subject:
        its subject is a group noun ("die Staats- und Regierungschefs der Union"), which a plural "sie"
        after it refers to. Returns what the group stands for (named organisations or states), or
        None if there is no such clause."""
        for a, b in sent.segments[:segment]:
            verbs = [t for t in doc[a:b] if t.tag_ in FINITE_TAGS]
            if not verbs or not all(v.lower_.endswith(self.plural_endings) for v in verbs):
                continue
            named = [m.actor for m in sent.mentions if a <= m.start < b and by_id[m.actor].type != "Place" and not self._is_oblique(doc, m, a)]
            if any(by_id[k].type == "Person" for k in named) or any(t.tag_ == "PPER" for t in doc[a:b]) or not any(_is_noun(t) for t in doc[a:b]):
                continue
            return list(dict.fromkeys(named))
        return None

    def _talks_with_person(self, doc: Doc, sent: _Sentence, token: Token, info: _DocInfo) -> bool:
        """ "Im Gespräch mit dem Staatspräsidenten X betonte Y": an idiom noun with a named person (no
        news medium) attached by "mit" is talks with that person, not the idiom."""
        if token.i + 1 >= len(doc) or info.lowers[token.i + 1] not in self.comitative:
            return False
        b = sent.segments[sent.segment_of(token.i)][1]
        attached = [info.starts[i] for i in self._chain(doc, info, token.i, b) if i in info.starts]
        return any(self._kinds.get(m.actor) == "Person" and m.actor not in info.media for m in attached)

    def _counted_group(self, doc: Doc, sent: _Sentence, a: int, b: int, info: _DocInfo,
                       by_id: dict[str, Actor]) -> list[tuple[str, bool]]:
        """A counted plural ("die drei Präsidenten", "die beiden US-Firmen", "beide Länder") or a definite
        group noun opening the clause ("Die Vereine einigten sich") stands for as many actors of its kind
        (grammar.yml group_nouns; office titles are people) as the latest earlier sentence naming them
        together holds: exactly that many, else it is unclear and nothing is added. Returns the actors
        and whether a preposition governs the phrase."""
        for i in range(a, b - 1):
            count = self.group_numbers.get(doc[i].lower_)
            j = i + 1 if count else i
            if count is None:
                if not (i == a or i == a + 1 and doc[a].is_punct) or doc[i].tag_ != "ART" or doc[i].lower_ not in self.articles:
                    continue
                j = i + 1
            while j < b and doc[j].tag_ == "ADJA":
                j += 1
            if j >= b or not _is_noun(doc[j]) or j in info.starts:
                continue
            head = doc[j].text.rpartition("-")[2]
            kind = next((k for end, k in self.group_nouns.items() if head.lower().endswith(end)), None)
            if count is None:
                if head.lower() not in self.definite_group_nouns:
                    continue
                count = 2
            if kind is None and self._is_role(head):
                kind = "Person"
            if kind is None:
                continue
            preposition = self._preposition(doc, i, a)
            if preposition is not None and preposition not in self.partner:
                continue
            earlier = [m for m in sent.mentions if m.start < i]
            candidates = [earlier] + [s.mentions for s in reversed(self._sentence_list[max(0, sent.index - 5) : sent.index])]
            for group in candidates:
                keys = list(dict.fromkeys(m.actor for m in group if by_id[m.actor].type == kind
                                          and m.start not in info.modifiers and m.actor not in info.media))
                if len(keys) > count:
                    break
                if len(keys) == count:
                    return [(k, preposition is not None) for k in keys]
            return []
        return []

    def _plural_verb(self, doc: Doc, pronoun: Token, a: int, b: int) -> bool:
        """The finite verb next to the pronoun has a plural ending ("sie trafen", not "sie traf")."""
        verbs = [t for t in doc[max(a, pronoun.i - 1) : min(b, pronoun.i + 2)] if t.tag_ in FINITE_TAGS]
        if not verbs and doc[a].tag_ == "KOUS":
            verbs = [t for t in doc[pronoun.i : b] if t.tag_ in FINITE_TAGS][-1:]  # verb-final: "als sie sich … trafen"
        return bool(verbs) and all(v.lower_.endswith(self.plural_endings) for v in verbs)

    def _has_partner(self, doc: Doc, trig: _Trigger, a: int, b: int, participants: list[str], mentions: list[ActorMention]) -> bool:
        """A verb such as "treffen" is a meeting only with someone to meet: a reflexive ("sich
        treffen"), a second participant, or an object ("trifft seinen Koalitionspartner"); never
        in the passive ("Schulen wurden getroffen"), with a bare preposition ("traf zum 1:0"),
        with an abstract object ("trafen die Entscheidung") or a partner to face ("auf X treffen")."""
        tokens = doc[a:b]
        if trig.token.tag_ == "VVPP" and any(self._lemma(t) in self.passive for t in tokens if t.i != trig.token.i):
            return False
        for m in mentions:
            j = m.start - 1
            while j >= a and (doc[j].tag_ in ("ART", "ADJA") or doc[j].is_space or j in self._title_tokens(doc)):
                j -= 1
            if j >= a and doc[j].lower_ in trig.frame.encounter_prepositions:
                return False
        obj = None
        in_pp = False
        for t in doc[trig.token.i + 1 : b]:
            if t.tag_ in ("KOUS", "KON") or t.tag_ in FINITE_TAGS:
                break
            if t.tag_ in ("APPR", "APPRART"):
                in_pp = True  # "traf am Dienstag die Entscheidung": skip the adverbial
            elif t.tag_ == "ART" and t.lower_ in self.genitive and t.i - 1 > trig.token.i and _is_noun(doc[t.i - 1]):
                continue  # a genitive attribute is no object: "traf zum Tor des Tages"
            elif t.tag_ in DETERMINER_TAGS and not in_pp and t.i + 1 < b and (_is_noun(doc[t.i + 1]) or doc[t.i + 1].tag_ in ("NE", "ADJA")):
                obj = next((h for h in doc[t.i + 1 : b] if _is_noun(h) or h.tag_ == "NE"), None)
                break
            elif _is_noun(t) or t.tag_ == "NE":
                in_pp = False
        if obj is None and doc[a].tag_ in ("PRELS",) and a >= 2:
            obj = doc[a - 2] if _is_noun(doc[a - 2]) else None  # "Vereinbarungen, die X traf"
        if obj is not None and (obj.text in trig.frame.light_objects or self._lemma(obj) in trig.frame.light_objects):
            return False
        if any(t.lower_ in self.reflexive for t in tokens) or len(participants) >= 2:
            return True
        return obj is not None

    def _last_pair(self, events: list[Event], by_id: dict[str, Actor]) -> list[str]:
        """The two people who most often took part in an event together so far (latest wins ties),
        else the two named together in most sentences so far."""
        pairs: Counter[tuple[str, str]] = Counter()
        latest: dict[tuple[str, str], int] = {}
        for n, e in enumerate(events):
            people = sorted({p.actor for p in e.participants if by_id[p.actor].type == "Person"})
            if e.type == "Statement" or len(people) < 2:
                continue
            for i, x in enumerate(people):
                for y in people[i + 1 : i + 4]:
                    pairs[(x, y)] += 1
                    latest[(x, y)] = n
        if not pairs:
            pairs, latest = self._named_together, self._named_latest
        if not pairs:
            return []
        best = max(pairs, key=lambda k: (pairs[k], latest[k]))
        return list(best)

    def _treaty_parties(self, doc: Doc, a: int, b: int, actors: list[Actor], by_id: dict[str, Actor]) -> list[str]:
        """The parties of a treaty named in tokens ``a:b`` ("TTIP", "TTIP-Verhandlungen",
        "Transatlantische Handels- und Investitionspartnerschaft"; gazetteer/treaties.tsv)."""
        keys: list[str] = []
        words = [t.text for t in doc[a:b]]
        for i, token in enumerate(doc[a:b]):
            parts = token.text.split("-") if "-" in token.text else []
            names = [n for n in [token.text, *parts[:-1]] if n in self.treaties]
            names += [n for n in self.treaty_phrases.get(token.text, ()) if tuple(words[i : i + len(n.split())]) == tuple(n.split())]
            for name in names:
                for party in self.treaties.get(name, ()):
                    entry = self.gaz.names.get(party)
                    if entry is None:
                        continue
                    if entry.key not in by_id:
                        actor = Actor(id=entry.key, label=entry.canonical, type=entry.kind, country=entry.country)
                        actors.append(actor)
                        by_id[entry.key] = actor
                    if entry.key not in keys:
                        keys.append(entry.key)
        return keys

    def _compound_actors(self, token: Token, actors: list[Actor], by_id: dict[str, Actor]) -> list[str]:
        """Organisations named in a trigger compound ("EU-Gipfel", "NATO-Treffen").

        Names inside compounds are not actors in general (ANNOTATION.md), but a summit of a
        grouping has that grouping as its participant. A state in a compound names the topic,
        not a party ("Ukraine-Verhandlungen" are talks about Ukraine), so it is left out; but
        two or more names are the parties ("EU-Türkei-Gipfel", "USA-Kuba-Abkommen").
        """
        keys = []
        offset = token.idx
        pieces = token.text.split("-")[:-1]
        parts: list[str] = []
        i = 0
        while i < len(pieces):  # a name with a hyphen of its own: "G-7-Treffen"
            j = next((j for j in range(len(pieces), i + 1, -1) if self.gaz.names.get("-".join(pieces[i:j])) is not None), i + 1)
            parts.append("-".join(pieces[i:j]))
            i = j
        named = [self.gaz.names.get(part) for part in parts]
        several = sum(1 for e in named if e is not None and e.kind in ("Organization", "Country")) >= 2
        for part, entry in zip(parts, named):
            if entry is not None and (entry.kind == "Organization" or several and entry.kind == "Country"):
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

    def _collective_roles(self, doc: Doc, trig: _Trigger, a: int, b: int, actors: list[Actor], by_id: dict[str, Actor]) -> list[str]:
        """International organisations behind a role compound ("EU-Innenminister", "NATO-Außenministern")
        in the noun's genitive attribute ("Treffen der EU-Innenminister", "Gespräche von EU-Spitzenpolitikern")
        or, for a verb, in its clause where no preposition governs it ("Die EU-Außenminister einigten sich")."""
        if trig.is_noun:
            j = trig.token.i + 1
            if j >= b or doc[j].lower_ not in self.genitive | self.attribute_prepositions:
                return []
            candidates = []
            j += 1
            while j < b and (doc[j].tag_ in NP_TAGS or doc[j].tag_ == "ADJD" or _is_noun(doc[j]) or doc[j].tag_ == "NE"
                             or doc[j].lower_ in self.conjunctions):
                candidates.append(doc[j])
                j += 1
        else:
            candidates = [t for t in doc[a:b] if "-" in t.text and not self._governed(doc, t.i, a)]
        keys = []
        for t in candidates:
            if self._named_holder(doc, t.i, b):
                continue  # "UN-Generalsekretär Ban Ki-moon", "der UN-Hochkommissar für Flüchtlinge, X": one person
            prefix, _, title = t.text.rpartition("-")
            entry = self.gaz.names.get(prefix)
            if entry is None or entry.kind != "Organization" or entry.country is not None or not self._is_role(title):
                continue
            actor = by_id.get(entry.key)
            if actor is None:
                actor = Actor(id=entry.key, label=entry.canonical, type=entry.kind, country=entry.country)
                actors.append(actor)
                by_id[entry.key] = actor
            span = TextSpan(prefix, t.idx, t.idx + len(prefix))
            if span not in actor.mentions:
                actor.mentions.append(span)
            if entry.key not in keys:
                keys.append(entry.key)
        return keys

    def _meeting_topic(self, doc: Doc, m: ActorMention, floor: int) -> bool:
        """The mention follows a meeting noun and one of grammar.yml meeting_topic_prepositions: "eine Krisensitzung zu
        Griechenland", "der Sondergipfel zur Ukraine"."""
        j = m.start - 1
        while j > floor and (doc[j].lower_ in self.articles or doc[j].tag_ == "ADJA"):
            j -= 1
        if j - 1 < floor or doc[j].lower_ not in self.meeting_topic_prepositions or not _is_noun(doc[j - 1]):
            return False
        match = self._noun_frame(doc[j - 1])
        return match is not None and match[0].type == "Meeting"

    def _own_time(self, sent: _Sentence) -> bool:
        """The sentence names a day or month of its own ("am Montagabend", "im Februar"): asked only for an event
        still without a date, so that name did not resolve (no publication date or year), and the event does not
        take the date of the paragraph's earlier sentences."""
        for token in sent.span:
            low = token.lower_
            if low in self.months or low in self.weekday_forms:
                return True
        return False

    def _in_topic(self, doc: Doc, noun: int, i: int, end: int) -> bool:
        """Token ``i`` lies in the topic phrase right after the noun ("Gespräche über den Währungsfonds sowie den
        eingerichteten ESM"): from a topic preposition to the next verb, punctuation mark or partner preposition."""
        if noun + 1 >= end or doc[noun + 1].lower_ not in self.topic or i <= noun + 1:
            return False
        return not any(t.is_punct or t.pos_ in ("VERB", "AUX") or t.lower_ in self.light_partners for t in doc[noun + 2 : i])

    def _in_state(self, doc: Doc, i: int, a: int, b: int) -> bool:
        """The noun at ``i`` is the state its clause's subject is in: "befindet sich in Verhandlungen mit X",
        "steht in Gesprächen" (grammar.yml state_phrases)."""
        j = i - 1
        while j >= a and doc[j].tag_ in ("ADJA", "ADJD", "ADV", "ART"):
            j -= 1
        return j >= a and doc[j].lower_ in self.state_prepositions and any(
            f in self.state_verbs for t in doc[a:b] if t.pos_ in ("VERB", "AUX", "") for f in self._verb_lemmas(doc, t, b))

    def _group_attribute(self, doc: Doc, i: int, end: int) -> bool:
        """The noun at ``i`` has a genitive attribute that is a plural of organisations or states (grammar.yml
        group_nouns): "Gespräche der Parteien", "Gespräche beider Staaten"."""
        j = i + 1
        if j >= end or doc[j].lower_ not in self.genitive and doc[j].tag_ not in ("PIAT", "PIDAT"):
            return False
        j += 1
        while j < end and doc[j].tag_ in ("ADJA", "CARD", "PIAT", "PIDAT"):
            j += 1
        return j < end and _is_noun(doc[j]) and any(doc[j].lower_.endswith(g) and kind in ("Organization", "Country")
                                                      for g, kind in self.group_nouns.items())

    def _colours(self, word: str) -> list[str]:
        """The colours of a colour compound ("Blau-Rot", "rot-blaue" -> ["blau", "rot"]), or [] for any other word."""
        parts = word.lower().split("-")
        if len(parts) < 2:
            return []
        stems = []
        for part in parts:
            stem = next((part[: len(part) - len(e)] for e in self.colour_endings if part.endswith(e) and part[: len(part) - len(e)] in self.party_colours), None)
            if stem is None:
                return []
            stems.append(stem)
        return stems

    def _coalition_parties(self, doc: Doc, trig: _Trigger, subject: str | None, actors: list[Actor], by_id: dict[str, Actor]) -> list[str]:
        """The parties a colour coalition names ("eine rot-blaue Koalition", "Blau-Rot"): for each colour the party
        of that colour the article names, else one of the country of the parties it names, else the first listed. A
        person who forms the coalition stands for the first colour's party ("X hat eine rot-blaue Koalition gebildet")."""
        colours = self._colours(trig.token.text)
        if not colours:
            j = trig.token.i - 1
            while j >= 0 and doc[j].tag_ == "ADJA" and not colours:
                colours = self._colours(doc[j].text)
                j -= 1
        if not colours:
            return []
        if subject is not None and by_id[subject].type == "Person":
            colours = colours[1:]
        candidates = {c: [e for e in (self.gaz.names.get(n) for n in self.party_colours[c]) if e is not None] for c in colours}
        countries = {e.country for es in candidates.values() for e in es if e.key in by_id}
        keys = []
        for colour in colours:
            entries = candidates[colour]
            entry = next((e for e in entries if e.key in by_id), None) or next((e for e in entries if e.country in countries), None) \
                or (entries[0] if entries else None)
            if entry is None:
                continue
            if entry.key not in by_id:
                actor = Actor(id=entry.key, label=entry.canonical, type=entry.kind, country=entry.country)
                actors.append(actor)
                by_id[entry.key] = actor
            keys.append(entry.key)
        return keys

    def _named_holder(self, doc: Doc, i: int, end: int) -> bool:
        """The title at ``i`` is followed by the person who holds it, directly or after its attribute and a comma."""
        j = i + 1
        while j < end and j - i <= 6:
            m = self._by_start.get(j)
            if m is not None and self._kinds.get(m.actor) == "Person" and (j == i + 1 or doc[j - 1].text == ","):
                return True
            if doc[j].pos_ in ("VERB", "AUX") or doc[j].lower_ in self.conjunctions:
                return False
            j += 1
        return False

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
        takes part)."""
        j = m.start - 1
        genitive_name = doc[m.end - 1].text.endswith(self.genitive_suffixes) and j > floor and self._is_role(doc[j].text)
        while not genitive_name and j > floor and doc[j].lower_ in self.articles:
            j -= 1
        if j <= floor or not genitive_name and doc[j].lower_ not in self.attribute_prepositions and doc[j + 1].lower_ not in self.genitive:
            return False
        if doc[j].lower_ in self.attribute_prepositions:
            j -= 1
        if j <= floor or not (_is_noun(doc[j]) and self._is_role(doc[j].text)):
            return False
        j -= 1
        while j > floor and (doc[j].lower_ in self.articles or doc[j].tag_ == "ADJA"):
            j -= 1
        if j <= floor or doc[j].text != ",":
            return False
        person = self._by_end.get(j)
        return person is not None and by_id[person.actor].type == "Person"

    def _is_role(self, word: str) -> bool:
        """An office title in any number: "Innenminister", "Regierungschefs", "Außenministerinnen"."""
        roles = self.lang.roles
        return any(word[: len(word) - len(end)] in roles or word[: len(word) - len(end)].lower().endswith(self.role_heads)
                   for end in ROLE_PLURAL_ENDINGS if word.endswith(end))

    def _governed(self, doc: Doc, i: int, floor: int) -> bool:
        """A preposition governs the noun at ``i`` ("mit den EU-Außenministern")."""
        j = i - 1
        while j >= floor and (doc[j].tag_ in ("ADJA", "ADJD", "CARD", "ADV", "ART", "PPOSAT", "PIAT", "PDAT") or doc[j].is_space):
            j -= 1
        return j >= floor and doc[j].tag_ in ("APPR", "APPRART")

    def _same_clause_chain(self, doc: Doc, sent: _Sentence, start: int, end: int) -> bool:
        """True unless a new subject or a subordinate clause sits between ``start`` and ``end``."""
        between = doc[start:end]
        if any(t.text == ":" for t in between):
            return False  # what follows a colon is a quote or a clause of its own
        return not any(t.lower_ in self.subordinators or t.tag_ in ("PRELS", "PRELAT") and t.i > start + 1 and t.nbor(-1).text == ","
                       for t in between)

    def _is_oblique(self, doc: Doc, m: ActorMention, seg_start: int) -> bool:
        """Governed by a preposition or case-marked as an object or attribute: "mit Putin",
        "dem Präsidenten", "die Unterstützung der Ukraine"."""
        i = m.start - 1
        # skip a title attached to the name: "dem russischen Präsidenten Wladimir Putin"
        title = self._titles_by_end(doc).get(m.start)
        if title is not None:
            i = title.start - 1 if doc[title.start].lower_ not in self.oblique else title.start
        while i >= seg_start and (doc[i].tag_ in ("ADJA", "ADJD", "ADV") or doc[i].is_space):
            i -= 1
        if i >= seg_start and doc[i].lower_ in self.oblique:
            return True
        # a conjunct shares the case of the one before: "zwischen Faymann und Mitterlehner", "von EU und Türkei"
        if i >= seg_start and doc[i].lower_ in self.conjunctions:
            j = i - 1
            while j >= seg_start and doc[j].is_punct and doc[j].text in (")",):
                j -= 1
            before = self._by_end.get(j + 1)
            if before is not None and before.start >= seg_start and before.start < m.start and self._is_oblique(doc, before, seg_start):
                return True
        # an article after a preposition: "über die Ukraine", "mit der EU"
        if i - 1 >= seg_start and doc[i].tag_ == "ART" and doc[i - 1].tag_ in ("APPR", "APPRART") and doc[i - 1].lower_ in self.oblique:
            return True
        # a name in the genitive after a common noun: "eine Kursänderung Saudi-Arabiens"
        last = doc[m.end - 1].text
        if m.start - 1 >= seg_start and _is_noun(doc[m.start - 1]) and m.start - 1 not in self._title_tokens(doc) \
                and self.genitive_suffixes and last.endswith(self.genitive_suffixes) and not self._represents(doc[m.start - 1]) \
                and not self._labels.get(m.actor, last).endswith(last):
            return True
        # a genitive attribute of a common noun: "die Unterstützung der Ukraine" (but "Vertreter
        # der USA", "Außenminister der Ukraine" stand for it)
        return i - 1 >= seg_start and doc[i].lower_ in self.genitive and _is_noun(doc[i - 1]) \
            and doc[i - 1].i not in self._title_tokens(doc) and not self._represents(doc[i - 1])

    def _titles_by_end(self, doc: Doc) -> dict[int, Span]:
        """The first title span ending at each token index; a lookup, not a scan per mention (long
        unpunctuated texts have thousands of mentions and titles)."""
        cached = doc.user_data.get("kg_titles_by_end")
        if cached is None:
            cached = {}
            for title in doc.spans.get("kg_titles", []):
                cached.setdefault(title.end, title)
            doc.user_data["kg_titles_by_end"] = cached
        return cached

    def _title_tokens(self, doc: Doc) -> frozenset[int]:
        cached = doc.user_data.get("kg_title_tokens")
        if cached is None:
            cached = doc.user_data["kg_title_tokens"] = frozenset(i for t in doc.spans.get("kg_titles", []) for i in range(t.start, t.end))
        return cached

    def _state_for_capital(self, actor: Actor, actors: list[Actor], by_id: dict[str, Actor], m: ActorMention, doc: Doc) -> str:
        """A capital in a participant slot stands for its state (ANNOTATION.md)."""
        if actor.type != "Place":
            return actor.id
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

    def _sentence_place(self, doc: Doc, sent: _Sentence, by_id: dict[str, Actor], sources: set[str]) -> str | None:
        for m in sent.mentions:
            if m.actor not in sources and by_id[m.actor].type in ("Place", "Country") and self._is_place_slot(doc, m):
                return m.actor
        return None
    # ------------------------------------------------------------------ status and time
    def _status(self, doc: Doc, sent: _Sentence, trig: _Trigger) -> str:
        a, b = sent.segments[trig.segment]
        a = self._own_conjunct(doc, a, trig)
        tokens = [t for t in doc[a:b] if t.i != trig.token.i]
        if trig.is_noun and trig.adverbial and self._preposition(doc, trig.token.i, a) in self.setting_prepositions:
            tokens = [t for t in tokens if t.lower_ not in self.past_modals]  # "Beim Gipfel wollte X …": it took place
        lowers = [t.lower_ for t in doc[a:b]]
        governing: list[Token] = []
        if trig.segment > 0:
            pa, pb = sent.segments[trig.segment - 1]
            prev = [t for t in doc[pa:pb] if not t.is_punct]
            infinitive = any(t.tag_ in INFINITIVE_TAGS for t in doc[a:b])
            # (a clause that opens with a preposition and no relative pronoun is a main clause of its own: "…, mit X sei
            # man sich einig", after "Ein Gesetz soll vorgelegt werden")
            own_main = doc[a].tag_ in ("APPR", "APPRART") and not any(t.tag_ in ("PRELS", "PRELAT", "PWS", "PWAV") for t in doc[a : min(b, a + 4)])
            if lowers and (lowers[0] in self.subordinators or infinitive
                           or (prev and not own_main and (prev[-1].pos_ in ("VERB", "AUX") or prev[-1].tag_ == "PTKVZ"))):
                governing = prev
        # "im Gespräch" (being considered) is no cue when it has a partner: "im Gespräch mit Präsident X"
        if any(lowers[i : i + len(p)] == list(p) and not (i + len(p) < len(lowers) and lowers[i + len(p)] in self.comitative)
               for p in self.hyp_phrases for i in range(len(lowers))):
            return "hypothetical"
        # "nicht" before an adjective negates the adjective: "ein zuvor nicht angekündigter Besuch";
        # the clause of a noun in an adverbial is not its negation: "Bei dem Treffen lehnten sie … ab"
        neg_scope = tokens
        if trig.is_noun and trig.adverbial and not trig.attribute:
            start = trig.token.i
            while start > a and not doc[start - 1].tag_ in ("APPR", "APPRART"):
                start -= 1
            neg_scope = [t for t in doc[max(a, start - 1) : trig.token.i]]
        negated = any(t.lower_ in self.neg_words and not (t.i + 1 < b and doc[t.i + 1].tag_ in ("ADJA",)) for t in neg_scope) \
            and not any(_contains(lowers, p) for p in self.not_negation)
        scope_lemmas_all = {f for t in neg_scope for f in self._verb_lemmas(doc, t, b) + [self._lemma(t)]}
        scope_neg_lemmas = scope_lemmas_all & self.neg_lemmas
        if negated and not scope_neg_lemmas and scope_lemmas_all & self.completion_lemmas:
            negated = False  # "Die Verhandlungen seien noch nicht abgeschlossen": they are going on
        if negated and scope_neg_lemmas and scope_neg_lemmas <= self.double_negation:
            return "hypothetical"  # "schließt ein Treffen nicht aus", as "nicht ausgeschlossen"
        if negated or scope_neg_lemmas:
            return "negated"
        # "Das Treffen fällt aus": a verb that cancels the event noun it has as subject (not "fiel knapp aus")
        if trig.is_noun and not trig.adverbial and not any(t.tag_ == "ADJD" for t in tokens) \
                and any(f in self.subject_neg_lemmas for t in tokens if t.pos_ in ("VERB", "AUX", "") for f in self._verb_lemmas(doc, t, b)):
            return "negated"
        # an infinitive clause is negated by the clause it depends on: "es gelang nicht, … zu bilden"
        if governing and any(t.tag_ in INFINITIVE_TAGS for t in tokens) and (
                any(t.lower_ in self.neg_words for t in governing)
                or any(f in self.neg_lemmas for t in governing for f in self._verb_lemmas(doc, t, b) + [self._lemma(t)])):
            return "negated"  # "die Weigerung, Verhandlungen zu führen"
        # lemma cues ("vereinbaren", "hoffen") govern nouns and infinitives, not a finite verb
        # coordinated with them ("telefoniert und vereinbart"), nor a noun in an adverbial
        # ("Bei dem Treffen vereinbarten sie …": the meeting happened)
        governs = trig.is_noun and not self._in_adverbial(doc, trig.token.i, a) or trig.token.tag_ in ("VVINF", "VVIZU")
        lemma_scope = governing + (tokens if governs else [])
        scope_lemmas = {f for t in lemma_scope for f in self._verb_lemmas(doc, t, b)} | {self._lemma(t) for t in lemma_scope}
        # a verb that says what the event holds or how it goes on ("Das sieht eine Vereinbarung … vor", "die
        # Verhandlungen sollen in die Phase treten, wo …") is no cue; for a definite noun neither are its modals
        content = trig.is_noun and not trig.adverbial and not governing and self._content_verb(doc, trig, tokens, a, b)
        if content:
            scope_lemmas -= self.content_verbs
            # … unless the clause also says how the event itself comes about: "soll nächste Woche unterzeichnet
            # werden und im Mai in Kraft treten" (the signing is still to come)
            own = [t for t in tokens if t.tag_.startswith("VV")
                   and not any(f in self.content_verbs for f in self._verb_lemmas(doc, t, b))]
            if trig.definite and not own and not any(t.lower_ in self.subordinators for t in tokens):
                return "happened"
        refusal = self._comment_refusal(doc, trig, tokens, a)
        # a past plan that "eigentlich"/"ursprünglich" marks as given up: "Eigentlich wollte X am Montag Y treffen",
        # "Ursprünglich sollte das Treffen am Montag stattfinden" (cancelled or put off)
        if not refusal and any(t.lower_ in self.frustration_words for t in tokens) \
                and any(t.lower_ in self.frustrated_modals for t in tokens):
            return "negated"
        hyp_tokens = [t for t in tokens + governing if t.lower_ in self.hyp_words]
        # "Dazu würden X und Y Anfang der kommenden Woche zusammenkommen": in reported speech "würden" stands for "werden"
        # when a date ahead is given and nothing makes it a condition (a schedule: planned)
        if hyp_tokens and all(t.lower_ in self.reported_future for t in hyp_tokens) \
                and any(t.lower_ in self.reported_future_times for t in tokens):
            hyp_tokens = []
        if hyp_tokens or scope_lemmas & self.hyp_lemmas:
            return "hypothetical"
        # "werden" with a participle is the passive ("das derzeit verhandelt wird"), not the future
        auxiliaries = [t for t in doc[a:b] if self._lemma(t) in self.passive]
        passive = len(auxiliaries) == 1 and any(t.tag_ == "VVPP" for t in doc[a:b])
        # … nor in the clause it depends on: "umgesetzt wird, was schon vor dem Gipfel im Plan war"
        governing_passive = len([t for t in governing if self._lemma(t) in self.passive]) == 1 and any(t.tag_ == "VVPP" for t in governing)
        plan_tokens = [t for t in tokens if not (passive and self._lemma(t) in self.passive)] \
            + [t for t in governing if not (governing_passive and self._lemma(t) in self.passive)]
        # refusing to comment on an event in an adverbial is no plan of the event: "Zu den Verhandlungen wollte sich
        # X nicht äußern" (the talks are going on or done); not "will nach dem Treffen am Montag Details nennen",
        # nor "Vor dem Treffen wollte sich X nicht äußern" (it may be still to come)
        if refusal:
            plan_tokens = [t for t in plan_tokens if t.lower_ not in self.intention_modals]
        # "sollen sich im März getroffen haben": a modal with a perfect infinitive reports what is said to have happened
        # (the tagger often reads the infinitive "haben" as finite)
        if any(t.tag_ in ("VAINF", "VAFIN") and self._lemma(t) in self.perfect_auxiliaries and t.i > a and doc[t.i - 1].tag_ in ("VVPP", "VAPP")
               for t in doc[a:b]):
            plan_tokens = [t for t in plan_tokens if t.lower_ not in self.reportative_modals]
        # the perfect reports what is done, whatever its content's date: "haben sich auf Quoten für das
        # kommende Jahr geeinigt" (a modal or "werden" keeps it open: "wird sich geeinigt haben")
        if not trig.is_noun and trig.token.tag_ == "VVPP" and not governing and not auxiliaries \
                and any(t.tag_ == "VAFIN" and self._lemma(t) in self.perfect_auxiliaries for t in tokens) \
                and not any(t.tag_ == "VMFIN" for t in tokens):
            return "happened"
        if any(t.lower_ in self.plan_words for t in plan_tokens) or scope_lemmas & self.plan_lemmas:
            return "planned"
        return "happened"

    def _comment_refusal(self, doc: Doc, trig: _Trigger, tokens: list[Token], a: int) -> bool:
        """The clause refuses to comment on the event noun in its adverbial (status.yml comment_words and
        comment_negations): "Zu den Verhandlungen wollte sich X nicht äußern"; not after "vor"."""
        return trig.is_noun and trig.adverbial and self._preposition(doc, trig.token.i, a) not in self.anticipation \
            and any(t.lower_ in self.comment_negations for t in tokens) and any(
                t.lower_ in self.comment_words or self._lemma(t).lower() in self.comment_words for t in tokens)

    def _later_denial(self, doc: Doc, sent: _Sentence, trig: _Trigger) -> bool:
        """The clause after the trigger's says the plan came to nothing: a clause without a subject of its own
        (it starts with its finite verb) or one opened by "aber"/"doch", with a negating verb ("sagte die
        Reise aber ab", "doch das Treffen platzte"; its nouns name events), or, after a past modal, one without a
        subject, with a contrast word and "nicht"/"kein" ("wollte X treffen, bekommt den Termin aber nicht"; also after
        seeking the event: "sucht Gespräche, bekommt sie aber nicht")."""
        if trig.segment + 1 >= len(sent.segments):
            return False
        c, d = sent.segments[trig.segment + 1]
        words = [t for t in doc[c:d] if not t.is_punct and not t.is_space]
        if not words:
            return False
        opener = words[0]
        gap = opener.tag_ in FINITE_TAGS
        # "…, die Gespräche scheiterten aber": the contrast word may follow the clause's subject and verb
        contrast = any(t.lower_ in self.contrast_words for t in words)
        if contrast and len(words) > 1 and words[1].tag_ in FINITE_TAGS:
            gap = True  # "…, aber sagte ab"
        if not gap and not contrast:
            return False
        # a negating verb whose object is the event or nothing: not "lehnt aber eine Erklärung ab"
        if any(f in self.neg_lemmas for t in words for f in self._verb_lemmas(doc, t, d) + [self._lemma(t)]) \
                and all(self._noun_frame(t) is not None for t in words if t.tag_ == "NN"):
            return True
        # "nicht"/"kein" only after a past intention: "wollte X treffen, bekam aber keinen Termin" (not "will X
        # treffen, glaubt aber nicht an einen Durchbruch")
        a, b = sent.segments[trig.segment]
        lowers = [t.lower_ for t in doc[c:d]]
        # (after seeking, the later clause names nothing but the event: "bekommt sie aber nicht", not "glaubt aber nicht
        # an eine Lösung")
        seeking = any(t.pos_ in ("VERB", "") and self._lemma(t) in self.seeking_lemmas for t in doc[a:b]) \
            and all(self._noun_frame(t) is not None for t in words if _is_noun(t))
        return gap and (seeking or any(t.lower_ in self.past_modals for t in doc[a:b])) \
            and any(t.lower_ in self.contrast_words for t in words) \
            and any(t.lower_ in self.neg_words and not (t.i + 1 < d and doc[t.i + 1].tag_ == "ADJA") for t in words) \
            and not any(_contains(lowers, p) for p in self.not_negation)

    def _content_verb(self, doc: Doc, trig: _Trigger, tokens: list[Token], a: int, b: int) -> bool:
        """An active content verb of which the event noun is the subject ("Die Vereinbarung sieht vor, …",
        "Das sieht eine Vereinbarung … vor"), not its participle ("ein Treffen ist für Montag vorgesehen": a
        schedule) nor a verb whose subject is another noun before it ("Das Programm sieht ein Treffen … vor")."""
        for t in tokens:
            if not t.tag_.startswith("V") or t.tag_ == "VVPP":
                continue
            if not any(f in self.content_verbs for f in self._verb_lemmas(doc, t, b)):
                continue
            if t.tag_ in FINITE_TAGS and trig.token.i > t.i and any(
                    u.tag_ in ("NN", "NE") and not self._in_adverbial(doc, u.i, a) for u in doc[a : t.i]):
                continue  # the noun before the verb is its subject, the event noun after it the object
            return True
        return False

    def _broadcast(self, doc: Doc, a: int, b: int) -> bool:
        """The clause broadcasts what it names (grammar.yml broadcast_lemmas), not reflexively ("zeigte sich")."""
        if any(t.lower_ in self.reflexive for t in doc[a:b]):
            return False
        return any(f in self.broadcast for t in doc[a:b] if t.tag_.startswith("V") or t.tag_ == "ADJA"
                   for f in self._verb_lemmas(doc, t, b) + [self._lemma(t)])

    def _recorded(self, doc: Doc, sent: _Sentence, seg: int, token: Token) -> bool:
        """A relative clause after the noun and its partners broadcasts or records it: "Gespräche zwischen X und Y, die
        der Autor auf Tonband mitgeschnitten hatte" (interviews, not a meeting)."""
        if seg + 1 >= len(sent.segments):
            return False
        a, b = sent.segments[seg]
        if any(t.pos_ in ("VERB", "AUX") for t in doc[token.i + 1 : b]):
            return False
        c, d = sent.segments[seg + 1]
        return doc[c].tag_ in ("PRELS", "PRELAT") and self._broadcast(doc, c, d)

    def _interviewer_follows(self, doc: Doc, i: int, end: int, frame: EventFrame) -> bool:
        """A news medium follows the noun's "mit" even where it is no recognised actor: "in einem Gespräch
        mit der Welt am Sonntag"."""
        j = i + 1
        if j >= end or doc[j].lower_ not in self.comitative:
            return False
        j += 1
        while j < end and doc[j].tag_ in ("ART", "ADJA"):
            j += 1
        rest = [t.lower_ for t in doc[j:end]]
        # names of several words only: a one-word name may be a country too ("Gespräch mit Österreich")
        return any(len(name) > 1 and rest[: len(name)] == name for name in (n.lower().split() for n in frame.interviewers))

    def _own_conjunct(self, doc: Doc, a: int, trig: _Trigger) -> int:
        """Where the cues of a finite trigger verb start: a modal's scope ends with its infinitive, so a
        finite verb coordinated after it has its own tense ("will das Netz übernehmen und verhandelt noch
        mit X": the talks are going on); the conjunct after "und" is the verb's clause."""
        if trig.is_noun or trig.token.tag_ != "VVFIN":
            return a
        for k in range(trig.token.i - 1, a, -1):
            if doc[k].lower_ in self.conjunctions:
                modals = [t for t in doc[a:k] if t.tag_ == "VMFIN" or t.tag_ == "VAFIN" and self._lemma(t) in self.passive]
                if modals and any(t.tag_ in NONFINITE_TAGS for t in doc[modals[0].i + 1 : k]):
                    return k + 1
                return a
        return a

    def _noun_attribute(self, doc: Doc, m: ActorMention, floor: int) -> bool:
        """The mention's preposition ("von") follows a common noun whose attribute it is:
        "auf Anordnung von X" (not "am Montag von X eingeladen", not a title)."""
        j = m.start - 1
        titles = self._title_tokens(doc)
        while j >= floor and (doc[j].tag_ in ("ART", "ADJA", "ADJD", "PPOSAT", "CARD") or doc[j].is_space or j in titles):
            j -= 1
        if j - 1 < floor or doc[j].lower_ not in self.attribute_prepositions or doc[j].tag_ != "APPR":
            return False
        before = doc[j - 1]
        return _is_noun(before) and before.text not in self.lang.stop_names and j - 1 not in titles and not self._represents(before)

    def _represents(self, token: Token) -> bool:
        """A noun for people who act for the name after it: "Vertreter", "Verhandlungschefs"."""
        lemma = self._lemma(token).lower()
        return any(lemma.endswith(r) for r in self.representatives)

    def _preposition_of(self, doc: Doc, m: ActorMention, floor: int) -> str | None:
        """The preposition that governs the mention, if any ("gegen Russland", "mit dem Präsidenten")."""
        j = m.start - 1
        titles = self._title_tokens(doc)
        while j >= floor and (doc[j].tag_ in ("ART", "ADJA", "ADJD", "ADV", "PPOSAT", "CARD") or doc[j].is_space or j in titles):
            j -= 1
        if j >= floor and (doc[j].lower_ in self.conjunctions or doc[j].text == ","):
            before = self._by_end.get(j)
            if before is not None and before.start >= floor and before.start < m.start:
                return self._preposition_of(doc, before, floor)  # a conjunct: "zwischen Siemens und Alstom"
        return doc[j].lower_ if j >= floor and doc[j].tag_ in ("APPR", "APPRART") else None

    def _is_attribute(self, doc: Doc, i: int, floor: int) -> bool:
        """The noun at ``i`` is a genitive attribute of another noun: "die Gegner des G7-Gipfels"."""
        j = i - 1
        while j >= floor and (doc[j].tag_ in ("ADJA", "ADJD", "CARD", "ADV") or doc[j].is_space):
            j -= 1
        return j - 1 >= floor and doc[j].tag_ == "ART" and doc[j].lower_ in self.genitive and _is_noun(doc[j - 1]) \
            and j - 1 not in self._title_tokens(doc) and doc[j - 1].text not in self.setting_heads

    def _setting_attribute(self, doc: Doc, i: int, floor: int) -> bool:
        """The noun at ``i`` is the genitive attribute of a noun that places something at it: "am Rande des Gipfels"."""
        j = i - 1
        while j >= floor and (doc[j].tag_ in ("ADJA", "ADJD", "CARD", "ADV") or doc[j].is_space):
            j -= 1
        return j - 1 >= floor and doc[j].lower_ in self.genitive and doc[j - 1].text in self.setting_heads

    def _in_adverbial(self, doc: Doc, i: int, floor: int) -> bool:
        """The noun at ``i`` depends on something else: it heads a prepositional phrase ("bei dem
        Treffen", "nach dem Telefonat") or a genitive attribute ("in der Nacht der Verhandlungen")."""
        j = i - 1
        while j >= floor and (doc[j].tag_ in ("ADJA", "ADJD", "CARD", "ADV", "ART", "PPOSAT", "PIAT", "PDAT") or doc[j].is_space):
            if doc[j].tag_ in ("ART", "PPOSAT", "PIAT", "PDAT"):
                genitive = doc[j].lower_ in self.genitive and j - 1 >= floor and _is_noun(doc[j - 1])
                if genitive:
                    return True
                j -= 1
                break
            j -= 1
        if j == i - 1 and j >= floor and doc[j].tag_ == "APPR":
            return False  # a bare noun is part of an idiom: "ist zu Besuch"
        if self._attribute_phrase(doc, j, i, floor):
            j -= 1  # the noun's own determiner: "Das für 2017 geplante Treffen"
            if doc[j].lower_ in self.genitive and j - 1 >= floor and _is_noun(doc[j - 1]):
                return True
            j -= 1
        return j >= floor and doc[j].tag_ in ("APPR", "APPRART")

    def _attribute_phrase(self, doc: Doc, j: int, i: int, floor: int) -> bool:
        """The preposition at ``j`` opens a phrase inside the attribute of the noun at ``i``, after the noun's
        determiner: "das für 2017 geplante Treffen", "die seit 2014 laufenden Verhandlungen"."""
        return j - 1 >= floor and doc[j].tag_ in ("APPR", "APPRART") \
            and doc[j - 1].tag_ in ("ART", "PPOSAT", "PIAT", "PDAT") \
            and any(t.tag_ == "ADJA" for t in doc[j + 1 : i])

    def _phase_attribute(self, trig: _Trigger, base: int) -> tuple[int, int] | None:
        """The characters (from ``base``) of a noun's attribute that names a phase of the event, from the
        noun's determiner to the participle (grammar.yml phase_participles): "die 2014 eingeleiteten
        Verhandlungen", "die im Mai aufgenommenen Gespräche"; the date in it is not the reported event's."""
        if not trig.is_noun or not self.phase_participles:
            return None
        doc, k = trig.token.doc, trig.token.i - 1
        while k >= 0 and doc[k].tag_ in ("ADJA", "ADJD", "ADV"):
            word = doc[k].lower_
            if doc[k].tag_ == "ADJA" and any(word.startswith(p) and word[len(p):] in ADJECTIVE_ENDINGS for p in self.phase_participles):
                end = doc[k].idx
                j = k - 1
                while j >= max(0, k - 8) and not doc[j].is_punct and doc[j].tag_ not in FINITE_TAGS:
                    if doc[j].tag_ in ("ART", "PPOSAT", "PIAT", "PDAT"):
                        return doc[j].idx - base, end - base
                    j -= 1
                return None
            k -= 1
        return None

    def _date(self, sent: _Sentence, trig: _Trigger, published: date | None, *, forward: bool) -> str | None:
        base = sent.span.start_char
        dates = self.time.dates(sent.span.text, published, forward=forward)
        if not dates:
            return None
        floor = self._phase_attribute(trig, base)
        if floor is not None:  # "die 2014 eingeleiteten Verhandlungen": the year dates their start
            dates = [d for d in dates if not (floor[0] <= d.start and d.end <= floor[1])]
            if not dates:
                return None
        strong = [d for d in dates if not d.weak]
        explicit = [d for d in strong if any(ch.isdigit() for ch in sent.span.text[d.start : d.end])]
        pool = explicit or strong or dates
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
        """Merge repeated reports of one event; attach back references (see module docstring)."""
        same_type = [e for e in events if e.type == event.type]
        if trig.anaphoric and (not trig.definite or trig.explicit):
            probe = trig.probe or event.actor_ids()
            target = next((e for e in reversed(events) if e.type in BACK_REFERENCE_TYPES and probe <= e.actor_ids() and e.participants), None)
            if target is not None:
                _merge_into(target, event)
                return
        if trig.is_noun and trig.definite and not trig.explicit:
            types = BACK_REFERENCE_TYPES if trig.anaphoric else (event.type,)
            # "bei der Balkankonferenz" does not refer back to "beim EU-Gipfel": compounds with other modifiers
            earlier = [e for e in reversed(events) if e.type in types and e.participants and not self._other_compound(e, trig)]
            # "Das Telefonat dauerte nach Angaben des Kreml …": the call of the source's side first
            countries = {by_id[s].country for s in sources} - {None}
            preferred = [e for e in earlier if any(by_id[p.actor].country in countries for p in e.participants)]
            target = next((e for e in preferred + earlier if e.status == event.status and _dates_agree(e, event)),
                          (preferred + earlier)[0] if earlier else None)
            if target is not None and (trig.anaphoric or trig.adverbial):
                # "das Gespräch", "nach dem Treffen" only ever add evidence (and, for "bei dem
                # Treffen", the people said to act there)
                _merge_into(target, event)
                known = target.actor_ids()
                if trig.during or trig.joins:
                    target.participants.extend(Participant(s, "participant") for s in trig.subjects if s not in known)
                return
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
            target = (preferred or same_type or [None])[-1]
            if target is not None:
                _merge_into(target, event)
            elif trig.is_noun and event.status in trig.frame.unnamed_statuses:
                events.append(event)  # kept only if no report of this type names its parties (extract)
            return
        for existing in same_type:
            if existing.actor_ids() == event.actor_ids() and _dates_agree(existing, event) and self._statuses_agree(existing, event):
                _merge_into(existing, event)
                return
        for existing in same_type:
            # a later report that names one party and a pronoun for the other: "ein Gespräch mit X überzeugte ihn"
            if len(event.participants) == 1 and event.actor_ids() < existing.actor_ids() and existing.status == event.status \
                    and not (trig.is_noun and self._other_compound(existing, trig)) \
                    and _dates_agree(existing, event) and any(t.lower_ in self.party_pronouns and t.tag_ in ("PPER", "PRF", "")
                                                              for t in trig.token.sent):
                _merge_into(existing, event)
                return
        for existing in same_type:
            if existing.status == event.status and _dates_agree(existing, event) and self._same_states(existing, event, by_id):
                _merge_into(existing, event, union=True)
                return
        events.append(event)

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

    def _other_compound(self, earlier: Event, trig: _Trigger) -> bool:
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
        if event.status not in NEW_EVENT_STATUSES or event.status == target.status and _dates_agree(target, event):
            _merge_into(target, event)
            known = target.actor_ids()
            target.participants.extend(Participant(s, "participant") for s in subjects if s not in known)
            return
        known = {p.actor for p in target.participants}
        event.participants = [Participant(p.actor, p.role) for p in target.participants]
        event.participants += [Participant(s, "participant") for s in subjects if s not in known]
        event.place = event.place or target.place
        for existing in events:
            if existing.type == event.type and existing.actor_ids() == event.actor_ids() and existing.status == event.status and _dates_agree(existing, event):
                _merge_into(existing, event)
                return
        events.append(event)

    def _statuses_agree(self, a: Event, b: Event) -> bool:
        """Reports of one event: same status, or a later report that is less definite."""
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


@lru_cache(maxsize=4096)
def _given_name_gender(name: str) -> str:
    """gender-guesser's reading of a given name ("Elke" -> "female"); "unknown" for names it lacks."""
    return given_name_detector().get_gender(name)


def _is_noun(token: Token) -> bool:
    """A common noun (STTS NN; HanTa also writes NN sub-tags such as NNI)."""
    return token.tag_.startswith("NN")


def _dates_agree(a: Event, b: Event) -> bool:
    return a.date is None or b.date is None or a.date == b.date


def _merge_into(target: Event, other: Event, *, union: bool = False) -> None:
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


def _ends_with(words: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    """The phrase ends at token ``i``: "im Gespräch"."""
    n = len(phrase)
    return i - n + 1 >= 0 and tuple(words[i - n + 1 : i + 1]) == phrase


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
