<?php

declare(strict_types=1);

namespace ErrorContract;

/** JSON parsed as JavaScript's JSON.parse parses it, which is what the TypeScript client does. */
final class Json implements Limits
{
    /** JSON escapes of a lone UTF-16 surrogate, which PHP rejects and JavaScript keeps (the kits read them as U+FFFD). */
    private const ESCAPES = <<<'RE'
        /\\\\|\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|(\\u[dD][89a-fA-F][0-9a-fA-F]{2})/
        RE;

    /**
     * Decodes JSON text, objects as arrays.
     *
     * @return array{ok: bool, value: mixed}
     */
    public static function parse(string $text): array
    {
        if (str_contains($text, '\\u')) {
            $text = preg_replace_callback(
                self::ESCAPES,
                static fn (array $match): string => isset($match[1]) && $match[1] !== '' ? '\\ufffd' : $match[0],
                $text,
            ) ?? $text;
        }
        // Arrays and objects nested deeper than MAX_DEPTH are not parsed; PHP counts one level more.
        $value = json_decode($text, true, self::MAX_DEPTH + 1, JSON_BIGINT_AS_STRING);
        return ['ok' => json_last_error() === JSON_ERROR_NONE, 'value' => $value];
    }
}
