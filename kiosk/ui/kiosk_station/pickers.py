"""Choosing a date by touch, never by typing: a birth date (day, month by name,
year) and the month of a past event ("when?")."""

from __future__ import annotations

from calendar import monthrange
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.i18n.dates import locale, long_date
from kiosk.ui.kiosk_station.base import button, current_language
from kiosk.ui.widgets import isolate, label, ltr

translate = QCoreApplication.translate

ROW_HEIGHT = 64  # px: a finger's width on the kiosk screen
OLDEST_YEARS = 100
NOTE_HEIGHT = 40  # px: one line of the note under the wheels


class WheelList(QListWidget):
    """A column of large rows scrolled with a finger and chosen with a tap; five
    rows show, the chosen one in the middle."""

    ROWS, FRAME = 5, 3  # FRAME: the style sheet's border

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("wheel")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.setFixedHeight(ROW_HEIGHT * self.ROWS + 2 * self.FRAME)
        self._pressed: QPointF | None = None  # where the left button went down, while it is
        self._dragged = False

    # A drag with the mouse scrolls like a finger (a finger on a screen that sends no
    # touch events arrives as a mouse): the press, moves and release go to the
    # wheel's scroller, which flicks; only a press and release without a drag chooses.
    def _feed(self, kind: QScroller.Input, event: QMouseEvent) -> None:
        QScroller.scroller(self.viewport()).handleInput(kind, event.position(), event.timestamp())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        coasting = QScroller.scroller(self.viewport()).state() == QScroller.State.Scrolling
        self._pressed, self._dragged = event.position(), coasting  # a tap that stops a flick chooses nothing
        self._feed(QScroller.Input.InputPress, event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.mousePressEvent(event)  # a second quick tap is a tap

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is None:
            return
        moved = event.position() - self._pressed
        if abs(moved.y()) + abs(moved.x()) >= QApplication.startDragDistance():
            self._dragged = True
        self._feed(QScroller.Input.InputMove, event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pressed is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self._feed(QScroller.Input.InputRelease, event)
        tapped = not self._dragged
        self._pressed, self._dragged = None, False
        item = self.itemAt(event.position().toPoint()) if tapped else None
        if item is not None:
            self.setCurrentItem(item)
            item.setSelected(True)

    def stop(self) -> None:
        """End a flick still coasting (it would carry on after a reset)."""
        QScroller.scroller(self.viewport()).stop()

    def show_chosen(self) -> None:
        """The chosen row in view (a finger may have scrolled it away)."""
        items = self.selectedItems()
        if items:
            self.scrollToItem(items[0], QAbstractItemView.ScrollHint.EnsureVisible)

    def add(self, text: str, value: int) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        item.setSizeHint(QSize(0, ROW_HEIGHT))
        self.addItem(item)
        return item

    def value(self) -> int | None:
        items = self.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def item_for(self, value: int) -> QListWidgetItem | None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == value:
                return self.item(row)
        return None

    def select(self, value: int | None) -> None:
        item = self.item_for(value) if value is not None else None
        if item is None:
            self.clearSelection()
            return
        self.setCurrentItem(item)
        item.setSelected(True)
        self.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)


class DatePicker(QWidget):
    """Day, month by its name in ar_MA / fr_MA, year: three columns of taps.
    Days the month does not have are hidden; no date is chosen until all three are."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self.days, self.months, self.years = WheelList(), WheelList(), WheelList()
        self.days.setObjectName("day")
        self.months.setObjectName("month")
        self.years.setObjectName("year")
        for day in range(1, 32):
            self.days.add(str(day), day)
        for month in range(1, 13):
            self.months.add("", month)
        self.set_today(today)
        self.captions = [label("caption") for _ in range(3)]
        # Said when a month without the chosen day moved it (31 → 28 in February);
        # its line is kept when empty, so the wheels never move.
        self.note = label("date_note")
        self.note.setMinimumHeight(NOTE_HEIGHT)
        self.moved_day: tuple[int, int, int] | None = None  # (day chosen, month, day now)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        columns = QHBoxLayout()
        outer.addLayout(columns)
        outer.addWidget(self.note)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(12)
        for caption, wheel, stretch in zip(self.captions, (self.days, self.months, self.years), (2, 3, 2), strict=True):
            column = QVBoxLayout()
            column.setSpacing(4)
            column.addWidget(caption)
            column.addWidget(wheel)
            columns.addLayout(column, stretch)
        for wheel in (self.days, self.months, self.years):
            wheel.itemSelectionChanged.connect(self._changed)
        self.translate_ui()

    def set_today(self, today: date) -> None:
        if self.years.count() and today.year == self.today.year:
            self.today = today
            return
        self.today = today
        self.years.blockSignals(True)
        chosen = self.years.value()
        self.years.clear()
        for year in range(today.year, today.year - OLDEST_YEARS - 1, -1):
            self.years.add(str(year), year)
        self.years.select(chosen)
        if chosen is None:  # show where most donors were born, choose nothing
            middle = self.years.item_for(today.year - 30)
            if middle is not None:
                self.years.scrollToItem(middle, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.years.blockSignals(False)

    def _changed(self) -> None:
        month, year = self.months.value(), self.years.value()
        last = monthrange(year or 2000, month or 1)[1] if month else 31
        for row in range(self.days.count()):
            self.days.setRowHidden(row, row + 1 > last)
        day = self.days.value()
        self.moved_day = None
        if day is not None and day > last and month is not None:
            self.days.blockSignals(True)
            self.days.select(last)
            self.days.blockSignals(False)
            self.moved_day = (day, month, last)  # said, never silent
        for wheel in (self.days, self.months, self.years):
            wheel.show_chosen()  # the whole date chosen stays in view
        self._say_moved()
        self.changed.emit()

    def _say_moved(self) -> None:
        if self.moved_day is None:
            self.note.setText("")
            return
        day, month, now = self.moved_day
        self.note.setText(
            translate("DatePicker", "There is no %1 %2: the day is now %3. Please check it.")
            .replace("%1", ltr(day))
            .replace("%2", locale(current_language()).standaloneMonthName(month))
            .replace("%3", ltr(now))
        )

    def value(self) -> date | None:
        day, month, year = self.days.value(), self.months.value(), self.years.value()
        if day is None or month is None or year is None:
            return None
        return date(year, month, min(day, monthrange(year, month)[1]))

    def set_value(self, value: date | None) -> None:
        """Show `value`; None clears the choice and the scroll too: where the
        previous donor's date was must not show to the next one."""
        for wheel in (self.days, self.months, self.years):
            wheel.stop()  # a flick still coasting would carry the old position on
        for wheel, part in ((self.years, "year"), (self.months, "month"), (self.days, "day")):
            wheel.blockSignals(True)
            wheel.select(getattr(value, part) if value else None)
            wheel.blockSignals(False)
        if value is None:
            self.days.scrollToTop()
            self.months.scrollToTop()
            middle = self.years.item_for(self.today.year - 30)
            if middle is not None:
                self.years.scrollToItem(middle, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._changed()

    def translate_ui(self) -> None:
        loc = locale(current_language())
        self._say_moved()
        for row in range(12):
            self.months.item(row).setText(loc.standaloneMonthName(row + 1))
        for caption, text in zip(
            self.captions,
            (translate("DatePicker", "Day"), translate("DatePicker", "Month"), translate("DatePicker", "Year")),
            strict=True,
        ):
            caption.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)


class MonthPicker(QWidget):
    """ "When?": the months in which an event still matters today, newest first,
    and one wide button for "before that" (the event no longer matters).

    Up to 13 months are buttons on a grid; for longer waits (years) the donor
    first taps a year, then a month of it.
    """

    chosen = Signal(object)  # (year, month), or None for "before that"

    GRID_LIMIT = 13

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.months: list[tuple[int, int]] = []
        self.earliest: date | None = None
        self.given: tuple[int, int] | None = None
        self.year: int | None = None
        self.grid = QGridLayout()
        self.grid.setSpacing(10)
        self.earlier = button("earlier")
        self.earlier.clicked.connect(lambda: self.chosen.emit(None))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.earlier)
        self.buttons: list[QPushButton] = []

    def set_months(
        self, months: list[tuple[int, int]], earliest: date | None, given: tuple[int, int] | None = None
    ) -> None:
        """`earliest`: the first day an event still matters; "before" means before it.
        `given`: the month answered before (the donor came back), shown chosen."""
        self.months, self.earliest, self.given = months, earliest, given
        self.year = None
        self._rebuild()

    def _rebuild(self) -> None:
        for old in self.buttons:
            self.grid.removeWidget(old)
            old.hide()  # deleteLater waits for the event loop; it must not show meanwhile
            old.deleteLater()
        self.buttons = []
        loc = locale(current_language())
        years = sorted({y for y, _ in self.months}, reverse=True)
        by_year = len(self.months) > self.GRID_LIMIT and self.year is None
        cells: list[tuple[str, tuple[str, int | tuple[int, int]]]]
        if by_year:
            cells = [(str(y), ("year", y)) for y in years]
        else:
            shown = [m for m in self.months if self.year is None or m[0] == self.year]
            cells = [(f"{loc.standaloneMonthName(m)} {y}", ("month", (y, m))) for y, m in shown]
        columns = 3 if len(cells) > 4 else 2
        for index, (text, action) in enumerate(cells):
            widget = button("month", checkable=True)
            widget.setText(text)
            given = self.given
            widget.setChecked(given is not None and action[1] in (given, given[0]))  # the answer given before
            widget.clicked.connect(lambda _=False, a=action: self._tap(a))
            self.grid.addWidget(widget, index // columns, index % columns)
            self.buttons.append(widget)
        self.translate_ui()

    def _tap(self, action: tuple[str, int | tuple[int, int]]) -> None:
        kind, value = action
        if isinstance(value, int):  # kind "year"
            self.year = value
            self._rebuild()
        else:
            self.chosen.emit(value)

    def button_for(self, year: int, month: int | None = None) -> QPushButton:
        """The button that picks this month (or this year, on the year step)."""
        loc = locale(current_language())
        text = str(year) if month is None else f"{loc.standaloneMonthName(month)} {year}"
        return next(b for b in self.buttons if b.text() == text)

    def translate_ui(self) -> None:
        if self.earliest is None:
            self.earlier.setText(translate("MonthPicker", "Never"))
            return
        when = isolate(long_date(self.earliest, current_language()))
        self.earlier.setText(translate("MonthPicker", "Before %1, or never").replace("%1", when))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.months:
            self._rebuild()  # month names change with the language
        super().changeEvent(event)
