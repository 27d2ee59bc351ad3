"""One donor's way through the kiosk, as plain state and operations (no Qt:
tests drive it without a QApplication; kiosk.ui.kiosk_station shows it).

The screens are thin views over this object: they show what it holds and call
its methods on a tap. It holds what the donor chose and typed so far (language,
path, registration fields, answers), the step they are on (`Step`), and calls
the domain and storage inside one database session per user action. Every
transition returns the next `Step`: the order of the screens lives here, the
window only shows the screen of a step.

The registration, the consent, the visit with its ticket and the ticket's
print job (kiosk.storage.print_jobs) are written in ONE transaction at "send"
(`write_check_in`, which touches no flow state: the window runs it on a worker
thread); the screens show a ticket only from the `Result` returned after that commit,
so a power cut can lose an unsent registration but never leaves a ticket shown
without its donor, nor a donor without the ticket they saw.

The kiosk is public. A CIN or a card alone reveals nothing: the birth date is
asked next, and only when both match a donor is a masked name shown; a wrong
pair says "the details do not match", the same whether the CIN exists or not,
and each CIN or card gets `MAX_TRIES` wrong pairs per kiosk session. The age is
checked as soon as the birth date is given: someone too young is thanked and
nothing of theirs is stored. `reset()` forgets everything typed: the next
person must find nothing of the previous one.
"""

from __future__ import annotations

import logging
import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from kiosk.app import CONSENT_VERSION, App
from kiosk.domain.text import clean
from kiosk.i18n import language

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kiosk.domain.eligibility import Assessment, DonorProfile, Pack, Question
    from kiosk.domain.eligibility import Donation as PastDonation
    from kiosk.domain.eligibility import Step as QuestionStep
    from kiosk.domain.validation import DonorDetails
    from kiosk.domain.visits import VisitRefused
    from kiosk.storage.models import Donor

log = logging.getLogger(__name__)


class Step(Enum):
    """A screen of the kiosk, in the order a donor meets them. The value is the
    screen's name (logs, screenshots, the window's `shown` signal)."""

    WELCOME = "welcome"
    PATH = "path"
    CARD = "card"
    CIN = "cin"
    BIRTH_DATE = "birth_date"
    CONFIRM = "confirm"
    NOT_MATCHED = "not_matched"
    CONSENT = "consent"
    NAMES_AR = "register_names_ar"
    NAMES_LATIN = "register_names_latin"
    ABOUT = "register_about"
    CONTACT = "register_contact"
    BLOOD = "register_blood"
    QUESTION = "question"
    REVIEW = "review"
    SENDING = "sending"
    TICKET = "ticket"
    DEFERRED = "deferred"
    MESSAGE = "message"


PATHS = ("card", "cin", "new")
CARD_PREFIX = "QC:"
# A CIN or card with this many wrong birth dates is refused for the rest of the kiosk session.
MAX_TRIES = 3
# Registration pages (their steps) and the fields each one shows, in order. The
# birth date is asked before them, on its own step.
PAGES: dict[Step, tuple[str, ...]] = {
    Step.NAMES_AR: ("first_name_ar", "last_name_ar"),
    Step.NAMES_LATIN: ("first_name_latin", "last_name_latin"),
    Step.ABOUT: ("sex",),
    Step.CONTACT: ("cin", "phone", "city"),
    Step.BLOOD: ("blood_group",),
}
FIELDS = (*(f for page in PAGES.values() for f in page), "birth_date")
RESULT_STEPS = frozenset({Step.TICKET, Step.DEFERRED, Step.MESSAGE})


class FlowError(Exception):
    """Something the donor must be told, as a code for kiosk.ui.messages."""

    def __init__(self, code: str, **detail: Any):
        super().__init__(code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Masked:
    """What a returning donor is shown to confirm it is them, once the birth date
    matched: a masked name ("S…a B."), never the record; one per alphabet the
    donor registered, so that it follows a switch of language."""

    arabic: str
    latin: str

    def name(self, lang: str) -> str:
        """In the alphabet of `lang` when the donor gave their name in it, else the other."""
        arabic_first = language(lang).names == "arabic"
        first, other = (self.arabic, self.latin) if arabic_first else (self.latin, self.arabic)
        return first or other


@dataclass(frozen=True)
class Result:
    """What the kiosk tells the donor at the end, built only after the commit returned
    (or, for "too young" and "refused", when nothing is to be stored).

    kind: "ticket" (eligible or refer), "deferred", "permanent",
    "already_queued", "closed", "refused" (consent refused).
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


@dataclass(frozen=True)
class CheckIn:
    """What "send" writes, taken from the flow when the donor taps it: the write
    (`write_check_in`) can then run on a worker thread without touching the flow."""

    station: str
    donor_id: int | None  # a returning donor; None: `details` are registered
    details: DonorDetails | None
    consent_at: datetime
    assessment: Assessment
    answers: dict[str, Any]
    language: str
    needs_staff: bool


def card_token(scanned: str) -> str:
    """The opaque token from what a card's QR gave the scanner: `QC:<token>` or the bare token."""
    text = clean(scanned)
    if text.upper().startswith(CARD_PREFIX):
        text = text[len(CARD_PREFIX) :]
    return text.strip()


def _letters(text: str) -> list[str]:
    """The letters of a name, without vowel marks or separators."""
    return [c for c in text if unicodedata.category(c).startswith("L")]


def mask_name(first: str, last: str | None) -> str:
    """ "Salma Benjelloun" → "S…a B.": enough for the donor to recognise, too little to learn a name."""
    letters = _letters(first)
    if not letters:
        return ""
    shown = letters[0] + "\u2026" + (letters[-1] if len(letters) > 2 else "")
    initial = _letters(last or "")[:1]
    return f"{shown} {initial[0]}." if initial else shown


def masked(donor: Donor) -> Masked:
    return Masked(
        mask_name(donor.first_name_ar or "", donor.last_name_ar),
        mask_name(donor.first_name_latin or "", donor.last_name_latin),
    )


def _held(until: date | None, permanent: bool) -> Result:
    """A deferral already on the donor's record: the date to come back, or (none
    yet, or permanent) the nurse to see. Never the reason."""
    kind = "permanent" if permanent else "deferred"
    return Result(kind, outcome=kind, until=None if permanent else until)


class KioskFlow:
    """One kiosk's donor, from the path chosen to the result; `step` is the screen shown."""

    def __init__(self, app: App, pack: Pack | None = None):
        self.app = app
        self._pack = pack
        self.language = "ar"
        # Wrong CIN (or card) and birth-date pairs in this kiosk session, by salted
        # hash: the count outlives `reset()`, the CIN itself is not kept.
        self._salt = os.urandom(16)
        self._wrong: dict[str, int] = {}
        self.staff_call: int | None = None  # this session's call for staff (kiosk.storage.staff_calls)
        self.reset()

    # -- state ------------------------------------------------------------------
    def reset(self) -> None:
        """Forget the donor: everything typed, chosen or answered; back to the welcome."""
        self.step = Step.WELCOME
        self.path: str | None = None
        self.card: str | None = None  # the scanned token, until the birth date confirms it
        self.donor_id: int | None = None
        self.masked: Masked | None = None
        self.fields: dict[str, Any] = {}
        self.consent_at: datetime | None = None
        self.sex: str | None = None
        self.birth_date: date | None = None
        self.first_time = True
        self.history: tuple[PastDonation, ...] = ()
        self.answers: dict[str, Any] = {}
        self.needs_staff = False
        self.result: Result | None = None
        self.refused_identity = False  # too many wrong birth dates for this CIN or card
        self.pages: tuple[Step, ...] = ()
        self.asked: tuple[QuestionStep, ...] = ()  # question screens: one question, or a group
        self.question_index = 0
        self.reviewing = False

    @property
    def pack(self) -> Pack:
        if self._pack is None:
            from kiosk.domain.eligibility import default_pack

            self._pack = default_pack()
        return self._pack

    @property
    def returning(self) -> bool:
        return self.donor_id is not None

    def _to(self, step: Step) -> Step:
        self.step = step
        return step

    def start(self) -> Step:
        """The donor chose a language on the welcome screen."""
        return self._to(Step.PATH)

    def choose_path(self, path: str) -> Step:
        """A card, a CIN, or a first donation (which starts with the birth date)."""
        if path not in PATHS:
            raise ValueError(path)
        self.reset_donor()
        self.path = path
        return self._to({"card": Step.CARD, "cin": Step.CIN, "new": Step.BIRTH_DATE}[path])

    def reset_donor(self) -> None:
        keep = self.needs_staff
        self.reset()
        self.needs_staff = keep

    # -- identification -----------------------------------------------------------
    def identify_card(self, scanned: str) -> Step:
        """A card was scanned: the birth date comes next. FlowError("card.unknown")
        for a card no donor holds (a card is a random token: this says nothing of anyone)."""
        from kiosk.storage import registration

        token = card_token(scanned)
        if not token:
            raise FlowError("card.unknown")
        with self.app.db.read() as session:
            if registration.find_by_card(session, token) is None:
                raise FlowError("card.unknown")
        self.card = token
        return self._to(Step.BIRTH_DATE)

    def identify_cin(self, text: str) -> Step:
        """A CIN was typed: it is only kept (nothing is looked up) and the birth
        date comes next. Raises `Invalid` when the text is not a CIN."""
        from kiosk.domain import validation

        self.fields["cin"] = validation.cin(text)
        return self._to(Step.BIRTH_DATE)

    def enter_birth_date(self, value: date | None) -> Step:
        """The birth date, checked at once: too young, and the visit ends here with
        nothing stored; on the card or CIN path, the second factor. Raises `Invalid`
        for a date that cannot be a birth date."""
        from kiosk.domain import validation

        if value is None:
            raise validation.Invalid("birth_date.empty")
        value = validation.birth_date(value, self.app.today())
        self.fields["birth_date"] = value
        until = self.too_young_until(value)
        if until is not None:
            log.info("kiosk: too young to give, nothing stored")
            self.result = Result("deferred", outcome="deferred", until=until)
            return self._to(Step.DEFERRED)
        if self.path == "new":
            return self._to(Step.CONSENT)
        return self._match(value)

    def too_young_until(self, birth: date) -> date | None:
        """The day from which someone born on `birth` may give, when the pack's age
        rule says they are too young today; None otherwise."""
        from kiosk.domain.eligibility import DonorProfile, Outcome, RuleType, Sex, assess

        today = self.app.today()
        age_rules = {rule.id for rule in self.pack.rules if rule.type is RuleType.AGE}
        days = []
        for sex in Sex:  # the age rule may differ by sex, which is not known yet
            found = assess(self.pack, today, DonorProfile(sex=sex, birth_date=birth, first_time=True))
            days += [
                r.until
                for r in found.details
                if r.rule in age_rules and r.outcome is Outcome.DEFERRED and r.until is not None and r.until > today
            ]
        return min(days) if days else None

    def _key(self, cin: str | None = None) -> str:
        """The salted hash that counts wrong tries for the card or CIN given (or
        `cin`, typed on the registration's contact page: the same count)."""
        import hashlib  # loads OpenSSL: not before the first paint

        if cin is not None:
            what = f"cin:{cin}"
        else:
            what = f"card:{self.card}" if self.path == "card" else f"cin:{self.fields.get('cin')}"
        return hashlib.sha256(self._salt + what.encode()).hexdigest()

    def _match(self, birth: date) -> Step:
        """The donor with this card or CIN AND this birth date, or "the details do not match"."""
        from kiosk.storage import registration

        key = self._key()
        if self._wrong.get(key, 0) >= MAX_TRIES:
            self.refused_identity = True
            return self._to(Step.NOT_MATCHED)
        with self.app.db.read() as session:
            if self.path == "card" and self.card is not None:
                donor = registration.find_by_card_and_birth_date(session, self.card, birth)
            else:
                donor = registration.find_by_cin_and_birth_date(session, str(self.fields.get("cin")), birth)
            if donor is not None:
                self._take_donor(session, donor)
                return self._to(Step.CONFIRM)
        self._wrong[key] = self._wrong.get(key, 0) + 1
        self.refused_identity = self._wrong[key] >= MAX_TRIES
        log.info("kiosk: identity details do not match")
        return self._to(Step.NOT_MATCHED)

    def _take_donor(self, session: Session, donor: Donor) -> None:
        from kiosk.storage import registration

        self.donor_id = donor.id
        self.masked = masked(donor)
        self.sex, self.birth_date = donor.sex, donor.birth_date
        self.history = registration.donation_history(session, donor.id)
        self.first_time = not self.history

    def confirm_identity(self, yes: bool) -> Step:
        """ "Is this you?": on to the consent, or the masked identity is someone
        else's: forget it and start the identification again. Reached from the
        registration's contact page, the consent is given already: yes goes on
        to the questions, no back to that page (what was typed stays)."""
        if self.pages and self.step is Step.CONFIRM:
            if yes and self.returning:
                return self.start_questions()
            return self._forget_match()
        if yes and self.returning:
            return self._to(Step.CONSENT)
        path = self.path
        self.reset_donor()
        self.path = path
        return self._to(Step.CARD if path == "card" else Step.CIN)

    def _forget_match(self) -> Step:
        """Back to the registration's contact page, without the donor its CIN matched."""
        self.donor_id, self.masked, self.history, self.first_time = None, None, (), True
        self.sex, self.birth_date = self.fields.get("sex"), None
        return self._to(Step.CONTACT)

    def retry(self) -> Step:
        """ "The details do not match": try again (the CIN stays typed)."""
        path, cin = self.path, self.fields.get("cin")
        self.reset_donor()
        self.path = path
        if path == "cin" and cin:
            self.fields["cin"] = cin
        return self._to(Step.CARD if path == "card" else Step.CIN)

    def register_instead(self) -> Step:
        """A first donation after all: the CIN and the birth date typed are kept."""
        cin, birth = self.fields.get("cin") if self.path == "cin" else None, self.fields.get("birth_date")
        self.choose_path("new")
        if cin:
            self.fields["cin"] = cin
        if birth is None:
            return self._to(Step.BIRTH_DATE)
        self.fields["birth_date"] = birth
        return self._to(Step.CONSENT)

    # -- consent ------------------------------------------------------------------
    def accept_consent(self) -> None:
        """Remember when the notice was accepted; it is stored with the registration."""
        self.consent_at = self.app.now()

    def answer_consent(self, agreed: bool) -> Step:
        """Refused: a polite end, nothing stored. Accepted: the registration pages
        of a new donor, or the questions of a returning one."""
        if not agreed:
            self.result = Result("refused")
            return self._to(Step.MESSAGE)
        self.accept_consent()
        if self.returning:
            return self.start_questions()
        self.pages = self.registration_pages()
        return self._to(self.pages[0])

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

    def page_errors(self, page: Step) -> dict[str, str]:
        """Errors of one registration page, as typed (nothing is looked up: a
        registered CIN is `next_page`'s business)."""
        fields = PAGES[page]
        return {f: code for f, code in self._errors().items() if f in fields}

    def _registered_cin(self) -> Step | None:
        """Leaving the contact page with a CIN that is already registered, which
        is never registered twice. The birth date given before is the second
        factor, as on the CIN path: with it, its holder sees the masked name
        (`Step.CONFIRM`) and goes on as a returning donor. With another date,
        FlowError("cin.taken"), whose words for the donor ask to check the
        number or see staff and name no one; the wrong tries count with the
        CIN path's, and after MAX_TRIES only staff can help (`Step.NOT_MATCHED`).
        None for a CIN no one holds (or none typed)."""
        from kiosk.domain.validation import cin as valid_cin
        from kiosk.storage import registration

        typed, birth = self.fields.get("cin"), self.fields.get("birth_date")
        if not isinstance(typed, str) or not clean(typed) or not isinstance(birth, date):
            return None
        number = valid_cin(typed)
        key = self._key(number)
        if self._wrong.get(key, 0) >= MAX_TRIES:
            self.refused_identity = True
            return self._to(Step.NOT_MATCHED)
        with self.app.db.read() as session:
            if registration.find_by_cin(session, number) is None:
                return None
            donor = registration.find_by_cin_and_birth_date(session, number, birth)
            if donor is not None:
                self._take_donor(session, donor)
                return self._to(Step.CONFIRM)
        self._wrong[key] = self._wrong.get(key, 0) + 1
        log.info("kiosk: identity details do not match")
        if self._wrong[key] >= MAX_TRIES:
            self.refused_identity = True
            return self._to(Step.NOT_MATCHED)
        raise FlowError("cin.taken")

    def registration_pages(self) -> tuple[Step, ...]:
        """The pages in order: the name in the script of the donor's language
        first (required), the other script after (optional)."""
        arabic_first = language(self.language).names == "arabic"
        names = (Step.NAMES_AR, Step.NAMES_LATIN) if arabic_first else (Step.NAMES_LATIN, Step.NAMES_AR)
        return (*names, Step.ABOUT, Step.CONTACT, Step.BLOOD)

    def next_page(self) -> Step:
        """The page shown was filled in (the screen checked it): the next page, or
        the questions; from the contact page, a registered CIN's way (`_registered_cin`)."""
        if self.step is Step.CONTACT:
            registered = self._registered_cin()
            if registered is not None:
                return registered
        index = self.pages.index(self.step)
        if index + 1 < len(self.pages):
            return self._to(self.pages[index + 1])
        self.finish_registration()
        return self.start_questions()

    def details(self) -> DonorDetails:
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
        """The pack's questions for this donor (known once identified or registered)."""
        if self.sex is None:
            raise FlowError("registration.incomplete")
        return self.pack.questions_for(self.sex, self.first_time)

    def start_questions(self) -> Step:
        """The first question, or at once a result when the questions cannot change
        it (`precheck`), or the review when the pack asks nothing of this donor."""
        early = self.precheck()
        if early is not None:
            return self.show_result(early)
        self.asked = self.question_steps()
        self.reviewing = False
        self.question_index = 0
        return self._to(Step.QUESTION if self.asked else Step.REVIEW)

    def question_steps(self) -> tuple[QuestionStep, ...]:
        """The question screens for this donor: questions of one period share one."""
        if self.sex is None:
            raise FlowError("registration.incomplete")
        return self.pack.steps_for(self.sex, self.first_time)

    @property
    def question(self) -> QuestionStep:
        return self.asked[self.question_index]

    def answer(self, question_id: str, value: Any) -> None:
        self.answers[question_id] = value

    def answer_question(self, values: dict[str, Any]) -> Step:
        """The answers of the question screen shown (question id → value; a month
        picked as (year, month)): the next screen, or the review (at once when the
        donor came from the review to change one answer)."""
        for question_id, value in values.items():
            self.answer(question_id, self.month_answer(*value) if isinstance(value, tuple) else value)
        if self.reviewing or self.question_index + 1 >= len(self.asked):
            return self.review()
        self.question_index += 1
        return self._to(Step.QUESTION)

    def change_answer(self, index: int) -> Step:
        self.reviewing = True
        self.question_index = index
        return self._to(Step.QUESTION)

    def review(self) -> Step:
        self.reviewing = True
        return self._to(Step.REVIEW)

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

    def profile(self) -> DonorProfile:
        from kiosk.domain.eligibility import DonorProfile, Sex

        if self.sex is None or self.birth_date is None:
            raise FlowError("registration.incomplete")
        return DonorProfile(sex=Sex(self.sex), birth_date=self.birth_date, first_time=self.first_time)

    def assess(self, answers: dict[str, Any] | None = None) -> Assessment:
        from kiosk.domain.eligibility import assess

        return assess(
            self.pack, self.app.today(), self.profile(), self.history, self.answers if answers is None else answers
        )

    # -- going back -------------------------------------------------------------------------
    def back(self) -> Step:
        """The step before the one shown, as the donor came."""
        step = self.step
        if step is Step.PATH:
            self.reset()
            return self.step
        if step in (Step.CARD, Step.CIN):
            return self._to(Step.PATH)
        if step is Step.BIRTH_DATE:
            return self._to({"card": Step.CARD, "cin": Step.CIN}.get(self.path or "", Step.PATH))
        if step is Step.CONFIRM and self.pages:
            return self._forget_match()
        if step in (Step.CONFIRM, Step.NOT_MATCHED):
            return self.retry()
        if step is Step.CONSENT:
            return self._to(Step.CONFIRM if self.returning else Step.BIRTH_DATE)
        if step in self.pages:
            index = self.pages.index(step)
            return self._to(self.pages[index - 1] if index else Step.CONSENT)
        if step is Step.QUESTION:
            if self.reviewing:
                return self._to(Step.REVIEW)
            if self.question_index > 0:
                self.question_index -= 1
                return self._to(Step.QUESTION)
            return self._to(Step.CONSENT if self.returning or not self.pages else self.pages[-1])
        if step is Step.REVIEW:
            if not self.asked:
                return self._to(Step.CONSENT if self.returning or not self.pages else self.pages[-1])
            self.question_index = len(self.asked) - 1
            return self._to(Step.QUESTION)
        if step is Step.MESSAGE and self.consent_refused:
            self.result = None  # the notice to read again: the answer is asked anew
            return self._to(Step.CONSENT)
        return step  # a result: only "Finish" leaves it

    @property
    def consent_refused(self) -> bool:
        """The donor said no to the notice: they may still go back and read it."""
        return self.step is Step.MESSAGE and self.result is not None and self.result.kind == "refused"

    def revisit(self, page: Step) -> Step:
        """Back to a registration page to correct it (a CIN registered meanwhile)."""
        if page not in self.pages:
            raise ValueError(page)
        return self._to(page)

    def failed(self) -> Step:
        """The database failed during a tap: nothing was saved; the donor is sent to staff."""
        self.result = None
        return self._to(Step.MESSAGE)

    def show_result(self, result: Result) -> Step:
        """The step that shows `result`."""
        self.result = result
        if result.kind == "ticket":
            return self._to(Step.TICKET)
        if result.kind in ("deferred", "permanent"):
            return self._to(Step.DEFERRED)
        return self._to(Step.MESSAGE)

    # -- before the questions ----------------------------------------------------------
    def precheck(self) -> Result | None:
        """A result before any question, when the questions cannot change it:
        already in today's queue, a deferral still holding, or the profile alone
        (age, the interval since the last donation) defers. The last case is
        recorded at once (`submit` with no answers): the donor is told when to
        come back instead of answering questions for nothing. Only after the
        birth date matched: a CIN alone never tells whether someone is queued
        or deferred."""
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
        check_in = self.check_in()
        return self.checked_in(*write_check_in(self.app, check_in))

    def check_in(self) -> CheckIn:
        """What `submit` writes, as the donor left it (the answers assessed now)."""
        from kiosk.domain.eligibility import stored_answers

        if self.consent_at is None:
            raise FlowError("consent.missing")
        details = None if self.returning else self.details()
        assessment = self.assess()
        return CheckIn(
            station=self.app.station,
            donor_id=self.donor_id,
            details=details,
            consent_at=self.consent_at,
            assessment=assessment,
            answers=stored_answers(self.pack, self.answers, assessment),
            language=self.language,
            needs_staff=self.needs_staff,
        )

    def sending(self) -> Step:
        """The donor tapped "send": the check-in is being written."""
        return self._to(Step.SENDING)

    def checked_in(self, result: Result, donor_id: int | None) -> Result:
        """The check-in's transaction returned `result`: the flow holds it (and a
        new donor's id)."""
        if donor_id is not None:
            self.donor_id = donor_id
        self.result = result
        log.info("kiosk result %s (outcome %s)", result.kind, result.outcome)
        return result

    def result_message(self, result: Result, lang: str, format_date: Callable[[date, str], str]) -> str:
        """What the rule pack tells the donor about `result`, in `lang` and in the
        donor's gender: when to come back, or to see the medical team.
        `format_date(day, lang)` writes dates."""
        from kiosk.domain.eligibility import say

        texts, sex = self.pack.texts, self.sex
        if result.kind == "deferred" and result.until is not None:
            return say(texts["deferred_until"], lang, sex).format(date=format_date(result.until, lang))
        if result.kind in ("deferred", "permanent"):
            return say(texts[result.kind], lang, sex)
        return say(texts.get(result.outcome or "eligible", texts["eligible"]), lang, sex)

    def result_notes(self, result: Result, lang: str, format_date: Callable[[date, str], str]) -> list[str]:
        """Under the message: a deferred donor's reasons in general words, each with
        its date (none for a sensitive rule); with a ticket, the advice."""
        from kiosk.domain.eligibility import advice_lines, reason_lines

        if result.assessment is None:
            return []
        if result.kind == "deferred":
            return reason_lines(self.pack, result.assessment, lang, self.sex, format_date)
        if result.kind == "ticket":
            return advice_lines(self.pack, result.assessment, lang, self.sex)
        return []

    # -- help ------------------------------------------------------------------------------
    def request_staff(self) -> int:
        """The donor asked for help: a call from this kiosk (by its station name)
        that every nurse station shows at once; a ticket already given is flagged
        too, and a check-in to come carries the flag. Returns the call's id; the
        kiosk follows its state with `staff_call_state`."""
        from kiosk.domain.staff import Actor
        from kiosk.storage import campaigns, queue, staff_calls

        self.needs_staff = True
        visit_id = self.result.visit_id if self.result and self.result.ticket is not None else None
        now, today = self.app.now(), self.app.today()
        with self.app.db.write() as session:
            campaign = campaigns.active_campaign(session)
            if campaign is not None and visit_id is not None:
                queue.ask_for_staff(
                    session,
                    campaign.id,
                    today,
                    actor=Actor.station_only(self.app.station),
                    now=now,
                    visit_id=visit_id,
                )
            found = staff_calls.call(
                session, self.app.station, campaign.id if campaign else None, today, now=now, visit_id=visit_id
            )
            self.staff_call = found.id
        return found.id

    def staff_call_state(self) -> str | None:
        """Called (nobody answered yet), coming (a nurse is on the way), ended; None without a call."""
        from kiosk.storage import staff_calls

        if self.staff_call is None:
            return None
        with self.app.db.read() as session:
            return staff_calls.state_of(session, self.staff_call)

    def end_staff_calls(self) -> None:
        """The donor's session at this kiosk ended (or the kiosk started): its
        calls leave the nurse screens."""
        from kiosk.storage import staff_calls

        self.staff_call = None
        with self.app.db.write() as session:
            staff_calls.end_session(session, self.app.station, now=self.app.now())

    def end_earlier_staff_calls(self, started: datetime) -> None:
        """At the kiosk's start: calls left open by its sessions before `started`
        (a restart, a crash, a power cut) end; nobody is waiting there any more."""
        from kiosk.storage import staff_calls

        with self.app.db.write() as session:
            staff_calls.end_session(session, self.app.station, now=self.app.now(), before=started)


def write_check_in(app: App, check_in: CheckIn) -> tuple[Result, int | None]:
    """Register (or record the renewed consent), pre-screen and join the queue, in
    one transaction; returns the result and the donor's id (None when refused).
    Touches no flow: it may run on a worker thread. Raises FlowError("cin.taken")
    for a CIN registered meanwhile."""
    from kiosk.domain.documents import TICKET
    from kiosk.domain.staff import Actor
    from kiosk.domain.visits import VisitRefused
    from kiosk.storage import campaigns, print_jobs, queue, registration
    from kiosk.storage.models import Donor

    assessment, details = check_in.assessment, check_in.details
    today, now = app.today(), app.now()
    try:
        with app.db.write() as session:
            campaign = campaigns.active_campaign_days(session)  # its days alone: no texts to decode
            if campaign is None:
                raise VisitRefused("campaign.closed")
            if details is None:
                donor = session.get_one(Donor, check_in.donor_id)
                registration.record_consent(donor, CONSENT_VERSION, check_in.consent_at)
            else:
                donor = registration.create_donor(session, details, CONSENT_VERSION, check_in.consent_at)
            visit = queue.join_queue(
                session,
                campaign,
                donor,
                today,
                actor=Actor.station_only(check_in.station),
                now=now,
                outcome=assessment.outcome.value,
                until=assessment.until,
                reasons=list(assessment.reasons),
                pack=assessment.pack,
                answers=check_in.answers,
                needs_staff=check_in.needs_staff,
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
                wait = queue.wait_of(session, visit, now)
                assert wait is not None  # a visit just queued with a ticket is waiting
                # The ticket's print job commits with its visit; the print queue runs it after.
                job = print_jobs.create_job(
                    session,
                    TICKET,
                    station=check_in.station,
                    lang=check_in.language,
                    now=now,
                    visit_id=visit.id,
                )
                result = Result(
                    "ticket",
                    outcome=assessment.outcome.value,
                    ticket=visit.ticket,
                    people_ahead=wait.ahead,
                    wait_minutes=wait.minutes,
                    visit_id=visit.id,
                    print_job_id=job.id,
                    assessment=assessment,
                )
            donor_id = donor.id
    except VisitRefused as refused:
        return refused_result(refused), None
    return result, donor_id


def refused_result(refused: VisitRefused) -> Result:
    """What the donor is told when joining the queue was refused (FlowError when
    the refusal is not one the kiosk words as a result)."""
    detail = refused.detail
    if refused.code == "already_queued":
        ticket = detail.get("ticket")
        return Result("already_queued", ticket=ticket if isinstance(ticket, int) else None)
    if refused.code == "campaign.closed":
        return Result("closed")
    if refused.code == "donor.deferred":
        until = detail.get("until")
        return _held(until if isinstance(until, date) else None, bool(detail.get("permanent")))
    raise FlowError(refused.code) from None
