"""kg's spaCy components, one module each, registered on import.

Each factory declares what it writes (``assigns``) and takes its lexicons through config
(the language code), never through module globals.
"""

from kg.nlp.components import actors, entity_edges, hanta_tagger, sentences  # noqa: F401  (registration)

__all__ = ["actors", "entity_edges", "hanta_tagger", "sentences"]
