"""Unicode clean-up of input text, with a map from the cleaned text back to the input.

kg analyses, stores and gives offsets into the *normalised* text: the decoded input after

- removing invisible format characters (Unicode category Cf: zero-width space and joiners,
  BOMs anywhere, soft hyphens, left-to-right/right-to-left marks and embeddings) and control
  characters other than tab, line feed and carriage return (Cc), so "Merkel" with a zero-width
  space inside is the name "Merkel";
- replacing control characters that break lines (form feed, vertical tab, NEL, the separators
  U+001C–U+001F) and the Unicode line and paragraph separators by a line feed, and unpaired
  surrogates (which JSON can carry but no encoder can write) by U+FFFD;
- NFC normalisation, so "e" followed by a combining acute accent is the one character "é".

Nothing visible is lost. :class:`OffsetMap` says, for every character of the normalised text,
which characters of the input it came from, so a user holding the input can find a mention in
it: ``offsets.span(start, end)`` turns offsets into the normalised text into input offsets.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable

KEEP = frozenset("\t\n\r")
REPLACEMENT = "\ufffd"
# Hangul vowel and trailing-consonant jamo compose with the syllable before them (algorithmically,
# so unicodedata.decomposition does not list them).
HANGUL_SECONDS = frozenset(chr(cp) for cp in [*range(0x1161, 0x1176), *range(0x11A8, 0x11C3)])

_DROP, _SUB, _JOIN, _CHANGE, _PLAIN = range(5)
Run = tuple[int, int, int, int, bool]  # out_start, in_start, out_len, in_len, linear
_SAFE = re.compile(r"[\t\n\r\x20-\x7e]*")


@functools.lru_cache(maxsize=1)
def _composing_starters() -> frozenset[str]:
    """Characters of combining class 0 that still compose with the character before them.

    Read from the Unicode database of this Python (about 0.3 s, once per process, and only for
    text in scripts from Devanagari on, where such characters live).
    """
    found = set(HANGUL_SECONDS)
    for cp in range(0x110000):
        mapping = unicodedata.decomposition(chr(cp))
        if not mapping or mapping.startswith("<"):
            continue
        parts = mapping.split()
        if len(parts) == 2 and unicodedata.normalize("NFC", chr(cp)) == chr(cp):
            second = chr(int(parts[1], 16))
            if unicodedata.combining(second) == 0:
                found.add(second)
    return frozenset(found)


@functools.lru_cache(maxsize=65536)
def _kind(char: str) -> tuple[int, str]:
    """What cleaning does with ``char``: drop it, substitute it, or what NFC may do to it."""
    if char in KEEP:
        return _PLAIN, char
    category = unicodedata.category(char)
    if category == "Cc":
        return (_SUB, "\n") if char.isspace() else (_DROP, "")
    if category == "Cf":
        return _DROP, ""
    if category == "Cs":
        return _SUB, REPLACEMENT
    if category in ("Zl", "Zp"):
        return _SUB, "\n"
    first = unicodedata.normalize("NFD", char)[0]
    if unicodedata.combining(first) or (first >= "\u0900" and first in _composing_starters()):
        return _JOIN, char  # may combine with the character before it
    if unicodedata.normalize("NFC", char) != char:
        return _CHANGE, char
    return _PLAIN, char


class OffsetMap:
    """Offsets in the normalised text -> offsets in the input text it was made from.

    Stored as runs, so a text that needed no change costs one run whatever its length. A run
    is ``(out_start, in_start, out_len, in_len, linear)``: in a linear run (equal lengths),
    character ``out_start + k`` came from input character ``in_start + k``; in any other run (a
    sequence NFC composed or reordered, such as "e" + U+0301 -> "é") every output character
    came from the whole input range. Input characters that were removed belong to no run.

    >>> text, offsets = normalize_text("Mer\\u200bkel traf Jose\\u0301.")
    >>> text
    'Merkel traf José.'
    >>> offsets.span(0, 6), offsets.span(12, 16)
    ((0, 7), (13, 18))
    """

    __slots__ = ("_runs", "_starts", "input_length", "output_length")

    def __init__(self, runs: Iterable[Run], *, input_length: int, output_length: int) -> None:
        merged: list[Run] = []
        for run in runs:
            if merged:
                o, i, ol, il, linear = merged[-1]
                if linear and run[4] and o + ol == run[0] and i + il == run[1]:
                    merged[-1] = (o, i, ol + run[2], il + run[3], True)
                    continue
            merged.append(run)
        self._runs = tuple(merged)
        self._starts = tuple(r[0] for r in merged)
        self.input_length = input_length
        self.output_length = output_length

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text that normalising left unchanged."""
        return cls([(0, 0, length, length, True)] if length else [], input_length=length, output_length=length)

    @property
    def is_identity(self) -> bool:
        """True when every offset is the same in the input and the normalised text."""
        return self.input_length == self.output_length and (
            not self._runs or self._runs == ((0, 0, self.output_length, self.input_length, True),)
        )

    def __len__(self) -> int:
        return self.output_length

    def __getitem__(self, index: int) -> int:
        """The input offset where output character ``index`` starts (``len`` maps to the input's end)."""
        return self.start(index)

    def _run(self, index: int) -> Run:
        return self._runs[bisect_right(self._starts, index) - 1]

    def start(self, index: int) -> int:
        """Input offset of the first input character behind output character ``index``."""
        if not 0 <= index <= self.output_length:
            raise IndexError(f"offset {index} outside the normalised text (length {self.output_length})")
        if index == self.output_length:
            return self.input_length
        out, inp, _, _, linear = self._run(index)
        return inp + (index - out) if linear else inp

    def end(self, index: int) -> int:
        """Input offset just after the input characters behind output characters ``[..index)``."""
        if not 0 <= index <= self.output_length:
            raise IndexError(f"offset {index} outside the normalised text (length {self.output_length})")
        if index == 0:
            return self.start(0) if self.output_length else 0
        out, inp, _, in_len, linear = self._run(index - 1)
        return inp + (index - out) if linear else inp + in_len

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The input range ``(start, end)`` that output range ``[start, end)`` came from."""
        if start >= end:
            return self.start(start), self.start(start)
        return self.start(start), self.end(end)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OffsetMap):
            return NotImplemented
        return (self._runs, self.input_length, self.output_length) == (other._runs, other.input_length, other.output_length)

    def __hash__(self) -> int:
        return hash((self._runs, self.input_length, self.output_length))

    def __repr__(self) -> str:
        return f"OffsetMap({len(self._runs)} runs, input {self.input_length} -> output {self.output_length})"


def normalize_text(text: str) -> tuple[str, OffsetMap]:
    """The text kg analyses (see the module docstring) and the map back to ``text``."""
    if _SAFE.fullmatch(text):  # printable ASCII and line breaks: nothing to do
        return text, OffsetMap.identity(len(text))
    kinds = {char: _kind(char) for char in set(text)}
    if all(kind == _PLAIN for kind, _ in kinds.values()):
        return text, OffsetMap.identity(len(text))
    pattern = _segment_pattern(kinds)
    pieces: list[str] = []
    runs: list[Run] = []
    out = 0
    pos = 0
    for match in pattern.finditer(text):
        a, b = match.span()
        if a > pos:
            pieces.append(text[pos:a])
            runs.append((out, pos, a - pos, a - pos, True))
            out += a - pos
        kept = [(i, kinds[text[i]][1]) for i in range(a, b) if kinds[text[i]][0] != _DROP]
        filtered = "".join(c for _, c in kept)
        normal = unicodedata.normalize("NFC", filtered)
        if normal == filtered:  # nothing composed: each kept character maps to itself
            for i, _ in kept:
                runs.append((out, i, 1, 1, True))
                out += 1
        elif kept:
            first, last = kept[0][0], kept[-1][0]
            runs.append((out, first, len(normal), last + 1 - first, False))
            out += len(normal)
        pieces.append(normal)
        pos = b
    if pos < len(text):
        pieces.append(text[pos:])
        runs.append((out, pos, len(text) - pos, len(text) - pos, True))
        out += len(text) - pos
    result = "".join(pieces)
    # Each piece is equivalent to its input, so an NFC result is the NFC of the whole text.
    if not unicodedata.is_normalized("NFC", result):
        # Not expected: a composition across two pieces. Keep the text right, the map coarse.
        result = unicodedata.normalize("NFC", "".join(kinds[c][1] for c in text))
        runs = [(0, 0, len(result), len(text), False)] if result else []
    return result, OffsetMap(runs, input_length=len(text), output_length=len(result))


def _segment_pattern(kinds: dict[str, tuple[int, str]]) -> re.Pattern[str]:
    """Stretches to rewrite: a character with what joins or hides after it, or one to replace."""

    def chars(*wanted: int) -> str:
        return "".join(re.escape(c) for c, (k, _) in kinds.items() if k in wanted)

    joining = chars(_JOIN, _DROP)
    alone = chars(_SUB, _CHANGE, _DROP)
    starter = f"[^{chars(_JOIN, _DROP, _SUB)}]" if chars(_JOIN, _DROP, _SUB) else "."
    parts = []
    if joining:
        parts.append(f"{starter}?[{joining}]+")
    if alone:
        parts.append(f"[{alone}]")
    return re.compile("|".join(parts), re.DOTALL)


def clean_field(value: str) -> str:
    """A short field (headline, id, URL) cleaned the same way, without a map."""
    return normalize_text(value)[0]


__all__ = ["OffsetMap", "clean_field", "normalize_text"]
