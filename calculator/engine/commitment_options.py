"""A row's commitment options against pay-as-you-go: effective monthly cost, waste,
break-even volume.

:class:`RowTraffic` is what one comparison row (a model, or a routing plan)
sends to each model, and what that costs as you go. :func:`compare_options`
runs pay-as-you-go and every offer on it (:mod:`.commitments`) and finds, for
each offer, the volume from which it is cheaper than the best option without it
(pay as you go after the free quotas, which are always used first).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from .commitments import Commitment, Simulation, extend, simulate
from .comparison import FREE, PRICED, Comparison
from .fx import FxRate
from .plans import PlanError, RoutingPlan

PAYG = "payg"
#: Option statuses: priced, or why an offer cannot be priced for the row.
OK, UNKNOWN_PRICE, NEEDS_REQUESTS, OUT_OF_SCOPE = "priced", "unknown", "needs_requests", \
    "out_of_scope"
#: The volume factors the break-even search samples (x today's volume).
GRID = np.logspace(-4, 5, 181)


@dataclass(frozen=True)
class Member:
    model_id: str
    vendor: str
    share: float
    cost: float  # month 1, display currency; NaN when unknown
    output_cost: float  # the output tokens' part of ``cost``


@dataclass(frozen=True)
class RowTraffic:
    """One row's month-1 traffic: its models with their shares and pay-as-you-go costs."""

    row_id: str
    members: tuple[Member, ...]
    input_tokens: float
    output_tokens: float
    requests: float | None

    @classmethod
    def of(cls, comparison: Comparison, row_id: str,
           plans: Sequence[RoutingPlan] = ()) -> RowTraffic:
        """The row ``row_id`` (a model of ``comparison`` or one of ``plans``, whose
        members must be rows of ``comparison``)."""
        arrays = comparison.arrays
        index = {m: i for i, m in enumerate(arrays["model_id"])}
        plan = next((p for p in plans if p.name == row_id), None)
        shares = plan.shares if plan is not None else ((row_id, 1.0),)
        work = comparison.workload
        members = []
        for model, share in shares:
            if model not in index:
                raise PlanError(f"{model!r} is not a priced model here", "row")
            i = index[model]
            status = arrays["current_status"][i]
            cost = float(arrays["current_cost"][i]) if status in (PRICED, FREE) else math.nan
            out_price = float(arrays["current_output_per_mtok"][i])
            output_cost = work.output_tokens * (0.0 if math.isnan(out_price) and
                                                work.output_tokens == 0 else out_price) / 1e6
            members.append(Member(model, str(arrays["vendor"][i]), share, cost, output_cost))
        return cls(row_id, tuple(members), work.input_tokens, work.output_tokens, work.requests)

    def covered(self, offer: Commitment) -> tuple[float, float, float, int]:
        """(units, their pay-as-you-go cost, cost of the rest, covered models) at month 1.

        Units are the offer's: tokens, input or output tokens, requests, or money
        (``value``, the pay-as-you-go cost itself). NaN costs stay NaN.
        """
        inside = [m for m in self.members if m.share > 0 and offer.covers(m.model_id, m.vendor)]
        outside = [m for m in self.members if m.share > 0 and m not in inside]
        share = sum(m.share for m in inside)
        other = sum(m.share * m.cost for m in outside)
        if offer.unit == "input_tokens":
            cost = sum(m.share * (m.cost - m.output_cost) for m in inside)
            other += sum(m.share * m.output_cost for m in inside)
            units = share * self.input_tokens
        elif offer.unit == "output_tokens":
            cost = sum(m.share * m.output_cost for m in inside)
            other += sum(m.share * (m.cost - m.output_cost) for m in inside)
            units = share * self.output_tokens
        else:
            cost = sum(m.share * m.cost for m in inside)
            if offer.unit == "tokens":
                units = share * (self.input_tokens + self.output_tokens)
            elif offer.unit == "requests":
                units = share * (self.requests if self.requests is not None else math.nan)
            else:
                units = cost
        return units, cost, other, len(inside)

    @property
    def payg_cost(self) -> float:
        return sum(m.share * m.cost for m in self.members)


@dataclass(frozen=True)
class OptionResult:
    """Pay as you go (``offer is None``) or one offer, for a row.

    Money is monthly, in the display currency, averaged over ``months`` (whole
    validity periods). ``baseline`` is what the option is measured against: pay as
    you go after the free quotas it shares its scope with. ``break_even`` is the
    volume factor (x today's volume) from which the option is cheaper than that
    baseline (0: already at any volume; None: never, or not priced).
    """

    offer: Commitment | None
    status: str
    effective_monthly: float
    baseline_monthly: float
    waste_units: float
    waste_value: float
    unserved_units: float
    break_even: float | None
    cash: np.ndarray
    months: int

    @property
    def saving_monthly(self) -> float:
        return self.baseline_monthly - self.effective_monthly

    @property
    def key(self) -> str:
        return PAYG if self.offer is None else self.offer.offer_id


@dataclass(frozen=True)
class Options:
    row_id: str
    results: tuple[OptionResult, ...]
    horizon: int
    growth: float


def compare_options(traffic: RowTraffic, offers: Sequence[Commitment], *, months: int,
                    growth: float, fx: FxRate, currency: str) -> Options:
    """Pay as you go and each offer on ``traffic`` over ``months`` months of ``growth``."""
    offers = tuple(offers)
    free = tuple(o for o in offers if o.kind == "free_quota")
    span = extend(months, offers)
    curve = np.power(1.0 + growth, np.arange(span, dtype=float))
    payg_cash = np.full(span, traffic.payg_cost) * curve
    results = [OptionResult(None, OK if math.isfinite(traffic.payg_cost) else UNKNOWN_PRICE,
                            float(payg_cash.mean()), float(payg_cash.mean()), 0.0, 0.0, 0.0,
                            None, payg_cash[:months], span)]
    for offer in offers:
        results.append(_option(traffic, offer, free, months, span, curve, fx, currency))
    return Options(traffic.row_id, tuple(results), months, growth)


def _option(traffic: RowTraffic, offer: Commitment, free: tuple[Commitment, ...], months: int,
            span: int, curve: np.ndarray, fx: FxRate, currency: str) -> OptionResult:
    units1, cost1, other1, count = traffic.covered(offer)
    nan = math.nan
    empty = np.full(months, nan)

    def unpriced(status: str) -> OptionResult:
        return OptionResult(offer, status, nan, nan, nan, nan, nan, None, empty, span)

    if count == 0:
        return unpriced(OUT_OF_SCOPE)
    if math.isnan(units1):
        return unpriced(NEEDS_REQUESTS)
    if math.isnan(cost1) or math.isnan(other1):
        return unpriced(UNKNOWN_PRICE)
    offer, shared = _prepare(traffic, offer, free)

    def run(factors: np.ndarray) -> tuple[Simulation, Simulation]:
        scale = factors[:, None] * curve[None, :]
        args = (units1 * scale, cost1 * scale, other1 * scale, fx, currency)
        return simulate(offer, shared, *args), simulate(None, shared, *args)

    option, base = run(np.array([1.0]))
    paid_per_unit = _paid_per_unit(offer, fx, currency)
    return OptionResult(
        offer, OK, float(option.effective_monthly[0]), float(base.effective_monthly[0]),
        float(option.waste[0]), float(option.waste[0] * paid_per_unit),
        float(option.unserved[0]), _break_even(run), option.cash[0, :months], span)


def _per_model(traffic: RowTraffic, offer: Commitment) -> Commitment:
    """An ``each_model`` quota counted once per covered model of the row."""
    count = traffic.covered(offer)[3]
    if offer.scope != "each_model" or count <= 1:
        return offer
    return replace(offer, quota=tuple((amount * count, period) for amount, period in offer.quota))


def _prepare(traffic: RowTraffic, offer: Commitment, free: tuple[Commitment, ...]
             ) -> tuple[Commitment, tuple[Commitment, ...]]:
    """The offer as it applies to the row, and the free quotas used before it."""
    shared = () if offer.kind == "free_quota" else tuple(
        _per_model(traffic, q) for q in free if _same_scope(traffic, q, offer))
    return _per_model(traffic, offer), shared


def _same_scope(traffic: RowTraffic, free: Commitment, offer: Commitment) -> bool:
    """A free quota is used first by an offer that draws on the same units of the same models."""
    if free.unit != offer.unit:
        return False
    mine = {m.model_id for m in traffic.members if offer.covers(m.model_id, m.vendor)}
    theirs = {m.model_id for m in traffic.members if free.covers(m.model_id, m.vendor)}
    return bool(mine) and mine <= theirs


def _paid_per_unit(offer: Commitment, fx: FxRate, currency: str) -> float:
    """What the offer charges per unit of its quota (0 for a free quota)."""
    price = fx.convert(offer.price, offer.currency, currency)
    if offer.kind == "pack":
        size = fx.convert(offer.size, offer.currency, currency) if offer.unit == "value" \
            else offer.size
        return price / size
    if offer.kind == "subscription":
        capacity = offer.monthly_capacity()
        if offer.unit == "value":
            capacity = fx.convert(capacity, offer.currency, currency)
        return fx.convert(offer.monthly_price(), offer.currency, currency) / capacity
    return 0.0


def _wins(option: Simulation, base: Simulation) -> np.ndarray:
    cheaper = option.effective_monthly < base.effective_monthly * (1 - 1e-9)
    return cheaper & (option.unserved <= 0)


def _break_even(run) -> float | None:
    """The smallest sampled volume factor at which the offer wins, refined twice.

    Samples ``GRID``; when the offer already wins at its smallest factor, samples
    down to 1e-12 of today's volume (0 when it wins even there).
    """
    grid = GRID
    wins = _wins(*run(grid))
    if not wins.any():
        return None
    if wins[0]:
        grid = np.logspace(-12, math.log10(GRID[0]), 81)
        wins = _wins(*run(grid))
        if wins[0]:
            return 0.0
    first = int(np.argmax(wins))
    low, high = grid[first - 1], grid[first]
    for _ in range(2):
        points = np.linspace(low, high, 65)
        inner = _wins(*run(points))
        at = int(np.argmax(inner)) if inner.any() else len(points) - 1
        low, high = points[max(at - 1, 0)], points[at]
    return float(high)


def volume_curves(traffic: RowTraffic, offers: Sequence[Commitment], factors: np.ndarray, *,
                  months: int, growth: float, fx: FxRate, currency: str
                  ) -> dict[str, np.ndarray]:
    """Effective monthly cost per volume factor: ``payg`` and each priced offer (chart)."""
    offers = tuple(offers)
    free = tuple(o for o in offers if o.kind == "free_quota")
    span = extend(months, offers)
    curve = np.power(1.0 + growth, np.arange(span, dtype=float))
    factors = np.asarray(factors, float)
    out = {PAYG: factors * traffic.payg_cost * curve.mean()}
    for offer in offers:
        units1, cost1, other1, count = traffic.covered(offer)
        if count == 0 or any(math.isnan(v) for v in (units1, cost1, other1)):
            continue
        offer, shared = _prepare(traffic, offer, free)
        scale = factors[:, None] * curve[None, :]
        sim = simulate(offer, shared, units1 * scale, cost1 * scale, other1 * scale, fx,
                       currency)
        cost = sim.effective_monthly
        out[offer.offer_id] = np.where(sim.unserved > 0, np.nan, cost)
    return out
