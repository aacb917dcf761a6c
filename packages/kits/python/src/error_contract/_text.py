"""Texts taken from a reply: decoded as TextDecoder decodes UTF-8, masked, and cut to a bounded length."""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable
from functools import lru_cache

from ._limits import MASK_CHUNK, MIN_SECRET_LENGTH, TEXT_LIMIT

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


def cut(text: str) -> str:
    """The first TEXT_LIMIT characters."""
    return text[:TEXT_LIMIT]


def _base64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def basic_auth_secrets(api_key: str, api_secret: str) -> tuple[str, ...]:
    """
    What to mask for HTTP Basic credentials, in the order masked: the API secret, the Basic value in UTF-8 and in
    Latin-1, and the base64 of the secret alone in UTF-8 and in Latin-1 (a Latin-1 form when the text has one), each
    once. Raises ValueError, naming the rule and never the secret, for a secret shorter than MIN_SECRET_LENGTH.
    """
    if len(api_secret) < MIN_SECRET_LENGTH:
        raise ValueError(f"apiSecret must be at least {MIN_SECRET_LENGTH} characters, so that it can be masked.")
    secrets = [api_secret]
    for text in (f"{api_key}:{api_secret}", api_secret):
        secrets.append(_base64(text.encode("utf-8", "surrogatepass")))
        if all(ord(char) <= 0xFF for char in text):
            secrets.append(_base64(text.encode("latin-1")))
    return tuple(dict.fromkeys(secrets))


#: The characters with a short JSON escape, and the letter after the backslash.
_SHORT_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "\b": "b", "\f": "f", "\n": "n", "\r": "r", "\t": "t"}
#: The backslashes before a JSON escape: one, or more where the text was escaped again.
_BACKSLASHES = r"\\{1,8}"


def _hex(code: int, width: int) -> str:
    """A number as hex digits for a regex, each letter matching either case."""
    return re.sub("[a-f]", lambda digit: f"[{digit[0]}{digit[0].upper()}]", format(code, f"0{width}x"))


def _pattern(chars: str) -> str:
    """
    The regex of characters in every form the TypeScript client masks: each one JSON-escaped (`\\uXXXX` or its short
    escape, after one to eight backslashes), percent-encoded (its UTF-8 bytes, a space also as `+`) or as it is. The
    longer forms come first, so that a match never ends before the backslashes of an escape do.
    """
    pattern = []
    for char in chars:
        units = char.encode("utf-16-be", "surrogatepass")
        codes = (int.from_bytes(units[at : at + 2], "big") for at in range(0, len(units), 2))
        forms = ["".join(f"{_BACKSLASHES}u{_hex(code, 4)}" for code in codes)]
        if char in _SHORT_ESCAPES:
            forms.append(_BACKSLASHES + re.escape(_SHORT_ESCAPES[char]))
        forms.append("".join(f"%{_hex(byte, 2)}" for byte in char.encode("utf-8", "surrogatepass")))
        if char == " ":
            forms.append(r"\+")
        forms.append(re.escape(char))
        pattern.append(f"(?:{'|'.join(forms)})")
    return "".join(pattern)


@lru_cache(maxsize=64)
def _regexes(secrets: tuple[str, ...]) -> tuple[tuple[re.Pattern[str], ...], ...]:
    """Each secret as its chunks of MASK_CHUNK characters, one regex each (engines refuse longer patterns)."""
    return tuple(
        tuple(re.compile(_pattern(secret[at : at + MASK_CHUNK])) for at in range(0, len(secret), MASK_CHUNK))
        for secret in secrets
        if secret
    )


def _mask_with(text: str, chunks: tuple[re.Pattern[str], ...]) -> str:
    """Every match of one secret as `***`: its first chunk searched for, each other where the one before ended."""
    first, rest = chunks[0], chunks[1:]
    masked, kept, start = [], 0, 0
    while (found := first.search(text, start)) is not None:
        end = found.end()
        for chunk in rest:
            following = chunk.match(text, end)
            if following is None:
                end = -1
                break
            end = following.end()
        if end < 0:
            start = found.start() + 1
            continue
        masked.append(text[kept : found.start()])
        masked.append("***")
        kept = start = end
    masked.append(text[kept:])
    return "".join(masked)


class Masker:
    """Replaces each secret given (empty ones aside), in every form above, by ``***``, one after the other."""

    __slots__ = ("_regexes",)

    def __init__(self, secrets: Iterable[str]) -> None:
        self._regexes = _regexes(tuple(secret for secret in secrets if isinstance(secret, str)))

    def __call__(self, text: str) -> str:
        for chunks in self._regexes:
            text = _mask_with(text, chunks)
        return text

    def keep(self, text: str) -> str:
        """Masked, then cut to TEXT_LIMIT characters (so that the cut never splits a secret)."""
        return cut(self(text))
