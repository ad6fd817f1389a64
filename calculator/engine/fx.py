"""Exchange rate between the two billing currencies (CNY per USD) and conversions."""

from __future__ import annotations

import csv
import datetime as dt
import math
import os
from dataclasses import dataclass

import numpy as np

from .errors import CatalogError, EngineError

CURRENCIES = ("CNY", "USD")
SYMBOLS = {"CNY": "¥", "USD": "$"}


@dataclass(frozen=True)
class FxRate:
    """How many CNY one USD buys, and where that number came from."""

    cny_per_usd: float
    source: str = "entered by the user"
    effective_from: dt.date | None = None

    def __post_init__(self) -> None:
        rate = self.cny_per_usd
        if isinstance(rate, bool) or not isinstance(rate, (int, float)):
            raise EngineError(f"exchange rate must be a number, got {rate!r}")
        if not math.isfinite(rate) or rate <= 0:
            raise EngineError(f"exchange rate must be a positive number of CNY per USD, got {rate!r}")
        if rate < 0.5 or rate > 100:
            raise EngineError(
                f"exchange rate {rate:g} CNY per USD is implausible (expected about 6 to 8); "
                "enter CNY per USD, not USD per CNY"
            )

    def factor(self, display: str, is_usd: np.ndarray) -> np.ndarray:
        """Multipliers that turn native prices (USD where ``is_usd``, else CNY) into ``display``."""
        check_currency(display)
        if display == "CNY":
            return np.where(is_usd, self.cny_per_usd, 1.0)
        return np.where(is_usd, 1.0, 1.0 / self.cny_per_usd)

    def convert(self, amount: float, source: str, target: str) -> float:
        check_currency(source)
        check_currency(target)
        if source == target:
            return amount
        return amount * self.cny_per_usd if source == "USD" else amount / self.cny_per_usd

    def short(self) -> str:
        when = f" ({self.effective_from:%Y-%m-%d})" if self.effective_from else ""
        return f"1 USD = {self.cny_per_usd:g} CNY{when}"

    def describe(self) -> str:
        when = f" ({self.effective_from:%Y-%m-%d})" if self.effective_from else ""
        return f"1 USD = {self.cny_per_usd:g} CNY{when}, {self.source}"


def check_currency(currency: str) -> str:
    if currency not in CURRENCIES:
        raise EngineError(f"unknown currency {currency!r} (use CNY or USD)")
    return currency


def load_fx(path: str | os.PathLike[str]) -> FxRate:
    """The newest rate in an ``fx.csv`` file (columns effective_from, cny_per_usd, source)."""
    name = os.fspath(path)
    try:
        with open(name, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise CatalogError(f"{name}: cannot read exchange rates ({err})") from err
    rates = []
    for line, row in enumerate(rows, start=2):
        try:
            when = dt.date.fromisoformat((row.get("effective_from") or "").strip())
            rate = float((row.get("cny_per_usd") or "").strip())
            rates.append((when, FxRate(rate, (row.get("source") or "").strip() or name, when)))
        except (ValueError, EngineError) as err:
            raise CatalogError(f"{name}: row {line}: {err}") from err
    if not rates:
        raise CatalogError(f"{name}: no exchange rate rows")
    return max(rates, key=lambda item: item[0])[1]
