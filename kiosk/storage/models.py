"""The data model. One Alembic migration per change of this file.

Words match the product: campaign, donor, visit, ticket, deferral, donation,
staff, audit event. Times are UTC (`UTCDateTime`); campaign days are the venue's
local dates.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kiosk.domain.clock import now_utc
from kiosk.domain.donors import new_uuid
from kiosk.storage.types import UTCDateTime


def global_id() -> Any:
    """The record's id on every machine (kiosk.storage.exchange): a UUID given at
    insert. Nullable in the schema only because SQLite cannot add NOT NULL to a
    table others reference without rebuilding it (migration 0006 fills old rows)."""
    return mapped_column(String(36), nullable=True, unique=True, index=True, default=new_uuid)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class Campaign(Base):
    __tablename__ = "campaign"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    # Texts are {language: text} (JSON), one column per text, not per language:
    # a language is added in resources/languages.toml, never in the schema.
    name: Mapped[dict[str, Any]]
    slogan: Mapped[dict[str, Any] | None]
    venue: Mapped[dict[str, Any]]
    city: Mapped[dict[str, Any]]
    region: Mapped[dict[str, Any]]
    # [{"ar": …, "fr": …}, …]: who runs it, and who helps.
    organisers: Mapped[list[Any]] = mapped_column(default=list)
    partners: Mapped[list[Any]] = mapped_column(default=list)
    contact: Mapped[dict[str, Any]]
    # Who issues the campaign's cards and certificates (a regional transfusion centre).
    issuer: Mapped[dict[str, Any] | None]
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    daily_target: Mapped[int] = mapped_column(Integer)
    # A demonstration campaign is open on any day, so the whole flow can be tried.
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=now_utc)


class Donor(Base):
    __tablename__ = "donor"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = global_id()
    # Printed on the card, unique across the centre: the site's prefix and its count
    # (kiosk.storage.site.next_donor_number), kept as it came with an imported donor.
    number: Mapped[str] = mapped_column(String(32), nullable=True, unique=True, index=True)
    # Opaque, random: what the QR on the donor card holds. Never derived from the person.
    card_token: Mapped[str] = mapped_column(String(32), unique=True)
    cin: Mapped[str | None] = mapped_column(String(8), unique=True)
    first_name_latin: Mapped[str | None] = mapped_column(String(60))
    last_name_latin: Mapped[str | None] = mapped_column(String(60))
    first_name_ar: Mapped[str | None] = mapped_column(String(60))
    last_name_ar: Mapped[str | None] = mapped_column(String(60))
    sex: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[date] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(16))  # E.164
    city: Mapped[str | None] = mapped_column(String(80))
    blood_group: Mapped[str | None] = mapped_column(String(3))  # as the donor declared it at the kiosk
    # The group a laboratory confirmed (entered at the nurse station or from the centre's
    # register): the only one printed on the card.
    blood_group_confirmed: Mapped[str | None] = mapped_column(String(3))
    blood_group_source: Mapped[str | None] = mapped_column(String(16))  # "nurse" or "register"
    blood_group_confirmed_at: Mapped[datetime | None]
    language: Mapped[str] = mapped_column(String(12))  # a code of kiosk.i18n.LANGUAGES
    consent_at: Mapped[datetime]
    consent_version: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=now_utc)
    updated_at: Mapped[datetime] = mapped_column(default=now_utc, onupdate=now_utc)

    visits: Mapped[list[Visit]] = relationship(back_populates="donor", order_by="Visit.id")


class TicketCounter(Base):
    """The last ticket handed out per campaign day: one row updated atomically,
    so that two kiosks never hand out the same number (SQLite and PostgreSQL).

    `changes` counts the day's other queue changes (calls, decisions…), bumped
    in the same transaction: `last_ticket + changes` is the queue version that
    stations compare with one primary-key read (kiosk.storage.changes).
    """

    __tablename__ = "ticket_counter"

    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_ticket: Mapped[int] = mapped_column(Integer, default=0)
    changes: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Visit(Base):
    """One donor at one campaign day. A visit refused at the kiosk's pre-screen
    has no ticket and ends as `deferred` at once."""

    __tablename__ = "visit"
    __table_args__ = (
        UniqueConstraint("campaign_id", "day", "ticket", name="uq_visit_ticket"),
        Index("ix_visit_queue", "campaign_id", "day", "status", "ticket"),
        # Call order (kiosk.domain.queue): the oldest place in the queue, then the ticket.
        Index("ix_visit_call_order", "campaign_id", "day", "status", "waiting_at", "ticket"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = global_id()
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id"))
    donor_id: Mapped[int] = mapped_column(ForeignKey("donor.id"), index=True)
    day: Mapped[date] = mapped_column(Date)
    ticket: Mapped[int | None] = mapped_column(Integer)
    # Opaque token in the ticket's QR, scanned at the nurse station to open the visit.
    ticket_token: Mapped[str | None] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(12))
    booth: Mapped[int | None] = mapped_column(Integer)
    call_count: Mapped[int] = mapped_column(Integer, default=0)
    needs_staff: Mapped[bool] = mapped_column(Boolean, default=False)
    waiting_at: Mapped[datetime] = mapped_column(default=now_utc)
    called_at: Mapped[datetime | None]
    interview_at: Mapped[datetime | None]
    donated_at: Mapped[datetime | None]
    deferred_at: Mapped[datetime | None]
    left_at: Mapped[datetime | None]

    donor: Mapped[Donor] = relationship(back_populates="visits")
    campaign: Mapped[Campaign] = relationship()
    response: Mapped[QuestionnaireResponse | None] = relationship(back_populates="visit")


class QuestionnaireResponse(Base):
    """The pre-screen: only what triggered a rule is kept, and a sensitive answer
    only as "needs_interview" (law 09-08: the least data that serves)."""

    __tablename__ = "questionnaire_response"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = global_id()
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), unique=True)
    pack: Mapped[str] = mapped_column(String(64))  # "ma-amsd@2025.1"
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    outcome: Mapped[str] = mapped_column(String(12))
    # The kiosk's own outcome when staff overrode it (who and why: the audit log).
    original_outcome: Mapped[str | None] = mapped_column(String(12))
    until: Mapped[date | None] = mapped_column(Date)
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(default=now_utc)

    visit: Mapped[Visit] = relationship(back_populates="response")


class Deferral(Base):
    __tablename__ = "deferral"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = global_id()
    donor_id: Mapped[int] = mapped_column(ForeignKey("donor.id"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"))
    reason: Mapped[str] = mapped_column(String(64))
    until: Mapped[date | None] = mapped_column(Date)  # first day the donor may give again
    permanent: Mapped[bool] = mapped_column(Boolean, default=False)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(default=now_utc)

    donor: Mapped[Donor] = relationship()
    visit: Mapped[Visit | None] = relationship()


class Donation(Base):
    __tablename__ = "donation"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = global_id()
    donor_id: Mapped[int] = mapped_column(ForeignKey("donor.id"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"), unique=True)
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaign.id"))
    day: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16), default="whole_blood")
    volume_ml: Mapped[int] = mapped_column(Integer)
    bag_number: Mapped[str | None] = mapped_column(String(20), unique=True)
    bag_isbt: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # an ISBT 128 DIN
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(default=now_utc)


class VitalSigns(Base):
    """One set of measurements at the booth; measured again, a new row (the last counts)."""

    __tablename__ = "vital_signs"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = global_id()
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    weight_kg: Mapped[float | None] = mapped_column(Float)
    haemoglobin_g_dl: Mapped[float | None] = mapped_column(Float)
    systolic: Mapped[int | None] = mapped_column(Integer)
    diastolic: Mapped[int | None] = mapped_column(Integer)
    pulse: Mapped[int | None] = mapped_column(Integer)  # beats per minute
    temperature_c: Mapped[float | None] = mapped_column(Float)
    # Vital ids outside the rule pack's thresholds, and that pack ("ma-amsd@1.0").
    out_of_range: Mapped[list[Any]] = mapped_column(default=list)
    pack: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    measured_at: Mapped[datetime] = mapped_column(default=now_utc)


class AdverseReaction(Base):
    """A reaction during or after a donation (kiosk.domain.reactions): its kind, when,
    and what the nurse did, as codes. A severe one flags the donor's next check-in."""

    __tablename__ = "adverse_reaction"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    donor_id: Mapped[int] = mapped_column(ForeignKey("donor.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    phase: Mapped[str] = mapped_column(String(8))  # during, after
    severe: Mapped[bool] = mapped_column(Boolean, default=False)
    actions: Mapped[list[Any]] = mapped_column(default=list)
    occurred_at: Mapped[datetime]
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(default=now_utc)


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(12))  # nurse, doctor, organiser
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=now_utc)


class SignInLock(Base):
    """Wrong PINs in a row, per staff member and per station (`scope`, `subject`:
    ("staff", "12") or ("station", "nurse-2")): in the database, so a restart
    or the next booth does not start the count again (kiosk.storage.staff)."""

    __tablename__ = "sign_in_lock"

    scope: Mapped[str] = mapped_column(String(8), primary_key=True)
    subject: Mapped[str] = mapped_column(String(40), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=now_utc)


class AuditEvent(Base):
    """Who did what, when: every view of a donor's answers and every change.

    Append-only and chained (kiosk.storage.audit): `seq` is the event's place
    in the chain, `hash` the SHA-256 of its content and the previous event's
    hash. Database triggers refuse UPDATE and DELETE (migration 0004).
    """

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = global_id()
    at: Mapped[datetime] = mapped_column(default=now_utc, index=True)
    station: Mapped[str] = mapped_column(String(40))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(40))
    donor_id: Mapped[int | None] = mapped_column(ForeignKey("donor.id"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The chain's last link, one row (id 1): each event takes it under the
    row's lock in its own transaction, so stations writing at once still make
    one chain, and a log cut short at its end no longer matches it."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    hash: Mapped[str] = mapped_column(String(64))


class PrintJob(Base):
    """A document to print. Its PDF is kept on disk before any attempt; the job
    stays until a printer took it, so a jammed printer loses nothing
    (kiosk.storage.print_jobs)."""

    __tablename__ = "print_job"
    __table_args__ = (Index("ix_print_job_waiting", "status", "station"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # ticket, card, certificate
    station: Mapped[str] = mapped_column(String(40))
    pdf_path: Mapped[str] = mapped_column(Text)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"))
    donor_id: Mapped[int | None] = mapped_column(ForeignKey("donor.id"))
    # The document's language, to render it again; None: the donor's language.
    lang: Mapped[str | None] = mapped_column(String(12))
    status: Mapped[str] = mapped_column(String(10), default="pending")  # pending, printed, failed, withdrawn
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=now_utc)
    printed_at: Mapped[datetime | None]


class StaffCall(Base):
    """A donor pressed "call a staff member" at a kiosk (kiosk.domain.staff_calls):
    called, then coming once a nurse is on the way, ended with the kiosk's session."""

    __tablename__ = "staff_call"
    __table_args__ = (Index("ix_staff_call_open", "state", "station"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station: Mapped[str] = mapped_column(String(40))  # the kiosk, by its station.toml name
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaign.id"))
    day: Mapped[date] = mapped_column(Date)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"))  # once the donor has a ticket
    state: Mapped[str] = mapped_column(String(8), default="called")  # called, coming, ended
    called_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]
    answered_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    ended_at: Mapped[datetime | None]


class Setting(Base):
    """Database-wide settings shared by every station (the campaign in use)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DonorRegister(Base):
    """What the centre's register said of a donor's past (`kiosk import --register`):
    read with the kiosk's own donations by `registration.donation_history`, so the
    interval and yearly-limit rules see donations given elsewhere."""

    __tablename__ = "donor_register"

    donor_id: Mapped[int] = mapped_column(ForeignKey("donor.id"), primary_key=True)
    as_of: Mapped[date] = mapped_column(Date)  # the day the centre exported its register
    last_day: Mapped[date | None] = mapped_column(Date)
    last_kind: Mapped[str | None] = mapped_column(String(16))
    count_12m: Mapped[int] = mapped_column(Integer, default=0)  # donations in the 12 months before as_of
