"""The simulated venue: its campaign, its nurses, its donors, its clock."""

from __future__ import annotations

import random
import secrets
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kiosk.domain.campaigns import CampaignSpec
from kiosk.domain.validation import DonorDetails
from kiosk.i18n.texts import Texts

FIRST_NAMES = {
    "F": [
        ("Fatima", "فاطمة"),
        ("Khadija", "خديجة"),
        ("Salma", "سلمى"),
        ("Meryem", "مريم"),
        ("Hajar", "هاجر"),
        ("Imane", "إيمان"),
        ("Zineb", "زينب"),
        ("Nadia", "نادية"),
    ],
    "M": [
        ("Mohamed", "محمد"),
        ("Youssef", "يوسف"),
        ("Hamza", "حمزة"),
        ("Omar", "عمر"),
        ("Mehdi", "المهدي"),
        ("Rachid", "رشيد"),
        ("Ayoub", "أيوب"),
        ("Karim", "كريم"),
    ],
}
LAST_NAMES = [
    ("Alaoui", "العلوي"),
    ("Bennani", "بناني"),
    ("Tazi", "التازي"),
    ("Idrissi", "الإدريسي"),
    ("Amrani", "العمراني"),
    ("Berrada", "برادة"),
    ("Chraibi", "الشرايبي"),
    ("Fassi", "الفاسي"),
]


def campaign_spec(day: date, donors: int) -> CampaignSpec:
    return CampaignSpec(
        slug="simulation",
        first_day=day,
        last_day=day,
        daily_target=max(1, min(10_000, donors)),
        name=Texts({"ar": "حملة محاكاة للتبرع بالدم", "fr": "Campagne de don du sang simulée"}),
        venue=Texts({"ar": "قاعة المحاكاة", "fr": "Salle de simulation"}),
        city=Texts({"ar": "خريبكة", "fr": "Khouribga"}),
        region=Texts({"ar": "بني ملال - خنيفرة", "fr": "Béni Mellal-Khénifra"}),
        contact=Texts({"ar": "لا أحد: هذه محاكاة", "fr": "Personne : ceci est une simulation"}),
        organisers=[Texts({"ar": "فريق قطرة", "fr": "Équipe Qatra"})],
    )


def donor_details(index: int, seed: int, day: date) -> DonorDetails:
    """Donor `index`, the same in every run with the same seed; CINs `SM000001`…"""
    rng = random.Random(f"{seed}:donor:{index}")
    sex = rng.choice("FM")
    first, first_ar = rng.choice(FIRST_NAMES[sex])
    last, last_ar = rng.choice(LAST_NAMES)
    age_days = rng.randint(18 * 366, 60 * 365)
    return DonorDetails(
        sex=sex,
        birth_date=day - timedelta(days=age_days),
        first_name_latin=first,
        last_name_latin=last,
        first_name_ar=first_ar,
        last_name_ar=last_ar,
        cin=f"SM{index:06d}",
        city="Khouribga",
        language=rng.choice(("ar", "fr")),
    )


@dataclass(frozen=True)
class Nurse:
    booth: int
    staff_id: int
    pin: str


def nurse_pin() -> str:
    """Six random digits that `kiosk staff add` accepts (not 111111, 123456…)."""
    from kiosk.domain.staff import trivial_reason

    while True:
        value = f"{secrets.randbelow(10**6):06d}"
        if trivial_reason(value) is None:
            return value


@dataclass(frozen=True)
class SimClock:
    """Campaign time running `1 minute per minute_ms` of real time from a shared start."""

    start_real: float  # time.time() when the day began
    start_sim: datetime
    minute_ms: float

    def now(self) -> datetime:
        return self.start_sim + timedelta(minutes=(time.time() - self.start_real) * 1000 / self.minute_ms)

    def pause(self, minutes: float) -> None:
        time.sleep(max(0.0, minutes) * self.minute_ms / 1000)

    def minutes_since_start(self, real: float) -> float:
        return (real - self.start_real) * 1000 / self.minute_ms
