"""Every word the charts draw, translatable (context "Charts")."""

from __future__ import annotations

from ...reports.vocabulary import status_words
from ..i18n import translate


def _bar_texts() -> dict[str, str]:
    """Words both bar charts draw: the lines for models without a bar, the legend."""
    return {
        "empty": translate("Charts", "Select models to compare"),
        "top": translate("Charts", "(top {n} of {total})"),
        "hidden": translate("Charts", "({n} without a value not shown)"),
        "group": translate("Charts", "{side}: {status} ({n})"),
        "group_unchanged": translate("Charts", "Price unchanged ({n})"),
        "group_more": translate("Charts", "+ {n} more"),
        "side_baseline": translate("Charts", "Baseline"),
        "side_current": translate("Charts", "Current"),
        "uncertain_note": translate("Charts", "≈, dashed outline: uncertain price"),
        "legend_more": translate("Charts", "+ {n} more"),
    }


def spend_texts() -> dict[str, str]:
    return {
        **_bar_texts(),
        "title": translate("Charts", "Monthly spend per model, {comparison}"),
        "title_plain": translate("Charts", "Monthly spend per model"),
        "axis": translate("Charts", "{currency} / month"),
        **status_words(),
        "baseline_unknown": translate("Charts", "{value} · baseline unknown"),
        "baseline_not_offered": translate("Charts", "{value} · not offered at baseline"),
        "baseline_other": translate("Charts", "{value} · baseline {status}"),
        "part_hover": translate("Charts", "{part}: {money} ({share} of the current cost)"),
        "part_legend": translate("Charts", "Current: {part}"),
    }


def savings_texts() -> dict[str, str]:
    return {
        **_bar_texts(),
        "title": translate("Charts", "Monthly savings per model, {comparison}"),
        "title_plain": translate("Charts", "Monthly savings per model"),
        "axis": translate("Charts", "{currency} saved / month"),
        "saved": translate("Charts", "{money} · {pct}"),
        "more": translate("Charts", "costs {money} ({pct}) more"),
        "savings": translate("Charts", "Savings"),
    }


def projection_texts() -> dict[str, str]:
    return {
        "monthly": translate("Charts", "Spend per month"),
        "cumulative": translate("Charts", "Cumulative spend"),
        "month_axis": translate("Charts", "Month"),
        "money_axis": translate("Charts", "{currency}"),
        "baseline_note": translate("Charts", "dashed: at baseline prices"),
        "hover": translate("Charts", "{model}, month {month}\n{what}: {money}"),
        "hover_baseline": translate("Charts", " (at baseline prices {money})"),
        "empty": translate("Charts", "Select models to compare"),
        "no_price": translate("Charts", "No model with a current price"),
        "more": translate("Charts", "+ {n} cheaper models not drawn"),
        "legend_more": translate("Charts", "+ {n} more"),
        "budget": translate("Charts", "Budget {amount} a month"),
        "over": translate("Charts", "over from month {month}"),
    }


def history_texts() -> dict[str, str]:
    return {
        "title": translate("Charts", "Price per 1M tokens over time"),
        "axis": translate("Charts", "{currency} per 1M {what}"),
        "input": translate("Charts", "input tokens"),
        "output": translate("Charts", "output tokens"),
        "blended": translate("Charts", "tokens (your input/output mix)"),
        "war": translate("Charts", "May 2024 price war"),
        **status_words(),
        "hover": translate("Charts", "{price} per 1M tokens since {date}"),
        "empty": translate("Charts", "Select models to compare"),
        "more": translate("Charts", "+ {n} cheaper models not drawn"),
        "legend_more": translate("Charts", "+ {n} more"),
    }
