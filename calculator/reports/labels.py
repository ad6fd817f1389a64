"""Human column labels and status words for exported tables, translatable."""

from __future__ import annotations

from .i18n import translate


def column_labels() -> dict[str, str]:
    return {
        "model_id": translate("Reports", "Model id"),
        "vendor": translate("Reports", "Vendor"),
        "vendor_cn": translate("Reports", "Vendor (Chinese)"),
        "model_name": translate("Reports", "Model"),
        "tier": translate("Reports", "Tier"),
        "currency": translate("Reports", "Currency"),
        "baseline_cost": translate("Reports", "Baseline cost / month"),
        "baseline_status": translate("Reports", "Baseline status"),
        "current_cost": translate("Reports", "Current cost / month"),
        "current_status": translate("Reports", "Current status"),
        "savings": translate("Reports", "Savings / month"),
        "savings_pct": translate("Reports", "Savings %"),
        "savings_vs_reference": translate("Reports", "Savings vs reference / month"),
        "baseline_input_per_mtok": translate("Reports", "Baseline input / 1M tokens"),
        "baseline_output_per_mtok": translate("Reports", "Baseline output / 1M tokens"),
        "current_input_per_mtok": translate("Reports", "Current input / 1M tokens"),
        "current_output_per_mtok": translate("Reports", "Current output / 1M tokens"),
        "current_cached_per_mtok": translate("Reports", "Current cached input / 1M tokens"),
        "baseline_effective_from": translate("Reports", "Baseline price since"),
        "current_effective_from": translate("Reports", "Current price since"),
        "baseline_record_status": translate("Reports", "Baseline price status"),
        "current_record_status": translate("Reports", "Current price status"),
        "baseline_source": translate("Reports", "Baseline price source"),
        "current_source": translate("Reports", "Current price source"),
        "used_for": translate("Reports", "Used for"),
        "date_priced": translate("Reports", "Date priced"),
        "effective_from": translate("Reports", "Effective from"),
        "billing_currency": translate("Reports", "Billed in"),
        "input_per_mtok": translate("Reports", "Input / 1M tokens"),
        "output_per_mtok": translate("Reports", "Output / 1M tokens"),
        "cached_input_per_mtok": translate("Reports", "Cached input / 1M tokens"),
        "status": translate("Reports", "Status"),
        "checked": translate("Reports", "Checked"),
        "source": translate("Reports", "Source"),
    }


def status_words() -> dict[str, str]:
    return {
        "priced": translate("Reports", "priced"),
        "free": translate("Reports", "free"),
        "unknown": translate("Reports", "unknown"),
        "not_offered": translate("Reports", "not offered"),
        "confirmed": translate("Reports", "confirmed"),
        "uncertain": translate("Reports", "uncertain"),
        "baseline": translate("Reports", "baseline"),
        "current": translate("Reports", "current"),
    }


def tier_word(tier: object) -> object:
    """A catalog tier (``flagship``, ``lite``...) in the report language; other values as
    they are. The names are marked for translation in ``calculator/ui/i18n.py``."""
    return translate("Tiers", tier) if isinstance(tier, str) and tier else tier
