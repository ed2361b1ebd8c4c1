/*
 * wechatpay_userland.h: what the SDK's PHP code gets from PHP itself and internal code must do by
 * hand: calling PHP's own functions (ext/openssl, ext/standard) and userland objects' methods as
 * that code calls them, the TypeError userland raises for null given to a typed parameter, and the
 * trait list a userland `use A, B;` leaves on a class.
 */
#ifndef WECHATPAY_USERLAND_H
#define WECHATPAY_USERLAND_H

#include "php.h"

/* Calls the global function `name` (lower case) with `argc` arguments; a by-reference parameter
 * needs an IS_REFERENCE argument. Its warnings are its own ("openssl_sign(): …"). true with
 * `retval` set; false with `retval` UNDEF when an exception is pending afterwards: one the function
 * threw, one an error handler threw for its warning, or "Call to undefined function" when it is
 * not available (disable_functions). */
bool wechatpay_userland_call(const char *name, size_t name_len, zval *retval, uint32_t argc, zval *argv);

/* $object->name(...$argv) (any callable method, `__call` included). true with `retval` set; false
 * with `retval` UNDEF and an exception pending (the method's own, or "Call to undefined method"). */
bool wechatpay_userland_method(zval *object, const char *name, zval *retval, uint32_t argc, zval *argv);

/* $this->name(...$argv) as code inside the object's class would call it: a method of any visibility
 * (`name` in lower case); the same result convention. */
bool wechatpay_userland_own_method(zval *object, const char *name, zval *retval, uint32_t argc, zval *argv);

/* ce::name(...$argv) for a public static method; the same result convention. */
bool wechatpay_userland_static(zend_class_entry *ce, const char *name, zval *retval, uint32_t argc, zval *argv);

/* A userland `string $x` or `int $x` refuses null even from a caller without strict_types, where
 * an internal method would only deprecate it and coerce. Call first in a method whose stub types
 * its parameters: false, with the TypeError thrown, when null was passed to one of them. */
bool wechatpay_userland_refuse_null(zend_execute_data *execute_data);

/* Lists `traits` on the internal class `ce` as `use A, B;` would (class_uses(),
 * ReflectionClass::getTraitNames() and getTraits() see them) without binding their methods: `ce`
 * implements them itself. Call at MINIT after registering both; undo with
 * wechatpay_userland_unlist_traits() at MSHUTDOWN (the engine frees no trait list of an internal class). */
void wechatpay_userland_list_traits(zend_class_entry *ce, uint32_t count, zend_class_entry *const *traits);
void wechatpay_userland_unlist_traits(zend_class_entry *ce);

#endif
