--TEST--
Transformer::toXml(): exceptions from values (no __toString, a throwing __toString, enums) leave toXml() with nothing written, in the SDK's order of checks
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

final class NoString {}
final class Throws { public function __toString(): string { throw new RuntimeException('from __toString'); } }
enum Suit: string { case Hearts = 'H'; }
final class Counting { public static int $calls = 0; public function __toString(): string { self::$calls++; return 'c'; } }

foreach ([
    'object' => ['a' => 1, 'b' => new NoString()],
    'throwing' => ['a' => new Throws()],
    'enum' => ['a' => Suit::Hearts],
    'closure' => ['a' => fn() => 1],
    'nested' => ['a' => ['b' => ['c' => new NoString()]]],
    'bad name first' => ["bad\n" => new NoString()],
    'after good ones' => ['a' => new Counting(), 'b' => new Counting(), 'c' => new Throws(), 'd' => new Counting()],
] as $name => $data) {
    try {
        $xml = Transformer::toXml($data);
        echo "$name: $xml\n";
    } catch (Throwable $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(Counting::$calls);
echo Transformer::toXml(['still' => 'works']), "\n";
?>
--EXPECT--
object: Error: Object of class NoString could not be converted to string
throwing: RuntimeException: from __toString
enum: Error: Object of class Suit could not be converted to string
closure: Error: Object of class Closure could not be converted to string
nested: Error: Object of class NoString could not be converted to string
bad name first: ValueError: XMLWriter::startElement(): Argument #2 must be a valid element name, "bad
" given
after good ones: RuntimeException: from __toString
int(2)
<xml><still>works</still></xml>
