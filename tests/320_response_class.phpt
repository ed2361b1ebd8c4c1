--TEST--
Response/Stream: class shapes (Guzzle's method names, untyped parameters, declared return types, Guzzle's typed constructor), Stream not constructible, neither serializable
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/response.inc';
use WeChatPay\Http\Response;
use WeChatPay\Http\Stream;

// Guzzle's Psr7\Response / Psr7\Stream method names and parameter shapes: untyped parameters,
// declared return types; Response has Guzzle's typed constructor (326 tests it), Streams are
// made only by the extension.
foreach ([Response::class, Stream::class] as $name) {
    $class = new ReflectionClass($name);
    echo $name, ': final ', var_export($class->isFinal(), true), ', implements [', implode(', ', $class->getInterfaceNames()), "]\n";
    foreach ($class->getMethods() as $method) {
        $params = array_map(fn($p) => ($p->getType() ? $p->getType() . ' ' : '') . '$' . $p->getName()
            . ($p->isOptional() ? ' = ' . ($p->isDefaultValueConstant() ? $p->getDefaultValueConstantName() : str_replace("\n", '', var_export($p->getDefaultValue(), true))) : ''), $method->getParameters());
        echo '  ', $method->getName(), '(', implode(', ', $params), ')', $method->hasReturnType() ? ': ' . $method->getReturnType() : '', "\n";
    }
    try { $made = new $name(); echo '  new: ', get_class($made), "\n"; } catch (Error $e) { echo '  ', $e->getMessage(), "\n"; }
}

$response = wechatpay_test_response(200, ['Content-Type' => ['application/json']], '{"a":1}');
$body = $response->getBody();
foreach ([$response, $body] as $object) {
    try { serialize($object); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
    try { $object->dynamic = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
}
try { clone $body; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$copy = clone $response;
var_dump($copy !== $response, $copy->getBody() === $body, $copy->getHeaders() === $response->getHeaders());
var_dump($body instanceof Stringable, (string) $body);
?>
--EXPECT--
WeChatPay\Http\Response: final true, implements []
  __construct(int $status = 200, array $headers = array (), $body = NULL, string $version = '1.1', ?string $reason = NULL)
  getStatusCode(): int
  getReasonPhrase(): string
  withStatus($code, $reasonPhrase = ''): static
  getProtocolVersion(): string
  withProtocolVersion($version): static
  getHeaders(): array
  hasHeader($header): bool
  getHeader($header): array
  getHeaderLine($header): string
  withHeader($header, $value): static
  withAddedHeader($header, $value): static
  withoutHeader($header): static
  getBody(): object
  withBody($body): static
  new: WeChatPay\Http\Response
WeChatPay\Http\Stream: final true, implements [Stringable]
  __toString(): string
  close(): void
  detach()
  getSize(): ?int
  tell(): int
  eof(): bool
  isSeekable(): bool
  seek($offset, $whence = SEEK_SET): void
  rewind(): void
  isWritable(): bool
  write($string): int
  isReadable(): bool
  read($length): string
  getContents(): string
  getMetadata($key = NULL)
  Cannot directly construct WeChatPay\Http\Stream
Serialization of 'WeChatPay\Http\Response' is not allowed
Cannot create dynamic property WeChatPay\Http\Response::$dynamic
Serialization of 'WeChatPay\Http\Stream' is not allowed
Cannot create dynamic property WeChatPay\Http\Stream::$dynamic
Trying to clone an uncloneable object of class WeChatPay\Http\Stream
bool(true)
bool(true)
bool(true)
bool(true)
string(7) "{"a":1}"
