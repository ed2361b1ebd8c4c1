/*
 * wechatpay_uri.c - request URL and request target of one call.
 *
 * Reproduces, byte for byte, what Guzzle 7 with guzzlehttp/psr7 2.x builds
 * for Client::request($method, $uri, ['base_uri' => ..., 'query' => ...]):
 *   - Uri::__construct(): parse_url() on the string with every byte other
 *     than ":/@?&=#" urlencode()d first (except a "scheme://[v6]" head),
 *     urldecode() of each part, then the Uri filters (percent-encoding of
 *     what a part may not hold, %XX kept; lower-cased scheme and host;
 *     default port dropped);
 *   - UriResolver::resolve(), whose result is re-parsed by new Uri();
 *   - Uri::withQuery() for the `query` option and
 *     Request::getRequestTarget();
 *   - the `query` option itself: http_build_query(..., PHP_QUERY_RFC3986)
 *     through ext/standard, behind a nesting-depth guard.
 * Deliberately stricter than Guzzle: CR/LF/NUL, scheme-less or non-http(s)
 * results and unusable hosts are rejected instead of being sent.
 */

#include "wechatpay_uri.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/standard/php_http.h"
#include "ext/standard/url.h"

/* A URI as GuzzleHttp\Psr7\Uri holds it; absent parts are empty strings. */
typedef struct _wechatpay_uri_parts {
	zend_string *scheme;    /* lower-cased */
	zend_string *userinfo;  /* "user" or "user:pass", filtered */
	zend_string *host;      /* lower-cased */
	zend_long port;         /* -1 when absent or the scheme's default */
	zend_string *path;
	zend_string *query;
	zend_string *fragment;
} wechatpay_uri_parts;

/* Which Uri filter applies to a part. */
typedef enum _wechatpay_uri_component {
	WECHATPAY_URI_USERINFO,
	WECHATPAY_URI_PATH,
	WECHATPAY_URI_QUERY /* also the fragment */
} wechatpay_uri_component;

static const char wechatpay_uri_hex_digits[] = "0123456789ABCDEF";

static zend_always_inline bool wechatpay_uri_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static zend_always_inline bool wechatpay_uri_hex(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static void wechatpay_uri_parts_init(wechatpay_uri_parts *p)
{
	p->scheme = p->userinfo = p->host = ZSTR_EMPTY_ALLOC();
	p->path = p->query = p->fragment = ZSTR_EMPTY_ALLOC();
	p->port = -1;
}

static void wechatpay_uri_parts_release(wechatpay_uri_parts *p)
{
	zend_string_release(p->scheme);
	zend_string_release(p->userinfo);
	zend_string_release(p->host);
	zend_string_release(p->path);
	zend_string_release(p->query);
	zend_string_release(p->fragment);
}

static bool wechatpay_uri_has_authority(const wechatpay_uri_parts *p)
{
	return ZSTR_LEN(p->userinfo) || ZSTR_LEN(p->host) || p->port >= 0;
}

/* Unreserved and sub-delims, plus ":@/" in a path and ":@/?" in a query or fragment. */
static zend_always_inline bool wechatpay_uri_allowed(unsigned char c, wechatpay_uri_component component)
{
	if (wechatpay_uri_alnum(c)) {
		return true;
	}
	switch (c) {
		case '-': case '.': case '_': case '~':
		case '!': case '$': case '&': case '\'': case '(': case ')':
		case '*': case '+': case ',': case ';': case '=':
			return true;
		case ':': case '@': case '/':
			return component != WECHATPAY_URI_USERINFO;
		case '?':
			return component == WECHATPAY_URI_QUERY;
		default:
			return false;
	}
}

static zend_always_inline bool wechatpay_uri_keep(const unsigned char *s, size_t n, size_t i, wechatpay_uri_component component)
{
	if (s[i] == '%') {
		return i + 2 < n && wechatpay_uri_hex(s[i + 1]) && wechatpay_uri_hex(s[i + 2]);
	}
	return wechatpay_uri_allowed(s[i], component);
}

/* Uri::filterPath() / filterQueryAndFragment() / filterUserInfoComponent(). */
static zend_string *wechatpay_uri_filter(zend_string *in, wechatpay_uri_component component)
{
	const unsigned char *s = (const unsigned char *) ZSTR_VAL(in);
	size_t n = ZSTR_LEN(in), i, encode = 0;
	zend_string *out;
	char *d;

	for (i = 0; i < n; i++) {
		encode += !wechatpay_uri_keep(s, n, i, component);
	}
	if (encode == 0) {
		return zend_string_copy(in);
	}
	out = zend_string_safe_alloc(encode, 2, n, 0);
	d = ZSTR_VAL(out);
	for (i = 0; i < n; i++) {
		if (wechatpay_uri_keep(s, n, i, component)) {
			*d++ = (char) s[i];
		} else {
			*d++ = '%';
			*d++ = wechatpay_uri_hex_digits[s[i] >> 4];
			*d++ = wechatpay_uri_hex_digits[s[i] & 15];
		}
	}
	*d = '\0';
	return out;
}

/* urldecode() of a part parse_url() returned (it is ours to modify); "" when absent. */
static zend_string *wechatpay_uri_decoded(zend_string *part)
{
	if (!part) {
		return ZSTR_EMPTY_ALLOC();
	}
	ZSTR_LEN(part) = php_url_decode(ZSTR_VAL(part), ZSTR_LEN(part));
	return part;
}

/* Length of the "...://[v6]" head that Uri::parse() keeps out of its encoding
 * pass (%^(.*://\[[0-9:a-f]+\])(.*?)$%); the greedy ".*" picks the last one. */
static size_t wechatpay_uri_ipv6_head(const char *s, size_t n)
{
	size_t i, j;

	for (i = n < 4 ? 0 : n - 3; i-- > 0;) {
		if (memcmp(s + i, "://[", 4) != 0) {
			continue;
		}
		for (j = i + 4; j < n && ((s[j] >= '0' && s[j] <= '9') || (s[j] >= 'a' && s[j] <= 'f') || s[j] == ':'); j++);
		if (j > i + 4 && j < n && s[j] == ']') {
			return j + 1;
		}
	}
	return 0;
}

/* new Uri($uri) into `p`, fresh from wechatpay_uri_parts_init(). Throws on failure;
 * `p` is then still safe to release. */
static bool wechatpay_uri_parse(zend_string *uri, wechatpay_uri_parts *p)
{
	const unsigned char *s = (const unsigned char *) ZSTR_VAL(uri);
	size_t n = ZSTR_LEN(uri), head, i;
	smart_str enc = {0};
	zend_string *user, *host;
	php_url *url;
	bool has_port;

	if (n == 0) {
		return true;
	}

	head = wechatpay_uri_ipv6_head(ZSTR_VAL(uri), n);
	smart_str_alloc(&enc, zend_safe_address_guarded(n, 3, 0), 0);
	smart_str_appendl(&enc, ZSTR_VAL(uri), head);
	for (i = head; i < n; i++) {
		unsigned char c = s[i];

		if (wechatpay_uri_alnum(c) || c == '-' || c == '.' || c == '_'
				|| c == ':' || c == '/' || c == '@' || c == '?' || c == '&' || c == '=' || c == '#') {
			smart_str_appendc(&enc, (char) c);
		} else if (c == ' ') {
			smart_str_appendc(&enc, '+');
		} else {
			char esc[3] = {'%', wechatpay_uri_hex_digits[c >> 4], wechatpay_uri_hex_digits[c & 15]};

			smart_str_appendl(&enc, esc, 3);
		}
	}
	smart_str_0(&enc);
	url = php_url_parse_ex2(ZSTR_VAL(enc.s), ZSTR_LEN(enc.s), &has_port);
	smart_str_free(&enc);
	if (!url) {
		zend_throw_exception_ex(spl_ce_InvalidArgumentException, 0, "Unable to parse URI: %s", ZSTR_VAL(uri));
		return false;
	}

	/* `p` still holds the interned empty strings of wechatpay_uri_parts_init(). */
	p->scheme = zend_string_tolower(wechatpay_uri_decoded(url->scheme));
	user = wechatpay_uri_filter(wechatpay_uri_decoded(url->user), WECHATPAY_URI_USERINFO);
	if (url->pass) {
		zend_string *pass = wechatpay_uri_filter(wechatpay_uri_decoded(url->pass), WECHATPAY_URI_USERINFO);

		p->userinfo = zend_string_concat3(ZSTR_VAL(user), ZSTR_LEN(user), ":", 1, ZSTR_VAL(pass), ZSTR_LEN(pass));
		zend_string_release(pass);
		zend_string_release(user);
	} else {
		p->userinfo = user;
	}
	p->host = host = zend_string_tolower(wechatpay_uri_decoded(url->host));
	p->port = has_port ? (zend_long) url->port : -1;
	if ((p->port == 80 && zend_string_equals_literal(p->scheme, "http"))
			|| (p->port == 443 && zend_string_equals_literal(p->scheme, "https"))) {
		p->port = -1;
	}
	p->path = wechatpay_uri_filter(wechatpay_uri_decoded(url->path), WECHATPAY_URI_PATH);
	p->query = wechatpay_uri_filter(wechatpay_uri_decoded(url->query), WECHATPAY_URI_QUERY);
	p->fragment = wechatpay_uri_filter(wechatpay_uri_decoded(url->fragment), WECHATPAY_URI_QUERY);
	php_url_free(url);

	/* Uri::assertValidHost() */
	for (i = 0; i < ZSTR_LEN(host); i++) {
		unsigned char c = (unsigned char) ZSTR_VAL(host)[i];

		if (c <= 0x20 || c == 0x7f) {
			zend_throw_exception_ex(spl_ce_InvalidArgumentException, 0, "Invalid host: \"%s\"", ZSTR_VAL(host));
			return false;
		}
	}
	return true;
}

static void wechatpay_uri_append_authority(smart_str *out, const wechatpay_uri_parts *p)
{
	if (ZSTR_LEN(p->userinfo)) {
		smart_str_append(out, p->userinfo);
		smart_str_appendc(out, '@');
	}
	smart_str_append(out, p->host);
	if (p->port >= 0) {
		smart_str_appendc(out, ':');
		smart_str_append_long(out, p->port);
	}
}

/* Uri::composeComponents(); `authority` and `fragment` may be NULL. */
static void wechatpay_uri_compose(smart_str *out, zend_string *scheme, const wechatpay_uri_parts *authority,
	zend_string *path, zend_string *query, zend_string *fragment)
{
	if (ZSTR_LEN(scheme)) {
		smart_str_append(out, scheme);
		smart_str_appendc(out, ':');
	}
	if (authority && wechatpay_uri_has_authority(authority)) {
		smart_str_appendl(out, "//", 2);
		wechatpay_uri_append_authority(out, authority);
		if (ZSTR_LEN(path) && ZSTR_VAL(path)[0] != '/') {
			smart_str_appendc(out, '/');
		}
	}
	smart_str_append(out, path);
	if (ZSTR_LEN(query)) {
		smart_str_appendc(out, '?');
		smart_str_append(out, query);
	}
	if (fragment && ZSTR_LEN(fragment)) {
		smart_str_appendc(out, '#');
		smart_str_append(out, fragment);
	}
}

/* UriResolver::removeDotSegments() */
static zend_string *wechatpay_uri_remove_dots(const char *path, size_t n)
{
	smart_str out = {0};
	const char *seg = path, *end = path + n, *slash;
	size_t *starts, count = 0, slashes = 0, len, i;
	bool last_dots;

	if (n == 0 || (n == 1 && path[0] == '/')) {
		return zend_string_init(path, n, 0);
	}
	for (i = 0; i < n; i++) {
		slashes += path[i] == '/';
	}
	/* starts[k]: offset in `out` of the k-th kept segment; segments are joined by '/'. */
	starts = safe_emalloc(slashes + 1, sizeof(size_t), 0);
	for (;;) {
		slash = memchr(seg, '/', (size_t) (end - seg));
		len = (size_t) ((slash ? slash : end) - seg);
		if (len == 2 && seg[0] == '.' && seg[1] == '.') {
			if (count > 0 && out.s) {
				count--;
				ZSTR_LEN(out.s) = count > 0 ? starts[count] - 1 : 0;
			}
		} else if (len != 1 || seg[0] != '.') {
			if (count > 0) {
				smart_str_appendc(&out, '/');
			}
			starts[count++] = out.s ? ZSTR_LEN(out.s) : 0;
			smart_str_appendl(&out, seg, len);
		}
		if (!slash) {
			last_dots = (len == 1 && seg[0] == '.') || (len == 2 && seg[0] == '.' && seg[1] == '.');
			break;
		}
		seg = slash + 1;
	}
	efree(starts);

	len = out.s ? ZSTR_LEN(out.s) : 0;
	if (path[0] == '/' && (len == 0 || ZSTR_VAL(out.s)[0] != '/')) {
		/* re-add the leading slash lost to "/.." */
		smart_str_alloc(&out, 1, 0);
		memmove(ZSTR_VAL(out.s) + 1, ZSTR_VAL(out.s), len);
		ZSTR_VAL(out.s)[0] = '/';
		ZSTR_LEN(out.s) = len + 1;
	} else if (len > 0 && last_dots) {
		smart_str_appendc(&out, '/');
	}
	return smart_str_extract(&out);
}

/* UriResolver::resolve(); moves from `base` and `rel` into `out`, which is fresh
 * from wechatpay_uri_parts_init() (all three must still be released). */
static bool wechatpay_uri_resolve(wechatpay_uri_parts *base, wechatpay_uri_parts *rel, wechatpay_uri_parts *out)
{
	const wechatpay_uri_parts *authority;
	smart_str composed = {0};
	zend_string *path, *query, *uri;
	bool ok;

	if (!ZSTR_LEN(rel->scheme) && !wechatpay_uri_has_authority(rel) && !ZSTR_LEN(rel->path)
			&& !ZSTR_LEN(rel->query) && !ZSTR_LEN(rel->fragment)) {
		/* (string) $rel === '': the base itself */
		*out = *base;
		wechatpay_uri_parts_init(base);
		return true;
	}
	if (ZSTR_LEN(rel->scheme)) {
		*out = *rel;
		wechatpay_uri_parts_init(rel);
		path = wechatpay_uri_remove_dots(ZSTR_VAL(out->path), ZSTR_LEN(out->path));
		zend_string_release(out->path);
		out->path = path;
		return true;
	}

	if (wechatpay_uri_has_authority(rel)) {
		authority = rel;
		path = wechatpay_uri_remove_dots(ZSTR_VAL(rel->path), ZSTR_LEN(rel->path));
		query = rel->query;
	} else {
		authority = base;
		if (!ZSTR_LEN(rel->path)) {
			path = zend_string_copy(base->path);
			query = ZSTR_LEN(rel->query) ? rel->query : base->query;
		} else {
			if (ZSTR_VAL(rel->path)[0] == '/') {
				path = wechatpay_uri_remove_dots(ZSTR_VAL(rel->path), ZSTR_LEN(rel->path));
			} else {
				smart_str merged = {0};
				const char *last = zend_memrchr(ZSTR_VAL(base->path), '/', ZSTR_LEN(base->path));

				if (wechatpay_uri_has_authority(base) && !ZSTR_LEN(base->path)) {
					smart_str_appendc(&merged, '/');
				} else if (last) {
					smart_str_appendl(&merged, ZSTR_VAL(base->path), (size_t) (last - ZSTR_VAL(base->path)) + 1);
				}
				smart_str_append(&merged, rel->path);
				path = wechatpay_uri_remove_dots(ZSTR_VAL(merged.s), ZSTR_LEN(merged.s));
				smart_str_free(&merged);
			}
			query = rel->query;
		}
	}

	/* new Uri(Uri::composeComponents(...)) */
	wechatpay_uri_compose(&composed, base->scheme, authority, path, query, rel->fragment);
	zend_string_release(path);
	uri = smart_str_extract(&composed);
	ok = wechatpay_uri_parse(uri, out);
	zend_string_release(uri);
	return ok;
}

/* Only a plain host name or a bracketed IPv6 literal can be handed to libcurl. */
static bool wechatpay_uri_host_usable(zend_string *host)
{
	const unsigned char *h = (const unsigned char *) ZSTR_VAL(host);
	size_t n = ZSTR_LEN(host), i;

	if (n > 2 && h[0] == '[' && h[n - 1] == ']') {
		for (i = 1; i < n - 1; i++) {
			if (!wechatpay_uri_hex(h[i]) && h[i] != ':' && h[i] != '.') {
				return false;
			}
		}
		return true;
	}
	for (i = 0; i < n; i++) {
		if (!wechatpay_uri_alnum(h[i]) && h[i] != '-' && h[i] != '.' && h[i] != '_' && h[i] != '~' && h[i] < 0x80) {
			return false;
		}
	}
	return n > 0;
}

static bool wechatpay_uri_usable(const wechatpay_uri_parts *t)
{
	smart_str shown = {0};

	if ((zend_string_equals_literal(t->scheme, "https") || zend_string_equals_literal(t->scheme, "http"))
			&& wechatpay_uri_host_usable(t->host)) {
		return true;
	}
	wechatpay_uri_compose(&shown, t->scheme, t, t->path, t->query, NULL);
	smart_str_0(&shown);
	zend_throw_exception_ex(spl_ce_InvalidArgumentException, 0,
		"The request URI \"%s\" is not an absolute http or https URL with a valid host",
		shown.s ? ZSTR_VAL(shown.s) : "");
	smart_str_free(&shown);
	return false;
}

static bool wechatpay_uri_clean(zend_string *s)
{
	const char *p = ZSTR_VAL(s), *end = p + ZSTR_LEN(s);

	for (; p < end; p++) {
		if (*p == '\r' || *p == '\n' || *p == '\0') {
			return false;
		}
	}
	return true;
}

bool wechatpay_url_build(zend_string *base, zend_string *reference, zend_string *query, wechatpay_url *out)
{
	wechatpay_uri_parts b, r, t;
	smart_str target = {0}, url = {0};
	bool ok;

	out->url = out->target = out->path = NULL;
	if (!wechatpay_uri_clean(base) || !wechatpay_uri_clean(reference) || (query && !wechatpay_uri_clean(query))) {
		zend_throw_exception(spl_ce_InvalidArgumentException,
			"The request URI and query must not contain CR, LF or NUL bytes", 0);
		return false;
	}

	wechatpay_uri_parts_init(&b);
	wechatpay_uri_parts_init(&r);
	wechatpay_uri_parts_init(&t);
	/* Guzzle parses the reference first, then base_uri. */
	ok = wechatpay_uri_parse(reference, &r) && wechatpay_uri_parse(base, &b) && wechatpay_uri_resolve(&b, &r, &t);
	if (ok && query) {
		zend_string *filtered = wechatpay_uri_filter(query, WECHATPAY_URI_QUERY);

		zend_string_release(t.query);
		t.query = filtered;
	}
	ok = ok && wechatpay_uri_usable(&t);

	if (ok) {
		wechatpay_uri_compose(&url, t.scheme, &t, t.path, t.query, NULL);
		out->url = smart_str_extract(&url);

		if (ZSTR_LEN(t.path)) {
			smart_str_append(&target, t.path);
		} else {
			smart_str_appendc(&target, '/');
		}
		if (ZSTR_LEN(t.query)) {
			smart_str_appendc(&target, '?');
			smart_str_append(&target, t.query);
		}
		out->target = smart_str_extract(&target);
		out->path = zend_string_copy(t.path);
	}
	wechatpay_uri_parts_release(&b);
	wechatpay_uri_parts_release(&r);
	wechatpay_uri_parts_release(&t);
	return ok;
}

void wechatpay_url_release(wechatpay_url *url)
{
	if (url->url) {
		zend_string_release(url->url);
		url->url = NULL;
	}
	if (url->target) {
		zend_string_release(url->target);
		url->target = NULL;
	}
	if (url->path) {
		zend_string_release(url->path);
		url->path = NULL;
	}
}

/* Whether http_build_query() would descend more than `levels` levels below
 * `ht`. Mirrors its cycle guard: a table being walked is not entered again. */
static bool wechatpay_query_too_deep(HashTable *ht, uint32_t levels)
{
	zval *item;
	bool deep = false;

	ZEND_HASH_FOREACH_VAL_IND(ht, item) {
		HashTable *child;

		ZVAL_DEREF(item);
		child = Z_TYPE_P(item) == IS_ARRAY || Z_TYPE_P(item) == IS_OBJECT ? HASH_OF(item) : NULL;
		if (!child || GC_IS_RECURSIVE(child)) {
			continue;
		}
		if (levels == 0) {
			return true;
		}
		GC_TRY_PROTECT_RECURSION(ht);
		deep = wechatpay_query_too_deep(child, levels - 1);
		GC_TRY_UNPROTECT_RECURSION(ht);
		if (deep) {
			break;
		}
	} ZEND_HASH_FOREACH_END();
	return deep;
}

bool wechatpay_query_build(smart_str *out, HashTable *data, const char *key_prefix, size_t key_prefix_len)
{
	if (wechatpay_query_too_deep(data, WECHATPAY_QUERY_MAX_DEPTH)) {
		zend_throw_exception_ex(spl_ce_InvalidArgumentException, 0,
			"Query data is nested more than %d levels deep", WECHATPAY_QUERY_MAX_DEPTH);
		return false;
	}
	php_url_encode_hash_ex(data, out, NULL, 0, key_prefix, key_prefix_len,
		key_prefix ? "%5D" : NULL, key_prefix ? 3 : 0, NULL, "&", PHP_QUERY_RFC3986);
	return true;
}

bool wechatpay_form_build(smart_str *out, HashTable *data)
{
	if (wechatpay_query_too_deep(data, WECHATPAY_QUERY_MAX_DEPTH)) {
		zend_throw_exception_ex(spl_ce_InvalidArgumentException, 0,
			"Query data is nested more than %d levels deep", WECHATPAY_QUERY_MAX_DEPTH);
		return false;
	}
	php_url_encode_hash_ex(data, out, NULL, 0, NULL, 0, NULL, 0, NULL, "&", PHP_QUERY_RFC1738);
	return true;
}

zend_string *wechatpay_query_from_option(zval *query)
{
	smart_str built = {0};

	ZVAL_DEREF(query);
	switch (Z_TYPE_P(query)) {
		case IS_STRING:
			return zend_string_copy(Z_STR_P(query));
		case IS_ARRAY:
			if (!wechatpay_query_build(&built, Z_ARRVAL_P(query), NULL, 0)) {
				return NULL;
			}
			return smart_str_extract(&built);
		default:
			zend_throw_exception(spl_ce_InvalidArgumentException, "query must be a string or array", 0);
			return NULL;
	}
}
