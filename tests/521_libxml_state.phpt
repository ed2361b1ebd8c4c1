--TEST--
Transformer: native parses leave PHP's libxml state alone (libxml_use_internal_errors(), libxml_get_errors(), warnings), unlike the SDK which switches internal errors on; libxml2's last error is kept or cleared as the SDK leaves it
--EXTENSIONS--
wechatpay
--INI--
display_errors=1
error_reporting=-1
--FILE--
<?php
use WeChatPay\Transformer;

var_dump(libxml_use_internal_errors());
Transformer::toArray('<broken>');
Transformer::toArray('<xml><undeclared:a/></xml>');
var_dump(libxml_use_internal_errors(), libxml_get_errors());
echo trim(libxml_get_last_error()->message), "\n";      // a successful parse leaves its warning, as in the SDK
Transformer::toArray('<broken>');
var_dump(libxml_get_last_error());                       // a failed one is cleared after its notice

libxml_use_internal_errors(true);
simplexml_load_string('<mine>');
$mine = count(libxml_get_errors());
Transformer::toArray('<broken>');
Transformer::toArray('<xml><undeclared:a/></xml>');
var_dump($mine > 0, count(libxml_get_errors()) === $mine, libxml_use_internal_errors());
libxml_clear_errors();
libxml_use_internal_errors(false);

// and PHP's own parsers still report as usual afterwards
simplexml_load_string('<after>');
echo "done\n";
?>
--EXPECTF--
bool(false)
bool(false)
array(0) {
}
Namespace prefix undeclared on a is not defined
bool(false)
bool(true)
bool(true)
bool(true)

Warning: simplexml_load_string(): Entity: line 1: parser error : Premature end of data in tag after line 1 in %s on line %d

Warning: simplexml_load_string(): <after> in %s on line %d

Warning: simplexml_load_string():        ^ in %s on line %d
done
