--TEST--
Transformer::toArray(): documents nest up to libxml2's 256 levels below the root; deeper ones fail with libxml2's notice (no recursion beyond it)
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

$nested = static fn(int $depth, string $leaf = 'v') => str_repeat('<a>', $depth) . $leaf . str_repeat('</a>', $depth);
foreach ([257, 258, 100000] as $depth) {
    error_clear_last();
    $result = Transformer::toArray($nested($depth));
    $levels = 0;
    while (is_array($result) && isset($result['a'])) {
        $result = $result['a'];
        $levels++;
    }
    echo $depth, ' elements: ', $levels, ' levels, leaf ', json_encode($result), ', notice ', json_encode(error_get_last()['message'] ?? null), "\n";
}
?>
--EXPECT--
257 elements: 256 levels, leaf "v", notice null
258 elements: 0 levels, leaf [], notice "Parsing the $xml failed with the last error(level=3,code=1,message=Excessive depth in document: 256 use XML_PARSE_HUGE option\n)."
100000 elements: 0 levels, leaf [], notice "Parsing the $xml failed with the last error(level=3,code=1,message=Excessive depth in document: 256 use XML_PARSE_HUGE option\n)."
