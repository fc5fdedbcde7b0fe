#!/usr/bin/env python3
"""A local mock of the RingCentral platform for tests that run the real Embeddable widget.

Three servers in one process (Python standard library only):
  - platform (https): OAuth authorize/token/revoke, the REST reads the widget makes, the
    WebSocket subscription (wstoken + wss), recording content guarded by access_token;
  - widget (http, loopback): the widget's files, with app.html's connect-src widened to the platform;
  - control (http, 127.0.0.1 only): what the test drives (seed calls, live calls, expire a
    token) and reads back (request log, unknown reads, recording fetches).

It prints one JSON line with the three base URLs on stdout once it listens, then serves until
stdin closes (the test process went away) or it gets SIGTERM.

The answers encode what the real platform sends as far as the widget reads it; fields the
widget does not read are left out. Unknown GETs answer {"records": []} and are logged.
"""

import argparse
import base64
import hashlib
import http.server
import json
import os
import re
import socket
import ssl
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid

ACCOUNT_ID = "400131000"
EXTENSION_ID = "400131004"
EXTENSION_NUMBER = "101"
OWN_NUMBER = "+16505550100"
SCOPES = ("ReadAccounts ReadCallLog ReadCallRecording ReadPresence ReadContacts CallControl "
          "RingOut TelephonySessions EditPresence ReadMessages SMS")
ACCESS_TOKEN_LIFETIME = 3600


def iso(epoch_ms):
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(epoch_ms / 1000)) + \
        ".%03dZ" % (epoch_ms % 1000)


def recording_bytes(recording_id):
    """Deterministic content, so a test can check the downloaded file is intact."""
    seed = hashlib.sha256(recording_id.encode()).digest()
    return b"ID3\x04\x00\x00" + (seed * 400)[: 12000 + len(recording_id)]


class State:
    """Everything the platform knows; guarded by one lock (servers run a thread per request)."""

    def __init__(self):
        self.lock = threading.RLock()
        self.codes = {}
        self.access_tokens = {}  # token -> expiry (epoch s)
        self.refresh_tokens = set()
        self.retired_tokens = []  # revoked or used-up tokens: still secrets once issued
        self.ws_tokens = set()
        self.calls = []  # call-log records, newest first
        self.active = {}  # sessionId -> active call (presence shape)
        self.pending_log = {}  # sessionId -> record held back until released
        self.sync_serial = 0
        self.requests = []
        self.unknown = []
        self.recording_fetches = []
        self.sockets = []
        self.subscriptions = []
        self.presence_sequence = 0
        self.token_serial = 0
        self.revoked = 0
        self.sign_ins = 0
        # The in-page test driver (widgetdriver.js): commands waiting for a frame, results.
        self.driver_commands = []
        self.driver_results = {}
        self.driver_cv = threading.Condition(self.lock)
        self.driver_polls = 0

    def log(self, entry):
        with self.lock:
            self.requests.append(entry)

    def new_tokens(self):
        with self.lock:
            self.token_serial += 1
            access = "AT-%d-%s" % (self.token_serial, uuid.uuid4().hex)
            refresh = "RT-%d-%s" % (self.token_serial, uuid.uuid4().hex)
            self.access_tokens[access] = time.time() + ACCESS_TOKEN_LIFETIME
            self.refresh_tokens.add(refresh)
            return access, refresh

    def token_valid(self, token):
        with self.lock:
            expiry = self.access_tokens.get(token)
            return expiry is not None and expiry > time.time()


STATE = State()
CONFIG = {}


def platform_base():
    return CONFIG["platform"]


def account_uri(path=""):
    return "%s/restapi/v1.0/account/%s%s" % (platform_base(), ACCOUNT_ID, path)


def presence_body(calls):
    return {
        "uri": account_uri("/extension/%s/presence" % EXTENSION_ID),
        "extension": {"id": int(EXTENSION_ID), "extensionNumber": EXTENSION_NUMBER},
        "presenceStatus": "Busy" if calls else "Available",
        "telephonyStatus": calls[0]["telephonyStatus"] if calls else "NoCall",
        "userStatus": "Available",
        "dndStatus": "TakeAllCalls",
        "meetingStatus": "Disconnected",
        "allowSeeMyPresence": True,
        "ringOnMonitoredCall": False,
        "pickUpCallsOnHold": False,
        "activeCalls": calls,
        "totalActiveCalls": len([c for c in calls if c["telephonyStatus"] != "NoCall"]),
    }


def telephony_session(telephony_session_id):
    """The call-control view of a live call (the widget reads it for each active call)."""
    with STATE.lock:
        call = next((c for c in STATE.active.values()
                     if c["telephonySessionId"] == telephony_session_id), None)
        if call is None:
            return None
        codes = {"Ringing": "Proceeding", "CallConnected": "Answered", "OnHold": "Hold",
                 "NoCall": "Disconnected"}
        inbound = call["direction"] == "Inbound"
        own = {"phoneNumber": call["to"] if inbound else call["from"],
               "extensionId": EXTENSION_ID}
        other = {"phoneNumber": call["from"] if inbound else call["to"]}
        name = call.get("fromName" if inbound else "toName")
        if name:
            other["name"] = name
        return {
            "id": telephony_session_id,
            "origin": {"type": "Call"},
            "creationTime": call["startTime"],
            "parties": [{
                "id": call["partyId"], "accountId": ACCOUNT_ID, "extensionId": EXTENSION_ID,
                "direction": call["direction"],
                "from": other if inbound else own, "to": own if inbound else other,
                "status": {"code": codes.get(call["telephonyStatus"], "Proceeding")},
                "muted": False, "standAlone": False,
                "owner": {"accountId": ACCOUNT_ID, "extensionId": EXTENSION_ID},
            }],
        }


def record_from(spec, now_ms):
    """A call-log record (Detailed view) from a test's description of a call."""
    session = str(spec["sessionId"])
    direction = spec.get("direction", "Inbound")
    start = int(spec.get("startTime", now_ms - 3600 * 1000))
    record = {
        "uri": account_uri("/extension/%s/call-log/%s" % (EXTENSION_ID, spec.get("id", "L" + session))),
        "id": spec.get("id", "L" + session),
        "sessionId": session,
        "telephonySessionId": spec.get("telephonySessionId", "s-" + session),
        "partyId": spec.get("partyId", "p-" + session),
        "startTime": iso(start),
        "duration": int(spec.get("duration", 42)),
        "type": "Voice",
        "internalType": "Local",
        "direction": direction,
        "action": spec.get("action", "Phone Call"),
        "result": spec.get("result", "Accepted"),
        "from": {"phoneNumber": spec.get("from", "+16505550123"),
                 "name": spec.get("fromName", ""), "location": spec.get("fromLocation", "")},
        "to": {"phoneNumber": spec.get("to", OWN_NUMBER), "name": spec.get("toName", ""),
               "location": ""},
        "transport": "PSTN",
        "lastModifiedTime": iso(int(spec.get("lastModified", now_ms))),
    }
    for side in ("from", "to"):
        if not record[side]["name"]:
            del record[side]["name"]
        if not record[side]["location"]:
            del record[side]["location"]
    if spec.get("recording"):
        rec_id = str(spec.get("recordingId", "R" + session))
        record["recording"] = {
            "uri": account_uri("/recording/%s" % rec_id),
            "id": rec_id,
            "type": "Automatic",
            "contentUri": account_uri("/recording/%s/content" % rec_id),
        }
    return record


class WebSocket:
    """Server side of one WebSocket connection (RFC 6455, text frames only)."""

    def __init__(self, handler):
        self.rfile = handler.rfile
        self.wfile = handler.wfile
        self.send_lock = threading.Lock()
        self.open = True
        self.subscription = None

    def send(self, obj):
        data = json.dumps(obj).encode()
        if CONFIG.get("verbose"):
            sys.stderr.write("platformmock: ws -> %s\n" % data[:600].decode())
        header = bytearray([0x81])
        if len(data) < 126:
            header.append(len(data))
        elif len(data) < 65536:
            header.append(126)
            header += struct.pack(">H", len(data))
        else:
            header.append(127)
            header += struct.pack(">Q", len(data))
        with self.send_lock:
            try:
                self.wfile.write(bytes(header) + data)
                self.wfile.flush()
            except (OSError, ValueError):
                self.open = False

    def receive(self):
        """The next text message, or None when the peer closed."""
        message = b""
        while True:
            head = self.rfile.read(2)
            if len(head) < 2:
                return None
            opcode = head[0] & 0x0F
            length = head[1] & 0x7F
            if length == 126:
                length = struct.unpack(">H", self.rfile.read(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self.rfile.read(8))[0]
            mask = self.rfile.read(4) if head[1] & 0x80 else b"\0\0\0\0"
            payload = bytearray(self.rfile.read(length))
            for i in range(len(payload)):
                payload[i] ^= mask[i % 4]
            if opcode == 0x8:
                return None
            if opcode == 0x9:  # ping -> pong
                with self.send_lock:
                    self.wfile.write(bytes([0x8A, len(payload)]) + bytes(payload))
                    self.wfile.flush()
                continue
            message += bytes(payload)
            if head[0] & 0x80:
                return message.decode("utf-8", "replace")


def push(event_path, body):
    """Sends a notification to every subscription whose filters contain `event_path`'s kind."""
    with STATE.lock:
        sockets = [s for s in STATE.sockets if s.open and s.subscription]
    sent = 0
    for ws in sockets:
        sub = ws.subscription
        kind = event_path.split("?")[0].rsplit("/", 1)[-1]
        if not any(f.split("?")[0].endswith("/" + kind) for f in sub["eventFilters"]):
            continue
        ws.send([
            {"type": "ServerNotification", "messageId": str(uuid.uuid4()), "status": 200,
             "headers": {}},
            {"uuid": str(uuid.uuid4()), "event": event_path,
             "timestamp": iso(int(time.time() * 1000)), "subscriptionId": sub["id"],
             "ownerId": EXTENSION_ID, "body": body},
        ])
        sent += 1
    return sent


def push_presence():
    with STATE.lock:
        STATE.presence_sequence += 1
        calls = list(STATE.active.values())
        body = presence_body(calls)
        body["sequence"] = STATE.presence_sequence
        body["extensionId"] = int(EXTENSION_ID)
        # Calls that ended are reported once, as NoCall, then forgotten (as the platform does).
        for session in [s for s, c in STATE.active.items() if c["telephonyStatus"] == "NoCall"]:
            del STATE.active[session]
    event = "/restapi/v1.0/account/%s/extension/%s/presence?detailedTelephonyState=true&sipData=true" % (
        ACCOUNT_ID, EXTENSION_ID)
    return push(event, body)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "PlatformMock/1"

    def log_message(self, fmt, *args):
        if CONFIG.get("verbose"):
            sys.stderr.write("platformmock: " + (fmt % args) + "\n")

    # --- plumbing -------------------------------------------------------------------------
    def body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def send(self, status, payload=b"", content_type="application/json", headers=None):
        if isinstance(payload, (dict, list)):
            payload = json.dumps(payload).encode()
        elif isinstance(payload, str):
            payload = payload.encode()
        self.send_response(status)
        origin = self.headers.get("Origin")
        if origin:
            self.send_header("Access-Control-Allow-Origin", origin)
            self.send_header("Access-Control-Allow-Credentials", "true")
            self.send_header("Access-Control-Expose-Headers", "*")
            self.send_header("Vary", "Origin")
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Cache-Control", "no-store")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    def parsed(self):
        url = urllib.parse.urlsplit(self.path)
        return url.path, urllib.parse.parse_qs(url.query)

    def do_OPTIONS(self):
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", self.headers.get("Origin", "*"))
        self.send_header("Access-Control-Allow-Credentials", "true")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS")
        self.send_header("Access-Control-Allow-Headers",
                         self.headers.get("Access-Control-Request-Headers", "*"))
        self.send_header("Access-Control-Max-Age", "600")
        self.send_header("Content-Length", "0")
        self.end_headers()


class WidgetHandler(Handler):
    """Serves the widget's files; app.html gets a connect-src that reaches the platform mock."""

    def do_GET(self):
        path, _ = self.parsed()
        rel = urllib.parse.unquote(path).lstrip("/") or "app.html"
        root = os.path.realpath(CONFIG["widget_dir"])
        full = os.path.realpath(os.path.join(root, rel))
        if not full.startswith(root + os.sep) or not os.path.isfile(full):
            self.send(404, "not found", "text/plain")
            return
        with open(full, "rb") as f:
            data = f.read()
        if rel == "app.html":
            origin = CONFIG["platform"]
            wss = "wss://" + origin.split("://", 1)[1]
            data = data.replace(b"connect-src 'self'",
                                ("connect-src 'self' %s %s" % (origin, wss)).encode(), 1)
        types = {".html": "text/html; charset=utf-8", ".js": "application/javascript",
                 ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png",
                 ".ico": "image/x-icon", ".json": "application/json", ".woff": "font/woff",
                 ".woff2": "font/woff2", ".ttf": "font/ttf", ".mp3": "audio/mpeg",
                 ".ogg": "audio/ogg", ".wav": "audio/wav"}
        self.send(200, data, types.get(os.path.splitext(full)[1], "application/octet-stream"))

    do_HEAD = do_GET


class PlatformHandler(Handler):
    def bearer(self):
        auth = self.headers.get("Authorization", "")
        if auth.lower().startswith("bearer "):
            return auth[7:].strip()
        return ""

    def record(self, status, path, query):
        safe = {k: v for k, v in query.items() if k != "access_token"}
        STATE.log({"method": self.command, "path": path, "query": safe, "status": status,
                   "time": time.time()})

    def do_GET(self):
        self.route()

    def do_POST(self):
        self.route()

    def do_PUT(self):
        self.route()

    def do_DELETE(self):
        self.route()

    def do_PATCH(self):
        self.route()

    def route(self):
        path, query = self.parsed()
        if path == "/ws" and self.headers.get("Upgrade", "").lower() == "websocket":
            self.websocket(query)
            return
        if path.startswith("/__driver/"):
            self.driver(path[len("/__driver/"):])
            return
        if path.startswith("/restapi/oauth/"):
            self.oauth(path[len("/restapi/oauth/"):], query)
            return
        match = re.match(r"^/restapi/v1\.0/account/[^/]+/recording/([^/]+)/content$", path)
        if match:
            self.recording(match.group(1), query)
            return
        if not self.token_valid():
            self.record(401, path, query)
            self.send(401, {"errorCode": "TokenExpired", "message": "Access token expired",
                            "errors": [{"errorCode": "OAU-213", "message": "Token expired"}]})
            return
        body = self.body()
        status, answer = self.rest(path, query, body)
        self.record(status, path, query)
        self.send(status, answer)

    def token_valid(self):
        return STATE.token_valid(self.bearer())

    # --- the in-page test driver -----------------------------------------------------------
    def driver(self, what):
        """Long poll of widgetdriver.js: hands out the next command, takes results back."""
        if what == "next":
            with STATE.driver_cv:
                STATE.driver_polls += 1
                STATE.driver_cv.wait_for(lambda: STATE.driver_commands, timeout=15)
                command = STATE.driver_commands.pop(0) if STATE.driver_commands else {}
            self.send(200, command)
            return
        if what == "result":
            try:
                result = json.loads(self.body() or b"{}")
            except ValueError:
                result = {}
            with STATE.driver_cv:
                STATE.driver_results[result.get("id")] = result
                STATE.driver_cv.notify_all()
            self.send(200, {})
            return
        self.send(404, {})

    # --- OAuth ----------------------------------------------------------------------------
    def oauth(self, what, query):
        if what == "authorize":
            code = "C-" + uuid.uuid4().hex
            redirect = query.get("redirect_uri", [""])[0]
            state = query.get("state", [""])[0]
            with STATE.lock:
                STATE.codes[code] = query.get("code_challenge", [""])[0]
            self.record(302, "/restapi/oauth/authorize", {})
            sep = "&" if "?" in redirect else "?"
            location = redirect + sep + urllib.parse.urlencode({"code": code, "state": state})
            self.send(302, "", "text/plain", {"Location": location})
            return
        form = urllib.parse.parse_qs(self.body().decode())
        if what == "token":
            grant = form.get("grant_type", [""])[0]
            ok = False
            with STATE.lock:
                if grant == "authorization_code":
                    challenge = STATE.codes.pop(form.get("code", [""])[0], None)
                    verifier = form.get("code_verifier", [""])[0]
                    expected = base64.urlsafe_b64encode(
                        hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
                    ok = challenge is not None and (not challenge or challenge == expected)
                    if ok:
                        STATE.sign_ins += 1
                elif grant == "refresh_token":
                    token = form.get("refresh_token", [""])[0]
                    ok = token in STATE.refresh_tokens
                    if ok:
                        STATE.refresh_tokens.discard(token)
                        STATE.retired_tokens.append(token)
            self.record(200 if ok else 400, "/restapi/oauth/token", {"grant_type": [grant]})
            if not ok:
                self.send(400, {"error": "invalid_grant", "error_description": "bad grant"})
                return
            access, refresh = STATE.new_tokens()
            self.send(200, {"access_token": access, "token_type": "bearer",
                            "expires_in": ACCESS_TOKEN_LIFETIME, "refresh_token": refresh,
                            "refresh_token_expires_in": 604800, "scope": SCOPES,
                            "owner_id": EXTENSION_ID, "endpoint_id": "mock-endpoint"})
            return
        if what == "revoke":
            token = form.get("token", [""])[0]
            with STATE.lock:
                if token in STATE.access_tokens or token in STATE.refresh_tokens:
                    STATE.retired_tokens.append(token)
                STATE.access_tokens.pop(token, None)
                STATE.refresh_tokens.discard(token)
                STATE.revoked += 1
            self.record(200, "/restapi/oauth/revoke", {})
            self.send(200, "")
            return
        if what == "wstoken":
            if not self.token_valid():
                self.record(401, "/restapi/oauth/wstoken", {})
                self.send(401, {"errorCode": "TokenExpired", "message": "Access token expired"})
                return
            ws_token = "WS-" + uuid.uuid4().hex
            with STATE.lock:
                STATE.ws_tokens.add(ws_token)
            self.record(200, "/restapi/oauth/wstoken", {})
            self.send(200, {"uri": "wss://" + CONFIG["platform"].split("://", 1)[1] + "/ws",
                            "ws_access_token": ws_token, "expires_in": 600})
            return
        self.record(404, "/restapi/oauth/" + what, {})
        self.send(404, {"errorCode": "CMN-102", "message": "not found"})

    # --- recordings -----------------------------------------------------------------------
    def recording(self, recording_id, query):
        token = query.get("access_token", [""])[0] or self.bearer()
        ok = STATE.token_valid(token)
        with STATE.lock:
            STATE.recording_fetches.append({"id": recording_id, "ok": ok})
        self.record(200 if ok else 401, "/restapi/v1.0/account/~/recording/%s/content" % recording_id, query)
        if not ok:
            self.send(401, {"errorCode": "TokenInvalid", "message": "bad token"})
            return
        self.send(200, recording_bytes(recording_id), "audio/mpeg")

    # --- REST -----------------------------------------------------------------------------
    def rest(self, path, query, body):
        p = re.sub(r"/account/(~|%s)" % ACCOUNT_ID, "/account/~", path)
        p = re.sub(r"/extension/(~|%s)" % EXTENSION_ID, "/extension/~", p).rstrip("/")
        now_ms = int(time.time() * 1000)
        if p == "/restapi/v1.0/account/~":
            return 200, {"uri": account_uri(), "id": int(ACCOUNT_ID), "status": "Confirmed",
                         "mainNumber": OWN_NUMBER,
                         "serviceInfo": {"brand": {"id": "1210", "name": "RingCentral",
                                                   "homeCountry": {"id": "1", "isoCode": "US"}},
                                         "uri": account_uri("/service-info")},
                         "regionalSettings": {"homeCountry": {"id": "1", "isoCode": "US",
                                                              "callingCode": "1"},
                                              "timezone": {"name": "US/Pacific"},
                                              "language": {"locale": "en-US"}},
                         "signupInfo": {"signupState": []}, "setupWizardState": "Completed"}
        if p == "/restapi/v1.0/account/~/extension/~":
            return 200, {"uri": account_uri("/extension/%s" % EXTENSION_ID),
                         "id": int(EXTENSION_ID), "extensionNumber": EXTENSION_NUMBER,
                         "name": "Mock User", "type": "User", "status": "Enabled",
                         "contact": {"firstName": "Mock", "lastName": "User",
                                     "email": "mock.user@example.com"},
                         "account": {"id": ACCOUNT_ID, "uri": account_uri()},
                         "permissions": {"admin": {"enabled": False},
                                         "internationalCalling": {"enabled": True}},
                         "regionalSettings": {"homeCountry": {"id": "1", "isoCode": "US",
                                                              "callingCode": "1"},
                                              "timezone": {"name": "US/Pacific"},
                                              "language": {"locale": "en-US"},
                                              "formattingLocale": {"localeCode": "en-US"}},
                         "setupWizardState": "Completed"}
        if p == "/restapi/v1.0/account/~/extension/~/features":
            # What the widget gates on (extension features); WebPhone stays off: no WebRTC.
            available = {"ReadExtensionInfo", "ReadCompanyInfo", "ReadExtensionCallLog",
                         "ReadExtensionPhoneNumbers", "ReadPresenceStatus", "EditPresenceStatus",
                         "RingOut", "InternationalCalling", "Voicemail", "ReadExtensions"}
            names = sorted(available | {"WebPhone", "SMSSending", "SMSReceiving",
                                        "PagesSending", "PagesReceiving", "FaxReceiving", "Glip",
                                        "Meetings", "EditOutboundCallerId", "BlockingCallerId",
                                        "AIGeneratedNotes", "CallQueuePresence"})
            return 200, {"records": [{"id": n, "available": n in available} for n in names]}
        if p == "/restapi/v1.0/account/~/extension/~/phone-number":
            return 200, {"records": [{"id": 1, "phoneNumber": OWN_NUMBER,
                                      "usageType": "DirectNumber", "type": "VoiceFax",
                                      "paymentType": "Local",
                                      "features": ["CallerId", "SmsSender"]}],
                         "paging": {"page": 1, "perPage": 100, "totalPages": 1,
                                    "totalElements": 1}}
        if p == "/restapi/v1.0/account/~/dialing-plan":
            return 200, {"records": [{"id": "1", "isoCode": "US", "callingCode": "1",
                                      "name": "United States"}],
                         "paging": {"page": 1, "totalPages": 1}}
        if p == "/restapi/v1.0/account/~/extension/~/presence":
            with STATE.lock:
                calls = [c for c in STATE.active.values() if c["telephonyStatus"] != "NoCall"]
            return 200, presence_body(calls)
        if p == "/restapi/v1.0/account/~/extension/~/call-log-sync":
            with STATE.lock:
                sync_type = query.get("syncType", ["FSync"])[0]
                token = query.get("syncToken", [""])[0]
                since = int(token.split("-")[1]) if token.startswith("ST-") else -1
                if sync_type == "FSync":
                    records = [dict(r) for r in STATE.calls]
                else:
                    records = [dict(r) for r in STATE.calls if r["_serial"] > since]
                for r in records:
                    r.pop("_serial", None)
                new_token = "ST-%d" % STATE.sync_serial
            return 200, {"uri": account_uri("/extension/~/call-log-sync"), "records": records,
                         "syncInfo": {"syncType": sync_type, "syncToken": new_token,
                                      "syncTime": iso(now_ms)}}
        if p == "/restapi/v1.0/account/~/extension/~/call-log":
            with STATE.lock:
                records = [{k: v for k, v in r.items() if k != "_serial"} for r in STATE.calls]
            return 200, {"records": records, "paging": {"page": 1, "perPage": 1000,
                                                        "pageStart": 0,
                                                        "pageEnd": max(0, len(records) - 1)},
                         "navigation": {}}
        match = re.match(r"^/restapi/v1\.0/account/~/telephony/sessions/([^/]+)$", p)
        if match and self.command == "GET":
            session = telephony_session(match.group(1))
            if session is None:
                return 404, {"errorCode": "TAS-102", "message": "session not found"}
            return 200, session
        if p == "/restapi/v1.0/subscription" and self.command == "POST":
            return 200, {"id": str(uuid.uuid4()), "status": "Active", "expiresIn": 900}
        with STATE.lock:
            STATE.unknown.append({"method": self.command, "path": path})
        if self.command == "GET":
            return 200, {"records": [], "paging": {"page": 1, "perPage": 100, "totalPages": 0,
                                                   "totalElements": 0}, "navigation": {}}
        return 200, {}

    # --- WebSocket subscription -----------------------------------------------------------
    def websocket(self, query):
        token = query.get("access_token", [""])[0]
        with STATE.lock:
            ok = token in STATE.ws_tokens
        self.record(101 if ok else 401, "/ws", {})
        if not ok:
            self.send(401, {"errorCode": "TokenInvalid", "message": "bad ws token"})
            return
        key = self.headers.get("Sec-WebSocket-Key", "")
        accept = base64.b64encode(hashlib.sha1(
            (key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode()).digest()).decode()
        self.send_response(101)
        self.send_header("Upgrade", "websocket")
        self.send_header("Connection", "Upgrade")
        self.send_header("Sec-WebSocket-Accept", accept)
        self.end_headers()
        self.wfile.flush()
        ws = WebSocket(self)
        with STATE.lock:
            STATE.sockets.append(ws)
        ws.send([{"type": "ConnectionDetails", "messageId": str(uuid.uuid4()), "status": 200,
                  "headers": {}, "wsc": {"token": "wsc-" + uuid.uuid4().hex, "sequence": 1}},
                 {"idleTimeout": 900, "absoluteTimeout": 86400, "maxConnectionsPerSession": 5,
                  "recoveryBufferSize": 100, "recoveryTimeout": 60}])
        try:
            while ws.open:
                text = ws.receive()
                if text is None:
                    break
                self.ws_message(ws, text)
        except (OSError, ValueError):
            pass
        ws.open = False
        with STATE.lock:
            if ws in STATE.sockets:
                STATE.sockets.remove(ws)
        self.close_connection = True

    def ws_message(self, ws, text):
        if CONFIG.get("verbose"):
            sys.stderr.write("platformmock: ws <- %s\n" % text[:600])
        try:
            message = json.loads(text)
        except ValueError:
            return
        meta = message[0] if isinstance(message, list) and message else {}
        data = message[1] if isinstance(message, list) and len(message) > 1 else {}
        kind = meta.get("type")
        reply = {"type": kind, "messageId": meta.get("messageId"), "status": 200, "headers": {}}
        if kind == "Heartbeat":
            ws.send([reply])
            return
        if kind != "ClientRequest":
            return
        method = meta.get("method", "GET")
        path = meta.get("path", "")
        STATE.log({"method": "WS " + method, "path": path, "query": {}, "status": 200,
                   "time": time.time()})
        if path.rstrip("/").startswith("/restapi/v1.0/subscription") and method in ("POST", "PUT"):
            filters = data.get("eventFilters") or (ws.subscription or {}).get("eventFilters", [])
            sub = {"id": (ws.subscription or {}).get("id", str(uuid.uuid4())),
                   "creationTime": iso(int(time.time() * 1000)), "status": "Active",
                   "eventFilters": filters, "expiresIn": 900,
                   "expirationTime": iso(int((time.time() + 900) * 1000)),
                   "deliveryMode": {"transportType": "WebSocket", "encryption": False}}
            ws.subscription = sub
            with STATE.lock:
                STATE.subscriptions.append({"id": sub["id"], "eventFilters": filters})
            ws.send([reply, sub])
            return
        if method == "DELETE":
            ws.subscription = None
            ws.send([reply, {}])
            return
        ws.send([reply, {"records": []}])


class ControlHandler(Handler):
    """What the test drives. POST /<op> with a JSON body; GET /state."""

    def do_GET(self):
        path, _ = self.parsed()
        if path == "/state":
            with STATE.lock:
                self.send(200, {"requests": STATE.requests, "unknown": STATE.unknown,
                                "recordingFetches": STATE.recording_fetches,
                                "subscriptions": STATE.subscriptions,
                                "sockets": len([s for s in STATE.sockets if s.open]),
                                "subscribed": len([s for s in STATE.sockets
                                                   if s.open and s.subscription]),
                                "signIns": STATE.sign_ins, "revoked": STATE.revoked,
                                "tokens": list(STATE.access_tokens.keys())
                                + list(STATE.refresh_tokens) + list(STATE.ws_tokens)
                                + STATE.retired_tokens,
                                "calls": len(STATE.calls),
                                "active": list(STATE.active.values())})
            return
        if path.startswith("/recording/"):
            self.send(200, recording_bytes(path[len("/recording/"):]), "audio/mpeg")
            return
        self.send(404, {"error": "unknown"})

    def do_POST(self):
        path, _ = self.parsed()
        try:
            spec = json.loads(self.body() or b"{}")
        except ValueError:
            self.send(400, {"error": "bad json"})
            return
        op = path.strip("/")
        handler = getattr(self, "op_" + op.replace("-", "_"), None)
        if handler is None:
            self.send(404, {"error": "unknown op " + op})
            return
        result = handler(spec)
        self.send(200, result if result is not None else {"ok": True})

    # The in-page driver -------------------------------------------------------------------
    def op_eval(self, spec):
        """Runs `code` (an expression, may be a promise) in the widget's frame."""
        command_id = uuid.uuid4().hex
        timeout = spec.get("timeoutMs", 10000) / 1000.0
        with STATE.driver_cv:
            STATE.driver_commands.append({"id": command_id, "code": spec["code"]})
            STATE.driver_cv.notify_all()
            got = STATE.driver_cv.wait_for(lambda: command_id in STATE.driver_results, timeout)
            if not got:
                STATE.driver_commands = [c for c in STATE.driver_commands if c["id"] != command_id]
                return {"ok": False, "error": "no widget frame answered"}
            result = STATE.driver_results.pop(command_id)
        return {"ok": "error" not in result, "result": result.get("result"),
                "error": result.get("error")}

    # Call log -------------------------------------------------------------------------------
    def add_record(self, record):
        with STATE.lock:
            STATE.sync_serial += 1
            record["_serial"] = STATE.sync_serial
            STATE.calls = [r for r in STATE.calls if r["sessionId"] != record["sessionId"]]
            STATE.calls.insert(0, record)
            STATE.calls.sort(key=lambda r: r["startTime"], reverse=True)

    def op_seedCalls(self, spec):
        now_ms = int(time.time() * 1000)
        for call in spec.get("calls", []):
            self.add_record(record_from(call, now_ms))
        return {"ok": True, "calls": len(STATE.calls)}

    # Live calls -----------------------------------------------------------------------------
    def op_ringCall(self, spec):
        now_ms = int(time.time() * 1000)
        session = str(spec["sessionId"])
        inbound = spec.get("direction", "Inbound") == "Inbound"
        call = {"id": spec.get("id", "A" + session), "direction": "Inbound" if inbound else "Outbound",
                "from": spec.get("from", "+16505550123" if inbound else OWN_NUMBER),
                "to": spec.get("to", OWN_NUMBER if inbound else "+16505550123"),
                "fromName": spec.get("fromName", ""), "toName": spec.get("toName", ""),
                "startTime": iso(int(spec.get("startTime", now_ms))),
                "telephonyStatus": "Ringing" if inbound else "CallConnected",
                "sessionId": session,
                "telephonySessionId": spec.get("telephonySessionId", "s-" + session),
                "partyId": spec.get("partyId", "p-" + session)}
        if not inbound:
            call["telephonyStatus"] = spec.get("status", "Ringing")
        for key in ("fromName", "toName"):
            if not call[key]:
                del call[key]
        with STATE.lock:
            call["_spec"] = spec
            call["_start"] = int(spec.get("startTime", now_ms))
            STATE.active[session] = call
        return {"pushed": self.presence_clean()}

    def op_connectCall(self, spec):
        with STATE.lock:
            call = STATE.active[str(spec["sessionId"])]
            call["telephonyStatus"] = "CallConnected"
            call["_connected"] = int(time.time() * 1000)
        return {"pushed": self.presence_clean()}

    def op_endCall(self, spec):
        """Ends a live call. Its record joins the call log now, later (`logAfterMs`), or only
        when a test releases it (`holdLog`)."""
        session = str(spec["sessionId"])
        now_ms = int(time.time() * 1000)
        with STATE.lock:
            call = STATE.active[session]
            call["telephonyStatus"] = "NoCall"
            call["terminationType"] = "final"
            original = dict(call.get("_spec") or {})
            original.update({k: v for k, v in spec.items() if k not in ("holdLog", "logAfterMs")})
            original.setdefault("startTime", call.get("_start", now_ms))
            original.setdefault("direction", call["direction"])
            original.setdefault("from", call["from"])
            original.setdefault("to", call["to"])
            if "duration" not in original:
                original["duration"] = max(1, (now_ms - call.get("_connected", now_ms)) // 1000)
            original.setdefault("result", "Accepted" if call.get("_connected") else "Missed")
            record = record_from(original, now_ms)
        pushed = self.presence_clean()
        if spec.get("holdLog"):
            with STATE.lock:
                STATE.pending_log[session] = record
        elif spec.get("logAfterMs"):
            timer = threading.Timer(spec["logAfterMs"] / 1000.0, self.add_record, [record])
            timer.daemon = True
            timer.start()
        else:
            self.add_record(record)
        return {"pushed": pushed}

    def op_releaseLog(self, spec):
        with STATE.lock:
            record = STATE.pending_log.pop(str(spec["sessionId"]), None)
        if record:
            self.add_record(record)
        return {"released": record is not None}

    def presence_clean(self):
        with STATE.lock:
            private = {}
            for s, c in STATE.active.items():
                private[s] = {k: c.pop(k) for k in [k for k in c if k.startswith("_")]}
            try:
                sent = push_presence()
            finally:
                for s, values in private.items():
                    if s in STATE.active:
                        STATE.active[s].update(values)
        return sent

    def op_pushEnded(self, spec):
        """Reports `sessionId` ended once more (NoCall) in a presence push: the widget reads the
        call log again after a push with an ended call (for records that arrived late)."""
        session = str(spec["sessionId"])
        with STATE.lock:
            record = next((r for r in STATE.calls if r["sessionId"] == session), None)
            STATE.active[session] = {
                "id": "A" + session, "direction": (record or {}).get("direction", "Inbound"),
                "from": ((record or {}).get("from") or {}).get("phoneNumber", "+16505550123"),
                "to": ((record or {}).get("to") or {}).get("phoneNumber", OWN_NUMBER),
                "startTime": (record or {}).get("startTime", iso(int(time.time() * 1000))),
                "telephonyStatus": "NoCall", "terminationType": "final", "sessionId": session,
                "telephonySessionId": "s-" + session, "partyId": "p-" + session}
        return {"pushed": self.presence_clean()}

    def op_pushPresence(self, spec):
        """A presence push without a change (the widget re-reads on every push)."""
        return {"pushed": self.presence_clean()}

    # Tokens ---------------------------------------------------------------------------------
    def op_expireTokens(self, spec):
        with STATE.lock:
            for token in STATE.access_tokens:
                STATE.access_tokens[token] = 0
        return {"ok": True}

    def op_dropSockets(self, spec):
        with STATE.lock:
            sockets = list(STATE.sockets)
        for ws in sockets:
            ws.open = False
            try:
                ws.wfile.write(bytes([0x88, 0]))
                ws.wfile.flush()
            except (OSError, ValueError):
                pass
        return {"dropped": len(sockets)}

    def op_clearLog(self, spec):
        with STATE.lock:
            STATE.requests.clear()
            STATE.unknown.clear()
            STATE.recording_fetches.clear()
        return {"ok": True}


def make_certificate(directory):
    cert = os.path.join(directory, "cert.pem")
    key = os.path.join(directory, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                    "-out", cert, "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def serve(handler, context=None, port=0):
    server = Server(("127.0.0.1", port), handler)
    if context:
        server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--widget-dir", required=True)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    CONFIG["widget_dir"] = args.widget_dir
    CONFIG["verbose"] = args.verbose
    with tempfile.TemporaryDirectory(prefix="platformmock-") as directory:
        cert, key = make_certificate(directory)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        platform = serve(PlatformHandler, context)
        CONFIG["platform"] = "https://127.0.0.1:%d" % platform.server_address[1]
        # Plain http on the loopback, as README (real-widget) suggests: CallDock accepts http
        # widget URLs for localhost only, and its QtNetwork probe need not trust our certificate.
        widget = serve(WidgetHandler)
        control = serve(ControlHandler)
        print(json.dumps({"platform": CONFIG["platform"],
                          "widget": "http://127.0.0.1:%d" % widget.server_address[1],
                          "certificate": cert,
                          "control": "http://127.0.0.1:%d" % control.server_address[1]}),
              flush=True)
        # Serve until the test closes our stdin (or dies, which closes it too).
        try:
            while sys.stdin.read(1):
                pass
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
