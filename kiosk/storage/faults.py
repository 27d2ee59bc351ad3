"""What can go wrong with the database, as stable codes with a one-line message
each (what happened, what to do) in Arabic and French.

Storage raises `StorageFault(code, detail)`; the command line prints
`message(code, lang)` and exits 1; the stations show their own translated
words for the same codes. `classify` turns the driver's exceptions (SQLite,
psycopg, SQLAlchemy, the operating system) into a fault. The table is plain
data so that it can join the project's error-code registry as it is.
"""

from __future__ import annotations

import errno
import os
import sqlite3

LOCKED = "storage.locked"
DISK_FULL = "storage.disk_full"
READ_ONLY = "storage.read_only"
UNREACHABLE = "storage.unreachable"
BAD_URL = "storage.bad_url"
DAMAGED = "storage.damaged"
FOREIGN_FILE = "storage.foreign_file"
IN_USE = "storage.in_use"
NO_PG_DUMP = "storage.no_pg_dump"
BACKUP_FAILED = "storage.backup_failed"
NOT_A_BACKUP = "storage.not_a_backup"

LANGUAGES = ("ar", "fr")

# code -> language -> one line; `{detail}` is the file, the URL or the driver's own words.
MESSAGES: dict[str, dict[str, str]] = {
    LOCKED: {
        "fr": "La base de données est occupée par un autre poste depuis trop longtemps ; rien n’a été modifié. "
        "Réessayez dans un instant ; si cela dure, fermez le poste bloqué.",
        "ar": "قاعدة البيانات مشغولة من طرف جهاز آخر منذ مدة طويلة ولم يتغير أي شيء. "
        "أعيدوا المحاولة بعد لحظة، وإذا استمر ذلك فأغلقوا الجهاز المتوقف.",
    },
    DISK_FULL: {
        "fr": "Le disque est plein ; rien n’a été enregistré. Libérez de la place (ou changez de disque) puis réessayez.",
        "ar": "القرص ممتلئ ولم يُحفظ أي شيء. وفّروا مساحة (أو غيّروا القرص) ثم أعيدوا المحاولة.",
    },
    READ_ONLY: {
        "fr": "La base de données ne peut pas être modifiée (fichier ou dossier en lecture seule : {detail}) ; "
        "rien n’a été enregistré. Rendez-les modifiables par ce compte.",
        "ar": "لا يمكن تعديل قاعدة البيانات (ملف أو مجلد للقراءة فقط: {detail}) ولم يُحفظ أي شيء. "
        "اجعلوهما قابلين للتعديل من هذا الحساب.",
    },
    UNREACHABLE: {
        "fr": "Le serveur de base de données ne répond pas ({detail}). "
        "Vérifiez le réseau et que le serveur PostgreSQL est démarré.",
        "ar": "خادم قاعدة البيانات لا يجيب ({detail}). تحققوا من الشبكة ومن تشغيل خادم PostgreSQL.",
    },
    BAD_URL: {
        "fr": "Adresse de base de données invalide : {detail}. "
        "Exemples : sqlite:////chemin/kiosk.db ou postgresql+psycopg://hote/qatra.",
        "ar": "عنوان قاعدة البيانات غير صالح: {detail}. "
        "أمثلة: sqlite:////chemin/kiosk.db أو postgresql+psycopg://hote/qatra.",
    },
    DAMAGED: {
        "fr": "La base de données est endommagée ({detail}) ; rien n’y sera écrit. "
        "Restaurez la dernière sauvegarde : kiosk backup list, puis kiosk restore FICHIER.",
        "ar": "قاعدة البيانات متضررة ({detail}) ولن يُكتب فيها أي شيء. "
        "استرجعوا آخر نسخة احتياطية: kiosk backup list ثم kiosk restore FICHIER.",
    },
    FOREIGN_FILE: {
        "fr": "{detail} n’est pas une base de données Qatra (fichier vide ou étranger) ; il n’a pas été modifié. "
        "Déplacez-le ou restaurez une sauvegarde (kiosk restore FICHIER).",
        "ar": "{detail} ليس قاعدة بيانات قطرة (ملف فارغ أو غريب) ولم يُعدَّل. "
        "انقلوه أو استرجعوا نسخة احتياطية (kiosk restore FICHIER).",
    },
    IN_USE: {
        "fr": "Des postes utilisent encore cette base de données ({detail}) ; "
        "fermez toutes les bornes et tous les postes puis recommencez.",
        "ar": "ما تزال أجهزة تستعمل قاعدة البيانات هذه ({detail})؛ أغلقوا كل الأجهزة ثم أعيدوا المحاولة.",
    },
    NO_PG_DUMP: {
        "fr": "La sauvegarde d’une base PostgreSQL demande pg_dump, introuvable sur cette machine ; "
        "installez postgresql-client.",
        "ar": "يتطلب حفظ قاعدة PostgreSQL برنامج pg_dump غير الموجود في هذا الجهاز؛ ثبّتوا postgresql-client.",
    },
    BACKUP_FAILED: {
        "fr": "La sauvegarde a échoué ({detail}) ; la base de données n’a pas été touchée. "
        "Vérifiez le dossier de sauvegarde (place, clé USB branchée).",
        "ar": "فشل الحفظ الاحتياطي ({detail}) ولم تُمسّ قاعدة البيانات. "
        "تحققوا من مجلد النسخ الاحتياطية (المساحة، ومفتاح USB موصول).",
    },
    NOT_A_BACKUP: {
        "fr": "{detail} n’est pas une sauvegarde Qatra intacte ; rien n’a été restauré.",
        "ar": "{detail} ليس نسخة احتياطية سليمة لقطرة؛ لم يُسترجع أي شيء.",
    },
}


class StorageFault(Exception):
    """The database cannot be used as asked; `code` says why, `detail` names the file,
    the URL or the driver's words (never a donor's data)."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail

    def message(self, lang: str = "fr") -> str:
        return message(self.code, lang, self.detail)


def message(code: str, lang: str = "fr", detail: str = "") -> str:
    texts = MESSAGES.get(code) or MESSAGES[DAMAGED]
    return texts.get(lang, texts["fr"]).replace("{detail}", detail)


def cli_language() -> str:
    """The command line speaks French unless KIOSK_LANG=ar."""
    return "ar" if os.environ.get("KIOSK_LANG", "").lower().startswith("ar") else "fr"


# Driver messages (SQLite's are fixed English texts) -> fault codes, first match wins.
_SQLITE_WORDS = (
    ("database is locked", LOCKED),
    ("database table is locked", LOCKED),
    ("database or disk is full", DISK_FULL),
    ("disk i/o error", DAMAGED),
    ("readonly database", READ_ONLY),
    ("read-only", READ_ONLY),
    ("unable to open database file", READ_ONLY),
    ("database disk image is malformed", DAMAGED),
    ("file is not a database", FOREIGN_FILE),
    ("file is encrypted or is not a database", FOREIGN_FILE),
)
_NETWORK_WORDS = (
    "connection refused",
    "could not connect",
    "could not translate host name",
    "name or service not known",
    "timeout expired",
    "connection timed out",
    "server closed the connection",
    "no route to host",
    "network is unreachable",
    "connection failed",
)
_OS_ERRORS = {
    errno.ENOSPC: DISK_FULL,
    errno.EDQUOT: DISK_FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
}


def classify(error: BaseException, where: str = "", *, os_errors: bool = False) -> StorageFault | None:
    """The fault an exception from the database stack means, or None when it is
    not a storage fault (a programming error is left to surface as one).
    `os_errors`: the caller was touching the database's own files, so a full
    disk or a refused permission is the database's fault too."""
    if isinstance(error, StorageFault):
        return error
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = getattr(current, "orig", None) or current.__cause__
    for item in chain:
        if os_errors and isinstance(item, OSError) and item.errno in _OS_ERRORS:
            return StorageFault(_OS_ERRORS[item.errno], item.filename and str(item.filename) or where)
        kind = type(item).__name__
        module = type(item).__module__
        text = str(item).strip().splitlines()[0].lower() if str(item).strip() else ""
        if isinstance(item, sqlite3.Error) or module.startswith(("sqlalchemy", "psycopg")):
            for words, code in _SQLITE_WORDS:
                if words in text:
                    return StorageFault(code, where)
            if (module.startswith("psycopg") and kind == "OperationalError") or any(
                words in text for words in _NETWORK_WORDS
            ):
                return StorageFault(UNREACHABLE, _short(str(chain[-1])))  # the driver's own words
            if kind in ("ArgumentError", "NoSuchModuleError"):
                return StorageFault(BAD_URL, _short(str(item)))
    return None


def _short(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line[:160]
