"""Near-duplicate candidates (`db.load.clusters`) on both backends: the band rows are read by lookups in the
primary key of `simhashband`, never a scan of it (migration 0018), and the candidates are exactly the stored
articles within `NEAR_DUPLICATE_BITS` whose publication period is near the row's, counted here from every band
row without the index."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from bench.synthetic import analyse, synthetic
from db import Store
from db.load import clusters
from db.tables import ARTICLES, BANDS
from pantau import fingerprint


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def banded_store(request, tmp_path_factory):
    from tests.conftest import _scratch_pg_database

    def filled(store: Store) -> Store:
        articles, _ = synthetic(3000, seed=7)
        store.load_articles(articles)
        analyse(store)
        return store

    if request.param == "sqlite":
        yield filled(Store(f"sqlite:///{tmp_path_factory.mktemp('bands')}/bands.db"))
        return
    with _scratch_pg_database() as url:
        yield filled(Store(url))


def _batch(conn) -> list[dict]:
    """Every other stored article as a batch being loaded again (a republication is the next or previous
    article of the synthetic stream, so most are stored outside the batch); every fifth one undated (it asks
    for every period)."""
    found = conn.execute(sa.select(ARTICLES.c.id, ARTICLES.c.simhash, ARTICLES.c.published, ARTICLES.c.text)
                         .where(ARTICLES.c.simhash.is_not(None)).order_by(ARTICLES.c.id))
    rows = [dict(row._mapping) for row in found][::2]
    for row in rows[::5]:
        row["published"] = None
    return [row for row in rows if clusters.clusterable(row)]


def _plan(conn, statement: sa.Select) -> str:
    compiled = statement.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    cursor = conn.connection.dbapi_connection.cursor()
    if conn.dialect.name == "sqlite":
        cursor.execute("EXPLAIN QUERY PLAN " + str(compiled), [params[k] for k in compiled.positiontup])
    else:
        cursor.execute("EXPLAIN (COSTS OFF) " + str(compiled), params)
    return "\n".join(str(row[-1]) for row in cursor.fetchall())


def test_band_rows_are_read_by_primary_key_lookups(banded_store):
    """SQLite: each statement SEARCHes the primary key. PostgreSQL: the keys drive a nested loop of index-only
    lookups of the primary key (which INCLUDEs the SimHash, so distances are measured in it). On a table this small a hash join over all of it is
    cheaper and the planner rightly takes it (from a few hundred thousand articles on it takes the lookups,
    ~40 ms against a ~140 ms scan at a million events), so the plan is read with hash and merge joins set aside:
    a statement the index cannot answer still scans the table."""
    with banded_store.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SET LOCAL enable_hashjoin = off")
            conn.exec_driver_sql("SET LOCAL enable_mergejoin = off")
        batch = _batch(conn)
        near = clusters._sqlite_band_rows if conn.dialect.name == "sqlite" else clusters._postgresql_near
        statements = near(conn, batch)
        assert len(statements) >= 2  # exact keys, and every period of the undated rows' bands
        for statement in statements:
            plan = _plan(conn, statement)
            if conn.dialect.name == "sqlite":
                band_lines = [line for line in plan.splitlines() if "simhashband" in line]
                assert band_lines and all("SEARCH simhashband USING PRIMARY KEY (key" in line
                                          for line in band_lines), plan
            else:
                assert "Seq Scan on simhashband" not in plan and "Bitmap Heap Scan" not in plan, plan
                assert "Index Only Scan using simhashband_pkey" in plan, plan
                assert "Index Cond: (key = wanted.key)" in plan or "Index Cond: ((key >= wanted.low)" in plan, plan


def test_candidates_are_every_near_stored_article_in_a_near_period(banded_store):
    with banded_store.engine.connect() as conn:
        batch = _batch(conn)
        own = {row["id"] for row in batch}  # as in a load: the rows of the batch are not stored candidates
        found = clusters._stored_candidates(conn, batch, own)
        bands = conn.execute(sa.select(BANDS.c.article_id, BANDS.c.key, BANDS.c.simhash)).all()
    periods: dict[str, set[int]] = {}
    hashes: dict[str, int] = {}
    for article_id, key, simhash in bands:
        periods.setdefault(article_id, set()).add(key & ((1 << clusters._PERIOD_BITS) - 1))
        hashes[article_id] = simhash
    expected = set()
    for row in batch:
        period = clusters._period(row["published"])
        near_periods = {0, period - 1, period, period + 1}
        for article_id, simhash in hashes.items():
            if article_id not in own and fingerprint.hamming(simhash, row["simhash"]) <= fingerprint.NEAR_DUPLICATE_BITS \
                    and (not period or periods[article_id] & near_periods):
                expected.add(article_id)
    assert len(expected) > 20
    assert set(found) == expected
    assert all(found[i]["simhash"] == hashes[i] for i in found)
