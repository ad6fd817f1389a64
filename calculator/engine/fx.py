"""Exchange rate between the two billing currencies (CNY per USD) and conversions."""

from __future__ import annotations

import bisect
import datetime as dt
import math
from dataclasses import dataclass

import numpy as np

from .errors import EngineError

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
            raise EngineError(
                f"exchange rate must be a positive number of CNY per USD, got {rate!r}")
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


@dataclass(frozen=True)
class FxTable:
    """Dated exchange rates (``seeds/fx.csv``): the rate in effect at a date.

    ``rates`` are sorted by ``effective_from``. A date before the first rate gets
    the first rate (the earliest known).
    """

    rates: tuple[FxRate, ...]

    def __post_init__(self) -> None:
        if not self.rates:
            raise EngineError("no exchange rates")
        ordered = tuple(sorted(self.rates, key=_effective))
        object.__setattr__(self, "rates", ordered)

    def at(self, date: dt.date) -> FxRate:
        """The rate in effect at ``date``."""
        days = [_effective(rate) for rate in self.rates]
        index = bisect.bisect_right(days, date) - 1
        return self.rates[max(index, 0)]

    @property
    def newest(self) -> FxRate:
        return self.rates[-1]


def _effective(rate: FxRate) -> dt.date:
    """A table rate's effective date (every rate in a table has one)."""
    if rate.effective_from is None:
        raise EngineError("every dated exchange rate needs its effective date")
    return rate.effective_from


def default_rate(rates: FxRate | FxTable, date: dt.date) -> FxRate:
    """The default rate at ``date``: from a table the rate in effect, else the one rate."""
    return rates.at(date) if isinstance(rates, FxTable) else rates
