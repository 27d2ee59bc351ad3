"""The pre-donation questionnaire from the rule pack, one screen per step: a
question alone with its pictogram, or questions of one period together ("In the
last 6 months, have you had any of these?") with "which?" and "when?" after a
yes; large Yes / No, a progress bar that counts screens; then a review of every
answer before sending. Texts address the donor as a woman or a man."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.eligibility import AnswerKind, Question, Step, say
from kiosk.domain.eligibility.model import Text
from kiosk.i18n.dates import locale
from kiosk.i18n.typography import typeset
from kiosk.ui.keyboard import keyboard_field
from kiosk.ui.kiosk_station.base import Screen, button, current_language, touch_scroll
from kiosk.ui.kiosk_station.pickers import MonthPicker
from kiosk.ui.widgets import isolate, label, ltr

if TYPE_CHECKING:
    from kiosk.kiosk_flow import KioskFlow

translate = QCoreApplication.translate
Addressed = TypeVar("Addressed", bound=QWidget)

PICTOGRAM = 128
ITEM_PICTOGRAM = 40
ITEMS_IN_ONE_COLUMN = 4
ANSWERS_ABOVE_FOOTER = 40  # px between Yes / No and the footer's Back
LEADING = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter


def question_steps(flow: KioskFlow) -> tuple[Step, ...]:
    """The question screens for the donor the flow holds, in order (the window
    shows one per step; the progress bar counts them)."""
    return flow.pack.steps_for(str(flow.sex), flow.first_time)  # as steps_for keys it


def displayed(text: Text, lang: str, sex: str | None = None) -> str:
    """A rule-pack text as the donor reads it: in their form, with the language's typography."""
    return typeset(say(text, lang, sex), lang)


def address(screens: Iterable[Addressed], sex: str | None) -> list[Addressed]:
    """Tell every screen that speaks to the donor whether to say "venue" or "venu"
    (None: not known yet, neutral forms); returns those screens."""
    addressed = []
    for screen in screens:
        setter = getattr(screen, "set_sex", None)
        if setter is not None:
            setter(sex)
            addressed.append(screen)
    return addressed


def no_answer(question: Question) -> Any:
    """What "no" records: False, or None ("never") for a "when?" question."""
    return None if question.kind is AnswerKind.DATE else False


class QuestionScreen(Screen):
    """One step. `answered(dict)`: question id -> True/False for yes/no, (year,
    month) or None for dated events, a number for number questions; every
    question of the step is in it."""

    name = "question"
    answered = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(has_next=False, parent=parent)
        self.step: Step | None = None
        self.flow: KioskFlow | None = None
        self.sex: str | None = None
        self.index, self.total = 0, 0
        self.chosen: list[Question] = []  # a group's items the donor picked
        self.values: dict[str, Any] = {}
        self.dated: list[Question] = []  # chosen dated items, asked "when?" in turn
        self.asking: int = 0  # which of `dated` the "when?" page asks now
        self.progress_text = label("progress", align=LEADING)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.progress_text)
        top.addWidget(self.progress, 1)
        self.picture = QSvgWidget()
        self.picture.setFixedSize(PICTOGRAM, PICTOGRAM)
        self.text = label("question")
        self.confidential = label("notice")
        picture_row = QHBoxLayout()
        picture_row.addStretch(1)
        picture_row.addWidget(self.picture)
        picture_row.addStretch(1)

        self.steps = QStackedWidget()
        # Yes / No (a group lists its items above them)
        ask = QWidget()
        self.items = QWidget()
        self.items_grid = QGridLayout(self.items)
        self.items_grid.setContentsMargins(20, 0, 20, 0)
        self.items_grid.setHorizontalSpacing(10)
        self.items_grid.setVerticalSpacing(2)
        self.items_grid.setColumnStretch(1, 1)
        self.items_grid.setColumnStretch(3, 1)
        self.item_rows: list[tuple[QSvgWidget, QLabel]] = []
        self.no = button("no")
        self.yes = button("yes")
        self.no.clicked.connect(self._no)
        self.yes.clicked.connect(self._yes)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.yes)
        row.addSpacing(60)
        row.addWidget(self.no)
        row.addStretch(1)
        # Yes / No at one place on every question, whatever the question's length
        # or a group's list: a fixed distance above the footer.
        ask_box = QVBoxLayout(ask)
        ask_box.setContentsMargins(0, 0, 0, 0)
        ask_box.addWidget(self.items)
        ask_box.addStretch(1)
        ask_box.addLayout(row)
        ask_box.addSpacing(ANSWERS_ABOVE_FOOTER)
        # Which? (a group after "yes")
        which = QWidget()
        self.which_hint = label("hint")
        self.choices_box = QWidget()
        self.choices_grid = QGridLayout(self.choices_box)
        self.choices_grid.setContentsMargins(0, 0, 0, 0)
        self.choices_grid.setHorizontalSpacing(12)
        self.choices_grid.setVerticalSpacing(8)
        self.choices_grid.setColumnStretch(1, 1)
        self.choice_rows: list[tuple[QSvgWidget, QPushButton]] = []
        self.which_ok = button("primary")
        self.which_ok.clicked.connect(self._which_done)
        ok_row = QHBoxLayout()
        ok_row.addStretch(1)
        ok_row.addWidget(self.which_ok)
        which_box = QVBoxLayout(which)
        which_box.setContentsMargins(0, 0, 0, 0)
        which_box.addWidget(self.which_hint)
        which_box.addWidget(touch_scroll(self.choices_box), 1)
        which_box.addLayout(ok_row)
        # When?
        when = QWidget()
        self.when_item = label("caption")
        self.when = label("when")
        self.picker = MonthPicker()
        self.picker.chosen.connect(self._month)
        box = QVBoxLayout(when)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.when_item)
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
        for page in (ask, which, when, number):
            self.steps.addWidget(page)
        self.ask_page, self.which_page, self.when_page, self.number_page = ask, which, when, number
        self._page(ask)

        self.body.addLayout(top)
        self.body.addLayout(picture_row)
        self.body.addWidget(self.text)
        self.body.addWidget(self.confidential)
        self.body.addWidget(self.steps, 1)
        self.translate_ui()

    def _page(self, page: QWidget) -> None:
        """Bring `page` forward; only it counts for the screen's size (a stack is as
        tall as its tallest page otherwise, and the month grid is tall)."""
        for other in (self.ask_page, self.which_page, self.when_page, self.number_page):
            policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
        self.steps.setCurrentWidget(page)
        self.steps.updateGeometry()

    # -- what is asked
    @property
    def question(self) -> Question | None:
        """The question being asked now: the step's only one, or on a "when?" page
        the item it asks about; None on a group's list."""
        if self.step is None:
            return None
        if self.asking_when and self.dated:
            return self.dated[self.asking]
        return self.step.questions[0] if not self.step.grouped else None

    def set_step(self, step: Step, index: int, total: int, flow: KioskFlow) -> None:
        self.step, self.index, self.total, self.flow = step, index, total, flow
        self.sex = flow.sex
        self.chosen, self.values, self.dated, self.asking = [], {}, [], 0
        self.picker.set_months([], None)  # an empty picker: the stack keeps no month grid's height
        self.progress.setRange(0, total)
        self.progress.setValue(index + 1)
        self.number.clear()
        first = step.questions[0]
        self.picture.load(str(first.pictogram))
        self.picture.setVisible(not step.grouped)
        self._rows(step)
        self._show_given(step, flow.answers)
        if first.kind is AnswerKind.NUMBER and not step.grouped:
            answer = flow.answers.get(first.id)
            if isinstance(answer, int | float) and not isinstance(answer, bool):
                self.number.setText(str(answer))
            self._page(self.number_page)
        else:
            self._page(self.ask_page)
        self.translate_ui()

    def set_sex(self, sex: str | None) -> None:
        self.sex = sex
        self.translate_ui()

    def _show_given(self, step: Step, answers: dict[str, Any]) -> None:
        """A donor back on a question sees what they answered: Yes or No marked
        (the months and a group's items are marked where they are picked)."""
        given = [answers[q.id] for q in step.questions if q.id in answers]
        yes = any(value is not None and value is not False for value in given)
        for widget, chosen in ((self.yes, bool(given) and yes), (self.no, bool(given) and not yes)):
            if widget.property("chosen") != chosen:  # a style sheet pass only when the mark changes
                widget.setProperty("chosen", chosen)
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def given_month(self, question: Question) -> tuple[int, int] | None:
        """The month answered before for a dated question, if any."""
        value = self.flow.answers.get(question.id) if self.flow is not None else None
        return (value.year, value.month) if isinstance(value, date) else None

    def _rows(self, step: Step) -> None:
        """A group's items: lines under the question, and the same as buttons on "which?"."""
        questions = step.questions if step.grouped else ()
        for icon, text in self.item_rows:  # laid out again: two columns for a long list
            self.items_grid.removeWidget(icon)
            self.items_grid.removeWidget(text)
        columns = 2 if len(questions) > ITEMS_IN_ONE_COLUMN else 1
        rows = -(-len(questions) // columns)
        self.reserve(len(questions))
        for index, (icon, text) in enumerate(self.item_rows[: len(questions)]):
            self.items_grid.addWidget(icon, index % rows, 2 * (index // rows))
            self.items_grid.addWidget(text, index % rows, 2 * (index // rows) + 1)
        answers = self.flow.answers if self.flow is not None else {}
        # Rows shown or hidden in a shown box each lay the whole box out again;
        # in hidden boxes they cost nothing, and the boxes are laid out once.
        self.items.setVisible(False)
        self.choices_box.setVisible(False)
        for row, ((icon, text), (choice_icon, choice)) in enumerate(zip(self.item_rows, self.choice_rows, strict=True)):
            shown = row < len(questions)
            for widget in (icon, text, choice_icon, choice):
                widget.setVisible(shown)
            if shown:
                icon.load(str(questions[row].pictogram))
                choice_icon.load(str(questions[row].pictogram))
                value = answers.get(questions[row].id)
                choice.blockSignals(True)
                choice.setChecked(value is not None and value is not False)
                choice.blockSignals(False)
        self.choices_box.setVisible(True)
        self.items.setVisible(bool(questions))

    def reserve(self, items: int) -> None:
        """Rows for a group of `items` questions, made (and styled) once: the window
        makes them for the pack's largest group while the welcome screen waits."""
        while len(self.item_rows) < items:
            row = len(self.item_rows)
            icon = QSvgWidget()
            icon.setFixedSize(ITEM_PICTOGRAM, ITEM_PICTOGRAM)
            text = label("item", align=LEADING)
            self.item_rows.append((icon, text))
            choice_icon = QSvgWidget()
            choice_icon.setFixedSize(ITEM_PICTOGRAM, ITEM_PICTOGRAM)
            choice = button("choice_item", checkable=True)
            choice.toggled.connect(self._picked)
            self.choices_grid.addWidget(choice_icon, row, 0)
            self.choices_grid.addWidget(choice, row, 1)
            self.choice_rows.append((choice_icon, choice))
            for item in (icon, text):
                item.setParent(self.items)  # laid out by `_rows` when a group uses it
            for widget in (icon, text, choice_icon, choice):
                widget.setVisible(False)
                widget.ensurePolished()

    @property
    def asking_when(self) -> bool:
        return self.steps.currentWidget() is self.when_page

    @property
    def choosing(self) -> bool:
        return self.steps.currentWidget() is self.which_page

    def choice_for(self, question_id: str) -> QPushButton:
        """The "which?" button of a group's item (tests, screenshots)."""
        assert self.step is not None
        row = [q.id for q in self.step.questions].index(question_id)
        return self.choice_rows[row][1]

    # -- answers
    def _yes(self) -> None:
        step = self.step
        if step is None:
            return
        if step.grouped:
            self._page(self.which_page)
            self._picked()
            self.translate_ui()
            return
        question = step.questions[0]
        if question.kind is AnswerKind.DATE:
            self.chosen, self.dated, self.asking = [question], [question], 0
            self._ask_when()
            return
        self.answered.emit({question.id: True})

    def _no(self) -> None:
        if self.step is not None:
            self.answered.emit({q.id: no_answer(q) for q in self.step.questions})

    def _picked(self, _checked: bool = False) -> None:
        self.which_ok.setEnabled(any(choice.isChecked() for _icon, choice in self.choice_rows if choice.isVisible()))

    def _which_done(self) -> None:
        assert self.step is not None
        questions = self.step.questions
        self.chosen = [q for q, (_icon, choice) in zip(questions, self.choice_rows, strict=False) if choice.isChecked()]
        if not self.chosen:
            return
        self.values = {q.id: no_answer(q) for q in questions}
        for question in self.chosen:
            if question.kind is not AnswerKind.DATE:
                self.values[question.id] = True
        self.dated = [q for q in self.chosen if q.kind is AnswerKind.DATE]
        self.asking = 0
        if self.dated:
            self._ask_when()
        else:
            self.answered.emit(dict(self.values))

    def _ask_when(self) -> None:
        question = self.dated[self.asking]
        flow = self.flow
        assert flow is not None
        self.picker.set_months(flow.months_for(question), flow.earliest_for(question), self.given_month(question))
        self._page(self.when_page)
        self.picture.load(str(question.pictogram))
        self.picture.setVisible(False)  # room for the months
        self.translate_ui()

    def _month(self, chosen: tuple[int, int] | None) -> None:
        question = self.dated[self.asking]
        if not self.step or not self.step.grouped:
            self.answered.emit({question.id: chosen})  # (year, month) or None: the window turns it into a date
            return
        self.values[question.id] = chosen
        if self.asking + 1 < len(self.dated):
            self.asking += 1
            self._ask_when()
            return
        self.answered.emit(dict(self.values))

    def _number(self) -> None:
        text = self.number.text().strip()
        if text.isdigit() and self.step is not None:
            self.answered.emit({self.step.questions[0].id: int(text)})

    def go_back(self) -> bool:
        """Back inside the step ("when?" → the previous "when?" or "which?" → yes/no);
        False when there is nothing to undo here."""
        grouped = self.step is not None and self.step.grouped
        if self.asking_when:
            if self.asking > 0:
                self.asking -= 1
                self._ask_when()
            elif grouped:
                self._page(self.which_page)
            else:
                self._page(self.ask_page)
                self.picture.setVisible(True)
            self.translate_ui()
            return True
        if self.choosing:
            self._page(self.ask_page)
            self.translate_ui()
            return True
        return False

    def first_field(self) -> QWidget | None:
        return self.number if self.steps.currentWidget() is self.number_page else None

    def clear(self) -> None:
        self.sex = None

    def texts(self) -> list[str]:
        """Every text the donor can read on this screen now (tests)."""
        widgets = [self.progress_text, self.text, self.confidential, self.when_item, self.when, self.which_hint]
        shown = [w.text() for w in widgets if w.isVisibleTo(self) and w.text()]
        shown += [t.text() for _i, t in self.item_rows if t.isVisibleTo(self)]
        shown += [c.text() for _i, c in self.choice_rows if c.isVisibleTo(self)]
        return shown

    def translate_ui(self) -> None:
        super().translate_ui()
        lang, sex = current_language(), self.sex
        self.heading.setText("")
        self.heading.setVisible(False)
        self.progress_text.setText(
            translate("Question", "Question %1 of %2").replace("%1", ltr(self.index + 1)).replace("%2", ltr(self.total))
        )
        step = self.step
        if step is None:
            self.text.setText("")
        elif step.grouped and step.text is not None:
            self.text.setText(displayed(step.text, lang, sex))
        else:
            self.text.setText(displayed(step.questions[0].text, lang, sex))
        sensitive = bool(step and step.sensitive)
        self.confidential.setText(
            translate("Question", "Your answer is confidential: only the medical team reads it.") if sensitive else ""
        )
        self.confidential.setVisible(sensitive)
        self.yes.setText(translate("Question", "Yes"))
        self.no.setText(translate("Question", "No"))
        questions = step.questions if step and step.grouped else ()
        for question, (_icon, text) in zip(questions, self.item_rows, strict=False):
            text.setText("\u2022 " + displayed(question.item or question.text, lang, sex))
        for question, (_icon, choice) in zip(questions, self.choice_rows, strict=False):
            choice.setText(displayed(question.item or question.text, lang, sex))
        self.which_hint.setText(translate("Question", "Which? Tap each one that applies, then “Next”."))
        self.which_ok.setText(translate("Screen", "Next"))
        asked = self.dated[self.asking] if self.asking_when and self.dated else None
        grouped_when = bool(asked and step and step.grouped)
        self.when_item.setText(displayed(asked.item or asked.text, lang, sex) if grouped_when and asked else "")
        self.when_item.setVisible(grouped_when)
        self.text.setVisible(not grouped_when)  # the item says what the "when?" is about
        if asked is not None and asked.when:
            self.when.setText(displayed(asked.when, lang, sex))
        else:
            self.when.setText(translate("Question", "When?"))
        current = self.question
        self.unit.setText(displayed(current.unit, lang, sex) if current and current.unit else "")
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
    """Every answer, each with a "Change" button (back to its screen), and "Send"."""

    name = "review"
    change = Signal(int)  # the index of the step to show again

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.hint = label("hint")
        self.rows: list[tuple[Question, Any, int]] = []
        self.sex: str | None = None
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

    def set_steps(self, steps: tuple[Step, ...], answers: dict[str, Any], sex: str | None) -> None:
        """One row per question of every step."""
        self.sex = sex
        self.set_answers([(q, answers.get(q.id), index) for index, step in enumerate(steps) for q in step.questions])

    def set_answers(self, rows: list[tuple[Question, Any, int]]) -> None:
        """Rows are made once and reused (a review is shown again after every change)."""
        self.rows = rows
        self.reserve(len(rows))
        for index, widgets in enumerate(self.widgets):
            for widget in widgets:
                widget.setVisible(index < len(rows))
        self.translate_ui()
        self.scroll_area.verticalScrollBar().setValue(0)

    def reserve(self, count: int) -> None:
        """`count` rows made (and styled) once: the window makes them for the
        longest questionnaire while the welcome screen waits."""
        while len(self.widgets) < count:
            index = len(self.widgets)
            text = label("review_question", align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            value = label("review_answer")
            edit = button("change")
            edit.clicked.connect(lambda _=False, i=index: self.change.emit(self.rows[i][2]))
            self.grid.addWidget(text, index, 0)
            self.grid.addWidget(value, index, 1)
            self.grid.addWidget(edit, index, 2)
            self.widgets.append((text, value, edit))
            for widget in (text, value, edit):
                widget.setVisible(index < len(self.rows))
                widget.ensurePolished()

    def set_sex(self, sex: str | None) -> None:
        self.sex = sex
        self.translate_ui()

    def clear(self) -> None:
        self.sex = None
        self.set_answers([])

    def translate_ui(self) -> None:
        super().translate_ui()
        lang = current_language()
        self.heading.setText(translate("Review", "Please check your answers"))
        self.hint.setText(translate("Review", "Tap “Change” to correct an answer, then send."))
        self.next_button.setText(translate("Review", "Send"))
        for (question, value, _step), (text, shown, edit) in zip(
            self.rows, self.widgets[: len(self.rows)], strict=True
        ):
            text.setText(displayed(question.text, lang, self.sex))
            shown.setText(answer_text(question, value, lang))
            attention = value is not None and value is not False
            if shown.property("attention") != attention:  # a style sheet pass only when the colour changes
                shown.setProperty("attention", attention)
                shown.style().polish(shown)
            edit.setText(translate("Review", "Change"))
