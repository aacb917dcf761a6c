"""The test doubles: each, served by respx (httpx) and by responses (requests), classifies as its corpus case."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import requests
import respx
import responses

from error_contract import ApiError, basic_auth_secrets, idenfy

from corpus import body_bytes, corpora, outcome

DOUBLES = [(corpus, double) for corpus in corpora() for double in corpus["doubles"]]
IDS = [f"{corpus['brand']}: {double['operation']} {double['identifier']}" for corpus, double in DOUBLES]
BASE_URL = "https://api.example.test/base"


def want_of(corpus: dict[str, Any], double: dict[str, Any]) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The want of the double's case, and the secrets of the credentials its request was made with."""
    case = next(case for case in corpus["cases"] if case["name"] == double["case"])
    credentials = corpus["credentials"][case["credentials"]]
    return case["want"], basic_auth_secrets(credentials["apiKey"], credentials["apiSecret"])


@pytest.mark.parametrize(("corpus", "double"), DOUBLES, ids=IDS)
def test_double_is_its_case_reply(corpus: dict[str, Any], double: dict[str, Any]) -> None:
    brand = importlib.import_module(f"error_contract.{corpus['brand']}")
    reply = next(case for case in corpus["cases"] if case["name"] == double["case"])["reply"]
    served = brand.double(double["operation"], double["identifier"])
    assert (served.method, served.path) == (double["method"], double["path"])
    assert (served.status, [list(pair) for pair in served.headers], served.content) == (
        reply["status"],
        reply["headers"],
        body_bytes(reply),
    )


@pytest.fixture
def requests_mock() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=True) as mock:
        yield mock


@pytest.mark.parametrize(("corpus", "double"), DOUBLES, ids=IDS)
def test_double_through_respx(corpus: dict[str, Any], double: dict[str, Any], respx_mock: respx.MockRouter) -> None:
    brand = importlib.import_module(f"error_contract.{corpus['brand']}")
    want, secrets = want_of(corpus, double)
    route = brand.double(double["operation"], double["identifier"]).respx(respx_mock)

    failure = brand.classify_response(httpx.request(double["method"], BASE_URL + double["path"]), secrets)

    assert route.called
    assert outcome(failure) == want


@pytest.mark.parametrize(("corpus", "double"), DOUBLES, ids=IDS)
def test_double_through_responses(
    corpus: dict[str, Any], double: dict[str, Any], requests_mock: responses.RequestsMock
) -> None:
    brand = importlib.import_module(f"error_contract.{corpus['brand']}")
    want, secrets = want_of(corpus, double)
    brand.double(double["operation"], double["identifier"]).responses(requests_mock)

    failure = brand.classify_response(requests.request(double["method"], BASE_URL + double["path"]), secrets)

    assert outcome(failure) == want


@pytest.mark.parametrize("corpus", corpora(), ids=lambda corpus: corpus["brand"])
def test_there_is_a_double_for_exactly_the_corpus_doubles(corpus: dict[str, Any]) -> None:
    brand = importlib.import_module(f"error_contract.{corpus['brand']}")
    offered = [(operation, str(identifier)) for operation, table in brand.DOUBLES.items() for identifier in table]
    assert offered == [(double["operation"], double["identifier"]) for double in corpus["doubles"]]


def test_a_double_takes_a_message_and_a_request_id(respx_mock: respx.MockRouter) -> None:
    idenfy.double("createToken", idenfy.ErrorIdentifier.BAD_VALUE, message="Made up.", request_id="req-1").respx(
        respx_mock
    )
    failure = idenfy.classify_response(httpx.post("https://ivs.idenfy.com/api/v2/token"))
    assert isinstance(failure, ApiError)
    assert (failure.identifier, failure.message, failure.request_id) == (idenfy.ErrorIdentifier.BAD_VALUE, "Made up.", "req-1")


def test_an_identifier_the_operation_cannot_return_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="createToken cannot return TOKEN_NOT_VALID, so it has no double of it; it can"):
        idenfy.double("createToken", "TOKEN_NOT_VALID")  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="No operation 'createTokens'; the operations are createToken, "):
        idenfy.double("createTokens", "BAD_VALUE")  # type: ignore[call-overload]


def test_a_responses_double_answers_only_its_operation(requests_mock: responses.RequestsMock) -> None:
    idenfy.double("createToken", idenfy.ErrorIdentifier.UNAUTHORIZED).responses(requests_mock)
    with pytest.raises(requests.ConnectionError):
        requests.post("https://ivs.idenfy.com/api/v2/status")
    assert requests.post("https://ivs.idenfy.com/api/v2/token").status_code == 400
