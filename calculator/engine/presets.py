"""Named starting points for a comparison: which models, which dates, which exchange rate.

One registry (:data:`PRESETS`). A preset names model ids of the shipped catalog
(``seeds/prices.csv``; a test checks they exist) and leaves a date or the rate as
``None`` when it follows the day the app runs: ``current`` None is today,
``baseline`` None is one year before the current date, ``fx_cny_per_usd`` None is
the dated rate of ``seeds/fx.csv`` in effect at the current date (:func:`preset_fx`).

The window starts on :data:`FIRST_START` (:func:`first_scenario`), lists the registry
in its "Compare" box and menu, and applies a preset as one edit
(:func:`preset_scenario`). :class:`~calculator.engine.scenario.Scenario`'s own
defaults stay those of the price-war preset's models and the 2024-05-01 baseline:
they are what a scenario file without ``models`` or dates has always meant.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from .fx import FxRate, FxTable, default_rate
from .notes import QT_TRANSLATE_NOOP
from .scenario import DEFAULT_BASELINE, DEFAULT_MODELS, DEFAULT_REFERENCE, PRICE_WAR_END, Scenario


@dataclass(frozen=True)
class Preset:
    key: str
    title: str  # English; front ends translate it in the "Presets" context
    models: tuple[str, ...]
    reference: str | None
    baseline: dt.date | None
    current: dt.date | None
    fx_cny_per_usd: float | None
    fx_source: str = ""  # where a fixed ``fx_cny_per_usd`` comes from
    fx_date: dt.date | None = None  # the date of that rate


# Each price-war vendor's current flagship and cheapest chat model, Moonshot/Kimi,
# MiniMax, and one USD flagship each from OpenAI, Anthropic and Google.
TODAY_MODELS: tuple[str, ...] = (
    "deepseek-v4-pro", "deepseek-flash",
    "glm-5.3", "glm-5.3-flash",
    "doubao-seed-2.1-pro", "doubao-seed-1.6-flash",
    "qwen3.7-max", "qwen3.5-flash",
    "ernie-5.1", "ernie-4.5-turbo",
    "spark-x2", "spark-lite",
    "hunyuan-t1", "hunyuan-turbos", "hunyuan-lite",
    "kimi-k3", "kimi-k2.6",
    "minimax-m3",
    "gpt-5.5", "claude-sonnet-4-6", "gemini-2.5-pro",
)

PRESETS: tuple[Preset, ...] = (
    Preset(
        key="today",
        title=QT_TRANSLATE_NOOP("Presets", "Today"),
        models=TODAY_MODELS,
        reference="gpt-5.5",
        baseline=None,
        current=None,
        fx_cny_per_usd=None,
    ),
    Preset(
        key="price_war_2024",
        title=QT_TRANSLATE_NOOP("Presets", "May 2024 price war"),
        models=DEFAULT_MODELS,
        reference=DEFAULT_REFERENCE,
        baseline=DEFAULT_BASELINE,
        current=PRICE_WAR_END,
        # The rate the syaoranwe price tracker used on 2024-05-24 to show USD prices in CNY
        # (LiteLLM and one-api used 7.0); seeds/fx.csv holds market rates by month.
        fx_cny_per_usd=7.2,
        fx_source="github.com/syaoranwe/LLM-Price README.md@5b65991 (2024-05-24)",
        fx_date=dt.date(2024, 5, 24),
    ),
)

#: The preset a first start (and File > New) opens on.
FIRST_START = "today"


def preset(key: str) -> Preset:
    """The preset named ``key``; KeyError names the known keys."""
    for item in PRESETS:
        if item.key == key:
            return item
    raise KeyError(f"unknown preset {key!r} (known: {', '.join(p.key for p in PRESETS)})")


def preset_fx(item: Preset, rates: FxRate | FxTable, current: dt.date) -> FxRate:
    """The exchange rate ``item`` starts with: its own fixed rate (with source and date),
    else the rate in effect at ``current`` in ``rates`` (``seeds/fx.csv``)."""
    if item.fx_cny_per_usd is None:
        return default_rate(rates, current)
    return FxRate(item.fx_cny_per_usd, item.fx_source or "preset", item.fx_date)


def preset_dates(item: Preset, today: dt.date) -> tuple[dt.date, dt.date]:
    """(baseline, current) of ``item`` when the app runs on ``today``."""
    current = item.current or today
    if item.baseline is not None:
        return item.baseline, current
    try:
        baseline = current.replace(year=current.year - 1)
    except ValueError:  # 29 February
        baseline = current.replace(year=current.year - 1, day=28)
    return baseline, current


def preset_scenario(item: Preset, base: Scenario, today: dt.date) -> Scenario:
    """``base`` with ``item``'s models, reference, dates and rate (everything else, the
    workload, billing, plans, kept): what applying the preset makes of a scenario."""
    baseline, current = preset_dates(item, today)
    return replace(base, models=item.models, reference=item.reference, baseline_date=baseline,
                   current_date=current, fx_cny_per_usd=item.fx_cny_per_usd)


def first_scenario(today: dt.date) -> Scenario:
    """The scenario of a first start: :data:`FIRST_START` on the default workload."""
    return preset_scenario(preset(FIRST_START), Scenario(), today)


def matching_preset(scenario: Scenario, today: dt.date) -> Preset | None:
    """The preset whose dates and models (in any order) ``scenario`` has, or None
    (the user chose their own). The reference and the rate may differ."""
    dates = (scenario.baseline_date, scenario.current_date)
    models = set(scenario.models)
    for item in PRESETS:
        if preset_dates(item, today) == dates and set(item.models) == models:
            return item
    return None
