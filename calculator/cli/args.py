"""argparse with one-line errors and exit status 2, and value parsers shared by commands."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from typing import NoReturn

from ..engine import AmountError, parse_amount
from ..engine.amounts import parse_number
from ..engine.dates import parse_date
from ..engine.errors import DateError

#: argparse's messages for a command line of the wrong shape.
SHAPE_ERRORS = ("unrecognized arguments", "the following arguments are required",
                "ambiguous option")


class UsageError(Exception):
    """Bad command-line input; the message is printed as one line."""


class Parser(argparse.ArgumentParser):
    """Reports bad arguments with the usage line and one error line on stderr, exit 2.

    ``command`` is the short name used in messages (``quote: error: ...``). Options
    must be spelled in full (no abbreviations: ``--model`` is not ``--models``).
    """

    def __init__(self, *args, command: str, **kwargs):
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)
        self.command = command

    def error(self, message: str) -> NoReturn:
        # An unknown option or a missing argument also gets the usage line, as at the front
        # door; a wrong value ("argument --x: ...") or a command's own message is one line.
        shape_error = message.startswith(SHAPE_ERRORS)
        # "argument --x: --x: reason" -> "--x: reason"
        message = re.sub(r"^argument (\S+?)(?:/\S+)?: \1: ", r"\1: ", message)
        message = " ".join(message.split())
        usage = "" if not shape_error else f"usage: {self.prog} [options] (-h for help)\n"
        sys.stderr.write(f"{usage}{self.command}: error: {message}\n")
        raise SystemExit(2)


def amount(what: str):
    def parse(text: str) -> float:
        try:
            return parse_amount(text, what=what)
        except AmountError as err:
            raise argparse.ArgumentTypeError(str(err)) from None
    parse.__name__ = what
    return parse


def iso_date(what: str):
    """A ``YYYY-MM-DD`` date within the app's range (:mod:`calculator.engine.dates`)."""
    def parse(text: str) -> dt.date:
        try:
            return parse_date(text, what)
        except DateError as err:
            raise argparse.ArgumentTypeError(str(err)) from None
    parse.__name__ = what
    return parse


def fraction(what: str):
    """``0.3`` or ``30%``, between 0 and 1."""
    def parse(text: str) -> float:
        percent = text.rstrip(" ").endswith("%")
        number = text.rstrip(" ")[:-1] if percent else text
        try:
            value = parse_number(number, what=what, maximum=100 if percent else 1)
        except AmountError as err:
            raise argparse.ArgumentTypeError(str(err)) from None
        return value / 100 if percent else value
    parse.__name__ = what
    return parse


def positive(what: str, maximum: float = 1e6):
    def parse(text: str) -> float:
        try:
            value = parse_number(text, what=what, maximum=maximum)
        except AmountError as err:
            raise argparse.ArgumentTypeError(str(err)) from None
        if not value > 0:
            raise argparse.ArgumentTypeError(f"{what}: {text} must be a positive number")
        return value
    parse.__name__ = what
    return parse


def id_list(text: str) -> list[str]:
    """Comma-separated ids, each once, in the order given."""
    ids = list(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))
    if not ids:
        raise argparse.ArgumentTypeError("models: give at least one model id")
    return ids


def path_arg(what: str):
    """A file or folder name; an empty one (``--out ""``) is refused, never read as ``.``."""
    def parse(text: str) -> str:
        if not text.strip():
            raise argparse.ArgumentTypeError(f"{what}: the path is empty")
        if "\0" in text:
            raise argparse.ArgumentTypeError(f"{what}: the path contains a NUL character")
        return text
    parse.__name__ = what
    return parse
