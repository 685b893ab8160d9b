"""The words that open an event: verbs, separable verbs, nouns, compounds, adjectives.

A trigger (verb lemma, separable verb, noun, or compound ending) from ``events.yml`` opens an
event. A noun with support verbs in its frame needs one of them, a cue verb, or parties it
names itself ("eine Vereinbarung treffen", "Vereinbarungen zwischen X und Y"); an idiom, an
interview, a broadcast, the topic of another event noun or an instrument opens none. A
``Trigger`` records what the later stages decide with: the noun's determiner, the actors
attached to it, whether it heads an adverbial or an attribute.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from kg.extract.events.grammar import (
    ADJECTIVE_ENDINGS,
    ADJECTIVE_TAGS,
    DETERMINER_TAGS,
    FINITE_TAGS,
    NOUN_MODIFIER_TAGS,
    NP_TAGS,
    Grammar,
    back_over,
    contains,
    is_common_noun,
)
from kg.extract.events.segments import DocInfo, Sentence
from kg.lang import EventFrame


@dataclass
class Trigger:
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
        if self.attribute or self.assessed and not self.comitative:
            return False
        return not self.adverbial or self.during or self.comitative or self.joins
    fallback: EventFrame | None = None  # the frame if the participants say so ("Gespräche" of people)
    possessive: bool = False  # "sein Gespräch mit Putin"
    probe: set[str] = field(default_factory=set)  # who an anaphoric noun names: its attached actors (and owner)
    light: bool = False  # a noun with its support verb ("einen Vertrag schließen") acts like a verb
    support_lemmas: frozenset[str] = frozenset()  # the support verbs of a light noun ("annehmen" of "nahm die Einladung an")
    transfer: tuple[int, ...] = ()  # starts of the clubs a player moves between ("wechselt von X zu Y")
    between: bool = False  # the noun names all its parties after "zwischen" ("Vereinbarungen zwischen X und Y")
    occasion: bool = False  # the noun heads an adverbial with its own party ("auf Einladung von X")
    # the event nouns an invitation is to ("lud X zu einem Besuch in Wien ein"): events of their own, whose parties are
    # the invitation's (kg/extract/events/extractor.py)
    invites: list[Trigger] = field(default_factory=list)
    # only a word of assessment makes the noun an event ("Eine Einigung hält sie für möglich"): the clause's subject
    # judges it and is no party (the parties may come from the talks before: events.yml carries_parties_of), unless
    # the noun has a partner ("Die SPÖ hält eine Einigung mit den NEOS für möglich")
    assessed: bool = False
    # who a relative clause on a meeting noun says attends it ("Dieser Gipfel, bei dem auch X vertreten sein wird"), for
    # the meeting the noun refers back to (kg/extract/events/extractor.py)
    attendees: list[str] = field(default_factory=list)


class TriggerFinder(Grammar):
    """Finds the triggers of a sentence."""

    def _triggers(self, doc: Doc, sent: Sentence, info: DocInfo) -> list[Trigger]:
        found: list[Trigger] = []
        support_used: set[int] = set()
        span = sent.span
        # nouns first, so their support verbs ("eine Vereinbarung treffen") do not trigger too
        for token in span:
            if not token.text[:1].isupper() or token.pos_ not in ("NOUN", "PROPN", "X", "") and not (
                    token.tag_ != "ADJA" and self._colours(token.text)):
                continue  # (a colour coalition "Blau-Rot" may be tagged as an adjectival noun)
            match = self._noun_frame(token)
            if match is None:
                match = next(((f, "noun") for f in self.frames if f.type in info.named
                              and (token.text in f.context_nouns or self._lemma(token) in f.context_nouns)), None)
                after = self._noun_frame(doc[token.i + 2]) if match is not None and token.i + 2 < len(doc) \
                    and info.lowers[token.i + 1] in self.genitive else None
                if after is not None and after[0] is match[0]:
                    match = None  # "eine neue Runde der Friedensverhandlungen": the talks are the event
            if match is None:
                continue
            frame, kind = match
            if frame.type in info.blocked:
                continue  # a court's "Verhandlung"
            if any(ends_with(info.lowers, token.i, p) for p in frame.not_phrases) and not self._talks_with_person(doc, sent, token, info):
                continue  # "im Gespräch" (an idiom: being considered, an interview)
            if token.i + 1 < len(doc) and info.lowers[token.i + 1] in frame.not_before:
                continue  # "die Verhandlung gegen X": a trial
            seg = sent.segment_of(token.i)
            a, b = sent.segments[seg]
            lemma = self._lemma(token)
            if lemma in frame.ruled_out_by and any(w in frame.ruled_out_by[lemma] for w in info.lowers[a:b]):
                continue  # "hat die bisherigen Begegnungen mit Thiem gewonnen": a match
            chain = self._chain(doc, info, token.i, b, frame.attach_prepositions)
            support: list[Token] = []
            occasion = False
            supported_pp = False  # "zu einem Abkommen kommen": the support verb's object, not an adverbial
            assessed = False
            if frame.support_verbs:
                concluded = token.text in frame.concluded_nouns or self._lemma(token) in frame.concluded_nouns \
                    or any(token.lower_.endswith(n.lower()) for n in frame.concluded_nouns)  # "Vertriebspartnerschaft"
                signed = token.text in frame.signed_nouns or self._lemma(token) in frame.signed_nouns
                verbs = frame.signature_verbs if signed else frame.conclusion_verbs if concluded else frame.support_verbs
                if not concluded and token.lower_.endswith(self.contract_nouns):
                    verbs = verbs | self.contract_support_verbs  # "erhielt einen Vertrag bis 2027"
                concluded = concluded or signed
                support = [t for t in doc[a:b] if t.i != token.i and t.pos_ in ("VERB", "AUX", "")
                           and any(f in verbs for f in self._verb_lemmas(doc, t, b))]
                if not support and frame.support_phrases:
                    # "Der Streit endete mit einem Vergleich": a verb that supports the noun only through its preposition
                    prep = self._preposition(doc, token.i, a)
                    if any(prep in phrase for phrase in frame.support_phrases.values()):
                        support = [t for t in doc[a:b] if t.i != token.i and t.pos_ in ("VERB", "AUX", "")
                                   and any(prep in frame.support_phrases.get(f, ()) for f in self._verb_lemmas(doc, t, b))]
                attributive = False
                if not support:
                    # "das zwischen X und Y ausgehandelte Abkommen": a support verb's participle before the noun
                    support = [t for t in doc[max(a, token.i - 3) : token.i] if t.tag_ == "ADJA" and self._support_participle(t.lower_)]
                    attributive = bool(support)
                    if support and self._phrase_in_adverbial(doc, support[0].i, a):
                        continue  # "nach dem zwischen X und Y geschlossenen Abkommen": an instrument
                relative = self._relative_clause(doc, sent, seg, token) if not support else None
                if relative is not None:
                    # "einen Pakt, den X mit Y geschlossen hat": the relative clause is the noun's clause
                    ra, rb = sent.segments[relative]
                    support = [t for t in doc[ra:rb] if t.pos_ in ("VERB", "AUX", "")
                               and any(f in verbs for f in self._verb_lemmas(doc, t, rb))]
                    if support:
                        seg, (a, b) = relative, (ra, rb)
                # (a cue of another verbal conjunct is not the noun's: "lehnten X ab und haben sich auf einen Vertrag geeinigt")
                cue = [t for t in doc[self._verbal_conjunct(doc, a, b, token.i)[0] : b] if t.i != token.i and (t.lower_ in self.noun_cue_words
                                                                    or any(f in self.cue_lemmas for f in self._verb_lemmas(doc, t, b)))]
                if not cue and self._preposition(doc, token.i, a) in self.neg_prepositions:
                    cue = [doc[token.i - 1]]  # "endeten ohne Einigung": the preposition denies the noun
                if not cue and token.i > a and info.lowers[token.i - 1] in self.neg_words and doc[token.i - 1].tag_ in ("PIAT", "PIDAT", "ART") \
                        and not any(t.pos_ in ("VERB", "AUX") for t in doc[a:b]):
                    cue = [doc[token.i - 1]]  # a verbless headline: "Keine Einigung in der dritten KV-Runde"
                if not cue and self.noun_cue_modals:
                    # "Die EU will ein Abkommen mit X": a modal as the full verb wants the noun (not "will … kündigen")
                    cue = [t for t in doc[a:b] if t.tag_ == "VMFIN" and self._lemma(t) in self.noun_cue_modals
                           and not any(v.tag_.startswith("V") and v.i != t.i for v in doc[a:b])]
                # a noun that names its parties needs no support verb: "Vereinbarungen zwischen X und Y"
                named = bool(chain) and token.i + 1 < b and info.lowers[token.i + 1] in self.named_partners
                # "auf Einladung von X": an adverbial that names the noun's party is the event itself
                occasion = bool(chain) and token.i > a and info.lowers[token.i - 1] in self.occasion_nouns.get(token.text, ())
                named = named or kind == "colour"  # "Blau-Rot" names its parties
                if not support and (concluded or not cue and not named and not occasion):
                    continue  # ("die Partnerschaft mit China" is a relation, not a deal)
                assessed = not support and not named and not occasion and bool(cue) and all(t.lower_ in self.noun_cue_words for t in cue)
                supported_pp = bool(support) and (self._preposition(doc, token.i, a) in frame.support_prepositions or any(
                    self._preposition(doc, token.i, a) in frame.support_phrases.get(f, ()) for t in support for f in self._verb_lemmas(doc, t, b)))
                if not cue and not occasion and kind != "colour" and self._in_adverbial(doc, token.i, a) and not supported_pp:
                    continue  # an instrument: "Ausnahmen im Kollektivvertrag", "Artikel 50 des EU-Vertrags" (not "zu einem Abkommen kommen")
                support_used.update(t.i for t in support)
            if frame.interviewers and (chain and all(info.starts[i].actor in info.media for i in chain if i in info.starts)
                                       or self._interviewer_follows(doc, token.i, b, frame)):
                continue  # "im Gespräch mit dem Kurier": an interview
            if token.lower_.endswith(self.talk_nouns) and (self._broadcast(doc, a, b) or self._recorded(doc, sent, seg, token)):
                continue  # "die Zweiergespräche … zeigt ORF 2", "in dem ausgestrahlten Gespräch": a programme
            if (token.text in frame.needs_place_for or self._lemma(token) in frame.needs_place_for) and not self._has_place(sent, a, b, info) \
                    and not (token.i > a and doc[token.i - 1].tag_ == "PPOSAT"):
                continue  # a trip needs its destination, unless it is someone's known trip ("sagte seine Reise ab")
            if self._is_topic(doc, token.i, a, found):
                continue  # "Verhandlungen über einen Pakt": the pact is what they negotiate
            if not chain and kind != "colour" and token.i - 1 >= a and doc[token.i - 1].tag_ == "APPR" and token.text != self._lemma(token) \
                    and not self._called_for(doc, token, a, b) and not self._invited_noun(doc, token.i, a, b):
                continue  # a bare plural after a preposition is generic: "als Faustpfand in Verhandlungen" (not "zu Besuch",
                # nor what an invitation is to: "lädt die ÖVP zu Regierungsverhandlungen ein")
            det = self._determiner(doc, token.i, span.start)
            definite = det is not None and det in self.definite
            if definite and token.i > a and doc[token.i - 1].lower_ in self.earlier_instance | self.next_instance:
                definite = False  # "beim letzten Treffen", "zum nächsten Ministerrat": another meeting of a series
            fallback = None
            if (token.text in frame.needs_topic_for or self._lemma(token) in frame.needs_topic_for) and not self._has_topic(doc, token.i, b, chain):
                fallback = self._fallback_frame(frame)
            possessive = det is not None and doc[token.i - 1].tag_ == "PPOSAT" or token.i > 0 and doc[token.i - 1].tag_ == "PPOSAT"
            # "die Gespräche" without a topic refer back like "das Gespräch"
            anaphoric = kind == "anaphoric" or fallback is not None and definite
            found.append(Trigger(token, frame, True, seg, anaphoric=anaphoric, lemma=self._lemma(token),
                                  definite=definite, chain=frozenset(chain), fallback=fallback, possessive=possessive,
                                  light=bool(frame.support_verbs) and bool(support),
                                  support_lemmas=frozenset(f for t in support for f in self._verb_lemmas(doc, t, b)),
                                  attributive=bool(frame.support_verbs) and attributive,
                                  between=bool(chain) and token.i + 1 < b and info.lowers[token.i + 1] in self.all_partners,
                                  adverbial=self._in_adverbial(doc, token.i, a) and not supported_pp,
                                  during=self._during(doc, token.i, a, frame) or self._in_state(doc, token.i, a, b),
                                  attribute=self._is_attribute(doc, token.i, a),
                                  comitative=token.i + 1 < b and info.lowers[token.i + 1] in self.comitative,
                                  occasion=bool(frame.support_verbs) and occasion, assessed=assessed))
        # "das neu verhandelte Abkommen zwischen X und Y": the agreement and the negotiation that made it
        if self.negotiation_frame is not None:
            for t in list(found):
                if t.frame is not self.negotiation_frame and t.frame.support_verbs and any(
                        doc[k].tag_ == "ADJA" and doc[k].lower_.startswith(self.negotiation_participles)
                        for k in range(max(sent.segments[t.segment][0], t.token.i - 3), t.token.i)):
                    found.append(replace(t, frame=self.negotiation_frame, attributive=True, anaphoric=False, fallback=None))
            for n, t in enumerate(found):
                a, b = sent.segments[t.segment]
                if t.is_noun and t.frame.support_verbs and t.support_lemmas & self.ongoing_negotiation_verbs \
                        and self._present_clause(doc, a, b) and not any(k.tag_ == "VMFIN" for k in doc[a:b]):
                    found[n] = replace(t, frame=self.negotiation_frame)  # "handelt mit den Grünen ein Bündnis aus"
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
            # "berieten telefonisch": the mode makes a verb of talking this frame's, before any other frame's reading
            moded = [f for f in self.frames if f.mode_verbs and any(x in f.mode_verbs for x in forms)
                     and any(contains(info.lowers[a:b], phrase) for phrase in f.mode_words)]
            for frame in moded + self.frames:
                lemma = next((f for f in forms if f in (frame.mode_verbs if frame in moded else frame.verbs)), None)
                if lemma is None or frame.type in info.blocked:
                    continue
                if lemma in frame.reflexive and not self._has_reflexive(doc[a:b]):
                    continue
                if lemma in frame.ruled_out_by and any(w in frame.ruled_out_by[lemma] for w in info.lowers[a:b]):
                    continue  # "setzt sich aus 27 Mitgliedern zusammen": what it consists of
                if lemma in frame.needs_place_for and not self._has_place(sent, a, b, info):
                    continue
                if lemma in frame.destination_prepositions and not any(
                        a < m.start < b and info.lowers[m.start - 1] in frame.destination_prepositions[lemma]
                        and info.lowers[m.start - 2] not in self.return_adverbs
                        and self._kinds.get(m.actor) in ("Place", "Country") for m in sent.mentions):
                    continue  # "kam nach Wien" (not "kam zum Zug", nor home: "will zurück nach Berlin fahren")
                if lemma in frame.expected_verbs and not self._expected_guest(doc, sent, token, frame, a, b):
                    continue  # "Stocker wird in Prag erwartet" (not "In Wien wird eine Einigung erwartet")
                if lemma in frame.comitative_verbs and frame not in moded and (
                        not self._talk_partner(doc, sent, a, b, info)
                        or token.tag_ == "VVPP" and not self._has_auxiliary(doc, token.i, a, b)
                        or self._in_words_of(doc, token, a)):
                    continue  # "sprach von einem Erfolg", "im Gespräch mit der APA", "mit Kant gesprochen" (in his words)
                if lemma in frame.needs_content_for and not any(
                        (w in frame.content_prepositions or w in frame.content_venues) and doc[a + k].tag_ != "PTKZU"
                        or w in frame.trip_prepositions and a + k + 1 in info.starts and self._is_place(info.starts[a + k + 1])
                        for k, w in enumerate(info.lowers[a:b])):
                    # "muss oft geladen werden": a battery, not an invitation (but "ins Kanzleramt geladen"); nor "Apps auf
                    # das Handy zu laden" (the infinitive's "zu")
                    continue
                if frame.not_contents and any(info.lowers[k] in frame.content_prepositions and self._press_content(doc, k, b, frame)
                                              for k in range(a, b)):
                    continue  # "lud zu einem Pressegespräch": the press is invited, no party
                # talking with someone joins the call or meeting already reported between them
                found.append(Trigger(token, frame, False, seg, lemma=lemma, anaphoric=lemma in frame.comitative_verbs))
                break
        # "nahm das Angebot von X an": accepting an offer concludes an agreement with the one who made it (the verb
        # may follow in a later segment of the sentence, after a parenthesis)
        if self.acceptance_frame is not None:
            for token in span:
                if not (is_common_noun(token) and token.lower_.endswith(self.acceptance_nouns)) or any(t.token.i == token.i for t in found) \
                        or token.lower_.startswith(self.acceptance_not_starts):
                    continue
                seg = sent.segment_of(token.i)
                a, b = sent.segments[seg]
                # (or a finite verb before it whose particle follows: "Pesendorfer lehnte das Angebot der Mediaprint ab")
                accepting = frozenset(f for t in span if (t.i > token.i or t.i >= a and t.tag_ in FINITE_TAGS) and t.pos_ in ("VERB", "AUX", "")
                                      for f in self._verb_lemmas(doc, t, span.end) if f in self.acceptance_verbs)
                if accepting:
                    # (the verb is the noun's support: "Das Angebot wurde von X abgelehnt" is a passive with X its agent)
                    found.append(Trigger(token, self.acceptance_frame, True, seg, lemma=self._lemma(token), light=True,
                                          support_lemmas=accepting, chain=frozenset(self._chain(doc, info, token.i, b)),
                                          definite=False, adverbial=self._in_adverbial(doc, token.i, a)))
        # "wechselt von Leverkusen zu Liverpool": a transfer is an agreement of the two clubs (grammar.yml transfers)
        if self.transfer_frame is not None and info.transfers:
            for token in span:
                if token.pos_ not in ("VERB", "AUX", "") or not any(f in self.transfer_verbs for f in self._verb_lemmas(doc, token, span.end)):
                    continue
                seg = sent.segment_of(token.i)
                a, b = sent.segments[seg]
                clubs = {side: next((m.start for m in sent.mentions if a <= m.start < b
                                     and self._kinds.get(m.actor) in ("Organization", "Place")
                                     and self._preposition(doc, m.start, a) in words), None)
                         for side, words in (("from", self.transfer_from), ("to", self.transfer_to))}
                if clubs["from"] is not None and clubs["to"] is not None:
                    found.append(Trigger(token, self.transfer_frame, False, seg, lemma=self._lemma(token),
                                         transfer=(clubs["from"], clubs["to"])))
        # "lud ihn zu einem Folgetreffen ein": the meeting is what the invitation is to; its parties are the invitation's
        hosts = [t for t in found if t.frame.content_prepositions]
        kept = []
        for t in found:
            host = next((h for h in hosts if t.is_noun and h is not t and h.segment == t.segment and h.frame is not t.frame
                         and self._preposition(doc, t.token.i, span.start) in h.frame.content_prepositions), None)
            if host is None:
                kept.append(t)
            elif not host.occasion:  # ("auf Einladung von X kamen A und B zu einem Treffen zusammen": the clause's event)
                host.invites.append(t)
        # a score or a match minute in the sentence makes a meeting a match and an agreement a card ("gewann das
        # Aufeinandertreffen mit 6:2, 7:5", "Barkley (46.)", "Gelb-Rot: X (92./Ukraine)"; grammar.yml sports_matches)
        if any(p.search(span.text) for p in self.match_patterns):
            kept = [t for t in kept if t.frame.type not in self.match_types]
        return sorted(kept, key=lambda t: t.token.i)

    def _called_for(self, doc: Doc, token: Token, a: int, b: int) -> bool:
        """A bare plural that a verb of demanding in its clause calls for: "rief X und Y zu Verhandlungen auf" (not
        mere willingness, "ohne Bereitschaft zu Verhandlungen", nor another noun's topic, "verlangen Studien zu
        Handelsverträgen")."""
        p = token.i - 1
        return doc[p].lower_ in self.called_for_prepositions and not (p > a and is_common_noun(doc[p - 1])) and any(
            t.i != token.i and any(f in self.hyp_lemmas for f in self._verb_lemmas(doc, t, b)) for t in doc[a:b])

    def _in_words_of(self, doc: Doc, token: Token, a: int) -> bool:
        """ "…, um mit X zu sprechen, …" between commas: in X's words, no talk."""
        return doc[a].lower_ in self.purpose_openers and a + 1 < token.i and doc[a + 1].lower_ in self.comitative \
            and token.i + 1 < len(doc) and doc[token.i + 1].text == "," and a > 0 and doc[a - 1].text == ","

    @staticmethod
    def _has_auxiliary(doc: Doc, i: int, a: int, b: int) -> bool:
        """A participle with its auxiliary between the commas around it ("hat mit X gesprochen", "…, dass sie mit X
        gesprochen habe"); "…, mit Kant gesprochen, …" has none."""
        left = next((k for k in range(i - 1, a - 1, -1) if doc[k].text == ","), a - 1)
        right = next((k for k in range(i + 1, b) if doc[k].text == ","), b)
        return any(t.tag_ in ("VAFIN", "VAINF", "VMFIN") for t in doc[left + 1 : right])

    def _talk_partner(self, doc: Doc, sent: Sentence, a: int, b: int, info: DocInfo) -> bool:
        """The clause names someone to talk with after "mit", and no news medium: "mit Raiffeisen reden"."""
        titles = self._title_tokens(doc)

        def before(m) -> int:  # over the article or possessive, and a noun in apposition
            j = back_over(doc, m.start - 1, a, ("ART", "ADJA", "PPOSAT"), titles=titles)
            if j > a and is_common_noun(doc[j]):  # "mit dem Land Oberösterreich", "mit seinem Amtskollegen X"
                j = back_over(doc, j - 1, a, ("ART", "ADJA", "PPOSAT"))
            return j

        # … or the guest, host or counterpart of a visit or meeting reported before: "sprach mit seinem Gast"
        referring = self.guest_nouns | self.host_nouns | self.counterpart_references
        return any(a <= m.start < b and m.actor not in info.media and doc[before(m)].lower_ in self.comitative
                   for m in sent.mentions) or self._fronted_partner(doc, sent.mentions, a) is not None \
            or self._relative_partner(doc, a) is not None \
            or any(t.text in referring and t.i - 2 >= a and doc[t.i - 1].tag_ in ("PPOSAT", "ART")
                   and doc[t.i - 2].lower_ in self.comitative for t in doc[a:b])

    def _press_content(self, doc: Doc, k: int, b: int, frame: EventFrame) -> bool:
        """The noun that the content preposition at ``k`` governs is a press event (events.yml not_contents)."""
        noun = next((t for t in doc[k + 1 : b] if is_common_noun(t)), None)
        return noun is not None and noun.lower_.endswith(frame.not_contents)

    def _misread_verb(self, doc: Doc, token: Token, info: DocInfo) -> str | None:
        """The lemma of a weak verb's preterite that the tagger read as an attributive adjective because
        the surname after it looked like a common noun ("Am Abend telefonierte/ADJA Hofbauer/NN mit …"):
        an adjective does not stand between a clause opener and a person's name (grammar.yml
        weak_preterite_endings). Not after a determiner or preposition: "in der besuchten Stadt"."""
        if token.tag_ != "ADJA" or not self.weak_preterite:
            return None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        # … nor before a comma or an article, where no noun of its own follows: "Die beiden vereinbarten, …"
        nounless = after is not None and (after.text in (",", ":") or after.tag_ in ("ART", "PPOSAT"))
        if not nounless and (token.i + 1 not in info.starts or self._kinds.get(info.starts[token.i + 1].actor) != "Person"):
            return None
        j = token.i - 1
        while j >= 0 and doc[j].tag_ in ("ADV", "ADJD", "ADJA", "PTKNEG"):
            j -= 1  # "die viel besuchte Pammer"
        if j >= 0 and doc[j].tag_ in DETERMINER_TAGS | {"APPR", "APPRART", "CARD", "PRELS"} and not (nounless and doc[j].tag_ == "PIAT"):
            return None
        word = token.lower_
        ending = next((e for e in self.weak_preterite if word.endswith(e) and len(word) > len(e) + 2), None)
        return word[: len(word) - len(ending)] + self.infinitive_ending if ending else None

    def _phrase_in_adverbial(self, doc: Doc, participle: int, floor: int) -> bool:
        """The noun phrase around an attributive participle heads a prepositional phrase ("nach dem zwischen X und Y
        geschlossenen Abkommen"): the preposition before its own determiner."""
        j = self._participle_phrase_start(doc, participle, floor)
        return j is not None and j - 1 >= floor and doc[j - 1].tag_ in ("APPR", "APPRART")

    def _support_participle(self, word: str) -> bool:
        """An inflected participle of a support verb: "ausgehandelte", "unterzeichneten" (grammar.yml)."""
        return any(word.startswith(p) and word[len(p):] in ADJECTIVE_ENDINGS for p in self.support_participles)

    def _adjective_trigger(self, doc: Doc, sent: Sentence, token: Token, info: DocInfo) -> Trigger | None:
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
        if not self._has_reflexive(doc[a:b]):
            return None
        after = [t.lower_ for t in doc[token.i + 1 : min(token.i + 3, len(doc))]]
        if seg + 1 < len(sent.segments):
            after.append(doc[sent.segments[seg + 1][0]].lower_)  # "Einig sind sich X und Y, dass …"
        if any(t.lower_ in self.opinion_markers for t in doc[a:b]) or any(w in self.opinion_markers for w in after):
            return None
        if any(t.pos_ in ("VERB", "AUX", "") and self._lemma(t).lower() in self.appearance_verbs for t in doc[a:b]):
            return None  # showing unity: "einig präsentierten sich X und Y"
        return Trigger(token, frame, False, seg, lemma=token.lower_)

    def _relative_clause(self, doc: Doc, sent: Sentence, seg: int, token: Token) -> int | None:
        """The segment of a relative clause right after the noun ("einen Pakt, den …"), if any."""
        if seg + 1 >= len(sent.segments) or sent.segments[seg][1] != token.i + 1:
            return None
        start = sent.segments[seg + 1][0]
        return seg + 1 if doc[start].tag_ in ("PRELS", "PRELAT") and doc[start].lower_ in self.relative_objects else None

    def _is_topic(self, doc: Doc, i: int, floor: int, found: list[Trigger]) -> bool:
        """The noun is the topic of an event noun before it: "Verhandlungen über einen Pakt"."""
        j = back_over(doc, i - 1, floor, ("ADJA", "ADJD", "CARD", "ART", "PIAT", "PPOSAT"))
        if j < floor or doc[j].lower_ not in self.topic:
            return False
        return any(t.is_noun and t.token.i < j and (t.token.i == j - 1 or any(s < j for s in t.chain)) for t in found)

    def _has_topic(self, doc: Doc, i: int, end: int, chain: set[int]) -> bool:
        """A topic preposition follows the noun or its attached actors: "Gespräche über …", also past a conjoined
        common noun: "Gespräche mit Wirtz und dessen Familie über einen Wechsel"."""
        j = max([i] + [self._mention_end(doc, s) - 1 for s in chain]) + 1
        if chain and j < end and doc[j].lower_ in self.conjunctions:
            k = j + 1
            while k < end and doc[k].tag_ in ("ART", "PPOSAT", "PRELAT", "PDAT", "PDS", "ADJA"):
                k += 1
            if k < end and is_common_noun(doc[k]):
                j = k + 1
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

    def _during(self, doc: Doc, i: int, floor: int, frame: EventFrame | None = None) -> bool:
        """The noun heads a phrase saying that something happened at the event: "bei dem Treffen", and for a
        frame's own prepositions "in einem Telefonat" (events.yml ``during_prepositions``)."""
        j = back_over(doc, i - 1, floor, NOUN_MODIFIER_TAGS)
        own = frame.during_prepositions if frame is not None else frozenset()
        return j >= floor and (doc[j].lower_ in self.during or doc[j].lower_ in own) or self._setting_attribute(doc, i, floor)

    def _chain(self, doc: Doc, info: DocInfo, i: int, end: int, own: frozenset[str] = frozenset()) -> set[int]:
        """Starts of the actor mentions attached to the event noun at ``i``: "Treffen mit Putin",
        "Telefonat zwischen X und Y", "Besuch des ukrainischen Präsidenten Selenskyj"; ``own``: the frame's
        prepositions that attach too ("Einladung an Putin")."""
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
            if low in self.attach or low in own:
                attached = True
            elif low in self.goal_prepositions and not goal:
                # "Verhandlungen Serbiens über den EU-Beitritt", "Verhandlungen zum Kauf von SanDisk": the
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
            elif t.tag_ in NP_TAGS or j in info.title_tokens or (attached and (is_common_noun(t) or t.tag_ == "NE")) or t.is_space:
                pass
            else:
                break
            j += 1
        return found

    def _expected_guest(self, doc: Doc, sent: Sentence, token: Token, frame: EventFrame, a: int, b: int) -> bool:
        """The participle of an expected_verbs verb in the passive with a person as its subject: "Stocker wird am
        Donnerstag in Prag erwartet" (events.yml)."""
        if any(t.lower_ in frame.expected_for and t.tag_ in ("APPR", "APPRART") for t in doc[a:b]):
            return False  # "wird zu einem Arbeitsessen in der Hofburg erwartet": the event's guest
        return self._werden_passive(token, doc[a:b]) \
            and any(a <= m.start < b and self._kinds.get(m.actor) == "Person" and not self._is_oblique(doc, m, a) for m in sent.mentions)

    def _has_place(self, sent: Sentence, a: int, b: int, info: DocInfo) -> bool:
        doc = sent.span.doc
        # a relative adverb after a place: "in Zürich, wohin X eigens gereist war"
        before = self._by_end.get(a - 1) if a >= 2 and doc[a - 1].text == "," and info.lowers[a] in self.place_relatives else None
        if before is not None and self._is_place(before):
            return True
        # (also past one apposition noun: "reist in die Nachbarprovinz Jiangsu weiter")
        return any(a <= m.start < b and m.start > 0 and (info.lowers[m.start - 1] in self.locative | self.articles
                                                         or is_common_noun(doc[m.start - 1])) and self._is_place_slot(doc, m)
                   for m in sent.mentions)

    def _talks_with_person(self, doc: Doc, sent: Sentence, token: Token, info: DocInfo) -> bool:
        """ "Im Gespräch mit dem Staatspräsidenten X betonte Y": an idiom noun with a named person (no
        news medium) attached by "mit" is talks with that person, not the idiom."""
        if token.i + 1 >= len(doc) or info.lowers[token.i + 1] not in self.comitative:
            return False
        b = sent.segments[sent.segment_of(token.i)][1]
        attached = [info.starts[i] for i in self._chain(doc, info, token.i, b) if i in info.starts]
        return any(self._kinds.get(m.actor) == "Person" and m.actor not in info.media for m in attached)

    def _in_state(self, doc: Doc, i: int, a: int, b: int) -> bool:
        """The noun at ``i`` is the state its clause's subject is in: "befindet sich in Verhandlungen mit X",
        "steht in Gesprächen" (grammar.yml state_phrases)."""
        j = i - 1
        while j >= a and doc[j].tag_ in ("ADJA", "ADJD", "ADV", "ART"):
            j -= 1
        return j >= a and doc[j].lower_ in self.state_prepositions and any(
            f in self.state_verbs for t in doc[a:b] if t.pos_ in ("VERB", "AUX", "") for f in self._verb_lemmas(doc, t, b))

    def _broadcast(self, doc: Doc, a: int, b: int) -> bool:
        """The clause broadcasts what it names (grammar.yml broadcast_lemmas), not reflexively ("zeigte sich")."""
        if any(t.lower_ in self.reflexive for t in doc[a:b]):
            return False
        return any(f in self.broadcast for t in doc[a:b] if t.tag_.startswith("V") or t.tag_ == "ADJA"
                   for f in self._verb_lemmas(doc, t, b) + [self._lemma(t)])

    def _recorded(self, doc: Doc, sent: Sentence, seg: int, token: Token) -> bool:
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

    def _is_attribute(self, doc: Doc, i: int, floor: int) -> bool:
        """The noun at ``i`` is a genitive attribute of another noun: "die Gegner des G7-Gipfels"."""
        j = back_over(doc, i - 1, floor, ADJECTIVE_TAGS)
        return j - 1 >= floor and doc[j].tag_ == "ART" and doc[j].lower_ in self.genitive and is_common_noun(doc[j - 1]) \
            and j - 1 not in self._title_tokens(doc) and doc[j - 1].text not in self.setting_heads

    def _setting_attribute(self, doc: Doc, i: int, floor: int) -> bool:
        """The noun at ``i`` is the genitive attribute of a noun that places something at it: "am Rande des Gipfels"."""
        j = back_over(doc, i - 1, floor, ADJECTIVE_TAGS)
        return j - 1 >= floor and doc[j].lower_ in self.genitive and doc[j - 1].text in self.setting_heads


def ends_with(words: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    """The phrase ends at token ``i``: "im Gespräch"."""
    n = len(phrase)
    return i - n + 1 >= 0 and tuple(words[i - n + 1 : i + 1]) == phrase
