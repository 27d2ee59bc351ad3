"""Every word of the organiser's report, as English sources for translations/kiosk_*.ts.

The PDF, the CSV files and the organiser station all read these through the
same catalogue (context "Report"), so a figure is named the same everywhere.
"""

from __future__ import annotations

from kiosk.domain import reactions
from kiosk.printing.data import Labels
from kiosk.printing.labels import QT_TRANSLATE_NOOP

CONTEXT = "Report"


def translate(labels: Labels, source: str) -> str:
    """A report word in the document's language."""
    return labels(CONTEXT, source)


DAY_TITLE = QT_TRANSLATE_NOOP("Report", "End-of-day report")
CAMPAIGN_TITLE = QT_TRANSLATE_NOOP("Report", "Campaign report")
PERIOD = QT_TRANSLATE_NOOP("Report", "%1 to %2")
KEY_FIGURES = QT_TRANSLATE_NOOP("Report", "Key figures")
REGISTERED = QT_TRANSLATE_NOOP("Report", "Donors registered")
DONATIONS = QT_TRANSLATE_NOOP("Report", "Donations")
TARGET = QT_TRANSLATE_NOOP("Report", "Target")
SHARE = QT_TRANSLATE_NOOP("Report", "Share of the target reached")
FIRST_TIME = QT_TRANSLATE_NOOP("Report", "First-time donors who gave")
REGISTERED_FIRST_TIME = QT_TRANSLATE_NOOP("Report", "Registered for the first time")
REGISTERED_RETURNING = QT_TRANSLATE_NOOP("Report", "Returning donors registered")
DEFERRED = QT_TRANSLATE_NOOP("Report", "Deferred")
LEFT = QT_TRANSLATE_NOOP("Report", "Left without donating")
STILL_WAITING = QT_TRANSLATE_NOOP("Report", "Still in the queue")
WAIT_MEDIAN = QT_TRANSLATE_NOOP("Report", "Median wait")
WAIT_P90 = QT_TRANSLATE_NOOP("Report", "9 in 10 waited at most")
MINUTES = QT_TRANSLATE_NOOP("Report", "%1 min")
NOT_AVAILABLE = QT_TRANSLATE_NOOP("Report", "none yet")

BY_GROUP = QT_TRANSLATE_NOOP("Report", "Donations by blood group")
GROUP = QT_TRANSLATE_NOOP("Report", "Group")
CONFIRMED = QT_TRANSLATE_NOOP("Report", "Lab-confirmed")
DECLARED = QT_TRANSLATE_NOOP("Report", "Declared by the donor")
UNKNOWN_GROUP = QT_TRANSLATE_NOOP("Report", "Not known")
BY_SEX_AGE = QT_TRANSLATE_NOOP("Report", "Donations by sex and age")
AGE = QT_TRANSLATE_NOOP("Report", "Age")
AGE_OTHER = QT_TRANSLATE_NOOP("Report", "Other ages")
WOMEN = QT_TRANSLATE_NOOP("Report", "Women")
MEN = QT_TRANSLATE_NOOP("Report", "Men")
PRESCREEN = QT_TRANSLATE_NOOP("Report", "Pre-screen at the kiosk")
OUTCOME = QT_TRANSLATE_NOOP("Report", "Outcome")
COUNT = QT_TRANSLATE_NOOP("Report", "Count")
DEFERRALS = QT_TRANSLATE_NOOP("Report", "Deferrals by reason")
REASON = QT_TRANSLATE_NOOP("Report", "Reason")
REACTIONS = QT_TRANSLATE_NOOP("Report", "Adverse reactions")
REACTION = QT_TRANSLATE_NOOP("Report", "Reaction")
PER_HOUR = QT_TRANSLATE_NOOP("Report", "Hour by hour")
HOUR = QT_TRANSLATE_NOOP("Report", "Hour")
ARRIVALS = QT_TRANSLATE_NOOP("Report", "Arrivals")
WAIT = QT_TRANSLATE_NOOP("Report", "Median wait (min)")
WAITS = QT_TRANSLATE_NOOP("Report", "Waiting")
BOOTHS = QT_TRANSLATE_NOOP("Report", "Booths")
BOOTH = QT_TRANSLATE_NOOP("Report", "Booth")
BOOTH_N = QT_TRANSLATE_NOOP("Report", "Booth %1")
SEEN = QT_TRANSLATE_NOOP("Report", "Donors seen")
DAYS = QT_TRANSLATE_NOOP("Report", "Day by day")
DAY = QT_TRANSLATE_NOOP("Report", "Day")
PRIVACY = QT_TRANSLATE_NOOP(
    "Report",
    "Counts only, no personal data. In tables of people, a count from 1 to 4 is shown as “< 5”.",
)
GENERATED = QT_TRANSLATE_NOOP("Report", "Made by Qatra on %1 at %2")
PAGE = QT_TRANSLATE_NOOP("Report", "Page %1")
NOTHING = QT_TRANSLATE_NOOP("Report", "Nothing recorded.")

OUTCOMES = {
    "eligible": QT_TRANSLATE_NOOP("Report", "Eligible, ticket given"),
    "refer": QT_TRANSLATE_NOOP("Report", "Sent to staff"),
    "deferred": QT_TRANSLATE_NOOP("Report", "Deferred until a date"),
    "permanent": QT_TRANSLATE_NOOP("Report", "Permanently deferred"),
}

FAMILIES = {
    "profile": QT_TRANSLATE_NOOP("Report", "Age or weight"),
    "recent_donation": QT_TRANSLATE_NOOP("Report", "Recent donation"),
    "haemoglobin": QT_TRANSLATE_NOOP("Report", "Low haemoglobin"),
    "vital_signs": QT_TRANSLATE_NOOP("Report", "Blood pressure, pulse or temperature"),
    "health_today": QT_TRANSLATE_NOOP("Report", "Health on the day, treatment"),
    "recent_procedure": QT_TRANSLATE_NOOP("Report", "Recent care or procedure"),
    "pregnancy": QT_TRANSLATE_NOOP("Report", "Pregnancy, childbirth, breastfeeding"),
    "travel": QT_TRANSLATE_NOOP("Report", "Travel or stay (malaria)"),
    "infection_risk": QT_TRANSLATE_NOOP("Report", "Risk of infection"),
    "medical_history": QT_TRANSLATE_NOOP("Report", "Medical history"),
    "other": QT_TRANSLATE_NOOP("Report", "Other reason"),
}

REACTION_KINDS = {
    reactions.VASOVAGAL_MILD: QT_TRANSLATE_NOOP("Report", "Vasovagal, mild"),
    reactions.VASOVAGAL_SEVERE: QT_TRANSLATE_NOOP("Report", "Vasovagal, severe"),
    reactions.VASOVAGAL_SEVERE_LOC: QT_TRANSLATE_NOOP("Report", "Vasovagal, severe, with loss of consciousness"),
    reactions.HAEMATOMA: QT_TRANSLATE_NOOP("Report", "Haematoma"),
    reactions.ARTERIAL_PUNCTURE: QT_TRANSLATE_NOOP("Report", "Arterial puncture"),
    reactions.CITRATE: QT_TRANSLATE_NOOP("Report", "Citrate reaction"),
    reactions.OTHER: QT_TRANSLATE_NOOP("Report", "Other reaction"),
}

# The CSV files' names: stable, ASCII, the same in every language.
CSV_FILES = {
    "figures": "figures.csv",
    "by_group": "donations_by_blood_group.csv",
    "by_sex_age": "donations_by_sex_and_age.csv",
    "prescreen": "prescreen_outcomes.csv",
    "deferrals": "deferrals_by_reason.csv",
    "reactions": "adverse_reactions.csv",
    "hours": "hour_by_hour.csv",
    "booths": "booths.csv",
    "days": "day_by_day.csv",
}
