--TEST--
Without Guzzle: 4xx, 5xx, verification failures and connection errors surface as the native exceptions with the same messages
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
foreach (['status:404', 'status:500', 'bad-signature'] as $mode) {
    try {
        $i->v3->pay->_id_->get(['id' => 'T1', 'headers' => ['X-Gateway-Mode' => $mode]]);
    } catch (\WeChatPay\Exception\RequestException $e) {
        echo $mode, ': ', get_class($e), ' code=', $e->getCode(), ' status=', $e->getResponse()->getStatusCode(),
            ' ', get_class($e->getResponse()), "\n", preg_replace(['/cert=\[\w+/', '/\d{4,}/', '/nonce=\w+/', '/signature=[^,]+/'], ['cert=[S', 'N', 'nonce=N', 'signature=N'], $e->getMessage()), "\n";
        var_dump($e instanceof \WeChatPay\Exception\WeChatPayException, $e instanceof \RuntimeException);
    }
}
$socket = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(strrchr(stream_socket_get_name($socket, false), ':'), 1);
fclose($socket);
$promise = wechatpay_test_instance($gw, ['base_uri' => "http://127.0.0.1:$port/"])->v3->echo->getAsync();
try {
    $promise->wait();
} catch (\WeChatPay\Exception\ConnectException $e) {
    echo get_class($e), ' code=', $e->getCode(), ' errno=', $e->getHandlerContext()['errno'], ' ', $promise->getState(), "\n";
}
?>
--EXPECT--
status:404: WeChatPay\Exception\ClientException code=404 status=404 WeChatPay\Http\Response
Client error: `GET http://127.0.0.1:N/v3/pay/T1` resulted in a `404 Not Found` response:
{"code":"X","message":"mode"}

bool(true)
bool(true)
status:500: WeChatPay\Exception\ServerException code=500 status=500 WeChatPay\Http\Response
Server error: `GET http://127.0.0.1:N/v3/pay/T1` resulted in a `500 Internal Server Error` response:
{"code":"X","message":"mode"}

bool(true)
bool(true)
bad-signature: WeChatPay\Exception\RequestException code=0 status=200 WeChatPay\Http\Response
Verify the response's data with: timestamp=N, nonce=N, signature=N, cert=[S => ...] failed.
bool(true)
bool(true)
WeChatPay\Exception\ConnectException code=7 errno=7 rejected
