/*
 * wechatpay_sink.c: the `sink` request option with Guzzle's semantics. A file path (opened "w+b"
 * before anything is sent), a writable stream resource, or (when Guzzle is present) a PSR-7 stream
 * (wrapped by Guzzle's StreamWrapper) receives the reply body from libcurl's write callback as it
 * arrives, so a download never sits whole in memory. The response body then reads the sink, rewound
 * as Guzzle rewinds it: Guzzle's Stream over it when Guzzle builds the response, else
 * WeChatPay\Http\SinkStream, which has the methods and messages of Guzzle's Psr7\Stream over a
 * resource.
 */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "ext/spl/spl_exceptions.h"
#include "wechatpay_sink.h"
#include "wechatpay_boundary.h"
#include "wechatpay_exception.h"
#include "wechatpay_userland.h"
#include "wechatpay_sink_arginfo.h"

zend_class_entry *wechatpay_ce_SinkStream;
static zend_object_handlers sink_stream_handlers;

/* {{{ the option */
static bool mode_writable(const char *mode)
{
	return strpbrk(mode, "waxc+") != NULL;
}

static bool mode_readable(const char *mode)
{
	return strpbrk(mode, "r+") != NULL;
}

static php_stream *sink_stream(const wechatpay_sink *sink)
{
	php_stream *stream = NULL;
	if (Z_TYPE(sink->target) == IS_RESOURCE) {
		php_stream_from_zval_no_verify(stream, (zval *) &sink->target);
	}
	return stream;
}

static bool open_path(wechatpay_sink *sink, zend_string *path)
{
	if (ZSTR_LEN(path) == 0 || zend_str_has_nul_byte(path)) {
		wechatpay_throw_invalid_argument("The \"sink\" request option must be a file path, a writable stream resource or a stream object, %s given.",
				ZSTR_LEN(path) ? "a string with a NUL byte" : "an empty string");
		return false;
	}
	errno = 0;
	php_stream *stream = php_stream_open_wrapper(ZSTR_VAL(path), "w+b", 0, NULL);
	if (!stream) {
		zend_throw_exception_ex(spl_ce_RuntimeException, 0,
				"Unable to open \"%s\" using mode \"w+\": fopen(%s): Failed to open stream: %s",
				ZSTR_VAL(path), ZSTR_VAL(path), errno ? strerror(errno) : "operation failed");
		return false;
	}
	php_stream_to_zval(stream, &sink->target);
	ZVAL_COPY(&sink->body, &sink->target);
	return true;
}

static bool use_resource(wechatpay_sink *sink, zval *resource)
{
	php_stream *stream;
	php_stream_from_zval_no_verify(stream, resource);
	if (!stream) {
		wechatpay_throw_invalid_argument("The \"sink\" request option must be a file path, a writable stream resource or a stream object, %s given.",
				Z_RES_P(resource)->type == -1 ? "a closed resource" : "a resource that is not a stream");
		return false;
	}
	if (!mode_writable(stream->mode)) {
		wechatpay_throw_invalid_argument("The \"sink\" stream resource is not writable (opened with mode \"%s\").", stream->mode);
		return false;
	}
	ZVAL_COPY(&sink->target, resource);
	ZVAL_COPY(&sink->body, resource);
	return true;
}

/* A PSR-7 stream: written through the resource Guzzle's StreamWrapper makes of it; the response
 * body is the object itself, as in Guzzle. */
static bool use_object(wechatpay_sink *sink, zval *object)
{
	zend_class_entry *wrapper = wechatpay_guzzle_class(ZEND_STRL("GuzzleHttp\\Psr7\\StreamWrapper"));
	zend_class_entry *psr = wechatpay_guzzle_class(ZEND_STRL("Psr\\Http\\Message\\StreamInterface"));
	if (!wrapper || !psr || !instanceof_function(Z_OBJCE_P(object), psr)) {
		wechatpay_throw_invalid_argument("The \"sink\" request option must be a file path, a writable stream resource or a stream object, %s given.",
				ZSTR_VAL(Z_OBJCE_P(object)->name));
		return false;
	}
	zval writable;
	if (!wechatpay_userland_method(object, "isWritable", &writable, 0, NULL)) {
		return false;
	}
	bool usable = zend_is_true(&writable);
	zval_ptr_dtor(&writable);
	if (!usable) {
		wechatpay_throw_invalid_argument("The \"sink\" stream object is not writable.");
		return false;
	}
	zval resource;
	if (!wechatpay_userland_static(wrapper, "getResource", &resource, 1, object)) {
		return false;
	}
	if (Z_TYPE(resource) != IS_RESOURCE) {
		zval_ptr_dtor(&resource);
		wechatpay_throw_invalid_argument("The \"sink\" stream object could not be opened for writing.");
		return false;
	}
	ZVAL_COPY_VALUE(&sink->target, &resource);
	ZVAL_COPY(&sink->body, object);
	return true;
}

bool wechatpay_sink_open(wechatpay_sink *sink, zval *option)
{
	ZVAL_UNDEF(&sink->target);
	ZVAL_UNDEF(&sink->body);
	if (!option) {
		return true;
	}
	switch (Z_TYPE_P(option)) {
		case IS_STRING:
			return open_path(sink, Z_STR_P(option));
		case IS_RESOURCE:
			return use_resource(sink, option);
		case IS_OBJECT:
			return use_object(sink, option);
	}
	wechatpay_throw_invalid_argument("The \"sink\" request option must be a file path, a writable stream resource or a stream object, %s given.",
			zend_zval_type_name(option));
	return false;
}

void wechatpay_sink_release(wechatpay_sink *sink)
{
	zval_ptr_dtor(&sink->target);
	zval_ptr_dtor(&sink->body);
	ZVAL_UNDEF(&sink->target);
	ZVAL_UNDEF(&sink->body);
}

size_t wechatpay_sink_write(char *data, size_t size, size_t count, void *userdata)
{
	php_stream *stream = sink_stream(userdata);
	if (!stream) {
		return 0; /* closed under us: libcurl reports a write error (23) */
	}
	ssize_t written = php_stream_write(stream, data, size * count);
	return written < 0 ? 0 : (size_t) written;
}

static bool stream_seekable(php_stream *stream)
{
	return !(stream->flags & PHP_STREAM_FLAG_NO_SEEK) && stream->ops->seek;
}

zend_string *wechatpay_sink_contents(const wechatpay_sink *sink)
{
	php_stream *stream = sink_stream(sink);
	if (!stream || !mode_readable(stream->mode)) {
		return ZSTR_EMPTY_ALLOC(); /* what (string) of an unreadable Guzzle stream gives */
	}
	zend_off_t position = php_stream_tell(stream);
	if (stream_seekable(stream)) {
		php_stream_seek(stream, 0, SEEK_SET);
	}
	zend_string *bytes = php_stream_copy_to_mem(stream, PHP_STREAM_COPY_ALL, 0);
	if (stream_seekable(stream)) {
		php_stream_seek(stream, position, SEEK_SET);
	}
	return bytes ? bytes : ZSTR_EMPTY_ALLOC();
}
/* }}} */

/* {{{ WeChatPay\Http\SinkStream */
typedef struct _sink_stream_object {
	zval resource;   /* UNDEF once detached or closed */
	zend_object std;
} sink_stream_object;

static zend_always_inline sink_stream_object *sink_stream_from(zend_object *obj)
{
	return (sink_stream_object *)((char *)obj - XtOffsetOf(sink_stream_object, std));
}

static zend_object *sink_stream_create(zend_class_entry *ce)
{
	sink_stream_object *s = zend_object_alloc(sizeof(sink_stream_object), ce);
	zend_object_std_init(&s->std, ce);
	object_properties_init(&s->std, ce);
	s->std.handlers = &sink_stream_handlers;
	ZVAL_UNDEF(&s->resource);
	return &s->std;
}

static void sink_stream_free(zend_object *object)
{
	zval_ptr_dtor(&sink_stream_from(object)->resource);
	zend_object_std_dtor(object);
}

void wechatpay_sink_body(const wechatpay_sink *sink, bool for_guzzle, zval *out)
{
	php_stream *stream = sink_stream(sink);
	if (stream && stream_seekable(stream)) {
		php_stream_seek(stream, 0, SEEK_SET);
	}
	if (for_guzzle) {
		ZVAL_COPY(out, &sink->body);
		return;
	}
	object_init_ex(out, wechatpay_ce_SinkStream);
	ZVAL_COPY(&sink_stream_from(Z_OBJ_P(out))->resource, &sink->target);
}

/* The attached stream, or NULL with Guzzle's "Stream is detached" thrown. */
static php_stream *attached(zval *this_ptr)
{
	sink_stream_object *s = sink_stream_from(Z_OBJ_P(this_ptr));
	php_stream *stream = NULL;
	if (Z_TYPE(s->resource) == IS_RESOURCE) {
		php_stream_from_zval_no_verify(stream, &s->resource);
	}
	if (!stream) {
		zend_throw_exception(spl_ce_RuntimeException, "Stream is detached", 0);
	}
	return stream;
}

static php_stream *attached_quietly(zval *this_ptr)
{
	sink_stream_object *s = sink_stream_from(Z_OBJ_P(this_ptr));
	php_stream *stream = NULL;
	if (Z_TYPE(s->resource) == IS_RESOURCE) {
		php_stream_from_zval_no_verify(stream, &s->resource);
	}
	return stream;
}

static zend_string *rest_of(php_stream *stream)
{
	zend_string *bytes = php_stream_copy_to_mem(stream, PHP_STREAM_COPY_ALL, 0);
	return bytes ? bytes : ZSTR_EMPTY_ALLOC();
}

ZEND_METHOD(WeChatPay_Http_SinkStream, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WeChatPay_Http_SinkStream, __toString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	php_stream *stream = attached_quietly(ZEND_THIS);
	if (!stream || !mode_readable(stream->mode)) {
		RETURN_EMPTY_STRING();
	}
	if (stream_seekable(stream)) {
		php_stream_seek(stream, 0, SEEK_SET);
	}
	RETURN_STR(rest_of(stream));
}

ZEND_METHOD(WeChatPay_Http_SinkStream, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	sink_stream_object *s = sink_stream_from(Z_OBJ_P(ZEND_THIS));
	if (Z_TYPE(s->resource) == IS_RESOURCE) {
		zend_list_close(Z_RES(s->resource));
	}
	zval_ptr_dtor(&s->resource);
	ZVAL_UNDEF(&s->resource);
}

ZEND_METHOD(WeChatPay_Http_SinkStream, detach)
{
	ZEND_PARSE_PARAMETERS_NONE();
	sink_stream_object *s = sink_stream_from(Z_OBJ_P(ZEND_THIS));
	if (Z_TYPE(s->resource) != IS_RESOURCE) {
		RETURN_NULL();
	}
	RETVAL_COPY_VALUE(&s->resource);
	ZVAL_UNDEF(&s->resource);
}

ZEND_METHOD(WeChatPay_Http_SinkStream, getSize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	php_stream *stream = attached_quietly(ZEND_THIS);
	php_stream_statbuf stat;
	if (!stream || php_stream_stat(stream, &stat) != 0) {
		RETURN_NULL();
	}
	RETURN_LONG((zend_long) stat.sb.st_size);
}

ZEND_METHOD(WeChatPay_Http_SinkStream, tell)
{
	ZEND_PARSE_PARAMETERS_NONE();
	php_stream *stream = attached(ZEND_THIS);
	if (!stream) {
		RETURN_THROWS();
	}
	zend_off_t position = php_stream_tell(stream);
	if (position < 0) {
		zend_throw_exception(spl_ce_RuntimeException, "Unable to determine stream position", 0);
		RETURN_THROWS();
	}
	RETURN_LONG((zend_long) position);
}

ZEND_METHOD(WeChatPay_Http_SinkStream, eof)
{
	ZEND_PARSE_PARAMETERS_NONE();
	php_stream *stream = attached(ZEND_THIS);
	if (!stream) {
		RETURN_THROWS();
	}
	RETURN_BOOL(php_stream_eof(stream));
}

ZEND_METHOD(WeChatPay_Http_SinkStream, isSeekable)
{
	ZEND_PARSE_PARAMETERS_NONE();
	php_stream *stream = attached_quietly(ZEND_THIS);
	RETURN_BOOL(stream && stream_seekable(stream));
}

ZEND_METHOD(WeChatPay_Http_SinkStream, seek)
{
	zend_long offset, whence = SEEK_SET;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_LONG(offset)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(whence)
	ZEND_PARSE_PARAMETERS_END();
	php_stream *stream = attached(ZEND_THIS);
	if (!stream) {
		RETURN_THROWS();
	}
	if (!stream_seekable(stream)) {
		zend_throw_exception(spl_ce_RuntimeException, "Stream is not seekable", 0);
		RETURN_THROWS();
	}
	if (php_stream_seek(stream, (zend_off_t) offset, (int) whence) != 0) {
		zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Unable to seek to stream position " ZEND_LONG_FMT " with whence " ZEND_LONG_FMT,
				offset, whence);
	}
}

ZEND_METHOD(WeChatPay_Http_SinkStream, rewind)
{
	ZEND_PARSE_PARAMETERS_NONE();
	php_stream *stream = attached(ZEND_THIS);
	if (!stream) {
		RETURN_THROWS();
	}
	if (!stream_seekable(stream)) {
		zend_throw_exception(spl_ce_RuntimeException, "Stream is not seekable", 0);
		RETURN_THROWS();
	}
	if (php_stream_seek(stream, 0, SEEK_SET) != 0) {
		zend_throw_exception(spl_ce_RuntimeException, "Unable to seek to stream position 0 with whence 0", 0);
	}
}

ZEND_METHOD(WeChatPay_Http_SinkStream, isWritable)
{
	ZEND_PARSE_PARAMETERS_NONE();
	php_stream *stream = attached_quietly(ZEND_THIS);
	RETURN_BOOL(stream && mode_writable(stream->mode));
}

ZEND_METHOD(WeChatPay_Http_SinkStream, write)
{
	zend_string *string;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(string)
	ZEND_PARSE_PARAMETERS_END();
	php_stream *stream = attached(ZEND_THIS);
	if (!stream) {
		RETURN_THROWS();
	}
	if (!mode_writable(stream->mode)) {
		zend_throw_exception(spl_ce_RuntimeException, "Cannot write to a non-writable stream", 0);
		RETURN_THROWS();
	}
	ssize_t written = php_stream_write(stream, ZSTR_VAL(string), ZSTR_LEN(string));
	if (written < 0) {
		zend_throw_exception(spl_ce_RuntimeException, "Unable to write to stream", 0);
		RETURN_THROWS();
	}
	RETURN_LONG((zend_long) written);
}

ZEND_METHOD(WeChatPay_Http_SinkStream, isReadable)
{
	ZEND_PARSE_PARAMETERS_NONE();
	php_stream *stream = attached_quietly(ZEND_THIS);
	RETURN_BOOL(stream && mode_readable(stream->mode));
}

ZEND_METHOD(WeChatPay_Http_SinkStream, read)
{
	zend_long length;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(length)
	ZEND_PARSE_PARAMETERS_END();
	php_stream *stream = attached(ZEND_THIS);
	if (!stream) {
		RETURN_THROWS();
	}
	if (!mode_readable(stream->mode)) {
		zend_throw_exception(spl_ce_RuntimeException, "Cannot read from non-readable stream", 0);
		RETURN_THROWS();
	}
	if (length < 0) {
		zend_throw_exception(spl_ce_RuntimeException, "Length parameter cannot be negative", 0);
		RETURN_THROWS();
	}
	if (length == 0) {
		RETURN_EMPTY_STRING();
	}
	zend_string *bytes = php_stream_read_to_str(stream, (size_t) length);
	if (!bytes) {
		zend_throw_exception(spl_ce_RuntimeException, "Unable to read from stream", 0);
		RETURN_THROWS();
	}
	RETURN_STR(bytes);
}

ZEND_METHOD(WeChatPay_Http_SinkStream, getContents)
{
	ZEND_PARSE_PARAMETERS_NONE();
	php_stream *stream = attached(ZEND_THIS);
	if (!stream) {
		RETURN_THROWS();
	}
	if (!mode_readable(stream->mode)) {
		zend_throw_exception(spl_ce_RuntimeException, "Unable to read stream contents", 0);
		RETURN_THROWS();
	}
	RETURN_STR(rest_of(stream));
}

ZEND_METHOD(WeChatPay_Http_SinkStream, getMetadata)
{
	zval *key = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(key)
	ZEND_PARSE_PARAMETERS_END();
	sink_stream_object *s = sink_stream_from(Z_OBJ_P(ZEND_THIS));
	bool all = !key || Z_TYPE_P(key) == IS_NULL;
	if (!attached_quietly(ZEND_THIS)) {
		if (all) {
			RETURN_EMPTY_ARRAY();
		}
		RETURN_NULL();
	}
	zval metadata;
	if (!wechatpay_userland_call(ZEND_STRL("stream_get_meta_data"), &metadata, 1, &s->resource)) {
		RETURN_THROWS();
	}
	if (all || Z_TYPE(metadata) != IS_ARRAY) {
		RETURN_COPY_VALUE(&metadata);
	}
	zval *found = Z_TYPE_P(key) == IS_STRING ? zend_symtable_find(Z_ARRVAL(metadata), Z_STR_P(key)) : NULL;
	if (found) {
		ZVAL_COPY(return_value, found);
	}
	zval_ptr_dtor(&metadata);
}
/* }}} */

void wechatpay_sink_minit(void)
{
	wechatpay_ce_SinkStream = register_class_WeChatPay_Http_SinkStream(zend_ce_stringable);
	wechatpay_ce_SinkStream->create_object = sink_stream_create;
	memcpy(&sink_stream_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	sink_stream_handlers.offset = XtOffsetOf(sink_stream_object, std);
	sink_stream_handlers.free_obj = sink_stream_free;
	sink_stream_handlers.clone_obj = NULL;
}
