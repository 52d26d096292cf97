"""Factures: the invoice workbench (board, lines, proof, workflow, exports, rate tables)."""
