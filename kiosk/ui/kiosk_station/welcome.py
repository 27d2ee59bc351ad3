"""The first screen a donor sees: the campaign, today's date, and the language choice."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.campaigns import CampaignSpec
from kiosk.i18n import ALL
from kiosk.i18n.catalog import labels_for
from kiosk.i18n.dates import weekday_date
from kiosk.i18n.typography import typeset
from kiosk.ui.widgets import QT_TRANSLATE_NOOP, BloodDrop, FirstPaintLabel, label

translate = QCoreApplication.translate
CHOOSE = QT_TRANSLATE_NOOP("Welcome", "Choose your language")


class WelcomeScreen(QWidget):
    language_chosen = Signal(str)
    painted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.campaign: CampaignSpec | None = None
        self.today: date | None = None
        self.language = "ar"

        self.title = FirstPaintLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.painted.connect(self.painted)
        # The campaign's name in the other languages too: a donor who reads only one
        # of them knows where they are before choosing.
        self.title_also = label("title_also")
        self.slogan = label("slogan")
        self.place = label("subtitle")
        self.date = label("date")
        self.closed = label("notice")
        # One button per language of kiosk.i18n.LANGUAGES, named in that language,
        # and the prompt in every language at once (each from its own catalogue).
        self.buttons: dict[str, QPushButton] = {}
        self.prompt = label("subtitle")
        self.prompt.setText("  ·  ".join(labels_for(lang.code)("Welcome", CHOOSE) for lang in ALL))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for lang in ALL:
            button = QPushButton(lang.name)
            button.setObjectName("language")
            button.setProperty("lang", lang.code)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # touch: no keyboard focus ring
            button.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang.rtl else Qt.LayoutDirection.LeftToRight)
            button.clicked.connect(lambda _=False, code=lang.code: self.language_chosen.emit(code))
            if self.buttons:
                buttons.addSpacing(48)
            buttons.addWidget(button)
            self.buttons[lang.code] = button
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 24)  # under the kiosk's header (help)
        layout.setSpacing(6)
        drop_row = QHBoxLayout()
        drop_row.addStretch(1)
        drop_row.addWidget(BloodDrop(64))
        drop_row.addStretch(1)
        layout.addLayout(drop_row)
        for widget in (self.title, self.title_also, self.slogan, self.place, self.date):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.closed)
        layout.addWidget(self.prompt)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.translate_ui()

    def set_campaign(self, campaign: CampaignSpec | None, today: date) -> None:
        self.campaign, self.today = campaign, today
        self.translate_ui()

    def set_language(self, lang: str) -> None:
        self.language = lang
        self.translate_ui()

    @property
    def is_open(self) -> bool:
        return self.campaign is not None and self.today is not None and self.campaign.is_open(self.today)

    def translate_ui(self) -> None:
        lang, campaign = self.language, self.campaign
        if campaign is None:
            self.title.setText(translate("Welcome", "Blood donation"))
            self.title_also.setText("")
            self.slogan.setText("")
            self.place.setText("")
        else:
            self.title.setText(typeset(campaign.name.of(lang), lang))
            others = [typeset(campaign.name.of(o.code), o.code) for o in ALL if o.code != lang]
            # One paragraph per language: each takes its own direction.
            self.title_also.setText("\n".join(dict.fromkeys(t for t in others if t != self.title.text())))
            self.slogan.setText(typeset(f"« {campaign.slogan.of(lang)} »", lang) if campaign.slogan else "")
            self.place.setText(typeset(f"{campaign.venue.of(lang)} — {campaign.city.of(lang)}", lang))
        self.title_also.setVisible(bool(self.title_also.text()))
        self.slogan.setVisible(bool(self.slogan.text()))
        self.date.setText(weekday_date(self.today, lang) if self.today else "")
        if campaign is None:
            self.closed.setText(translate("Welcome", "No campaign is open on this kiosk. Please ask a staff member."))
        elif not self.is_open:
            self.closed.setText(translate("Welcome", "This campaign is not open today. Thank you for coming."))
        else:
            self.closed.setText("")
        self.closed.setVisible(bool(self.closed.text()))
        for button in self.buttons.values():
            button.setEnabled(self.is_open)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)
