--TEST--
APIv2 through Guzzle: a merchant's MockHandler unit test (config `handler`), select('v2') with the native transform_request / transform_response in its stack, stack surgery, the transformRequest()/transformResponse()/xmlBased() statics, security through Guzzle's curl handler
--EXTENSIONS--
wechatpay
--FILE--
<?php
declare(strict_types=1);
require __DIR__ . '/inc/guzzle.inc';
require __DIR__ . '/inc/v2.inc';
use GuzzleHttp\Handler\MockHandler;
use GuzzleHttp\HandlerStack;
use GuzzleHttp\Psr7\Response;
use GuzzleHttp\Promise\RejectionException;
use Psr\Http\Message\RequestInterface;
use WeChatPay\ClientDecorator;
use WeChatPay\Transformer;

/** A reply signed by hand, as WeChat Pay signs it. */
function signed_reply(array $fields, string $type = 'MD5'): Response
{
    $fields += ['return_code' => 'SUCCESS', 'result_code' => 'SUCCESS', 'nonce_str' => 'R' . bin2hex(random_bytes(8))];
    $fields['sign'] = v2_sign($fields, $type);
    return new Response(200, ['Content-Type' => 'text/xml'], Transformer::toXml($fields));
}

$mock = new MockHandler();
$instance = \WeChatPay\Builder::factory(v2_config(['base_uri' => 'https://api.mch.weixin.qq.com/'], ['handler' => HandlerStack::create($mock)]));
$inspect = static function (RequestInterface $request, array $options): void {
    $data = $request->getMethod() === 'GET' ? GuzzleHttp\Psr7\Query::parse($request->getUri()->getQuery()) : Transformer::toArray((string) $request->getBody());
    echo $request->getMethod(), ' ', $request->getUri(), "\n";
    echo '   Content-Type: ', $request->getHeaderLine('Content-Type'), ', Authorization: ', var_export($request->hasHeader('Authorization'), true), "\n";
    echo '   sign ', ($data['sign'] ?? '') === v2_sign($data, $data['sign_type'] ?? 'MD5') ? 'ok' : 'BAD', ', fields ', implode(',', array_keys($data)), "\n";
    echo '   options: ', implode(',', array_intersect(['xml', 'nonceless', 'security', 'cert', 'ssl_key'], array_keys($options))), "\n";
};

echo "-- a merchant's unit test: the request the mock sees is signed, the signed reply is accepted\n";
$mock->append(static function (RequestInterface $request, array $options) use ($inspect) {
    $inspect($request, $options);
    return signed_reply(['openid' => 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o']);
});
$response = $instance->v2->tools->authcodetoopenid->post(['xml' => ['appid' => 'wx8888888888888888', 'mch_id' => V2_TEST_MCHID, 'auth_code' => '120061098828009406']]);
echo get_class($response), ' ', Transformer::toArray((string) $response->getBody())['openid'], "\n";

echo "-- HMAC-SHA256, async; a GET's query\n";
$mock->append(static function (RequestInterface $request, array $options) use ($inspect) {
    $inspect($request, $options);
    return signed_reply(['trade_state' => 'SUCCESS'], 'HMAC-SHA256');
});
$mock->append(static function (RequestInterface $request, array $options) use ($inspect) {
    $inspect($request, $options);
    return signed_reply([]);
});
$instance->v2->pay->orderquery->postAsync(['xml' => ['mch_id' => V2_TEST_MCHID, 'sign_type' => 'HMAC-SHA256']])
    ->then(static function ($response) { echo 'fulfilled: ', Transformer::toArray((string) $response->getBody())['trade_state'], "\n"; })->wait();
$instance->v2->papay->querycontract->get(['query' => ['mch_id' => V2_TEST_MCHID, 'contract_id' => 'C 1'], 'nonceless' => true]);

echo "-- rejections carry the Response\n";
$mock->append(new Response(200, [], Transformer::toXml(['return_code' => 'FAIL', 'return_msg' => 'SYSTEMERROR'])));
try {
    $instance->v2->tools->authcodetoopenid->post(['xml' => ['mch_id' => V2_TEST_MCHID]]);
} catch (RejectionException $e) {
    echo get_class($e), ': ', $e->getMessage(), ' / ', get_class($e->getReason()), ' ', Transformer::toArray((string) $e->getReason()->getBody())['return_msg'], "\n";
}
$bad = signed_reply(['openid' => 'x']);
$mock->append($bad->withBody(GuzzleHttp\Psr7\Utils::streamFor(str_replace('<openid>x', '<openid>y', (string) $bad->getBody()))));
$reason = $instance->v2->tools->authcodetoopenid->postAsync(['xml' => ['mch_id' => V2_TEST_MCHID]])->otherwise(static fn($reason) => $reason)->wait();
echo 'tampered reply: ', get_class($reason), "\n";
try {
    $instance->v2->tools->authcodetoopenid->post(['xml' => ['mch_id' => '1']]);
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

echo "-- security: the handler is given the merchant's cert and ssl_key, never xml/nonceless/security\n";
$secured = \WeChatPay\Builder::factory(v2_config(['base_uri' => 'https://api.mch.weixin.qq.com/'], ['handler' => HandlerStack::create($mock),
    'merchant' => ['cert' => '/path/apiclient_cert.pem', 'key' => ['/path/apiclient_key.pem', 'pass']]]));
$mock->append(static function (RequestInterface $request, array $options) {
    echo json_encode(['cert' => $options['cert'], 'ssl_key' => $options['ssl_key']], JSON_UNESCAPED_SLASHES), ' ', $request->getBody(), "\n";
    return signed_reply([]);
});
$secured->v2->secapi->pay->refund->post(['xml' => ['mch_id' => V2_TEST_MCHID, 'a' => '1'], 'nonceless' => true, 'security' => true]);

echo "-- select('v2'): its config and stack; surgery through a per-request handler\n";
$v2 = $instance->getDriver()->select('v2');
$config = $v2->getConfig();
echo get_class($v2), ' ', $config['base_uri'], ' ', $config['headers']['Accept'], ' | ', $config['headers']['Content-Type'], "\n";
preg_match_all("/^> \\d+\\) Name: '(\\w+)'/m", (string) $config['handler'], $names);
echo implode(' -> ', $names[1]), "\n";
$stack = clone $config['handler'];
$stack->remove('transform_response');
$mock->append(new Response(200, [], 'not checked'));
echo $instance->v2->pay->orderquery->post(['xml' => ['mch_id' => V2_TEST_MCHID], 'handler' => $stack])->getBody(), "\n";

echo "-- the statics\n";
$request = ClientDecorator::transformRequest(V2_TEST_MCHID, V2_TEST_SECRET, null);
$reply = ClientDecorator::transformResponse(V2_TEST_SECRET);
echo get_class($request), ' ', get_class($reply), ' ', var_export(is_callable($request), true), "\n";
$manual = HandlerStack::create($mock);
$manual->before('prepare_body', $request, 'transform_request');
$manual->before('http_errors', $reply, 'transform_response');
$client = new GuzzleHttp\Client(['handler' => $manual, 'base_uri' => 'https://api.mch.weixin.qq.com/']);
$mock->append(static function (RequestInterface $request, array $options) use ($inspect) {
    $inspect($request, $options);
    return signed_reply([]);
});
echo $client->post('pay/closeorder', ['xml' => ['mch_id' => V2_TEST_MCHID]])->getStatusCode(), "\n";
$xmlBased = ClientDecorator::xmlBased(['mchid' => V2_TEST_MCHID, 'secret' => V2_TEST_SECRET, 'serial' => 'ignored', 'handler' => HandlerStack::create($mock)]);
preg_match_all("/^> \\d+\\) Name: '(\\w+)'/m", (string) $xmlBased->getConfig('handler'), $names);
echo get_class($xmlBased), ' ', implode(' -> ', $names[1]), ' ', var_export(array_key_exists('secret', $xmlBased->getConfig()), true), "\n";
$mock->append(signed_reply([]));
echo $xmlBased->post('pay/closeorder', ['xml' => ['mch_id' => V2_TEST_MCHID]])->getStatusCode(), "\n";

echo "-- through Guzzle's curl handler: the gateway, and security against one requiring a client certificate\n";
$gw = wechatpay_gateway();
$port = wechatpay_gateway_spawn(wechatpay_gateway_command('--tls=tls-server', '--client-ca=tls-ca'), $gw['env']);
$live = v2_instance($gw, ['base_uri' => "https://127.0.0.1:$port/", 'verify' => $gw['tls_ca'],
    'merchant' => ['cert' => "{$gw['keys']}/tls-client.crt", 'key' => ["{$gw['keys']}/tls-client-encrypted.key", 'tls-client-passphrase']]]);
$live->getDriver()->select('v2');
$echo = v2_echo($live->v2->secapi->pay->refund->post(['xml' => ['mch_id' => V2_TEST_MCHID], 'security' => true]));
echo $echo['return_code'], ' ', $echo['target'], ' ', v2_request_signed($echo), "\n";
try {
    $live->v2->secapi->pay->refund->post(['xml' => ['mch_id' => V2_TEST_MCHID]]);
} catch (GuzzleHttp\Exception\TransferException $e) {
    echo get_class($e), ' ', $e->getHandlerContext()['errno'] ?? '-', "\n";
}
?>
--EXPECT--
-- a merchant's unit test: the request the mock sees is signed, the signed reply is accepted
POST https://api.mch.weixin.qq.com/tools/authcodetoopenid
   Content-Type: text/xml; charset=utf-8, Authorization: false
   sign ok, fields appid,mch_id,auth_code,nonce_str,sign
   options: 
GuzzleHttp\Psr7\Response oUpF8uMuAJO_M2pxb1Q9zNjWeS6o
-- HMAC-SHA256, async; a GET's query
POST https://api.mch.weixin.qq.com/pay/orderquery
   Content-Type: text/xml; charset=utf-8, Authorization: false
   sign ok, fields mch_id,sign_type,nonce_str,sign
   options: 
fulfilled: SUCCESS
GET https://api.mch.weixin.qq.com/papay/querycontract?mch_id=1230000109&contract_id=C%201&sign=F818B8A938DA9CDA55390488595EF178
   Content-Type: text/xml; charset=utf-8, Authorization: false
   sign ok, fields mch_id,contract_id,sign
   options: 
-- rejections carry the Response
GuzzleHttp\Promise\RejectionException: The promise was rejected / GuzzleHttp\Psr7\Response SYSTEMERROR
tampered reply: GuzzleHttp\Psr7\Response
WeChatPay\Exception\InvalidArgumentException: The xml's structure[mch_id(1)] doesn't matched the init one mchid(1230000109).
-- security: the handler is given the merchant's cert and ssl_key, never xml/nonceless/security
{"cert":"/path/apiclient_cert.pem","ssl_key":["/path/apiclient_key.pem","pass"]} <xml><mch_id>1230000109</mch_id><a>1</a><sign>20FFA7976424BCE38D045ECAC73261DA</sign></xml>
-- select('v2'): its config and stack; surgery through a per-request handler
GuzzleHttp\Client https://api.mch.weixin.qq.com/ text/xml, text/plain, application/x-gzip | text/xml; charset=utf-8
transform_response -> http_errors -> allow_redirects -> cookies -> transform_request -> prepare_body
not checked
-- the statics
WeChatPay\Http\TransformRequest WeChatPay\Http\TransformResponse true
POST https://api.mch.weixin.qq.com/pay/closeorder
   Content-Type: , Authorization: false
   sign ok, fields mch_id,nonce_str,sign
   options: 
200
GuzzleHttp\Client transform_response -> http_errors -> allow_redirects -> cookies -> transform_request -> prepare_body false
200
-- through Guzzle's curl handler: the gateway, and security against one requiring a client certificate
SUCCESS /secapi/pay/refund signed MD5 ok
GuzzleHttp\Exception\ConnectException 52
