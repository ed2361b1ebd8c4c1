--TEST--
Formatter::ksort() is ksort(SORT_STRING) on a copy; queryStringLike() skips sign, null and '' and never URL-encodes
--EXTENSIONS--
wechatpay
--INI--
precision=14
--FILE--
<?php
use WeChatPay\Formatter;

// the spec's examples, including wechatpay-php#41 (byte order, not natural order)
echo implode(',', array_keys(Formatter::ksort(['b' => 1, '10' => 2, '9' => 3, 'a' => 4, 'A' => 5]))), "\n";
echo implode(',', array_keys(Formatter::ksort(['remark' => 1, 'RE_OPENID' => 2, 're_openid' => 3, 'REMARK' => 4]))), "\n";

// against PHP's own ksort(SORT_STRING): int keys (negative, extremes), numeric-looking strings, NUL, UTF-8
$input = [-1 => 'm', '-1a' => 'x', 0 => 'z', '00' => 'y', '' => 'e', "a\0b" => 1, 'a' => 2, PHP_INT_MIN => 3,
    PHP_INT_MAX => 4, '形' => 5, 'Z' => 6, '1e3' => 7, 100 => 8, 20 => 9, ' ' => 10, 'sign' => 11];
$expected = $input;
ksort($expected, SORT_STRING);
$before = $input;
var_dump(Formatter::ksort($input) === $expected, $input === $before, array_keys(Formatter::ksort($input)) === array_keys($expected));
$list = [3, 2, 1, 0, 10, 11, 100, 20];
var_dump(Formatter::ksort($list) === $list, Formatter::ksort(), Formatter::ksort([7 => 'x']));

// queryStringLike: the spec's example
echo Formatter::queryStringLike(['a' => 0, 'b' => '0', 'c' => false, 'd' => true, 'e' => 1.50, 'f' => ' ', 'sign' => 'x', 'g' => 'x&y=z']), "\n";
class Text { public function __toString(): string { return 'text'; } }
set_error_handler(static function (int $type, string $message) { echo "warning: $message\n"; return true; });
echo Formatter::queryStringLike([0 => 'zero', 'n' => null, 'e' => '', 'arr' => [1], 'o' => new Text, 'SIGN' => 'kept', '' => 'empty-key', 'u' => '形 %']), "\n";
restore_error_handler();
try {
    Formatter::queryStringLike(['a' => '1', 'b' => new stdClass]);
} catch (\Error $e) {
    echo $e->getMessage(), "\n";
}
var_dump(Formatter::queryStringLike(), Formatter::queryStringLike(['sign' => 'x', 'n' => null, 'e' => '']));

// the merchant use of §9.4: HMAC-SHA256 over the sorted "k=v&…" string with "&key=" appended
$params = ['stock_id' => '1212', 'out_request_no' => '1002600620019090123143254436', 'send_coupon_merchant' => '10016226', 'open_id' => 'oVvBvwEurkeUJpBzX90-6MfCHbec', 'sign' => 'stale', 'coupon_code' => null];
$message = Formatter::queryStringLike(Formatter::ksort($params));
echo $message, "\n";
var_dump(\WeChatPay\Crypto\Hash::sign('HMAC-SHA256', $message, 'secret') === strtoupper(hash_hmac('sha256', $message . '&key=secret', 'secret')));
?>
--EXPECT--
10,9,A,a,b
REMARK,RE_OPENID,re_openid,remark
bool(true)
bool(true)
bool(true)
bool(true)
array(0) {
}
array(1) {
  [7]=>
  string(1) "x"
}
a=0&b=0&c=&d=1&e=1.5&f= &g=x&y=z
warning: Array to string conversion
0=zero&arr=Array&o=text&SIGN=kept&=empty-key&u=形 %
Object of class stdClass could not be converted to string
string(0) ""
string(0) ""
open_id=oVvBvwEurkeUJpBzX90-6MfCHbec&out_request_no=1002600620019090123143254436&send_coupon_merchant=10016226&stock_id=1212
bool(true)
