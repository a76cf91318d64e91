"""Evaluation commands: score Attune on data sets in ../shared/data's formats (see eval-format.md)."""
