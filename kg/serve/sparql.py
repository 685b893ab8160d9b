"""What a SPARQL text is, without running it: its form, and whether it reaches outside.

The endpoint refuses ``SERVICE`` (federated query) and ``LOAD`` (fetch a document) unless
``kg serve --allow-service``: both make the server open connections to addresses a client
chooses. Comments, strings and IRIs are blanked out first, so a keyword inside a literal, an
IRI, a variable (``?service``) or a prefixed name (``ex:SERVICE``) does not count. The check errs
on the side of refusing; the query engine itself decides what the text means.
"""

from __future__ import annotations

import re

_BLANKS = re.compile(
    r"""
    \#[^\n]*                                   # comment
  | '''(?:[^'\\]|\\.|'(?!''))*'''              # long strings
  | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
  | '(?:[^'\\\n]|\\.)*'                        # short strings
  | "(?:[^"\\\n]|\\.)*"
  | <[^<>"{}|^`\\\s]*>                         # IRI
    """,
    re.VERBOSE | re.DOTALL,
)
_KEYWORD = r"(?<![\w?$:\-]){}(?![\w:\-])"
_QUERY_FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")
_UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
_FIRST_WORD = re.compile(_KEYWORD.format("(" + "|".join(_QUERY_FORMS + _UPDATE_WORDS) + ")"), re.IGNORECASE)
_OUTSIDE = re.compile(_KEYWORD.format("(SERVICE|LOAD)"), re.IGNORECASE)


def code_only(sparql: str) -> str:
    """The text with comments, strings and IRIs replaced by spaces."""
    return _BLANKS.sub(lambda m: " " * len(m.group(0)), sparql)


def form(sparql: str) -> str:
    """``SELECT``, ``CONSTRUCT``, ``ASK``, ``DESCRIBE``, ``UPDATE`` or ``""`` (unknown)."""
    match = _FIRST_WORD.search(code_only(sparql))
    if match is None:
        return ""
    word = match.group(1).upper()
    return word if word in _QUERY_FORMS else "UPDATE"


def reaches_outside(sparql: str) -> str | None:
    """``SERVICE`` or ``LOAD`` if the text uses one of them as a keyword, else None."""
    match = _OUTSIDE.search(code_only(sparql))
    return match.group(1).upper() if match else None


__all__ = ["code_only", "form", "reaches_outside"]
