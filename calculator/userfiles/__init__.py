"""The user's files: data folder, catalog layers, atomic writes (no Qt)."""
