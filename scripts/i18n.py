"""Keep the catalogues (translations/kiosk_ar.ts, kiosk_fr.ts …) in step with the sources.

The languages, their catalogues and plural forms come from resources/languages.toml
(kiosk.i18n.LANGUAGES): a new language there gets its .ts file on the next update.

    python scripts/i18n.py update          # pyside6-lupdate over kiosk/, then lrelease
    python scripts/i18n.py fill < F.json   # {"Context": {"source": {"ar": "…", "fr": "…"}}}
    python scripts/i18n.py forms           # the plural forms each language has, in .ts order
    python scripts/i18n.py missing         # strings without a translation in some language
    python scripts/i18n.py catalogues      # the .qm files to build, for the Makefile

`fill` writes translations into the .ts files and runs lupdate again so the files
stay exactly as lupdate writes them (the test suite checks that). A sentence
with a count (marked with QT_TRANSLATE_N_NOOP, source with `%n`) takes a list
of forms instead of one text, in Qt's order (`forms` lists them): Arabic six
(n = 0, 1, 2, 3–10, 11–99, 100–102 and like), French two (n ≤ 1, n ≥ 2).
"""

from __future__ import annotations

import fcntl
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kiosk.i18n import ALL  # noqa: E402 (plain Python: reads resources/languages.toml)

TS_DIR = ROOT / "translations"
LANGS = {lang.code: lang.locale for lang in ALL}
FORMS = {lang.code: lang.plural_forms for lang in ALL}  # as lupdate -list-languages gives them
CATALOGUES = {lang.code: lang.catalogue for lang in ALL}


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    return found or shutil.which(f"pyside6-{name}") or f"pyside6-{name}"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kiosk").rglob("*.py"))


def ts_path(lang: str) -> Path:
    return TS_DIR / f"{CATALOGUES[lang]}.ts"


def lang_of(ts: Path) -> str:
    return next(code for code, name in CATALOGUES.items() if name == ts.stem)


def lupdate(ts_files: list[Path]) -> None:
    """Regenerate the given .ts files from the sources (no line numbers, no obsolete)."""
    for ts in ts_files:
        lang = LANGS[lang_of(ts)]
        subprocess.run(
            [
                tool("lupdate"),
                *sources(),
                "-no-obsolete",
                "-locations",
                "none",
                "-tr-function-alias",
                "QT_TRANSLATE_NOOP+=QT_TRANSLATE_N_NOOP",
                "-source-language",
                "en",
                "-target-language",
                lang,
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def lrelease() -> None:
    for lang in LANGS:
        subprocess.run([tool("lrelease"), "-silent", str(ts_path(lang))], cwd=ROOT, check=True)


def fill(table: dict) -> int:
    """Write translations from {context: {source: {lang: text or [forms]}}};
    returns how many set. A message with plural forms takes a list with exactly
    as many forms as the language has (FORMS), anything else is refused."""
    count = 0
    for lang in LANGS:
        path = ts_path(lang)
        tree = ET.parse(path)
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name")
            for msg in ctx.iter("message"):
                source = msg.findtext("source")
                text = table.get(name, {}).get(source, {}).get(lang)
                if text is None:
                    continue
                tr = msg.find("translation")
                forms = tr.findall("numerusform")
                if msg.get("numerus") == "yes":
                    if not isinstance(text, list) or len(text) != len(forms):
                        raise ValueError(f"{lang}: {name}: {source!r} needs a list of {len(forms)} forms")
                    for form, value in zip(forms, text, strict=True):
                        form.text = value
                elif isinstance(text, list):
                    raise ValueError(f"{lang}: {name}: {source!r} has no plural forms: give one text")
                else:
                    tr.text = text
                tr.attrib.pop("type", None)
                count += 1
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return count


def texts(msg: ET.Element) -> list[str]:
    """A message's translation: its plural forms, or its one text."""
    tr = msg.find("translation")
    if tr is None:
        return [""]
    if msg.get("numerus") == "yes":
        return [form.text or "" for form in tr.findall("numerusform")]
    return [tr.text or ""]


def missing() -> list[str]:
    """`lang: context: source` for every message with no finished translation."""
    out = []
    for lang in LANGS:
        root = ET.parse(ts_path(lang)).getroot()
        for ctx in root.iter("context"):
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if (
                    tr is None
                    or tr.get("type") in ("unfinished", "obsolete", "vanished")
                    or not all(text.strip() for text in texts(msg))
                ):
                    out.append(f"{lang}: {ctx.findtext('name')}: {msg.findtext('source')}")
    return out


def main(argv: list[str]) -> int:
    cmd = argv[1] if len(argv) > 1 else "update"
    if cmd == "catalogues":
        print(" ".join(str(ts_path(lang).with_suffix(".qm").relative_to(ROOT)) for lang in LANGS))
        return 0
    TS_DIR.mkdir(exist_ok=True)
    with open(TS_DIR / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # several people may update at once
        ts_files = [ts_path(lang) for lang in LANGS]
        if cmd == "update":
            lupdate(ts_files)
            lrelease()
        elif cmd == "fill":
            lupdate(ts_files)
            print(f"{fill(json.load(sys.stdin))} translations written")
            lupdate(ts_files)
            lrelease()
        elif cmd == "forms":
            for lang, forms in FORMS.items():
                print(f"{lang}: " + " | ".join(forms))
        elif cmd == "missing":
            rows = missing()
            print("\n".join(rows) if rows else "all translated")
            return 1 if rows else 0
        else:
            print(__doc__)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
