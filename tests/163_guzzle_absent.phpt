--TEST--
Without Guzzle: select() and jsonBased() say Guzzle is needed; a config `handler` that is not a HandlerStack is ignored as the SDK ignores it, and the native path stays the default
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$instance = wechatpay_test_instance($gw, ['handler' => static function () { throw new LogicException('never called'); }]);
foreach ([static fn () => $instance->getDriver()->select(),
          static fn () => \WeChatPay\ClientDecorator::jsonBased(wechatpay_test_config($gw))] as $attempt) {
    try {
        $attempt();
    } catch (BadMethodCallException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$response = $instance->v3->certificates->get();
echo get_class($response), ' ', $response->getStatusCode(), "\n";
try {
    $instance->v3->certificates->get(['handler' => static fn () => null]);
} catch (BadMethodCallException $e) {
    echo 'per-request handler: ', $e->getMessage(), "\n";
}
echo var_export(class_exists('GuzzleHttp\Client', false), true), "\n";
?>
--EXPECT--
BadMethodCallException: WeChatPay's Guzzle path (select(), a `handler`, jsonBased()) needs Guzzle 7 (guzzlehttp/guzzle), and GuzzleHttp\Client cannot be autoloaded.
BadMethodCallException: WeChatPay's Guzzle path (select(), a `handler`, jsonBased()) needs Guzzle 7 (guzzlehttp/guzzle), and GuzzleHttp\Client cannot be autoloaded.
WeChatPay\Http\Response 200
per-request handler: WeChatPay's Guzzle path (select(), a `handler`, jsonBased()) needs Guzzle 7 (guzzlehttp/guzzle), and GuzzleHttp\Client cannot be autoloaded.
false
