"""Finding the local server the way `sonara` does: `api-url` and `api-token` in the config
directory, `$XDG_CONFIG_HOME/sonara` (default `~/.config/sonara`)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


def default_config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "sonara"


@dataclass(frozen=True)
class Endpoint:
    url: str
    token: str


def read_first_line(path: Path) -> str | None:
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text.splitlines()[0].strip() if text else None


class Discovery:
    """Where the server is. An explicit URL (and token) stay fixed; otherwise both are read from
    the config directory, and read again whenever the server stops answering, so a server that
    restarted on another port is found again."""

    def __init__(
        self,
        url: str | None = None,
        token: str | None = None,
        config_dir: str | os.PathLike[str] | None = None,
    ) -> None:
        self._explicit_url = url.rstrip("/") if url else None
        self._explicit_token = token
        self.config_dir = Path(config_dir) if config_dir is not None else default_config_dir()

    @property
    def url_file(self) -> Path:
        return self.config_dir / "api-url"

    @property
    def token_file(self) -> Path:
        return self.config_dir / "api-token"

    @property
    def rereads(self) -> bool:
        """Whether reading again can give another address."""
        return self._explicit_url is None

    def read(self) -> Endpoint | None:
        url = self._explicit_url or read_first_line(self.url_file)
        if not url:
            return None
        token = self._explicit_token or read_first_line(self.token_file) or ""
        return Endpoint(url.rstrip("/"), token)
