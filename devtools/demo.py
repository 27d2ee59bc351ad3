"""A small demonstration queue for screenshots and trials of the staff screens:
staff with PINs, and donors checked in through the kiosk's own operation."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.app import App

# (first, last) in Latin letters and in Arabic, sex, birth year, blood group, CIN
DONORS = (
    (("Fatima Zahra", "Bennani"), ("فاطمة الزهراء", "بناني"), "F", 1991, "O+", "BK482913"),
    (("Youssef", "El Amrani"), ("يوسف", "العمراني"), "M", 1986, "A+", "BE219874"),
    (("Khadija", "Ouazzani"), ("خديجة", "الوزاني"), "F", 1999, "B+", "BJ774102"),
    (("Mohamed", "Tazi"), ("محمد", "التازي"), "M", 1979, "O-", "BH310556"),
    (("Salma", "Idrissi"), ("سلمى", "الإدريسي"), "F", 2001, None, "BK901237"),
    (("Hamza", "Lahlou"), ("حمزة", "لحلو"), "M", 1994, "AB+", "BE665210"),
    (("Imane", "Chraibi"), ("إيمان", "الشرايبي"), "F", 1988, "A-", "BJ128843"),
    (("Omar", "Benjelloun"), ("عمر", "بنجلون"), "M", 1983, "B-", "BH557720"),
)

STAFF = (
    ("Naima Berrada", "nurse", "2468"),
    ("Dr Karim Alaoui", "doctor", "1357"),
    ("Rachid Fassi", "organiser", "9753"),
)


class Clock:
    """A clock that moves only when told: screenshots and tests at a fixed time."""

    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def staffed_database(path: Path, clock: Clock) -> dict[str, int]:
    """A database file with the bundled campaigns and the demo staff, closed and whole
    (WAL checkpointed): copy it to start each trial from the same state quickly."""
    from kiosk.app import App

    app = App(f"sqlite:///{path}", clock=clock)
    try:
        app.open()
        return add_staff(app)
    finally:
        app.close()


def copy_database(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


@dataclass(frozen=True)
class DemoVisit:
    visit_id: int
    ticket: int
    name_latin: str
    name_ar: str


def add_staff(app: App, people=STAFF) -> dict[str, int]:
    """Staff members by role: {role: staff id}."""
    from kiosk.domain.staff import Actor
    from kiosk.storage import staff

    out = {}
    with app.db.write() as session:
        for name, role, pin in people:
            out[role] = staff.add_staff(session, name, role, pin, actor=Actor.station_only("setup"), now=app.now()).id
    return out


def check_in(
    app: App,
    count: int,
    *,
    minutes_apart: float = 3.0,
    start: int = 0,
    needs_staff: tuple[int, ...] = (),
    refer: tuple[int, ...] = (),
) -> list[DemoVisit]:
    """`count` donors through the kiosk's check-in, the first one `count × minutes_apart` minutes ago."""
    from kiosk.domain.eligibility import NEEDS_INTERVIEW, default_pack
    from kiosk.domain.staff import Actor
    from kiosk.domain.validation import DonorDetails
    from kiosk.storage import campaigns, registration
    from kiosk.storage import queue as q

    pack = default_pack()
    day = app.today()
    now = app.now()
    kiosk = Actor.station_only("kiosk-1")
    out = []
    with app.db.write() as session:
        campaign = campaigns.active_campaign(session)
        for n in range(start, start + count):
            latin, arabic, sex, year, group, cin = DONORS[n % len(DONORS)]
            if n >= len(DONORS):  # the same people again, with cards of their own
                cin = f"QD{n:06d}"
            donor = registration.find_by_cin(session, cin) or registration.create_donor(
                session,
                DonorDetails(
                    sex=sex,
                    birth_date=date(year, 3, 14),
                    first_name_latin=latin[0],
                    last_name_latin=latin[1],
                    first_name_ar=arabic[0],
                    last_name_ar=arabic[1],
                    cin=cin,
                    blood_group=group,
                    language="ar" if n % 2 else "fr",
                ),
                "demo",
                now,
            )
            at = now - timedelta(minutes=(start + count - n) * minutes_apart)
            referred = n in refer
            visit = q.join_queue(
                session,
                campaign,
                donor,
                day,
                actor=kiosk,
                now=at,
                outcome="refer" if referred else "eligible",
                until=None,
                reasons=["medication", "risk_behaviour"] if referred else [],
                pack=pack.ref,
                # Every question asked, as the kiosk keeps them: "no" to all but what referred them.
                answers={
                    **dict.fromkeys((q.id for q in pack.questions_for(sex, True)), False),
                    **({"medication": True, "risk_behaviour": NEEDS_INTERVIEW} if referred else {}),
                },
                needs_staff=n in needs_staff,
            )
            out.append(DemoVisit(visit.id, visit.ticket, " ".join(latin), " ".join(arabic)))
    return out
