"""LeadDesk: one inbox for every inbound sales request."""

__version__ = "0.1.0"
