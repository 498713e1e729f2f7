#!/usr/bin/python3
"""Loopback SMTP server for the SMTP provider's tests: records every message, fails on demand.

    python3 smtpfake.py --dir DIR [--port 0] [--user U --password P]
                        [--tls-cert CRT --tls-key KEY] [--implicit-tls]

Binds 127.0.0.1 (port 0 = any free port) and, once it accepts connections, prints one line
"PORT <n>" to stdout. Runs until SIGTERM/SIGINT, then exits 0. Nothing else goes to stdout.

  --user/--password  AUTH PLAIN and LOGIN offered and required (MAIL before AUTH -> 530,
                     wrong credentials -> 535), also without TLS (loopback only).
  --tls-cert/--tls-key  STARTTLS offered (not required); with --implicit-tls the socket is TLS
                     from the first byte instead (port 465 style) and STARTTLS is not offered.

What the tests read back:
  DIR/messages/NNNN.eml  the DATA of each accepted message as received (0001, 0002, ...)
  DIR/log.jsonl          {"event": "connection", "connection": k} when connection k opens, and per
                         message {"n", "connection", "mail_from", "rcpt_tos", "auth_user", "tls",
                         "message_id", "size"}.
A message counts as received (and is recorded) as soon as its whole DATA is in, before any
delay or drop, unless a "data" fault rejects it: a client killed during "delay_data_ms" still
leaves it recorded, as a real server may have queued a message whose 250 the client never saw.

What the tests write at any time: DIR/script.json, re-read at every RCPT and every end of DATA
(missing, empty or unparsable = no faults; so write it atomically: a temporary file, then rename).
Addresses are compared lowercase.
  {"rcpt": {"addr": "550 5.1.1 ..."},   reply to RCPT TO of addr
   "data": {"addr": "554 5.7.1 ..."},   reply to end of DATA when addr is a recipient (not recorded)
   "drop_after_data": ["addr"],         record the message, then close the connection, no reply
   "drop_before_data": ["addr"],        on RCPT TO of addr close the connection, no reply
   "delay_data_ms": 0}                  wait this long before replying to end of DATA
Reply texts are sent verbatim; for a multi-line reply separate the lines with "\n"
("550-first line\n550 last line").
"""
import argparse
import asyncio
import json
import logging
import os
import signal
import ssl
import sys
import warnings
from email.parser import BytesHeaderParser

try:
    from aiosmtpd.smtp import SMTP, AuthResult
except ImportError:  # a python3 other than Debian's (e.g. pyenv) does not see python3-aiosmtpd
    sys.path.append("/usr/lib/python3/dist-packages")
    from aiosmtpd.smtp import SMTP, AuthResult


class Recorder:
    """The aiosmtpd handler: hooks for EHLO, RCPT and DATA, and the files the tests read."""

    def __init__(self, folder, user, password):
        self.dir, self.user, self.password = folder, user, password
        os.makedirs(os.path.join(folder, "messages"), exist_ok=True)
        self.connections = 0
        self.messages = len(os.listdir(os.path.join(folder, "messages")))

    def log(self, entry):
        with open(os.path.join(self.dir, "log.jsonl"), "a") as f:
            f.write(json.dumps(entry) + "\n")

    def script(self):
        try:
            with open(os.path.join(self.dir, "script.json")) as f:
                text = f.read()
            return json.loads(text) if text.strip() else {}
        except FileNotFoundError:
            return {}
        except ValueError as e:  # a test writing it just now; treat as no faults
            print(f"smtpfake: ignoring script.json: {e}", file=sys.stderr)
            return {}

    @staticmethod
    def lookup(table, addresses):
        table = {k.lower(): v for k, v in (table or {}).items()}
        return next((table[a.lower()] for a in addresses if a.lower() in table), None)

    @staticmethod
    async def drop(server):
        """Close the TCP connection at once, without a reply, and end this session."""
        server.transport.abort()
        raise asyncio.CancelledError()

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname  # this hook form has to set it itself
        if not self.user:
            responses = [r for r in responses if not r[4:].startswith("AUTH")]
        return responses

    def authenticate(self, server, session, envelope, mechanism, creds):
        ok = (creds.login.decode(errors="replace"), creds.password.decode(errors="replace")) \
            == (self.user, self.password)
        # handled=False: aiosmtpd then sends "535 5.7.8 Authentication credentials invalid"
        return AuthResult(success=ok, handled=False,
                          auth_data=creds.login.decode(errors="replace") if ok else None)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        script = self.script()
        if address.lower() in [a.lower() for a in script.get("drop_before_data", [])]:
            await self.drop(server)
        reply = self.lookup(script.get("rcpt"), [address])
        if reply:
            return "\r\n".join(reply.splitlines())
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server, session, envelope):
        script = self.script()
        reply = self.lookup(script.get("data"), envelope.rcpt_tos)
        n = None if reply else self.record(server, session, envelope)  # recorded before the delay
        await asyncio.sleep(script.get("delay_data_ms", 0) / 1000)
        if reply:
            return "\r\n".join(reply.splitlines())
        drops = [a.lower() for a in script.get("drop_after_data", [])]
        if any(a.lower() in drops for a in envelope.rcpt_tos):
            await self.drop(server)
        return f"250 2.0.0 Ok: queued as {n:04d}"

    def record(self, server, session, envelope):
        self.messages += 1
        data = envelope.original_content
        with open(os.path.join(self.dir, "messages", f"{self.messages:04d}.eml"), "wb") as f:
            f.write(data)
        self.log({"n": self.messages, "connection": server.connection_number,
                  "mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                  "auth_user": session.auth_data if session.authenticated else None,
                  "tls": server.transport.get_extra_info("ssl_object") is not None,
                  "message_id": BytesHeaderParser().parsebytes(data).get("Message-ID"),
                  "size": len(data)})
        return self.messages


async def main(args):
    warnings.simplefilter("ignore")  # aiosmtpd warns about AUTH without TLS; wanted here
    logging.getLogger("mail.log").setLevel(logging.ERROR)  # same warning, through logging
    handler = Recorder(args.dir, args.user, args.password)
    tls = None
    if args.tls_cert:
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(args.tls_cert, args.tls_key)

    def new_connection():
        handler.connections += 1
        handler.log({"event": "connection", "connection": handler.connections})
        server = SMTP(handler, hostname="smtpfake.localhost", ident="smtpfake",
                      tls_context=None if args.implicit_tls else tls,
                      auth_required=bool(args.user), auth_require_tls=False,
                      authenticator=handler.authenticate)
        server.connection_number = handler.connections
        return server

    loop = asyncio.get_running_loop()
    listener = await loop.create_server(new_connection, "127.0.0.1", args.port,
                                        ssl=tls if args.implicit_tls else None)
    print(f"PORT {listener.sockets[0].getsockname()[1]}", flush=True)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    listener.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--user")
    parser.add_argument("--password", default="")
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--implicit-tls", action="store_true")
    args = parser.parse_args()
    if args.implicit_tls and not args.tls_cert:
        parser.error("--implicit-tls needs --tls-cert and --tls-key")
    asyncio.run(main(args))
    sys.exit(0)
