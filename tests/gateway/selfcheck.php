<?php
// selfcheck.php: owns the smoke check of the test gateway itself (router.php, server.php,
// gateway.inc, keygen.sh). It drives the gateway with a WeChat Pay client and with raw
// requests and prints one line per check, then "N passed, N failed" (exit 1 on failures).
//   php tests/gateway/selfcheck.php AUTOLOADER   # an autoloader for WeChatPay\Builder + Guzzle
//   php -d extension=... tests/gateway/selfcheck.php   # once the extension provides them
// Needs the curl extension (the client) besides what the gateway needs.
declare(strict_types=1);

use GuzzleHttp\Exception\ClientException;
use GuzzleHttp\Exception\ConnectException;
use GuzzleHttp\Exception\RequestException;
use GuzzleHttp\Exception\ServerException;
use GuzzleHttp\Promise\Utils;
use WeChatPay\Builder;
use WeChatPay\BuilderChainable;
use WeChatPay\Crypto\Rsa;

require __DIR__ . '/../inc/gateway.inc';
if (!class_exists(Builder::class) && isset($argv[1])) {
    require $argv[1];
}
if (!class_exists(Builder::class)) {
    fwrite(STDERR, "usage: php tests/gateway/selfcheck.php AUTOLOADER (no WeChatPay\\Builder available)\n");
    exit(2);
}

const SEED = [
    'out_apply_no' => 'APPLY20250101000001',
    'sub_mchid' => '1900000001',
    'agreement_list' => [[
        'agreement_code' => 'INSURANCE_COMPENSATION',
        'agreement_version' => '1.0',
        'sign_organization' => 'Test Insurance Co.',
        'sign_time' => '2025-01-01T10:00:00+08:00',
    ]],
];

$results = ['passed' => 0, 'failed' => 0];

/** Runs one check; $fn returns a detail line or throws. */
function check(string $name, callable $fn): void
{
    global $results;
    try {
        $detail = $fn();
        $results['passed']++;
        echo "ok   $name: $detail\n";
    } catch (Throwable $e) {
        $results['failed']++;
        echo "FAIL $name: " . get_class($e) . ': ' . $e->getMessage() . "\n";
    }
}

function expect(bool $condition, string $what): void
{
    if (!$condition) {
        throw new UnexpectedValueException("expected $what");
    }
}

/** Runs $fn, which must throw $class with a message matching $pattern; returns the message. */
function expect_throw(callable $fn, string $class, string $pattern): string
{
    try {
        $fn();
    } catch (Throwable $e) {
        expect($e instanceof $class, "$class, got " . get_class($e) . ': ' . $e->getMessage());
        expect((bool) preg_match($pattern, $e->getMessage()), "message matching $pattern, got: " . $e->getMessage());
        return get_class($e) . ': ' . strtok($e->getMessage(), "\n");
    }
    throw new UnexpectedValueException("expected $class, nothing was thrown");
}

function client(array $gw, array $overrides = []): BuilderChainable
{
    return Builder::factory($overrides + [
        'mchid' => $gw['mchid'],
        'serial' => $gw['merchant_serial'],
        'privateKey' => Rsa::from('file://' . $gw['merchant_key_path'], Rsa::KEY_TYPE_PRIVATE),
        'certs' => [$gw['platform_serial'] => Rsa::from('file://' . $gw['platform_cert_path'], Rsa::KEY_TYPE_PUBLIC)],
        'base_uri' => $gw['base_uri'],
    ]);
}

/** GET /v3/gateway/check with the given X-Gateway-Mode through $client. */
function mode(BuilderChainable $client, string $mode, array $options = []): Psr\Http\Message\ResponseInterface
{
    $options['headers'] = ['X-Gateway-Mode' => $mode] + ($options['headers'] ?? []);
    return $client->v3->gateway->check->get($options);
}

/**
 * A correctly signed request without the SDK; $tamper may then change the Authorization
 * parameters or the body (key 'body') before it is sent.
 * @return array{int, array<string, string>, string} status, lower-cased headers, body
 */
function raw(array $gw, string $method, string $target, string $body, ?callable $tamper = null): array
{
    $auth = ['mchid' => $gw['mchid'], 'serial_no' => $gw['merchant_serial'], 'timestamp' => (string) time(),
        'nonce_str' => bin2hex(random_bytes(16))];
    openssl_sign("$method\n$target\n{$auth['timestamp']}\n{$auth['nonce_str']}\n$body\n", $signature, $gw['merchant_key'], OPENSSL_ALGO_SHA256);
    $auth += ['signature' => base64_encode($signature), 'body' => $body];
    if ($tamper !== null) {
        $auth = $tamper($auth);
    }
    $body = $auth['body'];
    unset($auth['body']);
    $pairs = implode(',', array_map(fn ($k, $v) => "$k=\"$v\"", array_keys($auth), $auth));
    $context = stream_context_create(['http' => [
        'method' => $method, 'content' => $body, 'ignore_errors' => true, 'timeout' => 5,
        'header' => ["Authorization: WECHATPAY2-SHA256-RSA2048 $pairs", 'Content-Type: application/json'],
    ]]);
    $reply = file_get_contents(rtrim($gw['base_uri'], '/') . $target, false, $context);
    $headers = [];
    foreach (array_slice($http_response_header, 1) as $line) {
        [$name, $value] = explode(':', $line, 2);
        $headers[strtolower($name)] = trim($value);
    }
    return [(int) substr($http_response_header[0], 9, 3), $headers, $reply];
}

function signed_by_platform(array $gw, array $headers, string $body): bool
{
    $message = "{$headers['wechatpay-timestamp']}\n{$headers['wechatpay-nonce']}\n$body\n";
    return openssl_verify($message, base64_decode($headers['wechatpay-signature']), $gw['platform_pub'], OPENSSL_ALGO_SHA256) === 1
        && $headers['wechatpay-serial'] === $gw['platform_serial'];
}

function echoed(Psr\Http\Message\ResponseInterface $response): array
{
    return json_decode((string) $response->getBody(), true, 512, JSON_THROW_ON_ERROR);
}

/** Two sequential requests through one client: the log must show one client port. */
function keep_alive(BuilderChainable $client, string $log): string
{
    file_put_contents($log, '');
    $client->v3->gateway->first->get();
    $client->v3->gateway->second->get();
    $lines = file($log, FILE_IGNORE_NEW_LINES);
    $ports = array_map(fn ($line) => substr(strrchr($line, ' '), 1), $lines);
    expect(count($ports) === 2 && $ports[0] === $ports[1], 'one client port, log: ' . implode(' | ', $lines));
    return 'log: ' . implode(' | ', $lines);
}

/** $n concurrent sleep:0.5 requests must overlap, i.e. the gateway serves them in parallel. */
function parallel(BuilderChainable $client, int $n): string
{
    $started = microtime(true);
    $promises = [];
    for ($i = 0; $i < $n; $i++) {
        $promises[] = $client->v3->gateway->check->getAsync(['headers' => ['X-Gateway-Mode' => 'sleep:0.5']]);
    }
    Utils::all($promises)->wait();
    $elapsed = microtime(true) - $started;
    expect($elapsed < 1.0, 'less than 1 s, took ' . round($elapsed, 2));
    return sprintf('%.2f s', $elapsed);
}

$log = tempnam(sys_get_temp_dir(), 'wechatpay-gateway-log-');
register_shutdown_function('unlink', $log);
$started = microtime(true);
$gw = wechatpay_gateway(['WECHATPAY_GATEWAY_LOG' => $log]);
printf("gateway %s (started in %.0f ms), keys %s, client %s\n", $gw['base_uri'], (microtime(true) - $started) * 1000,
    $gw['keys'], extension_loaded('wechatpay') ? 'ext-wechatpay' : 'userland SDK');
$instance = client($gw);

// -- the canonical call and the echo -------------------------------------------------------
check('seed endpoint verifies', function () use ($instance) {
    $response = $instance->v3->platsolution->ecommerce->insuranceCompensationContracts->post(['json' => SEED]);
    $body = (string) $response->getBody();
    expect($response->getStatusCode() === 200 && json_decode($body, true)['opened'] === true, '200 opened');
    return $response->getStatusCode() . ' ' . $body;
});
check('seed endpoint rejects a bad request', fn () => expect_throw(
    fn () => $instance->v3->platsolution->ecommerce->insuranceCompensationContracts->post(['json' => ['sub_mchid' => '1']]),
    ClientException::class, '/400 Bad Request.*PARAM_ERROR.*out_apply_no/s',
));
check('seed 400 with http_errors=false is signed and verified', function () use ($instance) {
    $response = $instance->v3->platsolution->ecommerce->insuranceCompensationContracts->post(
        ['json' => ['agreement_list' => []] + SEED, 'http_errors' => false]);
    expect($response->getStatusCode() === 400, '400');
    return '400 ' . $response->getBody();
});
check('echo shows what was sent', function () use ($instance) {
    $echo = echoed($instance->v3->pay->transactions->id->_transaction_id_->get(
        ['transaction_id' => '4200000001', 'query' => ['mchid' => '1900000109']]));
    expect($echo['target'] === '/v3/pay/transactions/id/4200000001?mchid=1900000109', 'the target');
    return "{$echo['method']} {$echo['target']} path={$echo['path']} query={$echo['query']} "
        . 'content-type=' . $echo['headers']['content-type'] . ' authorization=' . substr($echo['headers']['authorization'], 0, 45) . '...';
});

// -- reply faults the client must detect ---------------------------------------------------
$verifyFailed = "/^Verify the response's data with: timestamp=\\d+, nonce=\\w{32}, signature=\\S+, cert=\\[\\w+ => .*\\] failed\\.$/s";
check('bad-signature', fn () => expect_throw(fn () => mode($instance, 'bad-signature'), RequestException::class, $verifyFailed));
check('other-body', fn () => expect_throw(fn () => mode($instance, 'other-body'), RequestException::class, $verifyFailed));
foreach (['+301', '-301'] as $skew) {
    check("skew:$skew", fn () => expect_throw(fn () => mode($instance, "skew:$skew"), RequestException::class,
        "/^It's allowed time offset in ± 300 seconds, the response was on \\d+, your's localtime on \\d+\\.$/"));
}
check('skew:-290 is accepted', fn () => mode($instance, 'skew:-290')->getStatusCode());
check('unknown-serial', fn () => expect_throw(fn () => mode($instance, 'unknown-serial'), RequestException::class,
    "/^Cannot found the serial\\(`UNKNOWNSERIAL0000`\\)'s configuration, which's from the response\\(header:Wechatpay-Serial\\), your's {$gw['platform_serial']}\\.$/"));
foreach (['Wechatpay-Nonce', 'Wechatpay-Serial', 'Wechatpay-Signature', 'Wechatpay-Timestamp'] as $header) {
    check("missing:$header", fn () => expect_throw(fn () => mode($instance, "missing:$header"), RequestException::class,
        "/^The response's Headers incomplete, must have\\(`Wechatpay-Nonce`, `Wechatpay-Serial`, `Wechatpay-Signature` and `Wechatpay-Timestamp`\\)\\.$/"));
}
check('pubkey-id verifies with certs [PUB_KEY_ID => platform.pub]', function () use ($gw) {
    $client = client($gw, ['certs' => [$gw['platform_pubkeyid'] => Rsa::from($gw['platform_pub'], Rsa::KEY_TYPE_PUBLIC)]]);
    $response = mode($client, 'pubkey-id');
    return $response->getStatusCode() . ' Wechatpay-Serial: ' . $response->getHeaderLine('Wechatpay-Serial');
});
check('pubkey-id is refused with only the cert serial', fn () => expect_throw(fn () => mode($instance, 'pubkey-id'),
    RequestException::class, '/^Cannot found the serial\(`PUB_KEY_ID_0119000010920250101000000000000001`\)/'));

// -- statuses and bodies -------------------------------------------------------------------
check('status:404', fn () => expect_throw(fn () => mode($instance, 'status:404'), ClientException::class,
    '/^Client error: `GET http:\/\/127\.0\.0\.1:\d+\/v3\/gateway\/check` resulted in a `404 Not Found` response:\n\{"code":"X","message":"mode"\}/'));
check('status:503', fn () => expect_throw(fn () => mode($instance, 'status:503'), ServerException::class, '/`503 Service Unavailable` response/'));
check('status:500 with http_errors=false is verified', function () use ($instance) {
    $response = mode($instance, 'status:500', ['http_errors' => false]);
    return $response->getStatusCode() . ' ' . $response->getBody();
});
check('html:502', fn () => expect_throw(fn () => mode($instance, 'html:502'), ServerException::class, '/`502 Bad Gateway` response:\n<html>/'));
check('html:200 is verified', function () use ($instance) {
    $response = mode($instance, 'html:200');
    return $response->getStatusCode() . ' ' . $response->getHeaderLine('Content-Type') . ' ' . strlen((string) $response->getBody()) . ' bytes';
});
check('empty:204 is verified', function () use ($instance) {
    $response = mode($instance, 'empty:204');
    expect((string) $response->getBody() === '', 'an empty body');
    return $response->getStatusCode() . ' with empty body';
});
check('gzip (Accept-Encoding: gzip)', function () use ($instance) {
    $response = mode($instance, 'gzip', ['headers' => ['Accept-Encoding' => 'gzip']]);
    expect(echoed($response)['method'] === 'GET', 'a decoded JSON body');
    expect($response->getHeaderLine('x-encoded-content-encoding') === 'gzip', 'a gzip-encoded reply');
    return $response->getStatusCode() . ' verified, ' . $response->getHeaderLine('x-encoded-content-length')
        . ' bytes gzip, ' . strlen((string) $response->getBody()) . ' decoded';
});
check('redirect:2', function () use ($instance) {
    $echo = echoed(mode($instance, 'redirect:2'));
    expect(str_ends_with($echo['target'], 'gateway_redirect=2'), 'two hops');
    return 'final target ' . $echo['target'];
});
check('redirect:6 exceeds Guzzle max 5', fn () => expect_throw(fn () => mode($instance, 'redirect:6'),
    GuzzleHttp\Exception\TooManyRedirectsException::class, '/Will not follow more than 5 redirects/'));
check('unknown mode', fn () => expect_throw(fn () => mode($instance, 'bogus'), ClientException::class, '/unknown gateway mode `bogus`/'));

// -- transport faults ----------------------------------------------------------------------
check('sleep:1 vs timeout 0.3', fn () => expect_throw(fn () => mode($instance, 'sleep:1', ['timeout' => 0.3]),
    ConnectException::class, '/^cURL error 28: Operation timed out after 3\d\d milliseconds/'));
check('status:200,drip:20', function () use ($instance) {
    $started = microtime(true);
    $response = mode($instance, 'status:200,drip:20');
    $elapsed = microtime(true) - $started;
    $length = strlen((string) $response->getBody());
    expect($elapsed >= $length * 0.02 * 0.9, 'a slow reply');
    return sprintf('%d bytes in %.2f s, verified', $length, $elapsed);
});
check('truncate', fn () => expect_throw(fn () => mode($instance, 'truncate'), RequestException::class,
    '/^cURL error 18: transfer closed with 64 bytes remaining to read/'));
check('8 parallel sleep:0.5 requests overlap', fn () => parallel($instance, 8));

check('http keep-alive reuses the connection', fn () => keep_alive($instance, $log));

// -- the gateway refuses bad merchant signatures -------------------------------------------
check('wrong merchant key -> 401 SIGN_ERROR', fn () => expect_throw(
    fn () => client($gw, ['privateKey' => Rsa::from('file://' . $gw['keys'] . '/other.key')])->v3->gateway->check->get(),
    ClientException::class, '/401 Unauthorized.*\{"code":"SIGN_ERROR","message":"signature verification failed"\}/s'));
$tampers = [
    'valid request' => [null, 200, ''],
    'tampered signature' => [fn ($a) => ['signature' => strrev($a['signature'])] + $a, 401, 'signature verification failed'],
    'body changed after signing' => [fn ($a) => ['body' => '{"amount":2}'] + $a, 401, 'signature verification failed'],
    'wrong mchid' => [fn ($a) => ['mchid' => '1900000001'] + $a, 401, 'mchid `1900000001` is not the gateway\'s mchid'],
    'wrong serial_no' => [fn ($a) => ['serial_no' => 'ABCDEF'] + $a, 401, 'serial_no `ABCDEF` is not the merchant certificate serial'],
    'timestamp 301 s old' => [fn ($a) => ['timestamp' => (string) (time() - 301)] + $a, 401, 'is more than 300 s away'],
];
foreach ($tampers as $name => [$tamper, $status, $message]) {
    check("raw: $name", function () use ($gw, $tamper, $status, $message) {
        [$got, $headers, $body] = raw($gw, 'POST', '/v3/gateway/check?x=1', '{"amount":1}', $tamper);
        expect($got === $status && str_contains($body, $message), "$status with `$message`, got $got $body");
        expect(signed_by_platform($gw, $headers, $body), 'a reply signed by the platform key');
        return "$got " . ($got === 200 ? 'echo' : $body) . ' (reply signed)';
    });
}
check('raw: no Authorization', function () use ($gw) {
    $context = stream_context_create(['http' => ['ignore_errors' => true, 'timeout' => 5]]);
    $body = file_get_contents($gw['base_uri'] . 'v3/gateway/check', false, $context);
    expect(str_contains($http_response_header[0], '401'), '401');
    return "$http_response_header[0] $body";
});
check('nosigncheck skips the Authorization check', fn () => mode(
    client($gw, ['privateKey' => Rsa::from('file://' . $gw['keys'] . '/other.key')]), 'nosigncheck')->getStatusCode());

// -- HTTPS ---------------------------------------------------------------------------------
$tls = wechatpay_tls_gateway($gw);
$secure = client($gw, ['base_uri' => $tls['base_uri'], 'verify' => $gw['tls_ca']]);
check('https with verify=tls-ca.crt (seed)', function () use ($secure, $tls) {
    $response = $secure->v3->platsolution->ecommerce->insuranceCompensationContracts->post(['json' => SEED]);
    return $tls['base_uri'] . ' ' . $response->getStatusCode() . ' ' . $response->getBody();
});
check('https keep-alive reuses the connection', fn () => keep_alive($secure, $log));
check('https drip + gzip + truncate', function () use ($secure) {
    $length = strlen((string) mode($secure, 'status:200,drip:5')->getBody());
    $gzip = mode($secure, 'gzip', ['headers' => ['Accept-Encoding' => 'gzip']]);
    $truncated = expect_throw(fn () => mode($secure, 'truncate'), RequestException::class, '/^cURL error 18/');
    expect($gzip->getHeaderLine('x-encoded-content-encoding') === 'gzip', 'a gzip-encoded reply');
    return "drip $length bytes ok, gzip ok, truncate: $truncated";
});
check('https 8 parallel sleep:0.5 requests overlap', fn () => parallel($secure, 8));
check('https without the test CA', fn () => expect_throw(fn () => client($gw, ['base_uri' => $tls['base_uri']])->v3->gateway->check->get(),
    RequestException::class, '/^cURL error 60: /'));
$wrongHost = wechatpay_tls_gateway($gw, 'tls-wrong-host');
check('https with a wrong-host certificate', fn () => expect_throw(
    fn () => client($gw, ['base_uri' => $wrongHost['base_uri'], 'verify' => $gw['tls_ca']])->v3->gateway->check->get(),
    RequestException::class, '/^cURL error 60: .*127\.0\.0\.1/'));

// -- router.php also works as a router for PHP's built-in server ----------------------------
$builtin = wechatpay_gateway_spawn([PHP_BINARY, '-n', '-d', 'display_errors=stderr', '-S', '127.0.0.1:0', __DIR__ . '/router.php'], $gw['env']);
$viaBuiltin = client($gw, ['base_uri' => "http://127.0.0.1:$builtin/"]);
check('php -S router.php: seed', fn () => $viaBuiltin->v3->platsolution->ecommerce->insuranceCompensationContracts->post(['json' => SEED])->getBody());
check('php -S router.php: bad-signature', fn () => expect_throw(fn () => mode($viaBuiltin, 'bad-signature'), RequestException::class, $verifyFailed));
check('php -S router.php: truncate', fn () => expect_throw(fn () => mode($viaBuiltin, 'truncate'), RequestException::class, '/^cURL error 18/'));

echo "{$results['passed']} passed, {$results['failed']} failed\n";
exit($results['failed'] === 0 ? 0 : 1);
