"""LLM Cost Calculator: monthly LLM API spend across vendors, before and after price cuts."""

__version__ = "0.1.0"
