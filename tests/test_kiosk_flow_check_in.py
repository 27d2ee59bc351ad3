"""Send without Qt: what the check-in writes is taken from the flow first, the
write touches no flow state (the kiosk runs it on a worker thread), and the
flow holds the result only once it is handed back."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from kiosk.kiosk_flow import KioskFlow, Step, write_check_in
from kiosk.storage.models import Visit
from tests.test_kiosk_flow_steps import confirmed, salma


def test_the_check_in_is_written_apart_from_the_flow(app):
    salma(app)
    flow = KioskFlow(app)
    confirmed(flow, card="card-of-salma")
    flow.confirm_identity(True)
    flow.answer_consent(True)
    while flow.step is Step.QUESTION:
        flow.answer_question({q.id: None if q.kind.value == "date" else False for q in flow.question.questions})
    check_in = flow.check_in()
    assert flow.sending() is Step.SENDING

    written = []
    worker = threading.Thread(target=lambda: written.append(write_check_in(app, check_in)))
    worker.start()
    worker.join()
    ((result, donor_id),) = written
    assert result.kind == "ticket" and result.ticket == 1 and donor_id == flow.donor_id
    assert flow.result is None and flow.step is Step.SENDING  # the flow learns it only when handed back
    with app.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Visit)) == 1

    assert flow.checked_in(result, donor_id) is result and flow.result is result
    assert flow.show_result(result) is Step.TICKET
