"""Vietnamese-aware search behind Material's search box (see index.py)."""
