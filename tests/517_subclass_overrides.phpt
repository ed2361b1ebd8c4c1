--TEST--
Transformer subclasses: overrides of sanitize(), isElementNameValid() and needsCdataWrapping() are used by toArray()/toXml() called on the subclass (the SDK's static:: calls), not by Transformer itself; exceptions from them propagate
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

class AllCdata extends Transformer
{
    protected static function needsCdataWrapping(string $value = ''): bool { return $value !== ''; }
}
class Renaming extends Transformer
{
    public static array $asked = [];
    protected static function isElementNameValid(string $name = ''): bool
    {
        static::$asked[] = $name;
        return $name !== 'secret' && parent::isElementNameValid($name);
    }
}
class Lenient extends Transformer
{
    public static function sanitize(string $xml): string { return str_replace('&nbsp;', '&#160;', parent::sanitize($xml)); }
}
class Picky extends Transformer
{
    protected static function needsCdataWrapping(string $value = ''): bool { throw new LogicException("no $value"); }
}
class Grandchild extends AllCdata {}

$data = ['a' => 'plain', 'secret' => 's', 'n' => ['x' => '<y>'], 7 => 'int', 'e' => ''];
echo Transformer::toXml($data), "\n";
echo AllCdata::toXml($data), "\n";
echo Grandchild::toXml($data), "\n";
echo Renaming::toXml($data), "\n";
var_dump(Renaming::$asked);
echo json_encode(Transformer::toArray("<xml><a>x&nbsp;y</a></xml>")), "\n";
echo json_encode(Lenient::toArray("<xml><a>x&nbsp;y</a></xml>")), "\n";
try {
    Picky::toXml(['a' => 'b']);
} catch (LogicException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo (new AllCdata())->toXml(['v' => 1]), "\n";
?>
--EXPECT--
<xml><a>plain</a><secret>s</secret><n><x><![CDATA[<y>]]></x></n><item>int</item><e></e></xml>
<xml><a><![CDATA[plain]]></a><secret><![CDATA[s]]></secret><n><x><![CDATA[<y>]]></x></n><item><![CDATA[int]]></item><e></e></xml>
<xml><a><![CDATA[plain]]></a><secret><![CDATA[s]]></secret><n><x><![CDATA[<y>]]></x></n><item><![CDATA[int]]></item><e></e></xml>
<xml><a>plain</a><item>s</item><n><x><![CDATA[<y>]]></x></n><item>int</item><e></e></xml>
array(5) {
  [0]=>
  string(1) "a"
  [1]=>
  string(6) "secret"
  [2]=>
  string(1) "n"
  [3]=>
  string(1) "x"
  [4]=>
  string(1) "e"
}
[]
{"a":"x\u00a0y"}
LogicException: no b
<xml><v><![CDATA[1]]></v></xml>
