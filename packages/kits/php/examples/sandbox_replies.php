<?php

declare(strict_types=1);

/*
 * Sends each reproduction of a file to the sandbox, and prints how the kit classifies each reply as a PSR-7 response, one
 * JSON line per reproduction. Usage: php examples/sandbox_replies.php http://127.0.0.1:4010 reproductions.json
 */

use ErrorContract\ApiError;
use ErrorContract\Failure;
use ErrorContract\Secrets;
use ErrorContract\UnexpectedResponse;
use ErrorContract\UnknownApiError;
use GuzzleHttp\Psr7\Response;
use Psr\Http\Message\ResponseInterface;

// With Composer: require 'vendor/autoload.php'. Here, without it: the kit's PSR-4 map and Debian's guzzlehttp/psr7.
require __DIR__ . '/../tests/bootstrap.php';

/** @param array{method: string, path: string, headers: array<string, string>, body: string} $request */
function send(string $baseUrl, array $request): ResponseInterface
{
    $headers = ['Connection: close'];
    foreach ($request['headers'] as $name => $value) {
        $headers[] = "{$name}: {$value}";
    }
    $context = stream_context_create(['http' => [
        'method' => $request['method'],
        'header' => $headers,
        'content' => base64_decode($request['body'], true),
        'ignore_errors' => true,
        'follow_location' => 0,
        'timeout' => 10,
    ]]);
    $body = file_get_contents($baseUrl . $request['path'], false, $context);
    $lines = $http_response_header ?? [];
    $status = preg_match('#^HTTP/\S+ (\d{3})#', $lines[0] ?? '', $match) === 1 ? (int) $match[1] : 0;
    $responseHeaders = [];
    foreach (array_slice($lines, 1) as $line) {
        [$name, $value] = array_pad(explode(':', $line, 2), 2, '');
        $responseHeaders[trim($name)][] = trim($value);
    }
    return new Response($status, $responseHeaders, $body === false ? '' : $body);
}

/** @return array<string, mixed> */
function describe(string $brand, string $apiKey, string $apiSecret, ResponseInterface $response): array
{
    $errors = 'ErrorContract\\' . ucfirst($brand) . '\\Errors'; // ErrorContract\Idenfy\Errors or ErrorContract\Markid\Errors
    // The secrets of the request's credentials; a request sent without credentials has none to mask.
    $secrets = $apiSecret === '' ? [] : Secrets::basicAuth($apiKey, $apiSecret);
    /** @var Failure $failure */
    $failure = $errors::classifyResponse($response, $secrets);
    return match (true) {
        // identifier is the brand's ErrorIdentifier enum case, with the contract's explanation and docs URL.
        $failure instanceof ApiError => ['kind' => 'api-error', 'identifier' => $failure->identifier->value,
            'retryable' => $failure->retryable, 'docsUrl' => $failure->docsUrl, 'text' => (string) $failure],
        $failure instanceof UnknownApiError => ['kind' => 'unknown-api-error', 'identifier' => $failure->identifier,
            'text' => (string) $failure],
        $failure instanceof UnexpectedResponse => ['kind' => 'unexpected-response', 'reason' => $failure->reason,
            'text' => (string) $failure],
    };
}

[, $baseUrl, $reproductionsPath] = $argv;
$reproductions = json_decode((string) file_get_contents($reproductionsPath), true, 512, JSON_THROW_ON_ERROR);
foreach ($reproductions as $reproduction) {
    foreach ($reproduction['before'] as $request) {
        send($baseUrl, $request);
    }
    $response = send($baseUrl, $reproduction['request']);
    $outcome = describe($reproduction['brand'], $reproduction['apiKey'], $reproduction['apiSecret'], $response);
    echo json_encode(['brand' => $reproduction['brand'], 'reproduces' => $reproduction['identifier']] + $outcome, JSON_UNESCAPED_SLASHES), "\n";
}
