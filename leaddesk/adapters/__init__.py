"""Adapters: the database and the channels, behind the ports of ``leaddesk.services``."""
