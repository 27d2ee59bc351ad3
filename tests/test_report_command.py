"""`kiosk report`: what an organiser types, what they get, and one clear line when it cannot."""

from kiosk.cli import main


def test_report_day_writes_the_pdf_and_the_csv(db_url, tmp_path, capsys):
    code = main(
        [
            "report",
            "day",
            "--db",
            db_url,
            "--date",
            "2025-12-02",
            "--lang",
            "fr",
            "--out",
            str(tmp_path / "r.pdf"),
            "--csv",
            str(tmp_path / "csv"),
        ]
    )
    assert code == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "r.pdf").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "csv" / "figures.csv").exists()
    assert f"wrote {tmp_path / 'r.pdf'}" in capsys.readouterr().out


def test_report_campaign_of_a_bundled_campaign(db_url, tmp_path):
    assert (
        main(
            [
                "report",
                "campaign",
                "khouribga-2025-12",
                "--db",
                db_url,
                "--lang",
                "ar",
                "--out",
                str(tmp_path / "c.pdf"),
            ]
        )
        == 0
    )


def test_refusals_are_one_line_and_write_nothing(db_url, tmp_path, capsys):
    cases = [
        (["report", "day", "--db", db_url, "--lang", "fr"], "say where to write it"),
        (
            ["report", "day", "--db", db_url, "--lang", "fr", "--date", "2-12-2025", "--out", str(tmp_path / "a.pdf")],
            "expected a date",
        ),
        (
            ["report", "campaign", "nowhere", "--db", db_url, "--lang", "fr", "--out", str(tmp_path / "b.pdf")],
            "no campaign 'nowhere'",
        ),
    ]
    for argv, said in cases:
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert said in err and err.count("\n") == 1 and "Traceback" not in err
    assert list(tmp_path.glob("*.pdf")) == []
