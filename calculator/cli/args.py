"""argparse with one-line errors and exit status 2, and value parsers shared by commands."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from typing import NoReturn

from ..engine import AmountError, parse_amount


class UsageError(Exception):
    """Bad command-line input; the message is printed as one line."""


class Parser(argparse.ArgumentParser):
    """Reports bad arguments as one line on stderr and exits with status 2.

    ``command`` is the short name used in messages (``quote: error: ...``).
    """

    def __init__(self, *args, command: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.command = command

    def error(self, message: str) -> NoReturn:
        # "argument --x: --x: reason" -> "--x: reason"
        message = re.sub(r"^argument (\S+?)(?:/\S+)?: \1: ", r"\1: ", message)
        message = " ".join(message.split())
        sys.stderr.write(f"{self.command}: error: {message}\n")
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
    def parse(text: str) -> dt.date:
        try:
            if len(text) != 10:
                raise ValueError
            return dt.date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{what}: {text!r} is not a valid date (YYYY-MM-DD)") from None
    parse.__name__ = what
    return parse


def fraction(what: str):
    def parse(text: str) -> float:
        try:
            value = float(text.rstrip("%")) / (100 if text.endswith("%") else 1)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{what}: {text!r} is not a number") from None
        if not 0 <= value <= 1:
            raise argparse.ArgumentTypeError(f"{what}: {text} must be between 0 and 1")
        return value
    parse.__name__ = what
    return parse


def positive(what: str):
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{what}: {text!r} is not a number") from None
        if not value > 0 or value == float("inf"):
            raise argparse.ArgumentTypeError(f"{what}: {text} must be a positive number")
        return value
    parse.__name__ = what
    return parse


def id_list(text: str) -> list[str]:
    ids = [part.strip() for part in text.split(",") if part.strip()]
    if not ids:
        raise argparse.ArgumentTypeError("models: give at least one model id")
    return ids
