--TEST--
Chain nodes: caching, isset, offsetSet/unset, iteration and counting as the SDK's ArrayIterator node; TypeErrors; no clone, no serialize, no secrets in var_dump
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
$path = static fn($node) => wechatpay_echo($node->get())['target'];

var_dump(isset($i->v3), isset($i['v3']));
$i->v3;
var_dump(isset($i->v3), isset($i['v3']), isset($i->v3->zzz), empty($i->v3));
var_dump($i->v3->getDriver() === $i->getDriver(), $i->getDriver() instanceof \WeChatPay\ClientDecoratorInterface);
// PHP keywords and method names are segments too
echo $path($i->v3->global->return), ' ', $path($i->v3->getDriver), "\n";

// $node[] = 'seg' appends a segment; children created afterwards include it (§4.1)
$j = wechatpay_test_instance($gw);
$v = $j->v3;
$v[] = 'pay';
echo $path($j->v3), ' ', $path($j->v3->native), "\n";
// a string stored under a key becomes a segment of that node, and reading it back is a TypeError
$k = wechatpay_test_instance($gw);
$k['x'] = 'foo';
$k->y = 'bar';
echo $path($k->v3), "\n";
try { $k['x']; } catch (\TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
// unset drops the cached child: it is created afresh next time
$old = $i->v3->pay;
unset($i->v3->pay);
var_dump($old !== $i->v3->pay);
// index 0 already holds the segment 'v3' (§4.4 row 45)
try { $i->v3->{'0'}; } catch (\TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
echo $path($i->v3->{'1'}), "\n";
try { $i[5]; } catch (\TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $i->chain(null); } catch (\TypeError $e) { echo get_class($e), "\n"; }
echo $path($i->chain(123)), "\n";

// iteration yields the segments, then the cached children
$n = wechatpay_test_instance($gw);
$n->v3->pay->native;
$n->v3->marketing;
foreach ($n->v3 as $key => $value) {
    echo $key, ' => ', is_string($value) ? $value : get_class($value), "\n";
}
var_dump(count($n->v3), array_keys($n->v3->getArrayCopy()));

try { clone $i; } catch (\Error $e) { echo $e->getMessage(), "\n"; }
try { serialize($i); } catch (\Exception $e) { echo $e->getMessage(), "\n"; }
try { serialize($i->getDriver()); } catch (\Exception $e) { echo $e->getMessage(), "\n"; }
try { new \WeChatPay\BuilderNode(); } catch (\Error $e) { echo $e->getMessage(), "\n"; }

// secrets never show
$dump = print_r($i, true) . var_export($i->getDriver(), true);
ob_start(); var_dump($i->getDriver()); var_dump($i); $dump .= ob_get_clean();
var_dump(str_contains($dump, 'PRIVATE KEY'), str_contains($dump, substr(str_replace(["\n", '-----BEGIN PRIVATE KEY-----'], '', $gw['merchant_key']), 0, 40)));
ob_start(); var_dump($i->getDriver()); echo str_replace($gw['merchant_serial'], 'SERIAL', str_replace($gw['platform_serial'], 'PLATFORM', ob_get_clean()));
?>
--EXPECTF--
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
/v3/global/return /v3/get-driver
/v3/pay /v3/pay/native
/foo/bar/v3
TypeError: WeChatPay\BuilderNode::offsetGet(): Return value must be of type WeChatPay\BuilderChainable, string returned
bool(true)
TypeError: WeChatPay\BuilderNode::offsetGet(): Return value must be of type WeChatPay\BuilderChainable, string returned
/v3/1
TypeError: WeChatPay\BuilderNode::offsetGet(): Argument #1 ($key) must be of type string, int given
TypeError
/123
0 => v3
pay => WeChatPay\BuilderNode
marketing => WeChatPay\BuilderNode
int(3)
array(3) {
  [0]=>
  int(0)
  [1]=>
  string(3) "pay"
  [2]=>
  string(9) "marketing"
}
Trying to clone an uncloneable object of class WeChatPay\BuilderNode
Serialization of 'WeChatPay\BuilderNode' is not allowed
Serialization of 'WeChatPay\ClientDecorator' is not allowed
Call to private WeChatPay\BuilderNode::__construct() from global scope
bool(false)
bool(false)
object(WeChatPay\ClientDecorator)#%d (4) {
  ["mchid"]=>
  string(10) "1900000109"
  ["serial"]=>
  string(40) "SERIAL"
  ["privateKey"]=>
  string(16) "(parsed, hidden)"
  ["certs"]=>
  array(1) {
    [0]=>
    string(40) "PLATFORM"
  }
}
