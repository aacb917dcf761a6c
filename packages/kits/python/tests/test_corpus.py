"""The shared corpus: every case must classify exactly as the TypeScript client classifies it."""

from __future__ import annotations

import importlib
from dataclasses import asdict
from typing import Any

import pytest

from error_contract import basic_auth_secrets

from corpus import body_bytes, corpora, outcome

CASES = [(corpus, case) for corpus in corpora() for case in corpus["cases"]]


@pytest.mark.parametrize(
    ("corpus", "case"), CASES, ids=[f"{corpus['brand']}: {case['name']}" for corpus, case in CASES]
)
def test_corpus(corpus: dict[str, Any], case: dict[str, Any]) -> None:
    brand = importlib.import_module(f"error_contract.{corpus['brand']}")
    secrets = basic_auth_secrets(corpus["credentials"]["apiKey"], corpus["credentials"]["apiSecret"])
    reply = case["reply"]
    headers = [(name, value) for name, value in reply["headers"]]

    failure = brand.classify(reply["status"], headers, body_bytes(reply), secrets)

    assert outcome(failure) == case["want"]
    for shown in (str(failure), repr(failure), *map(str, asdict(failure).values())):
        for secret in secrets:
            assert secret not in shown
