"""Validated questionnaires as reviewed TOML data, one file per measure."""
