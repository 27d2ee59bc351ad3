"""No control moves when a message appears at the nurse station: a printer problem in
the top bar, a long sentence on the status line, the bag-number check under its field,
the vitals result; a click lands on the button that was there a moment ago."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QLineEdit

from devtools import demo


class JammedPrinter:
    """A printer that never takes a document."""

    def print_pdf(self, pdf: Path, printer: str, kind: str, title: str) -> None:
        from kiosk.ui.printers.device import STOPPED, PrintFailure

        raise PrintFailure(STOPPED, "paper jam", printer)


def print_queue(app):
    def make(words):
        from kiosk.station_settings import StationSettings
        from kiosk.ui.printers import PrintQueue

        name = "Evolis Primacy 2 au bureau d’accueil du hall principal, deuxième étage, côté parking"
        settings = StationSettings(printers={"card": name, "certificate": name})
        return PrintQueue(
            app, "nurse-1", settings, device=JammedPrinter(), all_stations=True, translate=words.translate
        )

    return make


def places(window) -> dict[str, QRect]:
    """Where each control of the window is, in window coordinates."""
    found = {}
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLineEdit):
        if widget.isVisibleTo(window) and widget.objectName() != "qt_spinbox_lineedit":
            key = f"{type(widget).__name__}:{widget.objectName()}:{id(widget)}"
            found[key] = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return found


def settled(qtbot, window) -> dict[str, QRect]:
    qtbot.wait(30)  # layouts run on the next turn of the event loop
    return places(window)


def moved(before: dict[str, QRect], after: dict[str, QRect]) -> list[str]:
    return [
        f"{key} {before[key].getRect()} -> {after[key].getRect()}"
        for key in before
        if key in after and before[key] != after[key]
    ]


def test_a_printer_problem_does_not_grow_the_top_bar(qtbot, nurse):
    demo.check_in(nurse.app, 1)
    window = nurse.open("fr", printer=print_queue(nurse.app))
    nurse.sign_in("nurse")
    nurse.to_interview()
    bar = window.findChild(type(window.title.parentWidget()), "topBar")
    height = bar.height()
    before = settled(qtbot, window)
    nurse.click(window.donor.header.print_card)
    qtbot.waitUntil(lambda: window.print_status.isVisible() and bool(window.print_status.detail.text()), timeout=5000)
    after = settled(qtbot, window)
    assert bar.height() == height
    assert moved(before, after) == []
    assert "Evolis" in window.print_status.detail.toolTip() or "Evolis" in window.print_status.detail.text()


def test_a_long_status_message_moves_nothing(qtbot, nurse):
    for lang in ("fr", "ar"):
        window = nurse.open(lang)
        nurse.sign_in("nurse")
        before = settled(qtbot, window)
        window.show_message("Une phrase très longue " * 20, True)
        after = settled(qtbot, window)
        assert moved(before, after) == []
        window.show_message("")
        assert moved(before, settled(qtbot, window)) == []
        window.close()


def test_the_bag_check_and_the_vitals_result_move_no_button(qtbot, nurse):
    demo.check_in(nurse.app, 1)
    window = nurse.open("fr")
    nurse.sign_in("nurse")
    nurse.to_interview()
    vitals = window.donor.vitals
    window.donor.tabs.setCurrentIndex(1)
    before = settled(qtbot, window)
    nurse.type_vitals(haemoglobin="11,2", systolic="172", weight="45")  # three reasons, four lines
    assert len(vitals.result.text().splitlines()) == 4
    assert moved(before, settled(qtbot, window)) == []
    nurse.type_vitals()
    assert moved(before, settled(qtbot, window)) == []

    decision = window.donor.decision
    window.donor.tabs.setCurrentIndex(2)
    before = settled(qtbot, window)
    for typed in ("G123 498 654 321 X", "=G12349865432177", "", "12"):
        decision.bag.setText(typed)
        decision.check_bag()
        assert moved(before, settled(qtbot, window)) == [], (typed, decision.bag_status.text())
    qtbot.keyClicks(decision.bag, "3")  # typing clears the check
    assert decision.bag_status.text() == ""
    assert moved(before, settled(qtbot, window)) == []
