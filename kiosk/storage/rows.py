"""One-row writes for the queue's hot path: SQLAlchemy Core statements on the
mapped tables, built once per table, run on the session's connection.

A unit-of-work flush sorts dependencies, builds its statements and keeps
history for every object it writes; on a check-in that cost more than all of
its SQL (tests/bench/bench_queue.py). A statement built for each call costs
too: its literal values make a new cache key every time. Here each statement
is built once, its values are execute parameters, and `insert_row` hands back
the ORM object of the row, in the session as if it had been loaded: no flush,
no SELECT, no pending change left for the commit. Like a flush, it returns
only the key (and server defaults): decoding every column of a wide row back
cost more than the INSERT.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from sqlalchemy import Insert, Table, Update, bindparam, insert, update
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.orm.attributes import instance_dict, set_committed_value

from kiosk.storage.models import Base

M = TypeVar("M", bound=Base)

_INSERTS: dict[tuple[Table, bool], Insert] = {}
_UPDATES: dict[Table, Update] = {}


def table_of(model: type[Base]) -> Table:
    """A declarative model's table (a `Table`, typed as the wider `FromClause`)."""
    return cast(Table, model.__table__)


def _insert(table: Table, returning: bool) -> Insert:
    """`returning`: the key and any server default come back (`return_defaults`)."""
    statement = _INSERTS.get((table, returning))
    if statement is None:
        statement = insert(table).return_defaults() if returning else insert(table)
        _INSERTS[(table, returning)] = statement
    return statement


def insert_row(session: Session, model: type[M], values: Mapping[str, Any]) -> M:
    """Insert one row of `model` and return its object, persistent in `session`
    as a flush would have left it: the values given, the column defaults computed
    for them, the key the database gave, every other column NULL."""
    table = table_of(model)
    result = session.connection().execute(_insert(table, True), values)
    given = cast(Mapping[str, Any], result.last_inserted_params())  # one row: values and defaults
    generated = result.returned_defaults  # its key, and any server default
    instance = model()
    row = instance_dict(instance)  # filled as a loader fills it: no change event per column
    row.update(dict.fromkeys(table.c.keys()))
    row.update(given)
    row.update(generated._mapping if generated is not None else {})
    make_transient_to_detached(instance)  # as if loaded: no history, its identity, nothing left to flush
    session.add(instance)
    return instance


def add_row(session: Session, model: type[Base], values: Mapping[str, Any]) -> None:
    """Insert one row nobody reads back in this transaction (no object is made)."""
    session.connection().execute(_insert(table_of(model), False), values)


def update_row(session: Session, instance: Base, values: Mapping[str, Any]) -> None:
    """Write `values` (column names) to the row of the loaded `instance` with one
    UPDATE by primary key, and set them on the object as its committed state."""
    if not values:
        return
    table = table_of(type(instance))
    (key,) = table.primary_key.columns  # the queue's tables have one-column keys
    statement = _UPDATES.get(table)
    if statement is None:
        statement = _UPDATES[table] = update(table).where(key == bindparam("row_id"))
    session.connection().execute(statement, {"row_id": getattr(instance, key.name), **values})
    for name, value in values.items():
        set_committed_value(instance, name, value)
