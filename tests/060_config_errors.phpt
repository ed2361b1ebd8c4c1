--TEST--
Bad configuration: the SDK's exception class, messages and order (spec §3.1); no key material in messages
--EXTENSIONS--
wechatpay
--FILE--
<?php
$key = "-----BEGIN PRIVATE KEY-----\nsecret-material\n-----END PRIVATE KEY-----";
$cases = [
    'empty' => [],
    'mchid null' => ['mchid' => null],
    'mchid only' => ['mchid' => '1900000109'],
    'serial not string' => ['mchid' => '1900000109', 'serial' => 123],
    'no key' => ['mchid' => '1900000109', 'serial' => 'MCHSERIAL'],
    'key array' => ['mchid' => '1900000109', 'serial' => 'MCHSERIAL', 'privateKey' => [$key]],
    'no certs' => ['mchid' => '1900000109', 'serial' => 'MCHSERIAL', 'privateKey' => $key],
    'certs empty' => ['mchid' => '1900000109', 'serial' => 'MCHSERIAL', 'privateKey' => $key, 'certs' => []],
    'certs string' => ['mchid' => '1900000109', 'serial' => 'MCHSERIAL', 'privateKey' => $key, 'certs' => 'x'],
    'certs has merchant serial' => ['mchid' => '1900000109', 'serial' => 'MCH123SERIAL', 'privateKey' => $key, 'certs' => ['MCH123SERIAL' => null]],
    'int-like serial collides' => ['mchid' => '1900000109', 'serial' => '123', 'privateKey' => $key, 'certs' => ['PLAT' => null, 123 => null]],
    'mchid int' => ['mchid' => 1900000109, 'serial' => 'S', 'privateKey' => $key, 'certs' => ['P' => null]],
    'secret int' => ['mchid' => '1', 'serial' => 'S', 'privateKey' => $key, 'certs' => ['P' => null], 'secret' => 1],
    'merchant string' => ['mchid' => '1', 'serial' => 'S', 'privateKey' => $key, 'certs' => ['P' => null], 'merchant' => 'x'],
    'CRLF in serial' => ['mchid' => '1', 'serial' => "S\",\r\nX-Injected: yes", 'privateKey' => $key, 'certs' => ['P' => null]],
    'quote in mchid' => ['mchid' => '1"', 'serial' => 'S', 'privateKey' => $key, 'certs' => ['P' => null]],
];
foreach ($cases as $name => $config) {
    try {
        \WeChatPay\Builder::factory($config);
        echo "$name: accepted\n";
    } catch (\Throwable $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
        if (str_contains($e->getMessage(), 'secret-material') || str_contains($e->getTraceAsString(), 'secret-material')) {
            echo "  LEAKED KEY MATERIAL\n";
        }
    }
}
// new ClientDecorator validates the same way; the APIv2-only dummy configuration is accepted
try { new \WeChatPay\ClientDecorator([]); } catch (\WeChatPay\Exception\InvalidArgumentException $e) { echo 'decorator: ', $e->getMessage(), "\n"; }
var_dump(\WeChatPay\Builder::factory(['mchid' => '1', 'serial' => 'nop', 'privateKey' => 'any', 'certs' => ['any' => null]]) instanceof \WeChatPay\BuilderChainable);
var_dump(\WeChatPay\Exception\ERR_INIT_MCHID_IS_MANDATORY, \WeChatPay\Exception\WeChatPayException::EV3_RES_HEADERS_INCOMPLETE);
try { new \WeChatPay\Builder(); } catch (\Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump(is_subclass_of(\WeChatPay\Exception\InvalidArgumentException::class, \InvalidArgumentException::class));
?>
--EXPECT--
empty: WeChatPay\Exception\InvalidArgumentException: The merchant' ID aka `mchid` is required, usually numerical.
mchid null: WeChatPay\Exception\InvalidArgumentException: The merchant' ID aka `mchid` is required, usually numerical.
mchid only: WeChatPay\Exception\InvalidArgumentException: The serial number of the merchant's certificate aka `serial` is required, usually hexadecial.
serial not string: WeChatPay\Exception\InvalidArgumentException: The serial number of the merchant's certificate aka `serial` is required, usually hexadecial.
no key: WeChatPay\Exception\InvalidArgumentException: The merchant's private key aka `privateKey` is required, usual as pem format.
key array: WeChatPay\Exception\InvalidArgumentException: The merchant's private key aka `privateKey` is required, usual as pem format.
no certs: WeChatPay\Exception\InvalidArgumentException: The platform certificate(s) aka `certs` is required, paired as of `[$serial => $certificate]`.
certs empty: WeChatPay\Exception\InvalidArgumentException: The platform certificate(s) aka `certs` is required, paired as of `[$serial => $certificate]`.
certs string: WeChatPay\Exception\InvalidArgumentException: The platform certificate(s) aka `certs` is required, paired as of `[$serial => $certificate]`.
certs has merchant serial: WeChatPay\Exception\InvalidArgumentException: The `certs(MCH123SERIAL)` contains the merchant's certificate serial number(MCH123SERIAL) which is not allowed here.
int-like serial collides: WeChatPay\Exception\InvalidArgumentException: The `certs(PLAT,123)` contains the merchant's certificate serial number(123) which is not allowed here.
mchid int: TypeError: WeChatPay\ClientDecorator::transformRequest(): Argument #1 ($mchid) must be of type ?string, int given
secret int: TypeError: WeChatPay\ClientDecorator::transformRequest(): Argument #2 ($secret) must be of type string, int given
merchant string: TypeError: WeChatPay\ClientDecorator::transformRequest(): Argument #3 ($merchant) must be of type ?array, string given
CRLF in serial: WeChatPay\Exception\InvalidArgumentException: The `mchid` and `serial` must not contain control characters or double quotes.
quote in mchid: WeChatPay\Exception\InvalidArgumentException: The `mchid` and `serial` must not contain control characters or double quotes.
decorator: The merchant' ID aka `mchid` is required, usually numerical.
bool(true)
string(60) "The merchant' ID aka `mchid` is required, usually numerical."
string(80) "The response's Headers incomplete, must have(`%1$s`, `%2$s`, `%3$s` and `%4$s`)."
Error: Call to private WeChatPay\Builder::__construct() from global scope
bool(true)
