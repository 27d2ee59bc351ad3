"""The pre-donation questionnaire from the rule pack, one screen per step: a
question alone with its pictogram, or questions of one period together ("In the
last 6 months, have you had any of these?") with "which?" and "when?" after a
yes; large Yes / No, a progress bar that counts screens; then a review of every
answer before sending. Texts address the donor as a woman or a man."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
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


class ReviewList(QWidget):
    """The review's rows, each a question, its answer and a "Change" button, drawn
    by one widget. As a grid of two labels and a button per row they were a
    hundred widgets, shown, laid out and told of each language switch: the
    review took two frames to appear. Fonts, colours and the button's look
    come from the style sheet through hidden widgets of the names it styles
    (review_question, review_answer, change); only the rows on screen are
    drawn, and a row's height is measured once per text and width."""

    change = Signal(int)  # the row whose "Change" was tapped
    SPACING = (16, 8)  # px between columns, between rows (as the grid had)
    MARGIN = 9  # px around the rows
    ANSWER_PADDING = 12  # px each side of an answer

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("review_list")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.rows: list[tuple[str, str, bool]] = []  # question, answer, whether the answer is a "yes"
        self.button_text = ""
        self.question_look = label("review_question", align=LEADING)
        self.answer_look = label("review_answer")
        self.attention_look = label("review_answer")
        self.attention_look.setProperty("attention", True)
        self.button_look = button("change")
        for look in (self.question_look, self.answer_look, self.attention_look, self.button_look):
            look.setParent(self)
            look.hide()
        self._placed: dict[int, list[tuple[QRect, QRect, QRect]]] = {}  # by width: question, answer, button
        self._heights: dict[tuple[str, int], int] = {}  # a question's height at a width, for every donor
        self._down: int | None = None  # the row whose button is under the finger

    def set_rows(self, rows: list[tuple[str, str, bool]], button_text: str) -> None:
        self.rows, self.button_text, self._down = rows, button_text, None
        self.button_look.setText(button_text)
        self._placed.clear()
        self.updateGeometry()
        self.update()

    def texts(self) -> list[tuple[str, str]]:
        """Each row's question and answer as the donor reads them (tests)."""
        return [(question, answer) for question, answer, _attention in self.rows]

    def button_rect(self, row: int) -> QRect:
        """Where row `row`'s "Change" button is (tests tap it)."""
        return QRect(self._place(self.width())[row][2])

    # -- measuring
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LayoutDirectionChange):
            self._placed.clear()
            self._heights.clear()
        super().changeEvent(event)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        placed = self._place(width)
        return (placed[-1][2].bottom() + 1 if placed else 0) + self.MARGIN

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.width(), self.heightForWidth(self.width()))

    def _place(self, width: int) -> list[tuple[QRect, QRect, QRect]]:
        """Each row's rectangles at `width`, right to left in Arabic: the question
        takes what the answer and button columns (as wide as their widest) leave."""
        if width in self._placed:
            return self._placed[width]
        between, under = self.SPACING
        answer_metrics = QFontMetrics(self.answer_look.font())
        answer_width = max((answer_metrics.horizontalAdvance(a) for _q, a, _y in self.rows), default=0)
        answer_width += 2 * self.ANSWER_PADDING
        answer_height = answer_metrics.height()
        button = self.button_look.sizeHint()
        question_width = max(width - 2 * self.MARGIN - answer_width - button.width() - 2 * between, 40)
        question_metrics = QFontMetrics(self.question_look.font())
        wrap = int(Qt.TextFlag.TextWordWrap)
        placed, top = [], self.MARGIN
        for question, _answer, _yes in self.rows:
            text_height = self._heights.get((question, question_width))
            if text_height is None:
                box = QRect(0, 0, question_width, 100_000)
                text_height = self._heights[question, question_width] = question_metrics.boundingRect(
                    box, wrap, question
                ).height()
            height = max(text_height, answer_height, button.height())
            x = self.MARGIN
            cells = []
            for cell_width, cell_height in (
                (question_width, height),
                (answer_width, height),
                (button.width(), button.height()),
            ):
                cell = QRect(x, top + (height - cell_height) // 2, cell_width, cell_height)
                cells.append(QStyle.visualRect(self.layoutDirection(), QRect(0, 0, width, 1), cell))
                x += cell_width + between
            placed.append((cells[0], cells[1], cells[2]))
            top += height + under
        self._placed[width] = placed
        return placed

    # -- drawing
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        wrap = Qt.TextFlag.TextWordWrap | LEADING
        question_font, question_ink = self.question_look.font(), self.question_look.palette().windowText().color()
        answer_font = self.answer_look.font()
        option = QStyleOptionButton()
        self.button_look.initStyleOption(option)
        style = self.button_look.style()
        for index, ((question, answer, yes), (text, shown, edit)) in enumerate(
            zip(self.rows, self._place(self.width()), strict=True)
        ):
            if not text.united(edit).intersects(event.rect()):
                continue
            painter.setFont(question_font)
            painter.setPen(question_ink)
            painter.drawText(text, wrap, question)
            painter.setFont(answer_font)
            painter.setPen((self.attention_look if yes else self.answer_look).palette().windowText().color())
            painter.drawText(shown, Qt.AlignmentFlag.AlignCenter, answer)
            option.rect = edit
            option.state = QStyle.StateFlag.State_Enabled | (
                QStyle.StateFlag.State_Sunken if index == self._down else QStyle.StateFlag.State_Raised
            )
            style.drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self.button_look)
        painter.end()

    # -- a finger on a "Change" button
    def _button_at(self, point: QPoint) -> int | None:
        return next((i for i, (_t, _a, edit) in enumerate(self._place(self.width())) if edit.contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press(self._button_at(event.position().toPoint()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        row = self._down
        self._press(None)
        if row is not None and self._button_at(event.position().toPoint()) == row:
            self.change.emit(row)

    def _press(self, row: int | None) -> None:
        placed = self._place(self.width())
        for index in (self._down, row):
            if index is not None:
                self.update(placed[index][2])
        self._down = row


class ReviewScreen(Screen):
    """Every answer, each with a "Change" button (back to its screen), and "Send"."""

    name = "review"
    change = Signal(int)  # the index of the step to show again

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.hint = label("hint")
        self.rows: list[tuple[Question, Any, int]] = []
        self.sex: str | None = None
        self.list = ReviewList()
        self.list.change.connect(lambda row: self.change.emit(self.rows[row][2]))
        self.scroll_area = touch_scroll(self.list)
        self.body.addWidget(self.hint)
        self.body.addWidget(self.scroll_area, 1)
        self.translate_ui()

    def set_steps(self, steps: tuple[Step, ...], answers: dict[str, Any], sex: str | None) -> None:
        """One row per question of every step."""
        self.sex = sex
        self.set_answers([(q, answers.get(q.id), index) for index, step in enumerate(steps) for q in step.questions])

    def set_answers(self, rows: list[tuple[Question, Any, int]]) -> None:
        self.rows = rows
        self.translate_ui()
        self.scroll_area.verticalScrollBar().setValue(0)

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
        self.list.set_rows(
            [
                (
                    displayed(q.text, lang, self.sex),
                    answer_text(q, value, lang),
                    value is not None and value is not False,
                )
                for q, value, _step in self.rows
            ],
            translate("Review", "Change"),
        )
