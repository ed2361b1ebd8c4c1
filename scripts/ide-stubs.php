<?php
// scripts/ide-stubs.php: writes stubs/wechatpay.php, the IDE stubs (PhpStorm, Psalm/PHPStan stubFiles,
// Intelephense) of every class, interface, constant and method the extension declares: the
// ext/*.stub.php files joined, one braced namespace block each, without gen_stub's own tags. Adds what a
// stub cannot declare for gen_stub (array constants registered in C). `scripts/test.sh` fails when the
// committed file differs: php scripts/ide-stubs.php > stubs/wechatpay.php
chdir(dirname(__DIR__));
$stubs = glob('ext/*.stub.php');
sort($stubs, SORT_STRING);
$blocks = [];
foreach ($stubs as $stub) {
    $code = file_get_contents($stub);
    // the leading "Stub for wechatpay_x.c: ..." comment is about the C file; it stays out
    $code = preg_replace('#^<\?php\s*/\*\*.*?\*/\s*#s', '', $code, 1, $count);
    $count === 1 || exit("$stub: no leading doc comment\n");
    preg_match('#^namespace ([A-Za-z\\\\]+);\s*#', $code, $namespace) || exit("$stub: no namespace\n");
    $body = substr($code, strlen($namespace[0]));
    $body = preg_replace('#^\s*/\*\* @(not-serializable|strict-properties) \*/\n#m', '', $body);
    $body = preg_replace('#^(\s*)\* @(not-serializable|strict-properties)\n#m', '', $body);
    if ($namespace[1] === 'WeChatPay\\Crypto' && str_contains($body, 'const ALGO_MD5')) {
        $body = rtrim($body) . "\n\n/** @var array<string, string> the hash function of each APIv2 sign type (sic: DICTONARIES) */\n"
            . "const ALGO_DICTONARIES = [ALGO_HMAC_SHA256 => 'hmac', ALGO_MD5 => 'md5'];\n";
    }
    $indented = preg_replace('/^(?=.)/m', '    ', rtrim($body));
    $blocks[] = "// from $stub\nnamespace {$namespace[1]} {\n$indented\n}\n";
}
echo "<?php\n\n// IDE stubs of ext-wechatpay, generated from ext/*.stub.php by scripts/ide-stubs.php: do not edit.\n",
    "// Never include this file at run time: the extension declares all of it.\n\n", implode("\n", $blocks);
