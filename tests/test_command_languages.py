"""`kiosk audit`, `db`, `backup`, `restore`, `print`, `printers`, `report`, `rules show`
and `simulate` speak the operator's language (KIOSK_LANG, as every command): what was
done, the listings' words and every refusal come from the one registry of messages,
nothing of it left in English; a refusal still changes nothing."""

from __future__ import annotations

import errno
import re
import sqlite3
from pathlib import Path

import pytest

from kiosk import cli, errors
from kiosk.simulation.run import Report
from kiosk.storage import migrate
from kiosk.storage.db import Database
from tests.storage.test_audit_chain import event_id, raw, write_events

# Words of the English lines these commands printed; none may be left.
ENGLISH = (
    "database",
    "revision",
    "donor numbers",
    "already",
    "audit trail",
    "event",
    "BROKEN",
    "missing",
    "deleted",
    "backup",
    "written",
    "checked",
    "restored",
    "kept as",
    "wrote",
    "is printed",
    "not a donor number",
    "visit ",
    "cannot",
    "directory",
    "printer",
    "saved",
    "warning",
    "none:",
    "NOT AVAILABLE",
    "idle",
    "system default",
    "prints:",
    "demo",
    "say where",
    "expected a date",
    "no campaign",
    "everyone",
    "source:",
    "vital ",
    "must be",
    "whole number",
    "milliseconds",
    "empty",
    "tickets lost",
    "duplicates",
    "errors",
    "latency",
    "throughput",
    "wall time",
    "donors",
)

WORDS = {
    "ar": {
        "revision": f"قاعدة البيانات في المراجعة {migrate.HEAD}",
        "site_set": "الموقع CRTS-MKN/khouribga-1: تبدأ أرقام المتبرعين الجدد بـ KHOURIBGA-1-",
        "site_again": "الموقع CRTS-MKN/khouribga-1: تبدأ أرقام المتبرعين الجدد بـ KHOURIBGA-1- (معيَّن من قبل)",
        "site_taken": "kiosk db init: قاعدة البيانات هذه تابعة من قبل للموقع CRTS-MKN/khouribga-1؛ "
        "يُعيَّن الموقع مرة واحدة فقط",
        "site_centre": "kiosk db init: رمز المركز من 1 إلى 16 من الحروف اللاتينية والأرقام والشرطات، مثل CRTS-MKN",
        "intact": "سجل التدقيق سليم: {n} أحداث، كل واحد منها مرتبط بالذي قبله",
        "changed": "kiosk: سجل التدقيق غير سليم عند الحدث {id} بتاريخ 2025-12-02 10:00:03 +0100 (بتوقيت الدار البيضاء): "
        "غُيِّر بعد كتابته (الموضع 4 في السلسلة)",
        "no_database": "kiosk: لا توجد قاعدة بيانات في {path}",
        "no_backup": "لا توجد نسخة احتياطية في {folder} بعد: kiosk backup",
        "backup": "كُتبت النسخة الاحتياطية وجرى التحقق منها: {file}",
        "listed": r"{file}  \d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d UTC  \d+ كيلوبايت",
        "restored": "استُرجعت قاعدة البيانات من {file}؛ وحُفظت القاعدة المستبدَلة باسم {aside}",
        "wrote_pdf": "كُتب {file} (بطاقة، fr، {kb} كيلوبايت)",
        "for_visit": "kiosk print: تُطبع التذكرة لزيارة: استعملوا --visit ID",
        "not_number": "kiosk print: 'QTR-12X' ليس رقم متبرع (مثل QTR-000123)",
        "no_visit": "kiosk print: الزيارة 99: هذه الزيارة لم تعد موجودة.",
        "is_folder": "kiosk print: تعذرت كتابة {file}: هذا مجلد وليس ملفًا",
        "printer_set": "تذكرة: الطابعة TM-T20II؛ حُفظ في {path}",
        "printer_absent": "kiosk printers: تنبيه: لا توجد الآن طابعة 'Kitchen' على هذا الجهاز؛ "
        "ستنتظر طباعة هذه الوثائق (بطاقة) (انظروا kiosk printers list)",
        "printer_cleared": "بطاقة: دون طابعة (تنتظر الطباعة إلى أن تُعيَّن طابعة)؛ حُفظ في {path}",
        "printer_empty": "kiosk printers: اسم الطابعة فارغ (لإلغاء طابعة: kiosk printers clear KIND)",
        "printer_none_for": "kiosk printers: لم تُعيَّن طابعة لهذه الوثيقة (شهادة): kiosk printers set certificate NAME",
        "printers_list": [
            "الطابعات على هذا الجهاز:",
            "  TM-T20II  جاهزة؛ الطابعة الافتراضية للنظام؛ تطبع: تذكرة",
            "الوثائق ({path}):",
            "  تذكرة        TM-T20II",
            "  بطاقة        Kitchen  (غير متاحة)",
            "  شهادة        (لا شيء: عيّنوا طابعة بالأمر kiosk printers set certificate NAME)",
        ],
        "no_printer_here": "لا توجد طابعة على هذا الجهاز (هل CUPS يعمل؟ lpstat -r)",
        "report_where": "kiosk report: حدّدوا مكان كتابته: --out FILE.pdf و/أو --csv DIR",
        "report_date": "kiosk report: --date '2025-13-01': يُنتظر تاريخ مثل 2025-12-02",
        "report_campaign": "kiosk report: لا توجد حملة 'nowhere' (انظروا `kiosk campaign list`)",
        "report_wrote": "كُتب {file}",
        "report_cannot": "kiosk report: تعذرت كتابة {file}: الملف موجود من قبل",
        "rules_title": "الانتقاء الأولي للمتبرعين بالدم",
        "everyone": "الجميع",
        "sex": "الجنس F",
        "source": "المصدر: ",
        "vital": "  قياس ",
        "sim_count": "kiosk simulate: --booths يجب أن يكون عددًا صحيحًا من 1 إلى 32، لا 0",
        "sim_minute": "kiosk simulate: --minute-ms يجب أن يكون مدة بالميلي ثانية من 0.01 إلى 60000",
        "sim_not_empty": "kiosk: تحتاج المحاكاة إلى قاعدة بيانات فارغة (هذه فيها صفوف في الجدول '{table}')",
        "sim_report": [
            "قاعدة البيانات: sqlite، الأكشاك: 2، المكاتب: 4",
            "المتبرعون المسجلون: 400 (380 تذكرة، 20 مؤجَّلون في الكشك)",
            "المتبرعون الذين استُقبلوا: 370 (350 تبرعوا، 20 مؤجَّلون)؛ 10 غادروا",
            "التذاكر الضائعة: 0",
            "التكرارات: 0",
            "الأخطاء: 1",
            "تأخر تحديث الطابور: الوسيط 12 ms، p95 40 ms، الأقصى 95 ms (1500 تغييرًا، 0 لم تُرَ)",
            "الإنتاجية: 46.3 متبرع في الساعة على مدى 8.0 ساعة من وقت الحملة؛ أقصى عدد في الانتظار معًا: 31",
            "المدة الفعلية: 52.4 ثانية",
        ],
    },
    "fr": {
        "revision": f"base de données à la révision {migrate.HEAD}",
        "site_set": "site CRTS-MKN/khouribga-1 : les nouveaux numéros de donneur commencent par KHOURIBGA-1-",
        "site_again": "site CRTS-MKN/khouribga-1 : les nouveaux numéros de donneur commencent par KHOURIBGA-1- "
        "(déjà défini)",
        "site_taken": "kiosk db init: cette base de données appartient déjà au site CRTS-MKN/khouribga-1 ; "
        "un site ne se définit qu’une fois",
        "site_centre": "kiosk db init: le code du centre compte de 1 à 16 lettres, chiffres et tirets, "
        "par exemple CRTS-MKN",
        "intact": "journal d’audit intact : {n} événements, chacun lié au précédent",
        "changed": "kiosk: journal d’audit ROMPU à l’événement {id} du 2025-12-02 10:00:03 +0100 (heure de Casablanca) : "
        "il a été modifié après son écriture (position 4 dans la chaîne)",
        "no_database": "kiosk: aucune base de données à {path}",
        "no_backup": "aucune sauvegarde dans {folder} pour l’instant : kiosk backup",
        "backup": "sauvegarde écrite et vérifiée : {file}",
        "listed": r"{file}  \d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d UTC  \d+ Ko",
        "restored": "base de données restaurée depuis {file} ; l’ancienne est conservée sous {aside}",
        "wrote_pdf": "{file} écrit (carte, fr, {kb} Ko)",
        "for_visit": "kiosk print: un ticket s’imprime pour une visite : utilisez --visit ID",
        "not_number": "kiosk print: 'QTR-12X' n’est pas un numéro de donneur (par exemple QTR-000123)",
        "no_visit": "kiosk print: visite 99 : Cette visite n'existe plus.",
        "is_folder": "kiosk print: impossible d’écrire {file} : c’est un dossier, pas un fichier",
        "printer_set": "ticket -> TM-T20II ; enregistré dans {path}",
        "printer_absent": "kiosk printers: attention : aucune imprimante 'Kitchen' sur cette machine pour l’instant ; "
        "les impressions (carte) attendront (voir kiosk printers list)",
        "printer_cleared": "carte : aucune imprimante (les impressions attendent qu’une soit définie) ; "
        "enregistré dans {path}",
        "printer_empty": "kiosk printers: le nom de l’imprimante est vide "
        "(pour oublier une imprimante : kiosk printers clear KIND)",
        "printer_none_for": "kiosk printers: aucune imprimante n’est définie pour ce document (attestation) : "
        "kiosk printers set certificate NAME",
        "printers_list": [
            "Imprimantes de cette machine :",
            "  TM-T20II  prête ; imprimante par défaut du système ; imprime : ticket",
            "Documents ({path}) :",
            "  ticket       TM-T20II",
            "  carte        Kitchen  (NON DISPONIBLE)",
            "  attestation  (aucune : à définir avec kiosk printers set certificate NAME)",
        ],
        "no_printer_here": "Aucune imprimante sur cette machine (CUPS est-il démarré ? lpstat -r)",
        "report_where": "kiosk report: indiquez où l’écrire : --out FILE.pdf et/ou --csv DIR",
        "report_date": "kiosk report: --date '2025-13-01' : une date est attendue, par exemple 2025-12-02",
        "report_campaign": "kiosk report: aucune campagne 'nowhere' (voir `kiosk campaign list`)",
        "report_wrote": "{file} écrit",
        "report_cannot": "kiosk report: impossible d’écrire {file} : le fichier existe déjà",
        "rules_title": "Présélection des donneurs de sang",
        "everyone": "tous",
        "sex": "sexe F",
        "source": "source : ",
        "vital": "  mesure ",
        "sim_count": "kiosk simulate: --booths doit être un nombre entier de 1 à 32, pas 0",
        "sim_minute": "kiosk simulate: --minute-ms doit être un nombre de millisecondes de 0.01 à 60000",
        "sim_not_empty": "kiosk: la simulation demande une base de données vide "
        "(celle-ci contient des lignes dans '{table}')",
        "sim_report": [
            "base de données : sqlite, 2 bornes, 4 box",
            "donneurs inscrits : 400 (380 tickets, 20 ajournés à la borne)",
            "donneurs reçus : 370 (350 dons, 20 ajournés) ; 10 partis",
            "tickets perdus : 0",
            "doublons : 0",
            "erreurs : 1",
            "délai de mise à jour de la file : médiane 12 ms, p95 40 ms, max 95 ms (1500 changements, 0 non vus)",
            "débit : 46.3 donneurs par heure sur 8.0 h de campagne ; au plus 31 en attente à la fois",
            "durée réelle : 52.4 s",
        ],
    },
}


@pytest.fixture(params=["ar", "fr"])
def lang(request, monkeypatch) -> str:
    monkeypatch.setenv("KIOSK_LANG", request.param)
    return request.param


def _no_english(text: str, *paths: object) -> None:
    """No English word left, outside the paths and the commands' own syntax."""
    for path in sorted((str(p) for p in paths), key=len, reverse=True):
        text = text.replace(path, "")
    text = re.sub(r"kiosk [a-z]+( [a-z]+)*( [A-Z]+)*|--[a-z-]+|sqlite:///\S+", "", text)
    left = [word for word in ENGLISH if word in text]
    assert not left, text


def _run(capsys, *argv: str, paths: tuple[object, ...] = ()) -> tuple[int, list[str], list[str]]:
    code = cli.main(list(argv))
    said = capsys.readouterr()
    _no_english(said.out + said.err, *paths)
    return code, said.out.splitlines(), said.err.splitlines()


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


def test_db_upgrade_and_init_speak_the_operators_language(db_url, tmp_path, capsys, lang):
    words = WORDS[lang]
    code, out, _ = _run(capsys, "db", "upgrade", "--db", db_url, paths=(tmp_path,))
    assert code == 0 and out == [words["revision"]]
    init = ("db", "init", "--db", db_url, "--centre", "CRTS-MKN")
    code, out, _ = _run(capsys, *init, "--station", "khouribga-1", paths=(tmp_path,))
    assert code == 0 and out == [words["site_set"]]
    code, out, _ = _run(capsys, *init, "--station", "khouribga-1", paths=(tmp_path,))
    assert code == 0 and out == [words["site_again"]]
    before = _dump(tmp_path / "kiosk.db")
    code, out, err = _run(capsys, *init, "--station", "taza-1", paths=(tmp_path,))
    assert code == 1 and err == [words["site_taken"]]
    assert _dump(tmp_path / "kiosk.db") == before  # the site stays khouribga-1


def test_a_bad_centre_code_is_refused_in_the_operators_language_and_creates_nothing(tmp_path, capsys, lang):
    url = f"sqlite:///{tmp_path / 'new.db'}"
    code, _, err = _run(capsys, "db", "init", "--db", url, "--centre", "CRTS MKN", paths=(tmp_path,))
    assert code == 2 and err == [WORDS[lang]["site_centre"]]
    assert not (tmp_path / "new.db").exists()


def test_audit_verify_speaks_the_operators_language(db_url, tmp_path, capsys, lang):
    words = WORDS[lang]
    db = Database(db_url)
    migrate.upgrade(db.engine)
    write_events(db, 5)
    code, out, _ = _run(capsys, "audit", "verify", "--db", db_url, paths=(tmp_path,))
    assert code == 0 and out == [words["intact"].format(n=5)]
    con = raw(db_url)
    con.execute("DROP TRIGGER audit_event_no_update")
    con.execute("""UPDATE audit_event SET detail = '{"n": 99}' WHERE seq = 4""")
    con.close()
    code, _, err = _run(capsys, "audit", "verify", "--db", db_url, paths=(tmp_path,))
    assert code == 1 and err == [words["changed"].format(id=event_id(db, 4))]
    db.dispose()
    missing = tmp_path / "nowhere.db"
    code, _, err = _run(capsys, "audit", "verify", "--db", f"sqlite:///{missing}", paths=(tmp_path,))
    assert code == 1 and err == [words["no_database"].format(path=missing)]
    assert not missing.exists()


def test_backup_and_restore_speak_the_operators_language(app, db_url, tmp_path, capsys, lang):
    words = WORDS[lang]
    folder = tmp_path / "usb"
    code, out, _ = _run(capsys, "backup", "list", "--to", str(folder), paths=(tmp_path,))
    assert code == 0 and out == [words["no_backup"].format(folder=folder)]
    code, out, _ = _run(capsys, "backup", "--to", str(folder), "--db", db_url, paths=(tmp_path,))
    [made] = list(folder.glob("*.db"))
    assert code == 0 and out == [words["backup"].format(file=made)]
    code, out, _ = _run(capsys, "backup", "list", "--to", str(folder), paths=(tmp_path,))
    assert code == 0 and len(out) == 1 and re.fullmatch(words["listed"].format(file=re.escape(str(made))), out[0])
    app.close()
    code, out, _ = _run(capsys, "restore", str(made), "--db", db_url, paths=(tmp_path,))
    [aside] = [p for p in tmp_path.iterdir() if p.name.startswith("kiosk.db.replaced")]
    assert code == 0 and out == [words["restored"].format(file=made, aside=aside)]


def test_print_speaks_the_operators_language(db_url, tmp_path, capsys, lang):
    words = WORDS[lang]
    out_pdf = tmp_path / "card.pdf"
    code, out, _ = _run(capsys, "print", "card", "--sample", "--lang", "fr", "--out", str(out_pdf), paths=(tmp_path,))
    kb = out_pdf.stat().st_size // 1024
    assert code == 0 and out == [words["wrote_pdf"].format(file=out_pdf, kb=kb)]
    target = tmp_path / "ticket.pdf"
    refusals = [
        (["print", "ticket", "--donor", "QTR-000001", "--out", str(target), "--db", db_url], words["for_visit"]),
        (["print", "card", "--donor", "QTR-12X", "--out", str(target), "--db", db_url], words["not_number"]),
        (["print", "card", "--visit", "99", "--out", str(target), "--db", db_url], words["no_visit"]),
        (["print", "card", "--sample", "--out", str(tmp_path)], words["is_folder"].format(file=tmp_path)),
    ]
    for argv, said in refusals:
        code, _, err = _run(capsys, *argv, paths=(tmp_path,))
        assert code == 1 and err == [said]
    assert not target.exists()


def test_printers_speak_the_operators_language(tmp_path, monkeypatch, capsys, lang):
    from kiosk import station_settings
    from kiosk.commands import printers

    words = WORDS[lang]
    monkeypatch.setattr(printers, "_printers", lambda: [("TM-T20II", printers._state("Idle"), True)])
    settings = station_settings.settings_path()
    code, _, err = _run(capsys, "printers", "set", "ticket", " ", paths=(tmp_path,))
    assert code == 1 and err == [words["printer_empty"]] and not settings.exists()
    code, out, _ = _run(capsys, "printers", "set", "ticket", "TM-T20II", paths=(tmp_path,))
    assert code == 0 and out == [words["printer_set"].format(path=settings)]
    code, _, err = _run(capsys, "printers", "set", "card", "Kitchen", paths=(tmp_path,))
    assert err == [words["printer_absent"]]
    code, out, _ = _run(capsys, "printers", "list", paths=(tmp_path,))
    assert code == 0 and out == [line.format(path=settings) for line in words["printers_list"]]
    code, _, err = _run(capsys, "printers", "test", "certificate", paths=(tmp_path,))
    assert code == 1 and err == [words["printer_none_for"]]
    code, out, _ = _run(capsys, "printers", "clear", "card", paths=(tmp_path,))
    assert code == 0 and out == [words["printer_cleared"].format(path=settings)]
    monkeypatch.setattr(printers, "_printers", list)
    code, out, _ = _run(capsys, "printers", "list", paths=(tmp_path,))
    assert out[0] == words["no_printer_here"]


PRINT_FAILED = {
    "ar": "kiosk printers: الطابعة 'TM-T20II' متوقفة (انظروا lpstat -p TM-T20II)",
    "fr": "kiosk printers: l’imprimante 'TM-T20II' est arrêtée (voir lpstat -p TM-T20II)",
}


def test_a_stopped_printer_is_said_in_the_operators_language(qapp, tmp_path, monkeypatch, capsys, lang):
    """`qapp`: the command prints through Qt, and would otherwise leave its own
    QGuiApplication behind for the widget tests that run next in this process."""
    from kiosk.ui.printers import device

    def stopped(self, pdf, printer, kind, title):
        raise device.PrintFailure(device.STOPPED, f"printer {printer!r} is stopped", printer)

    monkeypatch.setattr(device.QtPrinterDevice, "print_pdf", stopped)
    assert cli.main(["printers", "set", "ticket", "TM-T20II"]) == 0
    capsys.readouterr()
    code, _, err = _run(capsys, "printers", "test", "ticket", paths=(tmp_path,))
    assert code == 1 and err == [PRINT_FAILED[lang]]


SETTINGS_REFUSED = {
    "ar": "{file}: يجب أن يكون booth عددًا صحيحًا ابتداءً من 1، مثل booth = 2",
    "fr": "{file} : booth doit être un nombre entier à partir de 1, par exemple booth = 2",
}


def test_a_broken_settings_file_is_refused_in_the_operators_language(db_url, tmp_path, capsys, lang):
    from kiosk import station_settings

    settings = station_settings.settings_path()
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("booth = 0\n", encoding="utf-8")
    said = SETTINGS_REFUSED[lang].format(file=settings)
    code, _, err = _run(capsys, "printers", "list", paths=(tmp_path,))
    assert code == 1 and err == [f"kiosk printers: {said}"]
    folder = tmp_path / "usb"
    code, _, err = _run(capsys, "backup", "--to", str(folder), "--db", db_url, paths=(tmp_path,))
    assert code == 1 and err == [f"kiosk backup: {said}"]  # before: a traceback
    assert not folder.exists()


def test_report_speaks_the_operators_language(db_url, tmp_path, capsys, lang):
    words = WORDS[lang]
    pdf = tmp_path / "day.pdf"
    day = ("report", "day", "--db", db_url, "--lang", "fr")
    refusals = [
        ([*day], words["report_where"]),
        ([*day, "--date", "2025-13-01", "--out", str(pdf)], words["report_date"]),
        (
            ["report", "campaign", "nowhere", "--db", db_url, "--lang", "fr", "--out", str(pdf)],
            words["report_campaign"],
        ),
    ]
    for argv, said in refusals:
        code, _, err = _run(capsys, *argv, paths=(tmp_path,))
        assert code == 1 and err == [said]
    assert not pdf.exists()
    blocked = tmp_path / "day.pdf" / "inside.pdf"
    pdf.write_bytes(b"a file, not a folder")
    code, _, err = _run(capsys, *day, "--date", "2025-12-02", "--out", str(blocked), paths=(tmp_path,))
    assert code == 1 and err == [words["report_cannot"].format(file=pdf)]  # its folder cannot be made
    pdf.unlink()
    code, out, _ = _run(capsys, *day, "--date", "2025-12-02", "--out", str(pdf), paths=(tmp_path,))
    assert code == 0 and out == [words["report_wrote"].format(file=pdf)]


def test_rules_show_lists_in_the_operators_language(capsys, lang):
    words = WORDS[lang]
    assert cli.main(["rules", "show"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert words["rules_title"] in lines[0]
    assert f" {words['everyone']} " in out and words["sex"] in out
    assert lines[2].strip().startswith(words["source"])
    assert any(line.startswith(words["vital"]) for line in lines)
    assert not any(word in out for word in ("everyone", "source:", "  vital ", "sex F"))


def test_simulate_refuses_and_reports_in_the_operators_language(app, db_url, tmp_path, capsys, lang):
    words = WORDS[lang]
    code, _, err = _run(capsys, "simulate", "--booths", "0")
    assert code == 2 and err == [words["sim_count"]]
    code, _, err = _run(capsys, "simulate", "--minute-ms", "nan")
    assert code == 2 and err == [words["sim_minute"]]
    app.close()
    path = tmp_path / "kiosk.db"
    before = _dump(path)
    code, _, err = _run(capsys, "simulate", "--db", db_url, "--donors", "2", paths=(tmp_path,))
    table = re.search(r"'(\w+)'", err[0]).group(1)
    assert code == 2 and err == [words["sim_not_empty"].format(table=table)]
    assert _dump(path) == before
    report = Report(
        donors_served=370,
        tickets_lost=0,
        duplicates=0,
        errors=1,
        latency_ms_p50=12.2,
        latency_ms_p95=40.4,
        donors_per_hour=46.3,
        donors_registered=400,
        tickets=380,
        deferred_at_kiosk=20,
        donated=350,
        deferred_at_booth=20,
        left=10,
        queue_changes=1500,
        latency_ms_max=95.0,
        max_waiting=31,
        campaign_hours=8.0,
        wall_seconds=52.43,
        database="sqlite",
        kiosks=2,
        booths=4,
    )
    text = report.text(lang)
    assert text.splitlines() == words["sim_report"]
    _no_english(text)


# Why the system refused a file, inside a translated sentence.
OS_REASONS = {
    errno.ENOENT: ("No such file or directory", "لا يوجد ملف أو مجلد بهذا الاسم", "aucun fichier ou dossier de ce nom"),
    errno.EACCES: ("Permission denied", "الإذن مرفوض", "permission refusée"),
    errno.ENOSPC: ("No space left on device", "لم تبق مساحة فارغة على وحدة التخزين", "plus de place sur le support"),
    errno.EROFS: ("Read-only file system", "وحدة التخزين للقراءة فقط", "support en lecture seule"),
}


@pytest.mark.parametrize("number", sorted(OS_REASONS))
def test_an_os_error_is_said_in_the_messages_language(number):
    error = OSError(number, OS_REASONS[number][0])
    for lang, reason in zip(("en", "ar", "fr"), OS_REASONS[number], strict=True):
        said = errors.message("exchange.cannot_write", lang, file="/media/usb/a.qatra", reason=error)
        assert said.endswith(f"{reason}"), said
    assert errors.message("file.unreadable", "fr", file="c.toml", reason=error) == (
        f"c.toml : impossible de lire le fichier ({OS_REASONS[number][2]})."
    )


def test_every_errno_of_the_table_has_words_and_others_keep_the_systems():
    for number, code in errors.OS_REASONS.items():
        for lang in errors.languages():
            said = errors.os_reason(OSError(number, "system words"), lang)
            assert said and said != "system words" and said == errors.message(code, lang), (number, lang)
    assert errors.os_reason(OSError(errno.EBUSY, "Device or resource busy"), "ar") == "Device or resource busy"


@pytest.mark.parametrize(
    "argv",
    [
        ["campaign", "import", "{missing}"],
        ["rules", "check", "{missing}"],
        ["import", "{missing}"],
        ["keys", "trust", "centre", "{missing}"],
        ["assess", "{missing}"],
    ],
)
def test_a_missing_file_is_said_in_the_operators_language(argv, db_url, tmp_path, capsys, lang):
    missing = tmp_path / "absent.toml"
    argv = [arg.format(missing=missing) for arg in argv]
    if argv[0] in ("campaign", "import"):
        argv += ["--db", db_url]
    assert cli.main(argv) != 0
    said = capsys.readouterr()
    text = (said.out + said.err).replace(str(tmp_path), "")
    assert OS_REASONS[errno.ENOENT][1 if lang == "ar" else 2] in text
    assert "No such file" not in text
