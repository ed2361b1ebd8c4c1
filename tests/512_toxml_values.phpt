--TEST--
Transformer::toXml(): values are string casts (bool, null, numbers, Stringable), arrays and Traversables nest by their (array) cast; CR as &#13;, controls and "]]>" written raw, text ends at a NUL as XMLWriter's does
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

final class Money { public function __toString(): string { return '100 & more'; } }
final class Bag implements IteratorAggregate
{
    public $shown = 'yes';
    protected $kept = 'p';
    private $hidden = 'q';
    public function getIterator(): Iterator { return new ArrayIterator(['never' => 'used']); }
}

$show = static fn(array $data) => print(str_replace("\x7f", '\u007f', json_encode(Transformer::toXml($data), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE)) . "\n");
$show(['t' => true, 'f' => false, 'n' => null, 'i' => -42, 'big' => PHP_INT_MAX, 'pi' => 3.14, 'sum' => 0.1 + 0.2, 'e' => 1e25, 'nz' => -0.0, 'nan' => NAN, 'inf' => -INF]);
$show(['money' => new Money(), 'amount' => 100, 'finished' => true]);
$show(['cr' => "a\rb", 'crlf' => "a\r\nb", 'tab' => "\t", 'ctl' => "\x01\x1f\x7f", 'quote' => "'", 'gt' => 'a > b']);
$show(['end' => ']]>', 'mid' => 'x]]>y<', 'amp' => '&amp;']);
$show(['nul' => "before\0after", 'nulcdata' => "a<\0<b", 'lead' => "\0<"]);
$show(['utf8' => '支付 😀', 'bad' => "\xff\xfe"]);
$show(['ao' => new ArrayObject(['x' => 1, 'y' => [2, 3]]), 'ai' => new ArrayIterator(['z']), 'gen' => (function () { yield 'k' => 'v'; })(), 'bag' => new Bag()]);
$show(['ref' => &$ref]);
$ref = ['r' => 1];
$data = ['ref' => &$ref];
$show($data);
?>
--EXPECT--
"<xml><t>1</t><f></f><n></n><i>-42</i><big>9223372036854775807</big><pi>3.14</pi><sum>0.3</sum><e>1.0E+25</e><nz>-0</nz><nan>NAN</nan><inf>-INF</inf></xml>"
"<xml><money><![CDATA[100 & more]]></money><amount>100</amount><finished>1</finished></xml>"
"<xml><cr>a&#13;b</cr><crlf>a&#13;\nb</crlf><tab>\t</tab><ctl>\u0001\u001f\u007f</ctl><quote>'</quote><gt><![CDATA[a > b]]></gt></xml>"
"<xml><end><![CDATA[]]>]]></end><mid><![CDATA[x]]>y<]]></mid><amp><![CDATA[&amp;]]></amp></xml>"
"<xml><nul>before</nul><nulcdata><![CDATA[a<]]></nulcdata><lead><![CDATA[]]></lead></xml>"
"<xml><utf8>支付 😀</utf8><bad>��</bad></xml>"
"<xml><ao><x>1</x><y><item>2</item><item>3</item></y></ao><ai><item>z</item></ai><gen/><bag><shown>yes</shown><item>p</item><item>q</item></bag></xml>"
"<xml><ref></ref></xml>"
"<xml><ref><r>1</r></ref></xml>"
