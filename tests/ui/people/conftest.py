"""Makes the shared ``people_world`` builder (tests/store) importable."""

