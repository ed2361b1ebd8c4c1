--TEST--
Rsa::from() and its sugars: every input form of the SDK (PEM, file://, scheme://base64, objects, [pem, passphrase]) → OpenSSLAsymmetricKey; every failure message
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/openssl.inc';
use WeChatPay\Crypto\Rsa;

$k = wechatpay_openssl_keys();
$pem = array_map(static fn($path) => is_string($path) && is_file($path) ? file_get_contents($path) : null, $k);
$b64 = array_map(static fn($text) => $text === null ? null : wechatpay_pem_base64($text), $pem);
$pwd = $pem['pwd'];
// the reference: the public half of the key as the openssl CLI writes it
$expected = wechatpay_openssl(['pkey', '-in', $k['pkcs8'], '-pubout']);
$ecExpected = wechatpay_openssl(['pkey', '-in', $k['ec'], '-pubout']);

function describe($key): string
{
    global $expected, $ecExpected;
    if (!$key instanceof OpenSSLAsymmetricKey) {
        return 'NOT A KEY: ' . get_debug_type($key);
    }
    $public = openssl_pkey_get_details($key)['key'];
    $which = $public === $expected ? 'the key' : ($public === $ecExpected ? 'the EC key' : 'ANOTHER KEY');
    return 'OpenSSLAsymmetricKey of ' . $which . (@openssl_sign('probe', $signature, $key, OPENSSL_ALGO_SHA256) ? ', private' : ', public');
}

function attempt(string $label, callable $load): void
{
    try {
        $result = describe($load());
    } catch (Throwable $e) {
        $result = get_class($e) . ': ' . $e->getMessage();
    }
    echo $label, ': ', $result, "\n";
}

$crlf = static fn(string $text) => str_replace("\n", "\r\n", $text);
$private = [
    'PKCS#8 PEM' => $pem['pkcs8'],
    'PKCS#1 PEM' => $pem['pkcs1'],
    'PKCS#8 PEM, CRLF' => $crlf($pem['pkcs8']),
    'file:// PKCS#8' => 'file://' . $k['pkcs8'],
    'file:// PKCS#1' => 'file://' . $k['pkcs1'],
    'private.pkcs8://' => 'private.pkcs8://' . $b64['pkcs8'],
    'private.pkcs1://' => 'private.pkcs1://' . $b64['pkcs1'],
    '[encrypted PEM, passphrase]' => [$pem['encrypted'], $pwd],
    '[file:// encrypted, passphrase]' => ['file://' . $k['encrypted'], $pwd],
    'OpenSSLAsymmetricKey (private)' => openssl_pkey_get_private($pem['pkcs8']),
    'EC PEM' => $pem['ec'],
];
foreach ($private as $label => $thing) {
    attempt("private $label", static fn() => Rsa::from($thing));
    attempt("private $label, explicit type", static fn() => Rsa::from($thing, Rsa::KEY_TYPE_PRIVATE));
}
$public = [
    'SPKI PEM' => $pem['spki'],
    'PKCS#1 public PEM' => $pem['pkcs1pub'],
    'PKCS#1 public PEM, CRLF' => $crlf($pem['pkcs1pub']),
    'PKCS#1 public PEM after text' => "a comment\n" . $pem['pkcs1pub'],
    'certificate PEM' => $pem['cert'],
    'file:// SPKI' => 'file://' . $k['spki'],
    'file:// PKCS#1 public' => 'file://' . $k['pkcs1pub'],
    'file:// certificate' => 'file://' . $k['cert'],
    'public.spki://' => 'public.spki://' . $b64['spki'],
    'public.pkcs1://' => 'public.pkcs1://' . $b64['pkcs1pub'],
    'OpenSSLAsymmetricKey (public)' => openssl_pkey_get_public($pem['spki']),
    'OpenSSLCertificate' => openssl_x509_read($pem['cert']),
    'EC public PEM' => $pem['ecpub'],
];
foreach ($public as $label => $thing) {
    attempt("public $label", static fn() => Rsa::from($thing, Rsa::KEY_TYPE_PUBLIC));
}

echo "-- sugars\n";
attempt('fromPkcs8', static fn() => Rsa::fromPkcs8($b64['pkcs8']));
attempt('fromPkcs1', static fn() => Rsa::fromPkcs1($b64['pkcs1']));
attempt('fromPkcs1 private', static fn() => Rsa::fromPkcs1($b64['pkcs1'], Rsa::KEY_TYPE_PRIVATE));
attempt('fromPkcs1 public', static fn() => Rsa::fromPkcs1($b64['pkcs1pub'], Rsa::KEY_TYPE_PUBLIC));
attempt('fromSpki', static fn() => Rsa::fromSpki($b64['spki']));
attempt('fromPkcs1 public base64, default type', static fn() => Rsa::fromPkcs1($b64['pkcs1pub']));
attempt('fromPkcs1 type "PUBLIC" (not the constant)', static fn() => Rsa::fromPkcs1($b64['pkcs1pub'], 'PUBLIC'));
attempt('fromSpki garbage', static fn() => Rsa::fromSpki('bm90IGEga2V5'));
attempt('fromPkcs8 empty', static fn() => Rsa::fromPkcs8(''));

echo "-- failures\n";
set_error_handler(static function (int $level, string $message): bool {
    echo "  warning: $message\n";
    return true;
});
$failures = [
    ['integer', 42, 'private'], ['double', 1.5, 'public'], ['boolean', true, 'private'], ['NULL', null, 'public'],
    ['array of three', [1, 2, 3], 'private'], ['empty string', '', 'private'],
    ['path without file://', $k['pkcs8'], 'private'],
    ['file:// to nothing', 'file://' . $k['dir'] . '/missing.pem', 'private'],
    ['unknown scheme', 'private.pkcs9://' . $b64['pkcs8'], 'private'],
    ['scheme in capitals', 'PRIVATE.PKCS8://' . $b64['pkcs8'], 'private'],
    ['scheme followed by file://', 'private.pkcs8://' . $b64['pkcs8'] . '#file://', 'private'],
    ['public scheme, private type', 'public.spki://' . $b64['spki'], 'private'],
    ['private scheme, public type', 'private.pkcs8://' . $b64['pkcs8'], 'public'],
    ['PKCS#1 public PEM as private', $pem['pkcs1pub'], 'private'],
    ['PKCS#1 public PEM, END label differs', str_replace('END RSA PUBLIC', 'END PUBLIC', $pem['pkcs1pub']), 'public'],
    ['private PEM as public', $pem['pkcs8'], 'public'],
    ['encrypted PEM without passphrase', $pem['encrypted'], 'private'],
    ['[encrypted PEM, wrong passphrase]', [$pem['encrypted'], 'wrong'], 'private'],
    ['certificate as private', $pem['cert'], 'private'],
    ['OpenSSLCertificate as private', openssl_x509_read($pem['cert']), 'private'],
    ['private key object as public', openssl_pkey_get_private($pem['pkcs8']), 'public'],
    ['type "PUBLIC" (not the constant)', $pem['spki'], 'PUBLIC'],
];
foreach ($failures as [$label, $thing, $type]) {
    attempt("$label ($type)", static fn() => Rsa::from($thing, $type));
}
attempt('[] (ext/openssl: not [key, passphrase])', static fn() => Rsa::from([]));
attempt('stdClass', static fn() => Rsa::from(new stdClass()));
attempt('type is typed', static fn() => Rsa::from($pem['pkcs8'], []));
attempt('no argument', static fn() => Rsa::from());
?>
--EXPECT--
private PKCS#8 PEM: OpenSSLAsymmetricKey of the key, private
private PKCS#8 PEM, explicit type: OpenSSLAsymmetricKey of the key, private
private PKCS#1 PEM: OpenSSLAsymmetricKey of the key, private
private PKCS#1 PEM, explicit type: OpenSSLAsymmetricKey of the key, private
private PKCS#8 PEM, CRLF: OpenSSLAsymmetricKey of the key, private
private PKCS#8 PEM, CRLF, explicit type: OpenSSLAsymmetricKey of the key, private
private file:// PKCS#8: OpenSSLAsymmetricKey of the key, private
private file:// PKCS#8, explicit type: OpenSSLAsymmetricKey of the key, private
private file:// PKCS#1: OpenSSLAsymmetricKey of the key, private
private file:// PKCS#1, explicit type: OpenSSLAsymmetricKey of the key, private
private private.pkcs8://: OpenSSLAsymmetricKey of the key, private
private private.pkcs8://, explicit type: OpenSSLAsymmetricKey of the key, private
private private.pkcs1://: OpenSSLAsymmetricKey of the key, private
private private.pkcs1://, explicit type: OpenSSLAsymmetricKey of the key, private
private [encrypted PEM, passphrase]: OpenSSLAsymmetricKey of the key, private
private [encrypted PEM, passphrase], explicit type: OpenSSLAsymmetricKey of the key, private
private [file:// encrypted, passphrase]: OpenSSLAsymmetricKey of the key, private
private [file:// encrypted, passphrase], explicit type: OpenSSLAsymmetricKey of the key, private
private OpenSSLAsymmetricKey (private): OpenSSLAsymmetricKey of the key, private
private OpenSSLAsymmetricKey (private), explicit type: OpenSSLAsymmetricKey of the key, private
private EC PEM: OpenSSLAsymmetricKey of the EC key, private
private EC PEM, explicit type: OpenSSLAsymmetricKey of the EC key, private
public SPKI PEM: OpenSSLAsymmetricKey of the key, public
public PKCS#1 public PEM: OpenSSLAsymmetricKey of the key, public
public PKCS#1 public PEM, CRLF: OpenSSLAsymmetricKey of the key, public
public PKCS#1 public PEM after text: OpenSSLAsymmetricKey of the key, public
public certificate PEM: OpenSSLAsymmetricKey of the key, public
public file:// SPKI: OpenSSLAsymmetricKey of the key, public
public file:// PKCS#1 public: OpenSSLAsymmetricKey of the key, public
public file:// certificate: OpenSSLAsymmetricKey of the key, public
public public.spki://: OpenSSLAsymmetricKey of the key, public
public public.pkcs1://: OpenSSLAsymmetricKey of the key, public
public OpenSSLAsymmetricKey (public): OpenSSLAsymmetricKey of the key, public
public OpenSSLCertificate: OpenSSLAsymmetricKey of the key, public
public EC public PEM: OpenSSLAsymmetricKey of the EC key, public
-- sugars
fromPkcs8: OpenSSLAsymmetricKey of the key, private
fromPkcs1: OpenSSLAsymmetricKey of the key, private
fromPkcs1 private: OpenSSLAsymmetricKey of the key, private
fromPkcs1 public: OpenSSLAsymmetricKey of the key, public
fromSpki: OpenSSLAsymmetricKey of the key, public
fromPkcs1 public base64, default type: UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
fromPkcs1 type "PUBLIC" (not the constant): UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
fromSpki garbage: UnexpectedValueException: Cannot load publicKey from(string), please take care about the \$thing input.
fromPkcs8 empty: UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
-- failures
integer (private): UnexpectedValueException: Cannot load privateKey from(integer), please take care about the \$thing input.
double (public): UnexpectedValueException: Cannot load publicKey from(double), please take care about the \$thing input.
boolean (private): UnexpectedValueException: Cannot load privateKey from(boolean), please take care about the \$thing input.
NULL (public): UnexpectedValueException: Cannot load publicKey from(NULL), please take care about the \$thing input.
array of three (private): UnexpectedValueException: Cannot load privateKey from(array), please take care about the \$thing input.
empty string (private): UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
path without file:// (private): UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
file:// to nothing (private): UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
unknown scheme (private): UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
scheme in capitals (private): UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
scheme followed by file:// (private): UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
public scheme, private type (private): UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
private scheme, public type (public): UnexpectedValueException: Cannot load publicKey from(string), please take care about the \$thing input.
PKCS#1 public PEM as private (private): UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
PKCS#1 public PEM, END label differs (public): UnexpectedValueException: Cannot load publicKey from(string), please take care about the \$thing input.
private PEM as public (public): UnexpectedValueException: Cannot load publicKey from(string), please take care about the \$thing input.
encrypted PEM without passphrase (private): UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
[encrypted PEM, wrong passphrase] (private): UnexpectedValueException: Cannot load privateKey from(array), please take care about the \$thing input.
certificate as private (private): UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
OpenSSLCertificate as private (private): UnexpectedValueException: Cannot load privateKey from(object), please take care about the \$thing input.
  warning: openssl_pkey_get_public(): Don't know how to get public key from this private key
private key object as public (public): UnexpectedValueException: Cannot load publicKey from(object), please take care about the \$thing input.
type "PUBLIC" (not the constant) (PUBLIC): UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
[] (ext/openssl: not [key, passphrase]): ValueError: Key array must be of the form array(0 => key, 1 => phrase)
stdClass: Error: Object of class stdClass could not be converted to string
type is typed: TypeError: WeChatPay\Crypto\Rsa::from(): Argument #2 ($type) must be of type string, array given
no argument: ArgumentCountError: WeChatPay\Crypto\Rsa::from() expects at least 1 argument, 0 given
