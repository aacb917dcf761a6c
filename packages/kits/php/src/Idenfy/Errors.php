<?php

// Generated from spec/dist/idenfy/openapi.json by packages/kits/codegen. Do not edit: run `pnpm generate`.

declare(strict_types=1);

namespace ErrorContract\Idenfy;

use ErrorContract\Classifier;
use ErrorContract\Failure;
use ErrorContract\Limits;
use Psr\Http\Message\ResponseInterface;

/** Classifies the failed replies of the iDenfy IVS Core API into exactly one Failure. Never throws. */
final class Errors
{
    /** The response header that carries the request id. */
    public const REQUEST_ID_HEADER = 'X-Request-Id';

    /**
     * Classifies a failed reply; a body longer than Limits::MAX_BODY_BYTES is too-large.
     *
     * @param array<string, string|list<string>> $headers names compared without case, values as the bytes that came
     * @param iterable<string> $secrets each masked as *** in every form, in every text kept (Secrets::basicAuth)
     */
    public static function classify(int $status, array $headers, string $body, iterable $secrets = []): Failure
    {
        return Classifier::classify(ErrorIdentifier::tryFrom(...), self::REQUEST_ID_HEADER, $status, $headers, $body, $secrets);
    }

    /**
     * Classifies a failed PSR-7 response; past $maxBodyBytes of its body it is too-large, and no more is read.
     *
     * @param iterable<string> $secrets each masked as *** in every form, in every text kept (Secrets::basicAuth)
     */
    public static function classifyResponse(
        ResponseInterface $response,
        iterable $secrets = [],
        int $maxBodyBytes = Limits::MAX_BODY_BYTES,
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
