"""A reportlab canvas set up the same way for every document."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from kiosk.printing import fonts


def new_canvas(buffer: io.BytesIO, width: float, height: float, title: str, lang: str) -> Canvas:
    """A one-page canvas whose every font is one of ours, embedded.

    reportlab's default initial font is Helvetica, which it would name (not
    embed) in the page; starting in Noto Sans keeps the PDF self-contained.
    """
    fonts.ensure_registered()
    canvas = Canvas(
        buffer,
        pagesize=(width, height),
        initialFontName=fonts.LATIN,
        initialFontSize=10,
        pageCompression=1,
        lang=lang,
    )
    canvas.setTitle(title)
    canvas.setAuthor("Qatra")
    canvas.setCreator("Qatra kiosk")
    return canvas


def finish(canvas: Canvas, buffer: io.BytesIO) -> bytes:
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
