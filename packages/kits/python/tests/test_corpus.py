"""The shared corpus: every case must classify exactly as the TypeScript client classifies it."""

from __future__ import annotations

import importlib
import json
from dataclasses import asdict
from typing import Any

import pytest

import error_contract
from error_contract import basic_auth_secrets

from corpus import body_bytes, corpora, outcome

CASES = [(corpus, case) for corpus in corpora() for case in corpus["cases"]]


@pytest.mark.parametrize(
    ("corpus", "case"), CASES, ids=[f"{corpus['brand']}: {case['name']}" for corpus, case in CASES]
)
def test_corpus(corpus: dict[str, Any], case: dict[str, Any]) -> None:
    brand = importlib.import_module(f"error_contract.{corpus['brand']}")
    credentials = corpus["credentials"][case["credentials"]]
    secrets = basic_auth_secrets(credentials["apiKey"], credentials["apiSecret"])
    reply = case["reply"]
    headers = [(name, value) for name, value in reply["headers"]]

    failure = brand.classify(reply["status"], headers, body_bytes(reply), secrets)

    assert outcome(failure) == case["want"]
    shown = [str(failure), repr(failure), json.dumps(asdict(failure)), *map(str, asdict(failure).values())]
    for probe in credentials["leakProbes"]:
        for text in shown:
            assert probe not in text


@pytest.mark.parametrize("corpus", corpora(), ids=lambda corpus: corpus["brand"])
def test_the_limits_are_the_corpus_limits(corpus: dict[str, Any]) -> None:
    assert {name: getattr(error_contract, name) for name in corpus["limits"]} == corpus["limits"]


@pytest.mark.parametrize("corpus", corpora(), ids=lambda corpus: corpus["brand"])
def test_secrets_are_accepted_or_refused_as_the_corpus_says(corpus: dict[str, Any]) -> None:
    for check in corpus["secretChecks"]:
        if check["accepted"]:
            assert basic_auth_secrets("corpus-key", check["apiSecret"])
        else:
            with pytest.raises(ValueError, match="so that it can be masked"):
                basic_auth_secrets("corpus-key", check["apiSecret"])
