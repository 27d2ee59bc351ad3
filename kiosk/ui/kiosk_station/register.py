"""Registration of a new donor, a few fields per page so that the keyboard and
the fields fit on the screen together. Every field is checked as it is typed
by the domain's validation (through the flow); its message, in the donor's
language, stands next to it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kiosk.domain.validation import BLOOD_GROUPS
from kiosk.kiosk_flow import PAGES, KioskFlow, Step
from kiosk.ui.keyboard import keyboard_field
from kiosk.ui.kiosk_station.base import Screen, button
from kiosk.ui.kiosk_station.error_box import ErrorBox
from kiosk.ui.messages import message
from kiosk.ui.widgets import label, ltr, set_mark

translate = QCoreApplication.translate

KEYBOARDS = {
    "first_name_ar": "arabic",
    "last_name_ar": "arabic",
    "first_name_latin": "latin",
    "last_name_latin": "latin",
    "cin": "cin",
    "phone": "phone",
    "city": "text",
}
MAX_LENGTH = {"cin": 12, "phone": 16, "city": 80}
OK_MARK = "\u2713"


class Choices(QWidget):
    """Buttons of which one at most is checked (sex, blood group): `choices` by value."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.choices: dict[str, QPushButton] = {}

    def set_value(self, value: str | None) -> None:
        """Check the button of `value` (none for None), without a click."""
        self.group.setExclusive(False)
        for choice_value, choice in self.choices.items():
            choice.setChecked(value is not None and choice_value == value)
        self.group.setExclusive(True)


class RegistrationPage(Screen):
    """One page of the registration form: `page` is its step, whose fields flow.PAGES names."""

    def __init__(self, page: Step, flow: KioskFlow, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.name = page.value
        self.page = page
        self.flow = flow
        self.optional = False  # the second alphabet of the names
        self.hint = label("hint")
        self.captions: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.error_boxes: dict[str, ErrorBox] = {}
        self.errors: dict[str, QLabel] = {}  # each box's words
        self.error_icons: dict[str, QWidget] = {}  # each box's icon
        self.codes: dict[str, str | None] = {}
        self.unknown_group = False  # "I don't know" tapped: a choice, unlike a page left empty
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        grid.setColumnMinimumWidth(0, 220)
        for row, field in enumerate(PAGES[page]):
            caption = label("caption", align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            box = ErrorBox()  # a message that appears or goes moves no field and no button
            box.label.setObjectName(f"error_{field}")
            widget = self._build(field)
            grid.addWidget(caption, row, 0)
            grid.addWidget(widget, row, 1)
            grid.addWidget(box, row, 2)
            self.captions[field], self.widgets[field], self.error_boxes[field] = caption, widget, box
            self.errors[field], self.error_icons[field] = box.label, box.icon
        self.body.addWidget(self.hint)
        self.body.addLayout(grid)
        self.body.addStretch(1)
        self.translate_ui()

    # -- building the fields
    def _build(self, field: str) -> QWidget:
        if field in KEYBOARDS:
            edit = keyboard_field(KEYBOARDS[field])
            edit.setObjectName(field)
            edit.setMaxLength(MAX_LENGTH.get(field, 60))
            if KEYBOARDS[field] == "latin":
                edit.setProperty("capitalize", True)
            edit.textChanged.connect(lambda text, f=field: self._typed(f, text))
            edit.returnPressed.connect(lambda f=field: self._enter(f))
            return edit
        holder = Choices()
        holder.setObjectName(field)
        group = holder.group
        if field == "sex":
            row = QHBoxLayout(holder)
            for value in ("F", "M"):
                choice = button("choice_small", checkable=True)
                group.addButton(choice)
                holder.choices[value] = choice
                row.addWidget(choice)
        else:  # blood group: the eight groups, then "I don't know"
            box = QGridLayout(holder)
            for index, value in enumerate((*BLOOD_GROUPS, "")):
                choice = button("choice_small", checkable=True)
                if value:
                    choice.setText(ltr(value))  # "O+", never "+O" on an Arabic screen
                group.addButton(choice)
                holder.choices[value] = choice
                if value:
                    box.addWidget(choice, index // 4, index % 4)
                else:
                    box.addWidget(choice, 2, 0, 1, 4)
        for value, choice in holder.choices.items():
            choice.clicked.connect(lambda _=False, f=field, v=value: self._typed(f, v or None))
        return holder

    # -- typing and checking
    def _typed(self, field: str, value: Any) -> None:
        if field == "blood_group":
            self.unknown_group = value is None
        self.show_error(field, self.flow.set_field(field, value))
        # A message elsewhere on the page may no longer hold (a whole name is now given).
        stale = tuple(f for f in PAGES[self.page] if f != field and self.codes.get(f))
        if stale:
            for other, code in self.flow.field_errors(stale).items():
                self.show_error(other, code)

    def _enter(self, field: str) -> None:
        """Enter on the keyboard: the next field, or the next page after the last."""
        fields = [f for f in PAGES[self.page] if isinstance(self.widgets[f], QLineEdit)]
        index = fields.index(field)
        if index + 1 < len(fields):
            self.widgets[fields[index + 1]].setFocus()
        else:
            self.forward.emit()

    def show_error(self, field: str, code: str | None) -> None:
        self.codes[field] = code
        set_mark(self.widgets[field], "invalid", bool(code))
        self._show(field)

    def _show(self, field: str) -> None:
        code, box = self.codes.get(field), self.error_boxes[field]
        if code:
            box.show_error(message(code))
        else:
            box.show_ok(OK_MARK if self._filled(field) else "")

    def _filled(self, field: str) -> bool:
        value = self.flow.fields.get(field)
        return value is not None and (not isinstance(value, str) or bool(value.strip()))

    def validate(self) -> bool:
        """Check the whole page (required fields too); show every message."""
        errors = self.flow.page_errors(self.page)
        if "blood_group" in self.widgets and not (self.flow.fields.get("blood_group") or self.unknown_group):
            errors["blood_group"] = "blood_group.invalid"  # a group, or "I don't know": never Next alone
        for field in PAGES[self.page]:
            self.show_error(field, errors.get(field))
        if errors:
            first = next(f for f in PAGES[self.page] if f in errors)
            if isinstance(self.widgets[first], QLineEdit):
                self.widgets[first].setFocus()
        return not errors

    # -- state
    def load(self) -> None:
        """Show what the flow holds (a CIN typed on the identification screen, or
        what the donor typed before going back)."""
        for field in PAGES[self.page]:
            widget, value = self.widgets[field], self.flow.fields.get(field)
            widget.blockSignals(True)
            if isinstance(widget, QLineEdit):
                widget.setText(value or "")
            elif isinstance(widget, Choices):
                unknown = field == "blood_group" and value is None and self.unknown_group
                widget.set_value("" if unknown else value)  # "I don't know", as tapped
            widget.blockSignals(False)
            if field not in self.codes:
                self.codes[field] = None
            self._show(field)

    def clear(self) -> None:
        self.codes = {}
        self.unknown_group = False
        for field in PAGES[self.page]:
            widget = self.widgets[field]
            widget.blockSignals(True)
            if isinstance(widget, QLineEdit):
                widget.clear()
            elif isinstance(widget, Choices):
                widget.set_value(None)
            widget.blockSignals(False)
            set_mark(widget, "invalid", False)
            self.errors[field].setText("")

    def first_field(self) -> QWidget | None:
        for field in PAGES[self.page]:
            widget = self.widgets[field]
            if isinstance(widget, QLineEdit):
                return widget
        return None

    def translate_ui(self) -> None:
        super().translate_ui()
        captions = {
            "first_name_ar": translate("Registration", "First name"),
            "last_name_ar": translate("Registration", "Last name"),
            "first_name_latin": translate("Registration", "First name"),
            "last_name_latin": translate("Registration", "Last name"),
            "sex": translate("Registration", "I am"),
            "cin": translate("Registration", "Identity card (CIN)"),
            "phone": translate("Registration", "Phone"),
            "city": translate("Registration", "City"),
            "blood_group": translate("Registration", "Blood group"),
        }
        headings = {
            Step.NAMES_AR: translate("Registration", "Your name in Arabic letters"),
            Step.NAMES_LATIN: translate("Registration", "Your name in Latin letters"),
            Step.ABOUT: translate("Registration", "About you"),
            Step.CONTACT: translate("Registration", "Your identity card and phone"),
            Step.BLOOD: translate("Registration", "Your blood group"),
        }
        hints = {
            Step.NAMES_AR: translate("Registration", "As written on your identity card."),
            Step.NAMES_LATIN: translate("Registration", "As written on your identity card."),
            Step.ABOUT: "",
            Step.CONTACT: translate("Registration", "Your phone number is only used to reach you about your donation."),
            Step.BLOOD: translate(
                "Registration", "If you know it. Otherwise choose “I don't know”: the nurses will find out."
            ),
        }
        optional = translate("Registration", "You may leave this page empty.")
        self.heading.setText(headings[self.page])
        hint = hints[self.page]
        if self.optional:
            hint = f"{hint} {optional}"
        self.hint.setText(hint.strip())
        self.hint.setVisible(bool(hint.strip()))
        for field, caption in self.captions.items():
            caption.setText(captions[field])
            self._show(field)
        sex, blood = self.widgets.get("sex"), self.widgets.get("blood_group")
        if isinstance(sex, Choices):
            sex.choices["F"].setText(translate("Registration", "A woman"))
            sex.choices["M"].setText(translate("Registration", "A man"))
        if isinstance(blood, Choices):
            blood.choices[""].setText(translate("Registration", "I don't know"))

    def set_optional(self, optional: bool) -> None:
        self.optional = optional
        self.translate_ui()
