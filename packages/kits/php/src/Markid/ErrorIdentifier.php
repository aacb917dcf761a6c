<?php

// Generated from spec/dist/markid/openapi.json by packages/kits/codegen. Do not edit: run `pnpm generate`.

declare(strict_types=1);

namespace ErrorContract\Markid;

/** The identifiers of the Mark ID IVS Core API's standard API errors, exactly the enum of its spec. */
enum ErrorIdentifier: string implements \ErrorContract\Identifier
{
    /** Unhandled unknown internal error at *Mark ID's* API side. */
    case INTERNAL_ERROR = 'INTERNAL_ERROR';
    /** Supplied value is not valid. */
    case BAD_VALUE = 'BAD_VALUE';
    /** Expected a supplied value but got none. */
    case MISSING_VALUE = 'MISSING_VALUE';
    /** Missing API key/secret in HTTP headers or API key/secret not valid. */
    case UNAUTHORIZED = 'UNAUTHORIZED';
    /** Failed to encode/decode object. */
    case ENCODING_ERROR = 'ENCODING_ERROR';
    /** Malformed JSON body. */
    case JSON_ERROR = 'JSON_ERROR';
    /** Verification token is not valid or expired. */
    case TOKEN_NOT_VALID = 'TOKEN_NOT_VALID';
    /** A partner can not do a requested action because of the signed contract. */
    case PARTNER_CONTRACT_ERROR = 'PARTNER_CONTRACT_ERROR';
    /** Wrong HTTP method. */
    case METHOD_NOT_ALLOWED = 'METHOD_NOT_ALLOWED';
    /** Insufficient permissions for the request. */
    case PERMISSIONS_ERROR = 'PERMISSIONS_ERROR';

    public function explanation(): string
    {
        return match ($this) {
            self::INTERNAL_ERROR => 'Unhandled unknown internal error at *Mark ID\'s* API side.',
            self::BAD_VALUE => 'Supplied value is not valid.',
            self::MISSING_VALUE => 'Expected a supplied value but got none.',
            self::UNAUTHORIZED => 'Missing API key/secret in HTTP headers or API key/secret not valid.',
            self::ENCODING_ERROR => 'Failed to encode/decode object.',
            self::JSON_ERROR => 'Malformed JSON body.',
            self::TOKEN_NOT_VALID => 'Verification token is not valid or expired.',
            self::PARTNER_CONTRACT_ERROR => 'A partner can not do a requested action because of the signed contract.',
            self::METHOD_NOT_ALLOWED => 'Wrong HTTP method.',
            self::PERMISSIONS_ERROR => 'Insufficient permissions for the request.',
        };
    }

    /** Can sending the same request again succeed? */
    public function retryable(): bool
    {
        return match ($this) {
            self::INTERNAL_ERROR => true,
            self::BAD_VALUE => false,
            self::MISSING_VALUE => false,
            self::UNAUTHORIZED => false,
            self::ENCODING_ERROR => false,
            self::JSON_ERROR => false,
            self::TOKEN_NOT_VALID => false,
            self::PARTNER_CONTRACT_ERROR => false,
            self::METHOD_NOT_ALLOWED => false,
            self::PERMISSIONS_ERROR => false,
        };
    }

    /** The identifier's entry on the brand's errors page. */
    public function docsUrl(): string
    {
        return match ($this) {
            self::INTERNAL_ERROR => 'https://docs.ivs.markid.eu/markid/handbook.html#INTERNAL_ERROR',
            self::BAD_VALUE => 'https://docs.ivs.markid.eu/markid/handbook.html#BAD_VALUE',
            self::MISSING_VALUE => 'https://docs.ivs.markid.eu/markid/handbook.html#MISSING_VALUE',
            self::UNAUTHORIZED => 'https://docs.ivs.markid.eu/markid/handbook.html#UNAUTHORIZED',
            self::ENCODING_ERROR => 'https://docs.ivs.markid.eu/markid/handbook.html#ENCODING_ERROR',
            self::JSON_ERROR => 'https://docs.ivs.markid.eu/markid/handbook.html#JSON_ERROR',
            self::TOKEN_NOT_VALID => 'https://docs.ivs.markid.eu/markid/handbook.html#TOKEN_NOT_VALID',
            self::PARTNER_CONTRACT_ERROR => 'https://docs.ivs.markid.eu/markid/handbook.html#PARTNER_CONTRACT_ERROR',
            self::METHOD_NOT_ALLOWED => 'https://docs.ivs.markid.eu/markid/handbook.html#METHOD_NOT_ALLOWED',
            self::PERMISSIONS_ERROR => 'https://docs.ivs.markid.eu/markid/handbook.html#PERMISSIONS_ERROR',
        };
    }
}
