"""Choosing a date by touch, never by typing: a birth date (day, month by name,
year) and the month of a past event ("when?")."""

from __future__ import annotations

from calendar import monthrange
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from kiosk.ui.widgets import isolate, label

translate = QCoreApplication.translate

ROW_HEIGHT = 64  # px: a finger's width on the kiosk screen
OLDEST_YEARS = 100


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
        columns = QHBoxLayout(self)
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
        if day is not None and day > last:
            self.days.blockSignals(True)
            self.days.select(last)
            self.days.blockSignals(False)
        self.changed.emit()

    def value(self) -> date | None:
        day, month, year = self.days.value(), self.months.value(), self.years.value()
        if day is None or month is None or year is None:
            return None
        return date(year, month, min(day, monthrange(year, month)[1]))

    def set_value(self, value: date | None) -> None:
        """Show `value`; None clears the choice and the scroll too: where the
        previous donor's date was must not show to the next one."""
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
