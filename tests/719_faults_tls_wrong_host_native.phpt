--TEST--
Faults, without Guzzle: a TLS certificate (signed by the trusted test CA) that does not name the host: the native RequestException with curl's errno 60 (also its code) and Guzzle's message naming the host, nothing sent; by IP and by name, sync and async; `verify` false accepts it
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/faults.inc';
$log = tempnam(sys_get_temp_dir(), 'wechatpay-tls-');
$gw = wechatpay_gateway(['WECHATPAY_GATEWAY_LOG' => $log]);
$wrong = wechatpay_tls_gateway($gw, 'tls-wrong-host');
$i = wechatpay_test_instance($gw, ['base_uri' => $wrong['base_uri'], 'verify' => $gw['tls_ca']]);
wechatpay_fault_both('127.0.0.1', $i->v3->echo, []);
wechatpay_fault_both('localhost', $i->v3->echo, ['base_uri' => "https://localhost:{$wrong['port']}/"]);
echo 'requests served: ', count(file($log)), "\n";
echo wechatpay_fault_outcome(static fn () => $i->v3->echo->get(['verify' => false])), "\n";
echo wechatpay_fault_outcome(static fn () => $i->v3->echo->getAsync(['verify' => false])->wait()), "\n";
@unlink($log);
?>
--EXPECTF--
127.0.0.1 sync: WeChatPay\Exception\RequestException code=60 response=none errno=60 error=SSL: no alternative certificate subject name matches target host name '127.0.0.1'
  "cURL error 60: SSL: no alternative certificate subject name matches target host name '127.0.0.1' (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://127.0.0.1:%d/v3/echo"
127.0.0.1 async: WeChatPay\Exception\RequestException code=60 response=none errno=60 error=SSL: no alternative certificate subject name matches target host name '127.0.0.1'
  "cURL error 60: SSL: no alternative certificate subject name matches target host name '127.0.0.1' (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://127.0.0.1:%d/v3/echo"
localhost sync: WeChatPay\Exception\RequestException code=60 response=none errno=60 error=SSL: no alternative certificate subject name matches target host name 'localhost'
  "cURL error 60: SSL: no alternative certificate subject name matches target host name 'localhost' (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://localhost:%d/v3/echo"
localhost async: WeChatPay\Exception\RequestException code=60 response=none errno=60 error=SSL: no alternative certificate subject name matches target host name 'localhost'
  "cURL error 60: SSL: no alternative certificate subject name matches target host name 'localhost' (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://localhost:%d/v3/echo"
requests served: 0
WeChatPay\Http\Response 200 body=%d bytes
WeChatPay\Http\Response 200 body=%d bytes
