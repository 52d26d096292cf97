"""The Rapports page: staffing, obligations and activity tables with CSV export."""
