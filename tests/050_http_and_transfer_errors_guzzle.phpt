--TEST--
4xx, 5xx, connection refused and timeout surface as Guzzle's exceptions with Guzzle's messages, sync and async
--EXTENSIONS--
wechatpay
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/autoload.php';
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
$describe = static function (\Throwable $e): string {
    $extra = $e instanceof \GuzzleHttp\Exception\RequestException && $e->hasResponse()
        ? ' status=' . $e->getResponse()->getStatusCode() . ' body=' . $e->getResponse()->getBody()
        : '';
    $context = method_exists($e, 'getHandlerContext') && isset($e->getHandlerContext()['errno']) ? ' errno=' . $e->getHandlerContext()['errno'] : '';
    return get_class($e) . $extra . $context . "\n" . $e->getMessage();
};
foreach (['status:404', 'status:500', 'status:503', 'html:502'] as $mode) {
    try {
        $i->v3->pay->transactions->id->_id_->get(['id' => 'T1', 'query' => ['a' => 1], 'headers' => ['X-Gateway-Mode' => $mode]]);
    } catch (\Throwable $e) {
        echo "$mode sync: ", $describe($e), "\n";
    }
    echo "$mode async: ", $i->v3->pay->transactions->id->_id_->getAsync(['id' => 'T1', 'headers' => ['X-Gateway-Mode' => $mode]])
        ->otherwise(static fn($e) => get_class($e))->wait(), "\n";
}
// http_errors => false: the error reply is verified and returned
$r = $i->v3->echo->get(['http_errors' => false, 'headers' => ['X-Gateway-Mode' => 'status:404']]);
echo 'http_errors=false: ', $r->getStatusCode(), "\n";

// a port where nothing listens: ConnectException carrying curl's code 7
$socket = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(strrchr(stream_socket_get_name($socket, false), ':'), 1);
fclose($socket);
$closed = wechatpay_test_instance($gw, ['base_uri' => "http://127.0.0.1:$port/"]);
try {
    $closed->v3->echo->get();
} catch (\Throwable $e) {
    echo str_replace((string) $port, 'PORT', $describe($e)), "\n";
}
echo 'refused async: ', $closed->v3->echo->getAsync()->otherwise(static fn($e) => get_class($e) . ' ' . $e->getHandlerContext()['errno'])->wait(), "\n";

// no answer within the timeout: curl 28
try {
    $i->v3->echo->get(['timeout' => 0.3, 'headers' => ['X-Gateway-Mode' => 'sleep:3']]);
} catch (\Throwable $e) {
    echo get_class($e), ' errno=', $e->getHandlerContext()['errno'], ' ', preg_match('/^cURL error 28: .* \(see https:\/\/curl\.haxx\.se\/libcurl\/c\/libcurl-errors\.html\) for http:\/\/127\.0\.0\.1:\d+\/v3\/echo$/', $e->getMessage()), "\n";
}
?>
--EXPECTF--
status:404 sync: GuzzleHttp\Exception\ClientException status=404 body={"code":"X","message":"mode"}
Client error: `GET http://127.0.0.1:%d/v3/pay/transactions/id/T1?a=1` resulted in a `404 Not Found` response:
{"code":"X","message":"mode"}

status:404 async: GuzzleHttp\Exception\ClientException
status:500 sync: GuzzleHttp\Exception\ServerException status=500 body={"code":"X","message":"mode"}
Server error: `GET http://127.0.0.1:%d/v3/pay/transactions/id/T1?a=1` resulted in a `500 Internal Server Error` response:
{"code":"X","message":"mode"}

status:500 async: GuzzleHttp\Exception\ServerException
status:503 sync: GuzzleHttp\Exception\ServerException status=503 body={"code":"X","message":"mode"}
Server error: `GET http://127.0.0.1:%d/v3/pay/transactions/id/T1?a=1` resulted in a `503 Service Unavailable` response:
{"code":"X","message":"mode"}

status:503 async: GuzzleHttp\Exception\ServerException
html:502 sync: GuzzleHttp\Exception\ServerException status=502 body=%a
Server error: `GET http://127.0.0.1:%d/v3/pay/transactions/id/T1?a=1` resulted in a `502 Bad Gateway` response:
%a
html:502 async: GuzzleHttp\Exception\ServerException
http_errors=false: 404
GuzzleHttp\Exception\ConnectException errno=7
cURL error 7: Failed to connect to 127.0.0.1 port PORT after %d ms: Couldn't connect to server (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://127.0.0.1:PORT/v3/echo
refused async: GuzzleHttp\Exception\ConnectException 7
GuzzleHttp\Exception\ConnectException errno=28 1
