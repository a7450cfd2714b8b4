"""The Key-clients tab: candidates, comparison, decision, follow-up, profile."""
