"""The kiosk's own on-screen keyboard: Arabic, French AZERTY, identity card, digits,
and any layout a language of resources/languages.toml brings as a data file.

Why not Qt Virtual Keyboard: in pyside6-essentials its plugin does not load (it
needs PySide6-Addons, +180 MB, and libpulse); with them it is a separate window
whose language follows LANG at start-up rather than the donor's choice, and its
Arabic layout types Eastern Arabic digits. This widget lives inside the kiosk
window: it follows the focused field and the language at run time, types
Western digits, and is styled like the rest of the kiosk.

A field asks for a layout with its `keyboard` property:
    "text"   the layout of the donor's language (its `keyboard` in
             languages.toml), with a key to the next alphabet
    "arabic" Arabic letters          "latin" AZERTY with accents
    "cin"    capital letters + digits (identity card)
    "digits" digit pad               "phone" digit pad with "+"
Keys never take focus: they type into the field that has it.
"""

from __future__ import annotations

import tomllib
import unicodedata
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import paths
from kiosk.i18n import ALL, language

KEY_MIN = 64  # px: 12 mm at the kiosk screen's ~130 dpi, with a margin

BACKSPACE, SHIFT, SPACE, ENTER = "\u232b", "\u21e7", " ", "\u21b5"
TO_ARABIC, TO_LATIN, TO_DIGITS = "عربي", "ABC", "123"  # never a letter of a layout
SPECIAL = {BACKSPACE, SHIFT, SPACE, ENTER, TO_ARABIC, TO_LATIN, TO_DIGITS}

# Rows as on Moroccan phones and PCs (Arabic 101 / AZERTY). A cell is a key text
# or (key text, width in key units).
ROWS: dict[str, list[list]] = {
    "arabic": [
        list("ضصثقفغعهخحج"),
        list("شسيبلاتنمكط"),
        list("ذءؤرىةوزظدئ"),
        [(TO_DIGITS, 1.25), "أ", "إ", "آ", (SPACE, 2.5), (BACKSPACE, 1.5), (ENTER, 1.5)],
    ],
    "latin": [
        list("azertyuiop"),
        list("qsdfghjklm"),
        [(SHIFT, 1.5), *"wxcvbn", "'", "-", (BACKSPACE, 1.5)],
        [(TO_DIGITS, 1.25), *"éèàçï", (SPACE, 2), (ENTER, 1.5)],
    ],
    "cin": [
        list("1234567890"),
        list("AZERTYUIOP"),
        list("QSDFGHJKLM"),
        [*"WXCVBN", (BACKSPACE, 2), (ENTER, 2)],
    ],
    "digits": [list("123"), list("456"), list("789"), [BACKSPACE, "0", ENTER]],
    "phone": [[*"123", BACKSPACE], [*"456", "+"], [*"789", ENTER], [("0", 2)]],
    # Digits and signs for a text field (a city name with a number), and the way back.
    "numbers": [
        list("1234567890"),
        [*"-'./,()", (BACKSPACE, 1.5)],
        [(TO_ARABIC, 1.5), (TO_LATIN, 1.5), (SPACE, 4), (ENTER, 1.5)],
    ],
}


def load_layout(path: Path) -> tuple[str, list[list]]:
    """A layout file (resources/keyboards/NAME.toml): `label`, the text of the key
    that switches to it; `rows`, its letter rows, one key per character; `last`,
    letters for the bottom row. The bottom row's digits, space, backspace and
    enter keys are added here, as on the built-in layouts."""
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ValueError(f"{path}: cannot read the keyboard layout: {error}") from None
    label, rows, last = data.get("label"), data.get("rows"), data.get("last", "")
    if not isinstance(label, str) or not label or not isinstance(last, str):
        raise ValueError(f"{path}: label (the switch key's text) and last must be texts")
    if not isinstance(rows, list) or not rows or not all(isinstance(r, str) and r for r in rows):
        raise ValueError(f"{path}: rows must be a list of texts, one key per character")
    keys: list[list] = [list(row) for row in rows]
    keys.append([(TO_DIGITS, 1.25), *last, (SPACE, 2.5), (BACKSPACE, 1.5), (ENTER, 1.5)])
    return label, keys


def _layout_file(name: str, folder: Path) -> Path:
    for base in (paths.RESOURCES / "keyboards", folder / "keyboards", folder):
        if (base / f"{name}.toml").is_file():
            return base / f"{name}.toml"
    raise ValueError(f"no keyboard layout {name!r}: add resources/keyboards/{name}.toml")


# The alphabets a text field can be typed in: the two of the identity card, then
# each language's own. Their switch keys go round them in this order.
LABELS = {"arabic": TO_ARABIC, "latin": TO_LATIN}
TEXT_LAYOUTS: list[str] = ["arabic", "latin"]
for _lang in ALL:
    if _lang.keyboard not in ROWS:
        LABELS[_lang.keyboard], ROWS[_lang.keyboard] = load_layout(_layout_file(_lang.keyboard, _lang.folder))
    if _lang.keyboard not in TEXT_LAYOUTS:
        TEXT_LAYOUTS.append(_lang.keyboard)
SWITCH_KEY = {name: LABELS[TEXT_LAYOUTS[(i + 1) % len(TEXT_LAYOUTS)]] for i, name in enumerate(TEXT_LAYOUTS)}
LAYOUT_OF_KEY = {label: name for name, label in LABELS.items()}
ROWS["numbers"][-1] = [*((LABELS[name], 1.5) for name in TEXT_LAYOUTS), (SPACE, 4), (ENTER, 1.5)]
SPECIAL |= set(LABELS.values())
FIELD_LAYOUTS = {"text", "cin", "digits", "phone", *TEXT_LAYOUTS}


class Key(QPushButton):
    """One key: never takes focus, repeats when held (backspace)."""

    def __init__(self, text: str, units: float = 1.0):
        super().__init__(text)
        self.setObjectName("key")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(int(KEY_MIN * units), KEY_MIN)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if text in SPECIAL:
            self.setProperty("special", True)
        if text == SPACE:
            self.setAccessibleName("space")
        if text == BACKSPACE:
            self.setAutoRepeat(True)
            self.setAutoRepeatDelay(500)


class KeyPad(QWidget):
    """One layout: rows of keys laid out on a grid of quarter-key columns."""

    pressed = Signal(str)
    holder: QWidget  # the box that centres the pad in the keyboard's stack, set by Keyboard.pad

    def __init__(self, name: str, rows: list[list], compact: bool = False):
        super().__init__()
        self.name = name
        self.keys: dict[str, Key] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        widest = max(sum(self._units(cell) for cell in row) for row in rows)
        columns = int(widest * 4)
        for r, row in enumerate(rows):
            used = sum(self._units(cell) for cell in row)
            column = int(round((widest - used) * 2))  # center short rows
            for cell in row:
                text, units = (cell, 1.0) if isinstance(cell, str) else cell
                key = Key(text, units)
                key.clicked.connect(lambda _=False, t=text: self.pressed.emit(t))
                span = int(units * 4)
                grid.addWidget(key, r, column, 1, span)
                column += span
                self.keys[text] = key
        for c in range(columns):
            grid.setColumnStretch(c, 1)
        self.setObjectName("keypad")
        if compact:  # a digit pad: wide keys, not the whole screen
            self.setFixedWidth(int(widest * KEY_MIN * 1.7))

    @staticmethod
    def _units(cell) -> float:
        return 1.0 if isinstance(cell, str) else cell[1]


class OnScreenKeyboard(QWidget):
    """Docked under the screens; shown while a field with a `keyboard` property has focus."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("keyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # keys sit where they are on a phone
        self.language = "ar"
        self.target: QLineEdit | None = None
        self.shifted = False
        self.current = ""
        self.stack = QStackedWidget()
        self.stack.setObjectName("keystack")
        self.pads: dict[str, KeyPad] = {}
        self._rows: dict[str, list[list]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        row = QHBoxLayout()
        row.addStretch(0)
        row.addWidget(self.stack, 1)
        layout.addLayout(row)
        self.hide()
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a keyboard is a widget: there is a QApplication
        app.focusChanged.connect(self._focus_changed)

    # -- layouts, built the first time they are needed (start-up stays light)
    def pad(self, name: str) -> KeyPad:
        if name not in self.pads:
            rows = [list(r) for r in ROWS[name]]
            if name in SWITCH_KEY:
                rows[-1].insert(1, (SWITCH_KEY[name], 1.25))
            pad = KeyPad(name, rows, compact=name in ("digits", "phone"))
            pad.pressed.connect(self.press)
            self.pads[name] = pad
            holder = QWidget()
            holder.setObjectName("keyholder")
            box = QHBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.addStretch(1)
            box.addWidget(pad, 0 if pad.maximumWidth() < 10_000 else 20)
            box.addStretch(1)
            pad.holder = holder
            self.stack.addWidget(holder)
        return self.pads[name]

    def show_layout(self, name: str) -> None:
        pad = self.pad(name)
        self.stack.setCurrentWidget(pad.holder)
        if name != self.current:
            self.current = name
            self.shifted = False
            self._apply_shift()

    def key(self, text: str) -> Key:
        """The key that types `text` in the layout shown now (tests tap it)."""
        pad = self.pads[self.current]
        if text in pad.keys:
            return pad.keys[text]
        if self.current == "latin" and text.lower() in pad.keys:
            return pad.keys[text.lower()]
        raise KeyError(f"no key {text!r} on the {self.current} layout")

    def set_language(self, lang: str) -> None:
        self.language = lang
        if self.target is not None and self.target.property("keyboard") == "text":
            self.show_layout(self._layout_for(self.target))

    def _layout_for(self, field: QLineEdit) -> str:
        kind = field.property("keyboard")
        if kind == "text":
            return language(self.language).keyboard
        return kind

    # -- following the focus
    def _focus_changed(self, _old, new) -> None:
        if isinstance(new, QLineEdit) and new.property("keyboard") in FIELD_LAYOUTS and new.window() is self.window():
            self.attach(new)
        elif new is not None and new.window() is self.window():
            self.detach()

    def attach(self, field: QLineEdit) -> None:
        self.target = field
        self.show_layout(self._layout_for(field))
        if self.current == "latin" and field.property("capitalize"):
            self._auto_shift()
        self.show()

    def detach(self) -> None:
        self.target = None
        self.hide()

    # -- typing
    def press(self, text: str) -> None:
        field = self.target
        if text == TO_DIGITS:
            self.show_layout("numbers")
            return
        if text in LAYOUT_OF_KEY:
            self.show_layout(LAYOUT_OF_KEY[text])
            if self.current == "latin" and field is not None and field.property("capitalize"):
                self._auto_shift()
            return
        if text == SHIFT:
            self.shifted = not self.shifted
            self._apply_shift()
            return
        if field is None:
            return
        if text == BACKSPACE:
            field.backspace()
        elif text == ENTER:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
            return
        else:
            if self.shifted:
                text = text.upper()
            field.insert(text)
            if self.shifted:
                self.shifted = False
                self._apply_shift()
        if self.current == "latin" and field.property("capitalize"):
            self._auto_shift()

    def _auto_shift(self) -> None:
        """Names start with a capital: shift on at the start and after a space or hyphen."""
        text = self.target.text()[: self.target.cursorPosition()] if self.target else ""
        wanted = not text or text[-1] in " -"
        if wanted != self.shifted:
            self.shifted = wanted
            self._apply_shift()

    def _apply_shift(self) -> None:
        pad = self.pads.get("latin")
        if pad is None:
            return
        for text, key in pad.keys.items():
            if text not in SPECIAL and len(text) == 1:
                key.setText(text.upper() if self.shifted else text)
        pad.keys[SHIFT].setProperty("active", self.shifted)
        pad.keys[SHIFT].style().polish(pad.keys[SHIFT])


def keyboard_field(kind: str, parent: QWidget | None = None) -> QLineEdit:
    """A line edit that summons the keyboard layout `kind`; identity card and
    phone numbers are typed and shown left to right even on Arabic screens."""
    if kind not in FIELD_LAYOUTS:
        raise ValueError(f"unknown keyboard layout {kind!r}")
    field = QLineEdit(parent)
    field.setProperty("keyboard", kind)
    if kind in ("cin", "digits", "phone", "latin"):
        field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    elif kind == "arabic":
        field.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    follow_script(field)
    return field


def script_of(text: str) -> str:
    """ "arabic" when most of `text`'s letters and digits are Arabic, else "latin"."""
    arabic = latin = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("AL", "R", "AN"):
            arabic += 1
        elif kind == "L":
            latin += 1
    return "arabic" if arabic > latin else "latin"


def mark_script(field: QLineEdit) -> None:
    """Set `field`'s `script` property from what it shows, for the style sheet
    to centre Arabic by it, the field's height unchanged: typed Arabic letters
    sit above the Latin line a field is sized for ("arabic": more room above),
    an Arabic placeholder below it, as Qt draws placeholders ("arabic_hint":
    more room below)."""
    if field.text():
        script = script_of(field.text())
    else:
        script = "arabic_hint" if script_of(field.placeholderText()) == "arabic" else "latin"
    if field.property("script") != script:
        field.setProperty("script", script)
        field.style().unpolish(field)
        field.style().polish(field)


def follow_script(field: QLineEdit) -> None:
    """Keep `field`'s `script` property up to date as it is typed in (call
    `mark_script` again after changing its placeholder)."""
    mark_script(field)
    field.textChanged.connect(lambda _text: mark_script(field))
