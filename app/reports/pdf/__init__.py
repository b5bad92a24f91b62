"""PDF rendering with reportlab platypus: the bundled CJK font embedded in every file."""
