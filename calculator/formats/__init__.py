"""File formats and importers: catalog CSV, scenario files, LiteLLM maps (pure, no Qt)."""
