--TEST--
Faults, without Guzzle: a 50 MiB reply is received to memory and verified over all its bytes, sync and async (`sink`: tests 720-721)
--INI--
memory_limit=512M
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/faults.inc';
require_once __DIR__ . '/gateway/faults.php';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
// 50 MiB; 4 MiB when USE_ZEND_ALLOC=0 (valgrind, ASan), where hashing and copying 50 MiB take minutes
$size = getenv('USE_ZEND_ALLOC') === '0' ? 4 << 20 : 50 << 20;
$expected = fault_big_body($size);
$options = ['headers' => ['X-Gateway-Mode' => "big:$size"]];
foreach (['sync' => static fn () => $i->v3->echo->get($options), 'async' => static fn () => $i->v3->echo->getAsync($options)->wait()] as $label => $call) {
    $r = $call();
    $body = (string) $r->getBody();
    echo $label, ': ', get_class($r), ' ', $r->getStatusCode(), ' ', $r->getHeaderLine('Content-Length') === (string) $size ? 'Content-Length' : 'LENGTH?',
        ' ', $body === $expected ? 'same bytes' : 'DIFFERENT ' . strlen($body), "\n";
    unset($r, $body);
}
// a big body (an eighth of the size, for time) signed over one byte more is refused after reading it all
$e = wechatpay_fault_catch(static fn () => $i->v3->echo->get(['headers' => ['X-Gateway-Mode' => 'big:' . ($size >> 3) . ',other-body']]));
echo get_class($e), ' ', $e->getResponse()->getStatusCode(), ' ', str_starts_with($e->getMessage(), "Verify the response's data with: timestamp="), "\n";
?>
--EXPECT--
sync: WeChatPay\Http\Response 200 Content-Length same bytes
async: WeChatPay\Http\Response 200 Content-Length same bytes
WeChatPay\Exception\RequestException 200 1
