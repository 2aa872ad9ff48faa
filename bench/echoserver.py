#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A loopback stand-in for postman-echo.com, for `bench/run.py newman-compat` (not for tests:
those use tests/support/testserver). newman and gatehouse-cli run the same rewritten collections
against it, so both see the same answers.

Routes, as postman-echo answers them: /get /post /put /patch /delete (args, data, form, json,
headers, url), /headers, /status/N, /cookies, /cookies/set?N=V, /cookies/delete?N, /basic-auth
(postman:password), /delay/S, /response-headers?N=V, /type/xml, /type/html; anything else: 200
text/plain with the request as it arrived (newman's raw echo server). Prints "PORT <n>" first.
"""
import email.parser
import email.policy
import http.server
import json
import sys
import time
import urllib.parse

XML = (b'<?xml version="1.0" encoding="utf-8"?>\n<food>\n  <key>Homestyle Breakfast</key>\n'
       b'  <value>950</value>\n</food>')
HTML = b'<!DOCTYPE html><html><body><h1>Hello World!</h1></body></html>'


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, ctype, body, extra=()):
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for name, value in extra:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_json(self, obj, status=200, extra=()):
        self.send(status, "application/json; charset=utf-8", json.dumps(obj).encode(), extra)

    def body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def echo(self, raw):
        url = urllib.parse.urlsplit(self.path)
        args = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
        headers = {k.lower(): v for k, v in self.headers.items()}
        out = {"args": args, "headers": headers, "url": "http://%s%s" % (headers.get("host", ""), self.path)}
        if self.command in ("GET", "HEAD"):
            return out
        ctype = headers.get("content-type", "")
        form, files, data, parsed = {}, {}, "", None
        if ctype.startswith("application/x-www-form-urlencoded"):
            for k, v in urllib.parse.parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True):
                form[k] = [form[k], v] if k in form and not isinstance(form[k], list) else (form[k] + [v] if k in form else v)
        elif ctype.startswith("multipart/form-data"):
            msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + raw)
            for part in msg.iter_parts():
                name = part.get_param("name", header="content-disposition")
                if part.get_filename():
                    files[part.get_filename()] = "data:application/octet-stream;base64,"
                else:
                    form[name] = part.get_content() if part.get_content_maintype() == "text" else part.get_payload(decode=True).decode()
        else:
            data = raw.decode("utf-8", "replace")
            if "json" in ctype:
                try:
                    parsed = json.loads(data)
                except ValueError:
                    parsed = None
        out.update({"data": data, "files": files, "form": form, "json": parsed})
        return out

    def handle_any(self):
        raw = self.body()
        url = urllib.parse.urlsplit(self.path)
        path = url.path
        query = urllib.parse.parse_qsl(url.query, keep_blank_values=True)
        if path in ("/get", "/post", "/put", "/patch", "/delete"):
            self.send_json(self.echo(raw))
        elif path == "/headers":
            self.send_json({"headers": {k.lower(): v for k, v in self.headers.items()}})
        elif path.startswith("/status/"):
            code = int(path[8:])
            self.send_json({"status": code}, code)
        elif path == "/cookies":
            cookies = {}
            for pair in (self.headers.get("Cookie") or "").split(";"):
                if "=" in pair:
                    k, v = pair.split("=", 1)
                    cookies[k.strip()] = v.strip()
            self.send_json({"cookies": cookies})
        elif path in ("/cookies/set", "/cookies/delete"):
            extra = [("Set-Cookie", "%s=%s; Path=/" % (k, v) if path.endswith("set") else "%s=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT" % k)
                     for k, v in query]
            self.send(302, "text/plain", b"Found. Redirecting to /cookies", extra + [("Location", "/cookies")])
        elif path == "/basic-auth":
            import base64
            ok = self.headers.get("Authorization") == "Basic " + base64.b64encode(b"postman:password").decode()
            self.send_json({"authenticated": True}) if ok else self.send(401, "text/plain", b"Unauthorized")
        elif path.startswith("/delay/"):
            time.sleep(min(10, int(path[7:])))
            self.send_json({"delay": path[7:]})
        elif path == "/response-headers":
            self.send_json(dict(query), extra=query)
        elif path == "/type/xml":
            self.send(200, "application/xml; charset=utf-8", XML)
        elif path == "/type/html":
            self.send(200, "text/html; charset=utf-8", HTML)
        else:
            head = "%s %s %s\r\n" % (self.command, self.path, self.request_version)
            head += "".join("%s: %s\r\n" % (k, v) for k, v in self.headers.items())
            self.send(200, "text/plain", head.encode("latin-1") + b"\r\n" + raw)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = handle_any

    def __getattr__(self, name):
        # Custom methods (PROPFIND, PURGE ...) are echoed too.
        if name.startswith("do_"):
            return self.handle_any
        raise AttributeError(name)


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
