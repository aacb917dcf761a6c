<?php

declare(strict_types=1);

namespace ErrorContract\Tests;

use ErrorContract\Secrets;
use PHPUnit\Framework\TestCase;

/** The shared corpus: every case must classify exactly as the TypeScript client classifies it. */
final class CorpusTest extends TestCase
{
    /** @return iterable<string, array{array<string, mixed>, array<string, mixed>}> */
    public static function cases(): iterable
    {
        foreach (Corpus::all() as $corpus) {
            foreach ($corpus['cases'] as $case) {
                yield "{$corpus['brand']}: {$case['name']}" => [$corpus, $case];
            }
        }
    }

    /**
     * @dataProvider cases
     * @param array<string, mixed> $corpus
     * @param array<string, mixed> $case
     */
    public function testCorpus(array $corpus, array $case): void
    {
        $errors = 'ErrorContract\\' . ucfirst($corpus['brand']) . '\\Errors';
        $this->assertTrue(class_exists($errors), "no PHP namespace for the corpus of {$corpus['brand']}");
        $secrets = Secrets::basicAuth($corpus['credentials']['apiKey'], $corpus['credentials']['apiSecret']);
        $reply = $case['reply'];

        $failure = $errors::classify($reply['status'], Corpus::headers($reply), Corpus::body($reply), $secrets);

        $want = $case['want'];
        $got = Corpus::outcome($failure);
        ksort($want);
        ksort($got);
        $this->assertSame($want, $got);
        $shown = (string) $failure . print_r($failure, true) . var_export($failure, true);
        foreach ($secrets as $secret) {
            $this->assertStringNotContainsString($secret, $shown);
        }
    }
}
