/*
 * wechatpay_template.c - URI-template expansion of chain paths.
 *
 * Owns the RFC 6570 expansion the SDK applies to a path before resolving it
 * against base_uri, byte-compatible with guzzlehttp/uri-template 1.0.x:
 * an expression is '{' + at least one byte other than '}' + '}', values are
 * cast as PHP casts them to string and percent-encoded like rawurlencode(),
 * undefined and null variables expand to nothing; values may not add "." or
 * ".." path segments (the SDK resolves them away) nor hold CR, LF or NUL (the
 * SDK percent-encodes them). The template is read in a
 * single pass and the result is written straight into one smart_str.
 */

#include "wechatpay_template.h"
#include "wechatpay_uri.h"
#include "zend_smart_str.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"

static const char wechatpay_tpl_hex[] = "0123456789ABCDEF";

/* Characters rawurlencode() leaves alone. */
static zend_always_inline bool wechatpay_tpl_unreserved(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
		|| c == '-' || c == '.' || c == '_' || c == '~';
}

/* The 18 RFC 3986 reserved characters that {+var} and {#var} leave unencoded. */
static zend_always_inline bool wechatpay_tpl_reserved(unsigned char c)
{
	switch (c) {
		case ':': case '/': case '?': case '#': case '[': case ']': case '@':
		case '!': case '$': case '&': case '\'': case '(': case ')':
		case '*': case '+': case ',': case ';': case '=':
			return true;
		default:
			return false;
	}
}

/* What PHP's trim() strips by default. */
static zend_always_inline bool wechatpay_tpl_trimmed(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\v';
}

static zend_always_inline size_t wechatpay_tpl_len(const smart_str *s)
{
	return s->s ? ZSTR_LEN(s->s) : 0;
}

static zend_always_inline void wechatpay_tpl_truncate(smart_str *s, size_t len)
{
	if (s->s) {
		ZSTR_LEN(s->s) = len;
	}
}

/* rawurlencode(), keeping the reserved set when `reserved` is set; '%' is always encoded. */
static void wechatpay_tpl_encode(smart_str *out, const char *src, size_t n, bool reserved)
{
	const unsigned char *s = (const unsigned char *) src;
	char *d;
	size_t i;

	if (n == 0) {
		return;
	}
	smart_str_alloc(out, zend_safe_address_guarded(n, 3, 0), 0);
	d = ZSTR_VAL(out->s) + ZSTR_LEN(out->s);
	for (i = 0; i < n; i++) {
		unsigned char c = s[i];

		if (wechatpay_tpl_unreserved(c) || (reserved && wechatpay_tpl_reserved(c))) {
			*d++ = (char) c;
		} else {
			*d++ = '%';
			*d++ = wechatpay_tpl_hex[c >> 4];
			*d++ = wechatpay_tpl_hex[c & 15];
		}
	}
	ZSTR_LEN(out->s) = (size_t) (d - ZSTR_VAL(out->s));
}

/* (string) $value; NULL when the cast threw. */
static zend_string *wechatpay_tpl_string(zval *value)
{
	zval copy;
	zend_string *str;

	if (Z_TYPE_P(value) == IS_STRING) {
		return zend_string_copy(Z_STR_P(value));
	}
	/* __toString() or an error handler may drop the last other reference to the value. */
	ZVAL_COPY(&copy, value);
	str = zval_try_get_string(&copy);
	zval_ptr_dtor(&copy);
	return str;
}

/* Appends rawurlencode((string) $value); false when the cast threw. */
static bool wechatpay_tpl_append_value(smart_str *out, zval *value, bool reserved)
{
	zend_string *str;

	if (Z_TYPE_P(value) == IS_LONG) {
		smart_str_append_long(out, Z_LVAL_P(value));
		return true;
	}
	str = wechatpay_tpl_string(value);
	if (!str) {
		return false;
	}
	wechatpay_tpl_encode(out, ZSTR_VAL(str), ZSTR_LEN(str), reserved);
	zend_string_release(str);
	return true;
}

/* Appends rawurlencode((string) $key) for an array key. */
static void wechatpay_tpl_append_key(smart_str *out, zend_string *key, zend_ulong idx)
{
	if (key) {
		wechatpay_tpl_encode(out, ZSTR_VAL(key), ZSTR_LEN(key), false);
	} else {
		smart_str_append_long(out, (zend_long) idx);
	}
}

/* Appends $value[0..$length) with PHP's substr() length rules. */
static bool wechatpay_tpl_append_prefix(smart_str *out, zval *value, const char *len_str, size_t len_len, bool reserved)
{
	zend_string *str;
	zval len_zv;
	zend_long length;
	size_t n;

	ZVAL_STRINGL(&len_zv, len_str, len_len);
	length = zval_get_long(&len_zv);
	zval_ptr_dtor_str(&len_zv);

	str = wechatpay_tpl_string(value);
	if (!str) {
		return false;
	}
	n = ZSTR_LEN(str);
	if (length >= 0) {
		if ((zend_ulong) length < n) {
			n = (size_t) length;
		}
	} else {
		zend_ulong cut = (zend_ulong) -(length + 1) + 1;

		n = cut > n ? 0 : n - (size_t) cut;
	}
	wechatpay_tpl_encode(out, ZSTR_VAL(str), n, reserved);
	zend_string_release(str);
	return true;
}

/* An array is associative when its first key is not the integer 0. */
static bool wechatpay_tpl_is_assoc(HashTable *arr)
{
	zend_string *key;
	zend_ulong idx;

	ZEND_HASH_FOREACH_KEY(arr, idx, key) {
		return key != NULL || idx != 0;
	} ZEND_HASH_FOREACH_END();
	return false;
}

/* PHP's `$key > 0` for a key of a list that is exploded into a query. */
static bool wechatpay_tpl_key_positive(zend_string *key, zend_ulong idx)
{
	zval k, zero;

	if (!key) {
		return (zend_long) idx > 0;
	}
	ZVAL_STR(&k, key);
	ZVAL_LONG(&zero, 0);
	return zend_compare(&k, &zero) > 0;
}

/* {var*} with a nested array under an associative key:
 * http_build_query([rawurlencode($key) => $value], '', '&', PHP_QUERY_RFC3986). */
static bool wechatpay_tpl_append_nested(smart_str *out, HashTable *value, zend_string *key, zend_ulong idx)
{
	smart_str once = {0}, prefix = {0}, query = {0};
	bool ok;

	wechatpay_tpl_append_key(&once, key, idx);
	if (once.s) {
		wechatpay_tpl_encode(&prefix, ZSTR_VAL(once.s), ZSTR_LEN(once.s), false);
	}
	smart_str_appendl(&prefix, "%5B", 3);
	ok = wechatpay_query_build(&query, value, ZSTR_VAL(prefix.s), ZSTR_LEN(prefix.s));
	if (query.s) {
		smart_str_append(out, query.s);
	}
	smart_str_free(&once);
	smart_str_free(&prefix);
	smart_str_free(&query);
	return ok;
}

/* Expands an array value: comma list ("k,v" pairs when associative) or, with
 * explode, items joined by the operator's joiner ("k=v" when associative). */
static bool wechatpay_tpl_append_array(smart_str *out, HashTable *arr, bool assoc, bool explode,
	bool reserved, bool named, char joiner, const char *name, size_t name_len)
{
	zend_string *key;
	zend_ulong idx;
	zval *item;
	bool first = true, ok = true;
	uint32_t warnings = 0;

	/* User code (__toString, error handlers) must not modify the array under the iterator. */
	GC_TRY_ADDREF(arr);
	ZEND_HASH_FOREACH_KEY_VAL(arr, idx, key, item) {
		ZVAL_DEREF(item);
		if (!first) {
			smart_str_appendc(out, explode ? joiner : ',');
		}
		first = false;
		if (!assoc) {
			if (explode && named && wechatpay_tpl_key_positive(key, idx)) {
				smart_str_appendl(out, name, name_len);
				smart_str_appendc(out, '=');
			}
			ok = wechatpay_tpl_append_value(out, item, reserved);
		} else if (Z_TYPE_P(item) != IS_ARRAY) {
			wechatpay_tpl_append_key(out, key, idx);
			smart_str_appendc(out, explode ? '=' : ',');
			ok = wechatpay_tpl_append_value(out, item, reserved);
		} else if (explode) {
			ok = wechatpay_tpl_append_nested(out, Z_ARRVAL_P(item), key, idx);
		} else {
			/* The SDK formats these with sprintf() after the loop: warn afterwards too. */
			wechatpay_tpl_append_key(out, key, idx);
			smart_str_appendl(out, ",Array", sizeof(",Array") - 1);
			warnings++;
		}
		if (!ok) {
			break;
		}
	} ZEND_HASH_FOREACH_END();
	zend_array_release(arr);

	for (; ok && warnings > 0; warnings--) {
		zend_error(E_WARNING, "Array to string conversion");
		ok = !EG(exception);
	}
	return ok;
}

/* Expands one expression (the bytes between the braces, never empty). */
static bool wechatpay_tpl_expression(smart_str *out, const char *expr, size_t len, HashTable *vars)
{
	const char *end = expr + len, *item = expr;
	char op = *expr, prefix = 0, joiner = ',';
	bool named = false, reserved = false, all_undefined = true, first = true;
	size_t start, body;

	switch (op) {
		case '+': reserved = true; break;
		case '#': reserved = true; prefix = '#'; break;
		case '.': prefix = joiner = '.'; break;
		case '/': prefix = joiner = '/'; break;
		case ';': prefix = joiner = ';'; named = true; break;
		case '?': prefix = '?'; joiner = '&'; named = true; break;
		case '&': prefix = joiner = '&'; named = true; break;
		default: op = 0; break;
	}
	if (op) {
		item++;
	}

	start = wechatpay_tpl_len(out);
	if (prefix) {
		smart_str_appendc(out, prefix);
	}
	body = wechatpay_tpl_len(out);

	for (;;) {
		const char *comma = memchr(item, ',', (size_t) (end - item));
		const char *name = item, *name_end = comma ? comma : end, *colon;
		const char *len_str = NULL;
		size_t name_len, len_len = 0;
		bool explode = false;
		zval *value;

		while (name < name_end && wechatpay_tpl_trimmed(*name)) {
			name++;
		}
		while (name_end > name && wechatpay_tpl_trimmed(name_end[-1])) {
			name_end--;
		}
		name_len = (size_t) (name_end - name);

		/* "name:len" needs a non-empty name; otherwise a trailing '*' explodes. */
		colon = memchr(name, ':', name_len);
		if (colon && colon != name) {
			len_str = colon + 1;
			len_len = (size_t) (name_end - len_str);
			name_len = (size_t) (colon - name);
		} else if (name_len > 0 && name[name_len - 1] == '*') {
			explode = true;
			name_len--;
		}

		value = zend_symtable_str_find(vars, name, name_len);
		if (value) {
			ZVAL_DEREF(value);
		}
		if (value && Z_TYPE_P(value) != IS_NULL) {
			bool use_name = named, ok;
			bool assoc = false;
			size_t value_start;

			if (!first) {
				smart_str_appendc(out, joiner);
			}
			first = false;

			if (Z_TYPE_P(value) == IS_ARRAY) {
				if (zend_hash_num_elements(Z_ARRVAL_P(value)) == 0) {
					use_name = false;
				} else {
					assoc = wechatpay_tpl_is_assoc(Z_ARRVAL_P(value));
					if (explode && assoc) {
						use_name = false;
					}
				}
			} else {
				all_undefined = false;
			}

			if (use_name) {
				smart_str_appendl(out, name, name_len);
				smart_str_appendc(out, '=');
			}
			value_start = wechatpay_tpl_len(out);

			if (Z_TYPE_P(value) == IS_ARRAY) {
				ok = wechatpay_tpl_append_array(out, Z_ARRVAL_P(value), assoc, explode, reserved,
					named, joiner, name, name_len);
			} else if (len_str) {
				ok = wechatpay_tpl_append_prefix(out, value, len_str, len_len, reserved);
			} else {
				ok = wechatpay_tpl_append_value(out, value, reserved);
			}
			if (!ok) {
				return false;
			}
			/* {;var} with an empty value is ";var", not ";var=". */
			if (use_name && op == ';' && wechatpay_tpl_len(out) == value_start) {
				wechatpay_tpl_truncate(out, value_start - 1);
			}
		}
		if (!comma) {
			break;
		}
		item = comma + 1;
	}

	if (wechatpay_tpl_len(out) == body) {
		wechatpay_tpl_truncate(out, start);
		if (!all_undefined && (op == '#' || op == '.')) {
			smart_str_appendc(out, op);
		}
	}
	return true;
}

/* The "." and ".." segments of a path (up to its first '?' or '#'); in a template, an expression
 * counts as ordinary segment bytes. */
static size_t wechatpay_tpl_dot_segments(const char *s, size_t n, bool template)
{
	size_t count = 0, dots = 0;
	bool only_dots = true;

	for (size_t i = 0; i <= n; i++) {
		char c = i < n ? s[i] : '/';

		if (i < n && (c == '?' || c == '#')) {
			c = '/';
			n = i;
		}
		if (c == '/') {
			count += only_dots && (dots == 1 || dots == 2);
			dots = 0;
			only_dots = true;
		} else if (c == '.') {
			dots++;
		} else {
			only_dots = false;
			if (template && c == '{') {
				const char *close = memchr(s + i, '}', n - i);
				if (close) {
					i = (size_t) (close - s);
				}
			}
		}
	}
	return count;
}

/* The percent-escapes of CR, LF and NUL (%0D, %0A, %00, either case) in s. A value's '%' is always
 * encoded as %25, so escapes the expansion has beyond the template's come from such bytes in values. */
static size_t wechatpay_tpl_control_escapes(const char *s, size_t n)
{
	size_t count = 0;
	for (size_t i = 0; i + 2 < n; i++) {
		if (s[i] == '%' && s[i + 1] == '0' && (s[i + 2] == '0' || s[i + 2] == 'a' || s[i + 2] == 'A'
				|| s[i + 2] == 'd' || s[i + 2] == 'D')) {
			count++;
		}
	}
	return count;
}

zend_string *wechatpay_template_expand(zend_string *template, HashTable *variables)
{
	const char *lit = ZSTR_VAL(template), *end = lit + ZSTR_LEN(template);
	const char *open = memchr(lit, '{', ZSTR_LEN(template)), *close;
	smart_str out = {0};
	bool ok = true;

	if (!open) {
		return zend_string_copy(template);
	}

	/* User code run by a cast must not modify the variables under our lookups. */
	GC_TRY_ADDREF(variables);
	while (open && (close = memchr(open + 1, '}', (size_t) (end - open - 1))) != NULL) {
		if (close == open + 1) {
			/* "{}" is no expression; the '}' cannot start one either. */
			open = memchr(close + 1, '{', (size_t) (end - close - 1));
			continue;
		}
		smart_str_appendl(&out, lit, (size_t) (open - lit));
		ok = wechatpay_tpl_expression(&out, open + 1, (size_t) (close - open - 1), variables);
		if (!ok) {
			break;
		}
		lit = close + 1;
		open = memchr(lit, '{', (size_t) (end - lit));
	}
	zend_array_release(variables);

	if (!ok) {
		smart_str_free(&out);
		return NULL;
	}
	smart_str_appendl(&out, lit, (size_t) (end - lit));
	zend_string *expanded = smart_str_extract(&out);
	/* CR, LF or NUL in a value: a merchant's data gone wrong, refused before anything is sent */
	if (wechatpay_tpl_control_escapes(ZSTR_VAL(expanded), ZSTR_LEN(expanded))
			> wechatpay_tpl_control_escapes(ZSTR_VAL(template), ZSTR_LEN(template))) {
		zend_string_release(expanded);
		zend_throw_exception(spl_ce_InvalidArgumentException,
				"A URI template value must not contain CR, LF or NUL characters", 0);
		return NULL;
	}
	/* dot-segment resolution would drop a value's "." or ".." and the segment before it: another endpoint */
	if (wechatpay_tpl_dot_segments(ZSTR_VAL(expanded), ZSTR_LEN(expanded), false)
			> wechatpay_tpl_dot_segments(ZSTR_VAL(template), ZSTR_LEN(template), true)) {
		zend_string_release(expanded);
		zend_throw_exception(spl_ce_InvalidArgumentException,
				"A URI template value must not add a \".\" or \"..\" segment to the request path", 0);
		return NULL;
	}
	return expanded;
}
