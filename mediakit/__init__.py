"""MediaKit: a desktop viewer that reads press releases the way a reporter does."""

__version__ = "0.1.0"
APP_NAME = "MediaKit"
ORG_NAME = "MediaKit"
