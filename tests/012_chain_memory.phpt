--TEST--
Chain memory: each cached child costs the same however many siblings it has (regression: children were sized by their parent's whole storage)
--EXTENSIONS--
wechatpay
--FILE--
<?php
$i = \WeChatPay\Builder::factory(['mchid' => '1', 'serial' => 'S', 'privateKey' => 'any', 'certs' => ['P' => null]]);
$node = $i->v3->pay->transactions->outTradeNo;
$cost = static function (int $from, int $to) use ($node): float {
    $before = memory_get_usage();
    for ($n = $from; $n < $to; $n++) {
        $node->{"ORDER$n"};
    }
    return (memory_get_usage() - $before) / ($to - $from);
};
$first = $cost(0, 1000);
$later = $cost(3000, 4000);
var_dump($first < 2048, $later < 2048, $later < 2 * $first);
?>
--INI--
memory_limit=256M
--EXPECT--
bool(true)
bool(true)
bool(true)
