--TEST--
Hash: class and namespace constants (ALGO_DICTONARIES is an array that copies on write), method signatures, secrets hidden from stack traces
--EXTENSIONS--
wechatpay
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
use WeChatPay\Crypto\Hash;
use const WeChatPay\Crypto\{ALGO_MD5, ALGO_HMAC_SHA256, ALGO_DICTONARIES};

var_dump(ALGO_MD5, ALGO_HMAC_SHA256, ALGO_DICTONARIES, Hash::ALGO_MD5 === ALGO_MD5, Hash::ALGO_HMAC_SHA256 === ALGO_HMAC_SHA256);
var_dump(\defined('WeChatPay\Crypto\ALGO_DICTONARIES'), \constant('WeChatPay\Crypto\ALGO_DICTONARIES')['MD5']);
$copy = ALGO_DICTONARIES;
$copy['MD5'] .= '!';
$copy[] = 'more';
foreach (ALGO_DICTONARIES as $type => $method) {
    $type .= 'x';
    $method .= 'y';
}
var_dump(count($copy), ALGO_DICTONARIES === ['HMAC-SHA256' => 'hmac', 'MD5' => 'md5'], array_key_exists('HMAC-SHA256', ALGO_DICTONARIES));

$class = new ReflectionClass(Hash::class);
var_dump($class->isInternal(), $class->isFinal());
foreach ($class->getMethods() as $method) {
    $parameters = [];
    foreach ($method->getParameters() as $parameter) {
        $parameters[] = ($parameter->getAttributes(SensitiveParameter::class) ? '#[\SensitiveParameter] ' : '')
            . ($parameter->getType() ? $parameter->getType() . ' ' : '') . '$' . $parameter->getName()
            . ($parameter->isDefaultValueAvailable() ? ' = ' . var_export($parameter->getDefaultValue(), true) : '');
    }
    printf("%s %s(%s): %s\n", implode(' ', Reflection::getModifierNames($method->getModifiers())), $method->getName(),
        implode(', ', $parameters), $method->getReturnType());
}

// a key in a stack trace is a SensitiveParameterValue
try {
    Hash::hmac('data', 'my-api-v2-secret', 'crc32b');
} catch (\ValueError $e) {
    $args = $e->getTrace()[0]['args'];
    var_dump($args[0], $args[1] instanceof SensitiveParameterValue, $args[1]->getValue(), str_contains($e->getTraceAsString(), 'my-api-v2-secret'));
}
?>
--EXPECT--
string(3) "MD5"
string(11) "HMAC-SHA256"
array(2) {
  ["HMAC-SHA256"]=>
  string(4) "hmac"
  ["MD5"]=>
  string(3) "md5"
}
bool(true)
bool(true)
bool(true)
string(3) "md5"
int(3)
bool(true)
bool(true)
bool(true)
bool(false)
public static md5(string $thing, #[\SensitiveParameter] string $key = '', $agency = false): string
public static hmac(string $thing, #[\SensitiveParameter] string $key, string $algorithm = 'sha256'): string
public static equals(#[\SensitiveParameter] string $known_string, #[\SensitiveParameter] ?string $user_string = NULL): bool
public static sign(string $type, string $data, #[\SensitiveParameter] string $key): ?string
string(4) "data"
bool(true)
string(16) "my-api-v2-secret"
bool(false)
