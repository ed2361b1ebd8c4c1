dnl config.m4 for ext-wechatpay: finds libcurl, OpenSSL and libxml2 with pkg-config and lists the sources under ext/.

PHP_ARG_ENABLE([wechatpay],
  [whether to enable the native WeChat Pay client],
  [AS_HELP_STRING([--enable-wechatpay], [Enable the native WeChat Pay client (needs libcurl, OpenSSL and libxml2)])],
  [no])

if test "$PHP_WECHATPAY" != "no"; then
  PKG_CHECK_MODULES([LIBCURL], [libcurl >= 7.61.0], [],
    [AC_MSG_ERROR([wechatpay needs libcurl >= 7.61.0 and its headers; on Debian: apt-get install libcurl4-openssl-dev pkg-config])])
  PKG_CHECK_MODULES([OPENSSL], [openssl >= 1.1.1], [],
    [AC_MSG_ERROR([wechatpay needs OpenSSL >= 1.1.1 and its headers; on Debian: apt-get install libssl-dev pkg-config])])
  PKG_CHECK_MODULES([LIBXML], [libxml-2.0 >= 2.9.0], [],
    [AC_MSG_ERROR([wechatpay needs libxml2 >= 2.9.0 and its headers; on Debian: apt-get install libxml2-dev pkg-config])])

  PKG_CHECK_VAR([LIBCURL_FEATURES], [libcurl], [supported_features])
  case "$LIBCURL_FEATURES" in
    *SSL*) ;;
    *) AC_MSG_ERROR([wechatpay needs a libcurl built with TLS support]) ;;
  esac

  PHP_EVAL_INCLINE($LIBCURL_CFLAGS)
  PHP_EVAL_LIBLINE($LIBCURL_LIBS, WECHATPAY_SHARED_LIBADD)
  PHP_EVAL_INCLINE($OPENSSL_CFLAGS)
  PHP_EVAL_LIBLINE($OPENSSL_LIBS, WECHATPAY_SHARED_LIBADD)
  PHP_EVAL_INCLINE($LIBXML_CFLAGS)
  PHP_EVAL_LIBLINE($LIBXML_LIBS, WECHATPAY_SHARED_LIBADD)
  PHP_SUBST([WECHATPAY_SHARED_LIBADD])

  PHP_NEW_EXTENSION([wechatpay], m4_normalize([
      ext/wechatpay.c
      ext/wechatpay_builder.c
      ext/wechatpay_client.c
      ext/wechatpay_request.c
      ext/wechatpay_template.c
      ext/wechatpay_uri.c
      ext/wechatpay_key.c
      ext/wechatpay_signature.c
      ext/wechatpay_verify.c
      ext/wechatpay_transport.c
      ext/wechatpay_connections.c
      ext/wechatpay_key_cache.c
      ext/wechatpay_boundary.c
      ext/wechatpay_exception.c
      ext/wechatpay_promise.c
      ext/wechatpay_response.c
      ext/wechatpay_formatter.c
      ext/wechatpay_hash.c
      ext/wechatpay_aes.c
      ext/wechatpay_userland.c
      ext/wechatpay_rsa.c
      ext/wechatpay_pemutil.c
      ext/wechatpay_transformer.c
      ext/wechatpay_middleware.c
      ext/wechatpay_guzzle.c
      ext/wechatpay_media.c
      ext/wechatpay_sink.c
      ext/wechatpay_v2.c
      ext/wechatpay_v2_middleware.c
    ]), [$ext_shared], , [-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1])
  PHP_ADD_BUILD_DIR([$ext_builddir/ext])
  PHP_ADD_INCLUDE([$ext_srcdir/ext])
  PHP_ADD_EXTENSION_DEP([wechatpay], [json])
  PHP_ADD_EXTENSION_DEP([wechatpay], [libxml])
  PHP_ADD_EXTENSION_DEP([wechatpay], [openssl])
  PHP_ADD_EXTENSION_DEP([wechatpay], [pcre])
  PHP_ADD_EXTENSION_DEP([wechatpay], [spl])
fi
