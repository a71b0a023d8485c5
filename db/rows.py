"""Helpers every writer uses: chunking, upserts on both dialects, and lenient value conversion (input files
are other people's JSON: a bad date or number becomes None rather than a failed load)."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import operator
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError


def batched(iterable: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(iterable)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def upsert(conn, table, rows: list[dict[str, Any]], keys: list[str]) -> None:
    """Insert rows, replacing the other columns of rows whose `keys` exist already."""
    if not rows:
        return
    statement = (sqlite_insert if conn.dialect.name == "sqlite" else pg_insert)(table)
    updates = {name: statement.excluded[name] for name in rows[0] if name not in keys}
    conn.execute(statement.on_conflict_do_update(index_elements=keys, set_=updates), rows)


def one_of(conn, column, values: list[Any]):
    """`column IN values` for a batch of hundreds: on PostgreSQL one array parameter (`= ANY`), so the
    statement is the same text for every batch instead of one bound parameter per value."""
    if conn.dialect.name == "postgresql":
        return column == sa.any_(sa.literal(list(values), ARRAY(column.type)))
    return column.in_(values)


_NOTHING = object()


def insert_rows(conn, table, rows: list[dict[str, Any]], ready: Collection[str] = ()) -> None:
    """Insert new rows (all with the same keys) through the driver's bulk path: COPY on PostgreSQL, one
    `executemany` of plain tuples on SQLite. Values are converted by the columns' own types exactly as a Core
    `insert()` would (JSON, dates, times), without its per-row work; a column missing from the rows gets its
    Python-side default, once per call (one load's `loaded_at`). Columns named in `ready` hold values already
    converted (a JSON column's text, serialised while it was checked: `pantau.text.clean_and_dump`)."""
    if not rows:
        return
    dialect = conn.dialect
    given = list(rows[0])
    defaults = {column.name: default.arg(None) if default.is_callable else default.arg for column in table.c
                if column.name not in rows[0] and (default := getattr(column, "default", None)) is not None
                and not default.is_sequence and not default.is_clause_element}
    names = given + list(defaults)
    processors = {name: f for name in names if name not in ready
                  and (f := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None}
    convert = [(i, processors[name]) for i, name in enumerate(given) if name in processors]
    # The defaults are the same in every row: converted once.
    pick = operator.itemgetter(*given)
    extra = tuple(processors[name](value) if name in processors else value for name, value in defaults.items())
    values = []
    # A value repeated from the row before (one load's `loaded_at`, its extractor) is converted once.
    last: list[tuple[Any, Any]] = [(_NOTHING, None)] * len(convert)
    for row in rows:
        value = [*pick(row), *extra] if len(given) > 1 else [pick(row), *extra]
        for n, (i, function) in enumerate(convert):
            given_value = value[i]
            seen, converted = last[n]
            if given_value is not seen:
                converted = function(given_value)
                last[n] = (given_value, converted)
            value[i] = converted
        values.append(tuple(value))
    quote = dialect.identifier_preparer.quote
    target, columns = dialect.identifier_preparer.format_table(table), ", ".join(quote(n) for n in names)
    if dialect.name == "postgresql":
        statement = f"COPY {target} ({columns}) FROM STDIN"
        try:
            with conn.connection.driver_connection.cursor() as cursor, cursor.copy(statement) as copy:
                for value in values:
                    copy.write_row(value)
        except dialect.dbapi.Error as exc:  # as SQLAlchemy reports a refusal, so the writers' fallbacks apply
            raise DBAPIError.instance(statement, None, exc, dialect.dbapi.Error, dialect=dialect) from exc
        return
    conn.exec_driver_sql(f"INSERT INTO {target} ({columns}) VALUES ({', '.join('?' * len(names))})", values)


def as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def as_datetime(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if isinstance(value, str) and value:
        try:
            parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    return None


INT_RANGE = (-(2**31), 2**31 - 1)  # an INTEGER column on PostgreSQL; SQLite would take more, so neither does


def as_int(value: Any) -> int | None:
    """An integer that both stores can keep, else None (a number out of range is no number we can use)."""
    try:
        number = int(value) if value is not None and value != "" and not isinstance(value, bool) else None
    except (TypeError, ValueError, OverflowError):
        return None
    return number if number is not None and INT_RANGE[0] <= number <= INT_RANGE[1] else None


def as_float(value: Any) -> float | None:
    """A finite float, else None (SQLite stores NaN as NULL and PostgreSQL as NaN: neither is kept)."""
    try:
        number = float(value) if value is not None and value != "" and not isinstance(value, bool) else None
    except (TypeError, ValueError, OverflowError):
        return None
    return number if number is not None and math.isfinite(number) else None


def refusal(exc: Exception) -> str:
    """The database's reason for refusing a row, in one line."""
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return "the store refused it: " + (reason[0][:200] if reason else exc.__class__.__name__)


class DeferredIndexes:
    """The secondary indexes of some tables, dropped once a load has written more rows than the first table held
    when it began (and at least `minimum`), and built again by `restore`: one sorted build of an index costs a
    fraction of inserting its entries one by one (100,000 events into an empty SQLite store: 20% less CPU).
    SQLite only: its readers keep reading the indexes of their snapshot (WAL) while the writer rebuilds, and a
    rollback, of the load or of its process, brings the indexes back with the rows. Indexes the rest of the
    load needs (primary keys, unique constraints) are never dropped: only those made by CREATE INDEX."""

    MINIMUM = 5_000

    def __init__(self, conn, tables: tuple[str, ...]) -> None:
        self.conn, self.tables, self.dropped = conn, tables, []
        self.active = conn.dialect.name == "sqlite"
        # max(rowid): one lookup, and never below the count (deleted rows only make the guess cautious)
        self.held = (conn.exec_driver_sql(f"SELECT max(rowid) FROM {tables[0]}").scalar() or 0) if self.active else 0

    def written(self, rows: int) -> None:
        """`rows` new rows of the first table written by this load so far."""
        if not self.active or self.dropped or rows < max(self.MINIMUM, self.held):
            return
        marks = ", ".join("?" * len(self.tables))
        found = self.conn.exec_driver_sql(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                          f"AND tbl_name IN ({marks}) ORDER BY name", self.tables).all()
        for name, _ in found:
            self.conn.exec_driver_sql(f'DROP INDEX "{name}"')
        self.dropped = [sql for _, sql in found]

    def restore(self) -> None:
        for sql in self.dropped:
            self.conn.exec_driver_sql(sql)
        self.dropped = []


WRITE_CACHE_KIB = 256 * 1024  # SQLite's page cache for a writing connection (the default of this store is 64 MB)


@contextmanager
def write_transaction(engine) -> Iterator[Any]:
    """A connection in one write transaction, committed at the end (rolled back on an exception), in which
    `conn.begin_nested()` savepoints work on both backends. On SQLite the transaction is `BEGIN IMMEDIATE`:
    the driver's own implicit transactions would break savepoints, and taking the write lock up front
    means a concurrent writer waits (busy_timeout) instead of failing on a stale snapshot. The connection's
    page cache is `WRITE_CACHE_KIB` while it writes: a load into a big store changes pages all over its
    indexes (event ids are hashes), and a page spilled to the WAL for want of room is written again when the
    load changes it next."""
    with engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            with conn.begin():
                yield conn
            return
        driver = conn.connection.driver_connection
        previous = driver.isolation_level
        cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        driver.isolation_level = None  # we issue BEGIN/COMMIT ourselves
        try:
            conn.exec_driver_sql(f"PRAGMA cache_size=-{WRITE_CACHE_KIB}")
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if not driver.in_transaction:  # SQLite may have rolled back already (a full disk, ...)
                    raise
                conn.exec_driver_sql("ROLLBACK")
                raise
            conn.exec_driver_sql("COMMIT")
        finally:
            conn.rollback()  # SQLAlchemy's own bookkeeping; nothing is left open at the driver
            driver.isolation_level = previous
            conn.exec_driver_sql(f"PRAGMA cache_size={int(cache)}")  # its memory goes back


def signed64(value: int) -> int:
    value &= (1 << 64) - 1
    return value - (1 << 64) if value >= 1 << 63 else value
