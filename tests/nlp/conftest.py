"""Fixtures of the recogniser tests (test_actors.py, test_review_s7.py): one recogniser and one
vocab per test module, no statistical model loaded."""

from __future__ import annotations

import pytest
import spacy

from kg.nlp.components.actors import ActorRecognizer


@pytest.fixture(scope="module")
def recognizer() -> ActorRecognizer:
    return ActorRecognizer(lang="de")


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("de").vocab
