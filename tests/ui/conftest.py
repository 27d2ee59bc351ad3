"""Fixtures for the donor kiosk tests: a window on a fresh database at a fixed
time (the `app` fixture: 2 December 2025, 10:00 in Khouribga), a printer that succeeds or fails on demand, and a `Donor` who taps the
real buttons and types through the on-screen keyboard (or, for speed, types
into a field as a physical keyboard would).

For the staff stations (nurse station, display board): a database with the demo
staff, copied for each test, at 10:30 on the same day (`staffed_app`, `staff`, `clock`)."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView

from kiosk.ui.printers.device import STOPPED, PrintFailure

SIZE = (1280, 800)
CARD = "c7Hn2Qe9XaLr4Vt1Kp0sMw"  # the card token of Salma, the `returning_donor`
STAFF_MORNING = datetime(2025, 12, 2, 9, 30, tzinfo=UTC)  # 10:30 in Khouribga, the campaign's first day


class TestPrinter:
    """The kiosk's ticket printer: records the PDFs it is given; stops while `fail` is set."""

    __test__ = False
    NAME = "ticket-printer"

    def __init__(self) -> None:
        self.fail = False
        self.printed: list[Path] = []
        self.lock = threading.Lock()

    def print_pdf(self, pdf: Path, printer: str, kind: str, title: str) -> None:
        assert (printer, kind) == (self.NAME, "ticket")
        if self.fail:
            raise PrintFailure(STOPPED, "out of paper", printer)
        with self.lock:
            self.printed.append(pdf)


@pytest.fixture
def printer() -> TestPrinter:
    return TestPrinter()


@pytest.fixture
def switch(qapp):
    """The kiosk's language switch, starting in Arabic; afterwards the application
    is left as it was found (no translator, the same locale and direction)."""
    from PySide6.QtCore import QLocale, QTranslator

    from kiosk.i18n.qt import LanguageSwitch
    from kiosk.ui.qtapp import create_application

    create_application()
    locale, direction = QLocale(), qapp.layoutDirection()
    language = LanguageSwitch()
    language.set_language("ar")
    yield language
    for translator in language.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)


@pytest.fixture
def make_window(qtbot, switch, app, printer):
    """A kiosk window, shown at 1280×800 with every screen built; keyword
    arguments go to KioskWindow (idle_ms, countdown_ms…)."""
    from kiosk.ui.kiosk_station.window import KioskWindow

    def make(**options):
        from kiosk.station_settings import StationSettings
        from kiosk.ui.printers import PrintQueue

        queue = PrintQueue(app, app.station, StationSettings(printers={"ticket": TestPrinter.NAME}), device=printer)
        window = KioskWindow(app, switch, app.campaign(), connect=False, print_queue=queue, **options)
        qtbot.addWidget(window)
        window.resize(*SIZE)
        with qtbot.waitActive(window):  # a scanner types into the active window only
            window.show()
            window.activateWindow()
        window.connect_database()
        return window

    return make


@pytest.fixture
def returning_donor(app):
    """Registers Salma, in March with a card (`CARD`, or `card`) and one donation
    (on `gave`, or none); returns her id."""
    from kiosk.domain.validation import DonorDetails
    from kiosk.storage import registration
    from kiosk.storage.models import Donation

    def register(*, card: str = CARD, gave: date | None = date(2025, 3, 1)) -> int:
        with app.db.write() as s:
            donor = registration.create_donor(
                s,
                DonorDetails(
                    sex="F",
                    birth_date=date(1991, 5, 5),
                    first_name_latin="Salma",
                    last_name_latin="Benjelloun",
                    first_name_ar="سلمى",
                    last_name_ar="بنجلون",
                    cin="BK123456",
                    phone="+212612345642",
                    language="fr",
                ),
                "2025-01.0",
                datetime(2025, 3, 1, 9, tzinfo=UTC),
            )
            donor.card_token = card
            s.flush()
            if gave is not None:
                s.add(
                    Donation(
                        donor_id=donor.id, day=gave, volume_ml=450, created_at=datetime(2025, 3, 1, 10, tzinfo=UTC)
                    )
                )
            return donor.id

    return register


@pytest.fixture(scope="session")
def template(tmp_path_factory):
    """One migrated database with the demo staff (real scrypt PINs) per test run; each test copies it."""
    from devtools import demo

    path = tmp_path_factory.mktemp("template") / "kiosk.db"
    return path, demo.staffed_database(path, demo.Clock(STAFF_MORNING))


@pytest.fixture
def clock():
    from devtools import demo

    return demo.Clock(STAFF_MORNING)


@pytest.fixture
def staffed_app(qtbot, template, db_url, clock):
    """A station's own App on a copy of the template (qtbot first: windows close before it)."""
    from devtools import demo
    from kiosk.app import App
    from kiosk.ui.qtapp import create_application

    create_application()
    demo.copy_database(template[0], Path(db_url.removeprefix("sqlite:///")))
    application = App(db_url, clock=clock)
    application.open()
    yield application
    application.close()


@pytest.fixture
def staff(template) -> dict[str, int]:
    """The demo staff's ids by role."""
    return template[1]


class Donor:
    """Someone at the kiosk: taps what is on screen, types on the on-screen keyboard."""

    def __init__(self, qtbot, window):
        self.qtbot = qtbot
        self.window = window

    # -- looking
    @property
    def screen(self):
        from kiosk.kiosk_flow import Step

        step = self.window.step
        return self.window.welcome if step is Step.WELCOME else self.window.screens.of(step)

    def sees(self, name: str, timeout: int = 3000) -> None:
        self.qtbot.waitUntil(lambda: self.window.current == name, timeout=timeout)

    # -- touching
    def tap(self, widget, pos: QPoint | None = None) -> None:
        assert widget.isVisible(), f"{widget.objectName() or widget} is not on screen"
        assert widget.isEnabled(), f"{widget.objectName() or widget} cannot be tapped"
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)

    def tap_next(self) -> None:
        self.tap(self.screen.next_button)

    def press(self, key: str) -> None:
        """Tap the on-screen keyboard's key `key` (on the layout shown)."""
        keyboard = self.window.keyboard
        self.tap(keyboard, keyboard.key_rect(key).center())

    def type(self, text: str) -> None:
        """Through the on-screen keyboard, switching alphabet or shift like a donor would."""
        from kiosk.ui.keyboard import SHIFT, TO_ARABIC, TO_DIGITS, TO_LATIN

        keyboard = self.window.keyboard
        assert keyboard.isVisible(), "the keyboard is not shown"
        for char in text:
            try:
                keyboard.key_rect(char)
            except KeyError:
                switch = TO_DIGITS if char.isdigit() else (TO_LATIN if keyboard.current != "latin" else TO_ARABIC)
                if keyboard.current == "numbers":
                    switch = TO_ARABIC if "\u0600" <= char <= "\u06ff" else TO_LATIN
                self.press(switch)
            if keyboard.current == "latin" and char.isalpha() and char.isupper() != keyboard.shifted:
                self.press(SHIFT)  # capitals by shift; the keyboard shifts names' first letters
            self.press(char)

    def fill(self, field, text: str) -> None:
        """Tap a field (the keyboard follows it), empty it, and type: ASCII as a
        physical keyboard would (QTest types ASCII only), the rest on screen."""
        self.tap(field)
        field.clear()
        if text.isascii():
            self.qtbot.keyClicks(field, text)
        else:
            self.type(text)

    def pick(self, wheel, value: int) -> None:
        """Scroll a date column to `value` and tap it."""
        item = wheel.item_for(value)
        wheel.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)
        rect = wheel.visualItemRect(item)
        self.tap(wheel.viewport(), rect.center())

    def birth_date(self, day: date) -> None:
        """Pick a birth date on the birth-date screen."""
        picker = self.window.screens.birth_date.picker
        self.pick(picker.years, day.year)
        self.pick(picker.months, day.month)
        self.pick(picker.days, day.day)

    def gives_birth_date(self, day: date) -> None:
        """On the birth-date screen: pick `day` and go on."""
        self.sees("birth_date")
        self.birth_date(day)
        self.tap(self.window.screens.birth_date.next_button)

    def answer_all(self, answers: dict | None = None) -> int:
        """Answer every question screen: No, unless `answers` says True or (year, month)
        for one of its questions (a group's items are then picked on "which?", each
        dated one gets its month). Returns how many question screens were shown."""
        answers = answers or {}
        screens = 0
        while self.window.current == "question":
            screens += 1
            screen = self.window.screens.question
            step = screen.step
            chosen = [q for q in step.questions if answers.get(q.id) is not None]
            if not chosen:
                self.tap(screen.no)
                continue
            self.tap(screen.yes)
            if step.grouped:
                for question in chosen:
                    self.tap(screen.choice_for(question.id))
                self.tap(screen.which_ok)
            for question in chosen:
                value = answers[question.id]
                if value is not True:
                    assert screen.asking_when and screen.question.id == question.id
                    self.tap(screen.picker.button_for(*value))
        return screens


@pytest.fixture
def donor_at(qtbot):
    return lambda window: Donor(qtbot, window)


# -- the nurse station ----------------------------------------------------------------------------
class Nurse:
    """A nurse station window on `staffed_app` and the staff member at it: signs in
    with the PIN pad, calls and seats donors, types vitals (tests of the nurse station)."""

    PINS = {"nurse": "2468", "doctor": "1357", "organiser": "9753"}

    def __init__(self, qtbot, app, staff: dict[str, int]):
        self.qtbot, self.app, self.staff = qtbot, app, staff
        self.window = None

    def open(self, lang: str = "fr", *, booth: int = 1, size: tuple[int, int] = (1366, 768), printer=None):
        from kiosk.ui.nurse.context import NurseSettings
        from kiosk.ui.nurse.window import NurseWindow
        from kiosk.ui.nurse.words import Words

        words = Words(lang)
        if printer is not None:
            printer = printer(words)
        window = NurseWindow(self.app, NurseSettings(booth=booth), words=words, printer=printer)
        self.qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        self.window = window
        return window

    def sign_in(self, role: str = "nurse") -> None:
        window = self.window
        window.sign_in.choose(self.staff[role])
        for digit in self.PINS[role]:
            self.qtbot.mouseClick(window.sign_in.digits[digit], Qt.MouseButton.LeftButton)
        self.qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
        self.qtbot.waitUntil(lambda: not window.sign_in.check.busy, timeout=10_000)
        assert window.context.actor is not None, window.sign_in.feedback.text()

    def click(self, widget) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget.text() if hasattr(widget, "text") else widget
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def to_interview(self) -> int:
        """Call the next donor to this booth and seat them; the visit id."""
        window = self.window
        self.click(window.queue.call_next_button)
        visit_id = window.donor.visit_id
        assert visit_id is not None
        self.click(window.queue.start_button)
        assert window.donor.details.status == "interview"
        return visit_id

    def type_vitals(self, **values: str) -> None:
        """Weight 64, haemoglobin 13,4 and a healthy pressure, pulse and temperature unless told."""
        vitals = self.window.donor.vitals
        self.window.donor.tabs.setCurrentIndex(1)
        decimal = "," if self.window.words.lang == "fr" else "."
        typed = {
            "weight": "64",
            "haemoglobin": f"13{decimal}4",
            "systolic": "124",
            "diastolic": "78",
            "pulse": "72",
            "temperature": f"36{decimal}8",
        }
        typed.update(values)
        for key, value in typed.items():
            vitals.inputs[key].clear()
            self.qtbot.keyClicks(vitals.inputs[key], value)
        self.click(vitals.save_button)


@pytest.fixture
def nurse(qtbot, staffed_app, staff) -> Nurse:
    return Nurse(qtbot, staffed_app, staff)
