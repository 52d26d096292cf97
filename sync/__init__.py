"""The central sync service (sync.md): FastAPI app, its own database, enrolment and tokens."""
