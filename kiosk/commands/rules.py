"""`kiosk rules check FILE...`: validate rule packs; `kiosk rules show [FILE]`: list one.

A regional centre edits a pack in a text editor and runs `check` before use; the
problems come as `FILE:LINE: message`, as compilers print them, so editors can
jump to the line.
"""

from __future__ import annotations

import argparse
import sys


def add_parser(subparsers, parents) -> None:
    parser = subparsers.add_parser(
        "rules",
        parents=parents,
        help="check or list eligibility rule packs",
        description="Check or list eligibility rule packs (TOML files, see resources/rules/).",
    )
    actions = parser.add_subparsers(dest="rules_action", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="validate packs; prints FILE:LINE: problem, exits 1 on any")
    check.add_argument("files", nargs="+", metavar="FILE", help="rule pack files (.toml)")
    show = actions.add_parser("show", help="list a pack's rules: who is asked, outcome, numbers, source")
    show.add_argument("file", nargs="?", metavar="FILE", help="rule pack (default: the bundled ma-amsd pack)")


def run(args: argparse.Namespace) -> int:
    if args.rules_action == "check":
        return _check(args.files)
    return _show(args.file)


def _check(files: list[str]) -> int:
    from kiosk.domain.eligibility.pack import Problem, check_pack
    from kiosk.errors import command_language, say

    lang = command_language()
    failed = []
    for name in files:
        try:
            problems, pack = check_pack(name)
        except RecursionError:  # tomllib recurses once per nested array or table
            problems, pack = [Problem(0, "pack.nested")], None
        if problems:
            failed.append(name)
            for problem in problems:
                print(problem.format(name, lang))
        else:
            assert pack is not None
            for note in pack.missing_texts:  # a translation under way: usable, and said
                print(f"{note.format(name, lang)} {say('pack.warning')}")
            questions = sum(1 for r in pack.rules if r.type.answer_kind is not None)
            ok = say("pack.ok", rules=len(pack.rules), questions=questions, vitals=len(pack.vitals), ref=pack.ref)
            print(f"{name}: {ok}")
    if failed:
        print(f"kiosk rules: {say('pack.failed', count=len(failed), files=', '.join(failed))}", file=sys.stderr)
    return 1 if failed else 0


def _show(name: str | None) -> int:
    from kiosk.domain.eligibility.pack import DEFAULT_PACK, PackError, Problem, load_pack
    from kiosk.errors import command_language, say
    from kiosk.i18n import LANGUAGES

    lang = command_language()
    try:
        pack = load_pack(name or DEFAULT_PACK)
    except PackError as error:
        print("\n".join(error.lines(lang)), file=sys.stderr)
        return 1
    except RecursionError:
        print(f"kiosk rules: {Problem(0, 'pack.nested').format(name or DEFAULT_PACK, lang)}", file=sys.stderr)
        return 1
    print(f"{pack.ref}: {pack.title.of(lang if lang in LANGUAGES else 'fr')}")  # a pack's texts: ar, fr
    for rule in pack.rules:
        sex = say("rules.sex", sex=rule.sex) if rule.sex else None
        who = "/".join(filter(None, [sex, str(rule.donors) if rule.donors != "all" else None]))
        numbers = ", ".join(f"{k}={_plain(v)}" for k, v in rule.params.items())
        print(f"  {rule.id:<17} {rule.type:<13} {rule.outcome:<10} {who or say('rules.everyone'):<12} {numbers}")
        print(f"  {'':<17} {say('rules.source', source=rule.source)}")
    for vital in pack.vitals:
        limits = ", ".join(f"{k}={_plain(v)}" for k, v in (("min", vital.min), ("max", vital.max)) if v)
        print(
            f"  {say('rules.vital')} {vital.id:<11} {vital.unit:<6} {limits}; {say('rules.source', source=vital.source)}"
        )
    return 0


def _plain(value) -> str:
    if isinstance(value, dict):
        items = {k: v for k, v in value.items() if v} if set(value) == {"days", "months", "years"} else value
        return "{" + " ".join(f"{k}:{v}" for k, v in items.items()) + "}"
    if isinstance(value, tuple):
        return "[" + ",".join(value) + "]"
    return str(value)
