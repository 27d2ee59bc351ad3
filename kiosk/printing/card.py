"""The donor card: ID-1 size (85.6 × 54 mm), both names, blood group, a QR with an opaque token.

The QR holds the card token and nothing else (law 09-08): a lost card tells a
finder nothing, and the kiosk resolves the token to the donor. Text stays 3.5 mm
inside the edges, the safe area of card printers and of cutting by hand.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.colors import HexColor, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from kiosk.i18n import language, other_language
from kiosk.printing import fonts, text
from kiosk.printing import labels as L
from kiosk.printing.arabic import isolate
from kiosk.printing.data import CardData, Catalog
from kiosk.printing.fonts import BOLD
from kiosk.printing.layout import Column
from kiosk.printing.pdf import finish, new_canvas
from kiosk.printing.qr import draw_qr
from kiosk.printing.ticket import bilingual

WIDTH, HEIGHT = 85.6 * mm, 54 * mm
SAFE = 3.5 * mm
BAND = 13 * mm
QR_SIDE = 24 * mm
GAP = 3 * mm

RED = HexColor("#A4161A")
GREY = HexColor("#5A5A5A")
INK = HexColor("#1A1A1A")

BadgeDraw = Callable[[Canvas, float, float], None]  # (canvas, x, top)
Badge = tuple[float, float, BadgeDraw]  # (width, height, draw)


def drop_path(canvas: Canvas, cx: float, top: float, height: float) -> PDFPathObject:
    """A blood drop: a point at `top`, a round belly below (for the band and the certificate)."""
    r = height * 0.36
    cy = top - height + r
    path = canvas.beginPath()
    path.moveTo(cx, top)
    path.curveTo(cx + r * 0.35, top - height * 0.30, cx + r, cy + r * 0.55, cx + r, cy)
    path.curveTo(cx + r, cy - r * 0.55, cx + r * 0.55, cy - r, cx, cy - r)
    path.curveTo(cx - r * 0.55, cy - r, cx - r, cy - r * 0.55, cx - r, cy)
    path.curveTo(cx - r, cy + r * 0.55, cx - r * 0.35, top - height * 0.30, cx, top)
    path.close()
    return path


def _badge(value: str, rtl: bool, size: float = 13) -> Badge:
    """The blood group in white on a red rounded box: (width, height, draw(canvas, x, top))."""
    ln = text.line(isolate(value), BOLD, size, rtl)
    pad_x, pad_y = 2.2 * mm, 0.9 * mm
    glyphs = fonts.LATIN_DIGIT_HEIGHT * size  # capitals and "+" stand as tall as digits
    width, height = ln.width + 2 * pad_x, glyphs + 2 * pad_y

    def draw(canvas: Canvas, x: float, top: float) -> None:
        canvas.setFillColor(RED)
        canvas.roundRect(x, top - height, width, height, 1.2 * mm, stroke=0, fill=1)
        canvas.setFillColor(white)
        text.draw(canvas, ln, x + width / 2, top - pad_y - glyphs, "center")

    return width, height, draw


def render_card(data: CardData, lang: str, catalog: Catalog) -> bytes:
    """The card as a one-page PDF of exactly 85.6 × 54 mm."""
    tr, tr_other = catalog(lang), catalog(other_language(lang))
    rtl = language(lang).rtl
    REGULAR, BOLD = fonts.faces(lang)  # noqa: N806 (the module-wide names, for this language)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, WIDTH, HEIGHT, f"{L.translate(tr, L.CARD_TITLE)} {data.donor_number}", lang)

    # Band: bilingual title and organiser on the start side, a drop on the end side.
    canvas.setFillColor(RED)
    canvas.rect(0, HEIGHT - BAND, WIDTH, BAND, stroke=0, fill=1)
    drop_w = 7 * mm
    drop_x = SAFE + drop_w / 2 if rtl else WIDTH - SAFE - drop_w / 2
    canvas.setFillColor(white)
    canvas.drawPath(drop_path(canvas, drop_x, HEIGHT - 2.6 * mm, 8 * mm), stroke=0, fill=1)
    band = Column(rtl)
    band_width = WIDTH - 2 * SAFE - drop_w - GAP
    title = bilingual(L.translate(tr, L.CARD_TITLE), L.translate(tr_other, L.CARD_TITLE))
    band.paragraph(title, BOLD, 10, band_width, max_lines=1, min_size=7, color=white)
    band.paragraph(data.organiser.of(lang), REGULAR, 7.5, band_width, max_lines=1, min_size=5.5, color=white)
    band_left = WIDTH - SAFE - band_width if rtl else SAFE
    band.draw(canvas, band_left, band_left + band_width, HEIGHT - (BAND - band.height) / 2)

    # End side: the QR (its quiet zone may enter the margin) and how to use the card.
    body_top = HEIGHT - BAND - 2 * mm
    qr_left = SAFE - 1 * mm if rtl else WIDTH - SAFE - QR_SIDE + 1 * mm
    draw_qr(canvas, data.token, qr_left, body_top - QR_SIDE + 1 * mm, QR_SIDE)
    hint_width = QR_SIDE - 2 * mm
    hint = Column(rtl)
    # 6.5 pt at least, in ink: read at arm's length by a donor who left their glasses at home.
    hint.paragraph(
        L.translate(tr, L.CARD_HINT), REGULAR, 7, hint_width, align="center", max_lines=4, min_size=6.5, color=INK
    )
    hint_left = qr_left + 1 * mm
    hint.draw(canvas, hint_left, hint_left + hint_width, body_top - QR_SIDE + 0.5 * mm)

    # Start side: number and names, then blood group and first donation side by side.
    col_width = WIDTH - 2 * SAFE - QR_SIDE - GAP + 1 * mm
    col_left = WIDTH - SAFE - col_width if rtl else SAFE
    col = Column(rtl)
    col.paragraph(L.translate(tr, L.DONOR_NUMBER), REGULAR, 6.5, col_width, color=GREY)
    col.paragraph(isolate(data.donor_number), BOLD, 11, col_width, min_size=7, color=INK)
    col.space(1 * mm)
    names = [data.name_latin] + ([data.name_arabic] if data.name_arabic else [])
    if rtl:
        names.reverse()
    for name in names:
        col.paragraph(name, BOLD, 9.5, col_width, max_lines=1, min_size=6, color=INK)
    col.draw(canvas, col_left, col_left + col_width, body_top)

    row_top = SAFE + 10 * mm
    cell_width = (col_width - GAP) / 2
    cells: list[tuple[str, Badge | list[text.Line]]] = []
    if data.blood_group:
        cells.append((L.BLOOD_GROUP, _badge(data.blood_group, rtl)))
    if data.first_donation_text:
        value = text.fit(data.first_donation_text, BOLD, 9, cell_width, rtl, min_size=6)
        cells.append((L.FIRST_DONATION, value))
    for i, (label, content) in enumerate(cells):
        left = col_left + col_width - (i + 1) * cell_width - i * GAP if rtl else col_left + i * (cell_width + GAP)
        cell = Column(rtl)
        cell.paragraph(L.translate(tr, label), REGULAR, 6.5, cell_width, min_size=5, color=GREY)
        cell.space(0.8 * mm)
        if isinstance(content, tuple):
            badge_width, badge_height, draw_badge = content
            x = left + cell_width - badge_width if rtl else left

            def place(
                canvas: Canvas, _left: float, _right: float, top: float, x: float = x, draw: BadgeDraw = draw_badge
            ) -> None:
                draw(canvas, x, top)

            cell.block(badge_height, place)
        else:
            cell.lines(content, color=INK)
        cell.draw(canvas, left, left + cell_width, row_top)
    return finish(canvas, buffer)
