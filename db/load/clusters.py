"""Near-duplicate clusters: the same story republished by several outlets shares a `cluster_id`.

Bodies within `pantau.fingerprint.NEAR_DUPLICATE_BITS` of each other's SimHash, published within
`NEAR_DUPLICATE_WINDOW`, are one story. Candidates come from an index of SimHash bands (`SimhashBand`):
64 bits in 7 bands, so two hashes within 6 differing bits agree exactly on at least one band (pigeonhole),
and finding candidates is an indexed lookup instead of a scan of every article.

A band alone has 9 or 10 bits, so at 150,000 articles each band value is shared by ~300 of them, and a batch
of a few hundred articles asked for nearly every value: candidates grew with the store. Each stored band
therefore also carries the article's 30-day period of publication (`_period`), and a dated article asks only
for its own period, the two next to it (a republication within the window is at most one period away) and
period 0 (undated articles, which the window never excludes): what it fetches no longer grows with the years
the store covers. An undated article asks for every period of its bands (a key range).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, BIT

from db.rows import batched, one_of
from db.tables import ARTICLES, BANDS
from pantau import fingerprint

_BAND_WIDTHS = (9, 9, 9, 9, 9, 9, 10)
NEAR_DUPLICATE_WINDOW = dt.timedelta(days=30)  # republications of a story appear within weeks of each other
MIN_CLUSTER_WORDS = 20  # very short bodies (stubs, captions) say too little to call two of them one story


_PERIOD_BITS = 16  # the low bits of a stored band key: the publication period (0: undated)
_EPOCH = dt.date(1970, 1, 1)


def _period(published: dt.date | None) -> int:
    """The 30-day period an article was published in (1 onward), or 0 when its date is unknown."""
    return (published - _EPOCH).days // NEAR_DUPLICATE_WINDOW.days + 1 if published else 0


def stored_band_keys(simhash: int, published: dt.date | None) -> list[int]:
    """The `SimhashBand` keys of an article: each band's key with its publication period."""
    return [key << _PERIOD_BITS | _period(published) for key in simhash_bands(simhash)]


def simhash_bands(simhash: int) -> list[int]:
    """The band keys of a SimHash (see `models.SimhashBand`)."""
    unsigned = simhash & ((1 << 64) - 1)
    keys, shift = [], 0
    for band, width in enumerate(_BAND_WIDTHS):
        keys.append(band << 16 | (unsigned >> shift) & ((1 << width) - 1))
        shift += width
    return keys


def clusterable(row: dict[str, Any]) -> bool:
    # (At most MIN_CLUSTER_WORDS splits: as many pieces as words below it, at least MIN_CLUSTER_WORDS from it on.)
    return row["simhash"] is not None and len(row["text"].split(None, MIN_CLUSTER_WORDS)) >= MIN_CLUSTER_WORDS


def _band_lookups(rows: list[dict[str, Any]]) -> tuple[set[int], set[int]]:
    """(exact stored keys to look up, band keys whose every period is wanted) for a batch of rows."""
    exact: set[int] = set()
    every_period: set[int] = set()
    for row in rows:
        bands = simhash_bands(row["simhash"])
        period = _period(row["published"])
        if not period:
            every_period.update(bands)
            continue
        for key in bands:
            exact.update(key << _PERIOD_BITS | p for p in (0, period - 1, period, period + 1) if p >= 0)
    return exact, every_period


_BAND_COLUMNS = (BANDS.c.key, BANDS.c.article_id, BANDS.c.simhash)


def _sqlite_band_rows(conn, rows: list[dict[str, Any]]) -> list[sa.Select]:
    """Statements reading the band rows the batch asks for (`_band_lookups`), each key a search of the primary
    key (`simhashband` is WITHOUT ROWID: the table is its primary key); the exact keys are one parameter."""
    exact, every_period = _band_lookups(rows)
    statements = []
    if exact:
        wanted = sa.select(sa.func.json_each(json.dumps(sorted(exact))).table_valued("value").c.value)
        statements.append(sa.select(*_BAND_COLUMNS).where(BANDS.c.key.in_(wanted)))
    statements += [sa.select(*_BAND_COLUMNS).where(sa.or_(*(
        BANDS.c.key.between(key << _PERIOD_BITS, (key + 1 << _PERIOD_BITS) - 1) for key in chunk)))
        for chunk in batched(sorted(every_period), 100)]
    return statements


def _postgresql_near(conn, rows: list[dict[str, Any]]) -> list[sa.Select]:
    """Statements returning the ids of stored articles within `NEAR_DUPLICATE_BITS` of a row that share a band
    with it in a period near its own. The (key, SimHash) pairs the batch asks for are joined to `simhashband`,
    each pair one lookup in its primary key, which INCLUDEs the stored SimHash (migration 0018), and the
    distance is measured there: its planner costs `key = ANY(keys)` as one descent per key, more than a scan
    of the whole table, and the tens of thousands of band rows a batch of 500 matches at a million events cost
    more to send and measure in Python (~0.2 s) than on the server."""
    keys, hashes, lows, highs, range_hashes = [], [], [], [], []
    for row in rows:
        period = _period(row["published"])
        for key in simhash_bands(row["simhash"]):
            if not period:
                lows.append(key << _PERIOD_BITS)
                highs.append((key + 1 << _PERIOD_BITS) - 1)
                range_hashes.append(row["simhash"])
                continue
            for near_period in (0, period - 1, period, period + 1):
                if near_period >= 0:
                    keys.append(key << _PERIOD_BITS | near_period)
                    hashes.append(row["simhash"])

    def array(values: list[int]):
        return sa.literal(values, ARRAY(sa.BigInteger))

    def near(wanted, on) -> sa.Select:
        distance = sa.func.bit_count(sa.cast(BANDS.c.simhash.op("#")(wanted.c.mine), BIT(64)))
        return sa.select(BANDS.c.article_id).distinct().join_from(wanted, BANDS, on) \
            .where(distance <= fingerprint.NEAR_DUPLICATE_BITS)

    statements = []
    if keys:
        wanted = sa.func.unnest(array(keys), array(hashes)).table_valued("key", "mine").render_derived(name="wanted")
        statements.append(near(wanted, BANDS.c.key == wanted.c.key))
    if lows:
        wanted = sa.func.unnest(array(lows), array(highs), array(range_hashes)) \
            .table_valued("low", "high", "mine").render_derived(name="wanted")
        statements.append(near(wanted, BANDS.c.key.between(wanted.c.low, wanted.c.high)))
    return statements


def _stored_candidates(conn, clusterable_rows: list[dict[str, Any]], own_ids) -> dict[str, dict[str, Any]]:
    """Stored articles within `NEAR_DUPLICATE_BITS` of a row that share a band with it in a period near its
    own (see the module's docstring). Distances are measured on the band rows, which carry the SimHash; only
    the articles near enough are read from `Article`."""
    near: set[str] = set()
    if conn.dialect.name == "postgresql":
        for statement in _postgresql_near(conn, clusterable_rows):
            near.update(article_id for (article_id,) in conn.execute(statement) if article_id not in own_ids)
    else:
        hashes_by_band: dict[int, set[int]] = defaultdict(set)
        for row in clusterable_rows:
            for key in simhash_bands(row["simhash"]):
                hashes_by_band[key].add(row["simhash"])
        for statement in _sqlite_band_rows(conn, clusterable_rows):
            for key, article_id, simhash in conn.execute(statement):
                if simhash is None or article_id in near or article_id in own_ids:
                    continue
                if any(fingerprint.hamming(simhash, mine) <= fingerprint.NEAR_DUPLICATE_BITS
                       for mine in hashes_by_band[key >> _PERIOD_BITS]):
                    near.add(article_id)
    candidates: dict[str, dict[str, Any]] = {}
    for chunk in batched(sorted(near), 500):
        query = sa.select(ARTICLES.c.id, ARTICLES.c.simhash, ARTICLES.c.cluster_id, ARTICLES.c.published)
        for found in conn.execute(query.where(one_of(conn, ARTICLES.c.id, chunk))):
            candidates[found.id] = dict(found._mapping)
    return candidates


def _closest(row: dict[str, Any], candidates: dict[str, dict[str, Any]], bands_of: dict[int, list[str]]):
    best = None
    for candidate_id in {c for key in simhash_bands(row["simhash"]) for c in bands_of.get(key, ())}:
        candidate = candidates[candidate_id]
        if row["published"] and candidate["published"] and \
                abs(row["published"] - candidate["published"]) > NEAR_DUPLICATE_WINDOW:
            continue
        distance = fingerprint.hamming(row["simhash"], candidate["simhash"])
        if distance <= fingerprint.NEAR_DUPLICATE_BITS:
            rank = (distance, candidate["published"] or dt.date.max, candidate_id)
            if best is None or rank < best[0]:
                best = (rank, candidate)
    return best[1] if best else None


def assign_clusters(conn, rows: list[dict[str, Any]]) -> int:
    """Give each row the cluster of its closest near-duplicate among stored articles and the rows before it,
    or its own id. Returns how many rows joined an existing cluster."""
    rows_by_id = {row["id"]: row for row in rows}
    candidates = _stored_candidates(conn, [row for row in rows if clusterable(row)], rows_by_id)
    bands_of: dict[int, list[str]] = defaultdict(list)
    for candidate in candidates.values():
        for key in simhash_bands(candidate["simhash"]):
            bands_of[key].append(candidate["id"])
    joined = 0
    for row in rows:
        if not clusterable(row):
            row["cluster_id"] = row["id"]
            continue
        best = _closest(row, candidates, bands_of)
        if best:
            row["cluster_id"] = best["cluster_id"] or best["id"]
            joined += 1
        else:
            row["cluster_id"] = row["id"]
        # Later rows of this batch may be near-duplicates of this one.
        candidates[row["id"]] = row
        for key in simhash_bands(row["simhash"]):
            bands_of[key].append(row["id"])
    return joined
