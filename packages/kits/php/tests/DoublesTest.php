<?php

declare(strict_types=1);

namespace ErrorContract\Tests;

use ErrorContract\ApiError;
use ErrorContract\Idenfy;
use ErrorContract\Secrets;
use PHPUnit\Framework\TestCase;

/**
 * The test doubles: each, as the PSR-7 response Guzzle's MockHandler would hand back, classifies as its corpus case.
 * Guzzle itself is not installed here (Debian ships guzzlehttp/psr7 alone), so the responses go straight to the
 * kit's PSR-7 adapter, which is what a MockHandler-backed client's response reaches.
 */
final class DoublesTest extends TestCase
{
    /** @return iterable<string, array{array<string, mixed>, array<string, mixed>}> */
    public static function doubles(): iterable
    {
        foreach (Corpus::all() as $corpus) {
            foreach ($corpus['doubles'] as $double) {
                yield "{$corpus['brand']}: {$double['operation']} {$double['identifier']}" => [$corpus, $double];
            }
        }
    }

    /**
     * @dataProvider doubles
     * @param array<string, mixed> $corpus
     * @param array<string, mixed> $double
     */
    public function testDouble(array $corpus, array $double): void
    {
        $namespace = 'ErrorContract\\' . ucfirst($corpus['brand']) . '\\';
        $case = current(array_filter($corpus['cases'], static fn (array $case): bool => $case['name'] === $double['case']));
        $this->assertIsArray($case, "no corpus case {$double['case']}");
        $credentials = $corpus['credentials'][$case['credentials']];
        $identifier = ($namespace . 'ErrorIdentifier')::from($double['identifier']);

        $response = ($namespace . 'Doubles')::{$double['operation']}($identifier);
        $headers = [];
        foreach ($response->getHeaders() as $name => $values) {
            foreach ($values as $value) {
                $headers[] = [$name, $value];
            }
        }
        $this->assertSame(
            [$case['reply']['status'], $case['reply']['headers'], Corpus::body($case['reply'])],
            [$response->getStatusCode(), $headers, (string) $response->getBody()],
        );
        $response->getBody()->rewind();
        $failure = ($namespace . 'Errors')::classifyResponse(
            $response,
            Secrets::basicAuth($credentials['apiKey'], $credentials['apiSecret']),
        );

        $want = $case['want'];
        $got = Corpus::outcome($failure);
        ksort($want);
        ksort($got);
        $this->assertSame($want, $got);
    }

    /**
     * @dataProvider corpora
     * @param array<string, mixed> $corpus
     */
    public function testThereIsADoubleForExactlyTheCorpusDoubles(array $corpus): void
    {
        $table = ('ErrorContract\\' . ucfirst($corpus['brand']) . '\\Doubles')::TABLE;
        $offered = [];
        foreach ($table as $operation => [, , , , $bodies]) {
            foreach (array_keys($bodies) as $identifier) {
                $offered[] = "{$operation} {$identifier}";
            }
        }
        $this->assertSame(
            array_map(static fn (array $double): string => "{$double['operation']} {$double['identifier']}", $corpus['doubles']),
            $offered,
        );
    }

    /** @return iterable<string, array{array<string, mixed>}> */
    public static function corpora(): iterable
    {
        foreach (Corpus::all() as $corpus) {
            yield $corpus['brand'] => [$corpus];
        }
    }

    public function testADoubleTakesAMessageAndARequestId(): void
    {
        $response = Idenfy\Doubles::createToken(Idenfy\ErrorIdentifier::BAD_VALUE, 'Made up.', 'req-1');
        $failure = Idenfy\Errors::classifyResponse($response);
        $this->assertInstanceOf(ApiError::class, $failure);
        $this->assertSame([Idenfy\ErrorIdentifier::BAD_VALUE, 'Made up.', 'req-1'], [$failure->identifier, $failure->message, $failure->requestId]);
    }

    public function testAnIdentifierTheOperationCannotReturnIsRefusedByName(): void
    {
        $this->expectException(\InvalidArgumentException::class);
        $this->expectExceptionMessage('createToken cannot return TOKEN_NOT_VALID, so it has no double of it; it can return');
        Idenfy\Doubles::createToken(Idenfy\ErrorIdentifier::TOKEN_NOT_VALID);
    }
}
