--TEST--
AesInterface, AesGcm, AesEcb: constants, static methods, parameter names and defaults, secrets marked sensitive
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Crypto\{AesInterface, AesGcm, AesEcb};

foreach ([AesInterface::class, AesGcm::class, AesEcb::class] as $name) {
    $class = new ReflectionClass($name);
    printf("%s: internal=%d interface=%d final=%d implements=[%s]\n", $name, $class->isInternal(), $class->isInterface(),
        $class->isFinal(), implode(',', $class->getInterfaceNames()));
    foreach ($class->getMethods() as $method) {
        $parameters = [];
        foreach ($method->getParameters() as $parameter) {
            $parameters[] = ($parameter->getAttributes(SensitiveParameter::class) ? '#[\SensitiveParameter] ' : '')
                . $parameter->getType() . ' $' . $parameter->getName()
                . ($parameter->isDefaultValueAvailable() ? ' = ' . var_export($parameter->getDefaultValue(), true) : '');
        }
        printf("  %s %s(%s): %s\n", implode(' ', Reflection::getModifierNames($method->getModifiers())), $method->getName(),
            implode(', ', $parameters), $method->getReturnType());
    }
}
var_dump(AesInterface::BLOCK_SIZE, AesInterface::KEY_LENGTH_BYTE, AesInterface::AUTH_TAG_LENGTH_BYTE,
    AesInterface::ALGO_AES_256_GCM, AesInterface::ALGO_AES_256_ECB, AesGcm::BLOCK_SIZE, AesEcb::ALGO_AES_256_ECB);
var_dump(in_array(AesInterface::ALGO_AES_256_GCM, openssl_get_cipher_methods(), true), is_subclass_of(AesGcm::class, AesInterface::class));
?>
--EXPECT--
WeChatPay\Crypto\AesInterface: internal=1 interface=1 final=0 implements=[]
  abstract public static encrypt(#[\SensitiveParameter] string $plaintext, #[\SensitiveParameter] string $key, string $iv = ''): string
  abstract public static decrypt(#[\SensitiveParameter] string $ciphertext, #[\SensitiveParameter] string $key, string $iv = ''): string
WeChatPay\Crypto\AesGcm: internal=1 interface=0 final=0 implements=[WeChatPay\Crypto\AesInterface]
  public static encrypt(#[\SensitiveParameter] string $plaintext, #[\SensitiveParameter] string $key, string $iv = '', string $aad = ''): string
  public static decrypt(#[\SensitiveParameter] string $ciphertext, #[\SensitiveParameter] string $key, string $iv = '', string $aad = ''): string
WeChatPay\Crypto\AesEcb: internal=1 interface=0 final=0 implements=[WeChatPay\Crypto\AesInterface]
  public static encrypt(#[\SensitiveParameter] string $plaintext, #[\SensitiveParameter] string $key, string $iv = ''): string
  public static decrypt(#[\SensitiveParameter] string $ciphertext, #[\SensitiveParameter] string $key, string $iv = ''): string
int(16)
int(32)
int(16)
string(11) "aes-256-gcm"
string(11) "aes-256-ecb"
int(16)
string(11) "aes-256-ecb"
bool(true)
bool(true)
