--TEST--
Rsa::sign()/verify(): SHA256withRSA byte-identical to `openssl dgst -sha256 -sign`; verify's true / false / throw rules; failure messages and ext/openssl's warnings
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/openssl.inc';
use WeChatPay\Crypto\Rsa;

$k = wechatpay_openssl_keys();
$pkcs8 = file_get_contents($k['pkcs8']);
$spki = file_get_contents($k['spki']);
$cert = file_get_contents($k['cert']);

function attempt(string $label, callable $run): void
{
    try {
        $result = var_export($run(), true);
    } catch (Throwable $e) {
        $result = get_class($e) . ': ' . $e->getMessage();
    }
    echo $label, ': ', $result, "\n";
}

// a JSAPI paySign message, as merchants build it
$message = "wx8888888888888888\n1414561699\n5K8264ILTKCH16CQ2502SI8ZNMTM67VS\nprepay_id=wx201410272009395522657a690389285100\n";
file_put_contents($k['dir'] . '/message', $message);
$cli = base64_encode(wechatpay_openssl(['dgst', '-sha256', '-sign', $k['pkcs8'], $k['dir'] . '/message']));

echo "-- sign: every private key form gives the CLI's signature\n";
$privateForms = ['PKCS#8 PEM' => $pkcs8, 'PKCS#1 PEM' => file_get_contents($k['pkcs1']), 'file:// PKCS#8' => 'file://' . $k['pkcs8'],
    'file:// PKCS#1' => 'file://' . $k['pkcs1'], 'Rsa::from' => Rsa::from($pkcs8), 'Rsa::fromPkcs8' => Rsa::fromPkcs8(wechatpay_pem_base64($pkcs8)),
    '[encrypted, passphrase]' => [file_get_contents($k['encrypted']), file_get_contents($k['pwd'])]];
foreach ($privateForms as $label => $privateKey) {
    attempt($label, static fn() => Rsa::sign($message, $privateKey) === $cli);
}
$signature = Rsa::sign($message, $pkcs8);
file_put_contents($k['dir'] . '/signature', base64_decode($signature, true));
echo trim(wechatpay_openssl(['dgst', '-sha256', '-verify', $k['spki'], '-signature', $k['dir'] . '/signature', $k['dir'] . '/message'])), "\n";
attempt('empty message', static fn() => Rsa::verify('', Rsa::sign('', $pkcs8), $spki));

echo "-- verify: true with every public key form\n";
$publicForms = ['SPKI PEM' => $spki, 'PKCS#1 public PEM' => file_get_contents($k['pkcs1pub']), 'certificate PEM' => $cert,
    'file:// SPKI' => 'file://' . $k['spki'], 'file:// certificate' => 'file://' . $k['cert'], 'OpenSSLCertificate' => openssl_x509_read($cert),
    'Rsa::from public' => Rsa::from($spki, Rsa::KEY_TYPE_PUBLIC), 'Rsa::fromPkcs1 public' => Rsa::fromPkcs1(wechatpay_pem_base64(file_get_contents($k['pkcs1pub'])), Rsa::KEY_TYPE_PUBLIC)];
foreach ($publicForms as $label => $publicKey) {
    attempt($label, static fn() => Rsa::verify($message, $cli, $publicKey));
}

echo "-- verify: false (openssl_verify() gave 0 or -1)\n";
attempt('another message', static fn() => Rsa::verify($message . ' ', $cli, $spki));
attempt('another key', static fn() => Rsa::verify($message, $cli, wechatpay_openssl(['pkey', '-in', $k['other'], '-pubout'])));
attempt('signature AAAA', static fn() => Rsa::verify($message, 'AAAA', $spki));
attempt('empty signature', static fn() => Rsa::verify($message, '', $spki));
attempt('signature not base64', static fn() => Rsa::verify($message, '!!!!', $spki));
attempt('a truncated signature', static fn() => Rsa::verify($message, substr($cli, 0, -8), $spki));
attempt('EC public key and an RSA signature (-1)', static fn() => Rsa::verify($message, 'AAAA', file_get_contents($k['ecpub'])));

echo "-- verify: throws only when openssl_verify() returned false\n";
set_error_handler(static function (int $level, string $message): bool {
    echo "  warning: $message\n";
    return true;
});
attempt('null key', static fn() => Rsa::verify($message, $cli, null));
attempt('private key object', static fn() => Rsa::verify($message, $cli, Rsa::from($pkcs8)));
attempt('garbage string', static fn() => Rsa::verify($message, $cli, 'not a key'));
attempt('file:// to nothing', static fn() => Rsa::verify($message, $cli, 'file://' . $k['dir'] . '/missing'));
attempt('[] key', static fn() => Rsa::verify($message, $cli, []));

echo "-- sign: failures\n";
attempt('null key', static fn() => Rsa::sign($message, null));
attempt('public key object', static fn() => Rsa::sign($message, Rsa::from($spki, Rsa::KEY_TYPE_PUBLIC)));
attempt('public key PEM', static fn() => Rsa::sign($message, $spki));
attempt('encrypted PEM without passphrase', static fn() => Rsa::sign($message, file_get_contents($k['encrypted'])));
attempt('[encrypted, wrong passphrase]', static fn() => Rsa::sign($message, [file_get_contents($k['encrypted']), 'wrong']));
attempt('stdClass key', static fn() => Rsa::sign($message, new stdClass()));
restore_error_handler();

echo "-- a warning an error handler turns into an exception surfaces as that exception\n";
set_error_handler(static function (int $level, string $message): bool {
    throw new ErrorException($message, 0, $level);
});
attempt('sign', static fn() => Rsa::sign($message, null));
attempt('verify', static fn() => Rsa::verify($message, $cli, null));
restore_error_handler();

echo "-- not RSA-only: an EC key signs (ECDSA), as ext/openssl does\n";
$ecdsa = Rsa::sign($message, file_get_contents($k['ec']));
var_dump(openssl_verify($message, base64_decode($ecdsa), file_get_contents($k['ecpub']), OPENSSL_ALGO_SHA256), Rsa::verify($message, $ecdsa, file_get_contents($k['ecpub'])));
?>
--EXPECT--
-- sign: every private key form gives the CLI's signature
PKCS#8 PEM: true
PKCS#1 PEM: true
file:// PKCS#8: true
file:// PKCS#1: true
Rsa::from: true
Rsa::fromPkcs8: true
[encrypted, passphrase]: true
Verified OK
empty message: true
-- verify: true with every public key form
SPKI PEM: true
PKCS#1 public PEM: true
certificate PEM: true
file:// SPKI: true
file:// certificate: true
OpenSSLCertificate: true
Rsa::from public: true
Rsa::fromPkcs1 public: true
-- verify: false (openssl_verify() gave 0 or -1)
another message: false
another key: false
signature AAAA: false
empty signature: false
signature not base64: false
a truncated signature: false
EC public key and an RSA signature (-1): false
-- verify: throws only when openssl_verify() returned false
  warning: openssl_verify(): Supplied key param cannot be coerced into a public key
null key: UnexpectedValueException: Verified the input $message failed, please checking your $publicKey whether or nor correct.
  warning: openssl_verify(): Don't know how to get public key from this private key
  warning: openssl_verify(): Supplied key param cannot be coerced into a public key
private key object: UnexpectedValueException: Verified the input $message failed, please checking your $publicKey whether or nor correct.
  warning: openssl_verify(): Supplied key param cannot be coerced into a public key
garbage string: UnexpectedValueException: Verified the input $message failed, please checking your $publicKey whether or nor correct.
  warning: openssl_verify(): Supplied key param cannot be coerced into a public key
file:// to nothing: UnexpectedValueException: Verified the input $message failed, please checking your $publicKey whether or nor correct.
[] key: ValueError: Key array must be of the form array(0 => key, 1 => phrase)
-- sign: failures
  warning: openssl_sign(): Supplied key param cannot be coerced into a private key
null key: UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
  warning: openssl_sign(): Supplied key param is a public key
  warning: openssl_sign(): Supplied key param cannot be coerced into a private key
public key object: UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
  warning: openssl_sign(): Supplied key param cannot be coerced into a private key
public key PEM: UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
  warning: openssl_sign(): Supplied key param cannot be coerced into a private key
encrypted PEM without passphrase: UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
  warning: openssl_sign(): Supplied key param cannot be coerced into a private key
[encrypted, wrong passphrase]: UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
stdClass key: Error: Object of class stdClass could not be converted to string
-- a warning an error handler turns into an exception surfaces as that exception
sign: ErrorException: openssl_sign(): Supplied key param cannot be coerced into a private key
verify: ErrorException: openssl_verify(): Supplied key param cannot be coerced into a public key
-- not RSA-only: an EC key signs (ECDSA), as ext/openssl does
int(1)
bool(true)
