<?php

declare(strict_types=1);

namespace ErrorContract;

/** Texts taken from a reply: decoded as TextDecoder decodes UTF-8, masked, and cut to a bounded length. */
final class Text implements Limits
{
    /** The characters with a short JSON escape, and the letter after the backslash. */
    private const SHORT_ESCAPES = ['"' => '"', '\\' => '\\', '/' => '/', "\x08" => 'b', "\f" => 'f', "\n" => 'n', "\r" => 'r', "\t" => 't'];

    /** The backslashes before a JSON escape: one, or more where the text was escaped again. */
    private const BACKSLASHES = '\\\\{1,8}';

    /** @var array<string, list<string>|null> each secret's chunk regexes, null when they do not compile */
    private static array $compiled = [];

    /** @param list<list<string>|null> $secrets */
    private function __construct(private readonly array $secrets)
    {
    }

    /**
     * Replaces each secret given (empty ones aside) by ***, one after the other, in every form the TypeScript client
     * masks: each character JSON-escaped (\uXXXX or its short escape, after one to eight backslashes),
     * percent-encoded (its UTF-8 bytes, a space also as +) or as it is.
     *
     * @param iterable<mixed> $secrets
     */
    public static function masker(iterable $secrets): self
    {
        $kept = [];
        foreach ($secrets as $secret) {
            if (is_string($secret) && $secret !== '') {
                $kept[] = self::$compiled[$secret] ??= self::chunks($secret);
            }
        }
        return new self($kept);
    }

    /**
     * One secret's regexes, one per MASK_CHUNK characters (PCRE refuses the pattern of a longer secret): the first to
     * search with, the others anchored where the one before ended. Null when the secret is not UTF-8.
     *
     * @return list<string>|null
     */
    private static function chunks(string $secret): ?array
    {
        $chars = preg_split('//u', $secret, -1, PREG_SPLIT_NO_EMPTY);
        if ($chars === false) {
            return null;
        }
        $chunks = [];
        foreach (array_chunk($chars, self::MASK_CHUNK) as $index => $chunk) {
            $chunks[] = '/' . self::pattern($chunk) . '/u' . ($index > 0 ? 'A' : '');
        }
        return $chunks;
    }

    /** A number as hex digits for a regex, each letter matching either case. */
    private static function hex(int $code, int $width): string
    {
        return (string) preg_replace_callback(
            '/[a-f]/',
            static fn (array $digit): string => '[' . $digit[0] . strtoupper($digit[0]) . ']',
            str_pad(dechex($code), $width, '0', STR_PAD_LEFT),
        );
    }

    /**
     * The regex of characters in every form above. The longer forms come first, so that a match never ends before
     * the backslashes of an escape do.
     *
     * @param list<string> $chars
     */
    private static function pattern(array $chars): string
    {
        $pattern = '';
        foreach ($chars as $char) {
            $bytes = array_values(unpack('C*', $char) ?: []);
            $forms = [implode('', array_map(
                static fn (int $unit): string => self::BACKSLASHES . 'u' . self::hex($unit, 4),
                self::utf16Units($bytes),
            ))];
            if (isset(self::SHORT_ESCAPES[$char])) {
                $forms[] = self::BACKSLASHES . preg_quote(self::SHORT_ESCAPES[$char], '/');
            }
            $forms[] = implode('', array_map(static fn (int $byte): string => '%' . self::hex($byte, 2), $bytes));
            if ($char === ' ') {
                $forms[] = '\\+';
            }
            $forms[] = preg_quote($char, '/');
            $pattern .= '(?:' . implode('|', $forms) . ')';
        }
        return $pattern;
    }

    /**
     * The UTF-16 code units of one character, from its UTF-8 bytes (without mbstring, which the kit does not need).
     *
     * @param list<int> $bytes
     * @return list<int>
     */
    private static function utf16Units(array $bytes): array
    {
        $lead = $bytes[0] ?? 0;
        $length = count($bytes);
        $code = $length === 1 ? $lead : $lead & (0xFF >> ($length + 1));
        for ($index = 1; $index < $length; $index++) {
            $code = ($code << 6) | ($bytes[$index] & 0x3F);
        }
        if ($code < 0x10000) {
            return [$code];
        }
        $code -= 0x10000;
        return [0xD800 | ($code >> 10), 0xDC00 | ($code & 0x3FF)];
    }

    public function mask(string $text): string
    {
        foreach ($this->secrets as $chunks) {
            $text = $chunks === null ? '***' : self::maskWith($text, $chunks);
        }
        return $text;
    }

    /**
     * Every match of one secret as ***: its first chunk searched for, each other where the one before ended. A regex
     * that fails (PCRE's limits) masks the whole text.
     *
     * @param list<string> $chunks
     */
    private static function maskWith(string $text, array $chunks): string
    {
        $masked = '';
        $kept = 0;
        $start = 0;
        while (true) {
            $found = preg_match($chunks[0], $text, $match, PREG_OFFSET_CAPTURE, $start);
            if ($found === false) {
                return '***';
            }
            if ($found === 0) {
                break;
            }
            [$matched, $begin] = $match[0];
            $end = $begin + strlen($matched);
            foreach (array_slice($chunks, 1) as $chunk) {
                $following = preg_match($chunk, $text, $next, 0, $end);
                if ($following === false) {
                    return '***';
                }
                if ($following === 0) {
                    $end = -1;
                    break;
                }
                $end += strlen($next[0]);
            }
            if ($end < 0) {
                // One character on, not one byte: the offset must stay on a character boundary.
                $start = $begin + (preg_match('/./su', $text, $char, 0, $begin) === 1 ? strlen($char[0]) : 1);
                continue;
            }
            $masked .= substr($text, $kept, $begin - $kept) . '***';
            $kept = $start = $end;
        }
        return $masked . substr($text, $kept);
    }

    /** Masked, then cut to TEXT_LIMIT characters, so that the cut never splits a secret. */
    public function keep(string $text): string
    {
        return self::cut($this->mask($text), self::TEXT_LIMIT);
    }

    /** The first $limit characters of UTF-8 text. */
    public static function cut(string $text, int $limit): string
    {
        if (strlen($text) <= $limit) {
            return $text;
        }
        return preg_match('/\A.{0,' . $limit . '}/su', $text, $match) === 1 ? $match[0] : '';
    }

    /** Bytes read as Latin-1, one character per byte, as fetch reads header values; as UTF-8 text. */
    public static function fromLatin1(string $bytes): string
    {
        return (string) preg_replace_callback(
            '/[\x80-\xFF]/',
            static fn (array $byte): string => chr(0xC0 | (ord($byte[0]) >> 6)) . chr(0x80 | (ord($byte[0]) & 0x3F)),
            $bytes,
        );
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
}
