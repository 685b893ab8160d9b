"""Evaluation: ``kg eval events`` scores extraction against gold files (see gold/README.md),
``kg eval ner`` scores entity recognition on GermEval-format data.

Every figure in the README comes from these commands, so anyone can rerun it.
"""
