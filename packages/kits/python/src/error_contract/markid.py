# Generated from spec/dist/markid/openapi.json by packages/kits/codegen. Do not edit: run `pnpm generate`.
"""The standard API errors of the Mark ID IVS Core API: its identifiers, and the classifier of its failed replies."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final, Literal, TypeAlias, overload

from ._classify import Headers, HttpResponse, classify_http_response, classify_reply
from ._doubles import Double, doubles_of, find_double
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


#: Test doubles: the reply the contract documents for each operation and each identifier it can return.
DOUBLES: Final[Mapping[str, Mapping[ErrorIdentifier, Double]]] = {
    "createToken": doubles_of(
        "POST",
        "/api/v2/token",
        400,
        (("Content-Type", "application/json"), ("X-Request-Id", "5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13")),
        {
            ErrorIdentifier.INTERNAL_ERROR: "{\"identifier\":\"INTERNAL_ERROR\",\"message\":\"Internal server error. Please try again later.\"}",
            ErrorIdentifier.BAD_VALUE: "{\"identifier\":\"BAD_VALUE\",\"message\":\"Field 'country' must be a valid ISO 3166-1 alpha-2 code.\"}",
            ErrorIdentifier.MISSING_VALUE: "{\"identifier\":\"MISSING_VALUE\",\"message\":\"Field 'clientId' is required.\"}",
            ErrorIdentifier.UNAUTHORIZED: "{\"identifier\":\"UNAUTHORIZED\",\"message\":\"Invalid API key or secret.\"}",
            ErrorIdentifier.ENCODING_ERROR: "{\"identifier\":\"ENCODING_ERROR\",\"message\":\"Request body is not valid UTF-8.\"}",
            ErrorIdentifier.JSON_ERROR: "{\"identifier\":\"JSON_ERROR\",\"message\":\"Request body is not valid JSON: Expecting ',' delimiter at line 1 column 24.\"}",
            ErrorIdentifier.PARTNER_CONTRACT_ERROR: "{\"identifier\":\"PARTNER_CONTRACT_ERROR\",\"message\":\"Your contract does not allow 'generateDigitString'.\"}",
            ErrorIdentifier.METHOD_NOT_ALLOWED: "{\"identifier\":\"METHOD_NOT_ALLOWED\",\"message\":\"Method \\\"GET\\\" not allowed.\"}",
            ErrorIdentifier.PERMISSIONS_ERROR: "{\"identifier\":\"PERMISSIONS_ERROR\",\"message\":\"Partner reached token limit.\"}",
        },
    ),
    "getVerificationStatus": doubles_of(
        "POST",
        "/api/v2/status",
        400,
        (("Content-Type", "application/json"), ("X-Request-Id", "5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13")),
        {
            ErrorIdentifier.INTERNAL_ERROR: "{\"identifier\":\"INTERNAL_ERROR\",\"message\":\"Internal server error. Please try again later.\"}",
            ErrorIdentifier.BAD_VALUE: "{\"identifier\":\"BAD_VALUE\",\"message\":\"Field 'country' must be a valid ISO 3166-1 alpha-2 code.\"}",
            ErrorIdentifier.MISSING_VALUE: "{\"identifier\":\"MISSING_VALUE\",\"message\":\"Field 'clientId' is required.\"}",
            ErrorIdentifier.UNAUTHORIZED: "{\"identifier\":\"UNAUTHORIZED\",\"message\":\"Invalid API key or secret.\"}",
            ErrorIdentifier.ENCODING_ERROR: "{\"identifier\":\"ENCODING_ERROR\",\"message\":\"Request body is not valid UTF-8.\"}",
            ErrorIdentifier.JSON_ERROR: "{\"identifier\":\"JSON_ERROR\",\"message\":\"Request body is not valid JSON: Expecting ',' delimiter at line 1 column 24.\"}",
            ErrorIdentifier.METHOD_NOT_ALLOWED: "{\"identifier\":\"METHOD_NOT_ALLOWED\",\"message\":\"Method \\\"GET\\\" not allowed.\"}",
        },
    ),
    "getVerificationData": doubles_of(
        "POST",
        "/api/v2/data",
        400,
        (("Content-Type", "application/json"), ("X-Request-Id", "5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13")),
        {
            ErrorIdentifier.INTERNAL_ERROR: "{\"identifier\":\"INTERNAL_ERROR\",\"message\":\"Internal server error. Please try again later.\"}",
            ErrorIdentifier.BAD_VALUE: "{\"identifier\":\"BAD_VALUE\",\"message\":\"Field 'country' must be a valid ISO 3166-1 alpha-2 code.\"}",
            ErrorIdentifier.MISSING_VALUE: "{\"identifier\":\"MISSING_VALUE\",\"message\":\"Field 'clientId' is required.\"}",
            ErrorIdentifier.UNAUTHORIZED: "{\"identifier\":\"UNAUTHORIZED\",\"message\":\"Invalid API key or secret.\"}",
            ErrorIdentifier.ENCODING_ERROR: "{\"identifier\":\"ENCODING_ERROR\",\"message\":\"Request body is not valid UTF-8.\"}",
            ErrorIdentifier.JSON_ERROR: "{\"identifier\":\"JSON_ERROR\",\"message\":\"Request body is not valid JSON: Expecting ',' delimiter at line 1 column 24.\"}",
            ErrorIdentifier.METHOD_NOT_ALLOWED: "{\"identifier\":\"METHOD_NOT_ALLOWED\",\"message\":\"Method \\\"GET\\\" not allowed.\"}",
        },
    ),
    "processVerification": doubles_of(
        "POST",
        "/api/v2/process",
        400,
        (("Content-Type", "application/json"), ("X-Request-Id", "5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13")),
        {
            ErrorIdentifier.INTERNAL_ERROR: "{\"identifier\":\"INTERNAL_ERROR\",\"message\":\"Internal server error. Please try again later.\"}",
            ErrorIdentifier.BAD_VALUE: "{\"identifier\":\"BAD_VALUE\",\"message\":\"Field 'country' must be a valid ISO 3166-1 alpha-2 code.\"}",
            ErrorIdentifier.MISSING_VALUE: "{\"identifier\":\"MISSING_VALUE\",\"message\":\"Field 'clientId' is required.\"}",
            ErrorIdentifier.UNAUTHORIZED: "{\"identifier\":\"UNAUTHORIZED\",\"message\":\"Invalid API key or secret.\"}",
            ErrorIdentifier.ENCODING_ERROR: "{\"identifier\":\"ENCODING_ERROR\",\"message\":\"Request body is not valid UTF-8.\"}",
            ErrorIdentifier.JSON_ERROR: "{\"identifier\":\"JSON_ERROR\",\"message\":\"Request body is not valid JSON: Expecting ',' delimiter at line 1 column 24.\"}",
            ErrorIdentifier.TOKEN_NOT_VALID: "{\"identifier\":\"TOKEN_NOT_VALID\",\"message\":\"Token is not valid, has expired or was already used.\"}",
            ErrorIdentifier.METHOD_NOT_ALLOWED: "{\"identifier\":\"METHOD_NOT_ALLOWED\",\"message\":\"Method \\\"GET\\\" not allowed.\"}",
        },
    ),
    "deleteVerificationData": doubles_of(
        "POST",
        "/api/v2/delete",
        400,
        (("Content-Type", "application/json"), ("X-Request-Id", "5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13")),
        {
            ErrorIdentifier.INTERNAL_ERROR: "{\"identifier\":\"INTERNAL_ERROR\",\"message\":\"Internal server error. Please try again later.\"}",
            ErrorIdentifier.BAD_VALUE: "{\"identifier\":\"BAD_VALUE\",\"message\":\"Field 'country' must be a valid ISO 3166-1 alpha-2 code.\"}",
            ErrorIdentifier.MISSING_VALUE: "{\"identifier\":\"MISSING_VALUE\",\"message\":\"Field 'clientId' is required.\"}",
            ErrorIdentifier.UNAUTHORIZED: "{\"identifier\":\"UNAUTHORIZED\",\"message\":\"Invalid API key or secret.\"}",
            ErrorIdentifier.ENCODING_ERROR: "{\"identifier\":\"ENCODING_ERROR\",\"message\":\"Request body is not valid UTF-8.\"}",
            ErrorIdentifier.JSON_ERROR: "{\"identifier\":\"JSON_ERROR\",\"message\":\"Request body is not valid JSON: Expecting ',' delimiter at line 1 column 24.\"}",
            ErrorIdentifier.METHOD_NOT_ALLOWED: "{\"identifier\":\"METHOD_NOT_ALLOWED\",\"message\":\"Method \\\"GET\\\" not allowed.\"}",
        },
    ),
}


@overload
def double(
    operation: Literal["createToken"],
    identifier: Literal[
        ErrorIdentifier.INTERNAL_ERROR,
        ErrorIdentifier.BAD_VALUE,
        ErrorIdentifier.MISSING_VALUE,
        ErrorIdentifier.UNAUTHORIZED,
        ErrorIdentifier.ENCODING_ERROR,
        ErrorIdentifier.JSON_ERROR,
        ErrorIdentifier.PARTNER_CONTRACT_ERROR,
        ErrorIdentifier.METHOD_NOT_ALLOWED,
        ErrorIdentifier.PERMISSIONS_ERROR,
    ],
    *,
    message: str | None = None,
    request_id: str | None = None,
) -> Double: ...


@overload
def double(
    operation: Literal["getVerificationStatus"],
    identifier: Literal[
        ErrorIdentifier.INTERNAL_ERROR,
        ErrorIdentifier.BAD_VALUE,
        ErrorIdentifier.MISSING_VALUE,
        ErrorIdentifier.UNAUTHORIZED,
        ErrorIdentifier.ENCODING_ERROR,
        ErrorIdentifier.JSON_ERROR,
        ErrorIdentifier.METHOD_NOT_ALLOWED,
    ],
    *,
    message: str | None = None,
    request_id: str | None = None,
) -> Double: ...


@overload
def double(
    operation: Literal["getVerificationData"],
    identifier: Literal[
        ErrorIdentifier.INTERNAL_ERROR,
        ErrorIdentifier.BAD_VALUE,
        ErrorIdentifier.MISSING_VALUE,
        ErrorIdentifier.UNAUTHORIZED,
        ErrorIdentifier.ENCODING_ERROR,
        ErrorIdentifier.JSON_ERROR,
        ErrorIdentifier.METHOD_NOT_ALLOWED,
    ],
    *,
    message: str | None = None,
    request_id: str | None = None,
) -> Double: ...


@overload
def double(
    operation: Literal["processVerification"],
    identifier: Literal[
        ErrorIdentifier.INTERNAL_ERROR,
        ErrorIdentifier.BAD_VALUE,
        ErrorIdentifier.MISSING_VALUE,
        ErrorIdentifier.UNAUTHORIZED,
        ErrorIdentifier.ENCODING_ERROR,
        ErrorIdentifier.JSON_ERROR,
        ErrorIdentifier.TOKEN_NOT_VALID,
        ErrorIdentifier.METHOD_NOT_ALLOWED,
    ],
    *,
    message: str | None = None,
    request_id: str | None = None,
) -> Double: ...


@overload
def double(
    operation: Literal["deleteVerificationData"],
    identifier: Literal[
        ErrorIdentifier.INTERNAL_ERROR,
        ErrorIdentifier.BAD_VALUE,
        ErrorIdentifier.MISSING_VALUE,
        ErrorIdentifier.UNAUTHORIZED,
        ErrorIdentifier.ENCODING_ERROR,
        ErrorIdentifier.JSON_ERROR,
        ErrorIdentifier.METHOD_NOT_ALLOWED,
    ],
    *,
    message: str | None = None,
    request_id: str | None = None,
) -> Double: ...


def double(operation: str, identifier: str, *, message: str | None = None, request_id: str | None = None) -> Double:
    """
    The reply the contract documents for ``operation`` and ``identifier`` (``message`` and ``request_id`` replace its
    own), served by ``.respx(router)`` or ``.responses(mock)``. Type checkers accept only the identifiers the
    operation can return; at run time any other raises ValueError.
    """
    return find_double(DOUBLES, operation, identifier).with_(message=message, request_id=request_id)
