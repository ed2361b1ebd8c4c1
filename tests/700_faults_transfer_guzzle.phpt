--TEST--
Faults, Guzzle autoloadable: connection refused, reset mid-head, reset mid-body, body shorter than Content-Length: Guzzle's exceptions and messages, curl's errno, the partial reply kept when its head had arrived (as Guzzle keeps it), sync and async
--EXTENSIONS--
wechatpay
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/autoload.php';
require __DIR__ . '/inc/faults.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
$mode = static fn (string $mode) => ['headers' => ['X-Gateway-Mode' => $mode]];

wechatpay_fault_both('refused', $i->v3->echo, ['base_uri' => 'http://127.0.0.1:' . wechatpay_fault_closed_port() . '/']);
foreach (['reset:headers', 'reset:body', 'truncate'] as $m) {
    wechatpay_fault_both($m, $i->v3->echo, $mode($m));
}
// the partial replies: half the body before the reset, all but the 64 promised bytes when truncated
$response = wechatpay_fault_catch(static fn () => $i->v3->echo->get($mode('reset:body')))->getResponse();
$body = (string) $response->getBody();
var_dump(get_class($response), strlen($body) === intdiv((int) $response->getHeaderLine('Content-Length'), 2), str_starts_with($body, '{"method":"GET","target":"/v3/echo"'));
$response = wechatpay_fault_catch(static fn () => $i->v3->echo->getAsync($mode('truncate'))->wait())->getResponse();
$body = (string) $response->getBody();
var_dump(strlen($body) === (int) $response->getHeaderLine('Content-Length') - 64, json_decode($body, true)['target']);
// the next exchange, on the same client, is unharmed
echo $i->v3->echo->get()->getStatusCode(), ' ', $i->v3->echo->getAsync()->wait()->getStatusCode(), "\n";
?>
--EXPECTF--
refused sync: GuzzleHttp\Exception\ConnectException code=0 errno=7 error=Failed to connect to 127.0.0.1 port %d after %d ms: Couldn't connect to server
  "cURL error 7: Failed to connect to 127.0.0.1 port %d after %d ms: Couldn't connect to server (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://127.0.0.1:%d/v3/echo"
refused async: GuzzleHttp\Exception\ConnectException code=0 errno=7 error=Failed to connect to 127.0.0.1 port %d after %d ms: Couldn't connect to server
  "cURL error 7: Failed to connect to 127.0.0.1 port %d after %d ms: Couldn't connect to server (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://127.0.0.1:%d/v3/echo"
reset:headers sync: GuzzleHttp\Exception\RequestException code=0 response=none errno=56 error=Recv failure: Connection reset by peer
  "cURL error 56: Recv failure: Connection reset by peer (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://127.0.0.1:%d/v3/echo"
reset:headers async: GuzzleHttp\Exception\RequestException code=0 response=none errno=56 error=Recv failure: Connection reset by peer
  "cURL error 56: Recv failure: Connection reset by peer (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://127.0.0.1:%d/v3/echo"
reset:body sync: GuzzleHttp\Exception\RequestException code=200 response=200 errno=56 error=Recv failure: Connection reset by peer
  "cURL error 56: Recv failure: Connection reset by peer (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://127.0.0.1:%d/v3/echo"
reset:body async: GuzzleHttp\Exception\RequestException code=200 response=200 errno=56 error=Recv failure: Connection reset by peer
  "cURL error 56: Recv failure: Connection reset by peer (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://127.0.0.1:%d/v3/echo"
truncate sync: GuzzleHttp\Exception\RequestException code=200 response=200 errno=18 error=transfer closed with 64 bytes remaining to read
  "cURL error 18: transfer closed with 64 bytes remaining to read (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://127.0.0.1:%d/v3/echo"
truncate async: GuzzleHttp\Exception\RequestException code=200 response=200 errno=18 error=transfer closed with 64 bytes remaining to read
  "cURL error 18: transfer closed with 64 bytes remaining to read (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://127.0.0.1:%d/v3/echo"
string(24) "GuzzleHttp\Psr7\Response"
bool(true)
bool(true)
bool(true)
string(8) "/v3/echo"
200 200
