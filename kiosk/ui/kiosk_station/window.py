"""The kiosk's one window: a header (help, language), a stack of screens, the
on-screen keyboard, and the panels over them (inactivity, staff PIN).

The window only shows: what the donor chose and typed, and the step they are
on, live in the flow (kiosk.kiosk_flow), which talks to the domain
and the database and returns the next `Step` on each tap; the window shows that
step's screen, one typed attribute of `KioskScreens` per step. In kiosk
mode the window is full screen and frameless, ignores close requests, and
leaves only after a hidden gesture (five taps in the top-left corner within
three seconds) and a staff PIN.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.app import App
from kiosk.domain.campaigns import CampaignSpec
from kiosk.i18n import ALL
from kiosk.i18n.qt import LanguageSwitch
from kiosk.kiosk_flow import PAGES, RESULT_STEPS, KioskFlow, Result, Step
from kiosk.ui.kiosk_station.base import Screen, button, current_language
from kiosk.ui.kiosk_station.welcome import WelcomeScreen
from kiosk.ui.widgets import fill_screen, label

if TYPE_CHECKING:
    from kiosk.domain.eligibility import Step as QuestionStep
    from kiosk.storage.faults import StorageFault
    from kiosk.ui.kiosk_station.consent import ConsentScreen
    from kiosk.ui.kiosk_station.identify import (
        BirthDateScreen,
        CardScreen,
        CinScreen,
        ConfirmScreen,
        NotMatchedScreen,
        PathScreen,
    )
    from kiosk.ui.kiosk_station.overlay import IdleOverlay, PinOverlay
    from kiosk.ui.kiosk_station.questions import QuestionScreen, ReviewScreen
    from kiosk.ui.kiosk_station.register import RegistrationPage
    from kiosk.ui.kiosk_station.result import DeferredScreen, MessageScreen, TicketScreen
    from kiosk.ui.printers import PrintQueue

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

IDLE_MS = 60_000
COUNTDOWN_MS = 10_000
CORNER = 64  # px: the hidden staff corner, top left
CORNER_TAPS, CORNER_WINDOW_S = 5, 3.0
_INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


class Header(QWidget):
    """On every screen: "call a staff member" and a button for each other language."""

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.help = button("help")
        self.notice = label("staff_notice", align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        # Each language named in itself: the donor who reads it can tap it.
        self.languages: dict[str, QPushButton] = {}
        for lang in ALL:
            self.languages[lang.code] = button("switch")
            self.languages[lang.code].setText(lang.name)
            self.languages[lang.code].clicked.connect(lambda _=False, c=lang.code: self.language_chosen.emit(c))
        for widget in (self.help, *self.languages.values()):
            widget.setFixedHeight(64)  # one height whatever the script's line height
        row = QHBoxLayout(self)
        row.setContentsMargins(CORNER + 16, 8, CORNER + 16, 6)  # leave the corners empty
        row.addWidget(self.help)
        row.addSpacing(16)
        row.addWidget(self.notice, 1)
        for widget in self.languages.values():
            row.addWidget(widget)
        self.languages_shown = True
        self.flagged = False
        self.translate_ui()

    def set_flagged(self, flagged: bool) -> None:
        self.flagged = flagged
        self.translate_ui()

    def translate_ui(self) -> None:
        self.help.setText(translate("Header", "Call a staff member"))
        self.notice.setText(translate("Header", "A staff member is coming to help you.") if self.flagged else "")
        current = current_language()
        for code, widget in self.languages.items():
            widget.setVisible(self.languages_shown and code != current)

    @property
    def language(self) -> QPushButton:
        """The first other language's button (the only one with two languages)."""
        current = current_language()
        return next(widget for code, widget in self.languages.items() if code != current)

    def show_languages(self, shown: bool) -> None:
        self.languages_shown = shown
        self.translate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self.translate_ui()
        super().changeEvent(event)


class InputWatcher(QObject):
    """Sees every touch, click and key of the application (an event filter on
    it): restarts the inactivity timer and counts the hidden corner taps."""

    def __init__(self, window: KioskWindow):
        super().__init__(window)
        self.kiosk = window
        self.corner_taps: list[float] = []
        self._last_press: tuple[int, int, int] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT:
            self.kiosk.touched()
            if kind == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget) and isinstance(event, QMouseEvent):
                self._corner(event)
                self._field(watched)
        elif kind == QEvent.Type.FocusIn:
            self._field(watched)
        return False

    def _field(self, widget: QObject) -> None:
        """A touched or focused field brings the keyboard with its layout (even
        when the window manager has not made the window active yet)."""
        if isinstance(widget, QLineEdit) and widget.property("keyboard") and widget.window() is self.kiosk:
            self.kiosk.keyboard.attach(widget)

    def _corner(self, event: QMouseEvent) -> None:
        global_point = event.globalPosition().toPoint()
        key = (event.timestamp(), global_point.x(), global_point.y())
        if key == self._last_press:  # the same press, handed on to a parent widget
            return
        self._last_press = key
        point = self.kiosk.mapFromGlobal(global_point)
        if not QRect(0, 0, CORNER, CORNER).contains(point):
            return
        now = time.monotonic()
        self.corner_taps = [t for t in self.corner_taps if now - t < CORNER_WINDOW_S] + [now]
        if len(self.corner_taps) >= CORNER_TAPS:
            self.corner_taps = []
            self.kiosk.open_staff_panel()


STORAGE_RETRY_MS = 5_000  # a database that could not be opened is tried again this often
STORAGE_FINAL = ("storage.damaged", "storage.foreign_file", "storage.bad_url")  # not retried


def expected_failures() -> tuple[type[Exception], ...]:
    """What a tap that reaches the database may meet: the database or the disk
    failing (a ticket's PDF is kept on disk in the same transaction), and a
    refusal the flow did not turn into a result. Anything else is a programming
    error: it goes to the crash handler (logged; the kiosk back to its welcome
    screen), not shown as "storage failed"."""
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.errors import CodedError
    from kiosk.kiosk_flow import FlowError
    from kiosk.storage.faults import StorageFault

    return (SQLAlchemyError, OSError, CodedError, FlowError, StorageFault)


Handler = TypeVar("Handler", bound=Callable[..., None])


def guarded(handler: Handler) -> Handler:
    """A tap whose work reaches the database: if the database fails, the donor is
    told to call staff (nothing was saved) instead of the kiosk freezing."""

    @functools.wraps(handler)
    def run(self: KioskWindow, *args: Any) -> None:
        try:
            handler(self, *args)
        except expected_failures() as error:
            self._failed(error)

    return cast(Handler, run)


class KioskScreens:
    """Every screen of the flow, one typed attribute per step (built once, after
    the welcome screen is painted)."""

    def __init__(
        self,
        flow: KioskFlow,
        pack_text: Callable[[Result, str], str],
        notes: Callable[[Result, str], list[str]] | None = None,
    ):
        from kiosk.ui.kiosk_station.consent import ConsentScreen
        from kiosk.ui.kiosk_station.identify import (
            BirthDateScreen,
            CardScreen,
            CinScreen,
            ConfirmScreen,
            NotMatchedScreen,
            PathScreen,
        )
        from kiosk.ui.kiosk_station.questions import QuestionScreen, ReviewScreen
        from kiosk.ui.kiosk_station.register import RegistrationPage
        from kiosk.ui.kiosk_station.result import DeferredScreen, MessageScreen, TicketScreen

        self.path: PathScreen = PathScreen()
        self.card: CardScreen = CardScreen()
        self.cin: CinScreen = CinScreen()
        self.birth_date: BirthDateScreen = BirthDateScreen(flow.app.today())
        self.confirm: ConfirmScreen = ConfirmScreen()
        self.not_matched: NotMatchedScreen = NotMatchedScreen()
        self.consent: ConsentScreen = ConsentScreen(flow.consent_version)
        self.names_ar: RegistrationPage = RegistrationPage(Step.NAMES_AR, flow)
        self.names_latin: RegistrationPage = RegistrationPage(Step.NAMES_LATIN, flow)
        self.about: RegistrationPage = RegistrationPage(Step.ABOUT, flow)
        self.contact: RegistrationPage = RegistrationPage(Step.CONTACT, flow)
        self.blood: RegistrationPage = RegistrationPage(Step.BLOOD, flow)
        self.question: QuestionScreen = QuestionScreen()
        self.review: ReviewScreen = ReviewScreen()
        self.ticket: TicketScreen = TicketScreen(pack_text, notes)
        self.deferred: DeferredScreen = DeferredScreen(pack_text, notes)
        self.message: MessageScreen = MessageScreen()
        self.pages: dict[Step, RegistrationPage] = {
            Step.NAMES_AR: self.names_ar,
            Step.NAMES_LATIN: self.names_latin,
            Step.ABOUT: self.about,
            Step.CONTACT: self.contact,
            Step.BLOOD: self.blood,
        }
        self._by_step: dict[Step, Screen] = {
            Step.PATH: self.path,
            Step.CARD: self.card,
            Step.CIN: self.cin,
            Step.BIRTH_DATE: self.birth_date,
            Step.CONFIRM: self.confirm,
            Step.NOT_MATCHED: self.not_matched,
            Step.CONSENT: self.consent,
            **self.pages,
            Step.QUESTION: self.question,
            Step.REVIEW: self.review,
            Step.TICKET: self.ticket,
            Step.DEFERRED: self.deferred,
            Step.MESSAGE: self.message,
        }

    def of(self, step: Step) -> Screen:
        """The screen that shows `step` (every step but the welcome has one)."""
        return self._by_step[step]

    def all(self) -> tuple[Screen, ...]:
        return tuple(self._by_step.values())


class KioskWindow(QWidget):
    """Starts on the welcome screen; opens the database after the first paint,
    then builds the other screens."""

    ready = Signal()  # the database is open and the campaign is current
    damaged = Signal(object)  # the start-up check, run in the background, found damage (a StorageFault)
    shown = Signal(str)  # a step's name (Step.value), each time its screen is brought forward

    def __init__(
        self,
        app: App,
        switch: LanguageSwitch,
        campaign: CampaignSpec | None,
        *,
        connect: bool = True,
        print_queue: PrintQueue | None = None,
        idle_ms: int = IDLE_MS,
        countdown_ms: int = COUNTDOWN_MS,
        default_language: str = "ar",
    ):
        super().__init__()
        self.app = app
        self.switch = switch
        self.campaign_spec = campaign
        self._print_queue = print_queue  # kiosk.ui.printers.PrintQueue; built on the first ticket
        self._print_connected = False
        self.default_language = default_language
        self.kiosk_mode = False
        self.unlocked = False
        # Navigation: the flow holds the step and everything typed; the screens come with build().
        self.flow = KioskFlow(app)
        self.flow.language = switch.language or default_language
        self.step = Step.WELCOME
        self._screens: KioskScreens | None = None
        self._addressed: str | None = None  # the sex the screens speak to
        self.idle_overlay: IdleOverlay | None = None
        self.pin_overlay: PinOverlay | None = None
        self.storage_down = False  # the database could not be opened: retried every few seconds
        self._damage_followed = False
        self.setWindowTitle("Qatra")
        self.setObjectName("kiosk")

        self.header = Header()
        self.stack = QStackedWidget()
        self.welcome = WelcomeScreen()
        self.welcome.set_language(switch.language or default_language)
        self.welcome.set_campaign(campaign, app.today())
        self.welcome.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.stack.addWidget(self.welcome)
        from kiosk.ui.keyboard import OnScreenKeyboard

        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.set_language(switch.language or default_language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.keyboard)
        self.header.show_languages(False)
        self.header.language_chosen.connect(self.switch.set_language)
        self.header.help.clicked.connect(self.call_staff)
        self.welcome.language_chosen.connect(self.choose_language)
        switch.changed.connect(self._language_changed)
        if connect:
            self.welcome.painted.connect(lambda: QTimer.singleShot(0, self.connect_database))

        self.idle_ms, self.countdown_ms = idle_ms, countdown_ms
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_ms)
        self.idle.timeout.connect(self._idle)
        self.watcher = InputWatcher(self)
        _application().installEventFilter(self.watcher)

    # -- start-up ------------------------------------------------------------------
    def connect_database(self) -> None:
        """Open (and if needed upgrade) the database, then refresh the campaign. A database
        that cannot be used (kiosk.storage.faults) sends the donor to staff and is tried
        again every few seconds; the kiosk resumes on its welcome screen once it works."""
        from kiosk.storage.faults import StorageFault

        try:
            self.app.open()
            self.campaign_spec = self.app.campaign()
        except StorageFault as fault:
            self._storage_down(fault)
            return
        self.welcome.set_campaign(self.campaign_spec, self.app.today())
        self.build()
        if self.storage_down:
            self.storage_down = False
            if self.stack.currentWidget() is self.screens.message:
                self.reset()
        self.ready.emit()
        self._follow_start_check()

    def _storage_down(self, fault: StorageFault) -> None:
        """The donor is sent to staff; a fault that can clear by itself is retried."""
        log.error("kiosk cannot use the database: %s", fault)
        self.storage_down = True
        self.build()
        self.screens.message.set_message("storage.failed")
        self.go(self.flow.failed())
        if fault.code not in STORAGE_FINAL:  # damage waits for a restore, with every station closed
            QTimer.singleShot(STORAGE_RETRY_MS, self.connect_database)

    def _follow_start_check(self) -> None:
        """A station's damage check may still run in a worker thread (kiosk.ui.stations):
        its finding sends the donor to staff, and no write happens before it."""
        db = self.app.db
        damage = db.wait_checked(0)
        if damage is not None:
            self._storage_down(damage)
            return
        if self._damage_followed:
            return
        self._damage_followed = True
        self.damaged.connect(self._storage_down)

        def wait() -> None:
            damage = db.wait_checked()
            if damage is not None:
                self.damaged.emit(damage)

        threading.Thread(target=wait, name="kiosk-start-check", daemon=True).start()

    @property
    def screens(self) -> KioskScreens:
        """The screens of every step but the welcome (built by `build`)."""
        if self._screens is None:
            raise RuntimeError("the kiosk's screens are built once the database is open")
        return self._screens

    def build(self) -> None:
        """Every screen, built once while the welcome screen waits."""
        if self._screens is not None:
            return
        from kiosk.ui.kiosk_station.overlay import IdleOverlay, PinOverlay
        from kiosk.ui.kiosk_station.staff import StaffGate

        s = self._screens = KioskScreens(self.flow, self.result_text, self.result_notes)
        for screen in s.all():
            # The stack must not grow to its tallest screen: each screen fits on its own
            # (tests check every screen's minimum against the space it gets).
            screen.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            self.stack.addWidget(screen)
            screen.back.connect(self.back)
        s.consent.set_campaign(self.campaign_spec)
        s.path.chosen.connect(self.choose_path)
        s.card.scanned.connect(self.card_scanned)
        s.cin.forward.connect(self.cin_entered)
        s.birth_date.forward.connect(self.birth_date_entered)
        s.confirm.answered.connect(self.identity_confirmed)
        s.not_matched.retry.connect(self.retry)
        s.not_matched.register.connect(self.register_new)
        s.not_matched.forward.connect(self.reset)
        s.consent.answered.connect(self.consent_answered)
        for step, page in s.pages.items():
            page.forward.connect(lambda step=step: self.page_forward(step))
        s.question.answered.connect(self.question_answered)
        s.review.change.connect(self.change_answer)
        s.review.forward.connect(self.send)
        for result in (s.ticket, s.deferred, s.message):
            result.forward.connect(self.reset)
        self.idle_overlay = IdleOverlay(self, self.countdown_ms)
        self.idle_overlay.expired.connect(self.reset)
        self.staff_gate = StaffGate(self.app)
        self.pin_overlay = PinOverlay(self, self.staff_gate.names, self.staff_gate.check)
        self.pin_overlay.unlocked.connect(self.unlock)
        self._warm_up()

    def _warm_up(self) -> None:
        """What the first donor would otherwise wait for, done while the welcome
        screen waits: the rule pack, the storage modules of a check-in, the keyboard."""
        import kiosk.storage.print_jobs  # noqa: F401
        import kiosk.storage.queue  # noqa: F401

        self.flow.pack  # noqa: B018 - loads and compiles the rule pack once
        for layout in ("arabic", "latin", "cin", "phone", "digits", "numbers"):
            self.keyboard.pad(layout)

    # -- navigation ----------------------------------------------------------------
    @property
    def current(self) -> str:
        """The name of the step shown (Step.value)."""
        return self.step.value

    def go(self, step: Step) -> None:
        """Bring the screen of `step` forward, with the keyboard its first field needs."""
        self.step = step
        screen: QWidget = self.welcome if step is Step.WELCOME else self.screens.of(step)
        self.stack.setCurrentWidget(screen)
        self.header.show_languages(step is not Step.WELCOME)
        field = screen.first_field() if isinstance(screen, Screen) else None
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(field, QLineEdit) and field.property("keyboard"):
                self.keyboard.attach(field)
            else:
                self.keyboard.detach()
        else:
            self.keyboard.detach()
            self.stack.setFocus(Qt.FocusReason.OtherFocusReason)
        self.touched()
        self.shown.emit(step.value)

    def show_step(self, step: Step) -> None:
        """Fill the screen of `step` from the flow, then show it."""
        flow, s = self.flow, self._screens
        if s is None or step is Step.WELCOME:
            self.go(step)
            return
        if flow.sex != self._addressed:  # the donor's sex is known: screens speak to her or him
            from kiosk.ui.kiosk_station.questions import address

            self._addressed = flow.sex
            address(s.all(), flow.sex)
        if step is Step.BIRTH_DATE:
            s.birth_date.set_second_factor(flow.path in ("card", "cin"))
        elif step is Step.CONFIRM:
            s.confirm.set_masked(flow.masked)
        elif step is Step.NOT_MATCHED:
            s.not_matched.set_refused(flow.refused_identity)
        elif step is Step.QUESTION:
            self._set_question()
        elif step is Step.REVIEW:
            s.review.set_steps(flow.asked, flow.answers, flow.sex)
        elif step in RESULT_STEPS and flow.result is not None:
            self._set_result(flow.result)
        self.go(step)

    def choose_language(self, lang: str) -> None:
        self.switch.set_language(lang)
        self.build()
        if self.welcome.is_open:
            self.show_step(self.flow.start())

    def _language_changed(self, lang: str) -> None:
        self.welcome.set_language(lang)
        self.keyboard.set_language(lang)
        self.flow.language = lang

    def back(self) -> None:
        """The footer's Back on any screen: the step before, as the flow says
        (inside a question, "when?" goes back to yes/no first)."""
        if self.step is Step.QUESTION and self.screens.question.go_back():
            return
        step = self.flow.back()
        if step is Step.WELCOME:
            self.reset()
            return
        if step is Step.CIN:
            self._refill_cin()
        self.show_step(step)

    @guarded
    def choose_path(self, path: str) -> None:
        step = self.flow.choose_path(path)
        for screen in (self.screens.card, self.screens.cin, self.screens.birth_date):
            screen.clear()
        self.show_step(step)

    @guarded
    def card_scanned(self, text: str) -> None:
        from kiosk.kiosk_flow import FlowError

        try:
            step = self.flow.identify_card(text)
        except FlowError as error:
            self.screens.card.show_error(error.code)
            return
        self.screens.birth_date.clear()
        self.show_step(step)

    def cin_entered(self) -> None:
        from kiosk.domain.validation import Invalid

        screen = self.screens.cin
        try:
            step = self.flow.identify_cin(screen.field.text())
        except Invalid as error:
            screen.show_error(error.code)
            return
        self.screens.birth_date.clear()
        self.show_step(step)

    @guarded
    def birth_date_entered(self) -> None:
        from kiosk.domain.validation import Invalid

        screen = self.screens.birth_date
        try:
            step = self.flow.enter_birth_date(screen.picker.value())
        except Invalid as error:
            screen.show_error(error.code)
            return
        self.show_step(step)

    def identity_confirmed(self, yes: bool) -> None:
        step = self.flow.confirm_identity(yes)
        if not yes:
            self.screens.confirm.clear()
            self.screens.card.clear()
            self.screens.cin.clear()
        self.show_step(step)

    def retry(self) -> None:
        step = self.flow.retry()
        self._refill_cin()
        self.screens.card.clear()
        self.show_step(step)

    def _refill_cin(self) -> None:
        """The CIN typed before, to correct it (it is the visitor's own typing)."""
        screen = self.screens.cin
        screen.clear()
        screen.field.setText(str(self.flow.fields.get("cin") or ""))

    def register_new(self) -> None:
        self.show_step(self.flow.register_instead())

    @guarded
    def consent_answered(self, agreed: bool) -> None:
        step = self.flow.answer_consent(agreed)
        if step in PAGES:
            for index, page in enumerate(self.flow.pages):
                screen = self.screens.pages[page]
                screen.set_optional(index == 1)
                screen.load()
        self.show_step(step)

    @guarded
    def page_forward(self, page: Step) -> None:
        from kiosk.kiosk_flow import FlowError

        if self.flow.step is not page or not self.screens.pages[page].validate():
            return
        try:
            step = self.flow.next_page()
        except FlowError as error:
            if error.code != "cin.taken":
                raise
            self.screens.pages[page].show_error("cin", error.code)  # words that name no one
            return
        self.show_step(step)

    # -- questionnaire -------------------------------------------------------------
    @property
    def questions(self) -> tuple[QuestionStep, ...]:
        """The question screens of this donor, in order (one question, or a group)."""
        return self.flow.asked

    def _set_question(self) -> None:
        flow = self.flow
        self.screens.question.set_step(flow.question, flow.question_index, len(flow.asked), flow)

    def question_answered(self, values: dict[str, object]) -> None:
        self.show_step(self.flow.answer_question(values))

    def change_answer(self, index: int) -> None:
        self.show_step(self.flow.change_answer(index))

    # -- the end ---------------------------------------------------------------------
    def send(self) -> None:
        from kiosk.kiosk_flow import FlowError

        try:
            result = self.flow.submit()
        except FlowError as error:
            if error.code == "cin.taken" and Step.CONTACT in self.flow.pages:
                self.screens.contact.show_error("cin", "cin.taken")
                self.show_step(self.flow.revisit(Step.CONTACT))
                return
            self._failed(error)
            return
        except expected_failures() as error:
            self._failed(error)
            return
        self.show_step(self.flow.show_result(result))

    def _failed(self, error: Exception) -> None:
        """The database refused (disk full, locked too long…): nothing was saved,
        and the donor is told to ask for help rather than shown a ticket."""
        log.exception("kiosk flow failed: %s", error)
        self.screens.message.set_message("storage.failed")
        self.go(self.flow.failed())

    def _set_result(self, result: Result) -> None:
        s = self.screens
        if result.kind == "ticket":
            s.ticket.set_result(result)
            if result.print_job_id is not None:
                # After the ticket is on screen: the printing thread must not delay it.
                job_id = result.print_job_id
                QTimer.singleShot(0, lambda: self.print_queue.submit(job_id))
        elif result.kind in ("deferred", "permanent"):
            s.deferred.set_result(result)
        else:
            s.message.set_message(result.kind, result.ticket)

    def result_text(self, result: Result, lang: str) -> str:
        """What the rule pack tells the donor about this result, in `lang`."""
        from kiosk.ui.kiosk_station.result import dated

        return self.flow.result_message(result, lang, dated)

    def result_notes(self, result: Result, lang: str) -> list[str]:
        """The reasons in general words (deferred) or the advice (ticket), in `lang`."""
        from kiosk.ui.kiosk_station.result import dated

        return self.flow.result_notes(result, lang, dated)

    @property
    def print_queue(self) -> PrintQueue:
        """The station's print queue (its worker thread and printer), made when the
        first ticket needs it: an idle kiosk does not load the printing stack."""
        if self._print_queue is None:
            from kiosk.ui.printers import PrintQueue

            self._print_queue = PrintQueue(self.app, self.app.station, parent=self)
        if not self._print_connected:
            self._print_queue.finished.connect(self._printed)
            self._print_connected = True
        return self._print_queue

    def _printed(self, job_id: int, error: str) -> None:
        from kiosk.ui.kiosk_station.result import PRINT_FAILED, PRINTED

        screen = self.screens.ticket
        if screen.result is not None and screen.result.print_job_id == job_id:
            screen.set_printing(PRINT_FAILED if error else PRINTED)

    def after_crash(self, log_path: Path) -> None:
        """An error nobody expected (logged in `log_path`): forget the donor and show a
        neutral notice that sends them to staff; its button and the idle timer lead
        back to the welcome screen."""
        lang = self.switch.language
        self.reset()
        if self._screens is not None:
            self.switch.set_language(lang)  # the notice in the language the donor reads
            self._screens.message.set_message("error.unexpected")
            self.go(self.flow.failed())
            self.idle.start()

    def reset(self) -> None:
        """Forget the donor and go back to the welcome screen in the default language."""
        if self.idle_overlay is not None and self.idle_overlay.isVisible():
            self.idle_overlay.tick.stop()
            self.idle_overlay.hide()
        self.flow.reset()
        if self._screens is not None:
            for screen in self._screens.all():
                screen.clear()  # and back to neutral words
        self._addressed = None
        self.header.set_flagged(False)
        self.keyboard.detach()
        self.switch.set_language(self.default_language)
        self.go(Step.WELCOME)
        self.idle.stop()

    # -- help, inactivity, kiosk mode -------------------------------------------------
    def call_staff(self) -> None:
        self.header.set_flagged(True)
        try:
            self.flow.request_staff()
        except Exception:  # noqa: BLE001 - the notice on screen still brings someone
            log.exception("could not flag the visit")

    def touched(self) -> None:
        """Any touch: the donor is there. The timer runs only away from the welcome screen."""
        if self.idle_overlay is not None and self.idle_overlay.isVisible():
            self.idle_overlay.stop()
        if self.stack.currentWidget() is self.welcome:
            self.idle.stop()
        else:
            self.idle.start()

    def _idle(self) -> None:
        if self.stack.currentWidget() is self.welcome or self.idle_overlay is None:
            return
        if self.pin_overlay is not None and self.pin_overlay.isVisible():
            self.pin_overlay.close_panel()
        self.idle_overlay.start()

    def enter_kiosk_mode(self) -> None:
        """Full screen, no frame, no way out but the staff corner and a PIN."""
        self.kiosk_mode = True
        self.setWindowFlags(self.windowFlags() | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        fill_screen(self)

    def open_staff_panel(self) -> None:
        if self.pin_overlay is not None:
            self.pin_overlay.open()

    def unlock(self) -> None:
        """A staff PIN opened the kiosk: leave kiosk mode (and the application)."""
        log.warning("kiosk mode left with a staff PIN")
        self.unlocked = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk_mode and not self.unlocked:
            event.ignore()  # Alt+F4, the window manager, a stray shortcut: the kiosk stays
            return
        if self._print_queue is not None:
            self._print_queue.shutdown()  # the ticket on the printer finishes; nothing is dropped
        _application().removeEventFilter(self.watcher)
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.kiosk_mode and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F4, Qt.Key.Key_F11):
            event.accept()
            return
        super().keyPressEvent(event)


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the kiosk window needs a QApplication")
    return app
