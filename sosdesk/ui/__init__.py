"""Qt widgets only: they call domain/store/planning/invoicing functions and show what comes back."""
