--TEST--
The SDK's traits: nodes use BuilderTrait and ClientDecorator uses ClientXmlTrait and ClientJsonTrait (class_uses, reflection); a merchant class using BuilderTrait gets working verbs
--DESCRIPTION--
Expected output recorded from wechatpay/wechatpay 1.4.12 (php -n, Debian Guzzle) running this same script against the bundled gateway.
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$instance = wechatpay_test_instance($gw);

echo implode(',', class_uses($instance)), "\n";
echo implode(',', class_uses($instance->v3->pay)), "\n";
echo implode(',', class_uses(\WeChatPay\ClientDecorator::class)), "\n";
echo implode(',', (new ReflectionClass(\WeChatPay\ClientDecorator::class))->getTraitNames()), "\n";
echo implode(',', array_map(fn($t) => $t->getName(), (new ReflectionClass($instance))->getTraits())), "\n";
var_dump(trait_exists('WeChatPay\BuilderTrait'), trait_exists('WeChatPay\ClientJsonTrait'), trait_exists('WeChatPay\ClientXmlTrait'));
var_dump(class_exists('WeChatPay\BuilderTrait'), interface_exists('WeChatPay\ClientJsonTrait'));

final class MyNode
{
    use \WeChatPay\BuilderTrait;

    public function __construct(private \WeChatPay\ClientDecoratorInterface $driver, private string $path) {}

    public function getDriver(): \WeChatPay\ClientDecoratorInterface
    {
        return $this->driver;
    }

    protected function pathname(string $seperator = '/'): string
    {
        return $this->path;
    }
}
$node = new MyNode($instance->getDriver(), 'v3/echo/{id}');
$echo = wechatpay_echo($node->post(['id' => 'x y', 'json' => ['a' => 1]]));
echo $echo['method'], ' ', $echo['target'], ' ', $echo['body'], "\n";
$echo = wechatpay_echo($node->getAsync(['id' => 'z'])->wait());
echo $echo['method'], ' ', $echo['target'], "\n";
$echo = wechatpay_echo($node->delete());
echo $echo['method'], ' ', $echo['target'], "\n";
try {
    $node->put(5);
} catch (TypeError $e) {
    echo get_class($e), ': ', preg_replace('/, called in .*/s', '', $e->getMessage()), "\n";
}

abstract class Half
{
    use \WeChatPay\BuilderTrait;
}
foreach ((new ReflectionClass('Half'))->getMethods() as $method) {
    echo $method->isAbstract() ? 'abstract ' : '', $method->isProtected() ? 'protected ' : '', $method->getName(), ' ';
}
echo "\n";
try {
    new class { use \WeChatPay\BuilderTrait; };
} catch (Error $e) {
    echo 'not reached: a class with abstract methods fails to compile';
}
?>
--EXPECTF--
WeChatPay\BuilderTrait
WeChatPay\BuilderTrait
WeChatPay\ClientXmlTrait,WeChatPay\ClientJsonTrait
WeChatPay\ClientXmlTrait,WeChatPay\ClientJsonTrait
WeChatPay\BuilderTrait
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
POST /v3/echo/x%20y {"a":1}
GET /v3/echo/z
DELETE /v3/echo/
TypeError: MyNode::put(): Argument #1 ($options) must be of type array, int given
abstract getDriver abstract protected pathname get put post patch delete getAsync putAsync postAsync patchAsync deleteAsync 

Fatal error: Class class@anonymous contains 2 abstract methods and must therefore be declared abstract or implement the remaining methods (class@anonymous::getDriver, class@anonymous::pathname) in %s on line %d
