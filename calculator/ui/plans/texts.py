"""Every word the plans feature's charts draw, translatable (context "PlanCharts")."""

from __future__ import annotations

from ..i18n import translate

# line colours of the options compared side by side (A, B, C, D)
OPTION_COLORS = ("#1F77B4", "#D62728", "#2CA02C", "#9467BD")
BUDGET_COLOR = "#495057"


def memo_texts() -> dict[str, str]:
    return {
        "cumulative": translate("PlanCharts", "Cumulative spend"),
        "monthly": translate("PlanCharts", "Spend per month"),
        "month_axis": translate("PlanCharts", "Month"),
        "money_axis": translate("PlanCharts", "{currency}"),
        "budget": translate("PlanCharts", "Budget ({amount} a month)"),
        "over": translate("PlanCharts", "over budget from month {month}"),
        "over_total": translate("PlanCharts", "total over budget from month {month}"),
        "hover": translate("PlanCharts", "{option}, month {month}\n{what}: {money}"),
        "empty": translate("PlanCharts", "Choose two to four options to compare"),
    }


def volume_texts() -> dict[str, str]:
    return {
        "title": translate("PlanCharts", "Monthly cost by monthly volume"),
        "volume_axis": translate("PlanCharts", "Tokens a month"),
        "money_axis": translate("PlanCharts", "{currency} a month"),
        "today": translate("PlanCharts", "today"),
        "break_even": translate("PlanCharts", "{name} wins from {volume}"),
        "hover": translate("PlanCharts", "{name}: {money} a month at {volume} tokens"),
        "empty": translate("PlanCharts", "Nothing to compare at these volumes"),
    }
