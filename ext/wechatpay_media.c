/*
 * wechatpay_media.c: WeChatPay\Util\MediaUtil, the SDK's upload helper, and WeChatPay\Util\MediaStream,
 * the multipart/form-data body it hands out. The body is a `meta` part (the JSON, application/json)
 * then a `file` part (the file's bytes, Content-Length, a Content-Type guessed from the extension as
 * Guzzle guesses it), laid out byte for byte as Guzzle's MultipartStream lays it out. Its string form
 * is the meta JSON and its size is unknown, so whoever signs (string) $body signs the meta only and
 * whoever sends reads the multipart: the native pipeline (wechatpay_request.c) and Guzzle alike. With
 * Guzzle present getStream() wraps the native stream in a GuzzleHttp\Psr7\FnStream, so it is a
 * Psr\Http\Message\StreamInterface Guzzle accepts as a body. The file is read once, at construction
 * (the SDK hashes it there too).
 */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/standard/php_string.h"
#include "ext/random/php_random.h"
#include "ext/standard/md5.h"
#include "zend_interfaces.h"
#include "ext/hash/php_hash.h"
#include "ext/hash/php_hash_sha.h"
#include "wechatpay_media.h"
#include "wechatpay_boundary.h"
#include "wechatpay_userland.h"
#include "wechatpay_media_arginfo.h"

zend_class_entry *wechatpay_ce_MediaUtil, *wechatpay_ce_MediaStream;
static zend_object_handlers media_util_handlers, media_stream_handlers;

typedef struct _media_stream {
	zend_string *meta;      /* the meta JSON; emptied once the body has read it (the SDK's buffer drains) */
	zend_string *filename;  /* basename of the file path */
	zend_string *file;      /* the file's bytes */
	const char *mime;       /* guessed from the extension, NULL when unknown (no Content-Type then) */
	char boundary[41];
	zend_string *body;      /* the multipart bytes, composed on the first read; NULL before */
	size_t offset;
	bool closed;
	zend_object std;
} media_stream;

typedef struct _media_util {
	zval stream;            /* the MediaStream */
	zval handed_out;        /* what getStream() returns: the MediaStream, or Guzzle's FnStream over it */
	zend_object std;
} media_util;

static zend_always_inline media_stream *media_stream_from(zend_object *obj)
{
	return (media_stream *)((char *)obj - XtOffsetOf(media_stream, std));
}

static zend_always_inline media_util *media_util_from(zend_object *obj)
{
	return (media_util *)((char *)obj - XtOffsetOf(media_util, std));
}

/* The types Guzzle's MimeType::fromExtension() gives the files WeChat Pay takes (images, videos,
 * bills and documents); other extensions get no Content-Type, as with an unknown one in Guzzle. */
static const char *mime_for(const zend_string *filename)
{
	static const char *const table[][2] = {
		{"3gp", "video/3gp"}, {"avi", "video/x-msvideo"}, {"bmp", "image/bmp"}, {"csv", "text/csv"},
		{"f4v", "video/mp4"}, {"flv", "video/x-flv"}, {"gif", "image/gif"}, {"gz", "application/gzip"},
		{"heic", "image/heic"}, {"ico", "image/x-icon"}, {"jpe", "image/jpeg"}, {"jpeg", "image/jpeg"},
		{"jpg", "image/jpeg"}, {"json", "application/json"}, {"m4v", "video/x-m4v"}, {"mkv", "video/x-matroska"},
		{"mov", "video/quicktime"}, {"mp4", "video/mp4"}, {"mpeg", "video/mpeg"}, {"mpg", "video/mpeg"},
		{"pdf", "application/pdf"}, {"png", "image/png"}, {"rmvb", "application/vnd.rn-realmedia-vbr"},
		{"svg", "image/svg+xml"}, {"tif", "image/tiff"}, {"tiff", "image/tiff"}, {"txt", "text/plain"},
		{"webp", "image/webp"}, {"wmv", "video/x-ms-wmv"}, {"xls", "application/vnd.ms-excel"},
		{"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}, {"zip", "application/zip"},
	};
	const char *dot = zend_memrchr(ZSTR_VAL(filename), '.', ZSTR_LEN(filename));
	if (!dot) {
		return NULL;
	}
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		if (strcasecmp(dot + 1, table[i][0]) == 0) {
			return table[i][1];
		}
	}
	return NULL;
}

/* {{{ MediaStream */
static zend_object *media_stream_create(zend_class_entry *ce)
{
	media_stream *s = zend_object_alloc(sizeof(media_stream), ce);
	zend_object_std_init(&s->std, ce);
	object_properties_init(&s->std, ce);
	s->std.handlers = &media_stream_handlers;
	return &s->std;
}

static void media_stream_free(zend_object *object)
{
	media_stream *s = media_stream_from(object);
	if (s->meta) zend_string_release(s->meta);
	if (s->filename) zend_string_release(s->filename);
	if (s->file) zend_string_release(s->file);
	if (s->body) zend_string_release(s->body);
	zend_object_std_dtor(object);
}

/* The multipart bytes, as Guzzle's MultipartStream writes them; the meta is consumed. */
static zend_string *media_stream_body(media_stream *s)
{
	if (s->body) {
		return s->body;
	}
	smart_str body = {0};
	smart_str_appends(&body, "--");
	smart_str_appends(&body, s->boundary);
	smart_str_appends(&body, "\r\nContent-Type: application/json\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n");
	smart_str_append(&body, s->meta);
	smart_str_appends(&body, "\r\n--");
	smart_str_appends(&body, s->boundary);
	smart_str_appends(&body, "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"");
	smart_str_append(&body, s->filename);
	smart_str_appendc(&body, '"');
	if (ZSTR_LEN(s->file)) { /* Guzzle leaves it out for an empty file */
		smart_str_appends(&body, "\r\nContent-Length: ");
		smart_str_append_unsigned(&body, ZSTR_LEN(s->file));
	}
	if (s->mime) {
		smart_str_appends(&body, "\r\nContent-Type: ");
		smart_str_appends(&body, s->mime);
	}
	smart_str_appends(&body, "\r\n\r\n");
	smart_str_append(&body, s->file);
	smart_str_appends(&body, "\r\n--");
	smart_str_appends(&body, s->boundary);
	smart_str_appends(&body, "--\r\n");
	s->body = smart_str_extract(&body);
	zend_string_release(s->meta);
	s->meta = ZSTR_EMPTY_ALLOC();
	return s->body;
}

static bool media_stream_open(media_stream *s)
{
	if (s->closed) {
		zend_throw_exception(spl_ce_RuntimeException, "Stream is detached", 0);
		return false;
	}
	return true;
}

static zend_string *media_stream_take(media_stream *s, size_t length)
{
	zend_string *body = media_stream_body(s);
	size_t count = MIN(length, ZSTR_LEN(body) - s->offset);
	zend_string *out = count == ZSTR_LEN(body) ? zend_string_copy(body) : zend_string_init(ZSTR_VAL(body) + s->offset, count, 0);
	s->offset += count;
	return out;
}

ZEND_METHOD(WeChatPay_Util_MediaStream, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WeChatPay_Util_MediaStream, __toString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(media_stream_from(Z_OBJ_P(ZEND_THIS))->meta);
}

ZEND_METHOD(WeChatPay_Util_MediaStream, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	media_stream_from(Z_OBJ_P(ZEND_THIS))->closed = true;
}

ZEND_METHOD(WeChatPay_Util_MediaStream, detach)
{
	ZEND_PARSE_PARAMETERS_NONE();
	media_stream_from(Z_OBJ_P(ZEND_THIS))->closed = true;
	RETURN_NULL();
}

ZEND_METHOD(WeChatPay_Util_MediaStream, getSize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_NULL(); /* unknown, as the SDK's: Guzzle then streams the body instead of casting it */
}

ZEND_METHOD(WeChatPay_Util_MediaStream, tell)
{
	ZEND_PARSE_PARAMETERS_NONE();
	media_stream *s = media_stream_from(Z_OBJ_P(ZEND_THIS));
	if (!media_stream_open(s)) {
		RETURN_THROWS();
	}
	RETURN_LONG((zend_long) s->offset);
}

ZEND_METHOD(WeChatPay_Util_MediaStream, eof)
{
	ZEND_PARSE_PARAMETERS_NONE();
	media_stream *s = media_stream_from(Z_OBJ_P(ZEND_THIS));
	RETURN_BOOL(s->closed || (s->body && s->offset >= ZSTR_LEN(s->body)));
}

ZEND_METHOD(WeChatPay_Util_MediaStream, isSeekable)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_FALSE; /* the SDK's meta buffer cannot seek, so neither can its multipart stream */
}

ZEND_METHOD(WeChatPay_Util_MediaStream, seek)
{
	zval *offset, *whence = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(offset)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(whence)
	ZEND_PARSE_PARAMETERS_END();
	zend_throw_exception(spl_ce_RuntimeException, "This AppendStream is not seekable", 0);
}

ZEND_METHOD(WeChatPay_Util_MediaStream, rewind)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_throw_exception(spl_ce_RuntimeException, "This AppendStream is not seekable", 0);
}

ZEND_METHOD(WeChatPay_Util_MediaStream, isWritable)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_FALSE;
}

ZEND_METHOD(WeChatPay_Util_MediaStream, write)
{
	zval *string;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(string)
	ZEND_PARSE_PARAMETERS_END();
	zend_throw_exception(spl_ce_RuntimeException, "Cannot write to an AppendStream", 0);
}

ZEND_METHOD(WeChatPay_Util_MediaStream, isReadable)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(!media_stream_from(Z_OBJ_P(ZEND_THIS))->closed);
}

ZEND_METHOD(WeChatPay_Util_MediaStream, read)
{
	zend_long length;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(length)
	ZEND_PARSE_PARAMETERS_END();
	media_stream *s = media_stream_from(Z_OBJ_P(ZEND_THIS));
	if (!media_stream_open(s)) {
		RETURN_THROWS();
	}
	if (length < 0) {
		zend_argument_value_error(1, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	RETURN_STR(media_stream_take(s, (size_t) length));
}

ZEND_METHOD(WeChatPay_Util_MediaStream, getContents)
{
	ZEND_PARSE_PARAMETERS_NONE();
	media_stream *s = media_stream_from(Z_OBJ_P(ZEND_THIS));
	if (!media_stream_open(s)) {
		RETURN_THROWS();
	}
	RETURN_STR(media_stream_take(s, SIZE_MAX));
}

ZEND_METHOD(WeChatPay_Util_MediaStream, getMetadata)
{
	zval *key = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(key)
	ZEND_PARSE_PARAMETERS_END();
	if (!key || Z_TYPE_P(key) == IS_NULL) {
		RETURN_EMPTY_ARRAY();
	}
	RETURN_NULL();
}
/* }}} */

/* {{{ MediaUtil */
static zend_object *media_util_create(zend_class_entry *ce)
{
	media_util *m = zend_object_alloc(sizeof(media_util), ce);
	zend_object_std_init(&m->std, ce);
	object_properties_init(&m->std, ce);
	m->std.handlers = &media_util_handlers;
	ZVAL_UNDEF(&m->stream);
	ZVAL_UNDEF(&m->handed_out);
	return &m->std;
}

static void media_util_free(zend_object *object)
{
	media_util *m = media_util_from(object);
	zval_ptr_dtor(&m->stream);
	zval_ptr_dtor(&m->handed_out);
	zend_object_std_dtor(object);
}

static HashTable *media_util_get_gc(zend_object *object, zval **table, int *n)
{
	media_util *m = media_util_from(object);
	*table = &m->stream;
	*n = 2;
	return zend_std_get_properties(object);
}

static media_stream *media_util_stream(zval *this_ptr)
{
	media_util *m = media_util_from(Z_OBJ_P(this_ptr));
	if (Z_TYPE(m->stream) != IS_OBJECT) {
		zend_throw_error(NULL, "%s object is not initialized", ZSTR_VAL(Z_OBJCE_P(this_ptr)->name));
		return NULL;
	}
	return media_stream_from(Z_OBJ(m->stream));
}

/* The file's bytes, read as the SDK's LazyOpenStream would open it: a clear RuntimeException when it
 * cannot be opened, with Guzzle's words. */
static zend_string *read_file(zend_string *filepath)
{
	php_stream *stream = php_stream_open_wrapper(ZSTR_VAL(filepath), "rb", 0, NULL);
	if (!stream) {
		zend_throw_exception_ex(spl_ce_RuntimeException, 0,
				"Unable to open \"%s\" using mode \"rb\": fopen(%s): Failed to open stream: %s",
				ZSTR_VAL(filepath), ZSTR_VAL(filepath), errno ? strerror(errno) : "operation failed");
		return NULL;
	}
	zend_string *bytes = php_stream_copy_to_mem(stream, PHP_STREAM_COPY_ALL, 0);
	php_stream_close(stream);
	return bytes ? bytes : ZSTR_EMPTY_ALLOC();
}

/* The SDK's default meta: json_encode(['filename' => basename, 'sha256' => hex digest]), flags 0. */
static zend_string *default_meta(media_stream *s)
{
	PHP_SHA256_CTX context;
	unsigned char digest[32];
	char hex[65];
	PHP_SHA256Init(&context);
	PHP_SHA256Update(&context, (const unsigned char *) ZSTR_VAL(s->file), ZSTR_LEN(s->file));
	PHP_SHA256Final(digest, &context);
	make_digest_ex(hex, digest, sizeof(digest));

	zval meta;
	array_init_size(&meta, 2);
	add_assoc_str(&meta, "filename", zend_string_copy(s->filename));
	add_assoc_stringl(&meta, "sha256", hex, 64);
	smart_str json = {0};
	php_json_encode(&json, &meta, 0);
	zval_ptr_dtor(&meta);
	return json.s ? smart_str_extract(&json) : ZSTR_EMPTY_ALLOC();
}

static void random_boundary(char *boundary)
{
	unsigned char raw[20];
	if (php_random_bytes_silent(raw, sizeof(raw)) == FAILURE) {
		memset(raw, 0, sizeof(raw));
	}
	make_digest_ex(boundary, raw, sizeof(raw));
}

/* The declared ?Psr\Http\Message\StreamInterface, checked as userland checks it (internal functions'
 * class types are not enforced): a TypeError for any other object. */
static bool stream_interface_argument(zval *file_stream)
{
	zend_string *name = zend_string_init(ZEND_STRL("Psr\\Http\\Message\\StreamInterface"), 0);
	zend_class_entry *psr = zend_lookup_class(name);
	zend_string_release(name);
	if (EG(exception)) {
		return false;
	}
	if (psr && instanceof_function(Z_OBJCE_P(file_stream), psr)) {
		return true;
	}
	zend_argument_type_error(2, "must be of type ?Psr\\Http\\Message\\StreamInterface, %s given", ZSTR_VAL(Z_OBJCE_P(file_stream)->name));
	return false;
}

ZEND_METHOD(WeChatPay_Util_MediaUtil, __construct)
{
	zend_string *filepath;
	zval *file_stream = NULL;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(filepath)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJECT_OR_NULL(file_stream)
	ZEND_PARSE_PARAMETERS_END();

	if (file_stream && !stream_interface_argument(file_stream)) {
		RETURN_THROWS();
	}
	media_util *m = media_util_from(Z_OBJ_P(ZEND_THIS));
	zend_string *file = file_stream ? zval_try_get_string(file_stream) : read_file(filepath);
	if (!file) {
		RETURN_THROWS();
	}
	zval_ptr_dtor(&m->stream);
	zval_ptr_dtor(&m->handed_out);
	ZVAL_UNDEF(&m->handed_out);
	object_init_ex(&m->stream, wechatpay_ce_MediaStream);
	media_stream *s = media_stream_from(Z_OBJ(m->stream));
	s->file = file;
	s->filename = php_basename(ZSTR_VAL(filepath), ZSTR_LEN(filepath), NULL, 0);
	s->mime = mime_for(s->filename);
	random_boundary(s->boundary);
	s->meta = default_meta(s);
}

ZEND_METHOD(WeChatPay_Util_MediaUtil, setMeta)
{
	zend_string *json = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(json)
	ZEND_PARSE_PARAMETERS_END();
	media_stream *s = media_util_stream(ZEND_THIS);
	if (!s) {
		RETURN_THROWS();
	}
	zend_string_release(s->meta);
	s->meta = json ? zend_string_copy(json) : default_meta(s);
	RETURN_LONG((zend_long) ZSTR_LEN(s->meta));
}

ZEND_METHOD(WeChatPay_Util_MediaUtil, getMeta)
{
	ZEND_PARSE_PARAMETERS_NONE();
	media_stream *s = media_util_stream(ZEND_THIS);
	if (!s) {
		RETURN_THROWS();
	}
	RETURN_STR_COPY(s->meta);
}

/* Guzzle's FnStream with every StreamInterface method bound to the native stream's. */
static bool guzzle_wrapper(zend_class_entry *fn_stream, zval *stream, zval *out)
{
	static const char *const methods[] = {"__toString", "close", "detach", "getSize", "tell", "eof", "isSeekable",
		"seek", "rewind", "isWritable", "write", "isReadable", "read", "getContents", "getMetadata"};
	zval map;
	array_init_size(&map, sizeof(methods) / sizeof(methods[0]));
	for (size_t i = 0; i < sizeof(methods) / sizeof(methods[0]); i++) {
		zval callable;
		array_init_size(&callable, 2);
		Z_ADDREF_P(stream);
		add_next_index_zval(&callable, stream);
		add_next_index_string(&callable, methods[i]);
		add_assoc_zval(&map, methods[i], &callable);
	}
	object_init_ex(out, fn_stream);
	if (fn_stream->constructor) {
		zend_call_known_instance_method_with_1_params(fn_stream->constructor, Z_OBJ_P(out), NULL, &map);
	}
	zval_ptr_dtor(&map);
	if (EG(exception)) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		return false;
	}
	return true;
}

ZEND_METHOD(WeChatPay_Util_MediaUtil, getStream)
{
	ZEND_PARSE_PARAMETERS_NONE();
	media_util *m = media_util_from(Z_OBJ_P(ZEND_THIS));
	if (!media_util_stream(ZEND_THIS)) {
		RETURN_THROWS();
	}
	if (Z_TYPE(m->handed_out) == IS_UNDEF) {
		zend_class_entry *fn_stream = wechatpay_guzzle_class(ZEND_STRL("GuzzleHttp\\Psr7\\FnStream"));
		if (!fn_stream) {
			ZVAL_COPY(&m->handed_out, &m->stream);
		} else if (!guzzle_wrapper(fn_stream, &m->stream, &m->handed_out)) {
			RETURN_THROWS();
		}
	}
	RETURN_COPY(&m->handed_out);
}

ZEND_METHOD(WeChatPay_Util_MediaUtil, getContentType)
{
	ZEND_PARSE_PARAMETERS_NONE();
	media_stream *s = media_util_stream(ZEND_THIS);
	if (!s) {
		RETURN_THROWS();
	}
	RETURN_STR(zend_strpprintf(0, "multipart/form-data; boundary=%s", s->boundary));
}
/* }}} */

void wechatpay_media_minit(void)
{
	wechatpay_ce_MediaUtil = register_class_WeChatPay_Util_MediaUtil();
	wechatpay_ce_MediaUtil->create_object = media_util_create;
	memcpy(&media_util_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	media_util_handlers.offset = XtOffsetOf(media_util, std);
	media_util_handlers.free_obj = media_util_free;
	media_util_handlers.get_gc = media_util_get_gc;
	media_util_handlers.clone_obj = NULL;

	wechatpay_ce_MediaStream = register_class_WeChatPay_Util_MediaStream(zend_ce_stringable);
	wechatpay_ce_MediaStream->create_object = media_stream_create;
	memcpy(&media_stream_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	media_stream_handlers.offset = XtOffsetOf(media_stream, std);
	media_stream_handlers.free_obj = media_stream_free;
	media_stream_handlers.clone_obj = NULL;
}
