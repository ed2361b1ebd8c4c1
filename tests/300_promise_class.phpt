--TEST--
Promise: class shape (Guzzle PromiseInterface's method set), not constructible, cloneable or serializable; var_dump shows only the state
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/promise.inc';
use WeChatPay\Http\Promise;

$class = new ReflectionClass(Promise::class);
var_dump($class->isFinal(), $class->isInternal(), $class->getConstants());
foreach ($class->getMethods() as $method) {
    $params = array_map(fn($p) => ($p->getType() ? $p->getType() . ' ' : '') . '$' . $p->getName()
        . ($p->isOptional() ? ' = ' . var_export($p->getDefaultValue(), true) : ''), $method->getParameters());
    echo $method->getName(), '(', implode(', ', $params), '): ', $method->getReturnType(), "\n";
}

try { new Promise(); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $class->newInstanceWithoutConstructor(); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }

$p = wechatpay_test_promise('value');
try { clone $p; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { serialize($p); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { $p->dynamic = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }

var_dump($p);
print_r($p); echo "\n";
var_dump(json_encode($p), (array) $p);
var_dump($p->getState() === Promise::PENDING);
var_dump($p->wait(), $p->getState() === Promise::FULFILLED);
var_dump($p);
$r = wechatpay_test_promise('reason', true);
$r->wait(false);
var_dump($r);
?>
--EXPECTF--
bool(true)
bool(true)
array(3) {
  ["PENDING"]=>
  string(7) "pending"
  ["FULFILLED"]=>
  string(9) "fulfilled"
  ["REJECTED"]=>
  string(8) "rejected"
}
then(?callable $onFulfilled = NULL, ?callable $onRejected = NULL): WeChatPay\Http\Promise
otherwise(callable $onRejected): WeChatPay\Http\Promise
getState(): string
resolve(mixed $value): void
reject(mixed $reason): void
cancel(): void
wait(bool $unwrap = true): mixed
Error: Cannot directly construct WeChatPay\Http\Promise
Class WeChatPay\Http\Promise is an internal class marked as final that cannot be instantiated without invoking its constructor
Trying to clone an uncloneable object of class WeChatPay\Http\Promise
Serialization of 'WeChatPay\Http\Promise' is not allowed
Cannot create dynamic property WeChatPay\Http\Promise::$dynamic
object(WeChatPay\Http\Promise)#%d (1) {
  ["state"]=>
  string(7) "pending"
}
WeChatPay\Http\Promise Object
(
    [state] => pending
)

string(2) "{}"
array(0) {
}
bool(true)
string(5) "value"
bool(true)
object(WeChatPay\Http\Promise)#%d (1) {
  ["state"]=>
  string(9) "fulfilled"
}
object(WeChatPay\Http\Promise)#%d (1) {
  ["state"]=>
  string(8) "rejected"
}
