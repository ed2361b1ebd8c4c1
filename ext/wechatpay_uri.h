/*
 * wechatpay_uri.h - request URL and request target of one call.
 *
 * Owns what Guzzle 7 (guzzlehttp/psr7 2.x) does between
 * Client::request($method, $uri, $options) and the transport: parsing and
 * filtering of both URIs, RFC 3986 resolution against base_uri, the `query`
 * request option, the URL handed to libcurl and the request target that is
 * signed and sent.
 */

#ifndef WECHATPAY_URI_H
#define WECHATPAY_URI_H

#include "php.h"
#include "zend_smart_str.h"

/* Deepest nesting the `query` option (or a {var*} template value) may have:
 * http_build_query() recurses once per level and PHP itself crashes on the
 * C stack limit some tens of thousands of levels down. Same as json_encode(). */
#define WECHATPAY_QUERY_MAX_DEPTH 512

typedef struct _wechatpay_url {
	/* absolute URL handed to libcurl: scheme://authority/path?query (no fragment). Set
	 * CURLOPT_PATH_AS_IS: a base_uri with dot segments is used verbatim when the reference is
	 * empty, and libcurl must not squash them out of the signed target. */
	zend_string *url;
	zend_string *target;  /* request target as signed and sent: path ("/" if empty) + "?" + query when non-empty */
	zend_string *path;    /* the path alone (may be empty), for the verifier's exemption checks */
} wechatpay_url;

/*
 * Resolves `reference` (the expanded template) against `base` exactly as
 * UriResolver::resolve(new Uri($base), new Uri($reference)) does: dot
 * segments removed, characters a path/query may not hold percent-encoded
 * (existing %XX kept), scheme and host lower-cased, default ports dropped,
 * fragment dropped. When `query` is non-NULL it replaces the resolved query
 * (Uri::withQuery(), so it is filtered the same way; "" removes it).
 *
 * On success fills `out` (release with wechatpay_url_release()) and returns
 * true. Otherwise `out` holds NULLs, an \InvalidArgumentException is pending
 * and false is returned: CR, LF or NUL anywhere in base, reference or query;
 * a URI PHP's parse_url() rejects ("Unable to parse URI: ..."); a host with
 * control characters or spaces; a result that is not an absolute http(s) URL
 * with a usable host.
 */
bool wechatpay_url_build(zend_string *base, zend_string *reference, zend_string *query, wechatpay_url *out);

/* Releases the strings of a built URL and resets them to NULL. */
void wechatpay_url_release(wechatpay_url *url);

/*
 * The `query` request option (references are followed): an array gives
 * http_build_query($q, '', '&', PHP_QUERY_RFC3986), a string is returned
 * as-is (refcount raised). Anything else throws
 * \InvalidArgumentException("query must be a string or array") and returns
 * NULL; so does an array nested too deeply (see wechatpay_query_build()).
 * Guzzle ignores a null `query` option: callers skip it instead of
 * passing it here.
 */
zend_string *wechatpay_query_from_option(zval *query);

/*
 * http_build_query($data, '', '&', PHP_QUERY_RFC3986) into `out`, which must
 * be empty. With a `key_prefix` every top-level key is written as
 * key_prefix + key + "%5D" (what http_build_query([$name => $data]) does with
 * key_prefix = urlencoded $name + "%5B"). Returns false with an
 * \InvalidArgumentException pending, leaving `out` empty, when `data` nests
 * deeper than WECHATPAY_QUERY_MAX_DEPTH levels.
 */
bool wechatpay_query_build(smart_str *out, HashTable *data, const char *key_prefix, size_t key_prefix_len);

/* The `form_params` body: http_build_query($data, '', '&') (RFC 1738: spaces as '+'), with the same
 * depth guard as wechatpay_query_build(). */
bool wechatpay_form_build(smart_str *out, HashTable *data);

#endif /* WECHATPAY_URI_H */
