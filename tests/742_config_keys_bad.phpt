--TEST--
Hardening: every Builder::factory key missing, empty or of the wrong type; unusable private keys (malformed, encrypted without passphrase, EC, public, certificate) fail with the SDK's messages, send nothing and never show key material
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
require __DIR__ . '/inc/openssl.inc';
$log = tempnam(sys_get_temp_dir(), 'wechatpay-742-');
$gw = wechatpay_gateway(['WECHATPAY_GATEWAY_LOG' => $log]);
$k = wechatpay_openssl_keys();   // the openssl CLI: RSA PKCS#8, encrypted PKCS#8, SPKI, EC P-256, a certificate
$good = wechatpay_test_config($gw);
$secrets = [$gw['merchant_key'], file_get_contents($k['pkcs8']), file_get_contents($k['ec'])];

function outcome(array $config): string
{
    global $secrets;
    try {
        $instance = \WeChatPay\Builder::factory($config);
    } catch (\Throwable $e) {
        $text = 'factory ' . get_class($e) . ': ' . $e->getMessage();
    }
    if (!isset($text)) {
        try {
            $text = 'get ' . $instance->v3->echo->get(['http_errors' => false])->getStatusCode();
        } catch (\Throwable $e) {
            $text = 'get ' . get_class($e) . ': ' . $e->getMessage();
        }
    }
    foreach ($secrets as $secret) {
        $body = trim(preg_replace('/-----[A-Z ]+-----/', '', $secret));
        if (str_contains($text, substr($body, 0, 40)) || (isset($e) && str_contains($e->getTraceAsString(), substr($body, 0, 40)))) {
            $text .= ' LEAKED KEY MATERIAL';
        }
    }
    return $text;
}

$wrong = ['missing' => null, "''" => '', 'int' => 1, 'float' => 1.5, 'true' => true, '[]' => [], 'object' => new stdClass];
foreach (['mchid', 'serial', 'privateKey', 'certs', 'secret', 'merchant', 'headers', 'base_uri'] as $key) {
    foreach ($wrong as $name => $value) {
        $config = $good;
        if ($name === 'missing' && $key === 'base_uri') {
            continue; // the default, api.mch.weixin.qq.com: not for a test
        }
        if ($name === 'missing') {
            unset($config[$key]);
        } else {
            $config[$key] = $value;
        }
        echo "$key $name: ", outcome($config), "\n";
    }
}
echo "-- private keys\n";
$pem = fn(string $path) => file_get_contents($path);
$keys = [
    'malformed PEM' => "-----BEGIN PRIVATE KEY-----\nMIIBVgIBADANBgkqhkiG9w0BAQEFAASCAUAwggE8AgEAAkEA\n-----END PRIVATE KEY-----\n",
    'not PEM' => 'just some text',
    'encrypted, no passphrase' => $pem($k['encrypted']),
    'EC (P-256)' => $pem($k['ec']),
    'EC object' => openssl_pkey_get_private($pem($k['ec'])),
    'public key PEM' => $pem($k['spki']),
    'public key object' => openssl_pkey_get_public($pem($k['spki'])),
    'certificate PEM' => $pem($k['cert']),
    'certificate object' => openssl_x509_read($pem($k['cert'])),
    'missing file://' => 'file://' . $k['dir'] . '/absent.pem',
    'PKCS#8 (control)' => $pem($k['pkcs8']),
    'PKCS#1 file:// (control)' => 'file://' . $k['pkcs1'],
    'merchant key (control)' => $gw['merchant_key'],
];
foreach ($keys as $name => $key) {
    echo "$name: ", outcome(['privateKey' => $key] + $good), "\n";
}
// only mchid '', serial '' (401), the six accepted secret/merchant/headers cases and the three RSA keys reached the gateway
$targets = array_count_values(array_map(fn($line) => strtok($line, ' ') . ' ' . strtok(' '), file($log)));
var_dump($targets);
unlink($log);
?>
--EXPECTF--
mchid missing: factory WeChatPay\Exception\InvalidArgumentException: The merchant' ID aka `mchid` is required, usually numerical.
mchid '': get 401
mchid int: factory TypeError: WeChatPay\ClientDecorator::transformRequest(): Argument #1 ($mchid) must be of type ?string, int given
mchid float: factory TypeError: WeChatPay\ClientDecorator::transformRequest(): Argument #1 ($mchid) must be of type ?string, float given
mchid true: factory TypeError: WeChatPay\ClientDecorator::transformRequest(): Argument #1 ($mchid) must be of type ?string, bool given
mchid []: factory TypeError: WeChatPay\ClientDecorator::transformRequest(): Argument #1 ($mchid) must be of type ?string, array given
mchid object: factory TypeError: WeChatPay\ClientDecorator::transformRequest(): Argument #1 ($mchid) must be of type ?string, stdClass given
serial missing: factory WeChatPay\Exception\InvalidArgumentException: The serial number of the merchant's certificate aka `serial` is required, usually hexadecial.
serial '': get 401
serial int: factory WeChatPay\Exception\InvalidArgumentException: The serial number of the merchant's certificate aka `serial` is required, usually hexadecial.
serial float: factory WeChatPay\Exception\InvalidArgumentException: The serial number of the merchant's certificate aka `serial` is required, usually hexadecial.
serial true: factory WeChatPay\Exception\InvalidArgumentException: The serial number of the merchant's certificate aka `serial` is required, usually hexadecial.
serial []: factory WeChatPay\Exception\InvalidArgumentException: The serial number of the merchant's certificate aka `serial` is required, usually hexadecial.
serial object: factory WeChatPay\Exception\InvalidArgumentException: The serial number of the merchant's certificate aka `serial` is required, usually hexadecial.
privateKey missing: factory WeChatPay\Exception\InvalidArgumentException: The merchant's private key aka `privateKey` is required, usual as pem format.
privateKey '': get UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
privateKey int: factory WeChatPay\Exception\InvalidArgumentException: The merchant's private key aka `privateKey` is required, usual as pem format.
privateKey float: factory WeChatPay\Exception\InvalidArgumentException: The merchant's private key aka `privateKey` is required, usual as pem format.
privateKey true: factory WeChatPay\Exception\InvalidArgumentException: The merchant's private key aka `privateKey` is required, usual as pem format.
privateKey []: factory WeChatPay\Exception\InvalidArgumentException: The merchant's private key aka `privateKey` is required, usual as pem format.
privateKey object: get UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
certs missing: factory WeChatPay\Exception\InvalidArgumentException: The platform certificate(s) aka `certs` is required, paired as of `[$serial => $certificate]`.
certs '': factory WeChatPay\Exception\InvalidArgumentException: The platform certificate(s) aka `certs` is required, paired as of `[$serial => $certificate]`.
certs int: factory WeChatPay\Exception\InvalidArgumentException: The platform certificate(s) aka `certs` is required, paired as of `[$serial => $certificate]`.
certs float: factory WeChatPay\Exception\InvalidArgumentException: The platform certificate(s) aka `certs` is required, paired as of `[$serial => $certificate]`.
certs true: factory WeChatPay\Exception\InvalidArgumentException: The platform certificate(s) aka `certs` is required, paired as of `[$serial => $certificate]`.
certs []: factory WeChatPay\Exception\InvalidArgumentException: The platform certificate(s) aka `certs` is required, paired as of `[$serial => $certificate]`.
certs object: factory WeChatPay\Exception\InvalidArgumentException: The platform certificate(s) aka `certs` is required, paired as of `[$serial => $certificate]`.
secret missing: get 200
secret '': get 200
secret int: factory TypeError: WeChatPay\ClientDecorator::transformRequest(): Argument #2 ($secret) must be of type string, int given
secret float: factory TypeError: WeChatPay\ClientDecorator::transformRequest(): Argument #2 ($secret) must be of type string, float given
secret true: factory TypeError: WeChatPay\ClientDecorator::transformRequest(): Argument #2 ($secret) must be of type string, bool given
secret []: factory TypeError: WeChatPay\ClientDecorator::transformRequest(): Argument #2 ($secret) must be of type string, array given
secret object: factory TypeError: WeChatPay\ClientDecorator::transformRequest(): Argument #2 ($secret) must be of type string, stdClass given
merchant missing: get 200
merchant '': factory TypeError: WeChatPay\ClientDecorator::transformRequest(): Argument #3 ($merchant) must be of type ?array, string given
merchant int: factory TypeError: WeChatPay\ClientDecorator::transformRequest(): Argument #3 ($merchant) must be of type ?array, int given
merchant float: factory TypeError: WeChatPay\ClientDecorator::transformRequest(): Argument #3 ($merchant) must be of type ?array, float given
merchant true: factory TypeError: WeChatPay\ClientDecorator::transformRequest(): Argument #3 ($merchant) must be of type ?array, bool given
merchant []: get 200
merchant object: factory TypeError: WeChatPay\ClientDecorator::transformRequest(): Argument #3 ($merchant) must be of type ?array, stdClass given
headers missing: get 200
headers '': factory WeChatPay\Exception\InvalidArgumentException: headers must be an array
headers int: factory WeChatPay\Exception\InvalidArgumentException: headers must be an array
headers float: factory WeChatPay\Exception\InvalidArgumentException: headers must be an array
headers true: factory WeChatPay\Exception\InvalidArgumentException: headers must be an array
headers []: get 200
headers object: factory WeChatPay\Exception\InvalidArgumentException: headers must be an array
base_uri '': get InvalidArgumentException: The request URI "v3/echo" is not an absolute http or https URL with a valid host
base_uri int: get WeChatPay\Exception\InvalidArgumentException: The "base_uri" option must be a string or a UriInterface, int given.
base_uri float: get WeChatPay\Exception\InvalidArgumentException: The "base_uri" option must be a string or a UriInterface, float given.
base_uri true: get WeChatPay\Exception\InvalidArgumentException: The "base_uri" option must be a string or a UriInterface, bool given.
base_uri []: get WeChatPay\Exception\InvalidArgumentException: The "base_uri" option must be a string or a UriInterface, array given.
base_uri object: get WeChatPay\Exception\InvalidArgumentException: The "base_uri" option must be a string or a UriInterface, stdClass given.
-- private keys
malformed PEM: get UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
not PEM: get UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
encrypted, no passphrase: get UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
EC (P-256): get UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
EC object: get UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
public key PEM: get UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
public key object: get UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
certificate PEM: get UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
certificate object: get UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
missing file://: get UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
PKCS#8 (control): get 401
PKCS#1 file:// (control): get 401
merchant key (control): get 200
array(1) {
  ["GET /v3/echo"]=>
  int(11)
}
