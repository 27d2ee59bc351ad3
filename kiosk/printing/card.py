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
from kiosk.printing.data import CardData, Catalog, Labels
from kiosk.printing.fonts import BOLD, Face
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


def _issued_by(data: CardData, lang: str) -> str:
    """Who issues the card and where: `Centre régional de transfusion sanguine de Meknès · Khénifra`."""
    who = (data.issuer or data.organiser).of(lang)
    return f"{who} · {data.place.of(lang)}" if data.place else who


def _side_by_side(col: Column, cells: list[tuple[Column, float]], gap: float, bottom: bool = False) -> None:
    """Cells of (column, width) from the start side, as one block of `col`; their tops
    line up, or their bottoms when `bottom`."""
    rtl = col.rtl
    height = max((cell.height for cell, _ in cells), default=0.0)

    def draw(canvas: Canvas, left: float, right: float, top: float) -> None:
        x = right if rtl else left
        for cell, width in cells:
            cell_left = x - width if rtl else x
            cell_top = top - (height - cell.height) if bottom else top
            cell.draw(canvas, cell_left, cell_left + width, cell_top)
            x = cell_left - gap if rtl else cell_left + width + gap

    col.block(height, draw)


def _labelled(label: str, regular: Face, width: float, rtl: bool) -> Column:
    cell = Column(rtl)
    cell.paragraph(label, regular, 6.5, width, max_lines=2, min_size=6, color=GREY)
    cell.space(0.6 * mm)
    return cell


def _body(tr: Labels, data: CardData, rtl: bool, width: float, scale: float, faces: tuple[Face, Face]) -> Column:
    """Donor number and blood group side by side, both names, then the first and the
    next donation side by side; names and number at `scale` of their usual size."""
    regular, bold = faces
    col = Column(rtl)
    badge = _badge(data.blood_group, rtl) if data.blood_group else None
    top: list[tuple[Column, float]] = []
    badge_cell = 0.0
    if badge is not None:
        label_width = text.line(L.translate(tr, L.BLOOD_GROUP), regular, 6.5, rtl).width
        badge_cell = min(max(badge[0], label_width), 18 * mm)
    number_width = width - (badge_cell + GAP if badge is not None else 0.0)
    number = _labelled(L.translate(tr, L.DONOR_NUMBER), regular, number_width, rtl)
    number.paragraph(isolate(data.donor_number), bold, 11 * scale, number_width, min_size=7, color=INK)
    top.append((number, number_width))
    if badge is not None:
        group = _labelled(L.translate(tr, L.BLOOD_GROUP), regular, badge_cell, rtl)
        badge_width, badge_height, draw_badge = badge

        def place(canvas: Canvas, left: float, right: float, top: float) -> None:
            draw_badge(canvas, right - badge_width if rtl else left, top)

        group.block(badge_height, place)
        top.append((group, badge_cell))
    _side_by_side(col, top, GAP)
    col.space(1 * mm * scale)
    names = [data.name_latin] + ([data.name_arabic] if data.name_arabic else [])
    if rtl:
        names.reverse()
    for name in names:
        col.paragraph(name, bold, 9.5 * scale, width, max_lines=1, min_size=6, color=INK)
    dates = [(L.FIRST_DONATION, data.first_donation_text), (L.NEXT_DONATION, data.next_donation_text)]
    known = [(label, value) for label, value in dates if value]
    if known:
        col.space(1.5 * mm * scale)
        cell_width = (width - GAP * (len(known) - 1)) / len(known)
        # One size for both dates: the one the longer date fits at.
        size = 9 * scale
        for _, value in known:
            natural = text.line(value or "", bold, size, rtl).width
            fitted = text.fit(value or "", bold, size, cell_width, rtl, min_size=6.5)[0].width
            size *= min(1.0, fitted / natural) if natural else 1.0
        cells = []
        for label, value in known:
            cell = _labelled(L.translate(tr, label), regular, cell_width, rtl)
            cell.lines([text.line(value or "", bold, size, rtl)], color=INK)
            cells.append((cell, cell_width))
        _side_by_side(col, cells, GAP, bottom=True)
    return col


def render_card(data: CardData, lang: str, catalog: Catalog) -> bytes:
    """The card as a one-page PDF of exactly 85.6 × 54 mm."""
    tr, tr_other = catalog(lang), catalog(other_language(lang))
    rtl = language(lang).rtl
    REGULAR, BOLD = fonts.faces(lang)  # noqa: N806 (the module-wide names, for this language)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, WIDTH, HEIGHT, f"{L.translate(tr, L.CARD_TITLE)} {data.donor_number}", lang)

    # Band: bilingual title, then who issued the card and where, on the start side;
    # a drop on the end side. A long issuer's name makes the band taller.
    drop_w = 7 * mm
    band = Column(rtl)
    band_width = WIDTH - 2 * SAFE - drop_w - GAP
    title = bilingual(L.translate(tr, L.CARD_TITLE), L.translate(tr_other, L.CARD_TITLE))
    band.paragraph(title, BOLD, 10, band_width, max_lines=1, min_size=7, color=white)
    band.paragraph(_issued_by(data, lang), REGULAR, 7.5, band_width, max_lines=1, min_size=6, color=white)
    band_height = max(BAND, band.height + 3 * mm)
    canvas.setFillColor(RED)
    canvas.rect(0, HEIGHT - band_height, WIDTH, band_height, stroke=0, fill=1)
    drop_x = SAFE + drop_w / 2 if rtl else WIDTH - SAFE - drop_w / 2
    canvas.setFillColor(white)
    canvas.drawPath(drop_path(canvas, drop_x, HEIGHT - 2.6 * mm, 8 * mm), stroke=0, fill=1)
    band_left = WIDTH - SAFE - band_width if rtl else SAFE
    band.draw(canvas, band_left, band_left + band_width, HEIGHT - (band_height - band.height) / 2)

    # End side: the QR (its quiet zone may enter the margin) and how to use the card.
    body_top = HEIGHT - band_height - 2 * mm
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

    # Start side: number and blood group, names, first and next donation; smaller
    # when long names or dates would not fit above the bottom margin.
    col_width = WIDTH - 2 * SAFE - QR_SIDE - GAP + 1 * mm
    col_left = WIDTH - SAFE - col_width if rtl else SAFE
    scale = 1.0
    col = _body(tr, data, rtl, col_width, scale, (REGULAR, BOLD))
    while col.height > body_top - SAFE and scale > 0.6:
        scale *= 0.95
        col = _body(tr, data, rtl, col_width, scale, (REGULAR, BOLD))
    col.draw(canvas, col_left, col_left + col_width, body_top)
    return finish(canvas, buffer)
