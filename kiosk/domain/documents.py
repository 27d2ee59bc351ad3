"""The documents a station prints: one name each, shared by print jobs, station
settings (a printer per document) and the command line."""

TICKET, CARD, CERTIFICATE = "ticket", "card", "certificate"
DOCUMENT_KINDS = (TICKET, CARD, CERTIFICATE)
