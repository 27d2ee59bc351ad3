"""Refusals as staff read them: a ticket as it is called out, a bag number kept
left to right inside an Arabic sentence."""

from __future__ import annotations

from kiosk.domain.visits import VisitRefused
from kiosk.ui.nurse.messages import message, refusal


def test_a_ticket_in_a_refusal_reads_as_it_is_called_out():
    text = refusal("en", VisitRefused("already_queued", ticket=7))
    assert text == "This donor already has ticket \u2066007\u2069 today."
    assert refusal("ar", VisitRefused("already_queued", ticket=7)) == "لهذا المتبرع التذكرة \u2066007\u2069 اليوم."


def test_a_bag_number_keeps_its_order_in_the_sentence():
    assert message("en", "bag.used", bag="K25-0042") == (
        "Bag \u2066K25-0042\u2069 is already recorded for another donation."
    )


def test_counts_and_booths_stay_plain_numbers():
    assert message("en", "booth.same", booth=3) == "The donor is already at booth 3."
    assert message("en", "staff.locked", seconds=60) == "Too many wrong PINs. The station is locked for 60 s."
    assert message("fr", "staff.locked", seconds=60) == (
        "Trop de codes PIN erronés. Le poste est verrouillé pendant 60 s."
    )


def test_a_visit_of_another_day_is_explained_not_just_refused():
    """It read "This action was refused." before every code had a message."""
    assert message("fr", "visit.other_day") == (
        "Cette visite date d’un autre jour : le donneur s’inscrit de nouveau à la borne."
    )
