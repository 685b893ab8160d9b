"""Parties a clause names without an actor mention in a participant slot.

Organisations in a trigger compound ("EU-Gipfel", "EU-Türkei-Gipfel"), the parties of a named
treaty ("TTIP-Verhandlungen"), of a colour coalition ("Blau-Rot") and of a collective role
("Treffen der EU-Innenminister"); counted groups and plural pronouns ("die drei
Präsidenten", "die beiden", "sie" after a group noun); the guest of a visit; and the gender
that decides whom "er"/"sie" can refer to.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from kg.extract.events.grammar import FINITE_TAGS, NOUN_MODIFIER_TAGS, NP_TAGS, Grammar, back_over, is_common_noun
from kg.extract.events.segments import DocInfo, Sentence
from kg.extract.events.triggers import Trigger
from kg.extract.model import Actor, Event, TextSpan
from kg.nlp.gazetteer import Entry

# inflection endings of a role title in a plural or oblique case: "Außenministern", "Regierungschefs"
ROLE_PLURAL_ENDINGS = ("", "s", "n", "en", "nen")


class PartyFinder(Grammar):
    """Finds parties named without a mention in the slot."""

    def _gender(self, actor: Actor) -> str | None:
        """"female" or "male" as far as the article tells (kg.extract.genders)."""
        return self.genders.of_person(actor)

    def _guests(self, doc: Doc, a: int, b: int, events: list[Event], by_id: dict[str, Actor]) -> list[str]:
        """Visitors of the latest visit when the clause names them as a guest or counterpart ("ihrem Gast", "der Gast",
        "empfing seinen Amtskollegen")."""
        if not self._unnamed_noun(doc, a, b, self.guest_nouns):
            return []
        visit = next((e for e in reversed(events) if e.type == "Visit" and e.status == "happened"), None)
        if visit is None:
            return []
        return [p.actor for p in visit.participants if p.role == "initiator" and by_id[p.actor].type == "Person"]

    def _unnamed_noun(self, doc: Doc, a: int, b: int, nouns: frozenset[str]) -> bool:
        """The clause has one of ``nouns`` after a determiner and without a name after it ("ihrem Gast", "seinen
        Gastgeber"; not "mit seinem Amtskollegen Alexander Stubb", which names him, nor "ihre Amtskollegen aus
        Slowenien und Kroatien, X und Y")."""
        return any(t.text in nouns and t.i > a and doc[t.i - 1].tag_ in ("PPOSAT", "ART")
                   and not (t.i + 1 < len(doc) and doc[t.i + 1].tag_ in ("NE", "FM")) and not self._apposed_people(doc, t.i)
                   for t in doc[a:b])

    def _apposed_people(self, doc: Doc, i: int) -> bool:
        """People are named in an apposition after the noun at ``i`` and its attribute: "ihre Amtskollegen aus Slowenien
        und Kroatien, Vesna Györkös Žnidar und Vlaho Orepić, …" (not a clause of its own after the comma: "lud seinen
        Kollegen nach Oslo ein, Hattmannsdorfer sagte zu")."""
        sentence_end = doc[i].sent.end
        for k in range(i + 1, min(i + 8, sentence_end - 1)):
            if doc[k].text == ",":
                m = self._by_start.get(k + 1)
                if m is None or self._kinds.get(m.actor) != "Person":
                    return False
                # (to the last of the names listed: "X und Y")
                while m.end + 1 < sentence_end and doc[m.end].lower_ in self.conjunctions \
                        and (nxt := self._by_start.get(m.end + 1)) is not None and self._kinds.get(nxt.actor) == "Person":
                    m = nxt
                return m.end < sentence_end and doc[m.end].text in (",", ")", "–", "-")
            if doc[k].tag_ not in ("APPR", "APPRART", "ART", "ADJA", "NE", "NN", "KON") and k not in self._by_start:
                return False
        return False

    def _hosts(self, doc: Doc, a: int, b: int, events: list[Event], by_id: dict[str, Actor]) -> list[str]:
        """The people the visitor of the latest visit met since it began, when the clause names them as the
        visitor's host ("lud Stubb seinen Gastgeber zu einem Gegenbesuch ein"; grammar.yml host_nouns)."""
        if not self._unnamed_noun(doc, a, b, self.host_nouns):
            return []
        at = next((n for n in range(len(events) - 1, -1, -1) if events[n].type == "Visit" and events[n].status == "happened"), None)
        if at is None:
            # no visit reported: the other one of the last two people who met or signed ("Wallner und Tinner haben im
            # Landhaus unterzeichnet … Zum Abschluss lud Tinner seinen Gastgeber ein"), when the clause names one of them
            named = {m.actor for m in self._by_start.values() if a <= m.start < b}
            pair = next((e for e in reversed(events) if e.type in ("Meeting", "Agreement") and e.status == "happened"
                         and len(e.participants) == 2 and all(by_id[p.actor].type == "Person" for p in e.participants)), None)
            if pair is None or len(named & pair.actor_ids()) != 1:
                return []
            return [p.actor for p in pair.participants if p.actor not in named]
        visitors = {p.actor for p in events[at].participants if p.role == "initiator"}
        met = next((e for e in reversed(events[at:]) if e.type == "Meeting" and e.status == "happened"
                    and visitors & {p.actor for p in e.participants}), None)
        if met is None:
            return []
        return [p.actor for p in met.participants if p.actor not in visitors and by_id[p.actor].type == "Person"]

    def _counterparts(self, doc: Doc, a: int, b: int, events: list[Event], by_id: dict[str, Actor]) -> list[str]:
        """The other one of the last two people who met, called, visited or signed in the latest few events, when the
        clause names one of them and the other by a possessive counterpart noun ("Zum Abschluss lud Meinl-Reisinger
        ihren norwegischen Kollegen nach Wien ein"; grammar.yml counterpart_references); a nationality before the
        noun must fit the person's country."""
        nouns = [t for t in doc[a:b] if t.text in self.counterpart_references and t.i > a
                 and doc[back_over(doc, t.i - 1, a, ("ADJA",))].tag_ == "PPOSAT"
                 and not (t.i + 1 < len(doc) and (doc[t.i + 1].tag_ in ("NE", "FM") or t.i + 1 in self._by_start))
                 and not self._apposed_people(doc, t.i)]
        if not nouns:
            return []
        named = {m.actor for m in self._by_start.values() if a <= m.start < b and by_id[m.actor].type == "Person"}
        recent = [e for e in events if e.type != "Statement" and e.status == "happened"][-4:]
        pair = next((e for e in reversed(recent) if len(people := [p.actor for p in e.participants if by_id[p.actor].type == "Person"]) == 2
                     and len(named & set(people)) == 1), None)
        if pair is None:
            return []
        other = next(p.actor for p in pair.participants if by_id[p.actor].type == "Person" and p.actor not in named)
        countries = {self.gaz.nationality(t.text) for t in doc[back_over(doc, nouns[0].i - 1, a, ("ADJA",)) + 1 : nouns[0].i]} - {None}
        if countries and by_id[other].country and by_id[other].country not in countries:
            return []
        return [other]

    def _sides(self, doc: Doc, a: int, b: int, events: list[Event], by_id: dict[str, Actor]) -> list[str]:
        """The two sides a clause's "beide Seiten" (grammar.yml side_nouns after a count of two) stands for: the
        organisations, states or towns of the latest of the last three events with exactly two of them, else its two
        people; none if no such event."""
        # (also the plain "die Partner", grammar.yml pair_nouns, with no genitive after it)
        if not any((doc[i].lower_ in self.side_nouns and self.group_numbers.get(doc[i - 1].lower_) == 2
                    or doc[i].lower_ in self.pair_nouns and doc[i - 1].lower_ in self.pair_articles
                    and not (i + 1 < b and doc[i + 1].lower_ in self.genitive))
                   and self._preposition(doc, i, a) in (None, *self.partner) for i in range(a + 1, b)):
            return []
        recent = [e for e in events if e.type != "Statement" and e.participants][-3:][::-1]
        talks = self._talks_of_bodies(events, by_id)
        for event in recent:
            bodies = [p.actor for p in event.participants if by_id[p.actor].type in ("Country", "Organization", "Place")]
            people = [p.actor for p in event.participants if by_id[p.actor].type == "Person"]
            if len(bodies) == 2 or len(people) == 2:
                if len(bodies) != 2 and talks:
                    return talks  # the sides are the bodies of the story's talks
                return bodies if len(bodies) == 2 else people
        return self._dispute_sides(doc, a, by_id)

    def _dispute_sides(self, doc: Doc, a: int, by_id: dict[str, Actor]) -> list[str]:
        """The two named sides of the latest dispute before token ``a`` (grammar.yml dispute_nouns, dispute_verbs): "der
        Streit zwischen der Stadt Linz und der Bawag", "Linz und die Bawag streiten um …"."""
        for sent in reversed(self._sentence_list):
            if sent.span.start >= a:
                continue
            named = [m for m in sent.mentions if m.start < a and by_id[m.actor].type in ("Country", "Organization", "Place", "Person")]
            for t in reversed(doc[sent.span.start : min(a, sent.span.end)]):
                if is_common_noun(t) and t.lower_.endswith(self.dispute_nouns) and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in self.named_partners:
                    pair = [m for m in named if m.start > t.i + 1][:2]
                elif t.pos_ in ("VERB", "AUX") and self._lemma(t) in self.dispute_verbs:
                    pair = [m for m in named if m.end <= t.i][-2:]
                else:
                    continue
                if len(pair) == 2 and pair[0].actor != pair[1].actor \
                        and any(w.lower_ in self.conjunctions for w in doc[pair[0].end : pair[1].start]) and pair[1].start - pair[0].end <= 3:
                    return [pair[0].actor, pair[1].actor]
        return []

    @staticmethod
    def _talks_of_bodies(events: list[Event], by_id: dict[str, Actor]) -> list[str]:
        """The two organisations, states or towns of the latest negotiation between exactly two of them."""
        for event in reversed(events):
            bodies = [p.actor for p in event.participants if by_id[p.actor].type in ("Country", "Organization", "Place")]
            if event.type == "Negotiation" and len(bodies) == 2:
                return bodies
        return []

    def _travellers_there(self, doc: Doc, sent: Sentence, a: int, b: int, trig: Trigger, events: list[Event],
                          by_id: dict[str, Actor]) -> list[str]:
        """The travellers of a trip reported in this or the sentence before, for an event noun "mit" someone in a
        clause placed at the trip's destination without a subject of its own (grammar.yml destination_words):
        "reist nach Belgrad weiter, wo ein Treffen mit Präsident Vučić geplant ist"."""
        if not (trig.is_noun and trig.comitative):
            return []
        if not any(t.lower_ in self.destination_words for t in doc[a:b]):
            return self._visitor_meeting_hosts(doc, a, b, trig, events, by_id)
        first = self._sentence_list[max(0, sent.index - 1)].span.start_char
        visit = next((e for e in reversed(events) if e.type == "Visit" and e.evidence
                      and e.evidence[-1].start >= first), None)
        if visit is None:
            return []
        return [p.actor for p in visit.participants if p.role != "recipient" and by_id[p.actor].type == "Person"]

    def _visitor_meeting_hosts(self, doc: Doc, a: int, b: int, trig: Trigger, events: list[Event],
                               by_id: dict[str, Actor]) -> list[str]:
        """The visitor of the article's latest visit that took place, for a meeting "mit" a person of the visited
        country that names no one else: "Ein für Dienstag angesetztes Treffen mit Bundeskanzler Stocker wurde abgesagt"
        during a state visit to Vienna."""
        if trig.frame.type != "Meeting":
            return []
        visit = next((e for e in reversed(events) if e.type == "Visit" and e.status == "happened" and e.place), None)
        if visit is None or visit.place not in by_id or by_id[visit.place].country is None:
            return []
        # (the people after "mit"; a party in brackets after one is no partner of its own: "mit Kanzler X (ÖVP)")
        partners = [self._by_start[i].actor for i in trig.chain if i in self._by_start and by_id[self._by_start[i].actor].type == "Person"]
        if not partners or not all(by_id[p].country == by_id[visit.place].country for p in partners):
            return []
        return [p.actor for p in visit.participants if p.role != "recipient" and by_id[p.actor].type == "Person"
                and p.actor not in partners]

    def _same_office(self, role: str, head: str) -> bool:
        """The title names the office of the plural head noun, or both name a side's negotiator (grammar.yml bargaining
        negotiators: "vida-Chefverhandler X" and "Arbeitgeber-Verhandlungsführer Y" are "die beiden Verhandlungsführer")."""
        role, head = role.lower(), head.lower()
        return role == head or role.endswith(self.negotiator_titles) and head.endswith(self.negotiator_titles)

    def _group_before(self, doc: Doc, sent: Sentence, segment: int, by_id: dict[str, Actor]) -> list[str] | None:
        """An earlier clause of the sentence has a plural verb and no person or pronoun as subject:
        its subject is a group noun ("die Staats- und Regierungschefs der EU-Länder"), which a plural "sie"
        after it refers to. Returns what the group stands for (named organisations or states), or
        None if there is no such clause."""
        for a, b in sent.segments[:segment]:
            verbs = [t for t in doc[a:b] if t.tag_ in FINITE_TAGS]
            if not verbs or not all(v.lower_.endswith(self.plural_endings) for v in verbs):
                continue
            named = [m.actor for m in sent.mentions if a <= m.start < b and by_id[m.actor].type != "Place" and not self._is_oblique(doc, m, a)]
            if any(by_id[k].type == "Person" for k in named) or any(t.tag_ == "PPER" for t in doc[a:b]) or not any(is_common_noun(t) for t in doc[a:b]):
                continue
            return list(dict.fromkeys(named))
        return None

    def _counted_group(self, doc: Doc, sent: Sentence, a: int, b: int, info: DocInfo,
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
            # (past adjectives, also a place's adjective the tagger read as a noun: "Zwei Innviertler/NN Raiffeisenbanken")
            while j < b and (doc[j].tag_ == "ADJA" or doc[j].text[:1].isupper() and doc[j].text.endswith("er")
                             and j + 1 < b and is_common_noun(doc[j + 1]) and j not in info.starts):
                j += 1
            alone = count is not None and count > 2 and i > a and (doc[i - 1].tag_ == "ART" or doc[i - 1].lower_ in self.group_quantifiers) \
                and i not in info.starts \
                and not (i - 2 >= a and (doc[i - 2].lower_ in self.group_numbers or doc[i - 2].like_num)) \
                and (j >= b or not is_common_noun(doc[j]) and doc[j].tag_ not in ("NE", "ADJA"))
            if not alone and (j >= b or not is_common_noun(doc[j]) or j in info.starts or count and i in info.starts):
                continue  # (or the phrase already names its people: "die beiden Ministerinnen" read by the titles)
            # a number standing alone after its article or "alle" is people: "ein Treffen der drei", "hat alle fünf eingeladen"
            # (two: plural_pronouns)
            head = "" if alone else doc[j].text.rpartition("-")[2]
            kind = "Person" if alone else next((k for end, k in self.group_nouns.items() if head.lower().endswith(end)), None)
            if count is None:
                # "Die Innenministerinnen beider Länder": as many office holders as the states counted after them
                after = self.state_counts.get(doc[j + 1].lower_) if j + 2 < b else None
                if head.lower() not in self.definite_group_nouns and not (after and self._is_role(head)):
                    continue
                count = after or 2
            if kind is None and head and self._is_role(head):
                kind = "Person"
            if kind is None:
                continue
            preposition = self._preposition(doc, i - 1 if alone else i, a)
            if preposition is not None and preposition not in self.partner:
                continue
            women = kind == "Person" and head.lower().endswith("innen")  # "die beiden Ministerinnen"
            earlier = [m for m in sent.mentions if m.start < i]
            candidates = [earlier] + [s.mentions for s in reversed(self._sentence_list[max(0, sent.index - 5) : sent.index])]
            # … and, further back, the article's first sentence, which names whom the story is about ("Österreich und
            # Slowenien wollen …" before "verhandeln die beiden Länder" ten sentences on)
            if sent.index > 5:
                candidates.append(self._sentence_list[0].mentions)
            # … and a teaser's second sentence looks ahead to the body's first, as a headline does (below)
            if sent.index == 1 and len(self._sentence_list) > 2:
                candidates.append(self._sentence_list[2].mentions)
            if sent.index == 0 and len(self._sentence_list) > 1:
                # a headline's group is named in the lead: "Zwei Innviertler Raiffeisenbanken verhandeln über Fusion"
                candidates = [earlier, self._sentence_list[1].mentions]
            for group in candidates:
                keys = list(dict.fromkeys(m.actor for m in group if by_id[m.actor].type == kind
                                          and m.start not in info.modifiers and m.actor not in info.media
                                          and not (women and self._gender(by_id[m.actor]) != "female")))
                if len(keys) > count:
                    break
                if len(keys) == count:
                    return [(k, preposition is not None) for k in keys]
            # … or, for an office, the holders of that office named one a sentence in the five sentences before: "Lawrow
            # sagte ab … mit seinem Amtskollegen Çavuşoğlu … Ein Treffen der beiden Außenminister"
            if kind == "Person" and head:
                holders = list(dict.fromkeys(
                    m.actor for group in candidates[:6] for m in group if by_id[m.actor].type == "Person"
                    and (any(self._same_office(r.role, head) for r in self._roles.get(m.actor, ()))
                         or m.start > 0 and doc[m.start - 1].text in self.counterpart_references)))
                if len(holders) == count:
                    return [(k, preposition is not None) for k in holders]
            return []
        return []

    def _plural_verb(self, doc: Doc, pronoun: Token, a: int, b: int) -> bool:
        """The finite verb next to the pronoun has a plural ending ("sie trafen", not "sie traf")."""
        verbs = [t for t in doc[max(a, pronoun.i - 1) : min(b, pronoun.i + 2)] if t.tag_ in FINITE_TAGS]
        if not verbs and doc[a].tag_ == "KOUS":
            verbs = [t for t in doc[pronoun.i : b] if t.tag_ in FINITE_TAGS][-1:]  # verb-final: "als sie sich … trafen"
        return bool(verbs) and all(v.lower_.endswith(self.plural_endings) for v in verbs)

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

    def _pair_before(self, sent: Sentence, by_id: dict[str, Actor]) -> list[str]:
        """With no pair of people yet, "die beiden" are the two organisations or towns the sentence before joins with
        "und": "Der Baukonzern X und die Stadt Linz streiten … Die beiden hatten im Herbst verhandelt"."""
        if sent.index == 0:
            return []
        before = [m for m in self._sentence_list[sent.index - 1].mentions if by_id[m.actor].type in ("Organization", "Place")]
        doc = sent.span.doc
        for x, y in zip(before, before[1:]):
            between = [t.lower_ for t in doc[x.end : y.start]]
            if x.actor != y.actor and between and between[0] in self.conjunctions and len(between) <= 4:
                return [x.actor, y.actor]
        return []

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
                    entry_actor(entry, actors, by_id)
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
                actor = entry_actor(entry, actors, by_id)
                span = TextSpan(part, offset, offset + len(part))
                if span not in actor.mentions:
                    actor.mentions.append(span)
                keys.append(entry.key)
            offset += len(part) + 1
        return keys

    def _collective_roles(self, doc: Doc, trig: Trigger, a: int, b: int, actors: list[Actor], by_id: dict[str, Actor]) -> list[str]:
        """International organisations behind a role compound ("EU-Innenminister", "NATO-Außenministern")
        in the noun's genitive attribute ("Treffen der EU-Innenminister", "Gespräche von EU-Spitzenpolitikern")
        or, for a verb, in its clause where no preposition governs it ("Die EU-Außenminister einigten sich")."""
        if trig.is_noun:
            j = trig.token.i + 1
            if j >= b or doc[j].lower_ not in self.genitive | self.attribute_prepositions:
                return []
            candidates = []
            j += 1
            while j < b and (doc[j].tag_ in NP_TAGS or doc[j].tag_ == "ADJD" or is_common_noun(doc[j]) or doc[j].tag_ == "NE"
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
            actor = entry_actor(entry, actors, by_id)
            span = TextSpan(prefix, t.idx, t.idx + len(prefix))
            if span not in actor.mentions:
                actor.mentions.append(span)
            if entry.key not in keys:
                keys.append(entry.key)
        return keys

    def _coalition_parties(self, doc: Doc, trig: Trigger, subject: str | None, actors: list[Actor], by_id: dict[str, Actor]) -> list[str]:
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
            entry_actor(entry, actors, by_id)
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

    def _is_role(self, word: str) -> bool:
        """An office title in any number: "Innenminister", "Regierungschefs", "Außenministerinnen"."""
        roles = self.lang.roles
        return any(word[: len(word) - len(end)] in roles or word[: len(word) - len(end)].lower().endswith(self.role_heads)
                   for end in ROLE_PLURAL_ENDINGS if word.endswith(end))

    def _governed(self, doc: Doc, i: int, floor: int) -> bool:
        """A preposition governs the noun at ``i`` ("mit den EU-Außenministern")."""
        j = back_over(doc, i - 1, floor, NOUN_MODIFIER_TAGS)
        return j >= floor and doc[j].tag_ in ("APPR", "APPRART")


def entry_actor(entry: Entry, actors: list[Actor], by_id: dict[str, Actor]) -> Actor:
    """The article's actor for a gazetteer entry, added to ``actors`` and ``by_id`` when the article named it
    only inside a word ("EU-Gipfel", "TTIP-Verhandlungen", "Blau-Rot")."""
    actor = by_id.get(entry.key)
    if actor is None:
        actor = Actor(id=entry.key, label=entry.canonical, type=entry.kind, country=entry.country)
        actors.append(actor)
        by_id[entry.key] = actor
    return actor

