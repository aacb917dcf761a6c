<?php

declare(strict_types=1);

namespace ErrorContract\Tests;

use ErrorContract\ApiError;
use ErrorContract\Failure;
use ErrorContract\UnknownApiError;
use ErrorContract\UnexpectedResponse;

/** Reads the shared corpus (ERROR_CONTRACT_CORPUS, else the monorepo's copy). */
final class Corpus
{
    public static function dir(): string
    {
        $dir = getenv('ERROR_CONTRACT_CORPUS');
        return is_string($dir) && $dir !== '' ? $dir : dirname(__DIR__, 2) . '/corpus/generated';
    }

    /** @return list<array<string, mixed>> */
    public static function all(): array
    {
        $paths = glob(self::dir() . '/*.json') ?: [];
        if ($paths === []) {
            throw new \RuntimeException('No corpus in ' . self::dir() . ': run `pnpm generate`.');
        }
        sort($paths);
        return array_map(
            static fn (string $path): array => json_decode((string) file_get_contents($path), true, 512, JSON_THROW_ON_ERROR),
            $paths,
        );
    }

    /** @param array<string, mixed> $reply */
    public static function body(array $reply): string
    {
        $body = '';
        foreach ($reply['body'] as $part) {
            $body .= isset($part['base64'])
                ? base64_decode($part['base64'], true)
                : str_repeat($part['text'], $part['repeat'] ?? 1);
        }
        return $body;
    }

    /**
     * The reply's headers as PSR-7 and most PHP code hold them: name => list of values, each the bytes that came over
     * HTTP (the corpus writes one character per byte).
     *
     * @param array<string, mixed> $reply
     * @return array<string, list<string>>
     */
    public static function headers(array $reply): array
    {
        $headers = [];
        foreach ($reply['headers'] as [$name, $value]) {
            $headers[$name][] = (string) preg_replace_callback(
                '/[\x{80}-\x{FF}]/u',
                static fn (array $char): string => chr(((ord($char[0][0]) & 0x1F) << 6) | (ord($char[0][1]) & 0x3F)),
                $value,
            );
        }
        return $headers;
    }

    /**
     * The fields the corpus compares, named as the corpus names them.
     *
     * @return array<string, mixed>
     */
    public static function outcome(Failure $failure): array
    {
        $reply = ['status' => $failure->status, 'requestId' => $failure->requestId, 'body' => $failure->body];
        return $reply + match (true) {
            $failure instanceof ApiError => [
                'kind' => 'api-error',
                'identifier' => $failure->identifier->value,
                'message' => $failure->message,
                'explanation' => $failure->explanation,
                'retryable' => $failure->retryable,
                'docsUrl' => $failure->docsUrl,
            ],
            $failure instanceof UnknownApiError => [
                'kind' => 'unknown-api-error',
                'identifier' => $failure->identifier,
                'message' => $failure->message,
            ],
            $failure instanceof UnexpectedResponse => [
                'kind' => 'unexpected-response',
                'reason' => $failure->reason,
                'contentType' => $failure->contentType,
            ],
        };
    }
}
