"""Proof viewer (PDF and images) and its dialog, reachable from the invoice, meeting and expense pages."""
