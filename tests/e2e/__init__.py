"""Browser tests: the chat widget and web forms against the real intake service."""
