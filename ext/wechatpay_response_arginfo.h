/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 1093f1bde500731b9c779458188ec4e06e0e167e */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Http_Response___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, status, IS_LONG, 0, "200")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, headers, IS_ARRAY, 0, "[]")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, body, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, version, IS_STRING, 0, "\'1.1\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, reason, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Response_getStatusCode, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Response_getReasonPhrase, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Response_withStatus, 0, 1, IS_STATIC, 0)
	ZEND_ARG_INFO(0, code)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, reasonPhrase, "\'\'")
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_Response_getProtocolVersion arginfo_class_WeChatPay_Http_Response_getReasonPhrase

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Response_withProtocolVersion, 0, 1, IS_STATIC, 0)
	ZEND_ARG_INFO(0, version)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Response_getHeaders, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Response_hasHeader, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_INFO(0, header)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Response_getHeader, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_INFO(0, header)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Response_getHeaderLine, 0, 1, IS_STRING, 0)
	ZEND_ARG_INFO(0, header)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Response_withHeader, 0, 2, IS_STATIC, 0)
	ZEND_ARG_INFO(0, header)
	ZEND_ARG_INFO(0, value)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_Response_withAddedHeader arginfo_class_WeChatPay_Http_Response_withHeader

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Response_withoutHeader, 0, 1, IS_STATIC, 0)
	ZEND_ARG_INFO(0, header)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Response_getBody, 0, 0, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Response_withBody, 0, 1, IS_STATIC, 0)
	ZEND_ARG_INFO(0, body)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_Stream___toString arginfo_class_WeChatPay_Http_Response_getReasonPhrase

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Stream_close, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Http_Stream_detach, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Stream_getSize, 0, 0, IS_LONG, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_Stream_tell arginfo_class_WeChatPay_Http_Response_getStatusCode

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Stream_eof, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_Stream_isSeekable arginfo_class_WeChatPay_Http_Stream_eof

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Stream_seek, 0, 1, IS_VOID, 0)
	ZEND_ARG_INFO(0, offset)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, whence, "SEEK_SET")
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_Stream_rewind arginfo_class_WeChatPay_Http_Stream_close

#define arginfo_class_WeChatPay_Http_Stream_isWritable arginfo_class_WeChatPay_Http_Stream_eof

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Stream_write, 0, 1, IS_LONG, 0)
	ZEND_ARG_INFO(0, string)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_Stream_isReadable arginfo_class_WeChatPay_Http_Stream_eof

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_Stream_read, 0, 1, IS_STRING, 0)
	ZEND_ARG_INFO(0, length)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_Stream_getContents arginfo_class_WeChatPay_Http_Response_getReasonPhrase

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Http_Stream_getMetadata, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, key, "null")
ZEND_END_ARG_INFO()


ZEND_METHOD(WeChatPay_Http_Response, __construct);
ZEND_METHOD(WeChatPay_Http_Response, getStatusCode);
ZEND_METHOD(WeChatPay_Http_Response, getReasonPhrase);
ZEND_METHOD(WeChatPay_Http_Response, withStatus);
ZEND_METHOD(WeChatPay_Http_Response, getProtocolVersion);
ZEND_METHOD(WeChatPay_Http_Response, withProtocolVersion);
ZEND_METHOD(WeChatPay_Http_Response, getHeaders);
ZEND_METHOD(WeChatPay_Http_Response, hasHeader);
ZEND_METHOD(WeChatPay_Http_Response, getHeader);
ZEND_METHOD(WeChatPay_Http_Response, getHeaderLine);
ZEND_METHOD(WeChatPay_Http_Response, withHeader);
ZEND_METHOD(WeChatPay_Http_Response, withAddedHeader);
ZEND_METHOD(WeChatPay_Http_Response, withoutHeader);
ZEND_METHOD(WeChatPay_Http_Response, getBody);
ZEND_METHOD(WeChatPay_Http_Response, withBody);
ZEND_METHOD(WeChatPay_Http_Stream, __toString);
ZEND_METHOD(WeChatPay_Http_Stream, close);
ZEND_METHOD(WeChatPay_Http_Stream, detach);
ZEND_METHOD(WeChatPay_Http_Stream, getSize);
ZEND_METHOD(WeChatPay_Http_Stream, tell);
ZEND_METHOD(WeChatPay_Http_Stream, eof);
ZEND_METHOD(WeChatPay_Http_Stream, isSeekable);
ZEND_METHOD(WeChatPay_Http_Stream, seek);
ZEND_METHOD(WeChatPay_Http_Stream, rewind);
ZEND_METHOD(WeChatPay_Http_Stream, isWritable);
ZEND_METHOD(WeChatPay_Http_Stream, write);
ZEND_METHOD(WeChatPay_Http_Stream, isReadable);
ZEND_METHOD(WeChatPay_Http_Stream, read);
ZEND_METHOD(WeChatPay_Http_Stream, getContents);
ZEND_METHOD(WeChatPay_Http_Stream, getMetadata);


static const zend_function_entry class_WeChatPay_Http_Response_methods[] = {
	ZEND_ME(WeChatPay_Http_Response, __construct, arginfo_class_WeChatPay_Http_Response___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Response, getStatusCode, arginfo_class_WeChatPay_Http_Response_getStatusCode, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Response, getReasonPhrase, arginfo_class_WeChatPay_Http_Response_getReasonPhrase, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Response, withStatus, arginfo_class_WeChatPay_Http_Response_withStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Response, getProtocolVersion, arginfo_class_WeChatPay_Http_Response_getProtocolVersion, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Response, withProtocolVersion, arginfo_class_WeChatPay_Http_Response_withProtocolVersion, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Response, getHeaders, arginfo_class_WeChatPay_Http_Response_getHeaders, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Response, hasHeader, arginfo_class_WeChatPay_Http_Response_hasHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Response, getHeader, arginfo_class_WeChatPay_Http_Response_getHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Response, getHeaderLine, arginfo_class_WeChatPay_Http_Response_getHeaderLine, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Response, withHeader, arginfo_class_WeChatPay_Http_Response_withHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Response, withAddedHeader, arginfo_class_WeChatPay_Http_Response_withAddedHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Response, withoutHeader, arginfo_class_WeChatPay_Http_Response_withoutHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Response, getBody, arginfo_class_WeChatPay_Http_Response_getBody, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Response, withBody, arginfo_class_WeChatPay_Http_Response_withBody, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Http_Stream_methods[] = {
	ZEND_ME(WeChatPay_Http_Stream, __toString, arginfo_class_WeChatPay_Http_Stream___toString, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Stream, close, arginfo_class_WeChatPay_Http_Stream_close, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Stream, detach, arginfo_class_WeChatPay_Http_Stream_detach, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Stream, getSize, arginfo_class_WeChatPay_Http_Stream_getSize, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Stream, tell, arginfo_class_WeChatPay_Http_Stream_tell, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Stream, eof, arginfo_class_WeChatPay_Http_Stream_eof, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Stream, isSeekable, arginfo_class_WeChatPay_Http_Stream_isSeekable, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Stream, seek, arginfo_class_WeChatPay_Http_Stream_seek, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Stream, rewind, arginfo_class_WeChatPay_Http_Stream_rewind, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Stream, isWritable, arginfo_class_WeChatPay_Http_Stream_isWritable, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Stream, write, arginfo_class_WeChatPay_Http_Stream_write, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Stream, isReadable, arginfo_class_WeChatPay_Http_Stream_isReadable, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Stream, read, arginfo_class_WeChatPay_Http_Stream_read, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Stream, getContents, arginfo_class_WeChatPay_Http_Stream_getContents, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_Stream, getMetadata, arginfo_class_WeChatPay_Http_Stream_getMetadata, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_Http_Response(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Http", "Response", class_WeChatPay_Http_Response_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Http_Stream(zend_class_entry *class_entry_Stringable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Http", "Stream", class_WeChatPay_Http_Stream_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_Stringable);

	return class_entry;
}
