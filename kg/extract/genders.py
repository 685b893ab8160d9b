"""Who is a woman or a man, as far as an article tells: "sie"/"er" and "die Ministerin"/"der Kanzler" can
only refer to a person of that gender.

A person's gender comes from a gendered office title before the name (roles.tsv: "Innenministerin", "Vizekanzler")
or else a gendered given name (gender-guesser's dictionary, the lexicon of given names kg/nlp reads); a title's
from its form. Adjectival nouns ("die/der Vorsitzende", "Sondergesandte") tell nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.extract.model import Actor
from kg.lang import Role, load_lang
from kg.nlp.gazetteer import given_name_detector

FEMALE, MALE = "female", "male"


@dataclass(frozen=True)
class Genders:
    """The gendered title forms of one language's roles.tsv."""

    feminine: frozenset[str]  # "Ministerin", "Präsidentin"
    masculine: frozenset[str]  # "Minister", "Vizekanzler": a title with a feminine form of its own
    adjectival: tuple[str, ...]  # "vorsitzende", "gesandte": the same word for a man after "der"

    @classmethod
    def from_roles(cls, roles: dict[str, Role]) -> Genders:
        pairs = [(form, role) for form, role in roles.items() if form != role.title]
        return cls(frozenset(form for form, role in pairs if not role.title.startswith(form)),
                   frozenset(role.title for _, role in pairs),
                   tuple(sorted({form.lower() for form, role in pairs if role.title.startswith(form)})))

    def of_title(self, word: str) -> str | None:
        """The gender a singular office title names: "Ministerin", "US-Präsidentin" a woman; "Minister",
        "Kanzlers", "Präsidenten" a man; None for "Ministerinnen" and adjectival nouns ("Vorsitzende")."""
        head = word.rpartition("-")[2]
        low = head.lower()
        if low.endswith("innen") or low.endswith(self.adjectival) or low.endswith(tuple(a + "n" for a in self.adjectival)):
            return None
        return FEMALE if head in self.feminine or low.endswith("in") else MALE

    def of_person(self, actor: Actor) -> str | None:
        """FEMALE or MALE for a person with a gendered office title or given name; None when neither tells. The
        article's title comes first: "Der estnische Regierungschef Kristen Michal" is a man whatever "Kristen" is
        elsewhere."""
        for r in actor.roles:
            words = r.mention.text.split() if r.mention is not None else []
            head = words[-1].rpartition("-")[2] if words else ""
            if head in self.feminine:
                return FEMALE
            if head in self.masculine:
                return MALE
        given = given_name_gender(actor.label.split()[0]) if " " in actor.label else "unknown"
        if given in ("female", "mostly_female", "male", "mostly_male"):
            return FEMALE if "female" in given else MALE
        return None


@lru_cache(maxsize=8)
def genders(lang_code: str = "de") -> Genders:
    """The language's :class:`Genders`, built once per process."""
    return Genders.from_roles(load_lang(lang_code).roles)


@lru_cache(maxsize=4096)
def given_name_gender(name: str) -> str:
    """gender-guesser's reading of a given name ("Elke" -> "female"); "unknown" for names it lacks."""
    return given_name_detector().get_gender(name)
