#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Loopback stand-ins for the servers newman's integration suites talk to, for `bench/run.py
newman-compat` (not for tests: those use tests/support/testserver, whose postman-echo routes these
follow). newman and gatehouse-cli run the same rewritten collections against them, so both see the
same answers. Four servers, one process; prints "PORTS echo=N raw=N redirect=N tls=N" first
(tls=0 when openssl is missing).

echo: postman-echo.com's routes: /get /post /put /patch /delete (args, data, form, json, headers,
url), /headers, /status/N, /cookies, /cookies/set?N=V, /cookies/delete?N, /basic-auth
(postman:password), /digest-auth (postman/password, realm "Users"), /oauth1 (the demo consumer's
HMAC-SHA1/256/512 and PLAINTEXT signatures), /oauth2/token and /oauth2/user/info (echo-v2's draft
pair), /delay/S, /response-headers?N=V, /type/xml, /type/html, /gzip, /deflate, /stream/N,
/encoding/utf8; anything else 404.
raw (newman's :4041): 200 text/plain with the request as it arrived, also JSON-encoded in a
raw-request header (without newman's one-second wait: the request is read by its framing).
redirect (newman's :4042): /N 302 to /N-1 (/1 to /), /status/NNN that status with Location: /,
anything else 200 JSON {url, method, headers, data}.
tls (expired.badssl.com): HTTPS with a certificate that expired in 2020, made by openssl at start.
"""
import base64
import email.parser
import email.policy
import gzip
import hashlib
import hmac
import http.server
import json
import os
import random
import re
import shutil
import socketserver
import ssl
import string
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import zlib

XML = (b'<?xml version="1.0" encoding="utf-8"?>\n<food>\n  <key>Homestyle Breakfast</key>\n'
       b'  <value>950</value>\n</food>')
HTML = b'<!DOCTYPE html><html><body><h1>Hello World!</h1></body></html>'
UTF8 = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>UTF-8 demo</title></head><body><pre>'
        'Greek: \u03ba\u03cc\u03c3\u03bc\u03b5\nRussian: \u041f\u0440\u0438\u0432\u0435\u0442\n'
        'Japanese: \u3053\u3093\u306b\u3061\u306f\nGerman: Gr\u00fc\u00dfe\nMath: \u2200x\u2208\u211d\n'
        '</pre></body></html>').encode()
OAUTH1_CONSUMER = ("RKCGzna7bv9YD57c", "D+EdQ-gs$-%@2Nu7")  # postman-echo's public demo consumer
OAUTH2_CODE_FORM = {"code": "xWnkliVQJURqB2x1", "grant_type": "authorization_code",
                    "redirect_uri": "https://www.getpostman.com/oauth2/callback", "client_id": "abc123", "client_secret": "ssh-secret"}
OAUTH2_TOKEN = "vp7jxTwqgczoFHs0uIdOvv4VdBWmvCkbVbNBCuaTQ3JZplPS40BaNV47HD1zt7MztQPILJvqYsOs6PfJpFYBgwbaE3CVEKOj"


def auth_params(text):
    """The name=value / name="value" pairs of a Digest or OAuth Authorization header."""
    return {m.group(1): m.group(2) if m.group(2) is not None else m.group(3)
            for m in re.finditer(r'([\w-]+)=(?:"([^"]*)"|([^,\s]*))', text)}


def oauth_escape(text):
    return urllib.parse.quote(text, safe="-._~")


def digest_challenge():
    nonce = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(32))
    return 'Digest realm="Users", nonce="%s", qop="auth"' % nonce


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
        args = {}
        for k, v in urllib.parse.parse_qsl(url.query, keep_blank_values=True):  # repeated names: a list, as postman-echo
            args[k] = (args[k] if isinstance(args[k], list) else [args[k]]) + [v] if k in args else v
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
        elif path in ("/gzip", "/deflate"):
            doc = {"gzipped" if path == "/gzip" else "deflated": True, "headers": {k.lower(): v for k, v in self.headers.items()},
                   "method": self.command}
            body = json.dumps(doc).encode()
            self.send(200, "application/json; charset=utf-8", gzip.compress(body) if path == "/gzip" else zlib.compress(body),
                      [("Content-Encoding", "gzip" if path == "/gzip" else "deflate")])
        elif path.startswith("/stream/"):
            n = max(1, min(100, int(path[8:] or 1)))
            doc = self.echo(raw)
            doc["args"] = {"n": str(n)}
            chunk = json.dumps(doc).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for _ in range(n):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        elif path == "/encoding/utf8":
            self.send(200, "text/html; charset=utf-8", UTF8)
        elif path == "/digest-auth":
            self.digest_auth()
        elif path == "/oauth1":
            self.oauth1(raw)
        elif path == "/oauth2/token":
            form = self.echo(raw).get("form", {}) if self.command == "POST" else {}
            if all(form.get(k) == v for k, v in OAUTH2_CODE_FORM.items()):
                self.send_json({"access_token": OAUTH2_TOKEN, "token_type": "Bearer"})
            else:
                self.send_json({"error": "invalid_client"}, 401)
        elif path == "/oauth2/user/info":
            if self.headers.get("Authorization") == "Bearer " + OAUTH2_TOKEN:
                self.send_json({"user_id": 1, "name": "Postman"})
            else:
                self.send_json({"error": "invalid_token"}, 401)
        else:
            self.send(404, "text/plain", b"not found\n")

    def digest_auth(self):
        """postman-echo's credentials (postman / password, realm "Users"); any nonce, qop=auth or none."""
        auth = self.headers.get("Authorization") or ""
        ok = False
        if auth.startswith("Digest "):
            p = auth_params(auth[7:])
            md5 = lambda s: hashlib.md5(s.encode()).hexdigest()  # noqa: E731
            ha1, ha2 = md5("postman:Users:password"), md5("%s:%s" % (self.command, p.get("uri", "")))
            if p.get("qop") == "auth":
                expected = md5("%s:%s:%s:%s:auth:%s" % (ha1, p.get("nonce", ""), p.get("nc", ""), p.get("cnonce", ""), ha2))
            else:
                expected = md5("%s:%s:%s" % (ha1, p.get("nonce", ""), ha2))
            ok = (p.get("username") == "postman" and p.get("realm") == "Users" and p.get("uri") == self.path
                  and p.get("qop", "auth") == "auth" and p.get("response") == expected)
        if ok:
            self.send_json({"authenticated": True})
        else:
            self.send(401, "text/plain", b"Unauthorized", [("WWW-Authenticate", digest_challenge())])

    def oauth1(self, raw):
        """postman-echo's /oauth1: the signature recomputed from the request as it arrived (RFC 5849 3.4)."""
        auth = self.headers.get("Authorization") or ""
        oauth = {k: urllib.parse.unquote(v) for k, v in auth_params(auth[6:]).items()} if auth.startswith("OAuth ") else {}
        if oauth.get("oauth_consumer_key") != OAUTH1_CONSUMER[0]:
            return self.send_json({"status": "fail", "message": "The consumer key is missing or unknown."}, 401)
        target, _, query = self.path.partition("?")
        base_uri = "http://%s%s" % ((self.headers.get("Host") or "").lower(), target)
        params = urllib.parse.parse_qsl(query, keep_blank_values=True)
        if (self.headers.get("Content-Type") or "").startswith("application/x-www-form-urlencoded"):
            params += urllib.parse.parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True)
        params += [(k, v) for k, v in oauth.items() if k not in ("oauth_signature", "realm")]
        normalized = "&".join(sorted("%s=%s" % (oauth_escape(k), oauth_escape(v)) for k, v in params))
        base_string = "%s&%s&%s" % (self.command, oauth_escape(base_uri), oauth_escape(normalized))
        key = oauth_escape(OAUTH1_CONSUMER[1]) + "&"
        method = oauth.get("oauth_signature_method", "")
        digests = {"HMAC-SHA1": hashlib.sha1, "HMAC-SHA256": hashlib.sha256, "HMAC-SHA512": hashlib.sha512}
        if method in digests:
            expected = base64.b64encode(hmac.new(key.encode(), base_string.encode(), digests[method]).digest()).decode()
        else:
            expected = key if method == "PLAINTEXT" else None
        if expected and oauth.get("oauth_signature") == expected:
            return self.send_json({"status": "pass", "message": "OAuth-1.0a signature verification was successful"})
        self.send_json({"status": "fail", "message": "%s verification failed" % method, "base_uri": base_uri,
                        "normalized_param_string": normalized, "base_string": base_string, "signing_key": key}, 401)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = handle_any

    def __getattr__(self, name):
        # Custom methods (PROPFIND, PURGE ...) are echoed too.
        if name.startswith("do_"):
            return self.handle_any
        raise AttributeError(name)


class RedirectHandler(Handler):
    """newman's redirect server (npm/server.js, :4042)."""

    def handle_any(self):
        data = self.body()
        if re.fullmatch(r"/\d+", self.path):
            hops = int(self.path[1:]) - 1
            self.send(302, None, b"", [("Location", "/%d" % hops if hops > 0 else "/")])
        elif re.fullmatch(r"/status/\d{3}", self.path):
            self.send(int(self.path[-3:]), None, b"", [("Location", "/")])
        else:
            doc = {"url": self.path, "method": self.command, "headers": {k.lower(): v for k, v in self.headers.items()},
                   "data": data.decode("utf-8", "replace")}
            self.send(200, "application/json", json.dumps(doc).encode(), [("Connection", "close")])

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = handle_any


class RawEchoHandler(socketserver.BaseRequestHandler):
    """newman's raw echo server (npm/server.js, :4041): the request as it arrived, as the body (not
    for HEAD) and JSON-encoded in a raw-request header."""

    def handle(self):
        sock = self.request
        sock.settimeout(2)
        data = b""
        try:
            while b"\r\n\r\n" not in data:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
            head, _, body = data.partition(b"\r\n\r\n")
            headers = {line.split(b":", 1)[0].strip().lower(): line.split(b":", 1)[1].strip()
                       for line in head.split(b"\r\n")[1:] if b":" in line}
            if b"content-length" in headers:
                while len(body) < int(headers[b"content-length"]):
                    chunk = sock.recv(65536)
                    if not chunk:
                        break
                    body += chunk
                    data += chunk
            elif headers.get(b"transfer-encoding", b"").lower() == b"chunked":
                while not data.endswith(b"0\r\n\r\n"):
                    chunk = sock.recv(65536)
                    if not chunk:
                        break
                    data += chunk
        except OSError:
            pass
        text = data.decode("latin-1")
        out = ("HTTP/1.1 200 ok\r\nconnection: close\r\ncontent-type: text/plain\r\nraw-request: %s\r\n\r\n"
               % json.dumps(text, ensure_ascii=True)).encode("latin-1")
        if not text.startswith("HEAD / HTTP/1.1"):
            out += data
        sock.sendall(out)


class BadSslHandler(Handler):
    def handle_any(self):
        self.send(200, "text/html", b"<!DOCTYPE html><html><head><title>expired.badssl.com</title></head><body><h1>expired.badssl.com</h1></body></html>")

    do_GET = do_POST = do_HEAD = handle_any


def expired_tls_server(work):
    """HTTPS on loopback with a certificate (for expired.badssl.com and 127.0.0.1) that expired in
    2020, issued by a throwaway CA; None without openssl."""
    if not shutil.which("openssl"):
        return None
    p = lambda name: os.path.join(work, name)  # noqa: E731
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    steps = [["req", "-x509", "-days", "2", "-subj", "/CN=Gatehouse bench CA", "-keyout", p("ca.key"), "-out", p("ca.pem")] + ec,
             ["req", "-new", "-subj", "/CN=expired.badssl.com", "-addext", "subjectAltName=DNS:expired.badssl.com,IP:127.0.0.1",
              "-keyout", p("leaf.key"), "-out", p("leaf.csr")] + ec,
             ["x509", "-req", "-in", p("leaf.csr"), "-CA", p("ca.pem"), "-CAkey", p("ca.key"), "-copy_extensions", "copyall",
              "-not_before", "20200101000000Z", "-not_after", "20200102000000Z", "-out", p("leaf.pem")]]
    for args in steps:
        if subprocess.run(["openssl"] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode != 0:
            return None
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(p("leaf.pem"), p("leaf.key"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), BadSslHandler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    return server


def main():
    work = tempfile.mkdtemp(prefix="gh-bench-echo-")
    try:
        servers = {"echo": http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler),
                   "raw": socketserver.ThreadingTCPServer(("127.0.0.1", 0), RawEchoHandler),
                   "redirect": http.server.ThreadingHTTPServer(("127.0.0.1", 0), RedirectHandler),
                   "tls": expired_tls_server(work)}
        for server in servers.values():
            if server:
                server.daemon_threads = True
                threading.Thread(target=server.serve_forever, daemon=True).start()
        print("PORTS " + " ".join("%s=%d" % (name, server.server_address[1] if server else 0) for name, server in servers.items()), flush=True)
        threading.Event().wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
