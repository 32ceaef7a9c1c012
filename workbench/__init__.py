"""Claim Workbench: split news articles into atomic claims, match them across sources, report."""

__version__ = "0.1.0"
