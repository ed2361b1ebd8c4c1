--TEST--
privateKey as PEM, file:// and OpenSSLAsymmetricKey; certs as certificate, public key, file://, objects and PUB_KEY_ID; certs by reference stay live
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$keys = $gw['keys'];
$privateForms = [
    'pem string' => $gw['merchant_key'],
    'file://' => "file://$keys/merchant.key",
    'OpenSSLAsymmetricKey' => openssl_pkey_get_private($gw['merchant_key']),
    'PKCS#1 pem' => shell_exec('openssl rsa -traditional -in ' . escapeshellarg("$keys/merchant.key") . ' 2>/dev/null'),
];
var_dump(str_starts_with($privateForms['PKCS#1 pem'], '-----BEGIN RSA PRIVATE KEY-----'));
foreach ($privateForms as $name => $privateKey) {
    $status = wechatpay_test_instance($gw, ['privateKey' => $privateKey])->v3->echo->get()->getStatusCode();
    echo "privateKey $name: $status\n";
}
$certForms = [
    'certificate pem' => $gw['platform_cert'],
    'public key pem' => $gw['platform_pub'],
    'file:// certificate' => "file://{$gw['platform_cert_path']}",
    'OpenSSLCertificate' => openssl_x509_read($gw['platform_cert']),
    'OpenSSLAsymmetricKey' => openssl_pkey_get_public($gw['platform_cert']),
];
foreach ($certForms as $name => $cert) {
    $status = wechatpay_test_instance($gw, ['certs' => [$gw['platform_serial'] => $cert]])->v3->echo->get()->getStatusCode();
    echo "cert $name: $status\n";
}
// platform public-key mode: the reply announces PUB_KEY_ID_… as its serial
$status = wechatpay_test_instance($gw, ['certs' => [$gw['platform_pubkeyid'] => $gw['platform_pub']]])
    ->v3->echo->get(['headers' => ['X-Gateway-Mode' => 'pubkey-id']])->getStatusCode();
echo "PUB_KEY_ID: $status\n";

// an unusable private key fails at signing time, as in the SDK (sync throws, async rejects)
$dummy = wechatpay_test_instance($gw, ['privateKey' => 'any']);
try { $dummy->v3->echo->get(); } catch (\UnexpectedValueException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
echo $dummy->v3->echo->getAsync()->then(null, static fn($e) => 'rejected: ' . get_class($e))->wait(), "\n";
// an EC key is not an RSA key
$ec = openssl_pkey_new(['private_key_type' => OPENSSL_KEYTYPE_EC, 'curve_name' => 'prime256v1']);
try { wechatpay_test_instance($gw, ['privateKey' => $ec])->v3->echo->get(); } catch (\UnexpectedValueException $e) { echo "EC key: rejected\n"; }

// certs held by reference are live: a serial added after factory() is used
$certs = ['NOT-YET' => null];
$live = \WeChatPay\Builder::factory(['mchid' => $gw['mchid'], 'serial' => $gw['merchant_serial'],
    'privateKey' => $gw['merchant_key'], 'certs' => &$certs, 'base_uri' => $gw['base_uri']]);
try { $live->v3->echo->get(); } catch (\Throwable $e) { echo 'before: ', substr($e->getMessage(), 0, 23), "\n"; }
$certs[$gw['platform_serial']] = $gw['platform_cert'];
echo 'after: ', $live->v3->echo->get()->getStatusCode(), "\n";
// and a changed value for the same serial is reparsed (the cache follows the content)
$certs[$gw['platform_serial']] = $gw['other_pub'];
try { $live->v3->echo->get(); } catch (\Throwable $e) { echo 'changed: ', substr($e->getMessage(), 0, 31), "\n"; }
// by value: later changes are not seen
$copy = [$gw['platform_serial'] => $gw['platform_cert']];
$byValue = wechatpay_test_instance($gw, ['certs' => $copy]);
$copy[$gw['platform_serial']] = $gw['other_pub'];
echo 'by value: ', $byValue->v3->echo->get()->getStatusCode(), "\n";
// a null value (the APIv2 docs' dummy) fails verification with the SDK's previous exception
try { wechatpay_test_instance($gw, ['certs' => [$gw['platform_serial'] => null]])->v3->echo->get(); }
catch (\Throwable $e) { echo get_class($e->getPrevious()), ': ', $e->getPrevious()->getMessage(), "\n"; }
?>
--EXPECT--
bool(true)
privateKey pem string: 200
privateKey file://: 200
privateKey OpenSSLAsymmetricKey: 200
privateKey PKCS#1 pem: 200
cert certificate pem: 200
cert public key pem: 200
cert file:// certificate: 200
cert OpenSSLCertificate: 200
cert OpenSSLAsymmetricKey: 200
PUB_KEY_ID: 200
UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
rejected: UnexpectedValueException
EC key: rejected
before: Cannot found the serial
after: 200
changed: Verify the response's data with
by value: 200
UnexpectedValueException: Verified the input $message failed, please checking your $publicKey whether or nor correct.
