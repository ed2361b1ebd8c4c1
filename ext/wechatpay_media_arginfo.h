/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 43bd70b540705d6e3f3dfbb23d0c309101b96fa0 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Util_MediaUtil___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, filepath, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, fileStream, Psr\\Http\\Message\\StreamInterface, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Util_MediaUtil_setMeta, 0, 0, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, json, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Util_MediaUtil_getMeta, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Util_MediaUtil_getStream, 0, 0, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Util_MediaUtil_getContentType arginfo_class_WeChatPay_Util_MediaUtil_getMeta

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Util_MediaStream___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Util_MediaStream___toString arginfo_class_WeChatPay_Util_MediaUtil_getMeta

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Util_MediaStream_close, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Util_MediaStream_detach arginfo_class_WeChatPay_Util_MediaStream___construct

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Util_MediaStream_getSize, 0, 0, IS_LONG, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Util_MediaStream_tell, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Util_MediaStream_eof, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Util_MediaStream_isSeekable arginfo_class_WeChatPay_Util_MediaStream_eof

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Util_MediaStream_seek, 0, 1, IS_VOID, 0)
	ZEND_ARG_INFO(0, offset)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, whence, "SEEK_SET")
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Util_MediaStream_rewind arginfo_class_WeChatPay_Util_MediaStream_close

#define arginfo_class_WeChatPay_Util_MediaStream_isWritable arginfo_class_WeChatPay_Util_MediaStream_eof

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Util_MediaStream_write, 0, 1, IS_LONG, 0)
	ZEND_ARG_INFO(0, string)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Util_MediaStream_isReadable arginfo_class_WeChatPay_Util_MediaStream_eof

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Util_MediaStream_read, 0, 1, IS_STRING, 0)
	ZEND_ARG_INFO(0, length)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Util_MediaStream_getContents arginfo_class_WeChatPay_Util_MediaUtil_getMeta

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Util_MediaStream_getMetadata, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, key, "null")
ZEND_END_ARG_INFO()


ZEND_METHOD(WeChatPay_Util_MediaUtil, __construct);
ZEND_METHOD(WeChatPay_Util_MediaUtil, setMeta);
ZEND_METHOD(WeChatPay_Util_MediaUtil, getMeta);
ZEND_METHOD(WeChatPay_Util_MediaUtil, getStream);
ZEND_METHOD(WeChatPay_Util_MediaUtil, getContentType);
ZEND_METHOD(WeChatPay_Util_MediaStream, __construct);
ZEND_METHOD(WeChatPay_Util_MediaStream, __toString);
ZEND_METHOD(WeChatPay_Util_MediaStream, close);
ZEND_METHOD(WeChatPay_Util_MediaStream, detach);
ZEND_METHOD(WeChatPay_Util_MediaStream, getSize);
ZEND_METHOD(WeChatPay_Util_MediaStream, tell);
ZEND_METHOD(WeChatPay_Util_MediaStream, eof);
ZEND_METHOD(WeChatPay_Util_MediaStream, isSeekable);
ZEND_METHOD(WeChatPay_Util_MediaStream, seek);
ZEND_METHOD(WeChatPay_Util_MediaStream, rewind);
ZEND_METHOD(WeChatPay_Util_MediaStream, isWritable);
ZEND_METHOD(WeChatPay_Util_MediaStream, write);
ZEND_METHOD(WeChatPay_Util_MediaStream, isReadable);
ZEND_METHOD(WeChatPay_Util_MediaStream, read);
ZEND_METHOD(WeChatPay_Util_MediaStream, getContents);
ZEND_METHOD(WeChatPay_Util_MediaStream, getMetadata);


static const zend_function_entry class_WeChatPay_Util_MediaUtil_methods[] = {
	ZEND_ME(WeChatPay_Util_MediaUtil, __construct, arginfo_class_WeChatPay_Util_MediaUtil___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaUtil, setMeta, arginfo_class_WeChatPay_Util_MediaUtil_setMeta, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaUtil, getMeta, arginfo_class_WeChatPay_Util_MediaUtil_getMeta, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaUtil, getStream, arginfo_class_WeChatPay_Util_MediaUtil_getStream, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaUtil, getContentType, arginfo_class_WeChatPay_Util_MediaUtil_getContentType, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Util_MediaStream_methods[] = {
	ZEND_ME(WeChatPay_Util_MediaStream, __construct, arginfo_class_WeChatPay_Util_MediaStream___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_Util_MediaStream, __toString, arginfo_class_WeChatPay_Util_MediaStream___toString, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaStream, close, arginfo_class_WeChatPay_Util_MediaStream_close, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaStream, detach, arginfo_class_WeChatPay_Util_MediaStream_detach, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaStream, getSize, arginfo_class_WeChatPay_Util_MediaStream_getSize, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaStream, tell, arginfo_class_WeChatPay_Util_MediaStream_tell, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaStream, eof, arginfo_class_WeChatPay_Util_MediaStream_eof, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaStream, isSeekable, arginfo_class_WeChatPay_Util_MediaStream_isSeekable, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaStream, seek, arginfo_class_WeChatPay_Util_MediaStream_seek, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaStream, rewind, arginfo_class_WeChatPay_Util_MediaStream_rewind, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaStream, isWritable, arginfo_class_WeChatPay_Util_MediaStream_isWritable, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaStream, write, arginfo_class_WeChatPay_Util_MediaStream_write, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaStream, isReadable, arginfo_class_WeChatPay_Util_MediaStream_isReadable, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaStream, read, arginfo_class_WeChatPay_Util_MediaStream_read, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaStream, getContents, arginfo_class_WeChatPay_Util_MediaStream_getContents, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaStream, getMetadata, arginfo_class_WeChatPay_Util_MediaStream_getMetadata, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_Util_MediaUtil(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Util", "MediaUtil", class_WeChatPay_Util_MediaUtil_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Util_MediaStream(zend_class_entry *class_entry_Stringable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Util", "MediaStream", class_WeChatPay_Util_MediaStream_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_Stringable);

	return class_entry;
}
