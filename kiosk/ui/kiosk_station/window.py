"""The kiosk's one window: a header (help, language), a stack of screens, the
on-screen keyboard, and the panels over them (inactivity, staff PIN).

The window only navigates: what the donor chose and typed lives in the flow
(kiosk.ui.kiosk_station.flow), which talks to the domain and the database. In kiosk
mode the window is full screen and frameless, ignores close requests, and
leaves only after a hidden gesture (five taps in the top-left corner within
three seconds) and a staff PIN.
"""

from __future__ import annotations

import functools
import logging
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer, Signal
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
from kiosk.ui.kiosk_station.base import Screen, button, current_language
from kiosk.ui.kiosk_station.welcome import WelcomeScreen
from kiosk.ui.widgets import fill_screen, label

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
        self.window = window
        self.corner_taps: list[float] = []
        self._last_press: tuple | None = None

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in _INPUT:
            self.window.touched()
            if kind == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget):
                self._corner(event)
                self._field(watched)
        elif kind == QEvent.Type.FocusIn:
            self._field(watched)
        return False

    def _field(self, widget) -> None:
        """A touched or focused field brings the keyboard with its layout (even
        when the window manager has not made the window active yet)."""
        if isinstance(widget, QLineEdit) and widget.property("keyboard") and widget.window() is self.window:
            self.window.keyboard.attach(widget)

    def _corner(self, event) -> None:
        global_point = event.globalPosition().toPoint()
        key = (event.timestamp(), global_point.x(), global_point.y())
        if key == self._last_press:  # the same press, handed on to a parent widget
            return
        self._last_press = key
        point = self.window.mapFromGlobal(global_point)
        if not QRect(0, 0, CORNER, CORNER).contains(point):
            return
        now = time.monotonic()
        self.corner_taps = [t for t in self.corner_taps if now - t < CORNER_WINDOW_S] + [now]
        if len(self.corner_taps) >= CORNER_TAPS:
            self.corner_taps = []
            self.window.open_staff_panel()


def guarded(handler):
    """A tap whose work reaches the database: if the database fails, the donor is
    told to call staff (nothing was saved) instead of the kiosk freezing."""

    @functools.wraps(handler)
    def run(self, *args):
        try:
            return handler(self, *args)
        except Exception as error:  # noqa: BLE001 - see _failed
            self._failed(error)
            return None

    return run


class KioskWindow(QWidget):
    """Starts on the welcome screen; opens the database after the first paint,
    then builds the other screens."""

    ready = Signal()  # the database is open and the campaign is current
    shown = Signal(str)  # a screen's name, each time one is brought forward

    def __init__(
        self,
        app: App,
        switch: LanguageSwitch,
        campaign: CampaignSpec | None,
        *,
        connect: bool = True,
        print_queue=None,
        idle_ms: int = IDLE_MS,
        countdown_ms: int = COUNTDOWN_MS,
        default_language: str = "ar",
    ):
        super().__init__()
        self.app = app
        self.switch = switch
        self.campaign_spec = campaign
        self._print_queue = print_queue  # kiosk.ui.printers.PrintQueue; built on the first ticket
        self.default_language = default_language
        self.kiosk_mode = False
        self.unlocked = False
        self.flow = None
        self.screens: dict[str, Screen] = {}
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
        self.idle_overlay = None
        self.pin_overlay = None
        self.watcher = InputWatcher(self)
        QApplication.instance().installEventFilter(self.watcher)

    # -- start-up ------------------------------------------------------------------
    def connect_database(self) -> None:
        """Open (and if needed upgrade) the database, then refresh the campaign."""
        self.app.open()
        self.campaign_spec = self.app.campaign()
        self.welcome.set_campaign(self.campaign_spec, self.app.today())
        self.build()
        self.ready.emit()

    def build(self) -> None:
        """The flow and every screen, built once while the welcome screen waits."""
        if self.flow is not None:
            return
        from kiosk.ui.kiosk_station.consent import ConsentScreen
        from kiosk.ui.kiosk_station.flow import KioskFlow
        from kiosk.ui.kiosk_station.identify import CardScreen, CinScreen, ConfirmScreen, NotFoundScreen, PathScreen
        from kiosk.ui.kiosk_station.overlay import IdleOverlay, PinOverlay
        from kiosk.ui.kiosk_station.questions import QuestionScreen, ReviewScreen
        from kiosk.ui.kiosk_station.register import RegistrationPage
        from kiosk.ui.kiosk_station.result import DeferredScreen, MessageScreen, TicketScreen

        flow = KioskFlow(self.app)
        flow.language = self.switch.language or self.default_language
        self.flow = flow
        screens = [
            PathScreen(),
            CardScreen(),
            CinScreen(),
            ConfirmScreen(),
            NotFoundScreen(),
            ConsentScreen(flow.consent_version),
            *(RegistrationPage(page, flow) for page in ("names_ar", "names_latin", "about", "contact", "blood")),
            QuestionScreen(),
            ReviewScreen(),
            TicketScreen(self.result_text),
            DeferredScreen(self.result_text),
            MessageScreen(),
        ]
        for screen in screens:
            # The stack must not grow to its tallest screen: each screen fits on its own
            # (tests check every screen's minimum against the space it gets).
            screen.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            self.screens[screen.name] = screen
            self.stack.addWidget(screen)
        s = self.screens
        s["consent"].set_campaign(self.campaign_spec)
        s["path"].chosen.connect(self.choose_path)
        s["path"].back.connect(self.reset)
        s["card"].scanned.connect(self.card_scanned)
        s["card"].back.connect(lambda: self.go("path"))
        s["cin"].forward.connect(self.cin_entered)
        s["cin"].back.connect(lambda: self.go("path"))
        s["confirm"].answered.connect(self.identity_confirmed)
        s["confirm"].back.connect(lambda: self.identity_confirmed(False))
        s["not_found"].register.connect(self.register_new)
        s["not_found"].back.connect(lambda: self.go("cin"))
        s["consent"].answered.connect(self.consent_answered)
        s["consent"].back.connect(self.consent_back)
        for page in ("names_ar", "names_latin", "about", "contact", "blood"):
            screen = s[f"register_{page}"]
            screen.forward.connect(lambda p=page: self.page_forward(p))
            screen.back.connect(lambda p=page: self.page_back(p))
        s["question"].answered.connect(self.question_answered)
        s["question"].back.connect(self.question_back)
        s["review"].change.connect(self.change_answer)
        s["review"].forward.connect(self.send)
        s["review"].back.connect(lambda: self.show_question(len(self.questions) - 1))
        for name in ("ticket", "deferred", "message"):
            s[name].forward.connect(self.reset)
        self.idle_overlay = IdleOverlay(self, self.countdown_ms)
        self.idle_overlay.expired.connect(self.reset)
        from kiosk.ui.kiosk_station.staff import StaffGate

        self.staff_gate = StaffGate(self.app)
        self.pin_overlay = PinOverlay(self, self.staff_gate.names, self.staff_gate.check)
        self.pin_overlay.unlocked.connect(self.unlock)
        self.pages: tuple[str, ...] = ()
        self.questions: tuple = ()
        self.question_index = 0
        self.reviewing = False
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
        widget = self.stack.currentWidget()
        return "welcome" if widget is self.welcome else widget.name

    def go(self, name: str) -> None:
        screen = self.welcome if name == "welcome" else self.screens[name]
        self.stack.setCurrentWidget(screen)
        self.header.show_languages(screen is not self.welcome)
        field = screen.first_field() if screen is not self.welcome else None
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            if field.property("keyboard"):
                self.keyboard.attach(field)
            else:
                self.keyboard.detach()
        else:
            self.keyboard.detach()
            self.stack.setFocus(Qt.FocusReason.OtherFocusReason)
        self.touched()
        self.shown.emit(name)

    def choose_language(self, lang: str) -> None:
        self.switch.set_language(lang)
        if self.flow is None:
            self.build()
        if self.welcome.is_open:
            self.go("path")

    def _language_changed(self, lang: str) -> None:
        self.welcome.set_language(lang)
        self.keyboard.set_language(lang)
        if self.flow is not None:
            self.flow.language = lang

    @guarded
    def choose_path(self, path: str) -> None:
        self.flow.choose_path(path)
        for name in ("card", "cin"):
            self.screens[name].clear()
        self.go({"card": "card", "cin": "cin", "new": "consent"}[path])

    @guarded
    def card_scanned(self, text: str) -> None:
        from kiosk.ui.kiosk_station.flow import FlowError

        try:
            masked = self.flow.identify_card(text)
        except FlowError as error:
            self.screens["card"].show_error(error.code)
            return
        self.screens["confirm"].set_masked(masked)
        self.go("confirm")

    @guarded
    def cin_entered(self) -> None:
        from kiosk.domain.validation import Invalid

        screen = self.screens["cin"]
        try:
            masked = self.flow.identify_cin(screen.field.text())
        except Invalid as error:
            screen.show_error(error.code)
            return
        if masked is None:
            self.screens["not_found"].set_cin(self.flow.fields["cin"])
            self.go("not_found")
            return
        self.screens["confirm"].set_masked(masked)
        self.go("confirm")

    def identity_confirmed(self, yes: bool) -> None:
        if yes:
            self.go("consent")
            return
        path = self.flow.path
        self.flow.not_me()
        self.screens["confirm"].clear()
        self.go(path if path in ("card", "cin") else "path")

    def register_new(self) -> None:
        cin = self.flow.fields.get("cin")
        self.flow.choose_path("new")
        self.flow.fields["cin"] = cin
        self.go("consent")

    @guarded
    def consent_answered(self, agreed: bool) -> None:
        if not agreed:
            self.screens["message"].set_message("refused")
            self.go("message")
            return
        self.flow.accept_consent()
        if self.flow.returning:
            self.start_questions()
            return
        self.pages = self.flow.registration_pages()
        for index, page in enumerate(self.pages):
            screen = self.screens[f"register_{page}"]
            screen.set_optional(index == 1)
            screen.load()
        self.go(f"register_{self.pages[0]}")

    def consent_back(self) -> None:
        self.go("confirm" if self.flow.returning else "path")

    @guarded
    def page_forward(self, page: str) -> None:
        screen = self.screens[f"register_{page}"]
        if not screen.validate():
            return
        index = self.pages.index(page)
        if index + 1 < len(self.pages):
            self.go(f"register_{self.pages[index + 1]}")
            return
        self.flow.finish_registration()
        self.start_questions()

    def page_back(self, page: str) -> None:
        index = self.pages.index(page)
        self.go(f"register_{self.pages[index - 1]}" if index else "consent")

    # -- questionnaire -------------------------------------------------------------
    def start_questions(self) -> None:
        try:
            early = self.flow.precheck()
        except Exception as error:  # noqa: BLE001 - see _failed
            self._failed(error)
            return
        if early is not None:
            self.show_result(early)
            return
        self.questions = self.flow.questions()
        self.reviewing = False
        if self.questions:
            self.show_question(0)
        else:
            self.show_review()

    def show_question(self, index: int) -> None:
        self.question_index = index
        question = self.questions[index]
        dated = question.kind.value == "date"
        self.screens["question"].set_question(
            question,
            index,
            len(self.questions),
            self.flow.months_for(question) if dated else [],
            self.flow.answers.get(question.id),
            self.flow.earliest_for(question) if dated else None,
        )
        self.go("question")

    def question_answered(self, value) -> None:
        question = self.questions[self.question_index]
        if isinstance(value, tuple):
            value = self.flow.month_answer(*value)
        self.flow.answer(question.id, value)
        if self.reviewing or self.question_index + 1 >= len(self.questions):
            self.show_review()
        else:
            self.show_question(self.question_index + 1)

    def question_back(self) -> None:
        if self.screens["question"].go_back():
            return
        if self.reviewing:
            self.show_review()
        elif self.question_index > 0:
            self.show_question(self.question_index - 1)
        elif self.flow.returning:
            self.go("consent")
        else:
            self.go(f"register_{self.pages[-1]}")

    def change_answer(self, index: int) -> None:
        self.reviewing = True
        self.show_question(index)

    def show_review(self) -> None:
        self.reviewing = True
        self.screens["review"].set_answers([(q, self.flow.answers.get(q.id)) for q in self.questions])
        self.go("review")

    # -- the end ---------------------------------------------------------------------
    def send(self) -> None:
        from kiosk.ui.kiosk_station.flow import FlowError

        try:
            result = self.flow.submit()
        except FlowError as error:
            if error.code == "cin.taken" and "contact" in self.pages:
                screen = self.screens["register_contact"]
                screen.show_error("cin", "cin.taken")
                self.go("register_contact")
                return
            self._failed(error)
            return
        except Exception as error:  # noqa: BLE001 - see _failed
            self._failed(error)
            return
        self.show_result(result)

    def _failed(self, error: Exception) -> None:
        """The database refused (disk full, locked too long…): nothing was saved,
        and the donor is told to ask for help rather than shown a ticket."""
        log.exception("kiosk flow failed: %s", error)
        self.screens["message"].set_message("storage.failed")
        self.go("message")

    def show_result(self, result) -> None:
        if result.kind == "ticket":
            screen = self.screens["ticket"]
            screen.set_result(result)
            self.go("ticket")
            if result.print_job_id is not None:
                # After the ticket is on screen: the printing thread must not delay it.
                job_id = result.print_job_id
                QTimer.singleShot(0, lambda: self.print_queue.submit(job_id))
        elif result.kind in ("deferred", "permanent"):
            self.screens["deferred"].set_result(result)
            self.go("deferred")
        else:
            self.screens["message"].set_message(result.kind, result.ticket)
            self.go("message")

    def result_text(self, result, lang: str) -> str:
        """What the rule pack tells the donor about this result, in `lang`."""
        from kiosk.ui.kiosk_station.result import dated

        return self.flow.result_message(result, lang, dated)

    @property
    def print_queue(self):
        """The station's print queue (its worker thread and printer), made when the
        first ticket needs it: an idle kiosk does not load the printing stack."""
        if self._print_queue is None:
            from kiosk.ui.printers import PrintQueue

            self._print_queue = PrintQueue(self.app, self.app.station, parent=self)
        if not getattr(self, "_print_connected", False):
            self._print_queue.finished.connect(self._printed)
            self._print_connected = True
        return self._print_queue

    def _printed(self, job_id: int, error: str) -> None:
        from kiosk.ui.kiosk_station.result import PRINT_FAILED, PRINTED

        screen = self.screens["ticket"]
        if screen.result is not None and screen.result.print_job_id == job_id:
            screen.set_printing(PRINT_FAILED if error else PRINTED)

    def reset(self) -> None:
        """Forget the donor and go back to the welcome screen in the default language."""
        if self.idle_overlay is not None and self.idle_overlay.isVisible():
            self.idle_overlay.tick.stop()
            self.idle_overlay.hide()
        if self.flow is not None:
            self.flow.reset()
        for screen in self.screens.values():
            screen.clear()
        self.header.set_flagged(False)
        self.keyboard.detach()
        self.switch.set_language(self.default_language)
        self.go("welcome")
        self.idle.stop()

    # -- help, inactivity, kiosk mode -------------------------------------------------
    def call_staff(self) -> None:
        self.header.set_flagged(True)
        if self.flow is not None:
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

    def closeEvent(self, event) -> None:
        if self.kiosk_mode and not self.unlocked:
            event.ignore()  # Alt+F4, the window manager, a stray shortcut: the kiosk stays
            return
        if self._print_queue is not None:
            self._print_queue.shutdown()  # the ticket on the printer finishes; nothing is dropped
        QApplication.instance().removeEventFilter(self.watcher)
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:
        if self.kiosk_mode and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F4, Qt.Key.Key_F11):
            event.accept()
            return
        super().keyPressEvent(event)
