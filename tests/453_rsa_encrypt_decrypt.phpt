--TEST--
Rsa::encrypt()/decrypt(): OAEP (SHA-1, MGF1-SHA-1) interoperable with the openssl CLI and ext/openssl; OAEP only; every failure message
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/openssl.inc';
use WeChatPay\Crypto\Rsa;

$k = wechatpay_openssl_keys();
$spki = file_get_contents($k['spki']);
$pkcs8 = file_get_contents($k['pkcs8']);

function attempt(string $label, callable $run): void
{
    try {
        $result = var_export($run(), true);
    } catch (Throwable $e) {
        $result = get_class($e) . ': ' . $e->getMessage();
    }
    echo $label, ': ', $result, "\n";
}

// ours → the openssl CLI (OAEP defaults: SHA-1, MGF1 SHA-1, empty label)
$plaintext = "敏感信息 sensitive \0 data";
$ciphertext = Rsa::encrypt($plaintext, $spki);
var_dump(strlen(base64_decode($ciphertext, true)), $ciphertext !== Rsa::encrypt($plaintext, $spki));
file_put_contents($k['dir'] . '/ct', base64_decode($ciphertext, true));
var_dump(wechatpay_openssl(['pkeyutl', '-decrypt', '-inkey', $k['pkcs8'], '-pkeyopt', 'rsa_padding_mode:oaep', '-in', $k['dir'] . '/ct']) === $plaintext);
// the openssl CLI → ours
$cli = wechatpay_openssl(['pkeyutl', '-encrypt', '-pubin', '-inkey', $k['spki'], '-pkeyopt', 'rsa_padding_mode:oaep'], 'from the CLI');
var_dump(Rsa::decrypt(base64_encode($cli), $pkcs8));
// ext/openssl both ways
openssl_public_encrypt('from ext/openssl', $encrypted, $spki, OPENSSL_PKCS1_OAEP_PADDING);
var_dump(Rsa::decrypt(base64_encode($encrypted), $pkcs8));
openssl_private_decrypt(base64_decode(Rsa::encrypt('to ext/openssl', $spki)), $decrypted, $pkcs8, OPENSSL_PKCS1_OAEP_PADDING);
var_dump($decrypted);

echo "-- key forms\n";
$publicForms = ['SPKI PEM' => $spki, 'certificate PEM' => file_get_contents($k['cert']), 'file:// certificate' => 'file://' . $k['cert'],
    'OpenSSLCertificate' => openssl_x509_read(file_get_contents($k['cert'])), 'Rsa::from public' => Rsa::fromSpki(wechatpay_pem_base64($spki))];
$privateForms = ['PKCS#8 PEM' => $pkcs8, 'PKCS#1 PEM' => file_get_contents($k['pkcs1']), 'file://' => 'file://' . $k['pkcs1'],
    'Rsa::from private' => Rsa::from($pkcs8), '[encrypted, passphrase]' => [file_get_contents($k['encrypted']), file_get_contents($k['pwd'])]];
foreach ($publicForms as $publicLabel => $publicKey) {
    foreach ($privateForms as $privateLabel => $privateKey) {
        attempt("$publicLabel → $privateLabel", static fn() => Rsa::decrypt(Rsa::encrypt("$publicLabel/$privateLabel", $publicKey), $privateKey) === "$publicLabel/$privateLabel");
    }
}
attempt('empty plaintext', static fn() => Rsa::decrypt(Rsa::encrypt('', $spki), $pkcs8));
attempt('214 bytes (the OAEP maximum for 2048 bits)', static fn() => strlen(Rsa::decrypt(Rsa::encrypt(str_repeat('x', 214), $spki), $pkcs8)));

echo "-- padding: OAEP only, checked before the key\n";
foreach ([OPENSSL_PKCS1_PADDING, OPENSSL_NO_PADDING, 0, -1, PHP_INT_MAX] as $padding) {
    attempt("encrypt($padding)", static fn() => Rsa::encrypt('x', null, $padding));
    attempt("decrypt($padding)", static fn() => Rsa::decrypt('x', null, $padding));
}
attempt('encrypt(OPENSSL_PKCS1_OAEP_PADDING)', static fn() => strlen(Rsa::encrypt('x', $spki, OPENSSL_PKCS1_OAEP_PADDING)));
attempt('padding is typed', static fn() => Rsa::encrypt('x', $spki, '4x'));

echo "-- failures\n";
set_error_handler(static function (int $level, string $message): bool {
    echo "  warning: $message\n";
    return true;
});
attempt('215 bytes', static fn() => Rsa::encrypt(str_repeat('x', 215), $spki));
attempt('EC public key', static fn() => Rsa::encrypt('x', file_get_contents($k['ecpub'])));
attempt('encrypt with null', static fn() => Rsa::encrypt('x', null));
attempt('encrypt with a private key PEM', static fn() => Rsa::encrypt('x', $pkcs8));
attempt('encrypt with a private key object', static fn() => Rsa::encrypt('x', Rsa::from($pkcs8)));
attempt('decrypt with another key', static fn() => Rsa::decrypt(Rsa::encrypt('x', $spki), file_get_contents($k['other'])));
attempt('decrypt with null', static fn() => Rsa::decrypt(Rsa::encrypt('x', $spki), null));
attempt('decrypt with the public key', static fn() => Rsa::decrypt(Rsa::encrypt('x', $spki), $spki));
attempt('decrypt garbage', static fn() => Rsa::decrypt('AAAA', $pkcs8));
attempt('decrypt empty', static fn() => Rsa::decrypt('', $pkcs8));
openssl_public_encrypt('v1.5', $v15, $spki, OPENSSL_PKCS1_PADDING);
attempt('decrypt a PKCS#1 v1.5 ciphertext', static fn() => Rsa::decrypt(base64_encode($v15), $pkcs8));
attempt('decrypt with [pem] only', static fn() => Rsa::decrypt('AAAA', [$pkcs8]));
?>
--EXPECT--
int(256)
bool(true)
bool(true)
string(12) "from the CLI"
string(16) "from ext/openssl"
string(14) "to ext/openssl"
-- key forms
SPKI PEM → PKCS#8 PEM: true
SPKI PEM → PKCS#1 PEM: true
SPKI PEM → file://: true
SPKI PEM → Rsa::from private: true
SPKI PEM → [encrypted, passphrase]: true
certificate PEM → PKCS#8 PEM: true
certificate PEM → PKCS#1 PEM: true
certificate PEM → file://: true
certificate PEM → Rsa::from private: true
certificate PEM → [encrypted, passphrase]: true
file:// certificate → PKCS#8 PEM: true
file:// certificate → PKCS#1 PEM: true
file:// certificate → file://: true
file:// certificate → Rsa::from private: true
file:// certificate → [encrypted, passphrase]: true
OpenSSLCertificate → PKCS#8 PEM: true
OpenSSLCertificate → PKCS#1 PEM: true
OpenSSLCertificate → file://: true
OpenSSLCertificate → Rsa::from private: true
OpenSSLCertificate → [encrypted, passphrase]: true
Rsa::from public → PKCS#8 PEM: true
Rsa::from public → PKCS#1 PEM: true
Rsa::from public → file://: true
Rsa::from public → Rsa::from private: true
Rsa::from public → [encrypted, passphrase]: true
empty plaintext: ''
214 bytes (the OAEP maximum for 2048 bits): 214
-- padding: OAEP only, checked before the key
encrypt(1): UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(1).
decrypt(1): UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(1).
encrypt(3): UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(3).
decrypt(3): UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(3).
encrypt(0): UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(0).
decrypt(0): UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(0).
encrypt(-1): UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(-1).
decrypt(-1): UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(-1).
encrypt(9223372036854775807): UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(9223372036854775807).
decrypt(9223372036854775807): UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(9223372036854775807).
encrypt(OPENSSL_PKCS1_OAEP_PADDING): 344
padding is typed: TypeError: WeChatPay\Crypto\Rsa::encrypt(): Argument #3 ($padding) must be of type int, string given
-- failures
215 bytes: UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $publicKey whether or nor correct.
EC public key: UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $publicKey whether or nor correct.
  warning: openssl_public_encrypt(): key parameter is not a valid public key
encrypt with null: UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $publicKey whether or nor correct.
  warning: openssl_public_encrypt(): key parameter is not a valid public key
encrypt with a private key PEM: UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $publicKey whether or nor correct.
  warning: openssl_public_encrypt(): Don't know how to get public key from this private key
  warning: openssl_public_encrypt(): key parameter is not a valid public key
encrypt with a private key object: UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $publicKey whether or nor correct.
decrypt with another key: UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $privateKey whether or nor correct.
  warning: openssl_private_decrypt(): key parameter is not a valid private key
decrypt with null: UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $privateKey whether or nor correct.
  warning: openssl_private_decrypt(): key parameter is not a valid private key
decrypt with the public key: UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $privateKey whether or nor correct.
decrypt garbage: UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $privateKey whether or nor correct.
decrypt empty: UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $privateKey whether or nor correct.
decrypt a PKCS#1 v1.5 ciphertext: UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $privateKey whether or nor correct.
decrypt with [pem] only: ValueError: Key array must be of the form array(0 => key, 1 => phrase)
