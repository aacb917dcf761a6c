"""
Typed standard API errors of the iDenfy and Mark ID APIs, generated from the error-contract spec.

Each brand has its module, ``error_contract.idenfy`` and ``error_contract.markid``, with its ``ErrorIdentifier``
StrEnum, ``classify`` and ``classify_response``. The outcomes and helpers shared by both brands live here.
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
