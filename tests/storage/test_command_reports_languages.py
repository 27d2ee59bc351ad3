"""`kiosk staff` and `kiosk campaign` report in the operator's language (KIOSK_LANG,
as every command): what was done, the PIN prompts, the listings' words, from the
one registry of messages; nothing of it left in English."""

from __future__ import annotations

import io

import pytest

from kiosk import cli, paths

ENGLISH = ("added", "new PIN", "disabled", "no staff", "nurse", "now serving", "serves", "imported", "updated")
ENGLISH += ("no campaign", "demo", "warning", "PIN again", "differ")

WORDS = {
    "ar": {
        "added": "أضيف ممرض(ة) Salma Idrissi (الرقم 1)",
        "listed": "ممرض(ة)",
        "pin_set": "عُيّن رمز سري جديد لـ Salma Idrissi (الرقم 1)",
        "disabled": "أوقف حساب Salma Idrissi (الرقم 1)",
        "listed_disabled": "(موقوف)",
        "none_yet": "لا أحد من الطاقم بعد",
        "imported": "استُوردت حملة taza-2",
        "updated": "حُدّثت حملة taza-2",
        "listed_campaign": "حملة التبرع بالدم للأمن الجهوي بتازة",
        "serving": "تخدم كل المحطات الآن حملة taza-2",
        "unknown": "kiosk campaign: لا حملة باسم 'nowhere'",
        "prompt": "الرمز السري (من 4 إلى 8 أرقام): ",
        "differ": "kiosk staff: الرمزان السريان مختلفان: لم يتغير شيء",
    },
    "fr": {
        "added": "ajouté : infirmier(ère) Salma Idrissi (numéro 1)",
        "listed": "infirmier(ère)",
        "pin_set": "nouveau code PIN enregistré pour Salma Idrissi (numéro 1)",
        "disabled": "compte de Salma Idrissi (numéro 1) désactivé",
        "listed_disabled": "(désactivé)",
        "none_yet": "aucun membre du personnel pour l’instant",
        "imported": "campagne taza-2 importée",
        "updated": "campagne taza-2 mise à jour",
        "listed_campaign": "Don du sang de la sûreté régionale de Taza",
        "serving": "tous les postes servent désormais la campagne taza-2",
        "unknown": "kiosk campaign: aucune campagne nommée 'nowhere'",
        "prompt": "Code PIN (4 à 8 chiffres) : ",
        "differ": "kiosk staff: les deux codes PIN diffèrent : rien n’a été modifié",
    },
}


def _no_english(text: str) -> None:
    left = [word for word in ENGLISH if word in text.replace("--role nurse", "")]  # the command's own syntax
    assert not left, text


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    said = capsys.readouterr()
    _no_english(said.out + said.err)
    return code, said.out, said.err


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_staff_command_speaks_the_operators_language(db_url, monkeypatch, capsys, lang):
    monkeypatch.setenv("KIOSK_LANG", lang)
    words = WORDS[lang]
    code, out, err = _run(capsys, "staff", "list", "--db", db_url)
    assert code == 0 and words["none_yet"] in err
    monkeypatch.setattr("sys.stdin", io.StringIO("482913\n"))
    code, out, _ = _run(
        capsys, "staff", "add", "--db", db_url, "--name", "Salma Idrissi", "--role", "nurse", "--pin-stdin"
    )
    assert code == 0 and out.strip() == words["added"]
    code, out, _ = _run(capsys, "staff", "list", "--db", db_url)
    assert code == 0 and words["listed"] in out and "Salma Idrissi" in out
    monkeypatch.setattr("sys.stdin", io.StringIO("570913\n"))
    code, out, _ = _run(capsys, "staff", "pin", "--db", db_url, "1", "--pin-stdin")
    assert code == 0 and out.strip() == words["pin_set"]
    code, out, _ = _run(capsys, "staff", "disable", "--db", db_url, "1")
    assert code == 0 and out.startswith(words["disabled"])
    code, out, _ = _run(capsys, "staff", "list", "--db", db_url, "--all")
    assert code == 0 and words["listed_disabled"] in out


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_typed_pins_are_asked_for_and_refused_in_the_operators_language(db_url, monkeypatch, capsys, lang):
    monkeypatch.setenv("KIOSK_LANG", lang)
    prompts: list[str] = []
    answers = iter(["482913", "482914"])

    def typed(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("getpass.getpass", typed)
    code, out, err = _run(capsys, "staff", "add", "--db", db_url, "--name", "Salma Idrissi", "--role", "nurse")
    assert code == 1 and prompts[0] == WORDS[lang]["prompt"] and len(prompts) == 2
    assert err.strip() == WORDS[lang]["differ"]
    code, out, err = _run(capsys, "staff", "list", "--db", db_url)
    assert "Salma" not in out  # nothing was added


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_campaign_command_speaks_the_operators_language(db_url, tmp_path, monkeypatch, capsys, lang):
    monkeypatch.setenv("KIOSK_LANG", lang)
    words = WORDS[lang]
    file = tmp_path / "taza-2.toml"
    file.write_text(
        (paths.CAMPAIGNS / "taza.toml").read_text(encoding="utf-8").replace('slug = "taza"', 'slug = "taza-2"'),
        encoding="utf-8",
    )
    code, out, _ = _run(capsys, "campaign", "import", str(file), "--db", db_url)
    assert code == 0 and out.strip() == words["imported"]
    code, out, _ = _run(capsys, "campaign", "import", str(file), "--db", db_url)
    assert code == 0 and out.startswith(words["updated"])
    code, out, _ = _run(capsys, "campaign", "list", "--db", db_url)
    assert code == 0 and words["listed_campaign"] in out
    code, out, _ = _run(capsys, "campaign", "use", "taza-2", "--db", db_url)
    assert code == 0 and out.strip() == words["serving"]
    code, out, err = _run(capsys, "campaign", "use", "nowhere", "--db", db_url)
    assert code == 1 and err.startswith(words["unknown"])
