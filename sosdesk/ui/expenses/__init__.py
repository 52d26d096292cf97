"""The Dépenses page: the month's expenses, their receipts, the edit dialog."""
