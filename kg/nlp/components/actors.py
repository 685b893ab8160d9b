"""Actor recognition: ``kg_actors``.

Writes ``doc.ents`` (labels PER, ORG, LOC, MISC; countries and cities are LOC) and
``doc.spans["kg_titles"]`` (office titles such as "US-Präsident" or "dem russischen
Präsidenten", labelled with the office). It combines, in this order of trust:

1. gazetteers (countries, places, organisations, well-known people; see ``kg.nlp.gazetteer``),
2. title patterns: an office title followed by capitalised name tokens is a person; a place
   noun followed by a name is a place ("in der Stadt Marat Numan"),
3. given names from a name dictionary followed by a capitalised word,
4. entities a statistical model put in ``doc.ents`` before this component (kept where the
   rules found nothing; LOC refined to country or place by the gazetteer). When the pipeline
   ships a check model (``check_model``, a second NER trained differently), a name that only the
   model proposes (no gazetteer entry) is dropped where the check model reads its words otherwise,
   as another kind of name or a name of another extent; the steps below then decide on them,
5. proper nouns (tag NE) nothing else explains, typed by context: after a place preposition a
   place ("in Heiligendamm"), an acronym an organisation ("die AKP"; also one the tagger did
   not know, after an article: "der JG"), next to a reporting verb
   a person ("sagte Davutoğlu"); others stay unknown,
6. document consistency: once "Bessent" is a person, every "Bessent" (and "Bessents") is;
   spellings with and without diacritics count as one ("Davutoğlu", "Davutoglu").

Every entity carries ``span._.kg_kind`` (Person, Organization, Country, Place),
``span._.kg_canonical`` (gazetteer name or None) and ``span._.kg_country`` (ISO code or None);
``span.kb_id_`` holds the gazetteer key when the name is known.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.lang import LangData, Role, load_lang, treaty_names
from kg.nlp.components.entity_edges import EntityEdges
from kg.nlp.components.hanta_tagger import NOUN_PHRASE_TAGS, beside_reporting_verb, lexicon_common_noun
from kg.nlp.gazetteer import Entry, Gazetteer, actor_key, fold, genitive_base, is_initial, load_gazetteer

KIND_TO_LABEL = {"Person": "PER", "Organization": "ORG", "Country": "LOC", "Place": "LOC"}
LABEL_TO_KIND = {"PER": "Person", "ORG": "Organization", "LOC": "Place", "GPE": "Place", "MISC": None}
ARTICLE_TAGS = ("ART",)
QUOTES = frozenset('"„“”«»‚‘’\'')
DASHES = frozenset(("-", "–", "—", "--"))


def _line_start(doc: Doc, i: int) -> bool:
    """The token opens the text, a line or a sentence (where a dateline stands)."""
    return i == 0 or bool(doc[i].is_sent_start) or "\n" in doc[i - 1].text \
        or doc[i - 1].text in (".", "!", "?", "“", "”", '"', "»")


def _capitals(text: str) -> bool:
    """A word in capitals, as datelines write place names: "HAMBURG", "BADEN-BADEN", "ST."."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and all(c.isalpha() or c in "-.'" for c in text)

for _attr in ("kg_kind", "kg_canonical", "kg_country", "kg_role", "kg_former", "kg_source"):
    if not Span.has_extension(_attr):
        Span.set_extension(_attr, default=None)


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    canonical: str | None = None
    country: str | None = None
    key: str = ""
    priority: int = 0
    source: str = ""
    town: tuple[str, ...] = ()  # a sports club's town ("FC Barcelona" -> ("Barcelona",))


@Language.factory(
    "kg_actors",
    assigns=["doc.ents", "doc.spans"],
    default_config={"lang": "de", "keep_model_ents": True, "check_model": "check"},
)
def make_actor_recognizer(nlp: Language, name: str, lang: str, keep_model_ents: bool,
                          check_model: str) -> "ActorRecognizer":
    return ActorRecognizer(lang=lang, keep_model_ents=keep_model_ents,
                           check=load_check_model(nlp, check_model) if keep_model_ents else None)


def load_check_model(nlp: Language, check_model: str) -> Language | None:
    """The second NER that confirms names only the pipeline's model proposes: ``check_model`` is a
    spaCy pipeline folder, relative to the pipeline's own folder (kg's model ships one as
    ``de_kg_ner/check``) or absolute; None when there is none (a user's pipeline, no model, "")."""
    if not check_model:
        return None
    path = Path(check_model)
    if not path.is_absolute():
        if nlp.path is None:
            return None
        path = Path(nlp.path) / path
    if not (path / "config.cfg").is_file():
        return None
    import spacy

    return spacy.load(path)


class ActorRecognizer:
    """Rule- and gazetteer-based actor recognition (see module docstring)."""

    def __init__(self, *, lang: str = "de", keep_model_ents: bool = True,
                 check: Callable[[Doc], Doc] | None = None) -> None:
        self.lang: LangData = load_lang(lang)
        self.gaz: Gazetteer = load_gazetteer(lang)
        self.keep_model_ents = keep_model_ents
        self.check = check  # a second NER (Doc -> Doc with ents): see _second_opinion
        grammar = self.lang.grammar
        self.name_particles = frozenset(w.lower() for w in grammar.get("name_particles", []))
        # treaties are what events are about, never actors (gazetteer/treaties.tsv: "über Ceta gesprochen")
        self.treaty_names = frozenset(name for row in self.lang.treaties for name in treaty_names(row))
        self.confirming = frozenset(w.lower() for w in grammar.get("confirming_prepositions", []))
        self.place_prepositions = frozenset(w.lower() for w in grammar.get("place_prepositions", []))
        self.place_nouns = frozenset(grammar.get("place_nouns", []))
        self.genitive_suffixes = tuple(grammar.get("genitive_suffixes", []))
        self.alphabet = frozenset(grammar.get("alphabet", ""))
        self.articles = frozenset(w.lower() for w in grammar.get("articles", []))
        self.conjunctions = frozenset(w.lower() for w in grammar.get("conjunctions", []))
        self.genitive_articles = frozenset(w.lower() for w in grammar.get("genitive", []))
        self.genitive_institutions = frozenset(grammar.get("genitive_institutions", []))
        self.subject_articles = frozenset(w.lower() for w in grammar.get("subject_articles", []))
        self.name_inner_words = frozenset(w.lower() for w in grammar.get("name_inner_words", []))
        # weekdays and months (time.yml): "für Montag" never continues a name
        self.date_words = frozenset(w.lower() for key in ("weekdays", "months") for w in (self.lang.time.get(key) or {}))
        self.title_prefixes = frozenset(w.lower() for w in grammar.get("title_prefixes", []))
        self.title_inflections = tuple((cut, add) for cut, add in grammar.get("title_inflections", []))
        self.compound_title_heads = tuple(grammar.get("compound_title_heads", []))
        self.place_adjective_endings = tuple(grammar.get("place_adjective_endings", []))
        self.ampersand_tails = frozenset(grammar.get("ampersand_tails", []))
        self.place_name_links = sorted((tuple(p.lower().split()) for p in grammar.get("place_name_links", [])), key=len, reverse=True)
        statement = self.lang.frames.get("Statement")
        self.reporting = frozenset(self.lang.speech.get("reporting_verbs", [])) | (statement.verbs if statement else frozenset())

    # -- titles -------------------------------------------------------------------------
    def title_of(self, token: Token) -> tuple[Role, str | None, str | None] | None:
        """(role, country code, organisation) if the token is an office title, else None.

        Handles inflection ("Präsidenten", "Sondergesandten") and prefixes ("US-Präsident",
        "NATO-Generalsekretär", "GPA-djp-Chef", "Ex-Kanzler").
        """
        text = token.text
        role = self._role_form(text)
        if role:
            return role, role.country, role.org
        if "-" in text:
            prefix, _, head = text.rpartition("-")
            role = self._role_form(head) or self._role_form(head[:1].upper() + head[1:])
            if role and prefix:
                if prefix.lower() in self.title_prefixes:
                    return role, role.country, role.org
                entry = self.gaz.names.get(prefix)
                if entry and entry.kind == "Country":
                    return role, entry.country, role.org
                if prefix.upper() == "US":
                    return role, "US", role.org
                return role, role.country, entry.canonical if entry else prefix
        return None

    def _role_form(self, text: str) -> Role | None:
        roles = self.lang.roles
        if text in roles:
            return roles[text]
        for cut, add in self.title_inflections:
            if text.endswith(cut) and len(text) > len(cut) + 2:
                candidate = text[: -len(cut)] + add
                if candidate in roles:
                    return roles[candidate]
        # a compound of a title head: "Handelsminister", "Handelsministerin", "Handelsministers"
        for candidate in (text,) + tuple(text[: -len(cut)] + add for cut, add in self.title_inflections if text.endswith(cut)):
            head = next((h for h in self.compound_title_heads if candidate.endswith(h) and len(candidate) > len(h) + 2), None)
            if head is not None and text[:1].isupper() and "-" not in text:
                return Role(title=candidate, role=candidate, country=None, org=None)
        return None

    # -- helpers ------------------------------------------------------------------------
    def _is_name_token(self, token: Token) -> bool:
        text = token.text
        if not text[:1].isupper() or text in self.lang.stop_names or token.is_punct:
            return False
        if self._role_form(text) is not None:
            return False
        if token.tag_ and token.tag_ not in ("NE", "NN", "FM", "XY", "TRUNC", "ADJA", "ADJD") and not token.tag_.startswith("NN") \
                and not (text in self.gaz.first_names and not token.is_sent_start) \
                and not (token.i > 0 and token.doc[token.i - 1].text in self.gaz.first_names and not token.is_sent_start):
            # a given name the tagger took for a verb ("Ahmet/VVIMP") is still a name, and so is a surname after a given
            # name ("Sabine Moser/VVIMP")
            return False
        return not text.isupper() or len(text) <= 6

    def _name_run(self, doc: Doc, start: int, limit: int = 4, before: int = 0) -> int:
        """End of a run of name tokens (with particles like "von der") starting at ``start``."""
        end = start
        while end < len(doc) and end - start < limit:
            token = doc[end]
            if self._is_name_token(token) and not (end - start + before >= 2 and token.tag_.startswith("NN") and not self._foreign_word(token.text)):
                # a common noun after a full name ends it: "Rob Morgan Ansteckabzeichen" (not a word with letters German
                # lacks: "Vesna Györkös Žnidar")
                end += 1
                if end - start + before >= 2 and self._genitive_ends_name(doc, end - 1):
                    break  # "Ridley Scotts Blade Runner", "Steven Spielbergs Bridge of Spies"
            elif token.text.lower() in self.name_particles and end > start and self._name_after_particle(doc, end) \
                    and not self._particle_opens_other(doc, end):
                end += 1
            elif token.is_space and "\n" not in token.text and end > start and end + 1 < len(doc) and self._is_name_token(doc[end + 1]):
                end += 1  # "Sergey  Kiselev" (a double space is a token of its own)
            elif token.text.lower() in self.name_particles and end == start and self._name_after_particle(doc, end) \
                    and (doc[end].text[:1].isupper() or before) and not (before and self._particle_opens_other(doc, end, epithet=True)):
                end += 1  # "Van der Bellen" at the start; "bin Salman" after a given name
            elif (end > start or before) and self._particle_name(token.text):
                end += 1  # "Baschar al-Assad", "Mohammed bin Zayid al-Nahyan"
            else:
                break
        while end > start and (doc[end - 1].text.lower() in self.name_particles or doc[end - 1].is_space):
            end -= 1
        return end

    def _name_after_particle(self, doc: Doc, i: int) -> bool:
        """A name token follows the particle at ``i``, or another particle and then one ("von der Mühlen")."""
        n = len(doc)
        if i + 1 < n and doc[i + 1].text.isupper() and len(doc[i + 1].text) > 1:
            return False  # an abbreviation opens another name: "Stürmer Luka Vrhovnik von NK Maribor"
        if i + 1 < n and self._is_name_token(doc[i + 1]):
            return True
        return i + 2 < n and doc[i + 1].lower_ in self.name_particles and self._is_name_token(doc[i + 2])

    def _foreign_word(self, text: str) -> bool:
        """The word has a letter the language's spelling lacks (grammar.yml alphabet: "Žnidar", "Orepić"), so it is no
        common noun of the language."""
        return bool(self.alphabet) and any(ch.isalpha() and ch.lower() not in self.alphabet for ch in text)

    def _genitive_ends_name(self, doc: Doc, i: int) -> bool:
        """A surname in the genitive before another capitalised word ends the name: what follows is
        what the person owns or made ("Andrew Lloyd Webbers Evita"; not before a word with letters German lacks, a
        surname: "Vesna Györkös Žnidar")."""
        token = doc[i]
        return i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and token.lower_ not in self.name_particles \
            and token.text not in self.gaz.first_names and not self._foreign_word(doc[i + 1].text) \
            and genitive_base(token.text, self.genitive_suffixes) is not None \
            and not self._middle_name(doc, i)  # names in -s: "Mendes", "Boss", "Zeiss"

    def _middle_name(self, doc: Doc, i: int) -> bool:
        """The word in -s at ``i`` is a middle name: it follows the given name that opens the name, and the
        word after it stands elsewhere alone as a surname ("Charlotte Perkins Gilman … Gilman schrieb"), or the two
        stand together again without the given name, as a double surname does ("Vesna Győrkös Žnidar … Győrkös
        Žnidar lud"); not "Anna Maria Hubers Tamora", where a full name in the genitive precedes a work."""
        return i > 0 and doc[i - 1].text in self.gaz.first_names \
            and (i < 2 or doc[i - 2].tag_ not in ("NE", "FM") and doc[i - 2].text not in self.gaz.first_names) \
            and (self._surname_elsewhere(doc, i + 1) or self._pair_elsewhere(doc, i))

    @staticmethod
    def _pair_elsewhere(doc: Doc, i: int) -> bool:
        """The words at ``i`` and ``i + 1`` stand together again in the text, after another word than the one before
        ``i``."""
        first, second, before = doc[i].text, doc[i + 1].text, doc[i - 1].text
        return any(t.text == first and t.i != i and t.i + 1 < len(doc) and doc[t.i + 1].text == second
                   and (t.i == 0 or doc[t.i - 1].text != before) for t in doc)

    def _surname_elsewhere(self, doc: Doc, j: int) -> bool:
        """The proper noun at ``j`` stands elsewhere in the text alone, after another word, as a surname does:
        not where the statistical model reads another kind of name ("Peter Hubers Mercedes … Mercedes
        verkauft", a company), nor a known name of another kind."""
        text, before = doc[j].text, doc[j - 1].text
        entry = self.gaz.names.get(text)
        if entry is not None and not entry.weak and entry.kind != "Person":  # weak: a town, as many surnames are
            return False
        n = len(doc)
        other = {k for e in (doc.ents if self.keep_model_ents else ()) if e.label_ != "PER" for k in range(e.start, e.end)}
        return any(t.text == text and t.i != j and t.tag_ == "NE" and (t.i == 0 or doc[t.i - 1].text != before)
                   and (t.i + 1 == n or not doc[t.i + 1].text[:1].isupper()) and t.i not in other for t in doc)

    def _particle_opens_other(self, doc: Doc, i: int, *, epithet: bool = False) -> bool:
        """The particle at ``i`` begins something else than the name before it: a preposition before a
        given name (a work's author: "Wanja von Anton Tschechow"), an article before a common noun or
        adjective after a surname ("Jacky Ickx den Großen"; but "von der Leyen", "Van der Bellen", and
        right after a given name an epithet: "Karl der Große")."""
        token, nxt = doc[i], doc[i + 1]
        if token.tag_ == "APPR" and nxt.text in self.gaz.first_names and nxt.tag_ in ("NE", "FM"):
            return True
        if token.tag_ == "APPR" and i + 2 < len(doc) and doc[i + 2].like_num:
            return True  # a club's name with its number: "Florian Wirtz von Bayer 04 Leverkusen", "von Schalke 04"
        return not epithet and token.tag_ == "ART" and doc[i - 1].lower_ not in self.name_particles and nxt.tag_ in ("NN", "ADJA")

    def _particle_name(self, text: str) -> bool:
        """A name joined to its particle by a hyphen: "al-Assad", "el-Sisi", "bin-Laden"."""
        particle, dash, rest = text.partition("-")
        return bool(dash) and particle.lower() in self.name_particles and rest[:1].isupper() and particle[:1].islower()

    # -- main ---------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        words = [t.text for t in doc]
        found: list[_Found] = []
        titles: list[Span] = []
        model_ents = [self._before_a_date(doc, e) for e in doc.ents] if self.keep_model_ents else []

        # 0. a dateline in capitals ("HAMBURG -", "BRÜSSEL/WIEN (APA) -"), a name joined by "&"
        # ("Procter & Gamble"), names that a cue word types and delimits ("MSV Duisburg",
        # "Siemens AG", "Wiener Straße")
        found += self._datelines(doc)
        claimed = {k for f in found for k in range(f.start, f.end)}  # each step below adds the tokens it takes
        found += self._ampersand_names(doc, claimed)
        found += self._cited_media(doc, claimed)
        found += self._cued_names(doc, words, claimed)
        model_at = {k: ent for ent in model_ents for k in range(ent.start, ent.end)}

        # 1. gazetteer
        i = 0
        while i < len(doc):
            if i in claimed:
                i += 1
                continue
            hit = self.gaz.names.match(words, i)
            if hit is None:
                # genitive "Putins", "Russlands", "Moskaus"
                genitive = self._genitive_hit(words[i])
                entry, base = genitive if genitive is not None else (None, "")
                hit = (i + 1, entry) if entry and not entry.weak else None
                if hit and entry.kind == "Person" and i > 0 and i - 1 not in claimed and not any(f.end == i for f in found) \
                        and self.gaz.names.get(f"{words[i - 1]} {base}") is entry:  # the name without the ending it matched
                    found.append(self._from_entry(i - 1, i + 1, entry, doc, priority=3, source="gazetteer"))
                    i += 1  # "Barack Obamas Rede": the given name belongs to it
                    continue
            if hit and any(k in claimed for k in range(i, hit[0])):
                hit = None
            if hit and hit[0] == i + 1 and words[i] not in self.gaz.names:
                ent = model_at.get(i)
                if ent is not None and ent.label_ == "ORG" and ent.end == i + 1 and ent.start < i \
                        and self._plain_name(doc, ent.start, ent.end):
                    i += 1  # ... but it can end one: "Arbeiterpartei Kurdistans"
                    continue
                # otherwise a genitive ("Kärntens") modifies what follows: never part of a longer model name
            elif hit and self._model_reads_otherwise(doc, i, hit[0], hit[1], model_at):
                i = hit[0]  # "Universität Kopenhagen", "Otto von Bismarck": the model's longer name wins
                continue
            if hit and hit[1].kind == "Person" and hit[0] == i + 1 and self._sentence_adverb(doc, i):
                hit = None  # "Kurz nach dem Treffen" is no "Kurz"
            if hit and hit[1].kind == "Person" and hit[0] == i + 1 and words[i] in self.gaz.first_names \
                    and i + 1 < len(doc) and doc[i + 1].tag_ in ("NE", "FM") and self._is_name_token(doc[i + 1]) \
                    and self.gaz.names.match(words, i + 1) is None:
                hit = None  # a surname that is also a given name opens another's name: "Abbas Araghtschi" is no Abbas
            if hit:
                end, entry = hit
                if not entry.weak or self._confirm_weak(doc, i, end, small=entry.small):
                    found.append(self._from_entry(i, end, entry, doc, priority=3, source="gazetteer"))
                    i = end
                    continue
            i += 1

        # 2. titles, then a name run
        covered = {k for f in found for k in range(f.start, f.end)}
        for token in doc:
            title = self.title_of(token)
            if title is None:
                continue
            role, country, org = title
            t_start = token.i
            # article + nationality adjective before the title: "dem russischen Präsidenten"
            j = token.i - 1
            if j >= 1 and doc[j].tag_ == "KON" and doc[j - 1].text.endswith("-") and len(doc[j - 1].text) > 1:
                t_start = j - 1  # a truncated compound joined to it: "Chinas Staats- und Parteichef"
                j -= 2
            while j >= 0 and (doc[j].tag_ in ("ADJA",) or (doc[j].text[:1].islower() and self.gaz.nationality(doc[j].text))):
                country = country or self.gaz.nationality(doc[j].text)
                t_start = j
                j -= 1
            owner = self._genitive_owner(doc[j]) if j >= 0 else None
            if owner is not None:  # "Tschechiens Außenminister", "Burgenlands Landeshauptmann"
                country = country or (owner or None)
                t_start = j
                j -= 1
            if j >= 0 and doc[j].lower_ in self.articles:
                t_start = j
            span = Span(doc, t_start, token.i + 1, label=role.role)
            span._.kg_country = country
            span._.kg_role = org
            titles.append(span)
            if not (token.i > 0 and doc[token.i - 1].text in self.gaz.first_names):
                covered.add(token.i)  # a title is no name of its own ("meinte ÖGB-Chef Foglar"), but a surname ("Hermann König")
            name_start = token.i + 1
            if name_start < len(doc) and name_start not in covered:
                end = self._name_run(doc, name_start)
                known = {doc[f.end - 1].text for f in found if f.kind == "Person" and f.end - f.start >= 2}
                if end - name_start >= 3 and doc[end - 1].text in known and doc[end - 2].text not in self.name_particles:
                    end -= 1  # "Landeshauptmann Erwin Pröll Mitterlehner angeschrien": the object is someone named before
                if end > name_start:
                    entry = self.gaz.names.get(" ".join(words[name_start:end]))
                    if entry is None or entry.kind == "Person":
                        found.append(_Found(name_start, end, "Person", entry.canonical if entry else None,
                                            country or (entry.country if entry else None),
                                            entry.key if entry else "", priority=2, source="title"))
                        covered.update(range(name_start, end))

        # surnames of people named in full in the article (a listed or given name before them): after a place noun
        # they are no town ("lud die Gemeinde Lindqvist ein" after "Henrik Lindqvist": subject and object)
        surnames = {doc[f.end - 1].text for f in found if f.kind == "Person" and f.end - f.start >= 2} | {
            doc[k + 1].text for k in range(len(doc) - 1) if doc[k].text in self.gaz.first_names and doc[k].tag_ in ("NE", "FM")
            and doc[k + 1].tag_ in ("NE", "FM") and self._is_name_token(doc[k + 1])}

        # a noun before a name that tells its kind: "Graf Kinsky", "Chemiekonzern BASF" (no office)
        for token in doc:
            kind = self.gaz.cues.apposition(token.text) if token.i + 1 < len(doc) else None
            if kind is None:
                continue
            if kind == "Organization" and token.i > 0 and doc[token.i - 1].text[:1].isupper() \
                    and doc[token.i - 1].tag_ in ("NE", "ADJA", "FM") and not self._place_description(doc, token.i - 1):
                continue  # the noun is part of a name itself: "Mitteldeutscher Verlag Halle"
            if kind == "Person":
                # a rank or honorific before a one-word town is a person's name: "Generalmajor Golan"
                town = next((f for f in found if f.start == token.i + 1 and f.end == token.i + 2 and f.kind == "Place"
                             and f.source == "gazetteer"), None)
                if town is not None and doc[town.start].tag_ in ("NE", "FM", ""):
                    found.remove(town)
                    covered.discard(town.start)
            if kind == "Organization" and self._opens_full_name(doc, token.i + 1) and self.gaz.names.get(doc[token.i + 2].text) is None:
                continue  # a trader's full name is a person: "der Kunsthändler Max Huber" (not "der Zulieferer Magna Steyr")
            start, end = self._apposed_name(doc, token.i + 1, kind)
            if kind == "Organization" and end > start and end + 1 < len(doc) and doc[end].lower_ in self.conjunctions \
                    and doc[end + 1].tag_ in ("NE", "FM") and self._is_name_token(doc[end + 1]) \
                    and not self._opens_full_name(doc, end + 1):  # "die Firma Kuhnert und Markus Lenz": a person
                end = self._name_run(doc, end + 1, limit=2)  # after a noun in the singular one company: "Firma Huber und Lenz"
            if kind == "Place" and end == start + 1 and doc[start].text in surnames:
                continue
            if end > start and not any(k in covered for k in range(start, end)):
                found.append(_Found(start, end, kind, priority=2, source="apposition"))
                covered.update(range(start, end))

        # a place noun before a name: "in der Stadt Marat Numan", "die Provinz Idlib"; not the surname of a person
        # named before: "lud die Gemeinde Lindqvist ein" after "Henrik Lindqvist" (subject and object)
        for token in doc:
            if token.text not in self.place_nouns or token.i + 1 >= len(doc) or token.i + 1 in covered:
                continue
            end = self._name_run(doc, token.i + 1, limit=3)
            if end == token.i + 2 and doc[token.i + 1].text in surnames:
                continue
            if end > token.i + 1:
                end = self._place_name_tail(doc, end)
            if end > token.i + 1 and not any(k in covered for k in range(token.i + 1, end)):
                found.append(_Found(token.i + 1, end, "Place", priority=2, source="place_noun"))
                covered.update(range(token.i + 1, end))

        # 3. given name + capitalised word
        for token in doc:
            if token.i in covered or token.text not in self.gaz.first_names or token.i + 1 >= len(doc):
                continue
            if token.tag_ and token.tag_ not in ("NE", "FM"):
                continue  # FM: HanTa reads unknown foreign names as foreign words ("Borut/FM Pahor/FM")
            if self._after_no_person_word(doc, token.i):
                continue  # "das neue Dell Chromebook", "das Robert Koch-Institut"
            # (a particle makes the name longer: "Mohammed bin Zayid al Nahyan", "Luiz Inácio Lula da Silva")
            particle = any(t.text in self.name_particles for t in doc[token.i + 1 : token.i + 4])
            end = self._name_run(doc, token.i + 1, limit=4 if particle else 3, before=1)
            ent = model_at.get(token.i)
            stopped = end < len(doc) and (self._genitive_ends_name(doc, end - 1) or doc[end].lower_ in self.name_particles
                                          and end + 1 < len(doc) and self._particle_opens_other(doc, end))
            if end > token.i + 1 and ent is not None and ent.label_ == "PER" and ent.start == token.i and not stopped \
                    and ent.end > end and self._plain_name(doc, ent.start, ent.end):
                end = ent.end  # the model saw the whole name: "Friedrich Karl von Schönborn-Buchheim"
            if any(t.text in self.gaz.cues.no_person_words for t in doc[token.i:end]):
                continue  # "Davis Cup", "Emmy Award", "Gerry Weber Open"
            if end > token.i + 1 and not any(k in covered for k in range(token.i, end)):
                found.append(_Found(token.i, end, "Person", priority=1, source="first_name"))
                covered.update(range(token.i, end))

        # 4. statistical model entities
        second: set[tuple[int, int, str]] | None = None  # the check model's names, read once if needed
        for ent in model_ents:
            if any(k in covered for k in range(ent.start, ent.end)):
                continue
            kind = LABEL_TO_KIND.get(ent.label_)
            if kind is None or ent.text in self.lang.stop_names or len(ent) == 1 and self._role_form(ent.text) is not None:
                continue  # "TTIP", a bare title ("Landtagspräsidentin")
            if doc[ent.start].tag_ in ("APPR", "APPRART") and doc[ent.start].lower_ not in self.name_particles:
                continue  # a capitalised preposition opens no name: "Per Handschlag besiegelten …"
            if kind == "Person" and (self._after_no_person_word(doc, ent.start)
                                     or any(t.text in self.gaz.cues.no_person_words for t in ent)):
                continue
            entry = self.gaz.names.get(ent.text) or (self._genitive_entry(ent.text) if len(ent) == 1 else None)
            if entry is not None and entry.small and not self._confirm_small_town(doc, ent.start, ent.end):
                entry = None  # a small town vouches for no name the model read ("Hart und erniedrigend", "Spielbergs")
            if entry is None and self.check is not None:
                second = self._second_opinion(doc, self.check) if second is None else second
                if any(s < ent.end and ent.start < e and (s, e, label) != (ent.start, ent.end, ent.label_)
                       for s, e, label in second):
                    continue  # the check model reads these words otherwise: the steps below decide
            if entry is None and kind == "Place" and len(ent) == 1 and self.gaz.cues.proper_noun(ent.text) == "Person":
                kind = "Person"  # a surname by its ending: "Kitarovic", "Kaminski" (a company keeps its kind: "Kaspersky")
            if entry is None and kind == "Place" and len(ent) == 1 and ent.text in surnames:
                kind = "Person"  # the surname of a person named in full: "lud die Gemeinde Lindqvist ein"
            if entry is not None:
                found.append(self._from_entry(ent.start, ent.end, entry, doc, priority=1, source="model+gazetteer"))
            else:
                found.append(_Found(ent.start, ent.end, kind, priority=0, source="model"))
            covered.update(range(ent.start, ent.end))

        # 5. repetitions: a club's bare town ("mit Barcelona" after "FC Barcelona"), an organisation
        # named again without its cue ("Western Digital" after "Hersteller Western Digital"), and
        # document consistency for people: surnames and genitives of known persons
        self._no_person_ends_in_an_organisation_word(doc, found)
        self._no_person_named_like_a_state(doc, found)
        self._split_surname_runs(doc, found)
        self._repeated_names(doc, words, found, covered)
        self._genitive_persons(doc, found)
        self._consistency(doc, found, covered)
        # 6. proper nouns nothing else explains, typed by their context, then their repetitions
        before = len(found)
        found += self._proper_nouns(doc, covered, found)
        if len(found) > before:
            self._genitive_persons(doc, found)
            self._consistency(doc, found, covered)
            self._repeated_towns(doc, found[before:], found, covered)

        self._no_person_ends_in_an_organisation_word(doc, found)
        self._compound_states(found)
        self._dateline_town_tails(doc, found)
        self._unknown_town_tails(doc, found)
        doc.ents = self._to_spans(doc, found)
        doc.spans["kg_titles"] = titles
        return doc

    @staticmethod
    def _second_opinion(doc: Doc, check: Callable[[Doc], Doc]) -> set[tuple[int, int, str]]:
        """The names (start, end, label) that the check model finds in the same words.

        Why: a name that the model alone proposes, with no gazetteer, cue or title behind it, is right
        two times in three on GermEval dev (102 of 148 with kg's model). Where a second model, trained
        on the same sentences plus mention-replaced copies (``kg.nlp.augment``), reads the same words as
        another kind of name or as a name of another extent, it is right 2 times of 15; elsewhere 100
        of 133. Where the second model reads no name there at all, the first is right 6 times of 16:
        too often to drop (company names in "Verhandlungen mit Alstom"). Run once per text, and only
        when such a name comes up."""
        vocab = getattr(check, "vocab", doc.vocab)
        # in its own memory zone, as the main pipeline runs in one (kg.api): else every new word of every text
        # stays in the check model's string store for good (13,000 strings per 150 news articles)
        zone = getattr(check, "memory_zone", None)
        with zone() if zone is not None else nullcontext():
            tags = [t.tag_ for t in doc]  # HanTa's tags, for a check model that reads them
            other = check(Doc(vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
                              tags=tags if all(tags) else None))
            return {(e.start, e.end, e.label_) for e in EntityEdges()(other).ents}  # trimmed as the first model's

    def _given_name_and_surname(self, doc: Doc, start: int, end: int) -> bool:
        """Two words, a given name that names no place and then a surname in -s that is also a team's
        nickname ("Dieter Rams", "Anna Bills"; not "Denver Broncos", "Dallas Cowboys", nor an organisation
        word such as "Wendelin Institut", "River Foundation")."""
        return end - start == 2 and doc[end - 1].text.endswith("s") and doc[start].text in self.gaz.first_names \
            and self.gaz.names.get(doc[start].text) is None

    def _no_person_named_like_a_state(self, doc: Doc, found: list[_Found]) -> None:
        """A state's name in English alone is no person ("Austria" of "ProSieben Austria", which the model
        read as one): dropped before the repetitions, so that no "HD Austria" loses its "Austria"."""
        foreign = self.gaz.foreign_country_names
        found[:] = [f for f in found if not (f.kind == "Person" and f.end - f.start == 1 and doc[f.start].text in foreign)]

    def _no_person_ends_in_an_organisation_word(self, doc: Doc, found: list[_Found]) -> None:
        """A name ending in a word that ends organisation names (name_cues ``after``, ``legal``) is no
        person, whichever rule read one: "River Foundation", "Zurich Re", "Foundation" alone; a given name
        and a surname in -s stay a person ("Dieter Rams", though "Rams" ends team names). Checked before
        the repetitions, so that no later "Foundation" becomes a person by consistency, and at the end. Not a
        name in the genitive before a noun, where a team's plural is a person's genitive ("seit Ravens Tod")."""
        n = len(doc)
        for f in found:
            last = doc[f.end - 1]
            genitive = f.source.startswith("genitive") or f.end < n and doc[f.end].tag_ in ("NN", "ADJA") \
                and last.text.endswith(self.genitive_suffixes)
            if f.kind == "Person" and self.gaz.cues.organisation_word(last.text) and not genitive \
                    and not self._given_name_and_surname(doc, f.start, f.end):
                if f.end - f.start >= 3 and doc[f.end - 2].lower_ in self.name_particles and not f.key:
                    f.end -= 2  # "Eric Cantona zu United": the particle is a preposition before the club
                    continue
                f.kind, f.source = "Organization", f"{f.source}+organisation_word"
                if f.key.startswith("person:"):
                    f.canonical, f.key = None, ""

    def _datelines(self, doc: Doc) -> list[_Found]:
        """Places of a dateline in capitals at the start of a line or sentence: "HAMBURG -",
        "BRÜSSEL/WIEN (APA) -", "NEW YORK –". A known place is that place; with an agency in
        brackets any such word is a place."""
        out: list[_Found] = []
        n = len(doc)
        for token in doc:
            i = token.i
            if not _capitals(token.text) or not _line_start(doc, i):
                continue
            segments = []
            k = i
            while True:
                end = k
                while end < n and end - k < 4 and _capitals(doc[end].text):
                    end += 1
                if end == k:
                    break
                segments.append((k, end))
                if end + 1 < n and doc[end].text == "/" and _capitals(doc[end + 1].text):
                    k = end + 1
                    continue
                break
            if not segments:
                continue
            k = segments[-1][1]
            agency = False
            if k < n and doc[k].text == "(":
                close = next((j for j in range(k + 1, min(n, k + 5)) if doc[j].text == ")"), None)
                if close is None:
                    continue
                agency, k = True, close + 1
            if k >= n or doc[k].text not in DASHES:
                continue
            for start, end in segments:
                entry, name = self._capitals_entry([t.text for t in doc[start:end]])
                if entry is not None and entry.kind in ("Place", "Country"):
                    out.append(_Found(start, end, entry.kind, name if entry.weak else entry.canonical, entry.country,
                                      entry.key, priority=3, source="dateline"))
                elif agency and entry is None:
                    out.append(_Found(start, end, "Place", name, priority=3, source="dateline"))
        return out

    def _capitals_entry(self, words: list[str]) -> tuple[Entry | None, str]:
        """The gazetteer entry of a name written in capitals ("BRÜSSEL", "SANKT PÖLTEN",
        "RIO DE JANEIRO"), and the name in ordinary spelling."""
        def cap(word: str) -> str:
            return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))
        spelled = [cap(w) for w in words]
        with_particles = [w.lower() if k and w.lower() in self.name_particles else w for k, w in enumerate(spelled)]
        for form in (spelled, with_particles):
            entry = self.gaz.names.get(" ".join(form))
            if entry is not None:
                return entry, " ".join(form)
        return None, " ".join(spelled)

    def _ampersand_names(self, doc: Doc, taken: set[int]) -> list[_Found]:
        """Proper nouns joined by "&" are one organisation: "Procter & Gamble", "Daily Mail &
        General Trust", "Simon & Schuster"."""
        out: list[_Found] = []
        n = len(doc)

        def part(token: Token) -> bool:
            return token.tag_ in ("", "NE", "FM", "XY") and self._is_name_token(token) and token.i not in taken

        def tail(token: Token) -> bool:  # "Do & Co", "Müller & Söhne"
            return token.text in self.ampersand_tails and token.i not in taken

        for token in doc:
            i = token.i
            if token.text != "&" or i == 0 or i + 1 >= n:
                continue
            start = i
            while start > 0 and i - start < 3 and part(doc[start - 1]):
                start -= 1
            end = i + 1
            while end < n and end - i <= 3 and part(doc[end]):
                end += 1
            if end == i + 1 and tail(doc[end]):
                end += 1
            if start < i and end > i + 1:
                out.append(_Found(start, end, "Organization", priority=3, source="cue"))
                taken.update(range(start, end))
        return out

    def _cited_media(self, doc: Doc, taken: set[int]) -> list[_Found]:
        """Newspapers and magazines cited as a source (name_cues ``medium``, ``medium_context``): a name
        in quotes after "laut" or before "zufolge" ("laut „Wired“", "dem „Spiegel“ zufolge"), or after an
        article before a citing verb ("die „Krone“ berichtet"); a medium whose name is also a common
        noun in quotes ("„Standard“") or so cited without them ("wie die Krone berichtet", "laut Kurier",
        "schreibt der Standard"), never a crown in "die Krone des Königs". A verb right before a name in
        quotes or a bare name cites nothing ("Sie schrieb „Die Wand“", "meldet Profil an": a work, an
        object), and "laut" before a noun with a genitive after it is no citation ("laut Standard der EU")."""
        cues = self.gaz.cues
        if not cues.media_contexts:
            return []
        out: list[_Found] = []
        n = len(doc)

        def cites(k: int) -> bool:
            token = doc[k] if 0 <= k < n else None
            return token is not None and (token.lower_ in cues.media_contexts
                                          or token.tag_.startswith("VV") and token.lemma_ in cues.media_contexts)

        def cites_as_word(k: int) -> bool:  # "laut", "zufolge": not a verb, whose object may be a work
            return cites(k) and not doc[k].tag_.startswith("V")

        def article(k: int) -> bool:
            return 0 <= k < n and doc[k].lower_ in self.articles

        i = 0
        while i < n:
            start = end = None
            if doc[i].text in QUOTES and i + 2 < n:
                close = next((j for j in range(i + 2, min(n, i + 6)) if doc[j].text in QUOTES), None)
                inside = doc[i + 1:close] if close is not None else []
                if close is not None and all(t.text[:1].isupper() and not t.is_punct for t in inside) \
                        and (cites_as_word(i - 1) or article(i - 1) and cites_as_word(i - 2)
                             or cites(close + 1) and (article(i - 1) or doc[close + 1].tag_ == "APPO")
                             or close == i + 2 and doc[i + 1].text in cues.media):
                    start, end = i + 1, close
            elif doc[i].text in cues.media and (cites_as_word(i - 1) and not article(i + 1)
                                                or article(i - 1) and (cites(i + 1) or cites(i - 2))):
                start, end = i, i + 1
            if start is not None and end is not None and not any(k in taken for k in range(start, end)):
                out.append(_Found(start, end, "Organization", priority=3, source="medium"))
                taken.update(range(start, end))
                i = end
            i += 1
        return out

    def _cued_names(self, doc: Doc, words: list[str], taken: set[int]) -> list[_Found]:
        """Names whose kind and extent a cue word gives (``gazetteer/name_cues.tsv``): a club,
        university or office before a town ("MSV Duisburg", "Universität Wien", "Jugendamt
        Mannheim"), a legal form after a name ("Siemens AG"), a street by its ending
        ("Lindenstraße"), a place noun after a place adjective ("Brandenburger Tor")."""
        cues = self.gaz.cues
        out: list[_Found] = []
        n = len(doc)

        def add(start: int, end: int, kind: str, priority: int, source: str, town: tuple[str, ...] = ()) -> bool:
            """Claim the span unless a token of it is taken; whether it was added."""
            if end > start and not any(k in taken for k in range(start, end)):
                out.append(_Found(start, end, kind, priority=priority, source=source, town=town))
                taken.update(range(start, end))
                return True
            return False

        def known(start: int, end: int) -> Entry | None:
            """The gazetteer organisation that is the name: all of it ("Europäischen Union"), or all
            but a legal form after it ("Siemens AG")."""
            hit = self.gaz.names.match(words, start)
            return hit[1] if hit is not None and hit[0] >= end and hit[1].kind == "Organization" else None

        for token in doc:
            i = token.i
            text = token.text
            before = cues.before(text) if i + 1 < n and text not in self.lang.stop_names else None
            if before is not None and (token.tag_ in ("", "NE", "NN", "FM", "XY") or before[1]):
                kind, exact = before
                hit = self.gaz.names.match(words, i + 1)
                end = None
                town: tuple[str, ...] = ()
                if hit is not None and hit[1].kind in ("Place", "Country"):
                    end = hit[0]
                    if text in cues.club_words and hit[1].weak:
                        town = tuple(words[i + 1:end])  # a bulk city, not a capital or state: "Barcelona", not "Wien"
                elif exact and doc[i + 1].tag_ in ("NE", "FM") and self._is_name_token(doc[i + 1]):
                    end = self._name_run(doc, i + 1, limit=3)
                elif cues.proper_noun(words[i + 1]) == "Place" and doc[i + 1].tag_ in ("NE", "NN", "FM") \
                        and self._is_name_token(doc[i + 1]):
                    end = i + 2  # a town by its ending is as good as a known one: "Raiffeisenbank Kleinbüttingen"
                elif doc[i + 1].tag_ in ("NE", "FM") and self._is_name_token(doc[i + 1]) and (place := next(
                        (e for e in (doc.ents if self.keep_model_ents else ()) if e.start == i + 1 and e.label_ == "LOC"), None)):
                    end = place.end  # … and so is a place the model read: "Tourismusverband Oberland"
                if end is not None and end > i + 1 and (text in cues.club_words or known(i, end) is None):
                    # (not a name the gazetteer has whole: "Wirtschaftskammer Österreich"; clubs keep their town, above)
                    if end < n and doc[end].text in cues.legal_words:
                        end += 1  # "die Raiffeisenbank Pramtal eGen"
                    start = i
                    if start > 0 and doc[start - 1].tag_ == "ADJA" and doc[start - 1].text[:1].isupper():
                        start -= 1  # "der Medizinischen Hochschule Hannover"
                    if start > 0 and doc[start - 1].text[:-1].isdigit() and doc[start - 1].text.endswith("."):
                        start -= 1  # "1. FC Nürnberg"
                    if start > 0 and doc[start - 1].text in cues.club_words and start - 1 not in taken:
                        start -= 1  # "SK Sturm Graz"
                    if add(start, end, kind, 3, "cue", town) and start == i and not exact and text.endswith("s") \
                            and cues.before(text[:-1]) is not None:
                        # the nominative, so both forms are one actor: "des Landesgerichts Innsbruck" -> Landesgericht Innsbruck
                        name = " ".join([text[:-1]] + words[i + 1:end])
                        out[-1].canonical, out[-1].key = name, actor_key(kind, name)
                    continue
            if text in cues.after_words and i > 0 and not (i + 1 < n and doc[i + 1].text in cues.legal_words):  # "ICF Media GmbH"
                start = i
                while start > 0 and i - start < 3 and start - 1 not in taken and (
                        doc[start - 1].tag_ in ("NE", "FM", "XY") or doc[start - 1].text in self.gaz.names) \
                        and self._is_name_token(doc[start - 1]):
                    start -= 1
                for k in (start - 2, start - 1) if start < i else ():  # a known name the tagger split: "Los Angeles Clippers"
                    hit = self.gaz.names.match(words, k) if k >= 0 and not taken & {k, k + 1} else None
                    if hit is not None and start < hit[0] <= i:
                        start = k
                        break
                model = next((e for e in (doc.ents if self.keep_model_ents else ()) if e.start < start and e.end == i + 1), None)
                if start < i and model is not None and self._plain_name(doc, model.start, model.end):
                    start = model.start  # the statistical model read a longer name: "Golden State Warriors"
                if start < i and not self._given_name_and_surname(doc, start, i + 1):
                    add(start, i + 1, cues.after_words[text], 3, "cue")
                    continue
            if text in cues.legal_words and i > 0:
                start = self._legal_name_start(doc, i, taken)
                if start < i:
                    entry = known(start, i)
                    if add(start, i + 1, cues.legal_words[text], 3, "cue") and entry is not None:
                        out[-1].canonical, out[-1].country, out[-1].key = entry.canonical, entry.country, entry.key
                    continue
            if text in cues.heads and i > 0:
                adj = doc[i - 1]
                # (the tagger reads some as nouns, the town's people: "Wolfsberger/NN AC")
                if adj.text[:1].isupper() and adj.text.endswith("er") and len(adj.text) > 4 \
                        and (adj.tag_ in ("", "ADJA", "NE") or adj.tag_ == "NN" and self._place_stem(doc, adj.text)) \
                        and adj.text not in self.lang.stop_names:
                    add(i - 1, i + 1, cues.heads[text], 3, "cue")
                    continue
            kind = cues.org_head(text) if i > 0 and token.tag_ in ("", "NN", "NE") \
                and not (i + 1 < n and doc[i + 1].text in cues.legal_words) else None  # "Deutsche Post AG" is the legal form's
            if kind is not None:
                start = self._adjectives_before(doc, i, taken)
                end = self._institution_end(doc, i, taken) if start < i and i + 2 < n and cues.institution(text) else i + 1
                if start < i and known(start, end) is None:
                    add(start, end, kind, 3, "cue")
                    continue
            kind = cues.institution(text) if i + 2 < n and token.tag_ in ("", "NN") else None
            if kind is not None:
                end = self._institution_end(doc, i, taken)
                start = self._adjectives_before(doc, i, taken, describing=False) if end > i + 1 else i
                if end > i + 1 and known(start, end) is None:
                    if add(start, end, kind, 3, "cue") and start == i and text in self.genitive_institutions:
                        # the nominative, so both forms are one actor: "des Fachverbands der X" -> Fachverband der X
                        base = next((b for b in self.genitive_institutions if text != b and text.startswith(b)
                                     and len(b) < len(text)), text)
                        name = " ".join([base] + words[i + 1:end])
                        out[-1].canonical, out[-1].key = name, actor_key(kind, name)
                    continue  # "Deutsche Zentrum für Luft- und Raumfahrt"
            if self._district(doc, i):
                add(i, i + 1, "Place", 2, "cue")  # "Berlin-Charlottenburg", "Moskau-Scheremetjewo"
                continue
            kind = cues.word(text)
            if kind is None and "-" in text.strip("-") and token.tag_ in ("", "NN", "NE"):
                prefix, _, head = text.rpartition("-")
                kind = cues.compound_heads.get(head) if self._unknown_name(prefix) else None
            if kind is not None and text not in self.lang.stop_names:
                if add(i, i + 1, kind, 2, "cue") and kind == "Organization":
                    self._name_compound(doc, i, out[-1])
        return out

    def _opens_full_name(self, doc: Doc, i: int) -> bool:
        """A given name at ``i`` followed by another name word: a person's full name ("Markus Lenz")."""
        return doc[i].text in self.gaz.first_names and i + 1 < len(doc) and doc[i + 1].tag_ in ("NE", "FM") \
            and self._is_name_token(doc[i + 1])

    def _name_compound(self, doc: Doc, i: int, found: _Found) -> None:
        """Canonical name and country of an organisation named by a compound noun alone ("Justizministerium",
        "des Bundesinnenministeriums", "das russische Verteidigungsministerium"): the nominative, so
        that its forms are one actor, and the state of a nationality adjective before it."""
        text = doc[i].text
        cues = self.gaz.cues
        for suffix in self.genitive_suffixes:
            base = text[: -len(suffix)]
            if text.endswith(suffix) and cues.word(base) == found.kind:
                text = base  # "Justizministeriums" -> "Justizministerium"
                break
        found.canonical, found.key = text, actor_key(found.kind, text)
        if i > 0 and doc[i - 1].tag_ == "ADJA" and doc[i - 1].text[:1].islower():
            found.country = self.gaz.nationality(doc[i - 1].text)
        if found.country:  # the Russian and the French foreign ministry are two actors, not one "Außenministerium"
            found.key = actor_key(found.kind, f"{text} {found.country}")

    @staticmethod
    def _compound_states(found: list[_Found]) -> None:
        """A ministry named without its state ("ein Sprecher des Außenministeriums") is the one of the
        only state the text gives it ("das russische Außenministerium" before or after); with two states
        or none it stays as it was named."""
        states: dict[str, set[tuple[str, str]]] = {}
        for f in found:
            if f.source == "cue" and f.kind == "Organization" and f.canonical and f.country:
                states.setdefault(f.canonical, set()).add((f.country, f.key))
        for f in found:
            named = states.get(f.canonical or "") if f.source == "cue" and not f.country else None
            if named is not None and len(named) == 1:
                ((f.country, f.key),) = named

    def _district(self, doc: Doc, i: int) -> bool:
        """A known place joined by a hyphen to a name that is no word of HanTa's lexicon, nor a compound
        ending in one: a district or airport ("Berlin-Charlottenburg", "Moskau-Scheremetjewo"), not a
        compound noun ("Berlin-Besuch", "Wien-Reise", "Gaza-Krieg")."""
        first, dash, rest = doc[i].text.partition("-")
        if not dash or not rest[:1].isupper() or first.isupper() or "-" in rest or len(rest) < 4:
            return False
        entry = self.gaz.names.get(first)
        if entry is None or entry.kind != "Place" or self.gaz.names.get(rest) is not None:
            return False  # not a country: "Iran-Deal"
        if entry.weak and doc[i].tag_ != "NE" and not (i > 0 and doc[i - 1].lower_ in self.confirming):
            return False  # a bulk city name needs a proper-noun tag or a preposition: "in Hamburg-Blankenese", not "Mobile-Games"
        if self.gaz.cues.proper_noun(rest) == "Place":
            return True  # a place by its ending: "Erfurt-Gispersleben", "Köln-Ehrenfeld"
        return not any(lexicon_common_noun(rest[k:].capitalize()) for k in range(0, len(rest) - 3))

    def _after_no_person_word(self, doc: Doc, i: int) -> bool:
        """An article that never comes before a person's name stands before ``i``, adjectives between:
        "das neue Dell Chromebook" (name_cues ``no_person_after``)."""
        j = i - 1
        while j >= 0 and doc[j].tag_ == "ADJA" and not doc[j].text[:1].isupper():
            j -= 1
        return j >= 0 and doc[j].tag_ in ("ART", "") and doc[j].lower_ in self.gaz.cues.no_person_after

    def _legal_name_start(self, doc: Doc, i: int, taken: set[int]) -> int:
        """Start of the name before a legal form at ``i`` ("Siemens AG", "Döllnitzbahn GmbH", "Deutsche
        Post AG", "Bilfinger Berger Projektentwicklung GmbH"): up to four capitalised words; common nouns
        only next to the legal form, so a noun before a proper name stays out ("Tochterfirma Müller GmbH")."""
        start = i
        proper = False
        while start > 0 and i - start < 4 and start - 1 not in taken:
            prev = doc[start - 1]
            if not prev.text[:1].isupper() or prev.text in self.lang.stop_names or self._role_form(prev.text) is not None \
                    or self.gaz.cues.apposition(prev.text) is not None:
                break  # "die Tochter Zielpunkt GmbH"
            if prev.tag_ in ("NE", "FM", "XY") or prev.text in self.gaz.names:
                proper = True
            elif prev.tag_ == "ADJA" or prev.tag_.startswith("NN") and not proper:
                pass
            else:
                break
            start -= 1
        # a common noun before a proper name belongs to the name when an article or a company noun opens the phrase
        # just before it: "die Alpenstrom Zillertal AG", "der Energieversorger Alpenstrom Zillertal AG"
        if start < i and start - 2 >= 0 and start - 1 not in taken and proper:
            prev, opener = doc[start - 1], doc[start - 2]
            if prev.tag_.startswith("NN") and prev.text[:1].isupper() and prev.text not in self.lang.stop_names \
                    and self._role_form(prev.text) is None and self.gaz.cues.apposition(prev.text) is None \
                    and (opener.tag_ == "ART" or self.gaz.cues.apposition(opener.text) == "Organization"):
                start -= 1
        # a noun that opens organisations' names before their town (name_cues ``before``) opens this one too:
        # "die Raiffeisenbank Kobernaußerwald eGen"
        if start < i and start - 1 >= 0 and start - 1 not in taken and doc[start - 1].tag_.startswith("NN") \
                and self.gaz.cues.before(doc[start - 1].text) is not None:
            start -= 1
        return start

    def _adjectives_before(self, doc: Doc, i: int, taken: set[int], *, describing: bool = True) -> int:
        """Start of the capitalised adjectives before an organisation noun at ``i`` ("Süddeutsche
        Zeitung", "Christlich Soziale Union", "Frankfurter Allgemeine Zeitung"); ``i`` when there are
        none. At the start of a sentence, where any word is capitalised, only an adjective made from a
        place or people counts ("Bayerische Landeskirche", not "Neue Partei"). A place adjective in -er
        alone ``describing`` the noun is no name ("Schweizer Armee"); before a name of its own it is part
        of it ("Berliner Institut für Sozialforschung")."""
        start = i
        while start > 0 and i - start < 3 and start - 1 not in taken:
            prev = doc[start - 1]
            text = prev.text
            if not text[:1].isupper() or text in self.lang.stop_names or text in self.gaz.first_names \
                    or not (prev.tag_ in ("ADJA", "ADJD") or prev.tag_ in ("", "NE") and text.endswith("er") and len(text) > 4) \
                    or "-" in text and not text.rpartition("-")[2][:1].isupper():
                break  # not "US-amerikanischen", "FDP-geführte"
            start -= 1
        if describing and all(t.text.endswith("er") for t in doc[start:i]):
            return i  # a place adjective alone describes: "Schweizer Armee", "Wülfrather Polizei"
        if start < i and (start == 0 or _line_start(doc, start)):
            lower = doc[start].text.lower()
            if not (lower.endswith(self.place_adjective_endings) or self.gaz.nationality(lower)):
                return i
        return start

    def _institution_end(self, doc: Doc, i: int, taken: set[int]) -> int:
        """End of an institution's name opened by the noun at ``i`` and going on with "für" or a genitive
        article and capitalised words ("Bundesamt für Migration und Flüchtlinge", "Partei der Demokratischen
        Union (PYD)"); ``i + 1`` when there is none. After a genitive article the name needs a capitalised
        adjective or an acronym in brackets after it ("der Verband der Unternehmen" is no name); never
        after an indefinite article ("ein Amt für Statistik")."""
        n = len(doc)
        cues = self.gaz.cues
        j = i - 1
        while j > 0 and doc[j].tag_ == "ADJA":
            j -= 1
        if j >= 0 and doc[j].tag_ == "ART" and doc[j].lower_ not in self.articles:
            return i + 1  # an indefinite article: "eines eigenen Ministeriums für Landwirtschaft"
        link = doc[i + 1].lower_
        genitive = link in self.genitive_articles and doc[i + 1].tag_ in ("", "ART")
        if link not in cues.institution_links and not genitive:
            return i + 1
        k = i + 2
        end = k
        named = 0
        adjective = False
        comma: int | None = None  # where a list after a comma began, until "und" closes it
        closed = closed_noun = False  # after "und" (and its noun)
        while k < n and k - i <= 8 and k not in taken:
            token = doc[k]
            text = token.text
            if text[:1].isupper() and text not in self.lang.stop_names and self._role_form(text) is None \
                    and token.tag_ in ("", "NN", "NE", "FM", "ADJA", "ADJD", "TRUNC", "VVINF"):  # "für Nationales Gedenken"
                if closed and token.tag_ not in ("ADJA", "ADJD", "TRUNC"):
                    if closed_noun:
                        break  # one noun after "und" ends the list: not "... und Wirtschaft Peter Weibel"
                    closed_noun = True
                adjective = adjective or token.tag_ in ("ADJA", "ADJD")
                named += 1
                k += 1
                end = k
            elif token.tag_ == "ADJA" and k + 1 < n and doc[k + 1].text[:1].isupper():
                k += 1  # "Institut der deutschen Wirtschaft"
            elif (token.lower_ in self.conjunctions or token.text == "," and not genitive) and end == k and k + 1 < n \
                    and doc[k + 1].text[:1].isupper() and doc[k + 1].tag_ in ("NN", "NE", "ADJA", "TRUNC"):
                if token.text == ",":
                    comma = comma if comma is not None else end
                else:
                    comma = None  # the list closes with "und": "für Wissenschaft, Forschung und Wirtschaft"
                    closed, closed_noun = True, False
                k += 1  # "für Migration und Flüchtlinge"
            elif not genitive and named and end == k and token.lower_ in self.genitive_articles and token.tag_ in ("", "ART") \
                    and k + 1 < n and doc[k + 1].text[:1].isupper() and doc[k + 1].tag_ in ("NN", "NE"):
                closed = closed_noun = False
                k += 1  # "für Technik und Wirtschaft des Saarlandes"
            else:
                break
        if comma is not None:
            end = comma  # no "und" closed the list: "des Instituts für Ostrecht in Graz, Heft 3"
        if not named:
            return i + 1
        if genitive and not adjective and doc[i].text not in self.genitive_institutions:
            acronym = end + 2 < n and doc[end].text == "(" and doc[end + 2].text == ")" and self._is_acronym(doc[end + 1].text)
            if not acronym:
                return i + 1
        return end

    def _unknown_name(self, word: str) -> bool:
        """A capitalised word that is no known name, acronym, nationality or title: the first part of
        "Eulenspiegel-Verlag", not of "VW-Konzern", "US-Bank", "SPD-Partei", "Russland-Zeitung"."""
        first = word.split("-")[0]
        return word[:1].isupper() and not word.isupper() and not self._is_acronym(first) and word not in self.gaz.names \
            and self._genitive_entry(word) is None and self.gaz.nationality(word) is None \
            and word not in self.lang.stop_names and self._role_form(word) is None

    def _model_reads_otherwise(self, doc: Doc, start: int, end: int, entry: Entry, model_at: dict[int, Span]) -> bool:
        """True when the statistical model puts the place or organisation a gazetteer found into a
        longer name ("Universität Kopenhagen", "Financial Times Deutschland", "Otto von Bismarck"), or reads
        a bulk city name that is also a given name as a person ("erblickt Ahmad")."""
        ent = model_at.get(start) if entry.kind != "Person" else None
        if ent is None or model_at.get(end - 1) is not ent:
            return False
        if entry.kind == "Organization":
            return ent.label_ == "ORG" and len(ent) > end - start and self._plain_name(doc, ent.start, ent.end)
        if (ent.start, ent.end) == (start, end):
            # one word only: "Abu Dhabi" is the city although "Abu" is a given name
            return entry.weak and ent.label_ == "PER" and end - start == 1 and doc[start].text in self.gaz.first_names
        if ent.label_ not in ("ORG", "LOC") and not (ent.label_ == "PER" and entry.weak):
            return False
        if ent.start < start:
            head = self.gaz.names.match([t.text for t in doc[ent.start : start]], 0)
            if head is not None and head[0] == start - ent.start and not head[1].weak and head[1].kind == "Person" != entry.kind:
                return False  # two names the model ran together: "besucht Macron Wien"
        if ent.start > 0 and self.title_of(doc[ent.start - 1]) is not None:
            return False  # after an office title a person follows: "Landeshauptmann Kärntens Rudolf Maierhofer"
        if ent.label_ != "PER" and any(t.text in self.gaz.first_names and t.tag_ == "NE" for t in ent):
            return False  # a given name inside: the model ran a place into a person's name
        return self._plain_name(doc, ent.start, ent.end)

    def _before_a_date(self, doc: Doc, ent: Span) -> Span:
        """A model name cut before an inner word that a weekday or month follows: "lud ASGB und SSG für Montag ein"
        names SSG (not "Gesellschaft für Sportmedizin", whose inner word a name follows)."""
        for k in range(ent.start + 1, ent.end - 1):
            if doc[k].lower_ in self.name_inner_words and doc[k + 1].lower_ in self.date_words:
                return Span(doc, ent.start, k, label=ent.label_, kb_id=ent.kb_id_)
        return ent

    def _plain_name(self, doc: Doc, start: int, end: int) -> bool:
        """A run of capitalised words (with name particles) holding no office title or stop word."""
        for token in doc[start:end]:
            text = token.text
            if text[:1].isupper():
                if text in self.lang.stop_names or self.title_of(token) is not None:
                    return False
            elif text.lower() not in self.name_particles and text.lower() not in self.name_inner_words or token.i in (start, end - 1):
                if not token.is_punct or token.i in (start, end - 1):
                    return False
        return True

    def _repeated_names(self, doc: Doc, words: list[str], found: list[_Found], covered: set[int]) -> None:
        """Names said again in the same text without what identified them: the bare town of a sports
        club ("gewann mit Barcelona", "Barcelonas Trainer" after "FC Barcelona"; not "in Barcelona",
        nor a dateline) and an organisation a cue or apposition found ("Western Digital wollte" after
        "der Hersteller Western Digital"), or a medium a citation found ("Wired" after "laut „Wired“"; not
        one whose name is a common noun, name_cues ``medium``: "zur selben Zeit" after "wie die Zeit berichtet")."""
        n = len(doc)
        names: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        for f in found:
            if f.town:
                names.setdefault(f.town, set()).add(tuple(words[f.start:f.end]))
        clubs = {town: next(iter(named)) for town, named in names.items() if len(named) == 1}  # "Real" and "Atlético Madrid": unclear
        if clubs:
            at = {(f.start, f.end): f for f in found}
            inside = {k for f in found if f.town for k in range(f.start, f.end)}
            for i in range(n):
                for town, club in clubs.items():
                    end = i + len(town)
                    genitive = len(town) == 1 and any(words[i] == town[0] + x for x in self.genitive_suffixes)
                    if tuple(words[i:end]) != town and not genitive or any(k in inside for k in range(i, end)):
                        continue
                    j = i - 1
                    while j >= 0 and doc[j].tag_ in ARTICLE_TAGS + ("ADJA",):
                        j -= 1
                    if j >= 0 and doc[j].lower_ in self.place_prepositions or _line_start(doc, i) and end < n and doc[end].text in DASHES:
                        continue  # "in Barcelona" and the dateline "Barcelona –" are the town
                    name = " ".join(club)
                    f = at.get((i, end))
                    if f is not None and f.kind == "Place" and f.source != "dateline":
                        f.kind, f.canonical, f.country, f.key, f.source = "Organization", name, None, actor_key("Organization", name), "club"
                    elif f is None and not any(k in covered for k in range(i, end)):
                        found.append(_Found(i, end, "Organization", name, None, actor_key("Organization", name), priority=1, source="club"))
                        covered.update(range(i, end))
        repeated = {tuple(words[f.start:f.end]): f for f in found
                    if f.kind == "Organization" and f.source in ("cue", "apposition", "medium") and not f.town
                    and not (f.source == "medium" and f.end - f.start == 1 and words[f.start] in self.gaz.cues.media)}
        # … and by the first word of its name alone ("Baltica" after "der Logistikkonzern Baltica Logistics"), when that
        # word is a proper noun of no other name, place, given name or common noun and no other organisation shares it
        firsts: dict[str, list[_Found]] = {}
        for seq, f in repeated.items():
            if len(seq) >= 2 and seq[0][:1].isupper() and "-" not in seq[0] and seq[0] not in self.gaz.first_names \
                    and self.gaz.names.get(seq[0]) is None and seq[0] not in self.lang.stop_names and not lexicon_common_noun(seq[0]):
                firsts.setdefault(seq[0], []).append(f)
        for i in range(n):
            if i in covered or not words[i][:1].isupper():
                continue
            for seq, f in repeated.items():
                end = i + len(seq)
                if tuple(words[i:end]) == seq and not any(k in covered for k in range(i, end)):
                    found.append(_Found(i, end, "Organization", f.canonical, f.country, f.key, priority=1, source="repeat"))
                    covered.update(range(i, end))
                    break
            else:
                owners = firsts.get(words[i], [])
                if len(owners) == 1 and doc[i].tag_ in ("NE", "FM") and not (i + 1 < n and doc[i + 1].tag_ in ("NE", "FM")
                                                                             and doc[i + 1].text[:1].isupper()):
                    f = owners[0]
                    found.append(_Found(i, i + 1, "Organization", f.canonical or " ".join(words[f.start:f.end]), f.country,
                                        f.key or actor_key("Organization", f.canonical or " ".join(words[f.start:f.end])),
                                        priority=1, source="repeat"))
                    covered.add(i)

    def _consistency(self, doc: Doc, found: list[_Found], covered: set[int]) -> None:
        """Once "Bessent" is a person, every "Bessent" and "Bessents" is (spellings with and
        without diacritics alike), and once "Jonas E." is, every "Jonas"."""
        surnames: dict[str, _Found] = {}
        for f in found:
            if f.kind == "Person":
                surnames[fold(doc[f.end - 1].text)] = f
                if f.end - f.start == 2 and is_initial(doc[f.end - 1].text):
                    surnames.setdefault(fold(doc[f.start].text), f)  # "Jonas" after "Jonas E." (a surname withheld)
                if f.canonical and f.source == "genitive":
                    surnames.setdefault(fold(f.canonical.split()[-1]), f)  # "Fischer" after "Heinz Fischers Amtszeit"
        if not surnames:
            return
        for token in doc:
            if token.i in covered or not token.text[:1].isupper():
                continue
            text = fold(token.text)
            base = next((text[: -len(x)] for x in self.genitive_suffixes if text.endswith(x) and text[: -len(x)] in surnames), text)
            src = surnames.get(base)
            if src is not None:
                found.append(_Found(token.i, token.i + 1, "Person", src.canonical, src.country, src.key, priority=0, source="consistency"))
                covered.add(token.i)

    def _repeated_towns(self, doc: Doc, new: list[_Found], found: list[_Found], covered: set[int]) -> None:
        """A foreign town its context made a place ("aus České Velenice") is that place wherever the text names it
        again ("Gmünd und die Nachbarstadt České Velenice"): names of two or more words, or with letters the language
        lacks, which are no words of its own."""
        towns = {tuple(t.text for t in doc[f.start:f.end]) for f in new if f.kind == "Place"
                 and (f.end - f.start >= 2 or self._foreign_word(doc[f.start].text))}
        for words in towns:
            n = len(words)
            for i in range(len(doc) - n + 1):
                if any(k in covered for k in range(i, i + n)) or tuple(t.text for t in doc[i : i + n]) != words:
                    continue
                found.append(_Found(i, i + n, "Place", priority=0, source="consistency"))
                covered.update(range(i, i + n))

    def _genitive_persons(self, doc: Doc, found: list[_Found]) -> None:
        """A person named in the genitive gets the name without its ending as canonical name and key:
        "Heinz Fischers Nachfolger" is Heinz Fischer, "Fischers Amtszeit" Fischer. Only where the text
        tells the ending from the name: the surname stands without it elsewhere, the gazetteer knows the
        person, or a common noun follows and the name ends in a consonant ("Obamas Rede" needs the
        bare "Obama"; "Tsipras", "Juan Carlos", "Jens" are names in -s). A lone genitive surname of a
        full name in the same text is left to extraction, which joins the two."""
        nominative = {fold(doc[f.end - 1].text) for f in found if f.kind == "Person"}
        full = {fold(doc[f.end - 1].text) for f in found if f.kind == "Person" and f.end - f.start >= 2}
        for f in found:
            if f.kind != "Person" or f.canonical is not None or f.key:
                continue
            i = f.end - 1
            base = self._genitive_surname(doc, i, nominative)
            if base is None or f.end - f.start == 1 and fold(base) in full:
                continue
            name = " ".join([t.text for t in doc[f.start:i]] + [base])
            entry = self.gaz.names.get(name)
            if entry is not None and entry.kind == "Person":
                f.canonical, f.country, f.key = entry.canonical, f.country or entry.country, entry.key
            else:
                f.canonical, f.key = name, actor_key("Person", name)
            f.source = "genitive"
        reduced = {fold(f.canonical.split()[-1]): f for f in found if f.source == "genitive" and f.end - f.start >= 2}
        for f in found:  # "Fischer" (the model's) after "Heinz Fischers Nachfolger"
            if f.kind == "Person" and f.end - f.start == 1 and not f.key and fold(doc[f.start].text) in reduced:
                src = reduced[fold(doc[f.start].text)]
                f.canonical, f.country, f.key = src.canonical, f.country or src.country, src.key

    def _genitive_surname(self, doc: Doc, i: int, nominative: set[str]) -> str | None:
        """The surname in the genitive at ``i`` without its ending, or None (see ``_genitive_persons``)."""
        text = doc[i].text
        if text in self.gaz.first_names:
            return None
        base = genitive_base(text, self.genitive_suffixes, kept_after="sxzß")  # a vowel before -s: decided below
        if base is None:
            return None
        if fold(base) in nominative and fold(base) != fold(text):
            return base
        entry = self.gaz.names.get(base)
        if entry is not None and entry.kind == "Person":
            return base
        after = doc[i + 1] if i + 1 < len(doc) else None
        if after is not None and after.tag_ in ("NN", "ADJA") and base[-1].lower() not in "aeiouy":
            return base  # "Fischers Amtszeit", "Heinz Fischers neuer Nachfolger"
        return None

    def _genitive_entry(self, word: str) -> Entry | None:
        """The gazetteer entry of a name in the genitive: "Putins", "Russlands", "Moskaus"."""
        hit = self._genitive_hit(word)
        return hit[0] if hit is not None else None

    def _genitive_hit(self, word: str) -> tuple[Entry, str] | None:
        """The gazetteer entry of a name in the genitive and the name without the ending it matched
        ("Ushakovs" -> Juri Uschakow, "Ushakov")."""
        for suffix in self.genitive_suffixes:
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                entry = self.gaz.names.get(word[: -len(suffix)])
                if entry is not None:
                    return entry, word[: -len(suffix)]
        return None

    def _genitive_owner(self, token: Token) -> str | None:
        """A name in the genitive that owns the title after it: the ISO code for a country
        ("Tschechiens"), "" for a place or organisation ("Burgenlands", "Wiens"), else None."""
        text = token.text
        if not text[:1].isupper() or token.tag_ not in ("NE", ""):
            return None
        whole = self.gaz.names.get(text)
        if whole is not None and whole.kind in ("Place", "Country"):
            return None  # a name ending in the suffix itself: "in Paris Präsident X" is no "Pari's" president
        for suffix in self.genitive_suffixes:
            if text.endswith(suffix) and len(text) > len(suffix) + 2:
                entry = self.gaz.names.get(text[: -len(suffix)])
                if entry is not None and entry.kind == "Country":
                    return entry.country
                if entry is None or entry.kind in ("Place", "Organization"):
                    return ""
        return None

    def _proper_nouns(self, doc: Doc, covered: set[int], found: list[_Found]) -> list[_Found]:
        """Runs of NE-tagged tokens that no earlier step took, where the context tells their kind."""
        kind_at = {k: f.kind for f in found for k in range(f.start, f.end)}
        out: list[_Found] = []
        i = 0
        n = len(doc)
        while i < n:
            token = doc[i]
            if i in covered or not self._is_name_token(token) or token.tag_ != "NE" and not self._unknown_acronym(doc, i) \
                    and not self._speaker_read_as_noun(doc, i):
                i += 1
                continue
            end = i + 1
            while end < n and end - i < 3 and end not in covered and doc[end].tag_ == "NE" and self._is_name_token(doc[end]):
                end += 1
            kind = self._proper_noun_kind(doc, i, end) or self._conjunct_kind(doc, i, end, kind_at)
            if kind is not None and doc[i:end].text not in self.treaty_names:
                out.append(_Found(i, end, kind, priority=0, source="proper_noun"))
                covered.update(range(i, end))
            i = end
        return out

    def _proper_noun_kind(self, doc: Doc, start: int, end: int) -> str | None:
        words = [t.text for t in doc[start:end]]
        if len(words) == 1 and words[0].isupper() and len(words[0]) > 3:
            entry = self.gaz.names.get(words[0][:1] + words[0][1:].lower())
            if entry is not None and entry.kind in ("Place", "Country"):
                return "Place"  # a dateline: "BERLIN -", "TOKIO ("
        if self._is_acronym(words[0]):
            if len(words) == 1 and any(0 <= k < len(doc) and doc[k].like_num for k in (start - 1, end)):
                return None  # a unit, currency or code next to its number: "32 KB", "ISBN 3-...", "CHF 7"
            return "Organization"  # "die AKP", "der SC Paderborn"; "der YPG-Miliz" is a compound and never gets here
        j = start - 1
        while j >= 0 and doc[j].tag_ in ARTICLE_TAGS + ("ADJA",):
            j -= 1
        genitive = len(words) == 1 and words[0].endswith(self.genitive_suffixes) if self.genitive_suffixes else False
        if j >= 0 and doc[j].lower_ in self.place_prepositions:
            if genitive and end < len(doc) and doc[end].tag_ == "NN":
                # the preposition governs the noun: "nach Fischers Amtszeit" (a person), but a town of the
                # gazetteers or cues stays a place: "in Erfurts Innenstadt", "in Klosterneuburgs Zentrum"
                base = genitive_base(words[0], self.genitive_suffixes, min_length=1, kept_after="") or ""
                entry = self.gaz.names.get(base)
                if entry is not None and entry.kind in ("Place", "Country"):
                    return "Place"
                return self.gaz.cues.proper_noun(base) or "Person"
            head = words[-1].rpartition("-")[2]
            if "-" in words[-1] and head[:1].isupper() and lexicon_common_noun(head):
                return None  # a compound the tagger read as a name: "im F1-Zirkus", "ins Frauen-Zuchthaus"
            return "Place"
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        for verb in (before, after):
            if verb is not None and verb.pos_ in ("VERB", "AUX") and verb.lemma_ in self.reporting:
                return "Person"  # "sagte Davutoğlu", "Davutoğlu erklärte"
        if len(words) == 1 and self.gaz.cues.proper_noun(words[0]) is not None:
            return self.gaz.cues.proper_noun(words[0])  # "Ottersberg", "Rüdesheim"
        base = genitive_base(words[0], self.genitive_suffixes, min_length=4, kept_after="sxzß") if genitive else None
        if base is not None and after is not None \
                and after.tag_ in ("NN", "ADJA") and not (before is not None and before.tag_ in NOUN_PHRASE_TAGS):
            if self.gaz.cues.proper_noun(base) is not None:
                return self.gaz.cues.proper_noun(base)  # "Klosterneuburgs Bürgermeister"
            if self.gaz.cues.before(base) is not None or base in self.gaz.names or "-" in base:
                return None  # a club word ("Rapids Trainer"); a bulk city name, as often a surname or a team
                # ("Boltons Nominierung", "Erfurts Trainer", "Denvers Quarterback"); a compound ("Tutorial-Videos")
            return "Person"  # a name in the genitive before a noun is most often a person's: "Zabels Entscheidung"
        return None

    def _place_description(self, doc: Doc, i: int) -> bool:
        """The word at ``i`` is a place adjective in -er after an article: it describes the noun after it ("der Tiroler
        Energieversorger", "den Kärntner Hersteller"), unlike one that opens a name ("Mitteldeutscher Verlag")."""
        return i > 0 and doc[i].tag_ == "ADJA" and doc[i].text.endswith("er") and len(doc[i].text) > 4 and doc[i - 1].tag_ == "ART"

    def _apposed_name(self, doc: Doc, start: int, kind: str | None = None) -> tuple[int, int]:
        """The name after an apposition noun: a run of proper nouns ("Trainer Moser"), or the
        words up to the closing quote ("Zeitung „Die Welt“"); (start, start) when there is none.
        After a sort of organisation a name may be written in lower case or as a hyphenated acronym
        ("die Gewerkschaft vida", "die Gewerkschaft PRO-GE")."""
        if kind == "Organization" and self._brand_name(doc[start]):
            return start, start + 1
        if doc[start].text in QUOTES:
            end = start + 1
            while end < len(doc) and end - start <= 4 and doc[end].text not in QUOTES:
                end += 1
            if end < len(doc) and end > start + 1 and doc[end].text in QUOTES and doc[start + 1].text[:1].isupper():
                return start + 1, end
            return start, start
        if doc[start].tag_ not in ("", "NE", "FM", "XY"):
            if kind == "Organization" and self._numbered(doc, start + 1) and self._is_name_token(doc[start]) and "-" not in doc[start].text:
                return start, start + 2  # a word and a number: "der Sender Puls 24"
            if kind == "Organization" and self._common_noun_as_name(doc, start):
                return start, start + 1
            if kind == "Organization" and doc[start].tag_ in ("ADJA", "ADJD") and doc[start].text[:1].isupper() \
                    and start + 1 < len(doc) and doc[start + 1].tag_ in ("NN", "NE") and self._is_name_token(doc[start + 1]) \
                    and (start + 2 >= len(doc) or not doc[start + 2].text[:1].isupper()):
                return start, start + 2  # a capitalised adjective mid-sentence opens a name: "der Energieversorger Alpin Energie"
            return start, start
        end = self._name_run(doc, start, limit=4)
        if kind == "Organization" and end > start and self._numbered(doc, end):
            end += 1  # "der Sender ATV 2"
        return start, end

    @staticmethod
    def _numbered(doc: Doc, i: int) -> bool:
        """The token at ``i`` is a short number that ends a name: "Puls 24", "ORF 3" (not a year, nor a count of the
        noun after it: "Sender mit 24 Stunden")."""
        return i < len(doc) and doc[i].tag_ == "CARD" and doc[i].text.isdigit() and len(doc[i].text) <= 3 \
            and not (i + 1 < len(doc) and doc[i + 1].tag_ == "NN")

    @staticmethod
    def _split_surname_runs(doc: Doc, found: list[_Found]) -> None:
        """A run of words the model read as one person's name is several people when each word is the surname of a
        different person named in full: "hat Schumann Brenner und Eder geladen" after "Korinna Schumann" and "Thomas
        Brenner"."""
        full = {}
        for f in found:
            if f.kind == "Person" and f.end - f.start >= 2:
                full.setdefault(doc[f.end - 1].text, (f.start, f.end))
        for f in list(found):
            if f.kind != "Person" or f.source != "model" or f.end - f.start < 2 or (f.start, f.end) in full.values():
                continue
            names = [doc[k].text for k in range(f.start, f.end)]
            if len(set(names)) == len(names) and all(n in full for n in names):
                found.remove(f)
                found.extend(_Found(k, k + 1, "Person", priority=f.priority, source="model") for k in range(f.start, f.end))

    def _place_stem(self, doc: Doc, text: str) -> bool:
        """A word in -er made from a known town or state, or from a proper noun of the text (its dateline):
        "Wolfsberger", "Grazer", "Hartberger" after "Hartberg (APA) -"."""
        stem = text[:-2]
        entry = self.gaz.names.get(stem)
        return entry is not None and entry.kind in ("Place", "Country") or any(t.text == stem and t.tag_ == "NE" for t in doc)

    def _dateline_town_tails(self, doc: Doc, found: list[_Found]) -> None:
        """A dateline's town goes on with the river, lake or region it lies by: "Ried im Innkreis (APA) -", "Braunau am
        Inn –" (grammar.yml ``place_name_links``); only in a dateline, where nothing but the town can stand."""
        for f in list(found):
            if f.kind != "Place":
                continue
            if f.end < len(doc) and (doc[f.end].text == "(" or doc[f.end].text in DASHES):
                # the town itself unfound before its tail: "Ried im Innkreis (APA)"
                for link in self.place_name_links:
                    k = f.start - len(link) - 1
                    if k >= 0 and [t.lower_ for t in doc[k + 1 : f.start]] == list(link) and _line_start(doc, k) \
                            and doc[k].text[:1].isupper() and doc[k].tag_ in ("NE", "FM", "NN", "") \
                            and not any(g.start <= k < g.end for g in found):
                        f.start, f.canonical, f.key = k, None, ""
                        break
                continue
            if not _line_start(doc, f.start):
                continue
            end = self._place_name_tail(doc, f.end)
            if end == f.end or end >= len(doc) or not (doc[end].text == "(" or doc[end].text in DASHES):
                continue
            tail = [g for g in found if g is not f and f.end <= g.start < end]
            if any(g.kind != "Place" or g.end > end for g in tail):
                continue
            for g in tail:
                found.remove(g)
            f.end, f.canonical, f.key = end, None, ""

    def _unknown_town_tails(self, doc: Doc, found: list[_Found]) -> None:
        """A town no lexicon knows goes on with the region, river or town it lies by, as Austrian municipalities are
        named: "zwischen Schönau im Mühlkreis und Sankt Leonhard bei Freistadt" (grammar.yml ``place_name_links``; the
        tail a place of its own or no name found). A known town keeps its name: "Innsbruck im Jänner"."""
        for f in list(found):
            entry = self.gaz.names.get(doc[f.start:f.end].text)
            if f.kind != "Place" or entry is not None and not entry.weak:
                continue
            end = self._place_name_tail(doc, f.end)
            tail = [g for g in found if g is not f and f.end <= g.start < end]
            if end == f.end or not tail or any(g.kind != "Place" or g.end > end for g in tail):
                continue
            for g in tail:
                found.remove(g)
            f.end, f.canonical, f.key = end, None, ""

    def _place_name_tail(self, doc: Doc, end: int) -> int:
        """A town's name goes on after a linking preposition with the river, mountain or region it lies by
        (grammar.yml ``place_name_links``): "die Marktgemeinde Wartberg ob der Aist", "Weißenbach an der
        Triesting"; a common noun there ends it ("die Gemeinde Wartberg an der Grenze")."""
        for link in self.place_name_links:
            k = end + len(link)
            if k < len(doc) and [t.lower_ for t in doc[end:k]] == list(link) and doc[k].tag_ in ("NE", "FM") \
                    and self._is_name_token(doc[k]) and not lexicon_common_noun(doc[k].text):
                return k + 1
        return end

    def _common_noun_as_name(self, doc: Doc, i: int) -> bool:
        """A word the tagger read as a common noun is the company's name after its sort ("mit dem Entsorger
        Saubermacher", "der Energieversorger Verbund hat"): a word HanTa's lexicon does not know, or a
        known noun in its base form after a main clause's subject article and sort noun ("Der
        Energieversorger Verbund hat", "X und der Energieversorger Verbund haben") before a verb, comma or
        conjunction. An object stays an object: "dem Konzern Sorgen machen", "weil der Konzern Gewinne macht"."""
        token = doc[i]
        if not token.tag_.startswith("NN") or not self._is_name_token(token) or "-" in token.text:
            return False
        if not lexicon_common_noun(token.text):
            return True
        if i < 2 or doc[i - 2].lower_ not in self.subject_articles or token.lemma_ not in ("", token.text):
            return False
        opens = i == 2 or doc[i - 2].is_sent_start or doc[i - 3].tag_ == "KON" or doc[i - 3].text in DASHES  # (after a dateline)
        after = doc[i + 1].tag_ if i + 1 < len(doc) else "$."
        return opens and after in ("VAFIN", "VVFIN", "VMFIN", "$,", "KON")

    def _brand_name(self, token: Token) -> bool:
        """A one-word name styled off the rules: in lower case where the tagger still read a name
        ("vida/NE"), a number word ("Drei/CARD"), or an acronym with a hyphenated part ("PRO-GE")."""
        text = token.text
        if text in self.lang.stop_names or token.is_punct or not text[:1].isalpha():
            return False
        if text[:1].islower():
            return token.tag_ == "NE"
        if token.tag_ == "CARD":
            return text.isalpha() and not token.is_sent_start  # a number word as a name: "der Mobilfunker Drei"
        head, _, rest = text.partition("-")
        return token.tag_ in ("NE", "NN", "FM", "XY") and self._is_acronym(head) and self._is_acronym(rest)  # not "US-Autobauer"

    def _conjunct_kind(self, doc: Doc, start: int, end: int, kind_at: dict[int, str]) -> str | None:
        """The kind of a name joined by "und"/"oder" (or a comma) to a name of known kind:
        "Robbert und Frankie", "Baigent, Leigh und Lincoln"."""
        after = end + 1 if end < len(doc) and (doc[end].lower_ in self.conjunctions or doc[end].text == ",") else None
        before = start - 2 if start > 1 and (doc[start - 1].lower_ in self.conjunctions or doc[start - 1].text == ",") else None
        kinds = {kind_at.get(k) for k in (after, before) if k is not None and 0 <= k < len(doc)} - {None}
        if len(kinds) == 1 and (after is not None and doc[end].lower_ in self.conjunctions
                                or before is not None and doc[start - 1].lower_ in self.conjunctions):
            return kinds.pop()
        return None

    def _speaker_read_as_noun(self, doc: Doc, i: int) -> bool:
        """An unknown surname the tagger read as a common noun next to a reporting verb: "widersprach
        Pfannenstiel/NN", "Pfannenstiel/NN sagte". Not a word of HanTa's lexicon ("sagte Kern" stays
        open: a noun as likely as a name), nor a noun after a determiner or at the start of a sentence."""
        token = doc[i]
        if token.tag_ != "NN" or i == 0 or token.is_sent_start or _line_start(doc, i) or "-" in token.text:
            return False
        near = doc[i - 1:i + 2]  # the rule identity shares (kg.identity.tagged_as_name), with evidence before the noun
        if not beside_reporting_verb([t.tag_ for t in near], [t.lemma_ for t in near], 1, self.reporting, strict=True):
            return False  # "die Firma Pfannenstiel/NN sagte", "des SV Ottensen/NN betont": no speaker of its own
        return not lexicon_common_noun(token.text)

    def _unknown_acronym(self, doc: Doc, i: int) -> bool:
        """An acronym the tagger did not know (XY) after an article: "zwischen der JG und X"."""
        return doc[i].tag_ == "XY" and i > 0 and doc[i - 1].tag_ in ARTICLE_TAGS and self._is_acronym(doc[i].text) \
            and doc[i].text not in self.lang.stop_names

    @staticmethod
    def _is_acronym(word: str) -> bool:
        word = word.rstrip(".")
        if "." in word or any(c.isdigit() for c in word):
            return False  # "z.B.", "H.I.", a model or code: "VC1541", "F-15E", "SWF3"
        letters = [c for c in word if c.isalpha()]
        roman = all(c in "IVXLCDM" for c in word)  # "Vorzugsaktien II", "Leo XIV."
        return 2 <= len(word) <= 6 and len(letters) >= 2 and all(c.isupper() for c in letters) and not roman

    @staticmethod
    def _sentence_adverb(doc: Doc, i: int) -> bool:
        """A capitalised adjective or adverb opening the sentence before a preposition, adverb or
        subordinating conjunction: "Kurz nach dem Treffen", "Kurz bevor er ging"."""
        return (i == 0 or doc[i].is_sent_start) and doc[i].tag_ in ("ADJD", "ADV") and i + 1 < len(doc) \
            and doc[i + 1].tag_ in ("APPR", "APPRART", "ADV", "KOUS", "PAV", "PTKZU")

    def _confirm_weak(self, doc: Doc, start: int, end: int, *, small: bool = False) -> bool:
        """Bulk city names count only as proper nouns or after a locative preposition (a ``small`` town only there),
        and never as a given name before a surname ("Karin Kneissl") or a surname after a given name
        ("Whitney Houston")."""
        if end - start == 1 and doc[start].text in self.gaz.first_names and end < len(doc) and self._is_name_token(doc[end]):
            return False
        if start > 0 and doc[start - 1].text in self.gaz.first_names and doc[start - 1].tag_ == "NE":
            return False  # a surname after a given name: "Whitney Houston", "Michael Jackson"
        if small:
            return self._confirm_small_town(doc, start, end)
        if start > 0 and doc[start - 1].lower_ in self.confirming:
            return True
        if end - start == 1 and doc[start].text in self.gaz.first_names:
            return False  # a city named like a person needs a preposition: "in Victoria", not "Victoria war"
        if end < len(doc) and doc[end].tag_ in ("NE", "FM") and doc[end].text[:1].isupper() and doc[end].text not in self.gaz.names:
            return False  # part of a longer name: "Toronto Raptors", "Anaheim Ducks"
        return all(t.tag_ == "NE" for t in doc[start:end]) and doc[start].text not in self.lang.stop_names

    def _confirm_small_town(self, doc: Doc, start: int, end: int) -> bool:
        """A small town (one of thousands, many named like words) counts after "in", "nach", "aus", or where the text
        names it so elsewhere ("Enns verhandelt" before "die Stadtgemeinde Enns"); never a word HanTa knows as a common
        noun ("in Hart", "Tal"), nor in another name ("Bürgerinitiative „Lebenswertes Enns“")."""
        if end - start == 1 and lexicon_common_noun(doc[start].text):
            return False

        def placed(i: int) -> bool:
            return i > 0 and (doc[i - 1].lower_ in self.place_prepositions or doc[i - 1].text in self.place_nouns)

        if placed(start):
            return True
        if start > 0 and doc[start - 1].tag_ in ("ADJA", "$(") and not doc[start - 1].is_space:
            return False
        return any(t.text == doc[start].text and placed(t.i) for t in doc)

    def _from_entry(self, start: int, end: int, entry: Entry, doc: Doc, *, priority: int, source: str) -> _Found:
        canonical = doc[start:end].text if entry.weak else entry.canonical
        return _Found(start, end, entry.kind, canonical, entry.country, entry.key, priority,
                      f"{source} (city)" if entry.weak else source)

    @staticmethod
    def _join_adjacent_persons(doc: Doc, spans: list[Span], info: dict[tuple[int, int], _Found]) -> list[Span]:
        """Two names of people with nothing between them are one person's when the words across their border
        are a name of their own elsewhere in the text: "Nataša Pirc" + "Musar" or "Pirc" + "Musar" after "Pirc Musar"
        (the repetition steps had taken "Musar" for the surname of "Pirc Musar"). A title read as a name
        ("VKI-Rechtschef" + "Peter Kolba") or two players in a results line join nothing. Names the gazetteer knows
        keep their own entries."""
        persons = {s.text for s in spans if info[(s.start, s.end)].kind == "Person"}
        out: list[Span] = []
        for span in spans:
            prev = out[-1] if out else None
            if prev is not None and prev.end == span.start and prev.label_ == span.label_ \
                    and info[(prev.start, prev.end)].kind == info[(span.start, span.end)].kind == "Person" \
                    and not prev.kb_id_ and not span.kb_id_ \
                    and any(doc[k : span.end].text in persons for k in range(prev.start, prev.end)):
                joined = Span(doc, prev.start, span.end, label=prev.label_)
                first = info[(prev.start, prev.end)]
                info[(joined.start, joined.end)] = _Found(joined.start, joined.end, "Person", None, first.country, "",
                                                          first.priority, first.source)
                out[-1] = joined
                continue
            out.append(span)
        return out

    def _to_spans(self, doc: Doc, found: list[_Found]) -> list[Span]:
        spans = []
        for f in found:
            span = Span(doc, f.start, f.end, label=KIND_TO_LABEL[f.kind], kb_id=f.key)
            spans.append((f.priority, span, f))
        spans.sort(key=lambda item: (-item[0], item[1].start))
        kept = filter_spans([s for _, s, _ in spans])
        info = {(s.start, s.end): f for _, s, f in spans}
        kept = self._join_adjacent_persons(doc, sorted(kept, key=lambda s: s.start), info)
        for span in kept:
            f = info[(span.start, span.end)]
            span._.kg_kind = f.kind
            span._.kg_canonical = f.canonical
            span._.kg_country = f.country
            span._.kg_source = f.source
        return sorted(kept, key=lambda s: s.start)
