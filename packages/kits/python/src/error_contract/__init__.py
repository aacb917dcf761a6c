"""
Typed standard API errors of the IVS Core API, generated from its spec.

Each brand has its module, ``error_contract.<brand>``, with its ``ErrorIdentifier`` StrEnum, ``classify`` and
``classify_response``. The outcomes and helpers every brand shares live here, naming no brand.
"""

from ._classify import MAX_BODY_BYTES, Headers, HttpResponse, basic_auth_secrets
from ._json import MAX_DEPTH
from ._outcomes import ApiError, Identifier, Reason, UnexpectedResponse, UnknownApiError
from ._text import MIN_SECRET_LENGTH
from ._text_limit import TEXT_LIMIT

__all__ = [
    "MAX_BODY_BYTES",
    "MAX_DEPTH",
    "MIN_SECRET_LENGTH",
    "TEXT_LIMIT",
    "ApiError",
    "Headers",
    "HttpResponse",
    "Identifier",
    "Reason",
    "UnexpectedResponse",
    "UnknownApiError",
    "basic_auth_secrets",
]
