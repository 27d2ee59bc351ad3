"""Every step of a visit in the queue, and every refusal, as pure rules."""

from datetime import UTC, date, datetime, timedelta

import pytest

from kiosk.domain import queue, visits
from kiosk.domain.queue import VisitState
from kiosk.domain.visits import VisitRefused, Vitals

T0 = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)
DAY = date(2025, 12, 2)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def waiting() -> VisitState:
    return VisitState(status="waiting", waiting_at=T0)


def refused(step, *args) -> VisitRefused:
    with pytest.raises(VisitRefused) as caught:
        step(*args)
    return caught.value


def test_the_whole_way_to_a_donation_keeps_each_time():
    called = queue.call(waiting(), 2, at(10))
    assert (called.status, called.booth, called.call_count, called.called_at) == ("called", 2, 1, at(10))
    sitting = queue.start_interview(called, at(11))
    assert (sitting.status, sitting.interview_at) == ("interview", at(11))
    done = queue.donate(sitting, at(25))
    assert (done.status, done.donated_at, done.booth) == ("donated", at(25), 2)
    assert (done.waiting_at, done.called_at, done.interview_at) == (T0, at(10), at(11))


def test_deferral_at_the_booth():
    done = queue.defer(queue.start_interview(queue.call(waiting(), 1, at(1)), at(2)), at(9))
    assert (done.status, done.deferred_at) == ("deferred", at(9))


def test_recall_counts_calls_up_to_three():
    state = queue.call(waiting(), 1, at(1))
    state = queue.recall(state, at(2))
    state = queue.recall(state, at(3))
    assert (state.call_count, state.called_at, state.status) == (3, at(3), "called")
    error = refused(queue.recall, state, at(4))
    assert error.code == "visit.call_limit" and error.detail == {"calls": 3}


def test_skip_puts_a_no_show_back_then_ends_the_visit_on_the_third_call():
    behind = at(5)
    state = queue.skip(queue.call(waiting(), 1, at(1)), at(2), behind)
    assert (state.status, state.booth, state.waiting_at, state.call_count) == ("waiting", None, behind, 1)
    state = queue.skip(queue.call(state, 3, at(6)), at(7), at(8))
    assert (state.status, state.call_count) == ("waiting", 2)
    state = queue.skip(queue.call(state, 1, at(9)), at(10), at(11))
    assert (state.status, state.left_at, state.booth, state.call_count) == ("left", at(10), None, 3)


def test_a_nurse_brings_back_a_donor_who_left():
    gone = queue.leave(waiting(), at(3))
    assert (gone.status, gone.left_at) == ("left", at(3))
    back = queue.bring_back(gone, at(20), at(1))
    assert (back.status, back.call_count, back.left_at, back.waiting_at) == ("waiting", 0, None, at(1))


def test_transfer_sends_the_donor_to_another_booth():
    called = queue.call(waiting(), 1, at(1))
    moved = queue.transfer(called, 4, at(2))
    assert (moved.status, moved.booth, moved.called_at, moved.call_count) == ("called", 4, at(2), 1)
    sitting = queue.start_interview(moved, at(3))
    to_doctor = queue.transfer(sitting, 2, at(8))
    assert (to_doctor.status, to_doctor.booth) == ("called", 2)
    again = queue.start_interview(to_doctor, at(9))
    assert again.interview_at == at(3)  # the service time counts from the first booth


def test_leaving_from_every_open_state():
    called = queue.call(waiting(), 1, at(1))
    for state in (waiting(), called, queue.start_interview(called, at(2))):
        assert queue.leave(state, at(5)).status == "left"


@pytest.mark.parametrize(
    ("step", "status", "code"),
    [
        (lambda s: queue.call(s, 1, at(1)), "called", "visit.not_waiting"),
        (lambda s: queue.call(s, 1, at(1)), "interview", "visit.not_waiting"),
        (lambda s: queue.call(s, 1, at(1)), "left", "visit.not_waiting"),
        (lambda s: queue.recall(s, at(1)), "waiting", "visit.not_called"),
        (lambda s: queue.recall(s, at(1)), "interview", "visit.not_called"),
        (lambda s: queue.skip(s, at(1), at(1)), "waiting", "visit.not_called"),
        (lambda s: queue.skip(s, at(1), at(1)), "interview", "visit.not_called"),
        (lambda s: queue.start_interview(s, at(1)), "waiting", "visit.not_called"),
        (lambda s: queue.start_interview(s, at(1)), "interview", "visit.not_called"),
        (lambda s: queue.transfer(s, 2, at(1)), "waiting", "visit.not_at_booth"),
        (lambda s: queue.transfer(s, 2, at(1)), "left", "visit.not_at_booth"),
        (lambda s: queue.leave(s, at(1)), "left", "visit.not_open"),
        (lambda s: queue.bring_back(s, at(1), at(1)), "waiting", "visit.not_left"),
        (lambda s: queue.bring_back(s, at(1), at(1)), "called", "visit.not_left"),
        (lambda s: queue.donate(s, at(1)), "waiting", "visit.not_in_interview"),
        (lambda s: queue.donate(s, at(1)), "called", "visit.not_in_interview"),
        (lambda s: queue.donate(s, at(1)), "left", "visit.not_in_interview"),
        (lambda s: queue.defer(s, at(1)), "called", "visit.not_in_interview"),
    ],
)
def test_steps_refused_from_the_wrong_state(step, status, code):
    state = VisitState(status=status, booth=1 if status in ("called", "interview") else None, call_count=1)
    error = refused(step, state)
    assert (error.code, error.detail) == (code, {"status": status})


@pytest.mark.parametrize("closed", ["donated", "deferred"])
@pytest.mark.parametrize(
    "step",
    [
        lambda s: queue.donate(s, at(1)),
        lambda s: queue.defer(s, at(1)),
        lambda s: queue.call(s, 1, at(1)),
        lambda s: queue.leave(s, at(1)),
        lambda s: queue.bring_back(s, at(1), at(1)),
    ],
)
def test_recording_twice_is_refused(closed, step):
    error = refused(step, VisitState(status=closed, booth=1, call_count=1))
    assert (error.code, error.detail) == ("visit.already_recorded", {"status": closed})


def test_booth_numbers():
    for bad in (0, -1, True, "2"):
        assert refused(queue.call, waiting(), bad, at(1)).code == "booth.invalid"
    called = queue.call(waiting(), 2, at(1))
    error = refused(queue.transfer, called, 2, at(2))
    assert (error.code, error.detail) == ("booth.same", {"booth": 2})


def test_a_skipped_donor_goes_behind_the_next_three():
    times = [at(m) for m in (1, 2, 3, 4, 5)]
    back = queue.requeue_time(times, at(30))
    assert times[2] < back < times[3]
    assert queue.requeue_time(times[:2], at(30)) == at(30)  # fewer than three: at the end
    assert queue.requeue_time([], at(30)) == at(30)
    front = queue.front_time(times, at(30))
    assert front < times[0]
    assert queue.front_time([], at(30)) == at(30)


def test_wait_estimate_from_recent_service_times():
    assert queue.service_minutes([]) == 8.0
    assert queue.service_minutes([6, 7, 40]) == 7  # one long interview does not swing it
    assert queue.estimate_wait(0, 4, [10]) == 0
    assert queue.estimate_wait(1, 4, [10]) == 3  # ceil(10 * 1 / 4)
    assert queue.estimate_wait(12, 4, [10]) == 30
    assert queue.estimate_wait(12, 2, [10]) == 60  # half the booths, twice the wait
    assert queue.estimate_wait(12, 0, [10]) == 120  # no booth open yet: count one
    assert queue.estimate_wait(5, 1, []) == 40  # no history: 8 minutes each


def test_one_wait_for_a_place_in_the_queue():
    first = queue.wait_for(0, 1, [])
    assert (first.ahead, first.minutes, first.is_next) == (0, 8, True)
    third = queue.wait_for(2, 2, [10])
    assert (third.ahead, third.minutes, third.is_next) == (2, 15, False)  # ceil(10 * 3 / 2)
    assert queue.wait_for(-1, 1, []) == first
    # The board shows the last ticket's wait: one waiting donor is that donor, who is next.
    assert queue.wait_for(queue.last_in_line(1), 1, []) == first
    assert queue.wait_for(queue.last_in_line(0), 1, []) == first
    assert queue.wait_for(queue.last_in_line(3), 2, [10]) == third


def test_a_deferred_donor_cannot_start_a_new_visit_before_the_date():
    error = refused(visits.refuse_if_deferred, DAY, date(2026, 3, 2), False)
    assert (error.code, error.detail) == ("donor.deferred", {"until": date(2026, 3, 2), "permanent": False})
    assert refused(visits.refuse_if_deferred, date(2026, 3, 1), date(2026, 3, 2), False).code == "donor.deferred"
    visits.refuse_if_deferred(date(2026, 3, 2), date(2026, 3, 2), False)  # the date itself: welcome
    assert refused(visits.refuse_if_deferred, DAY, None, True).detail == {"until": None, "permanent": True}
    assert refused(visits.refuse_if_deferred, DAY, None, False).code == "donor.deferred"  # until staff clear it


def test_deferral_dates_checked():
    assert visits.deferral_until(DAY, date(2026, 3, 2), False) == date(2026, 3, 2)
    assert visits.deferral_until(DAY, None, True) is None
    assert refused(visits.deferral_until, DAY, None, False).code == "deferral.date_required"
    assert refused(visits.deferral_until, DAY, DAY, False).code == "deferral.date_past"
    assert refused(visits.deferral_until, DAY, date(2026, 3, 2), True).code == "deferral.permanent_with_date"


def test_donation_kind_and_volume():
    assert visits.donation_volume("whole_blood", 450) == 450
    assert refused(visits.donation_volume, "whole_blood", 0).code == "donation.volume"
    assert refused(visits.donation_volume, "whole_blood", 901).code == "donation.volume"
    assert refused(visits.donation_volume, "whole_blood", 450.5).code == "donation.volume"
    assert refused(visits.donation_volume, "saliva", 450).code == "donation.kind"


def test_vitals_typing_slips_are_refused_before_any_threshold():
    visits.check_plausible(Vitals(weight_kg=62, haemoglobin_g_dl=13.4, systolic=120, diastolic=80))
    assert refused(visits.check_plausible, Vitals(haemoglobin_g_dl=134)).detail == {"vital": "haemoglobin"}
    assert refused(visits.check_plausible, Vitals(weight_kg=6.2)).detail == {"vital": "weight"}
    assert refused(visits.check_plausible, Vitals(systolic=80, diastolic=120)).detail == {"vital": "diastolic"}
    assert Vitals(weight_kg=62).missing() == ("haemoglobin", "systolic", "diastolic")
