"""The trained classifier head shipped with the package (built by training/train_head.py)."""
