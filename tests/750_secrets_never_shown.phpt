--TEST--
Hardening: private keys and the APIv2 secret never appear in var_dump, print_r, var_export, debug_zval_dump, json_encode, (array), get_object_vars, Reflection, serialize (refused), exception messages, stack traces (SensitiveParameterValue) or the debug trace
--EXTENSIONS--
wechatpay
--INI--
zend.exception_ignore_args=0
zend.exception_string_param_max_len=15
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/autoload.php';
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$secret = 'APIv2-SECRET-' . bin2hex(random_bytes(8));
$apiv3 = bin2hex(random_bytes(16));
$pemBody = trim(preg_replace('/-----[A-Z ]+-----/', '', $gw['merchant_key']));
$needles = ['key' => substr(str_replace("\n", '', $pemBody), 20, 32), 'key line' => explode("\n", $pemBody)[1], 'secret' => $secret, 'apiv3' => $apiv3];
function leaks(string $text): string
{
    global $needles;
    $found = [];
    foreach ($needles as $name => $needle) {
        if (str_contains($text, $needle) || str_contains($text, addcslashes($needle, '/'))) {
            $found[] = $name;
        }
    }
    return $found ? 'LEAKS ' . implode(',', $found) : 'clean';
}

$objects = [];
foreach (['string' => $gw['merchant_key'], 'file://' => 'file://' . $gw['merchant_key_path'], 'object' => openssl_pkey_get_private($gw['merchant_key'])] as $form => $key) {
    $instance = wechatpay_test_instance($gw, ['privateKey' => $key, 'secret' => $secret, 'apiv3' => $apiv3]);
    $instance->v3->pay->transactions->_id_;
    $objects["root node ($form)"] = $instance;
    $objects["node ($form)"] = $instance->v3->pay;
    $objects["ClientDecorator ($form)"] = $instance->getDriver();
}
$objects['new ClientDecorator'] = new \WeChatPay\ClientDecorator(wechatpay_test_config($gw, ['secret' => $secret]));
$objects['signer()'] = \WeChatPay\ClientDecorator::signer($gw['mchid'], $gw['merchant_serial'], $gw['merchant_key']);
$certs = [$gw['platform_serial'] => $gw['platform_cert']];
$objects['verifier()'] = \WeChatPay\ClientDecorator::verifier($certs);
$objects['select() Guzzle client'] = wechatpay_test_instance($gw, ['secret' => $secret])->getDriver()->select();
$objects['jsonBased()'] = \WeChatPay\ClientDecorator::jsonBased(wechatpay_test_config($gw, ['secret' => $secret]));

foreach ($objects as $name => $object) {
    $views = [];
    ob_start();
    var_dump($object);
    debug_zval_dump($object);
    $views[] = ob_get_clean();
    $views[] = print_r($object, true);
    $views[] = var_export($object, true);
    $views[] = (string) json_encode($object);
    $views[] = print_r((array) $object, true);
    $views[] = print_r(get_object_vars($object), true);
    $views[] = print_r(get_mangled_object_vars($object), true);
    foreach ((new ReflectionObject($object))->getProperties() as $property) {
        $property->setAccessible(true);
        $views[] = print_r($property->isInitialized($object) ? $property->getValue($object) : null, true);
    }
    if (!str_starts_with($name, 'select()') && !str_starts_with($name, 'jsonBased')) {   // Guzzle's own objects
        try {
            $views[] = serialize($object);
            echo "$name: serialized!\n";
        } catch (\Exception $e) {
            $refused = get_class($e) . ': ' . $e->getMessage();
        }
    } else {
        $refused = '(Guzzle object)';
    }
    echo "$name: ", leaks(implode("\n", $views)), "; $refused\n";
}
foreach (['WeChatPay\BuilderNode', 'WeChatPay\ClientDecorator', 'WeChatPay\Http\Signer', 'WeChatPay\Http\Verifier'] as $class) {
    try {
        unserialize(sprintf('O:%d:"%s":0:{}', strlen($class), $class));
    } catch (\Exception $e) {
        echo $e->getMessage(), "\n";
    }
}

// exception messages and traces from calls that were given the key
function trace_of(callable $call): string
{
    $warnings = '';
    set_error_handler(function (int $type, string $message) use (&$warnings) { $warnings .= " warning: $message"; return true; });
    try {
        $call();
        $text = 'no exception';
    } catch (\Throwable $e) {
        $trace = $e->getTraceAsString();
        // the arguments of the extension's own frames (the test's closures capture the key themselves)
        $arguments = print_r(array_map(fn($frame) => $frame['args'] ?? [], array_filter($e->getTrace(), fn($frame) => str_starts_with($frame['class'] ?? '', 'WeChatPay'))), true);
        $shown = implode(' ', array_map(fn($line) => preg_replace('/^#\d+ [^:]+: /', '', $line), preg_grep('/: WeChatPay\\\\/', explode("\n", $trace))));
        $text = get_class($e) . ' [' . leaks($e->getMessage() . $trace . $arguments . $warnings) . '] ' . $shown;
    }
    restore_error_handler();
    return $text;
}
$badKey = "-----BEGIN PRIVATE KEY-----\n" . $needles['key line'] . "\n-----END PRIVATE KEY-----";
echo trace_of(fn() => \WeChatPay\Crypto\Rsa::sign('message', $badKey)), "\n";
echo trace_of(fn() => \WeChatPay\Crypto\Rsa::decrypt('ciphertext', $badKey)), "\n";
echo trace_of(fn() => \WeChatPay\Crypto\Rsa::from($badKey)), "\n";
echo trace_of(fn() => \WeChatPay\Crypto\Rsa::fromPkcs8($needles['key line'])), "\n";
echo trace_of(fn() => \WeChatPay\Crypto\AesGcm::decrypt('not a ciphertext', $apiv3, 'iv')), "\n";
echo trace_of(fn() => \WeChatPay\Crypto\AesEcb::decrypt('x', $apiv3)), "\n";
echo trace_of(fn() => \WeChatPay\Crypto\Hash::hmac('x', $secret, 'no-such-algo')), "\n";
echo trace_of(fn() => \WeChatPay\Builder::factory(['mchid' => '1', 'serial' => 'S', 'privateKey' => $badKey, 'certs' => ['S' => 1], 'secret' => $secret])), "\n";
echo trace_of(fn() => new \WeChatPay\ClientDecorator(['mchid' => '1', 'serial' => 'S', 'privateKey' => $badKey, 'certs' => [], 'secret' => $secret])), "\n";
echo trace_of(fn() => \WeChatPay\Builder::factory(wechatpay_test_config($gw, ['privateKey' => $badKey, 'secret' => $secret]))->v3->x->get()), "\n";
echo trace_of(fn() => \WeChatPay\Util\PemUtil::loadPrivateKey('/nonexistent/' . $secret)), "\n";

// the debug trace shows the Authorization signature, never key material
$trace = fopen('php://memory', 'w+');
$instance = wechatpay_test_instance($gw, ['secret' => $secret]);
$instance->v3->debug->post(['json' => ['a' => 1], 'debug' => $trace]);
rewind($trace);
$text = stream_get_contents($trace);
var_dump(str_contains($text, 'Authorization: WECHATPAY2-SHA256-RSA2048'), leaks($text));
?>
--EXPECTF--
root node (string): clean; Exception: Serialization of 'WeChatPay\BuilderNode' is not allowed
node (string): clean; Exception: Serialization of 'WeChatPay\BuilderNode' is not allowed
ClientDecorator (string): clean; Exception: Serialization of 'WeChatPay\ClientDecorator' is not allowed
root node (file://): clean; Exception: Serialization of 'WeChatPay\BuilderNode' is not allowed
node (file://): clean; Exception: Serialization of 'WeChatPay\BuilderNode' is not allowed
ClientDecorator (file://): clean; Exception: Serialization of 'WeChatPay\ClientDecorator' is not allowed
root node (object): clean; Exception: Serialization of 'WeChatPay\BuilderNode' is not allowed
node (object): clean; Exception: Serialization of 'WeChatPay\BuilderNode' is not allowed
ClientDecorator (object): clean; Exception: Serialization of 'WeChatPay\ClientDecorator' is not allowed
new ClientDecorator: clean; Exception: Serialization of 'WeChatPay\ClientDecorator' is not allowed
signer(): clean; Exception: Serialization of 'WeChatPay\Http\Signer' is not allowed
verifier(): clean; Exception: Serialization of 'WeChatPay\Http\Verifier' is not allowed
select() Guzzle client: clean; (Guzzle object)
jsonBased(): clean; (Guzzle object)
Unserialization of 'WeChatPay\BuilderNode' is not allowed
Unserialization of 'WeChatPay\ClientDecorator' is not allowed
Unserialization of 'WeChatPay\Http\Signer' is not allowed
Unserialization of 'WeChatPay\Http\Verifier' is not allowed
UnexpectedValueException [clean] WeChatPay\Crypto\Rsa::sign('message', Object(SensitiveParameterValue))
UnexpectedValueException [clean] WeChatPay\Crypto\Rsa::decrypt('ciphertext', Object(SensitiveParameterValue))
UnexpectedValueException [clean] WeChatPay\Crypto\Rsa::from(Object(SensitiveParameterValue))
UnexpectedValueException [clean] WeChatPay\Crypto\Rsa::fromPkcs8(Object(SensitiveParameterValue))
RuntimeException [clean] WeChatPay\Crypto\AesGcm::decrypt(Object(SensitiveParameterValue), Object(SensitiveParameterValue), 'iv')
UnexpectedValueException [clean] WeChatPay\Crypto\AesEcb::decrypt(Object(SensitiveParameterValue), Object(SensitiveParameterValue))
ValueError [clean] WeChatPay\Crypto\Hash::hmac('x', Object(SensitiveParameterValue), 'no-such-algo')
WeChatPay\Exception\InvalidArgumentException [clean] WeChatPay\Builder::factory(Object(SensitiveParameterValue))
WeChatPay\Exception\InvalidArgumentException [clean] WeChatPay\ClientDecorator->__construct(Object(SensitiveParameterValue))
UnexpectedValueException [clean] WeChatPay\BuilderNode->get()
UnexpectedValueException [clean] WeChatPay\Util\PemUtil::loadPrivateKey(Object(SensitiveParameterValue))
bool(true)
string(5) "clean"
