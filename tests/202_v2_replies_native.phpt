--TEST--
APIv2 replies without Guzzle: return_code/result_code SUCCESS and a valid MD5 or HMAC-SHA256 sign (recomputed by hand) or the promise is rejected with the Response (sync: RejectionException); the 24 unsigned paths come back untouched (CSV bills raw); malformed XML; 4xx; empty and wrong secrets
--EXTENSIONS--
wechatpay
--FILE--
<?php
declare(strict_types=1);
require __DIR__ . '/inc/v2.inc';
v2_reply_cases(wechatpay_gateway());
var_dump(class_exists('GuzzleHttp\Psr7\Response', false));
?>
--EXPECT--
-- sync
signed MD5: WeChatPay\Http\Response SUCCESS sign 32 true
signed HMAC-SHA256: WeChatPay\Http\Response SUCCESS sign 64 true
return_code FAIL: WeChatPay\Exception\RejectionException: The promise was rejected, reason WeChatPay\Http\Response 200 FAIL
result_code FAIL: WeChatPay\Exception\RejectionException: The promise was rejected, reason WeChatPay\Http\Response 200 SUCCESS
bad sign: WeChatPay\Exception\RejectionException: The promise was rejected, reason WeChatPay\Http\Response 200 SUCCESS
bad HMAC sign: WeChatPay\Exception\RejectionException: The promise was rejected, reason WeChatPay\Http\Response 200 SUCCESS
no sign: WeChatPay\Exception\RejectionException: The promise was rejected, reason WeChatPay\Http\Response 200 SUCCESS
malformed XML: WeChatPay\Exception\RejectionException: The promise was rejected, reason WeChatPay\Http\Response 200 (no return_code)
   notice: E_USER_NOTICE "Parsing the $xml failed with the last error(level=3,code=77,message=Premature end of data in tag unclosed line 1\n)."
CSV on a signed path: WeChatPay\Exception\RejectionException: The promise was rejected, reason WeChatPay\Http\Response 200 (no return_code)
   notice: E_USER_NOTICE "Parsing the $xml failed with the last error(level=3,code=4,message=Start tag expected, '<' not found\n)."
CSV bill: raw WeChatPay\Http\Response text/plain;charset=utf-8 "交易时间,公众账号ID,商户号,总金额"
unsigned path, no sign: WeChatPay\Http\Response SUCCESS sign 0 NULL
unsigned path, FAIL: WeChatPay\Http\Response FAIL sign 0 NULL
unsigned path is exact: WeChatPay\Exception\RejectionException: The promise was rejected, reason WeChatPay\Http\Response 200 SUCCESS
HTTP 400: WeChatPay\Exception\ClientException: Client error: `POST http://127.0.0.1:PORT/pay/orderquery` resulted in a `400 Bad Request` response:
-- async
signed MD5: WeChatPay\Http\Response SUCCESS sign 32 true
signed HMAC-SHA256: WeChatPay\Http\Response SUCCESS sign 64 true
return_code FAIL: rejected with WeChatPay\Http\Response FAIL sign 0 NULL
result_code FAIL: rejected with WeChatPay\Http\Response SUCCESS sign 32 true
bad sign: rejected with WeChatPay\Http\Response SUCCESS sign 32 false
bad HMAC sign: rejected with WeChatPay\Http\Response SUCCESS sign 64 false
no sign: rejected with WeChatPay\Http\Response SUCCESS sign 0 NULL
malformed XML: rejected with raw WeChatPay\Http\Response text/xml; charset=utf-8 "<xml><return_code>SUCCESS<\/return_code><unclosed>"
   notice: E_USER_NOTICE "Parsing the $xml failed with the last error(level=3,code=77,message=Premature end of data in tag unclosed line 1\n)."
CSV on a signed path: rejected with raw WeChatPay\Http\Response text/plain;charset=utf-8 "交易时间,公众账号ID,商户号,总金额"
   notice: E_USER_NOTICE "Parsing the $xml failed with the last error(level=3,code=4,message=Start tag expected, '<' not found\n)."
CSV bill: raw WeChatPay\Http\Response text/plain;charset=utf-8 "交易时间,公众账号ID,商户号,总金额"
unsigned path, no sign: WeChatPay\Http\Response SUCCESS sign 0 NULL
unsigned path, FAIL: WeChatPay\Http\Response FAIL sign 0 NULL
unsigned path is exact: rejected with WeChatPay\Http\Response SUCCESS sign 0 NULL
HTTP 400: rejected with WeChatPay\Exception\ClientException: Client error: `POST http://127.0.0.1:PORT/pay/orderquery` resulted in a `400 Bad Request` response:
-- an empty secret with an HMAC-SHA256 reply: hash_init()'s ValueError
ValueError: hash_init(): Argument #3 ($key) cannot be empty when HMAC is requested
-- a wrong secret: the gateway refuses the request sign
WeChatPay\Exception\RejectionException: The promise was rejected, reason WeChatPay\Http\Response 200 FAIL SIGNERROR
-- http_errors false: a 400 reply is checked
WeChatPay\Exception\RejectionException: The promise was rejected, reason WeChatPay\Http\Response 400 FAIL
bool(false)
