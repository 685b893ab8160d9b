"""Sentences cut into clause segments, and the per-document lookups every stage reads.

A sentence is cut into segments at commas, colons, dashes and brackets; a segment after a
comma or bracket that has no finite verb of its own (an apposition, a date, the tail of an
enumeration) stays with the clause before it. A trigger's arguments are the actors of its
segment (``arguments``), so where a segment ends decides who takes part.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import ActorMention
from kg.extract.events.grammar import CLAUSE_OPENER_TAGS, DASHES, FINITE_TAGS, INFINITIVE_TAGS, NP_TAGS, Grammar, is_common_noun

SEGMENT_BREAKS = {",", ";", ":", "-", "–", "—", "(", ")"}  # "-": a dash typed as a hyphen ("Wien (APA) - …")
CONTINUABLE = {",", "(", ")"}  # breaks after which a verbless segment continues the clause
# how often a frame's context_blockers must occur in a document to rule the frame out there
CONTEXT_BLOCK_COUNT = 2


@dataclass
class Sentence:
    span: Span
    index: int  # position in the article's list of sentences (blank ones are left out of it)
    segments: list[tuple[int, int]]  # token index ranges
    mentions: list[ActorMention]
    paragraph: int
    dates: list = field(default_factory=list)
    # starts of the mentions that made an actor a source ("teilte das Unternehmen mit"): that actor
    # may still be a party where the clause names it again ("Siemens hat sich geeinigt, teilte der Konzern mit")
    source_starts: set[int] = field(default_factory=set)

    def segment_of(self, i: int) -> int:
        for n, (a, b) in enumerate(self.segments):
            if a <= i < b:
                return n
        return len(self.segments) - 1


@dataclass
class DocInfo:
    """Per-document lookups, built once (nothing here grows with sentences x mentions)."""

    starts: dict[int, ActorMention]
    title_tokens: frozenset[int]
    modifiers: frozenset[int]  # starts of mentions inside a title ("Tschechiens Außenminister")
    lowers: list[str]
    blocked: frozenset[str] = frozenset()  # event types the document's context rules out
    media: frozenset[str] = frozenset()  # actors that are news media (interviewers in events.yml)
    transfers: bool = False  # the article speaks of a transfer fee or a club (grammar.yml transfers contexts)
    named: frozenset[str] = frozenset()  # event types the article names with a noun or verb of their own (context_nouns)


class Segmenter(Grammar):
    """Cuts sentences into clause segments; builds the per-document lookups."""

    def _doc_info(self, doc: Doc, mentions: list[ActorMention]) -> DocInfo:
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
        modifiers = modifiers | self._title_states(doc, titles, mentions)
        # a party right before a person is the person's affiliation: "der ÖVP Karoline Edtstadler"
        persons = {m.start for m in mentions if m.via_role is False and self._kinds.get(m.actor) == "Person"}
        modifiers = modifiers | frozenset(m.start for m in mentions if not m.via_role and self._kinds.get(m.actor) == "Organization" and m.end in persons)
        # … and so is a party in brackets after a person: "Kurt Fischer (VP)", "Meinl-Reisinger (NEOS)"; or the Land or
        # town the person comes from: "Günther Platter (Tirol)"
        person_ends = {m.end for m in mentions if self._kinds.get(m.actor) == "Person"}
        modifiers = modifiers | frozenset(m.start for m in mentions if self._kinds.get(m.actor) in ("Organization", "Place", "Country")
                                          and m.start >= 2 and doc[m.start - 1].text == "(" and m.start - 1 in person_ends
                                          and (self._kinds.get(m.actor) == "Organization" or m.end < len(doc) and doc[m.end].text == ")"))
        lowers = [t.lower_ for t in doc]
        counts: Counter[str] = Counter()
        for t in doc:
            counts[t.lower_] += 1
            if t.lemma_ and t.lemma_.lower() != t.lower_:
                counts[t.lemma_.lower()] += 1
        blocked = frozenset(f.type for f in self.frames if f.context_blockers
                            and sum(counts[w] for w in f.context_blockers) >= CONTEXT_BLOCK_COUNT)
        interviewers = {w for f in self.frames for w in f.interviewers}
        # (by name, but only organisations: "Österreich" is a newspaper and a country, "Heute" a paper and a day)
        media = frozenset(m.actor for m in mentions if self._labels.get(m.actor) in interviewers
                          and self._kinds.get(m.actor) == "Organization")
        transfers = any(counts[w] for w in self.transfer_contexts)
        named = frozenset(f.type for f in self.frames if f.context_nouns and (
            any(counts[w.lower()] for w in f.verbs | f.nouns)
            or any(w.endswith(tuple(f.noun_suffixes)) for w in counts if f.noun_suffixes)))
        return DocInfo(starts, title_tokens, modifiers, lowers, blocked, media, transfers, named)

    def _title_states(self, doc: Doc, titles: list[Span], mentions: list[ActorMention]) -> frozenset[int]:
        """Starts of the states that qualify a title (grammar.yml title_of_prepositions): "mit dem Emir von Katar, Scheich
        Tamim, telefoniert". Only for a title that stands for one person (held by a named person, in its base form,
        roles.tsv, or with the holder's name after the state), not "die Regierungschefs von Polen und Tschechien", who
        are the states."""
        held = [(m.start, m.end) for m in mentions if m.via_role and self._kinds.get(m.actor) == "Person"]
        people = {m.start for m in mentions if self._kinds.get(m.actor) == "Person"}
        out: set[int] = set()
        for t in titles:
            if t.end + 1 >= len(doc) or doc[t.end].lower_ not in self.title_of_prepositions:
                continue
            one = any(s <= t.start and t.end <= e for s, e in held) or doc[t.end - 1].text in self.lang.roles
            for m in mentions:
                if m.start == t.end + 1 and self._kinds.get(m.actor) == "Country" and (one or m.end + 1 < len(doc) and doc[m.end].text == ","
                                                                                    and (m.end + 1 in people or m.end + 2 in people)):
                    out.add(m.start)
            # "die Präsidenten von Gewerkschaftsbund und Wirtschaftskammer, Wolfgang Katzian und Harald Mahrer,": the
            # bodies a plural title's holders lead, when the holders follow after a comma
            by_start = {m.start: m for m in mentions}
            first = by_start.get(t.end + 1)
            second = by_start.get(first.end + 1) if first is not None and first.end < len(doc) and doc[first.end].lower_ == "und" else None
            last = second or first
            if first is not None and last.end + 1 < len(doc) and doc[last.end].text == "," \
                    and (last.end + 1 in people or last.end + 2 in people) \
                    and all(self._kinds.get(x.actor) in ("Organization", "Country") for x in (first, last)):
                out.update({first.start, last.start})
        return frozenset(out)

    def _sentences(self, doc: Doc, mentions: list[ActorMention]) -> list[Sentence]:
        out = []
        paragraph = 0
        ordered = sorted(mentions, key=lambda m: m.start)
        k = 0
        for span in doc.sents:
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
            out.append(Sentence(span, len(out), segments, ms, paragraph))
            if "\n" in span.text.rstrip(" ")[-2:] or span[-1].whitespace_.count("\n") or "\n" in doc[span.end - 1].text:
                paragraph += 1
        return out

    def _clauses(self, doc: Doc, raw: list[tuple[int, int, str]], mentions: list[ActorMention]) -> list[tuple[int, int]]:
        """Join a segment to the one before when it continues that clause: it follows a comma or
        bracket and has no finite verb of its own, or it is the tail of an enumeration of actors."""
        ends = {m.end for m in mentions}
        starts = {m.start: m for m in mentions}
        # (a name's tokens are no verbs: "Tamim bin Hamad" with "bin/VAFIN")
        named = {i for m in mentions if m.end - m.start > 1 for i in range(m.start, m.end)}
        inserted = self._dash_insertions(doc, raw, named)
        out: list[tuple[int, int]] = []
        for n, (a, b, brk) in enumerate(raw):
            if out and n in inserted:
                out[-1] = (out[-1][0], b)
                continue
            if out and brk in CONTINUABLE:
                tokens = doc[a:b]
                verbless = not any((t.tag_ in FINITE_TAGS or t.tag_ in INFINITIVE_TAGS) and t.i not in named for t in tokens) \
                    and tokens[0].tag_ not in CLAUSE_OPENER_TAGS \
                    and not (tokens[0].tag_ in ("APPR", "APPRART") and len(tokens) > 1 and tokens[1].tag_ in ("PRELS", "PRELAT")
                             and n + 1 < len(raw) and raw[n + 1][2] == ",") \
                    and tokens[0].lower_ not in self.gapping_openers  # ", dann Faymann auch das Treffen": a clause of its own
                prev_verbless = not any(t.tag_ in FINITE_TAGS for t in doc[out[-1][0] : out[-1][1]])
                # … and after a closing bracket a clause whose subject stood before it goes on: "Die Arbeitgeber des
                # Fachverbands (FMTI) verständigten sich …"
                if verbless or prev_verbless and (brk == ")" or self._enumeration_tail(doc, a, b, out[-1], ends, starts)) \
                        or self._closes_bracket(doc, [t for t in tokens if t.i not in named], out[-1]):
                    # (the rest of a clause that a relative clause interrupted goes on the clause, over the relative clause:
                    # "hatte Vertreter der IEF-Service GmbH, die den Fonds verwaltet, zu einem Krisengespräch geladen")
                    if verbless and len(out) >= 2 and out[-2][1] == out[-1][0] - 1 and doc[out[-1][0] - 1].text == "," \
                            and tokens[0].tag_ in ("APPR", "APPRART", "ADV", "ADJD", "PTKNEG", "VVPP", "VVINF", "PTKVZ") \
                            and self._whole_relative_clause(doc, out[-1][0], out[-1][1], named) \
                            and any(t.tag_ in FINITE_TAGS for t in doc[out[-2][0] : out[-2][1]]):
                        out.pop()
                    out[-1] = (out[-1][0], b)
                    continue
                # a relative clause goes on after an apposition up to its verb at the end: "Vereinbarungen, die
                # X, Chef von Y, mit Z traf" is one clause (the noun's support verb and parties are in it)
                # (also after a preposition that opens it: "eine Vereinbarung, auf die sich die Chefs Österreichs,
                # Sloweniens und Kroatiens geeinigt hatten")
                opener = doc[out[-1][0]]
                if opener.tag_ in ("APPR", "APPRART") and out[-1][0] + 1 < out[-1][1] and doc[out[-1][0] + 1].tag_ in ("PRELS", "PRELAT"):
                    opener = doc[out[-1][0] + 1]
                last = next((t for t in reversed(tokens) if not t.is_space and not t.is_punct), None)
                if prev_verbless and opener.tag_ in ("PRELS", "PRELAT") and tokens[0].tag_ not in CLAUSE_OPENER_TAGS \
                        and last is not None and last.tag_ in FINITE_TAGS:
                    out[-1] = (out[-1][0], b)
                    continue
                # the main clause goes on after an apposition to its front field, when nothing before had a verb: "Ein
                # von X angeregtes Treffen mit Y, dem Präsidenten der Ukraine, lehnte Z ab", "Die Gewerkschaft vida, die
                # größte im Verkehrssektor, einigte sich mit den ÖBB"
                # … and after a relative clause on that front field, when the main clause opens with its finite verb:
                # "Ein Lokalaugenschein in der Kaserne, der für Februar vorgesehen war, musste abgesagt werden", "Eine Fahrt
                # nach Abchasien, um die der Minister ersucht hatte, kam nicht zustande" (the front field's noun is the
                # main clause's subject or object; the relative clause says who wanted it)
                # … or after an infinitive clause on it: "Ein Angebot der Strabag, das Werk zu übernehmen, hatte die Porr
                # abgelehnt" (the offer, its maker and who turned it down are one clause)
                infinitive = self._infinitive_clause(doc, out[-1][0], out[-1][1])
                if brk == "," and len(out) >= 2 and tokens[0].tag_ in FINITE_TAGS \
                        and (self._relative_opener(doc, out[-1][0], out[-1][1]) or infinitive) \
                        and (len(out) == 2 or doc[out[-2][0] - 1].text in DASHES or doc[out[-2][0] - 1].text == ":") \
                        and out[-2][1] == out[-1][0] - 1 and not any(t.tag_ in FINITE_TAGS | INFINITIVE_TAGS for t in doc[out[-2][0] : out[-2][1]]) \
                        and self._verbless_front(doc, out[-1][0] - 1, named) \
                        and (out[-2][1] not in ends or infinitive or self._in_phrase(doc, out[-2], ends)) \
                        and doc[out[-2][0]].tag_ not in ("APPR", "APPRART"):
                    # (not after a bare name, which the relative clause describes: "Dänemark, das den Vorsitz von Polen
                    # übernimmt, lud …"; but "Ein Gespräch mit Kickl, der … verlangt hatte, lehnte Stocker ab"; nor after an
                    # adverbial, whose relative clause is no part of a noun phrase the main clause is about: "Bei Mitgliedern,
                    # die ihren Beitrag erneuern, entfällt …")
                    out.pop()
                    out[-1] = (out[-1][0], b)
                    continue
                if brk == "," and prev_verbless and tokens[0].tag_ in FINITE_TAGS | {"ADV", "APPR", "APPRART", "ADJD"} \
                        and not any(t.tag_ in CLAUSE_OPENER_TAGS for t in tokens[:3]) \
                        and any(t.tag_ in FINITE_TAGS for t in tokens) and self._verbless_front(doc, a, named):
                    out[-1] = (out[-1][0], b)
                    continue
            out.append((a, b))
        return out

    @staticmethod
    def _in_phrase(doc: Doc, front: tuple[int, int], ends: set[int]) -> bool:
        """The name that ends the front field stands in a prepositional phrase ("Bei ihrem Treffen in Brüssel, das …",
        "Ein Gespräch mit FPÖ-Chef Kickl, der …", "Ein Treffen von X und Y, das …"), so a relative clause after it may be on
        the noun before, the event."""
        k = front[1] - 1
        while k > front[0] and doc[k - 1].tag_ not in ("APPR", "APPRART") and (doc[k - 1].tag_ in ("NE", "NN", "ART", "ADJA", "PPOSAT", "CARD", "KON")
                                                                           or doc[k - 1].i + 1 in ends):
            k -= 1
        return k > front[0] and doc[k - 1].tag_ in ("APPR", "APPRART")

    def _whole_relative_clause(self, doc: Doc, i: int, end: int, named: set[int]) -> bool:
        """A whole relative clause runs from ``i`` to ``end``: a relative pronoun, then a verb last (the tagger may read
        a finite "verwaltet" as a participle; a name's last word is no verb)."""
        last = next((x for x in reversed(doc[i:end]) if not x.is_punct and not x.is_space), None)
        return last is not None and (last.tag_ in FINITE_TAGS or last.tag_ == "VVPP") and last.i > i and last.i not in named \
            and self._relative_pronoun(doc[i])

    def _relative_opener(self, doc: Doc, i: int, end: int) -> bool:
        """A relative clause (or a "wie" clause) runs from ``i`` to ``end``: "der …", "um die …", "mit dem …", "wie es
        …", with its finite verb last (the tagger may read "um die" as "um" of an infinitive and an article)."""
        t = doc[i]
        last = next((x for x in reversed(doc[i:end]) if not x.is_punct and not x.is_space), None)
        if last is None or last.tag_ not in FINITE_TAGS:
            return False
        return t.tag_ in ("PRELS", "PRELAT") or t.lower_ in self.manner_clause_openers \
            or t.tag_ == "ART" and t.lower_ in self.relative_pronouns \
            or t.tag_ in ("APPR", "APPRART", "KOUI") and i + 1 < end and doc[i + 1].tag_ in ("PRELS", "PRELAT", "ART")

    def _infinitive_clause(self, doc: Doc, i: int, end: int) -> bool:
        """Tokens ``i`` to ``end`` are a whole "zu" infinitive clause that reports no event of its own: no finite verb,
        a "zu" infinitive last ("das Werk zu übernehmen"; not "sich mit X zu treffen", whose parties are its own)."""
        words = [x for x in doc[i:end] if not x.is_punct and not x.is_space]
        return len(words) >= 2 and not any(x.tag_ in FINITE_TAGS or x.tag_ in CLAUSE_OPENER_TAGS for x in words) \
            and (words[-1].tag_ == "VVIZU" or words[-1].tag_ in ("VVINF", "VAINF") and words[-2].tag_ == "PTKZU") \
            and not any(self._lemma(x) in f.verbs or self._noun_frame(x) is not None for x in words for f in self.frames)

    @staticmethod
    def _dash_insertions(doc: Doc, raw: list[tuple[int, int, str]], named: set[int]) -> set[int]:
        """Raw segments that belong to the clause around a verbless insertion between two dashes: "Am Montag treffen sich
        die Regierungschefs der Benelux-Staaten – Belgien, Niederlande und Luxemburg – in Paris" is one clause (its
        pieces and the rest after the closing dash join the clause before the opening one)."""
        out: set[int] = set()
        n = 1
        while n < len(raw):
            if raw[n][2] not in DASHES:
                n += 1
                continue
            close = next((k for k in range(n + 1, len(raw)) if raw[k][2] in DASHES), None)
            inside = [t for k in range(n, close) for t in doc[raw[k][0] : raw[k][1]]] if close is not None else []
            # (a verb makes the insertion a clause of its own; "die" before a name may be read as a relative pronoun)
            if close is None or not inside or any((t.tag_ in FINITE_TAGS or t.tag_ in INFINITIVE_TAGS) and t.i not in named for t in inside):
                n += 1
                continue
            out.update(range(n, close + 1))
            n = close + 1
        return out

    @staticmethod
    def _verbless_front(doc: Doc, a: int, named: set[int]) -> bool:
        """No finite verb stands between the start of the sentence (or its last dash or colon: "Wien (APA) - ") and
        ``a``, and a noun does: the words before are the clause's front field."""
        start = doc[a].sent.start
        k = a - 1
        while k > start and doc[k].text not in DASHES and doc[k].text != ":":
            k -= 1
        front = [t for t in doc[k:a] if not t.is_punct]
        # (not a clause of its own before: "Um die Bevölkerung einzubinden, lud die Gemeinde …")
        return any(is_common_noun(t) or t.tag_ == "NE" for t in front) \
            and not any((t.tag_ in FINITE_TAGS or t.tag_ in INFINITIVE_TAGS or t.tag_ in CLAUSE_OPENER_TAGS or t.tag_ == "PTKZU")
                        and t.i not in named for t in front)

    @staticmethod
    def _closes_bracket(doc: Doc, tokens: list[Token], prev: tuple[int, int]) -> bool:
        """An apposition that ends with the participle of the clause before, whose auxiliary still waits for it:
        "Merz hat mit dem Emir von Katar, Scheich Tamim, telefoniert" (the tagger may read the participle as finite)."""
        words = [t for t in tokens if not t.is_punct and not t.is_space]
        verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
        if not words or len(verbs) != 1 or verbs[0].i != words[-1].i or words[0].tag_ in CLAUSE_OPENER_TAGS \
                or any(t.tag_ in INFINITIVE_TAGS for t in words):  # (", das Abkommen zu kippen" is a clause of its own)
            return False
        before = doc[prev[0] : prev[1]]
        auxiliaries = [t for t in before if t.tag_ in ("VAFIN", "VMFIN")]
        # (an auxiliary that ends a verb-final clause waits for nothing: "…, den X und Y geschlossen hatten, kündigte …")
        last = next((t for t in reversed(before) if not t.is_punct and not t.is_space), None)
        return bool(auxiliaries) and last is not None and auxiliaries[-1].i != last.i \
            and not any(t.pos_ in ("VERB", "AUX") for t in before if t.i > auxiliaries[-1].i)

    def _enumeration_tail(self, doc: Doc, a: int, b: int, prev: tuple[int, int], ends: set[int], starts: dict[int, ActorMention]) -> bool:
        """ "Trump, Putin und Selenskyj": the segment after the comma goes on listing actors, or nouns for actors
        ("wo sich die Ärztekammer, die Krankenkasse und die Stadt geeinigt haben")."""
        if prev[1] not in ends:
            return False
        # (over a title and the state that qualifies it: ", die kroatische Präsidentin X und …", ", Kroatiens Präsidentin X")
        titles = self._title_tokens(doc)
        i = a
        while i < b and (doc[i].tag_ in NP_TAGS or i in titles or i in starts and starts[i].end in titles):
            i = starts[i].end if i in starts and i not in titles else i + 1
        m = starts.get(i)
        end = m.end if m is not None else i + 1 if i < b and doc[i].tag_ == "NN" else None
        if end is None or end >= b:
            return False
        after = doc[end]
        return after.lower_ in self.conjunctions and end + 1 < b
