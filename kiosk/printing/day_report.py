"""The end-of-day (or whole-campaign) report: an A4 PDF an organiser prints or sends.

First the figures a press release quotes, then the tables a transfusion centre
asks for and two charts per hour. Platypus paginates; every word is drawn by
`kiosk.printing.text` (Arabic shaped, each script in its font, values isolated),
the same way as the ticket, card and certificate, so an Arabic report reads right
to left with its columns mirrored.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer, Table
from reportlab.platypus import TableStyle as Style

from kiosk.domain.clock import to_local
from kiosk.domain.day_report import DayReport
from kiosk.i18n import language
from kiosk.printing import fonts, text
from kiosk.printing import report_labels as R
from kiosk.printing.arabic import has_rtl, isolate, visual
from kiosk.printing.compose import DateFormat
from kiosk.printing.data import CampaignText, Labels
from kiosk.printing.fonts import BOLD, REGULAR, Face
from kiosk.printing.labels import fill
from kiosk.printing.report_labels import translate
from kiosk.printing.report_tables import Section, key_figures, percent, sections

WIDTH, HEIGHT = A4
MARGIN = 16 * mm
CONTENT = WIDTH - 2 * MARGIN
INK = HexColor("#1A1A1A")
GREY = HexColor("#4A4A4A")
RULE = HexColor("#C8C8C8")
BAND = HexColor("#F3E6E6")
RED = HexColor("#A4161A")
BLUE = HexColor("#2F5D8A")
CHART_HEIGHT = 58 * mm


class Words(Flowable):  # type: ignore[misc]  # reportlab ships no types
    """A paragraph in logical order, wrapped to the width it is given, drawn by
    kiosk.printing.text (so Arabic is shaped and mixed scripts keep their fonts)."""

    def __init__(
        self, value: str, rtl: bool, *, face: Face = REGULAR, size: float = 9, color: Color = INK, align: str = "start"
    ):
        super().__init__()
        self.value, self.rtl, self.face, self.size, self.color = value, rtl, face, size, color
        self.align = {"start": "right" if rtl else "left", "end": "left" if rtl else "right"}.get(align, align)
        self.lines: list[text.Line] = []
        self.width = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.lines = text.fit(
            self.value, self.face, self.size, available_width, self.rtl, max_lines=6, min_size=self.size
        )
        return available_width, self._height()

    def _height(self) -> float:
        if not self.lines:
            return 0.0
        body = sum(max(a.leading, b.leading) for a, b in zip(self.lines, self.lines[1:], strict=False))
        return self.lines[0].ascent + body + self.lines[-1].descent

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(self.color)
        x = {"left": 0.0, "right": self.width, "center": self.width / 2}[self.align]
        y = self._height()
        for i, ln in enumerate(self.lines):
            y -= ln.ascent if i == 0 else max(self.lines[i - 1].leading, ln.leading)
            text.draw(canvas, ln, x, y, self.align)


@dataclass(frozen=True)
class ReportData:
    """What the report prints besides its figures: whose it is, when, in what words."""

    report: DayReport
    campaign: CampaignText
    made_at: datetime
    campaign_report: bool = False


def _ordered(cells: Sequence[object], rtl: bool) -> list[object]:
    return list(reversed(cells)) if rtl else list(cells)


def _cell(value: str, rtl: bool) -> str:
    """A value (`O+`, `18-24`, `08:00`) keeps its own order inside an Arabic table."""
    return isolate(value) if rtl and value and not has_rtl(value) else value


def _table(section: Section, rtl: bool, tr: Labels) -> list[Flowable]:
    """A titled table: the first column names the row; numbers line up at the end."""
    title = Words(section.title, rtl, face=BOLD, size=11, color=RED)
    if not section.rows:
        return [KeepTogether([title, Spacer(0, 1.5 * mm), Words(translate(tr, R.NOTHING), rtl, color=GREY)])]
    count = len(section.header)
    first = CONTENT * (0.46 if count > 2 else 0.7)
    widths = [first] + [(CONTENT - first) / (count - 1)] * (count - 1)
    header = [
        Words(h, rtl, face=BOLD, size=8.5, color=GREY, align="start" if i == 0 else "end")
        for i, h in enumerate(section.header)
    ]
    body = [
        [Words(_cell(cell, rtl), rtl, size=9, align="start" if i == 0 else "end") for i, cell in enumerate(row)]
        for row in section.rows
    ]
    rows = [_ordered(header, rtl)] + [_ordered(r, rtl) for r in body]
    table = Table(rows, colWidths=_ordered(widths, rtl), repeatRows=1, hAlign="CENTER")
    table.setStyle(
        Style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREY),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ]
        )
    )
    return [KeepTogether([title, Spacer(0, 1.5 * mm), table]), Spacer(0, 6 * mm)]


def _tiles(report: DayReport, rtl: bool, tr: Labels) -> Table:
    """The four numbers a press release quotes, large."""
    t = partial(translate, tr)
    share = percent(report.share, isolate if rtl else str)
    tiles = [
        (str(report.registered), t(R.REGISTERED)),
        (str(report.donations), t(R.DONATIONS)),
        (f"{report.target}" + (f" · {share}" if share else ""), t(R.TARGET) + (" · " + t(R.SHARE) if share else "")),
        (str(report.donations_first_time), t(R.FIRST_TIME)),
    ]
    cells = [
        [
            Words(number, rtl, face=BOLD, size=22, color=RED, align="center"),
            Spacer(0, 1 * mm),
            Words(caption, rtl, size=8.5, color=GREY, align="center"),
        ]
        for number, caption in tiles
    ]
    table = Table([_ordered(cells, rtl)], colWidths=[CONTENT / 4] * 4)
    table.setStyle(
        Style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("LINEAFTER", (0, 0), (-2, -1), 2, white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table


def _label_font(value: str) -> tuple[str, str]:
    """(what to draw, font) for a chart label: Arabic shaped in visual order in Amiri."""
    if has_rtl(value):
        return visual(value, True), fonts.ARABIC
    return value, fonts.LATIN


def nice_step(raw: float) -> float:
    """1, 2, 5, 10, 20, 50… : the smallest round step at least `raw`."""
    magnitude = 10.0 ** math.floor(math.log10(max(raw, 1.0)))
    return next(float(m * magnitude) for m in (1, 2, 5, 10) if m * magnitude >= raw)


def _legend(drawing: Drawing, entries: Sequence[tuple[str, Color]], rtl: bool, width: float, y: float) -> None:
    """Swatch then name, from the reading side: right to left in Arabic."""
    x = width - 10 if rtl else 24.0
    for name, color in entries:
        shown, font = _label_font(name)
        label_width = stringWidth(shown, font, 8)
        if rtl:
            drawing.add(Rect(x - 8, y, 8, 8, fillColor=color, strokeColor=None))
            drawing.add(String(x - 12, y + 1, shown, fontName=font, fontSize=8, textAnchor="end"))
            x -= 8 + 4 + label_width + 16
        else:
            drawing.add(Rect(x, y, 8, 8, fillColor=color, strokeColor=None))
            drawing.add(String(x + 12, y + 1, shown, fontName=font, fontSize=8))
            x += 8 + 4 + label_width + 16


def chart(
    title: str,
    hours: Sequence[str],
    series: Sequence[tuple[str, Sequence[float], Color]],
    rtl: bool,
    width: float = CONTENT,
    height: float = CHART_HEIGHT,
) -> Drawing:
    """Bars per hour for each series, with a legend; hours run left to right in both languages."""
    drawing = Drawing(width, height)
    shown, font = _label_font(title)
    drawing.add(
        String(
            width if rtl else 0, height - 11, shown, fontName=font, fontSize=10, textAnchor="end" if rtl else "start"
        )
    )
    bars = VerticalBarChart()
    bars.x, bars.y = 24, 26
    bars.width, bars.height = width - 34, height - 58
    bars.data = [list(values) or [0] for _name, values, _color in series]
    bars.categoryAxis.categoryNames = list(hours) or [""]
    bars.categoryAxis.labels.fontName = fonts.LATIN
    bars.categoryAxis.labels.fontSize = 7
    bars.valueAxis.labels.fontName = fonts.LATIN
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.valueMin = 0
    top = max((max(values) for _n, values, _c in series if values), default=0)
    bars.valueAxis.valueStep = nice_step(max(4.0, top * 1.1) / 4)
    bars.valueAxis.valueMax = bars.valueAxis.valueStep * 4 if top <= bars.valueAxis.valueStep * 4 else top
    bars.groupSpacing = 4
    for i, (_name, _values, color) in enumerate(series):
        bars.bars[i].fillColor = color
        bars.bars[i].strokeColor = None
    drawing.add(bars)
    _legend(drawing, [(name, color) for name, _values, color in series], rtl, width, height - 24)
    return drawing


def _charts(report: DayReport, rtl: bool, tr: Labels) -> list[Flowable]:
    if not report.hours:
        return []
    t = partial(translate, tr)
    hours = [f"{h.hour:02d}" for h in report.hours]
    flow = chart(
        t(R.PER_HOUR),
        hours,
        [
            (t(R.ARRIVALS), [h.arrivals for h in report.hours], BLUE),
            (t(R.DONATIONS), [h.donations for h in report.hours], RED),
        ],
        rtl,
    )
    waits = chart(
        t(R.WAITS),
        hours,
        [(t(R.WAIT), [round(h.median_wait or 0) for h in report.hours], GREY)],
        rtl,
    )
    return [flow, Spacer(0, 4 * mm), waits, Spacer(0, 6 * mm)]


def _heading(data: ReportData, lang: str, tr: Labels, dates: DateFormat) -> list[Flowable]:
    rtl = language(lang).rtl
    report, campaign = data.report, data.campaign
    title = translate(tr, R.CAMPAIGN_TITLE if data.campaign_report else R.DAY_TITLE)
    if report.first_day == report.last_day:
        period = dates.long_date(report.first_day, lang)
    else:
        period = fill(
            translate(tr, R.PERIOD), dates.long_date(report.first_day, lang), dates.long_date(report.last_day, lang)
        )
    place = f"{campaign.venue.of(lang)}{'، ' if rtl else ', '}{campaign.city.of(lang)}"
    parts: list[Flowable] = [
        Words(title, rtl, face=BOLD, size=10, color=RED),
        Spacer(0, 1.5 * mm),
        Words(campaign.name.of(lang), rtl, face=BOLD, size=17),
        Spacer(0, 1 * mm),
        Words(f"{place} · {period}", rtl, size=10, color=GREY),
    ]
    if campaign.organisers:
        parts += [
            Spacer(0, 1 * mm),
            Words((" · ").join(o.of(lang) for o in campaign.organisers), rtl, size=8.5, color=GREY),
        ]
    return [*parts, Spacer(0, 5 * mm)]


def render_report(data: ReportData, lang: str, tr: Labels, dates: DateFormat) -> bytes:
    """The report as PDF bytes, in `lang` (labels from `tr`, dates from `dates`)."""
    fonts.ensure_registered()
    rtl = language(lang).rtl
    report = data.report
    tables = sections(report, lang, tr, dates, isolate if rtl else str)
    story: list[Flowable] = [*_heading(data, lang, tr, dates), _tiles(report, rtl, tr), Spacer(0, 6 * mm)]
    figures, *rest = tables
    story += _table(Section(figures.key, figures.title, figures.header, figures.rows[4:]), rtl, tr)
    story += _charts(report, rtl, tr)
    for section in rest:
        story += _table(section, rtl, tr)
    story.append(Words(translate(tr, R.PRIVACY), rtl, size=8, color=GREY))

    footer = fill(
        translate(tr, R.GENERATED),
        dates.long_date(to_local(data.made_at).date(), lang),
        dates.time_of_day(data.made_at, lang),
    )

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(GREY)
        page_no = fill(translate(tr, R.PAGE), str(doc.page))
        left, right = (page_no, footer) if rtl else (footer, page_no)
        text.draw(canvas, text.line(left, REGULAR, 7.5, rtl), MARGIN, 9 * mm, "left")
        text.draw(canvas, text.line(right, REGULAR, 7.5, rtl), WIDTH - MARGIN, 9 * mm, "right")
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=translate(tr, R.CAMPAIGN_TITLE if data.campaign_report else R.DAY_TITLE),
        author="Qatra",
        creator="Qatra kiosk",
        lang=lang,
        initialFontName=fonts.LATIN,
    )
    frame = Frame(MARGIN, MARGIN + 4 * mm, CONTENT, HEIGHT - 2 * MARGIN - 4 * mm, id="body", showBoundary=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=page)])
    doc.build(story)
    return buffer.getvalue()


__all__ = ["ReportData", "Words", "chart", "key_figures", "render_report"]
