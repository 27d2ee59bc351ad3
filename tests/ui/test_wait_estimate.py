"""One wait for one queue: the kiosk's ticket screen, the printed ticket and the
board read the same figure, and "you are next" only when nobody waits ahead."""

from __future__ import annotations

import re

from sqlalchemy import select

from devtools import demo
from kiosk.domain.clock import local_day
from kiosk.i18n import dates
from kiosk.printing import compose
from kiosk.storage import print_jobs
from kiosk.storage.models import PrintJob
from kiosk.ui.board.window import BoardWindow

from .test_kiosk_flow import CARD, SALMA_BORN, scan_card, wait_printed


def minutes_in(text: str) -> int:
    """The figure in "Estimated wait: about 24 minutes" / "24 min", any language."""
    found = re.findall(r"\d+", text)
    assert len(found) == 1, text
    return int(found[0])


def ticket_at_the_kiosk(qtbot, window, donor_at):
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["fr"])
    donor.tap(window.screens.path.card)
    scan_card(qtbot, CARD)
    donor.gives_birth_date(SALMA_BORN)
    donor.tap(window.screens.confirm.yes)
    donor.tap(window.screens.consent.accept)
    donor.answer_all()
    donor.tap(window.screens.review.next_button)
    donor.sees("ticket")
    wait_printed(qtbot, window)  # no print job left rendering in its thread when the test ends
    return window.screens.ticket


def printed_wait(app, job_id: int) -> tuple[int, int | None]:
    """People ahead and wait on the ticket the printer gets (what kiosk.ui.printers renders)."""
    with app.db.read() as s:
        job = s.get(PrintJob, job_id)
        rows = print_jobs.document_rows(s, job.kind, visit_id=job.visit_id, now=app.now())
        data = compose.document_data(rows, job.lang, dates, issued=local_day(job.created_at))
    return data.people_ahead, data.wait_minutes


def board_wait(qtbot, app) -> int:
    board = BoardWindow(app)
    qtbot.addWidget(board)
    board.start()
    board.stop()  # one reading is enough: no feed left polling the database after the test
    texts = {board.wait.labels[code].text() for code in board.wait.labels}
    assert len({minutes_in(text) for text in texts}) == 1, texts  # the same figure in each language
    return minutes_in(texts.pop())


def test_ticket_screen_printed_ticket_and_board_give_one_wait(qtbot, make_window, donor_at, app, returning_donor):
    returning_donor()
    demo.check_in(app, 2)  # two donors already wait
    window = make_window()
    ticket = ticket_at_the_kiosk(qtbot, window, donor_at)
    assert ticket.number.text() == "003"
    assert ticket.ahead.text() == "Personnes avant vous\u00a0: \u20662\u2069"
    shown = minutes_in(ticket.wait.text())
    assert shown > 0
    with app.db.read() as s:
        job_id = s.scalar(select(PrintJob.id))
    assert printed_wait(app, job_id) == (2, shown)
    assert board_wait(qtbot, app) == shown


def test_the_first_donor_is_next_and_the_board_agrees(qtbot, make_window, donor_at, app, returning_donor):
    returning_donor()
    window = make_window()
    ticket = ticket_at_the_kiosk(qtbot, window, donor_at)
    assert ticket.number.text() == "001"
    assert ticket.ahead.text().startswith("Personne n’est avant vous")  # nobody ahead: she is next
    shown = minutes_in(ticket.wait.text())
    with app.db.read() as s:
        job_id = s.scalar(select(PrintJob.id))
    assert printed_wait(app, job_id) == (0, shown)
    assert board_wait(qtbot, app) == shown
