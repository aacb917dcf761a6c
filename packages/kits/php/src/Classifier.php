<?php

declare(strict_types=1);

namespace ErrorContract;

use Psr\Http\Message\ResponseInterface;

/**
 * Turns one failed reply (status, headers, body bytes) into exactly one Failure, by the TypeScript client's rules:
 * the body decides, never the Content-Type; an error body is a JSON object whose "identifier" and "message" are
 * strings (other members are ignored, as RFC 9457 asks); the brand's set decides whether the identifier is known; a
 * body longer than the read limit is too-large. Never throws. Each brand's generated Errors class binds it to the brand's identifier set.
 */
final class Classifier
{
    /**
     * @param callable(string): ?Identifier $lookup the brand's identifier, or null for any other string
     * @param array<string, string|list<string>> $headers names compared without case
     * @param iterable<string> $secrets each masked as *** in every form, in every text kept (Secrets::basicAuth)
     */
    public static function classify(
        callable $lookup,
        string $requestIdHeader,
        int $status,
        array $headers,
        string $body,
        iterable $secrets = [],
        int $maxBodyBytes = Limits::MAX_BODY_BYTES,
    ): Failure {
        $mask = Text::masker($secrets);
        $requestId = self::header($headers, $requestIdHeader);
        $requestId = $requestId === null ? null : $mask->keep($requestId);
        // The body's text is masked before it is parsed, as the TypeScript client masks it.
        $text = $mask->mask(Text::decodeUtf8(substr($body, 0, $maxBodyBytes)));
        $unexpected = static function (string $reason) use ($status, $headers, $requestId, $mask, $text): Failure {
            $contentType = self::header($headers, 'content-type');
            return new UnexpectedResponse(
                $status,
                $reason,
                $contentType === null ? null : $mask->keep($contentType),
                $requestId,
                $mask->keep($text),
            );
        };

        if (strlen($body) > $maxBodyBytes) {
            return $unexpected(UnexpectedResponse::TOO_LARGE);
        }
        if ($text === '') {
            return $unexpected(UnexpectedResponse::EMPTY_BODY);
        }
        ['ok' => $ok, 'value' => $value] = Json::parse($text);
        if (!$ok) {
            return $unexpected(UnexpectedResponse::NOT_JSON);
        }
        // A JSON string is what a plain text body reads as in the TypeScript client: not JSON, or empty.
        if (is_string($value)) {
            return $unexpected($value === '' ? UnexpectedResponse::EMPTY_BODY : UnexpectedResponse::NOT_JSON);
        }
        // Objects decode as arrays; only an object can have these two string keys.
        if (!is_array($value) || !is_string($value['identifier'] ?? null) || !is_string($value['message'] ?? null)) {
            return $unexpected(UnexpectedResponse::WRONG_SHAPE);
        }
        $identifier = $value['identifier'];
        $message = $mask->keep($value['message']);
        $known = $lookup($identifier);
        if ($known === null) {
            return new UnknownApiError($status, $mask->keep($identifier), $message, $requestId, $mask->keep($text));
        }
        return new ApiError($status, $known, $message, $requestId, $mask->keep($text));
    }

    /**
     * Classifies a failed PSR-7 response; past $maxBodyBytes of its body it is too-large, and no more is read.
     *
     * @param callable(string): ?Identifier $lookup
     * @param iterable<string> $secrets
     */
    public static function classifyResponse(
        callable $lookup,
        string $requestIdHeader,
        ResponseInterface $response,
        iterable $secrets = [],
        int $maxBodyBytes = Limits::MAX_BODY_BYTES,
    ): Failure {
        $body = '';
        // One byte past the limit is enough to tell a body too large.
        $wanted = $maxBodyBytes + 1;
        try {
            $stream = $response->getBody();
            if ($stream->isSeekable()) {
                $stream->rewind();
            }
            while (strlen($body) < $wanted && !$stream->eof()) {
                $chunk = $stream->read($wanted - strlen($body));
                if ($chunk === '') {
                    break;
                }
                $body .= $chunk;
            }
        } catch (\Throwable) {
            // A stream that fails part way: classify what was read.
        }
        return self::classify(
            $lookup,
            $requestIdHeader,
            $response->getStatusCode(),
            $response->getHeaders(),
            $body,
            $secrets,
            $maxBodyBytes,
        );
    }

    /**
     * The header's values joined by ", ", or null when it is absent. Each value is read as fetch reads it: its bytes
     * as Latin-1, without the whitespace around it (so that json_encode of a failure never fails on raw bytes).
     *
     * @param array<string, string|list<string>> $headers
     */
    private static function header(array $headers, string $name): ?string
    {
        $values = [];
        foreach ($headers as $key => $value) {
            if (strcasecmp((string) $key, $name) === 0) {
                foreach ((array) $value as $one) {
                    $values[] = Text::fromLatin1(trim((string) $one, " \t\r\n"));
                }
            }
        }
        return $values === [] ? null : implode(', ', $values);
    }
}
