--TEST--
Transformer::toXml(): $data may nest 256 arrays (what toArray() and libxml2 read back); deeper, recursive arrays and self-containing Traversables throw instead of recursing until memory runs out
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;
use WeChatPay\Exception\InvalidArgumentException;

$nest = static function (int $levels) {
    $data = 'leaf';
    for ($i = 0; $i < $levels; $i++) {
        $data = ['a' => $data];
    }
    return $data;
};
$xml = Transformer::toXml($nest(256));
var_dump(substr_count($xml, '<a>'), strlen($xml));
$back = Transformer::toArray($xml);
for ($levels = 0; is_array($back); $levels++) {
    $back = $back['a'];
}
var_dump($levels, $back);

foreach ([
    'too deep' => fn() => Transformer::toXml($nest(257)),
    'far too deep' => fn() => Transformer::toXml($nest(100000)),
    'recursive array' => function () { $a = ['x' => 1]; $a['self'] = &$a; return Transformer::toXml($a); },
    'recursive ArrayObject' => function () { $o = new ArrayObject(); $o['me'] = $o; return Transformer::toXml(['o' => $o]); },
    'indented and with a declaration' => fn() => Transformer::toXml([$nest(256)], false, true),
] as $name => $call) {
    try {
        $call();
        echo "$name: no exception\n";
    } catch (InvalidArgumentException $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
gc_collect_cycles();  // the recursive array and ArrayObject
?>
--EXPECT--
int(256)
int(1807)
int(256)
string(4) "leaf"
too deep: WeChatPay\Exception\InvalidArgumentException: The $data is nested deeper than 256 levels.
far too deep: WeChatPay\Exception\InvalidArgumentException: The $data is nested deeper than 256 levels.
recursive array: WeChatPay\Exception\InvalidArgumentException: The $data is nested deeper than 256 levels.
recursive ArrayObject: WeChatPay\Exception\InvalidArgumentException: The $data is nested deeper than 256 levels.
indented and with a declaration: WeChatPay\Exception\InvalidArgumentException: The $data is nested deeper than 256 levels.
