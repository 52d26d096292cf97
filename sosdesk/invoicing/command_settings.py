"""``sosdesk invoice settings`` and ``sosdesk invoice chorus …``: the billing settings (read or edited)
and the Chorus Pro sending, setup and status."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from sosdesk.invoicing.command_run import (
    EXIT_OK,
    EXIT_PROBLEMS,
    fail,
    print_table,
    run,
)
from sosdesk.store import Store


def settings_command(args: argparse.Namespace) -> int:
    from sosdesk.invoicing.billing_settings import (
        CHECKS,
        FIELD_LABELS,
        facturx_problems,
        get,
        parse_value,
        update_billing_settings,
    )
    from sosdesk.invoicing.drafts import actor_for
    from sosdesk.invoicing.month_inputs import settings_data

    def work(store: Store, user: str | None) -> int:
        edits: dict[str, Any] = {}
        for item in args.set or []:
            key, sep, value = item.partition("=")
            if not sep:
                raise fail(f"« {item} » : CLÉ=VALEUR attendu (par ex. buyer.service_code=DISP-LYON)")
            edits[key.strip()] = parse_value(key.strip(), value)
        if edits:
            data, _ = update_billing_settings(store, actor_for(store, user), edits)
        else:
            with store.session() as s:
                data = settings_data(s)
        missing = facturx_problems(data)
        if getattr(args, "json", False):
            print(json.dumps({"settings": {k: get(data, k) for k in CHECKS}, "facturx_missing": missing},
                             ensure_ascii=False, indent=2))
            return EXIT_OK
        print_table([["Paramètre", "Clé", "Valeur"]] + [[FIELD_LABELS[k], k, str(get(data, k) or "—")]
                                                          for k in CHECKS])
        for line in missing:
            print(f"à compléter pour la facture électronique : {line}", file=sys.stderr)
        if not missing:
            print("paramètres complets pour la facture électronique (Factur-X, Chorus Pro)", file=sys.stderr)
        return EXIT_OK

    return run(args, work)


def chorus_command(args: argparse.Namespace, action: str) -> int:
    from sosdesk.invoicing.chorus_deposit import refresh_status, send_invoice
    from sosdesk.invoicing.chorus_pro import ChorusError
    from sosdesk.invoicing.drafts import actor_for

    def work(store: Store, user: str | None) -> int:
        run = send_invoice if action == "send" else refresh_status
        try:
            view = run(store, actor_for(store, user), args.invoice)
        except ChorusError as exc:
            raise fail(str(exc), EXIT_PROBLEMS) from None
        if getattr(args, "json", False):
            print(json.dumps(view.as_json(), ensure_ascii=False, indent=2))
        else:
            print(view.sentence())
        return EXIT_PROBLEMS if view.state in ("rejected", "uncertain") else EXIT_OK

    return run(args, work)


def chorus_setup_command(args: argparse.Namespace) -> int:
    import getpass

    from sosdesk.domain.permissions import require
    from sosdesk.invoicing.chorus_pro import ENVIRONMENTS, SETTINGS_KEY, store_credentials
    from sosdesk.invoicing.drafts import actor_for

    def work(store: Store, user: str | None) -> int:
        require(actor_for(store, user), "invoice_send")
        if args.environment not in ENVIRONMENTS:
            raise fail(f"environnement inconnu « {args.environment} » (qualification ou production)")
        settings = dict(store.get_state(SETTINGS_KEY, {}) or {})
        settings["environment"] = args.environment
        for key in ("oauth_url", "api_url"):
            value = getattr(args, key)
            if value is not None:
                if value and not value.startswith(("https://", "http://127.0.0.1", "http://localhost")):
                    raise fail(f"--{key.replace('_', '-')} : adresse https:// attendue")
                settings[key] = value
        if args.structure_user_id is not None:
            settings["user_id"] = args.structure_user_id
        # Secrets never on the command line: typed (hidden) or read from standard input, one per line.
        secrets = {"client_id": args.client_id or "", "login": args.login or ""}
        for name, prompt in (("client_secret", "client_secret PISTE : "),
                             ("password", "mot de passe du compte technique Chorus Pro : ")):
            value = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
            secrets[name] = value
        store_credentials(args.environment, secrets)
        store.set_state(SETTINGS_KEY, settings)
        print(f"Chorus Pro ({args.environment}) configuré ; identifiants enregistrés dans le trousseau du système",
              file=sys.stderr)
        return EXIT_OK

    return run(args, work)
