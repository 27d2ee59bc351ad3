"""The text layer under the printed Arabic: letters a search, a copy or a screen
reader can use.

reportlab draws Arabic as contextual presentation forms (ﺧ ﺮ ﻳ ﺒ ﻜ ﺔ, from
arabic-reshaper) in visual order, and its ToUnicode map gives those forms back:
`pdftotext` then finds no خريبكة in a ticket that prints it. Here each form maps to
its plain letter instead (Unicode's compatibility decomposition). A ligature (لا)
maps to its letters in visual order, like everything else in the content
stream, so the reader's one reversal of a right-to-left line (poppler, pdf.js)
gives the letters back in reading order. The reader's reversal misplaces the
spaces and punctuation beside numbers and Latin words ("24 فبراير" read as
" 24فبراير"): `arabic.reading_marks` adds right-to-left marks there, drawn as
invisible text (`text.draw`), that end those runs where they end.

reportlab builds the map in `ttfonts.makeToUnicodeCMap`; `install()` wraps that
function, keeping its output for every other character.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

from reportlab.pdfbase import ttfonts

PRESENTATION_FORMS = (("\ufb50", "\ufdff"), ("\ufe70", "\ufeff"))

CMapMaker = Callable[[str, Sequence[int]], str]


def letters(char: str) -> str | None:
    """The plain letters a presentation form stands for, in visual order; None for any other character."""
    if not any(low <= char <= high for low, high in PRESENTATION_FORMS):
        return None
    plain = unicodedata.normalize("NFKC", char)
    return plain[::-1] if plain != char else None


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def with_letters(make: CMapMaker) -> CMapMaker:
    """`make`'s ToUnicode map, with each presentation form's code mapped to its letters."""

    def make_with_letters(fontname: str, subset: Sequence[int]) -> str:
        cmap = make(fontname, subset)
        lines = cmap.split("\n")
        first = lines.index(next(line for line in lines if line.endswith("beginbfchar"))) + 1
        for offset, code_point in enumerate(subset):
            plain = letters(chr(code_point))
            if plain is not None:
                lines[first + offset] = f"<{offset:02X}> <{_utf16_hex(plain)}>"
        return "\n".join(lines)

    make_with_letters.__wrapped__ = make  # type: ignore[attr-defined]
    return make_with_letters


def install() -> None:
    """Every PDF made from now on carries plain Arabic letters in its text layer (idempotent)."""
    if not hasattr(ttfonts.makeToUnicodeCMap, "__wrapped__"):
        ttfonts.makeToUnicodeCMap = with_letters(ttfonts.makeToUnicodeCMap)
