"""Eligibility pre-screening: rule packs and the engine (plain Python, no Qt).

The kiosk asks the pack's questions, the engine gives one of four outcomes; the
nurse or doctor decides. Typical use::

    pack = default_pack()
    for step in pack.steps_for(donor.sex, donor.first_time): ...   # one screen each
    result = assess(pack, local_day(), donor, history, answers)
    record = stored_answers(pack, answers, result)     # what to keep
    donor_message(pack, result, "ar", long_date)       # what the donor reads
    reason_lines(pack, result, "fr", "F", long_date)    # why, in general words (never sensitive)
    [pack.explain(r, "fr") for r in result.reasons]    # what staff read
"""

from kiosk.domain.eligibility.dates import Wait, add_months, age_on, month_answer
from kiosk.domain.eligibility.engine import (
    InputError,
    assess,
    check_vitals,
    donor_message,
    next_donation_day,
    stored_answers,
)
from kiosk.domain.eligibility.model import (
    NEEDS_INTERVIEW,
    Answer,
    AnswerKind,
    Assessment,
    Donation,
    DonorProfile,
    Outcome,
    Question,
    Reason,
    Rule,
    RuleType,
    Sex,
    Step,
    Vital,
    say,
)
from kiosk.domain.eligibility.pack import Pack, PackError, Problem, check_pack, default_pack, load_pack
from kiosk.domain.eligibility.request import Request, parse_request
from kiosk.domain.eligibility.words import advice_lines, reason_lines

__all__ = [
    "NEEDS_INTERVIEW",
    "Answer",
    "InputError",
    "AnswerKind",
    "Assessment",
    "Donation",
    "DonorProfile",
    "Outcome",
    "Pack",
    "PackError",
    "Problem",
    "Question",
    "Reason",
    "Request",
    "Rule",
    "RuleType",
    "Sex",
    "Step",
    "Vital",
    "Wait",
    "add_months",
    "advice_lines",
    "age_on",
    "assess",
    "check_pack",
    "check_vitals",
    "default_pack",
    "donor_message",
    "load_pack",
    "month_answer",
    "next_donation_day",
    "parse_request",
    "reason_lines",
    "say",
    "stored_answers",
]
