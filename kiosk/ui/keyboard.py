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

from PySide6.QtCore import QEvent, QMargins, QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

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


# How the keys look (the kiosk's style sheet gives a pad its background and
# border and the keys their 24 pt font).
KEY_HEIGHT = 74  # px, a letter key: a 24 pt Arabic letter with room above and below it
SPACING = 6  # px between keys
KEY_BORDER, KEY_RADIUS = QColor("#455a64"), 10
KEY_COLOURS = {  # the face of a key, and its letter
    "letter": (QColor("#ffffff"), QColor("#1b1b1b")),
    "special": (QColor("#cfd8dc"), QColor("#1b1b1b")),
    "pressed": (QColor("#cfd8dc"), QColor("#1b1b1b")),
    "active": (QColor("#0d47a1"), QColor("#ffffff")),  # shift while it is on
}
COMPACT = ("digits", "phone")  # digit pads: wide keys, not the whole screen
REPEAT_DELAY_MS, REPEAT_MS = 500, 100  # a held backspace goes on deleting

Rows = list[list[tuple[str, float]]]  # rows of (key text, width in key units)


def rows_of(name: str) -> Rows:
    """The rows of layout `name`, with the key to the next alphabet on a text layout."""
    rows = [[(cell, 1.0) if isinstance(cell, str) else cell for cell in row] for row in ROWS[name]]
    if name in SWITCH_KEY:
        rows[-1].insert(1, (SWITCH_KEY[name], 1.25))
    return rows


def compact_width(rows: Rows) -> int:
    """A digit pad's width: wide keys, not the whole screen."""
    return int(max(sum(units for _text, units in row) for row in rows) * KEY_MIN * 1.7)


def place_keys(rows: Rows, area: QRect, key_height: int, compact: bool) -> list[tuple[str, QRect]]:
    """Where each key sits in `area`: rows of keys on a grid of quarter-key
    columns, short rows centred, the whole centred in `area` (a full layout
    takes 20/22 of its width)."""
    widest = max(sum(units for _text, units in row) for row in rows)
    columns = int(widest * 4)
    width = min(compact_width(rows) if compact else area.width() * 20 // 22, area.width())
    column = (width - (columns - 1) * SPACING) / columns
    height = len(rows) * (key_height + SPACING) - SPACING
    left = area.left() + (area.width() - width) // 2
    top = area.top() + max(0, (area.height() - height) // 2)
    keys = []
    for r, row in enumerate(rows):
        start = int(round((widest - sum(units for _text, units in row)) * 2))
        for text, units in row:
            span = int(units * 4)
            x = left + round(start * (column + SPACING))
            right = left + round((start + span) * (column + SPACING) - SPACING)
            keys.append((text, QRect(x, top + r * (key_height + SPACING), right - x, key_height)))
            start += span
    return keys


class KeyPad(QWidget):
    """Rows of keys that one widget paints, finding the key under a finger itself.

    A button per key made the kiosk's keyboard ~180 widgets, a third of the
    window's, each told of every language switch and laid out with every screen.
    A key says `pressed(text)` when the finger leaves it (as a button clicks)
    and shows pressed while it is held; a held backspace repeats. Taps arrive
    as mouse events (Qt makes them from touches). Keys sit left to right in
    every language, as on a phone."""

    pressed = Signal(str)

    def __init__(
        self,
        rows: Rows,
        *,
        compact: bool = False,
        key_height: int = KEY_MIN,
        margins: QMargins | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field being typed in keeps the focus
        self.setObjectName("keypad")
        self.rows, self.compact, self.key_height = rows, compact, key_height
        self.margins = margins or QMargins()
        self.keys: list[tuple[str, QRect]] = []  # placed at the pad's size
        self._placed: tuple[int, int] = (0, 0)
        self.down: str | None = None  # the key under the finger
        self.repeat = QTimer(self)
        self.repeat.timeout.connect(self._repeat)

    def set_rows(self, rows: Rows, compact: bool) -> None:
        self.rows, self.compact = rows, compact
        self.down = None
        self._placed = (0, 0)
        self.update()

    def rows_height(self, rows: int) -> int:
        """The height of `rows` rows of keys, with the pad's margins."""
        return self.margins.top() + self.margins.bottom() + rows * (self.key_height + SPACING) - SPACING

    def placed(self) -> list[tuple[str, QRect]]:
        """The keys and where they sit, at the pad's size now."""
        if self._placed != (self.width(), self.height()) and self.rows:  # no rows before a layout is shown
            area = self.rect().marginsRemoved(self.margins)
            self.keys = place_keys(self.rows, area, self.key_height, self.compact)
            self._placed = (self.width(), self.height())
        return self.keys

    def key_rect(self, text: str) -> QRect:
        """Where the key that types `text` is, in the pad's coordinates (tests tap its centre)."""
        for key, rect in self.placed():
            if key == text:
                return QRect(rect)
        raise KeyError(f"no key {text!r} on this pad")

    def key_at(self, point: QPoint) -> str | None:
        return next((key for key, rect in self.placed() if rect.contains(point)), None)

    def label(self, key: str) -> str:
        """What a key shows."""
        return key

    def state(self, key: str) -> str:
        """How a key is drawn now (a colour of KEY_COLOURS)."""
        if key == self.down:
            return "pressed"
        return "special" if key in SPECIAL else "letter"

    # -- a finger on the keys
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        key = self.key_at(event.position().toPoint())
        if key is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self._set_down(key)
        if key == BACKSPACE:
            self.repeat.start(REPEAT_DELAY_MS)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.down is not None and self.key_at(event.position().toPoint()) != self.down:
            self.release()  # slid off the key: it types nothing

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        key = self.down
        self.release()
        if key is not None and self.key_at(event.position().toPoint()) == key:
            self.pressed.emit(key)

    def _repeat(self) -> None:
        self.repeat.setInterval(REPEAT_MS)
        if self.down == BACKSPACE:
            self.pressed.emit(BACKSPACE)

    def _set_down(self, key: str | None) -> None:
        for rect in (rect for text, rect in self.keys if text in (self.down, key)):
            self.update(rect)
        self.down = key

    def release(self) -> None:
        self.repeat.stop()
        self._set_down(None)

    # -- drawing
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.isEnabled():
            painter.setOpacity(0.5)  # waiting (a PIN being checked): the keys do nothing
        plain = self.font()
        bold = QFont(plain)
        bold.setBold(True)
        border = QPen(KEY_BORDER, 2)
        for key, rect in self.placed():
            if not rect.intersects(event.rect()):
                continue
            face, ink = KEY_COLOURS[self.state(key)]
            painter.setPen(border)
            painter.setBrush(face)
            painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), KEY_RADIUS, KEY_RADIUS)
            painter.setPen(ink)
            painter.setFont(bold if key in SPECIAL else plain)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.label(key))
        painter.end()


class OnScreenKeyboard(KeyPad):
    """Docked under the screens; shown while a field with a `keyboard` property has
    focus, with the layout that field asks for."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__([], key_height=KEY_HEIGHT, margins=QMargins(16, 10, 16, 10), parent=parent)
        self.setObjectName("keyboard")
        self.language = "ar"
        self.target: QLineEdit | None = None
        self.shifted = False
        self.current = ""
        self.pressed.connect(self.press)
        self.hide()
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a keyboard is a widget: there is a QApplication
        app.focusChanged.connect(self._focus_changed)

    # -- layouts
    def show_layout(self, name: str) -> None:
        if name != self.current:
            rows, compact = rows_of(name), name in COMPACT
            self.key_height = KEY_MIN if compact else KEY_HEIGHT  # letters: room for Arabic ones
            self.setFixedHeight(self.rows_height(len(rows)))  # the screen above gets the rest
            self.set_rows(rows, compact)
            self.current = name
            self.shifted = False

    def warm_up(self) -> None:
        """Draw every layout once, off screen, while the kiosk waits for its first
        donor: the glyphs of each alphabet are then ready in the font cache."""
        shown, canvas = self.current, QPixmap(self.size())
        for name in ROWS:
            self.show_layout(name)
            self.render(canvas)
        if shown:
            self.show_layout(shown)

    def key_rect(self, text: str) -> QRect:
        """Where the key that types `text` is on the layout shown now (a capital
        is typed with its letter's key)."""
        try:
            return super().key_rect(text)
        except KeyError:
            if self.current != "latin" or text.lower() == text:
                raise KeyError(f"no key {text!r} on the {self.current} layout") from None
            return super().key_rect(text.lower())

    def label(self, key: str) -> str:
        """A letter shows as a capital while shift is on."""
        return key.upper() if self.shifted and key not in SPECIAL and len(key) == 1 else key

    def state(self, key: str) -> str:
        return "active" if key == SHIFT and self.shifted and key != self.down else super().state(key)

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
        self.release()
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
            self._shift(not self.shifted)
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
            field.insert(self.label(text))
            self._shift(False)
        if self.current == "latin" and field.property("capitalize"):
            self._auto_shift()

    def _auto_shift(self) -> None:
        """Names start with a capital: shift on at the start and after a space or hyphen."""
        text = self.target.text()[: self.target.cursorPosition()] if self.target else ""
        self._shift(not text or text[-1] in " -")

    def _shift(self, on: bool) -> None:
        if on != self.shifted:
            self.shifted = on
            self.update()


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
