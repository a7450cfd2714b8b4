"""The export dialog: PDFs for a named audience."""
