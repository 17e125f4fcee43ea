"""A headless Chromium driven over the DevTools protocol, for the report's browser test.

Chromium comes from the system's packages (``apt-get install chromium``; CI's
``.ci/run`` installs it); the protocol is spoken over a websocket with
``websocket-client``. :func:`find_chromium` says where the browser is, or
None, so that a test can skip where there is none.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

# The flags that keep a headless browser from reaching out (it hangs on refused
# connections otherwise) or needing a sandbox and a GPU it cannot have here.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
    "--remote-allow-origins=*",
)
_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    """The browser to run: ``$CLEANER_CHROMIUM``, else the first of the usual names on PATH."""
    chosen = os.environ.get("CLEANER_CHROMIUM")
    if chosen:
        return chosen if Path(chosen).is_file() else None
    for name in _NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    """One headless Chromium with one page, driven over the DevTools protocol.

    Events that come while waiting for an answer are kept in ``events``.
    """

    def __init__(self, executable: str, *, width: int = 1280, height: int = 1000) -> None:
        import websocket  # websocket-client

        self._profile = tempfile.TemporaryDirectory(prefix="cleaner-chromium-")
        self.process = subprocess.Popen(
            [
                executable,
                *FLAGS,
                f"--user-data-dir={self._profile.name}",
                f"--window-size={width},{height}",
                "--remote-debugging-port=0",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            port = self._port(Path(self._profile.name) / "DevToolsActivePort")
            targets = json.loads(
                urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10).read()
            )
            page = next(t for t in targets if t.get("type") == "page")
            self.socket = websocket.create_connection(
                page["webSocketDebuggerUrl"], timeout=30, suppress_origin=True
            )
        except BaseException:
            self.close()
            raise
        self._id = 0
        self.events: list[dict[str, Any]] = []

    def _port(self, file: Path, wait: float = 30.0) -> int:
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the browser exited with {self.process.returncode}")
            if file.is_file():
                first = file.read_text().split("\n", 1)[0].strip()
                if first.isdigit():
                    return int(first)
            time.sleep(0.05)
        raise TimeoutError("the browser did not open its DevTools port")

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        """Call ``method`` and return its result (events on the way go to ``events``)."""
        self._id += 1
        self.socket.send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self._id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result
            self.events.append(message)

    def wait_for(self, method: str, timeout: float = 30.0) -> dict[str, Any]:
        """The first event ``method`` (already come, or coming within ``timeout`` seconds)."""
        for event in self.events:
            if event.get("method") == method:
                return event
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            message = json.loads(self.socket.recv())
            if "id" not in message:
                self.events.append(message)
                if message.get("method") == method:
                    return message
        raise TimeoutError(f"no {method} within {timeout} s")

    def open(self, url: str) -> None:
        """Load ``url`` with the console and errors recorded from its first line on."""
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")
        self.events.clear()
        self.send("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (awaited if a promise)."""
        result = self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, selector: str) -> None:
        """A real mouse click in the middle of the element ``selector`` names."""
        box = self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " e.scrollIntoView({block: 'center', behavior: 'instant'});"
            " const r = e.getBoundingClientRect();"
            " return [r.x + r.width / 2, r.y + r.height / 2]; })()"
        )
        x, y = box
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def press(self, key: str, code: str, key_code: int) -> None:
        """A key pressed and released on the focused element ("Enter", "Enter", 13)."""
        self.send(
            "Input.dispatchKeyEvent",
            type="keyDown",
            key=key,
            code=code,
            windowsVirtualKeyCode=key_code,
            text="\r" if key == "Enter" else "",
        )
        self.send(
            "Input.dispatchKeyEvent",
            type="keyUp",
            key=key,
            code=code,
            windowsVirtualKeyCode=key_code,
        )

    def errors(self) -> list[str]:
        """The page's console errors, uncaught exceptions and failed loads so far."""
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(str(params.get("exceptionDetails", {}).get("text")))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(str(params.get("args")))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                found.append(str(params["entry"].get("text")))
        return found

    def screenshot(self, path: Path, *, clip: tuple[int, int] | None = None) -> None:
        """A PNG of the viewport, or of the page's ``clip`` (top, height) at full width."""
        params: dict[str, Any] = {"format": "png"}
        if clip is not None:
            width = self.evaluate("document.documentElement.clientWidth")
            top, height = clip
            params["clip"] = {"x": 0, "y": top, "width": width, "height": height, "scale": 1}
            params["captureBeyondViewport"] = True
        data = self.send("Page.captureScreenshot", **params)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        socket = getattr(self, "socket", None)
        if socket is not None:
            socket.close()
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._profile.cleanup()

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
