"""Records out of and into the database for exchange bundles (docs/exchange.md).

`collect` reads what a bundle carries; `merge` writes a checked bundle's
records in the caller's one transaction, by the rules of the format: a donor
is matched by global id, then by CIN (a CIN with another birth date or sex is
a conflict, listed and left alone); visits, donations, deferrals and events
are added once; nothing is ever deleted, so a permanent deferral stays and,
among temporary ones, the latest end date is the one that holds
(`registration.active_deferral`). Core statements on the session's connection:
a campaign's hundred thousand rows merge in seconds, not minutes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from functools import cache
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from kiosk.domain import exchange as fmt
from kiosk.domain.clock import CASABLANCA
from kiosk.domain.donors import new_uuid
from kiosk.storage.bulk import insert_rows, rows_where_in
from kiosk.storage.models import (
    AuditEvent,
    Campaign,
    Deferral,
    Donation,
    Donor,
    DonorRegister,
    QuestionnaireResponse,
    Visit,
    VitalSigns,
)

CHUNK = 2000  # ids per IN (…) query: well under SQLite's and PostgreSQL's limits

TABLES: dict[str, Table] = {
    "campaign": Campaign.__table__,  # type: ignore[dict-item]
    "donor": Donor.__table__,  # type: ignore[dict-item]
    "visit": Visit.__table__,  # type: ignore[dict-item]
    "response": QuestionnaireResponse.__table__,  # type: ignore[dict-item]
    "vitals": VitalSigns.__table__,  # type: ignore[dict-item]
    "donation": Donation.__table__,  # type: ignore[dict-item]
    "deferral": Deferral.__table__,  # type: ignore[dict-item]
    "audit": AuditEvent.__table__,  # type: ignore[dict-item]
}
REGISTER: Table = DonorRegister.__table__  # type: ignore[assignment]
# A record's reference to another record (its global id or slug) and the column it fills.
REFERENCES = {"donor": ("donor_id", "donor"), "visit": ("visit_id", "visit"), "campaign": ("campaign_id", "campaign")}


@cache
def _fields(kind: str) -> tuple[str, ...]:
    return tuple(fmt.schema(kind)["properties"])


@cache
def _columns(kind: str) -> tuple[str, ...]:
    """The plain columns of a kind: the schema's fields less references and nested parts."""
    return tuple(f for f in _fields(kind) if f not in REFERENCES and f != "register")


def _chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def start_of(day: date) -> datetime:
    """The first moment of a campaign day at the venue, in UTC."""
    return datetime.combine(day, time(), CASABLANCA).astimezone(UTC)


# -- export ------------------------------------------------------------------------------
def collect(
    session: Session, *, campaign: str | None = None, since: date | None = None
) -> dict[str, list[dict[str, Any]]]:
    """The records a bundle carries: visits of the campaign and period, their
    pre-screens, vitals, donations and deferrals, the donors they concern (and,
    with no campaign named, every donor changed in the period), the period's
    audit events, and the campaigns named. `LookupError` for an unknown campaign."""
    conn = session.connection()
    campaign_id = None
    if campaign is not None:
        campaign_id = conn.execute(select(Campaign.id).where(Campaign.slug == campaign)).scalar()
        if campaign_id is None:
            raise LookupError(campaign)
    moment = start_of(since) if since else None
    t = TABLES
    donor_uuid = {row.id: row.uuid for row in conn.execute(select(Donor.id, Donor.uuid))}
    slug = {row.id: row.slug for row in conn.execute(select(Campaign.id, Campaign.slug))}

    def rows(kind: str, *where: Any) -> list[dict[str, Any]]:
        table = t[kind]
        return [dict(r._mapping) for r in conn.execute(select(table).where(*where).order_by(table.c.id))]

    visit_where = []
    if campaign_id is not None:
        visit_where.append(Visit.campaign_id == campaign_id)
    if since is not None:
        visit_where.append(Visit.day >= since)
    visits = rows("visit", *visit_where)
    visit_uuid = {v["id"]: v["uuid"] for v in visits}
    if campaign_id is None and since is None:
        all_visits = visit_uuid
    else:
        all_visits = {row.id: row.uuid for row in conn.execute(select(Visit.id, Visit.uuid))}

    def of_visits(kind: str) -> list[dict[str, Any]]:
        return [r for r in rows(kind) if r["visit_id"] in visit_uuid]

    responses, vitals = of_visits("response"), of_visits("vitals")
    donation_where = [] if since is None else [Donation.day >= since]
    donations = [
        d
        for d in rows("donation", *donation_where)
        if campaign_id is None or d["campaign_id"] == campaign_id or d["visit_id"] in visit_uuid
    ]
    deferral_where = [] if moment is None else [Deferral.created_at >= moment]
    deferrals = [d for d in rows("deferral", *deferral_where) if campaign_id is None or d["visit_id"] in visit_uuid]
    donor_ids = {r["donor_id"] for r in (*visits, *donations, *deferrals)}
    if campaign_id is None:
        changed = select(Donor.id) if moment is None else select(Donor.id).where(Donor.updated_at >= moment)
        donor_ids.update(conn.execute(changed).scalars())
    events = [
        e
        for e in rows("audit", *([] if moment is None else [AuditEvent.at >= moment]))
        if campaign_id is None or e["visit_id"] in visit_uuid or e["donor_id"] in donor_ids
    ]
    donor_ids.update(e["donor_id"] for e in events if e["donor_id"] is not None)
    registers = {r["donor_id"]: r for r in (dict(x._mapping) for x in conn.execute(select(REGISTER)))}
    donors = [d for d in rows("donor") if d["id"] in donor_ids]
    campaign_ids = {v["campaign_id"] for v in visits} | {d["campaign_id"] for d in donations if d["campaign_id"]}
    campaigns = [c for c in rows("campaign") if c["id"] in campaign_ids]

    def shaped(kind: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        names = _fields(kind)
        out = []
        for item in items:
            record = {name: item.get(name) for name in names}
            if "donor" in record:
                record["donor"] = donor_uuid.get(item["donor_id"]) if item.get("donor_id") else None
            if "visit" in record:
                record["visit"] = all_visits.get(item["visit_id"]) if item.get("visit_id") else None
            if "campaign" in record:
                record["campaign"] = slug.get(item["campaign_id"]) if item.get("campaign_id") else None
            if kind == "donor":
                found = registers.get(item["id"])
                record["register"] = (
                    {k: found[k] for k in ("as_of", "last_day", "last_kind", "count_12m")} if found else None
                )
            out.append(record)
        return out

    for event in events:  # an event names a visit of another campaign: keep the event, not the link
        if event["visit_id"] is not None and event["visit_id"] not in all_visits:
            event["visit_id"] = None
    return {
        "campaign": shaped("campaign", campaigns),
        "donor": shaped("donor", donors),
        "visit": shaped("visit", visits),
        "response": shaped("response", responses),
        "vitals": shaped("vitals", vitals),
        "donation": shaped("donation", donations),
        "deferral": shaped("deferral", deferrals),
        "audit": shaped("audit", events),
    }


# -- import ------------------------------------------------------------------------------
@dataclass
class Report:
    """What a merge did, per record kind, and the records it left alone and why."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    conflicts: list[fmt.Conflict] = field(default_factory=list)
    skipped: int = 0  # records of a donor in conflict
    touched_donors: set[int] = field(default_factory=set)  # donors given a deferral or a register entry

    def count(self, bucket: dict[str, int], kind: str, n: int = 1) -> None:
        bucket[kind] = bucket.get(kind, 0) + n

    @property
    def changed(self) -> bool:
        return any(self.added.values()) or any(self.updated.values())


def found_by(session: Session, table: Table, column: str, values: Iterable[Any], *extra: str) -> dict[Any, Any]:
    """{value: row} for the rows whose `column` is one of `values`."""
    wanted = sorted({v for v in values if v is not None})
    found: dict[Any, Any] = {}
    for part in _chunks(wanted):
        for row in rows_where_in(session.connection(), table, column, part, extra):
            found[row[1]] = row
    return found


def merge(session: Session, records: dict[str, list[dict[str, Any]]], *, now: datetime) -> Report:
    """Write checked records in the caller's transaction; returns what was done."""
    report = Report()
    campaigns = _merge_campaigns(session, records.get("campaign", []), report, now)
    donors = _merge_donors(session, records.get("donor", []), report)
    visits = _merge_visits(session, records.get("visit", []), donors, campaigns, report)
    refs = {"donor": donors, "visit": visits, "campaign": campaigns}
    for kind in ("response", "vitals", "donation", "deferral", "audit"):
        _add_once(session, kind, records.get(kind, []), refs, report)
    return report


def _merge_campaigns(session: Session, items: list[dict[str, Any]], report: Report, now: datetime) -> dict[str, int]:
    table = TABLES["campaign"]
    known = {row.slug: row.id for row in session.connection().execute(select(table.c.id, table.c.slug))}
    for item in items:
        if item["slug"] in known:
            report.count(report.unchanged, "campaign")
            continue
        row = {k: item.get(k) for k in _columns("campaign")}  # a bundle from before `issuer` has none
        known[item["slug"]] = (
            session.connection().execute(insert(table).values(**row, created_at=now).returning(table.c.id)).scalar_one()
        )
        report.count(report.added, "campaign")
    return known


_DONOR_KEEP = ("number", "card_token")  # a donor's number and card stay those first given


def _merge_donors(session: Session, items: list[dict[str, Any]], report: Report) -> dict[str, int]:
    """{global id: local id} of the donors merged (a conflict's donor is absent)."""
    table = TABLES["donor"]
    conn = session.connection()
    by_uuid = found_by(session, table, "uuid", [i["uuid"] for i in items], "updated_at", "cin")
    by_cin = found_by(session, table, "cin", [i["cin"] for i in items], "birth_date", "sex", "uuid")
    numbers = found_by(session, table, "number", [i["number"] for i in items], "uuid")
    cards = found_by(session, table, "card_token", [i["card_token"] for i in items], "uuid")
    registers = {r.donor_id: r for r in conn.execute(select(REGISTER))} if items else {}
    columns = _columns("donor")
    mapped: dict[str, int] = {}
    seen_cin: dict[str, str] = {}
    new_rows: list[dict[str, Any]] = []
    new_registers: list[tuple[str, dict[str, Any]]] = []
    for item in items:
        label = f"{item['number']}" + (f" (CIN {item['cin']})" if item["cin"] else "")
        cin = item["cin"]
        if cin and seen_cin.get(cin, item["uuid"]) != item["uuid"]:
            report.conflicts.append(fmt.Conflict("conflict.cin_twice", {"donor": label}))
            mapped.pop(seen_cin[cin], None)
            continue
        if cin:
            seen_cin[cin] = item["uuid"]
        here = by_uuid.get(item["uuid"])
        if here is not None:
            donor_id = here.id
            if item["updated_at"] > here.updated_at:
                holder = by_cin.get(cin) if cin else None
                if holder is not None and holder.id != donor_id:
                    report.conflicts.append(
                        fmt.Conflict("conflict.cin_elsewhere", {"donor": label, "other": holder.uuid})
                    )
                    continue
                values = {k: item[k] for k in columns if k not in ("uuid", *_DONOR_KEEP)}
                conn.execute(update(table).where(table.c.id == donor_id).values(**values))
                report.count(report.updated, "donor")
            else:
                report.count(report.unchanged, "donor")
        elif cin and cin in by_cin:
            local = by_cin[cin]
            why = fmt.identity_conflict((local.birth_date, local.sex), (item["birth_date"], item["sex"]))
            if why is not None:
                differs, mine, theirs = why
                report.conflicts.append(
                    fmt.Conflict(
                        "conflict.birth_date" if differs == "birth_date" else "conflict.sex",
                        {"donor": label, "here": mine, "there": theirs},
                    )
                )
                continue
            donor_id = local.id  # the same person registered at two sites: one record here
            report.count(report.unchanged, "donor")
        else:
            taken = numbers.get(item["number"]) or cards.get(item["card_token"])
            if taken is not None:
                report.conflicts.append(fmt.Conflict("conflict.number_taken", {"donor": label}))
                continue
            new_rows.append({k: item[k] for k in columns})
            if item["register"]:
                new_registers.append((item["uuid"], item["register"]))
            continue
        mapped[item["uuid"]] = donor_id
        if item["register"]:
            _merge_register(session, donor_id, item["register"], registers, report)
    if new_rows:
        insert_rows(conn, table, new_rows)
        report.count(report.added, "donor", len(new_rows))
        fresh = found_by(session, table, "uuid", [r["uuid"] for r in new_rows])
        mapped.update({u: row.id for u, row in fresh.items()})
        for uuid, register in new_registers:
            _merge_register(session, mapped[uuid], register, {}, report)
    return mapped


def _merge_register(
    session: Session, donor_id: int, register: dict[str, Any], known: dict[int, Any], report: Report
) -> None:
    """Keep the centre's newest word on a donor's past (the latest `as_of`)."""
    here = known.get(donor_id)
    if here is not None and here.as_of >= register["as_of"]:
        return
    conn = session.connection()
    if here is None:
        conn.execute(insert(REGISTER).values(donor_id=donor_id, **register))
    else:
        conn.execute(update(REGISTER).where(REGISTER.c.donor_id == donor_id).values(**register))
    report.touched_donors.add(donor_id)


def _merge_visits(
    session: Session,
    items: list[dict[str, Any]],
    donors: dict[str, int],
    campaigns: dict[str, int],
    report: Report,
) -> dict[str, int]:
    table = TABLES["visit"]
    conn = session.connection()
    here = found_by(session, table, "uuid", [i["uuid"] for i in items])
    mapped = {u: row.id for u, row in here.items()}
    states = fmt.VISIT_TIMES + ("status", "booth", "call_count")
    if here:
        current = {
            row.uuid: dict(row._mapping)
            for part in _chunks(list(here))
            for row in conn.execute(select(table).where(table.c.uuid.in_(part)))
        }
    new_rows = []
    for item in items:
        if item["uuid"] in here:
            kept = current[item["uuid"]]
            if fmt.later_visit(kept, item):
                conn.execute(update(table).where(table.c.id == kept["id"]).values(**{k: item[k] for k in states}))
                report.count(report.updated, "visit")
            else:
                report.count(report.unchanged, "visit")
            continue
        donor_id = donors.get(item["donor"])
        campaign_id = campaigns.get(item["campaign"])
        if donor_id is None or campaign_id is None:
            report.skipped += 1
            continue
        row = {k: item[k] for k in _columns("visit")}
        # A ticket belongs to the queue of the station that gave it.
        row.update(donor_id=donor_id, campaign_id=campaign_id, ticket=None, ticket_token=None)
        new_rows.append(row)
    if new_rows:
        insert_rows(conn, table, new_rows)
        report.count(report.added, "visit", len(new_rows))
        mapped.update({u: row.id for u, row in found_by(session, table, "uuid", [r["uuid"] for r in new_rows]).items()})
    return mapped


def _add_once(
    session: Session,
    kind: str,
    items: list[dict[str, Any]],
    refs: dict[str, dict[str, int]],
    report: Report,
) -> None:
    """Insert the records not here yet (by global id); the others stay as they are."""
    if not items:
        return
    table = TABLES[kind]
    here = found_by(session, table, "uuid", [i["uuid"] for i in items])
    taken_bags: dict[Any, Any] = {}
    if kind == "donation":
        taken_bags = found_by(session, table, "bag_number", [i["bag_number"] for i in items])
    if kind == "response":
        answered = found_by(session, table, "visit_id", [refs["visit"].get(i["visit"]) for i in items])
    new_rows = []
    for item in items:
        if item["uuid"] in here:
            report.count(report.unchanged, kind)
            continue
        row = {k: item[k] for k in _columns(kind)}
        missing = False
        for name, (column, ref) in REFERENCES.items():
            if name not in item:
                continue
            value = item[name]
            row[column] = refs[ref].get(value) if value is not None else None
            # An event keeps its place even when its donor or visit stayed behind; other records do not.
            if value is not None and row[column] is None and kind != "audit":
                missing = True
        if missing:
            report.skipped += 1
            continue
        if kind == "donation" and item["bag_number"] and item["bag_number"] in taken_bags:
            report.conflicts.append(
                fmt.Conflict("conflict.bag_taken", {"donation": item["uuid"], "bag": item["bag_number"]})
            )
            continue
        if kind == "response" and row["visit_id"] in answered:
            report.unchanged[kind] = report.unchanged.get(kind, 0) + 1
            continue
        if kind == "deferral":
            report.touched_donors.add(row["donor_id"])
        new_rows.append(row)
    if new_rows:
        if kind == "audit":
            from kiosk.storage import audit

            audit.chain_rows(session, new_rows)  # imported events join this database's hash chain
        insert_rows(session.connection(), table, new_rows)
        report.count(report.added, kind, len(new_rows))


__all__ = ["Report", "collect", "found_by", "merge", "new_uuid", "start_of"]


# -- after an import ----------------------------------------------------------------------
FLAG = "exchange.deferral_flag"  # [reason, until, permanent]: a queued donor's record now holds a deferral


def flag_deferred_in_queue(session: Session, donor_ids: set[int], day: date, now: datetime, station: str) -> int:
    """Donors in today's queue whose record now holds a deferral are flagged for
    the nurse stations: the queue version moves, so their list is read again and
    shows the reason on the donor's line, and an audit event keeps it; returns how many."""
    from kiosk.domain import visits as states
    from kiosk.storage import audit, registration
    from kiosk.storage.changes import bump

    if not donor_ids:
        return 0
    flagged = 0
    ids = sorted(donor_ids)
    for part in _chunks(ids):
        queued = session.scalars(
            select(Visit).where(
                Visit.donor_id.in_(part),
                Visit.day == day,
                Visit.ticket.is_not(None),
                Visit.status.in_(states.OPEN_STATES),
            )
        ).all()
        for visit in queued:
            held = registration.active_deferral(session, visit.donor_id, day)
            if held is None:
                continue
            bump(session, visit.campaign_id, day)  # the nurse stations' list shows the reason (queue.nurse_list)
            detail = {"ticket": visit.ticket, "reason": held.reason, "until": fmt.to_json(held.until)}
            audit.record(
                session, station, None, FLAG, visit.donor_id, visit.id, {**detail, "permanent": held.permanent}, at=now
            )
            flagged += 1
    return flagged
