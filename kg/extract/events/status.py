"""Whether an event happened, is planned, negated or hypothetical (status.yml).

The cues are read in the trigger's clause and in the clause it depends on: negation words
and verbs, hypothetical words and phrases, plan words and verbs, with the exceptions
status.yml lists (content verbs, refused comments, reported future, frustrated plans, the
perfect). A present tense with a day schedules an event when the article has no date; a plan
that the next clause calls off is negated.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.events.grammar import DASHES, FINITE_TAGS, INFINITIVE_TAGS, NONFINITE_TAGS, Grammar, back_over, contains, is_common_noun
from kg.extract.events.segments import Sentence
from kg.extract.events.triggers import Trigger


class StatusRules(Grammar):
    """Decides the status of a trigger's event."""

    def _status(self, doc: Doc, sent: Sentence, trig: Trigger) -> str:
        a, b = sent.segments[trig.segment]
        a = self._own_conjunct(doc, a, trig)
        a, b = self._adversative_conjunct(doc, a, b, trig)
        a, b = self._support_relative(doc, trig, a, b)
        # … and ends before a finite verb coordinated after it: "lud zu seiner Konferenz und will dort …" (the modal is
        # the next verb's); a finite verb coordinated before it keeps its negation (below)
        own, b = self._verbal_conjunct(doc, a, b, trig.token.i)
        if trig.is_noun and self._preposition(doc, trig.token.i, a) in self.neg_prepositions:
            return "negated"  # "Erste Runde ohne Einigung"
        if doc[a].lower_ in self.neg_clause_openers and doc[a].tag_ == "KOUI" and any(t.tag_ in ("VVIZU", "PTKZU") for t in doc[a:b]):
            return "negated"  # "…, ohne sich auf eine Erhöhung verständigt zu haben"
        if self._denied_report(doc, sent, a, b) or self._rejected_proposal(doc, sent, a, b):
            return "negated"  # "Berichte, wonach X mit Y verhandelt habe, wies Z zurück"
        # a verb's status is not that of a relative clause on another noun of its clause: "Zur Eröffnung, die für
        # Herbst geplant ist, lud X die Ministerin ein" (a noun's relative clause may hold its support verb)
        embedded = set() if trig.is_noun else self._embedded_relatives(doc, a, b, trig.token.i)
        tokens = [t for t in doc[a:b] if t.i != trig.token.i and t.i not in embedded]
        if trig.is_noun and trig.adverbial and self._preposition(doc, trig.token.i, a) in self.setting_prepositions:
            tokens = [t for t in tokens if t.lower_ not in self.past_modals]  # "Beim Gipfel wollte X …": it took place
        lowers = [t.lower_ for t in doc[a:b] if t.i not in embedded]
        governing: list[Token] = []
        if trig.segment > 0:
            pa, pb = sent.segments[trig.segment - 1]
            prev = [t for t in doc[pa:pb] if not t.is_punct]
            infinitive = any(t.tag_ in INFINITIVE_TAGS for t in doc[a:b])
            # (a clause that opens with a preposition and no relative pronoun is a main clause of its own: "…, mit X sei
            # man sich einig", after "Ein Gesetz soll vorgelegt werden")
            own_main = doc[a].tag_ in ("APPR", "APPRART") and not any(t.tag_ in ("PRELS", "PRELAT", "PWS", "PWAV") for t in doc[a : min(b, a + 4)])
            # (a dash joins two reports: "Brasilien und Mexiko wollen verhandeln – Lula telefoniert mit Sheinbaum")
            dashed = a > 0 and doc[a - 1].text in DASHES
            # (nor does a relative clause before it govern it: "Zur Eröffnung, die für Herbst geplant ist, lud X Y ein")
            opener = pa + 1 if pa + 1 < pb and doc[pa].tag_ in ("APPR", "APPRART") else pa
            relative = opener > 0 and doc[pa - 1].text == "," and self._relative_pronoun(doc[opener])
            if lowers and not dashed and not relative and (lowers[0] in self.subordinators or infinitive
                                                           or (prev and not own_main and (prev[-1].pos_ in ("VERB", "AUX") or prev[-1].tag_ == "PTKVZ"))):
                governing = prev
        # "im Gespräch" (being considered) is no cue when it has a partner: "im Gespräch mit Präsident X"
        if any(lowers[i : i + len(p)] == list(p) and not (i + len(p) < len(lowers) and lowers[i + len(p)] in self.comitative)
               for p in self.hyp_phrases for i in range(len(lowers))):
            return "hypothetical"
        # "nicht" before an adjective negates the adjective: "ein zuvor nicht angekündigter Besuch";
        # the clause of a noun in an adverbial is not its negation: "Bei dem Treffen lehnten sie … ab"
        neg_scope = tokens
        # "Zu einem Treffen mit X kam es nicht": the noun is what (did not) happen (grammar.yml occurrence_verbs)
        occurs = trig.is_noun and self._preposition(doc, trig.token.i, a) in trig.frame.support_prepositions | self.occurrence_prepositions \
            and any(self._lemma(t) in self.occurrence_verbs for t in tokens if t.pos_ in ("VERB", "AUX"))
        if trig.is_noun and trig.adverbial and not trig.attribute and not occurs:
            start = trig.token.i
            while start > a and not doc[start - 1].tag_ in ("APPR", "APPRART"):
                start -= 1
            neg_scope = [t for t in doc[max(a, start - 1) : trig.token.i]]
        # (but "kein" before an adjective negates the whole phrase: "keinen neuen Vertrag"); "kein" negates an event noun
        # only as its own determiner: "Der Gipfel brachte kein Ergebnis" (the summit took place)
        # a finite verb coordinated after another has its own negation: "lehnten X ab und haben sich mit Y geeinigt"
        neg_scope = [t for t in neg_scope if t.i >= own]
        negated = any(t.lower_ in self.neg_words and not (t.i + 1 < b and doc[t.i + 1].tag_ in ("ADJA",) and t.tag_ not in ("PIAT", "PIDAT"))
                      and not (trig.is_noun and t.tag_ in ("PIAT", "PIDAT") and back_over(doc, trig.token.i - 1, t.i, ("ADJA", "ADJD")) != t.i)
                      for t in neg_scope) \
            and not any(contains(lowers, p) for p in self.not_negation)
        negated = negated or any(contains([t.lower_ for t in neg_scope], p) for p in self.neg_phrases)
        scope_lemmas_all = {f for t in neg_scope for f in self._verb_lemmas(doc, t, b) + [self._lemma(t)]}
        scope_neg_lemmas = scope_lemmas_all & self.neg_lemmas
        if trig.frame.type in self.failed_talk_types:
            scope_neg_lemmas -= self.failed_talk_lemmas  # "Die Verhandlungen sind gescheitert": they took place
        if not negated and scope_neg_lemmas and scope_neg_lemmas <= self.rescheduling_lemmas and any(
                t.lower_ in self.rescheduling_prepositions and t.i + 1 < b and doc[t.i + 1].lower_ not in self.open_ended_times
                for t in neg_scope):
            return "planned"  # "Ein Treffen der beiden wurde auf Juni verschoben": still to come, at a new time
        if negated and not scope_neg_lemmas and scope_lemmas_all & self.completion_lemmas:
            negated = False  # "Die Gespräche seien nicht abgeschlossen": they are going on
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
        # a "dass" clause is denied or ruled out by its governing verb: "dementierte, dass X mit Y telefoniert habe"
        # ("schloss nicht aus, dass …" makes it possible, as "nicht ausgeschlossen")
        if governing and lowers and lowers[0] in self.content_clause_openers:
            denial = {f for t in governing for f in self._verb_lemmas(doc, t, b) + [self._lemma(t)]} & self.neg_lemmas
            if denial:
                negation = any(t.lower_ in self.neg_words for t in governing)
                return "hypothetical" if negation and denial <= self.double_negation else "negated"
        # lemma cues ("vereinbaren", "hoffen") govern nouns and infinitives, not a finite verb
        # coordinated with them ("telefoniert und vereinbart"), nor a noun in an adverbial
        # ("Bei dem Treffen vereinbarten sie …": the meeting happened)
        governs = trig.is_noun and (not self._in_adverbial(doc, trig.token.i, a) or self._cue_object(doc, trig, a)) \
            or trig.token.tag_ in ("VVINF", "VVIZU")
        lemma_scope = governing + (tokens if governs else [])
        scope_lemmas = {f for t in lemma_scope for f in self._verb_lemmas(doc, t, b)} | {self._lemma(t) for t in lemma_scope}
        if trig.is_noun:
            scope_lemmas -= trig.support_lemmas & self.announcing_support  # "kündigte eine Partnerschaft an": concluded
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
        # "Das Treffen hätte am Freitag stattfinden sollen": what was to be and was not (Konjunktiv II with a modal
        # infinitive); "sie hätten sich getroffen" alone is reported speech (happened)
        if self._counterfactual(tokens):
            # … "wo sie den Vertrag eigentlich hätte unterschreiben sollen": a plan given up (frustrated_plans)
            return "negated" if any(t.lower_ in self.frustration_words for t in tokens) else "hypothetical"
        hyp_tokens = [t for t in tokens + governing if t.lower_ in self.hyp_words
                      or t.lower_ in self.question_words and t.tag_ != "APPR" and not (trig.is_noun and trig.adverbial)]
        # (a question word read as a preposition is part of a name: "Wartberg ob der Aist")
        # "Dazu würden X und Y Anfang der kommenden Woche zusammenkommen": in reported speech "würden" stands for "werden"
        # when a date ahead is given and nothing makes it a condition (a schedule: planned)
        if hyp_tokens and all(t.lower_ in self.reported_future for t in hyp_tokens) \
                and any(t.lower_ in self.reported_future_times for t in tokens):
            hyp_tokens = []
        # "Die nächsten Verhandlungen könnten eine Lösung bringen": the modal speaks of what a scheduled event may bring
        if hyp_tokens and trig.is_noun and not trig.adverbial and all(t.lower_ in self.outcome_modals for t in hyp_tokens) \
                and any(self._lemma(t) in self.outcome_verbs for t in tokens) and self._scheduled_noun(doc, trig.token.i, a):
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
        perfect = [t for t in doc[a:b] if t.tag_ in ("VAINF", "VAFIN") and self._lemma(t) in self.perfect_auxiliaries and t.i > a
                   and doc[t.i - 1].tag_ in ("VVPP", "VAPP")]
        # (but "Bis Ende Oktober soll das Abkommen unterschrieben sein": a state to be reached by a deadline)
        deadline = any(t.lower_ in self.deadline_prepositions for t in doc[a:b]) and any(self._lemma(t) == self.state_auxiliary for t in perfect)
        if perfect and not deadline:
            plan_tokens = [t for t in plan_tokens if t.lower_ not in self.reportative_modals]
        # the perfect reports what is done, whatever its content's date: "haben sich auf Quoten für das
        # kommende Jahr geeinigt" (a modal or "werden" keeps it open: "wird sich geeinigt haben")
        if not trig.is_noun and trig.token.tag_ == "VVPP" and not governing and not auxiliaries \
                and any(t.tag_ == "VAFIN" and self._lemma(t) in self.perfect_auxiliaries for t in tokens) \
                and not any(t.tag_ == "VMFIN" for t in tokens):
            return "happened"
        # what an invitation is to lies ahead, not the invitation: "lud zum nächsten Ministerrat ein" (happened)
        # … nor the day set for it: "lud die Gewerkschaften für kommenden Montag zu einem Gespräch ein"
        # … nor any time it names: "lud seinen Kollegen zu einem Gegenbesuch im kommenden Jahr ein" (an attribute is a time's
        # or the content's, never the invitation's)
        if not trig.is_noun and trig.frame.content_prepositions:
            plan_tokens = [t for t in plan_tokens if t.tag_ != "ADJA" and not (t.i > a and doc[t.i - 1].lower_ in self.schedule_prepositions)]
        # what was agreed lies ahead: "hätten sich darauf verständigt, dass Putin in die Türkei reise", "einigten sich auf
        # ein Treffen" (not "Der Gipfel einigte sich": the noun agreeing; status.yml agreed_content)
        agreed = governing + (tokens if trig.is_noun and self._cue_object(doc, trig, a) else [])
        if {f for t in agreed for f in self._verb_lemmas(doc, t, b)} & self.agreed_lemmas:
            return "planned"
        # a time in what talks are about is the content's: "verhandelt mit Puls 4 über Rechte ab der kommenden Saison"
        plan_tokens = [t for t in plan_tokens if not self._in_topic_phrase(doc, trig, t.i, a, b)]
        if any(t.lower_ in self.plan_words for t in plan_tokens) or scope_lemmas & self.plan_lemmas \
                or any(contains(lowers, p) for p in self.plan_phrases) and self._present_clause(doc, a, b):
            return "planned"
        # what someone is invited to lies ahead of the invitation: "hat die Verhandler zu einer „entscheidenden Runde“
        # geladen" (events.yml: the verbs and content prepositions of a frame with contents)
        if trig.is_noun and self._invited_noun(doc, trig.token.i, a, b):
            return "planned"
        if trig.is_noun and self._planned_attribute(doc, trig, a, b):
            return "planned"
        # a purpose: "reiste nach Abu Dhabi, um mit X zu verhandeln" (what the trip is for is still to come)
        if lowers and lowers[0] in self.purpose_openers and any(t.tag_ in ("VVIZU", "PTKZU") for t in doc[a:b]):
            return "planned"
        return "happened"

    def _in_topic_phrase(self, doc: Doc, trig: Trigger, i: int, a: int, end: int) -> bool:
        """Token ``i`` lies in a topic phrase that does not hold the trigger ("verhandelt über … ab der kommenden
        Saison", "Über die kommende Saison verhandeln …"; grammar.yml topic_prepositions): from the preposition to the
        next verb or punctuation mark."""
        if doc[i].pos_ in ("VERB", "AUX"):
            return False
        k = i - 1
        while k >= a and not doc[k].is_punct and doc[k].pos_ not in ("VERB", "AUX"):
            if doc[k].lower_ in self.topic and doc[k].tag_ == "APPR":
                stop = next((t.i for t in doc[k + 1 : end] if t.is_punct or t.pos_ in ("VERB", "AUX")), end)
                return not k < trig.token.i < stop
            k -= 1
        return False

    def _denied_report(self, doc: Doc, sent: Sentence, a: int, b: int) -> bool:
        """The clause ``a``–``b`` is what a report said, and the sentence denies the report: it opens with an opener of
        status.yml denied_reports after a report noun (or the noun's genitive attribute: "Berichte einer Zeitung,
        wonach …"), and a denying verb stands outside it ("wies … zurück", "dementierte")."""
        if not self.report_openers or doc[a].lower_ not in self.report_openers or a < 2 or doc[a - 1].text != ",":
            return False
        k = a - 2
        while k > sent.span.start and k > a - 6 and doc[k].text not in self.report_nouns and doc[k].text != ",":
            k -= 1
        if doc[k].text not in self.report_nouns:
            return False
        if any(t.lower_ in self.report_denial_words for t in sent.span if t.i < a or t.i >= b):
            return True  # "bezeichnete … als Unsinn"
        return self._verb_outside(doc, sent, a, b, self.report_denials)

    def _support_relative(self, doc: Doc, trig: Trigger, a: int, b: int) -> tuple[int, int]:
        """The relative clause on the event noun that holds its support verb is where its status is told: "Auch den
        Rahmenvertrag, den X und Y 2013 geschlossen hatten, berührt der Wechsel nicht" (happened; the main clause's
        "nicht" is about something else). Else the clause ``a``–``b`` as given."""
        if not trig.is_noun or not trig.frame.support_verbs:
            return a, b
        k = next((t.i for t in doc[trig.token.i + 1 : b] if t.text == "," or t.tag_ in FINITE_TAGS), None)
        if k is None or doc[k].text != "," or k + 1 >= b or not self._relative_pronoun(doc[k + 1]):
            return a, b
        end = next((t.i for t in doc[k + 2 : b] if t.text == ","), b)
        last = next((t for t in reversed(doc[k + 1 : end]) if not t.is_punct and not t.is_space), None)
        if last is None or last.tag_ not in FINITE_TAGS or not any(
                f in trig.frame.support_verbs for t in doc[k + 1 : end] if t.pos_ in ("VERB", "AUX") for f in self._verb_lemmas(doc, t, end)):
            return a, b
        return k + 1, end

    def _rejected_proposal(self, doc: Doc, sent: Sentence, a: int, b: int) -> bool:
        """The clause ``a``–``b`` is the infinitive clause of a proposal noun right before its comma (past a genitive
        name: "Den Vorschlag Putins, sich mit Poroschenko zu treffen, …"), and a rejecting verb stands outside it
        (status.yml rejected_proposals)."""
        if not self.proposal_nouns or a < 2 or doc[a - 1].text != "," \
                or not any(t.tag_ in ("VVIZU", "PTKZU") for t in doc[a:b]):
            return False
        k = a - 2  # (back over the proposer: "Den Vorschlag von Kremlchef Wladimir Putin, …")
        while k > sent.span.start and k > a - 8 and doc[k].text not in self.proposal_nouns and doc[k].pos_ in ("PROPN", "DET", "ADJ", "NOUN", "ADP"):
            k -= 1
        if doc[k].text not in self.proposal_nouns:
            return False
        return self._verb_outside(doc, sent, a, b, self.proposal_rejections)

    def _verb_outside(self, doc: Doc, sent: Sentence, a: int, b: int, lemmas: frozenset[str]) -> bool:
        """A verb of one of ``lemmas`` stands in the sentence outside the clause ``a``–``b`` ("wies … zurück")."""
        outside = [t for t in sent.span if (t.i < a or t.i >= b) and t.pos_ in ("VERB", "AUX", "")]
        return any(f in lemmas for t in outside for f in self._verb_lemmas(doc, t, sent.span.end))

    def _counterfactual(self, tokens: list[Token]) -> bool:
        """"hätte … stattfinden sollen": Konjunktiv II of "haben" with a modal infinitive (status.yml counterfactual)."""
        return any(t.lower_ in self.counterfactual_auxiliaries for t in tokens) \
            and any(t.lower_ in self.counterfactual_modals and t.tag_ in ("VMINF", "VMFIN") for t in tokens)

    @staticmethod
    def _own_attributes(doc: Doc, i: int, a: int) -> list[Token]:
        """The adjectives right before the event noun at ``i``, down to the clause start ``a``."""
        j = i
        while j - 1 >= a and doc[j - 1].tag_ in ("ADJA", "ADJD"):
            j -= 1
        return list(doc[j:i])

    def _scheduled_noun(self, doc: Doc, i: int, a: int) -> bool:
        """The event noun at ``i`` has a time ahead as its own attribute: "die nächsten Verhandlungen"."""
        return any(t.lower_ in self.reported_future_times for t in self._own_attributes(doc, i, a))

    def _planned_attribute(self, doc: Doc, trig: Trigger, a: int, b: int) -> bool:
        """The event noun's own attribute plans it ("vor dem geplanten Gipfel", "Der bevorstehende Besuch sorgt für
        Kritik"), unless the noun, or a setting it names, is in a clause that reports the past ("Das geplante Treffen
        fand statt", "Beim geplanten Treffen einigten sie sich"); what an event is prepared for, awaited before or
        talked about stays planned whatever the tense ("haben vor dem geplanten Gipfel beraten")."""
        if not any(t.lower_.startswith(self.plan_attributes) for t in self._own_attributes(doc, trig.token.i, a)):
            return False
        preposition = self._preposition(doc, trig.token.i, a)
        if preposition is not None and preposition not in self.setting_prepositions:
            return True
        return self._present_clause(doc, a, b)

    def _cue_object(self, doc: Doc, trig: Trigger, a: int) -> bool:
        """The event noun is the prepositional object of its clause's verb, so that verb's cue governs it
        ("hofft auf ein Treffen", "zu Gesprächen bereit"), not a place where something else happens
        ("Auf dem Gipfel forderte X …"; status.yml object_prepositions, locative_articles)."""
        preposition = self._preposition(doc, trig.token.i, a)
        if preposition not in self.object_prepositions:
            # "rechnet mit einer Einigung": a verb of the clause before the noun takes this preposition
            return any(preposition in self.verb_object_prepositions.get(self._lemma(t), ()) for t in doc[a : trig.token.i])
        determiner = self._determiner(doc, trig.token.i, a)
        return determiner not in self.locative_articles.get(preposition, ())

    def _comment_refusal(self, doc: Doc, trig: Trigger, tokens: list[Token], a: int) -> bool:
        """The clause refuses to comment on the event noun in its adverbial (status.yml comment_words and
        comment_negations): "Zu den Verhandlungen wollte sich X nicht äußern"; not after "vor"."""
        return trig.is_noun and trig.adverbial and self._preposition(doc, trig.token.i, a) not in self.anticipation \
            and any(t.lower_ in self.comment_negations for t in tokens) and any(
                t.lower_ in self.comment_words or self._lemma(t).lower() in self.comment_words for t in tokens)

    def _names_type(self, token: Token, trig: Trigger) -> bool:
        """The noun names an event of the trigger's type or one that carries its parties (events.yml carries_parties_of):
        "sagte die Reise aber ab" after a trip, "die Gespräche scheiterten aber" after a wish to agree (not "lehnt aber
        eine gemeinsame Erklärung ab" after a meeting)."""
        match = self._noun_frame(token)
        return match is not None and (match[0].type == trig.frame.type or match[0].type in trig.frame.carries_parties_of)

    def _later_denial(self, doc: Doc, sent: Sentence, trig: Trigger) -> bool:
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
                and all(self._names_type(t, trig) for t in words if t.tag_ == "NN"):
            return True
        # "nicht"/"kein" only after a past intention: "wollte X treffen, bekam aber keinen Termin" (not "will X
        # treffen, glaubt aber nicht an einen Durchbruch")
        a, b = sent.segments[trig.segment]
        lowers = [t.lower_ for t in doc[c:d]]
        # (after seeking, the later clause names nothing but the event: "bekommt sie aber nicht", not "glaubt aber nicht
        # an eine Lösung")
        seeking = any(t.pos_ in ("VERB", "") and self._lemma(t) in self.seeking_lemmas for t in doc[a:b]) \
            and all(self._names_type(t, trig) for t in words if is_common_noun(t))
        return gap and (seeking or any(t.lower_ in self.past_modals for t in doc[a:b])) \
            and any(t.lower_ in self.contrast_words for t in words) \
            and any(t.lower_ in self.neg_words and not (t.i + 1 < d and doc[t.i + 1].tag_ == "ADJA") for t in words) \
            and not any(contains(lowers, p) for p in self.not_negation)

    def _content_verb(self, doc: Doc, trig: Trigger, tokens: list[Token], a: int, b: int) -> bool:
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

    def _adversative_conjunct(self, doc: Doc, a: int, b: int, trig: Trigger) -> tuple[int, int]:
        """The part of a clause on the trigger's side of ", aber" (grammar.yml adversatives): "haben verhandelt, aber keine
        Einigung erzielt" (the talks took place; the agreement is what the negation is about)."""
        for k in range(a + 1, b - 1):
            # (also one word on: ", sich aber nicht geeinigt")
            if doc[k].text == "," and any(doc[j].lower_ in self.adversatives for j in range(k + 1, min(k + 3, b))):
                if trig.token.i < k:
                    return a, k
                a = k + 1
        return a, b

    def _own_conjunct(self, doc: Doc, a: int, trig: Trigger) -> int:
        """Where the cues of a finite trigger verb start: a modal's scope ends with its infinitive, so a
        finite verb coordinated after it has its own tense ("will das Netz übernehmen und verhandelt noch
        mit X": the talks are going on); the conjunct after "und" is the verb's clause. So it is for a noun
        in a conjunct with a finite verb of its own ("will … bauen und hat Gespräche mit X aufgenommen")."""
        if trig.is_noun != (trig.token.tag_ != "VVFIN"):
            return a
        for k in range(trig.token.i - 1, a, -1):
            if doc[k].lower_ in self.conjunctions:
                if trig.is_noun and not (k + 1 < trig.token.i and doc[k + 1].tag_ in FINITE_TAGS):
                    return a
                modals = [t for t in doc[a:k] if t.tag_ == "VMFIN" or t.tag_ == "VAFIN" and self._lemma(t) in self.passive]
                # … but an infinitive at the end of its conjunct shares the modal ("werde nach Moskau reisen und dort
                # mit Lawrow zusammentreffen"; the tagger reads a plural-looking infinitive as finite)
                infinitive = not trig.is_noun and trig.token.i > k + 1 and trig.token.lower_ == self._lemma(trig.token).lower()
                if modals and not infinitive and any(t.tag_ in NONFINITE_TAGS for t in doc[modals[0].i + 1 : k]):
                    return k + 1
                return a
        return a

    def _scheduled_present(self, doc: Doc, sent: Sentence, trig: Trigger) -> bool:
        """A clause in the present tense with a day ("am Dienstag", "am Wochenende") schedules its
        event when the article has no publication date to place the day: news report past events in
        the perfect or preterite. Reported speech (Konjunktiv I: "treffe", "sei") stays as it is."""
        a, b = sent.segments[trig.segment]
        lowers = [t.lower_ for t in doc[a:b]]
        if trig.is_noun and trig.attributive:
            return False  # the noun's participle says it was done: "Die am Montag unterzeichnete Vereinbarung regelt …"
        # (not the day set for what an invitation is to: "lädt die Anrainer für Donnerstag zu einem Informationsabend")
        content_day = not trig.is_noun and bool(trig.frame.content_prepositions)
        day = any((w in self.weekday_forms or w in self.schedule_words) and not self.ongoing_since & set(lowers[max(0, i - 2) : i])
                  and not (content_day and i > 0 and lowers[i - 1] in self.schedule_prepositions)
                  for i, w in enumerate(lowers))
        # … or a calendar day for an event verb: "beraten die EU-Agrarminister am 3. März" (a noun may be
        # what a present-tense report is about: "zitiert aus einer Telefonkonferenz am 16. Juli")
        day = day or not trig.is_noun and any(w in self.months and i > 0 and lowers[i - 1].rstrip(".").isdigit() for i, w in enumerate(lowers))
        # … or a month of no year: "reist im April nach Frankreich"
        day = day or not trig.is_noun and any(w in self.months and i > 0 and lowers[i - 1] in self.month_openers
                                              and not (i + 1 < len(lowers) and lowers[i + 1].isdigit()) for i, w in enumerate(lowers))
        # … or an event noun that something present happens before: "erhält ein Mandat vor der Sitzung der Eurogruppe"
        day = day or trig.is_noun and self._preposition(doc, trig.token.i, a) in self.anticipation
        if not day:
            return False
        if trig.is_noun and self._preposition(doc, trig.token.i, a) in self.retrospective:
            return False  # "Nach der Verhandlungsrunde am Donnerstag sind Fragen offen": the round lies behind
        finite = [t for t in doc[a:b] if t.tag_ in FINITE_TAGS]
        if any(t.tag_ in ("VVPP", "VAPP", "VMPP") for t in doc[a:b]) and any(self._lemma(t) in ("haben", "sein") for t in finite):
            return False  # the perfect: "haben am Montag telefoniert"
        if any(t.tag_ == "VVINF" and t.i > 0 and doc[t.i - 1].tag_ != "PTKZU" for t in doc[a:b]) \
                and any(self._lemma(t) in self.perfect_auxiliaries for t in finite) and not any(t.tag_ == "VMFIN" for t in finite):
            return False  # … with a participle the tagger read as an infinitive: "hat am Dienstag mit X beraten"
        return bool(finite) and all(self._present_form(t) for t in finite)
