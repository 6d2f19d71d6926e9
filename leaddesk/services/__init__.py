"""Use cases, one function per user action, and the read side. No Qt here."""
