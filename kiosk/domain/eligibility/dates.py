"""Calendar arithmetic for deferrals: whole days, calendar months, calendar years.

A deferral of "6 months" from 31 August ends on the last day of February, as a
person counting on a calendar would say; hence our own small functions rather
than a dependency. Results past year 9999 saturate at `date.max` so that no
answer, however odd, makes the engine raise: a deferral that long is still a
deferral.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date

_MAX_ORDINAL = date.max.toordinal()


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def add_months(day: date, months: int) -> date:
    """`day` plus `months` calendar months, clamped to the end of the month.

    31 August + 6 months = 28 February (29 in a leap year); negative `months`
    go back. Saturates at `date.min` / `date.max`.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    if year > 9999:
        return date.max
    if year < 1:
        return date.min
    month = month0 + 1
    last = monthrange(year, month)[1]
    return date(year, month, day.day if day.day <= last else last)


def add_days(day: date, days: int) -> date:
    """`day` plus `days`, saturating at `date.min` / `date.max`."""
    ordinal = day.toordinal() + days
    if ordinal > _MAX_ORDINAL:
        return date.max
    if ordinal < 1:
        return date.min
    return date.fromordinal(ordinal)


@dataclass(frozen=True, slots=True)
class Wait:
    """A length of time as a rule pack writes it: `{months = 6}`, `{days = 14}`.

    Months and years are calendar ones (applied first), then days.
    """

    days: int = 0
    months: int = 0
    years: int = 0

    def after(self, day: date) -> date:
        """The first day once this wait has passed since `day`."""
        months = self.months + 12 * self.years
        if months:
            day = add_months(day, months)
        if self.days:
            day = add_days(day, self.days)
        return day

    def before(self, day: date) -> date:
        """`day` minus this wait (the inverse of `after`, up to month-end clamping)."""
        if self.days:
            day = add_days(day, -self.days)
        months = self.months + 12 * self.years
        if months:
            day = add_months(day, -months)
        return day

    def earliest_event(self, today: date) -> date:
        """The earliest event date that still defers on `today`: the smallest E with
        `after(E) > today`. A month picker starts from this date's month."""
        candidate = add_days(self.before(today), 1)
        # Month-end clamping can map a few consecutive days onto the same end day.
        while candidate < date.max and self.after(candidate) <= today:
            candidate = add_days(candidate, 1)
        return candidate

    def describe(self) -> str:
        """`6 months`, `14 days`: for logs and the command line, not for donors."""
        parts = [
            f"{n} {unit}" for n, unit in ((self.years, "years"), (self.months, "months"), (self.days, "days")) if n
        ]
        return " ".join(parts) or "0 days"


def birthday(birth: date, years: int) -> date:
    """The day a person born on `birth` turns `years` old (29 February → 28 February)."""
    return add_months(birth, 12 * years)


def age_on(birth: date, today: date) -> int:
    """Age in whole years on `today`, consistent with `birthday` (so that a donor
    deferred until their 18th birthday is 18 on that day). Negative before birth."""
    month, day = birth.month, birth.day
    if month == 2 and day == 29 and not _is_leap(today.year):
        day = 28
    return today.year - birth.year - ((today.month, today.day) < (month, day))


def month_answer(year: int, month: int, today: date) -> date:
    """The date to record when a donor picks only a month: the last day of that
    month, or `today` for the current month. The latest plausible day gives the
    longest deferral, which is the safe side for the blood supply."""
    last = date(year, month, monthrange(year, month)[1])
    return min(last, today)
