--TEST--
Hash::md5() and Hash::hmac(): digests of the data with "&key="/"&secret=" and the key appended, against PHP's md5()/hash_hmac(); hash_init()'s ValueErrors
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Crypto\Hash;

// the spec's vectors
var_dump(Hash::md5('a=1', 'K'), Hash::md5('a=1', 'K', true), Hash::hmac('a=1', 'K'));

// md5: the key is appended only when truthy; $agency (any truthy value) switches to "&secret="
$thing = 'appid=wxd930ea5d5a258f4f&body=test&mch_id=10000100&nonce_str=ibuaiVcKdpRxkhJA';
var_dump(Hash::md5($thing) === md5($thing), Hash::md5($thing, '') === md5($thing), Hash::md5($thing, '0', true) === md5($thing));
var_dump(Hash::md5($thing, '192006250b4c09247ec02edce69f6a2d') === md5($thing . '&key=192006250b4c09247ec02edce69f6a2d'));
foreach ([true, 1, '1000002', [0]] as $agency) {
    echo Hash::md5($thing, 'K', $agency) === md5($thing . '&secret=K') ? 'secret' : 'key', ' ';
}
foreach ([false, 0, '0', '', null, []] as $agency) {
    echo Hash::md5($thing, 'K', $agency) === md5($thing . '&key=K') ? 'key' : 'secret', ' ';
}
echo "\n";

// hmac: HMAC keyed with the key over thing . "&key=" . key, for every cryptographic algorithm ext/hash has
$mismatch = [];
foreach (hash_hmac_algos() as $algorithm) {
    foreach (['K', str_repeat('long-key-', 40), "\0binary\xff"] as $key) {
        if (Hash::hmac($thing, $key, $algorithm) !== hash_hmac($algorithm, "$thing&key=$key", $key)) {
            $mismatch[] = $algorithm;
        }
    }
}
var_dump(count(hash_hmac_algos()) > 40, $mismatch, Hash::hmac('x', 'K', 'SHA512') === hash_hmac('sha512', 'x&key=K', 'K'));
var_dump(strlen(Hash::hmac('x', 'K', 'md5')), strlen(Hash::hmac('x', 'K', 'sha384')), Hash::hmac('x', 'K', 'sha256') !== hash_hmac('sha256', 'x', 'K'));

// the errors are hash_init()'s own, word for word
foreach ([['K', 'crc32b'], ['K', 'no-such-algo'], ['', 'sha256'], ['', 'no-such-algo'], ['', 'fnv164']] as [$key, $algorithm]) {
    try {
        Hash::hmac('x', $key, $algorithm);
    } catch (\ValueError $e) {
        try {
            hash_init($algorithm, HASH_HMAC, $key);
        } catch (\ValueError $expected) {
            echo $e->getMessage() === $expected->getMessage() ? 'same: ' : 'DIFFERENT: ', $e->getMessage(), "\n";
        }
    }
}
?>
--EXPECT--
string(32) "ea3d702e18c9adbb80db27c87fbd612c"
string(32) "05662718979c79c470e74a43628b5c0e"
string(64) "d3a05a0ecd770582c2b318bba327d2333c4930729343be3997efeb050ddc6f64"
bool(true)
bool(true)
bool(true)
bool(true)
secret secret secret secret key key key key key key 
bool(true)
array(0) {
}
bool(true)
int(32)
int(96)
bool(true)
same: hash_init(): Argument #1 ($algo) must be a cryptographic hashing algorithm if HMAC is requested
same: hash_init(): Argument #1 ($algo) must be a valid hashing algorithm
same: hash_init(): Argument #3 ($key) cannot be empty when HMAC is requested
same: hash_init(): Argument #1 ($algo) must be a valid hashing algorithm
same: hash_init(): Argument #1 ($algo) must be a cryptographic hashing algorithm if HMAC is requested
