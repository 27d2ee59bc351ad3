"""`kiosk assess FILE.json` (or `-` for stdin): the eligibility engine's answer as JSON.

For centres testing a changed rule pack and for scripts: the same engine and
checks as the kiosk, with no database and no screen.
"""

from __future__ import annotations

import argparse
import sys

REQUEST_MAX_BYTES = 1024 * 1024  # one donor's request is a few hundred bytes


def add_parser(subparsers, parents) -> None:
    parser = subparsers.add_parser(
        "assess",
        parents=parents,
        help="pre-screen one donor from a JSON request",
        description=(
            'Input: {"date": "YYYY-MM-DD", "donor": {"sex": "F", "birth_date": "...", "weight_kg": 55, '
            '"first_time": true}, "history": [{"date": "...", "kind": "whole_blood"}], "answers": {"id": ...}}. '
            'Output: {"outcome", "until", "reasons", "advice", "pack"}.'
        ),
    )
    parser.add_argument("file", metavar="FILE.json", help="the request, or - for standard input")
    parser.add_argument("--pack", metavar="FILE", help="rule pack (default: the bundled ma-amsd pack)")


def run(args: argparse.Namespace) -> int:
    import json

    from kiosk.domain.eligibility import InputError, PackError, assess, default_pack, load_pack, parse_request
    from kiosk.errors import command_language, error_message, say

    lang = command_language()
    try:
        pack = load_pack(args.pack) if args.pack else default_pack()
    except PackError as error:
        lines = "\n".join(error.lines(lang))
        print(f"kiosk assess: {say('pack.unusable')}\n{lines}", file=sys.stderr)
        return 2
    except RecursionError:
        return _fail("file.nested", file=args.pack)
    try:
        if args.file == "-":
            stream = getattr(sys.stdin, "buffer", None)  # a text-only stdin (tests, embedding) has none
            raw = stream.read(REQUEST_MAX_BYTES + 1) if stream else sys.stdin.read(REQUEST_MAX_BYTES + 1).encode()
        else:
            with open(args.file, "rb") as handle:
                raw = handle.read(REQUEST_MAX_BYTES + 1)
    except OSError as error:
        return _fail("file.unreadable", file=args.file, reason=error)
    if len(raw) > REQUEST_MAX_BYTES:
        return _fail("file.too_large", file=args.file, kb=REQUEST_MAX_BYTES // 1024)
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return _fail("file.not_text", file=args.file)
    except json.JSONDecodeError as error:
        return _fail("file.not_json", file=args.file, line=error.lineno, column=error.colno)
    except RecursionError:
        return _fail("file.nested", file=args.file)
    try:
        request = parse_request(pack, data)
    except InputError as error:
        print(f"kiosk assess: {error_message(error, lang, isolate=False)}", file=sys.stderr)
        return 2
    except RecursionError:
        return _fail("file.nested", file=args.file)
    result = assess(pack, request.today, request.donor, request.history, request.answers)
    print(json.dumps(result.to_json(), ensure_ascii=False))
    return 0


def _fail(code: str, **detail: object) -> int:
    """One line in the operator's language; exit status 2 (bad input)."""
    from kiosk.errors import say

    print(f"kiosk assess: {say(code, **detail)}", file=sys.stderr)
    return 2
