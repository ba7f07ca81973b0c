"""The domain core: pure Python, standard library only (enforced by tests/test_layers.py)."""
