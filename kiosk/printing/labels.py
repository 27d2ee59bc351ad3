"""Every label printed on a document, as English sources for translations/kiosk_*.ts.

pyside6-lupdate collects `QT_TRANSLATE_NOOP(context, source)` calls from Python
sources; the no-op keeps printing free of Qt. At render time the documents look
the source up through a `labels(context, source)` callable (kiosk.i18n.catalog).
Templates use Qt's %1, %2 placeholders: translate first, fill in second.
"""

from __future__ import annotations

from kiosk.domain.visits import PLASMA, PLATELETS, WHOLE_BLOOD
from kiosk.printing.data import Labels

CONTEXT = "Documents"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# Queue ticket
TICKET_TITLE = QT_TRANSLATE_NOOP("Documents", "Queue ticket")
YOUR_NUMBER = QT_TRANSLATE_NOOP("Documents", "Your number")
PEOPLE_AHEAD = QT_TRANSLATE_NOOP("Documents", "People ahead of you: %1")
NOBODY_AHEAD = QT_TRANSLATE_NOOP("Documents", "Nobody ahead of you")
SCAN_HINT = QT_TRANSLATE_NOOP("Documents", "The nurse station scans this code when your number is called.")
TICKET_THANKS = QT_TRANSLATE_NOOP("Documents", "Thank you for your generosity: every drop counts.")

# Donor card
CARD_TITLE = QT_TRANSLATE_NOOP("Documents", "Donor card")
DONOR_NUMBER = QT_TRANSLATE_NOOP("Documents", "Donor number")
BLOOD_GROUP = QT_TRANSLATE_NOOP("Documents", "Blood group")
FIRST_DONATION = QT_TRANSLATE_NOOP("Documents", "First donation")
CARD_HINT = QT_TRANSLATE_NOOP("Documents", "Show this card at your next donation.")
NEXT_DONATION = QT_TRANSLATE_NOOP("Documents", "Next donation from")

# Donation certificate
CERTIFICATE_TITLE = QT_TRANSLATE_NOOP("Documents", "Blood donation certificate")
CERTIFICATE_INTRO = QT_TRANSLATE_NOOP(
    "Documents",
    "The undersigned certifies that the person named below gave blood voluntarily and without payment.",
)
FULL_NAME = QT_TRANSLATE_NOOP("Documents", "Family name and first name")
NATIONAL_ID = QT_TRANSLATE_NOOP("Documents", "National ID card number")
DONATION_DATE = QT_TRANSLATE_NOOP("Documents", "Date of donation")
VENUE = QT_TRANSLATE_NOOP("Documents", "Venue")
CAMPAIGN = QT_TRANSLATE_NOOP("Documents", "Campaign")
ORGANISERS = QT_TRANSLATE_NOOP("Documents", "Organised by")
DONATION = QT_TRANSLATE_NOOP("Documents", "Type of donation")
VOLUME = QT_TRANSLATE_NOOP("Documents", "%1 (%2 mL)")
ISSUED = QT_TRANSLATE_NOOP("Documents", "Issued at %1 on %2")
STAFF = QT_TRANSLATE_NOOP("Documents", "For the medical team")
REFERENCE = QT_TRANSLATE_NOOP("Documents", "Reference: %1")
BAG_NUMBER = QT_TRANSLATE_NOOP("Documents", "Bag number")
SIGNATURE = QT_TRANSLATE_NOOP("Documents", "Signature and stamp")
CERTIFICATE_USE = QT_TRANSLATE_NOOP(
    "Documents", "Issued to the donor for any lawful purpose, in particular for an employer."
)
CERTIFICATE_THANKS = QT_TRANSLATE_NOOP("Documents", "Thank you: your gift saves lives.")

KINDS = {
    WHOLE_BLOOD: QT_TRANSLATE_NOOP("Documents", "Whole blood"),
    PLASMA: QT_TRANSLATE_NOOP("Documents", "Plasma"),
    PLATELETS: QT_TRANSLATE_NOOP("Documents", "Platelets"),
}


def fill(template: str, *values: str) -> str:
    """Qt-style %1…%9 substitution in one pass (a value may itself contain '%2')."""
    out, i = [], 0
    while i < len(template):
        ch = template[i]
        if ch == "%" and i + 1 < len(template) and template[i + 1].isdigit() and template[i + 1] != "0":
            index = int(template[i + 1]) - 1
            out.append(values[index] if index < len(values) else template[i : i + 2])
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def translate(labels: Labels, source: str) -> str:
    return labels(CONTEXT, source)
