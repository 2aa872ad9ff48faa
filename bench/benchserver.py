#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A loopback HTTP/1.1 server for the benchmarks (not for tests: those use tests/support).

Keep-alive, one thread per connection. Routes:
  /get                 a small JSON document
  /bytes/N             N bytes of body (streamed in 1 MiB chunks, Content-Length set)
  /json/N              a JSON document of about N bytes (generated once, kept in memory)
Prints "PORT <n>" on its first line of standard output, then serves until killed.
"""
import json
import socket
import socketserver
import sys
import threading

SMALL = json.dumps({"args": {}, "headers": {"host": "127.0.0.1"}, "url": "http://127.0.0.1/get"}).encode()
CHUNK = b"x" * (1 << 20)
_json_cache = {}
_json_lock = threading.Lock()


def big_json(size):
    with _json_lock:
        if size not in _json_cache:
            items = []
            total = 0
            i = 0
            while total < size:
                item = json.dumps({"id": i, "name": "item %d" % i, "active": i % 2 == 0,
                                   "tags": ["alpha", "beta", "gamma"], "price": i * 1.25,
                                   "nested": {"a": [1, 2, 3], "b": None, "c": "text " * 4}})
                items.append(item)
                total += len(item) + 1
                i += 1
            _json_cache[size] = ('{"items":[' + ",".join(items) + "]}").encode()
        return _json_cache[size]


class Handler(socketserver.StreamRequestHandler):
    rbufsize = 1 << 16

    def handle(self):
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        while True:
            line = self.rfile.readline(65537)
            if not line:
                return
            if line in (b"\r\n", b"\n"):
                continue
            try:
                method, target, _ = line.decode("latin-1").split(" ", 2)
            except ValueError:
                return
            length = 0
            close = False
            while True:
                h = self.rfile.readline(65537)
                if h in (b"\r\n", b"\n", b""):
                    break
                name, _, value = h.decode("latin-1").partition(":")
                name = name.strip().lower()
                if name == "content-length":
                    length = int(value.strip())
                elif name == "connection" and value.strip().lower() == "close":
                    close = True
            if length:
                self.rfile.read(length)
            self.respond(method, target)
            if close:
                return

    def send_head(self, length, ctype):
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n" % (ctype, length))

    def respond(self, method, target):
        path = target.split("?", 1)[0]
        if path.startswith("/bytes/"):
            n = int(path[7:])
            self.send_head(n, b"application/octet-stream")
            if method != "HEAD":
                while n > 0:
                    k = min(n, len(CHUNK))
                    self.wfile.write(CHUNK[:k])
                    n -= k
        elif path.startswith("/json/"):
            body = big_json(int(path[6:]))
            self.send_head(len(body), b"application/json")
            if method != "HEAD":
                self.wfile.write(body)
        else:
            self.send_head(len(SMALL), b"application/json")
            if method != "HEAD":
                self.wfile.write(SMALL)
        self.wfile.flush()


class Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


def main():
    server = Server(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 0), Handler)
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
