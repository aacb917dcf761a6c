<?php

declare(strict_types=1);

// Without Composer (Packagist is not reachable from CI): the PSR-4 map of composer.json, and Debian's
// php-guzzlehttp-psr7, which brings php-psr-http-message, from the include path (/usr/share/php).
spl_autoload_register(static function (string $class): void {
    foreach (['ErrorContract\\Tests\\' => __DIR__ . '/', 'ErrorContract\\' => dirname(__DIR__) . '/src/'] as $prefix => $dir) {
        if (str_starts_with($class, $prefix)) {
            $file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
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
