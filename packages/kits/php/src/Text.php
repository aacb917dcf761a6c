<?php

declare(strict_types=1);

namespace ErrorContract;

/** Texts taken from a reply: decoded as a browser decodes UTF-8, masked, and cut to a bounded length. */
final class Text implements TextLimit
{
    /** Shorter secrets are not masked: masking every "a" in a text would hide more than it protects. */
    public const MIN_SECRET_LENGTH = 8;

    /** @param list<string> $secrets */
    private function __construct(private readonly array $secrets)
    {
    }

    /** @param iterable<mixed> $secrets */
    public static function masker(iterable $secrets): self
    {
        $kept = [];
        foreach ($secrets as $secret) {
            if (is_string($secret) && self::length($secret) >= self::MIN_SECRET_LENGTH) {
                $kept[] = $secret;
            }
        }
        return new self($kept);
    }

    public function mask(string $text): string
    {
        foreach ($this->secrets as $secret) {
            $text = str_replace($secret, '***', $text);
        }
        return $text;
    }

    /** Masked and cut to LIMIT characters (masked before the cut, so that no secret is split by it). */
    public function keep(string $text): string
    {
        return self::cut($this->mask(self::cut($text, 2 * self::LIMIT)), self::LIMIT);
    }

    /** The first $limit characters of UTF-8 text. */
    public static function cut(string $text, int $limit): string
    {
        if (strlen($text) <= $limit) {
            return $text;
        }
        return preg_match('/\A.{0,' . $limit . '}/su', $text, $match) === 1 ? $match[0] : '';
    }

    /** The body as text: one leading byte order mark dropped, each maximal bad byte sequence as U+FFFD (WHATWG). */
    public static function decodeUtf8(string $body): string
    {
        if (str_starts_with($body, "\xEF\xBB\xBF")) {
            $body = substr($body, 3);
        }
        if (preg_match('//u', $body) === 1) {
            return $body;
        }
        $out = '';
        $length = strlen($body);
        for ($index = 0; $index < $length;) {
            $lead = ord($body[$index]);
            if ($lead < 0x80) {
                $out .= $body[$index];
                $index++;
                continue;
            }
            [$need, $lower, $upper] = match (true) {
                $lead >= 0xC2 && $lead <= 0xDF => [1, 0x80, 0xBF],
                $lead === 0xE0 => [2, 0xA0, 0xBF],
                $lead === 0xED => [2, 0x80, 0x9F],
                $lead >= 0xE1 && $lead <= 0xEF => [2, 0x80, 0xBF],
                $lead === 0xF0 => [3, 0x90, 0xBF],
                $lead === 0xF4 => [3, 0x80, 0x8F],
                $lead >= 0xF1 && $lead <= 0xF3 => [3, 0x80, 0xBF],
                default => [0, 0x80, 0xBF],
            };
            $next = $index + 1;
            for ($seen = 0; $seen < $need && $next < $length; $seen++) {
                $byte = ord($body[$next]);
                if ($byte < $lower || $byte > $upper) {
                    break;
                }
                [$lower, $upper] = [0x80, 0xBF];
                $next++;
            }
            $out .= $need > 0 && $next - $index === $need + 1 ? substr($body, $index, $next - $index) : "\u{FFFD}";
            $index = $next;
        }
        return $out;
    }

    public static function httpPart(int $status, ?string $requestId): string
    {
        return $requestId !== null && $requestId !== '' ? "HTTP {$status}, request id {$requestId}" : "HTTP {$status}";
    }

    private static function length(string $text): int
    {
        return preg_match_all('/./su', $text) ?: strlen($text);
    }
}
