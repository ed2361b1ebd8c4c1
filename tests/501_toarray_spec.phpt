--TEST--
Transformer::toArray(): the shapes of spec §8.5 (root dropped, leaves as strings, CDATA unwrapped, lists for repeated siblings, @attributes only on elements with children)
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

$show = static fn(string $xml) => print(json_encode(Transformer::toArray($xml), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES) . "\n");

$show('<xml><a><![CDATA[x]]></a><b>2</b><c></c><d/><e attr="1">t</e><f><g>1</g><g>2</g></f><h><i>1</i></h></xml>');
$show('<xml a="1"><b>2</b></xml>');
$show('<xml>text</xml>');
$show('<xml a="1">text</xml>');
$show('<xml/>');
$show('<xml></xml>');
$show("<xml>\n  <a>1</a>\n  <b>  </b>\n  <c>\n  </c>\n</xml>");       // blanks between elements go, blank leaves stay
$show('<xml><a>x &amp; &lt;y&gt; &#x4E2D;&#25991;</a><b><![CDATA[<p>&amp;</p>]]></b></xml>');
$show('<xml><a>1</a><b>2</b><a>3</a><a><c>4</c></a></xml>');    // the list sits where the first <a> was
$show('<xml><e>t<f/>u</e><g><f/>u</g></xml>');                 // mixed content: text first = text of all text nodes
$show('<xml><a>1</a><!-- note --><?pi data?></xml>');         // comments and PIs are named children
$show("<xml>\r\n<a>x\r\ny</a>\r\n</xml>");                       // CRLF normalised by the parser
$show('<xml><a><![CDATA[]]></a><b><![CDATA[ ]]></b></xml>');
$show('<?xml version="1.0" encoding="UTF-8"?><xml><return_code><![CDATA[SUCCESS]]></return_code><attach>支付测试</attach></xml>');
$show('<root><a x="1" y="2"><b/></a><c x="1"/></root>');
?>
--EXPECT--
{"a":"x","b":"2","c":"","d":"","e":"t","f":{"g":["1","2"]},"h":{"i":"1"}}
{"@attributes":{"a":"1"},"b":"2"}
["text"]
{"@attributes":{"a":"1"},"0":"text"}
[]
[]
{"a":"1","b":"  ","c":"\n  "}
{"a":"x & <y> 中文","b":"<p>&amp;</p>"}
{"a":["1","3",{"c":"4"}],"b":"2"}
{"e":"tu","g":{"f":""}}
{"a":"1","comment":" note ","pi":"data"}
{"a":"x\ny"}
{"a":"","b":" "}
{"return_code":"SUCCESS","attach":"支付测试"}
{"a":{"@attributes":{"x":"1","y":"2"},"b":""},"c":""}
