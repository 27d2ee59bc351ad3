"""Printed documents: time to build each PDF, next to a bare reportlab page in the same run.

The bare page is what reportlab alone costs for what a ticket holds: a
compressed page of the ticket's size with one line of text whose four runs use
the four faces a ticket may embed (Amiri and Noto Sans, regular and bold, each
a subset: a French ticket embeds all four, an Arabic one three), and the same
kind of qrcode image; the fonts registered as the kiosk registers them, before
the clock starts. A document's figure is the slower of its two languages. What a document costs beyond it is
Qatra's own work: laying out and fitting its lines, drawing them. Next to it,
`one_font_page` is the bare page measured before (one line in Amiri alone and
the image), kept so that figures stay comparable with earlier runs.

Each ticket and card gets a new number and a new QR payload, as at the kiosk; the
campaign's lines are laid out once and reused, as they are for a day of tickets.

    python -m tests.bench.bench_printing [--quick]
"""

from __future__ import annotations

import dataclasses
import io
import secrets
import statistics
import sys
import time


def run(quick: bool) -> dict[str, float]:
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from kiosk.i18n.catalog import labels_for
    from kiosk.printing import fonts, render_card, render_certificate, render_ticket, samples
    from kiosk.printing.arabic import visual
    from kiosk.printing.qr import qr_image

    rounds = 15 if quick else 60
    started = time.perf_counter()
    fonts.ensure_registered()
    register_ms = (time.perf_counter() - started) * 1000
    catalog = labels_for
    tickets = {lang: samples.sample_ticket(lang) for lang in ("ar", "fr")}
    cards = {lang: samples.sample_card(lang) for lang in ("ar", "fr")}
    certificates = {lang: samples.sample_certificate(lang) for lang in ("ar", "fr")}
    payloads = [f"QV:{secrets.token_urlsafe(16)}" for _ in range(rounds)]
    tokens = [secrets.token_urlsafe(16) for _ in range(rounds)]
    slogan = visual("قطرة دم… حياة تستمر", rtl=True)

    latin = "Une goutte de sang"
    runs = ((fonts.ARABIC, slogan), (fonts.ARABIC_BOLD, slogan), (fonts.LATIN, latin), (fonts.LATIN_BOLD, latin))

    def page(i: int, faces: tuple[tuple[str, str], ...]) -> bytes:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=(80 * mm, 437), pageCompression=1, initialFontName=faces[0][0])
        x = 8.0
        for font, text in faces:  # one line, a run per face
            canvas.setFont(font, 9)
            canvas.drawString(x, 400, text)
            x += canvas.stringWidth(text, font, 9)
        image, _ = qr_image(payloads[i])
        canvas.drawImage(image, 20, 20, width=96, height=96)
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    def bare(i: int) -> bytes:
        return page(i, runs)

    def one_font_page(i: int) -> bytes:
        return page(i, runs[:1])

    def ticket(lang):
        def build(i: int) -> bytes:
            data = dataclasses.replace(tickets[lang], number=i % 1000, people_ahead=i % 17, visit_qr=payloads[i])
            return render_ticket(data, lang, catalog)

        return build

    def card(lang):
        def build(i: int) -> bytes:
            return render_card(dataclasses.replace(cards[lang], token=tokens[i]), lang, catalog)

        return build

    def certificate(lang):
        return lambda i: render_certificate(certificates[lang], lang, catalog)

    # First documents of the day: layout caches empty (fonts already registered).
    started = time.perf_counter()
    ticket("ar")(0)
    first_ticket_ms = (time.perf_counter() - started) * 1000
    for lang in ("ar", "fr"):
        ticket(lang)(0), card(lang)(0), certificate(lang)(0)
    bare(0), one_font_page(0)

    # Interleaved: each round builds one of each, in a rotating order, so that
    # the machine's drift (other work on a shared machine) hits every kind alike.
    kinds = {"bare_page": bare, "one_font_page": one_font_page}
    for lang in ("ar", "fr"):
        kinds |= {f"ticket_{lang}": ticket(lang), f"card_{lang}": card(lang), f"certificate_{lang}": certificate(lang)}
    samples: dict[str, list[float]] = {name: [] for name in kinds}
    order = list(kinds)
    for i in range(rounds):
        for name in order[i % len(order) :] + order[: i % len(order)]:
            started = time.perf_counter()
            kinds[name](i)
            samples[name].append(time.perf_counter() - started)
    figures: dict[str, float] = {"fonts_register_ms": register_ms, "first_ticket_ms": first_ticket_ms}
    figures |= {f"{name}_ms": statistics.median(values) * 1000 for name, values in samples.items()}
    bare_ms = figures["bare_page_ms"]
    for name in ("ticket", "card", "certificate"):
        worst = max(figures[f"{name}_ar_ms"], figures[f"{name}_fr_ms"])
        figures[f"{name}_ms"] = worst
        figures[f"{name}_vs_bare"] = worst / bare_ms
        figures[f"{name}_vs_one_font_page"] = worst / figures["one_font_page_ms"]
    return figures


if __name__ == "__main__":
    results = run(quick="--quick" in sys.argv)
    width = max(map(len, results))
    for key, value in results.items():
        print(f"{key:<{width}}  {value:10.2f}")
