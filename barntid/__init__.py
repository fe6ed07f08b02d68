"""Barntid: a workforce-planning simulator for Swedish child and youth social services.

Layers (enforced by the import-linter contracts in pyproject.toml): ``cli`` > ``gui`` > ``present`` > ``sim``.
"""

__version__ = "0.1.0"
