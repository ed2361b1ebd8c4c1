--TEST--
Stack surgery as merchants do it: remove('verifier'), remove('signer') and a replacement before('prepare_body', …, 'signer'), after('verifier') taps, a per-request `handler`, and the statics signer()/verifier() in a merchant-built Guzzle stack
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/guzzle.inc';
use GuzzleHttp\Middleware;
use GuzzleHttp\HandlerStack;
use GuzzleHttp\Handler\MockHandler;
use GuzzleHttp\Psr7\Response;
use Psr\Http\Message\RequestInterface;
use WeChatPay\ClientDecorator;

$keys = wechatpay_guzzle_keys();
$instance = wechatpay_guzzle_instance($mock);
$stack = $instance->getDriver()->select()->getConfig('handler');

echo "-- after('verifier'): a tap outside the verifier sees the verified response\n";
$stack->after('verifier', Middleware::tap(null, static function (RequestInterface $request) {
    echo 'tap: ', $request->getRequestTarget(), ' authorized=', var_export($request->hasHeader('Authorization'), true), "\n";
}), 'tap');
$mock->append(wechatpay_guzzle_signed(200, '{"ok":true}'));
echo $instance->v3->marketing->favor->stocks->get(['query' => ['offset' => 0, 'limit' => 10]])->getBody(), "\n";

echo "-- per-request handler: a clone without the verifier accepts an unsigned reply\n";
$lenient = clone $stack;
$lenient->remove('verifier');
$mock->append(new Response(200, [], 'unsigned'));
echo $instance->v3->merchant->media->upload->post(['body' => '{}', 'handler' => $lenient])->getBody(), "\n";
$mock->append(new Response(200, [], 'unsigned'));
try {
    $instance->v3->merchant->media->upload->post(['body' => '{}']);
} catch (GuzzleHttp\Exception\RequestException $e) {
    echo 'the client stack still verifies: ', substr($e->getMessage(), 0, 40), "…\n";
}

echo "-- remove('verifier') on the selected stack\n";
$stack->remove('verifier');
$mock->append(new Response(200, [], 'now unverified'));
echo $instance->v3->certificates->getAsync()->wait()->getBody(), "\n";

echo "-- remove('signer') and a merchant's own signer in its place\n";
$stack->remove('signer');
$stack->before('prepare_body', Middleware::mapRequest(static fn (RequestInterface $r) => $r->withHeader('Authorization', 'custom')), 'signer');
$mock->append(static function (RequestInterface $request) {
    echo 'Authorization: ', $request->getHeaderLine('Authorization'), "\n";
    return new Response(204);
});
echo $instance->v3->certificates->get()->getStatusCode(), "\n";
preg_match_all("/^> \d+\) Name: '(\w+)'/m", (string) $stack, $names);
echo implode(' -> ', $names[1]), "\n";

echo "-- the statics in a merchant-built stack\n";
$certs = [$keys['platform_serial'] => $keys['platform_public']];
$own = HandlerStack::create($ownMock = new MockHandler());
$own->before('prepare_body', Middleware::mapRequest(ClientDecorator::signer($keys['mchid'], $keys['merchant_serial'], $keys['merchant_key'])), 'signer');
$own->before('http_errors', ClientDecorator::verifier($certs), 'verifier');
$client = new GuzzleHttp\Client(['base_uri' => 'https://api.mch.weixin.qq.com/', 'handler' => $own]);
$ownMock->append(static function (RequestInterface $request) {
    echo wechatpay_guzzle_check_signed($request), "\n";
    return wechatpay_guzzle_signed(200, '{"own":1}');
});
echo $client->post('v3/own', ['json' => ['x' => 1]])->getBody(), "\n";
$ownMock->append(wechatpay_guzzle_signed(200, '{}', ['serial' => 'LATER']));
$certs['LATER'] = $keys['platform_public']; // verifier() holds $certs by reference
echo $client->get('v3/own')->getStatusCode(), "\n";

echo "-- jsonBased(): the SDK's v3 client on its own\n";
$jsonMock = new MockHandler([static function (RequestInterface $request) {
    echo $request->getUri(), ' ', wechatpay_guzzle_check_signed($request), "\n";
    return wechatpay_guzzle_signed(200, '{"json":1}');
}]);
$json = ClientDecorator::jsonBased(['mchid' => $keys['mchid'], 'serial' => $keys['merchant_serial'], 'privateKey' => $keys['merchant_key'],
    'certs' => $certs, 'handler' => HandlerStack::create($jsonMock), 'base_uri' => 'https://apihk.mch.weixin.qq.com/']);
echo $json->request('GET', 'v3/global/refunds/out-refund-no/R1')->getBody(), "\n";
?>
--EXPECT--
-- after('verifier'): a tap outside the verifier sees the verified response
tap: /v3/marketing/favor/stocks?offset=0&limit=10 authorized=false
{"ok":true}
-- per-request handler: a clone without the verifier accepts an unsigned reply
tap: /v3/merchant/media/upload authorized=false
unsigned
tap: /v3/merchant/media/upload authorized=false
the client stack still verifies: The response's Headers incomplete, must …
-- remove('verifier') on the selected stack
tap: /v3/certificates authorized=false
now unverified
-- remove('signer') and a merchant's own signer in its place
Authorization: custom
tap: /v3/certificates authorized=false
204
tap -> http_errors -> allow_redirects -> cookies -> signer -> prepare_body
-- the statics in a merchant-built stack
WECHATPAY2-SHA256-RSA2048 mchid=1900000109 serial_no=MERCHANT0123456789 clock=ok nonce=ok verified=1
{"own":1}
200
-- jsonBased(): the SDK's v3 client on its own
https://apihk.mch.weixin.qq.com/v3/global/refunds/out-refund-no/R1 WECHATPAY2-SHA256-RSA2048 mchid=1900000109 serial_no=MERCHANT0123456789 clock=ok nonce=ok verified=1
{"json":1}