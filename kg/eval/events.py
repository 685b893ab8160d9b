"""Score extracted events against gold annotations (../shared/ANNOTATION.md, "Scoring").

Per article, predicted and gold events are matched one to one:
- strict: same type and the same participant set;
- lenient: same type and at least one shared participant (or a strict match: two events
  without named parties are the same event).
Actors match by canonical name, by any of their mentions (also without a leading definite article: the gold
"Die Grünen" is kg's "Grünen"), or (people) by surname. Status and
date accuracy are computed over strictly matched pairs. Statements are not scored.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.extract.model import Actor, DocumentResult, Event, Participant, TextSpan
from kg.ingest import Article, read_articles

SCORED_TYPES = ("Call", "Visit", "Meeting", "Agreement", "Invitation", "Negotiation")


@dataclass
class GoldDoc:
    key: str  # id or file
    actors: list[dict[str, Any]]
    events: list[dict[str, Any]]
    id: str | None = None
    file: str | None = None


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    lenient: int = 0

    def prf(self, kind: str) -> tuple[float, float, float]:
        hits = self.strict if kind == "strict" else self.lenient
        p = hits / self.predicted if self.predicted else 0.0
        r = hits / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class EventScores:
    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    status_right: int = 0
    date_right: int = 0
    matched: int = 0
    documents: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def total(self) -> Counts:
        c = Counts()
        for t in self.by_type.values():
            c.gold += t.gold
            c.predicted += t.predicted
            c.strict += t.strict
            c.lenient += t.lenient
        return c

    def to_json(self) -> dict[str, Any]:
        def block(c: Counts) -> dict[str, Any]:
            sp, sr, sf = c.prf("strict")
            lp, lr, lf = c.prf("lenient")
            return {"gold": c.gold, "predicted": c.predicted,
                    "strict": {"p": round(sp, 4), "r": round(sr, 4), "f1": round(sf, 4)},
                    "lenient": {"p": round(lp, 4), "r": round(lr, 4), "f1": round(lf, 4)}}

        return {
            "documents": self.documents,
            "all": block(self.total),
            "by_type": {t: block(self.by_type[t]) for t in SCORED_TYPES if t in self.by_type},
            "status_accuracy": round(self.status_right / self.matched, 4) if self.matched else None,
            "date_accuracy": round(self.date_right / self.matched, 4) if self.matched else None,
            "matched_strict": self.matched,
        }


def read_gold(paths: Path | Iterable[Path]) -> list[GoldDoc]:
    """Gold documents from JSONL files or every ``*.jsonl`` in folders.

    Several paths score as one set (e.g. both held-out files together); an article annotated
    in two of them is refused, as it would be counted twice.
    """
    files: list[Path] = []
    for path in [paths] if isinstance(paths, Path) else list(paths):
        found = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        if not found:
            raise InputError("no gold *.jsonl files here", source=path)
        files.extend(found)
    docs: list[GoldDoc] = []
    seen: dict[str, Path] = {}
    for file in files:
        try:
            text = file.read_text(encoding="utf-8")
        except UnicodeDecodeError as e:
            raise InputError(f"not UTF-8 (byte {e.start})", source=file) from e
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"line {number}: malformed JSON ({e.msg})", source=file) from e
            problem = _gold_problem(record)
            if problem:
                raise InputError(f"line {number}: {problem}", source=file)
            key = record.get("id") or record.get("file")
            if not key:
                raise InputError(f"line {number}: needs an 'id' or a 'file'", source=file)
            if str(key) in seen:
                raise InputError(f"line {number}: {key} is annotated again (first in {seen[str(key)]})", source=file)
            seen[str(key)] = file
            docs.append(GoldDoc(str(key), record.get("actors", []), record.get("events", []), record.get("id"), record.get("file")))
    return docs


def _gold_problem(record: Any) -> str | None:
    """What makes a gold line unusable for scoring (the fields the scorer reads), or None."""
    if not isinstance(record, dict):
        return "an article must be a JSON object"
    for n, actor in enumerate(record.get("actors") or [], start=1):
        if not isinstance(actor, dict) or not isinstance(actor.get("name"), str):
            return f"actor {n} needs a 'name'"
    for n, event in enumerate(record.get("events") or [], start=1):
        if not isinstance(event, dict) or not isinstance(event.get("type"), str):
            return f"event {n} needs a 'type'"
        if not isinstance(event.get("participants") or [], list):
            return f"event {n}: 'participants' must be a list of actor names"
    return None


def load_articles(gold: list[GoldDoc], *, corpus: Iterable[Path], root: Path) -> dict[str, Article]:
    """The articles the gold refers to: ids from the corpus JSONL files, files from ``root``."""
    wanted_ids = {g.id for g in gold if g.id}
    found: dict[str, Article] = {}
    if wanted_ids:
        for item in read_articles(list(corpus)):
            if isinstance(item, Article) and item.id in wanted_ids:
                found[item.id] = item
    for g in gold:
        if g.file:
            items = [i for i in read_articles([root / g.file]) if isinstance(i, Article)]
            if items:
                found[g.file] = items[0]
    missing = [g.key for g in gold if g.key not in found]
    if missing:
        raise InputError(
            f"{len(missing)} gold document(s) not found (first: {missing[0]}); pass the corpus with --corpus",
            source="gold",
        )
    return found


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


# a gold form's leading definite article, which kg's mentions leave out ("Die Grünen" is the mention "Grünen")
ARTICLES = ("der ", "die ", "das ", "den ", "dem ", "des ")


def _bare(form: str) -> str:
    """A normalised form without its leading definite article."""
    return form.split(" ", 1)[1] if form.startswith(ARTICLES) else form


class ActorMatcher:
    """Map predicted actor ids to gold canonical names."""

    def __init__(self, gold_actors: list[dict[str, Any]]) -> None:
        self.by_form: dict[str, str] = {}
        self.by_surname: dict[str, str] = {}
        for actor in gold_actors:
            name = actor["name"]
            for form in [name, *actor.get("mentions", [])]:
                self.by_form.setdefault(_norm(form), name)
            for form in [name, *actor.get("mentions", [])]:
                self.by_form.setdefault(_bare(_norm(form)), name)
            if actor.get("type") == "Person":
                self.by_surname.setdefault(_norm(name.split()[-1]), name)

    def match(self, label: str, mentions: list[str], kind: str) -> str:
        for form in [label, *mentions]:
            hit = self.by_form.get(_norm(form))
            if hit:
                return hit
        if kind == "Person":
            hit = self.by_surname.get(_norm(label.split()[-1]))
            if hit:
                return hit
        return f"?{label}"


def score_document(result: DocumentResult, gold: GoldDoc, scores: EventScores) -> None:
    """Add one article's matches to ``scores``."""
    matcher = ActorMatcher(gold.actors)
    names = {a.id: matcher.match(a.label, [m.text for m in a.mentions], a.type) for a in result.actors}
    predicted = [
        {"type": e.type, "participants": frozenset(names.get(p.actor, p.actor) for p in e.participants),
         "status": e.status, "date": e.date, "evidence": e.evidence[0].start if e.evidence else None,
         "sentence": e.evidence[0].text if e.evidence else None}
        for e in result.events if e.type in SCORED_TYPES
    ]
    golds = [
        {"type": g["type"], "participants": frozenset(g.get("participants") or []), "status": g.get("status"),
         "date": g.get("date"), "evidence": (g.get("evidence") or {}).get("start"),
         "sentence": _span(result.text, g.get("evidence"))}
        for g in gold.events if g["type"] in SCORED_TYPES
    ]
    for e in predicted:
        scores.by_type[e["type"]].predicted += 1
    for g in golds:
        scores.by_type[g["type"]].gold += 1
    # strict: exact participant sets, one to one
    free = list(range(len(predicted)))
    strict_pairs = []
    for gi, g in enumerate(golds):
        hit = next((pi for pi in free if predicted[pi]["type"] == g["type"] and predicted[pi]["participants"] == g["participants"]), None)
        if hit is not None:
            free.remove(hit)
            strict_pairs.append((gi, hit))
            scores.by_type[g["type"]].strict += 1
            scores.matched += 1
            scores.status_right += predicted[hit]["status"] == g["status"]
            scores.date_right += predicted[hit]["date"] == g["date"]
    # lenient: at least one shared participant, one to one; the strict pairs first (a strict match is also a
    # lenient one, even of an event without named parties: "Die Verhandlungen laufen"), then most overlap first
    used_g = {gi for gi, _ in strict_pairs}
    used_p = {pi for _, pi in strict_pairs}
    for gi, _ in strict_pairs:
        scores.by_type[golds[gi]["type"]].lenient += 1
    candidates = sorted(
        ((len(predicted[pi]["participants"] & g["participants"]), gi, pi)
         for gi, g in enumerate(golds) for pi in range(len(predicted))
         if gi not in used_g and pi not in used_p and predicted[pi]["type"] == g["type"]
         and predicted[pi]["participants"] & g["participants"]),
        reverse=True,
    )
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        scores.by_type[golds[gi]["type"]].lenient += 1
    for gi, g in enumerate(golds):
        if gi not in used_g:
            scores.errors.append({"doc": gold.key, "kind": "missed", "type": g["type"], "participants": sorted(g["participants"]),
                                  "status": g["status"], "evidence": g["evidence"], "sentence": g["sentence"]})
    for pi, e in enumerate(predicted):
        if pi not in used_p:
            scores.errors.append({"doc": gold.key, "kind": "spurious", "type": e["type"], "participants": sorted(e["participants"]),
                                  "status": e["status"], "evidence": e["evidence"], "sentence": e["sentence"]})
    scores.errors.extend(_strict_misses(gold.key, golds, predicted, strict_pairs))
    # strictly matched events with another status or date: what status accuracy counts
    for gi, pi in strict_pairs:
        g, e = golds[gi], predicted[pi]
        for attr in ("status", "date"):
            if e[attr] != g[attr]:
                scores.errors.append({"doc": gold.key, "kind": f"wrong-{attr}", "type": g["type"],
                                      "participants": sorted(g["participants"]), attr: g[attr],
                                      f"predicted_{attr}": e[attr], "evidence": g["evidence"],
                                      "sentence": g["sentence"], "predicted_sentence": e["sentence"]})
    scores.documents += 1


def _span(text: str, evidence: dict[str, Any] | None) -> str | None:
    """The gold evidence sentence, read from the article text by its offsets."""
    if not evidence or evidence.get("start") is None or evidence.get("end") is None:
        return None
    return text[evidence["start"]:evidence["end"]]


def _strict_misses(key: str, golds: list[dict[str, Any]], predicted: list[dict[str, Any]],
                   strict_pairs: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Gold events left over by strict matching, paired with a left-over prediction of their type
    that shares at least one participant (most shared first, one to one): the event was found,
    but with another participant set."""
    matched_g = {gi for gi, _ in strict_pairs}
    matched_p = {pi for _, pi in strict_pairs}
    gold_left = [gi for gi in range(len(golds)) if gi not in matched_g]
    pred_left = [pi for pi in range(len(predicted)) if pi not in matched_p]
    candidates = sorted(
        ((len(predicted[pi]["participants"] & golds[gi]["participants"]), -gi, -pi, gi, pi)
         for gi in gold_left for pi in pred_left
         if predicted[pi]["type"] == golds[gi]["type"] and predicted[pi]["participants"] & golds[gi]["participants"]),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    misses = []
    for *_, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, e = golds[gi], predicted[pi]
        misses.append({
            "doc": key, "kind": "strict-miss", "type": g["type"],
            "participants": sorted(g["participants"]), "predicted_participants": sorted(e["participants"]),
            "missing": sorted(g["participants"] - e["participants"]), "extra": sorted(e["participants"] - g["participants"]),
            "status": g["status"], "predicted_status": e["status"],
            "evidence": g["evidence"], "sentence": g["sentence"],
            "predicted_evidence": e["evidence"], "predicted_sentence": e["sentence"],
        })
    misses.sort(key=lambda m: (m["evidence"] is None, m["evidence"] or 0))
    return misses


def evaluate_events(gold_path: Path | Iterable[Path], *, corpus: Iterable[Path] = (), root: Path = Path("."), model: str | None = None) -> EventScores:
    """Extract every gold article and score it."""
    from kg.api import extract_articles

    gold = read_gold(gold_path)
    articles = load_articles(gold, corpus=corpus, root=root)
    ordered = [articles[g.key] for g in gold]
    scores = EventScores()
    for g, result in zip(gold, extract_articles(ordered, model=model)):
        score_document(result, g, scores)
    return scores


def gold_as_result(doc: GoldDoc, text: str) -> DocumentResult:
    """A second annotator's gold read as if kg had extracted it, so that it scores with kg's own matching."""
    actors = [Actor(a["name"], a["name"], a.get("type", ""), [TextSpan(m, -1, -1) for m in a.get("mentions", [])])
              for a in doc.actors]
    events = []
    for number, e in enumerate(doc.events):
        where = e.get("evidence") or {}
        start, end = where.get("start"), where.get("end")
        evidence = [TextSpan(text[start:end], start, end)] if start is not None and end is not None else []
        participants = [Participant(name, "participant") for name in e.get("participants") or []]
        events.append(Event(f"{doc.key}#{number}", e["type"], participants, e.get("status") or "", evidence, date=e.get("date")))
    return DocumentResult(doc.key, "gold", None, None, "de", text, actors, events)


@dataclass
class Agreement:
    """Two annotations of the same articles compared: the second scored as if it were kg's output."""
    scores: EventScores
    shared: list[str]  # articles both annotated (the only ones scored)
    only_first: list[str]
    only_second: list[str]


def evaluate_agreement(first: Path | Iterable[Path], second: Path | Iterable[Path], *, corpus: Iterable[Path] = (),
                       root: Path = Path(".")) -> Agreement:
    """Inter-annotator agreement on events: how far two annotators following ANNOTATION.md agree,
    with the matching kg is scored by; the ceiling against which kg's own figures read."""
    a, b = read_gold(first), {g.key: g for g in read_gold(second)}
    shared = [g for g in a if g.key in b]
    if not shared:
        raise InputError("the two annotations have no article in common", source="gold")
    articles = load_articles(shared, corpus=corpus, root=root)
    scores = EventScores()
    for g in shared:
        score_document(gold_as_result(b[g.key], articles[g.key].text), g, scores)
    keys = {g.key for g in a}
    return Agreement(scores, [g.key for g in shared], [g.key for g in a if g.key not in b],
                     [k for k in b if k not in keys])


def format_scores(scores: EventScores) -> str:
    """A plain table: per type and overall, strict and lenient P/R/F1, then status/date accuracy."""
    data = scores.to_json()
    lines = [f"{'type':<12} {'gold':>5} {'pred':>5}   {'strict P':>8} {'R':>6} {'F1':>6}   {'lenient P':>9} {'R':>6} {'F1':>6}"]
    rows = list(data["by_type"].items()) + [("ALL", data["all"])]
    for name, block in rows:
        s, l = block["strict"], block["lenient"]
        lines.append(f"{name:<12} {block['gold']:>5} {block['predicted']:>5}   {s['p']:>8.2f} {s['r']:>6.2f} {s['f1']:>6.2f}   {l['p']:>9.2f} {l['r']:>6.2f} {l['f1']:>6.2f}")
    status = data["status_accuracy"]
    date = data["date_accuracy"]
    lines.append(f"documents {data['documents']}; strictly matched {data['matched_strict']}; "
                 f"status accuracy {status if status is None else f'{status:.2f}'}; date accuracy {date if date is None else f'{date:.2f}'}")
    return "\n".join(lines)


__all__ = ["Agreement", "EventScores", "evaluate_agreement", "evaluate_events", "format_scores", "gold_as_result", "read_gold",
           "score_document"]

