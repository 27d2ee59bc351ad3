"""Rule packs: TOML files in `resources/rules/` that a regional centre edits.

`check_pack` reports every problem of a file as `(line, message)` so that
`kiosk rules check` can print `FILE:LINE: message`; `load_pack` refuses a pack
with problems and precompiles a valid one for the engine. tomllib gives no line
numbers for values, so `_Lines` finds them by scanning the text for table
headers and keys.
"""

from __future__ import annotations

import functools
import re
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.domain.eligibility.dates import Wait
from kiosk.domain.eligibility.model import (
    Donors,
    Outcome,
    Question,
    Rule,
    RuleType,
    Sex,
    Step,
    Text,
    Vital,
)
from kiosk.domain.eligibility.plan import Plan, compile_plan
from kiosk.errors import SOURCE_LANGUAGE, Audience, format_message
from kiosk.i18n import BY_CODE
from kiosk.i18n import LANGUAGES as LANGS
from kiosk.i18n.texts import Texts
from kiosk.paths import PICTOGRAMS, RULES

FORMAT = 1
DEFAULT_PACK = RULES / "ma-amsd.toml"
DONOR_TEXTS = ("when", "eligible", "deferred_until", "deferred", "permanent", "refer", "reason_until", "reason")
OPTIONAL_TEXTS = ("reason_until", "reason")  # without them, a deferred donor is told the date only
_DONOR_PLACEHOLDERS = {"deferred_until": {"date"}, "reason_until": {"reason", "date"}, "reason": {"reason"}}
SEX_FORMS = ("any", "F", "M")
"""A text that addresses the donor may give one form per sex: `{ any = …, F = …, M = … }`."""

_ID = re.compile(r"[a-z][a-z0-9_]*")
_PACK_ID = re.compile(r"[a-z][a-z0-9-]*")
_VERSION = re.compile(r"[0-9][0-9A-Za-z.\-]*")
_RULE_OUTCOMES = (Outcome.DEFERRED, Outcome.PERMANENT, Outcome.REFER)

_COMMON = {"id", "type", "source", "explanation", "sex", "donors", "reason"}
_ASKED = {"question", "pictogram", "sensitive", "item"}
_KEYS: dict[RuleType, set[str]] = {
    RuleType.AGE: _COMMON
    | {"outcome", "outcome_above", "min_years", "max_years", "returning_max_years", "returning_may_continue"},
    RuleType.WEIGHT: _COMMON | {"outcome", "min_kg"},
    RuleType.INTERVAL: _COMMON | {"outcome", "kinds", "days"},
    RuleType.YEARLY_LIMIT: _COMMON | {"outcome", "kinds", "max", "window"},
    RuleType.YES_NO: _COMMON | _ASKED | {"outcome"},
    RuleType.DATE: _COMMON | _ASKED | {"outcome", "wait", "when"},
    RuleType.NUMBER: _COMMON | _ASKED | {"outcome", "min", "max", "unit"},
    RuleType.DONATION: _COMMON | _ASKED | {"when", "kind", "window"},
    RuleType.ADVICE: _COMMON | _ASKED | {"on", "advice"},
}
_NO_OUTCOME = (RuleType.DONATION, RuleType.ADVICE)
_TOP_KEYS = {"format", "id", "version", "title", "issued", "source", "texts", "rule", "vital", "group"}
_GROUP_KEYS = {"id", "question", "items"}
_VITAL_KEYS = {"id", "unit", "min", "max", "source", "explanation"}


@dataclass(frozen=True)
class Problem:
    """What is wrong with a pack, and on which line (1-based; 0 when the file
    cannot be read): a code of the error registry (`pack.…`) and its details."""

    line: int
    code: str
    detail: Mapping[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.text(SOURCE_LANGUAGE)

    def text(self, lang: str) -> str:
        return format_message(self.code, lang, Audience.STAFF, self.detail, isolate=False)

    def format(self, path: str | Path, lang: str = SOURCE_LANGUAGE) -> str:
        said = self.text(lang)
        return f"{path}:{self.line}: {said}" if self.line else f"{path}: {said}"


class PackError(ValueError):
    """A pack that cannot be used; `problems` says why, line by line."""

    def __init__(self, path: Path | str, problems: list[Problem]):
        self.path = path
        self.problems = problems
        super().__init__("\n".join(self.lines(SOURCE_LANGUAGE)))

    def lines(self, lang: str) -> list[str]:
        """The problems as `FILE:LINE: message`, in `lang`."""
        return [p.format(self.path, lang) for p in self.problems]


@dataclass(frozen=True, eq=False)
class Pack:
    """A loaded, valid rule pack. Immutable; share one per process (`default_pack`)."""

    id: str
    version: str
    title: Text
    source: str
    rules: tuple[Rule, ...]
    vitals: tuple[Vital, ...]
    texts: Mapping[str, Text]  # donor-facing, by outcome (see DONOR_TEXTS)
    path: Path | None = None
    # Texts absent in a language that has a fallback (languages.toml): usable, and reported.
    missing_texts: tuple[Problem, ...] = ()
    groups: tuple[Group, ...] = ()
    _by_id: Mapping[str, Rule] = field(default_factory=dict, repr=False)
    _plan: Plan = field(default_factory=lambda: compile_plan(()), repr=False)  # built at load
    _questions: dict[tuple[str, bool], tuple[Question, ...]] = field(default_factory=dict, repr=False)
    _steps: dict[tuple[str, bool], tuple[Step, ...]] = field(default_factory=dict, repr=False)

    @property
    def ref(self) -> str:
        """`ma-amsd@1.0`: recorded with every assessment."""
        return f"{self.id}@{self.version}"

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id; KeyError if the pack has none."""
        return self._by_id[rule_id]

    def questions_for(self, sex: Sex | str, first_time: bool) -> tuple[Question, ...]:
        """The questions to show this donor, in pack order."""
        key = (str(sex), bool(first_time))
        cached = self._questions.get(key)
        if cached is None:
            if key[0] not in ("F", "M"):
                raise ValueError(f"sex must be 'F' or 'M', not {sex!r}")
            cached = tuple(_question(r) for r in self.rules if r.type.answer_kind and r.concerns(key[0], key[1]))
            self._questions[key] = cached
        return cached

    def steps_for(self, sex: Sex | str, first_time: bool) -> tuple[Step, ...]:
        """The question screens for this donor: a group's questions share one screen,
        placed where its first question stands in the pack; a group with one
        question left for this donor is shown as that question alone."""
        key = (str(sex), bool(first_time))
        cached = self._steps.get(key)
        if cached is None:
            cached = _steps(self.questions_for(*key), self.groups)
            self._steps[key] = cached
        return cached

    def explain(self, rule_id: str, lang: str) -> str:
        """The staff explanation of a reason (rule id or vital id), in plain words."""
        if rule_id in self._by_id:
            return self._by_id[rule_id].explain(lang)
        for vital in self.vitals:
            if vital.id == rule_id:
                return vital.explanation.of(lang)
        raise KeyError(rule_id)


@dataclass(frozen=True, slots=True)
class Group:
    """Questions of one period shown on one screen (`[[group]]` in the pack)."""

    id: str
    text: Text
    items: tuple[str, ...]


def _steps(questions: tuple[Question, ...], groups: tuple[Group, ...]) -> tuple[Step, ...]:
    group_of = {item: group for group in groups for item in group.items}
    steps: list[Step] = []
    done: set[str] = set()
    for question in questions:
        group = group_of.get(question.id)
        if group is None:
            steps.append(Step(question.id, (question,)))
            continue
        if group.id in done:
            continue
        done.add(group.id)
        members = tuple(q for q in questions if group_of.get(q.id) is group)
        if len(members) == 1:
            steps.append(Step(members[0].id, members))
        else:
            steps.append(Step(group.id, members, group.text))
    return tuple(steps)


def _question(rule: Rule) -> Question:
    assert rule.type.answer_kind is not None and rule.question is not None and rule.pictogram is not None
    return Question(
        id=rule.id,
        kind=rule.type.answer_kind,
        text=rule.question,
        pictogram=rule.pictogram,
        sensitive=rule.sensitive,
        when=rule.when,
        unit=rule.unit,
        wait=rule.wait,
        item=rule.item,
    )


# --------------------------------------------------------------------------- loading


def load_pack(path: str | Path) -> Pack:
    """Read, validate and precompile a pack; PackError lists every problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise PackError(path, [Problem(0, "pack.unreadable", {"reason": _reason(error)})]) from None
    problems, pack = _check(text, path)
    if problems or pack is None:
        raise PackError(path, problems)
    return pack


@functools.cache
def default_pack() -> Pack:
    """The Moroccan default pack, `resources/rules/ma-amsd.toml`, loaded once."""
    return load_pack(DEFAULT_PACK)


def check_pack(path: str | Path) -> tuple[list[Problem], Pack | None]:
    """Every problem of a pack file (sorted by line) and, when there is none, the pack."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return [Problem(0, "pack.unreadable", {"reason": _reason(error)})], None
    return _check(text, path)


def check_text(text: str, path: str | Path = "<pack>") -> tuple[list[Problem], Pack | None]:
    """As `check_pack`, for a pack held in memory (pictograms are looked up next to `path`)."""
    return _check(text, Path(path))


def _check(text: str, path: Path) -> tuple[list[Problem], Pack | None]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"at line (\d+)", str(error))
        return [Problem(int(found.group(1)) if found else 0, "pack.not_toml")], None
    checker = _Checker(_Lines(text), path.parent)
    pack = checker.pack(data, path)
    problems = sorted(checker.problems, key=lambda p: p.line)
    return problems, (pack if not problems else None)


# --------------------------------------------------------------------------- line numbers


_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?")
# Where a problem is: () for the top level, ("texts",), ("rule", i), ("rule", i, "question").
Section = tuple[str | int, ...]
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+(?:\s*\.\s*[A-Za-z0-9_\-]+)*)\s*=")


class _Lines:
    """Where things are in the pack text: `[[rule]]` headers and `key =` lines.

    Sections are `()` for the top level, `("texts",)`, `("rule", i)`, `("vital", j)`;
    a sub-table such as `[rule.question]` belongs to the last `[[rule]]`.
    """

    def __init__(self, text: str):
        self.headers: dict[Section, int] = {}
        self.keys: dict[tuple[Section, str], int] = {}
        self.lines = text.splitlines()
        counts: dict[str, int] = {}
        section: Section = ()
        in_string: str | None = None
        for number, raw in enumerate(self.lines, start=1):
            if in_string is not None:
                if raw.count(in_string) % 2 == 1:
                    in_string = None
                continue
            line = raw.split("#", 1)[0] if '"' not in raw and "'" not in raw else raw
            header = _HEADER.match(line)
            if header:
                name = header.group(2).replace(" ", "")
                head, _, rest = name.partition(".")
                if header.group(1) == "[[":
                    counts[name] = counts.get(name, -1) + 1
                    section = (name, counts[name])
                    self.headers[section] = number
                elif head in counts and rest:
                    section = (head, counts[head])
                    self.keys.setdefault((section, rest.split(".")[0]), number)
                    section = (head, counts[head], rest)
                else:
                    section = (name,)
                    self.headers[section] = number
                continue
            key = _KEY.match(line)
            if key:
                name = key.group(1).replace(" ", "")
                owner = section[:2] if len(section) == 3 else section
                first = str(section[2]) if len(section) == 3 else name.split(".")[0]
                self.keys.setdefault((owner, first), number)
                for quote in ('"""', "'''"):
                    if raw.count(quote) % 2 == 1:
                        in_string = quote

    def of(self, section: Section, key: str | None = None, item_id: str | None = None) -> int:
        """The line of `key` in `section`, else of the section's header, else of
        `id = "item_id"` (rules written as an inline array have no header), else 1."""
        if key is not None and (section, key) in self.keys:
            return self.keys[(section, key)]
        if section in self.headers:
            return self.headers[section]
        if item_id is not None:
            pattern = re.compile(r"\bid\s*=\s*[\"']" + re.escape(item_id) + r"[\"']")
            for number, line in enumerate(self.lines, start=1):
                if pattern.search(line):
                    return number
        return 1  # something missing from the whole pack: point at its top


# --------------------------------------------------------------------------- validation


class _Checker:
    """Walks the parsed TOML, collects problems with their lines, builds the Pack."""

    def __init__(self, lines: _Lines, base: Path):
        self.lines = lines
        self.base = base
        self.problems: list[Problem] = []
        self.notes: list[Problem] = []  # texts missing in a language with a fallback
        self.ids: dict[Section, str] = {}  # section -> id, to find inline-array rules

    def refuse(self, section: Section, at: str | None, code: str, /, **detail: object) -> None:
        """A problem: `code` of the error registry, on the line of the key `at` in `section`."""
        self.problems.append(Problem(self.lines.of(section, at, self.ids.get(section)), code, detail))

    # -- small typed getters: report and return None when the value is wrong

    def text(
        self, table: Mapping[str, Any], section: Section, key: str, what: str, required: bool = True
    ) -> Texts | None:
        """A `{ ar = "...", fr = "..." }` table with a text in each language of
        languages.toml; one absent in a language that has a fallback is a note."""
        codes = ", ".join(LANGS)
        value = table.get(key)
        if value is None:
            if required:
                self.refuse(section, None, "pack.texts_missing", what=what, key=key, languages=codes)
            return None
        if isinstance(value, str):
            example = ", ".join(f'{code} = "..."' for code in LANGS)
            self.refuse(section, key, "pack.texts_plain", what=what, key=key, example=f"{key} = {{ {example} }}")
            return None
        if not isinstance(value, dict):
            self.refuse(section, key, "pack.texts_table", what=what, key=key, languages=codes)
            return None
        ok = True
        out: dict[str, str] = {}
        missing: list[str] = []
        for lang in LANGS:
            item = value.get(lang)
            if item is None:
                if BY_CODE[lang].required:
                    self.refuse(
                        section, key, "pack.text_missing", what=what, key=key, lang=lang, language=BY_CODE[lang].name
                    )
                    ok = False
                else:
                    missing.append(lang)
            elif isinstance(item, dict):
                problem = _sex_forms(item, lang, out)
                if problem:
                    self.refuse(section, key, problem[0], what=what, key=f"{key}.{lang}", form=problem[1])
                    ok = False
            elif not isinstance(item, str) or not item.strip():
                self.refuse(section, key, "pack.text_empty", what=what, key=f"{key}.{lang}")
                ok = False
            else:
                out[lang] = item.strip()
        for extra in sorted(set(value) - set(LANGS)):
            self.refuse(section, key, "pack.text_language", what=what, key=key, lang=repr(extra), languages=codes)
            ok = False
        if not ok:
            return None
        texts = Texts(out)
        for lang in missing:  # a translation under way: usable, and reported
            self.notes.append(
                Problem(
                    self.lines.of(section, key, self.ids.get(section)),
                    "pack.text_fallback",
                    {
                        "what": what,
                        "key": key,
                        "lang": lang,
                        "language": BY_CODE[lang].name,
                        "shown": texts.source(lang),
                    },
                )
            )
        return texts

    def string(
        self, table: Mapping[str, Any], section: Section, key: str, what: str, required: bool = True
    ) -> str | None:
        value = table.get(key)
        if value is None:
            if required:
                self.refuse(section, None, "pack.missing", what=what, key=key)
            return None
        if not isinstance(value, str) or not value.strip():
            self.refuse(section, key, "pack.text_empty", what=what, key=key)
            return None
        return value.strip()

    def choice(
        self,
        table: Mapping[str, Any],
        section: Section,
        key: str,
        what: str,
        allowed: tuple[Any, ...],
        default: Any = None,
    ) -> Any:
        value = table.get(key, default)
        if value is None:
            self.refuse(section, None, "pack.missing_choice", what=what, key=key, allowed=", ".join(map(str, allowed)))
            return None
        if value not in allowed:
            self.refuse(
                section,
                key,
                "pack.not_one_of",
                what=what,
                key=key,
                value=repr(value),
                allowed=", ".join(map(str, allowed)),
            )
            return None
        return value

    def number(
        self, value: Any, section: Section, key: str, what: str, whole: bool, minimum: float = 0
    ) -> float | int | None:
        if isinstance(value, bool) or not isinstance(value, int | float) or (whole and not isinstance(value, int)):
            code = "pack.not_whole" if whole else "pack.not_number"
            self.refuse(section, key.split(".")[0], code, what=what, key=key, value=repr(value))
            return None
        if value < minimum:
            if minimum == 0:
                self.refuse(section, key.split(".")[0], "pack.negative", what=what, key=key, value=repr(value))
            else:
                self.refuse(
                    section, key.split(".")[0], "pack.at_least", what=what, key=key, value=repr(value), minimum=minimum
                )
            return None
        return value

    def by_sex(
        self,
        table: Mapping[str, Any],
        section: Section,
        key: str,
        what: str,
        whole: bool,
        minimum: float = 0,
        required: bool = True,
    ) -> dict[str, float] | None:
        """A number, or a table `{ F = ..., M = ... }` of one number per sex."""
        value = table.get(key)
        if value is None:
            if required:
                self.refuse(section, None, "pack.missing", what=what, key=key)
            return None
        if isinstance(value, dict):
            missing = [s for s in ("F", "M") if s not in value]
            extra = sorted(set(value) - {"F", "M"})
            if missing or extra:
                self.refuse(section, key, "pack.by_sex", what=what, key=key)
                return None
            out = {s: self.number(value[s], section, f"{key}.{s}", what, whole, minimum) for s in ("F", "M")}
            return out if None not in out.values() else None  # type: ignore[return-value]
        single = self.number(value, section, key, what, whole, minimum)
        return None if single is None else {"F": single, "M": single}

    def wait(self, table: Mapping[str, Any], section: Section, key: str, what: str) -> Wait | None:
        value = table.get(key)
        if value is None:
            self.refuse(section, None, "pack.wait_missing", what=what, key=key)
            return None
        if not isinstance(value, dict) or not value:
            self.refuse(section, key, "pack.wait_table", what=what, key=key)
            return None
        extra = sorted(set(value) - {"days", "months", "years"})
        if extra:
            self.refuse(section, key, "pack.wait_unit", what=what, key=key, unit=repr(extra[0]))
            return None
        parts = {unit: self.number(n, section, f"{key}.{unit}", what, whole=True) for unit, n in value.items()}
        if None in parts.values():
            return None
        if not any(parts.values()):
            self.refuse(section, key, "pack.wait_zero", what=what, key=key)
            return None
        return Wait(**parts)  # type: ignore[arg-type]

    def unknown_keys(self, table: Mapping[str, Any], allowed: set[str], section: Section, what: str) -> None:
        for key in sorted(set(table) - allowed):
            self.refuse(section, key, "pack.unknown_key", what=what, key=repr(key))

    # -- the pack

    def pack(self, data: dict[str, Any], path: Path) -> Pack | None:
        top: Section = ()
        self.unknown_keys(data, _TOP_KEYS, top, "pack")
        fmt = data.get("format")
        if fmt != FORMAT:
            self.refuse(top, "format", "pack.format", expected=FORMAT, value=repr(fmt))
        pack_id = self.string(data, top, "id", "pack")
        if pack_id is not None and not _PACK_ID.fullmatch(pack_id):
            self.refuse(top, "id", "pack.id", value=repr(pack_id))
        version = data.get("version")
        if not isinstance(version, str) or not _VERSION.fullmatch(version):
            self.refuse(top, "version", "pack.version", value=repr(version))
        title = self.text(data, top, "title", "pack")
        source = self.string(data, top, "source", "pack")
        issued = data.get("issued")
        if issued is not None and not isinstance(issued, date):
            self.refuse(top, "issued", "pack.issued", value=repr(issued))

        texts = self.donor_texts(data.get("texts"))
        rules = self.rules(data.get("rule"))
        vitals = self.vitals(data.get("vital"))
        groups = self.groups(data.get("group"), rules)
        if self.problems:
            return None
        by_id = {r.id: r for r in rules}
        return Pack(
            id=pack_id,  # type: ignore[arg-type]
            version=version,  # type: ignore[arg-type]
            title=title,  # type: ignore[arg-type]
            source=source,  # type: ignore[arg-type]
            rules=tuple(rules),
            vitals=tuple(vitals),
            texts=texts,  # type: ignore[arg-type]
            path=path,
            groups=tuple(groups),
            _by_id=by_id,
            _plan=compile_plan(rules),
            missing_texts=tuple(sorted(self.notes, key=lambda p: p.line)),
        )

    def donor_texts(self, table: Any) -> dict[str, Texts] | None:
        section = ("texts",)
        if not isinstance(table, dict):
            self.refuse((), None, "pack.no_texts", names=", ".join(DONOR_TEXTS))
            return None
        self.unknown_keys(table, set(DONOR_TEXTS), section, "texts")
        out = {}
        for key in DONOR_TEXTS:
            value = self.text(table, section, key, "texts", required=key not in OPTIONAL_TEXTS)
            if value is None:
                continue
            allowed = _DONOR_PLACEHOLDERS.get(key, set())
            for form, words in value.items():
                fields = _placeholders(words)
                for name in sorted(allowed - fields):
                    self.refuse(section, key, "pack.placeholder_missing", key=f"{key}.{form}", name=f"{{{name}}}")
                for name in sorted(fields - allowed):
                    self.refuse(section, key, "pack.placeholder_unknown", key=f"{key}.{form}", name=f"{{{name}}}")
            out[key] = value
        return out

    def rules(self, items: Any) -> list[Rule]:
        if not isinstance(items, list) or not items:
            self.refuse((), None, "pack.no_rules")
            return []
        rules: list[Rule] = []
        seen: dict[str, int] = {}
        for index, table in enumerate(items):
            section = ("rule", index)
            if not isinstance(table, dict):
                self.refuse(section, None, "pack.rule_table", index=index + 1)
                continue
            rule_id = table.get("id")
            if not isinstance(rule_id, str) or not _ID.fullmatch(rule_id):
                self.refuse(section, "id", "pack.rule_id", index=index + 1, value=repr(rule_id))
                continue
            what = f"rule {rule_id!r}"
            self.ids[section] = rule_id
            if rule_id in seen:
                self.refuse(section, "id", "pack.rule_twice", what=what, other=seen[rule_id] + 1)
            seen[rule_id] = index
            rule = self.rule(table, section, index, rule_id, what)
            if rule is not None:
                rules.append(rule)
        return rules

    def rule(self, table: dict[str, Any], section: Section, index: int, rule_id: str, what: str) -> Rule | None:
        before = len(self.problems)
        raw_type = table.get("type")
        try:
            rule_type = RuleType(raw_type if isinstance(raw_type, str) else "")
        except ValueError:
            types = ", ".join(t.value for t in RuleType)
            self.refuse(section, "type", "pack.not_one_of", what=what, key="type", value=repr(raw_type), allowed=types)
            return None
        self.unknown_keys(table, _KEYS[rule_type], section, what)
        source = self.string(table, section, "source", what)
        explanation = self.text(table, section, "explanation", what)
        sex = self.choice(table, section, "sex", what, ("F", "M", "any"), default="any")
        donors = self.choice(table, section, "donors", what, tuple(d.value for d in Donors), default="all")
        if rule_type in _NO_OUTCOME:
            outcome = Outcome.ELIGIBLE.value  # a donation joins the history; advice never defers
        else:
            outcome = self.choice(table, section, "outcome", what, tuple(o.value for o in _RULE_OUTCOMES))
        params: dict[str, Any] = {}
        question = when = unit = pictogram = wait = item = advice = None
        sensitive = False
        reason = self.text(table, section, "reason", what, required=False)
        if rule_type.answer_kind is not None:
            question = self.text(table, section, "question", what)
            item = self.text(table, section, "item", what, required=False)
            pictogram = self.pictogram(table, section, what)
            sensitive = table.get("sensitive", False)
            if not isinstance(sensitive, bool):
                self.refuse(section, "sensitive", "pack.bool", what=what, key="sensitive")
        if sensitive is True and reason is not None:
            self.refuse(section, "reason", "pack.sensitive_reason", what=what)
        check = getattr(self, f"rule_{rule_type.value}")
        check(table, section, what, params)
        if rule_type is RuleType.DATE:
            wait = self.wait(table, section, "wait", what)
            when = self.text(table, section, "when", what, required=False)
            if wait is not None:
                params["wait"] = {"days": wait.days, "months": wait.months, "years": wait.years}
        if rule_type is RuleType.NUMBER:
            unit = self.text(table, section, "unit", what, required=False)
        if rule_type is RuleType.DONATION:
            when = self.text(table, section, "when", what, required=False)
            wait = self.wait(table, section, "window", what)
            if wait is not None:
                params["window"] = {"days": wait.days, "months": wait.months, "years": wait.years}
        if rule_type is RuleType.ADVICE:
            advice = self.text(table, section, "advice", what)
        if rule_type in (RuleType.INTERVAL, RuleType.YEARLY_LIMIT) and outcome not in (None, Outcome.DEFERRED):
            self.refuse(section, "outcome", "pack.outcome_deferred", what=what)
        if explanation is not None and len(self.problems) == before:
            for lang, words in explanation.items():
                try:
                    words.format_map(params)
                except (KeyError, IndexError, ValueError) as error:
                    self.refuse(
                        section,
                        "explanation",
                        "pack.explanation",
                        what=what,
                        key=f"explanation.{lang}",
                        name=f"{{{error.args[0] if error.args else ''}}}",
                        numbers=", ".join(sorted(params)) or "-",
                    )
        if len(self.problems) != before:
            return None
        return Rule(
            id=rule_id,
            type=rule_type,
            index=index,
            line=self.lines.of(section, None, rule_id),
            outcome=Outcome(outcome),
            source=source,  # type: ignore[arg-type]
            explanation=explanation,  # type: ignore[arg-type]
            question=question,
            when=when,
            unit=unit,
            pictogram=pictogram,
            sex=None if sex == "any" else Sex(sex),
            donors=Donors(donors),
            sensitive=sensitive,
            wait=wait,
            params=params,
            reason=reason,
            item=item,
            advice=advice,
        )

    def pictogram(self, table: dict[str, Any], section: Section, what: str) -> Path | None:
        name = self.string(table, section, "pictogram", what)
        if name is None:
            return None
        if not name.endswith(".svg") or "/" in name or "\\" in name:
            self.refuse(section, "pictogram", "pack.pictogram", what=what)
            return None
        for folder in (self.base / "pictograms", self.base, PICTOGRAMS):
            if (folder / name).is_file():
                return (folder / name).resolve()
        self.refuse(section, "pictogram", "pack.pictogram_missing", what=what, name=repr(name), folder=str(PICTOGRAMS))
        return None

    def kinds(self, table: dict[str, Any], section: Section, what: str, params: dict[str, Any]) -> None:
        value = table.get("kinds", ["whole_blood"])
        if not isinstance(value, list) or not value or not all(isinstance(k, str) and _ID.fullmatch(k) for k in value):
            self.refuse(section, "kinds", "pack.kinds", what=what)
            return
        params["kinds"] = tuple(value)

    # -- one method per rule type: the numbers it needs, into `params`

    def rule_age(self, table: dict[str, Any], section: Section, what: str, params: dict[str, Any]) -> None:
        params["outcome_above"] = self.choice(
            table, section, "outcome_above", what, tuple(o.value for o in _RULE_OUTCOMES)
        )
        for key in ("min_years", "max_years"):
            if key not in table:
                self.refuse(section, None, "pack.missing", what=what, key=key)
            else:
                params[key] = self.number(table[key], section, key, what, whole=True)
        params["returning_max_years"] = self.number(
            table.get("returning_max_years", params.get("max_years")), section, "returning_max_years", what, True
        )
        extend = table.get("returning_may_continue", False)
        if not isinstance(extend, bool):
            self.refuse(section, "returning_may_continue", "pack.bool", what=what, key="returning_may_continue")
        params["returning_may_continue"] = extend
        low, high, ret = params.get("min_years"), params.get("max_years"), params.get("returning_max_years")
        if low is not None and high is not None and low > high:
            self.refuse(
                section, "max_years", "pack.below", what=what, key="max_years", value=high, other="min_years", low=low
            )
        if high is not None and ret is not None and ret < high:
            self.refuse(
                section,
                "returning_max_years",
                "pack.below",
                what=what,
                key="returning_max_years",
                value=ret,
                other="max_years",
                low=high,
            )

    def rule_weight(self, table: dict[str, Any], section: Section, what: str, params: dict[str, Any]) -> None:
        if "min_kg" not in table:
            self.refuse(section, None, "pack.missing", what=what, key="min_kg")
            return
        params["min_kg"] = self.number(table["min_kg"], section, "min_kg", what, whole=False)

    def rule_interval(self, table: dict[str, Any], section: Section, what: str, params: dict[str, Any]) -> None:
        self.kinds(table, section, what, params)
        params["days"] = self.by_sex(table, section, "days", what, whole=True, minimum=1)

    def rule_yearly_limit(self, table: dict[str, Any], section: Section, what: str, params: dict[str, Any]) -> None:
        self.kinds(table, section, what, params)
        params["max"] = self.by_sex(table, section, "max", what, whole=True, minimum=1)
        window = self.wait(table, section, "window", what)
        if window is not None:
            params["window"] = {"days": window.days, "months": window.months, "years": window.years}

    def rule_yes_no(self, table: dict[str, Any], section: Section, what: str, params: dict[str, Any]) -> None:
        pass

    def rule_date(self, table: dict[str, Any], section: Section, what: str, params: dict[str, Any]) -> None:
        pass  # `wait` and `when` are read by `rule`, which keeps the Wait object

    def rule_donation(self, table: dict[str, Any], section: Section, what: str, params: dict[str, Any]) -> None:
        kind = table.get("kind", "whole_blood")
        if not isinstance(kind, str) or not _ID.fullmatch(kind):
            self.refuse(section, "kind", "pack.kind", what=what)
        params["kind"] = kind

    def rule_advice(self, table: dict[str, Any], section: Section, what: str, params: dict[str, Any]) -> None:
        on = table.get("on")
        if not isinstance(on, bool):
            self.refuse(section, "on" if "on" in table else None, "pack.advice_on", what=what)
        params["on"] = on

    def rule_number(self, table: dict[str, Any], section: Section, what: str, params: dict[str, Any]) -> None:
        if "min" not in table and "max" not in table:
            self.refuse(section, None, "pack.min_or_max", what=what)
        for key in ("min", "max"):
            if key in table:
                params[key] = self.number(table[key], section, key, what, whole=False)
        low, high = params.get("min"), params.get("max")
        if low is not None and high is not None and low > high:
            self.refuse(section, "max", "pack.below", what=what, key="max", value=high, other="min", low=low)

    # -- screens

    def groups(self, items: Any, rules: list[Rule]) -> list[Group]:
        if items is None:
            return []
        if not isinstance(items, list):
            self.refuse((), "group", "pack.tables", key="group")
            return []
        by_id = {r.id: r for r in rules}
        taken: dict[str, str] = {}
        groups: list[Group] = []
        for index, table in enumerate(items):
            section = ("group", index)
            group_id = table.get("id") if isinstance(table, dict) else None
            if not isinstance(group_id, str) or not _ID.fullmatch(group_id):
                self.refuse(section, "id", "pack.item_id", what=f"group {index + 1}")
                continue
            what = f"group {group_id!r}"
            self.ids[section] = group_id
            if group_id in by_id or any(g.id == group_id for g in groups):
                self.refuse(section, "id", "pack.group_twice", what=what)
            before = len(self.problems)
            self.unknown_keys(table, _GROUP_KEYS, section, what)
            text = self.text(table, section, "question", what)
            members = table.get("items")
            if not isinstance(members, list) or len(members) < 2 or not all(isinstance(m, str) for m in members):
                self.refuse(section, "items", "pack.items", what=what)
                continue
            for member in members:
                rule = by_id.get(member)
                if rule is None:
                    self.refuse(section, "items", "pack.item_unknown", what=what, item=repr(member))
                elif rule.type.answer_kind is None or rule.type is RuleType.ADVICE:
                    self.refuse(section, "items", "pack.item_kind", what=what, item=repr(member))
                elif rule.sensitive:
                    self.refuse(section, "items", "pack.item_sensitive", what=what, item=repr(member))
                elif rule.item is None:
                    self.refuse(section, "items", "pack.item_text", what=what, item=repr(member))
                elif member in taken:
                    self.refuse(
                        section, "items", "pack.item_taken", what=what, item=repr(member), group=repr(taken[member])
                    )
                else:
                    taken[member] = group_id
            if len(self.problems) == before and text is not None:
                groups.append(Group(group_id, text, tuple(members)))
        return groups

    # -- nurse thresholds

    def vitals(self, items: Any) -> list[Vital]:
        if items is None:
            return []
        if not isinstance(items, list):
            self.refuse((), "vital", "pack.tables", key="vital")
            return []
        vitals = []
        seen = set()
        for index, table in enumerate(items):
            section = ("vital", index)
            vital_id = table.get("id") if isinstance(table, dict) else None
            if not isinstance(vital_id, str) or not _ID.fullmatch(vital_id):
                self.refuse(section, "id", "pack.item_id", what=f"vital {index + 1}")
                continue
            what = f"vital {vital_id!r}"
            self.ids[section] = vital_id
            if vital_id in seen:
                self.refuse(section, "id", "pack.vital_twice", what=what)
            seen.add(vital_id)
            before = len(self.problems)
            self.unknown_keys(table, _VITAL_KEYS, section, what)
            unit = self.string(table, section, "unit", what)
            source = self.string(table, section, "source", what)
            explanation = self.text(table, section, "explanation", what)
            low = self.by_sex(table, section, "min", what, whole=False, required=False)
            high = self.by_sex(table, section, "max", what, whole=False, required=False)
            if "min" not in table and "max" not in table:
                self.refuse(section, None, "pack.min_or_max", what=what)
            if low and high and any(low[s] > high[s] for s in ("F", "M")):
                self.refuse(section, "max", "pack.max_below_min", what=what)
            if len(self.problems) == before:
                vitals.append(Vital(vital_id, unit, source, explanation, low, high))  # type: ignore[arg-type]
        return vitals


def _reason(error: Exception) -> object:
    """Why a file could not be read (no path: the line names it); an OSError is
    said in the message's language by kiosk.errors."""
    if isinstance(error, UnicodeDecodeError):
        return "UTF-8"
    return error if isinstance(error, OSError) else type(error).__name__


def _sex_forms(item: Mapping[str, Any], lang: str, out: dict[str, str]) -> tuple[str, str] | None:
    """Read `{ any = …, F = …, M = … }` into `out[lang]`, `out[lang/F]`, `out[lang/M]`;
    what is wrong with it (a code and the form concerned), or None."""
    missing = [form for form in SEX_FORMS if form not in item]
    extra = sorted(set(item) - set(SEX_FORMS))
    if missing or extra:
        return "pack.sex_forms", ""
    for form in SEX_FORMS:
        words = item[form]
        if not isinstance(words, str) or not words.strip():
            return "pack.sex_form_empty", form
    out[lang] = item["any"].strip()
    out[f"{lang}/F"] = item["F"].strip()
    out[f"{lang}/M"] = item["M"].strip()
    return None


def _placeholders(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return {"?"}
