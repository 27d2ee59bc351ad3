"""The law 09-08 notice: who is responsible, why, who sees the answers and
where, how long they are kept, the donor's rights and a contact, in the donor's
language; versioned (kiosk.app.CONSENT_VERSION), so that the accepted version
is stored with the time of acceptance. A change of these words is a new version."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.domain.campaigns import CampaignSpec
from kiosk.i18n import language
from kiosk.i18n.typography import typeset
from kiosk.ui.kiosk_station.base import Screen, button, current_language, touch_scroll
from kiosk.ui.widgets import label, ltr

translate = QCoreApplication.translate

# How long a registration and its answers are kept. Neither the product brief, the
# campaign files nor the rule pack define it and no Moroccan figure is public; EU
# blood establishments keep donor records at least 15 years (directive 2002/98/EC,
# art. 13), which the notice states.
RETENTION_YEARS = 15


class ConsentScreen(Screen):
    name = "consent"
    answered = Signal(bool)

    def __init__(self, version: str, parent: QWidget | None = None):
        super().__init__(has_next=False, parent=parent)
        self.version = version
        self.campaign: CampaignSpec | None = None
        # One notice per language, each in its language's direction: the kiosk's
        # longest text is laid out once per language, not again for every donor
        # who reads the other one (and turned around by every language switch).
        self.notices: dict[str, QLabel] = {}
        box = QWidget()
        self.notice_box = QVBoxLayout(box)
        self.notice_box.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = touch_scroll(box)
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

    @property
    def notice(self) -> QLabel:
        """The notice in the language shown now."""
        return self._notice(current_language())

    def _notice(self, lang: str) -> QLabel:
        if lang not in self.notices:
            notice = label("notice_text", align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
            notice.setTextFormat(Qt.TextFormat.RichText)
            rtl = language(lang).rtl
            notice.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
            self.notice_box.addWidget(notice)
            self.notices[lang] = notice
        return self.notices[lang]

    def set_campaign(self, campaign: CampaignSpec | None) -> None:
        self.campaign = campaign
        self.translate_ui()

    def translate_ui(self) -> None:
        super().translate_ui()
        lang = current_language()
        campaign = self.campaign
        organisers = typeset(" ; ".join(o.of(lang) for o in campaign.organisers), lang) if campaign else ""
        contact = typeset(campaign.contact.of(lang), lang) if campaign else ""
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
                translate("Consent", "Who sees your answers"),
                translate(
                    "Consent",
                    "Only the medical team of this campaign (nurses and doctors), on the nurse station, "
                    "and the AMSD for your donor file. This screen never shows them, and they are given "
                    "to no one else.",
                ),
            ),
            (
                translate("Consent", "How long"),
                translate(
                    "Consent",
                    "Your registration and your answers are kept for %1 years after your last visit.",
                ).replace("%1", ltr(RETENTION_YEARS)),
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
        notice = self._notice(lang)
        notice.setText(f"{html}<p style='margin:0; color:#555555'>{version}</p>")  # unchanged: kept as laid out
        for other in self.notices.values():
            other.setVisible(other is notice)
        self.refuse.setText(translate("Consent", "I do not agree"))
        self.accept.setText(translate("Consent", "I agree"))
