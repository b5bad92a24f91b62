"""The Qt desktop window. The only layer that imports PySide6."""
