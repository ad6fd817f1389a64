"""Qt item models over engine frames."""
