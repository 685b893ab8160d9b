"""The HTML page: self-contained, and in headless Chromium it draws the nodes without a request
leaving localhost.

The browser test serves the page from a local HTTP server, drives Debian's ``chromium`` over
the DevTools protocol on a pipe (``--remote-debugging-pipe``, no extra package), records every
request the page makes, saves a screenshot to exports/, and reads how many nodes vis-network
drew. Without chromium it skips and says why; on CI (``CI=true``) it fails instead.
"""

from __future__ import annotations

import base64
import functools
import http.server
import json
import os
import re
import select
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from kg.api import export

EXPORTS = Path(__file__).resolve().parents[2] / "exports"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}


@pytest.fixture(scope="module")
def page(built_store, tmp_path_factory) -> Path:
    return export("html", tmp_path_factory.mktemp("html") / "actor-network.html", store=built_store)


def test_page_loads_nothing_from_outside(page):
    html = page.read_text(encoding="utf-8")
    refs = re.findall(r"""<(?:script|link|img|iframe|source|audio|video)\b[^>]*\b(?:src|href)\s*=\s*["']?([^"' >]+)""", html, re.IGNORECASE)
    assert refs == [], f"the page loads files: {refs}"
    assert re.findall(r"""@import|url\(\s*["']?https?:""", html) == []
    assert "default-src 'none'" in html and "connect-src 'none'" in html  # the browser refuses any request
    assert "vis.Network" in html and len(html) > 400_000  # vis-network is inlined


def test_page_has_every_node_with_hover_text(page, built_store):
    import networkx as nx

    html = page.read_text(encoding="utf-8")
    graph = nx.read_gexf(str(export("gexf", page.with_suffix(".gexf"), store=built_store)))
    assert f'data-nodes="{graph.number_of_nodes()}"' in html and f'data-edges="{graph.number_of_edges()}"' in html
    for label in ("Donald Trump", "Wladimir Putin"):
        assert label in html
    assert "Offices: Präsident" in html  # hover on an actor: its roles
    assert "\\u2022 " in html or "• " in html  # hover on an edge: evidence sentences
    assert 'id="search"' in html and 'id="colour-by"' in html and 'id="legend"' in html


def test_page_title_is_escaped(built_store, tmp_path):
    path = export("html", tmp_path / "t.html", store=built_store, title="<script>alert(1)</script>")
    assert "<script>alert(1)</script>" not in path.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------- Chromium
class DevTools:
    """The Chrome DevTools protocol over ``--remote-debugging-pipe`` (fd 3 in, fd 4 out)."""

    def __init__(self, chromium: str, profile: str) -> None:
        import fcntl

        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # Chromium reads fd 3 and writes fd 4: move our ends out of the way, then onto 3 and 4.
        high_r = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD, 100)
        high_w = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD, 100)
        os.close(to_browser_r)
        os.close(from_browser_w)

        def fds() -> None:
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        # preexec_fn is safe here: the test starts chromium before any other thread.
        self.proc = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
             "--disable-extensions", "--mute-audio", f"--user-data-dir={profile}", "--remote-debugging-pipe",
             # Nothing may leave this machine, whatever the page does: every other host fails to resolve.
             "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
             "--window-size=1400,900", "about:blank"],
            pass_fds=(3, 4), preexec_fn=fds, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,  # noqa: PLW1509
        )
        os.close(high_r)
        os.close(high_w)
        self._buffer = b""
        self._next = 0
        self.events: list[dict[str, Any]] = []

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None,
             timeout: float = 30.0) -> dict[str, Any]:
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str, timeout: float = 30.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        for event in self.events:
            if event.get("method") == method:
                return event
        while True:
            event = self._read(deadline)
            self.events.append(event)
            if event.get("method") == method:
                return event

    def drain(self, seconds: float) -> None:
        """Collect events for ``seconds`` (late requests, say from a timer)."""
        deadline = time.monotonic() + seconds
        try:
            while True:
                self.events.append(self._read(deadline))
        except TimeoutError:
            pass

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                raise TimeoutError("no answer from chromium")
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)  # type: ignore[no-any-return]

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=5)
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        message = "chromium is not installed; run .ci/setup-export.sh (apt-get install chromium) to run the browser test"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return found


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_page_renders_in_headless_chromium_without_leaving_localhost(page):
    chromium = _chromium()
    with tempfile.TemporaryDirectory() as profile:
        browser = DevTools(chromium, profile)  # before the server thread starts: forking with threads is unsafe
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(page.parent)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}/{page.name}"
        try:
            target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
            session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            browser.send("Network.enable", session=session)
            browser.send("Page.enable", session=session)
            browser.send("Emulation.setDeviceMetricsOverride",
                         {"width": 1400, "height": 900, "deviceScaleFactor": 1, "mobile": False}, session=session)
            browser.send("Page.navigate", {"url": url}, session=session)
            browser.wait_for("Page.loadEventFired")
            rendered = ""
            for _ in range(50):  # vis-network draws on the next animation frames
                rendered = browser.send("Runtime.evaluate", {
                    "expression": "document.getElementById('kg-status').dataset.rendered || ''", "returnByValue": True,
                }, session=session)["result"].get("value", "")
                if rendered:
                    break
                time.sleep(0.1)
            browser.drain(1.0)
            counts = browser.send("Runtime.evaluate", {
                "expression": "[document.getElementById('kg-status').dataset.nodes, document.body.innerText.length]",
                "returnByValue": True,
            }, session=session)["result"]["value"]
            shot = browser.send("Page.captureScreenshot", {"format": "png"}, session=session)["data"]
        finally:
            browser.close()
            server.shutdown()
            server.server_close()
    EXPORTS.mkdir(exist_ok=True)
    screenshot = EXPORTS / "actor-network-html.png"
    screenshot.write_bytes(base64.b64decode(shot))
    print(f"screenshot: {screenshot}")

    requests = [e["params"]["request"]["url"] for e in browser.events if e.get("method") == "Network.requestWillBeSent"]
    outside = [u for u in requests if urlparse(u).scheme in ("http", "https", "ws", "wss")
               and urlparse(u).hostname not in LOCAL_HOSTS]
    assert requests and requests[0] == url
    assert outside == [], f"the page sent requests off this machine: {outside}"
    assert int(rendered or 0) == int(counts[0]) > 10, f"vis-network drew {rendered!r} of {counts[0]} nodes"
    assert screenshot.stat().st_size > 20_000
