"""The Release tab of justice-route cases (issue 19.4)."""
