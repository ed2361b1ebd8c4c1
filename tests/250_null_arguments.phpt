--TEST--
Typed parameters of the static helpers refuse null with a TypeError, as the SDK's userland methods do
--DESCRIPTION--
Expected output recorded from wechatpay/wechatpay 1.4.12 (php -n, Debian Guzzle) running this same script.
--EXTENSIONS--
wechatpay
--FILE--
<?php
// null at each typed parameter of every public static method: a TypeError, as PHP gives the SDK's
// userland methods (internal functions would only deprecate it and coerce null to "" or 0)
set_error_handler(function (int $no, string $str): bool { echo "  unexpected E$no: $str\n"; return true; });
$classes = ['WeChatPay\Formatter', 'WeChatPay\Crypto\Hash', 'WeChatPay\Crypto\AesGcm', 'WeChatPay\Crypto\AesEcb',
    'WeChatPay\Crypto\Rsa', 'WeChatPay\Util\PemUtil', 'WeChatPay\Transformer'];
foreach ($classes as $class) {
    foreach ((new ReflectionClass($class))->getMethods(ReflectionMethod::IS_PUBLIC) as $method) {
        if (!$method->isStatic()) {
            continue;
        }
        $params = $method->getParameters();
        foreach ($params as $i => $param) {
            $type = $param->getType();
            if ($type === null || $type->allowsNull()) {
                continue;
            }
            $args = [];
            foreach ($params as $j => $other) {
                if ($j > $i && $other->isOptional()) {
                    break;
                }
                $name = (string) $other->getType();
                $args[] = $j === $i ? null : (str_contains($name, 'int') ? 1 : (str_contains($name, 'array') ? [] : 'a'));
            }
            try {
                $method->invokeArgs(null, $args);
                echo "$class::{$method->getName()} #", $i + 1, ": no error\n";
            } catch (TypeError $e) {
                echo preg_replace('/, called in .*$/s', '', $e->getMessage()), "\n";
            }
        }
    }
}
?>
--EXPECT--
WeChatPay\Formatter::nonce(): Argument #1 ($size) must be of type int, null given
WeChatPay\Formatter::authorization(): Argument #1 ($mchid) must be of type string, null given
WeChatPay\Formatter::authorization(): Argument #2 ($nonce) must be of type string, null given
WeChatPay\Formatter::authorization(): Argument #3 ($signature) must be of type string, null given
WeChatPay\Formatter::authorization(): Argument #4 ($timestamp) must be of type string, null given
WeChatPay\Formatter::authorization(): Argument #5 ($serial) must be of type string, null given
WeChatPay\Formatter::request(): Argument #1 ($method) must be of type string, null given
WeChatPay\Formatter::request(): Argument #2 ($uri) must be of type string, null given
WeChatPay\Formatter::request(): Argument #3 ($timestamp) must be of type string, null given
WeChatPay\Formatter::request(): Argument #4 ($nonce) must be of type string, null given
WeChatPay\Formatter::request(): Argument #5 ($body) must be of type string, null given
WeChatPay\Formatter::response(): Argument #1 ($timestamp) must be of type string, null given
WeChatPay\Formatter::response(): Argument #2 ($nonce) must be of type string, null given
WeChatPay\Formatter::response(): Argument #3 ($body) must be of type string, null given
WeChatPay\Formatter::ksort(): Argument #1 ($thing) must be of type array, null given
WeChatPay\Formatter::queryStringLike(): Argument #1 ($thing) must be of type array, null given
WeChatPay\Crypto\Hash::md5(): Argument #1 ($thing) must be of type string, null given
WeChatPay\Crypto\Hash::md5(): Argument #2 ($key) must be of type string, null given
WeChatPay\Crypto\Hash::hmac(): Argument #1 ($thing) must be of type string, null given
WeChatPay\Crypto\Hash::hmac(): Argument #2 ($key) must be of type string, null given
WeChatPay\Crypto\Hash::hmac(): Argument #3 ($algorithm) must be of type string, null given
WeChatPay\Crypto\Hash::equals(): Argument #1 ($known_string) must be of type string, null given
WeChatPay\Crypto\Hash::sign(): Argument #1 ($type) must be of type string, null given
WeChatPay\Crypto\Hash::sign(): Argument #2 ($data) must be of type string, null given
WeChatPay\Crypto\Hash::sign(): Argument #3 ($key) must be of type string, null given
WeChatPay\Crypto\AesGcm::encrypt(): Argument #1 ($plaintext) must be of type string, null given
WeChatPay\Crypto\AesGcm::encrypt(): Argument #2 ($key) must be of type string, null given
WeChatPay\Crypto\AesGcm::encrypt(): Argument #3 ($iv) must be of type string, null given
WeChatPay\Crypto\AesGcm::encrypt(): Argument #4 ($aad) must be of type string, null given
WeChatPay\Crypto\AesGcm::decrypt(): Argument #1 ($ciphertext) must be of type string, null given
WeChatPay\Crypto\AesGcm::decrypt(): Argument #2 ($key) must be of type string, null given
WeChatPay\Crypto\AesGcm::decrypt(): Argument #3 ($iv) must be of type string, null given
WeChatPay\Crypto\AesGcm::decrypt(): Argument #4 ($aad) must be of type string, null given
WeChatPay\Crypto\AesEcb::encrypt(): Argument #1 ($plaintext) must be of type string, null given
WeChatPay\Crypto\AesEcb::encrypt(): Argument #2 ($key) must be of type string, null given
WeChatPay\Crypto\AesEcb::encrypt(): Argument #3 ($iv) must be of type string, null given
WeChatPay\Crypto\AesEcb::decrypt(): Argument #1 ($ciphertext) must be of type string, null given
WeChatPay\Crypto\AesEcb::decrypt(): Argument #2 ($key) must be of type string, null given
WeChatPay\Crypto\AesEcb::decrypt(): Argument #3 ($iv) must be of type string, null given
WeChatPay\Crypto\Rsa::pkcs1ToSpki(): Argument #1 ($thing) must be of type string, null given
WeChatPay\Crypto\Rsa::fromPkcs8(): Argument #1 ($thing) must be of type string, null given
WeChatPay\Crypto\Rsa::fromPkcs1(): Argument #1 ($thing) must be of type string, null given
WeChatPay\Crypto\Rsa::fromPkcs1(): Argument #2 ($type) must be of type string, null given
WeChatPay\Crypto\Rsa::fromSpki(): Argument #1 ($thing) must be of type string, null given
WeChatPay\Crypto\Rsa::from(): Argument #2 ($type) must be of type string, null given
WeChatPay\Crypto\Rsa::encrypt(): Argument #1 ($plaintext) must be of type string, null given
WeChatPay\Crypto\Rsa::encrypt(): Argument #3 ($padding) must be of type int, null given
WeChatPay\Crypto\Rsa::verify(): Argument #1 ($message) must be of type string, null given
WeChatPay\Crypto\Rsa::verify(): Argument #2 ($signature) must be of type string, null given
WeChatPay\Crypto\Rsa::sign(): Argument #1 ($message) must be of type string, null given
WeChatPay\Crypto\Rsa::decrypt(): Argument #1 ($ciphertext) must be of type string, null given
WeChatPay\Crypto\Rsa::decrypt(): Argument #3 ($padding) must be of type int, null given
WeChatPay\Util\PemUtil::loadPrivateKey(): Argument #1 ($filepath) must be of type string, null given
WeChatPay\Util\PemUtil::loadCertificate(): Argument #1 ($filepath) must be of type string, null given
WeChatPay\Transformer::toArray(): Argument #1 ($xml) must be of type string, null given
WeChatPay\Transformer::sanitize(): Argument #1 ($xml) must be of type string, null given
WeChatPay\Transformer::toXml(): Argument #1 ($data) must be of type array, null given
WeChatPay\Transformer::toXml(): Argument #2 ($headless) must be of type bool, null given
WeChatPay\Transformer::toXml(): Argument #3 ($indent) must be of type bool, null given
WeChatPay\Transformer::toXml(): Argument #4 ($root) must be of type string, null given
WeChatPay\Transformer::toXml(): Argument #5 ($item) must be of type string, null given
