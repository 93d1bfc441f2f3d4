"""A real WebDAV server for tests: wsgidav under cheroot on 127.0.0.1, a free port, a thread.

Use the context manager or the fixtures::

    from tests.webdav_server import WebDAVServer, webdav_server  # noqa: F401 (fixture)

    def test_something(webdav_server: WebDAVServer) -> None:
        transport = WebDAVTransport(webdav_server.url, webdav_server.user, webdav_server.password)
        ...  # webdav_server.root is the folder the server stores into

``webdav_server`` is function-scoped (a fresh, empty folder); ``webdav_server_module`` is shared
by a test module. Basic authentication only (no digest), as Nextcloud app passwords are used.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cheroot import wsgi
from wsgidav.wsgidav_app import WsgiDAVApp

USER = "monitor-mailbox"
PASSWORD = "amber-kestrel-vault-71"


@dataclass(frozen=True)
class WebDAVServer:
    """A running server: its base ``url`` (ends in ``/``), credentials and storage folder."""

    url: str
    user: str
    password: str
    root: Path


@contextmanager
def running_webdav(
    root: Path,
    user: str = USER,
    password: str = PASSWORD,
    wrap: Callable[[Any], Any] | None = None,
) -> Iterator[WebDAVServer]:
    """Serve ``root`` over WebDAV on 127.0.0.1 until the block ends.

    :param root: the folder the server stores into (created if missing).
    :param user: the one account's user name.
    :param password: its password.
    :param wrap: given the WSGI app, returns the app to serve (a test's middleware: a link
        that stalls, for instance).
    :return: the running server's description.
    """
    root.mkdir(parents=True, exist_ok=True)
    config = {
        "host": "127.0.0.1",
        "port": 0,
        "provider_mapping": {"/": str(root)},
        "simple_dc": {"user_mapping": {"*": {user: {"password": password}}}},
        "http_authenticator": {
            "domain_controller": None,
            "accept_basic": True,
            "accept_digest": False,
            "default_to_digest": False,
        },
        "verbose": 1,
        "logging": {"enable": False, "enable_loggers": []},
        "property_manager": True,
        "lock_storage": True,
    }
    logging.getLogger("wsgidav").setLevel(logging.ERROR)
    app = WsgiDAVApp(config)
    server = wsgi.Server(("127.0.0.1", 0), wrap(app) if wrap else app, numthreads=4)
    server.prepare()
    port = server.bind_addr[1]
    thread = threading.Thread(target=server.serve, name="webdav-test-server", daemon=True)
    thread.start()
    try:
        yield WebDAVServer(f"http://127.0.0.1:{port}/", user, password, root)
    finally:
        server.stop()
        thread.join(timeout=10)


@pytest.fixture
def webdav_server(tmp_path: Path) -> Iterator[WebDAVServer]:
    """A fresh WebDAV server over an empty folder, for one test."""
    with running_webdav(tmp_path / "webdav-storage") as server:
        yield server


@pytest.fixture(scope="module")
def webdav_server_module(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDAVServer]:
    """One WebDAV server shared by the tests of a module."""
    with running_webdav(tmp_path_factory.mktemp("webdav") / "storage") as server:
        yield server
