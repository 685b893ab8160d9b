"""The date of an event: the time expression of its sentence nearest to the trigger.

``kg.extract.timex`` resolves the expressions; here one is chosen for a trigger (explicit
dates before others, none inside an attribute naming a phase of the event: "die 2014
eingeleiteten Verhandlungen"). A sentence naming a day or month of its own that did not
resolve does not take the date of its paragraph.
"""

from __future__ import annotations

from datetime import date, timedelta

from kg.extract.events.grammar import ADJECTIVE_ENDINGS, FINITE_TAGS, INFINITIVE_TAGS, Grammar
from kg.extract.events.segments import Sentence
from kg.extract.events.triggers import Trigger, ends_with


DASHES = ("-", "–", "—")


class DateRules(Grammar):
    """Chooses the date of a trigger's event."""

    def _date(self, sent: Sentence, trig: Trigger, published: date | None, *, forward: bool, reported: bool = False) -> str | None:
        base = sent.span.start_char
        dates = self.time.dates(sent.span.text, published, forward=forward, reported=reported)
        if trig.frame.content_prepositions and not trig.is_noun:
            # "lud X für November zu einem Besuch ein": the month set is the visit's, not the invitation's
            dates = [d for d in dates if not self.time.scheduled(sent.span.text, d)]
        # a plan's announcement day is not the plan's (a report of what was done may carry its day: "bestätigte am Dienstag,
        # dass X telefoniert habe")
        content = self._content_chars(sent, trig) + (self._announcement_chars(sent, trig) if forward else [])
        dates = [d for d in dates if not any(x <= d.start + base and d.end + base <= y for x, y in content)]
        if not dates:
            return None
        floor = self._phase_attribute(trig, base)
        if floor is not None:  # "die 2014 eingeleiteten Verhandlungen": the year dates their start
            dates = [d for d in dates if not (floor[0] <= d.start and d.end <= floor[1])]
            if not dates:
                return None
        strong = [d for d in dates if not d.weak]
        # a date of the trigger's own clause before those of other clauses: "lud X am Freitag ein, das Projekt am 26. Mai
        # vorzustellen" (the invitation is Friday's; 26 May is what it invites to)
        a, b = sent.segments[trig.segment]
        lo, hi = trig.token.doc[a].idx - base, trig.token.doc[b - 1].idx + len(trig.token.doc[b - 1]) - base
        # a date in another event noun's phrase is that event's: "Vorbereitet worden war die Begegnung bei einem Telefonat
        # Rubios mit Lawrow am Samstag" (the meeting was not on Saturday)
        others = self._other_event_phrases(trig, a, b, base)
        if others and strong:
            kept = [d for d in strong if not any(x <= d.start and d.end <= y for x, y in others)]
            if not kept:
                return None
            strong = kept
        own = [d for d in strong if lo <= d.start and d.end <= hi]
        if not own and strong:
            # a dash joins two reports in one line, each with its own time: "Xi und Trump telefonieren – Trump will im
            # April nach Peking reisen" (the call is not April's); a dateline's date before a dash stays ("Berlin, 3. März
            # 2025 (kg) - Reiche hat … telefoniert")
            dashes = [t.idx - base for t in trig.token.sent if t.is_punct and t.text in DASHES]
            strong = [d for d in strong if not any(hi < x < d.start for x in dashes)]
            if not strong:
                return None
        strong = own or strong
        lo_clause, hi_clause = lo, hi
        relative = self._relative_phrase(trig, a, base)
        if relative is not None:
            # "nach dem Treffen am Montag": the phrase's own date; "Zwei Tage vor dem Gipfel … am Mittwoch": the clause's
            # shifted; "Vor dem Gipfel telefonierten sie am Mittwoch": none (the summit is another day)
            lo, hi, days = relative
            inside = [d for d in strong if lo <= d.start and d.end <= hi]
            if inside:
                strong = inside
            elif days is None:
                return None
            else:
                doc = trig.token.doc
                if forward and not self._present_clause(doc, a, b):
                    # the clause reports what was done ("haben am Mittwoch beraten"): its day lies behind
                    strong = [d for d in self.time.dates(sent.span.text, published, forward=False, reported=reported)
                              if not d.weak and lo_clause <= d.start and d.end <= hi_clause]
                clause = [d for d in strong if len(d.value) == 10]
                if not clause:
                    return None
                pos = trig.token.idx - base
                day = date.fromisoformat(min(clause, key=lambda d: abs(d.start - pos)).value)
                return (day + timedelta(days=days)).isoformat()
        explicit = [d for d in strong if any(ch.isdigit() for ch in sent.span.text[d.start : d.end])]
        pool = explicit or strong or dates
        pos = trig.token.idx - base
        return min(pool, key=lambda d: abs(d.start - pos)).value

    def _other_event_phrases(self, trig: Trigger, a: int, b: int, base: int) -> list[tuple[int, int]]:
        """The characters (from ``base``) of the phrases of the clause's other event nouns, from the noun to the next
        verb or punctuation ("Telefonat Rubios mit Lawrow am Samstag")."""
        doc, out = trig.token.doc, []
        for t in doc[a:b]:
            if t.i == trig.token.i or not t.text[:1].isupper() or t.pos_ not in ("NOUN", "PROPN", ""):
                continue
            match = self._noun_frame(t)
            lowers = [w.lower_ for w in doc[a : t.i + 1]]
            if match is None or any(ends_with(lowers, len(lowers) - 1, p) for p in match[0].not_phrases):
                continue  # (not an idiom: "zum Abschluss am Freitag" is no agreement)
            end = t.i + 1
            while end < b and not doc[end].is_punct and doc[end].tag_ not in FINITE_TAGS and doc[end].pos_ not in ("VERB", "AUX"):
                end += 1
            if trig.token.i <= t.i or trig.token.i >= end:
                out.append((t.idx - base, doc[end - 1].idx + len(doc[end - 1]) - base))
        return out

    def _relative_phrase(self, trig: Trigger, a: int, base: int) -> tuple[int, int, int | None] | None:
        """For an event noun after "vor"/"nach" (grammar.yml anticipation/retrospective_prepositions): the characters
        (from ``base``) of its phrase, up to the clause's next verb or punctuation, and the days from the clause's date
        to the event's when a distance stands before the preposition ("zwei Tage vor": +2; "eine Woche nach": -7)."""
        if not trig.is_noun:
            return None
        doc = trig.token.doc
        prep = self._preposition(doc, trig.token.i, a)
        if prep not in self.anticipation and prep not in self.retrospective or prep == "seit":
            return None
        j = trig.token.i - 1
        while j >= a and doc[j].lower_ != prep:
            j -= 1
        end = trig.token.i + 1
        while end < len(doc) and not doc[end].is_punct and doc[end].tag_ not in FINITE_TAGS and doc[end].sent == trig.token.sent:
            end += 1
        days = None
        if j - 2 >= a and doc[j - 1].lower_ in self.distance_days:
            count = doc[j - 2].lower_
            n = int(count) if count.isdigit() else self.number_words.get(count)
            if n is not None and n == int(n):
                days = int(n) * self.distance_days[doc[j - 1].lower_] * (1 if prep in self.anticipation else -1)
        return doc[j].idx - base, doc[end - 1].idx + len(doc[end - 1]) - base, days

    def _phase_attribute(self, trig: Trigger, base: int) -> tuple[int, int] | None:
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

    def _content_preposition(self, sent: Sentence, trig: Trigger) -> int | None:
        """The preposition that opens what an invitation verb invites to, after the clause's finite verb ("Zum Abschied
        lud X Y zu einem Gegenbesuch ein": "zu", not "Zum"; not a relative clause's "zu dem", nor a moment, grammar.yml
        moment_phrases)."""
        doc = trig.token.doc
        a, b = sent.segments[trig.segment]
        finite = next((k for k in range(a, b) if doc[k].tag_ in FINITE_TAGS), None)
        if finite is None:
            return None
        return next((k for k in range(finite + 1, b) if doc[k].lower_ in trig.frame.content_prepositions
                     and not (k + 1 < b and doc[k + 1].tag_ in ("PRELS", "PRELAT", "PWAV", "PWS"))
                     and tuple(t.lower_ for t in doc[k : k + 2]) not in self.moment_phrases), None)

    def _own_time(self, sent: Sentence, trig: Trigger | None = None) -> bool:
        """The sentence names a day, month or period of its own ("am Montagabend", "im Februar", "vergangene Woche"): asked only for an event
        still without a date, so that name did not resolve (no publication date or year), and the event does not
        take the date of the paragraph's earlier sentences. A time in what the event is about is not its own ("lud X
        zum Festival im Juni ein")."""
        content = self._content_chars(sent, trig) if trig is not None else []
        tokens = [t for t in sent.span if not any(x <= t.idx < y for x, y in content)]
        if any(t.lower_ in self.months or t.lower_ in self.weekday_forms for t in tokens):
            return True
        return self.time.names_period(" ".join(t.text for t in tokens))

    def _announcement_chars(self, sent: Sentence, trig: Trigger) -> list[tuple[int, int]]:
        """The characters of the clause that announces or reports the trigger's clause, when that is an infinitive, a
        "dass"/"ob" clause or reported speech: its time is the announcement's ("kündigte am Dienstag an, mit X zu verhandeln", "teilte am
        Montag mit, dass sie X treffen werde", "vereinbarten am Montag, weiter zu verhandeln"; time.yml announcing_lemmas)."""
        k = trig.segment
        if k == 0:
            return []
        doc = trig.token.doc
        a, b = sent.segments[k]
        # (also reported speech without "dass": "sagte am Montag, Gespräche mit X seien geplant")
        if not (any(t.tag_ in INFINITIVE_TAGS for t in doc[a:b]) or doc[a].lower_ in self.subordinators
                or any(t.lower_ in self.subjunctive_forms for t in doc[a:b])):
            return []
        pa, pb = sent.segments[k - 1]
        if not any(t.pos_ in ("VERB", "AUX") and any(f in self.announcing for f in self._verb_lemmas(doc, t, pb)) for t in doc[pa:pb]):
            return []
        return [(doc[pa].idx, doc[pb - 1].idx + len(doc[pb - 1]))]

    def _content_chars(self, sent: Sentence, trig: Trigger) -> list[tuple[int, int]]:
        """The characters of what a verb's event is about, whose times are not the event's: what an invitation is to
        ("lud X zu einem Gegenbesuch im kommenden Jahr ein") and the time set for it ("für Oktober"), and an infinitive
        clause after the verb's own ("Die beiden verabredeten, ihre Gespräche im September fortzusetzen")."""
        if trig.is_noun:
            return []
        doc, out = trig.token.doc, []
        if trig.frame.content_prepositions:
            k = self._content_preposition(sent, trig)
            if k is not None:
                out.append((doc[k].idx, sent.span.end_char))
            # … and the day or month set for it: "lud X für Oktober nach Oslo ein"
            base = sent.span.start_char
            out.extend((base + d.start, base + d.end) for d in sent.dates if self.time.scheduled(sent.span.text, d))
        for a, b in sent.segments[trig.segment + 1 :]:
            if any(t.tag_ in ("VVIZU", "PTKZU") for t in doc[a:b]):
                out.append((doc[a].idx, doc[b - 1].idx + len(doc[b - 1])))
        return out
