"""The queue as a table model, updated in place when the queue changes.

`set_rows` compares the new list with the shown one by visit: rows that went
are removed, rows that moved are reordered with a layout change (persistent
indexes follow, so the nurse's selection stays on the same donor), new rows
are inserted, and changed rows say `dataChanged`. Views never see a reset.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from kiosk.domain.queue import QueueRow
from kiosk.domain.visits import CALLED, INTERVIEW, LEFT, WAITING
from kiosk.i18n import language
from kiosk.ui.nurse.words import Words
from kiosk.ui.widgets import QT_TRANSLATE_N_NOOP

VISIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

NEEDS_STAFF_COLOUR = QColor("#ffcc80")
AT_MY_BOOTH_COLOUR = QColor("#e3f2fd")
LEFT_COLOUR = QColor("#757575")
_BOLD = QFont()
_BOLD.setBold(True)
CALLED_TIMES = QT_TRANSLATE_N_NOOP("NurseQueue", "Called %n time(s)", None, 2)


class Column(IntEnum):
    TICKET = 0
    STATUS = 1
    BOOTH = 2
    WAITED = 3
    FLAGS = 4
    NAME = 5


COLUMNS = len(Column)
_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
_BACKGROUND, _FOREGROUND = int(Qt.ItemDataRole.BackgroundRole), int(Qt.ItemDataRole.ForegroundRole)
_FONT, _ALIGNMENT = int(Qt.ItemDataRole.FontRole), int(Qt.ItemDataRole.TextAlignmentRole)
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)
_CENTRED_COLUMNS = frozenset({int(Column.TICKET), int(Column.BOOTH), int(Column.WAITED)})


class QueueModel(QAbstractTableModel):
    """`reason_text` turns a stored deferral reason (a rule id, or words) into the station's words."""

    def __init__(self, words: Words, booth: int, parent=None, reason_text: Callable[[str], str] | None = None):
        super().__init__(parent)
        self.words = words
        self.booth = booth
        self.reason_text = reason_text or str
        self._rows: list[QueueRow] = []
        words.changed.connect(self._language_changed)

    # -- reading ------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(Column)

    def row_at(self, row: int) -> QueueRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, visit_id: int) -> int | None:
        for index, row in enumerate(self._rows):
            if row.visit_id == visit_id:
                return index
        return None

    @property
    def rows(self) -> tuple[QueueRow, ...]:
        return tuple(self._rows)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        translate = self.words.translate
        return (
            translate("NurseQueue", "Ticket"),
            translate("NurseQueue", "Status"),
            translate("NurseQueue", "Booth"),
            translate("NurseQueue", "Waited"),
            translate("NurseQueue", "Flags"),
            translate("NurseQueue", "Name"),
        )[section]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Called for every cell and role of every paint and measure: plain ints, no allocation.
        if not index.isValid():
            return None
        number, column = index.row(), index.column()
        if not (0 <= number < len(self._rows) and 0 <= column < COLUMNS):
            return None
        row = self._rows[number]
        if role == _DISPLAY:
            return self._text(row, column)
        if role == _BACKGROUND:
            if row.needs_staff or row.held_reason:
                return NEEDS_STAFF_COLOUR
            if row.booth == self.booth and row.status in (CALLED, INTERVIEW):
                return AT_MY_BOOTH_COLOUR
            return None
        if role == _FONT:
            return _BOLD if column == Column.TICKET or row.needs_staff else None
        if role == _ALIGNMENT:
            return _CENTRED if column in _CENTRED_COLUMNS else None
        if role == _FOREGROUND:
            return LEFT_COLOUR if row.status == LEFT else None
        if role == VISIT_ID_ROLE:
            return row.visit_id
        if role == _TOOLTIP and column == Column.FLAGS:
            return self._text(row, column) or None
        return None

    def _text(self, row: QueueRow, column: int) -> str:
        translate = self.words.translate
        if column == Column.TICKET:
            return row.label
        if column == Column.STATUS:
            return self.status_text(row)
        if column == Column.BOOTH:
            return str(row.booth) if row.booth is not None else ""
        if column == Column.WAITED:
            return translate("NurseQueue", "%1 min").replace("%1", str(row.waited_minutes))
        if column == Column.FLAGS:
            flags = []
            if row.needs_staff:
                flags.append(translate("NurseQueue", "Asks for staff"))
            if row.held_reason:
                flags.append(
                    translate("NurseQueue", "Deferred on the record: %1").replace(
                        "%1", self.reason_text(row.held_reason)
                    )
                )
            if row.prescreen == "refer":
                flags.append(translate("NurseQueue", "See nurse"))
            if row.call_count > 1:
                flags.append(translate("NurseQueue", CALLED_TIMES, None, row.call_count))
            return " \u00b7 ".join(flags)
        # The name in the station's script when the donor gave it (both are in the donor panel).
        if language(self.words.lang).names == "arabic":
            return row.name_ar or row.name_latin
        return row.name_latin or row.name_ar

    def status_text(self, row: QueueRow) -> str:
        translate = self.words.translate
        if row.status == WAITING:
            return translate("NurseQueue", "Waiting (%1)").replace("%1", str(row.position))
        if row.status == CALLED:
            return translate("NurseQueue", "Called")
        if row.status == INTERVIEW:
            return translate("NurseQueue", "In interview")
        if row.status == LEFT:
            return translate("NurseQueue", "Left")
        return row.status

    # -- updating -----------------------------------------------------------------------------
    def _language_changed(self, _lang: str) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def set_rows(self, rows: Sequence[QueueRow]) -> None:
        new = list(rows)
        new_ids = [r.visit_id for r in new]
        keep = set(new_ids)

        # 1. Rows that are gone, from the bottom up.
        for index in range(len(self._rows) - 1, -1, -1):
            if self._rows[index].visit_id not in keep:
                self.beginRemoveRows(QModelIndex(), index, index)
                del self._rows[index]
                self.endRemoveRows()

        # 2. The remaining rows in their new relative order.
        old_ids = [r.visit_id for r in self._rows]
        shown = set(old_ids)
        order = [visit_id for visit_id in new_ids if visit_id in shown]
        if order != old_ids:
            self.layoutAboutToBeChanged.emit()
            position = {visit_id: i for i, visit_id in enumerate(order)}
            before = self.persistentIndexList()
            after = [self.index(position[old_ids[i.row()]], i.column()) for i in before]
            by_id = {r.visit_id: r for r in self._rows}
            self._rows = [by_id[visit_id] for visit_id in order]
            self.changePersistentIndexList(before, after)
            self.layoutChanged.emit()

        # 3. New rows, at their place (the rows above them are already final).
        for index, row in enumerate(new):
            if row.visit_id not in shown:
                self.beginInsertRows(QModelIndex(), index, index)
                self._rows.insert(index, row)
                self.endInsertRows()

        # 4. What changed in the rows that stayed: one signal over the changed span (the
        # minutes waited move for everyone at once; one signal per row costs the view far more).
        changed = [index for index, row in enumerate(new) if self._rows[index] != row]
        for index in changed:
            self._rows[index] = new[index]
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], COLUMNS - 1))
