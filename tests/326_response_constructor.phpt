--TEST--
Response: the public constructor gives the same results as Guzzle's Response::__construct()
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php
require __DIR__ . '/inc/response.inc';
if (!wechatpay_test_load_guzzle_psr7()) die('skip guzzlehttp/psr7 is not installed');
?>
--FILE--
<?php
require __DIR__ . '/inc/response.inc';
wechatpay_test_load_guzzle_psr7();
use GuzzleHttp\Psr7\Response as GuzzleResponse;
use GuzzleHttp\Psr7\Utils;
use WeChatPay\Http\Response;
use WeChatPay\Http\Stream;

// new Response(...$args) and new GuzzleResponse(...$args) on the same arguments, in coercive and
// strict mode: the same response (status, reason, protocol, headers, body) or the same exception.
// Messages are compared with the class name and Guzzle's ", called in ... on line N" taken out.
// Each line shows the native outcome; where Guzzle's differs, the case names the documented
// difference and the line also shows Guzzle's:
const BODY_TYPE = 'body type';      // Guzzle's Utils::streamFor() also takes other scalars (cast to
                                    // string), resources, Stringable objects, iterators, callables
                                    // and any StreamInterface; the native body is null, a string or
                                    // a WeChatPay\Http\Stream, anything else an InvalidArgumentException.
const EXTRA_ARGS = 'extra args';    // an internal function counts its arguments: ArgumentCountError.
const ATOMIC = 'atomic';            // a failed second __construct() leaves the native response as it
                                    // was; Guzzle's may have set the status and cleared the headers.

/** A body placeholder: a fresh native stream, or Guzzle's Utils::streamFor() for Guzzle. */
final class StreamArg
{
    public function __construct(public string $content, public int $read = 0, public bool $guzzleForBoth = false) {}
}

final class Text
{
    public function __construct(private string $text) {}
    public function __toString(): string { return $this->text; }
}

function describe(object $r, ?object $given): string
{
    $headers = [];
    foreach ($r->getHeaders() as $name => $values) {
        $headers[] = var_export($name, true) . ': [' . implode(', ', array_map(
            fn($v) => is_string($v) ? '"' . addcslashes($v, "\0..\37\"\\\177..\377") . '"' : gettype($v), $values)) . ']';
    }
    $body = $r->getBody();
    $where = $given === null ? '' : ($body === $given ? ' (the given stream' : ' (another stream') . ' at ' . $body->tell() . ')';
    return sprintf('%d "%s" %s {%s} body %s%s', $r->getStatusCode(), $r->getReasonPhrase(), $r->getProtocolVersion(),
        implode(', ', $headers), var_export((string) $body, true), $where);
}

/** The outcome of $make($args) as one line, with any deprecation raised on the way. */
function outcome(callable $make, string $class, array $args, ?object &$made = null): string
{
    $given = null;
    foreach ($args as $key => $arg) {
        if ($arg instanceof StreamArg) {
            $given = $class === Response::class && !$arg->guzzleForBoth
                ? wechatpay_test_stream($arg->content) : Utils::streamFor($arg->content);
            if ($arg->read) {
                $given->read($arg->read);
            }
            $args[$key] = $given;
        }
    }
    $notices = [];
    set_error_handler(function (int $level, string $message) use (&$notices) {
        $notices[] = ($level === E_DEPRECATED ? 'Deprecated' : "level $level") . ": $message";
        return true;
    });
    try {
        $made = $make($class, $args);
        $line = describe($made, $given);
    } catch (Throwable $e) {
        $message = preg_replace('/, called in .* on line \d+$/', '', $e->getMessage());
        $line = get_class($e) . ': ' . str_replace([GuzzleResponse::class . '::', Response::class . '::'], 'Response::', $message);
    } finally {
        restore_error_handler();
    }
    foreach ($notices as $notice) {
        $line .= " [$notice]";
    }
    return addcslashes($line, "\0..\37\177..\377");
}

function compare(string $mode, callable $make, array $cases): void
{
    echo "== $mode\n";
    foreach ($cases as [$label, $args]) {
        $documented = $args[':documented'] ?? null;
        unset($args[':documented']);
        $native = outcome($make, Response::class, $args);
        $guzzle = outcome($make, GuzzleResponse::class, $args);
        echo "$label: $native\n";
        if ($native !== $guzzle) {
            echo '  ', $documented === null ? 'UNDOCUMENTED DIFFERENCE' : "documented difference ($documented)", ", Guzzle: $guzzle\n";
        } elseif ($documented !== null) {
            echo "  no difference although documented as $documented\n";
        }
    }
}

$memory = fopen('php://memory', 'r+');
$cases = [
    // status: an int parameter, then Guzzle's 100..599 check
    ['no arguments', []],
    ['status 99', [99]],
    ['status 100', [100]],
    ['status 599', [599]],
    ['status 600', [600]],
    ['status 0', [0]],
    ['status -1', [-1]],
    ['status PHP_INT_MAX', [PHP_INT_MAX]],
    ['status "404"', ['404']],
    ['status " 404 "', [' 404 ']],
    ['status "404abc"', ['404abc']],
    ['status "abc"', ['abc']],
    ['status 404.0', [404.0]],
    ['status 404.5', [404.5]],
    ['status true', [true]],
    ['status null', [null]],
    ['status []', [[]]],
    ['status object', [new stdClass()]],
    // headers: Guzzle's setHeaders(): name checks, value normalization, case duplicates merged
    ['one header', [200, ['Content-Type' => 'application/json']]],
    ['list of values', [200, ['X-A' => ['a', 'b']]]],
    ['keyed values', [200, ['X-A' => ['k' => 'v', 'j' => 'w']]]],
    ['empty value list', [200, ['X-A' => []]]],
    ['values trimmed', [200, ['X-A' => " \t padded \t ", 'X-B' => ["\tx", 'y ']]]],
    ['scalar and null values', [200, ['X-A' => [1, 1.5, true, false, null, '']]]],
    ['null value', [200, ['X-A' => null]]],
    ['int value', [200, ['X-A' => 42]]],
    ['CRLF in value', [200, ['X-A' => "a\r\nb"]]],
    ['CR in value', [200, ['X-A' => "a\rb"]]],
    ['LF in value', [200, ['X-A' => "a\nb"]]],
    ['obs-fold in value', [200, ['X-A' => "a\r\n b"]]],
    ['trailing CRLF (not trimmed)', [200, ['X-A' => "value\r\n"]]],
    ['NUL in value', [200, ['X-A' => "nul\0"]]],
    ['DEL in value', [200, ['X-A' => "del\x7f"]]],
    ['high bytes in value', [200, ['X-A' => "\x80\xff ok"]]],
    ['bad value after good ones', [200, ['X-A' => ['ok', "bad\n"], 'X-B' => 'never']]],
    ['nested array value', [200, ['X-A' => [['nested']]]]],
    ['object value', [200, ['X-A' => new stdClass()]]],
    ['object in values', [200, ['X-A' => ['ok', new stdClass()]]]],
    ['Stringable value', [200, ['X-A' => new Text('text')]]],
    ['resource value', [200, ['X-A' => $memory]]],
    ['name with space', [200, ['Bad Name' => 'v']]],
    ['empty name', [200, ['' => 'v']]],
    ['name with CRLF', [200, ["X-A\r\n" => 'v']]],
    ['name with LF', [200, ["X-A\nX-B" => 'v']]],
    ['name with colon', [200, ['X:A' => 'v']]],
    ['name with NUL', [200, ["X\0A" => 'v']]],
    ['non-ASCII name', [200, ["caf\xc3\xa9" => 'v']]],
    ['all token characters', [200, ["!#$%&'*+-.^_`|~09azAZ" => 'v']]],
    ['integer names', [200, [123 => 'a', -5 => 'b', '007' => 'c']]],
    ['a list as headers', [200, ['first', 'second']]],
    ['case duplicates merged', [200, ['Set-Cookie' => 'a', 'X-B' => 'b', 'set-cookie' => ['c', 'd'], 'SET-COOKIE' => 'e']]],
    ['first invalid header wins', [200, ['Bad Name' => [], 'X-A' => "\n"]]],
    ['bad value before bad name', [200, ['X-A' => [], 'Bad Name' => 'v']]],
    ['headers null', [200, null]],
    ['headers string', [200, 'X-A: b']],
    // body
    ['body null', [200, [], null]],
    ['body ""', [200, [], '']],
    ['body string', [200, [], '{"a":1}']],
    ['body "0"', [200, [], '0']],
    ['body stream', [200, [], new StreamArg('streamed')]],
    ['body empty stream', [200, [], new StreamArg('')]],
    ['body stream partly read', [200, [], new StreamArg('partly read', 3)]],
    ['body int', [200, [], 5, ':documented' => BODY_TYPE]],
    ['body float', [200, [], 1.5, ':documented' => BODY_TYPE]],
    ['body true', [200, [], true, ':documented' => BODY_TYPE]],
    ['body false', [200, [], false, ':documented' => BODY_TYPE]],
    ['body []', [200, [], [], ':documented' => BODY_TYPE]],
    ['body array', [200, [], ['a'], ':documented' => BODY_TYPE]],
    ['body object', [200, [], new stdClass(), ':documented' => BODY_TYPE]],
    ['body Stringable', [200, [], new Text('text'), ':documented' => BODY_TYPE]],
    ['body resource', [200, [], $memory, ':documented' => BODY_TYPE]],
    ['body iterator', [200, [], new ArrayIterator(['a', 'b']), ':documented' => BODY_TYPE]],
    ['body callable', [200, [], fn() => false, ':documented' => BODY_TYPE]],
    ['body Guzzle stream', [200, [], new StreamArg('guzzle', 0, true), ':documented' => BODY_TYPE]],
    // version: a string parameter
    ['version 1.0', [200, [], null, '1.0']],
    ['version 2', [200, [], null, '2']],
    ['version ""', [200, [], null, '']],
    ['version int 2', [200, [], null, 2]],
    ['version float 1.0', [200, [], null, 1.0]],
    ['version true', [200, [], null, true]],
    ['version Stringable', [200, [], null, new Text('3')]],
    ['version null', [200, [], null, null]],
    ['version []', [200, [], null, []]],
    // reason: a ?string parameter; null or "" means the default phrase
    ['reason Custom', [404, [], null, '1.1', 'Custom']],
    ['reason ""', [404, [], null, '1.1', '']],
    ['reason null', [404, [], null, '1.1', null]],
    ['reason "0"', [404, [], null, '1.1', '0']],
    ['reason int 0', [404, [], null, '1.1', 0]],
    ['reason false', [404, [], null, '1.1', false]],
    ['reason with LF', [404, [], null, '1.1', "a\nb"]],
    ['reason Stringable', [404, [], null, '1.1', new Text('Why')]],
    ['reason []', [404, [], null, '1.1', []]],
    ['no phrase, reason ""', [299, [], null, '1.1', '']],
    ['no phrase, reason given', [299, [], null, '1.1', 'Mine']],
    // which error comes first: parameter types, then status, body, headers
    ['bad status and body', [99, ['Bad Name' => 'v'], []]],
    ['bad body and header', [200, ['Bad Name' => 'v'], [], ':documented' => BODY_TYPE]],
    ['bad header, bad version type', [200, ['Bad Name' => 'v'], null, null]],
    ['bad status, bad reason type', [600, [], null, '1.1', []]],
    // named and extra arguments
    ['named reason and status', ['reason' => 'R', 'status' => 404]],
    ['named body', ['body' => 'b']],
    ['named headers and version', ['headers' => ['A' => 'b'], 'version' => '2']],
    ['unknown named argument', ['nope' => 1]],
    ['six arguments', [200, [], null, '1.1', null, 'extra', ':documented' => EXTRA_ARGS]],
];
compare('coercive mode', fn(string $class, array $args) => new $class(...$args), $cases);

// strict_types=1 where `new` is written: scalar parameters take only their own type.
$strict = tempnam(sys_get_temp_dir(), 'wechatpay-326-');
file_put_contents($strict, '<?php declare(strict_types=1); return fn(string $class, array $args) => new $class(...$args);');
$makeStrict = require $strict;
unlink($strict);
compare('strict mode', $makeStrict, [
    ['status int', [201]],
    ['status "404"', ['404']],
    ['status 404.0', [404.0]],
    ['status true', [true]],
    ['headers int', [200, 1]],
    ['header value int (not a parameter)', [200, ['X-A' => 1]]],
    ['version int', [200, [], null, 2]],
    ['version Stringable', [200, [], null, new Text('3')]],
    ['reason int', [404, [], null, '1.1', 0]],
    ['reason null', [404, [], null, '1.1', null]],
    ['body int', [200, [], 5, ':documented' => BODY_TYPE]],
]);

echo "== calling __construct() again\n";
foreach ([Response::class, GuzzleResponse::class] as $class) {
    $given = $class === Response::class ? wechatpay_test_stream('given') : Utils::streamFor('given');
    $r = new $class(201, ['A' => '1', 'B' => '2'], 'first body', '1.0', 'Made');
    $copy = $r->withHeader('C', '3');
    $lines = [];
    $lines[] = outcome(fn() => $r->__construct(404, ['b' => 'x']) ?? $r, $class, []);
    $lines[] = outcome(fn() => $r->__construct(202, [], $given) ?? $r, $class, []);
    $lines[] = 'body is the given stream: ' . var_export($r->getBody() === $given, true) . ', copy unchanged: ' . describe($copy, null);
    $lines[] = outcome(fn() => $r->__construct(203, [], '') ?? $r, $class, []);
    $lines[] = outcome(fn() => $r->__construct(503, ['Bad Name' => 'v']) ?? $r, $class, []);
    $lines[] = 'after the failed call: ' . describe($r, null);
    $results[$class] = $lines;
}
foreach ($results[Response::class] as $i => $line) {
    $guzzle = $results[GuzzleResponse::class][$i];
    echo $line, "\n", $line === $guzzle ? '' : "  documented difference (" . ATOMIC . "), Guzzle: $guzzle\n";
}

echo "== signature\n";
foreach ([Response::class, GuzzleResponse::class] as $class) {
    $params = array_map(fn($p) => ($p->getType() ? $p->getType() . ' ' : '') . '$' . $p->getName()
        . ($p->isOptional() ? ' = ' . str_replace("\n", '', var_export($p->getDefaultValue(), true)) : ''),
        (new ReflectionMethod($class, '__construct'))->getParameters());
    $signatures[$class] = 'public __construct(' . implode(', ', $params) . ')';
}
echo $signatures[Response::class], $signatures[Response::class] === $signatures[GuzzleResponse::class] ? ", as Guzzle's\n" : "\n  UNDOCUMENTED DIFFERENCE, Guzzle: {$signatures[GuzzleResponse::class]}\n";

echo "== native only\n";
// Stream is still made only by the extension; a Response can't be made without its constructor.
try { new Stream(); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { (new ReflectionClass(Response::class))->newInstanceWithoutConstructor(); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
// User code that runs during the argument conversions and reaches the response being built sees
// a complete (empty 200) response.
final class Peek
{
    public static array $seen = [];
    public function __toString(): string
    {
        foreach (debug_backtrace(DEBUG_BACKTRACE_PROVIDE_OBJECT) as $frame) {
            if (($frame['object'] ?? null) instanceof Response) {
                self::$seen[] = describe($frame['object'], null) . ' ' . json_encode($frame['object']->getHeader('x'));
                $frame['object']->getBody()->write('peeked');
            }
        }
        return '1.1';
    }
}
$r = new Response(201, ['X' => 'y'], null, new Peek());
echo 'seen while converting: ', implode('; ', Peek::$seen), "\n", 'made: ', describe($r, null), "\n";
$r = new Response(202, [], 'body', new Peek());
echo 'made with a body: ', describe($r, null), "\n";
$s = wechatpay_test_stream('shared');
$a = new Response(200, [], $s);
$b = new Response(200, [], $s);
echo 'one stream in two responses: ', var_export($a->getBody() === $b->getBody(), true), "\n";
unset($a, $b, $s, $r);
echo "done\n";
?>
--EXPECT--
== coercive mode
no arguments: 200 "OK" 1.1 {} body ''
status 99: InvalidArgumentException: Status code must be an integer value between 1xx and 5xx.
status 100: 100 "Continue" 1.1 {} body ''
status 599: 599 "" 1.1 {} body ''
status 600: InvalidArgumentException: Status code must be an integer value between 1xx and 5xx.
status 0: InvalidArgumentException: Status code must be an integer value between 1xx and 5xx.
status -1: InvalidArgumentException: Status code must be an integer value between 1xx and 5xx.
status PHP_INT_MAX: InvalidArgumentException: Status code must be an integer value between 1xx and 5xx.
status "404": 404 "Not Found" 1.1 {} body ''
status " 404 ": 404 "Not Found" 1.1 {} body ''
status "404abc": TypeError: Response::__construct(): Argument #1 ($status) must be of type int, string given
status "abc": TypeError: Response::__construct(): Argument #1 ($status) must be of type int, string given
status 404.0: 404 "Not Found" 1.1 {} body ''
status 404.5: 404 "Not Found" 1.1 {} body '' [Deprecated: Implicit conversion from float 404.5 to int loses precision]
status true: InvalidArgumentException: Status code must be an integer value between 1xx and 5xx.
status null: TypeError: Response::__construct(): Argument #1 ($status) must be of type int, null given
status []: TypeError: Response::__construct(): Argument #1 ($status) must be of type int, array given
status object: TypeError: Response::__construct(): Argument #1 ($status) must be of type int, stdClass given
one header: 200 "OK" 1.1 {'Content-Type': ["application/json"]} body ''
list of values: 200 "OK" 1.1 {'X-A': ["a", "b"]} body ''
keyed values: 200 "OK" 1.1 {'X-A': ["v", "w"]} body ''
empty value list: InvalidArgumentException: Header value can not be an empty array.
values trimmed: 200 "OK" 1.1 {'X-A': ["padded"], 'X-B': ["x", "y"]} body ''
scalar and null values: 200 "OK" 1.1 {'X-A': ["1", "1.5", "1", "", "", ""]} body ''
null value: 200 "OK" 1.1 {'X-A': [""]} body ''
int value: 200 "OK" 1.1 {'X-A': ["42"]} body ''
CRLF in value: InvalidArgumentException: "a\r\nb" is not valid header value.
CR in value: InvalidArgumentException: "a\rb" is not valid header value.
LF in value: InvalidArgumentException: "a\nb" is not valid header value.
obs-fold in value: InvalidArgumentException: "a\r\n b" is not valid header value.
trailing CRLF (not trimmed): InvalidArgumentException: "value\r\n" is not valid header value.
NUL in value: InvalidArgumentException: "nul\000" is not valid header value.
DEL in value: InvalidArgumentException: "del\177" is not valid header value.
high bytes in value: 200 "OK" 1.1 {'X-A': ["\200\377 ok"]} body ''
bad value after good ones: InvalidArgumentException: "bad\n" is not valid header value.
nested array value: InvalidArgumentException: Header value must be scalar or null but array provided.
object value: InvalidArgumentException: Header value must be scalar or null but stdClass provided.
object in values: InvalidArgumentException: Header value must be scalar or null but stdClass provided.
Stringable value: InvalidArgumentException: Header value must be scalar or null but Text provided.
resource value: InvalidArgumentException: Header value must be scalar or null but resource provided.
name with space: InvalidArgumentException: "Bad Name" is not valid header name.
empty name: InvalidArgumentException: "" is not valid header name.
name with CRLF: InvalidArgumentException: "X-A\r\n" is not valid header name.
name with LF: InvalidArgumentException: "X-A\nX-B" is not valid header name.
name with colon: InvalidArgumentException: "X:A" is not valid header name.
name with NUL: InvalidArgumentException: "X\000A" is not valid header name.
non-ASCII name: InvalidArgumentException: "caf\303\251" is not valid header name.
all token characters: 200 "OK" 1.1 {'!#$%&\'*+-.^_`|~09azAZ': ["v"]} body ''
integer names: 200 "OK" 1.1 {123: ["a"], -5: ["b"], '007': ["c"]} body ''
a list as headers: 200 "OK" 1.1 {0: ["first"], 1: ["second"]} body ''
case duplicates merged: 200 "OK" 1.1 {'Set-Cookie': ["a", "c", "d", "e"], 'X-B': ["b"]} body ''
first invalid header wins: InvalidArgumentException: "Bad Name" is not valid header name.
bad value before bad name: InvalidArgumentException: Header value can not be an empty array.
headers null: TypeError: Response::__construct(): Argument #2 ($headers) must be of type array, null given
headers string: TypeError: Response::__construct(): Argument #2 ($headers) must be of type array, string given
body null: 200 "OK" 1.1 {} body ''
body "": 200 "OK" 1.1 {} body ''
body string: 200 "OK" 1.1 {} body '{"a":1}'
body "0": 200 "OK" 1.1 {} body '0'
body stream: 200 "OK" 1.1 {} body 'streamed' (the given stream at 0)
body empty stream: 200 "OK" 1.1 {} body '' (the given stream at 0)
body stream partly read: 200 "OK" 1.1 {} body 'partly read' (the given stream at 3)
body int: InvalidArgumentException: Invalid body type: integer. The native WeChatPay\Http\Response takes a string, null or a WeChatPay\Http\Stream as its body; resources, other scalars, Stringable objects and other StreamInterface implementations are not supported natively
  documented difference (body type), Guzzle: 200 "OK" 1.1 {} body '5'
body float: InvalidArgumentException: Invalid body type: double. The native WeChatPay\Http\Response takes a string, null or a WeChatPay\Http\Stream as its body; resources, other scalars, Stringable objects and other StreamInterface implementations are not supported natively
  documented difference (body type), Guzzle: 200 "OK" 1.1 {} body '1.5'
body true: InvalidArgumentException: Invalid body type: boolean. The native WeChatPay\Http\Response takes a string, null or a WeChatPay\Http\Stream as its body; resources, other scalars, Stringable objects and other StreamInterface implementations are not supported natively
  documented difference (body type), Guzzle: 200 "OK" 1.1 {} body '1'
body false: InvalidArgumentException: Invalid body type: boolean. The native WeChatPay\Http\Response takes a string, null or a WeChatPay\Http\Stream as its body; resources, other scalars, Stringable objects and other StreamInterface implementations are not supported natively
  documented difference (body type), Guzzle: 200 "OK" 1.1 {} body ''
body []: InvalidArgumentException: Invalid body type: array. The native WeChatPay\Http\Response takes a string, null or a WeChatPay\Http\Stream as its body; resources, other scalars, Stringable objects and other StreamInterface implementations are not supported natively
  documented difference (body type), Guzzle: InvalidArgumentException: Invalid resource type: array
body array: InvalidArgumentException: Invalid body type: array. The native WeChatPay\Http\Response takes a string, null or a WeChatPay\Http\Stream as its body; resources, other scalars, Stringable objects and other StreamInterface implementations are not supported natively
  documented difference (body type), Guzzle: InvalidArgumentException: Invalid resource type: array
body object: InvalidArgumentException: Invalid body type: stdClass. The native WeChatPay\Http\Response takes a string, null or a WeChatPay\Http\Stream as its body; resources, other scalars, Stringable objects and other StreamInterface implementations are not supported natively
  documented difference (body type), Guzzle: InvalidArgumentException: Invalid resource type: object
body Stringable: InvalidArgumentException: Invalid body type: Text. The native WeChatPay\Http\Response takes a string, null or a WeChatPay\Http\Stream as its body; resources, other scalars, Stringable objects and other StreamInterface implementations are not supported natively
  documented difference (body type), Guzzle: 200 "OK" 1.1 {} body 'text'
body resource: InvalidArgumentException: Invalid body type: resource. The native WeChatPay\Http\Response takes a string, null or a WeChatPay\Http\Stream as its body; resources, other scalars, Stringable objects and other StreamInterface implementations are not supported natively
  documented difference (body type), Guzzle: 200 "OK" 1.1 {} body ''
body iterator: InvalidArgumentException: Invalid body type: ArrayIterator. The native WeChatPay\Http\Response takes a string, null or a WeChatPay\Http\Stream as its body; resources, other scalars, Stringable objects and other StreamInterface implementations are not supported natively
  documented difference (body type), Guzzle: 200 "OK" 1.1 {} body 'ab'
body callable: InvalidArgumentException: Invalid body type: Closure. The native WeChatPay\Http\Response takes a string, null or a WeChatPay\Http\Stream as its body; resources, other scalars, Stringable objects and other StreamInterface implementations are not supported natively
  documented difference (body type), Guzzle: 200 "OK" 1.1 {} body ''
body Guzzle stream: InvalidArgumentException: Invalid body type: GuzzleHttp\Psr7\Stream. The native WeChatPay\Http\Response takes a string, null or a WeChatPay\Http\Stream as its body; resources, other scalars, Stringable objects and other StreamInterface implementations are not supported natively
  documented difference (body type), Guzzle: 200 "OK" 1.1 {} body 'guzzle' (the given stream at 0)
version 1.0: 200 "OK" 1.0 {} body ''
version 2: 200 "OK" 2 {} body ''
version "": 200 "OK"  {} body ''
version int 2: 200 "OK" 2 {} body ''
version float 1.0: 200 "OK" 1 {} body ''
version true: 200 "OK" 1 {} body ''
version Stringable: 200 "OK" 3 {} body ''
version null: TypeError: Response::__construct(): Argument #4 ($version) must be of type string, null given
version []: TypeError: Response::__construct(): Argument #4 ($version) must be of type string, array given
reason Custom: 404 "Custom" 1.1 {} body ''
reason "": 404 "Not Found" 1.1 {} body ''
reason null: 404 "Not Found" 1.1 {} body ''
reason "0": 404 "0" 1.1 {} body ''
reason int 0: 404 "0" 1.1 {} body ''
reason false: 404 "Not Found" 1.1 {} body ''
reason with LF: 404 "a\nb" 1.1 {} body ''
reason Stringable: 404 "Why" 1.1 {} body ''
reason []: TypeError: Response::__construct(): Argument #5 ($reason) must be of type ?string, array given
no phrase, reason "": 299 "" 1.1 {} body ''
no phrase, reason given: 299 "Mine" 1.1 {} body ''
bad status and body: InvalidArgumentException: Status code must be an integer value between 1xx and 5xx.
bad body and header: InvalidArgumentException: Invalid body type: array. The native WeChatPay\Http\Response takes a string, null or a WeChatPay\Http\Stream as its body; resources, other scalars, Stringable objects and other StreamInterface implementations are not supported natively
  documented difference (body type), Guzzle: InvalidArgumentException: Invalid resource type: array
bad header, bad version type: TypeError: Response::__construct(): Argument #4 ($version) must be of type string, null given
bad status, bad reason type: TypeError: Response::__construct(): Argument #5 ($reason) must be of type ?string, array given
named reason and status: 404 "R" 1.1 {} body ''
named body: 200 "OK" 1.1 {} body 'b'
named headers and version: 200 "OK" 2 {'A': ["b"]} body ''
unknown named argument: Error: Unknown named parameter $nope
six arguments: ArgumentCountError: Response::__construct() expects at most 5 arguments, 6 given
  documented difference (extra args), Guzzle: 200 "OK" 1.1 {} body ''
== strict mode
status int: 201 "Created" 1.1 {} body ''
status "404": TypeError: Response::__construct(): Argument #1 ($status) must be of type int, string given
status 404.0: TypeError: Response::__construct(): Argument #1 ($status) must be of type int, float given
status true: TypeError: Response::__construct(): Argument #1 ($status) must be of type int, bool given
headers int: TypeError: Response::__construct(): Argument #2 ($headers) must be of type array, int given
header value int (not a parameter): 200 "OK" 1.1 {'X-A': ["1"]} body ''
version int: TypeError: Response::__construct(): Argument #4 ($version) must be of type string, int given
version Stringable: TypeError: Response::__construct(): Argument #4 ($version) must be of type string, Text given
reason int: TypeError: Response::__construct(): Argument #5 ($reason) must be of type ?string, int given
reason null: 404 "Not Found" 1.1 {} body ''
body int: InvalidArgumentException: Invalid body type: integer. The native WeChatPay\Http\Response takes a string, null or a WeChatPay\Http\Stream as its body; resources, other scalars, Stringable objects and other StreamInterface implementations are not supported natively
  documented difference (body type), Guzzle: 200 "OK" 1.1 {} body '5'
== calling __construct() again
404 "Not Found" 1.1 {'b': ["x"]} body 'first body'
202 "Accepted" 1.1 {} body 'given'
body is the given stream: true, copy unchanged: 201 "Made" 1.0 {'A': ["1"], 'B': ["2"], 'C': ["3"]} body 'first body'
203 "Non-Authoritative Information" 1.1 {} body 'given'
InvalidArgumentException: "Bad Name" is not valid header name.
after the failed call: 203 "Non-Authoritative Information" 1.1 {} body 'given'
  documented difference (atomic), Guzzle: after the failed call: 503 "Non-Authoritative Information" 1.1 {} body 'given'
== signature
public __construct(int $status = 200, array $headers = array (), $body = NULL, string $version = '1.1', ?string $reason = NULL), as Guzzle's
== native only
Error: Cannot directly construct WeChatPay\Http\Stream
ReflectionException: Class WeChatPay\Http\Response is an internal class marked as final that cannot be instantiated without invoking its constructor
seen while converting: 200 "OK" 1.1 {} body '' []
made: 201 "Created" 1.1 {'X': ["y"]} body 'peeked'
made with a body: 202 "Accepted" 1.1 {} body 'body'
one stream in two responses: true
done
