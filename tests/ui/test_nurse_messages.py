"""Refusals as staff read them: a ticket as it is called out, a bag number kept
left to right inside an Arabic sentence."""

from __future__ import annotations

from kiosk.domain.visits import VisitRefused
from kiosk.ui.nurse.messages import message, refusal


def english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The station's translate with no catalogue: the English source, counts filled."""
    return source.replace("%n", str(n))


def test_a_ticket_in_a_refusal_reads_as_it_is_called_out():
    text = refusal(english, VisitRefused("already_queued", ticket=7))
    assert text == "This donor already has ticket \u2066007\u2069 today."


def test_a_bag_number_keeps_its_order_in_the_sentence():
    assert message(english, "bag.used", bag="K25-0042") == (
        "Bag \u2066K25-0042\u2069 is already recorded for another donation."
    )


def test_counts_and_booths_stay_plain_numbers():
    assert message(english, "booth.same", booth=3) == "The donor is already at booth 3."
    assert message(english, "staff.locked", seconds=60) == "Too many wrong PINs. The station is locked for 60 s."
