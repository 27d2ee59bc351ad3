"""The queue ticket: 80 mm thermal roll (72 mm printable), as long as its content.

Black only (thermal), the number as large as the roll allows, the visit QR the
nurse station scans, everything in the donor's language under a bilingual title.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kiosk.i18n import language, other_language
from kiosk.printing import fonts, text
from kiosk.printing import labels as L
from kiosk.printing.arabic import isolate
from kiosk.printing.data import Catalog, TicketData
from kiosk.printing.layout import Column
from kiosk.printing.pdf import finish, new_canvas
from kiosk.printing.qr import draw_qr

PAPER_WIDTH = 80 * mm
PRINTABLE_WIDTH = 72 * mm
MARGIN_X = (PAPER_WIDTH - PRINTABLE_WIDTH) / 2
MARGIN_Y = 5 * mm
QR_SIDE = 34 * mm
NUMBER_SIZE = 80  # points: 3 digits are 49 mm wide and 20 mm tall


def _other(lang: str) -> str:
    return other_language(lang)


def bilingual(first: str, second: str) -> str:
    """`first — second`, the second language isolated so its punctuation stays put."""
    return f"{first} — {isolate(second)}"


def quoted(value: str, lang: str) -> str:
    """Guillemets as each language sets them: «قطرة دم» and « Une goutte » (no-break spaces)."""
    return f"«{value}»" if language(lang).script == "Arab" else f"«\u00a0{value}\u00a0»"


def _dashed_rule(column: Column, gap: float) -> None:
    def draw(canvas: Canvas, left: float, right: float, top: float) -> None:
        canvas.saveState()
        canvas.setLineWidth(0.6)
        canvas.setDash(2, 2)
        y = top - gap
        canvas.line(left, y, right, y)
        canvas.restoreState()

    column.block(2 * gap, draw)


def _layout(data: TicketData, lang: str, catalog: Catalog) -> Column:
    tr, tr_other = catalog(lang), catalog(_other(lang))
    rtl = language(lang).rtl
    REGULAR, BOLD = fonts.faces(lang)  # noqa: N806 (the module-wide names, for this language)
    width = PRINTABLE_WIDTH
    col = Column(rtl)
    campaign = data.campaign

    title = bilingual(L.translate(tr, L.TICKET_TITLE), L.translate(tr_other, L.TICKET_TITLE))
    col.paragraph(title, BOLD, 11, width, align="center", max_lines=2, min_size=9)
    col.space(2.5 * mm)
    col.paragraph(campaign.name.of(lang), BOLD, 13, width, align="center", max_lines=2, min_size=10)
    if campaign.slogan:
        col.space(1 * mm)
        col.paragraph(
            quoted(campaign.slogan.of(lang), lang), REGULAR, 10, width, align="center", max_lines=2, min_size=8
        )
    col.space(1 * mm)
    comma = "، " if language(lang).script == "Arab" else ", "
    col.paragraph(
        f"{campaign.venue.of(lang)}{comma}{campaign.city.of(lang)}",
        REGULAR,
        9,
        width,
        align="center",
        max_lines=2,
        min_size=7,
    )
    _dashed_rule(col, 2.5 * mm)

    heading = bilingual(L.translate(tr, L.YOUR_NUMBER), L.translate(tr_other, L.YOUR_NUMBER))
    col.paragraph(heading, REGULAR, 10, width, align="center", max_lines=1, min_size=8)
    col.space(2 * mm)
    number = text.line(data.number_text, fonts.BOLD, NUMBER_SIZE, rtl=False)  # Noto Sans digits, as measured
    # Digits have no descender: the block ends at the baseline.
    digits = fonts.LATIN_DIGIT_HEIGHT * NUMBER_SIZE

    def draw_number(canvas: Canvas, left: float, right: float, top: float) -> None:
        text.draw(canvas, number, (left + right) / 2, top - digits, "center")

    col.block(digits, draw_number)
    if data.donor_name:  # whose ticket it is, for the nurse who calls it
        col.space(3 * mm)
        col.paragraph(data.donor_name, BOLD, 11, width, align="center", max_lines=2, min_size=9)
    col.space(4 * mm)
    if data.people_ahead:
        ahead = L.fill(L.translate(tr, L.PEOPLE_AHEAD), isolate(data.people_ahead))
    else:
        ahead = L.translate(tr, L.NOBODY_AHEAD)
    col.paragraph(ahead, BOLD, 11, width, align="center", max_lines=2, min_size=9)
    col.space(1 * mm)
    col.paragraph(
        f"{isolate(data.date_text)}  ·  {isolate(data.time_text)}",
        REGULAR,
        10,
        width,
        align="center",
        max_lines=1,
        min_size=8,
    )
    col.space(1 * mm)  # the code's own quiet zone adds 4 modules

    def draw_code(canvas: Canvas, left: float, right: float, top: float) -> None:
        draw_qr(canvas, data.visit_qr, (left + right - QR_SIDE) / 2, top - QR_SIDE, QR_SIDE)

    col.block(QR_SIDE, draw_code)
    col.paragraph(L.translate(tr, L.SCAN_HINT), REGULAR, 8.5, width, align="center", max_lines=2, min_size=7)
    _dashed_rule(col, 2.5 * mm)
    col.paragraph(L.translate(tr, L.TICKET_THANKS), BOLD, 10, width, align="center", max_lines=2, min_size=8)
    col.space(1 * mm)
    col.items(
        [isolate(o.of(lang)) for o in campaign.organisers], " · ", REGULAR, 8, width, align="center", min_size=6.5
    )
    return col


def render_ticket(data: TicketData, lang: str, catalog: Catalog) -> bytes:
    """The ticket as a one-page PDF, 80 mm wide and as long as its content."""
    column = _layout(data, lang, catalog)
    height = column.height + 2 * MARGIN_Y
    buffer = io.BytesIO()
    tr = catalog(lang)
    canvas = new_canvas(buffer, PAPER_WIDTH, height, f"{L.translate(tr, L.TICKET_TITLE)} {data.number_text}", lang)
    column.draw(canvas, MARGIN_X, PAPER_WIDTH - MARGIN_X, height - MARGIN_Y)
    return finish(canvas, buffer)
