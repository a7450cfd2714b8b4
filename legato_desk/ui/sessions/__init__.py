"""Session records: editor, list, progress, timeline, search, follow-ups."""
