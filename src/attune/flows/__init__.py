"""Application flows: one use case each, joining the companion to the store inside a transaction."""
