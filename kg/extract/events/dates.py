"""The date of an event: the time expression of its sentence nearest to the trigger.

``kg.extract.timex`` resolves the expressions; here one is chosen for a trigger (explicit
dates before others, none inside an attribute naming a phase of the event: "die 2014
eingeleiteten Verhandlungen"). A sentence naming a day or month of its own that did not
resolve does not take the date of its paragraph.
"""

from __future__ import annotations

from datetime import date

from kg.extract.events.grammar import ADJECTIVE_ENDINGS, FINITE_TAGS, Grammar
from kg.extract.events.segments import Sentence
from kg.extract.events.triggers import Trigger


class DateRules(Grammar):
    """Chooses the date of a trigger's event."""

    def _date(self, sent: Sentence, trig: Trigger, published: date | None, *, forward: bool, reported: bool = False) -> str | None:
        base = sent.span.start_char
        dates = self.time.dates(sent.span.text, published, forward=forward, reported=reported)
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
        own = [d for d in strong if lo <= d.start and d.end <= hi]
        strong = own or strong
        explicit = [d for d in strong if any(ch.isdigit() for ch in sent.span.text[d.start : d.end])]
        pool = explicit or strong or dates
        pos = trig.token.idx - base
        return min(pool, key=lambda d: abs(d.start - pos)).value

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

    def _own_time(self, sent: Sentence) -> bool:
        """The sentence names a day, month or period of its own ("am Montagabend", "im Februar", "vergangene Woche"): asked only for an event
        still without a date, so that name did not resolve (no publication date or year), and the event does not
        take the date of the paragraph's earlier sentences."""
        for token in sent.span:
            low = token.lower_
            if low in self.months or low in self.weekday_forms:
                return True
        return self.time.names_period(sent.span.text)
