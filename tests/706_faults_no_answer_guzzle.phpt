--TEST--
Faults, Guzzle autoloadable: no answer at all (the gateway sleeps): the `timeout` fires within 10% of its value, sync and in wait(), as Guzzle's ConnectException with curl's errno 28 and message
--EXTENSIONS--
wechatpay
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/autoload.php';
require __DIR__ . '/inc/faults.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
$i->v3->echo->get(); // warm: keys parsed, classes loaded, a connection open
$i->v3->echo->getAsync()->wait();
$options = ['timeout' => 1, 'headers' => ['X-Gateway-Mode' => 'sleep:3']];
echo 'sync ', wechatpay_fault_timed(1.0, static fn () => $i->v3->echo->get($options)), "\n";
echo 'async ', wechatpay_fault_timed(1.0, static fn () => $i->v3->echo->getAsync($options)->wait()), "\n";
// a float timeout, given in the factory configuration
$j = wechatpay_test_instance($gw, ['timeout' => 0.5]);
$j->v3->echo->get();
echo 'config 0.5 ', wechatpay_fault_timed(0.5, static fn () => $j->v3->echo->getAsync(['headers' => ['X-Gateway-Mode' => 'sleep:3']])->wait()), "\n";
?>
--EXPECTF--
sync on time: GuzzleHttp\Exception\ConnectException code=0 errno=28 error=Operation timed out after %d milliseconds with 0 bytes received
  "cURL error 28: Operation timed out after %d milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://127.0.0.1:%d/v3/echo"
async on time: GuzzleHttp\Exception\ConnectException code=0 errno=28 error=Operation timed out after %d milliseconds with 0 bytes received
  "cURL error 28: Operation timed out after %d milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://127.0.0.1:%d/v3/echo"
config 0.5 on time: GuzzleHttp\Exception\ConnectException code=0 errno=28 error=Operation timed out after %d milliseconds with 0 bytes received
  "cURL error 28: Operation timed out after %d milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://127.0.0.1:%d/v3/echo"
