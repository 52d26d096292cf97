"""Chorus Pro API client (the State's invoicing platform) through PISTE.

PISTE gives an OAuth2 token (client credentials); every call also carries the technical account of
the association in the ``cpro-account`` header (base64 « login:password »). Used calls:

- ``factures/v1/deposer/flux`` — deposit a Factur-X (syntax ``IN_DP_E2_CII_FACTURX``) → flux number;
- ``transverses/v1/consulter/cr`` — the flux's processing report (integrated, or rejected with why);
- ``factures/v1/rechercher/fournisseur`` — the supplier's invoices by number → id and status.

Credentials live in the OS keyring; endpoints are local settings (qualification or production).
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import keyring
import keyring.errors
import requests

from sosdesk.domain.errors import InputError, UserError

KEYRING_SERVICE = "sosdesk-chorus-pro"
SECRETS = ("client_id", "client_secret", "login", "password")
ENVIRONMENTS: dict[str, dict[str, str]] = {
    "qualification": {"oauth_url": "https://sandbox-oauth.piste.gouv.fr/api/oauth/token",
                      "api_url": "https://sandbox-api.piste.gouv.fr/cpro"},
    "production": {"oauth_url": "https://oauth.piste.gouv.fr/api/oauth/token",
                   "api_url": "https://api.piste.gouv.fr/cpro"},
}
FLUX_SYNTAX = "IN_DP_E2_CII_FACTURX"
SETTINGS_KEY = "chorus.settings"  # local_state: {"environment", "oauth_url", "api_url", "user_id"}


class ChorusError(UserError):
    """Chorus Pro refused a call or could not be reached (French message; exit 2)."""


class AnswerLost(ChorusError):
    """The request may have been received but no answer came back (timeout, connection cut, 5xx)."""


class Unreachable(ChorusError):
    """The request never left (connection refused, DNS): nothing was received, retrying is safe."""


@dataclass
class ChorusConfig:
    environment: str
    oauth_url: str
    api_url: str
    client_id: str
    client_secret: str
    login: str
    password: str
    user_id: int | None = None
    timeout: float = 30.0


def _secret_account(environment: str, name: str) -> str:
    return f"{environment}:{name}"


def store_credentials(environment: str, values: dict[str, str]) -> None:
    """Save the PISTE client and technical account of ``environment`` in the OS keyring."""
    for name in SECRETS:
        if values.get(name):
            try:
                keyring.set_password(KEYRING_SERVICE, _secret_account(environment, name), values[name])
            except keyring.errors.KeyringError as exc:
                raise InputError(f"trousseau du système indisponible ({type(exc).__name__}) : les identifiants "
                                 "Chorus Pro n'ont pas été enregistrés", "keyring") from None


def load_credentials(environment: str) -> dict[str, str]:
    out = {}
    for name in SECRETS:
        try:
            out[name] = keyring.get_password(KEYRING_SERVICE, _secret_account(environment, name)) or ""
        except keyring.errors.KeyringError:
            out[name] = ""
    return out


def config_from(settings: dict[str, Any], timeout: float = 30.0) -> ChorusConfig:
    """The configuration of the chosen environment; every missing piece named in French."""
    environment = str(settings.get("environment") or "qualification")
    if environment not in ENVIRONMENTS:
        raise InputError(f"environnement Chorus Pro inconnu « {environment} » (qualification ou production)",
                         "environment")
    urls = {**ENVIRONMENTS[environment], **{k: v for k in ("oauth_url", "api_url") if (v := settings.get(k))}}
    secrets = load_credentials(environment)
    missing = [name for name in SECRETS if not secrets[name]]
    if missing:
        raise InputError(f"identifiants Chorus Pro ({environment}) absents du trousseau : {', '.join(missing)} ; "
                         "enregistrez-les avec « sosdesk invoice chorus-setup »", "chorus")
    user_id = settings.get("user_id")
    return ChorusConfig(environment, urls["oauth_url"], urls["api_url"].rstrip("/"), secrets["client_id"],
                        secrets["client_secret"], secrets["login"], secrets["password"],
                        int(user_id) if user_id else None, timeout)


@dataclass
class ChorusClient:
    """One session with Chorus Pro; the token is fetched on first use and again when it expires."""

    config: ChorusConfig
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    retries: int = 3
    _token: str = ""
    _token_until: float = 0.0
    http: requests.Session = field(default_factory=requests.Session)

    def close(self) -> None:
        self.http.close()

    # --- token -------------------------------------------------------------------------------------

    def _fetch_token(self) -> str:
        try:
            res = self.http.post(self.config.oauth_url, data={
                "grant_type": "client_credentials", "client_id": self.config.client_id,
                "client_secret": self.config.client_secret, "scope": "openid"}, timeout=self.config.timeout)
        except requests.RequestException as exc:
            raise Unreachable(f"PISTE injoignable pour obtenir un jeton : {type(exc).__name__}") from None
        if res.status_code in (400, 401):
            raise ChorusError("PISTE refuse les identifiants de l'application (client_id / client_secret) : "
                              "vérifiez-les avec « sosdesk invoice chorus-setup »")
        if res.status_code != 200:
            raise ChorusError(f"PISTE a répondu {res.status_code} à la demande de jeton")
        data = res.json()
        self._token = str(data["access_token"])
        self._token_until = self.clock() + max(0, int(data.get("expires_in", 3600)) - 60)  # renew 1 min early
        return self._token

    def _token_now(self) -> str:
        if not self._token or self.clock() >= self._token_until:
            return self._fetch_token()
        return self._token

    # --- calls -------------------------------------------------------------------------------------

    def _headers(self, token: str) -> dict[str, str]:
        account = base64.b64encode(f"{self.config.login}:{self.config.password}".encode()).decode()
        return {"Authorization": f"Bearer {token}", "cpro-account": account,
                "Content-Type": "application/json;charset=utf-8", "Accept": "application/json"}

    def call(self, path: str, body: dict[str, Any], idempotent: bool) -> dict[str, Any]:
        """POST ``body`` to ``api_url/path``. A refused token is renewed once; a request that may have
        been received without answer raises AnswerLost (retried here only when ``idempotent``)."""
        renewed = False
        attempt = 0
        while True:
            attempt += 1
            try:
                res = self.http.post(f"{self.config.api_url}/{path}", json=body,
                                     headers=self._headers(self._token_now()), timeout=self.config.timeout)
            except (requests.ConnectionError, requests.ConnectTimeout) as exc:
                lost: ChorusError = (Unreachable if _never_sent(exc) else AnswerLost)(
                    f"Chorus Pro injoignable ({type(exc).__name__})")
            except requests.Timeout:
                lost = AnswerLost(f"Chorus Pro n'a pas répondu dans les {self.config.timeout:g} s")
            else:
                if res.status_code == 401 and not renewed:  # expired or revoked token: the call was not run
                    self._token = ""
                    renewed = True
                    attempt -= 1
                    continue
                if res.status_code >= 500:
                    lost = AnswerLost(f"Chorus Pro a répondu {res.status_code} (erreur du serveur)")
                elif res.status_code != 200:
                    raise ChorusError(_refusal(res))
                else:
                    data: dict[str, Any] = res.json()
                    if int(data.get("codeRetour", 0)) != 0:
                        raise ChorusError(f"Chorus Pro refuse la demande : {data.get('libelle') or data}")
                    return data
            if attempt >= self.retries or (isinstance(lost, AnswerLost) and not idempotent):
                raise lost
            self.sleep(2 ** (attempt - 1))  # 1 s, 2 s, … between tries

    def deposit(self, pdf: bytes, file_name: str) -> dict[str, Any]:
        body: dict[str, Any] = {"fichierFlux": base64.b64encode(pdf).decode(), "nomFichier": file_name,
                                "syntaxeFlux": FLUX_SYNTAX, "avecSignature": False}
        if self.config.user_id:
            body["idUtilisateurCourant"] = self.config.user_id
        return self.call("factures/v1/deposer/flux", body, idempotent=False)

    def flux_report(self, flux_number: str) -> dict[str, Any]:
        return self.call("transverses/v1/consulter/cr", {"numeroFluxDepot": flux_number,
                                                          "syntaxeFlux": FLUX_SYNTAX}, idempotent=True)

    def find_invoice(self, number: str) -> dict[str, Any] | None:
        data = self.call("factures/v1/rechercher/fournisseur", {"numeroFacture": number}, idempotent=True)
        found = [f for f in data.get("listeFactures") or [] if f.get("numeroFacture") == number]
        return found[0] if found else None


def _never_sent(exc: Exception) -> bool:
    """A refused or unresolvable connection: the request never reached the server."""
    text = str(exc)
    return isinstance(exc, requests.ConnectTimeout) or any(
        marker in text for marker in ("Connection refused", "Name or service not known", "NewConnectionError",
                                      "Failed to resolve"))


def _refusal(res: requests.Response) -> str:
    try:
        data = res.json()
        detail = data.get("libelle") or data.get("message") or data.get("error_description") or ""
    except ValueError:
        detail = ""
    return f"Chorus Pro refuse la demande ({res.status_code})" + (f" : {detail}" if detail else "")
