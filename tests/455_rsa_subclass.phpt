--TEST--
Rsa subclasses: the sugars call static::from(), so a subclass's own from() is used; inherited methods work unchanged
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/openssl.inc';
use WeChatPay\Crypto\Rsa;

class CachingRsa extends Rsa
{
    public static array $calls = [];

    public static function from($thing, string $type = self::KEY_TYPE_PRIVATE)
    {
        self::$calls[] = strstr($thing, '://', true) . " as $type";
        return parent::from($thing, $type);
    }
}

class PlainRsa extends Rsa
{
}

$k = wechatpay_openssl_keys();
$b64 = array_map(static fn($name) => wechatpay_pem_base64(file_get_contents($k[$name])), ['pkcs8' => 'pkcs8', 'pkcs1' => 'pkcs1', 'pkcs1pub' => 'pkcs1pub', 'spki' => 'spki']);
$keys = [
    CachingRsa::fromPkcs8($b64['pkcs8']),
    CachingRsa::fromPkcs1($b64['pkcs1']),
    CachingRsa::fromPkcs1($b64['pkcs1pub'], CachingRsa::KEY_TYPE_PUBLIC),
    CachingRsa::fromSpki($b64['spki']),
];
print_r(CachingRsa::$calls);
var_dump(array_map('get_class', $keys));
var_dump(get_class(PlainRsa::fromPkcs8($b64['pkcs8'])), PlainRsa::verify('m', PlainRsa::sign('m', $keys[0]), $keys[3]));
// Rsa's own sugars never reach a subclass
CachingRsa::$calls = [];
Rsa::fromSpki($b64['spki']);
var_dump(CachingRsa::$calls);
?>
--EXPECT--
Array
(
    [0] => private.pkcs8 as private
    [1] => private.pkcs1 as private
    [2] => public.pkcs1 as public
    [3] => public.spki as public
)
array(4) {
  [0]=>
  string(20) "OpenSSLAsymmetricKey"
  [1]=>
  string(20) "OpenSSLAsymmetricKey"
  [2]=>
  string(20) "OpenSSLAsymmetricKey"
  [3]=>
  string(20) "OpenSSLAsymmetricKey"
}
string(20) "OpenSSLAsymmetricKey"
bool(true)
array(0) {
}
