"""Pure business core: time grid, rules, pricing, workflow. No Qt, no SQL."""
