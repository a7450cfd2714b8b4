"""The Conferences tab: case conference records (model/conference.py)."""
