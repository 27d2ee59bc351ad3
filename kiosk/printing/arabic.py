"""Arabic and mixed text in visual order for reportlab, which draws glyphs left to right.

reportlab neither shapes Arabic nor reorders it, so every line goes through
arabic-reshaper (contextual forms, lam-alef) and then the Unicode bidi algorithm.
We use python-bidi's pure-Python `bidi.algorithm.get_display`: the default Rust
`bidi.get_display` of python-bidi 0.6 neither mirrors brackets (`(450 مل)` would
print as `)450 مل(`) nor drops the control characters. The pure-Python one
mirrors, but predates isolates (U+2066..U+2069) and rejects them, so isolates are
mapped to the equivalent embeddings (U+202A..U+202C) first. Values such as `O+`,
a CIN or a phone number are wrapped with `isolate()` so they keep their own
order inside an Arabic line (`O+`, never `+O`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import arabic_reshaper
from bidi.algorithm import get_display

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
RLM = "\u200f"
LRE, RLE, PDF = "\u202a", "\u202b", "\u202c"

# Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and the
# Arabic presentation forms); enough to decide a value's direction.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LTR = re.compile("[A-Za-z\u00c0-\u024f]")
# Bidi controls that have done their work once the line is in visual order; the
# fonts have no glyph (or only an empty one) for them.
_CONTROLS = dict.fromkeys([0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
_ISOLATE_TO_EMBEDDING = {LRI: LRE, RLI: RLE, PDI: PDF}
_KEEP_RLM = {k: v for k, v in _CONTROLS.items() if k != ord(RLM)}

_reshaper = arabic_reshaper.ArabicReshaper(
    configuration={
        # Tashkeel would need mark positioning that reportlab does not do.
        "delete_harakat": True,
        # Only the ligatures every Arabic reader expects (lam-alef, Allah).
        "support_ligatures": True,
    }
)


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def isolate(value: object) -> str:
    """`value` as a unit of its own direction inside a line of the other script."""
    text = str(value)
    if not text:
        return text
    return FSI + text + PDI


def strip_controls(text: str) -> str:
    return text.translate(_CONTROLS)


def _first_strong_is_rtl(text: str) -> bool:
    rtl = _RTL.search(text)
    ltr = _LTR.search(text)
    return rtl is not None and (ltr is None or rtl.start() < ltr.start())


def _embeddings(text: str) -> str:
    """Isolates as embeddings, which the pure-Python algorithm understands.

    An FSI takes the direction of the first strong letter up to its PDI.
    """
    if FSI not in text and LRI not in text and RLI not in text and PDI not in text:
        return text
    out = []
    for i, ch in enumerate(text):
        if ch == FSI:
            end = text.find(PDI, i)
            inner = text[i + 1 : end if end >= 0 else len(text)]
            out.append(RLE if _first_strong_is_rtl(inner) else LRE)
        else:
            out.append(_ISOLATE_TO_EMBEDDING.get(ch, ch))
    return "".join(out)


@lru_cache(maxsize=4096)
def shape(text: str) -> str:
    """Contextual forms in logical order (what the width of a line depends on)."""
    if not has_rtl(text):
        return strip_controls(text)
    return strip_controls(_reshaper.reshape(text))


_STRONG = ("L", "R", "AL", "EN", "AN")
_LEFT_TO_RIGHT = ("L", "EN", "AN")  # what a reader keeps in its own order
# Punctuation that poppler's pdftotext counts with the digits when it puts a
# right-to-left line back in reading order (its UnicodeTypeTable's "#").
_READ_AS_DIGITS = frozenset("#$%+,-./:\u060c")


def _items(text: str) -> list[tuple[str, str]]:
    """`text` as (piece, bidi class): a character, or a whole isolate (FSI …
    PDI) classed by its first strong letter. Separators inside a number
    (`10:42`, `1.5`) and a sign beside one (`50%`) belong to the number."""
    items: list[tuple[str, str]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in (FSI, LRI, RLI):
            depth, end = 1, i + 1
            while end < len(text) and depth:
                depth += text[end] in (FSI, LRI, RLI)
                depth -= text[end] == PDI
                end += 1
            inner = text[i + 1 : end - 1] if text[end - 1 : end] == PDI else text[i + 1 : end]
            rtl = ch == RLI or (ch == FSI and _first_strong_is_rtl(inner))
            kind = "R" if rtl else ("L" if _LTR.search(inner) else "EN")
            items.append((text[i:end], kind))
            i = end
            continue
        items.append((ch, unicodedata.bidirectional(ch)))
        i += 1
    for k, (piece, kind) in enumerate(items):
        before = items[k - 1][1] if k else ""
        after = items[k + 1][1] if k + 1 < len(items) else ""
        if (kind in ("CS", "ES") and before in ("EN", "AN") and after in ("EN", "AN")) or (
            kind == "ET" and "EN" in (before, after)
        ):
            items[k] = (piece, "EN")
    return items


def _mark_parts(text: str) -> list[str]:
    """`text` cut into pieces, with an RLM piece wherever a mark may help a
    reader (see `reading_marks`)."""
    items = _items(text)
    strong = [k for k, (_, kind) in enumerate(items) if kind in _STRONG]

    def before(k: int) -> str | None:
        return next((items[j][1] for j in reversed(strong) if j < k), None)

    def after(k: int) -> str | None:
        return next((items[j][1] for j in strong if j > k), None)

    out: list[str] = []
    k = 0
    while k < len(items):
        piece, kind = items[k]
        if kind == "R" and len(piece) > 1:  # an Arabic isolate: marked inside too
            closed = piece.endswith(PDI)
            out.append(piece[0])
            out.extend(_mark_parts(piece[1 : -1 if closed else None]))
            out.append(PDI if closed else "")
            k += 1
        elif kind in _LEFT_TO_RIGHT:
            end = k
            while end + 1 < len(items) and items[end + 1][1] in _LEFT_TO_RIGHT:
                end += 1
            if not (before(k) == "L" and kind == "L"):
                out.append(RLM)
            out.extend(p for p, _ in items[k : end + 1])
            if not (after(end) == "L" and items[end][1] == "L"):
                out.append(RLM)
            k = end + 1
        else:
            out.append(piece)
            if piece in _READ_AS_DIGITS and not (before(k) == "L" and after(k) == "L"):
                out.append(RLM)
            k += 1
    return out


def _display(text: str) -> str:
    """An Arabic line in visual order, with the RLMs it carries."""
    ordered: str = get_display(_reshaper.reshape(_embeddings(text)), base_dir="R")
    return ordered.translate(_KEEP_RLM)


def reading_marks(text: str) -> str:
    """`text` (an Arabic line) with right-to-left marks (RLM, drawn as nothing)
    where a PDF reader needs them to give it back in reading order.

    poppler's pdftotext (and readers like it) puts a right-to-left line back in
    reading order by itself, but takes the spaces and punctuation beside a
    number or a Latin word into it: "24 فبراير 2026" came out as " 24فبراير",
    "قبلك: 7" as "قبلك7 :", "لك: عطاؤك" as "لك :عطاؤك". A mark on each side of
    such a run, and after punctuation the reader counts with the digits, ends
    them where they end. A mark is kept only if the line is drawn exactly as
    without it (a mark can change how the bidi algorithm reads a number beside
    it, as in "50%"), so nothing ever moves on paper."""
    if not has_rtl(text):
        return text
    parts = _mark_parts(text)
    plain = strip_controls(_display(text))
    every = "".join(parts)
    if every == text or _display(every).replace(RLM, "") == plain:
        return every  # the usual case: every mark at once
    keep: set[int] = set()
    for mark in (i for i, part in enumerate(parts) if part == RLM):
        trial = "".join(part for i, part in enumerate(parts) if part != RLM or i in keep or i == mark)
        if _display(trial).replace(RLM, "") == plain:
            keep.add(mark)
    return "".join(part for i, part in enumerate(parts) if part != RLM or i in keep)


@lru_cache(maxsize=4096)
def visual(text: str, rtl: bool, marked: bool = False) -> str:
    """One line in logical order → the glyph order reportlab must draw.

    `rtl` is the paragraph direction: True for an Arabic document (so a line that
    starts with a number or a Latin value still reads right to left). `marked`
    (an Arabic line): keep `reading_marks` in it, for the text layer; the caller
    draws them invisibly (a font may give them a visible glyph).
    """
    if not has_rtl(text) and not rtl:
        return strip_controls(text)
    if rtl and marked:
        return _display(reading_marks(text))
    shaped = _reshaper.reshape(_embeddings(text))
    return strip_controls(get_display(shaped, base_dir="R" if rtl else "L"))
