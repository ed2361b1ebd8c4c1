--TEST--
APIv2 without Guzzle: native calls work, while select('v2'), xmlBased() and a per-request `handler` say that the Guzzle path needs Guzzle; the middlewares are made but refuse to be used outside a stack
--EXTENSIONS--
wechatpay
--FILE--
<?php
declare(strict_types=1);
require __DIR__ . '/inc/v2.inc';
use WeChatPay\ClientDecorator;
$gw = wechatpay_gateway();
$instance = v2_instance($gw);
echo v2_echo($instance->v2->pay->orderquery->post(['xml' => ['mch_id' => V2_TEST_MCHID]]))['return_code'], "\n";
foreach ([
    'select(v2)' => static fn() => $instance->getDriver()->select('v2'),
    'xmlBased()' => static fn() => ClientDecorator::xmlBased(['mchid' => '1']),
    'handler option' => static fn() => $instance->v2->pay->orderquery->post(['xml' => ['mch_id' => V2_TEST_MCHID], 'handler' => static fn() => null]),
    'transformRequest() used directly' => static fn() => ClientDecorator::transformRequest()('not a handler'),
    'its handler without a request' => static fn() => ClientDecorator::transformRequest()(static fn() => null)('x'),
    'its handler with bad options' => static fn() => ClientDecorator::transformRequest()(static fn() => null)(new stdClass, 'x'),
    'new TransformResponse' => static fn() => (new WeChatPay\Http\TransformResponse())(static fn() => null),
] as $name => $call) {
    try {
        $call();
        echo "$name: no exception\n";
    } catch (Throwable $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(class_exists('GuzzleHttp\Psr7\Response', false));
?>
--EXPECT--
SUCCESS
select(v2): BadMethodCallException: WeChatPay's Guzzle path (select(), a `handler`, jsonBased()) needs Guzzle 7 (guzzlehttp/guzzle), and GuzzleHttp\Client cannot be autoloaded.
xmlBased(): BadMethodCallException: WeChatPay's Guzzle path (select(), a `handler`, jsonBased()) needs Guzzle 7 (guzzlehttp/guzzle), and GuzzleHttp\Client cannot be autoloaded.
handler option: BadMethodCallException: WeChatPay's Guzzle path (select(), a `handler`, jsonBased()) needs Guzzle 7 (guzzlehttp/guzzle), and GuzzleHttp\Client cannot be autoloaded.
transformRequest() used directly: TypeError: WeChatPay\Http\TransformRequest::__invoke(): Argument #1 must be a callable handler
its handler without a request: TypeError: WeChatPay\Http\TransformRequest::__invoke(): Argument #1 must be a Psr\Http\Message\RequestInterface
its handler with bad options: TypeError: WeChatPay\Http\TransformRequest::__invoke(): Argument #2 must be of type array, string given
new TransformResponse: Error: WeChatPay\Http\TransformResponse is made by WeChatPay\ClientDecorator::transformResponse() only
bool(false)
