"""Registration of a new donor, a few fields per page so that the keyboard and
the fields fit on the screen together. Every field is checked as it is typed
by the domain's validation (through the flow); its message, in the donor's
language, stands next to it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from kiosk.domain.validation import BLOOD_GROUPS
from kiosk.ui.keyboard import keyboard_field
from kiosk.ui.kiosk_station.base import Screen, button
from kiosk.ui.kiosk_station.flow import PAGES, KioskFlow
from kiosk.ui.kiosk_station.pickers import DatePicker
from kiosk.ui.messages import message
from kiosk.ui.widgets import label, ltr

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


class RegistrationPage(Screen):
    """One page of the registration form: `page` names its fields (flow.PAGES)."""

    def __init__(self, page: str, flow: KioskFlow, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.name = f"register_{page}"
        self.page = page
        self.flow = flow
        self.optional = False  # the second alphabet of the names
        self.hint = label("hint")
        self.captions: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
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
            error = label("error", align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            error.setObjectName(f"error_{field}")
            error.setProperty("role", "error")
            widget = self._build(field)
            grid.addWidget(caption, row, 0)
            grid.addWidget(widget, row, 1)
            grid.addWidget(error, row, 2)
            self.captions[field], self.widgets[field], self.errors[field] = caption, widget, error
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
        if field == "birth_date":
            picker = DatePicker(self.flow.app.today())
            picker.setObjectName("birth_date")
            picker.changed.connect(lambda: self._typed("birth_date", picker.value()))
            return picker
        holder = QWidget()
        holder.setObjectName(field)
        group = QButtonGroup(holder)
        group.setExclusive(True)
        holder.group = group
        holder.choices = {}
        if field == "sex":
            box = QHBoxLayout(holder)
            for value in ("F", "M"):
                choice = button("choice_small", checkable=True)
                group.addButton(choice)
                holder.choices[value] = choice
                box.addWidget(choice)
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
    def _typed(self, field: str, value) -> None:
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
        widget = self.widgets[field]
        widget.setProperty("invalid", bool(code))
        widget.style().polish(widget)
        self._show(field)

    def _show(self, field: str) -> None:
        code, error = self.codes.get(field), self.errors[field]
        if code:
            error.setText(message(code))
            error.setProperty("state", "error")
        else:
            error.setText(OK_MARK if self._filled(field) else "")
            error.setProperty("state", "ok")
        error.style().polish(error)

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
            elif isinstance(widget, DatePicker):
                widget.set_value(value)
            else:
                widget.group.setExclusive(False)
                for choice_value, choice in widget.choices.items():
                    unknown = field == "blood_group" and self.unknown_group and value is None
                    choice.setChecked(choice_value == value if value is not None else (unknown and choice_value == ""))
                widget.group.setExclusive(True)
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
            elif isinstance(widget, DatePicker):
                widget.set_value(None)
            else:
                widget.group.setExclusive(False)
                for choice in widget.choices.values():
                    choice.setChecked(False)
                widget.group.setExclusive(True)
            widget.blockSignals(False)
            widget.setProperty("invalid", False)
            widget.style().polish(widget)
            self.errors[field].setText("")
        if isinstance(self.widgets.get("birth_date"), DatePicker):
            self.widgets["birth_date"].set_today(self.flow.app.today())

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
            "birth_date": translate("Registration", "Date of birth"),
            "cin": translate("Registration", "Identity card (CIN)"),
            "phone": translate("Registration", "Phone"),
            "city": translate("Registration", "City"),
            "blood_group": translate("Registration", "Blood group"),
        }
        headings = {
            "names_ar": translate("Registration", "Your name in Arabic letters"),
            "names_latin": translate("Registration", "Your name in Latin letters"),
            "about": translate("Registration", "About you"),
            "contact": translate("Registration", "Your identity card and phone"),
            "blood": translate("Registration", "Your blood group"),
        }
        hints = {
            "names_ar": translate("Registration", "As written on your identity card."),
            "names_latin": translate("Registration", "As written on your identity card."),
            "about": translate("Registration", "Tap the day, the month and the year of your birth."),
            "contact": translate("Registration", "Your phone number is only used to reach you about your donation."),
            "blood": translate(
                "Registration", "If you know it. Otherwise choose “I don't know”: the nurses will find out."
            ),
        }
        optional = translate("Registration", "You may leave this page empty.")
        self.heading.setText(headings[self.page])
        hint = hints[self.page]
        if self.optional:
            hint = f"{hint} {optional}"
        self.hint.setText(hint)
        for field, caption in self.captions.items():
            caption.setText(captions[field])
            self._show(field)
        if "sex" in self.widgets:
            self.widgets["sex"].choices["F"].setText(translate("Registration", "A woman"))
            self.widgets["sex"].choices["M"].setText(translate("Registration", "A man"))
        if "blood_group" in self.widgets:
            self.widgets["blood_group"].choices[""].setText(translate("Registration", "I don't know"))

    def set_optional(self, optional: bool) -> None:
        self.optional = optional
        self.translate_ui()
