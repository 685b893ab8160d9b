"""Dates and durations from German text, resolved against the publication date.

Rules (words from ``kg/lang/<code>/time.yml``):
- "am 15. August 2025", "15.8.2025" -> that day; without a year the publication year, moved to
  the next year when a planned event would otherwise lie in the past.
- "am Mittwoch", "Mittwochabend" -> the latest such weekday on or before publication for
  reported events, the next one for planned events (the publication day itself when it is that
  weekday); "vergangenen"/"kommenden" force the direction. Without a publication date weekdays stay unresolved (ANNOTATION.md).
- "heute", "gestern", "morgen" relative to publication; "im März 2025" -> "2025-03".
- "im Juni", "Anfang März" -> that month of the publication year; for a reported event of the year
  before when the month lies after publication, for a planned one of the year after when it lies
  before. "im Sommer" -> its year, by the same rule.
- a week, month or year relative to publication: "vergangene Woche" -> its month ("2025-02", or
  the year when the week spans two months), "im kommenden Monat" -> "2025-03", "heuer" -> "2025";
  "am Dienstag vergangener Woche" -> that day; "im Mai vergangenen Jahres" -> "2024-05".
- a bare year ("war 2006 in Prag") -> "2006", marked weak: it dates an event only when the
  sentence has no other date, and never after words like "bis" or before a noun ("2000 Soldaten").
- durations: "eineinhalb Stunden" -> PT1H30M, "90 Minuten" -> PT1H30M.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any


@dataclass(frozen=True)
class DateMention:
    value: str  # ISO date, YYYY-MM or YYYY
    start: int  # character offsets in the text searched
    end: int
    weak: bool = False  # a bare year: used only when nothing better is there


class TimeResolver:
    """Find date and duration expressions in a sentence (see module docstring)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.weekdays: dict[str, int] = data["weekdays"]
        self.months: dict[str, int] = data["months"]
        self.relative_days: dict[str, int] = data["relative_days"]
        self.forward = set(data["forward"])
        self.backward = set(data["backward"])
        self.numbers: dict[str, float] = {k: float(v) for k, v in data["numbers"].items()}
        self.units: dict[str, str] = data["units"]
        self.period_units: dict[str, str] = data.get("period_units", {})
        self.period_offsets: dict[str, int] = data.get("period_offsets", {})
        self.period_words: dict[str, tuple[str, int]] = {k: (v[0], int(v[1])) for k, v in data.get("period_words", {}).items()}
        suffixes = "|".join(map(re.escape, data["weekday_suffixes"]))
        weekdays = "|".join(map(re.escape, sorted(self.weekdays, key=len, reverse=True)))
        months = "|".join(map(re.escape, sorted(self.months, key=len, reverse=True)))
        direction = "|".join(map(re.escape, sorted(self.forward | self.backward, key=len, reverse=True)))
        self._weekday = re.compile(
            rf"\b(?:(?P<dir>{direction})\s+)?(?P<wd>{weekdays})(?:{suffixes})?\b", re.IGNORECASE
        )
        self._day_month = re.compile(
            rf"\b(?P<d>[0-3]?\d)\.\s*(?:(?P<mname>{months})|(?P<mnum>[01]?\d)\.)(?:\s*(?P<y>(?:19|20)\d\d))?(?![\d.]*\d)",
            re.IGNORECASE,
        )
        openers = "|".join(map(re.escape, sorted(data.get("month_openers", []), key=len, reverse=True))) or "(?!)"
        self._month_year = re.compile(rf"\b(?:(?:{openers})\s+)?(?P<mname>{months})\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)
        self.seasons: dict[str, int] = data.get("seasons") or {}
        seasons = "|".join(map(re.escape, sorted(self.seasons, key=len, reverse=True))) or "(?!)"
        # "im Juni", "Anfang März", "im Sommer": no year after them (those are _month_year's)
        self._month_of_year = re.compile(
            rf"\b(?:{openers})\s+(?:(?P<mname>{months})|(?P<season>{seasons}))\b(?!\s+(?:19|20)\d\d)", re.IGNORECASE)
        offsets = "|".join(map(re.escape, sorted(self.period_offsets, key=len, reverse=True))) or "(?!)"
        # "im vergangenen Herbst", "kommenden Sommer": the latest season over, the next to begin
        self._relative_season = re.compile(rf"\b(?:(?:{openers})\s+)?(?P<pdir>{offsets})\s+(?P<season>{seasons})\b", re.IGNORECASE)
        units = "|".join(map(re.escape, sorted(self.period_units, key=len, reverse=True))) or "(?!)"
        words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(self.period_words, key=len, reverse=True)) or "(?!)"
        # "vergangene Woche", "im kommenden Jahr", "heuer"
        self._period = re.compile(rf"\b(?:(?P<pdir>{offsets})\s+(?P<unit>{units})|(?P<pword>{words}))\b", re.IGNORECASE)
        # "am Dienstag vergangener Woche", "Montag der kommenden Woche"
        self._weekday_of_week = re.compile(rf"\s+(?:der\s+)?(?P<pdir>{offsets})\s+Woche\b", re.IGNORECASE)
        # "im Mai vergangenen Jahres", "am 3. März kommenden Jahres"
        self._of_year = re.compile(rf"\s+(?:des\s+)?(?P<pdir>{offsets})\s+Jahres\b", re.IGNORECASE)
        self._month_alone = re.compile(rf"\b(?P<mname>{months})(?=\s+(?:des\s+)?(?:{offsets})\s+Jahres\b)", re.IGNORECASE)
        self._relative = re.compile(
            r"\b(?P<w>" + "|".join(map(re.escape, sorted(self.relative_days, key=len, reverse=True))) + r")\b", re.IGNORECASE
        )
        not_before = "|".join(map(re.escape, sorted(data.get("not_before_year", []), key=len, reverse=True)))
        self._year = re.compile(r"(?<![\d.,/-])\b(?P<y>(?:19|20)\d\d)\b(?![.,/-]?\d)")
        periods = "|".join(map(re.escape, data.get("not_before_year_periods", []))) or "(?!)"
        self._year_guard = re.compile(rf"\b(?:(?:{not_before})|bis\s+(?:{periods}))\s+$", re.IGNORECASE) if not_before else None
        schedule = "|".join(r"\s+".join(map(re.escape, p.split()))
                            for p in sorted(data.get("schedule_prepositions", []), key=len, reverse=True)) or "(?!)"
        ahead = "|".join(map(re.escape, sorted(self.forward, key=len, reverse=True))) or "(?!)"
        # "für Donnerstag", "für den kommenden Montag"
        self._scheduled_for = re.compile(rf"\b(?:{schedule})\s+(?:(?:{ahead})\s+)?$", re.IGNORECASE)
        self._opens_with_schedule = re.compile(rf"(?:{schedule})\s", re.IGNORECASE)
        self._limit_word = re.compile(rf"\b(?:{not_before})\b", re.IGNORECASE) if not_before else None
        numbers = "|".join(map(re.escape, sorted(self.numbers, key=len, reverse=True)))
        units = "|".join(map(re.escape, sorted(self.units, key=len, reverse=True)))
        self._duration = re.compile(rf"\b(?P<n>\d+(?:[.,]\d+)?|{numbers})\s+(?:(?P<half>halbe)\s+)?(?P<u>{units})\b", re.IGNORECASE)

    def scheduled(self, text: str, mention: DateMention) -> bool:
        """The mention is the day or month set for something: "für November", "für den kommenden Montag"."""
        return bool(self._scheduled_for.search(text[max(0, mention.start - 25) : mention.start])
                    or self._opens_with_schedule.match(text, mention.start))

    def dates(self, text: str, published: date | None, *, forward: bool = False, reported: bool = False) -> list[DateMention]:
        """All resolvable date mentions in ``text``, in order of appearance. ``forward``: the event lies ahead (planned,
        hypothetical); ``reported``: it is reported as done, so even a day set for it ("für Montag") lies behind."""
        found: list[DateMention] = []
        taken: list[tuple[int, int]] = []

        def free(s: int, e: int) -> bool:
            return all(e <= a or s >= b for a, b in taken)

        for m in self._day_month.finditer(text):
            if self._limit(text, m.start()):
                taken.append((m.start(), m.end()))
                continue  # "bis 30. Juni 2016": a deadline, not the event's date
            month = self.months[m.group("mname").lower()] if m.group("mname") else int(m.group("mnum"))
            year = int(m.group("y")) if m.group("y") else None
            if year is None and published is None:
                continue
            end = m.end()
            of_year = self._of_year.match(text, end) if year is None else None
            if of_year:  # "am 3. März vergangenen Jahres"
                year = published.year + self.period_offsets[of_year.group("pdir").lower()]  # type: ignore[union-attr]
                end = of_year.end()
            day = int(m.group("d"))
            resolved_year = year or published.year  # type: ignore[union-attr]
            try:
                value = date(resolved_year, month, day)
            except ValueError:
                continue
            if year is None and published is not None and forward and value < published - timedelta(days=31):
                value = value.replace(year=resolved_year + 1)
            found.append(DateMention(value.isoformat(), m.start(), end))
            taken.append((m.start(), end))
        for m in self._month_year.finditer(text):
            if free(m.start(), m.end()) and self._limit(text, m.start()):
                taken.append((m.start(), m.end()))  # "bis Jänner 2016"
            elif free(m.start(), m.end()):
                found.append(DateMention(f"{int(m.group('y')):04d}-{self.months[m.group('mname').lower()]:02d}", m.start(), m.end()))
                taken.append((m.start(), m.end()))
        for m in self._year.finditer(text):
            guarded = self._limit(text, m.start())
            counted = text[m.end() :].startswith(" ") and text[m.end() :].lstrip()[:1].isupper()  # "2000 Soldaten"
            if free(m.start(), m.end()) and not guarded and not counted:
                found.append(DateMention(m.group("y"), m.start(), m.end(), weak=True))
                taken.append((m.start(), m.end()))
        if published is not None:
            for m in self._month_alone.finditer(text):  # "im Mai vergangenen Jahres"
                of_year = self._of_year.match(text, m.end())
                if of_year and free(m.start(), of_year.end()):
                    year = published.year + self.period_offsets[of_year.group("pdir").lower()]
                    found.append(DateMention(f"{year:04d}-{self.months[m.group('mname').lower()]:02d}", m.start(), of_year.end()))
                    taken.append((m.start(), of_year.end()))
            for m in self._relative_season.finditer(text):
                offset = self.period_offsets[m.group("pdir").lower()]
                start = self.seasons[m.group("season").lower()]
                if not free(m.start(), m.end()) or offset == 0:
                    continue
                if offset < 0:
                    year = published.year if start + 2 < published.month else published.year - 1
                else:
                    year = published.year if start > published.month else published.year + 1
                found.append(DateMention(f"{year:04d}", m.start(), m.end()))
                taken.append((m.start(), m.end()))
            for m in self._month_of_year.finditer(text):
                if not free(m.start(), m.end()) or self._of_year.match(text, m.end()) or self._limited_clause(text, m.start()):
                    continue  # (not "seit Trumps Rückkehr ins Amt im Jänner": the month dates the return)
                if m.group("mname"):
                    month, last = self.months[m.group("mname").lower()], None
                else:
                    month = self.seasons[m.group("season").lower()]
                    last = month + 2
                year = published.year
                if forward and (last or month) < published.month:
                    year += 1  # a planned event "im Juni" of an article from November: next June
                elif not forward and month > published.month:
                    year -= 1  # a reported one "im Dezember" of an article from February: last December
                found.append(DateMention(f"{year:04d}" if last else f"{year:04d}-{month:02d}", m.start(), m.end()))
                taken.append((m.start(), m.end()))
            for m in self._weekday.finditer(text):
                if not free(m.start(), m.end()):
                    continue
                target = self.weekdays[m.group("wd").lower()]
                of_week = self._weekday_of_week.match(text, m.end())
                if of_week:  # "am Dienstag vergangener Woche": that week's Tuesday
                    monday = published - timedelta(days=published.weekday())
                    day = monday + timedelta(weeks=self.period_offsets[of_week.group("pdir").lower()], days=target)
                    found.append(DateMention(day.isoformat(), m.start(), of_week.end()))
                    taken.append((m.start(), of_week.end()))
                    continue
                direction = (m.group("dir") or "").lower()
                go_forward = direction in self.forward or (forward and direction not in self.backward)
                if not direction and not reported and self._scheduled_for.search(text[max(0, m.start() - 12) : m.start()]):
                    go_forward = True  # "der für Donnerstag geplante Besuch … abgesagt": the day set for it, ahead
                # a planned event on the publication's own weekday is that day ("trifft am Freitag" in a Friday
                # morning's report), unless "kommenden"/"nächsten" put it a week ahead
                day = _weekday_date(published, target, go_forward, same_day=not direction)
                found.append(DateMention(day.isoformat(), m.start(), m.end()))
                taken.append((m.start(), m.end()))
            for m in self._period.finditer(text):
                if not free(m.start(), m.end()):
                    continue
                if m.group("pword"):
                    unit, offset = self.period_words[" ".join(m.group("pword").lower().split())]
                else:
                    unit, offset = self.period_units[m.group("unit").lower()], self.period_offsets[m.group("pdir").lower()]
                value = _period_value(published, unit, offset)
                if value is not None:
                    found.append(DateMention(value, m.start(), m.end()))
                taken.append((m.start(), m.end()))
            for m in self._relative.finditer(text):
                if free(m.start(), m.end()) and not _is_time_of_day(text, m):
                    delta = self.relative_days[m.group("w").lower()]
                    found.append(DateMention((published + timedelta(days=delta)).isoformat(), m.start(), m.end()))
        return sorted(found, key=lambda d: d.start)

    def names_period(self, text: str) -> bool:
        """``text`` names a week, month or year relative to publication ("vergangene Woche"), resolvable or not."""
        return self._period.search(text) is not None

    def _limit(self, text: str, start: int) -> bool:
        """A date after "bis", "seit", "ab" … is a limit, not the date of an event ("bis Jänner 2016", "bis Sommer 2027")."""
        return self._year_guard is not None and self._year_guard.search(text[max(0, start - 20) : start]) is not None

    def _limited_clause(self, text: str, start: int) -> bool:
        """A limit word opens the phrase before ``start`` within its clause: "seit seiner Wahl im Mai", "bis
        Ende Mai" (a month there dates another noun or a deadline)."""
        if self._limit_word is None:
            return False
        clause = re.split(r"[,;:.–—()]", text[max(0, start - 40) : start])[-1]
        return self._limit_word.search(clause) is not None

    def duration(self, text: str) -> str | None:
        """The first duration in ``text`` as ISO 8601 ("PT1H30M"), or None."""
        m = self._duration.search(text)
        if not m:
            return None
        raw = m.group("n").lower().replace(",", ".")
        amount = float(raw) if raw[0].isdigit() else self.numbers[raw]
        if m.group("half"):
            amount += 0.5
        unit = self.units[m.group("u").lower()]
        return iso_duration(amount, unit)


def iso_duration(amount: float, unit: str) -> str:
    """ISO 8601 duration, normalised: 1.5 H -> PT1H30M, 90 M -> PT1H30M, 2 D -> P2D."""
    if unit == "D":
        return f"P{amount:g}D"
    minutes = round(amount * 60) if unit == "H" else round(amount)
    hours, minutes = divmod(minutes, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes or not hours else "")


def _period_value(published: date, unit: str, offset: int) -> str | None:
    """The week, month or year ``offset`` periods from publication, as ISO date text of reduced
    precision: a week is its month, or its year when it spans two months (None across New Year)."""
    if unit == "year":
        return f"{published.year + offset:04d}"
    if unit == "month":
        months = published.year * 12 + published.month - 1 + offset
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    monday = published - timedelta(days=published.weekday()) + timedelta(weeks=offset)
    sunday = monday + timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return f"{monday.year:04d}-{monday.month:02d}"
    return f"{monday.year:04d}" if monday.year == sunday.year else None


def _weekday_date(published: date, weekday: int, forward: bool, same_day: bool = False) -> date:
    if forward:
        delta = (weekday - published.weekday()) % 7 or (0 if same_day else 7)
        return published + timedelta(days=delta)
    delta = (published.weekday() - weekday) % 7
    return published - timedelta(days=delta)


def _is_time_of_day(text: str, m: re.Match[str]) -> bool:
    # "morgen" is also "Morgen" (morning): "am Morgen", "heute Morgen"
    word = m.group("w")
    return word == "Morgen" or text[max(0, m.start() - 4) : m.start()].lower().endswith("am ")
