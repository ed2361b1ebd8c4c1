--TEST--
Async: promises and then() chains still pending at the end of the script are released without running callbacks (no leak under valgrind)
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
$kept = $i->v3->never->getAsync(['headers' => ['X-Gateway-Mode' => 'sleep:0.5']])
    ->then(static function () { echo "never runs\n"; })->then(static fn() => 1);
$dropped = $i->v3->never->getAsync();
$dropped->then(static fn() => 2)->then(static function () { echo "never runs either\n"; });
unset($dropped);
// a client dropped with requests in flight lets go of them too
$other = wechatpay_test_instance($gw);
$orphan = $other->v3->orphan->getAsync()->then(static function () { echo "never runs\n"; });
unset($other);
var_dump($kept->getState(), $orphan->getState());
echo "done\n";
?>
--EXPECT--
string(7) "pending"
string(7) "pending"
done
