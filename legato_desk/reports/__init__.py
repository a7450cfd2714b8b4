"""Exports that leave the vault (PDF, GraphML, ...). Never imports Qt."""
