"""Starting the staff stations: the command line, this machine's settings, and
`kiosk station all` (three windows of one process on one database)."""

import argparse
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from devtools import demo
from kiosk import station_settings
from kiosk.app import App
from kiosk.cli import build_parser
from kiosk.ui import stations
from kiosk.ui.nurse.station import settings_from
from kiosk.ui.qtapp import create_application
from kiosk.ui.screens import open_all, place

MORNING = datetime(2025, 12, 2, 9, 30, tzinfo=UTC)


def test_the_station_command_starts_every_station():
    parser = build_parser()
    args = parser.parse_args(["station", "nurse", "--booth", "3", "--station-name", "hall-b", "--staff-language", "fr"])
    assert (args.station, args.booth, args.station_name, args.staff_language) == ("nurse", 3, "hall-b", "fr")
    for kind in ("kiosk", "nurse", "display", "all"):
        assert parser.parse_args(["station", kind]).station == kind
        assert kind in stations.RUNNERS
    with pytest.raises(SystemExit):
        parser.parse_args(["station", "nurse", "--booth", "two"])


def test_booth_and_name_from_the_command_line_then_this_machines_settings():
    assert settings_from(argparse.Namespace(booth=None, station_name=None)).station == "nurse-1"
    station_settings.save(station_settings.StationSettings(station="tente-2", booth=2))
    saved = settings_from(argparse.Namespace(booth=None, station_name=None))
    assert (saved.booth, saved.station) == (2, "tente-2")
    given = settings_from(argparse.Namespace(booth=4, station_name="hall-b"))
    assert (given.booth, given.station) == (4, "hall-b")


def forget_language(switch, locale) -> None:
    """Leave the application as the next tests expect it: no kiosk translators, left to right."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    for translator in switch.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def app(qtbot, db_url):
    create_application()
    application = App(db_url, clock=lambda: MORNING)
    application.open()
    yield application
    application.close()


def test_all_stations_in_one_process_keep_their_own_languages(qtbot, app, request):
    staff = demo.add_staff(app, (("Naima Berrada", "nurse", "2468"),))
    demo.check_in(app, 3)
    from PySide6.QtCore import QLocale

    locale = QLocale()
    all_ = open_all(app, argparse.Namespace(booth=2, station_name=None, staff_language="ar"))
    request.addfinalizer(lambda: forget_language(all_.switch, locale))
    for _, window in all_.windows():
        qtbot.addWidget(window)
    placed = place(all_.windows(), QGuiApplication.screens()[:1])  # one screen: three ordinary windows
    assert placed == {"kiosk": None, "nurse": None, "display": None}
    assert all(window.isVisible() and not window.isFullScreen() for _, window in all_.windows())
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert all_.nurse.width() <= 1366 and all_.nurse.height() <= 768  # as designed, or less on a small screen
    assert area.contains(all_.board.frameGeometry())  # cascaded, the last one still on the screen

    # A donor picks French at the kiosk: the application turns left to right, not the staff screens.
    all_.switch.set_language("fr")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert all_.nurse.words.lang == "ar" and all_.nurse.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert all_.nurse.sign_in.title.text() == "محطة التمريض"
    all_.switch.set_language("ar")
    assert all_.board.layoutDirection() == Qt.LayoutDirection.LeftToRight

    nurse = all_.nurse
    nurse.sign_in.choose(staff["nurse"])
    nurse.sign_in.pin.setText("2468")
    nurse.sign_in.submit()
    qtbot.waitUntil(lambda: nurse.context.actor is not None, timeout=10_000)  # checked off the GUI thread
    qtbot.mouseClick(nurse.queue.call_next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: [(r.ticket.text(), r.booth.text()) for r in all_.board.rows if r.isVisible()] == [("001", "2")],
        timeout=500,
    )
    assert nurse.context.station == "nurse-2" and app.station == "kiosk"  # the kiosk keeps its own name


def test_windows_sharing_one_screen_are_cascaded_and_stay_on_it(qtbot):
    from PySide6.QtWidgets import QWidget

    windows = [("kiosk", QWidget()), ("nurse", QWidget()), ("display", QWidget())]
    for _, window in windows:
        qtbot.addWidget(window)
    screen = QGuiApplication.primaryScreen()
    assert place(windows, [screen]) == {"kiosk": None, "nurse": None, "display": None}
    area = screen.availableGeometry()
    corners = [window.geometry().topLeft().toTuple() for _, window in windows]
    assert len(set(corners)) == 3  # not stacked at one corner
    xs, ys = zip(*corners, strict=True)
    assert list(xs) == sorted(xs) and list(ys) == sorted(ys)  # each right of and below the one before
    for _, window in windows:
        assert area.contains(window.frameGeometry()), (window.frameGeometry(), area)  # wholly on the screen
        assert window.isVisible() and not window.isFullScreen()


def test_each_window_gets_a_screen_of_its_own_when_there_are_enough(qtbot):
    from PySide6.QtWidgets import QWidget

    windows = [("kiosk", QWidget()), ("nurse", QWidget()), ("display", QWidget())]
    for _, window in windows:
        qtbot.addWidget(window)
    screen = QGuiApplication.primaryScreen()
    placed = place(windows, [screen, screen, screen])
    assert placed == {"kiosk": screen, "nurse": screen, "display": screen}
    kinds = dict(windows)
    assert kinds["kiosk"].isFullScreen() and kinds["display"].isFullScreen()
    assert kinds["nurse"].isMaximized()
