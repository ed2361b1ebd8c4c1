/*
 * wechatpay_exception.c: the SDK's exception types and message constants, the native transport
 * exceptions used when Guzzle is not installed, and the promise rejection wrappers.
 */
#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "wechatpay_exception.h"
#include "wechatpay_boundary.h"
#include "wechatpay_response.h"
#include "wechatpay_exception_arginfo.h"

zend_class_entry *wechatpay_ce_WeChatPayException;
zend_class_entry *wechatpay_ce_InvalidArgumentException;
zend_class_entry *wechatpay_ce_TransferException;
zend_class_entry *wechatpay_ce_ConnectException;
zend_class_entry *wechatpay_ce_RequestException;
zend_class_entry *wechatpay_ce_BadResponseException;
zend_class_entry *wechatpay_ce_TooManyRedirectsException;
zend_class_entry *wechatpay_ce_ClientException;
zend_class_entry *wechatpay_ce_ServerException;
zend_class_entry *wechatpay_ce_RejectionException;
zend_class_entry *wechatpay_ce_CancellationException;

void wechatpay_exception_minit(int module_number)
{
	register_wechatpay_exception_symbols(module_number);
	wechatpay_ce_WeChatPayException = register_class_WeChatPay_Exception_WeChatPayException();
	wechatpay_ce_InvalidArgumentException = register_class_WeChatPay_Exception_InvalidArgumentException(
			spl_ce_InvalidArgumentException, wechatpay_ce_WeChatPayException);
	wechatpay_ce_TransferException = register_class_WeChatPay_Exception_TransferException(
			spl_ce_RuntimeException, wechatpay_ce_WeChatPayException);
	wechatpay_ce_ConnectException = register_class_WeChatPay_Exception_ConnectException(wechatpay_ce_TransferException);
	wechatpay_ce_RequestException = register_class_WeChatPay_Exception_RequestException(wechatpay_ce_TransferException);
	wechatpay_ce_BadResponseException = register_class_WeChatPay_Exception_BadResponseException(wechatpay_ce_RequestException);
	wechatpay_ce_TooManyRedirectsException = register_class_WeChatPay_Exception_TooManyRedirectsException(wechatpay_ce_RequestException);
	wechatpay_ce_ClientException = register_class_WeChatPay_Exception_ClientException(wechatpay_ce_BadResponseException);
	wechatpay_ce_ServerException = register_class_WeChatPay_Exception_ServerException(wechatpay_ce_BadResponseException);
	wechatpay_ce_RejectionException = register_class_WeChatPay_Exception_RejectionException(
			spl_ce_RuntimeException, wechatpay_ce_WeChatPayException);
	wechatpay_ce_CancellationException = register_class_WeChatPay_Exception_CancellationException(
			wechatpay_ce_RejectionException);
}

void wechatpay_throw_invalid_argument(const char *format, ...)
{
	va_list args;
	va_start(args, format);
	zend_string *message = zend_vstrpprintf(0, format, args);
	va_end(args);
	zend_throw_exception(wechatpay_ce_InvalidArgumentException, ZSTR_VAL(message), 0);
	zend_string_release(message);
}

void wechatpay_exception_set(zend_object *exception, zend_class_entry *scope, const char *name, size_t name_len, zval *value)
{
	zend_update_property(scope, exception, name, name_len, value);
}

static zval *read_own(zend_class_entry *scope, zval *object, const char *name, size_t name_len)
{
	zval unused;
	return zend_read_property(scope, Z_OBJ_P(object), name, name_len, 1, &unused);
}

/* Guzzle's text: "The promise was rejected", plus " with reason: …" for a string or stringable reason. */
static zend_string *rejection_message(zval *reason)
{
	zval *value = reason;
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) == IS_STRING
			|| (Z_TYPE_P(value) == IS_OBJECT && Z_OBJCE_P(value)->__tostring)) {
		zend_string *text = zval_try_get_string(value);
		if (text) {
			zend_string *message = zend_strpprintf(0, "The promise was rejected with reason: %s", ZSTR_VAL(text));
			zend_string_release(text);
			return message;
		}
		zend_clear_exception();
	}
	return zend_string_init(ZEND_STRL("The promise was rejected"), 0);
}

static zend_object *construct_guzzle(zend_class_entry *ce, uint32_t argc, zval *argv)
{
	zval object;
	object_init_ex(&object, ce);
	zend_call_known_instance_method(ce->constructor, Z_OBJ(object), NULL, argc, argv);
	if (EG(exception)) {
		zval_ptr_dtor(&object);
		return NULL;
	}
	return Z_OBJ(object);
}

/* Guzzle's rejection class `guzzle_name` when Guzzle is installed, else the native `native` one. */
static zend_object *rejection_of(const char *guzzle_name, size_t guzzle_name_len, zend_class_entry *native, zval *reason)
{
	zend_class_entry *guzzle = wechatpay_guzzle_class(guzzle_name, guzzle_name_len);
	if (guzzle) {
		zend_object *exception = construct_guzzle(guzzle, 1, reason);
		if (exception) {
			return exception;
		}
		zend_clear_exception();
	}
	zval exception;
	object_init_ex(&exception, native);
	zend_string *message = rejection_message(reason);
	zend_update_property_str(zend_ce_exception, Z_OBJ(exception), ZEND_STRL("message"), message);
	zend_string_release(message);
	wechatpay_exception_set(Z_OBJ(exception), wechatpay_ce_RejectionException, ZEND_STRL("reason"), reason);
	return Z_OBJ(exception);
}

zend_object *wechatpay_exception_rejection(zval *reason)
{
	return rejection_of(ZEND_STRL("GuzzleHttp\\Promise\\RejectionException"), wechatpay_ce_RejectionException, reason);
}

zend_object *wechatpay_exception_cancellation(const char *message)
{
	zval reason;
	ZVAL_STRING(&reason, message);
	zend_object *exception = rejection_of(ZEND_STRL("GuzzleHttp\\Promise\\CancellationException"),
			wechatpay_ce_CancellationException, &reason);
	zval_ptr_dtor(&reason);
	return exception;
}

ZEND_METHOD(WeChatPay_Exception_ConnectException, getHandlerContext)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY_DEREF(read_own(wechatpay_ce_ConnectException, ZEND_THIS, ZEND_STRL("handlerContext")));
}

ZEND_METHOD(WeChatPay_Exception_RequestException, getResponse)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY_DEREF(read_own(wechatpay_ce_RequestException, ZEND_THIS, ZEND_STRL("response")));
}

ZEND_METHOD(WeChatPay_Exception_RequestException, hasResponse)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(Z_TYPE_P(read_own(wechatpay_ce_RequestException, ZEND_THIS, ZEND_STRL("response"))) == IS_OBJECT);
}

ZEND_METHOD(WeChatPay_Exception_RequestException, getHandlerContext)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY_DEREF(read_own(wechatpay_ce_RequestException, ZEND_THIS, ZEND_STRL("handlerContext")));
}

ZEND_METHOD(WeChatPay_Exception_RejectionException, getReason)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY_DEREF(read_own(wechatpay_ce_RejectionException, ZEND_THIS, ZEND_STRL("reason")));
}
