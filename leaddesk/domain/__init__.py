"""Plain-Python core of LeadDesk: codes, value objects and rules. No Qt, no SQL."""
