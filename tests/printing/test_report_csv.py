"""CSV cells a spreadsheet would run are neutralised; the files open as UTF-8 with a BOM."""

import csv

from kiosk.printing.report_csv import csv_text, neutralise, write_csv
from kiosk.printing.report_tables import Section


def test_every_formula_start_is_neutralised():
    for cell in ('=HYPERLINK("http://x","y")', "+212600000000", "-2+3", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(cell) == "'" + cell
    for cell in ("Khouribga", "< 5", "12", "حملة", "08:00", ""):
        assert neutralise(cell) == cell


def test_a_campaign_text_starting_with_plus_is_shown_not_run(tmp_path):
    section = Section("figures", "Chiffres", ("", ""), (("Dons", "12"), ("=1+1", "3")))
    [path] = write_csv([section], tmp_path, preamble=[("Bilan", "+Campagne de Khouribga")])
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [["Bilan", "'+Campagne de Khouribga"], ["Dons", "12"], ["'=1+1", "3"]]
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_header_row_is_written_when_the_table_has_one():
    section = Section("booths", "Postes", ("Poste", "Dons"), (("1", "4"),))
    assert csv_text(section) == "Poste,Dons\r\n1,4\r\n"
