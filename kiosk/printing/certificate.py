"""The donation certificate (A5 portrait), for the donor's employer and own record.

Laid out like a Moroccan administrative attestation: organisers at the head, a
title, a certifying sentence, the facts as labelled rows, place and date of
issue, then the staff member who signs and stamps it.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kiosk.i18n import language, other_language
from kiosk.printing import fonts, text
from kiosk.printing import labels as L
from kiosk.printing.arabic import has_rtl, isolate
from kiosk.printing.card import GREY, INK, RED, drop_path
from kiosk.printing.data import Catalog, CertificateData, Labels
from kiosk.printing.fonts import Face
from kiosk.printing.layout import Column
from kiosk.printing.pdf import finish, new_canvas

WIDTH, HEIGHT = A5
BORDER = 8 * mm
MARGIN_X = 17 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 15 * mm
CONTENT = WIDTH - 2 * MARGIN_X
LABEL_WIDTH = 38 * mm
ROW_GAP = 2.5 * mm
SIGNATURE_HEIGHT = 22 * mm
FOOTER_GAP = 6 * mm


def _value(value: str, rtl: bool) -> str:
    """A value inside a line: isolated when its script differs from the line's.

    An Arabic value in an Arabic line is left alone, so a prefix letter may still
    join it."""
    return value if has_rtl(value) == rtl else isolate(value)


def _names(data: CertificateData, rtl: bool) -> str:
    if not data.name_arabic:
        return _value(data.name_latin, rtl)
    first, second = (data.name_arabic, data.name_latin) if rtl else (data.name_latin, data.name_arabic)
    return f"{first} ({isolate(second)})"


def _rows(data: CertificateData, lang: str, tr: Labels) -> list[tuple[str, str]]:
    rtl = language(lang).rtl
    comma = "، " if language(lang).script == "Arab" else ", "
    campaign = data.campaign
    kind = L.translate(tr, L.KINDS[data.kind])
    if data.volume_ml:
        kind = L.fill(L.translate(tr, L.VOLUME), kind, isolate(data.volume_ml))
    rows = [(L.FULL_NAME, _names(data, rtl))]
    if data.national_id:
        rows.append((L.NATIONAL_ID, isolate(data.national_id)))
    rows += [
        (L.DONOR_NUMBER, isolate(data.donor_number)),
        (L.DONATION_DATE, _value(data.donation_date_text, rtl)),
        (L.DONATION, kind),
    ]
    if data.bag_number:
        rows.append((L.BAG_NUMBER, isolate(data.bag_number)))
    rows += [
        (L.CAMPAIGN, campaign.name.of(lang)),
        (L.VENUE, f"{campaign.venue.of(lang)}{comma}{campaign.city.of(lang)}"),
        (L.ORGANISERS, comma.join(_value(o.of(lang), rtl) for o in campaign.organisers)),
    ]
    if data.next_donation_text:
        rows.append((L.NEXT_DONATION, _value(data.next_donation_text, rtl)))
    return [(L.translate(tr, label), value) for label, value in rows]


def _baselines(lines: list[text.Line], first: float) -> list[float]:
    out = [first]
    for prev, ln in zip(lines, lines[1:], strict=False):
        out.append(out[-1] + max(prev.leading, ln.leading))
    return out


def _rows_block(col: Column, rows: list[tuple[str, str]], scale: float, faces: tuple[Face, Face]) -> None:
    """Labels and values side by side on shared baselines. One-line rows all get
    the same pitch, so the table reads evenly whether a value is Latin, Arabic or both."""
    rtl = col.rtl
    REGULAR, BOLD = faces  # noqa: N806
    value_width = CONTENT - LABEL_WIDTH - 3 * mm
    laid = [
        (
            text.fit(label, BOLD, 9.5 * scale, LABEL_WIDTH, rtl, max_lines=2, min_size=7 * scale),
            text.fit(value, REGULAR, 11 * scale, value_width, rtl, max_lines=3, min_size=9 * scale),
        )
        for label, value in rows
    ]
    ascent = max(ln.ascent for pair in laid for ln in (pair[0][0], pair[1][0]))
    descent = max(ln.descent for pair in laid for ln in (pair[0][-1], pair[1][-1]))
    for i, (label_lines, value_lines) in enumerate(laid):
        if i:
            col.space(ROW_GAP * scale * 0.5)
        label_base, value_base = _baselines(label_lines, ascent), _baselines(value_lines, ascent)
        height = max(label_base[-1], value_base[-1]) + descent

        def draw(
            canvas: Canvas,
            left: float,
            right: float,
            top: float,
            label_lines: list[text.Line] = label_lines,
            value_lines: list[text.Line] = value_lines,
            label_base: list[float] = label_base,
            value_base: list[float] = value_base,
        ) -> None:
            label_x, value_x = (right, right - LABEL_WIDTH - 3 * mm) if rtl else (left, left + LABEL_WIDTH + 3 * mm)
            side = "right" if rtl else "left"
            canvas.setFillColor(RED)
            for ln, y in zip(label_lines, label_base, strict=False):
                text.draw(canvas, ln, label_x, top - y, side)
            canvas.setFillColor(INK)
            for ln, y in zip(value_lines, value_base, strict=False):
                text.draw(canvas, ln, value_x, top - y, side)

        col.block(height, draw)


def _layout(data: CertificateData, lang: str, catalog: Catalog, scale: float) -> tuple[Column, Column]:
    """The body from the top of the page and the footer that sits on its bottom margin."""
    tr, tr_other = catalog(lang), catalog(other_language(lang))
    rtl = language(lang).rtl
    REGULAR, BOLD = fonts.faces(lang)  # noqa: N806
    col = Column(rtl)
    campaign = data.campaign
    # The issuing body heads the page, as on an administrative attestation; a
    # campaign file that names none leaves its organisers there.
    heads = [campaign.issuer] if campaign.issuer else list(campaign.organisers)
    col.items(
        [_value(head.of(lang), rtl) for head in heads],
        "  ·  ",
        BOLD,
        11 * scale,
        CONTENT,
        align="center",
        min_size=8 * scale,
        color=RED,
    )
    if data.reference:  # where an administrative paper carries it: under the header
        reference = L.fill(L.translate(tr, L.REFERENCE), isolate(data.reference))
        col.paragraph(reference, REGULAR, 9 * scale, CONTENT, align="center", min_size=8 * scale, color=GREY)
    col.space(4 * mm * scale)
    drop_height = 9 * mm * scale

    def draw_drop(canvas: Canvas, left: float, right: float, top: float) -> None:
        canvas.setFillColor(RED)
        canvas.drawPath(drop_path(canvas, (left + right) / 2, top, drop_height), stroke=0, fill=1)

    col.block(drop_height, draw_drop)
    col.space(3 * mm * scale)
    col.paragraph(
        L.translate(tr, L.CERTIFICATE_TITLE),
        BOLD,
        20 * scale,
        CONTENT,
        align="center",
        max_lines=2,
        min_size=14 * scale,
        color=INK,
    )
    col.space(0.5 * mm)
    col.paragraph(
        _value(L.translate(tr_other, L.CERTIFICATE_TITLE), rtl),
        REGULAR,
        12 * scale,
        CONTENT,
        align="center",
        max_lines=1,
        min_size=9 * scale,
        color=GREY,
    )
    col.space(6 * mm * scale)
    col.paragraph(
        L.translate(tr, L.CERTIFICATE_INTRO), REGULAR, 11 * scale, CONTENT, max_lines=3, min_size=9 * scale, color=INK
    )
    col.space(5 * mm * scale)
    _rows_block(col, _rows(data, lang, tr), scale, (REGULAR, BOLD))
    col.space(6 * mm * scale)
    # Place and date of issue and who signs on the start side, the box for the
    # signature and stamp beside them on the end side.
    box_width = 45 * mm
    box_height = SIGNATURE_HEIGHT * scale
    sign_width = CONTENT - box_width - 5 * mm
    sign = Column(rtl)
    issued = L.fill(L.translate(tr, L.ISSUED), _value(campaign.city.of(lang), rtl), _value(data.issued_date_text, rtl))
    sign.paragraph(issued, REGULAR, 11 * scale, sign_width, min_size=8 * scale)
    sign.space(3 * mm * scale)
    sign.paragraph(L.translate(tr, L.STAFF), BOLD, 10 * scale, sign_width, max_lines=2, min_size=8 * scale, color=RED)
    sign.paragraph(
        _value(data.staff_name, rtl), BOLD, 11 * scale, sign_width, max_lines=2, min_size=9 * scale, color=INK
    )
    signature_label = text.line(L.translate(tr, L.SIGNATURE), REGULAR, 8 * scale, rtl)

    def draw_signature(canvas: Canvas, left: float, right: float, top: float) -> None:
        sign_left = right - sign_width if rtl else left
        sign.draw(canvas, sign_left, sign_left + sign_width, top)
        x0 = left if rtl else right - box_width
        canvas.saveState()
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.5)
        canvas.setDash(1.5, 2)
        canvas.rect(x0, top - box_height, box_width, box_height, stroke=1, fill=0)
        canvas.restoreState()
        canvas.setFillColor(GREY)
        text.draw(canvas, signature_label, x0 + box_width / 2, top - box_height + 2 * mm, "center")

    col.block(max(box_height, sign.height), draw_signature)
    footer = Column(rtl)
    footer.paragraph(
        L.translate(tr, L.CERTIFICATE_USE),
        REGULAR,
        9 * scale,
        CONTENT,
        align="center",
        max_lines=2,
        min_size=7.5 * scale,
        color=GREY,
    )
    footer.space(2 * mm * scale)
    footer.paragraph(
        L.translate(tr, L.CERTIFICATE_THANKS),
        BOLD,
        11 * scale,
        CONTENT,
        align="center",
        max_lines=2,
        min_size=8 * scale,
        color=RED,
    )
    return col, footer


def render_certificate(data: CertificateData, lang: str, catalog: Catalog) -> bytes:
    """The certificate as a one-page A5 PDF; the type shrinks if long names need it."""
    available = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - FOOTER_GAP
    scale = 1.0
    body, footer = _layout(data, lang, catalog, scale)
    while body.height + footer.height > available and scale > 0.5:
        scale *= 0.93
        body, footer = _layout(data, lang, catalog, scale)
    buffer = io.BytesIO()
    tr = catalog(lang)
    canvas = new_canvas(buffer, WIDTH, HEIGHT, f"{L.translate(tr, L.CERTIFICATE_TITLE)} {data.donor_number}", lang)
    canvas.setStrokeColor(RED)
    canvas.setLineWidth(1.4)
    canvas.rect(BORDER, BORDER, WIDTH - 2 * BORDER, HEIGHT - 2 * BORDER, stroke=1, fill=0)
    canvas.setLineWidth(0.5)
    inset = BORDER + 1.6 * mm
    canvas.rect(inset, inset, WIDTH - 2 * inset, HEIGHT - 2 * inset, stroke=1, fill=0)
    body.draw(canvas, MARGIN_X, WIDTH - MARGIN_X, HEIGHT - MARGIN_TOP)
    footer.draw(canvas, MARGIN_X, WIDTH - MARGIN_X, MARGIN_BOTTOM + footer.height)
    return finish(canvas, buffer)
