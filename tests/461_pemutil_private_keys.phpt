--TEST--
PemUtil::loadPrivateKey() / loadPrivateKeyFromString() (deprecated in the SDK, no runtime notice): Rsa::from() of a file path (file:// added) or of anything
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/openssl.inc';
use WeChatPay\Util\PemUtil;

$k = wechatpay_openssl_keys();
$expected = wechatpay_openssl(['pkey', '-in', $k['pkcs8'], '-pubout']);
set_error_handler(static function (int $level, string $message): bool {
    echo "  notice ($level): $message\n";
    return true;
});

function attempt(string $label, callable $load): void
{
    global $expected;
    try {
        $key = $load();
        $result = $key instanceof OpenSSLAsymmetricKey && openssl_pkey_get_details($key)['key'] === $expected
            && openssl_sign('probe', $signature, $key, OPENSSL_ALGO_SHA256) ? 'the private key' : 'WRONG: ' . get_debug_type($key);
    } catch (Throwable $e) {
        $result = get_class($e) . ': ' . $e->getMessage();
    }
    echo $label, ': ', $result, "\n";
}

attempt('loadPrivateKey(path)', static fn() => PemUtil::loadPrivateKey($k['pkcs8']));
attempt('loadPrivateKey(PKCS#1 path)', static fn() => PemUtil::loadPrivateKey($k['pkcs1']));
attempt('loadPrivateKey(file://path)', static fn() => PemUtil::loadPrivateKey('file://' . $k['pkcs8']));
chdir($k['dir']);
attempt('loadPrivateKey(relative path)', static fn() => PemUtil::loadPrivateKey(basename($k['pkcs8'])));
attempt('loadPrivateKeyFromString(PEM)', static fn() => PemUtil::loadPrivateKeyFromString(file_get_contents($k['pkcs8'])));
attempt('loadPrivateKeyFromString(file://path)', static fn() => PemUtil::loadPrivateKeyFromString('file://' . $k['pkcs1']));
attempt('loadPrivateKeyFromString(private.pkcs8://)', static fn() => PemUtil::loadPrivateKeyFromString('private.pkcs8://' . wechatpay_pem_base64(file_get_contents($k['pkcs8']))));
attempt('loadPrivateKeyFromString([encrypted, passphrase])', static fn() => PemUtil::loadPrivateKeyFromString([file_get_contents($k['encrypted']), file_get_contents($k['pwd'])]));
attempt('loadPrivateKeyFromString(OpenSSLAsymmetricKey)', static fn() => PemUtil::loadPrivateKeyFromString(openssl_pkey_get_private(file_get_contents($k['pkcs8']))));

echo "-- failures\n";
attempt('loadPrivateKey(missing)', static fn() => PemUtil::loadPrivateKey($k['dir'] . '/missing.key'));
attempt('loadPrivateKey(a public key)', static fn() => PemUtil::loadPrivateKey($k['spki']));
attempt('loadPrivateKey(encrypted)', static fn() => PemUtil::loadPrivateKey($k['encrypted']));
attempt('loadPrivateKey(PEM text)', static fn() => PemUtil::loadPrivateKey(file_get_contents($k['pkcs8'])));
attempt('loadPrivateKeyFromString(path without file://)', static fn() => PemUtil::loadPrivateKeyFromString($k['pkcs8']));
attempt('loadPrivateKeyFromString(a public key)', static fn() => PemUtil::loadPrivateKeyFromString(file_get_contents($k['spki'])));
attempt('loadPrivateKeyFromString(1)', static fn() => PemUtil::loadPrivateKeyFromString(1));
attempt('loadPrivateKeyFromString(null)', static fn() => PemUtil::loadPrivateKeyFromString(null));
attempt('loadPrivateKeyFromString(OpenSSLCertificate)', static fn() => PemUtil::loadPrivateKeyFromString(openssl_x509_read(file_get_contents($k['cert']))));
attempt('loadPrivateKey is typed', static fn() => PemUtil::loadPrivateKey(null));
?>
--EXPECT--
loadPrivateKey(path): the private key
loadPrivateKey(PKCS#1 path): the private key
loadPrivateKey(file://path): the private key
loadPrivateKey(relative path): the private key
loadPrivateKeyFromString(PEM): the private key
loadPrivateKeyFromString(file://path): the private key
loadPrivateKeyFromString(private.pkcs8://): the private key
loadPrivateKeyFromString([encrypted, passphrase]): the private key
loadPrivateKeyFromString(OpenSSLAsymmetricKey): the private key
-- failures
loadPrivateKey(missing): UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
loadPrivateKey(a public key): UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
loadPrivateKey(encrypted): UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
loadPrivateKey(PEM text): UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
loadPrivateKeyFromString(path without file://): UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
loadPrivateKeyFromString(a public key): UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
loadPrivateKeyFromString(1): UnexpectedValueException: Cannot load privateKey from(integer), please take care about the \$thing input.
loadPrivateKeyFromString(null): UnexpectedValueException: Cannot load privateKey from(NULL), please take care about the \$thing input.
loadPrivateKeyFromString(OpenSSLCertificate): UnexpectedValueException: Cannot load privateKey from(object), please take care about the \$thing input.
loadPrivateKey is typed: TypeError: WeChatPay\Util\PemUtil::loadPrivateKey(): Argument #1 ($filepath) must be of type string, null given
