"""The documents a station prints: one name each, shared by print jobs, station
settings (a printer per document) and the command line."""

TICKET, CARD, CERTIFICATE = "ticket", "card", "certificate"
DOCUMENT_KINDS = (TICKET, CARD, CERTIFICATE)

# Crockford's base 32: no I, L, O or U, so a reference read aloud or typed back
# cannot be mistaken for another.
_BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
REFERENCE_CHARACTERS = 16  # 80 bits of the global id: no two visits share one


def reference(global_id: str) -> str:
    """A certificate's reference number, from its visit's global id (a UUID):
    the same on every reprint and on every station, and found again in the
    centre's register, which keeps that id. `7K3M-Q9XD-2F4T-WB8H`.

    ValueError for a text that is not a UUID."""
    import uuid  # here: station settings import this module before a kiosk paints, uuid costs that start

    value = uuid.UUID(global_id).int >> (128 - 5 * REFERENCE_CHARACTERS)
    chars = "".join(_BASE32[(value >> (5 * i)) & 31] for i in reversed(range(REFERENCE_CHARACTERS)))
    return "-".join(chars[i : i + 4] for i in range(0, REFERENCE_CHARACTERS, 4))
