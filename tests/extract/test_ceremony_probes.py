"""Ceremonies and people in the shapes regional news writes them (probes in `ceremony_probes.py`)."""

from __future__ import annotations

import pytest

from tests.extract.ceremony_probes import PROBES

FIELDS = {"region": ("regency", "name"), "count": ("officials_count",), "by": ("inaugurated_by", "name"),
          "date": ("date",), "kind": ("agreement_kind",), "year": ("agreement_year",)}


def _get(event, path):
    for part in path:
        event = event.get(part) if isinstance(event, dict) else None
    return event


def mismatches(events, expected) -> list[str]:
    """What differs between the events and the probe's expectation (empty when it holds)."""
    out = []
    for kind in ("inauguration", "agreement_signing"):
        got = [e for e in events if e["type"] == kind]
        want = expected.get(kind, [])
        if len(got) != len(want):
            out.append(f"{kind}: {len(got)} events, expected {len(want)}: "
                       f"{[(_get(e, FIELDS['region']), e.get('officials_count')) for e in got]}")
            continue
        left = list(got)
        for w in want:
            match = next((e for e in left if all(_get(e, FIELDS[k]) == v for k, v in w.items())), None)
            if match is None:
                out.append(f"{kind}: no event {w}; got {[{k: _get(e, FIELDS[k]) for k in w} for e in left]}")
            else:
                left.remove(match)
    names = {p["name"].casefold() for e in events for p in e.get("people") or []}
    out += [f"person missing: {n} (have {sorted(names)})" for n in expected.get("people", []) if n.casefold() not in names]
    out += [f"not a person: {n}" for n in expected.get("not_people", []) if n.casefold() in names]
    return out


@pytest.mark.parametrize("name,text,published,expected", PROBES, ids=[p[0] for p in PROBES])
def test_probe(run, name, text, published, expected):
    assert mismatches(run(text, title=expected.get("title"), published=published), expected) == []
