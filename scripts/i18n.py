"""Keep translations/kiosk_{ar,fr}.ts in step with the sources.

    python scripts/i18n.py update          # pyside6-lupdate over kiosk/, then lrelease
    python scripts/i18n.py fill < F.json   # {"Context": {"source": {"ar": "…", "fr": "…"}}}
    python scripts/i18n.py missing         # strings without an Arabic or French translation

`fill` writes translations into the .ts files and runs lupdate again so the files
stay exactly as lupdate writes them (the test suite checks that).
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
TS_DIR = ROOT / "translations"
LANGS = {"ar": "ar_MA", "fr": "fr_MA"}


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    return found or shutil.which(f"pyside6-{name}") or f"pyside6-{name}"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kiosk").rglob("*.py"))


def ts_path(lang: str) -> Path:
    return TS_DIR / f"kiosk_{lang}.ts"


def lupdate(ts_files: list[Path]) -> None:
    """Regenerate the given .ts files from the sources (no line numbers, no obsolete)."""
    for ts in ts_files:
        lang = LANGS[ts.stem.rsplit("_", 1)[-1]]
        subprocess.run(
            [tool("lupdate"), *sources(), "-no-obsolete", "-locations", "none",
             "-source-language", "en", "-target-language", lang, "-ts", str(ts)],
            cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
        )


def lrelease() -> None:
    for lang in LANGS:
        subprocess.run([tool("lrelease"), "-silent", str(ts_path(lang))], cwd=ROOT, check=True)


def fill(table: dict) -> int:
    """Write translations from {context: {source: {lang: text}}}; returns how many set."""
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
                tr.text = text
                tr.attrib.pop("type", None)
                count += 1
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return count


def missing() -> list[str]:
    """`lang: context: source` for every message with no finished translation."""
    out = []
    for lang in LANGS:
        root = ET.parse(ts_path(lang)).getroot()
        for ctx in root.iter("context"):
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip():
                    out.append(f"{lang}: {ctx.findtext('name')}: {msg.findtext('source')}")
    return out


def main(argv: list[str]) -> int:
    cmd = argv[1] if len(argv) > 1 else "update"
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
