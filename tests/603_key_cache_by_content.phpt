--TEST--
Key cache: keys are found again by content, never by path: a file:// key or certificate rewritten with other content is what the next client uses; an unusable key is not remembered; a client keeps the key it was built with; many distinct key texts (more than the cache holds) each sign with their own key
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$keyA = file_get_contents($gw['keys'] . '/merchant.key');
$keyB = file_get_contents($gw['keys'] . '/other.key');
$publicA = file_get_contents($gw['keys'] . '/merchant.crt');
$publicB = file_get_contents($gw['keys'] . '/other.pub');
$keyFile = tempnam(sys_get_temp_dir(), 'wechatpay-key-');
$certFile = tempnam(sys_get_temp_dir(), 'wechatpay-cert-');
file_put_contents($certFile, $gw['platform_cert']);

$build = static fn($privateKey) => wechatpay_test_instance($gw, [
    'privateKey' => $privateKey,
    'certs' => [$gw['platform_serial'] => 'file://' . $certFile],
]);
// Which key signed the request: the gateway echoes it unchecked (nosigncheck); the signature is
// checked here with ext/openssl against each public key.
$signer = static function ($instance) use ($publicA, $publicB): string {
    try {
        $echo = wechatpay_echo($instance->v3->echo->get(['headers' => ['X-Gateway-Mode' => 'nosigncheck']]));
    } catch (\Exception $e) {
        return get_class($e) . ': ' . strtok($e->getMessage(), ':='); // without the reply's values
    }
    preg_match_all('/(\w+)="([^"]*)"/', $echo['headers']['authorization'], $m);
    $field = array_combine($m[1], $m[2]);
    $message = "GET\n{$echo['target']}\n{$field['timestamp']}\n{$field['nonce_str']}\n{$echo['body']}\n";
    $signature = base64_decode($field['signature']);
    $by = [];
    foreach (['A' => $publicA, 'B' => $publicB] as $name => $public) {
        if (openssl_verify($message, $signature, $public, OPENSSL_ALGO_SHA256) === 1) {
            $by[] = $name;
        }
    }
    return $by ? implode(',', $by) : 'neither';
};

file_put_contents($keyFile, $keyA);
$first = $build('file://' . $keyFile);
echo 'file holds A: ', $signer($first), "\n";
file_put_contents($keyFile, $keyB);
echo 'same path, file now holds B: ', $signer($build('file://' . $keyFile)), "\n";
echo 'the client built with A still: ', $signer($first), "\n";
file_put_contents($keyFile, $keyA);
echo 'file holds A again: ', $signer($build('file://' . $keyFile)), "\n";
file_put_contents($keyFile, "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n");
echo 'file holds junk: ', $signer($build('file://' . $keyFile)), "\n";
file_put_contents($keyFile, $keyB);
echo 'file holds B again: ', $signer($build('file://' . $keyFile)), "\n";
echo 'PEM string A: ', $signer($build($keyA)), ', PEM string B: ', $signer($build($keyB)), "\n";

// the platform certificate by content too: a file rewritten with another key fails verification
echo 'platform certificate file: ', $signer($build($keyA)), "\n";
file_put_contents($certFile, $publicB);
echo 'rewritten with another public key: ', $signer($build($keyA)), "\n";
file_put_contents($certFile, $gw['platform_cert']);
echo 'restored: ', $signer($build($keyA)), "\n";

// 66 distinct texts (trailing newlines differ; the cache holds 64), A and B alternating, then the
// oldest again once evicted
$expected = $got = '';
for ($n = 0; $n < 66; $n++) {
    $got .= $signer($build(($n % 2 ? $keyB : $keyA) . str_repeat("\n", $n + 1)));
    $expected .= $n % 2 ? 'B' : 'A';
}
for ($n = 0; $n < 4; $n++) {
    $got .= $signer($build(($n % 2 ? $keyB : $keyA) . str_repeat("\n", $n + 1)));
    $expected .= $n % 2 ? 'B' : 'A';
}
echo '70 clients over 66 key texts: ', $got === $expected ? 'each signed with its own key' : $got, "\n";
unlink($keyFile);
unlink($certFile);
?>
--EXPECT--
file holds A: A
same path, file now holds B: B
the client built with A still: A
file holds A again: A
file holds junk: UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
file holds B again: B
PEM string A: A, PEM string B: B
platform certificate file: A
rewritten with another public key: WeChatPay\Exception\RequestException: Verify the response's data with
restored: A
70 clients over 66 key texts: each signed with its own key
