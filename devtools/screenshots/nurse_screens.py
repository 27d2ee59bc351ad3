"""The nurse station's screens as PNG files, through the real window on a
demonstration database at a fixed time (2 December 2025, 10:30 in Khouribga).

    render(Path("docs/screenshots")) -> [nurse-signin-ar.png, nurse-queue-ar.png, …]
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

DEMO_TIME = datetime(2025, 12, 2, 9, 30, tzinfo=UTC)
SIZE = (1366, 768)  # the usual laptop screen at a venue


def settle(seconds: float = 0.05) -> None:
    # A few rounds whatever the clock says: on a busy machine one round can outlast
    # `seconds`, and the events it posts (a relayout after a language switch) need the next.
    for _ in range(3):
        QCoreApplication.processEvents()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.005)


def _demo_day(app) -> list:
    """Nine donors: one asked for staff, one the kiosk sent to the nurse; three booths at
    work; and a donor at the kiosk "Entrée B", not yet checked in, calling for staff."""
    from devtools import demo
    from kiosk.domain.staff import Actor
    from kiosk.storage import campaigns, staff_calls
    from kiosk.storage import queue as q

    visits = demo.check_in(app, 9, minutes_apart=4, needs_staff=(4,), refer=(3,))
    other = Actor("nurse-2", None, "nurse", "demo")
    with app.db.write() as session:
        campaign = campaigns.active_campaign(session)
        assert campaign is not None  # demo.check_in served the demo campaign
        campaign_id = campaign.id
        for booth in (2, 3):
            q.call_next(session, campaign_id, app.today(), booth, actor=other, now=app.now())
        staff_calls.call(session, "Entrée B", campaign_id, app.today(), now=app.now())
    return visits


def render(out_dir: Path, langs: Sequence[str] = ("ar", "fr"), size: tuple[int, int] = SIZE) -> list[Path]:
    """Sign-in, the queue, the answers, the vitals, the decision and the override, per language."""
    from devtools import demo
    from kiosk.app import App
    from kiosk.ui.nurse.context import NurseSettings
    from kiosk.ui.nurse.window import NurseWindow
    from kiosk.ui.nurse.words import Words
    from kiosk.ui.qtapp import create_application

    create_application()
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="qatra-nurse-shots-") as temp:
        template = Path(temp) / "demo.db"
        staff = demo.staffed_database(template, demo.Clock(DEMO_TIME))
        app = App(f"sqlite:///{template}", clock=demo.Clock(DEMO_TIME))
        try:
            visits = _demo_day(app)
        finally:
            app.close()
        for lang in langs:  # each language from the same morning
            copy = demo.copy_database(template, Path(temp) / lang / "demo.db")
            app = App(f"sqlite:///{copy}", clock=demo.Clock(DEMO_TIME))
            window = NurseWindow(app, NurseSettings(booth=1), words=Words(lang), poll_ms=50)
            try:
                written += _shots(window, out_dir, lang, size, staff, visits)
            finally:
                window.close()
                window.deleteLater()
                settle()
                app.close()
    return written


def _shots(window, out_dir: Path, lang: str, size, staff: dict[str, int], visits) -> list[Path]:
    written: list[Path] = []

    def shot(name: str, before: Callable[[], None] | None = None) -> None:
        if before is not None:
            before()
        settle()
        path = out_dir / f"nurse-{name}-{lang}.png"
        window.grab().save(str(path))
        written.append(path)

    window.resize(*size)
    window.show()
    settle(0.2)
    window.sign_in.choose(staff["doctor"])
    window.sign_in.press("1")
    window.sign_in.press("3")
    shot("signin")

    window.sign_in.pin.setText("1357")
    window.sign_in.submit()
    while window.sign_in.check.busy:  # the PIN is checked off the GUI thread
        settle(0.02)
    if window.context.actor is None:
        raise RuntimeError("the demonstration doctor could not sign in")
    referred = visits[3]
    shot("queue", lambda: window.open_visit(referred.visit_id))

    donor = window.donor
    shot("answers", donor.answers.show_answers)
    answers = donor.answers
    settle()
    shot("answers_rows", lambda: answers.scroll_area.ensureWidgetVisible(answers.answer_labels[-1][0]))

    # The next donor to this booth: vitals (one outside the thresholds), then the decision.
    window.queue.call_next()
    window.queue._act("start_interview")
    vitals = donor.vitals
    donor.tabs.setCurrentIndex(1)
    for key, value in (
        ("weight", "58"),
        ("haemoglobin", "11,4" if lang == "fr" else "11.4"),
        ("systolic", "128"),
        ("diastolic", "82"),
        ("pulse", "76"),
        ("temperature", "36,7" if lang == "fr" else "36.7"),
    ):
        vitals.inputs[key].setText(value)
    vitals.save()
    shot("vitals")

    decision = donor.decision
    donor.tabs.setCurrentIndex(2)
    decision.bag.setText("=G12349865432177")
    decision.check_bag()
    shot("decision")
    decision.donate()  # the first click: Confirm or Cancel in the button's place
    shot("decision_confirm")
    decision.cancel()

    donor.tabs.setCurrentIndex(4)
    donor.reaction.kind_buttons["vasovagal_mild"].setChecked(True)
    donor.reaction.action_boxes["legs_raised"].setChecked(True)
    donor.reaction.action_boxes["fluids"].setChecked(True)
    shot("reaction")

    window.open_visit(referred.visit_id)
    donor.tabs.setCurrentIndex(3)
    donor.override.reason.setText(
        "Traitement vérifié avec le médecin" if lang == "fr" else "تم التحقق من العلاج مع الطبيب"
    )
    shot("override")
    window.sign_out()
    return written
