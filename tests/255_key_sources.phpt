--TEST--
Key sources: a file:// key is read from a plain file only (no data://, php:// or other stream wrapper, as ext/openssl opens it for the SDK); ext/openssl key and certificate objects sign and verify as their PEM does
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$try = static function (string $label, array $extra) use ($gw): void {
    try {
        $response = wechatpay_test_instance($gw, $extra)->v3->echo->get();
        echo $label, ': ', $response->getStatusCode(), "\n";
    } catch (Throwable $e) {
        echo $label, ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
};
// wrappers: the SDK (ext/openssl) cannot open them either, and fails when signing with these words
$try('data://', ['privateKey' => 'file://data://text/plain;base64,' . base64_encode($gw['merchant_key'])]);
$try('php://filter', ['privateKey' => 'file://php://filter/read=string.toupper|string.tolower/resource=' . $gw['merchant_key_path']]);
$try('plain file', ['privateKey' => 'file://' . $gw['merchant_key_path']]);
$try('certs from data://', ['certs' => [$gw['platform_serial'] => 'file://data://text/plain;base64,' . base64_encode($gw['platform_cert'])]]);

// objects: the signature the gateway checks and the reply verified against the object's key
$try('key object', ['privateKey' => openssl_pkey_get_private($gw['merchant_key'])]);
$try('certificate object', ['certs' => [$gw['platform_serial'] => openssl_x509_read($gw['platform_cert'])]]);
$try('public key object', ['certs' => [$gw['platform_serial'] => openssl_pkey_get_public($gw['platform_cert'])]]);
$try('public key object as the private key', ['privateKey' => openssl_pkey_get_public($gw['platform_cert'])]);
$try('another key object', ['privateKey' => openssl_pkey_new(['private_key_bits' => 1024])]);
// a private key object as a platform key: its public half verifies (a different key: the reply fails)
$try('private key object as a cert', ['certs' => [$gw['platform_serial'] => openssl_pkey_get_private($gw['merchant_key'])]]);
?>
--EXPECTF--
data://: UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
php://filter: UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
plain file: 200
certs from data://: WeChatPay\Exception\RequestException: Verify the response's data with: timestamp=%d, nonce=%s, signature=%s, cert=[%s => ...] failed.
key object: 200
certificate object: 200
public key object: 200
public key object as the private key: UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
another key object: WeChatPay\Exception\ClientException: Client error: `GET http://127.0.0.1:%d/v3/echo` resulted in a `401 Unauthorized` response:
{"code":"SIGN_ERROR","message":"signature verification failed"}

private key object as a cert: WeChatPay\Exception\RequestException: Verify the response's data with: timestamp=%d, nonce=%s, signature=%s, cert=[%s => ...] failed.
