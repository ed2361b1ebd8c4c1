/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 64fc11892b88b70d2548ae98fd869ea617a932ff */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Transformer_toArray, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, xml, IS_STRING, 0, "\'<xml/>\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Transformer_sanitize, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, xml, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Transformer_toXml, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, headless, _IS_BOOL, 0, "true")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, indent, _IS_BOOL, 0, "false")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, root, IS_STRING, 0, "\'xml\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, item, IS_STRING, 0, "\'item\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Transformer_isElementNameValid, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, name, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Transformer_needsCdataWrapping, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, value, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()


ZEND_METHOD(WeChatPay_Transformer, toArray);
ZEND_METHOD(WeChatPay_Transformer, sanitize);
ZEND_METHOD(WeChatPay_Transformer, toXml);
ZEND_METHOD(WeChatPay_Transformer, isElementNameValid);
ZEND_METHOD(WeChatPay_Transformer, needsCdataWrapping);


static const zend_function_entry class_WeChatPay_Transformer_methods[] = {
	ZEND_ME(WeChatPay_Transformer, toArray, arginfo_class_WeChatPay_Transformer_toArray, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Transformer, sanitize, arginfo_class_WeChatPay_Transformer_sanitize, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Transformer, toXml, arginfo_class_WeChatPay_Transformer_toXml, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Transformer, isElementNameValid, arginfo_class_WeChatPay_Transformer_isElementNameValid, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Transformer, needsCdataWrapping, arginfo_class_WeChatPay_Transformer_needsCdataWrapping, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_Transformer(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "Transformer", class_WeChatPay_Transformer_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	return class_entry;
}
