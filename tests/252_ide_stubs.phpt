--TEST--
stubs/wechatpay.php (IDE stubs) declares exactly what the loaded extension declares: classes, methods, parameters, constants and values
--EXTENSIONS--
wechatpay
--FILE--
<?php
$dump = <<<'PHP'
if (isset($argv[1])) { require $argv[1]; }
$names = array_filter(array_merge(get_declared_classes(), get_declared_interfaces()), fn($n) => str_starts_with($n, 'WeChatPay\\'));
sort($names);
foreach ($names as $n) {
    $r = new ReflectionClass($n);
    echo ($r->isInterface() ? 'interface' : ($r->isFinal() ? 'final class' : 'class')), " $n : ",
        $r->getParentClass() ? $r->getParentClass()->getName() : '-', ' [',
        implode(',', array_diff($r->getInterfaceNames(), ['Stringable', 'Throwable', 'Traversable'])), "]\n";
    foreach ($r->getReflectionConstants() as $c) {
        if ($c->getDeclaringClass()->getName() === $n) echo "  const {$c->getName()} = ", json_encode($c->getValue()), "\n";
    }
    foreach ($r->getMethods() as $m) {
        if ($m->getDeclaringClass()->getName() !== $n) continue;
        echo '  ', implode(' ', Reflection::getModifierNames($m->getModifiers())), " {$m->getName()}(",
            implode(', ', array_map(fn($p) => ($p->getAttributes() ? '#[Sensitive] ' : '') . $p->getType() . ' $' . $p->getName()
                . ($p->isOptional() ? '?' : ''), $m->getParameters())), '): ', $m->getReturnType(), "\n";
    }
}
$c = get_defined_constants(true);
$all = ($c['user'] ?? []) + ($c['wechatpay'] ?? []);
ksort($all);
foreach ($all as $k => $v) echo "constant $k = ", json_encode($v), "\n";
PHP;
$script = tempnam(sys_get_temp_dir(), 'stubs');
file_put_contents($script, "<?php\n$dump");
$stubs = dirname(__DIR__) . '/stubs/wechatpay.php';

// the extension's own surface, in this process
$argv = [$script];
ob_start();
include $script;
$extension = ob_get_clean();
// the stubs' surface, in a PHP without the extension
$fromStubs = shell_exec(escapeshellarg(PHP_BINARY) . ' -n ' . escapeshellarg($script) . ' ' . escapeshellarg($stubs) . ' 2>&1');
unlink($script);

echo $fromStubs === $extension ? "same\n" : "differs:\n$fromStubs\n---\n$extension";
printf("classes and interfaces: %s\n", substr_count($extension, "\n") > 150 && str_contains($extension, 'final class WeChatPay\Builder') ? 'listed' : 'missing');
var_dump(str_contains($extension, '#[Sensitive] array $config'));
?>
--EXPECT--
same
classes and interfaces: listed
bool(true)
