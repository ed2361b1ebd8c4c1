--TEST--
Transformer::toXml(): element names (string keys matching ^[\pL_][\pL0-9._:-]*$ /ui, else $item) and XMLWriter's ValueError for names libxml2 refuses, the root and $item included
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

$try = static function (array $data, string $root = 'xml', string $item = 'item') {
    try {
        echo json_encode(Transformer::toXml($data, true, false, $root, $item), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', json_encode($e->getMessage(), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
    }
};
// named by the key
$try(['a' => 1, '_u' => 2, 'A.b-c:d_1' => 3, 'x:' => 4, 'é' => 5, '中文' => 6, 'ÿ' => 7, 'Ωmega' => 8]);
// $item instead: ints, digits or punctuation first, spaces, non-letters, NUL, bad UTF-8
$try([5 => 'int', '1a' => 'digit', '-a' => 'dash', '.a' => 'dot', ':a' => 'colon', 'a b' => 'space', '' => 'empty',
      'x٣' => 'arabic digit', 'Ⅻ' => 'roman numeral', "a\0b" => 'nul', "\xffx" => 'bad utf-8', 'a$' => 'dollar']);
$try(['x' => ['y', 'z']], 'root', 'li');
// "$" lets one trailing newline through the name rule; libxml2 then refuses the name
$try(['ok' => 1, "tail\n" => 2]);
// letters PCRE knows but libxml2's XML 1.0 name check does not
$try(['ǅ' => 1]);
$try(['ʰ' => 1]);
$try(['ª' => 1]);
// the root and $item are checked when they are used
$try([], '1root');
$try(['x' => 1], '');
$try([], 'r o o t');
$try([1], 'xml', '9');
$try(['a' => 'no item needed'], 'xml', 'bad item');
// as in XMLWriter, libxml2 sees names up to their first NUL
$try(['v' => 1], "ro\0ot", "it\0em");
$try([1], 'xml', "it\0em");
?>
--EXPECT--
"<xml><a>1</a><_u>2</_u><A.b-c:d_1>3</A.b-c:d_1><x:>4</x:><é>5</é><中文>6</中文><ÿ>7</ÿ><Ωmega>8</Ωmega></xml>"
"<xml><item>int</item><item>digit</item><item>dash</item><item>dot</item><item>colon</item><item>space</item><item>empty</item><item>arabic digit</item><item>roman numeral</item><item>nul</item><item>bad utf-8</item><item>dollar</item></xml>"
"<root><x><li>y</li><li>z</li></x></root>"
ValueError: "XMLWriter::startElement(): Argument #2 must be a valid element name, \"tail\n\" given"
ValueError: "XMLWriter::startElement(): Argument #2 must be a valid element name, \"ǅ\" given"
ValueError: "XMLWriter::startElement(): Argument #2 must be a valid element name, \"ʰ\" given"
ValueError: "XMLWriter::startElement(): Argument #2 must be a valid element name, \"ª\" given"
ValueError: "XMLWriter::startElement(): Argument #2 must be a valid element name, \"1root\" given"
ValueError: "XMLWriter::startElement(): Argument #2 must be a valid element name, \"\" given"
ValueError: "XMLWriter::startElement(): Argument #2 must be a valid element name, \"r o o t\" given"
ValueError: "XMLWriter::startElement(): Argument #2 must be a valid element name, \"9\" given"
"<xml><a>no item needed</a></xml>"
"<ro><v>1</v></ro>"
"<xml><it>1</it></xml>"
