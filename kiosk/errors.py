"""Error and refusal codes: one registry, with a message in every language.

The domain and storage raise a stable code (`cin.format`, `already_queued`, …)
and never a sentence; this module is the one place that turns a code into words,
for the donor at the public kiosk or for staff (nurse station, command line).
The texts are data, `resources/messages/errors.toml`, so a translator adds a
language there without touching Python. Plain Python: the command line prints
messages without a QApplication; the Qt side only tells it the language.
"""

from __future__ import annotations

import errno
import logging
import os
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from kiosk import paths
from kiosk.coded_error import CodedError  # defined apart: raising one does not load this registry
from kiosk.i18n import LANGUAGES

log = logging.getLogger(__name__)

MESSAGES_FILE = paths.RESOURCES / "messages" / "errors.toml"
SOURCE_LANGUAGE = "en"  # the command line in any other locale, and the logs


class Code(StrEnum):
    """Every code Qatra raises or shows; the value is the stable string stored
    in logs and tests. A test checks that each one raised has messages."""

    NAME_EMPTY = "name.empty"
    NAME_CHARACTERS = "name.characters"
    NAME_TOO_SHORT = "name.too_short"
    NAME_TOO_LONG = "name.too_long"
    NAME_MIXED_SCRIPTS = "name.mixed_scripts"
    NAME_NOT_ARABIC = "name.not_arabic"
    NAME_NOT_LATIN = "name.not_latin"
    CIN_EMPTY = "cin.empty"
    CIN_FORMAT = "cin.format"
    CIN_TAKEN = "cin.taken"
    PHONE_EMPTY = "phone.empty"
    PHONE_INVALID = "phone.invalid"
    PHONE_NOT_MOROCCAN = "phone.not_moroccan"
    SEX_EMPTY = "sex.empty"
    SEX_INVALID = "sex.invalid"
    BIRTH_DATE_EMPTY = "birth_date.empty"
    BIRTH_DATE_FUTURE = "birth_date.future"
    BIRTH_DATE_IMPLAUSIBLE = "birth_date.implausible"
    DATE_FORMAT = "date.format"
    BLOOD_GROUP_INVALID = "blood_group.invalid"
    CITY_TOO_LONG = "city.too_long"
    CARD_UNKNOWN = "card.unknown"
    ALREADY_QUEUED = "already_queued"
    CAMPAIGN_CLOSED = "campaign.closed"
    DONOR_DEFERRED = "donor.deferred"
    PRINT_FAILED = "print.failed"
    STORAGE_FAILED = "storage.failed"
    CATALOGUES_MISSING = "catalogues.missing"
    PIN_UNAVAILABLE = "pin.unavailable"
    STAFF_WRONG_PIN = "staff.wrong_pin"
    STAFF_UNKNOWN = "staff.unknown"
    STAFF_LOCKED = "staff.locked"
    STAFF_PIN_FORMAT = "staff.pin_format"
    STAFF_FORBIDDEN = "staff.forbidden"
    STAFF_CHOOSE = "staff.choose"
    QUEUE_EMPTY = "queue.empty"
    VISIT_UNKNOWN = "visit.unknown"
    VISIT_NOT_WAITING = "visit.not_waiting"
    VISIT_NOT_CALLED = "visit.not_called"
    VISIT_CALL_LIMIT = "visit.call_limit"
    VISIT_NOT_AT_BOOTH = "visit.not_at_booth"
    VISIT_NOT_OPEN = "visit.not_open"
    VISIT_NOT_LEFT = "visit.not_left"
    VISIT_NOT_IN_INTERVIEW = "visit.not_in_interview"
    VISIT_ALREADY_RECORDED = "visit.already_recorded"
    VISIT_NOT_ASKING = "visit.not_asking"
    VISIT_NO_PRESCREEN = "visit.no_prescreen"
    STAFF_CALL_ANSWERED = "staff_call.answered"
    STAFF_CALL_ENDED = "staff_call.ended"
    REACTION_NOT_NOW = "reaction.not_now"
    REACTION_KIND = "reaction.kind"
    REACTION_PHASE = "reaction.phase"
    REACTION_ACTION = "reaction.action"
    REACTION_TIME = "reaction.time"
    BOOTH_INVALID = "booth.invalid"
    BOOTH_SAME = "booth.same"
    CAMPAIGN_NONE = "campaign.none"
    FIND_NONE = "find.none"
    VITALS_NUMBER = "vitals.number"
    VITALS_IMPLAUSIBLE = "vitals.implausible"
    VITALS_EMPTY = "vitals.empty"
    VITALS_MISSING = "vitals.missing"
    VITALS_INCOMPLETE = "vitals.incomplete"
    VITALS_OUT_OF_RANGE = "vitals.out_of_range"
    DONATION_KIND = "donation.kind"
    DONATION_VOLUME = "donation.volume"
    BAG_EMPTY = "bag.empty"
    BAG_CHECK_MISMATCH = "bag.check_mismatch"
    BAG_INVALID = "bag.invalid"
    BAG_USED = "bag.used"
    DEFERRAL_REASON = "deferral.reason"
    DEFERRAL_PERMANENT_WITH_DATE = "deferral.permanent_with_date"
    DEFERRAL_DATE_REQUIRED = "deferral.date_required"
    DEFERRAL_DATE_PAST = "deferral.date_past"
    DEFERRAL_CHOOSE_REASON = "deferral.choose_reason"
    DECISION_NONE = "decision.none"
    DECISION_UNDO_EXPIRED = "decision.undo_expired"
    OVERRIDE_OUTCOME = "override.outcome"
    OVERRIDE_REASON = "override.reason"
    OVERRIDE_SAME = "override.same"
    PRINT_NO_DONATION = "print.no_donation"
    PRINT_NO_TICKET = "print.no_ticket"
    PRINT_KIND = "print.kind"
    DONOR_UNKNOWN = "donor.unknown"
    STAFF_ROLE = "staff.role"
    STAFF_NAME_EMPTY = "staff.name_empty"
    STAFF_NAME_TOO_LONG = "staff.name_too_long"
    STAFF_PIN_TRIVIAL = "staff.pin_trivial"  # detail: reason (kiosk.domain.staff.trivial_reason)
    STAFF_PIN_REPEATED = "staff.pin_trivial.repeated"
    STAFF_PIN_RUN = "staff.pin_trivial.run"
    STAFF_PIN_COMMON = "staff.pin_trivial.common"
    VISIT_OTHER_DAY = "visit.other_day"
    CONSENT_MISSING = "consent.missing"
    REGISTRATION_INCOMPLETE = "registration.incomplete"
    ERROR_UNEXPECTED = "error.unexpected"
    # storage faults (kiosk.storage.faults)
    STORAGE_LOCKED = "storage.locked"
    STORAGE_DISK_FULL = "storage.disk_full"
    STORAGE_READ_ONLY = "storage.read_only"
    STORAGE_UNREACHABLE = "storage.unreachable"
    STORAGE_BAD_URL = "storage.bad_url"
    STORAGE_DAMAGED = "storage.damaged"
    STORAGE_FOREIGN_FILE = "storage.foreign_file"
    STORAGE_IN_USE = "storage.in_use"
    STORAGE_NO_PG_DUMP = "storage.no_pg_dump"
    STORAGE_BACKUP_FAILED = "storage.backup_failed"
    STORAGE_NOT_A_BACKUP = "storage.not_a_backup"
    STORAGE_NO_PG_RESTORE = "storage.no_pg_restore"
    STORAGE_RESTORE_FAILED = "storage.restore_failed"
    # files given to the command line
    FILE_UNREADABLE = "file.unreadable"
    FILE_TOO_LARGE = "file.too_large"
    FILE_NOT_TEXT = "file.not_text"
    FILE_NOT_TOML = "file.not_toml"
    FILE_NOT_JSON = "file.not_json"
    FILE_NESTED = "file.nested"
    CAMPAIGN_FILE_UNKNOWN_FIELD = "campaign_file.unknown_field"
    CAMPAIGN_FILE_SLUG = "campaign_file.slug"
    CAMPAIGN_FILE_DATE = "campaign_file.date"
    CAMPAIGN_FILE_YEAR = "campaign_file.year"
    CAMPAIGN_FILE_ORDER = "campaign_file.order"
    CAMPAIGN_FILE_TOO_LONG = "campaign_file.too_long"
    CAMPAIGN_FILE_TARGET = "campaign_file.target"
    CAMPAIGN_FILE_LIST = "campaign_file.list"
    CAMPAIGN_FILE_TOO_MANY = "campaign_file.too_many"
    CAMPAIGN_FILE_ORGANISERS = "campaign_file.organisers"
    CAMPAIGN_FILE_DEMO = "campaign_file.demo"
    CAMPAIGN_FILE_TEXTS = "campaign_file.texts"
    CAMPAIGN_FILE_TEXT_MISSING = "campaign_file.text_missing"
    CAMPAIGN_FILE_LANGUAGE = "campaign_file.language"
    CAMPAIGN_FILE_TEXT_LONG = "campaign_file.text_long"
    CAMPAIGN_FILE_FALLBACK = "campaign_file.fallback"
    INPUT_MISSING = "input.missing"
    INPUT_OBJECT = "input.object"
    INPUT_UNKNOWN_FIELD = "input.unknown_field"
    INPUT_DATE_FORMAT = "input.date_format"
    INPUT_DATE_UNREAL = "input.date_unreal"
    INPUT_DATE_AFTER = "input.date_after"
    INPUT_SEX = "input.sex"
    INPUT_WEIGHT = "input.weight"
    INPUT_BOOL = "input.bool"
    INPUT_NUMBER = "input.number"
    INPUT_LIST = "input.list"
    INPUT_KIND = "input.kind"
    INPUT_FROM_PROFILE = "input.from_profile"
    INPUT_NO_QUESTION = "input.no_question"
    # rule packs (kiosk.domain.eligibility.pack)
    PACK_UNREADABLE = "pack.unreadable"
    PACK_NOT_TOML = "pack.not_toml"
    PACK_NESTED = "pack.nested"
    PACK_UNUSABLE = "pack.unusable"
    PACK_FAILED = "pack.failed"
    PACK_OK = "pack.ok"
    PACK_WARNING = "pack.warning"
    PACK_TEXTS_MISSING = "pack.texts_missing"
    PACK_TEXTS_PLAIN = "pack.texts_plain"
    PACK_TEXTS_TABLE = "pack.texts_table"
    PACK_TEXT_MISSING = "pack.text_missing"
    PACK_TEXT_FALLBACK = "pack.text_fallback"
    PACK_TEXT_EMPTY = "pack.text_empty"
    PACK_TEXT_LANGUAGE = "pack.text_language"
    PACK_SEX_FORMS = "pack.sex_forms"
    PACK_SEX_FORM_EMPTY = "pack.sex_form_empty"
    PACK_MISSING = "pack.missing"
    PACK_MISSING_CHOICE = "pack.missing_choice"
    PACK_NOT_ONE_OF = "pack.not_one_of"
    PACK_NOT_NUMBER = "pack.not_number"
    PACK_NOT_WHOLE = "pack.not_whole"
    PACK_NEGATIVE = "pack.negative"
    PACK_AT_LEAST = "pack.at_least"
    PACK_BY_SEX = "pack.by_sex"
    PACK_WAIT_MISSING = "pack.wait_missing"
    PACK_WAIT_TABLE = "pack.wait_table"
    PACK_WAIT_UNIT = "pack.wait_unit"
    PACK_WAIT_ZERO = "pack.wait_zero"
    PACK_UNKNOWN_KEY = "pack.unknown_key"
    PACK_FORMAT = "pack.format"
    PACK_ID = "pack.id"
    PACK_VERSION = "pack.version"
    PACK_ISSUED = "pack.issued"
    PACK_NO_TEXTS = "pack.no_texts"
    PACK_PLACEHOLDER_MISSING = "pack.placeholder_missing"
    PACK_PLACEHOLDER_UNKNOWN = "pack.placeholder_unknown"
    PACK_NO_RULES = "pack.no_rules"
    PACK_RULE_TABLE = "pack.rule_table"
    PACK_RULE_ID = "pack.rule_id"
    PACK_RULE_TWICE = "pack.rule_twice"
    PACK_BOOL = "pack.bool"
    PACK_SENSITIVE_REASON = "pack.sensitive_reason"
    PACK_OUTCOME_DEFERRED = "pack.outcome_deferred"
    PACK_EXPLANATION = "pack.explanation"
    PACK_PICTOGRAM = "pack.pictogram"
    PACK_PICTOGRAM_MISSING = "pack.pictogram_missing"
    PACK_KINDS = "pack.kinds"
    PACK_KIND = "pack.kind"
    PACK_BELOW = "pack.below"
    PACK_ADVICE_ON = "pack.advice_on"
    PACK_MIN_OR_MAX = "pack.min_or_max"
    PACK_MAX_BELOW_MIN = "pack.max_below_min"
    PACK_TABLES = "pack.tables"
    PACK_ITEM_ID = "pack.item_id"
    PACK_GROUP_TWICE = "pack.group_twice"
    PACK_VITAL_TWICE = "pack.vital_twice"
    PACK_ITEMS = "pack.items"
    PACK_ITEM_UNKNOWN = "pack.item_unknown"
    PACK_ITEM_KIND = "pack.item_kind"
    PACK_ITEM_SENSITIVE = "pack.item_sensitive"
    PACK_ITEM_TEXT = "pack.item_text"
    PACK_ITEM_TAKEN = "pack.item_taken"
    # exchange between stations (kiosk keys, export, import; kiosk.domain.exchange, .register)
    KEYS_EXISTS = "keys.exists"
    KEYS_NONE = "keys.none"
    KEYS_UNREADABLE = "keys.unreadable"
    KEYS_NOT_PUBLIC = "keys.not_public"
    KEYS_LINE_MISSING = "keys.line_missing"
    KEYS_BAD_KEY = "keys.bad_key"
    KEYS_FINGERPRINT = "keys.fingerprint"
    KEYS_TRUSTED_UNREADABLE = "keys.trusted_unreadable"
    KEYS_PEER_NAME = "keys.peer_name"
    KEYS_ALREADY_TRUSTED = "keys.already_trusted"
    KEYS_CREATED = "keys.created"
    KEYS_TRUSTED = "keys.trusted"
    KEYS_NO_PEERS = "keys.no_peers"
    # the command line's own reports (kiosk staff, kiosk campaign)
    STAFF_PIN_PROMPT = "staff.pin_prompt"
    STAFF_PIN_AGAIN = "staff.pin_again"
    STAFF_PINS_DIFFER = "staff.pins_differ"
    STAFF_NONE_YET = "staff.none_yet"
    STAFF_ADDED = "staff.added"
    STAFF_PIN_SET = "staff.pin_set"
    STAFF_DISABLED = "staff.disabled"
    STAFF_LISTED_DISABLED = "staff.listed_disabled"
    ROLE_NURSE = "role.nurse"
    ROLE_DOCTOR = "role.doctor"
    ROLE_ORGANISER = "role.organiser"
    CAMPAIGN_UNKNOWN = "campaign.unknown"
    CAMPAIGN_SERVING = "campaign.serving"
    CAMPAIGN_IMPORTED = "campaign.imported"
    CAMPAIGN_UPDATED = "campaign.updated"
    CAMPAIGN_LISTED_DEMO = "campaign.listed_demo"
    COMMAND_WARNING = "command.warning"
    BUNDLE_NOT_BUNDLE = "bundle.not_bundle"
    BUNDLE_NEWER = "bundle.newer"
    BUNDLE_OTHER_STATION = "bundle.other_station"
    BUNDLE_TRUNCATED = "bundle.truncated"
    BUNDLE_TRAILING = "bundle.trailing"
    BUNDLE_INTEGRITY = "bundle.integrity"
    BUNDLE_NO_MANIFEST = "bundle.no_manifest"
    BUNDLE_UNSIGNED = "bundle.unsigned"
    BUNDLE_NOT_ADDRESSED = "bundle.not_addressed"
    BUNDLE_MEMBER_MISSING = "bundle.member_missing"
    BUNDLE_MEMBER_ALTERED = "bundle.member_altered"
    BUNDLE_MEMBER_EXTRA = "bundle.member_extra"
    BUNDLE_ARCHIVE = "bundle.archive"
    BUNDLE_NO_SIGNER = "bundle.no_signer"
    BUNDLE_SIGNATURE = "bundle.signature"
    BUNDLE_UNTRUSTED = "bundle.untrusted"
    BUNDLE_COUNT = "bundle.count"
    BUNDLE_MANIFEST_JSON = "bundle.manifest_json"
    BUNDLE_MANIFEST_FORMAT = "bundle.manifest_format"
    BUNDLE_MANIFEST_VERSION = "bundle.manifest_version"
    BUNDLE_MANIFEST_FIELD = "bundle.manifest_field"
    BUNDLE_MEMBER_UNKNOWN = "bundle.member_unknown"
    BUNDLE_RECORD_LONG = "bundle.record_long"
    BUNDLE_RECORD_JSON = "bundle.record_json"
    BUNDLE_RECORD_INVALID = "bundle.record_invalid"
    REGISTER_LINE_LONG = "register.line_long"
    REGISTER_NOT_UTF8 = "register.not_utf8"
    REGISTER_EMPTY = "register.empty"
    REGISTER_COLUMNS_MISSING = "register.columns_missing"
    REGISTER_COLUMNS_UNKNOWN = "register.columns_unknown"
    REGISTER_COLUMNS_TWICE = "register.columns_twice"
    REGISTER_WIDTH = "register.width"
    REGISTER_CSV = "register.csv"
    REGISTER_UNREADABLE = "register.unreadable"
    REGISTER_VALUE_EMPTY = "register.value_empty"
    REGISTER_DATE_FORMAT = "register.date_format"
    REGISTER_DATE_UNREAL = "register.date_unreal"
    REGISTER_NAME_LONG = "register.name_long"
    REGISTER_CIN = "register.cin"
    REGISTER_SEX = "register.sex"
    REGISTER_BIRTH_DATE = "register.birth_date"
    REGISTER_BLOOD_GROUP = "register.blood_group"
    REGISTER_LAST_DONATION = "register.last_donation"
    REGISTER_LAST_KIND = "register.last_kind"
    REGISTER_DONATIONS_12M = "register.donations_12m"
    REGISTER_COUNT_WITHOUT_LAST = "register.count_without_last"
    REGISTER_PERMANENT = "register.permanent"
    REGISTER_REASON_MISSING = "register.reason_missing"
    REGISTER_REASON = "register.reason"
    REGISTER_NUMBER = "register.number"
    REGISTER_CARD = "register.card"
    CONFLICT_CIN_TWICE = "conflict.cin_twice"
    CONFLICT_CIN_ELSEWHERE = "conflict.cin_elsewhere"
    CONFLICT_BIRTH_DATE = "conflict.birth_date"
    CONFLICT_SEX = "conflict.sex"
    CONFLICT_NUMBER_TAKEN = "conflict.number_taken"
    CONFLICT_BAG_TAKEN = "conflict.bag_taken"
    CONFLICT_REGISTER_TWICE = "conflict.register_twice"
    CONFLICT_REGISTER_BIRTH_DATE = "conflict.register_birth_date"
    CONFLICT_REGISTER_SEX = "conflict.register_sex"
    EXCHANGE_NO_PEER = "exchange.no_peer"
    EXCHANGE_NO_CAMPAIGN = "exchange.no_campaign"
    EXCHANGE_CANNOT_WRITE = "exchange.cannot_write"
    EXCHANGE_EXPORTED = "exchange.exported"
    EXCHANGE_NOTHING_TO_SEND = "exchange.nothing_to_send"
    EXCHANGE_TOO_LARGE = "exchange.too_large"
    EXCHANGE_REFUSED = "exchange.refused"
    EXCHANGE_REFUSED_NOTHING_IMPORTED = "exchange.refused_nothing_imported"
    EXCHANGE_CLASH = "exchange.clash"
    EXCHANGE_REGISTER_CLASH = "exchange.register_clash"
    EXCHANGE_IMPORTED_BUNDLE = "exchange.imported_bundle"
    EXCHANGE_IMPORTED_REGISTER = "exchange.imported_register"
    EXCHANGE_ADDED = "exchange.added"
    EXCHANGE_UPDATED = "exchange.updated"
    EXCHANGE_UNCHANGED = "exchange.unchanged"
    EXCHANGE_NOTHING = "exchange.nothing"
    EXCHANGE_CONFLICTS = "exchange.conflicts"
    EXCHANGE_CONFLICTS_NOT_MERGED = "exchange.conflicts_not_merged"
    EXCHANGE_LEFT_OUT = "exchange.left_out"
    EXCHANGE_FLAGGED = "exchange.flagged"
    RECORD_CAMPAIGN = "record.campaign"
    RECORD_DONOR = "record.donor"
    RECORD_VISIT = "record.visit"
    RECORD_RESPONSE = "record.response"
    RECORD_VITALS = "record.vitals"
    RECORD_DONATION = "record.donation"
    RECORD_DEFERRAL = "record.deferral"
    RECORD_AUDIT = "record.audit"
    RECORD_REGISTER = "record.register"
    RECORD_SEPARATOR = "record.separator"
    # why the system refused a file (an OSError's errno), said inside another message
    OS_NOT_FOUND = "os.not_found"
    OS_DENIED = "os.denied"
    OS_DISK_FULL = "os.disk_full"
    OS_READ_ONLY = "os.read_only"
    OS_IS_FOLDER = "os.is_folder"
    OS_NOT_FOLDER = "os.not_folder"
    OS_EXISTS = "os.exists"
    OS_IO = "os.io"
    OS_NAME_TOO_LONG = "os.name_too_long"
    # the command line's reports (kiosk audit, db, backup, restore, print, printers, report, rules)
    DB_MISSING = "db.missing"
    DB_NOT_URL = "db.not_url"
    DB_NOT_CURRENT = "db.not_current"
    DB_UNREADABLE = "db.unreadable"
    DB_REVISION = "db.revision"
    DB_UPGRADED = "db.upgraded"
    DB_UPGRADED_EMPTY = "db.upgraded_empty"
    SITE_CENTRE = "site.centre"
    SITE_STATION = "site.station"
    SITE_TAKEN = "site.taken"
    SITE_SET = "site.set"
    SITE_ALREADY_SET = "site.already_set"
    AUDIT_AT = "audit.at"
    AUDIT_NO_TIME = "audit.no_time"
    AUDIT_EVENT = "audit.event"
    AUDIT_CHANGED = "audit.changed"
    AUDIT_MISSING_ONE = "audit.missing_one"
    AUDIT_MISSING_MANY = "audit.missing_many"
    AUDIT_ALL_MISSING = "audit.all_missing"
    AUDIT_CUT_SHORT = "audit.cut_short"
    AUDIT_END_MISMATCH = "audit.end_mismatch"
    AUDIT_INTACT = "audit.intact"
    BACKUP_LISTED = "backup.listed"
    BACKUP_NONE = "backup.none"
    BACKUP_WRITTEN = "backup.written"
    RESTORE_DONE = "restore.done"
    RESTORE_DONE_ASIDE = "restore.done_aside"
    DOCUMENT_TICKET = "document.ticket"
    DOCUMENT_CARD = "document.card"
    DOCUMENT_CERTIFICATE = "document.certificate"
    PRINT_TICKET_FOR_VISIT = "print.ticket_for_visit"
    PRINT_CERTIFICATE_FOR_VISIT = "print.certificate_for_visit"
    PRINT_NOT_DONOR_NUMBER = "print.not_donor_number"
    PRINT_VISIT = "print.visit"
    PRINT_ABOUT = "print.about"
    PRINT_WROTE = "print.wrote"
    PRINTERS_NAME_EMPTY = "printers.name_empty"
    PRINTERS_CLEARED = "printers.cleared"
    PRINTERS_SET = "printers.set"
    PRINTERS_ABSENT = "printers.absent"
    PRINTERS_HEADING = "printers.heading"
    PRINTERS_NONE_HERE = "printers.none_here"
    PRINTERS_DOCUMENTS = "printers.documents"
    PRINTERS_KIND_NONE = "printers.kind_none"
    PRINTERS_NOT_AVAILABLE = "printers.not_available"
    PRINTERS_STATE_IDLE = "printers.state_idle"
    PRINTERS_STATE_PRINTING = "printers.state_printing"
    PRINTERS_STATE_ABORTED = "printers.state_aborted"
    PRINTERS_STATE_STOPPED = "printers.state_stopped"
    PRINTERS_DEFAULT = "printers.default"
    PRINTERS_PRINTS = "printers.prints"
    PRINTERS_NONE_FOR = "printers.none_for"
    PRINTERS_SENT = "printers.sent"
    PRINTERS_NOTES_SEPARATOR = "printers.notes_separator"
    PRINTERS_FAILED_MISSING = "printers.failed_missing"
    PRINTERS_FAILED_STOPPED = "printers.failed_stopped"
    PRINTERS_FAILED_REFUSED = "printers.failed_refused"
    PRINTERS_FAILED_PREPARE = "printers.failed_prepare"
    REPORT_WHERE = "report.where"
    REPORT_DATE = "report.date"
    REPORT_NO_CAMPAIGN = "report.no_campaign"
    REPORT_NO_CAMPAIGN_IN_USE = "report.no_campaign_in_use"
    REPORT_WROTE = "report.wrote"
    RULES_SEX = "rules.sex"
    RULES_EVERYONE = "rules.everyone"
    RULES_SOURCE = "rules.source"
    RULES_VITAL = "rules.vital"
    SIMULATE_COUNT = "simulate.count"
    SIMULATE_MINUTE = "simulate.minute"
    SIMULATE_NOT_EMPTY = "simulate.not_empty"
    SIMULATE_NO_POSTGRES = "simulate.no_postgres"
    SIMULATE_NO_POSTGRES_USER = "simulate.no_postgres_user"
    SIMULATE_NO_RUNUSER = "simulate.no_runuser"
    SIMULATE_POSTGRES_FAILED = "simulate.postgres_failed"
    SIMULATE_LINE_DATABASE = "simulate.line_database"
    SIMULATE_LINE_REGISTERED = "simulate.line_registered"
    SIMULATE_LINE_SERVED = "simulate.line_served"
    SIMULATE_LINE_LOST = "simulate.line_lost"
    SIMULATE_LINE_DUPLICATES = "simulate.line_duplicates"
    SIMULATE_LINE_ERRORS = "simulate.line_errors"
    SIMULATE_LINE_LATENCY = "simulate.line_latency"
    SIMULATE_LINE_THROUGHPUT = "simulate.line_throughput"
    SIMULATE_LINE_WALL = "simulate.line_wall"
    SETTINGS_KIND = "settings.kind"
    SETTINGS_KIND_IN_FILE = "settings.kind_in_file"
    SETTINGS_STATION_TEXT = "settings.station_text"
    SETTINGS_STATION_LONG = "settings.station_long"
    SETTINGS_BOOTH = "settings.booth"
    SETTINGS_PRINTERS = "settings.printers"
    SETTINGS_BACKUP_TABLE = "settings.backup_table"
    SETTINGS_BACKUP_EVERY = "settings.backup_every"
    SETTINGS_BACKUP_FOLDER = "settings.backup_folder"
    SETTINGS_BACKUP_KEEP = "settings.backup_keep"
    SETTINGS_UNREADABLE = "settings.unreadable"
    SETTINGS_NOT_TOML = "settings.not_toml"
    REFUSED = "refused"  # the fallback for a code with no message


class Audience(StrEnum):
    DONOR = "donor"  # the public kiosk: guides, never blames, no one else's data
    STAFF = "staff"  # the nurse station and the command line


# Plural categories (CLDR) of the languages with a catalogue; any other language
# uses "other" until its rule is added here.
def plural_category(lang: str, n: int) -> str:
    if lang == "ar":
        if n in (0, 1, 2):
            return ("zero", "one", "two")[n]
        if 3 <= n % 100 <= 10:
            return "few"
        return "many" if 11 <= n % 100 <= 99 else "other"
    if lang == "fr":
        return "one" if n in (0, 1) else "other"
    if lang == "en":
        return "one" if n == 1 else "other"
    return "other"


@dataclass(frozen=True)
class Entry:
    """One code's message for one audience: a text per language, or plural forms
    per language when `count` names the detail that holds the number."""

    texts: Mapping[str, str | Mapping[str, str]]
    count: str | None = None


Registry = dict[str, dict[Audience, Entry]]


def load(path: Path = MESSAGES_FILE) -> Registry:
    """The registry as stored; a malformed file is a packaging error (ValueError)."""
    with open(path, "rb") as handle:
        data = tomllib.load(handle)
    registry: Registry = {}
    for code, tables in data.items():
        if not isinstance(tables, dict):
            raise ValueError(f"{path}: {code}: expected tables per audience")
        entries: dict[Audience, Entry] = {}
        for audience, table in tables.items():
            if audience not in Audience.__members__.values() or not isinstance(table, dict):
                raise ValueError(f"{path}: {code}: unknown audience {audience!r}")
            count = table.get("count")
            texts = {lang: text for lang, text in table.items() if lang != "count"}
            entries[Audience(audience)] = Entry(texts, count if isinstance(count, str) else None)
        registry[code] = entries
    return registry


@cache
def registry() -> Registry:
    return load()


def lookup(code: str, audience: Audience) -> Entry | None:
    """The code's message for `audience`, else its message for the other one
    (a validation code staff meet reads as the donor's sentence), else None."""
    entries = registry().get(code, {})
    return entries.get(audience) or next(iter(entries.values()), None)


def languages() -> tuple[str, ...]:
    """The languages every message must have: the source and the kiosk's."""
    return (SOURCE_LANGUAGE, *LANGUAGES)


def _text(entry: Entry, lang: str, detail: Mapping[str, object]) -> str:
    text = entry.texts.get(lang) or entry.texts.get(SOURCE_LANGUAGE) or ""
    if isinstance(text, Mapping):
        raw = detail.get(entry.count or "", 0)
        n = raw if isinstance(raw, int) else 0
        forms = text
        text = forms.get(plural_category(lang, n)) or forms.get("other") or ""
    return text


# An OSError given as a detail (`reason=error`) is said in the message's language
# for the errors an operator meets with files and USB sticks; any other keeps the
# system's own words (strerror).
OS_REASONS = {
    errno.ENOENT: Code.OS_NOT_FOUND,
    errno.EACCES: Code.OS_DENIED,
    errno.EPERM: Code.OS_DENIED,
    errno.ENOSPC: Code.OS_DISK_FULL,
    errno.EROFS: Code.OS_READ_ONLY,
    errno.EISDIR: Code.OS_IS_FOLDER,
    errno.ENOTDIR: Code.OS_NOT_FOLDER,
    errno.EEXIST: Code.OS_EXISTS,
    errno.EIO: Code.OS_IO,
    errno.ENAMETOOLONG: Code.OS_NAME_TOO_LONG,
}


def os_reason(error: OSError, lang: str) -> str:
    """Why the system refused, in `lang` (no path: the message around it names the file)."""
    code = OS_REASONS.get(error.errno or 0)
    if code is not None:
        return format_message(code, lang, Audience.STAFF, {})
    return error.strerror or str(error) or type(error).__name__


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def _value(key: str, value: object, isolate: bool, lang: str) -> str:
    """A ticket as it is called out (`042`, as kiosk.domain.visits.ticket_label);
    a ticket or bag number kept left to right inside an Arabic sentence (LRI … PDI);
    an OSError as its reason in `lang`."""
    if isinstance(value, OSError):
        return os_reason(value, lang)
    if key == "ticket" and isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:03d}"
    text = "" if value is None else str(value)
    if isolate and key in ("ticket", "bag") and text:
        return f"\u2066{text}\u2069"
    return text


def message(
    code: str, lang: str, audience: Audience = Audience.STAFF, *, isolate: bool = True, **detail: object
) -> str:
    """The sentence for `code` in `lang` for `audience`, `{name}` filled from
    `detail`. An unknown code gets a neutral sentence and a log line, never the
    code itself; a language with no text falls back to the source language."""
    return format_message(code, lang, audience, detail, isolate=isolate)


def format_message(
    code: str, lang: str, audience: Audience, detail: Mapping[str, object], *, isolate: bool = True
) -> str:
    """`message` with the details as one mapping (a refusal's `detail`)."""
    entry = lookup(code, audience)
    if entry is None:
        log.warning("no message for code %r", code)
        entry = registry()[Code.REFUSED][audience]
    text = _text(entry, lang, detail)
    values = _Values({key: _value(key, value, isolate, lang) for key, value in detail.items()})
    try:
        return string.Formatter().vformat(text, (), values)
    except (ValueError, IndexError, KeyError):  # a translator's stray brace: show the text as written
        log.warning("message %r in %s cannot be formatted", code, lang)
        return text


def error_message(error: CodedError, lang: str, audience: Audience = Audience.STAFF, *, isolate: bool = True) -> str:
    return format_message(error.code, lang, audience, error.detail, isolate=isolate)


def command_language(environ: Mapping[str, str] | None = None) -> str:
    """The command line's language: KIOSK_LANG when the operator chose one, else
    the locale (LC_ALL, LC_MESSAGES, LANG): Arabic or French when it says so,
    else the source language."""
    env = os.environ if environ is None else environ
    chosen = env.get("KIOSK_LANG", "").split("_")[0].lower()
    if chosen in (SOURCE_LANGUAGE, *LANGUAGES):
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            lang = value.split(".")[0].split("_")[0].split("@")[0].lower()
            return lang if lang in LANGUAGES else SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def say(code: str, **detail: object) -> str:
    """A command's message for `code`, in the operator's language, one line."""
    return format_message(code, command_language(), Audience.STAFF, detail, isolate=False)
