"""Reviewed content: data files with their sources, loaded and validated at start-up."""
