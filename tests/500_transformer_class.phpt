--TEST--
Transformer: class shape as the SDK's (non-final, static methods, parameter names and defaults), protected helpers reachable from subclasses only
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

$class = new ReflectionClass(Transformer::class);
var_dump($class->isFinal(), $class->isAbstract(), $class->isInstantiable(), $class->isInternal(), $class->getParentClass());
foreach ($class->getMethods() as $method) {
    $params = array_map(fn($p) => $p->getType() . ' $' . $p->getName()
        . ($p->isOptional() ? ' = ' . var_export($p->getDefaultValue(), true) : ''), $method->getParameters());
    echo implode(' ', Reflection::getModifierNames($method->getModifiers())), ' ', $method->getName(),
        '(', implode(', ', $params), '): ', $method->getReturnType(), "\n";
}

// instances work too, and static calls through them
$t = new Transformer();
var_dump($t->toXml(['a' => 1]), $t::toArray('<xml><a>1</a></xml>'));

try { Transformer::isElementNameValid('a'); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { Transformer::needsCdataWrapping('<'); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }

class Mine extends Transformer
{
    public static function probe(): array
    {
        return [
            parent::isElementNameValid('return_code'), static::isElementNameValid('1abc'), self::isElementNameValid(),
            parent::needsCdataWrapping('a & b'), static::needsCdataWrapping('plain'), self::needsCdataWrapping(),
        ];
    }
}
var_dump(Mine::probe());
?>
--EXPECT--
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
public static toArray(string $xml = '<xml/>'): array
public static sanitize(string $xml): string
public static toXml(array $data, bool $headless = true, bool $indent = false, string $root = 'xml', string $item = 'item'): string
protected static isElementNameValid(string $name = ''): bool
protected static needsCdataWrapping(string $value = ''): bool
string(19) "<xml><a>1</a></xml>"
array(1) {
  ["a"]=>
  string(1) "1"
}
Error: Call to protected method WeChatPay\Transformer::isElementNameValid() from global scope
Error: Call to protected method WeChatPay\Transformer::needsCdataWrapping() from global scope
array(6) {
  [0]=>
  bool(true)
  [1]=>
  bool(false)
  [2]=>
  bool(false)
  [3]=>
  bool(true)
  [4]=>
  bool(false)
  [5]=>
  bool(false)
}
