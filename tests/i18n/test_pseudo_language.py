"""A third language added as data only, end to end.

This builds what a translator provides for a pseudo-language `qps`: its entry
in a languages file (the bundled ones plus it), a catalogue where every message
is the source wrapped in ⟦…⟧, campaign, rule-pack and error-message texts, a
keyboard layout and a font. A second pytest run, with `KIOSK_LANGUAGES` naming that file, walks
every kiosk screen in `qps` and prints the documents (tests/ui/pseudo_language_walk.py):
no Python of the product changes for the language to appear everywhere.

`kiosk rules check` and `kiosk campaign import` with the same languages file
report the texts a pack or a campaign lacks in the new language.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk import paths

ROOT = paths.RESOURCES.parent
CODE = "qps"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
# What a translator writes for the pseudo-language; the fonts are DejaVu (it has ⟦ and ⟧).
ENTRY = f"""
[[language]]
code = "{CODE}"
name = "⟦Pseudo⟧"
locale = "en_GB"
direction = "ltr"
script = "Latn"
ui_font = "DejaVu Sans"
pdf_font = "{DEJAVU / "DejaVuSans.ttf"}"
pdf_font_bold = "{DEJAVU / "DejaVuSans-Bold.ttf"}"
keyboard = "pseudo"
names = "latin"
catalogue = "kiosk_{CODE}"
plural_forms = ["n = 1", "n ≠ 1"]
fallback = ["fr"]
"""
KEYBOARD = """label = "⟦Ψ⟧"
rows = ["ςερτυθιοπ", "ασδφγηξκλ", "ζχψωβνμ"]
last = "-'"
"""


def pseudo(text: str) -> str:
    return f"⟦{text}⟧"


def _wrapped_strings(table: str) -> str:
    return re.sub(r'"((?:[^"\\]|\\.)*)"', lambda m: f'"{pseudo(m.group(1))}"', table)


_FR = r'fr = ("(?:[^"\\]|\\.)*"|\{[^{}]*\})'


def with_pseudo_texts(toml: str) -> str:
    """Every `fr = "…"` text of a campaign, pack or messages file gets a
    `qps = "⟦…⟧"` beside it; forms by sex or count (`fr = { F = "…", M = "…" }`)
    get theirs, each wrapped."""
    out = []
    for line in toml.splitlines():
        whole = re.match(rf"^(\s*){_FR}\s*$", line)
        if whole:  # a key of its own table: a line of its own
            out += [line, f"{whole.group(1)}{CODE} = {_wrapped_strings(whole.group(2))}"]
            continue
        out.append(re.sub(rf"\b{_FR}", lambda m: f"{m.group(0)}, {CODE} = {_wrapped_strings(m.group(1))}", line))
    return "\n".join(out) + "\n"


def with_pseudo_messages(toml: str) -> str:
    """The error registry's file with a `qps` message beside every French one."""
    return with_pseudo_texts(toml)


def pseudo_catalogue(source: Path, target: Path) -> None:
    """A .ts file with every message of `source` translated as ⟦source⟧ (English plurals)."""
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "en_GB")
    for message in root.iter("message"):
        text = pseudo(message.findtext("source") or "")
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    tree.write(target, encoding="utf-8", xml_declaration=True)


def build(folder: Path) -> Path:
    """The translator's files in `folder`; returns the languages file."""
    folder.mkdir(parents=True, exist_ok=True)
    languages = folder / "languages.toml"
    languages.write_text((paths.RESOURCES / "languages.toml").read_text(encoding="utf-8") + ENTRY, encoding="utf-8")
    (folder / "keyboards").mkdir(exist_ok=True)
    (folder / "keyboards" / "pseudo.toml").write_text(KEYBOARD, encoding="utf-8")
    ts = folder / f"kiosk_{CODE}.ts"
    pseudo_catalogue(paths.TRANSLATIONS / "kiosk_fr.ts", ts)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    campaign = (paths.CAMPAIGNS / "khouribga-2025-12.toml").read_text(encoding="utf-8")
    campaign = campaign.replace('slug = "khouribga-2025-12"', 'slug = "pseudo-khouribga"')
    (folder / "campaign.toml").write_text(with_pseudo_texts(campaign), encoding="utf-8")
    pack = (paths.RULES / "ma-amsd.toml").read_text(encoding="utf-8")
    (folder / "pack.toml").write_text(with_pseudo_texts(pack), encoding="utf-8")
    messages = (paths.RESOURCES / "messages" / "errors.toml").read_text(encoding="utf-8")
    (folder / "errors.toml").write_text(with_pseudo_messages(messages), encoding="utf-8")
    return languages


def kiosk(languages: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KIOSK_LANGUAGES": str(languages)}
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )


@pytest.fixture(scope="module")
def languages(tmp_path_factory) -> Path:
    if not (DEJAVU / "DejaVuSans.ttf").is_file():
        pytest.skip("the pseudo-language prints with DejaVu Sans (Debian fonts-dejavu-core)")
    return build(tmp_path_factory.mktemp("pseudo"))


def test_every_kiosk_screen_and_document_in_a_language_added_as_data(languages, tmp_path):
    env = {**os.environ, "KIOSK_LANGUAGES": str(languages), "QT_QPA_PLATFORM": "offscreen"}
    walk = ROOT / "tests" / "ui" / "pseudo_language_walk.py"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--basetemp",
            str(tmp_path / "walk"),
            str(walk),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert "2 passed" in result.stdout and "skipped" not in result.stdout, result.stdout[-2000:]


def test_the_catalogue_tools_list_the_new_language(languages):
    env = {**os.environ, "KIOSK_LANGUAGES": str(languages)}
    tool = [sys.executable, str(ROOT / "scripts" / "i18n.py")]
    listed = subprocess.run([*tool, "catalogues"], capture_output=True, text=True, env=env, check=True).stdout
    assert listed.split() == ["translations/kiosk_ar.qm", "translations/kiosk_fr.qm", f"translations/kiosk_{CODE}.qm"]
    forms = subprocess.run([*tool, "forms"], capture_output=True, text=True, env=env, check=True).stdout
    assert f"{CODE}: n = 1 | n ≠ 1" in forms.splitlines()


def test_rules_check_reports_the_texts_a_pack_lacks_in_a_new_language(languages):
    complete = kiosk(languages, "rules", "check", str(languages.parent / "pack.toml"))
    assert complete.returncode == 0 and "warning" not in complete.stdout, complete.stdout
    bundled = kiosk(languages, "rules", "check", str(paths.RULES / "ma-amsd.toml"))
    assert bundled.returncode == 0, bundled.stdout  # qps falls back to French: usable
    assert "pack: title has no text in qps (⟦Pseudo⟧); the fr text is shown (warning)" in bundled.stdout
    assert "rule 'fever': question has no text in qps" in bundled.stdout


def test_rules_check_refuses_a_pack_without_a_language_that_has_no_fallback(languages, tmp_path):
    strict = tmp_path / "languages.toml"
    strict.write_text(languages.read_text(encoding="utf-8").replace('fallback = ["fr"]', "fallback = []"))
    (tmp_path / "keyboards").mkdir()
    (tmp_path / "keyboards" / "pseudo.toml").write_text(KEYBOARD, encoding="utf-8")
    result = kiosk(strict, "rules", "check", str(paths.RULES / "ma-amsd.toml"))
    assert result.returncode == 1
    assert re.search(r"ma-amsd\.toml:\d+: pack: title has no text in qps \(⟦Pseudo⟧\)$", result.stdout, re.M)


def test_campaign_import_reports_the_texts_missing_in_a_new_language(languages, tmp_path):
    db = f"sqlite:///{tmp_path / 'kiosk.db'}"
    result = kiosk(languages, "campaign", "import", str(paths.CAMPAIGNS / "taza.toml"), "--db", db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:2] in (["imported", "taza"], ["updated", "taza"])
    assert f"taza.toml: name.{CODE}: no text in ⟦Pseudo⟧; the fr text is shown instead" in result.stderr
    complete = kiosk(languages, "campaign", "import", str(languages.parent / "campaign.toml"), "--db", db)
    assert complete.returncode == 0 and "warning" not in complete.stderr, complete.stderr


def test_with_pseudo_texts_gives_every_text_its_pseudo_translation():
    assert with_pseudo_texts('name = { ar = "قطرة", fr = "Qatra" }') == (
        'name = { ar = "قطرة", fr = "Qatra", qps = "⟦Qatra⟧" }\n'
    )
    assert with_pseudo_texts('[[organisers]]\nar = "ياقوت"\nfr = "Al Yakout"') == (
        '[[organisers]]\nar = "ياقوت"\nfr = "Al Yakout"\nqps = "⟦Al Yakout⟧"\n'
    )
