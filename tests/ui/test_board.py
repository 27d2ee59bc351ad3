"""The display board beside a nurse station on the same database file, as the waiting room sees it."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from devtools import demo
from kiosk.app import App
from kiosk.i18n.catalog import labels_for
from kiosk.ui.board.window import BoardWindow
from kiosk.ui.nurse.context import NurseSettings
from kiosk.ui.nurse.window import NurseWindow
from kiosk.ui.nurse.words import Words


@pytest.fixture
def app(staffed_app):
    """The nurse station's App on a copy of the staffed database (tests/ui/conftest.py)."""
    return staffed_app


@pytest.fixture
def board_app(qtbot, app, db_url, clock):
    """The board's own connection to the file, as a separate process would have."""
    application = App(db_url, clock=clock)
    yield application
    application.close()


def open_board(qtbot, app) -> BoardWindow:
    board = BoardWindow(app)
    qtbot.addWidget(board)
    board.resize(1920, 1080)
    board.show()
    board.start()
    return board


def open_nurse(qtbot, app, staff, booth=1) -> NurseWindow:
    window = NurseWindow(app, NurseSettings(booth=booth), words=Words("fr"))
    qtbot.addWidget(window)
    window.show()
    window.sign_in.choose(staff["nurse"])
    window.sign_in.pin.setText("2468")
    window.sign_in.submit()
    qtbot.waitUntil(lambda: window.context.actor is not None, timeout=10_000)  # checked off the GUI thread
    return window


def shown_calls(board: BoardWindow) -> list[tuple[str, str]]:
    return [(r.ticket.text(), r.booth.text()) for r in board.rows if r.isVisible()]


def test_a_call_and_a_donation_reach_the_board_within_half_a_second(qtbot, app, board_app, staff):
    visits = demo.check_in(app, 4)
    board = open_board(qtbot, board_app)
    assert shown_calls(board) == []
    assert board.empty_called.isVisible()
    assert [w.text() for w in board.next_labels if w.isVisible()] == ["001", "002", "003", "004"]
    assert board.waiting.text() == "4"

    nurse = open_nurse(qtbot, app, staff, booth=2)
    qtbot.mouseClick(nurse.queue.call_next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown_calls(board) == [("001", "2")], timeout=500)
    assert board.rows[0].newest and board.rows[0].flashing  # the new call catches the eye
    assert not board.empty_called.isVisible()
    assert [w.text() for w in board.next_labels if w.isVisible()] == ["002", "003", "004"]
    assert board.waiting.text() == "3"

    qtbot.mouseClick(nurse.queue.start_button, Qt.MouseButton.LeftButton)
    vitals = nurse.donor.vitals
    for key, value in (("weight", "61"), ("haemoglobin", "12,8"), ("systolic", "118"), ("diastolic", "76")):
        vitals.inputs[key].setText(value)
    vitals.save()
    nurse.donor.decision.bag.setText("QTR0001")  # the centre's own numbers, no ISBT labels
    qtbot.mouseClick(nurse.donor.decision.donate_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(nurse.donor.decision.confirm_donation, Qt.MouseButton.LeftButton)
    assert nurse.donor.details.status == "donated"
    qtbot.waitUntil(lambda: board.progress.value() == 1, timeout=500)
    assert board.progress.format() == "\u20661 / 100\u2069"  # kept left to right (an Arabic kiosk beside it)
    assert shown_calls(board) == []  # decided: no longer called
    assert visits[0].ticket == 1


def test_the_board_shows_no_name_ever(qtbot, app, board_app, staff):
    visits = demo.check_in(app, 8, needs_staff=(3,), refer=(2,))
    nurse = open_nurse(qtbot, app, staff)
    board = open_board(qtbot, board_app)
    for _ in range(3):
        qtbot.mouseClick(nurse.queue.call_next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown_calls(board)) == 3, timeout=500)
    names = {part for v in visits for name in (v.name_latin, v.name_ar) for part in name.split() if len(part) >= 3}
    assert len(names) > 20
    on_board = " ".join(board.texts())
    assert [part for part in names if part in on_board] == []
    assert board.windowTitle() == "Qatra"


def test_headings_come_from_both_catalogues_side_by_side(qtbot, board_app, app):
    board = open_board(qtbot, board_app)
    ar, fr = labels_for("ar"), labels_for("fr")
    assert (
        (board.called_heading.labels["ar"].text(), board.called_heading.labels["fr"].text())
        == (ar("Board", "Called tickets"), fr("Board", "Called tickets"))
        == ("التذاكر المنادى عليها", "Tickets appelés")
    )
    assert board.wait.labels["ar"].text().endswith(" د") and board.wait.labels["fr"].text().endswith(" min")
    assert board.name.labels["ar"].text() == "حملة التبرع بالدم بخريبكة"
    assert board.name.labels["fr"].text() == "Campagne de don du sang de Khouribga"
    assert board.clock.text() == "10:30"
    assert (board.date.labels["ar"].text(), board.date.labels["fr"].text()) == (
        "الثلاثاء 2 دجنبر 2025",
        "mardi 2 décembre 2025",
    )
    # Side by side: French on the left, Arabic on the right, whatever the kiosk's language is.
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        qtbot.wait(1)
        assert board.layoutDirection() == Qt.LayoutDirection.LeftToRight
        left = board.called_heading.labels["fr"].mapTo(board, board.called_heading.labels["fr"].rect().topLeft()).x()
        right = board.called_heading.labels["ar"].mapTo(board, board.called_heading.labels["ar"].rect().topLeft()).x()
        assert left < right
    finally:
        QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_board_scales_to_the_screen_and_cuts_no_text(qtbot, app, board_app, staff):
    demo.check_in(app, 16)
    nurse = open_nurse(qtbot, app, staff)
    for _ in range(5):  # the fullest board: five calls and eight next tickets
        qtbot.mouseClick(nurse.queue.call_next_button, Qt.MouseButton.LeftButton)
    board = open_board(qtbot, board_app)

    def cut() -> list[str]:
        labels = [w for w in board.findChildren(QLabel) if w.isVisible() and w.text()]
        return [
            w.text()
            for w in labels
            if w.height() < w.minimumSizeHint().height() or w.width() < w.minimumSizeHint().width()
        ]

    for width, height in ((1920, 1080), (1366, 768)):
        board.resize(width, height)
        qtbot.waitUntil(lambda: board.size().height() == height and cut() == [], timeout=1000)  # noqa: B023
        assert len(shown_calls(board)) == 5
    assert board.rows[0].ticket.font().pixelSize() < 72  # smaller screen, smaller texts


def _clock_text_left(board: BoardWindow) -> float:
    from PySide6.QtGui import QFontMetricsF

    clock = board.clock
    inside = clock.contentsRect()
    width = QFontMetricsF(clock.font()).horizontalAdvance(clock.text())
    return clock.mapTo(board, inside.topLeft()).x() + (inside.width() - width) / 2


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_the_drop_leaves_room_for_the_clock_digits(qtbot, board_app, size):
    board = open_board(qtbot, board_app)
    board.resize(*size)
    qtbot.waitUntil(lambda: board.width() == size[0] and board.clock.width() >= board.clock.sizeHint().width())
    drop = board.drop.rect().translated(board.drop.mapTo(board, QPoint(0, 0)))
    gap = _clock_text_left(board) - (drop.x() + drop.width())
    assert gap >= drop.width() / 3, (gap, drop, board.clock.geometry())  # a clear space, not touching


def test_the_kiosks_language_does_not_leak_into_the_board(qtbot, app, board_app, staff, make_window):
    """`station all`: the kiosk switches the application's language and direction
    with each donor; the board, in the same process, looks the same whatever it is."""
    demo.check_in(app, 3)
    kiosk = make_window()  # the kiosk in the same process, starting in Arabic
    board = open_board(qtbot, board_app)
    board.resize(1280, 720)
    qtbot.mouseClick(kiosk.welcome.buttons["fr"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.instance().layoutDirection() == Qt.LayoutDirection.LeftToRight)
    qtbot.wait(50)
    in_french = board.grab().toImage()
    kiosk.reset()  # back to the welcome screen in Arabic: right to left, ar_MA
    qtbot.mouseClick(kiosk.welcome.buttons["ar"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.instance().layoutDirection() == Qt.LayoutDirection.RightToLeft)
    qtbot.wait(50)
    assert board.progress.format().strip("\u2066\u2069") == "0 / 100"
    assert board.grab().toImage() == in_french  # the donations counter reads "0 / 100", never "100 / 0"
