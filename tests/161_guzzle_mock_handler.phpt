--TEST--
A merchant's MockHandler unit test through config `handler`: the mocked request is signed (openssl_verify with the merchant's public key), replies are verified with the SDK's messages, sync and async; `certs` stays live by reference
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/guzzle.inc';
use GuzzleHttp\Psr7\Response;
use Psr\Http\Message\RequestInterface;

$instance = wechatpay_guzzle_instance($mock);
$json = ['mchid' => '1900000109', 'description' => 'Image形象店-深圳腾大-QQ公仔', 'notify_url' => 'https://weixin.qq.com/'];

echo "-- success: the request the mock sees is signed, the reply verifies\n";
$mock->append(static function (RequestInterface $request) {
    echo $request->getMethod(), ' ', $request->getUri(), "\n";
    echo 'body: ', $request->getBody(), "\n";
    echo 'Content-Type: ', $request->getHeaderLine('Content-Type'), "\n";
    echo wechatpay_guzzle_check_signed($request), "\n";
    return wechatpay_guzzle_signed(200, '{"code_url":"weixin://wxpay/bizpayurl?pr=p4lpSuKzz"}');
});
$response = $instance->v3->pay->transactions->native->post(['json' => $json]);
echo get_class($response), ' ', $response->getStatusCode(), ' ', $response->getBody()->getContents(), "\n";

$mock->append(static function (RequestInterface $request) {
    echo $request->getMethod(), ' ', $request->getRequestTarget(), ' [', $request->getBody(), "]\n";
    echo wechatpay_guzzle_check_signed($request), "\n";
    return wechatpay_guzzle_signed(204, '');
});
$response = $instance->chain('v3/pay/transactions/id/{transaction_id}')->getAsync(['transaction_id' => '42', 'query' => ['mchid' => '1900000109']])->wait();
echo get_class($response), ' ', $response->getStatusCode(), "\n";

echo "-- failures, sync then async\n";
$keys = wechatpay_guzzle_keys();
$cases = [
    '400' => new Response(400, [], '{"code":"PARAM_ERROR","message":"bad"}'),
    '503' => new Response(503),
    'no headers' => new Response(200, [], '{}'),
    'server late' => wechatpay_guzzle_signed(200, '{}', ['timestamp' => time() - 360]),
    'server ahead' => wechatpay_guzzle_signed(200, '{}', ['timestamp' => time() + 360]),
    'unknown serial' => wechatpay_guzzle_signed(200, '{}', ['serial' => 'UNKNOWN']),
    'bad signature' => wechatpay_guzzle_signed(200, '{}', ['signature' => base64_encode(random_bytes(256))]),
];
$show = static function (string $label, Throwable $e) {
    $message = preg_replace(['/(was on |localtime on |timestamp=)\d+/', '/nonce=R[0-9a-f]+/', '/signature=[^,]+, cert/'],
        ['$1T', 'nonce=N', 'signature=S, cert'], $e->getMessage());
    printf("%s: %s %s | request %s %s | response %s | previous %s\n", $label, get_class($e), trim($message),
        $e->getRequest()->getMethod(), $e->getRequest()->getRequestTarget(),
        $e->hasResponse() ? $e->getResponse()->getStatusCode() : '-',
        $e->getPrevious() ? get_class($e->getPrevious()) : '-');
};
foreach ($cases as $label => $reply) {
    $mock->append($reply);
    try {
        $instance->v3->refund->domestic->refunds->post(['json' => ['out_refund_no' => $label]]);
        echo "$label: no exception\n";
    } catch (GuzzleHttp\Exception\RequestException $e) {
        $show("sync $label", $e);
    }
}
foreach ($cases as $label => $reply) {
    $mock->append($reply);
    $instance->v3->refund->domestic->refunds->_out_refund_no_->getAsync(['out_refund_no' => 'R 1'])
        ->then(static fn () => print("$label: fulfilled\n"), static fn ($e) => $show("async $label", $e))
        ->wait();
}

echo "-- an unusable key in certs: the UnexpectedValueException is the previous\n";
$certs = [$keys['platform_serial'] => 'not a key'];
$broken = wechatpay_guzzle_instance($brokenMock, ['certs' => &$certs]);
$brokenMock->append(wechatpay_guzzle_signed(200, '{}'));
try {
    $broken->v3->certificates->get();
} catch (GuzzleHttp\Exception\RequestException $e) {
    echo get_class($e->getPrevious()), ': ', $e->getPrevious()->getMessage(), "\n";
}
echo "-- certs by reference: a key added after factory() is used\n";
$certs[$keys['platform_serial']] = $keys['platform_public'];
$brokenMock->append(wechatpay_guzzle_signed(200, '{"data":[]}'));
echo $broken->v3->certificates->get()->getBody(), "\n";
unset($certs[$keys['platform_serial']]);
$brokenMock->append(wechatpay_guzzle_signed(200, '{}'));
try {
    $broken->v3->certificates->get();
} catch (GuzzleHttp\Exception\RequestException $e) {
    echo $e->getMessage(), "\n";
}

echo "-- exempt download paths are not verified\n";
$mock->append(new Response(200, [], "csv,body\n"));
echo $instance->v3->billdownload->file->get(['query' => ['token' => 'T']])->getBody();
echo "-- an unusable private key: UnexpectedValueException before the mock, a rejection when async\n";
$bad = wechatpay_guzzle_instance($badMock, ['privateKey' => 'not a key']);
try {
    $bad->v3->certificates->get();
} catch (UnexpectedValueException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$bad->v3->certificates->getAsync()->otherwise(static fn ($e) => print(get_class($e) . "\n"))->wait();
echo count($mock) + count($brokenMock) + count($badMock), " replies left\n";
?>
--EXPECT--
-- success: the request the mock sees is signed, the reply verifies
POST https://api.mch.weixin.qq.com/v3/pay/transactions/native
body: {"mchid":"1900000109","description":"Image\u5f62\u8c61\u5e97-\u6df1\u5733\u817e\u5927-QQ\u516c\u4ed4","notify_url":"https:\/\/weixin.qq.com\/"}
Content-Type: application/json
WECHATPAY2-SHA256-RSA2048 mchid=1900000109 serial_no=MERCHANT0123456789 clock=ok nonce=ok verified=1
GuzzleHttp\Psr7\Response 200 {"code_url":"weixin://wxpay/bizpayurl?pr=p4lpSuKzz"}
GET /v3/pay/transactions/id/42?mchid=1900000109 []
WECHATPAY2-SHA256-RSA2048 mchid=1900000109 serial_no=MERCHANT0123456789 clock=ok nonce=ok verified=1
GuzzleHttp\Psr7\Response 204
-- failures, sync then async
sync 400: GuzzleHttp\Exception\ClientException Client error: `POST https://api.mch.weixin.qq.com/v3/refund/domestic/refunds` resulted in a `400 Bad Request` response:
{"code":"PARAM_ERROR","message":"bad"} | request POST /v3/refund/domestic/refunds | response 400 | previous -
sync 503: GuzzleHttp\Exception\ServerException Server error: `POST https://api.mch.weixin.qq.com/v3/refund/domestic/refunds` resulted in a `503 Service Unavailable` response | request POST /v3/refund/domestic/refunds | response 503 | previous -
sync no headers: GuzzleHttp\Exception\RequestException The response's Headers incomplete, must have(`Wechatpay-Nonce`, `Wechatpay-Serial`, `Wechatpay-Signature` and `Wechatpay-Timestamp`). | request POST /v3/refund/domestic/refunds | response 200 | previous -
sync server late: GuzzleHttp\Exception\RequestException It's allowed time offset in ± 300 seconds, the response was on T, your's localtime on T. | request POST /v3/refund/domestic/refunds | response 200 | previous -
sync server ahead: GuzzleHttp\Exception\RequestException It's allowed time offset in ± 300 seconds, the response was on T, your's localtime on T. | request POST /v3/refund/domestic/refunds | response 200 | previous -
sync unknown serial: GuzzleHttp\Exception\RequestException Cannot found the serial(`UNKNOWN`)'s configuration, which's from the response(header:Wechatpay-Serial), your's PUB_KEY_ID_0114232134912410000000000000. | request POST /v3/refund/domestic/refunds | response 200 | previous -
sync bad signature: GuzzleHttp\Exception\RequestException Verify the response's data with: timestamp=T, nonce=N, signature=S, cert=[PUB_KEY_ID_0114232134912410000000000000 => ...] failed. | request POST /v3/refund/domestic/refunds | response 200 | previous -
async 400: GuzzleHttp\Exception\ClientException Client error: `GET https://api.mch.weixin.qq.com/v3/refund/domestic/refunds/R%201` resulted in a `400 Bad Request` response:
{"code":"PARAM_ERROR","message":"bad"} | request GET /v3/refund/domestic/refunds/R%201 | response 400 | previous -
async 503: GuzzleHttp\Exception\ServerException Server error: `GET https://api.mch.weixin.qq.com/v3/refund/domestic/refunds/R%201` resulted in a `503 Service Unavailable` response | request GET /v3/refund/domestic/refunds/R%201 | response 503 | previous -
async no headers: GuzzleHttp\Exception\RequestException The response's Headers incomplete, must have(`Wechatpay-Nonce`, `Wechatpay-Serial`, `Wechatpay-Signature` and `Wechatpay-Timestamp`). | request GET /v3/refund/domestic/refunds/R%201 | response 200 | previous -
async server late: GuzzleHttp\Exception\RequestException It's allowed time offset in ± 300 seconds, the response was on T, your's localtime on T. | request GET /v3/refund/domestic/refunds/R%201 | response 200 | previous -
async server ahead: GuzzleHttp\Exception\RequestException It's allowed time offset in ± 300 seconds, the response was on T, your's localtime on T. | request GET /v3/refund/domestic/refunds/R%201 | response 200 | previous -
async unknown serial: GuzzleHttp\Exception\RequestException Cannot found the serial(`UNKNOWN`)'s configuration, which's from the response(header:Wechatpay-Serial), your's PUB_KEY_ID_0114232134912410000000000000. | request GET /v3/refund/domestic/refunds/R%201 | response 200 | previous -
async bad signature: GuzzleHttp\Exception\RequestException Verify the response's data with: timestamp=T, nonce=N, signature=S, cert=[PUB_KEY_ID_0114232134912410000000000000 => ...] failed. | request GET /v3/refund/domestic/refunds/R%201 | response 200 | previous -
-- an unusable key in certs: the UnexpectedValueException is the previous
UnexpectedValueException: Verified the input $message failed, please checking your $publicKey whether or nor correct.
-- certs by reference: a key added after factory() is used
{"data":[]}
Cannot found the serial(`PUB_KEY_ID_0114232134912410000000000000`)'s configuration, which's from the response(header:Wechatpay-Serial), your's .
-- exempt download paths are not verified
csv,body
-- an unusable private key: UnexpectedValueException before the mock, a rejection when async
UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
UnexpectedValueException
0 replies left