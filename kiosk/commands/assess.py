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

    try:
        pack = load_pack(args.pack) if args.pack else default_pack()
    except PackError as error:
        print(f"kiosk assess: unusable rule pack:\n{error}", file=sys.stderr)
        return 2
    except RecursionError:
        print(f"kiosk assess: {args.pack}: not valid TOML: values nested too deeply", file=sys.stderr)
        return 2
    try:
        if args.file == "-":
            stream = getattr(sys.stdin, "buffer", None)  # a text-only stdin (tests, embedding) has none
            raw = stream.read(REQUEST_MAX_BYTES + 1) if stream else sys.stdin.read(REQUEST_MAX_BYTES + 1).encode()
        else:
            with open(args.file, "rb") as handle:
                raw = handle.read(REQUEST_MAX_BYTES + 1)
    except OSError as error:
        print(f"kiosk assess: cannot read {args.file}: {error.strerror or error}", file=sys.stderr)
        return 2
    if len(raw) > REQUEST_MAX_BYTES:
        print(f"kiosk assess: {args.file}: larger than {REQUEST_MAX_BYTES // 1024} KB: not a request", file=sys.stderr)
        return 2
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        print(f"kiosk assess: {args.file}: not a text file (UTF-8)", file=sys.stderr)
        return 2
    except json.JSONDecodeError as error:
        print(f"kiosk assess: {args.file}: not valid JSON: {error}", file=sys.stderr)
        return 2
    except RecursionError:
        print(f"kiosk assess: {args.file}: not valid JSON: nested too deeply", file=sys.stderr)
        return 2
    try:
        request = parse_request(pack, data)
    except InputError as error:
        print(f"kiosk assess: {error}", file=sys.stderr)
        return 2
    except RecursionError:
        print(f"kiosk assess: {args.file}: a value is nested too deeply", file=sys.stderr)
        return 2
    result = assess(pack, request.today, request.donor, request.history, request.answers)
    print(json.dumps(result.to_json(), ensure_ascii=False))
    return 0
