"""One text in several languages: campaign names and venues, rule-pack questions.

`Texts` is a read-only mapping from language code to text, holding only the
languages that have their own text. `of(lang)` is how a screen or a document
asks for it, and it never fails for a configured language:

1. the text in `lang`, if there is one;
2. else the first of `lang`'s declared fallbacks (`fallback` in languages.toml)
   that has one;
3. else the first language of `LANGUAGES`, in order, that has one;
4. else any text it holds (written for a language no longer configured).

Files are checked with `check_texts`: a language without fallback must have
every text (an error), a language with one is reported as missing (a warning),
so a campaign or a pack keeps working while its translation is under way.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from kiosk.i18n import BY_CODE, LANGUAGES


class Texts(Mapping[str, str]):
    """`{"ar": "…", "fr": "…"}`, immutable, with an explicit fallback in `of`."""

    __slots__ = ("_texts",)

    def __init__(self, texts: Mapping[str, str] | None = None, /, **by_code: str):
        merged = {**(texts or {}), **by_code}
        cleaned = {code: text.strip() for code, text in merged.items() if isinstance(text, str) and text.strip()}
        if not cleaned:
            raise ValueError("a text needs at least one language")
        if len(cleaned) != len(merged):
            empty = sorted(set(merged) - set(cleaned))
            raise ValueError(f"empty text for {', '.join(empty)}")
        self._texts = cleaned

    def __getitem__(self, code: str) -> str:
        return self._texts[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __repr__(self) -> str:
        return f"Texts({self._texts!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return dict(self._texts) == dict(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(frozenset(self._texts.items()))

    def of(self, lang: str) -> str:
        """The text in `lang`, or by the fallback rule of this module's docstring."""
        return self._texts[self.source(lang)]

    def source(self, lang: str) -> str:
        """The language `of(lang)` takes its text from."""
        if lang in self._texts:
            return lang
        declared = BY_CODE[lang].fallback if lang in BY_CODE else ()
        for code in (*declared, *LANGUAGES):
            if code in self._texts:
                return code
        return next(iter(self._texts))

    def to_dict(self) -> dict[str, str]:
        """A plain dict (JSON, TOML), in the order of LANGUAGES then any other."""
        order = [c for c in LANGUAGES if c in self._texts] + [c for c in self._texts if c not in LANGUAGES]
        return {code: self._texts[code] for code in order}


@dataclass
class TextsCheck:
    """What `check_texts` found, by language code; `texts` is None when unusable."""

    texts: Texts | None = None
    not_a_table: bool = False
    unknown: list[str] = field(default_factory=list)  # codes that are not configured languages
    empty: list[str] = field(default_factory=list)  # given, but not a non-empty text
    required: list[str] = field(default_factory=list)  # absent, and the language has no fallback
    missing: list[str] = field(default_factory=list)  # absent, the language falls back (a warning)

    @property
    def ok(self) -> bool:
        return self.texts is not None


def check_texts(value: Any, languages: tuple[str, ...] | None = None) -> TextsCheck:
    """Check a `{code: text}` table from a file against the configured languages.

    Unusable: not a table, an unknown language, an empty text, a text absent in
    a language without fallback. Usable but reported: a text absent in a
    language that has a fallback (`missing`), which `Texts.of` then applies."""
    languages = LANGUAGES if languages is None else languages
    if not isinstance(value, Mapping):
        return TextsCheck(not_a_table=True)
    check = TextsCheck(unknown=sorted(set(value) - set(languages)))
    for code in languages:
        item = value.get(code)
        if item is None:
            required = code not in BY_CODE or BY_CODE[code].required
            (check.required if required else check.missing).append(code)
        elif not isinstance(item, str) or not item.strip():
            check.empty.append(code)
    if not (check.unknown or check.empty or check.required):
        check.texts = Texts({code: value[code] for code in languages if code in value})
    return check
