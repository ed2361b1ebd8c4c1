--TEST--
Rsa and PemUtil: the SDK's public surface (constants, static methods, parameter names, types, defaults, #[\SensitiveParameter])
--EXTENSIONS--
wechatpay
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
use WeChatPay\Crypto\Rsa;
use WeChatPay\Util\PemUtil;

foreach ([Rsa::class, PemUtil::class] as $class) {
    $rc = new ReflectionClass($class);
    printf("%s internal=%d final=%d abstract=%d instantiable=%d\n", $class, $rc->isInternal(), $rc->isFinal(), $rc->isAbstract(), $rc->isInstantiable());
    foreach ($rc->getReflectionConstants() as $constant) {
        printf("  %s const %s = %s\n", implode(' ', Reflection::getModifierNames($constant->getModifiers())), $constant->getName(), var_export($constant->getValue(), true));
    }
    foreach ($rc->getMethods() as $method) {
        $parameters = array_map(static function (ReflectionParameter $p): string {
            $text = ($p->getAttributes(SensitiveParameter::class) ? '#[\SensitiveParameter] ' : '')
                . ($p->hasType() ? $p->getType() . ' ' : '') . '$' . $p->getName();
            if ($p->isDefaultValueAvailable()) {
                $text .= ' = ' . var_export($p->getDefaultValue(), true);
            }
            return $text;
        }, $method->getParameters());
        printf("  %s %s(%s)%s\n", implode(' ', Reflection::getModifierNames($method->getModifiers())), $method->getName(),
            implode(', ', $parameters), $method->hasReturnType() ? ': ' . $method->getReturnType() : '');
    }
}
var_dump(Rsa::KEY_TYPE_PUBLIC, Rsa::KEY_TYPE_PRIVATE, new Rsa() instanceof Rsa, new PemUtil() instanceof PemUtil);

// #[\SensitiveParameter]: the key never shows in a trace
function leak(): void
{
    try {
        Rsa::sign('message', "-----BEGIN PRIVATE KEY-----\nsecret\n-----END PRIVATE KEY-----");
    } catch (UnexpectedValueException $e) {
        $frame = $e->getTrace()[0];
        echo $frame['class'], '::', $frame['function'], ': ', var_export($frame['args'][0], true), ', ', get_class($frame['args'][1]), "\n";
    }
}
@leak();
?>
--EXPECT--
WeChatPay\Crypto\Rsa internal=1 final=0 abstract=0 instantiable=1
  public const KEY_TYPE_PUBLIC = 'public'
  public const KEY_TYPE_PRIVATE = 'private'
  public static pkcs1ToSpki(string $thing): string
  public static fromPkcs8(#[\SensitiveParameter] string $thing)
  public static fromPkcs1(#[\SensitiveParameter] string $thing, string $type = 'private')
  public static fromSpki(string $thing)
  public static from(#[\SensitiveParameter] $thing, string $type = 'private')
  public static encrypt(#[\SensitiveParameter] string $plaintext, $publicKey, int $padding = 4): string
  public static verify(string $message, string $signature, $publicKey): bool
  public static sign(string $message, #[\SensitiveParameter] $privateKey): string
  public static decrypt(string $ciphertext, #[\SensitiveParameter] $privateKey, int $padding = 4): string
WeChatPay\Util\PemUtil internal=1 final=0 abstract=0 instantiable=1
  public static loadPrivateKey(#[\SensitiveParameter] string $filepath)
  public static loadPrivateKeyFromString(#[\SensitiveParameter] $content)
  public static loadCertificate(string $filepath)
  public static loadCertificateFromString($content)
  public static parseCertificateSerialNo($certificate): string
string(6) "public"
string(7) "private"
bool(true)
bool(true)
WeChatPay\Crypto\Rsa::sign: 'message', SensitiveParameterValue
