"""The report's tables as words, in one language: what the PDF lays out and the CSV
files hold, built once so both say the same thing.

Small counts in tables of people are already published as "< 5" here
(`kiosk.domain.day_report.published`): no renderer can forget it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from kiosk.domain.day_report import DayReport, Table
from kiosk.printing import report_labels as R
from kiosk.printing.compose import DateFormat
from kiosk.printing.data import Labels
from kiosk.printing.labels import fill
from kiosk.printing.report_labels import translate

# How a value is set inside words: as it is (CSV), or bidi-isolated (an Arabic PDF line).
Wrap = Callable[[object], str]


@dataclass(frozen=True)
class Section:
    key: str  # the CSV file's key (report_labels.CSV_FILES)
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def plain(value: object) -> str:
    return str(value)


def minutes(value: float | None, tr: Labels, wrap: Wrap = plain) -> str:
    if value is None:
        return translate(tr, R.NOT_AVAILABLE)
    return fill(translate(tr, R.MINUTES), wrap(round(value)))


def percent(share: float | None, wrap: Wrap = plain) -> str:
    """A share as "79 %"; the PDF isolates it so an Arabic line keeps the sign after the number."""
    return "" if share is None else wrap(f"{round(share * 100)} %")


def key_figures(report: DayReport, tr: Labels, wrap: Wrap = plain) -> Section:
    t = partial(translate, tr)
    rows = [
        (t(R.REGISTERED), str(report.registered)),
        (t(R.DONATIONS), str(report.donations)),
        (t(R.TARGET), str(report.target)),
        (t(R.SHARE), percent(report.share, wrap)),
        (t(R.FIRST_TIME), str(report.donations_first_time)),
        (t(R.REGISTERED_FIRST_TIME), str(report.registered_first_time)),
        (t(R.REGISTERED_RETURNING), str(report.registered - report.registered_first_time)),
        (t(R.DEFERRED), str(report.deferred)),
        (t(R.LEFT), str(report.left_without_donating)),
        (t(R.STILL_WAITING), str(report.still_in_queue)),
        (t(R.WAIT_MEDIAN), minutes(report.wait_median, tr, wrap)),
        (t(R.WAIT_P90), minutes(report.wait_p90, tr, wrap)),
    ]
    return Section("figures", t(R.KEY_FIGURES), ("", ""), tuple(rows))


def _table(key: str, title: str, first: str, table: Table, names: dict[str, str], columns: tuple[str, ...]) -> Section:
    rows = tuple((names.get(label, label), *(table.shown(count) for count in counts)) for label, counts in table.rows)
    return Section(key, title, (first, *columns), rows)


def sections(report: DayReport, lang: str, tr: Labels, dates: DateFormat, wrap: Wrap = plain) -> list[Section]:
    """Every table of the report, in the order the PDF prints them."""
    t = partial(translate, tr)
    women, men = t(R.WOMEN), t(R.MEN)
    groups = {"": t(R.UNKNOWN_GROUP)}
    bands = {"other": t(R.AGE_OTHER)}
    out = [
        key_figures(report, tr, wrap),
        _table("by_group", t(R.BY_GROUP), t(R.GROUP), report.by_group, groups, (t(R.CONFIRMED), t(R.DECLARED))),
        _table("by_sex_age", t(R.BY_SEX_AGE), t(R.AGE), report.by_sex_age, bands, (women, men)),
        _table(
            "prescreen",
            t(R.PRESCREEN),
            t(R.OUTCOME),
            report.prescreen,
            {k: t(v) for k, v in R.OUTCOMES.items()},
            (t(R.COUNT),),
        ),
        _table(
            "deferrals",
            t(R.DEFERRALS),
            t(R.REASON),
            report.deferrals,
            {k: t(v) for k, v in R.FAMILIES.items()},
            (women, men),
        ),
        _table(
            "reactions",
            t(R.REACTIONS),
            t(R.REACTION),
            report.reactions,
            {k: t(v) for k, v in R.REACTION_KINDS.items()},
            (t(R.COUNT),),
        ),
        Section(
            "hours",
            t(R.PER_HOUR),
            (t(R.HOUR), t(R.ARRIVALS), t(R.DONATIONS), t(R.WAIT)),
            tuple(
                (
                    f"{h.hour:02d}:00",
                    str(h.arrivals),
                    str(h.donations),
                    "" if h.median_wait is None else str(round(h.median_wait)),
                )
                for h in report.hours
            ),
        ),
        Section(
            "booths",
            t(R.BOOTHS),
            (t(R.BOOTH), t(R.SEEN), t(R.DONATIONS), t(R.DEFERRED)),
            tuple((str(b.booth), str(b.seen), str(b.donations), str(b.deferrals)) for b in report.booths),
        ),
    ]
    if report.first_day != report.last_day:
        out.append(
            Section(
                "days",
                t(R.DAYS),
                (t(R.DAY), t(R.REGISTERED), t(R.DONATIONS)),
                tuple((dates.long_date(day, lang), str(n), str(d)) for day, n, d in report.days),
            )
        )
    return out
