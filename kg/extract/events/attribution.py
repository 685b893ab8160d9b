"""Who a sentence's report comes from: its sources, its speaker, and Statement events.

Actors in an attribution ("nach Angaben des Kreml", "laut TASS", "berichtete TASS") are the
sources the report is attributed to, never participants (``arguments`` leaves them out).
The speaker of a sentence is who "er"/"sie" may refer to and, when events.yml has a
Statement frame, the speaker of a Statement event.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.events.grammar import FINITE_TAGS, INFINITIVE_TAGS, Grammar, clean_span
from kg.extract.events.segments import DocInfo, Sentence
from kg.extract.model import Actor, Event, Participant

# what may stand between "laut"/"nach Angaben" and the source's name: its own noun phrase
SOURCE_PHRASE_TAGS = frozenset({"ART", "ADJA", "NN", "CARD", "PPOSAT", "PIAT", "TRUNC"})


class Attribution(Grammar):
    """Sources, speaker and statement of a sentence."""

    def _sources(self, doc: Doc, sent: Sentence, info: DocInfo) -> set[str]:
        """Actors the sentence attributes its report to ("nach Angaben des Kreml")."""
        sources: set[str] = set()
        lowers = info.lowers
        starts = {m.start for m in sent.mentions}
        for m in sent.mentions:
            for phrase in self.source_before:
                n = len(phrase)
                for back in range(1, 6):
                    s = m.start - back - n + 1
                    # only the name's own noun phrase between ("laut der russischen Agentur TASS"), no verb and no
                    # other name: in "Laut Kreml hat Putin telefoniert" the source is the Kremlin, not Putin
                    between = range(s + n, m.start)
                    if s >= sent.span.start and tuple(lowers[s : s + n]) == phrase \
                            and all((doc[k].tag_ in SOURCE_PHRASE_TAGS or doc[k].is_quote) and k not in starts for k in between):
                        sources.add(m.actor)
                        sent.source_starts.add(m.start)
            if m.end < sent.span.end and lowers[m.end] in self.source_after:
                sources.add(m.actor)
                sent.source_starts.add(m.start)
        return sources

    def _is_reporting(self, doc: Doc, token: Token, end: int) -> bool:
        return token.pos_ in ("VERB", "AUX", "") and any(f in self.reporting for f in self._verb_lemmas(doc, token, end))

    def _reporting_subjects(self, doc: Doc, sent: Sentence, by_id: dict[str, Actor]) -> set[str]:
        """Organisations and spokespeople that report ("Der Kreml bestätigte das Telefonat",
        "Das teilten das Weiße Haus und der Kreml mit")."""
        found: set[str] = set()
        for k, (a, b) in enumerate(sent.segments):
            verb = next((t for t in doc[a:b] if self._is_reporting(doc, t, b)), None)
            if verb is None or self._own_plan(doc, sent, k):
                continue
            near = [m for m in sent.mentions if a <= m.start < b and not self._is_oblique(doc, m, a)]
            if not near:
                continue
            subject = min(near, key=lambda m: abs(m.start - verb.i))
            actor = by_id[subject.actor]
            if actor.type == "Organization":
                orgs = [m for m in near if by_id[m.actor].type == "Organization"]
                found.update(m.actor for m in orgs)
                sent.source_starts.update(m.start for m in orgs)
            elif any("sprecher" in r.role.lower() for r in actor.roles):
                found.add(subject.actor)
                sent.source_starts.add(subject.start)
        return found

    @staticmethod
    def _own_plan(doc: Doc, sent: Sentence, k: int) -> bool:
        """The clause after segment k is an infinitive clause with no finite verb: what the reporting
        verb announces is its subject's own act ("Die OMV kündigte an, mit der Verbund AG zu verhandeln"),
        so the subject takes part in it rather than reporting it."""
        if k + 1 >= len(sent.segments):
            return False
        a, b = sent.segments[k + 1]
        tags = [t.tag_ for t in doc[a:b]]
        return any(t in INFINITIVE_TAGS for t in tags) and not any(t in FINITE_TAGS for t in tags)

    def _speaker(self, doc: Doc, sent: Sentence, sources: set[str], by_id: dict[str, Actor]) -> str | None:
        """The actor who says or reports something in this sentence, if any."""
        headline = self._headline_speaker(doc, sent)
        if headline is not None:
            return headline
        for a, b in sent.segments:
            verb = next((t for t in doc[a:b] if self._is_reporting(doc, t, b)), None)
            if verb is None:
                continue
            # (not the partner of a fronted "mit": "Mit Staatschef X sprach er über …")
            in_seg = [m for m in sent.mentions if a <= m.start < b and by_id[m.actor].type in ("Person", "Organization")
                      and self._preposition(doc, self._title_start(doc, m), a) not in self.comitative]
            if in_seg:
                return in_seg[0].actor
        return None

    def _title_start(self, doc: Doc, m) -> int:
        """Where the mention's name starts with the title attached to it ("Staatschef Raúl Castro")."""
        title = self._titles_by_end(doc).get(m.start)
        return title.start if title is not None else m.start

    def _headline_speaker(self, doc: Doc, sent: Sentence) -> str | None:
        """The speaker of a headline "Trump: Mit Putin … vereinbart"."""
        a, b = sent.segments[0]
        first = [m for m in sent.mentions if a <= m.start < b]
        if len(first) == 1 and first[0].start == a and first[0].end == b and b < sent.span.end and doc[b].text == ":":
            return first[0].actor
        return None

    def _sentence_subject(self, doc: Doc, sent: Sentence, by_id: dict[str, Actor], sources: set[str],
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

    def _statement(self, doc: Doc, sent: Sentence, speaker: str, sources: set[str], doc_id: str) -> Event:
        span = clean_span(sent.span)
        quote = first_quote(sent.span)
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


def first_quote(span: Span) -> str | None:
    text = span.text
    for opener, closer in (("„", "“"), ("»", "«"), ("\"", "\"")):
        i = text.find(opener)
        j = text.find(closer, i + 1)
        if i >= 0 and j > i:
            return text[i + 1 : j].strip()
    return None
