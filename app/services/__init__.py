"""Use cases (host setup, DNS check, fleet scan, conversion). No Qt here."""
