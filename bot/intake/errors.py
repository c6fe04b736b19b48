"""What can go wrong in filling a service's form, one class for each kind; every message says what
and where (an item, a file), never a person's words."""
from __future__ import annotations


class FormNotReadable(ValueError):
    """A Questionnaire we cannot use; the message names the item and the problem."""


class PathNotSupported(ValueError):
    """An expression outside the subset we evaluate; the message says what was not understood."""


class ServiceRegistryError(Exception):
    """A service file cannot be used; the message names the file and the problem."""


class AnswerNotUnderstood(ValueError):
    """The reply does not answer the question; the message tells the person what would."""
