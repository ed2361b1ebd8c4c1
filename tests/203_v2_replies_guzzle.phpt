--TEST--
APIv2 replies with Guzzle autoloadable: the same checks with the SDK's types (GuzzleHttp\Promise\RejectionException whose reason is the GuzzleHttp\Psr7\Response, ClientException), as the reference SDK gives against the same gateway
--EXTENSIONS--
wechatpay
--FILE--
<?php
declare(strict_types=1);
require __DIR__ . '/inc/guzzle.inc';
require __DIR__ . '/inc/v2.inc';
v2_reply_cases(wechatpay_gateway());
?>
--EXPECT--
-- sync
signed MD5: GuzzleHttp\Psr7\Response SUCCESS sign 32 true
signed HMAC-SHA256: GuzzleHttp\Psr7\Response SUCCESS sign 64 true
return_code FAIL: GuzzleHttp\Promise\RejectionException: The promise was rejected, reason GuzzleHttp\Psr7\Response 200 FAIL
result_code FAIL: GuzzleHttp\Promise\RejectionException: The promise was rejected, reason GuzzleHttp\Psr7\Response 200 SUCCESS
bad sign: GuzzleHttp\Promise\RejectionException: The promise was rejected, reason GuzzleHttp\Psr7\Response 200 SUCCESS
bad HMAC sign: GuzzleHttp\Promise\RejectionException: The promise was rejected, reason GuzzleHttp\Psr7\Response 200 SUCCESS
no sign: GuzzleHttp\Promise\RejectionException: The promise was rejected, reason GuzzleHttp\Psr7\Response 200 SUCCESS
malformed XML: GuzzleHttp\Promise\RejectionException: The promise was rejected, reason GuzzleHttp\Psr7\Response 200 (no return_code)
   notice: E_USER_NOTICE "Parsing the $xml failed with the last error(level=3,code=77,message=Premature end of data in tag unclosed line 1\n)."
CSV on a signed path: GuzzleHttp\Promise\RejectionException: The promise was rejected, reason GuzzleHttp\Psr7\Response 200 (no return_code)
   notice: E_USER_NOTICE "Parsing the $xml failed with the last error(level=3,code=4,message=Start tag expected, '<' not found\n)."
CSV bill: raw GuzzleHttp\Psr7\Response text/plain;charset=utf-8 "交易时间,公众账号ID,商户号,总金额"
unsigned path, no sign: GuzzleHttp\Psr7\Response SUCCESS sign 0 NULL
unsigned path, FAIL: GuzzleHttp\Psr7\Response FAIL sign 0 NULL
unsigned path is exact: GuzzleHttp\Promise\RejectionException: The promise was rejected, reason GuzzleHttp\Psr7\Response 200 SUCCESS
HTTP 400: GuzzleHttp\Exception\ClientException: Client error: `POST http://127.0.0.1:PORT/pay/orderquery` resulted in a `400 Bad Request` response:
-- async
signed MD5: GuzzleHttp\Psr7\Response SUCCESS sign 32 true
signed HMAC-SHA256: GuzzleHttp\Psr7\Response SUCCESS sign 64 true
return_code FAIL: rejected with GuzzleHttp\Psr7\Response FAIL sign 0 NULL
result_code FAIL: rejected with GuzzleHttp\Psr7\Response SUCCESS sign 32 true
bad sign: rejected with GuzzleHttp\Psr7\Response SUCCESS sign 32 false
bad HMAC sign: rejected with GuzzleHttp\Psr7\Response SUCCESS sign 64 false
no sign: rejected with GuzzleHttp\Psr7\Response SUCCESS sign 0 NULL
malformed XML: rejected with raw GuzzleHttp\Psr7\Response text/xml; charset=utf-8 "<xml><return_code>SUCCESS<\/return_code><unclosed>"
   notice: E_USER_NOTICE "Parsing the $xml failed with the last error(level=3,code=77,message=Premature end of data in tag unclosed line 1\n)."
CSV on a signed path: rejected with raw GuzzleHttp\Psr7\Response text/plain;charset=utf-8 "交易时间,公众账号ID,商户号,总金额"
   notice: E_USER_NOTICE "Parsing the $xml failed with the last error(level=3,code=4,message=Start tag expected, '<' not found\n)."
CSV bill: raw GuzzleHttp\Psr7\Response text/plain;charset=utf-8 "交易时间,公众账号ID,商户号,总金额"
unsigned path, no sign: GuzzleHttp\Psr7\Response SUCCESS sign 0 NULL
unsigned path, FAIL: GuzzleHttp\Psr7\Response FAIL sign 0 NULL
unsigned path is exact: rejected with GuzzleHttp\Psr7\Response SUCCESS sign 0 NULL
HTTP 400: rejected with GuzzleHttp\Exception\ClientException: Client error: `POST http://127.0.0.1:PORT/pay/orderquery` resulted in a `400 Bad Request` response:
-- an empty secret with an HMAC-SHA256 reply: hash_init()'s ValueError
ValueError: hash_init(): Argument #3 ($key) cannot be empty when HMAC is requested
-- a wrong secret: the gateway refuses the request sign
GuzzleHttp\Promise\RejectionException: The promise was rejected, reason GuzzleHttp\Psr7\Response 200 FAIL SIGNERROR
-- http_errors false: a 400 reply is checked
GuzzleHttp\Promise\RejectionException: The promise was rejected, reason GuzzleHttp\Psr7\Response 400 FAIL
