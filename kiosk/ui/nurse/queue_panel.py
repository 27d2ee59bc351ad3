"""The queue of the day at the nurse station: the live list and what a booth does with it.

Call next always goes to this station's booth; the other buttons act on the
selected donor. Donors who pressed "call a staff member" at the kiosk are
counted in a banner above the list and coloured in it until someone attends; a
kiosk where a donor without a ticket yet called is named in a second banner
until someone says they are on their way.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import staff as perms
from kiosk.domain.queue import QueueRow
from kiosk.domain.staff_calls import KioskCall
from kiosk.domain.visits import CALLED, INTERVIEW, LEFT, OPEN_STATES, ticket_label
from kiosk.ui.nurse.context import StationContext
from kiosk.ui.nurse.model import Column, QueueModel
from kiosk.ui.widgets import LinesLabel, label, ltr

FIT_ROWS = 60  # rows measured to size the columns: a screenful and more, not hundreds


def action_button(object_name: str = "action") -> QPushButton:
    button = QPushButton()
    button.setObjectName(object_name)
    return button


class QueuePanel(QWidget):
    """`opened(visit_id)` when staff pick a donor (a click, a call, a scan)."""

    opened = Signal(int)

    def __init__(self, context: StationContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.model = QueueModel(context.words, context.booth, self, reason_text=context.reason_text)
        self.heading = label("section", align=Qt.AlignmentFlag.AlignLeading)
        self.counts = label("counts", align=Qt.AlignmentFlag.AlignLeading)
        # The alerts keep their room while hidden: one appearing moves neither the search
        # field nor the table under the nurse's finger.
        self.staff_banner = LinesLabel("staffBanner", 1)
        self.staff_banner.hide()
        self.kiosks_asking: tuple[KioskCall, ...] = ()
        self.kiosk_banner = LinesLabel("staffBanner", 1)
        self.kiosk_button = action_button()
        self.kiosk_row = QWidget()
        kiosk_line = QHBoxLayout(self.kiosk_row)
        kiosk_line.setContentsMargins(0, 0, 0, 0)
        kiosk_line.addWidget(self.kiosk_banner, 1)
        kiosk_line.addWidget(self.kiosk_button)
        kept = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        kept.setRetainSizeWhenHidden(True)
        self.kiosk_row.setSizePolicy(kept)
        self.kiosk_row.hide()
        self.find_field = QLineEdit()
        self.find_field.setObjectName("find")
        self.find_field.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setObjectName("queue")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)  # rows measured per column
        # Measured once per update (set_rows), not by the header on every signal of the model.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)

        self.call_next_button = action_button("primary")
        self.recall_button = action_button()
        self.skip_button = action_button()
        self.start_button = action_button()
        self.transfer_button = action_button()
        self.transfer_booth = QSpinBox()
        self.transfer_booth.setRange(1, 99)
        self.transfer_booth.setValue(context.booth + 1 if context.booth < 99 else 1)
        self.attend_button = action_button()
        self.leave_button = action_button()
        self.bring_back_button = action_button()

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.counts)
        transfer = QHBoxLayout()
        transfer.setSpacing(4)
        transfer.addWidget(self.transfer_button, 1)
        transfer.addWidget(self.transfer_booth)
        actions = QGridLayout()
        actions.setSpacing(6)
        actions.addWidget(self.call_next_button, 0, 0, 1, 2)
        actions.addWidget(self.recall_button, 0, 2)
        actions.addWidget(self.skip_button, 0, 3)
        actions.addWidget(self.start_button, 1, 0)
        actions.addLayout(transfer, 1, 1)
        actions.addWidget(self.attend_button, 1, 2)
        actions.addWidget(self.leave_button, 1, 3)
        actions.addWidget(self.bring_back_button, 1, 3)  # one of the two, as the selected donor allows
        for column in range(4):
            actions.setColumnStretch(column, 1)
        top.setSpacing(6)
        outer = QVBoxLayout(self)
        outer.setSpacing(6)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(top)
        outer.addWidget(self.staff_banner)
        outer.addWidget(self.kiosk_row)
        outer.addWidget(self.find_field)
        outer.addWidget(self.table, 1)
        outer.addLayout(actions)

        self.call_next_button.clicked.connect(self.call_next)
        self.recall_button.clicked.connect(lambda: self._act("recall"))
        self.skip_button.clicked.connect(lambda: self._act("skip"))
        self.start_button.clicked.connect(lambda: self._act("start_interview"))
        self.attend_button.clicked.connect(lambda: self._act("attend"))
        self.leave_button.clicked.connect(lambda: self._act("leave"))
        self.bring_back_button.clicked.connect(lambda: self._act("bring_back"))
        self.transfer_button.clicked.connect(self.transfer)
        self.kiosk_button.clicked.connect(self.answer_kiosk)
        self.find_field.returnPressed.connect(self.find_visit)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.clicked.connect(self._clicked)
        context.words.changed.connect(self.translate_ui)
        self.translate_ui()
        self._update_buttons()

    def translate_ui(self, _lang: str = "") -> None:
        translate = self.context.words.translate
        self.heading.setText(translate("NurseQueue", "Queue"))
        self.find_field.setPlaceholderText(translate("NurseQueue", "Find: ticket, ticket QR, CIN or donor number"))
        self.fit_columns()  # the texts of the statuses and flags changed with the language
        self.call_next_button.setText(translate("NurseQueue", "Call next"))
        self.call_next_button.setToolTip(
            translate("NurseQueue", "Call the next donor to booth %1").replace("%1", str(self.context.booth))
        )
        self.recall_button.setText(translate("NurseQueue", "Call again"))
        self.skip_button.setText(translate("NurseQueue", "Absent"))
        self.skip_button.setToolTip(
            translate(
                "NurseQueue", "The donor did not come: back in the queue behind three others, out after the third call."
            )
        )
        self.start_button.setText(translate("NurseQueue", "Start interview"))
        self.transfer_button.setText(translate("NurseQueue", "Transfer to booth"))
        self.attend_button.setText(translate("NurseQueue", "Staff came"))
        self.attend_button.setToolTip(translate("NurseQueue", "Someone answered the donor's call for a staff member."))
        self.leave_button.setText(translate("NurseQueue", "Left"))
        self.leave_button.setToolTip(translate("NurseQueue", "The donor went away before a decision."))
        self.bring_back_button.setText(translate("NurseQueue", "Back in queue"))
        self.kiosk_button.setText(translate("NurseQueue", "On my way"))
        self.kiosk_button.setToolTip(
            translate(
                "NurseQueue",
                "You go to the kiosk: its donor is told you are on the way, and the alert leaves every screen.",
            )
        )
        self._update_counts()

    # -- the list ------------------------------------------------------------------------------
    def set_rows(self, rows: tuple[QueueRow, ...], kiosks_asking: tuple[KioskCall, ...] = ()) -> None:
        self.kiosks_asking = kiosks_asking
        self.model.set_rows(rows)
        self.fit_columns()
        self._update_counts()
        self._update_buttons()

    def fit_columns(self) -> None:
        """Every column as wide as its widest text (the name takes the rest)."""
        for column in Column:
            if column != Column.NAME:
                self.table.resizeColumnToContents(column)

    def _update_counts(self) -> None:
        translate = self.context.words.translate
        rows = self.model.rows
        waiting = sum(1 for r in rows if r.status == "waiting")
        self.counts.setText(translate("NurseQueue", "%1 waiting").replace("%1", str(waiting)))
        asking = [r.label for r in rows if r.needs_staff and r.status in OPEN_STATES]
        if asking:
            self.staff_banner.setText(
                translate("NurseQueue", "Asking for a staff member: %1").replace(
                    "%1", ", ".join(ltr(t) for t in asking)
                )
            )
        self.staff_banner.setVisible(bool(asking))
        if self.kiosks_asking:
            self.kiosk_banner.setText(
                translate("NurseQueue", "A donor at a kiosk is calling for staff: %1").replace(
                    "%1", ", ".join(self._kiosk_call(call) for call in self.kiosks_asking)
                )
            )
        self.kiosk_row.setVisible(bool(self.kiosks_asking))
        self.kiosk_button.setEnabled(self.context.may(perms.QUEUE))

    def _kiosk_call(self, call: KioskCall) -> str:
        """The kiosk by its station name (station.toml), with the donor's ticket when there is one."""
        translate = self.context.words.translate
        name = translate("NurseQueue", "kiosk") if call.station == "kiosk" else call.station  # no name set
        if call.ticket_label is None:
            return ltr(name)
        return translate("NurseQueue", "%1 (ticket %2)").replace("%1", ltr(name)).replace("%2", ltr(call.ticket_label))

    def selected(self) -> QueueRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_visit(self, visit_id: int) -> None:
        row = self.model.row_of(visit_id)
        if row is None:
            self.table.clearSelection()
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def _selection_changed(self, *_args) -> None:
        self._update_buttons()

    def _clicked(self, index) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.opened.emit(row.visit_id)

    def _update_buttons(self) -> None:
        row = self.selected()
        signed_in = self.context.may(perms.QUEUE)
        status = row.status if row else None
        self.call_next_button.setEnabled(signed_in)
        self.recall_button.setEnabled(signed_in and status == CALLED)
        self.skip_button.setEnabled(signed_in and status == CALLED)
        self.start_button.setEnabled(signed_in and status == CALLED)
        self.transfer_button.setEnabled(signed_in and status in (CALLED, INTERVIEW))
        self.transfer_booth.setEnabled(signed_in and status in (CALLED, INTERVIEW))
        self.attend_button.setEnabled(signed_in and row is not None and row.needs_staff)
        self.leave_button.setEnabled(signed_in and status in OPEN_STATES)
        self.bring_back_button.setEnabled(signed_in and status == LEFT)
        self.leave_button.setVisible(status != LEFT)
        self.bring_back_button.setVisible(status == LEFT)

    # -- actions -------------------------------------------------------------------------------
    def call_next(self) -> None:
        from kiosk.storage import queue as q

        context = self.context
        now = context.app.now()
        called = context.write(
            lambda s: q.call_next(
                s, context.campaign_id, context.app.today(), context.booth, actor=context.signed_in, now=now
            )
        )
        if called is not None and called.ticket is not None:  # a called visit has its ticket
            translate, ticket = context.words.translate, ltr(ticket_label(called.ticket))
            context.say(
                lambda: (
                    translate("NurseQueue", "Ticket %1 called to booth %2.")
                    .replace("%1", ticket)
                    .replace("%2", str(context.booth))
                )
            )
            self.opened.emit(called.id)

    def _act(self, step: str) -> None:
        from kiosk.storage import queue as q

        row = self.selected()
        if row is None:
            return
        context = self.context
        now = context.app.now()
        function = getattr(q, step)
        visit = context.write(lambda s: function(s, row.visit_id, actor=context.signed_in, now=now))
        if visit is not None:
            self.opened.emit(row.visit_id)

    def answer_kiosk(self) -> None:
        """Staff go to the kiosk that called first: its donor is told someone is on the way."""
        from kiosk.storage import staff_calls

        if not self.kiosks_asking:
            return
        context, call = self.context, self.kiosks_asking[0]
        context.write(lambda s: staff_calls.answer(s, call.call_id, actor=context.signed_in, now=context.app.now()))

    def transfer(self) -> None:
        from kiosk.storage import queue as q

        row = self.selected()
        if row is None:
            return
        context = self.context
        booth = self.transfer_booth.value()
        now = context.app.now()
        if context.write(lambda s: q.transfer(s, row.visit_id, booth, actor=context.signed_in, now=now)) is not None:
            translate = context.words.translate
            context.say(
                lambda: (
                    translate("NurseQueue", "Ticket %1 sent to booth %2.")
                    .replace("%1", ltr(row.label))
                    .replace("%2", str(booth))
                )
            )
            self.opened.emit(row.visit_id)

    def find_visit(self) -> None:
        from kiosk.storage.visit_view import find_visit

        text = self.find_field.text().strip()
        if not text:
            return
        context = self.context
        visit_id = context.read(lambda s: find_visit(s, context.campaign_id, context.app.today(), text))
        self.find_field.clear()
        if visit_id is None:
            context.refuse("find.none", text=text)
            return
        self.select_visit(visit_id)
        self.opened.emit(visit_id)
