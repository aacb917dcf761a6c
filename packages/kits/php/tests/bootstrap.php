<?php

declare(strict_types=1);

// Without Composer (Packagist is not reachable from CI): the PSR-4 map of composer.json, read from it, and Debian's
// php-guzzlehttp-psr7, which brings php-psr-http-message, from the include path (/usr/share/php).
$composer = json_decode((string) file_get_contents(dirname(__DIR__) . '/composer.json'), true, 512, JSON_THROW_ON_ERROR);
$map = $composer['autoload']['psr-4'] + $composer['autoload-dev']['psr-4'];
uksort($map, static fn (string $a, string $b): int => strlen($b) <=> strlen($a));
spl_autoload_register(static function (string $class) use ($map): void {
    foreach ($map as $prefix => $dir) {
        if (str_starts_with($class, $prefix)) {
            $file = dirname(__DIR__) . '/' . $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
            return;
        }
    }
});
if (stream_resolve_include_path('GuzzleHttp/Psr7/autoload.php') !== false) {
    require_once 'GuzzleHttp/Psr7/autoload.php';
}
