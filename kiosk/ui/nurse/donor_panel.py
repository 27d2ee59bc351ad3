"""The donor at the booth: who they are, their pre-screen (an audited view), the
vitals, the decision, the override of the pre-screen, and their documents.

Each tab is a thin form over one operation of `kiosk.storage.queue`; the
rules (thresholds, ISBT check characters, dates, permissions) are checked
there and come back as refusals shown on the station's status line.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import staff as perms
from kiosk.domain.eligibility import NEEDS_INTERVIEW, Rule, RuleType, say
from kiosk.domain.isbt import BagNumber
from kiosk.domain.queue import OVERRIDE_OUTCOMES, UNDO_WINDOW, Answers
from kiosk.domain.text import ascii_digits, clean
from kiosk.domain.validation import BLOOD_GROUPS
from kiosk.domain.visits import (
    CALLED,
    DONATED,
    DONATION_KINDS,
    INTERVIEW,
    LEFT,
    VOLUME_ML,
    WAITING,
    VisitRefused,
    Vitals,
    ticket_label,
)
from kiosk.i18n import is_rtl
from kiosk.i18n.dates import locale, long_date
from kiosk.storage import blood_groups
from kiosk.storage.visit_view import VisitDetails
from kiosk.ui.nurse.context import StationContext
from kiosk.ui.nurse.messages import refusal
from kiosk.ui.nurse.reaction import ReactionTab
from kiosk.ui.widgets import LinesLabel, isolate, label, ltr

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

DEFAULT_VOLUME_ML = 450
RESULT_LINES = 4  # the vitals result: the verdict and up to three reasons (more end in "…")
OTHER_REASON = ""  # the reason list's last entry: a reason typed by hand
FIELD_ALIGN = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter


def _button(object_name: str = "action") -> QPushButton:
    button = QPushButton()
    button.setObjectName(object_name)
    return button


def outcome_text(translate, outcome: str | None) -> str:
    return {
        "eligible": translate("NurseDonor", "Eligible"),
        "refer": translate("NurseDonor", "To check with staff"),
        "deferred": translate("NurseDonor", "Deferred"),
        "permanent": translate("NurseDonor", "Permanently deferred"),
    }.get(outcome or "", outcome or "\u2014")


def status_text(translate, details: VisitDetails) -> str:
    if details.status == WAITING:
        return translate("NurseDonor", "Waiting")
    if details.status == CALLED:
        return translate("NurseDonor", "Called to booth %1").replace("%1", str(details.booth))
    if details.status == INTERVIEW:
        return translate("NurseDonor", "In interview at booth %1").replace("%1", str(details.booth))
    if details.status == DONATED:
        return translate("NurseDonor", "Donated")
    if details.status == LEFT:
        return translate("NurseDonor", "Left the queue")
    return translate("NurseDonor", "Deferred")


def blood_group_text(translate: Callable[..., str], details: VisitDetails) -> str:
    """`Blood group O+ (lab-confirmed)`, `Blood group O+ (declared by the donor)` or `Blood group ?`."""
    if details.blood_group_confirmed:
        text = translate("NurseDonor", "Blood group %1 (lab-confirmed)")
        return str(text).replace("%1", ltr(details.blood_group_confirmed))
    if details.blood_group:
        text = translate("NurseDonor", "Blood group %1 (declared by the donor)")
        return str(text).replace("%1", ltr(details.blood_group))
    return str(translate("NurseDonor", "Blood group %1")).replace("%1", ltr("?"))


def kind_text(translate, kind: str) -> str:
    return {
        "whole_blood": translate("NurseDonor", "Whole blood"),
        "plasma": translate("NurseDonor", "Plasma"),
        "platelets": translate("NurseDonor", "Platelets"),
    }.get(kind, kind)


def unit_text(translate, unit: str) -> str:
    return {
        "kg": translate("NurseDonor", "kg"),
        "g/dL": translate("NurseDonor", "g/dL"),
        "mmHg": translate("NurseDonor", "mmHg"),
        "/min": translate("NurseDonor", "beats/min"),
        "°C": translate("NurseDonor", "°C"),
    }.get(unit, unit)


def parse_number(text: str) -> float | None:
    """What staff typed in a measurement field: `12,5`, `12.5`, `١٢٫٥`; None when empty.
    ValueError when it is not a number."""
    value = ascii_digits(clean(text)).replace("\u066b", ".").replace(",", ".").replace(" ", "")
    if not value:
        return None
    return float(value)


# ---------------------------------------------------------------------------------- header
class DonorHeader(QWidget):
    def __init__(self, context: StationContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ticket = label("ticket")
        # Lines of a fixed height (names in either script, facts that wrap): opening
        # another donor or saving a measurement moves none of the tabs' buttons.
        self.status = label("status", wrap=False, align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.name_latin = LinesLabel("donorName", 1)
        self.name_ar = LinesLabel("donorName", 1)
        self.facts = LinesLabel("facts", 2)
        self.prescreen = LinesLabel("facts", 1)  # whole in its tooltip, and on the pre-screen tab
        self.deferral = label("warning", align=Qt.AlignmentFlag.AlignLeading)
        self.reaction_flag = label("warning", align=Qt.AlignmentFlag.AlignLeading)
        self.asking = label("staffBanner")
        self.print_card = _button()
        self.print_certificate = _button()
        both = QHBoxLayout()  # the two spellings of the name side by side, the station's script first
        both.setSpacing(12)
        both.addWidget(self.name_latin, 1)
        both.addWidget(self.name_ar, 1)
        self.names_row = both
        status_row = QHBoxLayout()  # the documents under the names; the status leads the pre-screen line
        status_row.setSpacing(6)
        status_row.addStretch(1)
        status_row.addWidget(self.print_card)
        status_row.addWidget(self.print_certificate)
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addLayout(both)
        names.addLayout(status_row)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.ticket)
        top.addLayout(names, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        outer.addLayout(top)
        outer.addWidget(self.facts)
        said = QHBoxLayout()
        said.setSpacing(0)
        said.addWidget(self.status)
        said.addWidget(self.prescreen, 1)
        outer.addLayout(said)
        outer.addWidget(self.deferral)
        outer.addWidget(self.reaction_flag)
        outer.addWidget(self.asking)
        self.details: VisitDetails | None = None

    def show_details(self, details: VisitDetails | None) -> None:
        self.details = details
        translate = self.context.words.translate
        lang = self.context.words.lang
        self.print_card.setText(translate("NurseDonor", "Print card"))
        self.print_card.setToolTip(translate("NurseDonor", "Print the donor card (its QR code holds no name)"))
        self.print_certificate.setText(translate("NurseDonor", "Print certificate"))
        self.asking.setText(translate("NurseDonor", "This donor asked for a staff member."))
        if details is None:
            for widget in (
                self.ticket,
                self.status,
                self.name_latin,
                self.name_ar,
                self.facts,
                self.prescreen,
                self.deferral,
            ):
                widget.clear()
            self.name_latin.setText(
                translate("NurseDonor", "No donor selected: call the next one or pick one in the list.")
            )
            self.deferral.hide()
            self.reaction_flag.hide()
            self.asking.hide()
            return
        self.ticket.setText(ticket_label(details.ticket) if details.ticket is not None else "\u2014")
        self.status.setText(status_text(translate, details) + " \u00b7 ")  # then the pre-screen, on its line
        self.name_latin.setText(details.name_latin)
        self.name_latin.setVisible(bool(details.name_latin))
        self.name_ar.setText(details.name_ar)
        self.name_ar.setVisible(bool(details.name_ar))
        # The name in the station's script first (at its reading side), the other after it.
        rtl = is_rtl(self.context.words.lang)
        first, second = (self.name_ar, self.name_latin) if rtl else (self.name_latin, self.name_ar)
        for index, widget in enumerate((first, second)):
            self.names_row.removeWidget(widget)
            self.names_row.insertWidget(index, widget, 1)
        first.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        second.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        sex = translate("NurseDonor", "Woman") if details.sex == "F" else translate("NurseDonor", "Man")
        facts = [
            sex,
            translate("NurseDonor", "%1 years").replace("%1", str(details.age)),
            blood_group_text(translate, details),
        ]
        if details.cin:
            facts.append(translate("NurseDonor", "CIN %1").replace("%1", ltr(details.cin)))
        facts.append(ltr(details.donor_number))
        self.facts.setText(" \u00b7 ".join(facts))
        prescreen = translate("NurseDonor", "Pre-screen: %1").replace("%1", outcome_text(translate, details.prescreen))
        if details.prescreen_original:
            prescreen += " " + translate("NurseDonor", "(changed by staff; the kiosk said: %1)").replace(
                "%1", outcome_text(translate, details.prescreen_original)
            )
        self.prescreen.setText(prescreen)
        held = details.deferral
        if held is not None and details.status != "deferred":
            if held.permanent:
                text = translate("NurseDonor", "Permanently deferred on the donor's record.")
            elif held.until is not None:
                text = translate("NurseDonor", "Deferred on the donor's record until %1.").replace(
                    "%1", isolate(long_date(held.until, lang))
                )
            else:
                text = translate("NurseDonor", "Deferred on the donor's record until staff decide.")
            self.deferral.setText(text)
            self.deferral.show()
        else:  # a deferral of today is said on the decision tab, where it was recorded
            self.deferral.hide()
        if details.earlier_severe_reaction is not None:
            self.reaction_flag.setText(
                translate("NurseDonor", "Severe reaction at an earlier donation (%1): take extra care.").replace(
                    "%1", isolate(long_date(details.earlier_severe_reaction, lang))
                )
            )
        self.reaction_flag.setVisible(details.earlier_severe_reaction is not None)
        self.asking.setVisible(details.needs_staff)


# ---------------------------------------------------------------------------------- answers
class AnswersTab(QWidget):
    """The pre-screen, shown only on request (each showing is an audit event): the
    outcome, why in plain words, the advice, then every question asked with the
    donor's answer and its date; the rules that fired are highlighted with their
    explanation, sensitive questions marked."""

    def __init__(self, context: StationContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.notice = LinesLabel("notice", 2)  # beside the buttons: the answers get the height
        self.show_button = _button("primary")
        self.hide_button = _button()
        self.outcome = label("facts", align=Qt.AlignmentFlag.AlignLeading)
        self.reasons_heading = label("section", align=Qt.AlignmentFlag.AlignLeading)
        self.reasons = QVBoxLayout()
        self.advice_heading = label("section", align=Qt.AlignmentFlag.AlignLeading)
        self.advice = QVBoxLayout()
        self.answers_heading = label("section", align=Qt.AlignmentFlag.AlignLeading)
        self.answers = QGridLayout()
        self.answers.setColumnStretch(0, 5)
        self.answers.setColumnStretch(1, 2)
        self.answers.setColumnStretch(2, 2)
        self.answers.setHorizontalSpacing(12)
        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(self.outcome)
        body.addWidget(self.reasons_heading)
        body.addLayout(self.reasons)
        body.addWidget(self.advice_heading)
        body.addLayout(self.advice)
        body.addWidget(self.answers_heading)
        body.addLayout(self.answers)
        body.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        self.scroll_area.setMinimumHeight(60)  # it scrolls: a laptop's 768 lines are enough for the window
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.hide_button)
        buttons.addWidget(self.notice, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(buttons)
        outer.addWidget(self.scroll_area, 1)
        self.show_button.clicked.connect(self.show_answers)
        self.hide_button.clicked.connect(self.clear)
        self.visit_id: int | None = None
        self.shown: Answers | None = None
        self.reason_labels: list[QLabel] = []
        self.advice_labels: list[QLabel] = []
        self.answer_labels: list[tuple[QLabel, ...]] = []
        self.translate_ui()
        self.clear()

    def translate_ui(self) -> None:
        translate = self.context.words.translate
        self.notice.setText(
            translate("NurseDonor", "Answers are health data: each time they are shown, your name is recorded.")
        )
        self.show_button.setText(translate("NurseDonor", "Show answers"))
        self.hide_button.setText(translate("NurseDonor", "Hide"))
        self.reasons_heading.setText(translate("NurseDonor", "Why the kiosk sent this donor to staff"))
        self.advice_heading.setText(translate("NurseDonor", "Advice for the donor"))
        self.answers_heading.setText(translate("NurseDonor", "Every question asked"))
        if self.shown is not None:
            self._fill(self.shown)

    def set_visit(self, visit_id: int | None) -> None:
        if visit_id != self.visit_id:
            self.visit_id = visit_id
            self.clear()
        self.show_button.setEnabled(visit_id is not None and self.context.may(perms.VIEW_ANSWERS))

    def clear(self) -> None:
        self.shown = None
        self._empty()
        self.outcome.clear()
        self.reasons_heading.hide()
        self.advice_heading.hide()
        self.answers_heading.hide()
        self.hide_button.hide()

    def _empty(self) -> None:
        for widget in (*self.reason_labels, *self.advice_labels, *(w for row in self.answer_labels for w in row)):
            widget.hide()
            widget.deleteLater()
        self.reason_labels, self.advice_labels, self.answer_labels = [], [], []

    def show_answers(self) -> None:
        from kiosk.storage import queue as q

        if self.visit_id is None:
            return
        context = self.context
        visit_id, now = self.visit_id, context.app.now()
        answers = context.write(lambda s: q.view_answers(s, visit_id, actor=context.signed_in, now=now))
        if answers is None:
            return
        self.shown = answers
        self._fill(answers)
        self.hide_button.show()

    def _rule(self, rule_id: str) -> Rule | None:
        try:
            return self.context.pack.rule(rule_id)
        except KeyError:  # a rule of another version of the pack
            return None

    def _explain(self, rule_id: str) -> str:
        try:
            return self.context.pack.explain(rule_id, self.context.words.lang)
        except KeyError:
            return rule_id

    def _question(self, rule_id: str) -> str:
        rule = self._rule(rule_id)
        if rule is None:
            return rule_id
        return say(rule.question, self.context.words.lang) if rule.question else self._explain(rule_id)

    def _answer(self, rule_id: str, value: object) -> str:
        translate = self.context.words.translate
        lang = self.context.words.lang
        if value == NEEDS_INTERVIEW:
            return translate("NurseDonor", "Sensitive: ask during the interview")
        if value is True:
            return translate("NurseDonor", "Yes")
        if value is False or value is None:
            return translate("NurseDonor", "No")
        if isinstance(value, str):
            try:
                day = date.fromisoformat(value)
            except ValueError:
                return value
            return translate("NurseDonor", "Yes, in %1").replace(
                "%1", isolate(f"{locale(lang).standaloneMonthName(day.month)} {day.year}")
            )
        if isinstance(value, int | float):
            rule = self._rule(rule_id)
            unit = rule.unit if rule is not None else None
            number = self.context.words.number(value, 0 if float(value).is_integer() else 1)
            return f"{number} {unit.of(lang)}" if unit else number
        return str(value)

    def _date(self, rule_id: str, value: object) -> str:
        """The date that goes with an answer: until when it defers (from the pack's
        wait), or the day recorded for a donation elsewhere."""
        if not isinstance(value, str):
            return ""
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return ""
        lang = self.context.words.lang
        rule = self._rule(rule_id)
        if rule is not None and rule.type is RuleType.DATE and rule.wait is not None:
            return self.context.words.translate("NurseDonor", "until %1").replace(
                "%1", isolate(long_date(rule.wait.after(day), lang))
            )
        return isolate(long_date(day, lang))

    def _fill(self, answers: Answers) -> None:
        translate = self.context.words.translate
        lang = self.context.words.lang
        self._empty()
        outcome = translate("NurseDonor", "Kiosk pre-screen: %1").replace(
            "%1", outcome_text(translate, answers.original_outcome or answers.outcome)
        )
        if answers.original_outcome:
            outcome += " \u2192 " + translate("NurseDonor", "now: %1").replace(
                "%1", outcome_text(translate, answers.outcome)
            )
        if answers.until is not None:
            outcome += " \u00b7 " + translate("NurseDonor", "until %1").replace(
                "%1", isolate(long_date(answers.until, lang))
            )
        self.outcome.setText(outcome)
        reasons = answers.reasons or ()
        self.reasons_heading.setVisible(bool(reasons))
        for rule_id in reasons:
            widget = label("reason", align=Qt.AlignmentFlag.AlignLeading)
            widget.setText("\u2022 " + self._explain(rule_id))
            self.reasons.addWidget(widget)
            self.reason_labels.append(widget)
        if not reasons:
            widget = label("facts", align=Qt.AlignmentFlag.AlignLeading)
            widget.setText(translate("NurseDonor", "No rule was triggered."))
            self.reasons.addWidget(widget)
            self.reason_labels.append(widget)
        advice = self._advice(answers.answers)
        self.advice_heading.setVisible(bool(advice))
        for text in advice:
            widget = label("advice", align=Qt.AlignmentFlag.AlignLeading)
            widget.setText("\u2022 " + text)
            self.advice.addWidget(widget)
            self.advice_labels.append(widget)
        self.answers_heading.setVisible(bool(answers.answers))
        order = {rule.id: rule.index for rule in self.context.pack.rules}
        row = 0
        for rule_id, value in sorted(answers.answers.items(), key=lambda item: order.get(item[0], len(order))):
            rule = self._rule(rule_id)
            because = self._fired_by(rule, value, reasons)
            fired = bool(because)
            sensitive = bool(rule and rule.sensitive)
            question = label("question", align=Qt.AlignmentFlag.AlignLeading)
            question.setText(self._question(rule_id))
            answer = label("answer", align=Qt.AlignmentFlag.AlignLeading)
            answer.setText(self._answer(rule_id, value))
            # The date that goes with the answer; a sensitive question is marked there instead.
            when = label("sensitive" if sensitive else "answer_date", align=Qt.AlignmentFlag.AlignLeading)
            when.setText(translate("NurseDonor", "Confidential") if sensitive else self._date(rule_id, value))
            cells: tuple[QLabel, ...] = (question, answer, when)
            for column, widget in enumerate(cells):
                widget.setProperty("fired", fired)
                self.answers.addWidget(widget, row, column)
            row += 1
            if fired:
                why = label("reason", align=Qt.AlignmentFlag.AlignLeading)
                why.setText("\n".join("\u2192 " + self._explain(r) for r in because))
                self.answers.addWidget(why, row, 0, 1, 3)
                cells = (*cells, why)
                row += 1
            self.answer_labels.append(cells)

    def _fired_by(self, rule: Rule | None, value: object, reasons: tuple[str, ...] | list[str]) -> list[str]:
        """The reasons an answer led to: its own rule, or for a donation declared at
        the kiosk, the interval and yearly rules its date made fire."""
        if rule is None:
            return []
        if rule.id in reasons:
            return [rule.id]
        if rule.type is RuleType.DONATION and isinstance(value, str):
            kind = rule.params.get("kind")
            return [
                r.id
                for r in self.context.pack.rules
                if r.id in reasons
                and r.type in (RuleType.INTERVAL, RuleType.YEARLY_LIMIT)
                and kind in r.params.get("kinds", ())
            ]
        return []

    def _advice(self, stored: Mapping[str, object]) -> list[str]:
        """The advice the answers call for (an advice rule answered as its `on`)."""
        lines = []
        lang = self.context.words.lang
        for rule_id, value in stored.items():
            rule = self._rule(rule_id)
            if rule is None or rule.type is not RuleType.ADVICE or rule.advice is None:
                continue
            if (value is True) is rule.params["on"]:
                lines.append(say(rule.advice, lang))
        return lines

    def fired_rows(self) -> list[str]:
        """The questions highlighted as having triggered a rule (tests, screenshots)."""
        return [row[0].text() for row in self.answer_labels if row[0].property("fired")]

    def texts(self) -> list[str]:
        """Everything shown now (tests, screenshots)."""
        return (
            [w.text() for w in self.reason_labels]
            + [w.text() for w in self.advice_labels]
            + [w.text() for row in self.answer_labels for w in row if w.text()]
        )


# ---------------------------------------------------------------------------------- vitals
class VitalsTab(QWidget):
    FIELDS = ("weight", "haemoglobin", "systolic", "diastolic", "pulse", "temperature")
    WHOLE = ("systolic", "diastolic", "pulse")  # counted in whole units
    DECIMALS = {"haemoglobin": 1, "temperature": 1}  # shown with one decimal in the thresholds
    blood_group_saved = Signal()

    def __init__(self, context: StationContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.details: VisitDetails | None = None
        self._shown: tuple[str, ...] | None = None  # the vitals outside the thresholds, as last shown
        self.inputs: dict[str, QLineEdit] = {}
        self.names: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        form = QGridLayout()
        form.setHorizontalSpacing(16)
        for row, key in enumerate(self.FIELDS):
            self.names[key] = label("field", align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            self.inputs[key] = QLineEdit()
            self.inputs[key].setObjectName("measure")
            self.inputs[key].setMaxLength(6)
            self.inputs[key].setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.hints[key] = label("hint", align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            form.addWidget(self.names[key], row, 0)
            form.addWidget(self.inputs[key], row, 1)
            form.addWidget(self.hints[key], row, 2)
        form.setColumnStretch(2, 1)
        self.save_button = _button("primary")
        # Its lines are kept whether it says something or not: the group box below stays put.
        self.result = LinesLabel("result", RESULT_LINES)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addWidget(self.result)
        # The group a laboratory confirmed (a test result, or the centre's register).
        self.blood_box = QGroupBox()
        self.blood_group = QComboBox()
        self.blood_group.setObjectName("blood_group")
        self.blood_source = QComboBox()
        self.blood_source.setObjectName("blood_source")
        self.blood_save = _button()
        self.blood_now = label("facts", align=Qt.AlignmentFlag.AlignLeading)
        blood_row = QHBoxLayout()
        blood_row.addWidget(self.blood_group)
        blood_row.addWidget(self.blood_source, 1)
        blood_row.addWidget(self.blood_save)
        blood_box = QVBoxLayout(self.blood_box)
        blood_box.addWidget(self.blood_now)
        blood_box.addLayout(blood_row)
        outer.addWidget(self.blood_box)
        outer.addStretch(1)
        self.blood_save.clicked.connect(self.save_blood_group)
        self.save_button.clicked.connect(self.save)
        for key in self.FIELDS:
            self.inputs[key].returnPressed.connect(self.save)
        self.translate_ui()

    def translate_ui(self) -> None:
        translate = self.context.words.translate
        self.names["weight"].setText(translate("NurseDonor", "Weight"))
        self.names["haemoglobin"].setText(translate("NurseDonor", "Haemoglobin"))
        self.names["systolic"].setText(translate("NurseDonor", "Blood pressure, systolic"))
        self.names["diastolic"].setText(translate("NurseDonor", "Blood pressure, diastolic"))
        self.names["pulse"].setText(translate("NurseDonor", "Pulse"))
        self.names["temperature"].setText(translate("NurseDonor", "Temperature"))
        self.save_button.setText(translate("NurseDonor", "Save the vitals"))
        self.blood_box.setTitle(translate("NurseDonor", "Blood group confirmed by a laboratory"))
        self.blood_save.setText(translate("NurseDonor", "Record the confirmed group"))
        chosen = self.blood_group.currentData()
        self.blood_group.clear()
        self.blood_group.addItem(translate("NurseDonor", "Choose the group"), None)
        for group in BLOOD_GROUPS:
            self.blood_group.addItem(ltr(group), group)
        self.blood_group.setCurrentIndex(max(0, self.blood_group.findData(chosen)))
        source = self.blood_source.currentData()
        self.blood_source.clear()
        self.blood_source.addItem(translate("NurseDonor", "Laboratory result"), blood_groups.NURSE)
        self.blood_source.addItem(translate("NurseDonor", "The centre's register"), blood_groups.REGISTER)
        self.blood_source.setCurrentIndex(max(0, self.blood_source.findData(source)))
        if self.details is not None:
            self.blood_now.setText(blood_group_text(translate, self.details))
        self._hints()
        if self._shown is not None:
            self._show_result(self._shown)

    def _threshold(self, vital, sex: str) -> str:
        """`At least 12.0 g/dL to give` (the donor's sex), in words rather than signs."""
        translate = self.context.words.translate
        unit = unit_text(translate, vital.unit)
        decimals = self.DECIMALS.get(vital.id, 0)
        if vital.min is not None and vital.max is not None:  # `from 100 to 160 mmHg`
            return (
                translate("NurseDonor", "from %1 to %2 %3")
                .replace("%1", self.context.words.number(vital.min[sex], decimals))
                .replace("%2", self.context.words.number(vital.max[sex], decimals))
                .replace("%3", unit)
            )
        parts = []
        if vital.min is not None:
            parts.append(
                translate("NurseDonor", "at least %1 %2")
                .replace("%1", self.context.words.number(vital.min[sex], decimals))
                .replace("%2", unit)
            )
        if vital.max is not None:
            parts.append(
                translate("NurseDonor", "at most %1 %2")
                .replace("%1", self.context.words.number(vital.max[sex], decimals))
                .replace("%2", unit)
            )
        return ", ".join(parts)

    def _hints(self) -> None:
        sex = self.details.sex if self.details is not None else None
        translate = self.context.words.translate
        for vital in self.context.pack.vitals:
            if vital.id not in self.hints:
                continue
            if sex in ("F", "M"):
                text = translate("NurseDonor", "To give: %1").replace("%1", self._threshold(vital, sex))
            else:
                text = unit_text(translate, vital.unit)
            self.hints[vital.id].setText(text)

    def set_details(self, details: VisitDetails | None) -> None:
        changed = details is None or self.details is None or details.visit_id != self.details.visit_id
        self.details = details
        allowed = details is not None and details.status == INTERVIEW and self.context.may(perms.VITALS)
        for widget in (*self.inputs.values(), self.save_button):
            widget.setEnabled(allowed)
        clinical = details is not None and self.context.may(perms.VITALS)
        for widget in (self.blood_group, self.blood_source, self.blood_save):
            widget.setEnabled(clinical)
        self.blood_now.setText(blood_group_text(self.context.words.translate, details) if details else "")
        if changed:
            self.blood_group.setCurrentIndex(0)
        if changed:
            self.result.clear()
            self._shown = None
            for _key, widget in self.inputs.items():
                widget.setProperty("outside", False)
                widget.clear()
            if details is not None and details.vitals is not None:
                self._prefill(details)
                self._show_result(details.vitals.out_of_range)
        self._hints()

    def _prefill(self, details: VisitDetails) -> None:
        words = self.context.words
        measured = details.vitals
        if measured is None:
            return
        values = {
            "weight": measured.weight_kg,
            "haemoglobin": measured.haemoglobin_g_dl,
            "systolic": measured.systolic,
            "diastolic": measured.diastolic,
            "pulse": measured.pulse,
            "temperature": measured.temperature_c,
        }
        for key, value in values.items():
            if value is not None:
                decimals = 0 if float(value).is_integer() else 1
                self.inputs[key].setText(words.number(value, decimals))

    def measured(self) -> Vitals:
        values = {key: parse_number(widget.text()) for key, widget in self.inputs.items()}
        whole = {key: None if (value := values[key]) is None else round(value) for key in self.WHOLE}
        return Vitals(
            weight_kg=values["weight"],
            haemoglobin_g_dl=values["haemoglobin"],
            systolic=whole["systolic"],
            diastolic=whole["diastolic"],
            pulse=whole["pulse"],
            temperature_c=values["temperature"],
        )

    def save(self) -> None:
        from kiosk.storage import queue as q

        if self.details is None:
            return
        context = self.context
        try:
            vitals = self.measured()
        except ValueError:
            context.refuse("vitals.number")
            return
        if all(value is None for value in vitals.measured().values()):
            context.refuse("vitals.empty")
            return
        visit_id, now = self.details.visit_id, context.app.now()
        row = context.write(
            lambda s: q.record_vitals(s, visit_id, vitals, context.pack, actor=context.signed_in, now=now)
        )
        if row is not None:
            self._show_result(tuple(row.out_of_range))
            context.say(lambda: context.words.translate("NurseDonor", "Vitals saved."))

    def save_blood_group(self) -> None:
        """The group a laboratory confirmed: from now on the one on the card."""
        from kiosk.storage import blood_groups

        group, source = self.blood_group.currentData(), self.blood_source.currentData()
        if self.details is None or group is None:
            self.context.say(lambda: self.context.words.translate("NurseDonor", "Choose the group first."), True)
            return
        context, actor = self.context, self.context.actor
        if actor is None:
            return
        donor_id, now = self.details.donor_id, context.app.now()
        saved = context.write(lambda s: blood_groups.confirm(s, donor_id, group, source=source, actor=actor, now=now))
        if saved is not None:
            context.say(lambda: context.words.translate("NurseDonor", "Confirmed blood group recorded."))
            self.blood_group_saved.emit()

    def _show_result(self, out_of_range: tuple[str, ...]) -> None:
        translate = self.context.words.translate
        self._shown = out_of_range
        for key, widget in self.inputs.items():
            widget.setProperty("outside", key in out_of_range)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if out_of_range:
            lines = [translate("NurseDonor", "Outside the thresholds: the donor cannot give today.")]
            for vital_id in out_of_range:
                try:
                    lines.append("\u2022 " + self.context.pack.explain(vital_id, self.context.words.lang))
                except KeyError:
                    lines.append("\u2022 " + vital_id)
            self.result.setText("\n".join(lines))
            self.result.setProperty("tone", "bad")
        else:
            self.result.setText(translate("NurseDonor", "All measurements are within the thresholds."))
            self.result.setProperty("tone", "good")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)


# ---------------------------------------------------------------------------------- decision
def confirm_step(action: QPushButton, confirm: QPushButton, cancel: QPushButton) -> QStackedWidget:
    """The action button, and in its very place Confirm and Cancel once it was pressed."""
    step = QStackedWidget()
    step.addWidget(action)
    asked = QWidget()
    row = QHBoxLayout(asked)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(confirm, 2)
    row.addWidget(cancel, 1)
    step.addWidget(asked)
    return step


class DecisionTab(QWidget):
    """Donated (kind, volume, bag) or deferred (reason, until a date or for good).

    Each is recorded in two steps (the button, then Confirm or Cancel in its place),
    and may be undone for a minute after (`UNDO_WINDOW`, by the station's clock): a
    click too many costs one more click, not a wrong record. The deferral's reason is
    never chosen for the nurse."""

    decided = Signal()

    def __init__(self, context: StationContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.details: VisitDetails | None = None
        self.pending: str | None = None  # "donation" or "deferral", waiting for Confirm
        self._bag_check: BagNumber | VisitRefused | None = None  # the last check, shown under the field

        self.donated_box = QGroupBox()
        self.kind = QComboBox()
        self.volume = QSpinBox()
        self.volume.setRange(VOLUME_ML.start, VOLUME_ML.stop - 1)
        self.volume.setSingleStep(10)
        self.volume.setValue(DEFAULT_VOLUME_ML)
        self.bag = QLineEdit()
        self.bag.setObjectName("bag")
        self.bag.setMaxLength(24)
        self.bag_status = LinesLabel("hint", 2)  # the check's two lines, kept: the buttons below stay put
        self.donate_button = _button("primary")
        self.confirm_donation, self.cancel_donation = _button("primary"), _button()
        self.donate_step = confirm_step(self.donate_button, self.confirm_donation, self.cancel_donation)
        self.kind_label, self.volume_label, self.bag_label = (label("field", align=FIELD_ALIGN) for _ in range(3))
        donated = QGridLayout(self.donated_box)
        donated.setContentsMargins(10, 6, 10, 8)
        donated.setSpacing(6)
        donated.setHorizontalSpacing(8)
        donated.addWidget(self.kind_label, 0, 0)
        donated.addWidget(self.kind, 0, 1)
        donated.addWidget(self.volume_label, 0, 2)
        donated.addWidget(self.volume, 0, 3)
        donated.addWidget(self.bag_label, 1, 0)
        donated.addWidget(self.bag, 1, 1, 1, 3)
        donated.addWidget(self.bag_status, 2, 1, 1, 3)
        donated.addWidget(self.donate_step, 3, 1, 1, 3)
        donated.setColumnStretch(1, 1)

        self.deferred_box = QGroupBox()
        self.reason = QComboBox()
        self.reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reason.setMinimumContentsLength(24)
        self.other_reason = QLineEdit()
        self.other_reason.setMaxLength(64)
        keep = self.other_reason.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # shown for "another reason" only; the buttons below stay put
        self.other_reason.setSizePolicy(keep)
        self.until_button = QRadioButton()
        self.permanent_button = QRadioButton()
        self.until_group = QButtonGroup(self)
        self.until_group.addButton(self.until_button)
        self.until_group.addButton(self.permanent_button)
        self.until_button.setChecked(True)
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.defer_button = _button("danger")
        self.confirm_deferral, self.cancel_deferral = _button("danger"), _button()
        self.defer_step = confirm_step(self.defer_button, self.confirm_deferral, self.cancel_deferral)
        self.reason_label = label("field", align=FIELD_ALIGN)
        until_row = QHBoxLayout()
        until_row.addWidget(self.until_button)
        until_row.addWidget(self.until)
        until_row.addStretch(1)
        deferred = QGridLayout(self.deferred_box)
        deferred.setContentsMargins(10, 6, 10, 8)
        deferred.setSpacing(6)
        deferred.setHorizontalSpacing(8)
        deferred.addWidget(self.reason_label, 0, 0)
        deferred.addWidget(self.reason, 0, 1)
        deferred.addWidget(self.other_reason, 1, 1)
        deferred.addLayout(until_row, 2, 1)
        deferred.addWidget(self.permanent_button, 3, 1)
        deferred.addWidget(self.defer_step, 4, 1)
        deferred.setColumnStretch(1, 1)

        self.recorded = LinesLabel("result", 2)
        self.undo_button = _button()
        self.undo_button.setObjectName("undo")
        keep = self.undo_button.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # its place stays: the line beside it does not move
        self.undo_button.setSizePolicy(keep)
        self.undo_button.hide()
        self._undo_timer = QTimer(self, interval=1000)  # the seconds left, counted by the station's clock
        self._undo_timer.timeout.connect(self.tick)
        said = QHBoxLayout()
        said.addWidget(self.recorded, 1)
        said.addWidget(self.undo_button)
        outer = QVBoxLayout(self)
        outer.addLayout(said)
        outer.addWidget(self.donated_box)
        outer.addWidget(self.deferred_box)
        outer.addStretch(1)

        self.bag.returnPressed.connect(self.check_bag)
        self.bag.textEdited.connect(lambda _t: self._forget_bag_check())
        self.donate_button.clicked.connect(self.donate)
        self.defer_button.clicked.connect(self.defer)
        for button in (self.confirm_donation, self.confirm_deferral):
            button.clicked.connect(self.confirm)
        for button in (self.cancel_donation, self.cancel_deferral):
            button.clicked.connect(self.cancel)
        self.undo_button.clicked.connect(self.undo)
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.permanent_button.toggled.connect(lambda on: self.until.setEnabled(not on))
        self.translate_ui()

    def translate_ui(self) -> None:
        translate = self.context.words.translate
        lang = self.context.words.lang
        self.donated_box.setTitle(translate("NurseDonor", "The donor gave blood"))
        self.kind_label.setText(translate("NurseDonor", "Kind"))
        self.volume_label.setText(translate("NurseDonor", "Volume"))
        self.volume.setSuffix(" " + translate("NurseDonor", "ml"))
        self.bag_label.setText(translate("NurseDonor", "Bag number"))
        self.bag.setPlaceholderText(translate("NurseDonor", "Scan the bag label (ISBT 128) or type the number"))
        self.donate_button.setText(translate("NurseDonor", "Record the donation"))
        self.confirm_donation.setText(translate("NurseDonor", "Confirm the donation"))
        self.confirm_deferral.setText(translate("NurseDonor", "Confirm the deferral"))
        for button in (self.cancel_donation, self.cancel_deferral):
            button.setText(translate("NurseDonor", "Cancel"))
        current = self.kind.currentData()
        self.kind.clear()
        for kind in DONATION_KINDS:
            self.kind.addItem(kind_text(translate, kind), kind)
        if current is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(current)))

        self.deferred_box.setTitle(translate("NurseDonor", "No donation today: deferral"))
        self.reason_label.setText(translate("NurseDonor", "Reason"))
        chosen = self.reason.currentData()
        self.reason.blockSignals(True)
        self.reason.clear()
        self.reason.addItem(translate("NurseDonor", "Choose the reason"), None)  # the nurse picks; none is assumed
        seen = set()
        for vital in self.context.pack.vitals:
            seen.add(vital.id)
            self.reason.addItem(vital.explanation.of(lang), vital.id)
        for rule in self.context.pack.rules:
            if rule.id not in seen:
                seen.add(rule.id)
                self.reason.addItem(rule.explain(lang), rule.id)
        self.reason.addItem(translate("NurseDonor", "Another reason (write it below)"), OTHER_REASON)
        for index in range(self.reason.count()):
            self.reason.setItemData(index, self.reason.itemText(index), Qt.ItemDataRole.ToolTipRole)
        self.reason.setCurrentIndex(max(0, self.reason.findData(chosen)) if chosen is not None else 0)
        self.reason.blockSignals(False)
        self._reason_changed()
        self.other_reason.setPlaceholderText(translate("NurseDonor", "Reason in a few words"))
        self.until_button.setText(translate("NurseDonor", "May give again from"))
        self.permanent_button.setText(translate("NurseDonor", "Permanently"))
        self.defer_button.setText(translate("NurseDonor", "Record the deferral"))
        # Qt reverses a date format's sections when it parses it right to left, and keeps
        # them while the format string stays the same (`2026 novembre 30` after Arabic):
        # parse it anew, left to right, for the text to be `30 novembre 2026` / `30 نونبر 2026`
        # in reading order (the Arabic one then shown right to left).
        self.until.setLocale(self.context.words.locale)
        self.until.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.until.setDisplayFormat("yyyy")
        self.until.setDisplayFormat("d MMMM yyyy")
        self.until.setLayoutDirection(self.context.words.direction)
        self.until.calendarWidget().setLocale(self.context.words.locale)
        self._show_recorded()
        self._show_bag_check()

    def _reason_changed(self, *_args) -> None:
        self.other_reason.setVisible(self.reason.currentData() == OTHER_REASON)

    def set_details(self, details: VisitDetails | None) -> None:
        changed = details is None or self.details is None or details.visit_id != self.details.visit_id
        self.details = details
        open_for_decision = details is not None and details.status == INTERVIEW and self.context.may(perms.DECIDE)
        self.donated_box.setEnabled(open_for_decision)
        self.deferred_box.setEnabled(open_for_decision)
        if changed:
            self.cancel()
            self.bag.clear()
            self._forget_bag_check()
            self.reason.setCurrentIndex(0)
            self.other_reason.clear()
            self.volume.setValue(DEFAULT_VOLUME_ML)
            self.kind.setCurrentIndex(0)
            self.until_button.setChecked(True)
            if details is not None:
                day = details.day
                self.until.setMinimumDate(QDate(day.year, day.month, day.day).addDays(1))
                suggested = details.prescreen_until or day + timedelta(days=1)
                self.until.setDate(QDate(suggested.year, suggested.month, suggested.day))
        if not open_for_decision:
            self.cancel()
        self._show_recorded()
        self.tick()

    def _show_recorded(self) -> None:
        translate = self.context.words.translate
        details = self.details
        if self.pending is not None:
            self.recorded.setText(self._question())
            self.recorded.setProperty("tone", "")
        elif details is not None and details.donation is not None:
            donation = details.donation
            bag = BagNumber(donation.bag_number, donation.bag_isbt).display() if donation.bag_number else "\u2014"
            self.recorded.setText(
                translate("NurseDonor", "Donation recorded: %1, %2 ml, bag %3.")
                .replace("%1", kind_text(translate, donation.kind))
                .replace("%2", str(donation.volume_ml))
                .replace("%3", ltr(bag))
            )
            self.recorded.setProperty("tone", "good")
            self.recorded.show()
        elif details is not None and details.status == "deferred":
            held = details.deferral
            lang = self.context.words.lang
            if held is not None and held.permanent:
                text = translate("NurseDonor", "Deferred today, permanently.")
            elif held is not None and held.until is not None:
                text = translate("NurseDonor", "Deferred today, until %1.").replace(
                    "%1", isolate(long_date(held.until, lang))
                )
            else:
                text = translate("NurseDonor", "Deferred today.")
            self.recorded.setText(text)
            self.recorded.setProperty("tone", "bad")
            self.recorded.show()
        elif details is not None and details.status != INTERVIEW:
            self.recorded.setText(translate("NurseDonor", "Start the interview to record a decision."))
            self.recorded.setProperty("tone", "")
            self.recorded.show()
        else:
            self.recorded.setText(translate("NurseDonor", "Record the donation, or a deferral with its reason."))
            self.recorded.setProperty("tone", "")
        self.recorded.style().unpolish(self.recorded)
        self.recorded.style().polish(self.recorded)

    def check_bag(self) -> bool:
        """Read the scanned or typed bag number; show what it is, or why not."""
        from kiosk.domain.isbt import bag_number

        try:
            self._bag_check = bag_number(self.bag.text(), local_allowed=self.context.settings.local_bags)
        except VisitRefused as error:
            self._bag_check = error
        self._show_bag_check()
        return not isinstance(self._bag_check, VisitRefused)

    def _forget_bag_check(self) -> None:
        self._bag_check = None
        self._show_bag_check()

    def _show_bag_check(self) -> None:
        """The last check of the bag number, in the station's language of the moment."""
        translate = self.context.words.translate
        checked = self._bag_check
        if checked is None:
            self.bag_status.clear()
            tone = ""
        elif isinstance(checked, VisitRefused):
            self.bag_status.setText(refusal(self.context.words.lang, checked))
            tone = "bad"
        else:
            if checked.isbt:
                text = translate("NurseDonor", "ISBT 128 donation number %1: check character correct.")
            else:
                text = translate("NurseDonor", "Local bag number %1.")
            self.bag_status.setText(text.replace("%1", ltr(checked.display())))
            tone = "good"
        self.bag_status.setProperty("tone", tone)
        self.bag_status.style().unpolish(self.bag_status)
        self.bag_status.style().polish(self.bag_status)

    # -- recording, in two steps -------------------------------------------------------------
    def donate(self) -> None:
        """First step: the bag is checked, then Confirm and Cancel take the button's place."""
        if self.details is None or not self.check_bag():
            return
        self._ask("donation")

    def defer(self) -> None:
        """First step: a reason must have been chosen (or written), then Confirm or Cancel."""
        if self.details is None:
            return
        reason = self.chosen_reason()
        if reason is None:
            self.context.refuse("deferral.choose_reason")
            return
        if not reason:
            self.context.refuse("deferral.reason")
            return
        self._ask("deferral")

    def _ask(self, pending: str) -> None:
        self.pending = pending
        self.donate_step.setCurrentIndex(1 if pending == "donation" else 0)
        self.defer_step.setCurrentIndex(1 if pending == "deferral" else 0)
        (self.confirm_donation if pending == "donation" else self.confirm_deferral).setFocus()
        self._show_recorded()

    def cancel(self) -> None:
        self.pending = None
        self.donate_step.setCurrentIndex(0)
        self.defer_step.setCurrentIndex(0)
        self._show_recorded()

    def _question(self) -> str:
        translate = self.context.words.translate
        if self.pending == "donation":
            from kiosk.domain.isbt import bag_number

            try:
                bag = bag_number(self.bag.text(), local_allowed=self.context.settings.local_bags).display()
            except VisitRefused:
                bag = self.bag.text()
            return (
                translate("NurseDonor", "Record this donation: %1, %2 ml, bag %3?")
                .replace("%1", kind_text(translate, self.kind.currentData()))
                .replace("%2", str(self.volume.value()))
                .replace("%3", ltr(bag))
            )
        reason = self.chosen_reason() or ""
        shown = isolate(self.context.reason_text(reason))
        if self.permanent_button.isChecked():
            return translate("NurseDonor", "Record a permanent deferral: %1?").replace("%1", shown)
        chosen = self.until.date()
        until = long_date(date(chosen.year(), chosen.month(), chosen.day()), self.context.words.lang)
        return (
            translate("NurseDonor", "Record a deferral until %2: %1?")
            .replace("%1", shown)
            .replace("%2", isolate(until))
        )

    def confirm(self) -> None:
        """Second step: the decision is recorded (one transaction), or refused in words."""
        pending = self.pending
        self.cancel()
        if pending == "donation":
            self._record_donation()
        elif pending == "deferral":
            self._record_deferral()

    def _record_donation(self) -> None:
        from kiosk.storage import queue as q

        if self.details is None:
            return
        context = self.context
        visit_id, now = self.details.visit_id, context.app.now()
        volume, kind, bag = self.volume.value(), self.kind.currentData(), self.bag.text()
        done = context.write(
            lambda s: q.record_donation(
                s,
                visit_id,
                volume_ml=volume,
                bag_number=bag,
                kind=kind,
                actor=context.signed_in,
                now=now,
                local_bags=context.settings.local_bags,
            )
        )
        if done is not None:
            context.say(lambda: context.words.translate("NurseDonor", "Donation recorded. Thank the donor!"))
            self.decided.emit()

    def chosen_reason(self) -> str | None:
        """The pack's id of the reason, or the words written for another; None before a choice."""
        data = self.reason.currentData()
        if data is None:
            return None
        return self.other_reason.text().strip() if data == OTHER_REASON else str(data)

    def _record_deferral(self) -> None:
        from kiosk.storage import queue as q

        if self.details is None:
            return
        context = self.context
        permanent = self.permanent_button.isChecked()
        chosen = self.until.date()
        until = None if permanent else date(chosen.year(), chosen.month(), chosen.day())
        visit_id, now, reason = self.details.visit_id, context.app.now(), self.chosen_reason() or ""
        done = context.write(
            lambda s: q.record_deferral(
                s, visit_id, reason=reason, until=until, permanent=permanent, actor=context.signed_in, now=now
            )
        )
        if done is not None:
            context.say(lambda: context.words.translate("NurseDonor", "Deferral recorded on the donor's record."))
            self.decided.emit()

    # -- undoing, for a minute -----------------------------------------------------------------
    def undo_left(self) -> int:
        """Seconds left to undo this visit's decision (0: nothing to undo, or too late)."""
        details = self.details
        if details is None or details.decided_at is None or not self.context.may(perms.DECIDE):
            return 0
        if details.status not in (DONATED, "deferred"):
            return 0
        left = (details.decided_at + UNDO_WINDOW - self.context.app.now()).total_seconds()
        return max(0, math.ceil(left))

    def tick(self) -> None:
        """The undo button with its seconds, while they last."""
        left = self.undo_left()
        self.undo_button.setVisible(left > 0)
        if left > 0:
            self.undo_button.setText(self.context.words.translate("NurseDonor", "Undo (%1 s)").replace("%1", str(left)))
            if not self._undo_timer.isActive():
                self._undo_timer.start()
        else:
            self._undo_timer.stop()

    def undo(self) -> None:
        """Undo the decision; an undone donation's certificates waiting for a printer
        are withdrawn in the same transaction, and one already printed is named."""
        from kiosk.domain.documents import CERTIFICATE
        from kiosk.storage import print_jobs
        from kiosk.storage import queue as q

        if self.details is None:
            return
        context = self.context
        visit_id, now = self.details.visit_id, context.app.now()

        def undo_and_withdraw(session: Session) -> int:
            q.undo_decision(session, visit_id, actor=context.signed_in, now=now)
            return print_jobs.withdraw(session, visit_id, CERTIFICATE)

        printed = context.write(undo_and_withdraw)
        if printed:
            context.say(
                lambda: context.words.translate(
                    "NurseDonor",
                    "Decision undone: the donor is back in the interview. A certificate was already "
                    "printed for this donation: take it back from the donor.",
                )
            )
        elif printed is not None:
            context.say(
                lambda: context.words.translate(
                    "NurseDonor", "Decision undone: the donor is back in the interview. The audit log keeps both."
                )
            )
        if printed is not None:
            self.decided.emit()
        self.tick()


# ---------------------------------------------------------------------------------- override
class OverrideTab(QWidget):
    """Staff change the kiosk's outcome (to eligible or to check), with a reason; audited."""

    def __init__(self, context: StationContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.details: VisitDetails | None = None
        self.current = label("facts", align=Qt.AlignmentFlag.AlignLeading)
        self.notice = label("notice", align=Qt.AlignmentFlag.AlignLeading)
        self.outcome = QComboBox()
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.override_button = _button("danger")
        self.outcome_label = label("field", align=Qt.AlignmentFlag.AlignLeading)
        self.reason_label = label("field", align=FIELD_ALIGN)
        form = QFormLayout()
        form.addRow(self.outcome_label, self.outcome)
        form.addRow(self.reason_label, self.reason)
        form.addRow("", self.override_button)
        outer = QVBoxLayout(self)
        outer.addWidget(self.current)
        outer.addWidget(self.notice)
        outer.addLayout(form)
        outer.addStretch(1)
        self.override_button.clicked.connect(self.override)
        self.translate_ui()

    def translate_ui(self) -> None:
        translate = self.context.words.translate
        self.notice.setText(
            translate(
                "NurseDonor", "The nurse or doctor decides. The change, your name and your reason go to the audit log."
            )
        )
        self.outcome_label.setText(translate("NurseDonor", "New outcome"))
        self.reason_label.setText(translate("NurseDonor", "Why"))
        self.reason.setPlaceholderText(translate("NurseDonor", "For example: medication checked with the doctor"))
        self.override_button.setText(translate("NurseDonor", "Change the pre-screen outcome"))
        chosen = self.outcome.currentData()
        self.outcome.clear()
        for outcome in OVERRIDE_OUTCOMES:
            self.outcome.addItem(outcome_text(translate, outcome), outcome)
        if chosen is not None:
            self.outcome.setCurrentIndex(max(0, self.outcome.findData(chosen)))
        self._show_current()

    def _show_current(self) -> None:
        translate = self.context.words.translate
        details = self.details
        if details is None:
            self.current.clear()
            return
        text = translate("NurseDonor", "Pre-screen outcome now: %1").replace(
            "%1", outcome_text(translate, details.prescreen)
        )
        if details.prescreen_original:
            text += " " + translate("NurseDonor", "(changed by staff; the kiosk said: %1)").replace(
                "%1", outcome_text(translate, details.prescreen_original)
            )
        self.current.setText(text)

    def set_details(self, details: VisitDetails | None) -> None:
        changed = details is None or self.details is None or details.visit_id != self.details.visit_id
        self.details = details
        allowed = details is not None and details.prescreen is not None and self.context.may(perms.OVERRIDE)
        for widget in (self.outcome, self.reason, self.override_button):
            widget.setEnabled(allowed)
        if changed:
            self.reason.clear()
            if details is not None and details.prescreen in OVERRIDE_OUTCOMES:
                other = [o for o in OVERRIDE_OUTCOMES if o != details.prescreen]
                self.outcome.setCurrentIndex(max(0, self.outcome.findData(other[0])))
        self._show_current()

    def override(self) -> None:
        from kiosk.storage import queue as q

        if self.details is None:
            return
        context = self.context
        visit_id, now = self.details.visit_id, context.app.now()
        outcome, reason = self.outcome.currentData(), self.reason.text()
        done = context.write(
            lambda s: q.override_prescreen(s, visit_id, outcome, reason, actor=context.signed_in, now=now)
        )
        if done is not None:
            self.reason.clear()
            context.say(
                lambda: context.words.translate(
                    "NurseDonor", "Pre-screen outcome changed; the audit log keeps the reason."
                )
            )


# ---------------------------------------------------------------------------------- panel
def scrolled(widget: QWidget) -> QScrollArea:
    """A form that scrolls on a small laptop screen rather than pushing the window taller."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # forms are built to fit the width
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class DonorPanel(QWidget):
    """One visit at a time; `print_requested(kind, visit_id)` for the card or certificate."""

    print_requested = Signal(str, int)

    def __init__(self, context: StationContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.visit_id: int | None = None
        self.details: VisitDetails | None = None
        self.header = DonorHeader(context)
        self.tabs = QTabWidget()
        self.answers = AnswersTab(context)
        self.vitals = VitalsTab(context)
        self.decision = DecisionTab(context)
        self.override = OverrideTab(context)
        self.reaction = ReactionTab(context)
        self.clinical = label("notice")
        self.clinical.hide()  # for staff who may not see health data, once signed in
        for tab in (self.answers, self.vitals, self.decision, self.override, self.reaction):
            self.tabs.addTab(tab if tab is self.answers else scrolled(tab), "")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.header)
        outer.addWidget(self.clinical)
        outer.addWidget(self.tabs, 1)
        self.header.print_card.clicked.connect(lambda: self._print("card"))
        self.header.print_certificate.clicked.connect(lambda: self._print("certificate"))
        self.decision.decided.connect(self.refresh)
        self.vitals.blood_group_saved.connect(self.refresh)
        self.reaction.recorded.connect(self.refresh)
        context.words.changed.connect(self.translate_ui)
        context.actor_changed.connect(self.refresh)
        self.translate_ui()

    def translate_ui(self, _lang: str = "") -> None:
        translate = self.context.words.translate
        self.tabs.setTabText(0, translate("NurseDonor", "Answers"))
        self.tabs.setTabText(1, translate("NurseDonor", "Vitals"))
        self.tabs.setTabText(2, translate("NurseDonor", "Decision"))
        self.tabs.setTabText(3, translate("NurseDonor", "Pre-screen"))
        self.tabs.setTabText(4, translate("NurseDonor", "Reaction"))
        self.clinical.setText(translate("NurseDonor", "Answers, vitals and decisions are for nurses and doctors."))
        for tab in (self.answers, self.vitals, self.decision, self.override, self.reaction):
            tab.translate_ui()
        self.header.show_details(self.details)

    def show_visit(self, visit_id: int | None) -> None:
        if visit_id != self.visit_id:
            self.visit_id = visit_id
            self.tabs.setCurrentIndex(0)
        self.refresh()

    def refresh(self) -> None:
        from kiosk.storage.visit_view import visit_details

        visit_id = self.visit_id
        details = None
        if visit_id is not None and self.context.actor is not None:
            details = self.context.read(lambda s: visit_details(s, visit_id))
        self.details = details
        if details is None:
            self.visit_id = None
        self.header.show_details(details)
        self.answers.set_visit(self.visit_id)
        self.vitals.set_details(details)
        self.decision.set_details(details)
        self.override.set_details(details)
        self.reaction.set_details(details)
        clinical = self.context.may(perms.DECIDE)
        self.clinical.setVisible(self.context.actor is not None and not clinical)
        self.tabs.setEnabled(details is not None)
        self.header.print_card.setEnabled(details is not None)
        self.header.print_certificate.setEnabled(details is not None and details.donation is not None)

    def _print(self, kind: str) -> None:
        if self.visit_id is not None:
            self.print_requested.emit(kind, self.visit_id)
