--TEST--
Transformer: arguments as the SDK's userland signatures take them (defaults, named arguments, coercion, extra arguments ignored), null refused even from non-strict code
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

var_dump(Transformer::toArray());
echo Transformer::toXml(data: ['a' => 1], root: 'r'), "\n";
echo Transformer::toXml(['a' => [1]], item: 'it'), "\n";
echo json_encode(Transformer::toXml(['a' => 1], indent: 1)), "\n";     // int 1 coerces to true
echo Transformer::toXml(['a' => 1], 0, 0, 'x'), "\n";                    // headless=false
var_dump(Transformer::sanitize(123));
var_dump(Transformer::toArray(false));                                   // '' from non-strict code
// as with userland methods, extra arguments are ignored (nulls included)
echo json_encode([Transformer::toArray('<xml><a>1</a></xml>', 'extra', null), Transformer::sanitize("a\x01", 2),
    Transformer::toXml(['a' => 1], true, false, 'r', 'i', 'extra')]), "\n";

foreach ([
    fn() => Transformer::toArray(null),
    fn() => Transformer::sanitize(null),
    fn() => Transformer::toXml(null),
    fn() => Transformer::toXml([], null),
    fn() => Transformer::toXml([], true, null),
    fn() => Transformer::toXml([], true, false, null),
    fn() => Transformer::toXml([], true, false, 'xml', null),
    fn() => Transformer::toXml('<xml/>'),
    fn() => Transformer::toArray([]),
    fn() => Transformer::sanitize(),
    fn() => Transformer::toXml(),
    fn() => Transformer::toXml([], headless: true, bogus: 1),
] as $call) {
    try {
        $call();
        echo "no error\n";
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
array(0) {
}
<r><a>1</a></r>
<xml><a><it>1</it></a></xml>
"<xml>\n <a>1<\/a>\n<\/xml>\n"
<?xml version="1.0" encoding="UTF-8"?>
<x><a>1</a></x>

string(3) "123"
array(0) {
}
[{"a":"1"},"a","<r><a>1<\/a><\/r>"]
TypeError: WeChatPay\Transformer::toArray(): Argument #1 ($xml) must be of type string, null given
TypeError: WeChatPay\Transformer::sanitize(): Argument #1 ($xml) must be of type string, null given
TypeError: WeChatPay\Transformer::toXml(): Argument #1 ($data) must be of type array, null given
TypeError: WeChatPay\Transformer::toXml(): Argument #2 ($headless) must be of type bool, null given
TypeError: WeChatPay\Transformer::toXml(): Argument #3 ($indent) must be of type bool, null given
TypeError: WeChatPay\Transformer::toXml(): Argument #4 ($root) must be of type string, null given
TypeError: WeChatPay\Transformer::toXml(): Argument #5 ($item) must be of type string, null given
TypeError: WeChatPay\Transformer::toXml(): Argument #1 ($data) must be of type array, string given
TypeError: WeChatPay\Transformer::toArray(): Argument #1 ($xml) must be of type string, array given
ArgumentCountError: WeChatPay\Transformer::sanitize() expects at least 1 argument, 0 given
ArgumentCountError: WeChatPay\Transformer::toXml() expects at least 1 argument, 0 given
Error: Unknown named parameter $bogus
