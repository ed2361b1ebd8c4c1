--TEST--
APIv2 `security => true` presents config `merchant` cert/key (paths, or [path, passphrase]) as the TLS client certificate: a gateway that requires one signed by the test CA refuses the connection without it, with another certificate or a wrong passphrase, and answers with it; sync and async
--EXTENSIONS--
wechatpay
--FILE--
<?php
declare(strict_types=1);
require __DIR__ . '/inc/v2.inc';
$gw = wechatpay_gateway();
$port = wechatpay_gateway_spawn(wechatpay_gateway_command('--tls=tls-server', '--client-ca=tls-ca'), $gw['env']);
$keys = $gw['keys'];
$base = ['base_uri' => "https://127.0.0.1:$port/", 'verify' => $gw['tls_ca']];
$client = ['cert' => "$keys/tls-client.crt", 'key' => "$keys/tls-client.key"];
$encrypted = ['cert' => "$keys/tls-client.crt", 'key' => ["$keys/tls-client-encrypted.key", 'tls-client-passphrase']];
$try = static function (string $name, array $config, array $options, bool $async = false) use ($gw, $base): void {
    $node = v2_instance($gw, $base + $config)->v2->secapi->pay->refund;
    $options += ['xml' => ['mch_id' => V2_TEST_MCHID, 'out_refund_no' => 'R1']];
    try {
        $response = $async ? $node->postAsync($options)->wait() : $node->post($options);
        $echo = v2_echo($response);
        echo "$name: ", $response->getStatusCode(), ' ', $echo['return_code'], ' ', $echo['target'], ' ', v2_request_signed($echo), "\n";
    } catch (Throwable $e) {
        echo "$name: ", get_class($e), ' ', $e->getCode(), ' ', preg_replace('~(cURL error \d+):.*~s', '$1', $e->getMessage()), "\n";
    }
};
$try('no security', ['merchant' => $client], []);
// first, while no connection authenticated with this certificate and key file is open: connections are
// pooled per process, and libcurl reuses one opened with the same certificate and key files
$try('security, encrypted key, wrong passphrase', ['merchant' => ['cert' => $encrypted['cert'], 'key' => [$encrypted['key'][0], 'wrong']]], ['security' => true]);
$try('security', ['merchant' => $client], ['security' => true]);
$try('security, async', ['merchant' => $client], ['security' => true], true);
$try('security, encrypted key and its passphrase', ['merchant' => $encrypted], ['security' => true]);
$try('security, a certificate the CA did not sign', ['merchant' => ['cert' => "$keys/merchant.crt", 'key' => "$keys/merchant.key"]], ['security' => true]);
$try('security => 1 is not true', ['merchant' => $client], ['security' => 1]);
$try('security without merchant config', [], ['security' => true]);
$try('security, missing certificate file', ['merchant' => ['cert' => "$keys/none.crt", 'key' => $client['key']]], ['security' => true]);
$try('security, missing certificate file, async', ['merchant' => ['cert' => "$keys/none.crt", 'key' => $client['key']]], ['security' => true], true);
$try('security, missing key file', ['merchant' => ['cert' => $client['cert'], 'key' => "$keys/none.key"]], ['security' => true]);
$try('security overrides per-request cert', ['merchant' => $client], ['security' => true, 'cert' => "$keys/merchant.crt", 'ssl_key' => "$keys/merchant.key"]);
$try('per-request cert and ssl_key without security', [], ['cert' => $client['cert'], 'ssl_key' => $client['key']]);
?>
--EXPECTF--
no security: WeChatPay\Exception\ConnectException 52 cURL error 52
security, encrypted key, wrong passphrase: WeChatPay\Exception\RequestException 58 cURL error 58
security: 200 SUCCESS /secapi/pay/refund signed MD5 ok
security, async: 200 SUCCESS /secapi/pay/refund signed MD5 ok
security, encrypted key and its passphrase: 200 SUCCESS /secapi/pay/refund signed MD5 ok
security, a certificate the CA did not sign: WeChatPay\Exception\ConnectException 35 cURL error 35
security => 1 is not true: WeChatPay\Exception\ConnectException 52 cURL error 52
security without merchant config: WeChatPay\Exception\ConnectException 52 cURL error 52
security, missing certificate file: InvalidArgumentException 0 SSL certificate not found: %s/none.crt
security, missing certificate file, async: InvalidArgumentException 0 SSL certificate not found: %s/none.crt
security, missing key file: InvalidArgumentException 0 SSL private key not found: %s/none.key
security overrides per-request cert: 200 SUCCESS /secapi/pay/refund signed MD5 ok
per-request cert and ssl_key without security: 200 SUCCESS /secapi/pay/refund signed MD5 ok
