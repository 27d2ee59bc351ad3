"""The rule pack: what the kiosk asks, what staff and donors read, and `kiosk rules check`
catching a centre's mistakes on the right line."""

from __future__ import annotations

import glob
import re
from datetime import date

import pytest

from kiosk.cli import main
from kiosk.domain.eligibility import (
    NEEDS_INTERVIEW,
    AnswerKind,
    DonorProfile,
    Outcome,
    PackError,
    Sex,
    assess,
    check_pack,
    check_vitals,
    default_pack,
    donor_message,
    load_pack,
    stored_answers,
)
from kiosk.domain.eligibility.pack import DEFAULT_PACK
from kiosk.paths import PICTOGRAMS, RULES

PACK = default_pack()
PROFILE_RULES = ["age", "weight", "interval", "interval_plasma", "interval_platelets", "yearly_limit"]
QUESTIONS = [
    "donated_elsewhere",
    "feels_unwell",
    "medication",
    "pregnant",
    "breastfeeding",
    "meal",
    "fever",
    "vaccination",
    "dental_care",
    "hijama",
    "tattoo_piercing",
    "surgery",
    "endoscopy",
    "transfusion_received",
    "blood_exposure",
    "malaria_travel",
    "childbirth",
    "miscarriage",
    "tuberculosis",
    "diabetes_treated",
    "heart_disease",
    "kidney_disease",
    "blood_disease",
    "cancer",
    "hepatitis",
    "malaria_zone",
    "fainting_history",
    "hiv",
    "injecting_drugs",
    "sti_treated",
    "risk_behaviour",
]
WOMEN_ONLY = {"pregnant", "breastfeeding", "childbirth", "miscarriage"}
ARABIC = re.compile(r"[\u0600-\u06FF]")


# --------------------------------------------------------------------------- the default pack


def test_default_pack_has_the_required_rules_in_order():
    assert PACK.ref == "ma-amsd@1.2"
    assert [r.id for r in PACK.rules] == PROFILE_RULES + QUESTIONS
    assert default_pack() is PACK  # loaded once
    assert all(rule.source.strip() for rule in PACK.rules)


@pytest.mark.parametrize(("sex", "first_time"), [("F", True), ("F", False), ("M", True), ("M", False)])
def test_questions_follow_the_pack_order_and_concern_the_donor(sex, first_time):
    questions = PACK.questions_for(Sex(sex), first_time)
    expected = [q for q in QUESTIONS if sex == "F" or q not in WOMEN_ONLY]
    assert [q.id for q in questions] == expected
    for question in questions:
        assert question.pictogram.is_file() and question.pictogram.suffix == ".svg"
        assert ARABIC.search(question.text["ar"]) and not ARABIC.search(question.text["fr"])
        assert question.text["fr"].rstrip().endswith("?") and question.text["ar"].rstrip().endswith("؟")
        if question.kind is AnswerKind.DATE:
            assert question.when and question.when["fr"].endswith("?") and question.when["ar"].endswith("؟")
            assert question.earliest(date(2026, 4, 10)) < date(2026, 4, 10)
        else:
            assert question.kind is AnswerKind.YES_NO and question.earliest(date(2026, 4, 10)) is None


def test_the_sensitive_questions_are_hiv_drugs_and_sexual_health():
    assert [q.id for q in PACK.questions_for("F", True) if q.sensitive] == [
        "hiv",
        "injecting_drugs",
        "sti_treated",
        "risk_behaviour",
    ]


def test_every_question_has_its_own_pictogram():
    used = [q.pictogram.name for q in PACK.questions_for("F", True)]
    assert len(set(used)) == len(used)
    assert sorted(used) == sorted(p.name for p in PICTOGRAMS.glob("*.svg"))


def test_date_questions_know_their_picker_range():
    dental = next(q for q in PACK.questions_for("M", False) if q.id == "dental_care")
    # Treated on 10 October 2025: the donor may give from 10 April 2026, so on 10 April
    # the picker starts on 11 October.
    assert dental.earliest(date(2026, 4, 10)) == date(2025, 10, 11)


def test_staff_explanations_are_plain_words_in_both_languages():
    for rule in PACK.rules:
        for lang in ("ar", "fr"):
            text = PACK.explain(rule.id, lang)
            assert text and "{" not in text and "}" not in text
        assert ARABIC.search(PACK.explain(rule.id, "ar"))
    assert PACK.explain("dental_care", "fr") == "Soins dentaires récents : attendre 6 mois après le dernier soin."
    assert PACK.explain("interval", "fr").startswith("Dernier don trop récent : il faut 56 jours (hommes) ou 84 jours")
    assert "18" in PACK.explain("age", "ar") and "60" in PACK.explain("age", "ar")
    assert PACK.explain("haemoglobin", "fr") == "Hémoglobine en dessous du seuil du don."
    with pytest.raises(KeyError):
        PACK.explain("no_such_rule", "fr")


DIAGNOSES = {
    "fr": ["hépatite", "vih", "sida", "cancer", "diab", "tubercul", "paludisme", "cœur", "rein", "grossesse"],
    "ar": ["الكبد", "السيدا", "السرطان", "السكري", "السل", "الملاريا", "القلب", "الكلى", "حمل"],
}


@pytest.mark.parametrize("outcome", ["eligible", "deferred", "permanent", "refer"])
def test_what_donors_read_never_names_a_diagnosis(outcome):
    for lang, words in DIAGNOSES.items():
        text = PACK.texts[outcome][lang].lower()
        assert not [w for w in words if w in text], (outcome, lang)


def test_donor_message_says_when_to_come_back():
    donor = DonorProfile(Sex.F, date(1990, 5, 1), 60, False)
    later = assess(PACK, date(2025, 12, 2), donor, (), {"dental_care": date(2025, 10, 10), "hepatitis": False})
    assert donor_message(PACK, later, "fr") == (
        "Merci de votre générosité. Vous pourrez donner votre sang à partir du 2026-04-10."
    )
    months = {4: ("avril", "أبريل")}
    spoken = donor_message(PACK, later, "ar", lambda d, lang: f"{d.day} {months[d.month][lang == 'ar']} {d.year}")
    assert "10 أبريل 2026" in spoken and "ابتداءً من" in spoken
    unwell = assess(PACK, date(2025, 12, 2), donor, (), {"feels_unwell": True})
    assert donor_message(PACK, unwell, "fr") == PACK.texts["deferred"]["fr"]
    never = assess(PACK, date(2025, 12, 2), donor, (), {"hiv": True})
    assert never.outcome is Outcome.PERMANENT
    assert donor_message(PACK, never, "ar") == PACK.texts["permanent"]["ar"]


# --------------------------------------------------------------------------- what is stored


def test_stored_answers_keep_every_question_asked_and_hide_sensitive_yeses():
    answers = {
        "dental_care": date(2025, 10, 10),
        "hijama": date(2024, 1, 1),
        "fever": None,
        "hepatitis": False,
        "medication": True,
        "risk_behaviour": True,
        "sti_treated": date(2025, 11, 1),
        "meal": False,
    }
    donor = DonorProfile(Sex.M, date(1990, 5, 1), 70, True)
    result = assess(PACK, date(2025, 12, 2), donor, (), answers)
    assert result.reasons == ("medication", "dental_care", "sti_treated", "risk_behaviour")
    assert result.advice == ("meal",)
    expected = {
        "dental_care": "2025-10-10",
        "hijama": "2024-01-01",
        "fever": False,  # "when?" answered "earlier, or never"
        "hepatitis": False,
        "medication": True,
        "risk_behaviour": NEEDS_INTERVIEW,
        "sti_treated": NEEDS_INTERVIEW,  # neither the answer nor its date
        "meal": False,
    }
    assert stored_answers(PACK, answers, result) == expected
    assert stored_answers(PACK, answers) == expected
    assert stored_answers(PACK, {"risk_behaviour": False}) == {"risk_behaviour": False}


# --------------------------------------------------------------------------- nurse thresholds


@pytest.mark.parametrize(
    ("sex", "measured", "failed"),
    [
        ("F", {"haemoglobin": 11.9}, ("haemoglobin",)),
        ("F", {"haemoglobin": 12.0}, ()),
        ("M", {"haemoglobin": 12.9}, ("haemoglobin",)),
        ("M", {"haemoglobin": 13.0}, ()),
        ("M", {"systolic": 160, "diastolic": 100}, ()),
        ("M", {"systolic": 161, "diastolic": 100}, ("systolic",)),
        ("F", {"systolic": 120, "diastolic": 101}, ("diastolic",)),
        ("F", {"weight": 49.5}, ("weight",)),
        ("F", {"weight": 50}, ()),
        # Lower blood-pressure limits, pulse and temperature (usual blood-service practice).
        ("M", {"systolic": 100, "diastolic": 60}, ()),
        ("M", {"systolic": 99, "diastolic": 60}, ("systolic",)),
        ("F", {"systolic": 110, "diastolic": 59}, ("diastolic",)),
        ("F", {"pulse": 50}, ()),
        ("F", {"pulse": 100}, ()),
        ("F", {"pulse": 49}, ("pulse",)),
        ("M", {"pulse": 101}, ("pulse",)),
        ("M", {"temperature": 37.5}, ()),
        ("M", {"temperature": 37.6}, ("temperature",)),
        ("F", {"temperature": 35.9, "pulse": None}, ()),
        (
            "F",
            {"weight": 45, "haemoglobin": 11, "systolic": 170, "diastolic": None},
            ("haemoglobin", "systolic", "weight"),
        ),
        ("M", {}, ()),
    ],
)
def test_vitals_against_the_pack_thresholds(sex, measured, failed):
    assert check_vitals(PACK, sex, measured) == failed


def test_vitals_refuse_an_unknown_measurement():
    with pytest.raises(ValueError, match="respiration"):
        check_vitals(PACK, "F", {"respiration": 16})


def test_a_pack_without_a_threshold_does_not_check_that_measurement():
    """An older pack (no pulse): a pulse not taken is no error; one taken is refused."""
    from dataclasses import replace

    older = replace(PACK, vitals=tuple(v for v in PACK.vitals if v.id != "pulse"))
    assert check_vitals(older, "F", {"pulse": None, "haemoglobin": 12.5}) == ()
    with pytest.raises(ValueError, match="pulse"):
        check_vitals(older, "F", {"pulse": 80})


def test_vitals_have_sources():
    assert {v.id: (v.unit, bool(v.source)) for v in PACK.vitals} == {
        "haemoglobin": ("g/dL", True),
        "systolic": ("mmHg", True),
        "diastolic": ("mmHg", True),
        "weight": ("kg", True),
        "pulse": ("/min", True),
        "temperature": ("°C", True),
    }
    limits = {v.id: (v.min and v.min["F"], v.max and v.max["F"]) for v in PACK.vitals}
    assert limits["systolic"] == (100, 160)  # PRODUCT.md: at most 160 (decree); at least 100 (practice)
    assert limits["diastolic"] == (60, 100)
    assert limits["pulse"] == (50, 100)
    assert limits["temperature"] == (None, 37.5)


# --------------------------------------------------------------------------- kiosk rules check


def test_rules_check_passes_on_the_bundled_pack(capsys):
    files = glob.glob(str(RULES / "ma-amsd.*"))
    assert files
    assert main(["rules", "check", *files]) == 0
    out = capsys.readouterr().out
    assert out.strip() == f"{files[0]}: ok: 37 rules (31 questions), 6 vitals, ma-amsd@1.2"


BROKEN = [
    # (what a centre did, old text, new text, expected message, text of the reported line)
    (
        "missing translation",
        ', fr = "Au cours des 4 dernières semaines, avez-vous eu de la fièvre, une infection ou un rhume ?" }',
        " }",
        "rule 'fever': question has no text in fr (Français)",
        "question = { ar =",
    ),
    (
        "unknown outcome",
        'id = "medication"\ntype = "yes_no"\noutcome = "refer"',
        'id = "medication"\ntype = "yes_no"\noutcome = "maybe"',
        "rule 'medication': outcome 'maybe' is not one of deferred, permanent, refer",
        'outcome = "maybe"',
    ),
    (
        "negative wait",
        "wait = { days = 14 }",
        "wait = { days = -14 }",
        "rule 'fever': wait.days must not be negative, not -14",
        "wait = { days = -14 }",
    ),
    (
        "negative weight",
        "min_kg = 50",
        "min_kg = -50",
        "rule 'weight': min_kg must not be negative, not -50",
        "min_kg = -50",
    ),
    (
        "negative per-sex number",
        "max = { M = 5, F = 3 }",
        "max = { M = 5, F = -3 }",
        "rule 'yearly_limit': max.F must be at least 1, not -3",
        "max = { M = 5, F = -3 }",
    ),
    (
        "negative vital",
        "max = 160",
        "max = -160",
        "vital 'systolic': max must not be negative, not -160",
        "max = -160",
    ),
    (
        "missing Arabic title",
        'title = { ar = "الانتقاء الأولي للمتبرعين بالدم — المغرب (الوكالة المغربية للدم ومشتقاته)", fr',
        "title = { fr",
        "pack: title has no text in ar (العربية)",
        "title = {",
    ),
    (
        "typo in a key",
        "wait = { months = 3 }",
        "wiat = { months = 3 }",
        "rule 'surgery': unknown key 'wiat'",
        "wiat = { months = 3 }",
    ),
    (
        "duplicate id",
        'id = "hiv"',
        'id = "cancer"',
        "rule 'cancer': the id is used twice",
        'id = "cancer"',
    ),
    (
        "unknown type",
        'id = "hijama"\ntype = "date"',
        'id = "hijama"\ntype = "when"',
        "rule 'hijama': type 'when' is not one of",
        'type = "when"',
    ),
    (
        "missing pictogram",
        'pictogram = "hijama.svg"',
        'pictogram = "cupping.svg"',
        "rule 'hijama': pictogram 'cupping.svg' not found",
        'pictogram = "cupping.svg"',
    ),
    (
        "placeholder that is not a number of the rule",
        "attendre {wait[months]} mois après le dernier soin",
        "attendre {wait[weeks]} semaines",
        "rule 'dental_care': explanation.fr refers to {weeks}",
        "explanation = {",
    ),
    (
        "donor text without the date",
        "Vous pourrez donner votre sang à partir du {date}.",
        "Vous pourrez donner votre sang plus tard.",
        "texts: deferred_until.fr must show {date}",
        "deferred_until = {",
    ),
    (
        "interval that is not deferred",
        'days = { M = 56, F = 84 }\noutcome = "deferred"',
        'days = { M = 56, F = 84 }\noutcome = "refer"',
        "rule 'interval': outcome must be deferred",
        'outcome = "refer"',
    ),
    (
        "TOML syntax error",
        "min_years = 18",
        "min_years = = 18",
        "not valid TOML",
        "min_years = = 18",
    ),
]


@pytest.mark.parametrize(("case", "old", "new", "message", "line_text"), BROKEN, ids=[b[0] for b in BROKEN])
def test_rules_check_names_the_problem_and_its_line(tmp_path, capsys, case, old, new, message, line_text):
    text = DEFAULT_PACK.read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    path = tmp_path / "centre.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")

    assert main(["rules", "check", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    hits = [line for line in out if message in line]
    assert hits, out
    found = re.match(rf"{re.escape(str(path))}:(\d+): ", hits[0])
    assert found, hits[0]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert line_text in lines[int(found.group(1)) - 1]
    with pytest.raises(PackError) as refused:
        load_pack(path)
    assert message in str(refused.value)


def test_rules_check_lists_every_problem_and_checks_every_file(tmp_path, capsys):
    text = DEFAULT_PACK.read_text(encoding="utf-8")
    path = tmp_path / "two.toml"
    path.write_text(text.replace("min_kg = 50", "min_kg = -1").replace("wait = { years = 5 }", "wait = { years = -5 }"))
    assert main(["rules", "check", str(path), str(DEFAULT_PACK)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line.split(": ", 1)[1] for line in out[:2]] == [
        "rule 'weight': min_kg must not be negative, not -1",
        "rule 'tuberculosis': wait.years must not be negative, not -5",
    ]
    assert out[2].endswith("ok: 37 rules (31 questions), 6 vitals, ma-amsd@1.2")


def test_rules_written_as_an_inline_array_are_found_by_their_id(tmp_path):
    path = tmp_path / "tiny.toml"
    path.write_text(
        'format = 1\nid = "tiny"\nversion = "1"\nsource = "test"\n'
        'title = { ar = "اختبار", fr = "Essai" }\n'
        "rule = [\n"
        '  { id = "unwell", type = "yes_no", outcome = "deferred", source = "s", pictogram = "fever.svg",'
        ' question = { ar = "هل أنت مريض؟", fr = "Malade ?" }, explanation = { ar = "مريض", fr = "Malade" } },\n'
        '  { id = "late", type = "yes_no", outcome = "later", source = "s", pictogram = "fever.svg",'
        ' question = { ar = "هل؟", fr = "Tard ?" }, explanation = { ar = "متأخر", fr = "Tard" } },\n'
        "]\n"
        "[texts]\n"
        + "".join(
            f'{key} = {{ ar = "نص {{date}}", fr = "texte {{date}}" }}\n'
            if key == "deferred_until"
            else f'{key} = {{ ar = "نص", fr = "texte" }}\n'
            for key in ("when", "eligible", "deferred_until", "deferred", "permanent", "refer")
        ),
        encoding="utf-8",
    )
    problems, pack = check_pack(path)
    assert pack is None
    assert [(p.line, p.message) for p in problems] == [
        (8, "rule 'late': outcome 'later' is not one of deferred, permanent, refer"),
    ]


def test_rules_show_lists_numbers_and_sources(capsys):
    assert main(["rules", "show"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ma-amsd@1.2: ")
    assert "days={F:84 M:56}" in out and "wait={months:6}" in out and "CNTS (Les Echos, 2015)" in out
