"""The question pictograms: valid SVG that Qt renders, dark lines on nothing, big enough
to read on a touchscreen. Qt is used here only to render them as the kiosk will."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.domain.eligibility import default_pack
from kiosk.paths import PICTOGRAMS

SVG = "{http://www.w3.org/2000/svg}"
INK = "#1b1b1b"
FILES = sorted(PICTOGRAMS.glob("*.svg"))


def test_every_question_of_the_default_pack_has_a_pictogram_file():
    asked = {q.pictogram for q in default_pack().questions_for("F", True)}
    assert asked == {p.resolve() for p in FILES}


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_pictogram_is_a_high_contrast_line_drawing(path: Path):
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 64 64"
    assert root.get("stroke") == INK and root.get("fill") == "none"
    title = root.find(f"{SVG}title")
    assert title is not None and title.text.strip()
    colours = {
        value.lower()
        for element in root.iter()
        for attribute in ("stroke", "fill")
        if (value := element.get(attribute)) is not None
    }
    assert colours <= {INK, "none"}, colours
    assert not re.search(r"<(image|script|text)\b", path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_pictogram_renders_large_and_not_empty(qapp, path: Path):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    assert (renderer.viewBoxF().width(), renderer.viewBoxF().height()) == (64, 64)
    size = 128
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()

    dark = [(x, y) for y in range(0, size, 2) for x in range(0, size, 2) if image.pixelColor(x, y).lightness() < 100]
    share = len(dark) / (size // 2) ** 2
    assert 0.04 < share < 0.5, share  # lines, neither a blank nor a blot
    xs, ys = [x for x, _ in dark], [y for _, y in dark]
    extents = sorted((max(xs) - min(xs), max(ys) - min(ys)))
    assert extents[1] > size * 0.65 and extents[0] > size * 0.3, extents  # fills the tile, not a sliver
