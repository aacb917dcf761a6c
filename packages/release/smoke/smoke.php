<?php

declare(strict_types=1);

/*
 * The release's smoke program of {{composerPackage}}, installed by Composer from its archive (a path repository) into
 * a project of its own: classifies replies of the brand's packed sandbox.
 * BASE_URL=<sandbox>/{{brand}} API_KEY=… API_SECRET=… php smoke.php
 */

require __DIR__ . '/vendor/autoload.php';

// readme:start
use ErrorContract\ApiError;
use ErrorContract\Secrets;
use ErrorContract\{{phpNamespace}}\ErrorIdentifier;
use ErrorContract\{{phpNamespace}}\Errors;
// readme:end

/** @return array{int, array<string, string>, string} the status, headers and body of the reply */
function post(string $path, string $body, string $apiKey, string $apiSecret): array
{
    $context = stream_context_create(['http' => [
        'method' => 'POST',
        'header' => ['Content-Type: application/json', 'Authorization: Basic ' . base64_encode("{$apiKey}:{$apiSecret}")],
        'content' => $body,
        'ignore_errors' => true,
        'timeout' => 10,
    ]]);
    $reply = file_get_contents(getenv('BASE_URL') . $path, false, $context);
    $lines = $http_response_header ?? [];
    $status = preg_match('#^HTTP/\S+ (\d{3})#', $lines[0] ?? '', $match) === 1 ? (int) $match[1] : 0;
    $headers = [];
    foreach (array_slice($lines, 1) as $line) {
        [$name, $value] = array_pad(explode(':', $line, 2), 2, '');
        $headers[trim($name)] = trim($value);
    }
    return [$status, $headers, $reply === false ? '' : $reply];
}

$failed = false;
function check(bool $ok, string $line): void
{
    global $failed;
    echo ($ok ? 'ok' : 'FAILED') . " php: {$line}\n";
    $failed = $failed || !$ok;
}

$apiKey = (string) getenv('API_KEY');
$apiSecret = 'not-the-secret';
[$status, $headers, $body] = post('/api/v2/status', '{"scanRef": "smoke-test"}', $apiKey, $apiSecret);
// readme:start
// $status, $headers and $body: a failed reply, from any HTTP client.
$failure = Errors::classify($status, $headers, $body, Secrets::basicAuth($apiKey, $apiSecret));
if ($failure instanceof ApiError && $failure->identifier === ErrorIdentifier::UNAUTHORIZED) {
    echo "check the API key and secret: {$failure->explanation} {$failure->docsUrl}\n";
}
// readme:end
check(
    $failure instanceof ApiError && $failure->identifier === ErrorIdentifier::UNAUTHORIZED
        && str_starts_with($failure->docsUrl, '{{homepage}}'),
    "a wrong secret: {$failure}",
);

$apiSecret = (string) getenv('API_SECRET');
[$status, $headers, $body] = post('/api/v2/token', '{"clientId": ', $apiKey, $apiSecret);
$failure = Errors::classify($status, $headers, $body, Secrets::basicAuth($apiKey, $apiSecret));
check($failure instanceof ApiError && $failure->identifier === ErrorIdentifier::JSON_ERROR, "malformed JSON: {$failure}");
exit($failed ? 1 : 0);
