"""Actors of one article: group entity mentions into actors, attach titles, resolve role mentions.

- A person's canonical label is the fullest name in the article ("Donald Trump"); "Trump" and
  "Trumps" join it by surname, and a given name joins a name whose surname is withheld ("Jonas"
  after "Jonas E."). Gazetteer keys win over surnames.
- A title right before a name ("US-Präsident Donald Trump") becomes a role of that actor, and
  its country or nationality adjective sets the actor's country.
- A title standing alone ("der Kremlchef", "dem US-Finanzminister") is a mention of the actor
  in the article holding that office (same role, same country if given); "die beiden
  Präsidenten" is the two holders named together in most sentences so far (the latest pair
  on a tie).
- Surnames match across spellings with and without diacritics ("Davutoğlu", "Davutoglu").
- A capital standing for its state is kept as a place; events map it to the country.
- A government noun with a nationality adjective or a capital ("die österreichische Regierung",
  "die Führung in Kiew") is a mention of the country (grammar.yml ``government_nouns``).
- A regional government named by its place adjective is the place ("die Salzburger Landesregierung";
  grammar.yml ``regional_government_nouns``).
- The towns of the dateline the ingest found are places, also small ones no lexicon knows.
- A definite common noun ("das Unternehmen", "die Gemeinde") is the last actor of its kind named
  before it (grammar.yml ``definite_descriptions``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.genders import FEMALE, Genders, genders
from kg.extract.model import Actor, RoleMention, TextSpan
from kg.lang import LangData
from kg.nlp.gazetteer import Gazetteer, actor_key, fold, is_initial

LABEL_KIND = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}


@dataclass(frozen=True)
class ActorMention:
    """One place in the text that refers to an actor: token range + actor id."""

    actor: str
    start: int  # token index
    end: int
    start_char: int
    end_char: int
    via_role: bool = False


def build_actors(doc: Doc, gaz: Gazetteer, lang: LangData | None = None,
                 dateline: str | None = None, title_span: tuple[int, int] | None = None) -> tuple[list[Actor], list[ActorMention]]:
    """All actors of ``doc`` and every mention of them, in text order. ``dateline`` is the place line the
    ingest found ("Dornbirn", "Moskau/Kiew"): its towns are places even where no lexicon knows them; ``title_span``
    the headline's characters, whose sort nouns go without articles."""
    actors: dict[str, Actor] = {}
    mentions: list[ActorMention] = []
    person_by_surname: dict[str, str] = {}
    person_by_tail: dict[tuple[str, ...], str] = {}  # the last two or more words of a longer full name -> its key
    grammar = lang.grammar if lang is not None else {}
    genitive = tuple(grammar.get("genitive_suffixes", []))
    ents = [e for e in doc.ents if e.label_ in LABEL_KIND and e._.kg_kind]

    # People with full names first, so surnames can join them.
    def person_key(ent: Span) -> str:
        if ent.kb_id_:
            return ent.kb_id_
        words = _name_words(ent)
        if len(words) > 1 and tuple(fold(w) for w in words) in person_by_tail:
            return person_by_tail[tuple(fold(w) for w in words)]  # "Pirc Musar" after "Nataša Pirc Musar"
        if len(words) == 1:
            surname = words[0]
            for form in (surname, *(surname[: -len(x)] for x in genitive if surname.endswith(x))):
                if fold(form) in person_by_surname:
                    return person_by_surname[fold(form)]
        return actor_key("Person", " ".join(words))

    full_names: dict[str, set[str]] = {}  # a given name -> the keys of the full names it opens
    for ent in ents:
        words = _name_words(ent) if ent._.kg_kind == "Person" else []
        if len(words) >= 2:
            full_names.setdefault(fold(words[0]), set()).add(person_key(ent))
    for ent in sorted(ents, key=lambda e: -(len(e) if e._.kg_kind == "Person" else 0)):
        if ent._.kg_kind == "Person":
            key = person_key(ent)
            words = _name_words(ent)
            person_by_surname.setdefault(fold(words[-1]), key)
            for k in range(2, len(words)):
                person_by_tail.setdefault(tuple(fold(w) for w in words[-k:]), key)
            if len(words) == 2 and is_initial(words[-1]) and len(full_names[fold(words[0])]) == 1:
                # "Jonas E." (a surname withheld): "Jonas" is him, unless another "Jonas …" is named too
                person_by_surname.setdefault(fold(words[0]), key)

    for ent in ents:
        kind = ent._.kg_kind
        key = person_key(ent) if kind == "Person" else (ent.kb_id_ or actor_key(kind, ent.text))
        label = ent._.kg_canonical or (" ".join(_name_words(ent)) if kind == "Person" else ent.text)
        actor = actors.get(key)
        if actor is None:
            actor = actors[key] = Actor(id=key, label=label, type=kind, country=ent._.kg_country)
        elif kind == "Person" and not ent._.kg_canonical and len(label) > len(actor.label):
            actor.label = label
        actor.country = actor.country or ent._.kg_country
        actor.mentions.append(TextSpan(ent.text, ent.start_char, ent.end_char))
        mentions.append(ActorMention(key, ent.start, ent.end, ent.start_char, ent.end_char))

    _compound_surnames(doc, actors, mentions)
    _bracket_abbreviations(doc, actors, mentions)
    _initialisms(actors, mentions, frozenset(gaz.cues.legal_words))
    _organisation_short_names(actors, mentions, gaz, frozenset(grammar.get("organisation_name_tails", [])))
    _place_short_names(actors, mentions, frozenset(w.lower() for w in grammar.get("place_name_connectors", [])))
    _names_without_legal_form(doc, actors, mentions, frozenset(gaz.cues.legal_words))
    _head_nouns(doc, actors, mentions, gaz, frozenset(w.lower() for w in grammar.get("articles", [])), frozenset(gaz.cues.legal_words))
    _group_compounds(doc, actors, mentions, gaz, tuple(w.lower() for w in grammar.get("organisation_compound_heads", [])))
    _drop_agency_credits(doc, actors, mentions, frozenset(grammar.get("news_agencies", [])))
    if dateline:
        _dateline_places(doc, actors, mentions, dateline, gaz)
    _described_organisations(doc, actors, mentions, tuple(w.lower() for w in grammar.get("organisation_nouns", [])),
                             frozenset(w.lower() for w in grammar.get("organisation_name_heads", [])), lang)
    _governments(doc, actors, mentions, gaz, frozenset(grammar.get("government_nouns", [])),
                 frozenset(w.lower() for w in grammar.get("government_prepositions", [])))
    _regional_governments(doc, actors, mentions, gaz, frozenset(grammar.get("regional_government_nouns", [])))
    _definite_descriptions(doc, actors, mentions, grammar.get("definite_descriptions") or {},
                           frozenset(w.lower() for w in grammar.get("articles", [])), CompanySorts.from_grammar(grammar),
                           frozenset(grammar.get("introduced_descriptions", [])),
                           tuple(w.lower() for w in grammar.get("description_genitive_endings", [])),
                           frozenset(w.lower() for w in grammar.get("fused_articles", [])),
                           frozenset(w.lower() for w in (grammar.get("transfers") or {}).get("from", [])),
                           frozenset(w.lower() for w in (grammar.get("transfers") or {}).get("to", [])),
                           frozenset(w.lower() for w in grammar.get("exhaustive_partner_prepositions", [])))
    if title_span is not None:
        _headline_descriptions(doc, actors, mentions, title_span, CompanySorts.from_grammar(grammar),
                               frozenset(w.lower() for w in grammar.get("articles", [])))
    _attach_titles(doc, actors, mentions, gaz, frozenset(w.lower() for w in grammar.get("plural_anaphors", [])),
                   grammar.get("plural_title_forms") or {}, grammar.get("generic_offices") or {},
                   tuple(w.lower() for w in grammar.get("deputy_prefixes", [])),
                   frozenset(w.lower() for w in grammar.get("articles", [])), frozenset(grammar.get("counterpart_nouns", [])),
                   genders(lang.code) if lang is not None else None, frozenset(w.lower() for w in grammar.get("fused_articles", [])))
    # (after the titles, which tell the people's genders)
    _age_descriptions(doc, actors, mentions, grammar.get("age_descriptions") or {}, genders(lang.code) if lang is not None else None)
    _person_descriptions(doc, actors, mentions, grammar.get("person_descriptions") or {}, genders(lang.code) if lang is not None else None)
    # (last: "das Land Tirol" has introduced "das Land" for the descriptions above)
    _state_nouns(doc, actors, mentions, frozenset(grammar.get("state_nouns", [])), frozenset(grammar.get("states_named_like_towns", [])))
    _club_demonyms(doc, actors, mentions, grammar.get("club_demonyms") or {}, gaz.cues.club_words)
    mentions.sort(key=lambda m: m.start)
    for actor in actors.values():
        if actor.type == "Country":
            actor.country = actor.id.split(":", 1)[1]
    return list(actors.values()), mentions


def _compound_surnames(doc: Doc, actors: dict[str, Actor], mentions: list[ActorMention]) -> None:
    """A surname mention takes in the words before it that end the person's full name too: "lud Curiel de Icaza … ein"
    after "Claudia Curiel de Icaza" (the recogniser had found "Icaza" alone, and the verb's subject started with
    "Curiel")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for n, m in enumerate(mentions):
        actor = actors[m.actor]
        words = actor.label.split()
        if actor.type != "Person" or m.end - m.start != 1 or len(words) < 3 or doc[m.start].text != words[-1]:
            continue
        k = 0
        while k + 2 < len(words) and m.start - k - 1 >= 0 and m.start - k - 1 not in taken \
                and doc[m.start - k - 1].text == words[-k - 2]:
            k += 1
        if k:
            _widen_mention(actors, mentions, n, doc[m.start - k : m.end])
            taken.update(range(m.start - k, m.end))


def _described_organisations(doc: Doc, actors: dict[str, Actor], mentions: list[ActorMention], suffixes: tuple[str, ...],
                             heads: frozenset[str], lang: LangData | None) -> None:
    """A proper noun nothing recognised right after a company or organisation noun is that organisation:
    "der Glücksspielkonzern Novomatic", "Bawag-Aktionär Cerberus", "der Heimwerkerkette Baumax"
    (grammar.yml ``organisation_nouns``, compound endings); its other bare mentions in the article join it."""
    if not suffixes:
        return
    taken = {i for m in mentions for i in range(m.start, m.end)}
    stop = lang.stop_names if lang is not None else frozenset()
    found: dict[str, str] = {}
    for token in doc[:-1]:
        if token.tag_ not in ("NN", "NE") or not token.lower_.endswith(suffixes):
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and end not in taken and doc[end].tag_ == "NE" \
                and doc[end].text[:1].isupper() and doc[end].text not in stop:
            end += 1
        if end == token.i + 1 or end < len(doc) and end in taken:
            continue  # nothing unrecognised after the noun, or the name runs into a known one
        # "die Bank Austria": a bare head noun of these is part of the name
        name = doc[token.i if token.lower_ in heads else token.i + 1 : end].text
        found.setdefault(name, actor_key("Organization", name))
    if not found:
        return
    for name, key in found.items():
        words = name.split()
        for i in range(len(doc) - len(words) + 1):
            if any(j in taken for j in range(i, i + len(words))) or [t.text for t in doc[i : i + len(words)]] != words:
                continue
            span = doc[i : i + len(words)]
            actor = actors.setdefault(key, Actor(id=key, label=name, type="Organization", country=None))
            actor.mentions.append(TextSpan(span.text, span.start_char, span.end_char))
            mentions.append(ActorMention(key, span.start, span.end, span.start_char, span.end_char))
            taken.update(range(span.start, span.end))


@dataclass(frozen=True)
class CompanySorts:
    """grammar.yml ``company_sorts``: compound endings naming a sort of company, the feminine ones, the articles
    that before a masculine sort only the plural takes ("die Hersteller"), and the articles that after a noun open
    a genitive attribute (grammar.yml ``genitive``: "die Aktien der Hersteller")."""

    endings: tuple[str, ...] = ()
    feminine: tuple[str, ...] = ()
    plural_articles: frozenset[str] = frozenset()
    genitive_articles: frozenset[str] = frozenset()

    @classmethod
    def from_grammar(cls, grammar: dict) -> "CompanySorts":
        sorts = grammar.get("company_sorts") or {}
        feminine = tuple(w.lower() for w in sorts.get("feminine", []))
        return cls(tuple(w.lower() for w in sorts.get("masculine", [])) + feminine, feminine,
                   frozenset(w.lower() for w in sorts.get("plural_articles", [])),
                   frozenset(w.lower() for w in grammar.get("genitive", [])))


def _definite_descriptions(doc: Doc, actors: dict[str, Actor], mentions: list[ActorMention], nouns: dict[str, str],
                           articles: frozenset[str], sorts: CompanySorts = CompanySorts(),
                           introducers: frozenset[str] = frozenset(), genitive_endings: tuple[str, ...] = (),
                           fused: frozenset[str] = frozenset(), moved_from: frozenset[str] = frozenset(),
                           moved_to: frozenset[str] = frozenset(), between: frozenset[str] = frozenset()) -> None:
    """A definite common noun standing for the last actor of its kind named before it: "das Unternehmen"
    after "Fiat Chrysler", "das Land" after "Griechenland", "die Gemeinde" after "Gemeinde Lustenau"
    (grammar.yml ``definite_descriptions``), and a compound naming a sort of company or club (``company_sorts``:
    "der Stahlkonzern", "die Handelskette", "dem abstiegsbedrohten Bundesligisten", "beim Erste-Liga-Aufsteiger"; not
    "der US-Konzern", another state's) for the last organisation. Not when a name follows ("der Konzern Siemens") or a
    preposition fuses the article ("im Land"), except for an organisation ("unterschrieb beim Zweitligisten",
    grammar.yml ``fused_articles``). The club a player joins is not the one of the sentence he leaves ("wechselt vom
    SC X zum Tabellenfünften", grammar.yml ``transfers``)."""
    if not nouns:
        return
    taken = {i for m in mentions for i in range(m.start, m.end)}
    people = {m.start for m in mentions if actors[m.actor].type == "Person"}
    # a person's party in brackets is no antecedent: "Bürgermeister Andreas Rabl (FPÖ)" before "das Unternehmen"
    after_people = {m.end for m in mentions if actors[m.actor].type == "Person" and m.end < len(doc) and doc[m.end].text == "("}
    ordered = sorted(mentions, key=lambda m: m.start)
    for token in doc[1:]:
        kind = nouns.get(token.text)
        introduced = kind is None and token.text in introducers
        if introduced:
            kind = "Organization"
        if kind is None and sorts.endings and token.tag_.startswith("NN") and token.text.lower().endswith(sorts.endings) \
                and not token.text.split("-")[0].isupper() and _singular_company(doc, token, sorts):
            kind = "Organization"
        article = _article_of(doc, token.i)
        opening = articles | fused if kind == "Organization" else articles
        if kind is not None and doc[article].lower_ not in opening and _bare_pair(doc, token, set(nouns) | set(introducers), between):
            article = token.i  # "Stadt und Unternehmen hatten unterzeichnet": a pair of them needs no article
        elif kind is None or token.i in taken or doc[article].lower_ not in opening:
            continue
        if token.i in taken:
            continue
        if doc[article].lower_ in fused:
            article += 1  # the preposition is no part of the mention: "zum Tabellenfünften" is "Tabellenfünften"
        if token.i + 1 < len(doc) and (token.i + 1 in taken or doc[token.i + 1].tag_ == "NE") \
                and not (token.i + 1 in people and kind != "Person"):
            continue  # "der Konzern Siemens" names itself (not "lud die Gemeinde Lindqvist ein": its object follows)
        # the one the text introduced with this very noun first, whatever its kind: "das Land" after "dem Land Südtirol"
        # (a region) before a country named in between
        stem = _stem(token.text, genitive_endings)
        # (not a name in the genitive after it: "die drittgrößte Stadt Niederösterreichs" introduces no town)
        named_so = [m for m in ordered if m.end <= article and _stem(_word_before(doc, m.start), genitive_endings) == stem
                    and not _genitive_name(doc, actors[m.actor], m)]
        if named_so and not introduced:
            _add_mention(actors, mentions, actors[named_so[-1].actor], doc[article : token.i + 1], via_role=True)
            taken.update(range(article, token.i + 1))
            continue
        before = [m for m in ordered if m.end <= article and actors[m.actor].type == kind and m.start - 1 not in after_people]
        if introduced:
            # "die Gewerkschaft" is the one the text introduced as one ("die Gewerkschaft PRO-GE", "der
            # Bürgerinitiative „Lebenswertes Enns“"), never just the organisation named last
            # (or whose own name has a word ending in it: "der Verband" for "Österreichischer Skiverband", "die
            # Versicherung" for "Donauland Versicherung")
            noun = token.text.lower()
            before = [m for m in before if _introducer(doc, m.start).lower().endswith(noun)
                      or any(w.lower().endswith(noun) for w in actors[m.actor].label.split())]
        if kind == "Place":
            # a town only where the text called it one, it heads the story or it is in the same sentence:
            # "die Gemeinde" is the "Gemeinde Lustenau" or the dateline's "Lustenau –", not the canton named last
            sentence_start = token.sent.start
            before = [m for m in before if nouns.get(_word_before(doc, m.start)) == "Place" and not _genitive_name(doc, actors[m.actor], m)
                      or m.end < len(doc) and doc[m.end].text in ("–", "-", "—") and doc[m.start].is_sent_start
                      or m.start >= sentence_start or m.start == 0]
        # an organisation named only in a genitive attribute ("eine Tochter des Konzerns X") is not what "das Unternehmen"
        # goes on to mean when the story's own organisation was named before
        if doc[article - 1].lower_ in moved_to:
            sentence_start = token.sent.start
            before = [m for m in before if not (m.start >= sentence_start and doc[m.start - 1].lower_ in moved_from)]
        own = [m for m in before if not _genitive_of_noun(doc, m.start)]
        if own and kind == "Organization":
            before = own
        if not before:
            continue
        _add_mention(actors, mentions, actors[before[-1].actor], doc[article : token.i + 1], via_role=True)
        taken.update(range(article, token.i + 1))


def _headline_descriptions(doc: Doc, actors: dict[str, Actor], mentions: list[ActorMention], title_span: tuple[int, int],
                           sorts: CompanySorts, articles: frozenset[str]) -> None:
    """A headline drops the article and names a side by its sort before the story names it: "Enns verhandelt mit
    Logistikkonzern" is the organisation the text goes on to introduce with that very noun ("der Logistikkonzern
    Baltica Logistics")."""
    headline = [t for t in doc if title_span[0] <= t.idx < title_span[1]]
    if not headline:
        return
    taken = {i for m in mentions for i in range(m.start, m.end)}
    later = sorted((m for m in mentions if m.start > headline[-1].i), key=lambda m: m.start)
    for token in headline[1:]:
        if token.i in taken or not token.tag_.startswith("NN") or not token.lower_.endswith(sorts.endings) \
                or doc[token.i - 1].tag_ in ("ART", "PDAT", "PPOSAT", "ADJA"):
            continue
        # introduced by the same noun after an article: "der Logistikkonzern Baltica Logistics"
        named_so = next((m for m in later if actors[m.actor].type == "Organization" and m.start >= 2
                         and doc[m.start - 1].text == token.text and doc[m.start - 2].lower_ in articles), None)
        if named_so is not None:
            _add_mention(actors, mentions, actors[named_so.actor], doc[token.i : token.i + 1], via_role=True)
            taken.add(token.i)


def _genitive_name(doc: Doc, actor: Actor, m: ActorMention) -> bool:
    """The mention is its actor's name with a genitive "s" the name itself does not end in: "Niederösterreichs"."""
    last = doc[m.end - 1].text
    return last.endswith("s") and not actor.label.endswith(last)


def _genitive_of_noun(doc: Doc, start: int) -> bool:
    """The name at ``start`` is a genitive attribute of a common noun, past its own sort noun and adjectives: "eine
    Tochter des deutschen Konzerns X"."""
    i = start - 1
    if i >= 0 and doc[i].tag_ == "NN":
        i -= 1  # the sort noun: "Konzerns"
    while i >= 0 and doc[i].tag_ == "ADJA":
        i -= 1
    return i >= 1 and doc[i].lower_ in ("des", "der") and doc[i].tag_ == "ART" and doc[i - 1].tag_ == "NN"


def _bare_pair(doc: Doc, token: Token, nouns: dict[str, str] | set[str], between: frozenset[str] = frozenset()) -> bool:
    """The noun and another of ``nouns`` joined by "und" without articles: "Stadt und Unternehmen", also after one of
    ``between``: "die Gespräche zwischen Stadt und Universität"."""
    def opens(k: int) -> bool:
        return k < 0 or doc[k].tag_ not in ("ART", "ADJA", "APPR", "APPRART") or doc[k].lower_ in between
    i = token.i
    if i + 2 < len(doc) and doc[i + 1].lower_ == "und" and doc[i + 2].text in nouns and opens(i - 1):
        return True
    return i >= 2 and doc[i - 1].lower_ == "und" and doc[i - 2].text in nouns and opens(i - 3)


def _merge_actor(actors: dict[str, Actor], mentions: list[ActorMention], source: Actor, target: Actor, *,
                 country: bool = False) -> None:
    """``source`` is ``target``: its mentions (and with ``country`` its state, where the target has none) become the
    target's, and it is gone."""
    for i, m in enumerate(mentions):
        if m.actor == source.id:
            mentions[i] = ActorMention(target.id, m.start, m.end, m.start_char, m.end_char, m.via_role)
    target.mentions.extend(source.mentions)
    if country:
        target.country = target.country or source.country
    del actors[source.id]


def _group_compounds(doc: Doc, actors: dict[str, Actor], mentions: list[ActorMention], gaz: Gazetteer,
                     heads: tuple[str, ...]) -> None:
    """A compound of an organisation's name and a word for the whole firm is that organisation: "die
    Raiffeisen-Gruppe", "der Strabag-Konzern" (grammar.yml ``organisation_compound_heads``), where the name is an
    organisation of the gazetteer or of the text (other compounds name no actor: "Gaza-Krieg", ANNOTATION.md)."""
    if not heads:
        return
    taken = {i for m in mentions for i in range(m.start, m.end)}
    named = {a.label: a for a in actors.values() if a.type == "Organization"}
    for token in doc:
        name, _, head = token.text.rpartition("-")
        if token.i in taken or not name or head.lower() not in heads:
            continue
        actor = named.get(name)
        entry = gaz.names.get(name) if actor is None else None
        if entry is not None and entry.kind == "Organization":
            actor = actors.get(entry.key) or Actor(id=entry.key, label=entry.canonical, type="Organization", country=entry.country)
        if actor is not None:
            _add_mention(actors, mentions, actor, doc[token.i : token.i + 1])


def _organisation_short_names(actors: dict[str, Actor], mentions: list[ActorMention], gaz: Gazetteer,
                              tails: frozenset[str]) -> None:
    """A word that only one organisation's name holds before its last word, besides abbreviations, legal forms and
    places, names it alone:
    "Sturm" for "SK Sturm Graz", "Pramtaler" for "Pramtaler Landtechnik AG" (grammar.yml organisation_name_tails) —
    another actor with that word as its whole name is the organisation (as a surname joins its full name)."""
    owners: dict[str, set[str]] = {}
    for actor in actors.values():
        words = actor.label.split()
        if actor.type != "Organization" or len(words) < 2:
            continue
        for word in words[:-1]:  # (the last word is often the town a club or group is named after: "SK Sturm Graz")
            entry = gaz.names.get(word)
            if len(word) < 4 or not word[:1].isupper() or word.isupper() or word.lower() in tails \
                    or entry is not None and entry.kind in ("Place", "Country"):
                continue
            owners.setdefault(word, set()).add(actor.id)
    for actor in list(actors.values()):
        keys = owners.get(actor.label, set())
        if actor.type in ("Person",) or len(keys) != 1 or actor.id in keys:
            continue
        _merge_actor(actors, mentions, actor, actors[next(iter(keys))])


def _place_short_names(actors: dict[str, Actor], mentions: list[ActorMention], connectors: frozenset[str]) -> None:
    """A town named by the first word of exactly one other town's name, before a connector, is that town: "Kirchberg"
    for "Kirchberg an der Raab", "Ried" for "Ried im Innkreis" (grammar.yml place_name_connectors)."""
    places = [a for a in actors.values() if a.type == "Place"]
    for actor in list(places):
        longer = [b for b in places if b is not actor and b.label.startswith(actor.label + " ")
                  and b.label[len(actor.label) + 1 :].split()[0].lower() in connectors]
        if len(longer) == 1 and actor.id in actors:
            _merge_actor(actors, mentions, actor, longer[0])


def _names_without_legal_form(doc: Doc, actors: dict[str, Actor], mentions: list[ActorMention], legal: frozenset[str]) -> None:
    """A company's name without its legal form, where nothing else was found, is the company: "Livarna Savinja" (a
    headline) for "Livarna Savinja d.d." (gazetteer/name_cues.tsv, position legal), also past a sort noun the name was
    found with ("Steyrtaler Präzisionsguss" for "Aluminiumgießer Steyrtaler Präzisionsguss AG")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    texts = [t.text for t in doc]
    for actor in list(actors.values()):
        words = actor.label.split()
        if actor.type != "Organization" or len(words) < 3 and (len(words) < 2 or len(words[0]) < 4) or words[-1] not in legal:
            continue
        first = next((m for m in mentions if m.actor == actor.id), None)
        shorts = [words[:-1]]
        if first is not None and len(words) > 2 and doc[first.start].tag_ == "NN":
            shorts.append(words[1:-1])
        for short in shorts:
            n = len(short)
            for i in range(len(doc) - n + 1):
                if texts[i : i + n] == short and not any(k in taken for k in range(i, i + n)) \
                        and not (i + n < len(doc) and texts[i + n] in legal):
                    _add_mention(actors, mentions, actor, doc[i : i + n])
                    taken.update(range(i, i + n))


def _head_nouns(doc: Doc, actors: dict[str, Actor], mentions: list[ActorMention], gaz: Gazetteer,
                articles: frozenset[str], legal: frozenset[str]) -> None:
    """An organisation whose name ends (before a legal form) in a common noun is named by that noun after a definite
    article when no other organisation's name ends in it: "die Biowärme" for "Murtaler Biowärme GmbH", "die Molkerei"
    for "Almtaler Molkerei" (not a place the name ends in: "Energie Steiermark"; not "die Bank Austria")."""
    heads: dict[str, set[str]] = {}
    for actor in actors.values():
        words = actor.label.split()
        words = words[:-1] if words and words[-1] in legal else words
        if actor.type != "Organization" or len(words) < 2 or any(w[:1].islower() for w in words):
            continue  # (a name with a genitive or preposition has its head first: "Fachverband der Papierindustrie")
        head = words[-1]
        entry = gaz.names.get(head)
        if len(head) < 4 or not head[:1].isupper() or head.isupper() or entry is not None:
            continue
        heads.setdefault(head, set()).add(actor.id)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for t in doc:
        keys = heads.get(t.text, set())
        if len(keys) != 1 or t.i in taken or t.tag_ != "NN" or t.i == 0 or doc[t.i - 1].lower_ not in articles \
                or t.i + 1 < len(doc) and doc[t.i + 1].tag_ in ("NE", "NN") and doc[t.i + 1].text[:1].isupper():
            continue
        _add_mention(actors, mentions, actors[next(iter(keys))], doc[t.i : t.i + 1])


def _bracket_abbreviations(doc: Doc, actors: dict[str, Actor], mentions: list[ActorMention]) -> None:
    """An organisation's abbreviation in brackets right after its name is the same organisation: "der
    Arbeitgeberverband Sozialwirtschaft Österreich (SWÖ)" — "Die SWÖ" later is one actor with it, named by its full name."""
    by_start = {m.start: m for m in mentions}
    for m in list(mentions):
        inner = by_start.get(m.end + 1)
        if inner is None or m.end + 1 >= len(doc) or doc[m.end].text != "(" or inner.end >= len(doc) or doc[inner.end].text != ")":
            continue
        long, short = actors.get(m.actor), actors.get(inner.actor)
        if long is None or short is None or long is short or long.type != "Organization" or short.type != "Organization":
            continue
        caps = sum(ch.isupper() for ch in short.label)
        if caps < 2 or len(short.label) > 8 or " " in short.label:
            continue
        _merge_actor(actors, mentions, short, long, country=True)
        by_start = {x.start: x for x in mentions}


def _initialisms(actors: dict[str, Actor], mentions: list[ActorMention], legal: frozenset[str]) -> None:
    """An abbreviation made of the initials of one organisation's name, where no brackets joined them, is that
    organisation: "WAC" for "Wolfsberger AC", "JKU" for "Johannes Kepler Universität" (a word in capitals counts
    whole, a hyphen opens a word: "GBH" for "Gewerkschaft Bau-Holz"; small words and legal forms are left out)."""
    def initials(label: str) -> str:
        parts = [p for w in label.split() if w not in legal for p in w.split("-") if p]
        return "".join(p if p.isupper() and len(p) > 1 else p[0] for p in parts if p[:1].isupper())

    longs: dict[str, list[Actor]] = {}
    for actor in actors.values():
        if actor.type == "Organization" and len(actor.label.split()) >= 2:
            longs.setdefault(initials(actor.label), []).append(actor)
    for actor in list(actors.values()):
        label = actor.label
        if actor.type != "Organization" or not 2 <= len(label) <= 6 or not label.isalpha() or not label.isupper():
            continue
        owners = [a for a in longs.get(label, []) if a is not actor]
        if len(owners) == 1 and owners[0].id in actors:
            _merge_actor(actors, mentions, actor, owners[0], country=True)


def _drop_agency_credits(doc: Doc, actors: dict[str, Actor], mentions: list[ActorMention], agencies: frozenset[str]) -> None:
    """News agencies credited in brackets are no actors (ANNOTATION.md: agency signatures): the dateline's "Wien
    (APA) -", "Berlin (dpa/APA) –" and the signature "(APA, 2.8.2015)", brackets holding nothing but agencies
    (grammar.yml ``news_agencies``), slashes, commas and dates. "berichtete die APA" keeps its source."""
    if not agencies:
        return
    at = {i: m for m in mentions for i in range(m.start, m.end)}

    def credit_word(i: int) -> bool:
        m = at.get(i)
        return doc[i].text in ("/", ",", ".") or doc[i].like_num or doc[i].is_space \
            or m is not None and actors[m.actor].label in agencies

    dropped = []
    for m in mentions:
        if actors[m.actor].label not in agencies:
            continue
        left = m.start - 1
        while left >= 0 and m.start - left <= 8 and doc[left].text != "(" and credit_word(left):
            left -= 1
        right = m.end
        while right < len(doc) and right - m.end <= 8 and doc[right].text != ")" and credit_word(right):
            right += 1
        if left >= 0 and right < len(doc) and doc[left].text == "(" and doc[right].text == ")":
            dropped.append(m)
    for m in dropped:
        mentions.remove(m)
        actor = actors[m.actor]
        actor.mentions = [t for t in actor.mentions if (t.start, t.end) != (m.start_char, m.end_char)]
        if not actor.mentions:
            del actors[m.actor]


def _age_descriptions(doc: Doc, actors: dict[str, Actor], mentions: list[ActorMention], spec: dict,
                      gendered: Genders | None = None) -> None:
    """A definite age noun stands for the person named last before it: "Der 22-Jährige unterschrieb …" after
    "Florian Wirtz wechselt …" (grammar.yml ``age_descriptions``: its endings after "<number>-" and the articles
    before it); only a person of the same or the sentence before, so a story's other people are not reached. When the
    article tells a gender ("die 61-Jährige", "der 49-Jährige"; grammar.yml ``genders``), the last person of that
    gender named in the last few sentences (``reach``) is meant, though someone else was named since."""
    endings = tuple(spec.get("endings", []))
    articles = frozenset(w.lower() for w in spec.get("articles", []))
    by_form = {(article.lower(), ending): gender for gender, forms in (spec.get("genders") or {}).items()
               for article, ending in (form.split() for form in forms)}
    reach = int(spec.get("reach", 1))
    if not endings:
        return
    pattern = re.compile(r"^\d+-(?:" + "|".join(map(re.escape, endings)) + r")$")  # the noun, not "der 22-jährige Stürmer"
    taken = {i for m in mentions for i in range(m.start, m.end)}
    sentences = list(doc.sents)
    previous = {s.start: (sentences[n - 1].start if n else s.start) for n, s in enumerate(sentences)}
    earlier = {s.start: sentences[max(0, n - reach)].start for n, s in enumerate(sentences)}
    people = sorted((m for m in mentions if actors[m.actor].type == "Person" and not m.via_role), key=lambda m: m.start)
    for token in doc:
        if token.i in taken or not pattern.match(token.text):
            continue
        article = _index_before(doc, token.i)
        if article < 0 or doc[article].lower_ not in articles:
            continue
        gender = by_form.get((doc[article].lower_, token.text.partition("-")[2]))
        # (of several of its gender, the one the story is about so far: "Vor seiner Abreise hatte der 49-Jährige …"
        # after a visitor's hosts were named)
        chosen = _most_about(people, actors, earlier[token.sent.start], article, gender, gendered)
        floor = previous[token.sent.start]
        before = [chosen] if chosen is not None else [m for m in people if floor <= m.start and m.end <= article]
        if before:
            _add_mention(actors, mentions, actors[before[-1].actor], doc[article : token.i + 1], via_role=True)
            taken.update(range(article, token.i + 1))


def _most_about(people: list[ActorMention], actors: dict[str, Actor], floor: int, article: int, gender: str | None,
                gendered: Genders | None, prefer: Callable[[Actor], bool] | None = None) -> ActorMention | None:
    """The latest mention, from token ``floor`` up to ``article``, of the person of ``gender`` named most often before
    ``article``: whom a description of that gender ("die 61-Jährige", "der Sozialdemokrat") means."""
    if gendered is None or gender is None:
        return None
    fitting = [m for m in people if floor <= m.start and m.end <= article and gendered.of_person(actors[m.actor]) == gender]
    if prefer is not None and any(prefer(actors[m.actor]) for m in fitting):
        fitting = [m for m in fitting if prefer(actors[m.actor])]  # "der Gewerkschafter": the union's man
    if not fitting:
        return None
    counts = Counter(m.actor for m in people if m.end <= article)
    top = max(counts[m.actor] for m in fitting)
    return [m for m in fitting if counts[m.actor] == top][-1]


def _person_descriptions(doc: Doc, actors: dict[str, Actor], mentions: list[ActorMention], spec: dict,
                         gendered: Genders | None) -> None:
    """A definite noun for a sort of person ("der Sozialdemokrat", "die Diplomatin"; grammar.yml ``person_descriptions``:
    article and form per gender, and how many sentences back it reaches) stands for the person of that gender the story
    is most about in those sentences, as an age noun does; nothing when no such person is known."""
    forms = {(article.lower(), form): gender for gender, pairs in (spec.get("forms") or {}).items()
             for article, form in (pair.split() for pair in pairs)}
    if not forms or gendered is None:
        return
    reach = int(spec.get("reach", 1))
    ties = {noun: frozenset(w.lower() for w in words) for noun, words in (spec.get("ties") or {}).items()}
    known_ties: dict[str, set[str]] = {}

    def ties_of(person: Actor) -> set[str]:
        if person.id not in known_ties:
            known_ties[person.id] = _organisations_of(person, doc, mentions, actors)
        return known_ties[person.id]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    sentences = list(doc.sents)
    earlier = {s.start: sentences[max(0, n - reach)].start for n, s in enumerate(sentences)}
    people = sorted((m for m in mentions if actors[m.actor].type == "Person" and not m.via_role), key=lambda m: m.start)
    nouns = {form for _, form in forms}
    for token in doc:
        if token.i in taken or token.text not in nouns or token.tag_ not in ("NN", "NE"):
            continue
        article = _index_before(doc, token.i)
        while article >= 0 and doc[article].tag_ == "ADJA":  # "der frühere Sozialdemokrat"
            article = _index_before(doc, article)
        gender = forms.get((doc[article].lower_, token.text)) if article >= 0 else None
        words = next((w for noun, w in ties.items() if token.text.startswith(noun)), None)
        prefer = (lambda a, words=words: bool(ties_of(a) & words)) if words else None
        chosen = _most_about(people, actors, earlier[token.sent.start], article, gender, gendered, prefer)
        if chosen is None:
            continue
        _add_mention(actors, mentions, actors[chosen.actor], doc[article : token.i + 1], via_role=True)
        taken.update(range(article, token.i + 1))


def _organisations_of(person: Actor, doc: Doc, mentions: list[ActorMention], actors: dict[str, Actor]) -> set[str]:
    """The lowercased names a person's titles tie them to ("GBH-Bundesvorsitzender": gbh and the union's full name)
    and those in brackets after them ("Doris Bures (SPÖ)"), with their words."""
    names = {r.org for r in person.roles if r.org}
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        inner = by_start.get(m.end + 1) if m.actor == person.id and m.end < len(doc) and doc[m.end].text == "(" else None
        if inner is not None:
            names.add(actors[inner.actor].label if inner.actor in actors else doc[inner.start : inner.end].text)
    for actor in actors.values():
        if actor.type == "Organization" and any(t.text in names for t in actor.mentions):
            names.add(actor.label)
    return {w.lower() for n in names for w in [n, *n.replace("-", " ").split()]}


def _singular_company(doc: Doc, token: Token, sorts: CompanySorts) -> bool:
    """A sort of company in the singular and not a genitive attribute: not "die Hersteller" (a masculine noun after
    "die" is plural) nor "die Aktien der Hersteller"."""
    article = doc[_article_of(doc, token.i)]
    if article.lower_ in sorts.plural_articles and not token.lower_.endswith(sorts.feminine):
        return False
    before = _index_before(doc, article.i)
    return not (article.lower_ in sorts.genitive_articles and before >= 0 and doc[before].tag_.startswith("NN"))


def _add_mention(actors: dict[str, Actor], mentions: list[ActorMention], actor: Actor, span: Span, *, via_role: bool = False) -> None:
    """Record ``span`` as a mention of ``actor`` (registered first if new)."""
    actors.setdefault(actor.id, actor).mentions.append(TextSpan(span.text, span.start_char, span.end_char))
    mentions.append(ActorMention(actor.id, span.start, span.end, span.start_char, span.end_char, via_role=via_role))


def _dateline_places(doc: Doc, actors: dict[str, Actor], mentions: list[ActorMention], dateline: str, gaz: Gazetteer) -> None:
    """The towns of the story's dateline ("Dornbirn – …", "Moskau/Kiew – …") that no name found: a
    dateline names places, so a small town the gazetteer lacks is still one."""
    match = re.search(re.escape(dateline) + r"(?:\s\([^)\n]{0,20}\))?\s[–—-]\s", doc.text)
    if match is None:
        return
    taken = {i for m in mentions for i in range(m.start, m.end)}
    offset = match.start()
    for part in dateline.split("/"):
        span = doc.char_span(offset, offset + len(part), alignment_mode="expand")
        offset += len(part) + 1
        person = next((actors[m.actor] for m in mentions if span is not None and (m.start, m.end) == (span.start, span.end)
                       and actors[m.actor].type == "Person"), None)
        if person is not None and all(t.text == part for t in person.mentions):
            # a town named like a person ("Maria Enzersdorf – …"): a dateline names no one, and neither does the name
            # anywhere else in the story
            place = Actor(id=actor_key("Place", part), label=part, type="Place", country=None)
            actors.setdefault(place.id, place)
            for n, m in enumerate(mentions):
                if m.actor == person.id:
                    _move_mention(actors, mentions, n, place.id)
            _drop_unmentioned(actors, [person.id])
            continue
        if span is None or any(t.i in taken for t in span):
            continue
        entry = gaz.names.get(part)
        if entry is not None and entry.kind in ("Place", "Country"):
            place = Actor(id=entry.key, label=entry.canonical, type="Place", country=entry.country)
        else:
            place = Actor(id=actor_key("Place", part), label=part, type="Place", country=None)
        _add_mention(actors, mentions, place, span)


def _introducer(doc: Doc, start: int) -> str:
    """The common noun that introduced the name at ``start``, past an opening quote: "Gewerkschaft" of "die
    Gewerkschaft PRO-GE", "Bürgerinitiative" of "der Bürgerinitiative „Lebenswertes Enns“" ("" if none)."""
    j = _index_before(doc, start)
    if j >= 0 and doc[j].is_quote:
        j = _index_before(doc, j)
    return doc[j].text if j >= 0 and doc[j].tag_.startswith("NN") else ""


def _article_of(doc: Doc, i: int) -> int:
    """The index of the word before noun i, over whitespace ("Der  Fußballclub", a double space in the text) and up to
    two attributive adjectives ("dem aktuellen Tabellenführer"); 0 at the start."""
    before = max(_index_before(doc, i), 0)
    for _ in range(2):
        if doc[before].tag_ != "ADJA" or before == 0:
            break
        before = max(_index_before(doc, before), 0)
    return before


def _index_before(doc: Doc, i: int) -> int:
    """The index of the word before token i, over whitespace tokens ("Gemeinde  Lustenau"); -1 at the start."""
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i


def _stem(noun: str, endings: tuple[str, ...]) -> str:
    """A noun without a genitive ending (grammar.yml description_genitive_endings), lowercased: "Landes" and "Land"
    are one ("" stays "")."""
    low = noun.lower()
    for ending in endings:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return low[: -len(ending)]
    return low


def _word_before(doc: Doc, i: int) -> str:
    """The text of that word ("" at the start)."""
    j = _index_before(doc, i)
    return doc[j].text if j >= 0 else ""


def _governments(doc: Doc, actors: dict[str, Actor], mentions: list[ActorMention], gaz: Gazetteer,
                 nouns: frozenset[str], prepositions: frozenset[str] = frozenset()) -> None:
    """A government standing for its state is the country (ANNOTATION.md): "die österreichische
    Regierung", "der russischen Führung", "die Regierung in Wien" (a capital after ``prepositions``, grammar.yml
    ``government_prepositions``; the capital's own mention goes)."""
    if not nouns:
        return
    by_start = {m.start: m for m in mentions}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for token in doc:
        if token.text not in nouns or token.i in taken:
            continue
        iso, start, end, capital = None, token.i, token.i + 1, None
        prev = doc[token.i - 1] if token.i > 0 else None
        if prev is not None and prev.text[:1].islower() and prev.i not in taken:
            iso = gaz.nationality(prev.text)
            start = prev.i if iso else start
        if iso is None and token.i + 2 < len(doc) and doc[token.i + 1].lower_ in prepositions:
            capital = by_start.get(token.i + 2)
            place = actors.get(capital.actor) if capital is not None else None
            iso = gaz.capitals.get(place.label) if place is not None and place.type == "Place" else None
            end = capital.end if iso and capital is not None else end
        if not iso:
            continue
        if capital is not None and end == capital.end:
            mentions.remove(capital)
        key = actor_key("Country", iso)
        _add_mention(actors, mentions, Actor(id=key, label=gaz.country_names.get(iso, iso), type="Country", country=iso),
                     doc[start:end])
        taken.update(range(start, end))


def _regional_governments(doc: Doc, actors: dict[str, Actor], mentions: list[ActorMention], gaz: Gazetteer,
                          nouns: frozenset[str]) -> None:
    """The government of a region or town named by its adjective is that place acting: "die Salzburger
    Landesregierung" is Salzburg, "die Wiener Stadtregierung" Vienna (grammar.yml ``regional_government_nouns``)."""
    if not nouns:
        return
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if token.text not in nouns or token.i in taken or prev.i in taken or not prev.text[:1].isupper() \
                or not prev.text.endswith("er") or len(prev.text) < 5:
            continue
        # "Salzburger" -> Salzburg, "Kärntner" -> Kärnten
        entry = next((e for e in (gaz.names.get(prev.text[:-2]), gaz.names.get(prev.text[:-3] + "en"))
                      if e is not None and e.kind == "Place"), None)
        if entry is None:
            continue
        _add_mention(actors, mentions, Actor(id=entry.key, label=entry.canonical, type="Place", country=entry.country),
                     doc[prev.i : token.i + 1])
        taken.update(range(prev.i, token.i + 1))


def _widen_mention(actors: dict[str, Actor], mentions: list[ActorMention], n: int, span: Span) -> None:
    """Mention ``n`` becomes ``span`` (which holds it), in the mention list and in its actor's mentions."""
    m = mentions[n]
    mentions[n] = ActorMention(m.actor, span.start, span.end, span.start_char, span.end_char, m.via_role)
    actor = actors[m.actor]
    actor.mentions = [TextSpan(span.text, span.start_char, span.end_char) if t.start == m.start_char else t
                      for t in actor.mentions]


def _state_nouns(doc: Doc, actors: dict[str, Actor], mentions: list[ActorMention], nouns: frozenset[str],
                 twins: frozenset[str] = frozenset()) -> None:
    """A region's mention takes in the noun that makes it a state acting ("das Land Tirol", "der Freistaat Bayern";
    grammar.yml ``state_nouns``): one actor, the region, with "Land Tirol" as its mention. A state that shares its
    name with its capital town (``states_named_like_towns``: "das Land Salzburg", "der Kanton Zürich") is an actor of
    its own beside the town, and so is "das Land" standing alone that referred to it."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    split: dict[str, str] = {}  # town actor -> its state's actor
    for n, m in enumerate(mentions):
        actor = actors.get(m.actor)
        if actor is None or actor.type != "Place" or m.start == 0 or doc[m.start - 1].text not in nouns or m.start - 1 in taken:
            continue
        _widen_mention(actors, mentions, n, doc[m.start - 1 : m.end])
        taken.add(m.start - 1)
        if actor.label in twins:
            label = f"{doc[m.start - 1].text} {actor.label}"
            state = split.setdefault(actor.id, actor_key("Place", label))
            actors.setdefault(state, Actor(id=state, label=label, type="Place", country=actor.country))
            _move_mention(actors, mentions, n, state)
    for n, m in enumerate(mentions):
        if m.actor in split and doc[m.start : m.end].text.split()[-1] in nouns:
            _move_mention(actors, mentions, n, split[m.actor])  # "wollen Land und Ministerium verhandeln"
    _drop_unmentioned(actors, split)


def _club_demonyms(doc: Doc, actors: dict[str, Actor], mentions: list[ActorMention], rules: dict,
                   club_words: frozenset[str] = frozenset()) -> None:
    """ "die Rieder", "den Grazern": the plural of a town's demonym after a plural article is the one organisation of the
    article named with that town ("SV Ried", "Sturm Graz"; grammar.yml club_demonyms), not a person or the town."""
    articles = frozenset(rules.get("articles", []))
    endings = tuple(rules.get("endings", []))
    if not articles or not endings:
        return
    by_town: dict[str, list[str]] = {}
    for actor in actors.values():
        if actor.type == "Organization":
            for word in actor.label.split():
                if len(word) > 2 and word[:1].isupper():
                    by_town.setdefault(word, []).append(actor.id)

    def club_of(word: str) -> str | None:
        """The one organisation named with the town whose demonym ``word`` is."""
        clubs = next((by_town[word[: -len(e)]] for e in endings if word.endswith(e) and word[: -len(e)] in by_town), [])
        return clubs[0] if len(set(clubs)) == 1 else None

    moved: set[str] = set()
    for n, m in enumerate(mentions):
        if m.end - m.start != 1 or m.start == 0 or doc[m.start - 1].lower_ not in articles or actors[m.actor].type == "Organization":
            continue
        club = club_of(doc[m.start].text)
        if club is not None:
            moved.add(m.actor)
            _move_mention(actors, mentions, n, club)
    _drop_unmentioned(actors, moved)
    # … and where no name was found there, for a sports club (name_cues.tsv ``club``): "haben sich die Grazer mit KAA Gent
    # verständigt" after "SK Sturm Graz" (not "Die Grazer freuen sich" after "Universität Graz": the town's people)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for token in doc[1:]:
        if token.i in taken or doc[token.i - 1].lower_ not in articles or not token.text[:1].isupper():
            continue
        club = club_of(token.text)
        if club is not None and actors[club].label.split()[0] in club_words:
            _add_mention(actors, mentions, actors[club], doc[token.i : token.i + 1], via_role=True)


def _drop_unmentioned(actors: dict[str, Actor], keys) -> None:
    """The actors of ``keys`` whose mentions all moved to another actor are gone."""
    for key in keys:
        if not actors[key].mentions:
            del actors[key]


def _move_mention(actors: dict[str, Actor], mentions: list[ActorMention], n: int, key: str) -> None:
    """Mention ``n`` now refers to the actor ``key``."""
    m = mentions[n]
    old = actors[m.actor]
    moved = [t for t in old.mentions if t.start == m.start_char]
    old.mentions = [t for t in old.mentions if t.start != m.start_char]
    actors[key].mentions.extend(moved)
    mentions[n] = ActorMention(key, m.start, m.end, m.start_char, m.end_char, m.via_role)


def _name_words(ent: Span) -> list[str]:
    return ent.text.split()


def _attach_titles(doc: Doc, actors: dict[str, Actor], mentions: list[ActorMention], gaz: Gazetteer,
                   plural_words: frozenset[str] = frozenset(), plural_forms: dict | None = None,
                   generic: dict | None = None, deputies: tuple[str, ...] = (), articles: frozenset[str] = frozenset(),
                   counterparts: frozenset[str] = frozenset(), gendered: Genders | None = None,
                   fused: frozenset[str] = frozenset()) -> None:
    """Titles name the office of the person after them; a title standing alone refers to an office holder named
    elsewhere. A bare title refers by the office it heads only after a definite article ("die Ministerin", "des
    Ministers"; not the predicate of "Minister wolle er bleiben"), and one in the singular only to a person of its
    gender ("die Ministerin" is not the male minister named last)."""
    by_start = {m.start: m for m in mentions}
    alone: set[int] = set()  # titles before a name that still refer to another office holder
    for title in doc.spans.get("kg_titles", []):
        following = by_start.get(title.end)
        if following is not None and _title_of_another(doc, actors, mentions, title, following, articles):
            alone.add(title.start)  # "hat der Landeshauptmann Stangl und Pölzl geladen" after "Landeshauptmann X"
            continue
        if following is not None:
            named = [following]
            if title.start > 0 and doc[title.start - 1].lower_ in plural_words:
                # "die beiden Gründer Lena Hausberger und David Okafor": the office of both
                after = by_start.get(following.end + 1) if following.end < len(doc) and doc[following.end].lower_ == "und" else None
                named += [after] if after is not None else []
            for m in named:
                actor = actors[m.actor]
                if actor.type == "Person":
                    actor.roles.append(RoleMention(title.label_, title._.kg_country, title._.kg_role,
                                                   TextSpan(title.text, title.start_char, title.end_char)))
                    actor.country = actor.country or title._.kg_country
            continue
    _counterpart_roles(doc, actors, mentions, gaz, counterparts)
    # Titles standing alone refer to an office holder named elsewhere in the article.
    sentence_of = {m.start: doc[m.start].sent.start for m in mentions}
    by_end = {m.end: m for m in mentions}
    for title in doc.spans.get("kg_titles", []):
        if title.end in by_start and title.start not in alone:
            continue
        # a title in apposition after a name is that person's: "mit Wolodymyr Selenskyj, dem Präsidenten der Ukraine,"
        j = title.start - 1 if title.start > 0 and doc[title.start - 1].lower_ in articles else title.start
        named = by_end.get(j - 1) if j > 0 and doc[j - 1].text == "," else None
        if named is not None and actors[named.actor].type == "Person":
            continue
        plural = title.start > 0 and doc[title.start - 1].lower_ in plural_words
        if not plural and (_plural_form(title[-1], plural_forms or {}) or _counted(doc, title.start)):
            continue  # "Gespräche mit den Bürgermeistern", "die drei Präsidenten": a group of office holders
        start = title.start - 1 if plural else title.start
        gender = gendered.of_title(title[-1].text) if gendered is not None and not plural else None
        if plural and gendered is not None and title[-1].lower_.endswith("innen"):
            gender = FEMALE  # "die beiden Ministerinnen": two women
        holders = _holders(actors, mentions, title, before=title.start, generic=generic or {}, deputies=deputies,
                           by_head=plural or doc[title.start].lower_ in articles
                           or title.start > 0 and doc[title.start - 1].lower_ in fused,
                           fits=(lambda a: gendered.of_person(a) in (None, gender)) if gender else None)
        chosen = _pair(holders, mentions, sentence_of, title.start) if plural else holders[-1:]
        if plural and len(chosen) < 2:
            continue
        for key in chosen:
            span = doc[start : title.end]
            actors[key].mentions.append(TextSpan(span.text, span.start_char, span.end_char))
            mentions.append(ActorMention(key, start, title.end, span.start_char, span.end_char, via_role=True))


def _title_of_another(doc: Doc, actors: dict[str, Actor], mentions: list[ActorMention], title: Span,
                      following: ActorMention, articles: frozenset[str]) -> bool:
    """A definite title before the surname of someone named in full before without it refers to the office holder
    named before with it: "Landeshauptmann Mario Kunasek kritisierte Werner Stangl … Für Dienstag hat der
    Landeshauptmann Stangl und Pölzl geladen" (Kunasek invited them)."""
    person = actors[following.actor]
    if person.type != "Person" or doc[title.start].lower_ not in articles or following.end - following.start != 1:
        return False
    if any(r.role == title.label_ for r in person.roles):
        return False
    named_before = any(m.actor == person.id and m.end - m.start >= 2 and m.end <= title.start for m in mentions)
    holder = any(a.id != person.id and a.type == "Person" and any(r.role == title.label_ and r.mention is not None and r.mention.end <= title.start_char
                                                                   for r in a.roles) for a in actors.values())
    return named_before and holder


def _counterpart_roles(doc: Doc, actors: dict[str, Actor], mentions: list[ActorMention], gaz: Gazetteer,
                       counterparts: frozenset[str]) -> None:
    """A counterpart noun before a name gives the person the office of the title-holder named before it in the
    sentence, of the state of the adjective between (grammar.yml counterpart_nouns): "US-Präsident Donald Trump
    kündigte ein Treffen mit seinem russischen Amtskollegen Wladimir Putin an" makes Putin Russia's Präsident, so that
    "die beiden Präsidenten" are Trump and Putin."""
    if not counterparts:
        return
    for m in mentions:
        actor = actors[m.actor]
        if actor.type != "Person" or m.start < 1 or doc[m.start - 1].text not in counterparts:
            continue
        noun = doc[m.start - 1]
        adjective = doc[m.start - 2] if m.start >= 2 and doc[m.start - 2].tag_ == "ADJA" else None
        country = gaz.nationality(adjective.text) if adjective is not None else None
        holder = next((actors[o.actor] for o in sorted(mentions, key=lambda o: -o.start)
                       if o.start < noun.i and o.start >= noun.sent.start and o.actor != m.actor
                       and actors[o.actor].type == "Person" and actors[o.actor].roles), None)
        if holder is None or any(r.role == holder.roles[-1].role for r in actor.roles):
            continue
        start = adjective if adjective is not None else noun
        actor.roles.append(RoleMention(holder.roles[-1].role, country, None,
                                       TextSpan(doc[start.i : noun.i + 1].text, start.idx, noun.idx + len(noun))))
        actor.country = actor.country or country


def _counted(doc: Doc, start: int) -> bool:
    """A number word or numeral right before the title: "die drei Präsidenten" is a group, never one holder."""
    j = _index_before(doc, start)
    return j >= 0 and (doc[j].like_num or doc[j].tag_ == "CARD")


def _plural_form(token: Token, forms: dict) -> bool:
    """A title noun in a form only the plural has (grammar.yml ``plural_title_forms``): "Bürgermeistern",
    "Ministerinnen"; not the weak singular "den Präsidenten", whose lemma has no strong ending."""
    text, lemma = token.text, token.lemma_ or token.text
    if not forms:
        return False
    if text == lemma:
        return _plural_article(token, forms)
    if text.endswith(tuple(forms.get("endings", []))):
        return True
    # "der/die Regierungschefs": a masculine genitive singular takes "des", so these are plurals
    j = token.i - 1  # past a truncated compound: "der Staats- und Regierungschefs"
    while j > 0 and (token.doc[j].lower_ in forms.get("coordination", []) or token.doc[j].text.endswith("-")):
        j -= 1
    before = token.doc[j].lower_ if j >= 0 else ""
    if before in forms.get("s_plural_articles", []) and any(text == lemma + e for e in forms.get("s_endings", [])):
        return True
    if _plural_article(token, forms):
        return True
    return any(text == lemma + e for e in forms.get("dative_endings", [])) and lemma.endswith(tuple(forms.get("strong_stems", [])))


def _plural_article(token: Token, forms: dict) -> bool:
    """"Die EU-Außenminister haben sich geeinigt": "die" (over adjectives) before a title in no feminine form is a
    plural, whose singular and plural look alike (grammar.yml plural_title_forms masculine_plural_articles)."""
    k = token.i - 1
    while k > 0 and token.doc[k].tag_ == "ADJA":
        k -= 1
    return k >= 0 and token.doc[k].lower_ in forms.get("masculine_plural_articles", []) \
        and not token.text.endswith(tuple(forms.get("feminine_endings", [])))


def _pair(holders: list[str], mentions: list[ActorMention], sentence_of: dict[int, int], before: int) -> list[str]:
    """Of the office holders, the two named together in most sentences before ``before``."""
    if len(holders) <= 2:
        return holders[-2:]
    sentences: dict[str, set[int]] = {k: set() for k in holders}
    for m in mentions:
        if m.actor in sentences and not m.via_role and m.start < before:
            sentences[m.actor].add(sentence_of.get(m.start, -1))
    rank = {k: n for n, k in enumerate(holders)}  # later = more recent
    together: Counter[tuple[str, str]] = Counter()
    for i, a in enumerate(holders):
        for b in holders[i + 1 :]:
            together[(a, b)] = len(sentences[a] & sentences[b])
    best = max(together, key=lambda p: (together[p], min(rank[p[0]], rank[p[1]]), max(rank[p[0]], rank[p[1]])))
    return list(best) if together[best] else holders[-2:]


def _holders(actors: dict[str, Actor], mentions: list[ActorMention], title: Span, before: int,
             generic: dict | None = None, deputies: tuple[str, ...] = (), by_head: bool = False,
             fits: Callable[[Actor], bool] | None = None) -> list[str]:
    """Persons holding the title's office (matching country if given), by last mention before; a generic
    office holds the specific ones (grammar.yml generic_offices: "der Regierungschef" for a Premierminister). With
    no holder of the office itself, a bare title stands for a holder of an office it heads: "die Ministerin" for
    the Außenministerin, "der Kanzler" for the Bundeskanzler (never for a deputy: grammar.yml deputy_prefixes)."""
    role, country = title.label_, title._.kg_country
    roles = {role, *(generic or {}).get(role, [])}
    head = role.lower()

    def heads(office: str) -> bool:
        office = office.lower()
        return office != head and office.endswith(head) and not office.startswith(deputies)

    candidates = [m for m in mentions if not m.via_role]
    later = sorted(candidates, key=lambda m: (m.start >= before, m.start if m.start < before else -m.start))
    order: list[str] = []
    for office in (lambda r: r.role in roles, lambda r: by_head and heads(r.role)):
        for m in later:
            actor = actors[m.actor]
            if actor.type != "Person" or m.actor in order or fits is not None and not fits(actor):
                continue
            if any(office(r) and (country is None or r.country in (None, country)) for r in actor.roles) and (
                country is None or actor.country in (None, country)
            ):
                order.append(m.actor)
        if order:
            break
    # order: most recent before the title last
    before_list = [k for k in order if any(m.actor == k and m.start < before for m in candidates)]
    after_list = [k for k in order if k not in before_list]
    before_list.sort(key=lambda k: max(m.start for m in candidates if m.actor == k and m.start < before))
    return before_list or after_list[:1]
