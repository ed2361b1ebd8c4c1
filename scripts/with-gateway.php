<?php
// scripts/with-gateway.php: starts the bundled local gateway on a free loopback port, runs the given
// command with WECHATPAY_* variables describing it, stops the gateway, and exits with the command's status.
require __DIR__ . '/../tests/inc/gateway.inc';

if ($argc < 2) {
    fwrite(STDERR, "usage: php scripts/with-gateway.php COMMAND [ARG...]\n");
    exit(2);
}
$gateway = wechatpay_gateway();
$env = getenv() + [
    'WECHATPAY_BASE_URI' => $gateway['base_uri'],
    'WECHATPAY_MCHID' => $gateway['mchid'],
    'WECHATPAY_MERCHANT_SERIAL' => $gateway['merchant_serial'],
    'WECHATPAY_MERCHANT_KEY' => $gateway['merchant_key_path'],
    'WECHATPAY_PLATFORM_SERIAL' => $gateway['platform_serial'],
    'WECHATPAY_PLATFORM_CERT' => $gateway['platform_cert_path'],
];
$process = proc_open(array_slice($argv, 1), [STDIN, STDOUT, STDERR], $pipes, null, $env);
exit(proc_close($process));
