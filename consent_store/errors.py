"""The consent store's named errors."""


class StoreError(Exception):
    """Base class for consent store errors."""


class RecordUnreadable(StoreError):
    """A sealed record could not be opened.

    Deliberately opaque: a tampered ciphertext, a record moved to another row or person, and a
    wrong key all look the same to the caller, so nothing leaks about which check failed.
    """

    def __init__(self) -> None:
        super().__init__("record could not be decrypted")


class KeyConfigError(StoreError):
    """The key-encryption key is missing or malformed."""


class NotConsented(StoreError):
    """Nothing may be shared: there is no live consent for this service."""


class ServiceClosed(StoreError):
    """The service closed its intake address (it answered 410); nothing can be sent to it now."""
