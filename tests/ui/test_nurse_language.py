"""A language switch at the nurse station leaves nothing in the other language: the
status line, the bag-number check, the vitals result, the sign-in feedback and the
dates are read again in the new language; dates follow it (ar_MA, fr_MA)."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLabel, QLineEdit, QTabWidget

from devtools import demo

ARABIC = re.compile(r"[\u0600-\u06ff]")
ISOLATED = re.compile(r"[\u2066\u2067\u2068][^\u2069]*\u2069")  # values and names, in any script
LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ’']{2,}")
LATIN_IN_ARABIC = {"ISBT", "QR", "kiosk"}  # names of things, written so in Arabic too


def shown_texts(window) -> list[tuple[object, str]]:
    """(widget, text) of everything staff can read now, every tab of the donor panel in turn."""
    found = []
    tabs = window.donor.tabs
    current = tabs.currentIndex()
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
            if widget.isVisibleTo(window) and widget.text():
                found.append((widget, widget.text()))
            if widget.isVisibleTo(window) and widget.toolTip():
                found.append((widget, widget.toolTip()))
        for widget in window.findChildren(QLineEdit):
            if widget.isVisibleTo(window) and not isinstance(widget.parent(), QDateEdit | QComboBox):
                found.append((widget, widget.placeholderText()))
        for widget in window.findChildren(QComboBox) + window.findChildren(QDateEdit):
            if widget.isVisibleTo(window):
                found.append((widget, widget.currentText() if isinstance(widget, QComboBox) else widget.text()))
    tabs.setCurrentIndex(current)
    found += [(tabs, tabs.tabText(i)) for i in range(tabs.count())]
    for tab_widget in window.findChildren(QTabWidget):
        found += [(tab_widget, tab_widget.tabText(i)) for i in range(tab_widget.count())]
    return [(w, t) for w, t in found if t]


def other_language(window, lang: str) -> list[str]:
    """The texts that are in the other language than `lang` (names and values aside)."""
    donor_names = (window.donor.header.name_ar, window.donor.header.name_latin, window.language_button)
    wrong = []
    for widget, text in shown_texts(window):
        if widget in donor_names:
            continue
        bare = ISOLATED.sub("", text)
        if lang == "fr" and ARABIC.search(bare):
            wrong.append(text)
        if lang == "ar" and [w for w in LATIN_WORD.findall(bare) if w not in LATIN_IN_ARABIC]:
            wrong.append(text)
    return wrong


def test_every_message_follows_a_switch_to_french_and_back(qtbot, nurse):
    demo.check_in(nurse.app, 3)
    window = nurse.open("ar")
    nurse.sign_in("doctor")
    nurse.to_interview()
    nurse.type_vitals(haemoglobin="11.2")  # outside the thresholds: the result lists why
    vitals = window.donor.vitals
    assert ARABIC.search(vitals.result.text())
    decision = window.donor.decision
    window.donor.tabs.setCurrentIndex(2)
    decision.bag.setText("=G12349865432177")
    decision.check_bag()
    assert decision.bag_status.text().startswith("رقم التبرع")
    window.donor.header.print_card.click()  # no printer here: an error on the status line
    assert ARABIC.search(window.status.text())

    nurse.click(window.language_button)
    assert window.words.lang == "fr"
    assert other_language(window, "fr") == []
    assert decision.bag_status.text() == (
        "Numéro de don ISBT 128 \u2066G1234 98 654321 H\u2069\u00a0: caractère de contrôle correct."
    )
    assert vitals.result.text().splitlines()[0] == "Hors des seuils\u00a0: le donneur ne peut pas donner aujourd’hui."
    assert window.status.text() == "Le document n'a pas pu être imprimé ; il est gardé pour un nouvel essai."
    assert decision.until.text() == "3 décembre 2025"  # the day after today, in French order

    nurse.click(window.language_button)
    assert window.words.lang == "ar"
    assert other_language(window, "ar") == []
    assert decision.until.text() == "3 دجنبر 2025"


def test_the_deferral_date_reads_in_the_language_of_the_moment(qtbot, nurse):
    demo.check_in(nurse.app, 1)
    window = nurse.open("ar")
    nurse.sign_in("doctor")
    nurse.to_interview()
    decision = window.donor.decision
    decision.until.setDate(QDate(2026, 11, 30))
    nurse.click(window.language_button)
    assert decision.until.text() == "30 novembre 2026"
    assert decision.until.calendarWidget().locale().name() == "fr_MA"


def test_a_refusal_at_the_sign_in_follows_the_switch(qtbot, nurse):
    window = nurse.open("ar")
    window.sign_in.choose(nurse.staff["nurse"])
    window.sign_in.pin.setText("12")
    window.sign_in.submit()
    assert ARABIC.search(window.sign_in.feedback.text())
    nurse.click(window.language_button)
    assert window.sign_in.feedback.text() == "Un code PIN compte de 4 à 8 chiffres."


def test_a_deferral_on_the_record_is_named_in_the_station_language(qtbot, nurse):
    """A waiting donor with a deferral on their record (e.g. from the centre's register):
    the queue's flag names its reason in the station's words, not the pack's id."""
    from datetime import date

    from kiosk.domain.eligibility import default_pack
    from kiosk.storage.models import Deferral, Visit

    pack = default_pack()
    visits = demo.check_in(nurse.app, 2)
    with nurse.app.db.write() as session:
        donor_id = session.get(Visit, visits[1].visit_id).donor_id
        session.add(
            Deferral(donor_id=donor_id, reason="haemoglobin", until=date(2026, 1, 10), created_at=nurse.app.now())
        )
    window = nurse.open("fr")
    nurse.sign_in("nurse")
    model = window.queue.model
    row = model.row_of(visits[1].visit_id)
    assert model.index(row, 4).data() == "Ajourné dans son dossier\u00a0: " + pack.explain("haemoglobin", "fr")
    nurse.click(window.language_button)
    assert pack.explain("haemoglobin", "ar") in model.index(row, 4).data()
    assert "haemoglobin" not in model.index(row, 4).data()
