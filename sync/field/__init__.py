"""The professionals' mobile page (``/field/``) and its JSON calls (``/v1/field/…``).

Sign-in with a one-time code issued by an administrator (``sosdesk field-link``); the session
token (hashed at rest) scopes every call to that professional: their own meetings only, shown
with initials, never measures or notes. What the page records (attendance, the professional's
own presence, a photo of the signed sheet) becomes ordinary ops pushed through the service's own
push code (``sync.push.push_batch``) under the device ``field:<professional id>``, authored by the
professional: the office file receives them at its next sync, and the conflict policy applies
(an attendance entered differently at the office is a visible conflict, never overwritten).
"""
