"""`python -m devtools.screenshots --out DIR`: every screen of the donor flow, the nurse
station and the display board, in Arabic and in French, rendered offscreen to
DIR/<screen>-<lang>.png (for the README and for review). Runs on a temporary demonstration database at a fixed time; the
user's own data is never touched."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from kiosk.i18n import LANGUAGES

SIZE = (1280, 800)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m devtools.screenshots", description="render every screen to PNG (ar and fr)"
    )
    parser.add_argument(
        "--station",
        choices=("kiosk", "nurse", "display", "organiser", "all"),
        default="all",
        help="which station's screens (default: all)",
    )
    parser.add_argument("--out", type=Path, required=True, metavar="DIR", help="where to write the PNG files")
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="only this language (repeatable)")
    parser.add_argument("--only", action="append", metavar="SCREEN", help="only kiosk screens whose name contains this")
    parser.add_argument(
        "--size", default=f"{SIZE[0]}x{SIZE[1]}", help="kiosk window size, WIDTHxHEIGHT (default 1280x800)"
    )
    return parser


def run(args: argparse.Namespace) -> int:
    try:
        width, height = (int(n) for n in args.size.lower().split("x"))
    except ValueError:
        print(f"kiosk: --size {args.size!r}: expected WIDTHxHEIGHT", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="qatra-shots-") as temp:
        os.environ["KIOSK_DATA_DIR"] = temp  # the demo database and its tickets stay in here
        langs = args.lang or list(LANGUAGES)
        written: list[Path] = []
        overflows: list[str] = []
        if args.station in ("kiosk", "all"):
            from devtools.screenshots.kiosk_screens import render_all

            written, overflows = render_all(args.out, Path(temp), langs=langs, only=args.only, size=(width, height))
        if args.station in ("nurse", "all"):
            from devtools.screenshots import nurse_screens as nurse

            written += nurse.render(args.out, langs)
        if args.station in ("display", "all"):
            from devtools.screenshots import board_screens as board

            written += board.render(args.out, langs)
        if args.station in ("organiser", "all"):
            from devtools.screenshots import organiser_screens as organiser

            written += organiser.render(args.out, langs)
    for path in written:
        print(path)
    for problem in overflows:
        print(f"kiosk: does not fit: {problem}", file=sys.stderr)
    return 1 if overflows else 0


if __name__ == "__main__":
    sys.exit(run(build_parser().parse_args()))
