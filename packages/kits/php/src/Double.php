<?php

declare(strict_types=1);

namespace ErrorContract;

use GuzzleHttp\Psr7\Response;
use Psr\Http\Message\ResponseInterface;

/**
 * Test doubles of the standard API errors: the reply the contract documents for an operation and an identifier it
 * can return, as a PSR-7 response (guzzlehttp/psr7) to queue in Guzzle's MockHandler or to classify directly. Each
 * brand's generated Doubles class holds its table and offers one method per operation.
 */
final class Double
{
    /**
     * @param array<string, array{string, string, int, list<array{string, string}>, array<string, string>}> $table
     *     by operation: method, path, status, headers (the content type, then the request id), body by identifier
     */
    public static function response(
        array $table,
        string $operation,
        Identifier $identifier,
        ?string $message = null,
        ?string $requestId = null,
    ): ResponseInterface {
        $row = $table[$operation] ?? null;
        if ($row === null) {
            throw new \InvalidArgumentException(
                "No operation {$operation}; the operations are " . implode(', ', array_keys($table)) . '.',
            );
        }
        [, , $status, $headers, $bodies] = $row;
        $body = $bodies[$identifier->value] ?? null;
        if ($body === null) {
            throw new \InvalidArgumentException(
                "{$operation} cannot return {$identifier->value}, so it has no double of it; it can return "
                . implode(', ', array_keys($bodies)) . '.',
            );
        }
        if ($message !== null) {
            $value = json_decode($body, true, 512, JSON_THROW_ON_ERROR);
            $value['message'] = $message;
            $body = json_encode($value, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
        }
        if ($requestId !== null) {
            $headers[count($headers) - 1][1] = $requestId;
        }
        $fields = [];
        foreach ($headers as [$name, $value]) {
            $fields[$name][] = $value;
        }
        return new Response($status, $fields, $body);
    }
}
