"""The domain: dataclasses, enums and rules. Standard library only."""
