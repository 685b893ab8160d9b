"""The word lists and token-level grammar that every stage of event extraction reads.

``Grammar`` reads the lists of ``kg/lang/<code>`` once (status.yml, the speech lists, the
frames of events.yml, grammar.yml, roles, treaties, time words) and answers the questions
that several stages ask of a token: its lemma (with a separated particle), the preposition
or determiner before a noun, whether a noun heads an adverbial, whether a mention is
governed by a preposition or case (oblique), which frame a noun triggers. The stages are
mixins on it (see ``kg.extract.events``), so every word list is read in one place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Container, Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import ActorMention
from kg.extract.genders import Genders
from kg.extract.model import Event, Participant, RoleMention, TextSpan
from kg.extract.timex import TimeResolver
from kg.lang import EventFrame, LangData, treaty_names
from kg.nlp.components.actors import QUOTES
from kg.nlp.gazetteer import Gazetteer

if TYPE_CHECKING:
    from kg.extract.events.segments import Sentence

# STTS tags (the tagset of HanTa and of spaCy's German models), not words of the language
FINITE_TAGS = {"VVFIN", "VAFIN", "VMFIN"}
DASHES = {"-", "–", "—"}  # what follows a dateline's place: "Telfs - Rund um …"
CLAUSE_OPENER_TAGS = {"KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS"}
INFINITIVE_TAGS = {"VVIZU", "PTKZU"}  # "…, Gespräche aufzunehmen" is a clause of its own
NONFINITE_TAGS = {"VVPP", "VVINF", "VVIZU"}  # a verb at the end of its clause: what follows "und" is another verb's
NP_TAGS = {"ART", "ADJA", "PPOSAT", "PIAT", "PDAT", "CARD", "TRUNC"}
DETERMINER_TAGS = {"ART", "PPOSAT", "PIAT", "PDAT"}
# what opens the phrase of an attributive participle after its noun's determiner: "die am Montag …", "das zuletzt …"
PARTICIPLE_PHRASE_OPENERS = {"APPR", "APPRART", "ADV", "ADJD", "CARD", "PTKNEG"}
# … and what the phrase may hold on the way back to that determiner
PARTICIPLE_PHRASE_TAGS = PARTICIPLE_PHRASE_OPENERS | {"ART", "PDAT", "PPOSAT", "PIAT", "NN", "NE", "ADJA", "KON", "TRUNC", "$,"}
# what may stand between a preposition and its noun ("zu einem für Montag geplanten Treffen")
NOUN_MODIFIER_TAGS = ("ADJA", "ADJD", "CARD", "ADV", "ART", "PPOSAT", "PIAT", "PDAT")
# what may stand between a determiner and its noun ("das zweite geplante Treffen")
ADJECTIVE_TAGS = ("ADJA", "ADJD", "CARD", "ADV")
ADJECTIVE_ENDINGS = frozenset({"e", "en", "er", "es", "em"})


class Grammar:
    """Word lists of one language and the token-level questions the stages ask (see module docstring)."""

    # per-document state, set by EventExtractor.extract for the article being read
    _kinds: dict[str, str]  # actor id -> type
    _labels: dict[str, str]  # actor id -> label
    _named_together: Counter[tuple[str, str]]  # people named in one sentence
    _named_latest: dict[tuple[str, str], int]
    _by_end: dict[int, ActorMention]
    _by_start: dict[int, ActorMention]
    _sentence_list: list[Sentence]
    _affiliations: dict[str, set[str]]  # person id -> the organisations or places the text ties them to
    _roles: dict[str, list[RoleMention]]  # person id -> the offices the text gives them

    def _carried(self, source: Event, to_type: str) -> list[Participant]:
        """The parties an event takes from a report of another type ("Die Verhandlungen ... Eine Einigung halten beide
        für möglich"): the sides, without the people who only lead a side's team (ANNOTATION.md conventions of our
        gold: the negotiators take part in the talks, the agreement is the organisations')."""
        ids = source.actor_ids()
        places = {p.actor for p in source.participants if self._kinds.get(p.actor) == "Place"}
        return [Participant(p.actor, "participant") for p in source.participants
                if source.type == to_type or not (self._affiliations.get(p.actor, set()) & ids
                                                  or places and self._regional_officer(p.actor))]

    def _regional_officer(self, key: str) -> bool:
        """The person holds an office of a region or town (grammar.yml regional_offices; "Mobilitätslandesrat")."""
        return any(r.role.lower().endswith(self.regional_offices) for r in self._roles.get(key, ()))

    def __init__(self, lang: LangData, gaz: Gazetteer) -> None:
        self.lang = lang
        self.gaz = gaz
        self.time = TimeResolver(lang.time)
        status = lang.status
        self.neg_words = set(status["negated"]["words"])
        self.neg_lemmas = set(status["negated"]["lemmas"])
        self.neg_clause_openers = set(status["negated"].get("clause_openers", []))
        self.hyp_words = set(status["hypothetical"]["words"])
        self.hyp_lemmas = set(status["hypothetical"]["lemmas"])
        self.question_words = set(status["hypothetical"].get("question_words", []))
        self.plan_words = set(status["planned"]["words"])
        self.plan_lemmas = set(status["planned"]["lemmas"])
        self.plan_attributes = tuple(status["planned"].get("attributes", []))
        self.inviting = frozenset(v for f in lang.frames.values() if f.content_prepositions for v in f.verbs)
        self.invited_to = frozenset(p for f in lang.frames.values() for p in f.content_prepositions)
        self.not_negation = [tuple(p.split()) for p in status.get("not_negation", [])]
        self.hyp_phrases = [tuple(p.split()) for p in status.get("hypothetical_phrases", [])]
        self.plan_phrases = [tuple(p.split()) for p in status.get("planned_phrases", [])]
        self.neg_phrases = [tuple(p.split()) for p in status.get("negated_phrases", [])]
        self.object_prepositions = set(status.get("object_prepositions", []))
        self.verb_object_prepositions = {v: set(p) for v, p in (status.get("verb_object_prepositions") or {}).items()}
        self.locative_articles = {p: set(a) for p, a in (status.get("locative_articles") or {}).items()}
        self.double_negation = set(status.get("double_negation_lemmas", []))
        self.comment_words = {w.lower() for w in status.get("comment_words", [])}
        self.intention_modals = set(status.get("intention_modals", []))
        self.comment_negations = set(status.get("comment_negations", []))
        frustrated = status.get("frustrated_plans") or {}
        self.frustration_words = set(frustrated.get("words", []))
        self.frustrated_modals = set(frustrated.get("modals", []))
        self.agreed_lemmas = frozenset(status.get("agreed_content_lemmas", []))
        self.announcing_support = frozenset(status.get("announcing_support", []))
        counterfactual = status.get("counterfactual") or {}
        self.counterfactual_auxiliaries = set(counterfactual.get("auxiliaries", []))
        self.counterfactual_modals = set(counterfactual.get("modal_infinitives", []))
        self.cancelled_plan_modals = set(counterfactual.get("cancelled_plan_modals", []))
        # events.yml expected_verbs and expected_for of every frame: "wird zu einem Arbeitsessen erwartet"
        self.expected_verbs = {v for f in lang.frames.values() for v in f.expected_verbs}
        self.expected_for = {w for f in lang.frames.values() for w in f.expected_for}
        self.subordinators = set(status.get("subordinators", []))
        self.content_clause_openers = set(status.get("content_clause_openers", []))
        denied = status.get("denied_reports") or {}
        self.report_nouns = frozenset(denied.get("nouns", []))
        self.report_openers = frozenset(denied.get("openers", []))
        self.report_denials = frozenset(denied.get("lemmas", []))
        self.report_denial_words = frozenset(w.lower() for w in denied.get("words", []))
        rejected = status.get("rejected_proposals") or {}
        self.proposal_nouns = frozenset(rejected.get("nouns", []))
        self.proposal_rejections = frozenset(rejected.get("lemmas", []))
        self.past_modals = set(status.get("past_modals", []))
        self.setting_prepositions = set(status.get("setting_prepositions", []))
        self.content_verbs = set(status.get("content_verbs", []))
        self.contrast_words = set(status.get("contrast_words", []))
        self.subject_neg_lemmas = set(status.get("subject_negation_lemmas", []))
        rescheduling = status.get("rescheduling") or {}
        self.rescheduling_lemmas = frozenset(rescheduling.get("lemmas", []))
        self.rescheduling_prepositions = frozenset(rescheduling.get("prepositions", []))
        self.open_ended_times = frozenset(rescheduling.get("open_ended", []))
        self.completion_lemmas = set(status.get("completion_lemmas", []))
        self.seeking_lemmas = set(status.get("seeking_lemmas", []))
        reported_future = status.get("reported_future") or {}
        self.reported_future = set(reported_future.get("words", []))
        self.reported_future_times = set(reported_future.get("time_words", []))
        self.outcome_modals = set((status.get("outcome") or {}).get("modals", []))
        self.failed_talk_lemmas = set((status.get("failed_talks") or {}).get("lemmas", []))
        self.failed_talk_types = set((status.get("failed_talks") or {}).get("types", []))
        self.outcome_verbs = set((status.get("outcome") or {}).get("verbs", []))
        self.reportative_modals = set(status.get("reportative_modals", []))
        self.deadline_prepositions = set(status.get("deadline_prepositions", []))
        self.state_auxiliary = status.get("state_auxiliary")
        speech = lang.speech
        self.source_before = [tuple(p.split()) for p in speech["source_before"]]
        self.source_after = set(speech["source_after"])
        self.statement = lang.frames.get("Statement")
        self.reporting = set(speech["reporting_verbs"]) | (self.statement.verbs if self.statement else set())
        self.frames = [f for f in lang.frames.values() if f.type != "Statement"]
        grammar = lang.grammar

        def words(key: str) -> set[str]:
            return {w.lower() for w in grammar.get(key, [])}

        def by_gender(key: str) -> dict[str, str]:
            """{gender: [forms]} in grammar.yml as form -> gender ("sein" -> male)."""
            return {form.lower(): gender for gender, forms in (grammar.get(key) or {}).items() for form in forms}

        self.locative = words("locative")
        self.venue = words("venue_prepositions")
        self.place_nouns = frozenset(grammar.get("place_nouns", []))
        self.municipal_nouns = set(grammar.get("municipal_nouns", []))
        bargaining = grammar.get("bargaining") or {}
        self.bargaining_types = frozenset(bargaining.get("types", []))
        self.offer_lemmas = frozenset(bargaining.get("offers", []))
        self.demand_lemmas = frozenset(bargaining.get("demands", []))
        self.negotiator_titles = tuple(w.lower() for w in bargaining.get("negotiators", []))
        self.negotiator_types = frozenset(bargaining.get("negotiator_types", []))
        self.municipal_offices = set(grammar.get("municipal_offices", []))
        self.municipal_office_prepositions = words("municipal_office_prepositions")
        self.seats = dict(grammar.get("seats") or {})
        self.naming_prepositions = words("naming_prepositions")
        self.oblique = words("oblique")
        self.attach = words("attach")
        self.conjunctions = words("conjunctions")
        self.gapping_openers = words("gapping_openers")
        self.relative_objects = words("relative_objects")
        self.relative_subjects = words("relative_subjects")
        self.nominative_relatives = words("nominative_relatives")
        self.relative_partners = words("relative_partners")
        self.subject_articles = words("subject_articles")
        self.nominative_articles = words("nominative_articles")
        self.state_counts = {w.lower(): int(n) for w, n in (grammar.get("state_counts") or {}).items()}
        self.place_relatives = words("place_relatives")
        self.setting_adverbs = words("setting_adverbs")
        self.offer_nouns = frozenset(grammar.get("offer_nouns", []))
        acceptance = grammar.get("open_acceptance") or {}
        self.acceptance_openers = frozenset(acceptance.get("openers", []))
        self.acceptance_lemmas = frozenset(acceptance.get("lemmas", []))
        self.guest_nouns = frozenset(grammar.get("guest_nouns", []))
        self.host_nouns = frozenset(grammar.get("host_nouns", []))
        self.counterpart_references = frozenset(grammar.get("counterpart_references", []))
        self.moment_phrases = tuple(tuple(p.lower().split()) for p in grammar.get("moment_phrases", []))
        self.traveller_prepositions = words("traveller_prepositions")
        self.trip_purpose_prepositions = words("trip_purpose_prepositions")
        self.destination_words = words("destination_words")
        self.earlier_instance = words("earlier_instance")
        self.next_instance = words("next_instance")
        self.origin_prepositions = words("origin_prepositions")
        self.trip_origin_prepositions = words("trip_origin_prepositions")
        self.onward_words = words("onward_words")
        self.sequel_openers = [w.split() for w in words("sequel_openers")]
        self.participant_nouns = frozenset(grammar.get("participant_nouns", []))
        self.attendance_words = frozenset(grammar.get("attendance_words", []))
        self.relative_attendance_words = frozenset(grammar.get("relative_attendance_words", []))
        self.attendance_phrases = [tuple(p.split()) for p in grammar.get("attendance_phrases", [])]
        self.attendance_verbs = words("attendance_verbs")
        self.session_prepositions = words("session_prepositions")
        self.affiliation_prepositions = frozenset(words("affiliation_prepositions"))
        self.town_adjective_endings = tuple(grammar.get("town_adjective_endings", []))
        self.request_verbs = words("request_verbs")
        self.request_prepositions = words("request_prepositions")
        inviting = grammar.get("inviting_relatives") or {}
        self.inviting_prepositions = frozenset(w.lower() for w in inviting.get("prepositions", []))
        self.inviting_verbs = frozenset(inviting.get("verbs", []))
        self.attendance_prepositions = words("attendance_prepositions")
        self.session_nouns = frozenset(grammar.get("session_nouns", []))
        self.delegation_nouns = frozenset(grammar.get("delegation_nouns", []))
        self.title_of_prepositions = frozenset(grammar.get("title_of_prepositions", []))
        self.occurrence_verbs = frozenset(grammar.get("occurrence_verbs", []))
        self.return_adverbs = frozenset(w.lower() for w in grammar.get("return_adverbs", []))
        self.adversatives = frozenset(w.lower() for w in grammar.get("adversatives", []))
        self.origin_participles = tuple(w.lower() for w in grammar.get("origin_participles", [])) or ("\0",)
        self.occurrence_prepositions = frozenset(w.lower() for w in grammar.get("occurrence_prepositions", []))
        self.indefinite = frozenset(grammar.get("indefinite", []))
        self.signing_verbs = frozenset(grammar.get("signing_verbs", []))
        self.signing_prepositions = {verb: frozenset(w.lower() for w in words)
                                     for verb, words in (grammar.get("signing_prepositions") or {}).items()}
        self.setting_heads = frozenset(grammar.get("setting_heads", []))
        self.speaker_pronouns = words("speaker_pronouns")
        self.side_nouns = words("side_nouns")
        self.pair_nouns = words("pair_nouns")
        self.companion_phrases = [tuple(p.split()) for p in grammar.get("companion_phrases", [])]
        self.pair_articles = words("pair_articles")
        self.dispute_nouns = tuple(w.lower() for w in grammar.get("dispute_nouns", [])) or ("\0",)
        self.dispute_verbs = frozenset(grammar.get("dispute_verbs", []))
        self.partner_pronouns = {w.lower(): g for w, g in (grammar.get("partner_pronouns") or {}).items()}
        self.mediator_nouns = frozenset(grammar.get("mediator_nouns", []))
        self.chair_nouns = frozenset(grammar.get("chair_nouns", []))
        self.meeting_topic_prepositions = words("meeting_topic_prepositions")
        acceptance = grammar.get("acceptance") or {}
        self.acceptance_frame = lang.frames.get(acceptance["type"]) if acceptance.get("type") else None
        self.acceptance_verbs = frozenset(acceptance.get("verbs", []))
        self.acceptance_nouns = tuple(w.lower() for w in acceptance.get("nouns", [])) or ("\0",)
        self.acceptance_not_starts = tuple(w.lower() for w in acceptance.get("not_starts", [])) or ("\0",)
        self.encounter_determiners = words("encounter_determiners")
        matches = grammar.get("sports_matches") or {}
        self.match_types = frozenset(matches.get("types", []))
        self.match_patterns = [re.compile(p) for p in matches.get("patterns", [])]
        transfers = grammar.get("transfers") or {}
        self.transfer_frame = lang.frames.get(transfers["type"]) if transfers.get("type") else None
        self.transfer_verbs = frozenset(transfers.get("verbs", []))
        self.transfer_from = frozenset(w.lower() for w in transfers.get("from", []))
        self.transfer_to = frozenset(w.lower() for w in transfers.get("to", []))
        self.transfer_contexts = frozenset(w.lower() for w in transfers.get("contexts", []))
        self.contract_nouns = tuple(w.lower() for w in grammar.get("employment_contracts", [])) or ("\0",)
        self.contract_support_verbs = frozenset(grammar.get("contract_support_verbs", []))
        self.possessive_genders = by_gender("possessive_genders")
        self.relative_genders = by_gender("relative_genders")
        state = grammar.get("state_phrases") or {}
        self.state_prepositions = frozenset(w.lower() for w in state.get("prepositions", []))
        self.state_verbs = frozenset(state.get("verbs", []))
        negotiated = grammar.get("negotiated_agreements") or {}
        self.negotiation_frame = lang.frames.get(negotiated["type"]) if negotiated.get("type") else None
        self.negotiation_participles = tuple(w.lower() for w in negotiated.get("participles", [])) or ("\0",)
        self.ongoing_negotiation_verbs = frozenset(negotiated.get("ongoing_verbs", []))
        former = grammar.get("former_affiliation") or {}
        self.former_markers = frozenset(w.lower() for w in former.get("markers", []))
        self.former_prepositions = frozenset(w.lower() for w in former.get("prepositions", []))
        topic_talks = grammar.get("topic_talks") or {}
        self.topic_talk_verbs = frozenset(topic_talks.get("verbs", []))
        self.topic_talk_prepositions = frozenset(w.lower() for w in topic_talks.get("prepositions", []))
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
            for name in treaty_names(row):
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
        self.object_pronouns = words("object_pronouns")
        self.feminine_object_pronouns = words("feminine_object_pronouns")
        self.plural_endings = tuple(grammar.get("plural_verb_endings", [])) or ("\0",)
        self.plural_pronouns = [tuple(p.lower().split()) for p in grammar.get("plural_pronouns", [])]
        self.passive = words("passive_auxiliaries")
        self.agent_prepositions = words("passive_agent_prepositions")
        self.schedule_prepositions = frozenset(w.lower() for w in lang.time.get("schedule_prepositions", []) if " " not in w)
        self.perfect_auxiliaries = words("perfect_auxiliaries")
        self.future_auxiliaries = words("future_auxiliaries")
        self.causative = words("causative_verbs")
        self.goal_prepositions = words("goal_prepositions")
        self.goal_nouns = words("goal_nouns")
        self.group_numbers = {w.lower(): int(n) for w, n in (grammar.get("group_numbers") or {}).items()}
        self.group_quantifiers = frozenset(w.lower() for w in grammar.get("group_quantifiers", []))
        self.group_nouns = {w.lower(): k for w, k in (grammar.get("group_nouns") or {}).items()}
        self.definite_group_nouns = words("definite_group_nouns")
        self.reflexive = words("reflexive")
        self.regional_offices = tuple(sorted(words("regional_offices")))
        self.approving_bodies = tuple(sorted(words("approving_bodies")))
        self.settlement_nouns = tuple(sorted(words("settlement_nouns")))
        self.opponent_prepositions = words("opponent_prepositions")
        self.aftermath_prepositions = words("aftermath_prepositions")
        self.aftermath_types = set(grammar.get("aftermath_types", []))
        self.aftermath_results = set(grammar.get("aftermath_results", []))
        self.court_prepositions = words("court_prepositions")
        self.first_person_reflexive = {w.lower(): s.lower() for w, s in (grammar.get("first_person_reflexive") or {}).items()}
        self.weak_preterite = tuple(sorted(words("weak_preterite_endings"), key=lambda e: (-len(e), e)))  # the longest that fits
        self.genders = Genders.from_roles(lang.roles)  # who "er"/"sie" can refer to
        self.infinitive_ending = str(grammar.get("infinitive_ending", ""))
        self.articles = words("articles")
        self.relative_pronouns = words("relative_pronouns")
        self.manner_clause_openers = words("manner_clause_openers")
        self.representatives = words("representatives")
        self.topic = words("topic_prepositions")
        self.topic_genitive = words("topic_genitive_prepositions")
        self.partner = words("partner_prepositions")
        self.comitative = words("comitative")
        self.light_partners = words("light_partner_prepositions")
        self.partner_before_types = frozenset(grammar.get("partner_before_types", []))
        self.hosting_verbs = frozenset(grammar.get("hosting_verbs", []))
        self.named_partners = words("named_partner_prepositions")
        self.all_partners = words("exhaustive_partner_prepositions")
        self.attribute_prepositions = words("attribute_prepositions")
        self.during = words("during")
        self.adjective_triggers = {w.lower(): t for w, t in (grammar.get("adjective_triggers") or {}).items()}
        self.opinion_markers = words("opinion_markers")
        self.appearance_verbs = words("appearance_verbs")
        self.support_participles = words("support_participles")
        self.phase_participles = words("phase_participles")
        self.proposal_participles = tuple(sorted(words("proposal_participles")))
        self.proposer_prepositions = words("proposer_prepositions")
        self.present_forms = words("present_forms")
        self.umlauts = str.maketrans(grammar.get("umlauts") or {})
        self.present_endings = words("present_endings")
        self.subjunctive_forms = words("subjunctive_forms")
        self.neg_prepositions = {w.lower() for w in status["negated"].get("prepositions", [])}
        self.retrospective = words("retrospective_prepositions")
        self.anticipation = words("anticipation_prepositions")
        self.grouping_only = tuple(words("grouping_only_nouns")) or ("\0",)
        self.grouping_only_verbs = words("grouping_only_verbs")
        # "EU-Fischereiminister", "EU-Spitzenpolitikern": a compound whose head is an office title
        # (or a group noun of grammar.yml) is a role too
        self.role_heads = tuple(sorted({r.lower() for r in lang.roles if len(r) >= 6 and " " not in r}
                                       | words("collective_role_heads"))) or ("\0",)
        self.schedule_words = words("schedule_days")
        self.ongoing_since = words("ongoing_since")
        self.purpose_openers = words("purpose_openers")
        self.called_for_prepositions = words("called_for_prepositions")
        self.weekdays = {w.lower() for w in lang.time.get("weekdays", {})}
        self.announcing = set(lang.time.get("announcing_lemmas", [])) | self.reporting
        self.months = {w.lower() for w in lang.time.get("months", {})}
        self.distance_days = {w.lower(): int(n) for w, n in (lang.time.get("distance_days") or {}).items()}
        self.number_words = {w.lower(): n for w, n in lang.time.get("numbers", {}).items()}
        self.month_openers = {w.lower() for w in lang.time.get("month_openers", [])}
        # a weekday and its compounds ("montags", "Montagabend"), lowercased
        self.weekday_forms = self.weekdays | {d + x for d in self.weekdays for x in lang.time.get("weekday_suffixes", [])}
        # negation and hypothesis cue verbs also license an event noun: "das Abkommen ist
        # geplatzt", "hofft auf eine Einigung" (planning verbs do not: "so sieht es der Vertrag vor")
        self.cue_lemmas = self.neg_lemmas | self.hyp_lemmas | set(status["planned"].get("noun_cue_lemmas", []))
        self.noun_cue_words = set(status["hypothetical"].get("noun_cue_words", []))
        self.noun_cue_modals = set(status["planned"].get("noun_cue_modals", []))

    def _lemma(self, token: Token) -> str:
        return token.lemma_ if token.lemma_ else token.lower_

    def _has_reflexive(self, tokens) -> bool:
        """The clause's tokens hold a reflexive pronoun: "sich", or "uns" with "wir" ("Wir haben uns geeinigt")."""
        lowers = {t.lower_ for t in tokens}
        return bool(lowers & self.reflexive) or any(w in lowers and s in lowers for w, s in self.first_person_reflexive.items())

    def _invited_noun(self, doc: Doc, i: int, a: int, b: int) -> bool:
        """The noun at ``i`` is what an invitation in its clause ``a:b`` is to: after "zu" and its article and
        attributes, also in quotes ("hat die Verhandler zu einer „entscheidenden Runde“ geladen", "lädt die ÖVP zu
        Regierungsverhandlungen ein"; events.yml: the verbs and content prepositions of a frame with contents)."""
        j = i - 1
        while j >= a and (doc[j].tag_ in ("ADJA", "ADJD", "ART", "PPOSAT", "CARD") or doc[j].text in QUOTES):
            j -= 1
        return j >= a and doc[j].lower_ in self.invited_to and any(
            f in self.inviting for t in doc[a:b] if t.i != i for f in self._verb_lemmas(doc, t, b))

    def _verb_lemmas(self, doc: Doc, token: Token, end: int) -> list[str]:
        """The verb's lemma; with a separated particle ("lud … ein") only the particle verb
        ("einladen"): "traf … ein" is eintreffen, never treffen."""
        lemma = self._lemma(token)
        if token.tag_ not in FINITE_TAGS:
            return [lemma]
        for t in doc[token.i + 1 : end]:
            if t.tag_ == "PTKVZ":
                return [t.lower_ + lemma]
            if t.text == "," and t.i + 1 < end and doc[t.i + 1].tag_ in ("NE", "NN", "ADJA", "ART"):
                continue  # an enumeration goes on: "kamen die Minister Deutschlands, Frankreichs und Polens zusammen"
            if t.text in {",", ";", ":"} or t.tag_ in FINITE_TAGS or t.tag_ in CLAUSE_OPENER_TAGS:
                break
        return [lemma]

    def _preposition(self, doc: Doc, i: int, floor: int) -> str | None:
        """The preposition governing the noun at ``i`` ("zu einem Treffen", "zum Gipfel"), if any."""
        j = back_over(doc, i - 1, floor, NOUN_MODIFIER_TAGS)
        if self._attribute_phrase(doc, j, i, floor):
            j -= 2  # before the noun's determiner: "mit dem für 2017 geplanten Treffen"
        return doc[j].lower_ if j >= floor and doc[j].tag_ in ("APPR", "APPRART") else None

    def _determiner(self, doc: Doc, i: int, floor: int) -> str | None:
        """The determiner or article-fused preposition before the noun at ``i`` ("das", "beim")."""
        j = back_over(doc, i - 1, floor, ADJECTIVE_TAGS)
        if j >= floor and (doc[j].tag_ in DETERMINER_TAGS or doc[j].tag_ == "APPRART"):
            return doc[j].lower_
        return None

    def _in_adverbial(self, doc: Doc, i: int, floor: int) -> bool:
        """The noun at ``i`` depends on something else: it heads a prepositional phrase ("bei dem
        Treffen", "nach dem Telefonat") or a genitive attribute ("in der Nacht der Verhandlungen")."""
        j = i - 1
        while j >= floor and (doc[j].tag_ in ("ADJA", "ADJD", "CARD", "ADV", "ART", "PPOSAT", "PIAT", "PDAT") or doc[j].is_space):
            if doc[j].tag_ in ("ART", "PPOSAT", "PIAT", "PDAT"):
                genitive = doc[j].lower_ in self.genitive and j - 1 >= floor and is_common_noun(doc[j - 1])
                if genitive:
                    return True
                j -= 1
                break
            j -= 1
        if j == i - 1 and j >= floor and doc[j].tag_ == "APPR":
            return False  # a bare noun is part of an idiom: "ist zu Besuch"
        if self._attribute_phrase(doc, j, i, floor):
            j -= 1  # the noun's own determiner: "Das für 2017 geplante Treffen"
            if doc[j].lower_ in self.genitive and j - 1 >= floor and is_common_noun(doc[j - 1]):
                return True
            j -= 1
        return j >= floor and doc[j].tag_ in ("APPR", "APPRART")

    def _participle_phrase_start(self, doc: Doc, participle: int, floor: int) -> int | None:
        """The determiner of the noun phrase an attributive participle stands in: the first one, walking back, that
        the participle or its own phrase follows ("die am Montag von X unterzeichnete", "das zwischen der Stadt Linz
        und Y geschlossene"), not the article of a phrase inside it ("der Stadt")."""
        j, first = participle - 1, None
        while j >= floor and doc[j].tag_ in PARTICIPLE_PHRASE_TAGS:
            if doc[j].tag_ in ("ART", "PDAT", "PPOSAT"):
                if j + 1 == participle or doc[j + 1].tag_ in PARTICIPLE_PHRASE_OPENERS:
                    return j
                first = j if first is None else first
            j -= 1
        # (no such determiner: the first one is the phrase's own, "für die Anfang Jänner erzielte Vereinbarung")
        return first

    def _attribute_phrase(self, doc: Doc, j: int, i: int, floor: int) -> bool:
        """The preposition at ``j`` opens a phrase inside the attribute of the noun at ``i``, after the noun's
        determiner: "das für 2017 geplante Treffen", "die seit 2014 laufenden Verhandlungen"."""
        return j - 1 >= floor and doc[j].tag_ in ("APPR", "APPRART") \
            and doc[j - 1].tag_ in ("ART", "PPOSAT", "PIAT", "PDAT") \
            and any(t.tag_ == "ADJA" for t in doc[j + 1 : i])

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

    def _is_place_slot(self, doc: Doc, m: ActorMention) -> bool:
        """After a locative preposition, with articles, adjectives and one apposition noun
        between: "in Kiew", "in der saudi-arabischen Hauptstadt Riad"."""
        i = m.start - 1
        nouns = 0
        while i >= 0:
            tag = doc[i].tag_
            if doc[i].lower_ in self.articles or tag == "ADJA" or doc[i].is_space:
                i -= 1
            elif is_common_noun(doc[i]) and nouns == 0 and i == m.start - 1:
                nouns += 1
                i -= 1
            else:
                break
        return i >= 0 and doc[i].lower_ in self.locative

    def _before_sort(self, doc: Doc, start: int, floor: int, place: bool = False) -> int:
        """The index of the word before a name at ``start``, past the noun that tells its sort (name_cues
        ``apposition``): "mit dem Konzern Gazprom", "des Autozulieferers Miba"; before a place, past any noun after an
        article or preposition: "am Grenzübergang Spielfeld", "im Kurort Baden"."""
        j = start - 1
        if j >= floor and is_common_noun(doc[j]) and (self.gaz.cues.apposition(doc[j].text) is not None or (
                place and j - 1 >= floor and doc[j - 1].tag_ in ("ART", "APPR", "APPRART"))):
            j -= 1
        return j

    def _relative_pronoun(self, token: Token) -> bool:
        """A relative pronoun, also one the tagger read as an article (grammar.yml relative_pronouns)."""
        return token.tag_ in ("PRELS", "PRELAT") or token.tag_ == "ART" and token.lower_ in self.relative_pronouns

    def _after_relative_pronoun(self, doc: Doc, i: int) -> bool:
        """Token ``i`` is a relative pronoun after a comma (tagged as an article) that opens a clause with its finite
        verb last."""
        if i < 1 or doc[i - 1].text != "," or doc[i].tag_ != "ART" or not self._relative_pronoun(doc[i]):
            return False
        sentence_end = doc[i].sent.end
        end = next((t.i for t in doc[i + 1 : sentence_end] if t.text in (",", ";", ":") or t.is_sent_end), sentence_end)
        last = next((t for t in reversed(doc[i + 1 : end + 1]) if not t.is_punct and not t.is_space), None)
        return last is not None and last.tag_ in FINITE_TAGS

    def _is_place(self, m: ActorMention) -> bool:
        return self._kinds.get(m.actor) in ("Place", "Country")

    @staticmethod
    def _relative_end(doc: Doc, j: int, limit: int) -> int | None:
        """Where the relative clause whose pronoun is token ``j`` ends: after its finite verb, or at the punctuation
        after its verbs when the tagger read none as finite ("…, bei dem X vertreten sein werden.")."""
        verbs = False
        for t in doc[j + 1 : limit]:
            if t.tag_ in FINITE_TAGS:
                return t.i + 1
            if t.is_punct and verbs:
                return t.i
            verbs = verbs or t.tag_.startswith("V")
        return None

    def _relative_after(self, doc: Doc, comma: int, limit: int, openers: frozenset[str] = frozenset()) -> tuple[int, int] | None:
        """The relative clause a comma opens, before ``limit``: the index of its pronoun (after a preposition, or one of
        ``openers`` whatever its tag) and where it ends (``_relative_end``); None if no relative clause follows."""
        if comma + 1 >= limit:
            return None
        j = comma + 1 + (doc[comma + 1].tag_ in ("APPR", "APPRART") or doc[comma + 1].lower_ in openers)
        if j >= limit or not self._relative_pronoun(doc[j]):
            return None
        end = self._relative_end(doc, j, limit)
        return None if end is None else (j, end)

    def _embedded_relatives(self, doc: Doc, a: int, b: int, i: int) -> set[int]:
        """The tokens of the relative clauses within ``a``–``b`` that do not hold token ``i``: "Zur Eröffnung des
        Labors, die für Herbst geplant ist, lud X die Ministerin ein" (the plan is the opening's)."""
        inside: set[int] = set()
        for k in range(a, b - 2):
            clause = self._relative_after(doc, k, b) if doc[k].text == "," else None
            if clause is not None and not k < i < clause[1]:
                inside.update(range(k, clause[1]))
        return inside

    def _verbal_conjunct(self, doc: Doc, a: int, b: int, i: int) -> tuple[int, int]:
        """The verbal conjunct of token ``i`` in the clause ``a:b``: it starts after a conjunction that a finite verb
        follows, when the clause has a finite verb before it ("Die ÖBB lehnen die Bewerber ab und haben sich mit X
        geeinigt"), and ends before the next such conjunction after ``i`` ("lud zu seiner Konferenz und will dort …")."""
        def joint(k: int) -> bool:
            return doc[k].lower_ in self.conjunctions and doc[k + 1].tag_ in FINITE_TAGS and any(t.tag_ in FINITE_TAGS for t in doc[a:k])
        start = next((k + 1 for k in range(i - 1, a, -1) if joint(k)), a)
        end = next((k for k in range(i + 1, b - 1) if joint(k)), b)
        return start, end

    def _is_oblique(self, doc: Doc, m: ActorMention, seg_start: int) -> bool:
        """Governed by a preposition or case-marked as an object or attribute: "mit Putin",
        "dem Präsidenten", "die Unterstützung der Ukraine"."""
        # a short form in brackets shares the case of its full name: "mit dem Österreichischen Skiverband (ÖSV)"
        if m.start - 1 > seg_start and doc[m.start - 1].text == "(":
            full = self._by_end.get(m.start - 1)
            if full is not None and full.actor == m.actor and full.start >= seg_start:
                return self._is_oblique(doc, full, seg_start)
            # … and of the noun phrase before it when that names no actor: "mit der Internationalen Ski-Föderation (FIS)"
            k = back_over(doc, m.start - 2, seg_start, ("NN", "NE", "ADJA", "ART", "CARD"))
            if full is None and k < m.start - 2 and k >= seg_start and doc[k].tag_ in ("APPR", "APPRART") and doc[k].lower_ in self.oblique:
                return True
        # a name right after a relative pronoun the tagger read as an article is the relative clause's subject: "den
        # Rahmenvertrag, den Klosterneuburg und die EVN 2013 geschlossen hatten"
        if self._after_relative_pronoun(doc, m.start - 1):
            return False
        i = m.start - 1
        # skip a title attached to the name: "dem russischen Präsidenten Wladimir Putin"
        title = self._titles_by_end(doc).get(m.start)
        if title is not None:
            i = title.start - 1 if doc[title.start].lower_ not in self.oblique else title.start
        else:
            i = self._before_sort(doc, m.start, seg_start, self._is_place(m))  # … or the noun that tells its sort: "mit Trainer Moser"
        i = back_over(doc, i, seg_start, ("ADJA", "ADJD", "ADV"))
        if i >= seg_start and doc[i].lower_ in self.oblique:
            return True
        # a conjunct shares the case of the one before: "zwischen Faymann und Mitterlehner", "von EU und Türkei",
        # also past its article: "zwischen Siemens und der Firma Alstom"
        k = i - 1 if i - 1 >= seg_start and doc[i].tag_ == "ART" and doc[i - 1].lower_ in self.conjunctions else i
        if k >= seg_start and doc[k].lower_ in self.conjunctions:
            i = k
            j = i - 1
            while j >= seg_start and doc[j].is_punct and doc[j].text in (")",):
                j -= 1
            before = self._by_end.get(j + 1)
            # (but a conjunct with an article of its own after a bare name in a name's attribute joins that name: "die
            # Ärztekammer für Kärnten und die Österreichische Gesundheitskasse" are the two sides)
            head = self._by_end.get(before.start - 1) if before is not None and doc[i + 1].tag_ == "ART" and before.start - 1 > seg_start \
                and doc[before.start - 1].tag_ == "APPR" else None
            if head is not None and head.start >= seg_start:
                return self._is_oblique(doc, head, seg_start)
            if before is not None and not self._after_origin(doc, m, before, seg_start) and before.start >= seg_start \
                    and before.start < m.start and self._is_oblique(doc, before, seg_start):
                return True
        # an article after a preposition: "über die Ukraine", "mit der EU"
        if i - 1 >= seg_start and doc[i].tag_ == "ART" and doc[i - 1].tag_ in ("APPR", "APPRART") and doc[i - 1].lower_ in self.oblique:
            return True
        # a name in the genitive after a common noun: "eine Kursänderung Saudi-Arabiens"
        last = doc[m.end - 1].text
        if m.start - 1 >= seg_start and is_common_noun(doc[m.start - 1]) and m.start - 1 not in self._title_tokens(doc) \
                and self.genitive_suffixes and last.endswith(self.genitive_suffixes) and not self._represents(doc[m.start - 1]) \
                and not self._labels.get(m.actor, last).endswith(last):
            return True
        return self._genitive_attribute(doc, i, seg_start)

    def _after_origin(self, doc: Doc, m: ActorMention, before: ActorMention, floor: int) -> bool:
        """A person after "und" that follows a place of origin is no conjunct of its preposition: "Gerald Kniebeiß aus Gnas
        und Renate Url-Pucher aus Kirchberg verhandeln" (grammar.yml origin_prepositions)."""
        if self._kinds.get(m.actor) != "Person" or self._kinds.get(before.actor) != "Place":
            return False
        j = back_over(doc, before.start - 1, floor, ("ART", "ADJA"))
        return j >= floor and doc[j].lower_ in self.origin_prepositions

    def _genitive_attribute(self, doc: Doc, i: int, floor: int) -> bool:
        """The article at ``i`` opens a genitive attribute of a common noun: "die Unterstützung der Ukraine", "die
        Bildung einer Bundesregierung" (but "Vertreter der USA", "Außenminister der Ukraine" stand for it)."""
        return i - 1 >= floor and doc[i].lower_ in self.genitive and is_common_noun(doc[i - 1]) \
            and doc[i - 1].i not in self._title_tokens(doc) and not self._represents(doc[i - 1])

    def _represents(self, token: Token) -> bool:
        """A noun for people who act for the name after it: "Vertreter", "Verhandlungschefs"."""
        lemma = self._lemma(token).lower()
        return any(lemma.endswith(r) for r in self.representatives)

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

    def _werden_passive(self, token: Token, tokens: Iterable[Token]) -> bool:
        """``token`` is a participle with a finite form of "werden" among ``tokens`` (grammar.yml passive_auxiliaries):
        "Stocker wird in Prag erwartet", "Verhandelt wurde seit Oktober"."""
        return token.tag_ == "VVPP" and any(t.tag_ == "VAFIN" and self._lemma(t) in self.passive for t in tokens)

    def _title_tokens(self, doc: Doc) -> frozenset[int]:
        cached = doc.user_data.get("kg_title_tokens")
        if cached is None:
            cached = doc.user_data["kg_title_tokens"] = frozenset(i for t in doc.spans.get("kg_titles", []) for i in range(t.start, t.end))
        return cached

    def _fronted_partner(self, doc: Doc, mentions: list[ActorMention], a: int) -> ActorMention | None:
        """The partner after "mit" that opens the sentence before a relative clause, when the clause at ``a`` goes on
        with its finite verb: "Mit den Freiheitlichen, die stark zugelegt hatten, hatte der Landeshauptmann sondiert"."""
        if a >= len(doc) or doc[a].tag_ not in ("VAFIN", "VVFIN", "VMFIN"):
            return None
        for m in mentions:
            if m.end >= a or m.end + 1 >= a or doc[m.end].text != "," or doc[m.end + 1].tag_ not in ("PRELS", "PRELAT"):
                continue
            floor = doc[m.start].sent.start
            j = back_over(doc, m.start - 1, floor, ("ART", "ADJA", "PPOSAT"), titles=self._title_tokens(doc))
            if j < floor:
                continue
            opens = j == floor or doc[j - 1].text in DASHES or doc[j - 1].text == ":"  # (after a dateline: "Wien (APA) - Mit …")
            if opens and doc[j].lower_ in self.comitative:
                return m
        return None

    def _relative_partner(self, doc: Doc, a: int) -> ActorMention | None:
        """The name a relative clause opened by "mit" at ``a`` refers back to: "lobte Orbán, mit dem er telefoniert
        hatte" (the partner is Orbán, named right before the comma)."""
        if a < 2 or a + 1 >= len(doc) or doc[a].lower_ not in self.comitative or doc[a + 1].tag_ != "PRELS" or doc[a - 1].text != ",":
            return None
        return self._by_end.get(a - 1)

    def _present_form(self, token: Token) -> bool:
        """An indicative present form: "statten", "besucht", "trifft", "ist" (grammar.yml present_forms),
        not "besuchte", "traf", "treffe" (preterite, Konjunktiv I)."""
        word, lemma = token.lower_, self._lemma(token).lower()
        if word in self.present_forms:
            return True
        if word in self.subjunctive_forms:
            return False  # Konjunktiv I of reported speech: "seien", "habe"
        stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else lemma
        rest = word[len(stem):] if stem and word.startswith(stem) else None
        if rest is None and self.umlauts:
            # a strong verb's umlaut in the present: "erhält" (erhalten), "fährt" (fahren)
            plain = word.translate(self.umlauts)
            rest = plain[len(stem):] if plain != word and plain.startswith(stem) else None
            if rest == "" and stem.endswith("t"):
                return True  # "erhält", "hält": the ending merges with the stem's t
        return rest in self.present_endings

    def _former_affiliation(self, doc: Doc, i: int, floor: int) -> bool:
        """The name at ``i`` follows a preposition that a marker of the past opens: "zuletzt beim deutschen
        Drittligisten SV Meppen" (grammar.yml ``former_affiliation``), where someone was before."""
        j = back_over(doc, i - 1, floor, (*NOUN_MODIFIER_TAGS, "NN"))
        return j > floor and doc[j].lower_ in self.former_prepositions and doc[j - 1].lower_ in self.former_markers

    def _present_clause(self, doc: Doc, a: int, b: int) -> bool:
        """The clause ``doc[a:b]`` speaks of now or what is to come: its finite verbs are present forms, modals or
        "werden" ("sorgt für Kritik", "soll stattfinden"), not the preterite or perfect ("fand statt", "haben beraten")."""
        finite = [t for t in doc[a:b] if t.tag_ in FINITE_TAGS]
        perfect = any(self._lemma(t) in self.perfect_auxiliaries for t in finite) and not any(t.tag_ == "VMFIN" for t in finite)
        # (the tagger reads some participles as infinitives: "haben am Mittwoch beraten")
        if perfect and any(t.tag_ in ("VVPP", "VAPP") or t.tag_ == "VVINF" and doc[t.i - 1].tag_ != "PTKZU" for t in doc[a:b]):
            return False
        return all(self._present_form(t) or t.tag_ == "VMFIN" or t.lower_ in self.future_auxiliaries for t in finite)


def back_over(doc: Doc, j: int, floor: int, tags: Collection[str], *, titles: Container[int] = frozenset()) -> int:
    """Walk back from token ``j`` over tokens with one of ``tags``, whitespace and the token indices in
    ``titles``, down to ``floor`` (included): the index where it stops, below ``floor`` when it passed over
    everything. Each caller passes the tags that may stand in its phrase ("mit dem neuen", "zu einem geplanten")."""
    while j >= floor and (doc[j].tag_ in tags or doc[j].is_space or j in titles):
        j -= 1
    return j


def back_over_words(doc: Doc, j: int, floor: int, words: Collection[str], tags: Collection[str]) -> int:
    """Walk back from token ``j`` over tokens whose lowercase form is one of ``words`` or whose tag is one of
    ``tags``, staying above ``floor`` (the token at ``floor`` is never passed over): the index where it stops.
    Unlike ``back_over`` it does not pass over whitespace."""
    while j > floor and (doc[j].lower_ in words or doc[j].tag_ in tags):
        j -= 1
    return j


def contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


def is_common_noun(token: Token) -> bool:
    """A common noun (STTS NN; HanTa also writes NN sub-tags such as NNI)."""
    return token.tag_.startswith("NN")


def clean_span(span: Span) -> TextSpan:
    """The sentence without surrounding whitespace, with exact offsets."""
    text = span.text
    left = len(text) - len(text.lstrip())
    stripped = text.strip()
    start = span.start_char + left
    return TextSpan(stripped, start, start + len(stripped))
