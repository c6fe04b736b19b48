"""The service's side for tests: the real reference receiver on a free loopback port, and what its
staff see (read over HTTP with their token, as staff would)."""
from __future__ import annotations

import threading

import requests

from bot.delivery.service_keys import staff_token
from bot.ops.ports import free_port
from reference_service.receiver import server_for


class RunningReceiver:
    def __init__(self, settings, port: int | None = None):
        self.settings = settings
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = None

    def start(self) -> "RunningReceiver":
        self.server = server_for(self.settings, self.port)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server:
            self.server.shutdown()
            self.server.server_close()
            self.server = None

    def received(self, service_id: str) -> list[dict]:
        token = staff_token(self.settings, service_id)
        response = requests.get(f"{self.url}/staff/{service_id}/intakes.json",
                                headers={"Authorization": f"Bearer {token}"}, timeout=10)
        response.raise_for_status()
        return response.json()
