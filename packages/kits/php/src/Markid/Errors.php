<?php

// Generated from spec/dist/markid/openapi.json by packages/kits/codegen. Do not edit: run `pnpm generate`.

declare(strict_types=1);

namespace ErrorContract\Markid;

use ErrorContract\Classifier;
use ErrorContract\Failure;
use Psr\Http\Message\ResponseInterface;

/** Classifies the failed replies of the Mark ID IVS Core API into exactly one Failure. Never throws. */
final class Errors
{
    /** The response header that carries the request id. */
    public const REQUEST_ID_HEADER = 'X-Request-Id';

    /**
     * @param array<string, string|list<string>> $headers names compared without case
     * @param iterable<string> $secrets each masked as *** in every text kept
     */
    public static function classify(int $status, array $headers, string $body, iterable $secrets = []): Failure
    {
        return Classifier::classify(ErrorIdentifier::tryFrom(...), self::REQUEST_ID_HEADER, $status, $headers, $body, $secrets);
    }

    /**
     * Classifies a failed PSR-7 response from at most $maxBodyBytes of its body.
     *
     * @param iterable<string> $secrets each masked as *** in every text kept
     */
    public static function classifyResponse(
        ResponseInterface $response,
        iterable $secrets = [],
        int $maxBodyBytes = Classifier::MAX_BODY_BYTES,
    ): Failure {
        return Classifier::classifyResponse(
            ErrorIdentifier::tryFrom(...),
            self::REQUEST_ID_HEADER,
            $response,
            $secrets,
            $maxBodyBytes,
        );
    }
}
