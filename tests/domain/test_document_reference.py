"""A certificate's reference number: from its visit's global id, the same on every
reprint and station, never shared by two visits, easy to read back."""

import uuid

import pytest

from kiosk.domain.documents import reference


def test_the_reference_is_the_visits_global_id_in_four_groups_of_readable_characters():
    ref = reference("5f0c2a9e-7b1d-4c3e-9a8f-2d6b1e4c7a90")
    assert ref == "BW62-N7KV-3N63-X6MF"
    assert ref == reference("5F0C2A9E-7B1D-4C3E-9A8F-2D6B1E4C7A90")  # the same id however written
    assert not set(ref) & set("ILOU")


def test_ten_thousand_visits_get_ten_thousand_references():
    ids = [str(uuid.uuid4()) for _ in range(10_000)]
    assert len({reference(i) for i in ids}) == len(ids)


def test_a_text_that_is_not_a_global_id_is_refused():
    with pytest.raises(ValueError):
        reference("v12")
