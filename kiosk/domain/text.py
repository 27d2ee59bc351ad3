"""Text typed on a touchscreen or scanned: digits, invisible characters, Unicode forms."""

from __future__ import annotations

import re
import unicodedata

# Arabic-Indic (U+0660..) and Eastern Arabic-Indic (U+06F0..) digits to ASCII.
_DIGITS = {0x0660 + i: ord("0") + i for i in range(10)} | {0x06F0 + i: ord("0") + i for i in range(10)}

# Bidi controls (marks, embeddings, overrides, isolates) and zero-width characters:
# invisible, and a way to make one name look like another.
_INVISIBLE = dict.fromkeys(
    [0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)
_SPACES = re.compile(r"\s+")


def ascii_digits(text: str) -> str:
    """Arabic-Indic digits (٠–٩, ۰–۹) as 0–9; everything else unchanged."""
    return text.translate(_DIGITS)


def clean(text: str) -> str:
    """NFC, invisible characters removed, runs of white space as one space, trimmed."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    return _SPACES.sub(" ", text).strip()


# Terminal escape sequences (CSI such as `ESC[31m`, OSC such as `ESC]0;title BEL`,
# and two-character escapes): removed whole, so that no `[31m` is left behind.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?")
_HIDDEN = ("Cc", "Cf", "Cs", "Co", "Cn")  # control, format (bidi), surrogate, private use, unassigned


def plain(text: str) -> str:
    """Text that is stored and shown to others (campaign texts, staff names):
    as `clean`, and also no terminal escape sequence, control, format or
    unassigned character (a right-to-left override, a bell, a colour code)."""
    text = _ESCAPES.sub("", unicodedata.normalize("NFC", text))
    text = "".join(
        " " if char in "\t\n\r" else char
        for char in text
        if char in "\t\n\r" or unicodedata.category(char) not in _HIDDEN
    )
    return clean(text)
