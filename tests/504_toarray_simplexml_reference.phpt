--TEST--
Transformer::toArray(): same arrays as a reference built on PHP's own SimpleXML (root cast to array, elements with children recursively, leaves as strings), over tricky and generated documents
--EXTENSIONS--
wechatpay
simplexml
--FILE--
<?php
use WeChatPay\Transformer;

// The reference: the XML 1.0 Char filter (PCRE; not UTF-8 gives ''), then PHP's SimpleXML with the
// SDK's parse options, shaped as spec §8.5 describes.
function reference(string $xml): array
{
    $xml = preg_replace('/[^\t\n\r\x{20}-\x{D7FF}\x{E000}-\x{FFFD}\x{10000}-\x{10FFFF}]+/u', '', $xml) ?? '';
    $previous = libxml_use_internal_errors(true);
    $root = simplexml_load_string($xml, SimpleXMLElement::class, LIBXML_NONET | LIBXML_COMPACT | LIBXML_NOCDATA | LIBXML_NOBLANKS);
    libxml_clear_errors();
    libxml_use_internal_errors($previous);
    if ($root === false) {
        return [];
    }
    return array_map('reference_shape', (array) $root);
}

function reference_shape($value)
{
    if ($value instanceof SimpleXMLElement) {
        return $value->count() ? array_map('reference_shape', (array) $value) : (string) $value;
    }
    return is_array($value) ? array_map('reference_shape', $value) : $value;
}

$documents = [
    '<xml><a>1</a><a>2</a><b><c>3</c><c><d>4</d></c></b></xml>',
    '<xml xmlns="urn:default"><a>1</a></xml>',
    '<xml xmlns:p="urn:p"><p:a>hidden</p:a><b p:x="hidden" y="shown"><c/></b><p:b>x</p:b></xml>',
    '<p:xml xmlns:p="urn:p"><a>1</a><p:a>2</p:a></p:xml>',
    '<xml><u:a>undeclared prefix</u:a></xml>',
    '<xml><!--c1--><a>1</a><!--c2--><?t1 d1?><?t2?></xml>',
    '<xml><comment>element</comment><!--comment node--></xml>',
    '<xml>  <a>  </a>  </xml>',
    "<xml>\n\t<a>\n\t\t<b>1</b>\n\t</a>\n</xml>",
    '<xml>lead<a>1</a>tail</xml>',
    '<xml><a>lead<b>1</b>tail</a><c><b>1</b>tail</c></xml>',
    '<xml><a><![CDATA[<x>]]>more<![CDATA[&]]></a></xml>',
    '<xml><a><![CDATA[]]></a><b><![CDATA[  ]]></b><![CDATA[root text]]></xml>',
    '<!DOCTYPE xml [<!ENTITY e "value">]><xml><a>&e;</a><b>x&e;y</b><c>&e;<d/></c><f g="&e;"/><h i="&e;"><j/></h></xml>',
    '<!DOCTYPE xml [<!ENTITY e "value">]><xml>&e;</xml>',
    '<!DOCTYPE xml [<!ENTITY e "value">]><xml><a>1</a>&e;</xml>',
    '<!DOCTYPE xml [<!ENTITY m "<b>in</b>tail">]><xml><a>&m;</a><c>&m;<d/></c></xml>',
    '<!DOCTYPE xml [<!ENTITY a "A"><!ENTITY b "&a;&a;B">]><xml><v>&b;</v><w x="&b;"/></xml>',
    '<!DOCTYPE xml [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]><xml><v>&x;</v><w>a&x;b</w></xml>',
    '<!DOCTYPE xml SYSTEM "http://127.0.0.1:9/x.dtd"><xml><v>1</v></xml>',
    '<!DOCTYPE xml [<!ELEMENT xml ANY><!ATTLIST xml d CDATA "default">]><xml><v>1</v></xml>',
    '<?xml version="1.0" encoding="ISO-8859-1"?><xml><a>' . "\xe9" . '</a></xml>',
    '<?xml version="1.0" encoding="ISO-8859-1"?><xml><a>é</a></xml>',
    '<?xml version="1.0" encoding="GBK"?><xml><a>' . "\xd6\xd0" . '</a></xml>',
    '<xml a="1" b="2"/>',
    '<xml a="1" b="2">text</xml>',
    '<xml a="&lt;&amp;&#x41;"><b/></xml>',
    '<xml><a>&#13;&#10;&#9;x</a><b> &#32; </b></xml>',
    '<xml>' . str_repeat('<a>', 250) . 'deep' . str_repeat('</a>', 250) . '</xml>',
    '<xml><a>1</a></xml><!-- after --><?after?>',
    '<!-- before --><?before?><xml><a>1</a></xml>',
];

// generated documents: random names, attributes, text, CDATA, comments, entities and nesting
mt_srand(504);
$pick = static fn(array $a) => $a[mt_rand(0, count($a) - 1)];
$element = static function (int $depth) use (&$element, $pick): string {
    $name = $pick(['a', 'b', 'item', 'x_y', 'é', '中', 'A1', 'n:s']);
    $attrs = mt_rand(0, 3) ? '' : ' k="' . $pick(['1', '&e;', '&amp;', ' ', '']) . '"';
    $body = '';
    for ($i = mt_rand(0, $depth > 3 ? 0 : 3); $i > 0; $i--) {
        $body .= $pick(["\n ", '', ' ']) . $element($depth + 1);
    }
    if ($body === '' || mt_rand(0, 4) === 0) {
        $body .= $pick(['', 'text', ' ', '&e;', '<![CDATA[<&>]]>', '<!--c-->', '<?p d?>', '0', "l1\nl2", '&lt;']);
    }
    return "<$name$attrs>$body</$name>";
};
for ($i = 0; $i < 300; $i++) {
    $documents[] = '<!DOCTYPE r [<!ENTITY e "ent"><!ENTITY n:s "ns">]><r xmlns:n="urn:n">' . $element(0) . $element(1) . '</r>';
}
$element = null;  // no cycle left for the end of the request

$same = 0;
foreach ($documents as $i => $xml) {
    error_clear_last();
    $actual = Transformer::toArray($xml);
    $expected = reference($xml);
    if ($actual === $expected) {
        $same++;
    } else {
        echo "document $i differs:\n", json_encode($actual), "\n", json_encode($expected), "\n";
    }
}
echo $same, ' of ', count($documents), " identical\n";
?>
--EXPECT--
331 of 331 identical
