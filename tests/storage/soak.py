"""`make soak`: seeded kill -9 trials (tests/storage/crash.py), outside `make test`.

    python -m tests.storage.soak [--trials 200] [--seed 20251202]

Prints one line per trial, then the trials, the failures and the time taken;
exits 1 when any trial failed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from tests.storage.crash import soak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.storage.soak", description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20251202)
    args = parser.parse_args(argv)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="qatra-soak-") as folder:
        trials, failures, revisions = soak(args.trials, args.seed, Path(folder))
    for failure in failures:
        print(failure)
    left = ", ".join(f"{count} at {revision}" for revision, count in sorted(revisions.items()))
    print(f"soak: {trials} trials, {len(failures)} failures, {time.monotonic() - started:.0f} s (seed {args.seed})")
    print(f"killed migrations left the schema: {left or 'none run'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
