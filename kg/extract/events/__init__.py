"""Events of one article from trigger words and clause-level argument frames.

One module per stage, in the order :class:`EventExtractor` runs them on each sentence:

- ``segments``: the sentence cut into clause segments; per-document lookups;
- ``attribution``: who the sentence's report comes from (sources, speaker) and Statement events;
- ``triggers``: the verbs, nouns, compounds and adjectives that open an event;
- ``arguments``: a trigger's participants, place and initiator (the argument rules are in its
  docstring), with ``parties`` (parties named without a mention of their own: compounds,
  treaties, coalitions, groups, pronouns), ``status`` (happened, planned, negated,
  hypothetical) and ``dates``;
- ``merging``: repeated reports of one event and back references joined;
- ``extractor``: the sentence loop that runs the stages.

``grammar`` reads the word lists of ``kg/lang/<code>`` (events.yml, grammar.yml, status.yml …)
and answers the token-level questions several stages ask. Each stage is a mixin class on
``Grammar`` that inherits the stages it calls (``ArgumentReader`` those of ``parties``,
``attribution``, ``status`` and ``dates``); ``EventExtractor`` combines them. The rules are
language-neutral: every word comes from ``kg.lang``.
"""

from kg.extract.events.extractor import EventExtractor

__all__ = ["EventExtractor"]
