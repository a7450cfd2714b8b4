"""The case workspace's Search tab: one search over everything written in a case."""
