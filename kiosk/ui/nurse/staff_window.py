"""What the nurse and organiser stations share: the PIN pad first, a sign-out
after a few minutes without a touch or a key, and the database's health.

Both show names or the day's figures, so nothing stays on screen once nobody is
signed in: the window goes back to the PIN pad and forgets what it showed. Both
follow the database through a StorageWatch: the banner says what is wrong, and
once the database is back the station resumes by itself, finding its campaign
then if it started while the database was down. Each window builds its own
page and says what to read (`reload`), what to forget (`forget`) and who is
signed in (`show_who`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import paths
from kiosk.domain.staff import Actor
from kiosk.i18n import language
from kiosk.ui.live import POLL_MS, QueueFeed
from kiosk.ui.nurse.context import NurseSettings, StationContext
from kiosk.ui.nurse.signin import SignInScreen
from kiosk.ui.nurse.words import Words
from kiosk.ui.widgets import label

if TYPE_CHECKING:
    from kiosk.app import App
    from kiosk.domain.eligibility import Pack
    from kiosk.i18n.qt import LanguageSwitch
    from kiosk.storage.faults import StorageFault

log = logging.getLogger(__name__)

REFRESH_MS = 30_000  # waited minutes move on even when nothing else changes
# What counts as someone at the station (the idle sign-out starts again).
INPUT = frozenset(
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


def first_campaign(app: App) -> tuple[int | None, StorageFault | None]:
    """The campaign in use at start, or the fault that hid it (damaged, unreachable…:
    the banner says so and the probe retries)."""
    from kiosk.storage.faults import StorageFault

    try:
        return active_campaign_id(app), None
    except StorageFault as fault:
        return None, fault


class StaffWindow(QWidget):
    """A staff station's window: top bar, banners, PIN pad or the signed-in page, status line.

    A subclass builds its page, then calls `assemble` and `begin`; it defines `reload`,
    `forget`, `show_who` and `translate_ui` (which calls `translate_common`)."""

    def __init__(
        self,
        app: App,
        settings: NurseSettings,
        *,
        words: Words | None,
        switch: LanguageSwitch | None,
        pack: Pack | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__()
        from kiosk.domain.eligibility import default_pack
        from kiosk.ui.auto_backup import BackupBanner, running
        from kiosk.ui.storage_watch import StorageBanner, fault_text

        self.app = app
        self.words = words or Words("ar", self)
        self.switch = switch
        campaign_id, self._start_fault = first_campaign(app)
        self.context = StationContext(app, self.words, settings, campaign_id or 0, pack or default_pack(), self)
        self.title = label("appTitle", align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.who = label("who", align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.language_button = QPushButton()
        self.language_button.setObjectName("language")
        self.sign_out_button = QPushButton()
        self.sign_out_button.setObjectName("small")
        self.sign_in = SignInScreen(self.context)
        self.storage_banner = StorageBanner(lambda fault: fault_text(fault, self.words.lang))
        self.context.watch.changed.connect(self._storage_changed)
        self.backup_banner = BackupBanner(self.words.translate)
        self.backup_banner.follow(running())
        self.stack = QStackedWidget()

        self.feed = QueueFeed(app, self.context.campaign_id, interval_ms=poll_ms, parent=self)
        self.feed.changed.connect(self.reload)
        self._refresh_timer = QTimer(self, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self.reload)
        self.idle = QTimer(self, singleShot=True)
        self.idle.setInterval(int(self.context.settings.idle_minutes * 60_000))
        self.idle.timeout.connect(self.sign_out)

        self.sign_in.signed_in.connect(self.signed_in)
        self.sign_out_button.clicked.connect(self.sign_out)
        self.language_button.clicked.connect(self.toggle_language)
        self.words.changed.connect(self._language_changed)

    # -- building ------------------------------------------------------------------------------
    def top_bar(self, *extra: QWidget) -> QFrame:
        """Title, who is signed in, `extra` (the printer's state), language, sign-out."""
        bar = QFrame()
        bar.setObjectName("topBar")
        top = QHBoxLayout(bar)
        top.setContentsMargins(16, 6, 16, 6)
        top.addWidget(self.title)
        top.addSpacing(24)
        top.addWidget(self.who, 1)
        for widget in extra:
            top.addWidget(widget)
        top.addWidget(self.language_button)
        top.addWidget(self.sign_out_button)
        return bar

    def assemble(self, bar: QFrame, main: QWidget, status: QWidget) -> None:
        """The window from top to bottom: bar, banners, PIN pad or `main`, status line."""
        self.main = main
        for page in (self.sign_in, main):
            # A page takes the height the screen leaves it and sets no minimum of its own:
            # the page behind, laid out at a stale width, would otherwise make the window
            # taller than a 768-pixel laptop once both banners show.
            policy = page.sizePolicy()
            policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
            page.setSizePolicy(policy)
            self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(bar)
        outer.addWidget(self.storage_banner)
        outer.addWidget(self.backup_banner)
        outer.addWidget(self.stack, 1)
        outer.addWidget(status)
        self.status_line = status  # hidden while signed out, when the PIN pad takes its room
        policy = status.sizePolicy()
        policy.setRetainSizeWhenHidden(False)
        status.setSizePolicy(policy)
        self._apply_language()
        self.translate_ui()
        self._show_signed_out()
        settle_sizes(self)

    def begin(self) -> None:
        """Follow the database from now on: the fault met at start, else the start-up
        check's finding, and the queue once there is a campaign."""
        if self._start_fault is not None:
            self.context.watch.report(self._start_fault)
            return
        self.context.watch.follow_start_check()
        if self.context.campaign_id:
            self.feed.start()

    # -- what each station says for itself -------------------------------------------------------
    def reload(self) -> None:
        """Read what the signed-in page shows, fresh."""
        raise NotImplementedError

    def forget(self) -> None:
        """Drop what the signed-in page showed (at sign-in and sign-out)."""
        raise NotImplementedError

    def show_who(self) -> None:
        """Who is signed in, in the top bar."""
        raise NotImplementedError

    def translate_ui(self) -> None:
        raise NotImplementedError

    def translate_common(self) -> None:
        """The language button (named in itself) and the banners."""
        self.language_button.setText(language(self.words.other).name)
        self.storage_banner.translate_ui()
        self.backup_banner.translate_ui()

    # -- the database's health -----------------------------------------------------------------
    def _storage_changed(self, fault: object) -> None:
        """The banner follows the database's health; once it is back, the PIN pad lists
        the staff (it could not read them meanwhile) and the page resumes."""
        from kiosk.storage.faults import StorageFault

        self.storage_banner.show_fault(fault if isinstance(fault, StorageFault) else None)
        if fault is not None:
            return
        if self.context.actor is None:
            self.sign_in.reload()
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
        if self.switch is not None:
            self.switch.set_language(lang)

    def toggle_language(self) -> None:
        self.words.set_language(self.words.other)

    # -- signing in and out --------------------------------------------------------------------
    def signed_in(self, actor: Actor) -> None:
        self.context.set_actor(actor)
        self.stack.setCurrentWidget(self.main)
        self.status_line.show()
        self.sign_out_button.show()
        self.show_who()
        self.forget()
        self.reload()
        self._refresh_timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.idle.start()

    def sign_out(self) -> None:
        """Back to the PIN pad; nothing the signed-in page showed stays on the screen."""
        if self.context.actor is None:
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.idle.stop()
        self._refresh_timer.stop()
        self.context.set_actor(None)
        self.forget()
        self._show_signed_out()

    def _show_signed_out(self) -> None:
        self.stack.setCurrentWidget(self.sign_in)
        # What the last person's work said (a deferral recorded, a print sent) goes with
        # them; the PIN pad has its own line and takes the room.
        self.status_line.hide()
        if isinstance(self.status_line, QLabel):
            self.status_line.clear()
        self.sign_out_button.hide()
        self.show_who()
        self.sign_in.reset()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in INPUT and isinstance(watched, QWidget) and watched.window() is self:
            self.idle.start()
        return False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.context.actor is None:
            self.sign_in.reload()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.feed.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().closeEvent(event)
