<?php

// Generated from spec/dist/idenfy/openapi.json by packages/kits/codegen. Do not edit: run `pnpm generate`.

declare(strict_types=1);

namespace ErrorContract\Idenfy;

use ErrorContract\Double;
use Psr\Http\Message\ResponseInterface;

/**
 * Test doubles of the iDenfy IVS Core API's standard API errors: Doubles::createToken(ErrorIdentifier::BAD_VALUE) is the
 * reply the contract documents, a PSR-7 response for Guzzle's MockHandler ($message and $requestId replace its own).
 * An identifier the operation cannot return throws InvalidArgumentException. Needs guzzlehttp/psr7.
 */
final class Doubles
{
    /** @var array<string, array{string, string, int, list<array{string, string}>, array<string, string>}> */
    public const TABLE = [
        'createToken' => ['POST', '/api/v2/token', 400, [['Content-Type', 'application/json'], ['X-Request-Id', '5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13']], [
            'INTERNAL_ERROR' => '{"identifier":"INTERNAL_ERROR","message":"Internal server error. Please try again later."}',
            'BAD_VALUE' => '{"identifier":"BAD_VALUE","message":"Field \'country\' must be a valid ISO 3166-1 alpha-2 code."}',
            'MISSING_VALUE' => '{"identifier":"MISSING_VALUE","message":"Field \'clientId\' is required."}',
            'UNAUTHORIZED' => '{"identifier":"UNAUTHORIZED","message":"Invalid API key or secret."}',
            'ENCODING_ERROR' => '{"identifier":"ENCODING_ERROR","message":"Request body is not valid UTF-8."}',
            'JSON_ERROR' => '{"identifier":"JSON_ERROR","message":"Request body is not valid JSON: Expecting \',\' delimiter at line 1 column 24."}',
            'PARTNER_CONTRACT_ERROR' => '{"identifier":"PARTNER_CONTRACT_ERROR","message":"Your contract does not allow \'generateDigitString\'."}',
            'METHOD_NOT_ALLOWED' => '{"identifier":"METHOD_NOT_ALLOWED","message":"Method \\"GET\\" not allowed."}',
        ]],
        'getVerificationStatus' => ['POST', '/api/v2/status', 400, [['Content-Type', 'application/json'], ['X-Request-Id', '5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13']], [
            'INTERNAL_ERROR' => '{"identifier":"INTERNAL_ERROR","message":"Internal server error. Please try again later."}',
            'BAD_VALUE' => '{"identifier":"BAD_VALUE","message":"Field \'country\' must be a valid ISO 3166-1 alpha-2 code."}',
            'MISSING_VALUE' => '{"identifier":"MISSING_VALUE","message":"Field \'clientId\' is required."}',
            'UNAUTHORIZED' => '{"identifier":"UNAUTHORIZED","message":"Invalid API key or secret."}',
            'ENCODING_ERROR' => '{"identifier":"ENCODING_ERROR","message":"Request body is not valid UTF-8."}',
            'JSON_ERROR' => '{"identifier":"JSON_ERROR","message":"Request body is not valid JSON: Expecting \',\' delimiter at line 1 column 24."}',
            'METHOD_NOT_ALLOWED' => '{"identifier":"METHOD_NOT_ALLOWED","message":"Method \\"GET\\" not allowed."}',
        ]],
        'getVerificationData' => ['POST', '/api/v2/data', 400, [['Content-Type', 'application/json'], ['X-Request-Id', '5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13']], [
            'INTERNAL_ERROR' => '{"identifier":"INTERNAL_ERROR","message":"Internal server error. Please try again later."}',
            'BAD_VALUE' => '{"identifier":"BAD_VALUE","message":"Field \'country\' must be a valid ISO 3166-1 alpha-2 code."}',
            'MISSING_VALUE' => '{"identifier":"MISSING_VALUE","message":"Field \'clientId\' is required."}',
            'UNAUTHORIZED' => '{"identifier":"UNAUTHORIZED","message":"Invalid API key or secret."}',
            'ENCODING_ERROR' => '{"identifier":"ENCODING_ERROR","message":"Request body is not valid UTF-8."}',
            'JSON_ERROR' => '{"identifier":"JSON_ERROR","message":"Request body is not valid JSON: Expecting \',\' delimiter at line 1 column 24."}',
            'METHOD_NOT_ALLOWED' => '{"identifier":"METHOD_NOT_ALLOWED","message":"Method \\"GET\\" not allowed."}',
        ]],
        'processVerification' => ['POST', '/api/v2/process', 400, [['Content-Type', 'application/json'], ['X-Request-Id', '5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13']], [
            'INTERNAL_ERROR' => '{"identifier":"INTERNAL_ERROR","message":"Internal server error. Please try again later."}',
            'BAD_VALUE' => '{"identifier":"BAD_VALUE","message":"Field \'country\' must be a valid ISO 3166-1 alpha-2 code."}',
            'MISSING_VALUE' => '{"identifier":"MISSING_VALUE","message":"Field \'clientId\' is required."}',
            'UNAUTHORIZED' => '{"identifier":"UNAUTHORIZED","message":"Invalid API key or secret."}',
            'ENCODING_ERROR' => '{"identifier":"ENCODING_ERROR","message":"Request body is not valid UTF-8."}',
            'JSON_ERROR' => '{"identifier":"JSON_ERROR","message":"Request body is not valid JSON: Expecting \',\' delimiter at line 1 column 24."}',
            'TOKEN_NOT_VALID' => '{"identifier":"TOKEN_NOT_VALID","message":"Token is not valid, has expired or was already used."}',
            'METHOD_NOT_ALLOWED' => '{"identifier":"METHOD_NOT_ALLOWED","message":"Method \\"GET\\" not allowed."}',
        ]],
        'deleteVerificationData' => ['POST', '/api/v2/delete', 400, [['Content-Type', 'application/json'], ['X-Request-Id', '5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13']], [
            'INTERNAL_ERROR' => '{"identifier":"INTERNAL_ERROR","message":"Internal server error. Please try again later."}',
            'BAD_VALUE' => '{"identifier":"BAD_VALUE","message":"Field \'country\' must be a valid ISO 3166-1 alpha-2 code."}',
            'MISSING_VALUE' => '{"identifier":"MISSING_VALUE","message":"Field \'clientId\' is required."}',
            'UNAUTHORIZED' => '{"identifier":"UNAUTHORIZED","message":"Invalid API key or secret."}',
            'ENCODING_ERROR' => '{"identifier":"ENCODING_ERROR","message":"Request body is not valid UTF-8."}',
            'JSON_ERROR' => '{"identifier":"JSON_ERROR","message":"Request body is not valid JSON: Expecting \',\' delimiter at line 1 column 24."}',
            'METHOD_NOT_ALLOWED' => '{"identifier":"METHOD_NOT_ALLOWED","message":"Method \\"GET\\" not allowed."}',
        ]],
    ];

    /**
     * The reply of createToken with $identifier (INTERNAL_ERROR, BAD_VALUE, MISSING_VALUE, UNAUTHORIZED, ENCODING_ERROR, JSON_ERROR, PARTNER_CONTRACT_ERROR, METHOD_NOT_ALLOWED).
     */
    public static function createToken(
        ErrorIdentifier $identifier,
        ?string $message = null,
        ?string $requestId = null,
    ): ResponseInterface {
        return Double::response(self::TABLE, 'createToken', $identifier, $message, $requestId);
    }

    /**
     * The reply of getVerificationStatus with $identifier (INTERNAL_ERROR, BAD_VALUE, MISSING_VALUE, UNAUTHORIZED, ENCODING_ERROR, JSON_ERROR, METHOD_NOT_ALLOWED).
     */
    public static function getVerificationStatus(
        ErrorIdentifier $identifier,
        ?string $message = null,
        ?string $requestId = null,
    ): ResponseInterface {
        return Double::response(self::TABLE, 'getVerificationStatus', $identifier, $message, $requestId);
    }

    /**
     * The reply of getVerificationData with $identifier (INTERNAL_ERROR, BAD_VALUE, MISSING_VALUE, UNAUTHORIZED, ENCODING_ERROR, JSON_ERROR, METHOD_NOT_ALLOWED).
     */
    public static function getVerificationData(
        ErrorIdentifier $identifier,
        ?string $message = null,
        ?string $requestId = null,
    ): ResponseInterface {
        return Double::response(self::TABLE, 'getVerificationData', $identifier, $message, $requestId);
    }

    /**
     * The reply of processVerification with $identifier (INTERNAL_ERROR, BAD_VALUE, MISSING_VALUE, UNAUTHORIZED, ENCODING_ERROR, JSON_ERROR, TOKEN_NOT_VALID, METHOD_NOT_ALLOWED).
     */
    public static function processVerification(
        ErrorIdentifier $identifier,
        ?string $message = null,
        ?string $requestId = null,
    ): ResponseInterface {
        return Double::response(self::TABLE, 'processVerification', $identifier, $message, $requestId);
    }

    /**
     * The reply of deleteVerificationData with $identifier (INTERNAL_ERROR, BAD_VALUE, MISSING_VALUE, UNAUTHORIZED, ENCODING_ERROR, JSON_ERROR, METHOD_NOT_ALLOWED).
     */
    public static function deleteVerificationData(
        ErrorIdentifier $identifier,
        ?string $message = null,
        ?string $requestId = null,
    ): ResponseInterface {
        return Double::response(self::TABLE, 'deleteVerificationData', $identifier, $message, $requestId);
    }

    /** The reply of $operation (its operationId) with $identifier, for lookups by name. */
    public static function reply(
        string $operation,
        ErrorIdentifier $identifier,
        ?string $message = null,
        ?string $requestId = null,
    ): ResponseInterface {
        return Double::response(self::TABLE, $operation, $identifier, $message, $requestId);
    }
}
