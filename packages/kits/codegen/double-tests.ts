/**
 * The handbook's unit tests built on a kit's test double, one per language, for an operation and an identifier it
 * can return: pytest with respx, `go test` with httptest.NewServer, PHPUnit with a PSR-7 response. The docs show
 * them under "Handle it"; the kits' tests run them as the docs show them.
 */
import { type BrandBundle, operationById, requestExampleOf } from '@error-contract/spec/bundle';
import { matrixOf } from '@error-contract/spec/reproductions';
import { brandById } from '@error-contract/spec/workspace';
import { goModule } from './go.ts';
import { camel, phpNamespace, quoted } from './names.ts';

export interface DoubleTestCell {
  brand: string;
  operationId: string;
  /** The operation's path, which the test's request goes to. */
  path: string;
  identifier: string;
  /** The operation's request example, which the test sends. */
  requestBody: Record<string, unknown>;
}

export interface DoubleTests {
  python: string;
  go: string;
  php: string;
}

/** The cell each identifier's tests use: the first operation that can return it, in the brand's matrix. */
export function doubleTestCells(brand: string, bundle: BrandBundle): DoubleTestCell[] {
  const seen = new Set<string>();
  return matrixOf(bundle).cells.flatMap(({ operationId, identifier }) => {
    if (seen.has(identifier)) return [];
    seen.add(identifier);
    const operation = operationById(bundle, operationId);
    return [{ brand, operationId, path: operation.path, identifier, requestBody: requestExampleOf(bundle, operation) }];
  });
}

/** A JSON value as a Python literal. */
const pythonLiteral = (value: unknown): string => {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(pythonLiteral).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([key, item]) => `${quoted(key)}: ${pythonLiteral(item)}`)
    .join(', ')}}`;
};

/** A Go string literal: raw when it can be, so JSON reads as it is. */
const goString = (text: string) => (text.includes('`') ? quoted(text) : `\`${text}\``);

export function doubleTests({ brand, operationId, path, identifier, requestBody }: DoubleTestCell): DoubleTests {
  const url = brandById(brand).serverUrl.replace(/\/$/, '') + path;
  const body = JSON.stringify(requestBody);
  const name = camel(identifier);
  const python = `import httpx
import respx
from error_contract import ApiError, ${brand}


def test_handles_${identifier.toLowerCase()}(respx_mock: respx.MockRouter) -> None:
    ${brand}.double(${quoted(operationId)}, ${brand}.ErrorIdentifier.${identifier}).respx(respx_mock)
    failure = ${brand}.classify_response(httpx.post(${quoted(url)}, json=${pythonLiteral(requestBody)}))
    assert isinstance(failure, ApiError) and failure.identifier is ${brand}.ErrorIdentifier.${identifier}
`;
  const go = `package handle_test

import (
\t"errors"
\t"net/http"
\t"net/http/httptest"
\t"strings"
\t"testing"

\t"${goModule(brand).path}"
)

func TestHandles${name}(t *testing.T) {
\tserver := httptest.NewServer(${brand}.Doubles.${operationId.replace(/^./, (first) => first.toUpperCase())}.${name}())
\tdefer server.Close()
\tresponse, err := http.Post(server.URL+${quoted(path)}, "application/json", strings.NewReader(${goString(body)}))
\tif err != nil {
\t\tt.Fatal(err)
\t}
\tvar apiError *${brand}.APIError
\tif !errors.As(${brand}.ClassifyResponse(response), &apiError) || apiError.Identifier != ${brand}.${name} {
\t\tt.Fatalf("want ${identifier}, got %v", apiError)
\t}
}
`;
  const namespace = `ErrorContract\\${phpNamespace(brand)}`;
  const php = `<?php

declare(strict_types=1);

use ErrorContract\\ApiError;
use ${namespace}\\Doubles;
use ${namespace}\\ErrorIdentifier;
use ${namespace}\\Errors;
use PHPUnit\\Framework\\TestCase;

final class Handles${name}Test extends TestCase
{
    public function testHandles${name}(): void
    {
        // With Guzzle: new Client(['handler' => HandlerStack::create(new MockHandler([$response]))])
        $response = Doubles::${operationId}(ErrorIdentifier::${identifier});
        $failure = Errors::classifyResponse($response);
        $this->assertInstanceOf(ApiError::class, $failure);
        $this->assertSame(ErrorIdentifier::${identifier}, $failure->identifier);
    }
}
`;
  return { python, go, php };
}
