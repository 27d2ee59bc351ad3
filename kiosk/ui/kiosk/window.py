"""The kiosk's one window: a stack of screens over the composition root."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kiosk.app import App
from kiosk.domain.campaigns import CampaignSpec
from kiosk.i18n.qt import LanguageSwitch
from kiosk.ui.kiosk.welcome import WelcomeScreen

log = logging.getLogger(__name__)


class KioskWindow(QWidget):
    """Starts on the welcome screen; opens the database after the first paint."""

    ready = Signal()  # the database is open and the campaign is current

    def __init__(self, app: App, switch: LanguageSwitch, campaign: CampaignSpec | None, *, connect: bool = True):
        super().__init__()
        self.app = app
        self.switch = switch
        self.setWindowTitle("Qatra")
        self.stack = QStackedWidget()
        self.welcome = WelcomeScreen()
        self.welcome.set_language(switch.language or "ar")
        self.welcome.set_campaign(campaign, app.today())
        self.stack.addWidget(self.welcome)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.welcome.language_chosen.connect(self.choose_language)
        switch.changed.connect(self.welcome.set_language)
        if connect:
            self.welcome.painted.connect(lambda: QTimer.singleShot(0, self.connect_database))

    def connect_database(self) -> None:
        """Open (and if needed upgrade) the database, then refresh the campaign."""
        self.app.open()
        self.welcome.set_campaign(self.app.campaign(), self.app.today())
        self.ready.emit()

    def choose_language(self, lang: str) -> None:
        self.switch.set_language(lang)
