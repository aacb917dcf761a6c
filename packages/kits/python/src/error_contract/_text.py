"""Texts taken from a reply: decoded as a browser decodes UTF-8, masked, and cut to a bounded length."""

from __future__ import annotations

from collections.abc import Iterable

from ._text_limit import TEXT_LIMIT

#: Shorter secrets are not masked: masking every "a" in a text would hide more than it protects.
MIN_SECRET_LENGTH = 8

_BOM = b"\xef\xbb\xbf"


def decode_utf8(body: bytes) -> str:
    """The body as text: one leading byte order mark dropped, each maximal bad byte sequence as U+FFFD (WHATWG)."""
    if body.startswith(_BOM):
        body = body[len(_BOM) :]
    # CPython replaces maximal subparts, as the WHATWG decoder does.
    return body.decode("utf-8", "replace")


def well_formed(text: str) -> str:
    """The text with lone surrogates (from JSON escapes such as \\ud83d) as U+FFFD, so that it always encodes."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


class Masker:
    """Replaces each secret (at least MIN_SECRET_LENGTH characters) with ``***``, in the order given."""

    __slots__ = ("_secrets",)

    def __init__(self, secrets: Iterable[str]) -> None:
        self._secrets = tuple(s for s in secrets if isinstance(s, str) and len(s) >= MIN_SECRET_LENGTH)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, "***")
        return text

    def keep(self, text: str) -> str:
        """Masked and cut to TEXT_LIMIT characters (masked before the cut, so no secret is split by it)."""
        return self(text[: 2 * TEXT_LIMIT])[:TEXT_LIMIT]
