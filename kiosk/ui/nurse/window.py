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

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import paths
from kiosk.domain.staff import Actor
from kiosk.domain.visits import VisitRefused
from kiosk.i18n import language
from kiosk.ui.live import POLL_MS, QueueFeed
from kiosk.ui.nurse.context import NurseSettings, Say, StationContext
from kiosk.ui.nurse.donor_panel import DonorPanel
from kiosk.ui.nurse.messages import message
from kiosk.ui.nurse.queue_panel import QueuePanel
from kiosk.ui.nurse.signin import SignInScreen
from kiosk.ui.nurse.words import Words
from kiosk.ui.widgets import LinesLabel, isolate, label

if TYPE_CHECKING:
    from kiosk.app import App
    from kiosk.domain.eligibility import Pack
    from kiosk.i18n.qt import LanguageSwitch
    from kiosk.ui.printers import PrintQueue, PrintStatus

log = logging.getLogger(__name__)

MESSAGE_MS = 10_000  # how long a message stays on the status line
REFRESH_MS = 30_000  # waited minutes move on even when nothing else changes
QUEUE_SHARE = 55  # % of the width
_INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.Wheel,
    }
)


def style_sheet() -> str:
    return (paths.RESOURCES / "style" / "nurse.qss").read_text(encoding="utf-8")


def settle_sizes(window: QWidget) -> None:
    """Polish every widget and forget the layouts' cached sizes, so the window knows the
    style sheet's sizes before it is first shown (else it opens taller than the screen)."""
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        widget.ensurePolished()
    layouts = [layout for w in widgets if (layout := w.layout()) is not None]
    while layouts:
        layout = layouts.pop()
        layout.invalidate()
        layouts.extend(
            sub
            for item in (layout.itemAt(i) for i in range(layout.count()))
            if item is not None and (sub := item.layout()) is not None
        )


def active_campaign_id(app: App) -> int | None:
    from kiosk.storage import campaigns

    with app.db.read() as session:
        row = campaigns.active_campaign(session)
        return row.id if row is not None else None


class NurseWindow(QWidget):
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
        super().__init__()
        from kiosk.domain.eligibility import default_pack

        self.app = app
        self.words = words or Words("ar", self)
        self.switch = switch
        self.printer = printer
        from kiosk.storage.faults import StorageFault

        fault: StorageFault | None = None
        try:
            campaign_id = active_campaign_id(app)
        except StorageFault as error:  # damaged, unreachable…: the banner says so, the probe retries
            campaign_id, fault = None, error
        self.context = StationContext(
            app, self.words, settings or NurseSettings(), campaign_id or 0, pack or default_pack(), self
        )
        self.setObjectName("nurseWindow")
        self.setStyleSheet(style_sheet())

        # Top bar: who, where, printing, language, sign-out.
        self.title = label("appTitle", align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.who = label("who", align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.language_button = QPushButton()
        self.language_button.setObjectName("language")
        self.sign_out_button = QPushButton()
        self.sign_out_button.setObjectName("small")
        bar = QFrame()
        bar.setObjectName("topBar")
        top = QHBoxLayout(bar)
        top.setContentsMargins(16, 6, 16, 6)
        top.addWidget(self.title)
        top.addSpacing(24)
        top.addWidget(self.who, 1)
        self.print_status: PrintStatus | None = None
        if printer is not None:
            from kiosk.ui.printers import PrintStatus

            self.print_status = PrintStatus(printer, self.words.translate, detail_lines=1)
            top.addWidget(self.print_status)
        top.addWidget(self.language_button)
        top.addWidget(self.sign_out_button)

        self.sign_in = SignInScreen(self.context)
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
        self.stack = QStackedWidget()
        self.stack.addWidget(self.sign_in)
        self.stack.addWidget(main)
        self.main = main
        self.status = LinesLabel("statusLine", 2)  # two lines, always: nothing above it moves (longer: "…")
        self._said: Say | None = None  # what the status line says, as a function of the language
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(bar)
        from kiosk.ui.storage_watch import StorageBanner

        self.storage_banner = StorageBanner(self.words.translate)
        outer.addWidget(self.storage_banner)
        self.context.watch.changed.connect(self._storage_changed)
        from kiosk.ui.auto_backup import BackupBanner, running

        self.backup_banner = BackupBanner(self.words.translate)
        self.backup_banner.follow(running())
        outer.addWidget(self.backup_banner)
        outer.addWidget(self.stack, 1)
        outer.addWidget(self.status)

        self.feed = QueueFeed(app, self.context.campaign_id, interval_ms=poll_ms, parent=self)
        self.feed.changed.connect(self.reload)
        self._message_timer = QTimer(self, singleShot=True, interval=MESSAGE_MS)
        self._message_timer.timeout.connect(self.status.clear)
        self._refresh_timer = QTimer(self, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self.reload)
        self.idle = QTimer(self, singleShot=True)
        self.idle.setInterval(int(self.context.settings.idle_minutes * 60_000))
        self.idle.timeout.connect(self.sign_out)

        self.sign_in.signed_in.connect(self.signed_in)
        self.sign_out_button.clicked.connect(self.sign_out)
        self.language_button.clicked.connect(self.toggle_language)
        self.queue.opened.connect(self.open_visit)
        self.donor.print_requested.connect(self.print_document)
        self.context.message.connect(self.show_message)
        self.context.written.connect(self.reload)
        self.words.changed.connect(self._language_changed)

        self._apply_language()
        self.translate_ui()
        self._show_signed_out()
        settle_sizes(self)
        self._fix_bar(bar)
        if fault is not None:
            self.context.watch.report(fault)
        elif campaign_id is None:
            self.context.watch.follow_start_check()
            self.show_message(lambda: message(self.words.lang, "campaign.none"), True)
        else:
            self.context.watch.follow_start_check()
            self.feed.start()
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

    def _storage_changed(self, fault: object) -> None:
        """The banner follows the database's health; once it is back, the queue resumes."""
        from kiosk.storage.faults import StorageFault

        self.storage_banner.show_fault(fault if isinstance(fault, StorageFault) else None)
        if fault is not None:
            return
        if not self.context.campaign_id:  # the station started while the database was down
            try:
                campaign_id = active_campaign_id(self.app)
            except StorageFault as error:
                self.context.watch.report(error)
                return
            if campaign_id is None:
                return
            self.context.campaign_id = campaign_id
            self.feed.campaign_id = campaign_id
            self.feed.start()
        self.reload()

    # -- language ------------------------------------------------------------------------------
    def _apply_language(self) -> None:
        self.setLayoutDirection(self.words.direction)
        self.setLocale(self.words.locale)

    def _language_changed(self, lang: str) -> None:
        self._apply_language()
        self.translate_ui()
        if self._said is not None and self.status.text():  # the message still shown, in the new language
            self.status.setText(self._said())
        if self.switch is not None:
            self.switch.set_language(lang)

    def toggle_language(self) -> None:
        self.words.set_language(self.words.other)

    def translate_ui(self) -> None:
        translate = self.words.translate
        self.setWindowTitle(translate("NurseWindow", "Qatra \u2014 nurse station"))
        self.title.setText(
            translate("NurseWindow", "Nurse station \u00b7 booth %1").replace("%1", str(self.context.booth))
        )
        self.language_button.setText(language(self.words.other).name)  # named in itself
        self.language_button.setToolTip(translate("NurseWindow", "Change the language of this station"))
        self.sign_out_button.setText(translate("NurseWindow", "Sign out"))
        self._show_who()
        if self.print_status is not None:
            self.print_status.translate_ui()
        self.storage_banner.translate_ui()
        self.backup_banner.translate_ui()

    def _show_who(self) -> None:
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
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._split:
            self._split = True  # the queue a little wider than the donor: its buttons and names need it
            total = max(self.width() - 24, 2)
            self.splitter.setSizes([total * QUEUE_SHARE // 100, total - total * QUEUE_SHARE // 100])
        if self.context.actor is None:
            self.sign_in.reload()

    def signed_in(self, actor: Actor) -> None:
        self.context.set_actor(actor)
        self.stack.setCurrentWidget(self.main)
        self.sign_out_button.show()
        self._show_who()
        self.queue.table.clearSelection()
        self.donor.show_visit(None)
        self.reload()
        self._refresh_timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.idle.start()

    def sign_out(self) -> None:
        """Back to the PIN pad; nothing about any donor stays on the screen."""
        if self.context.actor is None:
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.idle.stop()
        self._refresh_timer.stop()
        self.context.set_actor(None)
        self.donor.show_visit(None)
        self.queue.set_rows(())
        self._show_signed_out()

    def _show_signed_out(self) -> None:
        self.stack.setCurrentWidget(self.sign_in)
        self.sign_out_button.hide()
        self._show_who()
        self.sign_in.reset()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and isinstance(watched, QWidget) and watched.window() is self:
            self.idle.start()
        return False

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

    def closeEvent(self, event) -> None:
        self.feed.stop()
        if self.printer is not None:
            self.printer.shutdown(wait=False)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().closeEvent(event)
