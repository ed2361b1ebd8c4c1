--TEST--
getDriver()->select(): the SDK-shaped v3 GuzzleHttp\Client (base_uri, headers, a cloned HandlerStack with `signer` and `verifier`); v2 (test 206); jsonBased(), signer(), verifier() statics
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/guzzle.inc';
use GuzzleHttp\HandlerStack;
use WeChatPay\ClientDecorator;

$instance = wechatpay_guzzle_instance($mock, ['base_uri' => 'https://apius.mch.weixin.qq.com/v3/sandbox/', 'timeout' => 5]);
$driver = $instance->getDriver();
$client = $driver->select();
echo get_class($client), ' ', var_export($client === $driver->select(), true), ' ',
    var_export($client === $driver->select(ClientDecorator::JSON_BASED), true), "\n";
$config = $client->getConfig();
echo get_class($config['base_uri']), ' ', $config['base_uri'], "\n";
echo 'timeout=', $config['timeout'], "\n";
echo 'Accept: ', $config['headers']['Accept'], "\n";
echo 'Content-Type: ', $config['headers']['Content-Type'], "\n";
echo 'User-Agent: ', preg_match('#^wechatpay-php/1\.4\.12 ext-wechatpay/\S+ curl/\S+ \(\S+/\S+\) PHP/\S+$#', $config['headers']['User-Agent']) ? 'ok' : $config['headers']['User-Agent'], "\n";
echo 'guzzle defaults: ', json_encode(array_intersect_key($config, array_flip(['http_errors', 'decode_content', 'verify', 'cookies']))), "\n";
$stack = $config['handler'];
echo get_class($stack), "\n";
function names(HandlerStack $stack): string
{
    preg_match_all("/^> \\d+\\) Name: '(\\w+)'/m", (string) $stack, $names);
    return implode(' -> ', $names[1]);
}
echo 'outermost first: ', names($stack), "\n";

echo "-- the configured stack is cloned when the client is made\n";
$original = HandlerStack::create(new GuzzleHttp\Handler\MockHandler());
$other = wechatpay_guzzle_instance($mock, ['handler' => $original]);
$original->push(static fn (callable $h) => $h, 'late');
$selected = $other->getDriver()->select()->getConfig('handler');
echo var_export($selected === $original, true), ' ', var_export(str_contains((string) $selected, 'late'), true), ' ',
    var_export(str_contains((string) $original, 'signer'), true), "\n";

echo "-- select() without a configured handler: a fresh HandlerStack::create()\n";
$keys = wechatpay_guzzle_keys();
$plain = \WeChatPay\Builder::factory(['mchid' => '1', 'serial' => 'S', 'privateKey' => $keys['merchant_key'], 'certs' => ['P' => null],
    'handler' => static fn () => null]);
$config = $plain->getDriver()->select()->getConfig();
echo $config['base_uri'], ' ', names($config['handler']), "\n";

echo "-- v2\n";
foreach (['v2', 'V2'] as $protocol) {
    $v2 = $driver->select($protocol);
    echo get_class($v2), ' ', var_export($v2 === $driver->select('v2'), true), ' ', var_export($v2 === $client, true), ' ',
        names($v2->getConfig('handler')), "\n";
}

echo "-- statics\n";
$json = ClientDecorator::jsonBased(['mchid' => '1', 'serial' => 'S', 'privateKey' => 'any', 'certs' => ['P' => null], 'headers' => ['X-Extra' => 'yes']]);
echo get_class($json), ' ', $json->getConfig('base_uri'), ' ', $json->getConfig('headers')['X-Extra'], ' ',
    var_export(array_key_exists('mchid', $json->getConfig()), true), "\n";
foreach ([[], ['mchid' => '1'], ['mchid' => '1', 'serial' => 'S'], ['mchid' => '1', 'serial' => 'S', 'privateKey' => 'k'],
          ['mchid' => '1', 'serial' => 'S', 'privateKey' => 'k', 'certs' => ['S' => 'x']]] as $config) {
    try {
        ClientDecorator::jsonBased($config);
    } catch (\WeChatPay\Exception\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
$signer = ClientDecorator::signer('1', 'S', $keys['merchant_key']);
$certs = ['P' => null];
$verifier = ClientDecorator::verifier($certs);
echo var_export(is_callable($signer), true), ' ', var_export(is_callable($verifier), true), ' ', get_class($signer), ' ', get_class($verifier), "\n";
$reflection = new ReflectionMethod(ClientDecorator::class, 'verifier');
echo 'verifier() takes $certs by reference: ', var_export($reflection->getParameters()[0]->isPassedByReference(), true), "\n";
?>
--EXPECT--
GuzzleHttp\Client true true
GuzzleHttp\Psr7\Uri https://apius.mch.weixin.qq.com/v3/sandbox/
timeout=5
Accept: application/json, text/plain, application/x-gzip, application/pdf, image/png, image/*;q=0.5
Content-Type: application/json; charset=utf-8
User-Agent: ok
guzzle defaults: {"http_errors":true,"decode_content":true,"verify":true,"cookies":false}
GuzzleHttp\HandlerStack
outermost first: verifier -> http_errors -> allow_redirects -> cookies -> signer -> prepare_body
-- the configured stack is cloned when the client is made
false false false
-- select() without a configured handler: a fresh HandlerStack::create()
https://api.mch.weixin.qq.com/ verifier -> http_errors -> allow_redirects -> cookies -> signer -> prepare_body
-- v2
GuzzleHttp\Client true false transform_response -> http_errors -> allow_redirects -> cookies -> transform_request -> prepare_body
GuzzleHttp\Client true false transform_response -> http_errors -> allow_redirects -> cookies -> transform_request -> prepare_body
-- statics
GuzzleHttp\Client https://api.mch.weixin.qq.com/ yes false
The merchant' ID aka `mchid` is required, usually numerical.
The serial number of the merchant's certificate aka `serial` is required, usually hexadecial.
The merchant's private key aka `privateKey` is required, usual as pem format.
The platform certificate(s) aka `certs` is required, paired as of `[$serial => $certificate]`.
The `certs(S)` contains the merchant's certificate serial number(S) which is not allowed here.
true true WeChatPay\Http\Signer WeChatPay\Http\Verifier
verifier() takes $certs by reference: true