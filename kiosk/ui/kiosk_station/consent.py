"""The law 09-08 notice: who is responsible, why, who receives the data, the
donor's rights and a contact, in the donor's language; versioned, so that the
accepted version is stored with the time of acceptance."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QWidget

from kiosk.domain.campaigns import CampaignSpec
from kiosk.ui.kiosk_station.base import Screen, button, current_language, touch_scroll
from kiosk.ui.widgets import label, ltr

translate = QCoreApplication.translate


class ConsentScreen(Screen):
    name = "consent"
    answered = Signal(bool)

    def __init__(self, version: str, parent: QWidget | None = None):
        super().__init__(has_next=False, parent=parent)
        self.version = version
        self.campaign: CampaignSpec | None = None
        self.notice = label("notice_text", align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.scroll_area = touch_scroll(self.notice)
        self.scroll_area.setObjectName("notice_scroll")
        self.refuse = button("secondary")
        self.accept = button("primary")
        self.refuse.clicked.connect(lambda: self.answered.emit(False))
        self.accept.clicked.connect(lambda: self.answered.emit(True))
        # The answers sit in the footer, next to Back: the notice keeps the height.
        self.footer.addWidget(self.refuse)
        self.footer.addWidget(self.accept)
        self.body.addWidget(self.scroll_area, 1)
        self.translate_ui()

    def set_campaign(self, campaign: CampaignSpec | None) -> None:
        self.campaign = campaign
        self.translate_ui()

    def translate_ui(self) -> None:
        super().translate_ui()
        lang = current_language()
        campaign = self.campaign
        organisers = " ; ".join(o.of(lang) for o in campaign.organisers) if campaign else ""
        contact = campaign.contact.of(lang) if campaign else ""
        self.heading.setText(translate("Consent", "Your data and your consent"))
        parts = [
            (
                translate("Consent", "Who is responsible"),
                translate(
                    "Consent",
                    "%1, organiser of this campaign, with the Moroccan Agency of Blood and its Derivatives (AMSD).",
                ).replace("%1", escape(organisers)),
            ),
            (
                translate("Consent", "Why"),
                translate(
                    "Consent",
                    "To register you, to check before the donation that giving blood is safe for you "
                    "and for the patient, and to call you in the queue.",
                ),
            ),
            (
                translate("Consent", "Who receives your data"),
                translate(
                    "Consent",
                    "Only the nurses and doctors of this campaign and the AMSD. Your answers are never "
                    "shown on a screen or given to anyone else.",
                ),
            ),
            (
                translate("Consent", "Your rights"),
                translate(
                    "Consent",
                    "Under law %1 you may see, correct or delete your data, and object to its use. "
                    "The CNDP watches over these rights.",
                ).replace("%1", ltr("09-08")),
            ),
            (translate("Consent", "Contact"), escape(contact)),
        ]
        html = "".join(f"<p style='margin:0 0 10px 0'><b>{title}</b> — {text}</p>" for title, text in parts)
        version = translate("Consent", "Notice version %1").replace("%1", ltr(escape(self.version)))
        self.notice.setText(f"{html}<p style='margin:0; color:#555555'>{version}</p>")
        self.refuse.setText(translate("Consent", "I do not agree"))
        self.accept.setText(translate("Consent", "I agree"))
