"""Every word the charts draw, translatable (context "Charts")."""

from __future__ import annotations

from ...reports.vocabulary import status_words
from ..i18n import translate


def spend_texts() -> dict[str, str]:
    return {
        "title": translate("Charts", "Monthly spend per model"),
        "axis": translate("Charts", "{currency} / month"),
        "empty": translate("Charts", "Select models to compare"),
        "top": translate("Charts", "(top {n} of {total})"),
        **status_words(),
        "baseline_unknown": translate("Charts", "{value} · baseline unknown"),
        "baseline_not_offered": translate("Charts", "{value} · not offered at baseline"),
        "baseline_other": translate("Charts", "{value} · baseline {status}"),
    }


def savings_texts() -> dict[str, str]:
    return {
        "title": translate("Charts", "Monthly savings from the price changes"),
        "axis": translate("Charts", "{currency} saved / month"),
        "empty": translate("Charts", "Select models to compare"),
        "top": translate("Charts", "(top {n} of {total})"),
        "no_baseline": translate("Charts", "no baseline price"),
        "no_current": translate("Charts", "no current price"),
        "savings": translate("Charts", "Savings"),
        "more": translate("Charts", "costs {amount} more"),
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
