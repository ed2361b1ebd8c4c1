--TEST--
Formatter::nonce(): $size base62 characters, each a random byte modulo 62; size < 1 is the global InvalidArgumentException; timestamp() is time()
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Formatter;

foreach ([1, 16, 32, 100, 4096] as $size) {
    $nonce = Formatter::nonce($size);
    echo $size, ' ', strlen($nonce) === $size && preg_match('/^[0-9A-Za-z]+$/D', $nonce) ? 'ok' : "bad: $nonce", "\n";
}
var_dump(strlen(Formatter::nonce()), Formatter::nonce() !== Formatter::nonce(), strlen(Formatter::nonce('5')));

// byte % 62 over 256 byte values: '0'..'7' (residues 0..7) come from 5 byte values, the other 54
// characters from 4. Over 248000 characters the expected counts are 4844 and 3875 (sd ~ 65).
$counts = count_chars(Formatter::nonce(248000), 1);
$alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
$heavy = $light = [];
foreach (str_split($alphabet) as $index => $char) {
    $n = $counts[ord($char)] ?? 0;
    $index < 8 ? $heavy[] = $n : $light[] = $n;
}
var_dump(count($counts), array_sum($counts), min($heavy) > 4400, max($heavy) < 5300, min($light) > 3450, max($light) < 4300);

foreach ([0, -1, -32, PHP_INT_MIN] as $size) {
    try {
        Formatter::nonce($size);
    } catch (\Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    Formatter::nonce('x');
} catch (\TypeError $e) {
    echo $e->getMessage(), "\n";
}

$before = time();
$timestamp = Formatter::timestamp();
$after = time();
var_dump(is_int($timestamp), $timestamp >= $before && $timestamp <= $after);
?>
--EXPECT--
1 ok
16 ok
32 ok
100 ok
4096 ok
int(32)
bool(true)
int(5)
int(62)
int(248000)
bool(true)
bool(true)
bool(true)
bool(true)
InvalidArgumentException: Size must be a positive integer.
InvalidArgumentException: Size must be a positive integer.
InvalidArgumentException: Size must be a positive integer.
InvalidArgumentException: Size must be a positive integer.
WeChatPay\Formatter::nonce(): Argument #1 ($size) must be of type int, string given
bool(true)
bool(true)
