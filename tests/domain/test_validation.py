from datetime import date

import pytest

from kiosk.domain import validation as v
from kiosk.domain.validation import Invalid

TODAY = date(2025, 12, 2)


def refused(check, *args) -> str:
    with pytest.raises(Invalid) as caught:
        check(*args)
    return caught.value.code


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("AB123456", "AB123456"),
        ("k12345", "K12345"),
        (" ab 123 456 ", "AB123456"),
        ("AB١٢٣٤٥٦", "AB123456"),  # Arabic-Indic digits
        ("BE۷۸۹۰۱", "BE78901"),  # Eastern Arabic-Indic digits
        ("\u202eAB123456", "AB123456"),  # a right-to-left override is dropped
    ],
)
def test_cin_accepted_and_normalised(typed, stored):
    assert v.cin(typed) == stored


@pytest.mark.parametrize(
    "typed, code",
    [
        ("", "cin.empty"),
        ("123456", "cin.format"),
        ("ABC12345", "cin.format"),
        ("AB1234567", "cin.format"),
        ("AB", "cin.format"),
        ("أب123456", "cin.format"),
        ("A*12345", "cin.format"),
    ],
)
def test_cin_refused(typed, code):
    assert refused(v.cin, typed) == code


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("0612345678", "+212612345678"),
        ("06 12 34 56 78", "+212612345678"),
        ("+212 7 12 34 56 78", "+212712345678"),
        ("٠٦١٢٣٤٥٦٧٨", "+212612345678"),
        ("0522123456", "+212522123456"),  # a fixed line in Casablanca
    ],
)
def test_phone_as_e164(typed, stored):
    assert v.phone(typed) == stored


@pytest.mark.parametrize(
    "typed, code",
    [
        ("", "phone.empty"),
        ("061234", "phone.invalid"),
        ("06123456789", "phone.invalid"),
        ("+33612345678", "phone.not_moroccan"),
        ("hello", "phone.invalid"),
    ],
)
def test_phone_refused(typed, code):
    assert refused(v.phone, typed) == code


@pytest.mark.parametrize(
    "typed, script, stored",
    [
        ("Fatima Zahra", "latin", "Fatima Zahra"),
        ("  El  Idrissi ", "latin", "El Idrissi"),
        ("Aït Ben’Haddou", "latin", "Aït Ben'Haddou"),
        ("Benani-Smires", "latin", "Benani-Smires"),
        ("فاطمة الزهراء", "arabic", "فاطمة الزهراء"),
        ("مُحَمَّد", "arabic", "مُحَمَّد"),  # vowel marks are letters' company
        ("محمــد", "arabic", "محمد"),  # tatweel is decoration
        ("Sa\u202eïd", "latin", "Saïd"),  # right-to-left override removed
        ("Yo\u200bussef", "latin", "Youssef"),  # zero-width space removed
        ("Lai\u0308la", "latin", "Laïla"),  # NFC: i + diaeresis → ï
    ],
)
def test_names_cleaned(typed, script, stored):
    assert v.name(typed, script) == stored


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("alaoui", "Alaoui"),
        ("el alaoui", "El Alaoui"),
        ("ben ahmed", "Ben Ahmed"),
        ("d'souza", "D'Souza"),
        ("d’souza", "D'Souza"),
        ("benani-smires", "Benani-Smires"),
        ("aït ben'haddou", "Aït Ben'Haddou"),
        ("éloïse", "Éloïse"),
        ("ait el caid", "Ait El Caid"),
        ("garcia de la fuente", "Garcia de la Fuente"),  # particles inside stay small
        ("de souza", "De Souza"),  # …but not the first word
        ("McDonald", "McDonald"),  # typed with a capital: the donor's own spelling
        ("ALAOUI", "ALAOUI"),
        ("el Alaoui", "el Alaoui"),
    ],
)
def test_latin_names_typed_in_lower_case_get_the_usual_capitals(typed, stored):
    assert v.name(typed, "latin") == stored
    assert v.name(typed) == stored


@pytest.mark.parametrize("typed", ["العلوي", "بن أحمد", "مُحَمَّد"])
def test_arabic_names_are_never_recased(typed):
    assert v.name(typed, "arabic") == typed


@pytest.mark.parametrize(
    "typed, script, code",
    [
        ("", None, "name.empty"),
        ("\u200f\u200e", None, "name.empty"),
        ("A", None, "name.too_short"),
        ("x" * 61, None, "name.too_long"),
        ("R2D2", None, "name.characters"),
        ("Ali!", None, "name.characters"),
        ("--Ali", None, "name.characters"),
        ("Ali محمد", None, "name.mixed_scripts"),
        ("Fatima", "arabic", "name.not_arabic"),
        ("فاطمة", "latin", "name.not_latin"),
        ("Ωmega", None, "name.characters"),
    ],
)
def test_names_refused(typed, script, code):
    assert refused(v.name, typed, script) == code


def test_birth_date_bounds():
    assert v.birth_date(date(2007, 12, 2), TODAY) == date(2007, 12, 2)
    assert v.birth_date("١٩٩٠-٠٥-٠١", TODAY) == date(1990, 5, 1)
    assert refused(v.birth_date, date(2025, 12, 3), TODAY) == "birth_date.future"
    assert refused(v.birth_date, date(1900, 1, 1), TODAY) == "birth_date.implausible"
    assert refused(v.birth_date, "2/12/1990", TODAY) == "date.format"


@pytest.mark.parametrize("typed, stored", [("o+", "O+"), ("AB −", "AB-"), ("0-", "O-"), ("b +", "B+")])
def test_blood_group(typed, stored):
    assert v.blood_group(typed) == stored


def test_blood_group_refused():
    assert refused(v.blood_group, "C+") == "blood_group.invalid"


def test_registration_form_collects_every_error():
    details, errors = v.donor_details(
        {"sex": "X", "birth_date": "2030-01-01", "first_name_latin": "R2D2", "cin": "123", "phone": "061"},
        TODAY,
    )
    assert details is None
    assert errors == {
        "sex": "sex.invalid",
        "birth_date": "birth_date.future",
        "first_name_latin": "name.characters",
        "last_name_latin": "name.empty",
        "cin": "cin.format",
        "phone": "phone.invalid",
    }


def test_registration_needs_a_full_name_in_the_donors_script():
    _, errors = v.donor_details({"sex": "F", "birth_date": "1990-01-01", "language": "ar"}, TODAY)
    assert errors == {"first_name_ar": "name.empty", "last_name_ar": "name.empty"}
    details, errors = v.donor_details(
        {
            "sex": "M",
            "birth_date": "1990-01-01",
            "first_name_ar": "يوسف",
            "last_name_ar": "العلوي",
            "cin": "k١٢٣٤٥",
            "phone": "0661000000",
            "blood_group": "o+",
            "city": " خريبكة ",
            "language": "ar",
        },
        TODAY,
    )
    assert errors == {}
    assert (details.cin, details.phone, details.blood_group, details.city) == (
        "K12345",
        "+212661000000",
        "O+",
        "خريبكة",
    )
