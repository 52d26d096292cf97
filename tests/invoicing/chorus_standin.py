"""A local stand-in of the Chorus Pro API (PISTE OAuth2 + the calls sosdesk uses), a real HTTP server
on 127.0.0.1 for the tests. It keeps what was deposited so a test can count deposits, and can expire
tokens, lose an answer, answer 500 or reject a flux."""

from __future__ import annotations

import base64
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

import facturx
from lxml import etree

CLIENT_ID, CLIENT_SECRET = "piste-client", "piste-secret"
LOGIN, PASSWORD = "TECH_sos@cpro.fr", "mot-de-passe-technique"
RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"


@dataclass
class StandIn:
    tokens: set[str] = field(default_factory=set)
    token_count: int = 0
    deposits: list[dict[str, Any]] = field(default_factory=list)
    invoices: dict[str, dict[str, Any]] = field(default_factory=dict)  # number → {idFacture, statut, …}
    flux: dict[str, dict[str, Any]] = field(default_factory=dict)
    calls: list[str] = field(default_factory=list)
    lose_next_deposit: float = 0.0  # seconds to wait before answering (longer than the client's timeout)
    fail_next: int = 0  # answer 500 to the next N API calls (any call)
    fail_after_deposit: int = 0  # then answer 500 to the N calls following the next deposit
    reject_next_flux: str = ""  # reason: the next deposited flux is rejected when integrated
    url: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def expire_tokens(self) -> None:
        self.tokens.clear()

    def set_status(self, number: str, statut: str, motif: str = "") -> None:
        self.invoices[number].update(statut=statut, motifRejet=motif)

    def settings(self) -> dict[str, Any]:
        return {"environment": "qualification", "oauth_url": f"{self.url}/api/oauth/token",
                "api_url": f"{self.url}/cpro"}


def _handler(state: StandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def _send(self, code: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            try:
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except OSError:  # the client gave up waiting (lost answer)
                pass

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            state.calls.append(self.path)
            if self.path == "/api/oauth/token":
                form = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
                if (form.get("grant_type"), form.get("client_id"), form.get("client_secret")) != (
                        "client_credentials", CLIENT_ID, CLIENT_SECRET):
                    return self._send(401, {"error": "invalid_client"})
                with state.lock:
                    state.token_count += 1
                    token = f"jeton-{state.token_count}"
                    state.tokens.add(token)
                return self._send(200, {"access_token": token, "token_type": "Bearer", "expires_in": 3600})
            auth = self.headers.get("Authorization", "")
            if auth.removeprefix("Bearer ") not in state.tokens:
                return self._send(401, {"message": "jeton invalide ou expiré"})
            account = base64.b64decode(self.headers.get("cpro-account", "")).decode()
            if account != f"{LOGIN}:{PASSWORD}":
                return self._send(403, {"libelle": "compte technique inconnu"})
            if state.fail_next:
                state.fail_next -= 1
                return self._send(503, {"message": "indisponible"})
            body = json.loads(raw)
            route = getattr(self, "_" + self.path.removeprefix("/cpro/").replace("/", "_"), None)
            if route is None:
                return self._send(404, {"message": "inconnu"})
            route(body)

        def _factures_v1_deposer_flux(self, body: dict[str, Any]) -> None:
            pdf = base64.b64decode(body["fichierFlux"])
            _, xml = facturx.get_xml_from_pdf(pdf, check_xsd=True)
            number = etree.fromstring(xml).findtext(f"{{{RSM}}}ExchangedDocument/{{{RAM}}}ID")
            assert body["syntaxeFlux"] == "IN_DP_E2_CII_FACTURX"
            with state.lock:
                flux_number = f"FLUX{len(state.deposits) + 1:06d}"
                state.deposits.append({"flux": flux_number, "number": number, "name": body["nomFichier"]})
                if state.reject_next_flux:
                    state.flux[flux_number] = {"etat": "IN_REJETE", "motif": state.reject_next_flux}
                    state.reject_next_flux = ""
                else:
                    state.flux[flux_number] = {"etat": "IN_INTEGRE", "motif": ""}
                    if number not in state.invoices:
                        state.invoices[str(number)] = {"idFacture": 1000 + len(state.invoices),
                                                       "numeroFacture": number, "statut": "DEPOSEE"}
                delay, state.lose_next_deposit = state.lose_next_deposit, 0.0
                state.fail_next, state.fail_after_deposit = state.fail_after_deposit, 0
            if delay:
                time.sleep(delay)
            self._send(200, {"codeRetour": 0, "libelle": "GCU_MSG_01_000", "numeroFluxDepot": flux_number,
                             "dateDepot": "2026-11-05"})

        def _transverses_v1_consulter_cr(self, body: dict[str, Any]) -> None:
            flux = state.flux.get(body["numeroFluxDepot"])
            if flux is None:
                return self._send(200, {"codeRetour": 1, "libelle": "flux inconnu"})
            self._send(200, {"codeRetour": 0, "etatCourantFlux": flux["etat"], "motifRejet": flux["motif"]})

        def _factures_v1_rechercher_fournisseur(self, body: dict[str, Any]) -> None:
            found = [dict(v) for k, v in state.invoices.items() if k == body.get("numeroFacture")]
            self._send(200, {"codeRetour": 0, "listeFactures": found})

    return Handler


def start() -> tuple[StandIn, ThreadingHTTPServer]:
    state = StandIn()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return state, server
