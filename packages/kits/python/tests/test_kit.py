"""What the kit adds to the corpus: its identifier types, its limits, the response adapter, and robustness."""

from __future__ import annotations

import json
import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

import pytest

from error_contract import (
    MAX_BODY_BYTES,
    MAX_DEPTH,
    TEXT_LIMIT,
    ApiError,
    UnexpectedResponse,
    UnknownApiError,
    basic_auth_secrets,
)
from error_contract import idenfy, markid


def error_body(identifier: str = "BAD_VALUE", message: str = "Bad.", **extra: object) -> bytes:
    return json.dumps({"identifier": identifier, "message": message, **extra}).encode()


@dataclass
class FakeResponse:
    """What requests and httpx responses have: status_code, a case-insensitive headers mapping, content."""

    status_code: int
    content: bytes
    headers: Mapping[str, str] = field(default_factory=dict)


def test_identifiers_are_str_enums_with_their_contract() -> None:
    for brand in (idenfy, markid):
        assert issubclass(brand.ErrorIdentifier, StrEnum)
        for member in brand.ErrorIdentifier:
            assert member == member.value
            assert member.explanation
            assert isinstance(member.retryable, bool)
            assert member.docs_url.endswith(f"#{member.value}")
            assert brand.lookup(member.value) is member
    assert idenfy.ErrorIdentifier.INTERNAL_ERROR.retryable is True
    assert "PERMISSIONS_ERROR" in markid.ErrorIdentifier.__members__
    assert "PERMISSIONS_ERROR" not in idenfy.ErrorIdentifier.__members__


@pytest.mark.parametrize("text", ["", "bad_value", "__proto__", "BAD_VALUE ", "\ud800"])
def test_lookup_returns_none_for_other_strings(text: str) -> None:
    assert idenfy.lookup(text) is None


def test_a_standard_error_is_typed_and_matches_by_member() -> None:
    failure = markid.classify(400, {"X-Request-Id": "r-1"}, error_body("PERMISSIONS_ERROR", "Partner reached token limit."))
    match failure:
        case ApiError(identifier=markid.ErrorIdentifier.PERMISSIONS_ERROR, request_id=request_id):
            assert request_id == "r-1"
        case _:
            pytest.fail(f"not matched: {failure!r}")
    assert str(failure).startswith("PERMISSIONS_ERROR (HTTP 400, request id r-1): Partner reached token limit. See ")


def test_nesting_up_to_max_depth_parses_and_deeper_is_not_json() -> None:
    def nested(depth: int) -> bytes:
        return b'{"identifier":"BAD_VALUE","message":"m","x":' + b"[" * (depth - 1) + b"]" * (depth - 1) + b"}"

    assert isinstance(idenfy.classify(400, {}, nested(MAX_DEPTH)), ApiError)
    deeper = idenfy.classify(400, {}, nested(MAX_DEPTH + 1))
    assert isinstance(deeper, UnexpectedResponse) and deeper.reason == "not-json"


def test_texts_are_cut_to_the_text_limit() -> None:
    failure = idenfy.classify(400, {"X-Request-Id": "r" * 5000}, error_body("X" * 5000, "m" * 5000))
    assert isinstance(failure, UnknownApiError)
    assert (len(failure.identifier), len(failure.message), len(failure.request_id or "")) == (TEXT_LIMIT,) * 3
    assert len(failure.body) == TEXT_LIMIT


def test_a_secret_across_the_cut_is_masked_before_it() -> None:
    secret = "s3cr3t-value-42"
    message = "m" * (TEXT_LIMIT - 5) + secret
    failure = idenfy.classify(400, {}, error_body(message=message), [secret])
    assert isinstance(failure, ApiError) and failure.message == "m" * (TEXT_LIMIT - 5) + "***"


def test_credentials_with_a_secret_too_short_to_mask_are_refused_and_any_secret_given_is_masked() -> None:
    with pytest.raises(ValueError, match="apiSecret must be at least 8 characters, so that it can be masked"):
        basic_auth_secrets("key", "short")
    failure = idenfy.classify(400, {}, error_body(message="a short secret"), ["short"])
    assert isinstance(failure, ApiError) and failure.message == "a *** secret"


def test_a_secret_longer_than_the_text_cut_is_masked_whole_in_every_text() -> None:
    secret = "s3cr3t/" * 1000
    secrets = basic_auth_secrets("key", secret)
    body = json.dumps({"identifier": "BAD_VALUE", "message": secret, "basic": secrets[1]}).encode()
    failure = idenfy.classify(400, {"X-Request-Id": secret.replace("/", "\\/")}, body, secrets)
    assert isinstance(failure, ApiError)
    assert (failure.message, failure.request_id) == ("***", "***")
    assert failure.body == '{"identifier": "BAD_VALUE", "message": "***", "basic": "***"}'


def test_the_adapter_reads_status_headers_and_a_bounded_body() -> None:
    response = FakeResponse(429, error_body("NOT_A_SPEC_IDENTIFIER", "Slow down."), {"x-request-id": "r-2"})
    failure = idenfy.classify_response(response)
    assert isinstance(failure, UnknownApiError)
    assert (failure.status, failure.identifier, failure.request_id) == (429, "NOT_A_SPEC_IDENTIFIER", "r-2")

    padded = FakeResponse(400, error_body() + b" " * 100)
    assert isinstance(idenfy.classify_response(padded, max_body_bytes=len(padded.content)), ApiError)
    cut = idenfy.classify_response(padded, max_body_bytes=len(padded.content) - 1)
    assert isinstance(cut, UnexpectedResponse) and cut.reason == "too-large"
    assert cut.body == padded.content[:-1].decode()[:TEXT_LIMIT]
    huge = FakeResponse(400, b" " * (MAX_BODY_BYTES + 1))
    assert idenfy.classify_response(huge) == idenfy.classify(400, {}, huge.content)


def test_header_bytes_are_read_as_latin_1_without_the_whitespace_around_them() -> None:
    failure = idenfy.classify(400, [("X-Request-Id", b" caf\xe9 \xff\t")], error_body())  # type: ignore[list-item]
    assert isinstance(failure, ApiError) and failure.request_id == "caf\u00e9 \u00ff"


def test_the_adapter_takes_a_requests_response() -> None:
    requests = pytest.importorskip("requests")
    response = requests.Response()
    response.status_code = 400
    response.headers["X-REQUEST-ID"] = "r-3"
    response._content = error_body("UNAUTHORIZED", "No.")
    failure = idenfy.classify_response(response)
    assert isinstance(failure, ApiError)
    assert (failure.identifier, failure.request_id) == (idenfy.ErrorIdentifier.UNAUTHORIZED, "r-3")


def test_never_raises_on_any_input() -> None:
    generator = random.Random(20261202)
    pieces = [b"{", b"}", b"[", b"]", b'"', b"\\", b"identifier", b"message", b":", b",", b"\xff", b"\xed\xa0", b"1e999", b"null"]
    for _ in range(3000):
        if generator.random() < 0.5:
            body = bytes(generator.randrange(256) for _ in range(generator.randrange(40)))
        else:
            body = b"".join(generator.choice(pieces) for _ in range(generator.randrange(30)))
        status = generator.choice([0, 100, 400, 401, 429, 500, 599, 999])
        failure = markid.classify(status, [("X-Request-Id", body.decode("latin-1"))], body, ["identifier"])
        assert isinstance(failure, ApiError | UnknownApiError | UnexpectedResponse)
        str(failure)
    assert isinstance(idenfy.classify(400, {}, None, [None]), UnexpectedResponse)  # type: ignore[arg-type, list-item]
    assert isinstance(idenfy.classify(400, None, error_body()), ApiError)  # type: ignore[arg-type]
