"""Eligibility engine throughput: assessments per second over varied donors (profile,
history of up to 8 donations, every question of the pack answered), next to a bare
Python function that only computes the donor's age, in the same run.

Run alone: `python -m tests.bench.bench_eligibility [--quick]`.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta

TODAY = date(2025, 12, 2)


def donors(count: int, seed: int = 2025):
    """Realistic requests: most donors answer no everywhere, some have recent events."""
    from kiosk.domain.eligibility import AnswerKind, Donation, DonorProfile, Sex, default_pack

    pack = default_pack()
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        sex = rng.choice((Sex.F, Sex.M))
        birth = TODAY - timedelta(days=rng.randint(16 * 365, 66 * 365))
        history = [
            Donation(TODAY - timedelta(days=rng.randint(30, 900))) for _ in range(rng.choice((0, 0, 1, 2, 4, 8)))
        ]
        answers = {}
        for question in pack.questions_for(sex, not history):
            if question.kind is AnswerKind.YES_NO:
                answers[question.id] = rng.random() < 0.03
            elif question.kind is AnswerKind.DATE:
                answers[question.id] = TODAY - timedelta(days=rng.randint(0, 400)) if rng.random() < 0.08 else None
        weight = rng.choice((None, rng.uniform(45, 110)))
        out.append((DonorProfile(sex, birth, weight, not history), history, answers))
    return pack, out


def _bare_age(birth: date, today: date) -> bool:
    """Baseline: the smallest meaningful check, age in range, with nothing from a pack."""
    age = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
    return 18 <= age <= 60


def _best(function, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def run(quick: bool) -> dict[str, float]:
    from kiosk.domain.eligibility import assess, load_pack, parse_request
    from kiosk.domain.eligibility.pack import DEFAULT_PACK

    count, rounds = (2_000, 3) if quick else (20_000, 5)
    pack, cases = donors(count)

    def engine():
        for donor, history, answers in cases:
            assess(pack, TODAY, donor, history, answers)

    def baseline():
        for donor, _history, _answers in cases:
            _bare_age(donor.birth_date, TODAY)

    requests = [
        {
            "date": TODAY.isoformat(),
            "donor": {
                "sex": str(d.sex),
                "birth_date": d.birth_date.isoformat(),
                "weight_kg": d.weight_kg,
                "first_time": d.first_time,
            },
            "history": [{"date": h.date.isoformat(), "kind": h.kind} for h in history],
            "answers": {k: (v.isoformat() if isinstance(v, date) else v) for k, v in answers.items()},
        }
        for d, history, answers in cases[: count // 4]
    ]

    def from_json():
        for data in requests:
            request = parse_request(pack, data)
            assess(pack, request.today, request.donor, request.history, request.answers)

    engine_s = _best(engine, rounds)
    baseline_s = _best(baseline, rounds)
    json_s = _best(from_json, rounds)
    load_s = _best(lambda: load_pack(DEFAULT_PACK), 3 if quick else 10)
    per_s = count / engine_s
    base_per_s = count / baseline_s
    return {
        "eligibility_per_s": per_s,
        "baseline_per_s": base_per_s,
        "eligibility_vs_baseline": base_per_s / per_s,  # how many bare age checks one assessment costs
        "eligibility_us": engine_s / count * 1e6,
        "json_request_per_s": len(requests) / json_s,  # parse + check + assess, as `kiosk assess` does
        "pack_load_ms": load_s * 1000,
    }


if __name__ == "__main__":
    figures = run(quick="--quick" in sys.argv[1:])
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:<{width}}  {value:>14,.3f}")
