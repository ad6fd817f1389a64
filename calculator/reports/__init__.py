"""Pure report building: tables and documents from engine frames (no Qt)."""
