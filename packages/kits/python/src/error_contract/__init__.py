"""
Typed standard API errors of the IVS Core API, generated from its spec.

Each brand has its module, ``error_contract.<brand>``, with its ``ErrorIdentifier`` StrEnum, ``classify`` and
``classify_response``. The outcomes and helpers every brand shares live here, naming no brand.
"""

from ._classify import Headers, HttpResponse
from ._limits import MASK_CHUNK, MAX_BODY_BYTES, MAX_DEPTH, MIN_SECRET_LENGTH, TEXT_LIMIT
from ._outcomes import ApiError, Identifier, Reason, UnexpectedResponse, UnknownApiError
from ._text import basic_auth_secrets

__all__ = [
    "MASK_CHUNK",
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
