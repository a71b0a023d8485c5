"""Behaviour unchanged: searches, facets, exports, the JSON API, the comparison tables and `pantau search`
answer over the project's own fixtures exactly as recorded in tests/support/behaviour_snapshot.json.

When a change of behaviour is intended, regenerate the snapshot and review its diff:

    .venv/bin/python -m tests.support.behaviour --fixtures --out tests/support/behaviour_snapshot.json
"""

from __future__ import annotations

import json

import pytest

from tests.support.behaviour import SNAPSHOT, dump, snapshot_of_fixtures

REGENERATE = "python -m tests.support.behaviour --fixtures --out tests/support/behaviour_snapshot.json"


@pytest.fixture(scope="module")
def answers(tmp_path_factory):
    return json.loads(dump(snapshot_of_fixtures(tmp_path_factory.mktemp("behaviour"))))


@pytest.fixture(scope="module")
def recorded():
    return json.loads(SNAPSHOT.read_text(encoding="utf-8"))


@pytest.mark.parametrize("section", ["searches", "exports", "events", "regions", "compare", "cli"])
def test_answers_match_the_snapshot(answers, recorded, section):
    assert answers[section].keys() == recorded[section].keys(), f"{section}: other keys; if intended: {REGENERATE}"
    for key, expected in recorded[section].items():
        assert answers[section][key] == expected, f"{section}[{key!r}] changed; if intended: {REGENERATE}"
