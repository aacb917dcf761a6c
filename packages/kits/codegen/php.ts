/** The PHP namespace of a brand: its identifier set as a backed enum, and the classifier bound to it. */
import type { DocumentedReply } from '@error-contract/client/codegen';
import { banner, bundleOf } from './banner.ts';
import type { KitBrand } from './brand.ts';
import { phpNamespace, phpQuoted } from './names.ts';

const header = (brand: KitBrand) => `<?php

${banner(bundleOf(brand.brand), '//')}

declare(strict_types=1);

namespace ErrorContract\\${phpNamespace(brand.brand)};
`;

export function renderPhpEnum(brand: KitBrand): string {
  const cases = brand.identifiers.flatMap((entry) => [
    `    /** ${entry.explanation.replaceAll('*/', '* /')} */`,
    `    case ${entry.identifier} = ${phpQuoted(entry.identifier)};`,
  ]);
  const arms = (value: (entry: KitBrand['identifiers'][number]) => string) =>
    brand.identifiers.map((entry) => `            self::${entry.identifier} => ${value(entry)},`).join('\n');
  return `${header(brand)}
/** The identifiers of the ${brand.title}'s standard API errors, exactly the enum of its spec. */
enum ErrorIdentifier: string implements \\ErrorContract\\Identifier
{
${cases.join('\n')}

    public function explanation(): string
    {
        return match ($this) {
${arms((entry) => phpQuoted(entry.explanation))}
        };
    }

    /** Can sending the same request again succeed? */
    public function retryable(): bool
    {
        return match ($this) {
${arms((entry) => String(entry.retryable))}
        };
    }

    /** The identifier's entry on the brand's errors page. */
    public function docsUrl(): string
    {
        return match ($this) {
${arms((entry) => phpQuoted(entry.docsUrl))}
        };
    }
}
`;
}

export function renderPhpErrors(brand: KitBrand): string {
  return `${header(brand)}
use ErrorContract\\Classifier;
use ErrorContract\\Failure;
use ErrorContract\\Limits;
use Psr\\Http\\Message\\ResponseInterface;

/** Classifies the failed replies of the ${brand.title} into exactly one Failure. Never throws. */
final class Errors
{
    /** The response header that carries the request id. */
    public const REQUEST_ID_HEADER = ${phpQuoted(brand.requestIdHeader)};

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
`;
}

/**
 * A brand's test doubles (`Doubles.php`): one method per operation, taking the identifier, whose PSR-7 response is
 * the reply the contract documents; an identifier the operation cannot return throws InvalidArgumentException.
 */
export function renderPhpDoubles(brand: KitBrand): string {
  const rows = [...brand.doubles].map(([operation, replies]) => {
    const [{ method, path, status, headers }] = replies as [DocumentedReply];
    const header = headers.map(([name, value]) => `[${phpQuoted(name)}, ${phpQuoted(value)}]`).join(', ');
    const bodies = replies.map((reply) => `            ${phpQuoted(reply.identifier)} => ${phpQuoted(reply.body)},`);
    return `        ${phpQuoted(operation)} => [${phpQuoted(method)}, ${phpQuoted(path)}, ${status}, [${header}], [
${bodies.join('\n')}
        ]],`;
  });
  const methods = [...brand.doubles].map(
    ([operation, replies]) => `    /**
     * The reply of ${operation} with $identifier (${replies.map((reply) => reply.identifier).join(', ')}).
     */
    public static function ${operation}(
        ErrorIdentifier $identifier,
        ?string $message = null,
        ?string $requestId = null,
    ): ResponseInterface {
        return Double::response(self::TABLE, ${phpQuoted(operation)}, $identifier, $message, $requestId);
    }`,
  );
  return `${header(brand)}
use ErrorContract\\Double;
use Psr\\Http\\Message\\ResponseInterface;

/**
 * Test doubles of the ${brand.title}'s standard API errors: Doubles::createToken(ErrorIdentifier::BAD_VALUE) is the
 * reply the contract documents, a PSR-7 response for Guzzle's MockHandler ($message and $requestId replace its own).
 * An identifier the operation cannot return throws InvalidArgumentException. Needs guzzlehttp/psr7.
 */
final class Doubles
{
    /** @var array<string, array{string, string, int, list<array{string, string}>, array<string, string>}> */
    public const TABLE = [
${rows.join('\n')}
    ];

${methods.join('\n\n')}

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
`;
}
