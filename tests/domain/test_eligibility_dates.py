"""Calendar arithmetic as a person counts on a calendar: months clamp to the month's end."""

from datetime import date

import pytest

from kiosk.domain.eligibility.dates import Wait, add_days, add_months, age_on, birthday, month_answer


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 8, 31), 6, date(2026, 2, 28)),  # the product owner's example
        (date(2023, 8, 31), 6, date(2024, 2, 29)),  # leap year
        (date(2025, 10, 10), 6, date(2026, 4, 10)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
        (date(2025, 12, 31), 3, date(2026, 3, 31)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
        (date(2020, 2, 29), 60, date(2025, 2, 28)),  # 5 years after a 29 February
        (date(2020, 2, 29), 48, date(2024, 2, 29)),
        (date(2025, 5, 5), 0, date(2025, 5, 5)),
    ],
)
def test_calendar_months(start, months, expected):
    assert add_months(start, months) == expected


def test_far_dates_saturate_instead_of_raising():
    assert add_months(date(9999, 6, 1), 12) == date.max
    assert add_months(date(1, 3, 1), -12) == date.min
    assert add_days(date(9999, 12, 30), 14) == date.max
    assert Wait(years=5).after(date(9996, 1, 1)) == date.max


@pytest.mark.parametrize(
    ("birth", "today", "age"),
    [
        (date(2008, 3, 15), date(2026, 3, 14), 17),
        (date(2008, 3, 15), date(2026, 3, 15), 18),
        (date(2008, 2, 29), date(2026, 2, 27), 17),
        (date(2008, 2, 29), date(2026, 2, 28), 18),  # non-leap year: the birthday is 28 February
        (date(2008, 2, 29), date(2028, 2, 28), 19),
        (date(2008, 2, 29), date(2028, 2, 29), 20),
        (date(1965, 12, 31), date(2025, 12, 30), 59),
        (date(1965, 12, 31), date(2025, 12, 31), 60),
        (date(2030, 1, 1), date(2026, 1, 1), -4),
    ],
)
def test_age_in_whole_years(birth, today, age):
    assert age_on(birth, today) == age


def test_age_and_birthday_agree_on_every_day_of_a_leap_cycle():
    birth = date(2004, 2, 29)
    for n in range(1, 9):
        day = birthday(birth, n)
        assert age_on(birth, day) == n
        assert age_on(birth, add_days(day, -1)) == n - 1


def test_wait_after_combines_units():
    assert Wait(days=14).after(date(2026, 2, 20)) == date(2026, 3, 6)
    assert Wait(years=1, months=1, days=1).after(date(2025, 1, 31)) == date(2026, 3, 1)


@pytest.mark.parametrize(
    ("wait", "today", "earliest"),
    [
        (Wait(months=6), date(2026, 4, 10), date(2025, 10, 11)),
        # Events on 29, 30 and 31 August all end on 28 February: none defers then.
        (Wait(months=6), date(2026, 2, 28), date(2025, 9, 1)),
        (Wait(days=21), date(2026, 3, 1), date(2026, 2, 9)),
        (Wait(years=5), date(2026, 3, 15), date(2021, 3, 16)),
    ],
)
def test_earliest_event_that_still_defers(wait, today, earliest):
    assert wait.earliest_event(today) == earliest
    assert wait.after(earliest) > today
    assert wait.after(add_days(earliest, -1)) <= today


def test_month_answer_takes_the_last_day_of_the_month_but_never_the_future():
    assert month_answer(2025, 10, date(2026, 3, 2)) == date(2025, 10, 31)
    assert month_answer(2024, 2, date(2026, 3, 2)) == date(2024, 2, 29)
    assert month_answer(2026, 3, date(2026, 3, 2)) == date(2026, 3, 2)
