<?php

/**
 * Stub for wechatpay_transformer.c: the APIv2 XML helper, XML to array and array to XML.
 * @generate-class-entries
 */

namespace WeChatPay;

/** Transforms the APIv2 XML to arrays and arrays to XML. Subclasses may override sanitize(), isElementNameValid() and needsCdataWrapping(). */
class Transformer
{
    public static function toArray(string $xml = '<xml/>'): array {}

    public static function sanitize(string $xml): string {}

    public static function toXml(array $data, bool $headless = true, bool $indent = false, string $root = 'xml', string $item = 'item'): string {}

    protected static function isElementNameValid(string $name = ''): bool {}

    protected static function needsCdataWrapping(string $value = ''): bool {}
}
