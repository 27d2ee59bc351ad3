"""One registry of error codes: every code raised or shown anywhere in kiosk/ has a
message in every language, for staff, and for donors where a donor can meet it."""

from __future__ import annotations

import ast
import re
import string
from datetime import date
from pathlib import Path

import pytest

import kiosk
from kiosk import errors
from kiosk.domain.validation import Invalid, donor_details
from kiosk.domain.visits import VisitRefused, ticket_label

PACKAGE = Path(kiosk.__file__).parent
CODE = re.compile(r"[a-z][a-z_]*\.[a-z][a-z_]*|already_queued|refused")
# Calls that take a code as a literal: the exceptions, the queue's `_require`, and
# what turns a code into words on a screen or the command line.
CODE_CALLS = {
    "VisitRefused",
    "Invalid",
    "FlowError",
    "CodedError",
    "_require",
    "message",
    "refusal",
    "refuse",
    "show_error",
    "set_message",
    "say",
    "StorageFault",
    "Problem",
    "Conflict",
}
# Codes the public kiosk can show a donor (validation, identification, the result).
DONOR_CODES = {
    *(c for c in errors.Code if c.split(".")[0] in ("name", "cin", "phone", "sex", "birth_date", "blood_group")),
    "date.format",
    "city.too_long",
    "card.unknown",
    "already_queued",
    "campaign.closed",
    "donor.deferred",
    "print.failed",
    "storage.failed",
    "pin.unavailable",
    "staff.wrong_pin",
    "staff.unknown",
    "staff.locked",
    "consent.missing",
    "registration.incomplete",
    "error.unexpected",
}


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def coded_exceptions(trees: dict[str, ast.Module]) -> set[str]:
    """The names of every class that derives from kiosk.errors.CodedError, by name."""
    bases = {
        node.name: {_name(base) for base in node.bases}
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }
    coded = {"CodedError"}
    while True:
        more = {name for name, parents in bases.items() if parents & coded} - coded
        if not more:
            return coded
        coded |= more


def codes_in_source() -> dict[str, str]:
    """code -> where it first appears: literals given to the code-taking calls
    (every CodedError subclass among them) and `….code = "…"`."""
    trees = {
        str(path.relative_to(PACKAGE.parent)): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(PACKAGE.rglob("*.py"))
    }
    coded = coded_exceptions(trees)
    calls = CODE_CALLS | coded
    found: dict[str, str] = {}
    dynamic: list[str] = []
    for where, tree in trees.items():
        for node in ast.walk(tree):
            literals: list[ast.expr] = []
            if isinstance(node, ast.Call) and _name(node.func) in calls:
                literals = [*node.args, *(k.value for k in node.keywords if k.arg == "code")]
                if _name(node.func) in coded and node.args and isinstance(node.args[0], ast.JoinedStr):
                    dynamic.append(f"{where}:{node.lineno}")
            elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Attribute) and t.attr == "code" for t in node.targets
            ):
                literals = [node.value]
            for literal in literals:
                if isinstance(literal, ast.IfExp):
                    literals += [literal.body, literal.orelse]
                elif (
                    isinstance(literal, ast.Constant)
                    and isinstance(literal.value, str)
                    and CODE.fullmatch(literal.value)
                ):
                    found.setdefault(literal.value, f"{where}:{literal.lineno}")
    assert dynamic == [], "a code must be a literal, so that this test can see it"
    return found


def test_the_scan_sees_the_codes_of_every_layer():
    found = codes_in_source()
    for code in ("cin.format", "visit.other_day", "staff.name_too_long", "already_queued", "visit.not_waiting"):
        assert code in found


def test_every_code_raised_anywhere_has_a_message_in_every_language():
    missing = [
        (code, where, lang)
        for code, where in codes_in_source().items()
        for lang in errors.languages()
        if not _texts(code, errors.Audience.STAFF, lang)
    ]
    assert missing == []


def test_every_code_raised_is_in_the_enum():
    assert sorted(set(codes_in_source()) - set(errors.Code)) == []


def test_codes_a_donor_can_meet_have_a_donor_message_in_every_language():
    missing = [
        (code, lang)
        for code in DONOR_CODES
        for lang in errors.languages()
        if not _texts(code, errors.Audience.DONOR, lang)
    ]
    assert missing == []


def test_the_enum_and_the_file_list_the_same_codes():
    assert set(errors.registry()) == set(errors.Code)


def _texts(code: str, audience: errors.Audience, lang: str) -> list[str]:
    entry = errors.lookup(code, audience)
    text = entry.texts.get(lang) if entry else None
    if isinstance(text, dict):
        return [t for t in text.values() if t.strip()]
    return [text] if text and text.strip() else []


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_language_fills_the_same_placeholders():
    wrong = []
    for code, entries in errors.registry().items():
        for audience, entry in entries.items():
            wanted = None
            for lang, text in entry.texts.items():
                forms = list(text.values()) if isinstance(text, dict) else [text]
                if isinstance(text, dict):
                    assert entry.count and "other" in text, (code, lang)
                    assert set(text) == {errors.plural_category(lang, n) for n in range(200)}, (code, lang)
                for form in forms:
                    fields = _fields(form) - {entry.count}
                    wanted = fields if wanted is None else wanted
                    if fields != wanted:
                        wrong.append((code, audience, lang))
    assert wrong == []


def test_validation_codes_from_a_form_all_have_donor_messages():
    """Codes built from field names (`sex.empty`) never appear as one literal."""
    _, refused = donor_details({"city": "x" * 81, "language": "fr"}, date(2025, 12, 2))
    assert set(refused.values()) == {"sex.empty", "birth_date.empty", "name.empty", "city.too_long"}
    assert all(_texts(code, errors.Audience.DONOR, lang) for code in refused.values() for lang in errors.languages())


def test_the_refusals_carry_their_code():
    assert isinstance(VisitRefused("visit.other_day"), errors.CodedError)
    assert isinstance(Invalid("cin.format"), errors.CodedError)
    assert errors.error_message(VisitRefused("booth.same", booth=3), "en") == "The donor is already at booth 3."


@pytest.mark.parametrize(
    ("lang", "n", "form"),
    [
        ("ar", 1, "one"),
        ("ar", 2, "two"),
        ("ar", 7, "few"),
        ("ar", 11, "many"),
        ("ar", 100, "other"),
        ("fr", 1, "one"),
        ("fr", 2, "other"),
    ],
)
def test_plural_forms_follow_the_language(lang, n, form):
    assert errors.plural_category(lang, n) == form


def test_counts_choose_the_arabic_form():
    assert errors.message("visit.call_limit", "ar", calls=2).startswith("نودي عليه مرتين")
    assert errors.message("visit.call_limit", "ar", calls=3).startswith("نودي عليه 3 مرات")


def test_an_unknown_code_reads_as_a_neutral_sentence_never_the_code():
    assert errors.message("no.such_code", "fr") == "Cette action a été refusée."
    assert errors.message("no.such_code", "ar", errors.Audience.DONOR) == "يرجى التحقق من هذه الخانة."


def test_the_command_line_speaks_the_operator_s_locale():
    assert errors.command_language({"LANG": "fr_MA.UTF-8"}) == "fr"
    assert errors.command_language({"LC_ALL": "ar_MA.UTF-8", "LANG": "fr_FR"}) == "ar"
    assert errors.command_language({"LANG": "C.UTF-8"}) == "en"
    assert errors.command_language({}) == "en"


def test_a_ticket_reads_as_it_is_called_out():
    assert errors.message("already_queued", "en", errors.Audience.DONOR, isolate=False, ticket=7) == (
        "You already have a ticket today: number " + ticket_label(7) + ". Please wait to be called."
    )


def test_every_storage_fault_has_a_message_in_every_language():
    from kiosk.storage import faults

    assert set(faults.CODES) <= set(errors.Code)
    missing = [
        (code, lang)
        for code in faults.CODES
        for lang in errors.languages()
        if not _texts(code, errors.Audience.STAFF, lang)
    ]
    assert missing == []


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"KIOSK_LANG": "ar"}, "ليس قاعدة بيانات قطرة"),
        ({"LANG": "fr_MA.UTF-8"}, "n’est pas une base de données Qatra"),
        ({}, "is not a Qatra database"),
    ],
)
def test_the_command_line_prints_a_storage_fault_in_the_chosen_language(tmp_path, monkeypatch, capsys, env, words):
    from kiosk import cli

    for name in ("KIOSK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    empty = tmp_path / "kiosk.db"
    empty.touch()  # a zero-length file where the database should be
    assert cli.main(["campaign", "list", "--db", f"sqlite:///{empty}"]) == 1
    err = capsys.readouterr().err
    assert words in err and str(empty) in err and err.count("\n") == 1
