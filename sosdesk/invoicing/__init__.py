"""Monthly billing: regional drafts, national consolidation, workflow, numbering and exports."""
