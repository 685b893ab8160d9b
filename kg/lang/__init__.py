"""Language data: trigger words, role titles, gazetteers, status and time cues as plain files.

``load_lang("de")`` reads ``kg/lang/de/``; a second language is a new folder with the same
file names, found by convention (as spaCy finds ``spacy.lang.<code>``). Nothing lexical is
written in Python: code reads these files only through this module, and every loader fails
with a message that names the file.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kg.errors import LanguageDataError

LANG_ROOT = Path(__file__).parent
EVENT_TYPES = ("Call", "Visit", "Meeting", "Agreement", "Invitation", "Negotiation", "Statement")
REQUIRED_FILES = (
    "events.yml",
    "status.yml",
    "time.yml",
    "speech.yml",
    "grammar.yml",
    "roles.tsv",
    "stop_names.txt",
    "gazetteer/countries.tsv",
    "gazetteer/organisations.tsv",
    "gazetteer/places.tsv",
    "gazetteer/persons.tsv",
)


@dataclass(frozen=True)
class EventFrame:
    """How one event type is triggered and what its arguments are."""

    type: str
    cameo: str | None
    plover_category: str | None
    plover_mode: str | None
    verbs: frozenset[str]
    nouns: frozenset[str]
    noun_suffixes: tuple[str, ...]
    support_verbs: frozenset[str]
    needs_place_for: frozenset[str]
    reflexive: frozenset[str]
    initiator: str | None
    verb_initiator: dict[str, str | None]
    anaphoric_nouns: frozenset[str] = frozenset()
    not_nouns: frozenset[str] = frozenset()
    needs_partner_for: frozenset[str] = frozenset()
    needs_topic_for: frozenset[str] = frozenset()
    topic_fallback: str | None = None
    content_prepositions: frozenset[str] = frozenset()
    not_phrases: tuple[tuple[str, ...], ...] = ()
    context_blockers: frozenset[str] = frozenset()
    context_nouns: frozenset[str] = frozenset()
    encounter_prepositions: frozenset[str] = frozenset()
    light_objects: frozenset[str] = frozenset()
    not_suffixes: tuple[str, ...] = ()
    needs_person_for: frozenset[str] = frozenset()
    vote_verbs: frozenset[str] = frozenset()
    vote_objects: tuple[str, ...] = ()
    interviewers: frozenset[str] = frozenset()
    unnamed_statuses: frozenset[str] = frozenset()
    mode_verbs: frozenset[str] = frozenset()
    needs_content_for: frozenset[str] = frozenset()
    content_venues: frozenset[str] = frozenset()
    not_contents: tuple[str, ...] = ()
    mode_words: tuple[tuple[str, ...], ...] = ()
    concluded_nouns: frozenset[str] = frozenset()
    conclusion_verbs: frozenset[str] = frozenset()
    comitative_verbs: frozenset[str] = frozenset()
    carries_parties_of: frozenset[str] = frozenset()
    support_prepositions: frozenset[str] = frozenset()
    support_phrases: dict[str, frozenset[str]] = field(default_factory=dict)
    not_before: frozenset[str] = frozenset()
    during_prepositions: frozenset[str] = frozenset()
    attach_prepositions: frozenset[str] = frozenset()
    ruled_out_by: dict[str, frozenset[str]] = field(default_factory=dict)
    signed_nouns: frozenset[str] = frozenset()
    recipient_support_verbs: frozenset[str] = frozenset()
    signature_verbs: frozenset[str] = frozenset()
    trip_prepositions: frozenset[str] = frozenset()
    stay_verbs: frozenset[str] = frozenset()
    stay_prepositions: frozenset[str] = frozenset()
    destination_prepositions: dict[str, frozenset[str]] = field(default_factory=dict)
    expected_verbs: frozenset[str] = frozenset()
    expected_for: frozenset[str] = frozenset()

    @property
    def plover_code(self) -> str | None:
        """The PLOVER code an event of this frame carries: "CONSULT/phone", "AGREE"."""
        return "/".join(x for x in (self.plover_category, self.plover_mode) if x) or None


@dataclass(frozen=True)
class Role:
    """An office title and what it tells about its holder."""

    title: str
    role: str
    country: str | None
    org: str | None


@dataclass(frozen=True)
class LangData:
    """Everything language-specific that extraction needs, loaded once per language."""

    code: str
    path: Path
    frames: dict[str, EventFrame]
    status: dict[str, Any]
    time: dict[str, Any]
    speech: dict[str, Any]
    roles: dict[str, Role]
    stop_names: frozenset[str]
    countries: list[dict[str, str]]
    organisations: list[dict[str, str]]
    places: list[dict[str, str]]
    persons: list[dict[str, str]]
    extra: dict[str, Any] = field(default_factory=dict)
    grammar: dict[str, Any] = field(default_factory=dict)  # function words (grammar.yml)
    treaties: list[dict[str, str]] = field(default_factory=list)  # gazetteer/treaties.tsv (optional)


def treaty_names(row: dict[str, str]) -> list[str]:
    """The names a row of gazetteer/treaties.tsv gives its treaty: the name and its aliases ("TTIP", "Transatlantische
    Handels- und Investitionspartnerschaft")."""
    return [name for name in [row["name"], *row["aliases"].split("|")] if name]


def available_languages() -> list[str]:
    """Codes of every language folder that holds the required files."""
    return sorted(p.name for p in LANG_ROOT.iterdir() if p.is_dir() and (p / "events.yml").exists())


@functools.lru_cache(maxsize=8)
def load_lang(code: str = "de") -> LangData:
    """Load and validate ``kg/lang/<code>/``."""
    path = LANG_ROOT / code
    if not path.is_dir():
        known = ", ".join(available_languages()) or "none"
        raise LanguageDataError(f"no language folder for {code!r} (available: {known})", source=path)
    for name in REQUIRED_FILES:
        if not (path / name).is_file():
            raise LanguageDataError("required language file is missing", source=path / name)
    events = _read_yaml(path / "events.yml")
    frames = {name: _frame(name, spec, path / "events.yml") for name, spec in events.items()}
    unknown = set(frames) - set(EVENT_TYPES)
    if unknown:
        raise LanguageDataError(
            f"unknown event type(s) {sorted(unknown)}; add them to ontology/kg.ttl and kg.lang.EVENT_TYPES first",
            source=path / "events.yml",
        )
    return LangData(
        code=code,
        path=path,
        frames=frames,
        status=_read_yaml(path / "status.yml"),
        time=read_time(path / "time.yml"),
        speech=_read_yaml(path / "speech.yml"),
        grammar=_read_yaml(path / "grammar.yml"),
        roles=_roles(path / "roles.tsv"),
        stop_names=frozenset(_read_lines(path / "stop_names.txt")),
        countries=read_tsv(path / "gazetteer/countries.tsv", ("iso", "names", "adjective", "capital")),
        organisations=read_tsv(path / "gazetteer/organisations.tsv", ("name", "aliases", "country", "stands_for")),
        places=read_tsv(path / "gazetteer/places.tsv", ("name", "aliases", "country")),
        persons=read_tsv(path / "gazetteer/persons.tsv", ("name", "aliases", "country")),
        treaties=read_tsv(path / "gazetteer/treaties.tsv", ("name", "aliases", "parties"))
        if (path / "gazetteer/treaties.tsv").is_file() else [],
    )


PERIOD_UNITS = ("week", "month", "year")


def read_time(path: Path) -> dict[str, Any]:
    """``time.yml``, with its relative periods checked: a linguist's typo names the file and the entry
    instead of failing later inside the date rules."""
    data = _read_yaml(path)
    for word, unit in (data.get("period_units") or {}).items():
        if unit not in PERIOD_UNITS:
            raise LanguageDataError(f"period_units: {word!r} must map to one of {', '.join(PERIOD_UNITS)}, found {unit!r}", source=path)
    for word, offset in (data.get("period_offsets") or {}).items():
        if not isinstance(offset, int) or isinstance(offset, bool):
            raise LanguageDataError(f"period_offsets: {word!r} must map to a whole number, found {offset!r}", source=path)
    for word, pair in (data.get("period_words") or {}).items():
        if not (isinstance(pair, list) and len(pair) == 2 and pair[0] in PERIOD_UNITS and isinstance(pair[1], int)
                and not isinstance(pair[1], bool)):
            raise LanguageDataError(f"period_words: {word!r} must map to [unit, offset] with a unit of "
                                    f"{', '.join(PERIOD_UNITS)} and a whole number, found {pair!r}", source=path)
    for word, month in (data.get("seasons") or {}).items():
        if not isinstance(month, int) or isinstance(month, bool) or not 1 <= month <= 12:
            raise LanguageDataError(f"seasons: {word!r} must map to the month it starts in (1-12), found {month!r}", source=path)
    for word, days in (data.get("distance_days") or {}).items():
        if not isinstance(days, int) or isinstance(days, bool) or days < 1:
            raise LanguageDataError(f"distance_days: {word!r} must map to a number of days (1 or more), found {days!r}", source=path)
    return data


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key given twice in one mapping: PyYAML would keep the last one silently, so a
    linguist who adds a key that already exists further down would change what the older one meant."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} given twice (first on line {seen[key] + 1})", key_node.start_mark)
            seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep=deep)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError as e:
        raise LanguageDataError(f"not valid YAML: {e}", source=path) from e
    if not isinstance(data, dict):
        raise LanguageDataError("must be a YAML mapping at the top level", source=path)
    return data


def _read_lines(path: Path) -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def read_tsv(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of a '#'-commented TSV file whose header row names ``columns``."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    if not lines:
        raise LanguageDataError("empty table: expected a header row", source=path)
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = tuple(reader.fieldnames or ())
    if header != columns:
        raise LanguageDataError(f"header must be {'<TAB>'.join(columns)}, found {'<TAB>'.join(header)}", source=path)
    rows = []
    for number, row in enumerate(reader, start=2):
        if not row.get(columns[0]):
            raise LanguageDataError(f"row {number}: empty '{columns[0]}'", source=path)
        rows.append({key: (value or "").strip() for key, value in row.items()})
    return rows


def _frame(name: str, spec: Any, source: Path) -> EventFrame:
    if not isinstance(spec, dict):
        raise LanguageDataError(f"entry {name!r} must be a mapping", source=source)
    plover = spec.get("plover") or {}

    def words(key: str) -> list[str]:
        value = spec.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise LanguageDataError(f"{name}.{key} must be a list of words", source=source)
        return value

    return EventFrame(
        type=name,
        cameo=str(spec["cameo"]) if spec.get("cameo") is not None else None,
        plover_category=plover.get("category"),
        plover_mode=plover.get("mode"),
        verbs=frozenset(words("verbs")),
        nouns=frozenset(words("nouns")) | frozenset(words("concluded_nouns")) | frozenset(words("signed_nouns")),
        noun_suffixes=tuple(s.lower() for s in words("noun_suffixes")),
        support_verbs=frozenset(words("support_verbs")),
        needs_place_for=frozenset(words("needs_place_for")),
        reflexive=frozenset(words("reflexive")),
        initiator=spec.get("initiator"),
        verb_initiator=dict(spec.get("verb_initiator") or {}),
        anaphoric_nouns=frozenset(words("anaphoric_nouns")),
        not_nouns=frozenset(words("not_nouns")),
        needs_partner_for=frozenset(words("needs_partner_for")),
        needs_topic_for=frozenset(words("needs_topic_for")),
        topic_fallback=spec.get("topic_fallback"),
        content_prepositions=frozenset(words("content_prepositions")),
        not_phrases=tuple(tuple(p.lower().split()) for p in words("not_phrases")),
        context_blockers=frozenset(w.lower() for w in words("context_blockers")),
        context_nouns=frozenset(words("context_nouns")),
        encounter_prepositions=frozenset(w.lower() for w in words("encounter_prepositions")),
        light_objects=frozenset(words("light_objects")),
        not_suffixes=tuple(w.lower() for w in words("not_suffixes")),
        needs_person_for=frozenset(words("needs_person_for")),
        vote_verbs=frozenset(words("vote_verbs")),
        vote_objects=tuple(w.lower() for w in words("vote_objects")),
        interviewers=frozenset(words("interviewers")),
        unnamed_statuses=frozenset(words("unnamed_statuses")),
        mode_verbs=frozenset(words("mode_verbs")),
        needs_content_for=frozenset(words("needs_content_for")),
        content_venues=frozenset(w.lower() for w in words("content_venues")),
        not_contents=tuple(w.lower() for w in words("not_contents")),
        mode_words=tuple(tuple(p.lower().split()) for p in words("mode_words")),
        concluded_nouns=frozenset(words("concluded_nouns")),
        conclusion_verbs=frozenset(words("conclusion_verbs")),
        comitative_verbs=frozenset(words("comitative_verbs")),
        carries_parties_of=frozenset(words("carries_parties_of")),
        support_prepositions=frozenset(w.lower() for w in words("support_prepositions")),
        support_phrases=_word_lists(name, "support_phrases", spec.get("support_phrases"), source),
        not_before=frozenset(w.lower() for w in words("not_before")),
        during_prepositions=frozenset(w.lower() for w in words("during_prepositions")),
        attach_prepositions=frozenset(w.lower() for w in words("attach_prepositions")),
        ruled_out_by=_word_lists(name, "ruled_out_by", spec.get("ruled_out_by"), source),
        signed_nouns=frozenset(words("signed_nouns")),
        recipient_support_verbs=frozenset(words("recipient_support_verbs")),
        signature_verbs=frozenset(words("signature_verbs")),
        trip_prepositions=frozenset(w.lower() for w in words("trip_prepositions")),
        stay_verbs=frozenset(words("stay_verbs")),
        stay_prepositions=frozenset(w.lower() for w in words("stay_prepositions")),
        destination_prepositions=_word_lists(name, "destination_prepositions", spec.get("destination_prepositions"), source),
        expected_verbs=frozenset(words("expected_verbs")),
        expected_for=frozenset(w.lower() for w in words("expected_for")),
    )


def _word_lists(name: str, key: str, value: Any, source: Path) -> dict[str, frozenset[str]]:
    """A mapping of words to lists of words (lowercased), checked: ``{zusammensetzen: [aus]}``."""
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, list) and all(isinstance(w, str) for w in v)
                                              for k, v in value.items()):
        raise LanguageDataError(f"{name}.{key} must map words to lists of words", source=source)
    return {k: frozenset(w.lower() for w in v) for k, v in value.items()}


def _roles(path: Path) -> dict[str, Role]:
    roles: dict[str, Role] = {}
    for row in read_tsv(path, ("title", "feminine", "role", "country", "org")):
        role = Role(title=row["title"], role=row["role"], country=row["country"] or None, org=row["org"] or None)
        for form in (row["title"], row["feminine"]):
            if form:
                roles.setdefault(form, role)
    return roles


__all__ = ["EVENT_TYPES", "EventFrame", "LangData", "Role", "available_languages", "load_lang", "read_time", "read_tsv"]
