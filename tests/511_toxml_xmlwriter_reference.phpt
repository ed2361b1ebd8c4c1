--TEST--
Transformer::toXml(): byte-identical to a reference driving PHP's own XMLWriter with the rules of spec §8.5, exceptions included, over generated arrays and every option
--EXTENSIONS--
wechatpay
xmlwriter
--FILE--
<?php
use WeChatPay\Transformer;

// The reference: PHP's XMLWriter; names by /^[\pL_][\pL0-9._:-]*$/ui, else $item; arrays and
// Traversables (cast to array) nest; values with < > & " in CDATA, other values as text.
function reference(array $data, bool $headless, bool $indent, string $root, string $item): string
{
    $writer = new XMLWriter();
    $writer->openMemory();
    $writer->setIndent($indent);
    if (!$headless) {
        $writer->startDocument('1.0', 'utf-8');
    }
    $writer->startElement($root);
    reference_walk($writer, $data, $item);
    $writer->endElement();
    if (!$headless) {
        $writer->endDocument();
    }
    return $writer->outputMemory();
}

function reference_walk(XMLWriter $writer, array $data, string $item): void
{
    foreach ($data as $key => $value) {
        $writer->startElement(is_string($key) && preg_match('/^[\pL_][\pL0-9._:-]*$/ui', $key) ? $key : $item);
        if (is_array($value) || $value instanceof Traversable) {
            reference_walk($writer, (array) $value, $item);
        } else {
            $text = (string) $value;
            $text !== '' && strpbrk($text, '<>&"') !== false ? $writer->writeCdata($text) : $writer->text($text);
        }
        $writer->endElement();
    }
}

final class Text { public function __construct(private string $s) {} public function __toString(): string { return $this->s; } }
final class Props implements IteratorAggregate
{
    public $visible = 'v';
    protected $hidden = 'h';
    private $secret = 's';
    public $list = [1, 2];
    public function getIterator(): Iterator { return new ArrayIterator(['ignored']); }
}

function generate(int $seed): array
{
    mt_srand($seed);
    $pick = static fn(array $a) => $a[mt_rand(0, count($a) - 1)];
    $keys = [0, 1, 7, 'a', 'return_code', '_x', 'a.b-c:d', 'é', '中文', 'Ωmega', 'ª', 'a b', '1a', '-a', ':a', "a\0b", '', "\xff", 'x٣'];
    $rareKeys = ['ǅ', 'ʰ', "tail\n", 'Ⅻ', 'ｆｕｌｌ', '𝔄'];  // letters for PCRE, not for libxml2's name check: ValueError
    $values = ['', '0', 'plain', "it's", 'a & b', '<tag>', '"q"', 'x > y', "cr\rlf\n", "\t tab", ']]>', 'a]]>b<', "nul\0<", "nul\0x",
               "\x01\x1f", "\xff\xfe", 'é中😀', 0, -12, 1.5, 0.1 + 0.2, 1e20, -0.0, true, false, null];
    $build = static function (int $depth) use (&$build, $pick, $keys, $rareKeys, $values): array {
        $data = [];
        for ($i = mt_rand(0, 4); $i > 0; $i--) {
            $value = match (mt_rand(0, 9)) {
                0, 1 => $depth < 3 ? $build($depth + 1) : [],
                2 => new Text($pick($values) . $pick(['', '&'])),
                3 => $depth < 3 ? new ArrayObject($build($depth + 1)) : new Props(),
                default => $pick($values),
            };
            $key = mt_rand(0, 60) ? $pick($keys) : $pick($rareKeys);
            $data[$key] = $value;
        }
        return $data;
    };
    $data = $build(0);
    $build = null;
    return [$data, (bool) mt_rand(0, 1), (bool) mt_rand(0, 1), mt_rand(0, 30) ? $pick(['xml', 'root', 'é']) : '1bad', mt_rand(0, 30) ? $pick(['item', 'li']) : 'a b'];
}

$run = static function (callable $f, array $args): string {
    try {
        return 'ok ' . $f(...$args);
    } catch (Throwable $e) {
        return get_class($e) . ': ' . $e->getMessage();
    }
};
$same = $failures = 0;
for ($seed = 0; $seed < 2000; $seed++) {
    $actual = $run([Transformer::class, 'toXml'], generate($seed));
    $expected = $run('reference', generate($seed));
    if ($actual === $expected) {
        $same++;
        $failures += $actual[0] !== 'o';
    } else {
        echo "seed $seed:\n", json_encode($actual), "\n", json_encode($expected), "\n";
    }
}
echo $same, " of 2000 identical\n";
echo $failures > 50 && $failures < 600 ? "some of them exceptions\n" : "exceptions: $failures\n";
?>
--EXPECT--
2000 of 2000 identical
some of them exceptions
