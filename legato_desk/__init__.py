"""legato-desk: an offline, encrypted companion for key-client counselling."""

__version__ = "0.1.0"
APP_NAME = "legato-desk"
