"""Run the benchmarks: `python -m tests.bench [--quick] [--only NAME] [--json PATH]`.

Each `tests/bench/bench_<topic>.py` defines `run(quick: bool) -> dict[str, float]`.
Figures are compared with a bare baseline measured in the same run (these
machines are noisy), so read the ratios, not the absolute numbers.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def discover(only: list[str] | None) -> list[str]:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if only:
        names = [n for n in names if any(o in n for o in only)]
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller data, fewer repetitions")
    parser.add_argument("--only", action="append", help="run the benchmarks whose name contains this")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results: dict[str, dict[str, float]] = {}
    for name in discover(args.only):
        module = importlib.import_module(f"tests.bench.{name}")
        started = time.perf_counter()
        print(f"== {name} ...", flush=True)
        figures = module.run(quick=args.quick)
        results[name.removeprefix("bench_")] = figures
        width = max(map(len, figures), default=0)
        for key, value in figures.items():
            shown = f"{value:,.3f}" if isinstance(value, float) else str(value)
            print(f"   {key:<{width}}  {shown:>14}")
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
