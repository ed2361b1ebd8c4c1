--TEST--
Formatter: authorization() header, request()/response() messages, joinedByLineFeed() with implode()'s conversions, and static::joinedByLineFeed()
--EXTENSIONS--
wechatpay
--INI--
precision=14
--FILE--
<?php
use WeChatPay\Formatter;

// the spec's examples (argument order differs from output order; nothing is escaped)
echo Formatter::authorization('1900000001', 'NONCE', 'SIG==', '1554208460', 'SERIAL'), "\n";
echo Formatter::authorization('a"b', 'n', 's', 't', 'x,y'), "\n";
var_dump(Formatter::request('GET', '/v3/certificates', '1554208460', '593BEC0C930BF1AFEB40B4A08C8FB242', '')
    === "GET\n/v3/certificates\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n\n");
var_dump(Formatter::request('POST', '/v3/x?a=1', '1', 'N') === "POST\n/v3/x?a=1\n1\nN\n\n");
var_dump(Formatter::response('1554208460', '593BEC0C930BF1AFEB40B4A08C8FB242', '{}')
    === "1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n{}\n");
var_dump(Formatter::response('1', '2') === "1\n2\n\n");
var_dump(Formatter::request(body: 'B', method: 'M', uri: 'U', timestamp: 'T', nonce: 'N') === "M\nU\nT\nN\nB\n");

// joinedByLineFeed(...$pieces) === implode("\n", [...$pieces, ''])
var_dump(Formatter::joinedByLineFeed(1, 2.0, '3', true, false, null) === "1\n2\n3\n1\n\n\n");
var_dump(Formatter::joinedByLineFeed());
class Text { public function __toString(): string { return 'text'; } }
$pieces = [new Text, 1.5, -0.0, 1e25, 0.1 + 0.2, 1/3, PHP_INT_MIN, "a\0b"];
var_dump(Formatter::joinedByLineFeed(...$pieces) === implode("\n", [...$pieces, '']));
ini_set('precision', '5');
var_dump(Formatter::joinedByLineFeed(1/3, 2/3) === implode("\n", [1/3, 2/3, '']));
ini_set('precision', '14');
// named arguments are collected after the positional ones
var_dump(Formatter::joinedByLineFeed('p', x: 'X', y: 2) === "p\nX\n2\n");
var_dump(Formatter::joinedByLineFeed(...['a' => 'A', 'b' => 'B']) === "A\nB\n");

// an array is "Array" with implode()'s warning; an object without __toString is implode()'s Error
set_error_handler(static function (int $type, string $message) { echo "warning: $message\n"; return true; });
var_dump(Formatter::joinedByLineFeed('a', [1], 'b'));
foreach ([[new stdClass, 'x'], ['a', new stdClass]] as $bad) {
    try {
        Formatter::joinedByLineFeed(...$bad);
    } catch (\Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
        try { implode("\n", [...$bad, '']); } catch (\Error $f) { var_dump($f->getMessage() === $e->getMessage()); }
    }
}
restore_error_handler();

// request()/response() join through static::joinedByLineFeed(), as the SDK does
class Joined extends Formatter
{
    public static function joinedByLineFeed(...$pieces): string { return '<' . implode('|', $pieces) . '>'; }
}
class Plain extends Formatter {}
echo Joined::request('GET', '/', '1', 'n', 'b'), ' ', Joined::response('1', 'n'), "\n";
var_dump(Plain::request('GET', '/', '1', 'n') === "GET\n/\n1\nn\n\n", Formatter::request('GET', '/', '1', 'n') === "GET\n/\n1\nn\n\n");
?>
--EXPECT--
WECHATPAY2-SHA256-RSA2048 mchid="1900000001",serial_no="SERIAL",timestamp="1554208460",nonce_str="NONCE",signature="SIG=="
WECHATPAY2-SHA256-RSA2048 mchid="a"b",serial_no="x,y",timestamp="t",nonce_str="n",signature="s"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(0) ""
bool(true)
bool(true)
bool(true)
bool(true)
warning: Array to string conversion
string(10) "a
Array
b
"
Error: Object of class stdClass could not be converted to string
bool(true)
Error: Object of class stdClass could not be converted to string
bool(true)
<GET|/|1|n|b> <1|n|>
bool(true)
bool(true)
