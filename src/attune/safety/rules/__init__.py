"""Reviewed data for the safety detector: phrase rules, framings, texting words, lexicon."""
