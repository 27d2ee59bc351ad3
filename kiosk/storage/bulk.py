"""Many rows in one statement, for imports of a million rows.

SQLAlchemy's executemany calls each column type's bind processor for every
value; over a million register rows those calls cost more than SQLite's own
work. On SQLite the rows go to the driver's executemany with their values
already in the form SQLAlchemy's types store (dates `YYYY-MM-DD`, times
`YYYY-MM-DD HH:MM:SS.ffffff` in UTC, booleans 0/1, JSON text), so the rows
read back exactly as if the ORM had written them (tests/storage/test_bulk.py).
Elsewhere (PostgreSQL) Core's executemany, whose driver does this itself.
"""

from __future__ import annotations

import json
from collections import namedtuple
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Table, insert, select
from sqlalchemy.engine import Connection

from kiosk.storage.types import UTCDateTime

Convert = Callable[[Any], Any]


def _time_text() -> Convert:
    last: list[Any] = [None, None]  # the same moment on every row is formatted once

    def convert(value: datetime | None) -> str | None:
        if value is None:
            return None
        if value is not last[0]:
            if value.tzinfo is None:
                raise ValueError("naive datetime: store aware UTC times only")
            utc = value if value.tzinfo is UTC else value.astimezone(UTC)
            last[0], last[1] = value, utc.replace(tzinfo=None).isoformat(" ", "microseconds")
        text: str = last[1]
        return text

    return convert


def _converter(column_type: Any) -> Convert | None:
    if isinstance(column_type, UTCDateTime):
        return _time_text()
    if isinstance(column_type, Date):
        return lambda v: None if v is None else v.isoformat()
    if isinstance(column_type, Boolean):
        return lambda v: None if v is None else int(v)
    if isinstance(column_type, JSON):
        return lambda v: None if v is None else json.dumps(v)
    return None


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (dicts with the same keys) in the caller's transaction."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), list(rows))
        return
    names = list(rows[0])
    converters = [(name, _converter(table.c[name].type)) for name in names]
    marks = ", ".join("?" * len(names))
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})"
    values = [tuple(row[n] if c is None else c(row[n]) for n, c in converters) for row in rows]
    conn.exec_driver_sql(sql, values)


def _read_time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def _read_date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def rows_where_in(
    conn: Connection, table: Table, column: str, values: Sequence[Any], extra: Sequence[str]
) -> list[Any]:
    """The rows (id, column, *extra), with attributes by name, whose `column` is one
    of `values` (a few thousand at most). On SQLite a plain driver query, read back
    as SQLAlchemy's types would."""
    names = ["id", column, *extra]
    if conn.dialect.name != "sqlite":
        return list(conn.execute(select(*(table.c[n] for n in names)).where(table.c[column].in_(values))))
    readers = []
    for name in names:
        kind = table.c[name].type
        readers.append(_read_time if isinstance(kind, UTCDateTime) else _read_date if isinstance(kind, Date) else None)
    shape = namedtuple("Found", names)  # type: ignore[misc]
    sql = f"SELECT {', '.join(names)} FROM {table.name} WHERE {column} IN ({', '.join('?' * len(values))})"
    found = conn.exec_driver_sql(sql, tuple(values)).all()
    return [shape(*(v if r is None else r(v) for v, r in zip(row, readers, strict=True))) for row in found]


__all__ = ["date", "insert_rows", "rows_where_in"]
