"""Invented German news for load and crash tests, and ``kg build`` of it in a subprocess.

Every sentence comes from the templates below, with invented people and real places; nothing
is copied from any corpus. Articles are short (two or three sentences) so a build of a few
hundred is quick. Every person is always named in full, so no article is relinked to a surname
found in another one at the end of a build: each article's graph is written exactly once, and
its size in a finished build is what a reader must see of it at any moment during the build.

Used by tests/store/test_crash_safety.py and tests/serve/test_serve_during_build.py (which
imports it as ``store.generated_news``: pytest puts tests/ on ``sys.path``).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

GIVEN = ["Anna", "Lukas", "Miriam", "Johannes", "Katharina", "Stefan", "Elisabeth", "Matthias", "Theresa",
         "Florian", "Helene", "Georg", "Sabine", "Clemens", "Ursula", "Tobias", "Veronika", "Bernhard"]
FAMILY = ["Berghofer", "Lindqvist", "Hartmannsdorf", "Zeilinger", "Obernauer", "Kranewitter", "Pichlmayr",
          "Wendelstein", "Rosenauer", "Falkenberg", "Tiefenbacher", "Ammersee", "Grünwalder", "Leitenberger"]
# office: (male nominative, male dative/accusative, female)
OFFICES = [("Bundeskanzler", "Bundeskanzler", "Bundeskanzlerin"), ("Außenminister", "Außenminister", "Außenministerin"),
           ("Präsident", "Präsidenten", "Präsidentin"), ("Regierungschef", "Regierungschef", "Regierungschefin")]
COUNTRIES = [("französisch", "Paris"), ("polnisch", "Warschau"), ("italienisch", "Rom"), ("spanisch", "Madrid"),
             ("tschechisch", "Prag"), ("ungarisch", "Budapest"), ("kroatisch", "Zagreb"), ("dänisch", "Kopenhagen")]
DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]
TOPICS = ["die Energieversorgung", "den Wiederaufbau der Ukraine", "gemeinsame Grenzkontrollen",
          "die Lage im Nahen Osten", "den Klimaschutz", "die Zusammenarbeit in der Forschung",
          "neue Zölle", "die Migrationspolitik"]
FEMALE = {"Anna", "Miriam", "Katharina", "Elisabeth", "Theresa", "Helene", "Sabine", "Ursula", "Veronika"}

TEMPLATES = [
    "{office_a} {a} telefonierte am {day} mit {b_dat} {b}. Die beiden sprachen über {topic}.",
    "{office_a} {a} ist am {day} zu einem Besuch in {capital} eingetroffen. Dort traf {pron} {b_acc} {b}.",
    "{office_a} {a} und {b_nom_lower} {b} haben am {day} in {capital} ein Abkommen über {topic} unterzeichnet.",
    "{b_nom} {b} hat {a_acc} {a} für den kommenden {day} nach {capital} eingeladen. Geplant sind Gespräche über {topic}.",
    "{office_a} {a} traf am {day} in Wien {b_acc} {b}. Es ging um {topic}.",
]


def _person(rng: random.Random) -> tuple[str, bool]:
    given = rng.choice(GIVEN)
    return f"{given} {rng.choice(FAMILY)}", given in FEMALE


def article(n: int, rng: random.Random) -> dict[str, str]:
    """One invented article with the id ``gen-NNNN``; distinct text for every ``n``."""
    a, a_female = _person(rng)
    b, b_female = _person(rng)
    while b == a:
        b, b_female = _person(rng)
    office_a = rng.choice(OFFICES)
    office_b = rng.choice(OFFICES)
    stem, capital = rng.choice(COUNTRIES)
    if b_female:
        b_nom, b_dat, b_acc = (f"{art} {stem}{end} {office_b[2]}" for art, end in (("Die", "e"), ("der", "en"), ("die", "e")))
    else:
        b_nom, b_dat, b_acc = (f"{art} {stem}{end} {office}" for art, end, office in
                               (("Der", "e", office_b[0]), ("dem", "en", office_b[1]), ("den", "en", office_b[1])))
    values = {
        "a": a, "b": b, "office_a": office_a[2] if a_female else office_a[0], "capital": capital,
        "b_nom": b_nom, "b_nom_lower": b_nom[0].lower() + b_nom[1:], "b_dat": b_dat, "b_acc": b_acc,
        "a_acc": f"die {office_a[2]}" if a_female else f"den {office_a[1]}",
        "day": rng.choice(DAYS), "topic": rng.choice(TOPICS), "pron": "sie" if a_female else "er",
    }
    body = rng.choice(TEMPLATES).format(**values)
    month, dom = 1 + n % 12, 1 + n % 28
    return {
        "id": f"gen-{n:04d}",
        "title": f"{a} und {b}",
        "published": f"2025-{month:02d}-{dom:02d}T10:00:00+01:00",
        "source": "Erfundene Agentur",
        "text": f"{capital} – {body} Meldung Nummer {n}.",
    }


def write_articles(path: Path, count: int, *, seed: int = 8) -> Path:
    """Write ``count`` invented articles as JSON Lines to ``path`` (same seed, same file)."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for n in range(count):
            handle.write(json.dumps(article(n, rng), ensure_ascii=False) + "\n")
    return path


def start_build(source: Path, store: Path, log: Path, *extra: str) -> subprocess.Popen:
    """``python -m kg build SOURCE --store STORE`` in its own process group (so that its worker
    processes can be killed with it), stderr to ``log``."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
    # no word cache from earlier tests: these builds must run long enough to be watched and killed
    env["KG_CACHE_DIR"] = ""
    with log.open("wb") as stderr:  # the child keeps its own copy of the file descriptor
        return subprocess.Popen([sys.executable, "-m", "kg", "build", str(source), "--store", str(store), *extra],
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr,
                                env=env, start_new_session=True)


def kill_build(proc: subprocess.Popen) -> None:
    """SIGKILL the build and every process it started; wait for it."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=30)
