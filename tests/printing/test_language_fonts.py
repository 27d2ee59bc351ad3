"""Each language's documents in its own fonts: Arabic and French in the bundled
pair, Tamazight (the example of docs/adding-a-language.md) in Noto Sans Tifinagh."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from kiosk import paths
from kiosk.printing import fonts, text

TAMAZIGHT = """
[[language]]
code = "zgh"
name = "ⵜⴰⵎⴰⵣⵉⵖⵜ"
locale = "fr_MA"
direction = "ltr"
script = "Tfng"
ui_font = "Noto Sans Tifinagh"
pdf_font = "NotoSansTifinagh-Regular.ttf"
keyboard = "latin"
names = "latin"
catalogue = "kiosk_zgh"
plural_forms = ["n ≤ 1", "n ≥ 2"]
fallback = ["fr"]
"""


def test_arabic_and_french_print_in_the_bundled_pair():
    """Amiri draws Latin letters and digits too: an Arabic document sets every value
    (CIN, donor number, dates) in it; a French one sets Latin in Noto Sans."""
    amiri = (fonts.Face(fonts.ARABIC, fonts.ARABIC), fonts.Face(fonts.ARABIC_BOLD, fonts.ARABIC_BOLD))
    assert fonts.faces("ar") == amiri
    assert fonts.faces("fr") == (fonts.REGULAR, fonts.BOLD)


def test_a_line_without_a_language_font_splits_only_arabic_from_latin():
    runs = text.line("Qatra قطرة", fonts.REGULAR, 10, rtl=False).runs
    assert {run.font for run in runs} == {fonts.LATIN, fonts.ARABIC}


def test_tamazight_prints_tifinagh_in_its_font_and_the_rest_in_noto_sans_and_amiri(tmp_path):
    """The languages file of the docs' example, a ticket with a Tifinagh campaign name."""
    languages = tmp_path / "languages.toml"
    languages.write_text((paths.RESOURCES / "languages.toml").read_text(encoding="utf-8") + TAMAZIGHT, encoding="utf-8")
    pdf = tmp_path / "ticket.pdf"
    script = textwrap.dedent(
        f"""
        from dataclasses import replace
        from kiosk.i18n.catalog import labels_for
        from kiosk.i18n.texts import Texts
        from kiosk.printing import fonts, render_ticket, samples, text

        regular, bold = fonts.faces("zgh")
        assert regular.own == "lang-NotoSansTifinagh-Regular", regular
        runs = text.line("ⵜⴰⴳⵓⵔⵉ 42 Qatra قطرة", regular, 10, rtl=False).runs
        print(sorted({{run.font for run in runs}}))
        data = samples.sample_ticket("fr")
        campaign = replace(data.campaign, name=Texts({{**data.campaign.name, "zgh": "ⴰⵙⵏⴼⵍⵓⵍ ⵏ ⵉⴷⴰⵎⵎⵏ"}}))
        open({str(pdf)!r}, "wb").write(render_ticket(replace(data, campaign=campaign), "zgh", labels_for))
        """
    )
    env = {**os.environ, "KIOSK_LANGUAGES": str(languages)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['Amiri', 'NotoSans', 'lang-NotoSansTifinagh-Regular']"
    fonts_used = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "NotoSansTifinagh" in fonts_used
    words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "ⴰⵙⵏⴼⵍⵓⵍ" in words
