"""The triage's build cache: what a start spells out from the wordings is read back on the next start, rebuilt when
the triage's files change, and never trusted when it is damaged; the pipeline built from it matches as built."""

import json

import pytest

from models.triage import buildcache
from models.triage.buildcache import cached


@pytest.fixture
def cache_at(tmp_path, monkeypatch):
    monkeypatch.setenv(buildcache.ENV_DIR, str(tmp_path / "cache"))
    return tmp_path / "cache"


def counting_build(calls: list, value):
    def build():
        calls.append(1)
        return value
    return build


def test_a_second_start_reads_what_the_first_built(cache_at):
    calls: list = []
    first = cached("thing", counting_build(calls, {"a": 1}), dict, dict)
    second = cached("thing", counting_build(calls, {"a": 2}), dict, dict)
    assert first == second == {"a": 1} and len(calls) == 1
    assert json.loads((cache_at / "thing.json").read_text())["key"] == buildcache.source_digest()


def test_changed_sources_are_built_again(cache_at, monkeypatch):
    calls: list = []
    cached("thing", counting_build(calls, {"a": 1}), dict, dict)
    monkeypatch.setattr(buildcache, "source_digest", lambda: "another version of the wordings")
    assert cached("thing", counting_build(calls, {"a": 2}), dict, dict) == {"a": 2} and len(calls) == 2


@pytest.mark.parametrize("damage", ["", "{not json", '{"key": 1}', "[1, 2]", '{"value": {}}'])
def test_a_damaged_cache_is_built_again_and_replaced(cache_at, damage):
    cache_at.mkdir(parents=True)
    (cache_at / "thing.json").write_text(damage)
    calls: list = []
    assert cached("thing", counting_build(calls, {"a": 3}), dict, dict) == {"a": 3} and calls == [1]
    assert cached("thing", counting_build(calls, {"a": 4}), dict, dict) == {"a": 3} and calls == [1]


def test_a_cache_that_cannot_be_written_still_builds(tmp_path, monkeypatch):
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("")
    monkeypatch.setenv(buildcache.ENV_DIR, str(blocker / "cache"))
    calls: list = []
    assert cached("thing", counting_build(calls, {"a": 5}), dict, dict) == {"a": 5}
    assert cached("thing", counting_build(calls, {"a": 6}), dict, dict) == {"a": 6} and len(calls) == 2


def test_the_pipeline_read_from_the_cache_matches_as_built(cache_at):
    from models.triage.pipeline import build_nlp

    built = build_nlp("blank")  # spells the wordings out and writes the cache
    assert (cache_at / "phrasebook-blank.json").exists()
    read = build_nlp("blank")  # reads the cache
    text = "baba ka munh ek taraf tedha, bol nahi pa rahe, seene me dard aur pasina, no fever, khansi bukhar kuchh nahi"
    assert [(e.ent_id_, e.start, e.end) for e in built(text).ents] == [(e.ent_id_, e.start, e.end)
                                                                      for e in read(text).ents]
    assert len(built.get_pipe("entity_ruler").phrasebook) == len(read.get_pipe("entity_ruler").phrasebook)
