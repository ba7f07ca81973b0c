"""The one background-work primitive (QThreadPool; Qt core only)."""
