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
import gc
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk.app import App
from kiosk.domain.campaigns import CampaignSpec
from kiosk.domain.staff_calls import CALLED, COMING
from kiosk.i18n import ALL
from kiosk.i18n.qt import LanguageSwitch
from kiosk.i18n.typography import typeset
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
    from kiosk.ui.kiosk_station.overlay import IdleOverlay, PinOverlay, StaffMenu
    from kiosk.ui.kiosk_station.questions import QuestionScreen, ReviewScreen
    from kiosk.ui.kiosk_station.register import RegistrationPage
    from kiosk.ui.kiosk_station.result import DeferredScreen, MessageScreen, SendingScreen, TicketScreen
    from kiosk.ui.printers import PrintQueue

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

CALL_POLL_MS = 2_000  # how soon the donor reads that a nurse is on the way
CALL_FAILED = "failed"

IDLE_MS = 60_000
COUNTDOWN_MS = 10_000
CORNER = 64  # px: the hidden staff corner, top left
CORNER_TAPS, CORNER_WINDOW_S = 5, 3.0
_INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
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
        # One height whatever the notice says: two wrapped lines beside the buttons
        # must not push every screen down by a few pixels.
        self.setFixedHeight(8 + 64 + 6)
        row.addWidget(self.help)
        row.addSpacing(16)
        row.addWidget(self.notice, 1)
        for widget in self.languages.values():
            row.addWidget(widget)
        self.languages_shown = True
        self.call_state: str | None = None  # kiosk.domain.staff_calls: called, coming; or CALL_FAILED
        self.translate_ui()

    def set_call_state(self, state: str | None) -> None:
        self.call_state = state
        self.translate_ui()

    def translate_ui(self) -> None:
        self.help.setText(translate("Header", "Call a staff member"))
        notices = {
            CALLED: translate("Header", "A staff member has been called."),
            COMING: translate("Header", "A staff member is on the way."),
            CALL_FAILED: translate("Header", "The call could not be sent: please ask a staff member."),
        }
        self.notice.setText(notices.get(self.call_state or "", ""))
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


class _FrontScreenLayout(QStackedLayout):
    """A QStackedLayout asks every page for its height at a width, shown or not
    (each label's text laid out again whenever anything in the window moves);
    the screens ask only the one in front, the only one that needs the room."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        front = self.currentWidget()
        height = front.heightForWidth(width) if front is not None else -1
        return max(height, self.minimumSize().height())


class ScreenStack(QWidget):
    """The screens of the flow, one in front (a QStackedWidget's calls, with
    `_FrontScreenLayout`)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.screens = _FrontScreenLayout(self)

    def addWidget(self, screen: QWidget) -> int:  # noqa: N802 (QStackedWidget's name)
        return self.screens.addWidget(screen)

    def currentWidget(self) -> QWidget | None:  # noqa: N802 (QStackedWidget's name)
        return self.screens.currentWidget()

    def setCurrentWidget(self, screen: QWidget) -> None:  # noqa: N802 (QStackedWidget's name)
        self.screens.setCurrentWidget(screen)


# A press that can be a corner tap. A second tap soon after the first reaches the
# widgets as a double click only (no press), and a finger may arrive as a touch.
_PRESSES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick})


class InputWatcher(QObject):
    """Sees every touch, click and key of the application (an event filter on
    it): restarts the inactivity timer and counts the hidden corner taps.
    `clock` gives seconds (time.monotonic; tests move it by hand)."""

    def __init__(self, window: KioskWindow, clock: Callable[[], float] = time.monotonic):
        super().__init__(window)
        self.kiosk = window
        self.clock = clock
        self.corner_taps: list[float] = []
        self._last_press: tuple[int, int, int] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT:
            self.kiosk.touched()
            if kind in _PRESSES and isinstance(watched, QWidget) and isinstance(event, QMouseEvent):
                self._corner(event.timestamp(), event.globalPosition().toPoint())
                if kind == QEvent.Type.MouseButtonPress:
                    self._field(watched)
            elif isinstance(event, QTouchEvent) and kind == QEvent.Type.TouchBegin and event.points():
                self._corner(event.timestamp(), event.points()[0].globalPosition().toPoint())
        elif kind == QEvent.Type.FocusIn:
            self._field(watched)
        return False

    def _field(self, widget: QObject) -> None:
        """A touched or focused field brings the keyboard with its layout (even
        when the window manager has not made the window active yet)."""
        if isinstance(widget, QLineEdit) and widget.property("keyboard") and widget.window() is self.kiosk:
            self.kiosk.keyboard.attach(widget)

    def _corner(self, timestamp: int, global_point: QPoint) -> None:
        key = (timestamp, global_point.x(), global_point.y())
        if key == self._last_press:  # the same press, handed on to a parent widget or made a mouse press
            return
        self._last_press = key
        point = self.kiosk.mapFromGlobal(global_point)
        if not QRect(0, 0, CORNER, CORNER).contains(point):
            return
        now = self.clock()
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
        from kiosk.ui.kiosk_station.result import DeferredScreen, MessageScreen, SendingScreen, TicketScreen

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
        self.sending: SendingScreen = SendingScreen()
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
            Step.SENDING: self.sending,
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
    # From the check-in's worker thread, delivered on the GUI thread: the donor it was
    # for (`_donor_number`) and (Result, donor id), or the exception it raised.
    checked_in = Signal(int, object)

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
        self._touched: set[Screen] = set()  # screens that hold something of this donor: cleared on reset
        self._donor_number = 0  # counts resets: a check-in that ends after its donor left is not shown
        self._closed = False
        self.checked_in.connect(self._check_in_done, Qt.ConnectionType.QueuedConnection)
        self.idle_overlay: IdleOverlay | None = None
        self.pin_overlay: PinOverlay | None = None
        self.staff_menu: StaffMenu | None = None
        self.storage_down = False  # the database could not be opened: retried every few seconds
        self._damage_followed = False
        self._calls_cleared = False  # calls left open before this start: ended once, after the check
        self.call_watch = QTimer(self, interval=CALL_POLL_MS)
        self.call_watch.timeout.connect(self._follow_staff_call)
        self.setWindowTitle("Qatra")
        self.setObjectName("kiosk")

        self.header = Header()
        self.stack = ScreenStack()
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
        self.header.language_chosen.connect(self.set_language)
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
        self._end_earlier_calls()

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
        from kiosk.ui.kiosk_station.overlay import IdleOverlay, PinOverlay, StaffMenu
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
        self.staff_menu = StaffMenu(self)
        self.staff_menu.leave.connect(self.leave_kiosk_mode)
        self.staff_menu.quit.connect(self.quit_kiosk)
        self._warm_up()

    def _warm_up(self) -> None:
        """What the first donor would otherwise wait for, done while the welcome
        screen waits: the rule pack, the storage modules of a check-in, the keyboard's
        glyphs, the rows of the largest group of questions."""
        import kiosk.storage.print_jobs  # noqa: F401
        import kiosk.storage.queue  # noqa: F401

        pack = self.flow.pack  # loads and compiles the rule pack once
        donors = [(sex, first) for sex in ("F", "M") for first in (True, False)]
        groups = [step for donor in donors for step in pack.steps_for(*donor) if step.grouped]
        self.screens.question.reserve(max((len(step.questions) for step in groups), default=0))
        self.keyboard.warm_up()
        # What is made by now lives as long as the kiosk: Python's full garbage
        # collections, which went through it all (~100 ms, inside a donor's tap),
        # leave it aside from now on.
        gc.collect()
        gc.freeze()

    # -- navigation ----------------------------------------------------------------
    @property
    def current(self) -> str:
        """The name of the step shown (Step.value)."""
        return self.step.value

    def go(self, step: Step) -> None:
        """Bring the screen of `step` forward, with the keyboard its first field needs."""
        self.step = step
        screen: QWidget = self.welcome if step is Step.WELCOME else self.screens.of(step)
        if step is Step.MESSAGE:  # after "I do not agree", Back leads to the notice again
            self.screens.message.back_button.setVisible(self.flow.consent_refused)
        self.stack.setCurrentWidget(screen)
        if isinstance(screen, Screen):
            self._touched.add(screen)
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
            self._touched.update(address(s.all(), flow.sex))
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

    def set_language(self, lang: str) -> None:
        """Switch the whole kiosk to `lang`, the input watcher set aside meanwhile: every
        widget gets a few events (language, direction) that are no input, and the
        watcher, in Python, took a third of a switch's time to look at them."""
        application = _application()
        application.removeEventFilter(self.watcher)
        try:
            self.switch.set_language(lang)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        finally:
            application.installEventFilter(self.watcher)

    def choose_language(self, lang: str) -> None:
        self.set_language(lang)
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
                self._touched.add(screen)
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
        """ "Send": the sending screen at once, the check-in written on a worker
        thread (one transaction: registration, consent, visit, ticket and its print
        job), then the result's screen from `checked_in`, after the commit."""
        from kiosk.kiosk_flow import FlowError, write_check_in

        try:
            check_in = self.flow.check_in()
        except FlowError as error:
            self._failed(error)
            return
        app, donor = self.app, self._donor_number

        def write() -> None:
            try:
                outcome: object = write_check_in(app, check_in)
            except Exception as error:  # noqa: BLE001 - handed to the GUI thread, which decides
                outcome = error
            try:
                self.checked_in.emit(donor, outcome)
            except RuntimeError:  # the window is gone: the check-in is in the database
                log.info("a check-in finished after the kiosk window closed")

        QThreadPool.globalInstance().start(write)
        self.show_step(self.flow.sending())

    def _check_in_done(self, donor: int, outcome: object) -> None:
        from kiosk.kiosk_flow import FlowError, Result

        if self._closed:
            return
        if donor != self._donor_number or self.flow.step is not Step.SENDING:
            log.info("a check-in finished after its donor left")  # written: staff see it in the queue
            if isinstance(outcome, tuple) and isinstance(outcome[0], Result) and outcome[0].print_job_id is not None:
                self.print_queue.submit(outcome[0].print_job_id)  # their ticket waits for them at the printer
            return
        if isinstance(outcome, FlowError) and outcome.code == "cin.taken" and Step.CONTACT in self.flow.pages:
            self.screens.contact.show_error("cin", "cin.taken")
            self.show_step(self.flow.revisit(Step.CONTACT))
            return
        if isinstance(outcome, expected_failures()):
            self._failed(outcome)
            return
        if isinstance(outcome, Exception):
            raise outcome  # a programming error: the crash handler, as on the GUI thread
        result, donor_id = cast(tuple[Result, int | None], outcome)
        self.show_step(self.flow.show_result(self.flow.checked_in(result, donor_id)))
        if result.print_job_id is not None:
            # The number painted first: the printing thread's PDF must not delay it.
            self.screens.ticket.repaint()
            self.print_queue.submit(result.print_job_id)

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
        elif result.kind in ("deferred", "permanent"):
            s.deferred.set_result(result)
        else:
            s.message.set_message(result.kind, result.ticket)

    def result_text(self, result: Result, lang: str) -> str:
        """What the rule pack tells the donor about this result, in `lang`."""
        from kiosk.ui.kiosk_station.result import dated

        return typeset(self.flow.result_message(result, lang, dated), lang)

    def result_notes(self, result: Result, lang: str) -> list[str]:
        """The reasons in general words (deferred) or the advice (ticket), in `lang`."""
        from kiosk.ui.kiosk_station.result import dated

        return [typeset(note, lang) for note in self.flow.result_notes(result, lang, dated)]

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
            self.set_language(lang)  # the notice in the language the donor reads
            self._screens.message.set_message("error.unexpected")
            self.go(self.flow.failed())
            self.idle.start()

    def reset(self) -> None:
        """Forget the donor and go back to the welcome screen in the default language."""
        if self.idle_overlay is not None and self.idle_overlay.isVisible():
            self.idle_overlay.tick.stop()
            self.idle_overlay.hide()
        self.flow.reset()
        self._donor_number += 1
        if self._screens is not None:
            # Only the screens this donor saw or that were given their details: clearing
            # all of them took a frame or two of the next donor's first tap.
            for screen in self._screens.all():
                if screen in self._touched:
                    screen.clear()  # and back to neutral words
        self._touched.clear()
        self._addressed = None
        self._end_staff_call()
        self.keyboard.detach()
        self.set_language(self.default_language)
        self.go(Step.WELCOME)
        self.idle.stop()

    # -- help, inactivity, kiosk mode -------------------------------------------------
    def call_staff(self) -> None:
        """ "Called" until a nurse says they are on their way (`_follow_staff_call`)."""
        try:
            self.flow.request_staff()
        except Exception:  # noqa: BLE001 - said on screen: nobody was called
            log.exception("could not call a staff member")
            self.header.set_call_state(CALL_FAILED)
            return
        if self.header.call_state != COMING:  # a second tap after the answer keeps the answer
            self.header.set_call_state(CALLED)
        self.call_watch.start()

    def _follow_staff_call(self) -> None:
        try:
            state = self.flow.staff_call_state()
        except Exception:  # noqa: BLE001 - the database is busy or away: ask again at the next tick
            log.warning("could not read the staff call's state", exc_info=True)
            return
        if state in (CALLED, COMING):
            self.header.set_call_state(state)
        else:
            self.call_watch.stop()
            self.header.set_call_state(None)

    def _end_staff_call(self) -> None:
        """The donor's session ended: their call leaves the nurse screens."""
        self.call_watch.stop()
        self.header.set_call_state(None)
        if self.flow.staff_call is None:
            return
        try:
            self.flow.end_staff_calls()
        except Exception:  # noqa: BLE001 - the next start ends it (`_end_earlier_calls`)
            log.warning("could not end the staff call", exc_info=True)

    def _end_earlier_calls(self) -> None:
        """Calls this kiosk left open before it started end, once the start-up check
        allows writing (in a worker thread: it may take seconds)."""
        if self._calls_cleared:
            return
        self._calls_cleared = True
        started, flow, db = self.app.now(), self.flow, self.app.db

        def end() -> None:
            if db.wait_checked() is not None:
                return  # damaged: nothing is written
            try:
                flow.end_earlier_staff_calls(started)
            except Exception:  # noqa: BLE001 - a busy database: the next start tries again
                log.warning("could not end the calls of an earlier start", exc_info=True)

        threading.Thread(target=end, name="kiosk-staff-calls", daemon=True).start()

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
        if self.staff_menu is not None:
            self.staff_menu.hide()  # a staff member who walked away leaves no menu to the next donor
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
        """A staff PIN opened the kiosk: the staff menu says what to do next."""
        if self.staff_menu is not None:
            self.staff_menu.open()

    def leave_kiosk_mode(self) -> None:
        """The window as any other: a frame, not on top, closable; the kiosk runs on."""
        log.warning("kiosk mode left with a staff PIN")
        self.kiosk_mode = False
        flags = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        self.setWindowFlags(self.windowFlags() & ~flags)
        self.showNormal()

    def quit_kiosk(self) -> None:
        """A staff PIN and "quit": the window closes (the application with it when it is the last)."""
        log.warning("kiosk closed with a staff PIN")
        self.unlocked = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk_mode and not self.unlocked:
            event.ignore()  # Alt+F4, the window manager, a stray shortcut: the kiosk stays
            return
        self._closed = True  # a check-in still being written is kept in the database, not shown
        gc.unfreeze()  # what `_warm_up` set aside can be collected again once the kiosk is gone
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
