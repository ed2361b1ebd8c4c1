--TEST--
Transformer: under strict_types the SDK's signatures refuse scalars of other types
--EXTENSIONS--
wechatpay
--FILE--
<?php declare(strict_types=1);
use WeChatPay\Transformer;

foreach ([
    fn() => Transformer::toArray(1),
    fn() => Transformer::sanitize(1.5),
    fn() => Transformer::toXml([], 1),
    fn() => Transformer::toXml([], true, 'yes'),
    fn() => Transformer::toXml([], true, false, 5),
] as $call) {
    try {
        $call();
        echo "no error\n";
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
echo Transformer::toXml(['ok' => 1], true, false, 'xml', 'item'), "\n";
?>
--EXPECT--
WeChatPay\Transformer::toArray(): Argument #1 ($xml) must be of type string, int given
WeChatPay\Transformer::sanitize(): Argument #1 ($xml) must be of type string, float given
WeChatPay\Transformer::toXml(): Argument #2 ($headless) must be of type bool, int given
WeChatPay\Transformer::toXml(): Argument #3 ($indent) must be of type bool, string given
WeChatPay\Transformer::toXml(): Argument #4 ($root) must be of type string, int given
<xml><ok>1</ok></xml>
