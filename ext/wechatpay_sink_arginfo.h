/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: bc8dc3eb234837cd7fdc5f33651f73c47d012962 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Http_SinkStream___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_SinkStream___toString, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_SinkStream_close, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_SinkStream_detach arginfo_class_WeChatPay_Http_SinkStream___construct

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_SinkStream_getSize, 0, 0, IS_LONG, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_SinkStream_tell, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_SinkStream_eof, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_SinkStream_isSeekable arginfo_class_WeChatPay_Http_SinkStream_eof

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_SinkStream_seek, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, offset, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, whence, IS_LONG, 0, "SEEK_SET")
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_SinkStream_rewind arginfo_class_WeChatPay_Http_SinkStream_close

#define arginfo_class_WeChatPay_Http_SinkStream_isWritable arginfo_class_WeChatPay_Http_SinkStream_eof

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_SinkStream_write, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, string, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_SinkStream_isReadable arginfo_class_WeChatPay_Http_SinkStream_eof

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_SinkStream_read, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, length, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_SinkStream_getContents arginfo_class_WeChatPay_Http_SinkStream___toString

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Http_SinkStream_getMetadata, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, key, "null")
ZEND_END_ARG_INFO()


ZEND_METHOD(WeChatPay_Http_SinkStream, __construct);
ZEND_METHOD(WeChatPay_Http_SinkStream, __toString);
ZEND_METHOD(WeChatPay_Http_SinkStream, close);
ZEND_METHOD(WeChatPay_Http_SinkStream, detach);
ZEND_METHOD(WeChatPay_Http_SinkStream, getSize);
ZEND_METHOD(WeChatPay_Http_SinkStream, tell);
ZEND_METHOD(WeChatPay_Http_SinkStream, eof);
ZEND_METHOD(WeChatPay_Http_SinkStream, isSeekable);
ZEND_METHOD(WeChatPay_Http_SinkStream, seek);
ZEND_METHOD(WeChatPay_Http_SinkStream, rewind);
ZEND_METHOD(WeChatPay_Http_SinkStream, isWritable);
ZEND_METHOD(WeChatPay_Http_SinkStream, write);
ZEND_METHOD(WeChatPay_Http_SinkStream, isReadable);
ZEND_METHOD(WeChatPay_Http_SinkStream, read);
ZEND_METHOD(WeChatPay_Http_SinkStream, getContents);
ZEND_METHOD(WeChatPay_Http_SinkStream, getMetadata);


static const zend_function_entry class_WeChatPay_Http_SinkStream_methods[] = {
	ZEND_ME(WeChatPay_Http_SinkStream, __construct, arginfo_class_WeChatPay_Http_SinkStream___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_Http_SinkStream, __toString, arginfo_class_WeChatPay_Http_SinkStream___toString, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_SinkStream, close, arginfo_class_WeChatPay_Http_SinkStream_close, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_SinkStream, detach, arginfo_class_WeChatPay_Http_SinkStream_detach, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_SinkStream, getSize, arginfo_class_WeChatPay_Http_SinkStream_getSize, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_SinkStream, tell, arginfo_class_WeChatPay_Http_SinkStream_tell, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_SinkStream, eof, arginfo_class_WeChatPay_Http_SinkStream_eof, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_SinkStream, isSeekable, arginfo_class_WeChatPay_Http_SinkStream_isSeekable, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_SinkStream, seek, arginfo_class_WeChatPay_Http_SinkStream_seek, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_SinkStream, rewind, arginfo_class_WeChatPay_Http_SinkStream_rewind, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_SinkStream, isWritable, arginfo_class_WeChatPay_Http_SinkStream_isWritable, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_SinkStream, write, arginfo_class_WeChatPay_Http_SinkStream_write, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_SinkStream, isReadable, arginfo_class_WeChatPay_Http_SinkStream_isReadable, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_SinkStream, read, arginfo_class_WeChatPay_Http_SinkStream_read, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_SinkStream, getContents, arginfo_class_WeChatPay_Http_SinkStream_getContents, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_SinkStream, getMetadata, arginfo_class_WeChatPay_Http_SinkStream_getMetadata, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_Http_SinkStream(zend_class_entry *class_entry_Stringable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Http", "SinkStream", class_WeChatPay_Http_SinkStream_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_Stringable);

	return class_entry;
}
