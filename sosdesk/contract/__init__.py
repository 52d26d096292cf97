"""The sync contract shared by the desktop (``sosdesk.syncclient``) and the central service (``sync``).

- :mod:`.tables` — the synced tables, their JSON form and the region scope of each row;
- :mod:`.fields` — field types and validators (what a pushed value may be, foreign keys);
- :mod:`.policy` — the conflict policy (field by field);
- :mod:`.flow` — the invoice flow: who may move which kind of invoice from which status to which;
- :mod:`.reasons` — the refusal codes and their French wording.

Pure data and validators: no Qt, no database session, no network (import-linter enforces it).
"""
