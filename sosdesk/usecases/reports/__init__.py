"""Reports over time (issue 14): staffing, obligations, activity and finance over a period, for one
region or all. Each module reads through the store and returns typed dataclasses; ``views`` turns
them into the tables and charts every output shows (window, PDF, CSV, XLSX, terminal)."""
