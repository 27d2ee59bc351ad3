"""The base of every refusal that carries a code for the error registry (kiosk.errors).

Apart from the registry so that the domain modules a station loads before its
first paint (campaigns, visits) can define their errors without creating the
registry's two hundred codes; kiosk.errors offers the same class.
"""


class CodedError(Exception):
    """An error that carries a code for the registry, and the details that fill
    its message (`ticket=42`); `str()` is the code, never a sentence."""

    def __init__(self, code: str, **detail: object) -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail
