<?php

declare(strict_types=1);

namespace ErrorContract\Tests;

use ErrorContract\Limits;
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
        $credentials = $corpus['credentials'][$case['credentials']];
        $secrets = Secrets::basicAuth($credentials['apiKey'], $credentials['apiSecret']);
        $reply = $case['reply'];

        $failure = $errors::classify($reply['status'], Corpus::headers($reply), Corpus::body($reply), $secrets);

        $want = $case['want'];
        $got = Corpus::outcome($failure);
        ksort($want);
        ksort($got);
        $this->assertSame($want, $got);
        $json = json_encode($failure);
        $this->assertIsString($json, 'json_encode of the failure fails: ' . json_last_error_msg());
        $shown = (string) $failure . print_r($failure, true) . var_export($failure, true) . $json;
        foreach ($credentials['leakProbes'] as $probe) {
            $this->assertStringNotContainsString($probe, $shown);
        }
    }

    /** @return iterable<string, array{array<string, mixed>}> */
    public static function corpora(): iterable
    {
        foreach (Corpus::all() as $corpus) {
            yield $corpus['brand'] => [$corpus];
        }
    }

    /**
     * @dataProvider corpora
     * @param array<string, mixed> $corpus
     */
    public function testTheLimitsAreTheCorpusLimits(array $corpus): void
    {
        $mine = [];
        foreach (array_keys($corpus['limits']) as $name) {
            $mine[$name] = constant(Limits::class . '::' . $name);
        }
        $this->assertSame($corpus['limits'], $mine);
    }

    /**
     * @dataProvider corpora
     * @param array<string, mixed> $corpus
     */
    public function testSecretsAreAcceptedOrRefusedAsTheCorpusSays(array $corpus): void
    {
        foreach ($corpus['secretChecks'] as ['apiSecret' => $secret, 'accepted' => $accepted]) {
            try {
                Secrets::basicAuth('corpus-key', $secret);
                $this->assertTrue($accepted, json_encode($secret) . ' was accepted');
            } catch (\InvalidArgumentException $refused) {
                $this->assertFalse($accepted, json_encode($secret) . ' was refused');
                $this->assertStringContainsString('so that it can be masked', $refused->getMessage());
            }
        }
    }
}
