--TEST--
Formatter: a non-final class of static methods with the SDK's names, parameters, defaults and return types
--EXTENSIONS--
wechatpay
--FILE--
<?php
$class = new ReflectionClass(\WeChatPay\Formatter::class);
var_dump($class->isInternal(), $class->isFinal(), $class->isInterface(), $class->getInterfaceNames(), $class->getConstants());
foreach ($class->getMethods() as $method) {
    $parameters = [];
    foreach ($method->getParameters() as $parameter) {
        $parameters[] = ($parameter->getAttributes() ? '#[...] ' : '') . ($parameter->getType() ? $parameter->getType() . ' ' : '')
            . ($parameter->isVariadic() ? '...' : '') . '$' . $parameter->getName()
            . ($parameter->isDefaultValueAvailable() ? ' = ' . var_export($parameter->getDefaultValue(), true) : '');
    }
    printf("%s %s%s(%s): %s\n", implode(' ', Reflection::getModifierNames($method->getModifiers())), '', $method->getName(),
        implode(', ', $parameters), $method->getReturnType());
}
// it can be extended, as the SDK's class can
class MyFormatter extends \WeChatPay\Formatter {}
var_dump(strlen(MyFormatter::nonce(7)), MyFormatter::joinedByLineFeed('a'));
?>
--EXPECT--
bool(true)
bool(false)
bool(false)
array(0) {
}
array(0) {
}
public static nonce(int $size = 32): string
public static timestamp(): int
public static authorization(string $mchid, string $nonce, string $signature, string $timestamp, string $serial): string
public static request(string $method, string $uri, string $timestamp, string $nonce, string $body = ''): string
public static response(string $timestamp, string $nonce, string $body = ''): string
public static joinedByLineFeed(...$pieces): string
public static ksort(array $thing = array (
)): array
public static queryStringLike(array $thing = array (
)): string
int(7)
string(2) "a
"
