"""The plans feature in the window: routing plans, self-hosting, budget over time,
commitments, and plan A beside plan B (charts, editors, views)."""
