"""Translate argparse's own words (usage, options, error messages) with our catalogs.

argparse looks its texts up through ``gettext``; Python ships no French or
German catalog for it, so without this a French admin would read "usage:" and
"the following arguments are required". The texts a user can meet are marked
here and looked up in our Qt catalogs; anything else stays as argparse wrote it.
"""

from __future__ import annotations

import argparse

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
        return defer(text) if message in _BUILD_TIME else translate(text)

    argparse._ = lookup
