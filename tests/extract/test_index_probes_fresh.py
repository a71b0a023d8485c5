"""The third round of index probes (`index_probes_fresh.py`): each article's index reports, as
(region, index, value, year, date), must be exactly those its gold lists. Probes the rules do not read yet are
marked as expected failures (strict: a probe that starts passing must leave the list)."""

from __future__ import annotations

import pytest

from tests.extract.index_probes_fresh import FRESH_PROBES

# Constructions not read yet (see extract/README.md, Known limits).
NOT_YET: set[str] = set()


def _norm(value):
    return round(float(value), 3) if isinstance(value, (int, float)) else str(value).casefold()


def reports(run, text, published, title):
    events = [e for e in run(text, title=title, published=published) if e["type"] == "index_report"]
    return sorted(((e["regency"] or {}).get("name"), e["index"],
                   _norm(e["value"] if e["value_number"] is None else e["value_number"]), e["year"], e["date"])
                  for e in events)


@pytest.mark.parametrize("name,text,published,title,expected", [
    pytest.param(*p, marks=pytest.mark.xfail(strict=True, reason="not read yet")) if p[0] in NOT_YET else p
    for p in FRESH_PROBES], ids=[p[0] for p in FRESH_PROBES])
def test_probe(run, name, text, published, title, expected):
    assert reports(run, text, published, title) == sorted(
        (r, i, _norm(v), y, d) for r, i, v, y, d in expected)
