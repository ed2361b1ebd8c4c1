/*
 * wechatpay_template.h - URI-template expansion of chain paths.
 *
 * Owns RFC 6570 (level 4) expansion with the exact byte output of
 * guzzlehttp/uri-template 1.0.x, which the SDK runs on every request path
 * with the whole request options array as the variable map.
 */

#ifndef WECHATPAY_TEMPLATE_H
#define WECHATPAY_TEMPLATE_H

#include "php.h"

/*
 * Expands every "{expression}" of `template` with values looked up in
 * `variables` (the request options). Returns a new string, or `template`
 * with its refcount raised when it contains no '{'.
 *
 * Returns NULL with an exception pending only where the SDK throws too: a
 * value that PHP cannot cast to string (an object without __toString, a
 * throwing __toString) or an error handler that throws on the
 * "Array to string conversion" warning raised for a nested array. Also, where
 * the SDK would crash: an \InvalidArgumentException for a {var*} value nested
 * deeper than WECHATPAY_QUERY_MAX_DEPTH (see wechatpay_uri.h), and, where the
 * SDK would quietly reach another endpoint, an \InvalidArgumentException when the
 * values add a "." or ".." segment to the path (e.g. {id} = "..").
 */
zend_string *wechatpay_template_expand(zend_string *template, HashTable *variables);

#endif /* WECHATPAY_TEMPLATE_H */
