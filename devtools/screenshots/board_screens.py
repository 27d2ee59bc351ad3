"""The display board as PNG files, through the real window on a demonstration
database at a fixed time: a busy morning at 1920x1080 (and the same on a
1280x720 television), and the board before the first call.

The board shows both languages at once, so `langs` changes nothing but is
accepted like the other screens' render functions.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from devtools.screenshots.nurse_screens import settle

DEMO_TIME = datetime(2025, 12, 2, 9, 30, tzinfo=UTC)
SIZES = ((1920, 1080), (1280, 720))


def _busy_morning(app) -> None:
    """Eighteen donors checked in over the last hour, three through a booth in eight
    minutes each, five booths calling now."""
    from datetime import timedelta

    from devtools import demo
    from kiosk.domain.eligibility import default_pack
    from kiosk.domain.staff import Actor
    from kiosk.domain.visits import Vitals
    from kiosk.storage import campaigns
    from kiosk.storage import queue as q

    demo.check_in(app, 18, minutes_apart=3)
    nurse = Actor("nurse-1", None, "nurse", "demo")
    pack = default_pack()
    with app.db.write() as session:
        campaign = campaigns.active_campaign(session)
        assert campaign is not None  # demo.check_in served the demo campaign
        campaign_id = campaign.id
    day, now = app.today(), app.now()
    for index, bag in enumerate(("QTR0001", "QTR0002", "QTR0003")):
        called = now - timedelta(minutes=34 - 9 * index)
        done = called + timedelta(minutes=8)
        with app.db.write() as session:
            visit = q.call_next(session, campaign_id, day, 1, actor=nurse, now=called)
            q.start_interview(session, visit.id, actor=nurse, now=called)
            q.record_vitals(session, visit.id, Vitals(64, 13.6, 122, 78), pack, actor=nurse, now=called)
            q.record_donation(session, visit.id, volume_ml=450, bag_number=bag, actor=nurse, now=done)
    for minutes, booth in ((6, 3), (5, 1), (4, 4), (2, 2), (0, 5)):
        with app.db.write() as session:
            q.call_next(session, campaign_id, day, booth, actor=nurse, now=now - timedelta(minutes=minutes))


def render(out_dir: Path, langs: Sequence[str] = ("ar", "fr")) -> list[Path]:
    from devtools import demo
    from kiosk.app import App
    from kiosk.ui.board.window import BoardWindow
    from kiosk.ui.qtapp import create_application

    create_application()
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="qatra-board-shots-") as temp:
        app = App(f"sqlite:///{Path(temp) / 'demo.db'}", clock=demo.Clock(DEMO_TIME))
        board = None
        try:
            app.open()
            board = BoardWindow(app)
            board.resize(*SIZES[0])
            board.show()
            board.start()
            settle(0.2)
            path = out_dir / "board-empty-1920x1080.png"
            board.grab().save(str(path))
            written.append(path)

            _busy_morning(app)
            board.reload()
            board.rows[0].animation.stop()  # the flash is motion; the still shows the resting highlight
            board.rows[0]._set_flash(0.0)
            for width, height in SIZES:
                board.resize(width, height)
                settle(0.2)
                path = out_dir / f"board-{width}x{height}.png"
                board.grab().save(str(path))
                written.append(path)
            board.rows[0].flash()
            board.rows[0].animation.setCurrentTime(board.rows[0].animation.duration() // 8)
            settle()
            path = out_dir / "board-new-call-1280x720.png"
            board.grab().save(str(path))
            written.append(path)
        finally:
            if board is not None:
                board.close()
                board.deleteLater()
                settle()
            app.close()
    return written
