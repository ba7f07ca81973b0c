"""PySide6 widgets: the only package importing QtWidgets."""
