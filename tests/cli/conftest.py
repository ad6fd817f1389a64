"""Command-line tests price against their own catalog in a fresh user data folder."""

from __future__ import annotations

from pathlib import Path


def use_own_prices(tmp_path: Path, monkeypatch, csv_text: str) -> Path:
    """A user data folder (``LLMCOST_DATA_DIR``) whose own price file holds ``csv_text``
    (a catalog CSV with its header); returns the folder."""
    folder = tmp_path / "data"
    (folder / "catalog").mkdir(parents=True)
    (folder / "catalog" / "my_prices.csv").write_text(csv_text, encoding="utf-8")
    monkeypatch.setenv("LLMCOST_DATA_DIR", str(folder))
    return folder
