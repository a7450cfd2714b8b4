"""Locking, backups, handover and retention screens."""
