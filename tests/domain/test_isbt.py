import pytest

from kiosk.domain.isbt import BagNumber, bag_number, check_character, checksum
from kiosk.domain.visits import VisitRefused


def test_red_book_example_gives_h():
    assert check_character("G123498654321") == "H"
    assert checksum("G123498654321") == 17


def test_typed_label_with_its_check_character():
    bag = bag_number("G123 498 654 321 H")
    assert bag == BagNumber("G123498654321", True)
    assert bag.display() == "G1234 98 654321 H"


def test_scanned_barcode_flags_carry_the_check():
    assert bag_number("=G12349865432177").value == "G123498654321"  # 60 + 17
    with pytest.raises(VisitRefused) as wrong:
        bag_number("=G12349865432178")
    assert wrong.value.code == "bag.check_mismatch"


def test_scanned_barcode_with_process_flags_is_read_without_check():
    assert bag_number("=G12349865432100") == BagNumber("G123498654321", True)


@pytest.mark.parametrize("typo", ["G123 498 654 321 J", "G123 498 654 312 H", "G123 489 654 321 H"])
def test_a_typing_slip_is_caught(typo):
    with pytest.raises(VisitRefused) as refused:
        bag_number(typo)
    assert refused.value.code == "bag.check_mismatch"


def test_the_check_catches_every_single_character_change():
    din = "A999925123456"
    good = din + check_character(din)
    alphabet = "0123456789"
    for i in range(1, 13):  # the digits after the facility letter
        for digit in alphabet:
            if digit != din[i]:
                changed = din[:i] + digit + din[i + 1 :]
                assert check_character(changed) != good[-1]


def test_local_numbers_where_the_centre_uses_no_isbt():
    assert bag_number(" kh-2025-0042 ") == BagNumber("KH20250042", False)
    assert bag_number("٤٢").value == "42"
    with pytest.raises(VisitRefused, match="bag.invalid"):
        bag_number("KH2025/42")
    with pytest.raises(VisitRefused, match="bag.invalid"):
        bag_number("A" * 21)
    with pytest.raises(VisitRefused, match="bag.invalid"):
        bag_number("KH20250042", local_allowed=False)
    with pytest.raises(VisitRefused, match="bag.empty"):
        bag_number("  ")


def test_malformed_barcode_is_refused():
    for text in ("=G1234986543", "=O12349865432177", "=G123498654321"):
        with pytest.raises(VisitRefused, match="bag.invalid"):
            bag_number(text)
