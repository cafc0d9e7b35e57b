"""A JupyterHub authenticator backed by the course roster (per-account hashed passwords)."""

from __future__ import annotations

from pathlib import Path

from jupyterhub.auth import Authenticator
from traitlets import Unicode

from .roster import Roster


class RosterAuthenticator(Authenticator):
    """Log in with the username and password the roster issued.

    The roster is read at every login, so accounts added or removed with
    ``llmath roster`` take effect without restarting the hub. Only roster
    members are allowed; instructors are the hub's admins.
    """

    state_dir = Unicode(help="The hub's state directory, holding the roster.").tag(config=True)

    def _roster(self) -> Roster:
        return Roster(Path(self.state_dir))

    async def authenticate(self, handler, data):
        username = (data or {}).get("username", "")
        password = (data or {}).get("password", "")
        roster = self._roster()
        members = {m.username: m for m in roster.members()}
        if username not in members or not roster.verify(username, password):
            self.log.warning("failed login for %r", username)
            return None
        return {"name": username, "admin": members[username].role == "instructor"}

    def check_allowed(self, username, authentication=None):
        return username in {m.username for m in self._roster().members()}
