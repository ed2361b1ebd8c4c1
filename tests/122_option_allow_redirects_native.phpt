--TEST--
Without Guzzle: allow_redirects follows and re-signs every hop; too many gives the native TooManyRedirectsException, a disallowed scheme the native BadResponseException
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
$r = $i->v3->a->post(['json' => ['a' => 1], 'headers' => ['X-Gateway-Mode' => 'redirect:2,redirect-status:307']]);
echo get_class($r), ' ', wechatpay_echo($r)['target'], ' ', wechatpay_echo($r)['body'], "\n";
var_dump(is_subclass_of(\WeChatPay\Exception\TooManyRedirectsException::class, \WeChatPay\Exception\RequestException::class));
foreach (['get', 'getAsync'] as $verb) {
    try {
        $result = $i->v3->b->$verb(['headers' => ['X-Gateway-Mode' => 'redirect:6']]);
        $verb === 'getAsync' && $result->wait();
    } catch (\WeChatPay\Exception\TooManyRedirectsException $e) {
        echo "$verb: ", get_class($e), ': ', $e->getMessage(), ' | ', $e->getResponse()->getStatusCode(), ' ', $e->getResponse()->getHeaderLine('Location'), "\n";
    }
}
try {
    $i->v3->c->get(['headers' => ['X-Gateway-Mode' => 'redirect:1,redirect-origin:ftp']]);
} catch (\Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
WeChatPay\Http\Response /v3/a?gateway_redirect=2 {"a":1}
bool(true)
get: WeChatPay\Exception\TooManyRedirectsException: Will not follow more than 5 redirects | 302 /v3/b?gateway_redirect=6
getAsync: WeChatPay\Exception\TooManyRedirectsException: Will not follow more than 5 redirects | 302 /v3/b?gateway_redirect=6
WeChatPay\Exception\BadResponseException: Redirect URI, ftp://127.0.0.1/v3/c?gateway_redirect=1, does not use one of the allowed redirect protocols: http, https
