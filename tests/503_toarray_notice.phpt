--TEST--
Transformer::toArray(): a failed parse returns [] and raises the SDK's E_USER_NOTICE as @trigger_error() does: silenced, seen by error_get_last() and error handlers
--EXTENSIONS--
wechatpay
--INI--
display_errors=1
error_reporting=-1
--FILE--
<?php
use WeChatPay\Transformer;

$fatal = E_ERROR | E_CORE_ERROR | E_COMPILE_ERROR | E_USER_ERROR | E_RECOVERABLE_ERROR | E_PARSE;
$all = error_reporting();

echo "-- no handler: nothing printed, error_get_last() has it\n";
error_clear_last();
$line = __LINE__ + 1;
var_dump(Transformer::toArray('<a>'));
$e = error_get_last();
var_dump($e['type'] === E_USER_NOTICE, $e['file'] === __FILE__, $e['line'] === $line);
echo $e['message'], "\n";

echo "-- a handler sees it with error_reporting() silenced, as under @\n";
set_error_handler(function (int $no, string $message) use ($fatal) {
    var_dump($no === E_USER_NOTICE, error_reporting() === $fatal);
    echo $message, "\n";
    return true;
});
var_dump(Transformer::toArray('<xml><a></b></xml>'), error_reporting() === $all);
restore_error_handler();

echo "-- a handler returning false: the standard handler records it, still silent\n";
set_error_handler(fn() => false);
error_clear_last();
Transformer::toArray('not xml');
echo error_get_last()['message'], "\n";
restore_error_handler();

echo "-- a throwing handler: the exception leaves toArray(); error_reporting is restored\n";
set_error_handler(function (int $no, string $message) { throw new ErrorException($message, 0, $no); });
try {
    Transformer::toArray('<x>');
} catch (ErrorException $e) {
    var_dump($e->getSeverity() === E_USER_NOTICE, error_reporting() === $all);
}
restore_error_handler();

echo "-- error_reporting(0) keeps the record\n";
error_reporting(0);
error_clear_last();
Transformer::toArray('<y>');
var_dump(error_get_last()['type'] === E_USER_NOTICE);
error_reporting($all);

echo "-- nothing to parse: [] without a notice\n";
libxml_clear_errors();
foreach (['', "\x01\x02\x1f", "<xml>\xff</xml>", "\xed\xa0\x80"] as $empty) {
    error_clear_last();
    var_dump(Transformer::toArray($empty), error_get_last());
}

echo "-- as in the SDK, an empty input reports what libxml2's last error still holds\n";
var_dump(Transformer::toArray('<xml><p:a>1</p:a></xml>'));   // parses, leaving a namespace error behind
error_clear_last();
var_dump(Transformer::toArray(''));
echo error_get_last()['message'], "\n";
error_clear_last();
var_dump(Transformer::toArray(''), error_get_last());        // reporting cleared it
?>
--EXPECT--
-- no handler: nothing printed, error_get_last() has it
array(0) {
}
bool(true)
bool(true)
bool(true)
Parsing the $xml failed with the last error(level=3,code=77,message=Premature end of data in tag a line 1
).
-- a handler sees it with error_reporting() silenced, as under @
bool(true)
bool(true)
Parsing the $xml failed with the last error(level=3,code=76,message=Opening and ending tag mismatch: a line 1 and b
).
array(0) {
}
bool(true)
-- a handler returning false: the standard handler records it, still silent
Parsing the $xml failed with the last error(level=3,code=4,message=Start tag expected, '<' not found
).
-- a throwing handler: the exception leaves toArray(); error_reporting is restored
bool(true)
bool(true)
-- error_reporting(0) keeps the record
bool(true)
-- nothing to parse: [] without a notice
array(0) {
}
NULL
array(0) {
}
NULL
array(0) {
}
NULL
array(0) {
}
NULL
-- as in the SDK, an empty input reports what libxml2's last error still holds
array(1) {
  ["p:a"]=>
  string(1) "1"
}
array(0) {
}
Parsing the $xml failed with the last error(level=2,code=201,message=Namespace prefix p on a is not defined
).
array(0) {
}
NULL
