"""The consent store's named errors, all of them: each module raises these and re-exports the ones its
callers catch (`consent_store.referrals.NotAllowed` is `consent_store.errors.NotAllowed`)."""


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


class AnchorInvalid(StoreError):
    """The anchor of the disclosure log's head is not one the audit key wrote."""


class NotConsented(StoreError):
    """Nothing may be shared: there is no live consent for this service."""


class ServiceClosed(StoreError):
    """The service closed its intake address (it answered 410); nothing can be sent to it now."""


class NotPermitted(StoreError, PermissionError):
    """A representative asked for something their basis does not allow; the message says why."""


class WeakSecret(StoreError, ValueError):
    """The PIN or passphrase is too easy to guess; the message says why, in plain words."""


class NotAllowed(StoreError):
    """The referral cannot go to that status from where it is."""


class AlreadyApplied(StoreError):
    """This update (its message id) was applied before: it is not applied again."""
