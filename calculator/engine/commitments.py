"""Commitments vendors sell beside pay-as-you-go: prepaid packs, subscriptions, free quotas.

A :class:`Commitment` is one offer (a Baidu 1B-token pack, a coding plan, a
free quota of 1M tokens per model). :func:`simulate` runs it month by month on
a row's usage (the part of a model's or plan's traffic the offer covers) and
returns what is paid each month, what expires unused (waste) and what a
blocked plan leaves unserved. Everything is vectorised over volume factors, so
the break-even chart is one call.

Rules, in the order the vendors apply them:

* **free quotas** are used first; what is left when they expire is waste;
* a **pack** is bought at the start of each validity period; the number of packs
  is the one that makes the period cheapest for the planned usage (0 when pay-as-
  you-go is cheaper); usage draws on the packs first, the rest is pay-as-you-go;
  what is left when the period ends expires (waste);
* a **subscription** costs its price each month and covers usage up to its
  monthly capacity (the tightest of its quotas: 1,200 requests per 5 hours is
  146 x 1,200 a month if traffic is spread evenly); beyond it the usage is paid
  as you go (``overflow = payg``) or not served (``blocked``, coding plans).

Validity is counted in whole months (days / 30.4, rounded). A pack's price is
paid in the month it is bought (``cash``); the effective monthly cost averages
over whole validity periods.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from .fx import CURRENCIES, FxRate
from .plans import PlanError

KINDS = ("pack", "subscription", "free_quota")
SCOPES = ("vendor", "models", "each_model")
UNITS = ("tokens", "input_tokens", "output_tokens", "requests", "value")
OVERFLOWS = ("payg", "blocked")
BILLINGS = ("once", "month", "day")
#: How many of each quota period fit in a month (730 hours).
PERIODS_PER_MONTH = {"5h": 730 / 5, "day": 730 / 24, "week": 730 / 168, "month": 1.0}
DAYS_PER_MONTH = 730 / 24  # 30.42


@dataclass(frozen=True)
class Commitment:
    """One offer. ``quota`` is (amount, period) pairs; a pack's or a free quota's
    period is ``""`` (the amount lasts ``validity_days``). Money is in ``currency``;
    a ``value`` quota too."""

    offer_id: str
    vendor: str
    name: str
    kind: str
    unit: str
    quota: tuple[tuple[float, str], ...]
    price: float = 0.0
    currency: str = "CNY"
    billing: str = "once"
    validity_days: float | None = None
    overflow: str = "payg"
    scope: str = "vendor"
    models: tuple[str, ...] = ()
    #: Provenance and notes, shown with the numbers.
    info: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        label = f"offer {self.offer_id!r}"
        if not self.offer_id.strip():
            raise PlanError("offer id is empty", "offer_id")
        for name, allowed in (("kind", KINDS), ("unit", UNITS), ("overflow", OVERFLOWS),
                              ("billing", BILLINGS), ("scope", SCOPES),
                              ("currency", CURRENCIES)):
            if getattr(self, name) not in allowed:
                raise PlanError(f"{label}: {name} must be one of {', '.join(allowed)}, got "
                                f"{getattr(self, name)!r}", name)
        if not self.quota:
            raise PlanError(f"{label}: quota is empty", "quota")
        for amount, period in self.quota:
            if not math.isfinite(amount) or amount <= 0:
                raise PlanError(f"{label}: quota must be above 0, got {amount:g}", "quota")
            if period not in ("", *PERIODS_PER_MONTH):
                raise PlanError(f"{label}: unknown quota period {period!r} (use "
                                f"{', '.join(PERIODS_PER_MONTH)})", "quota")
        periodic = self.kind == "subscription"
        if periodic and any(period == "" for _, period in self.quota):
            raise PlanError(f"{label}: a subscription quota needs a period (per 5h, day, week "
                            "or month)", "quota")
        if not periodic and (len(self.quota) != 1 or self.quota[0][1]):
            raise PlanError(f"{label}: a {self.kind} has one amount, without a period", "quota")
        if not math.isfinite(self.price) or self.price < 0:
            raise PlanError(f"{label}: price must not be negative, got {self.price:g}", "price")
        if self.kind == "free_quota" and self.price:
            raise PlanError(f"{label}: a free quota has no price", "price")
        if self.kind == "subscription" and self.billing == "once":
            raise PlanError(f"{label}: a subscription is billed per month or per day", "billing")
        if self.kind != "subscription":
            if self.validity_days is None or not (math.isfinite(self.validity_days)
                                                  and self.validity_days > 0):
                raise PlanError(f"{label}: a {self.kind} needs its validity in days", "validity")
        if self.scope != "vendor" and self.scope != "each_model" and not self.models:
            raise PlanError(f"{label}: scope 'models' needs the model ids", "models")

    # ------------------------------------------------------------------ derived
    @property
    def validity_months(self) -> int:
        """Validity in whole months (at least one)."""
        return max(1, round((self.validity_days or DAYS_PER_MONTH) / DAYS_PER_MONTH))

    def monthly_capacity(self) -> float:
        """A subscription's usable amount a month: the tightest of its quotas."""
        return min(amount * PERIODS_PER_MONTH[period] for amount, period in self.quota)

    @property
    def size(self) -> float:
        """A pack's or free quota's amount."""
        return self.quota[0][0]

    def monthly_price(self) -> float:
        """A subscription's price a month (in its currency)."""
        return self.price * (DAYS_PER_MONTH if self.billing == "day" else 1.0)

    def covers(self, model_id: str, vendor: str) -> bool:
        if self.scope == "models":
            return model_id in self.models
        if self.models:  # vendor-wide, but limited to the listed models
            return model_id in self.models
        return vendor == self.vendor


@dataclass(frozen=True)
class Simulation:
    """One option over months (columns), for each volume factor (rows).

    ``cash``: paid each month (pack prices in the month bought, display currency);
    ``waste``: units that expired or went unused; ``unserved``: units a blocked
    plan could not serve; ``months``: how many months the averages span.
    """

    cash: np.ndarray
    waste: np.ndarray
    unserved: np.ndarray
    months: int

    @property
    def effective_monthly(self) -> np.ndarray:
        return self.cash.sum(axis=1) / self.months


def extend(months: int, commitments: tuple[Commitment, ...]) -> int:
    """The horizon stretched to whole validity periods of every pack, and past the
    expiry of every free quota (so what is left of them has expired)."""
    length = months
    for item in commitments:
        period = item.validity_months
        if item.kind == "pack":
            length = max(length, math.ceil(months / period) * period)
        elif item.kind == "free_quota":
            length = max(length, period)
    return length


def simulate(option: Commitment | None, free: tuple[Commitment, ...], units: np.ndarray,
             payg: np.ndarray, other: np.ndarray, fx: FxRate, currency: str) -> Simulation:
    """Run ``option`` (None: pay as you go), after the free quotas ``free``.

    ``units``/``payg``: the covered usage and its pay-as-you-go cost, volume
    factors x months; ``other``: the pay-as-you-go cost of the rest of the
    traffic (never covered). Units of a ``value`` offer are money in ``currency``.
    """
    units = np.asarray(units, float)
    payg = np.asarray(payg, float)
    with np.errstate(divide="ignore", invalid="ignore"):
        rate = np.where(units > 0, payg / units, 0.0)  # money per unit, per month
    remaining = units.copy()
    waste = np.zeros(len(units))
    for quota in free:
        used, wasted = _draw(remaining, _amount(quota, quota.size, fx, currency),
                             quota.validity_months, restart=False)
        remaining -= used
        waste += wasted
    cash = np.array(other, float) + rate * remaining
    unserved = np.zeros(len(units))
    if option is None or option.kind == "free_quota":
        if option is not None:  # the free quota on its own
            used, wasted = _draw(remaining, _amount(option, option.size, fx, currency),
                                 option.validity_months, restart=False)
            cash = cash - rate * used
            waste += wasted
        return Simulation(cash, waste, unserved, units.shape[1])
    price = fx.convert(1.0, option.currency, currency)
    if option.kind == "pack":
        size = _amount(option, option.size, fx, currency)
        packs = _packs(remaining, rate, size, option.price * price, option.validity_months)
        used, wasted = _draw(remaining, packs * size, option.validity_months, restart=True)
        cash = cash - rate * used
        starts = np.arange(units.shape[1]) % option.validity_months == 0
        cash[:, starts] += packs[:, starts] * option.price * price
        return Simulation(cash, waste + wasted, unserved, units.shape[1])
    capacity = _amount(option, option.monthly_capacity(), fx, currency)
    covered = np.minimum(remaining, capacity)
    cash = cash - rate * covered + option.monthly_price() * price
    waste += (capacity - covered).sum(axis=1)
    if option.overflow == "blocked":
        beyond = remaining - covered
        cash = cash - rate * beyond
        unserved += beyond.sum(axis=1)
    return Simulation(cash, waste, unserved, units.shape[1])


def _amount(item: Commitment, amount: float, fx: FxRate, currency: str) -> float:
    """A quota amount in the simulation's units (money converted for ``value``)."""
    return fx.convert(amount, item.currency, currency) if item.unit == "value" else amount


def _draw(units: np.ndarray, stock: float | np.ndarray, period: int, *, restart: bool
          ) -> tuple[np.ndarray, np.ndarray]:
    """Usage drawn month by month from a stock that lasts ``period`` months.

    ``restart``: a new stock (``stock[:, month]`` for packs) at the start of each
    period; otherwise one stock at month 1 only. Returns (used per month, waste).
    """
    count, months = units.shape
    stock = np.broadcast_to(np.asarray(stock, float), units.shape) if np.ndim(stock) == 2 \
        else np.full(units.shape, float(stock))
    used = np.zeros(units.shape)
    waste = np.zeros(count)
    balance = np.zeros(count)
    for month in range(months):
        if month % period == 0 and (restart or month == 0):
            waste += balance
            balance = stock[:, month].copy()
        elif not restart and month == period:
            waste += balance
            balance = np.zeros(count)
        take = np.minimum(balance, units[:, month])
        used[:, month] = take
        balance -= take
    waste += balance
    return used, waste


def _packs(units: np.ndarray, rate: np.ndarray, size: float, price: float, period: int
           ) -> np.ndarray:
    """Packs bought at each period start (0 elsewhere): the cheapest count for the period."""
    count, months = units.shape
    packs = np.zeros(units.shape)
    for start in range(0, months, period):
        window = slice(start, start + period)
        need = units[:, window].sum(axis=1)
        value = (units[:, window] * rate[:, window]).sum(axis=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            unit_rate = np.where(need > 0, value / need, 0.0)
        low = np.floor(need / size)
        best, best_cost = np.zeros(count), value
        for k in (low, low + 1):
            cost = k * price + unit_rate * np.maximum(0.0, need - k * size)
            better = cost < best_cost - 1e-9 * np.maximum(1.0, best_cost)
            best = np.where(better, k, best)
            best_cost = np.where(better, cost, best_cost)
        packs[:, start] = best
    return packs
