<?php

declare(strict_types=1);

namespace ErrorContract;

final class Secrets
{
    /**
     * What to mask for HTTP Basic credentials, in the order masked: the API secret, the Basic value in UTF-8 and in
     * Latin-1, and the base64 of the secret alone in UTF-8 and in Latin-1 (a Latin-1 form only when the text has one),
     * each once. A secret shorter than Limits::MIN_SECRET_LENGTH characters (code points) is refused.
     *
     * @return list<string>
     * @throws \InvalidArgumentException naming the rule, never the secret
     */
    public static function basicAuth(string $apiKey, string $apiSecret): array
    {
        $length = preg_match_all('/./su', $apiSecret);
        if ($length === false || $length < Limits::MIN_SECRET_LENGTH) {
            throw new \InvalidArgumentException(sprintf(
                'apiSecret must be at least %d characters, so that it can be masked.',
                Limits::MIN_SECRET_LENGTH,
            ));
        }
        $secrets = [$apiSecret];
        foreach (["{$apiKey}:{$apiSecret}", $apiSecret] as $text) {
            $secrets[] = base64_encode($text);
            $latin1 = self::latin1($text);
            if ($latin1 !== null) {
                $secrets[] = base64_encode($latin1);
            }
        }
        return array_values(array_unique($secrets));
    }

    /** The text's Latin-1 bytes, or null when it has a character beyond U+00FF. */
    private static function latin1(string $text): ?string
    {
        if (preg_match('/^[\x{0}-\x{FF}]*$/u', $text) !== 1) {
            return null;
        }
        return (string) preg_replace_callback(
            '/[\x{80}-\x{FF}]/u',
            static fn (array $char): string => chr(((ord($char[0][0]) & 0x1F) << 6) | (ord($char[0][1]) & 0x3F)),
            $text,
        );
    }
}
