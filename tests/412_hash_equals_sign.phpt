--TEST--
Hash::equals() is hash_equals() with null meaning false; Hash::sign() is upper-case md5/hmac for exactly 'MD5'/'HMAC-SHA256', else null, through static::
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Crypto\Hash;

foreach ([['a', 'a'], ['a', 'b'], ['', ''], ['ab', 'a'], ['a', 'ab'], ["x\0y", "x\0y"], ["x\0y", "x\0z"]] as [$known, $user]) {
    echo Hash::equals($known, $user) === hash_equals($known, $user) ? (hash_equals($known, $user) ? 'T' : 'F') : '!', ' ';
}
var_dump(Hash::equals('a'), Hash::equals('a', null), Hash::equals('', null));

// the spec's vectors
var_dump(Hash::sign('MD5', 'a=1', 'K'), Hash::sign('HMAC-SHA256', 'a=1', 'K'));
$data = 'appid=wxd930ea5d5a258f4f&body=test&mch_id=10000100';
var_dump(Hash::sign('MD5', $data, 'secret') === strtoupper(md5("$data&key=secret")));
var_dump(Hash::sign('HMAC-SHA256', $data, 'secret') === strtoupper(hash_hmac('sha256', "$data&key=secret", 'secret')));
var_dump(Hash::sign('MD5', $data, '') === strtoupper(md5($data)), Hash::sign('MD5', $data, '0') === strtoupper(md5($data)));
foreach (['md5', 'sha256', 'hmac-sha256', 'HMAC-SHA512', 'HMAC-SHA256 ', ''] as $type) {
    echo var_export(Hash::sign($type, $data, 'secret'), true), ' ';
}
echo "\n";
try {
    Hash::sign('HMAC-SHA256', $data, '');
} catch (\ValueError $e) {
    echo $e->getMessage(), "\n";
}

// sign() calls static::md5() / static::hmac(), so a subclass's override is used
class MyHash extends Hash
{
    public static function md5(string $thing, string $key = '', $agency = false): string { return "md5($thing,$key)"; }
}
var_dump(MyHash::sign('MD5', 'x', 'k'), MyHash::sign('HMAC-SHA256', 'x', 'k') === Hash::sign('HMAC-SHA256', 'x', 'k'));
?>
--EXPECT--
T F T F F T F bool(false)
bool(false)
bool(false)
string(32) "EA3D702E18C9ADBB80DB27C87FBD612C"
string(64) "D3A05A0ECD770582C2B318BBA327D2333C4930729343BE3997EFEB050DDC6F64"
bool(true)
bool(true)
bool(true)
bool(true)
NULL NULL NULL NULL NULL NULL 
hash_init(): Argument #3 ($key) cannot be empty when HMAC is requested
string(8) "MD5(X,K)"
bool(true)
