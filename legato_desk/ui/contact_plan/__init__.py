"""The contact plan of a key-client on the Progress tab (seed 004: tapering contact)."""
