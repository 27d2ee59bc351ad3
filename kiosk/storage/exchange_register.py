"""The centre's donor register into the database, in the caller's one transaction.

A donor in the register is found by CIN (one with another birth date or sex
is a conflict, listed and left alone) or added with a number of this site and
a card token of their own (the centre's, when the register gives them). What
the register says of their past goes to `donor_register`, which
`registration.donation_history` reads with the kiosk's own donations; a
deferral it gives is added once (its id is derived from the register's row),
never lifting one already held. Rows go in by thousands with Core statements.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime
from itertools import islice
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kiosk.domain import exchange as fmt
from kiosk.domain.donors import donor_number, new_tokens, new_uuids
from kiosk.domain.register import RegisterRow
from kiosk.storage import site
from kiosk.storage.bulk import insert_rows
from kiosk.storage.exchange import REGISTER, TABLES, Report, found_by, start_of

BATCH = 5000
CONSENT = "centre-register"  # consent given at the centre; the kiosk asks again at the first visit
# Deferral ids from the register's own words: the same row imported twice is one deferral.
NAMESPACE = uuid.UUID("6f1e2a0c-5b7d-4e09-9a51-3c8d2f4b7e10")


def deferral_uuid(cin: str, row: RegisterRow) -> str:
    until = row.deferred_until.isoformat() if row.deferred_until else ""
    return str(uuid.uuid5(NAMESPACE, f"{cin}|{until}|{int(row.permanent)}|{row.deferral_reason}"))


def merge_register(session: Session, rows: Iterable[RegisterRow], *, now: datetime, as_of: date) -> Report:
    report = Report()
    seen: set[str] = set()
    iterator = iter(rows)
    while batch := list(islice(iterator, BATCH)):
        _merge_batch(session, batch, report, now, as_of, seen)
    return report


def _merge_batch(
    session: Session, batch: list[RegisterRow], report: Report, now: datetime, as_of: date, seen: set[str]
) -> None:
    conn = session.connection()
    donors = TABLES["donor"]
    deferrals = TABLES["deferral"]
    fresh_rows = []
    for row in batch:
        if row.cin in seen:
            report.conflicts.append(fmt.Conflict("conflict.register_twice", {"cin": row.cin}))
            continue
        seen.add(row.cin)
        fresh_rows.append(row)
    batch = fresh_rows
    known = found_by(session, donors, "cin", [r.cin for r in batch], "birth_date", "sex", "blood_group_confirmed")
    registers = {
        r.donor_id: r
        for r in conn.execute(select(REGISTER).where(REGISTER.c.donor_id.in_([k.id for k in known.values()])))
    }
    numbers = found_by(session, donors, "number", [r.number for r in batch if r.number])
    cards = found_by(session, donors, "card_token", [r.card for r in batch if r.card])
    new_donors: list[dict[str, Any]] = []
    ids: dict[str, int] = {}
    for row in batch:
        here = known.get(row.cin)
        if here is None:
            continue
        why = fmt.identity_conflict((here.birth_date, here.sex), (row.birth_date, row.sex))
        if why is not None:
            differs, mine, theirs = why
            report.conflicts.append(
                fmt.Conflict(
                    "conflict.register_birth_date" if differs == "birth_date" else "conflict.register_sex",
                    {"cin": row.cin, "here": mine, "there": theirs},
                )
            )
            continue
        ids[row.cin] = here.id
        if row.blood_group and row.blood_group != here.blood_group_confirmed:  # lab-confirmed at the centre
            conn.execute(
                update(donors)
                .where(donors.c.id == here.id)
                .values(
                    blood_group_confirmed=row.blood_group,
                    blood_group_source="register",
                    blood_group_confirmed_at=now,
                    updated_at=now,
                )
            )
            report.count(report.updated, "donor")
        else:
            report.count(report.unchanged, "donor")
    new = [r for r in batch if r.cin not in known]
    if new:
        prefix = site.current(session).prefix
        used_numbers, used_cards = set(numbers), set(cards)
        given_numbers: list[str | None] = []  # the centre's number where it is free, else one of this site's
        for row in new:
            given_numbers.append(row.number if row.number and row.number not in used_numbers else None)
            used_numbers.add(row.number)
        count = site.take_counts(session, given_numbers.count(None)) if None in given_numbers else 0
        consent_at = start_of(as_of)
        ids_for_new, spare_cards = new_uuids(len(new)), new_tokens(len(new))
        for index, (row, given) in enumerate(zip(new, given_numbers, strict=True)):
            if given is None:
                number, count = donor_number(prefix, count), count + 1
            else:
                number = given
            card = row.card if row.card and row.card not in used_cards else spare_cards[index]
            used_cards.add(card)
            new_donors.append(
                {
                    "uuid": ids_for_new[index],
                    "number": number,
                    "card_token": card,
                    "cin": row.cin,
                    "first_name_latin": row.first_name_latin,
                    "last_name_latin": row.last_name_latin,
                    "first_name_ar": row.first_name_ar,
                    "last_name_ar": row.last_name_ar,
                    "sex": row.sex,
                    "birth_date": row.birth_date,
                    "blood_group": None,  # none declared at a kiosk yet
                    "blood_group_confirmed": row.blood_group,
                    "blood_group_source": "register" if row.blood_group else None,
                    "blood_group_confirmed_at": now if row.blood_group else None,
                    "language": "ar" if (row.first_name_ar or row.last_name_ar) else "fr",
                    "consent_at": consent_at,
                    "consent_version": CONSENT,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        if conn.dialect.name == "sqlite":
            # This transaction holds SQLite's write lock: the next ids are ours to give,
            # which spares reading 5,000 rows back by CIN.
            first_id = (conn.exec_driver_sql("SELECT max(id) FROM donor").scalar() or 0) + 1
            for offset, values in enumerate(new_donors):
                values["id"] = first_id + offset
                ids[values["cin"]] = first_id + offset
            insert_rows(conn, donors, new_donors)
        else:
            insert_rows(conn, donors, new_donors)
            ids.update({r.cin: r.id for r in found_by(session, donors, "cin", [r.cin for r in new]).values()})
        report.count(report.added, "donor", len(new_donors))
    past_new: list[dict[str, Any]] = []
    past_changed: list[dict[str, Any]] = []
    wanted_deferrals: dict[str, tuple[int, RegisterRow]] = {}
    for row in batch:
        donor_id = ids.get(row.cin)
        if donor_id is None:
            continue
        if row.last_donation is not None:
            values = {
                "as_of": as_of,
                "last_day": row.last_donation,
                "last_kind": row.last_kind,
                "count_12m": row.donations_12m,
            }
            kept = registers.get(donor_id)
            if kept is None:
                past_new.append({"donor_id": donor_id, **values})
            elif kept.as_of <= as_of and tuple(kept[1:]) != tuple(values.values()):
                past_changed.append({"b_donor_id": donor_id, **values})
            else:
                report.count(report.unchanged, "register")
        if row.deferred_until is not None or row.permanent:
            wanted_deferrals[deferral_uuid(row.cin, row)] = (donor_id, row)
    if past_new:
        insert_rows(conn, REGISTER, past_new)
        report.count(report.added, "register", len(past_new))
    if past_changed:
        from sqlalchemy import bindparam

        stmt = update(REGISTER).where(REGISTER.c.donor_id == bindparam("b_donor_id"))
        conn.execute(stmt, past_changed)
        report.count(report.updated, "register", len(past_changed))
    report.touched_donors.update(r["donor_id"] for r in past_new)
    report.touched_donors.update(r["b_donor_id"] for r in past_changed)
    if wanted_deferrals:
        present = found_by(session, deferrals, "uuid", list(wanted_deferrals))
        added: list[dict[str, Any]] = [
            {
                "uuid": key,
                "donor_id": donor_id,
                "visit_id": None,
                "reason": row.deferral_reason,
                "until": None if row.permanent else row.deferred_until,
                "permanent": row.permanent,
                "created_at": now,
            }
            for key, (donor_id, row) in wanted_deferrals.items()
            if key not in present
        ]
        report.count(report.unchanged, "deferral", len(wanted_deferrals) - len(added))
        if added:
            insert_rows(conn, deferrals, added)
            report.count(report.added, "deferral", len(added))
            report.touched_donors.update(a["donor_id"] for a in added)
