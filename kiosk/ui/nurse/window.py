"""The nurse station's window: sign-in, then the queue beside the donor at the booth.

It follows the queue live (kiosk.ui.live.QueueFeed: a change on any station
shows here within a fraction of a second), signs staff out after a few
minutes without a touch or a key (the screen shows names and health data),
and keeps its own language and direction whatever the kiosk shows in the
same process.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QSplitter, QVBoxLayout, QWidget

from kiosk.domain.visits import VisitRefused
from kiosk.ui.live import POLL_MS
from kiosk.ui.nurse.context import NurseSettings, Say
from kiosk.ui.nurse.donor_panel import DonorPanel
from kiosk.ui.nurse.messages import message
from kiosk.ui.nurse.queue_panel import QueuePanel
from kiosk.ui.nurse.staff_window import StaffWindow, style_sheet
from kiosk.ui.nurse.words import Words
from kiosk.ui.widgets import LinesLabel, isolate

if TYPE_CHECKING:
    from kiosk.app import App
    from kiosk.domain.eligibility import Pack
    from kiosk.i18n.qt import LanguageSwitch
    from kiosk.ui.printers import PrintQueue, PrintStatus

log = logging.getLogger(__name__)

MESSAGE_MS = 10_000  # how long a message stays on the status line
QUEUE_SHARE = 55  # % of the width


class NurseWindow(StaffWindow):
    def __init__(
        self,
        app: App,
        settings: NurseSettings | None = None,
        *,
        words: Words | None = None,
        switch: LanguageSwitch | None = None,
        printer: PrintQueue | None = None,
        pack: Pack | None = None,
        poll_ms: int = POLL_MS,
    ):
        super().__init__(app, settings or NurseSettings(), words=words, switch=switch, pack=pack, poll_ms=poll_ms)
        self.printer = printer
        self.setObjectName("nurseWindow")
        self.setStyleSheet(style_sheet())

        # Top bar: who, where, printing, language, sign-out.
        self.print_status: PrintStatus | None = None
        if printer is not None:
            from kiosk.ui.printers import PrintStatus

            self.print_status = PrintStatus(printer, self.words.translate, detail_lines=1)
        bar = self.top_bar(*([self.print_status] if self.print_status is not None else []))

        self.queue = QueuePanel(self.context)
        self.donor = DonorPanel(self.context)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(self.donor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self._split = False
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(12, 8, 12, 4)
        main_layout.addWidget(self.splitter)
        self.status = LinesLabel("statusLine", 2)  # two lines, always: nothing above it moves (longer: "…")
        self._said: Say | None = None  # what the status line says, as a function of the language

        self._message_timer = QTimer(self, singleShot=True, interval=MESSAGE_MS)
        self._message_timer.timeout.connect(self.status.clear)
        self.queue.opened.connect(self.open_visit)
        self.donor.print_requested.connect(self.print_document)
        self.context.message.connect(self.show_message)
        self.context.written.connect(self.reload)

        self.assemble(bar, main, self.status)
        self._fix_bar(bar)
        if self._start_fault is None and not self.context.campaign_id:
            self.show_message(lambda: message(self.words.lang, "campaign.none"), True)
        self.begin()
        if printer is not None:
            printer.failed.connect(self._print_failed)
            self.donor.decision.decided.connect(printer.refresh)  # an undo withdraws waiting certificates

    def _fix_bar(self, bar: QFrame) -> None:
        """The top bar as tall as it is with a printer problem shown, from the start: a
        problem appearing (or going) moves nothing below it."""
        status = self.print_status
        if status is None:
            bar.setFixedHeight(bar.sizeHint().height())
            return
        shown, detail = status.isVisibleTo(self), status.detail.isVisibleTo(status)
        status.show()
        status.detail.show()
        layout = bar.layout()
        if layout is not None:
            layout.invalidate()
        bar.setFixedHeight(max(bar.sizeHint().height(), bar.minimumSizeHint().height()))
        status.detail.setVisible(detail)
        status.setVisible(shown)

    def translate_ui(self) -> None:
        translate = self.words.translate
        self.setWindowTitle(translate("NurseWindow", "Qatra \u2014 nurse station"))
        self.title.setText(
            translate("NurseWindow", "Nurse station \u00b7 booth %1").replace("%1", str(self.context.booth))
        )
        self.language_button.setToolTip(translate("NurseWindow", "Change the language of this station"))
        self.sign_out_button.setText(translate("NurseWindow", "Sign out"))
        self.show_who()
        if self.print_status is not None:
            self.print_status.translate_ui()
        self.translate_common()
        if self._said is not None and self.status.text():  # the message still shown, in the new language
            self.status.setText(self._said())

    def show_who(self) -> None:
        translate = self.words.translate
        actor = self.context.actor
        if actor is None:
            self.who.setText(translate("NurseWindow", "Nobody signed in"))
            return
        roles = {
            "nurse": translate("NurseWindow", "nurse"),
            "doctor": translate("NurseWindow", "doctor"),
            "organiser": translate("NurseWindow", "organiser"),
        }
        self.who.setText(
            translate("NurseWindow", "%1 \u00b7 %2")
            .replace("%1", isolate(actor.name or ""))
            .replace("%2", roles.get(actor.role or "", actor.role or ""))
        )

    # -- signing in and out --------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._split:
            self._split = True  # the queue a little wider than the donor: its buttons and names need it
            total = max(self.width() - 24, 2)
            self.splitter.setSizes([total * QUEUE_SHARE // 100, total - total * QUEUE_SHARE // 100])

    def forget(self) -> None:
        """Nothing about any donor stays on the screen."""
        self.queue.table.clearSelection()
        self.donor.show_visit(None)
        self.queue.set_rows(())

    # -- the queue -----------------------------------------------------------------------------
    def reload(self) -> None:
        """The queue and the open donor, fresh (one read each)."""
        from kiosk.storage import queue as q

        if self.context.actor is None or not self.context.campaign_id:
            return
        context = self.context
        listing = context.read(lambda s: q.nurse_list(s, context.campaign_id, context.app.today(), context.app.now()))
        if listing is not None:
            self.queue.set_rows(listing.rows, listing.kiosks_asking)
        if self.donor.visit_id is not None:
            self.donor.refresh()

    def open_visit(self, visit_id: int) -> None:
        self.queue.select_visit(visit_id)
        self.donor.show_visit(visit_id)

    def after_crash(self, log_path: Path) -> None:
        """An error nobody expected: staff read that it happened and where it is logged."""
        self.show_message(lambda: message(self.words.lang, "error.unexpected", log=log_path), True)

    def show_message(self, text: Say | str, error: bool = False) -> None:
        """On the status line for a while; a `Say` is read again when staff switch language."""
        self._said = text if callable(text) else None
        self.status.setText(text() if callable(text) else text)
        self.status.setProperty("tone", "bad" if error else "good")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self._message_timer.start()

    # -- printing ------------------------------------------------------------------------------
    def print_document(self, kind: str, visit_id: int) -> None:
        """Queue the card or certificate; the print queue prints it off the GUI thread and
        reports a failure through the status line and the waiting count."""
        translate = self.words.translate
        if self.printer is None or self.context.actor is None:
            self.show_message(lambda: message(self.words.lang, "print.failed"), True)
            return
        try:
            self.printer.print_document(kind, visit_id, self.words.lang, self.context.actor)
        except VisitRefused as error:
            self.context.refused(error)
            return
        if kind == "card":
            self.show_message(lambda: translate("NurseWindow", "The donor card is being printed."))
        else:
            self.show_message(lambda: translate("NurseWindow", "The certificate is being printed."))

    def _print_failed(self, _job_id: int, _text: str) -> None:
        """Why the printer failed, in the staff's words of the moment."""
        printer, problem = self.printer, self.printer.last_problem if self.printer is not None else None
        if printer is None or problem is None:
            self.show_message(_text, True)
            return
        self.show_message(lambda: printer.message(*problem, translate=self.words.translate), True)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.printer is not None:
            self.printer.shutdown(wait=False)
        super().closeEvent(event)
