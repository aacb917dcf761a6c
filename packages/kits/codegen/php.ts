/** The PHP namespace of a brand: its identifier set as a backed enum, and the classifier bound to it. */
import { banner, bundleOf, type KitBrand } from './brand.ts';
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
