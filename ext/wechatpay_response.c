/*
 * wechatpay_response.c: WeChatPay\Http\Response and WeChatPay\Http\Stream, the native response
 * and its string-backed body. They reproduce guzzlehttp/psr7 2.4's Response (immutable with*()
 * clones, case-insensitive header access, default reason phrases) and a Stream over php://temp
 * as Utils::streamFor() makes it (seekable, readable, writable, with its seek/eof/tell quirks).
 * Construction is cheap: the body string is shared, and the stream object is created on demand.
 * The extension builds responses with wechatpay_response_new() (trusted input, no validation);
 * PHP code uses Response::__construct(), Guzzle's constructor, which validates like Guzzle and
 * shares the with*() methods' checks. Streams are only made by the extension.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/standard/php_string.h"
#include "wechatpay_response.h"
#include "wechatpay_response_arginfo.h"

zend_class_entry *wechatpay_ce_Response, *wechatpay_ce_Stream;
static zend_object_handlers wechatpay_response_object_handlers, wechatpay_stream_object_handlers;

typedef struct _wechatpay_response {
	zend_long status;
	zend_string *reason;
	zend_string *protocol;
	zend_array *headers;    /* name => list of values; shared with clones until one changes it */
	zend_string *body;      /* body content until the stream is created; NULL when empty */
	zend_object *stream;    /* the body stream, once getBody() created it or withBody() set it */
	bool headers_merged;    /* names differing only in case have been merged, as Guzzle's setHeaders() does */
	zend_object std;
} wechatpay_response;

typedef struct _wechatpay_stream {
	zend_string *content;   /* NULL once detached or closed */
	size_t offset;          /* where the next read or write happens */
	zend_long position;     /* what tell() reports: -1 after a failed seek, as with php://temp */
	bool eof;               /* set by a read that reached the end, cleared by a successful seek */
	zend_object std;
} wechatpay_stream;

static zend_always_inline wechatpay_response *response_from(zend_object *obj)
{
	return (wechatpay_response *)((char *)obj - XtOffsetOf(wechatpay_response, std));
}
#define Z_RESPONSE_P(zv) response_from(Z_OBJ_P(zv))

static zend_always_inline wechatpay_stream *stream_from(zend_object *obj)
{
	return (wechatpay_stream *)((char *)obj - XtOffsetOf(wechatpay_stream, std));
}
#define Z_STREAM_P(zv) stream_from(Z_OBJ_P(zv))

/* {{{ reason phrases (Guzzle's Response::PHRASES) */
#define PHRASE_FIRST 100
#define PHRASE_LAST  599
static const struct {
	uint16_t code;
	const char *phrase;
} wechatpay_phrase_table[] = {
	{100, "Continue"}, {101, "Switching Protocols"}, {102, "Processing"},
	{200, "OK"}, {201, "Created"}, {202, "Accepted"}, {203, "Non-Authoritative Information"},
	{204, "No Content"}, {205, "Reset Content"}, {206, "Partial Content"}, {207, "Multi-status"},
	{208, "Already Reported"},
	{300, "Multiple Choices"}, {301, "Moved Permanently"}, {302, "Found"}, {303, "See Other"},
	{304, "Not Modified"}, {305, "Use Proxy"}, {306, "Switch Proxy"}, {307, "Temporary Redirect"},
	{308, "Permanent Redirect"},
	{400, "Bad Request"}, {401, "Unauthorized"}, {402, "Payment Required"}, {403, "Forbidden"},
	{404, "Not Found"}, {405, "Method Not Allowed"}, {406, "Not Acceptable"},
	{407, "Proxy Authentication Required"}, {408, "Request Time-out"}, {409, "Conflict"},
	{410, "Gone"}, {411, "Length Required"}, {412, "Precondition Failed"},
	{413, "Request Entity Too Large"}, {414, "Request-URI Too Large"}, {415, "Unsupported Media Type"},
	{416, "Requested range not satisfiable"}, {417, "Expectation Failed"}, {418, "I'm a teapot"},
	{422, "Unprocessable Entity"}, {423, "Locked"}, {424, "Failed Dependency"},
	{425, "Unordered Collection"}, {426, "Upgrade Required"}, {428, "Precondition Required"},
	{429, "Too Many Requests"}, {431, "Request Header Fields Too Large"},
	{451, "Unavailable For Legal Reasons"},
	{500, "Internal Server Error"}, {501, "Not Implemented"}, {502, "Bad Gateway"},
	{503, "Service Unavailable"}, {504, "Gateway Time-out"}, {505, "HTTP Version not supported"},
	{506, "Variant Also Negotiates"}, {507, "Insufficient Storage"}, {508, "Loop Detected"},
	{510, "Not Extended"}, {511, "Network Authentication Required"},
};
/* Interned in MINIT, indexed by code - PHRASE_FIRST; NULL when Guzzle has no phrase. */
static zend_string *wechatpay_phrases[PHRASE_LAST - PHRASE_FIRST + 1];
static zend_string *wechatpay_header_glue;

static zend_string *default_phrase(zend_long status)
{
	if (status < PHRASE_FIRST || status > PHRASE_LAST) {
		return NULL;
	}
	return wechatpay_phrases[status - PHRASE_FIRST];
}

/* The reason a new response gets: the given one, or for NULL or "" the default phrase ("" when
 * there is none), as Guzzle's constructor does. A new reference. */
static zend_always_inline zend_string *response_reason(zend_long status, zend_string *reason)
{
	if (reason && ZSTR_LEN(reason)) {
		return zend_string_copy(reason);
	}
	zend_string *phrase = default_phrase(status);
	return phrase ? phrase : ZSTR_EMPTY_ALLOC();
}
/* }}} */

/* {{{ stream */
static wechatpay_stream *stream_alloc(void)
{
	wechatpay_stream *s = zend_object_alloc(sizeof(wechatpay_stream), wechatpay_ce_Stream);
	zend_object_std_init(&s->std, wechatpay_ce_Stream);
	object_properties_init(&s->std, wechatpay_ce_Stream);
	s->std.handlers = &wechatpay_stream_object_handlers;
	return s;
}

static zend_object *stream_create(zend_class_entry *ce)
{
	return &stream_alloc()->std;
}

static void stream_free(zend_object *object)
{
	wechatpay_stream *s = stream_from(object);
	if (s->content) {
		zend_string_release(s->content);
	}
	zend_object_std_dtor(object);
}

zend_object *wechatpay_stream_new(zend_string *content)
{
	wechatpay_stream *s = stream_alloc();
	s->content = content ? zend_string_copy(content) : ZSTR_EMPTY_ALLOC();
	return &s->std;
}

static bool stream_attached(wechatpay_stream *s)
{
	if (!s->content) {
		zend_throw_exception(spl_ce_RuntimeException, "Stream is detached", 0);
		return false;
	}
	return true;
}

/* fread() on php://temp: a read asking for more than is left also hits the end and sets eof. */
static zend_string *stream_take(wechatpay_stream *s, size_t length)
{
	size_t available = ZSTR_LEN(s->content) - s->offset;
	size_t count = MIN(length, available);
	if (length > available) {
		s->eof = true;
	}
	zend_string *out;
	if (count == 0) {
		out = ZSTR_EMPTY_ALLOC();
	} else if (count == ZSTR_LEN(s->content)) {
		out = zend_string_copy(s->content);
	} else {
		out = zend_string_init(ZSTR_VAL(s->content) + s->offset, count, 0);
	}
	s->offset += count;
	s->position += (zend_long)count;
	return out;
}

/* fseek() on php://temp. A failed seek moves the offset to one end and leaves tell() unknown (-1);
 * an unknown whence fails without moving. SEEK_CUR is made absolute from tell(), saturating on
 * overflow, which PHP's overflow check also does for every offset while tell() is unknown. */
static bool stream_seek(wechatpay_stream *s, zend_long offset, int whence)
{
	size_t length = ZSTR_LEN(s->content);
	if (whence == SEEK_CUR) {
		offset = s->position < 0 || offset > ZEND_LONG_MAX - s->position ? ZEND_LONG_MAX : s->position + offset;
		whence = SEEK_SET;
	}
	if (whence == SEEK_SET) {
		if ((zend_ulong)offset > length) {
			s->offset = length;
			s->position = -1;
			return false;
		}
		s->offset = (size_t)offset;
	} else if (whence == SEEK_END) {
		if (offset > 0) {
			s->offset = length;
			s->position = -1;
			return false;
		}
		if ((zend_ulong)0 - (zend_ulong)offset > length) {
			s->offset = 0;
			s->position = -1;
			return false;
		}
		s->offset = length - (size_t)((zend_ulong)0 - (zend_ulong)offset);
	} else {
		s->position = (zend_long)s->offset;
		return false;
	}
	s->position = (zend_long)s->offset;
	s->eof = false;
	return true;
}

static void stream_metadata(zval *out)
{
	array_init_size(out, 6);
	add_assoc_string(out, "wrapper_type", "PHP");
	add_assoc_string(out, "stream_type", "TEMP");
	add_assoc_string(out, "mode", "w+b");
	add_assoc_long(out, "unread_bytes", 0);
	add_assoc_bool(out, "seekable", 1);
	add_assoc_string(out, "uri", "php://temp");
}

static zend_function *object_get_constructor(zend_object *object)
{
	zend_throw_error(NULL, "Cannot directly construct %s", ZSTR_VAL(object->ce->name));
	return NULL;
}
/* }}} */

/* {{{ response */
static wechatpay_response *response_alloc(void)
{
	wechatpay_response *r = zend_object_alloc(sizeof(wechatpay_response), wechatpay_ce_Response);
	zend_object_std_init(&r->std, wechatpay_ce_Response);
	object_properties_init(&r->std, wechatpay_ce_Response);
	r->std.handlers = &wechatpay_response_object_handlers;
	return r;
}

static zend_object *response_create(zend_class_entry *ce)
{
	return &response_alloc()->std;
}

static void response_free(zend_object *object)
{
	wechatpay_response *r = response_from(object);
	if (r->reason) {
		zend_string_release(r->reason);
	}
	if (r->protocol) {
		zend_string_release(r->protocol);
	}
	if (r->headers) {
		zend_array_release(r->headers);
	}
	if (r->body) {
		zend_string_release(r->body);
	}
	if (r->stream) {
		OBJ_RELEASE(r->stream);
	}
	zend_object_std_dtor(object);
}

static HashTable *response_get_gc(zend_object *object, zval **table, int *n)
{
	wechatpay_response *r = response_from(object);
	zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();
	if (r->stream) {
		zend_get_gc_buffer_add_obj(buffer, r->stream);
	}
	zend_get_gc_buffer_use(buffer, table, n);
	return object->properties;
}

zend_object *wechatpay_response_new(zend_long status, zend_string *reason, zend_string *protocol, zend_array *headers, zend_string *body)
{
	wechatpay_response *r = response_alloc();
	r->status = status;
	r->reason = response_reason(status, reason);
	r->protocol = protocol ? zend_string_copy(protocol) : zend_string_init("1.1", 3, 0);
	/* Copied: the caller's table may live inside its own struct (wechatpay_reply). */
	r->headers = headers ? zend_array_dup(headers) : (zend_array *)&zend_empty_array;
	if (body && ZSTR_LEN(body)) {
		r->body = zend_string_copy(body);
	}
	return &r->std;
}

void wechatpay_response_use_stream(zend_object *response, zend_object *stream)
{
	wechatpay_response *r = response_from(response);
	if (r->stream) {
		OBJ_RELEASE(r->stream);
	}
	if (r->body) {
		zend_string_release(r->body);
		r->body = NULL;
	}
	r->stream = stream;
}

/* The body stream; created from the body string on first use. */
static zend_object *response_stream(wechatpay_response *r)
{
	if (!r->stream) {
		r->stream = wechatpay_stream_new(r->body);
		if (r->body) {
			zend_string_release(r->body);
			r->body = NULL;
		}
	}
	return r->stream;
}

/* Guzzle's shallow clone: a non-empty body stream is shared with the copy. */
static wechatpay_response *response_copy(wechatpay_response *src)
{
	if (src->body) {
		response_stream(src);
	}
	wechatpay_response *r = response_alloc();
	r->status = src->status;
	r->reason = zend_string_copy(src->reason);
	r->protocol = zend_string_copy(src->protocol);
	GC_TRY_ADDREF(src->headers);
	r->headers = src->headers;
	r->headers_merged = src->headers_merged;
	if (src->stream) {
		GC_ADDREF(src->stream);
		r->stream = src->stream;
	}
	return r;
}

static zend_object *response_clone(zend_object *object)
{
	return &response_copy(response_from(object))->std;
}

/* Header name as the array key holds it: string keys, or the decimal text of an integer key. */
typedef struct _header_slot {
	zend_string *key;
	zend_ulong index;
	zval *values;
} header_slot;

/* The text of a header array key. */
static const char *header_key_text(zend_string *key, zend_ulong index, char *digits, size_t *length)
{
	if (key) {
		*length = ZSTR_LEN(key);
		return ZSTR_VAL(key);
	}
	*length = (size_t)snprintf(digits, MAX_LENGTH_OF_LONG + 1, ZEND_LONG_FMT, (zend_long)index);
	return digits;
}

/* The entry whose name matches case-insensitively (Guzzle's strtolower() index, as a scan). */
static bool header_find(zend_array *headers, const char *name, size_t length, header_slot *found)
{
	zend_string *key;
	zend_ulong index;
	zval *values;
	ZEND_HASH_FOREACH_KEY_VAL(headers, index, key, values) {
		char digits[MAX_LENGTH_OF_LONG + 1];
		size_t key_length;
		const char *text = header_key_text(key, index, digits, &key_length);
		if (zend_binary_strcasecmp(text, key_length, name, length) == 0) {
			found->key = key;
			found->index = index;
			found->values = values;
			return true;
		}
	} ZEND_HASH_FOREACH_END();
	return false;
}

/* Removes the entry `slot` was found at (the same key in a separated copy). */
static void header_remove(zend_array *headers, const header_slot *slot)
{
	if (slot->key) {
		zend_hash_del(headers, slot->key);
	} else {
		zend_hash_index_del(headers, slot->index);
	}
}

/* A packed list holding the values of `first` followed by those of `second` (array_merge). */
static zend_array *header_list_merge(zval *first, zval *second)
{
	zend_array *list = zend_new_array(zend_hash_num_elements(Z_ARRVAL_P(first)) + zend_hash_num_elements(Z_ARRVAL_P(second)));
	zend_hash_real_init_packed(list);
	zval *value;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(first), value) {
		Z_TRY_ADDREF_P(value);
		zend_hash_next_index_insert_new(list, value);
	} ZEND_HASH_FOREACH_END();
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(second), value) {
		Z_TRY_ADDREF_P(value);
		zend_hash_next_index_insert_new(list, value);
	} ZEND_HASH_FOREACH_END();
	return list;
}

/* The headers, with names that differ only in case merged into the first one, as Guzzle's
 * setHeaders() does. Done once, on first access: the transport hands names over as received. */
static zend_array *response_headers(wechatpay_response *r)
{
	if (r->headers_merged) {
		return r->headers;
	}
	r->headers_merged = true;
	zend_string *key;
	zend_ulong index;
	zval *values;
	char digits[MAX_LENGTH_OF_LONG + 1];
	size_t length;
	bool duplicates = false;
	ZEND_HASH_FOREACH_KEY_VAL(r->headers, index, key, values) {
		header_slot first;
		const char *name = header_key_text(key, index, digits, &length);
		if (header_find(r->headers, name, length, &first) && first.values != values) {
			duplicates = true;
			break;
		}
	} ZEND_HASH_FOREACH_END();
	if (!duplicates) {
		return r->headers;
	}

	zend_array *merged = zend_new_array(zend_hash_num_elements(r->headers));
	ZEND_HASH_FOREACH_KEY_VAL(r->headers, index, key, values) {
		header_slot first;
		const char *name = header_key_text(key, index, digits, &length);
		if (header_find(merged, name, length, &first)) {
			zval list;
			ZVAL_ARR(&list, header_list_merge(first.values, values));
			zval_ptr_dtor(first.values);
			ZVAL_COPY_VALUE(first.values, &list);
		} else if (key) {
			Z_TRY_ADDREF_P(values);
			zend_hash_add_new(merged, key, values);
		} else {
			Z_TRY_ADDREF_P(values);
			zend_hash_index_add_new(merged, index, values);
		}
	} ZEND_HASH_FOREACH_END();
	zend_array_release(r->headers);
	r->headers = merged;
	return merged;
}

/* The headers of a fresh copy, separated from the arrays it shares before being changed. */
static zend_array *response_own_headers(wechatpay_response *r)
{
	if ((GC_FLAGS(r->headers) & IS_ARRAY_IMMUTABLE) || GC_REFCOUNT(r->headers) > 1) {
		zend_array *copy = zend_array_dup(r->headers);
		zend_array_release(r->headers);
		r->headers = copy;
	}
	return r->headers;
}

/* InvalidArgumentException('"<text>" is not valid header <what>.'), binary-safe. */
static void throw_invalid_header(const char *text, size_t length, const char *what)
{
	zend_string *message = zend_string_concat3("\"", 1, text, length, what, strlen(what));
	zval exception;
	object_init_ex(&exception, spl_ce_InvalidArgumentException);
	zend_update_property_str(zend_ce_exception, Z_OBJ(exception), ZEND_STRL("message"), message);
	zend_string_release(message);
	zend_throw_exception_object(&exception);
}

/* gettype(), or the class of an object, as Guzzle's messages name it. */
static zend_string *value_kind(zval *value)
{
	if (Z_TYPE_P(value) == IS_OBJECT) {
		return zend_string_copy(Z_OBJCE_P(value)->name);
	}
	return zend_zval_get_legacy_type(value);
}

/* The token check of Guzzle's assertHeader(): one or more RFC 7230 token characters. False with
 * an InvalidArgumentException. (Integer array keys, as decimal text, always pass.) */
static bool header_name_valid(zend_string *name)
{
	bool valid = ZSTR_LEN(name) > 0;
	for (size_t i = 0; valid && i < ZSTR_LEN(name); i++) {
		unsigned char c = (unsigned char)ZSTR_VAL(name)[i];
		valid = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
			|| (c && strchr("'`#$%&*+.^_|~!-", c));
	}
	if (!valid) {
		throw_invalid_header(ZSTR_VAL(name), ZSTR_LEN(name), "\" is not valid header name.");
	}
	return valid;
}

/* Guzzle's assertHeader(): a string made of RFC 7230 token characters. */
static zend_string *header_name_arg(zval *header)
{
	ZVAL_DEREF(header);
	if (Z_TYPE_P(header) != IS_STRING) {
		zend_string *kind = value_kind(header);
		zend_throw_exception_ex(spl_ce_InvalidArgumentException, 0, "Header name must be a string but %s provided.", ZSTR_VAL(kind));
		zend_string_release(kind);
		return NULL;
	}
	return header_name_valid(Z_STR_P(header)) ? Z_STR_P(header) : NULL;
}

/* One entry of Guzzle's trimAndValidateHeaderValues(): scalar or null, cast to string, trimmed of
 * spaces and tabs, made of field-value characters. */
static bool header_value_add(zend_array *list, zval *item)
{
	ZVAL_DEREF(item);
	if (Z_TYPE_P(item) > IS_STRING) {
		zend_string *kind = value_kind(item);
		zend_throw_exception_ex(spl_ce_InvalidArgumentException, 0, "Header value must be scalar or null but %s provided.", ZSTR_VAL(kind));
		zend_string_release(kind);
		return false;
	}
	zend_string *text = zval_get_string(item);
	const char *start = ZSTR_VAL(text), *end = start + ZSTR_LEN(text);
	while (start < end && (*start == ' ' || *start == '\t')) {
		start++;
	}
	while (end > start && (end[-1] == ' ' || end[-1] == '\t')) {
		end--;
	}
	for (const char *c = start; c < end; c++) {
		unsigned char byte = (unsigned char)*c;
		if (byte != '\t' && (byte < 0x20 || byte == 0x7f)) {
			throw_invalid_header(start, end - start, "\" is not valid header value.");
			zend_string_release(text);
			return false;
		}
	}
	zval entry;
	if ((size_t)(end - start) == ZSTR_LEN(text)) {
		ZVAL_STR(&entry, text);
	} else {
		ZVAL_STRINGL(&entry, start, end - start);
		zend_string_release(text);
	}
	zend_hash_next_index_insert_new(list, &entry);
	return true;
}

/* Guzzle's normalizeHeaderValue(): a packed list of strings. NULL with an InvalidArgumentException. */
static zend_array *header_values_arg(zval *value)
{
	ZVAL_DEREF(value);
	bool many = Z_TYPE_P(value) == IS_ARRAY;
	if (many && zend_hash_num_elements(Z_ARRVAL_P(value)) == 0) {
		zend_throw_exception(spl_ce_InvalidArgumentException, "Header value can not be an empty array.", 0);
		return NULL;
	}
	zend_array *list = zend_new_array(many ? zend_hash_num_elements(Z_ARRVAL_P(value)) : 1);
	zend_hash_real_init_packed(list);
	bool ok = true;
	if (many) {
		zval *item;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
			if (!(ok = header_value_add(list, item))) {
				break;
			}
		} ZEND_HASH_FOREACH_END();
	} else {
		ok = header_value_add(list, value);
	}
	if (!ok) {
		zend_array_release(list);
		return NULL;
	}
	return list;
}

/* The string argument of hasHeader() and friends (Guzzle passes it to strtolower() in strict mode). */
static zend_string *string_arg(zval *arg, uint32_t number)
{
	ZVAL_DEREF(arg);
	if (Z_TYPE_P(arg) != IS_STRING) {
		zend_argument_type_error(number, "must be of type string, %s given", zend_zval_type_name(arg));
		return NULL;
	}
	return Z_STR_P(arg);
}

/* Guzzle's assertStatusCodeRange(): false with an InvalidArgumentException outside 100..599. */
static bool status_in_range(zend_long status)
{
	if (status < 100 || status >= 600) {
		zend_throw_exception(spl_ce_InvalidArgumentException, "Status code must be an integer value between 1xx and 5xx.", 0);
		return false;
	}
	return true;
}

/* filter_var($code, FILTER_VALIDATE_INT): false when not an integer (or with an exception). */
static bool status_code_arg(zval *code, zend_long *value)
{
	ZVAL_DEREF(code);
	if (Z_TYPE_P(code) == IS_LONG) {
		*value = Z_LVAL_P(code);
		return true;
	}
	if (Z_TYPE_P(code) == IS_ARRAY || (Z_TYPE_P(code) == IS_OBJECT && !Z_OBJCE_P(code)->__tostring)) {
		return false;
	}
	zend_string *text = zval_try_get_string(code);
	if (!text) {
		return false;
	}
	const char *p = ZSTR_VAL(text), *end = p + ZSTR_LEN(text);
	while (p < end && strchr(" \t\r\v\n", *p) && *p) {
		p++;
	}
	while (end > p && strchr(" \t\r\v\n", end[-1]) && end[-1]) {
		end--;
	}
	bool valid = p < end;
	zend_long number = 0;
	if (valid && *p == '0') {
		valid = end - p == 1;
	} else if (valid) {
		bool negative = *p == '-';
		if (*p == '-' || *p == '+') {
			p++;
		}
		if (end - p == 1 && *p == '0') {
			valid = true;
		} else if (p < end && *p >= '1' && *p <= '9' && end - p < MAX_LENGTH_OF_LONG) {
			for (; valid && p < end; p++) {
				int digit = *p - '0';
				if (digit < 0 || digit > 9) {
					valid = false;
				} else if (!negative && number <= (ZEND_LONG_MAX - digit) / 10) {
					number = number * 10 + digit;
				} else if (negative && number >= (ZEND_LONG_MIN + digit) / 10) {
					number = number * 10 - digit;
				} else {
					valid = false;
				}
			}
		} else {
			valid = false;
		}
	}
	zend_string_release(text);
	*value = number;
	return valid;
}

/* The parameters of Response::__construct(), typed like Guzzle's (int, array, string, ?string):
 * ZPP's conversions and strict_types handling, except that null for a non-nullable type is a
 * TypeError as in a userland function, where ZPP would only deprecate it. */
static bool int_param(zval *arg, uint32_t number, zend_long *dest)
{
	if (EXPECTED(Z_TYPE_P(arg) == IS_LONG)) {
		*dest = Z_LVAL_P(arg);
		return true;
	}
	if (Z_TYPE_P(arg) != IS_NULL && zend_parse_arg_long_slow(arg, dest, number)) {
		return true;
	}
	zend_wrong_parameter_type_error(number, Z_EXPECTED_LONG, arg);
	return false;
}

/* *dest borrows the string, which may be the converted argument itself. */
static bool string_param(zval *arg, uint32_t number, bool nullable, zend_string **dest)
{
	if (EXPECTED(Z_TYPE_P(arg) == IS_STRING)) {
		*dest = Z_STR_P(arg);
		return true;
	}
	if (Z_TYPE_P(arg) == IS_NULL && nullable) {
		*dest = NULL;
		return true;
	}
	if (Z_TYPE_P(arg) != IS_NULL && zend_parse_arg_str_slow(arg, dest, number)) {
		return true;
	}
	zend_wrong_parameter_type_error(number, nullable ? Z_EXPECTED_STRING_OR_NULL : Z_EXPECTED_STRING, arg);
	return false;
}

/* Guzzle's setHeaders() checks, with the with*() methods' helpers: each name a token (integer
 * keys, Guzzle's (string) casts, always are), each value normalized to a list of trimmed strings.
 * Names differing only in case are merged later, by response_headers(), in Guzzle's way.
 * NULL with an InvalidArgumentException. */
static zend_array *headers_param(zend_array *input)
{
	if (zend_hash_num_elements(input) == 0) {
		return (zend_array *)&zend_empty_array;
	}
	zend_array *headers = zend_new_array(zend_hash_num_elements(input));
	zend_string *key;
	zend_ulong index;
	zval *value;
	ZEND_HASH_FOREACH_KEY_VAL(input, index, key, value) {
		if (key && !header_name_valid(key)) {
			zend_array_release(headers);
			return NULL;
		}
		zend_array *list = header_values_arg(value);
		if (!list) {
			zend_array_release(headers);
			return NULL;
		}
		zval entry;
		ZVAL_ARR(&entry, list);
		if (key) {
			zend_hash_add_new(headers, key, &entry);
		} else {
			zend_hash_index_add_new(headers, index, &entry);
		}
	} ZEND_HASH_FOREACH_END();
	return headers;
}

/* The body argument: null or "" (no body), a string, or a WeChatPay\Http\Stream used as is.
 * Guzzle's Utils::streamFor() also takes resources, other scalars, Stringable objects, iterators,
 * callables and any StreamInterface; those have no native equivalent here. False with an
 * InvalidArgumentException. */
static bool body_param(zval *body, zend_string **string, zend_object **stream)
{
	*string = NULL;
	*stream = NULL;
	ZVAL_DEREF(body);
	if (Z_TYPE_P(body) == IS_NULL) {
		return true;
	}
	if (Z_TYPE_P(body) == IS_STRING) {
		if (Z_STRLEN_P(body)) {
			*string = zend_string_copy(Z_STR_P(body));
		}
		return true;
	}
	if (Z_TYPE_P(body) == IS_OBJECT && Z_OBJCE_P(body) == wechatpay_ce_Stream) {
		*stream = Z_OBJ_P(body);
		GC_ADDREF(*stream);
		return true;
	}
	zend_string *kind = value_kind(body);
	zend_throw_exception_ex(spl_ce_InvalidArgumentException, 0,
		"Invalid body type: %s. The native WeChatPay\\Http\\Response takes a string, null or a WeChatPay\\Http\\Stream as its body; "
		"resources, other scalars, Stringable objects and other StreamInterface implementations are not supported natively",
		ZSTR_VAL(kind));
	zend_string_release(kind);
	return false;
}
/* }}} */

/* {{{ C API and MINIT */
void wechatpay_response_minit(void)
{
	for (size_t i = 0; i < sizeof(wechatpay_phrase_table) / sizeof(wechatpay_phrase_table[0]); i++) {
		const char *phrase = wechatpay_phrase_table[i].phrase;
		wechatpay_phrases[wechatpay_phrase_table[i].code - PHRASE_FIRST] = zend_string_init_interned(phrase, strlen(phrase), 1);
	}
	wechatpay_header_glue = zend_string_init_interned(", ", 2, 1);

	wechatpay_ce_Response = register_class_WeChatPay_Http_Response();
	wechatpay_ce_Response->create_object = response_create;
	memcpy(&wechatpay_response_object_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wechatpay_response_object_handlers.offset = XtOffsetOf(wechatpay_response, std);
	wechatpay_response_object_handlers.free_obj = response_free;
	wechatpay_response_object_handlers.clone_obj = response_clone;
	wechatpay_response_object_handlers.get_gc = response_get_gc;

	wechatpay_ce_Stream = register_class_WeChatPay_Http_Stream(zend_ce_stringable);
	wechatpay_ce_Stream->create_object = stream_create;
	memcpy(&wechatpay_stream_object_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wechatpay_stream_object_handlers.offset = XtOffsetOf(wechatpay_stream, std);
	wechatpay_stream_object_handlers.free_obj = stream_free;
	wechatpay_stream_object_handlers.clone_obj = NULL;
	wechatpay_stream_object_handlers.get_constructor = object_get_constructor;
}
/* }}} */

/* {{{ Response methods */
/* Guzzle's Response::__construct(int $status = 200, array $headers = [], $body = null,
 * string $version = '1.1', ?string $reason = null), with its checks in its order: parameter
 * types, status range, body, headers. Like Guzzle's, calling it again re-initializes the object,
 * but only once every check has passed (Guzzle may have set the status by then). */
ZEND_METHOD(WeChatPay_Http_Response, __construct)
{
	zval *status_arg = NULL, *headers_arg = NULL, *body_arg = NULL, *version_arg = NULL, *reason_arg = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 5)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(status_arg)
		Z_PARAM_ZVAL(headers_arg)
		Z_PARAM_ZVAL(body_arg)
		Z_PARAM_ZVAL(version_arg)
		Z_PARAM_ZVAL(reason_arg)
	ZEND_PARSE_PARAMETERS_END();

	wechatpay_response *r = Z_RESPONSE_P(ZEND_THIS);
	if (!r->protocol) {
		/* Make it a complete (empty 200) response first: converting the arguments can run user
		 * code (__toString(), an error handler) that may reach $this through debug_backtrace(). */
		r->status = 200;
		r->reason = response_reason(200, NULL);
		r->protocol = ZSTR_INIT_LITERAL("1.1", 0);
		r->headers = (zend_array *)&zend_empty_array;
	}

	zend_long status = 200;
	zend_string *version = NULL, *reason = NULL;
	if (status_arg && !int_param(status_arg, 1, &status)) {
		RETURN_THROWS();
	}
	if (headers_arg && Z_TYPE_P(headers_arg) != IS_ARRAY) {
		zend_wrong_parameter_type_error(2, Z_EXPECTED_ARRAY, headers_arg);
		RETURN_THROWS();
	}
	if (version_arg && !string_param(version_arg, 4, false, &version)) {
		RETURN_THROWS();
	}
	if (reason_arg && !string_param(reason_arg, 5, true, &reason)) {
		RETURN_THROWS();
	}
	if (!status_in_range(status)) {
		RETURN_THROWS();
	}
	zend_string *body = NULL;
	zend_object *stream = NULL;
	if (body_arg && !body_param(body_arg, &body, &stream)) {
		RETURN_THROWS();
	}
	zend_array *headers = headers_arg ? headers_param(Z_ARRVAL_P(headers_arg)) : (zend_array *)&zend_empty_array;
	if (!headers) {
		if (body) {
			zend_string_release(body);
		}
		if (stream) {
			OBJ_RELEASE(stream);
		}
		RETURN_THROWS();
	}

	r->status = status;
	zend_string_release(r->reason);
	r->reason = response_reason(status, reason);
	zend_string_release(r->protocol);
	r->protocol = version ? zend_string_copy(version) : ZSTR_INIT_LITERAL("1.1", 0);
	zend_array_release(r->headers);
	r->headers = headers;
	r->headers_merged = false;
	if (body || stream) {
		/* Guzzle only sets a non-empty body: a second call with none keeps the current one. */
		if (r->body) {
			zend_string_release(r->body);
		}
		r->body = body;
		if (r->stream) {
			OBJ_RELEASE(r->stream);
		}
		r->stream = stream;
	}
}

ZEND_METHOD(WeChatPay_Http_Response, getStatusCode)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(Z_RESPONSE_P(ZEND_THIS)->status);
}

ZEND_METHOD(WeChatPay_Http_Response, getReasonPhrase)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(Z_RESPONSE_P(ZEND_THIS)->reason);
}

ZEND_METHOD(WeChatPay_Http_Response, withStatus)
{
	zval *code, *reason = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(code)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(reason)
	ZEND_PARSE_PARAMETERS_END();

	zend_long status;
	if (!status_code_arg(code, &status)) {
		if (!EG(exception)) {
			zend_throw_exception(spl_ce_InvalidArgumentException, "Status code must be an integer value.", 0);
		}
		RETURN_THROWS();
	}
	if (!status_in_range(status)) {
		RETURN_THROWS();
	}
	zend_string *phrase = NULL;
	if (reason) {
		zval empty;
		ZVAL_EMPTY_STRING(&empty);
		bool loosely_empty = zend_compare(reason, &empty) == 0;
		if (EG(exception)) {
			RETURN_THROWS();
		}
		if (!loosely_empty || !(phrase = default_phrase(status))) {
			if (!(phrase = zval_try_get_string(reason))) {
				RETURN_THROWS();
			}
		}
	} else {
		phrase = default_phrase(status);
		phrase = phrase ? phrase : ZSTR_EMPTY_ALLOC();
	}
	wechatpay_response *copy = response_copy(Z_RESPONSE_P(ZEND_THIS));
	copy->status = status;
	zend_string_release(copy->reason);
	copy->reason = phrase;
	RETURN_OBJ(&copy->std);
}

ZEND_METHOD(WeChatPay_Http_Response, getProtocolVersion)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(Z_RESPONSE_P(ZEND_THIS)->protocol);
}

ZEND_METHOD(WeChatPay_Http_Response, withProtocolVersion)
{
	zval *version_arg;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(version_arg)
	ZEND_PARSE_PARAMETERS_END();

	zend_string *version = string_arg(version_arg, 1);
	if (!version) {
		RETURN_THROWS();
	}
	wechatpay_response *r = Z_RESPONSE_P(ZEND_THIS);
	if (zend_string_equals(r->protocol, version)) {
		RETURN_OBJ_COPY(&r->std);
	}
	wechatpay_response *copy = response_copy(r);
	zend_string_release(copy->protocol);
	copy->protocol = zend_string_copy(version);
	RETURN_OBJ(&copy->std);
}

ZEND_METHOD(WeChatPay_Http_Response, getHeaders)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_array *headers = response_headers(Z_RESPONSE_P(ZEND_THIS));
	if (GC_FLAGS(headers) & GC_IMMUTABLE) {
		ZVAL_ARR(return_value, headers);
		Z_TYPE_INFO_P(return_value) = IS_ARRAY;
		return;
	}
	GC_ADDREF(headers);
	RETURN_ARR(headers);
}

ZEND_METHOD(WeChatPay_Http_Response, hasHeader)
{
	zval *header;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(header)
	ZEND_PARSE_PARAMETERS_END();

	zend_string *name = string_arg(header, 1);
	if (!name) {
		RETURN_THROWS();
	}
	header_slot slot;
	RETURN_BOOL(header_find(response_headers(Z_RESPONSE_P(ZEND_THIS)), ZSTR_VAL(name), ZSTR_LEN(name), &slot));
}

ZEND_METHOD(WeChatPay_Http_Response, getHeader)
{
	zval *header;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(header)
	ZEND_PARSE_PARAMETERS_END();

	zend_string *name = string_arg(header, 1);
	if (!name) {
		RETURN_THROWS();
	}
	header_slot slot;
	if (!header_find(response_headers(Z_RESPONSE_P(ZEND_THIS)), ZSTR_VAL(name), ZSTR_LEN(name), &slot)) {
		RETURN_EMPTY_ARRAY();
	}
	RETURN_COPY(slot.values);
}

ZEND_METHOD(WeChatPay_Http_Response, getHeaderLine)
{
	zval *header;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(header)
	ZEND_PARSE_PARAMETERS_END();

	zend_string *name = string_arg(header, 1);
	if (!name) {
		RETURN_THROWS();
	}
	header_slot slot;
	if (!header_find(response_headers(Z_RESPONSE_P(ZEND_THIS)), ZSTR_VAL(name), ZSTR_LEN(name), &slot)) {
		RETURN_EMPTY_STRING();
	}
	php_implode(wechatpay_header_glue, Z_ARRVAL_P(slot.values), return_value);
}

/* withHeader() (replace) and withAddedHeader() (append to an existing name, keeping its case and place). */
static void response_with_header(INTERNAL_FUNCTION_PARAMETERS, bool add)
{
	zval *header, *value;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(header)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();

	zend_string *name = header_name_arg(header);
	if (!name) {
		RETURN_THROWS();
	}
	zend_array *list = header_values_arg(value);
	if (!list) {
		RETURN_THROWS();
	}
	wechatpay_response *r = Z_RESPONSE_P(ZEND_THIS);
	response_headers(r);
	wechatpay_response *copy = response_copy(r);
	zend_array *headers = response_own_headers(copy);
	zval entry;
	header_slot slot;
	bool exists = header_find(headers, ZSTR_VAL(name), ZSTR_LEN(name), &slot);
	if (exists && add) {
		zval added;
		ZVAL_ARR(&added, list);
		ZVAL_ARR(&entry, header_list_merge(slot.values, &added));
		zval_ptr_dtor(&added);
		zval_ptr_dtor(slot.values);
		ZVAL_COPY_VALUE(slot.values, &entry);
		RETURN_OBJ(&copy->std);
	}
	if (exists) {
		header_remove(headers, &slot);
	}
	ZVAL_ARR(&entry, list);
	zend_symtable_update(headers, name, &entry);
	RETURN_OBJ(&copy->std);
}

ZEND_METHOD(WeChatPay_Http_Response, withHeader)
{
	response_with_header(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(WeChatPay_Http_Response, withAddedHeader)
{
	response_with_header(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(WeChatPay_Http_Response, withoutHeader)
{
	zval *header;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(header)
	ZEND_PARSE_PARAMETERS_END();

	zend_string *name = string_arg(header, 1);
	if (!name) {
		RETURN_THROWS();
	}
	wechatpay_response *r = Z_RESPONSE_P(ZEND_THIS);
	header_slot slot;
	if (!header_find(response_headers(r), ZSTR_VAL(name), ZSTR_LEN(name), &slot)) {
		RETURN_OBJ_COPY(&r->std);
	}
	wechatpay_response *copy = response_copy(r);
	header_remove(response_own_headers(copy), &slot);
	RETURN_OBJ(&copy->std);
}

ZEND_METHOD(WeChatPay_Http_Response, getBody)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_OBJ_COPY(response_stream(Z_RESPONSE_P(ZEND_THIS)));
}

ZEND_METHOD(WeChatPay_Http_Response, withBody)
{
	zval *body;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(body)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_DEREF(body);
	if (Z_TYPE_P(body) != IS_OBJECT) {
		zend_argument_type_error(1, "must be of type object, %s given", zend_zval_type_name(body));
		RETURN_THROWS();
	}
	wechatpay_response *r = Z_RESPONSE_P(ZEND_THIS);
	if (r->stream == Z_OBJ_P(body)) {
		RETURN_OBJ_COPY(&r->std);
	}
	wechatpay_response *copy = response_copy(r);
	if (copy->stream) {
		OBJ_RELEASE(copy->stream);
	}
	copy->stream = Z_OBJ_P(body);
	GC_ADDREF(copy->stream);
	RETURN_OBJ(&copy->std);
}
/* }}} */

/* {{{ Stream methods */
ZEND_METHOD(WeChatPay_Http_Stream, __toString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wechatpay_stream *s = Z_STREAM_P(ZEND_THIS);
	if (!stream_attached(s)) {
		RETURN_THROWS();
	}
	stream_seek(s, 0, SEEK_SET);
	RETURN_STR(stream_take(s, SIZE_MAX));
}

ZEND_METHOD(WeChatPay_Http_Stream, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wechatpay_stream *s = Z_STREAM_P(ZEND_THIS);
	if (s->content) {
		zend_string_release(s->content);
		s->content = NULL;
	}
}

ZEND_METHOD(WeChatPay_Http_Stream, detach)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wechatpay_stream *s = Z_STREAM_P(ZEND_THIS);
	if (!s->content) {
		RETURN_NULL();
	}
	php_stream *stream = php_stream_temp_create(TEMP_STREAM_DEFAULT, PHP_STREAM_MAX_MEM);
	php_stream_write(stream, ZSTR_VAL(s->content), ZSTR_LEN(s->content));
	php_stream_seek(stream, (zend_off_t)s->offset, SEEK_SET);
	zend_string_release(s->content);
	s->content = NULL;
	php_stream_to_zval(stream, return_value);
}

ZEND_METHOD(WeChatPay_Http_Stream, getSize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wechatpay_stream *s = Z_STREAM_P(ZEND_THIS);
	if (!s->content) {
		RETURN_NULL();
	}
	RETURN_LONG((zend_long)ZSTR_LEN(s->content));
}

ZEND_METHOD(WeChatPay_Http_Stream, tell)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wechatpay_stream *s = Z_STREAM_P(ZEND_THIS);
	if (!stream_attached(s)) {
		RETURN_THROWS();
	}
	if (s->position == -1) {
		zend_throw_exception(spl_ce_RuntimeException, "Unable to determine stream position", 0);
		RETURN_THROWS();
	}
	RETURN_LONG(s->position);
}

ZEND_METHOD(WeChatPay_Http_Stream, eof)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wechatpay_stream *s = Z_STREAM_P(ZEND_THIS);
	if (!stream_attached(s)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(s->eof);
}

/* A php://temp stream is seekable, readable and writable until detached or closed. */
ZEND_METHOD(WeChatPay_Http_Stream, isSeekable)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(Z_STREAM_P(ZEND_THIS)->content != NULL);
}

ZEND_METHOD(WeChatPay_Http_Stream, isReadable)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(Z_STREAM_P(ZEND_THIS)->content != NULL);
}

ZEND_METHOD(WeChatPay_Http_Stream, isWritable)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(Z_STREAM_P(ZEND_THIS)->content != NULL);
}

ZEND_METHOD(WeChatPay_Http_Stream, seek)
{
	zval *offset_arg, *whence_arg = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(offset_arg)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(whence_arg)
	ZEND_PARSE_PARAMETERS_END();

	zend_long whence = whence_arg ? zval_get_long(whence_arg) : SEEK_SET;
	if (EG(exception)) {
		RETURN_THROWS();
	}
	wechatpay_stream *s = Z_STREAM_P(ZEND_THIS);
	if (!stream_attached(s)) {
		RETURN_THROWS();
	}
	ZVAL_DEREF(offset_arg);
	if (Z_TYPE_P(offset_arg) != IS_LONG) {
		zend_argument_type_error(1, "must be of type int, %s given", zend_zval_type_name(offset_arg));
		RETURN_THROWS();
	}
	if (!stream_seek(s, Z_LVAL_P(offset_arg), (int)whence)) {
		zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Unable to seek to stream position " ZEND_LONG_FMT " with whence " ZEND_LONG_FMT,
			Z_LVAL_P(offset_arg), whence);
	}
}

ZEND_METHOD(WeChatPay_Http_Stream, rewind)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wechatpay_stream *s = Z_STREAM_P(ZEND_THIS);
	if (!stream_attached(s)) {
		RETURN_THROWS();
	}
	stream_seek(s, 0, SEEK_SET);
}

ZEND_METHOD(WeChatPay_Http_Stream, write)
{
	zval *data;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(data)
	ZEND_PARSE_PARAMETERS_END();

	wechatpay_stream *s = Z_STREAM_P(ZEND_THIS);
	if (!stream_attached(s)) {
		RETURN_THROWS();
	}
	ZVAL_DEREF(data);
	if (Z_TYPE_P(data) != IS_STRING) {
		zend_argument_type_error(1, "must be of type string, %s given", zend_zval_type_name(data));
		RETURN_THROWS();
	}
	size_t length = Z_STRLEN_P(data);
	if (length) {
		size_t end = s->offset + length;
		s->content = end > ZSTR_LEN(s->content) ? zend_string_realloc(s->content, end, 0) : zend_string_separate(s->content, 0);
		memcpy(ZSTR_VAL(s->content) + s->offset, Z_STRVAL_P(data), length);
		ZSTR_VAL(s->content)[ZSTR_LEN(s->content)] = '\0';
		s->offset = end;
		s->position += (zend_long)length;
	}
	RETURN_LONG((zend_long)length);
}

ZEND_METHOD(WeChatPay_Http_Stream, read)
{
	zval *length_arg;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(length_arg)
	ZEND_PARSE_PARAMETERS_END();

	wechatpay_stream *s = Z_STREAM_P(ZEND_THIS);
	if (!stream_attached(s)) {
		RETURN_THROWS();
	}
	ZVAL_DEREF(length_arg);
	zval zero;
	ZVAL_LONG(&zero, 0);
	bool negative = zend_compare(length_arg, &zero) < 0;
	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (negative) {
		zend_throw_exception(spl_ce_RuntimeException, "Length parameter cannot be negative", 0);
		RETURN_THROWS();
	}
	if (Z_TYPE_P(length_arg) != IS_LONG) {
		zend_argument_type_error(1, "must be of type int, %s given", zend_zval_type_name(length_arg));
		RETURN_THROWS();
	}
	if (Z_LVAL_P(length_arg) == 0) {
		RETURN_EMPTY_STRING();
	}
	RETURN_STR(stream_take(s, (size_t)Z_LVAL_P(length_arg)));
}

ZEND_METHOD(WeChatPay_Http_Stream, getContents)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wechatpay_stream *s = Z_STREAM_P(ZEND_THIS);
	if (!stream_attached(s)) {
		RETURN_THROWS();
	}
	RETURN_STR(stream_take(s, SIZE_MAX));
}

ZEND_METHOD(WeChatPay_Http_Stream, getMetadata)
{
	zval *key = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(key)
	ZEND_PARSE_PARAMETERS_END();

	wechatpay_stream *s = Z_STREAM_P(ZEND_THIS);
	bool all = !key || !zend_is_true(key);
	if (!s->content) {
		if (all) {
			RETURN_EMPTY_ARRAY();
		}
		RETURN_NULL();
	}
	zval metadata;
	stream_metadata(&metadata);
	if (all) {
		RETURN_COPY_VALUE(&metadata);
	}
	ZVAL_DEREF(key);
	zval *found = Z_TYPE_P(key) == IS_STRING ? zend_symtable_find(Z_ARRVAL(metadata), Z_STR_P(key)) : NULL;
	if (found) {
		ZVAL_COPY(return_value, found);
	}
	zval_ptr_dtor(&metadata);
}
/* }}} */
