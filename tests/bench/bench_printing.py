"""Printed documents: time to build each PDF, next to a bare reportlab page in the same run.

The bare page is what any document costs at least: one line in the same font
(Amiri, embedded) and the same kind of qrcode image, on a compressed page. Each
ticket and card gets a new number and a new QR payload, as at the kiosk; the
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


def _median_ms(fn, rounds: int) -> float:
    samples = []
    for i in range(rounds):
        started = time.perf_counter()
        fn(i)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def run(quick: bool) -> dict[str, float]:
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

    def bare(i: int) -> bytes:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=(226.77, 400), pageCompression=1, initialFontName=fonts.ARABIC)
        canvas.setFont(fonts.ARABIC, 12)
        canvas.drawString(20, 370, slogan)
        image, _ = qr_image(payloads[i])
        canvas.drawImage(image, 20, 20, width=96, height=96)
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()

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
    bare(0)

    figures: dict[str, float] = {"fonts_register_ms": register_ms, "first_ticket_ms": first_ticket_ms}
    figures["bare_page_ms"] = _median_ms(bare, rounds)
    for lang in ("ar", "fr"):
        figures[f"ticket_{lang}_ms"] = _median_ms(ticket(lang), rounds)
        figures[f"card_{lang}_ms"] = _median_ms(card(lang), rounds)
        figures[f"certificate_{lang}_ms"] = _median_ms(certificate(lang), rounds)
    bare_ms = figures["bare_page_ms"]
    for name in ("ticket", "card", "certificate"):
        worst = max(figures[f"{name}_ar_ms"], figures[f"{name}_fr_ms"])
        figures[f"{name}_ms"] = worst
        figures[f"{name}_vs_bare"] = worst / bare_ms
    return figures


if __name__ == "__main__":
    results = run(quick="--quick" in sys.argv)
    width = max(map(len, results))
    for key, value in results.items():
        print(f"{key:<{width}}  {value:10.2f}")
