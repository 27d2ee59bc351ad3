"""`kiosk assess FILE.json` / `-`: the engine's answer as JSON; bad input names its field."""

from __future__ import annotations

import io
import json
import re
import sys

import pytest

from kiosk.cli import main

CAMPAIGN_DAY = "2025-12-02"  # Khouribga, Place des Moujahidines, day one


def request(**changes):
    data = {
        "date": CAMPAIGN_DAY,
        "donor": {"sex": "F", "birth_date": "1990-05-01", "weight_kg": 55, "first_time": True},
        "history": [],
        "answers": {"dental_care": "2025-10-10", "hepatitis": False},
    }
    data.update(changes)
    return data


def assess_json(tmp_path, capsys, data) -> tuple[int, dict | None, str]:
    path = tmp_path / "request.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code = main(["assess", str(path)])
    captured = capsys.readouterr()
    return code, (json.loads(captured.out) if captured.out else None), captured.err


def test_assess_prints_the_documented_json(tmp_path, capsys):
    code, out, err = assess_json(tmp_path, capsys, request())
    assert (code, err) == (0, "")
    assert out == {
        "outcome": "deferred",
        "until": "2026-04-10",
        "reasons": ["dental_care"],
        "advice": [],
        "pack": "ma-amsd@1.2",
    }


def test_assess_reads_standard_input(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(request(answers={"hiv": True, "fever": "2025-11-30"}))))
    assert main(["assess", "-"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "outcome": "permanent",
        "until": None,
        "reasons": ["fever", "hiv"],
        "advice": [],
        "pack": "ma-amsd@1.2",
    }


def test_assess_a_returning_donor_with_several_donations(tmp_path, capsys):
    data = request(
        donor={"sex": "M", "birth_date": "1985-07-14", "weight_kg": 81, "first_time": False},
        history=[
            {"date": d, "kind": "whole_blood"}
            for d in ("2025-01-06", "2025-03-10", "2025-05-12", "2025-07-14", "2025-09-15")
        ],
        answers={"medication": True},
    )
    code, out, _ = assess_json(tmp_path, capsys, data)
    assert code == 0
    assert out == {
        "outcome": "deferred",
        "until": "2026-01-06",
        "reasons": ["yearly_limit", "medication"],
        "advice": [],
        "pack": "ma-amsd@1.2",
    }
    code, out, _ = assess_json(tmp_path, capsys, {**data, "date": "2026-01-06"})
    assert out["outcome"] == "refer" and out["until"] is None


def test_an_answer_not_given_triggers_nothing(tmp_path, capsys):
    data = request(answers={})
    del data["history"]
    del data["donor"]["weight_kg"]
    code, out, _ = assess_json(tmp_path, capsys, data)
    assert (code, out["outcome"], out["until"], out["reasons"]) == (0, "eligible", None, [])


BAD = [
    ("unknown question", {"answers": {"tatoo": "2025-10-01"}}, "answers.tatoo: no such question in ma-amsd@1.2"),
    ("profile rule as an answer", {"answers": {"age": 30}}, "answers.age: comes from the donor profile"),
    ("bad date", {"answers": {"dental_care": "2025-13-10"}}, "answers.dental_care: is not a real date"),
    (
        "date in another format",
        {"answers": {"fever": "10/11/2025"}},
        "answers.fever: must be a date written YYYY-MM-DD",
    ),
    (
        "future event",
        {"answers": {"surgery": "2026-01-01"}},
        "answers.surgery: 2026-01-01 is after the assessment date",
    ),
    ("wrong type", {"answers": {"hepatitis": "no"}}, 'answers.hepatitis: must be true or false, not "no"'),
    ("date for yes/no", {"answers": {"pregnant": "2025-10-01"}}, "answers.pregnant: must be true or false"),
    ("bad assessment date", {"date": "2025-02-30"}, "date: is not a real date"),
    ("unknown field", {"visit": 3}, "visit: unknown field"),
    ("bad sex", {"donor": {"sex": "X", "birth_date": "1990-01-01"}}, 'donor.sex: must be "F" or "M", not "X"'),
    ("no birth date", {"donor": {"sex": "F"}}, "donor.birth_date: missing"),
    ("weight as text", {"donor": {"sex": "F", "birth_date": "1990-01-01", "weight_kg": "55"}}, "donor.weight_kg"),
    ("negative weight", {"donor": {"sex": "F", "birth_date": "1990-01-01", "weight_kg": -55}}, "donor.weight_kg"),
    (
        "first_time as text",
        {"donor": {"sex": "F", "birth_date": "1990-01-01", "first_time": "yes"}},
        "donor.first_time: must be true or false",
    ),
    (
        "unknown donation kind",
        {"history": [{"date": "2025-06-01", "kind": "bone_marrow"}]},
        'history[0].kind: unknown donation kind "bone_marrow" (known: plasma, platelets, whole_blood)',
    ),
    ("donation without date", {"history": [{"kind": "whole_blood"}]}, "history[0].date: missing"),
    ("history not a list", {"history": {"date": "2025-06-01"}}, "history: must be a list"),
    ("answers not an object", {"answers": ["hiv"]}, "answers: must be a JSON object"),
]


@pytest.mark.parametrize(("case", "changes", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_exits_non_zero_naming_the_field(tmp_path, capsys, case, changes, message):
    code, out, err = assess_json(tmp_path, capsys, request(**changes))
    assert code == 2 and out is None
    assert err.startswith("kiosk assess: ") and message in err, err


def test_not_json_at_all(tmp_path, capsys):
    path = tmp_path / "broken.json"
    path.write_text('{"date": "2025-12-02",', encoding="utf-8")
    assert main(["assess", str(path)]) == 2
    assert "not valid JSON" in capsys.readouterr().err


def test_assess_with_a_centres_pack_and_a_broken_one(tmp_path, capsys):
    from kiosk.domain.eligibility.pack import DEFAULT_PACK

    text = DEFAULT_PACK.read_text(encoding="utf-8")
    centre = tmp_path / "centre.toml"
    centre.write_text(text.replace("wait = { months = 6 }", "wait = { months = 4 }", 1), encoding="utf-8")
    data = tmp_path / "request.json"
    data.write_text(json.dumps(request()), encoding="utf-8")
    assert main(["assess", str(data), "--pack", str(centre)]) == 0
    assert json.loads(capsys.readouterr().out)["until"] == "2026-02-10"
    centre.write_text(text.replace("min_kg = 50", "min_kg = -50"), encoding="utf-8")
    assert main(["assess", str(data), "--pack", str(centre)]) == 2
    assert "min_kg must not be negative" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("fr", 'kiosk assess: donor.sex : doit être "F" ou "M", et non "X"'),
        ("ar", 'kiosk assess: donor.sex: يجب أن يكون "F" أو "M"، وليس "X"'),
    ],
)
def test_a_refused_request_reads_in_the_operators_language(tmp_path, capsys, monkeypatch, lang, said):
    monkeypatch.setenv("KIOSK_LANG", lang)
    code, out, err = assess_json(tmp_path, capsys, request(donor={"sex": "X", "birth_date": "1990-01-01"}))
    assert code == 2 and err.strip() == said


def test_a_file_that_is_not_json_reads_in_french_with_its_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KIOSK_LANG", "fr")
    path = tmp_path / "broken.json"
    path.write_text('{"date": "2025-12-02",\n', encoding="utf-8")
    assert main(["assess", str(path)]) == 2
    assert capsys.readouterr().err.strip() == f"kiosk assess: {path} : JSON invalide (ligne 2, colonne 1)."


def test_a_broken_pack_reads_in_arabic_line_by_line(tmp_path, capsys, monkeypatch):
    from kiosk.domain.eligibility.pack import DEFAULT_PACK

    monkeypatch.setenv("KIOSK_LANG", "ar")
    centre = tmp_path / "centre.toml"
    centre.write_text(DEFAULT_PACK.read_text(encoding="utf-8").replace("min_kg = 50", "min_kg = -50"), encoding="utf-8")
    assert main(["rules", "check", str(centre)]) == 1
    out = capsys.readouterr().out
    assert re.search(
        rf"^{re.escape(str(centre))}:\d+: rule 'weight': لا يجوز أن يكون min_kg سالبًا، وليس -50$", out, re.M
    )
