"""Ceremony probes, fourth round (`ceremony_probes_fresh.py`), checked as the first set is."""

from __future__ import annotations

import pytest

from tests.extract.ceremony_probes_fresh import FRESH_PROBES
from tests.extract.test_ceremony_probes import mismatches


@pytest.mark.parametrize("name,text,published,expected", FRESH_PROBES, ids=[p[0] for p in FRESH_PROBES])
def test_probe(run, name, text, published, expected):
    assert mismatches(run(text, title=expected.get("title"), published=published), expected) == []
