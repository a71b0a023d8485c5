"""Near-duplicate clusters: the same story republished by several outlets shares a `cluster_id`.

Bodies within `pantau.fingerprint.NEAR_DUPLICATE_BITS` of each other's SimHash, published within
`NEAR_DUPLICATE_WINDOW`, are one story. Candidates come from an index of SimHash bands (`SimhashBand`):
64 bits in 7 bands, so two hashes within 6 differing bits agree exactly on at least one band (pigeonhole),
and finding candidates is an indexed lookup instead of a scan of every article.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

import sqlalchemy as sa

from db.rows import batched
from db.tables import ARTICLES, BANDS
from pantau import fingerprint

_BAND_WIDTHS = (9, 9, 9, 9, 9, 9, 10)
NEAR_DUPLICATE_WINDOW = dt.timedelta(days=30)  # republications of a story appear within weeks of each other
MIN_CLUSTER_WORDS = 20  # very short bodies (stubs, captions) say too little to call two of them one story


def simhash_bands(simhash: int) -> list[int]:
    """The band keys of a SimHash (see `models.SimhashBand`)."""
    unsigned = simhash & ((1 << 64) - 1)
    keys, shift = [], 0
    for band, width in enumerate(_BAND_WIDTHS):
        keys.append(band << 16 | (unsigned >> shift) & ((1 << width) - 1))
        shift += width
    return keys


def clusterable(row: dict[str, Any]) -> bool:
    return row["simhash"] is not None and len(row["text"].split()) >= MIN_CLUSTER_WORDS


def _stored_candidates(conn, clusterable_rows: list[dict[str, Any]], own_ids) -> dict[str, dict[str, Any]]:
    """Stored articles sharing a band with any of the rows, within the publication window."""
    candidates: dict[str, dict[str, Any]] = {}
    keys = sorted({key for row in clusterable_rows for key in simhash_bands(row["simhash"])})
    for key_chunk in batched(keys, 900):
        query = (sa.select(ARTICLES.c.id, ARTICLES.c.simhash, ARTICLES.c.cluster_id, ARTICLES.c.published,
                           ARTICLES.c.first_seen)
                 .join(BANDS, BANDS.c.article_id == ARTICLES.c.id)
                 .where(BANDS.c.key.in_(key_chunk)).distinct())
        dates = [row["published"] for row in clusterable_rows if row["published"]]
        if dates and len(dates) == len(clusterable_rows):
            query = query.where(sa.or_(ARTICLES.c.published.is_(None), ARTICLES.c.published.between(
                min(dates) - NEAR_DUPLICATE_WINDOW, max(dates) + NEAR_DUPLICATE_WINDOW)))
        for found in conn.execute(query):
            if found.id not in own_ids:
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
