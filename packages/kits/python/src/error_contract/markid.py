# Generated from spec/dist/markid/openapi.json by packages/kits/codegen. Do not edit: run `pnpm generate`.
"""The standard API errors of the Mark ID IVS Core API: its identifiers, and the classifier of its failed replies."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, TypeAlias

from ._classify import Headers, HttpResponse, classify_http_response, classify_reply
from ._limits import MAX_BODY_BYTES
from ._outcomes import ApiError, Identifier, UnexpectedResponse, UnknownApiError

#: The response header that carries the request id.
REQUEST_ID_HEADER: Final = "X-Request-Id"


class ErrorIdentifier(Identifier):
    """The identifiers of the Mark ID IVS Core API's standard API errors, exactly the enum of its spec."""

    INTERNAL_ERROR = "INTERNAL_ERROR"
    """Unhandled unknown internal error at *Mark ID's* API side."""

    BAD_VALUE = "BAD_VALUE"
    """Supplied value is not valid."""

    MISSING_VALUE = "MISSING_VALUE"
    """Expected a supplied value but got none."""

    UNAUTHORIZED = "UNAUTHORIZED"
    """Missing API key/secret in HTTP headers or API key/secret not valid."""

    ENCODING_ERROR = "ENCODING_ERROR"
    """Failed to encode/decode object."""

    JSON_ERROR = "JSON_ERROR"
    """Malformed JSON body."""

    TOKEN_NOT_VALID = "TOKEN_NOT_VALID"
    """Verification token is not valid or expired."""

    PARTNER_CONTRACT_ERROR = "PARTNER_CONTRACT_ERROR"
    """A partner can not do a requested action because of the signed contract."""

    METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"
    """Wrong HTTP method."""

    PERMISSIONS_ERROR = "PERMISSIONS_ERROR"
    """Insufficient permissions for the request."""

    @property
    def explanation(self) -> str:
        return _CATALOG[self][0]

    @property
    def retryable(self) -> bool:
        """Can sending the same request again succeed?"""
        return _CATALOG[self][1]

    @property
    def docs_url(self) -> str:
        """The identifier's entry on the brand's errors page."""
        return _CATALOG[self][2]


_CATALOG: Final[dict[ErrorIdentifier, tuple[str, bool, str]]] = {
    ErrorIdentifier.INTERNAL_ERROR: (
        "Unhandled unknown internal error at *Mark ID's* API side.",
        True,
        "https://docs.ivs.markid.eu/markid/handbook.html#INTERNAL_ERROR",
    ),
    ErrorIdentifier.BAD_VALUE: (
        "Supplied value is not valid.",
        False,
        "https://docs.ivs.markid.eu/markid/handbook.html#BAD_VALUE",
    ),
    ErrorIdentifier.MISSING_VALUE: (
        "Expected a supplied value but got none.",
        False,
        "https://docs.ivs.markid.eu/markid/handbook.html#MISSING_VALUE",
    ),
    ErrorIdentifier.UNAUTHORIZED: (
        "Missing API key/secret in HTTP headers or API key/secret not valid.",
        False,
        "https://docs.ivs.markid.eu/markid/handbook.html#UNAUTHORIZED",
    ),
    ErrorIdentifier.ENCODING_ERROR: (
        "Failed to encode/decode object.",
        False,
        "https://docs.ivs.markid.eu/markid/handbook.html#ENCODING_ERROR",
    ),
    ErrorIdentifier.JSON_ERROR: (
        "Malformed JSON body.",
        False,
        "https://docs.ivs.markid.eu/markid/handbook.html#JSON_ERROR",
    ),
    ErrorIdentifier.TOKEN_NOT_VALID: (
        "Verification token is not valid or expired.",
        False,
        "https://docs.ivs.markid.eu/markid/handbook.html#TOKEN_NOT_VALID",
    ),
    ErrorIdentifier.PARTNER_CONTRACT_ERROR: (
        "A partner can not do a requested action because of the signed contract.",
        False,
        "https://docs.ivs.markid.eu/markid/handbook.html#PARTNER_CONTRACT_ERROR",
    ),
    ErrorIdentifier.METHOD_NOT_ALLOWED: (
        "Wrong HTTP method.",
        False,
        "https://docs.ivs.markid.eu/markid/handbook.html#METHOD_NOT_ALLOWED",
    ),
    ErrorIdentifier.PERMISSIONS_ERROR: (
        "Insufficient permissions for the request.",
        False,
        "https://docs.ivs.markid.eu/markid/handbook.html#PERMISSIONS_ERROR",
    ),
}

_BY_VALUE: Final[dict[str, ErrorIdentifier]] = {member.value: member for member in ErrorIdentifier}

#: What classifying a failed reply gives: exactly one of the three.
Failure: TypeAlias = ApiError[ErrorIdentifier] | UnknownApiError | UnexpectedResponse


def lookup(identifier: str) -> ErrorIdentifier | None:
    """The member for an identifier of the set, or None (never an exception) for any other string."""
    return _BY_VALUE.get(identifier)


def classify(status: int, headers: Headers, body: bytes, secrets: Iterable[str] = ()) -> Failure:
    """
    Classifies a failed reply; a body longer than MAX_BODY_BYTES is ``too-large``. Never raises. Each of ``secrets``
    (``basic_auth_secrets`` gives them) is masked as ``***`` in every form, in every text kept.
    """
    return classify_reply(lookup, REQUEST_ID_HEADER, status, headers, body, secrets)


def classify_response(
    response: HttpResponse, secrets: Iterable[str] = (), max_body_bytes: int = MAX_BODY_BYTES
) -> Failure:
    """Classifies a requests or httpx response; past ``max_body_bytes`` of body it is ``too-large``. Never raises."""
    return classify_http_response(lookup, REQUEST_ID_HEADER, response, secrets, max_body_bytes)
