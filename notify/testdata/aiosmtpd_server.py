"""An independent SMTP submission server for followupd's email tests.

Debian's python3-aiosmtpd, run with Debian's /usr/bin/python3: STARTTLS
required, AUTH PLAIN/LOGIN required after TLS, each accepted message
written to a Maildir. Prints READY once listening; stops on SIGTERM.

usage: aiosmtpd_server.py HOST PORT CERT KEY MAILDIR USER PASSWORD
"""

import signal
import ssl
import sys
import warnings

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import AuthResult, LoginPassword

# aiosmtpd warns about its own Session.login_data.
warnings.filterwarnings("ignore", category=DeprecationWarning)


def main():
    host, port, cert, key, maildir, user, password = sys.argv[1:8]

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == user
            and auth_data.password.decode() == password
        )
        # handled=False: aiosmtpd then answers 535 itself.
        return AuthResult(success=ok, handled=False)

    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(cert, key)
    ctl = Controller(
        Mailbox(maildir),
        hostname=host,
        port=int(port),
        server_hostname="localhost",
        tls_context=tls,
        require_starttls=True,
        authenticator=authenticate,
        auth_require_tls=True,
        ready_timeout=20,
    )
    ctl.start()
    print("READY", flush=True)
    signal.sigwait({signal.SIGTERM, signal.SIGINT})
    ctl.stop()


if __name__ == "__main__":
    main()
