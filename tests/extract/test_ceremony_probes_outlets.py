"""Ceremony probes in different outlets' styles (`ceremony_probes_outlets.py`), checked as the first set is."""

from __future__ import annotations

import pytest

from tests.extract.ceremony_probes_outlets import OUTLET_PROBES
from tests.extract.test_ceremony_probes import mismatches


@pytest.mark.parametrize("name,text,published,expected", OUTLET_PROBES, ids=[p[0] for p in OUTLET_PROBES])
def test_probe(run, name, text, published, expected):
    assert mismatches(run(text, title=expected.get("title"), published=published), expected) == []
