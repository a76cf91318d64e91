"""Benchmarks run through `attune bench …`, printing JSON so figures can be compared across machines."""
