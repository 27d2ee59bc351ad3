"""Qatra: an offline check-in kiosk for blood-donation campaigns in Morocco."""

__version__ = "0.1.0"
