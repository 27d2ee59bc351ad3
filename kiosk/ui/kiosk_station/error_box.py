"""How the kiosk tells a donor that something typed or picked is wrong: the
words in the error colour after an icon (colour alone is missed by a colour-
blind donor), in a box of fixed height whose room is kept while it is empty,
so a message that appears or goes moves no field and no button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from kiosk import paths
from kiosk.ui.widgets import label

ERROR_ICON = paths.RESOURCES / "style" / "error.svg"
ERROR_ICON_SIZE = 28
ERROR_BOX_HEIGHT = 64  # px: two lines of an error, as tall as a field


class _Row(QHBoxLayout):
    """The box's row: its height is fixed, so the words wrapping inside it
    must not switch the screen's layout to height-for-width sizing (which
    gives the fields around it other heights the moment a message shows)."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return False


class ErrorBox(QWidget):
    """`icon` and `label` (object name "error", role "error") side by side.

    `show_error` gives the words the error colour and the icon; `show_ok` a
    quiet mark with no icon (a field well filled); `show_note` plain words
    with no icon (a PIN being checked). Beside a field the box takes the
    room it is given (`centred=False`); under one, its words are centred."""

    def __init__(self, *, centred: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.icon = QSvgWidget(str(ERROR_ICON))
        self.icon.setFixedSize(ERROR_ICON_SIZE, ERROR_ICON_SIZE)
        align = Qt.AlignmentFlag.AlignCenter if centred else Qt.AlignmentFlag.AlignLeading
        self.label = label("error", align=align | Qt.AlignmentFlag.AlignVCenter)
        self.label.setProperty("role", "error")
        for part in (self.icon, self.label):
            policy = part.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            part.setSizePolicy(policy)
        self.setFixedHeight(ERROR_BOX_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        row = _Row(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.row = row
        self.centred = centred
        if centred:
            # The icon just before the words, the two together in the middle
            # (the words as wide as they need, up to the box's width: _fit).
            self.label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Ignored)
            row.addStretch(1)
            row.addWidget(self.icon)
            row.addWidget(self.label)
            row.addStretch(1)
        else:
            self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            row.addWidget(self.icon)
            row.addWidget(self.label, 1)
        self._set("", "error")

    def text(self) -> str:
        return self.label.text()

    def show_error(self, text: str) -> None:
        """`text` as an error (none: the box empties, its room kept)."""
        self._set(text, "error")

    def show_ok(self, text: str) -> None:
        self._set(text, "ok")

    def show_note(self, text: str) -> None:
        self._set(text, "note")

    def clear(self) -> None:
        self._set("", "error")

    def _set(self, text: str, state: str) -> None:
        self.label.setText(text)
        self.label.setVisible(bool(text))
        self.icon.setVisible(bool(text) and state == "error")
        if self.label.property("state") != state:
            self.label.setProperty("state", state)
            self.label.style().unpolish(self.label)
            self.label.style().polish(self.label)
        self._fit()

    def _fit(self) -> None:
        """Centred: the words on one line if they fit beside the icon, else on
        two lines of about the same length, the icon still just before them."""
        if not self.centred:
            return
        self.label.ensurePolished()
        room = max(self.width() - ERROR_ICON_SIZE - 2 * self.row.spacing(), 40)
        needed = self.label.fontMetrics().horizontalAdvance(self.label.text()) + 8
        self.label.setFixedWidth(needed if needed <= room else min(room, needed * 6 // 10))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
