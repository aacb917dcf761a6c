<?php

declare(strict_types=1);

namespace ErrorContract;

final class Secrets
{
    /**
     * What to mask for HTTP Basic credentials: the Authorization token and the API secret, as the TypeScript client
     * does (nothing when the secret is shorter than Text::MIN_SECRET_LENGTH).
     *
     * @return list<string>
     */
    public static function basicAuth(string $apiKey, string $apiSecret): array
    {
        if (preg_match_all('/./su', $apiSecret) < Text::MIN_SECRET_LENGTH) {
            return [];
        }
        return [base64_encode($apiKey . ':' . $apiSecret), $apiSecret];
    }
}
