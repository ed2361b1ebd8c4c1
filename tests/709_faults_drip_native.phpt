--TEST--
Faults, without Guzzle: a reply dripping one byte per 100 ms: the total `timeout` fires on time (the native ConnectException, curl 28 as code, with the bytes received so far in curl's words); `read_timeout` does not fire while bytes keep coming, and the slow reply is verified; sync and async
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/faults.inc';
require_once __DIR__ . '/gateway/faults.php';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
$i->v3->echo->get(); // warm: keys parsed, classes loaded, a connection open
$i->v3->echo->getAsync()->wait();
$slow = ['timeout' => 1, 'headers' => ['X-Gateway-Mode' => 'big:30,drip:100']];
echo 'timeout sync ', wechatpay_fault_timed(1.0, static fn () => $i->v3->echo->get($slow)), "\n";
echo 'timeout async ', wechatpay_fault_timed(1.0, static fn () => $i->v3->echo->getAsync($slow)->wait()), "\n";
// 8 bytes, the last one 700 ms after the first: longer than read_timeout allows for the whole, never a second without a byte
$steady = ['read_timeout' => 1, 'headers' => ['X-Gateway-Mode' => 'big:8,drip:100']];
foreach ([$i->v3->echo->get($steady), $i->v3->echo->getAsync($steady)->wait()] as $r) {
    echo get_class($r), ' ', $r->getStatusCode(), ' ', var_export((string) $r->getBody() === fault_big_body(8), true), "\n";
}
?>
--EXPECTF--
timeout sync on time: WeChatPay\Exception\ConnectException code=28 errno=28 error=Operation timed out after %d milliseconds with %d out of 30 bytes received
  "cURL error 28: Operation timed out after %d milliseconds with %d out of 30 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://127.0.0.1:%d/v3/echo"
timeout async on time: WeChatPay\Exception\ConnectException code=28 errno=28 error=Operation timed out after %d milliseconds with %d out of 30 bytes received
  "cURL error 28: Operation timed out after %d milliseconds with %d out of 30 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://127.0.0.1:%d/v3/echo"
WeChatPay\Http\Response 200 true
WeChatPay\Http\Response 200 true
