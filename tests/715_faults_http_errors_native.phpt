--TEST--
Faults, without Guzzle: 4xx/5xx replies with HTML, empty or JSON bodies: the native ClientException/ServerException with Guzzle's exact messages (body summary only when there is a body), the status as code and on the response; with http_errors false the same replies are verified and returned; sync and async
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/faults.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
foreach (['html:404', 'html:500', 'empty:404', 'empty:503', 'status:429', 'html:599'] as $mode) {
    wechatpay_fault_both($mode, $i->v3->echo, ['query' => ['a' => 'b c'], 'headers' => ['X-Gateway-Mode' => $mode]]);
}
foreach (['html:500', 'empty:404'] as $mode) {
    wechatpay_fault_both("$mode http_errors=false", $i->v3->echo, ['http_errors' => false, 'headers' => ['X-Gateway-Mode' => $mode]]);
}
// an unsigned error reply with http_errors false fails verification like any other
echo wechatpay_fault_outcome(static fn () => $i->v3->echo->get(['http_errors' => false, 'headers' => ['X-Gateway-Mode' => 'empty:503,missing:Wechatpay-Signature']])), "\n";
?>
--EXPECTF--
html:404 sync: WeChatPay\Exception\ClientException code=404 response=404
  "Client error: `GET http://127.0.0.1:%d/v3/echo?a=b%20c` resulted in a `404 Not Found` response:\n<html><head><title>404</title></head><body><h1>404</h1></body></html>\n\n"
html:404 async: WeChatPay\Exception\ClientException code=404 response=404
  "Client error: `GET http://127.0.0.1:%d/v3/echo?a=b%20c` resulted in a `404 Not Found` response:\n<html><head><title>404</title></head><body><h1>404</h1></body></html>\n\n"
html:500 sync: WeChatPay\Exception\ServerException code=500 response=500
  "Server error: `GET http://127.0.0.1:%d/v3/echo?a=b%20c` resulted in a `500 Internal Server Error` response:\n<html><head><title>500</title></head><body><h1>500</h1></body></html>\n\n"
html:500 async: WeChatPay\Exception\ServerException code=500 response=500
  "Server error: `GET http://127.0.0.1:%d/v3/echo?a=b%20c` resulted in a `500 Internal Server Error` response:\n<html><head><title>500</title></head><body><h1>500</h1></body></html>\n\n"
empty:404 sync: WeChatPay\Exception\ClientException code=404 response=404
  "Client error: `GET http://127.0.0.1:%d/v3/echo?a=b%20c` resulted in a `404 Not Found` response"
empty:404 async: WeChatPay\Exception\ClientException code=404 response=404
  "Client error: `GET http://127.0.0.1:%d/v3/echo?a=b%20c` resulted in a `404 Not Found` response"
empty:503 sync: WeChatPay\Exception\ServerException code=503 response=503
  "Server error: `GET http://127.0.0.1:%d/v3/echo?a=b%20c` resulted in a `503 Service Unavailable` response"
empty:503 async: WeChatPay\Exception\ServerException code=503 response=503
  "Server error: `GET http://127.0.0.1:%d/v3/echo?a=b%20c` resulted in a `503 Service Unavailable` response"
status:429 sync: WeChatPay\Exception\ClientException code=429 response=429
  "Client error: `GET http://127.0.0.1:%d/v3/echo?a=b%20c` resulted in a `429 Too Many Requests` response:\n{\"code\":\"X\",\"message\":\"mode\"}\n"
status:429 async: WeChatPay\Exception\ClientException code=429 response=429
  "Client error: `GET http://127.0.0.1:%d/v3/echo?a=b%20c` resulted in a `429 Too Many Requests` response:\n{\"code\":\"X\",\"message\":\"mode\"}\n"
html:599 sync: WeChatPay\Exception\ServerException code=599 response=599
  "Server error: `GET http://127.0.0.1:%d/v3/echo?a=b%20c` resulted in a `599 ` response:\n<html><head><title>599</title></head><body><h1>599</h1></body></html>\n\n"
html:599 async: WeChatPay\Exception\ServerException code=599 response=599
  "Server error: `GET http://127.0.0.1:%d/v3/echo?a=b%20c` resulted in a `599 ` response:\n<html><head><title>599</title></head><body><h1>599</h1></body></html>\n\n"
html:500 http_errors=false sync: WeChatPay\Http\Response 500 body=70 bytes
html:500 http_errors=false async: WeChatPay\Http\Response 500 body=70 bytes
empty:404 http_errors=false sync: WeChatPay\Http\Response 404 body=0 bytes
empty:404 http_errors=false async: WeChatPay\Http\Response 404 body=0 bytes
WeChatPay\Exception\RequestException code=0 response=503
  "The response's Headers incomplete, must have(`Wechatpay-Nonce`, `Wechatpay-Serial`, `Wechatpay-Signature` and `Wechatpay-Timestamp`)."
