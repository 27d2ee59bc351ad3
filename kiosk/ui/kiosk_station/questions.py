"""The pre-donation questionnaire from the rule pack: one question per screen
with its pictogram, large Yes / No, "when?" for dated events, a progress bar;
then a review of every answer before sending."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.eligibility import AnswerKind, Question
from kiosk.i18n.dates import locale
from kiosk.ui.keyboard import keyboard_field
from kiosk.ui.kiosk_station.base import Screen, button, current_language, touch_scroll
from kiosk.ui.kiosk_station.pickers import MonthPicker
from kiosk.ui.widgets import isolate, label, ltr

translate = QCoreApplication.translate

PICTOGRAM = 128


class QuestionScreen(Screen):
    """One question. `answered(value)`: True/False for yes/no, a date or None for
    dated events, a number for number questions."""

    name = "question"
    answered = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(has_next=False, parent=parent)
        self.question: Question | None = None
        self.index, self.total = 0, 0
        self.months: list[tuple[int, int]] = []
        self.earliest: date | None = None
        self.progress_text = label("progress", align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.progress_text)
        top.addWidget(self.progress, 1)
        self.picture = QSvgWidget()
        self.picture.setFixedSize(PICTOGRAM, PICTOGRAM)
        self.text = label("question")
        picture_row = QHBoxLayout()
        picture_row.addStretch(1)
        picture_row.addWidget(self.picture)
        picture_row.addStretch(1)

        self.steps = QStackedWidget()
        # Yes / No
        ask = QWidget()
        self.no = button("no")
        self.yes = button("yes")
        self.no.clicked.connect(self._no)
        self.yes.clicked.connect(self._yes)
        row = QHBoxLayout(ask)
        row.addStretch(1)
        row.addWidget(self.yes)
        row.addSpacing(60)
        row.addWidget(self.no)
        row.addStretch(1)
        # When?
        when = QWidget()
        self.when = label("when")
        self.picker = MonthPicker()
        self.picker.chosen.connect(self._month)
        box = QVBoxLayout(when)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.when)
        box.addWidget(self.picker)
        box.addStretch(1)
        # A number (with its unit)
        number = QWidget()
        self.number = keyboard_field("digits")
        self.number.setObjectName("number")
        self.number.setMaxLength(4)
        self.number.returnPressed.connect(self._number)
        self.unit = label("caption")
        self.number_ok = button("primary")
        self.number_ok.clicked.connect(self._number)
        line = QHBoxLayout(number)
        line.addStretch(1)
        line.addWidget(self.number)
        line.addWidget(self.unit)
        line.addSpacing(30)
        line.addWidget(self.number_ok)
        line.addStretch(1)
        for page in (ask, when, number):
            self.steps.addWidget(page)
        self.ask_page, self.when_page, self.number_page = ask, when, number

        self.body.addLayout(top)
        self.body.addLayout(picture_row)
        self.body.addWidget(self.text)
        self.body.addWidget(self.steps, 1)
        self.translate_ui()

    def set_question(
        self,
        question: Question,
        index: int,
        total: int,
        months: list[tuple[int, int]],
        answer: Any = None,
        earliest: date | None = None,
    ) -> None:
        self.question, self.index, self.total, self.months = question, index, total, months
        self.earliest = earliest
        self.picture.load(str(question.pictogram))
        self.progress.setRange(0, total)
        self.progress.setValue(index + 1)
        self.number.clear()
        if question.kind is AnswerKind.NUMBER:
            if isinstance(answer, int | float) and not isinstance(answer, bool):
                self.number.setText(str(answer))
            self.steps.setCurrentWidget(self.number_page)
        else:
            self.steps.setCurrentWidget(self.ask_page)
        self.picture.setVisible(True)
        self.translate_ui()

    @property
    def asking_when(self) -> bool:
        return self.steps.currentWidget() is self.when_page

    def _yes(self) -> None:
        if self.question is not None and self.question.kind is AnswerKind.DATE:
            self.picker.set_months(self.months, self.earliest)
            self.steps.setCurrentWidget(self.when_page)
            self.picture.setVisible(False)  # room for the months
            self.translate_ui()
            return
        self.answered.emit(True)

    def _no(self) -> None:
        dated = self.question is not None and self.question.kind is AnswerKind.DATE
        self.answered.emit(None if dated else False)

    def _month(self, chosen: tuple[int, int] | None) -> None:
        self.answered.emit(chosen)  # (year, month) or None: the window turns it into a date

    def _number(self) -> None:
        text = self.number.text().strip()
        if text.isdigit():
            self.answered.emit(int(text))

    def go_back(self) -> bool:
        """Back inside the question ("when?" → yes/no); False when there is nothing to undo here."""
        if self.asking_when:
            self.steps.setCurrentWidget(self.ask_page)
            self.picture.setVisible(True)
            return True
        return False

    def first_field(self) -> QWidget | None:
        return self.number if self.steps.currentWidget() is self.number_page else None

    def translate_ui(self) -> None:
        super().translate_ui()
        lang = current_language()
        self.heading.setText("")
        self.heading.setVisible(False)
        self.progress_text.setText(
            translate("Question", "Question %1 of %2").replace("%1", ltr(self.index + 1)).replace("%2", ltr(self.total))
        )
        question = self.question
        self.text.setText(question.text.of(lang) if question else "")
        self.yes.setText(translate("Question", "Yes"))
        self.no.setText(translate("Question", "No"))
        self.when.setText(question.when.of(lang) if question and question.when else translate("Question", "When?"))
        self.unit.setText(question.unit.of(lang) if question and question.unit else "")
        self.number_ok.setText(translate("Question", "OK"))


def answer_text(question: Question, value: Any, lang: str) -> str:
    """An answer as the review shows it."""
    if question.kind is AnswerKind.DATE:
        if isinstance(value, date):
            return isolate(locale(lang).standaloneMonthName(value.month) + f" {value.year}")
        return translate("Review", "No")
    if question.kind is AnswerKind.NUMBER:
        unit = question.unit.of(lang) if question.unit else ""
        return ltr(value) + (f" {unit}" if unit else "") if value is not None else "—"
    return translate("Review", "Yes") if value else translate("Review", "No")


class ReviewScreen(Screen):
    """Every answer, each with a "Change" button, and "Send"."""

    name = "review"
    change = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.hint = label("hint")
        self.rows: list[tuple[Question, Any]] = []
        self.list = QWidget()
        self.list.setObjectName("review_list")
        self.grid = QGridLayout(self.list)
        self.grid.setColumnStretch(0, 1)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.scroll_area = touch_scroll(self.list)
        self.widgets: list[tuple[QLabel, QLabel, QPushButton]] = []
        self.body.addWidget(self.hint)
        self.body.addWidget(self.scroll_area, 1)
        self.translate_ui()

    def set_answers(self, rows: list[tuple[Question, Any]]) -> None:
        """One row per question; rows are made once and reused (a review is shown
        again after every change)."""
        self.rows = rows
        while len(self.widgets) < len(rows):
            index = len(self.widgets)
            text = label("review_question", align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            value = label("review_answer")
            edit = button("change")
            edit.clicked.connect(lambda _=False, i=index: self.change.emit(i))
            self.grid.addWidget(text, index, 0)
            self.grid.addWidget(value, index, 1)
            self.grid.addWidget(edit, index, 2)
            self.widgets.append((text, value, edit))
        for index, widgets in enumerate(self.widgets):
            for widget in widgets:
                widget.setVisible(index < len(rows))
        self.translate_ui()
        self.scroll_area.verticalScrollBar().setValue(0)

    def clear(self) -> None:
        self.set_answers([])

    def translate_ui(self) -> None:
        super().translate_ui()
        lang = current_language()
        self.heading.setText(translate("Review", "Please check your answers"))
        self.hint.setText(translate("Review", "Tap “Change” to correct an answer, then send."))
        self.next_button.setText(translate("Review", "Send"))
        for (question, value), (text, shown, edit) in zip(self.rows, self.widgets[: len(self.rows)], strict=True):
            text.setText(question.text.of(lang))
            shown.setText(answer_text(question, value, lang))
            shown.setProperty("attention", value is not None and value is not False)
            shown.style().polish(shown)
            edit.setText(translate("Review", "Change"))
