"""The HTTP intake service for web forms and the chat widget (its own process)."""
