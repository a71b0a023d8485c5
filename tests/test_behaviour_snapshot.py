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


def test_load_times_in_pages_are_masked_as_the_site_writes_them():
    """`--html` comparisons (the dev set before and after a change) drop the time a page says its article
    was loaded: in the form the site writes it today, so two loads of one corpus compare equal."""
    import datetime as dt

    from tests.support.behaviour import _RENDERED_TIME
    from web.presentation import fmt_date

    for when in (dt.datetime(2024, 3, 22, 12, 30, tzinfo=dt.UTC), dt.datetime(2026, 12, 7, 20, 6, tzinfo=dt.UTC)):
        said = f"(versi 1, diperbarui {fmt_date(when)})"
        assert _RENDERED_TIME.sub("<time>", said) == "(versi 1, diperbarui <time>)", said
