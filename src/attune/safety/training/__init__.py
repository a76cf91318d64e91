"""Scripts that build the safety package's data artifacts; not imported at runtime."""
