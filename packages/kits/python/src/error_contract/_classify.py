"""
Turns one reply (status, headers, body bytes) into exactly one outcome, by the TypeScript client's rules: the body
decides, never the Content-Type; an error body is a JSON object whose ``identifier`` and ``message`` are strings
(other members are ignored, as RFC 9457 asks); the brand's set decides whether the identifier is known.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Protocol, TypeAlias

from ._json import NotJson, parse_json
from ._limits import MAX_BODY_BYTES
from ._outcomes import ApiError, IdT, Reason, UnexpectedResponse, UnknownApiError
from ._text import Masker, decode_utf8, well_formed

Headers: TypeAlias = Mapping[str, str] | Iterable[tuple[str, str]]


class HttpResponse(Protocol):
    """What requests' and httpx's responses have in common."""

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def content(self) -> bytes: ...


#: A brand's identifier set: the member for an identifier, or None when the brand does not have it.
Lookup: TypeAlias = Callable[[str], IdT | None]


def _header_text(value: object) -> str:
    """A header value as fetch reads it: bytes as Latin-1 (one character per byte), without whitespace around it."""
    text = bytes(value).decode("latin-1") if isinstance(value, bytes | bytearray) else str(value)
    return text.strip(" \t\r\n")


def header_value(headers: Headers, name: str) -> str | None:
    """The header's values joined by ", " (names compared without case), or None when it is absent."""
    wanted = name.lower()
    try:
        pairs = headers.items() if isinstance(headers, Mapping) else headers
        values = [_header_text(value) for key, value in pairs if str(key).lower() == wanted]
    except (TypeError, ValueError):
        return None
    return ", ".join(values) if values else None


def _as_bytes(body: object) -> bytes:
    if isinstance(body, bytes | bytearray | memoryview):
        return bytes(body)
    if isinstance(body, str):
        return body.encode("utf-8", "surrogatepass")
    return b""


def classify_reply(
    lookup: Lookup[IdT],
    request_id_header: str,
    status: int,
    headers: Headers,
    body: bytes,
    secrets: Iterable[str] = (),
    max_body_bytes: int = MAX_BODY_BYTES,
) -> ApiError[IdT] | UnknownApiError | UnexpectedResponse:
    mask = Masker(secrets)
    request_id = header_value(headers, request_id_header)
    request_id = None if request_id is None else mask.keep(request_id)
    raw = _as_bytes(body)
    # The body's text is masked before it is parsed, as the TypeScript client masks it.
    text = mask(decode_utf8(raw[:max_body_bytes]))

    def unexpected(reason: Reason) -> UnexpectedResponse:
        content_type = header_value(headers, "content-type")
        return UnexpectedResponse(
            status=status,
            reason=reason,
            content_type=None if content_type is None else mask.keep(content_type),
            request_id=request_id,
            body=mask.keep(text),
        )

    if len(raw) > max_body_bytes:
        return unexpected("too-large")
    if text == "":
        return unexpected("empty-body")
    try:
        value = parse_json(text)
    except NotJson:
        return unexpected("not-json")
    # A JSON string is what a plain text body reads as in the TypeScript client: not JSON, or empty.
    if isinstance(value, str):
        return unexpected("not-json" if value else "empty-body")
    if not isinstance(value, dict):
        return unexpected("wrong-shape")
    identifier, message = value.get("identifier"), value.get("message")
    if not isinstance(identifier, str) or not isinstance(message, str):
        return unexpected("wrong-shape")
    kept_message = mask.keep(well_formed(message))
    known = lookup(identifier)
    if known is None:
        return UnknownApiError(
            status=status,
            identifier=mask.keep(well_formed(identifier)),
            message=kept_message,
            request_id=request_id,
            body=mask.keep(text),
        )
    return ApiError(
        status=status,
        identifier=known,
        message=kept_message,
        explanation=known.explanation,
        retryable=known.retryable,
        docs_url=known.docs_url,
        request_id=request_id,
        body=mask.keep(text),
    )


def classify_http_response(
    lookup: Lookup[IdT],
    request_id_header: str,
    response: HttpResponse,
    secrets: Iterable[str] = (),
    max_body_bytes: int = MAX_BODY_BYTES,
) -> ApiError[IdT] | UnknownApiError | UnexpectedResponse:
    content = response.content
    # One byte past the limit is enough to tell a body too large.
    body = content[: max_body_bytes + 1] if isinstance(content, bytes | bytearray | memoryview) else b""
    return classify_reply(
        lookup, request_id_header, int(response.status_code), response.headers, bytes(body), secrets, max_body_bytes
    )
