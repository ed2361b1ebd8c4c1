--TEST--
Transformer: toArray(toXml($data)) gives $data back for APIv2-shaped data (strings, nested arrays), in every layout
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

$data = [
    'return_code' => 'SUCCESS',
    'return_msg' => 'OK & fine <really>',
    'appid' => 'wx8888888888888888',
    'attach' => '支付测试',
    'detail' => ['goods' => ['a' => '1', 'b' => '<2>'], 'note' => "line1\nline2"],
    'spaced' => '  padded  ',
    'cr' => "a\rb",
    'empty' => '',
];
foreach ([[true, false], [true, true], [false, false], [false, true]] as [$headless, $indent]) {
    $back = Transformer::toArray(Transformer::toXml($data, $headless, $indent));
    var_dump($back === $data);
}
// what does not survive: keys that become <item>, lists, and the type of scalars
echo json_encode(Transformer::toArray(Transformer::toXml([1 => 'a', 'b c' => 'b', 'list' => ['x', 'y'], 'n' => 5, 't' => true]))), "\n";
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
{"item":["a","b"],"list":{"item":["x","y"]},"n":"5","t":"1"}
