<?php

declare(strict_types=1);

namespace ErrorContract\Tests;

use ErrorContract\ApiError;
use ErrorContract\Failure;
use ErrorContract\Idenfy;
use ErrorContract\Limits;
use ErrorContract\Markid;
use ErrorContract\Secrets;
use ErrorContract\UnexpectedResponse;
use ErrorContract\UnknownApiError;
use GuzzleHttp\Psr7\Response;
use PHPUnit\Framework\TestCase;

/** What the kit adds to the corpus: its identifier types, its limits, the PSR-7 adapter, and robustness. */
final class KitTest extends TestCase
{
    private static function errorBody(string $identifier = 'BAD_VALUE', string $message = 'Bad.', string $extra = ''): string
    {
        return '{"identifier":' . json_encode($identifier) . ',"message":' . json_encode($message) . $extra . '}';
    }

    public function testIdentifiersAreBackedEnumsWithTheirContract(): void
    {
        foreach ([Idenfy\ErrorIdentifier::cases(), Markid\ErrorIdentifier::cases()] as $cases) {
            foreach ($cases as $case) {
                $this->assertSame($case->name, $case->value);
                $this->assertNotSame('', $case->explanation());
                $this->assertStringEndsWith('#' . $case->value, $case->docsUrl());
            }
        }
        $this->assertTrue(Idenfy\ErrorIdentifier::INTERNAL_ERROR->retryable());
        $this->assertFalse(Idenfy\ErrorIdentifier::BAD_VALUE->retryable());
        $this->assertNull(Idenfy\ErrorIdentifier::tryFrom('PERMISSIONS_ERROR'));
        $this->assertSame(Markid\ErrorIdentifier::PERMISSIONS_ERROR, Markid\ErrorIdentifier::tryFrom('PERMISSIONS_ERROR'));
    }

    public function testAStandardErrorIsTypedAndComparesByCase(): void
    {
        $failure = Markid\Errors::classify(400, ['X-Request-Id' => 'r-1'], self::errorBody('PERMISSIONS_ERROR', 'Partner reached token limit.'));
        $this->assertInstanceOf(ApiError::class, $failure);
        $this->assertSame(Markid\ErrorIdentifier::PERMISSIONS_ERROR, $failure->identifier);
        $this->assertStringStartsWith('PERMISSIONS_ERROR (HTTP 400, request id r-1): Partner reached token limit. See ', (string) $failure);
    }

    public function testNestingUpToMaxDepthParsesAndDeeperIsNotJson(): void
    {
        $nested = static fn (int $depth): string => self::errorBody(extra: ',"x":' . str_repeat('[', $depth - 1) . str_repeat(']', $depth - 1));
        $this->assertInstanceOf(ApiError::class, Idenfy\Errors::classify(400, [], $nested(Limits::MAX_DEPTH)));
        $deeper = Idenfy\Errors::classify(400, [], $nested(Limits::MAX_DEPTH + 1));
        $this->assertInstanceOf(UnexpectedResponse::class, $deeper);
        $this->assertSame(UnexpectedResponse::NOT_JSON, $deeper->reason);
    }

    public function testTextsAreCutToTheLimitAndMaskedBeforeTheCut(): void
    {
        $long = str_repeat('é', 5000);
        $failure = Idenfy\Errors::classify(400, ['x-request-id' => $long], self::errorBody(str_repeat('X', 5000), $long));
        $this->assertInstanceOf(UnknownApiError::class, $failure);
        foreach ([$failure->identifier, $failure->message, (string) $failure->requestId, $failure->body] as $text) {
            $this->assertSame(Limits::TEXT_LIMIT, preg_match_all('/./su', $text));
        }
        $secret = 's3cr3t-value-42';
        $failure = Idenfy\Errors::classify(400, [], self::errorBody(message: str_repeat('m', Limits::TEXT_LIMIT - 5) . $secret), [$secret]);
        $this->assertInstanceOf(ApiError::class, $failure);
        $this->assertSame(str_repeat('m', Limits::TEXT_LIMIT - 5) . '***', $failure->message);
    }

    public function testCredentialsWithASecretTooShortToMaskAreRefusedAndAnySecretGivenIsMasked(): void
    {
        try {
            Secrets::basicAuth('key', 'short');
            $this->fail('a short secret was accepted');
        } catch (\InvalidArgumentException $refused) {
            $this->assertSame('apiSecret must be at least 8 characters, so that it can be masked.', $refused->getMessage());
        }
        $failure = Idenfy\Errors::classify(400, [], self::errorBody(message: 'a short secret'), ['short']);
        $this->assertInstanceOf(ApiError::class, $failure);
        $this->assertSame('a *** secret', $failure->message);
    }

    public function testASecretLongerThanTheTextCutIsMaskedWholeInEveryText(): void
    {
        $secret = str_repeat('s3cr3t/', 1000);
        $secrets = Secrets::basicAuth('key', $secret);
        $body = self::errorBody(message: $secret, extra: ',"basic":' . json_encode($secrets[1]));
        $failure = Idenfy\Errors::classify(400, ['X-Request-Id' => str_replace('/', '\\/', $secret)], $body, $secrets);
        $this->assertInstanceOf(ApiError::class, $failure);
        $this->assertSame(['***', '***', '{"identifier":"BAD_VALUE","message":"***","basic":"***"}'], [$failure->message, $failure->requestId, $failure->body]);
    }

    public function testHeaderBytesAreReadAsLatin1SoThatTheFailureEncodesAsJson(): void
    {
        $failure = Idenfy\Errors::classify(400, ['X-Request-Id' => " caf\xE9 \xFF\t"], self::errorBody());
        $this->assertInstanceOf(ApiError::class, $failure);
        $this->assertSame("caf\u{E9} \u{FF}", $failure->requestId);
        $this->assertIsString(json_encode($failure));
    }

    public function testTheAdapterReadsAPsr7ResponseWithABoundedBody(): void
    {
        if (!class_exists(Response::class)) {
            $this->markTestSkipped('guzzlehttp/psr7 is not installed (Debian: php-guzzlehttp-psr7).');
        }
        $failure = Idenfy\Errors::classifyResponse(new Response(429, ['X-REQUEST-ID' => 'r-2'], self::errorBody('NOT_A_SPEC_IDENTIFIER', 'Slow down.')));
        $this->assertInstanceOf(UnknownApiError::class, $failure);
        $this->assertSame([429, 'NOT_A_SPEC_IDENTIFIER', 'r-2'], [$failure->status, $failure->identifier, $failure->requestId]);

        $padded = new Response(400, [], self::errorBody() . str_repeat(' ', 100));
        $length = strlen(self::errorBody()) + 100;
        $this->assertInstanceOf(ApiError::class, Idenfy\Errors::classifyResponse($padded, [], $length));
        $cut = Idenfy\Errors::classifyResponse($padded, [], 10);
        $this->assertInstanceOf(UnexpectedResponse::class, $cut);
        $this->assertSame([UnexpectedResponse::TOO_LARGE, '{"identifi'], [$cut->reason, $cut->body]);
    }

    public function testNeverThrowsOnAnyInput(): void
    {
        mt_srand(20261202);
        $pieces = ['{', '}', '[', ']', '"', '\\', 'identifier', 'message', ':', ',', "\xFF", "\xED\xA0", '1e999', 'null', '\\ud800'];
        for ($run = 0; $run < 3000; $run++) {
            $body = '';
            if (mt_rand(0, 1) === 0) {
                for ($count = mt_rand(0, 40); $count > 0; $count--) {
                    $body .= chr(mt_rand(0, 255));
                }
            } else {
                for ($count = mt_rand(0, 30); $count > 0; $count--) {
                    $body .= $pieces[mt_rand(0, count($pieces) - 1)];
                }
            }
            $failure = Markid\Errors::classify([0, 100, 400, 429, 500, 999][mt_rand(0, 5)], ['X-Request-Id' => $body], $body, ['identifier']);
            $this->assertInstanceOf(Failure::class, $failure);
            $this->assertIsString((string) $failure);
        }
    }
}
