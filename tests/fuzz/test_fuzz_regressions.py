"""Smallest inputs found by fuzzing that still trip kg outside kg/ingest, kept until fixed.

Each is a plain test marked ``xfail(strict=True)``: once the cause is fixed the test passes,
strict xfail turns that into a failure, and the marker comes off. The time limits are generous
(a linear-time step handles these inputs in well under a second) and are enforced with a timer
signal, so a test costs at most its limit.
"""

from __future__ import annotations

import random
import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from kg.api import extract_articles
from kg.ingest import parse_text
from tests.fuzz.properties import check_offsets


class _Expired(Exception):
    """Raised by the timer signal wherever the code happens to be."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeoutError from the block after ``seconds`` of this process's CPU time (Unix, main
    thread; pure-Python code): a guard against a hang, which a busy machine does not trip."""

    def expire(signum, frame):  # type: ignore[no-untyped-def]
        raise _Expired

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    except _Expired:
        # a fresh exception: the signal's own traceback can hold frames pytest cannot print
        raise TimeoutError(f"still running after {seconds} s of CPU time") from None
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def extract(text: str):
    [result] = list(extract_articles([parse_text(text, source="regression.txt")]))
    return result


@pytest.fixture(autouse=True)
def warm_pipeline() -> None:
    """Load the pipeline and HanTa's model before any timer starts."""
    extract("Bundeskanzler Franz Huber traf am Montag Präsidentin Eva Moser in Wien.")


def test_issue8_one_very_long_word_does_not_stall_the_tagger():
    """HanTa's analysis grows with the cube of a word's length; kg hands it a stand-in for long tokens."""
    word = "Verhandlungsergebnisprotokoll" * 20  # 580 characters, never seen before in this process
    sentence = "Bundeskanzler Franz Huber legte das {} vor und traf am Montag Präsidentin Eva Moser in Wien."
    with time_limit(2.0):
        result = extract(sentence.format(word))
    short = extract(sentence.format("Protokoll"))
    assert {a.label for a in result.actors} == {a.label for a in short.actors}
    assert "Franz Huber" in {a.label for a in result.actors}
    check_offsets(result)


def test_issue8_text_without_full_stops_is_extracted_in_reasonable_time():
    words = ["Kanzler", "traf", "Minister", "in", "Wien", "am", "Montag", "telefonierte", "mit", "Huber"]
    pick = random.Random(1)
    text = " ".join(pick.choice(words) for _ in range(800))
    with time_limit(5.0):
        result = extract(text)
    assert result.events


def test_issue8_name_before_a_credit_line_stops_at_the_line_end():
    raw = (
        "apa.at\nnews/APA/Montag, 03.03.25, 09:15:00\n\nMinister trifft Amtskollegin\n\n"
        "Wien – Der Minister traf am Montag Zoë \nAPA/APA/dpa/Kay Nietfeld\n\n"
        "Die beiden sprachen über den Haushalt.\n"
    )
    check_offsets(extract(raw))
