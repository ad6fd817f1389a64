"""The one-line text forms of plans and deployments (command line, and pasted text).

* A routing plan: ``NAME=ID:SHARE,ID:SHARE``
  (``cheap-first=deepseek-flash:0.7,deepseek-v4-pro:30%``). A share is a fraction or a
  percentage; a model id may itself contain ``:`` (the share is after the last one).
* A self-hosted deployment: ``NAME:key=value,key=value`` with the keys
  ``gpu_hourly, gpus, input_tps, output_tps, utilization`` (required) and
  ``fixed_monthly, currency, gpu, growth`` (optional; ``fixed_monthly`` 0,
  ``currency`` USD). Throughputs and the fixed cost take the amount forms
  (``2.5k``, ``1.2M``, ``3000万``).
* A growth: ``NAME=G`` (``A=30%``, ``B=0.1``).

Every problem raises :class:`~calculator.engine.plans.PlanError` with one line
naming the plan and the part that is wrong.
"""

from __future__ import annotations

from ..engine.amounts import parse_amount, parse_number
from ..engine.errors import AmountError
from ..engine.plans import PlanError, RoutingPlan
from ..engine.self_hosting import Deployment, check_gpus

REQUIRED_KEYS = ("gpu_hourly", "gpus", "input_tps", "output_tps", "utilization")
OPTIONAL_KEYS = ("fixed_monthly", "currency", "gpu", "growth")


def parse_share(text: str, what: str) -> float:
    """``0.7``, ``70%`` or ``70 %`` as a fraction."""
    raw = text.strip()
    percent = raw.endswith("%")
    number = raw[:-1].strip() if percent else raw
    try:
        value = parse_number(number, what=what, minimum=None)
    except AmountError:
        raise PlanError(f"{what}: {text.strip()!r} is not a number (use 0.7 or 70%)",
                        "shares") from None
    return value / 100.0 if percent else value


def parse_growth(text: str, what: str) -> float:
    """A monthly growth rate: ``0.3``, ``30%``, ``-5%``."""
    try:
        return parse_share(text, what)
    except PlanError as err:
        raise PlanError(str(err), "growth") from None


def parse_plan(text: str) -> RoutingPlan:
    """``NAME=ID:SHARE,ID:SHARE`` as a :class:`RoutingPlan`."""
    if "=" not in text:
        raise PlanError(f"plan {text.strip()!r}: expected NAME=MODEL:SHARE,MODEL:SHARE", "shares")
    name, _, body = text.partition("=")
    name = name.strip()
    if not name:
        raise PlanError("plan name is empty; write NAME=MODEL:SHARE,...", "name")
    shares = []
    for part in body.split(","):
        if not part.strip():
            raise PlanError(f"plan {name!r}: an empty entry between commas", "shares")
        model, sep, share = part.strip().rpartition(":")
        if not sep or not model.strip():
            raise PlanError(f"plan {name!r}: {part.strip()!r} is not MODEL:SHARE", "shares")
        shares.append((model.strip(), parse_share(share, f"plan {name!r}: share of "
                                                         f"{model.strip()!r}")))
    return RoutingPlan(name, tuple(shares))


def parse_named_growth(text: str) -> tuple[str, float]:
    """``NAME=G`` as (name, growth)."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise PlanError(f"{text.strip()!r}: expected NAME=GROWTH (A=30%)", "growth")
    return name.strip(), parse_growth(value, f"growth of {name.strip()!r}")


def parse_deployment(text: str) -> Deployment:
    """``NAME:gpu_hourly=…,gpus=…,…`` as a :class:`Deployment`."""
    name, sep, body = text.partition(":")
    name = name.strip()
    if not sep:
        raise PlanError(f"{text.strip()!r}: expected NAME:gpu_hourly=…,gpus=…,input_tps=…,"
                        "output_tps=…,utilization=…", "name")
    if not name:
        raise PlanError("deployment name is empty; write NAME:gpu_hourly=…,…", "name")
    label = f"deployment {name!r}"
    values: dict[str, str] = {}
    for part in body.split(","):
        key, eq, value = part.partition("=")
        key = key.strip()
        if not eq or not key:
            raise PlanError(f"{label}: {part.strip()!r} is not key=value", key or "name")
        if key not in REQUIRED_KEYS + OPTIONAL_KEYS:
            raise PlanError(f"{label}: unknown key {key!r} (use "
                            f"{', '.join(REQUIRED_KEYS + OPTIONAL_KEYS)})", "name")
        if key in values:
            raise PlanError(f"{label}: {key} is given twice", key)
        values[key] = value.strip()
    missing = [key for key in REQUIRED_KEYS if key not in values]
    if missing:
        raise PlanError(f"{label}: missing {', '.join(missing)}", missing[0])
    numbers: dict[str, float] = {}
    for key in ("gpu_hourly", "gpus", "input_tps", "output_tps", "utilization",
                "fixed_monthly"):
        if key in values:
            numbers[key] = _number(values[key], f"{label}: {key}", key)
    growth = values.get("growth")
    return Deployment(
        name=name, gpu_hourly=numbers["gpu_hourly"], gpus=check_gpus(numbers["gpus"], label),
        input_tps=numbers["input_tps"], output_tps=numbers["output_tps"],
        utilization=numbers["utilization"], fixed_monthly=numbers.get("fixed_monthly", 0.0),
        currency=values.get("currency", "USD").upper(),
        growth=None if growth is None else parse_growth(growth, f"{label}: growth"),
        gpu=values.get("gpu", ""),
    )


def _number(text: str, what: str, field: str) -> float:
    raw = text.strip()
    percent = field == "utilization" and raw.endswith("%")
    try:
        value = parse_number(raw[:-1], what=what, minimum=None) / 100.0 if percent \
            else _signed(raw, what)
    except (ValueError, AmountError):
        raise PlanError(f"{what}: {raw!r} is not a number", field) from None
    return value


def _signed(text: str, what: str) -> float:
    """An amount (``2.5k``, ``3000万``); a negative number is kept for the range check."""
    if text.startswith("-"):
        return -_signed(text[1:], what)
    try:
        return parse_amount(text, what=what)
    except AmountError as err:
        raise ValueError(str(err)) from None


def format_plan(plan: RoutingPlan) -> str:
    """The inverse of :func:`parse_plan` (shares as plain decimals)."""
    return f"{plan.name}=" + ",".join(f"{m}:{s:.12g}" for m, s in plan.shares)


def format_deployment(deployment: Deployment) -> str:
    """The inverse of :func:`parse_deployment`."""
    d = deployment
    parts = [f"gpu_hourly={d.gpu_hourly:.12g}", f"gpus={d.gpus}",
             f"input_tps={d.input_tps:.12g}", f"output_tps={d.output_tps:.12g}",
             f"utilization={d.utilization:.12g}", f"fixed_monthly={d.fixed_monthly:.12g}",
             f"currency={d.currency}"]
    if d.gpu:
        parts.append(f"gpu={d.gpu}")
    if d.growth is not None:
        parts.append(f"growth={d.growth:.12g}")
    return f"{d.name}:" + ",".join(parts)
