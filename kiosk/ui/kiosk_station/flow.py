"""One donor's way through the kiosk, as plain state and operations (no Qt).

The screens are thin views over this object: they show what it holds and call
its methods on a tap. It holds what the donor chose and typed so far (language,
path, registration fields, answers) and calls the domain and storage inside one
database session per user action. The registration, the consent, the visit
with its ticket and the ticket's print job (kiosk.storage.print_jobs) are
written in ONE transaction at "send"; the screens show a ticket only from the `Result` returned after that
commit, so a power cut can lose an unsent registration but never leaves a
ticket shown without its donor, nor a donor without the ticket they saw.

`reset()` forgets everything typed: the kiosk is public, the next person must
find nothing of the previous one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from kiosk.app import CONSENT_VERSION, App
from kiosk.domain.queue import estimate_wait
from kiosk.domain.text import clean
from kiosk.i18n import language

if TYPE_CHECKING:
    from kiosk.domain.eligibility import Assessment, Pack, Question

log = logging.getLogger(__name__)

PATHS = ("card", "cin", "new")
CARD_PREFIX = "QC:"
# Registration pages and the fields each one shows, in order.
PAGES: dict[str, tuple[str, ...]] = {
    "names_ar": ("first_name_ar", "last_name_ar"),
    "names_latin": ("first_name_latin", "last_name_latin"),
    "about": ("sex", "birth_date"),
    "contact": ("cin", "phone", "city"),
    "blood": ("blood_group",),
}
FIELDS = tuple(f for page in PAGES.values() for f in page)


class FlowError(Exception):
    """Something the donor must be told, as a code for kiosk.ui.messages."""

    def __init__(self, code: str, **detail: Any):
        super().__init__(code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Masked:
    """What a returning donor is shown to confirm it is them: never the record."""

    first_name: str
    phone_tail: str | None  # last two digits


@dataclass(frozen=True)
class Result:
    """What the kiosk tells the donor at the end, built only after the commit returned.

    kind: "ticket" (eligible or refer), "deferred", "permanent",
    "already_queued", "closed".
    """

    kind: str
    outcome: str | None = None
    ticket: int | None = None
    people_ahead: int = 0
    wait_minutes: int | None = None
    until: date | None = None
    visit_id: int | None = None
    print_job_id: int | None = None
    assessment: Assessment | None = None


def card_token(scanned: str) -> str:
    """The opaque token from what a card's QR gave the scanner: `QC:<token>` or the bare token."""
    text = clean(scanned)
    if text.upper().startswith(CARD_PREFIX):
        text = text[len(CARD_PREFIX) :]
    return text.strip()


def masked(donor, lang: str) -> Masked:
    first = (donor.first_name_ar, donor.first_name_latin)
    if language(lang).names != "arabic":
        first = first[::-1]
    name = next((n for n in first if n), "")
    return Masked(name, donor.phone[-2:] if donor.phone else None)


def _held(until: date | None, permanent: bool) -> Result:
    """A deferral already on the donor's record: the date to come back, or (none
    yet, or permanent) the nurse to see."""
    kind = "permanent" if permanent else "deferred"
    return Result(kind, outcome=kind, until=None if permanent else until)


class KioskFlow:
    def __init__(self, app: App, pack: Pack | None = None):
        self.app = app
        self._pack = pack
        self.language = "ar"
        self.reset()

    # -- state ------------------------------------------------------------------
    def reset(self) -> None:
        """Forget the donor: everything typed, chosen or answered."""
        self.path: str | None = None
        self.donor_id: int | None = None
        self.masked: Masked | None = None
        self.fields: dict[str, Any] = {}
        self.consent_at = None
        self.sex: str | None = None
        self.birth_date: date | None = None
        self.first_time = True
        self.history: tuple = ()
        self.answers: dict[str, Any] = {}
        self.needs_staff = False
        self.result: Result | None = None

    @property
    def pack(self) -> Pack:
        if self._pack is None:
            from kiosk.domain.eligibility import default_pack

            self._pack = default_pack()
        return self._pack

    @property
    def returning(self) -> bool:
        return self.donor_id is not None

    def choose_path(self, path: str) -> None:
        if path not in PATHS:
            raise ValueError(path)
        self.reset_donor()
        self.path = path

    def reset_donor(self) -> None:
        keep = self.needs_staff
        self.reset()
        self.needs_staff = keep

    # -- identification -----------------------------------------------------------
    def identify_card(self, scanned: str) -> Masked:
        """The donor whose card gave `scanned`; FlowError("card.unknown") otherwise."""
        from kiosk.storage import registration

        token = card_token(scanned)
        if not token:
            raise FlowError("card.unknown")
        with self.app.db.read() as session:
            donor = registration.find_by_card(session, token)
            if donor is None:
                raise FlowError("card.unknown")
            self._take_donor(session, donor)
        return self.masked

    def identify_cin(self, text: str) -> Masked | None:
        """The donor with this CIN, or None (the CIN is kept for a registration).
        Raises `Invalid` when the text is not a CIN."""
        from kiosk.domain import validation
        from kiosk.storage import registration

        value = validation.cin(text)
        with self.app.db.read() as session:
            donor = registration.find_by_cin(session, value)
            if donor is None:
                self.fields["cin"] = value
                return None
            self._take_donor(session, donor)
        return self.masked

    def _take_donor(self, session, donor) -> None:
        from kiosk.storage import registration

        self.donor_id = donor.id
        self.masked = masked(donor, self.language)
        self.sex, self.birth_date = donor.sex, donor.birth_date
        self.history = registration.donation_history(session, donor.id)
        self.first_time = not self.history

    def not_me(self) -> None:
        """The masked identity is someone else's: forget it."""
        path = self.path
        self.reset_donor()
        self.path = path

    # -- consent ------------------------------------------------------------------
    def accept_consent(self) -> None:
        """Remember when the notice was accepted; it is stored with the registration."""
        self.consent_at = self.app.now()

    @property
    def consent_version(self) -> str:
        return CONSENT_VERSION

    # -- registration ---------------------------------------------------------------
    def set_field(self, field: str, value: Any) -> str | None:
        """Keep a typed value and return its error code, if any, as the donor types.

        An empty field shows no error while typing; required fields are checked
        by `page_errors` when the donor wants to go on.
        """
        if field not in FIELDS:
            raise KeyError(field)
        self.fields[field] = value
        if value is None or (isinstance(value, str) and not clean(value)):
            return None
        return self._errors().get(field)

    def _errors(self) -> dict[str, str]:
        """The domain's codes for what is typed so far. "Empty" is dropped for a
        field that holds text: the domain asks for a whole name (first and last)
        and marks both halves, but the half already typed is not the problem."""
        from kiosk.domain.validation import donor_details

        _details, errors = donor_details({**self.fields, "language": self.language}, self.app.today())
        return {f: code for f, code in errors.items() if not (code.endswith(".empty") and self._filled(f))}

    def _filled(self, field: str) -> bool:
        value = self.fields.get(field)
        return value is not None and not (isinstance(value, str) and not clean(value))

    def field_errors(self, fields: tuple[str, ...]) -> dict[str, str | None]:
        """The codes of `fields` now, as they would show while typing (no
        "empty" for a field not filled yet): refreshes the other fields of a page
        when one changes."""
        errors = self._errors()
        return {f: (errors.get(f) if self._filled(f) else None) for f in fields}

    def page_errors(self, page: str) -> dict[str, str]:
        """Errors of one registration page; for the contact page, a CIN that is
        already registered too (the donor should have said "I gave before")."""
        fields = PAGES[page]
        errors = {f: code for f, code in self._errors().items() if f in fields}
        if page == "contact" and "cin" not in errors and clean(str(self.fields.get("cin") or "")):
            from kiosk.domain.validation import cin
            from kiosk.storage import registration

            with self.app.db.read() as session:
                if registration.find_by_cin(session, cin(self.fields["cin"])) is not None:
                    errors["cin"] = "cin.taken"
        return errors

    def registration_pages(self) -> tuple[str, ...]:
        """The pages in order: the name in the script of the donor's language
        first (required), the other script after (optional)."""
        arabic_first = language(self.language).names == "arabic"
        names = ("names_ar", "names_latin") if arabic_first else ("names_latin", "names_ar")
        return (*names, "about", "contact", "blood")

    def details(self):
        from kiosk.domain.validation import donor_details

        details, errors = donor_details({**self.fields, "language": self.language}, self.app.today())
        if details is None:
            raise FlowError("registration.incomplete", errors=errors)
        return details

    def finish_registration(self) -> None:
        details = self.details()
        self.sex, self.birth_date = details.sex, details.birth_date
        self.first_time, self.history = True, ()

    # -- questionnaire ----------------------------------------------------------------
    def questions(self) -> tuple[Question, ...]:
        return self.pack.questions_for(self.sex, self.first_time)

    def answer(self, question_id: str, value: Any) -> None:
        self.answers[question_id] = value

    def earliest_for(self, question: Question) -> date | None:
        """The first day on which a dated event still matters today."""
        return question.earliest(self.app.today())

    def months_for(self, question: Question) -> list[tuple[int, int]]:
        """(year, month) a donor may pick for a dated event, newest first: from this
        month back to the month of `earliest_for`. An event before that day
        ("before …, or never") is no answer at all."""
        today = self.app.today()
        earliest = question.earliest(today) or today
        months = []
        year, month = today.year, today.month
        while (year, month) >= (earliest.year, earliest.month):
            months.append((year, month))
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        return months

    def month_answer(self, year: int, month: int) -> date:
        """The date recorded for "in <month> <year>": the LAST day of that month
        (or today for this month). A donor who had dental care "in October" may
        have had it on the 31st; taking the 1st would end the deferral up to a
        month early, which is the unsafe side for the blood supply."""
        from kiosk.domain.eligibility import month_answer

        return month_answer(year, month, self.app.today())

    def profile(self):
        from kiosk.domain.eligibility import DonorProfile, Sex

        return DonorProfile(sex=Sex(self.sex), birth_date=self.birth_date, first_time=self.first_time)

    def assess(self, answers: dict[str, Any] | None = None) -> Assessment:
        from kiosk.domain.eligibility import assess

        return assess(
            self.pack, self.app.today(), self.profile(), self.history, self.answers if answers is None else answers
        )

    # -- before the questions ----------------------------------------------------------
    def precheck(self) -> Result | None:
        """A result before any question, when the questions cannot change it:
        already in today's queue, a deferral still holding, or the profile alone
        (age, the interval since the last donation) defers. The last case is
        recorded at once (`submit` with no answers): the donor is told when to
        come back instead of answering questions for nothing."""
        from kiosk.storage import campaigns, registration

        today = self.app.today()
        if self.donor_id is not None:
            with self.app.db.read() as session:
                campaign = campaigns.active_campaign(session)
                if campaign is None:
                    return Result("closed")
                visit = registration.open_visit_today(session, self.donor_id, campaign.id, today)
                if visit is not None:
                    return Result("already_queued", ticket=visit.ticket, visit_id=visit.id)
                deferral = registration.active_deferral(session, self.donor_id, today)
                if deferral is not None:
                    self.result = _held(deferral.until, deferral.permanent)
                    return self.result
        early = self.assess({})
        if early.outcome.value in ("deferred", "permanent"):
            return self.submit()
        return None

    # -- send ------------------------------------------------------------------------------
    def submit(self) -> Result:
        """Register (or record the renewed consent), pre-screen and join the queue,
        in one transaction. Raises FlowError("cin.taken") for a CIN registered meanwhile."""
        from kiosk.domain.eligibility import stored_answers
        from kiosk.domain.staff import Actor
        from kiosk.domain.visits import VisitRefused
        from kiosk.storage import campaigns, print_jobs, queue, registration
        from kiosk.storage.models import Donor

        if self.consent_at is None:
            raise FlowError("consent.missing")
        details = None if self.returning else self.details()
        assessment = self.assess()
        answers = stored_answers(self.pack, self.answers, assessment)
        today, now = self.app.today(), self.app.now()
        try:
            with self.app.db.write() as session:
                campaign = campaigns.active_campaign(session)
                if campaign is None:
                    raise VisitRefused("campaign.closed")
                if details is None:
                    donor = session.get(Donor, self.donor_id)
                    registration.record_consent(donor, CONSENT_VERSION, self.consent_at)
                else:
                    donor = registration.create_donor(session, details, CONSENT_VERSION, self.consent_at)
                    session.flush()
                visit = queue.join_queue(
                    session,
                    campaign,
                    donor,
                    today,
                    actor=Actor.station_only(self.app.station),
                    now=now,
                    outcome=assessment.outcome.value,
                    until=assessment.until,
                    reasons=list(assessment.reasons),
                    pack=assessment.pack,
                    answers=answers,
                    needs_staff=self.needs_staff,
                )
                if visit.ticket is None:
                    kind = "deferred" if assessment.outcome.value == "deferred" else "permanent"
                    result = Result(
                        kind,
                        outcome=assessment.outcome.value,
                        until=assessment.until,
                        visit_id=visit.id,
                        assessment=assessment,
                    )
                else:
                    place = queue.position(session, visit) or 1
                    wait = estimate_wait(
                        place,
                        queue.active_booths(session, campaign.id, today, now),
                        queue.recent_service_minutes(session, campaign.id, today),
                    )
                    # The ticket's print job commits with its visit; the print queue runs it after.
                    job = print_jobs.create_job(
                        session,
                        print_jobs.TICKET,
                        station=self.app.station,
                        lang=self.language,
                        now=now,
                        visit_id=visit.id,
                    )
                    result = Result(
                        "ticket",
                        outcome=assessment.outcome.value,
                        ticket=visit.ticket,
                        people_ahead=place - 1,
                        wait_minutes=wait,
                        visit_id=visit.id,
                        print_job_id=job.id,
                        assessment=assessment,
                    )
                donor_id = donor.id
        except VisitRefused as refused:
            result = self._refused(refused)
        else:
            self.donor_id = donor_id
        self.result = result
        log.info("kiosk result %s (outcome %s)", result.kind, result.outcome)
        return result

    @staticmethod
    def _refused(refused) -> Result:
        detail = refused.detail
        if refused.code == "already_queued":
            return Result("already_queued", ticket=detail.get("ticket"))
        if refused.code == "campaign.closed":
            return Result("closed")
        if refused.code == "donor.deferred":
            return _held(detail.get("until"), bool(detail.get("permanent")))
        raise FlowError(refused.code) from None

    def result_message(self, result: Result, lang: str, format_date) -> str:
        """What the rule pack tells the donor about `result`, in `lang`: when to come
        back, or to see the nurse, never why. `format_date(day, lang)` writes dates."""
        texts = self.pack.texts
        if result.kind == "deferred" and result.until is not None:
            return texts["deferred_until"].of(lang).format(date=format_date(result.until, lang))
        if result.kind in ("deferred", "permanent"):
            return texts[result.kind].of(lang)
        return texts.get(result.outcome or "eligible", texts["eligible"]).of(lang)

    # -- help ------------------------------------------------------------------------------
    def request_staff(self) -> None:
        """The donor asked for help: their ticket is flagged or, before they have
        one, this kiosk is; every nurse station shows it at once. The check-in
        carries the flag too."""
        from kiosk.domain.staff import Actor
        from kiosk.storage import campaigns, queue

        self.needs_staff = True
        visit_id = self.result.visit_id if self.result and self.result.ticket is not None else None
        with self.app.db.write() as session:
            campaign = campaigns.active_campaign(session)
            if campaign is not None:
                queue.ask_for_staff(
                    session,
                    campaign.id,
                    self.app.today(),
                    actor=Actor.station_only(self.app.station),
                    now=self.app.now(),
                    visit_id=visit_id,
                )
