"""A language's typography on screen, applied to texts written in files (rule
pack, campaigns, messages) when they are shown, so a file written with a plain
keyboard still reads well.

French (as the Imprimerie nationale sets it): a no-break space before ? ! ; and :
(narrow before ? ! ;, a word space before :) and inside « », so a lone "?" never
wraps onto its own line; the typographic apostrophe ’ between letters. Other
languages are shown as written.
"""

from __future__ import annotations

import re

NARROW_NBSP = "\u202f"
NBSP = "\u00a0"

_FRENCH = (
    (re.compile(r"(?<=\w)'(?=\w)"), "\u2019"),
    (re.compile(r"[ \u00a0\u202f]*([?!;])"), NARROW_NBSP + r"\1"),
    (re.compile(r"(?<=\S)[ \u00a0\u202f]+:"), NBSP + ":"),
    (re.compile(r"«[ \u00a0\u202f]*"), "«" + NBSP),
    (re.compile(r"[ \u00a0\u202f]*»"), NBSP + "»"),
)


def typeset(text: str, lang: str) -> str:
    """`text` with `lang`'s typography (French: see the module); unchanged otherwise."""
    if lang != "fr" or not text:
        return text
    for pattern, replacement in _FRENCH:
        text = pattern.sub(replacement, text)
    return text
