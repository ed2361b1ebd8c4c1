--TEST--
Connections: clients built afresh (Builder::factory with a file:// key, one call each, then dropped) reuse one keep-alive connection per origin, over HTTP and HTTPS; a connection is reused only for the same TLS settings
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$log = tempnam(sys_get_temp_dir(), 'wechatpay-log-');
$gw = wechatpay_gateway(['WECHATPAY_GATEWAY_LOG' => $log]);
$tls = wechatpay_tls_gateway($gw);
/** target => client port of each request the gateway saw since the last look */
$ports = static function () use ($log): array {
    $seen = [];
    foreach (file($log, FILE_IGNORE_NEW_LINES) as $line) {
        [, $target, $port] = explode(' ', $line);
        $seen[$target] = $port;
    }
    file_put_contents($log, '');
    return $seen;
};
// what an FPM worker does on every request: build the client, make one call, drop the client
$fresh = static function (string $base, $verify, string $target) use ($gw): int {
    $instance = \WeChatPay\Builder::factory([
        'mchid' => $gw['mchid'],
        'serial' => $gw['merchant_serial'],
        'privateKey' => 'file://' . $gw['merchant_key_path'],
        'certs' => [$gw['platform_serial'] => 'file://' . $gw['platform_cert_path']],
        'base_uri' => $base,
        'verify' => $verify,
    ]);
    return $instance->chain($target)->get()->getStatusCode();
};

foreach (['http' => $gw['base_uri'], 'https' => $tls['base_uri']] as $scheme => $base) {
    $statuses = [];
    for ($n = 0; $n < 10; $n++) {
        $statuses[] = $fresh($base, $gw['tls_ca'], "v3/$scheme/$n");
    }
    $seen = $ports();
    echo "$scheme: ", count($seen), ' requests, statuses ', implode(',', array_unique($statuses)),
        ', connections ', count(array_unique($seen)), "\n";
}

// TLS settings are part of what a connection may be reused for: one opened without verification is
// never used for a verified request, nor one verified against another CA bundle
try {
    $fresh($tls['base_uri'], false, 'v3/unverified');
    echo "unverified: 200\n";
    $fresh($tls['base_uri'], $gw['platform_cert_path'], 'v3/other-ca');
    echo "verified against a bundle without the test CA: 200\n";
} catch (\WeChatPay\Exception\RequestException $e) {
    echo 'verified against a bundle without the test CA: ', get_class($e), ' ', $e->getCode(), "\n";
}
echo 'verified against the test CA: ', $fresh($tls['base_uri'], $gw['tls_ca'], 'v3/test-ca'), "\n";
$seen = $ports();
echo 'unverified connection reused for a verified request: ',
    var_export(isset($seen['/v3/other-ca']) || $seen['/v3/test-ca'] === $seen['/v3/unverified'], true), "\n";
unlink($log);
?>
--EXPECT--
http: 10 requests, statuses 200, connections 1
https: 10 requests, statuses 200, connections 1
unverified: 200
verified against a bundle without the test CA: WeChatPay\Exception\RequestException 60
verified against the test CA: 200
unverified connection reused for a verified request: false
