"""Publishing outputs: feeds and the machine-readable catalogue."""
