"""Rendering every screen of the flow to PNG through the real window and flow:
a demonstration database, a fixed time on the Khouribga campaign's first day,
and a printer that succeeds (or fails, for the "printing failed" screen)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QMessageLogContext,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kiosk.ui.printers.device import STOPPED, PrintFailure

if TYPE_CHECKING:
    from kiosk.app import App
    from kiosk.ui.kiosk_station.register import Choices, RegistrationPage
    from kiosk.ui.kiosk_station.window import KioskWindow

log = logging.getLogger(__name__)

# 2 December 2025, 10:42 at Place des Moujahidines (UTC+1).
DEMO_TIME = datetime(2025, 12, 2, 9, 42, tzinfo=UTC)
DEMO_CARD = "c7Hn2Qe9XaLr4Vt1Kp0sMw"
SALMA_BORN = date(1991, 5, 5)  # the demo card's holder
# The demo donors' first and last names in each alphabet of the registration.
FATIMA = {"ar": ("فاطمة", "الزهراء"), "latin": ("Fatima", "Zahra")}
YOUSSEF = {"ar": ("يوسف", "العلوي"), "latin": ("Youssef", "Alaoui")}


class DemoDevice:
    """A ticket printer that takes every ticket at once, or stops (`fail`)."""

    def __init__(self) -> None:
        self.fail = False

    def print_pdf(self, pdf: Path, printer: str, kind: str, title: str) -> None:
        if self.fail:
            raise PrintFailure(STOPPED, "paper jam (demonstration)", printer)


def seed(app: App) -> None:
    """A returning donor with a card, and a few donors already in the queue."""
    from kiosk.domain.validation import DonorDetails
    from kiosk.storage import campaigns, registration

    with app.db.write() as session:
        campaign = campaigns.active_campaign(session)
        assert campaign is not None, "the demonstration campaign is seeded with the database"
        donor = registration.create_donor(
            session,
            DonorDetails(
                sex="F",
                birth_date=SALMA_BORN,
                first_name_latin="Salma",
                last_name_latin="Benjelloun",
                first_name_ar="سلمى",
                last_name_ar="بنجلون",
                cin="BK123456",
                phone="+212612345642",
            ),
            "2025-10.1",
            app.now(),
        )
        donor.card_token = DEMO_CARD
        for i in range(6):
            waiting = registration.create_donor(
                session,
                DonorDetails(
                    sex="M",
                    birth_date=date(1980 + i, 1, 1),
                    first_name_latin="Demo",
                    last_name_latin=f"Donor{'abcdef'[i]}",
                    cin=f"Q{900000 + i}",
                ),
                "2025-10.1",
                app.now(),
            )
            session.flush()
            registration.check_in(
                session,
                campaign,
                waiting,
                app.today(),
                app.now(),
                outcome="eligible",
                until=None,
                reasons=[],
                pack="ma-amsd@1.0",
                answers={},
            )


def settle(seconds: float = 0.05) -> None:
    # A few rounds whatever the clock says: on a busy machine one round can outlast
    # `seconds`, and the events it posts (a relayout after a language switch) need the next.
    for _ in range(3):
        QCoreApplication.processEvents()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.005)


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the kiosk did not get there in time")
        QCoreApplication.processEvents()
        time.sleep(0.005)


def type_into(window: KioskWindow, text: str) -> None:
    """Type through the on-screen keyboard, as a donor would (switching to the
    other alphabet with its key when a letter is not on the layout shown)."""
    from kiosk.ui.keyboard import SHIFT, TO_ARABIC, TO_LATIN

    keyboard = window.keyboard
    for char in text:
        try:
            keyboard.key_rect(char)
        except KeyError:
            keyboard.press(TO_LATIN if keyboard.current == "arabic" else TO_ARABIC)
        if char.isupper() != keyboard.shifted and keyboard.current == "latin" and char.isalpha():
            keyboard.press(SHIFT)
        keyboard.press(char)


def _quiet(mode: QtMsgType, context: QMessageLogContext, text: str) -> None:
    """The offscreen platform warns on every window shown; nothing else is hidden."""
    if "propagateSizeHints" in text:
        return
    log.warning("Qt: %s", text)


def overflow(window: KioskWindow) -> str | None:
    """Why the screen shown now does not fit in the room it gets (text or buttons
    would be cut), or None. Word-wrapped labels count at the width they have."""
    screen = window.stack.currentWidget()
    layout = screen.layout() if screen is not None else None
    if screen is None or layout is None:
        return None
    need = screen.minimumSizeHint()
    height = layout.totalMinimumHeightForWidth(screen.width()) if layout.hasHeightForWidth() else need.height()
    if need.width() > screen.width() or max(need.height(), height) > screen.height():
        return (
            f"{window.current}: needs {need.width()}x{max(need.height(), height)}, "
            f"has {screen.width()}x{screen.height()}"
        )
    return None


def render_all(
    out: Path,
    data_dir: Path,
    *,
    langs: list[str],
    only: list[str] | None = None,
    size: tuple[int, int] = (1280, 800),
    quiet: bool = True,
) -> tuple[list[Path], list[str]]:
    """Render the screens; returns the files written and the screens that did not fit.
    `quiet`: Qt's messages go to the log (the command); tests keep Qt's own handling."""
    from kiosk.app import App
    from kiosk.i18n.qt import LanguageSwitch
    from kiosk.kiosk_flow import MAX_TRIES, Step
    from kiosk.ui.kiosk_station.result import PRINT_FAILED, PRINTING
    from kiosk.ui.kiosk_station.window import KioskWindow
    from kiosk.ui.qtapp import create_application

    out.mkdir(parents=True, exist_ok=True)
    previous_handler = qInstallMessageHandler(_quiet) if quiet else None
    qapp = create_application(["kiosk"])
    locale, direction = QLocale(), qapp.layoutDirection()
    switch = LanguageSwitch(qapp)
    switch.set_language("ar")
    app = App(f"sqlite:///{data_dir / 'demo.db'}", clock=lambda: DEMO_TIME)
    app.open()
    seed(app)
    from kiosk.station_settings import StationSettings
    from kiosk.ui.printers import PrintQueue

    printer = DemoDevice()
    queue = PrintQueue(
        app, app.station, StationSettings(printers=MappingProxyType({"ticket": "demo-ticket-printer"})), device=printer
    )
    window = KioskWindow(app, switch, app.campaign(), connect=False, print_queue=queue, idle_ms=3_600_000)
    window.resize(*size)
    window.show()
    window.connect_database()
    written: list[Path] = []
    overflows: list[str] = []

    def shot(name: str) -> None:
        if only and not any(o in name for o in only):
            return
        settle()
        problem = overflow(window)
        if problem:
            overflows.append(f"{name}-{lang}: {problem}")
        path = out / f"{name}-{lang}.png"
        window.grab().save(str(path))
        written.append(path)

    def wait_printed() -> None:
        wait_for(lambda: window.screens.ticket.printing != PRINTING)

    screens = window.screens
    for index, lang in enumerate(langs):
        window.reset()
        switch.set_language(lang)
        shot("welcome")
        window.choose_language(lang)
        shot("path")
        window.choose_path("card")
        shot("card")
        window.card_scanned("QC:no-such-card")  # a card this campaign does not know
        shot("card_error")
        window.card_scanned(DEMO_CARD)
        window.birth_date_entered()  # nothing picked: the screen says what is missing
        shot("birth_date_error")
        screens.birth_date.picker.set_value(SALMA_BORN)
        shot("birth_date")
        window.birth_date_entered()
        shot("confirm")
        window.identity_confirmed(True)
        shot("consent")

        # A CIN whose birth date does not match (or that nobody registered: the same screen).
        window.reset()
        window.choose_language(lang)
        window.choose_path("cin")
        type_into(window, "JAB4")
        window.cin_entered()  # not a CIN: the screen says what one looks like
        shot("cin_error")
        screens.cin.field.clear()
        type_into(window, f"JA{440000 + index}")
        shot("cin")
        window.cin_entered()
        screens.birth_date.picker.set_value(date(1994, 3, 14))
        window.birth_date_entered()
        shot("not_matched")
        for _ in range(MAX_TRIES - 1):  # the same CIN again and again: a staff member must help
            window.retry()
            window.cin_entered()
            screens.birth_date.picker.set_value(date(1994, 3, 14))
            window.birth_date_entered()
        shot("not_matched_refused")

        # Fourteen years old: thanked, told when to come back, nothing stored.
        window.reset()
        window.choose_language(lang)
        window.choose_path("new")
        screens.birth_date.picker.set_value(date(2011, 6, 15))
        window.birth_date_entered()
        shot("too_young")

        # A first-time donor: the whole registration.
        window.reset()
        window.choose_language(lang)
        window.choose_path("new")
        screens.birth_date.picker.set_value(date(1994, 3, 14))
        window.birth_date_entered()
        window.consent_answered(True)
        first = window.flow.pages[0]
        page = screens.pages[first]
        script, other = ("ar", "latin") if first is Step.NAMES_AR else ("latin", "ar")
        type_into(window, FATIMA[other][0])  # letters of the other alphabet: the error shows
        shot("register_error")
        _line(page, f"first_name_{script}").clear()
        type_into(window, FATIMA[script][0])
        last_name = _line(page, f"last_name_{script}")
        last_name.setFocus()
        window.keyboard.attach(last_name)
        type_into(window, FATIMA[script][1])
        shot("register_names")
        window.page_forward(first)
        window.page_forward(window.flow.pages[1])
        _choices(screens.about, "sex").choices["F"].click()
        shot("register_about")
        window.page_forward(Step.ABOUT)
        contact = screens.contact
        phone = _line(contact, "phone")
        phone.setFocus()
        window.keyboard.attach(phone)
        type_into(window, "0661234567")
        shot("register_contact")
        contact.show_error("cin", "cin.taken")  # someone else's CIN: words that name no one
        shot("register_cin_check")
        contact.show_error("cin", None)
        window.page_forward(Step.CONTACT)
        _choices(screens.blood, "blood_group").choices["O+"].click()
        shot("register_blood")
        window.page_forward(Step.BLOOD)
        shot("question_yes_no")
        screen = screens.question
        for step in window.flow.asked:
            if step.id == "last_6_months":
                shot("question_group")
                screen.yes.click()
                screen.choice_for("tattoo_piercing").click()
                screen.choice_for("malaria_travel").click()
                shot("question_which")
                screen.which_ok.click()
                shot("question_date")
                screen.go_back()
                screen.go_back()
                screen.go_back()
            if step.sensitive and not (out / f"question_sensitive-{lang}.png").exists():
                shot("question_sensitive")
            screen.no.click()
        shot("review")
        overlay = window.idle_overlay
        assert overlay is not None
        overlay.start()
        overlay.left_ms = 7_000
        overlay.translate_ui()
        shot("countdown")
        overlay.stop()
        window.send()
        wait_printed()
        shot("ticket_eligible")
        screens.ticket.set_printing(PRINT_FAILED)  # what the same donor reads when the printer stops
        shot("ticket_eligible_print_failed")
        window.call_staff()  # "call a staff member": called, then a nurse is on the way
        shot("help_called")
        _answer_call(app, window)
        shot("help_coming")

        # Returning donor by card who takes a medicine: refer, once with the printer
        # jammed, once printed (the visit is cancelled after each, so that she may take a new one).
        for jammed, name in ((True, "ticket_refer_print_failed"), (False, "ticket_refer")):
            window.reset()
            window.choose_language(lang)
            window.choose_path("card")
            window.card_scanned(DEMO_CARD)
            screens.birth_date.picker.set_value(SALMA_BORN)
            window.birth_date_entered()
            window.identity_confirmed(True)
            window.consent_answered(True)
            printer.fail = jammed
            screen = screens.question
            for step in window.flow.asked:
                if step.id == "today":
                    screen.yes.click()
                    screen.choice_for("medication").click()
                    screen.which_ok.click()
                else:
                    screen.no.click()
            window.send()
            wait_printed()
            shot(name)
            printer.fail = False
            result = window.flow.result
            assert result is not None and result.visit_id is not None
            _leave_today(app, result.visit_id)

        # A donor with recent dental care: deferred with the date to come back.
        window.reset()
        window.choose_language(lang)
        window.choose_path("new")
        screens.birth_date.picker.set_value(date(1988, 7, 21))
        window.birth_date_entered()
        window.consent_answered(True)
        first = window.flow.pages[0]
        names = screens.pages[first]
        script = "ar" if first is Step.NAMES_AR else "latin"
        for part, text in zip(("first_name", "last_name"), YOUSSEF[script], strict=True):
            _line(names, f"{part}_{script}").setText(text)
        window.page_forward(first)
        window.page_forward(window.flow.pages[1])
        _choices(screens.about, "sex").choices["M"].click()
        window.page_forward(Step.ABOUT)
        window.page_forward(Step.CONTACT)
        _choices(screens.blood, "blood_group").choices[""].click()  # "I don't know"
        window.page_forward(Step.BLOOD)
        screen = screens.question
        for step in window.flow.asked:
            if step.id == "last_6_months":
                screen.yes.click()
                screen.choice_for("dental_care").click()
                screen.choice_for("tattoo_piercing").click()
                screen.which_ok.click()
                screen.picker.buttons[1].click()  # dental care last month
                screen.picker.buttons[0].click()  # the tattoo this month
            else:
                screens.question.no.click()
        window.send()
        shot("deferred")

        window.reset()
        window.choose_language(lang)
        window.choose_path("new")
        screens.birth_date.picker.set_value(date(1988, 7, 21))
        window.birth_date_entered()
        window.consent_answered(False)
        shot("consent_refused")

    window.reset()
    window.close()
    app.close()
    # Leave the application as found (a test process goes on with it).
    for translator in switch.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)
    if quiet:
        qInstallMessageHandler(previous_handler)
    QApplication.processEvents()
    return written, overflows


def _line(page: RegistrationPage, field: str) -> QLineEdit:
    widget = page.widgets[field]
    assert isinstance(widget, QLineEdit), field
    return widget


def _choices(page: RegistrationPage, field: str) -> Choices:
    from kiosk.ui.kiosk_station.register import Choices

    widget: QWidget = page.widgets[field]
    assert isinstance(widget, Choices), field
    return widget


def _answer_call(app: App, window: KioskWindow) -> None:
    """A nurse presses "on my way" for the kiosk's call; the kiosk reads it at once."""
    from kiosk.domain.staff import Actor
    from kiosk.storage import staff_calls

    call_id = window.flow.staff_call
    assert call_id is not None  # window.call_staff() made it
    with app.db.write() as session:
        staff_calls.answer(session, call_id, actor=Actor("nurse-1", None, "nurse", "demo"), now=app.now())
    window._follow_staff_call()


def _leave_today(app: App, visit_id: int) -> None:
    """Take a demonstration visit out of the queue, as a nurse would (the donor left)."""
    from kiosk.domain.staff import Actor
    from kiosk.storage import queue

    with app.db.write() as session:
        queue.leave(session, visit_id, actor=Actor("screenshots", role="nurse", name="Demo"), now=app.now())
