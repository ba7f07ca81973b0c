"""A hostile WS-Management endpoint on loopback: answers no WinRM service would send.

Issue 15 (F1, F3, F4, F8). The last part of the request path picks the
behaviour, up to its first ``-`` (``/wsman/endless``, ``/endless-07``…), so one
listener can play many hosts through a ``{host}`` URL template:

- ``endless``: HTTP 200, a chunked body that never ends (bounded at
  ``endless_limit`` bytes, so that old code under test cannot eat the machine);
- ``huge``: HTTP 200 with ``Content-Length`` 100 MB, and the 100 MB;
- ``header``: a status line, then a header line of 100 MB;
- ``dribble``: HTTP 200 announcing 4 KiB, then one byte every 0.2 s;
- ``redirect``: HTTP 302 to another address;
- ``nothttp``: an SSH banner instead of HTTP;
- ``elements``: HTTP 200, 900 KB of tiny XML elements (under the size cap);
- ``resetonce``: the first request to each path is answered with a TCP reset
  (as a listener without room for the connection does), later ones as ``redirect``;
- ``flood``: every request (keep-alive) gets a 900 KB WinRS answer holding a
  ShellId, a CommandId and stdout of a command still running, so a Receive loop
  never ends, each answer under the per-answer cap.

:meth:`HostileServer.tls_stall_url` is another listener, which accepts TCP
connections and never says a word: a TLS handshake to it cannot complete. And
:meth:`HostileServer.busy_template` is a listener with a backlog of 8 that
accepts only ``accepts_per_s`` connections a second (then answers as above):
a crowd of clients finds its queue full, and the kernel drops their SYNs (F3).
"""

from __future__ import annotations

import base64
import contextlib
import socket
import struct
import threading
import time

MB = 1 << 20
HUGE = 100 * MB
_PIECE = 64 * 1024


class HostileServer:
    """Threads serving the hostile answers; a context manager."""

    def __init__(self, *, endless_limit: int = 300 * MB, accepts_per_s: float = 40.0) -> None:
        self.endless_limit = endless_limit
        self.accepts_per_s = accepts_per_s
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=256)
        self._silent = socket.create_server(("127.0.0.1", 0), backlog=256)
        self._busy = socket.create_server(("127.0.0.1", 0), backlog=8)
        self._held: list[socket.socket] = []
        self._reset_paths: set[str] = set()
        self._stop = threading.Event()
        self.port = self._listener.getsockname()[1]
        self.silent_port = self._silent.getsockname()[1]
        self.busy_port = self._busy.getsockname()[1]

    def __enter__(self) -> HostileServer:
        threading.Thread(
            target=self._accept, args=(self._listener, self._serve), daemon=True
        ).start()
        threading.Thread(target=self._accept, args=(self._silent, self._hold), daemon=True).start()
        pause = 1 / self.accepts_per_s
        threading.Thread(
            target=self._accept, args=(self._busy, self._serve, pause), daemon=True
        ).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for sock in [self._listener, self._silent, self._busy, *self._held]:
            with contextlib.suppress(OSError):
                sock.close()

    def url(self, mode: str) -> str:
        return f"http://127.0.0.1:{self.port}/wsman/{mode}"

    def template(self) -> str:
        """A ``{host}`` URL template: each host's name is its behaviour (``endless-03``)."""
        return f"http://127.0.0.1:{self.port}/{{host}}"

    def tls_stall_url(self) -> str:
        return f"https://127.0.0.1:{self.silent_port}/wsman"

    def busy_template(self) -> str:
        """Like :meth:`template`, on the listener that accepts slowly."""
        return f"http://127.0.0.1:{self.busy_port}/{{host}}"

    # --- serving ------------------------------------------------------------------------

    def _accept(self, listener: socket.socket, handle, pause: float = 0.0) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=handle, args=(conn,), daemon=True).start()
            if pause:
                time.sleep(pause)

    def _hold(self, conn: socket.socket) -> None:
        self._held.append(conn)  # accepted, never read nor answered

    def _serve(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            reader = conn.makefile("rb")
            while not self._stop.is_set():
                path = _read_request(reader)
                if path is None:
                    return
                mode = path.rstrip("/").rsplit("/", 1)[-1].split("-", 1)[0]
                if mode == "resetonce" and path not in self._reset_paths:
                    self._reset_paths.add(path)
                    _reset(conn)
                    return
                if not getattr(self, f"_answer_{mode}", self._answer_redirect)(conn):
                    return

    def _answer_endless(self, conn: socket.socket) -> bool:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/soap+xml\r\n")
        conn.sendall(b"Transfer-Encoding: chunked\r\n\r\n")
        chunk = b"%x\r\n%s\r\n" % (_PIECE, b"<a>" + b"A" * (_PIECE - 3))
        sent = 0
        while sent < self.endless_limit and not self._stop.is_set():
            conn.sendall(chunk)
            sent += _PIECE
        return False

    def _answer_huge(self, conn: socket.socket) -> bool:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/soap+xml\r\n")
        conn.sendall(b"Content-Length: %d\r\n\r\n" % HUGE)
        piece = b"A" * _PIECE
        for _ in range(HUGE // _PIECE):
            if self._stop.is_set():
                break
            conn.sendall(piece)
        return False

    def _answer_header(self, conn: socket.socket) -> bool:
        conn.sendall(b"HTTP/1.1 200 OK\r\nX-Filler: ")
        piece = b"a" * _PIECE
        for _ in range(HUGE // _PIECE):
            if self._stop.is_set():
                break
            conn.sendall(piece)
        conn.sendall(b"\r\nContent-Length: 0\r\n\r\n")
        return False

    def _answer_dribble(self, conn: socket.socket) -> bool:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 4096\r\n\r\n")
        for _ in range(4096):
            if self._stop.wait(0.2):
                break
            conn.sendall(b"<")
        return False

    def _answer_redirect(self, conn: socket.socket) -> bool:
        conn.sendall(
            b"HTTP/1.1 302 Found\r\nLocation: https://portal.example/login\r\n"
            b"Content-Length: 0\r\n\r\n"
        )
        return True

    def _answer_nothttp(self, conn: socket.socket) -> bool:
        conn.sendall(b"SSH-2.0-OpenSSH_9.6\r\n")
        return False

    def _answer_elements(self, conn: socket.socket) -> bool:
        body = b"<r>" + b"<a/>" * (900_000 // 4) + b"</r>"
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
        return True

    def _answer_flood(self, conn: socket.socket) -> bool:
        conn.sendall(_FLOOD_ANSWER)
        return True


def _reset(conn: socket.socket) -> None:
    """Close with a TCP reset (RST) instead of an orderly FIN: SO_LINGER on, zero seconds."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def _read_request(reader) -> str | None:
    """Read one HTTP request (headers and body); its path, or None when the client left."""
    line = reader.readline(65536)
    if not line:
        return None
    parts = line.split()
    length = 0
    while True:
        header = reader.readline(65536)
        if header in (b"\r\n", b"\n", b""):
            break
        name, _, value = header.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    if length:
        reader.read(length)
    return parts[1].decode("latin-1") if len(parts) > 1 else "/"


def _flood_answer() -> bytes:
    """A WinRS answer (Create, Command and Receive read what they need from it) of 900 KB."""
    stdout = base64.b64encode(b"x" * 675_000).decode("ascii")
    body = (
        '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"'
        ' xmlns:w="http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd"'
        ' xmlns:rsp="http://schemas.microsoft.com/wbem/wsman/1/windows/shell">'
        '<s:Header><w:SelectorSet><w:Selector Name="ShellId">S-1</w:Selector>'
        "</w:SelectorSet></s:Header><s:Body><rsp:ReceiveResponse>"
        "<rsp:CommandId>C-1</rsp:CommandId>"
        f'<rsp:Stream Name="stdout" CommandId="C-1">{stdout}</rsp:Stream>'
        '<rsp:CommandState CommandId="C-1" State="http://schemas.microsoft.com/wbem/wsman/1/'
        'windows/shell/CommandState/Running"/>'
        "</rsp:ReceiveResponse></s:Body></s:Envelope>"
    ).encode()
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/soap+xml;charset=UTF-8\r\n"
    return head + b"Content-Length: %d\r\n\r\n" % len(body) + body


_FLOOD_ANSWER = _flood_answer()
