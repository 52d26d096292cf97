"""The Ctrl+K search box over people, measures, meetings, invoices and expenses (issue 14)."""
