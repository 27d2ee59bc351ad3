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
from functools import lru_cache

import arabic_reshaper
from bidi.algorithm import get_display

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
LRE, RLE, PDF = "\u202a", "\u202b", "\u202c"

# Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and the
# Arabic presentation forms); enough to decide a value's direction.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LTR = re.compile("[A-Za-z\u00c0-\u024f]")
# Bidi controls that have done their work once the line is in visual order; the
# fonts have no glyph (or only an empty one) for them.
_CONTROLS = dict.fromkeys([0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
_ISOLATE_TO_EMBEDDING = {LRI: LRE, RLI: RLE, PDI: PDF}

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


@lru_cache(maxsize=4096)
def visual(text: str, rtl: bool) -> str:
    """One line in logical order → the glyph order reportlab must draw.

    `rtl` is the paragraph direction: True for an Arabic document (so a line that
    starts with a number or a Latin value still reads right to left).
    """
    if not has_rtl(text) and not rtl:
        return strip_controls(text)
    shaped = _reshaper.reshape(_embeddings(text))
    return strip_controls(get_display(shaped, base_dir="R" if rtl else "L"))
