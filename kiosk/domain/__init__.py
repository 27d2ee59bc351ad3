"""Plain-Python rules of the kiosk: no Qt, no SQL. Storage, printing and UI build on it."""
