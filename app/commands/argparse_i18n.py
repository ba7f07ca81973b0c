"""Translate argparse's own words (usage, options, error messages) with our catalogs.

argparse looks its texts up through ``gettext``; Python ships no French or
German catalog for it, so without this a French admin would read "usage:" and
"the following arguments are required". The texts a user can meet are marked
here and looked up in our Qt catalogs; anything else stays as argparse wrote it.

argparse echoes what it did not understand ("unrecognized arguments: …",
"ambiguous option: --ke=…"): a product key typed on the command line by
mistake would be printed back to the terminal and its scroll-back. Every
message formatted from these texts masks anything key-shaped first.
"""

from __future__ import annotations

import argparse
import re

from app.domain.text import QT_TRANSLATE_NOOP, Text

_USER_FACING: dict[str, Text] = {
    text.source: text
    for text in (
        QT_TRANSLATE_NOOP("argparse", "usage: "),
        QT_TRANSLATE_NOOP("argparse", "positional arguments"),
        QT_TRANSLATE_NOOP("argparse", "options"),
        QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
        QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
        QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
        QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("argparse", "expected one argument"),
        QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
        QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
        QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
        QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    )
}


# Looked up while a parser is being built (the -h/--version help, group titles):
# translating them then would need a Qt application before the wizard makes its
# own, so they stay lazy and the help formatter translates them when printing.
_BUILD_TIME = {
    "show this help message and exit",
    "show program's version number and exit",
    "positional arguments",
    "options",
}


_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
# Two to five groups of five joined by dashes, or 25 characters in one run.
_KEY_SHAPED = re.compile(
    rf"(?<![A-Za-z0-9])(?:[A-Za-z0-9]{{5}}(?:[{_DASHES}][A-Za-z0-9]{{5}}){{1,4}}"
    r"|[A-Za-z0-9]{25})(?![A-Za-z0-9])"
)
# An option that names a key (--key, --product-key, --ke…): its value is a key.
_KEY_OPTION = re.compile(r"^--?(?:[\w-]*key[\w-]*|ke|k)$", re.IGNORECASE)
# One group typed on its own ("… FHRC6"): an unrecognised argument of five letters and digits.
_KEY_GROUP_TOKEN = re.compile(r"^[A-Za-z0-9]{5}$")


def mask_key_shaped(text: str) -> str:
    """``text`` with everything that could be (part of) a product key replaced by X."""
    words = text.split(" ")
    for index, word in enumerate(words):
        option, equals, _value = word.partition("=")
        if equals and _KEY_OPTION.match(option):
            words[index] = f"{option}=XXXXX"
    return _KEY_SHAPED.sub(lambda m: re.sub("[A-Za-z0-9]", "X", m[0]), " ".join(words))


def _mask_arguments(arguments: str) -> str:
    """The unrecognised arguments, each key-shaped one (or one given to a key option) masked."""
    tokens = arguments.split(" ")
    for index, token in enumerate(tokens):
        after_key_option = index > 0 and _KEY_OPTION.match(tokens[index - 1])
        if _KEY_GROUP_TOKEN.match(token) or (after_key_option and not token.startswith("-")):
            tokens[index] = "XXXXX"
    return mask_key_shaped(" ".join(tokens))


def _mask_value(name: str, value: object) -> object:
    if not isinstance(value, str):
        return value
    return _mask_arguments(value) if name in ("value", "option") else mask_key_shaped(value)


class _KeyMaskingFormat(str):
    """A translated message whose ``%`` substitution masks key-shaped values."""

    def __mod__(self, values: object) -> str:
        if isinstance(values, dict):  # "invalid choice: %(value)r": a value is one argument
            values = {k: _mask_value(k, v) for k, v in values.items()}
        elif isinstance(values, str):
            values = _mask_arguments(values)  # "unrecognized arguments: %s"
        return mask_key_shaped(str.__mod__(str(self), values))


def install(translate, defer) -> None:
    """Route argparse's lookups for the texts above through our catalogs.

    Args:
        translate: ``Text -> str``, for texts printed right away (usage, errors).
        defer: ``Text -> str`` subclass rendered later by the help formatter.
    """
    original = argparse._

    def lookup(message: str) -> str:
        text = _USER_FACING.get(message)
        if text is None:
            return original(message)
        if message in _BUILD_TIME:
            return defer(text)
        return _KeyMaskingFormat(translate(text))

    argparse._ = lookup
