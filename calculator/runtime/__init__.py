"""Where the app runs: shipped files in a checkout or bundle, logging (no Qt)."""
