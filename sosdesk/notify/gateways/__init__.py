"""SMS provider adapters, one module each (see sosdesk.notify.sms.PROVIDERS)."""
