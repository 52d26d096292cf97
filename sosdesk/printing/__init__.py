"""Printable documents (reportlab): schedules, attendance sheets, invoices, listings."""
